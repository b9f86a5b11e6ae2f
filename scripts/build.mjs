// Builds one ncc bundle per action and one for the CLI under dist/.
// CI rebuilds and compares with the committed dist/, so the output must depend
// only on the sources and the locked dependencies.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle name (folder under dist/) and entry module. */
export const BUNDLES = [
  ['coverage-gate', 'src/actions/coverage-gate/main.ts'],
  ['suite', 'src/actions/suite/main.ts'],
  ['cli', 'src/cli/main.ts'],
];

const only = process.argv.slice(2);
const ncc = join(root, 'node_modules', '@vercel', 'ncc', 'dist', 'ncc', 'cli.js');

for (const [name, entry] of BUNDLES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const out = join(root, 'dist', name);
  rmSync(out, { recursive: true, force: true });
  // ncc compiles with the project's TypeScript and tsconfig. Its transpile-only
  // mode was tried and emits CommonJS for NodeNext modules, which breaks the
  // ESM-only toolkit packages, so the full compile is kept.
  execFileSync(
    process.execPath,
    [ncc, 'build', join(root, entry), '-o', out, '--target', 'es2022', '--no-source-map-register', '--quiet'],
    { stdio: 'inherit', cwd: root },
  );
}
