/** Condition names active when the resolver evaluates package.json `exports` and `imports`. */

/** Loading mode of the importer: ESM `import`, CommonJS `require`, or a TypeScript type lookup. */
export type ConditionMode = 'import' | 'require' | 'types';

/**
 * Active conditions per mode; `default` always matches. `development` is on
 * for `import` and `require` because test runners and dev servers load the
 * development build. `types` follows TypeScript, which matches `types`,
 * `import` and `node` for an ESM import.
 */
export const ACTIVE_CONDITIONS: Readonly<Record<ConditionMode, readonly string[]>> = {
  import: ['import', 'node', 'development'],
  require: ['require', 'node', 'development'],
  types: ['types', 'import', 'node'],
};

/** package.json entry fields tried in order when a package has no `exports`. */
export const ENTRY_FIELDS: Readonly<Record<ConditionMode, readonly string[]>> = {
  import: ['module', 'main', 'types', 'typings'],
  require: ['main', 'types', 'typings'],
  types: ['types', 'typings', 'module', 'main'],
};
