/**
 * A base that cannot be read (a missing ref, or a merge base beyond a shallow
 * clone's boundary) fails the run with exit code 2 but keeps the totals, the
 * threshold checks and the files.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { ConfigOverride } from '../../src/config/types.js';
import { exitCodeOf } from '../../src/run/exit-code.js';
import { recordingLogger } from '../../src/run/logger.js';
import { runCheck, type CheckRequest } from '../../src/run/run-check.js';
import { lcovReport } from '../e2e/support/scenario.js';
import { TestRepo } from '../git/fixture.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

/** Creates a repository whose branch `feature` changes line 2 of a.js, with a report that covers 3 of its 4 lines. */
function createRepository(): TestRepo {
  const repo = TestRepo.create('testmaster-base-problem-');
  repos.push(repo);
  repo.write('src/a.js', 'one\ntwo\nthree\nfour\n');
  repo.commit('base');
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.write('src/a.js', 'one\nTWO\nthree\nfour\n');
  repo.commit('change');
  repo.write('coverage/lcov.info', lcovReport([{ path: 'src/a.js', hits: { 1: 1, 2: 1, 3: 0, 4: 1 } }]));
  return repo;
}

const THRESHOLDS: ConfigOverride = {
  origin: '--threshold',
  values: { coverage: { thresholds: { lines: 90 }, patch: { threshold: 50 }, paths: [{ glob: 'src/**', thresholds: { lines: 70 } }] } },
};

function request(root: string, base: string, overrides: Partial<CheckRequest> = {}): CheckRequest {
  return {
    root,
    overrides: [THRESHOLDS],
    diff: { base, head: 'HEAD', deepen: false },
    base: () => ({ kind: 'none', reason: 'No base found: none in this test.' }),
    log: recordingLogger(),
    ...overrides,
  };
}

interface ProblemJson {
  error: { message: string };
  totals: { lines: { covered: number; total: number } };
  gate: { passed: boolean; checks: { kind: string; condition: string; passed: boolean }[] };
  patch: { measured: boolean; reason: string };
  base: { found: boolean; reason: string };
  files: { path: string }[];
}

/** Returns the coverage stage's JSON result, serialised and read back as `--json` writes it. */
function stageJson(result: Awaited<ReturnType<typeof runCheck>>): ProblemJson {
  return JSON.parse(JSON.stringify(result.report.stages[0]!.json)) as ProblemJson;
}

describe('coverage with an unreadable base', () => {
  it('keeps totals and checks for a missing ref', async () => {
    const repo = createRepository();

    const result = await runCheck(request(repo.dir, 'nosuchref'));
    const json = stageJson(result);

    expect(exitCodeOf(result.report)).toBe(2);
    expect(result.report.stages[0]!.status).toBe('error');
    expect(json.error.message).toContain('"nosuchref" was not found');
    expect(json.totals.lines).toMatchObject({ covered: 3, total: 4 });
    expect(json.files.map((file) => file.path)).toEqual(['src/a.js']);
    expect(json.gate.passed).toBe(false);
    expect(json.gate.checks.map((check) => [check.kind, check.condition, check.passed])).toEqual([
      ['global', 'measured', false],
      ['path', 'measured', true],
      ['patch', 'not-measured', false],
    ]);
    expect(json.patch.measured).toBe(false);
    expect(json.patch.reason).toContain('nosuchref');
    expect(result.report.stages[0]!.outputs['lines']).toBe('75.00');
    expect(result.report.stages[0]!.outputs['error']).toContain('nosuchref');
  });

  it('marks the base comparison as not measured', async () => {
    const repo = createRepository();
    repo.write('base.info', lcovReport([{ path: 'src/a.js', hits: { 1: 1, 2: 1, 3: 1, 4: 1 } }]));

    const result = await runCheck(request(repo.dir, 'nosuchref', { base: () => ({ kind: 'report', path: 'base.info' }) }));
    const json = stageJson(result);

    expect(json.base.found).toBe(false);
    expect(json.base.reason).toContain('nosuchref');
    expect(JSON.stringify(result.report.stages[0]!.blocks)).toContain('The change from base was not measured');
  });

  it('keeps totals when a shallow clone lacks the merge base', async () => {
    const origin = createRepository();
    origin.git('checkout', '--quiet', 'main');
    origin.write('src/c.js', 'later\n');
    origin.commit('later on main');
    origin.git('checkout', '--quiet', 'feature');
    const clone = TestRepo.clone(origin, '--depth', '1', '--no-single-branch', '--branch', 'feature');
    repos.push(clone);
    clone.write('coverage/lcov.info', lcovReport([{ path: 'src/a.js', hits: { 1: 1, 2: 1, 3: 0, 4: 1 } }]));

    const result = await runCheck(request(clone.dir, 'origin/main'));
    const json = stageJson(result);

    expect(exitCodeOf(result.report)).toBe(2);
    expect(json.error.message).toMatch(/No merge base .* because the clone is shallow/);
    expect(json.totals.lines).toMatchObject({ covered: 3, total: 4 });
  });

  it('passes with a readable base', async () => {
    const repo = createRepository();

    const result = await runCheck(request(repo.dir, 'main'));
    const json = stageJson(result);

    expect(exitCodeOf(result.report)).toBe(1);
    expect(json.error).toBeUndefined();
    expect(json.gate.checks.map((check) => [check.kind, check.condition, check.passed])).toEqual([
      ['global', 'measured', false],
      ['path', 'measured', true],
      ['patch', 'measured', true],
    ]);
  });
});
