import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { readGitHubContext, type ActionsVariables } from '../../src/github/context.js';

const HEAD = '1'.repeat(40);
const BASE = '2'.repeat(40);
const MERGE = '3'.repeat(40);

const repository = { full_name: 'octo-org/octo-repo', default_branch: 'main' };

function pullRequestPayload(headRepository: string | null) {
  return {
    repository,
    pull_request: {
      number: 7,
      head: { sha: HEAD, ref: 'feature', repo: headRepository === null ? null : { full_name: headRepository } },
      base: { sha: BASE, ref: 'main', repo: { full_name: 'octo-org/octo-repo' } },
    },
  };
}

const variables = (eventName: string): ActionsVariables => ({
  GITHUB_EVENT_NAME: eventName,
  GITHUB_REPOSITORY: 'octo-org/octo-repo',
  GITHUB_SHA: MERGE,
});

describe('readGitHubContext', () => {
  it.each([
    ['same-repository PR', 'pull_request', pullRequestPayload('octo-org/octo-repo'), false],
    ['fork PR', 'pull_request', pullRequestPayload('someone/octo-repo'), true],
    ['deleted fork', 'pull_request', pullRequestPayload(null), true],
    ['pull_request_target from a fork', 'pull_request_target', pullRequestPayload('someone/octo-repo'), true],
  ])('reads a %s', (_name, eventName, payload, fork) => {
    const context = readGitHubContext(payload, variables(eventName));

    expect(context).toMatchObject({
      eventName,
      owner: 'octo-org',
      repo: 'octo-repo',
      pullNumber: 7,
      headSha: HEAD,
      baseSha: BASE,
      baseRef: 'main',
      defaultBranch: 'main',
      isForkPullRequest: fork,
    });
  });

  it('reads a push', () => {
    const context = readGitHubContext({ repository, before: BASE, after: HEAD }, variables('push'));
    expect(context).toMatchObject({ headSha: HEAD, baseSha: BASE, isForkPullRequest: false });
    expect(context.pullNumber).toBeUndefined();
  });

  it('drops the all-zero before of a new branch', () => {
    const context = readGitHubContext({ repository, before: '0'.repeat(40), after: HEAD }, variables('push'));
    expect(context.baseSha).toBeUndefined();
  });

  it('reads a workflow_run from a fork', () => {
    const payload = {
      repository,
      workflow_run: {
        id: 4242,
        head_sha: HEAD,
        head_branch: 'feature',
        event: 'pull_request',
        head_repository: { full_name: 'someone/octo-repo' },
        pull_requests: [],
      },
    };

    const context = readGitHubContext(payload, variables('workflow_run'));

    expect(context.headSha).toBe(HEAD);
    expect(context.isForkPullRequest).toBe(true);
    expect(context.pullNumber).toBeUndefined();
    expect(context.workflowRun).toEqual({
      id: 4242,
      headSha: HEAD,
      headRepository: 'someone/octo-repo',
      headBranch: 'feature',
      event: 'pull_request',
      pullNumbers: [],
    });
  });

  it('takes the PR number of a same-repository workflow_run', () => {
    const payload = {
      repository,
      workflow_run: {
        id: 1,
        head_sha: HEAD,
        head_repository: { full_name: 'octo-org/octo-repo' },
        pull_requests: [{ number: 9, base: { ref: 'main' } }],
      },
    };
    const context = readGitHubContext(payload, variables('workflow_run'));
    expect(context.pullNumber).toBe(9);
    expect(context.baseRef).toBe('main');
  });

  it('reads a merge_group', () => {
    const payload = { repository, merge_group: { head_sha: HEAD, base_sha: BASE, base_ref: 'refs/heads/main' } };
    expect(readGitHubContext(payload, variables('merge_group'))).toMatchObject({ headSha: HEAD, baseSha: BASE, baseRef: 'main' });
  });

  it('falls back to GITHUB_SHA for other events', () => {
    expect(readGitHubContext({}, variables('workflow_dispatch')).headSha).toBe(MERGE);
  });

  it('takes the repository from the payload without GITHUB_REPOSITORY', () => {
    const context = readGitHubContext({ repository }, { GITHUB_EVENT_NAME: 'push', GITHUB_SHA: HEAD });
    expect(context.owner).toBe('octo-org');
  });

  it.each([
    ['no repository', {}, { GITHUB_SHA: HEAD }, /GITHUB_REPOSITORY/],
    ['a malformed repository', {}, { GITHUB_REPOSITORY: 'just-a-name', GITHUB_SHA: HEAD }, /owner\/name/],
    ['no commit', {}, { GITHUB_REPOSITORY: 'o/r' }, /GITHUB_SHA/],
    ['a short commit', {}, { GITHUB_REPOSITORY: 'o/r', GITHUB_SHA: 'abc123' }, /not a full commit SHA/],
    ['a workflow_run without its object', {}, { GITHUB_REPOSITORY: 'o/r', GITHUB_EVENT_NAME: 'workflow_run' }, /workflow_run object/],
  ])('rejects %s', (_name, payload, values, message) => {
    expect(() => readGitHubContext(payload, values)).toThrow(UserError);
    expect(() => readGitHubContext(payload, values)).toThrow(message);
  });
});
