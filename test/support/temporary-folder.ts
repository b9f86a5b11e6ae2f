/**
 * Temporary folders for tests that remove themselves when the test that made
 * them finishes, pass or fail, so repeated runs leave nothing under the
 * system's temporary folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTestFinished } from 'vitest';

/** Creates a folder named `prefix` plus random characters, removed after the current test. Call it inside a test. */
export function temporaryFolder(prefix: string): string {
  const folder = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}
