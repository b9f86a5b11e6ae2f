import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildModuleGraph, MAX_LISTED_WARNINGS, type ModuleGraph } from '../../../src/impact/graph/index.js';
import type { GraphEdge } from '../../../src/impact/model.js';
import { createGraphFixture, json, removeGraphFixtures } from './fixture.js';

afterAll(removeGraphFixtures);

/** `from -> to` of each edge, for comparing edge sets without the detail fields. */
function arrows(edges: readonly GraphEdge[]): string[] {
  return edges.map((edge) => `${edge.from} -> ${edge.to}`);
}

function edgeBetween(graph: ModuleGraph, from: string, to: string): GraphEdge | undefined {
  return graph.importsOf(from).find((edge) => edge.to === to);
}

describe('reference kinds', () => {
  const { view } = createGraphFixture({
    'src/main.ts': [
      '/// <reference path="globals.d.ts" />',
      '/// <reference types="node" />',
      "import { a } from './a';",
      "import type { T } from './types';",
      "import './side';",
      "export * from './re';",
      "const r = require('./req');",
      "const d = import('./dyn');",
      'const p = import(`./locales/${lang}.json`);',
      "const g = import.meta.glob('./pages/*.ts');",
      "import data from './data.json';",
      "import Comp from './Comp.vue';",
      "import lodash from 'lodash';",
      "import fs from 'node:fs';",
    ].join('\n'),
    'src/globals.d.ts': "import { X } from './types';\n",
    'src/a.ts': 'export const a = 1;\n',
    'src/types.ts': 'export type T = string;\n',
    'src/side.ts': '',
    'src/re.ts': '',
    'src/req.js': '',
    'src/dyn.ts': '',
    'src/locales/en.json': '{}',
    'src/locales/de.json': '{}',
    'src/pages/one.ts': "const self = import.meta.glob('./*.ts');\n",
    'src/pages/two.ts': '',
    'src/data.json': '{}',
    'src/Comp.vue': '<template><p /></template>\n<script setup lang="ts">\nimport { a } from "./a";\n</script>\n',
    'src/widget.svelte': '<script>\n  import { a } from "./a";\n</script>\n',
  });
  const { graph } = buildModuleGraph({ view });

  it('one edge per kind', () => {
    const byTarget = new Map(graph.importsOf('src/main.ts').map((edge) => [edge.to, edge]));
    expect(byTarget.get('src/globals.d.ts')).toMatchObject({ kind: 'reference', line: 1, via: 'relative' });
    expect(byTarget.get('src/a.ts')).toMatchObject({ kind: 'import', line: 3, typeOnly: false, approximate: false });
    expect(byTarget.get('src/types.ts')).toMatchObject({ kind: 'import', line: 4, typeOnly: true });
    expect(byTarget.get('src/side.ts')).toMatchObject({ kind: 'side-effect', line: 5 });
    expect(byTarget.get('src/re.ts')).toMatchObject({ kind: 're-export', line: 6 });
    expect(byTarget.get('src/req.js')).toMatchObject({ kind: 'require', line: 7 });
    expect(byTarget.get('src/dyn.ts')).toMatchObject({ kind: 'dynamic', line: 8, approximate: false });
    expect(byTarget.get('src/data.json')).toMatchObject({ kind: 'import', line: 11 });
    expect(byTarget.get('src/Comp.vue')).toMatchObject({ kind: 'import', line: 12 });
  });

  it('dynamic pattern edges', () => {
    const edges = graph.importsOf('src/main.ts').filter((edge) => edge.kind === 'dynamic-pattern');
    expect(arrows(edges)).toEqual(['src/main.ts -> src/locales/de.json', 'src/main.ts -> src/locales/en.json']);
    for (const edge of edges) {
      expect(edge.approximate).toBe(true);
      expect(edge.specifier).toBe('./locales/');
      expect(edge.via).toBe('dynamic import prefix "./locales/" with suffix ".json"');
    }
  });

  it('glob edges, one per file', () => {
    const edges = graph.importsOf('src/main.ts').filter((edge) => edge.kind === 'glob');
    expect(arrows(edges)).toEqual(['src/main.ts -> src/pages/one.ts', 'src/main.ts -> src/pages/two.ts']);
    expect(edges.every((edge) => edge.approximate && edge.specifier === './pages/*.ts')).toBe(true);
  });

  it('glob skips the importer itself', () => {
    expect(arrows(graph.importsOf('src/pages/one.ts'))).toEqual(['src/pages/one.ts -> src/pages/two.ts']);
  });

  it('no edges to packages', () => {
    const targets = graph.importsOf('src/main.ts').map((edge) => edge.to);
    expect(targets).not.toContain('lodash');
    expect(targets).not.toContain('node:fs');
    expect(targets.every((target) => graph.has(target))).toBe(true);
  });

  it('declaration file edges are type-only', () => {
    expect(edgeBetween(graph, 'src/globals.d.ts', 'src/types.ts')?.typeOnly).toBe(true);
  });

  it('component script blocks', () => {
    expect(edgeBetween(graph, 'src/Comp.vue', 'src/a.ts')).toMatchObject({ kind: 'import', line: 3 });
    expect(edgeBetween(graph, 'src/widget.svelte', 'src/a.ts')).toMatchObject({ kind: 'import', line: 2 });
  });

  it('importers of a file', () => {
    expect(arrows(graph.importersOf('src/a.ts')).sort()).toEqual([
      'src/Comp.vue -> src/a.ts',
      'src/main.ts -> src/a.ts',
      'src/widget.svelte -> src/a.ts',
    ]);
    expect(graph.importersOf('src/unknown.ts')).toEqual([]);
  });

  it('files are every tracked file', () => {
    expect(graph.files).toContain('src/data.json');
    expect(graph.has('src/locales/en.json')).toBe(true);
    expect(graph.has('lodash')).toBe(false);
  });
});

describe('workspace packages', () => {
  const { view } = createGraphFixture({
    'package.json': json({ private: true, workspaces: ['packages/*'] }),
    'packages/core/package.json': json({ name: '@acme/core', exports: { '.': './src/index.ts', './math': './src/math.ts' } }),
    'packages/core/src/index.ts': "export * from './math';\n",
    'packages/core/src/math.ts': 'export const add = (a: number, b: number) => a + b;\n',
    'packages/app/package.json': json({ name: '@acme/app', dependencies: { '@acme/core': 'workspace:*' } }),
    'packages/app/src/main.ts': "import { add } from '@acme/core';\nimport type { add as Add } from '@acme/core/math';\n",
  });
  const build = buildModuleGraph({ view });

  it('edges into another package', () => {
    expect(build.graph.importsOf('packages/app/src/main.ts')).toEqual([
      expect.objectContaining({ to: 'packages/core/src/index.ts', typeOnly: false, via: 'workspace package @acme/core exports "."' }),
      expect.objectContaining({ to: 'packages/core/src/math.ts', typeOnly: true }),
    ]);
  });

  it('chain across packages', () => {
    const importers = build.graph.importersOf('packages/core/src/math.ts').map((edge) => edge.from);
    expect(importers.sort()).toEqual(['packages/app/src/main.ts', 'packages/core/src/index.ts']);
  });

  it('workspace list', () => {
    expect(build.workspaces.map((workspace) => workspace.name)).toEqual(['@acme/app', '@acme/core']);
  });
});

describe('graph warnings', () => {
  it('unresolved references and scan errors', () => {
    const { view } = createGraphFixture({
      'src/main.ts': "import { gone } from './gone';\nimport thing from 'virtual:thing';\n",
      // The `require` on the next line puts the scan limit past the string (see reference-limit.ts).
      'src/broken.ts': 'const text = "unterminated\nrequire;\n',
    });
    const { warnings } = buildModuleGraph({ view });
    expect(warnings.messages).toEqual([
      'src/broken.ts:1: Unterminated string literal.',
      expect.stringMatching(/^src\/main\.ts:1: unresolved import "\.\/gone": no tracked file for "\.\/gone"/),
      expect.stringMatching(/^src\/main\.ts:2: unresolved import "virtual:thing"/),
    ]);
    expect(warnings.total).toBe(3);
  });

  it('unreadable tracked file', () => {
    const { repo, view } = createGraphFixture({ 'src/a.ts': "import './b';\n", 'src/b.ts': '' });
    rmSync(join(repo.dir, 'src/b.ts'));
    const { graph, warnings } = buildModuleGraph({ view });
    expect(warnings.messages).toEqual([
      'src/b.ts: tracked but unreadable in the work tree, so its imports are missing from the graph. Check out the file.',
    ]);
    expect(graph.importsOf('src/a.ts').map((edge) => edge.to)).toEqual(['src/b.ts']);
  });

  it('config warnings come first', () => {
    const { view } = createGraphFixture({ 'tsconfig.json': '{ "compilerOptions": ', 'src/a.ts': '' });
    const { warnings } = buildModuleGraph({ view });
    expect(warnings.messages[0]).toMatch(/^tsconfig\.json.*invalid JSON/);
  });

  it('listed warnings are capped', () => {
    const lines = Array.from({ length: MAX_LISTED_WARNINGS + 20 }, (_, index) => `import './missing-${index}';`);
    const { view } = createGraphFixture({ 'src/many.ts': lines.join('\n') });
    const { warnings } = buildModuleGraph({ view });
    expect(warnings.messages).toHaveLength(MAX_LISTED_WARNINGS);
    expect(warnings.total).toBe(MAX_LISTED_WARNINGS + 20);
  });
});
