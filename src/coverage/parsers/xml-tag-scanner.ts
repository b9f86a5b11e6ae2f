/** The layer of the byte-level XML scanner that reads start and end tags and their attributes. */

import {
  AMPERSAND,
  APOSTROPHE,
  CR,
  decodeSequence,
  EQUALS,
  GT,
  isExcludedNonCharacter,
  isNameCodePoint,
  isNameStartCodePoint,
  LF,
  LT,
  NAME_BYTE,
  NAME_START_BYTE,
  QUOTE,
  sequenceLength,
  SLASH,
  SPACE,
  TAB,
} from './xml-chars.js';
import { nextNameHash } from './xml-names.js';
import { EPILOG, IN_ROOT } from './xml-scan-state.js';
import { AttributeList, ScannedTag, VALUE_HAS_NON_ASCII, VALUE_HAS_REFERENCE, VALUE_HAS_WHITESPACE } from './xml-tag.js';
import { XmlTextScanner } from './xml-text-scanner.js';

/** `VALUE_BYTE[b]` is 0 for a byte that an attribute value may contain as it is, 1 for one that needs a closer look. */
const VALUE_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  VALUE_BYTE[b] = b < SPACE || b >= 0x80 || b === QUOTE || b === APOSTROPHE || b === AMPERSAND || b === LT ? 1 : 0;
}

export class XmlTagScanner extends XmlTextScanner {
  /** Scans a name at `p`. Returns the index after it and sets `nameHash`, or returns -1 when the buffer ends first. */
  protected scanName(p: number): number {
    const { buffer, end } = this;
    let hash = 0;
    const start = p;
    while (p < end) {
      const b = buffer[p]!;
      const kind = p === start ? NAME_START_BYTE[b]! : NAME_BYTE[b]!;
      if (kind === 1) {
        hash = nextNameHash(hash, b);
        p++;
        continue;
      }
      if (kind === 0) {
        if (p === start) this.fail('invalid character at the start of a name', p + 1);
        this.nameHash = hash;
        return p;
      }
      const length = sequenceLength(buffer, p, end);
      if (length === 0) return -1;
      const code = decodeSequence(buffer, p, length);
      this.lineContinuations += length - 1;
      if (code < 0 || !(p === start ? isNameStartCodePoint(code) : isNameCodePoint(code))) {
        this.fail('invalid character in a name', p + length);
      }
      for (let k = 0; k < length; k++) hash = nextNameHash(hash, buffer[p + k]!);
      p += length;
    }
    return -1;
  }

  protected skipSpace(p: number): number {
    const { buffer, end } = this;
    for (; p < end; p++) {
      const b = buffer[p]!;
      if (b === SPACE || b === TAB) continue;
      if (b === LF || b === CR) {
        this.newline(p, b);
        continue;
      }
      break;
    }
    return p;
  }

  /** Scans a start tag, calls the handlers, and returns the index after its `>`. */
  protected startTag(i: number): number {
    const { buffer, end } = this;
    if (this.stage === EPILOG) this.fail('a second root element follows the root element, but a document has one', i + 2);
    const nameEnd = this.scanName(i + 1);
    if (nameEnd < 0) return -1;
    const name = this.names.lookup(buffer, i + 1, nameEnd, this.nameHash);

    const list = this.attributes;
    list.reset(buffer);
    const generation = list.generation;
    let p = nameEnd;
    let isSelfClosing = false;
    for (;;) {
      const spaceStart = p;
      p = this.skipSpace(p);
      if (p >= end) return -1;
      const b = buffer[p]!;
      if (b === GT) break;
      if (b === SLASH) {
        if (p + 1 >= end) return -1;
        if (buffer[p + 1] !== GT) this.fail('expected ">" after "/" in a start tag', p + 2);
        isSelfClosing = true;
        p++;
        break;
      }
      if (p === spaceStart) this.fail('attributes must be separated by whitespace', p + 1);
      p = this.attribute(p, list);
      if (p < 0) return -1;
    }

    const tag = new ScannedTag(name, isSelfClosing, list, generation);
    this.eventEnd = this.base + p + 1;
    if (this.stage !== IN_ROOT) {
      this.stage = IN_ROOT;
      this.events.root(tag);
    }
    this.events.openTag(tag);
    if (isSelfClosing) {
      this.events.closeTag(tag);
      if (this.stack.length === 0) this.stage = EPILOG;
    } else {
      // Decoded now, because the buffer will have been reused by the time the end tag arrives.
      if (list.count > 0) void tag.attributes;
      this.stack.push(tag);
    }
    return p + 1;
  }

  /** Scans `name="value"` at `p` into `list`. Returns the index after the closing quote, or -1 when the buffer ends first. */
  protected attribute(p: number, list: AttributeList): number {
    const { buffer, end } = this;
    const nameStart = p;
    p = this.scanName(p);
    if (p < 0) return -1;
    const name = this.names.lookup(buffer, nameStart, p, this.nameHash);
    p = this.skipSpace(p);
    if (p >= end) return -1;
    if (buffer[p] !== EQUALS) this.fail(`attribute "${name}" has no value: expected "="`, p + 1);
    p = this.skipSpace(p + 1);
    if (p >= end) return -1;
    const quote = buffer[p]!;
    if (quote !== QUOTE && quote !== APOSTROPHE) this.fail('unquoted attribute value', p + 1);

    const valueStart = p + 1;
    let flags = 0;
    let q = valueStart;
    for (; q < end; q++) {
      const b = buffer[q]!;
      if (VALUE_BYTE[b] === 0) continue;
      if (b === quote) break;
      if (b === QUOTE || b === APOSTROPHE) continue;
      if (b === AMPERSAND) {
        const next = this.reference(q);
        if (next < 0) return -1;
        flags |= VALUE_HAS_REFERENCE;
        q = next - 1;
      } else if (b === LT) {
        this.fail('"<" in an attribute value, which XML allows only as "&lt;"', q + 1);
      } else if (b === TAB || b === LF || b === CR) {
        if (b !== TAB) this.newline(q, b);
        flags |= VALUE_HAS_WHITESPACE;
      } else if (b >= 0x80) {
        const length = sequenceLength(buffer, q, end);
        if (length === 0) return -1;
        if (isExcludedNonCharacter(buffer, q, length)) this.fail('disallowed character', q + 1);
        this.lineContinuations += length - 1;
        q += length - 1;
        flags |= VALUE_HAS_NON_ASCII;
      } else {
        this.fail('disallowed character', q + 1);
      }
    }
    if (q >= end) return -1;
    if (!list.add(name, valueStart, q, flags)) this.fail(`duplicate attribute "${name}"`, q + 1);
    return q + 1;
  }

  /** Scans an end tag, checks that it closes the innermost open element, and calls the handler. */
  protected endTag(i: number): number {
    const { buffer, end } = this;
    const nameEnd = this.scanName(i + 2);
    if (nameEnd < 0) return -1;
    const p = this.skipSpace(nameEnd);
    if (p >= end) return -1;
    if (buffer[p] !== GT) this.fail('expected ">" to end the end tag', p + 1);
    const name = this.names.lookup(buffer, i + 2, nameEnd, this.nameHash);
    const tag = this.stack[this.stack.length - 1];
    if (tag === undefined || tag.name !== name) this.fail('unexpected close tag', p + 1);

    this.eventEnd = this.base + p + 1;
    this.stack.pop();
    this.events.closeTag(tag);
    if (this.stack.length === 0) this.stage = EPILOG;
    return p + 1;
  }
}
