import { describe, expect, it } from 'vitest';
import { diffLockfile } from '../../../src/impact/change/lockfile-diff.js';
import { npmLockfileV2, npmLockfileV3 } from './lockfiles/npm.js';
import { APP, BASE_SCENARIO, DOCS, integrity, UTILS, workspacesOf } from './lockfiles/scenario.js';
import { describeLockfileFormat, summarize } from './lockfiles/shared-cases.js';

/** Removes the comma after `"requires": true` on line 5, so the parser stops at `"packages"` on line 6. */
const missingComma = { apply: (text: string) => text.replace('"requires": true,', '"requires": true'), line: 6 };

describeLockfileFormat({ title: 'package-lock.json v3', path: 'package-lock.json', write: npmLockfileV3, damage: missingComma });
describeLockfileFormat({ title: 'package-lock.json v2', path: 'package-lock.json', write: npmLockfileV2, damage: missingComma });
describeLockfileFormat({ title: 'npm-shrinkwrap.json', path: 'npm-shrinkwrap.json', write: npmLockfileV3, damage: missingComma });

type Packages = Record<string, Record<string, unknown>>;

/** Writes the v3 lockfile of the base scenario after `edit` changes its `packages` map. */
function editedLockfile(edit: (packages: Packages) => void): string {
  const lockfile = JSON.parse(npmLockfileV3(BASE_SCENARIO)) as { packages: Packages };
  edit(lockfile.packages);
  return JSON.stringify(lockfile, null, 2);
}

/** Gives `@acme/app` its own lodash 3 under packages/app/node_modules, next to the hoisted lodash 4. */
function withNestedLodash(version: string): (packages: Packages) => void {
  return (packages) => {
    packages['packages/app']!['dependencies'] = { ...(packages['packages/app']!['dependencies'] as object), lodash: '^3.10.0' };
    packages['packages/app/node_modules/lodash'] = {
      version,
      resolved: `https://registry.npmjs.org/lodash/-/lodash-${version}.tgz`,
      integrity: integrity('lodash', version),
    };
  };
}

describe('package-lock.json install paths', () => {
  const workspaces = workspacesOf(BASE_SCENARIO);

  it('ignores a hoisting move', () => {
    const base = npmLockfileV3(BASE_SCENARIO);
    const head = editedLockfile((packages) => {
      packages['packages/utils/node_modules/lodash'] = packages['node_modules/lodash']!;
      delete packages['node_modules/lodash'];
    });

    expect(summarize(diffLockfile({ path: 'package-lock.json', base, head, workspaces }))).toEqual({});
  });

  it('resolves the nearest node_modules first', () => {
    const base = editedLockfile(withNestedLodash('3.10.0'));
    const head = editedLockfile(withNestedLodash('3.10.1'));

    expect(summarize(diffLockfile({ path: 'package-lock.json', base, head, workspaces }))).toEqual({ '@acme/app': ['lodash'] });
  });

  it('follows workspace links', () => {
    const base = npmLockfileV3(BASE_SCENARIO);
    const head = editedLockfile((packages) => {
      packages['packages/utils']!['dependencies'] = { lodash: '^4.17.20', 'js-tokens': '^4.0.0' };
    });

    expect(summarize(diffLockfile({ path: 'package-lock.json', base, head, workspaces }))).toEqual({
      '@acme/app': ['js-tokens'],
      '@acme/utils': ['js-tokens'],
    });
  });

  it('counts a missing optional dependency once', () => {
    const edit = (packages: Packages): void => {
      packages['packages/docs']!['optionalDependencies'] = { fsevents: '^2.3.0' };
    };

    const diff = diffLockfile({ path: 'package-lock.json', base: editedLockfile(edit), head: editedLockfile(edit), workspaces });

    expect(summarize(diff)).toEqual({});
  });
});

describe('package-lock.json in a subfolder', () => {
  it('maps workspace folders to the lockfile folder', () => {
    const workspaces = [
      { name: '@acme/app', folder: 'web/packages/app' },
      { name: '@acme/docs', folder: 'web/packages/docs' },
      { name: '@acme/utils', folder: 'web/packages/utils' },
      { name: 'outside', folder: 'packages/utils' },
    ];

    const diff = diffLockfile({
      path: 'web/package-lock.json',
      base: npmLockfileV3(BASE_SCENARIO),
      head: npmLockfileV3({ ...BASE_SCENARIO, lodash: '4.17.21' }),
      workspaces,
    });

    expect(diff.ok).toBe(true);
    if (!diff.ok) return;
    expect(diff.affected).toEqual([
      { name: '@acme/app', folder: 'web/packages/app', changedDependencies: ['lodash'] },
      { name: '@acme/utils', folder: 'web/packages/utils', changedDependencies: ['lodash'] },
    ]);
  });
});

describe('package-lock.json problems', () => {
  const workspaces = [APP, DOCS, UTILS];

  it('rejects lockfileVersion 1', () => {
    const v1 = JSON.stringify({ name: 'acme', lockfileVersion: 1, requires: true, dependencies: {} });

    const diff = diffLockfile({ path: 'package-lock.json', base: v1, head: npmLockfileV3(BASE_SCENARIO), workspaces });

    expect(diff.ok).toBe(false);
    expect(summarize(diff)).toMatch(/^package-lock.json at the base commit could not be read: lockfileVersion 1 is not supported.*npm 7/);
  });

  it('reports a truncated file at its end', () => {
    const text = npmLockfileV3(BASE_SCENARIO);
    const truncated = text.slice(0, text.indexOf('"packages/app"'));

    const diff = diffLockfile({ path: 'package-lock.json', base: text, head: truncated, workspaces });

    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.problem.line).toBe(truncated.split('\n').length);
  });

  it('reports a packages map of the wrong type', () => {
    const wrong = JSON.stringify({ lockfileVersion: 3, packages: [] });

    expect(summarize(diffLockfile({ path: 'package-lock.json', base: wrong, head: wrong, workspaces }))).toMatch(
      /the lockfile.packages is not an object/,
    );
  });

  it.each(['bun.lockb', 'tools/constructor'])('rejects the file name %s', (path) => {
    const text = npmLockfileV3(BASE_SCENARIO);

    expect(summarize(diffLockfile({ path, base: text, head: text, workspaces }))).toMatch(/is not a lockfile that TestMaster reads/);
  });
});
