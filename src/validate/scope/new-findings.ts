/**
 * Pairs head findings with merge base findings by fingerprint, for the `new`
 * filter mode.
 *
 * Pairs form within one file: a base finding in a renamed file counts under
 * the file's head path, and a base finding in any other file stays under its
 * own path. So code moved within a file, or in a file that git saw as
 * renamed, keeps its findings' identity. The same code pasted into another
 * file is new there, because every copy of a problem is a new place to fix. A copied file (status `copied`) does not inherit the findings of its
 * source for the same reason.
 */
import type { Finding } from '../model.js';

/** Findings with the fingerprint of each, as `fingerprintFindings` returns them. */
export interface FingerprintedFindings {
  findings: readonly Finding[];
  fingerprints: ReadonlyMap<Finding, string>;
}

/**
 * Returns a check that consumes one base twin per call: two identical head
 * findings need two base findings to both count as old, although the
 * occurrence index in the fingerprint already separates most such pairs.
 */
export function pairWithBase(
  base: FingerprintedFindings,
  renamedFrom: ReadonlyMap<string, string>,
): (headPath: string, fingerprint: string) => boolean {
  const remaining = new Map<string, number>();
  for (const finding of base.findings) {
    const fingerprint = base.fingerprints.get(finding);
    if (fingerprint === undefined) {
      throw new Error(`merge base finding ${finding.ruleId} in ${finding.path} has no fingerprint`);
    }
    const key = pairKey(renamedFrom.get(finding.path) ?? finding.path, fingerprint);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }

  return (headPath, fingerprint) => {
    const key = pairKey(headPath, fingerprint);
    const count = remaining.get(key) ?? 0;
    if (count === 0) return true;
    remaining.set(key, count - 1);
    return false;
  };
}

function pairKey(path: string, fingerprint: string): string {
  return `${path}\0${fingerprint}`;
}
