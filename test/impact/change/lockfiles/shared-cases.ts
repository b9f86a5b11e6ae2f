import { describe, expect, it } from 'vitest';
import { diffLockfile, type LockfileDiff } from '../../../../src/impact/change/lockfile-diff.js';
import { APP, BASE_SCENARIO, DOCS, integrity, ROOT, UTILS, workspacesOf, type LockScenario } from './scenario.js';

export interface LockfileFormat {
  title: string;
  /** Repository path of the lockfile. */
  path: string;
  write(scenario: LockScenario): string;
  /** Breaks the text so it cannot be parsed, and the line where the parser finds the problem. */
  damage: { apply(text: string): string; line: number };
  /** False for yarn v1, which records no importers, so its root is compared only when the workspaces list it. */
  recordsRoot?: boolean;
}

/** Changed dependencies by affected package name, or the problem message. */
export function summarize(diff: LockfileDiff): Record<string, string[]> | string {
  if (!diff.ok) return diff.problem.message;
  return Object.fromEntries(diff.affected.map((workspace) => [workspace.name, workspace.changedDependencies]));
}

/** The cases that every lockfile format must pass, on the scenario of scenario.ts. */
export function describeLockfileFormat(format: LockfileFormat): void {
  describe(format.title, () => {
    const baseText = format.write(BASE_SCENARIO);

    function compare(head: Partial<LockScenario> | null, packages = [APP, DOCS, UTILS]): LockfileDiff {
      const scenario = { ...BASE_SCENARIO, ...head };
      return diffLockfile({
        path: format.path,
        base: baseText,
        head: head === null ? null : format.write(scenario),
        workspaces: workspacesOf(scenario, packages),
      });
    }

    it('reports nothing for an unchanged lockfile', () => {
      expect(summarize(compare({}))).toEqual({});
    });

    it('affects dependents of an updated package', () => {
      expect(summarize(compare({ lodash: '4.17.21' }))).toEqual({ '@acme/app': ['lodash'], '@acme/utils': ['lodash'] });
    });

    it('affects packages behind a changed integrity', () => {
      const republished = integrity('scheduler', '0.23.0-republished');

      expect(summarize(compare({ schedulerIntegrity: republished }))).toEqual({ '@acme/app': ['scheduler'] });
    });

    const recordsRoot = format.recordsRoot !== false;

    it('reports a root-only tool as the root', () => {
      expect(summarize(compare({ typescript: '5.5.2' }))).toEqual(recordsRoot ? { '': ['typescript'] } : {});
    });

    it('reports a listed root as the root', () => {
      expect(summarize(compare({ typescript: '5.5.2' }, [ROOT, APP, DOCS, UTILS]))).toEqual({ '': ['typescript'] });
    });

    it('affects a package with a new dependency', () => {
      expect(summarize(compare({ docsHighlight: true }))).toEqual({ '@acme/docs': ['highlight.js'] });
    });

    it('affects every package when the lockfile is removed', () => {
      const removed = summarize(compare(null));

      expect(Object.keys(removed)).toEqual([...(recordsRoot ? [''] : []), '@acme/app', '@acme/docs', '@acme/utils']);
    });

    it('reports a damaged lockfile with its position', () => {
      const diff = diffLockfile({
        path: format.path,
        base: baseText,
        head: format.damage.apply(baseText),
        workspaces: workspacesOf(BASE_SCENARIO),
      });

      expect(diff.ok).toBe(false);
      if (diff.ok) return;
      expect(diff.problem.file).toBe(format.path);
      expect(diff.problem.side).toBe('head');
      expect(diff.problem.line).toBe(format.damage.line);
      expect(diff.problem.message).toMatch(new RegExp(`^${format.path} at the head could not be read at line ${format.damage.line}`));
    });
  });
}
