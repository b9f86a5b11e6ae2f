/**
 * The base of a pull request run whose event payload names no base commit:
 * the payload file is not set, or it contains no `pull_request` object. GitHub
 * always writes the payload, so this happens when the action runs outside
 * GitHub, for example under a local runner, which may still set
 * GITHUB_BASE_REF to the base branch.
 */
import type { GitHubContext } from '../github/context.js';
import { resolveRemoteBranch } from '../git/remote-branch.js';

/** The base commit with a note on where it came from, or the reason it is unknown. */
export type PayloadlessBase = { found: true; sha: string; note: string } | { found: false; reason: string };

/**
 * Finds the base as origin/<GITHUB_BASE_REF>, fetching that branch when the
 * clone lacks it. The note and the reason both name the missing payload,
 * because that is what a user must fix.
 */
export async function findBaseWithoutPayload(root: string, context: GitHubContext, eventPath: string | undefined): Promise<PayloadlessBase> {
  const cause = missingPayloadCause(context.eventName, eventPath);
  if (!context.baseRef) {
    return {
      found: false,
      reason: `${cause}, and GITHUB_BASE_REF is not set either. Run this step on a pull request event, whose runner sets both, or set GITHUB_BASE_REF to the base branch`,
    };
  }
  const branch = await resolveRemoteBranch(root, context.baseRef);
  if (!branch.found) {
    return {
      found: false,
      reason: `${cause}, and the base branch from GITHUB_BASE_REF could not be used: ${branch.reason}. Set fetch-depth: 0 on actions/checkout`,
    };
  }
  return { found: true, sha: branch.sha, note: `${cause}. The base is ${branch.ref}, the branch that GITHUB_BASE_REF names.` };
}

function missingPayloadCause(eventName: string, eventPath: string | undefined): string {
  if (eventPath === undefined) {
    return `GITHUB_EVENT_PATH is not set, so this ${eventName} run has no event payload to name the pull request's base commit`;
  }
  return `The event payload ${eventPath} (GITHUB_EVENT_PATH) has no pull_request object with a number and base commit, so it does not name the pull request's base`;
}
