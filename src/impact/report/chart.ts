/**
 * The module chart of the report: changed modules, the files that import
 * them, and the affected tests at the end of the chains, as a Mermaid
 * flowchart within the caps of `selectChart`.
 */

import { displayText } from '../display-text.js';
import { countOf } from '../risk/detail-text.js';
import { DEFAULT_CHART_LIMITS, selectChart, type ChartLimits, type ChartNode } from './chart-edges.js';
import { flowchartSource, type FlowchartClass, type MermaidBlock } from '../../report/mermaid.js';
import type { ImpactResult } from './result.js';

export interface ImpactChart {
  block: MermaidBlock;
  /** Sentence on what the caps left out, or null when the chart is complete. */
  omitted: string | null;
}

const CLASSES: readonly FlowchartClass[] = [
  { name: 'changed', fill: '#fde2e1', stroke: '#c62828' },
  { name: 'test', fill: '#e3f2fd', stroke: '#1565c0' },
];

/**
 * Builds the chart, or returns null when it would have no edge: without a
 * chain from a change to a test there is nothing to draw beyond the lists.
 * Changed modules have the class `changed`, affected tests `test`, and a
 * type-only link is a dotted arrow.
 */
export function impactChart(result: ImpactResult, limits: ChartLimits = DEFAULT_CHART_LIMITS): ImpactChart | null {
  const selection = selectChart(
    {
      changedPaths: result.changedFiles.filter((file) => file.status !== 'deleted').map((file) => file.path),
      testPaths: result.affectedTests.map((test) => test.path),
      graph: result.graph,
    },
    limits,
  );
  if (selection.edges.length === 0) return null;

  const ids = new Map(selection.nodes.map((node, index) => [node.path, `n${index}`]));
  const source = flowchartSource({
    nodes: selection.nodes.map((node) => {
      const className = nodeClass(node);
      const label = displayText(node.path);
      return className === undefined ? { id: ids.get(node.path)!, label } : { id: ids.get(node.path)!, label, className };
    }),
    edges: selection.edges.map((edge) => ({ from: ids.get(edge.imported)!, to: ids.get(edge.importer)!, dotted: edge.typeOnly })),
    classes: CLASSES,
  });
  return { block: { kind: 'mermaid', source }, omitted: omittedSentence(selection.hiddenEdges, selection.hiddenChangedModules) };
}

function nodeClass(node: ChartNode): string | undefined {
  if (node.changed) return 'changed';
  if (node.test) return 'test';
  return undefined;
}

function omittedSentence(edges: number, changedModules: number): string | null {
  const parts: string[] = [];
  if (edges > 0) parts.push(countOf(edges, 'more edge', 'more edges'));
  if (changedModules > 0) parts.push(countOf(changedModules, 'more changed module', 'more changed modules'));
  if (parts.length === 0) return null;
  return `${parts.join(' and ')} not shown.`;
}
