/**
 * The references found in one script, with offsets turned into line numbers
 * of the original file as they are added.
 */
import type { ModuleReference, ReferenceKind } from './types.js';

export class ReferenceList {
  readonly items: ModuleReference[] = [];

  /**
   * `lineAt` maps an offset in the scanned text to a line of the original
   * file. In a declaration file every reference is type-only.
   */
  constructor(
    private readonly lineAt: (offset: number) => number,
    private readonly declarationFile: boolean,
  ) {}

  get length(): number {
    return this.items.length;
  }

  truncate(length: number): void {
    this.items.length = length;
  }

  add(kind: ReferenceKind, specifier: string, offset: number, typeOnly: boolean): void {
    this.items.push({
      specifier,
      kind,
      typeOnly: typeOnly || this.declarationFile,
      approximate: kind === 'glob',
      line: this.lineAt(offset),
    });
  }

  /** Adds a 'dynamic-pattern' reference: `prefix` is the static text before the first substitution. */
  addPattern(prefix: string, suffix: string, offset: number, typeOnly: boolean): void {
    this.items.push({
      specifier: prefix,
      kind: 'dynamic-pattern',
      typeOnly: typeOnly || this.declarationFile,
      approximate: true,
      suffix,
      line: this.lineAt(offset),
    });
  }
}
