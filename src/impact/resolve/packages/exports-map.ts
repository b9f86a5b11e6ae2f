/**
 * Lookup in package.json `exports` and `imports` maps, following the
 * resolution algorithm in Node's ESM documentation. Exact keys win over `*`
 * patterns, and the pattern with the longest prefix wins among patterns.
 * Conditions match in the object's key order, arrays list fallbacks, and
 * `null` excludes a subpath. The lookup only computes target strings, and
 * the caller maps them to tracked files.
 */
import { isJsonObject, type JsonObject } from '../config-reader.js';

/** A target that a map entry points at. */
export type ExportTarget =
  /** A path relative to the package folder, starting with `./`. */
  | { kind: 'path'; path: string }
  /** A package specifier, allowed only in `imports` (`"#dep": "some-package"`). */
  | { kind: 'package'; specifier: string };

export type MapLookup =
  /** The matched key and its targets, in fallback order; `*` is already substituted. */
  | { kind: 'targets'; key: string; targets: ExportTarget[] }
  /** The key matched, but a `null` target or no matching condition excludes the subpath. */
  | { kind: 'excluded'; key: string }
  | { kind: 'no-match' }
  | { kind: 'invalid'; reason: string };

/** Looks up `subpath` (`.` or `./x`) in an `exports` field. */
export function lookupExports(exportsField: unknown, subpath: string, conditions: readonly string[]): MapLookup {
  const map = normalizeExports(exportsField);
  if (typeof map === 'string') return { kind: 'invalid', reason: map };
  return lookupInMap(map, subpath, conditions, false);
}

/** Looks up a `#name` specifier in an `imports` field. */
export function lookupImports(importsField: unknown, specifier: string, conditions: readonly string[]): MapLookup {
  if (!isJsonObject(importsField)) return { kind: 'invalid', reason: '"imports" is not an object' };
  return lookupInMap(importsField, specifier, conditions, true);
}

/**
 * Turns the sugar forms of `exports` into a subpath map. A string, an array,
 * or an object of conditions is shorthand for the `.` entry. Returns a message
 * when the object mixes subpath keys and condition keys, which Node rejects.
 */
export function normalizeExports(exportsField: unknown): JsonObject | string {
  if (typeof exportsField === 'string' || Array.isArray(exportsField) || exportsField === null) {
    return { '.': exportsField };
  }
  if (!isJsonObject(exportsField)) return '"exports" is neither a string, an array nor an object';

  const keys = Object.keys(exportsField);
  const subpathKeys = keys.filter((key) => key.startsWith('.'));
  if (subpathKeys.length === 0) return { '.': exportsField };
  if (subpathKeys.length !== keys.length) {
    return '"exports" mixes subpath keys (starting with ".") and condition keys in one object';
  }
  return exportsField;
}

function lookupInMap(map: JsonObject, request: string, conditions: readonly string[], allowPackages: boolean): MapLookup {
  const match = matchKey(map, request);
  if (!match) return { kind: 'no-match' };

  const collected: ExportTarget[] = [];
  const problem = collectTargets(map[match.key], match.capture, conditions, allowPackages, collected);
  if (problem !== undefined) return { kind: 'invalid', reason: `"${match.key}": ${problem}` };
  if (collected.length === 0) return { kind: 'excluded', key: match.key };
  return { kind: 'targets', key: match.key, targets: collected };
}

/**
 * Finds the key for `request`: an exact key without `*` first, else the
 * pattern key whose text before `*` is longest, and on a tie the longer key.
 */
function matchKey(map: JsonObject, request: string): { key: string; capture?: string } | undefined {
  if (Object.hasOwn(map, request) && !request.includes('*')) return { key: request };

  let best: { key: string; capture: string; prefixLength: number } | undefined;
  for (const key of Object.keys(map)) {
    const star = key.indexOf('*');
    if (star < 0 || key.indexOf('*', star + 1) >= 0) continue;

    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    if (!request.startsWith(prefix) || request === prefix) continue;
    if (!request.endsWith(suffix) || request.length < key.length) continue;

    const better =
      !best || prefix.length > best.prefixLength || (prefix.length === best.prefixLength && key.length > best.key.length);
    if (better) {
      best = { key, capture: request.slice(prefix.length, request.length - suffix.length), prefixLength: prefix.length };
    }
  }
  return best && { key: best.key, capture: best.capture };
}

/**
 * Appends the targets of one map value to `collected`. An object matches
 * the first key in its own order that is `default` or an active condition,
 * and falls through to the next key when that branch yields nothing.
 * Returns a message for a target that Node would reject.
 */
function collectTargets(
  value: unknown,
  capture: string | undefined,
  conditions: readonly string[],
  allowPackages: boolean,
  collected: ExportTarget[],
): string | undefined {
  if (value === null) return undefined;
  if (typeof value === 'string') return collectString(value, capture, allowPackages, collected);

  if (Array.isArray(value)) {
    let lastProblem: string | undefined;
    for (const entry of value) {
      lastProblem = collectTargets(entry, capture, conditions, allowPackages, collected) ?? lastProblem;
    }
    return collected.length === 0 ? lastProblem : undefined;
  }

  if (isJsonObject(value)) {
    for (const [condition, branch] of Object.entries(value)) {
      if (condition !== 'default' && !conditions.includes(condition)) continue;
      const before = collected.length;
      const problem = collectTargets(branch, capture, conditions, allowPackages, collected);
      if (problem !== undefined) return problem;
      if (collected.length > before) return undefined;
    }
    return undefined;
  }
  return `target ${JSON.stringify(value)} is not a string, an array, an object or null`;
}

function collectString(
  target: string,
  capture: string | undefined,
  allowPackages: boolean,
  collected: ExportTarget[],
): string | undefined {
  const substituted = capture === undefined ? target : target.replaceAll('*', capture);
  if (target.startsWith('./')) {
    collected.push({ kind: 'path', path: substituted });
    return undefined;
  }

  const isPackage = !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target);
  if (allowPackages && isPackage) {
    collected.push({ kind: 'package', specifier: substituted });
    return undefined;
  }
  return `target "${target}" must start with "./"`;
}
