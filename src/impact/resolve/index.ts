/**
 * Module resolver for impact analysis: maps (importing file, specifier) to
 * repository files the way TypeScript, Node, Vite/vitest and jest would,
 * reading the repository only through a `RepositoryView`.
 */
import type { RepositoryView } from './repository-view.js';
import type { Resolver } from './resolution.js';
import { needsYamlParser, type YamlParse } from './packages/workspaces.js';
import { RepositoryResolver } from './resolver.js';

export type { Resolution, ResolveOptions, Resolver } from './resolution.js';
export type { RepositoryView } from './repository-view.js';
export type { ConditionMode } from './packages/conditions.js';

/**
 * Indexes the view's files and reads the configs that shape resolution:
 * workspace declarations, every tsconfig.json and jsconfig.json with their
 * `extends` chains, and the vite, vitest and jest configs. Throws when
 * pnpm-workspace.yaml needs a full YAML parser and `parseYaml` is missing.
 */
export function createResolver(view: RepositoryView, parseYaml?: YamlParse): Resolver {
  return new RepositoryResolver(view, parseYaml);
}

/**
 * Creates the resolver as `createResolver` does, and loads the `yaml`
 * package first only when pnpm-workspace.yaml is outside the subset that
 * the resolver reads without it.
 */
export async function openResolver(view: RepositoryView): Promise<Resolver> {
  const parseYaml = needsYamlParser(view) ? (await import('yaml')).parse : undefined;
  return new RepositoryResolver(view, parseYaml);
}
