// Builds one ncc bundle per action and one for the CLI under dist/.
// CI rebuilds and compares with the committed dist/, so the output must depend
// only on the sources and the locked dependencies. Bundles are built into a
// temporary folder first, so a failed build leaves the committed dist/ intact.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeScriptChunkList } from './script-chunks.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle name (folder under dist/) and entry module. */
export const BUNDLES = [
  ['coverage-gate', 'src/actions/coverage-gate/main.ts'],
  ['impact-analysis', 'src/actions/impact-analysis/main.ts'],
  ['static-validate', 'src/actions/static-validate/main.ts'],
  ['suite', 'src/actions/suite/main.ts'],
  ['cli', 'src/cli/main.ts'],
];

const only = process.argv.slice(2);
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');
const staging = mkdtempSync(join(tmpdir(), 'testmaster-build-'));

try {
  const built = [];
  for (const [name, entry] of BUNDLES) {
    if (only.length > 0 && !only.includes(name)) continue;
    // ncc compiles with src/tsconfig.json. Its transpile-only mode was tried
    // and emits CommonJS for NodeNext modules, which breaks the ESM-only
    // toolkit packages, so the full compile is kept.
    execFileSync(
      process.execPath,
      [ncc, 'build', join(root, entry), '-o', join(staging, name), '--target', 'es2022', '--no-source-map-register', '--quiet'],
      { stdio: 'inherit', cwd: root },
    );
    // The CLI loads the chunks on this list as scripts with a code cache (src/cli/code-cache/).
    if (name === 'cli') writeScriptChunkList(join(staging, name));
    built.push(name);
  }
  for (const name of built) {
    rmSync(join(root, 'dist', name), { recursive: true, force: true });
    cpSync(join(staging, name), join(root, 'dist', name), { recursive: true });
  }
} finally {
  rmSync(staging, { recursive: true, force: true });
}
