import { describe, expect, it } from 'vitest';
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import { calleeName, collectModuleBindings } from '../../../src/validate/security/module-bindings.js';

/** The resolved name of the callee of the last statement, which must be a call. */
function lastCalleeName(text: string): string | null {
  const outcome = parseScript({ path: 'src/a.ts', text });
  if (!outcome.ok) throw new Error(outcome.error.message);
  const statement = outcome.script.program.body.at(-1) as TSESTree.ExpressionStatement;
  let call = statement.expression;
  if (call.type === 'AwaitExpression') call = call.argument;
  if (call.type !== 'CallExpression' && call.type !== 'NewExpression') throw new Error('The last statement is no call');
  return calleeName(call.callee, collectModuleBindings(outcome.script.program));
}

const CASES: Array<[string, string | null]> = [
  ["import { exec } from 'child_process';\nexec(c);", 'child_process.exec'],
  ["import { exec as run } from 'node:child_process';\nrun(c);", 'child_process.exec'],
  ["import * as cp from 'child_process';\ncp.exec(c);", 'child_process.exec'],
  ["import cp from 'node:child_process';\ncp.execSync(c);", 'child_process.execSync'],
  ["const cp = require('child_process');\ncp.spawn(c);", 'child_process.spawn'],
  ["const { execSync: run } = require('child_process');\nrun(c);", 'child_process.execSync'],
  ["const exec = require('child_process').exec;\nexec(c);", 'child_process.exec'],
  ["require('node:child_process').exec(c);", 'child_process.exec'],
  ["const cp = await import('node:child_process');\ncp.exec(c);", 'child_process.exec'],
  ["import util from 'util';\nimport { exec } from 'child_process';\nconst run = util.promisify(exec);\nrun(c);", 'child_process.exec'],
  ["import fs from 'fs';\nfs.promises.readFile(p);", 'fs.readFile'],
  ["import { promises as fsp } from 'node:fs';\nfsp.writeFile(p);", 'fs.writeFile'],
  ["import { readFile } from 'node:fs/promises';\nreadFile(p);", 'fs.readFile'],
  ["import fse from 'fs-extra';\nfse.remove(p);", 'fs.remove'],
  ["import { join } from 'path';\njoin(a, b);", 'path.join'],
  ["import path from 'node:path';\npath.posix.join(a, b);", 'path.posix.join'],
  ['exec(c);', null],
  ["import { exec } from './exec.js';\nexec(c);", './exec.js.exec'],
];

describe('calleeName', () => {
  it.each(CASES)('resolves %j', (text, expected) => {
    expect(lastCalleeName(text)).toBe(expected);
  });
});
