/**
 * The nesting that the tokenizer tracks: brackets, template substitutions and
 * JSX elements. Each open construct is one frame on a stack.
 */

export const enum FrameKind {
  Paren,
  Bracket,
  Brace,
  /** `${` inside a template literal: its `}` continues the template text. */
  TemplateSubstitution,
  /** `{` inside a JSX element: its `}` returns to JSX attributes or children. */
  JsxExpression,
  /** Inside `<name ...`, before `>` or `/>`. */
  JsxAttributes,
  /** Between `<name>` and `</name>`. */
  JsxChildren,
}

export interface Frame {
  kind: FrameKind;
  /** Offset of the token that opened the frame. */
  start: number;
  /** Tag name of a JSX element, '' for a fragment; '' for other frames. */
  tagName: string;
}

/** Returns the text that opens a frame, for error messages. */
export function openerText(kind: FrameKind): string {
  switch (kind) {
    case FrameKind.Paren:
      return '(';
    case FrameKind.Bracket:
      return '[';
    case FrameKind.TemplateSubstitution:
      return '${';
    default:
      return '{';
  }
}

/** Returns the text that closes a frame of `kind`, for error messages. */
export function closerText(kind: FrameKind): string {
  switch (kind) {
    case FrameKind.Paren:
      return ')';
    case FrameKind.Bracket:
      return ']';
    default:
      return '}';
  }
}

/** Returns whether `closer` (`)`, `]` or `}`) closes a frame of `kind`. */
export function closes(closer: string, kind: FrameKind): boolean {
  return closerText(kind) === closer && kind !== FrameKind.JsxAttributes && kind !== FrameKind.JsxChildren;
}

export function isJsxElement(kind: FrameKind): boolean {
  return kind === FrameKind.JsxAttributes || kind === FrameKind.JsxChildren;
}
