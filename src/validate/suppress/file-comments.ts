/**
 * The comments of one file, from the parser where the file parsed and from a
 * text scanner chosen by the file's extension otherwise.
 */
import { type ParsedScript, rangeOfNode, scriptLanguageOf } from '../parse/parse-source.js';
import type { SourceText } from '../model.js';
import type { SourceComment } from './directive.js';
import { hashComments, slashComments } from './text-comments.js';

/** Extensions and file names whose comments start with `#`. */
const HASH_EXTENSIONS = new Set(['yml', 'yaml', 'sh', 'bash', 'zsh', 'py', 'rb', 'toml', 'pl', 'r', 'ps1', 'tf']);
const HASH_FILE_NAMES = new Set(['Dockerfile', 'Makefile', '.gitignore', '.npmrc', '.env']);

/** Extensions of C-like languages whose comments are `//` and block comments, besides scripts. */
const SLASH_EXTENSIONS = new Set(['go', 'java', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'rs', 'kt', 'kts', 'swift', 'scala', 'dart', 'php', 'jsonc']);

/**
 * Returns the comments of a file: the parser's list where the file parsed
 * (a syntax tree, or the list taken from one earlier), else a scan of the
 * text. JSON (`.json`) has no comments, and files of other unknown kinds yield none.
 */
export function fileComments(source: SourceText, parsed?: ParsedScript | readonly SourceComment[]): SourceComment[] {
  if (Array.isArray(parsed)) return [...parsed];
  if (parsed) return scriptComments(parsed as ParsedScript);

  const kind = commentStyle(source.path);
  if (kind === 'hash') return hashComments(source.text);
  if (kind === 'slash') return slashComments(source.text);
  return [];
}

/** Returns the comments of a parsed script, so a caller can keep them without the whole syntax tree. */
export function scriptComments(script: ParsedScript): SourceComment[] {
  return (script.program.comments ?? []).map((comment) => ({ text: comment.value, range: rangeOfNode(comment) }));
}

type CommentStyle = 'hash' | 'slash' | 'none';

function commentStyle(path: string): CommentStyle {
  if (scriptLanguageOf(path) !== null) return 'slash';

  const name = path.slice(path.lastIndexOf('/') + 1);
  if (HASH_FILE_NAMES.has(name)) return 'hash';
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
  if (HASH_EXTENSIONS.has(extension)) return 'hash';
  if (SLASH_EXTENSIONS.has(extension)) return 'slash';
  return 'none';
}
