import type { Finding } from '../../../src/validate/model.js';

/** A finding of `ruleId` covering whole lines `startLine`..`endLine` of `path`. */
export function findingAt(
  path: string,
  ruleId: string,
  startLine: number,
  endLine = startLine,
  properties?: Finding['properties'],
): Finding {
  const finding: Finding = {
    ruleId,
    level: 'warning',
    path,
    range: { startLine, startColumn: 1, endLine, endColumn: 2 },
    message: `${ruleId} at ${path}:${startLine}`,
    tool: 'testmaster',
  };
  if (properties) finding.properties = properties;
  return finding;
}

/** Short label of a finding for readable assertions: `path:line rule`. */
export function label(finding: Finding): string {
  return `${finding.path}:${finding.range.startLine} ${finding.ruleId}`;
}
