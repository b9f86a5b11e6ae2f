/**
 * The edge columns of the resolved-graph cache (see `graph-cache-format.ts`
 * for the whole layout): an `EdgeTable` written as arrays of numbers and
 * read back into typed arrays, checking every number on the way.
 */
import { EDGE_KINDS, KIND_STEP, type EdgeTable } from './edge-table.js';

export interface EdgeColumns {
  /** Edges per path, in the order of the paths. */
  edgeCounts: number[];
  /** Edge targets outside the paths; node `paths.length + i` is `otherNodes[i]`. */
  otherNodes: string[];
  to: number[];
  traits: number[];
  lines: number[];
  specifiers: number[];
  specifierTexts: string[];
  vias: number[];
  viaTexts: string[];
}

/** Largest valid traits value: the last kind with both flags. */
const MAX_TRAITS = (EDGE_KINDS.length - 1) * KIND_STEP + KIND_STEP - 1;

/**
 * Returns the columns of `table`, whose edges must be grouped by importer
 * in file order, as every graph build and update makes them. Texts and
 * other nodes that no edge names any more (an update dropped the edges
 * that named them) are left out.
 */
export function writeEdgeColumns(table: EdgeTable): EdgeColumns {
  const edgeCounts = new Array<number>(table.fileCount).fill(0);
  let previous = 0;
  for (let id = 0; id < table.edgeCount; id++) {
    const from = table.from[id]!;
    if (from < previous || from >= table.fileCount) throw new Error(`Edge ${id} of the graph is not grouped by importer in file order, so the graph cache cannot store it.`);
    edgeCounts[from] = edgeCounts[from]! + 1;
    previous = from;
  }
  const others = new Renumbering(table.fileCount);
  const specifiers = new Renumbering(0);
  const vias = new Renumbering(0);
  const to: number[] = [];
  const specifierIds: number[] = [];
  const viaIds: number[] = [];
  for (let id = 0; id < table.edgeCount; id++) {
    const target = table.to[id]!;
    to.push(target < table.fileCount ? target : others.idOf(target));
    specifierIds.push(specifiers.idOf(table.specifiers[id]!));
    viaIds.push(vias.idOf(table.vias[id]!));
  }
  return {
    edgeCounts,
    otherNodes: others.kept.map((node) => table.nodes[node]!),
    to,
    traits: Array.from(table.traits),
    lines: Array.from(table.lines),
    specifiers: specifierIds,
    specifierTexts: specifiers.kept.map((index) => table.specifierTexts[index]!),
    vias: viaIds,
    viaTexts: vias.kept.map((index) => table.viaTexts[index]!),
  };
}

/** New ids, from `first` on, for the old ids in the order of their first use. */
class Renumbering {
  readonly kept: number[] = [];
  private readonly ids = new Map<number, number>();

  constructor(private readonly first: number) {}

  idOf(old: number): number {
    let id = this.ids.get(old);
    if (id === undefined) {
      id = this.first + this.kept.length;
      this.kept.push(old);
      this.ids.set(old, id);
    }
    return id;
  }
}

/**
 * Reads the edge columns of `document` over `paths`. Throws the error that
 * `malformed` makes, naming the field, at the first column of the wrong
 * length or value out of range.
 */
export function readEdgeColumns(document: Record<string, unknown>, paths: readonly string[], malformed: (field: string) => Error): EdgeTable {
  const edgeCounts = numbersOf(document, 'edgeCounts', malformed);
  if (edgeCounts.length !== paths.length) throw malformed('edgeCounts');
  const otherNodes = stringsOf(document, 'otherNodes', malformed);
  const specifierTexts = stringsOf(document, 'specifierTexts', malformed);
  const viaTexts = stringsOf(document, 'viaTexts', malformed);

  let edgeCount = 0;
  for (const count of edgeCounts) {
    if (!isIndex(count)) throw malformed('edgeCounts');
    edgeCount += count;
  }
  // Checked before the allocation below, so that a damaged count cannot ask for a huge array.
  if (edgeCount !== numbersOf(document, 'to', malformed).length) throw malformed('edgeCounts');
  const from = new Int32Array(edgeCount);
  let next = 0;
  for (let file = 0; file < edgeCounts.length; file++) {
    from.fill(file, next, next + edgeCounts[file]!);
    next += edgeCounts[file]!;
  }

  const nodes = otherNodes.length === 0 ? paths : [...paths, ...otherNodes];
  return {
    nodes,
    fileCount: paths.length,
    edgeCount,
    from,
    to: Int32Array.from(column(document, 'to', edgeCount, nodes.length, malformed)),
    traits: Uint8Array.from(column(document, 'traits', edgeCount, MAX_TRAITS + 1, malformed)),
    // Lines are 1-based and end before 2^31, so that they fit an Int32Array.
    lines: Int32Array.from(column(document, 'lines', edgeCount, 2 ** 31, malformed, 1)),
    specifiers: Int32Array.from(column(document, 'specifiers', edgeCount, specifierTexts.length, malformed)),
    specifierTexts,
    vias: Int32Array.from(column(document, 'vias', edgeCount, viaTexts.length, malformed)),
    viaTexts,
  };
}

/** Returns the column `field` after checking that it has `length` integers from `min` up to `limit` (exclusive). */
function column(document: Record<string, unknown>, field: string, length: number, limit: number, malformed: (field: string) => Error, min = 0): number[] {
  const values = numbersOf(document, field, malformed);
  if (values.length !== length) throw malformed(field);
  for (const value of values) {
    if (!isIndex(value) || value < min || value >= limit) throw malformed(field);
  }
  return values;
}

function numbersOf(document: Record<string, unknown>, field: string, malformed: (field: string) => Error): number[] {
  const value = document[field];
  if (!Array.isArray(value)) throw malformed(field);
  return value as number[];
}

function stringsOf(document: Record<string, unknown>, field: string, malformed: (field: string) => Error): string[] {
  const value = document[field];
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string')) throw malformed(field);
  return value as string[];
}

/** Checks for an integer from 0 up to 2^32 - 1, which is what `>>> 0` keeps unchanged. */
function isIndex(value: unknown): value is number {
  return typeof value === 'number' && value >>> 0 === value;
}
