import { describe, expect, it } from 'vitest';
import { diffLockfile } from '../../../src/impact/change/lockfile-diff.js';
import { pnpmLockfileV6, pnpmLockfileV9 } from './lockfiles/pnpm.js';
import { BASE_SCENARIO, workspacesOf } from './lockfiles/scenario.js';
import { describeLockfileFormat, summarize } from './lockfiles/shared-cases.js';

/** Repeats `lockfileVersion` on line 2, a duplicate key that YAML rejects there. */
const duplicateVersion = { apply: (text: string) => text.replace('\n', "\nlockfileVersion: '5.4'\n"), line: 2 };

describeLockfileFormat({ title: 'pnpm-lock.yaml v6', path: 'pnpm-lock.yaml', write: pnpmLockfileV6, damage: duplicateVersion });
describeLockfileFormat({ title: 'pnpm-lock.yaml v9', path: 'pnpm-lock.yaml', write: pnpmLockfileV9, damage: duplicateVersion });

const workspaces = workspacesOf(BASE_SCENARIO);

/** Moves react to 18.3.1 in a v9 lockfile, which also changes the peer suffix of react-dom. */
function withReact1831(text: string): string {
  return text
    .replaceAll('react@18.2.0', 'react@18.3.1')
    .replace('      react:\n        specifier: ^18.2.0\n        version: 18.2.0', '      react:\n        specifier: ^18.2.0\n        version: 18.3.1')
    .replace('      react: 18.2.0\n', '      react: 18.3.1\n');
}

describe('pnpm-lock.yaml specifics', () => {
  it('follows a peer suffix change', () => {
    const base = pnpmLockfileV9(BASE_SCENARIO);

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base, head: withReact1831(base), workspaces });

    expect(summarize(diff)).toEqual({ '@acme/app': ['react', 'react-dom'] });
  });

  it('follows a peer suffix change in v6', () => {
    const base = pnpmLockfileV6(BASE_SCENARIO);

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base, head: withReact1831(base), workspaces });

    expect(summarize(diff)).toEqual({ '@acme/app': ['react', 'react-dom'] });
  });

  it('reads a v9 alias', () => {
    const alias = (version: string): string =>
      pnpmLockfileV9(BASE_SCENARIO)
        .replace('      marked:\n        specifier: ^12.0.0\n        version: 12.0.1', `      md:\n        specifier: npm:marked@^12.0.0\n        version: marked@${version}`)
        .replaceAll('marked@12.0.1', `marked@${version}`);

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base: alias('12.0.1'), head: alias('12.0.2'), workspaces });

    expect(summarize(diff)).toEqual({ '@acme/docs': ['md'] });
  });

  it('reads a v6 project without importers', () => {
    const single = (lodash: string): string =>
      `lockfileVersion: '6.0'\n\ndependencies:\n  lodash:\n    specifier: ^4.17.20\n    version: ${lodash}\n\npackages:\n\n  /lodash@${lodash}:\n    resolution: {integrity: sha512-${lodash}}\n    dev: false\n`;

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base: single('4.17.20'), head: single('4.17.21'), workspaces: [{ name: 'solo', folder: '' }] });

    expect(summarize(diff)).toEqual({ '': ['lodash'] });
  });

  it('reads a package named constructor', () => {
    const withConstructor = (version: string): string =>
      pnpmLockfileV9(BASE_SCENARIO)
        .replace('      lodash:\n        specifier: ^4.17.20\n', `      constructor:\n        specifier: ^1.0.0\n        version: ${version}\n      lodash:\n        specifier: ^4.17.20\n`)
        .concat(`\n  constructor@${version}: {}\n\n  constructor: {}\n`);

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base: withConstructor('1.0.0'), head: withConstructor('1.0.1'), workspaces });

    expect(summarize(diff)).toEqual({ '@acme/app': ['constructor'], '@acme/utils': ['constructor'] });
  });

  it('rejects lockfileVersion 5.4', () => {
    const old = "lockfileVersion: 5.4\n\nspecifiers:\n  lodash: ^4.17.20\n";

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base: old, head: pnpmLockfileV9(BASE_SCENARIO), workspaces });

    expect(summarize(diff)).toMatch(/at the base commit could not be read: lockfileVersion "5.4" is not supported/);
  });

  it('reports a YAML syntax error', () => {
    const base = pnpmLockfileV9(BASE_SCENARIO);
    const head = base.replace('resolution: {integrity: ', 'resolution: {integrity: [');

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base, head, workspaces });

    expect(diff.ok).toBe(false);
    expect(summarize(diff)).toMatch(/invalid YAML/);
  });

  it('reports an alias bomb', () => {
    const base = pnpmLockfileV9(BASE_SCENARIO);
    // Each level repeats the one before ten times, so the last expands to 10^6 values.
    const levels = ['a0: &a0 [x]', ...Array.from({ length: 6 }, (_, level) => `a${level + 1}: &a${level + 1} [${Array(10).fill(`*a${level}`).join(', ')}]`)];
    const head = `${base}${levels.join('\n')}\n`;

    const diff = diffLockfile({ path: 'pnpm-lock.yaml', base, head, workspaces });

    expect(diff.ok).toBe(false);
    expect(summarize(diff)).toMatch(/invalid YAML \(Excessive alias count/);
  });
});
