/**
 * `workflow/runner-label-mix`: a `runs-on` list that mixes `self-hosted` with
 * a label that a plain self-hosted runner does not have.
 *
 * Runners of an Actions Runner Controller scale set are selected only by the
 * scale set's name, given alone (`runs-on: arc-runner-set`); GitHub's ARC
 * documentation says that additional labels cannot target them. So a list
 * with `self-hosted` and any label other than the default labels of a
 * self-hosted runner (`linux`, `windows`, `macos`, `x64`, `arm`, `arm64`) is
 * reported: it is either a scale set name that never matches, or a custom
 * label of a classic runner, which the `knownRunnerLabels` option accepts.
 * Both the list form and the `labels:` of the `group:` form are read. Labels
 * written as expressions are skipped, because their value is known only at
 * run time.
 */
import { isMap, type Document, type Node } from 'yaml';
import type { Finding } from '../model.js';
import { WORKFLOW_RULE_IDS } from './rules.js';
import { findingAtNode, type WorkflowContext } from './workflow-context.js';
import { jobsOf, scalarText, sequenceItems, valueOf } from './yaml-nodes.js';

/** The labels that GitHub gives every self-hosted runner: `self-hosted`, its operating system and its architecture. */
const DEFAULT_SELF_HOSTED_LABELS = ['self-hosted', 'linux', 'windows', 'macos', 'x64', 'arm', 'arm64'];

export function runnerLabelMixFindings(context: WorkflowContext): Finding[] {
  const { document } = context;
  if (context.kind !== 'workflow') return [];
  const accepted = new Set([...DEFAULT_SELF_HOSTED_LABELS, ...context.options.knownRunnerLabels.map((label) => label.toLowerCase())]);
  const findings: Finding[] = [];
  for (const { id, job } of jobsOf(document)) {
    const list = labelList(document, valueOf(document, job, 'runs-on'));
    if (!list) continue;
    const labels = sequenceItems(document, list)
      .map((item) => scalarText(item))
      .filter((label): label is string => label !== undefined && !label.includes('${{'));
    if (!labels.some((label) => label.toLowerCase() === 'self-hosted')) continue;
    const others = labels.filter((label) => !accepted.has(label.toLowerCase()));
    if (others.length === 0) continue;
    const named = others.map((label) => `'${label}'`).join(', ');
    findings.push(
      findingAtNode(
        context,
        WORKFLOW_RULE_IDS.runnerLabelMix,
        list,
        `Job '${id}' asks for 'self-hosted' together with ${named}. A runner scale set answers only to its name alone ` +
          `(runs-on: ${others[0]}), so this job would wait for a runner that never comes; if ${named} are custom labels of ` +
          'classic self-hosted runners, add them to the known runner labels.',
        { job: id, labels: others.join(',') },
      ),
    );
  }
  return findings;
}

/** Returns the sequence node of `runs-on`: the value itself, or the `labels:` of the group form. */
function labelList(document: Document, runsOn: Node | undefined): Node | undefined {
  if (isMap(runsOn)) return valueOf(document, runsOn, 'labels');
  return runsOn;
}
