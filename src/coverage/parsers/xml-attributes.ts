/** Typed reads of XML attributes, with errors that name the element, the attribute and the position. */

import { MAX_LINE_NUMBER } from '../model.js';
import type { XmlReportReader, XmlTag } from './xml-stream.js';

const REGENERATE_FIX = 'Regenerate the report with the coverage tool; hand edits and cut-off writes can lose or damage attributes';

/**
 * Parses a non-negative count. The fast path reads plain digits without a
 * regular expression or `Number()`; anything else goes through `Number()`, so
 * "2.0" or "1e3" still parse. Returns -1 for text that is not a finite
 * non-negative number.
 */
export function parseCount(text: string): number {
  const value = parseDigits(text, 0, text.length);
  if (value >= 0) return value;
  if (text.trim().length === 0) return -1;
  const number = Number(text);
  return Number.isFinite(number) && number >= 0 ? number : -1;
}

/**
 * Parses `text[start, end)` as plain decimal digits without copying it.
 * Returns -1 when the range is empty, contains anything else, or has 16 or more
 * digits, where doubles stop being exact.
 */
export function parseDigits(text: string, start: number, end: number): number {
  if (end <= start || end - start > 15) return -1;
  let value = 0;
  for (let i = start; i < end; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Returns the attribute's text, or throws naming the element and the missing attribute. */
export function requireAttribute(reader: XmlReportReader, tag: XmlTag, name: string): string {
  const value = tag.attributes[name];
  if (value === undefined) {
    throw reader.error(`<${tag.name}> is missing the required attribute "${name}"`, REGENERATE_FIX);
  }
  return value;
}

/** Returns the attribute as a count, or throws when it is missing or not a non-negative integer up to 2^53 - 1. */
export function requireCount(reader: XmlReportReader, tag: XmlTag, name: string): number {
  return toCount(reader, tag, name, requireAttribute(reader, tag, name));
}

/** Returns the attribute as a count, `fallback` when it is missing, or throws when it is not a number. */
export function optionalCount(reader: XmlReportReader, tag: XmlTag, name: string, fallback: number): number {
  const text = tag.attributes[name];
  return text === undefined ? fallback : toCount(reader, tag, name, text);
}

/** Reads a line number attribute, which must be an integer from 1 to `MAX_LINE_NUMBER`. */
export function requireLineNumber(reader: XmlReportReader, tag: XmlTag, name: string): number {
  const line = requireCount(reader, tag, name);
  if (line < 1) {
    throw reader.error(`<${tag.name}> has ${name}="${tag.attributes[name]}", but a line number must be an integer of 1 or more`, REGENERATE_FIX);
  }
  return checkLineNumber(reader, tag, name, line);
}

/** Returns `line`, or throws when it is above `MAX_LINE_NUMBER`, before any array grows to reach it. */
export function checkLineNumber(reader: XmlReportReader, tag: XmlTag, name: string, line: number): number {
  if (line > MAX_LINE_NUMBER) {
    throw reader.error(
      `<${tag.name}> has ${name}="${tag.attributes[name]}", which is above the maximum line number ${MAX_LINE_NUMBER}`,
      'No source file has that many lines; regenerate the report with the coverage tool',
    );
  }
  return line;
}

/**
 * Returns a copy of `text` that shares no memory with the parser's input.
 * V8 stores a substring of 13 or more characters as a slice that keeps the
 * whole source string alive, so a path kept from each 64 KiB chunk would keep
 * every chunk in memory. Call it on every string the parsed report keeps.
 */
export function detachString(text: string): string {
  // Flattening the concatenation copies the characters into a new string, and the slice then refers to that copy only.
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** Reads an XML boolean the way .NET and Java tools write it ("true", "True", "TRUE"). */
export function isTrue(text: string | undefined): boolean {
  if (text === undefined || text.length !== 4) return false;
  return text === 'true' || text.toLowerCase() === 'true';
}

/**
 * Converts a count attribute. Coverage tools write counts as plain integers,
 * so a fraction or an exponent means the report was damaged or hand edited.
 * "2.0" is still accepted, because its value is an integer.
 */
function toCount(reader: XmlReportReader, tag: XmlTag, name: string, text: string): number {
  const value = parseCount(text);
  if (value < 0) {
    throw reader.error(`<${tag.name}> has ${name}="${text}", which is not a non-negative number`, REGENERATE_FIX);
  }
  if (!Number.isInteger(value) || text.includes('e') || text.includes('E')) {
    throw reader.error(`<${tag.name}> has ${name}="${text}", which is not an integer in plain digits`, REGENERATE_FIX);
  }
  if (value > Number.MAX_SAFE_INTEGER) {
    throw reader.error(
      `<${tag.name}> has ${name}="${text}", which is above the maximum count ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`,
      'Counts above 2^53 - 1 cannot be added exactly; regenerate the report with the coverage tool',
    );
  }
  return value;
}
