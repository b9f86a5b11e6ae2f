/**
 * Module resolver for impact analysis: maps (importing file, specifier) to
 * repository files the way TypeScript, Node, Vite/vitest and jest would,
 * reading the repository only through a `RepositoryView`.
 */
import type { RepositoryView } from './repository-view.js';
import type { Resolver } from './resolution.js';
import { RepositoryResolver } from './resolver.js';

export type { Resolution, ResolveOptions, Resolver } from './resolution.js';
export type { RepositoryView } from './repository-view.js';
export type { ConditionMode } from './packages/conditions.js';

/**
 * Indexes the view's files and reads the configs that shape resolution:
 * workspace declarations, every tsconfig.json and jsconfig.json with their
 * `extends` chains, and the vite, vitest and jest configs.
 */
export function createResolver(view: RepositoryView): Resolver {
  return new RepositoryResolver(view);
}
