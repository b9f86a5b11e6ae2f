/**
 * Pull request scenarios in real git repositories. Each has a base commit on
 * `main` and a PR branch whose commit changes lines and adds a file. Its
 * coverage report of the PR head covers some changed lines and misses others.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestRepo } from '../../git/fixture.js';
import { PROJECT_ROOT } from './run-bundle.js';

export const OWNER = 'octo-org';
export const REPO = 'octo-repo';
export const REPOSITORY = `${OWNER}/${REPO}`;
export const PULL_NUMBER = 7;
export const PR_BRANCH = 'feature/tidy-pricing';

export interface PullRequestScenario {
  repo: TestRepo;
  dir: string;
  baseSha: string;
  headSha: string;
  number: number;
}

/** Files of one commit by path; `null` deletes a file. */
export type FileSet = Record<string, string | null>;

/** Commits `base` on `main`, then `head` on a PR branch, and leaves the PR branch checked out. */
export function createPullRequest(base: FileSet, head: FileSet): PullRequestScenario {
  const repo = TestRepo.create('testmaster-e2e-');
  writeFiles(repo, base);
  const baseSha = repo.commit('Add the base sources');
  repo.git('checkout', '--quiet', '-b', PR_BRANCH);
  writeFiles(repo, head);
  const headSha = repo.commit('Change the sources in a pull request');
  return { repo, dir: repo.dir, baseSha, headSha, number: PULL_NUMBER };
}

function writeFiles(repo: TestRepo, files: FileSet): void {
  for (const [path, content] of Object.entries(files)) {
    if (content === null) repo.git('rm', '--quiet', path);
    else repo.write(path, content);
  }
}

/** Line hit counts of one source file, by line number. */
export interface LcovRecord {
  path: string;
  hits: Record<number, number>;
}

/** Formats an lcov report with line records only. */
export function lcovReport(records: LcovRecord[]): string {
  let text = 'TN:\n';
  for (const record of records) {
    text += `SF:${record.path}\n`;
    const lines = Object.entries(record.hits).map(([line, hits]) => [Number(line), hits] as const);
    for (const [line, hits] of lines) text += `DA:${line},${hits}\n`;
    text += `LF:${lines.length}\nLH:${lines.filter(([, hits]) => hits > 0).length}\nend_of_record\n`;
  }
  return text;
}

// --- The sample project whose reports real tools wrote ---

const SAMPLE_SOURCES = join(PROJECT_ROOT, 'test/fixtures/tools/js/sample');
/** The folder the fixture reports were generated in; their absolute paths start with it. */
const SAMPLE_GENERATED_AT = '/work/main/test/fixtures/tools/js/sample';

function sampleSource(path: string): string {
  return readFileSync(join(SAMPLE_SOURCES, path), 'utf8');
}

function replaceLine(text: string, line: number, replacement: string): string {
  const lines = text.split('\n');
  lines[line - 1] = replacement;
  return lines.join('\n');
}

function removeLines(text: string, first: number, last: number): string {
  const lines = text.split('\n');
  lines.splice(first - 1, last - first + 1);
  return lines.join('\n');
}

/**
 * Creates a PR whose head has the sample sources, on an older base. On
 * `main`, pricing.js lacks formatPrice (lines 24-27) and words lines 7 and 9
 * differently, shapes.js words lines 12 and 16 differently, and unused.js
 * does not exist. nyc's report of the head marks these changed executable
 * lines: pricing.js 7 (0 hits), 9 (2), 25 (0); shapes.js 12 (2), 16 (0);
 * unused.js 6, 7, 9, 14, 18 (all 0). So 2 of 10 changed lines are covered.
 */
export function samplePullRequest(): PullRequestScenario {
  const pricing = sampleSource('src/pricing.js');
  const shapes = sampleSource('src/shapes.js');
  let basePricing = replaceLine(pricing, 7, "    throw new TypeError('not a number');");
  basePricing = replaceLine(basePricing, 9, '  const rate = RATES[tier] || 0;');
  basePricing = removeLines(basePricing, 24, 27);
  let baseShapes = replaceLine(shapes, 12, '    return Math.PI * this.radius ** 2;');
  baseShapes = replaceLine(baseShapes, 16, "    return 'circle ' + this.radius;");

  return createPullRequest(
    { 'package.json': sampleSource('package.json'), 'src/pricing.js': basePricing, 'src/shapes.js': baseShapes },
    { 'src/pricing.js': pricing, 'src/shapes.js': shapes, 'src/unused.js': sampleSource('src/unused.js') },
  );
}

/** Copies nyc's Istanbul JSON report of the sample into the scenario, with its absolute paths moved there. */
export function writeSampleReport(scenario: PullRequestScenario, path = 'coverage/coverage-final.json'): void {
  const report = readFileSync(join(PROJECT_ROOT, 'test/fixtures/tools/js/nyc/coverage-final.json'), 'utf8');
  if (!report.includes(SAMPLE_GENERATED_AT)) {
    throw new Error(`The nyc fixture report no longer contains ${SAMPLE_GENERATED_AT}; update SAMPLE_GENERATED_AT.`);
  }
  scenario.repo.write(path, report.split(SAMPLE_GENERATED_AT).join(scenario.dir));
}

// --- Event payloads ---

export interface PullRequestEventOptions {
  /** `owner/name` of the head repository; a fork when it differs from REPOSITORY. */
  headRepository?: string;
}

/** Builds a `pull_request` event payload for the scenario, as GitHub writes it to `GITHUB_EVENT_PATH`. */
export function pullRequestEvent(scenario: PullRequestScenario, options: PullRequestEventOptions = {}): object {
  return {
    action: 'synchronize',
    number: scenario.number,
    pull_request: {
      number: scenario.number,
      head: { sha: scenario.headSha, ref: PR_BRANCH, repo: { full_name: options.headRepository ?? REPOSITORY } },
      base: { sha: scenario.baseSha, ref: 'main', repo: { full_name: REPOSITORY } },
    },
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
}

export interface WorkflowRunEventOptions {
  headSha: string;
  headRepository: string;
  /** GitHub lists no pull requests for runs from forks. */
  pullNumbers?: number[];
}

/** Builds a `workflow_run` event payload for a run that a `pull_request` run triggered. */
export function workflowRunEvent(options: WorkflowRunEventOptions): object {
  return {
    action: 'completed',
    workflow_run: {
      id: 9001,
      event: 'pull_request',
      head_sha: options.headSha,
      head_branch: PR_BRANCH,
      head_repository: { full_name: options.headRepository },
      pull_requests: (options.pullNumbers ?? []).map((number) => ({ number, base: { ref: 'main' } })),
      conclusion: 'success',
    },
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
}
