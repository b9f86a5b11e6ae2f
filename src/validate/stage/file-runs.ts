/**
 * Runs the per-file validators over the texts of one revision. A file whose
 * code is nested too deeply for the parser is skipped rather than ending the run.
 */
import type { Finding, SourceText } from '../model.js';
import type { ValidateSettings, ValidatorName } from '../settings.js';
import type { SourceComment } from '../suppress/directive.js';
import { checkFile, type FileCheck, type FileCheckInput } from './validators.js';

/** Reason shown in the notes for a file skipped because of its nesting. */
export const TOO_DEEP_TEXT = 'nested too deeply to analyse';

/**
 * Runs the per-file validators, or returns null when the file's code is
 * nested so deeply (thousands of brackets) that a parser or tree walk ran
 * out of stack: one such file must not end the whole run.
 */
function checkFileOrNull(input: FileCheckInput): FileCheck | null {
  try {
    return checkFile(input);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return null;
    throw error;
  }
}

export interface FileRuns {
  findings: Finding[];
  counts: Map<ValidatorName, number>;
  /** Comment lists of the scripts that parsed, for exact comment positions in suppressions. */
  comments: Map<string, SourceComment[]>;
  /** Files skipped because their code is nested too deeply to analyse. */
  tooDeep: string[];
}

export function runFileValidators(texts: ReadonlyMap<string, string>, base: ReadonlyMap<string, SourceText>, settings: ValidateSettings): FileRuns {
  const runs: FileRuns = { findings: [], counts: new Map(), comments: new Map(), tooDeep: [] };
  for (const [path, text] of texts) {
    const check = checkFileOrNull({ source: { path, text }, base: base.get(path) ?? null, settings });
    if (!check) {
      runs.tooDeep.push(path);
      continue;
    }
    if (check.comments) runs.comments.set(path, check.comments);
    for (const [name, findings] of Object.entries(check.findings) as [ValidatorName, Finding[]][]) {
      // A loop, not push(...findings): one file can give more findings than a call takes arguments.
      for (const finding of findings) runs.findings.push(finding);
      runs.counts.set(name, (runs.counts.get(name) ?? 0) + findings.length);
    }
  }
  return runs;
}

/** Runs the per-file validators on the merge-base texts; the findings keep their base paths, which the `new` filter maps through renames. */
export function baseFileFindings(base: ReadonlyMap<string, SourceText>, settings: ValidateSettings): Finding[] {
  const findings: Finding[] = [];
  for (const source of base.values()) {
    const check = checkFileOrNull({ source, base: null, settings });
    for (const list of Object.values(check?.findings ?? {})) for (const finding of list) findings.push(finding);
  }
  return findings;
}
