/**
 * `standards/max-file-lines` for any text file.
 */
import type { Finding, SourceText } from '../model.js';
import { countSourceLines, splitSourceLines } from '../scope/source-lines.js';
import type { StandardsSettings } from '../settings.js';
import { MAX_FILE_LINES } from './rules.js';

/**
 * Checks the file's length. The finding covers the lines past the maximum,
 * as ESLint max-lines reports them, so the filter keeps it when the change
 * added lines there.
 */
export function fileLengthFinding(source: SourceText, settings: Pick<StandardsSettings, 'maxFileLines'>): Finding | null {
  const max = settings.maxFileLines;
  if (max === null) return null;
  const count = countSourceLines(source.text);
  if (count <= max) return null;

  const lastLine = splitSourceLines(source.text)[count - 1] ?? '';
  return {
    ruleId: MAX_FILE_LINES.id,
    level: MAX_FILE_LINES.defaultLevel,
    path: source.path,
    range: { startLine: max + 1, startColumn: 1, endLine: count, endColumn: lastLine.length + 1 },
    message: `The file has ${count} ${count === 1 ? 'line' : 'lines'}, more than the maximum of ${max}.`,
    tool: 'testmaster',
    properties: { lines: count, max },
  };
}
