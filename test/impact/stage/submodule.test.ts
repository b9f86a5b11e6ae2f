/**
 * A submodule's files are not part of the graph, so a change of its commit
 * runs every test, with a reason that names the submodule.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestRepo } from '../../git/fixture.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Creates a repository whose `feature` branch moves the submodule `sub` to a commit that changes sub/src/a.ts, which a test imports. */
function submoduleRepository(): TestRepo {
  const library = TestRepo.create('testmaster-submodule-lib-');
  repos.push(library);
  library.write('src/a.ts', 'export const a = 1;\n');
  library.commit('Add a');

  const repo = TestRepo.create('testmaster-submodule-');
  repos.push(repo);
  repo.write('package.json', JSON.stringify({ name: 'outer', private: true, devDependencies: { vitest: '^4.0.0' } }));
  repo.write('test/sub.test.ts', 'import { a } from "../sub/src/a";\nexport const t = a;\n');
  repo.git('-c', 'protocol.file.allow=always', 'submodule', '--quiet', 'add', library.dir, 'sub');
  repo.commit('Add the submodule');

  library.write('src/a.ts', 'export const a = 2;\n');
  const moved = library.commit('Change a');
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.git('-C', 'sub', '-c', 'protocol.file.allow=always', 'fetch', '--quiet', 'origin');
  repo.git('-C', 'sub', 'checkout', '--quiet', moved);
  repo.commit('Move the submodule');
  return repo;
}

describe('impact stage with a submodule', () => {
  it.each([
    { name: 'working tree', change: { kind: 'local', base: 'main' } as const },
    { name: 'head commit', change: { kind: 'local', base: 'main', head: 'HEAD' } as const },
  ])('runs every test when it moves: $name', async ({ change }) => {
    const repo = submoduleRepository();

    const { json } = await runImpactOnly(repo.dir, change);

    expect(json.changedFiles.map((file) => file.path)).toEqual(['sub']);
    expect(json.runAll.reasons.map((reason) => [reason.trigger, reason.file])).toEqual([['submodule', 'sub']]);
  });
});
