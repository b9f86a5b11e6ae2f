/**
 * Resolves the specifiers that may name many files: globs such as
 * `import.meta.glob('./pages/*.tsx')`, and the static prefix and suffix of a
 * dynamic import such as `import(\`./locales/${lang}.json\`)`. The prefix or
 * the glob's folder may be relative, relative to the Vite root (`/src/…`), or
 * go through an alias. A prefix may also go through a tsconfig `paths` key
 * of the form `prefix/*`, or name a folder of a package in the repository.
 */
import { rewriteWithAlias } from './aliases/alias-rule.js';
import type { AliasScopes } from './aliases/alias-scopes.js';
import { toRepositoryPath } from './aliases/static-value.js';
import type { FileIndex } from './file-index.js';
import { filesMatchingGlob, filesWithPrefix } from './file-sets.js';
import type { PackageLocator } from './packages/package-locator.js';
import { isRelativeSpecifier, parseBareSpecifier } from './packages/specifier.js';
import { folderOf, joinInRepository } from './repo-path.js';
import { unresolved, type Resolution } from './resolution.js';
import type { TsconfigScopes } from './tsconfig/config-scope.js';
import { substitutePath } from './tsconfig/path-mapping.js';

/** Repository location that the static part of a specifier maps to. */
interface Location {
  /** Repository path, with a trailing `/` kept when the specifier had one. */
  path: string;
  /** The rule that mapped a non-relative specifier, or undefined for relative ones. */
  rule?: string;
}

export class DynamicImports {
  constructor(
    private readonly index: FileIndex,
    private readonly aliases: AliasScopes,
    private readonly tsconfigs: TsconfigScopes,
    private readonly locator: PackageLocator,
  ) {}

  /** Resolves a glob to every tracked file that matches it, as `files`. The list is empty when none matches. */
  resolveGlob(importer: string, glob: string): Resolution {
    if (glob.startsWith('!')) {
      return unresolved(`glob "${glob}" in ${importer} is an exclusion; it selects files only together with other globs`);
    }
    const location = this.locate(importer, glob, false);
    if (!location) {
      return unresolved(`glob "${glob}" in ${importer} is neither relative, relative to the Vite root, nor aliased`);
    }
    const via = location.rule === undefined ? `glob "${glob}"` : `glob "${glob}" through ${location.rule}`;
    return { kind: 'files', paths: filesMatchingGlob(this.index, location.path), via };
  }

  /**
   * Resolves a prefix to every tracked file whose path starts with it and
   * ends with `suffix`, as `files`. The list is empty when none matches. A prefix that
   * names a whole package outside the repository (`lodash/` + x) is external.
   */
  resolvePrefix(importer: string, prefix: string, suffix: string): Resolution {
    const location = this.locate(importer, prefix, true);
    if (!location) {
      const bare = parseBareSpecifier(prefix);
      if (bare && prefix.startsWith(`${bare.name}/`)) return { kind: 'external', packageName: bare.name };
      return unresolved(`dynamic import prefix "${prefix}" in ${importer} is neither relative, relative to the Vite root, aliased nor mapped by tsconfig paths`);
    }
    const described = `dynamic import prefix "${prefix}" with suffix "${suffix}"`;
    const via = location.rule === undefined ? described : `${described} through ${location.rule}`;
    return { kind: 'files', paths: filesWithPrefix(this.index, location.path, suffix), via };
  }

  private locate(importer: string, specifier: string, allowPaths: boolean): Location | undefined {
    // joinInRepository drops a trailing slash, but for a prefix it separates `locales/` from `localesX.json`.
    const withTrailing = (path: string | undefined): string | undefined => {
      if (path === undefined || path === '' || !specifier.endsWith('/')) return path;
      return `${path}/`;
    };

    if (isRelativeSpecifier(specifier)) {
      const path = withTrailing(joinInRepository(folderOf(importer), specifier));
      return path === undefined ? undefined : { path };
    }
    if (specifier.startsWith('/')) {
      const root = this.aliases.viteRootFor(importer) ?? '';
      const path = withTrailing(joinInRepository(root, specifier.slice(1)));
      return path === undefined ? undefined : { path, rule: `the Vite root ${root === '' ? 'at the repository root' : root}` };
    }
    const aliased = this.locateThroughAlias(importer, specifier, withTrailing);
    if (aliased || !allowPaths) return aliased;
    return this.locateThroughPaths(importer, specifier, withTrailing) ?? this.locateInPackage(importer, specifier, withTrailing);
  }

  /**
   * Maps `@acme/ui/icons/` to the folder of a package in the repository.
   * NOTE: this reads the subpath as a folder of the package and ignores
   * `exports`, which may map it elsewhere.
   */
  private locateInPackage(
    importer: string,
    specifier: string,
    withTrailing: (path: string | undefined) => string | undefined,
  ): Location | undefined {
    const bare = parseBareSpecifier(specifier);
    if (!bare || !specifier.startsWith(`${bare.name}/`)) return undefined;
    const located = this.locator.locate(bare.name, folderOf(importer));
    const path = located && withTrailing(joinInRepository(located.folder, specifier.slice(bare.name.length + 1)));
    return path === undefined || !located ? undefined : { path, rule: `${located.via} in ${located.folder}/` };
  }

  private locateThroughAlias(
    importer: string,
    specifier: string,
    withTrailing: (path: string | undefined) => string | undefined,
  ): Location | undefined {
    for (const rule of this.aliases.rulesFor(importer)) {
      if (rule.kind !== 'vite') continue;
      const [target] = rewriteWithAlias(rule, specifier) ?? [];
      if (target === undefined) continue;

      let path = toRepositoryPath(target);
      if (path === undefined && target.startsWith('/')) path = joinInRepository(rule.rootFolder, target.slice(1));
      if (path === undefined && isRelativeSpecifier(target)) path = joinInRepository(folderOf(importer), target);
      const located = withTrailing(path);
      return located === undefined ? undefined : { path: located, rule: rule.label };
    }
    return undefined;
  }

  /** Maps a prefix through a `paths` key that ends in `*`, such as `"@/*": ["./src/*"]`. */
  private locateThroughPaths(
    importer: string,
    specifier: string,
    withTrailing: (path: string | undefined) => string | undefined,
  ): Location | undefined {
    const paths = this.tsconfigs.forFile(importer)?.paths;
    if (!paths) return undefined;

    let bestKey: string | undefined;
    for (const key of Object.keys(paths.patterns)) {
      if (!key.endsWith('*') || key.indexOf('*') !== key.length - 1) continue;
      const keyPrefix = key.slice(0, -1);
      if (specifier.startsWith(keyPrefix) && (bestKey === undefined || keyPrefix.length > bestKey.length - 1)) bestKey = key;
    }
    const substitution = bestKey === undefined ? undefined : paths.patterns[bestKey]?.[0];
    if (bestKey === undefined || substitution === undefined || !substitution.endsWith('*')) return undefined;

    const captured = specifier.slice(bestKey.length - 1);
    const path = withTrailing(substitutePath(paths, substitution.slice(0, -1) + captured));
    return path === undefined ? undefined : { path, rule: `tsconfig paths "${bestKey}" in ${paths.declaredIn}` };
  }
}
