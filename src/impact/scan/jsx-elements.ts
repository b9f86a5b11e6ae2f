/**
 * Reads JSX elements for the token stream: tag names, attributes, children
 * and closing tags. Code inside an element appears only in `{...}`, and the
 * stream reads that itself; text, names and attribute strings are skipped
 * here. Whatever is not well-formed JSX makes the stream roll its guess back.
 */
import { isIdentifierOrKeyword } from './expression-start.js';
import { FrameKind, type Frame } from './frames.js';
import { SyntaxKind, type Scanner } from './lexer/index.js';

/** Tokens a type-parameter check reads in a parameter list at most; longer lists are read as JSX text. */
const MAX_PARAMETER_TOKENS = 1000;

/** The parts of the token stream that reading an element changes. */
export interface JsxHost {
  readonly scanner: Scanner;
  push(kind: FrameKind, start: number, tagName?: string): void;
  /** Pops the innermost element; when it closed a guess, the stream reads code again. */
  closeElement(): void;
  /** Pushes the frame of a `{` in an element, after which the stream reads code. */
  enterExpression(start: number): void;
  /** Abandons the innermost guess and reports `message` at `offset`. */
  rollBack(offset: number, message: string): void;
}

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
export function startsTypeParameters(scanner: Scanner): boolean {
  const first = scanner.scan();
  if (first === SyntaxKind.ConstKeyword) return true;
  if (!isIdentifierOrKeyword(first)) return false;
  const second = scanner.scan();
  if (second === SyntaxKind.CommaToken || second === SyntaxKind.EqualsToken) return true;
  if (second === SyntaxKind.ExtendsKeyword) {
    // `<T extends={...}>` and `<T extends>` are JSX attributes named `extends`.
    const third = scanner.scan();
    return third !== SyntaxKind.EqualsToken && third !== SyntaxKind.GreaterThanToken && third !== SyntaxKind.SlashToken;
  }
  if (second !== SyntaxKind.GreaterThanToken || scanner.scan() !== SyntaxKind.OpenParenToken) return false;
  if (!skipParameters(scanner)) return false;
  const afterParameters = scanner.scan();
  return afterParameters === SyntaxKind.EqualsGreaterThanToken || afterParameters === SyntaxKind.ColonToken;
}

/**
 * Moves past the `)` that closes the parameter list whose `(` the scanner is
 * at. Returns false at the end of the text or after `MAX_PARAMETER_TOKENS`
 * tokens, which bounds the cost of a `<b>(` in JSX text that no `)` follows.
 */
function skipParameters(scanner: Scanner): boolean {
  let depth = 1;
  for (let count = 0; count < MAX_PARAMETER_TOKENS; count++) {
    const kind = scanner.scan();
    if (kind === SyntaxKind.OpenParenToken) depth++;
    else if (kind === SyntaxKind.CloseParenToken && --depth === 0) return true;
    else if (kind === SyntaxKind.EndOfFileToken) return false;
  }
  return false;
}

/** Reads the tag name after `<` and pushes the element's frame. The scanner is at the `<`, which is at `start`. */
export function openElement(host: JsxHost, start: number): void {
  const scanner = host.scanner;
  let kind = scanner.scan();
  if (kind === SyntaxKind.GreaterThanToken) {
    host.push(FrameKind.JsxChildren, start, '');
    return;
  }
  const tagName = readTagName(scanner, kind);
  if (tagName === undefined) return host.rollBack(scanner.getTokenStart(), 'Identifier expected.');

  kind = scanner.scan();
  if (kind === SyntaxKind.LessThanToken && !skipTypeArguments(scanner)) return host.rollBack(start, "'>' expected.");
  if (kind !== SyntaxKind.LessThanToken) scanner.resetTokenState(scanner.getTokenStart());
  host.push(FrameKind.JsxAttributes, start, tagName);
}

/** Reads on in the innermost element, whose frame is `frame`, until the stream has code to read or the element closes. */
export function continueElement(host: JsxHost, frame: Frame): void {
  if (frame.kind === FrameKind.JsxAttributes) readAttributes(host, frame);
  else readChildren(host, frame);
}

/**
 * Reads a tag name such as `div`, `my-element`, `Foo.Bar` or `svg:rect`,
 * whose first token is `kind`. Returns undefined when it is not a name.
 * The scanner is left on the name's last token.
 */
function readTagName(scanner: Scanner, kind: SyntaxKind): string | undefined {
  if (!isIdentifierOrKeyword(kind)) return undefined;
  scanner.scanJsxIdentifier();
  let name = scanner.getTokenValue();
  for (;;) {
    const separatorStart = scanner.getTokenEnd();
    const separator = scanner.scan();
    if (separator !== SyntaxKind.DotToken && separator !== SyntaxKind.ColonToken) {
      scanner.resetTokenState(separatorStart);
      return name;
    }
    if (!isIdentifierOrKeyword(scanner.scan())) return undefined;
    scanner.scanJsxIdentifier();
    name += (separator === SyntaxKind.DotToken ? '.' : ':') + scanner.getTokenValue();
  }
}

/** Skips TypeScript type arguments such as `<Select<Option> ...>`; the scanner is at their `<`. */
function skipTypeArguments(scanner: Scanner): boolean {
  let depth = 1;
  while (depth > 0) {
    const kind = scanner.scan();
    if (kind === SyntaxKind.LessThanToken) depth++;
    else if (kind === SyntaxKind.GreaterThanToken) depth--;
    else if (kind === SyntaxKind.EndOfFileToken) return false;
  }
  return true;
}

/** Reads attributes up to the end of the opening tag, or up to a `{` or an element as an attribute value. */
function readAttributes(host: JsxHost, frame: Frame): void {
  const scanner = host.scanner;
  for (;;) {
    let kind = scanner.scan();
    const start = scanner.getTokenStart();
    if (kind === SyntaxKind.GreaterThanToken) {
      frame.kind = FrameKind.JsxChildren;
      return;
    }
    if (kind === SyntaxKind.SlashToken) {
      if (scanner.scan() !== SyntaxKind.GreaterThanToken) return host.rollBack(start, "'>' expected.");
      return host.closeElement();
    }
    if (kind === SyntaxKind.OpenBraceToken) return host.enterExpression(start);
    if (readTagName(scanner, kind) === undefined) return host.rollBack(start, 'Identifier expected.');

    const equalsStart = scanner.getTokenEnd();
    if (scanner.scan() !== SyntaxKind.EqualsToken) {
      // An attribute without a value; the token belongs to the next round.
      scanner.resetTokenState(equalsStart);
      continue;
    }
    // Attribute strings have no escapes: "C:\" is a complete value.
    kind = scanner.scanJsxAttributeValue();
    const valueStart = scanner.getTokenStart();
    if (kind === SyntaxKind.StringLiteral) continue;
    if (kind === SyntaxKind.OpenBraceToken) return host.enterExpression(valueStart);
    if (kind === SyntaxKind.LessThanToken) return openElement(host, valueStart);
    return host.rollBack(valueStart, "'{' or a string expected.");
  }
}

/** Reads JSX text up to a `{`, a child element or the closing tag. */
function readChildren(host: JsxHost, frame: Frame): void {
  const scanner = host.scanner;
  for (;;) {
    const kind = scanner.scanJsxToken();
    const start = scanner.getTokenStart();
    switch (kind) {
      case SyntaxKind.OpenBraceToken:
        return host.enterExpression(start);
      case SyntaxKind.LessThanToken:
        return openElement(host, start);
      case SyntaxKind.LessThanSlashToken:
        return readClosingTag(host, frame);
      case SyntaxKind.EndOfFileToken:
        return host.rollBack(frame.start, `'<${frame.tagName}>' has no closing tag.`);
    }
  }
}

/** Reads `</name>` after `</`; a name other than the opening tag's rolls the guess back. */
function readClosingTag(host: JsxHost, frame: Frame): void {
  const scanner = host.scanner;
  const start = scanner.getTokenStart();
  let kind = scanner.scan();
  let name = '';
  if (kind !== SyntaxKind.GreaterThanToken) {
    const tagName = readTagName(scanner, kind);
    if (tagName === undefined) return host.rollBack(start, 'Identifier expected.');
    name = tagName;
    kind = scanner.scan();
  }
  if (kind !== SyntaxKind.GreaterThanToken) return host.rollBack(start, "'>' expected.");
  if (name !== frame.tagName) return host.rollBack(start, `'</${name}>' does not match '<${frame.tagName}>'.`);
  host.closeElement();
}
