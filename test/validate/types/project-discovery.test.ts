import { describe, expect, it } from 'vitest';
import { discoverProjects, type ProjectTree } from '../../../src/validate/types/project-discovery.js';

function tree(files: Record<string, string>): ProjectTree {
  return {
    readText: (path) => files[path] ?? null,
    tsconfigFolders: () =>
      Object.keys(files)
        .filter((path) => path === 'tsconfig.json' || path.endsWith('/tsconfig.json'))
        .map((path) => (path === 'tsconfig.json' ? '' : path.slice(0, -'/tsconfig.json'.length))),
  };
}

const PLAIN = '{ "compilerOptions": { "strict": true } }';

interface DiscoveryCase {
  name: string;
  files: Record<string, string>;
  configured: string[];
  expected: string[];
}

describe('discoverProjects', () => {
  it.each<DiscoveryCase>([
    { name: 'a plain root tsconfig', files: { 'tsconfig.json': PLAIN }, configured: [], expected: ['tsconfig.json'] },
    {
      name: 'a solution-style root, following references',
      files: {
        'tsconfig.json': '{ "files": [], // solution\n "references": [{ "path": "./packages/a" }, { "path": "packages/b/tsconfig.build.json" },] }',
        'packages/a/tsconfig.json': PLAIN,
        'packages/b/tsconfig.build.json': '{ "references": [{ "path": "../a" }] }',
      },
      configured: [],
      expected: ['packages/a/tsconfig.json', 'packages/b/tsconfig.build.json'],
    },
    {
      name: 'a root with files and references',
      files: { 'tsconfig.json': '{ "include": ["src"], "references": [{ "path": "lib" }] }', 'lib/tsconfig.json': PLAIN },
      configured: [],
      expected: ['tsconfig.json', 'lib/tsconfig.json'],
    },
    {
      name: 'nested solution configs',
      files: {
        'tsconfig.json': '{ "files": [], "references": [{ "path": "packages" }] }',
        'packages/tsconfig.json': '{ "files": [], "references": [{ "path": "x" }] }',
        'packages/x/tsconfig.json': PLAIN,
      },
      configured: [],
      expected: ['packages/x/tsconfig.json'],
    },
    {
      name: 'npm workspaces without a root tsconfig',
      files: {
        'package.json': '{ "workspaces": ["packages/*", "!packages/skip"] }',
        'packages/b/tsconfig.json': PLAIN,
        'packages/a/tsconfig.json': PLAIN,
        'packages/skip/tsconfig.json': PLAIN,
        'other/tsconfig.json': PLAIN,
      },
      configured: [],
      expected: ['packages/a/tsconfig.json', 'packages/b/tsconfig.json'],
    },
    {
      name: 'yarn workspaces object and pnpm workspace file',
      files: {
        'package.json': '{ "workspaces": { "packages": ["./apps/*/"] } }',
        'pnpm-workspace.yaml': 'packages:\n  - libs/**\n',
        'apps/web/tsconfig.json': PLAIN,
        'libs/deep/core/tsconfig.json': PLAIN,
      },
      configured: [],
      expected: ['apps/web/tsconfig.json', 'libs/deep/core/tsconfig.json'],
    },
    {
      name: 'configured projects in place of the root',
      files: { 'tsconfig.json': PLAIN, 'src/tsconfig.json': PLAIN, 'test/tsconfig.json': '{ "references": [{ "path": "../src" }] }' },
      configured: ['./test/tsconfig.json'],
      expected: ['test/tsconfig.json', 'src/tsconfig.json'],
    },
    { name: 'no tsconfig at all', files: { 'package.json': '{}' }, configured: [], expected: [] },
  ])('finds $name', ({ files, configured, expected }) => {
    const discovered = discoverProjects(tree(files), configured);
    expect(discovered.projects).toEqual(expected);
    expect(discovered.problems).toEqual([]);
  });

  it.each<{ name: string; files: Record<string, string>; problem: RegExp }>([
    {
      name: 'a missing referenced project',
      files: { 'tsconfig.json': '{ "files": [], "references": [{ "path": "gone" }] }' },
      problem: /gone\/tsconfig.json: tsconfig file not found/,
    },
    {
      name: 'a reference outside the repository',
      files: { 'tsconfig.json': '{ "references": [{ "path": "../elsewhere" }] }' },
      problem: /the reference "..\/elsewhere" points outside the repository/,
    },
    {
      name: 'a tsconfig that cannot be parsed',
      files: { 'tsconfig.json': '{ "files": [' },
      problem: /tsconfig.json: cannot be parsed/,
    },
  ])('reports $name', ({ files, problem }) => {
    const discovered = discoverProjects(tree(files), []);
    expect(discovered.problems).toHaveLength(1);
    expect(discovered.problems[0]).toMatch(problem);
  });

  it('still checks a root tsconfig that cannot be parsed', () => {
    expect(discoverProjects(tree({ 'tsconfig.json': '{ "files": [' }), []).projects).toEqual(['tsconfig.json']);
  });
});
