import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import libCoverage from 'istanbul-lib-coverage';
import libReport from 'istanbul-lib-report';
// The HTML reporter is imported by path because `istanbul-reports` loads its
// reporters with a computed require, which the bundle cannot follow.
import HtmlReport from 'istanbul-reports/lib/html/index.js';
import type { FileCoverageData, Range } from 'istanbul-lib-coverage';
import { NOT_INSTRUMENTED, type FileCoverage } from './model.js';
import { branchGroups, functionRecords, statementRecords } from './record-tables.js';
import { isInsideFolder } from './repository-bounds.js';
import { UserError } from '../errors.js';
import { makeParentFolders } from '../run/output-folder.js';

/**
 * Converts a merged file to Istanbul's file coverage data so that
 * `istanbul-reports` can render it. Formats without statements get one
 * statement per instrumented line; branch outcomes without locations point at
 * their line. The HTML report is a view for people; the gate never reads it.
 */
export function toIstanbulData(file: FileCoverage, absolutePath: string): FileCoverageData {
  const data: FileCoverageData = {
    path: absolutePath,
    statementMap: {},
    s: {},
    fnMap: {},
    f: {},
    branchMap: {},
    b: {},
  };
  addStatements(file, data);
  addFunctions(file, data);
  addBranches(file, data);
  return data;
}

function lineRange(line: number, column = 0): Range {
  return { start: { line, column }, end: { line, column: Number.MAX_SAFE_INTEGER } };
}

function addStatements(file: FileCoverage, data: FileCoverageData): void {
  let id = 0;
  if (file.statements) {
    for (const statement of statementRecords(file.statements)) {
      data.statementMap[id] = lineRange(statement.line, statement.column);
      data.s[id] = statement.hits;
      id++;
    }
    return;
  }
  const lines = file.lines ?? new Float64Array(0);
  for (let line = 1; line < lines.length; line++) {
    const hits = lines[line]!;
    if (hits === NOT_INSTRUMENTED) continue;
    data.statementMap[id] = lineRange(line);
    data.s[id] = hits;
    id++;
  }
}

function addFunctions(file: FileCoverage, data: FileCoverageData): void {
  if (!file.functions) return;
  functionRecords(file.functions).forEach((fn, id) => {
    const range = lineRange(Math.max(fn.line, 1));
    data.fnMap[id] = { name: fn.name, decl: range, loc: range, line: Math.max(fn.line, 1) };
    data.f[id] = fn.hits;
  });
}

function addBranches(file: FileCoverage, data: FileCoverageData): void {
  if (!file.branches) return;
  branchGroups(file.branches).forEach((group, id) => {
    const range = lineRange(group.line);
    // Formats that only count outcomes (Cobertura, JaCoCo) get one synthetic
    // hit per covered outcome, which keeps the covered/total ratio intact.
    const taken =
      group.taken ?? Array.from({ length: group.total }, (_, index) => (index < group.covered ? 1 : 0));
    data.branchMap[id] = {
      loc: range,
      type: 'branch',
      locations: taken.map(() => range),
      line: group.line,
    };
    data.b[id] = taken;
  });
}

/**
 * Writes an Istanbul HTML report of the merged files to `outputDir`. Sources
 * are read only from inside `root`; a file that cannot be read is shown
 * without its source text.
 */
export function writeHtmlReport(root: string, files: FileCoverage[], outputDir: string): void {
  const map = libCoverage.createCoverageMap({});
  for (const file of files) {
    map.addFileCoverage(toIstanbulData(file, join(root, file.path)));
  }
  const context = libReport.createContext({
    dir: outputDir,
    coverageMap: map,
    defaultSummarizer: 'nested',
    sourceFinder: (path: string) => readSourceInside(root, path),
  });
  try {
    // Made here one level at a time: the reporter's own recursive mkdir never returns under /proc on Node 20.
    makeParentFolders(join(outputDir, 'index.html'));
    new HtmlReport({}).execute(context);
  } catch (error) {
    throw new UserError(`Could not write the HTML report to ${outputDir}: ${(error as Error).message}. Choose a folder that can be created and written.`);
  }
}

function readSourceInside(root: string, path: string): string {
  try {
    // Real paths, so a tracked symbolic link cannot lead the report out of the repository.
    if (!isInsideFolder(realpathSync(root), realpathSync(path))) return '';
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
