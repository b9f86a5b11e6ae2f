import type { ConfigOverride } from '../../config/types.js';
import { UserError } from '../../errors.js';
import { FAIL_LEVELS, FILTER_MODES, type FailLevel, type FilterMode } from '../../validate/settings.js';
import type { CommandSpec, ParsedCommandLine } from '../options.js';
import { listValue, stringValue } from '../options.js';
import { COMMON_OPTIONS } from './shared-options.js';

export const VALIDATE_COMMAND: CommandSpec = {
  name: 'validate',
  summary:
    'Check syntax, types, complexity, security and standards, run the configured linters and read SARIF files, ' +
    'and report the findings on the lines that the change since --base touched.',
  usage:
    'testmaster validate [--base REF] [--head REF] [--filter MODE] [--context LINES] [--fail-level LEVEL] [--sarif FILE] [--import-sarif FILE]... [--config FILE] [--json FILE|-] [--markdown FILE|-] [-C DIR]',
  options: [
    ...COMMON_OPTIONS.filter((option) => option.name !== 'head' && option.name !== 'base' && option.name !== 'help'),
    {
      name: 'base',
      type: 'string',
      value: 'REF',
      description: 'Git ref to compare with; the change starts at the merge base of REF and --head',
      defaultText: 'the merge base with the default branch (origin/HEAD, else origin/main, origin/master, main or master)',
    },
    {
      name: 'head',
      type: 'string',
      value: 'REF',
      description: 'Git ref whose changes are validated; without it, the working tree, uncommitted and untracked files included',
      defaultText: 'the working tree',
    },
    {
      name: 'filter',
      type: 'string',
      value: 'MODE',
      description: `Findings to report: ${FILTER_MODES.join(', ')}`,
      defaultText: 'validate.filter from the config; added',
    },
    {
      name: 'context',
      type: 'string',
      value: 'LINES',
      description: 'Lines around each changed line that the diff_context filter keeps',
      defaultText: 'validate.context from the config; 3',
    },
    {
      name: 'fail-level',
      type: 'string',
      value: 'LEVEL',
      description: `Lowest level of a reported finding that fails the run: ${FAIL_LEVELS.join(', ')}`,
      defaultText: 'validate.failLevel from the config; error',
    },
    {
      name: 'sarif',
      type: 'string',
      value: 'FILE',
      description: 'Write the reported findings as SARIF 2.1.0, ready for GitHub code scanning, to FILE',
      defaultText: 'none',
    },
    {
      name: 'import-sarif',
      type: 'string',
      multiple: true,
      value: 'FILE',
      description: 'Read the findings of another tool from a SARIF file; repeat for more files',
      defaultText: 'validate.sarif from the config; none',
    },
    { name: 'help', short: 'h', type: 'boolean', description: 'Print this help and exit' },
  ],
};

/** Turns the validate flags into config overrides, each labelled with its flag. */
export function validateOverrides(parsed: ParsedCommandLine): ConfigOverride[] {
  const overrides: ConfigOverride[] = [];
  const filter = stringValue(parsed, 'filter');
  if (filter !== undefined) {
    overrides.push({ origin: '--filter', values: { validate: { filter: filter as FilterMode } } });
  }
  const context = stringValue(parsed, 'context');
  if (context !== undefined) {
    overrides.push({ origin: '--context', values: { validate: { context: parseLineCount('--context', context) } } });
  }
  const failLevel = stringValue(parsed, 'fail-level');
  if (failLevel !== undefined) {
    overrides.push({ origin: '--fail-level', values: { validate: { failLevel: failLevel as FailLevel } } });
  }
  return overrides;
}

/** Files named by --import-sarif, as the user typed them. */
export function importedSarifFiles(parsed: ParsedCommandLine): string[] {
  return listValue(parsed, 'import-sarif');
}

function parseLineCount(flag: string, text: string): number {
  if (!/^\d{1,4}$/.test(text.trim())) {
    throw new UserError(`${flag} ${JSON.stringify(text)} is not a line count. Pass a whole number from 0 to 1000, such as ${flag} 3.`);
  }
  return Number(text.trim());
}
