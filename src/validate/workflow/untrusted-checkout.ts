/**
 * `workflow/untrusted-checkout`: a workflow triggered by
 * `pull_request_target` or `workflow_run` that checks out the pull request's
 * code, with actions/checkout or a command in a `run:` script.
 *
 * The checkout counts when its `ref:` or `repository:` reads the pull
 * request's head (`github.event.pull_request.head.*`, `github.head_ref`,
 * `github.event.workflow_run.head_*` or `.pull_requests`) or names a
 * `refs/pull/...` ref. Checking out the base, the default for these
 * triggers, is safe. In `run:` scripts, `gh pr checkout` and a `git fetch`,
 * `git checkout` or `git switch` command line that names a pull request ref
 * or reads the head in an expression count too.
 *
 * NOTE: a script that fetches the head through a variable, such as
 * `git fetch origin "$HEAD_REF"`, is not detected.
 */
import type { Document, Node, YAMLMap } from 'yaml';
import type { Finding } from '../model.js';
import { contextReferences, findExpressions } from './expressions.js';
import { WORKFLOW_RULE_IDS } from './rules.js';
import { triggersOf } from './triggers.js';
import { findingAt, findingAtNode, type WorkflowContext } from './workflow-context.js';
import { jobsOf, nodeSpan, scalarText, stepsOf, valueOf } from './yaml-nodes.js';

const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];

/** Context paths, as prefixes, that name the pull request's head commit, branch or fork. */
const PULL_REQUEST_HEAD_PREFIXES = [
  'github.event.pull_request.head',
  'github.head_ref',
  'github.event.workflow_run.head_branch',
  'github.event.workflow_run.head_sha',
  'github.event.workflow_run.head_commit',
  'github.event.workflow_run.head_repository',
  'github.event.workflow_run.pull_requests',
];

/** A shell command on one line that fetches or checks out a pull request's head. */
const SCRIPT_CHECKOUT =
  /\bgh\s+pr\s+checkout\b[^\n]*|\bgit\s+(?:fetch|checkout|switch)\b[^\n]*?(?:refs\/pull\/|\bpull\/(?:\$\{\{[^}]*\}\}|[^\s/]+)\/(?:head|merge)\b|\$\{\{\s*github\.(?:head_ref|event\.pull_request\.head\.|event\.workflow_run\.head_))[^\n]*/gi;

export function untrustedCheckoutFindings(context: WorkflowContext): Finding[] {
  const { document } = context;
  if (context.kind !== 'workflow') return [];
  const triggers = triggersOf(document);
  const trigger = PRIVILEGED_TRIGGERS.find((name) => triggers.has(name));
  if (trigger === undefined) return [];
  const findings: Finding[] = [];
  for (const { id, job } of jobsOf(document)) {
    const message =
      `Job '${id}' checks out the pull request's code in a ${trigger} workflow, which runs with the base repository's ` +
      'secrets and a token that can write. Build the pull request in a pull_request workflow instead.';
    for (const step of stepsOf(document, job)) {
      const checkedOut = pullRequestCheckoutInput(context, document, step);
      if (checkedOut) findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.untrustedCheckout, checkedOut, message, { trigger, job: id }));
      for (const span of scriptCheckouts(context, valueOf(document, step, 'run'))) {
        findings.push(findingAt(context, WORKFLOW_RULE_IDS.untrustedCheckout, span, message, { trigger, job: id }));
      }
    }
  }
  return findings;
}

/** Returns the `ref:` or `repository:` node of an actions/checkout step that points at the pull request's head, or undefined. */
function pullRequestCheckoutInput(context: WorkflowContext, document: Document, step: YAMLMap): Node | undefined {
  const uses = scalarText(valueOf(document, step, 'uses'))?.toLowerCase();
  if (!uses?.startsWith('actions/checkout@')) return undefined;
  const inputs = valueOf(document, step, 'with');
  for (const name of ['ref', 'repository']) {
    const node = valueOf(document, inputs, name);
    if (node && readsPullRequestHead(context.source.text, node)) return node;
  }
  return undefined;
}

/** Returns the offsets of each command in a `run:` script that fetches or checks out the pull request's head. */
function scriptCheckouts(context: WorkflowContext, run: Node | undefined): Array<[number, number]> {
  if (!run) return [];
  const [start, end] = nodeSpan(run);
  const script = context.source.text.slice(start, end);
  return [...script.matchAll(SCRIPT_CHECKOUT)].map((match) => {
    const commandStart = start + match.index;
    return [commandStart, commandStart + match[0].trimEnd().length];
  });
}

function readsPullRequestHead(text: string, node: Node): boolean {
  if (/\brefs\/pull\//i.test(scalarText(node) ?? '')) return true;
  const [start, end] = nodeSpan(node);
  return findExpressions(text, start, end).some((expression) =>
    contextReferences(expression.body).some(({ path }) =>
      PULL_REQUEST_HEAD_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}.`)),
    ),
  );
}
