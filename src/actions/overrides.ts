import type { ConfigOverride } from '../config/types.js';
import type { ActionInputs } from './inputs.js';

/** Config overrides from the action inputs that were set, each labelled with its input name. */
export function inputOverrides(inputs: ActionInputs): ConfigOverride[] {
  const overrides: ConfigOverride[] = [];
  const add = (input: string, values: ConfigOverride['values']): void => {
    overrides.push({ origin: `input ${input}`, values });
  };
  if (inputs.reportName) add('report-name', { report: { name: inputs.reportName } });
  if (inputs.format !== 'auto') add('format', { coverage: { format: inputs.format } });
  if (Object.keys(inputs.thresholds).length > 0) add('thresholds', { coverage: { thresholds: inputs.thresholds } });
  if (inputs.patchThreshold !== undefined) add('patch-threshold', { coverage: { patch: { threshold: inputs.patchThreshold } } });
  if (Object.keys(inputs.maxDrop).length > 0) add('max-drop', { coverage: { base: { maxDrop: inputs.maxDrop } } });
  if (inputs.tolerance !== undefined) add('tolerance', { coverage: { base: { tolerance: inputs.tolerance } } });
  if (inputs.htmlReport) add('html-report', { coverage: { html: { enabled: true, dir: inputs.htmlReport } } });
  if (inputs.filter) add('filter', { validate: { filter: inputs.filter as never } });
  if (inputs.failLevel) add('fail-level', { validate: { failLevel: inputs.failLevel as never } });
  if (inputs.context !== undefined) add('context', { validate: { context: inputs.context } });
  if (inputs.stages.length > 0) add('stages', { stages: inputs.stages as never });
  return overrides;
}
