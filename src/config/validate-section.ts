/**
 * Checks of the `validate` section that the schema cannot make: naming
 * patterns must compile as JavaScript regular expressions, rule keys must be
 * ids or prefixes, and linter names key the report, so each appears once.
 */
import type { ConfigIssue } from './issues.js';
import type { ConfigInput } from './types.js';

/** A rule id (`security/eval`), a prefix (`security/*`) or every rule (`*`). */
const RULE_KEY = /^(\*|[A-Za-z0-9@._-]+(\/[A-Za-z0-9@._-]+)*(\/\*)?)$/;

export function findValidateIssues(input: ConfigInput): ConfigIssue[] {
  const validate = input.validate;
  if (!validate) return [];
  return [...namingIssues(validate), ...ruleKeyIssues(validate), ...linterNameIssues(validate)];
}

function namingIssues(validate: NonNullable<ConfigInput['validate']>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  validate.standards?.naming?.forEach((rule, index) => {
    try {
      new RegExp(rule.pattern, 'u');
    } catch (error) {
      issues.push({
        path: ['validate', 'standards', 'naming', index, 'pattern'],
        message: `is not a valid regular expression (${JSON.stringify(rule.pattern)}): ${(error as Error).message}. Write a JavaScript pattern such as "^[A-Z][A-Za-z0-9]*$"`,
      });
    }
  });
  return issues;
}

function ruleKeyIssues(validate: NonNullable<ConfigInput['validate']>): ConfigIssue[] {
  return Object.keys(validate.rules ?? {})
    .filter((key) => !RULE_KEY.test(key))
    .map((key) => ({
      path: ['validate', 'rules', key],
      message: `is not a rule id or prefix. Write an id such as "security/eval", a prefix such as "security/*", or "*" for every rule`,
    }));
}

function linterNameIssues(validate: NonNullable<ConfigInput['validate']>): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  const seen = new Set<string>();
  validate.linters?.forEach((linter, index) => {
    if (seen.has(linter.name)) {
      issues.push({ path: ['validate', 'linters', index, 'name'], message: `repeats the linter name ${JSON.stringify(linter.name)}. Give each linter its own name` });
    }
    seen.add(linter.name);
  });
  return issues;
}
