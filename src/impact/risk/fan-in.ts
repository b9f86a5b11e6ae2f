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

/** Returns the edges whose target is `path`, as `ModuleGraph.importersOf` does. */
export type ImportersOf = (path: string) => readonly GraphEdge[];

/**
 * Counts the distinct files with an edge to each changed path. A file's edge
 * to itself does not count. Every edge kind counts, type-only ones included,
 * because a changed type can break its importers' build. Only the edges
 * into the changed paths are read, not the whole graph.
 */
export function directImporterCounts(changedPaths: readonly string[], importersOf: ImportersOf): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of changedPaths) {
    if (counts.has(path)) continue;
    const importers = new Set<string>();
    for (const edge of importersOf(path)) if (edge.from !== path) importers.add(edge.from);
    counts.set(path, importers.size);
  }
  return counts;
}

/** Measures the changed module with the most direct importers. */
export function fanInFactor(changedPaths: readonly string[], importersOf: ImportersOf, weight: number): RiskFactor {
  let top: [string, number] | undefined;
  for (const entry of directImporterCounts(changedPaths, importersOf)) {
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
