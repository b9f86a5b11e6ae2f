import { describe, expect, it } from 'vitest';
import { changedLinesIn, defaultReportsIn, patchFolderNote } from '../../src/coverage/working-folder.js';

describe('defaultReportsIn', () => {
  it.each([
    { folder: '', expected: ['coverage/lcov.info', 'packages/*/coverage/lcov.info'] },
    { folder: 'packages/api', expected: ['packages/api/coverage/lcov.info', 'packages/api/packages/*/coverage/lcov.info'] },
  ])('starts at "$folder"', ({ folder, expected }) => {
    expect(defaultReportsIn(folder, ['coverage/lcov.info', 'packages/*/coverage/lcov.info'])).toEqual(expected);
  });
});

describe('changedLinesIn', () => {
  const changed = new Map([
    ['packages/api/src/x.js', [1, 2]],
    ['packages/api-client/src/x.js', [3]],
    ['packages/web/src/x.js', [4]],
    ['README.md', [5]],
  ]);

  it('keeps every file at the root', () => {
    expect(changedLinesIn('', changed)).toBe(changed);
  });

  it('keeps files below the folder only', () => {
    expect([...changedLinesIn('packages/api', changed)]).toEqual([['packages/api/src/x.js', [1, 2]]]);
  });
});

describe('patchFolderNote', () => {
  it('names a subfolder', () => {
    expect(patchFolderNote('packages/api')).toBe('Patch coverage counts the changed files under packages/api, the working directory, only.');
  });

  it('is null at the root', () => {
    expect(patchFolderNote('')).toBeNull();
  });
});
