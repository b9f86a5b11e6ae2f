/**
 * Reads a text with the lexer and writes each token as `Kind text`, or
 * `Kind text = value` when the value differs from the text, so that tables
 * of cases can list whole token streams.
 */
import { LanguageVariant, Scanner, SyntaxKind } from '../../../../src/impact/scan/lexer/index.js';

export interface ScannedText {
  tokens: string[];
  /** Errors as `offset: message`, the offset being the token start the lexer reported. */
  errors: string[];
}

/** Kinds whose value `describeToken` shows, because it differs from the token's text. */
const VALUED = new Set([
  SyntaxKind.NumericLiteral,
  SyntaxKind.BigIntLiteral,
  SyntaxKind.StringLiteral,
  SyntaxKind.NoSubstitutionTemplateLiteral,
  SyntaxKind.TemplateHead,
  SyntaxKind.TemplateMiddle,
  SyntaxKind.TemplateTail,
  SyntaxKind.Identifier,
  SyntaxKind.PrivateIdentifier,
]);

/** Kind names without the `First...` and `Last...` aliases, which the enum's reverse mapping would return for some kinds. */
const KIND_NAMES = new Map<number, string>();
for (const [name, value] of Object.entries(SyntaxKind)) {
  if (typeof value === 'number' && !/^(?:First|Last)/.test(name)) KIND_NAMES.set(value, name);
}

export function kindName(kind: SyntaxKind): string {
  return KIND_NAMES.get(kind) ?? String(kind);
}

export function describeToken(source: string, scanner: Scanner, kind: SyntaxKind): string {
  const text = source.slice(scanner.getTokenStart(), scanner.getTokenEnd());
  const value = scanner.getTokenValue();
  const shown = VALUED.has(kind) && value !== text ? `${text} = ${value}` : text;
  return `${kindName(kind)} ${shown}`;
}

/** Creates a scanner over `text` whose errors are collected in `errors`. */
export function scannerFor(text: string, jsx = false, errors: string[] = []): Scanner {
  const scanner = new Scanner();
  scanner.setLanguageVariant(jsx ? LanguageVariant.JSX : LanguageVariant.Standard);
  scanner.setOnError((message, tokenStart) => errors.push(`${tokenStart}: ${message}`));
  scanner.setText(text);
  return scanner;
}

/**
 * Reads every token of `text` with `scan()` alone, except that a `/` or `/=`
 * is read again as a regular expression when `regexAt` lists its offset.
 */
export function scanText(text: string, options: { jsx?: boolean; regexAt?: number[] } = {}): ScannedText {
  const errors: string[] = [];
  const scanner = scannerFor(text, options.jsx, errors);
  const tokens: string[] = [];
  for (;;) {
    let kind = scanner.scan();
    if (kind === SyntaxKind.EndOfFileToken) return { tokens, errors };
    if (options.regexAt?.includes(scanner.getTokenStart())) kind = scanner.reScanSlashToken();
    tokens.push(describeToken(text, scanner, kind));
  }
}
