/**
 * Runs the types validator with the native TypeScript 7 compiler, installed
 * here under the alias `typescript-native` and linked into each temporary
 * repository as its `typescript`, as a project on TypeScript 7 has it.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runTypeCheck } from '../../../src/validate/types/index.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const NATIVE_FOLDER = dirname(createRequire(import.meta.url).resolve('typescript-native/package.json'));
const TIMEOUT_MS = 120_000;

const STRICT = { strict: true, target: 'es2022', module: 'nodenext', lib: ['es2022'], types: [] };

function writeRepository(files: Record<string, string>): string {
  const root = temporaryFolder('types-native-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  mkdirSync(join(root, 'node_modules'), { recursive: true });
  symlinkSync(NATIVE_FOLDER, join(root, 'node_modules', 'typescript'), 'dir');
  return root;
}

const PROJECT = {
  'package.json': '{ "name": "native", "type": "module" }',
  'tsconfig.json': JSON.stringify({ compilerOptions: STRICT, include: ['src'] }),
  'src/a.ts': ["const count: number = 'three';", 'export { count };', ''].join('\n'),
};

describe('native TypeScript compiler', { timeout: TIMEOUT_MS }, () => {
  it('runs through its command line', async () => {
    const root = writeRepository(PROJECT);

    const result = await runTypeCheck({ root, settings: { projects: [], compiler: 'auto', incremental: false }, cacheDir: null });

    expect(result.skippedReason).toBeUndefined();
    expect(result.compiler).toMatchObject({ kind: 'native', mode: 'cli', version: expect.stringMatching(/^7\./) });
    expect(result.findings.map(({ ruleId, path, range }) => ({ ruleId, path, range }))).toEqual([
      { ruleId: 'types/TS2322', path: 'src/a.ts', range: { startLine: 1, startColumn: 7, endLine: 1, endColumn: 12 } },
    ]);
  });

  it('rejects the API mode with the fix', async () => {
    const root = writeRepository(PROJECT);

    const result = await runTypeCheck({ root, settings: { projects: [], compiler: 'api', incremental: false }, cacheDir: null });

    expect(result.skippedReason).toMatch(/has no JavaScript compiler API\. Set validate\.types\.compiler to "auto" or "cli"/);
  });

  it('gives the same findings on an incremental second run', async () => {
    const root = writeRepository(PROJECT);
    const cacheDir = temporaryFolder('types-native-cache-');
    const request = { root, settings: { projects: [], compiler: 'auto' as const, incremental: true }, cacheDir };

    const first = await runTypeCheck(request);
    const second = await runTypeCheck(request);

    expect(second.findings).toEqual(first.findings);
    expect(first.findings).toHaveLength(1);
  });
});
