/**
 * Compares the dependency fields of two versions of a package.json. Only
 * the fields that decide what gets installed count, so an edit of
 * `scripts`, `version` or any other field is no dependency change.
 */
import { normalizeExports } from '../resolve/packages/exports-map.js';
import { expectObject, objectField, parseJsonText, TextSyntaxError, toParseProblem, type ParseProblem, type Side } from './parse-problem.js';

/** Fields that list a package's own dependencies. */
export const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'] as const;

/**
 * Fields that pin versions for the whole install: npm `overrides`, yarn
 * `resolutions` and `pnpm.overrides`. They take effect only in the root
 * package.json, where a change can affect every workspace package.
 */
export const ROOT_WIDE_FIELDS = ['overrides', 'resolutions', 'pnpm.overrides'] as const;

export type ManifestField = (typeof DEPENDENCY_FIELDS)[number] | (typeof ROOT_WIDE_FIELDS)[number];

export interface ManifestFieldChange {
  field: ManifestField;
  /** True for `overrides`, `resolutions` and `pnpm.overrides`. */
  rootWide: boolean;
  /** Keys that were added, removed or given another value, sorted. */
  names: string[];
}

export type ManifestDiff = { ok: true; changes: ManifestFieldChange[] } | { ok: false; problem: ParseProblem };

/**
 * Lists the dependency fields that differ between the base and head text of
 * one package.json, in the order of `DEPENDENCY_FIELDS` then
 * `ROOT_WIDE_FIELDS`. A null text is a file that does not exist on that
 * side, so every entry on the other side counts as changed. Invalid JSON,
 * or a field that is not an object, is a problem with its position.
 *
 * @param file repository path, for messages
 */
export function diffManifestDependencies(base: string | null, head: string | null, file = 'package.json'): ManifestDiff {
  const baseFields = readFieldMaps(base, file, 'base');
  if (!baseFields.ok) return baseFields;
  const headFields = readFieldMaps(head, file, 'head');
  if (!headFields.ok) return headFields;

  const changes: ManifestFieldChange[] = [];
  for (const field of [...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS]) {
    const names = changedKeys(baseFields.maps[field], headFields.maps[field]);
    if (names.length > 0) changes.push({ field, rootWide: isRootWide(field), names });
  }
  return { ok: true, changes };
}

/**
 * Fields that decide which file an import of the package, or an import
 * inside it, loads: the package name, the entry points (`exports`, `main`,
 * `module`, `types`, `typings`, `browser`), the `imports` map of `#`
 * specifiers, and `type`, which decides how `.js` files are read.
 */
export const ENTRY_FIELDS = ['name', 'exports', 'imports', 'main', 'module', 'types', 'typings', 'browser', 'type'] as const;

/** The entry fields that changed in one package.json, and the package's names on both sides. */
export interface EntryFieldDiff {
  /** Changed fields, in the order of `ENTRY_FIELDS`. */
  fields: string[];
  /** The `name` at the base and at the head, without repeats; imports by either name may load other files now. */
  names: string[];
  /**
   * Subpaths of the package whose resolution may have changed, as `exports`
   * keys (`.`, `./math`, `./features/*`), or null when every subpath may
   * have: the name changed, `exports` appeared or went away, or a field
   * changed whose effect on subpaths is not read here.
   */
  subpaths: string[] | null;
}

/**
 * Lists the entry fields whose values differ between the base and head text
 * of one package.json. A null text is a file that does not exist on that
 * side. Text that is not a JSON object gives no fields, because
 * `diffManifestDependencies` reports it.
 */
export function diffManifestEntryFields(base: string | null, head: string | null): EntryFieldDiff {
  const before = readObject(base);
  const after = readObject(head);
  if (before === undefined || after === undefined) return { fields: [], names: [], subpaths: null };
  const fields = ENTRY_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
  const names = [...new Set([before['name'], after['name']].filter((name): name is string => typeof name === 'string' && name !== ''))];
  return { fields, names, subpaths: changedSubpaths(fields, before, after) };
}

/** Fields that name the file of the package's main entry, `.`, when `exports` does not override them. */
const MAIN_ENTRY_FIELDS = new Set(['main', 'module', 'types', 'typings']);

/**
 * Returns the subpaths whose resolution the changed fields may alter, or null
 * for all of them. `type` and `imports` alter no subpath.
 */
function changedSubpaths(fields: readonly string[], before: Record<string, unknown>, after: Record<string, unknown>): string[] | null {
  const subpaths = new Set<string>();
  for (const field of fields) {
    if (field === 'type' || field === 'imports') continue;
    if (MAIN_ENTRY_FIELDS.has(field) || (field === 'browser' && typeof before[field] !== 'object' && typeof after[field] !== 'object')) {
      subpaths.add('.');
      continue;
    }
    if (field !== 'exports') return null;
    const keys = changedExportKeys(before['exports'], after['exports']);
    if (keys === null) return null;
    for (const key of keys) subpaths.add(key);
  }
  return [...subpaths].sort();
}

/**
 * Returns the `exports` keys whose targets differ, read with the resolver's
 * sugar rules, or null when one side is absent, null or invalid, so that
 * every subpath may have changed.
 */
function changedExportKeys(before: unknown, after: unknown): string[] | null {
  if (before === undefined || after === undefined || before === null || after === null) return null;
  const left = normalizeExports(before);
  const right = normalizeExports(after);
  if (typeof left === 'string' || typeof right === 'string') return null;
  return changedKeys(left, right);
}

function readObject(text: string | null): Record<string, unknown> | undefined {
  if (text === null) return {};
  try {
    return expectObject(parseJsonText(text), 'package.json');
  } catch (error) {
    if (error instanceof TextSyntaxError) return undefined;
    throw error;
  }
}

/**
 * Dependency ranges that a workspace package declares for install:
 * `dependencies`, `devDependencies` and `optionalDependencies`, with later
 * fields winning as package managers do. Peer dependencies are left out,
 * because the dependent package installs them. Entries whose range is not a
 * string are skipped. Throws `TextSyntaxError` for invalid JSON.
 */
export function readDependencyRanges(text: string): Record<string, string> {
  const manifest = expectObject(parseJsonText(text), 'package.json');
  const ranges = new Map<string, string>();
  for (const field of ['devDependencies', 'dependencies', 'optionalDependencies']) {
    for (const [name, range] of Object.entries(objectField(manifest, field, 'package.json'))) {
      if (typeof range === 'string') ranges.set(name, range);
    }
  }
  // fromEntries defines own properties, so a dependency named __proto__ stays a key.
  return Object.fromEntries(ranges);
}

type FieldMaps = Record<ManifestField, Record<string, unknown>>;

function readFieldMaps(
  text: string | null,
  file: string,
  side: Side,
): { ok: true; maps: FieldMaps } | { ok: false; problem: ParseProblem } {
  const maps = Object.fromEntries([...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS].map((field) => [field, {}])) as FieldMaps;
  if (text === null) return { ok: true, maps };
  try {
    const manifest = expectObject(parseJsonText(text), file);
    for (const field of DEPENDENCY_FIELDS) maps[field] = objectField(manifest, field, file);
    maps.overrides = objectField(manifest, 'overrides', file);
    maps.resolutions = objectField(manifest, 'resolutions', file);
    maps['pnpm.overrides'] = objectField(objectField(manifest, 'pnpm', file), 'overrides', `${file}.pnpm`);
  } catch (error) {
    if (error instanceof TextSyntaxError) return { ok: false, problem: toParseProblem(error, file, side) };
    throw error;
  }
  return { ok: true, maps };
}

function isRootWide(field: ManifestField): boolean {
  return (ROOT_WIDE_FIELDS as readonly string[]).includes(field);
}

/** Keys whose values differ, compared as canonical JSON so key order inside nested overrides does not count. */
function changedKeys(base: Record<string, unknown>, head: Record<string, unknown>): string[] {
  const names = new Set([...Object.keys(base), ...Object.keys(head)]);
  const valueOf = (map: Record<string, unknown>, name: string): string | undefined =>
    Object.hasOwn(map, name) ? canonicalJson(map[name]) : undefined;
  return [...names].filter((name) => valueOf(base, name) !== valueOf(head, name)).sort();
}

function compareKeys(left: string, right: string): number {
  if (left < right) return -1;
  return left > right ? 1 : 0;
}

function canonicalJson(value: unknown): string | undefined {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item) ?? 'null').join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).sort(([left], [right]) => compareKeys(left, right));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
