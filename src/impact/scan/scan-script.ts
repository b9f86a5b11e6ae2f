/**
 * Scans the text of one script, a whole file or one `<script>` block, for
 * module references.
 */
import { readExportDeclaration, readImportDeclaration, startsImportDeclaration } from './declarations.js';
import type { ScriptLanguage } from './file-kinds.js';
import { SyntaxKind } from './lexer/index.js';
import { LineCounter } from './line-counter.js';
import { readImportCall, readImportMeta, readRequireCall } from './module-calls.js';
import { readReferenceDirectives } from './reference-directives.js';
import { referenceLimit } from './reference-limit.js';
import { ReferenceList } from './reference-list.js';
import type { SyntaxErrorList } from './syntax-errors.js';
import { TokenStream } from './token-stream.js';
import type { ModuleReference } from './types.js';

/**
 * Returns the references in `text`, in source order, and adds syntax errors
 * to `errors`. `firstLine` is the line of the original file on which `text`
 * starts.
 */
export function scanScript(text: string, language: ScriptLanguage, errors: SyntaxErrorList, firstLine = 1): ModuleReference[] {
  const lines = new LineCounter(text, firstLine);
  const lineAt = (offset: number): number => lines.lineAt(offset);
  const directives = new ReferenceList(lineAt, language.declarationFile);
  const references = new ReferenceList(lineAt, language.declarationFile);
  const start = codeStart(text);
  const stream = new TokenStream(text, { jsx: language.jsx, start, errors, references, lineAt });
  const reportError = (offset: number, message: string): void => errors.add(lineAt(offset), message);

  readReferenceDirectives(text, start, stream.tokenStart, directives);
  // Syntax errors past the limit go unreported: they cannot hide a reference.
  // A JSX guess still open at the limit is read to its end, because a
  // rollback would read the text inside it again as code.
  const limit = referenceLimit(text, language.jsx);
  while (stream.token !== SyntaxKind.EndOfFileToken && (stream.tokenStart < limit || stream.guessingJsx)) {
    switch (stream.token) {
      case SyntaxKind.ImportKeyword:
        if (stream.afterDot) break;
        readImport(stream, references, reportError);
        continue;
      case SyntaxKind.ExportKeyword:
        if (stream.afterDot) break;
        stream.advance();
        readExportDeclaration(stream, references, reportError);
        continue;
      case SyntaxKind.RequireKeyword:
        if (stream.afterDot) break;
        readRequireCall(stream, references);
        continue;
    }
    stream.advance();
  }
  return directives.items.concat(references.items);
}

/**
 * Returns the offset of the line break after a `#!` line that follows a byte
 * order mark, or 0. The lexer, like TypeScript's scanner, skips a byte order
 * mark, and a `#!` line at offset 0, but reads `#!` after a byte order mark
 * as code, while Node.js 20 runs such a file when it is an ES module.
 */
function codeStart(text: string): number {
  if (text.charCodeAt(0) !== 0xfeff || !text.startsWith('#!', 1)) return 0;
  const newline = text.indexOf('\n');
  return newline === -1 ? text.length : newline;
}

/** Reads what follows `import`: a call, `import.meta`, or a declaration. */
function readImport(stream: TokenStream, references: ReferenceList, reportError: (offset: number, message: string) => void): void {
  const afterTypeof = stream.previous === SyntaxKind.TypeOfKeyword;
  stream.advance();
  if (stream.token === SyntaxKind.OpenParenToken) readImportCall(stream, references, afterTypeof);
  else if (stream.token === SyntaxKind.DotToken) readImportMeta(stream, references);
  else if (startsImportDeclaration(stream.token)) readImportDeclaration(stream, references, reportError);
}
