/**
 * Output names that action.yml declares, for the actions that have a publish
 * mode. Publish mode writes only these, because the stage ids and output names
 * of a fork's artifact are the fork's choice. A test compares each list with
 * its action.yml.
 */

const RUN_OUTPUTS = ['passed', 'status', 'result', 'config-error'] as const;

const COVERAGE_OUTPUTS = [
  'coverage-lines',
  'coverage-branches',
  'coverage-functions',
  'coverage-statements',
  'coverage-classes',
  'coverage-patch',
  'coverage-passed',
  'coverage-error',
] as const;

const IMPACT_OUTPUTS = [
  'impact-affected-tests',
  'impact-affected-tests-json',
  'impact-affected-packages',
  'impact-suites',
  'impact-risk-level',
  'impact-run-all',
  'impact-run-all-reason',
  'impact-vitest-args',
  'impact-jest-args',
  'impact-error',
  'impact-skipped',
] as const;

const VALIDATE_OUTPUTS = [
  'validate-findings',
  'validate-errors',
  'validate-warnings',
  'validate-notes',
  'validate-failing',
  'validate-sarif-file',
  'validate-result',
  'validate-error',
  'validate-skipped',
] as const;

/** Outputs of action.yml at the repository root (the suite). */
export const SUITE_OUTPUTS: readonly string[] = [...RUN_OUTPUTS, ...COVERAGE_OUTPUTS, ...IMPACT_OUTPUTS, ...VALIDATE_OUTPUTS];

/** Outputs of actions/coverage-gate/action.yml. */
export const COVERAGE_GATE_OUTPUTS: readonly string[] = [...RUN_OUTPUTS, ...COVERAGE_OUTPUTS];
