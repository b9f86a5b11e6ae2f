/**
 * The body of the sticky PR comment: the hidden marker by which the publisher
 * finds the comment again, then the report, within GitHub's comment limit.
 */

import type { Inline, RunReport } from './document.js';
import { COMMENT_LIMIT, fitMarkdown } from './limits.js';

export interface CommentBodyOptions {
  /** Location of the full report, named if the comment had to be shortened: "the job summary has the full report". */
  fullReport?: Inline;
}

/** Renders the comment body; its first line is `stickyMarker(report.name)`. */
export function renderCommentBody(report: RunReport, options: CommentBodyOptions = {}): string {
  return fitMarkdown(report, COMMENT_LIMIT, { stickyMarker: true, fullReport: options.fullReport }).markdown;
}
