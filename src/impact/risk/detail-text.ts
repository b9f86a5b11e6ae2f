/**
 * Wording of factor details: counts with their noun, and names in double
 * quotes, in the visible form of `displayText`, so a name with spaces,
 * quotes or a line break reads as one value in every renderer.
 */
import { quoteName } from '../display-text.js';

export { quoteName } from '../display-text.js';
export { countOf } from '../../report/count-text.js';
import { formatCount } from '../../report/count-text.js';


/** Joins up to `max` quoted names with commas and `and`, followed by `and N more` when some are left out. */
export function listNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map(quoteName);
  const hidden = names.length - shown.length;
  if (hidden > 0) return `${shown.join(', ')} and ${formatCount(hidden)} more`;
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}
