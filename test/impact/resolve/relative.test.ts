import { afterAll, describe, expect, it } from 'vitest';
import { createFixture, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

describe('relative specifiers', () => {
  const { resolver } = createFixture({
    'src/main.ts': '',
    'src/plain.ts': '',
    'src/view.tsx': '',
    'src/types.d.ts': '',
    'src/legacy.js': '',
    'src/widget.jsx': '',
    'src/esm.mts': '',
    'src/common.cts': '',
    'src/runtime.mjs': '',
    'src/loader.cjs': '',
    'src/data.json': '{}',
    'src/button.stories.tsx': '',
    'src/lib/index.ts': '',
    'src/styles.css': '',
    'src/logo.svg': '',
    'src/App.vue': '',
    'src/Card.svelte': '',
    'src/both.ts': '',
    'src/both.js': '',
    'src/declared.js': '',
    'src/declared.d.ts': '',
    'src/index.ts': '',
    'scripts/run.js': '',
    'scripts/both.js': '',
    'scripts/both.ts': '',
  });

  const cases: [specifier: string, expected: string][] = [
    ['./plain', 'src/plain.ts'],
    ['./view', 'src/view.tsx'],
    ['./types', 'src/types.d.ts'],
    ['./legacy', 'src/legacy.js'],
    ['./widget', 'src/widget.jsx'],
    ['./esm', 'src/esm.mts'],
    ['./common', 'src/common.cts'],
    ['./runtime', 'src/runtime.mjs'],
    ['./loader', 'src/loader.cjs'],
    ['./data', 'src/data.json'],
    ['./button.stories', 'src/button.stories.tsx'],
    ['./lib', 'src/lib/index.ts'],
    ['./lib/', 'src/lib/index.ts'],
    ['./plain.js', 'src/plain.ts'],
    ['./view.js', 'src/view.tsx'],
    ['./view.jsx', 'src/view.tsx'],
    ['./esm.mjs', 'src/esm.mts'],
    ['./common.cjs', 'src/common.cts'],
    ['./legacy.js', 'src/legacy.js'],
    ['./both.js', 'src/both.ts'],
    ['./declared.js', 'src/declared.js'],
    ['./data.json', 'src/data.json'],
    ['./styles.css', 'src/styles.css'],
    ['./logo.svg', 'src/logo.svg'],
    ['./logo.svg?raw', 'src/logo.svg'],
    ['./App.vue', 'src/App.vue'],
    ['./Card.svelte', 'src/Card.svelte'],
    ['.', 'src/index.ts'],
    ['../scripts/run', 'scripts/run.js'],
  ];

  it.each(cases)('%s from a TypeScript file', (specifier, expected) => {
    expect(resolver.resolve('src/main.ts', specifier)).toEqual({ kind: 'file', path: expected, via: 'relative' });
  });

  it('.js first for JavaScript importers', () => {
    expect(resolver.resolve('scripts/run.js', './both.js')).toEqual({ kind: 'file', path: 'scripts/both.js', via: 'relative' });
    expect(resolver.resolve('scripts/run.js', './both')).toEqual({ kind: 'file', path: 'scripts/both.js', via: 'relative' });
  });

  it('.ts first for TypeScript importers', () => {
    expect(resolver.resolve('src/main.ts', '../scripts/both')).toMatchObject({ path: 'scripts/both.ts' });
  });

  it('does not probe extensions for .vue files', () => {
    expect(resolver.resolve('src/main.ts', './App')).toMatchObject({ kind: 'unresolved' });
  });

  it('missing file names the path', () => {
    const result = resolver.resolve('src/main.ts', './missing');
    expect(result.kind).toBe('unresolved');
    expect(result).toMatchObject({ reason: expect.stringContaining('src/missing') });
  });

  it('rejects a path above the repository root', () => {
    expect(resolver.resolve('src/main.ts', '../../outside')).toMatchObject({
      kind: 'unresolved',
      reason: expect.stringContaining('outside the repository'),
    });
  });
});
