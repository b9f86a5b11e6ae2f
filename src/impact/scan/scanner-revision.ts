/**
 * Revision of the scanner's output. Scan caches store it with each entry
 * and discard entries written by another revision.
 *
 * Raise it with every change that can change the references or errors
 * found in some file. The revisions so far:
 * 1. tokens from TypeScript 5.9's scanner;
 * 2. tokens from the lexer in ./lexer;
 * 3. the scan stops after the last word that can start a reference
 *    (./reference-limit.ts), so errors past it are no longer reported;
 * 4. the `@jsxImportSource` pragma gives a reference;
 * 5. a reference word in a line comment, inside a longer word or after a
 *    dot no longer extends the scan, so fewer errors are reported;
 * 6. neither does one in a block comment that opens at the start of a line
 *    (./block-comment-test.ts).
 */
export const SCANNER_REVISION = 6;
