import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { getLeadingCommentRanges, SyntaxKind } from '../../../../src/impact/scan/lexer/index.js';

const cases: [string, string, number][] = [
  ['comments at the start', '/// <reference types="a" />\n/* b */ // c\ncode();', 0],
  ['after a shebang', '#!/usr/bin/env node\n// a\ncode();', 0],
  ['after a byte order mark', '\ufeff// a\ncode();', 0],
  ['trailing comment of the previous token is skipped', 'a; // trailing\n// leading\nb;', 2],
  ['from a line break', 'x\n// a\n/* b */ c', 1],
  ['U+2028 does not start collecting', 'x \u2028// a\nb', 1],
  ['unterminated block comment', '/* open', 0],
  ['no comments', 'code();', 0],
];

describe('getLeadingCommentRanges', () => {
  it.each(cases)('%s', (_name, text, pos) => {
    const expected = (ts.getLeadingCommentRanges(text, pos) ?? []).map((range) => ({
      kind: range.kind === ts.SyntaxKind.SingleLineCommentTrivia ? SyntaxKind.SingleLineCommentTrivia : SyntaxKind.MultiLineCommentTrivia,
      pos: range.pos,
      end: range.end,
    }));
    expect(getLeadingCommentRanges(text, pos)).toEqual(expected);
  });

  it('returns kinds and offsets of line and block comments', () => {
    expect(getLeadingCommentRanges('// a\n/* b */ c', 0)).toEqual([
      { kind: SyntaxKind.SingleLineCommentTrivia, pos: 0, end: 4 },
      { kind: SyntaxKind.MultiLineCommentTrivia, pos: 5, end: 12 },
    ]);
  });
});
