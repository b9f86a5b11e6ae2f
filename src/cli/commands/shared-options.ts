import type { OptionSpec } from '../options.js';

/** Options that `check` and `coverage` both take. */
export const COMMON_OPTIONS: OptionSpec[] = [
  {
    name: 'base',
    type: 'string',
    value: 'REF',
    description:
      'Git ref to measure changed lines against; the diff starts at the merge base of REF and --head',
    defaultText: 'origin/HEAD, else origin/main, origin/master, main or master; no patch coverage when none exists',
  },
  {
    name: 'head',
    type: 'string',
    value: 'REF',
    description: 'Git ref whose changes are measured; it must be the checked-out commit, because report paths are matched against the checked-out files',
    defaultText: 'HEAD',
  },
  {
    name: 'config',
    type: 'string',
    value: 'FILE',
    description: 'Config file; a relative path starts at the folder the command runs in (the -C folder when given)',
    defaultText: '.github/testmaster.yml at the repository root, when it exists',
  },
  {
    name: 'json',
    type: 'string',
    value: 'FILE|-',
    description: 'Write the result as JSON to FILE, or to standard output with -; the text report then goes to standard error',
    defaultText: 'none',
  },
  {
    name: 'markdown',
    type: 'string',
    value: 'FILE|-',
    description: 'Write the Markdown report (as the PR comment shows it) to FILE, or to standard output with -',
    defaultText: 'none',
  },
  { name: 'cwd', short: 'C', type: 'string', value: 'DIR', description: 'Run in the repository at DIR; relative paths of the other options start there, as with git -C', defaultText: 'the current folder' },
  { name: 'no-color', type: 'boolean', description: 'Print without ANSI colours', defaultText: 'colours when standard output is a terminal and NO_COLOR is unset' },
  { name: 'verbose', type: 'boolean', description: 'Print debug lines to standard error', defaultText: 'off' },
  { name: 'help', short: 'h', type: 'boolean', description: 'Print this help and exit' },
];
