/**
 * security/unsafe-html: non-constant values written as HTML. A string
 * literal or a template literal without expressions is constant and passes.
 *
 * Sinks: assignment to `innerHTML` or `outerHTML` (`=` and `+=`), the second
 * argument of `insertAdjacentHTML`, any argument of `document.write` and
 * `document.writeln`, and the `__html` value of `dangerouslySetInnerHTML` as
 * a JSX attribute or an object property (for `React.createElement`).
 * A value returned by a call whose name says sanitize, purify or escape
 * (`DOMPurify.sanitize(x)`, `escapeHtml(x)`) or by a Trusted Types
 * `createHTML` passes, because the rule cannot judge the sanitizer.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { Node } from './ast-walk.js';
import { dottedPath, isConstantValue, lastName, propertyKeyName, unwrapExpression } from './expressions.js';
import { reportNode, type RuleContext, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const REACT_PROP = 'dangerouslySetInnerHTML';
const SANITIZER = /saniti[sz]e|purify|escape|^createHTML$/i;

const FIX = 'set textContent or build the elements, or sanitize the value with a maintained HTML sanitizer first.';

export const unsafeHtmlRule: ScriptRule = (context) => (node) => {
  switch (node.type) {
    case 'AssignmentExpression':
      checkAssignment(context, node);
      break;
    case 'CallExpression':
      checkCall(context, node);
      break;
    case 'JSXAttribute':
      if (node.name.type === 'JSXIdentifier' && node.name.name === REACT_PROP && node.value?.type === 'JSXExpressionContainer') {
        checkReactValue(context, node.value.expression);
      }
      break;
    case 'Property':
      if (propertyKeyName(node.key, node.computed) === REACT_PROP) checkReactValue(context, node.value);
      break;
    default:
      break;
  }
};

/** Tells whether a value is a literal or the result of a sanitizer. */
function isSafeHtml(node: Node): boolean {
  const expression = unwrapExpression(node);
  if (expression.type === 'CallExpression') {
    const name = lastName(expression.callee);
    return name !== null && SANITIZER.test(name);
  }
  return isConstantValue(expression);
}

function checkAssignment(context: RuleContext, node: TSESTree.AssignmentExpression): void {
  if (node.operator !== '=' && node.operator !== '+=') return;
  if (node.left.type !== 'MemberExpression') return;
  const property = lastName(node.left);
  if (property === null || !HTML_PROPERTIES.has(property) || isSafeHtml(node.right)) return;
  reportNode(context, SECURITY_RULE_IDS.unsafeHtml, node.right, `A non-constant value is assigned to ${property}, so markup in it runs; ${FIX}`);
}

function checkCall(context: RuleContext, node: TSESTree.CallExpression): void {
  const name = lastName(node.callee);
  if (name === 'insertAdjacentHTML' && node.callee.type === 'MemberExpression') {
    const html = node.arguments[1];
    if (html && !isSafeHtml(html)) {
      reportNode(context, SECURITY_RULE_IDS.unsafeHtml, html, `insertAdjacentHTML() parses a non-constant value as markup; ${FIX}`);
    }
    return;
  }
  const path = dottedPath(node.callee)?.join('.');
  if (path !== 'document.write' && path !== 'document.writeln' && path !== 'window.document.write' && path !== 'window.document.writeln') return;
  for (const argument of node.arguments) {
    if (isSafeHtml(argument)) continue;
    reportNode(context, SECURITY_RULE_IDS.unsafeHtml, argument, `${name}() writes a non-constant value into the page as markup; ${FIX}`);
  }
}

/** `{ __html: value }` is checked on `value`; any other expression is reported whole, because its `__html` is unknown. */
function checkReactValue(context: RuleContext, value: Node): void {
  const expression = unwrapExpression(value);
  if (expression.type === 'JSXEmptyExpression') return;
  if (expression.type === 'ObjectExpression') {
    for (const property of expression.properties) {
      if (property.type !== 'Property' || propertyKeyName(property.key, property.computed) !== '__html') continue;
      if (isSafeHtml(property.value)) continue;
      reportNode(context, SECURITY_RULE_IDS.unsafeHtml, property.value, `dangerouslySetInnerHTML renders a non-constant __html value as markup; ${FIX}`);
    }
    return;
  }
  if (isSafeHtml(expression)) return;
  reportNode(context, SECURITY_RULE_IDS.unsafeHtml, expression, `dangerouslySetInnerHTML renders a value whose __html is not constant; ${FIX}`);
}
