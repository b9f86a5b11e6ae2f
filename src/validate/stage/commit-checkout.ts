/**
 * A temporary checkout of one commit, for running the whole-project
 * validators (the type checker, the linters) on a commit that is not in the
 * working tree: the merge base for the `new` filter, or a head commit that
 * the working tree does not match.
 *
 * The checkout borrows the head's installed dependencies: every
 * `node_modules` folder of the working tree is linked into the same folder
 * of the checkout, where that folder exists. Installing the base's own
 * dependencies would take minutes and the network. So a pull request that
 * upgrades a dependency has its base checked against the new version.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { exportTree } from '../../git/export-tree.js';

const DEPENDENCY_FOLDER = 'node_modules';

/**
 * Checks out `sha` into a temporary folder, calls `use` with its path, and
 * removes the folder afterwards, also when `use` throws. With `stable`, the
 * folder's path depends on the repository's path only, so that it is the same
 * in every run: TypeScript's build info names files relative to itself, and
 * a checkout at a new path each run would miss the incremental cache.
 */
export async function withCommitCheckout<T>(root: string, sha: string, use: (folder: string) => Promise<T>, stable = false): Promise<T> {
  const parent = stable ? stableFolder(root) : mkdtempSync(join(tmpdir(), 'testmaster-base-'));
  const remove = (): void => rmSync(parent, { recursive: true, force: true });
  const stopOnSignal = removeOnSignal(remove);
  try {
    const folder = join(parent, 'tree');
    mkdirSync(folder);
    await exportTree(root, sha, folder, join(parent, 'index'));
    linkDependencies(root, folder);
    return await use(folder);
  } finally {
    stopOnSignal();
    remove();
  }
}

/** Creates the empty folder of the stable checkout of `root`, removing what an interrupted run left there. */
function stableFolder(root: string): string {
  const digest = createHash('sha256').update(root).digest('hex').slice(0, 16);
  const folder = join(tmpdir(), `testmaster-head-${digest}`);
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder);
  return folder;
}

const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Removes the checkout when the process is interrupted, where `finally`
 * blocks do not run, and then ends the process with the same signal, as it
 * would have ended without the handler. Returns the function that takes the
 * handlers off again.
 */
function removeOnSignal(remove: () => void): () => void {
  const handler = (signal: NodeJS.Signals): void => {
    stop();
    remove();
    process.kill(process.pid, signal);
  };
  const stop = (): void => {
    for (const signal of CANCEL_SIGNALS) process.off(signal, handler);
  };
  for (const signal of CANCEL_SIGNALS) process.once(signal, handler);
  return stop;
}

/** Links each `node_modules` folder of the working tree into the checkout, for the folders both have. */
function linkDependencies(root: string, checkout: string): void {
  for (const folder of [checkout, ...subfolders(checkout)]) {
    const installed = join(root, relative(checkout, folder), DEPENDENCY_FOLDER);
    const target = join(folder, DEPENDENCY_FOLDER);
    // statSync follows links, so a node_modules that is itself a link to a folder is linked too.
    if (existsSync(installed) && !existsSync(target) && statSync(installed).isDirectory()) symlinkSync(installed, target, 'dir');
  }
}

/** Lists every folder below `folder` as absolute paths. A checkout writes tracked files only, so no `.git` folder occurs. */
function subfolders(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === DEPENDENCY_FOLDER) continue;
    const path = join(folder, entry.name);
    found.push(path, ...subfolders(path));
  }
  return found;
}
