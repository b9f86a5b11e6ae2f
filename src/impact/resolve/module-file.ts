/**
 * TypeScript's rules for turning a module path without a package into a
 * tracked file: extension probing, ESM-style `.js` specifiers that name
 * `.ts` sources, and `index` files of folders.
 */
import type { FileIndex } from './file-index.js';

/**
 * Source language of the importer. It decides whether `./a.js` prefers a
 * tracked `a.ts` over a tracked `a.js` and which extensions are probed first.
 */
export type ImporterFlavor = 'typescript' | 'javascript';

const TYPESCRIPT_IMPORTERS = /\.(?:[cm]?tsx?|vue|svelte|astro)$/;

/** Extensions probed for a path without one, TypeScript sources first. */
const TYPESCRIPT_ORDER = [
  '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.d.mts', '.d.cts', '.mjs', '.cjs', '.json',
];

/** Extensions probed for a path without one from a JavaScript importer, JavaScript first. */
const JAVASCRIPT_ORDER = [
  '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.d.ts', '.d.mts', '.d.cts', '.json',
];

/**
 * TypeScript sources that a specifier with a JavaScript extension may name.
 * TypeScript resolves `./a.js` to `a.ts`, because the specifier names the
 * file that the compiler will emit.
 */
const SOURCE_FOR_OUTPUT: ReadonlyMap<string, readonly string[]> = new Map([
  ['.js', ['.ts', '.tsx']],
  ['.jsx', ['.tsx']],
  ['.mjs', ['.mts']],
  ['.cjs', ['.cts']],
]);

/** Declaration files that a JavaScript extension may name when neither source nor output is tracked. */
const DECLARATION_FOR_OUTPUT: ReadonlyMap<string, readonly string[]> = new Map([
  ['.js', ['.d.ts']],
  ['.jsx', ['.d.ts']],
  ['.mjs', ['.d.mts']],
  ['.cjs', ['.d.cts']],
]);

const JAVASCRIPT_EXTENSION = /\.(?:jsx?|mjs|cjs)$/;

export function flavorOf(importer: string): ImporterFlavor {
  return TYPESCRIPT_IMPORTERS.test(importer) ? 'typescript' : 'javascript';
}

/**
 * Finds the tracked file that `path` names, without looking into folders.
 * The exact path wins, except that a TypeScript importer prefers `a.ts` or
 * `a.tsx` over a tracked `a.js`. Then come declaration files for a
 * JavaScript extension, then each probed extension appended to the whole
 * path, so that `./button.stories` finds `button.stories.tsx`.
 *
 * NOTE: TypeScript itself picks `a.d.ts` over a tracked `a.js`. This picks
 * `a.js`, because the JavaScript file is what runs and what a change edits.
 */
export function findFileWithExtensions(index: FileIndex, path: string, flavor: ImporterFlavor): string | undefined {
  const javascriptExtension = JAVASCRIPT_EXTENSION.exec(path)?.[0];
  const stem = javascriptExtension === undefined ? path : path.slice(0, -javascriptExtension.length);
  const preferSource = flavor === 'typescript' && javascriptExtension !== undefined;
  if (!preferSource && index.has(path)) return path;

  const sources = javascriptExtension === undefined ? [] : SOURCE_FOR_OUTPUT.get(javascriptExtension) ?? [];
  const source = firstTracked(index, stem, sources);
  if (source !== undefined) return source;
  if (index.has(path)) return path;

  const declarations = javascriptExtension === undefined ? [] : DECLARATION_FOR_OUTPUT.get(javascriptExtension) ?? [];
  return (
    firstTracked(index, stem, declarations) ??
    firstTracked(index, path, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER)
  );
}

/** Finds the `index` file of `folder` under the same extension order. */
export function findFolderIndex(index: FileIndex, folder: string, flavor: ImporterFlavor): string | undefined {
  if (!index.hasFolder(folder)) return undefined;
  const stem = folder === '' ? 'index' : `${folder}/index`;
  return firstTracked(index, stem, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER);
}

function firstTracked(index: FileIndex, stem: string, extensions: readonly string[]): string | undefined {
  for (const extension of extensions) {
    if (index.has(stem + extension)) return stem + extension;
  }
  return undefined;
}
