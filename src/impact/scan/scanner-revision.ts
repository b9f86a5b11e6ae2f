/**
 * Revision of the scanner's output. Scan caches store it with each entry
 * and discard entries written by another revision.
 *
 * Raise it with every change that can change the references or errors
 * found in some file. Revision 1 read tokens with TypeScript 5.9's scanner;
 * revision 2 reads them with the lexer in ./lexer; revision 3 stops after the
 * last word that can start a reference (./reference-limit.ts), so errors
 * past it are no longer reported; revision 4 reads the `@jsxImportSource`
 * pragma.
 */
export const SCANNER_REVISION = 4;
