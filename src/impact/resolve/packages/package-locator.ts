/**
 * Finds the repository folder of a package imported by name: a workspace
 * package, a node_modules symlink into the repository (how pnpm and yarn
 * link workspace packages), or a package tracked under node_modules.
 */
import type { FileIndex } from '../file-index.js';
import { joinInRepository, selfAndAncestors } from '../repo-path.js';
import type { RepositoryView } from '../repository-view.js';
import type { ManifestStore } from './manifest.js';
import type { WorkspacePackage } from './workspaces.js';

export interface LocatedPackage {
  name: string;
  folder: string;
  /** Description of where the package was found, for `via`: `workspace package @acme/ui`. */
  via: string;
}

export class PackageLocator {
  private readonly byName: ReadonlyMap<string, WorkspacePackage>;
  private readonly realPaths = new Map<string, string | undefined>();
  /** Whether each `node_modules` folder exists, tracked or on disk. */
  private readonly moduleFolders = new Map<string, boolean>();

  constructor(
    private readonly index: FileIndex,
    private readonly view: RepositoryView,
    workspaces: readonly WorkspacePackage[],
    private readonly manifests?: ManifestStore,
  ) {
    this.byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));
  }

  /**
   * Locates package `name` for an importer in `fromFolder`. A workspace
   * package wins. Otherwise each `node_modules/<name>` from the importer's
   * folder up to the root is tried, as Node walks them, and the first that
   * is tracked or links to a tracked folder wins.
   */
  locate(name: string, fromFolder: string): LocatedPackage | undefined {
    const workspace = this.byName.get(name);
    if (workspace) return { name, folder: workspace.folder, via: `workspace package ${name}` };
    const self = this.selfReference(name, fromFolder);
    if (self) return self;

    for (const folder of selfAndAncestors(fromFolder)) {
      if (!this.hasModuleFolder(folder)) continue;
      const link = joinInRepository(folder, `node_modules/${name}`);
      if (link === undefined) continue;
      if (this.index.hasFolder(link)) return { name, folder: link, via: `package ${name} tracked in ${link}` };

      const target = this.realPathOf(link);
      if (target !== undefined && target !== link && this.index.hasFolder(target)) {
        return { name, folder: target, via: `package ${name} through the symlink ${link} -> ${target}` };
      }
    }
    return undefined;
  }

  /**
   * Returns the package that contains `fromFolder` when `name` is its own
   * name and it has `exports`: Node lets a package import itself that way,
   * as in `import 'hono/jsx'` inside hono, before it looks in node_modules.
   */
  private selfReference(name: string, fromFolder: string): LocatedPackage | undefined {
    const scope = this.manifests?.nearest(fromFolder);
    if (scope === undefined || scope.fields['name'] !== name || scope.fields['exports'] === undefined) return undefined;
    return { name, folder: scope.folder, via: `package ${name} itself, through the "exports" of ${scope.path}` };
  }

  /**
   * Returns whether `folder/node_modules` exists, once per folder. Most
   * folders have none, and asking for the real path of every package name
   * in each of them cost more than resolving all the relative imports.
   */
  private hasModuleFolder(folder: string): boolean {
    const modules = folder === '' ? 'node_modules' : `${folder}/node_modules`;
    let present = this.moduleFolders.get(modules);
    if (present === undefined) {
      present = this.index.hasFolder(modules) || (this.view.hasFolderOnDisk?.(modules) ?? this.view.realPath !== undefined);
      this.moduleFolders.set(modules, present);
    }
    return present;
  }

  /** Calls `realPath` once per link, because on disk each call is a system call. */
  private realPathOf(link: string): string | undefined {
    if (this.realPaths.has(link)) return this.realPaths.get(link);
    const target = this.view.realPath?.(link);
    this.realPaths.set(link, target);
    return target;
  }
}
