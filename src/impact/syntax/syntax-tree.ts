/**
 * The syntax tree of the subset of JavaScript and TypeScript that impact
 * analysis reads without running a file: the values of config files and the
 * export forms of modules. Parentheses, `as`, `satisfies`, `!` and type
 * assertions leave no node, so a reader sees the expression inside them.
 * Every node keeps its source text for messages.
 */

interface NodeBase {
  /** Offsets of the node's first character and just past its last. */
  start: number;
  end: number;
  /** The node's source text, without comments around it. */
  text: string;
}

export type Expression =
  | StringLiteral
  | TemplateLiteral
  | NumberLiteral
  | RegexLiteral
  | Identifier
  | MetaProperty
  | MemberAccess
  | ElementAccess
  | CallExpression
  | NewExpression
  | ObjectLiteral
  | ArrayLiteral
  | FunctionExpression
  | UnaryExpression
  | BinaryExpression
  | ConditionalExpression
  | SpreadElement
  | OtherExpression;

/** A string literal or a template literal without substitutions; `value` is decoded. */
export interface StringLiteral extends NodeBase {
  kind: 'string';
  value: string;
}

/** A template literal with substitutions: `head${spans[0].expression}spans[0].literal…`. */
export interface TemplateLiteral extends NodeBase {
  kind: 'template';
  head: string;
  spans: { expression: Expression; literal: string }[];
}

export interface NumberLiteral extends NodeBase {
  kind: 'number';
  value: string;
}

/** A regular expression literal; `text` is the whole `/pattern/flags`. */
export interface RegexLiteral extends NodeBase {
  kind: 'regex';
}

/** An identifier, or one of `this`, `super`, `true`, `false` and `null`. */
export interface Identifier extends NodeBase {
  kind: 'identifier';
  name: string;
}

/** `import.meta` or `new.target`. */
export interface MetaProperty extends NodeBase {
  kind: 'meta';
  keyword: 'import' | 'new';
  name: string;
}

/** `object.name` or `object?.name`. */
export interface MemberAccess extends NodeBase {
  kind: 'member';
  object: Expression;
  name: string;
}

/** `object[index]` or `object?.[index]`. */
export interface ElementAccess extends NodeBase {
  kind: 'element';
  object: Expression;
  index: Expression;
}

/** A call; `import('x')` is a call whose callee is the identifier `import`. Arguments may be spread elements. */
export interface CallExpression extends NodeBase {
  kind: 'call';
  callee: Expression;
  arguments: Expression[];
}

/** `new Callee(…)`; `arguments` is empty when the parentheses are left out. */
export interface NewExpression extends NodeBase {
  kind: 'new';
  callee: Expression;
  arguments: Expression[];
}

export interface ObjectLiteral extends NodeBase {
  kind: 'object';
  properties: ObjectMember[];
}

export type ObjectMember = PropertyAssignment | ShorthandProperty | SpreadElement | MethodMember;

/** `name: value`. `name` is undefined for a computed name that is not a string literal, as in `[key]: value`. */
export interface PropertyAssignment extends NodeBase {
  kind: 'property';
  name: string | undefined;
  value: Expression;
}

/** `{ name }`, whose value is the identifier `value`. */
export interface ShorthandProperty extends NodeBase {
  kind: 'shorthand';
  name: string;
  value: Identifier;
}

/** `...argument` in an object, an array or an argument list; nowhere else. */
export interface SpreadElement extends NodeBase {
  kind: 'spread';
  argument: Expression;
}

/** A method, getter or setter of an object literal, whose body is not read. */
export interface MethodMember extends NodeBase {
  kind: 'method';
  name: string | undefined;
}

/** An array literal; a hole such as the middle of `[a, , b]` is `undefined`. */
export interface ArrayLiteral extends NodeBase {
  kind: 'array';
  elements: (Expression | undefined)[];
}

/**
 * An arrow function or function expression. `returned` is the body of an
 * arrow with an expression body, or the value of the first `return`
 * statement directly in a block body.
 */
export interface FunctionExpression extends NodeBase {
  kind: 'function';
  returned: Expression | undefined;
}

/** A prefix operator, including `await`, `typeof`, `void`, `delete` and `yield`, or a postfix `++`/`--`. */
export interface UnaryExpression extends NodeBase {
  kind: 'unary';
  operator: string;
  operand: Expression;
}

/** A binary operator, including assignments such as `=` and `||=`, and the comma operator. */
export interface BinaryExpression extends NodeBase {
  kind: 'binary';
  operator: string;
  left: Expression;
  right: Expression;
}

export interface ConditionalExpression extends NodeBase {
  kind: 'conditional';
  condition: Expression;
  whenTrue: Expression;
  whenFalse: Expression;
}

/** An expression the reader does not take apart, such as a class expression, a tagged template or JSX. */
export interface OtherExpression extends NodeBase {
  kind: 'other';
}

/** A name that a declaration binds: an identifier or a destructuring pattern. */
export type Binding =
  | { kind: 'name'; name: string }
  /** `{ a, b: c, ...rest }`; `property` is the name read from the object, when it is not computed. */
  | { kind: 'object-pattern'; elements: { property: string | undefined; binding: Binding }[] }
  /** `[a, , b, ...rest]`, with `undefined` for a hole. */
  | { kind: 'array-pattern'; elements: (Binding | undefined)[] };

export type Statement =
  | ImportDeclaration
  | VariableStatement
  | ExportDefault
  | ExportEquals
  | ExportNames
  | ExportAll
  | ExpressionStatement;

/** `import … from 'module'`, `import 'module'` or `import name = require('module')`. */
export interface ImportDeclaration {
  kind: 'import';
  module: string;
  defaultName: string | undefined;
  namespaceName: string | undefined;
  /** `{ imported as local }` entries; `imported` equals `local` without `as`. */
  named: { imported: string; local: string }[];
}

/** `const`, `let` or `var` at the top level, exported or not. */
export interface VariableStatement {
  kind: 'variable';
  keyword: 'const' | 'let' | 'var';
  exported: boolean;
  declarations: { binding: Binding; initializer: Expression | undefined }[];
}

/** `export default …`. `expression` is undefined for a default interface, or when nothing readable follows. */
export interface ExportDefault {
  kind: 'export-default';
  expression: Expression | undefined;
}

/** `export = expression`. */
export interface ExportEquals {
  kind: 'export-equals';
  expression: Expression | undefined;
}

/**
 * Exports that name what they export: `export function f`, `export class C`,
 * `export { a as b }`, `export { a } from 'm'`, `export * as ns from 'm'`,
 * types, enums, namespaces and `export import A = …`.
 */
export interface ExportNames {
  kind: 'export-names';
  names: string[];
  /** The module of `export { a } from 'm'` and `export * as ns from 'm'`; absent for local names. */
  module?: string;
}

/** `export * from 'module'`. */
export interface ExportAll {
  kind: 'export-all';
  module: string;
}

/** An expression statement at the top level, such as `module.exports = {…}`. */
export interface ExpressionStatement {
  kind: 'expression';
  expression: Expression;
}

/** The top-level statements of a module that the reader recognizes, in source order. Others are skipped. */
export interface ModuleSyntax {
  statements: Statement[];
}
