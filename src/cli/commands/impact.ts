import type { CommandSpec } from '../options.js';
import { COMMON_OPTIONS } from './shared-options.js';

export const IMPACT_COMMAND: CommandSpec = {
  name: 'impact',
  summary:
    'Find the modules, tests and suites that the change since --base affects, score its risk, and print which tests to run and why.',
  usage: 'testmaster impact [--base REF] [--head REF] [--json FILE|-] [--explain FILE]... [--no-cache] [-C DIR]',
  options: [
    ...COMMON_OPTIONS.filter((option) => option.name !== 'base' && option.name !== 'head' && option.name !== 'help'),
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
      description: 'Git ref whose changes are analysed; without it, the working tree, uncommitted and untracked files included',
      defaultText: 'the working tree',
    },
    {
      name: 'explain',
      type: 'string',
      multiple: true,
      value: 'FILE',
      description: 'Print why FILE (relative to the folder the command runs in) is or is not selected; repeat for more files',
      defaultText: 'none',
    },
    { name: 'no-cache', type: 'boolean', description: 'Scan every file instead of reading and writing the scan cache', defaultText: 'the cache at impact.cache.path' },
    { name: 'help', short: 'h', type: 'boolean', description: 'Print this help and exit' },
  ],
};
