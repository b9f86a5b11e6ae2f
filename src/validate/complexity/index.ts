/**
 * Complexity validator: measures cyclomatic and cognitive complexity per
 * function and reports the functions above the configured maximums.
 */
export { measureComplexity, type FunctionComplexity, type UnitKind } from './measure.js';
export { complexityFindings, COMPLEXITY_RULES } from './findings.js';
export { matchBaseUnits } from './match-units.js';
