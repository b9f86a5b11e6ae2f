/**
 * Selects the configured suites that the change reaches: a suite is
 * selected when a changed file, an affected module or an affected test
 * matches one of its `paths` globs, or when the run widens to everything.
 */
import picomatch from 'picomatch';
import type { RunAllReason, SelectedSuite, SuiteSettings } from '../model.js';

/** Maximum number of reasons listed per suite. The rest are counted in one closing reason. */
export const MAX_SUITE_REASONS = 5;

/** A file the change reached, and how. */
export interface SuiteCandidate {
  path: string;
  role: 'changed' | 'affected test' | 'affected module';
}

/** Returns the selected suites, in the order of the settings. */
export function selectSuites(
  suites: readonly SuiteSettings[],
  candidates: readonly SuiteCandidate[],
  runAllReasons: readonly RunAllReason[],
): SelectedSuite[] {
  if (runAllReasons.length > 0) {
    const reasons = capReasons(runAllReasons.map((reason) => `every suite runs: ${reason.trigger} ${reason.file} (${reason.detail})`));
    return suites.map((suite) => selected(suite, reasons));
  }

  const chosen: SelectedSuite[] = [];
  for (const suite of suites) {
    if (suite.paths.length === 0) continue;
    const isMatch = picomatch([...suite.paths], { dot: true });
    const matches = candidates.filter((candidate) => isMatch(candidate.path));
    if (matches.length > 0) chosen.push(selected(suite, capReasons(matches.map((match) => `${match.path} (${match.role})`))));
  }
  return chosen;
}

function selected(suite: SuiteSettings, reasons: string[]): SelectedSuite {
  return { name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons };
}

function capReasons(reasons: string[]): string[] {
  if (reasons.length <= MAX_SUITE_REASONS) return reasons;
  const more = reasons.length - MAX_SUITE_REASONS;
  return [...reasons.slice(0, MAX_SUITE_REASONS), `and ${more} more`];
}
