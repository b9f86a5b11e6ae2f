/** A compact text form of syntax tree nodes, so that parser tests can compare whole trees in one line. */
import type { Binding, Expression, ObjectMember, Statement } from '../../../src/impact/syntax/syntax-tree.js';

export function printExpression(node: Expression | undefined): string {
  if (node === undefined) return '_';
  switch (node.kind) {
    case 'string':
      return JSON.stringify(node.value);
    case 'template':
      return `template(${[JSON.stringify(node.head), ...node.spans.flatMap((span) => [printExpression(span.expression), JSON.stringify(span.literal)])].join(', ')})`;
    case 'number':
      return node.value;
    case 'regex':
      return node.text;
    case 'identifier':
      return node.name;
    case 'meta':
      return `${node.keyword}.${node.name}`;
    case 'member':
      return `${printExpression(node.object)}.${node.name}`;
    case 'element':
      return `${printExpression(node.object)}[${printExpression(node.index)}]`;
    case 'call':
      return `${printExpression(node.callee)}(${node.arguments.map(printExpression).join(', ')})`;
    case 'new':
      return `new ${printExpression(node.callee)}(${node.arguments.map(printExpression).join(', ')})`;
    case 'object':
      return `{${node.properties.map(printMember).join(', ')}}`;
    case 'array':
      return `[${node.elements.map(printExpression).join(', ')}]`;
    case 'function':
      return `fn => ${printExpression(node.returned)}`;
    case 'unary':
      return `(${node.operator} ${printExpression(node.operand)})`;
    case 'binary':
      return `(${printExpression(node.left)} ${node.operator} ${printExpression(node.right)})`;
    case 'conditional':
      return `(${printExpression(node.condition)} ? ${printExpression(node.whenTrue)} : ${printExpression(node.whenFalse)})`;
    case 'spread':
      return `...${printExpression(node.argument)}`;
    case 'other':
      return `other<${node.text}>`;
  }
}

export function printStatement(statement: Statement): string {
  switch (statement.kind) {
    case 'import': {
      const parts = [statement.defaultName ?? '', statement.namespaceName ? `* as ${statement.namespaceName}` : ''];
      const named = statement.named.map(({ imported, local }) => (imported === local ? local : `${imported} as ${local}`));
      if (named.length > 0) parts.push(`{${named.join(', ')}}`);
      return `import ${parts.filter(Boolean).join(' ')} from ${JSON.stringify(statement.module)}`.replace('import  from', 'import from');
    }
    case 'variable': {
      const declarations = statement.declarations.map(({ binding, initializer }) => `${printBinding(binding)} = ${printExpression(initializer)}`);
      return `${statement.exported ? 'export ' : ''}${statement.keyword} ${declarations.join(', ')}`;
    }
    case 'export-default':
      return `export default ${printExpression(statement.expression)}`;
    case 'export-equals':
      return `export = ${printExpression(statement.expression)}`;
    case 'export-names':
      return `export names ${statement.names.join(', ')}`;
    case 'export-all':
      return `export * from ${JSON.stringify(statement.module)}`;
    case 'expression':
      return printExpression(statement.expression);
  }
}

function printMember(member: ObjectMember): string {
  switch (member.kind) {
    case 'property':
      return `${member.name ?? '?'}: ${printExpression(member.value)}`;
    case 'shorthand':
      return `${member.name}=`;
    case 'method':
      return `${member.name ?? '?'}()`;
    case 'spread':
      return `...${printExpression(member.argument)}`;
  }
}

function printBinding(binding: Binding): string {
  switch (binding.kind) {
    case 'name':
      return binding.name;
    case 'object-pattern':
      return `{${binding.elements.map(({ property, binding: inner }) => `${property ?? '?'}: ${printBinding(inner)}`).join(', ')}}`;
    case 'array-pattern':
      return `[${binding.elements.map((element) => (element === undefined ? '_' : printBinding(element))).join(', ')}]`;
  }
}
