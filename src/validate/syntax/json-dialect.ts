/**
 * The JSON dialect of each `.json` file: JSON with comments (JSONC) for the
 * files that their tools read that way, strict JSON for every other one.
 * JSONC accepts comments and trailing commas.
 */

export type JsonDialect = 'json' | 'jsonc';

/**
 * File names read as JSONC by their tools: TypeScript (tsconfig, jsconfig),
 * VS Code (.vscode folder, workspace files), Dev Containers, ESLint's legacy
 * config and TypeDoc. The list is an allow-list; a tool missing from it gets
 * strict JSON.
 */
const JSONC_FILE_NAMES = [
  /^tsconfig(?:\..*)?\.json$/,
  /^jsconfig(?:\..*)?\.json$/,
  /^\.?devcontainer\.json$/,
  /^\.eslintrc\.json$/,
  /^typedoc\.json$/,
];

/** Returns the dialect of `path`, or null when it is not a JSON file. */
export function jsonDialectOf(path: string): JsonDialect | null {
  const lower = path.toLowerCase();
  const name = lower.slice(lower.lastIndexOf('/') + 1);
  if (name.endsWith('.jsonc') || name.endsWith('.code-workspace')) return 'jsonc';
  if (!name.endsWith('.json')) return null;
  if (/(?:^|\/)\.vscode\/[^/]+$/.test(lower)) return 'jsonc';
  return JSONC_FILE_NAMES.some((pattern) => pattern.test(name)) ? 'jsonc' : 'json';
}
