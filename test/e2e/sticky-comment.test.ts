/** The bundled action keeps one sticky comment per pull request across runs, sequential or concurrent. */
import { afterEach, describe, expect, it } from 'vitest';
import type { StandIn } from '../support/github-stand-in/index.js';
import { closeAndAssertClean, runOnPullRequest, startStandInFor } from './support/action-step.js';
import { samplePullRequest, writeSampleReport, type PullRequestScenario } from './support/scenario.js';

let standIn: StandIn | undefined;
let scenario: PullRequestScenario | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  scenario?.repo.remove();
  standIn = undefined;
  scenario = undefined;
});

describe('coverage-gate sticky comment', () => {
  it('is updated by a second run', async () => {
    scenario = samplePullRequest();
    writeSampleReport(scenario);
    standIn = await startStandInFor(scenario);

    const first = await runOnPullRequest(scenario, standIn);
    const firstComment = standIn.state.commentsOn(scenario.number)[0];
    const second = await runOnPullRequest(scenario, standIn, { inputs: { thresholds: 'lines=99' } });

    expect(first.exitCode).toBe(0);
    expect(second.exitCode).toBe(1);
    const comments = standIn.state.commentsOn(scenario.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]?.id).toBe(firstComment?.id);
    expect(comments[0]?.login).toBe('github-actions[bot]');
    expect(comments[0]?.body).toContain('99');
    expect(standIn.count('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments')).toBe(1);
    expect(standIn.count('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')).toBe(1);
  });

  it('stays single after two concurrent runs', async () => {
    scenario = samplePullRequest();
    writeSampleReport(scenario);
    standIn = await startStandInFor(scenario);

    const runs = await Promise.all([runOnPullRequest(scenario, standIn), runOnPullRequest(scenario, standIn)]);

    expect(runs.map((run) => run.exitCode)).toEqual([0, 0]);
    expect(standIn.state.commentsOn(scenario.number)).toHaveLength(1);
    expect(standIn.state.checkRuns).toHaveLength(2);
    // Whether both runs created a comment depends on timing, but every extra one must have been deleted.
    const created = standIn.count('POST', '/repos/{owner}/{repo}/issues/{issue_number}/comments');
    const deleted = standIn.requests.filter((request) => request.method === 'DELETE' && request.status === 204).length;
    expect(created - deleted).toBe(1);
  });
});
