import { describe, expect, it } from 'vitest';
import { hashComments, slashComments } from '../../../src/validate/suppress/text-comments.js';

describe('hashComments', () => {
  const cases: { name: string; text: string; comments: [string, number, number, number][] }[] = [
    { name: 'whole-line comment', text: '# hello\nkey: 1\n', comments: [[' hello', 1, 1, 8]] },
    { name: 'trailing comment', text: 'key: value # note\n', comments: [[' note', 1, 12, 18]] },
    { name: 'hash inside a word', text: 'url: http://host/#frag\necho $# ${#x}\n', comments: [] },
    { name: 'hash in double quotes', text: 'a: "x # y" # real\n', comments: [[' real', 1, 12, 18]] },
    { name: 'escaped double quote', text: 'a: "x \\" # y" # real\n', comments: [[' real', 1, 15, 21]] },
    { name: 'hash in single quotes', text: "a: 'it''s # here' # real\n", comments: [[' real', 1, 19, 25]] },
    { name: 'apostrophe in a word', text: "name: Don't # real\n", comments: [[' real', 1, 13, 19]] },
    { name: 'CRLF lines', text: 'a: 1\r\n  # two\r\n', comments: [[' two', 2, 3, 8]] },
    { name: 'astral characters count twice', text: 'a: "😀" # x\n', comments: [[' x', 1, 9, 12]] },
  ];

  it.each(cases)('$name', ({ text, comments }) => {
    const found = hashComments(text).map((comment) => [comment.text, comment.range.startLine, comment.range.startColumn, comment.range.endColumn]);

    expect(found).toEqual(comments);
  });
});

describe('slashComments', () => {
  it('finds line and block comments', () => {
    const text = 'a(); // one\r\nb(/* two\n  lines */);\nc("// no", \'/* no */\', `\n// no\n`);';
    const found = slashComments(text);

    expect(found).toEqual([
      { text: ' one', range: { startLine: 1, startColumn: 6, endLine: 1, endColumn: 12 } },
      { text: ' two\n  lines ', range: { startLine: 2, startColumn: 3, endLine: 3, endColumn: 11 } },
    ]);
  });

  it('reads an unclosed block to the end', () => {
    expect(slashComments('x /* open\nstill').map((comment) => comment.text)).toEqual([' open\nstill']);
  });

  it('ends a quoted string at a line break', () => {
    const found = slashComments('a = "unclosed\nb(); // after');

    expect(found.map((comment) => comment.range.startLine)).toEqual([2]);
  });
});
