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
      if (hasJsonText(item)) this.value(item, inner);
      else this.append('null');
    }
    this.append(`${this.newline}${indent}]`);
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

/** Checks whether a resolved value has JSON text; undefined, functions and symbols have none. */
function hasJsonText(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
