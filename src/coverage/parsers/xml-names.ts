/**
 * A table of element and attribute names already seen, so that a name that
 * repeats on every line of a report becomes a string once, and later
 * occurrences cost a hash and a byte comparison.
 */

const SLOT_COUNT = 1024;
/** Past this many names the table stops growing, so a report with millions of distinct names cannot fill memory through it. */
const MAX_ENTRIES = 512;

interface NameEntry {
  hash: number;
  bytes: Uint8Array;
  name: string;
}

export class NameTable {
  private readonly slots: (NameEntry | undefined)[] = new Array<NameEntry | undefined>(SLOT_COUNT).fill(undefined);
  private entryCount = 0;

  /**
   * Returns the name in `buffer[start, end)`, whose hash the caller computed
   * with `nextNameHash` over the same bytes.
   */
  lookup(buffer: Buffer, start: number, end: number, hash: number): string {
    const length = end - start;
    let slot = (hash ^ (hash >>> 11)) & (SLOT_COUNT - 1);
    for (;;) {
      const entry = this.slots[slot];
      if (entry === undefined) break;
      if (entry.hash === hash && entry.bytes.length === length && sameBytes(entry.bytes, buffer, start)) return entry.name;
      slot = (slot + 1) & (SLOT_COUNT - 1);
    }

    const name = buffer.toString('utf8', start, end);
    if (this.entryCount < MAX_ENTRIES) {
      this.slots[slot] = { hash, bytes: Uint8Array.prototype.slice.call(buffer, start, end), name };
      this.entryCount++;
    }
    return name;
  }
}

/** Adds one byte to a name's hash. */
export function nextNameHash(hash: number, b: number): number {
  return (Math.imul(hash, 31) + b) | 0;
}

function sameBytes(bytes: Uint8Array, buffer: Buffer, start: number): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] !== buffer[start + i]) return false;
  }
  return true;
}
