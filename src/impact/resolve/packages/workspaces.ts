/**
 * Workspace packages declared by npm or yarn `workspaces` in the root
 * package.json and by `packages` in pnpm-workspace.yaml.
 */
import picomatch from 'picomatch';
import type { FileIndex } from '../file-index.js';
import { folderOf } from '../repo-path.js';
import type { RepositoryView } from '../repository-view.js';
import type { WarningLog } from '../warning-log.js';
import { stringField, type ManifestStore } from './manifest.js';
import { readPnpmPackagesList } from './pnpm-workspace-list.js';

export interface WorkspacePackage {
  name: string;
  folder: string;
  /** Repository path of the package's package.json. */
  manifest: string;
}

const PNPM_WORKSPACE = 'pnpm-workspace.yaml';

/** A full YAML parser, as the `yaml` package's `parse`: returns the document's value or throws on invalid YAML. */
export type YamlParse = (text: string) => unknown;

/**
 * Lists the workspace packages, sorted by folder. A package is a folder
 * with a tracked package.json whose folder matches a workspace glob and no
 * `!` exclusion. A package without a `name` cannot be imported by name, so
 * it is left out. When two packages share a name, the first folder wins and
 * a warning names both.
 */
export function discoverWorkspaces(
  index: FileIndex,
  manifests: ManifestStore,
  view: RepositoryView,
  warnings: WarningLog,
  parseYaml?: YamlParse,
): WorkspacePackage[] {
  const globs = [...npmWorkspaceGlobs(manifests, warnings), ...pnpmWorkspaceGlobs(index, view, warnings, parseYaml)];
  if (globs.length === 0) return [];

  const includes = globs.filter((glob) => !glob.startsWith('!')).map(normalizeGlob);
  const excludes = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalizeGlob(glob.slice(1)));
  if (includes.length === 0) return [];
  const isIncluded = picomatch(includes);
  const isExcluded = excludes.length > 0 ? picomatch(excludes) : () => false;

  const folders = index
    .named('package.json')
    .map(folderOf)
    .filter((folder) => !folder.split('/').includes('node_modules'))
    .filter((folder) => isIncluded(folder === '' ? '.' : folder) && !isExcluded(folder))
    .sort();

  return namedPackages(folders, manifests, warnings);
}

function namedPackages(folders: string[], manifests: ManifestStore, warnings: WarningLog): WorkspacePackage[] {
  const packages: WorkspacePackage[] = [];
  const byName = new Map<string, WorkspacePackage>();
  for (const folder of folders) {
    const manifest = manifests.inFolder(folder);
    const name = manifest && stringField(manifest, 'name');
    if (!manifest || name === undefined) continue;

    const earlier = byName.get(name);
    if (earlier) {
      warnings.add(
        `${manifest.path}: package name "${name}" is also used by ${earlier.manifest}. Rename one of them; impact analysis resolves "${name}" to ${earlier.folder}/.`,
      );
      continue;
    }
    const entry = { name, folder, manifest: manifest.path };
    byName.set(name, entry);
    packages.push(entry);
  }
  return packages;
}

/** Globs from `workspaces` in the root package.json: an array, or `{ "packages": [...] }` as yarn allows. */
function npmWorkspaceGlobs(manifests: ManifestStore, warnings: WarningLog): string[] {
  const root = manifests.inFolder('');
  const field = root?.fields['workspaces'];
  if (!root || field === undefined) return [];

  const list = Array.isArray(field) ? field : (field as { packages?: unknown } | null)?.packages;
  if (Array.isArray(list) && list.every((entry) => typeof entry === 'string')) return list;
  warnings.add(
    `${root.path}: "workspaces" must be an array of globs or an object with a "packages" array of globs. Fix the field; until then impact analysis ignores it.`,
  );
  return [];
}

/**
 * Reads `packages` from pnpm-workspace.yaml: with `readPnpmPackagesList`
 * when the file keeps to its subset, else with `parseYaml`, which the
 * caller must then give (see `needsYamlParser`).
 */
function pnpmWorkspaceGlobs(index: FileIndex, view: RepositoryView, warnings: WarningLog, parseYaml: YamlParse | undefined): string[] {
  const text = index.has(PNPM_WORKSPACE) ? view.readText(PNPM_WORKSPACE) : undefined;
  if (text === undefined) return [];
  const simple = readPnpmPackagesList(text);
  if (simple !== undefined) return simple;
  if (!parseYaml) throw new Error(`${PNPM_WORKSPACE} needs the YAML parser, but the resolver was created without one`);

  let document: unknown;
  try {
    document = parseYaml(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    warnings.add(`${PNPM_WORKSPACE}: invalid YAML: ${message}. Fix the syntax; until then impact analysis ignores it.`);
    return [];
  }

  const list = (document as { packages?: unknown } | null)?.packages;
  if (list === undefined) return [];
  if (Array.isArray(list) && list.every((entry) => typeof entry === 'string')) return list;
  warnings.add(`${PNPM_WORKSPACE}: "packages" must be a list of globs. Fix the key; until then impact analysis ignores it.`);
  return [];
}

/** Strips the `./` prefix and trailing `/` that workspace globs may carry. */
function normalizeGlob(glob: string): string {
  let normalized = glob.trim();
  while (normalized.startsWith('./')) normalized = normalized.slice(2);
  while (normalized.endsWith('/')) normalized = normalized.slice(0, -1);
  return normalized === '' ? '.' : normalized;
}

/** Checks whether discovering the workspaces of `view` needs a full YAML parser: pnpm-workspace.yaml exists and is outside the simple subset. */
export function needsYamlParser(view: RepositoryView): boolean {
  const text = view.readText(PNPM_WORKSPACE);
  return text !== undefined && readPnpmPackagesList(text) === undefined;
}
