export const id = 869;
export const ids = [869];
export const modules = {

/***/ 31869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  discoverTestFiles: () => (/* binding */ discoverTestFiles)
});

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/impact/resolve/config-reader.ts
var config_reader = __webpack_require__(15335);
// EXTERNAL MODULE: ./src/impact/resolve/file-index.ts
var file_index = __webpack_require__(82346);
// EXTERNAL MODULE: ./src/impact/resolve/repo-path.ts
var repo_path = __webpack_require__(81713);
// EXTERNAL MODULE: ./src/impact/resolve/aliases/config-object.ts
var config_object = __webpack_require__(3016);
// EXTERNAL MODULE: ./src/impact/resolve/aliases/static-value.ts
var static_value = __webpack_require__(45126);
// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
;// CONCATENATED MODULE: ./src/impact/select/config-options.ts
/**
 * Read access to the options of a test-runner config. The config may be an
 * object literal in a JavaScript or TypeScript file, read through its syntax
 * tree without running the file, or a parsed JSON object such as
 * jest.config.json or the `jest` field of package.json. The readers of
 * vitest and jest options use this interface and need not know the form.
 */


/** Calls whose first object argument is the config, as in `defineProject({ … })`. */
const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject']);
/** Options of an object literal in a config file. */
function astOptions(object, context, known) {
    return {
        strings(key) {
            const value = (0,config_object/* propertyValue */.Nw)(object, key);
            return value === undefined ? undefined : readStringList(value, context, known);
        },
        section(key) {
            const value = (0,config_object/* asObjectLiteral */.r7)((0,config_object/* propertyValue */.Nw)(object, key), context);
            return value && astOptions(value, context, known);
        },
        sections(key) {
            const array = (0,config_object/* asArrayLiteral */.R2)((0,config_object/* propertyValue */.Nw)(object, key), context);
            const objects = (array?.elements ?? []).map((element) => element && configObjectOf(element, context));
            return objects.filter((entry) => entry !== undefined).map((entry) => astOptions(entry, context, known));
        },
        isUnreadableList(key) {
            const value = (0,config_object/* propertyValue */.Nw)(object, key);
            return value !== undefined && (0,config_object/* asArrayLiteral */.R2)(value, context) === undefined;
        },
        hasSpread() {
            return object.properties.some((property) => property.kind === 'spread');
        },
    };
}
/** Options of a parsed JSON object. */
function jsonOptions(object) {
    return {
        strings(key) {
            const value = object[key];
            if (value === undefined)
                return undefined;
            if (typeof value === 'string')
                return { values: [value], dynamic: false };
            if (!Array.isArray(value))
                return { values: [], dynamic: true };
            const values = value.filter((entry) => typeof entry === 'string');
            return { values, dynamic: values.length < value.length };
        },
        section(key) {
            const value = object[key];
            return isRecord(value) ? jsonOptions(value) : undefined;
        },
        sections(key) {
            const value = object[key];
            return Array.isArray(value) ? value.filter(isRecord).map(jsonOptions) : [];
        },
        isUnreadableList(key) {
            return object[key] !== undefined && !Array.isArray(object[key]);
        },
        hasSpread() {
            return false;
        },
    };
}
/**
 * Reads a string, a regular expression literal's pattern, an array of
 * those, a spread of a constant array or of a known list, and both branches
 * of a conditional (`ci ? a : b`), because either branch may be the one
 * that runs.
 */
function readStringList(expression, context, known) {
    const list = { values: [], dynamic: false };
    const pending = [expression];
    // Each step takes one node apart, and a constant that refers to itself stops at the step limit.
    for (let steps = 0; pending.length > 0 && steps < 1000; steps++) {
        const node = pending.pop();
        if (node === undefined) {
            // A hole, as in `[a, , b]`, which is no string.
            list.dynamic = true;
            continue;
        }
        const knownList = known.get(node.text);
        if (knownList) {
            list.values.push(...knownList);
            continue;
        }
        if (node.kind === 'conditional') {
            pending.push(node.whenFalse, node.whenTrue);
            continue;
        }
        if (node.kind === 'regex') {
            // Jest's testRegex and testPathIgnorePatterns may be written as /…/ literals, whose source is the pattern.
            list.values.push(node.text.slice(1, node.text.lastIndexOf('/')));
            continue;
        }
        const array = (0,config_object/* asArrayLiteral */.R2)(node, context);
        if (array) {
            for (const element of [...array.elements].reverse())
                pending.push(element?.kind === 'spread' ? element.argument : element);
            continue;
        }
        const text = (0,static_value/* evaluateString */.H8)(node, context);
        if (text === undefined)
            list.dynamic = true;
        else
            list.values.push(text);
    }
    if (pending.length > 0)
        list.dynamic = true;
    return list;
}
function configObjectOf(element, context) {
    const direct = (0,config_object/* asObjectLiteral */.r7)(element, context);
    if (direct)
        return direct;
    if (element.kind !== 'call' || element.callee.kind !== 'identifier')
        return undefined;
    if (!CONFIG_WRAPPERS.has(element.callee.name))
        return undefined;
    return (0,config_object/* asObjectLiteral */.r7)(element.arguments[0], context);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/impact/resolve/module-file.ts
var module_file = __webpack_require__(99652);
;// CONCATENATED MODULE: ./src/impact/select/setup-paths.ts
/**
 * Turns the path a runner config gives for a setup file into a tracked
 * repository file. Vitest resolves `setupFiles` and `globalSetup` against
 * its root, and jest resolves them against `rootDir`, so a relative value
 * is read from that folder, and an absolute one that the static evaluator
 * placed under the virtual repository root is mapped back.
 */



/**
 * Returns the tracked file that `value` names from `folder`, trying the
 * path as written, then with script extensions, then as a folder with an
 * index file. Returns undefined for a package name such as
 * `@testing-library/jest-dom` or a path outside the repository.
 *
 * NOTE: a setup file given as the name of a workspace package is not
 * followed into that package, so a change to it does not count as a setup change.
 */
function resolveSetupPath(value, folder, index) {
    const virtual = (0,static_value/* toRepositoryPath */.Bd)(value);
    const path = virtual ?? (value.startsWith('/') ? undefined : (0,repo_path/* joinInRepository */.yz)(folder, value));
    if (path === undefined)
        return undefined;
    if (index.has(path))
        return path;
    return (0,module_file/* findFileWithExtensions */.Kj)(index, path, 'typescript') ?? (0,module_file/* findFolderIndex */.WJ)(index, path, 'typescript');
}
/**
 * Resolves a folder option such as vitest's `root` or jest's `rootDir`
 * from `folder`, the config's folder. Returns undefined when it leaves the
 * repository.
 */
function resolveFolderOption(value, folder) {
    const virtual = (0,static_value/* toRepositoryPath */.Bd)(value);
    if (virtual !== undefined)
        return virtual;
    return value.startsWith('/') ? undefined : (0,repo_path/* joinInRepository */.yz)(folder, value);
}

;// CONCATENATED MODULE: ./src/impact/select/test-rules.ts
/**
 * Rules that decide whether a repository file is a test, as vitest and jest
 * decide it, plus the setup files that a runner loads before the tests.
 */



/** Vitest 4.1's `configDefaults.include` and `configDefaults.exclude`, from its `defaults` chunk. */
const VITEST_DEFAULT_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
const VITEST_DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
/**
 * Jest 30's default `testMatch`, as jest's configuration docs give it. Jest
 * 29's default has no `?([mc])` part, so it matches a subset of these
 * files, because jest 30 added `.mjs`, `.cjs`, `.mts` and `.cts` tests.
 */
const JEST_DEFAULT_TEST_MATCH = [
    '**/__tests__/**/*.?([mc])[jt]s?(x)',
    '**/?(*.)+(spec|test).?([mc])[jt]s?(x)',
];
const JEST_DEFAULT_IGNORE = ['/node_modules/'];
/**
 * Returns a vitest rule: the file is below the folder and matches an include
 * glob and no exclude glob. Names that start with a dot match, as they do
 * in vitest's glob, which sets `dot: true`.
 */
function vitestRule(project) {
    const isIncluded = anyGlobMatcher(project.include);
    const isExcluded = project.exclude.length > 0 ? anyGlobMatcher(project.exclude) : () => false;
    const globs = project.include.map((glob) => JSON.stringify(glob)).join(', ');
    const excluded = project.exclude.length > 0 ? `, except ${project.exclude.map((glob) => JSON.stringify(glob)).join(', ')}` : '';
    return {
        source: project.source,
        description: `${project.includeLabel} ${globs}${excluded}, matched from ${(0,repo_path/* describeFolder */.uq)(project.folder)} (${project.source})`,
        folders: [project.folder],
        matches(path) {
            if (!(0,repo_path/* isInside */.FK)(path, project.folder))
                return false;
            const relative = (0,repo_path/* relativeInside */.JA)(path, project.folder);
            return isIncluded(relative) && !isExcluded(relative);
        },
    };
}
/**
 * Returns a jest rule. Jest matches `testMatch`, `testRegex` and
 * `testPathIgnorePatterns` against absolute paths, so the repository path
 * is placed under the virtual root that `<rootDir>` also expands to.
 */
function jestRule(project) {
    const isMatched = project.testRegex.length > 0
        ? (absolute) => project.testRegex.some((pattern) => pattern.test(absolute))
        : anyGlobMatcher(project.testMatch);
    return {
        source: project.source,
        description: `${project.label}, below ${project.roots.map(repo_path/* describeFolder */.uq).join(', ')} (${project.source})`,
        folders: project.roots,
        matches(path) {
            if (!project.roots.some((root) => (0,repo_path/* isInside */.FK)(path, root)))
                return false;
            const absolute = (0,static_value/* toVirtualPath */.In)(path);
            return isMatched(absolute) && !project.ignore.some((pattern) => pattern.test(absolute));
        },
    };
}
/** Returns the rule of the impact settings' `tests.include` globs, matched from the repository root. */
function settingsRule(include) {
    const isIncluded = anyGlobMatcher(include);
    return {
        source: 'settings',
        description: `impact settings tests.include ${include.map((glob) => JSON.stringify(glob)).join(', ')}`,
        folders: [''],
        matches: (path) => isIncluded(path),
    };
}
/**
 * Matchers by glob, shared by the rules of every config. The configs of one
 * repository repeat the same few globs, and compiling a glob costs far more
 * than looking it up.
 */
const matchersByGlob = new Map();
/** Returns a test whether a path matches any of `globs`, with the result of `picomatch(globs, { dot: true })`. */
function anyGlobMatcher(globs) {
    const matchers = globs.map((glob) => {
        let matcher = matchersByGlob.get(glob);
        if (!matcher) {
            matcher = picomatch_default()(glob, { dot: true });
            matchersByGlob.set(glob, matcher);
        }
        return matcher;
    });
    return (path) => matchers.some((matches) => matches(path));
}

;// CONCATENATED MODULE: ./src/impact/select/jest-config.ts
/**
 * Reads the test files and setup files of a jest config: jest.config.js,
 * .ts, .mjs, .cjs, .mts or .cts through the syntax reader of src/impact/syntax/, jest.config.json,
 * or the `jest` field of package.json.
 */







const ROOT_DIR_TOKEN = '<rootDir>';
const SETUP_OPTIONS = ['setupFiles', 'setupFilesAfterEnv', 'setupFilesAfterEach', 'globalSetup', 'globalTeardown'];
/** Reads a JavaScript or TypeScript jest config. An export that is not an object literal falls back to jest's defaults with a warning. */
function readJestSourceConfig(path, text, index) {
    const source = (0,static_value/* parseConfigSource */.p5)(path, text);
    const context = (0,static_value/* createEvaluationContext */.Ye)(path, source);
    const objects = (0,config_object/* exportedConfigObjects */.c5)(source, context).map((object) => astOptions(object, context, new Map()));
    const reader = new JestOptionReader(path, '', index, text);
    if (objects.length === 0) {
        reader.config.warnings.push(`${path}: the exported config is not an object literal that impact analysis can read without running the file, so jest's default testMatch is assumed. Export the config as an object literal.`);
        reader.readProject(jsonOptions({}), (0,repo_path/* folderOf */.yS)(path));
        return reader.config;
    }
    for (const options of objects)
        reader.readConfig(options);
    return reader.config;
}
/**
 * Reads a parsed JSON config. `keyPrefix` is `jest.` for the `jest` field of
 * package.json, so that messages name the option as the user wrote it.
 */
function readJestJsonConfig(path, object, keyPrefix, index) {
    const reader = new JestOptionReader(path, keyPrefix, index);
    reader.readConfig(jsonOptions(object));
    return reader.config;
}
class JestOptionReader {
    keyPrefix;
    index;
    text;
    config;
    /** @param text the config file's source, when it is a script, for the paths of projects that cannot be read */
    constructor(path, keyPrefix, index, text) {
        this.keyPrefix = keyPrefix;
        this.index = index;
        this.text = text;
        this.config = { path, runner: 'jest', rules: [], setupFiles: [], warnings: [] };
    }
    /**
     * Reads the config's own options, then each inline object of `projects`,
     * whose `rootDir` defaults to the config's. Project entries that are
     * paths are covered by the configs in those folders.
     */
    readConfig(options) {
        const rootDir = this.readProject(options, (0,repo_path/* folderOf */.yS)(this.config.path));
        options.sections('projects').forEach((project, position) => {
            this.readProject(project, rootDir, `projects[${position}].`);
        });
        if (options.isUnreadableList('projects'))
            this.readUnreadableProjects(rootDir);
    }
    /**
     * Handles `projects` built at run time, such as `projects: getProjects()`.
     * Their test globs fall back to the config's own, and every path literal
     * of the file that names a tracked file counts as a setup file. That can
     * widen the run for a file the projects do not use, but a setup file that
     * only such a project names is never missed.
     */
    readUnreadableProjects(rootDir) {
        const found = new Set();
        for (const literal of pathLiterals(this.text ?? '')) {
            // Only names of files count: a folder such as roots' "<rootDir>/src" is no setup file.
            if (!/\.[A-Za-z0-9]+$/.test(literal))
                continue;
            // jest resolves a project's relative rootDir such as "." from the folder it runs in, which the config does
            // not name, so every folder from the config's rootDir up to the repository root is tried.
            for (const folder of (0,repo_path/* selfAndAncestors */.Qy)(rootDir)) {
                const path = resolveFolderOption(literal.replaceAll(ROOT_DIR_TOKEN, (0,static_value/* toVirtualPath */.In)(folder)), folder);
                if (path === undefined || !this.index.has(path) || path === this.config.path || found.has(path))
                    continue;
                found.add(path);
                this.config.setupFiles.push({ path, option: `${this.keyPrefix}projects`, config: this.config.path });
            }
        }
        this.config.warnings.push(`${this.config.path}: ${this.keyPrefix}projects is not a static list, so its projects' test globs are not read, and ${(0,count_text/* countOf */.pq)(found.size, 'tracked file', 'tracked files')} that the config's string literals name count as setup files. Write projects as an array of object literals.`);
    }
    /** Adds the rule and setup files of one project and returns its `rootDir`. */
    readProject(options, defaultRootDir, projectPrefix = '') {
        const prefix = `${this.keyPrefix}${projectPrefix}`;
        const rootDir = this.rootDir(options, defaultRootDir, prefix);
        const expand = (value) => value.replaceAll(ROOT_DIR_TOKEN, (0,static_value/* toVirtualPath */.In)(rootDir));
        const roots = this.strings(options, 'roots', prefix) ?? [ROOT_DIR_TOKEN];
        const regexValues = this.strings(options, 'testRegex', prefix) ?? [];
        const testRegex = this.patterns(regexValues, expand, `${prefix}testRegex`);
        const customMatch = this.strings(options, 'testMatch', prefix);
        const matchValues = customMatch ?? JEST_DEFAULT_TEST_MATCH;
        const ignoreValues = this.strings(options, 'testPathIgnorePatterns', prefix) ?? JEST_DEFAULT_IGNORE;
        // Jest uses testRegex in place of testMatch when it is set. The label quotes the values as written.
        let label;
        if (testRegex.length > 0)
            label = `${prefix}testRegex ${quoteAll(regexValues)}`;
        else if (customMatch)
            label = `${prefix}testMatch ${quoteAll(matchValues)}`;
        else
            label = `jest's default testMatch ${quoteAll(matchValues)}`;
        this.config.rules.push(jestRule({
            source: this.config.path,
            roots: roots.map((root) => resolveFolderOption(expand(root), rootDir)).filter((root) => root !== undefined),
            testMatch: matchValues.map(expand),
            testRegex,
            ignore: this.patterns(ignoreValues, expand, `${prefix}testPathIgnorePatterns`),
            label,
        }));
        this.addSetupFiles(options, rootDir, expand, prefix);
        return rootDir;
    }
    rootDir(options, defaultRootDir, prefix) {
        const value = options.strings('rootDir');
        if (!value)
            return defaultRootDir;
        const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], (0,repo_path/* folderOf */.yS)(this.config.path));
        if (folder !== undefined)
            return folder;
        this.config.warnings.push(`${this.config.path}: ${prefix}rootDir is not a static path inside the repository, so <rootDir> is taken to be ${(0,repo_path/* describeFolder */.uq)(defaultRootDir)}. Write rootDir as a string literal.`);
        return defaultRootDir;
    }
    /** Reads a list option. A partly dynamic list keeps the values it could read, and an unreadable one counts as unset. */
    strings(options, key, prefix) {
        const list = options.strings(key);
        if (!list)
            return undefined;
        if (list.dynamic) {
            const fallback = list.values.length > 0 ? 'the values it could read' : "jest's default";
            this.config.warnings.push(`${this.config.path}: ${prefix}${key} is not a static list of strings, so impact analysis uses ${fallback}. Write the values as string literals.`);
        }
        return list.values.length > 0 ? list.values : undefined;
    }
    patterns(values, expand, label) {
        const patterns = [];
        for (const value of values) {
            try {
                patterns.push(new RegExp(expand(value)));
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                this.config.warnings.push(`${this.config.path}: ${label} "${value}" is not a valid regular expression (${message}), so it is ignored. Fix the pattern.`);
            }
        }
        return patterns;
    }
    addSetupFiles(options, rootDir, expand, prefix) {
        for (const option of SETUP_OPTIONS) {
            const list = options.strings(option);
            if (list?.dynamic) {
                this.config.warnings.push(`${this.config.path}: ${prefix}${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals with <rootDir>.`);
            }
            for (const value of list?.values ?? []) {
                const path = resolveSetupPath(expand(value), rootDir, this.index);
                if (path !== undefined)
                    this.config.setupFiles.push({ path, option: `${prefix}${option}`, config: this.config.path });
            }
        }
    }
}
function quoteAll(values) {
    return values.map((value) => JSON.stringify(value)).join(', ');
}
/** Quoted strings that look like file paths: `<rootDir>/…`, `./…` or `../…`. */
function pathLiterals(text) {
    const literals = [];
    for (const match of text.matchAll(/(['"`])((?:<rootDir>|\.{1,2})\/[^'"`\s]+)\1/g))
        literals.push(match[2]);
    return literals;
}

;// CONCATENATED MODULE: ./src/impact/select/vitest-config.ts
/**
 * Reads the test files and setup files of a vitest config, or of a vite
 * config that vitest reads when no vitest config sits beside it, through
 * the syntax reader of src/impact/syntax/.
 */






/** Names under which configs use vitest's defaults, as in `exclude: [...configDefaults.exclude, 'e2e/**']`. */
const VITEST_KNOWN_LISTS = new Map([
    ['configDefaults.include', VITEST_DEFAULT_INCLUDE],
    ['configDefaults.exclude', VITEST_DEFAULT_EXCLUDE],
    ['defaultInclude', VITEST_DEFAULT_INCLUDE],
    ['defaultExclude', VITEST_DEFAULT_EXCLUDE],
]);
const vitest_config_SETUP_OPTIONS = ['setupFiles', 'globalSetup'];
/**
 * Reads the config at `path`. An export that is not an object literal, and
 * options that are not static values, fall back to vitest's defaults with a
 * warning. Inline projects of `test.projects` (and the older `test.workspace`)
 * add a rule each. Project entries that name folders or config files are
 * covered by those configs themselves.
 *
 * NOTE: options an inline project would inherit through `extends: true`
 * are not merged into it, and `mergeConfig` with an imported config reads
 * only the object literals in this file.
 */
function readVitestConfig(path, text, index) {
    const config = { path, runner: 'vitest', rules: [], setupFiles: [], warnings: [] };
    const source = (0,static_value/* parseConfigSource */.p5)(path, text);
    const context = (0,static_value/* createEvaluationContext */.Ye)(path, source);
    const objects = (0,config_object/* exportedConfigObjects */.c5)(source, context).map((object) => astOptions(object, context, VITEST_KNOWN_LISTS));
    const configFolder = (0,repo_path/* folderOf */.yS)(path);
    if (objects.length === 0) {
        config.warnings.push(`${path}: the exported config is not an object literal that impact analysis can read without running the file, so vitest's default include is assumed. Export the config as an object literal or defineConfig({ … }).`);
        config.rules.push(vitestRule({
            source: path,
            folder: configFolder,
            include: VITEST_DEFAULT_INCLUDE,
            exclude: VITEST_DEFAULT_EXCLUDE,
            includeLabel: "vitest's default include",
        }));
        return config;
    }
    const reader = new VitestOptionReader(config, configFolder, index);
    const parts = objects.map((top) => ({ label: 'test', top, test: top.section('test') }));
    const root = reader.readProject(parts, configFolder);
    for (const part of parts) {
        for (const key of ['projects', 'workspace']) {
            part.test?.sections(key).forEach((project, position) => {
                reader.readProject([{ label: `test.${key}[${position}].test`, top: project, test: project.section('test') }], root);
            });
        }
    }
    return config;
}
class VitestOptionReader {
    config;
    configFolder;
    index;
    constructor(config, configFolder, index) {
        this.config = config;
        this.configFolder = configFolder;
        this.index = index;
    }
    /**
     * Adds the rule and setup files of one project, whose options may be
     * spread over several objects (`mergeConfig(a, b)`). Lists from the
     * objects are joined, as Vite's `mergeConfig` joins arrays, and the last
     * `root` wins. Returns the project's root folder.
     */
    readProject(parts, defaultRoot) {
        let root = defaultRoot;
        let dir;
        const include = [];
        const exclude = [];
        let hasInclude = false;
        let hasExclude = false;
        for (const part of parts) {
            const topLabel = part.label === 'test' ? 'root' : part.label.replace(/\.test$/, '.root');
            root = this.folderOption(part.test, 'root', `${part.label}.root`) ?? this.folderOption(part.top, 'root', topLabel) ?? root;
            dir = this.folderOption(part.test, 'dir', `${part.label}.dir`) ?? dir;
            const included = this.globs(part.test, 'include', `${part.label}.include`);
            const excluded = this.globs(part.test, 'exclude', `${part.label}.exclude`);
            if (included) {
                hasInclude = true;
                include.push(...included);
            }
            if (excluded) {
                hasExclude = true;
                exclude.push(...excluded);
            }
        }
        const label = parts[0]?.label ?? 'test';
        const spread = parts.find((part) => part.test?.hasSpread());
        if (!hasInclude && spread) {
            this.config.warnings.push(`${this.config.path}: ${spread.label} spreads an object that impact analysis does not read, so the include it may set is unknown and vitest's default include is assumed. Write include as a list of string literals in this config.`);
        }
        this.config.rules.push(vitestRule({
            source: this.config.path,
            folder: dir ?? root,
            include: hasInclude ? include : VITEST_DEFAULT_INCLUDE,
            exclude: hasExclude ? exclude : VITEST_DEFAULT_EXCLUDE,
            includeLabel: hasInclude ? `${label}.include` : "vitest's default include",
        }));
        for (const part of parts)
            this.addSetupFiles(part, root);
        return root;
    }
    /** Reads a list of globs. A partly dynamic list keeps the globs it could read, and an unreadable one counts as unset. */
    globs(options, key, label) {
        const list = options?.strings(key);
        if (!list)
            return undefined;
        if (list.dynamic) {
            const fallback = list.values.length > 0 ? 'the globs it could read' : "vitest's default";
            this.config.warnings.push(`${this.config.path}: ${label} is not a static list of strings, so impact analysis uses ${fallback}. Write the globs as string literals.`);
        }
        return list.values.length > 0 ? list.values : undefined;
    }
    /**
     * Reads `root` or `dir`, relative to the config's folder.
     *
     * NOTE: Vite and vitest resolve a relative `root` or `dir` against the
     * working folder, which this takes to be the config's folder, where the runner usually starts.
     */
    folderOption(options, key, label) {
        const value = options?.strings(key);
        if (!value)
            return undefined;
        const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], this.configFolder);
        if (folder === undefined) {
            this.config.warnings.push(`${this.config.path}: ${label} is not a static path inside the repository, so impact analysis ignores it. Write it as a string literal relative to the config.`);
        }
        return folder;
    }
    addSetupFiles(part, root) {
        for (const option of vitest_config_SETUP_OPTIONS) {
            const list = part.test?.strings(option);
            if (list?.dynamic) {
                this.config.warnings.push(`${this.config.path}: ${part.label}.${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals.`);
            }
            for (const value of list?.values ?? []) {
                const path = resolveSetupPath(value, root, this.index);
                if (path !== undefined)
                    this.config.setupFiles.push(setupFile(path, `${part.label}.${option}`, this.config.path));
            }
        }
    }
}
function setupFile(path, option, config) {
    return { path, option, config };
}

;// CONCATENATED MODULE: ./src/impact/select/test-files.ts
/**
 * Finds which tracked files are tests, from the vitest and jest configs of
 * the repository and the impact settings, and which files the runners load
 * as setup. Each workspace package, and each folder with its own config,
 * is read with its own config. The nearest vitest config and the nearest
 * jest config at or above a file decide for it, as a runner started in
 * that folder would. A config whose `root`, `dir` or `roots` point
 * elsewhere also decides for the files there.
 *
 * NOTE: a config in a fixture folder that the outer config excludes still
 * decides for the files below it, so fixture files named like tests count
 * as tests. `vitest.workspace` files are not read, but their projects'
 * configs are.
 */







const SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
/** Vitest reads vitest.config before vite.config in the same folder. */
const VITEST_CONFIG_NAMES = [
    ...SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`),
    ...SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`),
];
const JEST_CONFIG_NAMES = [...SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];
/** Returns the test files and setup files of `input.view`. */
function discoverTestFiles(input) {
    const index = (0,file_index/* indexOfFiles */.d)(input.view.files);
    const configs = readRunnerConfigs(input.view, index);
    const scopes = new RuleScopes(configs.values());
    const settingsRules = input.settings.include.length > 0 ? [settingsRule(input.settings.include)] : [];
    const isExcluded = input.settings.exclude.length > 0 ? picomatch_default()([...input.settings.exclude], { dot: true }) : () => false;
    const files = new Set();
    for (const path of input.view.files) {
        if (isExcluded(path))
            continue;
        const rules = scopes.rulesFor(path);
        if (rules.some((rule) => rule.matches(path)) || settingsRules.some((rule) => rule.matches(path)))
            files.add(path);
    }
    const excludeNote = input.settings.exclude.length > 0
        ? [`and outside impact settings tests.exclude ${input.settings.exclude.map((glob) => JSON.stringify(glob)).join(', ')}`]
        : [];
    return {
        files,
        setupFiles: [...configs.values()].flatMap((config) => config.setupFiles),
        patternsFor: (path) => {
            const rules = [...scopes.rulesFor(path), ...settingsRules];
            return [...rules.map((rule) => rule.description), ...excludeNote];
        },
        configs: [...configs.keys()].sort(),
        warnings: [...configs.values()].flatMap((config) => config.warnings),
    };
}
/**
 * Reads the runner configs of the repository, keyed by path: in each
 * folder the first vitest config of `VITEST_CONFIG_NAMES`, as vitest picks
 * it, and the first jest config, else a package.json with a `jest` field.
 * Configs of vendored packages under node_modules are skipped.
 */
function readRunnerConfigs(view, index) {
    const configs = new Map();
    const folders = new Set();
    for (const path of view.files) {
        if (!path.split('/').includes('node_modules'))
            folders.add((0,repo_path/* folderOf */.yS)(path));
    }
    const vitestPaths = firstByFolder(index, VITEST_CONFIG_NAMES);
    const jestPaths = firstByFolder(index, JEST_CONFIG_NAMES);
    for (const folder of folders) {
        const vitestPath = vitestPaths.get(folder);
        const vitestText = vitestPath === undefined ? undefined : view.readText(vitestPath);
        if (vitestPath !== undefined && vitestText !== undefined)
            configs.set(vitestPath, readVitestConfig(vitestPath, vitestText, index));
        const jestPath = jestPaths.get(folder);
        const jest = jestPath === undefined ? readPackageJest(view, index, folder) : readJestFile(view, index, jestPath);
        if (jest)
            configs.set(jest.path, jest);
    }
    return configs;
}
/**
 * Returns, by folder, the file of the first of `names` that the folder
 * contains. It reads the index by name, because building and looking up each
 * name in each folder took about 3 ms in CPU profiles for the 489 folders of
 * TanStack/query.
 */
function firstByFolder(index, names) {
    const paths = new Map();
    for (const name of names) {
        for (const path of index.named(name)) {
            const folder = (0,repo_path/* folderOf */.yS)(path);
            if (!paths.has(folder))
                paths.set(folder, path);
        }
    }
    return paths;
}
function readPackageJest(view, index, folder) {
    const path = folder === '' ? 'package.json' : `${folder}/package.json`;
    const jest = index.has(path) ? parseJson(view.readText(path))?.['jest'] : undefined;
    return (0,config_reader/* isJsonObject */.O)(jest) ? readJestJsonConfig(path, jest, 'jest.', index) : undefined;
}
function readJestFile(view, index, path) {
    const text = view.readText(path);
    if (text === undefined)
        return undefined;
    if (!path.endsWith('.json'))
        return readJestSourceConfig(path, text, index);
    const object = parseJson(text);
    if (object)
        return readJestJsonConfig(path, object, '', index);
    return {
        path,
        runner: 'jest',
        rules: [],
        setupFiles: [],
        warnings: [`${path}: invalid JSON, so impact analysis reads no tests from it. Fix the syntax.`],
    };
}
/** Parses a JSON object, or returns undefined for anything else. The resolver already warns about a broken package.json. */
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return (0,config_reader/* isJsonObject */.O)(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The rules that apply in each folder. A config's rules are placed at the
 * config's folder and at each folder they search (vitest's `dir` or root,
 * jest's `roots`). A file is decided by the rules of the deepest such
 * folder at or above it, separately for vitest and for jest, so a
 * package's own config wins over the root's. Below no config of either
 * runner, vitest's and jest's defaults apply from the repository root.
 * Cached per folder, so each folder is looked up once.
 */
class RuleScopes {
    placed = { vitest: new Map(), jest: new Map() };
    rulesByFolder = new Map();
    defaults = [
        vitestRule({
            source: 'defaults',
            folder: '',
            include: VITEST_DEFAULT_INCLUDE,
            exclude: VITEST_DEFAULT_EXCLUDE,
            includeLabel: "vitest's default include, as no vitest or jest config is above this file,",
        }),
        jestRule({
            source: 'defaults',
            roots: [''],
            testMatch: JEST_DEFAULT_TEST_MATCH,
            testRegex: [],
            ignore: JEST_DEFAULT_IGNORE.map((pattern) => new RegExp(pattern)),
            label: `jest's default testMatch ${JEST_DEFAULT_TEST_MATCH.map((glob) => JSON.stringify(glob)).join(', ')}`,
        }),
    ];
    constructor(configs) {
        for (const config of configs) {
            const folders = new Set([(0,repo_path/* folderOf */.yS)(config.path), ...config.rules.flatMap((rule) => rule.folders)]);
            for (const folder of folders) {
                const rules = this.placed[config.runner].get(folder);
                if (rules)
                    rules.push(...config.rules);
                else
                    this.placed[config.runner].set(folder, [...config.rules]);
            }
        }
    }
    rulesFor(path) {
        const folder = (0,repo_path/* folderOf */.yS)(path);
        let rules = this.rulesByFolder.get(folder);
        if (!rules) {
            rules = [...this.deepest(folder, this.placed.vitest), ...this.deepest(folder, this.placed.jest)];
            if (rules.length === 0)
                rules = this.defaults;
            this.rulesByFolder.set(folder, rules);
        }
        return rules;
    }
    deepest(folder, placed) {
        for (const candidate of (0,repo_path/* selfAndAncestors */.Qy)(folder)) {
            const rules = placed.get(candidate);
            if (rules)
                return rules;
        }
        return [];
    }
}


/***/ })

};
