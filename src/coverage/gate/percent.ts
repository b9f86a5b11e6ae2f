/**
 * Exact percent arithmetic for the gate. Decisions compare integer counts,
 * never floating-point ratios, so 17,999 of 20,000 lines (89.995%) fails a
 * 90% threshold. Displayed percentages are rounded down, so a value that
 * missed its threshold never shows as meeting it.
 */
import type { Counter } from '../model.js';

/** Hundredths of a percent in 100%. */
const SCALE = 10_000;

/**
 * Converts a percent with at most 2 decimals (a threshold, a maxDrop) to
 * hundredths of a percent. Throws on more decimals, which the config schema rejects.
 */
export function toHundredths(percent: number): number {
  const hundredths = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(hundredths - percent * 100) > 1e-6) {
    throw new RangeError(`Percent ${percent} has more than 2 decimals.`);
  }
  return hundredths;
}

/** Returns whether `covered / total >= threshold / 100`. A counter with no items always meets it. */
export function meetsThreshold(counter: Counter, thresholdPercent: number): boolean {
  if (counter.total === 0) return true;
  const threshold = toHundredths(thresholdPercent);
  // covered * 10000 >= threshold * total, in exact integers.
  return compareProducts(counter.covered, SCALE, threshold, counter.total) >= 0;
}

/** `covered / total` in hundredths of a percent, rounded down; null when there are no items. */
export function percentHundredths(counter: Counter): number | null {
  if (counter.total === 0) return null;
  const product = counter.covered * SCALE;
  // Subtracting the remainder first keeps the division exact; Math.floor(product / total)
  // can round up when the quotient falls just below an integer.
  if (Number.isSafeInteger(product)) return (product - (product % counter.total)) / counter.total;
  return Number((BigInt(counter.covered) * BigInt(SCALE)) / BigInt(counter.total));
}

/** Returns the percent rounded down to 2 decimals as a number (89.99), or null when there are no items. */
export function percentValue(counter: Counter): number | null {
  const hundredths = percentHundredths(counter);
  return hundredths === null ? null : hundredths / 100;
}

/** Formats the percent rounded down, as "89.99%", or "no items" when the total is 0. */
export function formatPercent(counter: Counter): string {
  const hundredths = percentHundredths(counter);
  return hundredths === null ? 'no items' : `${formatHundredths(hundredths)}%`;
}

/** Formats the percent rounded down without the sign ("89.99") for action outputs, or "" when there are no items. */
export function formatPercentNumber(counter: Counter | null): string {
  const hundredths = counter ? percentHundredths(counter) : null;
  return hundredths === null ? '' : formatHundredths(hundredths);
}

/** Formats a threshold as given, without trailing zeros: 90 as "90%", 33.3 as "33.3%". */
export function formatThreshold(percent: number): string {
  return `${toHundredths(percent) / 100}%`;
}

/** Renders hundredths with exactly 2 decimals: 8999 as "89.99", -5 as "-0.05". */
export function formatHundredths(hundredths: number): string {
  const sign = hundredths < 0 ? '-' : '';
  const magnitude = Math.abs(hundredths);
  const whole = Math.floor(magnitude / 100);
  const fraction = String(magnitude % 100).padStart(2, '0');
  return `${sign}${whole}.${fraction}`;
}

/**
 * Compares `a * b` with `c * d` for non-negative integers. BigInt is used only
 * when a product could lose precision above 2^53.
 */
export function compareProducts(a: number, b: number, c: number, d: number): number {
  const left = a * b;
  const right = c * d;
  if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return Math.sign(left - right);
  const exactLeft = BigInt(a) * BigInt(b);
  const exactRight = BigInt(c) * BigInt(d);
  if (exactLeft === exactRight) return 0;
  return exactLeft > exactRight ? 1 : -1;
}

export { formatCount } from '../../report/count-text.js';
