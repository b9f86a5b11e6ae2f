/**
 * Inputs besides the report text, and results, of the readers of other
 * tools' reports (SARIF, checkstyle, ESLint JSON).
 */
import type { Finding } from '../model.js';

export interface ReportContext {
  /** Absolute path of the repository root; findings outside it are dropped. */
  root: string;
  /** Path of the report, absolute or relative to `root`. Messages name it, and relative file paths may resolve against its folder. */
  reportPath: string;
  /** Tool name used when the report carries none, and for the rule id prefix of formats without a tool name. */
  toolName?: string;
  /**
   * Returns the text of a repository file (repository-relative POSIX path),
   * or undefined when it is unknown. Readers use it to turn offset-only
   * regions into lines and columns, and to end a region without an end
   * column at the end of its line.
   */
  readText?: (path: string) => string | undefined;
  /**
   * Tells whether a repository-relative path is a file. Without it, relative
   * paths always resolve against the repository root; with it, a path that
   * is no file there is tried against the report's folder.
   */
  isFile?: (path: string) => boolean;
}

/** Findings read from one report, and one line per kind of problem that dropped or changed results. */
export interface ExternalReport {
  findings: Finding[];
  warnings: string[];
}
