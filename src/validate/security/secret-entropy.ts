/**
 * Measures that separate generated secrets from placeholders and words:
 * Shannon entropy, character classes, runs and ascending sequences.
 */

/** Shannon entropy of the string's characters in bits per character: 0 for `aaaa`, log2(62) ≈ 5.95 at most for base62. */
export function shannonEntropy(value: string): number {
  if (value.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const character of value) counts.set(character, (counts.get(character) ?? 0) + 1);
  let entropy = 0;
  const length = [...value].length;
  for (const count of counts.values()) {
    const probability = count / length;
    entropy -= probability * Math.log2(probability);
  }
  return entropy;
}

/** How many of lower-case letters, upper-case letters, digits and other characters occur. */
export function characterClassCount(value: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((pattern) => pattern.test(value)).length;
}

/** Words that mark a value as a stand-in; matched case-insensitively anywhere in the value. */
const PLACEHOLDER_WORDS = [
  'example', 'xxxx', 'placeholder', 'changeme', 'change_me', 'your', 'dummy', 'sample', 'redacted', 'replace',
  'insert', 'todo', 'fixme', '****', '....', '<', '>', '${', '{{', '%(', '$(',
];

/** The longest run of one repeated character (5 in `abbbbbc`). */
function longestRepeat(value: string): number {
  let longest = 0;
  let run = 0;
  for (let index = 0; index < value.length; index += 1) {
    run = index > 0 && value[index] === value[index - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** The longest run of characters that each follow the previous one in code order (`abcdef`, `123456`), up or down. */
function longestSequence(value: string): number {
  let longest = 1;
  let up = 1;
  let down = 1;
  for (let index = 1; index < value.length; index += 1) {
    const step = value.charCodeAt(index) - value.charCodeAt(index - 1);
    up = step === 1 ? up + 1 : 1;
    down = step === -1 ? down + 1 : 1;
    longest = Math.max(longest, up, down);
  }
  return longest;
}

/**
 * The reason a token-shaped value is a stand-in, or null when it looks
 * generated. Thresholds: a run of 5 equal characters or 5 ascending ones
 * occurs in a random 40-character base62 string with a probability below
 * one in ten thousand, so real tokens pass.
 */
export function placeholderReason(value: string): string | null {
  const lower = value.toLowerCase();
  const word = PLACEHOLDER_WORDS.find((candidate) => lower.includes(candidate));
  if (word !== undefined) return `contains ${word}`;
  if (longestRepeat(value) >= 5) return 'repeats one character';
  if (longestSequence(value) >= 5) return 'contains a character sequence';
  return null;
}
