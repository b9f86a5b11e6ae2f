/**
 * Resolves the configuration from its layers. Precedence, lowest first:
 * built-in defaults, the config file, then each override in the order given
 * (so a CLI flag listed after an action input wins).
 *
 * Each layer is applied by `apply-layer.ts`. A list replaces the list of
 * the layer below it as a whole, so setting `coverage.reports` drops the
 * default report locations.
 */
import { ConfigError } from '../errors.js';
import { applyLayer, configWithFile } from './apply-layer.js';
import { endSentence, formatKeyPath } from './issues.js';
import type { ConfigFile } from './load.js';
import type { ConfigOverride, ResolvedConfig } from './types.js';
import { validateConfigInput } from './validate.js';

export interface ConfigLayers {
  /** The parsed config file, or null when there is none. */
  file: ConfigFile | null;
  /** Action inputs and CLI flags, lowest precedence first. */
  overrides?: ConfigOverride[];
}

/** Merges defaults, file and overrides. Throws `ConfigError` naming the flag or input of an invalid override. */
export function resolveConfig(layers: ConfigLayers): ResolvedConfig {
  const config = configWithFile(layers.file);
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
