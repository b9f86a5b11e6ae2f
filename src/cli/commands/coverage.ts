import type { ConfigOverride } from '../../config/types.js';
import { REPORT_FORMATS } from '../../coverage/model.js';
import { parseMetricPairs, parsePercentValue } from '../../settings/values.js';
import type { CommandSpec, ParsedCommandLine } from '../options.js';
import { listValue, stringValue } from '../options.js';
import { COMMON_OPTIONS } from './shared-options.js';

export const COVERAGE_COMMAND: CommandSpec = {
  name: 'coverage',
  summary: 'Read coverage reports, merge them and gate the totals, the changed lines and the drop against a base.',
  usage:
    'testmaster coverage [REPORT...] [--format F] [--threshold METRIC=PERCENT]... [--patch-threshold PERCENT] [--max-drop METRIC=POINTS]... [--tolerance POINTS] [--base-report FILE] [--write-summary FILE] [--base REF] [--head REF] [--config FILE] [--json FILE|-] [--markdown FILE|-] [--html DIR] [--no-path-mapping] [-C DIR]',
  positionals: 'REPORT...',
  options: [
    {
      name: 'format',
      type: 'string',
      value: 'F',
      description: `Report format: auto or one of ${REPORT_FORMATS.join(', ')}`,
      defaultText: 'auto (detected from each file\'s content)',
    },
    {
      name: 'threshold',
      type: 'string',
      multiple: true,
      value: 'METRIC=PERCENT',
      description: 'Minimum coverage of a metric (lines, branches, functions, statements, classes) in percent, up to two decimals; repeat the flag for other metrics, each metric once',
      defaultText: 'coverage.thresholds from the config; none',
    },
    {
      name: 'patch-threshold',
      type: 'string',
      value: 'PERCENT',
      description: 'Minimum coverage of the changed lines in percent',
      defaultText: 'coverage.patch.threshold from the config; none',
    },
    {
      name: 'max-drop',
      type: 'string',
      multiple: true,
      value: 'METRIC=POINTS',
      description: 'Largest allowed drop of a metric against the base, in percentage points',
      defaultText: 'coverage.base.maxDrop from the config; none',
    },
    {
      name: 'tolerance',
      type: 'string',
      value: 'POINTS',
      description: 'Drop against the base, in percentage points, that counts as noise',
      defaultText: 'coverage.base.tolerance from the config; 0',
    },
    {
      name: 'base-report',
      type: 'string',
      value: 'FILE',
      description: 'Coverage report of the base commit to compare against',
      defaultText: 'coverage.base.report from the config; none',
    },
    {
      name: 'no-path-mapping',
      type: 'boolean',
      description:
        'Keep the paths as the reports wrote them instead of matching them against the files of a git repository; reads reports outside any repository, and skips patch coverage',
      defaultText: 'off',
    },
    {
      name: 'write-summary',
      type: 'string',
      value: 'FILE',
      description:
        'Write a base summary of this coverage (totals per file, keyed by the HEAD commit) to FILE; pass it as --base-report on a branch later',
      defaultText: 'none',
    },
    {
      name: 'html',
      type: 'string',
      value: 'DIR',
      description: 'Write an Istanbul HTML report of the merged coverage to DIR',
      defaultText: 'coverage.html.dir from the config when coverage.html.enabled is true; none',
    },
    ...COMMON_OPTIONS,
  ],
};

/** Turns the coverage flags into config overrides, each labelled with its flag. */
export function coverageOverrides(parsed: ParsedCommandLine): ConfigOverride[] {
  const overrides: ConfigOverride[] = [];
  const format = stringValue(parsed, 'format');
  if (format !== undefined) {
    overrides.push({ origin: '--format', values: { coverage: { format: format as never } } });
  }
  const thresholds = listValue(parsed, 'threshold');
  if (thresholds.length > 0) {
    overrides.push({
      origin: '--threshold',
      values: { coverage: { thresholds: parseMetricPairs('--threshold', thresholds.join(',')) } },
    });
  }
  const patch = stringValue(parsed, 'patch-threshold');
  if (patch !== undefined) {
    overrides.push({ origin: '--patch-threshold', values: { coverage: { patch: { threshold: parsePercentValue('--patch-threshold', patch) } } } });
  }
  const maxDrop = listValue(parsed, 'max-drop');
  if (maxDrop.length > 0) {
    overrides.push({
      origin: '--max-drop',
      values: { coverage: { base: { maxDrop: parseMetricPairs('--max-drop', maxDrop.join(','), 'points') } } },
    });
  }
  const tolerance = stringValue(parsed, 'tolerance');
  if (tolerance !== undefined) {
    overrides.push({ origin: '--tolerance', values: { coverage: { base: { tolerance: parsePercentValue('--tolerance', tolerance, 'points') } } } });
  }
  return overrides;
}
