import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_LEVELS } from '../../../src/validate/model.js';
import { parseScript } from '../../../src/validate/parse/parse-source.js';
import { SECURITY_DOCS_URL, SECURITY_RULES, securityFindings } from '../../../src/validate/security/index.js';

const docs = readFileSync(new URL('../../../docs/validate/security.md', import.meta.url), 'utf8');

/** GitHub's anchor for a heading: lower case, spaces to `-`, punctuation other than `-` and `_` dropped. */
function anchorOf(heading: string): string {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\w\- ]/g, '')
    .replace(/ /g, '-');
}

const anchors = new Set([...docs.matchAll(/^#{1,6} (.+)$/gm)].map((match) => anchorOf(match[1]!)));

describe('SECURITY_RULES', () => {
  it.each(SECURITY_RULES.map((rule) => [rule.id, rule] as const))('%s has complete metadata', (id, rule) => {
    expect(id).toMatch(/^security\/[a-z-]+$/);
    expect(FINDING_LEVELS).toContain(rule.defaultLevel);
    expect(rule.summary.length).toBeGreaterThan(20);
    expect(rule.help.length).toBeGreaterThan(50);
    expect(rule.helpUri?.startsWith(`${SECURITY_DOCS_URL}#`)).toBe(true);
  });

  it.each(SECURITY_RULES.map((rule) => [rule.id, rule.helpUri!.split('#')[1]!] as const))('%s links to a docs heading', (id, anchor) => {
    expect(anchors.has(anchor)).toBe(true);
    expect(docs).toContain(`Rule id \`${id}\``);
  });

  it('has unique ids', () => {
    const ids = SECURITY_RULES.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('securityFindings', () => {
  it('fills every finding field', () => {
    const outcome = parseScript({ path: 'src/run.ts', text: 'eval(code);\n' });
    if (!outcome.ok) throw new Error(outcome.error.message);
    const [finding] = securityFindings(outcome.script);
    expect(finding).toEqual({
      ruleId: 'security/dynamic-code',
      level: 'warning',
      path: 'src/run.ts',
      range: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 11 },
      message: 'eval() runs its argument as code; call the function you need directly, or use JSON.parse for data.',
      tool: 'testmaster',
      helpUri: `${SECURITY_DOCS_URL}#dynamic-code`,
    });
  });

  it('counts columns in UTF-16 units', () => {
    const outcome = parseScript({ path: 'src/run.ts', text: "const s = '😀'; eval(s);\n" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(securityFindings(outcome.script)[0]?.range).toEqual({ startLine: 1, startColumn: 17, endLine: 1, endColumn: 24 });
  });

  it('sorts findings by position', () => {
    const outcome = parseScript({ path: 'src/run.ts', text: "el.innerHTML = x;\neval(a);\ncreateHash('md5');\neval(b);\n" });
    if (!outcome.ok) throw new Error(outcome.error.message);
    expect(securityFindings(outcome.script).map((finding) => finding.range.startLine)).toEqual([1, 2, 4]);
  });
});
