/**
 * Builds the graph of a `pnpm-lock.yaml` of lockfileVersion 6 (pnpm 8) or 9
 * (pnpm 9 and later). Both list each workspace folder under `importers`
 * (`.` for the root), with `{ specifier, version }` per dependency. A
 * `version` is either `link:<relative folder>` or a reference into the
 * package entries:
 *
 * - v6: `packages` is keyed `/<name>@<version>(<peers>)`, and a reference
 *   `<version>(<peers>)` means `/<name>@<reference>`. An alias or a non-registry
 *   package is referenced by its full key, which contains a `/`.
 * - v9: `snapshots` lists the resolved dependencies, keyed
 *   `<name>@<version>(<peers>)`, and `packages` lists the integrity, keyed
 *   without the peer suffix. An alias is referenced as `<real name>@<version>`.
 */
import { joinInRepository } from '../resolve/repo-path.js';
import { folderNodeId, type LockGraph, type LockNode } from './lock-graph.js';
import { expectObject, objectField, optionalObject, TextSyntaxError } from './parse-problem.js';
import { parseYamlText } from './yaml-text.js';

const IMPORTER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
const ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];

type LockfileMajor = 6 | 9;

/** Builds the graph; throws `TextSyntaxError` for text that is not a supported pnpm lockfile. */
export function parsePnpmLockfile(text: string): LockGraph {
  const lockfile = expectObject(parseYamlText(text), 'the lockfile');
  const major = lockfileMajor(lockfile['lockfileVersion']);
  const graph: LockGraph = { nodes: new Map(), importers: new Map() };

  addImporters(graph, lockfile, major);
  const entries = objectField(lockfile, major === 9 ? 'snapshots' : 'packages', 'the lockfile');
  const packages = objectField(lockfile, 'packages', 'the lockfile');
  for (const [key, value] of Object.entries(entries)) {
    const entry = optionalObject(value, `the entry ${key}`);
    const metadata = major === 9 ? objectField(packages, withoutPeers(key), 'packages') : entry;
    graph.nodes.set(key, {
      id: `${key}#${resolutionText(metadata['resolution'])}`,
      dependencies: resolveDependencies(entry, ENTRY_FIELDS, '', major, key),
    });
  }
  return graph;
}

function lockfileMajor(version: unknown): LockfileMajor {
  const major = typeof version === 'string' ? Number.parseInt(version, 10) : Number.NaN;
  if (major === 6 || major === 9) return major;
  throw new TextSyntaxError(
    `lockfileVersion ${JSON.stringify(version)} is not supported, because TestMaster reads versions 6 and 9 (pnpm 8 and later). Regenerate the lockfile with pnpm 8 or later`,
  );
}

/**
 * Adds a node per importer. A lockfile without `importers` (v6 of a project
 * without workspaces) keeps the root's dependency fields at the top level.
 */
function addImporters(graph: LockGraph, lockfile: Record<string, unknown>, major: LockfileMajor): void {
  const importers = lockfile['importers'] === undefined ? { '.': lockfile } : objectField(lockfile, 'importers', 'the lockfile');
  for (const [path, value] of Object.entries(importers)) {
    const folder = joinInRepository('', path);
    if (folder === undefined) throw new TextSyntaxError(`the importer ${JSON.stringify(path)} lies outside the lockfile's folder`);
    const importer = optionalObject(value, `the importer ${path}`);
    const key = folderNodeId(folder);
    graph.nodes.set(key, { id: key, dependencies: resolveDependencies(importer, IMPORTER_FIELDS, folder, major, `importer ${path}`) });
    graph.importers.set(folder, key);
  }
}

/** Resolves the dependencies of an importer or entry; `folder` is where `link:` paths start. */
function resolveDependencies(
  owner: Record<string, unknown>,
  fields: readonly string[],
  folder: string,
  major: LockfileMajor,
  where: string,
): Map<string, string | null> {
  const dependencies = new Map<string, string | null>();
  for (const field of fields) {
    for (const [name, value] of Object.entries(objectField(owner, field, where))) {
      // Importers list `{ specifier, version }`; package entries list the reference alone.
      const reference = typeof value === 'string' ? value : expectObject(value, `${where} ${field}.${name}`)['version'];
      if (typeof reference !== 'string') throw new TextSyntaxError(`${where} ${field}.${name} has no version`);
      dependencies.set(name, referenceKey(name, reference, folder, major));
    }
  }
  return dependencies;
}

/** Key of the node that a dependency reference points to. */
function referenceKey(name: string, reference: string, folder: string, major: LockfileMajor): string | null {
  if (reference.startsWith('link:')) {
    const target = joinInRepository(folder, reference.slice('link:'.length));
    return target === undefined ? null : folderNodeId(target);
  }
  const bare = withoutPeers(reference);
  if (major === 6) {
    const fullKey = reference.startsWith('/') || reference.startsWith('file:') || bare.includes('/');
    return fullKey ? reference : `/${name}@${reference}`;
  }
  return bare.indexOf('@', 1) > 0 ? reference : `${name}@${reference}`;
}

/** Strips the peer suffix from a package key: `react-dom@18.2.0(react@18.2.0)` gives `react-dom@18.2.0`. */
function withoutPeers(key: string): string {
  const open = key.indexOf('(');
  return open < 0 ? key : key.slice(0, open);
}

/**
 * Writes the `resolution` of an entry as stable text: integrity, tarball, or
 * git repository and commit, whichever the entry has.
 */
function resolutionText(resolution: unknown): string {
  if (typeof resolution !== 'object' || resolution === null) return '';
  const fields = resolution as Record<string, unknown>;
  return Object.keys(fields)
    .sort()
    .map((key) => `${key}=${String(fields[key])}`)
    .join(',');
}
