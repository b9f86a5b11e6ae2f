import { parseArgs } from 'node:util';
import { UserError } from '../errors.js';

/** One command-line option with the text `--help` shows. */
export interface OptionSpec {
  name: string;
  short?: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  /** Placeholder shown after the flag, such as `FILE` or `METRIC=PERCENT`. */
  value?: string;
  /** Description of what the option sets, with its unit. */
  description: string;
  /** Default shown in `--help`. */
  defaultText?: string;
}

export interface CommandSpec {
  name: string;
  summary: string;
  usage: string;
  options: OptionSpec[];
  /** Names of positional arguments, shown in usage; empty when the command takes none. */
  positionals?: string;
}

export interface ParsedCommandLine {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses argv for one command; unknown flags and missing values are usage errors (exit 2). */
export function parseCommandLine(spec: CommandSpec, argv: string[]): ParsedCommandLine {
  const options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }> = {};
  for (const option of spec.options) {
    options[option.name] = {
      type: option.type,
      ...(option.multiple ? { multiple: true } : {}),
      ...(option.short ? { short: option.short } : {}),
    };
  }
  try {
    const parsed = parseArgs({
      args: argv,
      options,
      allowPositionals: spec.positionals !== undefined,
      strict: true,
    });
    return { values: parsed.values as ParsedCommandLine['values'], positionals: parsed.positionals };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${reason}\nRun \`testmaster ${spec.name} --help\` to list the options.`);
  }
}

/** Formats the `--help` text: usage, then every option with its value, unit and default. */
export function formatHelp(spec: CommandSpec): string {
  const rows = spec.options.map((option) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${option.name}${option.value ? ` ${option.value}` : ''}`;
    const repeat = option.multiple ? ' Repeatable.' : '';
    const fallback = option.defaultText ? ` Default: ${option.defaultText}.` : '';
    return [flag, `${option.description}.${repeat}${fallback}`] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  const lines = rows.map(([flag, text]) => `  ${flag.padEnd(width)}${text}`);
  return `${spec.summary}\n\nUsage: ${spec.usage}\n\nOptions:\n${lines.join('\n')}\n`;
}

export function stringValue(parsed: ParsedCommandLine, name: string): string | undefined {
  const value = parsed.values[name];
  return typeof value === 'string' ? value : undefined;
}

export function listValue(parsed: ParsedCommandLine, name: string): string[] {
  const value = parsed.values[name];
  if (Array.isArray(value)) return value;
  return typeof value === 'string' ? [value] : [];
}

export function flagValue(parsed: ParsedCommandLine, name: string): boolean {
  return parsed.values[name] === true;
}
