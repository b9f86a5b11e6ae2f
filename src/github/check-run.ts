/**
 * One check run per report, with its annotations sent in batches of 50: the
 * create request carries the first batch and each further batch goes in an
 * update request, as GitHub's Checks API requires.
 */
import type { Annotation } from '../report/document.js';
import type { GitHubClient } from './client.js';
import { withGitHubErrors } from './errors.js';

/** GitHub's limit on annotations per create or update request. */
export const ANNOTATIONS_PER_REQUEST = 50;
/** Limits from GitHub's Checks API field descriptions. */
export const MAX_ANNOTATION_TITLE_CHARACTERS = 255;
export const MAX_ANNOTATION_MESSAGE_BYTES = 64 * 1024;
export const MAX_OUTPUT_CHARACTERS = 65_535;

export type CheckConclusion = 'success' | 'failure' | 'neutral';

export interface CheckRunInput {
  owner: string;
  repo: string;
  name: string;
  headSha: string;
  conclusion: CheckConclusion;
  title: string;
  /** Markdown, already rendered and escaped by the caller. */
  summary: string;
  text?: string;
  annotations: Annotation[];
  detailsUrl?: string;
}

export interface CheckRunOutcome {
  checkRunId: number;
  url: string;
  annotationCount: number;
  /** Requests sent: one create plus one update per further batch. */
  requests: number;
}

export interface GitHubAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column?: number;
  end_column?: number;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string;
  message: string;
}

/** Creates the completed check run and appends the remaining annotation batches. */
export async function publishCheckRun(client: GitHubClient, input: CheckRunInput): Promise<CheckRunOutcome> {
  const batches = splitIntoBatches(input.annotations.map(toGitHubAnnotation), ANNOTATIONS_PER_REQUEST);
  const output = {
    title: clipCharacters(input.title, MAX_OUTPUT_CHARACTERS),
    summary: clipCharacters(input.summary, MAX_OUTPUT_CHARACTERS),
    ...(input.text === undefined ? {} : { text: clipCharacters(input.text, MAX_OUTPUT_CHARACTERS) }),
  };

  const created = await withGitHubErrors(() =>
    client.rest.checks.create({
      owner: input.owner,
      repo: input.repo,
      name: input.name,
      head_sha: input.headSha,
      status: 'completed',
      conclusion: input.conclusion,
      ...(input.detailsUrl ? { details_url: input.detailsUrl } : {}),
      output: { ...output, annotations: batches[0] ?? [] },
    }),
  );

  // Updates append annotations; title and summary are required in every output and stay the same.
  for (const batch of batches.slice(1)) {
    await withGitHubErrors(() =>
      client.rest.checks.update({
        owner: input.owner,
        repo: input.repo,
        check_run_id: created.data.id,
        output: { title: output.title, summary: output.summary, annotations: batch },
      }),
    );
  }

  return {
    checkRunId: created.data.id,
    url: created.data.html_url ?? '',
    annotationCount: input.annotations.length,
    requests: Math.max(batches.length, 1),
  };
}

/** Maps an annotation to GitHub's fields, clipping text to GitHub's limits and fixing reversed line ranges. */
export function toGitHubAnnotation(annotation: Annotation): GitHubAnnotation {
  const startLine = Math.max(1, Math.trunc(annotation.startLine));
  const endLine = Math.max(startLine, Math.trunc(annotation.endLine));
  return {
    path: annotation.path,
    start_line: startLine,
    end_line: endLine,
    ...columnsOf(annotation, startLine, endLine),
    annotation_level: annotation.level,
    title: clipCharacters(annotation.title, MAX_ANNOTATION_TITLE_CHARACTERS),
    message: clipUtf8Bytes(annotation.message, MAX_ANNOTATION_MESSAGE_BYTES),
  };
}

/**
 * GitHub's columns are 1-based and inclusive, and allowed only on one line.
 * Our end column is exclusive, so the last character is one before it.
 */
function columnsOf(annotation: Annotation, startLine: number, endLine: number): { start_column?: number; end_column?: number } {
  if (startLine !== endLine || annotation.startColumn === undefined) return {};
  const start = Math.max(1, Math.trunc(annotation.startColumn));
  const end = Math.max(start, Math.trunc((annotation.endColumn ?? start + 1) - 1));
  return { start_column: start, end_column: end };
}

export function splitIntoBatches<T>(items: T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}

const ELLIPSIS = '…';

/** Clips to `max` code points, ending with an ellipsis when clipped. */
export function clipCharacters(text: string, max: number): string {
  const codePoints = Array.from(text);
  if (codePoints.length <= max) return text;
  return codePoints.slice(0, max - 1).join('') + ELLIPSIS;
}

/** Clips to `maxBytes` of UTF-8 without splitting a character, ending with an ellipsis when clipped. */
export function clipUtf8Bytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text, 'utf8') <= maxBytes) return text;
  const budget = maxBytes - Buffer.byteLength(ELLIPSIS, 'utf8');
  let used = 0;
  let clipped = '';
  for (const character of text) {
    const size = Buffer.byteLength(character, 'utf8');
    if (used + size > budget) break;
    clipped += character;
    used += size;
  }
  return clipped + ELLIPSIS;
}
