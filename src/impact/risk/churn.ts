/**
 * Churn: how many commits changed the changed files in the history window.
 * The factor assumes that files that change often are more likely to break
 * and that a change to them is more likely to collide with other work.
 */

import type { FileHistory } from '../../git/history.js';
import type { RiskFactor } from '../model.js';
import { saturatingScore } from './curve.js';
import { countOf, quoteName } from './detail-text.js';
import { weighFactor } from './factor.js';
import { busiestFile, describeWindow } from './history-text.js';

/**
 * Commits at which the score is 0.63. This is a chosen calibration for
 * `DEFAULT_HISTORY_WINDOW`, 90 days: 5 commits score 0.28, 15 score 0.63 and 45
 * score 0.95. Commits of the change itself count too, so a new file scores
 * above 0.
 */
export const CHURN_SCALE = 15;

/**
 * Measures the distinct commits that changed any changed file. Null history
 * means it was not read (no git history, or the caller skipped it), and the
 * factor then contributes 0.
 */
export function churnFactor(history: FileHistory | null, weight: number): RiskFactor {
  if (history === null) {
    return weighFactor({ id: 'churn', value: 0, unit: 'commits', score: 0, detail: 'Churn was not measured because no git history was read.' }, weight);
  }
  return weighFactor(
    {
      id: 'churn',
      value: history.commits,
      unit: history.commits === 1 ? 'commit' : 'commits',
      score: saturatingScore(history.commits, CHURN_SCALE),
      detail: describe(history),
    },
    weight,
  );
}

function describe(history: FileHistory): string {
  const busiest = busiestFile(history.files, (file) => file.commits);
  const window = describeWindow(history.since);
  const shallow = history.shallow ? ' The clone is shallow, so older commits may be missing.' : '';
  if (busiest === undefined || busiest.commits === 0) return `No commit ${window} changed the changed files.${shallow}`;
  const total = `${countOf(history.commits, 'commit', 'commits')} ${window} changed the changed files`;
  return `${total}; ${quoteName(busiest.path)} changed most often (${countOf(busiest.commits, 'commit', 'commits')}).${shallow}`;
}

