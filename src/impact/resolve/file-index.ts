import { baseName, folderOf } from './repo-path.js';

interface FolderEntry {
  /** Tracked files directly in this folder, as repository paths. */
  files: string[];
  /** Folders directly in this folder, as repository paths. */
  folders: string[];
}

/** Indexes already built, by the file list they index. */
const indexesByList = new WeakMap<readonly string[], FileIndex>();

/**
 * Returns the index of `files`, built on the first request for that list.
 * The resolver and the test discovery of one run index the same list, and
 * an index never changes after its constructor, so they share it.
 */
export function indexOfFiles(files: readonly string[]): FileIndex {
  let index = indexesByList.get(files);
  if (!index) {
    index = new FileIndex(files);
    indexesByList.set(files, index);
  }
  return index;
}

/**
 * Index of the tracked files, built once per file list so that each lookup
 * is a set or map access. Nothing here scans the whole file list after the
 * constructor.
 */
export class FileIndex {
  private readonly fileSet: ReadonlySet<string>;
  private readonly folders = new Map<string, FolderEntry>();
  private readonly byName = new Map<string, string[]>();

  /** @param files repository-relative POSIX paths, as `git ls-files` lists them */
  constructor(files: readonly string[]) {
    this.fileSet = new Set(files);
    this.folders.set('', { files: [], folders: [] });
    for (const file of this.fileSet) this.add(file);
  }

  has(path: string): boolean {
    return this.fileSet.has(path);
  }

  /** Returns whether `folder` contains a tracked file at some depth. The root always counts as present. */
  hasFolder(folder: string): boolean {
    return this.folders.has(folder);
  }

  /** Tracked files at any depth below `folder`, in no particular order. */
  *filesUnder(folder: string): Generator<string> {
    const pending = [folder];
    for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
      const entry = this.folders.get(next);
      if (!entry) continue;
      yield* entry.files;
      pending.push(...entry.folders);
    }
  }

  /** Tracked files whose last segment is `name`, in the order of the input list. */
  named(name: string): readonly string[] {
    return this.byName.get(name) ?? [];
  }

  private add(file: string): void {
    const name = baseName(file);
    const sameName = this.byName.get(name);
    if (sameName) sameName.push(file);
    else this.byName.set(name, [file]);

    this.entryFor(folderOf(file)).files.push(file);
  }

  /** Returns the folder's entry, creating it and linking it into each ancestor that is new. */
  private entryFor(folder: string): FolderEntry {
    const existing = this.folders.get(folder);
    if (existing) return existing;

    const entry: FolderEntry = { files: [], folders: [] };
    this.folders.set(folder, entry);
    this.entryFor(folderOf(folder)).folders.push(folder);
    return entry;
  }
}
