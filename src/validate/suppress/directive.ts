/**
 * Reads suppression directives from comment text.
 *
 * Grammar, after the comment's delimiters and leading white space (and the
 * leading `*` of a JSDoc-style block):
 *
 *     testmaster-disable-next-line RULES -- REASON
 *     testmaster-disable-line RULES -- REASON
 *     testmaster-disable-file RULES -- REASON
 *
 * RULES is a list of rule ids separated by commas or white space. An id that
 * ends in `*` matches every rule id that starts with the text before it, so
 * `security/*` matches `security/eval` and `*` matches every rule. The reason
 * follows the first `--` with white space on both sides, and runs to the end
 * of the comment.
 */
import type { SourceRange } from '../model.js';

/** A comment's text without its delimiters, and the range of the whole comment with them. */
export interface SourceComment {
  text: string;
  range: SourceRange;
}

/** `line` covers the comment's first line, `nextLine` the line after its last line, `file` every line. */
export type DirectiveKind = 'line' | 'nextLine' | 'file';

export const DIRECTIVE_NAMES: Record<string, DirectiveKind> = {
  'testmaster-disable-line': 'line',
  'testmaster-disable-next-line': 'nextLine',
  'testmaster-disable-file': 'file',
};

export interface Directive {
  kind: DirectiveKind;
  /** The directive's name as written, for messages. */
  name: string;
  /** Rule ids and prefix globs in the order written. */
  rules: string[];
  /** The reason with white space collapsed, or null when the comment gives none. */
  reason: string | null;
  comment: SourceComment;
}

export type DirectiveOutcome =
  | { ok: true; directive: Directive }
  /** The comment starts with `testmaster-disable` but cannot be read; `problem` is one sentence. */
  | { ok: false; comment: SourceComment; problem: string };

const DIRECTIVE_START = /^testmaster-disable\S*/;
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
const RULE_PATTERN = /^(?:[\w@./-]+\*?|\*)$/;

/** Reads the directive in a comment; returns null when the comment is not one. */
export function readDirective(comment: SourceComment): DirectiveOutcome | null {
  const body = comment.text.replace(/^[\s*]+/, '');
  const start = DIRECTIVE_START.exec(body);
  if (!start) return null;

  const name = start[0];
  const kind = DIRECTIVE_NAMES[name];
  if (kind === undefined) {
    return { ok: false, comment, problem: `${name} is not a suppression directive. Use ${Object.keys(DIRECTIVE_NAMES).join(', ')}.` };
  }

  const rest = body.slice(name.length);
  const separator = REASON_SEPARATOR.exec(rest);
  const rulesText = separator ? rest.slice(0, separator.index) : rest;
  const reasonText = separator ? rest.slice(separator.index + separator[0].length) : '';

  const rules = rulesText.split(/[\s,]+/).filter((rule) => rule.length > 0);
  if (rules.length === 0) {
    return { ok: false, comment, problem: `${name} names no rule. Write the rule ids it suppresses, such as ${name} security/eval -- reason.` };
  }
  const invalid = rules.find((rule) => !RULE_PATTERN.test(rule));
  if (invalid !== undefined) {
    return { ok: false, comment, problem: `${name} names the invalid rule id ${JSON.stringify(invalid)}. A * may only end an id.` };
  }

  const reason = collapseSpace(reasonText.replace(/\*+$/, ''));
  return { ok: true, directive: { kind, name, rules, reason: reason.length > 0 ? reason : null, comment } };
}

/** Checks a rule id against one pattern of a directive: the same id, or the prefix before a trailing `*`. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern.endsWith('*') ? ruleId.startsWith(pattern.slice(0, -1)) : ruleId === pattern;
}

/** Returns the line that a `line` or `nextLine` directive covers. */
export function targetLine(directive: Directive): number {
  return directive.kind === 'nextLine' ? directive.comment.range.endLine + 1 : directive.comment.range.startLine;
}

function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
