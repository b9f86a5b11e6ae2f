/** Exported names read with the impact syntax reader, and deleted exports of public modules. */

import { describe, expect, it } from 'vitest';
import { findDeletedExports, type ModuleVersions, type PublicModules } from '../../../src/impact/risk/deleted-exports.js';
import { withComparedExports } from '../../../src/impact/risk/export-comparison.js';
import { EXPORT_EQUALS, listExportedNames } from '../../../src/impact/risk/exported-names.js';

const NAME_CASES: { form: string; text: string; names: string[]; file?: string }[] = [
  { form: 'export function', text: 'export function run() {}', names: ['run'] },
  { form: 'export async function', text: 'export async function load() {}', names: ['load'] },
  { form: 'export function overloads', text: 'export function f(a: string): void;\nexport function f(a: any) {}', names: ['f'] },
  { form: 'export class', text: 'export class Store {}', names: ['Store'] },
  { form: 'export abstract class', text: 'export abstract class Base {}', names: ['Base'] },
  { form: 'export const', text: 'export const a = 1, b = 2;', names: ['a', 'b'] },
  { form: 'export let', text: 'export let counter = 0;', names: ['counter'] },
  { form: 'export var', text: 'export var legacy;', names: ['legacy'] },
  { form: 'export const destructuring', text: 'export const { x, y: renamed, ...rest } = obj, [first, , third] = list;', names: ['first', 'renamed', 'rest', 'third', 'x'] },
  { form: 'export enum', text: 'export enum Color { Red }', names: ['Color'] },
  { form: 'export const enum', text: 'export const enum Flag { A }', names: ['Flag'] },
  { form: 'export interface', text: 'export interface Options { a: string }', names: ['Options'] },
  { form: 'export type', text: 'export type Id = string;', names: ['Id'] },
  { form: 'export namespace', text: 'export namespace Tools { export const inner = 1; }', names: ['Tools'] },
  { form: 'export declare', text: 'export declare function ambient(): void;\nexport declare const version: string;', names: ['ambient', 'version'] },
  { form: 'export import alias', text: 'namespace N { export const v = 1; }\nexport import V = N.v;', names: ['V'] },
  { form: 'export list', text: 'const a = 1, b = 2;\nexport { a, b as c };', names: ['a', 'c'] },
  { form: 'export list with string name', text: 'const a = 1;\nexport { a as "kebab-name" };', names: ['kebab-name'] },
  { form: 'export type list', text: 'type T = 1;\nexport type { T };\nexport { type T as U };', names: ['T', 'U'] },
  { form: 'export from', text: "export { one, two as three } from './numbers';", names: ['one', 'three'] },
  { form: 'export default from', text: "export { default } from './component';", names: ['default'] },
  { form: 'export as default', text: 'const main = 1;\nexport { main as default };', names: ['default'] },
  { form: 'export default expression', text: 'export default 42;', names: ['default'] },
  { form: 'export default function', text: 'export default function named() {}', names: ['default'] },
  { form: 'export default class', text: 'export default class {}', names: ['default'] },
  { form: 'export default interface', text: 'export default interface Shape {}', names: ['default'] },
  { form: 'export * as namespace', text: "export * as helpers from './helpers';", names: ['helpers'] },
  { form: 'export =', text: 'const api = {};\nexport = api;', names: [EXPORT_EQUALS] },
  { form: 'empty export', text: 'export {};', names: [] },
  { form: 'declare module block', text: "declare module 'other' { export const inside: number; }", names: [] },
  { form: 'declare global', text: 'export {};\ndeclare global { interface Window { x: 1 } }', names: [] },
  { form: 'export as namespace', text: 'export as namespace UmdGlobal;', names: [] },
  { form: 'no export', text: 'const hidden = 1;\nfunction local() {}', names: [] },
  { form: 'JSX module', text: 'export const View = () => <div>{"</div>"}</div>;', names: ['View'], file: 'view.tsx' },
  { form: 'JavaScript module', text: 'export function plain() {}\nexport default plain;', names: ['default', 'plain'], file: 'plain.mjs' },
  { form: 'export type * as namespace', text: "export type * as Types from './types';", names: ['Types'] },
  { form: 'statements without semicolons', text: 'export const a = 1\nexport function b() {}\nexport const c = () => ({})\nexport class D {}', names: ['D', 'a', 'b', 'c'] },
  { form: 'arrow in a conditional branch', text: 'export const f: (x: X) => boolean = flag\n  ? (g as any)\n  : (x) => { return true }\nexport const h = 1', names: ['f', 'h'] },
  { form: 'import type in an annotation', text: "export const a = b as typeof import('./m').c,\n  d = 1", names: ['a', 'd'] },
  { form: 'generic call in an initializer', text: 'export const a = new Map<string, number>(), b = 1', names: ['a', 'b'] },
  { form: 'regular expression with braces', text: 'const re = /[{(]/\nexport const after = 1', names: ['after'] },
  { form: 'template with braces', text: 'const t = `}${"{"}`\nexport const after = 1', names: ['after'] },
  { form: 'object key named export', text: 'const o = { export: 1 }\no.export = 2\nexport const real = 1', names: ['real'] },
];

describe('listExportedNames', () => {
  it.each(NAME_CASES)('lists $form', ({ text, names, file }) => {
    expect(listExportedNames(file ?? 'module.ts', text).names).toEqual(names);
  });

  it('reports wildcard re-exports separately', () => {
    const text = "export * from './b';\nexport * from './a';\nexport * from './a';\nexport const own = 1;";

    expect(listExportedNames('index.ts', text)).toEqual({ names: ['own'], wildcards: ['./a', './b'] });
  });

  it('leaves out re-exports from lost modules', () => {
    const text = [
      "export { fmt, fmt as format } from './fmt.js';",
      "export * as helpers from './fmt.js';",
      "export * from './fmt.js';",
      "export { add } from './math.js';",
      "export * from './types.js';",
      'export const own = 1;',
    ].join('\n');

    expect(listExportedNames('index.ts', text, new Set(['./fmt.js']))).toEqual({ names: ['add', 'own'], wildcards: ['./types.js'] });
  });

  it('keeps local names that match a lost module', () => {
    const text = "import { fmt } from './fmt.js';\nexport { fmt };";

    expect(listExportedNames('index.ts', text, new Set(['./fmt.js'])).names).toEqual(['fmt']);
  });

  it('lists what it can of text with syntax errors', () => {
    expect(listExportedNames('broken.ts', 'export const ok = 1;\nexport function (').names).toContain('ok');
  });
});

describe('findDeletedExports', () => {
  const publicModules: PublicModules = {
    entryPoints: new Set(['packages/a/src/index.ts']),
    importedFromOutside: new Set(['packages/a/src/shared.js', 'packages/a/src/gone.ts', 'packages/a/README.md']),
  };

  /** Compares the export lists of `modules`, then collects what they lost. */
  function compareAndFind(modules: ModuleVersions[]) {
    return findDeletedExports(withComparedExports(modules, publicModules), publicModules);
  }

  it('detects a deleted export', () => {
    const deleted = compareAndFind(
      [
        {
          path: 'packages/a/src/index.ts',
          baseText: "export const keep = 1;\nexport function removed() {}\nexport * from './old';\nexport * from './still';",
          headText: "export const keep = 1;\nexport * from './still';",
        },
      ],
    );

    expect(deleted).toEqual([{ path: 'packages/a/src/index.ts', names: ['removed'], wildcards: ['./old'] }]);
  });

  it('counts a module imported from outside its package', () => {
    const deleted = compareAndFind([{ path: 'packages/a/src/shared.js', baseText: 'export const a = 1, b = 2;', headText: 'export const a = 1;' }]);

    expect(deleted).toEqual([{ path: 'packages/a/src/shared.js', names: ['b'], wildcards: [] }]);
  });

  it('treats a deleted module as losing every export', () => {
    const deleted = compareAndFind([{ path: 'packages/a/src/gone.ts', baseText: 'export const a = 1;\nexport default a;', headText: null }]);

    expect(deleted).toEqual([{ path: 'packages/a/src/gone.ts', names: ['a', 'default'], wildcards: [] }]);
  });

  it('counts re-exports of a deleted module as deleted', () => {
    const text = "export { keep } from './keep';\nexport { fmt } from './fmt';\nexport * from './gone';";

    const deleted = compareAndFind([{ path: 'packages/a/src/index.ts', baseText: text, headText: text, lostModules: ['./fmt', './gone'] }]);

    expect(deleted).toEqual([{ path: 'packages/a/src/index.ts', names: ['fmt'], wildcards: ['./gone'] }]);
  });

  it.each([
    ['an added module', { path: 'packages/a/src/index.ts', baseText: null, headText: 'export const a = 1;' }],
    ['a module that is not public', { path: 'packages/a/src/private.ts', baseText: 'export const a = 1;', headText: '' }],
    ['a file that is not a script', { path: 'packages/a/README.md', baseText: 'export const a = 1;', headText: '' }],
    ['a module with only added exports', { path: 'packages/a/src/index.ts', baseText: 'export const a = 1;', headText: 'export const a = 1, b = 2;' }],
    ['an export moved into a list', { path: 'packages/a/src/index.ts', baseText: 'export const a = 1;', headText: 'const a = 1;\nexport { a };' }],
  ])('ignores %s', (_, versions) => {
    expect(compareAndFind([versions])).toEqual([]);
  });

  it('uses a comparison result it is given', () => {
    const versions = { path: 'packages/a/src/index.ts', baseText: 'export const a = 1;', headText: 'export const a = 1;', removed: { names: ['cached'], wildcards: [] } };

    expect(findDeletedExports([versions], publicModules)).toEqual([{ path: 'packages/a/src/index.ts', names: ['cached'], wildcards: [] }]);
  });

  it('rejects a public module that was not compared', () => {
    const versions = { path: 'packages/a/src/index.ts', baseText: 'export const a = 1;', headText: '' };

    expect(() => findDeletedExports([versions], publicModules)).toThrow('The exports of packages/a/src/index.ts were not compared');
  });
});
