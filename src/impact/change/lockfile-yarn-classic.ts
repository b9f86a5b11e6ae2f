/**
 * Builds the graph of a yarn v1 lockfile. Entries are keyed by descriptor
 * (`name@range`), and several descriptors may share one entry. Unlike the
 * other formats, the file does not record workspaces: their dependency ranges
 * come from their package.json files, through `LockfileWorkspace.dependencies`.
 */
import { folderNodeId, type LockGraph, type LockNode } from './lock-graph.js';
import type { LockfileWorkspace } from './lockfile-workspace.js';
import { TextSyntaxError } from './parse-problem.js';
import { parseYarnClassicSyntax, type YarnClassicBlock, type YarnClassicValue } from './yarn-classic-syntax.js';

/** Dependency blocks of an entry; yarn v1 does not install peer dependencies. */
const ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];

/**
 * @param workspaces the workspace packages inside the lockfile's folder, with
 *   folders relative to it. A package without `dependencies` is treated as
 *   depending on every entry, so any change of the lockfile affects it.
 */
export function parseYarnClassicLockfile(text: string, workspaces: readonly LockfileWorkspace[]): LockGraph {
  const root = parseYarnClassicSyntax(text);
  const keyByDescriptor = new Map<string, string>();
  // Descriptors of one header share a block, and the first of them becomes the node key.
  const keyByBlock = new Map<YarnClassicBlock, string>();
  for (const [descriptor, value] of Object.entries(root)) {
    const block = expectBlock(value, descriptor);
    const key = keyByBlock.get(block) ?? descriptor;
    keyByBlock.set(block, key);
    keyByDescriptor.set(descriptor, key);
  }

  const graph: LockGraph = { nodes: new Map(), importers: new Map() };
  for (const [block, key] of keyByBlock) graph.nodes.set(key, entryNode(key, block, keyByDescriptor));

  const workspaceFolders = new Map(workspaces.map((workspace) => [workspace.name, workspace.folder]));
  for (const workspace of workspaces) {
    const key = folderNodeId(workspace.folder);
    const dependencies = workspace.dependencies
      ? resolveWorkspaceRanges(workspace.dependencies, keyByDescriptor, workspaceFolders)
      : new Map([...keyByDescriptor].map(([descriptor, target]) => [descriptor, target]));
    graph.nodes.set(key, { id: key, dependencies });
    graph.importers.set(workspace.folder, key);
  }
  return graph;
}

function entryNode(key: string, block: YarnClassicBlock, keyByDescriptor: Map<string, string>): LockNode {
  const dependencies = new Map<string, string | null>();
  for (const field of ENTRY_FIELDS) {
    const listed = block[field];
    if (listed === undefined) continue;
    for (const [name, range] of Object.entries(expectBlock(listed, `${key} ${field}`))) {
      if (typeof range !== 'string') throw new TextSyntaxError(`the range of ${name} in ${key} ${field} is a block`);
      dependencies.set(name, keyByDescriptor.get(`${name}@${range}`) ?? null);
    }
  }
  const version = typeof block['version'] === 'string' ? block['version'] : '';
  const source = [block['integrity'], block['resolved']].find((value) => typeof value === 'string') ?? '';
  return { id: `${packageName(key)}@${version}#${String(source)}`, dependencies };
}

/**
 * Resolves a workspace's ranges. A range on another workspace package that the
 * lockfile does not list is the link to that package that yarn v1 makes.
 */
function resolveWorkspaceRanges(
  ranges: Readonly<Record<string, string>>,
  keyByDescriptor: Map<string, string>,
  workspaceFolders: Map<string, string>,
): Map<string, string | null> {
  const dependencies = new Map<string, string | null>();
  for (const [name, range] of Object.entries(ranges)) {
    const entry = keyByDescriptor.get(`${name}@${range}`);
    const workspaceFolder = workspaceFolders.get(name);
    dependencies.set(name, entry ?? (workspaceFolder !== undefined ? folderNodeId(workspaceFolder) : null));
  }
  return dependencies;
}

/** Package name of a descriptor: `@scope/name@^1` and `alias@npm:real@^1` give `@scope/name` and `alias`. */
function packageName(descriptor: string): string {
  const at = descriptor.indexOf('@', 1);
  return at < 0 ? descriptor : descriptor.slice(0, at);
}

function expectBlock(value: YarnClassicValue, where: string): YarnClassicBlock {
  if (typeof value === 'string') throw new TextSyntaxError(`${where} is a value where a block was expected`);
  return value;
}
