/**
 * The code after a script's leading import declarations, compared on its
 * own when a change touches both the imports and the code.
 *
 * Why: an import in the differing stretch makes the check erase whole
 * files, because the eraser drops an import that nothing in its text uses
 * as a value. A change that edits an import and a function is common (two
 * of the eight files of a TanStack/query change), and erasing both whole
 * files took about 17 ms of that change's 24 ms of erasure.
 *
 * The erased code, with its import declarations and export lists taken
 * out, is the erased code of the other statements in order, and none of
 * those depends on which imports the eraser drops. So when the stretch
 * after the imports contains neither and erases differently in the two
 * versions, the whole files do too. When it erases alike, that proves
 * nothing about the imports, and the caller erases the whole files.
 *
 * NOTE: this rests on sucrase 3.35 deciding from the rest of the file only
 * which imports and which exported names (`export { T }`, `export default
 * T`) it drops. Another eraser may need the whole files every time.
 */
import { SyntaxKind } from '../../scan/lexer/index.js';
import type { CodeShape } from '../../scan/code-shape.js';
import { boundaryContext, differingRegion, sharedEnds, startsImportDeclaration, type DifferingRegion } from './differing-region.js';
import { innerRegion } from './inner-region.js';

/** Tokens that may stand between `import` and the module name of an import declaration. */
const IMPORT_CLAUSE_KINDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.Identifier,
  SyntaxKind.OpenBraceToken,
  SyntaxKind.CloseBraceToken,
  SyntaxKind.CommaToken,
  SyntaxKind.AsteriskToken,
]);

/** Tokens after `export` that start an export of names, whose erasure depends on the rest of the file. */
const NAME_EXPORT_KINDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.OpenBraceToken,
  SyntaxKind.AsteriskToken,
  SyntaxKind.DefaultKeyword,
  SyntaxKind.EqualsToken,
  SyntaxKind.ImportKeyword,
  SyntaxKind.AsKeyword,
]);

/** A region of the code after the imports, and whether its statements come from inside a block. */
export interface CodeRegion {
  region: DifferingRegion;
  /** True for statements from inside a block, which the caller wraps in a function as `inner-region.ts` describes. */
  inner: boolean;
}

/**
 * Returns the region of the code after the leading import declarations
 * where the versions differ. Returns undefined when that code is the same,
 * when an import declaration has a form that this reader does not know, or
 * when the region contains an import declaration or an export of names.
 */
export function regionAfterImports(base: CodeShape, head: CodeShape, baseLength: number, headLength: number): CodeRegion | undefined {
  const baseImports = importAreaLength(base);
  const headImports = importAreaLength(head);
  if (baseImports === undefined || headImports === undefined) return undefined;
  const baseCode = shapeFrom(base, baseImports);
  const headCode = shapeFrom(head, headImports);
  if (baseCode.kinds.length === 0 || headCode.kinds.length === 0) return undefined;
  const ends = sharedEnds(baseCode, headCode);
  // A shared start that covers both shapes leaves nothing that differs.
  if (ends.prefix === baseCode.kinds.length && ends.prefix === headCode.kinds.length) return undefined;

  const baseContext = boundaryContext(baseCode);
  const headContext = boundaryContext(headCode);
  const inner = innerRegion(baseContext, headContext, ends, baseLength, headLength);
  const region = inner ?? differingRegion(baseContext, headContext, ends, baseLength, headLength);
  if (region.containsImports || exportsNames(baseCode, region.tokens.first, region.tokens.baseEnd) || exportsNames(headCode, region.tokens.first, region.tokens.headEnd)) {
    return undefined;
  }
  // A region from the first entry starts at the text's start, which is where the imports are.
  if (region.tokens.first === 0) {
    region.base.start = baseCode.starts[0]!;
    region.head.start = headCode.starts[0]!;
  }
  return { region, inner: inner !== undefined };
}

/**
 * Returns the number of entries that the leading import declarations take,
 * or undefined when there are none or one has a form this reader does not
 * know: `import x = require('y')`, import attributes, or anything else
 * between `import` and the module name.
 */
function importAreaLength(shape: CodeShape): number | undefined {
  const { kinds } = shape;
  let index = 0;
  while (startsImportDeclaration(kinds, index)) {
    const end = importDeclarationEnd(kinds, index);
    if (end === undefined) return undefined;
    index = end;
  }
  return index === 0 ? undefined : index;
}

/** Returns the entry after the import declaration that starts at `start`, its `;` included, or undefined for a form this reader does not know. */
function importDeclarationEnd(kinds: readonly SyntaxKind[], start: number): number | undefined {
  for (let index = start + 1; index < kinds.length; index++) {
    const kind = kinds[index]!;
    if (kind === SyntaxKind.StringLiteral) {
      const previous = kinds[index - 1];
      if (previous !== SyntaxKind.FromKeyword && index !== start + 1) return undefined;
      const next = kinds[index + 1];
      if (next === SyntaxKind.WithKeyword || next === SyntaxKind.AssertKeyword) return undefined;
      return next === SyntaxKind.SemicolonToken ? index + 2 : index + 1;
    }
    // Words in the clause (`type`, `as`, `from`, `default`) are keywords to the lexer, and any keyword may name a binding.
    if (!IMPORT_CLAUSE_KINDS.has(kind) && (kind < SyntaxKind.FirstKeyword || kind > SyntaxKind.LastKeyword)) return undefined;
  }
  return undefined;
}

/** Returns the entries of `shape` from `start` on, with their offsets in the whole text. */
function shapeFrom(shape: CodeShape, start: number): CodeShape {
  return { kinds: shape.kinds.slice(start), texts: shape.texts.slice(start), starts: shape.starts.slice(start), ends: shape.ends.slice(start) };
}

/** Returns whether entries `[start, end)` contain an export of names: `export {`, `export *`, `export default`, `export =` and the like. */
function exportsNames(shape: CodeShape, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (shape.kinds[index] === SyntaxKind.ExportKeyword && NAME_EXPORT_KINDS.has(shape.kinds[index + 1]!)) return true;
  }
  return false;
}
