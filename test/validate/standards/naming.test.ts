import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import type { NamingRule } from '../../../src/validate/settings.js';
import { check, rangeOf, summary } from './fixture.js';

const NAMING: NamingRule[] = [
  { kind: 'function', pattern: '^[a-z][A-Za-z0-9]*$' },
  { kind: 'class', pattern: '^[A-Z][A-Za-z0-9]*$' },
  { kind: 'variable', pattern: '^(?:[a-z][A-Za-z0-9]*|[A-Z][A-Z0-9_]*)$' },
  { kind: 'type', pattern: '^[A-Z]' },
  { kind: 'interface', pattern: '^[A-Z]' },
  { kind: 'enum', pattern: '^[A-Z]' },
];

const PATTERN_OF = Object.fromEntries(NAMING.map((rule) => [rule.kind, rule.pattern]));

function message(kind: NamingRule['kind'], name: string): string {
  return `Exported ${kind} '${name}' does not match the naming pattern ${PATTERN_OF[kind]} set for ${kind} names.`;
}

interface Case {
  name: string;
  code: string;
  /** Each expected finding: kind, name, and which appearance of the name it covers. */
  invalid: [NamingRule['kind'], string, number?][];
}

const cases: Case[] = [
  {
    name: 'valid names of every kind',
    code: [
      'export function doIt() {}',
      'export const makeIt = () => 1;',
      'export class Widget {}',
      'export const MAX_SIZE = 3, count = 1;',
      'export type Point = {};',
      'export interface Shape {}',
      'export enum Color {}',
    ].join('\n'),
    invalid: [],
  },
  { name: 'function declaration', code: 'export function do_it() {}', invalid: [['function', 'do_it']] },
  { name: 'async generator', code: 'export async function* Stream_all() {}', invalid: [['function', 'Stream_all']] },
  { name: 'arrow function variable', code: 'export const make_it = () => 1;', invalid: [['function', 'make_it']] },
  { name: 'function expression variable', code: 'export let Run = function () {};', invalid: [['function', 'Run']] },
  { name: 'class declaration', code: 'export class widget {}', invalid: [['class', 'widget']] },
  { name: 'abstract class', code: 'export abstract class base_shape {}', invalid: [['class', 'base_shape']] },
  { name: 'class expression variable', code: 'export const thing = class {};', invalid: [['class', 'thing']] },
  { name: 'plain variable', code: 'export const Max_size = 3;', invalid: [['variable', 'Max_size']] },
  {
    name: 'destructured variables',
    code: 'export const { a_b, c: [D_e], ...Rest_x } = source;',
    invalid: [['variable', 'a_b'], ['variable', 'D_e'], ['variable', 'Rest_x']],
  },
  { name: 'type alias', code: 'export type point = { x: number };', invalid: [['type', 'point']] },
  { name: 'interface', code: 'export interface shape {}', invalid: [['interface', 'shape']] },
  { name: 'enum', code: 'export enum color { Red }', invalid: [['enum', 'color']] },
  { name: 'const enum', code: 'export const enum color { Red }', invalid: [['enum', 'color']] },
  { name: 'default function', code: 'export default function bad_default() {}', invalid: [['function', 'bad_default']] },
  { name: 'default class', code: 'export default class widget {}', invalid: [['class', 'widget']] },
  { name: 'anonymous default', code: 'export default function () {}', invalid: [] },
  { name: 'default expression', code: 'const bad_name = 1;\nexport default bad_name;', invalid: [] },
  {
    name: 'export list renames',
    code: 'function local_fn() {}\nexport { local_fn as localFn, local_fn as bad_name };',
    invalid: [['function', 'bad_name']],
  },
  {
    name: 'export list of local names',
    code: 'class widget {}\ntype point = {};\nexport { widget, type point };',
    invalid: [['class', 'widget', 2], ['type', 'point', 2]],
  },
  { name: 're-export from a module', code: "export { x_y } from './m';\nexport * as name_space from './n';", invalid: [] },
  { name: 'export list of an import', code: "import { x_y } from './m';\nexport { x_y };", invalid: [] },
  { name: 'not exported', code: 'function not_exported() {}\nclass widget {}', invalid: [] },
  {
    name: 'overloads reported once',
    code: 'export function over_load(a: string): void;\nexport function over_load(a: unknown) {}',
    invalid: [['function', 'over_load']],
  },
  { name: 'declared function', code: 'export declare function Ambient(): void;', invalid: [['function', 'Ambient']] },
  { name: 'same name, two kinds', code: 'export interface box {}\nexport class box {}', invalid: [['interface', 'box'], ['class', 'box', 2]] },
];

describe('standards/naming', () => {
  it.each(cases)('$name', ({ code, invalid }) => {
    const findings = check(code, { naming: NAMING }).map(summary);

    expect(findings).toEqual(
      invalid.map(([kind, name, occurrence]) => ({
        ruleId: 'standards/naming',
        message: message(kind, name),
        range: rangeOf(code, name, occurrence),
      })),
    );
  });

  it('applies every rule of a kind', () => {
    const naming: NamingRule[] = [
      { kind: 'function', pattern: '^[a-z]' },
      { kind: 'function', pattern: '^(?!get)' },
    ];
    const findings = check('export function getThing() {}', { naming });

    expect(findings.map((finding) => finding.properties)).toEqual([{ pattern: '^(?!get)' }]);
  });

  it('rejects an invalid pattern', () => {
    const naming: NamingRule[] = [
      { kind: 'function', pattern: '^[a-z]' },
      { kind: 'class', pattern: '([A-Z' },
    ];
    const run = () => check('export class A {}', { naming });

    expect(run).toThrow(UserError);
    expect(run).toThrow(/^validate\.standards\.naming\[1\]\.pattern "\(\[A-Z" is not a valid regular expression \(.+\)\. Fix the pattern for class names in the configuration\.$/);
  });
});
