/**
 * Reads `package-lock.json` and `npm-shrinkwrap.json` of lockfileVersion 2
 * and 3 (npm 7 and later). Their `packages` map is keyed by install path:
 * `""` is the root, `packages/a` a workspace folder, `node_modules/x` and
 * `packages/a/node_modules/x` installed packages. A workspace appears twice,
 * as its folder and as a link `node_modules/<name>` with `link: true` and
 * `resolved: "<folder>"`.
 */
import { baseName, folderOf } from '../resolve/repo-path.js';
import { folderNodeId, type LockGraph, type LockNode } from './lock-graph.js';
import { expectObject, objectField, parseJsonText, TextSyntaxError } from './parse-problem.js';

/** Dependency fields of an installed package; a folder (root or workspace) adds `devDependencies`. */
const INSTALLED_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const FOLDER_FIELDS = [...INSTALLED_FIELDS, 'devDependencies'];

/** Builds the graph of an npm lockfile; throws `TextSyntaxError` when the text is not one. */
export function parseNpmLockfile(text: string): LockGraph {
  const lockfile = expectObject(parseJsonText(text), 'the lockfile');
  const version = lockfile['lockfileVersion'];
  if (version !== 2 && version !== 3) {
    throw new TextSyntaxError(
      `lockfileVersion ${JSON.stringify(version)} is not supported, because only versions 2 and 3 list every install path. Regenerate the lockfile with npm 7 or later`,
    );
  }
  const packages = objectField(lockfile, 'packages', 'the lockfile');

  const entries = new Map<string, Record<string, unknown>>();
  for (const [location, entry] of Object.entries(packages)) entries.set(location, expectObject(entry, `packages[${JSON.stringify(location)}]`));

  const graph: LockGraph = { nodes: new Map(), importers: new Map() };
  for (const [location, entry] of entries) {
    if (entry['link'] === true) continue;
    graph.nodes.set(location, buildNode(location, entry, entries));
    if (isFolderLocation(location)) graph.importers.set(location, location);
  }
  return graph;
}

function buildNode(location: string, entry: Record<string, unknown>, entries: Map<string, Record<string, unknown>>): LockNode {
  const folder = isFolderLocation(location);
  const dependencies = new Map<string, string | null>();
  for (const field of folder ? FOLDER_FIELDS : INSTALLED_FIELDS) {
    for (const name of Object.keys(objectField(entry, field, `packages[${JSON.stringify(location)}]`))) {
      if (!dependencies.has(name)) dependencies.set(name, resolveFrom(location, name, entries));
    }
  }
  return { id: folder ? folderNodeId(location) : installedId(location, entry), dependencies };
}

/** Checks whether the install path is a folder of the repository rather than an installed package. */
function isFolderLocation(location: string): boolean {
  return !location.split('/').includes('node_modules');
}

/** Name, version and integrity of an installed package; `name` is set for aliases (`npm:other@1`). */
function installedId(location: string, entry: Record<string, unknown>): string {
  const name = typeof entry['name'] === 'string' ? entry['name'] : location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
  const version = typeof entry['version'] === 'string' ? entry['version'] : '';
  const source = [entry['integrity'], entry['resolved']].find((value) => typeof value === 'string') ?? '';
  return `${name}@${version}#${String(source)}`;
}

/**
 * Finds the entry that Node's module resolution loads for `name` from the
 * package at `location`: `<folder>/node_modules/<name>` for the package's own
 * folder and then each enclosing folder, skipping folders named
 * node_modules. A link entry leads to its target folder.
 */
function resolveFrom(location: string, name: string, entries: Map<string, Record<string, unknown>>): string | null {
  let folder: string | null = location;
  while (folder !== null) {
    const candidate = folder === '' ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
    const entry = entries.get(candidate);
    if (entry) return entry['link'] === true && typeof entry['resolved'] === 'string' ? entry['resolved'] : candidate;
    folder = folder === '' ? null : enclosingFolder(folder);
  }
  return null;
}

function enclosingFolder(folder: string): string {
  let parent = folderOf(folder);
  while (baseName(parent) === 'node_modules') parent = folderOf(parent);
  return parent;
}
