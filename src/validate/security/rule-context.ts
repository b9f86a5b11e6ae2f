/** The context every script rule receives: the parsed file, its module bindings and a sink for findings. */
import type { Finding } from '../model.js';
import type { ParsedScript } from '../parse/parse-source.js';
import { rangeOfNode } from '../parse/parse-source.js';
import type { Node, Visitor } from './ast-walk.js';
import type { ModuleBindings } from './module-bindings.js';
import { securityFinding, type SecurityRuleId } from './rules.js';

export interface RuleContext {
  script: ParsedScript;
  bindings: ModuleBindings;
  findings: Finding[];
}

/** A script rule: given the context, the visitor that the shared walk calls on every node. */
export type ScriptRule = (context: RuleContext) => Visitor;

export function reportNode(context: RuleContext, id: SecurityRuleId, node: Node, message: string): void {
  context.findings.push(securityFinding(id, context.script.source.path, rangeOfNode(node), message));
}

/** The source text of a node, shortened for messages so that long expressions stay readable. */
export function snippetOf(context: RuleContext, node: Node, maxLength = 40): string {
  const text = context.script.source.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
  return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}
