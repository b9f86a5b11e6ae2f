import { afterEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { checkHeadIsCheckedOut } from '../../src/coverage/head-commit.js';
import { TestRepo } from '../git/fixture.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Main with one commit and `feature` one commit ahead; main stays checked out. */
function createRepository(): { repo: TestRepo; mainSha: string; featureSha: string } {
  const repo = TestRepo.create('testmaster-head-commit-');
  repos.push(repo);
  repo.write('a.js', 'one\n');
  const mainSha = repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.write('new.js', 'two\n');
  const featureSha = repo.commit('change');
  repo.git('checkout', '--quiet', 'main');
  return { repo, mainSha, featureSha };
}

describe('checkHeadIsCheckedOut', () => {
  it.each(['HEAD', 'main', 'main~0'])('accepts %s, the checked-out commit', async (head) => {
    const { repo } = createRepository();

    await expect(checkHeadIsCheckedOut(repo.dir, head, '--head')).resolves.toBeNull();
  });

  it('accepts the full SHA of the checked-out commit', async () => {
    const { repo, mainSha } = createRepository();

    await expect(checkHeadIsCheckedOut(repo.dir, mainSha, '--head')).resolves.toBeNull();
  });

  it('rejects another commit with both SHAs', async () => {
    const { repo, mainSha, featureSha } = createRepository();

    const error = await checkHeadIsCheckedOut(repo.dir, 'feature', '--head').catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toContain(`--head "feature" is commit ${featureSha.slice(0, 7)}, but the checked-out commit is ${mainSha.slice(0, 7)}.`);
    expect((error as Error).message).toContain('Check out feature first');
  });

  it('returns a missing ref as a problem', async () => {
    const { repo } = createRepository();

    const problem = await checkHeadIsCheckedOut(repo.dir, 'nosuchref', '--head');

    expect(problem).toBeInstanceOf(UserError);
    expect(problem?.message).toMatch(/^--head "nosuchref": The ref or commit "nosuchref" was not found/);
  });
});
