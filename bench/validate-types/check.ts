/**
 * The process that the benchmark times for TestMaster: runs the types
 * validator on one tsconfig and prints one JSON line with the number of
 * findings and the validator's own duration.
 *
 *   node check.mjs <root> <tsconfig> <auto|api|cli> [<cache folder>]
 */
import { runTypeCheck } from '../../src/validate/types/index.js';

const [root, tsconfig, compiler, cacheDir] = process.argv.slice(2);
if (root === undefined || tsconfig === undefined || (compiler !== 'auto' && compiler !== 'api' && compiler !== 'cli')) {
  console.error('usage: check.mjs <root> <tsconfig> <auto|api|cli> [<cache folder>]');
  process.exit(2);
}

const result = await runTypeCheck({
  root,
  settings: { projects: [tsconfig], compiler, incremental: cacheDir !== undefined },
  cacheDir: cacheDir ?? null,
});
console.log(JSON.stringify({ findings: result.findings.length, durationMs: result.durationMs, skippedReason: result.skippedReason ?? null }));
