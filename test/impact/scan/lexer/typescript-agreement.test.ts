import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { LanguageVariant, Scanner, SyntaxKind } from '../../../../src/impact/scan/lexer/index.js';
import { kindName } from './scan-tokens.js';

/** TypeScript's codes for the messages the lexer reports. */
const LEXER_ERROR_CODES = new Set([1002, 1010, 1127, 1160, 1161, 1185]);

/** Texts where a lexer is easy to get wrong; each is read by both scanners, which must agree. */
const snippets: string[] = [
  '0 00 08 0.5 .5 5. 1e5 1e 1e+ 1_000 1__0 0_1 0x 0x1g 0b 0o8 0755 0755.5 089_1 089.5e1 10n 10nn 0x1fn 1.5n 1e3n 3in 2..a',
  String.raw`'\0\01\08\1\400\8\9\x\x4\u\u004\u{\u{}\u{110000}\u{41}\u{41' "\u{1F600}\uD83D\uDE00"`,
  '`\\0\\01\\8\\x\\u{}${a}\\01\\8${b}\r\n\r`',
  'a\\u0062 \\u{63}d \\u{1d465} x\\u{61}bc\\u0064 \\u0069f \\u{69}mport #\\u0061 # #1 a\\u00',
  'café ünïcode 変数 𝑥 e\u0301 a\u200c\u200d \u2118 \u309b',
  'a\u00a0\u1680\u2000\u200b\u202f\u205f\u3000\ufeff\u0085b\u2028c\u2029d\u180ee',
  'a ¤ § \u200c \ud800 \udc00 💥 b',
  '<<<<<<< x\na\n=======\nb\n>>>>>>> y\n<<<<<<<\n======= \n|||||||x\n',
  'a?.b a?.5:c a??=b a?.[0] a!.b a!==b a>>>=b a<<=b a**=b ... ..',
  '/* a */ // b\n/** c */ /*/ d */ e /* unterminated',
  'x = "a\\\r\nb" + \'c\\\u2028d\' + "e\nf',
  '#!/usr/bin/env node\n#!not a shebang',
  '\ufffd after',
];

/** Our kind names by TypeScript's kind numbers; TypeScript's own reverse mapping names some kinds by range aliases. */
const LEXER_NAME_BY_TS_KIND = new Map<number, string>();
for (const name of Object.keys(SyntaxKind)) {
  const tsKind = (ts.SyntaxKind as unknown as Record<string, number | undefined>)[name];
  if (tsKind !== undefined && !/^(?:First|Last)/.test(name)) LEXER_NAME_BY_TS_KIND.set(tsKind, name);
}

interface TokenLine {
  tokens: string[];
  errors: string[];
}

function readTypeScript(text: string, jsx: boolean): TokenLine {
  const errors: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, jsx ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard, text, (message) => {
    if (LEXER_ERROR_CODES.has(message.code)) errors.push(`${scanner.getTokenStart()}: ${message.message}`);
  });
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    const name = LEXER_NAME_BY_TS_KIND.get(kind) ?? `no lexer kind for ${ts.SyntaxKind[kind]}`;
    tokens.push(`${name} ${scanner.getTokenStart()}-${scanner.getTokenEnd()} ${JSON.stringify(scanner.getTokenValue() ?? '')}`);
  }
  return { tokens, errors };
}

function readLexer(text: string, jsx: boolean): TokenLine {
  const errors: string[] = [];
  const scanner = new Scanner();
  scanner.setLanguageVariant(jsx ? LanguageVariant.JSX : LanguageVariant.Standard);
  scanner.setOnError((message, tokenStart) => errors.push(`${tokenStart}: ${message}`));
  scanner.setText(text);
  const tokens: string[] = [];
  for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    tokens.push(`${kindName(kind)} ${scanner.getTokenStart()}-${scanner.getTokenEnd()} ${JSON.stringify(scanner.getTokenValue())}`);
  }
  return { tokens, errors };
}

describe('Scanner agreement with TypeScript 5.9', () => {
  it.each(snippets)('%j', (text) => {
    for (const jsx of [false, true]) {
      const expected = readTypeScript(text, jsx);
      const actual = readLexer(text, jsx);
      expect(actual.tokens).toEqual(expected.tokens);
      expect(actual.errors).toEqual(expected.errors);
    }
  });
});
