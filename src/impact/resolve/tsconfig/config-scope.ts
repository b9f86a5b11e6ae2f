/**
 * Picks the tsconfig whose options apply to a file: the nearest tsconfig.json
 * or jsconfig.json at or above the file's folder. When that config does not
 * compile the file, a project in its `references` that does takes over, as
 * the TypeScript language service does for solution-style configs since
 * TypeScript 3.9.
 */
import type { FileIndex } from '../file-index.js';
import { folderOf } from '../repo-path.js';
import { createMembershipTest, type MembershipTest } from './file-membership.js';
import type { TsconfigFile } from './tsconfig-file.js';
import type { TsconfigLoader } from './tsconfig-loader.js';

const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];

export class TsconfigScopes {
  private readonly nearestByFolder = new Map<string, string | undefined>();
  private readonly byFile = new Map<string, TsconfigFile | undefined>();
  private readonly memberships = new Map<string, MembershipTest>();

  constructor(
    private readonly index: FileIndex,
    private readonly loader: TsconfigLoader,
  ) {}

  /** Returns the config whose options apply to `file`, or undefined when no config is above it. Cached per file. */
  forFile(file: string): TsconfigFile | undefined {
    if (this.byFile.has(file)) return this.byFile.get(file);

    const nearestPath = this.nearestConfigPath(folderOf(file));
    const nearest = nearestPath === undefined ? undefined : this.loader.load(nearestPath);
    const chosen = nearest && (this.owningProject(nearest, file, new Set()) ?? nearest);
    this.byFile.set(file, chosen);
    return chosen;
  }

  /** Path of the nearest tsconfig.json or jsconfig.json at or above `folder`. Cached per folder. */
  private nearestConfigPath(folder: string): string | undefined {
    if (this.nearestByFolder.has(folder)) return this.nearestByFolder.get(folder);

    let found: string | undefined;
    for (const name of CONFIG_NAMES) {
      const candidate = folder === '' ? name : `${folder}/${name}`;
      if (this.index.has(candidate)) {
        found = candidate;
        break;
      }
    }
    if (found === undefined && folder !== '') found = this.nearestConfigPath(folderOf(folder));
    this.nearestByFolder.set(folder, found);
    return found;
  }

  /** Searches `config` and then its references depth-first for the project that compiles `file`. */
  private owningProject(config: TsconfigFile, file: string, visited: Set<string>): TsconfigFile | undefined {
    if (visited.has(config.path)) return undefined;
    visited.add(config.path);
    if (this.membership(config)(file)) return config;

    for (const reference of config.references) {
      const referenced = this.loader.load(reference);
      const owner = referenced && this.owningProject(referenced, file, visited);
      if (owner) return owner;
    }
    return undefined;
  }

  private membership(config: TsconfigFile): MembershipTest {
    let test = this.memberships.get(config.path);
    if (!test) {
      test = createMembershipTest(config);
      this.memberships.set(config.path, test);
    }
    return test;
  }
}
