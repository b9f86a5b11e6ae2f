/**
 * Paths in git's byte output. Git stores a path as bytes, and TestMaster keeps
 * it as a string. A path that is valid UTF-8 becomes its decoded text, the same
 * string that `listFiles` returns. In a path that is not valid UTF-8, each byte
 * outside a valid sequence becomes the lone surrogate U+DC80 + (byte - 0x80),
 * the "surrogateescape" scheme of Python's PEP 383. So every path decodes to a
 * distinct string, and `encodeGitPath` gives git the exact bytes back.
 *
 * Such a string prints with U+FFFD replacement characters on a terminal, and
 * `JSON.stringify` writes the escapes as `\udcXX`, which `JSON.parse` reads back.
 */

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes one path from git's `-z` output; see the file comment for bytes that are not UTF-8. */
export function decodeGitPath(bytes: Uint8Array): string {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return decodeWithEscapes(bytes);
  }
}

/** Encodes a path from `decodeGitPath` back to the bytes git stores. */
export function encodeGitPath(path: string): Buffer {
  const parts: Buffer[] = [];
  let runStart = 0;
  for (let index = 0; index < path.length; index++) {
    if (!isEscapedByte(path, index)) continue;
    parts.push(Buffer.from(path.slice(runStart, index), 'utf8'), Buffer.of(path.charCodeAt(index) - ESCAPE_OFFSET));
    runStart = index + 1;
  }
  if (parts.length === 0) return Buffer.from(path, 'utf8');
  parts.push(Buffer.from(path.slice(runStart), 'utf8'));
  return Buffer.concat(parts);
}

/**
 * Quotes a path the way git's `unquote_c_style` reads it, as in the input of
 * `git hash-object --stdin-paths`: inside double quotes, with `"` and `\`
 * escaped and every byte outside printable ASCII written as a 3-digit octal
 * escape. A quoted line may then contain any path, even one with a newline.
 */
export function quoteGitPath(path: string): string {
  let quoted = '"';
  for (const byte of encodeGitPath(path)) {
    if (byte === 0x22 || byte === 0x5c) quoted += `\\${String.fromCharCode(byte)}`;
    else if (byte >= 0x20 && byte < 0x7f) quoted += String.fromCharCode(byte);
    else quoted += `\\${byte.toString(8).padStart(3, '0')}`;
  }
  return `${quoted}"`;
}

/** Splits NUL-terminated `-z` output into its fields; a missing final NUL still ends the last field. */
export function splitNulFields(output: Buffer): Buffer[] {
  const fields: Buffer[] = [];
  let start = 0;
  while (start < output.length) {
    let end = output.indexOf(0, start);
    if (end < 0) end = output.length;
    fields.push(output.subarray(start, end));
    start = end + 1;
  }
  return fields;
}

/**
 * Splits `-z` output into fields as `splitNulFields` does, and decodes each
 * field as `decodeGitPath` does. A NUL byte cannot fall inside a UTF-8
 * sequence, so when the whole output is valid UTF-8 every field is too, and
 * one decode of the output serves all fields. That is the common case, and
 * several times faster than a decode per field on the 10,000 records of a
 * large index. Output with a byte that is not UTF-8 is decoded field by field.
 */
export function decodeNulFields(output: Buffer): string[] {
  let text: string;
  try {
    text = strictDecoder.decode(output);
  } catch {
    return splitNulFields(output).map(decodeGitPath);
  }
  if (text.length === 0) return [];
  const fields = text.split('\0');
  if (text.endsWith('\0')) fields.pop();
  return fields;
}

/** Checks whether a path from `decodeGitPath` has bytes that are not valid UTF-8. Node encodes child process arguments as UTF-8, so it cannot pass such bytes. */
export function hasEscapedBytes(path: string): boolean {
  for (let index = 0; index < path.length; index++) if (isEscapedByte(path, index)) return true;
  return false;
}

/**
 * Writes a pathspec for a path with escaped bytes, which Node cannot pass as
 * an argument: glob magic, with each escaped byte as `?` (one byte, never
 * `/`) and the glob characters of the rest escaped. It may match a few other
 * files that differ only in those bytes, so callers keep only the exact
 * paths from git's output.
 */
export function bytePatternPathspec(path: string): string {
  let pattern = '';
  for (let index = 0; index < path.length; index++) {
    const character = path[index]!;
    if (isEscapedByte(path, index)) pattern += '?';
    else pattern += '*?[\\'.includes(character) ? `\\${character}` : character;
  }
  return `:(top,glob)${pattern}`;
}

/** `0xdc80 - 0x80`: adding it maps bytes 0x80..0xff to U+DC80..U+DCFF. */
const ESCAPE_OFFSET = 0xdc00;

/** Checks whether the code unit at `index` is an escaped byte and not the low half of a surrogate pair. */
function isEscapedByte(path: string, index: number): boolean {
  const unit = path.charCodeAt(index);
  if (unit < 0xdc80 || unit > 0xdcff) return false;
  const previous = index > 0 ? path.charCodeAt(index - 1) : 0;
  return previous < 0xd800 || previous > 0xdbff;
}

function decodeWithEscapes(bytes: Uint8Array): string {
  let text = '';
  let runStart = 0;
  let index = 0;
  while (index < bytes.length) {
    const length = validSequenceLength(bytes, index);
    if (length > 0) {
      index += length;
      continue;
    }
    text += strictDecoder.decode(bytes.subarray(runStart, index));
    text += String.fromCharCode(ESCAPE_OFFSET + bytes[index]!);
    index++;
    runStart = index;
  }
  return text + strictDecoder.decode(bytes.subarray(runStart));
}

/**
 * Length of the well-formed UTF-8 sequence that starts at `index`, or 0 when
 * the byte there starts none. The byte ranges are those of table 3-7 of the
 * Unicode Standard, which exclude overlong forms, surrogates and code points
 * above U+10FFFF.
 */
function validSequenceLength(bytes: Uint8Array, index: number): number {
  const first = bytes[index]!;
  if (first < 0x80) return 1;
  const inRange = (offset: number, low: number, high: number): boolean => {
    const byte = bytes[index + offset];
    return byte !== undefined && byte >= low && byte <= high;
  };
  if (first >= 0xc2 && first <= 0xdf) return inRange(1, 0x80, 0xbf) ? 2 : 0;
  if (first >= 0xe0 && first <= 0xef) {
    const low = first === 0xe0 ? 0xa0 : 0x80;
    const high = first === 0xed ? 0x9f : 0xbf;
    return inRange(1, low, high) && inRange(2, 0x80, 0xbf) ? 3 : 0;
  }
  if (first >= 0xf0 && first <= 0xf4) {
    const low = first === 0xf0 ? 0x90 : 0x80;
    const high = first === 0xf4 ? 0x8f : 0xbf;
    return inRange(1, low, high) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
  }
  return 0;
}
