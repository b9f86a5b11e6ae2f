import { describe, expect, it } from 'vitest';
import { chooseCompiler, type CompilerPackage } from '../../../src/validate/types/locate-compiler.js';

const TS5: CompilerPackage = { name: 'typescript', version: '5.9.3', folder: '/r/node_modules/typescript', hasApi: true, cliEntry: '/r/node_modules/typescript/bin/tsc' };
const TS7: CompilerPackage = { name: 'typescript', version: '7.0.0', folder: '/r/node_modules/typescript', hasApi: false, cliEntry: '/r/node_modules/typescript/bin/tsc.js' };
const NATIVE: CompilerPackage = {
  name: '@typescript/native-preview',
  version: '7.0.0-dev.20260707.2',
  folder: '/r/node_modules/@typescript/native-preview',
  hasApi: false,
  cliEntry: '/r/node_modules/@typescript/native-preview/bin/tsgo.js',
};

describe('chooseCompiler', () => {
  it.each([
    { name: 'TypeScript 5 in auto mode', typescript: TS5, native: null, mode: 'auto', expected: { kind: 'typescript', mode: 'api', version: '5.9.3' } },
    { name: 'TypeScript 5 in cli mode', typescript: TS5, native: null, mode: 'cli', expected: { kind: 'typescript', mode: 'cli', version: '5.9.3' } },
    { name: 'TypeScript 7 in auto mode', typescript: TS7, native: null, mode: 'auto', expected: { kind: 'native', mode: 'cli', version: '7.0.0' } },
    { name: 'native preview alone', typescript: null, native: NATIVE, mode: 'auto', expected: { kind: 'native', mode: 'cli', version: NATIVE.version } },
    { name: 'TypeScript 5 before the native preview', typescript: TS5, native: NATIVE, mode: 'auto', expected: { kind: 'typescript', mode: 'api', version: '5.9.3' } },
    { name: 'api mode with both', typescript: TS5, native: NATIVE, mode: 'api', expected: { kind: 'typescript', mode: 'api', version: '5.9.3' } },
  ] as const)('picks $name', ({ typescript, native, mode, expected }) => {
    const choice = chooseCompiler(typescript, native, mode);
    expect(choice.ok).toBe(true);
    if (choice.ok) expect(choice.compiler.info).toMatchObject(expected);
  });

  it.each([
    { name: 'no compiler', typescript: null, native: null, mode: 'auto', reason: /no TypeScript compiler was found.*npm install --save-dev typescript/ },
    { name: 'api mode with TypeScript 7', typescript: TS7, native: null, mode: 'api', reason: /has no JavaScript compiler API.*"cli"/ },
    { name: 'api mode with no compiler', typescript: null, native: null, mode: 'api', reason: /no TypeScript compiler was found/ },
    { name: 'a package without a bin', typescript: { ...TS7, cliEntry: null }, native: null, mode: 'cli', reason: /has no command-line program/ },
  ] as const)('skips with $name', ({ typescript, native, mode, reason }) => {
    const choice = chooseCompiler(typescript, native, mode);
    expect(choice.ok).toBe(false);
    if (!choice.ok) expect(choice.reason).toMatch(reason);
  });
});
