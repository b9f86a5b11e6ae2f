/**
 * Test code with the expected finding ranges marked inline: `eval(«x»)`
 * expects a range around `x`. Markers are removed before parsing, and ranges
 * use SARIF positions (1-based, end column exclusive).
 */
import type { SourceRange } from '../../../src/validate/model.js';

const OPEN = '«';
const CLOSE = '»';

export interface MarkedCode {
  text: string;
  ranges: SourceRange[];
}

export function parseMarked(marked: string): MarkedCode {
  let text = '';
  let line = 1;
  let column = 1;
  const open: Array<{ line: number; column: number }> = [];
  const ranges: SourceRange[] = [];
  for (const character of marked) {
    if (character === OPEN) {
      open.push({ line, column });
      continue;
    }
    if (character === CLOSE) {
      const start = open.pop();
      if (!start) throw new Error(`Unbalanced ${CLOSE} in test code: ${marked}`);
      ranges.push({ startLine: start.line, startColumn: start.column, endLine: line, endColumn: column });
      continue;
    }
    text += character;
    if (character === '\n') {
      line += 1;
      column = 1;
    } else {
      column += character.length;
    }
  }
  if (open.length > 0) throw new Error(`Unbalanced ${OPEN} in test code: ${marked}`);
  ranges.sort((a, b) => a.startLine - b.startLine || a.startColumn - b.startColumn);
  return { text, ranges };
}
