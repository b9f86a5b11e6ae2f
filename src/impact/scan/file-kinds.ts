/**
 * Decides from a file's name whether and how its text is scanned.
 */

/** The tokenizer settings for one script: JSX or not, and declaration file or not. */
export interface ScriptLanguage {
  /** True where `<` at the start of an expression opens a JSX element, as TypeScript parses `.tsx` and JavaScript files. */
  jsx: boolean;
  /** True for `.d.ts`-style files, whose references are all type-only. */
  declarationFile: boolean;
}

export type FileKind =
  | { kind: 'script'; language: ScriptLanguage }
  /** A `.vue` or `.svelte` file, whose `<script>` blocks are scanned. */
  | { kind: 'component' }
  | { kind: 'other' };

const TYPESCRIPT = /\.[mc]?ts$/;
const JSX_SCRIPT = /\.(?:tsx|jsx|js|mjs|cjs)$/;
const COMPONENT = /\.(?:vue|svelte)$/;
/** `.d.ts`, `.d.mts`, `.d.cts`, and TypeScript 5's `.d.<extension>.ts` for files such as `styles.d.css.ts`. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[mc]?ts$/;

/** Returns how to scan the file at `path`; the extension is compared without regard to case. */
export function classifyPath(path: string): FileKind {
  const name = path.toLowerCase();
  if (TYPESCRIPT.test(name)) return { kind: 'script', language: { jsx: false, declarationFile: DECLARATION_FILE.test(name) } };
  if (JSX_SCRIPT.test(name)) return { kind: 'script', language: { jsx: true, declarationFile: false } };
  if (COMPONENT.test(name)) return { kind: 'component' };
  return { kind: 'other' };
}

/**
 * Returns the language of a `<script lang="...">` block. Vue and Svelte
 * accept `ts` and `typescript`; a missing `lang` means JavaScript.
 */
export function scriptBlockLanguage(lang: string | undefined): ScriptLanguage {
  const value = (lang ?? 'js').toLowerCase();
  return { jsx: value !== 'ts' && value !== 'typescript', declarationFile: false };
}
