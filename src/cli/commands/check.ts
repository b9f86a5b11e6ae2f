import type { CommandSpec } from '../options.js';
import { COMMON_OPTIONS } from './shared-options.js';

export const CHECK_COMMAND: CommandSpec = {
  name: 'check',
  summary:
    'Run every configured stage (coverage, impact, then validate) on the repository in the current folder and print one report. ' +
    'The stages read one change: the commit --head (default HEAD) against its merge base with --base. ' +
    'Uncommitted and untracked files are not part of it, and the impact notes list them; testmaster impact and testmaster validate include them.',
  usage: 'testmaster check [--base REF] [--head REF] [--config FILE] [--json FILE|-] [--markdown FILE|-] [-C DIR] [--no-color] [--verbose]',
  options: COMMON_OPTIONS,
};
