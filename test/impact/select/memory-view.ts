import type { RepositoryView } from '../../../src/impact/resolve/index.js';

/** Returns a `RepositoryView` over file texts held in memory, for tests that need no git checkout. */
export function memoryView(texts: Record<string, string>): RepositoryView {
  const files = Object.keys(texts).sort();
  return { files, readText: (path) => (Object.hasOwn(texts, path) ? texts[path] : undefined) };
}

/** JSON text of `value`, for package.json and JSON configs. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
