import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COVERAGE_GATE_OUTPUTS, SUITE_OUTPUTS } from '../../src/actions/declared-outputs.js';
import { parseActionInputs } from '../../src/actions/inputs.js';
import { defaultConfig } from '../../src/config/defaults.js';
import type { StageName } from '../../src/config/types.js';
import { evaluateCoverageGate } from '../../src/coverage/gate/evaluate.js';
import { buildCoverageStageReport } from '../../src/coverage/stage-report.js';
import { UserError } from '../../src/errors.js';
import { impactStageReport } from '../../src/impact/report/stage-report.js';
import type { StageReport } from '../../src/report/document.js';
import { actionOutputs } from '../../src/report/outputs.js';
import { errorStage, skippedStage } from '../../src/run/error-stage.js';
import type { ValidateResult } from '../../src/validate/report/result.js';
import { validateStageReport } from '../../src/validate/report/stage-report.js';
import { impactResult } from '../impact/report/fixtures.js';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

function readAction(path: string): ActionMetadata {
  return parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')) as ActionMetadata;
}

const VALIDATE_INPUTS = ['filter', 'fail-level', 'context', 'sarif', 'sarif-file'];

const actions = [
  { path: 'action.yml', main: 'dist/suite/index.js' },
  { path: 'actions/coverage-gate/action.yml', main: '../../dist/coverage-gate/index.js' },
];

/** Stage reports built by the real report builders, in every form a stage can end in. */
function stageReports(stage: StageName): StageReport[] {
  const invalid = new UserError('Invalid input.');
  if (stage === 'coverage') {
    const gate = evaluateCoverageGate({ files: [], formats: ['lcov'], config: defaultConfig().coverage, changedLines: null, base: null });
    return [
      buildCoverageStageReport({ gate, files: [], warnings: [] }),
      // A base that could not be fetched keeps the totals and adds the error.
      buildCoverageStageReport({ gate, files: [], warnings: [], problem: invalid }),
      errorStage('coverage', 'Coverage', invalid),
    ];
  }
  if (stage === 'impact') {
    return [impactStageReport(impactResult()), errorStage('impact', 'Impact', invalid), skippedStage('impact', 'Impact', 'No change.')];
  }
  const result: ValidateResult = {
    filter: 'added',
    context: 3,
    failLevel: 'error',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    filesChecked: 0,
    findings: [],
    failing: 0,
    dropped: { outsideFilter: 0, suppressed: 0, turnedOff: 0 },
    validators: [],
    notes: [],
    warnings: [],
    errors: [],
    sarifFile: null,
  };
  return [validateStageReport(result), errorStage('validate', 'Static validation', invalid), skippedStage('validate', 'Static validation', 'No change.')];
}

/** Every output name a run of these stages can write, including those of an invalid config. */
function writtenOutputs(stages: StageName[]): Set<string> {
  const written = new Set<string>();
  const reports = [...stages.flatMap(stageReports), errorStage('config', 'Configuration', new UserError('Invalid config.'))];
  for (const stage of reports) {
    for (const name of Object.keys(actionOutputs({ name: 'TestMaster', stages: [stage] }))) written.add(name);
  }
  return written;
}

const ACTION_STAGES: { path: string; stages: StageName[] }[] = [
  { path: 'action.yml', stages: ['coverage', 'impact', 'validate'] },
  { path: 'actions/coverage-gate/action.yml', stages: ['coverage'] },
  { path: 'actions/impact-analysis/action.yml', stages: ['impact'] },
  { path: 'actions/static-validate/action.yml', stages: ['validate'] },
];

describe.each(ACTION_STAGES)('outputs of $path', ({ path, stages }) => {
  const declared = new Set(Object.keys(readAction(path).outputs));
  const written = writtenOutputs(stages);

  it('declares every written output', () => {
    expect([...written].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('declares no output it never writes', () => {
    expect([...declared].filter((name) => !written.has(name))).toEqual([]);
  });
});

describe.each([
  { path: 'action.yml', outputs: SUITE_OUTPUTS },
  { path: 'actions/coverage-gate/action.yml', outputs: COVERAGE_GATE_OUTPUTS },
])('publish-mode outputs of $path', ({ path, outputs }) => {
  it('equal the declared outputs', () => {
    expect([...outputs].sort()).toEqual(Object.keys(readAction(path).outputs).sort());
  });
});

describe.each(actions)('$path', ({ path, main }) => {
  const action = readAction(path);

  it('runs the bundle on node24', () => {
    expect(action.runs.using).toBe('node24');
    expect(action.runs.main).toBe(main);
  });

  it('declares every input the action reads', () => {
    const read = new Set<string>();
    parseActionInputs((name) => {
      read.add(name);
      return '';
    });
    const declared = new Set(Object.keys(action.inputs));
    // The suite alone takes `stages`; the coverage gate always runs coverage, so it takes none of the validate inputs.
    if (path !== 'action.yml') read.delete('stages');
    if (path === 'actions/coverage-gate/action.yml') {
      for (const name of VALIDATE_INPUTS) read.delete(name);
    }
    expect([...read].filter((name) => !declared.has(name))).toEqual([]);
    expect([...declared].filter((name) => !read.has(name))).toEqual([]);
  });
});
