/**
 * Rule ids of findings from other tools. The model prefixes every rule id
 * with its validator, so a tool's rule `no-undef` becomes `eslint/no-undef`
 * and CodeQL's `js/sql-injection` becomes `codeql/js/sql-injection`.
 */

/** Converts a tool name to its rule id prefix: lower case, with each run of characters other than letters, digits, `.`, `_` and `-` turned into one `-`. */
export function toolPrefix(toolName: string): string {
  const slug = toolName
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.length > 0 ? slug : 'external';
}

/** Rule id of a finding: the tool prefix, a slash, and the tool's own id, or `unknown` when the tool gave none. */
export function prefixedRuleId(toolName: string, ruleId: string | undefined): string {
  return ruleIdWithPrefix(toolPrefix(toolName), ruleId);
}

/** Same as `prefixedRuleId` with the prefix computed once, for readers that convert many results of one tool. */
export function ruleIdWithPrefix(prefix: string, ruleId: string | undefined): string {
  const own = ruleId === undefined || ruleId.trim() === '' ? 'unknown' : ruleId.trim();
  return `${prefix}/${own}`;
}
