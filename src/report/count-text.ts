/**
 * Numbers in report text, written as en-US writes them ("17,999", "12.5").
 * This does by hand what `toLocaleString('en-US')` does, because the first
 * call of that loads the locale data, which took 10 to 20 ms of every run:
 * as long as all the impact analysis of a small repository.
 */

/** Writes an integer with thousands separators: 17999 as "17,999". Other numbers get at most three decimals, as `toLocaleString` gives them. */
export function formatCount(count: number): string {
  return Number.isInteger(count) ? groupThousands(count) : formatDecimal(count, 3);
}

/** Writes a count and the noun that agrees with it: "1 file", "2 files". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/**
 * Writes `value` with at most `fractionDigits` decimals and no trailing
 * zeros: 12.50 as "12.5". Like `toLocaleString`, it rounds the shortest
 * decimal form of the number half away from zero, so 1.005 becomes "1.01",
 * where `toFixed`, which rounds the exact binary value, gives "1.00".
 */
export function formatDecimal(value: number, fractionDigits: number): string {
  const shortest = String(Math.abs(value));
  if (!Number.isFinite(value) || shortest.includes('e')) return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
  const [whole = '0', fraction = ''] = shortest.split('.');
  let scaled = BigInt(whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0'));
  if ((fraction.charCodeAt(fractionDigits) || 0) >= 0x35) scaled += 1n;
  const digits = scaled.toString().padStart(fractionDigits + 1, '0');
  const integerPart = digits.slice(0, digits.length - fractionDigits);
  const decimals = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
  const text = `${groupThousands(Number(integerPart))}${decimals === '' ? '' : `.${decimals}`}`;
  return value < 0 ? `-${text}` : text;
}

function groupThousands(integer: number): string {
  if (Math.abs(integer) >= 1e21) return String(integer);
  const digits = String(Math.abs(integer));
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let index = grouped.length; index < digits.length; index += 3) grouped += `,${digits.slice(index, index + 3)}`;
  return integer < 0 ? `-${grouped}` : grouped;
}
