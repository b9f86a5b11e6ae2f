/**
 * Selection for a package.json whose entry fields changed (`exports`, `main`,
 * `imports`, `name`, `type` and the others of `ENTRY_FIELDS`). Such a change
 * can make an import load another file, or no file, without any import
 * statement changing, so no chain of changed files describes it.
 *
 * The imports it can redirect are the ones that name the package (its name at
 * the base or at the head, alone or with a subpath), and for `imports` the
 * `#` specifiers inside the package. Their importers start the search, in the
 * head graph for imports that resolve now and in the base graph for imports
 * that no longer do. A change of `type` decides whether the package's `.js`
 * files are ES modules, so those files start it too.
 *
 * A package's own files import each other by relative path, which no entry
 * field decides, so adding a subpath to `exports` of a library selects only
 * the files that import the library by name.
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
  /** The package's `name` at the base and at the head. */
  names: string[];
  /** `exports` keys whose resolution may have changed (`.`, `./math`, `./*`), or null for every subpath. */
  subpaths: string[] | null;
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
  /** Whether the search follows type-only edges. */
  followTypeOnly: boolean;
}

/** Searches from the importers that each entry change can redirect. */
export function searchEntryChanges(input: EntrySearchInput): EntryReach[] {
  return input.changes.map((change) => {
    const folder = folderOf(change.manifest);
    const belongs = (path: string) => belongsToPackage(path, folder, input.owners);
    // `type` and `imports` decide nothing about imports by the package's name.
    const byName = change.fields.some((field) => field !== 'type' && field !== 'imports');
    const redirects = (edge: GraphEdge) =>
      (byName && namesChangedSubpath(edge.specifier, change)) || (change.fields.includes('imports') && edge.specifier.startsWith('#') && belongs(edge.from));

    const starts = new Set<string>();
    for (const graph of [input.head, input.base]) {
      for (const edge of graph?.edges ?? []) if (input.head.has(edge.from) && redirects(edge) && (input.followTypeOnly || !edge.typeOnly)) starts.add(edge.from);
    }
    if (change.fields.includes('type')) for (const path of input.head.files) if (path.endsWith('.js') && belongs(path)) starts.add(path);
    return { reach: searchImporters(starts, input.head.importerIndex, input.followTypeOnly), reason: entryReason(change, folder) };
  });
}

/** Checks whether `specifier` imports the package by name through a subpath whose resolution may have changed. */
function namesChangedSubpath(specifier: string, change: EntryChange): boolean {
  return change.names.some((name) => {
    if (specifier !== name && !specifier.startsWith(`${name}/`)) return false;
    if (change.subpaths === null) return true;
    const subpath = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
    return change.subpaths.some((key) => matchesExportKey(subpath, key));
  });
}

/** Matches a subpath against an `exports` key, which may hold one `*` standing for any text. */
function matchesExportKey(subpath: string, key: string): boolean {
  const star = key.indexOf('*');
  if (star < 0) return subpath === key || (key.endsWith('/') && subpath.startsWith(key));
  const prefix = key.slice(0, star);
  const suffix = key.slice(star + 1);
  return subpath.length >= prefix.length + suffix.length && subpath.startsWith(prefix) && subpath.endsWith(suffix);
}

/** Checks whether `path` lies in `folder` and not in a workspace package nested inside it. */
function belongsToPackage(path: string, folder: string, owners: PackageOwners): boolean {
  if (!isInside(path, folder)) return false;
  const owner = owners.ownerOf(path)?.folder;
  return owner === undefined || owner === folder || !isInside(owner, folder);
}

function entryReason(change: EntryChange, folder: string): RunAllReason {
  const name = change.names.at(-1) ?? (folder === '' ? 'the root package' : `the package in ${folder}`);
  const fields = change.fields.map((field) => `"${field}"`).join(', ');
  return {
    trigger: 'package.json entry points',
    file: change.manifest,
    detail: `changed ${fields} of ${name}, which decide the files that its imports load, and this test reaches such an import`,
  };
}
