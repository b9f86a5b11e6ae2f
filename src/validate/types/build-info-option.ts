/**
 * Tells whether a tsconfig turns on build info (`incremental` or
 * `composite`) through its `extends` chain, so that the CLI check can
 * redirect that build info out of the repository and otherwise skip the
 * cost of writing it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseJsonc } from '../../impact/syntax/jsonc.js';

/** Chains longer than this are treated as unknown; TypeScript reports the cycle itself. */
const MAX_EXTENDS_DEPTH = 32;

/**
 * Returns false only when the config chain was read completely and sets
 * neither option to true. Returns true when one is set, and also when a file
 * in the chain cannot be read or resolved, because then only the compiler
 * can decide.
 */
export function mayWriteBuildInfo(tsconfig: string): boolean {
  const options = effectiveOptions(tsconfig, 0);
  if (options === null) return true;
  return options.incremental === true || options.composite === true;
}

interface BuildInfoOptions {
  incremental?: unknown;
  composite?: unknown;
}

/** Merges the two options along the chain, the extending config last; null when a link cannot be read. */
function effectiveOptions(tsconfig: string, depth: number): BuildInfoOptions | null {
  if (depth > MAX_EXTENDS_DEPTH) return null;
  let config: { extends?: unknown; compilerOptions?: BuildInfoOptions };
  try {
    config = (parseJsonc(readFileSync(tsconfig, 'utf8')) ?? {}) as typeof config;
  } catch {
    return null;
  }

  const merged: BuildInfoOptions = {};
  const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
  for (const base of bases) {
    if (typeof base !== 'string') return null;
    const basePath = resolveExtends(tsconfig, base);
    const baseOptions = basePath === null ? null : effectiveOptions(basePath, depth + 1);
    if (baseOptions === null) return null;
    Object.assign(merged, baseOptions);
  }
  const own = config.compilerOptions ?? {};
  if ('incremental' in own) merged.incremental = own.incremental;
  if ('composite' in own) merged.composite = own.composite;
  return merged;
}

/** Resolves an `extends` entry: a relative or absolute path, or a package path found from the config's folder. */
function resolveExtends(tsconfig: string, base: string): string | null {
  const folder = dirname(tsconfig);
  if (base.startsWith('.') || isAbsolute(base)) {
    const path = resolve(folder, base);
    return path.endsWith('.json') ? path : `${path}.json`;
  }
  const require = createRequire(join(folder, 'tsconfig.json'));
  for (const candidate of [base, `${base}.json`, `${base}/tsconfig.json`]) {
    try {
      return require.resolve(candidate);
    } catch {
      // Try the next form, as TypeScript does for package paths.
    }
  }
  return null;
}
