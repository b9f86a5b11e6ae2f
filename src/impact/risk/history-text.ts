/**
 * Wording shared by the churn and authors details: the history window in
 * words, and the file with the most commits or authors.
 */

import type { PathHistory } from '../../git/history.js';
import { quoteName } from './detail-text.js';

/** Describes the window: `in the last 90 days` for a period such as `90 days` or `90 days ago`, else `since "2024-01-31"`. */
export function describeWindow(since: string): string {
  const period = /^\s*(\d+)\s+(day|week|month|year)s?(\s+ago)?\s*$/i.exec(since);
  if (period === null) return `since ${quoteName(since)}`;
  const count = Number(period[1]);
  const unit = period[2]!.toLowerCase();
  return count === 1 ? `in the last ${unit}` : `in the last ${count} ${unit}s`;
}

/** Returns the file with the largest `measure`, the first one on ties, or undefined for no files. */
export function busiestFile(files: readonly PathHistory[], measure: (file: PathHistory) => number): PathHistory | undefined {
  let busiest: PathHistory | undefined;
  for (const file of files) {
    if (busiest === undefined || measure(file) > measure(busiest)) busiest = file;
  }
  return busiest;
}
