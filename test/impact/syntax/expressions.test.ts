import { describe, expect, it } from 'vitest';
import { parseModule, syntaxOptionsFor } from '../../../src/impact/syntax/module-syntax.js';
import { printExpression } from './print-tree.js';

/** Parses `export default <source>` and prints the exported expression. */
function parseValue(source: string, fileName = 'config.ts'): string {
  const [statement] = parseModule(`export default ${source}`, syntaxOptionsFor(fileName)).statements;
  if (statement?.kind !== 'export-default') throw new Error(`no export default in ${source}`);
  return printExpression(statement.expression);
}

const CASES: { construct: string; source: string; tree: string; file?: string }[] = [
  { construct: 'string literal', source: "'a\\'b'", tree: '"a\'b"' },
  { construct: 'double-quoted string with escapes', source: '"\\u0041\\n"', tree: '"A\\n"' },
  { construct: 'template without substitutions', source: '`plain`', tree: '"plain"' },
  { construct: 'template with substitutions', source: '`${root}/src/${name}.ts`', tree: 'template("", root, "/src/", name, ".ts")' },
  { construct: 'nested template', source: '`a${`b${c}`}d`', tree: 'template("a", template("b", c, ""), "d")' },
  { construct: 'number', source: '1_000', tree: '1000' },
  { construct: 'regular expression', source: '/^~(.*)$/u', tree: '/^~(.*)$/u' },
  { construct: 'regular expression with a slash in a class', source: '/[/]x/', tree: '/[/]x/' },
  { construct: 'division', source: 'a / b / 2', tree: '((a / b) / 2)' },
  { construct: 'identifier', source: '__dirname', tree: '__dirname' },
  { construct: 'keyword literal', source: 'true', tree: 'true' },
  { construct: 'import.meta', source: 'import.meta.url', tree: 'import.meta.url' },
  { construct: 'new.target', source: 'new.target', tree: 'new.target' },
  { construct: 'member access', source: 'process.env.CI', tree: 'process.env.CI' },
  { construct: 'optional chaining', source: 'a?.b?.[c]?.(d)', tree: 'a.b[c](d)' },
  { construct: 'element access', source: "env['TARGET']", tree: 'env["TARGET"]' },
  { construct: 'call', source: "path.resolve(__dirname, './src')", tree: 'path.resolve(__dirname, "./src")' },
  { construct: 'call with spread', source: 'f(...list, last)', tree: 'f(...list, last)' },
  { construct: 'call with trailing comma', source: 'f(a, b,)', tree: 'f(a, b)' },
  { construct: 'dynamic import', source: "import('./x')", tree: 'import("./x")' },
  { construct: 'new with arguments', source: "new URL('./src', import.meta.url)", tree: 'new URL("./src", import.meta.url)' },
  { construct: 'new without arguments', source: 'new Map', tree: 'new Map()' },
  { construct: 'new with a member callee', source: 'new a.B(1).c', tree: 'new a.B(1).c' },
  { construct: 'object literal', source: "{ a: 1, 'b-c': 2, 3: x, [`d`]: 4, [key]: 5 }", tree: '{a: 1, b-c: 2, 3: x, d: 4, ?: 5}' },
  { construct: 'shorthand and spread properties', source: '{ alias, ...base }', tree: '{alias=, ...base}' },
  { construct: 'methods and accessors', source: '{ run() {}, async load() {}, get size() { return 1 }, *gen() {}, get: 1 }', tree: '{run(), load(), size(), gen(), get: 1}' },
  { construct: 'keyword property names', source: '{ default: 1, new: 2, import: 3 }', tree: '{default: 1, new: 2, import: 3}' },
  { construct: 'array with holes and spread', source: '[a, , ...rest, b,]', tree: '[a, _, ...rest, b]' },
  { construct: 'arrow with expression body', source: '() => ({ a: 1 })', tree: 'fn => {a: 1}' },
  { construct: 'arrow with block body', source: '({ mode }) => {\n  const x = 1\n  return { mode }\n}', tree: 'fn => {mode=}' },
  { construct: 'arrow returning from a nested block only', source: '() => { if (x) { return 1 } }', tree: 'fn => _' },
  { construct: 'arrow returning in an if without braces', source: '() => { if (x) return 1; return 2 }', tree: 'fn => 2' },
  { construct: 'arrow with one parameter', source: 'env => env.mode', tree: 'fn => env.mode' },
  { construct: 'async arrow', source: 'async (env) => await load(env)', tree: 'fn => (await load(env))' },
  { construct: 'arrow with a return type', source: '(env): UserConfig => ({})', tree: 'fn => {}' },
  { construct: 'generic arrow', source: '<T,>(value: T): T[] => [value]', tree: 'fn => [value]' },
  { construct: 'function expression', source: 'function (env) { return { a: 1 } }', tree: 'fn => {a: 1}' },
  { construct: 'async function expression', source: 'async function named() { return base }', tree: 'fn => base' },
  { construct: 'as and satisfies', source: "({ a: 1 } as const) satisfies Config", tree: '{a: 1}' },
  { construct: 'as with a generic type', source: 'value as Record<string, Array<number>>', tree: 'value' },
  { construct: 'non-null assertion', source: 'process.env.ROOT!', tree: 'process.env.ROOT' },
  { construct: 'angle-bracket assertion', source: '<Config>{ a: 1 }', tree: '{a: 1}' },
  { construct: 'parentheses', source: '((a))', tree: 'a' },
  { construct: 'generic call', source: 'defineConfig<Options>({ a: 1 })', tree: 'defineConfig({a: 1})' },
  { construct: 'comparison, not type arguments', source: 'a < b && c > d', tree: '((a < b) && (c > d))' },
  { construct: 'precedence', source: 'a + b * c - d', tree: '((a + (b * c)) - d)' },
  { construct: 'exponent is right-associative', source: 'a ** b ** c', tree: '(a ** (b ** c))' },
  { construct: 'logical operators', source: 'a ?? b', tree: '(a ?? b)' },
  { construct: 'in and instanceof', source: "'a' in b || c instanceof D", tree: '(("a" in b) || (c instanceof D))' },
  { construct: 'conditional', source: "ci ? ['a'] : ['b']", tree: '(ci ? ["a"] : ["b"])' },
  { construct: 'nested conditional', source: 'a ? b : c ? d : e', tree: '(a ? b : (c ? d : e))' },
  { construct: 'unary operators', source: '!a && typeof b', tree: '((! a) && (typeof b))' },
  { construct: 'await', source: 'await load()', tree: '(await load())' },
  { construct: 'postfix increment', source: 'a++', tree: '(++ a)' },
  { construct: 'assignment', source: 'a = b ||= c', tree: '(a = (b ||= c))' },
  { construct: 'comma operator in parentheses', source: '(a, b)', tree: '(a , b)' },
  { construct: 'class expression', source: 'class extends Base { x = 1 }', tree: 'other<class extends Base { x = 1 }>' },
  { construct: 'tagged template', source: 'String.raw`a${b}`', tree: 'other<String.raw`a${b}`>' },
  { construct: 'regular expression in arguments', source: "f(/\\)/, ')')", tree: 'f(/\\)/, ")")' },
  { construct: 'JavaScript: angle bracket is not an assertion', source: 'a < b', tree: '(a < b)', file: 'config.js' },
];

describe('expression parser', () => {
  it.each(CASES)('reads $construct', ({ source, tree, file }) => {
    expect(parseValue(source, file)).toBe(tree);
  });

  it('keeps the source text of each node', () => {
    const [statement] = parseModule("export default path.resolve( __dirname , 'src' ) // tail", syntaxOptionsFor('a.ts')).statements;
    const expression = statement?.kind === 'export-default' ? statement.expression : undefined;
    expect(expression?.text).toBe("path.resolve( __dirname , 'src' )");
  });
});

const UNFINISHED: { construct: string; source: string; tree: string }[] = [
  { construct: 'unclosed object', source: '{ a: 1, b: ', tree: '{a: 1, b: other<>}' },
  { construct: 'unclosed call', source: 'f(a, ', tree: 'f(a)' },
  { construct: 'unclosed template', source: '`a${b', tree: 'template("a")' },
  { construct: 'stray closer in an object', source: '{ a: 1 ], b: 2 }', tree: '{a: 1, b: 2}' },
  { construct: 'unreadable property', source: '{ a: 1, #x, b: 2 }', tree: '{a: 1, b: 2}' },
  { construct: 'missing value', source: ';', tree: 'other<>' },
];

describe('expression parser on broken text', () => {
  it.each(UNFINISHED)('recovers from $construct', ({ source, tree }) => {
    expect(parseValue(source)).toBe(tree);
  });
});
