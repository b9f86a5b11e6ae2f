/**
 * Choice among the reports that one Istanbul-based run (vitest, Jest, c8,
 * nyc) writes side by side. Their formats count items differently: clover's
 * statements are Istanbul's lines, while coverage-final.json has one record
 * per statement. A per-line merge of the two adds both counts, so default
 * discovery reads one of them per folder when both cover the same files.
 * A poorer report that covers other files (another language's tool writing
 * lcov.info beside vitest's coverage-final.json) is another run and is
 * merged. Reports that the user names are merged as given.
 */
import { posix } from 'node:path';

/**
 * File names of Istanbul's reporters, richest first. coverage-final.json has
 * statements, branches and functions with positions, and lcov.info every
 * branch and function but no statements. Cobertura and clover drop branches
 * on lines without a statement, and clover's statements repeat the lines.
 * coverage-summary.json has totals only.
 */
export const ISTANBUL_REPORT_NAMES: readonly string[] = [
  'coverage-final.json',
  'lcov.info',
  'cobertura-coverage.xml',
  'clover.xml',
  'coverage-summary.json',
];

export interface SameRunChoice {
  /** The paths to read, in their input order. */
  kept: string[];
  /** Per folder with several Istanbul reports: the one read and the ones left out. */
  skipped: { kept: string; skipped: string[] }[];
}

/** Keeps the richest Istanbul report of each folder and every other path. */
export function chooseOneReportPerRun(paths: readonly string[]): SameRunChoice {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    if (!ISTANBUL_REPORT_NAMES.includes(posix.basename(path))) continue;
    const folder = posix.dirname(path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
  }

  const left = new Set<string>();
  const skipped: SameRunChoice['skipped'] = [];
  for (const group of byFolder.values()) {
    if (group.length < 2) continue;
    const [richest, ...others] = [...group].sort((a, b) => rank(a) - rank(b));
    for (const path of others) left.add(path);
    skipped.push({ kept: richest!, skipped: others });
  }
  return { kept: paths.filter((path) => !left.has(path)), skipped };
}

/**
 * Returns the candidates of `choice.skipped` that are the same run as the
 * report kept in their folder: every file they cover is a file that report
 * covers too. `filesOf` gives the repository paths that a report covers.
 */
export function sameRunDuplicates(choice: SameRunChoice, filesOf: (path: string) => ReadonlySet<string>): SameRunChoice['skipped'] {
  return choice.skipped
    .map(({ kept, skipped }) => {
      const keptFiles = filesOf(kept);
      return { kept, skipped: skipped.filter((path) => keptFiles.size > 0 && isSubset(filesOf(path), keptFiles)) };
    })
    .filter((group) => group.skipped.length > 0);
}

function isSubset(files: ReadonlySet<string>, of: ReadonlySet<string>): boolean {
  for (const file of files) if (!of.has(file)) return false;
  return true;
}

/** Returns the log line that names the reports left out, the one read and how to read them all. */
export function sameRunMessage(choice: SameRunChoice['skipped'][number]): string {
  return (
    `Skipped ${choice.skipped.join(', ')}: ${choice.kept} in the same folder covers the same files in a richer format, so it is the same test run, ` +
    'and merging two formats of one run can count statements twice. ' +
    'To read several of them, name them in coverage.reports, the reports input or as REPORT arguments.'
  );
}

function rank(path: string): number {
  return ISTANBUL_REPORT_NAMES.indexOf(posix.basename(path));
}
