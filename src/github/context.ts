/**
 * Reads where a run happens (repository, pull request, commits, fork status)
 * from the workflow event payload and a few `GITHUB_*` values, given as plain data.
 */
import { isCommitSha } from '../git/commit-sha.js';
import { UserError } from '../errors.js';

/** The `GITHUB_*` variables this module reads; the caller copies them from the environment. */
export interface ActionsVariables {
  GITHUB_EVENT_NAME?: string;
  GITHUB_REPOSITORY?: string;
  GITHUB_SHA?: string;
  GITHUB_REF?: string;
  GITHUB_BASE_REF?: string;
}

/** The triggering run of a `workflow_run` event. */
export interface TriggeringRun {
  id: number;
  headSha: string;
  /** `owner/name` of the repository the run's commit came from; a fork for fork PRs. */
  headRepository: string;
  headBranch?: string;
  /** The event that started the triggering run, such as `pull_request`. */
  event?: string;
  /** Pull requests GitHub lists for the run; empty for fork PRs, so the number must come from the artifact. */
  pullNumbers: number[];
}

export interface GitHubContext {
  eventName: string;
  owner: string;
  repo: string;
  pullNumber?: number;
  /** The commit to report on: the PR head, not the merge commit that `GITHUB_SHA` names on PR events. */
  headSha: string;
  baseSha?: string;
  baseRef?: string;
  defaultBranch?: string;
  /** True when the PR's head repository differs from the base repository (or was deleted). */
  isForkPullRequest: boolean;
  workflowRun?: TriggeringRun;
}

type Json = Record<string, unknown>;

const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment']);
const NULL_SHA = /^0{40}$/;

/** Checks whether the event is one of a pull request, whose payload names the pull request's base and head. */
export function isPullRequestEvent(eventName: string): boolean {
  return PULL_REQUEST_EVENTS.has(eventName);
}

/** Builds the context; raises `UserError` when the repository or the commit cannot be determined. */
export function readGitHubContext(payload: unknown, variables: ActionsVariables): GitHubContext {
  const event = asObject(payload) ?? {};
  const eventName = variables.GITHUB_EVENT_NAME ?? '';
  const { owner, repo } = readRepository(event, variables);
  const defaultBranch = text(event, 'repository', 'default_branch');
  const base = { eventName, owner, repo, defaultBranch };

  const pullRequest = asObject(event.pull_request);
  if (PULL_REQUEST_EVENTS.has(eventName) && pullRequest) {
    return { ...base, ...readPullRequest(pullRequest, `${owner}/${repo}`) };
  }
  if (eventName === 'workflow_run') {
    return { ...base, ...readWorkflowRun(event, `${owner}/${repo}`) };
  }
  if (eventName === 'merge_group') {
    return {
      ...base,
      headSha: requireSha(text(event, 'merge_group', 'head_sha') ?? variables.GITHUB_SHA, 'merge_group.head_sha'),
      baseSha: text(event, 'merge_group', 'base_sha'),
      baseRef: stripRefsHeads(text(event, 'merge_group', 'base_ref')),
      isForkPullRequest: false,
    };
  }
  if (eventName === 'push') {
    const before = text(event, 'before');
    return {
      ...base,
      headSha: requireSha(text(event, 'after') ?? variables.GITHUB_SHA, 'GITHUB_SHA'),
      baseSha: before && !NULL_SHA.test(before) ? before : undefined,
      isForkPullRequest: false,
    };
  }
  return {
    ...base,
    headSha: requireSha(variables.GITHUB_SHA, 'GITHUB_SHA'),
    baseRef: variables.GITHUB_BASE_REF || undefined,
    isForkPullRequest: false,
  };
}

function readRepository(event: Json, variables: ActionsVariables): { owner: string; repo: string } {
  const fullName = variables.GITHUB_REPOSITORY || text(event, 'repository', 'full_name');
  const [owner, repo, ...rest] = (fullName ?? '').split('/');
  if (!owner || !repo || rest.length > 0) {
    throw new UserError(
      `Cannot tell the repository: GITHUB_REPOSITORY is ${JSON.stringify(variables.GITHUB_REPOSITORY ?? null)} and the ` +
        'event payload has no repository.full_name. Set GITHUB_REPOSITORY to "owner/name".',
    );
  }
  return { owner, repo };
}

function readPullRequest(pullRequest: Json, baseRepository: string): Omit<GitHubContext, 'eventName' | 'owner' | 'repo'> {
  const headRepository = text(pullRequest, 'head', 'repo', 'full_name');
  const number = pullRequest.number;
  return {
    pullNumber: typeof number === 'number' ? number : undefined,
    headSha: requireSha(text(pullRequest, 'head', 'sha'), 'pull_request.head.sha'),
    baseSha: text(pullRequest, 'base', 'sha'),
    baseRef: text(pullRequest, 'base', 'ref'),
    // A deleted fork leaves head.repo null; treat it as a fork because its token is just as restricted.
    isForkPullRequest: headRepository === undefined || headRepository.toLowerCase() !== baseRepository.toLowerCase(),
  };
}

function readWorkflowRun(event: Json, baseRepository: string): Omit<GitHubContext, 'eventName' | 'owner' | 'repo'> {
  const run = asObject(event.workflow_run);
  if (!run) {
    throw new UserError('The workflow_run event payload has no workflow_run object; run this step on a workflow_run event.');
  }
  const headSha = requireSha(text(run, 'head_sha'), 'workflow_run.head_sha');
  const headRepository = text(run, 'head_repository', 'full_name');
  if (!headRepository) {
    throw new UserError('The workflow_run event payload has no workflow_run.head_repository.full_name.');
  }
  const pullNumbers = (Array.isArray(run.pull_requests) ? run.pull_requests : [])
    .map((entry) => asObject(entry)?.number)
    .filter((value): value is number => typeof value === 'number');
  const id = run.id;
  if (typeof id !== 'number') throw new UserError('The workflow_run event payload has no numeric workflow_run.id.');

  return {
    pullNumber: pullNumbers.length === 1 ? pullNumbers[0] : undefined,
    headSha,
    baseRef: text(run, 'pull_requests', '0', 'base', 'ref'),
    isForkPullRequest: headRepository.toLowerCase() !== baseRepository.toLowerCase(),
    workflowRun: {
      id,
      headSha,
      headRepository,
      headBranch: text(run, 'head_branch'),
      event: text(run, 'event'),
      pullNumbers,
    },
  };
}

function requireSha(value: string | undefined, source: string): string {
  if (!value || !isCommitSha(value)) {
    throw new UserError(
      `Cannot tell the commit: ${source} is ${JSON.stringify(value ?? null)}, not a full commit SHA. ` +
        'Run this step in a GitHub Actions workflow or pass the event payload of one.',
    );
  }
  return value;
}

function stripRefsHeads(ref: string | undefined): string | undefined {
  return ref?.replace(/^refs\/heads\//, '');
}

function asObject(value: unknown): Json | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined;
}

/** Reads a string at a path of keys (array indexes as strings); `undefined` when any step is missing. */
function text(root: Json, ...keys: string[]): string | undefined {
  let current: unknown = root;
  for (const key of keys) {
    if (Array.isArray(current)) current = current[Number(key)];
    else current = asObject(current)?.[key];
  }
  return typeof current === 'string' ? current : undefined;
}
