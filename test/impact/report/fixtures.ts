/** Impact results for the report tests: a small change, and builders for graphs and hostile names. */

import type { AffectedTest, GraphEdge, RiskAssessment, RiskFactor } from '../../../src/impact/model.js';
import { RISK_FACTORS } from '../../../src/impact/model.js';
import { FACTOR_LABELS } from '../../../src/impact/risk/factor.js';
import type { ImpactResult } from '../../../src/impact/report/result.js';
import { createModuleGraph, type ModuleGraph } from '../../../src/impact/graph/index.js';

/**
 * A path that tries every way out of a Mermaid label, a Markdown context and
 * a newline list: quotes, brackets, backticks, a mention, a script tag, line
 * breaks, an arrow, an entity code, a Mermaid comment and a statement end.
 */
export const HOSTILE_PATH = 'src/"q" [b] {c} (d) `tick` @org/team <script>alert(1)</script>\nn9["x"] --> n0\r%% note; #35; &lt;.ts';

export function edge(from: string, to: string, overrides: Partial<GraphEdge> = {}): GraphEdge {
  return { from, to, kind: 'import', typeOnly: false, approximate: false, specifier: to, line: 1, via: 'relative', ...overrides };
}

/** Builds the module graph of `edges`, over the files at their ends, with the edges in the order given. */
export function graphOf(edges: readonly GraphEdge[]): ModuleGraph {
  const files = [...new Set(edges.flatMap((link) => [link.from, link.to]))].sort();
  return createModuleGraph(files, edges);
}

/** Builds a test reached through `chain`, the edges from the test to the changed module. */
export function chainTest(path: string, chain: GraphEdge[], need: AffectedTest['need'] = 'run'): AffectedTest {
  return { path, need, evidence: { kind: 'chain', edges: chain } };
}

export function factors(score = 0.1, weight = 10): RiskFactor[] {
  return RISK_FACTORS.map((id) => ({
    id,
    label: FACTOR_LABELS[id],
    value: 3,
    unit: 'units',
    score,
    weight,
    contribution: score * weight,
    detail: `Detail of ${id}.`,
  }));
}

export function risk(overrides: Partial<RiskAssessment> = {}): RiskAssessment {
  return {
    level: 'medium',
    score: 31.4,
    factors: factors(),
    strategy: { tiers: ['continuous'], reason: 'The risk is medium (score 31.4), so only continuous suites run now.' },
    ...overrides,
  };
}

/**
 * `src/core.ts` changed; `src/service.ts` imports it, and two tests import
 * the service. `test/types.test.ts` imports the core for types only.
 */
export function impactResult(overrides: Partial<ImpactResult> = {}): ImpactResult {
  const service = edge('src/service.ts', 'src/core.ts');
  const unitTest = edge('test/service.test.ts', 'src/service.ts');
  const e2eTest = edge('test/e2e.test.ts', 'src/service.ts');
  const typesTest = edge('test/types.test.ts', 'src/core.ts', { typeOnly: true });
  return {
    changedFiles: [
      { path: 'src/core.ts', status: 'modified', binary: false, addedLines: 12, deletedLines: 3 },
      { path: 'README.md', status: 'modified', binary: false, addedLines: 1, deletedLines: 1 },
    ],
    affectedTests: [
      chainTest('test/service.test.ts', [unitTest, service]),
      chainTest('test/e2e.test.ts', [e2eTest, service]),
      chainTest('test/types.test.ts', [typesTest], 'type-check'),
    ],
    affectedModules: ['src/core.ts', 'src/service.ts'],
    affectedPackages: ['@acme/core'],
    runAllReasons: [],
    suites: [
      { name: 'unit', tier: 'continuous', runsOn: ['ubuntu-latest'], reasons: ['src/** changed'] },
      { name: 'nightly-e2e', tier: 'daily', runsOn: ['self-hosted', 'gpu'], reasons: ['test/e2e.test.ts is affected'] },
    ],
    risk: risk(),
    notes: ['Compared with the merge base abc1234.'],
    warnings: ['src/dynamic.ts:4: the import of a computed path was not resolved.'],
    graph: graphOf([service, unitTest, e2eTest, typesTest, edge('src/unrelated.ts', 'src/other.ts')]),
    ...overrides,
  };
}
