import { afterAll, describe, expect, it } from 'vitest';
import { buildModuleGraph } from '../../../src/impact/graph/index.js';
import { createGraphFixture, json, removeGraphFixtures } from './fixture.js';

afterAll(removeGraphFixtures);

describe('jsxImportSource from the tsconfig', () => {
  const { view } = createGraphFixture({
    'package.json': json({ name: 'tiny', exports: { './jsx/jsx-runtime': './src/jsx/jsx-runtime.ts' } }),
    'tsconfig.json': json({ compilerOptions: { jsx: 'react-jsx', jsxImportSource: 'tiny/jsx' } }),
    'src/jsx/jsx-runtime.ts': 'export const jsx = () => null;\n',
    'src/page.tsx': 'export const Page = () => <div />;\n',
    'src/plain.ts': 'export const a = 1;\n',
    'legacy/tsconfig.json': json({ compilerOptions: { jsx: 'react', jsxImportSource: 'tiny/jsx' } }),
    'legacy/old.tsx': 'export const Old = () => <div />;\n',
  });
  const build = buildModuleGraph({ view });

  it('adds the runtime import to JSX files', () => {
    expect(build.graph.importsOf('src/page.tsx').map((edge) => edge.to)).toEqual(['src/jsx/jsx-runtime.ts']);
  });

  it('leaves other files alone', () => {
    expect(build.graph.importsOf('src/plain.ts')).toEqual([]);
  });

  it('needs the automatic runtime', () => {
    expect(build.graph.importsOf('legacy/old.tsx')).toEqual([]);
  });
});

describe('package self-reference', () => {
  const { view } = createGraphFixture({
    'package.json': json({ name: 'tiny', exports: { './math': './src/math.ts' } }),
    'src/math.ts': 'export const add = (a: number, b: number) => a + b;\n',
    'test/math.test.ts': "import { add } from 'tiny/math';\n",
    'plain/package.json': json({ name: 'plain', main: './index.ts' }),
    'plain/index.ts': 'export const b = 1;\n',
    'plain/use.ts': "import { b } from 'plain';\n",
  });
  const build = buildModuleGraph({ view });

  it('resolves through its own exports', () => {
    expect(build.graph.importsOf('test/math.test.ts')).toEqual([expect.objectContaining({ to: 'src/math.ts', via: expect.stringContaining('itself') })]);
  });

  it('needs an exports field', () => {
    expect(build.graph.importsOf('plain/use.ts')).toEqual([]);
  });
});
