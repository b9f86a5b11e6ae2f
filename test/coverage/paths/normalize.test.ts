import { describe, expect, it } from 'vitest';
import {
  ancestorFolders,
  escapesRoot,
  joinPaths,
  normalizePath,
  relativeTo,
} from '../../../src/coverage/paths/normalize.js';

describe('normalizePath', () => {
  it.each([
    ['src/x.ts', 'src/x.ts'],
    ['./src/x.ts', 'src/x.ts'],
    ['src//x.ts', 'src/x.ts'],
    ['src/./lib/../x.ts', 'src/x.ts'],
    ['../x.ts', '../x.ts'],
    ['a/../../x.ts', '../x.ts'],
    ['/app/src/x.ts', '/app/src/x.ts'],
    ['/../x.ts', '/x.ts'],
    ['C:\\agent\\_work\\1\\s\\src\\X.cs', '/agent/_work/1/s/src/X.cs'],
    ['c:/Users/dev/x.ts', '/Users/dev/x.ts'],
    ['src\\win\\x.ts', 'src/win/x.ts'],
    ['file:///home/runner/x.ts', '/home/runner/x.ts'],
    ['FILE:///home/x.ts', '/home/x.ts'],
    ['file://localhost/srv/x.ts', '/srv/x.ts'],
    ['file:///C:/agent/x.cs', '/agent/x.cs'],
    ['file:///c%3A/agent/x.cs', '/agent/x.cs'],
    ['file://server/share/x.cs', '/server/share/x.cs'],
    ['file:///home/my%20dir/%C3%A9.ts', '/home/my dir/é.ts'],
    ['file:///bad%zzescape.ts', '/bad%zzescape.ts'],
    ['docs/my%20file.md', 'docs/my%20file.md'],
    ['.', ''],
    ['', ''],
  ])('normalizes %j', (input, expected) => {
    expect(normalizePath(input)).toBe(expected);
  });
});

describe('path helpers', () => {
  it.each([
    ['a', 'b', 'a/b'],
    ['', 'b', 'b'],
    ['a', '', 'a'],
    ['a', '/abs', '/abs'],
    ['a/b', '../c', 'a/c'],
    ['a', '../../c', '../c'],
  ])('joins %j and %j', (left, right, expected) => {
    expect(joinPaths(left, right)).toBe(expected);
  });

  it.each([
    ['/r/repo/src/x.ts', '/r/repo', 'src/x.ts'],
    ['/r/repo', '/r/repo', ''],
    ['/r/repository/x.ts', '/r/repo', undefined],
    ['src/x.ts', '', 'src/x.ts'],
    ['/x.ts', '', undefined],
    ['/x.ts', '/', 'x.ts'],
  ])('finds %j relative to %j', (path, root, expected) => {
    expect(relativeTo(path, root)).toBe(expected);
  });

  it('lists ancestor folders deepest first', () => {
    expect(ancestorFolders('packages/a/coverage')).toEqual(['packages/a/coverage', 'packages/a', 'packages', '']);
    expect(ancestorFolders('')).toEqual(['']);
  });

  it.each([
    ['..', true],
    ['../x', true],
    ['..x', false],
    ['x/..y', false],
  ])('checks whether %j escapes', (path, expected) => {
    expect(escapesRoot(path)).toBe(expected);
  });
});
