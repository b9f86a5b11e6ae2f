/**
 * Checks one request against its OpenAPI operation: path parameters, query
 * parameters and the JSON body, plus body fields that the schema does not declare.
 */
import type { ErrorObject } from 'ajv';
import type { JsonSchema, OpenApiIndex, RouteMatch } from './spec.js';

export interface RequestToValidate {
  match: RouteMatch;
  query: URLSearchParams;
  body: unknown;
  /** Whether a body was sent at all (an empty body is `undefined`). */
  hasBody: boolean;
}

/** Returns one human-readable problem per violation; an empty list means the request is valid. */
export function validateRequest(index: OpenApiIndex, request: RequestToValidate): string[] {
  return [
    ...validatePathParameters(index, request.match),
    ...validateQueryParameters(index, request.match, request.query),
    ...validateBody(index, request),
  ];
}

function validatePathParameters(index: OpenApiIndex, match: RouteMatch): string[] {
  const problems: string[] = [];
  for (const parameter of match.operation.parameters ?? []) {
    if (parameter.in !== 'path' || !parameter.schema) continue;
    const value = match.pathParams[parameter.name];
    if (value === undefined) {
      problems.push(`path parameter "${parameter.name}" is missing`);
      continue;
    }
    const key = `${match.operation.operationId}:path:${parameter.name}`;
    const errors = validateScalar(index, key, parameter.schema, value);
    problems.push(...errors.map((error) => `path parameter "${parameter.name}"=${JSON.stringify(value)} ${error}`));
  }
  return problems;
}

function validateQueryParameters(index: OpenApiIndex, match: RouteMatch, query: URLSearchParams): string[] {
  const problems: string[] = [];
  const declared = (match.operation.parameters ?? []).filter((parameter) => parameter.in === 'query');
  for (const name of new Set(query.keys())) {
    if (!declared.some((parameter) => parameter.name === name)) {
      problems.push(`query parameter "${name}" is not defined for ${match.operation.operationId}`);
    }
  }
  for (const parameter of declared) {
    const value = query.get(parameter.name);
    if (value === null) {
      if (parameter.required) problems.push(`required query parameter "${parameter.name}" is missing`);
      continue;
    }
    if (!parameter.schema) continue;
    const key = `${match.operation.operationId}:query:${parameter.name}`;
    const errors = validateScalar(index, key, parameter.schema, value);
    problems.push(...errors.map((error) => `query parameter "${parameter.name}"=${JSON.stringify(value)} ${error}`));
  }
  return problems;
}

function validateScalar(index: OpenApiIndex, key: string, schema: JsonSchema, value: string): string[] {
  // Coercion writes the converted value into the container, so validate a wrapper object.
  const wrapper = { value };
  const wrapperSchema = { type: 'object', properties: { value: schema } };
  return index.validate(key, wrapperSchema, wrapper, true).map((error) => error.message ?? error.keyword);
}

function validateBody(index: OpenApiIndex, request: RequestToValidate): string[] {
  const { operation } = request.match;
  const schema = operation.requestBody?.content?.['application/json']?.schema;
  if (!schema) {
    return request.hasBody ? [`${operation.operationId} takes no request body, but one was sent`] : [];
  }
  if (!request.hasBody) {
    return operation.requestBody?.required ? [`${operation.operationId} requires a JSON request body`] : [];
  }
  const key = `${operation.operationId}:body`;
  const errors = index.validate(key, schema, request.body, false).map(describeAjvError);
  return [...errors, ...findUndeclaredFields(schema, request.body, 'body')];
}

export function describeAjvError(error: ErrorObject): string {
  const where = error.instancePath === '' ? 'body' : `body${error.instancePath}`;
  const params = Object.keys(error.params).length > 0 ? ` ${JSON.stringify(error.params)}` : '';
  return `${where} ${error.message ?? error.keyword}${params}`;
}

/**
 * Lists fields of `data` that no `properties` in the schema (or its allOf,
 * anyOf and oneOf branches) declare. GitHub's request schemas rarely set
 * `additionalProperties: false`, so a typo like `annotation` for `annotations`
 * would pass schema validation, and the stand-in reports such fields itself.
 */
export function findUndeclaredFields(schema: JsonSchema, data: unknown, where: string): string[] {
  if (Array.isArray(data)) {
    const items = schema.items as JsonSchema | undefined;
    if (!items) return [];
    return data.flatMap((item, position) => findUndeclaredFields(items, item, `${where}[${position}]`));
  }
  if (data === null || typeof data !== 'object') return [];

  // Only the root's additionalProperties counts: GitHub marks anyOf branches with
  // `additionalProperties: true` to allow the fields that the root declares.
  if (schema.additionalProperties !== undefined && schema.additionalProperties !== false) return [];
  const branches = collectBranches(schema);
  const properties = new Map<string, JsonSchema>();
  for (const branch of branches) {
    for (const [name, propertySchema] of Object.entries((branch.properties as Record<string, JsonSchema>) ?? {})) {
      if (!properties.has(name)) properties.set(name, propertySchema);
    }
  }
  if (properties.size === 0) return [];

  const problems: string[] = [];
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const propertySchema = properties.get(name);
    if (!propertySchema) {
      problems.push(`${where}.${name} is not a field of this request body`);
      continue;
    }
    problems.push(...findUndeclaredFields(propertySchema, value, `${where}.${name}`));
  }
  return problems;
}

function collectBranches(schema: JsonSchema): JsonSchema[] {
  const branches: JsonSchema[] = [schema];
  for (const keyword of ['allOf', 'anyOf', 'oneOf']) {
    const list = schema[keyword];
    if (Array.isArray(list)) {
      for (const branch of list as JsonSchema[]) branches.push(...collectBranches(branch));
    }
  }
  return branches;
}
