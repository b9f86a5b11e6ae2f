/**
 * A repository whose tests no vitest or jest config names, such as a Go
 * module, runs every test with a reason instead of reporting that no test
 * is affected.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { TestRepo } from '../../git/fixture.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Creates a repository from `files` on main and a `feature` branch with `changed` written over it. */
function repository(files: Record<string, string>, changed: Record<string, string>): TestRepo {
  const repo = TestRepo.create('testmaster-no-tests-');
  repos.push(repo);
  for (const [path, text] of Object.entries(files)) repo.write(path, text);
  repo.commit('Add the files');
  repo.git('checkout', '--quiet', '-b', 'feature');
  for (const [path, text] of Object.entries(changed)) repo.write(path, text);
  if (Object.keys(changed).length > 0) repo.commit('Change the files');
  return repo;
}

const GO_MODULE = {
  'go.mod': 'module example.com/calc\n\ngo 1.19\n',
  'calc.go': 'package calc\n\nfunc Add(a, b int) int { return a + b }\n',
  'calc_test.go': 'package calc\n\nimport "testing"\n\nfunc TestAdd(t *testing.T) { if Add(1, 2) != 3 { t.Fail() } }\n',
};

describe('impact stage without test files', () => {
  it.each<{ name: string; files: Record<string, string>; changed: Record<string, string>; triggers: string[] }>([
    { name: 'Go module change', files: GO_MODULE, changed: { 'calc.go': 'package calc\n\nfunc Add(a, b int) int { return b + a }\n' }, triggers: ['no test files'] },
    { name: 'Go module, no change', files: GO_MODULE, changed: {}, triggers: [] },
    {
      name: 'vitest repository change',
      files: { 'package.json': '{"name":"a","private":true}\n', 'src/a.ts': 'export const a = 1;\n', 'test/a.test.ts': 'import { a } from "../src/a";\nexport const t = a;\n' },
      changed: { 'src/a.ts': 'export const a = 2;\n' },
      triggers: [],
    },
  ])('$name', async ({ files, changed, triggers }) => {
    const repo = repository(files, changed);

    const { json } = await runImpactOnly(repo.dir, { kind: 'local', base: 'main' });

    expect(json.runAll.reasons.map((reason) => reason.trigger)).toEqual(triggers);
  });

  it('names the sources of test files', async () => {
    const repo = repository(GO_MODULE, { 'calc.go': 'package calc\n' });

    const { json } = await runImpactOnly(repo.dir, { kind: 'local', base: 'main' });

    expect(json.runAll.reasons[0]?.detail).toContain('vitest and jest configs');
    expect(json.runAll.enabled).toBe(true);
  });

  it('names a sparse checkout that leaves the tests out', async () => {
    const repo = repository(
      { 'package.json': '{"name":"a","private":true}\n', 'src/a.ts': 'export const a = 1;\n', 'test/a.test.ts': 'import { a } from "../src/a";\nexport const t = a;\n' },
      { 'src/a.ts': 'export const a = 2;\n' },
    );
    repo.git('sparse-checkout', 'set', '--cone', 'src');

    const { json } = await runImpactOnly(repo.dir, { kind: 'local', base: 'main' });
    const fromCommit = await runImpactOnly(repo.dir, { kind: 'local', base: 'main', head: 'HEAD' }, { headSource: 'commit' });

    expect(json.runAll.reasons[0]?.detail).toMatch(/^no test file was found in the sparse checkout: .*git sparse-checkout add, or pass --head HEAD/);
    expect(fromCommit.json.affectedTests.map((test) => test.path)).toEqual(['test/a.test.ts']);
  });
});
