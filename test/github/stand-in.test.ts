/** Tests of the GitHub API stand-in itself, over raw HTTP so that no client hides its behaviour. */
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_TOKEN, SECONDARY_RATE_LIMIT_MESSAGE, type StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, INSTALLATION_TOKEN, OWNER, READ_ONLY_TOKEN, REPO, startTestStandIn } from './fixture.js';

const REPO_PATH = `/repos/${OWNER}/${REPO}`;

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

async function call(
  method: string,
  path: string,
  body?: unknown,
  token: string = DEFAULT_TOKEN,
): Promise<{ status: number; headers: Headers; json: any }> {
  const response = await fetch(`${standIn!.url}${path}`, {
    method,
    headers: { authorization: `token ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, json: text === '' ? undefined : JSON.parse(text) };
}

/** Removes and returns the recorded violations, so that the clean-up check finds none. */
function takeViolations(): string[] {
  const reasons = standIn!.violations.map((violation) => violation.reason);
  standIn!.violations.length = 0;
  return reasons;
}

const ANNOTATION = { path: 'a.ts', start_line: 1, end_line: 1, annotation_level: 'notice', message: 'm' };

describe('stand-in request validation', () => {
  it.each([
    ['an unknown route', 'GET', '/repos/o/r/nothing-here', undefined, 404, /no operation .* matches GET \/repos\/o\/r\/nothing-here/],
    ['a non-integer path parameter', 'GET', `${REPO_PATH}/pulls/abc`, undefined, 422, /path parameter "pull_number"="abc" must be integer/],
    ['an undefined query parameter', 'GET', `${REPO_PATH}/issues/1/comments?perpage=5`, undefined, 422, /query parameter "perpage" is not defined/],
    ['a non-integer query parameter', 'GET', `${REPO_PATH}/issues/1/comments?page=two`, undefined, 422, /query parameter "page"="two" must be integer/],
    ['a body without a required field', 'POST', `${REPO_PATH}/check-runs`, { name: 'x' }, 422, /must have required property 'head_sha'/],
    ['a misspelt body field', 'POST', `${REPO_PATH}/issues/1/comments`, { body: 'x', bdy: 'y' }, 422, /body\.bdy is not a field/],
    ['a misspelt nested field', 'POST', `${REPO_PATH}/check-runs`, { name: 'x', head_sha: 'a', output: { title: 't', summary: 's', annotation: [] } }, 422, /body\.output\.annotation is not a field/],
    ['51 annotations in one request', 'POST', `${REPO_PATH}/check-runs`, { name: 'x', head_sha: 'a', output: { title: 't', summary: 's', annotations: Array(51).fill(ANNOTATION) } }, 422, /must NOT have more than 50 items/],
    ['a wrong enum value', 'POST', `${REPO_PATH}/check-runs`, { name: 'x', head_sha: 'a', conclusion: 'passed' }, 422, /must be equal to one of the allowed values/],
    ['a completed update without conclusion', 'PATCH', `${REPO_PATH}/check-runs/1`, { status: 'completed' }, 422, /must have required property 'conclusion'/],
    ['a body on a DELETE', 'DELETE', `${REPO_PATH}/issues/comments/1`, { reason: 'x' }, 422, /takes no request body/],
  ])('records %s', async (_name, method, path, body, status, reason) => {
    standIn = await startTestStandIn();

    const response = await call(method, path, body);

    expect(response.status).toBe(status);
    const violations = takeViolations();
    expect(violations.length).toBeGreaterThan(0);
    expect(violations.join('\n')).toMatch(reason);
  });

  it('records the request with its route', async () => {
    standIn = await startTestStandIn();

    await call('POST', `${REPO_PATH}/issues/1/comments`, { body: 'hello' });

    expect(standIn.requests).toEqual([
      {
        method: 'POST',
        path: `${REPO_PATH}/issues/1/comments`,
        route: '/repos/{owner}/{repo}/issues/{issue_number}/comments',
        query: {},
        body: { body: 'hello' },
        login: 'testmaster-user',
        status: 201,
      },
    ]);
  });
});

describe('stand-in pagination', () => {
  it.each([
    ['', 30, ['next', 'last']],
    ['?page=2', 30, ['prev', 'next', 'last', 'first']],
    ['?page=4', 20, ['prev', 'first']],
    ['?per_page=100', 100, ['next', 'last']],
    ['?per_page=500', 100, ['next', 'last']],
    ['?per_page=100&page=2', 10, ['prev', 'first']],
  ])('pages 110 comments with %j', async (query, count, relations) => {
    standIn = await startTestStandIn();
    for (let index = 0; index < 110; index += 1) standIn.state.addComment(1, 'someone', `comment ${index}`);

    const response = await call('GET', `${REPO_PATH}/issues/1/comments${query}`);

    expect(response.status).toBe(200);
    expect(response.json).toHaveLength(count);
    const link = response.headers.get('link') ?? '';
    expect([...link.matchAll(/rel="(\w+)"/g)].map((found) => found[1])).toEqual(relations);
    expect(link).toContain(`<${standIn.url}${REPO_PATH}/issues/1/comments?`);
  });

  it('sends no Link header for one page', async () => {
    standIn = await startTestStandIn();
    standIn.state.addComment(1, 'someone', 'only');

    const response = await call('GET', `${REPO_PATH}/issues/1/comments`);

    expect(response.headers.get('link')).toBeNull();
  });
});

describe('stand-in tokens', () => {
  it.each([
    ['POST', `${REPO_PATH}/issues/1/comments`, { body: 'x' }],
    ['POST', `${REPO_PATH}/check-runs`, { name: 'x', head_sha: 'a' }],
    ['PATCH', `${REPO_PATH}/issues/comments/1`, { body: 'x' }],
    ['DELETE', `${REPO_PATH}/issues/comments/1`, undefined],
  ])('rejects %s %s with a read-only token', async (method, path, body) => {
    standIn = await startTestStandIn();

    const response = await call(method, path, body, READ_ONLY_TOKEN);

    expect(response.status).toBe(403);
    expect(response.json.message).toBe('Resource not accessible by integration');
  });

  it('lets a read-only token read', async () => {
    standIn = await startTestStandIn();
    expect((await call('GET', `${REPO_PATH}/pulls/1`, undefined, READ_ONLY_TOKEN)).status).toBe(200);
  });

  it.each([
    [DEFAULT_TOKEN, 200, 'testmaster-user'],
    [INSTALLATION_TOKEN, 403, undefined],
    ['unknown', 401, undefined],
  ])('answers GET /user for %s', async (token, status, login) => {
    standIn = await startTestStandIn();

    const response = await call('GET', '/user', undefined, token);

    expect(response.status).toBe(status);
    expect(response.json.login).toBe(login);
  });

  it('returns 404 for another repository', async () => {
    standIn = await startTestStandIn();
    expect((await call('GET', '/repos/other/repo/pulls/1')).status).toBe(404);
  });
});

describe('stand-in faults', () => {
  it('returns 502 the requested times', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'server-error', route: '/repos/{owner}/{repo}/pulls/{pull_number}', times: 2 });

    const statuses = [];
    for (let attempt = 0; attempt < 3; attempt += 1) statuses.push((await call('GET', `${REPO_PATH}/pulls/1`)).status);

    expect(statuses).toEqual([502, 502, 200]);
  });

  it('matches the method', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'server-error', method: 'POST' });

    expect((await call('GET', `${REPO_PATH}/pulls/1`)).status).toBe(200);
    expect((await call('POST', `${REPO_PATH}/issues/1/comments`, { body: 'x' })).status).toBe(502);
  });

  it('sends a secondary rate limit like GitHub', async () => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'secondary-rate-limit', retryAfterSeconds: 7 });

    const response = await call('GET', `${REPO_PATH}/pulls/1`);

    expect(response.status).toBe(403);
    expect(response.headers.get('retry-after')).toBe('7');
    expect(response.json.message).toBe(SECONDARY_RATE_LIMIT_MESSAGE);
  });

  it.each([403, 429])('sends a primary rate limit as %i', async (status) => {
    standIn = await startTestStandIn();
    standIn.inject({ kind: 'primary-rate-limit', status, resetInSeconds: 30 });
    const before = Math.floor(Date.now() / 1000);

    const response = await call('GET', `${REPO_PATH}/pulls/1`);

    expect(response.status).toBe(status);
    expect(response.headers.get('x-ratelimit-remaining')).toBe('0');
    const reset = Number(response.headers.get('x-ratelimit-reset'));
    expect(reset).toBeGreaterThanOrEqual(before + 30);
    expect(reset).toBeLessThanOrEqual(before + 32);
  });
});

describe('stand-in responses', () => {
  it('match GitHub response schemas', async () => {
    standIn = await startTestStandIn({ pulls: [{ number: 1, headSha: 'a'.repeat(40), headRepository: 'fork/octo-repo' }] });

    const created = await call('POST', `${REPO_PATH}/issues/1/comments`, { body: 'hello' });
    await call('GET', `${REPO_PATH}/issues/comments/${created.json.id}`);
    await call('PATCH', `${REPO_PATH}/issues/comments/${created.json.id}`, { body: 'edited' });
    await call('GET', `${REPO_PATH}/issues/1/comments`);
    const deleted = await call('DELETE', `${REPO_PATH}/issues/comments/${created.json.id}`);
    const pull = await call('GET', `${REPO_PATH}/pulls/1`);
    await call('GET', '/user');
    const run = await call('POST', `${REPO_PATH}/check-runs`, {
      name: 'x',
      head_sha: 'a'.repeat(40),
      conclusion: 'success',
      output: { title: 't', summary: 's', annotations: [{ ...ANNOTATION, title: 'n' }] },
    });
    await call('PATCH', `${REPO_PATH}/check-runs/${run.json.id}`, { output: { title: 't', summary: 's', annotations: [ANNOTATION] } });
    const fetched = await call('GET', `${REPO_PATH}/check-runs/${run.json.id}`);
    const annotations = await call('GET', `${REPO_PATH}/check-runs/${run.json.id}/annotations`);

    expect(created.status).toBe(201);
    expect(deleted.status).toBe(204);
    expect(pull.json.head).toMatchObject({ sha: 'a'.repeat(40), repo: { full_name: 'fork/octo-repo', fork: true } });
    expect(pull.json.base.repo.full_name).toBe(`${OWNER}/${REPO}`);
    expect(fetched.json.output.annotations_count).toBe(2);
    expect(annotations.json).toHaveLength(2);
    expect(standIn.requests.every((request) => request.status < 300)).toBe(true);
    // closeAndAssertClean checks responseViolations.
  });
});
