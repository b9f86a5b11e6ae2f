/** Report blocks for the files that `--explain` names. */
import type { Block } from '../../report/document.js';
import { displayText } from '../display-text.js';
import type { Explanation } from '../select/index.js';

export function explanationBlocks(explanations: readonly Explanation[]): Block[] {
  if (explanations.length === 0) return [];
  const blocks: Block[] = [{ kind: 'heading', level: 3, text: 'Explanations' }];
  for (const explanation of explanations) {
    blocks.push({ kind: 'paragraph', text: [{ text: displayText(explanation.path), style: 'code' }] });
    blocks.push({ kind: 'list', items: explanation.lines });
  }
  return blocks;
}
