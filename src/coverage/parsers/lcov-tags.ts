/**
 * Byte codes and record tags of the lcov tracefile format, and the helpers
 * that match them in a buffer without decoding it.
 */

export const COLON = 58;
export const COMMA = 44;
export const HASH = 35;
export const DASH = 45;
export const LF = 10;
export const CR = 13;
export const SPACE = 32;
export const TAB = 9;
export const D = 68;
export const A = 65;
export const B = 66;
export const R = 82;
export const F = 70;
export const N = 78;

/** Packs a record tag of up to four ASCII letters into one number, for a fast switch. */
function tagCode(tag: string): number {
  let code = 0;
  for (let i = 0; i < tag.length; i++) code = code * 256 + tag.charCodeAt(i);
  return code;
}

export const TAG = {
  TN: tagCode('TN'),
  SF: tagCode('SF'),
  VER: tagCode('VER'),
  FN: tagCode('FN'),
  FNDA: tagCode('FNDA'),
  FNF: tagCode('FNF'),
  FNH: tagCode('FNH'),
  FNL: tagCode('FNL'),
  FNA: tagCode('FNA'),
  BRDA: tagCode('BRDA'),
  BRF: tagCode('BRF'),
  BRH: tagCode('BRH'),
  DA: tagCode('DA'),
  LF: tagCode('LF'),
  LH: tagCode('LH'),
} as const;

const END_OF_RECORD = Buffer.from('end_of_record');

/**
 * Returns whether `buffer[start, end)` is `end_of_record`. The loop replaces
 * a call of `Buffer.prototype.compare`, whose JavaScript wrapper V8 compiled
 * with TurboFan in every run on the lcov input of bench/ (Node 20.20.2).
 */
export function isEndOfRecord(buffer: Buffer, start: number, end: number): boolean {
  if (end - start !== END_OF_RECORD.length) return false;
  for (let i = 0; i < END_OF_RECORD.length; i++) if (buffer[start + i] !== END_OF_RECORD[i]) return false;
  return true;
}

export function packTag(buffer: Buffer, start: number, end: number): number {
  let code = 0;
  for (let i = start; i < end; i++) code = code * 256 + buffer[i]!;
  return code;
}

const KNOWN_TAGS = new Set<number>(Object.values(TAG));

export function isKnownTag(tag: number): boolean {
  return KNOWN_TAGS.has(tag);
}
