/**
 * Numbers in report text, formatted as `toLocaleString('en-US')` formats them.
 * The first call of that loads ICU's locale data, 10 to 20 ms of every run.
 */

/** Formats a count with thousands separators: 17999 as "17,999". A fraction keeps up to three decimals. */
export function formatCount(count: number): string {
  return Number.isInteger(count) ? groupThousands(count) : formatDecimal(count, 3);
}

/** Formats a count with its noun: "1 file", "2 files". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}

/**
 * Formats `value` with up to `fractionDigits` decimals: 12.50 as "12.5".
 * It rounds the shortest decimal form half away from zero, as Intl does (1.005 gives "1.01", while `toFixed` gives "1.00").
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
