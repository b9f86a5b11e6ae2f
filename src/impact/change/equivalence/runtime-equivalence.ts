/**
 * Decides whether a modified script changed only in ways that cannot
 * change what runs: only comments and white space, or only types. Tests
 * that reach such a file need a type check, not a run, because comments
 * and types still matter to the type checker (`@ts-expect-error`, JSDoc
 * types under `checkJs`).
 *
 * Every doubt resolves to a run-time change: a syntax error, a construct
 * whose erasure hides run-time code (see `erasureBlocker`), or an eraser
 * that rejects the text.
 */
import type { EmitOptions, RuntimeEquivalence } from '../../model.js';
import { readCodeShape, sameShape, type CodeShape } from '../../scan/code-shape.js';
import { classifyPath } from '../../scan/file-kinds.js';
import { boundaryContext, differingRegion, sharedEnds, type BoundaryContext, type DifferingRegion, type SharedEnds } from './differing-region.js';
import { regionAfterImports } from './import-area.js';
import { innerRegion } from './inner-region.js';
import { erasureBlocker, valueOnlyTokens } from './erasure-checks.js';
import { continuingLines, joinsLines } from './line-joins.js';
import type { ErasureOptions, TypeEraser } from './type-erasure.js';

export interface ScriptVersions {
  path: string;
  baseText: string;
  headText: string;
  options: EmitOptions;
}

const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;

const JSX_PRAGMA = /@jsx(?:Frag|Runtime|ImportSource)?\s+\S+/g;

/** A range of characters, `[start, end)`. */
type Range = DifferingRegion['base'];

/**
 * Returns the kind of run-time equivalence of the two versions, or undefined
 * for a change that can alter what runs. The caller has run
 * `certainlyDiffersAtRunTime` on them and passes only the versions it left
 * undecided, so the check is not repeated here.
 */
export async function compareVersions(versions: ScriptVersions, erase: TypeEraser): Promise<RuntimeEquivalence | undefined> {
  const kind = classifyPath(versions.path);
  if (kind.kind !== 'script') return undefined;
  // A declaration file emits nothing, so no change to it reaches run time.
  if (kind.language.declarationFile) return 'types';

  // A JSX pragma is a comment that decides what the JSX compiles to.
  if (jsxPragmas(versions.baseText) !== jsxPragmas(versions.headText)) return undefined;
  const typescript = TYPESCRIPT_SOURCE.test(versions.path);
  const base = readCodeShape(versions.baseText, kind.language.jsx);
  const head = readCodeShape(versions.headText, kind.language.jsx);
  if (!base || !head) return undefined;
  if (sameShape(base, head)) return 'comments';

  // JavaScript has no types to erase. Its JSDoc types are comments, which the comparison above already covers.
  if (!typescript) return undefined;
  const ends = sharedEnds(base, head);
  if (!mayEraseAlike(base, head, ends, versions.options)) return undefined;
  return (await erasesAlike(versions, boundaryContext(base), boundaryContext(head), ends, kind.language.jsx, erase)) ? 'types' : undefined;
}

/**
 * Returns the JSX pragmas of a text (`@jsx`, `@jsxFrag`, `@jsxRuntime`,
 * `@jsxImportSource` with their values), wherever they stand. A match
 * outside a comment only makes the comparison stricter.
 */
function jsxPragmas(text: string): string {
  if (!text.includes('@jsx')) return '';
  return (text.match(JSX_PRAGMA) ?? []).join('\n');
}

/** Runs the checks that need no eraser: value-only tokens and constructs that erasure would hide. */
function mayEraseAlike(base: CodeShape, head: CodeShape, ends: SharedEnds, options: EmitOptions): boolean {
  if (!sameValueTokens(base, head, ends)) return false;
  return erasureBlocker(base, options) === undefined && erasureBlocker(head, options) === undefined;
}

/**
 * Compares the value-only tokens of the two versions where they differ.
 * Whether a token counts depends on the tokens on either side of it, so the
 * comparison takes one shared token more at each end. Every token outside
 * has shared neighbours and counts alike in both versions.
 */
function sameValueTokens(base: CodeShape, head: CodeShape, ends: SharedEnds): boolean {
  const start = Math.max(0, ends.prefix - 1);
  const baseTokens = valueOnlyTokens(base, start, Math.min(base.kinds.length, base.kinds.length - ends.suffix + 1));
  const headTokens = valueOnlyTokens(head, start, Math.min(head.kinds.length, head.kinds.length - ends.suffix + 1));
  return baseTokens.length === headTokens.length && baseTokens.every((token, index) => token === headTokens[index]);
}

/**
 * Erases the differing statements of both versions and compares their
 * shapes, so formatting left behind by the eraser does not count. The
 * statements inside the innermost block go first (see `inner-region.ts`);
 * the top-level statements around them when the eraser rejects those. When
 * those hold an import, the code after the imports may show a difference
 * (see `import-area.ts`) before the whole files are erased.
 */
async function erasesAlike(
  versions: ScriptVersions,
  base: BoundaryContext,
  head: BoundaryContext,
  ends: SharedEnds,
  jsx: boolean,
  erase: TypeEraser,
): Promise<boolean> {
  const options = { jsx, keepValueImports: versions.options.keepValueImports };
  const inner = innerRegion(base, head, ends, versions.baseText.length, versions.headText.length);
  if (inner !== undefined && !inner.containsImports) {
    const baseInput = wrappedStatements(versions.baseText, base, ends, inner.base);
    const headInput = wrappedStatements(versions.headText, head, ends, inner.head);
    const verdict = await erasedAlike(baseInput, headInput, options, erase);
    if (verdict !== undefined) return verdict;
  }
  const region = differingRegion(base, head, ends, versions.baseText.length, versions.headText.length);
  const whole = region.containsImports && !versions.options.keepValueImports;
  if (whole && (await codeAfterImportsDiffers(versions, base.shape, head.shape, options, erase))) return false;
  const baseInput = regionText(versions.baseText, base, ends, region.base, whole);
  const headInput = regionText(versions.headText, head, ends, region.head, whole);
  return (await erasedAlike(baseInput, headInput, options, erase)) === true;
}

/** Returns true when the code after the leading imports erases differently in the two versions (see `import-area.ts`). */
async function codeAfterImportsDiffers(versions: ScriptVersions, base: CodeShape, head: CodeShape, options: ErasureOptions, erase: TypeEraser): Promise<boolean> {
  const code = regionAfterImports(base, head, versions.baseText.length, versions.headText.length);
  if (code === undefined) return false;
  const cut = code.inner ? wrapStatements : slice;
  // Only a difference counts here, and joined lines can only add one, so no line needs that check.
  const input = (text: string, range: Range): ErasureInput => ({ text: cut(text, range), joinable: new Set() });
  return (await erasedAlike(input(versions.baseText, code.region.base), input(versions.headText, code.region.head), options, erase)) === false;
}

/**
 * A text to erase, with the numbers of its lines that erasure may join to
 * the line before (see `line-joins.ts`). Only lines from the first
 * difference on count: the lines before it follow shared text, and the
 * region ends where both versions start a statement.
 */
interface ErasureInput {
  text: string;
  joinable: ReadonlySet<number>;
}

/** Returns the region's text, or the whole text when `whole` is true. */
function regionText(text: string, context: BoundaryContext, ends: SharedEnds, range: Range, whole: boolean): ErasureInput {
  const start = whole ? 0 : range.start;
  return {
    text: whole ? text : slice(text, range),
    joinable: continuingLines(context.shape, text, { first: ends.prefix, start, end: range.end }),
  };
}

/** Returns the statements of `range` wrapped by `wrapStatements`. */
function wrappedStatements(text: string, context: BoundaryContext, ends: SharedEnds, range: Range): ErasureInput {
  return {
    text: wrapStatements(text, range),
    // The wrapper's first line comes before the statements.
    joinable: continuingLines(context.shape, text, { first: ends.prefix, start: range.start, end: range.end }, 1),
  };
}

/** Wraps statements from a block in a function where `return`, `await` and `yield` parse as in any function body. */
function wrapStatements(text: string, range: Range): string {
  return `async function* testmasterStatements() {\n${slice(text, range)}\n}\n`;
}

/**
 * Returns whether two texts erase to the same shape, or undefined when the
 * eraser or the lexer rejects either. Erased code that joins a line to the
 * line before it where the text may not (see `line-joins.ts`) counts as
 * different: the eraser may have joined two statements that TypeScript
 * keeps apart.
 */
async function erasedAlike(base: ErasureInput, head: ErasureInput, options: ErasureOptions, erase: TypeEraser): Promise<boolean | undefined> {
  const [baseCode, headCode] = await Promise.all([erase(base.text, options), erase(head.text, options)]);
  if (baseCode === undefined || headCode === undefined) return undefined;
  const baseShape = readCodeShape(baseCode, options.jsx);
  const headShape = readCodeShape(headCode, options.jsx);
  if (baseShape === undefined || headShape === undefined) return undefined;
  if (!sameShape(baseShape, headShape)) return false;
  return !joinsLines(base.text, base.joinable, baseShape, baseCode) && !joinsLines(head.text, head.joinable, headShape, headCode);
}

function slice(text: string, range: Range): string {
  return text.slice(range.start, range.end);
}
