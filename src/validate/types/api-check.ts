/**
 * Checks one project in this process with the repository's own TypeScript
 * compiler API (TypeScript 4.x and 5.x), reporting what
 * `tsc --noEmit -p <tsconfig>` reports for the files the project owns.
 *
 * One difference from `tsc`: an import into a referenced project reads that
 * project's source files instead of its built declaration files, as editors
 * do (`useSourceOfProjectReferenceRedirect`, the tsserver mode). A fresh
 * checkout therefore needs no `tsc -b` before the check, and nothing is
 * written into the repository. The referenced project's own files are
 * checked when that project's turn comes, not in each project that
 * references it.
 */
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import type * as TS from 'typescript';
import type { DiagnosticCategoryName, TypeDiagnostic } from './type-check-model.js';
import { makeParentFolders } from '../../run/output-folder.js';

export type TypeScriptModule = typeof TS;

/** Loads the compiler API from a package folder, through a require rooted at `root` so that the repository's copy is used. */
export function loadTypeScript(root: string, packageFolder: string): TypeScriptModule {
  const require = createRequire(join(root, 'package.json'));
  return require(join(packageFolder, 'lib', 'typescript.js')) as TypeScriptModule;
}

export interface ApiProjectCheck {
  /** Absolute path of the tsconfig file. */
  tsconfig: string;
  /** Absolute path of the build info file for incremental checking, outside the repository; null checks from scratch. */
  buildInfoFile: string | null;
  /** Absolute paths of the only files whose semantic and declaration diagnostics are collected; null collects them for every file. */
  semanticFiles?: readonly string[] | null;
}

/** Checks one project and returns its diagnostics, sorted and without duplicates. */
export function checkProjectWithApi(ts: TypeScriptModule, check: ApiProjectCheck): TypeDiagnostic[] {
  const configProblems: TS.Diagnostic[] = [];
  const parsed = parseProject(ts, check, configProblems);
  if (parsed === undefined) return configProblems.map((diagnostic) => toTypeDiagnostic(ts, diagnostic));

  const program = createCheckProgram(ts, parsed, check.buildInfoFile);
  const ownedBySkippedProjects = referencedProjectFiles(ts, underlyingProgram(program).getResolvedProjectReferences());
  const isOwn = (diagnostic: TS.Diagnostic): boolean =>
    diagnostic.file === undefined || !ownedBySkippedProjects.has(normalizedPath(ts, diagnostic.file.fileName));

  const semanticFiles = check.semanticFiles ? sourceFilesAt(ts, underlyingProgram(program), check.semanticFiles) : null;
  const diagnostics = collectDiagnostics(program, isOwn, semanticFiles);
  if (check.buildInfoFile !== null) program.emit();
  return ts.sortAndDeduplicateDiagnostics(diagnostics).map((diagnostic) => toTypeDiagnostic(ts, diagnostic));
}

/** Parses the tsconfig with `--noEmit` on top, as `tsc --noEmit -p` does; undefined when the file cannot be read at all. */
function parseProject(ts: TypeScriptModule, check: ApiProjectCheck, problems: TS.Diagnostic[]): TS.ParsedCommandLine | undefined {
  const host: TS.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic),
  };
  const overrides: TS.CompilerOptions = { noEmit: true };
  if (check.buildInfoFile !== null) {
    overrides.incremental = true;
    overrides.tsBuildInfoFile = check.buildInfoFile;
  }
  return ts.getParsedCommandLineOfConfigFile(check.tsconfig, overrides, host);
}

/**
 * Creates the program. With build info it is a builder program, which
 * reuses the semantic diagnostics of unchanged files from the previous run.
 * The host writes nothing but that build info file.
 */
function createCheckProgram(ts: TypeScriptModule, parsed: TS.ParsedCommandLine, buildInfoFile: string | null): TS.Program | TS.EmitAndSemanticDiagnosticsBuilderProgram {
  const host = buildInfoFile === null ? ts.createCompilerHost(parsed.options) : ts.createIncrementalCompilerHost(parsed.options);
  tuneHostLikeTsc(ts, host, buildInfoFile === null);
  // The redirect wraps the host's file lookups, so it is set only where there are references to redirect.
  if ((parsed.projectReferences?.length ?? 0) > 0) Object.assign(host, { useSourceOfProjectReferenceRedirect: () => true });
  host.writeFile = (fileName, text) => {
    if (buildInfoFile === null || normalizedPath(ts, fileName) !== normalizedPath(ts, buildInfoFile)) return;
    // A build info file that cannot be written only makes the next run slower, so the error is dropped.
    try {
      makeParentFolders(buildInfoFile);
      ts.sys.writeFile(buildInfoFile, text);
    } catch {
      // NOTE: the run still reports every diagnostic; only the incremental reuse is lost.
    }
  };
  const input = {
    rootNames: parsed.fileNames,
    options: parsed.options,
    projectReferences: parsed.projectReferences,
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
    host,
  };
  // With `incremental` or `composite` in the tsconfig, `tsc --noEmit` writes
  // build info into the repository. A plain program is never emitted, so it
  // writes nothing, and its options stay as the tsconfig sets them.
  return buildInfoFile === null ? ts.createProgram(input) : ts.createIncrementalProgram<TS.EmitAndSemanticDiagnosticsBuilderProgram>(input);
}

/** The internal cache that `tsc` puts on its host (TypeScript 5.x), absent from the public typings. */
type HostCacheFunction = (host: TS.CompilerHost, toPath: (fileName: string) => TS.Path) => unknown;

/**
 * Sets up the host as `tsc` does (TypeScript 5.9 `performCompilation`):
 * JSDoc in TypeScript files is parsed only where type errors need it, and a
 * non-incremental host caches file reads and existence checks. Either step
 * is skipped on versions without it. Without them the same check costs
 * measurably more CPU time than `tsc`.
 */
function tuneHostLikeTsc(ts: TypeScriptModule, host: TS.CompilerHost, cacheFileSystem: boolean): void {
  const parseForTypeErrors = ts.JSDocParsingMode?.ParseForTypeErrors;
  if (parseForTypeErrors !== undefined) host.jsDocParsingMode = parseForTypeErrors;

  const useCache = (ts as unknown as { changeCompilerHostLikeToUseCache?: HostCacheFunction }).changeCompilerHostLikeToUseCache;
  if (!cacheFileSystem || typeof useCache !== 'function') return;
  const currentDirectory = host.getCurrentDirectory();
  const caseSensitive = host.useCaseSensitiveFileNames();
  useCache(host, (fileName) => {
    const absolute = resolve(currentDirectory, fileName).replaceAll('\\', '/');
    return (caseSensitive ? absolute : absolute.toLowerCase()) as TS.Path;
  });
}

/**
 * Collects diagnostics in the order and with the early stops of `tsc`
 * (TypeScript 5.9 `emitFilesAndReportErrors`): semantic diagnostics only
 * when there are no syntax or option errors, and declaration diagnostics
 * only when declarations would be emitted.
 */
function collectDiagnostics(
  program: TS.Program | TS.BuilderProgram,
  isOwn: (diagnostic: TS.Diagnostic) => boolean,
  semanticFiles: readonly TS.SourceFile[] | null,
): TS.Diagnostic[] {
  const options = program.getCompilerOptions();
  const all = program.getConfigFileParsingDiagnostics().filter(isOwn);
  const configCount = all.length;
  all.push(...program.getSyntacticDiagnostics().filter(isOwn));
  if (all.length !== configCount) return all;

  all.push(...program.getOptionsDiagnostics().filter(isOwn));
  all.push(...program.getGlobalDiagnostics().filter(isOwn));
  if (all.length === configCount) all.push(...perFile(semanticFiles, (file) => program.getSemanticDiagnostics(file)).filter(isOwn));
  const emitsDeclarations = options.declaration === true || options.composite === true;
  if (emitsDeclarations && all.length === configCount) {
    all.push(...perFile(semanticFiles, (file) => program.getDeclarationDiagnostics(file)).filter(isOwn));
  }
  return all;
}

/**
 * Calls `diagnosticsOf` once for the whole program, or once per file of the
 * list. Checking a file on its own gives the diagnostics that a full check
 * gives for it.
 */
// NOTE: the few diagnostics that depend on the order in which files are
// checked, such as some circularity errors, may land in another file than in
// a full check.
function perFile(files: readonly TS.SourceFile[] | null, diagnosticsOf: (file?: TS.SourceFile) => readonly TS.Diagnostic[]): TS.Diagnostic[] {
  if (files === null) return [...diagnosticsOf()];
  const found: TS.Diagnostic[] = [];
  for (const file of files) found.push(...diagnosticsOf(file));
  return found;
}

/** Finds the program's source files at the given paths; a path the program does not contain is left out. */
function sourceFilesAt(ts: TypeScriptModule, program: TS.Program, paths: readonly string[]): TS.SourceFile[] {
  const wanted = new Set(paths.map((path) => normalizedPath(ts, path)));
  return program.getSourceFiles().filter((file) => wanted.has(normalizedPath(ts, file.fileName)));
}

function underlyingProgram(program: TS.Program | TS.BuilderProgram): TS.Program {
  return 'getProgram' in program ? program.getProgram() : program;
}

/** Files of the referenced projects, transitively, whose diagnostics belong to those projects. */
function referencedProjectFiles(ts: TypeScriptModule, references: readonly (TS.ResolvedProjectReference | undefined)[] | undefined): Set<string> {
  const files = new Set<string>();
  const visit = (list: readonly (TS.ResolvedProjectReference | undefined)[] | undefined): void => {
    for (const reference of list ?? []) {
      if (reference === undefined) continue;
      for (const fileName of reference.commandLine.fileNames) files.add(normalizedPath(ts, fileName));
      visit(reference.references);
    }
  };
  visit(references);
  return files;
}

function normalizedPath(ts: TypeScriptModule, fileName: string): string {
  const normalized = ts.sys.resolvePath(fileName).replaceAll('\\', '/');
  return ts.sys.useCaseSensitiveFileNames ? normalized : normalized.toLowerCase();
}

const CATEGORY_NAMES: Record<number, DiagnosticCategoryName> = { 0: 'warning', 1: 'error', 2: 'suggestion', 3: 'message' };

/** Converts a compiler diagnostic; `start` plus `length` become a full range in 1-based UTF-16 columns. */
function toTypeDiagnostic(ts: TypeScriptModule, diagnostic: TS.Diagnostic): TypeDiagnostic {
  const file = diagnostic.file;
  const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
  const base = { code: diagnostic.code, category: CATEGORY_NAMES[diagnostic.category] ?? 'error', message };
  if (file === undefined) return { ...base, file: null, start: null, end: null };
  if (diagnostic.start === undefined) return { ...base, file: file.fileName, start: null, end: null };

  const start = ts.getLineAndCharacterOfPosition(file, diagnostic.start);
  const end = ts.getLineAndCharacterOfPosition(file, diagnostic.start + (diagnostic.length ?? 0));
  return {
    ...base,
    file: file.fileName,
    start: { line: start.line + 1, column: start.character + 1 },
    end: { line: end.line + 1, column: end.character + 1 },
  };
}
