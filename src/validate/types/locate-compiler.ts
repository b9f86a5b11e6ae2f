/**
 * Finds the repository's own TypeScript compiler, the way Node.js resolves
 * a package from the repository root: `typescript`, then the native preview
 * `@typescript/native-preview` (the Go compiler, `tsgo`).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import type { TypesSettings } from '../settings.js';
import type { CompilerInfo } from './type-check-model.js';

/** An installed compiler package. */
export interface CompilerPackage {
  /** `typescript` or `@typescript/native-preview`. */
  name: string;
  version: string;
  /** Absolute folder of the package. */
  folder: string;
  /** Whether the package has the JavaScript compiler API (`lib/typescript.js`); TypeScript 7 has none. */
  hasApi: boolean;
  /** Absolute path of the script or program that the package's command-line entry runs. */
  cliEntry: string | null;
}

/** A compiler chosen for a run: the package and how to drive it. */
export interface LocatedCompiler {
  info: CompilerInfo;
  package: CompilerPackage;
}

/** `notFound` is true when neither compiler package is installed, as opposed to installed but unusable. */
export type CompilerChoice = { ok: true; compiler: LocatedCompiler } | { ok: false; reason: string; notFound: boolean };

const TYPESCRIPT = 'typescript';
const NATIVE_PREVIEW = '@typescript/native-preview';
const INSTALL_HINT = `Add TypeScript to the repository's devDependencies (npm install --save-dev typescript) and install dependencies before validation, or remove "types" from validate.validators.`;

/** Looks up both compiler packages from `root` and picks one for `mode`. */
export function locateCompiler(root: string, mode: TypesSettings['compiler']): CompilerChoice {
  return chooseCompiler(findPackage(root, TYPESCRIPT), findPackage(root, NATIVE_PREVIEW), mode);
}

/**
 * Picks the compiler. The repository's `typescript` comes first, because it
 * is what its own `tsc` runs: through the API for 5.x and older, through
 * the CLI for TypeScript 7, whose package has no JavaScript API. The native
 * preview is used when `typescript` is missing, or has no API in `api` mode.
 */
export function chooseCompiler(
  typescript: CompilerPackage | null,
  nativePreview: CompilerPackage | null,
  mode: TypesSettings['compiler'],
): CompilerChoice {
  if (mode === 'api') {
    if (typescript?.hasApi) return chosen(typescript, 'api');
    const found = typescript ?? nativePreview;
    const reason = found
      ? `validate.types.compiler is "api", but ${found.name} ${found.version} at ${found.folder} has no JavaScript compiler API. Set validate.types.compiler to "auto" or "cli" to run its command-line program.`
      : `no TypeScript compiler was found from the repository root. ${INSTALL_HINT}`;
    return { ok: false, reason, notFound: !found };
  }
  if (typescript && mode === 'auto' && typescript.hasApi) return chosen(typescript, 'api');
  for (const candidate of [typescript, nativePreview]) {
    if (candidate?.cliEntry) return chosen(candidate, 'cli');
  }
  const broken = typescript ?? nativePreview;
  const reason = broken
    ? `${broken.name} ${broken.version} at ${broken.folder} has no command-line program. Reinstall it (npm install --save-dev ${broken.name}).`
    : `no TypeScript compiler was found from the repository root. ${INSTALL_HINT}`;
  return { ok: false, reason, notFound: !broken };
}

function chosen(found: CompilerPackage, mode: 'api' | 'cli'): CompilerChoice {
  const native = found.name === NATIVE_PREVIEW || !found.hasApi;
  return {
    ok: true,
    compiler: { package: found, info: { kind: native ? 'native' : 'typescript', mode, version: found.version, path: found.folder } },
  };
}

/** The major version number of a semver string, or NaN. */
export function majorVersion(version: string): number {
  return Number.parseInt(version, 10);
}

/**
 * Finds `name` in the node_modules folders that Node.js searches from
 * `root`, reading its package.json directly so that an `exports` map that
 * hides package.json does not matter.
 */
function findPackage(root: string, name: string): CompilerPackage | null {
  const require = createRequire(join(resolve(root), 'package.json'));
  for (const modulesFolder of require.resolve.paths(name) ?? []) {
    const manifestPath = join(modulesFolder, name, 'package.json');
    if (!existsSync(manifestPath)) continue;
    return describePackage(name, dirname(manifestPath), readFileSync(manifestPath, 'utf8'));
  }
  return null;
}

function describePackage(name: string, folder: string, manifestText: string): CompilerPackage {
  const manifest = JSON.parse(manifestText) as { version?: unknown; bin?: unknown };
  const version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
  const apiFile = join(folder, 'lib', 'typescript.js');
  const hasApi = name === TYPESCRIPT && majorVersion(version) < 7 && existsSync(apiFile);
  const binName = name === TYPESCRIPT ? 'tsc' : 'tsgo';
  const bin = manifest.bin;
  const binPath = typeof bin === 'string' ? bin : (bin as Record<string, unknown> | undefined)?.[binName];
  const cliEntry = typeof binPath === 'string' && existsSync(join(folder, binPath)) ? join(folder, binPath) : null;
  return { name, version, folder, hasApi, cliEntry };
}
