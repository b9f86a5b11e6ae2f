/**
 * Merges one layer's `validate` section into the resolved settings. Mappings
 * merge key by key; a list replaces the list of the layer below as a whole,
 * so setting `validate.include` drops the default globs.
 */
import type { ValidateSettings } from '../validate/settings.js';
import type { ConfigInput } from './types.js';

/** Ten minutes: long enough for ESLint with type information on a large monorepo. */
export const DEFAULT_LINTER_TIMEOUT_SECONDS = 600;

export function applyValidateLayer(target: ValidateSettings, layer: NonNullable<ConfigInput['validate']>): void {
  if (layer.validators !== undefined) target.validators = [...layer.validators];
  if (layer.include !== undefined) target.include = [...layer.include];
  if (layer.exclude !== undefined) target.exclude = [...layer.exclude];
  if (layer.filter !== undefined) target.filter = layer.filter;
  if (layer.context !== undefined) target.context = layer.context;
  if (layer.failLevel !== undefined) target.failLevel = layer.failLevel;
  if (layer.rules !== undefined) Object.assign(target.rules, layer.rules);
  Object.assign(target.complexity, layer.complexity);

  const standards = layer.standards;
  if (standards?.maxFileLines !== undefined) target.standards.maxFileLines = standards.maxFileLines;
  if (standards?.maxFunctionLines !== undefined) target.standards.maxFunctionLines = standards.maxFunctionLines;
  if (standards?.maxParameters !== undefined) target.standards.maxParameters = standards.maxParameters;
  if (standards?.naming !== undefined) target.standards.naming = standards.naming.map((rule) => ({ ...rule }));
  if (standards?.bannedImports !== undefined) target.standards.bannedImports = standards.bannedImports.map((rule) => (rule.message ? { name: rule.name, message: rule.message } : { name: rule.name }));

  const types = layer.types;
  if (types?.projects !== undefined) target.types.projects = [...types.projects];
  if (types?.compiler !== undefined) target.types.compiler = types.compiler;
  if (types?.incremental !== undefined) target.types.incremental = types.incremental;

  if (layer.linters !== undefined) {
    target.linters = layer.linters.map((linter) => ({
      name: linter.name,
      command: [...linter.command],
      format: linter.format,
      timeoutSeconds: linter.timeoutSeconds ?? DEFAULT_LINTER_TIMEOUT_SECONDS,
      ...(linter.output ? { output: linter.output } : {}),
    }));
  }
  if (layer.sarif !== undefined) target.sarif = [...layer.sarif];
  if (layer.workflow?.trustedActionOwners !== undefined) target.workflow.trustedActionOwners = [...layer.workflow.trustedActionOwners];
  if (layer.workflow?.knownRunnerLabels !== undefined) target.workflow.knownRunnerLabels = [...layer.workflow.knownRunnerLabels];
  if (layer.secrets?.exclude !== undefined) target.secrets.exclude = [...layer.secrets.exclude];
}
