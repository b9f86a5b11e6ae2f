export const id = 639;
export const ids = [639];
export const modules = {

/***/ 9639:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createResolver: () => (/* binding */ createResolver),
  openResolver: () => (/* binding */ openResolver)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/impact/resolve/repo-path.ts
var repo_path = __webpack_require__(1713);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/manifest.ts

class ManifestStore {
    index;
    reader;
    nearestByFolder = new Map();
    constructor(index, reader) {
        this.index = index;
        this.reader = reader;
    }
    /** Returns the package.json in `folder`, or undefined when it is untracked or invalid. */
    inFolder(folder) {
        const path = folder === '' ? 'package.json' : `${folder}/package.json`;
        if (!this.index.has(path))
            return undefined;
        const fields = this.reader.readJson(path);
        return fields && { path, folder, fields };
    }
    /**
     * Returns the nearest valid package.json at or above `folder`, which is the
     * package scope that Node uses for `#imports`. Cached per folder.
     */
    nearest(folder) {
        if (this.nearestByFolder.has(folder))
            return this.nearestByFolder.get(folder);
        const own = this.inFolder(folder);
        const found = own ?? (folder === '' ? undefined : this.nearest((0,repo_path/* folderOf */.yS)(folder)));
        this.nearestByFolder.set(folder, found);
        return found;
    }
}
/** Returns a string field of the manifest, or undefined when it is missing or not a string. */
function stringField(manifest, field) {
    const value = manifest.fields[field];
    return typeof value === 'string' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/pnpm-workspace-list.ts
/**
 * Reads the `packages` list of a pnpm-workspace.yaml written in the plain
 * style that pnpm's docs and most repositories use, without a YAML parser.
 * Loading and first running the `yaml` package took about 45 ms of CPU time,
 * a tenth of a cold impact run on vuejs/core.
 *
 * The reader accepts a small subset of YAML and returns undefined for
 * anything outside it, so that the caller parses the text with the full
 * parser. Inside the subset its result equals what the `yaml` package gives
 * for `packages`: test/impact/resolve/pnpm-workspace-list.test.ts compares the
 * two on every case. The subset:
 *   - top-level keys at column 0, unquoted or quoted, each once, with an
 *     empty value (a block follows) or a one-line scalar;
 *   - indented lines under a key without a scalar, which are skipped unless
 *     the key is `packages`;
 *   - `packages` as a block list of one-line string scalars, all at one
 *     indentation;
 *   - comments, blank lines, CRLF line ends.
 * Anything that could make a later line belong to another node (flow
 * collections, block scalars, anchors, aliases, tags, multi-line quotes,
 * tabs, document markers, directives, explicit keys) is outside it.
 */
/** Returns the `packages` globs, [] when there is no `packages` key, or undefined when the text needs the full parser. */
function readPnpmPackagesList(text) {
    if (text.startsWith('\uFEFF') || text.includes('\t'))
        return undefined;
    const lines = blockLines(text);
    if (lines === undefined)
        return undefined;
    const reader = { lines, position: 0, packages: undefined };
    if (!readMap(reader, 0, true) || reader.position < lines.length)
        return undefined;
    if (reader.packages === undefined)
        return [];
    // An empty block is null in YAML, which the full path reports as not a list.
    return reader.packages.length > 0 ? reader.packages : undefined;
}
/** A `key: value` line: a quoted key, or a plain one that ends at the first `: ` and starts with no indicator. */
const MAP_ENTRY = /^([^\s'"#?\-[\]{},&*!|>%@`:](?:[^#]*?[^\s#])?|'[^']*'|"[^"\\]*")[ ]*:(?:[ ]+(.*))?$/;
const LIST_ITEM = /^-(?:[ ]+(.*))?$/;
/** Splits the text into block lines, or returns undefined when a line is outside the subset. */
function blockLines(text) {
    const lines = [];
    for (const rawLine of text.split('\n')) {
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        if (line.includes('\r'))
            return undefined;
        const content = significantPart(line);
        if (content === undefined)
            return undefined;
        const body = content.trim();
        if (body === '')
            continue;
        const indent = content.length - content.trimStart().length;
        const item = LIST_ITEM.exec(body);
        const entry = item ? null : MAP_ENTRY.exec(body);
        if (item)
            lines.push({ indent, kind: 'item', value: item[1]?.trim() ?? '' });
        else if (entry)
            lines.push({ indent, kind: 'entry', key: unquote(entry[1]), value: entry[2]?.trim() ?? '' });
        else
            return undefined;
    }
    return lines;
}
/** Reads a block map whose entries start at `indent`; false when it is outside the subset. */
function readMap(reader, indent, topLevel) {
    const keys = new Set();
    for (let line = reader.lines[reader.position]; line && line.indent === indent; line = reader.lines[reader.position]) {
        if (line.kind !== 'entry' || keys.has(line.key))
            return false;
        keys.add(line.key);
        reader.position++;
        const isPackages = topLevel && line.key === 'packages';
        if (line.value !== '') {
            if (isPackages || !anyScalar(line.value))
                return false;
        }
        else if (isPackages) {
            reader.packages = [];
            if (!readValueBlock(reader, indent, reader.packages))
                return false;
        }
        else if (!readValueBlock(reader, indent, undefined)) {
            return false;
        }
        const next = reader.lines[reader.position];
        if (next && next.indent > indent)
            return false;
    }
    return true;
}
/**
 * Reads the block under a key without a scalar: a deeper map or list, a list
 * at the key's own indentation, or nothing (null). With `strings`, only a
 * list of string scalars is accepted, and its items are added there.
 */
function readValueBlock(reader, keyIndent, strings) {
    const next = reader.lines[reader.position];
    if (!next || next.indent < keyIndent || (next.indent === keyIndent && next.kind !== 'item'))
        return strings === undefined;
    if (next.kind === 'item')
        return readList(reader, next.indent, strings);
    return strings === undefined && readMap(reader, next.indent, false);
}
/** Reads a block list whose items start at `indent`; false when it is outside the subset. */
function readList(reader, indent, strings) {
    for (let line = reader.lines[reader.position]; line && line.indent === indent && line.kind === 'item'; line = reader.lines[reader.position]) {
        reader.position++;
        if (strings) {
            const value = stringScalar(line.value);
            if (value === undefined)
                return false;
            strings.push(value);
        }
        else if (line.value === '') {
            const nested = reader.lines[reader.position];
            if (nested && nested.indent > indent && !readValueBlock(reader, indent + 1, undefined))
                return false;
        }
        else if (!anyScalar(line.value)) {
            return false;
        }
        const next = reader.lines[reader.position];
        if (next && next.indent > indent)
            return false;
    }
    return true;
}
/**
 * Returns the line without its comment, or undefined when it has a quote that
 * does not close on the line, a backslash inside double quotes, or a flow
 * collection, which could make later lines part of this one.
 */
function significantPart(line) {
    let quote;
    for (let index = 0; index < line.length; index++) {
        const char = line[index];
        if (quote !== undefined) {
            if (char === '\\' && quote === '"')
                return undefined;
            if (char === quote) {
                // Two single quotes inside single quotes are one quote character.
                if (quote === "'" && line[index + 1] === "'")
                    index++;
                else
                    quote = undefined;
            }
            continue;
        }
        if (char === '#' && (index === 0 || line[index - 1] === ' '))
            return line.slice(0, index);
        if (char === "'" || char === '"') {
            if (!startsScalar(line, index))
                return undefined;
            quote = char;
        }
        else if ('[]{}'.includes(char)) {
            return undefined;
        }
        else if (INDICATORS.includes(char) && startsScalar(line, index)) {
            return undefined;
        }
    }
    return quote === undefined ? line : undefined;
}
/** Characters that change a scalar's meaning when they start it: tags, anchors, aliases, block scalars, directives and reserved ones. */
const INDICATORS = '!&*|>%@`?';
/** Checks whether a scalar starts at `index`: at the line's first non-space character, or after `- ` or `: `. */
function startsScalar(line, index) {
    const before = line.slice(0, index);
    return before.trim() === '' || /(?:^|[ ])-[ ]+$/.test(before) || /:[ ]+$/.test(before);
}
/** Checks whether a value is one scalar on one line: quoted, or plain without `: `, a final `:` or a leading indicator. */
function anyScalar(text) {
    if (/^'(?:[^']|'')*'$/.test(text) || /^"[^"\\]*"$/.test(text))
        return true;
    return /^[^\s:#,?'"[\]{}&*!|>%@`-]/.test(text) && !/:(?: |$)/.test(text);
}
/** Returns a quoted or plain scalar as the string it stands for, or undefined when YAML could read it as another type or as more than one node. */
function stringScalar(text) {
    const single = /^'((?:[^']|'')*)'$/.exec(text);
    if (single)
        return single[1].replaceAll("''", "'");
    const double = /^"([^"\\]*)"$/.exec(text);
    if (double)
        return double[1];
    // Plain: no quote, no `: `, and not a number, boolean or null under YAML 1.2's core schema.
    if (!/^[A-Za-z_/][A-Za-z0-9_./*@+=,()^~$-]*$/.test(text))
        return undefined;
    return /^(?:true|false|null)$/i.test(text) ? undefined : text;
}
function unquote(key) {
    if (key.startsWith("'") || key.startsWith('"'))
        return key.slice(1, -1);
    return key;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/workspaces.ts
/**
 * Workspace packages declared by npm or yarn `workspaces` in the root
 * package.json and by `packages` in pnpm-workspace.yaml.
 */




const PNPM_WORKSPACE = 'pnpm-workspace.yaml';
/**
 * Lists the workspace packages, sorted by folder. A package is a folder
 * with a tracked package.json whose folder matches a workspace glob and no
 * `!` exclusion. A package without a `name` cannot be imported by name, so
 * it is left out. When two packages share a name, the first folder wins and
 * a warning names both.
 */
function discoverWorkspaces(index, manifests, view, warnings, parseYaml) {
    const globs = [...npmWorkspaceGlobs(manifests, warnings), ...pnpmWorkspaceGlobs(index, view, warnings, parseYaml)];
    if (globs.length === 0)
        return [];
    const includes = globs.filter((glob) => !glob.startsWith('!')).map(normalizeGlob);
    const excludes = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalizeGlob(glob.slice(1)));
    if (includes.length === 0)
        return [];
    const isIncluded = picomatch_default()(includes);
    const isExcluded = excludes.length > 0 ? picomatch_default()(excludes) : () => false;
    const folders = index
        .named('package.json')
        .map(repo_path/* folderOf */.yS)
        .filter((folder) => !folder.split('/').includes('node_modules'))
        .filter((folder) => isIncluded(folder === '' ? '.' : folder) && !isExcluded(folder))
        .sort();
    return namedPackages(folders, manifests, warnings);
}
function namedPackages(folders, manifests, warnings) {
    const packages = [];
    const byName = new Map();
    for (const folder of folders) {
        const manifest = manifests.inFolder(folder);
        const name = manifest && stringField(manifest, 'name');
        if (!manifest || name === undefined)
            continue;
        const earlier = byName.get(name);
        if (earlier) {
            warnings.add(`${manifest.path}: package name "${name}" is also used by ${earlier.manifest}. Rename one of them; impact analysis resolves "${name}" to ${earlier.folder}/.`);
            continue;
        }
        const entry = { name, folder, manifest: manifest.path };
        byName.set(name, entry);
        packages.push(entry);
    }
    return packages;
}
/** Globs from `workspaces` in the root package.json: an array, or `{ "packages": [...] }` as yarn allows. */
function npmWorkspaceGlobs(manifests, warnings) {
    const root = manifests.inFolder('');
    const field = root?.fields['workspaces'];
    if (!root || field === undefined)
        return [];
    const list = Array.isArray(field) ? field : field?.packages;
    if (Array.isArray(list) && list.every((entry) => typeof entry === 'string'))
        return list;
    warnings.add(`${root.path}: "workspaces" must be an array of globs or an object with a "packages" array of globs. Fix the field; until then impact analysis ignores it.`);
    return [];
}
/**
 * Reads `packages` from pnpm-workspace.yaml: with `readPnpmPackagesList`
 * when the file keeps to its subset, else with `parseYaml`, which the
 * caller must then give (see `needsYamlParser`).
 */
function pnpmWorkspaceGlobs(index, view, warnings, parseYaml) {
    const text = index.has(PNPM_WORKSPACE) ? view.readText(PNPM_WORKSPACE) : undefined;
    if (text === undefined)
        return [];
    const simple = readPnpmPackagesList(text);
    if (simple !== undefined)
        return simple;
    if (!parseYaml)
        throw new Error(`${PNPM_WORKSPACE} needs the YAML parser, but the resolver was created without one`);
    let document;
    try {
        document = parseYaml(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        warnings.add(`${PNPM_WORKSPACE}: invalid YAML: ${message}. Fix the syntax; until then impact analysis ignores it.`);
        return [];
    }
    const list = document?.packages;
    if (list === undefined)
        return [];
    if (Array.isArray(list) && list.every((entry) => typeof entry === 'string'))
        return list;
    warnings.add(`${PNPM_WORKSPACE}: "packages" must be a list of globs. Fix the key; until then impact analysis ignores it.`);
    return [];
}
/** Strips the `./` prefix and trailing `/` that workspace globs may carry. */
function normalizeGlob(glob) {
    let normalized = glob.trim();
    while (normalized.startsWith('./'))
        normalized = normalized.slice(2);
    while (normalized.endsWith('/'))
        normalized = normalized.slice(0, -1);
    return normalized === '' ? '.' : normalized;
}
/** Checks whether discovering the workspaces of `view` needs a full YAML parser: pnpm-workspace.yaml exists and is outside the simple subset. */
function needsYamlParser(view) {
    const text = view.readText(PNPM_WORKSPACE);
    return text !== undefined && readPnpmPackagesList(text) === undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/alias-rule.ts
/** Alias rules read from test-runner configs, and how each rewrites a specifier. */
/**
 * Rewrites `specifier` with `rule`. Returns the specifiers to try in order,
 * or undefined when the rule does not match. A string `find` matches the
 * specifier itself and any specifier that continues with `/` after it, as
 * `@rollup/plugin-alias` (which Vite uses) matches. A `find` that ends in
 * `/` also matches as a plain prefix.
 */
function rewriteWithAlias(rule, specifier) {
    if (rule.kind === 'vite') {
        const { find } = rule;
        const matches = specifier === find || specifier.startsWith(find.endsWith('/') ? find : `${find}/`);
        return matches ? [rule.replacement + specifier.slice(find.length)] : undefined;
    }
    const match = rule.pattern.exec(specifier);
    if (!match)
        return undefined;
    return rule.replacements.map((replacement) => replacement.replace(/\$(\d+)/g, (whole, group) => match[Number(group)] ?? ''));
}

// EXTERNAL MODULE: ./src/impact/resolve/config-reader.ts
var config_reader = __webpack_require__(5335);
// EXTERNAL MODULE: ./src/impact/resolve/aliases/config-object.ts
var config_object = __webpack_require__(3016);
// EXTERNAL MODULE: ./src/impact/resolve/aliases/static-value.ts
var static_value = __webpack_require__(2745);
;// CONCATENATED MODULE: ./src/impact/resolve/aliases/jest-mapper.ts




const ROOT_DIR_TOKEN = '<rootDir>';
/** Reads the mapper from a parsed JSON config: jest.config.json or the `jest` field of package.json. */
function readJestJson(configPath, config, keyPrefix, warnings) {
    const mapper = config['moduleNameMapper'];
    if (mapper === undefined)
        return [];
    if (!(0,config_reader/* isJsonObject */.O)(mapper)) {
        warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper must be an object of regular expressions to module names. Fix the value; until then it is ignored.`);
        return [];
    }
    const raw = [];
    for (const [key, value] of Object.entries(mapper)) {
        const replacements = typeof value === 'string' ? [value] : value;
        if (Array.isArray(replacements) && replacements.every((entry) => typeof entry === 'string')) {
            raw.push({ key, replacements });
        }
        else {
            warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper["${key}"] must be a string or an array of strings. Fix the value; until then it is ignored.`);
        }
    }
    const rootDir = typeof config['rootDir'] === 'string' ? config['rootDir'] : undefined;
    const configFolder = (0,repo_path/* folderOf */.yS)(configPath);
    const rootFolder = rootDir === undefined ? configFolder : (0,repo_path/* joinInRepository */.yz)(configFolder, rootDir) ?? configFolder;
    return compileRules(configPath, rootFolder, raw, warnings);
}
/** Reads the mapper from a jest.config.js, .mjs, .cjs, .ts, .mts or .cts file. */
function readJestSource(configPath, text, warnings) {
    const source = (0,static_value/* parseConfigSource */.p5)(configPath, text);
    const context = (0,static_value/* createEvaluationContext */.Ye)(configPath, source);
    const objects = (0,config_object/* exportedConfigObjects */.c5)(source, context);
    if (objects.length === 0) {
        if (text.includes('moduleNameMapper')) {
            warnings.add(`${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so moduleNameMapper is skipped. Export the config as an object literal.`);
        }
        return [];
    }
    const raw = [];
    let rootFolder = (0,repo_path/* folderOf */.yS)(configPath);
    for (const object of objects) {
        const rootDirValue = (0,config_object/* propertyValue */.Nw)(object, 'rootDir');
        if (rootDirValue)
            rootFolder = evaluateRootDir(configPath, rootDirValue, context, warnings) ?? rootFolder;
        const mapper = (0,config_object/* asObjectLiteral */.r7)((0,config_object/* propertyValue */.Nw)(object, 'moduleNameMapper'), context);
        if (mapper)
            raw.push(...readMapperObject(configPath, mapper, context, warnings));
    }
    return compileRules(configPath, rootFolder, raw, warnings);
}
function readMapperObject(configPath, mapper, context, warnings) {
    const raw = [];
    for (const property of mapper.properties) {
        const key = property.kind === 'property' ? property.name : undefined;
        if (property.kind !== 'property' || key === undefined) {
            warnings.add(`${configPath}: moduleNameMapper entry ${property.text} is not a static value, so impact analysis skips it. Write each entry as "regular expression": "module name".`);
            continue;
        }
        const array = (0,config_object/* asArrayLiteral */.R2)(property.value, context);
        const values = array
            ? array.elements.map((element) => element && (0,static_value/* evaluateString */.H8)(element, context))
            : [(0,static_value/* evaluateString */.H8)(property.value, context)];
        if (values.some((value) => value === undefined)) {
            warnings.add(`${configPath}: moduleNameMapper["${key}"] (${property.value.text}) is not a static value, so impact analysis skips it. Write the module name as a string literal with <rootDir>.`);
            continue;
        }
        raw.push({ key, replacements: values });
    }
    return raw;
}
/** Evaluates `rootDir`, relative to the config's folder, to the repository folder that `<rootDir>` expands to. */
function evaluateRootDir(configPath, value, context, warnings) {
    const evaluated = (0,static_value/* evaluateString */.H8)(value, context);
    if (evaluated === undefined) {
        warnings.add(`${configPath}: rootDir (${value.text}) is not a static value, so <rootDir> expands to the config's folder. Write rootDir as a string literal.`);
        return undefined;
    }
    return (0,static_value/* toRepositoryPath */.Bd)(evaluated) ?? (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(configPath), evaluated);
}
function compileRules(configPath, rootDir, raw, warnings) {
    const rules = [];
    for (const { key, replacements } of raw) {
        let pattern;
        try {
            pattern = new RegExp(key);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            warnings.add(`${configPath}: moduleNameMapper key "${key}" is not a valid regular expression (${message}). Fix the key; until then it is ignored.`);
            continue;
        }
        rules.push({
            kind: 'jest',
            pattern,
            replacements: replacements.map((replacement) => replacement.replaceAll(ROOT_DIR_TOKEN, (0,static_value/* toVirtualPath */.In)(rootDir))),
            label: `jest moduleNameMapper "${key}" in ${configPath}`,
        });
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/vite-aliases.ts



const STATIC_FORMS = "a string literal, path.resolve(__dirname, '…') or fileURLToPath(new URL('…', import.meta.url))";
/** Sections that contain aliases: `resolve.alias` for vite and vitest, `test.alias` for vitest only. */
const ALIAS_SECTIONS = ['resolve', 'test'];
function readViteAliases(configPath, text, warnings) {
    // An alias section needs the word `alias` in the text, unless an escape spells it, so the other configs are not parsed: 163 of vitest-dev/vitest's 169.
    if (!text.includes('alias') && !text.includes('\\'))
        return [];
    const runner = /(?:^|\/)vitest\.config\.[^/]+$/.test(configPath) ? 'vitest' : 'vite';
    const source = (0,static_value/* parseConfigSource */.p5)(configPath, text);
    const context = (0,static_value/* createEvaluationContext */.Ye)(configPath, source);
    const objects = (0,config_object/* exportedConfigObjects */.c5)(source, context);
    if (objects.length === 0) {
        if (/\balias\b/.test(text)) {
            warnings.add(`${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so its aliases are skipped. Export the config as an object literal or defineConfig({ … }).`);
        }
        return [];
    }
    const reader = new AliasReader(configPath, runner, context, warnings);
    for (const object of objects) {
        for (const section of ALIAS_SECTIONS) {
            const sectionObject = (0,config_object/* asObjectLiteral */.r7)((0,config_object/* propertyValue */.Nw)(object, section), context);
            const alias = sectionObject && (0,config_object/* propertyValue */.Nw)(sectionObject, 'alias');
            if (alias)
                reader.readAliasValue(alias, `${section}.alias`);
        }
    }
    return reader.rules;
}
class AliasReader {
    configPath;
    runner;
    context;
    warnings;
    rules = [];
    constructor(configPath, runner, context, warnings) {
        this.configPath = configPath;
        this.runner = runner;
        this.context = context;
        this.warnings = warnings;
    }
    readAliasValue(value, key) {
        const object = (0,config_object/* asObjectLiteral */.r7)(value, this.context);
        if (object)
            return this.readObjectForm(object, key);
        const array = (0,config_object/* asArrayLiteral */.R2)(value, this.context);
        if (array)
            return this.readArrayForm(array, key);
        // An imported value is not followed into its module. Such a module may
        // build the aliases at runtime, as vuejs/core's scripts/aliases.js does
        // from the package folders it lists with readdirSync, and reading only its
        // literal part would give a partial list that looks complete.
        const module = value.kind === 'identifier' ? this.context.imported.get(value.name) : undefined;
        if (module !== undefined) {
            this.warnings.add(`${this.configPath}: ${key} is ${value.text}, imported from "${module}", and impact analysis does not follow imports into other modules, so it skips these aliases. Imports through them still resolve where they name workspace packages or tsconfig paths. To have them read, write the aliases in ${this.configPath} as { find: replacement } or [{ find, replacement }] with string literals or path.resolve(__dirname, '…').`);
            return;
        }
        this.warnings.add(`${this.configPath}: ${key} is not an object or array literal, so impact analysis skips it. Write the aliases inline as { find: replacement } or [{ find, replacement }].`);
    }
    readObjectForm(object, key) {
        for (const property of object.properties) {
            if (property.kind !== 'property' || property.name === undefined) {
                this.warnDynamic(`${key} entry ${property.text}`, 'Write each alias as "find": replacement');
                continue;
            }
            this.addRule(property.name, property.value, `${key}["${property.name}"]`);
        }
    }
    readArrayForm(array, key) {
        array.elements.forEach((element, position) => {
            const entryKey = `${key}[${position}]`;
            const entry = element && (0,config_object/* asObjectLiteral */.r7)(element, this.context);
            const find = entry && (0,config_object/* propertyValue */.Nw)(entry, 'find');
            const replacement = entry && (0,config_object/* propertyValue */.Nw)(entry, 'replacement');
            if (!find || !replacement) {
                this.warnDynamic(entryKey, 'Write each entry as { find: "…", replacement: … }');
                return;
            }
            if (find.kind === 'regex') {
                this.warnings.add(`${this.configPath}: ${entryKey}.find is a regular expression (${find.text}); impact analysis reads only string finds and skips this alias. Use a string find if the alias is a plain prefix.`);
                return;
            }
            const findText = (0,static_value/* evaluateString */.H8)(find, this.context);
            if (findText === undefined) {
                this.warnDynamic(`${entryKey}.find`, 'Write find as a string literal');
                return;
            }
            this.addRule(findText, replacement, `${entryKey}.replacement`);
        });
    }
    addRule(find, value, key) {
        const replacement = (0,static_value/* evaluateString */.H8)(value, this.context);
        if (replacement === undefined) {
            this.warnDynamic(`${key} (${value.text})`, `Write the replacement as ${STATIC_FORMS}`);
            return;
        }
        // A computed path that climbs above VIRTUAL_ROOT comes out as another absolute path, which
        // would otherwise read as relative to the Vite root. A literal "/src" really is one.
        const leavesRepository = value.kind !== 'string' && replacement.startsWith('/') && (0,static_value/* toRepositoryPath */.Bd)(replacement) === undefined;
        if (leavesRepository) {
            this.warnings.add(`${this.configPath}: ${key} (${value.text}) points outside the repository, so impact analysis skips this alias. Point it at a folder inside the repository if imports through it should count.`);
            return;
        }
        this.rules.push({
            kind: 'vite',
            find,
            replacement,
            rootFolder: (0,repo_path/* folderOf */.yS)(this.configPath),
            label: `${this.runner} alias "${find}" in ${this.configPath}`,
        });
    }
    warnDynamic(key, fix) {
        this.warnings.add(`${this.configPath}: ${key} is not a static value, so impact analysis skips this alias. ${fix}.`);
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/alias-scopes.ts



const SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
const VITEST_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`);
const VITE_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`);
const JEST_CONFIGS = [...SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];
class AliasScopes {
    index;
    view;
    reader;
    manifests;
    warnings;
    viteByFolder = new Map();
    jestByFolder = new Map();
    rulesByFolder = new Map();
    /** Reads every vite, vitest and jest config file up front, so that their warnings are complete. */
    constructor(index, view, reader, manifests, warnings) {
        this.index = index;
        this.view = view;
        this.reader = reader;
        this.manifests = manifests;
        this.warnings = warnings;
        for (const name of [...VITEST_CONFIGS, ...VITE_CONFIGS]) {
            for (const path of index.named(name))
                this.viteScope((0,repo_path/* folderOf */.yS)(path));
        }
        for (const name of JEST_CONFIGS) {
            for (const path of index.named(name))
                this.jestScope((0,repo_path/* folderOf */.yS)(path));
        }
    }
    /** Returns the rules that apply to `importer`, in the order they are tried. Cached per folder. */
    rulesFor(importer) {
        const folder = (0,repo_path/* folderOf */.yS)(importer);
        let rules = this.rulesByFolder.get(folder);
        if (!rules) {
            rules = [...(this.viteScope(folder)?.rules ?? []), ...(this.jestScope(folder)?.rules ?? [])];
            this.rulesByFolder.set(folder, rules);
        }
        return rules;
    }
    /** Returns the folder of the nearest vite or vitest config, which Vite treats as the root for `/src/x` specifiers. */
    viteRootFor(importer) {
        return this.viteScope((0,repo_path/* folderOf */.yS)(importer))?.folder;
    }
    viteScope(folder) {
        if (this.viteByFolder.has(folder))
            return this.viteByFolder.get(folder);
        const configs = [firstTracked(this.index, folder, VITEST_CONFIGS), firstTracked(this.index, folder, VITE_CONFIGS)];
        let scope;
        if (configs.some((path) => path !== undefined)) {
            const rules = configs.flatMap((path) => (path === undefined ? [] : this.readSource(path, readViteAliases)));
            scope = { folder, rules };
        }
        else if (folder !== '') {
            scope = this.viteScope((0,repo_path/* folderOf */.yS)(folder));
        }
        this.viteByFolder.set(folder, scope);
        return scope;
    }
    jestScope(folder) {
        if (this.jestByFolder.has(folder))
            return this.jestByFolder.get(folder);
        let scope;
        const configPath = firstTracked(this.index, folder, JEST_CONFIGS);
        const packageJest = configPath === undefined ? this.manifests.inFolder(folder)?.fields['jest'] : undefined;
        if (configPath?.endsWith('.json')) {
            const config = this.reader.readJson(configPath);
            scope = { folder, rules: config ? readJestJson(configPath, config, '', this.warnings) : [] };
        }
        else if (configPath !== undefined) {
            scope = { folder, rules: this.readSource(configPath, readJestSource) };
        }
        else if (packageJest !== undefined) {
            scope = { folder, rules: this.readPackageJest(folder, packageJest) };
        }
        else if (folder !== '') {
            scope = this.jestScope((0,repo_path/* folderOf */.yS)(folder));
        }
        this.jestByFolder.set(folder, scope);
        return scope;
    }
    readPackageJest(folder, field) {
        const manifestPath = folder === '' ? 'package.json' : `${folder}/package.json`;
        if (typeof field !== 'object' || field === null || Array.isArray(field)) {
            this.warnings.add(`${manifestPath}: "jest" must be an object of jest options. Fix the field; until then it is ignored.`);
            return [];
        }
        return readJestJson(manifestPath, field, 'jest.', this.warnings);
    }
    readSource(path, read) {
        const text = this.view.readText(path);
        return text === undefined ? [] : read(path, text, this.warnings);
    }
}
function firstTracked(index, folder, names) {
    for (const name of names) {
        const path = folder === '' ? name : `${folder}/${name}`;
        if (index.has(path))
            return path;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/file-sets.ts
/**
 * Files that a glob import (`import.meta.glob('./pages/*.tsx')`) or a
 * dynamic import with a static prefix and suffix (`./locales/${lang}.json`)
 * may load. Both walk only the folder below the static part of the pattern.
 */


/**
 * Tracked files that match `glob`, a repository-relative pattern, sorted.
 * Wildcards skip names that start with a dot unless the pattern spells the dot.
 */
function filesMatchingGlob(index, glob) {
    const { base } = picomatch_default().scan(glob);
    const isMatch = picomatch_default()(glob);
    const matches = [];
    for (const file of index.filesUnder(base)) {
        if (isMatch(file))
            matches.push(file);
    }
    return matches.sort();
}
/**
 * Tracked files whose path starts with `prefix` and ends with `suffix`,
 * sorted. The prefix is a repository path that may end inside a file name
 * (`src/locales/messages-`) or with `/`.
 */
function filesWithPrefix(index, prefix, suffix) {
    const folder = prefix.endsWith('/') ? prefix.slice(0, -1) : (0,repo_path/* folderOf */.yS)(prefix);
    const matches = [];
    for (const file of index.filesUnder(folder)) {
        if (file.startsWith(prefix) && file.endsWith(suffix) && file.length >= prefix.length + suffix.length) {
            matches.push(file);
        }
    }
    return matches.sort();
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/specifier.ts
/** Parsing of bare specifiers (`lodash/fp`, `@scope/name/sub`) and Node builtins. */

/** Splits a bare specifier into package name and subpath; undefined for `@scope` alone or an empty name. */
function parseBareSpecifier(specifier) {
    const segments = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    if (segments.length < nameLength || segments.slice(0, nameLength).some((segment) => segment === '')) {
        return undefined;
    }
    const name = segments.slice(0, nameLength).join('/');
    const rest = segments.slice(nameLength).join('/');
    return { name, subpath: rest === '' ? '.' : `./${rest}` };
}
/**
 * Returns `node:<name>` when `specifier` names a module built into the Node
 * version that runs the resolver, with or without the `node:` prefix.
 */
function builtinModuleName(specifier) {
    if (!(0,external_node_module_.isBuiltin)(specifier))
        return undefined;
    return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
}
/** Returns whether the specifier is relative to the importer: `.`, `..`, `./x` or `../x`. */
function isRelativeSpecifier(specifier) {
    return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}
/** URL scheme of the specifier (`https:`, `data:`, `virtual:`), or undefined. */
function schemeOf(specifier) {
    return /^([a-z][a-z0-9+.-]*):/i.exec(specifier)?.[1]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolution.ts
function unresolved(reason) {
    return { kind: 'unresolved', reason };
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/tsconfig-file.ts

/** Template that TypeScript 5.5 and later replaces with the folder of the config being compiled. */
const CONFIG_DIR_TEMPLATE = '${configDir}';
/**
 * Resolves a path option written in the config at `declaredFolder`. A value
 * starting with `${configDir}` is relative to `configDir`, the folder of the
 * config being compiled. Returns undefined for a path outside the repository.
 */
function resolveTemplate(value, declaredFolder, configDir) {
    if (value.startsWith(CONFIG_DIR_TEMPLATE)) {
        const rest = value.slice(CONFIG_DIR_TEMPLATE.length).replace(/^\/+/, '');
        return (0,repo_path/* joinInRepository */.yz)(configDir, rest === '' ? '.' : rest);
    }
    return (0,repo_path/* joinInRepository */.yz)(declaredFolder, value);
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/path-mapping.ts
/**
 * Matching of a specifier against tsconfig `paths`, as TypeScript does it: a
 * key without `*` must equal the specifier and wins over patterns, and among
 * `*` patterns the one with the longest text before `*` wins.
 */

function matchPaths(paths, specifier) {
    const key = bestKey(Object.keys(paths.patterns), specifier);
    if (key === undefined)
        return undefined;
    const star = key.indexOf('*');
    const captured = star < 0 ? '' : specifier.slice(star, specifier.length - (key.length - star - 1));
    const candidates = [];
    for (const substitution of paths.patterns[key] ?? []) {
        const candidate = substitutePath(paths, substitution.replace('*', captured));
        if (candidate !== undefined)
            candidates.push(candidate);
    }
    return { key, candidates };
}
/** Finds the key that matches `specifier`, or returns undefined. */
function bestKey(keys, specifier) {
    if (keys.includes(specifier) && !specifier.includes('*'))
        return specifier;
    let best;
    let bestPrefix = -1;
    for (const key of keys) {
        const star = key.indexOf('*');
        if (star < 0 || key.indexOf('*', star + 1) >= 0)
            continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        const fits = specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
        if (fits && prefix.length > bestPrefix) {
            best = key;
            bestPrefix = prefix.length;
        }
    }
    return best;
}
/** Resolves one substitution against `paths.base`, or against the compiled config's folder for `${configDir}`. */
function substitutePath(paths, substitution) {
    return resolveTemplate(substitution, paths.base, paths.configDir);
}

;// CONCATENATED MODULE: ./src/impact/resolve/dynamic-imports.ts
/**
 * Resolves the specifiers that may name many files: globs such as
 * `import.meta.glob('./pages/*.tsx')`, and the static prefix and suffix of a
 * dynamic import such as `import(\`./locales/${lang}.json\`)`. The prefix or
 * the glob's folder may be relative, relative to the Vite root (`/src/…`), or
 * go through an alias. A prefix may also go through a tsconfig `paths` key
 * of the form `prefix/*`, or name a folder of a package in the repository.
 */







class DynamicImports {
    index;
    aliases;
    tsconfigs;
    locator;
    constructor(index, aliases, tsconfigs, locator) {
        this.index = index;
        this.aliases = aliases;
        this.tsconfigs = tsconfigs;
        this.locator = locator;
    }
    /** Resolves a glob to every tracked file that matches it, as `files`. The list is empty when none matches. */
    resolveGlob(importer, glob) {
        if (glob.startsWith('!')) {
            return unresolved(`glob "${glob}" in ${importer} is an exclusion; it selects files only together with other globs`);
        }
        const location = this.locate(importer, glob, false);
        if (!location) {
            return unresolved(`glob "${glob}" in ${importer} is neither relative, relative to the Vite root, nor aliased`);
        }
        const via = location.rule === undefined ? `glob "${glob}"` : `glob "${glob}" through ${location.rule}`;
        return { kind: 'files', paths: filesMatchingGlob(this.index, location.path), via };
    }
    /**
     * Resolves a prefix to every tracked file whose path starts with it and
     * ends with `suffix`, as `files`. The list is empty when none matches. A prefix that
     * names a whole package outside the repository (`lodash/` + x) is external.
     */
    resolvePrefix(importer, prefix, suffix) {
        const location = this.locate(importer, prefix, true);
        if (!location) {
            const bare = parseBareSpecifier(prefix);
            if (bare && prefix.startsWith(`${bare.name}/`))
                return { kind: 'external', packageName: bare.name };
            return unresolved(`dynamic import prefix "${prefix}" in ${importer} is neither relative, relative to the Vite root, aliased nor mapped by tsconfig paths`);
        }
        const described = `dynamic import prefix "${prefix}" with suffix "${suffix}"`;
        const via = location.rule === undefined ? described : `${described} through ${location.rule}`;
        return { kind: 'files', paths: filesWithPrefix(this.index, location.path, suffix), via };
    }
    locate(importer, specifier, allowPaths) {
        // joinInRepository drops a trailing slash, but for a prefix it separates `locales/` from `localesX.json`.
        const withTrailing = (path) => {
            if (path === undefined || path === '' || !specifier.endsWith('/'))
                return path;
            return `${path}/`;
        };
        if (isRelativeSpecifier(specifier)) {
            const path = withTrailing((0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(importer), specifier));
            return path === undefined ? undefined : { path };
        }
        if (specifier.startsWith('/')) {
            const root = this.aliases.viteRootFor(importer) ?? '';
            const path = withTrailing((0,repo_path/* joinInRepository */.yz)(root, specifier.slice(1)));
            return path === undefined ? undefined : { path, rule: `the Vite root ${root === '' ? 'at the repository root' : root}` };
        }
        const aliased = this.locateThroughAlias(importer, specifier, withTrailing);
        if (aliased || !allowPaths)
            return aliased;
        return this.locateThroughPaths(importer, specifier, withTrailing) ?? this.locateInPackage(importer, specifier, withTrailing);
    }
    /**
     * Maps `@acme/ui/icons/` to the folder of a package in the repository.
     * NOTE: this reads the subpath as a folder of the package and ignores
     * `exports`, which may map it elsewhere.
     */
    locateInPackage(importer, specifier, withTrailing) {
        const bare = parseBareSpecifier(specifier);
        if (!bare || !specifier.startsWith(`${bare.name}/`))
            return undefined;
        const located = this.locator.locate(bare.name, (0,repo_path/* folderOf */.yS)(importer));
        const path = located && withTrailing((0,repo_path/* joinInRepository */.yz)(located.folder, specifier.slice(bare.name.length + 1)));
        return path === undefined || !located ? undefined : { path, rule: `${located.via} in ${located.folder}/` };
    }
    locateThroughAlias(importer, specifier, withTrailing) {
        for (const rule of this.aliases.rulesFor(importer)) {
            if (rule.kind !== 'vite')
                continue;
            const [target] = rewriteWithAlias(rule, specifier) ?? [];
            if (target === undefined)
                continue;
            let path = (0,static_value/* toRepositoryPath */.Bd)(target);
            if (path === undefined && target.startsWith('/'))
                path = (0,repo_path/* joinInRepository */.yz)(rule.rootFolder, target.slice(1));
            if (path === undefined && isRelativeSpecifier(target))
                path = (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(importer), target);
            const located = withTrailing(path);
            return located === undefined ? undefined : { path: located, rule: rule.label };
        }
        return undefined;
    }
    /** Maps a prefix through a `paths` key that ends in `*`, such as `"@/*": ["./src/*"]`. */
    locateThroughPaths(importer, specifier, withTrailing) {
        const paths = this.tsconfigs.forFile(importer)?.paths;
        if (!paths)
            return undefined;
        let bestKey;
        for (const key of Object.keys(paths.patterns)) {
            if (!key.endsWith('*') || key.indexOf('*') !== key.length - 1)
                continue;
            const keyPrefix = key.slice(0, -1);
            if (specifier.startsWith(keyPrefix) && (bestKey === undefined || keyPrefix.length > bestKey.length - 1))
                bestKey = key;
        }
        const substitution = bestKey === undefined ? undefined : paths.patterns[bestKey]?.[0];
        if (bestKey === undefined || substitution === undefined || !substitution.endsWith('*'))
            return undefined;
        const captured = specifier.slice(bestKey.length - 1);
        const path = withTrailing(substitutePath(paths, substitution.slice(0, -1) + captured));
        return path === undefined ? undefined : { path, rule: `tsconfig paths "${bestKey}" in ${paths.declaredIn}` };
    }
}

// EXTERNAL MODULE: ./src/impact/resolve/file-index.ts
var file_index = __webpack_require__(2346);
// EXTERNAL MODULE: ./src/impact/resolve/module-file.ts
var module_file = __webpack_require__(9652);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/built-output.ts

/** Config files in a package folder that commonly hold the build's `outDir`, most specific first. */
const BUILD_CONFIG_NAMES = ['tsconfig.build.json', 'tsconfig.lib.json', 'tsconfig.json'];
/**
 * Source extensions to try per output extension, in order. Bundlers such as
 * tsup emit `.mjs` and `.cjs` from `.ts`, so those list `.ts` as well.
 */
const SOURCE_EXTENSIONS = [
    [/\.d\.ts$|\.jsx?$/, ['.ts', '.tsx', '.js', '.jsx']],
    [/\.d\.mts$|\.mjs$/, ['.mts', '.ts', '.tsx', '.mjs', '.js']],
    [/\.d\.cts$|\.cjs$/, ['.cts', '.ts', '.tsx', '.cjs', '.js']],
];
class BuiltOutputMapper {
    index;
    loader;
    constructor(index, loader) {
        this.index = index;
        this.loader = loader;
    }
    /** Finds the tracked source of `output`, a path inside `packageFolder` that is not tracked. */
    map(output, packageFolder) {
        if (!(0,repo_path/* isInside */.FK)(output, packageFolder))
            return undefined;
        return this.mapThroughOutDir(output, packageFolder) ?? this.mapToSameName(output, packageFolder);
    }
    mapThroughOutDir(output, packageFolder) {
        for (const config of this.buildConfigs(packageFolder)) {
            const outDir = config.outDir;
            if (!outDir || !(0,repo_path/* isInside */.FK)(output, outDir.path) || output === outDir.path)
                continue;
            const relative = (0,repo_path/* relativeInside */.JA)(output, outDir.path);
            const roots = config.rootDir ? [config.rootDir.path] : [`${packageFolder}/src`, packageFolder];
            for (const root of roots) {
                const stem = (0,repo_path/* joinInRepository */.yz)(root, relative);
                const source = stem === undefined ? undefined : this.sourceFor(stem);
                if (source !== undefined) {
                    return {
                        path: source,
                        note: `built output ${output} is not tracked; mapped to ${source} through outDir "${outDir.written}" in ${outDir.declaredIn}`,
                    };
                }
            }
        }
        return undefined;
    }
    /** Tries `src/` plus the output path with its first one, two, … segments dropped: `dist/esm/a.js` gives `src/esm/a`, `src/a`. */
    mapToSameName(output, packageFolder) {
        const segments = (0,repo_path/* relativeInside */.JA)(output, packageFolder).split('/');
        const sourceFolder = packageFolder === '' ? 'src' : `${packageFolder}/src`;
        for (let dropped = 1; dropped < segments.length; dropped++) {
            const stem = (0,repo_path/* joinInRepository */.yz)(sourceFolder, segments.slice(dropped).join('/'));
            const source = stem === undefined ? undefined : this.sourceFor(stem);
            if (source !== undefined) {
                return { path: source, note: `built output ${output} is not tracked; mapped to the same-name file ${source}` };
            }
        }
        return undefined;
    }
    /** Finds the tracked source of an output path: the same stem with a source extension, or the same name for assets. */
    sourceFor(outputPath) {
        for (const [pattern, extensions] of SOURCE_EXTENSIONS) {
            const match = pattern.exec(outputPath);
            if (!match)
                continue;
            const stem = outputPath.slice(0, match.index);
            return extensions.map((extension) => stem + extension).find((path) => this.index.has(path));
        }
        return this.index.has(outputPath) ? outputPath : undefined;
    }
    /** Lists the package's build configs and the projects they reference, without duplicates. */
    buildConfigs(packageFolder) {
        const configs = [];
        const seen = new Set();
        const add = (path) => {
            if (seen.has(path))
                return;
            seen.add(path);
            const config = this.loader.load(path);
            if (!config)
                return;
            configs.push(config);
            config.references.forEach(add);
        };
        for (const name of BUILD_CONFIG_NAMES)
            add(packageFolder === '' ? name : `${packageFolder}/${name}`);
        return configs;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/conditions.ts
/** Condition names active when the resolver evaluates package.json `exports` and `imports`. */
/**
 * Active conditions per mode; `default` always matches. `development` is on
 * for `import` and `require` because test runners and dev servers load the
 * development build. `types` follows TypeScript, which matches `types`,
 * `import` and `node` for an ESM import.
 */
const ACTIVE_CONDITIONS = {
    import: ['import', 'node', 'development'],
    require: ['require', 'node', 'development'],
    types: ['types', 'import', 'node'],
};
/** package.json entry fields tried in order when a package has no `exports`. */
const ENTRY_FIELDS = {
    import: ['module', 'main', 'types', 'typings'],
    require: ['main', 'types', 'typings'],
    types: ['types', 'typings', 'module', 'main'],
};

// EXTERNAL MODULE: ./src/impact/resolve/packages/exports-map.ts
var exports_map = __webpack_require__(2655);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/package-entry.ts






class PackageEntries {
    index;
    manifests;
    builtOutput;
    warnings;
    constructor(index, manifests, builtOutput, warnings) {
        this.index = index;
        this.manifests = manifests;
        this.builtOutput = builtOutput;
        this.warnings = warnings;
    }
    /** Resolves `subpath` (`.` or `./x`) of a located package. */
    resolve(located, subpath, mode) {
        const manifest = this.manifests.inFolder(located.folder);
        if (manifest && manifest.fields['exports'] !== undefined) {
            return this.resolveThroughExports(located, manifest, subpath, mode);
        }
        if (subpath === '.')
            return this.resolveEntryFields(located, manifest, mode);
        const target = (0,repo_path/* joinInRepository */.yz)(located.folder, subpath);
        const file = target === undefined ? undefined : this.fileForTarget(target, located.folder);
        if (file)
            return { kind: 'file', path: file.path, via: withNote(`${located.via} file "${subpath}"`, file) };
        return unresolved(`${located.via} has no tracked file for "${subpath}" in ${located.folder}/`);
    }
    /**
     * Finds the tracked file for a target path inside `packageFolder`: the
     * path itself or its TypeScript source, then a folder's index file, then
     * the source of untracked build output.
     */
    fileForTarget(target, packageFolder) {
        const direct = (0,module_file/* findFileWithExtensions */.Kj)(this.index, target, 'typescript') ?? (0,module_file/* findFolderIndex */.WJ)(this.index, target, 'typescript');
        if (direct !== undefined)
            return { path: direct };
        return this.builtOutput.map(target, packageFolder);
    }
    resolveThroughExports(located, manifest, subpath, mode) {
        const lookup = (0,exports_map/* lookupExports */.gs)(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS[mode]);
        switch (lookup.kind) {
            case 'no-match':
                return unresolved(`${located.via} does not export "${subpath}" (see "exports" in ${manifest.path})`);
            case 'excluded':
                return unresolved(`${located.via} excludes "${subpath}" under the ${mode} conditions (key "${lookup.key}" in ${manifest.path})`);
            case 'invalid':
                this.warnings.add(`${manifest.path}: invalid "exports": ${lookup.reason}. Fix the field as Node's documentation on package exports describes.`);
                return unresolved(`${manifest.path} has an invalid "exports" field: ${lookup.reason}`);
            case 'targets':
                break;
        }
        const tried = [];
        for (const target of lookup.targets) {
            if (target.kind !== 'path')
                continue;
            tried.push(target.path);
            const path = (0,repo_path/* joinInRepository */.yz)(located.folder, target.path);
            if (path === undefined || !(0,repo_path/* isInside */.FK)(path, located.folder))
                continue;
            const file = this.fileForTarget(path, located.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(`${located.via} exports "${lookup.key}"`, file) };
        }
        return unresolved(`${located.via} exports "${lookup.key}" as ${tried.join(', ')}, but no tracked file or source under src/ matches`);
    }
    resolveEntryFields(located, manifest, mode) {
        for (const field of ENTRY_FIELDS[mode]) {
            const value = manifest && stringField(manifest, field);
            const path = value === undefined ? undefined : (0,repo_path/* joinInRepository */.yz)(located.folder, value);
            if (path === undefined || !(0,repo_path/* isInside */.FK)(path, located.folder))
                continue;
            const file = this.fileForTarget(path, located.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(`${located.via} ${field} "${value}"`, file) };
        }
        const indexFile = (0,module_file/* findFolderIndex */.WJ)(this.index, located.folder, 'typescript');
        if (indexFile !== undefined)
            return { kind: 'file', path: indexFile, via: `${located.via} index file` };
        return unresolved(`${located.via} in ${located.folder}/ has no "exports", no entry field that matches a tracked file, and no index file`);
    }
}
/** Appends the build-output mapping note to a `via` text. */
function withNote(via, file) {
    return file.note === undefined ? via : `${via} (${file.note})`;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/package-locator.ts

class PackageLocator {
    index;
    view;
    manifests;
    byName;
    realPaths = new Map();
    /** Whether each `node_modules` folder exists, tracked or on disk. */
    moduleFolders = new Map();
    constructor(index, view, workspaces, manifests) {
        this.index = index;
        this.view = view;
        this.manifests = manifests;
        this.byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));
    }
    /**
     * Locates package `name` for an importer in `fromFolder`. A workspace
     * package wins. Otherwise each `node_modules/<name>` from the importer's
     * folder up to the root is tried, as Node walks them, and the first that
     * is tracked or links to a tracked folder wins.
     */
    locate(name, fromFolder) {
        const workspace = this.byName.get(name);
        if (workspace)
            return { name, folder: workspace.folder, via: `workspace package ${name}` };
        const self = this.selfReference(name, fromFolder);
        if (self)
            return self;
        for (const folder of (0,repo_path/* selfAndAncestors */.Qy)(fromFolder)) {
            if (!this.hasModuleFolder(folder))
                continue;
            const link = (0,repo_path/* joinInRepository */.yz)(folder, `node_modules/${name}`);
            if (link === undefined)
                continue;
            if (this.index.hasFolder(link))
                return { name, folder: link, via: `package ${name} tracked in ${link}` };
            const target = this.realPathOf(link);
            if (target !== undefined && target !== link && this.index.hasFolder(target)) {
                return { name, folder: target, via: `package ${name} through the symlink ${link} -> ${target}` };
            }
        }
        return undefined;
    }
    /**
     * Returns the package that contains `fromFolder` when `name` is its own
     * name and it has `exports`: Node lets a package import itself that way,
     * as in `import 'hono/jsx'` inside hono, before it looks in node_modules.
     */
    selfReference(name, fromFolder) {
        const scope = this.manifests?.nearest(fromFolder);
        if (scope === undefined || scope.fields['name'] !== name || scope.fields['exports'] === undefined)
            return undefined;
        return { name, folder: scope.folder, via: `package ${name} itself, through the "exports" of ${scope.path}` };
    }
    /**
     * Returns whether `folder/node_modules` exists, once per folder. Most
     * folders have none, and asking for the real path of every package name
     * in each of them cost more than resolving all the relative imports.
     */
    hasModuleFolder(folder) {
        const modules = folder === '' ? 'node_modules' : `${folder}/node_modules`;
        let present = this.moduleFolders.get(modules);
        if (present === undefined) {
            present = this.index.hasFolder(modules) || (this.view.hasFolderOnDisk?.(modules) ?? this.view.realPath !== undefined);
            this.moduleFolders.set(modules, present);
        }
        return present;
    }
    /** Calls `realPath` once per link, because on disk each call is a system call. */
    realPathOf(link) {
        if (this.realPaths.has(link))
            return this.realPaths.get(link);
        const target = this.view.realPath?.(link);
        this.realPaths.set(link, target);
        return target;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolution-memo.ts
class ResolutionMemo {
    entries = new Map();
    /**
     * Returns the remembered resolution of `key` for `importer`, or computes
     * and remembers it. `key` must hold everything except the tsconfig that the
     * resolution reads of the importer: its folder, flavor, specifier and conditions.
     */
    resolve(key, importer, tsconfigOf, compute) {
        const entry = this.entries.get(key);
        if (entry?.shared)
            return entry.shared;
        const known = entry?.byTsconfig && entry.byTsconfig.get(tsconfigOf(importer));
        if (known)
            return known;
        const { resolution, readTsconfig } = compute();
        // A reason that names the importer does not fit the other files of the folder.
        if (resolution.kind === 'unresolved' && resolution.reason.includes(importer))
            return resolution;
        if (!readTsconfig) {
            this.entries.set(key, { shared: resolution });
        }
        else {
            const byTsconfig = entry?.byTsconfig ?? new Map();
            byTsconfig.set(tsconfigOf(importer), resolution);
            this.entries.set(key, { byTsconfig });
        }
        return resolution;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/file-membership.ts
/**
 * Whether a tsconfig compiles a file, from its `files`, `include` and
 * `exclude`, so that a file picks the project among `references` that owns
 * it. Follows TypeScript's defaults: without `files` and `include` the
 * config includes every file below its folder, and without `exclude` it
 * excludes node_modules, bower_components, jspm_packages and `outDir`.
 */


const DEFAULT_EXCLUDES = ['node_modules', 'bower_components', 'jspm_packages'];
const SLASH = 0x2f;
/** A path with an empty segment, a `.` or `..` segment, or a trailing `/`, none of which `git ls-files` prints. */
const UNLISTED_PATH = /(?:^|\/)(?:\.\.?)?(?:\/|$)/;
function createMembershipTest(config) {
    const { files, include, exclude } = config.selection;
    const listed = new Set(files ?? []);
    let includes = include ?? [];
    if (include === undefined && files === undefined)
        includes = [config.folder === '' ? '**/*' : `${config.folder}/**/*`];
    const excludes = exclude ?? defaultExcludes(config);
    const isIncluded = globTest(includes.map(toGlob));
    // Built on the first included file, because many configs of a repository include none of the files asked about.
    let isExcluded;
    return (path) => listed.has(path) || (isIncluded(path) && !(isExcluded ??= globTest(excludes.map(toGlob)))(path));
}
/**
 * Returns a test whether a path matches any of `globs`, with the result of
 * `picomatch(globs)` under its default options: a non-empty path that equals
 * a glob or matches its regular expression. The expressions of globstar
 * patterns backtrack, so a glob with a static folder (`pkg/src/**`) is
 * run only for paths in that folder, which are the only ones it can match.
 */
function globTest(globs) {
    if (globs.length === 0)
        return () => false;
    const patterns = globs.map((glob) => new GlobPattern(glob));
    return (path) => path !== '' && patterns.some((pattern) => pattern.matches(path));
}
/**
 * Expressions of the part of a glob after its static folder, by that part.
 * The tsconfigs of a repository repeat a few such parts under many folders
 * (`src/**\/*`, `*.config.ts`): TanStack/query's 147 configs ask for about
 * 300 globs with 15 distinct parts. Compiling each glob took about 20 µs in
 * picomatch, and V8 compiled each expression again on its first runs:
 * about 15 ms in CPU profiles of a cold run there.
 */
const tailExpressions = new Map();
class GlobPattern {
    glob;
    folder;
    /** The glob after the static folder and its `/`. */
    tail;
    regex;
    constructor(glob) {
        this.glob = glob;
        const split = staticSplit(glob);
        this.folder = split?.folder;
        this.tail = split?.tail ?? '';
    }
    matches(path) {
        if (path === this.glob)
            return true;
        const folder = this.folder;
        if (folder === undefined)
            return this.wholeTest(path);
        if (!path.startsWith(folder) || (path.length > folder.length && path.charCodeAt(folder.length) !== SLASH))
            return false;
        // Below the folder, the glob's expression matches what the expression of its tail matches on the rest of the path (see the tests).
        // The folder itself, and paths that git never lists, take the whole expression: on a rest that ends in `/`, has an empty
        // segment or a `.` or `..` segment, the tail's expression alone may decide otherwise.
        const rest = path.slice(folder.length + 1);
        if (rest === '' || this.tail === '' || UNLISTED_PATH.test(rest))
            return this.wholeTest(path);
        return tailExpression(this.tail).test(rest);
    }
    wholeTest(path) {
        this.regex ??= picomatch_default().makeRe(this.glob);
        return this.regex.test(path);
    }
}
function tailExpression(tail) {
    let regex = tailExpressions.get(tail);
    if (!regex) {
        regex = picomatch_default().makeRe(tail);
        tailExpressions.set(tail, regex);
    }
    return regex;
}
/**
 * Returns the leading segments of `glob` without wildcards, which every
 * matching path starts with, and the rest of the glob, from
 * `picomatch.scan`. Returns undefined when there are no such segments, or
 * when the glob is negated or has escapes, because then the folder text
 * differs from the paths the glob matches.
 */
function staticSplit(glob) {
    const { base, glob: tail, negated, prefix } = picomatch_default().scan(glob);
    if (negated || prefix !== '' || base === '' || base.includes('\\'))
        return undefined;
    return { folder: base, tail };
}
function defaultExcludes(config) {
    const prefix = config.folder === '' ? '' : `${config.folder}/`;
    const excludes = DEFAULT_EXCLUDES.map((name) => prefix + name);
    if (config.outDir)
        excludes.push(config.outDir.path);
    return excludes;
}
/**
 * Turns an `include` or `exclude` entry into a glob. As in TypeScript, an
 * entry whose last segment has neither a wildcard nor a `.` names a folder
 * and covers every file below it. picomatch runs with `dot: false`, so
 * wildcards skip names that start with a dot unless the entry spells them.
 */
function toGlob(pattern) {
    if (pattern === '')
        return '**/*';
    const last = (0,repo_path/* baseName */.Fl)(pattern);
    if (/[*?]/.test(last) || last.includes('.'))
        return pattern;
    return `${pattern}/**/*`;
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/config-scope.ts


const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
class TsconfigScopes {
    index;
    loader;
    nearestByFolder = new Map();
    byFile = new Map();
    memberships = new Map();
    constructor(index, loader) {
        this.index = index;
        this.loader = loader;
    }
    /** Returns the config whose options apply to `file`, or undefined when no config is above it. Cached per file. */
    forFile(file) {
        if (this.byFile.has(file))
            return this.byFile.get(file);
        const nearestPath = this.nearestConfigPath((0,repo_path/* folderOf */.yS)(file));
        const nearest = nearestPath === undefined ? undefined : this.loader.load(nearestPath);
        const chosen = nearest && (this.owningProject(nearest, file, new Set()) ?? nearest);
        this.byFile.set(file, chosen);
        return chosen;
    }
    /** Path of the nearest tsconfig.json or jsconfig.json at or above `folder`. Cached per folder. */
    nearestConfigPath(folder) {
        if (this.nearestByFolder.has(folder))
            return this.nearestByFolder.get(folder);
        let found;
        for (const name of CONFIG_NAMES) {
            const candidate = folder === '' ? name : `${folder}/${name}`;
            if (this.index.has(candidate)) {
                found = candidate;
                break;
            }
        }
        if (found === undefined && folder !== '')
            found = this.nearestConfigPath((0,repo_path/* folderOf */.yS)(folder));
        this.nearestByFolder.set(folder, found);
        return found;
    }
    /** Searches `config` and then its references depth-first for the project that compiles `file`. */
    owningProject(config, file, visited) {
        if (visited.has(config.path))
            return undefined;
        visited.add(config.path);
        if (this.membership(config)(file))
            return config;
        for (const reference of config.references) {
            const referenced = this.loader.load(reference);
            const owner = referenced && this.owningProject(referenced, file, visited);
            if (owner)
                return owner;
        }
        return undefined;
    }
    membership(config) {
        let test = this.memberships.get(config.path);
        if (!test) {
            test = createMembershipTest(config);
            this.memberships.set(config.path, test);
        }
        return test;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/extends-target.ts





function resolveExtendsTarget(configPath, target, context) {
    if (target.startsWith('./') || target.startsWith('../') || target.startsWith('/')) {
        return resolveRelativeTarget(configPath, target, context.index);
    }
    return resolvePackageTarget(configPath, target, context);
}
/** Resolves a relative target, which may omit `.json` because TypeScript appends it when the path as written is absent. */
function resolveRelativeTarget(configPath, target, index) {
    const path = (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(configPath), target);
    if (path === undefined) {
        return {
            kind: 'missing',
            message: `${configPath}: extends "${target}" points outside the repository. Impact analysis reads only tracked files, so the options of that file are not applied.`,
        };
    }
    if (index.has(path))
        return { kind: 'file', path };
    if (!path.endsWith('.json') && index.has(`${path}.json`))
        return { kind: 'file', path: `${path}.json` };
    return {
        kind: 'missing',
        message: `${configPath}: extends "${target}" was not found at ${path}. Fix the path or add the file to git; until then its options are not applied.`,
    };
}
function resolvePackageTarget(configPath, target, context) {
    const bare = parseBareSpecifier(target);
    const located = bare && context.packages.locate(bare.name, (0,repo_path/* folderOf */.yS)(configPath));
    if (!bare || !located) {
        return {
            kind: 'missing',
            message: `${configPath}: extends "${target}" names a package in node_modules, which is not tracked, so impact analysis cannot read it. Paths and baseUrl set there are not applied; set them in a tracked config if imports depend on them.`,
        };
    }
    for (const candidate of packageCandidates(located.folder, bare.subpath, context.manifests)) {
        if (context.index.has(candidate))
            return { kind: 'file', path: candidate };
    }
    return {
        kind: 'missing',
        message: `${configPath}: extends "${target}" found ${located.via} in ${located.folder}/, but no tracked config file there matches. Fix the subpath or the package's "tsconfig" or "exports" field.`,
    };
}
function packageCandidates(folder, subpath, manifests) {
    const manifest = manifests.inFolder(folder);
    const candidates = [];
    const add = (relative) => {
        const path = relative === undefined ? undefined : (0,repo_path/* joinInRepository */.yz)(folder, relative);
        if (path !== undefined)
            candidates.push(path);
    };
    if (manifest?.fields['exports'] !== undefined) {
        const lookup = (0,exports_map/* lookupExports */.gs)(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS.types);
        if (lookup.kind === 'targets') {
            for (const exportTarget of lookup.targets)
                if (exportTarget.kind === 'path')
                    add(exportTarget.path);
        }
    }
    if (subpath === '.') {
        add(manifest && stringField(manifest, 'tsconfig'));
        add('tsconfig.json');
    }
    else {
        add(subpath);
        if (!subpath.endsWith('.json'))
            add(`${subpath}.json`);
    }
    return candidates;
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/tsconfig-loader.ts
/**
 * Loads tsconfig and jsconfig files with their `extends` chains. Options
 * merge as TypeScript merges them: each option of a later config replaces
 * the whole option of an earlier one, entries of an `extends` array apply in
 * order, and the extending config applies last. A path option stays relative
 * to the config that set it, except `${configDir}`, which is the folder of
 * the config being compiled.
 */




/** Options of the automatic JSX runtime, which are plain strings rather than paths. */
const JSX_OPTIONS = ['jsx', 'jsxImportSource'];
/** Options that decide what type erasure keeps at run time. */
const EMIT_OPTIONS = ['emitDecoratorMetadata', 'verbatimModuleSyntax', 'preserveValueImports'];
const PATH_OPTIONS = ['baseUrl', 'outDir', 'rootDir'];
const SELECTION_OPTIONS = ['files', 'include', 'exclude'];
class TsconfigLoader {
    index;
    reader;
    warnings;
    extendsContext;
    merged = new Map();
    loaded = new Map();
    constructor(index, reader, warnings, extendsContext) {
        this.index = index;
        this.reader = reader;
        this.warnings = warnings;
        this.extendsContext = extendsContext;
    }
    /**
     * Loads the config at `path` with its `extends` chain applied. Returns
     * undefined when the file is not tracked. An invalid file loads with no options, so that
     * it still counts as the nearest config of its folder.
     */
    load(path) {
        if (this.loaded.has(path))
            return this.loaded.get(path);
        const config = this.index.has(path) ? this.finish(path) : undefined;
        this.loaded.set(path, config);
        return config;
    }
    finish(path) {
        const folder = (0,repo_path/* folderOf */.yS)(path);
        const options = this.mergeChain(path, []);
        const resolvePath = (declared) => declared && this.resolveDeclaredPath(declared, folder);
        const baseUrl = resolvePath(options.baseUrl);
        const config = {
            path,
            folder,
            selection: {},
            references: this.readReferences(path),
        };
        if (baseUrl)
            config.baseUrl = baseUrl;
        const outDir = resolvePath(options.outDir);
        if (outDir)
            config.outDir = outDir;
        const rootDir = resolvePath(options.rootDir);
        if (rootDir)
            config.rootDir = rootDir;
        if (options.paths) {
            config.paths = {
                patterns: options.paths.value,
                base: baseUrl?.path ?? (0,repo_path/* folderOf */.yS)(options.paths.declaredIn),
                configDir: folder,
                declaredIn: options.paths.declaredIn,
            };
        }
        if (options.jsxImportSource && (options.jsx?.value === 'react-jsx' || options.jsx?.value === 'react-jsxdev')) {
            config.jsxRuntime = `${options.jsxImportSource.value}/jsx-runtime`;
        }
        config.emit = {
            emitDecoratorMetadata: options.emitDecoratorMetadata?.value === true,
            keepValueImports: options.verbatimModuleSyntax?.value === true || options.preserveValueImports?.value === true,
        };
        for (const key of SELECTION_OPTIONS) {
            const declared = options[key];
            if (!declared)
                continue;
            config.selection[key] = declared.value
                .map((pattern) => resolveTemplate(pattern, (0,repo_path/* folderOf */.yS)(declared.declaredIn), folder))
                .filter((pattern) => pattern !== undefined);
        }
        return config;
    }
    resolveDeclaredPath(declared, configDir) {
        const path = resolveTemplate(declared.value, (0,repo_path/* folderOf */.yS)(declared.declaredIn), configDir);
        return path === undefined ? undefined : { path, written: declared.value, declaredIn: declared.declaredIn };
    }
    /** Merges the options of `path` over those of the configs it extends; `visiting` detects cycles. */
    mergeChain(path, visiting) {
        const cached = this.merged.get(path);
        if (cached)
            return cached;
        const raw = this.reader.readJsonc(path) ?? {};
        let options = {};
        for (const target of this.extendsEntries(path, raw)) {
            const resolved = resolveExtendsTarget(path, target, this.extendsContext);
            if (resolved.kind === 'missing') {
                this.warnings.add(resolved.message);
                continue;
            }
            if (visiting.includes(resolved.path) || resolved.path === path) {
                this.warnings.add(`${path}: extends "${target}" leads back to ${resolved.path}, a loop. Remove one of the extends entries.`);
                continue;
            }
            options = { ...options, ...this.mergeChain(resolved.path, [...visiting, path]) };
        }
        options = { ...options, ...this.ownOptions(path, raw) };
        this.merged.set(path, options);
        return options;
    }
    extendsEntries(path, raw) {
        const field = raw['extends'];
        if (field === undefined)
            return [];
        if (typeof field === 'string')
            return [field];
        if (Array.isArray(field) && field.every((entry) => typeof entry === 'string'))
            return field;
        this.warnings.add(`${path}: "extends" must be a string or an array of strings. Fix the value; until then it is ignored.`);
        return [];
    }
    /** Reads the options this file sets itself, warning about values of the wrong type. */
    ownOptions(path, raw) {
        const own = {};
        const compilerOptions = raw['compilerOptions'];
        const compiler = (0,config_reader/* isJsonObject */.O)(compilerOptions) ? compilerOptions : {};
        for (const key of [...PATH_OPTIONS, ...JSX_OPTIONS]) {
            const value = compiler[key];
            if (typeof value === 'string')
                own[key] = { value, declaredIn: path };
            else if (value !== undefined)
                this.warnWrongType(path, `compilerOptions.${key}`, 'a string');
        }
        for (const key of EMIT_OPTIONS) {
            const value = compiler[key];
            if (typeof value === 'boolean')
                own[key] = { value, declaredIn: path };
            else if (value !== undefined)
                this.warnWrongType(path, `compilerOptions.${key}`, 'true or false');
        }
        const paths = compiler['paths'];
        if (isPathsMap(paths))
            own.paths = { value: paths, declaredIn: path };
        else if (paths !== undefined) {
            this.warnWrongType(path, 'compilerOptions.paths', 'an object whose values are arrays of strings');
        }
        for (const key of SELECTION_OPTIONS) {
            const value = raw[key];
            if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
                own[key] = { value, declaredIn: path };
            }
            else if (value !== undefined) {
                this.warnWrongType(path, key, 'an array of strings');
            }
        }
        return own;
    }
    readReferences(path) {
        const field = this.reader.readJsonc(path)?.['references'];
        if (field === undefined)
            return [];
        if (!Array.isArray(field)) {
            this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
            return [];
        }
        const references = [];
        for (const entry of field) {
            const written = (0,config_reader/* isJsonObject */.O)(entry) ? entry['path'] : undefined;
            if (typeof written !== 'string') {
                this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
                continue;
            }
            const target = this.referenceTarget(path, written);
            if (target)
                references.push(target);
        }
        return references;
    }
    /** Finds the config that a reference names: a config file, or a folder that contains tsconfig.json. */
    referenceTarget(path, written) {
        const joined = (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(path), written);
        if (joined !== undefined && joined.endsWith('.json') && this.index.has(joined))
            return joined;
        const inFolder = joined === undefined ? undefined : (0,repo_path/* joinInRepository */.yz)(joined, 'tsconfig.json');
        if (inFolder !== undefined && this.index.has(inFolder))
            return inFolder;
        this.warnings.add(`${path}: references entry "${written}" matches no tracked tsconfig file. Fix the path; until then files of that project use ${path}.`);
        return undefined;
    }
    warnWrongType(path, key, expected) {
        this.warnings.add(`${path}: "${key}" must be ${expected}. Fix the value; until then it is ignored.`);
    }
}
function isPathsMap(value) {
    if (!(0,config_reader/* isJsonObject */.O)(value))
        return false;
    return Object.values(value).every((substitutions) => Array.isArray(substitutions) && substitutions.every((entry) => typeof entry === 'string'));
}

;// CONCATENATED MODULE: ./src/impact/resolve/warning-log.ts
/** Config problems found while resolving, each reported once and in the order found. */
class WarningLog {
    messages = [];
    seen = new Set();
    add(message) {
        if (this.seen.has(message))
            return;
        this.seen.add(message);
        this.messages.push(message);
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolver.ts






















class RepositoryResolver {
    workspaces;
    warnings;
    index;
    manifests;
    locator;
    loader;
    tsconfigs;
    entries;
    aliases;
    dynamicImports;
    warningLog = new WarningLog();
    memo = new ResolutionMemo();
    /** Count of importer tsconfig lookups. The memo compares it before and after a resolution to learn whether the result depends on the importer's tsconfig. */
    tsconfigLookups = 0;
    /** `parseYaml` is needed only for a pnpm-workspace.yaml outside the simple subset (see `needsYamlParser`). */
    constructor(view, parseYaml) {
        const warnings = this.warningLog;
        this.warnings = warnings.messages;
        this.index = (0,file_index/* indexOfFiles */.d)(view.files);
        const reader = new config_reader/* ConfigReader */.o(view, warnings);
        this.manifests = new ManifestStore(this.index, reader);
        this.workspaces = discoverWorkspaces(this.index, this.manifests, view, warnings, parseYaml);
        this.locator = new PackageLocator(this.index, view, this.workspaces, this.manifests);
        this.loader = new TsconfigLoader(this.index, reader, warnings, {
            index: this.index,
            manifests: this.manifests,
            packages: this.locator,
        });
        this.tsconfigs = new TsconfigScopes(this.index, this.loader);
        this.entries = new PackageEntries(this.index, this.manifests, new BuiltOutputMapper(this.index, this.loader), warnings);
        this.aliases = new AliasScopes(this.index, view, reader, this.manifests, warnings);
        this.dynamicImports = new DynamicImports(this.index, this.aliases, this.tsconfigs, this.locator);
        this.loadEveryTsconfig();
    }
    jsxRuntimeOf(importer) {
        return this.tsconfigs.forFile(importer)?.jsxRuntime;
    }
    emitOptionsOf(file) {
        return this.tsconfigs.forFile(file)?.emit;
    }
    resolve(importer, specifier, options = {}) {
        if (options.glob)
            return this.dynamicImports.resolveGlob(importer, specifier);
        if (options.pattern)
            return this.dynamicImports.resolvePrefix(importer, specifier, options.pattern.suffix ?? '');
        const mode = options.conditions ?? 'import';
        // A relative path costs a few set lookups to resolve, less than building and storing its key.
        if (isRelativeSpecifier(specifier))
            return this.resolveSpecifier(importer, specifier, mode, true);
        const key = `${mode}\0${(0,module_file/* flavorOf */.cJ)(importer)}\0${(0,repo_path/* folderOf */.yS)(importer)}\0${specifier}`;
        return this.memo.resolve(key, importer, (file) => this.tsconfigs.forFile(file), () => {
            const lookups = this.tsconfigLookups;
            const resolution = this.resolveSpecifier(importer, specifier, mode, true);
            return { resolution, readTsconfig: this.tsconfigLookups !== lookups };
        });
    }
    resolveSpecifier(importer, specifier, mode, useAliases) {
        if (specifier === '')
            return unresolved(`empty specifier in ${importer}`);
        if (specifier.startsWith('node:'))
            return { kind: 'external', packageName: specifier };
        const scheme = schemeOf(specifier);
        if (scheme !== undefined) {
            return unresolved(`"${specifier}" is a ${scheme}: URL or virtual module, not a repository file or package`);
        }
        const aliased = useAliases ? this.resolveThroughAliases(importer, specifier, mode) : undefined;
        if (aliased)
            return aliased;
        if (isRelativeSpecifier(specifier))
            return this.resolveRelative(importer, specifier);
        if (specifier.startsWith('/'))
            return this.resolveRootRelative(importer, specifier);
        const flavor = (0,module_file/* flavorOf */.cJ)(importer);
        this.tsconfigLookups++;
        const tsconfig = this.tsconfigs.forFile(importer);
        const mapped = tsconfig && this.resolveThroughPaths(tsconfig, specifier, flavor);
        if (mapped)
            return mapped;
        if (specifier.startsWith('#'))
            return this.resolveImportsField(importer, specifier, mode);
        const builtin = builtinModuleName(specifier);
        if (builtin !== undefined)
            return { kind: 'external', packageName: builtin };
        const fromBaseUrl = tsconfig && this.resolveFromBaseUrl(tsconfig, specifier, flavor);
        if (fromBaseUrl)
            return fromBaseUrl;
        return this.resolvePackage((0,repo_path/* folderOf */.yS)(importer), specifier, mode);
    }
    /**
     * Applies the first alias rule that matches, as Vite and jest stop at the
     * first match. Each rewritten specifier is tried in order, and the last
     * failure is returned when none resolves.
     */
    resolveThroughAliases(importer, specifier, mode) {
        for (const rule of this.aliases.rulesFor(importer)) {
            const rewritten = rewriteWithAlias(rule, specifier);
            if (!rewritten)
                continue;
            let last = unresolved(`${rule.label} matches "${specifier}" but maps it to nothing`);
            for (const target of rewritten) {
                last = this.resolveAliasTarget(importer, specifier, target, rule, mode);
                if (last.kind !== 'unresolved')
                    return last;
            }
            return last;
        }
        return undefined;
    }
    /**
     * Resolves one rewritten specifier. A path inside the repository names a
     * file or folder. Vite reads another absolute path as relative to its root.
     * Anything else is a specifier that is resolved again from the importer,
     * without aliases, as the docs of both runners describe relative alias
     * values.
     */
    resolveAliasTarget(importer, specifier, target, rule, mode) {
        let path = (0,static_value/* toRepositoryPath */.Bd)(target);
        if (path === undefined && target.startsWith('/') && rule.kind === 'vite') {
            path = (0,repo_path/* joinInRepository */.yz)(rule.rootFolder, target.slice(1));
        }
        if (path !== undefined) {
            const file = this.fileAt(path, (0,module_file/* flavorOf */.cJ)(importer), specifier);
            if (file !== undefined)
                return { kind: 'file', path: file, via: rule.label };
            return unresolved(`${rule.label} maps "${specifier}" to ${path}, which matches no tracked file`);
        }
        if (target.startsWith('/'))
            return unresolved(`${rule.label} maps "${specifier}" to ${target}, outside the repository`);
        const resolved = this.resolveSpecifier(importer, target, mode, false);
        return resolved.kind === 'file' ? { ...resolved, via: `${rule.label}, then ${resolved.via}` } : resolved;
    }
    resolveRelative(importer, specifier) {
        const path = (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(importer), specifier);
        if (path === undefined)
            return unresolved(`"${specifier}" in ${importer} points outside the repository`);
        const file = this.fileAt(path, (0,module_file/* flavorOf */.cJ)(importer), specifier);
        if (file !== undefined)
            return { kind: 'file', path: file, via: 'relative' };
        return unresolved(`no tracked file for "${specifier}" in ${importer}: ${path} matches no file with a TypeScript or JavaScript extension and no folder with an index file`);
    }
    /** `/src/x` is relative to the Vite root; outside Vite projects it is a file system path. */
    resolveRootRelative(importer, specifier) {
        const root = this.aliases.viteRootFor(importer);
        if (root === undefined) {
            return unresolved(`"${specifier}" in ${importer} is an absolute path, and no vite or vitest config above it sets a root`);
        }
        const path = (0,repo_path/* joinInRepository */.yz)(root, specifier.slice(1));
        const file = path === undefined ? undefined : this.fileAt(path, (0,module_file/* flavorOf */.cJ)(importer), specifier);
        if (file !== undefined)
            return { kind: 'file', path: file, via: `Vite root ${(0,repo_path/* describeFolder */.uq)(root)}` };
        return unresolved(`"${specifier}" in ${importer} matches no tracked file below the Vite root ${(0,repo_path/* describeFolder */.uq)(root)}`);
    }
    /** Tries each substitution of the best `paths` key; when none matches a file, TypeScript falls back to the other rules. */
    resolveThroughPaths(tsconfig, specifier, flavor) {
        const paths = tsconfig.paths;
        const match = paths && matchPaths(paths, specifier);
        if (!paths || !match)
            return undefined;
        for (const candidate of match.candidates) {
            const file = this.fileAt(candidate, flavor, specifier);
            if (file !== undefined) {
                return { kind: 'file', path: file, via: `tsconfig paths "${match.key}" in ${paths.declaredIn}` };
            }
        }
        return undefined;
    }
    resolveFromBaseUrl(tsconfig, specifier, flavor) {
        const baseUrl = tsconfig.baseUrl;
        const path = baseUrl && (0,repo_path/* joinInRepository */.yz)(baseUrl.path, specifier);
        const file = path === undefined ? undefined : this.fileAt(path, flavor, specifier);
        if (!baseUrl || file === undefined)
            return undefined;
        return { kind: 'file', path: file, via: `tsconfig baseUrl "${baseUrl.written}" in ${baseUrl.declaredIn}` };
    }
    /** Resolves `#name` through the `imports` field of the nearest package.json, Node's package scope. */
    resolveImportsField(importer, specifier, mode) {
        const manifest = this.manifests.nearest((0,repo_path/* folderOf */.yS)(importer));
        if (!manifest)
            return unresolved(`"${specifier}" needs a package.json "imports" field, but no package.json is above ${importer}`);
        const field = manifest.fields['imports'];
        if (field === undefined)
            return unresolved(`${manifest.path} has no "imports" field for "${specifier}"`);
        const lookup = (0,exports_map/* lookupImports */.ji)(field, specifier, ACTIVE_CONDITIONS[mode]);
        if (lookup.kind === 'no-match')
            return unresolved(`"imports" in ${manifest.path} has no entry for "${specifier}"`);
        if (lookup.kind === 'excluded') {
            return unresolved(`"imports" in ${manifest.path} excludes "${specifier}" under the ${mode} conditions`);
        }
        if (lookup.kind === 'invalid') {
            this.warningLog.add(`${manifest.path}: invalid "imports": ${lookup.reason}. Fix the field as Node's documentation on subpath imports describes.`);
            return unresolved(`"imports" in ${manifest.path} is invalid: ${lookup.reason}`);
        }
        const via = `package.json imports "${lookup.key}" in ${manifest.path}`;
        let last = unresolved(`${via} points at no tracked file`);
        for (const target of lookup.targets) {
            if (target.kind === 'package') {
                const resolved = this.resolvePackage(manifest.folder, target.specifier, mode);
                if (resolved.kind === 'file')
                    return { ...resolved, via: `${via}, then ${resolved.via}` };
                if (resolved.kind === 'external')
                    return resolved;
                last = resolved;
                continue;
            }
            const path = (0,repo_path/* joinInRepository */.yz)(manifest.folder, target.path);
            const file = path === undefined ? undefined : this.entries.fileForTarget(path, manifest.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(via, file) };
        }
        return last;
    }
    /** Resolves a package in the repository to its files, and returns any other package as external. */
    resolvePackage(fromFolder, specifier, mode) {
        const bare = parseBareSpecifier(specifier);
        if (!bare)
            return unresolved(`"${specifier}" is not a valid package name`);
        const located = this.locator.locate(bare.name, fromFolder);
        if (!located)
            return { kind: 'external', packageName: bare.name };
        return this.entries.resolve(located, bare.subpath, mode);
    }
    /**
     * Finds the tracked file at `path` under TypeScript's extension rules, or
     * the index file when `path` is a folder. A specifier that ends in `/`, `.` or
     * `..` names a folder only. A Vite query such as `?raw` is dropped.
     */
    fileAt(path, flavor, specifier) {
        if (/(?:^|\/)\.{0,2}$/.test(specifier))
            return (0,module_file/* findFolderIndex */.WJ)(this.index, path, flavor);
        const file = (0,module_file/* findFileWithExtensions */.Kj)(this.index, path, flavor);
        if (file !== undefined)
            return file;
        const query = path.indexOf('?');
        if (query > 0)
            return this.fileAt(path.slice(0, query), flavor, specifier.slice(0, specifier.indexOf('?')));
        return (0,module_file/* findFolderIndex */.WJ)(this.index, path, flavor);
    }
    /**
     * Loads every tracked tsconfig.json and jsconfig.json and the projects
     * they reference, so that their warnings are complete after construction.
     */
    loadEveryTsconfig() {
        for (const name of ['tsconfig.json', 'jsconfig.json']) {
            for (const path of this.index.named(name)) {
                if (path.split('/').includes('node_modules'))
                    continue;
                const config = this.loader.load(path);
                for (const reference of config?.references ?? [])
                    this.loader.load(reference);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/index.ts


/**
 * Indexes the view's files and reads the configs that shape resolution:
 * workspace declarations, every tsconfig.json and jsconfig.json with their
 * `extends` chains, and the vite, vitest and jest configs. Throws when
 * pnpm-workspace.yaml needs a full YAML parser and `parseYaml` is missing.
 */
function createResolver(view, parseYaml) {
    return new RepositoryResolver(view, parseYaml);
}
/**
 * Creates the resolver as `createResolver` does, and loads the `yaml`
 * package first only when pnpm-workspace.yaml is outside the subset that
 * the resolver reads without it.
 */
async function openResolver(view) {
    const parseYaml = needsYamlParser(view) ? (await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19))).parse : undefined;
    return new RepositoryResolver(view, parseYaml);
}


/***/ })

};
