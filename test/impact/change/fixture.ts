import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import type { ChangedFile } from '../../../src/impact/model.js';
import { TestRepo } from '../../git/fixture.js';

export { numberedLines, TestRepo } from '../../git/fixture.js';

/** File name bytes that are not valid UTF-8: `caf` + Latin-1 `é` + `.txt`. */
export const LATIN1_NAME = Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x2e, 0x74, 0x78, 0x74]);
/** How `decodeGitPath` returns `LATIN1_NAME`: the byte 0xE9 becomes the lone surrogate U+DCE9. */
export const LATIN1_NAME_DECODED = 'caf\udce9.txt';

/** Writes a file whose name is raw bytes, which `TestRepo.write` cannot express. */
export function writeBytesName(repo: TestRepo, name: Buffer, content: string): void {
  writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), name]), content);
}

/** Adds `source` as a submodule at `path`. Git rejects file:// submodules unless protocol.file.allow permits them. */
export function addSubmodule(repo: TestRepo, source: TestRepo, path: string): void {
  execFileSync('git', ['-c', 'protocol.file.allow=always', 'submodule', 'add', '--quiet', `file://${source.dir}`, path], {
    cwd: repo.dir,
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' },
    stdio: 'ignore',
  });
}

/** Changed files by path, for checks on single entries. */
export function byPath(files: readonly ChangedFile[]): Map<string, ChangedFile> {
  return new Map(files.map((file) => [file.path, file]));
}

/** Builds a changed file, with zero line counts unless given. */
export function changed(path: string, status: ChangedFile['status'], added = 0, deleted = 0, binary = false): ChangedFile {
  return { path, status, binary, addedLines: added, deletedLines: deleted };
}

/** Repositories created by a test file, removed in `afterAll`. */
export class RepoList {
  private readonly repos: TestRepo[] = [];

  create(prefix?: string): TestRepo {
    const repo = TestRepo.create(prefix);
    this.repos.push(repo);
    return repo;
  }

  clone(source: TestRepo, ...args: string[]): TestRepo {
    const repo = TestRepo.clone(source, ...args);
    this.repos.push(repo);
    return repo;
  }

  removeAll(): void {
    for (const repo of this.repos.splice(0)) repo.remove();
  }
}
