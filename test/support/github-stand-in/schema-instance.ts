/**
 * Builds response objects that satisfy GitHub's response schemas: every
 * required field gets the schema's example (or a neutral value of its type),
 * and the stand-in's own state is laid over it. This keeps responses complete
 * without hand-writing the many required fields of a pull request.
 */
import type { JsonSchema } from './spec.js';

const FIXED_TIME = '2026-01-01T00:00:00Z';

/** Returns an instance of `schema` with `overlay` merged in, where overlay values win. */
export function buildInstance(schema: JsonSchema | undefined, overlay?: unknown): unknown {
  if (!schema) return overlay;
  if (overlay === null && schema.nullable === true) return null;

  const alternatives = (schema.oneOf ?? schema.anyOf) as JsonSchema[] | undefined;
  if (alternatives && alternatives.length > 0) {
    return buildInstance(pickAlternative(alternatives, overlay), overlay);
  }
  if (Array.isArray(schema.allOf)) {
    return buildInstance(mergeAllOf(schema), overlay);
  }

  const type = schemaType(schema);
  if (type === 'object') return buildObject(schema, overlay);
  if (type === 'array') return buildArray(schema, overlay);
  if (overlay !== undefined) return overlay;
  return scalarDefault(schema, type);
}

function buildObject(schema: JsonSchema, overlay: unknown): Record<string, unknown> {
  const overlayFields = isPlainObject(overlay) ? overlay : {};
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  const result: Record<string, unknown> = {};
  for (const name of required) {
    result[name] = buildInstance(properties[name], overlayFields[name]);
  }
  for (const [name, value] of Object.entries(overlayFields)) {
    if (value === undefined) continue;
    result[name] = buildInstance(properties[name], value);
  }
  return result;
}

function buildArray(schema: JsonSchema, overlay: unknown): unknown[] {
  if (!Array.isArray(overlay)) return [];
  const items = schema.items as JsonSchema | undefined;
  return overlay.map((item) => buildInstance(items, item));
}

function scalarDefault(schema: JsonSchema, type: string | undefined): unknown {
  if (Array.isArray(schema.enum) && schema.enum.length > 0) {
    const firstNonNull = schema.enum.find((value) => value !== null);
    return firstNonNull ?? null;
  }
  if (schema.example !== undefined && typeof schema.example !== 'object') return schema.example;
  if (schema.nullable === true) return null;
  switch (type) {
    case 'string':
      return stringForFormat(schema.format);
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return false;
    default:
      return null;
  }
}

function stringForFormat(format: unknown): string {
  switch (format) {
    case 'date-time':
      return FIXED_TIME;
    case 'uri':
      return 'https://github.com/';
    case 'email':
      return 'octocat@github.com';
    default:
      return '';
  }
}

/** Picks the alternative that declares most of the overlay's fields. */
function pickAlternative(alternatives: JsonSchema[], overlay: unknown): JsonSchema {
  const first = alternatives[0] as JsonSchema;
  if (overlay === null) return alternatives.find((alternative) => alternative.nullable === true) ?? first;
  if (!isPlainObject(overlay)) return first;
  let best = first;
  let bestScore = -1;
  for (const alternative of alternatives) {
    const properties = (alternative.properties ?? {}) as Record<string, unknown>;
    const score = Object.keys(overlay).filter((name) => name in properties).length;
    if (score > bestScore) {
      best = alternative;
      bestScore = score;
    }
  }
  return best;
}

function mergeAllOf(schema: JsonSchema): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {}, required: [] };
  for (const part of [schema, ...((schema.allOf as JsonSchema[]) ?? [])]) {
    Object.assign(merged.properties as object, part.properties ?? {});
    (merged.required as string[]).push(...((part.required as string[]) ?? []));
  }
  return merged;
}

function schemaType(schema: JsonSchema): string | undefined {
  if (typeof schema.type === 'string') return schema.type;
  if (schema.properties) return 'object';
  if (schema.items) return 'array';
  return undefined;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
