import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseGoModulePath, type GoModule } from './go-modules.js';

/**
 * Reads the module path of every tracked `go.mod` file. Symbolic links are
 * skipped, so a link in a pull request cannot make TestMaster read a file
 * outside the repository.
 */
export async function readGoModules(repositoryRoot: string, trackedFiles: readonly string[]): Promise<GoModule[]> {
  const modules: GoModule[] = [];
  for (const file of trackedFiles) {
    if (file !== 'go.mod' && !file.endsWith('/go.mod')) continue;

    const fullPath = join(repositoryRoot, file);
    const stats = await lstat(fullPath).catch(() => undefined);
    if (!stats?.isFile()) continue;

    const modulePath = parseGoModulePath(await readFile(fullPath, 'utf8'));
    if (modulePath === undefined) continue;
    modules.push({ dir: file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length), modulePath });
  }
  return modules;
}
