/**
 * Turns a SARIF `region` into a model range (SARIF 2.1.0 section 3.30).
 *
 * Text regions given by lines default as the standard says: `startColumn`
 * to 1, `endLine` to `startLine`, and a missing `endColumn` to the end of
 * `endLine`. The end of a line needs the file's text, or the region's
 * snippet on one line; without either, the region ends at its start column.
 * Regions given only as `charOffset` or `byteOffset` need the file's text
 * too; without it they are placed on line 1.
 */
import type { SourceRange } from '../model.js';
import type { TextLines } from '../external/text-lines.js';
import { asInteger, asObject, asString, type JsonObject } from '../external/json-values.js';

/** The unit of columns and character offsets in a run (SARIF 3.14.24); UTF-16 code units unless the run says otherwise. */
export type ColumnKind = 'utf16CodeUnits' | 'unicodeCodePoints';

export interface RegionOutcome {
  range: SourceRange;
  /** A sentence without a count, for the warning tally, when the range is a guess. */
  problem?: string;
}

const LINE_ONE: SourceRange = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };

/** Returns the file's lines, or undefined when its text is unknown; called only when a region needs them. */
export type TextSource = () => TextLines | undefined;

export function rangeOfRegion(region: JsonObject | undefined, textOf: TextSource, columnKind: ColumnKind): RegionOutcome {
  if (!region) {
    const text = textOf();
    const range = { ...LINE_ONE, endColumn: text ? text.endColumnOf(1) : 1 };
    return { range, problem: 'results without a region were placed on line 1' };
  }
  const startLine = asInteger(region.startLine, 1);
  if (startLine !== undefined) return checkOrder(lineRegion(region, startLine, textOf, columnKind));
  return checkOrder(offsetRegion(region, textOf(), columnKind));
}

function lineRegion(region: JsonObject, startLine: number, textOf: TextSource, columnKind: ColumnKind): RegionOutcome {
  const endLine = asInteger(region.endLine, 1) ?? startLine;
  let startColumn = asInteger(region.startColumn, 1) ?? 1;
  let endColumn = asInteger(region.endColumn, 1);
  const text = endColumn === undefined || columnKind === 'unicodeCodePoints' ? textOf() : undefined;
  if (text && columnKind === 'unicodeCodePoints') {
    startColumn = text.columnOfCodePoint(startLine, startColumn);
    if (endColumn !== undefined) endColumn = text.columnOfCodePoint(endLine, endColumn);
  }
  if (endColumn === undefined) endColumn = lineEnd(region, startLine, endLine, startColumn, text);
  return { range: { startLine, startColumn, endLine, endColumn } };
}

/** Column after the end of `endLine`: from the file's text, else from a one-line snippet, else the start column. */
function lineEnd(region: JsonObject, startLine: number, endLine: number, startColumn: number, text: TextLines | undefined): number {
  if (text) return text.endColumnOf(endLine);
  const snippet = asString(asObject(region.snippet)?.text);
  if (snippet !== undefined && endLine === startLine && !/[\r\n]/.test(snippet)) return startColumn + snippet.length;
  // NOTE: without text the end of the line is unknown, so the range marks only its start column.
  return startColumn;
}

function offsetRegion(region: JsonObject, text: TextLines | undefined, columnKind: ColumnKind): RegionOutcome {
  const charOffset = asInteger(region.charOffset);
  const byteOffset = asInteger(region.byteOffset);
  if (charOffset === undefined && byteOffset === undefined) {
    return { range: { ...LINE_ONE }, problem: 'regions without startLine, charOffset or byteOffset were placed on line 1' };
  }
  if (!text) {
    return { range: { ...LINE_ONE }, problem: 'regions given as offsets were placed on line 1, because the file text was not available' };
  }

  let start: number;
  let end: number;
  if (charOffset !== undefined) {
    const length = asInteger(region.charLength) ?? 0;
    const codePoints = columnKind === 'unicodeCodePoints';
    start = codePoints ? text.offsetOfCodePoint(charOffset) : charOffset;
    end = codePoints ? text.offsetOfCodePoint(charOffset + length) : charOffset + length;
  } else {
    const length = asInteger(region.byteLength) ?? 0;
    start = text.offsetOfByte(byteOffset!);
    end = text.offsetOfByte(byteOffset! + length);
  }
  const from = text.positionAt(start);
  const to = text.positionAt(end);
  return { range: { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column } };
}

/** Collapses a range whose end comes before its start onto its start. */
function checkOrder(outcome: RegionOutcome): RegionOutcome {
  const { range } = outcome;
  const backwards = range.endLine < range.startLine || (range.endLine === range.startLine && range.endColumn < range.startColumn);
  if (!backwards) return outcome;
  return {
    range: { ...range, endLine: range.startLine, endColumn: range.startColumn },
    problem: outcome.problem ?? 'regions ending before they start were cut to their start',
  };
}
