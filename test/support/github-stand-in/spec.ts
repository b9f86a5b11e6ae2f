/**
 * GitHub's published OpenAPI description (from `@octokit/openapi`), indexed by
 * method and path template, with ajv validators compiled on first use.
 *
 * The description is about 70 MB, so it is parsed once per process and the
 * compiled validators are cached with it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
}

export type JsonSchema = Record<string, unknown>;

export interface OpenApiOperation {
  operationId: string;
  parameters?: OpenApiParameter[];
  requestBody?: {
    required?: boolean;
    content?: Record<string, { schema?: JsonSchema }>;
  };
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>;
}

/** One operation of the description with the path template it belongs to. */
export interface RouteMatch {
  method: string;
  template: string;
  operation: OpenApiOperation;
  pathParams: Record<string, string>;
}

interface RouteEntry {
  method: string;
  template: string;
  pattern: RegExp;
  paramNames: string[];
  literalSegments: number;
  operation: OpenApiOperation;
}

const HTTP_METHODS = ['get', 'put', 'post', 'patch', 'delete', 'head', 'options'];

/** Routes and validators of the parsed description. One instance is built per process, on first use. */
export class OpenApiIndex {
  private readonly routes: RouteEntry[];
  private readonly strictAjv: Ajv;
  private readonly coercingAjv: Ajv;
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(paths: Record<string, Record<string, OpenApiOperation>>) {
    this.routes = buildRoutes(paths);
    this.strictAjv = createAjv(false);
    this.coercingAjv = createAjv(true);
  }

  /** Finds the operation for a method and a URL path, preferring literal segments over templates. */
  match(method: string, pathname: string): RouteMatch | undefined {
    const lowerMethod = method.toLowerCase();
    for (const route of this.routes) {
      if (route.method !== lowerMethod) continue;
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      const pathParams: Record<string, string> = {};
      route.paramNames.forEach((name, index) => {
        pathParams[name] = decodeURIComponent(found[index + 1] ?? '');
      });
      return { method: lowerMethod, template: route.template, operation: route.operation, pathParams };
    }
    return undefined;
  }

  /** Finds an operation by method and exact path template. */
  operation(method: string, template: string): OpenApiOperation | undefined {
    return this.routes.find((route) => route.method === method.toLowerCase() && route.template === template)
      ?.operation;
  }

  /**
   * Validates `data` against `schema`, where `key` identifies the schema in the cache.
   * Parameters arrive as strings, so `coerce` converts them to the declared type first.
   */
  validate(key: string, schema: JsonSchema, data: unknown, coerce: boolean): ErrorObject[] {
    const cacheKey = `${coerce ? 'coerce' : 'strict'}:${key}`;
    let validator = this.validators.get(cacheKey);
    if (!validator) {
      validator = (coerce ? this.coercingAjv : this.strictAjv).compile(schema);
      this.validators.set(cacheKey, validator);
    }
    return validator(data) ? [] : [...(validator.errors ?? [])];
  }
}

function createAjv(coerceTypes: boolean): Ajv {
  // strict: false because the description carries OpenAPI keywords (example, x-github) that are not JSON Schema.
  const ajv = new Ajv({ strict: false, allErrors: true, coerceTypes, logger: false });
  addFormats.default(ajv);
  // OpenAPI formats that ajv-formats does not define; the type keyword already checks them.
  for (const name of ['int32', 'int64', 'repo.nwo', 'uri-template', 'binary', 'ssh-key', 'html', 'email']) {
    if (!ajv.formats[name]) ajv.addFormat(name, true);
  }
  return ajv;
}

function buildRoutes(paths: Record<string, Record<string, OpenApiOperation>>): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const [template, item] of Object.entries(paths)) {
    const segments = template.split('/').filter((segment) => segment !== '');
    const paramNames: string[] = [];
    const patternSource = segments
      .map((segment) => {
        const param = /^\{([^}]+)\}$/.exec(segment);
        if (param?.[1]) {
          paramNames.push(param[1]);
          return '/([^/]+)';
        }
        return `/${escapeRegExp(segment)}`;
      })
      .join('');
    const literalSegments = segments.length - paramNames.length;
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      routes.push({
        method,
        template,
        pattern: new RegExp(`^${patternSource}/?$`),
        paramNames,
        literalSegments,
        operation,
      });
    }
  }
  // `/repos/{owner}/{repo}/issues/comments` must win over `/repos/{owner}/{repo}/issues/{issue_number}`.
  routes.sort((left, right) => right.literalSegments - left.literalSegments);
  return routes;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let cachedIndex: OpenApiIndex | undefined;

/** Returns the process-wide index, loading the description on the first call. */
export function loadOpenApiIndex(): OpenApiIndex {
  if (!cachedIndex) {
    const require = createRequire(import.meta.url);
    const file = require.resolve('@octokit/openapi/generated/api.github.com.deref.json');
    const description = JSON.parse(readFileSync(file, 'utf8')) as {
      paths: Record<string, Record<string, OpenApiOperation>>;
    };
    cachedIndex = new OpenApiIndex(description.paths);
  }
  return cachedIndex;
}
