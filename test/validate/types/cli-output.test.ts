import { describe, expect, it } from 'vitest';
import { parseCliOutput } from '../../../src/validate/types/cli-output.js';

const CWD = '/repo';

describe('parseCliOutput', () => {
  it.each([
    {
      name: 'positioned error',
      output: "src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.\n",
      expected: [
        {
          code: 2322,
          category: 'error',
          file: '/repo/src/a.ts',
          start: { line: 3, column: 7 },
          end: null,
          message: "Type 'string' is not assignable to type 'number'.",
        },
      ],
    },
    {
      name: 'global error',
      output: "error TS5023: Unknown compiler option 'strictt'.\n",
      expected: [{ code: 5023, category: 'error', file: null, start: null, end: null, message: "Unknown compiler option 'strictt'." }],
    },
    {
      name: 'warning and message categories',
      output: 'a.ts(1,1): warning TS6133: x is unused.\r\nb.ts(2,2): message TS6194: Found 1 error.\r\n',
      expected: [
        { code: 6133, category: 'warning', file: '/repo/a.ts', start: { line: 1, column: 1 }, end: null, message: 'x is unused.' },
        { code: 6194, category: 'message', file: '/repo/b.ts', start: { line: 2, column: 2 }, end: null, message: 'Found 1 error.' },
      ],
    },
    {
      name: 'message chain continues with indentation',
      output: [
        "src/a.ts(1,7): error TS2322: Type '{ x: string; }' is not assignable to type 'T'.",
        "  Types of property 'x' are incompatible.",
        "    Type 'string' is not assignable to type 'number'.",
        'src/b.ts(2,1): error TS2304: Cannot find name \'y\'.',
      ].join('\n'),
      expected: [
        {
          code: 2322,
          category: 'error',
          file: '/repo/src/a.ts',
          start: { line: 1, column: 7 },
          end: null,
          message:
            "Type '{ x: string; }' is not assignable to type 'T'.\n  Types of property 'x' are incompatible.\n    Type 'string' is not assignable to type 'number'.",
        },
        { code: 2304, category: 'error', file: '/repo/src/b.ts', start: { line: 2, column: 1 }, end: null, message: "Cannot find name 'y'." },
      ],
    },
    {
      name: 'file name with parentheses and spaces',
      output: 'src/my file (1).ts(10,20): error TS1005: \';\' expected.',
      expected: [
        { code: 1005, category: 'error', file: '/repo/src/my file (1).ts', start: { line: 10, column: 20 }, end: null, message: "';' expected." },
      ],
    },
  ])('$name', ({ output, expected }) => {
    const parsed = parseCliOutput(output, CWD);
    expect(parsed.diagnostics).toEqual(expected);
    expect(parsed.otherLines).toEqual([]);
  });

  it('keeps unrecognized lines apart', () => {
    const parsed = parseCliOutput('Error: Debug Failure.\n    at foo (x.js:1:1)\n\nFound 2 errors.\n', CWD);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.otherLines).toEqual(['Error: Debug Failure.', '    at foo (x.js:1:1)', 'Found 2 errors.']);
  });
});
