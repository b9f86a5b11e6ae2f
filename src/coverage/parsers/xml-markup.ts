/**
 * The markup a coverage report may contain besides elements: comments,
 * CDATA sections, processing instructions, the XML declaration and a
 * DOCTYPE. Each scanner starts at the `<` and returns the index after the
 * construct's final `>`, or -1 when the buffer ends first.
 */

import { APOSTROPHE, CLOSE_BRACKET, GT, HYPHEN, isSpace, LT, OPEN_BRACKET, QUESTION, QUOTE } from './xml-chars.js';

/** The byte reader's buffer, position tracking and errors, as the markup scanners use them. */
export interface MarkupContext {
  readonly buffer: Buffer;
  readonly end: number;
  /** Checks that the byte at `index` may appear in character data, and tracks lines and columns over it. */
  consumeByte(index: number): void;
  /** Throws a well-formedness error at the character that ends at `index`. */
  fail(message: string, index: number): never;
}

const CDATA_OPEN = Buffer.from('<![CDATA[');
const DOCTYPE_OPEN = Buffer.from('<!DOCTYPE');
const ENTITY_DECLARATION = Buffer.from('<!ENTITY');

/** Kinds of `<!` markup, by their opening bytes. */
export const BANG_COMMENT = 1;
export const BANG_CDATA = 2;
export const BANG_DOCTYPE = 3;

/**
 * Tells which `<!` construct starts at `index`: a comment, a CDATA section or
 * a DOCTYPE. Returns 0 when the buffer ends before that is known.
 */
export function bangKind(context: MarkupContext, index: number): number {
  const { buffer, end } = context;
  if (index + 2 >= end) return 0;
  if (buffer[index + 2] === HYPHEN) {
    if (index + 3 >= end) return 0;
    if (buffer[index + 3] === HYPHEN) return BANG_COMMENT;
    context.fail('invalid markup after "<!-"', index + 4);
  }
  for (const [opening, kind] of [
    [CDATA_OPEN, BANG_CDATA],
    [DOCTYPE_OPEN, BANG_DOCTYPE],
  ] as const) {
    let matched = 2;
    while (matched < opening.length && index + matched < end && buffer[index + matched] === opening[matched]) matched++;
    if (matched === opening.length) return kind;
    if (index + matched >= end) return 0;
    if (matched > 2) context.fail(`invalid markup, expected ${opening.toString('latin1')}`, index + matched + 1);
  }
  return context.fail('invalid markup after "<!": expected a comment, a CDATA section or a DOCTYPE', index + 3);
}

/** Scans `<!-- ... -->`. XML forbids `--` inside a comment. */
export function scanComment(context: MarkupContext, index: number): number {
  const { buffer, end } = context;
  for (let i = index + 4; i < end; i++) {
    if (buffer[i] === HYPHEN && i + 1 < end && buffer[i + 1] === HYPHEN) {
      if (i + 2 >= end) return -1;
      context.consumeByte(i);
      context.consumeByte(i + 1);
      if (buffer[i + 2] !== GT) context.fail('a comment contains "--", which XML allows only in the closing "-->"', i + 2);
      return i + 3;
    }
    if (buffer[i] === HYPHEN && i + 1 >= end) return -1;
    context.consumeByte(i);
  }
  return -1;
}

/** Scans `<![CDATA[ ... ]]>` and returns the index after it. The content is `buffer[index + 9, result - 3)`. */
export function scanCdata(context: MarkupContext, index: number): number {
  const { buffer, end } = context;
  for (let i = index + CDATA_OPEN.length; i < end; i++) {
    if (buffer[i] === CLOSE_BRACKET && i + 2 < end && buffer[i + 1] === CLOSE_BRACKET && buffer[i + 2] === GT) {
      context.consumeByte(i);
      context.consumeByte(i + 1);
      context.consumeByte(i + 2);
      return i + 3;
    }
    if (buffer[i] === CLOSE_BRACKET && i + 2 >= end) return -1;
    context.consumeByte(i);
  }
  return -1;
}

/** Scans a processing instruction's data after its target, up to and including `?>`. */
export function scanProcessingInstructionData(context: MarkupContext, index: number): number {
  const { buffer, end } = context;
  for (let i = index; i < end; i++) {
    if (buffer[i] === QUESTION) {
      if (i + 1 >= end) return -1;
      if (buffer[i + 1] === GT) {
        context.consumeByte(i);
        context.consumeByte(i + 1);
        return i + 2;
      }
    }
    context.consumeByte(i);
  }
  return -1;
}

/**
 * Scans a DOCTYPE up to its closing `>`, past quoted literals and an internal
 * subset in brackets, with the comments and processing instructions the
 * subset may contain. The declarations in the subset are not parsed, because
 * the reader rejects any DOCTYPE that declares entities and ignores the rest.
 */
export function scanDoctype(context: MarkupContext, index: number): number {
  const { buffer, end } = context;
  let i = index + DOCTYPE_OPEN.length;
  if (i >= end) return -1;
  if (!isSpace(buffer[i]!)) context.fail('"<!DOCTYPE" must be followed by whitespace', i + 1);

  let quote = 0;
  let inSubset = false;
  for (; i < end; i++) {
    const b = buffer[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOTE || b === APOSTROPHE) {
      quote = b;
    } else if (inSubset && b === LT && i + 1 < end && buffer[i + 1] === QUESTION) {
      const next = scanProcessingInstructionData(context, i);
      if (next < 0) return -1;
      i = next - 1;
      continue;
    } else if (inSubset && b === LT && i + 3 < end && buffer[i + 1] === 0x21 && buffer[i + 2] === HYPHEN && buffer[i + 3] === HYPHEN) {
      const next = scanComment(context, i);
      if (next < 0) return -1;
      i = next - 1;
      continue;
    } else if (inSubset && b === LT && i + 3 >= end) {
      return -1;
    } else if (b === OPEN_BRACKET && !inSubset) {
      inSubset = true;
    } else if (b === CLOSE_BRACKET && inSubset) {
      inSubset = false;
    } else if (b === GT && !inSubset) {
      context.consumeByte(i);
      return i + 1;
    }
    context.consumeByte(i);
  }
  return -1;
}

/** True when `buffer[start, end)` contains `<!ENTITY`. */
export function declaresEntities(buffer: Buffer, start: number, end: number): boolean {
  const found = buffer.indexOf(ENTITY_DECLARATION, start);
  return found >= 0 && found + ENTITY_DECLARATION.length <= end;
}

const DECLARATION =
  /^\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\4)?\s*$/;

/**
 * Parses the pseudo-attributes of an XML declaration, `buffer[start, end)`
 * between `<?xml` and `?>`. Returns the declared encoding, or undefined when
 * none is declared, and null when the declaration is malformed.
 */
export function parseDeclaration(buffer: Buffer, start: number, end: number): string | undefined | null {
  const match = DECLARATION.exec(buffer.toString('latin1', start, end));
  if (!match) return null;
  return match[3];
}

/** True when the name `buffer[start, end)` is "xml" in any case, which only the XML declaration may use. */
export function isXmlTarget(buffer: Buffer, start: number, end: number): boolean {
  return end - start === 3 && (buffer[start]! | 0x20) === 0x78 && (buffer[start + 1]! | 0x20) === 0x6d && (buffer[start + 2]! | 0x20) === 0x6c;
}
