/** Parsing of bare specifiers (`lodash/fp`, `@scope/name/sub`) and Node builtins. */
import { isBuiltin } from 'node:module';

export interface BareSpecifier {
  /** Package name: `name` or `@scope/name`. */
  name: string;
  /** Subpath in the form that package.json `exports` keys use: `.` or `./sub/path`. */
  subpath: string;
}

/** Splits a bare specifier into package name and subpath; undefined for `@scope` alone or an empty name. */
export function parseBareSpecifier(specifier: string): BareSpecifier | undefined {
  const segments = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  if (segments.length < nameLength || segments.slice(0, nameLength).some((segment) => segment === '')) {
    return undefined;
  }

  const name = segments.slice(0, nameLength).join('/');
  const rest = segments.slice(nameLength).join('/');
  return { name, subpath: rest === '' ? '.' : `./${rest}` };
}

/**
 * Returns `node:<name>` when `specifier` names a module built into the Node
 * version that runs the resolver, with or without the `node:` prefix.
 */
export function builtinModuleName(specifier: string): string | undefined {
  if (!isBuiltin(specifier)) return undefined;
  return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
}

/** Returns whether the specifier is relative to the importer: `.`, `..`, `./x` or `../x`. */
export function isRelativeSpecifier(specifier: string): boolean {
  return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}

/** URL scheme of the specifier (`https:`, `data:`, `virtual:`), or undefined. */
export function schemeOf(specifier: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(specifier)?.[1]?.toLowerCase();
}
