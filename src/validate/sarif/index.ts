/** SARIF 2.1.0 in and out: the reader of other tools' logs and the writer for GitHub code scanning. */
export { readSarif } from './read-sarif.js';
export {
  CONTENT_FINGERPRINT_KEY,
  writeSarif,
  type SarifDropSummary,
  type SarifOutput,
  type SarifTool,
  type WriteSarifOptions,
} from './write-sarif.js';
export { GITHUB_SARIF_LIMITS, type SarifLimits } from './sarif-limits.js';
export type { SarifLog } from './sarif-log-types.js';
