/**
 * Runs `check` or `coverage`: resolves the repository, the diff and the base,
 * runs the stages, and writes the report to the terminal and the requested files.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import type { ConfigOverride, ResolvedConfig } from '../config/types.js';
import { TOOL_VERSION } from '../version.js';
import type { BaseSource, DiffRequest } from '../coverage/stage.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { endSentence } from '../config/issues.js';
import { repositoryRoot, resolveCommit } from '../git/git.js';
import type { RunReport } from '../report/document.js';
import { writeJsonText } from '../report/json-text.js';
import { renderTerminal } from '../report/terminal.js';
import { exitCodeOf } from '../run/exit-code.js';
import { errorStage } from '../run/error-stage.js';
import { streamLogger, type Logger } from '../run/logger.js';
import { DEFAULT_REPORT_NAME, runCheck, type CheckRequest, type CheckResult } from '../run/run-check.js';
import { quoteName } from '../impact/display-text.js';
import { fileScanCacheStore, type ScanCacheStore } from '../impact/stage/scan-cache-store.js';
import { isInsideFolder } from '../coverage/repository-bounds.js';
import { withSteadyYoungGeneration } from '../coverage/young-generation.js';
import { folderTypesCacheStore } from '../validate/stage/types-cache-store.js';
import { flagValue, listValue, stringValue, type ParsedCommandLine } from './options.js';
import { makeParentFolders } from '../run/output-folder.js';

export interface CommandRun {
  command: 'check' | 'coverage' | 'impact' | 'validate';
  parsed: ParsedCommandLine;
  overrides: ConfigOverride[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export async function runCommand(run: CommandRun): Promise<ExitCode> {
  const log = streamLogger(run.stderr, flagValue(run.parsed, 'verbose'));
  if (stringValue(run.parsed, 'json') === '-' && stringValue(run.parsed, 'markdown') === '-') {
    throw new UserError('--json - and --markdown - both write to standard output, where they would mix. Write one of them to a file.');
  }
  let outcome: { root: string; result: CheckResult };
  try {
    outcome = await runStages(run, log);
  } catch (error) {
    // Invalid input found before the stages ran (a missing ref, a folder
    // outside any repository) still produces a report and the requested files.
    if (!(error instanceof UserError)) throw error;
    const stage = errorStage(run.command, STAGE_TITLES[run.command], error);
    const failures: string[] = [];
    await writeOutputs(run, { name: DEFAULT_REPORT_NAME, stages: [stage] }, failures);
    throwFailures(failures);
    return EXIT.invalidInput;
  }

  // Each output is attempted even when an earlier one fails, so that one bad path loses no other file.
  const { root, result } = outcome;
  const failures: string[] = [];
  await attempt(failures, () => writeHtml(run, root, result, log));
  await attempt(failures, () => writeSummary(run, root, result, log));
  await writeOutputs(run, result.report, failures);
  throwFailures(failures);
  return exitCodeOf(result.report);
}

/** Runs one output step and records its invalid-input error instead of throwing it. */
async function attempt(failures: string[], step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    failures.push(error.message);
  }
}

/** Ends the command with exit code 2 and every recorded output error, after all outputs were tried. */
function throwFailures(failures: readonly string[]): void {
  if (failures.length > 0) throw new UserError(failures.join('\n'));
}

async function runStages(run: CommandRun, log: Logger): Promise<{ root: string; result: CheckResult }> {
  const { parsed } = run;
  const folder = resolve(stringValue(parsed, 'cwd') ?? '.');
  const keepReportPaths = run.command === 'coverage' && flagValue(parsed, 'no-path-mapping');
  const root = keepReportPaths ? folder : await repositoryRootForCommand(run.command, folder);
  const { diff, noDiffReason, diffUnknown } = keepReportPaths
    ? { diff: null, noDiffReason: 'Patch coverage was skipped: --no-path-mapping reads the reports without the repository.' }
    : await resolveDiff(root, parsed);
  // Without the repository there are no commits to compare, and the reports keep their own paths.
  const namedHead = keepReportPaths ? undefined : stringValue(parsed, 'head');
  const explicitReports =
    run.command === 'coverage' && parsed.positionals.length > 0 ? parsed.positionals.map((path) => (path === '-' ? path : argumentPath(parsed, path))) : undefined;

  const result = await runCheck({
    root,
    // Like every other path flag, --config starts at the folder the command runs in.
    ...(stringValue(parsed, 'config') ? { configPath: stringValue(parsed, 'config')!, configFolder: folder } : {}),
    overrides: run.overrides,
    ...(explicitReports ? { explicitReports } : {}),
    ...(run.command === 'check' ? {} : { stages: [run.command] }),
    keepReportPaths,
    diff,
    ...(noDiffReason ? { noDiffReason } : {}),
    ...(namedHead !== undefined ? { namedHead } : {}),
    ...(diffUnknown ? { diffUnknown } : {}),
    base: (config) => {
      const flag = stringValue(parsed, 'base-report');
      return baseSource(config, flag === undefined ? undefined : argumentPath(parsed, flag));
    },
    ...impactOptions(run, root, log),
    ...validateOptions(run, root),
    log,
  });
  return { root, result };
}

const STAGE_TITLES: Record<CommandRun['command'], string> = { check: 'Check', coverage: 'Coverage', impact: 'Impact', validate: 'Static validation' };

/**
 * Returns the change, head source, scan cache and explained files of the
 * impact stage. It compares `--head` with the merge base of `--base` or of the
 * default branch. Without `--head`, `impact` compares the working tree, so
 * uncommitted and untracked files count. `check` compares the commit HEAD
 * instead, the same change that patch coverage measures, because both stages
 * of one run must report one change, and the coverage diff reads commits only.
 */
function impactOptions(run: CommandRun, root: string, log: Logger): Partial<CheckRequest> {
  const { parsed } = run;
  if (run.command === 'coverage') return {};
  const base = stringValue(parsed, 'base');
  const head = stringValue(parsed, 'head') ?? (run.command === 'check' ? 'HEAD' : undefined);
  const explain = run.command === 'impact' ? listValue(parsed, 'explain') : [];
  const noCache = run.command === 'impact' && flagValue(parsed, 'no-cache');
  return {
    change: { kind: 'local', ...(base ? { base } : {}), ...(head ? { head } : {}) },
    headSource: head ? 'commit' : 'working-tree',
    scanCache: (config) => (noCache || !config.impact.cache.enabled ? null : scanCacheInside(root, config.impact.cache.path, head ? 'commit' : 'working-tree', log)),
    ...(explain.length > 0 ? { explain: explain.map((path) => toRepositoryPath(root, argumentPath(parsed, path), path)) } : {}),
  };
}

/**
 * Returns the SARIF files and the type-check cache of the validate stage.
 * The cache folder sits under node_modules/.cache, which repositories ignore,
 * so the build information never shows up as an untracked change.
 */
function validateOptions(run: CommandRun, root: string): Partial<CheckRequest> {
  if (run.command !== 'validate' && run.command !== 'check') return {};
  const sarif = stringValue(run.parsed, 'sarif');
  const imported = run.command === 'validate' ? listValue(run.parsed, 'import-sarif') : [];
  return {
    validate: {
      typesCache: folderTypesCacheStore(resolve(root, 'node_modules/.cache/testmaster/types')),
      ...(sarif !== undefined ? { sarifOutput: argumentPath(run.parsed, sarif) } : {}),
      importedSarif: imported.map((path) => argumentPath(run.parsed, path)),
    },
  };
}

/** Returns the scan cache file store, which the config may place only inside the repository, because a pull request can change the config. */
function scanCacheInside(root: string, path: string, headSource: 'working-tree' | 'commit', log: Logger): ScanCacheStore | null {
  const target = resolve(root, path);
  if (!isInsideFolder(root, target)) {
    log.warning(`impact.cache.path ${quoteName(path)} lies outside the repository, so the scan cache is not used. Name a path inside it.`);
    return null;
  }
  return fileScanCacheStore(target, headSource);
}

/** Turns an `--explain` argument, already resolved against the command's folder, into a repository path. */
function toRepositoryPath(root: string, absolute: string, typed: string): string {
  if (typed.trim() === '' || !isInsideFolder(root, absolute) || absolute === root) {
    throw new UserError(`--explain ${quoteName(typed)} is not a file inside the repository at ${root}. Name a file path relative to the folder the command runs in.`);
  }
  return relative(root, absolute).split(sep).join('/');
}

/** Finds the repository root; outside a repository, the `coverage` error points at `--no-path-mapping`. */
async function repositoryRootForCommand(command: CommandRun['command'], folder: string): Promise<string> {
  try {
    return await repositoryRoot(folder);
  } catch (error) {
    if (command !== 'coverage' || !(error instanceof UserError)) throw error;
    throw new UserError(`${error.message}, or pass --no-path-mapping to read the reports without a repository.`);
  }
}

/** Writes the HTML report for `--html DIR` (relative to the command's folder) or `coverage.html` (relative to the root). */
async function writeHtml(run: CommandRun, root: string, result: CheckResult, log: Logger): Promise<void> {
  if (!result.coverageFiles) return;
  const flag = stringValue(run.parsed, 'html');
  const config = result.config?.coverage.html;
  let dir: string;
  if (flag !== undefined) dir = argumentPath(run.parsed, flag);
  else if (config?.enabled) dir = resolve(root, config.dir);
  else return;
  // Loaded here, like the stages, so that commands without coverage start without istanbul-reports.
  const { writeHtmlReport } = await import('../coverage/html-report.js');
  writeHtmlReport(root, result.coverageFiles, dir);
  log.info(`Wrote the HTML report to ${dir}.`);
}

async function writeSummary(run: CommandRun, root: string, result: CheckResult, log: Logger): Promise<void> {
  const summaryPath = stringValue(run.parsed, 'write-summary');
  if (!summaryPath || !result.coverageFiles) return;
  // A summary names the commit it measured, so it needs the repository even with --no-path-mapping.
  const commit = await resolveCommit(await repositoryRoot(root), 'HEAD');
  const { buildBaseSummary, serializeBaseSummary } = await import('../coverage/base-summary.js');
  const summary = buildBaseSummary(result.coverageFiles, { commit, createdAt: new Date(), toolVersion: TOOL_VERSION });
  writeFile(argumentPath(run.parsed, summaryPath), summaryPath, serializeBaseSummary(summary));
  log.info(`Wrote the base summary to ${summaryPath}.`);
}

/**
 * Resolves the diff to gate: --base and --head, else the default branch
 * against HEAD. A default branch that cannot be found leaves the change
 * unknown (`diffUnknown`), so a patch threshold fails as not measured
 * instead of passing on a diff that was never made.
 */
async function resolveDiff(
  root: string,
  parsed: ParsedCommandLine,
): Promise<{ diff: DiffRequest | null; noDiffReason?: string; diffUnknown?: boolean }> {
  const head = stringValue(parsed, 'head') ?? 'HEAD';
  const explicitBase = stringValue(parsed, 'base');
  if (explicitBase) return { diff: { base: explicitBase, head, deepen: true } };
  const { chooseDefaultBase } = await import('../git/default-branch.js');
  const found = await chooseDefaultBase(root, head);
  if (found.ref === null) {
    return { diff: null, noDiffReason: `Patch coverage was not measured: ${endSentence(found.reason)}`, diffUnknown: true };
  }
  // A head that does not resolve goes on to the diff, whose problem keeps the totals (exit 2) instead of ending the run here.
  const headSha = await resolveCommit(root, head).catch(() => null);
  if (headSha !== null && (await resolveCommit(root, found.ref)) === headSha) {
    return { diff: null, noDiffReason: `Patch coverage was skipped: ${head} is the same commit as ${found.ref}.` };
  }
  return { diff: { base: found.ref, head, deepen: true, ...(found.note ? { note: found.note } : {}) } };
}

/**
 * Resolves a path argument as git resolves paths after `-C DIR`: against DIR
 * when the command names one, else against the current folder. An absolute
 * path stays as it is.
 */
function argumentPath(parsed: ParsedCommandLine, path: string): string {
  return resolve(stringValue(parsed, 'cwd') ?? '.', path);
}

function baseSource(config: ResolvedConfig, flag: string | undefined): BaseSource {
  if (flag) return { kind: 'report', path: flag, explicit: true };
  const report = config.coverage.base.report;
  if (report) return { kind: 'report', path: report };
  return {
    kind: 'none',
    reason: 'No base found: pass --base-report FILE or set coverage.base.report to compare with the base branch.',
  };
}

/** Writes the terminal report and the requested files. Their text is garbage at once, so the young generation need not grow for it (young-generation.ts). */
async function writeOutputs(run: CommandRun, report: RunReport, failures: string[]): Promise<void> {
  await withSteadyYoungGeneration(() => writeEveryOutput(run, report, failures));
}

async function writeEveryOutput(run: CommandRun, report: RunReport, failures: string[]): Promise<void> {
  const json = stringValue(run.parsed, 'json');
  const toStdout = json === '-' || stringValue(run.parsed, 'markdown') === '-';
  const color = !flagValue(run.parsed, 'no-color') && run.env.NO_COLOR === undefined && run.stdout.isTTY === true;
  const text = renderTerminal(report, { color: color && !toStdout });
  (toStdout ? run.stderr : run.stdout).write(text.endsWith('\n') ? text : `${text}\n`);

  if (json !== undefined) {
    const result = jsonResult(run.command, report);
    if (json === '-') {
      writeJsonText(result, 2, (piece) => run.stdout.write(piece));
      run.stdout.write('\n');
    } else {
      await attempt(failures, async () => writeJsonFile(argumentPath(run.parsed, json), json, result));
    }
  }
  const markdown = stringValue(run.parsed, 'markdown');
  if (markdown === undefined) return;
  // Loaded only for --markdown, like the stages, so that other runs start without the Markdown renderer.
  const { renderMarkdown } = await import('../report/markdown.js');
  if (markdown === '-') run.stdout.write(renderMarkdown(report));
  else await attempt(failures, async () => writeFile(argumentPath(run.parsed, markdown), markdown, renderMarkdown(report)));
}

/**
 * `coverage` prints the coverage stage's own result (`totals`, `gate`, ...);
 * `check` prints every stage under `stages`.
 */
export function jsonResult(command: CommandRun['command'], report: RunReport): unknown {
  if (command !== 'check') {
    const stage = report.stages.find((candidate) => candidate.id === command) ?? report.stages[0];
    return stage?.json ?? null;
  }
  const code = exitCodeOf(report);
  return {
    name: report.name,
    passed: code === 0,
    stages: Object.fromEntries(report.stages.map((stage) => [stage.id, { status: stage.status, ...(stage.json as object) }])),
  };
}

function writeFile(target: string, typed: string, content: string): void {
  try {
    makeParentFolders(target);
    writeFileSync(target, content);
  } catch (error) {
    throw new UserError(`Could not write ${typed}: ${(error as Error).message}. Choose a writable path.`);
  }
}

/** Writes a JSON result in pieces (see json-text.ts), so that the text of a large result never exists whole. */
function writeJsonFile(target: string, typed: string, result: unknown): void {
  let descriptor: number | undefined;
  try {
    makeParentFolders(target);
    descriptor = openSync(target, 'w');
    const file = descriptor;
    writeJsonText(result, 2, (piece) => writeSync(file, piece));
    writeSync(file, '\n');
  } catch (error) {
    throw new UserError(`Could not write ${typed}: ${(error as Error).message}. Choose a writable path.`);
  } finally {
    if (descriptor !== undefined) closeSync(descriptor);
  }
}
