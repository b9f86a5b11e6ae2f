/**
 * Cached reading of JSON config files from the repository. Each problem is
 * logged once as a warning that names the file and the fix, and the caller
 * gets undefined in place of the broken file.
 */
import { TextSyntaxError } from '../change/parse-problem.js';
import { parseJsonc } from '../syntax/jsonc.js';
import type { RepositoryView } from './repository-view.js';
import type { WarningLog } from './warning-log.js';

/** A JSON object, as parsed; its values are unchecked. */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export class ConfigReader {
  private readonly jsonc = new Map<string, JsonObject | undefined>();
  private readonly json = new Map<string, JsonObject | undefined>();

  constructor(
    private readonly view: RepositoryView,
    private readonly warnings: WarningLog,
  ) {}

  /**
   * Reads a tsconfig or jsconfig file, which TypeScript parses as JSON with
   * comments and trailing commas (see syntax/jsonc.ts). Returns undefined when the file is absent or
   * invalid, and logs a warning for the invalid case.
   */
  readJsonc(path: string): JsonObject | undefined {
    if (this.jsonc.has(path)) return this.jsonc.get(path);
    const value = this.parseJsonc(path);
    this.jsonc.set(path, value);
    return value;
  }

  /**
   * Reads a strict JSON file such as package.json, which Node and package
   * managers parse without comments. Returns undefined when the file is absent or invalid, and logs a
   * warning for the invalid case.
   */
  readJson(path: string): JsonObject | undefined {
    if (this.json.has(path)) return this.json.get(path);
    const value = this.parseJson(path);
    this.json.set(path, value);
    return value;
  }

  private parseJsonc(path: string): JsonObject | undefined {
    const text = this.view.readText(path);
    if (text === undefined) return undefined;

    let config: unknown;
    try {
      // TypeScript reads a file with only whitespace and comments as an empty config.
      config = parseJsonc(text) ?? {};
    } catch (error) {
      if (!(error instanceof TextSyntaxError)) throw error;
      this.warnings.add(
        `${path} line ${error.line}, column ${error.column}: invalid JSON: ${error.problem}. Fix the syntax; until then impact analysis ignores this file's options.`,
      );
      return undefined;
    }
    if (!isJsonObject(config)) {
      this.warnings.add(`${path}: the top level is not a JSON object. Write the options as { "compilerOptions": { … } }.`);
      return undefined;
    }
    return config;
  }

  private parseJson(path: string): JsonObject | undefined {
    const text = this.view.readText(path);
    if (text === undefined) return undefined;

    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      this.warnings.add(
        `${path}: invalid JSON: ${message}. Fix the syntax; until then impact analysis ignores this file.`,
      );
      return undefined;
    }
    if (!isJsonObject(value)) {
      this.warnings.add(`${path}: the top level is not a JSON object. Write the file as one object.`);
      return undefined;
    }
    return value;
  }
}
