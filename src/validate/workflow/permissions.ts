/**
 * `workflow/permissions`: jobs whose GITHUB_TOKEN gets the repository's
 * default permissions, and `write-all` grants.
 *
 * A job is reported when neither the workflow nor the job has a
 * `permissions` key; the finding points at the job's id. A workflow that
 * only `workflow_call` triggers is exempt, because its token gets the
 * permissions of the calling job. A `permissions`
 * value of `write-all` (or the invalid shorthand `write`) is reported
 * wherever it appears. Scopes granted one by one, such as `contents: write`,
 * are left alone, because a job that publishes needs them.
 */
import type { Finding } from '../model.js';
import { WORKFLOW_RULE_IDS } from './rules.js';
import { triggersOf } from './triggers.js';
import { findingAtNode, type WorkflowContext } from './workflow-context.js';
import { jobsOf, pairOf, resolved, scalarText } from './yaml-nodes.js';

const WRITE_ALL_VALUES = new Set(['write-all', 'write']);

export function permissionsFindings(context: WorkflowContext): Finding[] {
  const { document } = context;
  if (context.kind !== 'workflow') return [];
  const findings: Finding[] = [];
  const topLevel = pairOf(document.contents, 'permissions');
  const triggers = triggersOf(document);
  const inheritsPermissions = triggers.size === 1 && triggers.has('workflow_call');
  if (topLevel) findings.push(...writeAllFindings(context, topLevel.value, 'The workflow'));
  for (const { id, key, job } of jobsOf(document)) {
    const jobLevel = pairOf(job, 'permissions');
    if (jobLevel) {
      findings.push(...writeAllFindings(context, jobLevel.value, `Job '${id}'`));
    } else if (!topLevel && !inheritsPermissions) {
      findings.push(
        findingAtNode(
          context,
          WORKFLOW_RULE_IDS.permissions,
          key,
          `Job '${id}' runs with the repository's default GITHUB_TOKEN permissions, which can include write access, because ` +
            'neither the workflow nor the job sets `permissions`. Add `permissions:` with the scopes it needs, such as `contents: read`.',
          { job: id },
        ),
      );
    }
  }
  return findings;
}

function writeAllFindings(context: WorkflowContext, value: unknown, owner: string): Finding[] {
  const node = resolved(context.document, value);
  const text = scalarText(node)?.toLowerCase();
  if (node === undefined || text === undefined || !WRITE_ALL_VALUES.has(text)) return [];
  return [
    findingAtNode(
      context,
      WORKFLOW_RULE_IDS.permissions,
      node,
      `${owner} grants the GITHUB_TOKEN write access to every scope (\`permissions: ${scalarText(node)}\`). ` +
        'List only the scopes it needs, such as `contents: read` and `pull-requests: write`.',
    ),
  ];
}
