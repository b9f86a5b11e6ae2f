/**
 * Changes that cannot alter what runs, on real git repositories: a change
 * only to comments, white space or types marks the changed file
 * `runtimeEquivalent`, and the tests that reach only such files need a type
 * check, not a run. Every case commits a base on `main` and the change on
 * `feature`, then runs the impact stage as a pull request would.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import type { RuntimeEquivalence } from '../../../src/impact/model.js';
import { commitFiles, FEATURE_BRANCH, TestRepo, writeFiles } from '../support/monorepo.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const PULL_REQUEST: ChangeRequest = { kind: 'pull-request', baseRef: 'main', headRef: FEATURE_BRANCH };

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

const ADD = ['export function add(a: number, b: number): number {', '  return a + b;', '}', ''].join('\n');

const OVERLOADS = [
  'export function parse(value: string): number;',
  'export function parse(value: number): number;',
  'export function parse(value: unknown): number {',
  '  return Number(value);',
  '}',
  '',
].join('\n');

const SERVICE = [
  'function log(target: object, key: string): void {}',
  'export class Service {',
  '  @log',
  '  handle(value: string): string {',
  '    return String(value);',
  '  }',
  '}',
  '',
].join('\n');

const HELPER_USER = ["import { Helper } from './helper';", 'export function run(helper: Helper): unknown {', '  return helper;', '}', ''].join('\n');

const NO_SEMICOLONS = [
  "import { helper } from './helper'",
  'export const name = helper',
  'export function run(value: string): string {',
  '  return helper(value)',
  '}',
  '',
].join('\n');

const DECORATORS = { experimentalDecorators: true, emitDecoratorMetadata: true };

interface EquivalenceCase {
  name: string;
  /** Path of the changed source file, which `test/a.test.ts` imports. */
  source?: string;
  base: string;
  head: string;
  compilerOptions?: Record<string, unknown>;
  /** Other files of both commits. */
  extra?: Record<string, string>;
  /** Content of `.github/testmaster.yml`. */
  config?: string;
  expected: RuntimeEquivalence | undefined;
}

const CASES: EquivalenceCase[] = [
  {
    name: 'JSDoc-only change',
    base: ADD,
    head: `/**\n * Adds two numbers.\n * @example add(1, 2) // 3\n */\n${ADD}`,
    expected: 'comments',
  },
  {
    name: 'whitespace-only change',
    base: ADD,
    head: ADD.replace('  return a + b;', '\treturn a  +  b ;').replace('{\n', '{\n\n'),
    expected: 'comments',
  },
  {
    name: 'type annotation change',
    base: ADD,
    head: ADD.replace('b: number', 'b: number | never'),
    expected: 'types',
  },
  {
    name: 'interface change',
    base: `export interface Options {\n  verbose: boolean;\n}\n${ADD}`,
    head: `export interface Options {\n  verbose: boolean;\n  limit?: number;\n}\n${ADD}`,
    expected: 'types',
  },
  {
    name: 'overload signature reorder',
    base: OVERLOADS,
    head: OVERLOADS.replace(/^(.*string\): number;)\n(.*number\): number;)$/m, '$2\n$1'),
    expected: 'types',
  },
  {
    name: 'import type change',
    base: `import type { Shape } from './shape';\nexport function area(shape: Shape): number {\n  return shape.width;\n}\n`,
    head: `import type { Shape, Size } from './shape';\nexport function area(shape: Shape & Size): number {\n  return shape.width;\n}\n`,
    extra: { 'src/shape.ts': 'export interface Shape {\n  width: number;\n}\nexport interface Size {\n  height: number;\n}\n' },
    expected: 'types',
  },
  {
    name: 'type change in code without semicolons',
    base: NO_SEMICOLONS,
    head: NO_SEMICOLONS.replace('value: string', 'value: string | number'),
    extra: { 'src/helper.ts': 'export const helper = (value: unknown) => String(value)\n' },
    expected: 'types',
  },
  {
    name: 'code change in code without semicolons',
    base: NO_SEMICOLONS,
    head: NO_SEMICOLONS.replace('helper(value)', 'helper(value, 2)'),
    extra: { 'src/helper.ts': 'export const helper = (value: unknown) => String(value)\n' },
    expected: undefined,
  },
  {
    name: 'type change inside a function body',
    base: NO_SEMICOLONS.replace('return helper(value)', 'const text: string = helper(value)\n  return text'),
    head: NO_SEMICOLONS.replace('return helper(value)', 'const text: string | number = helper(value)\n  return text'),
    extra: { 'src/helper.ts': 'export const helper = (value: unknown) => String(value)\n' },
    expected: 'types',
  },
  {
    name: 'code change in call arguments inside a function body',
    base: NO_SEMICOLONS.replace('return helper(value)', 'const text = helper(value)\n  return text'),
    head: NO_SEMICOLONS.replace('return helper(value)', 'const text = helper(value[0] as string)\n  return text'),
    extra: { 'src/helper.ts': 'export const helper = (value: unknown) => String(value)\n' },
    expected: undefined,
  },
  {
    name: 'type change inside a switch case',
    base: 'export function pick(value: unknown): unknown {\n  switch (typeof value) {\n    case "string":\n      return value as string\n  }\n  return value\n}\n',
    head: 'export function pick(value: unknown): unknown {\n  switch (typeof value) {\n    case "string":\n      return value as String\n  }\n  return value\n}\n',
    expected: 'types',
  },
  {
    name: 'type change in an object type that a function type returns',
    base: 'export type Make = () => {\n  name: string\n}\nexport const make: Make = () => ({ name: "a" })\n',
    head: 'export type Make = () => {\n  name: string | number\n}\nexport const make: Make = () => ({ name: "a" })\n',
    expected: 'types',
  },
  {
    name: 'code change beside an import change',
    base: "import { helper, type Name } from './helper'\nexport function run(value: Name): string {\n  return helper(value)\n}\n",
    head: "import { helper, type Label } from './helper'\nexport function run(value: Label): string {\n  return helper(value, 2)\n}\n",
    extra: { 'src/helper.ts': 'export type Name = string\nexport type Label = string\nexport const helper = (value: unknown, _times?: number) => String(value)\n' },
    expected: undefined,
  },
  {
    name: 'type change beside an import change',
    base: "import { helper, type Name } from './helper'\nexport function run(value: Name): string {\n  return helper(value)\n}\n",
    head: "import { helper, type Label } from './helper'\nexport function run(value: Label): string {\n  return helper(value)\n}\n",
    extra: { 'src/helper.ts': 'export type Name = string\nexport type Label = string\nexport const helper = (value: unknown, _times?: number) => String(value)\n' },
    expected: 'types',
  },
  {
    name: 'export renamed after a typed function',
    base: `${ADD}export { add as sum };\n`,
    head: `${ADD}export { add as total };\n`,
    expected: undefined,
  },
  {
    name: 'assertion removed before a parenthesized line',
    base: NO_SEMICOLONS.replace('return helper(value)', 'const text = helper as unknown\n  (value)\n  return text'),
    head: NO_SEMICOLONS.replace('return helper(value)', 'const text = helper\n  (value)\n  return text'),
    extra: { 'src/helper.ts': 'export const helper = (value: unknown) => String(value)\n' },
    expected: undefined,
  },
  {
    name: 'interface removed before a bracketed line',
    base: 'export const list = [1, 2]\ninterface Pair {\n  a: number\n}\n[0].forEach(String)\n',
    head: 'export const list = [1, 2]\n[0].forEach(String)\n',
    expected: undefined,
  },
  {
    name: 'index signature without semicolons',
    base: 'export interface Bag {\n  size: number\n  [key: string]: unknown\n}\nexport const empty = 0\n',
    head: 'export interface Bag {\n  size: number | bigint\n  [key: string]: unknown\n}\nexport const empty = 0\n',
    expected: 'types',
  },
  {
    name: 'interface becomes an ambient class behind an export list',
    base: 'interface Foo {\n  a: string\n}\nexport { Foo }\n',
    head: 'declare class Foo {\n  a: string\n}\nexport { Foo }\n',
    expected: undefined,
  },
  {
    name: 'type becomes an ambient const behind a default export',
    base: 'type Value = string\nexport default Value\n',
    head: 'declare const Value: string\nexport default Value\n',
    expected: undefined,
  },
  {
    name: 'code change mixed with a type change',
    base: ADD,
    head: ADD.replace('b: number', 'b: string').replace('a + b', 'a + Number(b)'),
    expected: undefined,
  },
  {
    name: 'code change with equal operators',
    base: ADD,
    head: ADD.replace('a + b', 'b + a'),
    expected: undefined,
  },
  {
    name: 'line break before a returned value',
    base: ADD,
    head: ADD.replace('return a + b;', 'return (\n    a + b);'),
    expected: undefined,
  },
  {
    name: 'decorated member type under emitDecoratorMetadata',
    base: SERVICE,
    head: SERVICE.replace('handle(value: string)', 'handle(value: number)'),
    compilerOptions: DECORATORS,
    expected: undefined,
  },
  {
    name: 'decorated member type without decorator metadata',
    base: SERVICE,
    head: SERVICE.replace('handle(value: string)', 'handle(value: number)'),
    compilerOptions: { experimentalDecorators: true },
    expected: 'types',
  },
  {
    name: 'import only types use, under verbatimModuleSyntax',
    base: HELPER_USER,
    head: 'export function run(helper: unknown): unknown {\n  return helper;\n}\n',
    compilerOptions: { verbatimModuleSyntax: true },
    extra: { 'src/helper.ts': "export class Helper {}\nconsole.log('loaded');\n" },
    expected: undefined,
  },
  {
    name: 'import only types use, with import elision',
    base: HELPER_USER,
    head: '\nexport function run(helper: unknown): unknown {\n  return helper;\n}\n',
    extra: { 'src/helper.ts': "export class Helper {}\nconsole.log('loaded');\n" },
    expected: 'types',
  },
  {
    name: 'import moved to another module',
    base: `${HELPER_USER.replace("'./helper'", "'./helper.js'")}export const made = new Helper();\n`,
    head: `${HELPER_USER.replace("'./helper'", "'./index.js'")}export const made = new Helper();\n`,
    extra: { 'src/helper.ts': 'export class Helper {}\n', 'src/index.ts': "export { Helper } from './helper';\n" },
    expected: undefined,
  },
  {
    name: 'JSDoc type in a JavaScript file under checkJs',
    source: 'src/a.js',
    base: '/** @param {number} a */\nexport function twice(a) {\n  return a * 2;\n}\n',
    head: '/** @param {number | string} a */\nexport function twice(a) {\n  return a * 2;\n}\n',
    compilerOptions: { allowJs: true, checkJs: true },
    expected: 'comments',
  },
  {
    name: 'code change in a JavaScript file',
    source: 'src/a.js',
    base: 'export function twice(a) {\n  return a * 2;\n}\n',
    head: 'export function twice(a) {\n  return a * 3;\n}\n',
    compilerOptions: { allowJs: true, checkJs: true },
    expected: undefined,
  },
  {
    name: 'JSX pragma comment',
    source: 'src/a.tsx',
    base: '/** @jsxImportSource preact */\nexport const view = <p>Hi</p>;\n',
    head: '/** @jsxImportSource react */\nexport const view = <p>Hi</p>;\n',
    expected: undefined,
  },
  {
    name: 'comment beside an unchanged JSX pragma',
    source: 'src/a.tsx',
    base: '/** @jsxImportSource preact */\nexport const view = <p>Hi</p>;\n',
    head: '/** @jsxImportSource preact */\n// Greets.\nexport const view = <p>Hi</p>;\n',
    expected: 'comments',
  },
  {
    name: 'const enum member type',
    base: `export const enum Level {\n  Low = 1,\n}\n${ADD}`,
    head: `export const enum Level {\n  Low = 1,\n}\n${ADD.replace('b: number', 'b: number | never')}`,
    expected: undefined,
  },
  {
    name: 'change inside a namespace',
    base: 'export namespace Limits {\n  export const max: number = 1;\n}\n',
    head: 'export namespace Limits {\n  export const max: number = 2;\n}\n',
    expected: undefined,
  },
  {
    name: 'declaration file',
    source: 'src/a.d.ts',
    base: 'export declare function add(a: number, b: number): number;\n',
    head: 'export declare function add(a: number, b: bigint): number;\n',
    expected: 'types',
  },
  {
    name: 'equivalentChangesRun switched on',
    base: ADD,
    head: `/** Adds two numbers. */\n${ADD}`,
    config: 'impact:\n  equivalentChangesRun: true\n',
    expected: undefined,
  },
];

const TEST_FILE = 'test/a.test.ts';

/** Commits the base on `main` and the change on `feature`, with a test that imports the changed file. */
function repositoryFor(testCase: EquivalenceCase): TestRepo {
  const repo = TestRepo.create('testmaster-equivalence-');
  repos.push(repo);
  const source = testCase.source ?? 'src/a.ts';
  const specifier = `../${source.replace(/\.d\.ts$|\.[jt]s$/, '')}`;
  writeFiles(repo, {
    'package.json': JSON.stringify({ name: 'equivalence', type: 'module' }),
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, ...testCase.compilerOptions }, include: ['src', 'test'] }),
    'vitest.config.ts': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
    [TEST_FILE]: `import * as subject from '${specifier}';\nconsole.log(subject);\n`,
    'test/other.test.ts': "console.log('unrelated');\n",
    ...(testCase.config ? { '.github/testmaster.yml': testCase.config } : {}),
    ...testCase.extra,
    [source]: testCase.base,
  });
  repo.commit('Add the base');
  repo.git('switch', '--quiet', '--create', FEATURE_BRANCH);
  commitFiles(repo, { [source]: testCase.head }, 'Change the source');
  return repo;
}

describe('runtime-equivalent changes', () => {
  it.each(CASES)('$name', async (testCase) => {
    const repo = repositoryFor(testCase);

    const { json } = await runImpactOnly(repo.dir, PULL_REQUEST);

    const source = testCase.source ?? 'src/a.ts';
    expect(json.changedFiles.map((file) => file.path)).toEqual([source]);
    expect(json.changedFiles[0]!.runtimeEquivalent).toBe(testCase.expected);
    const test = json.affectedTests.find((affected) => affected.path === TEST_FILE);
    expect(test?.need).toBe(testCase.expected ? 'type-check' : 'run');
    expect(json.affectedTests.map((affected) => affected.path)).toEqual([TEST_FILE]);
  });

  it('explain names the comment-only change', async () => {
    const repo = repositoryFor(CASES[0]!);

    const { json, stage } = await runImpactOnly(repo.dir, PULL_REQUEST, { explain: [TEST_FILE] });

    const lines = json.explanations?.[0]?.lines ?? [];
    expect(lines[0]).toBe(`${TEST_FILE} is a test file that reaches only changes that cannot alter what runs, so it needs a type check, not a run:`);
    expect(lines.at(-1)).toBe('  src/a.ts changed only in comments or white space, so its run-time code is unchanged');
    expect(json.notes).toContain('src/a.ts changed only in comments or white space, so tests that reach only such changes need a type check, not a run.');
    const evidence = json.affectedTests[0]?.evidence;
    expect(evidence?.kind === 'chain' ? evidence.runtimeEquivalent : undefined).toBe('comments');
    expect(JSON.stringify(stage.blocks)).toContain('which changed only in comments or white space');
    expect(json.risk.factors.find((factor) => factor.id === 'diffSize')?.value).toBe(0);
  });

  // A commit snapshot reads cached scripts only when named, so the change's own scripts must be named for the comparison.
  it('compares cached scripts in commit mode', async () => {
    const repo = repositoryFor(CASES[0]!);
    const cachePath = join(repo.dir, '.git', 'scan-cache.json');
    await runImpactOnly(repo.dir, PULL_REQUEST, { headSource: 'commit', cachePath });

    const { json } = await runImpactOnly(repo.dir, PULL_REQUEST, { headSource: 'commit', cachePath });

    expect(json.changedFiles[0]!.runtimeEquivalent).toBe(CASES[0]!.expected);
    expect(json.affectedTests.find((affected) => affected.path === TEST_FILE)?.need).toBe('type-check');
  });

  it('changed test file still runs', async () => {
    const repo = TestRepo.create('testmaster-equivalence-');
    repos.push(repo);
    writeFiles(repo, {
      'package.json': JSON.stringify({ name: 'equivalence', type: 'module' }),
      'vitest.config.ts': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
      [TEST_FILE]: "console.log('a');\n",
    });
    repo.commit('Add the base');
    repo.git('switch', '--quiet', '--create', FEATURE_BRANCH);
    commitFiles(repo, { [TEST_FILE]: "// Prints a.\nconsole.log('a');\n" }, 'Comment the test');

    const { json } = await runImpactOnly(repo.dir, PULL_REQUEST);

    expect(json.changedFiles[0]!.runtimeEquivalent).toBeUndefined();
    expect(json.affectedTests).toMatchObject([{ path: TEST_FILE, need: 'run', evidence: { kind: 'changed' } }]);
  });

  it('mixed change runs the tests of the code change', async () => {
    const repo = TestRepo.create('testmaster-equivalence-');
    repos.push(repo);
    writeFiles(repo, {
      'package.json': JSON.stringify({ name: 'equivalence', type: 'module' }),
      'vitest.config.ts': "export default { test: { include: ['test/**/*.test.ts'] } };\n",
      'src/a.ts': ADD,
      'src/b.ts': "import { add } from './a';\nexport const three = add(1, 2);\n",
      'test/a.test.ts': "import { add } from '../src/a';\nconsole.log(add);\n",
      'test/b.test.ts': "import { three } from '../src/b';\nconsole.log(three);\n",
    });
    repo.commit('Add the base');
    repo.git('switch', '--quiet', '--create', FEATURE_BRANCH);
    commitFiles(repo, { 'src/a.ts': `// Sums.\n${ADD}`, 'src/b.ts': "import { add } from './a';\nexport const three = add(2, 1);\n" }, 'Change both');

    const { json } = await runImpactOnly(repo.dir, PULL_REQUEST);

    expect(json.changedFiles.map((file) => [file.path, file.runtimeEquivalent])).toEqual([
      ['src/a.ts', 'comments'],
      ['src/b.ts', undefined],
    ]);
    expect(json.affectedTests.map((test) => [test.path, test.need])).toEqual([
      ['test/a.test.ts', 'type-check'],
      ['test/b.test.ts', 'run'],
    ]);
  });
});
