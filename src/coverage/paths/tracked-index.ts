/**
 * Index of the repository's tracked files by every path suffix, built once per
 * run so that each report path costs a few map lookups, not a scan of the tree.
 */

/** Result of matching a path against the tracked files by trailing segments. */
export type SuffixMatch =
  | { kind: 'none' }
  | { kind: 'unique'; path: string; segments: number }
  | { kind: 'ambiguous'; candidates: string[]; segments: number };

interface SuffixEntry {
  /** Tracked files that end with this suffix, at most `MAX_CANDIDATES` of them. */
  paths: string[];
  count: number;
  /** The tracked file whose whole path is this suffix, when there is one. */
  exact?: string;
  /** Tracked files whose whole path is this suffix; above 1 only when case is ignored. */
  exactCount: number;
}

/** Candidates kept per suffix for ambiguity warnings; the count stays exact. */
const MAX_CANDIDATES = 5;

export class TrackedFileIndex {
  private readonly files: ReadonlySet<string>;
  private readonly suffixes = new Map<string, SuffixEntry>();
  private caseInsensitive: TrackedFileIndex | undefined;

  /**
   * @param files repository-relative POSIX paths, as `git ls-files` lists them
   * @param keyOf maps a path to its lookup key; the case-insensitive index lowercases
   */
  constructor(
    files: Iterable<string>,
    private readonly keyOf: (path: string) => string = (path) => path,
  ) {
    const unique = new Set(files);
    this.files = unique;
    for (const file of unique) this.addSuffixes(file);
  }

  get size(): number {
    return this.files.size;
  }

  has(path: string): boolean {
    return this.files.has(path);
  }

  /** Up to `count` tracked files, for error messages. */
  sample(count: number): string[] {
    const sample: string[] = [];
    for (const file of this.files) {
      if (sample.length >= count) break;
      sample.push(file);
    }
    return sample;
  }

  /**
   * Finds the tracked file that shares the longest run of trailing segments
   * with `path`. When several share that run, a file whose whole path is the
   * run wins, because the others have a segment that contradicts the report
   * path. Otherwise the match is ambiguous.
   */
  matchSuffix(path: string): SuffixMatch {
    const segments = path.split('/').filter((segment) => segment !== '' && segment !== '..');
    let best: SuffixEntry | undefined;
    let bestKey = '';
    let bestLength = 0;
    let key = '';
    for (let length = 1; length <= segments.length; length++) {
      const segment = segments[segments.length - length]!;
      key = length === 1 ? this.keyOf(segment) : `${this.keyOf(segment)}/${key}`;
      const entry = this.suffixes.get(key);
      // A longer suffix can only match where this one did, so the search stops here.
      if (!entry) break;
      best = entry;
      bestKey = key;
      bestLength = length;
    }

    if (!best) return { kind: 'none' };
    if (best.exactCount === 1) return { kind: 'unique', path: best.exact!, segments: bestLength };
    if (best.count === 1) return { kind: 'unique', path: best.paths[0]!, segments: bestLength };

    const exactOnes = best.exactCount > 1 ? best.paths.filter((path) => this.keyOf(path) === bestKey) : [];
    const candidates = exactOnes.length > 0 ? exactOnes : [...best.paths];
    return { kind: 'ambiguous', candidates, segments: bestLength };
  }

  /** Returns an index of the same files that ignores letter case, built on first use. */
  ignoringCase(): TrackedFileIndex {
    this.caseInsensitive ??= new TrackedFileIndex(this.files, (path) => path.toLowerCase());
    return this.caseInsensitive;
  }

  private addSuffixes(file: string): void {
    const segments = this.keyOf(file).split('/');
    let key = '';
    for (let length = 1; length <= segments.length; length++) {
      const segment = segments[segments.length - length]!;
      key = length === 1 ? segment : `${segment}/${key}`;
      let entry = this.suffixes.get(key);
      if (!entry) {
        entry = { paths: [], count: 0, exactCount: 0 };
        this.suffixes.set(key, entry);
      }
      entry.count++;
      if (entry.paths.length < MAX_CANDIDATES) entry.paths.push(file);
      if (length === segments.length) {
        // Two files that differ only in case share this key in the case-insensitive index.
        entry.exact ??= file;
        entry.exactCount++;
      }
    }
  }
}
