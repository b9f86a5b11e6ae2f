/** Builders of the plain inputs that the risk factors take. */

import type { FileHistory } from '../../../src/git/history.js';
import { createModuleGraph } from '../../../src/impact/graph/module-graph.js';
import type { ChangedFile, GraphEdge } from '../../../src/impact/model.js';
import type { ImportersOf } from '../../../src/impact/risk/fan-in.js';

export function changedFile(path: string, addedLines: number, deletedLines = 0, overrides: Partial<ChangedFile> = {}): ChangedFile {
  return { path, status: 'modified', binary: false, addedLines, deletedLines, ...overrides };
}

export function edge(from: string, to: string, overrides: Partial<GraphEdge> = {}): GraphEdge {
  return { from, to, kind: 'import', typeOnly: false, approximate: false, specifier: to, line: 1, via: 'relative', ...overrides };
}

/** Returns the importers of each path in `edges`, from the module graph's index. */
export function importersIn(edges: readonly GraphEdge[]): ImportersOf {
  const graph = createModuleGraph([], edges);
  return (path) => graph.importersOf(path);
}

/** Builds a history whose files have the given commit counts and author digests. */
export function history(files: { path: string; commits: number; authors: string[] }[], overrides: Partial<FileHistory> = {}): FileHistory {
  const authors = [...new Set(files.flatMap((file) => file.authors))].sort();
  const commits = files.reduce((sum, file) => sum + file.commits, 0);
  return { files, commits, authors, since: '90 days', shallow: false, ...overrides };
}

/** Returns `count` author digests `a0`, `a1`, ... in place of SHA-256 hex strings. */
export function authorIds(count: number): string[] {
  return Array.from({ length: count }, (_, index) => `a${index}`);
}
