/**
 * The syntax validator: parses TypeScript, JavaScript, JSON and YAML files and
 * returns their syntax errors with exact ranges.
 */
import type { Finding, SourceText } from '../model.js';
import { jsonDialectOf } from './json-dialect.js';
import { findJsonSyntaxError } from './json-syntax.js';
import { LineIndex } from '../parse/line-index.js';
import { SYNTAX_RULE_IDS, SYNTAX_RULES, SYNTAX_TOOL } from './rules.js';
import { scriptKindOf, scriptSyntaxFindings } from './script-syntax.js';
import { yamlSyntaxFindings } from './yaml-syntax.js';

export { SYNTAX_RULES } from './rules.js';

/** Tells whether the syntax validator reads `path`: a script, JSON, JSONC or YAML file by its extension. */
export function isSyntaxChecked(path: string): boolean {
  return scriptKindOf(path) !== null || jsonDialectOf(path) !== null || isYamlPath(path);
}

/**
 * Returns the syntax errors of one file, chosen by its extension: every
 * parse error of a script, the first error of a JSON file, and every error
 * and warning of a YAML file. Other files return no findings.
 */
export function syntaxFindings(source: SourceText): Finding[] {
  const scriptKind = scriptKindOf(source.path);
  if (scriptKind !== null) return scriptSyntaxFindings(source, scriptKind);
  const dialect = jsonDialectOf(source.path);
  if (dialect !== null) return jsonSyntaxFindings(source, dialect);
  if (isYamlPath(source.path)) return yamlSyntaxFindings(source);
  return [];
}

function jsonSyntaxFindings(source: SourceText, dialect: 'json' | 'jsonc'): Finding[] {
  const error = findJsonSyntaxError(source.text, dialect);
  if (error === null) return [];
  const finding: Finding = {
    ruleId: SYNTAX_RULE_IDS.json,
    level: 'error',
    path: source.path,
    range: new LineIndex(source.text).rangeInText(error.start, error.end),
    message: error.message,
    tool: SYNTAX_TOOL,
    properties: { dialect },
  };
  const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.json)?.helpUri;
  if (helpUri) finding.helpUri = helpUri;
  return [finding];
}

function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}
