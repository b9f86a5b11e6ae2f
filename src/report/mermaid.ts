/**
 * A small subset of Mermaid flowchart syntax that is safe to build from
 * untrusted names, the check that a source uses only that subset, and the
 * report block that carries it.
 *
 * The Markdown renderers escape text but not Mermaid source, so safety is
 * decided here. Every label is quoted, and every character other than
 * letters, digits, marks, space, `.`, `_`, `/` and `-` becomes a Mermaid
 * entity code (`#35;` for `#`). So a label contains no quote, bracket,
 * backtick, `<`, `>`, `@`, `;`, `%` or line break, and cannot end itself,
 * start a Markdown string, an edge, a comment, an HTML tag or a mention, or
 * close the code fence. Node ids are generated (`n0`, `n1`, ...), never taken
 * from the input.
 */

import type { Block } from './document.js';
import { sanitizeLine } from './control-characters.js';

/** A chart block: Markdown renders it as a fenced `mermaid` block, the terminal as its source. */
export interface MermaidBlock {
  kind: 'mermaid';
  /** Flowchart source that passes `isInertMermaidSource`; other source is shown as plain code. */
  source: string;
}

/** Maximum characters of a label. A longer path keeps its end, which names the file. */
export const LABEL_MAX_CHARACTERS = 60;

const ELLIPSIS = '…';

// Characters kept as they are. Everything else is written as `#<code point>;`.
const LABEL_SAFE = /^[\p{L}\p{N}\p{M} ._/-]$/u;

/**
 * Quotes untrusted text as a flowchart label: one line, at most
 * `LABEL_MAX_CHARACTERS` code points (a longer text keeps its end after `…`),
 * and every character outside the safe set as an entity code.
 */
export function mermaidLabel(text: string): string {
  const characters = Array.from(sanitizeLine(text));
  const shortened = characters.length > LABEL_MAX_CHARACTERS;
  const labelCharacters = shortened ? characters.slice(characters.length - (LABEL_MAX_CHARACTERS - 1)) : characters;
  const encoded = labelCharacters.map((character) => (LABEL_SAFE.test(character) ? character : `#${character.codePointAt(0)};`)).join('');
  return `"${shortened ? ELLIPSIS : ''}${encoded}"`;
}

export interface FlowchartNode {
  /** Generated id: `n` followed by digits. */
  id: string;
  /** Untrusted text, quoted by `mermaidLabel`. */
  label: string;
  /** A class declared in `classes`. */
  className?: string;
}

export interface FlowchartEdge {
  from: string;
  to: string;
  /** Drawn as a dotted arrow. */
  dotted: boolean;
}

export interface FlowchartClass {
  /** Lowercase letters, digits and `-`. */
  name: string;
  /** Hex colours such as `#fde2e1`. */
  fill: string;
  stroke: string;
}

export interface Flowchart {
  nodes: readonly FlowchartNode[];
  edges: readonly FlowchartEdge[];
  classes: readonly FlowchartClass[];
}

const NODE_ID = /^n\d+$/;
const CLASS_NAME = /^[a-z][a-z0-9-]*$/;
const HEX_COLOR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/;

/**
 * Writes a left-to-right flowchart. Throws a `RangeError` for a node id,
 * class name or colour outside the subset, because those come from code,
 * not from input.
 */
export function flowchartSource(chart: Flowchart): string {
  const lines = ['flowchart LR'];
  for (const node of chart.nodes) {
    requireMatch(node.id, NODE_ID, 'node id');
    const className = node.className === undefined ? '' : `:::${requireMatch(node.className, CLASS_NAME, 'class name')}`;
    lines.push(`  ${node.id}[${mermaidLabel(node.label)}]${className}`);
  }
  for (const edge of chart.edges) {
    lines.push(`  ${requireMatch(edge.from, NODE_ID, 'node id')} ${edge.dotted ? '-.->' : '-->'} ${requireMatch(edge.to, NODE_ID, 'node id')}`);
  }
  for (const style of chart.classes) {
    const name = requireMatch(style.name, CLASS_NAME, 'class name');
    lines.push(`  classDef ${name} fill:${requireMatch(style.fill, HEX_COLOR, 'colour')},stroke:${requireMatch(style.stroke, HEX_COLOR, 'colour')}`);
  }
  return lines.join('\n');
}

function requireMatch(value: string, pattern: RegExp, role: string): string {
  if (!pattern.test(value)) throw new RangeError(`Invalid Mermaid ${role} ${JSON.stringify(value)}`);
  return value;
}

// One line of each form that `flowchartSource` writes.
const SOURCE_LINES: readonly RegExp[] = [
  /^flowchart LR$/,
  /^ {2}n\d+\["…?(?:[\p{L}\p{N}\p{M} ._/-]|#\d{1,7};)*"\](?::::[a-z][a-z0-9-]*)?$/u,
  /^ {2}n\d+ (?:-->|-\.->) n\d+$/,
  /^ {2}classDef [a-z][a-z0-9-]* fill:#[0-9a-f]{3}(?:[0-9a-f]{3})?,stroke:#[0-9a-f]{3}(?:[0-9a-f]{3})?$/,
];

/**
 * Checks that every line of `source` has a form that `flowchartSource`
 * writes. A renderer that draws a `MermaidBlock` from a stored report, such
 * as the artifact of a fork's run, checks this first and shows any other
 * source as plain code.
 */
export function isInertMermaidSource(source: string): boolean {
  const lines = source.split('\n');
  if (lines[0] !== 'flowchart LR') return false;
  return lines.every((line) => SOURCE_LINES.some((pattern) => pattern.test(line)));
}

/**
 * Renders the block as a fenced `mermaid` block for GitHub, which draws it
 * as a diagram. A source outside the subset is rendered as a plain code block
 * by `fallback`, so it shows as text and is never drawn.
 */
export function renderMermaidMarkdown(block: MermaidBlock, fallback: (text: string) => string): string {
  if (!isInertMermaidSource(block.source)) return fallback(block.source);
  return `\`\`\`mermaid\n${block.source}\n\`\`\``;
}

/** Wraps the chart in a collapsed section, so a large chart does not push the tables down. */
export function chartReportBlock(block: MermaidBlock, summary: string): Block {
  return { kind: 'details', summary, blocks: [block] };
}
