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

/** Counts which of lower-case letters, upper-case letters, digits and other characters occur. */
export function characterClassCount(value: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
  return classes.filter((pattern) => pattern.test(value)).length;
}

/** Words that mark a value as a stand-in; matched case-insensitively anywhere in the value. */
const PLACEHOLDER_WORDS = [
  'example', 'xxxx', 'placeholder', 'changeme', 'change_me', 'your', 'dummy', 'sample', 'redacted', 'replace',
  'insert', 'todo', 'fixme', 'abc123', '****', '....', '<', '>', '${', '{{', '$(',
];

/** Python's `%(name)s` and Windows' `%NAME%` substitutions. */
const SUBSTITUTION = /%\([A-Za-z_]+\)s|^%[A-Za-z_][A-Za-z0-9_]*%$/;

/** Finds a placeholder word in a value, or returns null. Safe on whole tokens, whose fixed parts may repeat digits. */
export function placeholderWord(value: string): string | null {
  const lower = value.toLowerCase();
  const word = PLACEHOLDER_WORDS.find((candidate) => lower.includes(candidate));
  if (word !== undefined) return word;
  return SUBSTITUTION.exec(value)?.[0] ?? null;
}

/** Measures the maximum run of one repeated character (5 in `abbbbbc`). */
function longestRepeat(value: string): number {
  let longest = 0;
  let run = 0;
  for (let index = 0; index < value.length; index += 1) {
    run = index > 0 && value[index] === value[index - 1] ? run + 1 : 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** Measures the maximum run of characters that each follow the previous one in code order (`abcdef`, `123456`), up or down. */
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

/** Shortest run of equal or of consecutive characters that marks a stand-in such as `000000` or `abcdef`. */
const PLACEHOLDER_RUN = 6;

/**
 * Explains why a token-shaped value is a stand-in, or returns null when it
 * looks generated. A run of 6 equal or 6 consecutive characters occurs in a
 * random 64-character hex string with a probability of about one in ten
 * thousand, and far less often in base62, so real tokens pass.
 */
export function placeholderReason(value: string): string | null {
  const word = placeholderWord(value);
  if (word !== null) return `contains ${word}`;
  if (longestRepeat(value) >= PLACEHOLDER_RUN) return 'repeats one character';
  if (longestSequence(value) >= PLACEHOLDER_RUN) return 'contains a character sequence';
  return null;
}
