export const id = 662;
export const ids = [662];
export const modules = {

/***/ 73144:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jq: () => (/* binding */ parseVariableStatement),
/* harmony export */   mf: () => (/* binding */ bindingNames)
/* harmony export */ });
/* unused harmony export parseBinding */
/* harmony import */ var _literals_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92702);
/* harmony import */ var _type_skipping_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(88840);


/**
 * Parses `const`, `let` or `var` and its declarations; the current token is
 * the keyword. Each declaration may have a type and an initializer.
 */
function parseVariableStatement(parser, exported) {
    const { cursor } = parser;
    const keyword = cursor.token.value;
    cursor.advance();
    const declarations = [];
    for (;;) {
        const binding = parseBinding(parser);
        if (binding === undefined)
            break;
        // `let value!: T` asserts that the variable is assigned before use.
        cursor.consume('!');
        if (parser.options.typeScript && cursor.consume(':'))
            (0,_type_skipping_js__WEBPACK_IMPORTED_MODULE_1__/* .skipType */ .s)(cursor);
        const initializer = cursor.consume('=') ? parser.parseAssignment() : undefined;
        declarations.push({ binding, initializer });
        if (!cursor.consume(','))
            break;
    }
    return { kind: 'variable', keyword, exported, declarations };
}
/** Parses a binding, which is a name, `{ … }` or `[ … ]`. Returns undefined when none starts at the cursor. */
function parseBinding(parser) {
    const { cursor } = parser;
    if (cursor.token.kind === 'name') {
        const name = cursor.token.value;
        cursor.advance();
        return { kind: 'name', name };
    }
    const skip = () => {
        cursor.skip();
        return undefined;
    };
    if (cursor.is('{'))
        return parser.nested(() => parseObjectPattern(parser), skip);
    if (cursor.is('['))
        return parser.nested(() => parseArrayPattern(parser), skip);
    return undefined;
}
/** Lists the names that a binding declares, also inside nested patterns, in source order. */
function bindingNames(binding) {
    switch (binding.kind) {
        case 'name':
            return [binding.name];
        case 'object-pattern':
            return binding.elements.flatMap((element) => bindingNames(element.binding));
        case 'array-pattern':
            return binding.elements.flatMap((element) => (element === undefined ? [] : bindingNames(element)));
    }
}
function parseObjectPattern(parser) {
    const { cursor } = parser;
    const elements = [];
    parser.parseDelimited(() => {
        if (cursor.consume('...')) {
            const rest = parseBinding(parser);
            if (rest)
                elements.push({ property: undefined, binding: rest });
            return;
        }
        const property = (0,_literals_js__WEBPACK_IMPORTED_MODULE_0__/* .parsePropertyName */ .gw)(parser);
        if (property === null)
            return;
        let binding;
        if (cursor.consume(':'))
            binding = parseBinding(parser);
        else if (property !== undefined)
            binding = { kind: 'name', name: property };
        if (cursor.consume('='))
            parser.parseAssignment();
        if (binding)
            elements.push({ property, binding });
    });
    return { kind: 'object-pattern', elements };
}
function parseArrayPattern(parser) {
    const { cursor } = parser;
    const elements = [];
    let afterElement = false;
    parser.parseDelimited(() => {
        cursor.consume('...');
        elements.push(parseBinding(parser));
        if (cursor.consume('='))
            parser.parseAssignment();
        afterElement = true;
    }, () => {
        if (!afterElement)
            elements.push(undefined);
        afterElement = false;
    });
    return { kind: 'array-pattern', elements };
}


/***/ }),

/***/ 92702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bc: () => (/* binding */ parseTemplateLiteral),
/* harmony export */   GL: () => (/* binding */ parseObjectLiteral),
/* harmony export */   cj: () => (/* binding */ parseArrayLiteral),
/* harmony export */   gw: () => (/* binding */ parsePropertyName)
/* harmony export */ });
/* harmony import */ var _type_skipping_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(88840);

/** Words that make the member after them a method: `async run() {}`, `get size() {}`. */
const METHOD_MODIFIERS = new Set(['async', 'get', 'set']);
function parseObjectLiteral(parser) {
    const start = parser.cursor.token.start;
    const properties = [];
    parser.parseDelimited(() => {
        const member = parseObjectMember(parser);
        if (member)
            properties.push(member);
    });
    return parser.finish(start, { kind: 'object', properties });
}
function parseArrayLiteral(parser) {
    const start = parser.cursor.token.start;
    const elements = [];
    // A comma that follows another comma, or the opening bracket, leaves a hole.
    let afterElement = false;
    parser.parseDelimited(() => {
        elements.push(parser.parseElement());
        afterElement = true;
    }, () => {
        if (!afterElement)
            elements.push(undefined);
        afterElement = false;
    });
    return parser.finish(start, { kind: 'array', elements });
}
/** Parses a template literal with substitutions; the current token is its head. */
function parseTemplateLiteral(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    const head = cursor.token.value;
    const spans = [];
    cursor.advance();
    while (!cursor.atEnd) {
        const expression = parser.parseExpression();
        // Tokens the expression left unread are skipped up to the `}` that continues the template.
        while (!cursor.atEnd && cursor.token.kind !== 'template-middle' && cursor.token.kind !== 'template-tail')
            cursor.skip();
        if (cursor.atEnd)
            break;
        spans.push({ expression, literal: cursor.token.value });
        const isTail = cursor.token.kind === 'template-tail';
        cursor.advance();
        if (isTail)
            break;
    }
    return parser.finish(start, { kind: 'template', head, spans });
}
function parseObjectMember(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    if (cursor.is('...'))
        return parser.parseElement();
    let isMethod = false;
    if (cursor.token.kind === 'name' && METHOD_MODIFIERS.has(cursor.token.value) && startsPropertyNameAfter(cursor)) {
        cursor.advance();
        isMethod = true;
    }
    if (cursor.consume('*'))
        isMethod = true;
    const nameToken = cursor.token;
    const name = parsePropertyName(parser);
    if (name === null)
        return undefined;
    if (isMethod || cursor.is('(') || cursor.is('<')) {
        skipMethodRest(cursor);
        return parser.finish(start, { kind: 'method', name });
    }
    if (cursor.consume(':')) {
        const value = parser.parseAssignment();
        return parser.finish(start, { kind: 'property', name, value });
    }
    // A shorthand property; `= value` gives a default, which only destructuring patterns use.
    if (nameToken.kind !== 'name' || name === undefined)
        return undefined;
    const value = parser.finish(start, { kind: 'identifier', name });
    if (cursor.consume('='))
        parser.parseAssignment();
    return parser.finish(start, { kind: 'shorthand', name, value });
}
/**
 * Parses a property name: an identifier or keyword, a string or number, or
 * a computed `[expression]`. Returns its text, undefined for a computed name
 * that is not a string literal or for a private name, or null when no
 * property name starts here.
 */
function parsePropertyName(parser) {
    const { cursor } = parser;
    const { kind, value } = cursor.token;
    if (kind === 'name' || kind === 'string' || kind === 'number') {
        cursor.advance();
        return value;
    }
    if (kind === 'private-name') {
        cursor.advance();
        return undefined;
    }
    if (!cursor.is('['))
        return null;
    let computed;
    parser.parseDelimited(() => {
        computed = parser.parseAssignment();
    });
    return computed?.kind === 'string' ? computed.value : undefined;
}
/** Returns whether a property name follows the current token, so that `get` in `{ get size() {} }` is a modifier but not in `{ get: 1 }`. */
function startsPropertyNameAfter(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        return kind === 'name' || kind === 'string' || kind === 'number' || kind === 'private-name' || cursor.is('[') || cursor.is('*');
    });
}
/** Skips type parameters, parameters, return type and body of a method. */
function skipMethodRest(cursor) {
    if (cursor.is('<'))
        (0,_type_skipping_js__WEBPACK_IMPORTED_MODULE_0__/* .skipTypeArguments */ .w)(cursor);
    if (cursor.is('('))
        cursor.skip();
    if (cursor.consume(':'))
        (0,_type_skipping_js__WEBPACK_IMPORTED_MODULE_0__/* .skipType */ .s)(cursor);
    if (cursor.is('{'))
        cursor.skip();
}


/***/ }),

/***/ 22662:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ parseModule),
  T: () => (/* binding */ syntaxOptionsFor)
});

// EXTERNAL MODULE: ./src/impact/syntax/bindings.ts
var bindings = __webpack_require__(73144);
// EXTERNAL MODULE: ./src/impact/syntax/type-skipping.ts
var type_skipping = __webpack_require__(88840);
;// CONCATENATED MODULE: ./src/impact/syntax/functions.ts

/**
 * Returns whether an arrow function starts at the cursor: `x =>`,
 * `(a, b) =>`, `async x =>`, `async (x) =>`, and in TypeScript `(x): T =>`
 * and `<T>(x: T) =>`.
 */
function isArrowStart(parser) {
    const { cursor } = parser;
    const { kind } = cursor.token;
    if (kind !== 'name' && !cursor.is('(') && !(cursor.is('<') && parser.options.typeScript))
        return false;
    if (cursor.is('(') && !mayStartParameters(cursor))
        return false;
    return cursor.lookAhead(() => {
        if (cursor.isKeyword('async') && !parser.nextIs('=>')) {
            cursor.advance();
            if (cursor.token.lineBreakBefore)
                return false;
        }
        return skipArrowHead(parser);
    });
}
/** Parses an arrow function; `isArrowStart` has accepted the cursor. */
function parseArrowFunction(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    if (cursor.isKeyword('async') && !parser.nextIs('=>'))
        cursor.advance();
    skipArrowHead(parser);
    const returned = cursor.is('{') ? readBodyReturn(parser) : parser.parseAssignment();
    return parser.finish(start, { kind: 'function', returned });
}
/** Parses `function name(…) { … }` or `async function`, and reads its first top-level `return`. */
function parseFunctionExpression(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    cursor.consume('async');
    cursor.advance();
    cursor.consume('*');
    if (cursor.token.kind === 'name' && !cursor.is('('))
        cursor.advance();
    if (cursor.is('<'))
        (0,type_skipping/* skipTypeArguments */.w)(cursor);
    if (cursor.is('('))
        cursor.skip();
    if (cursor.consume(':'))
        (0,type_skipping/* skipType */.s)(cursor);
    const returned = cursor.is('{') ? readBodyReturn(parser) : undefined;
    return parser.finish(start, { kind: 'function', returned });
}
/** Skips a class expression: name, heritage clauses and body. */
function skipClassExpression(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    const depth = cursor.depth;
    cursor.advance();
    while (!cursor.atEnd && !(cursor.is('{') && cursor.depth === depth + 1))
        cursor.skip();
    if (cursor.is('{'))
        cursor.skip();
    return parser.other(start);
}
/**
 * Returns whether the `(` at the cursor may open a parameter list, judged
 * from the two tokens after it. It rules out most parenthesized
 * expressions, such as `((a))` and `(a + b)`, without scanning to the `)`,
 * which would make deeply nested parentheses take quadratic time.
 */
function mayStartParameters(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        if (cursor.is(')') || cursor.is('...') || cursor.is('{') || cursor.is('['))
            return true;
        if (cursor.token.kind !== 'name')
            return false;
        cursor.advance();
        return cursor.is(',') || cursor.is(':') || cursor.is('=') || cursor.is('?') || cursor.is(')');
    });
}
/**
 * Skips the parameters, the return type and the `=>` of an arrow function,
 * and returns whether the `=>` was there.
 */
function skipArrowHead(parser) {
    const { cursor } = parser;
    if (cursor.is('<') && !(0,type_skipping/* skipTypeArguments */.w)(cursor))
        return false;
    if (cursor.token.kind === 'name' && !cursor.is('('))
        cursor.advance();
    else if (cursor.is('('))
        cursor.skip();
    else
        return false;
    if (parser.options.typeScript && parser.arrowReturnTypeAllowed && cursor.consume(':'))
        (0,type_skipping/* skipType */.s)(cursor, true);
    if (!cursor.is('=>') || cursor.token.lineBreakBefore)
        return false;
    cursor.advance();
    return true;
}
/**
 * Reads the function body at the cursor's `{` up to its `}`, and returns the
 * value of the first `return` statement directly in it. Returns inside
 * nested blocks and functions are skipped, as TypeScript's tree would show
 * them as statements of those blocks.
 */
function readBodyReturn(parser) {
    const { cursor } = parser;
    const depth = cursor.depth;
    cursor.advance();
    let returned;
    let found = false;
    while (cursor.depth >= depth && !cursor.atEnd) {
        if (!found && cursor.isKeyword('return') && startsStatement(cursor)) {
            found = true;
            cursor.advance();
            const hasValue = !cursor.token.lineBreakBefore && !cursor.is(';') && !cursor.is('}');
            if (hasValue)
                returned = parser.parseExpression();
            continue;
        }
        cursor.skip();
    }
    if (!cursor.atEnd)
        cursor.advance();
    return returned;
}
/**
 * Returns whether the current token starts a statement of the block being
 * read, as `return` does after `{`, `;`, `}` or a line break, but not in
 * `if (x) return y`.
 */
function startsStatement(cursor) {
    const previous = cursor.previous;
    if (previous === undefined)
        return true;
    if (previous.kind === 'punctuation' && (previous.value === '{' || previous.value === ';' || previous.value === '}'))
        return true;
    const endsHead = (previous.kind === 'punctuation' && previous.value === ')') || (previous.kind === 'name' && (previous.value === 'else' || previous.value === 'do'));
    return cursor.token.lineBreakBefore && !endsHead;
}

;// CONCATENATED MODULE: ./src/impact/syntax/jsx-skipping.ts
/**
 * Skips the JSX element or fragment whose `<` is the current token, and
 * returns whether it found the element's end. When it did not, as for a
 * `<` that starts no element, the cursor is back where it was.
 */
function skipJsxElement(parser) {
    const { cursor } = parser;
    const state = cursor.save();
    const end = findElementEnd({ parser, text: cursor.text, state }, cursor.token.start);
    if (end === undefined) {
        cursor.restore(state);
        return false;
    }
    cursor.resumeAt(end, state);
    return true;
}
/** Returns the offset just past the element that starts at the `<` at `start`, or undefined when it does not end. */
function findElementEnd(walk, start) {
    const { text } = walk;
    let openElements = 0;
    let offset = start;
    for (;;) {
        if (text[offset] !== '<')
            return undefined;
        if (text[offset + 1] === '/') {
            const close = text.indexOf('>', offset);
            if (close === -1)
                return undefined;
            offset = close + 1;
            openElements--;
            if (openElements <= 0)
                return openElements === 0 ? offset : undefined;
        }
        else {
            const tag = readOpeningTag(walk, offset + 1);
            if (tag === undefined)
                return undefined;
            offset = tag.end;
            if (!tag.selfClosing)
                openElements++;
            else if (openElements === 0)
                return offset;
        }
        offset = skipChildren(walk, offset);
        if (offset === undefined)
            return undefined;
    }
}
/** Skips the text and `{…}` children from `offset` up to the next `<`, and returns its offset. */
function skipChildren(walk, start) {
    const { text } = walk;
    let offset = start;
    while (offset !== undefined && offset < text.length) {
        const char = text[offset];
        if (char === '<')
            return offset;
        offset = char === '{' ? skipCode(walk, offset) : offset + 1;
    }
    return undefined;
}
/** Reads the name and attributes of an opening tag after its `<`, up to `>` or `/>`. */
function readOpeningTag(walk, start) {
    const { text } = walk;
    let offset = start;
    while (offset !== undefined && offset < text.length) {
        const char = text[offset];
        if (char === '>')
            return { end: offset + 1, selfClosing: false };
        if (char === '/' && text[offset + 1] === '>')
            return { end: offset + 2, selfClosing: true };
        // A `<` in a tag means that this was no element, such as the type parameters of `<T,>(x: T) => x`.
        if (char === '<' || char === ';')
            return undefined;
        if (char === '{') {
            offset = skipCode(walk, offset);
        }
        else if (char === '"' || char === "'") {
            const close = text.indexOf(char, offset + 1);
            offset = close === -1 ? undefined : close + 1;
        }
        else {
            offset++;
        }
    }
    return undefined;
}
/** Reads the `{…}` code at `offset` with the parser, and returns the offset just past its `}`, or undefined when it has none. */
function skipCode(walk, offset) {
    const { parser } = walk;
    const { cursor } = parser;
    cursor.jumpTo(offset, walk.state);
    if (!cursor.is('{'))
        return undefined;
    parser.parseDelimited(() => {
        parser.parseExpression();
    });
    const closer = cursor.previous;
    return closer?.kind === 'punctuation' && closer.value === '}' ? closer.end : undefined;
}

// EXTERNAL MODULE: ./src/impact/syntax/literals.ts
var literals = __webpack_require__(92702);
;// CONCATENATED MODULE: ./src/impact/syntax/expression-parser.ts
/**
 * The expression parser: operators by precedence, calls, member access,
 * `new`, and the primary expressions. Literals with structure and functions
 * have files of their own. A construct the reader has no node for becomes
 * an `other` node that spans it, so that the parser always finds where an
 * expression ends, also without semicolons.
 */




const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=']);
const PREFIX_OPERATORS = new Set(['!', '~', '+', '-', '++', '--']);
const PREFIX_KEYWORDS = new Set(['typeof', 'void', 'delete', 'await']);
/**
 * Expressions nested deeper than this are skipped instead of parsed, so that
 * text such as a thousand nested parentheses cannot overflow the stack.
 */
const MAX_NESTING = 200;
/** Keywords that start a statement, so that skipping stops at a line that begins with one. */
const STATEMENT_KEYWORDS = new Set(['export', 'import', 'const', 'let', 'var', 'function', 'class', 'interface', 'type', 'enum', 'declare', 'namespace']);
/** Binding power of each binary operator; a higher number binds tighter. */
const PRECEDENCE = {
    '??': 1,
    '||': 2,
    '&&': 3,
    '|': 4,
    '^': 5,
    '&': 6,
    '==': 7, '!=': 7, '===': 7, '!==': 7,
    '<': 8, '>': 8, '<=': 8, '>=': 8, instanceof: 8, in: 8,
    '<<': 9, '>>': 9, '>>>': 9,
    '+': 10, '-': 10,
    '*': 11, '/': 11, '%': 11,
    '**': 12,
};
class ExpressionParser {
    cursor;
    options;
    /**
     * False in the true branch of a conditional, outside brackets, where
     * `a ? (b) : c => d` must not read as an arrow `(b): c => d` with a return
     * type, as TypeScript's parser also decides.
     */
    arrowReturnTypeAllowed = true;
    nesting = 0;
    constructor(cursor, options) {
        this.cursor = cursor;
        this.options = options;
    }
    /** Parses an expression that may contain the comma operator, as inside parentheses. */
    parseExpression() {
        const start = this.cursor.token.start;
        let expression = this.parseAssignment();
        while (this.cursor.is(',')) {
            this.cursor.advance();
            const right = this.parseAssignment();
            expression = this.finish(start, { kind: 'binary', operator: ',', left: expression, right });
        }
        return expression;
    }
    /** Parses one expression without a top-level comma: an argument, an initializer or a property value. */
    parseAssignment() {
        return this.nested(() => this.readAssignment(), () => this.skipExpression());
    }
    /**
     * Runs `read` one nesting level deeper, or `fallback` when the nesting has
     * reached its maximum.
     */
    nested(read, fallback) {
        if (this.nesting >= MAX_NESTING)
            return fallback();
        this.nesting++;
        try {
            return read();
        }
        finally {
            this.nesting--;
        }
    }
    readAssignment() {
        if (isArrowStart(this))
            return parseArrowFunction(this);
        const start = this.cursor.token.start;
        const left = this.parseConditional();
        const operator = this.cursor.token.value;
        if (this.cursor.token.kind !== 'punctuation' || !ASSIGNMENT_OPERATORS.has(operator))
            return left;
        this.cursor.advance();
        const right = this.parseAssignment();
        return this.finish(start, { kind: 'binary', operator, left, right });
    }
    /** Parses the arguments of a call or `new`, with spread elements; the current token is the `(`. */
    parseArguments() {
        const items = [];
        this.parseDelimited(() => {
            items.push(this.parseElement());
        });
        return items;
    }
    /** Parses an element of a list: an expression or `...expression`. */
    parseElement() {
        const start = this.cursor.token.start;
        if (!this.cursor.consume('...'))
            return this.parseAssignment();
        const argument = this.parseAssignment();
        return this.finish(start, { kind: 'spread', argument });
    }
    /**
     * Reads the items of the list whose opener is the current token, calling
     * `parseItem` at the start of each item, and moves past the closer.
     * Commas between items are consumed here. Tokens that an item leaves
     * unread are skipped up to the next comma, so one unreadable item does not
     * spoil the rest.
     */
    parseDelimited(parseItem, onComma) {
        const cursor = this.cursor;
        // The opener's own frame counts, so the items sit at `depth` and its closer drops below it.
        const depth = cursor.depth;
        const allowed = this.arrowReturnTypeAllowed;
        this.arrowReturnTypeAllowed = true;
        cursor.advance();
        while (cursor.depth >= depth && !cursor.atEnd) {
            if (cursor.is(',')) {
                onComma?.();
                cursor.advance();
                continue;
            }
            const before = cursor.token;
            parseItem();
            if (cursor.token === before)
                cursor.skip();
            while (!cursor.atEnd && cursor.depth >= depth && !(cursor.depth === depth && cursor.is(',')))
                cursor.skip();
        }
        if (!cursor.atEnd)
            cursor.advance();
        this.arrowReturnTypeAllowed = allowed;
    }
    /** Builds a node that starts at `start` and ends with the last token consumed. */
    finish(start, fields) {
        const end = Math.max(start, this.cursor.previous?.end ?? start);
        return { ...fields, start, end, text: this.cursor.text.slice(start, end) };
    }
    /**
     * Skips tokens, brackets as a whole, up to the next `,`, `;` or closer, or
     * up to a line that starts with a declaration keyword, and returns them as
     * an `other` node.
     */
    skipExpression() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { depth } = cursor;
        while (!cursor.atEnd && cursor.depth >= depth && !cursor.is(',') && !cursor.is(';')) {
            const { kind, value, lineBreakBefore } = cursor.token;
            if (kind === 'template-middle' || kind === 'template-tail')
                break;
            if (lineBreakBefore && kind === 'name' && STATEMENT_KEYWORDS.has(value) && cursor.token.start > start)
                break;
            cursor.skip();
        }
        return this.other(start);
    }
    /** Returns an `other` node for the tokens from `start` up to the cursor. */
    other(start) {
        return this.finish(start, { kind: 'other' });
    }
    parseConditional() {
        const start = this.cursor.token.start;
        const condition = this.parseBinary(0);
        if (!this.cursor.is('?'))
            return condition;
        this.cursor.advance();
        const allowed = this.arrowReturnTypeAllowed;
        this.arrowReturnTypeAllowed = false;
        const whenTrue = this.parseAssignment();
        this.arrowReturnTypeAllowed = allowed;
        this.cursor.consume(':');
        const whenFalse = this.parseAssignment();
        return this.finish(start, { kind: 'conditional', condition, whenTrue, whenFalse });
    }
    parseBinary(minimumPrecedence) {
        const start = this.cursor.token.start;
        let left = this.parseUnary();
        for (;;) {
            const { token } = this.cursor;
            if (this.options.typeScript && !token.lineBreakBefore && (this.cursor.isKeyword('as') || this.cursor.isKeyword('satisfies'))) {
                // The tree has no node for `value as Type`; readers see the value.
                this.cursor.advance();
                (0,type_skipping/* skipType */.s)(this.cursor);
                continue;
            }
            const isOperator = token.kind === 'punctuation' || (token.kind === 'name' && !this.cursor.afterDot);
            const precedence = isOperator ? (PRECEDENCE[token.value] ?? 0) : 0;
            if (precedence === 0 || precedence <= minimumPrecedence)
                return left;
            this.cursor.advance();
            // `**` is right-associative: `a ** b ** c` is `a ** (b ** c)`.
            const right = this.parseBinary(token.value === '**' ? precedence - 1 : precedence);
            left = this.finish(start, { kind: 'binary', operator: token.value, left, right });
        }
    }
    parseUnary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { kind, value } = cursor.token;
        const isPrefix = (kind === 'punctuation' && PREFIX_OPERATORS.has(value)) || (kind === 'name' && PREFIX_KEYWORDS.has(value));
        if (isPrefix && this.hasOperandAfter()) {
            cursor.advance();
            const operand = this.nested(() => this.parseUnary(), () => this.skipExpression());
            return this.finish(start, { kind: 'unary', operator: value, operand });
        }
        if (cursor.is('<') && this.options.typeScript && !this.options.jsx) {
            // `<Type>value`, the older form of `value as Type`.
            (0,type_skipping/* skipTypeArguments */.w)(cursor);
            return this.parseUnary();
        }
        return this.parsePostfix();
    }
    /** Returns whether an operand follows the current token, so that `await` in `await(x)` is an operator but `{ await }` is a name. */
    hasOperandAfter() {
        if (this.cursor.token.kind === 'punctuation')
            return true;
        return this.cursor.lookAhead(() => {
            this.cursor.advance();
            const { kind, value, lineBreakBefore } = this.cursor.token;
            if (lineBreakBefore || kind === 'end')
                return false;
            return kind !== 'punctuation' || ['(', '[', '{', '!', '~', '+', '-', '/', '<', '`'].includes(value);
        });
    }
    parsePostfix() {
        const { cursor } = this;
        const start = cursor.token.start;
        let expression = this.parsePrimary();
        for (;;) {
            if (cursor.is('.') || cursor.is('?.')) {
                cursor.advance();
                const { kind, value } = cursor.token;
                if (kind === 'name' || kind === 'private-name') {
                    cursor.advance();
                    expression = this.finish(start, { kind: 'member', object: expression, name: value });
                }
                continue;
            }
            if (cursor.is('[')) {
                let index = this.other(cursor.token.start);
                this.parseDelimited(() => {
                    index = this.parseExpression();
                });
                expression = this.finish(start, { kind: 'element', object: expression, index });
                continue;
            }
            if (cursor.is('(')) {
                const args = this.parseArguments();
                expression = this.finish(start, { kind: 'call', callee: expression, arguments: args });
                continue;
            }
            const { kind, lineBreakBefore } = cursor.token;
            if (kind === 'template' || kind === 'template-head') {
                // A tagged template: its value depends on the tag function.
                cursor.skip();
                expression = this.other(start);
                continue;
            }
            if (this.options.typeScript && cursor.is('!') && !lineBreakBefore) {
                cursor.advance();
                continue;
            }
            if ((cursor.is('++') || cursor.is('--')) && !lineBreakBefore) {
                const operator = cursor.token.value;
                cursor.advance();
                expression = this.finish(start, { kind: 'unary', operator, operand: expression });
                continue;
            }
            if (this.options.typeScript && cursor.is('<') && this.startsTypeArguments()) {
                (0,type_skipping/* skipTypeArguments */.w)(cursor);
                continue;
            }
            return expression;
        }
    }
    /** Returns whether the `<` at the cursor opens the type arguments of a call, as in `f<T>(x)`, rather than a comparison. */
    startsTypeArguments() {
        return this.cursor.lookAhead(() => {
            if (!(0,type_skipping/* skipTypeArguments */.w)(this.cursor))
                return false;
            const { kind } = this.cursor.token;
            return this.cursor.is('(') || kind === 'template' || kind === 'template-head';
        });
    }
    parsePrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { kind, value } = cursor.token;
        switch (kind) {
            case 'string':
            case 'template':
                cursor.advance();
                return this.finish(start, { kind: 'string', value });
            case 'template-head':
                return (0,literals/* parseTemplateLiteral */.Bc)(this);
            case 'number':
                cursor.advance();
                return this.finish(start, { kind: 'number', value });
            case 'regex':
                cursor.advance();
                return this.finish(start, { kind: 'regex' });
            case 'name':
                return this.parseNamePrimary();
            case 'punctuation':
                return this.parsePunctuationPrimary();
            case 'end':
                return this.other(start);
            default:
                cursor.advance();
                return this.other(start);
        }
    }
    parseNamePrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const name = cursor.token.value;
        if (name === 'function' || (name === 'async' && this.nextIs('function')))
            return parseFunctionExpression(this);
        if (name === 'class')
            return skipClassExpression(this);
        if (name === 'new')
            return this.parseNew();
        if (name === 'import' && this.nextIs('.')) {
            cursor.advance();
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            return this.finish(start, { kind: 'meta', keyword: 'import', name: property });
        }
        cursor.advance();
        return this.finish(start, { kind: 'identifier', name });
    }
    parsePunctuationPrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        switch (cursor.token.value) {
            case '(': {
                // Parentheses leave no node: `(a)` is `a`.
                let inner = this.other(start);
                this.parseDelimited(() => {
                    inner = this.parseExpression();
                });
                return inner;
            }
            case '[':
                return (0,literals/* parseArrayLiteral */.cj)(this);
            case '{':
                return (0,literals/* parseObjectLiteral */.GL)(this);
            case '/':
            case '/=':
                cursor.rescanAsRegex();
                return this.parsePrimary();
            case '<':
                // A JSX element. A `<` that starts none is consumed alone.
                if (!this.options.jsx || !skipJsxElement(this))
                    cursor.advance();
                return this.other(start);
            case '@':
                // A decorator before a class expression.
                cursor.advance();
                this.parsePostfix();
                return this.parsePrimary();
            default:
                // A token that cannot start an expression, such as `)` or `;`, is left for the caller.
                return this.other(start);
        }
    }
    parseNew() {
        const { cursor } = this;
        const start = cursor.token.start;
        cursor.advance();
        if (cursor.is('.')) {
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            return this.finish(start, { kind: 'meta', keyword: 'new', name: property });
        }
        let callee = this.parsePrimary();
        while (cursor.is('.') && !cursor.atEnd) {
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            callee = this.finish(callee.start, { kind: 'member', object: callee, name: property });
        }
        if (this.options.typeScript && cursor.is('<'))
            (0,type_skipping/* skipTypeArguments */.w)(cursor);
        const args = cursor.is('(') ? this.parseArguments() : [];
        return this.finish(start, { kind: 'new', callee, arguments: args });
    }
    /** Returns whether the token after the current one is `text` on the same line. */
    nextIs(text) {
        return this.cursor.lookAhead(() => {
            this.cursor.advance();
            return this.cursor.is(text) && !this.cursor.token.lineBreakBefore;
        });
    }
}

;// CONCATENATED MODULE: ./src/impact/syntax/module-declarations.ts
/**
 * Import and export declarations at the top level of a module. Each reader
 * starts at its keyword and consumes what it recognizes. The module reader
 * skips what is left of the statement, such as a function body or the type
 * of a type alias.
 */

/** Words before a declaration that do not change the name it declares. */
const DECLARATION_MODIFIERS = new Set(['declare', 'abstract', 'async']);
/** Declarations whose name follows their keyword. */
const NAMED_DECLARATIONS = new Set(['function', 'class', 'interface', 'type', 'enum', 'namespace']);
/**
 * Reads an import declaration. Returns undefined for `import(…)` and
 * `import.meta`, which are expressions, and for `import A = B.C`, which
 * names no module.
 */
function parseImportDeclaration(parser) {
    const { cursor } = parser;
    cursor.advance();
    if (cursor.is('(') || cursor.is('.'))
        return undefined;
    const declaration = { kind: 'import', module: '', defaultName: undefined, namespaceName: undefined, named: [] };
    if (isString(cursor)) {
        declaration.module = cursor.token.value;
        cursor.advance();
        return declaration;
    }
    if (cursor.isKeyword('type') && startsImportClause(cursor))
        cursor.advance();
    if (cursor.token.kind === 'name' && !(cursor.isKeyword('from') && nextIsString(cursor))) {
        declaration.defaultName = cursor.token.value;
        cursor.advance();
        if (cursor.consume('='))
            return readImportEquals(cursor, declaration);
        cursor.consume(',');
    }
    if (cursor.consume('*')) {
        cursor.consume('as');
        declaration.namespaceName = cursor.token.value;
        cursor.advance();
    }
    if (cursor.is('{')) {
        for (const { name, alias } of readSpecifierList(parser))
            declaration.named.push({ imported: name, local: alias ?? name });
    }
    if (!cursor.consume('from') || !isString(cursor))
        return undefined;
    declaration.module = cursor.token.value;
    cursor.advance();
    return declaration;
}
/** Reads the statement after `export`; the current token is `export`. */
function parseExportStatement(parser) {
    const { cursor } = parser;
    cursor.advance();
    if (cursor.consume('default')) {
        // `export default interface Shape {}` exports a type, which has no value to read.
        if (cursor.isKeyword('interface'))
            return { kind: 'export-default', expression: undefined };
        if (cursor.isKeyword('abstract'))
            cursor.advance();
        return { kind: 'export-default', expression: parser.parseAssignment() };
    }
    if (cursor.consume('='))
        return { kind: 'export-equals', expression: parser.parseAssignment() };
    // `export type { A }`, `export type * from 'm'` and `export type * as ns from 'm'` export names as the forms without `type` do.
    if (cursor.isKeyword('type') && (nextIs(cursor, '{') || nextIs(cursor, '*')))
        cursor.advance();
    if (cursor.is('*'))
        return readExportStar(cursor);
    if (cursor.is('{')) {
        const names = readSpecifierList(parser).map(({ name, alias }) => alias ?? name);
        if (!cursor.isKeyword('from') || !nextIsString(cursor))
            return { kind: 'export-names', names };
        cursor.advance();
        const module = cursor.token.value;
        cursor.advance();
        return { kind: 'export-names', names, module };
    }
    // `export as namespace Name` declares a global for scripts, not an export of the module.
    if (cursor.isKeyword('as'))
        return undefined;
    return readExportedDeclaration(parser);
}
/** Reads `export function f`, `export const a = …`, `export declare namespace N` and the like. */
function readExportedDeclaration(parser) {
    const { cursor } = parser;
    while (cursor.is('@')) {
        // A decorator: `export @sealed class C {}`.
        cursor.advance();
        parser.parseAssignment();
    }
    while (cursor.token.kind === 'name' && DECLARATION_MODIFIERS.has(cursor.token.value) && !nextIs(cursor, '='))
        cursor.advance();
    const keyword = cursor.token.kind === 'name' ? cursor.token.value : '';
    if (keyword === 'const' && nextIs(cursor, 'enum'))
        cursor.advance();
    else if (keyword === 'const' || keyword === 'let' || keyword === 'var')
        return (0,bindings/* parseVariableStatement */.Jq)(parser, true);
    if (keyword === 'import') {
        // `export import Alias = Namespace.Member`.
        cursor.advance();
        return nameAfter(cursor);
    }
    if (keyword === 'module') {
        // `export declare module 'x' {}` declares another module; `export module N {}` is a namespace.
        cursor.advance();
        return cursor.token.kind === 'name' ? nameAfter(cursor) : undefined;
    }
    if (cursor.token.kind === 'name' && NAMED_DECLARATIONS.has(cursor.token.value)) {
        cursor.advance();
        cursor.consume('*');
        return nameAfter(cursor);
    }
    return undefined;
}
/** Reads `export * from 'm'` or `export * as name from 'm'`; the current token is `*`. */
function readExportStar(cursor) {
    cursor.advance();
    if (cursor.consume('as')) {
        const name = cursor.token.value;
        cursor.advance();
        if (!cursor.consume('from') || cursor.token.kind !== 'string')
            return { kind: 'export-names', names: [name] };
        const module = cursor.token.value;
        cursor.advance();
        return { kind: 'export-names', names: [name], module };
    }
    if (!cursor.consume('from') || cursor.token.kind !== 'string')
        return undefined;
    const module = cursor.token.value;
    cursor.advance();
    return { kind: 'export-all', module };
}
/**
 * Reads `{ a, b as c, type T, "x" as y }` of an import or export. Names
 * may be strings. A trailing `from 'm'` is left for the caller.
 */
function readSpecifierList(parser) {
    const { cursor } = parser;
    const specifiers = [];
    parser.parseDelimited(() => {
        if (cursor.isKeyword('type') && startsSpecifierAfterType(cursor))
            cursor.advance();
        const { kind, value: name } = cursor.token;
        if (kind !== 'name' && kind !== 'string')
            return;
        cursor.advance();
        let alias;
        if (cursor.consume('as')) {
            alias = cursor.token.value;
            cursor.advance();
        }
        specifiers.push({ name, alias });
    });
    return specifiers;
}
function readImportEquals(cursor, declaration) {
    if (!cursor.consume('require') || !cursor.consume('(') || cursor.token.kind !== 'string')
        return undefined;
    declaration.module = cursor.token.value;
    cursor.advance();
    cursor.consume(')');
    return declaration;
}
/** Returns the declared name at the cursor as an export, or undefined when there is none, as in `export function (`. */
function nameAfter(cursor) {
    if (cursor.token.kind !== 'name')
        return undefined;
    const name = cursor.token.value;
    cursor.advance();
    return { kind: 'export-names', names: [name] };
}
/** After `import type`: whether `type` is a modifier, as in `import type { A }`, rather than a default import named `type`. */
function startsImportClause(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        if (cursor.is('{') || cursor.is('*'))
            return true;
        if (cursor.token.kind !== 'name' || cursor.is(','))
            return false;
        // `import type from 'x'` imports a default named `type`; `import type from from 'x'` is a type import of `from`.
        return !cursor.is('from') || !nextIsString(cursor);
    });
}
/** Inside `{ … }`: whether `type` is a modifier, as in `{ type A }`, rather than a name, as in `{ type }` or `{ type as t }`. */
function startsSpecifierAfterType(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        if (kind === 'string')
            return true;
        if (kind !== 'name')
            return false;
        if (!cursor.is('as'))
            return true;
        // `{ type as as x }` imports `as` as a type; `{ type as x }` imports `type`.
        cursor.advance();
        return cursor.is('as');
    });
}
function nextIs(cursor, text) {
    return cursor.lookAhead(() => {
        cursor.advance();
        return cursor.is(text);
    });
}
function nextIsString(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        return cursor.token.kind === 'string';
    });
}
/** Returns whether the current token is a string literal; a function, so that TypeScript does not keep the check narrowed across `advance()`. */
function isString(cursor) {
    return cursor.token.kind === 'string';
}

// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(98708);
;// CONCATENATED MODULE: ./src/impact/syntax/lexer-adapter.ts
/**
 * The token source of the syntax reader, built on the impact scanner's own
 * lexer (src/impact/scan/lexer/), so that reading configs and export lists
 * loads no part of the TypeScript compiler.
 *
 * The lexer keeps the token boundaries of TypeScript's scanner, which leaves
 * `>>`, `>=` and the like as single `>` tokens for a parser of type
 * arguments. The `TokenSource` contract wants operators whole, so this
 * adapter joins them, as `ts.Scanner.reScanGreaterToken` would.
 */

/** Operators that start with `>`, longest first. */
const GREATER_OPERATORS = ['>>>=', '>>>', '>>=', '>=', '>>'];
/** Creates a token source over `text`, starting at offset 0. */
function createTokenSource(text) {
    const scanner = new lexer/* Scanner */.Lp();
    scanner.setText(text);
    /** End of the token before the current one, where the trivia before the current token starts. */
    let previousEnd = 0;
    const current = (kind) => {
        const start = scanner.getTokenStart();
        const end = scanner.getTokenEnd();
        return {
            kind: tokenKindOf(kind),
            start,
            end,
            value: hasDecodedValue(kind) ? scanner.getTokenValue() : text.slice(start, end),
            lineBreakBefore: hasLineBreak(text, previousEnd, start),
        };
    };
    /** Widens a `>` token to the longest operator that starts there. */
    const greaterOperator = () => {
        const token = current(lexer/* SyntaxKind */.a6.GreaterThanToken);
        const operator = GREATER_OPERATORS.find((candidate) => text.startsWith(candidate, token.start));
        if (operator === undefined)
            return token;
        scanner.resetTokenState(token.start + operator.length);
        return { ...token, end: token.start + operator.length, value: operator };
    };
    const finish = (token) => {
        previousEnd = token.end;
        return token;
    };
    return {
        next(regexAllowed) {
            let kind = scanner.scan();
            if (regexAllowed && (kind === lexer/* SyntaxKind */.a6.SlashToken || kind === lexer/* SyntaxKind */.a6.SlashEqualsToken)) {
                kind = scanner.reScanSlashToken();
            }
            else if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
                return finish(greaterOperator());
            }
            return finish(current(kind));
        },
        continueTemplate() {
            return finish(current(scanner.reScanTemplateToken()));
        },
        reset(offset) {
            scanner.resetTokenState(offset);
            previousEnd = offset;
        },
    };
}
/** Returns whether the text between two tokens has a line break, which ends a statement where a semicolon may be left out. */
function hasLineBreak(text, from, to) {
    for (let offset = from; offset < to; offset++) {
        if ((0,lexer/* isLineBreak */.MC)(text.charCodeAt(offset)))
            return true;
    }
    return false;
}
function hasDecodedValue(kind) {
    return (kind === lexer/* SyntaxKind */.a6.Identifier ||
        kind === lexer/* SyntaxKind */.a6.PrivateIdentifier ||
        kind === lexer/* SyntaxKind */.a6.StringLiteral ||
        kind === lexer/* SyntaxKind */.a6.NumericLiteral ||
        kind === lexer/* SyntaxKind */.a6.BigIntLiteral ||
        kind === lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral ||
        kind === lexer/* SyntaxKind */.a6.TemplateHead ||
        kind === lexer/* SyntaxKind */.a6.TemplateMiddle ||
        kind === lexer/* SyntaxKind */.a6.TemplateTail ||
        (kind >= lexer/* SyntaxKind */.a6.FirstKeyword && kind <= lexer/* SyntaxKind */.a6.LastKeyword));
}
function tokenKindOf(kind) {
    switch (kind) {
        case lexer/* SyntaxKind */.a6.Identifier:
            return 'name';
        case lexer/* SyntaxKind */.a6.PrivateIdentifier:
            return 'private-name';
        case lexer/* SyntaxKind */.a6.StringLiteral:
            return 'string';
        case lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral:
            return 'template';
        case lexer/* SyntaxKind */.a6.TemplateHead:
            return 'template-head';
        case lexer/* SyntaxKind */.a6.TemplateMiddle:
            return 'template-middle';
        case lexer/* SyntaxKind */.a6.TemplateTail:
            return 'template-tail';
        case lexer/* SyntaxKind */.a6.NumericLiteral:
        case lexer/* SyntaxKind */.a6.BigIntLiteral:
            return 'number';
        case lexer/* SyntaxKind */.a6.RegularExpressionLiteral:
            return 'regex';
        case lexer/* SyntaxKind */.a6.EndOfFileToken:
            return 'end';
    }
    if (kind >= lexer/* SyntaxKind */.a6.FirstKeyword && kind <= lexer/* SyntaxKind */.a6.LastKeyword)
        return 'name';
    if (kind >= lexer/* SyntaxKind */.a6.FirstPunctuation && kind <= lexer/* SyntaxKind */.a6.LastPunctuation)
        return 'punctuation';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/impact/syntax/token-cursor.ts
/**
 * A cursor over the tokens of one text. It supplies the context that a
 * lexer leaves to its parser: it guesses from the previous token whether a
 * `/` starts a regular expression, tracks open brackets and template
 * substitutions, and rescans the `}` that continues a template literal.
 */

/** Keywords that an operand follows, as in `return /x/`, so a `/` after them starts a regular expression. */
const OPERAND_KEYWORDS = new Set([
    'await', 'case', 'default', 'delete', 'do', 'else', 'in', 'instanceof', 'new', 'of', 'return', 'throw', 'typeof', 'void', 'yield',
]);
const OPENERS = new Set(['(', '[', '{']);
const CLOSER_OF = { '(': ')', '[': ']', '{': '}', '${': '}' };
class TokenCursor {
    text;
    /** The current token. */
    token;
    /** The token before the current one, or undefined at the start. */
    previous;
    /** True when the previous token is `.` or `?.`, so the current name is a property name. */
    afterDot = false;
    source;
    /** Open brackets and template substitutions (`${`), innermost last. */
    frames = [];
    constructor(text) {
        this.text = text;
        this.source = createTokenSource(text);
        // A `#!` line is not JavaScript, and a lexer need not skip it.
        if (text.startsWith('#!')) {
            const lineEnd = text.search(/[\r\n]/);
            this.source.reset(lineEnd === -1 ? text.length : lineEnd);
        }
        this.token = this.source.next(true);
        this.enter(this.token);
    }
    /** Number of open brackets and template substitutions after the current token. */
    get depth() {
        return this.frames.length;
    }
    get atEnd() {
        return this.token.kind === 'end';
    }
    /** Returns whether the current token is the punctuation or name `text`, and not a string with that value. */
    is(text) {
        const { kind, value } = this.token;
        return value === text && (kind === 'punctuation' || kind === 'name');
    }
    /** Returns whether the current token is the name `word` in a position where it can be a keyword, not after a dot. */
    isKeyword(word) {
        return this.token.kind === 'name' && this.token.value === word && !this.afterDot;
    }
    /** Moves to the next token. */
    advance() {
        const token = this.token;
        if (token.kind === 'end')
            return;
        const regexAllowed = expressionCanFollow(token, this.afterDot);
        this.afterDot = token.kind === 'punctuation' && (token.value === '.' || token.value === '?.');
        this.previous = token;
        this.scan(regexAllowed);
    }
    /** Advances past the current token when it is `text`, and returns whether it was. */
    consume(text) {
        if (!this.is(text))
            return false;
        this.advance();
        return true;
    }
    /**
     * Reads the current `/` or `/=` again as a regular expression, for a
     * parser that has found that an operand starts here.
     */
    rescanAsRegex() {
        if (this.token.kind !== 'punctuation' || (this.token.value !== '/' && this.token.value !== '/='))
            return;
        this.source.reset(this.token.start);
        this.token = this.source.next(true);
    }
    /**
     * Skips the current token. An opening bracket or template head is skipped
     * together with everything up to its closer, and an unclosed one up to
     * the end of the text.
     */
    skip() {
        const depth = this.depth;
        const opens = this.isOpener();
        this.advance();
        if (!opens)
            return;
        while (this.depth >= depth && !this.atEnd)
            this.advance();
        // The current token is now the closer that brought the depth back, unless the text ended first.
        if (!this.atEnd)
            this.advance();
    }
    /** Returns whether the current token opens a bracket or a template substitution. */
    isOpener() {
        const { kind, value } = this.token;
        return kind === 'template-head' || (kind === 'punctuation' && OPENERS.has(value));
    }
    /** Runs `read` and then restores the cursor to where it was, returning what `read` returned. */
    lookAhead(read) {
        const saved = this.save();
        try {
            return read();
        }
        finally {
            this.restore(saved);
        }
    }
    /**
     * Moves the cursor to the token at `offset`, inside text that it did not
     * read token by token, such as a JSX element, with the open frames of
     * `state`.
     */
    jumpTo(offset, state) {
        this.restore(state);
        this.previous = undefined;
        this.afterDot = false;
        this.source.reset(offset);
        this.scan(true);
    }
    /**
     * Continues after an operand that ends at `offset` and that the cursor did
     * not read token by token, such as a JSX element. The open frames return
     * to those of `state`.
     */
    resumeAt(offset, state) {
        this.restore(state);
        // A token for the skipped operand becomes the previous token. Its kind ends an operand, so a `/` after it divides.
        this.previous = { kind: 'unknown', start: state.token.start, end: offset, value: '', lineBreakBefore: state.token.lineBreakBefore };
        this.afterDot = false;
        this.source.reset(offset);
        this.scan(false);
    }
    /** Returns the state that `restore` returns to. */
    save() {
        return { token: this.token, previous: this.previous, afterDot: this.afterDot, frames: [...this.frames] };
    }
    restore(state) {
        this.token = state.token;
        this.previous = state.previous;
        this.afterDot = state.afterDot;
        this.frames = [...state.frames];
        this.source.reset(state.token.end);
    }
    /** Scans the next token, continuing a template literal at a `}` that closes a substitution. */
    scan(regexAllowed) {
        let next = this.source.next(regexAllowed);
        if (next.kind === 'punctuation' && next.value === '}' && this.frames[this.frames.length - 1] === '${') {
            next = this.source.continueTemplate();
        }
        this.token = next;
        this.enter(next);
    }
    /** Updates the open frames for the token just scanned. */
    enter(token) {
        if (token.kind === 'template-head') {
            this.frames.push('${');
            return;
        }
        if (token.kind === 'template-tail') {
            this.frames.pop();
            return;
        }
        if (token.kind !== 'punctuation')
            return;
        if (OPENERS.has(token.value)) {
            this.frames.push(token.value);
            return;
        }
        if (token.value === ')' || token.value === ']' || token.value === '}')
            this.close(token.value);
    }
    /**
     * Pops the frame that `closer` ends. A closer that does not match the
     * innermost frame closes the nearest frame it matches, as in `f(a]`, or is
     * ignored when none matches before a template substitution.
     */
    close(closer) {
        for (let index = this.frames.length - 1; index >= 0; index--) {
            const frame = this.frames[index];
            if (CLOSER_OF[frame] === closer && frame !== '${') {
                this.frames.length = index;
                return;
            }
            if (frame === '${')
                return;
        }
    }
}
/**
 * Guesses from the token before it whether an operand can start at the next
 * token, which decides whether a `/` there starts a regular expression.
 * After `)` the guess is no, because `(a + b) / 2` is more common than
 * `if (a) /x/.test(b)`. After `}` it is yes, because blocks end more often
 * than object literals.
 */
function expressionCanFollow(token, afterDot) {
    switch (token.kind) {
        case 'punctuation':
            return token.value !== ')' && token.value !== ']';
        case 'template-head':
        case 'template-middle':
            return true;
        case 'name':
            return !afterDot && OPERAND_KEYWORDS.has(token.value);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/impact/syntax/module-syntax.ts
/**
 * Reads the top-level statements of a JavaScript or TypeScript module that
 * impact analysis needs: imports, variable declarations, every export form
 * and `module.exports = …`. Other statements are skipped token by token,
 * with brackets skipped as a whole, so nothing inside a block, function,
 * class or namespace counts as top level.
 */




/**
 * Returns the syntax a file may use, from its name: TypeScript for .ts,
 * .mts, .cts and .tsx, and JSX for .tsx and every JavaScript file, as
 * TypeScript's compiler allows JSX in them.
 */
function syntaxOptionsFor(fileName) {
    const typeScript = /\.[cm]?tsx?$/.test(fileName);
    return { typeScript, jsx: !typeScript || fileName.endsWith('.tsx') };
}
/**
 * Parses `text` as a module. Text with syntax errors gives the statements
 * that could be read, and the tests in test/impact/syntax hold it to that.
 */
function parseModule(text, options) {
    const parser = new ExpressionParser(new TokenCursor(text), options);
    const { cursor } = parser;
    const statements = [];
    while (!cursor.atEnd) {
        const before = cursor.token;
        const statement = readStatement(parser);
        if (statement)
            statements.push(statement);
        if (cursor.token === before)
            cursor.skip();
    }
    return { statements };
}
/** Reads the statement at the cursor if it is one the tree has, or returns undefined and leaves the rest to skipping. */
function readStatement(parser) {
    const { cursor } = parser;
    if (cursor.token.kind !== 'name' || cursor.afterDot)
        return undefined;
    switch (cursor.token.value) {
        case 'import':
            return parseImportDeclaration(parser);
        case 'export':
            return parseExportStatement(parser);
        case 'const':
        case 'let':
        case 'var':
            return startsDeclaration(parser) ? (0,bindings/* parseVariableStatement */.Jq)(parser, false) : undefined;
        case 'module':
            return startsModuleExports(parser) ? { kind: 'expression', expression: parser.parseExpression() } : undefined;
        default:
            return undefined;
    }
}
/** Returns whether the `const`, `let` or `var` at the cursor starts a declaration, not `const enum` or a variable named `let`. */
function startsDeclaration(parser) {
    const { cursor } = parser;
    return cursor.lookAhead(() => {
        cursor.advance();
        return (cursor.token.kind === 'name' && !cursor.is('enum')) || cursor.is('{') || cursor.is('[');
    });
}
/** Returns whether `module.exports` starts at the cursor. */
function startsModuleExports(parser) {
    const { cursor } = parser;
    return cursor.lookAhead(() => {
        cursor.advance();
        if (!cursor.consume('.'))
            return false;
        return cursor.token.kind === 'name' && cursor.token.value === 'exports';
    });
}


/***/ }),

/***/ 88840:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   s: () => (/* binding */ skipType),
/* harmony export */   w: () => (/* binding */ skipTypeArguments)
/* harmony export */ });
/** Words that start a type and need another type after them, as in `keyof T` or `readonly string[]`. */
const PREFIX_OPERATORS = new Set(['keyof', 'typeof', 'unique', 'readonly', 'infer', 'new', 'abstract', 'asserts']);
/**
 * Skips the type at the cursor. It stops at the first token that cannot
 * continue the type, such as `=`, `,`, `)`, `;`, or the `{` of a function
 * body after a return type. With `stopAtArrow`, as for the return type of
 * an arrow function, it also stops at `=>`.
 */
function skipType(cursor, stopAtArrow = false) {
    let expectOperand = true;
    // `A extends B ? C : D` opens a conditional whose `?` and `:` belong to the type.
    let openConditionals = 0;
    for (;;) {
        if (cursor.atEnd)
            return;
        if (expectOperand) {
            if (!skipTypeOperandStart(cursor))
                return;
            expectOperand = !endsOperand(cursor);
            continue;
        }
        if (cursor.is('.') || cursor.is('?.')) {
            cursor.advance();
            cursor.advance();
            continue;
        }
        if (cursor.is('<')) {
            if (!skipTypeArguments(cursor))
                return;
            continue;
        }
        if (cursor.is('(') && cursor.previous?.kind === 'name' && cursor.previous.value === 'import') {
            // An import type: `typeof import('./module').name`.
            cursor.skip();
            continue;
        }
        if (cursor.is('[') && !cursor.token.lineBreakBefore) {
            cursor.skip();
            continue;
        }
        // `=>` continues a function type only after its parameter list: `(value: T) => R`.
        const continuesFunctionType = cursor.is('=>') && !stopAtArrow && cursor.previous?.value === ')';
        if (cursor.is('|') || cursor.is('&') || continuesFunctionType || cursor.isKeyword('is')) {
            cursor.advance();
            expectOperand = true;
            continue;
        }
        if (cursor.isKeyword('extends')) {
            openConditionals++;
            cursor.advance();
            expectOperand = true;
            continue;
        }
        if (openConditionals > 0 && (cursor.is('?') || cursor.is(':'))) {
            if (cursor.is(':'))
                openConditionals--;
            cursor.advance();
            expectOperand = true;
            continue;
        }
        return;
    }
}
/**
 * Skips `<…>` at the cursor, type parameters or arguments, and returns
 * whether it found the closing `>`. It gives up at a `;`, at the end of the
 * text, or at a closer of an enclosing bracket, which show that the `<` was a
 * less-than sign.
 */
function skipTypeArguments(cursor) {
    let open = 0;
    for (;;) {
        const { kind, value } = cursor.token;
        if (kind === 'end')
            return false;
        if (kind === 'punctuation') {
            if (value === '<')
                open++;
            else if (value === '>' || value === '>>' || value === '>>>')
                open -= value.length;
            else if (value === '>=' || value === '>>=' || value === '>>>=')
                return false;
            else if (value === ';' || value === ')' || value === ']' || value === '}')
                return false;
        }
        if (open < 0)
            return false;
        if (cursor.isOpener())
            cursor.skip();
        else
            cursor.advance();
        if (open === 0)
            return true;
    }
}
/**
 * Consumes what starts a type operand: prefix words, a leading `|` or `&`,
 * and then the operand's first token or bracketed group. Returns false when
 * no type can start here.
 */
function skipTypeOperandStart(cursor) {
    while (cursor.is('|') || cursor.is('&') || cursor.is('...') || cursor.is('-') || isPrefixOperator(cursor))
        cursor.advance();
    if (cursor.is('<')) {
        // A generic function type: `<T>(value: T) => T`.
        return skipTypeArguments(cursor);
    }
    const { kind } = cursor.token;
    if (cursor.isOpener() || kind === 'template') {
        cursor.skip();
        return true;
    }
    if (kind === 'name' || kind === 'string' || kind === 'number') {
        cursor.advance();
        return true;
    }
    return false;
}
/** Returns whether the token just consumed ended an operand, which is false after a generic parameter list. */
function endsOperand(cursor) {
    const previous = cursor.previous;
    return !(previous?.kind === 'punctuation' && (previous.value === '>' || previous.value === '>>') && cursor.is('('));
}
/** Returns whether the current name is a prefix operator such as `keyof`, which it is only when a type follows it. */
function isPrefixOperator(cursor) {
    if (cursor.token.kind !== 'name' || !PREFIX_OPERATORS.has(cursor.token.value))
        return false;
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        return kind === 'name' || kind === 'string' || kind === 'number' || cursor.isOpener() || cursor.is('<');
    });
}


/***/ })

};
