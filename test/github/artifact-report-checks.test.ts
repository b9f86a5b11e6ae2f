import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { evaluateCoverageGate } from '../../src/coverage/gate/evaluate.js';
import { buildCoverageStageReport } from '../../src/coverage/stage-report.js';
import { UserError } from '../../src/errors.js';
import { ArtifactMismatchError } from '../../src/github/artifact-mismatch.js';
import { checkArtifactReport, statedOutcome } from '../../src/github/artifact-report-checks.js';
import { impactStageReport } from '../../src/impact/report/stage-report.js';
import type { RunReport, StageReport } from '../../src/report/document.js';
import { errorStage, skippedStage } from '../../src/run/error-stage.js';
import { impactResult } from '../impact/report/fixtures.js';
import { SAMPLE_REPORT } from './sample-report.js';

const FILE = 'result.json';

function withStages(stages: StageReport[], name = SAMPLE_REPORT.name): RunReport {
  return { name, stages };
}

function coverageStage(thresholdLines: number | undefined): StageReport {
  const config = defaultConfig().coverage;
  const thresholds = thresholdLines === undefined ? config.thresholds : { ...config.thresholds, lines: thresholdLines };
  const gate = evaluateCoverageGate({ files: [], formats: ['lcov'], config: { ...config, thresholds }, changedLines: null, base: null });
  return buildCoverageStageReport({ gate, files: [], warnings: [] });
}

describe('statedOutcome', () => {
  it.each([
    ['Coverage failed: 1 of 1 checks failed; lines 63', 'failed'],
    ['Coverage passed: lines 80', 'passed'],
    ['Coverage incomplete: patch coverage was not measured', 'error'],
    ['Impact could not run: invalid input.', 'error'],
    ['Static validation had invalid input: bad glob', 'error'],
    ['Skipped: no change', 'skipped'],
    ['COVERAGE FAILED', 'failed'],
    ['Coverage failed (see below): 1 of 1 checks failed', 'failed'],
    ['Coverage\u00a0failed: lines 63', 'failed'],
    ['Coverage fa\u200biled: lines 63', 'failed'],
    ['Coverage passed, or rather failed', 'passed'],
    ['Coverage passed and failed: lines 63', 'mixed'],
    ['Unsurpassed results', undefined],
    ['Risk high (score 52.3); 14 affected tests; run-all (lockfile)', undefined],
    ['No findings in added lines.', undefined],
    ['3 warnings in added lines; 2 findings fail the gate.', undefined],
    ['', undefined],
  ] as const)('reads %j as %s', (headline, expected) => {
    expect(statedOutcome(headline)).toBe(expected);
  });
});

describe('checkArtifactReport', () => {
  it('accepts the sample report under its name', () => {
    expect(() => checkArtifactReport(SAMPLE_REPORT, SAMPLE_REPORT.name, FILE)).not.toThrow();
  });

  it.each([
    ['coverage passed', coverageStage(undefined)],
    ['coverage failed', coverageStage(101)],
    ['impact', impactStageReport(impactResult())],
    ['error stage', errorStage('coverage', 'Coverage', new UserError('Invalid input.'))],
    ['skipped stage', skippedStage('impact', 'Impact', 'No change.')],
  ])('accepts the real %s report', (_name, stage) => {
    expect(() => checkArtifactReport(withStages([stage]), SAMPLE_REPORT.name, FILE)).not.toThrow();
  });

  it('rejects another report name', () => {
    const check = () => checkArtifactReport(withStages(SAMPLE_REPORT.stages, 'CI / build'), 'TestMaster coverage', FILE);
    expect(check).toThrow(ArtifactMismatchError);
    expect(check).toThrow('result.json: the report is named "CI / build", but this publish step publishes "TestMaster coverage".');
  });

  it('rejects a name that differs in case only', () => {
    expect(() => checkArtifactReport(withStages(SAMPLE_REPORT.stages, 'testmaster coverage'), 'TestMaster coverage', FILE)).toThrow(
      ArtifactMismatchError,
    );
  });

  it('rejects a failed headline under a passed status', () => {
    const stage = { ...coverageStage(101), status: 'passed' as const };
    const check = () => checkArtifactReport(withStages([stage]), SAMPLE_REPORT.name, FILE);
    expect(check).toThrow(ArtifactMismatchError);
    expect(check).toThrow('stage "coverage" has status passed, but its headline states failed.');
  });

  it.each([
    ['a note after the outcome word', 'Coverage failed (see below): 1 of 1 checks failed'],
    ['a no-break space', 'Coverage\u00a0failed: 1 of 1 checks failed'],
    ['a zero-width space', 'Coverage fa\u200biled: 1 of 1 checks failed'],
    ['two outcomes', 'Coverage passed and failed: 1 of 1 checks failed'],
  ])('rejects a passed status under a headline with %s', (_name, headline) => {
    const stage = { ...coverageStage(101), status: 'passed' as const, headline };
    expect(() => checkArtifactReport(withStages([stage]), SAMPLE_REPORT.name, FILE)).toThrow(/has status passed, but its headline states (failed|more than one outcome)\./);
  });

  it('rejects a look-alike letter in the lead clause', () => {
    const stage = { ...coverageStage(101), status: 'passed' as const, headline: 'Coverage f\u0430iled: 1 of 1 checks failed' };
    const check = () => checkArtifactReport(withStages([stage]), SAMPLE_REPORT.name, FILE);
    expect(check).toThrow(ArtifactMismatchError);
    expect(check).toThrow('stage "coverage" has a headline whose lead clause contains characters other than printable ASCII');
  });

  it('rejects a repeated stage id', () => {
    const stage = coverageStage(undefined);
    expect(() => checkArtifactReport(withStages([stage, stage]), SAMPLE_REPORT.name, FILE)).toThrow('stage id "coverage" occurs twice');
  });
});
