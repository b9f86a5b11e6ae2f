/**
 * The check for coverage on lines past the end of a source file, which is
 * what a report made before the file shrank looks like. Those lines still
 * count in the totals, because the gate measures the reports as they are,
 * but the warning names the files so that the user regenerates the reports.
 *
 * One line past the end is allowed. Some tools count the empty line after a
 * final line break, and flagging it would warn on fresh reports; a stale
 * report is rarely off by exactly one line.
 */
import { formatCount } from '../report/count-text.js';
import type { FileCoverage } from './model.js';

/** Files named in the warning; the rest are counted. */
const EXAMPLE_COUNT = 5;

/** A file whose report counts a line past its end. */
export interface StaleFile {
  path: string;
  /** Highest line number the reports give for the file. */
  reportedLine: number;
  /** Lines of the file in the working tree. */
  lineCount: number;
}

/** Returns the files whose highest reported line lies more than one line past their end; files without a line count are not checked. */
export function findStaleFiles(files: readonly FileCoverage[], lineCounts: ReadonlyMap<string, number>): StaleFile[] {
  const stale: StaleFile[] = [];
  for (const file of files) {
    const lineCount = lineCounts.get(file.path);
    if (lineCount === undefined) continue;
    const reportedLine = highestReportedLine(file);
    if (reportedLine > lineCount + 1) stale.push({ path: file.path, reportedLine, lineCount });
  }
  return stale;
}

/** Returns the warning for the stale files, or null when there are none. */
export function staleLinesWarning(stale: readonly StaleFile[]): string | null {
  if (stale.length === 0) return null;
  if (stale.length === 1) {
    const [file] = stale as [StaleFile];
    return (
      `The coverage report counts line ${formatCount(file.reportedLine)} of ${file.path}, which has ${formatCount(file.lineCount)} lines. ` +
      'The report is likely older than the file, and the line still counts in the totals. Run the tests again to write a fresh report'
    );
  }
  const examples = stale.slice(0, EXAMPLE_COUNT).map((file) => `${file.path} (line ${formatCount(file.reportedLine)} of ${formatCount(file.lineCount)})`);
  const more = stale.length > EXAMPLE_COUNT ? `, and ${formatCount(stale.length - EXAMPLE_COUNT)} more` : '';
  return (
    `The coverage reports count lines past the end of ${formatCount(stale.length)} files: ${examples.join(', ')}${more}. ` +
    'The reports are likely older than these files, and those lines still count in the totals. Run the tests again to write fresh reports'
  );
}

/** Returns the highest line number with a count, 0 when the file has no line coverage. */
function highestReportedLine(file: FileCoverage): number {
  const lines = file.lines;
  if (!lines) return 0;
  for (let line = lines.length - 1; line > 0; line--) {
    if (lines[line]! >= 0) return line;
  }
  return 0;
}
