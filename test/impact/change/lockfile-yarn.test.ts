import { describe, expect, it } from 'vitest';
import { diffLockfile } from '../../../src/impact/change/lockfile-diff.js';
import { parseYarnClassicSyntax } from '../../../src/impact/change/yarn-classic-syntax.js';
import { BASE_SCENARIO, DOCS, UTILS, workspacesOf, APP } from './lockfiles/scenario.js';
import { describeLockfileFormat, summarize } from './lockfiles/shared-cases.js';
import { yarnBerryLockfile, yarnClassicLockfile } from './lockfiles/yarn.js';

/** 1-based number of the first line of `text` that contains `fragment`. */
function lineOf(text: string, fragment: string): number {
  return text.slice(0, text.indexOf(fragment)).split('\n').length;
}

const classicBase = yarnClassicLockfile(BASE_SCENARIO);
const berryBase = yarnBerryLockfile(BASE_SCENARIO);

describeLockfileFormat({
  title: 'yarn.lock v1',
  path: 'yarn.lock',
  write: yarnClassicLockfile,
  recordsRoot: false,
  damage: {
    apply: (text) => text.replace('version "4.0.0"', 'version "4.0.0'),
    line: lineOf(classicBase, 'version "4.0.0"'),
  },
});

describeLockfileFormat({
  title: 'yarn.lock Berry',
  path: 'yarn.lock',
  write: yarnBerryLockfile,
  damage: {
    apply: (text) => text.replace('  cacheKey: 10c0\n', '  cacheKey: 10c0\n  version: 9\n'),
    line: lineOf(berryBase, '  cacheKey: 10c0') + 1,
  },
});

describe('yarn.lock v1 specifics', () => {
  it('affects every package without manifest ranges', () => {
    const workspaces = [APP, DOCS, UTILS];

    const diff = diffLockfile({
      path: 'yarn.lock',
      base: classicBase,
      head: yarnClassicLockfile({ ...BASE_SCENARIO, lodash: '4.17.21' }),
      workspaces,
    });

    expect(Object.keys(summarize(diff))).toEqual(['@acme/app', '@acme/docs', '@acme/utils']);
  });

  it('reports nothing unchanged without manifest ranges', () => {
    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head: classicBase, workspaces: [APP, DOCS, UTILS] });

    expect(summarize(diff)).toEqual({});
  });

  it('reads CRLF line endings', () => {
    const head = yarnClassicLockfile({ ...BASE_SCENARIO, lodash: '4.17.21' }).replaceAll('\n', '\r\n');

    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head, workspaces: workspacesOf(BASE_SCENARIO) });

    expect(summarize(diff)).toEqual({ '@acme/app': ['lodash'], '@acme/utils': ['lodash'] });
  });

  it('affects a package whose range moved to a new entry', () => {
    const head = classicBase.replace('lodash@^4.17.0, lodash@^4.17.20:', 'lodash@^4.17.0:');

    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head, workspaces: workspacesOf(BASE_SCENARIO) });

    expect(summarize(diff)).toEqual({ '@acme/app': ['lodash'], '@acme/utils': ['lodash'] });
  });

  it.each([
    ['a tab in the indentation', (text: string) => text.replace('  version "4.0.0"', '\tversion "4.0.0"'), /tabs are not allowed/],
    ['a misplaced indentation', (text: string) => text.replace('  version "4.0.0"', '   version "4.0.0"'), /unexpected indentation/],
    ['a key without a value', (text: string) => text.replace('  version "4.0.0"', '  version'), /a key has no value/],
  ])('reports %s', (_case, damage, problem) => {
    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head: damage(classicBase), workspaces: workspacesOf(BASE_SCENARIO) });

    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.problem.line).toBe(lineOf(classicBase, '  version "4.0.0"'));
    expect(summarize(diff)).toMatch(problem);
  });
});

describe('yarn.lock keys from a pull request', () => {
  it('keeps __proto__ an ordinary entry', () => {
    const hostile = `${classicBase}\n__proto__:\n  version "1.0.0"\n\nconstructor@^1.0.0:\n  version "1.0.0"\n`;

    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head: hostile, workspaces: workspacesOf(BASE_SCENARIO) });

    expect(summarize(diff)).toEqual({});
    expect(Object.keys(parseYarnClassicSyntax(hostile))).toContain('__proto__');
  });
});

describe('yarn.lock Berry specifics', () => {
  it('tells Berry from v1 on each side', () => {
    const diff = diffLockfile({ path: 'yarn.lock', base: classicBase, head: berryBase, workspaces: workspacesOf(BASE_SCENARIO) });

    // Only the Berry side records the root, so its closure differs too.
    expect(Object.keys(summarize(diff))).toEqual(['', '@acme/app', '@acme/docs', '@acme/utils']);
  });

  it('reads a YAML syntax error position', () => {
    const head = berryBase.replace('resolution: "lodash@npm:4.17.20"', 'resolution: "lodash@npm:4.17.20');

    const diff = diffLockfile({ path: 'yarn.lock', base: berryBase, head, workspaces: workspacesOf(BASE_SCENARIO) });

    expect(diff.ok).toBe(false);
    if (diff.ok) return;
    expect(diff.problem.message).toMatch(/invalid YAML/);
    expect(diff.problem.line).toBeGreaterThanOrEqual(lineOf(berryBase, 'resolution: "lodash@npm:4.17.20"'));
  });

  it('rejects an entry without a resolution', () => {
    const head = berryBase.replace('  resolution: "lodash@npm:4.17.20"\n', '');

    const diff = diffLockfile({ path: 'yarn.lock', base: berryBase, head, workspaces: workspacesOf(BASE_SCENARIO) });

    expect(summarize(diff)).toMatch(/the entry "lodash@npm:\^4.17.20" has no resolution/);
  });
});
