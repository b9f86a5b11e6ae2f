/** Go modules of the repository: where each `go.mod` sits and the module path it declares. */
export interface GoModule {
  /** Repository-relative folder of the `go.mod` file; `''` at the repository root. */
  dir: string;
  /** Module path from the `module` directive, for example `example.com/sample`. */
  modulePath: string;
}

/**
 * Reads the module path from the text of a `go.mod` file. It accepts the plain
 * form `module example.com/x`, the quoted forms with `"` or backquotes, and the
 * block form `module ( example.com/x )`. Returns `undefined` when the file
 * declares no module.
 */
export function parseGoModulePath(goModText: string): string | undefined {
  const tokens = goModText
    .split('\n')
    .map(stripLineComment)
    .join('\n')
    .split(/\s+/)
    .filter((token) => token !== '');

  const index = tokens.indexOf('module');
  if (index < 0) return undefined;

  let value = tokens[index + 1];
  if (value === '(') value = tokens[index + 2];
  if (value === undefined || value === ')') return undefined;
  return unquote(value);
}

/**
 * Strips the module path from a Go import-style file path, trying the longest
 * module path first because modules nest (`example.com/a` and `example.com/a/sub`).
 * Returns the repository-relative path the file has inside that module.
 */
export function goModuleFilePath(importPath: string, modules: readonly GoModule[]): string | undefined {
  let best: GoModule | undefined;
  for (const module of modules) {
    if (!importPath.startsWith(`${module.modulePath}/`)) continue;
    if (!best || module.modulePath.length > best.modulePath.length) best = module;
  }
  if (!best) return undefined;

  const inside = importPath.slice(best.modulePath.length + 1);
  return best.dir === '' ? inside : `${best.dir}/${inside}`;
}

function stripLineComment(line: string): string {
  const comment = line.indexOf('//');
  return comment < 0 ? line : line.slice(0, comment);
}

function unquote(token: string): string {
  const first = token[0];
  const last = token[token.length - 1];
  if (token.length >= 2 && (first === '"' || first === '`') && first === last) {
    return token.slice(1, -1);
  }
  return token;
}
