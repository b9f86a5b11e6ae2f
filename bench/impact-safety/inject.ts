/**
 * Fault injection: finds the functions that contain changed lines, with the
 * TypeScript syntax tree, and makes each of them throw as soon as it is
 * called.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

export const FAULT = "throw new Error('injected');";

export interface ChangedFunction {
  path: string;
  /** Name for the report, such as `Hono.route` or `<arrow>`. */
  name: string;
  /** Line where the function starts, 1-based. */
  line: number;
  /** Offsets in the file text with the text to insert there, two for an arrow function with an expression body. */
  insertions: { offset: number; text: string }[];
}

function scriptKind(path: string): ts.ScriptKind {
  if (path.endsWith('.tsx')) return ts.ScriptKind.TSX;
  if (path.endsWith('.jsx')) return ts.ScriptKind.JSX;
  return ts.ScriptKind.TS;
}

function functionName(node: ts.FunctionLikeDeclaration): string {
  const own = node.name !== undefined ? node.name.getText() : ts.isConstructorDeclaration(node) ? 'constructor' : undefined;
  const parent = node.parent;
  let name = own;
  if (name === undefined && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent) || ts.isPropertyDeclaration(parent))) name = parent.name.getText();
  name ??= ts.isArrowFunction(node) ? '<arrow>' : '<function>';
  let container: ts.Node | undefined = parent;
  while (container !== undefined && !ts.isClassLike(container)) container = container.parent;
  return container !== undefined && container.name !== undefined && !ts.isArrowFunction(node) ? `${container.name.text}.${name}` : name;
}

/**
 * Returns, for each changed line, the innermost function whose declaration
 * contains it, once per function. Lines outside every function body (imports,
 * top-level constants, type declarations) get no fault.
 */
export function findChangedFunctions(path: string, text: string, lines: readonly number[]): ChangedFunction[] {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, scriptKind(path));
  const functions: ts.FunctionLikeDeclaration[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) functions.push(node as ts.FunctionLikeDeclaration);
    ts.forEachChild(node, visit);
  };
  visit(file);

  const lineOf = (offset: number): number => file.getLineAndCharacterOfPosition(offset).line + 1;
  const spans = functions.map((node) => ({ node, first: lineOf(node.getStart(file)), last: lineOf(node.end) }));
  const chosen = new Set<ts.FunctionLikeDeclaration>();
  for (const line of lines) {
    let innermost: (typeof spans)[number] | undefined;
    for (const span of spans) {
      if (span.first > line || span.last < line) continue;
      // A function nested in another starts later or at the same place and ends earlier or at the same place.
      if (innermost === undefined || span.node.getStart(file) >= innermost.node.getStart(file)) innermost = span;
    }
    if (innermost !== undefined) chosen.add(innermost.node);
  }

  return [...chosen].map((node) => {
    const body = node.body!;
    const insertions = ts.isBlock(body)
      ? [{ offset: body.getStart(file) + 1, text: ` ${FAULT} ` }]
      : [
          { offset: body.getStart(file), text: `{ ${FAULT} return (` },
          { offset: body.end, text: ') }' },
        ];
    return { path, name: functionName(node), line: lineOf(node.getStart(file)), insertions };
  });
}

/** Writes the faults of `functions` into the files under `directory`. The caller restores the files with git. */
export function injectFaults(directory: string, functions: readonly ChangedFunction[]): void {
  const byPath = new Map<string, { offset: number; text: string }[]>();
  for (const changed of functions) {
    const list = byPath.get(changed.path) ?? [];
    list.push(...changed.insertions);
    byPath.set(changed.path, list);
  }
  for (const [path, insertions] of byPath) {
    const fullPath = join(directory, path);
    let text = readFileSync(fullPath, 'utf8');
    // From the end backwards, so earlier offsets stay valid. Equal offsets only come from nested
    // arrow functions that end together, and their closing texts are identical.
    for (const insertion of [...insertions].sort((a, b) => b.offset - a.offset)) {
      text = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
    }
    writeFileSync(fullPath, text);
  }
}
