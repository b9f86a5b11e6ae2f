/**
 * One monorepo, written as a lockfile of each format by the builders next to
 * this file. `@acme/app` depends on the workspace package `@acme/utils` and on
 * react-dom (react, scheduler, loose-envify, js-tokens). `@acme/utils` depends
 * on lodash, `@acme/docs` on marked. The root has typescript as a dev tool
 * that no workspace package depends on.
 */
import type { LockfileWorkspace } from '../../../../src/impact/change/lockfile-diff.js';

export interface LockScenario {
  lodash: string;
  /** Integrity of scheduler 0.23.0, for a republished package with the same version. */
  schedulerIntegrity: string;
  typescript: string;
  /** Whether `@acme/docs` also depends on highlight.js. */
  docsHighlight: boolean;
}

/** Builds a fake but well-formed SRI hash, distinct for each name and version. */
export function integrity(name: string, version: string): string {
  return `sha512-${Buffer.from(`${name}@${version}`.padEnd(48, '.')).toString('base64')}`;
}

/** Builds a fake Yarn Berry checksum (cache key prefix and hex digest). */
export function berryChecksum(name: string, version: string): string {
  return `10c0/${Buffer.from(`${name}@${version}`.padEnd(32, '.')).toString('hex')}`;
}

export const BASE_SCENARIO: LockScenario = {
  lodash: '4.17.20',
  schedulerIntegrity: integrity('scheduler', '0.23.0'),
  typescript: '5.4.5',
  docsHighlight: false,
};

export const APP = { name: '@acme/app', folder: 'packages/app' };
export const DOCS = { name: '@acme/docs', folder: 'packages/docs' };
export const UTILS = { name: '@acme/utils', folder: 'packages/utils' };
export const ROOT = { name: 'acme', folder: '' };

/** Ranges from each workspace package.json, which yarn v1 lockfiles need. */
export function manifestRanges(scenario: LockScenario): Record<string, Record<string, string>> {
  return {
    '': { typescript: '^5.4.0' },
    'packages/app': { '@acme/utils': '0.1.0', react: '^18.2.0', 'react-dom': '^18.2.0' },
    'packages/docs': { marked: '^12.0.0', ...(scenario.docsHighlight ? { 'highlight.js': '^11.9.0' } : {}) },
    'packages/utils': { lodash: '^4.17.20' },
  };
}

/** Lists the workspace packages with the ranges of `scenario`. */
export function workspacesOf(
  scenario: LockScenario,
  packages: readonly { name: string; folder: string }[] = [APP, DOCS, UTILS],
): LockfileWorkspace[] {
  const ranges = manifestRanges(scenario);
  return packages.map((workspace) => ({ ...workspace, dependencies: ranges[workspace.folder] ?? {} }));
}
