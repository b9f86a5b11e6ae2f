/**
 * Maps text offsets to 1-based line numbers by counting LF characters, as git
 * and diff tools count lines. A CRLF pair is one line break, and a lone CR,
 * U+2028 or U+2029 does not start a line.
 */
export class LineCounter {
  private offset = 0;
  private line = 1;

  /** `firstLine` is the line number of offset 0, for a script block that starts inside a larger file. */
  constructor(
    private readonly text: string,
    private readonly firstLine = 1,
  ) {}

  /**
   * Returns the line of `offset`. Offsets usually grow from call to call, so
   * the count continues from the previous offset. A smaller offset, which
   * follows a rollback of the tokenizer, restarts the count from offset 0.
   */
  lineAt(offset: number): number {
    if (offset < this.offset) {
      this.offset = 0;
      this.line = 1;
    }
    let newline = this.text.indexOf('\n', this.offset);
    while (newline !== -1 && newline < offset) {
      this.line++;
      newline = this.text.indexOf('\n', newline + 1);
    }
    this.offset = offset;
    return this.line + this.firstLine - 1;
  }
}
