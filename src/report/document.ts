/**
 * The results model that every stage returns and every renderer reads.
 *
 * Stages describe their report as structured blocks of plain text. Renderers
 * write Markdown for the PR comment, check run and job summary, and plain text
 * for the terminal. They escape every piece of text, so a file name or branch name from a
 * pull request can never inject Markdown, HTML or mentions.
 */

/** A run of text with one style; `text` is always escaped by the renderer. */
export interface Span {
  text: string;
  style?: 'code' | 'bold' | 'italic';
  /** A link target; only `https:` URLs are rendered as links. */
  href?: string;
}

/** Inline content: a plain string or styled spans. */
export type Inline = string | Span[];

import type { MermaidBlock } from './mermaid.js';

export type Block =
  | { kind: 'heading'; level: 2 | 3 | 4; text: Inline }
  | { kind: 'paragraph'; text: Inline }
  | { kind: 'list'; items: Inline[] }
  | {
      kind: 'table';
      header: string[];
      align?: ('left' | 'right' | 'center')[];
      rows: Inline[][];
    }
  | { kind: 'details'; summary: Inline; blocks: Block[] }
  | { kind: 'code'; text: string }
  | MermaidBlock;

export type StageStatus = 'passed' | 'failed' | 'skipped' | 'error';

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

/** A check-run annotation; `path` is repository-relative and POSIX. */
export interface Annotation {
  path: string;
  startLine: number;
  endLine: number;
  /**
   * 1-based columns, end exclusive as in SARIF. GitHub accepts columns only
   * when the annotation starts and ends on the same line, so publishers drop
   * them otherwise.
   */
  startColumn?: number;
  endColumn?: number;
  level: AnnotationLevel;
  title: string;
  message: string;
}

/** Report of one stage (coverage, impact, validate, ...). */
export interface StageReport {
  /** Stable id, also the prefix of its action outputs: `coverage`. */
  id: string;
  title: string;
  status: StageStatus;
  /** One plain-text line, for the check-run title and the terminal. */
  headline: string;
  /**
   * Blocks in order of importance. When a rendered report exceeds a GitHub
   * limit, blocks are dropped from the end and the report notes what was left out.
   */
  blocks: Block[];
  annotations: Annotation[];
  /** Action outputs of this stage, without the stage prefix. */
  outputs: Record<string, string>;
  /** The whole result as JSON-serialisable data (the `--json` output and the `result` output). */
  json: unknown;
}

/** A run of one or more stages under one report name (one sticky comment, one check run). */
export interface RunReport {
  /** Report name from the config or inputs; it keys the sticky comment. */
  name: string;
  stages: StageReport[];
}

export function overallStatus(report: RunReport): StageStatus {
  const statuses = report.stages.map((stage) => stage.status);
  if (statuses.includes('error')) return 'error';
  if (statuses.includes('failed')) return 'failed';
  if (statuses.length > 0 && statuses.every((status) => status === 'skipped')) return 'skipped';
  return 'passed';
}
