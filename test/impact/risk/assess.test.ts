/** The total score, the level boundaries, the strategy per level, and the checks on the settings. */

import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { RISK_FACTORS, TIERS, type ImpactSettings, type RiskLevel, type RunAllReason } from '../../../src/impact/model.js';
import { assessRisk, type RiskInputs } from '../../../src/impact/risk/assess.js';
import { DEFAULT_RISK_LEVELS, DEFAULT_RISK_WEIGHTS } from '../../../src/impact/risk/defaults.js';
import { riskLevel, validateRiskSettings } from '../../../src/impact/risk/level.js';
import { chooseStrategy } from '../../../src/impact/risk/strategy.js';
import { changedFile, edge, history, importersIn } from './fixtures.js';

function settings(overrides: Partial<ImpactSettings['risk']> = {}, sensitivePaths: string[] = ['src/auth/**']) {
  return { risk: { weights: { ...DEFAULT_RISK_WEIGHTS }, levels: { ...DEFAULT_RISK_LEVELS }, ...overrides }, sensitivePaths };
}

function inputs(overrides: Partial<RiskInputs> = {}): RiskInputs {
  return {
    files: [changedFile('src/a.ts', 10, 2)],
    packageFolders: [],
    importersOf: importersIn([]),
    centrality: { share: 0, module: null },
    history: null,
    coverage: null,
    modules: [],
    publicModules: { entryPoints: new Set(), importedFromOutside: new Set() },
    runAllReasons: [],
    ...overrides,
  };
}

const LOCKFILE: RunAllReason = { trigger: 'lockfile', file: 'package-lock.json', detail: 'dependencies changed' };

describe('defaults', () => {
  it('weights sum to 100', () => {
    expect(Object.values(DEFAULT_RISK_WEIGHTS).reduce((sum, weight) => sum + weight, 0)).toBe(100);
  });

  it('weigh every factor', () => {
    expect(Object.keys(DEFAULT_RISK_WEIGHTS).sort()).toEqual([...RISK_FACTORS].sort());
  });

  it('levels rise', () => {
    expect(DEFAULT_RISK_LEVELS.medium).toBeLessThan(DEFAULT_RISK_LEVELS.high);
    expect(DEFAULT_RISK_LEVELS.high).toBeLessThan(DEFAULT_RISK_LEVELS.critical);
  });
});

describe('riskLevel', () => {
  const levels = { medium: 25, high: 50, critical: 75 };

  it.each<[number, RiskLevel]>([
    [0, 'low'],
    [24.9, 'low'],
    [25, 'medium'],
    [49.9, 'medium'],
    [50, 'high'],
    [74.9, 'high'],
    [75, 'critical'],
    [100, 'critical'],
  ])('maps %d to %s', (score, level) => {
    expect(riskLevel(score, levels)).toBe(level);
  });

  it('skips a level whose threshold equals the next', () => {
    expect(riskLevel(60, { medium: 20, high: 60, critical: 60 })).toBe('critical');
  });
});

describe('chooseStrategy', () => {
  it.each<[RiskLevel, string[], RegExp]>([
    ['low', ['continuous'], /^The risk is low \(score 10\.0\), so only continuous suites run now/],
    ['medium', ['continuous'], /^The risk is medium \(score 10\.0\), so only continuous suites run now/],
    ['high', ['continuous', 'hourly', 'daily'], /^The risk is high \(score 10\.0\), so hourly and daily suites run now/],
    ['critical', [...TIERS], /^The risk is critical \(score 10\.0\), so suites of every tier run now\.$/],
  ])('runs the tiers of %s risk', (level, tiers, reason) => {
    const strategy = chooseStrategy(level, 10, []);

    expect(strategy.tiers).toEqual(tiers);
    expect(strategy.reason).toMatch(reason);
  });

  it('runs every tier when a trigger fired', () => {
    const strategy = chooseStrategy('low', 3, [LOCKFILE, { trigger: 'config', file: 'vitest.config.ts', detail: '' }]);

    expect(strategy.tiers).toEqual([...TIERS]);
    expect(strategy.reason).toBe('The run-all trigger "lockfile" fired by "package-lock.json" and 1 more, so suites of every tier run now.');
  });
});

describe('validateRiskSettings', () => {
  it('accepts the defaults', () => {
    expect(() => validateRiskSettings(settings().risk)).not.toThrow();
  });

  it.each([
    ['a negative weight', { weights: { ...DEFAULT_RISK_WEIGHTS, churn: -1 } }, /impact\.risk\.weights\.churn is -1\. Set it/],
    ['a missing weight', { weights: { ...DEFAULT_RISK_WEIGHTS, fanIn: undefined as unknown as number } }, /impact\.risk\.weights\.fanIn is missing\. Set it/],
    ['levels out of order', { levels: { medium: 60, high: 50, critical: 75 } }, /must rise from medium to high to critical, got medium 60/],
    ['a level that is not a number', { levels: { medium: 25, high: Number.NaN, critical: 75 } }, /impact\.risk\.levels\.high/],
  ])('rejects %s', (_, overrides, message) => {
    const invalid = settings(overrides).risk;

    expect(() => validateRiskSettings(invalid)).toThrow(UserError);
    expect(() => validateRiskSettings(invalid)).toThrow(message);
  });
});

describe('assessRisk', () => {
  it('measures every factor in order', () => {
    const risk = assessRisk(inputs(), settings());

    expect(risk.factors.map((factor) => factor.id)).toEqual([...RISK_FACTORS]);
  });

  it('sums the contributions', () => {
    const risk = assessRisk(inputs(), settings());
    const sum = risk.factors.reduce((total, factor) => total + factor.contribution, 0);

    expect(risk.score).toBeCloseTo(sum, 1);
  });

  it('rates a small change low', () => {
    const risk = assessRisk(inputs(), settings());

    expect(risk.level).toBe('low');
    expect(risk.strategy.tiers).toEqual(['continuous']);
  });

  it('rates a large central change high', () => {
    const many = Array.from({ length: 30 }, (_, index) => edge(`src/user-${index}.ts`, 'src/core.ts'));
    const risk = assessRisk(
      inputs({
        files: [changedFile('src/core.ts', 700, 300), changedFile('src/auth/session.ts', 40, 0), changedFile('docs/a.md', 5), changedFile('lib/b.ts', 5)],
        importersOf: importersIn(many),
        centrality: { share: 0.3, module: 'src/core.ts' },
        coverage: { covered: 20, total: 80 },
      }),
      settings(),
    );

    expect(risk.level).toBe('high');
    expect(risk.strategy.tiers).toEqual(['continuous', 'hourly', 'daily']);
  });

  it('rates a change that is large on every factor critical', () => {
    const many = Array.from({ length: 40 }, (_, index) => edge(`src/user-${index}.ts`, 'src/core.ts'));
    const risk = assessRisk(
      inputs({
        files: [changedFile('src/core.ts', 1500, 500), changedFile('src/auth/a.ts', 5), changedFile('src/auth/b.ts', 5), changedFile('db/x.sql', 5), changedFile('ci/y.yml', 5)],
        importersOf: importersIn(many),
        centrality: { share: 0.4, module: 'src/core.ts' },
        history: history([{ path: 'src/core.ts', commits: 50, authors: ['a0', 'a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'] }]),
        coverage: { covered: 0, total: 200 },
        modules: [{ path: 'src/index.ts', baseText: 'export const a = 1, b = 2, c = 3;', headText: '', removed: { names: ['a', 'b', 'c'], wildcards: [] } }],
        publicModules: { entryPoints: new Set(['src/index.ts']), importedFromOutside: new Set() },
      }),
      settings(),
    );

    expect(risk.level).toBe('critical');
    expect(risk.score).toBeGreaterThanOrEqual(DEFAULT_RISK_LEVELS.critical);
    expect(risk.strategy.tiers).toEqual([...TIERS]);
  });

  it('runs every tier on a run-all trigger at low risk', () => {
    const risk = assessRisk(inputs({ runAllReasons: [LOCKFILE] }), settings());

    expect(risk.level).toBe('low');
    expect(risk.strategy.tiers).toEqual([...TIERS]);
  });

  it('applies custom weights and levels', () => {
    const weights = Object.fromEntries(RISK_FACTORS.map((id) => [id, 0])) as ImpactSettings['risk']['weights'];
    weights.sensitivePaths = 10;
    const risk = assessRisk(inputs({ files: [changedFile('src/auth/a.ts', 1)] }), settings({ weights, levels: { medium: 2, high: 6, critical: 9 } }));

    expect(risk.score).toBe(6.3);
    expect(risk.level).toBe('high');
  });

  it('compares the rounded score with the levels', () => {
    // One sensitive file scores 0.632. At weight 39.5 that is 24.964, below 25
    // but shown as 25.0, so the level must be medium.
    const weights = Object.fromEntries(RISK_FACTORS.map((id) => [id, 0])) as ImpactSettings['risk']['weights'];
    weights.sensitivePaths = 39.5;
    const risk = assessRisk(inputs({ files: [changedFile('src/auth/a.ts', 1)] }), settings({ weights, levels: { medium: 25, high: 50, critical: 75 } }));

    expect(risk.score).toBe(25);
    expect(risk.level).toBe('medium');
  });

  it('rejects invalid settings', () => {
    expect(() => assessRisk(inputs(), settings({ levels: { medium: 80, high: 50, critical: 75 } }))).toThrow(UserError);
  });
});

describe('comment-only changes', () => {
  it.each([
    [1, 'The only changed file differs only in comments or white space, which cannot change what runs, so this factor adds no risk.'],
    [2, 'All 2 changed files differ only in comments or white space, which cannot change what runs, so this factor adds no risk.'],
  ])('explain the empty factors (%d files)', (count, detail) => {
    const assessment = assessRisk(inputs({ files: [], commentOnlyFiles: count, coverage: { covered: 0, total: 0 } }), settings());
    const details = new Map(assessment.factors.map((factor) => [factor.id, factor.detail]));

    expect(assessment.score).toBe(0);
    expect(details.get('diffSize')).toBe(detail);
    expect(details.get('fanIn')).toBe(detail);
    expect(details.get('churn')).toBe(detail);
    expect(details.get('uncoveredLines')).not.toBe(detail);
  });

  it('keep the details when other files count', () => {
    const assessment = assessRisk(inputs({ commentOnlyFiles: 1 }), settings());

    expect(assessment.factors.every((factor) => !factor.detail.includes('comments or white space'))).toBe(true);
  });
});
