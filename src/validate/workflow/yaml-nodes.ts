/**
 * Reads a workflow's YAML tree while keeping each node's source range, so a
 * rule can point at the exact key or value it is about.
 */
import { isAlias, isMap, isScalar, isSeq, parseDocument, type Document, type Node, type Pair, type YAMLMap } from 'yaml';

/** Parses a workflow or action file; returns null when the YAML has errors, which the syntax validator reports. */
export function parseWorkflowYaml(text: string): Document.Parsed | null {
  const document = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  return document.errors.length > 0 ? null : document;
}

/** `node` with an alias replaced by the node its anchor marks. */
export function resolved(document: Document, node: unknown): Node | undefined {
  if (isAlias(node)) return (node.resolve(document) as Node | undefined) ?? undefined;
  return (node ?? undefined) as Node | undefined;
}

/** Returns the pair of `map` whose key is the string `key`, or undefined. */
export function pairOf(map: unknown, key: string): Pair<Node, Node> | undefined {
  if (!isMap(map)) return undefined;
  return (map as YAMLMap<Node, Node>).items.find((pair) => isScalar(pair.key) && String(pair.key.value) === key);
}

/** Returns the value of `key` in `map`, with aliases resolved in both. */
export function valueOf(document: Document, map: unknown, key: string): Node | undefined {
  return resolved(document, pairOf(resolved(document, map), key)?.value);
}

/** Returns the string form of a scalar node (numbers and booleans too), or undefined for a collection or missing node. */
export function scalarText(node: unknown): string | undefined {
  if (!isScalar(node) || node.value === null || node.value === undefined) return undefined;
  return String(node.value);
}

/** Returns the items of a sequence node with aliases resolved, or nothing for any other node. */
export function sequenceItems(document: Document, node: unknown): Node[] {
  if (!isSeq(node)) return [];
  return node.items.map((item) => resolved(document, item)).filter((item): item is Node => item !== undefined);
}

/** Returns the start and end offsets of a node's text, without a trailing comment. */
export function nodeSpan(node: Node): [number, number] {
  const [start, valueEnd] = node.range ?? [0, 0];
  return [start, valueEnd];
}

/** A job of a workflow: its id, its key node, and its mapping. */
export interface WorkflowJob {
  id: string;
  key: Node;
  job: YAMLMap;
}

/** Lists the jobs of a workflow in file order, skipping jobs that are not mappings. */
export function jobsOf(document: Document): WorkflowJob[] {
  const jobs = valueOf(document, document.contents, 'jobs');
  if (!isMap(jobs)) return [];
  const result: WorkflowJob[] = [];
  for (const pair of jobs.items) {
    const job = resolved(document, pair.value);
    if (isScalar(pair.key) && isMap(job)) result.push({ id: String(pair.key.value), key: pair.key as Node, job });
  }
  return result;
}

/** Lists the step mappings of a job, or of a composite action's `runs`. */
export function stepsOf(document: Document, owner: unknown): YAMLMap[] {
  return sequenceItems(document, valueOf(document, owner, 'steps')).filter((step): step is YAMLMap => isMap(step));
}

/** Lists every step of a workflow's jobs, or of a composite action, in file order. */
export function allSteps(document: Document, kind: 'workflow' | 'action'): YAMLMap[] {
  if (kind === 'action') return stepsOf(document, valueOf(document, document.contents, 'runs'));
  return jobsOf(document).flatMap(({ job }) => stepsOf(document, job));
}
