/**
 * Authors: how many distinct people wrote the commits that changed the
 * changed files in the history window. The factor assumes that code changed
 * by many people without a clear owner breaks more often.
 */

import type { FileHistory } from '../../git/history.js';
import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';
import { busiestFile, describeWindow } from './history-text.js';

/**
 * Authors beyond the first at which the score is 0.63. This is a chosen
 * calibration: one author scores 0, two 0.28, four 0.63 and ten 0.95. The
 * first author does not count, because every changed file has at least the
 * author of the change.
 */
export const AUTHORS_SCALE = 3;

/** Measures the distinct authors in the history. Null history contributes 0, as in `churnFactor`. */
export function authorsFactor(history: FileHistory | null, weight: number): RiskFactor {
  if (history === null) {
    return weighFactor(
      { id: 'authors', value: 0, unit: 'authors', score: 0, detail: 'Authors were not counted because no git history was read.' },
      weight,
    );
  }
  const authors = history.authors.length;
  return weighFactor(
    {
      id: 'authors',
      value: authors,
      unit: authors === 1 ? 'author' : 'authors',
      score: saturatingScore(authors - 1, AUTHORS_SCALE),
      detail: describe(history),
    },
    weight,
  );
}

function describe(history: FileHistory): string {
  const busiest = busiestFile(history.files, (file) => file.authors.length);
  const window = describeWindow(history.since);
  const shallow = history.shallow ? ' The clone is shallow, so older authors may be missing.' : '';
  if (busiest === undefined || busiest.authors.length === 0) return `No commit ${window} changed the changed files.${shallow}`;
  const total = `${countOf(history.authors.length, 'author', 'authors')} changed the changed files ${window}`;
  return `${total}; ${quoteName(busiest.path)} has the most (${countOf(busiest.authors.length, 'author', 'authors')}).${shallow}`;
}
