import { describe, expect, it } from 'vitest';
import { safeLogText } from '../../src/actions/log-text.js';

describe('safeLogText', () => {
  it.each([
    ['::stop-commands::token', ':\u200B:stop-commands::token'],
    ['  ::add-mask::x', '  :\u200B:add-mask::x'],
    ['Read a.info\n::error::forged', 'Read a.info\n:\u200B:error::forged'],
    ['plain text', 'plain text'],
  ])('neutralizes %j', (input, expected) => {
    expect(safeLogText(input)).toBe(expected);
  });

  it('replaces terminal escapes', () => {
    expect(safeLogText('a\u001b]0;title\u0007b')).not.toMatch(/[\u001b\u0007]/);
  });
});
