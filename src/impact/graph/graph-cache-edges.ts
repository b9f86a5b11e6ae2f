/**
 * The edge columns of the resolved-graph cache (see `graph-cache-format.ts`
 * for the whole layout): an `EdgeTable` written as arrays of numbers and
 * read back into typed arrays, checking every number on the way.
 */
import { EDGE_KINDS, KIND_STEP, type EdgeTable } from './edge-table.js';

export interface EdgeColumns {
  /** Edges per path, in the order of the paths. */
  edgeCounts: number[];
  /** Edge targets outside the paths. Node `paths.length + i` is `otherNodes[i]`. */
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
    otherNodes: others.oldIds.map((node) => table.nodes[node]!),
    to,
    traits: Array.from(table.traits),
    lines: Array.from(table.lines),
    specifiers: specifierIds,
    specifierTexts: specifiers.oldIds.map((index) => table.specifierTexts[index]!),
    vias: viaIds,
    viaTexts: vias.oldIds.map((index) => table.viaTexts[index]!),
  };
}

/** New ids, from `first` on, for the old ids in the order of their first use. */
class Renumbering {
  /** The old ids, in the order of their new ones. */
  readonly oldIds: number[] = [];
  private readonly ids = new Map<number, number>();

  constructor(private readonly first: number) {}

  idOf(old: number): number {
    let id = this.ids.get(old);
    if (id === undefined) {
      id = this.first + this.oldIds.length;
      this.oldIds.push(old);
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
  const edgeCounts = column(document, 'edgeCounts', paths.length, 2 ** 31, malformed);
  const otherNodes = stringList(document, 'otherNodes', malformed);
  const specifierTexts = stringList(document, 'specifierTexts', malformed);
  const viaTexts = stringList(document, 'viaTexts', malformed);

  let edgeCount = 0;
  for (let file = 0; file < edgeCounts.length; file++) edgeCount += edgeCounts[file]!;
  // Checked before the allocation below, so that a damaged count cannot ask for a huge array.
  if (edgeCount !== numbersOf(document, 'to', malformed).length) throw malformed('edgeCounts');
  const from = new Int32Array(edgeCount);
  let next = 0;
  for (let file = 0; file < edgeCounts.length; file++) {
    for (let count = edgeCounts[file]!; count > 0; count--) from[next++] = file;
  }

  const nodes = otherNodes.length === 0 ? paths : [...paths, ...otherNodes];
  return {
    nodes,
    fileCount: paths.length,
    edgeCount,
    from,
    to: column(document, 'to', edgeCount, nodes.length, malformed),
    traits: Uint8Array.from(column(document, 'traits', edgeCount, MAX_TRAITS + 1, malformed)),
    // Lines are 1-based and end before 2^31, so that they fit an Int32Array.
    lines: column(document, 'lines', edgeCount, 2 ** 31, malformed, 1),
    specifiers: column(document, 'specifiers', edgeCount, specifierTexts.length, malformed),
    specifierTexts,
    vias: column(document, 'vias', edgeCount, viaTexts.length, malformed),
    viaTexts,
  };
}

/**
 * Returns the column `field` as an Int32Array after checking that it has
 * `length` integers from `min` up to `limit` (exclusive), at most 2^31.
 * The check compares instead of calling a test per item, because the loop
 * runs once per process, mostly before V8 optimizes it. On the 26,323 edges
 * of bench/impact-speed's synthetic repository, five columns took about
 * 2.6 ms of CPU time this way, and about 7 ms with a `for…of` loop and a
 * test function (Node.js 20).
 */
function column(document: Record<string, unknown>, field: string, length: number, limit: number, malformed: (field: string) => Error, min = 0): Int32Array {
  const values = numbersOf(document, field, malformed);
  if (values.length !== length) throw malformed(field);
  const column = new Int32Array(length);
  for (let index = 0; index < length; index++) {
    const value = values[index]!;
    // Rejects non-numbers too: `value | 0` is a number, so a string, null or boolean never equals it.
    if (!(value >= min && value < limit && value === (value | 0))) throw malformed(field);
    column[index] = value;
  }
  return column;
}

function numbersOf(document: Record<string, unknown>, field: string, malformed: (field: string) => Error): number[] {
  const value = document[field];
  if (!Array.isArray(value)) throw malformed(field);
  return value as number[];
}

/** Returns the strings of `field`, checked in an indexed loop for the reason `column` gives. */
export function stringList(document: Record<string, unknown>, field: string, malformed: (field: string) => Error): string[] {
  const value = document[field];
  if (!Array.isArray(value)) throw malformed(field);
  for (let index = 0; index < value.length; index++) if (typeof value[index] !== 'string') throw malformed(field);
  return value as string[];
}
