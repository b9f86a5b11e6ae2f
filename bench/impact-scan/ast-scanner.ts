/**
 * The design that the token scanner was chosen over: `ts.createSourceFile`
 * and a walk of the whole tree. It returns references with the same meaning
 * as `scanModuleReferences`, so the benchmark can time it and compare the two
 * outputs file by file. It is a measuring stick, not shipped code.
 */
import ts from 'typescript';

import { classifyPath, type ScriptLanguage } from '../../src/impact/scan/file-kinds.js';
import { findScriptBlocks } from '../../src/impact/scan/script-blocks.js';
import type { ModuleReference, ReferenceKind } from '../../src/impact/scan/types.js';

const SyntaxKind = ts.SyntaxKind;
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);

/** Returns the references of one file, or [] for a file the scanner does not read. */
export function scanWithSyntaxTree(path: string, text: string): ModuleReference[] {
  const fileKind = classifyPath(path);
  if (fileKind.kind === 'other') return [];
  if (fileKind.kind === 'script') return scanScriptTree(text, fileKind.language, 1);
  return findScriptBlocks(text).blocks.flatMap((block) => scanScriptTree(block.content, block.language, block.line));
}

function scanScriptTree(text: string, language: ScriptLanguage, firstLine: number): ModuleReference[] {
  const scriptKind = language.jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const file = ts.createSourceFile(
    language.declarationFile ? 'file.d.ts' : 'file.ts',
    text,
    { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseNone },
    false,
    scriptKind,
  );
  const references: ModuleReference[] = [];
  const add = (kind: ReferenceKind, specifier: string, offset: number, typeOnly: boolean, suffix?: string): void => {
    const reference: ModuleReference = {
      specifier,
      kind,
      typeOnly: typeOnly || language.declarationFile,
      approximate: kind === 'glob' || kind === 'dynamic-pattern',
      line: file.getLineAndCharacterOfPosition(offset).line + firstLine,
    };
    if (suffix !== undefined) reference.suffix = suffix;
    references.push(reference);
  };

  for (const directive of file.referencedFiles) add('reference', directive.fileName, lineStartOf(text, directive.pos), false);
  for (const directive of file.typeReferenceDirectives) add('reference', directive.fileName, lineStartOf(text, directive.pos), true);

  // Parent links are not set, which saves parse time, so the walk passes each node's parent along.
  const visit = (node: ts.Node, parent: ts.Node): void => {
    readNode(node, parent, file, add);
    ts.forEachChild(node, (child) => visit(child, node));
  };
  visit(file, file);
  return references.sort((a, b) => a.line - b.line);
}

type Add = (kind: ReferenceKind, specifier: string, offset: number, typeOnly: boolean, suffix?: string) => void;

function readNode(node: ts.Node, parent: ts.Node, file: ts.SourceFile, add: Add): void {
  if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
    const clause = node.importClause;
    const start = node.moduleSpecifier.getStart(file);
    if (clause === undefined) return add('side-effect', node.moduleSpecifier.text, start, false);
    const named = clause.namedBindings;
    const allTyped =
      clause.name === undefined && named !== undefined && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
    return add('import', node.moduleSpecifier.text, start, clause.isTypeOnly || allTyped);
  }
  if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined && ts.isStringLiteral(node.moduleSpecifier)) {
    const clause = node.exportClause;
    const allTyped = clause !== undefined && ts.isNamedExports(clause) && clause.elements.length > 0 && clause.elements.every((e) => e.isTypeOnly);
    return add('re-export', node.moduleSpecifier.text, node.moduleSpecifier.getStart(file), node.isTypeOnly || allTyped);
  }
  if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
    const expression = node.moduleReference.expression;
    if (ts.isStringLiteralLike(expression)) add('require', expression.text, expression.getStart(file), node.isTypeOnly);
    return;
  }
  if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
    return add('dynamic', node.argument.literal.text, node.argument.literal.getStart(file), true);
  }
  if (ts.isCallExpression(node)) readCall(node, parent, file, add);
}

function readCall(call: ts.CallExpression, parent: ts.Node, file: ts.SourceFile, add: Add): void {
  const callee = call.expression;
  const argument = call.arguments[0];
  if (argument === undefined) return;
  if (callee.kind === SyntaxKind.ImportKeyword) {
    const typeOnly = ts.isPropertyAccessExpression(parent) && parent.expression === call && !PROMISE_MEMBERS.has(parent.name.text);
    return addStringArgument(argument, file, add, 'dynamic', typeOnly);
  }
  if (isRequire(callee)) return addStringArgument(argument, file, add, 'require', false);
  if (isImportMetaGlob(callee)) {
    const literals = ts.isArrayLiteralExpression(argument) ? argument.elements : [argument];
    for (const literal of literals) {
      if (ts.isStringLiteralLike(literal)) add('glob', literal.text, literal.getStart(file), false);
    }
  }
}

function isRequire(callee: ts.Expression): boolean {
  if (ts.isIdentifier(callee)) return callee.text === 'require';
  return ts.isPropertyAccessExpression(callee) && callee.name.text === 'resolve' && ts.isIdentifier(callee.expression) && callee.expression.text === 'require';
}

function isImportMetaGlob(callee: ts.Expression): boolean {
  return (
    ts.isPropertyAccessExpression(callee) &&
    (callee.name.text === 'glob' || callee.name.text === 'globEager') &&
    ts.isMetaProperty(callee.expression) &&
    callee.expression.keywordToken === SyntaxKind.ImportKeyword
  );
}

/** Folds a `+` chain of literals and other operands, as `string-argument.ts` does. */
function addStringArgument(argument: ts.Expression, file: ts.SourceFile, add: Add, staticKind: 'require' | 'dynamic', typeOnly: boolean): void {
  const operands = flattenConcatenation(argument);
  const first = operands[0]!;
  if (!ts.isStringLiteralLike(first) && !ts.isTemplateExpression(first)) return;
  let prefix = '';
  let suffix = '';
  let dynamic = false;
  for (const operand of operands) {
    if (ts.isStringLiteralLike(operand)) {
      if (dynamic) suffix += operand.text;
      else prefix += operand.text;
    } else if (ts.isTemplateExpression(operand)) {
      if (!dynamic) prefix += operand.head.text;
      dynamic = true;
      suffix = operand.templateSpans[operand.templateSpans.length - 1]!.literal.text;
    } else {
      dynamic = true;
      suffix = '';
    }
  }
  const start = first.getStart(file);
  if (!dynamic) return add(staticKind, prefix, start, typeOnly);
  if (prefix !== '') add('dynamic-pattern', prefix, start, typeOnly, suffix);
}

function flattenConcatenation(expression: ts.Expression): ts.Expression[] {
  if (ts.isBinaryExpression(expression) && expression.operatorToken.kind === SyntaxKind.PlusToken) {
    return [...flattenConcatenation(expression.left), expression.right];
  }
  return [expression];
}

function lineStartOf(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}
