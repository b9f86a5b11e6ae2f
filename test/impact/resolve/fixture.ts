import { symlinkSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readDiskView } from '../../../src/impact/resolve/disk-view.js';
import { createResolver, type Resolver, type RepositoryView } from '../../../src/impact/resolve/index.js';
import { TestRepo } from '../../git/fixture.js';

/** A scratch git repository with its files staged, and a resolver over it. */
export interface ResolverFixture {
  repo: TestRepo;
  files: string[];
  view: RepositoryView;
  resolver: Resolver;
}

const created: TestRepo[] = [];

/**
 * Writes `files` into a new git repository, runs `setup` (for symlinks),
 * stages everything that .gitignore allows and builds the resolver from
 * `git ls-files`, as impact analysis does.
 */
export function createFixture(files: Record<string, string>, setup?: (repo: TestRepo) => void): ResolverFixture {
  const repo = TestRepo.create('testmaster-resolve-');
  created.push(repo);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  setup?.(repo);
  repo.git('add', '--all');

  const tracked = repo
    .git('ls-files', '-z')
    .split('\0')
    .filter((path) => path !== '')
    .sort();
  const view = readDiskView(repo.dir, tracked);
  return { repo, files: tracked, view, resolver: createResolver(view, parseYaml) };
}

/** Creates a symlink at `linkPath` (repository-relative) that points to `target`, relative to the link's folder. */
export function linkInRepository(repo: TestRepo, linkPath: string, target: string): void {
  const full = join(repo.dir, linkPath);
  mkdirSync(dirname(full), { recursive: true });
  symlinkSync(target, full, 'dir');
}

/** Removes every repository that `createFixture` made; call from `afterAll`. */
export function removeFixtures(): void {
  for (const repo of created.splice(0)) repo.remove();
}

/** JSON text of `value`, for writing package.json and tsconfig files. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
