import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { moduleSyntaxIn, SCRIPT_CHUNKS_FILE, writeScriptChunkList } from '../../scripts/script-chunks.mjs';

const HEADER = 'export const id = 7;\nexport const ids = [7];\nexport const modules = ';

/** Returns a chunk as webpack writes it, with `body` inside its one module. */
function chunk(body: string): string {
  return `${HEADER}{\n\n/***/ 12:\n/***/ ((module) => {\n${body}\n/***/ })\n\n};\n`;
}

describe('moduleSyntaxIn', () => {
  it.each([
    ['plain code', 'module.exports = 1;'],
    ['import( in comments and strings', "// import('a')\n/* import.meta.url */\nmodule.exports = ['import(\"b\")', `import.meta`];"],
    ["webpack's comment", 'Promise.all(/* import() */[]);'],
    ['a method named import', 'const loader = { import(path) { return path; } };\nloader.import("x");'],
  ])('accepts %s', (_case, body) => {
    expect(moduleSyntaxIn('7.index.js', chunk(body))).toBeUndefined();
  });

  it.each([
    ['a dynamic import', "const lazy = () => import('node:path');", 'import() at line 7'],
    ['import.meta', 'module.exports = import.meta.url;', 'import.meta at line 7'],
    ['a syntax error', 'module.exports = (;', 'syntax error'],
  ])('rejects %s', (_case, body, reason) => {
    expect(moduleSyntaxIn('7.index.js', chunk(body))).toContain(reason);
  });

  it('rejects an import before the header', () => {
    expect(moduleSyntaxIn('7.index.js', `import { createRequire } from "module";\n${chunk('')}`)).toBe('no webpack chunk header');
  });

  it('rejects a statement after the modules', () => {
    expect(moduleSyntaxIn('7.index.js', `${chunk('module.exports = 1;')}export const runtime = () => {};\n`)).toBe('another import or export statement');
  });
});

describe('writeScriptChunkList', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder !== undefined) rmSync(folder, { recursive: true, force: true });
  });

  it('lists qualifying chunks by name', () => {
    folder = mkdtempSync(join(tmpdir(), 'script-chunks-'));
    writeFileSync(join(folder, 'index.js'), 'import "./2.index.js";\n');
    writeFileSync(join(folder, '2.index.js'), chunk('module.exports = 2;'));
    writeFileSync(join(folder, '10.index.js'), chunk('module.exports = 10;'));
    writeFileSync(join(folder, '5.index.js'), chunk('module.exports = import.meta.url;'));
    writeFileSync(join(folder, 'notes.txt'), 'not a chunk');

    const leftOut = writeScriptChunkList(folder);

    expect(JSON.parse(readFileSync(join(folder, SCRIPT_CHUNKS_FILE), 'utf8'))).toEqual({ chunks: ['10.index.js', '2.index.js'] });
    expect(leftOut).toEqual(['5.index.js: import.meta at line 7']);
  });
});
