/**
 * Builds the validate `StageReport` for the sticky comment, the job summary,
 * the check run and the terminal. Blocks come in order of importance, because
 * renderers that hit a GitHub size limit drop blocks from the end.
 */
import { clipText } from '../../report/check-output.js';
import { countOf, formatCount } from '../../report/count-text.js';
import type { Annotation, AnnotationLevel, Block, Inline, StageReport } from '../../report/document.js';
import type { FindingLevel } from '../model.js';
import { validateJson } from './result-json.js';
import { countLevels, type ReportedFinding, type ValidateResult } from './result.js';

export interface ValidateReportLimits {
  /** Rows of the findings table; the rest are counted. */
  tableRows: number;
  /** Check-run annotations; the rest are counted in the report. */
  annotations: number;
}

/**
 * 100 rows of at most 240 characters each keep the table under half of a
 * comment's 65,536 characters. 1,000 annotations take 20 requests of 50.
 * The SARIF file and the JSON result list every finding.
 */
export const DEFAULT_VALIDATE_REPORT_LIMITS: ValidateReportLimits = { tableRows: 100, annotations: 1000 };

/** Characters of a message kept in the table; annotations and JSON keep the whole message. */
const TABLE_MESSAGE_CHARACTERS = 160;

const ANNOTATION_LEVEL: Record<FindingLevel, AnnotationLevel> = { error: 'failure', warning: 'warning', note: 'notice' };

const FILTER_SCOPE: Record<ValidateResult['filter'], string> = {
  added: 'on added and changed lines',
  diff_context: 'on changed lines and the lines around them',
  file: 'in changed files',
  nofilter: 'in the repository',
  new: 'new since the merge base',
};

export function validateStageReport(result: ValidateResult, limits: Partial<ValidateReportLimits> = {}): StageReport {
  const { tableRows, annotations } = { ...DEFAULT_VALIDATE_REPORT_LIMITS, ...limits };
  const blocks: Block[] = [
    ...errorBlocks(result.errors),
    { kind: 'paragraph', text: summaryLine(result) },
    ...findingBlocks(result.findings, tableRows),
    ...annotationLimitBlocks(result.findings.length, annotations),
    validatorTable(result),
    ...droppedBlocks(result),
    ...listBlocks('Notes', result.notes),
    ...listBlocks('Warnings', result.warnings),
  ];
  return {
    id: 'validate',
    title: 'Static validation',
    status: statusOf(result),
    headline: headline(result),
    blocks,
    annotations: result.findings.slice(0, annotations).map(annotationOf),
    outputs: validateOutputs(result),
    json: validateJson(result),
  };
}

function statusOf(result: ValidateResult): StageReport['status'] {
  if (result.errors.length > 0) return 'error';
  return result.failing > 0 ? 'failed' : 'passed';
}

function headline(result: ValidateResult): string {
  if (result.errors.length > 0) return `Static validation had invalid input: ${result.errors[0]}`;
  const scope = FILTER_SCOPE[result.filter];
  if (result.findings.length === 0) return `No findings ${scope}.`;
  const counts = levelText(result.findings);
  if (result.failLevel === 'none') return `${counts} ${scope}; the fail level is none, so none fails the gate.`;
  if (result.failing === 0) return `${counts} ${scope}, none at the fail level (${result.failLevel}).`;
  return `${counts} ${scope}; ${countOf(result.failing, 'finding fails', 'findings fail')} the gate.`;
}

function summaryLine(result: ValidateResult): Inline {
  const checked = countOf(result.filesChecked, 'file', 'files');
  const base = result.baseSha ? ` against ${result.baseSha.slice(0, 12)}` : '';
  return `Checked ${checked} with the ${result.filter} filter${base}; fail level ${result.failLevel}.`;
}

function levelText(findings: readonly ReportedFinding[]): string {
  const counts = countLevels(findings);
  const parts: string[] = [];
  if (counts.error > 0) parts.push(countOf(counts.error, 'error', 'errors'));
  if (counts.warning > 0) parts.push(countOf(counts.warning, 'warning', 'warnings'));
  if (counts.note > 0) parts.push(countOf(counts.note, 'note', 'notes'));
  return parts.join(', ');
}

function findingBlocks(findings: readonly ReportedFinding[], rows: number): Block[] {
  if (findings.length === 0) return [];
  const shown = findings.slice(0, rows);
  const blocks: Block[] = [
    {
      kind: 'table',
      header: ['Level', 'Rule', 'Location', 'Message'],
      rows: shown.map((finding) => [
        finding.level,
        // The rule's documentation link goes into the annotation, so that the table stays narrow in a terminal.
        [{ text: finding.ruleId, style: 'code' }],
        [{ text: locationOf(finding), style: 'code' }],
        clipText(finding.message.replace(/\s+/g, ' '), TABLE_MESSAGE_CHARACTERS),
      ]),
    },
  ];
  if (findings.length > shown.length) {
    blocks.push({
      kind: 'paragraph',
      text: `${formatCount(findings.length - shown.length)} more findings are left out of this table; the JSON result and the SARIF file list them all.`,
    });
  }
  return blocks;
}

function annotationLimitBlocks(total: number, limit: number): Block[] {
  if (total <= limit) return [];
  return [
    {
      kind: 'paragraph',
      text: `The check run annotates the ${formatCount(limit)} most severe findings; ${formatCount(total - limit)} more are in the JSON result and the SARIF file.`,
    },
  ];
}

function validatorTable(result: ValidateResult): Block {
  return {
    kind: 'details',
    summary: 'Validators',
    blocks: [
      {
        kind: 'table',
        header: ['Validator', 'Status', 'Findings', 'Detail'],
        align: ['left', 'left', 'right', 'left'],
        rows: result.validators.map((run) => [run.name, run.status, formatCount(run.findings), run.detail]),
      },
    ],
  };
}

function droppedBlocks(result: ValidateResult): Block[] {
  const { outsideFilter, suppressed, turnedOff } = result.dropped;
  const items: string[] = [];
  if (outsideFilter > 0) items.push(`${countOf(outsideFilter, 'finding', 'findings')} outside the ${result.filter} filter`);
  if (suppressed > 0) items.push(`${countOf(suppressed, 'finding', 'findings')} suppressed by a comment with a reason`);
  if (turnedOff > 0) items.push(`${countOf(turnedOff, 'finding', 'findings')} of rules turned off in validate.rules`);
  return items.length === 0 ? [] : [{ kind: 'details', summary: 'Not reported', blocks: [{ kind: 'list', items }] }];
}

function errorBlocks(errors: readonly string[]): Block[] {
  if (errors.length === 0) return [];
  return [{ kind: 'heading', level: 4, text: 'Errors' }, { kind: 'list', items: [...errors] }];
}

function listBlocks(title: string, items: readonly string[]): Block[] {
  if (items.length === 0) return [];
  return [{ kind: 'heading', level: 4, text: title }, { kind: 'list', items: [...items] }];
}

function locationOf(finding: ReportedFinding): string {
  return `${finding.path}:${finding.range.startLine}:${finding.range.startColumn}`;
}

function annotationOf(finding: ReportedFinding): Annotation {
  const { range } = finding;
  return {
    path: finding.path,
    startLine: range.startLine,
    endLine: range.endLine,
    ...(range.startLine === range.endLine ? { startColumn: range.startColumn, endColumn: range.endColumn } : {}),
    level: ANNOTATION_LEVEL[finding.level],
    title: finding.ruleId,
    message: finding.helpUri ? `${finding.message}\n\n${finding.helpUri}` : finding.message,
  };
}

function validateOutputs(result: ValidateResult): Record<string, string> {
  const counts = countLevels(result.findings);
  return {
    findings: String(result.findings.length),
    errors: String(counts.error),
    warnings: String(counts.warning),
    notes: String(counts.note),
    failing: String(result.failing),
    'sarif-file': result.sarifFile ?? '',
    result: JSON.stringify(validateJson(result)),
  };
}
