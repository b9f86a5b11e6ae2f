/**
 * The security validator for scripts: runs every script rule over one
 * parsed TypeScript or JavaScript file in a single walk.
 */
import type { Finding } from '../model.js';
import type { ParsedScript } from '../parse/parse-source.js';
import { walkProgram } from './ast-walk.js';
import { dynamicCodeRule } from './dynamic-code.js';
import { insecureRandomRule } from './insecure-random.js';
import { collectModuleBindings } from './module-bindings.js';
import { pathTraversalRule } from './path-traversal.js';
import type { RuleContext, ScriptRule } from './rule-context.js';
import { shellCommandRule } from './shell-command.js';
import { tlsVerificationRule } from './tls-verification.js';
import { unsafeHtmlRule } from './unsafe-html.js';
import { weakHashRule } from './weak-hash.js';

const SCRIPT_RULES: readonly ScriptRule[] = [
  dynamicCodeRule,
  shellCommandRule,
  tlsVerificationRule,
  weakHashRule,
  insecureRandomRule,
  unsafeHtmlRule,
  pathTraversalRule,
];

/**
 * Returns the findings of every script rule, at each rule's default level,
 * sorted by position. Hard-coded secrets are not among them: run
 * secretFindings on the file's text for those, on scripts and other files alike.
 */
export function securityFindings(script: ParsedScript): Finding[] {
  const context: RuleContext = { script, bindings: collectModuleBindings(script.program), findings: [] };
  walkProgram(
    script.program,
    SCRIPT_RULES.map((rule) => rule(context)),
  );
  return context.findings.sort(
    (a, b) =>
      a.range.startLine - b.range.startLine ||
      a.range.startColumn - b.range.startColumn ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
