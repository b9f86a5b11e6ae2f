import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../src/run/logger.js';
import { defaultValidateSettings } from '../../../src/validate/defaults.js';
import type { ValidateSettings } from '../../../src/validate/settings.js';
import { runValidateStage } from '../../../src/validate/stage/run-validate-stage.js';
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

function git(root: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, encoding: 'utf8' });
}

function writeFiles(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

/** A repository with `base` committed on main and `change` committed on top of it on feature. */
function repository(base: Record<string, string>, change: Record<string, string>): string {
  const root = temporaryFolder('validate-new-');
  git(root, 'init', '-q', '-b', 'main');
  writeFiles(root, base);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  git(root, 'checkout', '-qb', 'feature');
  writeFiles(root, change);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'change');
  return root;
}

function linkTypeScript(root: string): void {
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  symlinkSync(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), join(root, 'node_modules', 'typescript'), 'dir');
}

async function validateNew(root: string, settings: Partial<ValidateSettings>, importedSarif: string[] = []) {
  return runValidateStage({
    root,
    settings: { ...defaultValidateSettings(), filter: 'new', ...settings },
    change: { kind: 'local', base: 'main' },
    headSource: 'commit',
    typesCache: null,
    sarifOutput: null,
    importedSarif,
    log: recordingLogger(),
  });
}

function places(findings: readonly { ruleId: string; path: string; range: { startLine: number } }[]): string[] {
  return findings.map((finding) => `${finding.ruleId} ${finding.path}:${finding.range.startLine}`);
}

/**
 * Points the temporary folder of this test process at a fresh folder for the
 * duration of `run`, so that other processes' checkouts do not show up in it.
 */
async function withPrivateTemporaryFolder<T>(run: (folder: string) => Promise<T>): Promise<T> {
  const previous = process.env['TMPDIR'];
  const folder = temporaryFolder('validate-new-tmp-');
  process.env['TMPDIR'] = folder;
  try {
    return await run(folder);
  } finally {
    if (previous === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = previous;
  }
}

const TSCONFIG = JSON.stringify({ compilerOptions: { strict: true, noEmit: true, types: [] }, include: ['src'] });

describe('the new filter with the type checker', () => {
  it('reports only type errors the change added', async () => {
    const root = repository(
      {
        'tsconfig.json': TSCONFIG,
        'src/old.ts': 'export const old: number = "text";\n',
        'src/api.ts': 'export function area(side: number): number {\n  return side * side;\n}\n',
        'src/use.ts': 'import { area } from "./api";\nexport const a = area(2);\n',
      },
      {
        // A line above the old error moves it down; it stays old.
        'src/old.ts': '// moved\nexport const old: number = "text";\n',
        // The new signature breaks the caller in src/use.ts, which the change did not touch.
        'src/api.ts': 'export function area(side: string): number {\n  return Number(side) ** 2;\n}\n',
      },
    );
    linkTypeScript(root);

    const { outcome: { result }, leftBehind } = await withPrivateTemporaryFolder(async (folder) => {
      expect(tmpdir()).toBe(folder);
      const outcome = await validateNew(root, { validators: ['types'] });
      return { outcome, leftBehind: readdirSync(folder) };
    });

    expect(places(result.findings)).toEqual(['types/TS2345 src/use.ts:2']);
    expect(result.dropped.outsideFilter).toBe(1);
    expect(result.notes).toContain('The new filter compared types with 1 finding on the merge base.');
    expect(result.warnings).toEqual([]);
    // The checkout of the merge base leaves nothing behind: no folder, no worktree, no change to the index.
    expect(leftBehind).toEqual([]);
    expect(git(root, 'worktree', 'list').trim().split('\n')).toHaveLength(1);
    expect(git(root, 'status', '--porcelain', '--untracked-files=no')).toBe('');
  }, 60_000);

  it('follows a linked node_modules', async () => {
    const root = repository(
      { 'tsconfig.json': TSCONFIG, 'src/old.ts': 'export const old: number = "text";\n' },
      { 'src/new.ts': 'export const added: number = "text";\n' },
    );
    const installed = temporaryFolder('validate-new-modules-');
    symlinkSync(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), join(installed, 'typescript'), 'dir');
    symlinkSync(installed, join(root, 'node_modules'), 'dir');

    const { result } = await validateNew(root, { validators: ['types'] });

    expect(places(result.findings)).toEqual(['types/TS2322 src/new.ts:1']);
  }, 60_000);

  it('treats a base without tsconfig as clean', async () => {
    const root = repository({ 'src/old.ts': 'export const old: number = "text";\n' }, { 'tsconfig.json': TSCONFIG });
    linkTypeScript(root);

    const { result } = await validateNew(root, { validators: ['types'] });

    expect(places(result.findings)).toEqual(['types/TS2322 src/old.ts:1']);
  }, 60_000);
});

/** A linter that reports, as checkstyle XML, every line of the tracked .js files that contains TODO. */
const TODO_LINTER = `
const { readdirSync, readFileSync } = require('node:fs');
const files = readdirSync('.').filter((name) => name.endsWith('.js') && name !== 'lint.cjs');
let out = '<?xml version="1.0"?><checkstyle>';
for (const file of files) {
  out += '<file name="' + file + '">';
  readFileSync(file, 'utf8').split('\\n').forEach((line, index) => {
    if (line.includes('TODO')) out += '<error line="' + (index + 1) + '" severity="warning" message="A TODO is left." source="todo"/>';
  });
  out += '</file>';
}
process.stdout.write(out + '</checkstyle>');
`;

describe('the new filter with a configured linter', () => {
  const linter = { name: 'todo', command: [process.execPath, 'lint.cjs'], format: 'checkstyle' as const };

  it('keeps only findings absent at the base', async () => {
    const root = repository(
      { 'lint.cjs': TODO_LINTER, 'a.js': 'let a = 1; // TODO one\n', 'b.js': 'let b = 1; // TODO two\n' },
      { 'a.js': 'let z = 0;\nlet a = 1; // TODO one\n', 'c.js': 'let c = 1; // TODO three\n' },
    );

    const { result } = await validateNew(root, { validators: ['linters'], linters: [linter] });

    expect(places(result.findings)).toEqual(['todo/todo c.js:1']);
    expect(result.dropped.outsideFilter).toBe(2);
  }, 60_000);

  it('falls back to the file filter on failure', async () => {
    const root = repository(
      { 'a.js': 'let a = 1; // TODO one\n', 'b.js': 'let b = 1; // TODO two\n' },
      { 'lint.cjs': TODO_LINTER, 'a.js': 'let z = 0;\nlet a = 1; // TODO one\n' },
    );

    const { result } = await validateNew(root, { validators: ['linters'], linters: [linter] });

    expect(places(result.findings)).toEqual(['todo/todo a.js:2']);
    expect(result.warnings.join('\n')).toMatch(/^The linters validator failed on the merge base: .*Its findings are filtered as with the file filter\.$/m);
  }, 60_000);
});

describe('the new filter with SARIF files of other tools', () => {
  it('keeps findings in changed files only', async () => {
    const root = repository({ 'a.js': 'let a = 1;\n', 'b.js': 'let b = 1;\n' }, { 'a.js': 'let a = 2;\n' });
    const result = (uri: string) => ({ ruleId: 'r', level: 'error', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri }, region: { startLine: 1 } } }] });
    const sarifPath = join(root, '.git', 'tool.sarif');
    writeFileSync(sarifPath, JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Tool' } }, results: [result('a.js'), result('b.js')] }] }));

    const { result: outcome } = await validateNew(root, { validators: ['sarif'] }, [sarifPath]);

    expect(places(outcome.findings)).toEqual(['tool/r a.js:1']);
    expect(outcome.notes).toContain('SARIF files describe the head only, so the new filter keeps their findings in changed files, as the file filter does.');
  });
});

/** A repository whose feature branch adds a type error on line 2 of src/lib.ts. */
function repositoryWithNewError(): string {
  const root = repository(
    { 'tsconfig.json': TSCONFIG, 'src/lib.ts': 'export const a = 1;\n' },
    { 'src/lib.ts': 'export const a = 1;\nexport const b: number = "text";\n' },
  );
  linkTypeScript(root);
  return root;
}

/** Runs only the type checker on the head commit of `change`. */
function typesOnCommit(root: string, change: ChangeRequest) {
  return runValidateStage({
    root,
    settings: { ...defaultValidateSettings(), validators: ['types'] },
    change,
    headSource: 'commit',
    typesCache: null,
    sarifOutput: null,
    importedSarif: [],
    log: recordingLogger(),
  });
}

describe('whole-project validators on a commit head', () => {
  it('checks the commit, not a dirty working tree', async () => {
    const root = repositoryWithNewError();
    // An uncommitted edit moves the new error down three lines in the working tree only.
    writeFileSync(join(root, 'src/lib.ts'), '//a\n//b\n//c\nexport const a = 1;\nexport const b: number = "text";\n');

    const { result } = await typesOnCommit(root, { kind: 'local', base: 'main', head: 'HEAD' });

    expect(places(result.findings)).toEqual(['types/TS2322 src/lib.ts:2']);
    expect(result.notes.join('\n')).toMatch(/The working tree differs from the head commit [0-9a-f]{12}, so the type checker and the linters ran on a temporary checkout/);
  }, 60_000);
});

describe('whole-project validators on a pull request', () => {
  it('checks the head, not the merge checkout', async () => {
    const root = repositoryWithNewError();
    // The base branch moves on: three lines above the change, so the merge shifts the new error down.
    git(root, 'checkout', '-q', 'main');
    writeFiles(root, { 'src/lib.ts': '//a\n//b\n//c\nexport const a = 1;\n' });
    git(root, 'commit', '-qam', 'comments on main');
    git(root, 'checkout', '-q', '--detach', 'main');
    git(root, 'merge', '-q', '--no-edit', 'feature');

    const { result } = await typesOnCommit(root, { kind: 'pull-request', baseRef: 'main', headRef: 'feature' });

    expect(places(result.findings)).toEqual(['types/TS2322 src/lib.ts:2']);
  }, 60_000);
});
