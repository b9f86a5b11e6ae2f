/**
 * Runs the CLI adapter against stand-in compiler scripts that print fixed
 * output and exit with a chosen code, to cover exit codes that TypeScript
 * 5.9 itself produces only on a crash.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProjectWithCli, cliArguments } from '../../../src/validate/types/cli-check.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

function standInCompiler(root: string, stdout: string, stderr: string, exitCode: number): string {
  const entry = join(root, 'fake-tsc.cjs');
  const script = [`process.stdout.write(${JSON.stringify(stdout)});`, `process.stderr.write(${JSON.stringify(stderr)});`, `process.exitCode = ${exitCode};`];
  writeFileSync(entry, script.join('\n'));
  return entry;
}

describe('checkProjectWithCli', () => {
  it.each([
    { name: 'a clean exit', stdout: '', exitCode: 0, count: 0 },
    { name: 'errors with exit code 1', stdout: "a.ts(1,1): error TS2304: Cannot find name 'x'.\n", exitCode: 1, count: 1 },
    { name: 'errors with exit code 2', stdout: "a.ts(1,1): error TS2304: Cannot find name 'x'.\nb.ts(2,3): error TS2322: No.\n", exitCode: 2, count: 2 },
  ])('accepts $name', async ({ stdout, exitCode, count }) => {
    const root = temporaryFolder('types-cli-');
    const entry = standInCompiler(root, stdout, '', exitCode);
    const outcome = await checkProjectWithCli({ root, tsconfig: join(root, 'tsconfig.json'), entry, buildInfoFile: null });

    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(outcome.diagnostics).toHaveLength(count);
  });

  it.each([
    { name: 'a crash with a stack trace', stdout: '', stderr: 'Error: Debug Failure.\n    at check (tsc.js:1:1)\n', exitCode: 1, detail: /Debug Failure/ },
    { name: 'exit code 1 without diagnostics', stdout: 'Version 5.9.3\n', stderr: '', exitCode: 1, detail: /Version 5.9.3/ },
    { name: 'an unknown exit code', stdout: "a.ts(1,1): error TS2304: Cannot find name 'x'.\n", stderr: 'killed\n', exitCode: 134, detail: /killed/ },
  ])('rejects $name', async ({ stdout, stderr, exitCode, detail }) => {
    const root = temporaryFolder('types-cli-');
    const entry = standInCompiler(root, stdout, stderr, exitCode);
    const outcome = await checkProjectWithCli({ root, tsconfig: join(root, 'tsconfig.json'), entry, buildInfoFile: null });

    expect(outcome.ok).toBe(false);
    if (!outcome.ok) {
      expect(outcome.reason).toContain('fake-tsc.cjs failed on');
      expect(outcome.reason).toMatch(detail);
    }
  });
});

describe('cliArguments', () => {
  it.each([
    { buildInfoFile: null, expected: ['-p', '/r/tsconfig.json', '--noEmit', '--pretty', 'false'] },
    {
      buildInfoFile: '/cache/x.tsbuildinfo',
      expected: ['-p', '/r/tsconfig.json', '--noEmit', '--pretty', 'false', '--incremental', '--tsBuildInfoFile', '/cache/x.tsbuildinfo'],
    },
  ])('builds flags for build info $buildInfoFile', ({ buildInfoFile, expected }) => {
    expect(cliArguments({ tsconfig: '/r/tsconfig.json', buildInfoFile })).toEqual(expected);
  });
});
