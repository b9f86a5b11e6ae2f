/**
 * Parsing of the values that action inputs and CLI flags carry as text:
 * lists, `METRIC=NUMBER` pairs and percentages. Every error names the input
 * or flag and shows the accepted form.
 */
import { UserError } from '../errors.js';
import { METRICS, isMetricName, type MetricName } from '../coverage/model.js';

/** Splits a list given one item per line or separated by commas. */
export function splitList(value: string): string[] {
  return value
    .split(/[\n,]/)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}

/**
 * Parses `METRIC=NUMBER` pairs such as `lines=80, branches=70.5`.
 * `origin` is the input or flag that carried them, for the error message.
 */
export function parseMetricPairs(
  origin: string,
  value: string,
  unit: ValueUnit = 'percent',
): Partial<Record<MetricName, number>> {
  const result: Partial<Record<MetricName, number>> = {};
  for (const pair of splitList(value)) {
    const match = /^([a-z]+)\s*=\s*(.+)$/.exec(pair);
    if (!match) {
      throw new UserError(`${origin}: "${pair}" is not METRIC=NUMBER. Write it like "${EXAMPLE_PAIR[unit]}".`);
    }
    if (match[2]!.includes('=')) {
      throw new UserError(`${origin}: "${pair}" contains more than one METRIC=NUMBER pair. Separate pairs with commas or new lines, like "lines=80, branches=70".`);
    }
    const metric = match[1]!;
    if (!isMetricName(metric)) {
      throw new UserError(`${origin}: unknown metric "${metric}" in "${pair}". Accepted metrics: ${METRICS.join(', ')}.`);
    }
    const parsedValue = parsePercentValue(`${origin} ${metric}`, match[2]!, unit);
    // The config file rejects a repeated key, so a repeated metric here is rejected too, instead of the last value winning unseen.
    const previousValue = result[metric];
    if (previousValue !== undefined) {
      throw new UserError(`${origin}: ${metric} is set twice (${previousValue} and ${parsedValue}). Keep one value.`);
    }
    result[metric] = parsedValue;
  }
  return result;
}

/** Percent for thresholds, percentage points for drops and tolerances; only the messages differ. */
export type ValueUnit = 'percent' | 'points';

/** An example pair for each unit: a threshold, or an allowed drop in points. */
const EXAMPLE_PAIR: Record<ValueUnit, string> = { percent: 'lines=80', points: 'lines=0.5' };

const EXPECTED: Record<ValueUnit, string> = {
  percent: 'a percentage from 0 to 100 with at most two decimals, such as 80 or 72.5',
  points: 'a number of percentage points from 0 to 100 with at most two decimals, such as 0.5',
};

/** Parses a number from 0 to 100 with at most two decimals; a trailing `%` is allowed. */
export function parsePercentValue(origin: string, value: string, unit: ValueUnit = 'percent'): number {
  const trimmed = value.trim().replace(/%$/, '');
  if (!/^\d+(\.\d{1,2})?$/.test(trimmed)) {
    throw new UserError(`${origin}: "${value}" is not ${EXPECTED[unit]}.`);
  }
  const number = Number(trimmed);
  if (number > 100) {
    throw new UserError(`${origin}: ${number} is above the maximum of 100.`);
  }
  return number;
}
