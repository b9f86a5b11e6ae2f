/**
 * Risk of a change that deletes a module: its importers, centrality and the
 * names that public modules lose are measured in the base graph, first on
 * small graphs, then through the stage on the npm workspace monorepo.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createModuleGraph } from '../../../src/impact/graph/module-graph.js';
import type { RiskFactor } from '../../../src/impact/model.js';
import { fanInImporters, findLostReExports, measureChangeCentrality } from '../../../src/impact/stage/risk-inputs.js';
import { changedFile, edge } from '../risk/fixtures.js';
import { commitFiles, createMonorepo, FEATURE_BRANCH, monorepoFiles, type Monorepo } from '../support/monorepo.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const cleanups: (() => void)[] = [];

afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function monorepo(): Monorepo {
  const created = createMonorepo();
  cleanups.push(() => created.repo.remove());
  return created;
}

/** `index.ts` re-exports `fmt.ts`, which `app.ts` and `page.ts` reach through it; the head deletes `fmt.ts`. */
const BASE = createModuleGraph(
  ['app.ts', 'fmt.ts', 'index.ts', 'other.ts', 'page.ts'],
  [edge('app.ts', 'index.ts'), edge('page.ts', 'index.ts'), edge('index.ts', 'fmt.ts', { kind: 're-export', specifier: './fmt' }), edge('other.ts', 'fmt.ts')],
);
const HEAD = createModuleGraph(['app.ts', 'index.ts', 'other.ts', 'page.ts'], [edge('app.ts', 'index.ts'), edge('page.ts', 'index.ts')]);
const DELETION = [{ ...changedFile('fmt.ts', 0, 3), status: 'deleted' as const }];
const PUBLIC = { entryPoints: new Set(['index.ts']), importedFromOutside: new Set<string>() };

describe('risk inputs of a deleted module', () => {
  it('adds the base importers of the deleted module', () => {
    const importersOf = fanInImporters(HEAD, BASE, DELETION);

    expect(importersOf('fmt.ts').map((candidate) => candidate.from)).toEqual(['index.ts', 'other.ts']);
    expect(importersOf('index.ts')).toEqual(HEAD.importersOf('index.ts'));
  });

  it('keeps the head importers without a base graph', () => {
    const importersOf = fanInImporters(HEAD, null, DELETION);

    expect(importersOf('fmt.ts')).toEqual([]);
    expect(importersOf('index.ts')).toEqual(HEAD.importersOf('index.ts'));
  });

  it('measures centrality in the base graph', () => {
    // index.ts, other.ts, app.ts and page.ts reach fmt.ts: 4 of 5 base modules.
    expect(measureChangeCentrality(HEAD, BASE, DELETION)).toEqual({ share: 0.8, module: 'fmt.ts' });
    expect(measureChangeCentrality(HEAD, null, DELETION)).toEqual({ share: 0, module: null });
  });

  it('finds public re-exports of the deleted module', () => {
    expect(findLostReExports(HEAD, BASE, DELETION, PUBLIC)).toEqual(new Map([['index.ts', ['./fmt']]]));
  });

  it.each([
    ['a private re-exporter', HEAD, { entryPoints: new Set<string>(), importedFromOutside: new Set<string>() }],
    ['a specifier that resolves at the head', createModuleGraph(HEAD.files, [...HEAD.edges, edge('index.ts', 'fmt/index.ts', { kind: 're-export', specifier: './fmt' })]), PUBLIC],
    ['a deleted re-exporter', createModuleGraph(['app.ts', 'other.ts', 'page.ts'], []), PUBLIC],
  ])('ignores %s', (_, head, publicModules) => {
    expect(findLostReExports(head, BASE, DELETION, publicModules)).toEqual(new Map());
  });
});

function factor(factors: readonly RiskFactor[], id: RiskFactor['id']): RiskFactor {
  return factors.find((candidate) => candidate.id === id)!;
}

describe('impact stage risk of a deleted module', () => {
  it('measures the base graph and the lost export', async () => {
    const { repo, dir } = monorepo();
    commitFiles(repo, { 'packages/core/src/format.ts': null }, 'Remove the price format');

    const { json } = await runImpactOnly(dir, { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH });
    const factors = json.risk.factors;

    // The core entry re-exports the module, and a core test and a web test import it.
    expect(factor(factors, 'fanIn').value).toBe(3);
    expect(factor(factors, 'fanIn').detail).toBe('"packages/core/src/format.ts" has the most direct importers: 3 files.');
    expect(factor(factors, 'centrality').value).toBeGreaterThan(0);
    // The web test imports format.ts from outside its package, so it is public too, and both modules lose formatPrice.
    expect(factor(factors, 'deletedExports').value).toBe(2);
    expect(factor(factors, 'deletedExports').detail).toBe('2 exports of public modules were deleted; "packages/core/src/format.ts" no longer exports "formatPrice".');
  });

  it('counts what the package entry re-exported from a private module', async () => {
    const { repo, dir } = monorepo();
    const index = monorepoFiles()['packages/core/src/index.ts']!;
    commitFiles(repo, { 'packages/core/src/units.ts': 'export const unit = 1;\n', 'packages/core/src/index.ts': `${index}export { unit } from './units';\n` }, 'Add units');
    repo.git('branch', '--force', 'main', 'HEAD');
    commitFiles(repo, { 'packages/core/src/units.ts': null }, 'Remove units');

    const { json } = await runImpactOnly(dir, { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH });

    expect(factor(json.risk.factors, 'deletedExports').value).toBe(1);
    expect(factor(json.risk.factors, 'deletedExports').detail).toBe('1 export of public modules was deleted; "packages/core/src/index.ts" no longer exports "unit".');
  });

  it('scores a deletion above an edit of the same module', async () => {
    const deleted = monorepo();
    commitFiles(deleted.repo, { 'packages/core/src/format.ts': null }, 'Remove the price format');
    const edited = monorepo();
    commitFiles(edited.repo, { 'packages/core/src/format.ts': monorepoFiles()['packages/core/src/format.ts']!.replace('toFixed(2)', 'toFixed(3)') }, 'Round to 3 places');
    const change = { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH } as const;

    const deletion = await runImpactOnly(deleted.dir, change);
    const edit = await runImpactOnly(edited.dir, change);

    expect(factor(deletion.json.risk.factors, 'fanIn').value).toBe(factor(edit.json.risk.factors, 'fanIn').value);
    expect(factor(deletion.json.risk.factors, 'centrality').value).toBe(factor(edit.json.risk.factors, 'centrality').value);
    expect(deletion.json.risk.score).toBeGreaterThan(edit.json.risk.score);
  });
});
