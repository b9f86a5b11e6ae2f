import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryFiles } from '../../../src/validate/external/repository-files.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

describe('repositoryFiles', () => {
  it.each([
    { path: 'src/a.ts', text: 'export const a = 1;\n' },
    { path: 'alias/a.ts', text: 'export const a = 1;\n' },
    { path: 'ext/secret.txt', text: undefined },
    { path: 'link.txt', text: undefined },
    { path: 'gone.ts', text: undefined },
  ])('reads $path only inside the repository', ({ path, text }) => {
    const root = temporaryFolder('testmaster-files-');
    const outside = temporaryFolder('testmaster-outside-');
    writeFileSync(join(outside, 'secret.txt'), 'outside the repository\n');
    mkdirSync(join(root, 'src'));
    writeFileSync(join(root, 'src', 'a.ts'), 'export const a = 1;\n');
    symlinkSync(join(root, 'src'), join(root, 'alias'));
    symlinkSync(outside, join(root, 'ext'));
    symlinkSync(join(outside, 'secret.txt'), join(root, 'link.txt'));

    const files = repositoryFiles(root);

    expect(files.readText(path)).toBe(text);
    expect(files.isFile(path)).toBe(text !== undefined);
  });
});
