/**
 * Maps build output that a package.json points at (`./dist/x.js`), which git
 * does not track, back to the source file that produces it (`src/x.ts`).
 * The package's own tsconfig `outDir` and `rootDir` are tried first, then a
 * file of the same name under the package's src folder.
 */
import type { FileIndex } from '../file-index.js';
import { isInside, joinInRepository, relativeInside } from '../repo-path.js';
import type { TsconfigFile } from '../tsconfig/tsconfig-file.js';
import type { TsconfigLoader } from '../tsconfig/tsconfig-loader.js';

export interface SourceMapping {
  path: string;
  /** Description of the mapping, for `via`. */
  note: string;
}

/** Config files in a package folder that commonly hold the build's `outDir`, most specific first. */
const BUILD_CONFIG_NAMES = ['tsconfig.build.json', 'tsconfig.lib.json', 'tsconfig.json'];

/**
 * Source extensions to try per output extension, in order. Bundlers such as
 * tsup emit `.mjs` and `.cjs` from `.ts`, so those list `.ts` as well.
 */
const SOURCE_EXTENSIONS: readonly [RegExp, readonly string[]][] = [
  [/\.d\.ts$|\.jsx?$/, ['.ts', '.tsx', '.js', '.jsx']],
  [/\.d\.mts$|\.mjs$/, ['.mts', '.ts', '.tsx', '.mjs', '.js']],
  [/\.d\.cts$|\.cjs$/, ['.cts', '.ts', '.tsx', '.cjs', '.js']],
];

export class BuiltOutputMapper {
  constructor(
    private readonly index: FileIndex,
    private readonly loader: TsconfigLoader,
  ) {}

  /** Finds the tracked source of `output`, a path inside `packageFolder` that is not tracked. */
  map(output: string, packageFolder: string): SourceMapping | undefined {
    if (!isInside(output, packageFolder)) return undefined;
    return this.mapThroughOutDir(output, packageFolder) ?? this.mapToSameName(output, packageFolder);
  }

  private mapThroughOutDir(output: string, packageFolder: string): SourceMapping | undefined {
    for (const config of this.buildConfigs(packageFolder)) {
      const outDir = config.outDir;
      if (!outDir || !isInside(output, outDir.path) || output === outDir.path) continue;

      const relative = relativeInside(output, outDir.path);
      const roots = config.rootDir ? [config.rootDir.path] : [`${packageFolder}/src`, packageFolder];
      for (const root of roots) {
        const stem = joinInRepository(root, relative);
        const source = stem === undefined ? undefined : this.sourceFor(stem);
        if (source !== undefined) {
          return {
            path: source,
            note: `built output ${output} is not tracked; mapped to ${source} through outDir "${outDir.written}" in ${outDir.declaredIn}`,
          };
        }
      }
    }
    return undefined;
  }

  /** Tries `src/` plus the output path with its first one, two, … segments dropped: `dist/esm/a.js` gives `src/esm/a`, `src/a`. */
  private mapToSameName(output: string, packageFolder: string): SourceMapping | undefined {
    const segments = relativeInside(output, packageFolder).split('/');
    const sourceFolder = packageFolder === '' ? 'src' : `${packageFolder}/src`;
    for (let dropped = 1; dropped < segments.length; dropped++) {
      const stem = joinInRepository(sourceFolder, segments.slice(dropped).join('/'));
      const source = stem === undefined ? undefined : this.sourceFor(stem);
      if (source !== undefined) {
        return { path: source, note: `built output ${output} is not tracked; mapped to the same-name file ${source}` };
      }
    }
    return undefined;
  }

  /** Finds the tracked source of an output path: the same stem with a source extension, or the same name for assets. */
  private sourceFor(outputPath: string): string | undefined {
    for (const [pattern, extensions] of SOURCE_EXTENSIONS) {
      const match = pattern.exec(outputPath);
      if (!match) continue;
      const stem = outputPath.slice(0, match.index);
      return extensions.map((extension) => stem + extension).find((path) => this.index.has(path));
    }
    return this.index.has(outputPath) ? outputPath : undefined;
  }

  /** Lists the package's build configs and the projects they reference, without duplicates. */
  private buildConfigs(packageFolder: string): TsconfigFile[] {
    const configs: TsconfigFile[] = [];
    const seen = new Set<string>();
    const add = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      const config = this.loader.load(path);
      if (!config) return;
      configs.push(config);
      config.references.forEach(add);
    };
    for (const name of BUILD_CONFIG_NAMES) add(packageFolder === '' ? name : `${packageFolder}/${name}`);
    return configs;
  }
}
