export const id = 191;
export const ids = [191];
export const modules = {

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ parseScanCache),
/* harmony export */   c: () => (/* binding */ serializeScanCache)
/* harmony export */ });
/* unused harmony exports SCAN_CACHE_FORMAT, SCANNER_VERSION */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1141);
/**
 * The JSON form of a `ScanCache`. Each reference is a tuple rather than an
 * object, so the field names are not repeated for every reference:
 *
 *     { "format": 1, "scanner": "0.1.0+scanner-2",
 *       "scans": { "<blob sha>:<flavor>": [[[kind, specifier, line, flags, suffix?], …], [error, …]?] } }
 *
 * `kind` is the index in `REFERENCE_KINDS`, and `flags` adds 1 for a
 * type-only reference and 2 for an approximate one. A cache written by another format or
 * scanner version, or one that fails any check, is discarded whole, because
 * a wrong reference would silently drop tests from the selection.
 */


/** Version of the JSON layout. Raise it whenever the layout changes. */
const SCAN_CACHE_FORMAT = 1;
/**
 * Version of the scanner that wrote the entries: the TestMaster version
 * plus the scanner's own output revision.
 *
 * NOTE: the revision is raised by hand. A scanner change that does not raise
 * it, made without a new TestMaster release, keeps serving the entries of
 * the scanner before it.
 */
const SCANNER_VERSION = `${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}+scanner-${_scan_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SCANNER_REVISION */ .v}`;
/** Reference kinds by their number in the JSON form. New kinds go at the end, so old numbers keep their meaning. */
const REFERENCE_KINDS = [
    'import',
    'side-effect',
    're-export',
    'require',
    'dynamic',
    'dynamic-pattern',
    'glob',
    'reference',
];
const TYPE_ONLY = 1;
const APPROXIMATE = 2;
const KEY = /^(?:[0-9a-f]{40}|[0-9a-f]{64}):[a-z-]+$/;
/** Writes `cache` as compact JSON, with keys sorted so that equal caches give equal text. */
function serializeScanCache(cache) {
    const scans = {};
    for (const key of [...cache.keys()].sort()) {
        const entry = cache.get(key);
        const references = entry.references.map(toTuple);
        scans[key] = entry.errors.length > 0 ? [references, entry.errors] : [references];
    }
    return JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: SCANNER_VERSION, scans });
}
/**
 * Reads a cache written by `serializeScanCache`. Returns an empty cache with
 * a note when the text is not JSON, was written by another format or
 * scanner version, or has a malformed entry.
 */
function parseScanCache(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return discarded(`it is not valid JSON (${message})`);
    }
    if (!isRecord(document))
        return discarded('its top level is not a JSON object');
    if (document['format'] !== SCAN_CACHE_FORMAT) {
        return discarded(`it has format ${JSON.stringify(document['format'])}, and this version reads format ${SCAN_CACHE_FORMAT}`);
    }
    if (document['scanner'] !== SCANNER_VERSION) {
        return discarded(`it was written by scanner ${JSON.stringify(document['scanner'])}, and this is scanner ${SCANNER_VERSION}`);
    }
    const scans = document['scans'];
    if (!isRecord(scans))
        return discarded('"scans" is not a JSON object');
    const cache = new Map();
    for (const [key, value] of Object.entries(scans)) {
        const entry = KEY.test(key) ? toEntry(value) : undefined;
        if (entry === undefined)
            return discarded(`its entry ${JSON.stringify(key)} is malformed`);
        cache.set(key, entry);
    }
    return { cache };
}
function discarded(reason) {
    return { cache: new Map(), note: `The scan cache was discarded because ${reason}; every file is scanned again.` };
}
function toTuple(reference) {
    const flags = (reference.typeOnly ? TYPE_ONLY : 0) | (reference.approximate ? APPROXIMATE : 0);
    const tuple = [REFERENCE_KINDS.indexOf(reference.kind), reference.specifier, reference.line, flags];
    return reference.suffix === undefined ? tuple : [...tuple, reference.suffix];
}
function toEntry(value) {
    if (!Array.isArray(value) || value.length < 1 || value.length > 2)
        return undefined;
    const [tuples, errors = []] = value;
    if (!Array.isArray(tuples) || !Array.isArray(errors) || !errors.every((error) => typeof error === 'string'))
        return undefined;
    const references = [];
    for (const tuple of tuples) {
        const reference = toReference(tuple);
        if (reference === undefined)
            return undefined;
        references.push(reference);
    }
    return { references, errors: errors };
}
function toReference(tuple) {
    if (!Array.isArray(tuple) || tuple.length < 4 || tuple.length > 5)
        return undefined;
    const [kindIndex, specifier, line, flags, suffix] = tuple;
    const kind = typeof kindIndex === 'number' ? REFERENCE_KINDS[kindIndex] : undefined;
    if (kind === undefined || typeof specifier !== 'string')
        return undefined;
    if (!Number.isInteger(line) || line < 1)
        return undefined;
    if (!Number.isInteger(flags) || flags < 0 || flags > (TYPE_ONLY | APPROXIMATE))
        return undefined;
    if (suffix !== undefined && (typeof suffix !== 'string' || kind !== 'dynamic-pattern'))
        return undefined;
    const reference = {
        specifier,
        kind,
        typeOnly: (flags & TYPE_ONLY) !== 0,
        approximate: (flags & APPROXIMATE) !== 0,
        line: line,
    };
    if (suffix !== undefined)
        reference.suffix = suffix;
    return reference;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}


/***/ }),

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

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ scriptBlockLanguage),
/* harmony export */   q: () => (/* binding */ classifyPath)
/* harmony export */ });
/**
 * Decides from a file's name whether and how its text is scanned.
 */
const TYPESCRIPT = /\.[mc]?ts$/;
const JSX_SCRIPT = /\.(?:tsx|jsx|js|mjs|cjs)$/;
const COMPONENT = /\.(?:vue|svelte)$/;
/** `.d.ts`, `.d.mts`, `.d.cts`, and TypeScript 5's `.d.<extension>.ts` for files such as `styles.d.css.ts`. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[mc]?ts$/;
/** Returns how to scan the file at `path`; the extension is compared without regard to case. */
function classifyPath(path) {
    const name = path.toLowerCase();
    if (TYPESCRIPT.test(name))
        return { kind: 'script', language: { jsx: false, declarationFile: DECLARATION_FILE.test(name) } };
    if (JSX_SCRIPT.test(name))
        return { kind: 'script', language: { jsx: true, declarationFile: false } };
    if (COMPONENT.test(name))
        return { kind: 'component' };
    return { kind: 'other' };
}
/**
 * Returns the language of a `<script lang="...">` block. Vue and Svelte
 * accept `ts` and `typescript`; a missing `lang` means JavaScript.
 */
function scriptBlockLanguage(lang) {
    const value = (lang ?? 'js').toLowerCase();
    return { jsx: value !== 'ts' && value !== 'typescript', declarationFile: false };
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* reexport */ SCANNER_REVISION),
  O: () => (/* binding */ scanModuleReferences)
});

// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(2644);
// EXTERNAL MODULE: ./src/impact/scan/expression-start.ts
var expression_start = __webpack_require__(6243);
// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(8708);
;// CONCATENATED MODULE: ./src/impact/scan/declarations.ts
/**
 * Recognizers for import and export declarations:
 * `import x from 'a'`, `import 'a'`, `import x = require('a')`,
 * `export * from 'a'`, `export { a } from 'a'`, and their `type` forms.
 */


/** Returns whether the token after `import` can start an import declaration, as opposed to `{ import: 1 }` or a class field. */
function startsImportDeclaration(kind) {
    return ((0,expression_start/* isIdentifierOrKeyword */._)(kind) || kind === lexer/* SyntaxKind */.a6.OpenBraceToken || kind === lexer/* SyntaxKind */.a6.AsteriskToken || kind === lexer/* SyntaxKind */.a6.StringLiteral);
}
/** Reads an import declaration; the stream is at the token after `import`, which `startsImportDeclaration` accepted. */
function readImportDeclaration(stream, references, reportError) {
    if (stream.is(lexer/* SyntaxKind */.a6.StringLiteral)) {
        references.add('side-effect', stream.value(), stream.tokenStart, false);
        stream.advance();
        return;
    }
    const generation = stream.generation;
    const typeOnly = readImportModifiers(stream);
    // A default or namespace binding makes the import a value import, unless an `import type` modifier was read.
    let hasValueBinding = false;
    if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !stream.is(lexer/* SyntaxKind */.a6.FromKeyword)) {
        hasValueBinding = true;
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.EqualsToken)) {
            stream.advance();
            readRequireAlias(stream, references, typeOnly, generation);
            return;
        }
        if (stream.is(lexer/* SyntaxKind */.a6.CommaToken))
            stream.advance();
    }
    else if (stream.is(lexer/* SyntaxKind */.a6.FromKeyword) && stream.peek(1)[0] === lexer/* SyntaxKind */.a6.FromKeyword) {
        // `import from from 'a'` imports a default named `from`.
        hasValueBinding = true;
        stream.advance();
    }
    let bindings;
    if (stream.is(lexer/* SyntaxKind */.a6.AsteriskToken)) {
        hasValueBinding = true;
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.AsKeyword))
            stream.advance();
        if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !stream.is(lexer/* SyntaxKind */.a6.FromKeyword))
            stream.advance();
    }
    else if (stream.is(lexer/* SyntaxKind */.a6.OpenBraceToken)) {
        bindings = readNamedBindings(stream);
        if (bindings.unclosed && stream.generation === generation)
            reportError(stream.tokenStart, "'}' expected.");
    }
    const allTyped = !hasValueBinding && bindings !== undefined && bindings.count > 0 && bindings.typeCount === bindings.count;
    readFromClause(stream, references, reportError, 'import', typeOnly || allTyped, generation);
}
/**
 * Reads `type` or `defer` after `import` and returns whether the import is
 * type-only. `type` is a binding name, not a modifier, in `import type from
 * 'a'`, `import type, { a } from 'a'` and `import type = require('a')`.
 */
function readImportModifiers(stream) {
    if (stream.is(lexer/* SyntaxKind */.a6.DeferKeyword)) {
        if (peekKind(stream) === lexer/* SyntaxKind */.a6.AsteriskToken)
            stream.advance();
        return false;
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.TypeKeyword))
        return false;
    const next = peekKind(stream);
    if (next === lexer/* SyntaxKind */.a6.CommaToken || next === lexer/* SyntaxKind */.a6.EqualsToken)
        return false;
    if (next === lexer/* SyntaxKind */.a6.FromKeyword) {
        // `import type from 'a'` is a default import named `type`; `import type from from 'a'` is type-only.
        const afterFrom = stream.peek(2)[1];
        if (afterFrom !== lexer/* SyntaxKind */.a6.FromKeyword && afterFrom !== lexer/* SyntaxKind */.a6.EqualsToken)
            return false;
    }
    stream.advance();
    return true;
}
/** Reads `require('a')` after `import x =`; any other right-hand side is a namespace alias and no reference. */
function readRequireAlias(stream, references, typeOnly, generation) {
    if (!stream.is(lexer/* SyntaxKind */.a6.RequireKeyword))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.StringLiteral) && !stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral))
        return;
    if (stream.generation === generation)
        references.add('require', stream.value(), stream.tokenStart, typeOnly);
    stream.advance();
}
/**
 * Reads an export declaration that names a module; the stream is at the
 * token after `export`. Other exports, such as `export const` or a local
 * `export { a }`, are left to the main loop.
 */
function readExportDeclaration(stream, references, reportError) {
    const generation = stream.generation;
    let typeOnly = false;
    if (stream.is(lexer/* SyntaxKind */.a6.TypeKeyword)) {
        const next = peekKind(stream);
        if (next !== lexer/* SyntaxKind */.a6.OpenBraceToken && next !== lexer/* SyntaxKind */.a6.AsteriskToken)
            return;
        typeOnly = true;
        stream.advance();
    }
    if (stream.is(lexer/* SyntaxKind */.a6.AsteriskToken)) {
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.AsKeyword)) {
            stream.advance();
            if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) || stream.is(lexer/* SyntaxKind */.a6.StringLiteral))
                stream.advance();
        }
        readFromClause(stream, references, reportError, 're-export', typeOnly, generation);
        return;
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenBraceToken))
        return;
    const bindings = readNamedBindings(stream);
    if (bindings.unclosed && stream.generation === generation)
        reportError(stream.tokenStart, "'}' expected.");
    // Without `from`, `export { a }` exports local bindings.
    if (!stream.is(lexer/* SyntaxKind */.a6.FromKeyword))
        return;
    const allTyped = bindings.count > 0 && bindings.typeCount === bindings.count;
    readFromClause(stream, references, reportError, 're-export', typeOnly || allTyped, generation);
}
/**
 * Reads `{ a, type b, c as d }` and counts the bindings and those marked
 * `type`. Leaves the stream after the `}`, or at `from` when the list ends
 * with `from '...'` and no `}`.
 */
function readNamedBindings(stream) {
    const bindings = { count: 0, typeCount: 0, unclosed: false };
    const depth = stream.depth;
    stream.advance();
    let words = 0;
    let firstIsType = false;
    const endBinding = () => {
        if (words === 0)
            return;
        bindings.count++;
        // `type a` and `type a as b` are marked; `type` alone and `type as b` rename a binding named `type`.
        if (firstIsType && (words === 2 || words === 4))
            bindings.typeCount++;
        words = 0;
    };
    for (;;) {
        const kind = stream.token;
        if (kind === lexer/* SyntaxKind */.a6.CloseBraceToken && stream.depth === depth - 1) {
            endBinding();
            stream.advance();
            return bindings;
        }
        if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            break;
        if (kind === lexer/* SyntaxKind */.a6.FromKeyword && peekKind(stream) === lexer/* SyntaxKind */.a6.StringLiteral && stream.depth === depth) {
            endBinding();
            bindings.unclosed = true;
            // The caller reports the missing `}`, so the stream must not report the `{` again at the end of the file.
            stream.abandonFrames(depth - 1);
            return bindings;
        }
        if (kind === lexer/* SyntaxKind */.a6.CommaToken)
            endBinding();
        else if ((0,expression_start/* isIdentifierOrKeyword */._)(kind) || kind === lexer/* SyntaxKind */.a6.StringLiteral) {
            if (words === 0)
                firstIsType = kind === lexer/* SyntaxKind */.a6.TypeKeyword;
            words++;
        }
        else
            break;
        stream.advance();
    }
    endBinding();
    return bindings;
}
/** Reads `from 'a'` and adds the reference, or reports what is missing. */
function readFromClause(stream, references, reportError, kind, typeOnly, generation) {
    if (!stream.is(lexer/* SyntaxKind */.a6.FromKeyword)) {
        if (stream.generation === generation)
            reportError(stream.tokenStart, "'from' expected.");
        return;
    }
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.StringLiteral)) {
        if (stream.generation === generation)
            reportError(stream.tokenStart, 'String literal expected.');
        return;
    }
    if (stream.generation === generation)
        references.add(kind, stream.value(), stream.tokenStart, typeOnly);
    stream.advance();
}
function peekKind(stream) {
    return stream.peek(1)[0];
}

;// CONCATENATED MODULE: ./src/impact/scan/line-counter.ts
/**
 * Maps text offsets to 1-based line numbers by counting LF characters, as git
 * and diff tools count lines. A CRLF pair is one line break, and a lone CR,
 * U+2028 or U+2029 does not start a line.
 */
class LineCounter {
    text;
    firstLine;
    offset = 0;
    line = 1;
    /** `firstLine` is the line number of offset 0, for a script block that starts inside a larger file. */
    constructor(text, firstLine = 1) {
        this.text = text;
        this.firstLine = firstLine;
    }
    /**
     * Returns the line of `offset`. Offsets usually grow from call to call, so
     * the count continues from the previous offset. A smaller offset, which
     * follows a rollback of the tokenizer, restarts the count from offset 0.
     */
    lineAt(offset) {
        if (offset < this.offset) {
            this.offset = 0;
            this.line = 1;
        }
        let newline = this.text.indexOf('\n', this.offset);
        while (newline !== -1 && newline < offset) {
            this.line++;
            newline = this.text.indexOf('\n', newline + 1);
        }
        this.offset = offset;
        return this.line + this.firstLine - 1;
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/string-argument.ts
/**
 * Reads the first argument of `require(...)` or `import(...)` when it is built
 * from string literals: 'a', `./x/${y}.json`, or './x/' + name + '.js'.
 */

/** Returns whether an argument starting with a token of `kind` can be read by `readStringArgument`. */
function startsStringArgument(kind) {
    return kind === lexer/* SyntaxKind */.a6.StringLiteral || kind === lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral || kind === lexer/* SyntaxKind */.a6.TemplateHead;
}
/**
 * Reads the first argument of a call: a `+` chain of operands that starts
 * with a string or template literal, up to the `,` or `)` that ends it. The
 * stream must be at the call's `(`.
 *
 * Returns undefined when the argument does not start with a literal, leaving
 * the stream at its first token, or when something other than `+` joins its
 * operands, as in `'./a'.concat(x)`.
 */
function readStringArgument(stream) {
    const generation = stream.generation;
    // The `(` has opened the call's frame, so its arguments are read at this depth.
    const depth = stream.depth;
    stream.advance();
    if (!startsStringArgument(stream.token))
        return undefined;
    const argument = { start: stream.tokenStart, dynamic: false, prefix: '', suffix: '' };
    for (;;) {
        if (!readOperand(stream, depth, argument))
            return undefined;
        if (stream.generation !== generation)
            return undefined;
        if (stream.is(lexer/* SyntaxKind */.a6.PlusToken) && stream.depth === depth) {
            stream.advance();
            continue;
        }
        if (endsArgument(stream, depth))
            return argument;
        return undefined;
    }
}
/** Returns whether the stream is at the `,` or `)` that ends an argument read at `depth`. */
function endsArgument(stream, depth) {
    if (stream.is(lexer/* SyntaxKind */.a6.CommaToken))
        return stream.depth === depth;
    // The `)` has already closed the call's frame.
    return stream.is(lexer/* SyntaxKind */.a6.CloseParenToken) && stream.depth === depth - 1;
}
/** Moves past the rest of the call's arguments to its `)`, whose frame is at `depth`. */
function skipToCallEnd(stream, depth) {
    while (!(stream.is(lexer/* SyntaxKind */.a6.CloseParenToken) && stream.depth === depth - 1)) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth - 1)
            return;
        stream.advance();
    }
}
/** Reads one operand of the `+` chain and folds it into `argument`; returns false when it cannot be read. */
function readOperand(stream, depth, argument) {
    switch (stream.token) {
        case lexer/* SyntaxKind */.a6.StringLiteral:
        case lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral:
            if (argument.dynamic)
                argument.suffix += stream.value();
            else
                argument.prefix += stream.value();
            stream.advance();
            return true;
        case lexer/* SyntaxKind */.a6.TemplateHead: {
            if (!argument.dynamic)
                argument.prefix += stream.value();
            argument.dynamic = true;
            const tail = readTemplateTail(stream, depth);
            if (tail === undefined)
                return false;
            argument.suffix = tail;
            return true;
        }
        default:
            argument.dynamic = true;
            argument.suffix = '';
            skipExpression(stream, depth);
            return true;
    }
}
/**
 * Moves from a template head to its tail and past it, and returns the tail's
 * text. The head opened a frame above `depth`, and the tail closes it.
 */
function readTemplateTail(stream, depth) {
    stream.advance();
    while (!(stream.is(lexer/* SyntaxKind */.a6.TemplateTail) && stream.depth === depth)) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth)
            return undefined;
        stream.advance();
    }
    const tail = stream.value();
    stream.advance();
    return tail;
}
/** Moves past an operand that is not a literal, up to the next `+`, `,` or `)` at `depth`. */
function skipExpression(stream, depth) {
    for (;;) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth)
            return;
        if (stream.depth === depth && (stream.is(lexer/* SyntaxKind */.a6.PlusToken) || stream.is(lexer/* SyntaxKind */.a6.CommaToken)))
            return;
        stream.advance();
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/module-calls.ts
/**
 * Recognizers for module references written as calls: `require('a')`,
 * `require.resolve('a')`, `import('a')` and `import.meta.glob('./*.ts')`.
 */



/** Promise methods: `import('a').then(...)` is a call at run time, while `import('a').Foo` names a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);
/** Vite's glob import functions; `globEager` is the form Vite 2 had. */
const GLOB_FUNCTIONS = new Set(['glob', 'globEager']);
/**
 * Reads `require('a')` or `require.resolve('a')`; the stream is at
 * `require`, which is not a property name. A concatenated or template
 * argument gives a 'dynamic-pattern' reference, as for `import()`.
 */
function readRequireCall(stream, references) {
    const generation = stream.generation;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.DotToken)) {
        stream.advance();
        if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || stream.value() !== 'resolve')
            return;
        stream.advance();
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    const argument = readStringArgument(stream);
    if (argument === undefined || stream.generation !== generation)
        return;
    addCallReference(references, 'require', argument, false);
}
/**
 * Reads `import(...)`; the stream is at the `(`. `typeOnlyBefore` is true
 * when `typeof` came before `import`, as in `typeof import('a')`. A type
 * position is also guessed from a member access other than a promise method
 * after the call, as in `import('a').Foo`.
 */
function readImportCall(stream, references, typeOnlyBefore) {
    const generation = stream.generation;
    const depth = stream.depth;
    const argument = readStringArgument(stream);
    if (argument === undefined)
        return;
    // Import options follow a comma: import('./a.json', { with: { type: 'json' } }).
    skipToCallEnd(stream, depth);
    if (!stream.is(lexer/* SyntaxKind */.a6.CloseParenToken))
        return;
    stream.advance();
    let typeOnly = typeOnlyBefore;
    if (stream.is(lexer/* SyntaxKind */.a6.DotToken)) {
        stream.advance();
        typeOnly ||= (0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !PROMISE_MEMBERS.has(stream.value());
    }
    if (stream.generation !== generation)
        return;
    addCallReference(references, 'dynamic', argument, typeOnly);
}
/** Reads `import.meta.glob(...)`; the stream is at the `.` after `import`. Other `import.meta` uses are skipped. */
function readImportMeta(stream, references) {
    const generation = stream.generation;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || stream.value() !== 'meta')
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.DotToken))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || !GLOB_FUNCTIONS.has(stream.value()))
        return;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.LessThanToken))
        skipTypeArguments(stream);
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.StringLiteral) || stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral)) {
        if (stream.generation === generation)
            references.add('glob', stream.value(), stream.tokenStart, false);
        stream.advance();
        return;
    }
    if (stream.is(lexer/* SyntaxKind */.a6.OpenBracketToken))
        readGlobList(stream, references, generation);
}
/** Adds each string literal of `['./a/*', './b/*']`; entries that are not literals are skipped. */
function readGlobList(stream, references, generation) {
    const depth = stream.depth;
    stream.advance();
    while (stream.depth >= depth && !stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken)) {
        const literal = stream.is(lexer/* SyntaxKind */.a6.StringLiteral) || stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral);
        if (literal && stream.depth === depth && stream.generation === generation) {
            references.add('glob', stream.value(), stream.tokenStart, false);
        }
        stream.advance();
    }
}
/** Skips `<Type>` in `import.meta.glob<Type>(...)`; the scanner returns each `>` as its own token, so counting pairs works. */
function skipTypeArguments(stream) {
    let depth = 0;
    do {
        if (stream.is(lexer/* SyntaxKind */.a6.LessThanToken))
            depth++;
        else if (stream.is(lexer/* SyntaxKind */.a6.GreaterThanToken))
            depth--;
        else if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken))
            return;
        stream.advance();
    } while (depth > 0);
}
function addCallReference(references, staticKind, argument, typeOnly) {
    if (!argument.dynamic) {
        references.add(staticKind, argument.prefix, argument.start, typeOnly);
        return;
    }
    // NOTE: an argument with no static prefix, such as `${base}/a.js` or name + '.js', is dropped, because no resolver can use ''.
    if (argument.prefix === '')
        return;
    references.addPattern(argument.prefix, argument.suffix, argument.start, typeOnly);
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-directives.ts
/**
 * Finds the references written in the comments before the first statement:
 * `/// <reference path="..." />` and `/// <reference types="..." />`
 * directives, and the `@jsxImportSource SOURCE` pragma, which makes the
 * compiler import `SOURCE/jsx-runtime` for the file's JSX. TypeScript reads
 * both only there, so later ones are ignored here too.
 */

const DIRECTIVE = /^\/\/\/\s*<reference\s/;
const ATTRIBUTE = /\b(path|types)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** The JSX import source pragma; TypeScript and esbuild take the word after it as the package or path. */
const JSX_IMPORT_SOURCE = /@jsxImportSource\s+([^\s*]+)/;
/**
 * Adds the reference directives found between offset `start`, where code may
 * begin, and offset `end`, the start of the first token.
 */
function readReferenceDirectives(text, start, end, references) {
    // From an offset other than 0, getLeadingCommentRanges collects comments only after a line break, which
    // `start` is at when it is not 0.
    const comments = (0,lexer/* getLeadingCommentRanges */.mp)(text, start);
    for (const comment of comments) {
        if (comment.pos >= end)
            break;
        const body = text.slice(comment.pos, comment.end);
        const source = JSX_IMPORT_SOURCE.exec(body);
        // TypeScript reads the pragma from block comments only; a line comment is read too, because an extra edge costs less than a missing one.
        if (source !== null)
            references.add('import', `${source[1].replace(/\/$/, '')}/jsx-runtime`, comment.pos + source.index, false);
        if (comment.kind !== lexer/* SyntaxKind */.a6.SingleLineCommentTrivia)
            continue;
        if (!DIRECTIVE.test(body))
            continue;
        const attribute = ATTRIBUTE.exec(body);
        if (attribute === null)
            continue;
        const specifier = attribute[2] ?? attribute[3];
        references.add('reference', specifier, comment.pos, attribute[1] === 'types');
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-limit.ts
/**
 * The offset where the scan of a script may stop. Every module reference starts with
 * a token whose text is written out in the file: `import`, `require`, the
 * `from` before the specifier of a re-export, or a `/// <reference` comment.
 * Past the last place where one of these words occurs no reference can
 * start, so the token stream need not read the rest of the file. In the
 * benchmark repositories that rest was half to two thirds of the bytes of a
 * module, because exports and function bodies follow the imports.
 */
/** Words that start a reference, or end one (`from` closes `export … from`). */
const REFERENCE_WORDS = ['import', 'require', '<reference'];
/** `from`, then white space or comments, then the opening quote of a specifier. A `from` not followed by a quote, as in `Array.from(x)`, ends no reference. */
const FROM_SPECIFIER = /from(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*['"`]/y;
/**
 * Returns the offset from which no reference can start in `text`: just past
 * the last occurrence of a reference word. A text with a backslash-`u`
 * escape gets its full length, because an identifier may spell `require`
 * with escapes, which a plain text search would not find.
 */
function referenceLimit(text) {
    if (text.includes('\\u'))
        return text.length;
    let limit = 0;
    for (const word of REFERENCE_WORDS) {
        const at = text.lastIndexOf(word);
        if (at >= 0)
            limit = Math.max(limit, at + word.length);
    }
    return Math.max(limit, lastFromSpecifier(text, limit));
}
/** End of the last `from` with a specifier after it that lies past `after`, or 0. Searching from the end finds it without reading the whole text. */
function lastFromSpecifier(text, after) {
    for (let at = text.lastIndexOf('from'); at >= after; at = text.lastIndexOf('from', at - 1)) {
        FROM_SPECIFIER.lastIndex = at;
        const match = FROM_SPECIFIER.exec(text);
        if (match !== null)
            return at + match[0].length;
        if (at === 0)
            break;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-list.ts
class ReferenceList {
    lineAt;
    declarationFile;
    items = [];
    /**
     * `lineAt` maps an offset in the scanned text to a line of the original
     * file. In a declaration file every reference is type-only.
     */
    constructor(lineAt, declarationFile) {
        this.lineAt = lineAt;
        this.declarationFile = declarationFile;
    }
    get length() {
        return this.items.length;
    }
    truncate(length) {
        this.items.length = length;
    }
    add(kind, specifier, offset, typeOnly) {
        this.items.push({
            specifier,
            kind,
            typeOnly: typeOnly || this.declarationFile,
            approximate: kind === 'glob',
            line: this.lineAt(offset),
        });
    }
    /** Adds a 'dynamic-pattern' reference: `prefix` is the static text before the first substitution. */
    addPattern(prefix, suffix, offset, typeOnly) {
        this.items.push({
            specifier: prefix,
            kind: 'dynamic-pattern',
            typeOnly: typeOnly || this.declarationFile,
            approximate: true,
            suffix,
            line: this.lineAt(offset),
        });
    }
}

// EXTERNAL MODULE: ./src/impact/scan/token-stream.ts + 2 modules
var token_stream = __webpack_require__(7040);
;// CONCATENATED MODULE: ./src/impact/scan/scan-script.ts
/**
 * Scans the text of one script, a whole file or one `<script>` block, for
 * module references.
 */








/**
 * Returns the references in `text`, in source order, and adds syntax errors
 * to `errors`. `firstLine` is the line of the original file on which `text`
 * starts.
 */
function scanScript(text, language, errors, firstLine = 1) {
    const lines = new LineCounter(text, firstLine);
    const lineAt = (offset) => lines.lineAt(offset);
    const directives = new ReferenceList(lineAt, language.declarationFile);
    const references = new ReferenceList(lineAt, language.declarationFile);
    const start = codeStart(text);
    const stream = new token_stream/* TokenStream */.e(text, { jsx: language.jsx, start, errors, references, lineAt });
    const reportError = (offset, message) => errors.add(lineAt(offset), message);
    readReferenceDirectives(text, start, stream.tokenStart, directives);
    // Syntax errors past the limit go unreported: they cannot hide a reference.
    // A JSX guess still open at the limit is read to its end, because a
    // rollback would read the text inside it again as code.
    const limit = referenceLimit(text);
    while (stream.token !== lexer/* SyntaxKind */.a6.EndOfFileToken && (stream.tokenStart < limit || stream.guessingJsx)) {
        switch (stream.token) {
            case lexer/* SyntaxKind */.a6.ImportKeyword:
                if (stream.afterDot)
                    break;
                readImport(stream, references, reportError);
                continue;
            case lexer/* SyntaxKind */.a6.ExportKeyword:
                if (stream.afterDot)
                    break;
                stream.advance();
                readExportDeclaration(stream, references, reportError);
                continue;
            case lexer/* SyntaxKind */.a6.RequireKeyword:
                if (stream.afterDot)
                    break;
                readRequireCall(stream, references);
                continue;
        }
        stream.advance();
    }
    return directives.items.concat(references.items);
}
/**
 * Returns the offset of the line break after a `#!` line that follows a byte
 * order mark, or 0. The lexer, like TypeScript's scanner, skips a byte order
 * mark, and a `#!` line at offset 0, but reads `#!` after a byte order mark
 * as code, while Node.js 20 runs such a file when it is an ES module.
 */
function codeStart(text) {
    if (text.charCodeAt(0) !== 0xfeff || !text.startsWith('#!', 1))
        return 0;
    const newline = text.indexOf('\n');
    return newline === -1 ? text.length : newline;
}
/** Reads what follows `import`: a call, `import.meta`, or a declaration. */
function readImport(stream, references, reportError) {
    const afterTypeof = stream.previous === lexer/* SyntaxKind */.a6.TypeOfKeyword;
    stream.advance();
    if (stream.token === lexer/* SyntaxKind */.a6.OpenParenToken)
        readImportCall(stream, references, afterTypeof);
    else if (stream.token === lexer/* SyntaxKind */.a6.DotToken)
        readImportMeta(stream, references);
    else if (startsImportDeclaration(stream.token))
        readImportDeclaration(stream, references, reportError);
}

;// CONCATENATED MODULE: ./src/impact/scan/script-blocks.ts
/**
 * Finds the `<script>` blocks of a Vue or Svelte component: `<script>`,
 * `<script setup lang="ts">`, `<script context="module">` and
 * `<script module>`. Scripts inside `<template>` or `<svelte:head>` are page
 * scripts rather than component code, and are skipped, and so are scripts
 * inside HTML comments and those whose `type` is not JavaScript.
 *
 * NOTE: nothing outside the script blocks is read, so Vue's
 * `<script src="./a.ts">`, `@import` in `<style>`, and `import()` in a Svelte
 * markup expression are not reported.
 */

/** Attributes of a start tag; a quoted value may contain `>`, as in Vue's `generic="T extends Map<K, V>"`. */
const ATTRIBUTES = String.raw `((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*(/?)>`;
const TAGS = new RegExp(String.raw `<!--[\s\S]*?(?:-->|$)|<(/?)(template|svelte:head)\b${ATTRIBUTES}|<script\b${ATTRIBUTES}`, 'gi');
const SCRIPT_END = /<\/script\s*>/gi;
const script_blocks_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `type` values that mark a script as JavaScript; `text/babel` is the in-browser JSX transform's. */
const SCRIPT_TYPES = /^(?:module|(?:text|application)\/(?:javascript|typescript|babel|jsx))$/i;
/** Returns the component's script blocks in file order. */
function findScriptBlocks(text) {
    const scan = { blocks: [], errors: [] };
    let containerDepth = 0;
    TAGS.lastIndex = 0;
    for (let match = TAGS.exec(text); match !== null; match = TAGS.exec(text)) {
        if (match[2] !== undefined) {
            // <template> or <svelte:head>, opening or closing; a self-closing one contains nothing.
            if (match[4] === '/')
                continue;
            containerDepth = match[1] === '/' ? Math.max(0, containerDepth - 1) : containerDepth + 1;
            continue;
        }
        if (match[5] === undefined)
            continue; // an HTML comment
        const attributes = readAttributes(match[5]);
        const contentStart = match.index + match[0].length;
        if (match[6] === '/')
            continue; // <script src="..." />
        SCRIPT_END.lastIndex = contentStart;
        const end = SCRIPT_END.exec(text);
        const contentEnd = end === null ? text.length : end.index;
        TAGS.lastIndex = end === null ? text.length : end.index + end[0].length;
        const line = lineOf(text, match.index);
        if (end === null)
            scan.errors.push({ line, message: "'<script>' has no matching '</script>'." });
        const type = attributes.get('type');
        if (containerDepth > 0 || (type !== undefined && !SCRIPT_TYPES.test(type)))
            continue;
        scan.blocks.push({
            content: text.slice(contentStart, contentEnd),
            line: lineOf(text, contentStart),
            language: (0,file_kinds/* scriptBlockLanguage */.B)(attributes.get('lang')),
        });
    }
    return scan;
}
function readAttributes(source) {
    const attributes = new Map();
    script_blocks_ATTRIBUTE.lastIndex = 0;
    for (let match = script_blocks_ATTRIBUTE.exec(source); match !== null; match = script_blocks_ATTRIBUTE.exec(source)) {
        attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    }
    return attributes;
}
/** Returns the 1-based line of `offset`, counting LF as `LineCounter` does. */
function lineOf(text, offset) {
    let line = 1;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./src/impact/scan/syntax-errors.ts
var syntax_errors = __webpack_require__(6743);
;// CONCATENATED MODULE: ./src/impact/scan/scanner-revision.ts
/**
 * Revision of the scanner's output. Scan caches store it with each entry
 * and discard entries written by another revision.
 *
 * Raise it with every change that can change the references or errors
 * found in some file. The revisions so far:
 * 1. tokens from TypeScript 5.9's scanner;
 * 2. tokens from the lexer in ./lexer;
 * 3. the scan stops after the last word that can start a reference
 *    (./reference-limit.ts), so errors past it are no longer reported;
 * 4. the `@jsxImportSource` pragma gives a reference.
 */
const SCANNER_REVISION = 4;

;// CONCATENATED MODULE: ./src/impact/scan/index.ts
/**
 * Finds the module references in one source file, for the module graph of
 * impact analysis. It reads tokens with the lexer in ./lexer, which reads
 * them as TypeScript's scanner does without loading the `typescript`
 * package. References are recognized in the tokens without building a
 * syntax tree. `bench/impact-scan/README.md` has the measurements behind
 * that choice.
 */





/**
 * Returns every module reference in the file at `path` with content `text`.
 *
 * `.ts .tsx .mts .cts .js .jsx .mjs .cjs` files are scanned whole. In `.vue`
 * and `.svelte` files the `<script>` blocks are scanned, with lines counted
 * in the whole file. Other files have no references. Bad syntax does not
 * throw: the result has what could be found, and `errors` lists the problems.
 */
function scanModuleReferences(path, text) {
    const fileKind = (0,file_kinds/* classifyPath */.q)(path);
    if (fileKind.kind === 'other')
        return { references: [], errors: [] };
    const errors = new syntax_errors/* SyntaxErrorList */.O();
    if (fileKind.kind === 'script') {
        const references = scanScript(text, fileKind.language, errors);
        return { references, errors: errors.format(path) };
    }
    const components = findScriptBlocks(text);
    for (const error of components.errors)
        errors.add(error.line, error.message);
    const references = [];
    for (const block of components.blocks)
        references.push(...scanScript(block.content, block.language, errors, block.line));
    return { references, errors: errors.format(path) };
}


/***/ }),

/***/ 8708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qE: () => (/* reexport */ LanguageVariant),
  Lp: () => (/* reexport */ Scanner),
  a6: () => (/* reexport */ SyntaxKind),
  mp: () => (/* reexport */ getLeadingCommentRanges),
  MC: () => (/* reexport */ isLineBreak),
  GF: () => (/* reexport */ isWhiteSpaceSingleLine)
});

// UNUSED EXPORTS: LexerMessage

;// CONCATENATED MODULE: ./src/impact/scan/lexer/character-classes.ts
/**
 * Character classes of JavaScript and TypeScript source: line breaks,
 * white space, digits, and the Unicode identifier characters.
 *
 * Outside ASCII, identifier characters are Unicode's ID_Start and
 * ID_Continue as the running V8 defines them, through `\p{...}` in regular
 * expressions. TypeScript 5.9 carries its own tables of those properties,
 * so a character added to Unicode after one of the two versions is read
 * differently by them.
 */
/** Returns whether `code` ends a line: LF, CR, U+2028 or U+2029. */
function isLineBreak(code) {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
/**
 * Returns whether `code` is white space within a line, by TypeScript's list,
 * which adds U+0085, U+200B and the byte order mark to ECMAScript's.
 */
function isWhiteSpaceSingleLine(code) {
    return (code === 0x20 ||
        code === 0x09 ||
        code === 0x0b ||
        code === 0x0c ||
        code === 0xa0 ||
        code === 0x85 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200b) ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
function isWhiteSpaceLike(code) {
    return isWhiteSpaceSingleLine(code) || isLineBreak(code);
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
function isOctalDigit(code) {
    return code >= 0x30 && code <= 0x37;
}
function isHexDigit(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
/**
 * Classes of the non-ASCII characters of the Basic Multilingual Plane that
 * were looked up: 0 not yet, 1 neither start nor part, 2 part only, 3 start
 * and part. Testing a regular expression for each character of a non-ASCII
 * name would dominate the time of such files.
 */
const BMP_CLASSES = new Uint8Array(0x10000);
const NOT_IDENTIFIER = 1;
const PART_ONLY = 2;
const START_AND_PART = 3;
function classifyNonAscii(code) {
    // A `\u{...}` escape can name a value past the last code point.
    if (code > 0x10ffff)
        return NOT_IDENTIFIER;
    if (code < 0x10000) {
        const cached = BMP_CLASSES[code];
        if (cached !== 0)
            return cached;
    }
    const character = String.fromCodePoint(code);
    let found = NOT_IDENTIFIER;
    if (ID_START.test(character))
        found = START_AND_PART;
    else if (ID_CONTINUE.test(character))
        found = PART_ONLY;
    if (code < 0x10000)
        BMP_CLASSES[code] = found;
    return found;
}
/** Returns whether the code point `code` can start an identifier: a letter, `$`, `_`, or Unicode ID_Start. */
function isIdentifierStart(code) {
    if (code < 0x80)
        return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x24 || code === 0x5f;
    return classifyNonAscii(code) === START_AND_PART;
}
/** Returns whether the code point `code` can continue an identifier: a start character, a digit, or Unicode ID_Continue. */
function isIdentifierPart(code) {
    if (code < 0x80) {
        return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0x5f;
    }
    return classifyNonAscii(code) !== NOT_IDENTIFIER;
}
/** Returns the code point at `offset`, joining a surrogate pair; -1 past the end. */
function codePointAt(text, offset) {
    const code = text.charCodeAt(offset);
    if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(offset + 1);
        if (low >= 0xdc00 && low <= 0xdfff)
            return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return Number.isNaN(code) ? -1 : code;
}
/** Returns how many UTF-16 code units the code point `code` takes. */
function charSize(code) {
    return code >= 0x10000 ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/syntax-kind.ts
/**
 * The kinds of token the lexer returns. Members carry the names of their
 * `ts.SyntaxKind` counterparts in TypeScript 5.9, so code written against
 * TypeScript's scanner reads the same, but the numbers differ. Only the
 * order is a contract: punctuation lies between `FirstPunctuation` and
 * `LastPunctuation`, and keywords between `FirstKeyword` and `LastKeyword`.
 */
var SyntaxKind;
(function (SyntaxKind) {
    SyntaxKind[SyntaxKind["Unknown"] = 0] = "Unknown";
    SyntaxKind[SyntaxKind["EndOfFileToken"] = 1] = "EndOfFileToken";
    // Trivia. The scanner skips comments, so these kinds appear only in comment ranges.
    SyntaxKind[SyntaxKind["SingleLineCommentTrivia"] = 2] = "SingleLineCommentTrivia";
    SyntaxKind[SyntaxKind["MultiLineCommentTrivia"] = 3] = "MultiLineCommentTrivia";
    /** A merge conflict marker met inside JSX text by `scanJsxToken`. */
    SyntaxKind[SyntaxKind["ConflictMarkerTrivia"] = 4] = "ConflictMarkerTrivia";
    /** U+FFFD outside a literal or comment: TypeScript takes the file for binary, and the scan ends there. */
    SyntaxKind[SyntaxKind["NonTextFileMarkerTrivia"] = 5] = "NonTextFileMarkerTrivia";
    // Literals.
    SyntaxKind[SyntaxKind["NumericLiteral"] = 6] = "NumericLiteral";
    SyntaxKind[SyntaxKind["BigIntLiteral"] = 7] = "BigIntLiteral";
    SyntaxKind[SyntaxKind["StringLiteral"] = 8] = "StringLiteral";
    SyntaxKind[SyntaxKind["JsxText"] = 9] = "JsxText";
    SyntaxKind[SyntaxKind["JsxTextAllWhiteSpaces"] = 10] = "JsxTextAllWhiteSpaces";
    SyntaxKind[SyntaxKind["RegularExpressionLiteral"] = 11] = "RegularExpressionLiteral";
    SyntaxKind[SyntaxKind["NoSubstitutionTemplateLiteral"] = 12] = "NoSubstitutionTemplateLiteral";
    SyntaxKind[SyntaxKind["TemplateHead"] = 13] = "TemplateHead";
    SyntaxKind[SyntaxKind["TemplateMiddle"] = 14] = "TemplateMiddle";
    SyntaxKind[SyntaxKind["TemplateTail"] = 15] = "TemplateTail";
    // Punctuation.
    SyntaxKind[SyntaxKind["OpenBraceToken"] = 16] = "OpenBraceToken";
    SyntaxKind[SyntaxKind["CloseBraceToken"] = 17] = "CloseBraceToken";
    SyntaxKind[SyntaxKind["OpenParenToken"] = 18] = "OpenParenToken";
    SyntaxKind[SyntaxKind["CloseParenToken"] = 19] = "CloseParenToken";
    SyntaxKind[SyntaxKind["OpenBracketToken"] = 20] = "OpenBracketToken";
    SyntaxKind[SyntaxKind["CloseBracketToken"] = 21] = "CloseBracketToken";
    SyntaxKind[SyntaxKind["DotToken"] = 22] = "DotToken";
    SyntaxKind[SyntaxKind["DotDotDotToken"] = 23] = "DotDotDotToken";
    SyntaxKind[SyntaxKind["SemicolonToken"] = 24] = "SemicolonToken";
    SyntaxKind[SyntaxKind["CommaToken"] = 25] = "CommaToken";
    SyntaxKind[SyntaxKind["QuestionDotToken"] = 26] = "QuestionDotToken";
    SyntaxKind[SyntaxKind["LessThanToken"] = 27] = "LessThanToken";
    SyntaxKind[SyntaxKind["LessThanSlashToken"] = 28] = "LessThanSlashToken";
    SyntaxKind[SyntaxKind["GreaterThanToken"] = 29] = "GreaterThanToken";
    SyntaxKind[SyntaxKind["LessThanEqualsToken"] = 30] = "LessThanEqualsToken";
    SyntaxKind[SyntaxKind["GreaterThanEqualsToken"] = 31] = "GreaterThanEqualsToken";
    SyntaxKind[SyntaxKind["EqualsEqualsToken"] = 32] = "EqualsEqualsToken";
    SyntaxKind[SyntaxKind["ExclamationEqualsToken"] = 33] = "ExclamationEqualsToken";
    SyntaxKind[SyntaxKind["EqualsEqualsEqualsToken"] = 34] = "EqualsEqualsEqualsToken";
    SyntaxKind[SyntaxKind["ExclamationEqualsEqualsToken"] = 35] = "ExclamationEqualsEqualsToken";
    SyntaxKind[SyntaxKind["EqualsGreaterThanToken"] = 36] = "EqualsGreaterThanToken";
    SyntaxKind[SyntaxKind["PlusToken"] = 37] = "PlusToken";
    SyntaxKind[SyntaxKind["MinusToken"] = 38] = "MinusToken";
    SyntaxKind[SyntaxKind["AsteriskToken"] = 39] = "AsteriskToken";
    SyntaxKind[SyntaxKind["AsteriskAsteriskToken"] = 40] = "AsteriskAsteriskToken";
    SyntaxKind[SyntaxKind["SlashToken"] = 41] = "SlashToken";
    SyntaxKind[SyntaxKind["PercentToken"] = 42] = "PercentToken";
    SyntaxKind[SyntaxKind["PlusPlusToken"] = 43] = "PlusPlusToken";
    SyntaxKind[SyntaxKind["MinusMinusToken"] = 44] = "MinusMinusToken";
    SyntaxKind[SyntaxKind["LessThanLessThanToken"] = 45] = "LessThanLessThanToken";
    SyntaxKind[SyntaxKind["AmpersandToken"] = 46] = "AmpersandToken";
    SyntaxKind[SyntaxKind["BarToken"] = 47] = "BarToken";
    SyntaxKind[SyntaxKind["CaretToken"] = 48] = "CaretToken";
    SyntaxKind[SyntaxKind["ExclamationToken"] = 49] = "ExclamationToken";
    SyntaxKind[SyntaxKind["TildeToken"] = 50] = "TildeToken";
    SyntaxKind[SyntaxKind["AmpersandAmpersandToken"] = 51] = "AmpersandAmpersandToken";
    SyntaxKind[SyntaxKind["BarBarToken"] = 52] = "BarBarToken";
    SyntaxKind[SyntaxKind["QuestionToken"] = 53] = "QuestionToken";
    SyntaxKind[SyntaxKind["ColonToken"] = 54] = "ColonToken";
    SyntaxKind[SyntaxKind["AtToken"] = 55] = "AtToken";
    SyntaxKind[SyntaxKind["QuestionQuestionToken"] = 56] = "QuestionQuestionToken";
    SyntaxKind[SyntaxKind["EqualsToken"] = 57] = "EqualsToken";
    SyntaxKind[SyntaxKind["PlusEqualsToken"] = 58] = "PlusEqualsToken";
    SyntaxKind[SyntaxKind["MinusEqualsToken"] = 59] = "MinusEqualsToken";
    SyntaxKind[SyntaxKind["AsteriskEqualsToken"] = 60] = "AsteriskEqualsToken";
    SyntaxKind[SyntaxKind["AsteriskAsteriskEqualsToken"] = 61] = "AsteriskAsteriskEqualsToken";
    SyntaxKind[SyntaxKind["SlashEqualsToken"] = 62] = "SlashEqualsToken";
    SyntaxKind[SyntaxKind["PercentEqualsToken"] = 63] = "PercentEqualsToken";
    SyntaxKind[SyntaxKind["LessThanLessThanEqualsToken"] = 64] = "LessThanLessThanEqualsToken";
    SyntaxKind[SyntaxKind["AmpersandEqualsToken"] = 65] = "AmpersandEqualsToken";
    SyntaxKind[SyntaxKind["BarEqualsToken"] = 66] = "BarEqualsToken";
    SyntaxKind[SyntaxKind["BarBarEqualsToken"] = 67] = "BarBarEqualsToken";
    SyntaxKind[SyntaxKind["AmpersandAmpersandEqualsToken"] = 68] = "AmpersandAmpersandEqualsToken";
    SyntaxKind[SyntaxKind["QuestionQuestionEqualsToken"] = 69] = "QuestionQuestionEqualsToken";
    SyntaxKind[SyntaxKind["CaretEqualsToken"] = 70] = "CaretEqualsToken";
    // Names.
    SyntaxKind[SyntaxKind["Identifier"] = 71] = "Identifier";
    /** `#name`, and a lone `#`, which is also reported as an invalid character. */
    SyntaxKind[SyntaxKind["PrivateIdentifier"] = 72] = "PrivateIdentifier";
    // Keywords: every word that TypeScript's scanner returns as a keyword, reserved or contextual.
    SyntaxKind[SyntaxKind["BreakKeyword"] = 73] = "BreakKeyword";
    SyntaxKind[SyntaxKind["CaseKeyword"] = 74] = "CaseKeyword";
    SyntaxKind[SyntaxKind["CatchKeyword"] = 75] = "CatchKeyword";
    SyntaxKind[SyntaxKind["ClassKeyword"] = 76] = "ClassKeyword";
    SyntaxKind[SyntaxKind["ConstKeyword"] = 77] = "ConstKeyword";
    SyntaxKind[SyntaxKind["ContinueKeyword"] = 78] = "ContinueKeyword";
    SyntaxKind[SyntaxKind["DebuggerKeyword"] = 79] = "DebuggerKeyword";
    SyntaxKind[SyntaxKind["DefaultKeyword"] = 80] = "DefaultKeyword";
    SyntaxKind[SyntaxKind["DeleteKeyword"] = 81] = "DeleteKeyword";
    SyntaxKind[SyntaxKind["DoKeyword"] = 82] = "DoKeyword";
    SyntaxKind[SyntaxKind["ElseKeyword"] = 83] = "ElseKeyword";
    SyntaxKind[SyntaxKind["EnumKeyword"] = 84] = "EnumKeyword";
    SyntaxKind[SyntaxKind["ExportKeyword"] = 85] = "ExportKeyword";
    SyntaxKind[SyntaxKind["ExtendsKeyword"] = 86] = "ExtendsKeyword";
    SyntaxKind[SyntaxKind["FalseKeyword"] = 87] = "FalseKeyword";
    SyntaxKind[SyntaxKind["FinallyKeyword"] = 88] = "FinallyKeyword";
    SyntaxKind[SyntaxKind["ForKeyword"] = 89] = "ForKeyword";
    SyntaxKind[SyntaxKind["FunctionKeyword"] = 90] = "FunctionKeyword";
    SyntaxKind[SyntaxKind["IfKeyword"] = 91] = "IfKeyword";
    SyntaxKind[SyntaxKind["ImportKeyword"] = 92] = "ImportKeyword";
    SyntaxKind[SyntaxKind["InKeyword"] = 93] = "InKeyword";
    SyntaxKind[SyntaxKind["InstanceOfKeyword"] = 94] = "InstanceOfKeyword";
    SyntaxKind[SyntaxKind["NewKeyword"] = 95] = "NewKeyword";
    SyntaxKind[SyntaxKind["NullKeyword"] = 96] = "NullKeyword";
    SyntaxKind[SyntaxKind["ReturnKeyword"] = 97] = "ReturnKeyword";
    SyntaxKind[SyntaxKind["SuperKeyword"] = 98] = "SuperKeyword";
    SyntaxKind[SyntaxKind["SwitchKeyword"] = 99] = "SwitchKeyword";
    SyntaxKind[SyntaxKind["ThisKeyword"] = 100] = "ThisKeyword";
    SyntaxKind[SyntaxKind["ThrowKeyword"] = 101] = "ThrowKeyword";
    SyntaxKind[SyntaxKind["TrueKeyword"] = 102] = "TrueKeyword";
    SyntaxKind[SyntaxKind["TryKeyword"] = 103] = "TryKeyword";
    SyntaxKind[SyntaxKind["TypeOfKeyword"] = 104] = "TypeOfKeyword";
    SyntaxKind[SyntaxKind["VarKeyword"] = 105] = "VarKeyword";
    SyntaxKind[SyntaxKind["VoidKeyword"] = 106] = "VoidKeyword";
    SyntaxKind[SyntaxKind["WhileKeyword"] = 107] = "WhileKeyword";
    SyntaxKind[SyntaxKind["WithKeyword"] = 108] = "WithKeyword";
    SyntaxKind[SyntaxKind["ImplementsKeyword"] = 109] = "ImplementsKeyword";
    SyntaxKind[SyntaxKind["InterfaceKeyword"] = 110] = "InterfaceKeyword";
    SyntaxKind[SyntaxKind["LetKeyword"] = 111] = "LetKeyword";
    SyntaxKind[SyntaxKind["PackageKeyword"] = 112] = "PackageKeyword";
    SyntaxKind[SyntaxKind["PrivateKeyword"] = 113] = "PrivateKeyword";
    SyntaxKind[SyntaxKind["ProtectedKeyword"] = 114] = "ProtectedKeyword";
    SyntaxKind[SyntaxKind["PublicKeyword"] = 115] = "PublicKeyword";
    SyntaxKind[SyntaxKind["StaticKeyword"] = 116] = "StaticKeyword";
    SyntaxKind[SyntaxKind["YieldKeyword"] = 117] = "YieldKeyword";
    SyntaxKind[SyntaxKind["AbstractKeyword"] = 118] = "AbstractKeyword";
    SyntaxKind[SyntaxKind["AccessorKeyword"] = 119] = "AccessorKeyword";
    SyntaxKind[SyntaxKind["AsKeyword"] = 120] = "AsKeyword";
    SyntaxKind[SyntaxKind["AssertsKeyword"] = 121] = "AssertsKeyword";
    SyntaxKind[SyntaxKind["AssertKeyword"] = 122] = "AssertKeyword";
    SyntaxKind[SyntaxKind["AnyKeyword"] = 123] = "AnyKeyword";
    SyntaxKind[SyntaxKind["AsyncKeyword"] = 124] = "AsyncKeyword";
    SyntaxKind[SyntaxKind["AwaitKeyword"] = 125] = "AwaitKeyword";
    SyntaxKind[SyntaxKind["BooleanKeyword"] = 126] = "BooleanKeyword";
    SyntaxKind[SyntaxKind["ConstructorKeyword"] = 127] = "ConstructorKeyword";
    SyntaxKind[SyntaxKind["DeclareKeyword"] = 128] = "DeclareKeyword";
    SyntaxKind[SyntaxKind["GetKeyword"] = 129] = "GetKeyword";
    SyntaxKind[SyntaxKind["InferKeyword"] = 130] = "InferKeyword";
    SyntaxKind[SyntaxKind["IntrinsicKeyword"] = 131] = "IntrinsicKeyword";
    SyntaxKind[SyntaxKind["IsKeyword"] = 132] = "IsKeyword";
    SyntaxKind[SyntaxKind["KeyOfKeyword"] = 133] = "KeyOfKeyword";
    SyntaxKind[SyntaxKind["ModuleKeyword"] = 134] = "ModuleKeyword";
    SyntaxKind[SyntaxKind["NamespaceKeyword"] = 135] = "NamespaceKeyword";
    SyntaxKind[SyntaxKind["NeverKeyword"] = 136] = "NeverKeyword";
    SyntaxKind[SyntaxKind["OutKeyword"] = 137] = "OutKeyword";
    SyntaxKind[SyntaxKind["ReadonlyKeyword"] = 138] = "ReadonlyKeyword";
    SyntaxKind[SyntaxKind["RequireKeyword"] = 139] = "RequireKeyword";
    SyntaxKind[SyntaxKind["NumberKeyword"] = 140] = "NumberKeyword";
    SyntaxKind[SyntaxKind["ObjectKeyword"] = 141] = "ObjectKeyword";
    SyntaxKind[SyntaxKind["SatisfiesKeyword"] = 142] = "SatisfiesKeyword";
    SyntaxKind[SyntaxKind["SetKeyword"] = 143] = "SetKeyword";
    SyntaxKind[SyntaxKind["StringKeyword"] = 144] = "StringKeyword";
    SyntaxKind[SyntaxKind["SymbolKeyword"] = 145] = "SymbolKeyword";
    SyntaxKind[SyntaxKind["TypeKeyword"] = 146] = "TypeKeyword";
    SyntaxKind[SyntaxKind["UndefinedKeyword"] = 147] = "UndefinedKeyword";
    SyntaxKind[SyntaxKind["UniqueKeyword"] = 148] = "UniqueKeyword";
    SyntaxKind[SyntaxKind["UnknownKeyword"] = 149] = "UnknownKeyword";
    SyntaxKind[SyntaxKind["UsingKeyword"] = 150] = "UsingKeyword";
    SyntaxKind[SyntaxKind["FromKeyword"] = 151] = "FromKeyword";
    SyntaxKind[SyntaxKind["GlobalKeyword"] = 152] = "GlobalKeyword";
    SyntaxKind[SyntaxKind["BigIntKeyword"] = 153] = "BigIntKeyword";
    SyntaxKind[SyntaxKind["OverrideKeyword"] = 154] = "OverrideKeyword";
    SyntaxKind[SyntaxKind["OfKeyword"] = 155] = "OfKeyword";
    SyntaxKind[SyntaxKind["DeferKeyword"] = 156] = "DeferKeyword";
    /** No token: a marker for callers that treat a whole JSX element as one operand. */
    SyntaxKind[SyntaxKind["JsxElement"] = 157] = "JsxElement";
    SyntaxKind[SyntaxKind["FirstPunctuation"] = 16] = "FirstPunctuation";
    SyntaxKind[SyntaxKind["LastPunctuation"] = 70] = "LastPunctuation";
    SyntaxKind[SyntaxKind["FirstKeyword"] = 73] = "FirstKeyword";
    SyntaxKind[SyntaxKind["LastKeyword"] = 156] = "LastKeyword";
})(SyntaxKind || (SyntaxKind = {}));
/** Whether `<` may open a JSX element, which changes how `</` and JSX text are read. */
var LanguageVariant;
(function (LanguageVariant) {
    LanguageVariant[LanguageVariant["Standard"] = 0] = "Standard";
    LanguageVariant[LanguageVariant["JSX"] = 1] = "JSX";
})(LanguageVariant || (LanguageVariant = {}));

;// CONCATENATED MODULE: ./src/impact/scan/lexer/scanner-state.ts
/**
 * The mutable state that the lexer's scanning functions share: the text, the
 * read position, and the current token. `Scanner` extends it with the public
 * methods, and each file of this folder reads one kind of token into it.
 */

/**
 * The errors the lexer reports: only those after which tokens end somewhere
 * else than in valid code, and so can hide or invent a reference. The texts
 * are TypeScript's diagnostic messages 1002, 1010, 1127, 1160, 1161 and 1185.
 */
const LexerMessage = {
    UnterminatedString: 'Unterminated string literal.',
    UnterminatedComment: "'*/' expected.",
    InvalidCharacter: 'Invalid character.',
    UnterminatedTemplate: 'Unterminated template literal.',
    UnterminatedRegularExpression: 'Unterminated regular expression literal.',
    MergeConflictMarker: 'Merge conflict marker encountered.',
};
/** The fields are internal to this folder's files. Callers use `Scanner`'s methods. */
class ScannerState {
    text = '';
    /** Offset where scanning stops: the text's length. */
    end = 0;
    /** Read position: the end of the current token once it is scanned. */
    pos = 0;
    /** Offset of the current token's first character, after trivia. */
    tokenStart = 0;
    /** Offset where the current token's trivia began. */
    fullStart = 0;
    token = SyntaxKind.Unknown;
    /**
     * Value of the last identifier, keyword or literal read. Like TypeScript's
     * scanner, punctuation leaves the previous value in place.
     */
    tokenValue = '';
    languageVariant = LanguageVariant.Standard;
    onError = undefined;
    error(message) {
        this.onError?.(message, this.tokenStart);
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/trivia.ts
/**
 * Text between tokens that the scanner skips: comments, a `#!` line at the
 * start of the text, and merge conflict markers.
 */


/** Length of a conflict marker such as `<<<<<<<`. */
const CONFLICT_MARKER_LENGTH = 7;
/** Returns the offset after the line comment starting at `start`, before its line break. */
function skipLineComment(text, start, end) {
    let pos = start + 2;
    while (pos < end && !isLineBreak(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/**
 * Returns the offset after the `*` `/` that closes the block comment starting
 * at `start`, or `end` when none does.
 */
function skipBlockComment(text, start, end) {
    const close = text.indexOf('*/', start + 2);
    return close === -1 || close + 2 > end ? end : close + 2;
}
/** Skips the block comment at `state.pos`, and reports it when it has no end. */
function scanBlockComment(state) {
    const close = state.text.indexOf('*/', state.pos + 2);
    if (close === -1 || close + 2 > state.end) {
        state.pos = state.end;
        state.error(LexerMessage.UnterminatedComment);
        return;
    }
    state.pos = close + 2;
}
/** Returns the offset after a `#!` line at offset 0, or 0 when the text does not start with one. */
function shebangEnd(text) {
    if (text.charCodeAt(0) !== 0x23 || text.charCodeAt(1) !== 0x21)
        return 0;
    let pos = 2;
    // `.` in TypeScript's /^#!.*/ stops at LF, CR, U+2028 and U+2029.
    while (pos < text.length && !isLineBreak(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/**
 * Returns whether a merge conflict marker starts at `pos`: seven `<`, `=`,
 * `|` or `>` at the start of a line, followed by a space unless they are `=`.
 */
function isConflictMarker(text, pos) {
    if (pos !== 0 && !isLineBreak(text.charCodeAt(pos - 1)))
        return false;
    if (pos + CONFLICT_MARKER_LENGTH >= text.length)
        return false;
    const code = text.charCodeAt(pos);
    for (let i = 1; i < CONFLICT_MARKER_LENGTH; i++)
        if (text.charCodeAt(pos + i) !== code)
            return false;
    return code === 0x3d || text.charCodeAt(pos + CONFLICT_MARKER_LENGTH) === 0x20;
}
/**
 * Reports the conflict marker at `state.pos` and skips it. After `<<<<<<<`
 * or `>>>>>>>` the rest of the line is skipped. After `|||||||` or `=======`
 * everything up to the next `=======` or `>>>>>>>` marker is skipped, so only
 * the first side of a conflict is read as code.
 */
function scanConflictMarker(state) {
    state.error(LexerMessage.MergeConflictMarker);
    state.pos = conflictMarkerEnd(state.text, state.pos, state.end);
}
function conflictMarkerEnd(text, start, end) {
    const marker = text.charCodeAt(start);
    let pos = start;
    if (marker === 0x3c || marker === 0x3e) {
        while (pos < end && !isLineBreak(text.charCodeAt(pos)))
            pos++;
        return pos;
    }
    while (pos < end) {
        const code = text.charCodeAt(pos);
        if ((code === 0x3d || code === 0x3e) && code !== marker && isConflictMarker(text, pos))
            break;
        pos++;
    }
    return pos;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/comment-ranges.ts
/**
 * The comments before a token, in place of TypeScript's
 * `ts.getLeadingCommentRanges`, for readers of directives such as
 * `/// <reference types="node" />`.
 */



/**
 * Returns the comments in the white space and comments that start at
 * `pos`, up to the first token. As TypeScript 5.9 does, it collects from
 * offset 0, after a `#!` line, or else only after the first line break,
 * because comments on the line of the previous token trail that token.
 */
function getLeadingCommentRanges(text, pos) {
    const comments = [];
    let collecting = false;
    if (pos === 0) {
        collecting = true;
        pos = shebangEnd(text);
    }
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 0x2f) {
            const next = text.charCodeAt(pos + 1);
            if (next !== 0x2f && next !== 0x2a)
                break;
            const line = next === 0x2f;
            const end = line ? skipLineComment(text, pos, text.length) : skipBlockComment(text, pos, text.length);
            if (collecting)
                comments.push({ kind: line ? SyntaxKind.SingleLineCommentTrivia : SyntaxKind.MultiLineCommentTrivia, pos, end });
            pos = end;
            continue;
        }
        if (!isWhiteSpaceLike(code))
            break;
        // Only LF and CR start collecting, while U+2028 and U+2029 are skipped as white space.
        if (code === 0x0a || code === 0x0d)
            collecting = true;
        pos++;
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/escapes.ts
/**
 * Escape sequences in string and template literals, and the `\u` escapes
 * that identifiers may contain.
 */

/** Largest Unicode code point, the limit of a `\u{...}` escape. */
const MAX_CODE_POINT = 0x10ffff;
/**
 * Reads the escape sequence whose `\` is at `state.pos` and returns the text
 * it stands for.
 *
 * `decodeInvalid` chooses what a legacy octal escape such as `\07` or a
 * `\8` returns. When true, as in strings, it is the character, and when
 * false, as in a template that TypeScript's `scan()` reads, it is the
 * escape's own text. A malformed `\x`, `\u` or `\u{...}` returns its text in
 * both cases, as TypeScript 5.9 does.
 */
function scanEscapeSequence(state, decodeInvalid) {
    const text = state.text;
    const start = state.pos;
    state.pos++;
    if (state.pos >= state.end)
        return '';
    const code = text.charCodeAt(state.pos);
    state.pos++;
    switch (code) {
        case 0x30: // 0
            if (state.pos >= state.end || !isDigit(text.charCodeAt(state.pos)))
                return '\0';
            return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
        case 0x31: // 1
        case 0x32: // 2
        case 0x33: // 3
            return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
        case 0x34: // 4
        case 0x35: // 5
        case 0x36: // 6
        case 0x37: // 7
            return scanLegacyOctalEscape(state, start, 1, decodeInvalid);
        case 0x38: // 8
        case 0x39: // 9
            return decodeInvalid ? String.fromCharCode(code) : text.substring(start, state.pos);
        case 0x62: // b
            return '\b';
        case 0x74: // t
            return '\t';
        case 0x6e: // n
            return '\n';
        case 0x76: // v
            return '\v';
        case 0x66: // f
            return '\f';
        case 0x72: // r
            return '\r';
        case 0x27: // '
            return "'";
        case 0x22: // "
            return '"';
        case 0x75: // u
            if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7b) {
                state.pos = start;
                return scanExtendedUnicodeEscape(state);
            }
            return scanFixedHexEscape(state, start, 6);
        case 0x78: // x
            return scanFixedHexEscape(state, start, 4);
        case 0x0d: // CR; a line continuation stands for nothing
            if (state.pos < state.end && text.charCodeAt(state.pos) === 0x0a)
                state.pos++;
            return '';
        case 0x0a:
        case 0x2028:
        case 0x2029:
            return '';
        default:
            return String.fromCharCode(code);
    }
}
/**
 * Reads up to `moreDigits` further octal digits of an escape such as `\17`
 * or `\177`, whose first digit is read.
 */
function scanLegacyOctalEscape(state, start, moreDigits, decodeInvalid) {
    for (let i = 0; i < moreDigits && state.pos < state.end && isOctalDigit(state.text.charCodeAt(state.pos)); i++)
        state.pos++;
    const escape = state.text.substring(start, state.pos);
    return decodeInvalid ? String.fromCharCode(parseInt(escape.slice(1), 8)) : escape;
}
/** Reads `\xHH` or `\uHHHH`, which ends at `start + length`; a short one returns its text up to the first non-hex digit. */
function scanFixedHexEscape(state, start, length) {
    const text = state.text;
    for (; state.pos < start + length; state.pos++) {
        if (!(state.pos < state.end && isHexDigit(text.charCodeAt(state.pos))))
            return text.substring(start, state.pos);
    }
    return String.fromCharCode(parseInt(text.substring(start + 2, state.pos), 16));
}
/**
 * Reads `\u{...}` at `state.pos` and returns its character, or its text when
 * it has no digits, exceeds U+10FFFF or lacks its `}`.
 */
function scanExtendedUnicodeEscape(state) {
    const text = state.text;
    const start = state.pos;
    state.pos += 3;
    const digitsStart = state.pos;
    while (state.pos < state.end && isHexDigit(text.charCodeAt(state.pos)))
        state.pos++;
    const value = state.pos > digitsStart ? parseInt(text.substring(digitsStart, state.pos), 16) : -1;
    let valid = value >= 0 && value <= MAX_CODE_POINT;
    if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7d)
        state.pos++;
    else
        valid = false;
    return valid ? String.fromCodePoint(value) : text.substring(start, state.pos);
}
/**
 * Returns the code point of a `\u{...}` escape at `offset`, or -1 when none
 * with at least one hex digit starts there. The `}` is not checked.
 */
function peekExtendedUnicodeEscape(state, offset) {
    const text = state.text;
    if (text.charCodeAt(offset + 1) !== 0x75 || text.charCodeAt(offset + 2) !== 0x7b)
        return -1;
    let end = offset + 3;
    while (end < state.end && isHexDigit(text.charCodeAt(end)))
        end++;
    return end > offset + 3 ? parseInt(text.substring(offset + 3, end), 16) : -1;
}
/** Returns the code unit of a `\uHHHH` escape at `offset`, or -1 when none starts there. */
function peekUnicodeEscape(state, offset) {
    const text = state.text;
    if (offset + 5 >= state.end || text.charCodeAt(offset + 1) !== 0x75)
        return -1;
    for (let i = offset + 2; i < offset + 6; i++)
        if (!isHexDigit(text.charCodeAt(i)))
            return -1;
    return parseInt(text.substring(offset + 2, offset + 6), 16);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/keywords.ts
/**
 * The words that the lexer returns as keywords: the list of TypeScript 5.9's
 * scanner, which includes contextual words such as `type`, `from` and
 * `require`. Whether a keyword is used as a name is the caller's decision.
 */

const KEYWORDS = new Map([
    ['abstract', SyntaxKind.AbstractKeyword],
    ['accessor', SyntaxKind.AccessorKeyword],
    ['any', SyntaxKind.AnyKeyword],
    ['as', SyntaxKind.AsKeyword],
    ['asserts', SyntaxKind.AssertsKeyword],
    ['assert', SyntaxKind.AssertKeyword],
    ['async', SyntaxKind.AsyncKeyword],
    ['await', SyntaxKind.AwaitKeyword],
    ['bigint', SyntaxKind.BigIntKeyword],
    ['boolean', SyntaxKind.BooleanKeyword],
    ['break', SyntaxKind.BreakKeyword],
    ['case', SyntaxKind.CaseKeyword],
    ['catch', SyntaxKind.CatchKeyword],
    ['class', SyntaxKind.ClassKeyword],
    ['const', SyntaxKind.ConstKeyword],
    ['constructor', SyntaxKind.ConstructorKeyword],
    ['continue', SyntaxKind.ContinueKeyword],
    ['debugger', SyntaxKind.DebuggerKeyword],
    ['declare', SyntaxKind.DeclareKeyword],
    ['default', SyntaxKind.DefaultKeyword],
    ['defer', SyntaxKind.DeferKeyword],
    ['delete', SyntaxKind.DeleteKeyword],
    ['do', SyntaxKind.DoKeyword],
    ['else', SyntaxKind.ElseKeyword],
    ['enum', SyntaxKind.EnumKeyword],
    ['export', SyntaxKind.ExportKeyword],
    ['extends', SyntaxKind.ExtendsKeyword],
    ['false', SyntaxKind.FalseKeyword],
    ['finally', SyntaxKind.FinallyKeyword],
    ['for', SyntaxKind.ForKeyword],
    ['from', SyntaxKind.FromKeyword],
    ['function', SyntaxKind.FunctionKeyword],
    ['get', SyntaxKind.GetKeyword],
    ['global', SyntaxKind.GlobalKeyword],
    ['if', SyntaxKind.IfKeyword],
    ['implements', SyntaxKind.ImplementsKeyword],
    ['import', SyntaxKind.ImportKeyword],
    ['in', SyntaxKind.InKeyword],
    ['infer', SyntaxKind.InferKeyword],
    ['instanceof', SyntaxKind.InstanceOfKeyword],
    ['interface', SyntaxKind.InterfaceKeyword],
    ['intrinsic', SyntaxKind.IntrinsicKeyword],
    ['is', SyntaxKind.IsKeyword],
    ['keyof', SyntaxKind.KeyOfKeyword],
    ['let', SyntaxKind.LetKeyword],
    ['module', SyntaxKind.ModuleKeyword],
    ['namespace', SyntaxKind.NamespaceKeyword],
    ['never', SyntaxKind.NeverKeyword],
    ['new', SyntaxKind.NewKeyword],
    ['null', SyntaxKind.NullKeyword],
    ['number', SyntaxKind.NumberKeyword],
    ['object', SyntaxKind.ObjectKeyword],
    ['of', SyntaxKind.OfKeyword],
    ['out', SyntaxKind.OutKeyword],
    ['override', SyntaxKind.OverrideKeyword],
    ['package', SyntaxKind.PackageKeyword],
    ['private', SyntaxKind.PrivateKeyword],
    ['protected', SyntaxKind.ProtectedKeyword],
    ['public', SyntaxKind.PublicKeyword],
    ['readonly', SyntaxKind.ReadonlyKeyword],
    ['require', SyntaxKind.RequireKeyword],
    ['return', SyntaxKind.ReturnKeyword],
    ['satisfies', SyntaxKind.SatisfiesKeyword],
    ['set', SyntaxKind.SetKeyword],
    ['static', SyntaxKind.StaticKeyword],
    ['string', SyntaxKind.StringKeyword],
    ['super', SyntaxKind.SuperKeyword],
    ['switch', SyntaxKind.SwitchKeyword],
    ['symbol', SyntaxKind.SymbolKeyword],
    ['this', SyntaxKind.ThisKeyword],
    ['throw', SyntaxKind.ThrowKeyword],
    ['true', SyntaxKind.TrueKeyword],
    ['try', SyntaxKind.TryKeyword],
    ['type', SyntaxKind.TypeKeyword],
    ['typeof', SyntaxKind.TypeOfKeyword],
    ['undefined', SyntaxKind.UndefinedKeyword],
    ['unique', SyntaxKind.UniqueKeyword],
    ['unknown', SyntaxKind.UnknownKeyword],
    ['using', SyntaxKind.UsingKeyword],
    ['var', SyntaxKind.VarKeyword],
    ['void', SyntaxKind.VoidKeyword],
    ['while', SyntaxKind.WhileKeyword],
    ['with', SyntaxKind.WithKeyword],
    ['yield', SyntaxKind.YieldKeyword],
]);
/** Lengths of the shortest and longest keyword, so most identifiers skip the map. */
const MIN_KEYWORD_LENGTH = 2;
const MAX_KEYWORD_LENGTH = 11;
/**
 * Returns the keyword kind of `name`, or `Identifier`. The name is the
 * identifier's value with escapes decoded, so `\u0069f` is `if`, as in
 * TypeScript's scanner.
 */
function identifierOrKeyword(name) {
    const length = name.length;
    if (length < MIN_KEYWORD_LENGTH || length > MAX_KEYWORD_LENGTH)
        return SyntaxKind.Identifier;
    const first = name.charCodeAt(0);
    // Every keyword starts with a lowercase ASCII letter.
    if (first < 0x61 || first > 0x7a)
        return SyntaxKind.Identifier;
    return KEYWORDS.get(name) ?? SyntaxKind.Identifier;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/identifiers.ts
/**
 * Identifiers, keywords and private names (`#name`), including names
 * written with `\u0061` or `\u{61}` escapes.
 */





const BACKSLASH = 0x5c;
/**
 * Reads the rest of an identifier whose first code point `first` is at
 * `state.pos` and passed `isIdentifierStart`, and returns its kind. The value
 * is the text from the token start, so that a private name keeps its `#`.
 */
function scanIdentifier(state, first) {
    const text = state.text;
    const end = state.end;
    let pos = state.pos + charSize(first);
    let code = first;
    while (pos < end) {
        code = text.charCodeAt(pos);
        if (code < 0x80) {
            if (!isAsciiIdentifierPart(code))
                break;
            pos++;
            continue;
        }
        code = codePointAt(text, pos);
        if (!isIdentifierPart(code))
            break;
        pos += charSize(code);
    }
    state.pos = pos;
    state.tokenValue = text.substring(state.tokenStart, pos);
    if (code === BACKSLASH && pos < end)
        state.tokenValue += scanIdentifierParts(state);
    return identifierOrKeyword(state.tokenValue);
}
function isAsciiIdentifierPart(code) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0x5f;
}
/**
 * Reads identifier characters and escapes that stand for them from
 * `state.pos`, and returns their value. It stops at anything else, including
 * an escape of a character that cannot be part of an identifier.
 */
function scanIdentifierParts(state) {
    const text = state.text;
    let result = '';
    let chunkStart = state.pos;
    while (state.pos < state.end) {
        const code = codePointAt(text, state.pos);
        if (isIdentifierPart(code)) {
            state.pos += charSize(code);
            continue;
        }
        if (code !== BACKSLASH)
            break;
        const escaped = readIdentifierEscape(state);
        if (escaped === undefined)
            break;
        result += text.substring(chunkStart, escaped.start) + escaped.value;
        chunkStart = state.pos;
    }
    return result + text.substring(chunkStart, state.pos);
}
/**
 * Reads the `\u` escape at `state.pos` when it stands for an identifier
 * part, and returns its offset and value. Otherwise it returns undefined
 * and leaves the position.
 */
function readIdentifierEscape(state) {
    const start = state.pos;
    const extended = peekExtendedUnicodeEscape(state, start);
    if (extended >= 0 && isIdentifierPart(extended))
        return { start, value: scanExtendedUnicodeEscape(state) };
    const unit = peekUnicodeEscape(state, start);
    if (!(unit >= 0 && isIdentifierPart(unit)))
        return undefined;
    state.pos += 6;
    return { start, value: String.fromCharCode(unit) };
}
/**
 * Reads a name that starts with an escape after `prefix`, which is '' or
 * the `#` of a private name, with `state.pos` at the `\`. Returns the name's
 * value, or undefined, leaving the position, when the escape does not
 * stand for an identifier start.
 */
function scanEscapedIdentifier(state, prefix) {
    const start = state.pos;
    const extended = peekExtendedUnicodeEscape(state, start);
    if (extended >= 0 && isIdentifierStart(extended))
        return prefix + scanExtendedUnicodeEscape(state) + scanIdentifierParts(state);
    const unit = peekUnicodeEscape(state, start);
    if (!(unit >= 0 && isIdentifierStart(unit)))
        return undefined;
    state.pos += 6;
    return prefix + String.fromCharCode(unit) + scanIdentifierParts(state);
}
/** Reads a `\` that starts an identifier, or reports it as an invalid character. */
function scanBackslash(state) {
    const name = scanEscapedIdentifier(state, '');
    if (name !== undefined) {
        state.tokenValue = name;
        return identifierOrKeyword(name);
    }
    state.error(LexerMessage.InvalidCharacter);
    state.pos++;
    return SyntaxKind.Unknown;
}
/**
 * Reads `#name` with `state.pos` at the `#`. A `#` before anything but a
 * name is reported as an invalid character and still returned as a private
 * name with the value `#`, as TypeScript's scanner does.
 */
function scanPrivateName(state) {
    const text = state.text;
    const afterHash = codePointAt(text, state.pos + 1);
    if (afterHash === BACKSLASH) {
        state.pos++;
        const name = scanEscapedIdentifier(state, '#');
        if (name !== undefined) {
            state.tokenValue = name;
            return SyntaxKind.PrivateIdentifier;
        }
        state.pos--;
    }
    if (isIdentifierStart(afterHash)) {
        state.pos++;
        scanIdentifier(state, afterHash);
    }
    else {
        state.tokenValue = '#';
        state.error(LexerMessage.InvalidCharacter);
        state.pos++;
    }
    return SyntaxKind.PrivateIdentifier;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/jsx.ts
/**
 * The tokens of JSX that differ from code: text between tags, and names
 * with `-` such as `data-id`. The caller knows when it is inside an element
 * and calls these instead of `scan()`.
 */





/**
 * Reads one token of an element's children from `state.pos`: `<`, `</`, `{`,
 * or text up to the next of those. Quotes, apostrophes and backticks in the
 * text are plain characters. The text's value is its raw text. Its kind is
 * `JsxTextAllWhiteSpaces` when it is white space that contains a line break.
 *
 * A conflict marker inside the text is reported at the start of the text,
 * skipped, and returned as `ConflictMarkerTrivia`. A `<` that starts the
 * token is never taken for a marker, as in TypeScript's scanner.
 */
function scanJsxToken(state) {
    const text = state.text;
    state.fullStart = state.tokenStart = state.pos;
    if (state.pos >= state.end)
        return SyntaxKind.EndOfFileToken;
    const first = text.charCodeAt(state.pos);
    if (first === 0x3c) {
        if (text.charCodeAt(state.pos + 1) === 0x2f) {
            state.pos += 2;
            return SyntaxKind.LessThanSlashToken;
        }
        state.pos++;
        return SyntaxKind.LessThanToken;
    }
    if (first === 0x7b) {
        state.pos++;
        return SyntaxKind.OpenBraceToken;
    }
    // -1 once a line break came before any other character, meaning all white space so far, spanning lines.
    let firstNonWhiteSpace = 0;
    let pos = state.pos;
    while (pos < state.end) {
        const code = text.charCodeAt(pos);
        if (code === 0x7b)
            break;
        if (code === 0x3c) {
            if (isConflictMarker(text, pos)) {
                state.pos = pos;
                scanConflictMarker(state);
                return SyntaxKind.ConflictMarkerTrivia;
            }
            break;
        }
        if (isLineBreak(code) && firstNonWhiteSpace === 0)
            firstNonWhiteSpace = -1;
        else if (!isWhiteSpaceLike(code))
            firstNonWhiteSpace = pos;
        pos++;
    }
    state.pos = pos;
    state.tokenValue = text.substring(state.fullStart, state.pos);
    return firstNonWhiteSpace === -1 ? SyntaxKind.JsxTextAllWhiteSpaces : SyntaxKind.JsxText;
}
/**
 * Extends the identifier or keyword just scanned with `-` and further
 * identifier characters, as in `data-id` or `aria-label`, and returns its
 * kind, which is `Identifier` unless the whole name is a keyword.
 */
function extendJsxIdentifier(state) {
    while (state.pos < state.end) {
        if (state.text.charCodeAt(state.pos) === 0x2d) {
            state.tokenValue += '-';
            state.pos++;
            continue;
        }
        const before = state.pos;
        state.tokenValue += scanIdentifierParts(state);
        if (state.pos === before)
            break;
    }
    return identifierOrKeyword(state.tokenValue);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/numbers.ts
/**
 * Numeric literals: decimal with fraction and exponent, `0x`, `0o` and `0b`
 * forms, numeric separators (`1_000`), BigInt (`10n`), and the legacy octal
 * (`0755`) and leading-zero decimal (`089`) forms of sloppy-mode scripts.
 *
 * Token boundaries follow TypeScript 5.9's scanner, malformed literals
 * included. The value is the number in decimal, as TypeScript gives it,
 * which keeps the hexadecimal digits of a `0x` BigInt.
 */



const UNDERSCORE = 0x5f;
const LOWERCASE_N = 0x6e;
/**
 * Reads a numeric literal at `state.pos`, which is at a digit, or at a `.`
 * before a digit.
 */
function scanNumber(state) {
    const text = state.text;
    const next = text.charCodeAt(state.pos + 1) | 0x20;
    if (text.charCodeAt(state.pos) === 0x30 && state.pos + 2 < state.end) {
        if (next === 0x78)
            return scanRadixNumber(state, 16); // x
        if (next === 0x62)
            return scanRadixNumber(state, 2); // b
        if (next === 0x6f)
            return scanRadixNumber(state, 8); // o
    }
    return scanDecimalNumber(state);
}
/** Reads `0x`, `0b` or `0o` and its digits, and a BigInt `n` after them. */
function scanRadixNumber(state, radix) {
    state.pos += 2;
    let digits = scanDigitsWithSeparators(state, radix);
    if (digits === '')
        digits = '0';
    if (state.text.charCodeAt(state.pos) === LOWERCASE_N) {
        state.pos++;
        // TypeScript keeps hexadecimal digits in a BigInt's value and converts binary and octal ones.
        state.tokenValue = radix === 16 ? `0x${digits.toLowerCase()}n` : `${BigInt(`0${radix === 2 ? 'b' : 'o'}${digits}`)}n`;
        return SyntaxKind.BigIntLiteral;
    }
    state.tokenValue = String(parseInt(digits, radix));
    return SyntaxKind.NumericLiteral;
}
/**
 * Reads digits of `radix` and the separators between them, and returns the
 * digits without separators. A separator in a wrong place is skipped, as in
 * TypeScript, which reports it but keeps it in the token.
 */
function scanDigitsWithSeparators(state, radix) {
    const text = state.text;
    let digits = '';
    let chunkStart = state.pos;
    for (;;) {
        const code = text.charCodeAt(state.pos);
        if (code === UNDERSCORE) {
            digits += text.substring(chunkStart, state.pos);
            state.pos++;
            chunkStart = state.pos;
            continue;
        }
        if (!isDigitOfRadix(code, radix))
            break;
        state.pos++;
    }
    return digits + text.substring(chunkStart, state.pos);
}
function isDigitOfRadix(code, radix) {
    if (radix === 16)
        return isHexDigit(code);
    if (radix === 8)
        return isOctalDigit(code);
    if (radix === 2)
        return code === 0x30 || code === 0x31;
    return isDigit(code);
}
/** Reads a decimal literal, or a legacy octal one such as `0755`. */
function scanDecimalNumber(state) {
    const text = state.text;
    const start = state.pos;
    let integer;
    if (text.charCodeAt(start) === 0x30 && text.charCodeAt(start + 1) !== UNDERSCORE) {
        const digitsEnd = skipDigits(state, start + 1);
        if (digitsEnd > start + 1) {
            state.pos = digitsEnd;
            if (allOctal(text, start + 1, digitsEnd)) {
                // A legacy octal literal ends after its digits: `0755.5` is `0755` and `.5`.
                state.tokenValue = String(parseInt(text.substring(start + 1, digitsEnd), 8));
                return SyntaxKind.NumericLiteral;
            }
            // A leading-zero decimal such as `089` takes no separators in its integer part.
            integer = text.substring(start, digitsEnd);
        }
    }
    const leadingZero = integer !== undefined;
    integer ??= scanDigitsWithSeparators(state, 10);
    let fraction;
    if (text.charCodeAt(state.pos) === 0x2e) {
        state.pos++;
        fraction = scanDigitsWithSeparators(state, 10);
    }
    let exponent = '';
    let scientific = false;
    const code = text.charCodeAt(state.pos);
    if (code === 0x45 || code === 0x65) {
        scientific = true;
        exponent = scanExponent(state);
    }
    if (integer === '')
        integer = '0';
    if (leadingZero || fraction !== undefined || scientific) {
        // TypeScript checks for a name after the literal except after a leading-zero decimal.
        if (!leadingZero)
            stopBeforeFollowingIdentifier(state);
        state.tokenValue = String(Number(`${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent}`));
        return SyntaxKind.NumericLiteral;
    }
    let kind = SyntaxKind.NumericLiteral;
    state.tokenValue = String(Number(integer));
    if (text.charCodeAt(state.pos) === LOWERCASE_N) {
        state.pos++;
        state.tokenValue = `${integer}n`;
        kind = SyntaxKind.BigIntLiteral;
    }
    stopBeforeFollowingIdentifier(state);
    return kind;
}
function skipDigits(state, from) {
    let pos = from;
    while (pos < state.end && isDigit(state.text.charCodeAt(pos)))
        pos++;
    return pos;
}
function allOctal(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isOctalDigit(text.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Reads `e`, an optional sign and the exponent's digits, and returns them
 * for the value, or '' when no digit follows. The token then still ends
 * after the `e` and sign.
 */
function scanExponent(state) {
    const text = state.text;
    const start = state.pos;
    state.pos++;
    const sign = text.charCodeAt(state.pos);
    if (sign === 0x2b || sign === 0x2d)
        state.pos++;
    const signEnd = state.pos;
    const digits = scanDigitsWithSeparators(state, 10);
    return digits === '' ? '' : text.substring(start, signEnd) + digits;
}
/**
 * Handles a name right after a literal, as in `3in` or `1.5n`: a name that
 * is just `n` stays in the literal as an invalid BigInt suffix, and any
 * other name becomes the next token.
 */
function stopBeforeFollowingIdentifier(state) {
    if (!isIdentifierStart(codePointAt(state.text, state.pos)))
        return;
    const nameStart = state.pos;
    if (scanIdentifierParts(state) !== 'n')
        state.pos = nameStart;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/punctuation.ts

/**
 * Reads the punctuation token at `state.pos`, whose first code unit is
 * `code`, and returns its kind, or undefined when `code` starts no
 * punctuation. Comments, numbers starting with `.`, and conflict markers are
 * the caller's to rule out first.
 */
function scanPunctuation(state, code) {
    const text = state.text;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    switch (code) {
        case 0x7b: // {
            return advance(state, 1, SyntaxKind.OpenBraceToken);
        case 0x7d: // }
            return advance(state, 1, SyntaxKind.CloseBraceToken);
        case 0x28: // (
            return advance(state, 1, SyntaxKind.OpenParenToken);
        case 0x29: // )
            return advance(state, 1, SyntaxKind.CloseParenToken);
        case 0x5b: // [
            return advance(state, 1, SyntaxKind.OpenBracketToken);
        case 0x5d: // ]
            return advance(state, 1, SyntaxKind.CloseBracketToken);
        case 0x3b: // ;
            return advance(state, 1, SyntaxKind.SemicolonToken);
        case 0x2c: // ,
            return advance(state, 1, SyntaxKind.CommaToken);
        case 0x3a: // :
            return advance(state, 1, SyntaxKind.ColonToken);
        case 0x7e: // ~
            return advance(state, 1, SyntaxKind.TildeToken);
        case 0x40: // @
            return advance(state, 1, SyntaxKind.AtToken);
        case 0x3e: // >
            return advance(state, 1, SyntaxKind.GreaterThanToken);
        case 0x2e: // .
            if (next === 0x2e && text.charCodeAt(pos + 2) === 0x2e)
                return advance(state, 3, SyntaxKind.DotDotDotToken);
            return advance(state, 1, SyntaxKind.DotToken);
        case 0x21: // !
            if (next !== 0x3d)
                return advance(state, 1, SyntaxKind.ExclamationToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.ExclamationEqualsEqualsToken);
            return advance(state, 2, SyntaxKind.ExclamationEqualsToken);
        case 0x3d: // =
            if (next === 0x3e)
                return advance(state, 2, SyntaxKind.EqualsGreaterThanToken);
            if (next !== 0x3d)
                return advance(state, 1, SyntaxKind.EqualsToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.EqualsEqualsEqualsToken);
            return advance(state, 2, SyntaxKind.EqualsEqualsToken);
        case 0x2b: // +
            if (next === 0x2b)
                return advance(state, 2, SyntaxKind.PlusPlusToken);
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.PlusEqualsToken);
            return advance(state, 1, SyntaxKind.PlusToken);
        case 0x2d: // -
            if (next === 0x2d)
                return advance(state, 2, SyntaxKind.MinusMinusToken);
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.MinusEqualsToken);
            return advance(state, 1, SyntaxKind.MinusToken);
        case 0x2a: // *
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.AsteriskEqualsToken);
            if (next !== 0x2a)
                return advance(state, 1, SyntaxKind.AsteriskToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.AsteriskAsteriskEqualsToken);
            return advance(state, 2, SyntaxKind.AsteriskAsteriskToken);
        case 0x2f: // /
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.SlashEqualsToken);
            return advance(state, 1, SyntaxKind.SlashToken);
        case 0x25: // %
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.PercentEqualsToken);
            return advance(state, 1, SyntaxKind.PercentToken);
        case 0x5e: // ^
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.CaretEqualsToken);
            return advance(state, 1, SyntaxKind.CaretToken);
        case 0x26: // &
            return scanDoubled(state, next, SyntaxKind.AmpersandToken, SyntaxKind.AmpersandEqualsToken, SyntaxKind.AmpersandAmpersandToken, SyntaxKind.AmpersandAmpersandEqualsToken);
        case 0x7c: // |
            return scanDoubled(state, next, SyntaxKind.BarToken, SyntaxKind.BarEqualsToken, SyntaxKind.BarBarToken, SyntaxKind.BarBarEqualsToken);
        case 0x3f: // ?
            return scanQuestion(state, next);
        case 0x3c: // <
            return scanLessThan(state, next);
        default:
            return undefined;
    }
}
function advance(state, length, kind) {
    state.pos += length;
    return kind;
}
/** Reads `&`, `&=`, `&&` or `&&=`, or the same forms of `|`. */
function scanDoubled(state, next, single, assign, double, doubleAssign) {
    const code = state.text.charCodeAt(state.pos);
    if (next === code) {
        if (state.text.charCodeAt(state.pos + 2) === 0x3d)
            return advance(state, 3, doubleAssign);
        return advance(state, 2, double);
    }
    if (next === 0x3d)
        return advance(state, 2, assign);
    return advance(state, 1, single);
}
/** Reads `?`, `?.`, `??` or `??=`. In `a?.5:b`, `?.5` is `?` before a number. */
function scanQuestion(state, next) {
    const afterNext = state.text.charCodeAt(state.pos + 2);
    if (next === 0x2e && !(afterNext >= 0x30 && afterNext <= 0x39))
        return advance(state, 2, SyntaxKind.QuestionDotToken);
    if (next === 0x3f) {
        if (afterNext === 0x3d)
            return advance(state, 3, SyntaxKind.QuestionQuestionEqualsToken);
        return advance(state, 2, SyntaxKind.QuestionQuestionToken);
    }
    return advance(state, 1, SyntaxKind.QuestionToken);
}
/** Reads `<`, `<<`, `<<=`, `<=`, or in JSX `</` unless a comment follows the slash. */
function scanLessThan(state, next) {
    const afterNext = state.text.charCodeAt(state.pos + 2);
    if (next === 0x3c) {
        if (afterNext === 0x3d)
            return advance(state, 3, SyntaxKind.LessThanLessThanEqualsToken);
        return advance(state, 2, SyntaxKind.LessThanLessThanToken);
    }
    if (next === 0x3d)
        return advance(state, 2, SyntaxKind.LessThanEqualsToken);
    if (state.languageVariant === LanguageVariant.JSX && next === 0x2f && afterNext !== 0x2a) {
        return advance(state, 2, SyntaxKind.LessThanSlashToken);
    }
    return advance(state, 1, SyntaxKind.LessThanToken);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/regular-expressions.ts
/**
 * Regular expression literals, which the scanner first reads as `/` or `/=`
 * because only the caller knows whether an expression can start there.
 */


/**
 * Reads the regular expression whose `/` is at `state.tokenStart`: the body
 * up to a `/` outside a character class and not escaped, then the flags.
 * Flags are read as identifier characters, so `/x/v`, `/x/dgimsuy` and
 * invalid flags all end the token in the same place. No line break may
 * occur in the body. An unterminated one is reported, and ends where
 * TypeScript 5.9 ends it (see `unterminatedBodyEnd`).
 */
function scanRegularExpression(state) {
    const text = state.text;
    const bodyStart = state.tokenStart + 1;
    let pos = bodyStart;
    let inEscape = false;
    let inClass = false;
    let terminated = false;
    while (pos < state.end) {
        const code = text.charCodeAt(pos);
        if (isLineBreak(code))
            break;
        if (inEscape)
            inEscape = false;
        else if (code === 0x2f && !inClass) {
            terminated = true;
            break;
        }
        else if (code === 0x5b)
            inClass = true;
        else if (code === 0x5c)
            inEscape = true;
        // Classes do not nest here: in `/[[a]/]/v` the first `]` ends the class, as in TypeScript's scanner.
        else if (code === 0x5d)
            inClass = false;
        pos++;
    }
    if (terminated) {
        pos++;
        while (pos < state.end) {
            const code = codePointAt(text, pos);
            if (!isIdentifierPart(code))
                break;
            pos += charSize(code);
        }
        state.pos = pos;
    }
    else {
        state.pos = unterminatedBodyEnd(text, bodyStart, pos);
        state.error(LexerMessage.UnterminatedRegularExpression);
    }
    state.tokenValue = text.substring(state.tokenStart, state.pos);
}
/**
 * Returns where an unterminated regular expression ends. That is before the
 * first `)`, `]` or `}` that closes no group, class or quantifier of its
 * own, because that bracket more likely belongs to the code around it, or
 * else at the line break. Trailing white space and semicolons are left out.
 */
function unterminatedBodyEnd(text, bodyStart, bodyEnd) {
    let pos = bodyStart;
    let inEscape = false;
    let classDepth = 0;
    let inQuantifier = false;
    let groupDepth = 0;
    for (; pos < bodyEnd; pos++) {
        const code = text.charCodeAt(pos);
        if (inEscape)
            inEscape = false;
        else if (code === 0x5c)
            inEscape = true;
        else if (code === 0x5b)
            classDepth++;
        else if (code === 0x5d && classDepth > 0)
            classDepth--;
        else if (classDepth > 0)
            continue;
        else if (code === 0x7b)
            inQuantifier = true;
        else if (code === 0x7d && inQuantifier)
            inQuantifier = false;
        else if (inQuantifier)
            continue;
        else if (code === 0x28)
            groupDepth++;
        else if (code === 0x29 && groupDepth > 0)
            groupDepth--;
        else if (code === 0x29 || code === 0x5d || code === 0x7d)
            break;
    }
    while (pos > 0 && (isWhiteSpaceLike(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === 0x3b))
        pos--;
    return pos;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/strings.ts
/**
 * String literals, and the attribute strings of JSX, which have no escapes
 * and may span lines.
 */


const strings_BACKSLASH = 0x5c;
/**
 * Reads the string literal whose quote is at `state.pos` and sets its value.
 * An unterminated string ends before the line break, or at the end of the
 * text for a JSX attribute string, and is reported.
 */
function scanString(state, jsxAttribute) {
    const text = state.text;
    const end = state.end;
    const quote = text.charCodeAt(state.pos);
    // A local position keeps the loop fast on long strings.
    let pos = state.pos + 1;
    let value = '';
    let chunkStart = pos;
    for (;;) {
        if (pos >= end) {
            state.pos = pos;
            state.error(LexerMessage.UnterminatedString);
            break;
        }
        const code = text.charCodeAt(pos);
        if (code === quote) {
            state.pos = pos + 1;
            state.tokenValue = value + text.substring(chunkStart, pos);
            return;
        }
        if (code === strings_BACKSLASH && !jsxAttribute) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            value += scanEscapeSequence(state, true);
            pos = state.pos;
            chunkStart = pos;
            continue;
        }
        if ((code === 0x0a || code === 0x0d) && !jsxAttribute) {
            state.pos = pos;
            state.error(LexerMessage.UnterminatedString);
            break;
        }
        pos++;
    }
    state.tokenValue = value + text.substring(chunkStart, pos);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/templates.ts
/**
 * Template literals. `scan()` reads a template up to its end or its first
 * `${`. The text after a substitution's `}` is read again by
 * `reScanTemplateToken`, because only the caller knows which `}` ends a
 * substitution.
 */



/**
 * Reads template text from the backtick or `}` at `state.pos` up to a
 * backtick or `${`, sets the value, and returns the kind: a
 * no-substitution template or head after a backtick, a middle or tail
 * after `}`. CR and CRLF are LF in the value, as in a template's cooked
 * text. `decodeInvalid` is passed on to `scanEscapeSequence`.
 */
function scanTemplate(state, decodeInvalid) {
    const text = state.text;
    const end = state.end;
    const afterBacktick = text.charCodeAt(state.pos) === 0x60;
    // A local position keeps the loop fast on long templates, such as base64 data.
    let pos = state.pos + 1;
    let value = '';
    let chunkStart = pos;
    let kind;
    for (;;) {
        if (pos >= end) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            state.error(LexerMessage.UnterminatedTemplate);
            kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            break;
        }
        const code = text.charCodeAt(pos);
        if (code === 0x60) {
            value += text.substring(chunkStart, pos);
            pos++;
            kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            break;
        }
        if (code === 0x24 && pos + 1 < end && text.charCodeAt(pos + 1) === 0x7b) {
            value += text.substring(chunkStart, pos);
            pos += 2;
            kind = afterBacktick ? SyntaxKind.TemplateHead : SyntaxKind.TemplateMiddle;
            break;
        }
        if (code === 0x5c) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            value += scanEscapeSequence(state, decodeInvalid);
            pos = state.pos;
            chunkStart = pos;
            continue;
        }
        if (code === 0x0d) {
            value += `${text.substring(chunkStart, pos)}\n`;
            pos++;
            if (pos < end && text.charCodeAt(pos) === 0x0a)
                pos++;
            chunkStart = pos;
            continue;
        }
        pos++;
    }
    state.pos = pos;
    state.tokenValue = value;
    return kind;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/scanner.ts
/**
 * The lexer's scanner: reads one token at a time from a text, skipping white
 * space and comments, with the methods that a caller uses to read the tokens
 * that depend on context: regular expressions, template continuations and
 * JSX.
 *
 * Its methods are the subset of TypeScript 5.9's `ts.Scanner` that the
 * import scanner used, with the same token boundaries, values and error
 * positions, so it could replace `ts.createScanner(ScriptTarget.Latest,
 * true)` without changing a reference.
 */











const REPLACEMENT_CHARACTER = 0xfffd;
class Scanner extends ScannerState {
    /** Sets the text to scan from offset `start`, and resets the current token. */
    setText(text, start = 0) {
        this.text = text;
        this.end = text.length;
        this.resetTokenState(start);
    }
    setLanguageVariant(variant) {
        this.languageVariant = variant;
    }
    /** Sets the function that receives the errors listed in `LexerMessage`. Scanning goes on after each. */
    setOnError(callback) {
        this.onError = callback;
    }
    /** Moves to `position` and clears the current token, so that the next `scan()` starts there. */
    resetTokenState(position) {
        this.pos = position;
        this.fullStart = position;
        this.tokenStart = position;
        this.token = SyntaxKind.Unknown;
        this.tokenValue = '';
    }
    getTokenStart() {
        return this.tokenStart;
    }
    getTokenEnd() {
        return this.pos;
    }
    getTokenValue() {
        return this.tokenValue;
    }
    /**
     * Runs `callback`, which may scan ahead, and then restores the position
     * and the current token. Errors met meanwhile still reach the callback
     * set by `setOnError`.
     */
    lookAhead(callback) {
        const { pos, fullStart, tokenStart, token, tokenValue } = this;
        try {
            return callback();
        }
        finally {
            this.pos = pos;
            this.fullStart = fullStart;
            this.tokenStart = tokenStart;
            this.token = token;
            this.tokenValue = tokenValue;
        }
    }
    /**
     * Reads the next token. A `/` or `/=` is returned as such, and the caller
     * calls `reScanSlashToken` where a regular expression can start. A `}` is
     * returned as such too, and the caller calls `reScanTemplateToken` where
     * it ends a template substitution. `>` is always a token of its own, so `>>` is two tokens.
     */
    scan() {
        this.fullStart = this.pos;
        for (;;) {
            this.tokenStart = this.pos;
            if (this.pos >= this.end)
                return (this.token = SyntaxKind.EndOfFileToken);
            const code = this.text.charCodeAt(this.pos);
            if (this.pos === 0 && code === 0x23) {
                const end = shebangEnd(this.text);
                if (end > 0) {
                    this.pos = end;
                    continue;
                }
            }
            const kind = this.scanAt(code);
            if (kind !== undefined)
                return (this.token = kind);
        }
    }
    /** Reads the token or trivia at `this.pos`, whose code unit is `code`. Returns undefined after trivia. */
    scanAt(code) {
        switch (code) {
            case 0x0a:
            case 0x0d:
            case 0x09:
            case 0x0b:
            case 0x0c:
            case 0x20:
                this.pos = skipAsciiWhiteSpace(this.text, this.pos + 1, this.end);
                return undefined;
            case 0x22:
            case 0x27:
                scanString(this, false);
                return SyntaxKind.StringLiteral;
            case 0x60:
                return scanTemplate(this, false);
            case 0x2f:
                return this.scanSlash();
            case 0x2e:
                if (isDigitCode(this.text.charCodeAt(this.pos + 1))) {
                    scanNumber(this);
                    return SyntaxKind.NumericLiteral;
                }
                return scanPunctuation(this, code);
            case 0x30:
            case 0x31:
            case 0x32:
            case 0x33:
            case 0x34:
            case 0x35:
            case 0x36:
            case 0x37:
            case 0x38:
            case 0x39:
                return scanNumber(this);
            case 0x3c:
            case 0x3d:
            case 0x3e:
            case 0x7c:
                if (isConflictMarker(this.text, this.pos)) {
                    scanConflictMarker(this);
                    return undefined;
                }
                return scanPunctuation(this, code);
            case 0x5c:
                return scanBackslash(this);
            case 0x23:
                return this.scanHash();
            default:
                return this.scanOther(code);
        }
    }
    /** Reads a comment, which is skipped, or `/` or `/=`. */
    scanSlash() {
        const next = this.text.charCodeAt(this.pos + 1);
        if (next === 0x2f) {
            this.pos = skipLineComment(this.text, this.pos, this.end);
            return undefined;
        }
        if (next === 0x2a) {
            scanBlockComment(this);
            return undefined;
        }
        return scanPunctuation(this, 0x2f);
    }
    /** Reads `#name`. A `#!` after the start of the text is one unknown character, as in TypeScript. */
    scanHash() {
        if (this.pos !== 0 && this.text.charCodeAt(this.pos + 1) === 0x21) {
            this.pos++;
            return SyntaxKind.Unknown;
        }
        return scanPrivateName(this);
    }
    /** Reads punctuation, an identifier, or a character that only Unicode classes place. */
    scanOther(code) {
        const punctuation = scanPunctuation(this, code);
        if (punctuation !== undefined)
            return punctuation;
        const codePoint = code >= 0xd800 ? codePointAt(this.text, this.pos) : code;
        if (isIdentifierStart(codePoint))
            return scanIdentifier(this, codePoint);
        if (isWhiteSpaceSingleLine(codePoint) || isLineBreak(codePoint)) {
            this.pos++;
            return undefined;
        }
        if (codePoint === REPLACEMENT_CHARACTER) {
            // TypeScript takes a file with U+FFFD for binary and reads no further.
            this.pos = this.end;
            return SyntaxKind.NonTextFileMarkerTrivia;
        }
        this.error(LexerMessage.InvalidCharacter);
        this.pos += codePoint >= 0x10000 ? 2 : 1;
        return SyntaxKind.Unknown;
    }
    /**
     * Reads the current `/` or `/=` token again as a regular expression, and
     * returns `RegularExpressionLiteral`. Any other current token is kept.
     */
    reScanSlashToken() {
        if (this.token !== SyntaxKind.SlashToken && this.token !== SyntaxKind.SlashEqualsToken)
            return this.token;
        scanRegularExpression(this);
        return (this.token = SyntaxKind.RegularExpressionLiteral);
    }
    /**
     * Reads the current `}` token again as the continuation of a template:
     * `TemplateMiddle` up to the next `${`, or `TemplateTail` up to the
     * backtick. Escapes are decoded as in a string, and so are the legacy
     * octal escapes that an untagged template may not contain.
     */
    reScanTemplateToken() {
        this.pos = this.tokenStart;
        return (this.token = scanTemplate(this, true));
    }
    /** Reads one token of JSX children: see `scanJsxToken` in jsx.ts. */
    scanJsxToken() {
        return (this.token = scanJsxToken(this));
    }
    /** Extends the current identifier or keyword to a JSX name such as `data-id`; other tokens are kept. */
    scanJsxIdentifier() {
        if (this.token < SyntaxKind.Identifier || this.token > SyntaxKind.LastKeyword)
            return this.token;
        return (this.token = extendJsxIdentifier(this));
    }
    /**
     * Reads a JSX attribute value: a string without escapes, which may span
     * lines, or else whatever `scan()` reads. For a string, the token start is
     * not moved, as in TypeScript's scanner.
     */
    scanJsxAttributeValue() {
        this.fullStart = this.pos;
        const code = this.text.charCodeAt(this.pos);
        if (code !== 0x22 && code !== 0x27)
            return this.scan();
        scanString(this, true);
        return (this.token = SyntaxKind.StringLiteral);
    }
}
/** Returns the offset of the first character from `pos` that is not ASCII white space or a line break. */
function skipAsciiWhiteSpace(text, pos, end) {
    while (pos < end) {
        const code = text.charCodeAt(pos);
        if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0x0b && code !== 0x0c)
            break;
        pos++;
    }
    return pos;
}
function isDigitCode(code) {
    return code >= 0x30 && code <= 0x39;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/index.ts
/**
 * A lexer for JavaScript, TypeScript and JSX that does not load the
 * `typescript` package, which costs about 0.2 s and 48 MB per process.
 *
 * `Scanner` reads tokens as TypeScript 5.9's `ts.createScanner(Latest,
 * true)` does, and `SyntaxKind` names them as `ts.SyntaxKind` does, so code
 * written against TypeScript's scanner ports by changing its imports:
 *
 *     const scanner = new Scanner();
 *     scanner.setText(text);
 *     for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
 *       if (kind === SyntaxKind.StringLiteral) console.log(scanner.getTokenValue());
 *     }
 *
 * Like TypeScript's scanner it has no parser's context, which the caller
 * supplies: call `reScanSlashToken()` on `/` or `/=` where an expression can
 * start, `reScanTemplateToken()` on the `}` that ends a template
 * substitution, and the `scanJsx...` methods inside JSX elements. It skips
 * comments and reports only the errors in `LexerMessage`, which change
 * where tokens end.
 *
 * A scanner has mutable state and no asynchronous steps, so one instance
 * can be reused for text after text, but not by two readers at once.
 */







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
