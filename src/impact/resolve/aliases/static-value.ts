/**
 * Static evaluation of the string expressions that test-runner configs use
 * for alias targets: literals, templates, `+`, `__dirname`, `import.meta`,
 * `path.resolve`/`join`/`dirname`, `new URL(…, import.meta.url)` and
 * `fileURLToPath`. Paths are computed inside a virtual file system whose
 * root folder `VIRTUAL_ROOT` represents the repository root. Anything else,
 * such as an environment variable or a call to an unknown function, is
 * dynamic and evaluates to undefined.
 */
import { posix } from 'node:path';
import { parseModule, syntaxOptionsFor } from '../../syntax/module-syntax.js';
import type {
  CallExpression,
  Expression,
  ImportDeclaration,
  MemberAccess,
  ModuleSyntax,
  NewExpression,
  TemplateLiteral,
  VariableStatement,
} from '../../syntax/syntax-tree.js';
import { folderOf, joinInRepository } from '../repo-path.js';

/** Absolute folder that represents the repository root during evaluation. */
export const VIRTUAL_ROOT = '/__testmaster_repository_root__';

const PATH_MODULES = new Set(['path', 'node:path', 'path/posix', 'node:path/posix', 'pathe']);
const URL_MODULES = new Set(['url', 'node:url']);
const PATH_FUNCTIONS = new Set(['resolve', 'join', 'dirname', 'normalize']);

/** Guards against constants that refer to each other in a cycle. */
const MAX_DEPTH = 20;

/** Top-level bindings of one config file that expressions in it may use. */
export interface EvaluationContext {
  configPath: string;
  /** Local names bound to the whole path or url module: `import path from 'node:path'`. */
  pathModules: Set<string>;
  urlModules: Set<string>;
  /** Local names bound to single functions, mapped to the imported name: `import { resolve as r }`. */
  pathFunctions: Map<string, string>;
  urlFunctions: Map<string, string>;
  /** Initializers of top-level `const` declarations. */
  constants: Map<string, Expression>;
  /** Local names bound by imports of other modules, mapped to the module specifier, for messages. */
  imported: Map<string, string>;
}

/**
 * Parses a config file: TypeScript syntax for .ts, .mts and .cts, JavaScript
 * with JSX otherwise. The alias reader and the test-file discovery both read
 * every vitest config, so recent results are kept by path and text, and each
 * config is parsed once per run. Callers only read the returned tree.
 */
export function parseConfigSource(path: string, text: string): ModuleSyntax {
  const key = `${path}\0${text}`;
  const known = parsedConfigs.get(key);
  if (known) return known;
  const parsed = parseModule(text, syntaxOptionsFor(path));
  if (parsedConfigs.size >= PARSED_CONFIGS_KEPT) parsedConfigs.delete(parsedConfigs.keys().next().value!);
  parsedConfigs.set(key, parsed);
  return parsed;
}

/** Configs whose trees are kept; a repository with more parses the rest twice. vitest-dev/vitest has 167. */
const PARSED_CONFIGS_KEPT = 1024;
const parsedConfigs = new Map<string, ModuleSyntax>();

export function createEvaluationContext(configPath: string, source: ModuleSyntax): EvaluationContext {
  const context: EvaluationContext = {
    configPath,
    pathModules: new Set(),
    urlModules: new Set(),
    pathFunctions: new Map(),
    urlFunctions: new Map(),
    constants: new Map(),
    imported: new Map(),
  };
  for (const statement of source.statements) {
    if (statement.kind === 'import') recordImport(statement, context);
    if (statement.kind === 'variable') recordVariables(statement, context);
  }
  return context;
}

/** Evaluates `expression` to a string, or returns undefined when it is dynamic. */
export function evaluateString(expression: Expression, context: EvaluationContext, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = (node: Expression): string | undefined => evaluateString(node, context, depth + 1);

  // The syntax tree has no nodes for parentheses, `as`, `satisfies` and `!`, so they need no unwrapping here.
  switch (expression.kind) {
    case 'string':
      return expression.value;
    case 'template':
      return evaluateTemplate(expression, inner);
    case 'binary': {
      if (expression.operator !== '+') return undefined;
      const left = inner(expression.left);
      const right = inner(expression.right);
      return left === undefined || right === undefined ? undefined : left + right;
    }
    case 'identifier':
      return evaluateIdentifier(expression.name, context, inner);
    case 'member':
      return evaluatePropertyAccess(expression, inner, context);
    case 'new':
      return evaluateNewUrl(expression, inner);
    case 'call':
      return evaluateCall(expression, context, inner);
    default:
      return undefined;
  }
}

/**
 * Converts an evaluated absolute path inside `VIRTUAL_ROOT` to a repository
 * path. Returns undefined for any other string.
 */
export function toRepositoryPath(value: string): string | undefined {
  if (value === VIRTUAL_ROOT) return '';
  if (!value.startsWith(`${VIRTUAL_ROOT}/`)) return undefined;
  return joinInRepository('', value.slice(VIRTUAL_ROOT.length + 1));
}

/** Converts a repository path to its absolute path under `VIRTUAL_ROOT`. */
export function toVirtualPath(repositoryPath: string): string {
  return repositoryPath === '' ? VIRTUAL_ROOT : `${VIRTUAL_ROOT}/${repositoryPath}`;
}

function evaluateTemplate(template: TemplateLiteral, inner: (node: Expression) => string | undefined): string | undefined {
  let text = template.head;
  for (const span of template.spans) {
    const value = inner(span.expression);
    if (value === undefined) return undefined;
    text += value + span.literal;
  }
  return text;
}

function evaluateIdentifier(
  name: string,
  context: EvaluationContext,
  inner: (node: Expression) => string | undefined,
): string | undefined {
  const constant = context.constants.get(name);
  if (constant) return inner(constant);
  if (name === '__dirname') return toVirtualPath(folderOf(context.configPath));
  if (name === '__filename') return toVirtualPath(context.configPath);
  return undefined;
}

/** `import.meta.url`, `import.meta.dirname`, `import.meta.filename`, and `.pathname` or `.href` of a URL. */
function evaluatePropertyAccess(
  access: MemberAccess,
  inner: (node: Expression) => string | undefined,
  context: EvaluationContext,
): string | undefined {
  const property = access.name;
  if (access.object.kind === 'meta' && access.object.keyword === 'import') {
    if (property === 'url') return `file://${toVirtualPath(context.configPath)}`;
    if (property === 'dirname') return toVirtualPath(folderOf(context.configPath));
    if (property === 'filename') return toVirtualPath(context.configPath);
    return undefined;
  }
  if (property !== 'pathname' && property !== 'href') return undefined;

  const url = inner(access.object);
  if (url === undefined || !url.startsWith('file://')) return undefined;
  return property === 'href' ? url : decodeURIComponent(new URL(url).pathname);
}

/** `new URL(relative, base)` with a `file:` base, computed with the WHATWG URL parser. */
function evaluateNewUrl(
  expression: NewExpression,
  inner: (node: Expression) => string | undefined,
): string | undefined {
  if (expression.callee.kind !== 'identifier' || expression.callee.name !== 'URL') return undefined;
  const [relative, base] = expression.arguments.map(inner);
  if (relative === undefined) return undefined;
  try {
    return new URL(relative, base).href;
  } catch {
    return undefined;
  }
}

function evaluateCall(
  call: CallExpression,
  context: EvaluationContext,
  inner: (node: Expression) => string | undefined,
): string | undefined {
  const callee = calleeName(call.callee, context);
  if (callee === undefined) return undefined;
  if (callee === 'process.cwd') {
    // NOTE: process.cwd() is taken to be the config's folder, which holds only when the runner starts there.
    return call.arguments.length === 0 ? toVirtualPath(folderOf(context.configPath)) : undefined;
  }

  const values = call.arguments.map(inner);
  if (values.some((value) => value === undefined)) return undefined;
  const args = values as string[];
  if (callee === 'url.fileURLToPath') {
    return args[0]?.startsWith('file://') ? decodeURIComponent(new URL(args[0]).pathname) : undefined;
  }
  return applyPathFunction(callee.slice('path.'.length), args, context);
}

/** Names a supported callee as `path.<function>`, `url.fileURLToPath` or `process.cwd`, or returns undefined. */
function calleeName(callee: Expression, context: EvaluationContext): string | undefined {
  if (callee.kind === 'identifier') {
    const pathFunction = context.pathFunctions.get(callee.name);
    if (pathFunction !== undefined && PATH_FUNCTIONS.has(pathFunction)) return `path.${pathFunction}`;
    if (context.urlFunctions.get(callee.name) === 'fileURLToPath') return 'url.fileURLToPath';
    return undefined;
  }
  if (callee.kind !== 'member' || callee.object.kind !== 'identifier') return undefined;

  const object = callee.object.name;
  const member = callee.name;
  if (context.pathModules.has(object) && PATH_FUNCTIONS.has(member)) return `path.${member}`;
  if (context.urlModules.has(object) && member === 'fileURLToPath') return 'url.fileURLToPath';
  if (object === 'process' && member === 'cwd') return 'process.cwd';
  return undefined;
}

/** Applies a path function in the virtual file system; `resolve` starts from the config's folder. */
function applyPathFunction(name: string, args: string[], context: EvaluationContext): string | undefined {
  switch (name) {
    case 'resolve':
      return args.reduce(
        (current, segment) => (segment.startsWith('/') ? posix.normalize(segment) : posix.join(current, segment)),
        toVirtualPath(folderOf(context.configPath)),
      );
    case 'join':
      return args.length === 0 ? undefined : posix.join(...args);
    case 'dirname':
      return args[0] === undefined ? undefined : posix.dirname(args[0]);
    case 'normalize':
      return args[0] === undefined ? undefined : posix.normalize(args[0]);
    default:
      return undefined;
  }
}

function recordImport(statement: ImportDeclaration, context: EvaluationContext): void {
  const module = statement.module;
  const locals = [statement.defaultName, statement.namespaceName, ...statement.named.map((entry) => entry.local)];
  for (const local of locals) if (local !== undefined) context.imported.set(local, module);

  const isPath = PATH_MODULES.has(module);
  if (!isPath && !URL_MODULES.has(module)) return;
  const modules = isPath ? context.pathModules : context.urlModules;
  const functions = isPath ? context.pathFunctions : context.urlFunctions;
  if (statement.defaultName !== undefined) modules.add(statement.defaultName);
  if (statement.namespaceName !== undefined) modules.add(statement.namespaceName);
  for (const { imported, local } of statement.named) functions.set(local, imported);
}

/** Records `const x = …`, `const path = require('path')` and `const { resolve } = require('path')`. */
function recordVariables(statement: VariableStatement, context: EvaluationContext): void {
  if (statement.keyword !== 'const') return;
  for (const { binding, initializer } of statement.declarations) {
    if (!initializer) continue;

    const required = requiredModule(initializer);
    const isPath = required !== undefined && PATH_MODULES.has(required);
    const isUrl = required !== undefined && URL_MODULES.has(required);
    if (binding.kind === 'name') {
      if (isPath) context.pathModules.add(binding.name);
      else if (isUrl) context.urlModules.add(binding.name);
      else context.constants.set(binding.name, initializer);
      continue;
    }
    if (binding.kind !== 'object-pattern' || (!isPath && !isUrl)) continue;
    for (const element of binding.elements) {
      if (element.binding.kind !== 'name') continue;
      const imported = element.property ?? element.binding.name;
      (isPath ? context.pathFunctions : context.urlFunctions).set(element.binding.name, imported);
    }
  }
}

/** Returns the module name of `require('…')`, or undefined for any other expression. */
function requiredModule(expression: Expression): string | undefined {
  if (expression.kind !== 'call' || expression.callee.kind !== 'identifier') return undefined;
  if (expression.callee.name !== 'require') return undefined;
  const [argument] = expression.arguments;
  return argument?.kind === 'string' ? argument.value : undefined;
}
