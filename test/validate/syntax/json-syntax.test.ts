import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../../../src/validate/model.js';
import { jsonDialectOf } from '../../../src/validate/syntax/json-dialect.js';
import { syntaxFindings } from '../../../src/validate/syntax/syntax-findings.js';

function range(startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { startLine, startColumn, endLine, endColumn };
}

describe('jsonDialectOf', () => {
  it.each([
    ['package.json', 'json'],
    ['src/data/Settings.JSON', 'json'],
    ['tsconfig.json', 'jsonc'],
    ['packages/a/tsconfig.build.json', 'jsonc'],
    ['jsconfig.json', 'jsonc'],
    ['.vscode/settings.json', 'jsonc'],
    ['app/.vscode/launch.json', 'jsonc'],
    ['.devcontainer/devcontainer.json', 'jsonc'],
    ['.devcontainer.json', 'jsonc'],
    ['.eslintrc.json', 'jsonc'],
    ['notes.jsonc', 'jsonc'],
    ['project.code-workspace', 'jsonc'],
    ['.vscode/sub/x.json', 'json'],
    ['README.md', null],
  ])('reads %s as %s', (path, dialect) => {
    expect(jsonDialectOf(path)).toBe(dialect);
  });
});

describe('JSON syntax findings', () => {
  it.each([
    ['package.json', '{"name": "a", "list": [1, -2.5e3, true, false, null, {"x": "\\u00e9\\n"}]}\n'],
    ['package.json', '\ufeff[]'],
    ['deep.json', `${'['.repeat(20000)}${']'.repeat(20000)}`],
    ['tsconfig.json', '// comment\n{\n  /* block */ "compilerOptions": { "strict": true, },\n  "include": ["src",],\n}\n'],
    ['.vscode/settings.json', ''],
    ['.vscode/settings.json', '// only a comment\n'],
  ])('accepts valid %s', (path, text) => {
    expect(syntaxFindings({ path, text })).toEqual([]);
  });

  it.each([
    { name: 'a trailing comma', path: 'a.json', text: '{"a": 1,}', range: range(1, 8, 1, 9), message: "Trailing comma before '}' is not allowed in JSON." },
    {
      name: 'a trailing comma in an array',
      path: 'a.json',
      text: '[\n  1,\n]\n',
      range: range(2, 4, 2, 5),
      message: "Trailing comma before ']' is not allowed in JSON.",
    },
    {
      name: 'a comment in strict JSON',
      path: 'a.json',
      text: '{\n  "a": 1 // note\n}',
      range: range(2, 10, 2, 17),
      message: 'Comments are not allowed in JSON; remove the comment, or use a .jsonc file if the tool reads JSON with comments.',
    },
    { name: 'an unclosed comment in JSONC', path: 'tsconfig.json', text: '{} /* x', range: range(1, 4, 1, 6), message: "The comment has no closing '*/'." },
    { name: 'a leading zero', path: 'a.json', text: '{"a": 01}', range: range(1, 7, 1, 9), message: "Invalid number '01'." },
    { name: 'a hex number', path: 'a.json', text: '[0x10]', range: range(1, 2, 1, 6), message: "Invalid number '0x10'." },
    { name: 'a missing fraction', path: 'a.json', text: '[1.]', range: range(1, 2, 1, 4), message: "Invalid number '1.'." },
    { name: 'single quotes', path: 'a.json', text: "['a']", range: range(1, 2, 1, 5), message: 'Strings need double quotes in JSON.' },
    { name: 'a single-quoted key', path: 'a.json', text: "{'a': 1}", range: range(1, 2, 1, 5), message: 'Property names need double quotes in JSON.' },
    {
      name: 'an unquoted key',
      path: 'a.json',
      text: '{\n  name: 1\n}',
      range: range(2, 3, 2, 7),
      message: "Expected a property name in double quotes but found 'name'.",
    },
    { name: 'a missing colon', path: 'a.json', text: '{"a" 1}', range: range(1, 6, 1, 7), message: "Expected ':' after the property name but found '1'." },
    {
      name: 'a missing comma',
      path: 'a.json',
      text: '{"a": 1\n "b": 2}',
      range: range(2, 2, 2, 5),
      message: "Expected ',' or '}' after a property value but found '\"b\"'.",
    },
    {
      name: 'undefined',
      path: 'a.json',
      text: '{"a": undefined}',
      range: range(1, 7, 1, 16),
      message: "Expected a value (a string, number, object, array, true, false or null) but found 'undefined'.",
    },
    {
      name: 'a tab inside a string',
      path: 'a.json',
      text: '{"a": "x\ty"}',
      range: range(1, 9, 1, 10),
      message: 'Control character U+0009 in a string; write it as an escape such as \\u0009.',
    },
    { name: 'an invalid escape', path: 'a.json', text: '["a\\x41"]', range: range(1, 4, 1, 6), message: "Invalid escape sequence '\\x' in a string." },
    { name: 'a short unicode escape', path: 'a.json', text: '["\\u12"]', range: range(1, 3, 1, 7), message: "Invalid escape sequence '\\u12' in a string." },
    { name: 'an unclosed string', path: 'a.json', text: '{"a": "open\n}', range: range(1, 7, 1, 12), message: 'The string has no closing double quote.' },
    {
      name: 'an unclosed array at the end',
      path: 'a.json',
      text: '{"a": [1, 2\n\n',
      range: range(1, 11, 1, 12),
      message: "Expected ',' or ']' after an array element but found the end of the file.",
    },
    {
      name: 'an empty file',
      path: 'a.json',
      text: '',
      range: range(1, 1, 1, 1),
      message: 'Expected a value (a string, number, object, array, true, false or null) but found the end of the file.',
    },
    { name: 'a second value', path: 'a.json', text: '{}\n{}', range: range(2, 1, 2, 2), message: "Unexpected '{' after the end of the JSON value." },
    {
      name: 'UTF-16 columns after an emoji',
      path: 'a.json',
      text: '{"😀": tru}',
      range: range(1, 8, 1, 11),
      message: "Expected a value (a string, number, object, array, true, false or null) but found 'tru'.",
    },
    { name: 'a BOM before an error', path: 'a.json', text: '\ufeff{,}', range: range(1, 3, 1, 4), message: "Expected a property name in double quotes but found ','." },
  ])('reports $name', ({ path, text, range: expectedRange, message }) => {
    const findings = syntaxFindings({ path, text });
    expect(findings).toHaveLength(1);
    expect(findings[0]?.ruleId).toBe('syntax/json');
    expect(findings[0]?.level).toBe('error');
    expect(findings[0]?.message).toBe(message);
    expect(findings[0]?.range).toEqual(expectedRange);
  });

  it('names the dialect', () => {
    const [strict] = syntaxFindings({ path: 'a.json', text: '[1,]' });
    const [jsonc] = syntaxFindings({ path: 'tsconfig.json', text: '[1,,]' });
    expect(strict?.properties).toEqual({ dialect: 'json' });
    expect(jsonc?.properties).toEqual({ dialect: 'jsonc' });
    expect(jsonc?.message).toBe("Expected a value (a string, number, object, array, true, false or null) but found ','.");
  });
});
