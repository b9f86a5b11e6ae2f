/**
 * The module graph of impact analysis: which repository file imports which,
 * built from the scanner's references and the resolver, with a scan cache
 * keyed by file content.
 */
export { buildModuleGraph, type BuildModuleGraphInput, type ModuleGraphBuild } from './build-graph.js';
export { MAX_LISTED_WARNINGS, type GraphWarnings } from './capped-warnings.js';
export { createModuleGraph, type ImporterIndex, type ModuleGraph } from './module-graph.js';
export { scanCacheKey, scanFlavorOf, type CachedScan, type ScanCache } from './scan-cache.js';
export {
  parseScanCache,
  SCAN_CACHE_FORMAT,
  SCANNER_VERSION,
  serializeScanCache,
  type ParsedScanCache,
} from './scan-cache-format.js';
