/**
 * Criss-cross merges leave two merge bases. A diff from either one can miss
 * a file that merging the head into the base changes, so every test runs,
 * with a reason that names the merge bases.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestRepo } from '../../git/fixture.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Creates `main` and `feature`, each of which merged the branches `x` and `y` in another order, and a change to b.ts on `feature`. */
function crissCrossRepository(): TestRepo {
  const repo = TestRepo.create('testmaster-criss-cross-');
  repos.push(repo);
  repo.write('package.json', JSON.stringify({ name: 'cc', private: true, devDependencies: { vitest: '^4.0.0' } }));
  repo.write('src/a.ts', 'export const a = 1;\n');
  repo.write('src/b.ts', 'export const b = 1;\n');
  repo.write('test/a.test.ts', 'import { a } from "../src/a";\nexport const t = a;\n');
  repo.write('test/b.test.ts', 'import { b } from "../src/b";\nexport const t = b;\n');
  repo.commit('Add the modules');
  for (const side of ['x', 'y']) {
    repo.git('checkout', '--quiet', '-b', side, 'main');
    repo.write(`src/${side}.ts`, `export const ${side} = 1;\n`);
    repo.commit(`Add ${side}`);
  }
  repo.git('checkout', '--quiet', '-b', 'feature', 'x');
  repo.git('merge', '--quiet', '--no-edit', 'y');
  repo.write('src/b.ts', 'export const b = 2;\n');
  repo.commit('Change b');
  repo.git('checkout', '--quiet', 'main');
  repo.git('merge', '--quiet', '--no-edit', 'y');
  repo.git('merge', '--quiet', '--no-edit', 'x');
  repo.git('checkout', '--quiet', 'feature');
  return repo;
}

describe('impact stage after criss-cross merges', () => {
  it.each([
    { name: 'working tree', change: { kind: 'local', base: 'main' } as const },
    { name: 'head commit', change: { kind: 'local', base: 'main', head: 'HEAD' } as const },
    { name: 'pull request', change: { kind: 'pull-request', baseRef: 'main', headRef: 'feature' } as const },
  ])('runs every test: $name', async ({ change }) => {
    const repo = crissCrossRepository();
    expect(repo.git('merge-base', '--all', 'main', 'feature').trim().split('\n')).toHaveLength(2);

    const { json } = await runImpactOnly(repo.dir, change);

    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons[0]?.detail).toMatch(/have 2 merge bases \([0-9a-f]{12}, [0-9a-f]{12}\), left by criss-cross merges/);
  });
});
