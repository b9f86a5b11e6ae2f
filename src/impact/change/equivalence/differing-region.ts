/**
 * The stretch of top-level statements where two versions of a script
 * differ, so that only that stretch goes through type erasure. Erasing a
 * 40 kB file and its base took about 20 ms after the eraser had warmed up
 * (sucrase 3.35, Node.js 20), and most changes touch a few statements.
 *
 * A statement starts after a `;` outside every bracket, and at a
 * statement keyword on a new line after a `}` or after a token that ends
 * an expression (see `statementBoundary`). The second rule finds the
 * boundaries of code written without semicolons. Without it, a change in
 * such a file widened the stretch back to the first line, imports included,
 * and the whole file went through erasure. That was the case for five of
 * the eight files of a TanStack/query change.
 *
 * Both versions share every token before the stretch and every token after
 * it. Erasing the stretch alone decides as erasing the whole file would,
 * except for import elision: the eraser drops an import that no value in
 * its text uses, and the stretch lacks the uses outside it. So a stretch
 * that contains an import declaration is no stretch at all, unless every
 * import is kept (`verbatimModuleSyntax`), and the caller erases the whole
 * files. Imports outside the stretch are elided alike in both versions,
 * because equal erased stretches use the same values.
 */
import { SyntaxKind } from '../../scan/lexer/index.js';
import type { CodeShape } from '../../scan/code-shape.js';

/** Character ranges of the two versions to erase: `[start, end)` of each. */
export interface DifferingRegion {
  base: { start: number; end: number };
  head: { start: number; end: number };
  /** True when the stretch of either version contains an import declaration. */
  containsImports: boolean;
  /** The stretch in entries of the shapes: `[first, baseEnd)` of the base and `[first, headEnd)` of the head. */
  tokens: { first: number; baseEnd: number; headEnd: number };
}

/** Keywords that start a declaration, after which a `}` or a token that ends an expression ended the statement before. */
const DECLARATION_STARTS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.ExportKeyword,
  SyntaxKind.ImportKeyword,
  SyntaxKind.FunctionKeyword,
  SyntaxKind.ClassKeyword,
  SyntaxKind.ConstKeyword,
  SyntaxKind.LetKeyword,
  SyntaxKind.VarKeyword,
  SyntaxKind.InterfaceKeyword,
  SyntaxKind.TypeKeyword,
  SyntaxKind.EnumKeyword,
  SyntaxKind.DeclareKeyword,
  SyntaxKind.AbstractKeyword,
  SyntaxKind.AsyncKeyword,
  SyntaxKind.AtToken,
]);

/**
 * Keywords that start other statements. `while` is left out, because in
 * `do {\n} \nwhile (x)` it belongs to the statement before it.
 */
const CONTROL_STARTS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.IfKeyword,
  SyntaxKind.ForKeyword,
  SyntaxKind.DoKeyword,
  SyntaxKind.TryKeyword,
  SyntaxKind.SwitchKeyword,
  SyntaxKind.ReturnKeyword,
  SyntaxKind.ThrowKeyword,
  SyntaxKind.BreakKeyword,
  SyntaxKind.ContinueKeyword,
]);

/**
 * Token counts that two shapes share at their start and at their end. The
 * two never overlap, so tokens between them differ in one of the shapes.
 */
export interface SharedEnds {
  prefix: number;
  suffix: number;
}

/** Returns the shared start and end of two shapes of unequal content. */
export function sharedEnds(base: CodeShape, head: CodeShape): SharedEnds {
  const prefix = commonPrefix(base, head);
  return { prefix, suffix: commonSuffix(base, head, prefix) };
}

/**
 * Tokens that end an expression, after which a statement keyword on a new
 * line cannot continue the statement, so the keyword starts another one.
 * Words that take an operand (`void`, `typeof`, `as`, `keyof`) and `>`
 * are not among them: `x = void\nfunction () {}` is one statement. Type
 * keywords are, because `let x: string\nexport` ends at `string`.
 */
const EXPRESSION_ENDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.Identifier,
  SyntaxKind.PrivateIdentifier,
  SyntaxKind.NumericLiteral,
  SyntaxKind.BigIntLiteral,
  SyntaxKind.StringLiteral,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateTail,
  SyntaxKind.CloseParenToken,
  SyntaxKind.CloseBracketToken,
  SyntaxKind.ThisKeyword,
  SyntaxKind.TrueKeyword,
  SyntaxKind.FalseKeyword,
  SyntaxKind.NullKeyword,
  SyntaxKind.UndefinedKeyword,
  SyntaxKind.AnyKeyword,
  SyntaxKind.UnknownKeyword,
  SyntaxKind.NeverKeyword,
  SyntaxKind.StringKeyword,
  SyntaxKind.NumberKeyword,
  SyntaxKind.BooleanKeyword,
  SyntaxKind.BigIntKeyword,
  SyntaxKind.SymbolKeyword,
  SyntaxKind.ObjectKeyword,
]);

/** The parts of one shape that `statementBoundary` reads. */
export interface BoundaryContext {
  shape: CodeShape;
  /** The shape's bracket depths, from `depths`. */
  depths: number[];
  /**
   * Whether a statement keyword may start a statement after a token that
   * ends an expression. Not in a shape with decorators, where `@a\nexport
   * class C {}` would split a decorator from its class.
   */
  afterExpressions: boolean;
}

/** Returns the region of top-level statements that contains every difference of two shapes of unequal content. */
export function differingRegion(base: BoundaryContext, head: BoundaryContext, ends: SharedEnds, baseLength: number, headLength: number): DifferingRegion {
  return statementsBetween(base, head, ends, { depth: 0, start: 0, baseEnd: base.shape.kinds.length }, baseLength, headLength);
}

/** A list of statements: the bracket depth of its statements and its entries, `[start, baseEnd)` of the base. */
export interface StatementList {
  depth: number;
  start: number;
  baseEnd: number;
}

/**
 * Returns the region of the statements of `list` that contain every
 * difference: from the last statement start at or before the first
 * difference, to the first entry after the last difference where both
 * versions start a statement.
 */
export function statementsBetween(
  base: BoundaryContext,
  head: BoundaryContext,
  ends: SharedEnds,
  list: StatementList,
  baseLength: number,
  headLength: number,
): DifferingRegion {
  let first = ends.prefix;
  while (first > list.start && !statementBoundary(base, first, list.depth, first < ends.prefix)) first--;

  let baseEnd = base.shape.kinds.length - ends.suffix;
  while (baseEnd < list.baseEnd && !bothBoundaries(base, head, baseEnd, list.depth)) baseEnd++;

  return regionOf(base.shape, head.shape, first, baseEnd, baseLength, headLength);
}

/**
 * Returns whether a statement at bracket depth `depth` starts at entry
 * `baseIndex` of the base and at the same entry of the shared suffix in
 * the head.
 */
function bothBoundaries(base: BoundaryContext, head: BoundaryContext, baseIndex: number, depth: number): boolean {
  const headIndex = baseIndex - base.shape.kinds.length + head.shape.kinds.length;
  return statementBoundary(base, baseIndex, depth, true) && statementBoundary(head, headIndex, depth, true);
}

/**
 * Returns the region from entry `first`, which both shapes share, up to
 * entry `baseEnd` of the base and the same entry of the shared suffix in
 * the head. An end past the last entry runs to the end of the text.
 */
export function regionOf(base: CodeShape, head: CodeShape, first: number, baseEnd: number, baseLength: number, headLength: number): DifferingRegion {
  const headEnd = baseEnd - base.kinds.length + head.kinds.length;
  return {
    base: { start: first === 0 ? 0 : base.starts[first]!, end: baseEnd === base.kinds.length ? baseLength : base.starts[baseEnd]! },
    head: { start: first === 0 ? 0 : head.starts[first]!, end: headEnd === head.kinds.length ? headLength : head.starts[headEnd]! },
    containsImports: containsImport(base, first, baseEnd) || containsImport(head, first, headEnd),
    tokens: { first, baseEnd, headEnd },
  };
}

/** Returns the context of `shape` for `statementBoundary`. */
export function boundaryContext(shape: CodeShape): BoundaryContext {
  return { shape, depths: depths(shape), afterExpressions: !shape.kinds.includes(SyntaxKind.AtToken) };
}

/** Returns whether entries `[start, end)` contain an import declaration. */
function containsImport(shape: CodeShape, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (startsImportDeclaration(shape.kinds, index)) return true;
  }
  return false;
}

/** Returns whether entry `index` starts an import declaration: `import` that is not `import(` or `import.meta`. */
export function startsImportDeclaration(kinds: readonly SyntaxKind[], index: number): boolean {
  if (kinds[index] !== SyntaxKind.ImportKeyword) return false;
  const next = kinds[index + 1];
  return next !== SyntaxKind.OpenParenToken && next !== SyntaxKind.DotToken;
}

/**
 * Returns whether a statement at bracket depth `depth` starts at entry
 * `index`: the entry before it is a `;` at that depth, or the entry at
 * `index` is a statement keyword on a new line at that depth, after a `}`
 * or after a token that ends an expression. `nextIsShared` is true when
 * the entry at `index` is the same in both versions, which the keyword test
 * needs.
 */
export function statementBoundary(context: BoundaryContext, index: number, depth: number, nextIsShared: boolean): boolean {
  const { shape } = context;
  const previous = shape.kinds[index - 1];
  if (previous === undefined || context.depths[index] !== depth) return false;
  if (previous === SyntaxKind.SemicolonToken) return true;
  if (!nextIsShared || !shape.texts[index]!.startsWith('\n')) return false;
  const next = shape.kinds[index]!;
  const declaration = DECLARATION_STARTS.has(next);
  if (previous === SyntaxKind.CloseBraceToken) return declaration || CONTROL_STARTS.has(next);
  if (!context.afterExpressions || !EXPRESSION_ENDS.has(previous)) return false;
  // The body of `if (x)`, `for (...)` or `while (x)` may follow on the next line, as in `if (x)\n  return`, and belongs to that statement.
  if (previous === SyntaxKind.CloseParenToken && closesControlHead(context, index - 1)) return false;
  return declaration || CONTROL_STARTS.has(next);
}

/** Keywords whose head in parentheses a statement follows: `if (x) y`. */
const CONTROL_HEADS: ReadonlySet<SyntaxKind> = new Set([SyntaxKind.IfKeyword, SyntaxKind.ForKeyword, SyntaxKind.WhileKeyword, SyntaxKind.WithKeyword]);

/** Returns whether the `)` at entry `close` ends the head of `if`, `for`, `while` or `with` (`for await (...)` too). */
function closesControlHead(context: BoundaryContext, close: number): boolean {
  const { kinds } = context.shape;
  const open = enclosingOpener(context, close);
  const before = kinds[open - 1];
  if (before === SyntaxKind.AwaitKeyword) return kinds[open - 2] === SyntaxKind.ForKeyword;
  return before !== undefined && CONTROL_HEADS.has(before);
}

/** Returns the entry of the bracket that encloses entry `index`, or -1 at the top level. */
export function enclosingOpener(context: BoundaryContext, index: number): number {
  const outer = context.depths[index]! - 1;
  let open = index - 1;
  while (open >= 0 && context.depths[open] !== outer) open--;
  return open;
}

/** Bracket depth before each entry, and one more for the end. */
function depths(shape: CodeShape): number[] {
  const result: number[] = [0];
  let depth = 0;
  for (const kind of shape.kinds) {
    if (kind === SyntaxKind.OpenBraceToken || kind === SyntaxKind.OpenParenToken || kind === SyntaxKind.OpenBracketToken || kind === SyntaxKind.TemplateHead) depth++;
    else if (kind === SyntaxKind.CloseBraceToken || kind === SyntaxKind.CloseParenToken || kind === SyntaxKind.CloseBracketToken || kind === SyntaxKind.TemplateTail) depth--;
    result.push(depth);
  }
  return result;
}

function commonPrefix(base: CodeShape, head: CodeShape): number {
  const { kinds: baseKinds, texts: baseTexts } = base;
  const { kinds: headKinds, texts: headTexts } = head;
  const limit = Math.min(baseKinds.length, headKinds.length);
  let index = 0;
  while (index < limit && baseKinds[index] === headKinds[index] && baseTexts[index] === headTexts[index]) index++;
  return index;
}

/** Length of the common suffix, which never overlaps the common prefix. */
function commonSuffix(base: CodeShape, head: CodeShape, prefix: number): number {
  const { kinds: baseKinds, texts: baseTexts } = base;
  const { kinds: headKinds, texts: headTexts } = head;
  const limit = Math.min(baseKinds.length, headKinds.length) - prefix;
  let baseIndex = baseKinds.length - 1;
  let headIndex = headKinds.length - 1;
  let length = 0;
  while (length < limit && baseKinds[baseIndex] === headKinds[headIndex] && baseTexts[baseIndex] === headTexts[headIndex]) {
    baseIndex--;
    headIndex--;
    length++;
  }
  return length;
}
