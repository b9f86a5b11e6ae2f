/** The rules of the workflow validator, with their documentation. */
import type { RuleMeta } from '../model.js';
import { ruleDocsUri } from '../syntax/docs-uri.js';

export const WORKFLOW_RULE_IDS = {
  expressionInjection: 'workflow/expression-injection',
  untrustedCheckout: 'workflow/untrusted-checkout',
  permissions: 'workflow/permissions',
  unpinnedAction: 'workflow/unpinned-action',
  runnerLabelMix: 'workflow/runner-label-mix',
} as const;

export type WorkflowRuleId = (typeof WORKFLOW_RULE_IDS)[keyof typeof WORKFLOW_RULE_IDS];

/** Name of the tool in findings of the workflow validator. */
export const WORKFLOW_TOOL = 'testmaster';

function rule(id: WorkflowRuleId, defaultLevel: RuleMeta['defaultLevel'], summary: string, help: string): RuleMeta {
  return { id, defaultLevel, summary, help, helpUri: ruleDocsUri('workflow', id) };
}

export const WORKFLOW_RULES: RuleMeta[] = [
  rule(
    WORKFLOW_RULE_IDS.expressionInjection,
    'error',
    'Untrusted `${{ }}` expression expanded inside a `run:` script or a github-script `script:`.',
    'GitHub replaces `${{ }}` with its text before the shell or github-script runs the script, so an issue title, branch ' +
      'name or input that contains quotes and commands runs as code with the job\'s token and secrets. Pass the value ' +
      'through `env:` and read the environment variable in the script, quoted: `env: TITLE: ${{ github.event.issue.title }}` ' +
      'and `echo "$TITLE"`.',
  ),
  rule(
    WORKFLOW_RULE_IDS.untrustedCheckout,
    'error',
    '`pull_request_target` or `workflow_run` workflow that checks out the pull request\'s code.',
    'These triggers run with the base repository\'s secrets and a token that can write, even for pull requests from forks. ' +
      'Checking out the pull request\'s head and then building or testing it runs the fork\'s code with those rights. Run ' +
      'the build in a `pull_request` workflow, and pass its results to the privileged workflow as an artifact that is read as data.',
  ),
  rule(
    WORKFLOW_RULE_IDS.permissions,
    'warning',
    'Job without `permissions` at workflow or job level, or `permissions: write-all`.',
    'Without a `permissions` key the GITHUB_TOKEN gets the repository\'s default permissions, which are read and write ' +
      'access to most scopes in repositories created before February 2023 and wherever an administrator chose it. Set `permissions:` at the top ' +
      'of the workflow to the least the jobs need, such as `contents: read`, and widen it per job.',
  ),
  rule(
    WORKFLOW_RULE_IDS.unpinnedAction,
    'warning',
    'Third-party action, reusable workflow or Docker image not pinned to a full commit SHA or image digest.',
    'A tag or branch can be moved to other code at any time by whoever controls the repository, and a compromised tag then ' +
      'runs in every workflow that uses it. Pin `uses:` to the full 40-character commit SHA, with the version in a comment ' +
      '(`owner/repo@<sha> # v1.2.3`), and a `docker://` image to its `@sha256:` digest. Actions of the `actions` and ' +
      '`github` organizations are exempt, because GitHub publishes them.',
  ),
  rule(
    WORKFLOW_RULE_IDS.runnerLabelMix,
    'warning',
    '`runs-on` list that mixes `self-hosted` with a label that is not a default self-hosted runner label.',
    'Runners of an Actions Runner Controller scale set answer only to the scale set\'s name, used alone as `runs-on: ' +
      '<name>`; a list that adds `self-hosted` or other labels never matches them, and the job waits in the queue. Use the ' +
      'scale set name alone, or, for classic self-hosted runners with custom labels, list those labels in the rule\'s known labels.',
  ),
];
