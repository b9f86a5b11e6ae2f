/**
 * Type-checks a repository with its own TypeScript and tsconfig files and
 * returns the diagnostics as findings. See docs/validate/types.md for the
 * semantics of project references and incremental runs.
 */
import { countOf } from '../../report/count-text.js';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { UserError } from '../../errors.js';
import type { Finding } from '../model.js';
import { checkProjectWithApi, loadTypeScript, type TypeScriptModule } from './api-check.js';
import { mayWriteBuildInfo } from './build-info-option.js';
import { checkProjectWithCli } from './cli-check.js';
import { diagnosticsToFindings } from './diagnostic-findings.js';
import { createLineReader } from './file-lines.js';
import { findCompilerDeclaration } from './declared-compiler.js';
import { locateCompiler, type LocatedCompiler } from './locate-compiler.js';
import { discoverProjects } from './project-discovery.js';
import { fileSystemProjectTree } from './project-tree.js';
import type { ProjectOutcome, TypeCheckRequest, TypeCheckResult, TypeDiagnostic } from './type-check-model.js';

/**
 * Runs the check. Resolves with `skippedReason` set, and no findings, when no
 * compiler or no tsconfig is found. Throws UserError when a configured
 * project does not exist or when a package.json declares a compiler that is
 * not installed, and Error when the compiler itself fails.
 */
export async function runTypeCheck(request: TypeCheckRequest): Promise<TypeCheckResult> {
  const started = performance.now();
  const root = resolve(request.root);
  const elapsed = (): number => Math.round(performance.now() - started);

  const choice = locateCompiler(root, request.settings.compiler);
  if (!choice.ok) {
    if (choice.notFound) rejectMissingInstall(root);
    return { findings: [], compiler: null, projects: [], durationMs: elapsed(), skippedReason: choice.reason };
  }
  const compiler = choice.compiler;

  const projects = findProjects(root, request);
  if (projects.length === 0) {
    const reason = 'no tsconfig.json was found at the repository root or in a workspace package. List the tsconfig files in validate.types.projects.';
    return { findings: [], compiler: compiler.info, projects: [], durationMs: elapsed(), skippedReason: reason };
  }

  const checker = await createProjectChecker(root, compiler, request);
  try {
    const outcomes: ProjectOutcome[] = [];
    const findings = new FindingSet();
    const lineText = createLineReader();
    for (const tsconfig of projects) {
      const projectStarted = performance.now();
      const diagnostics = await checker.check(tsconfig);
      const mapped = diagnosticsToFindings(diagnostics, { root, tsconfig, lineText });
      findings.addAll(mapped.findings);
      const durationMs = Math.round(performance.now() - projectStarted);
      outcomes.push({ tsconfig, diagnostics: mapped.findings.length, durationMs });
      request.log?.info(
        `types: ${tsconfig}: ${countOf(mapped.findings.length, 'diagnostic', 'diagnostics')} in ${durationMs} ms (${compiler.info.kind} ${compiler.info.version}, ${compiler.info.mode})`,
      );
      if (mapped.outside > 0) request.log?.debug(`types: ${tsconfig}: dropped ${mapped.outside} diagnostics in files outside the repository or under node_modules`);
    }
    return { findings: findings.list(), compiler: compiler.info, projects: outcomes, durationMs: elapsed() };
  } finally {
    checker.dispose();
  }
}

/**
 * Throws when the repository declares a compiler that is not installed: the
 * dependencies were not installed before validation, and a skip would let
 * every type error pass.
 */
function rejectMissingInstall(root: string): void {
  const declared = findCompilerDeclaration(fileSystemProjectTree(root));
  if (declared === null) return;
  throw new UserError(
    `${declared.manifest} declares ${declared.compiler}, but it is not installed under ${root}, so the types validator could not run. ` +
      'Install the dependencies (npm ci) in a step before validation, or remove "types" from validate.validators.',
  );
}

/** The configured projects, each of which must exist, or the discovered ones; discovery problems are logged as warnings. */
function findProjects(root: string, request: TypeCheckRequest): string[] {
  for (const project of request.settings.projects) {
    if (!existsSync(join(root, project))) {
      throw new UserError(`validate.types.projects: ${project} was not found under ${root}. Fix the path or remove it from the list.`);
    }
  }
  const discovered = discoverProjects(fileSystemProjectTree(root), request.settings.projects);
  for (const problem of discovered.problems) request.log?.warning(`types: ${problem}`);
  return discovered.projects;
}

interface ProjectChecker {
  check(tsconfig: string): Promise<TypeDiagnostic[]>;
  dispose(): void;
}

/**
 * Creates the checker for the chosen mode. Build info goes to the caller's
 * cache folder when incremental checking is on. Otherwise the CLI gets a
 * temporary folder, removed afterwards, so that it never writes into the
 * repository.
 */
async function createProjectChecker(root: string, compiler: LocatedCompiler, request: TypeCheckRequest): Promise<ProjectChecker> {
  const incrementalDir = request.settings.incremental ? request.cacheDir : null;
  if (compiler.info.mode === 'api') {
    const ts: TypeScriptModule = loadTypeScript(root, compiler.package.folder);
    return {
      check: async (tsconfig) =>
        checkProjectWithApi(ts, {
          tsconfig: join(root, tsconfig),
          buildInfoFile: incrementalDir === null ? null : buildInfoPath(incrementalDir, tsconfig, compiler),
          semanticFiles: request.onlyFiles ? request.onlyFiles.map((path) => join(root, path)) : null,
        }),
      dispose: () => undefined,
    };
  }

  const entry = compiler.package.cliEntry;
  if (entry === null) throw new Error(`${compiler.package.name} at ${compiler.package.folder} has no command-line program`);
  const scratchDir = incrementalDir === null ? mkdtempSync(join(tmpdir(), 'testmaster-types-')) : null;
  return {
    check: async (tsconfig) => {
      const outcome = await checkProjectWithCli({
        root,
        tsconfig: join(root, tsconfig),
        entry,
        buildInfoFile: cliBuildInfoFile(incrementalDir, scratchDir, join(root, tsconfig), tsconfig, compiler),
      });
      if (!outcome.ok) throw new Error(outcome.reason);
      return outcome.diagnostics;
    },
    dispose: () => {
      if (scratchDir !== null) rmSync(scratchDir, { recursive: true, force: true });
    },
  };
}

/**
 * Picks where the CLI writes build info: the cache folder when incremental
 * checking is on, and the scratch folder when the project may turn build
 * info on itself. Returns null otherwise, which saves its serialization.
 */
function cliBuildInfoFile(
  incrementalDir: string | null,
  scratchDir: string | null,
  tsconfigPath: string,
  tsconfig: string,
  compiler: LocatedCompiler,
): string | null {
  if (incrementalDir !== null) return buildInfoPath(incrementalDir, tsconfig, compiler);
  return mayWriteBuildInfo(tsconfigPath) ? buildInfoPath(scratchDir!, tsconfig, compiler) : null;
}

/** Names one build info file per project and compiler, so that switching compilers never reads another's format. */
export function buildInfoPath(cacheDir: string, tsconfig: string, compiler: LocatedCompiler): string {
  const project = tsconfig.replaceAll(/[^\w.-]+/g, '_');
  const tool = `${compiler.info.kind}-${compiler.info.version}-${compiler.info.mode}`.replaceAll(/[^\w.-]+/g, '_');
  return join(cacheDir, `${project}.${tool}.tsbuildinfo`);
}

/** Findings without the duplicates that arise when two projects share a file. */
class FindingSet {
  private readonly byKey = new Map<string, Finding>();

  addAll(findings: readonly Finding[]): void {
    for (const finding of findings) {
      const { range } = finding;
      const key = [finding.ruleId, finding.path, range.startLine, range.startColumn, range.endLine, range.endColumn, finding.message].join('\u0000');
      if (!this.byKey.has(key)) this.byKey.set(key, finding);
    }
  }

  list(): Finding[] {
    return [...this.byKey.values()];
  }
}
