/** Patch coverage from the command line, and reading reports outside any repository. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it } from 'vitest';
import { runCli } from './support/run-cli.js';
import { decodeGitPath } from '../../src/git/git-path.js';
import { createPullRequest, lcovReport, samplePullRequest, type PullRequestScenario } from './support/scenario.js';

interface PatchFile {
  path: string;
  covered: number;
  total: number;
  missingFromReports: boolean;
}

let scenario: PullRequestScenario | undefined;
let folder: string | undefined;

afterEach(() => {
  scenario?.repo.remove();
  if (folder) rmSync(folder, { recursive: true, force: true });
  scenario = undefined;
  folder = undefined;
});

it('coverage counts a file missing from the report', async () => {
  scenario = samplePullRequest();
  // Only pricing.js is in the report: lines 7 (0 hits), 9 and 25 (covered) of its changes.
  scenario.repo.write('coverage/lcov.info', lcovReport([{ path: 'src/pricing.js', hits: { 1: 1, 7: 0, 9: 1, 25: 1 } }]));

  const result = await runCli(scenario.dir, ['coverage', '--base', 'main', '--json', '-']);

  expect(result.exitCode, result.stderr).toBe(0);
  const patch = (JSON.parse(result.stdout) as { patch: { covered: number; total: number; files: PatchFile[] } }).patch;
  const byPath = new Map(patch.files.map((file) => [file.path, file]));
  expect(byPath.get('src/pricing.js')).toMatchObject({ covered: 2, total: 3, missingFromReports: false });
  expect(byPath.get('src/shapes.js')).toMatchObject({ covered: 0, missingFromReports: true });
  // Without line data every added line of the new file counts except its 3 blank lines (2, 11 and 17); comment lines count.
  expect(byPath.get('src/unused.js')).toMatchObject({ covered: 0, total: 15, missingFromReports: true });
  expect(patch.covered).toBe(2);
  expect(patch.total).toBe(3 + byPath.get('src/shapes.js')!.total + 15);
  expect(result.stderr).toMatch(/src\/unused\.js +1, 3-10, 12-16, 18 +missing from every coverage report/);
});

it.each([
  ['with --no-path-mapping', ['--no-path-mapping'], 0],
  ['without --no-path-mapping', [], 2],
])('coverage outside a repository %s', async (_case, flags, exitCode) => {
  folder = mkdtempSync(join(tmpdir(), 'testmaster-no-repo-'));
  // Paths from another machine, which no repository here can resolve.
  writeFileSync(join(folder, 'lcov.info'), lcovReport([
    { path: '/build/agent/src/a.ts', hits: { 1: 1, 2: 0, 3: 1 } },
    { path: '/build/agent/src/b.ts', hits: { 1: 1 } },
  ]));

  const result = await runCli(folder, ['coverage', 'lcov.info', ...flags, '--json', '-']);

  expect(result.exitCode, result.stderr).toBe(exitCode);
  if (exitCode !== 0) {
    expect(result.stderr).toMatch(/git|repository/i);
    return;
  }
  const json = JSON.parse(result.stdout) as { totals: { lines: unknown }; patch: unknown; files: { path: string }[] };
  expect(json.totals.lines).toEqual({ covered: 3, total: 4, percent: 75 });
  expect(json.files.map((file) => file.path).sort()).toEqual(['/build/agent/src/a.ts', '/build/agent/src/b.ts']);
  expect(result.stderr).toContain('Patch coverage was skipped: --no-path-mapping reads the reports without the repository.');
});

it('coverage matches a non-UTF-8 file name', async () => {
  // Latin-1 "café.js": the byte 0xe9 is not UTF-8. git keeps the bytes, and so must the lcov reader.
  const name = Buffer.concat([Buffer.from('src/caf'), Buffer.from([0xe9]), Buffer.from('.js')]);
  scenario = createPullRequest({ 'README.md': '# shop\n' }, {});
  const { repo } = scenario;
  mkdirSync(join(repo.dir, 'src'));
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), name]), 'export function price(amount) {\n  return amount * 2;\n}\n');
  repo.commit('Add the price module');
  const report = Buffer.concat([Buffer.from(`TN:\nSF:${repo.dir}/`), name, Buffer.from('\nDA:1,1\nDA:2,0\nend_of_record\n')]);
  writeFileSync(join(repo.dir, 'lcov.info'), report);

  const result = await runCli(scenario.dir, ['coverage', 'lcov.info', '--base', 'main', '--json', '-']);

  expect(result.exitCode, result.stderr).toBe(0);
  const json = JSON.parse(result.stdout) as { files: { path: string }[]; patch: { files: PatchFile[] } };
  const path = decodeGitPath(name);
  expect(json.files.map((file) => file.path)).toEqual([path]);
  expect(json.patch.files).toEqual([expect.objectContaining({ path, covered: 1, total: 2, missingFromReports: false })]);
});
