/**
 * The statements inside the innermost function body or block that contains
 * every difference of two versions, so that type erasure reads those
 * statements and not the whole top-level statement around them.
 *
 * Why: most changes edit the body of a function, and the top-level
 * statement is then the whole function, often most of the file. In a cold
 * run, sucrase's transforms took roughly 1 ms per kilobyte of text while its
 * code was still interpreted (the 16 texts of a TanStack/query change,
 * Node.js 20). Erasing the statements inside the function, about 300
 * characters of each version there, cut that change's erasure time in half.
 *
 * A statement erases the same in any function body, so two lists of
 * statements erase alike on their own exactly when they erase alike in
 * their block. The caller wraps each list in a generator function, where
 * `return`, `await` and `yield` parse as they do in the block.
 *
 * The block must be one whose body is a list of statements. A `{` counts
 * as one after `)` (a function, method, `if`, `for`, `while` or `catch`
 * body), after a return type (`): T {`), after `else`, `try`, `finally` or
 * `do`, and after `=>` when the body contains a token that only code has.
 * The last rule leaves out a function type that returns an object type,
 * such as `() => { a: string }`. Where the guess is still wrong, the body is
 * a class body (`class A extends f() {`) or a `switch` body: the eraser then
 * rejects the list, or keeps more of it than in its place, which can only
 * make the versions look different. The caller erases the top-level
 * statement when the eraser rejects a list.
 */
import { SyntaxKind } from '../../scan/lexer/index.js';
import type { CodeShape } from '../../scan/code-shape.js';
import { enclosingOpener, statementsBetween, type BoundaryContext, type DifferingRegion, type SharedEnds } from './differing-region.js';
import { countsAsValueOnly } from './erasure-checks.js';

/** Keywords after which a `{` opens a block of statements. */
const BLOCK_KEYWORDS: ReadonlySet<SyntaxKind> = new Set([SyntaxKind.ElseKeyword, SyntaxKind.TryKeyword, SyntaxKind.FinallyKeyword, SyntaxKind.DoKeyword]);

/**
 * Tokens that end the search for the `:` of a return type before a `{`.
 * The keywords start a declaration or a statement, so a `:` before one of
 * them belongs to an earlier construct. In `function f(): void {}\nexport
 * { f as g }`, the `{` opens an export list, where `as` renames. Erased as a
 * statement, `f as g` leaves only `f`, so renaming the export looked
 * type-only. A return type contains none of these keywords, except the
 * rare `<const T>` of a generic function type, where stopping only loses
 * the inner region. `import` stops the search unless `(` follows, as in
 * `import('x').T`.
 */
const RETURN_TYPE_STOPS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.SemicolonToken,
  SyntaxKind.EqualsToken,
  SyntaxKind.QuestionToken,
  SyntaxKind.ExportKeyword,
  SyntaxKind.DefaultKeyword,
  SyntaxKind.ClassKeyword,
  SyntaxKind.EnumKeyword,
  SyntaxKind.InterfaceKeyword,
  SyntaxKind.FunctionKeyword,
  SyntaxKind.ConstKeyword,
  SyntaxKind.LetKeyword,
  SyntaxKind.VarKeyword,
  SyntaxKind.ReturnKeyword,
  SyntaxKind.ThrowKeyword,
  SyntaxKind.CaseKeyword,
]);

/** Maximum length of a return type, in tokens, that the search reads back over. */
const RETURN_TYPE_LIMIT = 200;

/**
 * Returns the region of statements inside the innermost block that
 * contains every difference, or undefined when no block around the
 * differences is a list of statements. `ends` are the shapes' shared ends.
 */
export function innerRegion(base: BoundaryContext, head: BoundaryContext, ends: SharedEnds, baseLength: number, headLength: number): DifferingRegion | undefined {
  const baseKinds = base.shape.kinds;
  const baseDiffEnd = baseKinds.length - ends.suffix;
  const headDiffEnd = head.shape.kinds.length - ends.suffix;
  for (let open = enclosingOpener(base, ends.prefix); open >= 0; open = enclosingOpener(base, open)) {
    if (baseKinds[open] !== SyntaxKind.OpenBraceToken) continue;
    const baseClose = closingBrace(base, open, ends.prefix);
    const headClose = closingBrace(head, open, ends.prefix);
    if (baseClose === undefined || headClose === undefined) return undefined;
    // The brace must close in the shared suffix, at the same entry of it in both versions.
    if (baseClose < baseDiffEnd || headClose < headDiffEnd || baseKinds.length - baseClose !== head.shape.kinds.length - headClose) continue;
    if (!opensStatements(base, open, baseClose) && !opensStatements(head, open, headClose)) continue;
    return statementsBetween(base, head, ends, { depth: base.depths[open]! + 1, start: open + 1, baseEnd: baseClose }, baseLength, headLength);
  }
  return undefined;
}

/**
 * Returns the entry of the `}` that closes the brace at `open`, searching
 * from entry `from`, before which the brace is still open. Undefined when
 * another bracket closes it or nothing does.
 */
function closingBrace(context: BoundaryContext, open: number, from: number): number | undefined {
  const outer = context.depths[open]!;
  for (let index = from; index < context.shape.kinds.length; index++) {
    if (context.depths[index + 1] !== outer) continue;
    return context.shape.kinds[index] === SyntaxKind.CloseBraceToken ? index : undefined;
  }
  return undefined;
}

/** Returns whether the `{` at entry `open` starts a list of statements, as the module comment describes. */
function opensStatements(context: BoundaryContext, open: number, close: number): boolean {
  const { kinds } = context.shape;
  const previous = kinds[open - 1];
  if (previous === SyntaxKind.CloseParenToken || (previous !== undefined && BLOCK_KEYWORDS.has(previous))) return true;
  if (previous === SyntaxKind.EqualsGreaterThanToken) return containsValueOnlyToken(context.shape, open + 1, close);
  return followsReturnType(context, open);
}

function containsValueOnlyToken(shape: CodeShape, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (countsAsValueOnly(shape, index)) return true;
  }
  return false;
}

/**
 * Returns whether the `{` at entry `open` follows a return type: reading
 * back at its bracket depth, over nested brackets, it finds a `:` right
 * after a `)` with at least one entry between the `:` and the brace.
 */
function followsReturnType(context: BoundaryContext, open: number): boolean {
  const { kinds } = context.shape;
  const depth = context.depths[open]!;
  const limit = Math.max(0, open - RETURN_TYPE_LIMIT);
  for (let index = open - 1; index > limit; index--) {
    if (context.depths[index] !== depth) continue;
    const kind = kinds[index]!;
    if (kind === SyntaxKind.ColonToken) return index < open - 1 && kinds[index - 1] === SyntaxKind.CloseParenToken;
    if (RETURN_TYPE_STOPS.has(kind) || (kind === SyntaxKind.ImportKeyword && kinds[index + 1] !== SyntaxKind.OpenParenToken)) return false;
  }
  return false;
}
