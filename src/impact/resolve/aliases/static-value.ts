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
import ts from 'typescript';
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
  constants: Map<string, ts.Expression>;
}

export function parseConfigSource(path: string, text: string): ts.SourceFile {
  const kind = /\.[cm]?tsx?$/.test(path) ? ts.ScriptKind.TS : ts.ScriptKind.JS;
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, kind);
}

export function createEvaluationContext(configPath: string, source: ts.SourceFile): EvaluationContext {
  const context: EvaluationContext = {
    configPath,
    pathModules: new Set(),
    urlModules: new Set(),
    pathFunctions: new Map(),
    urlFunctions: new Map(),
    constants: new Map(),
  };
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) recordImport(statement, context);
    if (ts.isVariableStatement(statement)) recordVariables(statement, context);
  }
  return context;
}

/** Evaluates `expression` to a string, or returns undefined when it is dynamic. */
export function evaluateString(expression: ts.Expression, context: EvaluationContext, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = (node: ts.Expression): string | undefined => evaluateString(node, context, depth + 1);

  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) return expression.text;
  if (ts.isParenthesizedExpression(expression) || ts.isAsExpression(expression)) return inner(expression.expression);
  if (ts.isSatisfiesExpression(expression) || ts.isNonNullExpression(expression)) return inner(expression.expression);
  if (ts.isTemplateExpression(expression)) return evaluateTemplate(expression, inner);
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = inner(expression.left);
    const right = inner(expression.right);
    return left === undefined || right === undefined ? undefined : left + right;
  }
  if (ts.isIdentifier(expression)) return evaluateIdentifier(expression.text, context, inner);
  if (ts.isPropertyAccessExpression(expression)) return evaluatePropertyAccess(expression, inner, context);
  if (ts.isNewExpression(expression)) return evaluateNewUrl(expression, inner);
  if (ts.isCallExpression(expression)) return evaluateCall(expression, context, inner);
  return undefined;
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

function evaluateTemplate(
  template: ts.TemplateExpression,
  inner: (node: ts.Expression) => string | undefined,
): string | undefined {
  let text = template.head.text;
  for (const span of template.templateSpans) {
    const value = inner(span.expression);
    if (value === undefined) return undefined;
    text += value + span.literal.text;
  }
  return text;
}

function evaluateIdentifier(
  name: string,
  context: EvaluationContext,
  inner: (node: ts.Expression) => string | undefined,
): string | undefined {
  const constant = context.constants.get(name);
  if (constant) return inner(constant);
  if (name === '__dirname') return toVirtualPath(folderOf(context.configPath));
  if (name === '__filename') return toVirtualPath(context.configPath);
  return undefined;
}

/** `import.meta.url`, `import.meta.dirname`, `import.meta.filename`, and `.pathname` or `.href` of a URL. */
function evaluatePropertyAccess(
  access: ts.PropertyAccessExpression,
  inner: (node: ts.Expression) => string | undefined,
  context: EvaluationContext,
): string | undefined {
  const property = access.name.text;
  if (ts.isMetaProperty(access.expression) && access.expression.keywordToken === ts.SyntaxKind.ImportKeyword) {
    if (property === 'url') return `file://${toVirtualPath(context.configPath)}`;
    if (property === 'dirname') return toVirtualPath(folderOf(context.configPath));
    if (property === 'filename') return toVirtualPath(context.configPath);
    return undefined;
  }
  if (property !== 'pathname' && property !== 'href') return undefined;

  const url = inner(access.expression);
  if (url === undefined || !url.startsWith('file://')) return undefined;
  return property === 'href' ? url : decodeURIComponent(new URL(url).pathname);
}

/** `new URL(relative, base)` with a `file:` base, computed with the WHATWG URL parser. */
function evaluateNewUrl(
  expression: ts.NewExpression,
  inner: (node: ts.Expression) => string | undefined,
): string | undefined {
  if (!ts.isIdentifier(expression.expression) || expression.expression.text !== 'URL') return undefined;
  const [relative, base] = (expression.arguments ?? []).map(inner);
  if (relative === undefined) return undefined;
  try {
    return new URL(relative, base).href;
  } catch {
    return undefined;
  }
}

function evaluateCall(
  call: ts.CallExpression,
  context: EvaluationContext,
  inner: (node: ts.Expression) => string | undefined,
): string | undefined {
  const callee = calleeName(call.expression, context);
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
function calleeName(callee: ts.Expression, context: EvaluationContext): string | undefined {
  if (ts.isIdentifier(callee)) {
    const pathFunction = context.pathFunctions.get(callee.text);
    if (pathFunction !== undefined && PATH_FUNCTIONS.has(pathFunction)) return `path.${pathFunction}`;
    if (context.urlFunctions.get(callee.text) === 'fileURLToPath') return 'url.fileURLToPath';
    return undefined;
  }
  if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return undefined;

  const object = callee.expression.text;
  const member = callee.name.text;
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

function recordImport(statement: ts.ImportDeclaration, context: EvaluationContext): void {
  if (!ts.isStringLiteral(statement.moduleSpecifier)) return;
  const module = statement.moduleSpecifier.text;
  const isPath = PATH_MODULES.has(module);
  if (!isPath && !URL_MODULES.has(module)) return;

  const clause = statement.importClause;
  if (!clause) return;
  const modules = isPath ? context.pathModules : context.urlModules;
  const functions = isPath ? context.pathFunctions : context.urlFunctions;
  if (clause.name) modules.add(clause.name.text);

  const bindings = clause.namedBindings;
  if (bindings && ts.isNamespaceImport(bindings)) modules.add(bindings.name.text);
  if (bindings && ts.isNamedImports(bindings)) {
    for (const element of bindings.elements) {
      functions.set(element.name.text, (element.propertyName ?? element.name).text);
    }
  }
}

/** Records `const x = …`, `const path = require('path')` and `const { resolve } = require('path')`. */
function recordVariables(statement: ts.VariableStatement, context: EvaluationContext): void {
  if ((statement.declarationList.flags & ts.NodeFlags.Const) === 0) return;
  for (const declaration of statement.declarationList.declarations) {
    const initializer = declaration.initializer;
    if (!initializer) continue;

    const required = requiredModule(initializer);
    const isPath = required !== undefined && PATH_MODULES.has(required);
    const isUrl = required !== undefined && URL_MODULES.has(required);
    if (ts.isIdentifier(declaration.name)) {
      if (isPath) context.pathModules.add(declaration.name.text);
      else if (isUrl) context.urlModules.add(declaration.name.text);
      else context.constants.set(declaration.name.text, initializer);
      continue;
    }
    if (!ts.isObjectBindingPattern(declaration.name) || (!isPath && !isUrl)) continue;
    for (const element of declaration.name.elements) {
      if (!ts.isIdentifier(element.name)) continue;
      const imported = element.propertyName && ts.isIdentifier(element.propertyName) ? element.propertyName.text : element.name.text;
      (isPath ? context.pathFunctions : context.urlFunctions).set(element.name.text, imported);
    }
  }
}

/** Returns the module name of `require('…')`, or undefined for any other expression. */
function requiredModule(expression: ts.Expression): string | undefined {
  if (!ts.isCallExpression(expression) || !ts.isIdentifier(expression.expression)) return undefined;
  if (expression.expression.text !== 'require') return undefined;
  const [argument] = expression.arguments;
  return argument && ts.isStringLiteral(argument) ? argument.text : undefined;
}
