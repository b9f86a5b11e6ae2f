/**
 * Runs the library path of impact analysis in one process: the change of the
 * last commit, the head graph from the work tree, test discovery and test
 * selection. These are the impact stage's calls, without the risk, the report
 * and the scan cache. Prints the counts and the time of each step.
 *
 *   node library.mjs REPO
 */
import { performance } from 'node:perf_hooks';

import { defaultConfig } from '../../src/config/defaults.js';
import { listIndexedFiles } from '../../src/git/tree-view.js';
import { detectChange } from '../../src/impact/change/detect-change.js';
import { buildModuleGraph } from '../../src/impact/graph/index.js';
import { readDiskView } from '../../src/impact/resolve/disk-view.js';
import { openResolver } from '../../src/impact/resolve/index.js';
import { discoverTestFiles, selectImpact } from '../../src/impact/select/index.js';

const root = process.argv[2];
if (!root) throw new Error('Missing repository argument: node library.mjs REPO');

const steps: Record<string, number> = {};
let mark = performance.now();
function step(name: string): void {
  const now = performance.now();
  steps[name] = Math.round(now - mark);
  mark = now;
}

const scope = await detectChange(root, { kind: 'local', base: 'HEAD~1', head: 'HEAD' });
step('changeMs');
const indexed = await listIndexedFiles(root);
const view = readDiskView(root, indexed.map((file) => file.path).sort());
step('listFilesMs');
const resolver = await openResolver(view);
const build = buildModuleGraph({ view, resolver });
step('graphMs');
const settings = defaultConfig().impact;
const tests = discoverTestFiles({ view, settings: settings.tests });
const selection = selectImpact({
  head: build.graph,
  changes: scope.files,
  settings,
  tests,
  workspaces: build.workspaces,
  dependencyChanges: [],
  lockfiles: [],
});
step('selectMs');

console.log(
  JSON.stringify({
    files: view.files.length,
    edges: build.graph.edges.length,
    scanned: build.scanned,
    tests: tests.files.size,
    affectedTests: selection.affectedTests.length,
    warnings: build.warnings.total,
    ...steps,
  }),
);
