import { UserError } from '../errors.js';
import { REPORT_FORMATS, type MetricName, type ReportFormat } from '../coverage/model.js';
import { parseMetricPairs, parsePercentValue, splitList, type ValueUnit } from '../settings/values.js';

/** Every input of the coverage-gate and suite actions, parsed and checked once. */
export interface ActionInputs {
  stages: string[];
  reports: string[];
  format: ReportFormat | 'auto';
  thresholds: Partial<Record<MetricName, number>>;
  patchThreshold: number | undefined;
  maxDrop: Partial<Record<MetricName, number>>;
  tolerance: number | undefined;
  baseReport: string | undefined;
  config: string;
  reportName: string | undefined;
  workingDirectory: string;
  githubToken: string;
  comment: boolean;
  checkRun: boolean;
  commentAuthor: string;
  saveBase: 'auto' | 'true' | 'false';
  mode: 'run' | 'publish';
  resultFile: string | undefined;
  htmlReport: string | undefined;
  /** Filter mode of the validate stage, checked against the schema with the other overrides. */
  filter: string | undefined;
  failLevel: string | undefined;
  context: number | undefined;
  /** SARIF files of other tools to read, relative to the working directory. */
  sarif: string[];
  /** Where to write the SARIF of the reported findings, relative to the working directory. */
  sarifFile: string | undefined;
}

/** Reads one input by its name in action.yml; returns '' when unset. */
export type InputReader = (name: string) => string;

/** Parses the action inputs, rejecting bad values with the input name and the accepted form. */
export function parseActionInputs(read: InputReader): ActionInputs {
  const text = (name: string): string => read(name).trim();
  const optional = (name: string): string | undefined => text(name) || undefined;
  return {
    stages: splitList(text('stages')),
    reports: splitList(text('reports')),
    format: parseFormat(text('format') || 'auto'),
    thresholds: parseMetricPairs('Input thresholds', text('thresholds')),
    patchThreshold: optionalPercent('Input patch-threshold', text('patch-threshold')),
    maxDrop: parseMetricPairs('Input max-drop', text('max-drop'), 'points'),
    tolerance: optionalPercent('Input tolerance', text('tolerance'), 'points'),
    baseReport: optional('base-report'),
    config: text('config') || '.github/testmaster.yml',
    reportName: optional('report-name'),
    workingDirectory: text('working-directory') || '.',
    githubToken: read('github-token'),
    comment: parseBoolean('comment', text('comment'), true),
    checkRun: parseBoolean('check-run', text('check-run'), true),
    commentAuthor: text('comment-author') || 'github-actions[bot]',
    saveBase: parseChoice('save-base', text('save-base') || 'auto', ['auto', 'true', 'false'] as const),
    mode: parseChoice('mode', text('mode') || 'run', ['run', 'publish'] as const),
    resultFile: optional('result-file'),
    htmlReport: optional('html-report'),
    filter: optional('filter'),
    failLevel: optional('fail-level'),
    context: optionalLineCount('context', text('context')),
    sarif: splitList(text('sarif')),
    sarifFile: optional('sarif-file'),
  };
}

function optionalPercent(origin: string, value: string, unit: ValueUnit = 'percent'): number | undefined {
  return value === '' ? undefined : parsePercentValue(origin, value, unit);
}

function optionalLineCount(name: string, value: string): number | undefined {
  if (value === '') return undefined;
  if (!/^\d{1,4}$/.test(value)) throw new UserError(`Input ${name}: "${value}" is not a line count. Use a whole number from 0 to 1000.`);
  return Number(value);
}

/** Accepts exactly `true` or `false` (any case), so a typo fails instead of meaning false. */
function parseBoolean(name: string, value: string, fallback: boolean): boolean {
  if (value === '') return fallback;
  const lower = value.toLowerCase();
  if (lower === 'true') return true;
  if (lower === 'false') return false;
  throw new UserError(`Input ${name}: "${value}" is not a boolean. Use true or false.`);
}

function parseChoice<T extends string>(name: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UserError(`Input ${name}: "${value}" is not accepted. Use one of: ${choices.join(', ')}.`);
}

function parseFormat(value: string): ReportFormat | 'auto' {
  return parseChoice('format', value, ['auto', ...REPORT_FORMATS] as const);
}
