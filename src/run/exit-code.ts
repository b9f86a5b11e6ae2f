import { EXIT, type ExitCode } from '../errors.js';
import { overallStatus, type RunReport } from '../report/document.js';

/**
 * Exit code of a finished run: 2 when a stage could not read its input,
 * 1 when a gate failed, 0 otherwise. Skipped stages do not fail a run.
 */
export function exitCodeOf(report: RunReport): ExitCode {
  switch (overallStatus(report)) {
    case 'error':
      return EXIT.invalidInput;
    case 'failed':
      return EXIT.gateFailed;
    default:
      return EXIT.passed;
  }
}
