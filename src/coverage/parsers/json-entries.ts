/**
 * Streams the members of a JSON object whose values are read one at a time,
 * such as the map of file paths in Istanbul reports.
 *
 * Each member value is read from one contiguous buffer. When a value runs past
 * the bytes received so far, the driver keeps the unread bytes, waits until it
 * has at least twice as many and reads the value again. Memory is therefore
 * bounded by the largest member value, which `skip` avoids for values that are
 * not needed: those are skipped byte by byte across chunks.
 */
import { ReportError } from '../../errors.js';
import { JSON_BYTES, JsonCursor, NEED_MORE } from './json-cursor.js';
import type { ReportInput } from './types.js';

/** Action the driver takes on a member after the visitor has seen its key. */
export type MemberAction = 'parsed' | 'skip' | 'descend';

export interface MemberVisitor {
  /**
   * Handles the member `key` of an object `depth` levels below the root, with
   * the cursor at its value. Returns `parsed` after reading the whole value,
   * `skip` to have it skipped, or `descend` to visit the members of the
   * object it contains. A visitor may be called again for the same member
   * when the value was not complete, so it must store results only after
   * reading the whole value.
   */
  visitMember(key: string, depth: number, cursor: JsonCursor): MemberAction;
}

const enum Phase {
  Root,
  FirstMember,
  NextMember,
  Skipping,
  Done,
}

/** Bytes of a skipped container whose end has not arrived yet. */
interface SkipState {
  depth: number;
  inString: boolean;
  escaped: boolean;
}

class MemberWalker {
  private phase = Phase.Root;
  private depth = 0;
  private readonly skip: SkipState = { depth: 0, inString: false, escaped: false };

  constructor(private readonly visitor: MemberVisitor) {}

  get done(): boolean {
    return this.phase === Phase.Done;
  }

  /** Reads one member, or one step of a skip; returns true once the root object is closed. */
  step(cursor: JsonCursor): boolean {
    switch (this.phase) {
      case Phase.Root:
        cursor.skipByteOrderMark();
        if (cursor.peek() !== JSON_BYTES.OPEN_BRACE) cursor.fail(`expected a JSON object but found ${cursor.describeNext()}`);
        cursor.pos++;
        this.depth = 1;
        this.phase = Phase.FirstMember;
        return false;
      case Phase.FirstMember:
        if (cursor.peek() === JSON_BYTES.CLOSE_BRACE) {
          cursor.pos++;
          return this.closeObject();
        }
        this.readMember(cursor);
        return false;
      case Phase.NextMember:
        if (!cursor.nextMember()) return this.closeObject();
        this.readMember(cursor);
        return false;
      case Phase.Skipping:
        this.continueSkip(cursor);
        return false;
      case Phase.Done:
        return true;
    }
  }

  private closeObject(): boolean {
    this.depth--;
    this.phase = this.depth === 0 ? Phase.Done : Phase.NextMember;
    return this.depth === 0;
  }

  private readMember(cursor: JsonCursor): void {
    const key = cursor.readString();
    cursor.expect(58);
    const first = cursor.peek();
    const action = this.visitor.visitMember(key, this.depth - 1, cursor);
    if (action === 'parsed') {
      this.phase = Phase.NextMember;
    } else if (action === 'descend') {
      if (first !== JSON_BYTES.OPEN_BRACE) cursor.fail(`expected an object as the value of ${JSON.stringify(key)}`);
      cursor.pos++;
      this.depth++;
      this.phase = Phase.FirstMember;
    } else if (first === JSON_BYTES.OPEN_BRACE || first === JSON_BYTES.OPEN_BRACKET) {
      this.skip.depth = 0;
      this.skip.inString = false;
      this.skip.escaped = false;
      this.phase = Phase.Skipping;
      cursor.checkpoint = cursor.pos;
    } else {
      cursor.skipValue();
      this.phase = Phase.NextMember;
    }
  }

  /** Skips container bytes, keeping progress across chunks so a large skipped value is never buffered whole. */
  private continueSkip(cursor: JsonCursor): void {
    const buffer = cursor.buffer;
    const end = buffer.length;
    const skip = this.skip;
    let pos = cursor.pos;
    while (pos < end) {
      const byte = buffer[pos++]!;
      if (skip.inString) {
        if (skip.escaped) skip.escaped = false;
        else if (byte === JSON_BYTES.BACKSLASH) skip.escaped = true;
        else if (byte === JSON_BYTES.QUOTE) skip.inString = false;
      } else if (byte === JSON_BYTES.QUOTE) {
        skip.inString = true;
      } else if (byte === JSON_BYTES.OPEN_BRACE || byte === JSON_BYTES.OPEN_BRACKET) {
        skip.depth++;
      } else if (byte === JSON_BYTES.CLOSE_BRACE || byte === JSON_BYTES.CLOSE_BRACKET) {
        skip.depth--;
        if (skip.depth === 0) {
          cursor.pos = pos;
          this.phase = Phase.NextMember;
          return;
        }
      }
    }
    cursor.pos = pos;
    cursor.checkpoint = pos;
    cursor.needMore();
  }
}

/** Runs steps until the input runs out; returns false when more bytes are needed. */
function runSteps(walker: MemberWalker, cursor: JsonCursor): boolean {
  for (;;) {
    cursor.checkpoint = cursor.pos;
    try {
      if (walker.step(cursor)) return true;
    } catch (error) {
      if (error !== NEED_MORE) throw error;
      cursor.pos = cursor.checkpoint;
      return false;
    }
  }
}

/** Rejects anything but whitespace after the root object. */
function checkTrailingBytes(cursor: JsonCursor, buffer: Buffer, from: number): void {
  for (let i = from; i < buffer.length; i++) {
    const byte = buffer[i]!;
    if (byte !== 32 && byte !== 10 && byte !== 13 && byte !== 9) {
      throw new ReportError(
        cursor.source,
        { offset: cursor.base + i },
        'unexpected content after the end of the JSON object',
        'The file must hold exactly one JSON object; check that two reports were not concatenated',
      );
    }
  }
}

/** Walks the root object of the input, calling `visitor` for its members. */
export async function visitJsonMembers(input: ReportInput, visitor: MemberVisitor): Promise<void> {
  const cursor = new JsonCursor(input.source);
  const walker = new MemberWalker(visitor);
  let wanted = 0;
  let byteCount = 0;

  for await (const chunk of input.chunks) {
    if (chunk.length === 0) continue;
    byteCount += chunk.length;
    if (walker.done) {
      checkTrailingBytes(cursor, chunk, 0);
      cursor.base += chunk.length;
      continue;
    }
    cursor.append(chunk);
    if (cursor.retained < wanted) continue;

    if (runSteps(walker, cursor)) {
      checkTrailingBytes(cursor, cursor.buffer, cursor.pos);
      cursor.base += cursor.buffer.length;
      cursor.buffer = Buffer.alloc(0);
      cursor.pos = cursor.checkpoint = 0;
    } else {
      wanted = 2 * cursor.retained;
    }
  }

  if (byteCount === 0) {
    throw new ReportError(input.source, undefined, 'the file is empty', 'Check that the tests ran with coverage enabled and wrote the report');
  }
  if (walker.done) return;
  cursor.atEnd = true;
  if (runSteps(walker, cursor)) {
    checkTrailingBytes(cursor, cursor.buffer, cursor.pos);
    return;
  }
  cursor.needMore();
}
