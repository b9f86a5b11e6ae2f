/** Runs the coverage-gate bundle on a scenario's pull request against a stand-in started for it. */
import { DEFAULT_TOKEN, startStandIn, type StandIn } from '../../support/github-stand-in/index.js';
import { INSTALLATION_TOKEN, TOKENS } from '../../github/fixture.js';
import { runStep, type ActionName, type StepResult } from './run-bundle.js';
import { OWNER, pullRequestEvent, REPO, REPOSITORY, type PullRequestScenario } from './scenario.js';

export { DEFAULT_TOKEN, INSTALLATION_TOKEN };
export { closeAndAssertClean, READ_ONLY_TOKEN } from '../../github/fixture.js';

/** Starts a stand-in that serves the scenario's pull request, with the tokens of the GitHub tests. */
export function startStandInFor(scenario: PullRequestScenario): Promise<StandIn> {
  return startStandIn({
    owner: OWNER,
    repo: REPO,
    tokens: TOKENS,
    pulls: [{ number: scenario.number, headSha: scenario.headSha, baseSha: scenario.baseSha, baseRef: 'main' }],
  });
}

export interface PullRequestStep {
  inputs?: Record<string, string>;
  action?: ActionName;
  /** The event payload; a `pull_request` event of the scenario when absent. */
  eventName?: string;
  payload?: object;
}

/**
 * Runs the action as a `pull_request` workflow does. The token defaults to
 * an installation token, which writes as github-actions[bot] like `GITHUB_TOKEN`.
 */
export function runOnPullRequest(scenario: PullRequestScenario, standIn: StandIn, step: PullRequestStep = {}): Promise<StepResult> {
  return runStep({
    action: step.action ?? 'coverage-gate',
    inputs: { 'github-token': INSTALLATION_TOKEN, ...step.inputs },
    eventName: step.eventName ?? 'pull_request',
    payload: step.payload ?? pullRequestEvent(scenario),
    workspace: scenario.dir,
    apiUrl: standIn.url,
    repository: REPOSITORY,
    sha: scenario.headSha,
    ref: `refs/pull/${scenario.number}/merge`,
  });
}
