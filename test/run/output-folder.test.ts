import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeParentFolders } from '../../src/run/output-folder.js';
import { temporaryFolder } from '../support/temporary-folder.js';

describe('makeParentFolders', () => {
  it('creates every missing folder', () => {
    const root = temporaryFolder('output-folder-');
    makeParentFolders(join(root, 'a', 'b', 'out.sarif'));
    expect(existsSync(join(root, 'a', 'b'))).toBe(true);
    expect(existsSync(join(root, 'a', 'b', 'out.sarif'))).toBe(false);
  });

  it('accepts an existing folder', () => {
    const root = temporaryFolder('output-folder-');
    expect(() => makeParentFolders(join(root, 'out.sarif'))).not.toThrow();
  });

  it.runIf(existsSync('/proc/self'))('fails at once under /proc', () => {
    expect(() => makeParentFolders('/proc/testmaster-missing/out.sarif')).toThrow(/ENOENT|EACCES|EPERM/);
  });
});
