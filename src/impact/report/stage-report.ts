/**
 * Builds the impact `StageReport` for the sticky comment, the job summary
 * and the terminal: the headline, the sections, the action outputs and the
 * JSON result.
 */

import type { Block, StageReport } from '../../report/document.js';
import { countOf } from '../risk/detail-text.js';
import { formatScore } from '../risk/strategy.js';
import { impactChart } from './chart.js';
import { DEFAULT_CHART_LIMITS, type ChartLimits } from './chart-edges.js';
import { chartReportBlock } from '../../report/mermaid.js';
import { impactOutputs } from './outputs.js';
import { impactJson } from './result-json.js';
import { runsAll, unknownChangeReason, type ImpactResult } from './result.js';
import { affectedTestBlocks, listBlocks, riskBlocks, runAllBlocks, strategyBlocks, suiteBlocks, unknownRiskBlocks } from './sections.js';
import { formatCount } from '../../report/count-text.js';

export interface ImpactReportLimits {
  /** Affected tests listed; the rest are counted. */
  affectedTests: number;
  chart: ChartLimits;
}

export const DEFAULT_IMPACT_REPORT_LIMITS: ImpactReportLimits = { affectedTests: 50, chart: DEFAULT_CHART_LIMITS };

/**
 * Builds the impact stage report (id `impact`). The stage informs and does
 * not gate, so its status is always `passed`. Sections come in order of
 * importance, because renderers that hit a size limit drop blocks from the end.
 */
export function impactStageReport(result: ImpactResult, limits: Partial<ImpactReportLimits> = {}): StageReport {
  const { affectedTests, chart } = { ...DEFAULT_IMPACT_REPORT_LIMITS, ...limits };
  const unknownChange = unknownChangeReason(result);
  const blocks: Block[] = [
    ...runAllBlocks(result.runAllReasons),
    ...(unknownChange === null ? riskBlocks(result.risk) : unknownRiskBlocks(unknownChange)),
    ...strategyBlocks(result.risk),
    ...suiteBlocks(result.suites, result.risk.strategy.tiers),
    ...affectedTestBlocks(result.affectedTests, affectedTests, runsAll(result)),
    ...chartBlocks(result, chart),
    ...listBlocks('Notes', result.notes),
    ...listBlocks('Warnings', result.warnings),
  ];
  return {
    id: 'impact',
    title: 'Impact',
    status: 'passed',
    headline: headline(result),
    blocks,
    annotations: [],
    outputs: impactOutputs(result),
    json: impactJson(result),
  };
}

/**
 * Writes the headline, such as `Risk high (score 52.3); 14 affected tests; run-all (lockfile)`.
 * When the change could not be determined, it states that and the first sentence of the reason instead.
 */
function headline(result: ImpactResult): string {
  const unknownChange = unknownChangeReason(result);
  if (unknownChange !== null) return `Risk unknown: ${asClause(unknownChange)}; running all tests`;
  const risk = `Risk ${result.risk.level} (score ${formatScore(result.risk.score)})`;
  const tests = countOf(result.affectedTests.length, 'affected test', 'affected tests');
  const first = result.runAllReasons[0];
  if (first === undefined) return `${risk}; ${tests}; no run-all`;
  const others = result.runAllReasons.length > 1 ? ` and ${formatCount(result.runAllReasons.length - 1)} more` : '';
  return `${risk}; ${tests}; run-all (${first.trigger}${others})`;
}

function chartBlocks(result: ImpactResult, limits: ChartLimits): Block[] {
  const chart = impactChart(result, limits);
  if (chart === null) return [];
  const blocks: Block[] = [
    { kind: 'heading', level: 4, text: 'Module graph' },
    chartReportBlock(chart.block, 'Changed modules and the import chains to the affected tests (Mermaid)'),
  ];
  if (chart.omitted !== null) blocks.push({ kind: 'paragraph', text: chart.omitted });
  return blocks;
}

/** Turns the first sentence of `text` into a clause: no final period, and a lowercase first letter unless it starts an acronym. */
function asClause(text: string): string {
  const sentence = text.split(/(?<=\.)\s/)[0]!.replace(/\.$/, '');
  return /^[A-Z][a-z]/.test(sentence) ? sentence[0]!.toLowerCase() + sentence.slice(1) : sentence;
}
