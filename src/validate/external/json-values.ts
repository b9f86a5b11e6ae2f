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

/**
 * Largest line, column, offset or index that a report may give: the largest
 * 32-bit signed integer. GitHub's APIs and SARIF consumers read positions as
 * 32-bit integers, and `1e308` is an integer to JavaScript, which would put
 * `1e+308` into annotations and the SARIF output.
 */
export const MAX_REPORT_INTEGER = 2 ** 31 - 1;

/** A whole number from `minimum` to `MAX_REPORT_INTEGER`, or undefined. */
export function asInteger(value: unknown, minimum = 0): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= MAX_REPORT_INTEGER ? value : undefined;
}

/**
 * An http or https URL, or undefined. Help links of other tools reach the
 * check run, the comment and the SARIF output, where a `javascript:` or
 * `file:` link must not appear.
 */
export function asWebUrl(value: unknown): string | undefined {
  const text = asString(value);
  if (text === undefined || !URL.canParse(text)) return undefined;
  const { protocol } = new URL(text);
  return protocol === 'https:' || protocol === 'http:' ? text : undefined;
}

/** The element of an array field at an index, as an object. */
export function objectAt(array: unknown, index: number | undefined): JsonObject | undefined {
  if (index === undefined) return undefined;
  return asObject(asArray(array)?.[index]);
}
