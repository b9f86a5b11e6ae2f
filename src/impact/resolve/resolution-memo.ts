/**
 * Remembers resolutions for the importers of one folder. Files of a folder
 * import the same packages and mapped paths over and over, and resolving
 * one reads package.json `exports`, tsconfig `paths` and workspace links.
 *
 * A resolution depends on the importer only through its folder, its flavor
 * (TypeScript or JavaScript) and, for some specifiers, the tsconfig that
 * applies to it. That tsconfig can differ between files of one folder
 * because of `include` and `exclude`. The steps before the tsconfig lookup
 * depend on the key alone, so all importers with one key either read their
 * tsconfig or do not. An entry is therefore shared by the whole folder when
 * the resolution did not read the tsconfig, and kept per tsconfig when it
 * did. A result whose reason names the importer is never kept.
 */
import type { Resolution } from './resolution.js';
import type { TsconfigFile } from './tsconfig/tsconfig-file.js';

/** One fresh resolution, and whether it looked up the importer's tsconfig. */
export interface ComputedResolution {
  resolution: Resolution;
  readTsconfig: boolean;
}

interface MemoEntry {
  /** The resolution of every importer with this key, when it did not read a tsconfig. */
  shared?: Resolution;
  /** Resolutions by the tsconfig that applies to the importer, when it did. */
  byTsconfig?: Map<TsconfigFile | undefined, Resolution>;
}

export class ResolutionMemo {
  private readonly entries = new Map<string, MemoEntry>();

  /**
   * Returns the remembered resolution of `key` for `importer`, or computes
   * and remembers it. `key` must hold everything except the tsconfig that the
   * resolution reads of the importer: its folder, flavor, specifier and conditions.
   */
  resolve(
    key: string,
    importer: string,
    tsconfigOf: (importer: string) => TsconfigFile | undefined,
    compute: () => ComputedResolution,
  ): Resolution {
    const entry = this.entries.get(key);
    if (entry?.shared) return entry.shared;
    const known = entry?.byTsconfig && entry.byTsconfig.get(tsconfigOf(importer));
    if (known) return known;

    const { resolution, readTsconfig } = compute();
    // A reason that names the importer does not fit the other files of the folder.
    if (resolution.kind === 'unresolved' && resolution.reason.includes(importer)) return resolution;
    if (!readTsconfig) {
      this.entries.set(key, { shared: resolution });
    } else {
      const byTsconfig = entry?.byTsconfig ?? new Map<TsconfigFile | undefined, Resolution>();
      byTsconfig.set(tsconfigOf(importer), resolution);
      this.entries.set(key, { byTsconfig });
    }
    return resolution;
  }
}
