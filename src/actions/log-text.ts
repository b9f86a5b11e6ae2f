import { sanitizeLines } from '../report/control-characters.js';
import { ZERO_WIDTH_SPACE } from '../report/escape.js';

/**
 * Makes text from a pull request safe to print to the Actions log. Control
 * characters are replaced. A line that starts with `::`, after any
 * indentation, gets a zero-width space between the colons, so a file name
 * cannot issue a workflow command such as `::stop-commands::` or `::add-mask::`.
 */
export function safeLogText(text: string): string {
  return sanitizeLines(text)
    .split('\n')
    .map((line) => line.replace(/^(\s*):(?=:)/, `$1:${ZERO_WIDTH_SPACE}`))
    .join('\n');
}
