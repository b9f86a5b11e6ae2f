/**
 * Workspace packages declared by npm or yarn `workspaces` in the root
 * package.json and by `packages` in pnpm-workspace.yaml.
 */
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import type { FileIndex } from '../file-index.js';
import { folderOf } from '../repo-path.js';
import type { RepositoryView } from '../repository-view.js';
import type { WarningLog } from '../warning-log.js';
import { stringField, type ManifestStore } from './manifest.js';

export interface WorkspacePackage {
  name: string;
  folder: string;
  /** Repository path of the package's package.json. */
  manifest: string;
}

const PNPM_WORKSPACE = 'pnpm-workspace.yaml';

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
): WorkspacePackage[] {
  const globs = [...npmWorkspaceGlobs(manifests, warnings), ...pnpmWorkspaceGlobs(index, view, warnings)];
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

function pnpmWorkspaceGlobs(index: FileIndex, view: RepositoryView, warnings: WarningLog): string[] {
  const text = index.has(PNPM_WORKSPACE) ? view.readText(PNPM_WORKSPACE) : undefined;
  if (text === undefined) return [];

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
