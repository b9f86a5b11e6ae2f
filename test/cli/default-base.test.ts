/**
 * `testmaster coverage` and `testmaster impact` without --base in clones
 * whose origin/HEAD names the checked-out branch, through `runCommand` from
 * the sources.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVERAGE_COMMAND, coverageOverrides } from '../../src/cli/commands/coverage.js';
import { IMPACT_COMMAND } from '../../src/cli/commands/impact.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { runCommand } from '../../src/cli/run-command.js';
import { lcovReport } from '../e2e/support/scenario.js';
import { TestRepo } from '../git/fixture.js';
import { textSink } from '../support/text-sink.js';

const repos: TestRepo[] = [];
let origin: TestRepo;

function keep(repo: TestRepo): TestRepo {
  repos.push(repo);
  return repo;
}

/** Runs `testmaster <command> -C dir ...args` as main.ts does, and returns the exit code and both streams. */
async function run(command: 'coverage' | 'impact', dir: string, args: string[]) {
  const stdout = textSink();
  const stderr = textSink();
  const parsed = parseCommandLine(command === 'coverage' ? COVERAGE_COMMAND : IMPACT_COMMAND, ['-C', dir, ...args]);
  const exitCode = await runCommand({
    command,
    parsed,
    overrides: command === 'coverage' ? coverageOverrides(parsed) : [],
    env: {},
    stdout,
    stderr,
  });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

/**
 * `origin` has `feature` checked out, so a clone records origin/HEAD as
 * origin/feature. `feature` adds lines 4-6 of src/a.js and a test that
 * imports it. The report leaves the added lines uncovered.
 */
beforeAll(() => {
  origin = keep(TestRepo.create('testmaster-cli-default-base-'));
  origin.write('package.json', JSON.stringify({ name: 'demo', private: true, devDependencies: { vitest: '^4.0.0' } }));
  origin.write('src/a.js', 'export function add(a, b) {\n  return a + b;\n}\n');
  origin.write('test/a.test.js', "import { add } from '../src/a.js';\ntest('add', () => add(1, 2));\n");
  origin.commit('base');
  origin.git('switch', '--quiet', '--create', 'feature');
  origin.write('src/a.js', 'export function add(a, b) {\n  return a + b;\n}\nexport function sub(a, b) {\n  return a - b;\n}\n');
  origin.write('coverage/lcov.info', lcovReport([{ path: 'src/a.js', hits: { 1: 1, 2: 1, 4: 0, 5: 0 } }]));
  origin.commit('feature');
});

afterAll(() => {
  for (const repo of repos) repo.remove();
});

describe('testmaster coverage without --base', () => {
  it('gates on origin/main when origin/HEAD is the head branch', async () => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    const result = await run('coverage', clone.dir, [join(clone.dir, 'coverage/lcov.info'), '--patch-threshold', '90', '--json', '-']);
    const json = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(1);
    expect(json.patch).toMatchObject({ covered: 0, total: 2, passed: false });
    expect(json.warnings.join('\n')).toContain('HEAD is compared with origin/main instead');
  });

  it('fails an unmeasured patch threshold', async () => {
    const clone = keep(TestRepo.clone(origin, '--single-branch', '--branch', 'feature'));

    const result = await run('coverage', clone.dir, [join(clone.dir, 'coverage/lcov.info'), '--patch-threshold', '90', '--json', '-']);
    const json = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(1);
    expect(json.patch).toBeNull();
    expect(json.gate.passed).toBe(false);
    expect(json.gate.checks).toHaveLength(1);
    expect(json.gate.checks[0]).toMatchObject({ kind: 'patch', condition: 'not-measured', passed: false });
    expect(json.gate.checks[0].message).toMatch(/^Patch coverage was not measured: origin\/HEAD names origin\/feature, .* Pass --base REF/);
  });

  it('passes without a patch threshold and warns', async () => {
    const clone = keep(TestRepo.clone(origin, '--single-branch', '--branch', 'feature'));

    const result = await run('coverage', clone.dir, [join(clone.dir, 'coverage/lcov.info'), '--json', '-']);
    const json = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(json.gate.checks).toEqual([]);
    expect(json.warnings.join('\n')).toMatch(/Patch coverage was not measured: origin\/HEAD names origin\/feature/);
  });
});

describe('testmaster impact without --base', () => {
  it('selects the test through origin/main', async () => {
    const clone = keep(TestRepo.clone(origin, '--branch', 'feature'));

    const result = await run('impact', clone.dir, ['--head', 'HEAD', '--no-cache', '--json', '-']);
    const json = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(json.affectedTests.map((test: { path: string }) => test.path)).toEqual(['test/a.test.js']);
    expect(json.notes.join('\n')).toContain('HEAD is compared with origin/main instead');
  });

  it('runs every test when no base fits', async () => {
    const clone = keep(TestRepo.clone(origin, '--single-branch', '--branch', 'feature'));

    const result = await run('impact', clone.dir, ['--head', 'HEAD', '--no-cache', '--json', '-']);
    const json = JSON.parse(result.stdout);

    expect(result.exitCode).toBe(0);
    expect(json.runAll.enabled).toBe(true);
    expect(json.runAll.reasons[0].trigger).toBe('change unknown');
    expect(json.runAll.reasons[0].detail).toMatch(/^origin\/HEAD names origin\/feature, .* Pass --base REF/);
  });
});
