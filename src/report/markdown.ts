/**
 * Rendering of the results model to GitHub-flavoured Markdown for the PR
 * comment, the check-run output and the job summary. Every piece of text from
 * the model goes through the escaping in `escape.ts`.
 */

import { renderMermaidMarkdown } from './mermaid.js';
import { overallStatus } from './document.js';
import type { Block, Inline, RunReport, Span, StageReport, StageStatus } from './document.js';
import {
  escapeHtmlText,
  escapeMarkdownText,
  escapeTableCell,
  fencedCodeBlock,
  markdownCodeSpan,
  safeHttpsUrl,
  tableCodeSpan,
} from './escape.js';
import { countOf } from './count-text.js';

export const STATUS_EMOJI: Record<StageStatus, string> = {
  passed: '✅',
  failed: '❌',
  skipped: '⏭️',
  error: '⚠️',
};

export interface MarkdownOptions {
  /** Start with the hidden marker of the sticky comment (see {@link stickyMarker}). */
  stickyMarker?: boolean;
  /** Start with the title line of the report; true unless set to false. */
  title?: boolean;
}

export interface BlockOptions {
  /** Show at most this many rows of each table, followed by a line that counts the rest. */
  maxTableRows?: number;
  /**
   * Rendered rows of each table, filled on first use. Passing the same map to
   * calls that differ only in `maxTableRows` renders every row once.
   */
  renderedRows?: WeakMap<Block, string[]>;
}

/** Context of inline content, since each context escapes differently. */
type InlineContext = 'markdown' | 'table' | 'html';

/**
 * Returns the hidden marker line by which the publisher finds its own sticky
 * comment again: `<!-- testmaster:report=NAME -->`. NAME is the report name,
 * percent-encoded with `encodeURIComponent` and with `-` also encoded as `%2D`,
 * so the name can contain neither `--` nor `>` and cannot end the comment.
 * The marker is case-sensitive and always on a line of its own. No text
 * rendered by this module can contain it, because `<` in text becomes `&lt;`
 * and `<!` in code becomes `<`, U+200B, `!`.
 */
export function stickyMarker(name: string): string {
  const encoded = encodeURIComponent(name).replace(/-/g, '%2D');
  return `<!-- testmaster:report=${encoded} -->`;
}

function spanStyle(text: string, style: Span['style'], context: InlineContext): string {
  if (context === 'html') {
    const escaped = escapeHtmlText(text);
    if (style === 'code') return `<code>${escaped}</code>`;
    if (style === 'bold') return `<b>${escaped}</b>`;
    if (style === 'italic') return `<i>${escaped}</i>`;
    return escaped;
  }

  if (style === 'code') return context === 'table' ? tableCodeSpan(text) : markdownCodeSpan(text);
  const escaped = escapeMarkdownText(text);
  // HTML tags instead of `**`/`_`, because emphasis delimiters next to escaped
  // punctuation often fail CommonMark's flanking rules and then show literally.
  if (style === 'bold') return `<b>${escaped}</b>`;
  if (style === 'italic') return `<i>${escaped}</i>`;
  return escaped;
}

function renderSpan(span: Span, context: InlineContext): string {
  if (span.text === '') return '';
  const styled = spanStyle(span.text, span.style, context);
  const url = span.href === undefined ? undefined : safeHttpsUrl(span.href);
  if (url === undefined) return styled;
  return context === 'html' ? `<a href="${url}">${styled}</a>` : `[${styled}](${url})`;
}

function renderInline(inline: Inline, context: InlineContext): string {
  if (typeof inline === 'string') {
    return context === 'html' ? escapeHtmlText(inline) : escapeMarkdownText(inline);
  }
  return inline.map((span) => renderSpan(span, context)).join('');
}

/**
 * Renders inline content for the start of a Markdown line. Leading and
 * trailing spaces are removed because four leading spaces would start an
 * indented code block and two trailing ones a hard line break.
 */
export function renderInlineMarkdown(inline: Inline): string {
  return renderInline(inline, 'markdown').trim();
}

function alignmentCell(align: 'left' | 'right' | 'center' | undefined): string {
  if (align === 'left') return ':---';
  if (align === 'right') return '---:';
  if (align === 'center') return ':---:';
  return '---';
}

function tableRow(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}


function renderTableRow(row: Inline[], columns: number): string {
  const cells: string[] = [];
  for (let index = 0; index < columns; index += 1) {
    const cell = row[index];
    cells.push(cell === undefined ? '' : renderInline(cell, 'table').trim());
  }
  return tableRow(cells);
}

function renderTable(block: Extract<Block, { kind: 'table' }>, options: BlockOptions): string {
  const columns = block.header.length;
  // GFM has no table without a column; such a block renders as nothing.
  if (columns === 0) return '';

  const header = tableRow(block.header.map((cell) => escapeTableCell(cell).trim()));
  const delimiter = tableRow(block.header.map((_, index) => alignmentCell(block.align?.[index])));
  const shownRows = options.maxTableRows ?? block.rows.length;
  let rows = options.renderedRows?.get(block);
  if (rows === undefined) {
    rows = block.rows.map((row) => renderTableRow(row, columns));
    options.renderedRows?.set(block, rows);
  }

  const table = [header, delimiter, ...rows.slice(0, shownRows)].join('\n');
  const hidden = Math.max(0, block.rows.length - shownRows);
  if (hidden === 0) return table;
  return `${table}\n\n${countOf(hidden, 'more row is', 'more rows are')} not shown.`;
}

function renderDetails(block: Extract<Block, { kind: 'details' }>, options: BlockOptions): string {
  // The summary sits inside an HTML block, where Markdown is not parsed, so it
  // is escaped as HTML. The blank line after it lets GitHub parse the content
  // as Markdown again.
  const summary = renderInline(block.summary, 'html').trim();
  const content = renderBlocks(block.blocks, options);
  const body = content === '' ? '' : `${content}\n\n`;
  return `<details>\n<summary>${summary}</summary>\n\n${body}</details>`;
}

/** Renders one block; tables, also those nested in details, obey `maxTableRows`. */
export function renderBlockMarkdown(block: Block, options: BlockOptions = {}): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${renderInlineMarkdown(block.text)}`.trimEnd();
    case 'paragraph':
      return renderInlineMarkdown(block.text);
    case 'list':
      return block.items.map((item) => `- ${renderInlineMarkdown(item)}`.trimEnd()).join('\n');
    case 'table':
      return renderTable(block, options);
    case 'details':
      return renderDetails(block, options);
    case 'code':
      return fencedCodeBlock(block.text);
    case 'mermaid':
      return renderMermaidMarkdown(block, fencedCodeBlock);
  }
}

/** Joins rendered pieces with blank lines, leaving out empty ones. */
export function joinMarkdown(pieces: string[]): string {
  return pieces.filter((piece) => piece !== '').join('\n\n');
}

function renderBlocks(blocks: Block[], options: BlockOptions): string {
  return joinMarkdown(blocks.map((block) => renderBlockMarkdown(block, options)));
}

/** Renders the title line: the report name and its overall status. */
export function renderTitleLine(report: RunReport): string {
  const status = overallStatus(report);
  return `## ${STATUS_EMOJI[status]} ${escapeMarkdownText(report.name).trim()}: ${status}`;
}

/** Renders the heading of a stage: its status emoji, title and headline. */
export function renderStageHeading(stage: StageReport): string {
  const title = escapeMarkdownText(stage.title).trim();
  const headline = escapeMarkdownText(stage.headline).trim();
  return `### ${STATUS_EMOJI[stage.status]} ${title}${headline === '' ? '' : `: ${headline}`}`;
}

/** Returns the pieces that precede the stages: the sticky marker and the title line, as the options ask. */
export function renderReportHeader(report: RunReport, options: MarkdownOptions = {}): string[] {
  const pieces: string[] = [];
  if (options.stickyMarker === true) pieces.push(stickyMarker(report.name));
  if (options.title !== false) pieces.push(renderTitleLine(report));
  return pieces;
}

/** Renders one stage: its heading followed by its blocks. */
export function renderStageMarkdown(stage: StageReport, options: BlockOptions = {}): string {
  return joinMarkdown([renderStageHeading(stage), renderBlocks(stage.blocks, options)]);
}

/** Renders a whole report, without any length limit; see `fitMarkdown` for that. */
export function renderMarkdown(report: RunReport, options: MarkdownOptions = {}): string {
  const stages = report.stages.map((stage) => renderStageMarkdown(stage));
  return `${joinMarkdown([...renderReportHeader(report, options), ...stages])}\n`;
}
