import { formatCount } from '../report/count-text.js';
/** A problem found in one configuration layer, before it is tied to a file line or an override. */
export type PathSegment = string | number;

export interface ConfigIssue {
  /** Location of the offending value, as keys and list indexes from the document root. */
  path: PathSegment[];
  /** Description of the problem and the accepted values, as a sentence without the location. */
  message: string;
}

/** Renders a path as `coverage.paths[0].glob`. */
export function formatKeyPath(path: readonly PathSegment[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else text += text === '' ? segment : `.${segment}`;
  }
  return text === '' ? 'the top level' : text;
}

/** Maximum length of a string that a message quotes. A longer one is described by its length, so an error never dumps a file's content. */
const QUOTED_STRING_MAX_CHARACTERS = 60;

/** Renders a value for a message: short strings quoted, long strings, lists and mappings named, others as JSON. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string' && value.length > QUOTED_STRING_MAX_CHARACTERS) {
    return `a string of ${formatCount(value.length)} characters`;
  }
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** Returns the candidate nearest to `value` by edit distance, or undefined when none is close. */
export function nearestName(value: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  // More than about a third of the letters changed reads as a different word.
  const limit = Math.max(2, Math.floor(value.length / 3));
  return bestDistance <= limit ? best : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** Ends a sentence with a period unless it already ends with punctuation. */
export function endSentence(text: string): string {
  return /[.?!]$/.test(text) ? text : `${text}.`;
}
