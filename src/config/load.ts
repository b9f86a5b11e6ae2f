/**
 * Reads `.github/testmaster.yml` and layers it with the overrides. The YAML
 * parser and the validator load only when there is a file to read.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigError } from '../errors.js';
import { DEFAULT_CONFIG_FILE } from './defaults.js';
import { configWithFile } from './apply-layer.js';
import type { ConfigInput, ConfigOverride, ResolvedConfig } from './types.js';

/** A config file after parsing and validation. */
export interface ConfigFile {
  /** Path as the user named it, or the default location. */
  file: string;
  /** Absolute path of the file that was read. */
  absolutePath: string;
  values: ConfigInput;
}

/**
 * Reads the config file under `root`. Without `explicitPath`, a missing
 * `.github/testmaster.yml` returns null; a file the user named must exist.
 * A relative `explicitPath` starts at `explicitFolder`, which defaults to
 * `root`; the CLI passes the folder the command runs in.
 */
export async function readConfigFile(root: string, explicitPath?: string, explicitFolder: string = root): Promise<ConfigFile | null> {
  const file = explicitPath ?? DEFAULT_CONFIG_FILE;
  const folder = explicitPath === undefined ? root : explicitFolder;
  const absolutePath = path.resolve(folder, file);
  let text: string;
  try {
    text = await readFile(absolutePath, 'utf8');
  } catch (error) {
    if (isNotFound(error) && explicitPath === undefined) return null;
    if (isNotFound(error)) {
      throw new ConfigError(`Config file ${file} was not found. Check the path, which is relative to ${folder}.`);
    }
    throw new ConfigError(`Config file ${file} could not be read: ${(error as Error).message}.`);
  }
  const { parseConfigText } = await import('./parse-config-text.js');
  return { file, absolutePath, values: parseConfigText(text, file) };
}

function isNotFound(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
}

/** Reads the config file under `root` and resolves it with the overrides. */
export async function loadConfig(
  root: string,
  options: { configPath?: string; configFolder?: string; overrides?: ConfigOverride[] } = {},
): Promise<ResolvedConfig> {
  const file = await readConfigFile(root, options.configPath, options.configFolder);
  const overrides = options.overrides ?? [];
  if (overrides.length === 0) return configWithFile(file);
  // The validator of the overrides is compiled from the whole schema, so it loads only when there are overrides to check.
  const { resolveConfig } = await import('./merge.js');
  return resolveConfig({ file, overrides });
}
