/**
 * A depth-first walk over an ESTree that calls `enter` before a node's
 * children and `exit` after them, in the order ESLint visits nodes.
 *
 * The order matters: eslint-plugin-sonarjs keeps nesting in counters that
 * rise and fall as nodes are entered and left, and one of its quirks (see
 * cognitive.ts) leaks a level to every node visited later in the function.
 * So the walk uses typescript-eslint's visitor keys, which ESLint also uses
 * with @typescript-eslint/parser, through typescript-estree's
 * `simpleTraverse`. That traversal only reports entries; a node is left when
 * the next entered node is not inside it, which the stack of open nodes shows.
 */
import { simpleTraverse, type TSESTree } from '@typescript-eslint/typescript-estree';

export type SyntaxNode = TSESTree.Node;

export interface SyntaxVisitor {
  enter(node: SyntaxNode, parent: SyntaxNode | null): void;
  exit(node: SyntaxNode, parent: SyntaxNode | null): void;
}

/** Walks `root` without changing it: `parse` sets no `parent` fields, so the walk passes each parent along. */
export function walkSyntax(root: SyntaxNode, visitor: SyntaxVisitor): void {
  const open: Array<{ node: SyntaxNode; parent: SyntaxNode | null }> = [];
  const closeUntil = (parent: SyntaxNode | null): void => {
    while (open.length > 0 && open[open.length - 1]!.node !== parent) {
      const closed = open.pop()!;
      visitor.exit(closed.node, closed.parent);
    }
  };

  simpleTraverse(root, {
    enter(node, parent) {
      const parentNode = parent ?? null;
      closeUntil(parentNode);
      visitor.enter(node, parentNode);
      open.push({ node, parent: parentNode });
    },
  });
  closeUntil(null);
}
