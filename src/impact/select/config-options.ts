/**
 * Read access to the options of a test-runner config. The config may be an
 * object literal in a JavaScript or TypeScript file, read through its syntax
 * tree without running the file, or a parsed JSON object such as
 * jest.config.json or the `jest` field of package.json. The readers of
 * vitest and jest options use this interface and need not know the form.
 */
import { asArrayLiteral, asObjectLiteral, propertyValue } from '../resolve/aliases/config-object.js';
import { evaluateString, type EvaluationContext } from '../resolve/aliases/static-value.js';
import type { Expression, ObjectLiteral } from '../syntax/syntax-tree.js';

/** A list of strings as read: the values found, and whether some part could not be read without running the config. */
export interface StringList {
  values: string[];
  dynamic: boolean;
}

export interface ConfigOptions {
  /** Reads option `key` as a list: a string gives one value and an array its string values. Returns undefined when the key is absent. */
  strings(key: string): StringList | undefined;
  /** Reads the nested object at `key`, such as vitest's `test`. */
  section(key: string): ConfigOptions | undefined;
  /** Reads the object elements of the array at `key`, such as inline `projects`, and skips other elements. */
  sections(key: string): ConfigOptions[];
  /** Checks whether `key` is present but not an array that can be read without running the config, such as `projects: getProjects()`. */
  isUnreadableList(key: string): boolean;
  /** Checks whether the object spreads another (`{ ...shared }`), whose keys are not read, so an absent key may still be set. */
  hasSpread(): boolean;
}

/**
 * Lists whose expression text names a value known without running the
 * config, such as `configDefaults.exclude` from vitest.
 */
export type KnownLists = ReadonlyMap<string, readonly string[]>;

/** Calls whose first object argument is the config, as in `defineProject({ … })`. */
const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject']);

/** Options of an object literal in a config file. */
export function astOptions(object: ObjectLiteral, context: EvaluationContext, known: KnownLists): ConfigOptions {
  return {
    strings(key) {
      const value = propertyValue(object, key);
      return value === undefined ? undefined : readStringList(value, context, known);
    },
    section(key) {
      const value = asObjectLiteral(propertyValue(object, key), context);
      return value && astOptions(value, context, known);
    },
    sections(key) {
      const array = asArrayLiteral(propertyValue(object, key), context);
      const objects = (array?.elements ?? []).map((element) => element && configObjectOf(element, context));
      return objects.filter((entry) => entry !== undefined).map((entry) => astOptions(entry, context, known));
    },
    isUnreadableList(key) {
      const value = propertyValue(object, key);
      return value !== undefined && asArrayLiteral(value, context) === undefined;
    },
    hasSpread() {
      return object.properties.some((property) => property.kind === 'spread');
    },
  };
}

/** Options of a parsed JSON object. */
export function jsonOptions(object: Record<string, unknown>): ConfigOptions {
  return {
    strings(key) {
      const value = object[key];
      if (value === undefined) return undefined;
      if (typeof value === 'string') return { values: [value], dynamic: false };
      if (!Array.isArray(value)) return { values: [], dynamic: true };
      const values = value.filter((entry): entry is string => typeof entry === 'string');
      return { values, dynamic: values.length < value.length };
    },
    section(key) {
      const value = object[key];
      return isRecord(value) ? jsonOptions(value) : undefined;
    },
    sections(key) {
      const value = object[key];
      return Array.isArray(value) ? value.filter(isRecord).map(jsonOptions) : [];
    },
    isUnreadableList(key) {
      return object[key] !== undefined && !Array.isArray(object[key]);
    },
    hasSpread() {
      return false;
    },
  };
}

/**
 * Reads a string, a regular expression literal's pattern, an array of
 * those, a spread of a constant array or of a known list, and both branches
 * of a conditional (`ci ? a : b`), because either branch may be the one
 * that runs.
 */
function readStringList(expression: Expression, context: EvaluationContext, known: KnownLists): StringList {
  const list: StringList = { values: [], dynamic: false };
  const pending: (Expression | undefined)[] = [expression];
  // Each step takes one node apart, and a constant that refers to itself stops at the step limit.
  for (let steps = 0; pending.length > 0 && steps < 1000; steps++) {
    const node = pending.pop();
    if (node === undefined) {
      // A hole, as in `[a, , b]`, which is no string.
      list.dynamic = true;
      continue;
    }
    const knownList = known.get(node.text);
    if (knownList) {
      list.values.push(...knownList);
      continue;
    }
    if (node.kind === 'conditional') {
      pending.push(node.whenFalse, node.whenTrue);
      continue;
    }
    if (node.kind === 'regex') {
      // Jest's testRegex and testPathIgnorePatterns may be written as /…/ literals, whose source is the pattern.
      list.values.push(node.text.slice(1, node.text.lastIndexOf('/')));
      continue;
    }
    const array = asArrayLiteral(node, context);
    if (array) {
      for (const element of [...array.elements].reverse()) pending.push(element?.kind === 'spread' ? element.argument : element);
      continue;
    }
    const text = evaluateString(node, context);
    if (text === undefined) list.dynamic = true;
    else list.values.push(text);
  }
  if (pending.length > 0) list.dynamic = true;
  return list;
}

function configObjectOf(element: Expression, context: EvaluationContext): ObjectLiteral | undefined {
  const direct = asObjectLiteral(element, context);
  if (direct) return direct;
  if (element.kind !== 'call' || element.callee.kind !== 'identifier') return undefined;
  if (!CONFIG_WRAPPERS.has(element.callee.name)) return undefined;
  return asObjectLiteral(element.arguments[0], context);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
