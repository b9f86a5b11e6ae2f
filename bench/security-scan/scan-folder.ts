/**
 * Runs the security rules and the secret detector over a folder and prints
 * every finding and the time spent, to review false positives on real code:
 *
 *   npx tsx bench/security-scan/scan-folder.ts FOLDER [--max FILES]
 *
 * It reads `.js`, `.mjs`, `.cjs`, `.ts`, `.mts`, `.cts`, `.tsx`, `.jsx`,
 * `.json`, `.md`, `.yml`, `.yaml` and `.env` files under 600 KB, following
 * symbolic links, in directory order, and prints findings with their source line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Finding } from '../../src/validate/model.js';
import { parseScript, scriptLanguageOf } from '../../src/validate/parse/parse-source.js';
import { secretFindings, securityFindings } from '../../src/validate/security/index.js';

const MAX_FILE_BYTES = 600 * 1024;
const READ_EXTENSIONS = /\.(?:[cm]?[jt]sx?|json|md|ya?ml|env)$/;

function listFiles(folder: string, max: number): string[] {
  const files: string[] = [];
  const pending = [folder];
  while (pending.length > 0 && files.length < max) {
    const current = pending.shift()!;
    for (const entry of readdirSync(current).sort()) {
      const path = join(current, entry);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats) continue;
      if (stats.isDirectory()) pending.push(path);
      else if (stats.size <= MAX_FILE_BYTES && READ_EXTENSIONS.test(entry) && files.length < max) files.push(path);
    }
  }
  return files;
}

function main(argv: string[]): void {
  const folder = argv[0];
  if (!folder) throw new Error('Missing FOLDER: npx tsx bench/security-scan/scan-folder.ts FOLDER [--max FILES]');
  const maxIndex = argv.indexOf('--max');
  const max = maxIndex >= 0 ? Number(argv[maxIndex + 1]) : Number.POSITIVE_INFINITY;

  const counts = new Map<string, number>();
  let parseMilliseconds = 0;
  let ruleMilliseconds = 0;
  let secretMilliseconds = 0;
  const files = listFiles(folder, max);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const path = relative(folder, file);
    const findings: Finding[] = [];

    let start = performance.now();
    findings.push(...secretFindings({ path, text }));
    secretMilliseconds += performance.now() - start;

    if (scriptLanguageOf(path) !== null && !path.endsWith('.d.ts')) {
      start = performance.now();
      const outcome = parseScript({ path, text });
      parseMilliseconds += performance.now() - start;
      start = performance.now();
      if (outcome.ok) findings.push(...securityFindings(outcome.script));
      ruleMilliseconds += performance.now() - start;
    }

    const lines = text.split(/\r?\n/);
    for (const finding of findings) {
      counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
      const line = lines[finding.range.startLine - 1]?.trim().slice(0, 120) ?? '';
      console.log(`${finding.ruleId} ${path}:${finding.range.startLine}:${finding.range.startColumn} ${finding.message}\n    ${line}`);
    }
  }

  console.log(`\n${files.length} files; parse ${parseMilliseconds.toFixed(0)} ms, script rules ${ruleMilliseconds.toFixed(0)} ms, secrets ${secretMilliseconds.toFixed(0)} ms`);
  for (const [ruleId, count] of [...counts].sort()) console.log(`${ruleId}: ${count}`);
}

main(process.argv.slice(2));
