/**
 * Built-in defaults: the lowest layer of the configuration. The `default`
 * values in `schema/testmaster.schema.json` repeat these for editors, and a
 * test keeps the two equal.
 */
import { DEFAULT_RISK_LEVELS, DEFAULT_RISK_WEIGHTS } from '../impact/risk/defaults.js';
import { defaultValidateSettings } from '../validate/defaults.js';
import type { ResolvedConfig } from './types.js';

/** Config file read when the user names none. */
export const DEFAULT_CONFIG_FILE = '.github/testmaster.yml';

/** Default report locations of common tools, tried in this order. */
export const DEFAULT_REPORTS: readonly string[] = [
  'coverage/lcov.info',
  'coverage/coverage-final.json',
  'coverage/cobertura-coverage.xml',
  'coverage.xml',
  'coverage/clover.xml',
  'target/site/jacoco/jacoco.xml',
  'build/reports/jacoco/test/jacocoTestReport.xml',
  'coverage.out',
  'cover.out',
  // Workspaces of a JavaScript monorepo write one report per package.
  'packages/*/coverage/lcov.info',
];

/** Source files whose changed lines count for patch coverage. */
export const DEFAULT_PATCH_INCLUDE: readonly string[] = [
  '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte}',
  '**/*.{py,go,rb,php,java,kt,kts,scala,groovy,cs,fs,vb,swift,dart,rs}',
  '**/*.{c,cc,cpp,cxx,h,hh,hpp,m,mm}',
  '**/*.{ex,exs,erl,clj,cljs,lua,sh}',
];

/** Tests, type declarations and build output, whose changed lines never count. */
export const DEFAULT_PATCH_EXCLUDE: readonly string[] = [
  '**/*.{test,spec}.*',
  '**/*_test.go',
  '**/test_*.py',
  '**/*_test.py',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  '**/*.d.ts',
  '**/dist/**',
  '**/node_modules/**',
];

/** Files whose change raises the risk: authentication, security code, database migrations and CI workflows. */
export const DEFAULT_SENSITIVE_PATHS: readonly string[] = [
  '**/auth/**',
  '**/security/**',
  '**/migrations/**',
  '**/*.sql',
  '.github/workflows/**',
];

/** Returns a fresh copy of the configuration that applies when there is no file and no override. */
export function defaultConfig(): ResolvedConfig {
  return {
    report: { name: 'TestMaster' },
    stages: ['coverage', 'impact', 'validate'],
    coverage: {
      reports: [...DEFAULT_REPORTS],
      reportsFromDefaults: true,
      format: 'auto',
      thresholds: {},
      paths: [],
      patch: { threshold: null, include: [...DEFAULT_PATCH_INCLUDE], exclude: [...DEFAULT_PATCH_EXCLUDE] },
      base: { maxDrop: {}, tolerance: 0, report: null },
      pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
      html: { enabled: false, dir: '.testmaster/coverage-html' },
    },
    impact: {
      tests: { include: [], exclude: [] },
      triggers: [],
      typeOnlyEdgesRun: false,
      equivalentChangesRun: false,
      suites: [],
      sensitivePaths: [...DEFAULT_SENSITIVE_PATHS],
      risk: { weights: { ...DEFAULT_RISK_WEIGHTS }, levels: { ...DEFAULT_RISK_LEVELS } },
      cache: { enabled: true, path: 'node_modules/.cache/testmaster/impact-scan.json' },
    },
    validate: defaultValidateSettings(),
    file: null,
    filePath: null,
  };
}
