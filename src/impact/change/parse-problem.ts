/**
 * Problems in manifests and lockfiles that could not be read. The readers
 * return them instead of throwing, because a file that cannot be read widens
 * the run to every test and must never stop it.
 */

/** Side of the comparison that a text comes from. */
export type Side = 'base' | 'head';

export interface ParseProblem {
  /** Repository path of the file. */
  file: string;
  side: Side;
  /** 1-based position of the problem, when known. */
  line?: number;
  column?: number;
  /** One sentence that names the file, the side, the position and the problem, for `fullRunReason`. */
  message: string;
}

/** A syntax or structure problem that a reader throws and `toParseProblem` turns into a result. */
export class TextSyntaxError extends Error {
  constructor(
    readonly problem: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(problem);
    this.name = 'TextSyntaxError';
  }
}

/** Describes `error` as a problem of `file` on `side`. */
export function toParseProblem(error: TextSyntaxError, file: string, side: Side): ParseProblem {
  let where = '';
  if (error.line !== undefined) where = ` at line ${error.line}`;
  if (error.line !== undefined && error.column !== undefined) where += `, column ${error.column}`;
  const problem: ParseProblem = {
    file,
    side,
    // The head may be the working tree of a local run, so only the base is called a commit.
    message: `${file} at the ${side === 'base' ? 'base commit' : 'head'} could not be read${where}: ${error.problem}`,
  };
  if (error.line !== undefined) problem.line = error.line;
  if (error.column !== undefined) problem.column = error.column;
  return problem;
}

/** 1-based line and column of the UTF-16 offset `offset` in `text`. */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/**
 * Parses JSON text, throwing `TextSyntaxError` with the position of a syntax
 * error. V8 names the offset in its message ("at position 42") on Node 20
 * and later, and reports a truncated text as "Unexpected end of JSON input".
 */
export function parseJsonText(text: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    const offset = /at position (\d+)/.exec(error.message)?.[1];
    const position = positionAt(body, offset === undefined ? body.length : Number(offset));
    const problem = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    throw new TextSyntaxError(`invalid JSON (${problem})`, position.line, position.column);
  }
}

/** Returns `value` as a plain object, or throws `TextSyntaxError` naming `where`. */
export function expectObject(value: unknown, where: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TextSyntaxError(`${where} is not an object`);
  }
  return value as Record<string, unknown>;
}

/**
 * Returns `value` as a plain object, with an empty object for a missing
 * value. YAML read with the failsafe schema gives `''` for a key without a
 * value, so that counts as missing too.
 */
export function optionalObject(value: unknown, where: string): Record<string, unknown> {
  return value === undefined || value === null || value === '' ? {} : expectObject(value, where);
}

/**
 * Returns the object at `key` of `parent` as `optionalObject` does, or throws
 * when it is another type. Only own properties count, so a key taken from the
 * file, such as `constructor`, never reads Object.prototype.
 */
export function objectField(parent: Record<string, unknown>, key: string, where: string): Record<string, unknown> {
  return optionalObject(Object.hasOwn(parent, key) ? parent[key] : undefined, `${where}.${key}`);
}
