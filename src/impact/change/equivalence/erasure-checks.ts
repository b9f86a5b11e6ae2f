/**
 * Token checks that run before type erasure: one that finds changes that
 * cannot be type-only without loading the eraser, and one that finds
 * constructs whose run-time code the eraser does not show.
 */
import { SyntaxKind } from '../../scan/lexer/index.js';
import type { EmitOptions } from '../../model.js';
import type { CodeShape } from '../../scan/code-shape.js';

/**
 * Tokens that TypeScript's type syntax never contains, so type erasure
 * keeps each of them where it is. Keywords among them can still name a
 * property in a type (`interface I { delete(): void }`), which
 * `countsAsValueOnly` leaves out.
 */
const VALUE_ONLY_KINDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.RegularExpressionLiteral,
  SyntaxKind.QuestionDotToken,
  SyntaxKind.LessThanEqualsToken,
  SyntaxKind.GreaterThanEqualsToken,
  SyntaxKind.EqualsEqualsToken,
  SyntaxKind.ExclamationEqualsToken,
  SyntaxKind.EqualsEqualsEqualsToken,
  SyntaxKind.ExclamationEqualsEqualsToken,
  SyntaxKind.AsteriskAsteriskToken,
  SyntaxKind.SlashToken,
  SyntaxKind.PercentToken,
  SyntaxKind.PlusPlusToken,
  SyntaxKind.MinusMinusToken,
  SyntaxKind.CaretToken,
  SyntaxKind.TildeToken,
  SyntaxKind.AmpersandAmpersandToken,
  SyntaxKind.BarBarToken,
  SyntaxKind.AtToken,
  SyntaxKind.QuestionQuestionToken,
  SyntaxKind.PlusEqualsToken,
  SyntaxKind.MinusEqualsToken,
  SyntaxKind.AsteriskEqualsToken,
  SyntaxKind.AsteriskAsteriskEqualsToken,
  SyntaxKind.SlashEqualsToken,
  SyntaxKind.PercentEqualsToken,
  SyntaxKind.LessThanLessThanEqualsToken,
  SyntaxKind.AmpersandEqualsToken,
  SyntaxKind.BarEqualsToken,
  SyntaxKind.BarBarEqualsToken,
  SyntaxKind.AmpersandAmpersandEqualsToken,
  SyntaxKind.QuestionQuestionEqualsToken,
  SyntaxKind.CaretEqualsToken,
  SyntaxKind.BreakKeyword,
  SyntaxKind.CaseKeyword,
  SyntaxKind.CatchKeyword,
  SyntaxKind.ContinueKeyword,
  SyntaxKind.DebuggerKeyword,
  SyntaxKind.DeleteKeyword,
  SyntaxKind.DoKeyword,
  SyntaxKind.ElseKeyword,
  SyntaxKind.FinallyKeyword,
  SyntaxKind.ForKeyword,
  SyntaxKind.IfKeyword,
  SyntaxKind.InstanceOfKeyword,
  SyntaxKind.NewKeyword,
  SyntaxKind.ReturnKeyword,
  SyntaxKind.SuperKeyword,
  SyntaxKind.SwitchKeyword,
  SyntaxKind.ThrowKeyword,
  SyntaxKind.TryKeyword,
  SyntaxKind.WhileKeyword,
  SyntaxKind.WithKeyword,
  SyntaxKind.YieldKeyword,
  SyntaxKind.AwaitKeyword,
]);

/** Tokens after which a keyword is a property name, in a type as much as in a value. */
const NAME_FOLLOWERS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.ColonToken,
  SyntaxKind.QuestionToken,
  SyntaxKind.OpenParenToken,
  SyntaxKind.LessThanToken,
  SyntaxKind.CommaToken,
  SyntaxKind.SemicolonToken,
  SyntaxKind.CloseBraceToken,
]);

/**
 * Returns the value-only tokens of a shape's entries `[start, end)` in
 * order. Erasure keeps them, so two versions whose lists differ cannot
 * erase to the same code, and the eraser need not be loaded. The eraser adds
 * tokens of its own only for enums and parameter properties, which both
 * versions then contain alike.
 */
export function valueOnlyTokens(shape: CodeShape, start = 0, end = shape.kinds.length): string[] {
  const valueTokens: string[] = [];
  for (let index = start; index < end; index++) {
    if (countsAsValueOnly(shape, index)) valueTokens.push(shape.texts[index]!.trimStart());
  }
  return valueTokens;
}

/** Returns whether entry `index` of a shape is a value-only token: one of `VALUE_ONLY_KINDS` that is not a property name. */
export function countsAsValueOnly(shape: CodeShape, index: number): boolean {
  const kind = shape.kinds[index]!;
  if (!VALUE_ONLY_KINDS.has(kind)) return false;
  if (kind < SyntaxKind.FirstKeyword) return true;
  const previous = shape.kinds[index - 1];
  if (previous === SyntaxKind.DotToken || previous === SyntaxKind.QuestionDotToken) return false;
  const next = shape.kinds[index + 1];
  return next === undefined || !NAME_FOLLOWERS.has(next);
}

/** Keywords after `declare` that declare a value rather than a type. */
const AMBIENT_VALUE_KINDS: ReadonlySet<SyntaxKind> = new Set([
  SyntaxKind.ClassKeyword,
  SyntaxKind.AbstractKeyword,
  SyntaxKind.ConstKeyword,
  SyntaxKind.LetKeyword,
  SyntaxKind.VarKeyword,
  SyntaxKind.FunctionKeyword,
  SyntaxKind.EnumKeyword,
  SyntaxKind.AsyncKeyword,
]);

/**
 * Returns why erasing the types of a version cannot show its run-time code,
 * or undefined when erasure can. Each reason covers a construct whose
 * run-time effect the eraser (sucrase 3.35) does not show:
 *
 * - decorators under `emitDecoratorMetadata`: the compiler writes the
 *   annotated types of decorated members into `design:type` metadata, which
 *   the eraser drops;
 * - `const enum`: without `isolatedModules`, the compiler inlines the members
 *   into importers and emits no enum, while the eraser emits a plain enum.
 *   A change between `enum` and `const enum`, or of a member's value, could
 *   then look equal;
 * - `namespace` and `module` blocks: the eraser drops a namespace that holds
 *   values without a word, so a change inside it would not show;
 * - `export import A = B.C`: the eraser reduces it to `export ;`;
 * - an ambient value (`declare class`, `declare const` and the like) in a
 *   file that exports names by list or by `export default name`. The
 *   compiler keeps the export of an ambient value, which then fails when
 *   the module loads, and the eraser drops it. So `interface Foo {}`
 *   becoming `declare class Foo {}` beside `export { Foo }` would look
 *   type-only.
 */
export function erasureBlocker(shape: CodeShape, options: EmitOptions): string | undefined {
  const { kinds } = shape;
  let ambientValue = false;
  let exportByName = false;
  for (let index = 0; index < kinds.length; index++) {
    const kind = kinds[index];
    const next = kinds[index + 1];
    if (kind === SyntaxKind.AtToken && options.emitDecoratorMetadata) return 'it has decorators and emitDecoratorMetadata is on';
    if (kind === SyntaxKind.ConstKeyword && next === SyntaxKind.EnumKeyword) return 'it declares a const enum';
    if ((kind === SyntaxKind.NamespaceKeyword || kind === SyntaxKind.ModuleKeyword) && (next === SyntaxKind.Identifier || next === SyntaxKind.StringLiteral)) {
      return 'it declares a namespace';
    }
    if (kind === SyntaxKind.ExportKeyword && next === SyntaxKind.ImportKeyword) return 'it has an export import alias';
    if (kind === SyntaxKind.DeclareKeyword && next !== undefined && AMBIENT_VALUE_KINDS.has(next)) ambientValue = true;
    if (kind === SyntaxKind.ExportKeyword && exportsName(kinds, index)) exportByName = true;
  }
  return ambientValue && exportByName ? 'it declares an ambient value and exports names' : undefined;
}

/** Returns whether the `export` at entry `index` exports names: `export {` or `export default name`. */
function exportsName(kinds: readonly SyntaxKind[], index: number): boolean {
  const next = kinds[index + 1];
  return next === SyntaxKind.OpenBraceToken || (next === SyntaxKind.DefaultKeyword && kinds[index + 2] === SyntaxKind.Identifier);
}
