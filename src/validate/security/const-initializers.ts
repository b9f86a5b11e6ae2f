/**
 * The initial values of `const` declarations per function, so that a rule can
 * see that `exec(command)` runs the template literal stored in `command`.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import { enclosingScope, enclosingScopes, walkProgram, type Node } from './ast-walk.js';
import { unwrapExpression } from './expressions.js';

export class ConstInitializers {
  private readonly byScope = new Map<Node, Map<string, Node>>();

  constructor(program: TSESTree.Program) {
    walkProgram(program, [
      (node, ancestors) => {
        if (node.type !== 'VariableDeclaration' || node.kind !== 'const') return;
        const scope = enclosingScope(ancestors);
        for (const declarator of node.declarations) {
          if (declarator.id.type !== 'Identifier' || !declarator.init) continue;
          let names = this.byScope.get(scope);
          if (!names) this.byScope.set(scope, (names = new Map()));
          names.set(declarator.id.name, declarator.init);
        }
      },
    ]);
  }

  /**
   * Returns the expression an identifier was initialized with, following chains of
   * constants up to a few steps, or the expression itself when it is no
   * constant's name. Shadowing inside blocks of the same function is not distinguished.
   */
  resolve(node: Node, ancestors: readonly Node[]): Node {
    let current = unwrapExpression(node);
    for (let step = 0; step < 4 && current.type === 'Identifier'; step += 1) {
      const init = this.lookup(current.name, ancestors);
      if (!init) break;
      current = unwrapExpression(init);
    }
    return current;
  }

  private lookup(name: string, ancestors: readonly Node[]): Node | undefined {
    for (const scope of enclosingScopes(ancestors)) {
      const init = this.byScope.get(scope)?.get(name);
      if (init) return init;
    }
    return undefined;
  }
}
