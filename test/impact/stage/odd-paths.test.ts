/**
 * Paths with a backslash, quote, tab, line feed or a byte that is not UTF-8,
 * through the whole impact stage. The JSON result keeps them exact. The
 * terminal report, the Markdown report, the Mermaid chart and `--explain`
 * show each one once and readably.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeGitPath } from '../../../src/git/git-path.js';
import { renderMarkdown } from '../../../src/report/markdown.js';
import { renderTerminal } from '../../../src/report/terminal.js';
import { TestRepo } from '../../git/fixture.js';
import { runImpactOnly } from '../support/run-impact-only.js';

const repos: TestRepo[] = [];

afterEach(() => {
  for (const repo of repos.splice(0)) repo.remove();
});

const IMPORT_A = 'import { a } from "../src/a";\ntest("a", () => a);\n';

/** Test files that import src/a.ts, by the path the JSON result shows. The last one's name is Latin-1, not UTF-8. */
const ODD_TESTS = ['test/back\\slash.test.ts', 'test/quo"te.test.ts', 'test/tab\tname.test.ts', 'test/new\nline.test.ts', 'test/lat\udce9.test.ts'];

/**
 * Creates a repository whose `feature` branch changes src/a.ts and the file with a
 * backslash in its name, which is the largest change, so the risk details name it.
 */
function oddRepository(): TestRepo {
  const repo = TestRepo.create('testmaster-odd-paths-');
  repos.push(repo);
  repo.write('package.json', JSON.stringify({ name: 'odd', private: true, devDependencies: { vitest: '^4.0.0' } }));
  repo.write('src/a.ts', 'export const a = 1;\n');
  repo.write('src/we\\ird.ts', 'export const b = 1;\n');
  repo.write('test/a.test.ts', IMPORT_A);
  mkdirSync(join(repo.dir, 'test'), { recursive: true });
  for (const path of ODD_TESTS) writeFileSync(Buffer.concat([Buffer.from(`${repo.dir}/`), encodeGitPath(path)]), IMPORT_A);
  repo.commit('Add the modules and tests');
  repo.git('checkout', '--quiet', '-b', 'feature');
  repo.write('src/a.ts', 'export const a = 2;\n');
  repo.write('src/we\\ird.ts', 'export const b = 1;\nexport const c = 2;\nexport const d = 3;\nexport const e = 4;\n');
  repo.commit('Change the modules');
  return repo;
}

async function analyse(repo: TestRepo, explain: string[] = []) {
  const { report, json } = await runImpactOnly(repo.dir, { kind: 'local', base: 'main' }, { explain });
  return { json, terminal: renderTerminal(report), markdown: renderMarkdown(report) };
}

describe('impact stage with odd paths', () => {
  it('keeps paths exact in JSON', async () => {
    const { json } = await analyse(oddRepository());

    expect(json.changedFiles.map((file) => file.path)).toEqual(['src/a.ts', 'src/we\\ird.ts']);
    expect(json.affectedTests.map((test) => test.path).sort()).toEqual(['test/a.test.ts', ...ODD_TESTS].sort());
    expect(json.warnings).toEqual([]);
  });

  it('selects a test whose name is not UTF-8', async () => {
    const { json } = await analyse(oddRepository());

    const latin = json.affectedTests.find((test) => test.path === 'test/lat\udce9.test.ts');
    expect(latin?.evidence.kind).toBe('chain');
  });

  it('shows each path once in the terminal', async () => {
    const { terminal } = await analyse(oddRepository());

    expect(terminal).toContain('test/back\\slash.test.ts  ');
    expect(terminal).toContain('test/quo"te.test.ts  ');
    expect(terminal).toContain('test/tab\u2409name.test.ts  ');
    expect(terminal).toContain('test/new\u240aline.test.ts  ');
    expect(terminal).toContain('test/lat\ufffd.test.ts  ');
    expect(terminal).toContain('the largest change is "src/we\\ird.ts"');
    expect(terminal).not.toContain('\\\\');
    expect(terminal).not.toContain('\\u');
  });

  it('encodes each path once in Markdown', async () => {
    const { markdown } = await analyse(oddRepository());

    expect(markdown).toContain('`test/back\\slash.test.ts`');
    expect(markdown).toContain('`test/new\u240aline.test.ts`');
    // Markdown escapes the backslash and the period, so the text reads src/we\ird.ts once rendered.
    expect(markdown).toContain('the largest change is "src/we\\\\ird\\.ts"');
    expect(markdown).toContain('["test/back#92;slash.test.ts"]');
    expect(markdown).toContain('["test/new#9226;line.test.ts"]');
    expect(markdown).toContain('["test/lat#65533;.test.ts"]');
  });

  it('explains paths as the shell passes them', async () => {
    // Node decodes a command-line argument that is not UTF-8 with U+FFFD in place of the byte.
    const { json, terminal } = await analyse(oddRepository(), ['test/back\\slash.test.ts', 'test/lat\ufffd.test.ts']);

    expect(json.explanations?.map((explanation) => explanation.path)).toEqual(['test/back\\slash.test.ts', 'test/lat\udce9.test.ts']);
    expect(json.explanations?.map((explanation) => explanation.selected)).toEqual([true, true]);
    expect(terminal).toContain('test/back\\slash.test.ts is a test file that imports a changed file through 1 edge, so it runs:');
    expect(terminal).toContain('test/lat\ufffd.test.ts is a test file that imports a changed file through 1 edge, so it runs:');
  });
});
