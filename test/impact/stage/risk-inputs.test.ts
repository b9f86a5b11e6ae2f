/** Centrality of the changed modules: the largest share of modules that reach one of them. */

import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../bench/seeded-random.js';
import { createModuleGraph, type ModuleGraph } from '../../../src/impact/graph/module-graph.js';
import type { GraphEdge } from '../../../src/impact/model.js';
import { measureCentrality } from '../../../src/impact/stage/risk-inputs.js';
import { changedFile, edge } from '../risk/fixtures.js';

function graphOf(files: string[], edges: GraphEdge[]): ModuleGraph {
  return createModuleGraph(files, edges);
}

/**
 * `core.ts` is imported by `mid.ts`, which `app.ts` and `cli.ts` import;
 * `util.ts` is imported by `core.ts` alone. Ten files in all.
 */
const CHAIN = graphOf(
  ['app.ts', 'cli.ts', 'core.ts', 'e.ts', 'f.ts', 'g.ts', 'h.ts', 'i.ts', 'mid.ts', 'util.ts'],
  [edge('mid.ts', 'core.ts'), edge('app.ts', 'mid.ts'), edge('cli.ts', 'mid.ts'), edge('core.ts', 'util.ts')],
);

/** `a.ts` and `b.ts` import each other, and `c.ts` imports `a.ts`. */
const CYCLE = graphOf(['a.ts', 'b.ts', 'c.ts', 'd.ts'], [edge('a.ts', 'b.ts'), edge('b.ts', 'a.ts'), edge('c.ts', 'a.ts')]);

describe('measureCentrality', () => {
  it.each([
    ['one changed module', CHAIN, ['core.ts'], { share: 0.3, module: 'core.ts' }],
    ['a module reached through another changed one', CHAIN, ['core.ts', 'util.ts'], { share: 0.4, module: 'util.ts' }],
    ['the module with fewer importers listed first', CHAIN, ['util.ts', 'mid.ts'], { share: 0.4, module: 'util.ts' }],
    ['a module without importers', CHAIN, ['app.ts'], { share: 0, module: null }],
    ['a cycle, where the first of equal shares wins', CYCLE, ['a.ts', 'b.ts'], { share: 0.5, module: 'a.ts' }],
    ['a cycle listed the other way', CYCLE, ['b.ts', 'a.ts'], { share: 0.5, module: 'a.ts' }],
  ])('measures %s', (_name, graph, paths, expected) => {
    expect(measureCentrality(graph, paths.map((path) => changedFile(path, 1)))).toEqual(expected);
  });
});

/** Returns a seeded generator of integers below `limit`, so that a failing case can be replayed. */
function seededIntegers(seed: number): (limit: number) => number {
  const random = seededRandom(seed);
  return (limit) => Math.floor(random() * limit);
}

/** Counts the modules that reach `start`, one walk per module, as the measure did before it skipped walks. */
function reachingCount(graph: ModuleGraph, start: string): number {
  const seen = new Set([start]);
  const queue = [start];
  for (let index = 0; index < queue.length; index += 1) {
    for (const link of graph.importersOf(queue[index]!)) {
      if (!seen.has(link.from)) {
        seen.add(link.from);
        queue.push(link.from);
      }
    }
  }
  return seen.size - 1;
}

describe('measureCentrality against one walk per module', () => {
  it.each(Array.from({ length: 100 }, (_, seed) => seed + 1))('matches on random graph %i', (seed) => {
    const next = seededIntegers(seed);
    const files = Array.from({ length: 4 + next(30) }, (_, index) => `m${index}.ts`);
    const edges = files.flatMap((path) => Array.from({ length: next(4) }, () => edge(path, files[next(files.length)]!)));
    const graph = graphOf(files, edges);
    const changed = [...new Set(Array.from({ length: 1 + next(6) }, () => files[next(files.length)]!))];

    const candidates = changed
      .filter((path) => graph.importersOf(path).length > 0)
      .sort((a, b) => graph.importersOf(b).length - graph.importersOf(a).length || (a < b ? -1 : 1));
    let expected: { share: number; module: string | null } = { share: 0, module: null };
    for (const path of candidates) {
      const share = Math.min(reachingCount(graph, path) / files.length, 1);
      if (share > expected.share) expected = { share, module: path };
    }

    expect(measureCentrality(graph, changed.map((path) => changedFile(path, 1)))).toEqual(expected);
  });
});
