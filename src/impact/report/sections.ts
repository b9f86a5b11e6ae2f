/**
 * The blocks of the impact report, one function per section. Paths are in
 * their `displayText` form, as plain text or code spans, which the renderers escape.
 */

import type { Block, Inline, Span } from '../../report/document.js';
import { endSentence } from '../../config/issues.js';
import { displayText } from '../display-text.js';
import type { AffectedTest, Evidence, RiskAssessment, RiskFactor, RunAllReason, RuntimeEquivalence, SelectedSuite } from '../model.js';
import { countOf } from '../risk/detail-text.js';
import { formatScore } from '../risk/strategy.js';
import { formatCount, formatDecimal } from '../../report/count-text.js';

export function runAllBlocks(reasons: readonly RunAllReason[]): Block[] {
  if (reasons.length === 0) return [];
  return [
    { kind: 'heading', level: 4, text: 'Run-all triggers' },
    { kind: 'paragraph', text: 'Every test runs because these changes can affect any test:' },
    { kind: 'list', items: reasons.map(triggerItem) },
  ];
}

/** Formats a trigger as `lockfile: package-lock.json (dependencies changed)`, leaving out an empty file or detail. */
function triggerItem(reason: RunAllReason): Span[] {
  const spans: Span[] = [{ text: reason.trigger, style: 'bold' }];
  if (reason.file !== '') spans.push({ text: ': ' }, { text: displayText(reason.file), style: 'code' });
  if (reason.detail !== '') spans.push({ text: ` (${reason.detail})` });
  return spans;
}

export function riskBlocks(risk: RiskAssessment): Block[] {
  const rows: Inline[][] = risk.factors.map((factor) => [
    factor.label,
    formatValue(factor),
    factor.score.toFixed(2),
    formatNumber(factor.weight),
    factor.contribution.toFixed(1),
    factor.detail,
  ]);
  const totalWeight = risk.factors.reduce((sum, factor) => sum + factor.weight, 0);
  rows.push([[{ text: 'Total', style: 'bold' }], '', '', formatNumber(totalWeight), [{ text: formatScore(risk.score), style: 'bold' }], `Level ${risk.level}`]);
  return [
    { kind: 'heading', level: 4, text: `Risk: ${risk.level}` },
    {
      kind: 'table',
      header: ['Factor', 'Value', 'Score', 'Weight', 'Contribution', 'Detail'],
      align: ['left', 'right', 'right', 'right', 'right', 'left'],
      rows,
    },
  ];
}

/** Builds the risk section for a change that could not be determined. No factor measured anything, so it gives the reason instead of the table. */
export function unknownRiskBlocks(reason: string): Block[] {
  return [
    { kind: 'heading', level: 4, text: 'Risk: unknown' },
    { kind: 'paragraph', text: `The change could not be determined, so its risk was not measured and every test runs. ${endSentence(reason)}` },
  ];
}

/** Formats a value with its unit: `1,204 lines`, `12.5% of modules`. */
function formatValue(factor: RiskFactor): string {
  const value = formatNumber(factor.value);
  return factor.unit.startsWith('%') ? `${value}${factor.unit}` : `${value} ${factor.unit}`;
}

function formatNumber(value: number): string {
  return formatDecimal(value, 2);
}

export function strategyBlocks(risk: RiskAssessment): Block[] {
  return [
    { kind: 'heading', level: 4, text: 'Strategy' },
    { kind: 'paragraph', text: risk.strategy.reason },
    { kind: 'paragraph', text: [{ text: 'Tiers that run now: ' }, ...joinCode(risk.strategy.tiers)] },
  ];
}

export function suiteBlocks(suites: readonly SelectedSuite[], tiersNow: readonly string[]): Block[] {
  if (suites.length === 0) return [];
  const now = new Set(tiersNow);
  const rows: Inline[][] = suites.map((suite) => [
    [{ text: suite.name, style: 'code' }],
    suite.tier,
    now.has(suite.tier) ? 'yes' : 'no, on schedule',
    suite.runsOn.length === 0 ? '' : joinCode(suite.runsOn),
    reasonsCell(suite.reasons),
  ]);
  return [
    { kind: 'heading', level: 4, text: 'Selected suites' },
    { kind: 'table', header: ['Suite', 'Tier', 'Runs now', 'Runs on', 'Why'], rows },
  ];
}

const REASONS_PER_SUITE = 3;

function reasonsCell(reasons: readonly string[]): string {
  const listed = reasons.slice(0, REASONS_PER_SUITE).join('; ');
  const hidden = reasons.length - REASONS_PER_SUITE;
  return hidden > 0 ? `${listed} and ${formatCount(hidden)} more` : listed;
}

/** Lists the affected tests in at most `limit` rows, followed by a paragraph that counts the rest. */
export function affectedTestBlocks(tests: readonly AffectedTest[], limit: number, runAll: boolean): Block[] {
  const heading: Block = { kind: 'heading', level: 4, text: `Affected tests (${formatCount(tests.length)})` };
  if (tests.length === 0) {
    const text = runAll ? 'No test was traced to the change; every test runs anyway.' : 'No test is affected by the change.';
    return [heading, { kind: 'paragraph', text }];
  }
  // Tests that must run come before those that only need a type check, each group by path.
  const sorted = [...tests].sort((a, b) => needOrder(a) - needOrder(b) || compareText(a.path, b.path));
  const blocks: Block[] = [
    heading,
    {
      kind: 'table',
      header: ['Test', 'Needs', 'Why'],
      rows: sorted.slice(0, limit).map((test) => [[{ text: displayText(test.path), style: 'code' }], test.need === 'run' ? 'run' : 'type check', evidenceText(test.evidence)]),
    },
  ];
  if (tests.length > limit) blocks.push({ kind: 'paragraph', text: `and ${countOf(tests.length - limit, 'more test', 'more tests')}` });
  return blocks;
}

function needOrder(test: AffectedTest): number {
  return test.need === 'run' ? 0 : 1;
}

function evidenceText(evidence: Evidence): Inline {
  switch (evidence.kind) {
    case 'changed':
      return evidence.detail;
    case 'chain': {
      const changed = evidence.edges[evidence.edges.length - 1]?.to;
      if (changed === undefined) return 'imports a changed module';
      const steps = evidence.edges.length;
      const route = steps === 1 ? ' directly' : ` through ${countOf(steps - 1, 'other file', 'other files')}`;
      return [{ text: 'imports ' }, { text: displayText(changed), style: 'code' }, { text: route + equivalenceText(evidence.runtimeEquivalent) }];
    }
    case 'trigger':
      return [{ text: `trigger ${evidence.trigger}: ` }, { text: displayText(evidence.file), style: 'code' }];
    case 'suite':
      return [{ text: 'suite ' }, { text: evidence.suite, style: 'code' }, { text: `: ${evidence.detail}` }];
  }
}

/** Says why a chain to a file whose run-time code did not change needs only a type check. */
function equivalenceText(equivalence: RuntimeEquivalence | undefined): string {
  if (equivalence === 'comments') return ', which changed only in comments or white space';
  if (equivalence === 'types') return ', which changed only in types';
  return '';
}

export function listBlocks(heading: string, items: readonly string[]): Block[] {
  if (items.length === 0) return [];
  return [{ kind: 'heading', level: 4, text: heading }, { kind: 'list', items: [...items] }];
}

/** Joins names as code spans separated by commas. */
function joinCode(names: readonly string[]): Span[] {
  return names.flatMap((name, index) => [...(index > 0 ? [{ text: ', ' }] : []), { text: name, style: 'code' as const }]);
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
