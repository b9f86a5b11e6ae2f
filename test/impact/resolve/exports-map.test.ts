import { describe, expect, it } from 'vitest';
import { lookupExports, lookupImports } from '../../../src/impact/resolve/packages/exports-map.js';

const IMPORT = ['import', 'node', 'development'];
const REQUIRE = ['require', 'node', 'development'];
const TYPES = ['types', 'import', 'node'];

const paths = (...list: string[]) => list.map((path) => ({ kind: 'path', path }));

describe('lookupExports', () => {
  it('string sugar', () => {
    expect(lookupExports('./index.js', '.', IMPORT)).toEqual({ kind: 'targets', key: '.', targets: paths('./index.js') });
  });

  it('conditions object sugar', () => {
    const exportsField = { import: './esm.js', require: './cjs.js' };
    expect(lookupExports(exportsField, '.', REQUIRE)).toMatchObject({ targets: paths('./cjs.js') });
  });

  it('matches conditions in key order', () => {
    const exportsField = { '.': { types: './index.d.ts', import: './index.mjs', default: './index.js' } };
    expect(lookupExports(exportsField, '.', TYPES)).toMatchObject({ targets: paths('./index.d.ts') });
    expect(lookupExports(exportsField, '.', IMPORT)).toMatchObject({ targets: paths('./index.mjs') });
    expect(lookupExports(exportsField, '.', ['other'])).toMatchObject({ targets: paths('./index.js') });
  });

  it('nested conditions fall through', () => {
    const exportsField = {
      './button': {
        node: { require: './button.cjs' },
        development: { import: './src/button.ts' },
        default: './dist/button.js',
      },
    };
    expect(lookupExports(exportsField, './button', IMPORT)).toMatchObject({ targets: paths('./src/button.ts') });
    expect(lookupExports(exportsField, './button', REQUIRE)).toMatchObject({ targets: paths('./button.cjs') });
  });

  it('pattern substitution in every star', () => {
    const exportsField = { './icons/*': './dist/icons/*/*.js' };
    expect(lookupExports(exportsField, './icons/arrow', IMPORT)).toEqual({
      kind: 'targets',
      key: './icons/*',
      targets: paths('./dist/icons/arrow/arrow.js'),
    });
  });

  it('prefers the pattern with the longer prefix', () => {
    const exportsField = { './*': './src/*.ts', './internal/*': './src/private/*.ts' };
    expect(lookupExports(exportsField, './internal/x', IMPORT)).toMatchObject({ key: './internal/*' });
  });

  it('matches a pattern with a suffix', () => {
    const exportsField = { './*.css': './styles/*.css' };
    expect(lookupExports(exportsField, './theme.css', IMPORT)).toMatchObject({ targets: paths('./styles/theme.css') });
    expect(lookupExports(exportsField, './theme', IMPORT)).toEqual({ kind: 'no-match' });
  });

  it('prefers an exact key over a pattern', () => {
    const exportsField = { './*': './src/*.ts', './special': './special.ts' };
    expect(lookupExports(exportsField, './special', IMPORT)).toMatchObject({ key: './special' });
  });

  it('excludes subpaths mapped to null', () => {
    const exportsField = { './*': './src/*.ts', './internal/*': null };
    expect(lookupExports(exportsField, './internal/x', IMPORT)).toEqual({ kind: 'excluded', key: './internal/*' });
  });

  it('excludes a subpath when no condition matches', () => {
    expect(lookupExports({ '.': { browser: './b.js' } }, '.', IMPORT)).toEqual({ kind: 'excluded', key: '.' });
  });

  it('array fallbacks in order', () => {
    expect(lookupExports({ '.': ['invalid', './a.js', './b.js'] }, '.', IMPORT)).toMatchObject({
      targets: paths('./a.js', './b.js'),
    });
  });

  it('subpath not exported', () => {
    expect(lookupExports({ '.': './index.js' }, './other', IMPORT)).toEqual({ kind: 'no-match' });
  });

  it('rejects mixed subpath and condition keys', () => {
    expect(lookupExports({ '.': './a.js', import: './b.js' }, '.', IMPORT)).toMatchObject({ kind: 'invalid' });
  });

  it('target without ./ prefix', () => {
    expect(lookupExports({ '.': 'dist/index.js' }, '.', IMPORT)).toMatchObject({
      kind: 'invalid',
      reason: '".": target "dist/index.js" must start with "./"',
    });
  });
});

describe('lookupImports', () => {
  it('maps # patterns to paths and packages', () => {
    const importsField = { '#internal/*': './src/internal/*.ts', '#dep': { node: 'node-dep', default: './shim.js' } };
    expect(lookupImports(importsField, '#internal/a', IMPORT)).toMatchObject({ targets: paths('./src/internal/a.ts') });
    expect(lookupImports(importsField, '#dep', IMPORT)).toMatchObject({ targets: [{ kind: 'package', specifier: 'node-dep' }] });
    expect(lookupImports(importsField, '#dep', ['browser'])).toMatchObject({ targets: paths('./shim.js') });
  });
});
