export const id = 196;
export const ids = [196];
export const modules = {

/***/ 31196:
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
 * Both versions share every token before the stretch and every token after
 * it. Erasing the stretch alone decides as erasing the whole file would,
 * except for import elision: the eraser drops an import that no value in
 * its text uses, and the stretch lacks the uses outside it. So a stretch
 * that contains an import declaration is no stretch at all, unless every
 * import is kept (`verbatimModuleSyntax`), and the caller erases the whole
 * files. Imports outside the stretch are elided alike in both versions,
 * because equal erased stretches use the same values.
 */

/** Keywords that start a top-level declaration, after which a `}` at depth 0 ended the statement before. */
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
/** Returns the region of top-level statements that contains every difference of two shapes of unequal content. */
function differingRegion(base, head, baseLength, headLength) {
    const baseDepths = depths(base);
    const headDepths = depths(head);
    const prefix = commonPrefix(base, head);
    const suffix = commonSuffix(base, head, prefix);
    let first = prefix;
    while (first > 0 && !statementBoundary(base, baseDepths, first, first < prefix))
        first--;
    let sharedTail = suffix;
    while (sharedTail > 0 && !(statementBoundary(base, baseDepths, base.kinds.length - sharedTail, true) && statementBoundary(head, headDepths, head.kinds.length - sharedTail, true))) {
        sharedTail--;
    }
    return {
        base: { start: first === 0 ? 0 : base.starts[first], end: sharedTail === 0 ? baseLength : base.starts[base.kinds.length - sharedTail] },
        head: { start: first === 0 ? 0 : head.starts[first], end: sharedTail === 0 ? headLength : head.starts[head.kinds.length - sharedTail] },
        containsImports: containsImport(base, first, base.kinds.length - sharedTail) || containsImport(head, first, head.kinds.length - sharedTail),
    };
}
/** Returns whether entries `[start, end)` contain an import declaration: `import` that is not `import(` or `import.meta`. */
function containsImport(shape, start, end) {
    for (let index = start; index < end; index++) {
        if (shape.kinds[index] !== lexer/* SyntaxKind */.a6.ImportKeyword)
            continue;
        const next = shape.kinds[index + 1];
        if (next !== lexer/* SyntaxKind */.a6.OpenParenToken && next !== lexer/* SyntaxKind */.a6.DotToken)
            return true;
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
function statementBoundary(shape, depthBefore, index, nextIsShared) {
    const previous = shape.kinds[index - 1];
    if (previous === undefined || depthBefore[index] !== 0)
        return false;
    if (previous === lexer/* SyntaxKind */.a6.SemicolonToken)
        return true;
    if (previous !== lexer/* SyntaxKind */.a6.CloseBraceToken || !nextIsShared)
        return false;
    return DECLARATION_STARTS.has(shape.kinds[index]) && shape.texts[index].startsWith('\n');
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
    const limit = Math.min(base.kinds.length, head.kinds.length);
    let index = 0;
    while (index < limit && base.kinds[index] === head.kinds[index] && base.texts[index] === head.texts[index])
        index++;
    return index;
}
/** Length of the common suffix, which never overlaps the common prefix. */
function commonSuffix(base, head, prefix) {
    const limit = Math.min(base.kinds.length, head.kinds.length) - prefix;
    let length = 0;
    while (length < limit) {
        const baseIndex = base.kinds.length - 1 - length;
        const headIndex = head.kinds.length - 1 - length;
        if (base.kinds[baseIndex] !== head.kinds[headIndex] || base.texts[baseIndex] !== head.texts[headIndex])
            break;
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
 * Returns the value-only tokens of a shape in order. Erasure keeps them, so
 * two versions whose lists differ cannot erase to the same code, and the
 * eraser need not be loaded. The eraser adds tokens of its own only for
 * enums and parameter properties, which both versions then contain alike.
 */
function valueOnlyTokens(shape) {
    const valueTokens = [];
    for (let index = 0; index < shape.kinds.length; index++) {
        if (countsAsValueOnly(shape, index))
            valueTokens.push(shape.texts[index].trimStart());
    }
    return valueTokens.join(' ');
}
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
 * - `export import A = B.C`: the eraser reduces it to `export ;`.
 */
function erasureBlocker(shape, options) {
    const { kinds } = shape;
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
    }
    return undefined;
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
    if (!mayEraseAlike(base, head, versions.options))
        return undefined;
    return (await erasesAlike(versions, differingRegion(base, head, versions.baseText.length, versions.headText.length), kind.language.jsx, erase))
        ? 'types'
        : undefined;
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
function mayEraseAlike(base, head, options) {
    if (valueOnlyTokens(base) !== valueOnlyTokens(head))
        return false;
    return erasureBlocker(base, options) === undefined && erasureBlocker(head, options) === undefined;
}
/** Erases the region of both versions and compares their shapes, so formatting left behind by the eraser does not count. */
async function erasesAlike(versions, region, jsx, erase) {
    const options = { jsx, keepValueImports: versions.options.keepValueImports };
    const whole = region.containsImports && !versions.options.keepValueImports;
    const baseText = whole ? versions.baseText : versions.baseText.slice(region.base.start, region.base.end);
    const headText = whole ? versions.headText : versions.headText.slice(region.head.start, region.head.end);
    const [baseCode, headCode] = await Promise.all([erase(baseText, options), erase(headText, options)]);
    if (baseCode === undefined || headCode === undefined)
        return false;
    const base = readCodeShape(baseCode, jsx);
    const head = readCodeShape(headCode, jsx);
    return base !== undefined && head !== undefined && sameShape(base, head);
}


/***/ })

};
