/**
 * The order check on `impact.risk.levels`, made when the config loads so that
 * the error names the file and line. The schema checks each threshold alone,
 * and only the layer merged onto the defaults shows whether they rise.
 */
import { DEFAULT_RISK_LEVELS } from '../impact/risk/defaults.js';
import type { ConfigIssue } from './issues.js';
import type { ConfigInput } from './types.js';

type LevelName = 'medium' | 'high' | 'critical';

const LEVEL_ORDER: readonly LevelName[] = ['medium', 'high', 'critical'];

/**
 * Returns an issue when the thresholds that `data` sets, with the defaults
 * for the others, do not rise from medium to high to critical. Equal
 * thresholds are accepted: the higher level then starts at that score.
 */
export function findUnorderedRiskLevels(data: ConfigInput): ConfigIssue[] {
  const written = data.impact?.risk?.levels ?? {};
  const levels = { ...DEFAULT_RISK_LEVELS, ...written };
  for (let index = 1; index < LEVEL_ORDER.length; index++) {
    const lower = LEVEL_ORDER[index - 1]!;
    const upper = LEVEL_ORDER[index]!;
    if (levels[upper] >= levels[lower]) continue;
    // Point at a threshold that the layer wrote, so the line number leads to it.
    const blamed = written[upper] !== undefined ? upper : lower;
    const other = blamed === upper ? lower : upper;
    const relation = blamed === upper ? 'below' : 'above';
    const otherValue = `${levels[other]}${written[other] === undefined ? ', the default' : ''}`;
    const fix = blamed === upper ? `raise ${upper} or lower ${lower}` : `lower ${lower} or raise ${upper}`;
    return [
      {
        path: ['impact', 'risk', 'levels', blamed],
        message:
          `is ${levels[blamed]}, ${relation} impact.risk.levels.${other} (${otherValue}). ` +
          `The thresholds must rise from medium to high to critical (defaults ${DEFAULT_RISK_LEVELS.medium}, ${DEFAULT_RISK_LEVELS.high} and ${DEFAULT_RISK_LEVELS.critical}), so ${fix}`,
      },
    ];
  }
  return [];
}
