/**
 * Per-file records that a parser fills while it reads, keyed by the path the
 * report wrote, so that a file the report splits over several elements
 * (Cobertura classes, JaCoCo classes and source files) becomes one record.
 */

import type { ClassRecord, Counter, FileCoverage, MetricName } from '../model.js';
import { ColumnArena } from '../columns.js';
import type { CountArray } from '../count-arrays.js';
import { LineHitsBuilder } from '../line-hits.js';
import {
  FunctionTableBuilder,
  functionRecords,
  StatementTableBuilder,
  statementRecords,
  type BranchTable,
  type FunctionTable,
  type StatementTable,
} from '../record-tables.js';
import { BranchDraft } from './branch-draft.js';
import { detachString } from './xml-attributes.js';

/**
 * Number of drafts that keep their records in plain arrays. When one more
 * draft opens, the one opened longest ago is packed into typed arrays. XML
 * reports list a file's records in one place or in a few elements close
 * together (JaCoCo lists a package's classes, then its source files), so a
 * packed draft is rarely opened again. Before this limit, the plain arrays of
 * every file of a 100 MB report stayed on the heap until the end.
 * NOTE: a report that returns to more than 16 files in turn, again and again,
 * packs and reopens a draft on each return, at a cost that grows with the
 * records of that file.
 */
const OPEN_DRAFT_LIMIT = 16;

const NO_LINES = new LineHitsBuilder().build();
const NO_FUNCTIONS = new FunctionTableBuilder().build();
const NO_STATEMENTS = new StatementTableBuilder().build();
const NO_BRANCHES = new BranchDraft().build();

/**
 * Records of one file. Each kind of record is open, in a builder that accepts
 * more, or packed, in a finished table in the report's arena. Adding to a
 * packed kind reopens it from its table.
 */
export class FileDraft {
  readonly classes: ClassRecord[] = [];
  readonly summary: Partial<Record<MetricName, Counter>> = {};
  private openLines: LineHitsBuilder | null = null;
  private openFunctions: FunctionTableBuilder | null = null;
  private openStatements: StatementTableBuilder | null = null;
  private openBranches: BranchDraft | null = null;
  private packedLines: CountArray | null = null;
  private packedFunctions: FunctionTable | null = null;
  private packedStatements: StatementTable | null = null;
  private packedBranches: BranchTable | null = null;
  private open = false;

  /** `onOpen` is called when the draft goes from packed, or new, to open. */
  constructor(
    readonly path: string,
    private readonly onOpen: (draft: FileDraft) => void = () => {},
  ) {}

  get lines(): LineHitsBuilder {
    if (this.openLines) return this.openLines;
    this.markOpen();
    const builder = new LineHitsBuilder();
    if (this.packedLines) builder.reset(this.packedLines);
    this.packedLines = null;
    return (this.openLines = builder);
  }

  get functions(): FunctionTableBuilder {
    if (this.openFunctions) return this.openFunctions;
    this.markOpen();
    const builder = new FunctionTableBuilder();
    if (this.packedFunctions) for (const record of functionRecords(this.packedFunctions)) builder.add(record.name, record.line, record.hits);
    this.packedFunctions = null;
    return (this.openFunctions = builder);
  }

  get statements(): StatementTableBuilder {
    if (this.openStatements) return this.openStatements;
    this.markOpen();
    const builder = new StatementTableBuilder();
    if (this.packedStatements) {
      for (const record of statementRecords(this.packedStatements)) builder.add(record.line, record.column, record.hits, record.weight);
    }
    this.packedStatements = null;
    return (this.openStatements = builder);
  }

  addLine(line: number, hits: number): void {
    this.lines.add(line, hits);
  }

  /** Adds branch outcomes to a line; a line listed again sums into its first group (see `BranchDraft.add`). */
  addBranches(line: number, covered: number, total: number, taken: number[] | null): void {
    this.branches().add(line, covered, total, taken);
  }

  /** Builds the branch groups recorded so far, ordered by line. */
  branchTable(arena?: ColumnArena): BranchTable {
    return this.openBranches ? this.openBranches.build(arena) : (this.packedBranches ?? new BranchDraft().build(arena));
  }

  /** Moves every open kind of record into finished tables in `arena` and drops its builder. */
  pack(arena: ColumnArena): void {
    if (this.openLines) this.packedLines = this.openLines.build(arena);
    if (this.openFunctions) this.packedFunctions = this.openFunctions.build(arena);
    if (this.openStatements) this.packedStatements = this.openStatements.build(arena);
    if (this.openBranches) this.packedBranches = this.openBranches.build(arena);
    this.openLines = null;
    this.openFunctions = null;
    this.openStatements = null;
    this.openBranches = null;
    this.open = false;
  }

  // The finished tables, after `pack`. A kind with no records shares one empty table.
  finishedLines(): CountArray {
    return this.packedLines ?? NO_LINES;
  }

  finishedFunctions(): FunctionTable {
    return this.packedFunctions ?? NO_FUNCTIONS;
  }

  finishedStatements(): StatementTable {
    return this.packedStatements ?? NO_STATEMENTS;
  }

  finishedBranches(): BranchTable {
    return this.packedBranches ?? NO_BRANCHES;
  }

  private branches(): BranchDraft {
    if (this.openBranches) return this.openBranches;
    this.markOpen();
    const draft = this.packedBranches ? BranchDraft.fromTable(this.packedBranches) : new BranchDraft();
    this.packedBranches = null;
    return (this.openBranches = draft);
  }

  private markOpen(): void {
    if (this.open) return;
    this.open = true;
    this.onOpen(this);
  }
}

/** Flags of the metrics a report carries. A metric it does not carry stays `undefined` on every file. */
export type CarriedMetrics = Record<MetricName, boolean>;

export class FileTable {
  private readonly drafts = new Map<string, FileDraft>();
  private readonly arena = new ColumnArena();
  /** Drafts with open records, oldest first; at most `OPEN_DRAFT_LIMIT`. */
  private openDrafts: FileDraft[] = [];
  private readonly onOpen = (draft: FileDraft): void => {
    this.openDrafts.push(draft);
    if (this.openDrafts.length > OPEN_DRAFT_LIMIT) this.openDrafts.shift()!.pack(this.arena);
  };

  get size(): number {
    return this.drafts.size;
  }

  /** Returns the record for `path`, creating it on first use. */
  get(path: string): FileDraft {
    let draft = this.drafts.get(path);
    if (!draft) {
      const ownPath = detachString(path);
      draft = new FileDraft(ownPath, this.onOpen);
      this.drafts.set(ownPath, draft);
    }
    return draft;
  }

  /**
   * Builds the files in the order the report first named them. A carried
   * metric that a file has no records of becomes an empty array, unless the
   * file has a summary counter for it.
   */
  toFiles(carried: CarriedMetrics): FileCoverage[] {
    for (const draft of this.openDrafts) draft.pack(this.arena);
    this.openDrafts = [];
    const files: FileCoverage[] = [];
    for (const draft of this.drafts.values()) files.push(toFileCoverage(draft, carried));
    return files;
  }
}

function toFileCoverage(draft: FileDraft, carried: CarriedMetrics): FileCoverage {
  const file: FileCoverage = { path: draft.path };
  const hasSummary = (metric: MetricName): boolean => draft.summary[metric] !== undefined;

  if (carried.lines && !hasSummary('lines')) file.lines = draft.finishedLines();
  if (carried.branches && !hasSummary('branches')) file.branches = draft.finishedBranches();
  if (carried.functions && !hasSummary('functions')) file.functions = draft.finishedFunctions();
  if (carried.statements && !hasSummary('statements')) file.statements = draft.finishedStatements();
  if (carried.classes && !hasSummary('classes')) file.classes = draft.classes;
  if (Object.keys(draft.summary).length > 0) file.summary = draft.summary;
  return file;
}
