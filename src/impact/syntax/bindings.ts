/** Binding names and destructuring patterns of variable declarations, and the declarations themselves. */
import type { ExpressionParser } from './expression-parser.js';
import { parsePropertyName } from './literals.js';
import type { Binding, VariableStatement } from './syntax-tree.js';
import { skipType } from './type-skipping.js';

/**
 * Parses `const`, `let` or `var` and its declarations; the current token is
 * the keyword. Each declaration may have a type and an initializer.
 */
export function parseVariableStatement(parser: ExpressionParser, exported: boolean): VariableStatement {
  const { cursor } = parser;
  const keyword = cursor.token.value as VariableStatement['keyword'];
  cursor.advance();
  const declarations: VariableStatement['declarations'] = [];
  for (;;) {
    const binding = parseBinding(parser);
    if (binding === undefined) break;
    // `let value!: T` asserts that the variable is assigned before use.
    cursor.consume('!');
    if (parser.options.typeScript && cursor.consume(':')) skipType(cursor);
    const initializer = cursor.consume('=') ? parser.parseAssignment() : undefined;
    declarations.push({ binding, initializer });
    if (!cursor.consume(',')) break;
  }
  return { kind: 'variable', keyword, exported, declarations };
}

/** Parses a binding, which is a name, `{ … }` or `[ … ]`. Returns undefined when none starts at the cursor. */
export function parseBinding(parser: ExpressionParser): Binding | undefined {
  const { cursor } = parser;
  if (cursor.token.kind === 'name') {
    const name = cursor.token.value;
    cursor.advance();
    return { kind: 'name', name };
  }
  const skip = (): undefined => {
    cursor.skip();
    return undefined;
  };
  if (cursor.is('{')) return parser.nested(() => parseObjectPattern(parser), skip);
  if (cursor.is('[')) return parser.nested(() => parseArrayPattern(parser), skip);
  return undefined;
}

/** Lists the names that a binding declares, also inside nested patterns, in source order. */
export function bindingNames(binding: Binding): string[] {
  switch (binding.kind) {
    case 'name':
      return [binding.name];
    case 'object-pattern':
      return binding.elements.flatMap((element) => bindingNames(element.binding));
    case 'array-pattern':
      return binding.elements.flatMap((element) => (element === undefined ? [] : bindingNames(element)));
  }
}

function parseObjectPattern(parser: ExpressionParser): Binding {
  const { cursor } = parser;
  const elements: { property: string | undefined; binding: Binding }[] = [];
  parser.parseDelimited(() => {
    if (cursor.consume('...')) {
      const rest = parseBinding(parser);
      if (rest) elements.push({ property: undefined, binding: rest });
      return;
    }
    const property = parsePropertyName(parser);
    if (property === null) return;
    let binding: Binding | undefined;
    if (cursor.consume(':')) binding = parseBinding(parser);
    else if (property !== undefined) binding = { kind: 'name', name: property };
    if (cursor.consume('=')) parser.parseAssignment();
    if (binding) elements.push({ property, binding });
  });
  return { kind: 'object-pattern', elements };
}

function parseArrayPattern(parser: ExpressionParser): Binding {
  const { cursor } = parser;
  const elements: (Binding | undefined)[] = [];
  let afterElement = false;
  parser.parseDelimited(
    () => {
      cursor.consume('...');
      elements.push(parseBinding(parser));
      if (cursor.consume('=')) parser.parseAssignment();
      afterElement = true;
    },
    () => {
      if (!afterElement) elements.push(undefined);
      afterElement = false;
    },
  );
  return { kind: 'array-pattern', elements };
}
