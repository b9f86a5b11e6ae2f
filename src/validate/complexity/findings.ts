/**
 * Turns measured complexity into findings for the units above the
 * configured maximums.
 */
import type { Finding, RuleMeta } from '../model.js';
import type { ComplexitySettings } from '../settings.js';
import { matchBaseUnits } from './match-units.js';
import type { FunctionComplexity, UnitKind } from './measure.js';

export const COMPLEXITY_RULES: RuleMeta[] = [
  {
    id: 'complexity/cyclomatic',
    defaultLevel: 'warning',
    summary: 'Function with a cyclomatic complexity above the configured maximum.',
    help:
      'Cyclomatic complexity counts the independent paths through a function, as ESLint\'s `complexity` rule does: ' +
      '1, plus one for each if, loop, catch, `? :`, case with a test, `&&`, `||`, `??`, logical assignment, ' +
      'default value and optional chain. Split the function or replace branches with lookups to lower it.',
    helpUri: 'https://eslint.org/docs/latest/rules/complexity',
  },
  {
    id: 'complexity/cognitive',
    defaultLevel: 'warning',
    summary: 'Function with a cognitive complexity above the configured maximum.',
    help:
      'Cognitive complexity, as defined by SonarSource and counted like eslint-plugin-sonarjs, rates how hard a ' +
      'function is to read: each branch or loop costs more the deeper it is nested. Return early, extract nested ' +
      'blocks into named functions and simplify conditions to lower it.',
    helpUri: 'https://sonarsource.github.io/rspec/#/rspec/S3776',
  },
];

type Metric = 'cyclomatic' | 'cognitive';

const UNIT_LABELS: Record<UnitKind, string> = {
  function: 'Function',
  arrow: 'Arrow function',
  method: 'Method',
  getter: 'Getter',
  setter: 'Setter',
  constructor: 'Constructor',
  'static-block': 'Class static block',
  'field-initializer': 'Class field initializer',
};

/**
 * Reports each unit of `head` whose complexity is above the maximum in
 * `settings`, one finding per metric.
 *
 * `base` contains the units of the file at the base revision, or null when
 * there is none (a new file, or no base given). The finding's range is the
 * unit's header, its name, so line filters keep findings on functions whose
 * name line changed. Properties:
 * - `head`, `base`, `threshold`: the values; `base` is null for a unit
 *   without a match in the base (see `matchBaseUnits`);
 * - `rose`: 1 when the unit exists in the base with a lower value, else 0.
 *   A scope filter keeps these even when the header line is untouched;
 * - `function`: the qualified name of the unit.
 */
export function complexityFindings(
  head: FunctionComplexity[],
  base: FunctionComplexity[] | null,
  settings: ComplexitySettings,
  path: string,
): Finding[] {
  const matches = base ? matchBaseUnits(head, base) : null;
  const findings: Finding[] = [];
  for (const unit of head) {
    const baseUnit = matches?.get(unit) ?? null;
    for (const metric of ['cyclomatic', 'cognitive'] as const) {
      const finding = findingFor(unit, baseUnit, metric, settings[metric], path, matches !== null);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}

function findingFor(
  unit: FunctionComplexity,
  baseUnit: FunctionComplexity | null,
  metric: Metric,
  threshold: number,
  path: string,
  hasBase: boolean,
): Finding | null {
  const value = unit[metric];
  if (value === null || value <= threshold) return null;

  const baseValue = baseUnit ? baseUnit[metric] : null;
  const rose = baseValue !== null && value > baseValue;
  return {
    ruleId: `complexity/${metric}`,
    level: 'warning',
    path,
    range: unit.header,
    message:
      `${UNIT_LABELS[unit.kind]} '${unit.qualifiedName}' has a ${metric} complexity of ${value}` +
      `${baseNote(baseValue, hasBase)}, above the maximum of ${threshold}.`,
    tool: 'testmaster',
    helpUri: COMPLEXITY_RULES.find((rule) => rule.id === `complexity/${metric}`)?.helpUri,
    properties: { head: value, base: baseValue, threshold, rose: rose ? 1 : 0, function: unit.qualifiedName },
  };
}

function baseNote(baseValue: number | null, hasBase: boolean): string {
  if (!hasBase) return '';
  if (baseValue === null) return ' (new in this change)';
  return ` (${baseValue} at the base)`;
}
