/**
 * Findings from other tools: readers for SARIF, checkstyle XML and ESLint
 * JSON, and the adapters that run a configured linter or read a report file.
 * See docs/validate/sarif.md for how paths, levels and ranges map.
 */
export type { ExternalReport, ReportContext } from './report-context.js';
export { readCheckstyle, readCheckstyleChunks } from './read-checkstyle.js';
export { readEslintJson } from './read-eslint-json.js';
export { parseLinterOutput } from './parse-linter-output.js';
export { readReportFile } from './read-report-file.js';
export { DEFAULT_LINTER_TIMEOUT_MS, runLinter, type RunLinterOptions } from './run-linter.js';
export { readSarif } from '../sarif/read-sarif.js';
