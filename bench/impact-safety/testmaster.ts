/**
 * Runs `testmaster impact` on one commit and reads its selection from the
 * JSON result.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestMasterSelection {
  /** Test files with `need: run`. */
  run: string[];
  /** Test files with `need: type-check`, which a test run leaves out. */
  typeCheck: string[];
  runAll: boolean;
  runAllReasons: string[];
  seconds: number;
}

interface ImpactJson {
  affectedTests: { path: string; need: 'run' | 'type-check' }[];
  runAll: { enabled: boolean; reasons: { trigger: string; file: string; detail: string }[] };
}

export function selectWithTestMaster(cli: string, directory: string, parent: string, commit: string): TestMasterSelection {
  const folder = mkdtempSync(join(tmpdir(), 'impact-safety-tm-'));
  const jsonFile = join(folder, 'impact.json');
  const start = performance.now();
  try {
    const child = spawnSync(process.execPath, [cli, 'impact', '--base', parent, '--head', commit, '--json', jsonFile, '-C', directory], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (!existsSync(jsonFile)) throw new Error(`testmaster impact wrote no JSON (exit ${child.status}):\n${child.stderr.slice(-2000)}${child.stdout.slice(-2000)}`);
    const result = JSON.parse(readFileSync(jsonFile, 'utf8')) as ImpactJson;
    if (typeof result.runAll?.enabled !== 'boolean') throw new Error(`testmaster impact JSON has no boolean runAll.enabled: ${JSON.stringify(result.runAll)}`);
    const reasons = result.runAll.reasons.map((reason) => `${reason.trigger}: ${reason.file}`);
    return {
      run: result.affectedTests.filter((test) => test.need === 'run').map((test) => test.path),
      typeCheck: result.affectedTests.filter((test) => test.need === 'type-check').map((test) => test.path),
      runAll: result.runAll.enabled,
      runAllReasons: reasons,
      seconds: (performance.now() - start) / 1000,
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Returns what `testmaster impact --explain FILE` prints about why FILE was or was not selected. */
export function explainWithTestMaster(cli: string, directory: string, parent: string, commit: string, file: string): string {
  const child = spawnSync(process.execPath, [cli, 'impact', '--base', parent, '--head', commit, '--explain', file, '-C', directory], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  // The explanation is the last section of the text report, after the "Explanations" heading.
  const lines = child.stdout.split('\n');
  const heading = lines.findIndex((line) => line.trim() === 'Explanations');
  if (heading === -1) return `no explanation in the output (exit ${child.status})`;
  return lines
    .slice(heading + 1)
    .map((line) => line.trim())
    .filter((line) => line !== '' && line !== file)
    .join(' ');
}
