import type { ReportPosition } from '../../errors.js';

/** Kinds of well-formedness problem, which the report reader turns into a message and a fix. */
export type XmlSyntaxKind = 'malformed' | 'truncated' | 'undefined-entity' | 'no-root' | 'not-utf8';

/** A well-formedness error at a position of the input. */
export class XmlSyntaxError extends Error {
  constructor(
    readonly kind: XmlSyntaxKind,
    message: string,
    readonly position: ReportPosition,
  ) {
    super(message);
    this.name = 'XmlSyntaxError';
  }
}
