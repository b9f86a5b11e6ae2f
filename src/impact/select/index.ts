/**
 * Test selection of impact analysis: which files are tests, and which tests,
 * packages and suites a change affects, with the evidence for each.
 */
export { selectImpact } from './select-impact.js';
export type { Explanation, ImpactSelection, PackageWidening, SelectImpactInput } from './selection-types.js';
export { discoverTestFiles, type DiscoverTestFilesInput, type TestCatalog, type TestDiscovery } from './test-files.js';
export type { SetupFile } from './test-rules.js';
export type { WorkspacePackageRef } from './package-owners.js';
export type { DependencyChange, LockfileChange } from './triggers.js';
export type { EntryChange } from './entry-changes.js';
export { MAX_SUITE_REASONS } from './suites.js';
