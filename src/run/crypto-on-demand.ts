/**
 * Hashes and random names from `node:crypto`, which loads on the first call
 * rather than with the module that imports this one.
 *
 * Why: loading `node:crypto` compiles 17 of Node's own modules, a few
 * milliseconds of every start-up on Node.js 20, and a warm impact run often
 * hashes nothing at all. A static import anywhere in the code a command
 * loads would pay that cost in every run.
 */
import { requireBuiltin } from './builtin-module.js';

type Crypto = typeof import('node:crypto');

let loaded: Crypto | undefined;

function crypto(): Crypto {
  loaded ??= requireBuiltin<Crypto>('node:crypto');
  return loaded;
}

/** SHA-256 of the UTF-8 bytes of `text`, in hex. */
export function sha256Hex(text: string): string {
  return crypto().createHash('sha256').update(text, 'utf8').digest('hex');
}

/** SHA-1 of `parts` one after the other, in hex: strings as UTF-8 bytes. */
export function sha1Hex(...parts: readonly (string | Uint8Array)[]): string {
  const hash = crypto().createHash('sha1');
  for (const part of parts) hash.update(part);
  return hash.digest('hex');
}

/** `bytes` random bytes in hex, for names that must not collide, such as temporary files. */
export function randomHex(bytes: number): string {
  return crypto().randomBytes(bytes).toString('hex');
}

/** A random version 4 UUID, which no one can predict. */
export function randomUuid(): string {
  return crypto().randomUUID();
}
