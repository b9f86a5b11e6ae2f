import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { goModuleFilePath, parseGoModulePath } from '../../../src/coverage/paths/go-modules.js';
import { readGoModules } from '../../../src/coverage/paths/read-go-modules.js';

describe('parseGoModulePath', () => {
  it.each([
    ['module example.com/sample\n\ngo 1.22\n', 'example.com/sample'],
    ['// comment\nmodule   example.com/x // trailing\n', 'example.com/x'],
    ['module "example.com/quoted"\n', 'example.com/quoted'],
    ['module `example.com/raw`\n', 'example.com/raw'],
    ['module (\n\texample.com/block\n)\n', 'example.com/block'],
    ['go 1.22\nrequire example.com/dep v1.0.0\n', undefined],
    ['// module example.com/commented\n', undefined],
    ['', undefined],
  ])('reads %j', (text, expected) => {
    expect(parseGoModulePath(text)).toBe(expected);
  });
});

describe('goModuleFilePath', () => {
  const modules = [
    { dir: '', modulePath: 'example.com/sample' },
    { dir: 'tools', modulePath: 'example.com/sample/tools' },
  ];

  it.each([
    ['example.com/sample/pkg/x.go', 'pkg/x.go'],
    ['example.com/sample/tools/gen/main.go', 'tools/gen/main.go'],
    ['example.com/samplex/pkg/x.go', undefined],
    ['other.org/pkg/x.go', undefined],
  ])('maps %j', (importPath, expected) => {
    expect(goModuleFilePath(importPath, modules)).toBe(expected);
  });
});

describe('readGoModules', () => {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  function write(root: string, path: string, text: string): void {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }

  it('reads tracked go.mod files and skips links', async () => {
    const root = mkdtempSync(join(tmpdir(), 'testmaster-gomod-'));
    const outside = mkdtempSync(join(tmpdir(), 'testmaster-outside-'));
    folders.push(root, outside);
    write(root, 'go.mod', 'module example.com/root\n');
    write(root, 'sub/go.mod', 'module example.com/root/sub\n');
    write(root, 'untracked/go.mod', 'module example.com/untracked\n');
    write(root, 'empty/go.mod', 'go 1.22\n');
    write(outside, 'go.mod', 'module example.com/outside\n');
    mkdirSync(join(root, 'link'));
    symlinkSync(join(outside, 'go.mod'), join(root, 'link/go.mod'));

    const modules = await readGoModules(root, ['go.mod', 'sub/go.mod', 'empty/go.mod', 'link/go.mod', 'missing/go.mod', 'x.go']);

    expect(modules).toEqual([
      { dir: '', modulePath: 'example.com/root' },
      { dir: 'sub', modulePath: 'example.com/root/sub' },
    ]);
  });
});
