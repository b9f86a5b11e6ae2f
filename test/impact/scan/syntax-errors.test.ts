import { describe, expect, it } from 'vitest';

import { scanModuleReferences } from '../../../src/impact/scan/index.js';
import { MAX_LISTED_ERRORS } from '../../../src/impact/scan/syntax-errors.js';
import { notate } from './reference-notation.js';

interface RecoveryCase {
  name: string;
  source: string;
  references: string[];
  errors: string[];
}

const recoveryCases: RecoveryCase[] = [
  {
    name: 'unterminated string',
    source: "const s = 'open\nimport a from 'a';",
    references: ['import a @2'],
    errors: ['src/bad.ts:1: Unterminated string literal.'],
  },
  {
    name: 'unterminated template',
    source: "import a from 'a';\nconst s = `open\nimport b from 'b';",
    references: ['import a @1'],
    errors: ['src/bad.ts:2: Unterminated template literal.'],
  },
  {
    name: 'unterminated block comment',
    source: "import a from 'a';\n/* open\nimport b from 'b';",
    references: ['import a @1'],
    errors: ["src/bad.ts:2: '*/' expected."],
  },
  {
    name: 'missing closing brace in an import list',
    source: "import { a from 'a';\nimport b from 'b';",
    references: ['import a @1', 'import b @2'],
    errors: ["src/bad.ts:1: '}' expected."],
  },
  {
    name: 'missing from',
    source: "import { a } 'a';\nimport b from 'b';",
    references: ['import b @2'],
    errors: ["src/bad.ts:1: 'from' expected."],
  },
  {
    name: 'missing specifier',
    source: 'import { a } from;\nrequire("b");',
    references: ['require b @2'],
    errors: ['src/bad.ts:1: String literal expected.'],
  },
  {
    name: 'unclosed function body',
    // The escape in the trailing comment keeps the scan going to the end, where unclosed brackets are reported.
    source: "function f() {\n  if (x) {\n    return 1;\n}\nimport a from 'a';\n// \\u0041",
    references: ['import a @5'],
    errors: ["src/bad.ts:1: '{' has no matching '}'."],
  },
  {
    name: 'unexpected closing parenthesis',
    source: "f(a));\nimport a from 'a';",
    references: ['import a @2'],
    errors: ["src/bad.ts:1: Unexpected ')'."],
  },
  {
    name: 'mismatched brackets',
    source: "const a = [f(x];\nimport a from 'a';",
    references: ['import a @2'],
    errors: ["src/bad.ts:1: '(' has no matching ')'."],
  },
  {
    name: 'unclosed template substitution',
    source: "import a from 'a';\nconst s = `a ${b // import",
    references: ['import a @1'],
    errors: ["src/bad.ts:2: '${' has no matching '}'."],
  },
  {
    name: 'invalid character',
    source: "const a = 1 ¤ 2;\nimport a from 'a';",
    references: ['import a @2'],
    errors: ['src/bad.ts:1: Invalid character.'],
  },
  {
    // TypeScript's scanner skips the second side of a conflict as trivia, so only the first side is read.
    name: 'merge conflict markers',
    source: "<<<<<<< HEAD\nimport a from 'a';\n=======\nimport b from 'b';\n>>>>>>> branch\n",
    references: ['import a @2'],
    errors: ['src/bad.ts:1: Merge conflict marker encountered.', 'src/bad.ts:3: Merge conflict marker encountered.', 'src/bad.ts:5: Merge conflict marker encountered.'],
  },
];

const jsxErrorCases: RecoveryCase[] = [
  {
    name: 'element without a closing tag',
    source: "import a from 'a';\nexport const A = () => <div>\n  <span>{x}</span>\n// \\u0041\n",
    references: ['import a @1'],
    errors: ["src/bad.tsx:2: '<div>' has no closing tag."],
  },
  {
    name: 'mismatched closing tag',
    source: "const a = <div>\n  <span>\n</div>;\nimport('x');",
    references: ['dynamic x @4'],
    errors: ["src/bad.tsx:3: '</div>' does not match '<span>'."],
  },
  {
    name: 'unquoted attribute value',
    source: "const a = <div title=x></div>;\nimport('x');",
    references: ['dynamic x @2'],
    errors: ["src/bad.tsx:1: '{' or a string expected."],
  },
  {
    name: 'unclosed expression container',
    source: "const a = <div>{x</div>;\nimport('x');\n// \\u0041",
    references: ['dynamic x @2'],
    // After the rollback, the `{` is read as code and stays open too.
    errors: ["src/bad.tsx:1: '<div>' has no closing tag.", "src/bad.tsx:1: '{' has no matching '}'."],
  },
];

describe('scanModuleReferences syntax error recovery', () => {
  it.each(recoveryCases)('$name', ({ source, references, errors }) => {
    const result = scanModuleReferences('src/bad.ts', source);
    expect(result.references.map(notate)).toEqual(references);
    expect(result.errors).toEqual(errors);
  });

  it.each(jsxErrorCases)('JSX $name', ({ source, references, errors }) => {
    const result = scanModuleReferences('src/bad.tsx', source);
    expect(result.references.map(notate)).toEqual(references);
    expect(result.errors).toEqual(errors);
  });

  it('lists at most the cap and counts the rest', () => {
    const source = `${Array.from({ length: 25 }, () => 'a ¤ b;').join('\n')}\nimport a from 'a';`;
    const result = scanModuleReferences('src/bad.ts', source);
    expect(result.references.map(notate)).toEqual(['import a @26']);
    expect(result.errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(result.errors[0]).toBe('src/bad.ts:1: Invalid character.');
    expect(result.errors[MAX_LISTED_ERRORS]).toBe(`src/bad.ts: ${25 - MAX_LISTED_ERRORS} more syntax errors are not listed.`);
  });
});

describe('scanModuleReferences valid code with odd tokens', () => {
  it.each([
    ['legacy octal literal in a script', "fs.chmodSync(p, 0755);\nrequire('a');"],
    ['leading-zero decimal', "const a = 08;\nrequire('a');"],
    ['JSX text with braces and arrows', "const a = <p>a -&gt; b {'}'}</p>;\nrequire('a');"],
    ['JSX generic function type', "type F = <T>(x: T) => T;\nrequire('a');"],
    ['JSX generic call signature', "interface I { <T>(x: T): T }\nrequire('a');"],
    ['JSX generic type with a default', "type F = <T = string>(x: T) => T;\nrequire('a');"],
    ['JSX text starting with a parenthesis', "const a = <b>(beta)</b>;\nrequire('a');"],
    ['hashbang', "#!/usr/bin/env node\nrequire('a');"],
  ])('%s has no errors', (_name, source) => {
    const result = scanModuleReferences('src/ok.jsx', source);
    expect(result.errors).toEqual([]);
    expect(result.references.map(notate)).toEqual(['require a @2']);
  });
});

describe('scanModuleReferences files it does not read', () => {
  it.each(['README.md', 'data.json', 'styles.css', 'image.svg', 'Makefile', 'types.d.json'])('returns nothing for %s', (path) => {
    expect(scanModuleReferences(path, "import a from 'a';\nrequire('b');")).toEqual({ references: [], errors: [] });
  });

  it.each(['a.ts', 'a.tsx', 'a.mts', 'a.cts', 'a.js', 'a.jsx', 'a.mjs', 'a.cjs', 'A.TS'])('reads %s', (path) => {
    expect(scanModuleReferences(path, "import a from 'a';").references).toHaveLength(1);
  });
});
