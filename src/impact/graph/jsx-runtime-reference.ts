/**
 * The import that the compiler adds to a JSX file under the automatic
 * runtime. With `"jsx": "react-jsx"` and `"jsxImportSource": "hono/jsx"` in
 * its tsconfig, every `.tsx` file imports `hono/jsx/jsx-runtime` although
 * its text never names it, and esbuild, which vite and vitest use, reads the
 * same tsconfig options.
 */
import type { Resolver } from '../resolve/index.js';
import type { ModuleReference } from '../scan/index.js';

/** Files that TypeScript compiles as JSX. */
const JSX_FILE = /\.[jt]sx$/;

/**
 * Returns `references` plus the runtime import of the tsconfig that applies
 * to `path`, for a JSX file whose config names a `jsxImportSource`. The
 * import is added even to a file without JSX elements, which the compiler
 * leaves without it, because a selection may be too wide but not too narrow.
 */
export function withJsxRuntime(resolver: Resolver, path: string, references: readonly ModuleReference[]): readonly ModuleReference[] {
  if (!JSX_FILE.test(path)) return references;
  const runtime = resolver.jsxRuntimeOf?.(path);
  if (runtime === undefined) return references;
  return [...references, { specifier: runtime, kind: 'import', typeOnly: false, approximate: false, line: 1 }];
}
