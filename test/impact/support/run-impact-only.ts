/** Runs the impact stage alone through `runCheck`, as the stage tests need it. */
import type { ChangeRequest } from '../../../src/impact/change/detect-change.js';
import type { ImpactJson } from '../../../src/impact/report/result-json.js';
import type { RunReport, StageReport } from '../../../src/report/document.js';
import { recordingLogger } from '../../../src/run/logger.js';
import { runCheck } from '../../../src/run/run-check.js';

export interface ImpactOnlyOptions {
  headSource?: 'working-tree' | 'commit';
  /** Files that `--explain` names. */
  explain?: string[];
}

export interface ImpactOnlyRun {
  report: RunReport;
  stage: StageReport;
  json: ImpactJson & { explanations?: { path: string; selected: boolean; lines: string[] }[] };
}

/** Runs only the impact stage on `dir`, without coverage and without a scan cache. */
export async function runImpactOnly(dir: string, change: ChangeRequest, options: ImpactOnlyOptions = {}): Promise<ImpactOnlyRun> {
  const result = await runCheck({
    root: dir,
    overrides: [],
    stages: ['impact'],
    diff: null,
    base: () => ({ kind: 'none', reason: 'These tests measure no coverage.' }),
    change,
    headSource: options.headSource ?? 'working-tree',
    ...(options.explain ? { explain: options.explain } : {}),
    log: recordingLogger(),
  });
  const stage = result.report.stages[0]!;
  return { report: result.report, stage, json: stage.json as ImpactOnlyRun['json'] };
}
