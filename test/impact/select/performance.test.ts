import { describe, expect, it } from 'vitest';
import { createModuleGraph } from '../../../src/impact/graph/index.js';
import type { GraphEdge } from '../../../src/impact/model.js';
import { selectImpact } from '../../../src/impact/select/index.js';
import { catalog, changed, edge, impactSettings, selectionInput } from './fixture.js';

const FILE_COUNT = 10_000;
const FAN_OUT = 5;

function file(index: number): string {
  return `src/m${index}.ts`;
}

/**
 * Builds a graph where file i imports files i-1 … i-5, which gives 49,985
 * edges, and every tenth file is a test. From a change to file 0, the
 * shortest chain from file t takes steps of 5, so it has ceil(t / 5) edges.
 * The search must find those chains, not longer ones.
 */
function layeredGraph() {
  const files = Array.from({ length: FILE_COUNT }, (_, index) => file(index));
  const edges: GraphEdge[] = [];
  for (let index = 1; index < FILE_COUNT; index++) {
    for (let step = 1; step <= FAN_OUT && step <= index; step++) {
      edges.push(edge(file(index), file(index - step), { typeOnly: step === 1 && index % 2 === 0 }));
    }
  }
  const tests = files.filter((_, index) => index % 10 === 9);
  return { graph: createModuleGraph(files, edges), tests, edges };
}

describe('selection on a large graph', () => {
  const { graph, tests, edges } = layeredGraph();

  it('graph size', () => {
    expect(graph.files).toHaveLength(FILE_COUNT);
    expect(edges.length).toBeGreaterThan(49_000);
    expect(graph.importersOf(file(100))).toHaveLength(FAN_OUT);
  });

  it('bottom change reaches every test', () => {
    const selection = selectImpact(selectionInput(graph, { changes: [changed(file(0))], tests: catalog(tests) }));
    expect(selection.affectedTests).toHaveLength(tests.length);
    expect(selection.affectedModules).toHaveLength(FILE_COUNT - 1);
    for (const test of selection.affectedTests) {
      const index = Number(/m(\d+)/.exec(test.path)![1]);
      expect(test.evidence.kind).toBe('chain');
      if (test.evidence.kind === 'chain') expect(test.evidence.edges).toHaveLength(Math.ceil(index / FAN_OUT));
      expect(test.need).toBe('run');
    }
  });

  it('top change reaches few tests', () => {
    const selection = selectImpact(selectionInput(graph, { changes: [changed(file(9_990))], tests: catalog(tests) }));
    expect(selection.affectedTests.map((test) => test.path)).toEqual([file(9_999)]);
    expect(selection.affectedModules).toHaveLength(9);
  });

  it('many changes at once', () => {
    const changes = Array.from({ length: 500 }, (_, index) => changed(file(index * 20)));
    const selection = selectImpact(selectionInput(graph, { changes, tests: catalog(tests), settings: impactSettings({ typeOnlyEdgesRun: true }) }));
    expect(selection.affectedTests).toHaveLength(tests.length);
    expect(selection.affectedTests.every((test) => test.need === 'run')).toBe(true);
  });
});
