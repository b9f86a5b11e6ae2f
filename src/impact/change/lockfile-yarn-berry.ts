/**
 * Builds the graph of a Yarn Berry (yarn 2 and later) lockfile. The file is
 * YAML with a `__metadata` entry. Each other entry is keyed by its
 * comma-separated descriptors (`lodash@npm:^4.17.20, lodash@npm:^4.17.21`)
 * and has a `resolution` (`lodash@npm:4.17.21`), a `checksum` and
 * `dependencies` of name and range. A workspace package is an entry whose
 * resolution is `<name>@workspace:<folder>`, with `.` for the root.
 */
import { folderNodeId, type LockGraph, type LockNode } from './lock-graph.js';
import { expectObject, objectField, TextSyntaxError } from './parse-problem.js';
import { parseYamlText } from './yaml-text.js';

/**
 * Dependency fields of an entry. Berry writes optional dependencies into
 * `dependencies` too. Peer dependencies are left out, because they resolve
 * to whatever the dependent package resolved, which its closure holds.
 */
const ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];

const WORKSPACE_RESOLUTION = /^(?:@[^/@]+\/)?[^@]+@workspace:(.+)$/;

/** Checks whether yarn.lock text is a Berry lockfile rather than a yarn v1 one. */
export function isYarnBerryLockfile(text: string): boolean {
  return /^__metadata:/m.test(text);
}

/** Builds the graph; throws `TextSyntaxError` when the text is not a Berry lockfile. */
export function parseYarnBerryLockfile(text: string): LockGraph {
  const lockfile = expectObject(parseYamlText(text), 'the lockfile');
  if (lockfile['__metadata'] === undefined) throw new TextSyntaxError('the __metadata entry of a Yarn Berry lockfile is missing');

  const entries = new Map<string, Record<string, unknown>>();
  const resolutionByDescriptor = new Map<string, string>();
  for (const [descriptors, value] of Object.entries(lockfile)) {
    if (descriptors === '__metadata') continue;
    const entry = expectObject(value, `the entry ${JSON.stringify(descriptors)}`);
    const resolution = entry['resolution'];
    if (typeof resolution !== 'string') throw new TextSyntaxError(`the entry ${JSON.stringify(descriptors)} has no resolution`);
    entries.set(resolution, entry);
    for (const descriptor of descriptors.split(',')) resolutionByDescriptor.set(descriptor.trim(), resolution);
  }

  const graph: LockGraph = { nodes: new Map(), importers: new Map() };
  for (const [resolution, entry] of entries) {
    const folder = workspaceFolder(resolution);
    const key = folder === undefined ? resolution : folderNodeId(folder);
    graph.nodes.set(key, buildNode(resolution, entry, folder, resolutionByDescriptor));
    if (folder !== undefined) graph.importers.set(folder, key);
  }
  return graph;
}

function buildNode(
  resolution: string,
  entry: Record<string, unknown>,
  folder: string | undefined,
  resolutionByDescriptor: Map<string, string>,
): LockNode {
  const dependencies = new Map<string, string | null>();
  for (const field of ENTRY_FIELDS) {
    for (const [name, range] of Object.entries(objectField(entry, field, `the entry ${resolution}`))) {
      const target = resolutionByDescriptor.get(`${name}@${String(range)}`);
      dependencies.set(name, target === undefined ? null : nodeKey(target));
    }
  }
  const checksum = typeof entry['checksum'] === 'string' ? entry['checksum'] : '';
  return { id: folder === undefined ? `${resolution}#${checksum}` : folderNodeId(folder), dependencies };
}

function nodeKey(resolution: string): string {
  const folder = workspaceFolder(resolution);
  return folder === undefined ? resolution : folderNodeId(folder);
}

/** Folder of a workspace resolution relative to the lockfile, `''` for `.`; undefined for other resolutions. */
function workspaceFolder(resolution: string): string | undefined {
  const folder = WORKSPACE_RESOLUTION.exec(resolution)?.[1];
  if (folder === undefined) return undefined;
  return folder === '.' ? '' : folder.replace(/^\.\//, '').replace(/\/$/, '');
}
