import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Real reports from public projects, kept beside the repository (not in it)
 * with their sources and licences. Tests that read them skip when the folder
 * is absent, as in a clone outside this workspace.
 */
export const SHARED_FIXTURES = join(import.meta.dirname, '../../../shared/fixtures/real');

export const hasSharedFixtures = existsSync(SHARED_FIXTURES);
