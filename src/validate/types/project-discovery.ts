/**
 * Finds the tsconfig files to check, from file contents alone:
 *
 * - the configured projects, or else the root tsconfig.json, or else, in a
 *   monorepo without one, the tsconfig.json of every workspace package;
 * - then every project those reference, transitively, as `tsc -b` builds
 *   them;
 * - minus solution-style configs (`"files": []` with `references`), which
 *   own no files and exist only to list their references.
 */
import { posix } from 'node:path';
import picomatch from 'picomatch';
import { parse as parseYaml } from 'yaml';
import { parseJsonc } from '../../impact/syntax/jsonc.js';

/** Read access to the repository that discovery needs; paths are repository-relative POSIX paths. */
export interface ProjectTree {
  /** Returns the text of a file, or null when no such file exists. */
  readText(path: string): string | null;
  /** Lists the folders that contain a tsconfig.json, outside node_modules; `''` is the root. */
  tsconfigFolders(): string[];
}

export interface DiscoveredProjects {
  /** tsconfig paths to check, starting points first, each referenced project after the first project that references it. */
  projects: string[];
  /** Problems found on the way, each naming the file and the fix; the projects found are still checked. */
  problems: string[];
}

const ROOT_TSCONFIG = 'tsconfig.json';

/** Finds the projects to check: `configured` when it is not empty, else what the repository declares. */
export function discoverProjects(tree: ProjectTree, configured: readonly string[]): DiscoveredProjects {
  const problems: string[] = [];
  const starts = configured.length > 0 ? configured.map(normalizePath) : defaultStarts(tree, problems);
  const projects = followReferences(tree, starts, problems);
  return { projects, problems };
}

function defaultStarts(tree: ProjectTree, problems: string[]): string[] {
  if (tree.readText(ROOT_TSCONFIG) !== null) return [ROOT_TSCONFIG];
  const globs = workspaceGlobs(tree, problems);
  if (globs.length === 0) return [];
  const isIncluded = picomatch(globs.filter((glob) => !glob.startsWith('!')).map(normalizeGlob));
  const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalizeGlob(glob.slice(1)));
  const isExcluded = excluded.length > 0 ? picomatch(excluded) : () => false;
  return tree
    .tsconfigFolders()
    .filter((folder) => folder !== '' && isIncluded(folder) && !isExcluded(folder))
    .sort()
    .map((folder) => `${folder}/${ROOT_TSCONFIG}`);
}

/** Workspace globs from `workspaces` in package.json (an array, or yarn's `{ packages }`) and `packages` in pnpm-workspace.yaml. */
export function workspaceGlobs(tree: ProjectTree, problems: string[]): string[] {
  const globs: string[] = [];
  const manifestText = tree.readText('package.json');
  if (manifestText !== null) {
    const manifest = parseOrNote(() => JSON.parse(manifestText) as unknown, 'package.json', problems);
    const field = (manifest as { workspaces?: unknown } | null)?.workspaces;
    const list = Array.isArray(field) ? field : (field as { packages?: unknown } | null | undefined)?.packages;
    if (Array.isArray(list)) globs.push(...list.filter((entry): entry is string => typeof entry === 'string'));
  }
  const pnpmText = tree.readText('pnpm-workspace.yaml');
  if (pnpmText !== null) {
    const document = parseOrNote(() => parseYaml(pnpmText) as unknown, 'pnpm-workspace.yaml', problems);
    const list = (document as { packages?: unknown } | null)?.packages;
    if (Array.isArray(list)) globs.push(...list.filter((entry): entry is string => typeof entry === 'string'));
  }
  return globs;
}

/** Walks references breadth-first from `starts`, keeping every config that owns files. */
function followReferences(tree: ProjectTree, starts: readonly string[], problems: string[]): string[] {
  const projects: string[] = [];
  const seen = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const path = queue.shift()!;
    if (seen.has(path)) continue;
    seen.add(path);

    const text = tree.readText(path);
    if (text === null) {
      problems.push(`${path}: tsconfig file not found. Fix the path in validate.types.projects or in the "references" that name it.`);
      continue;
    }
    const config = parseOrNote(() => parseJsonc(text), path, problems);
    const shape = configShape(config);
    if (!shape.solutionStyle) projects.push(path);
    for (const reference of shape.references) {
      const target = referenceTarget(path, reference);
      if (target === null) {
        problems.push(`${path}: the reference "${reference}" points outside the repository, so it is not checked.`);
      } else {
        queue.push(target);
      }
    }
  }
  return projects;
}

interface ConfigShape {
  solutionStyle: boolean;
  references: string[];
}

/** Reads `files` and `references` of a parsed tsconfig; anything malformed counts as absent, as the compiler reports it. */
export function configShape(config: unknown): ConfigShape {
  const object = (typeof config === 'object' && config !== null ? config : {}) as { files?: unknown; references?: unknown };
  const references = Array.isArray(object.references)
    ? object.references
        .map((entry: unknown) => (entry as { path?: unknown } | null)?.path)
        .filter((path): path is string => typeof path === 'string')
    : [];
  const solutionStyle = Array.isArray(object.files) && object.files.length === 0 && references.length > 0;
  return { solutionStyle, references };
}

/**
 * Resolves a reference as TypeScript 5.9 does: a path ending in `.json`
 * names a tsconfig file, and any other path names a folder containing
 * tsconfig.json. Returns null when the target leaves the repository.
 */
function referenceTarget(from: string, reference: string): string | null {
  const joined = posix.normalize(posix.join(posix.dirname(from), reference.replaceAll('\\', '/')));
  if (joined === '..' || joined.startsWith('../') || posix.isAbsolute(joined)) return null;
  if (joined.endsWith('.json')) return joined;
  return joined === '.' ? ROOT_TSCONFIG : `${joined}/${ROOT_TSCONFIG}`;
}

function parseOrNote(parse: () => unknown, path: string, problems: string[]): unknown {
  try {
    return parse();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    problems.push(`${path}: cannot be parsed (${message}). Fix the syntax; until then its references are not followed.`);
    return null;
  }
}

function normalizePath(path: string): string {
  const normalized = posix.normalize(path.replaceAll('\\', '/'));
  return normalized.startsWith('./') ? normalized.slice(2) : normalized;
}

/** Strips the `./` prefix and trailing `/` that workspace globs may carry. */
function normalizeGlob(glob: string): string {
  let normalized = glob.trim();
  while (normalized.startsWith('./')) normalized = normalized.slice(2);
  while (normalized.endsWith('/')) normalized = normalized.slice(0, -1);
  return normalized === '' ? '.' : normalized;
}
