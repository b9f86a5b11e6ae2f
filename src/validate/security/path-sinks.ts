/**
 * The file system calls whose path arguments the path-traversal rule
 * checks: fs, fs/promises and fs-extra functions, and `sendFile` and
 * `download` on Express and Fastify responses.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { dottedPath, propertyKeyName, unwrapExpression } from './expressions.js';
import { calleeName, type ModuleBindings } from './module-bindings.js';

/** fs functions and the indexes of their path arguments. */
const FS_PATH_ARGUMENTS = new Map<string, number[]>([
  ...['readFile', 'writeFile', 'appendFile', 'createReadStream', 'createWriteStream', 'unlink', 'rm', 'rmdir', 'open', 'opendir', 'readdir', 'mkdir', 'truncate', 'readJson', 'readJSON', 'writeJson', 'writeJSON', 'outputFile', 'outputJson', 'remove', 'emptyDir', 'ensureFile', 'ensureDir'].flatMap(
    (name): [string, number[]][] => [[name, [0]], [`${name}Sync`, [0]]],
  ),
  ...['copyFile', 'cp', 'rename', 'link', 'symlink', 'copy', 'move'].flatMap((name): [string, number[]][] => [
    [name, [0, 1]],
    [`${name}Sync`, [0, 1]],
  ]),
]);

/** Names of Express and Fastify response objects. */
const RESPONSE_NAMES = new Set(['res', 'response', 'reply']);

/** Returns the sink that a call is, with the indexes of its path arguments, or null for any other call. */
export function pathSinkOf(call: TSESTree.CallExpression, bindings: ModuleBindings): { name: string; pathArguments: number[] } | null {
  const resolved = calleeName(call.callee, bindings);
  if (resolved?.startsWith('fs.')) {
    const name = resolved.slice('fs.'.length);
    const pathArguments = FS_PATH_ARGUMENTS.get(name);
    return pathArguments ? { name: resolved, pathArguments } : null;
  }
  const path = dottedPath(call.callee);
  if (!path || path.length !== 2 || !RESPONSE_NAMES.has(path[0]!)) return null;
  const method = path[1]!;
  if (method !== 'sendFile' && method !== 'download') return null;
  return hasRootOption(call) ? null : { name: path.join('.'), pathArguments: [0] };
}

/** Express's `res.sendFile(path, { root })` rejects paths with `..`, so a `root` option makes the call safe. */
function hasRootOption(call: TSESTree.CallExpression): boolean {
  return call.arguments.slice(1).some((argument) => {
    const options = unwrapExpression(argument);
    return (
      options.type === 'ObjectExpression' &&
      options.properties.some((property) => property.type === 'Property' && propertyKeyName(property.key, property.computed) === 'root')
    );
  });
}
