/**
 * `workflow/expression-injection`: untrusted `${{ }}` expressions expanded
 * into a `run:` script or the `script:` of actions/github-script.
 *
 * An expression is untrusted when it reads an outside-controlled context
 * property (see untrusted-contexts.ts) or a string input: `inputs.<name>`
 * or `github.event.inputs.<name>`. Inputs declared with type `boolean`,
 * `number`, `choice` or `environment` under `workflow_call` or
 * `workflow_dispatch` are trusted, because GitHub checks their values
 * against the type. A composite action's inputs have no type, so all of them
 * count. A reference whose innermost enclosing call is `contains`,
 * `startsWith` or `endsWith` is trusted, because those return a boolean.
 *
 * NOTE: values that pass through `env`, step outputs or job outputs are not
 * followed, so `${{ steps.x.outputs.title }}` is never reported even when it
 * contains an issue title.
 */
import { isMap, type Document, type Node, type YAMLMap } from 'yaml';
import type { Finding } from '../model.js';
import { contextReferences, findExpressions, type ContextReference } from './expressions.js';
import { WORKFLOW_RULE_IDS } from './rules.js';
import { isUntrustedContext } from './untrusted-contexts.js';
import { findingAt, type WorkflowContext } from './workflow-context.js';
import { allSteps, nodeSpan, scalarText, valueOf } from './yaml-nodes.js';

const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);
const TYPED_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);

export function expressionInjectionFindings(context: WorkflowContext): Finding[] {
  const { document } = context;
  const typedInputs = typedInputNames(context);
  const findings: Finding[] = [];
  for (const step of allSteps(document, context.kind)) {
    const run = valueOf(document, step, 'run');
    if (run) findings.push(...scriptFindings(context, run, 'run script', typedInputs));
    const script = githubScriptOf(document, step);
    if (script) findings.push(...scriptFindings(context, script, 'github-script script', typedInputs));
  }
  return findings;
}

/** Returns the `with.script` node of an actions/github-script step. */
function githubScriptOf(document: Document, step: YAMLMap): Node | undefined {
  const uses = scalarText(valueOf(document, step, 'uses'));
  if (!uses?.toLowerCase().startsWith('actions/github-script@')) return undefined;
  return valueOf(document, valueOf(document, step, 'with'), 'script');
}

function scriptFindings(context: WorkflowContext, node: Node, place: string, typedInputs: Set<string>): Finding[] {
  const [start, end] = nodeSpan(node);
  const findings: Finding[] = [];
  for (const expression of findExpressions(context.source.text, start, end)) {
    const untrusted = contextReferences(expression.body).filter((reference) => isUntrustedReference(reference, typedInputs));
    if (untrusted.length === 0) continue;
    const names = [...new Set(untrusted.map((reference) => reference.path))].join(', ');
    const runsAs = place === 'run script' ? 'shell code' : 'JavaScript';
    findings.push(
      findingAt(
        context,
        WORKFLOW_RULE_IDS.expressionInjection,
        [expression.start, expression.end],
        `${names} is expanded into the ${place}, so text that an outside contributor controls can run as ${runsAs}. ` +
          'Pass it through an `env:` variable and read the variable in the script instead.',
        { contexts: names },
      ),
    );
  }
  return findings;
}

function isUntrustedReference(reference: ContextReference, typedInputs: Set<string>): boolean {
  if (reference.enclosingFunction !== null && BOOLEAN_FUNCTIONS.has(reference.enclosingFunction)) return false;
  const segments = reference.path.split('.');
  if (segments[0] === 'inputs') return segments.length === 1 || !typedInputs.has(segments[1]!);
  const isEventInput = segments.length > 3 && segments[0] === 'github' && segments[1] === 'event' && segments[2] === 'inputs';
  if (isEventInput) return !typedInputs.has(segments[3]!);
  return isUntrustedContext(reference.path);
}

/**
 * Names (lower case) of the inputs whose every declaration, under
 * `workflow_call` and `workflow_dispatch`, has a type that GitHub checks.
 */
function typedInputNames(context: WorkflowContext): Set<string> {
  const { document } = context;
  if (context.kind !== 'workflow') return new Set();
  const on = valueOf(document, document.contents, 'on');
  const typed = new Set<string>();
  const untyped = new Set<string>();
  for (const trigger of ['workflow_call', 'workflow_dispatch']) {
    const inputs = valueOf(document, valueOf(document, on, trigger), 'inputs');
    if (!isMap(inputs)) continue;
    for (const pair of inputs.items) {
      const name = scalarText(pair.key)?.toLowerCase();
      if (name === undefined) continue;
      const type = scalarText(valueOf(document, pair.value, 'type'))?.toLowerCase();
      (type !== undefined && TYPED_INPUT_TYPES.has(type) ? typed : untyped).add(name);
    }
  }
  for (const name of untyped) typed.delete(name);
  return typed;
}

