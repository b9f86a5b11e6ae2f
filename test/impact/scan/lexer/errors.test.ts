import { describe, expect, it } from 'vitest';

import { LexerMessage } from '../../../../src/impact/scan/lexer/index.js';
import { scanText } from './scan-tokens.js';

interface ErrorCase {
  name: string;
  source: string;
  regexAt?: number[];
  jsx?: boolean;
  tokens: string[];
  errors: string[];
}

const errorCases: ErrorCase[] = [
  {
    name: 'string ending at a line break',
    source: "a = 'open\nb",
    tokens: ['Identifier a', 'EqualsToken =', "StringLiteral 'open = open", 'Identifier b'],
    errors: [`4: ${LexerMessage.UnterminatedString}`],
  },
  {
    name: 'string ending at the end of the text',
    source: '"open',
    tokens: ['StringLiteral "open = open'],
    errors: [`0: ${LexerMessage.UnterminatedString}`],
  },
  {
    name: 'block comment without an end',
    source: 'a /* open\nb',
    tokens: ['Identifier a'],
    errors: [`2: ${LexerMessage.UnterminatedComment}`],
  },
  {
    name: 'invalid characters',
    source: 'a ¤ \\x #',
    tokens: ['Identifier a', 'Unknown ¤', 'Unknown \\', 'Identifier x', 'PrivateIdentifier #'],
    errors: [`2: ${LexerMessage.InvalidCharacter}`, `4: ${LexerMessage.InvalidCharacter}`, `7: ${LexerMessage.InvalidCharacter}`],
  },
  {
    name: 'template without an end',
    source: 'a = `open\nb',
    tokens: ['Identifier a', 'EqualsToken =', 'NoSubstitutionTemplateLiteral `open\nb = open\nb'],
    errors: [`4: ${LexerMessage.UnterminatedTemplate}`],
  },
  {
    name: 'regular expression ending at a line break',
    source: 'x = /ab ;\ny',
    regexAt: [4],
    tokens: ['Identifier x', 'EqualsToken =', 'RegularExpressionLiteral /ab', 'SemicolonToken ;', 'Identifier y'],
    errors: [`4: ${LexerMessage.UnterminatedRegularExpression}`],
  },
  {
    name: 'regular expression stopping before a closing bracket of the code',
    source: 'f(/a(b)c)\n',
    regexAt: [2],
    tokens: ['Identifier f', 'OpenParenToken (', 'RegularExpressionLiteral /a(b)c', 'CloseParenToken )'],
    errors: [`2: ${LexerMessage.UnterminatedRegularExpression}`],
  },
  {
    name: 'merge conflict markers',
    source: '<<<<<<< ours\na\n||||||| base\nb\n=======\nc\n>>>>>>> theirs\n',
    tokens: ['Identifier a'],
    errors: [`0: ${LexerMessage.MergeConflictMarker}`, `15: ${LexerMessage.MergeConflictMarker}`, `30: ${LexerMessage.MergeConflictMarker}`, `40: ${LexerMessage.MergeConflictMarker}`],
  },
  {
    name: 'legacy octal and bad separators are no errors',
    source: '0755 1__0 0x_1',
    tokens: ['NumericLiteral 0755 = 493', 'NumericLiteral 1__0 = 10', 'NumericLiteral 0x_1 = 1'],
    errors: [],
  },
];

describe('Scanner errors', () => {
  it.each(errorCases)('$name', ({ source, regexAt, jsx, tokens, errors }) => {
    const scanned = scanText(source, { regexAt: regexAt ?? [], jsx: jsx ?? false });
    expect(scanned.tokens).toEqual(tokens);
    expect(scanned.errors).toEqual(errors);
  });
});
