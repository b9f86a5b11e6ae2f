/** The layer of the byte-level XML scanner that reads character data and references. */

import { AMPERSAND, CR, GT, HASH, isControl, isExcludedNonCharacter, LF, LT, NAME_BYTE, SEMICOLON, sequenceLength, SPACE, TAB } from './xml-chars.js';
import { referenceCodePoint } from './xml-references.js';
import { XmlSyntaxError } from './xml-syntax-error.js';
import { XmlScanState } from './xml-scan-state.js';

// Byte classes of character data inside the root element.
const TEXT_PLAIN = 0;
const TEXT_LT = 1;
const TEXT_NEWLINE = 2;
const TEXT_AMPERSAND = 3;
const TEXT_BRACKET = 4;
const TEXT_GT = 5;
const TEXT_NON_ASCII = 6;
const TEXT_CONTROL = 7;

const TEXT_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
  if (b >= 0x80) TEXT_BYTE[b] = TEXT_NON_ASCII;
  else if (b === LT) TEXT_BYTE[b] = TEXT_LT;
  else if (b === LF || b === CR) TEXT_BYTE[b] = TEXT_NEWLINE;
  else if (b === AMPERSAND) TEXT_BYTE[b] = TEXT_AMPERSAND;
  else if (b === 0x5d) TEXT_BYTE[b] = TEXT_BRACKET;
  else if (b === GT) TEXT_BYTE[b] = TEXT_GT;
  else if (isControl(b)) TEXT_BYTE[b] = TEXT_CONTROL;
}

export class XmlTextScanner extends XmlScanState {
  /** Scans character data inside the root element up to the next `<`, collecting it when the reader asks for text. */
  protected text(start: number): number {
    const { buffer, end } = this;
    const capturing = this.captured !== undefined;
    let brackets = this.textBrackets;
    let segment = start;
    let i = start;
    for (; i < end; i++) {
      const b = buffer[i]!;
      const kind = TEXT_BYTE[b]!;
      if (kind === TEXT_PLAIN) {
        brackets = 0;
        continue;
      }
      if (kind === TEXT_LT) break;
      if (kind === TEXT_NEWLINE) {
        if (capturing && (b === CR || this.crEnd === this.base + i)) {
          // Line breaks are normalised: CR LF and a lone CR become LF.
          this.captured += buffer.toString('utf8', segment, i) + (b === CR ? '\n' : '');
          segment = i + 1;
        }
        this.newline(i, b);
        brackets = 0;
      } else if (kind === TEXT_AMPERSAND) {
        const next = this.reference(i);
        if (next < 0) break;
        if (capturing) this.captured += buffer.toString('utf8', segment, i) + String.fromCodePoint(this.referenceCode);
        segment = next;
        i = next - 1;
        brackets = 0;
      } else if (kind === TEXT_BRACKET) {
        brackets++;
      } else if (kind === TEXT_GT) {
        if (brackets >= 2) this.fail('the text contains "]]>", which XML allows only to close a CDATA section', i + 1);
        brackets = 0;
      } else if (kind === TEXT_NON_ASCII) {
        const length = sequenceLength(buffer, i, end);
        if (length === 0) break;
        if (isExcludedNonCharacter(buffer, i, length)) this.fail('disallowed character', i + 1);
        this.lineContinuations += length - 1;
        i += length - 1;
        brackets = 0;
      } else {
        this.fail('disallowed character', i + 1);
      }
    }
    if (capturing && segment < i) this.captured += buffer.toString('utf8', segment, i);
    this.textBrackets = brackets;
    return i;
  }

  /** Scans the whitespace before and after the root element, where no text may appear. */
  protected outsideText(i: number): number {
    const { buffer, end } = this;
    for (; i < end; i++) {
      const b = buffer[i]!;
      if (b === SPACE || b === TAB) continue;
      if (b === LF || b === CR) {
        this.newline(i, b);
        continue;
      }
      if (b === LT) break;
      if (this.base + i === this.documentStart && b >= 0x80 && (b < 0xc2 || b > 0xf4)) {
        throw new XmlSyntaxError('not-utf8', 'the file does not start with UTF-8 text', { line: 1, column: 1 });
      }
      if (isControl(b)) this.fail('disallowed character', i + 1);
      this.fail('text data outside of root node', i + 1);
    }
    return i;
  }

  /** Scans `&...;` at `i`. Returns the index after the `;` and sets `referenceCode`, or returns -1 when the buffer ends first. */
  protected reference(i: number): number {
    const { buffer, end } = this;
    let p = i + 1;
    for (; p < end; p++) {
      const b = buffer[p]!;
      if (b === SEMICOLON) break;
      if (NAME_BYTE[b] === 0 && b !== HASH) {
        this.countContinuations(i, p + 1);
        this.fail('invalid entity or character reference, which must be "&name;" or "&#number;"', p + 1);
      }
    }
    if (p >= end) return -1;
    const code = p === i + 1 ? -1 : referenceCodePoint(buffer, i + 1, p);
    if (code < 0) {
      this.countContinuations(i, p);
      if (buffer[i + 1] !== HASH && p > i + 1) throw this.error('undefined-entity', 'undefined entity', this.base + p + 1);
      this.fail('invalid character reference: it must name a character that XML allows, in decimal or after "x" in hexadecimal', p + 1);
    }
    this.referenceCode = code;
    return p + 1;
  }
}
