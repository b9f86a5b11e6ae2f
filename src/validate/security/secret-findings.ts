/**
 * The hard-coded secret detector: known token formats, PEM private keys and
 * high-entropy values assigned to secret-like names, in any text file.
 *
 * Messages never contain the secret. They show a masked form, the first
 * four characters and the length, which is enough to find the value in the
 * file and at its issuer.
 */
import type { Finding, SourceText } from '../model.js';
import { findGenericSecrets } from './secret-assignments.js';
import { placeholderReason, placeholderWord, shannonEntropy } from './secret-entropy.js';
import { MIN_PRIVATE_KEY_BODY, PRIVATE_KEY_PATTERN, SECRET_FORMATS, pemBase64, type SecretFormat } from './secret-formats.js';
import { SECURITY_RULE_IDS, securityFinding } from './rules.js';
import { LineIndex } from '../parse/line-index.js';

/**
 * Minimum entropy of a known format's random part. Generated parts of 16 or
 * more characters score about 3.3 to 5; the format alone already marks
 * a secret, so the bar only drops patterns such as `abababab`.
 */
const MIN_FORMAT_ENTROPY = 2.5;

/** Minimum entropy of a PEM body; DER-encoded keys in base64 score above 5, while `MIIE...` stand-ins score far lower. */
const MIN_PRIVATE_KEY_ENTROPY = 4.5;

interface SecretMatch {
  kind: string;
  start: number;
  end: number;
  /** Masked form that the message shows in place of the value. */
  masked: string;
  properties: Record<string, number | string>;
}

/**
 * Returns one finding per secret in the text, sorted by position, at the
 * rule's default level. Text with a NUL character is treated as binary and
 * yields nothing.
 */
export function secretFindings(source: SourceText): Finding[] {
  if (source.text.includes('\u0000')) return [];
  const matches = [...privateKeyMatches(source.text), ...formatMatches(source.text)];
  for (const generic of findGenericSecrets(source.path, source.text)) {
    if (matches.some((match) => overlaps(match, generic))) continue;
    const value = source.text.slice(generic.start, generic.end);
    matches.push({
      kind: `secret in \`${generic.name}\``,
      start: generic.start,
      end: generic.end,
      // A generic secret has no public prefix, so none of its characters are shown.
      masked: `(${value.length} characters)`,
      properties: { kind: 'generic', entropy: Math.round(generic.entropy * 100) / 100 },
    });
  }
  const positions = new LineIndex(source.text);
  return matches
    .sort((a, b) => a.start - b.start)
    .map((match) =>
      Object.assign(
        securityFinding(
          SECURITY_RULE_IDS.hardcodedSecret,
          source.path,
          positions.range(match.start, match.end),
          `Hard-coded ${match.kind} ${match.masked}; revoke it at its issuer and load it from the environment or a secret store.`,
        ),
        { properties: match.properties },
      ),
    );
}

function formatMatches(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const format of SECRET_FORMATS) {
    for (const match of text.matchAll(format.pattern)) {
      const secret = match.groups?.secret ?? match[0];
      const start = match.index + match[0].length - secret.length;
      if (!isGenerated(format, secret)) continue;
      if (matches.some((other) => overlaps(other, { start, end: start + secret.length }))) continue;
      matches.push({
        kind: format.kind,
        start,
        end: start + secret.length,
        masked: maskOf(secret),
        properties: { kind: format.kind },
      });
    }
  }
  return matches;
}

function isGenerated(format: SecretFormat, secret: string): boolean {
  const random = format.randomPart(secret);
  if (placeholderReason(random) !== null || placeholderWord(secret) !== null) return false;
  if (shannonEntropy(random) < MIN_FORMAT_ENTROPY) return false;
  return format.accept ? format.accept(secret) : true;
}

function privateKeyMatches(text: string): SecretMatch[] {
  const matches: SecretMatch[] = [];
  for (const match of text.matchAll(PRIVATE_KEY_PATTERN)) {
    const { label, body } = match.groups as { label: string; body: string };
    const base64 = pemBase64(body);
    // Real key bodies hold runs such as `AAAAA` (OpenSSH's length fields), so the placeholder checks of tokens do not apply.
    if (base64.length < MIN_PRIVATE_KEY_BODY || shannonEntropy(base64) < MIN_PRIVATE_KEY_ENTROPY) continue;
    matches.push({
      kind: 'private key',
      start: match.index,
      end: match.index + match[0].length,
      masked: `(${label} block, ${base64.length} base64 characters)`,
      properties: { kind: 'private key' },
    });
  }
  return matches;
}

/** Masks a secret of a known format as its first four characters, which its public prefix fills, and its length: `ghp_… (40 characters)`. */
export function maskOf(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} characters)`;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
