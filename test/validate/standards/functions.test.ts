import { describe, expect, it } from 'vitest';
import { check, rangeOf, summary } from './fixture.js';

interface Case {
  name: string;
  code: string;
  /** Text the finding covers; absent for valid code. */
  covers?: string;
  /** Which appearance of `covers` the finding points at, when the text repeats. */
  occurrence?: number;
  message?: string;
}

const parameterCases: Case[] = [
  { name: 'two parameters', code: 'function f(a, b) {}' },
  { name: 'this parameter', code: 'function f(this: Window, a, b) {}' },
  { name: 'rest parameter alone', code: 'function f(...rest: number[]) {}' },
  {
    name: 'function declaration',
    code: 'function f(a, b, c) {}',
    covers: 'a, b, c',
    message: "Function 'f' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'this with three others',
    code: 'function f(this: Window, a, b, c) {}',
    covers: 'a, b, c',
    message: "Function 'f' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'default, pattern and rest',
    code: 'function f(a = 1, { b }: { b: number }, ...c: number[]) {}',
    covers: 'a = 1, { b }: { b: number }, ...c: number[]',
    message: "Function 'f' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'arrow function in a variable',
    code: 'const g = (a, b, c) => a;',
    covers: 'a, b, c',
    message: "Arrow function 'g' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'class method',
    code: 'class C {\n  m(a, b, c) {}\n}',
    covers: 'a, b, c',
    message: "Method 'm' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'constructor with parameter properties',
    code: 'class C {\n  constructor(private a: 1, public b: 2, c: 3) {}\n}',
    covers: 'private a: 1, public b: 2, c: 3',
    message: 'Constructor declares 3 parameters, more than the maximum of 2.',
  },
  {
    name: 'declared function',
    code: 'declare function h(a: 1, b: 2, c: 3): void;',
    covers: 'a: 1, b: 2, c: 3',
    message: "Function 'h' declares 3 parameters, more than the maximum of 2.",
  },
  { name: 'abstract method', code: 'abstract class A {\n  abstract m(a: 1, b: 2, c: 3): void;\n}' },
  { name: 'method overload signature', code: 'class A {\n  m(a: 1, b: 2, c: 3): void;\n  m() {}\n}' },
  {
    name: 'function type alias',
    code: 'type Reader = (a: 1, b: 2, c: 3) => void;',
    covers: 'a: 1, b: 2, c: 3',
    message: "Function type 'Reader' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'function type annotation',
    code: 'let read: (a: 1, b: 2, c: 3) => void;',
    covers: 'a: 1, b: 2, c: 3',
    message: 'Anonymous function type declares 3 parameters, more than the maximum of 2.',
  },
  {
    name: 'anonymous callback',
    code: '[].map(function (a, b, c) {});',
    covers: 'a, b, c',
    message: 'Anonymous function declares 3 parameters, more than the maximum of 2.',
  },
  {
    name: 'computed method key',
    code: 'const o = {\n  ["computed"](a, b, c) {},\n};',
    covers: 'a, b, c',
    message: "Method 'computed' declares 3 parameters, more than the maximum of 2.",
  },
  {
    name: 'assigned to a member',
    code: 'exports.run = function (a, b, c) {};',
    covers: 'a, b, c',
    message: "Function 'run' declares 3 parameters, more than the maximum of 2.",
  },
];

const lengthCases: Case[] = [
  { name: 'three lines', code: 'function f() {\n  a();\n}' },
  { name: 'long function type', code: 'type F = (\n  a: 1,\n  b: 2,\n) => void;' },
  { name: 'immediately invoked', code: '(function () {\n  a();\n  b();\n})();' },
  { name: 'immediately invoked arrow', code: '(() => {\n  a();\n  b();\n})();' },
  {
    name: 'four-line function',
    code: 'function f() {\n  a();\n\n}',
    covers: 'f',
    occurrence: 2,
    message: "Function 'f' spans 4 lines, more than the maximum of 3.",
  },
  {
    name: 'method with a decorator',
    code: 'class C {\n  @dec\n  m() {\n    a();\n  }\n}',
    covers: 'm',
    message: "Method 'm' spans 4 lines, more than the maximum of 3.",
  },
  {
    name: 'anonymous arrow callback',
    code: 'run((a, b) => {\n  a();\n  b();\n});',
    covers: '(a, b) =>',
    message: 'Anonymous arrow function spans 4 lines, more than the maximum of 3.',
  },
  {
    name: 'anonymous function expression',
    code: 'run(async function (a) {\n  a();\n  a();\n});',
    covers: 'async function (a)',
    message: 'Anonymous function spans 4 lines, more than the maximum of 3.',
  },
  {
    name: 'getter',
    code: 'const o = {\n  get x() {\n    return 1;\n\n  },\n};',
    covers: 'x',
    message: "Getter 'x' spans 4 lines, more than the maximum of 3.",
  },
  {
    name: 'private method',
    code: 'class C {\n  #hidden() {\n    a();\n\n  }\n}',
    covers: '#hidden',
    message: "Method '#hidden' spans 4 lines, more than the maximum of 3.",
  },
];

function runCases(cases: Case[], settings: Parameters<typeof check>[1]) {
  it.each(cases)('$name', ({ code, covers, occurrence, message }) => {
    const findings = check(code, settings).map(summary);
    if (covers === undefined) {
      expect(findings).toEqual([]);
      return;
    }
    const ruleId = settings.maxParameters !== undefined ? 'standards/max-parameters' : 'standards/max-function-lines';
    expect(findings).toEqual([{ ruleId, message, range: rangeOf(code, covers, occurrence) }]);
  });
}

describe('standards/max-parameters', () => {
  runCases(parameterCases, { maxParameters: 2 });

  it('writes a single parameter', () => {
    const [finding] = check('const f = (a) => a;', { maxParameters: 0 });

    expect(finding?.message).toBe("Arrow function 'f' declares 1 parameter, more than the maximum of 0.");
  });

  it('records the count', () => {
    const [finding] = check('function f(a, b, c) {}', { maxParameters: 2 });

    expect(finding?.properties).toEqual({ parameters: 3, max: 2 });
  });
});

describe('standards/max-function-lines', () => {
  runCases(lengthCases, { maxFunctionLines: 3 });

  it('writes a single line', () => {
    const [finding] = check('const f = () => 1;', { maxFunctionLines: 0 });

    expect(finding?.message).toBe("Arrow function 'f' spans 1 line, more than the maximum of 0.");
  });

  it('reports nested functions separately', () => {
    const code = 'function outer() {\n  return function inner() {\n    a();\n\n  };\n}';
    const findings = check(code, { maxFunctionLines: 3 });

    expect(findings.map((finding) => finding.message)).toEqual([
      "Function 'outer' spans 6 lines, more than the maximum of 3.",
      "Function 'inner' spans 4 lines, more than the maximum of 3.",
    ]);
  });
});
