/**
 * Reads the `packages` list of a pnpm-workspace.yaml written in the plain
 * style that pnpm's docs and most repositories use, without a YAML parser.
 * Loading and first running the `yaml` package took about 45 ms of CPU time,
 * a tenth of a cold impact run on vuejs/core.
 *
 * The reader accepts a small subset of YAML and returns undefined for
 * anything outside it, so that the caller parses the text with the full
 * parser. Inside the subset its result equals what the `yaml` package gives
 * for `packages`: test/impact/resolve/pnpm-workspace-list.test.ts compares the
 * two on every case. The subset:
 *   - top-level keys at column 0, unquoted or quoted, each once, with an
 *     empty value (a block follows) or a one-line scalar;
 *   - indented lines under a key without a scalar, which are skipped unless
 *     the key is `packages`;
 *   - `packages` as a block list of one-line string scalars, all at one
 *     indentation;
 *   - comments, blank lines, CRLF line ends.
 * Anything that could make a later line belong to another node (flow
 * collections, block scalars, anchors, aliases, tags, multi-line quotes,
 * tabs, document markers, directives, explicit keys) is outside it.
 */

/** Returns the `packages` globs, [] when there is no `packages` key, or undefined when the text needs the full parser. */
export function readPnpmPackagesList(text: string): string[] | undefined {
  if (text.startsWith('\uFEFF') || text.includes('\t')) return undefined;
  const lines = blockLines(text);
  if (lines === undefined) return undefined;
  const reader: BlockReader = { lines, position: 0, packages: undefined };
  if (!readMap(reader, 0, true) || reader.position < lines.length) return undefined;
  if (reader.packages === undefined) return [];
  // An empty block is null in YAML, which the full path reports as not a list.
  return reader.packages.length > 0 ? reader.packages : undefined;
}

/** One line of a block map or block list, without indentation and comment. */
type BlockLine = { indent: number; kind: 'entry'; key: string; value: string } | { indent: number; kind: 'item'; value: string };

interface BlockReader {
  lines: BlockLine[];
  position: number;
  /** The top-level `packages` list once it was read. */
  packages: string[] | undefined;
}

/** A `key: value` line: a quoted key, or a plain one that ends at the first `: ` and starts with no indicator. */
const MAP_ENTRY = /^([^\s'"#?\-[\]{},&*!|>%@`:](?:[^#]*?[^\s#])?|'[^']*'|"[^"\\]*")[ ]*:(?:[ ]+(.*))?$/;
const LIST_ITEM = /^-(?:[ ]+(.*))?$/;

/** Splits the text into block lines, or returns undefined when a line is outside the subset. */
function blockLines(text: string): BlockLine[] | undefined {
  const lines: BlockLine[] = [];
  for (const rawLine of text.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.includes('\r')) return undefined;
    const content = significantPart(line);
    if (content === undefined) return undefined;
    const body = content.trim();
    if (body === '') continue;
    const indent = content.length - content.trimStart().length;
    const item = LIST_ITEM.exec(body);
    const entry = item ? null : MAP_ENTRY.exec(body);
    if (item) lines.push({ indent, kind: 'item', value: item[1]?.trim() ?? '' });
    else if (entry) lines.push({ indent, kind: 'entry', key: unquote(entry[1]!), value: entry[2]?.trim() ?? '' });
    else return undefined;
  }
  return lines;
}

/** Reads a block map whose entries start at `indent`; false when it is outside the subset. */
function readMap(reader: BlockReader, indent: number, topLevel: boolean): boolean {
  const keys = new Set<string>();
  for (let line = reader.lines[reader.position]; line && line.indent === indent; line = reader.lines[reader.position]) {
    if (line.kind !== 'entry' || keys.has(line.key)) return false;
    keys.add(line.key);
    reader.position++;
    const isPackages = topLevel && line.key === 'packages';
    if (line.value !== '') {
      if (isPackages || !anyScalar(line.value)) return false;
    } else if (isPackages) {
      reader.packages = [];
      if (!readValueBlock(reader, indent, reader.packages)) return false;
    } else if (!readValueBlock(reader, indent, undefined)) {
      return false;
    }
    const next = reader.lines[reader.position];
    if (next && next.indent > indent) return false;
  }
  return true;
}

/**
 * Reads the block under a key without a scalar: a deeper map or list, a list
 * at the key's own indentation, or nothing (null). With `strings`, only a
 * list of string scalars is accepted, and its items are added there.
 */
function readValueBlock(reader: BlockReader, keyIndent: number, strings: string[] | undefined): boolean {
  const next = reader.lines[reader.position];
  if (!next || next.indent < keyIndent || (next.indent === keyIndent && next.kind !== 'item')) return strings === undefined;
  if (next.kind === 'item') return readList(reader, next.indent, strings);
  return strings === undefined && readMap(reader, next.indent, false);
}

/** Reads a block list whose items start at `indent`; false when it is outside the subset. */
function readList(reader: BlockReader, indent: number, strings: string[] | undefined): boolean {
  for (let line = reader.lines[reader.position]; line && line.indent === indent && line.kind === 'item'; line = reader.lines[reader.position]) {
    reader.position++;
    if (strings) {
      const value = stringScalar(line.value);
      if (value === undefined) return false;
      strings.push(value);
    } else if (line.value === '') {
      const nested = reader.lines[reader.position];
      if (nested && nested.indent > indent && !readValueBlock(reader, indent + 1, undefined)) return false;
    } else if (!anyScalar(line.value)) {
      return false;
    }
    const next = reader.lines[reader.position];
    if (next && next.indent > indent) return false;
  }
  return true;
}

/**
 * Returns the line without its comment, or undefined when it has a quote that
 * does not close on the line, a backslash inside double quotes, or a flow
 * collection, which could make later lines part of this one.
 */
function significantPart(line: string): string | undefined {
  let quote: string | undefined;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quote !== undefined) {
      if (char === '\\' && quote === '"') return undefined;
      if (char === quote) {
        // Two single quotes inside single quotes are one quote character.
        if (quote === "'" && line[index + 1] === "'") index++;
        else quote = undefined;
      }
      continue;
    }
    if (char === '#' && (index === 0 || line[index - 1] === ' ')) return line.slice(0, index);
    if (char === "'" || char === '"') {
      if (!startsScalar(line, index)) return undefined;
      quote = char;
    } else if ('[]{}'.includes(char)) {
      return undefined;
    } else if (INDICATORS.includes(char) && startsScalar(line, index)) {
      return undefined;
    }
  }
  return quote === undefined ? line : undefined;
}

/** Characters that change a scalar's meaning when they start it: tags, anchors, aliases, block scalars, directives and reserved ones. */
const INDICATORS = '!&*|>%@`?';

/** Checks whether a scalar starts at `index`: at the line's first non-space character, or after `- ` or `: `. */
function startsScalar(line: string, index: number): boolean {
  const before = line.slice(0, index);
  return before.trim() === '' || /(?:^|[ ])-[ ]+$/.test(before) || /:[ ]+$/.test(before);
}

/** Checks whether a value is one scalar on one line: quoted, or plain without `: `, a final `:` or a leading indicator. */
function anyScalar(text: string): boolean {
  if (/^'(?:[^']|'')*'$/.test(text) || /^"[^"\\]*"$/.test(text)) return true;
  return /^[^\s:#,?'"[\]{}&*!|>%@`-]/.test(text) && !/:(?: |$)/.test(text);
}

/** Returns a quoted or plain scalar as the string it stands for, or undefined when YAML could read it as another type or as more than one node. */
function stringScalar(text: string): string | undefined {
  const single = /^'((?:[^']|'')*)'$/.exec(text);
  if (single) return single[1]!.replaceAll("''", "'");
  const double = /^"([^"\\]*)"$/.exec(text);
  if (double) return double[1];
  // Plain: no quote, no `: `, and not a number, boolean or null under YAML 1.2's core schema.
  if (!/^[A-Za-z_/][A-Za-z0-9_./*@+=,()^~$-]*$/.test(text)) return undefined;
  return /^(?:true|false|null)$/i.test(text) ? undefined : text;
}

function unquote(key: string): string {
  if (key.startsWith("'") || key.startsWith('"')) return key.slice(1, -1);
  return key;
}
