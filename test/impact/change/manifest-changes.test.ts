import { describe, expect, it } from 'vitest';
import { diffManifestDependencies, diffManifestEntryFields, readDependencyRanges } from '../../../src/impact/change/manifest-changes.js';
import { TextSyntaxError } from '../../../src/impact/change/parse-problem.js';

const BASE = {
  name: '@acme/app',
  version: '1.0.0',
  scripts: { test: 'vitest run' },
  dependencies: { react: '^18.2.0', lodash: '^4.17.20' },
  devDependencies: { vitest: '~4.1.0' },
  peerDependencies: { 'react-dom': '^18.0.0' },
};

function text(manifest: object): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

function changesOf(head: object, base: object = BASE): unknown {
  const diff = diffManifestDependencies(text(base), text(head));
  return diff.ok ? diff.changes : diff.problem.message;
}

describe('diffManifestDependencies', () => {
  it('ignores script and version edits', () => {
    expect(changesOf({ ...BASE, version: '1.1.0', scripts: { test: 'vitest run --coverage' }, description: 'new' })).toEqual([]);
  });

  it('ignores key order', () => {
    expect(changesOf({ ...BASE, dependencies: { lodash: '^4.17.20', react: '^18.2.0' } })).toEqual([]);
  });

  it('lists added, removed and changed names', () => {
    const head = { ...BASE, dependencies: { react: '^18.3.0', zod: '^3.23.0' } };

    expect(changesOf(head)).toEqual([{ field: 'dependencies', rootWide: false, names: ['lodash', 'react', 'zod'] }]);
  });

  it('reports each field separately', () => {
    const head = {
      ...BASE,
      devDependencies: { vitest: '~4.2.0' },
      peerDependencies: {},
      optionalDependencies: { fsevents: '^2.3.0' },
    };

    expect(changesOf(head)).toEqual([
      { field: 'devDependencies', rootWide: false, names: ['vitest'] },
      { field: 'peerDependencies', rootWide: false, names: ['react-dom'] },
      { field: 'optionalDependencies', rootWide: false, names: ['fsevents'] },
    ]);
  });

  it('marks overrides as root-wide', () => {
    const base = { ...BASE, overrides: { semver: '7.6.0', foo: { bar: '1.0.0', baz: '2.0.0' } } };
    const head = { ...BASE, overrides: { semver: '7.6.0', foo: { baz: '2.0.0', bar: '1.0.1' } } };

    expect(changesOf(head, base)).toEqual([{ field: 'overrides', rootWide: true, names: ['foo'] }]);
  });

  it('marks resolutions as root-wide', () => {
    const head = { ...BASE, resolutions: { '**/minimist': '1.2.8' } };

    expect(changesOf(head)).toEqual([{ field: 'resolutions', rootWide: true, names: ['**/minimist'] }]);
  });

  it('marks pnpm.overrides as root-wide', () => {
    const base = { ...BASE, pnpm: { overrides: { 'foo@1>bar': '^2.0.0' }, onlyBuiltDependencies: ['esbuild'] } };
    const head = { ...BASE, pnpm: { overrides: { 'foo@1>bar': '^2.1.0' }, onlyBuiltDependencies: [] } };

    expect(changesOf(head, base)).toEqual([{ field: 'pnpm.overrides', rootWide: true, names: ['foo@1>bar'] }]);
  });

  it('treats a new manifest as all changed', () => {
    const diff = diffManifestDependencies(null, text(BASE));

    expect(diff.ok && diff.changes.map((change) => [change.field, change.names])).toEqual([
      ['dependencies', ['lodash', 'react']],
      ['devDependencies', ['vitest']],
      ['peerDependencies', ['react-dom']],
    ]);
  });

  it('reports invalid JSON with its position', () => {
    const broken = text(BASE).replace('"react": "^18.2.0",', '"react": "^18.2.0"');

    const diff = diffManifestDependencies(text(BASE), broken, 'packages/app/package.json');

    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.problem).toMatchObject({ file: 'packages/app/package.json', side: 'head', line: 9, column: 5 });
    expect(diff.problem.message).toMatch(/^packages\/app\/package.json at the head could not be read at line 9, column 5: invalid JSON/);
  });

  it('reports a field that is not an object', () => {
    const diff = diffManifestDependencies(text({ ...BASE, dependencies: ['react'] }), text(BASE));

    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.problem.message).toMatch(/base commit .*package.json.dependencies is not an object/);
  });

  it('treats __proto__ as an ordinary name', () => {
    const base = '{ "dependencies": { "__proto__": "1.0.0" } }';
    const head = '{ "dependencies": { "__proto__": "1.0.1", "constructor": "2.0.0" } }';

    expect(diffManifestDependencies(base, head)).toEqual({
      ok: true,
      changes: [{ field: 'dependencies', rootWide: false, names: ['__proto__', 'constructor'] }],
    });
  });

  it('accepts a byte order mark', () => {
    expect(diffManifestDependencies(`\ufeff${text(BASE)}`, text(BASE))).toEqual({ ok: true, changes: [] });
  });
});

describe('readDependencyRanges', () => {
  it('merges the installed fields', () => {
    const manifest = text({
      ...BASE,
      devDependencies: { vitest: '~4.1.0', lodash: '^3.0.0' },
      optionalDependencies: { fsevents: '^2.3.0' },
    });

    expect(readDependencyRanges(manifest)).toEqual({
      lodash: '^4.17.20',
      react: '^18.2.0',
      vitest: '~4.1.0',
      fsevents: '^2.3.0',
    });
  });

  it('keeps __proto__ as an own key', () => {
    const ranges = readDependencyRanges('{ "dependencies": { "__proto__": "1.0.0" } }');

    expect(Object.keys(ranges)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(ranges)).toBe(Object.prototype);
  });

  it('throws a positioned error for invalid JSON', () => {
    expect(() => readDependencyRanges('{ "dependencies": }')).toThrow(TextSyntaxError);
  });
});

describe('diffManifestEntryFields', () => {
  const entry = (fields: Record<string, unknown>) => JSON.stringify({ name: 'lib', version: '1.0.0', ...fields });

  it.each<[string, Record<string, unknown>, Record<string, unknown>, string[], string[] | null]>([
    ['no entry change', { exports: { '.': './a.js' } }, { exports: { '.': './a.js' }, version: '2.0.0' }, [], []],
    ['an added subpath', { exports: { '.': './a.js' } }, { exports: { '.': './a.js', './b': './b.js' } }, ['exports'], ['./b']],
    ['a changed pattern', { exports: { './*': './src/*.js' } }, { exports: { './*': './lib/*.js' } }, ['exports'], ['./*']],
    ['a string export', { exports: './a.js' }, { exports: './b.js' }, ['exports'], ['.']],
    ['conditions of the main entry', { exports: { import: './a.mjs' } }, { exports: { import: './b.mjs' } }, ['exports'], ['.']],
    ['exports added', {}, { exports: './a.js' }, ['exports'], null],
    ['main', { main: './a.js' }, { main: './b.js' }, ['main'], ['.']],
    ['a browser map', { browser: { './a.js': './b.js' } }, { browser: { './a.js': './c.js' } }, ['browser'], null],
    ['type', { type: 'commonjs' }, { type: 'module' }, ['type'], []],
    ['imports', { imports: { '#a': './a.js' } }, { imports: { '#a': './b.js' } }, ['imports'], []],
  ])('%s', (_case, base, head, fields, subpaths) => {
    const diff = diffManifestEntryFields(entry(base), entry(head));

    expect(diff.fields).toEqual(fields);
    expect(diff.subpaths).toEqual(subpaths);
  });

  it('lists both names of a renamed package', () => {
    const diff = diffManifestEntryFields(entry({}), JSON.stringify({ name: 'lib2' }));

    expect(diff).toMatchObject({ fields: ['name'], names: ['lib', 'lib2'], subpaths: null });
  });
});
