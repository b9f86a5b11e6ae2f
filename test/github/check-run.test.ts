import { afterEach, describe, expect, it } from 'vitest';
import {
  clipCharacters,
  clipUtf8Bytes,
  MAX_ANNOTATION_MESSAGE_BYTES,
  publishCheckRun,
  toGitHubAnnotation,
} from '../../src/github/check-run.js';
import type { Annotation } from '../../src/report/document.js';
import type { StandIn } from '../support/github-stand-in/index.js';
import { clientFor, closeAndAssertClean, HEAD_SHA, OWNER, REPO, startTestStandIn } from './fixture.js';

let standIn: StandIn | undefined;

afterEach(async () => {
  await closeAndAssertClean(standIn);
  standIn = undefined;
});

function annotations(count: number): Annotation[] {
  return Array.from({ length: count }, (_, index) => ({
    path: `src/file-${index}.ts`,
    startLine: index + 1,
    endLine: index + 2,
    level: 'warning' as const,
    title: `Uncovered lines ${index}`,
    message: `Lines ${index + 1}-${index + 2} are not covered.`,
  }));
}

const BASE_INPUT = {
  owner: OWNER,
  repo: REPO,
  name: 'TestMaster coverage',
  headSha: HEAD_SHA,
  conclusion: 'failure' as const,
  title: 'Coverage 71.2% (minimum 80%)',
  summary: '## Coverage\nfailed',
};

describe('publishCheckRun', () => {
  it.each([
    [0, 1, 0],
    [1, 1, 0],
    [50, 1, 0],
    [51, 2, 1],
    [120, 3, 2],
  ])('sends %i annotations in %i requests', async (count, requests, updates) => {
    standIn = await startTestStandIn();

    const outcome = await publishCheckRun(clientFor(standIn), { ...BASE_INPUT, annotations: annotations(count) });

    expect(outcome.requests).toBe(requests);
    expect(standIn.count('POST', '/repos/{owner}/{repo}/check-runs')).toBe(1);
    expect(standIn.count('PATCH', '/repos/{owner}/{repo}/check-runs/{check_run_id}')).toBe(updates);
    const stored = standIn.state.findCheckRun(outcome.checkRunId);
    expect(stored?.annotations).toHaveLength(count);
    expect(stored?.annotations.map((annotation) => annotation.path)).toEqual(
      annotations(count).map((annotation) => annotation.path),
    );
  });

  it('stores conclusion, title, summary and text', async () => {
    standIn = await startTestStandIn();

    const outcome = await publishCheckRun(clientFor(standIn), { ...BASE_INPUT, text: 'details', annotations: annotations(60) });

    const stored = standIn.state.findCheckRun(outcome.checkRunId);
    expect(stored?.status).toBe('completed');
    expect(stored?.conclusion).toBe('failure');
    expect(stored?.headSha).toBe(HEAD_SHA);
    expect(stored?.name).toBe('TestMaster coverage');
    expect(stored?.output).toEqual({ title: BASE_INPUT.title, summary: BASE_INPUT.summary, text: 'details' });
  });

  it('clips long annotation text to GitHub limits', async () => {
    standIn = await startTestStandIn();
    const long: Annotation = {
      path: 'src/a.ts',
      startLine: 3,
      endLine: 3,
      level: 'failure',
      title: 't'.repeat(400),
      message: 'é'.repeat(40_000),
    };

    const outcome = await publishCheckRun(clientFor(standIn), { ...BASE_INPUT, annotations: [long] });

    const stored = standIn.state.findCheckRun(outcome.checkRunId)?.annotations[0];
    expect(stored?.title).toHaveLength(255);
    expect(Buffer.byteLength(stored?.message ?? '', 'utf8')).toBeLessThanOrEqual(MAX_ANNOTATION_MESSAGE_BYTES);
    expect(stored?.message.endsWith('…')).toBe(true);
  });
});

describe('toGitHubAnnotation', () => {
  it.each([
    [{ startLine: 5, endLine: 7 }, 5, 7],
    [{ startLine: 7, endLine: 5 }, 7, 7],
    [{ startLine: 0, endLine: 0 }, 1, 1],
  ])('maps lines %j to %i-%i', (lines, start, end) => {
    const mapped = toGitHubAnnotation({ path: 'a.ts', level: 'notice', title: 'x', message: 'y', ...lines });
    expect(mapped.start_line).toBe(start);
    expect(mapped.end_line).toBe(end);
    expect(mapped.annotation_level).toBe('notice');
  });
});

describe('clipping', () => {
  it.each([
    ['short', 10, 'short'],
    ['abcdefghij', 5, 'abcd…'],
    ['😀😀😀😀', 3, '😀😀…'],
  ])('clips %j to %i characters', (text, max, expected) => {
    expect(clipCharacters(text, max)).toBe(expected);
  });

  it('never splits a UTF-8 character', () => {
    const clipped = clipUtf8Bytes('€€€€', 9);
    expect(clipped).toBe('€€…');
    expect(Buffer.byteLength(clipped, 'utf8')).toBeLessThanOrEqual(9);
  });
});
