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

/** Maximum array items per `JSON.stringify` call. Runs of small items, such as paths, reach it. */
const MAX_RUN_LENGTH = 4096;

/** Array items that the first `JSON.stringify` call of an array writes, before their text length is known. */
const FIRST_RUN_LENGTH = 16;

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
  /** Array items for the next `JSON.stringify` call, from the text length of the last one. */
  private runLength = FIRST_RUN_LENGTH;

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
    let index = 0;
    while (index < items.length) {
      const separator = `${index === 0 ? '' : ','}${this.newline}${inner}`;
      const run = this.nativeRun(items, index);
      if (run.items.length > 0) {
        this.append(separator + this.nativeItemsText(run.items, indent));
        index += run.items.length;
        continue;
      }
      this.append(separator);
      const item = resolve(run.next, String(index));
      // An array keeps its length: an item without JSON text is written as null.
      if (!hasJsonText(item)) this.append('null');
      else this.value(item, inner);
      index += 1;
    }
    this.append(`${this.newline}${indent}]`);
  }

  /**
   * Collects the items from `start` on that `JSON.stringify` writes as the
   * writer would, up to the number that makes about half a piece of text.
   * An item with a `toJSON` method ends the run, because `JSON.stringify`
   * would pass it its index in the run rather than in `items`. That item is
   * returned as `next`.
   */
  private nativeRun(items: readonly unknown[] | JsonItems, start: number): { items: unknown[]; next: unknown } {
    const run: unknown[] = [];
    const end = Math.min(items.length, start + this.runLength);
    for (let index = start; index < end; index++) {
      const item = items instanceof JsonItems ? items.at(index) : items[index];
      if (hasToJson(item)) return { items: run, next: item };
      run.push(item);
    }
    return { items: run, next: undefined };
  }

  /**
   * Returns the JSON text of consecutive array items, joined as the array
   * joins them, from one `JSON.stringify` call. We wrote the 5.5 MB impact
   * result of bench/impact-speed's synthetic repository to /dev/null in new
   * Node 20 processes (medians of 6 runs). That took about 40 ms of CPU time
   * with one call per item, 27 ms with one call per run, and 22 ms with one
   * call for the whole text.
   *
   * The run is wrapped in one array per level of `indent`, so that
   * `JSON.stringify` indents its items as deep as they sit here, and the
   * text around the items is cut off. The next run's length is set from
   * this run's text, so that a run makes about half a piece.
   */
  private nativeItemsText(run: readonly unknown[], indent: string): string {
    const depth = this.indentUnit === '' ? 0 : indent.length / this.indentUnit.length;
    let wrapped: unknown = run;
    for (let level = 0; level < depth; level++) wrapped = [wrapped];
    const text = JSON.stringify(wrapped, null, this.indentUnit);
    const cut = this.wrapperLengths(depth);
    const itemLength = Math.max(1, (text.length - cut.before - cut.after) / run.length);
    this.runLength = Math.min(MAX_RUN_LENGTH, Math.max(1, Math.floor(PIECE_LENGTH / 2 / itemLength)));
    return text.slice(cut.before, text.length - cut.after);
  }

  /** Lengths of the text that a one-item array wrapped in `depth` arrays puts before and after its item, measured once per depth. */
  private wrapperLengths(depth: number): { before: number; after: number } {
    let lengths = this.wrappers.get(depth);
    if (lengths === undefined) {
      let wrapped: unknown = [0];
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
    // A long text goes out in a piece of its own, so pieces stay near PIECE_LENGTH.
    if (this.buffer.length > 0 && this.buffer.length + text.length > PIECE_LENGTH) this.flush();
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

/** Checks whether `value` is an object with a `toJSON` method, which `JSON.stringify` calls with the member's key or the item's index. */
function hasToJson(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** Checks whether a resolved value has JSON text; undefined, functions and symbols have none. */
function hasJsonText(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
