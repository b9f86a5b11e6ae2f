/** The events that trigger a workflow, from its `on:` key in any of its three forms. */
import { isMap, isScalar, isSeq, type Document } from 'yaml';
import { resolved, scalarText, valueOf } from './yaml-nodes.js';

/** Event names of `on:` (a string, a list, or a mapping of event to settings), in lower case. */
export function triggersOf(document: Document): Set<string> {
  const on = valueOf(document, document.contents, 'on');
  const names: Array<string | undefined> = [];
  if (isScalar(on)) names.push(scalarText(on));
  if (isSeq(on)) names.push(...on.items.map((item) => scalarText(resolved(document, item))));
  if (isMap(on)) names.push(...on.items.map((pair) => scalarText(pair.key)));
  return new Set(names.filter((name): name is string => name !== undefined).map((name) => name.toLowerCase()));
}
