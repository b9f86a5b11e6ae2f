/**
 * Risk assessment of a change. docs/risk.md describes the factors, curves and
 * defaults. The export comparison (export-comparison.ts, exported-names.ts)
 * is left out of this index, because it loads the syntax reader, which
 * callers import only when they compare exports.
 */

export { assessRisk, type RiskInputs } from './assess.js';
export { authorsFactor, AUTHORS_SCALE } from './authors.js';
export { centralityFactor, CENTRALITY_SCALE, type CentralityInput } from './centrality.js';
export { churnFactor, CHURN_SCALE } from './churn.js';
export { saturatingScore } from './curve.js';
export { DEFAULT_HISTORY_WINDOW, DEFAULT_RISK_LEVELS, DEFAULT_RISK_WEIGHTS } from './defaults.js';
export {
  DELETED_EXPORTS_SCALE,
  deletedExportsFactor,
  findDeletedExports,
  isPublicModule,
  type DeletedExports,
  type ModuleVersions,
  type PublicModules,
} from './deleted-exports.js';
export { BINARY_FILE_LINES, changedLineCount, DIFF_SIZE_SCALE, diffSizeFactor } from './diff-size.js';
export { areaOf, DIFF_SPREAD_SCALE, diffSpreadFactor, TOP_LEVEL_AREA } from './diff-spread.js';
export { FACTOR_LABELS } from './factor.js';
export { directImporterCounts, FAN_IN_SCALE, fanInFactor, type ImportersOf } from './fan-in.js';
export { riskLevel, validateRiskSettings } from './level.js';
export { findSensitivePaths, SENSITIVE_PATHS_SCALE, sensitivePathsFactor, type SensitiveMatch } from './sensitive-paths.js';
export { chooseStrategy, formatScore, HIGH_RISK_TIERS } from './strategy.js';
export { UNCOVERED_LINES_SCALE, uncoveredLinesFactor, type ChangedLineCoverage } from './uncovered-lines.js';
