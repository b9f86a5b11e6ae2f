/**
 * Finds a package.json that declares a TypeScript compiler. When one does but
 * no compiler is installed, the install step is missing, and skipping the
 * types validator would let type errors pass.
 */
import type { ProjectTree } from './project-discovery.js';

/** A package.json that lists a compiler package among the dependencies that `npm ci` installs. */
export interface CompilerDeclaration {
  /** Repository-relative path of the package.json. */
  manifest: string;
  /** `typescript` or `@typescript/native-preview`. */
  compiler: string;
}

const COMPILER_PACKAGES = ['typescript', '@typescript/native-preview'];
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];

/**
 * Returns the first package.json, at the root or next to a tsconfig.json,
 * that declares a compiler, or null. Workspace packages without a
 * tsconfig.json are not read, because the check has nothing to compile there.
 */
export function findCompilerDeclaration(tree: ProjectTree): CompilerDeclaration | null {
  for (const folder of ['', ...tree.tsconfigFolders().filter((folder) => folder !== '')]) {
    const manifest = folder === '' ? 'package.json' : `${folder}/package.json`;
    const compiler = declaredCompiler(tree.readText(manifest));
    if (compiler !== null) return { manifest, compiler };
  }
  return null;
}

function declaredCompiler(text: string | null): string | null {
  if (text === null) return null;
  let manifest: unknown;
  try {
    manifest = JSON.parse(text);
  } catch {
    // A broken package.json fails the install step itself, which names the file.
    return null;
  }
  if (typeof manifest !== 'object' || manifest === null) return null;
  for (const field of DEPENDENCY_FIELDS) {
    const dependencies = (manifest as Record<string, unknown>)[field];
    if (typeof dependencies !== 'object' || dependencies === null) continue;
    const found = COMPILER_PACKAGES.find((name) => Object.hasOwn(dependencies, name));
    if (found) return found;
  }
  return null;
}
