/**
 * Syntax errors of TypeScript and JavaScript files, every one of them rather
 * than the first, from TypeScript's own parser.
 *
 * `SourceFile.parseDiagnostics` is internal to TypeScript but has kept its
 * name and meaning from TypeScript 2 through 5.9, and the type checker reads
 * it the same way. For JavaScript files a program of that one file adds the
 * diagnostics that `getSyntacticDiagnostics` reports for TypeScript-only
 * syntax (codes 8002 to 8017, such as type annotations), because Node.js
 * rejects that syntax too. The program has no lib and resolves no imports, so
 * it costs a few milliseconds and never reads the disk.
 *
 * Grammar errors that only the type checker reports, such as a `with`
 * statement in strict mode or `await` outside an async function, are left to
 * the types validator.
 */
import ts from 'typescript';
import type { Finding, SourceText } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { SYNTAX_RULE_IDS, SYNTAX_TOOL, SYNTAX_RULES } from './rules.js';

const SCRIPT_KIND_BY_EXTENSION: Record<string, ts.ScriptKind> = {
  ts: ts.ScriptKind.TS,
  mts: ts.ScriptKind.TS,
  cts: ts.ScriptKind.TS,
  tsx: ts.ScriptKind.TSX,
  // TypeScript parses JSX in every JavaScript file, as bundlers for React projects read `.js`.
  js: ts.ScriptKind.JS,
  mjs: ts.ScriptKind.JS,
  cjs: ts.ScriptKind.JS,
  jsx: ts.ScriptKind.JSX,
};

/** Returns the TypeScript script kind of `path` from its extension, or null when it is not a script. */
export function scriptKindOf(path: string): ts.ScriptKind | null {
  const dot = path.lastIndexOf('.');
  if (dot < 0 || dot < path.lastIndexOf('/')) return null;
  return SCRIPT_KIND_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? null;
}

/** Parses the script and returns a finding for each syntax error, in the order of their positions. */
export function scriptSyntaxFindings(source: SourceText, scriptKind: ts.ScriptKind): Finding[] {
  const isJavaScript = scriptKind === ts.ScriptKind.JS || scriptKind === ts.ScriptKind.JSX;
  // The program of a JavaScript file looks its file up by name, so the name is absolute and fixed.
  const fileName = isJavaScript ? `/input.${scriptKind === ts.ScriptKind.JSX ? 'jsx' : 'js'}` : source.path;
  const sourceFile = ts.createSourceFile(fileName, source.text, ts.ScriptTarget.Latest, false, scriptKind);
  const diagnostics = isJavaScript ? javaScriptSyntacticDiagnostics(sourceFile) : parseDiagnosticsOf(sourceFile);
  const lines = new LineIndex(source.text);
  const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.typescript)?.helpUri;
  return [...diagnostics]
    .sort((left, right) => (left.start ?? 0) - (right.start ?? 0))
    .map((diagnostic) => {
      const start = diagnostic.start ?? 0;
      const finding: Finding = {
        ruleId: SYNTAX_RULE_IDS.typescript,
        level: 'error',
        path: source.path,
        // A zero-length diagnostic, such as "'}' expected." at the end of the file, becomes an empty region at that point.
        range: lines.rangeInText(start, start + (diagnostic.length ?? 0)),
        message: `${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')} (TS${diagnostic.code})`,
        tool: SYNTAX_TOOL,
        properties: { code: diagnostic.code },
      };
      if (helpUri) finding.helpUri = helpUri;
      return finding;
    });
}

/** Reads the parser's diagnostics from the internal field that `createSourceFile` fills. */
function parseDiagnosticsOf(sourceFile: ts.SourceFile): readonly ts.Diagnostic[] {
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: readonly ts.Diagnostic[] }).parseDiagnostics;
  return diagnostics ?? [];
}

/** Parse errors plus TypeScript-only syntax in a JavaScript file, from a program of that one file. */
function javaScriptSyntacticDiagnostics(sourceFile: ts.SourceFile): readonly ts.Diagnostic[] {
  const fileName = sourceFile.fileName;
  const host: ts.CompilerHost = {
    getSourceFile: (name) => (name === fileName ? sourceFile : undefined),
    getDefaultLibFileName: () => 'lib.d.ts',
    writeFile: () => undefined,
    getCurrentDirectory: () => '/',
    getCanonicalFileName: (name) => name,
    useCaseSensitiveFileNames: () => true,
    getNewLine: () => '\n',
    fileExists: (name) => name === fileName,
    readFile: () => undefined,
  };
  const program = ts.createProgram({
    rootNames: [fileName],
    options: { allowJs: true, noLib: true, noResolve: true, types: [], noEmit: true },
    host,
  });
  return program.getSyntacticDiagnostics(sourceFile);
}
