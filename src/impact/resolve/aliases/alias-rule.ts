/** Alias rules read from test-runner configs, and how each rewrites a specifier. */

/** An entry of vite or vitest `resolve.alias` (or vitest `test.alias`) with a string `find`. */
export interface ViteAliasRule {
  kind: 'vite';
  find: string;
  /** Evaluated replacement: a path under `VIRTUAL_ROOT`, or a specifier to resolve from the importer. */
  replacement: string;
  /** Folder of the config, which Vite treats as the project root for specifiers that start with `/`. */
  rootFolder: string;
  /** The rule for `via`: `vitest alias "~" in vitest.config.ts`. */
  label: string;
}

/** An entry of jest `moduleNameMapper`, with `<rootDir>` already replaced by a path under `VIRTUAL_ROOT`. */
export interface JestMapperRule {
  kind: 'jest';
  pattern: RegExp;
  /** Mapped module names in the order jest tries them. */
  replacements: string[];
  label: string;
}

export type AliasRule = ViteAliasRule | JestMapperRule;

/**
 * Rewrites `specifier` with `rule`. Returns the specifiers to try in order,
 * or undefined when the rule does not match. A string `find` matches the
 * specifier itself and any specifier that continues with `/` after it, as
 * `@rollup/plugin-alias` (which Vite uses) matches. A `find` that ends in
 * `/` also matches as a plain prefix.
 */
export function rewriteWithAlias(rule: AliasRule, specifier: string): string[] | undefined {
  if (rule.kind === 'vite') {
    const { find } = rule;
    const matches = specifier === find || specifier.startsWith(find.endsWith('/') ? find : `${find}/`);
    return matches ? [rule.replacement + specifier.slice(find.length)] : undefined;
  }

  const match = rule.pattern.exec(specifier);
  if (!match) return undefined;
  return rule.replacements.map((replacement) =>
    replacement.replace(/\$(\d+)/g, (whole, group: string) => match[Number(group)] ?? ''),
  );
}
