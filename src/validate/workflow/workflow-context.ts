/** The context that every workflow rule reads, and the builders of its findings. */
import type { Document, Node } from 'yaml';
import type { Finding, SourceText } from '../model.js';
import { LineIndex } from '../parse/line-index.js';
import { WORKFLOW_RULES, WORKFLOW_TOOL, type WorkflowRuleId } from './rules.js';
import type { WorkflowFileKind } from './workflow-files.js';
import { nodeSpan } from './yaml-nodes.js';

export interface WorkflowOptions {
  /**
   * Owners whose actions may be used by tag; `actions` and `github` by
   * default, because GitHub publishes them. Compared case-insensitively.
   */
  trustedActionOwners: string[];
  /** Custom labels of classic self-hosted runners that may follow `self-hosted` in `runs-on`, compared case-insensitively. */
  knownRunnerLabels: string[];
}

export const DEFAULT_WORKFLOW_OPTIONS: WorkflowOptions = {
  trustedActionOwners: ['actions', 'github'],
  knownRunnerLabels: [],
};

export interface WorkflowContext {
  source: SourceText;
  kind: WorkflowFileKind;
  document: Document.Parsed;
  lines: LineIndex;
  options: WorkflowOptions;
}

/** Builds a finding of `ruleId` for the text between the offsets `start` and `end`, at the rule's default level. */
export function findingAt(
  context: WorkflowContext,
  ruleId: WorkflowRuleId,
  [start, end]: [number, number],
  message: string,
  properties?: Finding['properties'],
): Finding {
  const rule = WORKFLOW_RULES.find((candidate) => candidate.id === ruleId)!;
  const finding: Finding = {
    ruleId,
    level: rule.defaultLevel,
    path: context.source.path,
    range: context.lines.range(start, end),
    message,
    tool: WORKFLOW_TOOL,
  };
  if (rule.helpUri) finding.helpUri = rule.helpUri;
  if (properties) finding.properties = properties;
  return finding;
}

/** Builds a finding of `ruleId` for a node's text, without the line break and indentation that end a block collection's range. */
export function findingAtNode(
  context: WorkflowContext,
  ruleId: WorkflowRuleId,
  node: Node,
  message: string,
  properties?: Finding['properties'],
): Finding {
  const [start, end] = nodeSpan(node);
  let trimmedEnd = end;
  while (trimmedEnd > start && /\s/.test(context.source.text[trimmedEnd - 1]!)) trimmedEnd--;
  return findingAt(context, ruleId, [start, trimmedEnd], message, properties);
}
