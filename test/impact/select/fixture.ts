import { createModuleGraph, type ModuleGraph } from '../../../src/impact/graph/index.js';
import { RISK_FACTORS, type ChangedFile, type ChangeStatus, type GraphEdge, type ImpactSettings } from '../../../src/impact/model.js';
import type { SelectImpactInput, SetupFile, TestCatalog } from '../../../src/impact/select/index.js';

/** Returns impact settings with no globs, suites or triggers, and `overrides` on top. */
export function impactSettings(overrides: Partial<ImpactSettings> = {}): ImpactSettings {
  return {
    tests: { include: [], exclude: [] },
    triggers: [],
    typeOnlyEdgesRun: false,
    equivalentChangesRun: false,
    suites: [],
    sensitivePaths: [],
    risk: {
      weights: Object.fromEntries(RISK_FACTORS.map((id) => [id, 1])) as ImpactSettings['risk']['weights'],
      levels: { medium: 25, high: 50, critical: 75 },
    },
    ...overrides,
  };
}

export function changed(path: string, status: ChangeStatus = 'modified'): ChangedFile {
  return { path, status, binary: false, addedLines: 1, deletedLines: status === 'added' ? 0 : 1 };
}

/** Returns an `import` edge from `from` to `to`, with `options` on top. */
export function edge(from: string, to: string, options: Partial<GraphEdge> = {}): GraphEdge {
  return { from, to, kind: 'import', typeOnly: false, approximate: false, specifier: `./${to}`, line: 1, via: 'relative', ...options };
}

/** Builds a graph over `files` plus every endpoint of `edges`. */
export function graphOf(files: readonly string[], edges: readonly GraphEdge[]): ModuleGraph {
  const all = new Set(files);
  for (const { from, to } of edges) all.add(from).add(to);
  return createModuleGraph([...all].sort(), edges);
}

/** Returns a test catalog whose tests are `tests`, and whose patterns name vitest's default include. */
export function catalog(tests: readonly string[], setupFiles: readonly SetupFile[] = []): TestCatalog {
  return {
    files: new Set(tests),
    setupFiles,
    patternsFor: () => ['vitest\'s default include "**/*.{test,spec}.?(c|m)[jt]s?(x)"'],
  };
}

/** Returns selection input over `head` with no changes, triggers or packages, and `overrides` on top. */
export function selectionInput(head: ModuleGraph, overrides: Partial<SelectImpactInput> = {}): SelectImpactInput {
  return {
    head,
    changes: [],
    settings: impactSettings(),
    tests: catalog(head.files.filter((path) => path.includes('.test.'))),
    workspaces: [],
    dependencyChanges: [],
    lockfiles: [],
    ...overrides,
  };
}
