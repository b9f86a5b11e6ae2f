/**
 * The types validator: type-checks a repository with its own TypeScript
 * compiler and tsconfig files and reports diagnostics as `types/TS<code>`
 * findings.
 */
export { runTypeCheck } from './run-type-check.js';
export { TYPES_RULE_PREFIX, TYPES_TOOL } from './type-check-model.js';
export type { CompilerInfo, ProjectOutcome, TypeCheckRequest, TypeCheckResult } from './type-check-model.js';
export { parseCliOutput } from './cli-output.js';
export { diagnosticsToFindings } from './diagnostic-findings.js';
export { discoverProjects, type ProjectTree } from './project-discovery.js';
