/**
 * The plain text of a SARIF message (SARIF 2.1.0 section 3.11): its own
 * text, or a message string of the rule or tool component that its `id`
 * names, with `{0}`-style placeholders filled from `arguments` and embedded
 * links `[text](target)` reduced to their text.
 */
import { asArray, asObject, asString, type JsonObject } from '../external/json-values.js';

/** Builds the message of a result; falls back to the rule's short description, then to the rule id. */
export function messageOf(result: JsonObject, descriptor: JsonObject | undefined, component: JsonObject | undefined, ruleId: string): string {
  const message = asObject(result.message);
  const template = templateOf(message, descriptor, component);
  if (template !== undefined) {
    const args = (asArray(message?.arguments) ?? []).map((item) => (typeof item === 'string' ? item : String(item)));
    const text = stripEmbeddedLinks(fillPlaceholders(template, args)).trim();
    if (text.length > 0) return text;
  }
  const summary = asString(asObject(descriptor?.shortDescription)?.text);
  return summary ?? ruleId;
}

/** The message's text or Markdown, or the message string its `id` names in the rule, then in the component. */
function templateOf(message: JsonObject | undefined, descriptor: JsonObject | undefined, component: JsonObject | undefined): string | undefined {
  if (!message) return undefined;
  const text = asString(message.text);
  if (text !== undefined) return text;
  const id = asString(message.id);
  if (id !== undefined) {
    const fromRule = asObject(asObject(descriptor?.messageStrings)?.[id]);
    const fromComponent = asObject(asObject(component?.globalMessageStrings)?.[id]);
    const found = fromRule ?? fromComponent;
    const foundText = asString(found?.text) ?? asString(found?.markdown);
    if (foundText !== undefined) return foundText;
  }
  return asString(message.markdown);
}

/**
 * Replaces `{n}` with argument n. In a message string `{{` and `}}` stand for
 * literal braces (SARIF 3.11.5); a placeholder without an argument stays as written.
 */
export function fillPlaceholders(template: string, args: readonly string[]): string {
  return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index: string | undefined) => {
    if (match === '{{') return '{';
    if (match === '}}') return '}';
    const value = args[Number(index)];
    return value ?? match;
  });
}

/**
 * Reduces embedded links `[text](target)` to `text` and unescapes `\[` and
 * `\]` (SARIF 3.11.6). CodeQL writes such links to related locations, as in
 * "depends on a [user-provided value](1)".
 */
export function stripEmbeddedLinks(text: string): string {
  return text.replace(/\\([[\]])|\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, (match, escaped: string | undefined, linkText: string | undefined) => {
    if (escaped !== undefined) return escaped;
    return (linkText ?? '').replace(/\\([[\]])/g, '$1');
  });
}
