/**
 * Security rules for TypeScript and JavaScript, and the hard-coded secret
 * detector for any text file. docs/validate/security.md documents each rule.
 */

export { securityFindings } from './security-findings.js';
export { maskOf, secretFindings } from './secret-findings.js';
export { SECURITY_DOCS_URL, SECURITY_RULE_IDS, SECURITY_RULES, type SecurityRuleId } from './rules.js';
