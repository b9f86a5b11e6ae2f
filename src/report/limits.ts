/**
 * GitHub's size limits for rendered reports, and `fitMarkdown`, which renders
 * a report within one of them by leaving out whole rows, blocks and stages.
 */

import type { Block, Inline, RunReport } from './document.js';
import {
  joinMarkdown,
  renderBlockMarkdown,
  renderInlineMarkdown,
  renderStageHeading,
  renderTitleLine,
  stickyMarker,
} from './markdown.js';
import type { MarkdownOptions } from './markdown.js';
import { countOf, formatCount } from './count-text.js';

/**
 * Maximum body of an issue or pull-request comment. Source: the REST API's
 * validation error "Body is too long (maximum is 65536 characters)" from
 * `POST /repos/{owner}/{repo}/issues/{issue_number}/comments`.
 */
export const COMMENT_BODY_MAX_CHARACTERS = 65_536;

/**
 * Maximum of each of the check-run fields `output.summary` and `output.text`.
 * Source: GitHub's REST API description ("Create a check run",
 * `maxLength: 65535`, in `@octokit/openapi` 23.0.2).
 */
export const CHECK_RUN_OUTPUT_MAX_CHARACTERS = 65_535;

/**
 * Maximum job summary of one step (1 MiB). Source: GitHub's workflow-commands
 * documentation ("Adding a job summary") and the runner's error
 * "$GITHUB_STEP_SUMMARY upload aborted, supports content up to a size of 1024k".
 */
export const JOB_SUMMARY_MAX_BYTES = 1_048_576;

/** A size limit of one place where a report is published. */
export interface Limit {
  /** The place, as the note about left-out content names it: "the comment". */
  subject: string;
  max: number;
  /** The unit GitHub states; `fitMarkdown` keeps both the string length and the UTF-8 size within `max`. */
  unit: 'characters' | 'bytes';
}

export const COMMENT_LIMIT: Limit = { subject: 'the comment', max: COMMENT_BODY_MAX_CHARACTERS, unit: 'characters' };
export const CHECK_RUN_SUMMARY_LIMIT: Limit = {
  subject: 'the check-run summary',
  max: CHECK_RUN_OUTPUT_MAX_CHARACTERS,
  unit: 'characters',
};
export const CHECK_RUN_TEXT_LIMIT: Limit = {
  subject: 'the check-run text',
  max: CHECK_RUN_OUTPUT_MAX_CHARACTERS,
  unit: 'characters',
};
export const JOB_SUMMARY_LIMIT: Limit = { subject: 'the job summary', max: JOB_SUMMARY_MAX_BYTES, unit: 'bytes' };

/** Returns the size of the text in UTF-8 bytes. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/**
 * Tells whether the text fits the limit both as a JavaScript string length
 * (UTF-16 code units) and in UTF-8 bytes. GitHub does not say which of the
 * two it counts for every field, so both must fit.
 */
export function fitsLimit(text: string, limit: Limit): boolean {
  return text.length <= limit.max && utf8Length(text) <= limit.max;
}

export interface FitOptions extends MarkdownOptions {
  /**
   * Location of the full report, ending the note about left-out content,
   * for example "the job summary has the full report".
   */
  fullReport?: Inline;
  /** Tables keep at least this many rows before whole blocks are left out; 10 unless set. */
  minTableRows?: number;
  /** Characters (and UTF-8 bytes) of the limit kept free for text that the caller appends; 0 unless set. */
  reserve?: number;
}

export interface FittedMarkdown {
  markdown: string;
  /** Table rows left out of tables that are still shown. */
  omittedRows: number;
  /** Whole blocks left out, not counting those of omitted stages. */
  omittedSections: number;
  /** Whole stages left out, heading included. */
  omittedStages: number;
}

const DEFAULT_MIN_TABLE_ROWS = 10;

interface Piece {
  text: string;
  characters: number;
  bytes: number;
  /** Rows that the row cap hid in this block's tables. */
  hiddenRows: number;
}

function makePiece(text: string, hiddenRows = 0): Piece {
  return { text, characters: text.length, bytes: utf8Length(text), hiddenRows };
}

function maxRowsIn(blocks: Block[]): number {
  let rows = 0;
  for (const block of blocks) {
    if (block.kind === 'table') rows = Math.max(rows, block.rows.length);
    if (block.kind === 'details') rows = Math.max(rows, maxRowsIn(block.blocks));
  }
  return rows;
}

function rowsHiddenBy(block: Block, maxTableRows: number): number {
  if (block.kind === 'table') return block.header.length === 0 ? 0 : Math.max(0, block.rows.length - maxTableRows);
  if (block.kind === 'details') {
    return block.blocks.reduce((sum, nested) => sum + rowsHiddenBy(nested, maxTableRows), 0);
  }
  return 0;
}

/** One block of the report with its renderings, cached because the fitting renders at many row caps. */
class BlockEntry {
  readonly maxRows: number;
  #full: Piece | undefined;
  #capped: { cap: number; piece: Piece } | undefined;

  constructor(
    readonly block: Block,
    private readonly renderedRows: WeakMap<Block, string[]>,
  ) {
    this.maxRows = maxRowsIn([block]);
  }

  /** Renders the block with at most `cap` rows per table; `undefined` means no cap. */
  piece(cap: number | undefined): Piece {
    if (cap === undefined || cap >= this.maxRows) {
      this.#full ??= makePiece(renderBlockMarkdown(this.block, { renderedRows: this.renderedRows }));
      return this.#full;
    }
    if (this.#capped?.cap !== cap) {
      const text = renderBlockMarkdown(this.block, { maxTableRows: cap, renderedRows: this.renderedRows });
      this.#capped = { cap, piece: makePiece(text, rowsHiddenBy(this.block, cap)) };
    }
    return this.#capped.piece;
  }
}

interface StageEntry {
  heading: Piece;
  blocks: BlockEntry[];
}

/** Selection of kept pieces: the row cap, the title line, and per stage its heading and blocks. */
interface Selection {
  cap: number | undefined;
  title: boolean;
  stages: { heading: boolean; blocks: boolean[] }[];
}

export interface Omissions {
  rows: number;
  sections: number;
  stages: number;
}


function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** Renders the paragraph that counts what was left out and gives the reason, or '' when nothing was. */
export function renderOmissionNote(omissions: Omissions, limit: Limit, fullReport?: Inline): string {
  const parts: string[] = [];
  if (omissions.rows > 0) parts.push(countOf(omissions.rows, 'more row', 'more rows'));
  if (omissions.sections > 0) parts.push(countOf(omissions.sections, 'section', 'sections'));
  if (omissions.stages > 0) parts.push(countOf(omissions.stages, 'stage', 'stages'));
  if (parts.length === 0) return '';

  const total = omissions.rows + omissions.sections + omissions.stages;
  const verb = total === 1 ? 'was' : 'were';
  const reason = `because ${limit.subject} is limited to ${formatCount(limit.max)} ${limit.unit}`;
  const where = fullReport === undefined ? '' : renderInlineMarkdown(fullReport);
  return `<i>${joinWithAnd(parts)} ${verb} left out ${reason}${where === '' ? '' : `; ${where}`}.</i>`;
}

/** The report prepared for fitting: fixed header pieces and cached stage entries. */
class FitLayout {
  readonly marker: Piece | undefined;
  readonly title: Piece | undefined;
  readonly stages: StageEntry[];
  readonly maxRows: number;
  readonly fullReport: Inline | undefined;
  readonly reserve: number;

  constructor(
    report: RunReport,
    options: FitOptions,
    readonly limit: Limit,
  ) {
    this.fullReport = options.fullReport;
    this.reserve = Math.max(0, options.reserve ?? 0);
    const renderedRows = new WeakMap<Block, string[]>();
    this.marker = options.stickyMarker === true ? makePiece(stickyMarker(report.name)) : undefined;
    this.title = options.title === false ? undefined : makePiece(renderTitleLine(report));
    this.stages = report.stages.map((stage) => ({
      heading: makePiece(renderStageHeading(stage)),
      blocks: stage.blocks.map((block) => new BlockEntry(block, renderedRows)),
    }));
    this.maxRows = Math.max(0, ...this.stages.flatMap((stage) => stage.blocks.map((entry) => entry.maxRows)));
  }

  keepAll(cap: number | undefined): Selection {
    return {
      cap,
      title: true,
      stages: this.stages.map((stage) => ({ heading: true, blocks: stage.blocks.map(() => true) })),
    };
  }

  /** Lists the kept pieces in document order, without the note. */
  pieces(selection: Selection): Piece[] {
    const pieces: Piece[] = [];
    if (this.marker !== undefined) pieces.push(this.marker);
    if (this.title !== undefined && selection.title) pieces.push(this.title);
    this.stages.forEach((stage, stageIndex) => {
      const kept = selection.stages[stageIndex];
      if (kept?.heading === true) pieces.push(stage.heading);
      stage.blocks.forEach((entry, blockIndex) => {
        if (kept?.blocks[blockIndex] === true) pieces.push(entry.piece(selection.cap));
      });
    });
    return pieces;
  }

  omissions(selection: Selection): Omissions {
    const omissions: Omissions = { rows: 0, sections: 0, stages: 0 };
    this.stages.forEach((stage, stageIndex) => {
      const kept = selection.stages[stageIndex];
      if (kept?.heading !== true) {
        omissions.stages += 1;
        return;
      }
      stage.blocks.forEach((entry, blockIndex) => {
        if (kept.blocks[blockIndex] === true) omissions.rows += entry.piece(selection.cap).hiddenRows;
        else omissions.sections += 1;
      });
    });
    return omissions;
  }

  note(selection: Selection): string {
    return renderOmissionNote(this.omissions(selection), this.limit, this.fullReport);
  }

  fits(selection: Selection): boolean {
    const pieces = this.pieces(selection).filter((piece) => piece.text !== '');
    const note = this.note(selection);
    const count = pieces.length + (note === '' ? 0 : 1);
    // Pieces are joined by blank lines, and the document ends with a newline.
    const separators = Math.max(0, count - 1) * 2 + 1;
    let characters = note.length + separators;
    let bytes = utf8Length(note) + separators;
    for (const piece of pieces) {
      characters += piece.characters;
      bytes += piece.bytes;
    }
    const max = this.limit.max - this.reserve;
    return characters <= max && bytes <= max;
  }

  render(selection: Selection): string {
    const pieces = this.pieces(selection).map((piece) => piece.text);
    return `${joinMarkdown([...pieces, this.note(selection)])}\n`;
  }
}

/**
 * Returns the largest cap in [low, high] at which the selection fits, given
 * that it fits at `low`. Caps grow by doubling first, so the probes render
 * few rows when only a few fit.
 */
function largestFittingCap(layout: FitLayout, selection: Selection, low: number, high: number): number {
  const fitsAt = (cap: number): boolean => layout.fits({ ...selection, cap });
  let good = low;
  let bad = high + 1;
  let probe = Math.max(1, low * 2);
  while (probe <= high && fitsAt(probe)) {
    good = probe;
    probe *= 2;
  }
  if (probe <= high) bad = probe;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (fitsAt(middle)) good = middle;
    else bad = middle;
  }
  return good;
}

/** The places where content can be dropped, in the order it is dropped. */
type DropStep = { kind: 'block'; stage: number; block: number } | { kind: 'stage'; stage: number } | { kind: 'title' };

function dropOrder(layout: FitLayout): DropStep[] {
  const steps: DropStep[] = [];
  const last = layout.stages.length - 1;
  for (let stage = last; stage >= 0; stage -= 1) {
    const blocks = layout.stages[stage]?.blocks.length ?? 0;
    for (let block = blocks - 1; block >= 1; block -= 1) steps.push({ kind: 'block', stage, block });
  }
  for (let stage = last; stage >= 0; stage -= 1) {
    if ((layout.stages[stage]?.blocks.length ?? 0) > 0) steps.push({ kind: 'block', stage, block: 0 });
  }
  for (let stage = last; stage >= 0; stage -= 1) steps.push({ kind: 'stage', stage });
  steps.push({ kind: 'title' });
  return steps;
}

function setKept(selection: Selection, step: DropStep, kept: boolean): void {
  if (step.kind === 'title') selection.title = kept;
  else if (step.kind === 'stage') {
    const stage = selection.stages[step.stage];
    if (stage !== undefined) stage.heading = kept;
  } else {
    const stage = selection.stages[step.stage];
    if (stage !== undefined) stage.blocks[step.block] = kept;
  }
}

/**
 * Drops pieces in `dropOrder` until the rest fits, then puts back, earliest
 * first, every dropped piece that still fits, so one huge block at the end
 * does not take smaller ones before it along.
 */
function selectPieces(layout: FitLayout, cap: number): Selection | undefined {
  const selection = layout.keepAll(cap);
  const dropped: DropStep[] = [];
  for (const step of dropOrder(layout)) {
    if (layout.fits(selection)) break;
    setKept(selection, step, false);
    dropped.push(step);
  }
  if (!layout.fits(selection)) return undefined;

  // Reversing the drop order puts back the title, then stage headings, then
  // blocks, each in document order.
  for (const step of dropped.reverse()) {
    const headingKept = step.kind !== 'block' || selection.stages[step.stage]?.heading === true;
    if (!headingKept) continue;
    setKept(selection, step, true);
    if (!layout.fits(selection)) setKept(selection, step, false);
  }
  return selection;
}

function chooseSelection(layout: FitLayout, minRows: number): Selection | undefined {
  const everything = layout.keepAll(undefined);
  if (layout.fits(everything)) return everything;

  // Cap the rows of every table first, keeping at least `minRows`.
  const floor = Math.min(minRows, layout.maxRows);
  const capped = layout.keepAll(floor);
  if (layout.fits(capped)) return { ...capped, cap: largestFittingCap(layout, capped, floor, layout.maxRows) };

  // Then leave out blocks and stages, and give the room that is left back to the tables.
  const selection = selectPieces(layout, floor);
  if (selection === undefined) return undefined;
  return { ...selection, cap: largestFittingCap(layout, selection, floor, layout.maxRows) };
}

/**
 * Renders the report as Markdown within the limit. When the whole report does
 * not fit, it leaves out whole units of content:
 * 1. the rows of every table beyond the largest cap that fits, keeping at
 *    least `minTableRows`;
 * 2. then whole blocks from the end: every block but the first of each stage,
 *    from the last stage back, then the first blocks, then whole stages and
 *    the title line. Dropped pieces that fit again once a larger one is gone
 *    are put back, earliest first, and the tables then grow into the room left.
 *
 * It never cuts inside a block, so every `<details>` element and code fence
 * stays balanced and no multi-byte character is split. A closing note counts
 * what was left out and ends with `fullReport`.
 *
 * Throws a RangeError when not even the sticky marker and the note fit, which
 * only happens with a limit of a few hundred characters or a very long report name.
 */
export function fitMarkdown(report: RunReport, limit: Limit, options: FitOptions = {}): FittedMarkdown {
  const layout = new FitLayout(report, options, limit);
  const minRows = Math.max(0, options.minTableRows ?? DEFAULT_MIN_TABLE_ROWS);
  const selection = chooseSelection(layout, minRows);
  const markdown = selection === undefined ? undefined : layout.render(selection);
  if (selection === undefined || markdown === undefined || !fitsLimit(markdown, limit)) {
    // The report name stays out of the message because it is untrusted text.
    throw new RangeError(
      `The report cannot be shortened to fit ${limit.subject}, which is limited to ${limit.max} ${limit.unit}.`,
    );
  }

  const omissions = layout.omissions(selection);
  return {
    markdown,
    omittedRows: omissions.rows,
    omittedSections: omissions.sections,
    omittedStages: omissions.stages,
  };
}
