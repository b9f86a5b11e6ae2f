import { ConfigError } from '../../errors.js';
import { isAbsolute, normalizePath } from './normalize.js';

/** The `coverage.pathMapping` settings. */
export interface PathMappingOptions {
  /** Leading folders removed from report paths, for example `/app` or `C:\agent\_work\1\s`. */
  stripPrefixes?: string[];
  /** Prefix replacements applied in order, before `stripPrefixes`; `from` is a literal folder prefix. */
  rewrite?: { from: string; to: string }[];
  /** Extra folders that relative report paths are resolved against, for example `src/main/scala`. */
  roots?: string[];
}

interface PrefixRewrite {
  from: string;
  to: string;
}

/** Options with every prefix normalized once, ready to apply to many paths. */
export interface CompiledRewrites {
  rewrites: PrefixRewrite[];
  roots: string[];
}

export function compileRewrites(options: PathMappingOptions = {}): CompiledRewrites {
  const rewrites: PrefixRewrite[] = [];
  for (const [index, rule] of (options.rewrite ?? []).entries()) {
    const from = normalizePath(rule.from);
    if (from === '') {
      throw new ConfigError(
        `coverage.pathMapping.rewrite[${index}].from is empty. Set it to the folder prefix that the report paths start with`,
      );
    }
    rewrites.push({ from, to: normalizePath(rule.to) });
  }
  for (const prefix of options.stripPrefixes ?? []) {
    const from = normalizePath(prefix);
    if (from === '') continue;
    rewrites.push({ from, to: '' });
  }
  const roots = (options.roots ?? []).map((root) => normalizePath(root));
  return { rewrites, roots };
}

/**
 * Applies each rewrite whose `from` is a whole-segment prefix of the path, in
 * order, so a later rule applies to the output of an earlier one.
 */
export function applyRewrites(path: string, rewrites: readonly PrefixRewrite[]): string {
  let result = path;
  for (const { from, to } of rewrites) {
    const rest = stripFolderPrefix(result, from);
    if (rest === undefined) continue;
    result = normalizePath(to === '' ? rest : `${to}/${rest}`);
  }
  return result;
}

function stripFolderPrefix(path: string, prefix: string): string | undefined {
  if (path === prefix) return '';
  if (prefix === '/') return isAbsolute(path) ? path.slice(1) : undefined;
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}
