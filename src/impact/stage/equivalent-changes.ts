/**
 * Marks the modified scripts whose change cannot alter what runs, so that
 * tests reaching only them need a type check, not a run. The stage reads
 * the base versions with its other base blobs, in one git process.
 *
 * The quick check decides most code changes. The full comparison, with the
 * lexer and the eraser, loads only for the rest: with a warm scan cache
 * nothing else in the run loads the lexer.
 */
import { certainlyDiffersAtRunTime } from '../change/equivalence/quick-check.js';
import type { TypeEraser } from '../change/equivalence/type-erasure.js';
import { displayText } from '../display-text.js';
import { classifyPath } from '../scan/file-kinds.js';
import type { ScriptVersions } from '../change/equivalence/runtime-equivalence.js';
import type { EquivalenceVerdict } from '../graph/graph-cache-format.js';
import { verdictKey } from '../graph/graph-cache-key.js';
import type { ChangedFile, EmitOptions, RuntimeEquivalence } from '../model.js';
import { SHORT_PHASE_BUDGET_FACTOR, withDelayedOptimization } from '../../run/optimizer-tiering.js';

/** Options for a file that no tsconfig covers: the compiler's defaults, which keep neither metadata nor unused imports. */
const DEFAULT_EMIT_OPTIONS: EmitOptions = { emitDecoratorMetadata: false, keepValueImports: false };

export interface EquivalenceSources {
  baseText(path: string): string | undefined;
  headText(path: string): string | undefined;
  emitOptionsOf(path: string): EmitOptions | undefined;
}

/**
 * Paths whose base version the comparison needs: modified text scripts
 * that are not test files. A changed test file runs whatever changed in it,
 * so comparing its versions would cost time, up to loading the eraser, and
 * select nothing less.
 */
export function equivalenceCandidates(files: readonly ChangedFile[], isTest: (path: string) => boolean): string[] {
  return files
    .filter((file) => file.status === 'modified' && !file.binary && classifyPath(file.path).kind === 'script' && !isTest(file.path))
    .map((file) => file.path);
}

export interface EquivalenceOptions {
  /** The eraser to use in place of sucrase. */
  erase?: TypeEraser;
  /**
   * True when this process has already scanned files with the lexer, as a
   * run that builds the graph has. The full comparison then decides the
   * quick check's cases too, so the quick check's own pass over both texts
   * is skipped. That pass took about 25 ms for the 16 texts of a
   * TanStack/query change, and most of them went on to the full comparison.
   */
  lexerWarm?: boolean;
}

/**
 * Returns `files` with `runtimeEquivalent` set where it applies. Renames are
 * a deletion plus an addition in the change, so a renamed file is never
 * compared.
 */
export async function markEquivalentChanges(
  files: ChangedFile[],
  candidatePaths: readonly string[],
  sources: EquivalenceSources,
  options: EquivalenceOptions = {},
): Promise<ChangedFile[]> {
  const undecided: ScriptVersions[] = [];
  for (const path of candidatePaths) {
    const baseText = sources.baseText(path);
    const headText = sources.headText(path);
    if (baseText === undefined || headText === undefined) continue;
    if (!options.lexerWarm && certainlyDiffersAtRunTime(path, baseText, headText)) continue;
    undecided.push({ path, baseText, headText, options: sources.emitOptionsOf(path) ?? DEFAULT_EMIT_OPTIONS });
  }
  if (undecided.length === 0) return files;

  // The check loads sucrase and runs its first transforms once, for tens of milliseconds, so TurboFan's compiles of that code would cost more CPU time than they save.
  const equivalences = await withDelayedOptimization(() => compareUndecided(undecided, options.erase), SHORT_PHASE_BUDGET_FACTOR);
  return files.map((file) => {
    const equivalence = equivalences.get(file.path);
    return equivalence ? { ...file, runtimeEquivalent: equivalence } : file;
  });
}

/** Runs the full comparison on the versions that the quick check left undecided, and returns the verdicts by path. */
async function compareUndecided(undecided: readonly ScriptVersions[], erase: TypeEraser | undefined): Promise<Map<string, RuntimeEquivalence>> {
  const { compareVersions } = await import('../change/equivalence/runtime-equivalence.js');
  const eraser = erase ?? (await import('../change/equivalence/type-erasure.js')).eraseTypes;
  const equivalences = new Map<string, RuntimeEquivalence>();
  for (const versions of undecided) {
    const equivalence = await compareVersions(versions, eraser);
    if (equivalence) equivalences.set(versions.path, equivalence);
  }
  return equivalences;
}

/** The texts of `EquivalenceSources`, and the emit options behind a load, because they need the resolver, which a cached graph does not build. */
export interface VerdictSources extends Omit<EquivalenceSources, 'emitOptionsOf'> {
  loadEmitOptions(): Promise<EquivalenceSources['emitOptionsOf']>;
  /** Blob SHA of the base version, as git stores it. */
  baseBlob(path: string): string | undefined;
  /** Blob SHA that keys the head text the run reads (see `working-tree.ts`). */
  headBlob(path: string): string | undefined;
}

/**
 * Returns `files` marked as `markEquivalentChanges` marks them, taking the
 * verdict of each pair of versions from `verdicts` where it is there and
 * adding the verdicts it computes. The caller keeps `verdicts` only while
 * the emit options cannot change (see `head-graph.ts`), because the key
 * contains the path and both blob SHAs but not the options. A file without
 * both SHAs is compared and its verdict not kept.
 */
export async function markWithVerdicts(
  files: ChangedFile[],
  candidatePaths: readonly string[],
  sources: VerdictSources,
  verdicts: Map<string, EquivalenceVerdict>,
  options: EquivalenceOptions = {},
): Promise<ChangedFile[]> {
  const known = new Map<string, EquivalenceVerdict>();
  const unknownKeys = new Map<string, string | undefined>();
  for (const path of candidatePaths) {
    const baseBlob = sources.baseBlob(path);
    const headBlob = sources.headBlob(path);
    const key = baseBlob === undefined || headBlob === undefined ? undefined : verdictKey(path, baseBlob, headBlob);
    const verdict = key === undefined ? undefined : verdicts.get(key);
    if (verdict === undefined) unknownKeys.set(path, key);
    else known.set(path, verdict);
  }

  const marked =
    unknownKeys.size === 0
      ? files
      : await markEquivalentChanges(files, [...unknownKeys.keys()], { ...sources, emitOptionsOf: await sources.loadEmitOptions() }, options);
  for (const file of marked) {
    const key = unknownKeys.get(file.path);
    // `markEquivalentChanges` leaves a file without both texts unmarked, and no verdict is kept for it.
    if (key !== undefined && sources.baseText(file.path) !== undefined && sources.headText(file.path) !== undefined) {
      verdicts.set(key, file.runtimeEquivalent ?? 'none');
    }
  }
  return marked.map((file) => {
    const verdict = known.get(file.path);
    return verdict === undefined || verdict === 'none' ? file : { ...file, runtimeEquivalent: verdict };
  });
}

/** Notes for the report: one per marked file, saying why its importers only need a type check. */
export function equivalenceNotes(files: readonly ChangedFile[]): string[] {
  const notes: string[] = [];
  for (const file of files) {
    if (file.runtimeEquivalent === 'comments') {
      notes.push(`${displayText(file.path)} changed only in comments or white space, so tests that reach only such changes need a type check, not a run.`);
    } else if (file.runtimeEquivalent === 'types') {
      notes.push(`${displayText(file.path)} changed only in types, which are erased before it runs, so tests that reach only such changes need a type check, not a run.`);
    }
  }
  return notes;
}
