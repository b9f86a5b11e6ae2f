/**
 * Where the type checker keeps its incremental build information between
 * runs. The CLI keeps a folder on disk; the actions restore and save the
 * folder through the Actions cache. `restore` and `save` return a note for
 * the report when something went wrong, and never throw, because a lost cache
 * only makes the next check slower.
 */
export interface TypesCacheStore {
  folder: string;
  restore(): Promise<string | undefined>;
  save(): Promise<string | undefined>;
}

/** Creates a store for a folder that stays on disk between runs, so nothing needs restoring or saving. */
export function folderTypesCacheStore(folder: string): TypesCacheStore {
  return { folder, restore: async () => undefined, save: async () => undefined };
}
