/**
 * Which local names refer to which Node.js module exports, so that rules
 * recognize `exec` from `import { exec } from 'node:child_process'`,
 * `cp.exec` after `const cp = require('child_process')` and
 * `run` after `const run = util.promisify(exec)` alike.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { walkProgram, type Node } from './ast-walk.js';
import { propertyKeyName, staticString, unwrapExpression, memberName } from './expressions.js';

/** A module and the export path inside it; an empty path is the module object itself. */
export interface ModuleReference {
  module: string;
  path: string[];
}

export type ModuleBindings = ReadonlyMap<string, ModuleReference>;

/**
 * Module names as rules compare them: without the `node:` scheme, and with the
 * promise and fs-extra variants of `fs` folded into `fs`, because their
 * functions take the same path arguments.
 */
export function normalizeModuleName(name: string): string {
  const bare = name.startsWith('node:') ? name.slice('node:'.length) : name;
  if (bare === 'fs/promises' || bare === 'fs-extra' || bare === 'graceful-fs') return 'fs';
  if (bare === 'child_process/promises') return 'child_process';
  return bare;
}

/**
 * Collects bindings from imports, `require` calls, dynamic `await import()`
 * and `promisify` wrappers anywhere in the file. Shadowing by an inner
 * declaration of the same name is not tracked.
 */
export function collectModuleBindings(program: TSESTree.Program): ModuleBindings {
  const bindings = new Map<string, ModuleReference>();
  walkProgram(program, [
    (node) => {
      if (node.type === 'ImportDeclaration') addImport(node, bindings);
      if (node.type === 'VariableDeclarator' && node.init) addDeclarator(node.id, node.init, bindings);
    },
  ]);
  return bindings;
}

function addImport(node: TSESTree.ImportDeclaration, bindings: Map<string, ModuleReference>): void {
  const module = normalizeModuleName(node.source.value);
  for (const specifier of node.specifiers) {
    if (specifier.type === 'ImportSpecifier') {
      const imported = propertyKeyName(specifier.imported, false);
      const path = imported === null || imported === 'default' ? [] : [imported];
      bindings.set(specifier.local.name, { module, path });
    } else {
      // A default import of a CommonJS built-in is its whole exports object, like a namespace import.
      bindings.set(specifier.local.name, { module, path: [] });
    }
  }
}

function addDeclarator(target: Node, init: Node, bindings: Map<string, ModuleReference>): void {
  const reference = resolveModuleReference(init, bindings) ?? promisifiedReference(init, bindings);
  if (!reference) return;
  bindPattern(target, reference, bindings);
}

function bindPattern(target: Node, reference: ModuleReference, bindings: Map<string, ModuleReference>): void {
  if (target.type === 'Identifier') {
    bindings.set(target.name, reference);
    return;
  }
  if (target.type !== 'ObjectPattern') return;
  for (const property of target.properties) {
    if (property.type !== 'Property') continue;
    const key = propertyKeyName(property.key, property.computed);
    if (key === null) continue;
    const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
    bindPattern(value, { module: reference.module, path: [...reference.path, key] }, bindings);
  }
}

/** `util.promisify(exec)` and `promisify(cp.exec)` keep the reference of the wrapped function. */
function promisifiedReference(init: Node, bindings: ModuleBindings): ModuleReference | null {
  const call = unwrapExpression(init);
  if (call.type !== 'CallExpression' || call.arguments.length !== 1) return null;
  const callee = resolveModuleReference(call.callee, bindings);
  const isPromisify =
    (callee?.module === 'util' && callee.path.join('.') === 'promisify') ||
    (call.callee.type === 'Identifier' && call.callee.name === 'promisify');
  return isPromisify ? resolveModuleReference(call.arguments[0]!, bindings) : null;
}

/**
 * The module export an expression refers to: a bound name, a property read on
 * one, `require('m')`, `require('m').x` or `(await import('m')).x`.
 */
export function resolveModuleReference(node: Node, bindings: ModuleBindings): ModuleReference | null {
  const expression = unwrapExpression(node);
  if (expression.type === 'Identifier') return bindings.get(expression.name) ?? null;
  if (expression.type === 'MemberExpression') {
    const name = memberName(expression);
    const object = resolveModuleReference(expression.object, bindings);
    return name !== null && object ? { module: object.module, path: [...object.path, name] } : null;
  }
  if (expression.type === 'CallExpression' && isRequireCall(expression)) {
    return { module: normalizeModuleName(staticString(expression.arguments[0]!)!), path: [] };
  }
  if (expression.type === 'ImportExpression') {
    const source = staticString(expression.source);
    return source === null ? null : { module: normalizeModuleName(source), path: [] };
  }
  return null;
}

function isRequireCall(call: TSESTree.CallExpression): boolean {
  return (
    call.callee.type === 'Identifier' &&
    call.callee.name === 'require' &&
    call.arguments.length === 1 &&
    staticString(call.arguments[0]!) !== null
  );
}

/**
 * The function a callee names, as `module.function`, with `default` and the
 * `promises` namespace of fs dropped: `fs.promises.readFile` gives `fs.readFile`.
 */
export function calleeName(callee: Node, bindings: ModuleBindings): string | null {
  const reference = resolveModuleReference(callee, bindings);
  if (!reference) return null;
  const path = reference.path.filter((part, index) => {
    if (part === 'default' && index === 0) return false;
    return !(reference.module === 'fs' && part === 'promises' && index === 0);
  });
  return path.length === 0 ? reference.module : `${reference.module}.${path.join('.')}`;
}
