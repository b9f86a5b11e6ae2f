/**
 * File names of the lockfiles that `diffLockfile` reads, with the package
 * manager that writes each. They live apart from the parsers, so that a run
 * that changes no lockfile does not load them and the YAML reader.
 */
export const LOCKFILE_NAMES = {
  'package-lock.json': 'npm',
  'npm-shrinkwrap.json': 'npm',
  'yarn.lock': 'yarn',
  'pnpm-lock.yaml': 'pnpm',
} as const;

/** Name under which `diffLockfile` reports the root package of the lockfile. */
export const ROOT_PACKAGE = '';
