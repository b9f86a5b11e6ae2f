import { describe, expect, it } from 'vitest';

import { SyntaxKind, type Scanner } from '../../../../src/impact/scan/lexer/index.js';
import { describeToken, scannerFor, scanText } from './scan-tokens.js';

describe('Scanner regular expressions', () => {
  it.each([
    ['body with quotes', "x = /['\"]/g", [4], ['Identifier x', 'EqualsToken =', `RegularExpressionLiteral /['"]/g`]],
    ['slash inside a class', 'x = /[/]+/ + 1', [4], ['Identifier x', 'EqualsToken =', 'RegularExpressionLiteral /[/]+/', 'PlusToken +', 'NumericLiteral 1']],
    ['escaped slash', 'x = /a\\/b/i', [4], ['Identifier x', 'EqualsToken =', 'RegularExpressionLiteral /a\\/b/i']],
    ['flags such as v and d', '/[\\p{L}--[a-z]]/vd', [0], ['RegularExpressionLiteral /[\\p{L}--[a-z]]/vd']],
    ['starting with =', 'x = /=/', [4], ['Identifier x', 'EqualsToken =', 'RegularExpressionLiteral /=/']],
    ['division when not rescanned', 'a / b / c', [], ['Identifier a', 'SlashToken /', 'Identifier b', 'SlashToken /', 'Identifier c']],
    ['division assignment', 'a /= 2', [], ['Identifier a', 'SlashEqualsToken /=', 'NumericLiteral 2']],
  ])('%s', (_name, source, regexAt, tokens) => {
    expect(scanText(source, { regexAt }).tokens).toEqual(tokens);
  });

  it('keeps a token other than a slash on reScanSlashToken', () => {
    const scanner = scannerFor('a');
    expect(scanner.scan()).toBe(SyntaxKind.Identifier);
    expect(scanner.reScanSlashToken()).toBe(SyntaxKind.Identifier);
  });
});

/** Reads `source` with a brace stack, continuing templates after the `}` of a substitution as a parser would. */
function scanWithTemplates(source: string): string[] {
  const scanner = scannerFor(source);
  const substitution: boolean[] = [];
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === SyntaxKind.OpenBraceToken) substitution.push(false);
    else if (kind === SyntaxKind.TemplateHead) substitution.push(true);
    else if (kind === SyntaxKind.CloseBraceToken && substitution.pop() === true) {
      kind = scanner.reScanTemplateToken();
      if (kind === SyntaxKind.TemplateMiddle) substitution.push(true);
    }
    tokens.push(describeToken(source, scanner, kind));
  }
  return tokens;
}

describe('Scanner templates', () => {
  it('continues a template after a substitution', () => {
    expect(scanWithTemplates('`a${b}c${d}e`')).toEqual([
      'TemplateHead `a${ = a',
      'Identifier b',
      'TemplateMiddle }c${ = c',
      'Identifier d',
      'TemplateTail }e` = e',
    ]);
  });

  it('reads nested templates and object braces in substitutions', () => {
    expect(scanWithTemplates('`a${ `b${ {c: 1}.c }` }d`')).toEqual([
      'TemplateHead `a${ = a',
      'TemplateHead `b${ = b',
      'OpenBraceToken {',
      'Identifier c',
      'ColonToken :',
      'NumericLiteral 1',
      'CloseBraceToken }',
      'DotToken .',
      'Identifier c',
      'TemplateTail }` = ',
      'TemplateTail }d` = d',
    ]);
  });

  it('decodes legacy octal escapes when continuing a template', () => {
    expect(scanWithTemplates('`${a}\\101`')).toEqual(['TemplateHead `${ = ', 'Identifier a', 'TemplateTail }\\101` = A']);
  });
});

/** Scans `source` in JSX mode up to the token at `offset`, so that a test can call a JSX method there. */
function jsxScannerAt(source: string, offset: number): Scanner {
  const scanner = scannerFor(source, true);
  scanner.resetTokenState(offset);
  return scanner;
}

describe('Scanner JSX', () => {
  it('reads text with quotes, apostrophes and backticks as one token', () => {
    const source = "<p>Don't use `import('x')` or \"require\" here.</p>";
    const scanner = jsxScannerAt(source, 3);
    expect(scanner.scanJsxToken()).toBe(SyntaxKind.JsxText);
    expect(scanner.getTokenValue()).toBe("Don't use `import('x')` or \"require\" here.");
    expect(scanner.scanJsxToken()).toBe(SyntaxKind.LessThanSlashToken);
  });

  it.each([
    ['text up to a brace', 'ab {x}', SyntaxKind.JsxText, 3],
    ['white space over lines', '\n  <b>', SyntaxKind.JsxTextAllWhiteSpaces, 3],
    ['white space on one line', '  <b>', SyntaxKind.JsxText, 2],
    ['opening brace', '{x}', SyntaxKind.OpenBraceToken, 1],
    ['child element', '<b>', SyntaxKind.LessThanToken, 1],
    ['closing tag', '</p>', SyntaxKind.LessThanSlashToken, 2],
    ['end of text', '', SyntaxKind.EndOfFileToken, 0],
  ])('scanJsxToken: %s', (_name, children, kind, end) => {
    const scanner = jsxScannerAt(children, 0);
    expect(scanner.scanJsxToken()).toBe(kind);
    expect(scanner.getTokenEnd()).toBe(end);
  });

  it('extends a name with hyphens and keywords', () => {
    const scanner = jsxScannerAt('data-for-id=', 0);
    expect(scanner.scan()).toBe(SyntaxKind.Identifier);
    expect(scanner.scanJsxIdentifier()).toBe(SyntaxKind.Identifier);
    expect(scanner.getTokenValue()).toBe('data-for-id');
    expect(scanner.getTokenEnd()).toBe(11);
  });

  it('keeps a keyword that has no hyphen', () => {
    const scanner = jsxScannerAt('class=', 0);
    scanner.scan();
    expect(scanner.scanJsxIdentifier()).toBe(SyntaxKind.ClassKeyword);
  });

  it('reads attribute strings without escapes and across lines', () => {
    const source = '"C:\\" \'a\nb\'';
    const scanner = jsxScannerAt(source, 0);
    expect(scanner.scanJsxAttributeValue()).toBe(SyntaxKind.StringLiteral);
    expect(scanner.getTokenValue()).toBe('C:\\');
    scanner.resetTokenState(6);
    expect(scanner.scanJsxAttributeValue()).toBe(SyntaxKind.StringLiteral);
    expect(scanner.getTokenValue()).toBe('a\nb');
  });

  it('reads any other attribute value as code', () => {
    const scanner = jsxScannerAt(' {x}', 0);
    expect(scanner.scanJsxAttributeValue()).toBe(SyntaxKind.OpenBraceToken);
    expect(scanner.getTokenStart()).toBe(1);
  });
});

describe('Scanner position control', () => {
  it('restores the token after lookAhead', () => {
    const scanner = scannerFor('a b c');
    scanner.scan();
    const ahead = scanner.lookAhead(() => [scanner.scan(), scanner.scan()]);
    expect(ahead).toEqual([SyntaxKind.Identifier, SyntaxKind.Identifier]);
    expect(scanner.getTokenValue()).toBe('a');
    expect(scanner.getTokenEnd()).toBe(1);
    scanner.scan();
    expect(scanner.getTokenValue()).toBe('b');
  });

  it('restores the token when the look-ahead throws', () => {
    const scanner = scannerFor('a b');
    scanner.scan();
    expect(() =>
      scanner.lookAhead(() => {
        scanner.scan();
        throw new Error('stop');
      }),
    ).toThrow('stop');
    expect(scanner.getTokenEnd()).toBe(1);
  });

  it('rescans from an offset after resetTokenState', () => {
    const scanner = scannerFor('a < b');
    scanner.scan();
    scanner.scan();
    scanner.resetTokenState(2);
    expect(scanner.scan()).toBe(SyntaxKind.LessThanToken);
    expect(scanner.getTokenStart()).toBe(2);
  });

  it('starts after the given offset on setText', () => {
    const scanner = scannerFor('');
    scanner.setText('skip keep', 5);
    expect(scanner.scan()).toBe(SyntaxKind.Identifier);
    expect(scanner.getTokenValue()).toBe('keep');
  });
});
