/**
 * Resolves an import of a package found in the repository to a file. A
 * package with `exports` resolves through it. Without `exports`, the package
 * itself resolves through the entry fields (`main`, `module`, `types`,
 * `typings`) and a deep import as a file path. Targets that point at
 * untracked build output are mapped back to their source.
 */
import type { FileIndex } from '../file-index.js';
import { findFileWithExtensions, findFolderIndex } from '../module-file.js';
import { isInside, joinInRepository } from '../repo-path.js';
import { unresolved, type Resolution } from '../resolution.js';
import type { WarningLog } from '../warning-log.js';
import type { BuiltOutputMapper } from './built-output.js';
import { ACTIVE_CONDITIONS, ENTRY_FIELDS, type ConditionMode } from './conditions.js';
import { lookupExports } from './exports-map.js';
import { stringField, type ManifestStore, type PackageManifest } from './manifest.js';
import type { LocatedPackage } from './package-locator.js';

/** A tracked file for a target, with a note when it was mapped from build output. */
export interface TargetFile {
  path: string;
  note?: string;
}

export class PackageEntries {
  constructor(
    private readonly index: FileIndex,
    private readonly manifests: ManifestStore,
    private readonly builtOutput: BuiltOutputMapper,
    private readonly warnings: WarningLog,
  ) {}

  /** Resolves `subpath` (`.` or `./x`) of a located package. */
  resolve(located: LocatedPackage, subpath: string, mode: ConditionMode): Resolution {
    const manifest = this.manifests.inFolder(located.folder);
    if (manifest && manifest.fields['exports'] !== undefined) {
      return this.resolveThroughExports(located, manifest, subpath, mode);
    }
    if (subpath === '.') return this.resolveEntryFields(located, manifest, mode);

    const target = joinInRepository(located.folder, subpath);
    const file = target === undefined ? undefined : this.fileForTarget(target, located.folder);
    if (file) return { kind: 'file', path: file.path, via: withNote(`${located.via} file "${subpath}"`, file) };
    return unresolved(`${located.via} has no tracked file for "${subpath}" in ${located.folder}/`);
  }

  /**
   * Finds the tracked file for a target path inside `packageFolder`: the
   * path itself or its TypeScript source, then a folder's index file, then
   * the source of untracked build output.
   */
  fileForTarget(target: string, packageFolder: string): TargetFile | undefined {
    const direct = findFileWithExtensions(this.index, target, 'typescript') ?? findFolderIndex(this.index, target, 'typescript');
    if (direct !== undefined) return { path: direct };
    return this.builtOutput.map(target, packageFolder);
  }

  private resolveThroughExports(
    located: LocatedPackage,
    manifest: PackageManifest,
    subpath: string,
    mode: ConditionMode,
  ): Resolution {
    const lookup = lookupExports(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS[mode]);
    switch (lookup.kind) {
      case 'no-match':
        return unresolved(`${located.via} does not export "${subpath}" (see "exports" in ${manifest.path})`);
      case 'excluded':
        return unresolved(
          `${located.via} excludes "${subpath}" under the ${mode} conditions (key "${lookup.key}" in ${manifest.path})`,
        );
      case 'invalid':
        this.warnings.add(`${manifest.path}: invalid "exports": ${lookup.reason}. Fix the field as Node's documentation on package exports describes.`);
        return unresolved(`${manifest.path} has an invalid "exports" field: ${lookup.reason}`);
      case 'targets':
        break;
    }

    const tried: string[] = [];
    for (const target of lookup.targets) {
      if (target.kind !== 'path') continue;
      tried.push(target.path);
      const path = joinInRepository(located.folder, target.path);
      if (path === undefined || !isInside(path, located.folder)) continue;
      const file = this.fileForTarget(path, located.folder);
      if (file) return { kind: 'file', path: file.path, via: withNote(`${located.via} exports "${lookup.key}"`, file) };
    }
    return unresolved(
      `${located.via} exports "${lookup.key}" as ${tried.join(', ')}, but no tracked file or source under src/ matches`,
    );
  }

  private resolveEntryFields(located: LocatedPackage, manifest: PackageManifest | undefined, mode: ConditionMode): Resolution {
    for (const field of ENTRY_FIELDS[mode]) {
      const value = manifest && stringField(manifest, field);
      const path = value === undefined ? undefined : joinInRepository(located.folder, value);
      if (path === undefined || !isInside(path, located.folder)) continue;
      const file = this.fileForTarget(path, located.folder);
      if (file) return { kind: 'file', path: file.path, via: withNote(`${located.via} ${field} "${value}"`, file) };
    }

    const indexFile = findFolderIndex(this.index, located.folder, 'typescript');
    if (indexFile !== undefined) return { kind: 'file', path: indexFile, via: `${located.via} index file` };
    return unresolved(`${located.via} in ${located.folder}/ has no "exports", no entry field that matches a tracked file, and no index file`);
  }
}

/** Appends the build-output mapping note to a `via` text. */
export function withNote(via: string, file: TargetFile): string {
  return file.note === undefined ? via : `${via} (${file.note})`;
}
