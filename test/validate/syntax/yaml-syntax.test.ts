import { describe, expect, it } from 'vitest';
import type { SourceRange } from '../../../src/validate/model.js';
import { syntaxFindings } from '../../../src/validate/syntax/syntax-findings.js';

function range(startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { startLine, startColumn, endLine, endColumn };
}

describe('YAML syntax findings', () => {
  it.each([
    ['config.yml', 'a: 1\nb:\n  - c\n  - d: e\n'],
    ['config.yaml', '---\na: 1\n---\nb: 2\n'],
    ['empty.yml', ''],
    ['comment.yml', '# only a comment\n'],
    ['block.yml', 'run: |\n  echo "${{ github.sha }}"\n  echo done\n'],
  ])('accepts valid %s', (path, text) => {
    expect(syntaxFindings({ path, text })).toEqual([]);
  });

  it.each([
    {
      name: 'a duplicate key',
      text: 'a: 1\nb: 2\na: 3\n',
      expected: [{ level: 'error', range: range(3, 1, 3, 2), message: 'Map keys must be unique.', code: 'DUPLICATE_KEY' }],
    },
    {
      name: 'a nested compact mapping',
      text: 'a: b: c\n',
      expected: [
        { level: 'error', range: range(1, 4, 1, 5), message: 'Nested mappings are not allowed in compact mappings.', code: 'BLOCK_AS_IMPLICIT_KEY' },
      ],
    },
    {
      name: 'an unclosed flow sequence at the end',
      text: 'a: 1\nb: [\n',
      expected: [
        {
          level: 'error',
          range: range(2, 4, 2, 5),
          message: 'Flow sequence in block collection must be sufficiently indented and end with a ].',
          code: 'BAD_INDENT',
        },
      ],
    },
    {
      name: 'errors in two documents',
      text: 'a: 1\na: 2\n---\nb: 1\nb: 2\n',
      expected: [
        { level: 'error', range: range(2, 1, 2, 2), message: 'Map keys must be unique.', code: 'DUPLICATE_KEY' },
        { level: 'error', range: range(5, 1, 5, 2), message: 'Map keys must be unique.', code: 'DUPLICATE_KEY' },
      ],
    },
    {
      name: 'a tab as indentation',
      text: 'a:\n\tb: 1\n',
      expected: [{ level: 'error', range: range(2, 1, 2, 2), message: 'Tabs are not allowed as indentation.', code: 'TAB_AS_INDENT' }],
    },
    {
      name: 'an unknown tag as a warning',
      text: 'a: !custom 1\n',
      expected: [{ level: 'warning', range: range(1, 4, 1, 11), message: 'Unresolved tag: !custom.', code: 'TAG_RESOLVE_FAILED' }],
    },
  ])('reports $name', ({ text, expected }) => {
    const findings = syntaxFindings({ path: 'config.yml', text });
    expect(findings.map((finding) => ({ level: finding.level, range: finding.range, message: finding.message, code: finding.properties?.['code'] }))).toEqual(expected);
    for (const finding of findings) expect(finding.ruleId).toBe('syntax/yaml');
  });

  it('throws the stack overflow of deeply nested flow collections instead of reporting valid text', () => {
    const depth = 20_000;
    const text = `a: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
    expect(() => syntaxFindings({ path: 'deep.yml', text })).toThrow(RangeError);
  });
});
