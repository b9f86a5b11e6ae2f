/**
 * Branch and function tables whose columns lie in one `ColumnArena` block and
 * are viewed on their first read.
 *
 * A table of typed-array views costs an object per column, and a large lcov
 * report has tens of thousands of files with about ten columns each. The
 * views survived the young generation and the scavenger copied them twice,
 * while a gate reads none of them: it needs only the counts, which these
 * tables carry from the moment they are built (`counter`).
 */
import { viewColumn, type ColumnRef } from './columns.js';
import { narrowCopy, type CountArray } from './count-arrays.js';
import type { Counter } from './model.js';
import { NameColumn } from './name-column.js';
import type { BranchTable, FunctionTable } from './record-tables.js';

/**
 * Places of a branch table's columns in one block, with the counts that
 * `counter` returns. The `covered` and `total` columns follow from `taken`
 * and are counted on their first read.
 */
export interface BranchColumnRefs {
  line: ColumnRef;
  takenStart: ColumnRef;
  taken: ColumnRef;
  /** Outcomes with hits above 0, the sum of the `covered` column. */
  coveredOutcomes: number;
  /** Outcomes, the sum of the `total` column and the length of `taken`. */
  outcomes: number;
}

export class ArenaBranchTable implements BranchTable {
  private lineView: CountArray | null = null;
  private coveredView: CountArray | null = null;
  private totalView: CountArray | null = null;
  private takenStartView: CountArray | null = null;
  private takenView: CountArray | null = null;
  private readonly lineRef: ColumnRef;
  private readonly takenStartRef: ColumnRef;
  private readonly takenRef: ColumnRef;
  private readonly coveredOutcomes: number;
  private readonly outcomes: number;

  constructor(
    readonly length: number,
    private readonly block: ArrayBuffer,
    refs: BranchColumnRefs,
  ) {
    this.lineRef = refs.line;
    this.takenStartRef = refs.takenStart;
    this.takenRef = refs.taken;
    this.coveredOutcomes = refs.coveredOutcomes;
    this.outcomes = refs.outcomes;
  }

  get line(): CountArray {
    return (this.lineView ??= viewColumn(this.block, this.lineRef, this.length));
  }

  get covered(): CountArray {
    return (this.coveredView ??= this.countOutcomes(true));
  }

  get total(): CountArray {
    return (this.totalView ??= this.countOutcomes(false));
  }

  get takenStart(): CountArray {
    return (this.takenStartView ??= viewColumn(this.block, this.takenStartRef, this.length + 1));
  }

  get taken(): CountArray {
    return (this.takenView ??= viewColumn(this.block, this.takenRef, this.outcomes));
  }

  get counter(): Counter {
    return { covered: this.coveredOutcomes, total: this.outcomes };
  }

  /** Returns the number of outcomes in each group, or of those with hits above 0 when `coveredOnly` is set. */
  private countOutcomes(coveredOnly: boolean): CountArray {
    const starts = this.takenStart;
    const taken = this.taken;
    const counts = new Array<number>(this.length);
    for (let group = 0; group < this.length; group++) {
      let count = 0;
      for (let outcome = starts[group]!; outcome < starts[group + 1]!; outcome++) if (!coveredOnly || taken[outcome]! > 0) count++;
      counts[group] = count;
    }
    return narrowCopy(counts, this.length);
  }
}

/** Places of a function table's columns in one block: the UTF-8 bytes of the names, where each name ends, and the numbers. */
export interface FunctionColumnRefs {
  nameBytes: ColumnRef;
  nameByteCount: number;
  nameEnds: ColumnRef;
  line: ColumnRef;
  hits: ColumnRef;
  /** Functions with hits above 0. */
  covered: number;
}

export class ArenaFunctionTable implements FunctionTable {
  private nameColumn: NameColumn | null = null;
  private lineView: CountArray | null = null;
  private hitsView: CountArray | null = null;
  private readonly nameBytesRef: ColumnRef;
  private readonly nameByteCount: number;
  private readonly nameEndsRef: ColumnRef;
  private readonly lineRef: ColumnRef;
  private readonly hitsRef: ColumnRef;
  private readonly coveredFunctions: number;

  constructor(
    readonly length: number,
    private readonly block: ArrayBuffer,
    refs: FunctionColumnRefs,
  ) {
    this.nameBytesRef = refs.nameBytes;
    this.nameByteCount = refs.nameByteCount;
    this.nameEndsRef = refs.nameEnds;
    this.lineRef = refs.line;
    this.hitsRef = refs.hits;
    this.coveredFunctions = refs.covered;
  }

  get name(): NameColumn {
    this.nameColumn ??= NameColumn.ofBytes(
      viewColumn(this.block, this.nameBytesRef, this.nameByteCount) as Uint8Array,
      viewColumn(this.block, this.nameEndsRef, this.length),
    );
    return this.nameColumn;
  }

  get line(): CountArray {
    return (this.lineView ??= viewColumn(this.block, this.lineRef, this.length));
  }

  get hits(): CountArray {
    return (this.hitsView ??= viewColumn(this.block, this.hitsRef, this.length));
  }

  get counter(): Counter {
    return { covered: this.coveredFunctions, total: this.length };
  }
}
