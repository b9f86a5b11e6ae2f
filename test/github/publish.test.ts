import { afterEach, describe, expect, it } from 'vitest';
import { conclusionFor, publishReport, type RenderedReport } from '../../src/github/publish.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, HEAD_SHA, INSTALLATION_TOKEN, OWNER, READ_ONLY_TOKEN, REPO, startTestStandIn } from './fixture.js';

const MARKER = '<!-- testmaster:report=coverage -->';
const TARGET = { owner: OWNER, repo: REPO, headSha: HEAD_SHA, pullNumber: 1 };

function report(body: string): RenderedReport {
  return {
    checkName: 'TestMaster coverage',
    marker: MARKER,
    commentBody: `${MARKER}\n${body}`,
    checkTitle: 'Coverage 91%',
    checkSummary: body,
    conclusion: 'success',
    annotations: [{ path: 'src/a.ts', startLine: 1, endLine: 2, level: 'notice', title: 'n', message: 'm' }],
  };
}

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

describe('publishReport', () => {
  it('publishes comment and check run', async () => {
    standIn = await startTestStandIn();

    const outcome = await publishReport(clientFor(standIn, INSTALLATION_TOKEN), TARGET, report('first'));

    expect(outcome.status).toBe('published');
    expect(outcome.comment?.action).toBe('created');
    expect(outcome.checkRun?.annotationCount).toBe(1);
    expect(standIn.state.commentsOn(1)[0]?.login).toBe('github-actions[bot]');
    expect(standIn.state.checkRuns).toHaveLength(1);
  });

  it('leaves one comment after two publishes', async () => {
    standIn = await startTestStandIn();
    const client = clientFor(standIn, INSTALLATION_TOKEN);

    await publishReport(client, TARGET, report('first'));
    const second = await publishReport(client, TARGET, report('second'));

    expect(second.comment?.action).toBe('updated');
    expect(standIn.state.commentsOn(1)).toHaveLength(1);
    expect(standIn.state.commentsOn(1)[0]?.body).toBe(`${MARKER}\nsecond`);
  });

  it('leaves one comment after two concurrent publishes', async () => {
    standIn = await startTestStandIn();
    const server = standIn;

    await Promise.all([
      publishReport(clientFor(server, INSTALLATION_TOKEN), TARGET, report('a')),
      publishReport(clientFor(server, INSTALLATION_TOKEN), TARGET, report('b')),
    ]);

    expect(server.state.commentsOn(1)).toHaveLength(1);
  });

  it('degrades without throwing on a read-only token', async () => {
    standIn = await startTestStandIn();

    const outcome = await publishReport(clientFor(standIn, READ_ONLY_TOKEN), TARGET, report('fork'));

    expect(outcome.status).toBe('degraded');
    if (outcome.status !== 'degraded') return;
    expect(outcome.reasons).toHaveLength(2);
    expect(outcome.reasons[0]).toContain('pull request comment');
    expect(outcome.reasons[0]).toContain('"pull-requests: write"');
    expect(outcome.reasons[1]).toContain('check run');
    expect(outcome.reasons[1]).toContain('"checks: write"');
    expect(standIn.state.comments).toHaveLength(0);
    expect(standIn.state.checkRuns).toHaveLength(0);
  });

  it('publishes only the check run without a PR number', async () => {
    standIn = await startTestStandIn();

    const outcome = await publishReport(clientFor(standIn), { ...TARGET, pullNumber: undefined }, report('push'));

    expect(outcome.status).toBe('published');
    expect(outcome.comment).toBeUndefined();
    expect(standIn.count('GET', '/user')).toBe(0);
    expect(standIn.state.checkRuns).toHaveLength(1);
  });

  it('raises errors other than a read-only token', async () => {
    standIn = await startTestStandIn();

    await expect(publishReport(clientFor(standIn), { ...TARGET, pullNumber: 77 }, report('x'))).rejects.toThrow(
      /HTTP 404/,
    );
  });
});

describe('conclusionFor', () => {
  it.each([
    ['passed', 'success'],
    ['failed', 'failure'],
    ['error', 'failure'],
    ['skipped', 'neutral'],
  ] as const)('maps %s to %s', (status, conclusion) => {
    expect(conclusionFor(status)).toBe(conclusion);
  });
});
