/**
 * The security rules: ids, default levels and documentation, and the one
 * place that turns a rule and a node into a finding.
 */
import type { Finding, RuleMeta, SourceRange } from '../model.js';

/** Page that documents every rule; each rule links to its own anchor there. */
export const SECURITY_DOCS_URL = 'https://github.com/testmaster/testmaster/blob/main/docs/validate/security.md';

export const SECURITY_RULE_IDS = {
  dynamicCode: 'security/dynamic-code',
  shellCommand: 'security/shell-command',
  tlsVerification: 'security/tls-verification-disabled',
  weakHash: 'security/weak-hash',
  insecureRandom: 'security/insecure-random',
  unsafeHtml: 'security/unsafe-html',
  pathTraversal: 'security/path-traversal',
  hardcodedSecret: 'security/hardcoded-secret',
} as const;

export type SecurityRuleId = (typeof SECURITY_RULE_IDS)[keyof typeof SECURITY_RULE_IDS];

/** The anchor of a rule in the docs page: the rule name after `security/`, which is also the heading text. */
function helpUriOf(id: SecurityRuleId): string {
  return `${SECURITY_DOCS_URL}#${id.slice('security/'.length)}`;
}

export const SECURITY_RULES: RuleMeta[] = [
  {
    id: SECURITY_RULE_IDS.dynamicCode,
    defaultLevel: 'warning',
    summary: 'Code is built and run at run time with eval, Function, a string timer or the vm module.',
    help: 'Text that reaches eval, new Function, setTimeout or setInterval with a string, or vm with non-literal code runs with the full rights of the process, so any attacker-controlled part becomes code. Call a function directly, parse data with JSON.parse, or pass a function to the timer.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.dynamicCode),
  },
  {
    id: SECURITY_RULE_IDS.shellCommand,
    defaultLevel: 'error',
    summary: 'A shell command is built from a template literal or a string concatenation with variables.',
    help: 'child_process.exec, execSync, and spawn or execFile with `shell: true` hand the whole string to /bin/sh or cmd.exe, so quotes, semicolons and `$(...)` inside a variable run as commands. Pass the program and an argument array to execFile or spawn without a shell.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.shellCommand),
  },
  {
    id: SECURITY_RULE_IDS.tlsVerification,
    defaultLevel: 'error',
    summary: 'TLS certificate or host name verification is turned off.',
    help: 'Without certificate and host name checks any machine on the network path can read and change the traffic. Remove the option; to trust a private certificate authority, pass it with the `ca` option or NODE_EXTRA_CA_CERTS.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.tlsVerification),
  },
  {
    id: SECURITY_RULE_IDS.weakHash,
    defaultLevel: 'warning',
    summary: 'A hash is computed with MD4, MD5 or SHA-1, whose collisions are practical to find.',
    help: 'Collisions for MD5 and SHA-1 can be computed, so they cannot protect integrity or identify content an attacker supplies. Use SHA-256 or stronger; for passwords use scrypt, argon2 or bcrypt. Where the hash only keys a cache, suppress the finding with that reason.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.weakHash),
  },
  {
    id: SECURITY_RULE_IDS.insecureRandom,
    defaultLevel: 'warning',
    summary: 'Math.random() produces a token, id, key, salt, nonce, password or session value.',
    help: 'Math.random() is not a cryptographic generator: its output can be predicted from a few earlier values. Use crypto.randomBytes, crypto.randomUUID or crypto.getRandomValues for anything an attacker must not guess.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.insecureRandom),
  },
  {
    id: SECURITY_RULE_IDS.unsafeHtml,
    defaultLevel: 'warning',
    summary: 'A non-constant value is written as HTML with innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML.',
    help: 'Markup in the value is parsed and its scripts and event handlers run, which is cross-site scripting when any part comes from a user. Set textContent, build elements with the DOM API or JSX, or sanitize the HTML with a maintained sanitizer first.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.unsafeHtml),
  },
  {
    id: SECURITY_RULE_IDS.pathTraversal,
    defaultLevel: 'error',
    summary: 'Request data reaches a file system path without path.basename or a check.',
    help: 'A request value such as `../../etc/passwd` walks out of the intended folder and reads, writes or deletes any file the process can reach. Take path.basename of the value, or resolve it against the root folder and reject it unless it stays inside.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.pathTraversal),
  },
  {
    id: SECURITY_RULE_IDS.hardcodedSecret,
    defaultLevel: 'error',
    summary: 'A credential, token or private key is written in the file.',
    help: 'Anyone who can read the repository or its history can use the secret. Revoke it at its issuer now, because removing it from the file does not remove it from the history, then load the new value from the environment or a secret store.',
    helpUri: helpUriOf(SECURITY_RULE_IDS.hardcodedSecret),
  },
];

const RULES_BY_ID = new Map(SECURITY_RULES.map((rule) => [rule.id, rule]));

/** Builds a finding of a security rule at its default level; the stage applies the configured level later. */
export function securityFinding(id: SecurityRuleId, path: string, range: SourceRange, message: string): Finding {
  const rule = RULES_BY_ID.get(id);
  if (!rule) throw new Error(`Unknown security rule ${id}`);
  const finding: Finding = { ruleId: id, level: rule.defaultLevel, path, range, message, tool: 'testmaster' };
  if (rule.helpUri) finding.helpUri = rule.helpUri;
  return finding;
}
