import { describe, expect, it } from 'vitest';
import { failureAnnotation } from '../../src/actions/failure-text.js';
import type { StageReport, StageStatus } from '../../src/report/document.js';
import { errorStage } from '../../src/run/error-stage.js';
import { UserError } from '../../src/errors.js';

function stage(title: string, status: StageStatus, headline: string): StageReport {
  return { id: title.toLowerCase().replaceAll(' ', '-'), title, status, headline, blocks: [], annotations: [], outputs: {}, json: {} };
}

const IMPACT_PASSED = stage('Impact', 'passed', 'Risk low (score 19.0); 3 affected tests; no run-all');
const VALIDATE_FAILED = stage('Static validation', 'failed', '1 error, 1 warning on added and changed lines; 1 finding fails the gate.');
const COVERAGE_FAILED = stage('Coverage', 'failed', 'lines 70.00% is below the threshold of 80%.');

describe('failure annotation', () => {
  it.each([
    ['one failing stage', [IMPACT_PASSED, VALIDATE_FAILED], 'Static validation: 1 error, 1 warning on added and changed lines; 1 finding fails the gate.'],
    [
      'two failing stages',
      [COVERAGE_FAILED, IMPACT_PASSED, VALIDATE_FAILED],
      'Coverage: lines 70.00% is below the threshold of 80%.\nStatic validation: 1 error, 1 warning on added and changed lines; 1 finding fails the gate.',
    ],
    ['no failing stage', [IMPACT_PASSED], ''],
  ])('lists %s', (_name, stages, expected) => {
    expect(failureAnnotation({ name: 'TestMaster', stages })).toBe(expected);
  });

  it('adds the first error line without repeating the title', () => {
    const error = errorStage('coverage', 'Coverage', new UserError('No coverage report found.\nLooked in coverage/lcov.info'));

    expect(failureAnnotation({ name: 'TestMaster', stages: [IMPACT_PASSED, error] })).toBe('Coverage could not run: invalid input. No coverage report found.');
  });

  it('shortens a long error', () => {
    const error = errorStage('config', 'Configuration', new UserError('x'.repeat(600)));

    expect(failureAnnotation({ name: 'TestMaster', stages: [error] })).toBe(`Configuration could not run: invalid input. ${'x'.repeat(500)}…`);
  });
});
