/**
 * `testmaster impact` and `testmaster check` through `runCommand` from the
 * sources, on repositories built with the git CLI. The bundle tests in
 * impact.test.ts run the same commands as a user installs them.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { CHECK_COMMAND } from '../../src/cli/commands/check.js';
import { IMPACT_COMMAND } from '../../src/cli/commands/impact.js';
import { parseCommandLine } from '../../src/cli/options.js';
import { runCommand } from '../../src/cli/run-command.js';
import type { ImpactJson } from '../../src/impact/report/result-json.js';
import { lcovReport } from '../e2e/support/scenario.js';
import { TestRepo } from '../git/fixture.js';
import { textSink } from '../support/text-sink.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

function createRepo(prefix: string): TestRepo {
  const repo = TestRepo.create(prefix);
  repos.push(repo);
  return repo;
}

/** Runs `testmaster <command> -C dir ...args` as main.ts does, and returns the exit code and both streams. */
async function run(command: 'check' | 'impact', dir: string, args: string[]) {
  const spec = command === 'check' ? CHECK_COMMAND : IMPACT_COMMAND;
  const stdout = textSink();
  const stderr = textSink();
  const exitCode = await runCommand({
    command,
    parsed: parseCommandLine(spec, ['-C', dir, ...args]),
    overrides: [],
    env: {},
    stdout,
    stderr,
  });
  return { exitCode, stdout: stdout.text, stderr: stderr.text };
}

describe('testmaster impact without commits', () => {
  it('exits 2 with the fix', async () => {
    const repo = createRepo('testmaster-cli-empty-');
    repo.write('src/a.ts', 'export const a = 1;\n');

    const result = await run('impact', repo.dir, ['--no-cache']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('HEAD names the branch main, which has no commits yet');
    expect(result.stdout).toContain('Commit the files first');
  });
});

/**
 * Creates a repository whose `feature` branch commits a change to line 2 of
 * src/a.ts, and whose working tree then edits src/b.ts and adds src/c.ts
 * without committing them. A coverage report covers neither changed line of a.ts and b.ts.
 */
function repositoryWithUncommittedWork(): TestRepo {
  const repo = createRepo('testmaster-cli-check-');
  repo.write('.gitignore', 'coverage/\nnode_modules/\n');
  repo.write('package.json', JSON.stringify({ name: 'demo', private: true, devDependencies: { vitest: '^4.0.0' } }));
  repo.write('src/a.ts', 'export const a = 1;\nexport const a2 = 2;\n');
  repo.write('src/b.ts', 'export const b = 1;\n');
  repo.write('test/a.test.ts', 'import { a } from "../src/a";\ntest("a", () => a);\n');
  repo.write('test/b.test.ts', 'import { b } from "../src/b";\ntest("b", () => b);\n');
  repo.commit('Add the modules');
  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('src/a.ts', 'export const a = 1;\nexport const a2 = 3;\n');
  repo.commit('Change a');
  repo.write('src/b.ts', 'export const b = 2;\n');
  repo.write('src/c.ts', 'export const c = 1;\n');
  repo.write('coverage/lcov.info', lcovReport([{ path: 'src/a.ts', hits: { 1: 1, 2: 0 } }, { path: 'src/b.ts', hits: { 1: 0 } }]));
  return repo;
}

describe('testmaster check', () => {
  it('gives both stages the committed change', async () => {
    const repo = repositoryWithUncommittedWork();

    const result = await run('check', repo.dir, ['--base', 'main', '--json', '-']);

    const json = JSON.parse(result.stdout) as { stages: { impact: ImpactJson; coverage: unknown } };
    expect(json.stages.impact.changedFiles.map((file) => file.path)).toEqual(['src/a.ts']);
    expect(json.stages.impact.affectedTests.map((test) => test.path)).toEqual(['test/a.test.ts']);
    // Patch coverage counts the one committed line, which no test covered.
    expect(json.stages.impact.risk.factors.find((factor) => factor.id === 'uncoveredLines')?.value).toBe(1);
  });

  it('notes the uncommitted files it leaves out', async () => {
    const repo = repositoryWithUncommittedWork();

    const result = await run('check', repo.dir, ['--base', 'main', '--json', '-']);

    const json = JSON.parse(result.stdout) as { stages: { impact: ImpactJson } };
    expect(json.stages.impact.notes).toContain(
      'The change ends at the commit HEAD, so 2 files with uncommitted changes are left out: "src/b.ts" and "src/c.ts". Commit them to include them; testmaster impact without --head compares the working tree instead.',
    );
  });
});

describe('testmaster check with the scan cache in the working tree', () => {
  it('leaves the cache file out of the note', async () => {
    const repo = repositoryWithUncommittedWork();
    // Without the ignore rule, the scan cache that the first run writes is an untracked file.
    repo.write('.gitignore', 'coverage/\n');

    await run('check', repo.dir, ['--base', 'main']);
    const result = await run('check', repo.dir, ['--base', 'main', '--json', '-']);

    const json = JSON.parse(result.stdout) as { stages: { impact: ImpactJson } };
    expect(json.stages.impact.notes.join('\n')).toContain('left out: ".gitignore", "src/b.ts" and "src/c.ts".');
  });
});

describe('testmaster impact', () => {
  it('includes uncommitted work', async () => {
    const repo = repositoryWithUncommittedWork();

    const result = await run('impact', repo.dir, ['--base', 'main', '--json', '-', '--no-cache']);

    const json = JSON.parse(result.stdout) as ImpactJson;
    expect(json.changedFiles.map((file) => file.path)).toEqual(['src/a.ts', 'src/b.ts', 'src/c.ts']);
  });
});

describe('testmaster impact --explain outside the repository', () => {
  it('quotes the argument once', async () => {
    const repo = createRepo('testmaster-cli-explain-');
    repo.write('src/a.ts', 'export const a = 1;\n');
    repo.commit('Add a');

    const result = await run('impact', repo.dir, ['--explain', '../back\\slash.ts']);

    expect(result.exitCode).toBe(2);
    expect(result.stdout).toContain('--explain "../back\\slash.ts" is not a file inside the repository');
  });
});
