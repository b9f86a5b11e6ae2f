export const id = 667;
export const ids = [667];
export const modules = {

/***/ 3016:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nw: () => (/* binding */ propertyValue),
/* harmony export */   R2: () => (/* binding */ asArrayLiteral),
/* harmony export */   c5: () => (/* binding */ exportedConfigObjects),
/* harmony export */   r7: () => (/* binding */ asObjectLiteral)
/* harmony export */ });
/** Calls whose object arguments are the config: `defineConfig({…})`, `mergeConfig(a, {…})`. */
const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject', 'mergeConfig']);
const MAX_DEPTH = 20;
/**
 * Finds the object literals that make up the default export (`export default`,
 * `export =` or `module.exports =`), in source order. A wrapper such as
 * `defineConfig` or `mergeConfig` contributes every object argument, and a
 * function contributes the object its first top-level `return` returns.
 * Returns an empty array when the export is not static.
 */
function exportedConfigObjects(source, context) {
    for (const statement of source.statements) {
        const exported = exportedExpression(statement);
        if (exported)
            return objectsOf(exported, context, 0);
    }
    return [];
}
/**
 * Returns `expression` as an object literal, following `await` and
 * top-level constants, or undefined when it is not one. The syntax tree
 * has already dropped parentheses and type assertions.
 */
function asObjectLiteral(expression, context) {
    const unwrapped = expression && unwrap(expression, context, 0);
    return unwrapped?.kind === 'object' ? unwrapped : undefined;
}
/** Returns `expression` as an array literal, following the same steps as `asObjectLiteral`. */
function asArrayLiteral(expression, context) {
    const unwrapped = expression && unwrap(expression, context, 0);
    return unwrapped?.kind === 'array' ? unwrapped : undefined;
}
/** Returns the value of the last property named `name`, because JavaScript keeps the last duplicate. */
function propertyValue(object, name) {
    let value;
    for (const property of object.properties) {
        if ((property.kind === 'property' || property.kind === 'shorthand') && property.name === name)
            value = property.value;
    }
    return value;
}
function exportedExpression(statement) {
    if (statement.kind === 'export-default' || statement.kind === 'export-equals')
        return statement.expression;
    if (statement.kind !== 'expression')
        return undefined;
    const expression = statement.expression;
    if (expression.kind !== 'binary' || expression.operator !== '=')
        return undefined;
    const target = expression.left;
    const isModuleExports = target.kind === 'member' && target.object.kind === 'identifier' && target.object.name === 'module' && target.name === 'exports';
    return isModuleExports ? expression.right : undefined;
}
function objectsOf(expression, context, depth) {
    if (depth > MAX_DEPTH)
        return [];
    const node = unwrap(expression, context, depth);
    if (node.kind === 'object')
        return [node];
    if (node.kind === 'call' && CONFIG_WRAPPERS.has(calleeText(node.callee))) {
        return node.arguments.flatMap((argument) => objectsOf(argument, context, depth + 1));
    }
    if (node.kind === 'function')
        return node.returned ? objectsOf(node.returned, context, depth + 1) : [];
    return [];
}
/** Strips `await` and follows identifiers to top-level constants. */
function unwrap(expression, context, depth) {
    let node = expression;
    for (let step = depth; step <= MAX_DEPTH; step++) {
        if (node.kind === 'unary' && node.operator === 'await') {
            node = node.operand;
            continue;
        }
        const constant = node.kind === 'identifier' ? context.constants.get(node.name) : undefined;
        if (!constant)
            return node;
        node = constant;
    }
    return node;
}
function calleeText(callee) {
    if (callee.kind === 'identifier')
        return callee.name;
    if (callee.kind === 'member')
        return callee.name;
    return '';
}


/***/ }),

/***/ 45126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bd: () => (/* binding */ toRepositoryPath),
/* harmony export */   H8: () => (/* binding */ evaluateString),
/* harmony export */   In: () => (/* binding */ toVirtualPath),
/* harmony export */   Ye: () => (/* binding */ createEvaluationContext),
/* harmony export */   p5: () => (/* binding */ parseConfigSource)
/* harmony export */ });
/* unused harmony export VIRTUAL_ROOT */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _syntax_module_syntax_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22662);
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(81713);
/**
 * Static evaluation of the string expressions that test-runner configs use
 * for alias targets: literals, templates, `+`, `__dirname`, `import.meta`,
 * `path.resolve`/`join`/`dirname`, `new URL(…, import.meta.url)` and
 * `fileURLToPath`. Paths are computed inside a virtual file system whose
 * root folder `VIRTUAL_ROOT` represents the repository root. Anything else,
 * such as an environment variable or a call to an unknown function, is
 * dynamic and evaluates to undefined.
 */



/** Absolute folder that represents the repository root during evaluation. */
const VIRTUAL_ROOT = '/__testmaster_repository_root__';
const PATH_MODULES = new Set(['path', 'node:path', 'path/posix', 'node:path/posix', 'pathe']);
const URL_MODULES = new Set(['url', 'node:url']);
const PATH_FUNCTIONS = new Set(['resolve', 'join', 'dirname', 'normalize']);
/** Guards against constants that refer to each other in a cycle. */
const MAX_DEPTH = 20;
/**
 * Parses a config file: TypeScript syntax for .ts, .mts and .cts, JavaScript
 * with JSX otherwise. The alias reader and the test-file discovery both read
 * every vitest config, so recent results are kept by path and text, and each
 * config is parsed once per run. Callers only read the returned tree.
 */
function parseConfigSource(path, text) {
    const key = `${path}\0${text}`;
    const known = parsedConfigs.get(key);
    if (known)
        return known;
    const parsed = (0,_syntax_module_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .parseModule */ .Y)(text, (0,_syntax_module_syntax_js__WEBPACK_IMPORTED_MODULE_1__/* .syntaxOptionsFor */ .T)(path));
    if (parsedConfigs.size >= PARSED_CONFIGS_KEPT)
        parsedConfigs.delete(parsedConfigs.keys().next().value);
    parsedConfigs.set(key, parsed);
    return parsed;
}
/** Configs whose trees are kept; a repository with more parses the rest twice. vitest-dev/vitest has 167. */
const PARSED_CONFIGS_KEPT = 1024;
const parsedConfigs = new Map();
function createEvaluationContext(configPath, source) {
    const context = {
        configPath,
        pathModules: new Set(),
        urlModules: new Set(),
        pathFunctions: new Map(),
        urlFunctions: new Map(),
        constants: new Map(),
        imported: new Map(),
    };
    for (const statement of source.statements) {
        if (statement.kind === 'import')
            recordImport(statement, context);
        if (statement.kind === 'variable')
            recordVariables(statement, context);
    }
    return context;
}
/** Evaluates `expression` to a string, or returns undefined when it is dynamic. */
function evaluateString(expression, context, depth = 0) {
    if (depth > MAX_DEPTH)
        return undefined;
    const inner = (node) => evaluateString(node, context, depth + 1);
    // The syntax tree has no nodes for parentheses, `as`, `satisfies` and `!`, so they need no unwrapping here.
    switch (expression.kind) {
        case 'string':
            return expression.value;
        case 'template':
            return evaluateTemplate(expression, inner);
        case 'binary': {
            if (expression.operator !== '+')
                return undefined;
            const left = inner(expression.left);
            const right = inner(expression.right);
            return left === undefined || right === undefined ? undefined : left + right;
        }
        case 'identifier':
            return evaluateIdentifier(expression.name, context, inner);
        case 'member':
            return evaluatePropertyAccess(expression, inner, context);
        case 'new':
            return evaluateNewUrl(expression, inner);
        case 'call':
            return evaluateCall(expression, context, inner);
        default:
            return undefined;
    }
}
/**
 * Converts an evaluated absolute path inside `VIRTUAL_ROOT` to a repository
 * path. Returns undefined for any other string.
 */
function toRepositoryPath(value) {
    if (value === VIRTUAL_ROOT)
        return '';
    if (!value.startsWith(`${VIRTUAL_ROOT}/`))
        return undefined;
    return (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .joinInRepository */ .yz)('', value.slice(VIRTUAL_ROOT.length + 1));
}
/** Converts a repository path to its absolute path under `VIRTUAL_ROOT`. */
function toVirtualPath(repositoryPath) {
    return repositoryPath === '' ? VIRTUAL_ROOT : `${VIRTUAL_ROOT}/${repositoryPath}`;
}
function evaluateTemplate(template, inner) {
    let text = template.head;
    for (const span of template.spans) {
        const value = inner(span.expression);
        if (value === undefined)
            return undefined;
        text += value + span.literal;
    }
    return text;
}
function evaluateIdentifier(name, context, inner) {
    const constant = context.constants.get(name);
    if (constant)
        return inner(constant);
    if (name === '__dirname')
        return toVirtualPath((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .folderOf */ .yS)(context.configPath));
    if (name === '__filename')
        return toVirtualPath(context.configPath);
    return undefined;
}
/** `import.meta.url`, `import.meta.dirname`, `import.meta.filename`, and `.pathname` or `.href` of a URL. */
function evaluatePropertyAccess(access, inner, context) {
    const property = access.name;
    if (access.object.kind === 'meta' && access.object.keyword === 'import') {
        if (property === 'url')
            return `file://${toVirtualPath(context.configPath)}`;
        if (property === 'dirname')
            return toVirtualPath((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .folderOf */ .yS)(context.configPath));
        if (property === 'filename')
            return toVirtualPath(context.configPath);
        return undefined;
    }
    if (property !== 'pathname' && property !== 'href')
        return undefined;
    const url = inner(access.object);
    if (url === undefined || !url.startsWith('file://'))
        return undefined;
    return property === 'href' ? url : decodeURIComponent(new URL(url).pathname);
}
/** `new URL(relative, base)` with a `file:` base, computed with the WHATWG URL parser. */
function evaluateNewUrl(expression, inner) {
    if (expression.callee.kind !== 'identifier' || expression.callee.name !== 'URL')
        return undefined;
    const [relative, base] = expression.arguments.map(inner);
    if (relative === undefined)
        return undefined;
    try {
        return new URL(relative, base).href;
    }
    catch {
        return undefined;
    }
}
function evaluateCall(call, context, inner) {
    const callee = calleeName(call.callee, context);
    if (callee === undefined)
        return undefined;
    if (callee === 'process.cwd') {
        // NOTE: process.cwd() is taken to be the config's folder, which holds only when the runner starts there.
        return call.arguments.length === 0 ? toVirtualPath((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .folderOf */ .yS)(context.configPath)) : undefined;
    }
    const values = call.arguments.map(inner);
    if (values.some((value) => value === undefined))
        return undefined;
    const args = values;
    if (callee === 'url.fileURLToPath') {
        return args[0]?.startsWith('file://') ? decodeURIComponent(new URL(args[0]).pathname) : undefined;
    }
    return applyPathFunction(callee.slice('path.'.length), args, context);
}
/** Names a supported callee as `path.<function>`, `url.fileURLToPath` or `process.cwd`, or returns undefined. */
function calleeName(callee, context) {
    if (callee.kind === 'identifier') {
        const pathFunction = context.pathFunctions.get(callee.name);
        if (pathFunction !== undefined && PATH_FUNCTIONS.has(pathFunction))
            return `path.${pathFunction}`;
        if (context.urlFunctions.get(callee.name) === 'fileURLToPath')
            return 'url.fileURLToPath';
        return undefined;
    }
    if (callee.kind !== 'member' || callee.object.kind !== 'identifier')
        return undefined;
    const object = callee.object.name;
    const member = callee.name;
    if (context.pathModules.has(object) && PATH_FUNCTIONS.has(member))
        return `path.${member}`;
    if (context.urlModules.has(object) && member === 'fileURLToPath')
        return 'url.fileURLToPath';
    if (object === 'process' && member === 'cwd')
        return 'process.cwd';
    return undefined;
}
/** Applies a path function in the virtual file system; `resolve` starts from the config's folder. */
function applyPathFunction(name, args, context) {
    switch (name) {
        case 'resolve':
            return args.reduce((current, segment) => (segment.startsWith('/') ? node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(segment) : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(current, segment)), toVirtualPath((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_2__/* .folderOf */ .yS)(context.configPath)));
        case 'join':
            return args.length === 0 ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.join(...args);
        case 'dirname':
            return args[0] === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.dirname(args[0]);
        case 'normalize':
            return args[0] === undefined ? undefined : node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(args[0]);
        default:
            return undefined;
    }
}
function recordImport(statement, context) {
    const module = statement.module;
    const locals = [statement.defaultName, statement.namespaceName, ...statement.named.map((entry) => entry.local)];
    for (const local of locals)
        if (local !== undefined)
            context.imported.set(local, module);
    const isPath = PATH_MODULES.has(module);
    if (!isPath && !URL_MODULES.has(module))
        return;
    const modules = isPath ? context.pathModules : context.urlModules;
    const functions = isPath ? context.pathFunctions : context.urlFunctions;
    if (statement.defaultName !== undefined)
        modules.add(statement.defaultName);
    if (statement.namespaceName !== undefined)
        modules.add(statement.namespaceName);
    for (const { imported, local } of statement.named)
        functions.set(local, imported);
}
/** Records `const x = …`, `const path = require('path')` and `const { resolve } = require('path')`. */
function recordVariables(statement, context) {
    if (statement.keyword !== 'const')
        return;
    for (const { binding, initializer } of statement.declarations) {
        if (!initializer)
            continue;
        const required = requiredModule(initializer);
        const isPath = required !== undefined && PATH_MODULES.has(required);
        const isUrl = required !== undefined && URL_MODULES.has(required);
        if (binding.kind === 'name') {
            if (isPath)
                context.pathModules.add(binding.name);
            else if (isUrl)
                context.urlModules.add(binding.name);
            else
                context.constants.set(binding.name, initializer);
            continue;
        }
        if (binding.kind !== 'object-pattern' || (!isPath && !isUrl))
            continue;
        for (const element of binding.elements) {
            if (element.binding.kind !== 'name')
                continue;
            const imported = element.property ?? element.binding.name;
            (isPath ? context.pathFunctions : context.urlFunctions).set(element.binding.name, imported);
        }
    }
}
/** Returns the module name of `require('…')`, or undefined for any other expression. */
function requiredModule(expression) {
    if (expression.kind !== 'call' || expression.callee.kind !== 'identifier')
        return undefined;
    if (expression.callee.name !== 'require')
        return undefined;
    const [argument] = expression.arguments;
    return argument?.kind === 'string' ? argument.value : undefined;
}


/***/ }),

/***/ 82346:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ indexOfFiles)
/* harmony export */ });
/* unused harmony export FileIndex */
/* harmony import */ var _repo_path_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(81713);

/** Indexes already built, by the file list they index. */
const indexesByList = new WeakMap();
/**
 * Returns the index of `files`, built on the first request for that list.
 * The resolver and the test discovery of one run index the same list, and
 * an index never changes after its constructor, so they share it.
 */
function indexOfFiles(files) {
    let index = indexesByList.get(files);
    if (!index) {
        index = new FileIndex(files);
        indexesByList.set(files, index);
    }
    return index;
}
/**
 * Index of the tracked files, built once per file list so that each lookup
 * is a set or map access. Nothing here scans the whole file list after the
 * constructor.
 */
class FileIndex {
    fileSet;
    folders = new Map();
    byName = new Map();
    /** @param files repository-relative POSIX paths, as `git ls-files` lists them */
    constructor(files) {
        this.fileSet = new Set(files);
        this.folders.set('', { files: [], folders: [] });
        for (const file of this.fileSet)
            this.add(file);
    }
    has(path) {
        return this.fileSet.has(path);
    }
    /** Returns whether `folder` contains a tracked file at some depth. The root always counts as present. */
    hasFolder(folder) {
        return this.folders.has(folder);
    }
    /** Tracked files at any depth below `folder`, in no particular order. */
    *filesUnder(folder) {
        const pending = [folder];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            const entry = this.folders.get(next);
            if (!entry)
                continue;
            yield* entry.files;
            pending.push(...entry.folders);
        }
    }
    /** Tracked files whose last segment is `name`, in the order of the input list. */
    named(name) {
        return this.byName.get(name) ?? [];
    }
    add(file) {
        const name = (0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .baseName */ .Fl)(file);
        const sameName = this.byName.get(name);
        if (sameName)
            sameName.push(file);
        else
            this.byName.set(name, [file]);
        this.entryFor((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .folderOf */ .yS)(file)).files.push(file);
    }
    /** Returns the folder's entry, creating it and linking it into each ancestor that is new. */
    entryFor(folder) {
        const existing = this.folders.get(folder);
        if (existing)
            return existing;
        const entry = { files: [], folders: [] };
        this.folders.set(folder, entry);
        this.entryFor((0,_repo_path_js__WEBPACK_IMPORTED_MODULE_0__/* .folderOf */ .yS)(folder)).folders.push(folder);
        return entry;
    }
}


/***/ }),

/***/ 99652:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kj: () => (/* binding */ findFileWithExtensions),
/* harmony export */   WJ: () => (/* binding */ findFolderIndex),
/* harmony export */   cJ: () => (/* binding */ flavorOf)
/* harmony export */ });
const TYPESCRIPT_IMPORTERS = /\.(?:[cm]?tsx?|vue|svelte|astro)$/;
/** Extensions probed for a path without one, TypeScript sources first. */
const TYPESCRIPT_ORDER = [
    '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.d.mts', '.d.cts', '.mjs', '.cjs', '.json',
];
/** Extensions probed for a path without one from a JavaScript importer, JavaScript first. */
const JAVASCRIPT_ORDER = [
    '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.d.ts', '.d.mts', '.d.cts', '.json',
];
/**
 * TypeScript sources that a specifier with a JavaScript extension may name.
 * TypeScript resolves `./a.js` to `a.ts`, because the specifier names the
 * file that the compiler will emit.
 */
const SOURCE_FOR_OUTPUT = new Map([
    ['.js', ['.ts', '.tsx']],
    ['.jsx', ['.tsx']],
    ['.mjs', ['.mts']],
    ['.cjs', ['.cts']],
]);
/** Declaration files that a JavaScript extension may name when neither source nor output is tracked. */
const DECLARATION_FOR_OUTPUT = new Map([
    ['.js', ['.d.ts']],
    ['.jsx', ['.d.ts']],
    ['.mjs', ['.d.mts']],
    ['.cjs', ['.d.cts']],
]);
const JAVASCRIPT_EXTENSION = /\.(?:jsx?|mjs|cjs)$/;
function flavorOf(importer) {
    return TYPESCRIPT_IMPORTERS.test(importer) ? 'typescript' : 'javascript';
}
/**
 * Finds the tracked file that `path` names, without looking into folders.
 * The exact path wins, except that a TypeScript importer prefers `a.ts` or
 * `a.tsx` over a tracked `a.js`. Then come declaration files for a
 * JavaScript extension, then each probed extension appended to the whole
 * path, so that `./button.stories` finds `button.stories.tsx`.
 *
 * NOTE: TypeScript itself picks `a.d.ts` over a tracked `a.js`. This picks
 * `a.js`, because the JavaScript file is what runs and what a change edits.
 */
function findFileWithExtensions(index, path, flavor) {
    const javascriptExtension = JAVASCRIPT_EXTENSION.exec(path)?.[0];
    const stem = javascriptExtension === undefined ? path : path.slice(0, -javascriptExtension.length);
    const preferSource = flavor === 'typescript' && javascriptExtension !== undefined;
    if (!preferSource && index.has(path))
        return path;
    const sources = javascriptExtension === undefined ? [] : SOURCE_FOR_OUTPUT.get(javascriptExtension) ?? [];
    const source = firstTracked(index, stem, sources);
    if (source !== undefined)
        return source;
    if (index.has(path))
        return path;
    const declarations = javascriptExtension === undefined ? [] : DECLARATION_FOR_OUTPUT.get(javascriptExtension) ?? [];
    return (firstTracked(index, stem, declarations) ??
        firstTracked(index, path, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER));
}
/** Finds the `index` file of `folder` under the same extension order. */
function findFolderIndex(index, folder, flavor) {
    if (!index.hasFolder(folder))
        return undefined;
    const stem = folder === '' ? 'index' : `${folder}/index`;
    return firstTracked(index, stem, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER);
}
function firstTracked(index, stem, extensions) {
    for (const extension of extensions) {
        if (index.has(stem + extension))
            return stem + extension;
    }
    return undefined;
}


/***/ })

};
