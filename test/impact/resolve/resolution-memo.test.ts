import { afterAll, describe, expect, it } from 'vitest';
import type { Resolution } from '../../../src/impact/resolve/index.js';
import { createFixture, json, removeFixtures } from './fixture.js';

afterAll(removeFixtures);

/**
 * The resolver remembers resolutions per folder. These cases resolve the
 * same bare specifier from files of one folder that differ in their
 * tsconfig, flavor or name. They run in both orders, so a result remembered for the
 * first file would show up as a wrong result of the second.
 */
function createSplitProject() {
  return createFixture({
    'tsconfig.json': json({ files: [], references: [{ path: './tsconfig.app.json' }, { path: './tsconfig.test.json' }] }),
    'tsconfig.app.json': json({
      include: ['src/**/*.ts', 'src/**/*.js'],
      exclude: ['src/**/*.test.ts'],
      compilerOptions: { paths: { '@lib/*': ['./lib-app/*'] } },
    }),
    'tsconfig.test.json': json({ include: ['src/**/*.test.ts'], compilerOptions: { paths: { '@lib/*': ['./lib-test/*'] } } }),
    'lib-app/x.ts': '',
    'lib-app/x.js': '',
    'lib-test/x.ts': '',
    'src/app.ts': '',
    'src/app.test.ts': '',
    'src/helper.ts': '',
    'src/tool.js': '',
  });
}

const cases: { name: string; importer: string; specifier: string; expected: Partial<Resolution> }[] = [
  { name: 'paths of the app project', importer: 'src/app.ts', specifier: '@lib/x', expected: { kind: 'file', path: 'lib-app/x.ts' } },
  { name: 'paths of the test project', importer: 'src/app.test.ts', specifier: '@lib/x', expected: { kind: 'file', path: 'lib-test/x.ts' } },
  { name: 'TypeScript importer prefers .ts', importer: 'src/app.ts', specifier: '@lib/x.js', expected: { kind: 'file', path: 'lib-app/x.ts' } },
  { name: 'JavaScript importer keeps .js', importer: 'src/tool.js', specifier: '@lib/x.js', expected: { kind: 'file', path: 'lib-app/x.js' } },
  {
    name: 'reason names the first importer',
    importer: 'src/app.ts',
    specifier: '#missing',
    expected: { kind: 'unresolved', reason: expect.stringContaining('above src/app.ts') as unknown as string },
  },
  {
    name: 'reason names the second importer',
    importer: 'src/helper.ts',
    specifier: '#missing',
    expected: { kind: 'unresolved', reason: expect.stringContaining('above src/helper.ts') as unknown as string },
  },
];

describe('resolution memo', () => {
  for (const order of ['in order', 'in reverse'] as const) {
    describe(order, () => {
      const { resolver } = createSplitProject();
      const sequence = order === 'in order' ? cases : [...cases].reverse();
      for (const { name, importer, specifier, expected } of sequence) {
        it(name, () => {
          expect(resolver.resolve(importer, specifier)).toMatchObject(expected);
        });
      }
    });
  }

  it('repeats a result for another file of the folder', () => {
    const { resolver } = createSplitProject();
    const first = resolver.resolve('src/app.ts', '@lib/x');
    expect(resolver.resolve('src/helper.ts', '@lib/x')).toEqual(first);
  });
});
