import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBaseWithoutPayload } from '../../src/actions/pull-request-base.js';
import type { GitHubContext } from '../../src/github/context.js';
import { TestRepo } from '../git/fixture.js';

const repos: TestRepo[] = [];
let origin: TestRepo;
let mainSha: string;
let featureSha: string;

function keep(repo: TestRepo): TestRepo {
  repos.push(repo);
  return repo;
}

/** The context that `readGitHubContext` builds for a pull_request run without an event payload. */
function payloadlessContext(baseRef: string | undefined): GitHubContext {
  return { eventName: 'pull_request', owner: 'me', repo: 'trial', headSha: featureSha, baseRef, isForkPullRequest: false };
}

beforeAll(() => {
  origin = keep(TestRepo.create('testmaster-pr-base-'));
  origin.write('a.txt', 'a\n');
  mainSha = origin.commit('base');
  origin.git('switch', '--quiet', '--create', 'feature');
  origin.write('b.txt', 'b\n');
  featureSha = origin.commit('feature');
});

afterAll(() => {
  for (const repo of repos) repo.remove();
});

describe('findBaseWithoutPayload', () => {
  it('uses origin/GITHUB_BASE_REF', async () => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    const base = await findBaseWithoutPayload(clone.dir, payloadlessContext('main'), undefined);

    expect(base).toEqual({
      found: true,
      sha: mainSha,
      note: "GITHUB_EVENT_PATH is not set, so this pull_request run has no event payload to name the pull request's base commit. The base is origin/main, the branch that GITHUB_BASE_REF names.",
    });
  });

  it('fetches a base branch the clone lacks', async () => {
    const clone = keep(TestRepo.clone(origin, '--depth', '1', '--branch', 'feature'));
    expect(clone.git('branch', '--remotes')).not.toContain('origin/main');

    const base = await findBaseWithoutPayload(clone.dir, payloadlessContext('main'), undefined);

    expect(base).toMatchObject({ found: true, sha: mainSha });
    expect(clone.git('rev-parse', 'refs/remotes/origin/main').trim()).toBe(mainSha);
  });

  it('names a payload without a pull request', async () => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    const base = await findBaseWithoutPayload(clone.dir, payloadlessContext('main'), '/tmp/event.json');

    expect(base.found).toBe(true);
    expect(base.found ? base.note : '').toMatch(/^The event payload \/tmp\/event\.json \(GITHUB_EVENT_PATH\) has no pull_request object/);
  });

  it.each([
    {
      name: 'without GITHUB_BASE_REF',
      baseRef: undefined,
      reason: /^GITHUB_EVENT_PATH is not set, .* and GITHUB_BASE_REF is not set either\. Run this step on a pull request event/,
    },
    { name: 'for a missing branch', baseRef: 'nosuchbranch', reason: /origin\/nosuchbranch is not in the clone, and git fetch origin .* failed: .* Set fetch-depth: 0/ },
    { name: 'for an invalid branch name', baseRef: 'bad..name', reason: /"bad\.\.name" is not a valid branch name/ },
    { name: 'for a branch that reads as an option', baseRef: '--upload-pack=x', reason: /"--upload-pack=x" is not a valid branch name/ },
  ])('reports the cause $name', async ({ baseRef, reason }) => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    const base = await findBaseWithoutPayload(clone.dir, payloadlessContext(baseRef), undefined);

    expect(base.found).toBe(false);
    expect(base.found ? '' : base.reason).toMatch(reason);
  });
});
