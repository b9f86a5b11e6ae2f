import { parseDocument } from 'yaml';
import { TextSyntaxError } from './parse-problem.js';

/**
 * Parses YAML text with the failsafe schema, so every scalar stays a string
 * and a version such as `1.10` is not read as the number 1.1. Throws
 * `TextSyntaxError` with the position of the first error, or without a
 * position when aliases expand too often.
 */
export function parseYamlText(text: string): unknown {
  const document = parseDocument(text, { schema: 'failsafe', uniqueKeys: true });
  const error = document.errors[0];
  if (error) {
    const position = error.linePos?.[0];
    const problem = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    throw new TextSyntaxError(`invalid YAML (${problem})`, position?.line, position?.col);
  }
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    // The yaml package throws a ReferenceError when aliases expand past the count: an alias bomb.
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new TextSyntaxError(`invalid YAML (${error.message.replace(/\.$/, '')})`);
    }
    throw error;
  }
}
