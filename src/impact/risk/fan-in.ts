/**
 * Fan-in: the largest number of files that import one changed module
 * directly. A module with many importers spreads a mistake to all of them.
 */

import type { GraphEdge, RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Importers at which the score is 0.63. This is a chosen calibration: 3
 * importers score 0.26, 10 score 0.63 and 30 score 0.95.
 */
export const FAN_IN_SCALE = 10;

/**
 * Counts the distinct files with an edge to each changed path. A file's edge
 * to itself does not count. Every edge kind counts, type-only ones included,
 * because a changed type can break its importers' build.
 */
export function directImporterCounts(changedPaths: readonly string[], edges: readonly GraphEdge[]): Map<string, number> {
  const importers = new Map<string, Set<string>>();
  for (const path of changedPaths) importers.set(path, new Set());
  for (const edge of edges) {
    if (edge.from === edge.to) continue;
    importers.get(edge.to)?.add(edge.from);
  }
  return new Map([...importers].map(([path, files]) => [path, files.size]));
}

/** Measures the changed module with the most direct importers in the graph `edges`. */
export function fanInFactor(changedPaths: readonly string[], edges: readonly GraphEdge[], weight: number): RiskFactor {
  let top: [string, number] | undefined;
  for (const entry of directImporterCounts(changedPaths, edges)) {
    if (top === undefined || entry[1] > top[1]) top = entry;
  }
  const importers = top?.[1] ?? 0;
  const detail =
    top === undefined || importers === 0
      ? 'No changed module is imported by another file.'
      : `${quoteName(top[0])} has the most direct importers: ${countOf(importers, 'file', 'files')}.`;
  return weighFactor(
    { id: 'fanIn', value: importers, unit: importers === 1 ? 'importer' : 'importers', score: saturatingScore(importers, FAN_IN_SCALE), detail },
    weight,
  );
}
