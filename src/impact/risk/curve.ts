/**
 * The curve that turns a factor's measured value into a score in 0..1.
 *
 * Every factor uses the saturating curve `1 - exp(-value / scale)`. It is 0
 * at 0, rises steeply for the first units, and approaches 1 without reaching
 * it, so one huge value cannot outweigh the other factors. The scale is the
 * value at which the score is 1 - 1/e, about 0.63. The score is 0.5 at
 * `scale * ln 2` (about 0.69 scales) and 0.95 at about 3 scales.
 */

/** Scores `value` on the saturating curve with the given scale, rounded to 3 decimals. */
export function saturatingScore(value: number, scale: number): number {
  if (!(scale > 0) || !Number.isFinite(scale)) throw new RangeError(`The scale of a risk curve must be a positive number, got ${scale}`);
  if (!Number.isFinite(value) || value <= 0) return 0;
  return roundTo(1 - Math.exp(-value / scale), 3);
}

/** Rounds to the given number of decimals, so stored numbers carry no floating-point noise. */
export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
