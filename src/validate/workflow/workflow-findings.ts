/**
 * The workflow validator: security and correctness rules for GitHub Actions
 * workflows and action metadata files, each finding pointing at the exact
 * key, value or `${{ }}` expression it is about.
 */
import type { Finding, SourceText } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { expressionInjectionFindings } from './expression-injection.js';
import { permissionsFindings } from './permissions.js';
import { runnerLabelMixFindings } from './runner-label-mix.js';
import { unpinnedActionFindings } from './unpinned-action.js';
import { untrustedCheckoutFindings } from './untrusted-checkout.js';
import { DEFAULT_WORKFLOW_OPTIONS, type WorkflowContext, type WorkflowOptions } from './workflow-context.js';
import { workflowFileKind } from './workflow-files.js';
import { parseWorkflowYaml } from './yaml-nodes.js';

export { WORKFLOW_RULES, WORKFLOW_RULE_IDS } from './rules.js';
export { isWorkflowFile } from './workflow-files.js';
export { DEFAULT_WORKFLOW_OPTIONS, type WorkflowOptions } from './workflow-context.js';

const RULES = [
  expressionInjectionFindings,
  untrustedCheckoutFindings,
  permissionsFindings,
  unpinnedActionFindings,
  runnerLabelMixFindings,
];

/**
 * Returns the findings of every workflow rule for one file, sorted by
 * position. A file that `isWorkflowFile` rejects, or whose YAML does not
 * parse (the syntax validator reports that), returns no findings.
 */
export function workflowFindings(source: SourceText, options: Partial<WorkflowOptions> = {}): Finding[] {
  const kind = workflowFileKind(source.path);
  if (kind === null) return [];
  const document = parseWorkflowYaml(source.text);
  if (document === null) return [];
  const context: WorkflowContext = {
    source,
    kind,
    document,
    lines: new LineIndex(source.text),
    options: { ...DEFAULT_WORKFLOW_OPTIONS, ...options },
  };
  return withoutRepeats(RULES.flatMap((rule) => rule(context))).sort(
    (left, right) => left.range.startLine - right.range.startLine || left.range.startColumn - right.range.startColumn,
  );
}

/**
 * Drops a finding equal to an earlier one in rule, range and message. A YAML
 * alias (`- *step`) repeats its anchored node, so the rules visit the same
 * text twice, but it is one place to fix.
 */
function withoutRepeats(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((finding) => {
    const { startLine, startColumn, endLine, endColumn } = finding.range;
    const key = JSON.stringify([finding.ruleId, startLine, startColumn, endLine, endColumn, finding.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
