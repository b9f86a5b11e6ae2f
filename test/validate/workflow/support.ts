/** Shared helpers of the workflow rule tests. */
import type { SourceRange } from '../../../src/validate/model.js';
import { workflowFindings, type WorkflowOptions } from '../../../src/validate/workflow/workflow-findings.js';

export function range(startLine: number, startColumn: number, endLine: number, endColumn: number): SourceRange {
  return { startLine, startColumn, endLine, endColumn };
}

/** Runs the workflow rules on `lines` joined into one file and returns one rule's findings as rule id, range and message. */
export function findingsOf(
  ruleId: string,
  lines: string[],
  path = '.github/workflows/check.yml',
  options: Partial<WorkflowOptions> = {},
): Array<{ ruleId: string; range: SourceRange; message: string }> {
  return workflowFindings({ path, text: `${lines.join('\n')}\n` }, options)
    .filter((finding) => finding.ruleId === ruleId)
    .map(({ ruleId: id, range: findingRange, message }) => ({ ruleId: id, range: findingRange, message }));
}
