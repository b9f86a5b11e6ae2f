/**
 * Writes a seeded synthetic TypeScript monorepo of 10,000 script files into
 * a folder, commits it with git, and adds a second commit that changes three
 * files. The same seed gives the same files and the same commit hashes.
 *
 * Layout: 20 workspace packages `packages/pNN`, each with 400 source modules
 * in 8 folders (`src/fF/mNNNN.ts`, module 0 is `src/index.ts`) and 100
 * tests (`test/tNNN.test.ts`). A module imports 1 to 4 lower-numbered
 * modules of its package by relative path (1 in 8 of them type-only), and
 * 3 in 10 modules also import a module of a lower-numbered package through
 * the tsconfig path alias `@syn/pNN/*`, which the package's exports map also
 * resolves. Tests import 1 to 3 modules of their package. The change commit
 * appends an export to each of `CHANGED_FILES`.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { seededRandom } from '../seeded-random.js';

export const PACKAGE_COUNT = 20;
export const MODULES_PER_PACKAGE = 400;
export const TESTS_PER_PACKAGE = 100;
const FOLDERS = 8;
const MODULES_PER_FOLDER = MODULES_PER_PACKAGE / FOLDERS;

/** Files that the change commit modifies: a low-level module, a mid-level one and a test. */
export const CHANGED_FILES = ['packages/p00/src/f0/m0005.ts', 'packages/p10/src/f4/m0210.ts', 'packages/p19/test/t050.test.ts'];


const pad = (value: number, width: number): string => String(value).padStart(width, '0');
const packageName = (index: number): string => `p${pad(index, 2)}`;

/** Path of module `index` inside its package's `src/`, without extension; module 0 is the package index. */
function modulePath(index: number): string {
  return index === 0 ? 'index' : `f${Math.floor(index / MODULES_PER_FOLDER)}/m${pad(index, 4)}`;
}

/** Relative specifier from module `from` to module `to` of the same package. */
function relativeSpecifier(from: number, to: number): string {
  const fromFolder = from === 0 ? '' : `f${Math.floor(from / MODULES_PER_FOLDER)}`;
  const target = modulePath(to);
  if (fromFolder === '') return `./${target}`;
  const targetFolder = target.includes('/') ? target.slice(0, target.indexOf('/')) : '';
  if (targetFolder === fromFolder) return `./${target.slice(target.indexOf('/') + 1)}`;
  return `../${target}`;
}

/** Function body lines, so that files have a realistic size of 1 to 2 KiB. */
function bodyLines(random: () => number, name: string): string[] {
  const lines = [`export function ${name}(input: number[]): number {`, '  let total = 0;'];
  const statements = 6 + Math.floor(random() * 20);
  for (let i = 0; i < statements; i++) {
    lines.push(`  total += input.length > ${i} ? (input[${i}] ?? 0) * ${1 + Math.floor(random() * 9)} : ${i};`);
  }
  lines.push('  return total;', '}');
  return lines;
}

function sourceModule(random: () => number, pkg: number, index: number): string {
  const lines: string[] = [];
  const used: string[] = [];
  if (index === 0) {
    for (let target = 1; target <= 10; target++) lines.push(`export * from '${relativeSpecifier(0, target)}';`);
    return `${lines.join('\n')}\n`;
  }
  const importCount = index < 5 ? 0 : 1 + Math.floor(random() * 4);
  const targets = new Set<number>();
  for (let i = 0; i < importCount; i++) targets.add(1 + Math.floor(random() * (index - 1)));
  for (const target of targets) {
    const name = `fn${pad(target, 4)}`;
    // One import in eight is type-only, as in code that imports interfaces.
    if (random() < 0.125) lines.push(`import type { Shape${pad(target, 4)} } from '${relativeSpecifier(index, target)}';`);
    else {
      lines.push(`import { ${name} } from '${relativeSpecifier(index, target)}';`);
      used.push(name);
    }
  }
  if (pkg > 0 && random() < 0.3) {
    const otherPackage = Math.floor(random() * pkg);
    const target = 1 + Math.floor(random() * (MODULES_PER_PACKAGE - 1));
    const name = `fn${pad(target, 4)}`;
    lines.push(`import { ${name} as external${pad(otherPackage, 2)} } from '@syn/${packageName(otherPackage)}/${modulePath(target)}';`);
    used.push(`external${pad(otherPackage, 2)}`);
  }
  lines.push('', `export interface Shape${pad(index, 4)} {`, '  id: number;', '  label: string;', '}', '');
  lines.push(...bodyLines(random, `fn${pad(index, 4)}`));
  lines.push('', `export const uses${pad(index, 4)} = [${used.join(', ')}];`);
  return `${lines.join('\n')}\n`;
}

function testModule(random: () => number, pkg: number, index: number): string {
  const lines = ["import { describe, expect, it } from 'vitest';"];
  const targets = new Set<number>();
  const count = 1 + Math.floor(random() * 3);
  for (let i = 0; i < count; i++) targets.add(1 + Math.floor(random() * (MODULES_PER_PACKAGE - 1)));
  for (const target of targets) lines.push(`import { fn${pad(target, 4)} } from '../src/${modulePath(target)}';`);
  if (random() < 0.2) lines.push(`import * as pkg from '@syn/${packageName(pkg)}';`);
  lines.push('', `describe('${packageName(pkg)} t${pad(index, 3)}', () => {`);
  for (const target of targets) lines.push(`  it('runs fn${pad(target, 4)}', () => {`, `    expect(fn${pad(target, 4)}([1, 2, 3])).toBeTypeOf('number');`, '  });');
  lines.push('});');
  return `${lines.join('\n')}\n`;
}

function writeFile(root: string, path: string, text: string): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
}

/** tsconfig paths: `@syn/pNN` is the package's `src/index.ts`, and `@syn/pNN/PATH` is `src/PATH` inside it. */
function aliasPaths(): Record<string, string[]> {
  const paths: Record<string, string[]> = {};
  for (let pkg = 0; pkg < PACKAGE_COUNT; pkg++) {
    paths[`@syn/${packageName(pkg)}`] = [`packages/${packageName(pkg)}/src/index.ts`];
    paths[`@syn/${packageName(pkg)}/*`] = [`packages/${packageName(pkg)}/src/*`];
  }
  return paths;
}

function writeConfigs(root: string): void {
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  writeFile(root, '.gitignore', 'node_modules/\n');
  writeFile(root, 'package.json', json({ name: 'synthetic', private: true, type: 'module', workspaces: ['packages/*'] }));
  writeFile(
    root,
    'tsconfig.json',
    json({
      compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'Bundler', strict: true, baseUrl: '.', paths: aliasPaths() },
      include: ['packages'],
    }),
  );
  writeFile(
    root,
    'vitest.config.ts',
    [
      "import { defineConfig } from 'vitest/config';",
      '',
      'export default defineConfig({',
      "  test: { include: ['packages/*/test/**/*.test.ts'] },",
      '});',
      '',
    ].join('\n'),
  );
  for (let pkg = 0; pkg < PACKAGE_COUNT; pkg++) {
    // The exports map gives Node's workspace resolution the same targets as the tsconfig paths.
    const manifest = { name: `@syn/${packageName(pkg)}`, version: '1.0.0', type: 'module', exports: { '.': './src/index.ts', './*': './src/*.ts' } };
    writeFile(root, `packages/${packageName(pkg)}/package.json`, json(manifest));
  }
}

function git(root: string, args: string[]): string {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 'bench',
    GIT_AUTHOR_EMAIL: 'bench@example.invalid',
    GIT_COMMITTER_NAME: 'bench',
    GIT_COMMITTER_EMAIL: 'bench@example.invalid',
    GIT_AUTHOR_DATE: '2024-01-01T00:00:00Z',
    GIT_COMMITTER_DATE: '2024-01-01T00:00:00Z',
  };
  return execFileSync('git', ['-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd: root, env, encoding: 'utf8' }).trim();
}

/**
 * Writes the repository into `root` unless a `.git` is already there; with
 * `force`, deletes the folder first. Returns the head commit.
 */
export function generateSyntheticRepo(root: string, seed = 1, force = false): string {
  if (force) rmSync(root, { recursive: true, force: true });
  if (existsSync(join(root, '.git'))) return git(root, ['rev-parse', 'HEAD']);

  mkdirSync(root, { recursive: true });
  const random = seededRandom(seed);
  writeConfigs(root);
  for (let pkg = 0; pkg < PACKAGE_COUNT; pkg++) {
    const folder = `packages/${packageName(pkg)}`;
    for (let index = 0; index < MODULES_PER_PACKAGE; index++) writeFile(root, `${folder}/src/${modulePath(index)}.ts`, sourceModule(random, pkg, index));
    for (let index = 0; index < TESTS_PER_PACKAGE; index++) writeFile(root, `${folder}/test/t${pad(index, 3)}.test.ts`, testModule(random, pkg, index));
  }
  git(root, ['init', '-q']);
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Synthetic repository']);

  for (const path of CHANGED_FILES) {
    appendFileSync(join(root, path), '\nexport const changedInBench = true;\n');
  }
  git(root, ['add', '-A']);
  git(root, ['commit', '-q', '-m', 'Change three files']);
  return git(root, ['rev-parse', 'HEAD']);
}
