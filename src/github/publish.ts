/**
 * Publishes a rendered report to the sticky PR comment and to a check run.
 * When the token may not write (as `GITHUB_TOKEN` on a fork PR), publishing
 * degrades: the outcome contains the reasons, and the caller keeps the job summary and the
 * log while the gate alone decides the result.
 */
import type { Annotation, StageStatus } from '../report/document.js';
import { publishCheckRun, type CheckConclusion, type CheckRunOutcome } from './check-run.js';
import type { GitHubClient } from './client.js';
import { GitHubApiError, isResourceNotAccessible } from './errors.js';
import { DEFAULT_BOT_LOGIN, resolveTokenLogin, upsertStickyComment, type StickyCommentOutcome } from './sticky-comment.js';

/** Strings rendered (and escaped) by the caller's renderer, plus the annotations. */
export interface RenderedReport {
  /** Check run name, for example `TestMaster coverage`. */
  checkName: string;
  /** Hidden marker that identifies this report's comment. */
  marker: string;
  commentBody: string;
  checkTitle: string;
  checkSummary: string;
  checkText?: string;
  conclusion: CheckConclusion;
  annotations: Annotation[];
}

export interface PublishTarget {
  owner: string;
  repo: string;
  headSha: string;
  /** The PR to comment on; without it only the check run is published. */
  pullNumber?: number;
}

export interface PublishOptions {
  comment?: boolean;
  checkRun?: boolean;
  /** Login that installation tokens write as; see `resolveTokenLogin`. */
  fallbackLogin?: string;
  detailsUrl?: string;
}

export type PublishOutcome =
  | { status: 'published'; comment?: StickyCommentOutcome; checkRun?: CheckRunOutcome }
  | { status: 'degraded'; reasons: string[]; comment?: StickyCommentOutcome; checkRun?: CheckRunOutcome };

/** Maps a report status to a check-run conclusion; a skipped report is neutral. */
export function conclusionFor(status: StageStatus): CheckConclusion {
  switch (status) {
    case 'passed':
      return 'success';
    case 'skipped':
      return 'neutral';
    case 'failed':
    case 'error':
      return 'failure';
  }
}

/**
 * Publishes the comment and the check run independently, so a token with only
 * one of the two permissions still publishes the other. Raises `GitHubApiError`
 * for every failure other than a missing write permission.
 */
export async function publishReport(
  client: GitHubClient,
  target: PublishTarget,
  report: RenderedReport,
  options: PublishOptions = {},
): Promise<PublishOutcome> {
  const reasons: string[] = [];
  let comment: StickyCommentOutcome | undefined;
  let checkRun: CheckRunOutcome | undefined;

  if (options.comment !== false && target.pullNumber !== undefined) {
    const pullNumber = target.pullNumber;
    comment = await degradeOnReadOnly(reasons, 'the pull request comment', async () => {
      const login = await resolveTokenLogin(client, options.fallbackLogin ?? DEFAULT_BOT_LOGIN);
      return upsertStickyComment(
        client,
        { owner: target.owner, repo: target.repo, pullNumber },
        { marker: report.marker, body: report.commentBody, login },
      );
    });
  }

  if (options.checkRun !== false) {
    checkRun = await degradeOnReadOnly(reasons, 'the check run', () =>
      publishCheckRun(client, {
        owner: target.owner,
        repo: target.repo,
        name: report.checkName,
        headSha: target.headSha,
        conclusion: report.conclusion,
        title: report.checkTitle,
        summary: report.checkSummary,
        text: report.checkText,
        annotations: report.annotations,
        detailsUrl: options.detailsUrl,
      }),
    );
  }

  if (reasons.length > 0) return { status: 'degraded', reasons, comment, checkRun };
  return { status: 'published', comment, checkRun };
}

async function degradeOnReadOnly<T>(reasons: string[], target: string, write: () => Promise<T>): Promise<T | undefined> {
  try {
    return await write();
  } catch (error) {
    if (!isResourceNotAccessible(error)) throw error;
    reasons.push(describeReadOnly(target, error));
    return undefined;
  }
}

function describeReadOnly(target: string, error: unknown): string {
  const request = error instanceof GitHubApiError ? ` (${error.method} ${error.route} returned 403)` : '';
  const permission = error instanceof GitHubApiError && error.permission ? `"${error.permission}"` : 'write access';
  return (
    `The token may not write ${target}${request}: it is read-only, as GITHUB_TOKEN is on pull requests from forks. ` +
    `The report is only in the job summary and the log. Grant ${permission}, or publish from a workflow_run workflow.`
  );
}
