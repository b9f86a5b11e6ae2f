/**
 * Reads jest `moduleNameMapper` from jest.config.json, from the `jest` field
 * of package.json, or from a JavaScript or TypeScript jest config through its
 * syntax tree. Keys are regular expressions, values are a module name or
 * an array of names with `<rootDir>` and `$1`-style groups. Entries that are
 * not static are skipped with a warning that names the file and the key.
 */
import type { Expression, ObjectLiteral } from '../../syntax/syntax-tree.js';
import { isJsonObject, type JsonObject } from '../config-reader.js';
import { folderOf, joinInRepository } from '../repo-path.js';
import type { WarningLog } from '../warning-log.js';
import type { JestMapperRule } from './alias-rule.js';
import { asArrayLiteral, asObjectLiteral, exportedConfigObjects, propertyValue } from './config-object.js';
import {
  createEvaluationContext,
  evaluateString,
  parseConfigSource,
  toRepositoryPath,
  toVirtualPath,
  type EvaluationContext,
} from './static-value.js';

const ROOT_DIR_TOKEN = '<rootDir>';

/** A mapper entry as read, before `<rootDir>` is replaced and the key compiled. */
interface RawMapping {
  key: string;
  replacements: string[];
}

/** Reads the mapper from a parsed JSON config: jest.config.json or the `jest` field of package.json. */
export function readJestJson(configPath: string, config: JsonObject, keyPrefix: string, warnings: WarningLog): JestMapperRule[] {
  const mapper = config['moduleNameMapper'];
  if (mapper === undefined) return [];
  if (!isJsonObject(mapper)) {
    warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper must be an object of regular expressions to module names. Fix the value; until then it is ignored.`);
    return [];
  }

  const raw: RawMapping[] = [];
  for (const [key, value] of Object.entries(mapper)) {
    const replacements = typeof value === 'string' ? [value] : value;
    if (Array.isArray(replacements) && replacements.every((entry) => typeof entry === 'string')) {
      raw.push({ key, replacements });
    } else {
      warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper["${key}"] must be a string or an array of strings. Fix the value; until then it is ignored.`);
    }
  }
  const rootDir = typeof config['rootDir'] === 'string' ? config['rootDir'] : undefined;
  const configFolder = folderOf(configPath);
  const rootFolder = rootDir === undefined ? configFolder : joinInRepository(configFolder, rootDir) ?? configFolder;
  return compileRules(configPath, rootFolder, raw, warnings);
}

/** Reads the mapper from a jest.config.js, .mjs, .cjs, .ts, .mts or .cts file. */
export function readJestSource(configPath: string, text: string, warnings: WarningLog): JestMapperRule[] {
  const source = parseConfigSource(configPath, text);
  const context = createEvaluationContext(configPath, source);
  const objects = exportedConfigObjects(source, context);
  if (objects.length === 0) {
    if (text.includes('moduleNameMapper')) {
      warnings.add(
        `${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so moduleNameMapper is skipped. Export the config as an object literal.`,
      );
    }
    return [];
  }

  const raw: RawMapping[] = [];
  let rootFolder = folderOf(configPath);
  for (const object of objects) {
    const rootDirValue = propertyValue(object, 'rootDir');
    if (rootDirValue) rootFolder = evaluateRootDir(configPath, rootDirValue, context, warnings) ?? rootFolder;
    const mapper = asObjectLiteral(propertyValue(object, 'moduleNameMapper'), context);
    if (mapper) raw.push(...readMapperObject(configPath, mapper, context, warnings));
  }
  return compileRules(configPath, rootFolder, raw, warnings);
}

function readMapperObject(
  configPath: string,
  mapper: ObjectLiteral,
  context: EvaluationContext,
  warnings: WarningLog,
): RawMapping[] {
  const raw: RawMapping[] = [];
  for (const property of mapper.properties) {
    const key = property.kind === 'property' ? property.name : undefined;
    if (property.kind !== 'property' || key === undefined) {
      warnings.add(
        `${configPath}: moduleNameMapper entry ${property.text} is not a static value, so impact analysis skips it. Write each entry as "regular expression": "module name".`,
      );
      continue;
    }

    const array = asArrayLiteral(property.value, context);
    const values = array
      ? array.elements.map((element) => element && evaluateString(element, context))
      : [evaluateString(property.value, context)];
    if (values.some((value) => value === undefined)) {
      warnings.add(
        `${configPath}: moduleNameMapper["${key}"] (${property.value.text}) is not a static value, so impact analysis skips it. Write the module name as a string literal with <rootDir>.`,
      );
      continue;
    }
    raw.push({ key, replacements: values as string[] });
  }
  return raw;
}

/** Evaluates `rootDir`, relative to the config's folder, to the repository folder that `<rootDir>` expands to. */
function evaluateRootDir(
  configPath: string,
  value: Expression,
  context: EvaluationContext,
  warnings: WarningLog,
): string | undefined {
  const evaluated = evaluateString(value, context);
  if (evaluated === undefined) {
    warnings.add(
      `${configPath}: rootDir (${value.text}) is not a static value, so <rootDir> expands to the config's folder. Write rootDir as a string literal.`,
    );
    return undefined;
  }
  return toRepositoryPath(evaluated) ?? joinInRepository(folderOf(configPath), evaluated);
}

function compileRules(configPath: string, rootDir: string, raw: RawMapping[], warnings: WarningLog): JestMapperRule[] {
  const rules: JestMapperRule[] = [];
  for (const { key, replacements } of raw) {
    let pattern: RegExp;
    try {
      pattern = new RegExp(key);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      warnings.add(`${configPath}: moduleNameMapper key "${key}" is not a valid regular expression (${message}). Fix the key; until then it is ignored.`);
      continue;
    }
    rules.push({
      kind: 'jest',
      pattern,
      replacements: replacements.map((replacement) => replacement.replaceAll(ROOT_DIR_TOKEN, toVirtualPath(rootDir))),
      label: `jest moduleNameMapper "${key}" in ${configPath}`,
    });
  }
  return rules;
}
