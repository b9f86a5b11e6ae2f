/**
 * Sensitive paths: changed files that match the globs the repository marks
 * as sensitive (authentication, payments, database migrations, CI workflows).
 */

import picomatch from 'picomatch';
import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, listNames, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';

/**
 * Matching files at which the score is 0.63. It is 1 because one sensitive
 * file already deserves attention: one file scores 0.63, two 0.86 and
 * three 0.95.
 */
export const SENSITIVE_PATHS_SCALE = 1;

export interface SensitiveMatch {
  path: string;
  /** The first glob, in settings order, that matches the path. */
  glob: string;
}

/**
 * Lists the changed paths that match a glob, in the order of `paths`. Globs
 * use picomatch syntax and match names that start with a dot too, so
 * `config/**` also matches `config/.env`.
 */
export function findSensitivePaths(paths: readonly string[], globs: readonly string[]): SensitiveMatch[] {
  const matchers = globs.map((glob) => ({ glob, isMatch: picomatch(glob, { dot: true }) }));
  const matches: SensitiveMatch[] = [];
  for (const path of paths) {
    const matcher = matchers.find((candidate) => candidate.isMatch(path));
    if (matcher !== undefined) matches.push({ path, glob: matcher.glob });
  }
  return matches;
}

/** Measures how many changed paths match the sensitive globs. */
export function sensitivePathsFactor(paths: readonly string[], globs: readonly string[], weight: number): RiskFactor {
  const matches = findSensitivePaths(paths, globs);
  return weighFactor(
    {
      id: 'sensitivePaths',
      value: matches.length,
      unit: matches.length === 1 ? 'file' : 'files',
      score: saturatingScore(matches.length, SENSITIVE_PATHS_SCALE),
      detail: describe(matches, globs.length),
    },
    weight,
  );
}

function describe(matches: readonly SensitiveMatch[], globCount: number): string {
  if (globCount === 0) return 'No sensitive path globs are configured.';
  const first = matches[0];
  if (first === undefined) return 'No changed file matches a sensitive path glob.';
  const others = matches.length > 1 ? `; the others are ${listNames(matches.slice(1).map((match) => match.path))}` : '';
  const count = countOf(matches.length, 'changed file matches', 'changed files match');
  return `${count} a sensitive path glob: ${quoteName(first.path)} matches ${quoteName(first.glob)}${others}.`;
}
