/**
 * Selection for a package.json whose entry fields changed (`exports`, `main`,
 * `imports`, `name`, `type` and the others of `ENTRY_FIELDS`). Such a change
 * can make an import of the package load another file of it, or no file,
 * without any import statement changing, so no chain of changed files
 * describes it.
 *
 * Every file of the package counts as a start of the search instead: a
 * redirected import reaches its new target at the head, and an import that
 * no longer resolves still reaches its old target in the base graph. The
 * importers of those files, in both trees, are what the change can affect.
 * That selects more than the imports that really moved, and it is exact in
 * what matters: no importer of the package is left out.
 */
import type { ModuleGraph } from '../graph/index.js';
import type { GraphEdge, RunAllReason } from '../model.js';
import { folderOf, isInside } from '../resolve/repo-path.js';
import type { PackageOwners } from './package-owners.js';
import { searchImporters, type Reach } from './reverse-search.js';

/** A package.json whose entry fields changed, from the change part. */
export interface EntryChange {
  manifest: string;
  /** The fields that changed, such as `exports` or `main`. */
  fields: string[];
}

/** The files that one entry change can affect, with the reason to show on each test it selects. */
export interface EntryReach {
  reach: Reach;
  reason: RunAllReason;
}

export interface EntrySearchInput {
  changes: readonly EntryChange[];
  head: ModuleGraph;
  /** The base graph, when the caller built one; it finds importers whose import no longer resolves. */
  base?: ModuleGraph;
  owners: PackageOwners;
  follow: (edge: GraphEdge) => boolean;
}

/** Searches from the files of each package whose entry fields changed. */
export function searchEntryChanges(input: EntrySearchInput): EntryReach[] {
  return input.changes.map((change) => {
    const folder = folderOf(change.manifest);
    const belongs = (path: string) => belongsToPackage(path, folder, input.owners);
    const starts = new Set(input.head.files.filter(belongs));
    for (const path of input.base?.files ?? []) if (belongs(path)) starts.add(path);
    const reach = searchImporters(starts, importersInBothTrees(input.head, input.base), input.follow);
    return { reach, reason: entryReason(change, folder, input.owners) };
  });
}

/** Checks whether `path` lies in `folder` and not in a workspace package nested inside it. */
function belongsToPackage(path: string, folder: string, owners: PackageOwners): boolean {
  if (!isInside(path, folder)) return false;
  const owner = owners.ownerOf(path)?.folder;
  return owner === undefined || owner === folder || !isInside(owner, folder);
}

/** Joins the importers at the head with those of the base tree that still exist at the head. */
function importersInBothTrees(head: ModuleGraph, base: ModuleGraph | undefined): (path: string) => readonly GraphEdge[] {
  if (base === undefined) return (path) => head.importersOf(path);
  return (path) => {
    const fromBase = base
      .importersOf(path)
      .filter((edge) => head.has(edge.from))
      .map((edge) => ({ ...edge, via: `${edge.via}, in the base tree` }));
    return fromBase.length === 0 ? head.importersOf(path) : [...head.importersOf(path), ...fromBase];
  };
}

function entryReason(change: EntryChange, folder: string, owners: PackageOwners): RunAllReason {
  const owner = owners.ownerOf(change.manifest);
  const name = owner && owner.folder === folder ? owner.name : folder === '' ? 'the root package' : `the package in ${folder}`;
  const fields = change.fields.map((field) => `"${field}"`).join(', ');
  return {
    trigger: 'package.json entry points',
    file: change.manifest,
    detail: `changed ${fields}, which decide the files that imports of ${name} load, and this test reaches a file of it`,
  };
}
