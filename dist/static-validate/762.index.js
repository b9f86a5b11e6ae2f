export const id = 762;
export const ids = [762];
export const modules = {

/***/ 85762:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scanRepositoryFiles: () => (/* binding */ scanRepositoryFiles)
});

// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(32644);
// EXTERNAL MODULE: ./src/impact/scan/expression-start.ts
var expression_start = __webpack_require__(36243);
// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(98708);
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

;// CONCATENATED MODULE: ./src/impact/scan/block-comment-test.ts
/**
 * A test, without the lexer, whether an offset lies inside a block comment
 * that opens at the start of a line, as JSDoc comments do. The scan limit
 * uses it for reference words in such comments: TanStack/query's
 * `types.ts` has `derived from \`status\`` in a JSDoc comment near its end,
 * so its scan read 36 kB past its last import.
 *
 * Why the test is sound. It returns true for an offset `at` only under three
 * conditions. A `/*` at `c` before it has only spaces and tabs before it on
 * its line. The first `*\/` after `c` lies after `at`. Neither a backtick
 * nor `${` lies between `c` and `at`. Then:
 *
 * - If the lexer reads `c` as code, `/*` opens a comment there (a `/`
 *   followed by `*` never starts a regular expression or a division), and
 *   that comment runs past `at`.
 * - If `c` is inside a block comment, that comment too runs past `at`.
 * - `c` cannot be inside a line comment, a regular expression, or a string
 *   opened on its own line, because only spaces and tabs precede it there.
 *   A string from an earlier line reaches `c` only through a line
 *   continuation, so the test needs the line before not to end with `\`.
 * - If `c` is inside the text of a template literal, `at` is too, because
 *   template text ends only at a backtick or `${`.
 * - JSX text may hold `/*` as text, so JSX scripts are not tested, and the
 *   lexer skips whole regions after `=======` and `|||||||` merge conflict
 *   markers, so texts with either are not tested either.
 *
 * So in every case the lexer reads `at` as comment or template text, where
 * no reference starts.
 */
/** Returns whether the lexer certainly reads offset `at` of `text` as part of a block comment or of template text. */
function certainlyInBlockComment(text, at) {
    const open = text.lastIndexOf('/*', at - 2);
    if (open < 0)
        return false;
    // An unclosed comment counts the word too, so that the scan reaches it and reports the error.
    const close = text.indexOf('*/', open + 2);
    if (close === -1 || close < at)
        return false;
    const between = text.slice(open, at);
    if (between.includes('`') || between.includes('${'))
        return false;
    const lineStart = Math.max(text.lastIndexOf('\n', open - 1), text.lastIndexOf('\r', open - 1)) + 1;
    for (let index = lineStart; index < open; index++) {
        const code = text.charCodeAt(index);
        if (code !== 0x20 && code !== 0x09)
            return false;
    }
    return !continuesLine(text, lineStart);
}
/** Returns whether the texts of `text` may hold merge conflict markers, which make the lexer skip regions the test does not see. */
function mayHoldConflictRegion(text) {
    return text.includes('=======') || text.includes('|||||||');
}
/** Returns whether the line break before `lineStart` follows a backslash, which continues a string across it. */
function continuesLine(text, lineStart) {
    if (lineStart === 0)
        return false;
    let lineBreak = lineStart - 1;
    if (text.charCodeAt(lineBreak) === 0x0a && text.charCodeAt(lineBreak - 1) === 0x0d)
        lineBreak--;
    return text.charCodeAt(lineBreak - 1) === 0x5c;
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-limit.ts
/**
 * The offset where the scan of a script may stop. Every module reference in
 * code starts with a token whose text is written out in the file: `import`,
 * `require`, or the `from` before the specifier of a re-export. Past the
 * last place where one of these words occurs no reference can start, so the
 * token stream need not read the rest of the file. Reference directives
 * (`/// <reference`) count only in the comments before the first token,
 * which `readReferenceDirectives` reads whatever the limit. In the
 * benchmark repositories that rest was half to two thirds of the bytes of a
 * module, because exports and function bodies follow the imports.
 *
 * An occurrence that cannot start a reference, as the token stream would
 * read it, does not count (see `cannotStartReference`). In TanStack/query,
 * 67 files had such a word in a comment, in a longer word or after a dot
 * late in the file, and they made 600 of the 980 kB that the scan read.
 * Words in block comments that open at the start of a line (JSDoc) made
 * 37 kB more of the 615 kB left there.
 */


/** Words that start a reference, or end one (`from` closes `export … from`). */
const WORDS = /import|require|from/g;
/** Length of each word of `WORDS` by its last code unit: `t`, `e` and `m`. */
const WORD_LENGTHS = { 0x74: 6, 0x65: 7, 0x6d: 4 };
const FROM_FIRST = 0x66;
const IMPORT_THIRD = 0x70;
/** `from`, then white space or comments, then the opening quote of a specifier. A `from` not followed by a quote, as in `Array.from(x)`, ends no reference. */
const FROM_SPECIFIER = /from(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*['"`]/y;
/** ASCII white space and line ends. */
const ASCII_SPACE = /[ \t\n\r\v\f]/;
/** ASCII characters that continue an identifier. */
const IDENTIFIER_PART = /[A-Za-z0-9_$]/;
/** `.meta.` and the property after `import`, written without spaces or comments, and the character after the property. */
const META_PROPERTY = /\.meta\.([A-Za-z_$][A-Za-z0-9_$]*)([^]?)/y;
/** Characters before a `//` on its line that could make it part of a string, template, regular expression or block comment. */
const OPENS_LITERAL = /['"`/]/;
/**
 * Returns the offset from which no reference can start in `text`: just past
 * the last occurrence of a reference word that can start one. A text with a
 * backslash-`u` escape gets its full length, because an identifier may spell
 * `require` with escapes, which a plain text search would not find. `jsx`
 * is whether the lexer reads JSX in the text.
 */
function referenceLimit(text, jsx = true) {
    if (text.includes('\\u'))
        return text.length;
    // Most texts never ask these questions, so the searches run on first need.
    let plain;
    let commentsKnown;
    const facts = {
        lineEnds: () => (plain ??= !text.includes('\u2028') && !text.includes('\u2029')),
        blockComments: () => (commentsKnown ??= !jsx && !mayHoldConflictRegion(text)),
    };
    const starts = wordStarts(text);
    for (let index = starts.length - 1; index >= 0; index--) {
        const end = referenceEnd(text, starts[index], facts);
        if (end > 0)
            return end;
    }
    return 0;
}
/** Offsets of every `import`, `require` and `from` in `text`, in order. One regular expression pass finds them faster than a search per word. */
function wordStarts(text) {
    const starts = [];
    WORDS.lastIndex = 0;
    while (WORDS.test(text))
        starts.push(WORDS.lastIndex - WORD_LENGTHS[text.charCodeAt(WORDS.lastIndex - 1)]);
    return starts;
}
/** Returns where the scan must read to when the word at `at` may start or end a reference, or 0 when it cannot. */
function referenceEnd(text, at, facts) {
    const word = text.charCodeAt(at) === FROM_FIRST ? 'from' : text.charCodeAt(at + 2) === IMPORT_THIRD ? 'import' : 'require';
    if (word !== 'from')
        return cannotStartReference(text, at, word, facts) ? 0 : at + word.length;
    FROM_SPECIFIER.lastIndex = at;
    const match = FROM_SPECIFIER.exec(text);
    if (match === null || !mayEndModuleList(text, at) || cannotStartReference(text, at, 'from', facts))
        return 0;
    return at + match[0].length;
}
/**
 * Returns whether the character before `from`, past ASCII white space, may
 * end what comes before `from` in a declaration: `}` of a list, `*`, a
 * name (`* as ns`), the quote of a string name (`* as 'ns'`), or `/` of a
 * comment. Any other ASCII character, as in the class name
 * `'v-enter-from'`, cannot.
 */
function mayEndModuleList(text, at) {
    let index = at - 1;
    while (index >= 0 && ASCII_SPACE.test(text[index]))
        index--;
    if (index < 0)
        return false;
    const char = text[index];
    return char === '}' || char === '*' || char === '/' || char === "'" || char === '"' || IDENTIFIER_PART.test(char) || char.charCodeAt(0) >= 0x80;
}
/**
 * Returns true when the word at `at` is certainly not a keyword that the
 * token stream reads as part of a reference. That is so inside a longer
 * ASCII identifier (`required`, `reimport`), after a single `.` (a property
 * such as `input.require`, which the scan skips), in a line comment, and for
 * `import.meta` with a property other than a glob function, and in a block
 * comment that `certainlyInBlockComment` vouches for. Every doubt
 * counts the word: a non-ASCII neighbour may be white space, and a string,
 * template, regular expression or block comment opened earlier on the line
 * may contain the `//`. A `{` between the `//` and the word may open a JSX
 * expression or a template substitution inside such text, so it counts the
 * word too.
 */
function cannotStartReference(text, at, word, facts) {
    const before = text[at - 1];
    const after = text[at + word.length];
    if ((before !== undefined && IDENTIFIER_PART.test(before)) || (after !== undefined && IDENTIFIER_PART.test(after)))
        return true;
    if (before === '.' && text[at - 2] !== '.')
        return true;
    if (word === 'import' && otherImportMeta(text, at + word.length))
        return true;
    if (facts.lineEnds() && insideLineComment(text, at))
        return true;
    return facts.blockComments() && certainlyInBlockComment(text, at);
}
/**
 * Returns whether `import` is followed by `.meta.` and a property other than
 * the glob functions, such as `import.meta.url`, which references nothing.
 * A non-ASCII character after the property may continue its name, so it
 * counts the word.
 */
function otherImportMeta(text, end) {
    META_PROPERTY.lastIndex = end;
    const match = META_PROPERTY.exec(text);
    if (match === null || GLOB_FUNCTIONS.has(match[1]))
        return false;
    const next = match[2];
    return next === '' || next.charCodeAt(0) < 0x80;
}
/** Returns whether a `//` earlier on the line of `at` certainly starts a comment that reaches `at`. */
function insideLineComment(text, at) {
    const lineStart = Math.max(text.lastIndexOf('\n', at - 1), text.lastIndexOf('\r', at - 1)) + 1;
    const slashes = text.indexOf('//', lineStart);
    if (slashes < 0 || slashes >= at)
        return false;
    return !OPENS_LITERAL.test(text.slice(lineStart, slashes)) && !text.slice(slashes + 2, at).includes('{');
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
            specifier: detached(specifier),
            kind,
            typeOnly: typeOnly || this.declarationFile,
            approximate: kind === 'glob',
            line: this.lineAt(offset),
        });
    }
    /** Adds a 'dynamic-pattern' reference: `prefix` is the static text before the first substitution. */
    addPattern(prefix, suffix, offset, typeOnly) {
        this.items.push({
            specifier: detached(prefix),
            kind: 'dynamic-pattern',
            typeOnly: typeOnly || this.declarationFile,
            approximate: true,
            suffix: detached(suffix),
            line: this.lineAt(offset),
        });
    }
}
/** Shortest substring that V8 keeps as a view into its parent string rather than a copy (Node.js 20). */
const MIN_SLICE_LENGTH = 13;
/**
 * Returns `text` as a string of its own. A specifier of 13 or more characters
 * cut out of a file's text points into that text, so the kept references held
 * every scanned file in memory. The scans of TanStack/query then kept 6.1 MB
 * of heap after a full garbage collection, and 1.2 MB with this copy
 * (Node.js 20). Concatenating makes a new string, and `slice` flattens it into
 * a copy first.
 */
function detached(text) {
    return text.length < MIN_SLICE_LENGTH ? text : (' ' + text).slice(1);
}

// EXTERNAL MODULE: ./src/impact/scan/token-stream.ts + 2 modules
var token_stream = __webpack_require__(17040);
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
    const limit = referenceLimit(text, language.jsx);
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
var syntax_errors = __webpack_require__(86743);
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

// EXTERNAL MODULE: ./src/impact/graph/scan-cache.ts
var scan_cache = __webpack_require__(58487);
;// CONCATENATED MODULE: ./src/impact/graph/scan-files.ts


/**
 * Scans every TypeScript, JavaScript, `.vue` and `.svelte` file of `view`.
 * A file with an entry in `blobHashes` whose key is in `cache` is not read.
 * The returned cache contains only this run's files, so entries of contents
 * that left the repository are dropped. A caller that builds two graphs and
 * wants to keep both sets of entries merges the two caches.
 *
 * `blobHashes` must describe the text that `view.readText` returns. A work
 * tree edit that is not staged makes the two differ, and then the stale
 * scan is reused.
 */
function scanRepositoryFiles(view, blobHashes, cache) {
    const run = { scans: [], cache: new Map(), scanned: 0, reused: 0, unreadable: [] };
    for (const path of view.files) {
        const flavor = (0,scan_cache/* scanFlavorOf */.vt)(path);
        if (flavor === undefined)
            continue;
        const blobSha = blobHashes?.get(path);
        const key = blobSha === undefined ? undefined : (0,scan_cache/* scanCacheKey */.zJ)(blobSha, flavor);
        const cached = key === undefined ? undefined : cache?.get(key);
        if (key !== undefined && cached) {
            run.reused++;
            run.cache.set(key, cached);
            run.scans.push({ path, references: cached.references, errors: (0,scan_cache/* withPath */.iD)(path, cached.errors) });
            continue;
        }
        const text = view.readText(path);
        if (text === undefined) {
            run.unreadable.push(path);
            continue;
        }
        const result = scanModuleReferences(path, text);
        run.scanned++;
        if (key !== undefined)
            run.cache.set(key, { references: result.references, errors: (0,scan_cache/* withoutPath */.sp)(path, result.errors) });
        run.scans.push({ path, references: result.references, errors: result.errors });
    }
    return run;
}


/***/ })

};
