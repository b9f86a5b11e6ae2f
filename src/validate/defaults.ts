/**
 * Built-in defaults of the `validate` section. The `default` values in
 * `schema/testmaster.schema.json` repeat these for editors, and a test keeps
 * the two equal.
 */
import { VALIDATORS, type ValidateSettings } from './settings.js';

/** Files the per-file validators read: scripts, JSON, YAML, env files and workflows. */
export const DEFAULT_VALIDATE_INCLUDE: readonly string[] = [
  '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
  '**/*.{json,jsonc,yml,yaml}',
  '**/.env',
  '**/.env.*',
];

/** Dependencies, build output, minified bundles and lockfiles, which are not edited by hand. */
export const DEFAULT_VALIDATE_EXCLUDE: readonly string[] = [
  '**/node_modules/**',
  '**/dist/**',
  '**/build/**',
  '**/coverage/**',
  '**/*.min.js',
  '**/package-lock.json',
  '**/pnpm-lock.yaml',
  '**/yarn.lock',
];

/**
 * McCabe proposed 10 as the upper bound of cyclomatic complexity; SonarSource
 * uses 15 as the default threshold of cognitive complexity.
 */
export const DEFAULT_CYCLOMATIC_THRESHOLD = 10;
export const DEFAULT_COGNITIVE_THRESHOLD = 15;

export function defaultValidateSettings(): ValidateSettings {
  return {
    validators: [...VALIDATORS],
    include: [...DEFAULT_VALIDATE_INCLUDE],
    exclude: [...DEFAULT_VALIDATE_EXCLUDE],
    filter: 'added',
    context: 3,
    failLevel: 'error',
    rules: {},
    complexity: { cyclomatic: DEFAULT_CYCLOMATIC_THRESHOLD, cognitive: DEFAULT_COGNITIVE_THRESHOLD },
    standards: { maxFileLines: null, maxFunctionLines: null, maxParameters: null, naming: [], bannedImports: [] },
    types: { projects: [], compiler: 'auto', incremental: true },
    linters: [],
    sarif: [],
    workflow: { trustedActionOwners: ['actions', 'github'], knownRunnerLabels: [] },
    secrets: { exclude: [] },
  };
}
