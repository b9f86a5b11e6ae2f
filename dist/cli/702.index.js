export const id = 702;
export const ids = [702];
export const modules = {

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isIdentifierOrKeyword),
/* harmony export */   e: () => (/* binding */ expressionCanFollow)
/* harmony export */ });
/* harmony import */ var _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8708);
/**
 * Decides from the previous token whether an expression can start at the next
 * one. That is the context a tokenizer needs to tell a regular expression from
 * a division, and a JSX element from a less-than sign, without parsing.
 */

/** Keywords that an operand follows, as in `return /x/` or `typeof <T/>`. */
const OPERAND_KEYWORDS = new Set([
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.AwaitKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CaseKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DefaultKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DeleteKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DoKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ElseKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.InKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.InstanceOfKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.NewKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ReturnKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ThrowKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TypeOfKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.VoidKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.YieldKeyword,
]);
/**
 * Returns whether an expression can start after a token of `kind`.
 *
 * `allowedBefore` is the same result for the position of that token. It
 * distinguishes a prefix `!`, `++` or `--` from a postfix one such as TypeScript's
 * non-null `x!`. `afterDot` is true when the token follows `.` or `?.`, where
 * a keyword is a property name, as in `map.delete / 2`.
 *
 * The result is a guess in two places. After `)` it is false, because
 * `if (a) /x/.test(b)` is rare next to `(a + b) / 2`. After `}` it is true,
 * because a block ends there more often than an object literal.
 */
function expressionCanFollow(kind, allowedBefore, afterDot) {
    // Identifiers and most literals, the commonest tokens, skip the switch, whose cases V8 compares one by one until it optimizes this function.
    if (kind === _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.Identifier || kind < _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TemplateHead)
        return false;
    switch (kind) {
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ExclamationToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.PlusPlusToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.MinusMinusToken:
            return allowedBefore;
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CloseParenToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CloseBracketToken:
            return false;
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TemplateHead:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TemplateMiddle:
            return true;
    }
    if (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstPunctuation && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastPunctuation)
        return true;
    if (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstKeyword && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastKeyword)
        return !afterDot && OPERAND_KEYWORDS.has(kind);
    // Identifiers, literals, template tails, regular expressions and closed JSX elements end an operand.
    return false;
}
/** Returns whether a token of `kind` can be a name: an identifier or any keyword. */
function isIdentifierOrKeyword(kind) {
    return kind === _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.Identifier || (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstKeyword && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastKeyword);
}


/***/ }),

/***/ 6743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SyntaxErrorList)
/* harmony export */ });
/* unused harmony export MAX_LISTED_ERRORS */
/**
 * Collects the syntax problems met while scanning one file. The tokenizer can
 * step back and rescan a stretch of text, so the list can be cut back to an
 * earlier length.
 */
/** Errors listed per file at most; the rest are counted in one closing entry, so one garbled file cannot flood a report. */
const MAX_LISTED_ERRORS = 10;
class SyntaxErrorList {
    listed = [];
    total = 0;
    get size() {
        return this.total;
    }
    add(line, message) {
        if (this.listed.length < MAX_LISTED_ERRORS)
            this.listed.push({ line, message });
        this.total++;
    }
    /** Drops the errors added after the list had `size` entries. */
    truncate(size) {
        this.total = size;
        if (this.listed.length > size)
            this.listed.length = size;
    }
    /** Returns the errors as `path:line: message`, sorted by line, with a closing count of those not listed. */
    format(path) {
        const sorted = [...this.listed].sort((a, b) => a.line - b.line);
        const lines = sorted.map((error) => `${path}:${error.line}: ${error.message}`);
        const unlisted = this.total - this.listed.length;
        if (unlisted > 0)
            lines.push(`${path}: ${unlisted} more syntax errors are not listed.`);
        return lines;
    }
}


/***/ }),

/***/ 7040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ TokenStream)
});

// EXTERNAL MODULE: ./src/impact/scan/expression-start.ts
var expression_start = __webpack_require__(6243);
;// CONCATENATED MODULE: ./src/impact/scan/frames.ts
/**
 * The nesting that the tokenizer tracks: brackets, template substitutions and
 * JSX elements. Each open construct is one frame on a stack.
 */
var FrameKind;
(function (FrameKind) {
    FrameKind[FrameKind["Paren"] = 0] = "Paren";
    FrameKind[FrameKind["Bracket"] = 1] = "Bracket";
    FrameKind[FrameKind["Brace"] = 2] = "Brace";
    /** `${` inside a template literal: its `}` continues the template text. */
    FrameKind[FrameKind["TemplateSubstitution"] = 3] = "TemplateSubstitution";
    /** `{` inside a JSX element: its `}` returns to JSX attributes or children. */
    FrameKind[FrameKind["JsxExpression"] = 4] = "JsxExpression";
    /** Inside `<name ...`, before `>` or `/>`. */
    FrameKind[FrameKind["JsxAttributes"] = 5] = "JsxAttributes";
    /** Between `<name>` and `</name>`. */
    FrameKind[FrameKind["JsxChildren"] = 6] = "JsxChildren";
})(FrameKind || (FrameKind = {}));
/** Returns the text that opens a frame, for error messages. */
function openerText(kind) {
    switch (kind) {
        case FrameKind.Paren:
            return '(';
        case FrameKind.Bracket:
            return '[';
        case FrameKind.TemplateSubstitution:
            return '${';
        default:
            return '{';
    }
}
/** Returns the text that closes a frame of `kind`, for error messages. */
function closerText(kind) {
    switch (kind) {
        case FrameKind.Paren:
            return ')';
        case FrameKind.Bracket:
            return ']';
        default:
            return '}';
    }
}
/** Returns whether `closer` (`)`, `]` or `}`) closes a frame of `kind`. */
function closes(closer, kind) {
    return closerText(kind) === closer && kind !== FrameKind.JsxAttributes && kind !== FrameKind.JsxChildren;
}
function isJsxElement(kind) {
    return kind === FrameKind.JsxAttributes || kind === FrameKind.JsxChildren;
}

// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(8708);
;// CONCATENATED MODULE: ./src/impact/scan/jsx-elements.ts
/**
 * Reads JSX elements for the token stream: tag names, attributes, children
 * and closing tags. Code inside an element appears only in `{...}`, and the
 * stream reads that itself; text, names and attribute strings are skipped
 * here. Whatever is not well-formed JSX makes the stream roll its guess back.
 */



/** Tokens a type-parameter check reads in a parameter list at most; longer lists are read as JSX text. */
const MAX_PARAMETER_TOKENS = 1000;
/**
 * Returns whether the tokens after `<` are type parameters rather than a
 * JSX tag. The scanner is at the `<`, and the caller restores its position.
 *
 * In expressions, TypeScript accepts generic arrow functions in `.tsx` files
 * only as `<T,>`, `<T extends U>` or `<const T>`. Types have more forms,
 * such as `type F = <T>(x: T) => T` or `<T = U>() => T`, and the tokenizer
 * cannot tell a type from an expression. So `<T>(...)` counts as type
 * parameters when `=>` or `:` follows the parameters, and JSX such as
 * `<b>(beta)</b>` stays JSX.
 */
function startsTypeParameters(scanner) {
    const first = scanner.scan();
    if (first === lexer/* SyntaxKind */.a6.ConstKeyword)
        return true;
    if (!(0,expression_start/* isIdentifierOrKeyword */._)(first))
        return false;
    const second = scanner.scan();
    if (second === lexer/* SyntaxKind */.a6.CommaToken || second === lexer/* SyntaxKind */.a6.EqualsToken)
        return true;
    if (second === lexer/* SyntaxKind */.a6.ExtendsKeyword) {
        // `<T extends={...}>` and `<T extends>` are JSX attributes named `extends`.
        const third = scanner.scan();
        return third !== lexer/* SyntaxKind */.a6.EqualsToken && third !== lexer/* SyntaxKind */.a6.GreaterThanToken && third !== lexer/* SyntaxKind */.a6.SlashToken;
    }
    if (second !== lexer/* SyntaxKind */.a6.GreaterThanToken || scanner.scan() !== lexer/* SyntaxKind */.a6.OpenParenToken)
        return false;
    if (!skipParameters(scanner))
        return false;
    const afterParameters = scanner.scan();
    return afterParameters === lexer/* SyntaxKind */.a6.EqualsGreaterThanToken || afterParameters === lexer/* SyntaxKind */.a6.ColonToken;
}
/**
 * Moves past the `)` that closes the parameter list whose `(` the scanner is
 * at. Returns false at the end of the text or after `MAX_PARAMETER_TOKENS`
 * tokens, which bounds the cost of a `<b>(` in JSX text that no `)` follows.
 */
function skipParameters(scanner) {
    let depth = 1;
    for (let count = 0; count < MAX_PARAMETER_TOKENS; count++) {
        const kind = scanner.scan();
        if (kind === lexer/* SyntaxKind */.a6.OpenParenToken)
            depth++;
        else if (kind === lexer/* SyntaxKind */.a6.CloseParenToken && --depth === 0)
            return true;
        else if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            return false;
    }
    return false;
}
/** Reads the tag name after `<` and pushes the element's frame. The scanner is at the `<`, which is at `start`. */
function openElement(host, start) {
    const scanner = host.scanner;
    let kind = scanner.scan();
    if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
        host.push(FrameKind.JsxChildren, start, '');
        return;
    }
    const tagName = readTagName(scanner, kind);
    if (tagName === undefined)
        return host.rollBack(scanner.getTokenStart(), 'Identifier expected.');
    kind = scanner.scan();
    if (kind === lexer/* SyntaxKind */.a6.LessThanToken && !skipTypeArguments(scanner))
        return host.rollBack(start, "'>' expected.");
    if (kind !== lexer/* SyntaxKind */.a6.LessThanToken)
        scanner.resetTokenState(scanner.getTokenStart());
    host.push(FrameKind.JsxAttributes, start, tagName);
}
/** Reads on in the innermost element, whose frame is `frame`, until the stream has code to read or the element closes. */
function continueElement(host, frame) {
    if (frame.kind === FrameKind.JsxAttributes)
        readAttributes(host, frame);
    else
        readChildren(host, frame);
}
/**
 * Reads a tag name such as `div`, `my-element`, `Foo.Bar` or `svg:rect`,
 * whose first token is `kind`. Returns undefined when it is not a name.
 * The scanner is left on the name's last token.
 */
function readTagName(scanner, kind) {
    if (!(0,expression_start/* isIdentifierOrKeyword */._)(kind))
        return undefined;
    scanner.scanJsxIdentifier();
    let name = scanner.getTokenValue();
    for (;;) {
        const separatorStart = scanner.getTokenEnd();
        const separator = scanner.scan();
        if (separator !== lexer/* SyntaxKind */.a6.DotToken && separator !== lexer/* SyntaxKind */.a6.ColonToken) {
            scanner.resetTokenState(separatorStart);
            return name;
        }
        if (!(0,expression_start/* isIdentifierOrKeyword */._)(scanner.scan()))
            return undefined;
        scanner.scanJsxIdentifier();
        name += (separator === lexer/* SyntaxKind */.a6.DotToken ? '.' : ':') + scanner.getTokenValue();
    }
}
/** Skips TypeScript type arguments such as `<Select<Option> ...>`; the scanner is at their `<`. */
function skipTypeArguments(scanner) {
    let depth = 1;
    while (depth > 0) {
        const kind = scanner.scan();
        if (kind === lexer/* SyntaxKind */.a6.LessThanToken)
            depth++;
        else if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken)
            depth--;
        else if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            return false;
    }
    return true;
}
/** Reads attributes up to the end of the opening tag, or up to a `{` or an element as an attribute value. */
function readAttributes(host, frame) {
    const scanner = host.scanner;
    for (;;) {
        let kind = scanner.scan();
        const start = scanner.getTokenStart();
        if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
            frame.kind = FrameKind.JsxChildren;
            return;
        }
        if (kind === lexer/* SyntaxKind */.a6.SlashToken) {
            if (scanner.scan() !== lexer/* SyntaxKind */.a6.GreaterThanToken)
                return host.rollBack(start, "'>' expected.");
            return host.closeElement();
        }
        if (kind === lexer/* SyntaxKind */.a6.OpenBraceToken)
            return host.enterExpression(start);
        if (readTagName(scanner, kind) === undefined)
            return host.rollBack(start, 'Identifier expected.');
        const equalsStart = scanner.getTokenEnd();
        if (scanner.scan() !== lexer/* SyntaxKind */.a6.EqualsToken) {
            // An attribute without a value; the token belongs to the next round.
            scanner.resetTokenState(equalsStart);
            continue;
        }
        // Attribute strings have no escapes: "C:\" is a complete value.
        kind = scanner.scanJsxAttributeValue();
        const valueStart = scanner.getTokenStart();
        if (kind === lexer/* SyntaxKind */.a6.StringLiteral)
            continue;
        if (kind === lexer/* SyntaxKind */.a6.OpenBraceToken)
            return host.enterExpression(valueStart);
        if (kind === lexer/* SyntaxKind */.a6.LessThanToken)
            return openElement(host, valueStart);
        return host.rollBack(valueStart, "'{' or a string expected.");
    }
}
/** Reads JSX text up to a `{`, a child element or the closing tag. */
function readChildren(host, frame) {
    const scanner = host.scanner;
    for (;;) {
        const kind = scanner.scanJsxToken();
        const start = scanner.getTokenStart();
        switch (kind) {
            case lexer/* SyntaxKind */.a6.OpenBraceToken:
                return host.enterExpression(start);
            case lexer/* SyntaxKind */.a6.LessThanToken:
                return openElement(host, start);
            case lexer/* SyntaxKind */.a6.LessThanSlashToken:
                return readClosingTag(host, frame);
            case lexer/* SyntaxKind */.a6.EndOfFileToken:
                return host.rollBack(frame.start, `'<${frame.tagName}>' has no closing tag.`);
        }
    }
}
/** Reads `</name>` after `</`; a name other than the opening tag's rolls the guess back. */
function readClosingTag(host, frame) {
    const scanner = host.scanner;
    const start = scanner.getTokenStart();
    let kind = scanner.scan();
    let name = '';
    if (kind !== lexer/* SyntaxKind */.a6.GreaterThanToken) {
        const tagName = readTagName(scanner, kind);
        if (tagName === undefined)
            return host.rollBack(start, 'Identifier expected.');
        name = tagName;
        kind = scanner.scan();
    }
    if (kind !== lexer/* SyntaxKind */.a6.GreaterThanToken)
        return host.rollBack(start, "'>' expected.");
    if (name !== frame.tagName)
        return host.rollBack(start, `'</${name}>' does not match '<${frame.tagName}>'.`);
    host.closeElement();
}

;// CONCATENATED MODULE: ./src/impact/scan/token-stream.ts
/**
 * A token stream over the lexer's scanner that supplies the context the
 * scanner leaves to a parser: regular expressions, template literals, JSX
 * and bracket nesting. The module-reference recognizers read only the code
 * tokens it returns, so that text inside strings, comments, regular
 * expressions and JSX text never looks like code.
 *
 * JSX is recognized by guessing, as in a speculative parse. A `<` where an
 * expression can start opens an element. When the element turns out to be
 * malformed, for example a type such as `<T>(x: T) => T` that the guess did
 * not rule out, the stream steps back to that `<`. It then drops what it found
 * since, reports the problem, and reads the `<` as an operator.
 */




/**
 * Failed JSX guesses allowed per script. Each one can rescan the rest of the
 * text, so the cap bounds the time of a file full of them. Past the cap, `<`
 * is read as an operator.
 */
const MAX_JSX_ROLLBACKS = 64;
/**
 * The scanner of every stream. Sharing it is safe because a stream is read
 * to its end before the next one is created: scanning is synchronous.
 */
const sharedScanner = new lexer/* Scanner */.Lp();
class TokenStream {
    options;
    /** Kind of the current token. */
    token = lexer/* SyntaxKind */.a6.Unknown;
    /** Offset of the current token's first character. */
    tokenStart = 0;
    /** Kind of the code token before the current one; `Unknown` at the start and `JsxElement` after a closed element. */
    previous = lexer/* SyntaxKind */.a6.Unknown;
    /** True when the previous token was `.` or `?.`, so the current one is a property name. */
    afterDot = false;
    /** Grows by one on each rollback; a recognizer that saw it change must drop what it read. */
    generation = 0;
    scanner;
    frames = [];
    guesses = [];
    /** `<` offsets whose JSX guess failed: they are operators from now on. */
    rejectedGuesses = new Set();
    jsx;
    rollbacks = 0;
    expressionAllowed = true;
    /** Offset of the last scanner error kept, so an error met again when a token is scanned twice is kept once. */
    lastErrorOffset = -1;
    /**
     * Offset of the last rollback's error. Rescanning after a rollback can
     * guess again inside the same element and fail at the same place, as in
     * `<div><span></div>`, which is reported once.
     */
    lastRollbackErrorOffset = -1;
    muted = 0;
    finished = false;
    jsxHost = {
        scanner: sharedScanner,
        push: (kind, start, tagName) => this.push(kind, start, tagName),
        closeElement: () => this.closeElement(),
        enterExpression: (start) => this.enterExpression(start),
        rollBack: (offset, message) => this.rollBack(offset, message),
    };
    constructor(text, options) {
        this.options = options;
        this.jsx = options.jsx;
        this.scanner = sharedScanner;
        this.scanner.setLanguageVariant(options.jsx ? lexer/* LanguageVariant */.qE.JSX : lexer/* LanguageVariant */.qE.Standard);
        this.scanner.setOnError((message, tokenStart) => this.onScannerError(message, tokenStart));
        this.scanner.setText(text, options.start);
        this.readNext();
    }
    /** Offset just past the current token's last character. */
    get tokenEnd() {
        return this.scanner.getTokenEnd();
    }
    /** Number of open frames; recognizers compare it to find the end of an argument. */
    get depth() {
        return this.frames.length;
    }
    /**
     * Returns whether the current token is of `kind`. Recognizers use it rather
     * than comparing `token`, which TypeScript would keep narrowed across
     * `advance()` calls.
     */
    is(kind) {
        return this.token === kind;
    }
    /** Returns the current token's value: the decoded text of a literal, or the name of an identifier or keyword. */
    value() {
        return this.scanner.getTokenValue();
    }
    /**
     * Returns the kinds of the next `count` tokens without moving. They are
     * scanned without the stream's context, so a caller may compare them only
     * with names, punctuation other than `/`, `<` and `}`, and string literals.
     */
    peek(count) {
        return this.lookAhead(() => {
            const kinds = [];
            for (let i = 0; i < count; i++)
                kinds.push(this.scanner.scan());
            return kinds;
        });
    }
    /**
     * Drops the frames above `depth` without reporting them, for a recognizer
     * that has reported the missing closer itself, as with `import { a from 'x'`.
     * Frames of a JSX guess are kept, because a rollback needs them.
     */
    abandonFrames(depth) {
        const guess = this.guesses[this.guesses.length - 1];
        const floor = guess === undefined ? depth : Math.max(depth, guess.frameCount);
        if (this.frames.length > floor)
            this.frames.length = floor;
    }
    /** True while a `<` is read as the start of a JSX element that has not closed: references found meanwhile may be dropped by a rollback. */
    get guessingJsx() {
        return this.guesses.length > 0;
    }
    advance() {
        const expressionAllowed = (0,expression_start/* expressionCanFollow */.e)(this.token, this.expressionAllowed, this.afterDot);
        this.afterDot = this.token === lexer/* SyntaxKind */.a6.DotToken || this.token === lexer/* SyntaxKind */.a6.QuestionDotToken;
        this.previous = this.token;
        this.expressionAllowed = expressionAllowed;
        this.readNext();
    }
    /** Moves to the next code token, handling JSX elements and closing brackets on the way. */
    readNext() {
        if (this.finished)
            return;
        for (;;) {
            const top = this.frames[this.frames.length - 1];
            if (top !== undefined && isJsxElement(top.kind)) {
                continueElement(this.jsxHost, top);
                continue;
            }
            let kind = this.scanner.scan();
            const start = this.scanner.getTokenStart();
            switch (kind) {
                case lexer/* SyntaxKind */.a6.SlashToken:
                case lexer/* SyntaxKind */.a6.SlashEqualsToken:
                    if (this.expressionAllowed)
                        kind = this.scanner.reScanSlashToken();
                    break;
                case lexer/* SyntaxKind */.a6.LessThanToken:
                    if (this.startsJsxElement(start)) {
                        this.guesses.push(this.guessState(start));
                        openElement(this.jsxHost, start);
                        continue;
                    }
                    break;
                case lexer/* SyntaxKind */.a6.OpenParenToken:
                    this.push(FrameKind.Paren, start);
                    break;
                case lexer/* SyntaxKind */.a6.OpenBracketToken:
                    this.push(FrameKind.Bracket, start);
                    break;
                case lexer/* SyntaxKind */.a6.OpenBraceToken:
                    this.push(FrameKind.Brace, start);
                    break;
                case lexer/* SyntaxKind */.a6.TemplateHead:
                    this.push(FrameKind.TemplateSubstitution, start);
                    break;
                case lexer/* SyntaxKind */.a6.CloseParenToken:
                case lexer/* SyntaxKind */.a6.CloseBracketToken:
                case lexer/* SyntaxKind */.a6.CloseBraceToken: {
                    const closed = this.close(kind, start);
                    if (closed === undefined)
                        continue;
                    kind = closed;
                    break;
                }
                case lexer/* SyntaxKind */.a6.EndOfFileToken:
                    if (this.guesses.length > 0) {
                        const element = this.innermostElement();
                        this.rollBack(element.start, `'<${element.tagName}>' has no closing tag.`);
                        continue;
                    }
                    this.reportUnclosedFrames();
                    this.finished = true;
                    break;
            }
            this.token = kind;
            this.tokenStart = start;
            return;
        }
    }
    push(kind, start, tagName = '') {
        this.frames.push({ kind, start, tagName });
    }
    /**
     * Pops the frame that a closing bracket ends and returns the token to
     * surface: the bracket itself, or the template middle or tail that a `}`
     * continues. Returns undefined when no code token results, because the
     * brace ended a JSX expression or a JSX guess was rolled back.
     */
    close(kind, start) {
        let closer = '}';
        if (kind === lexer/* SyntaxKind */.a6.CloseParenToken)
            closer = ')';
        else if (kind === lexer/* SyntaxKind */.a6.CloseBracketToken)
            closer = ']';
        let top = this.frames[this.frames.length - 1];
        if (top === undefined || !closes(closer, top.kind)) {
            if (this.guesses.length > 0) {
                // Brackets inside a guessed JSX element do not pair up: the guess is the likelier mistake.
                this.rollBack(start, `Unexpected '${closer}'.`);
                return undefined;
            }
            top = this.recoverFromMismatch(closer, start);
            if (top === undefined)
                return kind;
        }
        switch (top.kind) {
            case FrameKind.TemplateSubstitution: {
                const continued = this.scanner.reScanTemplateToken();
                if (continued === lexer/* SyntaxKind */.a6.TemplateTail)
                    this.frames.pop();
                return continued;
            }
            case FrameKind.JsxExpression:
                this.frames.pop();
                return undefined;
            default:
                this.frames.pop();
                return kind;
        }
    }
    /**
     * Handles a closing bracket that does not match the innermost frame, as in
     * `f(a]`. When an enclosing frame matches, the frames above it are
     * reported as unclosed and dropped, and that frame is returned. Otherwise
     * the bracket is reported and ignored. The search stops at a template
     * substitution, because text after its `}` is template text, not code.
     */
    recoverFromMismatch(closer, start) {
        let index = this.frames.length - 1;
        while (index >= 0) {
            const frame = this.frames[index];
            if (closes(closer, frame.kind))
                break;
            if (frame.kind === FrameKind.TemplateSubstitution) {
                index = -1;
                break;
            }
            index--;
        }
        if (index < 0) {
            this.reportError(start, `Unexpected '${closer}'.`);
            return undefined;
        }
        for (let unclosed = this.frames.length - 1; unclosed > index; unclosed--)
            this.reportUnclosed(this.frames[unclosed]);
        this.frames.length = index + 1;
        return this.frames[index];
    }
    reportUnclosedFrames() {
        for (const frame of this.frames)
            this.reportUnclosed(frame);
        this.frames.length = 0;
    }
    reportUnclosed(frame) {
        this.reportError(frame.start, `'${openerText(frame.kind)}' has no matching '${closerText(frame.kind)}'.`);
    }
    reportError(offset, message) {
        this.options.errors.add(this.options.lineAt(offset), message);
    }
    /**
     * Keeps a lexer error, reported where the bad token, comment or literal
     * began. The lexer reports only errors that change where tokens end, and
     * so can hide or invent references.
     */
    onScannerError(message, tokenStart) {
        if (this.muted > 0 || tokenStart <= this.lastErrorOffset)
            return;
        this.lastErrorOffset = tokenStart;
        this.reportError(tokenStart, message);
    }
    /** Returns whether the `<` at `start` is guessed to open a JSX element. */
    startsJsxElement(start) {
        if (!this.jsx || !this.expressionAllowed || this.rejectedGuesses.has(start))
            return false;
        return !this.lookAhead(() => startsTypeParameters(this.scanner));
    }
    lookAhead(read) {
        this.muted++;
        try {
            return this.scanner.lookAhead(read);
        }
        finally {
            this.muted--;
        }
    }
    guessState(start) {
        return {
            start,
            frameCount: this.frames.length,
            referenceCount: this.options.references.length,
            errorCount: this.options.errors.size,
            lastErrorOffset: this.lastErrorOffset,
            lastRollbackErrorOffset: this.lastRollbackErrorOffset,
            previous: this.previous,
            afterDot: this.afterDot,
        };
    }
    /** Returns the innermost open JSX element; a guess is open, so there is one. */
    innermostElement() {
        for (let index = this.frames.length - 1;; index--) {
            const frame = this.frames[index];
            if (isJsxElement(frame.kind))
                return frame;
        }
    }
    /**
     * Steps back to the `<` of the innermost JSX guess, which the scanner then
     * reads again as an operator, and reports `message` at `offset`. A failure
     * always lies in the innermost guess, because the frames of inner guesses
     * sit on top of the stack.
     */
    rollBack(offset, message) {
        const guess = this.guesses.pop();
        this.rejectedGuesses.add(guess.start);
        this.frames.length = guess.frameCount;
        this.options.references.truncate(guess.referenceCount);
        this.options.errors.truncate(guess.errorCount);
        this.lastErrorOffset = guess.lastErrorOffset;
        this.lastRollbackErrorOffset = guess.lastRollbackErrorOffset;
        this.previous = guess.previous;
        this.afterDot = guess.afterDot;
        this.expressionAllowed = true;
        this.scanner.resetTokenState(guess.start);
        this.generation++;
        this.rollbacks++;
        if (this.rollbacks >= MAX_JSX_ROLLBACKS)
            this.jsx = false;
        if (offset === this.lastRollbackErrorOffset)
            return;
        this.lastRollbackErrorOffset = offset;
        this.reportError(offset, message);
    }
    /** Pops the innermost element; when it was a guess, code resumes after it as after an operand. */
    closeElement() {
        this.frames.pop();
        const guess = this.guesses[this.guesses.length - 1];
        if (guess === undefined || guess.frameCount !== this.frames.length)
            return;
        this.guesses.pop();
        this.previous = lexer/* SyntaxKind */.a6.JsxElement;
        this.afterDot = false;
        this.expressionAllowed = false;
    }
    /** Pushes the frame of a `{` in a JSX element, whose contents are code. */
    enterExpression(start) {
        this.push(FrameKind.JsxExpression, start);
        this.previous = lexer/* SyntaxKind */.a6.OpenBraceToken;
        this.afterDot = false;
        this.expressionAllowed = true;
    }
}


/***/ })

};
