/** Base of the rule documentation links; a validator appends its page and the rule's anchor. */
export const VALIDATE_DOCS_URI = 'https://github.com/testmaster/testmaster/blob/main/docs/validate/';

/**
 * Builds the link to a rule's section of `docs/validate/<page>.md`. GitHub's anchor
 * for a heading such as "`workflow/permissions`" drops the backticks and the
 * slash: `workflowpermissions`.
 */
export function ruleDocsUri(page: string, ruleId: string): string {
  return `${VALIDATE_DOCS_URI}${page}.md#${ruleId.toLowerCase().replace(/[^a-z0-9_-]/g, '')}`;
}
