import { NOT_INSTRUMENTED, type FileCoverage } from '../../../src/coverage/model.js';
import { withTables, type PlainFileCoverage } from '../../support/coverage-records.js';

/**
 * Builds a file whose `lines` hold the given hit counts; every other line carries no code.
 * `extra` gives branch groups, functions and statements as record objects.
 */
export function fileWithLines(path: string, hitsByLine: Record<number, number>, extra: Partial<PlainFileCoverage> = {}): FileCoverage {
  const lines: number[] = [NOT_INSTRUMENTED];
  for (const [line, hits] of Object.entries(hitsByLine)) {
    while (lines.length <= Number(line)) lines.push(NOT_INSTRUMENTED);
    lines[Number(line)] = hits;
  }
  return withTables({ path, lines, ...extra });
}

/** Builds a file with `covered` of `total` lines covered, on lines 1..total. */
export function fileWithCounts(path: string, covered: number, total: number, extra: Partial<PlainFileCoverage> = {}): FileCoverage {
  const hits: Record<number, number> = {};
  for (let line = 1; line <= total; line++) hits[line] = line <= covered ? 1 : 0;
  return fileWithLines(path, hits, extra);
}
