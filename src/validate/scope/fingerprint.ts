/**
 * Content fingerprints of findings, so a finding keeps its identity when the
 * lines above it change or its code moves within the file.
 *
 * A fingerprint is the SHA-256 of three parts: the rule id, the text of the
 * lines the finding covers with every run of white space collapsed to one
 * space, and the occurrence index of that (rule id, text) pair among the
 * findings of the same file in position order. The path and the line numbers
 * are left out on purpose: the scope filter pairs fingerprints per file and
 * maps renamed files to their old path itself.
 */
import { createHash } from 'node:crypto';
import type { Finding } from '../model.js';
import { splitSourceLines } from './source-lines.js';

/** Returns the text of a file at the revision the findings come from, or null when it cannot be read. */
export type FileTextReader = (path: string) => string | null;

/**
 * Computes the fingerprint of every finding. When the file's text is not
 * available, the finding's message stands in for the covered lines, so the
 * fingerprint still separates findings but changes whenever the message does.
 */
export function fingerprintFindings(findings: readonly Finding[], fileText: FileTextReader): Map<Finding, string> {
  const fingerprints = new Map<Finding, string>();
  for (const [path, group] of groupByPath(findings)) {
    const lines = readLines(fileText, path);
    const occurrences = new Map<string, number>();

    for (const finding of sortByPosition(group)) {
      const content = lines ? coveredText(lines, finding) : `message:${finding.message}`;
      const key = `${finding.ruleId}\0${content}`;
      const index = occurrences.get(key) ?? 0;
      occurrences.set(key, index + 1);
      fingerprints.set(finding, hashParts([finding.ruleId, content, String(index)]));
    }
  }
  return fingerprints;
}

function groupByPath(findings: readonly Finding[]): Map<string, Finding[]> {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.path);
    if (group) group.push(finding);
    else groups.set(finding.path, [finding]);
  }
  return groups;
}

/** Orders by start, then end, then rule id, so the occurrence index does not depend on the validators' order. */
function sortByPosition(findings: Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      a.range.endLine - b.range.endLine ||
      a.range.endColumn - b.range.endColumn ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.message, b.message),
  );
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

function readLines(fileText: FileTextReader, path: string): string[] | null {
  const text = fileText(path);
  return text === null ? null : splitSourceLines(text);
}

/** The covered lines joined by one space, with white space collapsed; lines past the end of the file are empty. */
function coveredText(lines: readonly string[], finding: Finding): string {
  const first = Math.max(1, finding.range.startLine);
  const last = Math.max(first, finding.range.endLine);
  return lines
    .slice(first - 1, last)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function hashParts(parts: readonly string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(String(part.length));
    hash.update(':');
    hash.update(part);
  }
  return hash.digest('hex');
}
