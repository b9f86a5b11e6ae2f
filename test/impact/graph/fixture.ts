import { readDiskView } from '../../../src/impact/resolve/disk-view.js';
import type { RepositoryView } from '../../../src/impact/resolve/index.js';
import { TestRepo } from '../../git/fixture.js';

/** A scratch git repository with its files staged, read as impact analysis reads a checkout. */
export interface GraphFixture {
  repo: TestRepo;
  view: RepositoryView;
  /** Blob SHA of each staged file, from `git ls-files -s`. */
  blobHashes: Map<string, string>;
}

const created: TestRepo[] = [];

/** Writes `files` into a new git repository, stages them, and returns a disk view with the blob SHAs. */
export function createGraphFixture(files: Record<string, string>): GraphFixture {
  const repo = TestRepo.create('testmaster-graph-');
  created.push(repo);
  for (const [path, content] of Object.entries(files)) repo.write(path, content);
  return stageAndRead(repo);
}

/** Stages the work tree of `repo` again, after a test changed files, and reads it anew. */
export function stageAndRead(repo: TestRepo): GraphFixture {
  repo.git('add', '--all');
  const blobHashes = new Map<string, string>();
  for (const line of repo.git('ls-files', '-s', '-z').split('\0')) {
    const match = /^\d+ ([0-9a-f]+) \d+\t(.+)$/.exec(line);
    if (match) blobHashes.set(match[2]!, match[1]!);
  }
  const files = [...blobHashes.keys()].sort();
  return { repo, view: readDiskView(repo.dir, files), blobHashes };
}

/** Removes every repository that `createGraphFixture` made; call from `afterAll`. */
export function removeGraphFixtures(): void {
  for (const repo of created.splice(0)) repo.remove();
}

/** JSON text of `value`, for package.json and tsconfig files. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
