/**
 * JSON text written in pieces, for results too large to build as one
 * string. The coverage result of a report with 13,000 files is about 6 MB
 * of JSON, and `JSON.stringify` returns it as one string, which is copied
 * again when a line break is appended and when it is written out. Written
 * in pieces of about 64 KiB, the text never exists whole.
 *
 * The pieces join to exactly what `JSON.stringify(value, null, indent)`
 * returns, for the values that results contain: plain objects and arrays,
 * strings, finite and non-finite numbers, booleans, null, undefined and
 * objects with a `toJSON` method.
 */

/**
 * A long array whose items are made one at a time, as they are written.
 * `writeJsonText` writes it item by item, so that its items never exist all
 * at once. `JSON.stringify` serializes it as an ordinary array, through
 * `toJSON`.
 */
export class JsonItems {
  constructor(
    readonly length: number,
    private readonly item: (index: number) => unknown,
  ) {}

  at(index: number): unknown {
    return this.item(index);
  }

  toJSON(): unknown[] {
    return Array.from({ length: this.length }, (_, index) => this.item(index));
  }
}

/** Characters collected before `write` receives them. */
const PIECE_LENGTH = 64 * 1024;

/**
 * Calls `write` with consecutive pieces of the JSON text of `value`, as
 * `JSON.stringify(value, null, indent)` formats it. Nothing is written for
 * a value that has no JSON text, such as undefined.
 */
export function writeJsonText(value: unknown, indent: number, write: (piece: string) => void): void {
  const writer = new JsonWriter(' '.repeat(indent), write);
  const resolved = resolve(value, '');
  if (hasJsonText(resolved)) writer.value(resolved, '');
  writer.flush();
}

class JsonWriter {
  private buffer = '';
  private readonly wrappers = new Map<number, { before: number; after: number }>();

  /** Line break before each member or item, empty when the text is compact (indent 0), as in `JSON.stringify`. */
  private readonly newline: string;
  /** Text between a member's key and its value. */
  private readonly colon: string;

  constructor(
    private readonly indentUnit: string,
    private readonly write: (piece: string) => void,
  ) {
    this.newline = indentUnit === '' ? '' : '\n';
    this.colon = indentUnit === '' ? ':' : ': ';
  }

  /** Appends the JSON text of a value that `resolve` returned and that has JSON text. */
  value(value: unknown, indent: string): void {
    if (value === null) this.append('null');
    else if (typeof value === 'string') this.append(JSON.stringify(value));
    else if (typeof value === 'number') this.append(Number.isFinite(value) ? String(value) : 'null');
    else if (typeof value === 'boolean') this.append(value ? 'true' : 'false');
    else if (Array.isArray(value)) this.array(value, indent);
    else if (value instanceof JsonItems) this.array(value, indent);
    else this.object(value as object, indent);
  }

  flush(): void {
    if (this.buffer.length > 0) this.write(this.buffer);
    this.buffer = '';
  }

  private array(items: readonly unknown[] | JsonItems, indent: string): void {
    if (items.length === 0) {
      this.append('[]');
      return;
    }
    const inner = indent + this.indentUnit;
    this.append('[');
    for (let index = 0; index < items.length; index++) {
      this.append(`${index === 0 ? '' : ','}${this.newline}${inner}`);
      const item = resolve(items.at(index), String(index));
      // An array keeps its length: an item without JSON text is written as null.
      if (!hasJsonText(item)) this.append('null');
      else if (isPlainContainer(item)) this.append(this.nativeText(item, inner));
      else this.value(item, inner);
    }
    this.append(`${this.newline}${indent}]`);
  }

  /**
   * Returns the JSON text of one array item from `JSON.stringify`. On the
   * 5.5 MB impact result of bench/impact-speed's synthetic repository that
   * took 15 ms of CPU time in place of the writer's own 65 ms (first call,
   * Node 20). The item is wrapped in one array per level of `indent`, so that
   * `JSON.stringify` indents it as deep as it sits here, and the wrapping
   * text around it is cut off. An item is about as large as one record of a
   * result (one file, one test), so the pieces stay small.
   */
  private nativeText(item: object, indent: string): string {
    const depth = this.indentUnit === '' ? 0 : indent.length / this.indentUnit.length;
    let wrapped: unknown = item;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, this.indentUnit);
    const cut = this.wrapperLengths(depth);
    return depth === 0 ? text : text.slice(cut.before, text.length - cut.after);
  }

  /** Lengths of the text that `depth` wrapping arrays put before and after an item, measured once per depth. */
  private wrapperLengths(depth: number): { before: number; after: number } {
    let lengths = this.wrappers.get(depth);
    if (lengths === undefined) {
      let wrapped: unknown = 0;
      for (let level = 0; level < depth; level++) wrapped = [wrapped];
      const text = JSON.stringify(wrapped, null, this.indentUnit);
      const at = text.indexOf('0');
      lengths = { before: at, after: text.length - at - 1 };
      this.wrappers.set(depth, lengths);
    }
    return lengths;
  }

  private object(value: object, indent: string): void {
    const inner = indent + this.indentUnit;
    let written = 0;
    this.append('{');
    for (const key of Object.keys(value)) {
      const member = resolve((value as Record<string, unknown>)[key], key);
      if (!hasJsonText(member)) continue;
      this.append(`${written === 0 ? '' : ','}${this.newline}${inner}${JSON.stringify(key)}${this.colon}`);
      this.value(member, inner);
      written++;
    }
    this.append(written === 0 ? '}' : `${this.newline}${indent}}`);
  }

  private append(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= PIECE_LENGTH) this.flush();
  }
}

/** Returns what JSON text shows of `value` under `key`: the result of its `toJSON` method when it has one. */
function resolve(value: unknown, key: string): unknown {
  if (typeof value === 'bigint') throw new TypeError('Do not know how to serialize a BigInt');
  if (value instanceof JsonItems) return value;
  if (typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    return (value as { toJSON: (key: string) => unknown }).toJSON(key);
  }
  return value;
}

/**
 * Checks whether `JSON.stringify` writes a resolved item as the writer
 * would: a plain object or array. A `JsonItems` list stays with the writer,
 * so that its items are made one at a time. An item whose `toJSON` returned
 * another object with `toJSON` stays too, because `JSON.stringify` would
 * call that method a second time.
 */
function isPlainContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null || value instanceof JsonItems) return false;
  return typeof (value as { toJSON?: unknown }).toJSON !== 'function';
}

/** Checks whether a resolved value has JSON text; undefined, functions and symbols have none. */
function hasJsonText(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
