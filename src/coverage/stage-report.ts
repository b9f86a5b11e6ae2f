/**
 * Builds the coverage `StageReport` from the gate result: the headline, the
 * blocks of the PR comment and job summary, the annotations on uncovered
 * changed lines, the action outputs and the JSON result.
 */
import { endSentence } from '../config/issues.js';
import type { Annotation, Block, Inline, StageReport } from '../report/document.js';
import { JsonItems } from '../report/json-text.js';
import type { GateCheck } from './gate/check.js';
import { isCommitSha } from '../git/commit-sha.js';
import { describeBase, formatDelta, type BaseComparison } from './gate/delta.js';
import type { CoverageGateResult } from './gate/evaluate.js';
import { countRangeLines, formatRanges, type PatchFileResult, type PatchResult } from './gate/patch.js';
import { formatCount, formatPercent, formatPercentNumber, formatThreshold, percentValue } from './gate/percent.js';
import { capitalize } from './gate/thresholds.js';
import { METRICS, type Counter, type FileCoverage, type MetricName, type Totals } from './model.js';
import { fileTotals } from './totals.js';

export interface CoverageReportLimits {
  /** Files listed under patch coverage; the rest are counted. */
  patchFiles: number;
  /** Ranges listed per file; the rest are counted. */
  rangesPerFile: number;
  /** Failed checks listed at the top; the rest are counted. */
  failedChecks: number;
}

export const DEFAULT_REPORT_LIMITS: CoverageReportLimits = { patchFiles: 20, rangesPerFile: 10, failedChecks: 20 };

export interface CoverageReportInput {
  gate: CoverageGateResult;
  /** Merged coverage, for the per-file totals in the JSON result. */
  files: readonly FileCoverage[];
  /** Steps beyond reading the reports, such as each fetch that deepened a shallow clone. */
  notes?: readonly string[];
  /** Problems that did not stop the gate: unmatched report paths, ambiguous paths, missing metrics. */
  warnings: readonly string[];
  /**
   * Invalid input that kept patch coverage and the change from base from
   * being measured, such as a missing base ref. The stage then reports an
   * error (exit code 2) but keeps the totals and the threshold checks.
   */
  problem?: Error;
  limits?: Partial<CoverageReportLimits>;
}

const ANNOTATION_TITLE = 'Uncovered changed lines';

/** Builds the coverage stage report (id `coverage`). */
export function buildCoverageStageReport(input: CoverageReportInput): StageReport {
  const limits = { ...DEFAULT_REPORT_LIMITS, ...input.limits };
  const { gate } = input;
  const problem = input.problem ? problemMessage(input.problem) : null;

  const blocks: Block[] = [
    ...(problem !== null ? problemBlocks(problem) : []),
    ...failedChecksBlocks(gate.checks, limits.failedChecks),
    ...totalsBlocks(gate),
    ...failingPathBlocks(gate.checks),
    ...(gate.patch ? patchBlocks(gate.patch, limits) : []),
    ...(!gate.patch && problem !== null ? unmeasuredPatchBlocks() : []),
    ...(gate.base ? baseBlocks(gate.base, input.problem) : []),
    ...listBlocks('Notes', input.notes ?? []),
    ...listBlocks('Warnings', input.warnings),
  ];

  return {
    id: 'coverage',
    title: 'Coverage',
    status: stageStatus(gate, problem),
    headline: headline(gate, problem),
    blocks,
    annotations: gate.patch ? patchAnnotations(gate.patch) : [],
    outputs: { ...outputs(gate), ...(problem !== null ? { error: problem } : {}) },
    json: jsonResult(input, problem),
  };
}

/** Cause named in the patch and base parts of the report, which points to the invalid input at its top. */
const NOT_MEASURED_CAUSE = 'the invalid input above kept the diff from being read.';

/** Returns the problem's message as full sentences, as error stages show it. */
function problemMessage(problem: Error): string {
  return endSentence(problem.message.trimEnd());
}

function stageStatus(gate: CoverageGateResult, problem: string | null): StageReport['status'] {
  if (problem !== null) return 'error';
  return gate.passed ? 'passed' : 'failed';
}

function problemBlocks(problem: string): Block[] {
  return [
    { kind: 'heading', level: 3, text: 'Invalid input' },
    { kind: 'paragraph', text: 'Patch coverage and the change from base were not measured. The totals and threshold checks below are complete.' },
    { kind: 'code', text: problem },
  ];
}

function unmeasuredPatchBlocks(): Block[] {
  return [
    { kind: 'heading', level: 3, text: 'Patch coverage' },
    { kind: 'paragraph', text: `Not measured: ${NOT_MEASURED_CAUSE}` },
  ];
}

/** Formats the totals of lines and branches, and patch coverage when measured, for the headline. */
function summaryFigures(gate: CoverageGateResult): string {
  const figures: string[] = [];
  for (const metric of ['lines', 'branches'] as const) {
    const counter = gate.totals[metric];
    if (counter) figures.push(`${metric} ${formatPercent(counter)}`);
  }
  if (gate.patch) figures.push(`patch ${formatPercent(gate.patch.counter)}`);
  return figures.length > 0 ? figures.join(', ') : 'no coverage data';
}

function headline(gate: CoverageGateResult, problem: string | null): string {
  const summary = summaryFigures(gate);
  if (problem !== null) return `Coverage incomplete: patch coverage and the change from base were not measured; ${summary}`;
  if (gate.passed) return `Coverage passed: ${summary}`;
  const failed = gate.checks.filter((check) => !check.passed).length;
  return `Coverage failed: ${failed} of ${gate.checks.length} checks failed; ${summary}`;
}

function failedChecksBlocks(checks: readonly GateCheck[], limit: number): Block[] {
  const failed = checks.filter((check) => !check.passed);
  if (failed.length === 0) return [];
  const items: Inline[] = failed.slice(0, limit).map((check) => check.message);
  if (failed.length > limit) items.push(`and ${plural(failed.length - limit, 'more failed check', 'more failed checks')}`);
  return [{ kind: 'heading', level: 3, text: 'Failed checks' }, { kind: 'list', items }];
}

function totalsBlocks(gate: CoverageGateResult): Block[] {
  const globalChecks = new Map(gate.checks.filter((check) => check.kind === 'global').map((check) => [check.metric, check]));
  const deltaChecks = new Map(gate.checks.filter((check) => check.kind === 'delta').map((check) => [check.metric, check]));
  const deltas = gate.base?.found ? new Map(gate.base.deltas.map((delta) => [delta.metric, delta.deltaHundredths])) : null;

  const rows: Inline[][] = [];
  for (const metric of METRICS) {
    const counter = gate.totals[metric];
    const check = globalChecks.get(metric);
    if (!counter && !check) continue;
    rows.push([
      capitalize(metric),
      counter ? `${formatCount(counter.covered)} / ${formatCount(counter.total)}` : 'not measured',
      counter ? formatPercent(counter) : '',
      check?.threshold != null ? formatThreshold(check.threshold) : '',
      deltas ? deltaCell(deltas.get(metric)) : '',
      metricStatus(check, deltaChecks.get(metric)),
    ]);
  }
  if (rows.length === 0) return [{ kind: 'paragraph', text: 'The reports contain no coverage data.' }];

  return [
    { kind: 'heading', level: 3, text: 'Totals' },
    {
      kind: 'table',
      header: ['Metric', 'Covered / total', 'Percent', 'Threshold', 'Change from base', 'Status'],
      align: ['left', 'right', 'right', 'right', 'right', 'left'],
      rows,
    },
  ];
}

function deltaCell(hundredths: number | undefined): string {
  if (hundredths === undefined) return '';
  let arrow = '=';
  if (hundredths > 0) arrow = '▲';
  if (hundredths < 0) arrow = '▼';
  return `${arrow} ${formatDelta(hundredths)} pp`;
}

/** Status of a metric's row: its threshold check and its drop check, failed when either failed. */
function metricStatus(threshold: GateCheck | undefined, drop: GateCheck | undefined): string {
  if (!threshold && !drop) return 'not gated';
  if (drop && !drop.passed && drop.condition === 'measured') return threshold && !threshold.passed ? 'failed' : 'failed (drop)';
  return threshold ? statusText(threshold) : statusText(drop!);
}

function statusText(check: GateCheck): string {
  if (check.condition === 'no-items') return 'passed (no items)';
  if (check.condition === 'not-measured') return 'failed (not measured)';
  return check.passed ? 'passed' : 'failed';
}

function failingPathBlocks(checks: readonly GateCheck[]): Block[] {
  const failing = checks.filter((check) => check.kind === 'path' && !check.passed);
  if (failing.length === 0) return [];
  const rows: Inline[][] = failing.map((check) => [
    [{ text: check.scope, style: 'code' }],
    check.metric ? capitalize(check.metric) : '',
    check.actual ? `${formatCount(check.actual.covered)} / ${formatCount(check.actual.total)}` : '',
    check.actual ? formatPercent(check.actual) : '',
    check.threshold !== null ? formatThreshold(check.threshold) : '',
    failureReason(check),
  ]);
  return [
    { kind: 'heading', level: 3, text: 'Paths below threshold' },
    {
      kind: 'table',
      header: ['Glob', 'Metric', 'Covered / total', 'Percent', 'Threshold', 'Problem'],
      align: ['left', 'left', 'right', 'right', 'right', 'left'],
      rows,
    },
  ];
}

function failureReason(check: GateCheck): string {
  if (check.condition === 'no-match') return 'matches no file in the reports';
  if (check.condition === 'not-measured') return 'not measured by these reports';
  return 'below threshold';
}

function patchBlocks(patch: PatchResult, limits: CoverageReportLimits): Block[] {
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Patch coverage' }, { kind: 'paragraph', text: patchSummary(patch) }];

  // Files with the most uncovered lines come first, so the cap drops the least important ones.
  const uncovered = patch.files
    .filter((file) => file.uncovered.length > 0)
    .sort((a, b) => countRangeLines(b.uncovered) - countRangeLines(a.uncovered) || compareText(a.path, b.path));
  const listed = uncovered.slice(0, limits.patchFiles);

  if (listed.length > 0) {
    blocks.push({
      kind: 'table',
      header: ['File', 'Uncovered changed lines', 'Note'],
      rows: listed.map((file) => [
        [{ text: file.path, style: 'code' }],
        rangesCell(file, limits.rangesPerFile),
        file.missingFromReports ? 'missing from every coverage report' : '',
      ]),
    });
  }
  const rest = uncovered.slice(limits.patchFiles);
  if (rest.length > 0) {
    const lines = rest.reduce((sum, file) => sum + countRangeLines(file.uncovered), 0);
    const files = plural(rest.length, 'more file', 'more files');
    blocks.push({ kind: 'paragraph', text: `Not listed: ${files} with ${plural(lines, 'uncovered changed line', 'uncovered changed lines')}.` });
  }
  if (patch.withoutLineData.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `Changed lines of ${plural(patch.withoutLineData.length, 'file', 'files')} were not counted because their reports carry no line data: ${patch.withoutLineData.join(', ')}.`,
    });
  }
  return blocks;
}

function patchSummary(patch: PatchResult): string {
  const counter = patch.counter;
  if (counter.total === 0) return 'No changed lines are instrumented.';
  const measured = `${formatCount(counter.covered)} of ${formatCount(counter.total)} changed lines are covered (${formatPercent(counter)})`;
  const check = patch.check;
  if (!check || check.threshold === null) return `${measured}. No patch threshold is set.`;
  return `${measured}; the threshold is ${formatThreshold(check.threshold)}: ${check.passed ? 'passed' : 'failed'}.`;
}

function rangesCell(file: PatchFileResult, limit: number): string {
  const listedRanges = formatRanges(file.uncovered.slice(0, limit));
  const hidden = file.uncovered.length - limit;
  return hidden > 0 ? `${listedRanges} and ${plural(hidden, 'more range', 'more ranges')}` : listedRanges;
}

function baseBlocks(base: BaseComparison, problem: Error | undefined): Block[] {
  // The base was not read because of the problem at the top, whose message the reason repeats.
  if (!base.found && base.reason === problem?.message) {
    return [{ kind: 'paragraph', text: `The change from base was not measured: ${NOT_MEASURED_CAUSE}` }];
  }
  if (!base.found) {
    return [{ kind: 'paragraph', text: `${endSentence(base.reason)} The change from base was not checked; the other checks still ran.` }];
  }
  // A base report is measured in this run, so only saved summaries have a creation time worth showing.
  const created = isCommitSha(base.commit) ? ` (summary created ${base.createdAt})` : '';
  return [{ kind: 'paragraph', text: `Changes are measured against ${describeBase(base.commit)}${created}.` }];
}

function listBlocks(title: string, items: readonly string[]): Block[] {
  if (items.length === 0) return [];
  return [{ kind: 'heading', level: 3, text: title }, { kind: 'list', items: [...items] }];
}

function patchAnnotations(patch: PatchResult): Annotation[] {
  const annotations: Annotation[] = [];
  for (const file of patch.files) {
    for (const range of file.uncovered) {
      const lines =
        range.start === range.end
          ? `Line ${range.start} was changed but no test covers it.`
          : `Lines ${range.start}-${range.end} were changed but no test covers them.`;
      const reason = file.missingFromReports ? ' No coverage report contains this file.' : '';
      annotations.push({
        path: file.path,
        startLine: range.start,
        endLine: range.end,
        level: 'warning',
        title: ANNOTATION_TITLE,
        message: `${lines}${reason}`,
      });
    }
  }
  return annotations;
}

function outputs(gate: CoverageGateResult): Record<string, string> {
  const result: Record<string, string> = {};
  for (const metric of METRICS) result[metric] = formatPercentNumber(gate.totals[metric]);
  result['patch'] = formatPercentNumber(gate.patch?.counter ?? null);
  result['passed'] = String(gate.passed);
  return result;
}

function jsonResult(input: CoverageReportInput, problem: string | null): unknown {
  const { gate } = input;
  return {
    ...(problem !== null ? { error: { name: input.problem!.name, message: problem } } : {}),
    totals: totalsJson(gate.totals),
    gate: { passed: gate.passed, checks: gate.checks },
    patch: patchJsonOrReason(gate.patch, problem),
    base: gate.base ? baseJson(gate.base) : null,
    // One entry per file of the reports, which can be tens of thousands: made as the result is written.
    files: new JsonItems(input.files.length, (index) => fileJson(input.files[index]!)),
    notes: [...(input.notes ?? [])],
    warnings: [...input.warnings],
  };
}

function fileJson(file: FileCoverage): unknown {
  return { path: file.path, totals: totalsJson(fileTotals(file)) };
}

function totalsJson(totals: Totals): Record<MetricName, ReturnType<typeof counterJson> | null> {
  const result = {} as Record<MetricName, ReturnType<typeof counterJson> | null>;
  for (const metric of METRICS) {
    const counter = totals[metric];
    result[metric] = counter ? counterJson(counter) : null;
  }
  return result;
}

function counterJson(counter: Counter): { covered: number; total: number; percent: number | null } {
  return { covered: counter.covered, total: counter.total, percent: percentValue(counter) };
}

/** Patch coverage, `{ measured: false, reason }` when invalid input kept it from being measured, or null when no diff was requested. */
function patchJsonOrReason(patch: PatchResult | null, problem: string | null): unknown {
  if (patch) return patchJson(patch);
  return problem !== null ? { measured: false, reason: problem } : null;
}

function patchJson(patch: PatchResult): unknown {
  return {
    ...counterJson(patch.counter),
    threshold: patch.check?.threshold ?? null,
    passed: patch.check?.passed ?? null,
    files: patch.files.map((file) => ({
      path: file.path,
      ...counterJson(file.counter),
      missingFromReports: file.missingFromReports,
      uncovered: formatRanges(file.uncovered),
      uncoveredRanges: file.uncovered,
    })),
    withoutLineData: patch.withoutLineData,
  };
}

function baseJson(base: BaseComparison): unknown {
  if (!base.found) return { found: false, reason: base.reason };
  const deltas: Partial<Record<MetricName, number>> = {};
  for (const delta of base.deltas) deltas[delta.metric] = delta.deltaHundredths / 100;
  return { found: true, commit: base.commit, createdAt: base.createdAt, deltas };
}

function plural(count: number, singular: string, pluralForm: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : pluralForm}`;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
