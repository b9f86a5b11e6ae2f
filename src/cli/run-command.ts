/**
 * Runs `check` or `coverage`: resolves the repository, the diff and the base,
 * runs the stages, and writes the report to the terminal and the requested files.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import type { ConfigOverride, ResolvedConfig } from '../config/types.js';
import { buildBaseSummary, serializeBaseSummary } from '../coverage/base-summary.js';
import { writeHtmlReport } from '../coverage/html-report.js';
import { TOOL_VERSION } from '../version.js';
import type { BaseSource, DiffRequest } from '../coverage/stage.js';
import { UserError, type ExitCode } from '../errors.js';
import { findDefaultBaseRef } from '../git/default-branch.js';
import { repositoryRoot, resolveCommit } from '../git/git.js';
import type { RunReport } from '../report/document.js';
import { renderMarkdown } from '../report/markdown.js';
import { renderTerminal } from '../report/terminal.js';
import { exitCodeOf } from '../run/exit-code.js';
import { streamLogger } from '../run/logger.js';
import { runCheck } from '../run/run-check.js';
import { flagValue, stringValue, type ParsedCommandLine } from './options.js';

export interface CommandRun {
  command: 'check' | 'coverage';
  parsed: ParsedCommandLine;
  overrides: ConfigOverride[];
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
}

export async function runCommand(run: CommandRun): Promise<ExitCode> {
  const { parsed } = run;
  const log = streamLogger(run.stderr, flagValue(parsed, 'verbose'));
  const folder = resolve(stringValue(parsed, 'cwd') ?? '.');
  const keepReportPaths = run.command === 'coverage' && flagValue(parsed, 'no-path-mapping');
  const root = keepReportPaths ? folder : await repositoryRoot(folder);
  const { diff, noDiffReason } = keepReportPaths
    ? { diff: null, noDiffReason: 'Patch coverage was skipped: --no-path-mapping reads the reports without the repository.' }
    : await resolveDiff(root, parsed);

  const result = await runCheck({
    root,
    ...(stringValue(parsed, 'config') ? { configPath: stringValue(parsed, 'config')! } : {}),
    overrides: run.overrides,
    ...(run.command === 'coverage' && parsed.positionals.length > 0 ? { explicitReports: parsed.positionals.map((path) => resolveReportArgument(path)) } : {}),
    ...(run.command === 'coverage' ? { stages: ['coverage' as const] } : {}),
    keepReportPaths,
    diff,
    ...(noDiffReason ? { noDiffReason } : {}),
    base: (config) => baseSource(config, stringValue(parsed, 'base-report')),
    log,
  });

  if (result.config?.coverage.html.enabled && result.coverageFiles) {
    const dir = join(root, result.config.coverage.html.dir);
    writeHtmlReport(root, result.coverageFiles, dir);
    log.info(`Wrote the HTML report to ${dir}.`);
  }
  const summaryPath = stringValue(parsed, 'write-summary');
  if (summaryPath && result.coverageFiles) {
    // A summary names the commit it measured, so it needs the repository even with --no-path-mapping.
    const commit = await resolveCommit(keepReportPaths ? await repositoryRoot(root) : root, 'HEAD');
    const summary = buildBaseSummary(result.coverageFiles, { commit, createdAt: new Date(), toolVersion: TOOL_VERSION });
    writeFile(summaryPath, serializeBaseSummary(summary));
    log.info(`Wrote the base summary to ${summaryPath}.`);
  }
  writeOutputs(run, result.report);
  return exitCodeOf(result.report);
}

/** The diff to gate: --base/--head, else the default branch against HEAD. */
async function resolveDiff(
  root: string,
  parsed: ParsedCommandLine,
): Promise<{ diff: DiffRequest | null; noDiffReason?: string }> {
  const head = stringValue(parsed, 'head') ?? 'HEAD';
  const explicitBase = stringValue(parsed, 'base');
  const base = explicitBase ?? (await findDefaultBaseRef(root));
  if (!base) {
    return {
      diff: null,
      noDiffReason: 'Patch coverage was skipped: no default branch was found to compare with. Pass --base REF.',
    };
  }
  if (!explicitBase && (await resolveCommit(root, base)) === (await resolveCommit(root, head))) {
    return { diff: null, noDiffReason: `Patch coverage was skipped: ${head} is the same commit as ${base}.` };
  }
  return { diff: { base, head, deepen: false } };
}

/**
 * Report arguments are relative to the folder the command runs in, as a shell
 * user expects; they become absolute so they resolve the same from the root.
 */
function resolveReportArgument(path: string): string {
  return isAbsolute(path) ? path : resolve(path);
}

function baseSource(config: ResolvedConfig, flag: string | undefined): BaseSource {
  if (flag) return { kind: 'report', path: resolveReportArgument(flag), explicit: true };
  const report = config.coverage.base.report;
  if (report) return { kind: 'report', path: report };
  return {
    kind: 'none',
    reason: 'No base found: pass --base-report FILE or set coverage.base.report to compare with the base branch.',
  };
}

function writeOutputs(run: CommandRun, report: RunReport): void {
  const json = stringValue(run.parsed, 'json');
  const toStdout = json === '-';
  const color = !flagValue(run.parsed, 'no-color') && run.env.NO_COLOR === undefined && run.stdout.isTTY === true;
  const text = renderTerminal(report, { color: color && !toStdout });
  (toStdout ? run.stderr : run.stdout).write(text.endsWith('\n') ? text : `${text}\n`);

  if (json !== undefined) {
    const body = `${JSON.stringify(jsonResult(run.command, report), null, 2)}\n`;
    if (toStdout) run.stdout.write(body);
    else writeFile(json, body);
  }
  const markdown = stringValue(run.parsed, 'markdown');
  if (markdown !== undefined) writeFile(markdown, renderMarkdown(report));
}

/**
 * `coverage` prints the coverage stage's own result (`totals`, `gate`, ...);
 * `check` prints every stage under `stages`.
 */
export function jsonResult(command: 'check' | 'coverage', report: RunReport): unknown {
  if (command === 'coverage') {
    const stage = report.stages.find((candidate) => candidate.id === 'coverage') ?? report.stages[0];
    return stage?.json ?? null;
  }
  const code = exitCodeOf(report);
  return {
    name: report.name,
    passed: code === 0,
    stages: Object.fromEntries(report.stages.map((stage) => [stage.id, { status: stage.status, ...(stage.json as object) }])),
  };
}

function writeFile(path: string, content: string): void {
  const target = isAbsolute(path) ? path : resolve(path);
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, content);
  } catch (error) {
    throw new UserError(`Could not write ${path}: ${(error as Error).message}. Choose a writable path.`);
  }
}
