/**
 * Finds the file that a tsconfig `extends` entry names: a path relative to
 * the config, or a package resolved the way TypeScript does for `extends`
 * (its `tsconfig` field or tsconfig.json, or a file inside it).
 */
import type { FileIndex } from '../file-index.js';
import { folderOf, joinInRepository } from '../repo-path.js';
import { ACTIVE_CONDITIONS } from '../packages/conditions.js';
import { lookupExports } from '../packages/exports-map.js';
import { stringField, type ManifestStore } from '../packages/manifest.js';
import type { PackageLocator } from '../packages/package-locator.js';
import { parseBareSpecifier } from '../packages/specifier.js';

export type ExtendsTarget = { kind: 'file'; path: string } | { kind: 'missing'; message: string };

export interface ExtendsContext {
  index: FileIndex;
  manifests: ManifestStore;
  packages: PackageLocator;
}

export function resolveExtendsTarget(configPath: string, target: string, context: ExtendsContext): ExtendsTarget {
  if (target.startsWith('./') || target.startsWith('../') || target.startsWith('/')) {
    return resolveRelativeTarget(configPath, target, context.index);
  }
  return resolvePackageTarget(configPath, target, context);
}

/** Resolves a relative target, which may omit `.json` because TypeScript appends it when the path as written is absent. */
function resolveRelativeTarget(configPath: string, target: string, index: FileIndex): ExtendsTarget {
  const path = joinInRepository(folderOf(configPath), target);
  if (path === undefined) {
    return {
      kind: 'missing',
      message: `${configPath}: extends "${target}" points outside the repository. Impact analysis reads only tracked files, so the options of that file are not applied.`,
    };
  }
  if (index.has(path)) return { kind: 'file', path };
  if (!path.endsWith('.json') && index.has(`${path}.json`)) return { kind: 'file', path: `${path}.json` };
  return {
    kind: 'missing',
    message: `${configPath}: extends "${target}" was not found at ${path}. Fix the path or add the file to git; until then its options are not applied.`,
  };
}

function resolvePackageTarget(configPath: string, target: string, context: ExtendsContext): ExtendsTarget {
  const bare = parseBareSpecifier(target);
  const located = bare && context.packages.locate(bare.name, folderOf(configPath));
  if (!bare || !located) {
    return {
      kind: 'missing',
      message: `${configPath}: extends "${target}" names a package in node_modules, which is not tracked, so impact analysis cannot read it. Paths and baseUrl set there are not applied; set them in a tracked config if imports depend on them.`,
    };
  }

  for (const candidate of packageCandidates(located.folder, bare.subpath, context.manifests)) {
    if (context.index.has(candidate)) return { kind: 'file', path: candidate };
  }
  return {
    kind: 'missing',
    message: `${configPath}: extends "${target}" found ${located.via} in ${located.folder}/, but no tracked config file there matches. Fix the subpath or the package's "tsconfig" or "exports" field.`,
  };
}

function packageCandidates(folder: string, subpath: string, manifests: ManifestStore): string[] {
  const manifest = manifests.inFolder(folder);
  const candidates: string[] = [];
  const add = (relative: string | undefined): void => {
    const path = relative === undefined ? undefined : joinInRepository(folder, relative);
    if (path !== undefined) candidates.push(path);
  };

  if (manifest?.fields['exports'] !== undefined) {
    const lookup = lookupExports(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS.types);
    if (lookup.kind === 'targets') {
      for (const exportTarget of lookup.targets) if (exportTarget.kind === 'path') add(exportTarget.path);
    }
  }
  if (subpath === '.') {
    add(manifest && stringField(manifest, 'tsconfig'));
    add('tsconfig.json');
  } else {
    add(subpath);
    if (!subpath.endsWith('.json')) add(`${subpath}.json`);
  }
  return candidates;
}
