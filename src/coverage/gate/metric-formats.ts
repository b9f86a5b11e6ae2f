/** Report formats that carry each metric, named when a threshold is set on a metric that no report measured. */
import type { MetricName, ReportFormat } from '../model.js';

// This table mirrors what the parsers under src/coverage/parsers emit;
// update it when a parser starts or stops producing a metric.
export const FORMATS_BY_METRIC: Record<MetricName, readonly ReportFormat[]> = {
  lines: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco', 'go'],
  branches: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco'],
  functions: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco'],
  statements: ['istanbul-json', 'istanbul-summary', 'clover', 'go'],
  classes: ['jacoco'],
};

/** Sentence for a metric that the reports lack, naming the formats that carry it. */
export function notMeasuredMessage(metric: MetricName, formats: readonly ReportFormat[]): string {
  const read = formats.length > 0 ? [...new Set(formats)].join(', ') : 'none';
  return `${metric.charAt(0).toUpperCase()}${metric.slice(1)} are not measured by these reports (formats read: ${read}). Formats that carry ${metric}: ${FORMATS_BY_METRIC[metric].join(', ')}. Add such a report or remove the ${metric} threshold`;
}
