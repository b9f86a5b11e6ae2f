export const id = 828;
export const ids = [828];
export const modules = {

/***/ 43828:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareVersions: () => (/* binding */ compareVersions)
});

// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(98708);
// EXTERNAL MODULE: ./src/impact/scan/syntax-errors.ts
var syntax_errors = __webpack_require__(86743);
// EXTERNAL MODULE: ./src/impact/scan/token-stream.ts + 2 modules
var token_stream = __webpack_require__(17040);
;// CONCATENATED MODULE: ./src/impact/scan/code-shape.ts
/**
 * The code of a script with its comments and formatting taken out: the
 * sequence of code tokens, each marked with whether a line break precedes
 * it. Two texts with equal shapes differ only in comments and white space
 * that cannot change what runs.
 *
 * Line breaks stay in the shape because automatic semicolon insertion reads
 * them: `return\nvalue` returns undefined, `return value` returns the value.
 * So a change that joins or splits lines is not formatting-only here, even
 * where it would be harmless. JSX text, tag names and attributes, which the
 * token stream skips, stay in the shape verbatim, because white space inside
 * JSX text reaches the rendered output.
 *
 * NOTE: the token stream tells a regular expression from a division by the
 * token before the `/`, as TypeScript's scanner does without a parser. Where
 * it guesses wrong, white space inside that regular expression is dropped
 * as if it were between tokens, and a change to it alone would look like
 * formatting.
 */



/** A reference list that keeps nothing: the shape needs the tokens, not the module references. */
const NO_REFERENCES = { length: 0, truncate: () => undefined };
/**
 * Reads the shape of `text`. Returns undefined when the token stream
 * reports a syntax error, because tokens after an error may be read
 * differently than the runtime would read them.
 */
function readCodeShape(text, jsx) {
    const errors = new syntax_errors/* SyntaxErrorList */.O();
    const stream = new token_stream/* TokenStream */.e(text, { jsx, start: 0, errors, references: NO_REFERENCES, lineAt: () => 0 });
    const shape = { kinds: [], texts: [], starts: [], ends: [] };
    let previousEnd = 0;
    for (; stream.token !== lexer/* SyntaxKind */.a6.EndOfFileToken; stream.advance()) {
        // A line break before the first token means nothing to semicolon insertion, so a comment added above the code does not count.
        const lineBreak = addGap(text, previousEnd, stream.tokenStart, shape) && shape.texts.length > 0;
        addEntry(shape, stream.token, (lineBreak ? '\n' : '') + text.slice(stream.tokenStart, stream.tokenEnd), stream.tokenStart, stream.tokenEnd);
        previousEnd = stream.tokenEnd;
    }
    addGap(text, previousEnd, text.length, shape);
    return errors.size > 0 ? undefined : shape;
}
function addEntry(shape, kind, text, start, end) {
    shape.kinds.push(kind);
    shape.texts.push(text);
    shape.starts.push(start);
    shape.ends.push(end);
}
/** Returns whether two shapes are equal entry by entry. */
function sameShape(left, right) {
    if (left.texts.length !== right.texts.length)
        return false;
    for (let index = 0; index < left.texts.length; index++) {
        if (left.kinds[index] !== right.kinds[index] || left.texts[index] !== right.texts[index])
            return false;
    }
    return true;
}
/**
 * Looks at the text between two code tokens. Returns whether it holds a
 * line break when it is only white space and comments. Anything else in it
 * (skipped JSX, a `#!` line) becomes an entry of its own.
 */
function addGap(text, start, end, shape) {
    const trivia = triviaLineBreak(text, start, end);
    if (trivia !== undefined)
        return trivia;
    addEntry(shape, lexer/* SyntaxKind */.a6.JsxText, text.slice(start, end), start, end);
    return false;
}
/** Returns whether `text[start, end)` holds a line break, or undefined when it holds more than white space and comments. */
function triviaLineBreak(text, start, end) {
    let lineBreak = false;
    let pos = start;
    while (pos < end) {
        const code = text.charCodeAt(pos);
        if ((0,lexer/* isLineBreak */.MC)(code)) {
            lineBreak = true;
            pos++;
        }
        else if ((0,lexer/* isWhiteSpaceSingleLine */.GF)(code)) {
            pos++;
        }
        else if (code === 0x2f && text.charCodeAt(pos + 1) === 0x2f) {
            while (pos < end && !(0,lexer/* isLineBreak */.MC)(text.charCodeAt(pos)))
                pos++;
        }
        else if (code === 0x2f && text.charCodeAt(pos + 1) === 0x2a) {
            const close = text.indexOf('*/', pos + 2);
            if (close === -1 || close + 2 > end)
                return undefined;
            // A block comment with a line break in it counts as a line break, as in ECMAScript's automatic semicolon insertion.
            for (let inside = pos + 2; inside < close && !lineBreak; inside++)
                lineBreak = (0,lexer/* isLineBreak */.MC)(text.charCodeAt(inside));
            pos = close + 2;
        }
        else {
            return undefined;
        }
    }
    return lineBreak;
}

// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(32644);
;// CONCATENATED MODULE: ./src/impact/change/equivalence/differing-region.ts
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

/** Keywords that start a declaration, after which a `}` or a token that ends an expression ended the statement before. */
const DECLARATION_STARTS = new Set([
    lexer/* SyntaxKind */.a6.ExportKeyword,
    lexer/* SyntaxKind */.a6.ImportKeyword,
    lexer/* SyntaxKind */.a6.FunctionKeyword,
    lexer/* SyntaxKind */.a6.ClassKeyword,
    lexer/* SyntaxKind */.a6.ConstKeyword,
    lexer/* SyntaxKind */.a6.LetKeyword,
    lexer/* SyntaxKind */.a6.VarKeyword,
    lexer/* SyntaxKind */.a6.InterfaceKeyword,
    lexer/* SyntaxKind */.a6.TypeKeyword,
    lexer/* SyntaxKind */.a6.EnumKeyword,
    lexer/* SyntaxKind */.a6.DeclareKeyword,
    lexer/* SyntaxKind */.a6.AbstractKeyword,
    lexer/* SyntaxKind */.a6.AsyncKeyword,
    lexer/* SyntaxKind */.a6.AtToken,
]);
/**
 * Keywords that start other statements. `while` is left out, because in
 * `do {\n} \nwhile (x)` it belongs to the statement before it.
 */
const CONTROL_STARTS = new Set([
    lexer/* SyntaxKind */.a6.IfKeyword,
    lexer/* SyntaxKind */.a6.ForKeyword,
    lexer/* SyntaxKind */.a6.DoKeyword,
    lexer/* SyntaxKind */.a6.TryKeyword,
    lexer/* SyntaxKind */.a6.SwitchKeyword,
    lexer/* SyntaxKind */.a6.ReturnKeyword,
    lexer/* SyntaxKind */.a6.ThrowKeyword,
    lexer/* SyntaxKind */.a6.BreakKeyword,
    lexer/* SyntaxKind */.a6.ContinueKeyword,
]);
/** Returns the shared start and end of two shapes of unequal content. */
function sharedEnds(base, head) {
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
const EXPRESSION_ENDS = new Set([
    lexer/* SyntaxKind */.a6.Identifier,
    lexer/* SyntaxKind */.a6.PrivateIdentifier,
    lexer/* SyntaxKind */.a6.NumericLiteral,
    lexer/* SyntaxKind */.a6.BigIntLiteral,
    lexer/* SyntaxKind */.a6.StringLiteral,
    lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral,
    lexer/* SyntaxKind */.a6.TemplateTail,
    lexer/* SyntaxKind */.a6.CloseParenToken,
    lexer/* SyntaxKind */.a6.CloseBracketToken,
    lexer/* SyntaxKind */.a6.ThisKeyword,
    lexer/* SyntaxKind */.a6.TrueKeyword,
    lexer/* SyntaxKind */.a6.FalseKeyword,
    lexer/* SyntaxKind */.a6.NullKeyword,
    lexer/* SyntaxKind */.a6.UndefinedKeyword,
    lexer/* SyntaxKind */.a6.AnyKeyword,
    lexer/* SyntaxKind */.a6.UnknownKeyword,
    lexer/* SyntaxKind */.a6.NeverKeyword,
    lexer/* SyntaxKind */.a6.StringKeyword,
    lexer/* SyntaxKind */.a6.NumberKeyword,
    lexer/* SyntaxKind */.a6.BooleanKeyword,
    lexer/* SyntaxKind */.a6.BigIntKeyword,
    lexer/* SyntaxKind */.a6.SymbolKeyword,
    lexer/* SyntaxKind */.a6.ObjectKeyword,
]);
/** Returns the region of top-level statements that contains every difference of two shapes of unequal content. */
function differingRegion(base, head, ends, baseLength, headLength) {
    return statementsBetween(base, head, ends, { depth: 0, start: 0, baseEnd: base.shape.kinds.length }, baseLength, headLength);
}
/**
 * Returns the region of the statements of `list` that contain every
 * difference: from the last statement start at or before the first
 * difference, to the first entry after the last difference where both
 * versions start a statement.
 */
function statementsBetween(base, head, ends, list, baseLength, headLength) {
    let first = ends.prefix;
    while (first > list.start && !statementBoundary(base, first, list.depth, first < ends.prefix))
        first--;
    let baseEnd = base.shape.kinds.length - ends.suffix;
    while (baseEnd < list.baseEnd && !bothBoundaries(base, head, baseEnd, list.depth))
        baseEnd++;
    return regionOf(base.shape, head.shape, first, baseEnd, baseLength, headLength);
}
/**
 * Returns whether a statement at bracket depth `depth` starts at entry
 * `baseIndex` of the base and at the same entry of the shared suffix in
 * the head.
 */
function bothBoundaries(base, head, baseIndex, depth) {
    const headIndex = baseIndex - base.shape.kinds.length + head.shape.kinds.length;
    return statementBoundary(base, baseIndex, depth, true) && statementBoundary(head, headIndex, depth, true);
}
/**
 * Returns the region from entry `first`, which both shapes share, up to
 * entry `baseEnd` of the base and the same entry of the shared suffix in
 * the head. An end past the last entry runs to the end of the text.
 */
function regionOf(base, head, first, baseEnd, baseLength, headLength) {
    const headEnd = baseEnd - base.kinds.length + head.kinds.length;
    return {
        base: { start: first === 0 ? 0 : base.starts[first], end: baseEnd === base.kinds.length ? baseLength : base.starts[baseEnd] },
        head: { start: first === 0 ? 0 : head.starts[first], end: headEnd === head.kinds.length ? headLength : head.starts[headEnd] },
        containsImports: containsImport(base, first, baseEnd) || containsImport(head, first, headEnd),
        tokens: { first, baseEnd, headEnd },
    };
}
/** Returns the context of `shape` for `statementBoundary`. */
function boundaryContext(shape) {
    return { shape, depths: depths(shape), afterExpressions: !shape.kinds.includes(lexer/* SyntaxKind */.a6.AtToken) };
}
/** Returns whether entries `[start, end)` contain an import declaration. */
function containsImport(shape, start, end) {
    for (let index = start; index < end; index++) {
        if (startsImportDeclaration(shape.kinds, index))
            return true;
    }
    return false;
}
/** Returns whether entry `index` starts an import declaration: `import` that is not `import(` or `import.meta`. */
function startsImportDeclaration(kinds, index) {
    if (kinds[index] !== lexer/* SyntaxKind */.a6.ImportKeyword)
        return false;
    const next = kinds[index + 1];
    return next !== lexer/* SyntaxKind */.a6.OpenParenToken && next !== lexer/* SyntaxKind */.a6.DotToken;
}
/**
 * Returns whether a statement at bracket depth `depth` starts at entry
 * `index`: the entry before it is a `;` at that depth, or the entry at
 * `index` is a statement keyword on a new line at that depth, after a `}`
 * or after a token that ends an expression. `nextIsShared` is true when
 * the entry at `index` is the same in both versions, which the keyword test
 * needs.
 */
function statementBoundary(context, index, depth, nextIsShared) {
    const { shape } = context;
    const previous = shape.kinds[index - 1];
    if (previous === undefined || context.depths[index] !== depth)
        return false;
    if (previous === lexer/* SyntaxKind */.a6.SemicolonToken)
        return true;
    if (!nextIsShared || !shape.texts[index].startsWith('\n'))
        return false;
    const next = shape.kinds[index];
    const declaration = DECLARATION_STARTS.has(next);
    if (previous === lexer/* SyntaxKind */.a6.CloseBraceToken)
        return declaration || CONTROL_STARTS.has(next);
    if (!context.afterExpressions || !EXPRESSION_ENDS.has(previous))
        return false;
    // The body of `if (x)`, `for (...)` or `while (x)` may follow on the next line, as in `if (x)\n  return`, and belongs to that statement.
    if (previous === lexer/* SyntaxKind */.a6.CloseParenToken && closesControlHead(context, index - 1))
        return false;
    return declaration || CONTROL_STARTS.has(next);
}
/** Keywords whose head in parentheses a statement follows: `if (x) y`. */
const CONTROL_HEADS = new Set([lexer/* SyntaxKind */.a6.IfKeyword, lexer/* SyntaxKind */.a6.ForKeyword, lexer/* SyntaxKind */.a6.WhileKeyword, lexer/* SyntaxKind */.a6.WithKeyword]);
/** Returns whether the `)` at entry `close` ends the head of `if`, `for`, `while` or `with` (`for await (...)` too). */
function closesControlHead(context, close) {
    const { kinds } = context.shape;
    const open = enclosingOpener(context, close);
    const before = kinds[open - 1];
    if (before === lexer/* SyntaxKind */.a6.AwaitKeyword)
        return kinds[open - 2] === lexer/* SyntaxKind */.a6.ForKeyword;
    return before !== undefined && CONTROL_HEADS.has(before);
}
/** Returns the entry of the bracket that encloses entry `index`, or -1 at the top level. */
function enclosingOpener(context, index) {
    const outer = context.depths[index] - 1;
    let open = index - 1;
    while (open >= 0 && context.depths[open] !== outer)
        open--;
    return open;
}
/** Bracket depth before each entry, and one more for the end. */
function depths(shape) {
    const result = [0];
    let depth = 0;
    for (const kind of shape.kinds) {
        if (kind === lexer/* SyntaxKind */.a6.OpenBraceToken || kind === lexer/* SyntaxKind */.a6.OpenParenToken || kind === lexer/* SyntaxKind */.a6.OpenBracketToken || kind === lexer/* SyntaxKind */.a6.TemplateHead)
            depth++;
        else if (kind === lexer/* SyntaxKind */.a6.CloseBraceToken || kind === lexer/* SyntaxKind */.a6.CloseParenToken || kind === lexer/* SyntaxKind */.a6.CloseBracketToken || kind === lexer/* SyntaxKind */.a6.TemplateTail)
            depth--;
        result.push(depth);
    }
    return result;
}
function commonPrefix(base, head) {
    const { kinds: baseKinds, texts: baseTexts } = base;
    const { kinds: headKinds, texts: headTexts } = head;
    const limit = Math.min(baseKinds.length, headKinds.length);
    let index = 0;
    while (index < limit && baseKinds[index] === headKinds[index] && baseTexts[index] === headTexts[index])
        index++;
    return index;
}
/** Length of the common suffix, which never overlaps the common prefix. */
function commonSuffix(base, head, prefix) {
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

;// CONCATENATED MODULE: ./src/impact/change/equivalence/erasure-checks.ts
/**
 * Token checks that run before type erasure: one that finds changes that
 * cannot be type-only without loading the eraser, and one that finds
 * constructs whose run-time code the eraser does not show.
 */

/**
 * Tokens that TypeScript's type syntax never contains, so type erasure
 * keeps each of them where it is. Keywords among them can still name a
 * property in a type (`interface I { delete(): void }`), which
 * `countsAsValueOnly` leaves out.
 */
const VALUE_ONLY_KINDS = new Set([
    lexer/* SyntaxKind */.a6.RegularExpressionLiteral,
    lexer/* SyntaxKind */.a6.QuestionDotToken,
    lexer/* SyntaxKind */.a6.LessThanEqualsToken,
    lexer/* SyntaxKind */.a6.GreaterThanEqualsToken,
    lexer/* SyntaxKind */.a6.EqualsEqualsToken,
    lexer/* SyntaxKind */.a6.ExclamationEqualsToken,
    lexer/* SyntaxKind */.a6.EqualsEqualsEqualsToken,
    lexer/* SyntaxKind */.a6.ExclamationEqualsEqualsToken,
    lexer/* SyntaxKind */.a6.AsteriskAsteriskToken,
    lexer/* SyntaxKind */.a6.SlashToken,
    lexer/* SyntaxKind */.a6.PercentToken,
    lexer/* SyntaxKind */.a6.PlusPlusToken,
    lexer/* SyntaxKind */.a6.MinusMinusToken,
    lexer/* SyntaxKind */.a6.CaretToken,
    lexer/* SyntaxKind */.a6.TildeToken,
    lexer/* SyntaxKind */.a6.AmpersandAmpersandToken,
    lexer/* SyntaxKind */.a6.BarBarToken,
    lexer/* SyntaxKind */.a6.AtToken,
    lexer/* SyntaxKind */.a6.QuestionQuestionToken,
    lexer/* SyntaxKind */.a6.PlusEqualsToken,
    lexer/* SyntaxKind */.a6.MinusEqualsToken,
    lexer/* SyntaxKind */.a6.AsteriskEqualsToken,
    lexer/* SyntaxKind */.a6.AsteriskAsteriskEqualsToken,
    lexer/* SyntaxKind */.a6.SlashEqualsToken,
    lexer/* SyntaxKind */.a6.PercentEqualsToken,
    lexer/* SyntaxKind */.a6.LessThanLessThanEqualsToken,
    lexer/* SyntaxKind */.a6.AmpersandEqualsToken,
    lexer/* SyntaxKind */.a6.BarEqualsToken,
    lexer/* SyntaxKind */.a6.BarBarEqualsToken,
    lexer/* SyntaxKind */.a6.AmpersandAmpersandEqualsToken,
    lexer/* SyntaxKind */.a6.QuestionQuestionEqualsToken,
    lexer/* SyntaxKind */.a6.CaretEqualsToken,
    lexer/* SyntaxKind */.a6.BreakKeyword,
    lexer/* SyntaxKind */.a6.CaseKeyword,
    lexer/* SyntaxKind */.a6.CatchKeyword,
    lexer/* SyntaxKind */.a6.ContinueKeyword,
    lexer/* SyntaxKind */.a6.DebuggerKeyword,
    lexer/* SyntaxKind */.a6.DeleteKeyword,
    lexer/* SyntaxKind */.a6.DoKeyword,
    lexer/* SyntaxKind */.a6.ElseKeyword,
    lexer/* SyntaxKind */.a6.FinallyKeyword,
    lexer/* SyntaxKind */.a6.ForKeyword,
    lexer/* SyntaxKind */.a6.IfKeyword,
    lexer/* SyntaxKind */.a6.InstanceOfKeyword,
    lexer/* SyntaxKind */.a6.NewKeyword,
    lexer/* SyntaxKind */.a6.ReturnKeyword,
    lexer/* SyntaxKind */.a6.SuperKeyword,
    lexer/* SyntaxKind */.a6.SwitchKeyword,
    lexer/* SyntaxKind */.a6.ThrowKeyword,
    lexer/* SyntaxKind */.a6.TryKeyword,
    lexer/* SyntaxKind */.a6.WhileKeyword,
    lexer/* SyntaxKind */.a6.WithKeyword,
    lexer/* SyntaxKind */.a6.YieldKeyword,
    lexer/* SyntaxKind */.a6.AwaitKeyword,
]);
/** Tokens after which a keyword is a property name, in a type as much as in a value. */
const NAME_FOLLOWERS = new Set([
    lexer/* SyntaxKind */.a6.ColonToken,
    lexer/* SyntaxKind */.a6.QuestionToken,
    lexer/* SyntaxKind */.a6.OpenParenToken,
    lexer/* SyntaxKind */.a6.LessThanToken,
    lexer/* SyntaxKind */.a6.CommaToken,
    lexer/* SyntaxKind */.a6.SemicolonToken,
    lexer/* SyntaxKind */.a6.CloseBraceToken,
]);
/**
 * Returns the value-only tokens of a shape's entries `[start, end)` in
 * order. Erasure keeps them, so two versions whose lists differ cannot
 * erase to the same code, and the eraser need not be loaded. The eraser adds
 * tokens of its own only for enums and parameter properties, which both
 * versions then contain alike.
 */
function valueOnlyTokens(shape, start = 0, end = shape.kinds.length) {
    const valueTokens = [];
    for (let index = start; index < end; index++) {
        if (countsAsValueOnly(shape, index))
            valueTokens.push(shape.texts[index].trimStart());
    }
    return valueTokens;
}
/** Returns whether entry `index` of a shape is a value-only token: one of `VALUE_ONLY_KINDS` that is not a property name. */
function countsAsValueOnly(shape, index) {
    const kind = shape.kinds[index];
    if (!VALUE_ONLY_KINDS.has(kind))
        return false;
    if (kind < lexer/* SyntaxKind */.a6.FirstKeyword)
        return true;
    const previous = shape.kinds[index - 1];
    if (previous === lexer/* SyntaxKind */.a6.DotToken || previous === lexer/* SyntaxKind */.a6.QuestionDotToken)
        return false;
    const next = shape.kinds[index + 1];
    return next === undefined || !NAME_FOLLOWERS.has(next);
}
/** Keywords after `declare` that declare a value rather than a type. */
const AMBIENT_VALUE_KINDS = new Set([
    lexer/* SyntaxKind */.a6.ClassKeyword,
    lexer/* SyntaxKind */.a6.AbstractKeyword,
    lexer/* SyntaxKind */.a6.ConstKeyword,
    lexer/* SyntaxKind */.a6.LetKeyword,
    lexer/* SyntaxKind */.a6.VarKeyword,
    lexer/* SyntaxKind */.a6.FunctionKeyword,
    lexer/* SyntaxKind */.a6.EnumKeyword,
    lexer/* SyntaxKind */.a6.AsyncKeyword,
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
function erasureBlocker(shape, options) {
    const { kinds } = shape;
    let ambientValue = false;
    let exportByName = false;
    for (let index = 0; index < kinds.length; index++) {
        const kind = kinds[index];
        const next = kinds[index + 1];
        if (kind === lexer/* SyntaxKind */.a6.AtToken && options.emitDecoratorMetadata)
            return 'it has decorators and emitDecoratorMetadata is on';
        if (kind === lexer/* SyntaxKind */.a6.ConstKeyword && next === lexer/* SyntaxKind */.a6.EnumKeyword)
            return 'it declares a const enum';
        if ((kind === lexer/* SyntaxKind */.a6.NamespaceKeyword || kind === lexer/* SyntaxKind */.a6.ModuleKeyword) && (next === lexer/* SyntaxKind */.a6.Identifier || next === lexer/* SyntaxKind */.a6.StringLiteral)) {
            return 'it declares a namespace';
        }
        if (kind === lexer/* SyntaxKind */.a6.ExportKeyword && next === lexer/* SyntaxKind */.a6.ImportKeyword)
            return 'it has an export import alias';
        if (kind === lexer/* SyntaxKind */.a6.DeclareKeyword && next !== undefined && AMBIENT_VALUE_KINDS.has(next))
            ambientValue = true;
        if (kind === lexer/* SyntaxKind */.a6.ExportKeyword && exportsName(kinds, index))
            exportByName = true;
    }
    return ambientValue && exportByName ? 'it declares an ambient value and exports names' : undefined;
}
/** Returns whether the `export` at entry `index` exports names: `export {` or `export default name`. */
function exportsName(kinds, index) {
    const next = kinds[index + 1];
    return next === lexer/* SyntaxKind */.a6.OpenBraceToken || (next === lexer/* SyntaxKind */.a6.DefaultKeyword && kinds[index + 2] === lexer/* SyntaxKind */.a6.Identifier);
}

;// CONCATENATED MODULE: ./src/impact/change/equivalence/inner-region.ts
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



/** Keywords after which a `{` opens a block of statements. */
const BLOCK_KEYWORDS = new Set([lexer/* SyntaxKind */.a6.ElseKeyword, lexer/* SyntaxKind */.a6.TryKeyword, lexer/* SyntaxKind */.a6.FinallyKeyword, lexer/* SyntaxKind */.a6.DoKeyword]);
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
const RETURN_TYPE_STOPS = new Set([
    lexer/* SyntaxKind */.a6.SemicolonToken,
    lexer/* SyntaxKind */.a6.EqualsToken,
    lexer/* SyntaxKind */.a6.QuestionToken,
    lexer/* SyntaxKind */.a6.ExportKeyword,
    lexer/* SyntaxKind */.a6.DefaultKeyword,
    lexer/* SyntaxKind */.a6.ClassKeyword,
    lexer/* SyntaxKind */.a6.EnumKeyword,
    lexer/* SyntaxKind */.a6.InterfaceKeyword,
    lexer/* SyntaxKind */.a6.FunctionKeyword,
    lexer/* SyntaxKind */.a6.ConstKeyword,
    lexer/* SyntaxKind */.a6.LetKeyword,
    lexer/* SyntaxKind */.a6.VarKeyword,
    lexer/* SyntaxKind */.a6.ReturnKeyword,
    lexer/* SyntaxKind */.a6.ThrowKeyword,
    lexer/* SyntaxKind */.a6.CaseKeyword,
]);
/** Maximum length of a return type, in tokens, that the search reads back over. */
const RETURN_TYPE_LIMIT = 200;
/**
 * Returns the region of statements inside the innermost block that
 * contains every difference, or undefined when no block around the
 * differences is a list of statements. `ends` are the shapes' shared ends.
 */
function innerRegion(base, head, ends, baseLength, headLength) {
    const baseKinds = base.shape.kinds;
    const baseDiffEnd = baseKinds.length - ends.suffix;
    const headDiffEnd = head.shape.kinds.length - ends.suffix;
    for (let open = enclosingOpener(base, ends.prefix); open >= 0; open = enclosingOpener(base, open)) {
        if (baseKinds[open] !== lexer/* SyntaxKind */.a6.OpenBraceToken)
            continue;
        const baseClose = closingBrace(base, open, ends.prefix);
        const headClose = closingBrace(head, open, ends.prefix);
        if (baseClose === undefined || headClose === undefined)
            return undefined;
        // The brace must close in the shared suffix, at the same entry of it in both versions.
        if (baseClose < baseDiffEnd || headClose < headDiffEnd || baseKinds.length - baseClose !== head.shape.kinds.length - headClose)
            continue;
        if (!opensStatements(base, open, baseClose) && !opensStatements(head, open, headClose))
            continue;
        return statementsBetween(base, head, ends, { depth: base.depths[open] + 1, start: open + 1, baseEnd: baseClose }, baseLength, headLength);
    }
    return undefined;
}
/**
 * Returns the entry of the `}` that closes the brace at `open`, searching
 * from entry `from`, before which the brace is still open. Undefined when
 * another bracket closes it or nothing does.
 */
function closingBrace(context, open, from) {
    const outer = context.depths[open];
    for (let index = from; index < context.shape.kinds.length; index++) {
        if (context.depths[index + 1] !== outer)
            continue;
        return context.shape.kinds[index] === lexer/* SyntaxKind */.a6.CloseBraceToken ? index : undefined;
    }
    return undefined;
}
/** Returns whether the `{` at entry `open` starts a list of statements, as the module comment describes. */
function opensStatements(context, open, close) {
    const { kinds } = context.shape;
    const previous = kinds[open - 1];
    if (previous === lexer/* SyntaxKind */.a6.CloseParenToken || (previous !== undefined && BLOCK_KEYWORDS.has(previous)))
        return true;
    if (previous === lexer/* SyntaxKind */.a6.EqualsGreaterThanToken)
        return containsValueOnlyToken(context.shape, open + 1, close);
    return followsReturnType(context, open);
}
function containsValueOnlyToken(shape, start, end) {
    for (let index = start; index < end; index++) {
        if (countsAsValueOnly(shape, index))
            return true;
    }
    return false;
}
/**
 * Returns whether the `{` at entry `open` follows a return type: reading
 * back at its bracket depth, over nested brackets, it finds a `:` right
 * after a `)` with at least one entry between the `:` and the brace.
 */
function followsReturnType(context, open) {
    const { kinds } = context.shape;
    const depth = context.depths[open];
    const limit = Math.max(0, open - RETURN_TYPE_LIMIT);
    for (let index = open - 1; index > limit; index--) {
        if (context.depths[index] !== depth)
            continue;
        const kind = kinds[index];
        if (kind === lexer/* SyntaxKind */.a6.ColonToken)
            return index < open - 1 && kinds[index - 1] === lexer/* SyntaxKind */.a6.CloseParenToken;
        if (RETURN_TYPE_STOPS.has(kind) || (kind === lexer/* SyntaxKind */.a6.ImportKeyword && kinds[index + 1] !== lexer/* SyntaxKind */.a6.OpenParenToken))
            return false;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/impact/change/equivalence/import-area.ts
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



/** Tokens that may stand between `import` and the module name of an import declaration. */
const IMPORT_CLAUSE_KINDS = new Set([
    lexer/* SyntaxKind */.a6.Identifier,
    lexer/* SyntaxKind */.a6.OpenBraceToken,
    lexer/* SyntaxKind */.a6.CloseBraceToken,
    lexer/* SyntaxKind */.a6.CommaToken,
    lexer/* SyntaxKind */.a6.AsteriskToken,
]);
/** Tokens after `export` that start an export of names, whose erasure depends on the rest of the file. */
const NAME_EXPORT_KINDS = new Set([
    lexer/* SyntaxKind */.a6.OpenBraceToken,
    lexer/* SyntaxKind */.a6.AsteriskToken,
    lexer/* SyntaxKind */.a6.DefaultKeyword,
    lexer/* SyntaxKind */.a6.EqualsToken,
    lexer/* SyntaxKind */.a6.ImportKeyword,
    lexer/* SyntaxKind */.a6.AsKeyword,
]);
/**
 * Returns the region of the code after the leading import declarations
 * where the versions differ. Returns undefined when that code is the same,
 * when an import declaration has a form that this reader does not know, or
 * when the region contains an import declaration or an export of names.
 */
function regionAfterImports(base, head, baseLength, headLength) {
    const baseImports = importAreaLength(base);
    const headImports = importAreaLength(head);
    if (baseImports === undefined || headImports === undefined)
        return undefined;
    const baseCode = shapeFrom(base, baseImports);
    const headCode = shapeFrom(head, headImports);
    if (baseCode.kinds.length === 0 || headCode.kinds.length === 0)
        return undefined;
    const ends = sharedEnds(baseCode, headCode);
    // A shared start that covers both shapes leaves nothing that differs.
    if (ends.prefix === baseCode.kinds.length && ends.prefix === headCode.kinds.length)
        return undefined;
    const baseContext = boundaryContext(baseCode);
    const headContext = boundaryContext(headCode);
    const inner = innerRegion(baseContext, headContext, ends, baseLength, headLength);
    const region = inner ?? differingRegion(baseContext, headContext, ends, baseLength, headLength);
    if (region.containsImports || exportsNames(baseCode, region.tokens.first, region.tokens.baseEnd) || exportsNames(headCode, region.tokens.first, region.tokens.headEnd)) {
        return undefined;
    }
    // A region from the first entry starts at the text's start, which is where the imports are.
    if (region.tokens.first === 0) {
        region.base.start = baseCode.starts[0];
        region.head.start = headCode.starts[0];
    }
    return { region, inner: inner !== undefined };
}
/**
 * Returns the number of entries that the leading import declarations take,
 * or undefined when there are none or one has a form this reader does not
 * know: `import x = require('y')`, import attributes, or anything else
 * between `import` and the module name.
 */
function importAreaLength(shape) {
    const { kinds } = shape;
    let index = 0;
    while (startsImportDeclaration(kinds, index)) {
        const end = importDeclarationEnd(kinds, index);
        if (end === undefined)
            return undefined;
        index = end;
    }
    return index === 0 ? undefined : index;
}
/** Returns the entry after the import declaration that starts at `start`, its `;` included, or undefined for a form this reader does not know. */
function importDeclarationEnd(kinds, start) {
    for (let index = start + 1; index < kinds.length; index++) {
        const kind = kinds[index];
        if (kind === lexer/* SyntaxKind */.a6.StringLiteral) {
            const previous = kinds[index - 1];
            if (previous !== lexer/* SyntaxKind */.a6.FromKeyword && index !== start + 1)
                return undefined;
            const next = kinds[index + 1];
            if (next === lexer/* SyntaxKind */.a6.WithKeyword || next === lexer/* SyntaxKind */.a6.AssertKeyword)
                return undefined;
            return next === lexer/* SyntaxKind */.a6.SemicolonToken ? index + 2 : index + 1;
        }
        // Words in the clause (`type`, `as`, `from`, `default`) are keywords to the lexer, and any keyword may name a binding.
        if (!IMPORT_CLAUSE_KINDS.has(kind) && (kind < lexer/* SyntaxKind */.a6.FirstKeyword || kind > lexer/* SyntaxKind */.a6.LastKeyword))
            return undefined;
    }
    return undefined;
}
/** Returns the entries of `shape` from `start` on, with their offsets in the whole text. */
function shapeFrom(shape, start) {
    return { kinds: shape.kinds.slice(start), texts: shape.texts.slice(start), starts: shape.starts.slice(start), ends: shape.ends.slice(start) };
}
/** Returns whether entries `[start, end)` contain an export of names: `export {`, `export *`, `export default`, `export =` and the like. */
function exportsNames(shape, start, end) {
    for (let index = start; index < end; index++) {
        if (shape.kinds[index] === lexer/* SyntaxKind */.a6.ExportKeyword && NAME_EXPORT_KINDS.has(shape.kinds[index + 1]))
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/impact/change/equivalence/line-joins.ts
/**
 * Lines that type erasure can join to the line before them. TypeScript
 * ends a statement at a type and a line break, as in `const a = b as T\n(c)`
 * or `interface I {}\n(c)`, and runs `(c)` on its own. The eraser deletes
 * the type and leaves `const a = b\n(c)`, where JavaScript reads no end of
 * statement and calls `b`. So a version with the type and a version
 * without it erase alike, though only one of them calls `b`.
 *
 * A line is at risk when it continues the line before it both in the text
 * and in the erased code: it starts with a token that can continue an
 * expression, after a token that can end one. The text alone is not
 * enough, because the interface members `a: string\n[key: string]: T` match
 * and erase to nothing. Nor is the erased code alone: multi-line type
 * arguments `f<\n  T\n>()` erase to `f\n\n()`, which TypeScript reads as a
 * call too. Sucrase 3.35 keeps the line breaks in the white space and
 * comments before a token it deletes. Its TypeScript and JSX transforms add
 * none. So a line of a text and the line of its erased code have the same
 * number. Sucrase drops the line breaks inside a deleted token, such as a
 * template literal type over two lines. So when the line feeds of the text
 * and of its erased code differ in number, any line of the erased code
 * that continues the line before counts.
 */

/** Tokens that can start a statement and also continue an expression: `(`, `[`, a template, `+`, `-`, `/`, a regular expression, `<`. */
const CONTINUING_STARTS = new Set([
    lexer/* SyntaxKind */.a6.OpenParenToken,
    lexer/* SyntaxKind */.a6.OpenBracketToken,
    lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral,
    lexer/* SyntaxKind */.a6.TemplateHead,
    lexer/* SyntaxKind */.a6.PlusToken,
    lexer/* SyntaxKind */.a6.MinusToken,
    lexer/* SyntaxKind */.a6.SlashToken,
    lexer/* SyntaxKind */.a6.SlashEqualsToken,
    lexer/* SyntaxKind */.a6.RegularExpressionLiteral,
    lexer/* SyntaxKind */.a6.LessThanToken,
]);
/** Punctuation that can end an expression or a type, as in `f()`, `a[0]`, `{}` and `Array<T>`. Words and literals can too. */
const CLOSING_PUNCTUATION = new Set([
    lexer/* SyntaxKind */.a6.CloseParenToken,
    lexer/* SyntaxKind */.a6.CloseBracketToken,
    lexer/* SyntaxKind */.a6.CloseBraceToken,
    lexer/* SyntaxKind */.a6.GreaterThanToken,
]);
/**
 * Returns the numbers of the lines in `range` that continue the line before
 * them. Line `firstLine` is the one that contains offset `range.start`.
 */
function continuingLines(shape, text, range, firstLine = 0) {
    const { kinds, texts, starts } = shape;
    const lines = new Set();
    let line = firstLine;
    let counted = range.start;
    for (let index = Math.max(range.first, 1); index < kinds.length && starts[index] < range.end; index++) {
        if (!CONTINUING_STARTS.has(kinds[index]) || !texts[index].startsWith('\n'))
            continue;
        const previous = kinds[index - 1];
        if (previous >= lexer/* SyntaxKind */.a6.FirstPunctuation && previous <= lexer/* SyntaxKind */.a6.LastPunctuation && !CLOSING_PUNCTUATION.has(previous))
            continue;
        line += lineFeeds(text, counted, starts[index]);
        counted = starts[index];
        lines.add(line);
    }
    return lines;
}
/**
 * Returns whether the erased `code` of `text` continues the line before on
 * one of the `textLines` of the text, or on any line when erasure dropped
 * line feeds, so that line numbers no longer match.
 */
function joinsLines(text, textLines, erased, code) {
    if (textLines.size === 0)
        return false;
    const aligned = lineFeeds(text, 0, text.length) === lineFeeds(code, 0, code.length);
    for (const line of continuingLines(erased, code, { first: 0, start: 0, end: code.length })) {
        if (!aligned || textLines.has(line))
            return true;
    }
    return false;
}
/**
 * Counts the line feeds in `text[start, end)`. Other line breaks are not
 * counted, in a text and in its erased code alike, so lines they separate
 * share a number, which can only find more joined lines.
 */
function lineFeeds(text, start, end) {
    let count = 0;
    for (let index = text.indexOf('\n', start); index !== -1 && index < end; index = text.indexOf('\n', index + 1))
        count++;
    return count;
}

;// CONCATENATED MODULE: ./src/impact/change/equivalence/runtime-equivalence.ts







const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;
const JSX_PRAGMA = /@jsx(?:Frag|Runtime|ImportSource)?\s+\S+/g;
/**
 * Returns the kind of run-time equivalence of the two versions, or undefined
 * for a change that can alter what runs. The caller has run
 * `certainlyDiffersAtRunTime` on them and passes only the versions it left
 * undecided, so the check is not repeated here.
 */
async function compareVersions(versions, erase) {
    const kind = (0,file_kinds/* classifyPath */.q)(versions.path);
    if (kind.kind !== 'script')
        return undefined;
    // A declaration file emits nothing, so no change to it reaches run time.
    if (kind.language.declarationFile)
        return 'types';
    // A JSX pragma is a comment that decides what the JSX compiles to.
    if (jsxPragmas(versions.baseText) !== jsxPragmas(versions.headText))
        return undefined;
    const typescript = TYPESCRIPT_SOURCE.test(versions.path);
    const base = readCodeShape(versions.baseText, kind.language.jsx);
    const head = readCodeShape(versions.headText, kind.language.jsx);
    if (!base || !head)
        return undefined;
    if (sameShape(base, head))
        return 'comments';
    // JavaScript has no types to erase. Its JSDoc types are comments, which the comparison above already covers.
    if (!typescript)
        return undefined;
    const ends = sharedEnds(base, head);
    if (!mayEraseAlike(base, head, ends, versions.options))
        return undefined;
    return (await erasesAlike(versions, boundaryContext(base), boundaryContext(head), ends, kind.language.jsx, erase)) ? 'types' : undefined;
}
/**
 * Returns the JSX pragmas of a text (`@jsx`, `@jsxFrag`, `@jsxRuntime`,
 * `@jsxImportSource` with their values), wherever they stand. A match
 * outside a comment only makes the comparison stricter.
 */
function jsxPragmas(text) {
    if (!text.includes('@jsx'))
        return '';
    return (text.match(JSX_PRAGMA) ?? []).join('\n');
}
/** Runs the checks that need no eraser: value-only tokens and constructs that erasure would hide. */
function mayEraseAlike(base, head, ends, options) {
    if (!sameValueTokens(base, head, ends))
        return false;
    return erasureBlocker(base, options) === undefined && erasureBlocker(head, options) === undefined;
}
/**
 * Compares the value-only tokens of the two versions where they differ.
 * Whether a token counts depends on the tokens on either side of it, so the
 * comparison takes one shared token more at each end. Every token outside
 * has shared neighbours and counts alike in both versions.
 */
function sameValueTokens(base, head, ends) {
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
async function erasesAlike(versions, base, head, ends, jsx, erase) {
    const options = { jsx, keepValueImports: versions.options.keepValueImports };
    const inner = innerRegion(base, head, ends, versions.baseText.length, versions.headText.length);
    if (inner !== undefined && !inner.containsImports) {
        const baseInput = wrappedStatements(versions.baseText, base, ends, inner.base);
        const headInput = wrappedStatements(versions.headText, head, ends, inner.head);
        const verdict = await erasedAlike(baseInput, headInput, options, erase);
        if (verdict !== undefined)
            return verdict;
    }
    const region = differingRegion(base, head, ends, versions.baseText.length, versions.headText.length);
    const whole = region.containsImports && !versions.options.keepValueImports;
    if (whole && (await codeAfterImportsDiffers(versions, base.shape, head.shape, options, erase)))
        return false;
    const baseInput = regionText(versions.baseText, base, ends, region.base, whole);
    const headInput = regionText(versions.headText, head, ends, region.head, whole);
    return (await erasedAlike(baseInput, headInput, options, erase)) === true;
}
/** Returns true when the code after the leading imports erases differently in the two versions (see `import-area.ts`). */
async function codeAfterImportsDiffers(versions, base, head, options, erase) {
    const code = regionAfterImports(base, head, versions.baseText.length, versions.headText.length);
    if (code === undefined)
        return false;
    const cut = code.inner ? wrapStatements : slice;
    // Only a difference counts here, and joined lines can only add one, so no line needs that check.
    const input = (text, range) => ({ text: cut(text, range), joinable: new Set() });
    return (await erasedAlike(input(versions.baseText, code.region.base), input(versions.headText, code.region.head), options, erase)) === false;
}
/** Returns the region's text, or the whole text when `whole` is true. */
function regionText(text, context, ends, range, whole) {
    const start = whole ? 0 : range.start;
    return {
        text: whole ? text : slice(text, range),
        joinable: continuingLines(context.shape, text, { first: ends.prefix, start, end: range.end }),
    };
}
/** Returns the statements of `range` wrapped by `wrapStatements`. */
function wrappedStatements(text, context, ends, range) {
    return {
        text: wrapStatements(text, range),
        // The wrapper's first line comes before the statements.
        joinable: continuingLines(context.shape, text, { first: ends.prefix, start: range.start, end: range.end }, 1),
    };
}
/** Wraps statements from a block in a function where `return`, `await` and `yield` parse as in any function body. */
function wrapStatements(text, range) {
    return `async function* testmasterStatements() {\n${slice(text, range)}\n}\n`;
}
/**
 * Returns whether two texts erase to the same shape, or undefined when the
 * eraser or the lexer rejects either. Erased code that joins a line to the
 * line before it where the text may not (see `line-joins.ts`) counts as
 * different: the eraser may have joined two statements that TypeScript
 * keeps apart.
 */
async function erasedAlike(base, head, options, erase) {
    const [baseCode, headCode] = await Promise.all([erase(base.text, options), erase(head.text, options)]);
    if (baseCode === undefined || headCode === undefined)
        return undefined;
    const baseShape = readCodeShape(baseCode, options.jsx);
    const headShape = readCodeShape(headCode, options.jsx);
    if (baseShape === undefined || headShape === undefined)
        return undefined;
    if (!sameShape(baseShape, headShape))
        return false;
    return !joinsLines(base.text, base.joinable, baseShape, baseCode) && !joinsLines(head.text, head.joinable, headShape, headCode);
}
function slice(text, range) {
    return text.slice(range.start, range.end);
}


/***/ })

};
