/**
 * Function names of one file as UTF-8 bytes in a shared block, decoded when
 * read.
 *
 * A 100 MB lcov report names about 600,000 functions. As strings, with an
 * array slot each, they took about 25 MiB of the JavaScript heap for the
 * whole parse, and that live heap also raised how much garbage V8 let pile up
 * before it collected. As bytes they take about a third of that, outside the
 * heap.
 */
import type { ColumnArena } from './columns.js';
import { narrowCopy, type CountArray } from './count-arrays.js';

export class NameColumn {
  /**
   * `ends[i]` is the byte offset where name `i` ends in `bytes`; the name
   * starts where name `i - 1` ends. `strings` contains the names themselves
   * instead when one of them cannot be stored as UTF-8 exactly.
   */
  private constructor(
    private readonly bytes: Uint8Array,
    private readonly ends: CountArray,
    private readonly strings: readonly string[] | null,
  ) {}

  /**
   * `bytes` as a Buffer, for decoding, created on the first `at`. A gate
   * reads no function names, and a Buffer per file would be one more object
   * for the garbage collector to copy while a large report is parsed.
   */
  private decoder: Buffer | null = null;

  /** Stores `names[0, count)`, in `arena` when one is given. */
  static pack(names: readonly string[], count: number, arena?: ColumnArena): NameColumn {
    const ends = new Array<number>(count);
    let byteCount = 0;
    for (let i = 0; i < count; i++) {
      const length = utf8Length(names[i]!);
      // A lone surrogate, possible from a JSON \ud800 escape, would not come back from UTF-8.
      if (length < 0) return new NameColumn(Buffer.alloc(0), new Uint8Array(0), names.slice(0, count));
      byteCount += length;
      ends[i] = byteCount;
    }

    const view = arena ? arena.reserve(Uint8Array, byteCount) : new Uint8Array(byteCount);
    const bytes = Buffer.from(view.buffer, view.byteOffset, byteCount);
    let start = 0;
    for (let i = 0; i < count; i++) {
      writeName(bytes, names[i]!, start, ends[i]!);
      start = ends[i]!;
    }
    return new NameColumn(bytes, arena ? arena.pack(ends, count) : narrowCopy(ends, count), null);
  }

  /**
   * Stores names given as UTF-8 bytes: name `i` is `source[ends[i - 1], ends[i])`,
   * and the first one starts at 0. The bytes must be valid UTF-8, or `at`
   * returns other text than they encode.
   */
  static packBytes(source: Buffer, ends: ArrayLike<number>, count: number, arena?: ColumnArena): NameColumn {
    const byteCount = count === 0 ? 0 : ends[count - 1]!;
    const bytes = arena ? (arena.reserve(Uint8Array, byteCount) as Uint8Array) : new Uint8Array(byteCount);
    bytes.set(source.subarray(0, byteCount));
    return new NameColumn(bytes, arena ? arena.pack(ends, count) : narrowCopy(ends, count), null);
  }

  /** Reads names from UTF-8 `bytes` that a caller filled, where name `i` ends at `ends[i]` (see `packBytes`). */
  static ofBytes(bytes: Uint8Array, ends: CountArray): NameColumn {
    return new NameColumn(bytes, ends, null);
  }

  get length(): number {
    return this.strings ? this.strings.length : this.ends.length;
  }

  at(index: number): string {
    if (this.strings) return this.strings[index]!;
    const start = index === 0 ? 0 : this.ends[index - 1]!;
    const bytes = this.bytes;
    this.decoder ??= Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return this.decoder.toString('utf8', start, this.ends[index]!);
  }
}

/** Returns the UTF-8 length of `text`, or -1 when it contains a lone surrogate. */
function utf8Length(text: string): number {
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) length += 1;
    else if (code < 0x800) length += 2;
    else if (code < 0xd800 || code > 0xdfff) length += 3;
    else if (code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      length += 4;
      i++;
    } else return -1;
  }
  return length;
}

/** Writes `name` into `bytes[start, end)`, where `end - start` is its UTF-8 length. */
function writeName(bytes: Buffer, name: string, start: number, end: number): void {
  if (end - start !== name.length) {
    bytes.write(name, start, end - start, 'utf8');
    return;
  }
  // ASCII: copying in a loop avoids a native call per name.
  for (let i = 0; i < name.length; i++) bytes[start + i] = name.charCodeAt(i);
}
