/**
 * Entry points of request data into a handler in Express, Koa, Fastify and Hono, as
 * the path-traversal rule recognizes it. Recognition goes by the usual
 * parameter names (`req`, `request`, `ctx`, `context`, and `<any>.req` for
 * Hono's context), because the rule has no type information.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from './ast-walk.js';
import { dottedPath, unwrapExpression } from './expressions.js';

const REQUEST_NAMES = new Set(['req', 'request']);
const CONTEXT_NAMES = new Set(['ctx', 'context']);

/** Properties of an Express or Fastify request, or of Koa's `ctx.request`, that carry client input. */
const REQUEST_FIELDS = new Set([
  'params', 'query', 'body', 'headers', 'cookies', 'signedCookies', 'files', 'file', 'path', 'url', 'originalUrl', 'raw',
]);

/** Properties of a Koa context that carry client input. */
const CONTEXT_FIELDS = new Set(['params', 'query', 'querystring', 'path', 'url', 'originalUrl', 'headers', 'header', 'cookies']);

/** Methods of Hono's `c.req` that return client input. */
const HONO_METHODS = new Set(['param', 'query', 'queries', 'header', 'json', 'text', 'parseBody', 'formData', 'valid', 'arrayBuffer', 'blob']);

/** Fields of Hono's `c.req` that carry client input. */
const HONO_FIELDS = new Set(['path', 'url']);

/** Methods of an Express request that return client input: `req.param('x')`, `req.get('X-File')`, `req.header('X-File')`. */
const EXPRESS_METHODS = new Set(['param', 'get', 'header']);

/** True when a property path such as `req.query.file` starts with request data. */
export function isRequestDataPath(path: readonly string[]): boolean {
  const [first, second, third] = path;
  if (first === undefined || second === undefined) return false;
  if (REQUEST_NAMES.has(first) && REQUEST_FIELDS.has(second)) return true;
  if (CONTEXT_NAMES.has(first)) {
    if (CONTEXT_FIELDS.has(second)) return true;
    if ((second === 'request' || second === 'req') && third !== undefined) return REQUEST_FIELDS.has(third);
  }
  return second === 'req' && third !== undefined && HONO_FIELDS.has(third);
}

/** True for a property read that starts with request data. */
export function isRequestDataMember(node: TSESTree.MemberExpression): boolean {
  const path = dottedPrefix(node);
  return path !== null && isRequestDataPath(path);
}

/** True for calls that return request data: `c.req.param('id')`, `req.get('X-File')`. */
export function isRequestDataCall(node: TSESTree.CallExpression): boolean {
  const path = dottedPath(node.callee);
  if (!path || path.length < 2) return false;
  const method = path[path.length - 1]!;
  const receiver = path.slice(0, -1);
  if (receiver.length === 2 && receiver[1] === 'req') return HONO_METHODS.has(method);
  if (receiver.length === 1 && REQUEST_NAMES.has(receiver[0]!)) return EXPRESS_METHODS.has(method);
  if (receiver.length === 2 && CONTEXT_NAMES.has(receiver[0]!) && receiver[1] === 'request') return EXPRESS_METHODS.has(method);
  return false;
}

/**
 * Returns the request fields that destructuring takes from an object, when that
 * object is a request or a context: `const { query } = req` takes `query`.
 * Returns null when the object is neither.
 */
export function requestFieldsOf(object: Node): ReadonlySet<string> | null {
  const path = dottedPath(unwrapExpression(object));
  if (!path) return null;
  if (path.length === 1 && REQUEST_NAMES.has(path[0]!)) return REQUEST_FIELDS;
  if (path.length === 1 && CONTEXT_NAMES.has(path[0]!)) return CONTEXT_FIELDS;
  if (path.length === 2 && CONTEXT_NAMES.has(path[0]!) && (path[1] === 'request' || path[1] === 'req')) return REQUEST_FIELDS;
  if (path.length === 2 && path[1] === 'req') return HONO_FIELDS;
  return null;
}

/** Returns the maximum leading run of plain property names: `req.query[key].x` gives `req.query`. */
function dottedPrefix(node: Node): string[] | null {
  const expression = unwrapExpression(node);
  if (expression.type !== 'MemberExpression') return dottedPath(expression);
  const object = dottedPrefix(expression.object);
  if (!object) return null;
  const whole = dottedPath(expression);
  return whole ?? object;
}
