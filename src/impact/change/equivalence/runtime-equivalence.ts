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
import { differingRegion, type DifferingRegion } from './differing-region.js';
import { erasureBlocker, valueOnlyTokens } from './erasure-checks.js';
import type { TypeEraser } from './type-erasure.js';

export interface ScriptVersions {
  path: string;
  baseText: string;
  headText: string;
  options: EmitOptions;
}

const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;

const JSX_PRAGMA = /@jsx(?:Frag|Runtime|ImportSource)?\s+\S+/g;

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
  if (!mayEraseAlike(base, head, versions.options)) return undefined;
  return (await erasesAlike(versions, differingRegion(base, head, versions.baseText.length, versions.headText.length), kind.language.jsx, erase))
    ? 'types'
    : undefined;
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
function mayEraseAlike(base: CodeShape, head: CodeShape, options: EmitOptions): boolean {
  if (valueOnlyTokens(base) !== valueOnlyTokens(head)) return false;
  return erasureBlocker(base, options) === undefined && erasureBlocker(head, options) === undefined;
}

/** Erases the region of both versions and compares their shapes, so formatting left behind by the eraser does not count. */
async function erasesAlike(versions: ScriptVersions, region: DifferingRegion, jsx: boolean, erase: TypeEraser): Promise<boolean> {
  const options = { jsx, keepValueImports: versions.options.keepValueImports };
  const whole = region.containsImports && !versions.options.keepValueImports;
  const baseText = whole ? versions.baseText : versions.baseText.slice(region.base.start, region.base.end);
  const headText = whole ? versions.headText : versions.headText.slice(region.head.start, region.head.end);
  const [baseCode, headCode] = await Promise.all([erase(baseText, options), erase(headText, options)]);
  if (baseCode === undefined || headCode === undefined) return false;
  const base = readCodeShape(baseCode, jsx);
  const head = readCodeShape(headCode, jsx);
  return base !== undefined && head !== undefined && sameShape(base, head);
}
