import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../../src/run/logger.js';
import { defaultValidateSettings } from '../../../src/validate/defaults.js';
import { runValidateStage } from '../../../src/validate/stage/run-validate-stage.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

function git(root: string, ...args: string[]): void {
  execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: root, stdio: 'pipe' });
}

/** A repository whose branch `feature` adds the given files on top of `main`. */
function repositoryAdding(files: Record<string, string>): string {
  const root = temporaryFolder('validate-stage-');
  git(root, 'init', '-q', '-b', 'main');
  writeFileSync(join(root, 'README'), 'x\n');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'base');
  git(root, 'checkout', '-qb', 'feature');
  for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'change');
  return root;
}

async function validate(root: string, importedSarif: string[] = []) {
  const settings = { ...defaultValidateSettings(), validators: ['syntax', 'complexity', 'security', 'standards', 'sarif'] as const };
  return runValidateStage({
    root,
    settings: { ...settings, validators: [...settings.validators] },
    change: { kind: 'local', base: 'main' },
    headSource: 'commit',
    typesCache: null,
    sarifOutput: join(root, '.git', 'out.sarif'),
    importedSarif,
    log: recordingLogger(),
  });
}

describe('runValidateStage on files a parser cannot take', () => {
  it('skips a script nested too deeply and still reports the other files', async () => {
    const depth = 20_000;
    const root = repositoryAdding({
      'deep.js': `const x = ${'('.repeat(depth)}1${')'.repeat(depth)};\n`,
      'deep.yml': `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`,
      'plain.js': 'eval(code);\n',
    });
    const { result } = await validate(root);
    expect(result.findings.map((finding) => [finding.ruleId, finding.path])).toEqual([['security/dynamic-code', 'plain.js']]);
    expect(result.notes).toContain('Skipped 2 files (nested too deeply to analyse): deep.js, deep.yml.');
    expect(result.errors).toEqual([]);
  });
});

describe('runValidateStage on large reports', () => {
  it('reads a SARIF file with more results than a function call takes arguments', async () => {
    const root = repositoryAdding({ 'a.js': 'const a = 1;\n' });
    const count = 200_000;
    const result = { ruleId: 'r', level: 'error', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { startLine: 1 } } }] };
    const log = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Big' } }, results: new Array(count).fill(result) }] };
    const sarifPath = join(root, '.git', 'big.sarif');
    writeFileSync(sarifPath, JSON.stringify(log));
    const { result: outcome } = await validate(root, [sarifPath]);
    expect(outcome.findings).toHaveLength(count);
    expect(outcome.errors).toEqual([]);
  }, 60_000);
});

describe('runValidateStage with a type check stopped early', () => {
  it('reports a project-wide type error whatever the filter', async () => {
    const root = repositoryAdding({
      'a.ts': 'export const count: number = 1;\n',
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, types: [] }, files: ['a.ts', 'missing.ts'] }),
    });
    mkdirSync(join(root, 'node_modules'));
    symlinkSync(dirname(createRequire(import.meta.url).resolve('typescript/package.json')), join(root, 'node_modules', 'typescript'), 'dir');
    // The next commit changes a.ts only, so line 1 of tsconfig.json is outside the added lines.
    writeFileSync(join(root, 'a.ts'), 'export const count: number = 2;\n');
    git(root, 'commit', '-qam', 'change a.ts');
    const settings = { ...defaultValidateSettings(), validators: ['types' as const] };

    const { result } = await runValidateStage({
      root,
      settings,
      change: { kind: 'local', base: 'HEAD~1', head: 'HEAD' },
      headSource: 'commit',
      typesCache: null,
      sarifOutput: null,
      importedSarif: [],
      log: recordingLogger(),
    });

    expect(result.findings.map((finding) => `${finding.ruleId} ${finding.path}:${finding.range.startLine}`)).toEqual(['types/TS6053 tsconfig.json:1']);
    expect(result.findings[0]!.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(result.failing).toBe(1);
  });
});

describe('runValidateStage without an installed compiler', () => {
  async function validateTypes(root: string) {
    const log = recordingLogger();
    const outcome = await runValidateStage({
      root,
      settings: { ...defaultValidateSettings(), validators: ['types' as const] },
      change: { kind: 'local', base: 'main' },
      headSource: 'commit',
      typesCache: null,
      sarifOutput: null,
      importedSarif: [],
      log,
    });
    return { ...outcome, log };
  }

  it('fails when package.json declares typescript', async () => {
    const root = repositoryAdding({
      'package.json': JSON.stringify({ name: 'app', devDependencies: { typescript: '~5.9.3' } }),
      'tsconfig.json': '{}',
      'a.ts': 'export const count: number = "one";\n',
    });

    const { result, report } = await validateTypes(root);

    expect(report.status).toBe('error');
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toContain('package.json declares typescript, but it is not installed');
    expect(result.errors[0]).toContain('npm ci');
  });

  it('skips with a warning when nothing declares it', async () => {
    const root = repositoryAdding({ 'package.json': JSON.stringify({ name: 'app' }), 'tsconfig.json': '{}', 'a.ts': 'export const count = 1;\n' });

    const { result, report, log } = await validateTypes(root);

    expect(report.status).toBe('passed');
    expect(result.validators.find((validator) => validator.name === 'types')?.status).toBe('skipped');
    expect(result.warnings).toContainEqual(expect.stringMatching(/^The types validator was skipped: no TypeScript compiler was found/));
    expect(log.lines).toContainEqual(expect.stringMatching(/^warning: The types validator was skipped: /));
  });
});
