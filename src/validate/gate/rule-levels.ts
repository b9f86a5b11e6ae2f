/**
 * Applies the levels that `validate.rules` sets. A key is a rule id
 * (`security/eval`), a prefix (`security/*`, which also matches
 * `security/x/y`) or `*`. The exact id wins, then the longest prefix, so a
 * config can turn a whole validator down and one of its rules back up.
 */
import type { Finding } from '../model.js';
import type { RuleLevelSetting } from '../settings.js';

export interface LevelOutcome {
  findings: Finding[];
  /** Findings of rules set to `off`. */
  turnedOff: number;
}

export function applyRuleLevels(findings: readonly Finding[], rules: Readonly<Record<string, RuleLevelSetting>>): LevelOutcome {
  const outcome: LevelOutcome = { findings: [], turnedOff: 0 };
  for (const finding of findings) {
    const setting = levelSettingOf(finding.ruleId, rules);
    if (setting === 'off') {
      outcome.turnedOff += 1;
      continue;
    }
    outcome.findings.push(setting === undefined || setting === finding.level ? finding : { ...finding, level: setting });
  }
  return outcome;
}

/** Finds the setting that applies to `ruleId`, or undefined when the config sets none. */
export function levelSettingOf(ruleId: string, rules: Readonly<Record<string, RuleLevelSetting>>): RuleLevelSetting | undefined {
  if (Object.hasOwn(rules, ruleId)) return rules[ruleId];
  const segments = ruleId.split('/');
  for (let length = segments.length - 1; length >= 1; length -= 1) {
    const key = `${segments.slice(0, length).join('/')}/*`;
    if (Object.hasOwn(rules, key)) return rules[key];
  }
  return Object.hasOwn(rules, '*') ? rules['*'] : undefined;
}
