import type { CommandSpec } from '../options.js';
import { COMMON_OPTIONS } from './shared-options.js';

export const CHECK_COMMAND: CommandSpec = {
  name: 'check',
  summary:
    'Run every configured stage (today the coverage gate) on the repository in the current folder and print one report.',
  usage: 'testmaster check [--base REF] [--head REF] [--config FILE] [--json FILE|-] [--markdown FILE|-] [-C DIR] [--no-color] [--verbose]',
  options: COMMON_OPTIONS,
};
