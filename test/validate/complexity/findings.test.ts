import { describe, expect, it } from 'vitest';
import { COMPLEXITY_RULES, complexityFindings } from '../../../src/validate/complexity/findings.js';
import { matchBaseUnits } from '../../../src/validate/complexity/match-units.js';
import { measureComplexity, type FunctionComplexity } from '../../../src/validate/complexity/measure.js';
import { parseScript } from '../../../src/validate/parse/parse-source.js';

function measure(text: string): FunctionComplexity[] {
  const parsed = parseScript({ path: 'src/app.ts', text });
  if (!parsed.ok) throw new Error(`case does not parse: ${parsed.error.message}`);
  return measureComplexity(parsed.script);
}

const SETTINGS = { cyclomatic: 2, cognitive: 2 };

/** A function with cyclomatic 4 and cognitive 6 on line 2 of the file. */
const COMPLEX = ['', 'function parse(a, b, c) {', '  if (a) { if (b) { if (c) {} } }', '}'].join('\n');

describe('complexityFindings', () => {
  it('reports both metrics above the maximum', () => {
    const findings = complexityFindings(measure(COMPLEX), null, SETTINGS, 'src/app.ts');

    expect(findings.map((finding) => finding.ruleId)).toEqual(['complexity/cyclomatic', 'complexity/cognitive']);
    expect(findings[0]).toEqual({
      ruleId: 'complexity/cyclomatic',
      level: 'warning',
      path: 'src/app.ts',
      range: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 15 },
      message: "Function 'parse' has a cyclomatic complexity of 4, above the maximum of 2.",
      tool: 'testmaster',
      helpUri: 'https://eslint.org/docs/latest/rules/complexity',
      properties: { head: 4, base: null, threshold: 2, rose: 0, function: 'parse' },
    });
    expect(findings[1]?.message).toBe("Function 'parse' has a cognitive complexity of 6, above the maximum of 2.");
  });

  it.each([
    { threshold: 3, count: 2 },
    { threshold: 4, count: 1 },
    { threshold: 6, count: 0 },
  ])('keeps values equal to maximum $threshold', ({ threshold, count }) => {
    const findings = complexityFindings(measure(COMPLEX), null, { cyclomatic: threshold, cognitive: threshold }, 'a.ts');
    expect(findings).toHaveLength(count);
  });

  it('never reports cognitive for static blocks', () => {
    const code = 'class A {\n  static { if (a) { if (b) { if (c) {} } } }\n}';
    const findings = complexityFindings(measure(code), null, { cyclomatic: 1, cognitive: 0 }, 'a.ts');
    expect(findings.map((finding) => [finding.ruleId, finding.message])).toEqual([
      ['complexity/cyclomatic', "Class static block 'A.static {}' has a cyclomatic complexity of 4, above the maximum of 1."],
    ]);
    expect(findings[0]?.range).toEqual({ startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 });
  });

  it('marks a rise against the base', () => {
    const base = measure('function parse(a) {\n  if (a) {}\n}');
    const findings = complexityFindings(measure(COMPLEX), base, SETTINGS, 'src/app.ts');

    expect(findings.map((finding) => finding.properties)).toEqual([
      { head: 4, base: 2, threshold: 2, rose: 1, function: 'parse' },
      { head: 6, base: 1, threshold: 2, rose: 1, function: 'parse' },
    ]);
    expect(findings[0]?.message).toBe(
      "Function 'parse' has a cyclomatic complexity of 4 (2 at the base), above the maximum of 2.",
    );
  });

  it('marks no rise for an unchanged function', () => {
    const findings = complexityFindings(measure(COMPLEX), measure(`// moved\n${COMPLEX}`), SETTINGS, 'a.ts');
    expect(findings.map((finding) => finding.properties?.rose)).toEqual([0, 0]);
    expect(findings.map((finding) => finding.properties?.base)).toEqual([4, 6]);
  });

  it('names a function new in the change', () => {
    const findings = complexityFindings(measure(COMPLEX), measure('function other() {}'), SETTINGS, 'a.ts');
    expect(findings[0]?.message).toBe(
      "Function 'parse' has a cyclomatic complexity of 4 (new in this change), above the maximum of 2.",
    );
    expect(findings[0]?.properties).toMatchObject({ base: null, rose: 0 });
  });

  it('describes a rule for each metric', () => {
    expect(COMPLEXITY_RULES.map((rule) => [rule.id, rule.defaultLevel])).toEqual([
      ['complexity/cyclomatic', 'warning'],
      ['complexity/cognitive', 'warning'],
    ]);
  });
});

describe('matchBaseUnits', () => {
  function pairs(headCode: string, baseCode: string): Array<[string, string | null]> {
    const matches = matchBaseUnits(measure(headCode), measure(baseCode));
    return [...matches].map(([head, base]) => [head.qualifiedName, base?.qualifiedName ?? null]);
  }

  it.each([
    {
      change: 'function inserted before',
      head: 'function added() {}\nfunction kept() {}',
      base: 'function kept() {}',
      expected: [
        ['added', null],
        ['kept', 'kept'],
      ],
    },
    {
      change: 'method moved to another class',
      head: 'class B { run() {} }',
      base: 'class A { run() {} }',
      expected: [['B.run', 'A.run']],
    },
    {
      change: 'callback inserted before',
      head: 'f(() => 1); f(() => 2)',
      base: 'f(() => 2)',
      expected: [
        ['<anonymous>#1', null],
        ['<anonymous>#2', '<anonymous>#1'],
      ],
    },
    {
      change: 'getter and method of one name',
      head: 'class A { get size() { return 1 } size2() {} }',
      base: 'class A { size2() {} get size() { return 1 } }',
      expected: [
        ['A.get size', 'A.get size'],
        ['A.size2', 'A.size2'],
      ],
    },
    {
      change: 'function renamed',
      head: 'function renamed() {}',
      base: 'function original() {}',
      expected: [['renamed', null]],
    },
    {
      change: 'body edited in place',
      head: 'function kept(a) { if (a) {} }',
      base: 'function kept(a) {}',
      expected: [['kept', 'kept']],
    },
    {
      change: 'identical bodies swapped',
      head: 'function b() { return 1 }\nfunction a() { return 1 }',
      base: 'function a() { return 1 }\nfunction b() { return 1 }',
      expected: [
        ['b', 'b'],
        ['a', 'a'],
      ],
    },
    {
      change: 'method moved and edited',
      head: 'class B { run(a) { if (a) {} } }',
      base: 'class A { run() {} }',
      expected: [['B.run', 'A.run']],
    },
  ])('pairs units after $change', ({ head, base, expected }) => {
    expect(pairs(head, base)).toEqual(expected);
  });
});

describe('qualified names', () => {
  it.each([
    { code: 'function a() {} function a() {}', names: ['a', 'a#2'] },
    { code: 'const run = () => { const inner = function () {} }', names: ['run', 'run.inner'] },
    { code: 'exports.handler = function () {}', names: ['exports.handler'] },
    { code: 'export default function () {}', names: ['default'] },
    { code: 'const Widget = class { render() {} }', names: ['Widget.render'] },
    { code: 'class A { [Symbol.iterator]() {} "quoted-key"() {} }', names: ['A.[Symbol.iterator]', 'A.quoted-key'] },
    { code: 'function f(cb = () => {}) {}', names: ['f', 'f.cb'] },
  ])('names units of $code', ({ code, names }) => {
    expect(measure(code).map((unit) => unit.qualifiedName)).toEqual(names);
  });

  it('puts the header on the name line', () => {
    const units = measure('export const handler =\n  async (event) => {\n    return event\n  }');
    expect(units[0]?.header).toEqual({ startLine: 1, startColumn: 14, endLine: 1, endColumn: 21 });
    expect(units[0]?.range).toEqual({ startLine: 2, startColumn: 3, endLine: 4, endColumn: 4 });
  });

  it('puts the header of a nameless function on its first line', () => {
    const units = measure('f(function () {\n  return 1\n})');
    expect(units[0]?.header).toEqual({ startLine: 1, startColumn: 3, endLine: 1, endColumn: 16 });
  });
});
