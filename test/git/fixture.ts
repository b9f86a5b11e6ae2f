import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A scratch git repository in a temporary folder, configured only through its local config. */
export class TestRepo {
  private constructor(readonly dir: string) {}

  static create(prefix = 'testmaster-git-'): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), prefix));
    const repo = new TestRepo(dir);
    repo.git('init', '--quiet', '--initial-branch=main');
    repo.configure();
    return repo;
  }

  /** Clones `source` through a `file://` URL, as a CI checkout would, with extra `git clone` arguments. */
  static clone(source: TestRepo, ...args: string[]): TestRepo {
    const dir = mkdtempSync(join(tmpdir(), 'testmaster-clone-'));
    runGit(tmpdir(), ['clone', '--quiet', ...args, `file://${source.dir}`, dir]);
    const repo = new TestRepo(dir);
    repo.configure();
    return repo;
  }

  git(...args: string[]): string {
    return runGit(this.dir, args);
  }

  write(path: string, content: string | Buffer): void {
    const full = join(this.dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }

  chmod(path: string, mode: number): void {
    chmodSync(join(this.dir, path), mode);
  }

  /** Stages everything and commits; returns the new commit's SHA. */
  commit(message: string): string {
    this.git('add', '--all');
    this.git('commit', '--quiet', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private configure(): void {
    this.git('config', 'user.name', 'TestMaster Tests');
    this.git('config', 'user.email', 'tests@testmaster.invalid');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'core.autocrlf', 'false');
  }
}

function runGit(cwd: string, args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_TERMINAL_PROMPT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Lines `first`..`last` as text, one `prefix N` per line, each ending in a newline. */
export function numberedLines(first: number, last: number, prefix = 'line'): string {
  let text = '';
  for (let line = first; line <= last; line++) text += `${prefix} ${line}\n`;
  return text;
}
