/**
 * The scope filter: which findings reach the report, by the filter mode of
 * the `validate` settings.
 *
 * - `added` keeps findings whose range touches an added or changed line.
 * - `diff_context` widens every added line by `context` lines each way.
 * - `file` keeps findings in files the change added, modified, renamed or copied.
 * - `nofilter` keeps every finding.
 * - `new` keeps findings that have no twin at the merge base, paired by
 *   content fingerprint within the same file (see `fingerprint.ts`).
 *
 * A validator that measures a value across the whole function, such as
 * complexity, sets the property `rose` to 1 when the value rose in the change.
 * `added` and `diff_context` keep such a finding whenever its file changed,
 * because the line it points at, the function's header, may be unchanged.
 * `new` keeps it even when the base has a twin, because the change made the
 * value worse.
 */
import type { ChangeSet, FileChange } from '../../git/diff-parse.js';
import type { Finding } from '../model.js';
import type { FilterMode } from '../settings.js';
import { type ChangedFiles, hasChangedContent, indexChanges } from './changed-files.js';
import { pairWithBase, type FingerprintedFindings } from './new-findings.js';

export type { FingerprintedFindings } from './new-findings.js';

/** Name of the finding property that marks a measured value that rose in the change; its value is 1. */
export const ROSE_PROPERTY = 'rose';

/** Reason the filter dropped a finding. */
export type DropReason =
  /** The finding's file is not in the change, or was only deleted or changed type. */
  | 'unchangedFile'
  /** The file changed, but no added line falls within the finding's range. */
  | 'outsideAddedLines'
  /** The file changed, but no added line falls within `context` lines of the range. */
  | 'outsideContext'
  /** A finding with the same fingerprint exists at the merge base in the same file. */
  | 'presentAtBase';

export interface FilterInput {
  findings: readonly Finding[];
  changes: ChangeSet | readonly FileChange[];
  mode: FilterMode;
  /** Lines around each added line that `diff_context` keeps. */
  context: number;
  /** Fingerprints of `findings`; required by `new`. */
  fingerprints?: ReadonlyMap<Finding, string>;
  /** Findings of the merge base with their fingerprints; required by `new`. */
  baseFindings?: FingerprintedFindings;
}

export interface FilterResult {
  /** Findings that reach the report, in input order. */
  kept: Finding[];
  /** Number of dropped findings per reason; every reason is present. */
  dropped: Record<DropReason, number>;
}

/** Splits findings into those the filter mode keeps and counts of the rest by reason. */
export function filterFindings(input: FilterInput): FilterResult {
  const dropped: Record<DropReason, number> = {
    unchangedFile: 0,
    outsideAddedLines: 0,
    outsideContext: 0,
    presentAtBase: 0,
  };
  const decide = decider(input, indexChanges(input.changes));
  const kept: Finding[] = [];

  for (const finding of input.findings) {
    const reason = decide(finding);
    if (reason === null) kept.push(finding);
    else dropped[reason]++;
  }
  return { kept, dropped };
}

type Decision = (finding: Finding) => DropReason | null;

function decider(input: FilterInput, changed: ChangedFiles): Decision {
  switch (input.mode) {
    case 'nofilter':
      return () => null;
    case 'file':
      return (finding) => (hasChangedContent(changed.byHeadPath.get(finding.path)) ? null : 'unchangedFile');
    case 'added':
      return lineDecider(changed, 0, 'outsideAddedLines');
    case 'diff_context':
      return lineDecider(changed, checkedContext(input.context), 'outsideContext');
    case 'new':
      return newDecider(input, changed);
  }
}

function checkedContext(context: number): number {
  if (!Number.isInteger(context) || context < 0) {
    throw new RangeError(`diff_context needs a context of 0 or more whole lines, not ${context}`);
  }
  return context;
}

function lineDecider(changed: ChangedFiles, context: number, outside: DropReason): Decision {
  const spansByPath = new Map<string, LineSpan[]>();
  for (const [path, change] of changed.byHeadPath) spansByPath.set(path, widenedSpans(change.addedLines, context));

  return (finding) => {
    const change = changed.byHeadPath.get(finding.path);
    if (change === undefined) return 'unchangedFile';
    if (hasRisen(finding)) return null;
    return rangeTouches(finding, spansByPath.get(finding.path)!) ? null : outside;
  };
}

/** Inclusive run of line numbers. */
interface LineSpan {
  first: number;
  last: number;
}

/** Merges the added lines, each widened by `context` lines, into ascending spans that neither overlap nor touch. */
function widenedSpans(addedLines: readonly number[], context: number): LineSpan[] {
  const spans: LineSpan[] = [];
  for (const line of [...addedLines].sort((a, b) => a - b)) {
    const first = line - context;
    const last = line + context;
    const previous = spans[spans.length - 1];
    if (previous && first <= previous.last + 1) previous.last = Math.max(previous.last, last);
    else spans.push({ first, last });
  }
  return spans;
}

/** Finds the first span that ends at or after the range's start by binary search, then compares its start with the range's end. */
function rangeTouches(finding: Finding, spans: readonly LineSpan[]): boolean {
  const { startLine, endLine } = finding.range;
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (spans[middle]!.last < startLine) low = middle + 1;
    else high = middle;
  }
  const span = spans[low];
  return span !== undefined && span.first <= endLine;
}

function hasRisen(finding: Finding): boolean {
  const value = finding.properties?.[ROSE_PROPERTY];
  return value === 1 || value === '1' || value === 'true';
}

function newDecider(input: FilterInput, changed: ChangedFiles): Decision {
  const { fingerprints, baseFindings } = input;
  if (fingerprints === undefined || baseFindings === undefined) {
    throw new Error('the new filter mode needs the fingerprints of the findings and the merge base findings');
  }
  const isNew = pairWithBase(baseFindings, changed.renamedFrom);
  return (finding) => {
    const fingerprint = fingerprints.get(finding);
    if (fingerprint === undefined) throw new Error(`finding ${finding.ruleId} in ${finding.path} has no fingerprint`);
    if (isNew(finding.path, fingerprint) || hasRisen(finding)) return null;
    return 'presentAtBase';
  };
}
