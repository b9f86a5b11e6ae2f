/**
 * Plain-text rendering of the results model for the CLI. Nothing is escaped
 * for Markdown, but every piece of text from the model has its control
 * characters replaced, so a file name cannot move the cursor, change colours
 * or reorder the line. Colour is an option the caller decides on; this module
 * never reads the environment.
 */

import { overallStatus } from './document.js';
import type { Block, Inline, RunReport, Span, StageReport, StageStatus } from './document.js';
import { sanitizeLine, sanitizeLines } from './control-characters.js';

export interface TerminalOptions {
  /** Use ANSI SGR colours and bold; false unless set. */
  color?: boolean;
}

const STATUS_LABEL: Record<StageStatus, string> = {
  passed: 'PASS',
  failed: 'FAIL',
  skipped: 'SKIP',
  error: 'ERROR',
};

// SGR codes: 1 bold, 2 dim, 31 red, 32 green, 33 yellow, 35 magenta, 36 cyan.
const STATUS_COLOR: Record<StageStatus, string> = {
  passed: '32',
  failed: '31',
  skipped: '33',
  error: '35',
};

const INDENT = '  ';

interface Style {
  color: boolean;
}

function paint(text: string, code: string, style: Style): string {
  return style.color && text !== '' ? `\u001B[${code}m${text}\u001B[0m` : text;
}

function renderSpan(span: Span, style: Style): string {
  const text = sanitizeLine(span.text);
  let rendered = text;
  if (span.style === 'code') rendered = paint(text, '36', style);
  if (span.style === 'bold') rendered = paint(text, '1', style);
  if (span.style === 'italic') rendered = paint(text, '3', style);

  if (span.href === undefined) return rendered;
  const href = sanitizeLine(span.href);
  return href === text ? rendered : `${rendered} (${href})`;
}

/** Renders inline content as one line of text; styles become colours only when enabled. */
export function renderInlineText(inline: Inline, options: TerminalOptions = {}): string {
  const style = { color: options.color === true };
  if (typeof inline === 'string') return sanitizeLine(inline);
  return inline.map((span) => renderSpan(span, style)).join('');
}

// Without colours, code points approximate the column width.
// NOTE: East Asian wide characters and emoji take two columns in most
// terminals, so tables that contain them are not aligned exactly.
function visibleWidth(text: string): number {
  return [...text.replace(/\u001B\[[0-9;]*m/g, '')].length;
}

function pad(text: string, width: number, align: 'left' | 'right' | 'center' | undefined): string {
  const missing = Math.max(0, width - visibleWidth(text));
  if (align === 'right') return ' '.repeat(missing) + text;
  if (align === 'center') {
    const left = Math.floor(missing / 2);
    return ' '.repeat(left) + text + ' '.repeat(missing - left);
  }
  return text + ' '.repeat(missing);
}

function renderTable(block: Extract<Block, { kind: 'table' }>, options: TerminalOptions): string[] {
  const columns = block.header.length;
  if (columns === 0) return [];

  const header = block.header.map((cell) => sanitizeLine(cell));
  const rows = block.rows.map((row) =>
    Array.from({ length: columns }, (_, index) => {
      const cell = row[index];
      return cell === undefined ? '' : renderInlineText(cell, options);
    }),
  );
  const widths = header.map((cell, index) =>
    Math.max(visibleWidth(cell), ...rows.map((row) => visibleWidth(row[index] ?? ''))),
  );

  const formatRow = (cells: string[]): string =>
    cells
      .map((cell, index) => pad(cell, widths[index] ?? 0, block.align?.[index]))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [formatRow(header), rule, ...rows.map(formatRow)];
}

function renderBlockLines(block: Block, options: TerminalOptions): string[] {
  const style = { color: options.color === true };
  switch (block.kind) {
    case 'heading':
      return [paint(renderInlineText(block.text, options), '1', style)];
    case 'paragraph':
      return [renderInlineText(block.text, options)];
    case 'list':
      return block.items.map((item) => `- ${renderInlineText(item, options)}`);
    case 'table':
      return renderTable(block, options);
    case 'details':
      return [
        renderInlineText(block.summary, options),
        ...renderBlocksLines(block.blocks, options).map((line) => (line === '' ? '' : INDENT + line)),
      ];
    case 'code':
      // Tabs become spaces because a tab jumps to a tab stop the terminal chooses.
      return sanitizeLines(block.text)
        .replace(/\t/g, '    ')
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => INDENT + INDENT + line);
    case 'mermaid':
      return renderBlockLines({ kind: 'code', text: block.source }, options);
  }
}

function renderBlocksLines(blocks: Block[], options: TerminalOptions): string[] {
  const lines: string[] = [];
  for (const block of blocks) {
    const blockLines = renderBlockLines(block, options);
    if (blockLines.length === 0) continue;
    if (lines.length > 0) lines.push('');
    lines.push(...blockLines);
  }
  return lines;
}

function statusLabel(status: StageStatus, style: Style): string {
  return paint(`[${STATUS_LABEL[status]}]`, STATUS_COLOR[status], style);
}

/** Renders one stage: a status line with its title and headline, then its blocks indented. */
export function renderStageText(stage: StageReport, options: TerminalOptions = {}): string {
  const style = { color: options.color === true };
  const headline = sanitizeLine(stage.headline);
  const title = paint(sanitizeLine(stage.title), '1', style);
  const lines = [`${statusLabel(stage.status, style)} ${title}${headline === '' ? '' : `: ${headline}`}`];
  for (const line of renderBlocksLines(stage.blocks, options)) lines.push(line === '' ? '' : INDENT + line);
  return lines.join('\n');
}

/** Renders the whole report for a terminal, ending with a newline. */
export function renderTerminal(report: RunReport, options: TerminalOptions = {}): string {
  const style = { color: options.color === true };
  const status = overallStatus(report);
  const title = `${statusLabel(status, style)} ${paint(sanitizeLine(report.name), '1', style)}: ${status}`;
  const stages = report.stages.map((stage) => renderStageText(stage, options));
  return `${[title, ...stages].join('\n\n')}\n`;
}
