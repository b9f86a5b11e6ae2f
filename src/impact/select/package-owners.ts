/** Finds the workspace package that a repository file belongs to. */
import { folderOf, selfAndAncestors } from '../resolve/repo-path.js';

/** A workspace package as the resolver lists it. */
export interface WorkspacePackageRef {
  name: string;
  /** Repository folder of the package. It is never `''`, because the repository root is not a workspace package. */
  folder: string;
}

export class PackageOwners {
  private readonly byFolder = new Map<string, WorkspacePackageRef>();
  private readonly byName = new Map<string, WorkspacePackageRef>();
  private readonly ownerOfFolder = new Map<string, WorkspacePackageRef | undefined>();

  constructor(workspaces: readonly WorkspacePackageRef[]) {
    for (const workspace of workspaces) {
      this.byFolder.set(workspace.folder, workspace);
      this.byName.set(workspace.name, workspace);
    }
  }

  /** Returns the deepest workspace package whose folder contains `path`, or undefined for files outside every package. */
  ownerOf(path: string): WorkspacePackageRef | undefined {
    const folder = folderOf(path);
    if (this.ownerOfFolder.has(folder)) return this.ownerOfFolder.get(folder);

    let owner: WorkspacePackageRef | undefined;
    for (const candidate of selfAndAncestors(folder)) {
      owner = this.byFolder.get(candidate);
      if (owner) break;
    }
    this.ownerOfFolder.set(folder, owner);
    return owner;
  }

  /** Returns the package named `name`, or whose folder is `name` (`packages/web`, `./packages/web/`). */
  find(name: string): WorkspacePackageRef | undefined {
    const named = this.byName.get(name);
    if (named) return named;
    const folder = name.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
    return this.byFolder.get(folder);
  }
}
