import { describe, expect, it } from 'vitest';
import { baseCommitWarning, type BaseCommitCheck } from '../../src/coverage/base-commit-warning.js';

const MERGE_BASE = 'df0a6f1'.padEnd(40, '0');
const OTHER = '287b47a'.padEnd(40, '1');

function check(summaryCommit: string, mergeBase = MERGE_BASE): BaseCommitCheck {
  return { summaryCommit, mergeBase, base: 'main', head: 'HEAD', summaryName: 'The base summary base.json' };
}

describe('baseCommitWarning', () => {
  it.each([
    ['the merge base itself', check(MERGE_BASE)],
    ['the merge base in upper case', check(MERGE_BASE.toUpperCase())],
    ['a base report measured in this run', check('the base report base.info')],
  ])('stays silent for %s', (_case, input) => {
    expect(baseCommitWarning(input)).toBeNull();
  });

  it('names both commits for another commit', () => {
    const warning = baseCommitWarning(check(OTHER));

    expect(warning).toContain('The base summary base.json is of commit 287b47a, not of df0a6f1, the merge base of main and HEAD.');
    expect(warning).toContain('compares HEAD with 287b47a');
    expect(warning).toContain('write the summary on df0a6f1');
  });
});
