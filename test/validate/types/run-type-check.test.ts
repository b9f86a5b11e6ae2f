/**
 * Runs the types validator on small repositories written to temporary
 * folders, each with a node_modules/typescript link to this project's
 * TypeScript 5.9, so that both the compiler API and the CLI really run.
 */
import { existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { recordingLogger } from '../../../src/run/logger.js';
import type { TypesSettings } from '../../../src/validate/settings.js';
import { runTypeCheck } from '../../../src/validate/types/index.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const TYPESCRIPT_FOLDER = dirname(createRequire(import.meta.url).resolve('typescript/package.json'));
const TIMEOUT_MS = 120_000;

const STRICT = { strict: true, target: 'es2022', module: 'nodenext', lib: ['es2022'], types: [] };

function writeRepository(files: Record<string, string>, withCompiler = true): string {
  const root = temporaryFolder('types-check-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  if (withCompiler) {
    mkdirSync(join(root, 'node_modules'), { recursive: true });
    symlinkSync(TYPESCRIPT_FOLDER, join(root, 'node_modules', 'typescript'), 'dir');
  }
  return root;
}

function settings(overrides: Partial<TypesSettings> = {}): TypesSettings {
  return { projects: [], compiler: 'auto', incremental: false, ...overrides };
}

/** Files of the repository, outside node_modules, to prove that a check wrote nothing there. */
function listFiles(root: string, folder = ''): string[] {
  return readdirSync(join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = folder === '' ? entry.name : `${folder}/${entry.name}`;
    if (entry.name === 'node_modules') return [];
    return entry.isDirectory() ? listFiles(root, path) : [path];
  });
}

const SINGLE_PROJECT = {
  'package.json': '{ "name": "single", "type": "module" }',
  'tsconfig.json': JSON.stringify({ compilerOptions: STRICT, include: ['src'] }),
  'src/a.ts': ["const count: number = 'three';", 'export function twice(value: number): number {', '  return value * 2;', '}', "twice('x');", ''].join('\n'),
  'src/b.ts': ['// ñ counts as one UTF-16 unit', "export const label = 'ñ' + missingName;", ''].join('\n'),
};

const SINGLE_PROJECT_FINDINGS = [
  { ruleId: 'types/TS2322', level: 'error', path: 'src/a.ts', range: { startLine: 1, startColumn: 7, endLine: 1, endColumn: 12 } },
  { ruleId: 'types/TS2345', level: 'error', path: 'src/a.ts', range: { startLine: 5, startColumn: 7, endLine: 5, endColumn: 10 } },
  { ruleId: 'types/TS2304', level: 'error', path: 'src/b.ts', range: { startLine: 2, startColumn: 28, endLine: 2, endColumn: 39 } },
];

function summary(findings: { ruleId: string; level: string; path: string; range: object }[]): object[] {
  return findings.map(({ ruleId, level, path, range }) => ({ ruleId, level, path, range }));
}

describe('runTypeCheck', { timeout: TIMEOUT_MS }, () => {
  it('reports codes and full ranges through the API', async () => {
    const root = writeRepository(SINGLE_PROJECT);
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.skippedReason).toBeUndefined();
    expect(result.compiler).toMatchObject({ kind: 'typescript', mode: 'api', version: expect.stringMatching(/^5\./) });
    expect(summary(result.findings)).toEqual(SINGLE_PROJECT_FINDINGS);
    expect(result.findings[0]?.message).toBe("Type 'string' is not assignable to type 'number'.");
    expect(result.projects.map((project) => project.tsconfig)).toEqual(['tsconfig.json']);
    expect(listFiles(root).sort()).toEqual(['package.json', 'src/a.ts', 'src/b.ts', 'tsconfig.json']);
  });

  it('checks only the listed files through the API', async () => {
    const root = writeRepository(SINGLE_PROJECT);
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null, onlyFiles: ['src/b.ts', 'src/gone.ts'] });

    expect(summary(result.findings)).toEqual(SINGLE_PROJECT_FINDINGS.filter((finding) => finding.path === 'src/b.ts'));
  });

  it('checks only the listed files incrementally', async () => {
    const root = writeRepository(SINGLE_PROJECT);
    const cacheDir = temporaryFolder('types-cache-');
    const first = await runTypeCheck({ root, settings: settings({ incremental: true }), cacheDir, onlyFiles: ['src/a.ts'] });
    const second = await runTypeCheck({ root, settings: settings({ incremental: true }), cacheDir, onlyFiles: null });

    expect(summary(first.findings)).toEqual(SINGLE_PROJECT_FINDINGS.filter((finding) => finding.path === 'src/a.ts'));
    expect(summary(second.findings)).toEqual(SINGLE_PROJECT_FINDINGS);
  });

  // The CLI prints only starts. Its ends are estimated from the token at the
  // start (a word, or the quoted string `'x'`), which matches the API here.
  it('reports the same findings through the CLI, with estimated ends', async () => {
    const root = writeRepository(SINGLE_PROJECT);
    const result = await runTypeCheck({ root, settings: settings({ compiler: 'cli' }), cacheDir: null });

    expect(result.compiler).toMatchObject({ kind: 'typescript', mode: 'cli' });
    expect(summary(result.findings)).toEqual(SINGLE_PROJECT_FINDINGS);
    expect(listFiles(root).sort()).toEqual(['package.json', 'src/a.ts', 'src/b.ts', 'tsconfig.json']);
  });

  it('checks referenced projects against their sources', async () => {
    const options = { ...STRICT, composite: true, rootDir: 'src', outDir: 'dist' };
    const root = writeRepository({
      'package.json': '{ "name": "refs", "type": "module" }',
      'tsconfig.json': JSON.stringify({ files: [], references: [{ path: 'packages/app' }] }),
      'packages/core/tsconfig.json': JSON.stringify({ compilerOptions: options, include: ['src'] }),
      'packages/core/src/index.ts': 'export function parse(text: string): number {\n  return text;\n}\n',
      'packages/app/tsconfig.json': JSON.stringify({ compilerOptions: options, include: ['src'], references: [{ path: '../core' }] }),
      'packages/app/src/main.ts': "import { parse } from '../../core/src/index.js';\nconst name: string = parse('1');\nexport { name };\n",
    });
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.projects.map((project) => project.tsconfig)).toEqual(['packages/app/tsconfig.json', 'packages/core/tsconfig.json']);
    expect(summary(result.findings)).toEqual([
      { ruleId: 'types/TS2322', level: 'error', path: 'packages/app/src/main.ts', range: { startLine: 2, startColumn: 7, endLine: 2, endColumn: 11 } },
      { ruleId: 'types/TS2322', level: 'error', path: 'packages/core/src/index.ts', range: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 } },
    ]);
    expect(result.findings.map((finding) => finding.properties?.['project'])).toEqual(['packages/app/tsconfig.json', 'packages/core/tsconfig.json']);
    expect(existsSync(join(root, 'packages/core/dist'))).toBe(false);
  });

  it.each(['api', 'cli'] as const)('writes no build info of a composite project through the %s', async (compiler) => {
    const root = writeRepository({
      ...SINGLE_PROJECT,
      'tsconfig.json': JSON.stringify({ compilerOptions: { ...STRICT, composite: true, incremental: true, outDir: 'dist' }, include: ['src'] }),
    });
    const result = await runTypeCheck({ root, settings: settings({ compiler }), cacheDir: null });

    expect(result.findings.map((finding) => finding.ruleId)).toEqual(['types/TS2322', 'types/TS2345', 'types/TS2304']);
    expect(listFiles(root).sort()).toEqual(['package.json', 'src/a.ts', 'src/b.ts', 'tsconfig.json']);
  });

  it('finds workspace projects without a root tsconfig', async () => {
    const project = JSON.stringify({ compilerOptions: STRICT, include: ['src'] });
    const root = writeRepository({
      'package.json': '{ "name": "workspaces", "private": true, "workspaces": ["packages/*"] }',
      'packages/one/tsconfig.json': project,
      'packages/one/src/index.ts': "export const one: number = '1';\n",
      'packages/two/tsconfig.json': project,
      'packages/two/src/index.ts': 'export const two: string = 2;\n',
    });
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.projects.map((outcome) => outcome.tsconfig)).toEqual(['packages/one/tsconfig.json', 'packages/two/tsconfig.json']);
    expect(result.findings.map((finding) => `${finding.path}:${finding.ruleId}`)).toEqual([
      'packages/one/src/index.ts:types/TS2322',
      'packages/two/src/index.ts:types/TS2322',
    ]);
  });

  it('reports a file shared by two projects once', async () => {
    const root = writeRepository({
      ...SINGLE_PROJECT,
      'tsconfig.test.json': JSON.stringify({ compilerOptions: STRICT, include: ['src'] }),
    });
    const result = await runTypeCheck({ root, settings: settings({ projects: ['tsconfig.json', 'tsconfig.test.json'] }), cacheDir: null });

    expect(result.projects.map((outcome) => outcome.diagnostics)).toEqual([3, 3]);
    expect(summary(result.findings)).toEqual(SINGLE_PROJECT_FINDINGS);
  });

  it('places option errors on the tsconfig', async () => {
    const root = writeRepository({
      'package.json': '{ "name": "options" }',
      'tsconfig.json': '{\n  "compilerOptions": { "strictt": true },\n  "files": ["a.ts"]\n}\n',
      'a.ts': 'export const a = 1;\n',
    });
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(summary(result.findings)).toEqual([
      { ruleId: 'types/TS5025', level: 'error', path: 'tsconfig.json', range: { startLine: 2, startColumn: 24, endLine: 2, endColumn: 33 } },
    ]);
  });

  it('skips with a reason when no compiler is installed', async () => {
    const root = writeRepository(SINGLE_PROJECT, false);
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.findings).toEqual([]);
    expect(result.compiler).toBeNull();
    expect(result.skippedReason).toMatch(/no TypeScript compiler was found.*npm install --save-dev typescript/);
  });

  it.each([
    ['dependencies', '', 'package.json'],
    ['devDependencies', '', 'package.json'],
    ['devDependencies', 'packages/app/', 'packages/app/package.json'],
  ])('rejects a compiler declared in %s of %s but not installed', async (field, folder, manifest) => {
    const files = Object.fromEntries(Object.entries(SINGLE_PROJECT).map(([path, text]) => [`${folder}${path}`, text]));
    files[`${folder}package.json`] = JSON.stringify({ name: 'declared', [field]: { typescript: '~5.9.3' } });
    const root = writeRepository(files, false);
    const check = runTypeCheck({ root, settings: settings(), cacheDir: null });

    await expect(check).rejects.toThrow(UserError);
    await expect(check).rejects.toThrow(`${manifest} declares typescript, but it is not installed under ${root}, so the types validator could not run.`);
    await expect(check).rejects.toThrow('Install the dependencies (npm ci) in a step before validation');
  });

  it('skips when only an unrelated package declares a compiler', async () => {
    const root = writeRepository({ ...SINGLE_PROJECT, 'tools/package.json': '{ "devDependencies": { "typescript": "5.9.3" } }' }, false);
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.skippedReason).toMatch(/no TypeScript compiler was found/);
  });

  it('skips with a reason when no tsconfig exists', async () => {
    const root = writeRepository({ 'package.json': '{ "name": "bare" }', 'a.ts': 'export {};\n' });
    const result = await runTypeCheck({ root, settings: settings(), cacheDir: null });

    expect(result.skippedReason).toMatch(/no tsconfig.json was found.*validate.types.projects/);
  });

  it('rejects a configured project that does not exist', async () => {
    const root = writeRepository(SINGLE_PROJECT);
    const check = runTypeCheck({ root, settings: settings({ projects: ['app/tsconfig.json'] }), cacheDir: null });

    await expect(check).rejects.toThrow(UserError);
    await expect(check).rejects.toThrow(/validate.types.projects: app\/tsconfig.json was not found/);
  });

  it.each(['api', 'cli'] as const)('repeats the findings incrementally through the %s', async (compiler) => {
    const root = writeRepository(SINGLE_PROJECT);
    const cacheDir = temporaryFolder('types-cache-');
    const log = recordingLogger();
    const request = { root, settings: settings({ compiler, incremental: true }), cacheDir, log };

    const first = await runTypeCheck(request);
    const buildInfo = readdirSync(cacheDir);
    const second = await runTypeCheck(request);

    expect(buildInfo).toEqual([expect.stringMatching(/^tsconfig\.json\..*\.tsbuildinfo$/)]);
    expect(summary(second.findings)).toEqual(SINGLE_PROJECT_FINDINGS);
    expect(second.findings).toEqual(first.findings);
    expect(listFiles(root).sort()).toEqual(['package.json', 'src/a.ts', 'src/b.ts', 'tsconfig.json']);
    expect(log.lines.filter((line) => line.startsWith('types: tsconfig.json: 3 diagnostics'))).toHaveLength(2);
  });
});
