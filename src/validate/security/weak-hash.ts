/**
 * security/weak-hash: `crypto.createHash` with MD4, MD5 or SHA-1, and
 * `crypto.subtle.digest('SHA-1', …)`.
 *
 * `createHmac` with these algorithms is not reported: HMAC's security rests
 * on the hash being a pseudo-random function, not on collision resistance,
 * which is why HMAC-SHA1 is still in wide use.
 */
import type { Node } from './ast-walk.js';
import { dottedPath, staticString } from './expressions.js';
import { calleeName } from './module-bindings.js';
import { reportNode, type ScriptRule } from './rule-context.js';
import { SECURITY_RULE_IDS } from './rules.js';

/** Algorithm names as OpenSSL and Web Crypto spell them, lower-cased. */
const WEAK_ALGORITHMS = new Set(['md4', 'md5', 'sha1', 'sha-1', 'md5-sha1', 'rsa-md5', 'rsa-sha1']);

export const weakHashRule: ScriptRule = (context) => (node) => {
  if (node.type !== 'CallExpression') return;
  const [algorithm] = node.arguments;
  if (!algorithm) return;
  const name = staticString(algorithm);
  if (name === null || !WEAK_ALGORITHMS.has(name.toLowerCase())) return;
  if (!isHashCall(node.callee, calleeName(node.callee, context.bindings))) return;
  reportNode(
    context,
    SECURITY_RULE_IDS.weakHash,
    algorithm,
    `${name} is broken for collision resistance; use sha256 or stronger, or scrypt or argon2 for passwords.`,
  );
};

function isHashCall(callee: Node, resolved: string | null): boolean {
  if (resolved === 'crypto.createHash' || resolved === 'crypto.subtle.digest' || resolved === 'crypto.webcrypto.subtle.digest') return true;
  // The Web Crypto API is a global in browsers and in Node.js 19 and later, so `crypto.subtle` needs no import.
  const path = dottedPath(callee)?.join('.');
  return path === 'crypto.subtle.digest' || path === 'globalThis.crypto.subtle.digest' || path === 'window.crypto.subtle.digest';
}
