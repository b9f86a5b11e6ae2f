/**
 * The stretch of top-level statements where two versions of a script
 * differ, so that only that stretch goes through type erasure. Erasing a
 * 40 kB file and its base took about 20 ms after the eraser had warmed up
 * (sucrase 3.35, Node.js 20), and most changes touch a few statements.
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
}

/** Keywords that start a top-level declaration, after which a `}` at depth 0 ended the statement before. */
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

/** Returns the region of top-level statements that contains every difference of two shapes of unequal content. */
export function differingRegion(base: CodeShape, head: CodeShape, baseLength: number, headLength: number): DifferingRegion {
  const baseDepths = depths(base);
  const headDepths = depths(head);
  const prefix = commonPrefix(base, head);
  const suffix = commonSuffix(base, head, prefix);

  let first = prefix;
  while (first > 0 && !statementBoundary(base, baseDepths, first, first < prefix)) first--;

  let sharedTail = suffix;
  while (sharedTail > 0 && !(statementBoundary(base, baseDepths, base.kinds.length - sharedTail, true) && statementBoundary(head, headDepths, head.kinds.length - sharedTail, true))) {
    sharedTail--;
  }

  return {
    base: { start: first === 0 ? 0 : base.starts[first]!, end: sharedTail === 0 ? baseLength : base.starts[base.kinds.length - sharedTail]! },
    head: { start: first === 0 ? 0 : head.starts[first]!, end: sharedTail === 0 ? headLength : head.starts[head.kinds.length - sharedTail]! },
    containsImports: containsImport(base, first, base.kinds.length - sharedTail) || containsImport(head, first, head.kinds.length - sharedTail),
  };
}

/** Returns whether entries `[start, end)` contain an import declaration: `import` that is not `import(` or `import.meta`. */
function containsImport(shape: CodeShape, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    if (shape.kinds[index] !== SyntaxKind.ImportKeyword) continue;
    const next = shape.kinds[index + 1];
    if (next !== SyntaxKind.OpenParenToken && next !== SyntaxKind.DotToken) return true;
  }
  return false;
}

/**
 * Returns whether a top-level statement starts at entry `index`: the entry
 * before it is a `;` outside every bracket, or a `}` that closes the last
 * open bracket and is followed, on a new line, by a declaration keyword.
 * `nextIsShared` is true when the entry at `index` is the same in both
 * versions, which the keyword test needs.
 */
function statementBoundary(shape: CodeShape, depthBefore: readonly number[], index: number, nextIsShared: boolean): boolean {
  const previous = shape.kinds[index - 1];
  if (previous === undefined || depthBefore[index] !== 0) return false;
  if (previous === SyntaxKind.SemicolonToken) return true;
  if (previous !== SyntaxKind.CloseBraceToken || !nextIsShared) return false;
  return DECLARATION_STARTS.has(shape.kinds[index]!) && shape.texts[index]!.startsWith('\n');
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
  const limit = Math.min(base.kinds.length, head.kinds.length);
  let index = 0;
  while (index < limit && base.kinds[index] === head.kinds[index] && base.texts[index] === head.texts[index]) index++;
  return index;
}

/** Length of the common suffix, which never overlaps the common prefix. */
function commonSuffix(base: CodeShape, head: CodeShape, prefix: number): number {
  const limit = Math.min(base.kinds.length, head.kinds.length) - prefix;
  let length = 0;
  while (length < limit) {
    const baseIndex = base.kinds.length - 1 - length;
    const headIndex = head.kinds.length - 1 - length;
    if (base.kinds[baseIndex] !== head.kinds[headIndex] || base.texts[baseIndex] !== head.texts[headIndex]) break;
    length++;
  }
  return length;
}
