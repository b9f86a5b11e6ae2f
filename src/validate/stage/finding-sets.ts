/**
 * Steps over the combined findings of all validators that need no I/O:
 * dropping repeated syntax errors, and telling project-wide findings apart.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';
import { PROJECT_WIDE_PROPERTY } from '../types/diagnostic-findings.js';

/**
 * Drops a type checker's syntax error (codes 1000 to 1999) where the syntax
 * validator reported one at the same place, so one typo is one finding.
 */
export function withoutRepeatedSyntaxErrors(findings: Finding[]): Finding[] {
  const syntaxAt = new Set(findings.filter((finding) => finding.ruleId === 'syntax/typescript').map(placeOf));
  if (syntaxAt.size === 0) return findings;
  return findings.filter((finding) => !(/^types\/TS1\d{3}$/.test(finding.ruleId) && syntaxAt.has(placeOf(finding))));
}

function placeOf(finding: Finding): string {
  return `${finding.path}\0${finding.range.startLine}\0${finding.range.startColumn}`;
}

/** Fingerprints a finding that has no lines of its own by its rule, file and message. */
export function messageFingerprint(finding: Finding): string {
  return createHash('sha256').update(`${finding.ruleId}\0${finding.path}\0${finding.message}`).digest('hex');
}

/** Tells whether a finding concerns the whole project, such as a type check stopped by an invalid option; no filter drops it. */
export function isProjectWide(finding: Finding): boolean {
  return finding.properties?.[PROJECT_WIDE_PROPERTY] === 1;
}
