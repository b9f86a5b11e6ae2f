import { afterEach, describe, expect, it } from 'vitest';
import { resolveTokenLogin, upsertStickyComment } from '../../src/github/sticky-comment.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, INSTALLATION_TOKEN, OWNER, REPO, startTestStandIn } from './fixture.js';

const MARKER = '<!-- testmaster:report=coverage -->';
const PULL = { owner: OWNER, repo: REPO, pullNumber: 1 };
const LOGIN = 'testmaster-user';

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

describe('upsertStickyComment', () => {
  it('keeps one comment over two sequential runs', async () => {
    standIn = await startTestStandIn();
    const client = clientFor(standIn);

    const first = await upsertStickyComment(client, PULL, { marker: MARKER, body: `${MARKER}\nfirst`, login: LOGIN });
    const second = await upsertStickyComment(client, PULL, { marker: MARKER, body: `${MARKER}\nsecond`, login: LOGIN });

    expect(first.action).toBe('created');
    expect(second.action).toBe('updated');
    expect(second.commentId).toBe(first.commentId);
    const comments = standIn.state.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toBe(`${MARKER}\nsecond`);
  });

  it('skips the update when the body is unchanged', async () => {
    standIn = await startTestStandIn();
    const client = clientFor(standIn);
    await upsertStickyComment(client, PULL, { marker: MARKER, body: 'same', login: LOGIN });

    const again = await upsertStickyComment(client, PULL, { marker: MARKER, body: 'same', login: LOGIN });

    expect(again.action).toBe('unchanged');
    expect(standIn.count('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(0);
    expect(standIn.state.commentsOn(1)[0]?.body).toBe(`${MARKER}\nsame`);
  });

  it.each([2, 5])('converges on one comment with %i concurrent runs', async (runs) => {
    standIn = await startTestStandIn();
    const server = standIn;
    const bodies = Array.from({ length: runs }, (_, index) => `${MARKER}\nrun ${index}`);

    const outcomes = await Promise.all(
      bodies.map((body) => upsertStickyComment(clientFor(server), PULL, { marker: MARKER, body, login: LOGIN })),
    );

    const comments = server.state.commentsOn(1);
    expect(comments).toHaveLength(1);
    expect(bodies).toContain(comments[0]?.body);
    expect(server.count('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(runs);
    for (const outcome of outcomes) expect(outcome.commentId).toBe(comments[0]?.id);
  });

  it('finds its comment on page 3 of 250 by others', async () => {
    standIn = await startTestStandIn();
    for (let index = 0; index < 210; index += 1) standIn.state.addComment(1, `reviewer-${index % 7}`, `comment ${index}`);
    const ours = standIn.state.addComment(1, LOGIN, `${MARKER}\nold report`);
    for (let index = 0; index < 40; index += 1) standIn.state.addComment(1, 'reviewer', `late comment ${index}`);

    const outcome = await upsertStickyComment(clientFor(standIn), PULL, { marker: MARKER, body: 'new report', login: LOGIN });

    expect(outcome).toMatchObject({ action: 'updated', commentId: ours.id, deduplicated: 0 });
    const listRequests = standIn.requests.filter((request) => request.method === 'GET' && request.route?.endsWith('/comments'));
    expect(listRequests.map((request) => request.query.page ?? '1')).toEqual(['1', '2', '3']);
    expect(standIn.state.commentsOn(1)).toHaveLength(251);
  });

  it('leaves marked comments by other identities alone', async () => {
    standIn = await startTestStandIn();
    const foreign = standIn.state.addComment(1, 'someone-else', `${MARKER}\nquoted by a reviewer`);

    const outcome = await upsertStickyComment(clientFor(standIn), PULL, { marker: MARKER, body: 'report', login: LOGIN });

    expect(outcome.action).toBe('created');
    expect(outcome.commentId).not.toBe(foreign.id);
    expect(standIn.state.findComment(foreign.id)?.body).toBe(`${MARKER}\nquoted by a reviewer`);
    expect(standIn.state.commentsOn(1)).toHaveLength(2);
  });

  it('deletes older duplicates and keeps the lowest id', async () => {
    standIn = await startTestStandIn();
    const oldest = standIn.state.addComment(1, LOGIN, `${MARKER}\na`);
    standIn.state.addComment(1, LOGIN, `${MARKER}\nb`);
    standIn.state.addComment(1, LOGIN, `${MARKER}\nc`);

    const outcome = await upsertStickyComment(clientFor(standIn), PULL, { marker: MARKER, body: 'd', login: LOGIN });

    expect(outcome).toMatchObject({ action: 'updated', commentId: oldest.id, deduplicated: 2 });
    expect(standIn.state.commentsOn(1).map((comment) => comment.id)).toEqual([oldest.id]);
  });

  it('leaves comments of another report name alone', async () => {
    standIn = await startTestStandIn();
    const other = standIn.state.addComment(1, LOGIN, '<!-- testmaster:report=impact -->\nimpact');

    await upsertStickyComment(clientFor(standIn), PULL, { marker: MARKER, body: 'coverage', login: LOGIN });

    expect(standIn.state.findComment(other.id)?.body).toBe('<!-- testmaster:report=impact -->\nimpact');
    expect(standIn.state.commentsOn(1)).toHaveLength(2);
  });
});

describe('resolveTokenLogin', () => {
  it.each([
    ['user token', undefined, 'testmaster-user'],
    ['installation token', INSTALLATION_TOKEN, 'github-actions[bot]'],
  ])('returns the login for a %s', async (_name, token, expected) => {
    standIn = await startTestStandIn();
    expect(await resolveTokenLogin(clientFor(standIn, token))).toBe(expected);
  });

  it('uses the configured fallback for installation tokens', async () => {
    standIn = await startTestStandIn();
    expect(await resolveTokenLogin(clientFor(standIn, INSTALLATION_TOKEN), 'my-app[bot]')).toBe('my-app[bot]');
  });
});
