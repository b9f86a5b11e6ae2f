import { describe, expect, it } from 'vitest';

import { scanModuleReferences } from '../../../src/impact/scan/index.js';
import { referencesIn } from './reference-notation.js';

const notReferences: [string, string][] = [
  ['line comment', "// import x from 'a'\n// require('b')"],
  ['block comment', "/* import x from 'a';\n   require('b'); import('c') */"],
  ['JSDoc type import', "/** @type {import('a').T} */\nlet t;"],
  ['string literal', 'const s = "import x from \'a\'"; const t = \'require("b")\';'],
  ['template without substitutions', "const s = `import x from 'a'\nrequire('b')`;"],
  ['template text around a substitution', "const s = `import('a') ${x} require('b')`;"],
  ['regular expression with quotes', "const r = /import ['\"]a['\"]/g;"],
  ['regular expression with a class holding a slash', "const r = /[/'`]/; const s = 'x';"],
  ['reference directive after code', 'const a = 1;\n/// <reference path="./a.d.ts" />'],
  ['reference lib directive', '/// <reference lib="es2022" />'],
];

describe('scanModuleReferences text that is not code', () => {
  it.each(notReferences)('%s', (_name, source) => {
    expect(referencesIn('file.ts', source)).toEqual([]);
  });
});

describe('scanModuleReferences code after tricky tokens', () => {
  it.each([
    ['division', "const a = b / c / d;\nimport('x');"],
    ['division after a call', "const a = f(b) / 2; const r = g('/');\nimport('x');"],
    ['regular expression after return', "function f() { return /'/.test(s); }\nimport('x');"],
    ['regular expression after an operator', "const ok = a && /`/.test(s);\nimport('x');"],
    ['non-null assertion then division', "const h = el!.height! / 2;\nimport('x');"],
    ['property named like a keyword then division', "const n = map.delete / 2 + obj.return / 3;\nimport('x');"],
    ['template substitution with braces', "const s = `${ { a: 1 }.a } and ${ fn({ b: '}' }) }`;\nimport('x');"],
    ['nested templates', "const s = `a ${ `b ${ `c` }` } d`;\nimport('x');"],
    ['require inside a template substitution', "const s = `v${require('x').version}`;"],
  ])('%s', (_name, source) => {
    const references = referencesIn('file.ts', source);
    expect(references).toHaveLength(1);
    expect(references[0]).toMatch(/^(dynamic|require) x @/);
  });
});

describe('scanModuleReferences reference directives', () => {
  it('reads path and types directives before the first statement', () => {
    const source = [
      '/// <reference path="./globals.d.ts" />',
      "/// <reference types='node' />",
      '/* a block comment */',
      '/// <reference types="vite/client" resolution-mode="import" />',
      "import a from 'a';",
    ].join('\n');
    expect(referencesIn('file.ts', source)).toEqual([
      'reference ./globals.d.ts @1',
      'reference type node @2',
      'reference type vite/client @4',
      'import a @5',
    ]);
  });

  it('reads directives after a shebang line', () => {
    expect(referencesIn('cli.ts', '#!/usr/bin/env node\n/// <reference types="node" />\nrequire("a");')).toEqual([
      'reference type node @2',
      'require a @3',
    ]);
  });
});

describe('scanModuleReferences line breaks and encoding', () => {
  it('counts CRLF as one line break', () => {
    const source = "import a from 'a';\r\n\r\nconst b = require('b');\r\nexport * from 'c';\r\n";
    expect(referencesIn('file.ts', source)).toEqual(['import a @1', 'require b @3', 're-export c @4']);
  });

  it('counts only LF, as git does', () => {
    const source = "// a lone CR\rimport a from 'a';\nimport b from 'b';";
    expect(referencesIn('file.ts', source)).toEqual(['import a @1', 'import b @2']);
  });

  it('skips a byte order mark', () => {
    expect(referencesIn('file.ts', "\uFEFFimport a from 'a';\nimport 'b';")).toEqual(['import a @1', 'side-effect b @2']);
  });

  it('skips a byte order mark before a reference directive', () => {
    expect(referencesIn('file.ts', '\uFEFF/// <reference types="node" />\n')).toEqual(['reference type node @1']);
  });

  it('skips a byte order mark and a shebang line before a reference directive', () => {
    expect(referencesIn('cli.ts', '\uFEFF#!/usr/bin/env node\n/// <reference types="node" />\n')).toEqual(['reference type node @2']);
  });

  it('skips a shebang line', () => {
    expect(referencesIn('cli.mjs', "#!/usr/bin/env node\nimport a from 'a';")).toEqual(['import a @2']);
  });

  it('reads identifiers and strings outside ASCII', () => {
    expect(referencesIn('file.ts', "const café = 1;\nimport ünïcode from './ünïcode.js';")).toEqual(['import ./ünïcode.js @2']);
  });
});

describe('scanModuleReferences JSX', () => {
  it('reads JSX text with quotes and backticks as text', () => {
    const source = [
      "import React from 'react';",
      'export const A = () => (',
      '  <p className="note">',
      "    Don't use `import('x')` or require('y') here.",
      '  </p>',
      ');',
      "const B = import('./b');",
    ].join('\n');
    expect(referencesIn('file.tsx', source)).toEqual(['import react @1', 'dynamic ./b @7']);
  });

  it('reads references in JSX expressions and attributes', () => {
    const source = [
      '<Layout',
      "  icon={require('./icon.svg')}",
      "  {...require('./props')}",
      '>',
      "  {lazy(() => import('./Page'))}",
      '</Layout>;',
    ].join('\n');
    expect(referencesIn('file.jsx', source)).toEqual(['require ./icon.svg @2', 'require ./props @3', 'dynamic ./Page @5']);
  });

  it('reads attribute strings without escapes', () => {
    const source = "const a = <a href=\"C:\\\" title='it' />;\nimport('x');";
    expect(referencesIn('file.tsx', source)).toEqual(['dynamic x @2']);
  });

  it('reads fragments, member tags, namespaced and hyphenated names', () => {
    const source = "const a = <><Foo.Bar data-x='1' xlink:href=\"#a\"><my-el /></Foo.Bar></>;\nimport('x');";
    expect(referencesIn('file.tsx', source)).toEqual(['dynamic x @2']);
  });

  it('reads nested elements inside expressions', () => {
    const source = "const a = <ul>{items.map((i) => <li key={i}>{i}'s</li>)}</ul>;\nimport('x');";
    expect(referencesIn('file.tsx', source)).toEqual(['dynamic x @2']);
  });

  it('reads JSX in a .js file', () => {
    expect(referencesIn('file.js', "const a = <div>it's</div>;\nrequire('x');")).toEqual(['require x @2']);
  });

  it('reads a comment in a JSX expression', () => {
    expect(referencesIn('file.tsx', "const a = <div>{/* import('no') */}</div>;\nimport('x');")).toEqual(['dynamic x @2']);
  });

  it('reads element type arguments', () => {
    expect(referencesIn('file.tsx', "const a = <Select<Option> value={v} />;\nimport('x');")).toEqual(['dynamic x @2']);
  });

  it.each([
    ['trailing comma', "const f = <T,>(x: T) => x;\nimport('x');"],
    ['extends constraint', "const f = <T extends object>(x: T) => x;\nimport('x');"],
    ['const type parameter', "const f = <const T,>(x: T) => x;\nimport('x');"],
    ['generic function type', "type F = <T>(x: T) => T;\nconst s = 'it';\nimport('x');"],
    ['generic call signature in a parameter', "function f(cb: <T>(x: T) => void) {}\nimport('x');"],
  ])('tells type parameters from JSX: %s', (_name, source) => {
    const references = referencesIn('file.tsx', source);
    expect(references).toHaveLength(1);
    expect(references[0]).toMatch(/^dynamic x @/);
  });

  it('reads a type assertion in a .ts file as no JSX', () => {
    expect(referencesIn('file.ts', "const a = <any>window;\nconst b = <T>(x: T) => x;\nimport('x');")).toEqual(['dynamic x @3']);
  });

  it('reads a comparison as no JSX', () => {
    expect(referencesIn('file.tsx', "if (a < b && c > d) {}\nimport('x');")).toEqual(['dynamic x @2']);
  });

  it('stops guessing JSX after many failed guesses', () => {
    const lines = Array.from({ length: 100 }, (_, i) => `const a${i} = <p>;`).join('\n');
    const result = scanModuleReferences('file.tsx', `${lines}\nimport('x');`);
    expect(result.references.map((r) => `${r.specifier} @${r.line}`)).toEqual(['x @101']);
    // Each guess nests the later `<p>` elements as children, so every rollback names the innermost, last one.
    expect(result.errors).toEqual(["file.tsx:100: '<p>' has no closing tag."]);
  });

  it('keeps scanning a file with many generic function types', () => {
    const types = Array.from({ length: 100 }, (_, i) => `type F${i} = <T>(x: T) => T;`).join('\n');
    const result = scanModuleReferences('file.tsx', `${types}\nimport('x');`);
    expect(result.references.map((r) => `${r.specifier} @${r.line}`)).toEqual(['x @101']);
    expect(result.errors).toEqual([]);
  });
});
