/**
 * Resolves the configuration from its layers. Precedence, lowest first:
 * built-in defaults, the config file, then each override in the order given
 * (so a CLI flag listed after an action input wins).
 *
 * Mappings merge key by key and a metric set to null removes that metric's
 * threshold. A list replaces the list of the layer below it as a whole, so
 * setting `coverage.reports` drops the default report locations.
 */
import { METRICS } from '../coverage/model.js';
import { ConfigError } from '../errors.js';
import { defaultConfig } from './defaults.js';
import { endSentence, formatKeyPath } from './issues.js';
import type { ConfigFile } from './load.js';
import type { ConfigInput, ConfigOverride, MetricSettings, MetricValues, ResolvedConfig } from './types.js';
import { validateConfigInput } from './validate.js';
import { applyValidateLayer } from './merge-validate.js';

export interface ConfigLayers {
  /** The parsed config file, or null when there is none. */
  file: ConfigFile | null;
  /** Action inputs and CLI flags, lowest precedence first. */
  overrides?: ConfigOverride[];
}

/** Merges defaults, file and overrides. Throws `ConfigError` naming the flag or input of an invalid override. */
export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const config = defaultConfig();
  if (layers.file) {
    applyLayer(config, layers.file.values);
    config.file = layers.file.file;
  }
  for (const override of layers.overrides ?? []) {
    validateOverride(override);
    applyLayer(config, override.values);
  }
  return config;
}

function validateOverride(override: ConfigOverride): void {
  const issues = validateConfigInput(override.values);
  if (issues.length === 0) return;
  const lines = issues.map(
    (issue) => `Invalid value from ${override.origin}: ${endSentence(`${formatKeyPath(issue.path)} ${issue.message}`)}`,
  );
  throw new ConfigError(lines.join('\n'));
}

function applyLayer(config: ResolvedConfig, layer: ConfigInput): void {
  if (layer.report?.name !== undefined) config.report.name = layer.report.name;
  if (layer.stages !== undefined) config.stages = [...layer.stages];

  if (layer.impact) applyImpactLayer(config, layer.impact);
  if (layer.validate) applyValidateLayer(config.validate, layer.validate);
  const coverage = layer.coverage;
  if (!coverage) return;
  const target = config.coverage;

  if (coverage.reports !== undefined) {
    target.reports = [...coverage.reports];
    target.reportsFromDefaults = false;
  }
  if (coverage.format !== undefined) target.format = coverage.format;
  if (coverage.thresholds !== undefined) mergeMetricValues(target.thresholds, coverage.thresholds);
  if (coverage.paths !== undefined) {
    target.paths = coverage.paths.map((rule) => ({ glob: rule.glob, thresholds: mergeMetricValues({}, rule.thresholds) }));
  }

  const patch = coverage.patch;
  if (patch?.threshold !== undefined) target.patch.threshold = patch.threshold;
  if (patch?.include !== undefined) target.patch.include = [...patch.include];
  if (patch?.exclude !== undefined) target.patch.exclude = [...patch.exclude];

  const base = coverage.base;
  if (base?.maxDrop !== undefined) mergeMetricValues(target.base.maxDrop, base.maxDrop);
  if (base?.tolerance !== undefined) target.base.tolerance = base.tolerance;
  if (base?.report !== undefined) target.base.report = base.report;

  const mapping = coverage.pathMapping;
  if (mapping?.stripPrefixes !== undefined) target.pathMapping.stripPrefixes = [...mapping.stripPrefixes];
  if (mapping?.rewrite !== undefined) target.pathMapping.rewrite = mapping.rewrite.map((rule) => ({ ...rule }));
  if (mapping?.roots !== undefined) target.pathMapping.roots = [...mapping.roots];

  if (coverage.html?.enabled !== undefined) target.html.enabled = coverage.html.enabled;
  if (coverage.html?.dir !== undefined) target.html.dir = coverage.html.dir;
}

function applyImpactLayer(config: ResolvedConfig, impact: NonNullable<ConfigInput['impact']>): void {
  const target = config.impact;
  if (impact.tests?.include !== undefined) target.tests.include = [...impact.tests.include];
  if (impact.tests?.exclude !== undefined) target.tests.exclude = [...impact.tests.exclude];
  if (impact.triggers !== undefined) target.triggers = [...impact.triggers];
  if (impact.typeOnlyEdgesRun !== undefined) target.typeOnlyEdgesRun = impact.typeOnlyEdgesRun;
  if (impact.equivalentChangesRun !== undefined) target.equivalentChangesRun = impact.equivalentChangesRun;
  if (impact.suites !== undefined) {
    target.suites = impact.suites.map((suite) => ({
      name: suite.name,
      paths: [...suite.paths],
      tier: suite.tier ?? 'continuous',
      runsOn: [...(suite.runsOn ?? [])],
    }));
  }
  if (impact.sensitivePaths !== undefined) target.sensitivePaths = [...impact.sensitivePaths];
  Object.assign(target.risk.weights, impact.risk?.weights);
  Object.assign(target.risk.levels, impact.risk?.levels);
  if (impact.cache?.enabled !== undefined) target.cache.enabled = impact.cache.enabled;
  if (impact.cache?.path !== undefined) target.cache.path = impact.cache.path;
}

function mergeMetricValues(target: MetricSettings, values: MetricValues): MetricSettings {
  for (const metric of METRICS) {
    const value = values[metric];
    if (value === undefined) continue;
    if (value === null) delete target[metric];
    else target[metric] = value;
  }
  return target;
}
