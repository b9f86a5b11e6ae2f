import { describe, expect, it } from 'vitest';
import { TextSyntaxError } from '../../../src/impact/change/parse-problem.js';
import { parseJsonc } from '../../../src/impact/syntax/jsonc.js';

const VALID: { form: string; text: string; value: unknown }[] = [
  { form: 'plain JSON', text: '{"a": [1, true, false, null, "x"]}', value: { a: [1, true, false, null, 'x'] } },
  { form: 'line comments', text: '{\n  // note\n  "a": 1 // after\n}', value: { a: 1 } },
  { form: 'block comments', text: '/* head */ {"a": /* inline */ 1}', value: { a: 1 } },
  { form: 'trailing commas', text: '{"a": [1, 2,], "b": {"c": 3,},}', value: { a: [1, 2], b: { c: 3 } } },
  { form: 'byte order mark', text: '\ufeff{"a": 1}', value: { a: 1 } },
  { form: 'escapes', text: '{"a": "\\"\\\\\\/\\b\\f\\n\\r\\t\\u0041\\x42\\u{1F600}\\q"}', value: { a: '"\\/\b\f\n\r\tAB\u{1F600}q' } },
  { form: 'line continuation in a string', text: '{"a": "x\\\ny"}', value: { a: 'xy' } },
  { form: 'numbers', text: '[0, -1, 1.5, .5, 1e3, -2E-2, 0x10, 0b11, 0o7]', value: [0, -1, 1.5, 0.5, 1000, -0.02, 16, 3, 7] },
  { form: 'duplicate keys', text: '{"a": 1, "a": 2}', value: { a: 2 } },
  { form: 'empty containers', text: '{"a": {}, "b": []}', value: { a: {}, b: [] } },
  { form: 'array at the top', text: '[1]', value: [1] },
  { form: 'empty text', text: '', value: undefined },
  { form: 'only comments', text: '// nothing\n/* here */', value: undefined },
];

describe('parseJsonc', () => {
  it.each(VALID)('reads $form', ({ text, value }) => {
    expect(parseJsonc(text)).toEqual(value);
  });

  it('reads strict JSON as JSON.parse', () => {
    const texts = [
      '{"a": 1, "a": 2, "b": [1.5e3, -0, 0.1, 1E400, -1e-7, 123456789012345678901234567890], "c": "\\u00e9\\ud83d\\ude00\\"\\\\\\/\\b\\f\\n\\r\\t", "d": null}',
      ' \t\r\n[true, false, {}, [], "\u2028"] ',
      '"top"',
      '{"2": 1, "1": 2, "x": 3}',
      JSON.stringify({ compilerOptions: { paths: { '@/*': ['./src/*'] }, strict: true }, include: ['src'] }, null, 2),
    ];
    for (const text of texts) {
      // A trailing comment makes the text JSON with comments, which the reader reads.
      const read = parseJsonc(`${text}\n// end`);
      const parsed: unknown = JSON.parse(text);
      expect(read).toStrictEqual(parsed);
      expect(JSON.stringify(read)).toBe(JSON.stringify(parsed));
      expect(parseJsonc(text)).toStrictEqual(parsed);
    }
    expect(Object.is((parseJsonc('[-0] // end') as number[])[0], -0)).toBe(true);
  });

  it('keeps __proto__ as a property', () => {
    const value = parseJsonc('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__']);
  });
});

const INVALID: { problem: string; text: string; message: string; line: number; column: number }[] = [
  { problem: 'missing comma', text: '{\n  "a": {}\n  "b": 1\n}', message: "expected ',' or '}' after the property value but found '\"b\"'", line: 3, column: 3 },
  { problem: 'missing comma in an array', text: '[1 2]', message: "expected ',' or ']' after the array element but found '2'", line: 1, column: 4 },
  { problem: 'double comma', text: '{"a": 1,,}', message: "expected a property name in double quotes or '}' but found ','", line: 1, column: 9 },
  { problem: 'hole in an array', text: '[1,,2]', message: "expected a value (a string, number, object, array, true, false or null) but found ','", line: 1, column: 4 },
  { problem: 'unquoted name', text: '{a: 1}', message: "expected a property name in double quotes or '}' but found 'a'", line: 1, column: 2 },
  { problem: 'single quotes', text: "{\"a\": 'b'}", message: 'strings need double quotes', line: 1, column: 7 },
  { problem: 'missing colon', text: '{"a" 1}', message: "expected ':' after the property name but found '1'", line: 1, column: 6 },
  { problem: 'undefined', text: '{"a": undefined}', message: "expected a value (a string, number, object, array, true, false or null) but found 'undefined'", line: 1, column: 7 },
  { problem: 'line break in a string', text: '{"a": "x\ny"}', message: 'the string has no closing double quote', line: 1, column: 7 },
  { problem: 'bad unicode escape', text: '["\\u12G4"]', message: "invalid escape sequence '\\u12G4'", line: 1, column: 3 },
  { problem: 'unclosed comment', text: '{"a": 1 /* open', message: "the comment has no closing '*/'", line: 1, column: 9 },
  { problem: 'unclosed object', text: '{"a": 1', message: "expected ',' or '}' after the property value but found the end of the file", line: 1, column: 8 },
  { problem: 'text after the value', text: '{}\n{}', message: "unexpected '{' after the end of the value", line: 2, column: 1 },
  { problem: 'deep nesting', text: '['.repeat(1001), message: 'objects and arrays are nested more than 1000 levels deep', line: 1, column: 1001 },
  // Strict JSON, which JSON.parse would read; the reader's limit still applies.
  { problem: 'deep nesting in strict JSON', text: `${'['.repeat(1001)}${']'.repeat(1001)}`, message: 'objects and arrays are nested more than 1000 levels deep', line: 1, column: 1001 },
];

describe('parseJsonc errors', () => {
  it.each(INVALID)('reports $problem with its position', ({ text, message, line, column }) => {
    let thrown: unknown;
    try {
      parseJsonc(text);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TextSyntaxError);
    const error = thrown as TextSyntaxError;
    expect(error.problem).toBe(message);
    expect([error.line, error.column]).toEqual([line, column]);
  });
});
