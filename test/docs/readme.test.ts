import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error The script is plain JavaScript without type declarations.
import { END, START, renderReference } from '../../scripts/config-reference.mjs';
import { TOOL_VERSION } from '../../src/version.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const schema = JSON.parse(readFileSync(new URL('../../schema/testmaster.schema.json', import.meta.url), 'utf8'));
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));

describe('README', () => {
  it('holds the current config reference', () => {
    const start = readme.indexOf(START) + START.length;
    const end = readme.indexOf(END);
    expect(readme.slice(start, end).trim()).toBe((renderReference(schema) as string).trim());
  });
});

describe('version', () => {
  it('equals package.json', () => {
    expect(TOOL_VERSION).toBe(packageJson.version);
  });
});
