/** Config problems found while resolving, each reported once and in the order found. */
export class WarningLog {
  readonly messages: string[] = [];
  private readonly seen = new Set<string>();

  add(message: string): void {
    if (this.seen.has(message)) return;
    this.seen.add(message);
    this.messages.push(message);
  }
}
