import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mayWriteBuildInfo } from '../../../src/validate/types/build-info-option.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

describe('mayWriteBuildInfo', () => {
  it.each([
    { name: 'a plain config', files: { 'tsconfig.json': '{ "compilerOptions": { "strict": true } }' }, expected: false },
    { name: 'incremental', files: { 'tsconfig.json': '{ "compilerOptions": { "incremental": true } }' }, expected: true },
    { name: 'composite', files: { 'tsconfig.json': '{ "compilerOptions": { "composite": true, } }' }, expected: true },
    {
      name: 'composite from a relative base',
      files: { 'tsconfig.json': '{ "extends": "./base" }', 'base.json': '{ "compilerOptions": { "composite": true } }' },
      expected: true,
    },
    {
      name: 'a base turned off by the extending config',
      files: { 'tsconfig.json': '{ "extends": "./base.json", "compilerOptions": { "incremental": false } }', 'base.json': '{ "compilerOptions": { "incremental": true } }' },
      expected: false,
    },
    {
      name: 'the last entry of an extends array',
      files: {
        'tsconfig.json': '{ "extends": ["./on.json", "./off.json"] }',
        'on.json': '{ "compilerOptions": { "incremental": true } }',
        'off.json': '{ "compilerOptions": { "incremental": false } }',
      },
      expected: false,
    },
    {
      name: 'a base from a package',
      files: {
        'tsconfig.json': '{ "extends": "@scope/config/base" }',
        'node_modules/@scope/config/base.json': '{ "compilerOptions": { "incremental": true } }',
      },
      expected: true,
    },
    { name: 'a missing base, which only the compiler can judge', files: { 'tsconfig.json': '{ "extends": "./gone.json" }' }, expected: true },
    { name: 'a config that cannot be parsed', files: { 'tsconfig.json': '{ "compilerOptions": ' }, expected: true },
  ])('answers $expected for $name', ({ files, expected }) => {
    const root = temporaryFolder('types-build-info-');
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), text);
    }
    expect(mayWriteBuildInfo(join(root, 'tsconfig.json'))).toBe(expected);
  });
});
