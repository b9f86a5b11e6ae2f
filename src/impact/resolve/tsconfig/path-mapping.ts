/**
 * Matching of a specifier against tsconfig `paths`, as TypeScript does it: a
 * key without `*` must equal the specifier and wins over patterns, and among
 * `*` patterns the one with the longest text before `*` wins.
 */
import { resolveTemplate, type PathsOption } from './tsconfig-file.js';

export interface PathsMatch {
  key: string;
  /** Repository paths to try in order, one per substitution; those outside the repository are left out. */
  candidates: string[];
}

export function matchPaths(paths: PathsOption, specifier: string): PathsMatch | undefined {
  const key = bestKey(Object.keys(paths.patterns), specifier);
  if (key === undefined) return undefined;

  const star = key.indexOf('*');
  const captured = star < 0 ? '' : specifier.slice(star, specifier.length - (key.length - star - 1));
  const candidates: string[] = [];
  for (const substitution of paths.patterns[key] ?? []) {
    const candidate = substitutePath(paths, substitution.replace('*', captured));
    if (candidate !== undefined) candidates.push(candidate);
  }
  return { key, candidates };
}

/** Finds the key that matches `specifier`, or returns undefined. */
function bestKey(keys: readonly string[], specifier: string): string | undefined {
  if (keys.includes(specifier) && !specifier.includes('*')) return specifier;

  let best: string | undefined;
  let bestPrefix = -1;
  for (const key of keys) {
    const star = key.indexOf('*');
    if (star < 0 || key.indexOf('*', star + 1) >= 0) continue;
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    const fits =
      specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
    if (fits && prefix.length > bestPrefix) {
      best = key;
      bestPrefix = prefix.length;
    }
  }
  return best;
}

/** Resolves one substitution against `paths.base`, or against the compiled config's folder for `${configDir}`. */
export function substitutePath(paths: PathsOption, substitution: string): string | undefined {
  return resolveTemplate(substitution, paths.base, paths.configDir);
}
