/**
 * Reads `resolve.alias` and `test.alias` from vite and vitest config files
 * through their syntax tree. Both the object form (`{ '@': '…' }`) and the
 * array form (`[{ find: '@', replacement: '…' }]`) are read. An entry whose
 * `find` is a regular expression, or whose value is not static, is skipped
 * with a warning that names the file and the key.
 */
import type { ArrayLiteral, Expression, ObjectLiteral } from '../../syntax/syntax-tree.js';
import { folderOf } from '../repo-path.js';
import type { WarningLog } from '../warning-log.js';
import type { ViteAliasRule } from './alias-rule.js';
import { asArrayLiteral, asObjectLiteral, exportedConfigObjects, propertyValue } from './config-object.js';
import {
  createEvaluationContext,
  evaluateString,
  parseConfigSource,
  toRepositoryPath,
  type EvaluationContext,
} from './static-value.js';

const STATIC_FORMS =
  "a string literal, path.resolve(__dirname, '…') or fileURLToPath(new URL('…', import.meta.url))";

/** Sections that contain aliases: `resolve.alias` for vite and vitest, `test.alias` for vitest only. */
const ALIAS_SECTIONS = ['resolve', 'test'] as const;

export function readViteAliases(configPath: string, text: string, warnings: WarningLog): ViteAliasRule[] {
  // An alias section needs the word `alias` in the text, unless an escape spells it, so the other configs are not parsed: 163 of vitest-dev/vitest's 169.
  if (!text.includes('alias') && !text.includes('\\')) return [];
  const runner = /(?:^|\/)vitest\.config\.[^/]+$/.test(configPath) ? 'vitest' : 'vite';
  const source = parseConfigSource(configPath, text);
  const context = createEvaluationContext(configPath, source);
  const objects = exportedConfigObjects(source, context);
  if (objects.length === 0) {
    if (/\balias\b/.test(text)) {
      warnings.add(
        `${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so its aliases are skipped. Export the config as an object literal or defineConfig({ … }).`,
      );
    }
    return [];
  }

  const reader = new AliasReader(configPath, runner, context, warnings);
  for (const object of objects) {
    for (const section of ALIAS_SECTIONS) {
      const sectionObject = asObjectLiteral(propertyValue(object, section), context);
      const alias = sectionObject && propertyValue(sectionObject, 'alias');
      if (alias) reader.readAliasValue(alias, `${section}.alias`);
    }
  }
  return reader.rules;
}

class AliasReader {
  readonly rules: ViteAliasRule[] = [];

  constructor(
    private readonly configPath: string,
    private readonly runner: 'vite' | 'vitest',
    private readonly context: EvaluationContext,
    private readonly warnings: WarningLog,
  ) {}

  readAliasValue(value: Expression, key: string): void {
    const object = asObjectLiteral(value, this.context);
    if (object) return this.readObjectForm(object, key);
    const array = asArrayLiteral(value, this.context);
    if (array) return this.readArrayForm(array, key);

    // An imported value is not followed into its module. Such a module may
    // build the aliases at runtime, as vuejs/core's scripts/aliases.js does
    // from the package folders it lists with readdirSync, and reading only its
    // literal part would give a partial list that looks complete.
    const module = value.kind === 'identifier' ? this.context.imported.get(value.name) : undefined;
    if (module !== undefined) {
      this.warnings.add(
        `${this.configPath}: ${key} is ${value.text}, imported from "${module}", and impact analysis does not follow imports into other modules, so it skips these aliases. Imports through them still resolve where they name workspace packages or tsconfig paths. To have them read, write the aliases in ${this.configPath} as { find: replacement } or [{ find, replacement }] with string literals or path.resolve(__dirname, '…').`,
      );
      return;
    }
    this.warnings.add(
      `${this.configPath}: ${key} is not an object or array literal, so impact analysis skips it. Write the aliases inline as { find: replacement } or [{ find, replacement }].`,
    );
  }

  private readObjectForm(object: ObjectLiteral, key: string): void {
    for (const property of object.properties) {
      if (property.kind !== 'property' || property.name === undefined) {
        this.warnDynamic(`${key} entry ${property.text}`, 'Write each alias as "find": replacement');
        continue;
      }
      this.addRule(property.name, property.value, `${key}["${property.name}"]`);
    }
  }

  private readArrayForm(array: ArrayLiteral, key: string): void {
    array.elements.forEach((element, position) => {
      const entryKey = `${key}[${position}]`;
      const entry = element && asObjectLiteral(element, this.context);
      const find = entry && propertyValue(entry, 'find');
      const replacement = entry && propertyValue(entry, 'replacement');
      if (!find || !replacement) {
        this.warnDynamic(entryKey, 'Write each entry as { find: "…", replacement: … }');
        return;
      }
      if (find.kind === 'regex') {
        this.warnings.add(
          `${this.configPath}: ${entryKey}.find is a regular expression (${find.text}); impact analysis reads only string finds and skips this alias. Use a string find if the alias is a plain prefix.`,
        );
        return;
      }
      const findText = evaluateString(find, this.context);
      if (findText === undefined) {
        this.warnDynamic(`${entryKey}.find`, 'Write find as a string literal');
        return;
      }
      this.addRule(findText, replacement, `${entryKey}.replacement`);
    });
  }

  private addRule(find: string, value: Expression, key: string): void {
    const replacement = evaluateString(value, this.context);
    if (replacement === undefined) {
      this.warnDynamic(`${key} (${value.text})`, `Write the replacement as ${STATIC_FORMS}`);
      return;
    }
    // A computed path that climbs above VIRTUAL_ROOT comes out as another absolute path, which
    // would otherwise read as relative to the Vite root. A literal "/src" really is one.
    const leavesRepository = value.kind !== 'string' && replacement.startsWith('/') && toRepositoryPath(replacement) === undefined;
    if (leavesRepository) {
      this.warnings.add(
        `${this.configPath}: ${key} (${value.text}) points outside the repository, so impact analysis skips this alias. Point it at a folder inside the repository if imports through it should count.`,
      );
      return;
    }
    this.rules.push({
      kind: 'vite',
      find,
      replacement,
      rootFolder: folderOf(this.configPath),
      label: `${this.runner} alias "${find}" in ${this.configPath}`,
    });
  }

  private warnDynamic(key: string, fix: string): void {
    this.warnings.add(
      `${this.configPath}: ${key} is not a static value, so impact analysis skips this alias. ${fix}.`,
    );
  }
}
