/**
 * The contract of the types validator: what the stage passes in, what it
 * gets back, and the compiler-neutral diagnostic that both the in-process
 * compiler API and the CLI output parser produce.
 */
import type { Finding } from '../model.js';
import type { Logger } from '../../run/logger.js';
import type { TypesSettings } from '../settings.js';

/** Prefix of every rule id this validator reports, as in `types/TS2322`. */
export const TYPES_RULE_PREFIX = 'types/';

/** Tool name on every finding. */
export const TYPES_TOOL = 'typescript';

export interface TypeCheckRequest {
  /** Absolute path of the repository root. */
  root: string;
  settings: TypesSettings;
  /**
   * Folder for incremental build info, outside the repository; null turns
   * incremental checking off even when `settings.incremental` is set.
   */
  cacheDir: string | null;
  /**
   * Repository-relative paths of the files whose semantic diagnostics are
   * wanted, when the caller reports no others; null or absent checks every
   * file. Options and syntax are still checked in every file, because their
   * errors stop the semantic checks, as in tsc. The command-line compiler has
   * no such switch and checks every file.
   */
  onlyFiles?: readonly string[] | null;
  log?: Logger;
}

/** Way of running a compiler: its JavaScript API in this process, or its command-line program. */
export type CompilerMode = 'api' | 'cli';

export interface CompilerInfo {
  /** `typescript` for the JavaScript compiler, `native` for the Go compiler of TypeScript 7 (`tsgo`). */
  kind: 'typescript' | 'native';
  mode: CompilerMode;
  version: string;
  /** Absolute path of the package folder. */
  path: string;
}

export interface ProjectOutcome {
  /** Repository-relative POSIX path of the tsconfig file. */
  tsconfig: string;
  /** Findings reported for this project before duplicates across projects were removed. */
  diagnostics: number;
  durationMs: number;
}

export interface TypeCheckResult {
  findings: Finding[];
  /** Null when no compiler was found. */
  compiler: CompilerInfo | null;
  projects: ProjectOutcome[];
  durationMs: number;
  /** Why nothing was checked, with the fix: no compiler, no tsconfig. Absent when the check ran. */
  skippedReason?: string;
}

/** Category of a diagnostic, in TypeScript's own terms. */
export type DiagnosticCategoryName = 'error' | 'warning' | 'suggestion' | 'message';

/** A position with a 1-based line and a 1-based column in UTF-16 code units. */
export interface DiagnosticPosition {
  line: number;
  column: number;
}

/**
 * One diagnostic from either compiler mode. `file` is absolute, or null for
 * a global diagnostic such as an invalid compiler option. `end` is exclusive
 * and null when the compiler gave only a start.
 */
export interface TypeDiagnostic {
  code: number;
  category: DiagnosticCategoryName;
  file: string | null;
  start: DiagnosticPosition | null;
  end: DiagnosticPosition | null;
  message: string;
}
