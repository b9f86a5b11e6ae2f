/**
 * Escaping of untrusted text (file paths, branch names, PR titles, rule
 * messages) for GitHub-flavoured Markdown in PR comments, check-run output and
 * job summaries.
 *
 * Three things can go wrong with raw text, and each function here handles all
 * of them for its context:
 * - Markdown syntax: links, emphasis, headings, quotes, list markers, tables.
 * - HTML: a tag or comment could open or close a `<details>` element, embed an
 *   image or forge the hidden marker of the sticky comment.
 * - GitHub's post-processing of the rendered HTML: `@user` and `@org/team`
 *   notify people, `#123` and `GH-123` link (and cross-reference) issues, and
 *   bare URLs and `www.` become links. GitHub decodes character references
 *   before it looks for mentions, so `&#64;` alone does not stop one. A
 *   zero-width space after the `@` (the fix Dependabot and Renovate use) does,
 *   and the text still reads the same.
 */

import { sanitizeLine, sanitizeLines } from './control-characters.js';

/** U+200B ZERO WIDTH SPACE, inserted where GitHub would start a mention, reference or autolink. */
export const ZERO_WIDTH_SPACE = '\u200B';

// ASCII punctuation that starts or ends a Markdown construct in GFM, including
// `$` (GitHub math), gets a backslash; CommonMark allows one before any ASCII
// punctuation, so escaping one too many is harmless. `&`, `<` and `>` become
// entities instead, so no HTML tag, comment or character reference can start.
const MARKDOWN_SPECIAL = /[\\`*_[\](){}#+\-.!|~$=:^&<>]/g;

const HTML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Inserts a zero-width space at each place where GitHub would turn plain text
 * into a mention, an issue reference or a link.
 */
export function breakAutolinks(text: string): string {
  return (
    text
      // `@user`, `@org/team`, and `user@example.com` e-mail autolinks.
      .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
      // `#123` and `owner/repo#123`.
      .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
      // `GH-123`, matched case-insensitively like GitHub does.
      .replace(/\b(gh-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
      // `https://host` and every other `scheme://`.
      .replace(/:(?=\/\/)/g, `:${ZERO_WIDTH_SPACE}`)
      // `www.host` extended autolinks.
      .replace(/\b(www)(?=\.)/gi, `$1${ZERO_WIDTH_SPACE}`)
  );
}

/**
 * Stops text from opening an HTML comment or declaration (`<!--`, `<!DOCTYPE`)
 * in places where entities do not work, such as code spans and code blocks.
 * This is what makes the sticky-comment marker impossible to forge.
 */
export function breakHtmlComments(text: string): string {
  return text.replace(/<!/g, `<${ZERO_WIDTH_SPACE}!`);
}

/**
 * Escapes untrusted text for use inline in Markdown: in a paragraph, heading,
 * list item, link text or table cell. Line breaks become spaces, so the text
 * can never start a new block, and `|` is escaped, so it cannot end a table
 * cell. Leading spaces are kept, so a caller that starts a line with the
 * result trims them first: four would open an indented code block.
 */
export function escapeMarkdownText(text: string): string {
  return breakAutolinks(sanitizeLine(text)).replace(MARKDOWN_SPECIAL, (character) =>
    character === '&' || character === '<' || character === '>' ? HTML_ENTITIES[character]! : `\\${character}`,
  );
}

/**
 * Escapes untrusted text for a GFM table cell. It is the same as
 * {@link escapeMarkdownText}, which already escapes `|` and removes line breaks;
 * the separate name keeps call sites explicit.
 */
export function escapeTableCell(text: string): string {
  return escapeMarkdownText(text);
}

/**
 * Escapes untrusted text for HTML content or a quoted attribute value, for
 * example inside `<summary>`, where Markdown is not parsed and backslash
 * escapes would show.
 */
export function escapeHtmlText(text: string): string {
  return breakAutolinks(sanitizeLine(text)).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  return longest;
}

/**
 * Wraps untrusted text in a Markdown code span. The fence is one backtick
 * longer than the longest run inside, and the content is padded with a space
 * when it starts or ends with a backtick or when CommonMark would strip its
 * own leading and trailing space. GitHub resolves no mentions inside code, and
 * entities show literally there, so only line breaks, control characters and
 * `<!` are changed. Returns an empty string for empty text, which has no code span.
 */
export function markdownCodeSpan(text: string): string {
  const content = breakHtmlComments(sanitizeLine(text));
  if (content === '') return '';

  const fence = '`'.repeat(longestBacktickRun(content) + 1);
  const allSpaces = /^ +$/.test(content);
  const needsPadding =
    content.startsWith('`') || content.endsWith('`') || (!allSpaces && content.startsWith(' ') && content.endsWith(' '));
  const padding = needsPadding ? ' ' : '';
  return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * Wraps untrusted text in a code span for a GFM table cell. GFM splits cells on
 * every `|` not preceded by a backslash, even inside code spans, and removes
 * that backslash before it parses the span, so `|` becomes `\|`. A `\` right
 * before a `|` cannot be written that way (the table parser would read `\\`
 * as an escaped backslash and split at the `|`), so such text falls back to
 * an HTML `<code>` element with escaped content.
 */
export function tableCodeSpan(text: string): string {
  const line = sanitizeLine(text);
  if (line.includes('\\|')) return `<code>${escapeMarkdownText(line)}</code>`;
  return markdownCodeSpan(line).replace(/\|/g, '\\|');
}

/**
 * Renders untrusted text as a fenced code block. The fence is at least three
 * backticks and longer than any backtick run inside, so no line of the text
 * can close it.
 */
export function fencedCodeBlock(text: string): string {
  const content = breakHtmlComments(sanitizeLines(text)).replace(/\n$/, '');
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
  return content === '' ? `${fence}\n${fence}` : `${fence}\n${content}\n${fence}`;
}

/**
 * Returns the URL in a form that is safe as a Markdown link destination and in
 * a quoted HTML attribute, or `undefined` unless it is an absolute `https:`
 * URL. Parentheses, backslashes, backticks and `&` are percent- or
 * entity-encoded because Markdown reads them inside a destination, and `|`
 * because it would end a table cell.
 */
export function safeHttpsUrl(href: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:') return undefined;

  return url.href
    .replace(/&/g, '&amp;')
    .replace(/\(/g, '%28')
    .replace(/\)/g, '%29')
    .replace(/\\/g, '%5C')
    .replace(/"/g, '%22')
    .replace(/'/g, '%27')
    .replace(/\|/g, '%7C')
    .replace(/`/g, '%60')
    .replace(/[<> ]/g, (character) => encodeURIComponent(character));
}
