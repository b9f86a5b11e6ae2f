/**
 * Checked reads of parsed JSON, for reports that may hold any shape. Each
 * returns undefined for a value of the wrong type, so readers skip bad
 * optional fields instead of throwing on them.
 */

export type JsonObject = Record<string, unknown>;

export function asObject(value: unknown): JsonObject | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as JsonObject) : undefined;
}

export function asArray(value: unknown): unknown[] | undefined {
  return Array.isArray(value) ? value : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** A whole number of at least `minimum`, or undefined. */
export function asInteger(value: unknown, minimum = 0): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum ? value : undefined;
}

/** The element of an array field at an index, as an object. */
export function objectAt(array: unknown, index: number | undefined): JsonObject | undefined {
  if (index === undefined) return undefined;
  return asObject(asArray(array)?.[index]);
}
