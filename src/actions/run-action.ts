/**
 * The body of the coverage-gate and suite actions: read the inputs and the
 * runner's context, run the stages, then write every channel. The exit code
 * follows the gate: 0 passed, 1 failed, 2 invalid input, 3 a GitHub API
 * error when the gate passed.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import * as core from '@actions/core';
import { DEFAULT_CONFIG_FILE } from '../config/defaults.js';
import type { ResolvedConfig, StageName } from '../config/types.js';
import { buildBaseSummary } from '../coverage/base-summary.js';
import { writeHtmlReport } from '../coverage/html-report.js';
import type { BaseSource, DiffRequest } from '../coverage/stage.js';
import { EXIT, UserError, type ExitCode } from '../errors.js';
import { ensureCommits } from '../git/ensure-commits.js';
import { mergeBaseOfCommits, repositoryRoot } from '../git/git.js';
import { deepenUntilMergeBase } from '../git/deepen.js';
import { createGitHubClient } from '../github/client.js';
import { isPullRequestEvent, readGitHubContext, type GitHubContext } from '../github/context.js';
import { endSentence } from '../config/issues.js';
import { findBaseWithoutPayload } from './pull-request-base.js';
import { resolveRemoteBranch } from '../git/remote-branch.js';
import { createRunArtifact, serializeRunArtifact } from '../github/run-artifact.js';
import type { RunReport } from '../report/document.js';
import { failureAnnotation } from './failure-text.js';
import { errorStage } from '../run/error-stage.js';
import { exitCodeOf } from '../run/exit-code.js';
import { makeParentFolders } from '../run/output-folder.js';
import type { Logger } from '../run/logger.js';
import { DEFAULT_REPORT_NAME, runCheck, suffixedReportName, type CheckRequest } from '../run/run-check.js';
import { actionsScanCacheStore } from './scan-cache.js';
import { actionsTypesCacheStore } from './types-cache.js';
import { TOOL_VERSION } from '../version.js';
import { restoreBaseSummary, saveBaseSummary } from './base-cache.js';
import { parseActionInputs, type ActionInputs } from './inputs.js';
import { inputOverrides } from './overrides.js';
import { publishSavedReport } from './publish-mode.js';
import { publishToGitHub, writeJobSummary, writeLog, writeOutputs } from './report-channels.js';
import { safeLogText } from './log-text.js';
import { readRunnerEnvironment, type RunnerEnvironment } from './runner-environment.js';

/** Logs through @actions/core; `core.info` writes raw lines, so untrusted text is neutralized first. */
export const coreLogger: Logger = {
  info: (message) => core.info(safeLogText(message)),
  warning: (message) => core.warning(message),
  debug: (message) => core.debug(message),
};

export interface ActionDefinition {
  /** Stages this action runs when the input names none; the config's stages do not apply to a single-stage action. */
  defaultStages?: StageName[];
  /**
   * Word appended to the report name unless the `report-name` input sets it:
   * `coverage`, `impact` or `validation` for the single-stage actions, none
   * for the suite. A name from the config file gets it too, because one config
   * file serves every action of the repository and their check runs need
   * distinct names.
   */
  reportNameSuffix?: string;
  /** Output names of the action's action.yml, for actions with a publish mode; see `declared-outputs.ts`. */
  publishOutputs?: readonly string[];
}

/** Runs the action and sets `process.exitCode`. Every error is caught here and reported as a failed step. */
export async function runAction(definition: ActionDefinition = {}): Promise<void> {
  try {
    process.exitCode = await runActionSteps(definition);
  } catch (error) {
    if (error instanceof UserError) {
      core.setFailed(error.message);
      // Invalid inputs stop the run before any report exists, so the job summary shows the error alone.
      writeJobSummary({ name: suffixedReportName(DEFAULT_REPORT_NAME, definition.reportNameSuffix), stages: [errorStage('inputs', 'Action setup', error)] }, process.env.GITHUB_STEP_SUMMARY);
      process.exitCode = error.exitCode;
      return;
    }
    core.setFailed(`Internal error in TestMaster ${TOOL_VERSION}: ${(error as Error)?.stack ?? String(error)}`);
    process.exitCode = EXIT.internal;
  }
}

async function runActionSteps(definition: ActionDefinition): Promise<ExitCode> {
  const inputs = parseActionInputs((name) => core.getInput(name));
  const runner = readRunnerEnvironment(process.env);
  const context = readGitHubContext(runner.payload, runner.variables);
  const client = createGitHubClient({
    token: inputs.githubToken,
    baseUrl: runner.apiUrl,
    userAgent: `testmaster/${TOOL_VERSION}`,
    log: (line) => core.info(safeLogText(line)),
  });

  if (inputs.mode === 'publish') {
    if (!definition.publishOutputs) throw new UserError('This action has no publish mode. Use the coverage-gate action or the suite action with mode: publish.');
    return publishSavedReport({
      inputs,
      runner,
      context,
      client,
      // As in a run: the report-name input as set, or the default name with the action's suffix.
      reportName: inputs.reportName ?? suffixedReportName(DEFAULT_REPORT_NAME, definition.reportNameSuffix),
      declaredOutputs: definition.publishOutputs,
    });
  }

  // Paths in the inputs start at the working directory, as a `run:` step's paths do; the config's paths start at the root.
  const folder = resolve(runner.workspace, inputs.workingDirectory);
  const root = await repositoryRoot(folder);
  const workingFolder = await folderInRepository(root, folder);
  const diff = await prepareDiff(root, context, runner);
  const stages = inputs.stages.length > 0 ? undefined : definition.defaultStages;

  const result = await runCheck({
    root,
    // The default path may be absent; a path the user chose must exist.
    ...(inputs.config !== DEFAULT_CONFIG_FILE ? { configPath: inputs.config } : {}),
    overrides: inputOverrides(inputs),
    // Workflow inputs come from the workflow's author, not from the pull request, so they may name any file.
    ...(inputs.reports.length > 0 ? { explicitReports: inputs.reports.map((path) => resolve(folder, path)) } : {}),
    ...(stages ? { stages } : {}),
    ...(definition.reportNameSuffix && !inputs.reportName ? { reportNameSuffix: definition.reportNameSuffix } : {}),
    diff: diff.request,
    ...(diff.reason ? { noDiffReason: diff.reason } : {}),
    ...(diff.unknownBase ? { diffUnknown: true } : {}),
    base: (config) =>
      inputs.baseReport
        ? { kind: 'report', path: resolve(folder, inputs.baseReport), explicit: true }
        : chooseBase(config, root, context, diff),
    ...changeOf(context, diff),
    ...(workingFolder !== '' ? { workingFolder } : {}),
    headSource: 'working-tree',
    scanCache: (config) => (config.impact.cache.enabled ? actionsScanCacheStore(root, `${context.headSha}-${runner.runId ?? 'local'}`) : null),
    validate: {
      typesCache: actionsTypesCacheStore(join(runner.temp ?? tmpdir(), 'testmaster-types'), `${context.headSha}-${runner.runId ?? 'local'}`),
      sarifOutput: inputs.sarifFile ? resolve(folder, inputs.sarifFile) : join(runner.temp ?? tmpdir(), 'testmaster.sarif'),
      importedSarif: inputs.sarif.map((path) => resolve(folder, path)),
    },
    log: coreLogger,
  });
  const report = result.report;

  writeOutputs(report);
  writeJobSummary(report, process.env.GITHUB_STEP_SUMMARY);
  writeLog(report);
  if (inputs.resultFile) writeResultFile(folder, inputs.resultFile, report, context);
  if (result.config?.coverage.html.enabled && result.coverageFiles) {
    const htmlFolder = inputs.htmlReport ? resolve(folder, inputs.htmlReport) : join(root, result.config.coverage.html.dir);
    writeHtmlReport(root, result.coverageFiles, htmlFolder);
  }
  if (result.coverageFiles && shouldSaveBase(inputs, context, runner)) {
    const summary = buildBaseSummary(result.coverageFiles, { commit: context.headSha, createdAt: new Date(), toolVersion: TOOL_VERSION });
    await saveBaseSummary(root, report.name, summary, coreLogger);
  }

  const wantsPublishing = inputs.comment || inputs.checkRun;
  if (wantsPublishing && inputs.githubToken === '') {
    core.warning('The github-token input is empty, so the PR comment and the check run were skipped; the job summary has the report. Pass ${{ github.token }} or set comment and check-run to false.');
  }
  const publishCode =
    wantsPublishing && inputs.githubToken !== ''
      ? await publishToGitHub(report, {
          client,
          owner: context.owner,
          repo: context.repo,
          headSha: context.headSha,
          pullNumber: context.pullNumber,
          comment: inputs.comment,
          checkRun: inputs.checkRun,
          commentAuthor: inputs.commentAuthor,
          ...(runner.runId ? { detailsUrl: `${runner.serverUrl}/${context.owner}/${context.repo}/actions/runs/${runner.runId}` } : {}),
        })
      : null;

  const gateCode = exitCodeOf(report);
  if (gateCode !== EXIT.passed) core.setFailed(failureAnnotation(report));
  return gateCode !== EXIT.passed ? gateCode : (publishCode ?? EXIT.passed);
}

/**
 * Returns the change that impact analysis reads: the base and head of a pull
 * request or merge group, or the before and after of a push. Other events have none.
 */
function changeOf(context: GitHubContext, diff: PreparedDiff): Pick<CheckRequest, 'change' | 'noChangeReason'> {
  if (context.pullNumber !== undefined && context.baseSha) {
    // The base that prepareDiff fetched, which replaces a base commit the remote no longer has.
    const baseRef = diff.request && !diff.request.problem ? diff.request.base : context.baseSha;
    return { change: { kind: 'pull-request', baseRef, headRef: context.headSha } };
  }
  if (isPullRequestEvent(context.eventName)) {
    // A pull request run without a payload: the base that prepareDiff found, if any.
    if (diff.request) return { change: { kind: 'pull-request', baseRef: diff.request.base, headRef: diff.request.head } };
    // Without a base nothing can be left out, so impact analysis asks for every test, with the reason.
    return { change: { kind: 'unknown-base', headRef: context.headSha, reason: endSentence(diff.unknownBase ?? 'The pull request base is unknown') } };
  }
  if (context.eventName === 'merge_group' && context.baseSha) {
    return { change: { kind: 'pull-request', baseRef: context.baseSha, headRef: context.headSha } };
  }
  if (context.eventName === 'push') {
    return { change: { kind: 'push', before: context.baseSha ?? '0'.repeat(40), after: context.headSha } };
  }
  return {
    change: null,
    noChangeReason: `This stage reads the change of a pull request, merge queue or push, and this run was started by ${context.eventName || 'an unknown event'}.`,
  };
}

interface PreparedDiff {
  request: DiffRequest | null;
  reason?: string;
  /** Cause of an unknown pull request base, which fails a patch threshold as not measured. */
  unknownBase?: string;
  mergeBase: string | null;
}

/**
 * For pull requests: the base and head commits, fetched and deepened until
 * their merge base is in the clone. A pull request run without an event
 * payload takes its base from GITHUB_BASE_REF, or has an unknown base.
 */
async function prepareDiff(root: string, context: GitHubContext, runner: RunnerEnvironment): Promise<PreparedDiff> {
  // A merge group measures its base_sha..head_sha, the change that impact analysis reads too (see changeOf).
  let baseSha = context.pullNumber !== undefined || context.eventName === 'merge_group' ? context.baseSha : undefined;
  let note: string | undefined;
  if (!baseSha) {
    if (context.eventName === 'merge_group') {
      const reason = 'The merge_group event has no base_sha';
      return { request: null, reason: `Patch coverage was not measured: ${reason}.`, unknownBase: reason, mergeBase: null };
    }
    if (!isPullRequestEvent(context.eventName)) {
      return {
        request: null,
        reason: `Patch coverage applies to pull requests and merge groups; this run was started by ${context.eventName || 'an unknown event'}.`,
        mergeBase: null,
      };
    }
    const found = await findBaseWithoutPayload(root, context, runner.eventPath);
    if (!found.found) {
      return { request: null, reason: `Patch coverage was not measured: ${endSentence(found.reason)}`, unknownBase: found.reason, mergeBase: null };
    }
    baseSha = found.sha;
    note = found.note;
  }
  try {
    const base = await fetchBase(root, baseSha, context);
    const notes = [note, base.note].filter((text) => text !== undefined);
    const request: DiffRequest = { base: base.sha, head: context.headSha, deepen: true, ...(notes.length > 0 ? { note: notes.join(' ') } : {}) };
    return { request, mergeBase: await findMergeBase(root, base.sha, context.headSha) };
  } catch (error) {
    // Commits that cannot be fetched or a merge base beyond the history take away the diff and the base, not the totals.
    if (!(error instanceof UserError)) throw error;
    return { request: { base: baseSha, head: context.headSha, deepen: false, problem: error }, mergeBase: null };
  }
}

/**
 * Fetches the pull request's base commit when the clone lacks it. A base
 * commit that the remote no longer has (the base branch was force-pushed
 * after the event) is replaced by the tip of the base branch, whose merge
 * base with the head is what the pull request now compares with.
 */
async function fetchBase(root: string, baseSha: string, context: GitHubContext): Promise<{ sha: string; note?: string }> {
  await ensureCommits(root, [context.headSha]);
  try {
    await ensureCommits(root, [baseSha]);
    return { sha: baseSha };
  } catch (error) {
    if (!(error instanceof UserError) || !context.baseRef) throw error;
    const branch = await resolveRemoteBranch(root, context.baseRef);
    if (!branch.found) throw error;
    return {
      sha: branch.sha,
      note: `The pull request's base commit ${baseSha.slice(0, 12)} could not be fetched, so the base is ${branch.ref} (${branch.sha.slice(0, 12)}), the tip of its base branch. The base branch may have been force-pushed.`,
    };
  }
}

/** Returns the repository-relative POSIX path of `folder`, `''` for the root itself. */
async function folderInRepository(root: string, folder: string): Promise<string> {
  // git prints the root with symbolic links resolved, so the folder is compared in the same form.
  const inside = relative(root, await realpath(folder));
  if (inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return '';
  return inside.split(sep).join('/');
}

/** Deepens a shallow clone until the merge base of the two commits is in it. */
async function findMergeBase(root: string, baseSha: string, headSha: string): Promise<string> {
  return (
    (await mergeBaseOfCommits(root, baseSha, headSha)) ??
    (await deepenUntilMergeBase(root, baseSha, headSha, { log: (line) => core.info(safeLogText(line)) }))
  );
}

async function chooseBase(
  config: ResolvedConfig,
  root: string,
  context: GitHubContext,
  diff: PreparedDiff,
): Promise<BaseSource> {
  if (config.coverage.base.report) return { kind: 'report', path: config.coverage.base.report };
  const problem = diff.request?.problem;
  if (problem) return { kind: 'none', reason: `No base found: ${problem.message}` };
  if (!diff.mergeBase) {
    return { kind: 'none', reason: `No base found: ${context.eventName || 'this'} event has no pull request base to compare with.` };
  }
  return restoreBaseSummary(root, config.report.name, diff.mergeBase, coreLogger);
}

function shouldSaveBase(inputs: ActionInputs, context: GitHubContext, runner: RunnerEnvironment): boolean {
  if (inputs.saveBase === 'true') return true;
  if (inputs.saveBase === 'false') return false;
  return (
    context.eventName === 'push' &&
    context.defaultBranch !== undefined &&
    runner.ref === `refs/heads/${context.defaultBranch}`
  );
}

/** Writes the structured result for the publish mode; it contains data only, never rendered Markdown. */
function writeResultFile(folder: string, path: string, report: RunReport, context: GitHubContext): void {
  if (context.pullNumber === undefined) {
    core.warning(`result-file ${path} was not written: this run has no pull request to publish to.`);
    return;
  }
  const artifact = createRunArtifact({
    repository: `${context.owner}/${context.repo}`,
    pullNumber: context.pullNumber,
    headSha: context.headSha,
    report,
  });
  const file = resolve(folder, path);
  makeParentFolders(file);
  writeFileSync(file, serializeRunArtifact(artifact));
  core.info(`Wrote the result for the publish mode to ${path}.`);
}
