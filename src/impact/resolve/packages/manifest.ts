/** package.json files of the repository, read on first use and found by folder. */
import type { ConfigReader, JsonObject } from '../config-reader.js';
import type { FileIndex } from '../file-index.js';
import { folderOf } from '../repo-path.js';

export interface PackageManifest {
  /** Repository path of the package.json file. */
  path: string;
  /** Folder of the package. */
  folder: string;
  /** The parsed file; field values are unchecked. */
  fields: JsonObject;
}

export class ManifestStore {
  private readonly nearestByFolder = new Map<string, PackageManifest | undefined>();

  constructor(
    private readonly index: FileIndex,
    private readonly reader: ConfigReader,
  ) {}

  /** Returns the package.json in `folder`, or undefined when it is untracked or invalid. */
  inFolder(folder: string): PackageManifest | undefined {
    const path = folder === '' ? 'package.json' : `${folder}/package.json`;
    if (!this.index.has(path)) return undefined;
    const fields = this.reader.readJson(path);
    return fields && { path, folder, fields };
  }

  /**
   * Returns the nearest valid package.json at or above `folder`, which is the
   * package scope that Node uses for `#imports`. Cached per folder.
   */
  nearest(folder: string): PackageManifest | undefined {
    if (this.nearestByFolder.has(folder)) return this.nearestByFolder.get(folder);
    const own = this.inFolder(folder);
    const found = own ?? (folder === '' ? undefined : this.nearest(folderOf(folder)));
    this.nearestByFolder.set(folder, found);
    return found;
  }
}

/** Returns a string field of the manifest, or undefined when it is missing or not a string. */
export function stringField(manifest: PackageManifest, field: string): string | undefined {
  const value = manifest.fields[field];
  return typeof value === 'string' ? value : undefined;
}
