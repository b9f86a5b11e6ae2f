/**
 * The resolver: tries the rules in the order the tools apply them. For a
 * specifier that is neither a URL nor `node:`, that is test-runner aliases,
 * then relative and root-relative paths, then tsconfig `paths`, then
 * package.json `imports` for `#` specifiers, then Node builtins, then
 * tsconfig `baseUrl`, and last packages by name.
 */
import type { EmitOptions } from '../model.js';
import type { AliasRule } from './aliases/alias-rule.js';
import { rewriteWithAlias } from './aliases/alias-rule.js';
import { AliasScopes } from './aliases/alias-scopes.js';
import { toRepositoryPath } from './aliases/static-value.js';
import { ConfigReader } from './config-reader.js';
import { DynamicImports } from './dynamic-imports.js';
import { indexOfFiles, type FileIndex } from './file-index.js';
import { findFileWithExtensions, findFolderIndex, flavorOf, type ImporterFlavor } from './module-file.js';
import { BuiltOutputMapper } from './packages/built-output.js';
import { ACTIVE_CONDITIONS, type ConditionMode } from './packages/conditions.js';
import { lookupImports } from './packages/exports-map.js';
import { ManifestStore } from './packages/manifest.js';
import { PackageEntries, withNote } from './packages/package-entry.js';
import { PackageLocator } from './packages/package-locator.js';
import { builtinModuleName, isRelativeSpecifier, parseBareSpecifier, schemeOf } from './packages/specifier.js';
import { discoverWorkspaces, type WorkspacePackage, type YamlParse } from './packages/workspaces.js';
import { describeFolder, folderOf, joinInRepository } from './repo-path.js';
import type { RepositoryView } from './repository-view.js';
import { ResolutionMemo } from './resolution-memo.js';
import { unresolved, type Resolution, type ResolveOptions, type Resolver } from './resolution.js';
import { TsconfigScopes } from './tsconfig/config-scope.js';
import { matchPaths } from './tsconfig/path-mapping.js';
import type { TsconfigFile } from './tsconfig/tsconfig-file.js';
import { TsconfigLoader } from './tsconfig/tsconfig-loader.js';
import { WarningLog } from './warning-log.js';

export class RepositoryResolver implements Resolver {
  readonly workspaces: readonly WorkspacePackage[];
  readonly warnings: readonly string[];

  private readonly index: FileIndex;
  private readonly manifests: ManifestStore;
  private readonly locator: PackageLocator;
  private readonly loader: TsconfigLoader;
  private readonly tsconfigs: TsconfigScopes;
  private readonly entries: PackageEntries;
  private readonly aliases: AliasScopes;
  private readonly dynamicImports: DynamicImports;
  private readonly warningLog = new WarningLog();
  private readonly memo = new ResolutionMemo();
  /** Count of importer tsconfig lookups. The memo compares it before and after a resolution to learn whether the result depends on the importer's tsconfig. */
  private tsconfigLookups = 0;

  /** `parseYaml` is needed only for a pnpm-workspace.yaml outside the simple subset (see `needsYamlParser`). */
  constructor(view: RepositoryView, parseYaml?: YamlParse) {
    const warnings = this.warningLog;
    this.warnings = warnings.messages;
    this.index = indexOfFiles(view.files);

    const reader = new ConfigReader(view, warnings);
    this.manifests = new ManifestStore(this.index, reader);
    this.workspaces = discoverWorkspaces(this.index, this.manifests, view, warnings, parseYaml);
    this.locator = new PackageLocator(this.index, view, this.workspaces, this.manifests);
    this.loader = new TsconfigLoader(this.index, reader, warnings, {
      index: this.index,
      manifests: this.manifests,
      packages: this.locator,
    });
    this.tsconfigs = new TsconfigScopes(this.index, this.loader);
    this.entries = new PackageEntries(this.index, this.manifests, new BuiltOutputMapper(this.index, this.loader), warnings);
    this.aliases = new AliasScopes(this.index, view, reader, this.manifests, warnings);
    this.dynamicImports = new DynamicImports(this.index, this.aliases, this.tsconfigs, this.locator);
    this.loadEveryTsconfig();
  }

  jsxRuntimeOf(importer: string): string | undefined {
    return this.tsconfigs.forFile(importer)?.jsxRuntime;
  }

  emitOptionsOf(file: string): EmitOptions | undefined {
    return this.tsconfigs.forFile(file)?.emit;
  }

  resolve(importer: string, specifier: string, options: ResolveOptions = {}): Resolution {
    if (options.glob) return this.dynamicImports.resolveGlob(importer, specifier);
    if (options.pattern) return this.dynamicImports.resolvePrefix(importer, specifier, options.pattern.suffix ?? '');
    const mode = options.conditions ?? 'import';
    // A relative path costs a few set lookups to resolve, less than building and storing its key.
    if (isRelativeSpecifier(specifier)) return this.resolveSpecifier(importer, specifier, mode, true);
    const key = `${mode}\0${flavorOf(importer)}\0${folderOf(importer)}\0${specifier}`;
    return this.memo.resolve(key, importer, (file) => this.tsconfigs.forFile(file), () => {
      const lookups = this.tsconfigLookups;
      const resolution = this.resolveSpecifier(importer, specifier, mode, true);
      return { resolution, readTsconfig: this.tsconfigLookups !== lookups };
    });
  }

  private resolveSpecifier(importer: string, specifier: string, mode: ConditionMode, useAliases: boolean): Resolution {
    if (specifier === '') return unresolved(`empty specifier in ${importer}`);
    if (specifier.startsWith('node:')) return { kind: 'external', packageName: specifier };
    const scheme = schemeOf(specifier);
    if (scheme !== undefined) {
      return unresolved(`"${specifier}" is a ${scheme}: URL or virtual module, not a repository file or package`);
    }

    const aliased = useAliases ? this.resolveThroughAliases(importer, specifier, mode) : undefined;
    if (aliased) return aliased;
    if (isRelativeSpecifier(specifier)) return this.resolveRelative(importer, specifier);
    if (specifier.startsWith('/')) return this.resolveRootRelative(importer, specifier);

    const flavor = flavorOf(importer);
    this.tsconfigLookups++;
    const tsconfig = this.tsconfigs.forFile(importer);
    const mapped = tsconfig && this.resolveThroughPaths(tsconfig, specifier, flavor);
    if (mapped) return mapped;
    if (specifier.startsWith('#')) return this.resolveImportsField(importer, specifier, mode);

    const builtin = builtinModuleName(specifier);
    if (builtin !== undefined) return { kind: 'external', packageName: builtin };
    const fromBaseUrl = tsconfig && this.resolveFromBaseUrl(tsconfig, specifier, flavor);
    if (fromBaseUrl) return fromBaseUrl;
    return this.resolvePackage(folderOf(importer), specifier, mode);
  }

  /**
   * Applies the first alias rule that matches, as Vite and jest stop at the
   * first match. Each rewritten specifier is tried in order, and the last
   * failure is returned when none resolves.
   */
  private resolveThroughAliases(importer: string, specifier: string, mode: ConditionMode): Resolution | undefined {
    for (const rule of this.aliases.rulesFor(importer)) {
      const rewritten = rewriteWithAlias(rule, specifier);
      if (!rewritten) continue;

      let last: Resolution = unresolved(`${rule.label} matches "${specifier}" but maps it to nothing`);
      for (const target of rewritten) {
        last = this.resolveAliasTarget(importer, specifier, target, rule, mode);
        if (last.kind !== 'unresolved') return last;
      }
      return last;
    }
    return undefined;
  }

  /**
   * Resolves one rewritten specifier. A path inside the repository names a
   * file or folder. Vite reads another absolute path as relative to its root.
   * Anything else is a specifier that is resolved again from the importer,
   * without aliases, as the docs of both runners describe relative alias
   * values.
   */
  private resolveAliasTarget(
    importer: string,
    specifier: string,
    target: string,
    rule: AliasRule,
    mode: ConditionMode,
  ): Resolution {
    let path = toRepositoryPath(target);
    if (path === undefined && target.startsWith('/') && rule.kind === 'vite') {
      path = joinInRepository(rule.rootFolder, target.slice(1));
    }
    if (path !== undefined) {
      const file = this.fileAt(path, flavorOf(importer), specifier);
      if (file !== undefined) return { kind: 'file', path: file, via: rule.label };
      return unresolved(`${rule.label} maps "${specifier}" to ${path}, which matches no tracked file`);
    }
    if (target.startsWith('/')) return unresolved(`${rule.label} maps "${specifier}" to ${target}, outside the repository`);

    const resolved = this.resolveSpecifier(importer, target, mode, false);
    return resolved.kind === 'file' ? { ...resolved, via: `${rule.label}, then ${resolved.via}` } : resolved;
  }

  private resolveRelative(importer: string, specifier: string): Resolution {
    const path = joinInRepository(folderOf(importer), specifier);
    if (path === undefined) return unresolved(`"${specifier}" in ${importer} points outside the repository`);

    const file = this.fileAt(path, flavorOf(importer), specifier);
    if (file !== undefined) return { kind: 'file', path: file, via: 'relative' };
    return unresolved(
      `no tracked file for "${specifier}" in ${importer}: ${path} matches no file with a TypeScript or JavaScript extension and no folder with an index file`,
    );
  }

  /** `/src/x` is relative to the Vite root; outside Vite projects it is a file system path. */
  private resolveRootRelative(importer: string, specifier: string): Resolution {
    const root = this.aliases.viteRootFor(importer);
    if (root === undefined) {
      return unresolved(`"${specifier}" in ${importer} is an absolute path, and no vite or vitest config above it sets a root`);
    }
    const path = joinInRepository(root, specifier.slice(1));
    const file = path === undefined ? undefined : this.fileAt(path, flavorOf(importer), specifier);
    if (file !== undefined) return { kind: 'file', path: file, via: `Vite root ${describeFolder(root)}` };
    return unresolved(`"${specifier}" in ${importer} matches no tracked file below the Vite root ${describeFolder(root)}`);
  }

  /** Tries each substitution of the best `paths` key; when none matches a file, TypeScript falls back to the other rules. */
  private resolveThroughPaths(tsconfig: TsconfigFile, specifier: string, flavor: ImporterFlavor): Resolution | undefined {
    const paths = tsconfig.paths;
    const match = paths && matchPaths(paths, specifier);
    if (!paths || !match) return undefined;

    for (const candidate of match.candidates) {
      const file = this.fileAt(candidate, flavor, specifier);
      if (file !== undefined) {
        return { kind: 'file', path: file, via: `tsconfig paths "${match.key}" in ${paths.declaredIn}` };
      }
    }
    return undefined;
  }

  private resolveFromBaseUrl(tsconfig: TsconfigFile, specifier: string, flavor: ImporterFlavor): Resolution | undefined {
    const baseUrl = tsconfig.baseUrl;
    const path = baseUrl && joinInRepository(baseUrl.path, specifier);
    const file = path === undefined ? undefined : this.fileAt(path, flavor, specifier);
    if (!baseUrl || file === undefined) return undefined;
    return { kind: 'file', path: file, via: `tsconfig baseUrl "${baseUrl.written}" in ${baseUrl.declaredIn}` };
  }

  /** Resolves `#name` through the `imports` field of the nearest package.json, Node's package scope. */
  private resolveImportsField(importer: string, specifier: string, mode: ConditionMode): Resolution {
    const manifest = this.manifests.nearest(folderOf(importer));
    if (!manifest) return unresolved(`"${specifier}" needs a package.json "imports" field, but no package.json is above ${importer}`);
    const field = manifest.fields['imports'];
    if (field === undefined) return unresolved(`${manifest.path} has no "imports" field for "${specifier}"`);

    const lookup = lookupImports(field, specifier, ACTIVE_CONDITIONS[mode]);
    if (lookup.kind === 'no-match') return unresolved(`"imports" in ${manifest.path} has no entry for "${specifier}"`);
    if (lookup.kind === 'excluded') {
      return unresolved(`"imports" in ${manifest.path} excludes "${specifier}" under the ${mode} conditions`);
    }
    if (lookup.kind === 'invalid') {
      this.warningLog.add(
        `${manifest.path}: invalid "imports": ${lookup.reason}. Fix the field as Node's documentation on subpath imports describes.`,
      );
      return unresolved(`"imports" in ${manifest.path} is invalid: ${lookup.reason}`);
    }

    const via = `package.json imports "${lookup.key}" in ${manifest.path}`;
    let last: Resolution = unresolved(`${via} points at no tracked file`);
    for (const target of lookup.targets) {
      if (target.kind === 'package') {
        const resolved = this.resolvePackage(manifest.folder, target.specifier, mode);
        if (resolved.kind === 'file') return { ...resolved, via: `${via}, then ${resolved.via}` };
        if (resolved.kind === 'external') return resolved;
        last = resolved;
        continue;
      }
      const path = joinInRepository(manifest.folder, target.path);
      const file = path === undefined ? undefined : this.entries.fileForTarget(path, manifest.folder);
      if (file) return { kind: 'file', path: file.path, via: withNote(via, file) };
    }
    return last;
  }

  /** Resolves a package in the repository to its files, and returns any other package as external. */
  private resolvePackage(fromFolder: string, specifier: string, mode: ConditionMode): Resolution {
    const bare = parseBareSpecifier(specifier);
    if (!bare) return unresolved(`"${specifier}" is not a valid package name`);
    const located = this.locator.locate(bare.name, fromFolder);
    if (!located) return { kind: 'external', packageName: bare.name };
    return this.entries.resolve(located, bare.subpath, mode);
  }

  /**
   * Finds the tracked file at `path` under TypeScript's extension rules, or
   * the index file when `path` is a folder. A specifier that ends in `/`, `.` or
   * `..` names a folder only. A Vite query such as `?raw` is dropped.
   */
  private fileAt(path: string, flavor: ImporterFlavor, specifier: string): string | undefined {
    if (/(?:^|\/)\.{0,2}$/.test(specifier)) return findFolderIndex(this.index, path, flavor);
    const file = findFileWithExtensions(this.index, path, flavor);
    if (file !== undefined) return file;

    const query = path.indexOf('?');
    if (query > 0) return this.fileAt(path.slice(0, query), flavor, specifier.slice(0, specifier.indexOf('?')));
    return findFolderIndex(this.index, path, flavor);
  }

  /**
   * Loads every tracked tsconfig.json and jsconfig.json and the projects
   * they reference, so that their warnings are complete after construction.
   */
  private loadEveryTsconfig(): void {
    for (const name of ['tsconfig.json', 'jsconfig.json']) {
      for (const path of this.index.named(name)) {
        if (path.split('/').includes('node_modules')) continue;
        const config = this.loader.load(path);
        for (const reference of config?.references ?? []) this.loader.load(reference);
      }
    }
  }
}
