/**
 * The graph's output per importing file: its edges, its scan errors and its
 * unresolved references. A graph build is the concatenation of these
 * records in file order, so the resolved-graph cache can replace the
 * records of changed files and assemble the same build a full run gives.
 */
import type { GraphEdge } from '../model.js';
import type { Resolver } from '../resolve/index.js';
import { CappedWarnings, type GraphWarnings } from './capped-warnings.js';
import { withJsxRuntime } from './jsx-runtime-reference.js';
import { EdgeTableBuilder, type EdgeTable } from './edge-table.js';
import { graphFromTable, type ModuleGraph } from './module-graph.js';
import { addReferenceEdges, type EdgeSink, type UnresolvedReference } from './reference-edges.js';
import type { FileScan } from './scan-files.js';

export interface FileRecord {
  path: string;
  /** Edges from `path`, in reference order. */
  edges: GraphEdge[];
  /** The scanner's errors, each starting with `path`. */
  errors: string[];
  /** Warnings of references that resolved to nothing, in reference order. */
  unresolved: string[];
  /** The file is listed but its text could not be read, so it has no references. */
  unreadable: boolean;
}

/** A record without its edges, which the resolved-graph cache keeps apart from the edge table. */
export type FileNote = Omit<FileRecord, 'edges'>;

/** Resolves the references of `scan` into the record of its file. */
export function resolveFileRecord(resolver: Resolver, scan: FileScan): FileRecord {
  const sink: EdgeSink = { edges: [], unresolved: [] };
  addReferenceEdges(resolver, scan.path, withJsxRuntime(resolver, scan.path, scan.references), sink);
  return { path: scan.path, edges: sink.edges, errors: scan.errors, unresolved: sink.unresolved.map(describeUnresolved), unreadable: false };
}

export function unreadableRecord(path: string): FileRecord {
  return { path, edges: [], errors: [], unresolved: [], unreadable: true };
}

/**
 * Builds the graph over `files` from the records, which must be in the
 * order of `files`. Warnings come as the build always listed them: config
 * problems from the resolver, scan errors, unreadable files, then
 * unresolved references.
 */
export function assembleGraph(
  files: readonly string[],
  records: readonly FileRecord[],
  resolverWarnings: readonly string[],
): { graph: ModuleGraph; warnings: GraphWarnings } {
  const { table, notes } = splitRecords(files, records);
  return assembleFromTable(files, table, notes, resolverWarnings);
}

/** Builds the graph over `files` from an edge table over them and the notes of its files, in the order of `files`, with the warnings of `assembleGraph`. */
export function assembleFromTable(
  files: readonly string[],
  table: EdgeTable,
  notes: readonly FileNote[],
  resolverWarnings: readonly string[],
): { graph: ModuleGraph; warnings: GraphWarnings } {
  const warnings = new CappedWarnings();
  for (const warning of resolverWarnings) warnings.add(warning);
  for (const note of notes) for (const error of note.errors) warnings.add(error);
  for (const note of notes) {
    if (note.unreadable) warnings.add(`${note.path}: tracked but unreadable in the work tree, so its imports are missing from the graph. Check out the file.`);
  }
  for (const note of notes) for (const message of note.unresolved) warnings.add(message);
  return { graph: graphFromTable(files, table), warnings: warnings.summary() };
}

/** Splits records into the edge table over `files` and the notes of the records that have errors, unresolved references or no text. */
export function splitRecords(files: readonly string[], records: readonly FileRecord[]): { table: EdgeTable; notes: FileNote[] } {
  const builder = new EdgeTableBuilder(files);
  const notes: FileNote[] = [];
  for (const record of records) {
    for (const edge of record.edges) builder.add(edge);
    if (hasNotes(record)) notes.push(noteOf(record));
  }
  return { table: builder.finish(), notes };
}

export function hasNotes(note: FileNote): boolean {
  return note.errors.length > 0 || note.unresolved.length > 0 || note.unreadable;
}

function noteOf({ path, errors, unresolved, unreadable }: FileRecord): FileNote {
  return { path, errors, unresolved, unreadable };
}

function describeUnresolved({ importer, reference, reason }: UnresolvedReference): string {
  return `${importer}:${reference.line}: unresolved ${reference.kind} "${reference.specifier}": ${reason}`;
}
