import type { Finding, SourceRange } from '../../../src/validate/model.js';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import type { StandardsSettings } from '../../../src/validate/settings.js';
import { standardsFindings } from '../../../src/validate/standards/standards.js';

/** Settings with every rule off, to switch on one rule per test. */
export const RULES_OFF: StandardsSettings = {
  maxFileLines: null,
  maxFunctionLines: null,
  maxParameters: null,
  naming: [],
  bannedImports: [],
};

/** Parses `code` as `path` and runs the standards rules with `settings` on top of `RULES_OFF`. */
export function check(code: string, settings: Partial<StandardsSettings>, path = 'src/a.ts'): Finding[] {
  const outcome = parseScript({ path, text: code });
  if (!outcome.ok) throw new Error(`test code does not parse: ${outcome.error.message}`);
  return standardsFindings(outcome.script, { ...RULES_OFF, ...settings });
}

/**
 * The range of the `occurrence`-th appearance of `needle` in `code`, found by
 * text search, so tables state ranges by the code they cover.
 */
export function rangeOf(code: string, needle: string, occurrence = 1): SourceRange {
  let offset = -1;
  for (let count = 0; count < occurrence; count++) {
    offset = code.indexOf(needle, offset + 1);
    if (offset < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence} times`);
  }
  const start = positionOf(code, offset);
  const end = positionOf(code, offset + needle.length);
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}

function positionOf(code: string, offset: number): { line: number; column: number } {
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1]!.length + 1 };
}

/** A finding reduced to what the rule tables assert. */
export function summary(finding: Finding): { ruleId: string; message: string; range: SourceRange } {
  return { ruleId: finding.ruleId, message: finding.message, range: finding.range };
}
