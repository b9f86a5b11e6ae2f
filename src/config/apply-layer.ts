/**
 * Applies one configuration layer onto a resolved configuration. Mappings
 * merge key by key and a metric set to null removes that metric's
 * threshold. A list replaces the list of the layer below it as a whole.
 */
import { METRICS } from '../coverage/model.js';
import { defaultConfig } from './defaults.js';
import type { ConfigFile } from './load.js';
import type { ConfigInput, MetricSettings, MetricValues, ResolvedConfig } from './types.js';
import { applyValidateLayer } from './merge-validate.js';

/** Returns the built-in defaults with the config file, if any, applied. */
export function configWithFile(file: ConfigFile | null): ResolvedConfig {
  const config = defaultConfig();
  if (file) {
    applyLayer(config, file.values);
    config.file = file.file;
    config.filePath = file.absolutePath;
  }
  return config;
}

export function applyLayer(config: ResolvedConfig, layer: ConfigInput): void {
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
