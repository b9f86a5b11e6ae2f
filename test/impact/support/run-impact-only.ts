/** Runs the impact stage alone through `runCheck`, as the stage tests need it. */
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import type { ImpactJson } from '../../../src/impact/report/result-json.js';
import { fileScanCacheStore } from '../../../src/impact/stage/scan-cache-store.js';
import type { RunReport, StageReport } from '../../../src/report/document.js';
import { recordingLogger } from '../../../src/run/logger.js';
import { runCheck } from '../../../src/run/run-check.js';

export interface ImpactOnlyOptions {
  headSource?: 'working-tree' | 'commit';
  /** Files that `--explain` names. */
  explain?: string[];
  /** Scan cache file. Without it the stage scans every file. */
  cachePath?: string;
}

export interface ImpactOnlyRun {
  report: RunReport;
  stage: StageReport;
  json: ImpactJson & { explanations?: { path: string; selected: boolean; lines: string[] }[] };
  /** Lines that the stage logged. */
  log: string[];
}

/** Runs only the impact stage on `dir`, without coverage, and reads the fixture's config. */
export async function runImpactOnly(dir: string, change: ChangeRequest, options: ImpactOnlyOptions = {}): Promise<ImpactOnlyRun> {
  const log = recordingLogger();
  const cachePath = options.cachePath;
  const result = await runCheck({
    root: dir,
    overrides: [],
    stages: ['impact'],
    diff: null,
    base: () => ({ kind: 'none', reason: 'These tests measure no coverage.' }),
    change,
    headSource: options.headSource ?? 'working-tree',
    ...(options.explain ? { explain: options.explain } : {}),
    ...(cachePath ? { scanCache: () => fileScanCacheStore(cachePath, options.headSource ?? 'working-tree') } : {}),
    log,
  });
  const stage = result.report.stages[0]!;
  return { report: result.report, stage, json: stage.json as ImpactOnlyRun['json'], log: log.lines };
}
