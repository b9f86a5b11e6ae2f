/**
 * The validate stage: detect the change, read the files, run the validators,
 * apply suppression comments, rule levels and the scope filter, gate on the
 * fail level and render the report. Git, the disk and child processes are
 * reached here and in the validators' adapters; every other step takes and
 * returns plain data.
 */
import { writeFileSync } from 'node:fs';
import picomatch from 'picomatch';
import type { FileChange } from '../../git/diff-parse.js';
import { listFiles, workingTreeMatches } from '../../git/git.js';
import { detectChange, type ChangeRequest } from '../../impact/change/detect-change.js';
import type { ChangeScope } from '../../impact/model.js';
import type { StageReport } from '../../report/document.js';
import { countOf } from '../../report/count-text.js';
import type { Logger } from '../../run/logger.js';
import { failingFindings } from '../gate/fail-level.js';
import type { SourceText } from '../model.js';
import type { ValidateResult, ValidatorRun } from '../report/result.js';
import { validateStageReport } from '../report/stage-report.js';
import type { ValidateSettings, ValidatorName } from '../settings.js';
import { readRevisionTexts, readWorkingTreeTexts, type SkipReason, type TextRead } from './file-texts.js';
import { runFileValidators, TOO_DEEP_TEXT } from './file-runs.js';
import { readLineChanges } from './line-changes.js';
import { projectFindingsAtBase, type BaseProjectFindings } from './base-project-findings.js';
import { scopeFindings } from './scope-findings.js';
import { withCommitCheckout } from './commit-checkout.js';
import { locateCompiler } from '../types/locate-compiler.js';
import type { TypesCacheStore } from './types-cache-store.js';
import { allRules, checkProject, sarifDocument, type ProjectCheck } from './validators.js';
import { makeParentFolders } from '../../run/output-folder.js';

export interface ValidateStageRequest {
  root: string;
  settings: ValidateSettings;
  change: ChangeRequest;
  /**
   * Source of the head files of a local change: the working tree, or the head
   * commit's tree. Pull requests and pushes always read the head commit,
   * because a pull request checkout is the merge commit, whose tree also has
   * the base branch's newer changes.
   */
  headSource: 'working-tree' | 'commit';
  typesCache: TypesCacheStore | null;
  /** Absolute path to write the reported findings to as SARIF, or null. */
  sarifOutput: string | null;
  /** SARIF files named on the command line or in a workflow input. */
  importedSarif: string[];
  log: Logger;
}

export interface ValidateStageOutcome {
  report: StageReport;
  result: ValidateResult;
}

/** Validators that read one file at a time; the others read the whole project. */
const FILE_VALIDATORS: readonly ValidatorName[] = ['syntax', 'complexity', 'security', 'standards'];

const SKIP_TEXT: Record<SkipReason, string> = {
  symlink: 'symbolic links are not followed',
  binary: 'binary',
  'too-large': 'larger than 2 MiB',
  'not-utf8': 'not valid UTF-8',
  missing: 'not readable',
};

export async function runValidateStage(request: ValidateStageRequest): Promise<ValidateStageOutcome> {
  const { root, settings, log } = request;
  const scope = await detectChange(root, request.change);
  for (const note of scope.notes) log.info(note);
  const notes = [...scope.notes];
  const warnings: string[] = [];
  const errors: string[] = [];

  const { changes, filter } = await readChanges(request, scope, warnings);
  const effective: ValidateSettings = { ...settings, filter };
  const paths = await filesToValidate(root, effective, changes);
  const head = await readHeadTexts(request, scope, paths);
  const base = await readBaseTexts(root, scope, changes, head.texts, filter);
  reportSkippedFiles(head, notes);
  log.info(`Validate: reading ${countOf(head.texts.size, 'file', 'files')} with the ${filter} filter.`);

  const fileRuns = runFileValidators(head.texts, base, effective);
  if (fileRuns.tooDeep.length > 0) notes.push(`Skipped ${countOf(fileRuns.tooDeep.length, 'file', 'files')} (${TOO_DEEP_TEXT}): ${listOf(fileRuns.tooDeep)}.`);
  const filesChecked = head.texts.size;
  const { project, baseProject } = await runWholeProject(request, scope, effective, changes, { notes, warnings, errors }, head.texts);

  const scoped = scopeFindings({
    root,
    settings: effective,
    changes,
    headTexts: head.texts,
    base,
    comments: fileRuns.comments,
    findings: [...fileRuns.findings, ...project.flatMap((check) => check.findings)],
    project,
    baseProject,
  });
  const findings = scoped.findings;
  const result: ValidateResult = {
    filter,
    context: effective.context,
    failLevel: effective.failLevel,
    baseSha: scope.baseSha,
    headSha: scope.headSha,
    filesChecked,
    findings,
    failing: failingFindings(findings, effective.failLevel).length,
    dropped: scoped.dropped,
    validators: validatorRuns(effective, fileRuns.counts, project),
    notes,
    warnings,
    errors,
    sarifFile: null,
  };
  if (request.sarifOutput) attachSarif(result, request.sarifOutput);
  return { report: validateStageReport(result), result };
}

interface StageMessages {
  notes: string[];
  warnings: string[];
  errors: string[];
}

/**
 * Runs the whole-project validators on the head and, under `new`, on the
 * merge base. Every filter but nofilter reports findings in changed files
 * only, so with no changed file they have nothing to report and do not run.
 */
async function runWholeProject(
  request: ValidateStageRequest,
  scope: ChangeScope,
  settings: ValidateSettings,
  changes: readonly FileChange[],
  messages: StageMessages,
  headTexts: Map<string, string>,
): Promise<{ project: ProjectCheck[]; baseProject: BaseProjectFindings | null }> {
  const { filter } = settings;
  const project = filter !== 'nofilter' && changes.length === 0 ? [] : await runProjectValidatorsOnHead(request, scope, settings, reportedFiles(filter, changes), messages.notes, headTexts);
  for (const check of project) {
    messages.warnings.push(...check.warnings);
    if (check.status === 'failed') messages.errors.push(check.detail);
  }
  if (filter !== 'new' || scope.baseSha === null) return { project, baseProject: null };

  const baseProject = await projectFindingsAtBase({ root: request.root, baseSha: scope.baseSha, settings, headChecks: project, log: request.log });
  messages.notes.push(...baseProject.notes);
  messages.warnings.push(...baseProject.warnings);
  return { project, baseProject };
}

/**
 * Runs the whole-project validators on the head commit. When the working
 * tree does not contain exactly that commit (the merge commit that a pull
 * request workflow checks out, uncommitted edits under `check`, another
 * branch under `--head`), they run on a temporary checkout of it, because
 * their line numbers must match the lines the scope filter compares. The
 * checkout keeps one path per repository, so the incremental type-check
 * cache still applies.
 */
async function runProjectValidatorsOnHead(
  request: ValidateStageRequest,
  scope: ChangeScope,
  settings: ValidateSettings,
  reported: string[] | null,
  notes: string[],
  headTexts: Map<string, string>,
): Promise<ProjectCheck[]> {
  const wantsHeadCheckout = headSourceOf(request, scope) === 'commit' && projectValidatorsRun(request.root, settings);
  if (!wantsHeadCheckout || (await workingTreeMatches(request.root, scope.headSha))) return runProjectValidators(request, settings, reported, notes);

  notes.push(`The working tree differs from the head commit ${scope.headSha.slice(0, 12)}, so the type checker and the linters ran on a temporary checkout of that commit.`);
  return withCommitCheckout(request.root, scope.headSha, async (folder) => {
    const checks = await runProjectValidators({ ...request, root: folder }, settings, reported, notes);
    // The texts of the files they report on, for suppression comments and fingerprints, come from the same commit.
    const paths = new Set(checks.flatMap((check) => check.findings.map((finding) => finding.path)).filter((path) => !headTexts.has(path)));
    for (const [path, text] of readWorkingTreeTexts(folder, [...paths]).texts) headTexts.set(path, text);
    return checks;
  }, true);
}

/**
 * Tells whether a whole-project validator that reads files will run: linters
 * that the settings name, or the type checker when the repository has a
 * compiler. Without one, a checkout of the head commit would be written for
 * nothing, and on a large repository that costs seconds.
 */
function projectValidatorsRun(root: string, settings: ValidateSettings): boolean {
  if (settings.validators.includes('linters') && settings.linters.length > 0) return true;
  return settings.validators.includes('types') && locateCompiler(root, settings.types.compiler).ok;
}

/** Runs the validators that read the whole project, restoring and saving the type checker's cache around them. */
async function runProjectValidators(request: ValidateStageRequest, settings: ValidateSettings, reported: string[] | null, notes: string[]): Promise<ProjectCheck[]> {
  const cache = settings.validators.includes('types') && settings.types.incremental ? request.typesCache : null;
  const restored = await cache?.restore();
  if (restored) notes.push(restored);
  const checks = await checkProject({
    root: request.root,
    settings,
    typesCacheDir: cache?.folder ?? null,
    importedSarif: request.importedSarif,
    reportedFiles: reported,
    log: request.log,
  });
  const saved = await cache?.save();
  if (saved) notes.push(saved);
  return checks;
}

/**
 * Lists the files whose findings the filter can keep: the changed files for
 * `added`, `diff_context` and `file`, and null (any file) for `nofilter` and
 * `new`, where a change can raise a type error in a file it did not touch.
 */
function reportedFiles(filter: ValidateSettings['filter'], changes: readonly FileChange[]): string[] | null {
  if (filter === 'nofilter' || filter === 'new') return null;
  return changes.filter((change) => change.status !== 'deleted').map((change) => change.path);
}

function headSourceOf(request: ValidateStageRequest, scope: ChangeScope): ValidateStageRequest['headSource'] {
  return scope.mode === 'local' ? request.headSource : 'commit';
}

/**
 * Reads the changed lines. Without a merge base there is no diff to filter
 * on, so the stage reports every finding (nofilter) with a warning, rather than
 * guessing which lines changed.
 */
async function readChanges(
  request: ValidateStageRequest,
  scope: ChangeScope,
  warnings: string[],
): Promise<{ changes: FileChange[]; filter: ValidateSettings['filter'] }> {
  if (scope.baseSha === null) {
    const reason = scope.fullRunReason ?? 'no merge base was found';
    warnings.push(`The change could not be determined (${reason.replace(/\.$/, '')}), so findings in every file are reported.`);
    return { changes: [], filter: 'nofilter' };
  }
  const headSha = headSourceOf(request, scope) === 'commit' ? scope.headSha : null;
  const changes = await readLineChanges({ root: request.root, baseSha: scope.baseSha, headSha });
  return { changes, filter: request.settings.filter };
}

/** Lists the files the per-file validators read: changed files, or every tracked file for `nofilter`, within include and exclude. */
async function filesToValidate(root: string, settings: ValidateSettings, changes: readonly FileChange[]): Promise<string[]> {
  const candidates = settings.filter === 'nofilter' ? await listFiles(root) : changes.filter((change) => change.status !== 'deleted').map((change) => change.path);
  const included = picomatch(settings.include, { dot: true });
  const excluded = settings.exclude.length > 0 ? picomatch(settings.exclude, { dot: true }) : () => false;
  return candidates.filter((path) => included(path) && !excluded(path));
}

async function readHeadTexts(request: ValidateStageRequest, scope: ChangeScope, paths: readonly string[]): Promise<TextRead> {
  if (headSourceOf(request, scope) === 'working-tree') return readWorkingTreeTexts(request.root, paths);
  return readRevisionTexts(request.root, scope.headSha, paths);
}

/**
 * Reads the merge-base version of the changed files, keyed by their head path,
 * for complexity comparisons and the `new` filter. A renamed file is read at its old path.
 */
async function readBaseTexts(
  root: string,
  scope: ChangeScope,
  changes: readonly FileChange[],
  headTexts: ReadonlyMap<string, string>,
  filter: ValidateSettings['filter'],
): Promise<Map<string, SourceText>> {
  const byHeadPath = new Map<string, SourceText>();
  if (scope.baseSha === null) return byHeadPath;
  const oldPaths = new Map<string, string>();
  for (const change of changes) {
    if (!headTexts.has(change.path) || change.status === 'added') continue;
    oldPaths.set(change.path, change.oldPath ?? change.path);
  }
  if (filter === 'nofilter' && oldPaths.size === 0) return byHeadPath;
  const read = await readRevisionTexts(root, scope.baseSha, [...new Set(oldPaths.values())]);
  for (const [headPath, oldPath] of oldPaths) {
    const text = read.texts.get(oldPath);
    if (text !== undefined) byHeadPath.set(headPath, { path: oldPath, text });
  }
  return byHeadPath;
}

function reportSkippedFiles(head: TextRead, notes: string[]): void {
  const byReason = new Map<SkipReason, string[]>();
  for (const [path, reason] of head.skipped) byReason.set(reason, [...(byReason.get(reason) ?? []), path]);
  for (const [reason, paths] of byReason) {
    notes.push(`Skipped ${countOf(paths.length, 'file', 'files')} (${SKIP_TEXT[reason]}): ${listOf(paths)}.`);
  }
}

function listOf(paths: readonly string[]): string {
  return paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
}

function validatorRuns(settings: ValidateSettings, counts: ReadonlyMap<ValidatorName, number>, project: readonly ProjectCheck[]): ValidatorRun[] {
  const runs: ValidatorRun[] = [];
  for (const name of FILE_VALIDATORS) {
    if (!settings.validators.includes(name)) continue;
    runs.push({ name, status: 'ran', detail: 'changed files', findings: counts.get(name) ?? 0 });
  }
  for (const check of project) runs.push({ name: check.name, status: check.status, detail: check.detail, findings: check.findings.length });
  return runs;
}

/** Writes the reported findings as SARIF. A failed write keeps the findings: the report still lists them, and the stage ends with exit code 2. */
function attachSarif(result: ValidateResult, path: string): void {
  const document = sarifDocument(result.findings, allRules());
  try {
    makeParentFolders(path);
    writeFileSync(path, `${JSON.stringify(document.log)}\n`);
  } catch (error) {
    result.errors.push(`Could not write the SARIF file ${path}: ${(error as Error).message}. Choose a writable path.`);
    return;
  }
  result.sarifFile = path;
  if (document.warning) result.warnings.push(document.warning);
}
