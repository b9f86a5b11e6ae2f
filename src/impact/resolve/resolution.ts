/** Result types of the resolver, re-exported by index.ts. */
import type { EmitOptions } from '../model.js';
import type { ConditionMode } from './packages/conditions.js';

export type Resolution =
  /** One repository file; `via` names the rule that resolved it. */
  | { kind: 'file'; path: string; via: string }
  /** Every repository file a glob or dynamic prefix may mean, sorted. */
  | { kind: 'files'; paths: string[]; via: string }
  /** A dependency outside the repository: `name`, `@scope/name`, or `node:<name>` for Node builtins. */
  | { kind: 'external'; packageName: string }
  | { kind: 'unresolved'; reason: string };

export interface ResolveOptions {
  /** The specifier is the static prefix of a dynamic import, and `suffix` the static text after the dynamic part. */
  pattern?: { suffix?: string };
  /** The specifier is a glob, as in `import.meta.glob('./pages/*.tsx')`. */
  glob?: boolean;
  /** Conditions for package.json `exports` and `imports`; `import` unless set. */
  conditions?: ConditionMode;
}


export interface Resolver {
  resolve(importer: string, specifier: string, options?: ResolveOptions): Resolution;
  /**
   * The module that the compiler imports into `importer` for its JSX, from
   * the `jsxImportSource` of the tsconfig that applies to it, or undefined.
   */
  jsxRuntimeOf?(importer: string): string | undefined;
  /** The emit options of the tsconfig that applies to `file`, or undefined when no tsconfig applies. */
  emitOptionsOf?(file: string): EmitOptions | undefined;
  /** Workspace packages: name, folder, and their package.json path. */
  readonly workspaces: readonly { name: string; folder: string; manifest: string }[];
  /**
   * Problems found in configs (bad JSON, missing extends target), each naming
   * file and fix. Configs read up front report at creation; package.json
   * files that only a later resolution reads add to this list then.
   */
  readonly warnings: readonly string[];
}

export function unresolved(reason: string): Resolution {
  return { kind: 'unresolved', reason };
}
