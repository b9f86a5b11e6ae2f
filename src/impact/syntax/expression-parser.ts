/**
 * The expression parser: operators by precedence, calls, member access,
 * `new`, and the primary expressions. Literals with structure and functions
 * have files of their own. A construct the reader has no node for becomes
 * an `other` node that spans it, so that the parser always finds where an
 * expression ends, also without semicolons.
 */
import { isArrowStart, parseArrowFunction, parseFunctionExpression, skipClassExpression } from './functions.js';
import { skipJsxElement } from './jsx-skipping.js';
import { parseArrayLiteral, parseObjectLiteral, parseTemplateLiteral } from './literals.js';
import type { Expression, ObjectMember } from './syntax-tree.js';
import type { TokenCursor } from './token-cursor.js';
import { skipType, skipTypeArguments } from './type-skipping.js';

/** The syntax features a file may use. */
export interface SyntaxOptions {
  /** TypeScript: type annotations, `as`, `satisfies`, `!` and `<T>value` assertions. */
  typeScript: boolean;
  /** JSX elements, which rule out `<T>value` assertions. */
  jsx: boolean;
}

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
const PRECEDENCE: Record<string, number> = {
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

export class ExpressionParser {
  /**
   * False in the true branch of a conditional, outside brackets, where
   * `a ? (b) : c => d` must not read as an arrow `(b): c => d` with a return
   * type, as TypeScript's parser also decides.
   */
  arrowReturnTypeAllowed = true;

  private nesting = 0;

  constructor(
    readonly cursor: TokenCursor,
    readonly options: SyntaxOptions,
  ) {}

  /** Parses an expression that may contain the comma operator, as inside parentheses. */
  parseExpression(): Expression {
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
  parseAssignment(): Expression {
    return this.nested(
      () => this.readAssignment(),
      () => this.skipExpression(),
    );
  }

  /**
   * Runs `read` one nesting level deeper, or `fallback` when the nesting has
   * reached its maximum.
   */
  nested<T>(read: () => T, fallback: () => T): T {
    if (this.nesting >= MAX_NESTING) return fallback();
    this.nesting++;
    try {
      return read();
    } finally {
      this.nesting--;
    }
  }

  private readAssignment(): Expression {
    if (isArrowStart(this)) return parseArrowFunction(this);
    const start = this.cursor.token.start;
    const left = this.parseConditional();
    const operator = this.cursor.token.value;
    if (this.cursor.token.kind !== 'punctuation' || !ASSIGNMENT_OPERATORS.has(operator)) return left;
    this.cursor.advance();
    const right = this.parseAssignment();
    return this.finish(start, { kind: 'binary', operator, left, right });
  }

  /** Parses the arguments of a call or `new`, with spread elements; the current token is the `(`. */
  parseArguments(): Expression[] {
    const items: Expression[] = [];
    this.parseDelimited(() => {
      items.push(this.parseElement());
    });
    return items;
  }

  /** Parses an element of a list: an expression or `...expression`. */
  parseElement(): Expression {
    const start = this.cursor.token.start;
    if (!this.cursor.consume('...')) return this.parseAssignment();
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
  parseDelimited(parseItem: () => void, onComma?: () => void): void {
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
      if (cursor.token === before) cursor.skip();
      while (!cursor.atEnd && cursor.depth >= depth && !(cursor.depth === depth && cursor.is(','))) cursor.skip();
    }
    if (!cursor.atEnd) cursor.advance();
    this.arrowReturnTypeAllowed = allowed;
  }

  /** Builds a node that starts at `start` and ends with the last token consumed. */
  finish<T extends { kind: (Expression | ObjectMember)['kind'] }>(start: number, fields: T): T & { start: number; end: number; text: string } {
    const end = Math.max(start, this.cursor.previous?.end ?? start);
    return { ...fields, start, end, text: this.cursor.text.slice(start, end) };
  }

  /**
   * Skips tokens, brackets as a whole, up to the next `,`, `;` or closer, or
   * up to a line that starts with a declaration keyword, and returns them as
   * an `other` node.
   */
  skipExpression(): Expression {
    const { cursor } = this;
    const start = cursor.token.start;
    const { depth } = cursor;
    while (!cursor.atEnd && cursor.depth >= depth && !cursor.is(',') && !cursor.is(';')) {
      const { kind, value, lineBreakBefore } = cursor.token;
      if (kind === 'template-middle' || kind === 'template-tail') break;
      if (lineBreakBefore && kind === 'name' && STATEMENT_KEYWORDS.has(value) && cursor.token.start > start) break;
      cursor.skip();
    }
    return this.other(start);
  }

  /** Returns an `other` node for the tokens from `start` up to the cursor. */
  other(start: number): Expression {
    return this.finish(start, { kind: 'other' });
  }

  private parseConditional(): Expression {
    const start = this.cursor.token.start;
    const condition = this.parseBinary(0);
    if (!this.cursor.is('?')) return condition;
    this.cursor.advance();
    const allowed = this.arrowReturnTypeAllowed;
    this.arrowReturnTypeAllowed = false;
    const whenTrue = this.parseAssignment();
    this.arrowReturnTypeAllowed = allowed;
    this.cursor.consume(':');
    const whenFalse = this.parseAssignment();
    return this.finish(start, { kind: 'conditional', condition, whenTrue, whenFalse });
  }

  private parseBinary(minimumPrecedence: number): Expression {
    const start = this.cursor.token.start;
    let left = this.parseUnary();
    for (;;) {
      const { token } = this.cursor;
      if (this.options.typeScript && !token.lineBreakBefore && (this.cursor.isKeyword('as') || this.cursor.isKeyword('satisfies'))) {
        // The tree has no node for `value as Type`; readers see the value.
        this.cursor.advance();
        skipType(this.cursor);
        continue;
      }
      const isOperator = token.kind === 'punctuation' || (token.kind === 'name' && !this.cursor.afterDot);
      const precedence = isOperator ? (PRECEDENCE[token.value] ?? 0) : 0;
      if (precedence === 0 || precedence <= minimumPrecedence) return left;
      this.cursor.advance();
      // `**` is right-associative: `a ** b ** c` is `a ** (b ** c)`.
      const right = this.parseBinary(token.value === '**' ? precedence - 1 : precedence);
      left = this.finish(start, { kind: 'binary', operator: token.value, left, right });
    }
  }

  private parseUnary(): Expression {
    const { cursor } = this;
    const start = cursor.token.start;
    const { kind, value } = cursor.token;
    const isPrefix = (kind === 'punctuation' && PREFIX_OPERATORS.has(value)) || (kind === 'name' && PREFIX_KEYWORDS.has(value));
    if (isPrefix && this.hasOperandAfter()) {
      cursor.advance();
      const operand = this.nested(
        () => this.parseUnary(),
        () => this.skipExpression(),
      );
      return this.finish(start, { kind: 'unary', operator: value, operand });
    }
    if (cursor.is('<') && this.options.typeScript && !this.options.jsx) {
      // `<Type>value`, the older form of `value as Type`.
      skipTypeArguments(cursor);
      return this.parseUnary();
    }
    return this.parsePostfix();
  }

  /** Returns whether an operand follows the current token, so that `await` in `await(x)` is an operator but `{ await }` is a name. */
  private hasOperandAfter(): boolean {
    if (this.cursor.token.kind === 'punctuation') return true;
    return this.cursor.lookAhead(() => {
      this.cursor.advance();
      const { kind, value, lineBreakBefore } = this.cursor.token;
      if (lineBreakBefore || kind === 'end') return false;
      return kind !== 'punctuation' || ['(', '[', '{', '!', '~', '+', '-', '/', '<', '`'].includes(value);
    });
  }

  private parsePostfix(): Expression {
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
        let index: Expression = this.other(cursor.token.start);
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
        skipTypeArguments(cursor);
        continue;
      }
      return expression;
    }
  }

  /** Returns whether the `<` at the cursor opens the type arguments of a call, as in `f<T>(x)`, rather than a comparison. */
  private startsTypeArguments(): boolean {
    return this.cursor.lookAhead(() => {
      if (!skipTypeArguments(this.cursor)) return false;
      const { kind } = this.cursor.token;
      return this.cursor.is('(') || kind === 'template' || kind === 'template-head';
    });
  }

  private parsePrimary(): Expression {
    const { cursor } = this;
    const start = cursor.token.start;
    const { kind, value } = cursor.token;
    switch (kind) {
      case 'string':
      case 'template':
        cursor.advance();
        return this.finish(start, { kind: 'string', value });
      case 'template-head':
        return parseTemplateLiteral(this);
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

  private parseNamePrimary(): Expression {
    const { cursor } = this;
    const start = cursor.token.start;
    const name = cursor.token.value;
    if (name === 'function' || (name === 'async' && this.nextIs('function'))) return parseFunctionExpression(this);
    if (name === 'class') return skipClassExpression(this);
    if (name === 'new') return this.parseNew();
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

  private parsePunctuationPrimary(): Expression {
    const { cursor } = this;
    const start = cursor.token.start;
    switch (cursor.token.value) {
      case '(': {
        // Parentheses leave no node: `(a)` is `a`.
        let inner: Expression = this.other(start);
        this.parseDelimited(() => {
          inner = this.parseExpression();
        });
        return inner;
      }
      case '[':
        return parseArrayLiteral(this);
      case '{':
        return parseObjectLiteral(this);
      case '/':
      case '/=':
        cursor.rescanAsRegex();
        return this.parsePrimary();
      case '<':
        // A JSX element. A `<` that starts none is consumed alone.
        if (!this.options.jsx || !skipJsxElement(this)) cursor.advance();
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

  private parseNew(): Expression {
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
    if (this.options.typeScript && cursor.is('<')) skipTypeArguments(cursor);
    const args = cursor.is('(') ? this.parseArguments() : [];
    return this.finish(start, { kind: 'new', callee, arguments: args });
  }

  /** Returns whether the token after the current one is `text` on the same line. */
  nextIs(text: string): boolean {
    return this.cursor.lookAhead(() => {
      this.cursor.advance();
      return this.cursor.is(text) && !this.cursor.token.lineBreakBefore;
    });
  }
}

