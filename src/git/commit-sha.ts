/** True for a full commit SHA: 40 hexadecimal digits (SHA-1) or 64 (SHA-256 repositories). */
export function isCommitSha(value: string): boolean {
  return /^[0-9a-f]{40}([0-9a-f]{24})?$/i.test(value);
}
