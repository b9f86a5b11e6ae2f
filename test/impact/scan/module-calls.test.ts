import { describe, expect, it } from 'vitest';

import { scanModuleReferences } from '../../../src/impact/scan/index.js';
import { referencesIn } from './reference-notation.js';

const requireCases: [string, string, string[]][] = [
  ['string literal', "const a = require('a');", ['require a @1']],
  ['double quotes', 'const a = require("a");', ['require a @1']],
  ['no-substitution template', 'const a = require(`a`);', ['require a @1']],
  ['require.resolve', "const path = require.resolve('a');", ['require a @1']],
  ['require.resolve with options', "require.resolve('a', { paths: [__dirname] });", ['require a @1']],
  ['JSON file', "const pkg = require('./package.json');", ['require ./package.json @1']],
  ['nested in a call', "use(require('a'), require('b'));", ['require a @1', 'require b @1']],
  ['concatenated argument', "require('./locale/' + name);", ['dynamic-pattern ./locale/ suffix= @1']],
  ['template argument', 'require(`./locale/${name}.js`);', ['dynamic-pattern ./locale/ suffix=.js @1']],
];

const dynamicImportCases: [string, string, string[]][] = [
  ['string literal', "const m = await import('a');", ['dynamic a @1']],
  ['no-substitution template', 'const m = await import(`a`);', ['dynamic a @1']],
  ['with options', "await import('./data.json', { with: { type: 'json' } });", ['dynamic ./data.json @1']],
  ['then call', "import('a').then((m) => m.default);", ['dynamic a @1']],
  ['webpack magic comment', "import(/* webpackChunkName: \"a\" */ './a');", ['dynamic ./a @1']],
  ['argument on the next line', "import(\n  './a'\n);", ['dynamic ./a @2']],
  ['route table', "const routes = [{ component: () => import('./Home.vue') }];", ['dynamic ./Home.vue @1']],
  ['all-static concatenation', "import('./a' + '/b.js');", ['dynamic ./a/b.js @1']],
  ['typeof in an annotation', "let m: typeof import('a');", ['dynamic type a @1']],
  // TypeScript rejects a bare `import('a')` as a type (error 1340), so the scanner reads one as a run-time import.
  ['bare import in a type position', "let m: import('a');", ['dynamic a @1']],
  ['type position member', "let t: import('a').T;", ['dynamic type a @1']],
  ['typeof import', "type M = typeof import('a');", ['dynamic type a @1']],
  ['generic type argument', "let t: Array<import('a').T>;", ['dynamic type a @1']],
];

const patternCases: [string, string, string[]][] = [
  ['template with suffix', 'import(`./locales/${x}.json`);', ['dynamic-pattern ./locales/ suffix=.json @1']],
  ['template ending in a substitution', 'import(`./pages/${name}`);', ['dynamic-pattern ./pages/ suffix= @1']],
  ['template with two substitutions', 'import(`./a/${b}/c/${d}.js`);', ['dynamic-pattern ./a/ suffix=.js @1']],
  ['nested template in a substitution', 'import(`./a/${`${b}-c`}.js`);', ['dynamic-pattern ./a/ suffix=.js @1']],
  ['concatenation', "import('./x/' + name);", ['dynamic-pattern ./x/ suffix= @1']],
  ['concatenation with suffix', "import('./x/' + name + '.js');", ['dynamic-pattern ./x/ suffix=.js @1']],
  ['concatenation with a call', "import('./x/' + name.toLowerCase() + '.js');", ['dynamic-pattern ./x/ suffix=.js @1']],
  ['template then concatenation', "import(`./x/${a}` + '.js');", ['dynamic-pattern ./x/ suffix=.js @1']],
  ['no static prefix', 'import(`${base}/a.js`); import(name + ".js");', []],
  ['method on the literal', "import('./a'.concat(x));", []],
];

const globCases: [string, string, string[]][] = [
  ['one glob', "const pages = import.meta.glob('./pages/*.ts');", ['glob ./pages/*.ts @1']],
  ['glob list', "import.meta.glob(['./a/*.ts', './b/*.ts']);", ['glob ./a/*.ts @1', 'glob ./b/*.ts @1']],
  ['negated glob in a list', "import.meta.glob(['./a/*.ts', '!**/skip.ts']);", ['glob ./a/*.ts @1', 'glob !**/skip.ts @1']],
  ['with options', "import.meta.glob('./a/*.ts', { eager: true, import: 'default' });", ['glob ./a/*.ts @1']],
  ['type argument', "import.meta.glob<Module>('./a/*.ts');", ['glob ./a/*.ts @1']],
  ['nested type argument', "import.meta.glob<Record<string, M>>('./a/*.ts');", ['glob ./a/*.ts @1']],
  ['Vite 2 globEager', "import.meta.globEager('./a/*.ts');", ['glob ./a/*.ts @1']],
  ['list over lines', "import.meta.glob([\n  './a/*.ts',\n  './b/*.ts',\n]);", ['glob ./a/*.ts @2', 'glob ./b/*.ts @3']],
];

describe('scanModuleReferences require', () => {
  it.each(requireCases)('%s', (_name, source, expected) => {
    expect(referencesIn('file.cjs', source)).toEqual(expected);
  });
});

describe('scanModuleReferences import()', () => {
  it.each(dynamicImportCases)('%s', (_name, source, expected) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences dynamic patterns', () => {
  it.each(patternCases)('%s', (_name, source, expected) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences import.meta.glob', () => {
  it.each(globCases)('%s', (_name, source, expected) => {
    expect(referencesIn('file.ts', source)).toEqual(expected);
  });
});

describe('scanModuleReferences approximate flag', () => {
  it('is set for patterns and globs only', () => {
    const source = "import a from 'a';\nimport(`./b/${x}`);\nimport.meta.glob('./c/*');\nrequire('d');";
    const { references } = scanModuleReferences('file.ts', source);
    expect(references.map((r) => [r.kind, r.approximate])).toEqual([
      ['import', false],
      ['dynamic-pattern', true],
      ['glob', true],
      ['require', false],
    ]);
  });

  it('leaves suffix unset outside patterns', () => {
    const { references } = scanModuleReferences('file.ts', "import a from 'a';\nimport('b');");
    expect(references.every((r) => !('suffix' in r))).toBe(true);
  });
});
