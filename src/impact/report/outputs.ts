/**
 * Action outputs of the impact stage, without the `impact-` prefix that the
 * run adds, and the argument lists for the test runners.
 *
 * Lists whose name ends in `-json` or that contain runner arguments are JSON
 * arrays. The others are newline-separated lists, which cannot hold a name
 * with a line break, so such names appear only in the JSON forms.
 */

import { sanitizeLine } from '../../report/control-characters.js';
import type { AffectedTest, RunAllReason, Tier } from '../model.js';
import { reportedRiskLevel, runsAll, type ImpactResult } from './result.js';

/**
 * Builds the outputs:
 * - `affected-tests`: paths of the affected tests, one per line;
 * - `affected-tests-json`: the same paths as a JSON array, with none left out;
 * - `affected-packages`: names of the affected workspace packages, one per line;
 * - `suites`: JSON array of the selected suites whose tier runs now;
 * - `risk-level`: `low`, `medium`, `high` or `critical`, or `unknown` when the change could not be determined;
 * - `run-all`: `true` when a run-all trigger fired, else `false`;
 * - `run-all-reason`: one line per trigger with its file and detail, empty without run-all;
 * - `vitest-args`, `jest-args`: see `vitestArguments` and `jestArguments`.
 */
export function impactOutputs(result: ImpactResult): Record<string, string> {
  const runAll = runsAll(result);
  const testPaths = result.affectedTests.map((test) => test.path);
  return {
    'affected-tests': lineList(testPaths),
    'affected-tests-json': JSON.stringify(testPaths),
    'affected-packages': lineList(result.affectedPackages),
    suites: JSON.stringify(suitesRunningNow(result)),
    'risk-level': reportedRiskLevel(result),
    'run-all': String(runAll),
    'run-all-reason': runAllReasonLines(result.runAllReasons),
    'vitest-args': JSON.stringify(vitestArguments(result.affectedTests, runAll)),
    'jest-args': JSON.stringify(jestArguments(result.affectedTests, runAll)),
  };
}

/** Joins names with line feeds, leaving out names that contain a line break. */
export function lineList(names: readonly string[]): string {
  return names.filter((name) => !hasLineBreak(name)).join('\n');
}

/** Checks whether a name contains a character that ends a line in a newline list or in YAML. */
export function hasLineBreak(name: string): boolean {
  return /[\n\r\u0085\u2028\u2029]/.test(name);
}

/** Lists the suites whose tier the risk strategy runs now, as plain JSON objects. */
export function suitesRunningNow(result: ImpactResult): { name: string; tier: Tier; runsOn: string[]; reasons: string[] }[] {
  const tiers = new Set(result.risk.strategy.tiers);
  return result.suites
    .filter((suite) => tiers.has(suite.tier))
    .map((suite) => ({ name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons: [...suite.reasons] }));
}

/**
 * Formats each trigger as `trigger (file): detail` on its own line, leaving
 * out an empty file or detail. Line breaks inside a part become spaces, so
 * each line is one trigger.
 */
export function runAllReasonLines(reasons: readonly RunAllReason[]): string {
  return reasons.map((reason) => sanitizeLine(runAllReasonText(reason))).join('\n');
}

function runAllReasonText(reason: RunAllReason): string {
  const file = reason.file === '' ? '' : ` (${reason.file})`;
  const detail = reason.detail === '' ? '' : `: ${reason.detail}`;
  return `${reason.trigger}${file}${detail}`;
}

/**
 * Builds the arguments for `vitest run`: the paths of the affected tests that
 * must run, or none when every test runs. Type-check-only tests are left out
 * because Vitest does not type-check them, and `tsc` checks them instead.
 * Vitest matches each argument as a substring of a test file's path relative
 * to the working folder, so run it from the repository root. A path may then
 * also select another test whose path contains it.
 * NOTE: with no affected test and no run-all the list is empty too, and an
 * empty list runs every test, so skip the step when `affected-tests` is empty
 * and `run-all` is `false`.
 */
export function vitestArguments(tests: readonly AffectedTest[], runAll: boolean): string[] {
  return runAll ? [] : testsToRun(tests).map(asPathArgument);
}

/**
 * Builds the arguments for `jest --runTestsByPath`: the exact paths of the
 * affected tests that must run, or none when every test runs. The same notes apply as for
 * `vitestArguments`, except that Jest matches the paths exactly.
 */
export function jestArguments(tests: readonly AffectedTest[], runAll: boolean): string[] {
  return runAll ? [] : testsToRun(tests).map(asPathArgument);
}

function testsToRun(tests: readonly AffectedTest[]): string[] {
  return tests.filter((test) => test.need === 'run').map((test) => test.path);
}

/** Puts `./` in front of a path that starts with `-`, so the runner cannot read it as an option. */
function asPathArgument(path: string): string {
  return path.startsWith('-') ? `./${path}` : path;
}
