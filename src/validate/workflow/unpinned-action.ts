/**
 * `workflow/unpinned-action`: `uses:` of a step or of a job (a reusable
 * workflow) that is not pinned to an immutable version.
 *
 * - `owner/repo[/path]@ref` must have a full 40-character commit SHA as ref,
 *   unless the owner is trusted (`actions` and `github` by default).
 * - `docker://image` must end in an `@sha256:` digest of 64 hex digits.
 * - Local actions and workflows (`./...`) come from the same commit and are
 *   always pinned.
 *
 * The finding points at the whole `uses:` value.
 */
import type { Node } from 'yaml';
import type { Finding } from '../model.js';
import { WORKFLOW_RULE_IDS } from './rules.js';
import { findingAtNode, type WorkflowContext } from './workflow-context.js';
import { allSteps, jobsOf, scalarText, valueOf } from './yaml-nodes.js';

const COMMIT_SHA = /^[0-9a-f]{40}$/i;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/i;

export function unpinnedActionFindings(context: WorkflowContext): Finding[] {
  const { document } = context;
  const usesNodes: Node[] = [];
  if (context.kind === 'workflow') {
    for (const { job } of jobsOf(document)) {
      const reusable = valueOf(document, job, 'uses');
      if (reusable) usesNodes.push(reusable);
    }
  }
  for (const step of allSteps(document, context.kind)) {
    const uses = valueOf(document, step, 'uses');
    if (uses) usesNodes.push(uses);
  }
  usesNodes.sort((left, right) => (left.range?.[0] ?? 0) - (right.range?.[0] ?? 0));
  const trustedOwners = new Set(context.options.trustedActionOwners.map((owner) => owner.toLowerCase()));
  const findings: Finding[] = [];
  for (const node of usesNodes) {
    const uses = scalarText(node)?.trim();
    if (uses === undefined) continue;
    const problem = pinProblem(uses, trustedOwners);
    if (problem !== null) findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.unpinnedAction, node, problem, { uses }));
  }
  return findings;
}

/** Explains why `uses` is not pinned, as the finding's message; returns null when it is pinned or trusted. */
export function pinProblem(uses: string, trustedOwners: Set<string>): string | null {
  if (uses.startsWith('./') || uses.startsWith('../') || uses.includes('${{')) return null;
  if (uses.toLowerCase().startsWith('docker://')) {
    if (IMAGE_DIGEST.test(uses)) return null;
    return `Docker image '${uses}' is not pinned to a digest. Append '@sha256:<digest>' so that the same image runs every time.`;
  }
  const at = uses.lastIndexOf('@');
  const owner = uses.split('/')[0]!.toLowerCase();
  if (trustedOwners.has(owner)) return null;
  if (at < 0) return `'${uses}' has no ref. Pin it to a full commit SHA: '${uses}@<40-character SHA>'.`;
  const ref = uses.slice(at + 1);
  if (COMMIT_SHA.test(ref)) return null;
  return (
    `'${uses.slice(0, at)}' is used at '${ref}', which its owner can move to other code. ` +
    'Pin it to the full 40-character commit SHA of that version, with the version in a comment.'
  );
}
