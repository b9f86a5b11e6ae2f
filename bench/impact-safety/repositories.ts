/**
 * The repositories the safety benchmark measures. Adding one takes an entry
 * here: where to clone it from, how to install it, which runner it uses and
 * which changed files count as source whose functions get faults.
 */

export type RunnerKind = 'vitest' | 'jest';

export interface RepositoryConfig {
  /** Name used on the command line (`--repos`) and in the tables. */
  name: string;
  /** Clone URL or local path that `git clone` accepts, used when `directory` does not exist. */
  clone: string;
  /** Working copy that the benchmark checks commits out in; it must not contain uncommitted work. */
  directory: string;
  /** Ref whose history the commits are taken from; it is resolved once, before any checkout. */
  ref: string;
  /** Install command, run in `directory` when `node_modules` is missing or `--install` is given. */
  install: string[];
  runner: RunnerKind;
  /** Command that starts the runner, with arguments that every call gets (projects, config). */
  runnerCommand: string[];
  /** Changed files whose functions get faults: TypeScript sources, test files and `.d.ts` excluded by the benchmark. */
  source: RegExp;
}

const TYPESCRIPT_SOURCE = /\.(?:ts|tsx|mts|cts)$/;

export const REPOSITORIES: RepositoryConfig[] = [
  {
    name: 'hono',
    clone: 'https://github.com/honojs/hono.git',
    directory: '/tmp/safety-hono',
    ref: 'origin/HEAD',
    // packageManager in hono's package.json is bun@1.2.20, and the lockfile is bun.lock.
    install: ['npx', '-y', 'bun@1.2.20', 'install', '--frozen-lockfile'],
    runner: 'vitest',
    // The runtime-tests projects need Deno, Bun, workerd, Fastly and Lambda emulators; these three projects cover src/.
    runnerCommand: ['npx', 'vitest', '--project', 'main', '--project', 'jsx-runtime-default', '--project', 'jsx-runtime-dom'],
    source: new RegExp(`^src/.*${TYPESCRIPT_SOURCE.source}`),
  },
  {
    name: 'vue-core',
    clone: 'https://github.com/vuejs/core.git',
    directory: '/tmp/safety-vue-core',
    ref: 'origin/HEAD',
    // NOTE: not run yet. The command assumes that package.json pins pnpm in packageManager, which corepack reads.
    install: ['npx', '-y', 'corepack', 'pnpm', 'install', '--frozen-lockfile'],
    runner: 'vitest',
    // The project names are unverified. List them with `npx vitest list --filesOnly`,
    // and leave out any project that starts browsers (e2e).
    runnerCommand: ['npx', 'vitest', '--project', 'unit'],
    source: new RegExp(`^packages/[^/]+/src/.*${TYPESCRIPT_SOURCE.source}`),
  },
  {
    name: 'apollo-client',
    clone: 'https://github.com/apollographql/apollo-client.git',
    directory: '/tmp/safety-apollo-client',
    ref: 'origin/HEAD',
    // NOTE: not run yet; the jest adapter in runners.ts has only been type-checked.
    install: ['npm', 'ci'],
    runner: 'jest',
    runnerCommand: ['npx', 'jest'],
    source: new RegExp(`^src/.*${TYPESCRIPT_SOURCE.source}`),
  },
];

export function findRepository(name: string): RepositoryConfig {
  const repository = REPOSITORIES.find((entry) => entry.name === name);
  if (repository === undefined) {
    throw new Error(`Unknown repository "${name}"; add it to bench/impact-safety/repositories.ts or use one of: ${REPOSITORIES.map((entry) => entry.name).join(', ')}`);
  }
  return repository;
}
