export const id = 551;
export const ids = [551];
export const modules = {

/***/ 69171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ ROOT_PACKAGE),
/* harmony export */   d: () => (/* binding */ LOCKFILE_NAMES)
/* harmony export */ });
/**
 * File names of the lockfiles that `diffLockfile` reads, with the package
 * manager that writes each. They live apart from the parsers, so that a run
 * that changes no lockfile does not load them and the YAML reader.
 */
const LOCKFILE_NAMES = {
    'package-lock.json': 'npm',
    'npm-shrinkwrap.json': 'npm',
    'yarn.lock': 'yarn',
    'pnpm-lock.yaml': 'pnpm',
};
/** Name under which `diffLockfile` reports the root package of the lockfile. */
const ROOT_PACKAGE = '';


/***/ }),

/***/ 98630:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  TI: () => (/* binding */ assembleFromTable),
  VN: () => (/* binding */ assembleGraph),
  Kk: () => (/* binding */ hasNotes),
  KC: () => (/* binding */ resolveFileRecord),
  k6: () => (/* binding */ unreadableRecord)
});

// UNUSED EXPORTS: splitRecords

;// CONCATENATED MODULE: ./src/impact/graph/capped-warnings.ts
/** Warnings of a graph build, listed up to a limit and counted in full. */
/** Maximum number of warnings listed, so that a repository with thousands of broken imports does not flood the report. */
const MAX_LISTED_WARNINGS = 100;
class CappedWarnings {
    messages = [];
    total = 0;
    add(message) {
        if (this.messages.length < MAX_LISTED_WARNINGS)
            this.messages.push(message);
        this.total++;
    }
    summary() {
        return { messages: [...this.messages], total: this.total };
    }
}

;// CONCATENATED MODULE: ./src/impact/graph/jsx-runtime-reference.ts
/** Files that TypeScript compiles as JSX. */
const JSX_FILE = /\.[jt]sx$/;
/**
 * Returns `references` plus the runtime import of the tsconfig that applies
 * to `path`, for a JSX file whose config names a `jsxImportSource`. The
 * import is added even to a file without JSX elements, which the compiler
 * leaves without it, because a selection may be too wide but not too narrow.
 */
function withJsxRuntime(resolver, path, references) {
    if (!JSX_FILE.test(path))
        return references;
    const runtime = resolver.jsxRuntimeOf?.(path);
    if (runtime === undefined)
        return references;
    return [...references, { specifier: runtime, kind: 'import', typeOnly: false, approximate: false, line: 1 }];
}

// EXTERNAL MODULE: ./src/impact/graph/edge-table.ts
var edge_table = __webpack_require__(1429);
;// CONCATENATED MODULE: ./src/impact/graph/module-graph.ts

const NO_EDGES = Object.freeze([]);
/**
 * Builds a graph over `files` from `edges`. An edge whose endpoint is not in
 * `files` is still indexed, because the caller decides what the graph
 * contains.
 */
function createModuleGraph(files, edges) {
    return graphFromTable(files, tableFromEdges(files, edges));
}
/** Builds a graph over `files` from a table whose first `fileCount` nodes are `files`. The indexes are built on first use, each in time linear in nodes plus edges. */
function graphFromTable(files, table) {
    return new TableGraph(files, table);
}
class TableGraph {
    files;
    table;
    // Plain fields rather than getters, because walks read them per step, mostly before V8 optimizes the walk.
    from;
    to;
    traits;
    nodeCount;
    ids;
    objects;
    byTarget;
    byImporter;
    allEdges;
    importerLists = new Map();
    importLists = new Map();
    constructor(files, table) {
        this.files = files;
        this.table = table;
        this.objects = new Array(table.edgeCount);
        this.from = table.from;
        this.to = table.to;
        this.traits = table.traits;
        this.nodeCount = table.nodes.length;
    }
    get edges() {
        if (this.allEdges === undefined) {
            const edges = [];
            for (let id = 0; id < this.table.edgeCount; id++)
                edges.push(this.edgeAt(id));
            this.allEdges = edges;
        }
        return this.allEdges;
    }
    has(path) {
        const id = this.idOf(path);
        return id >= 0 && id < this.table.fileCount;
    }
    importersOf(path) {
        return this.listOf(path, this.importerLists, () => (this.byTarget ??= (0,edge_table/* groupEdges */.yF)(this.table, this.table.to)));
    }
    importsOf(path) {
        return this.listOf(path, this.importLists, () => (this.byImporter ??= (0,edge_table/* groupEdges */.yF)(this.table, this.table.from)));
    }
    get importerIndex() {
        return this;
    }
    get starts() {
        return (this.byTarget ??= (0,edge_table/* groupEdges */.yF)(this.table, this.table.to)).starts;
    }
    get order() {
        return (this.byTarget ??= (0,edge_table/* groupEdges */.yF)(this.table, this.table.to)).order;
    }
    idOf(path) {
        if (this.ids === undefined) {
            const ids = new Map();
            this.table.nodes.forEach((node, id) => ids.set(node, id));
            this.ids = ids;
        }
        return this.ids.get(path) ?? -1;
    }
    pathOf(id) {
        return this.table.nodes[id];
    }
    edgeAt(id) {
        let edge = this.objects[id];
        if (edge === undefined) {
            edge = (0,edge_table/* edgeAt */.d0)(this.table, id);
            this.objects[id] = edge;
        }
        return edge;
    }
    listOf(path, lists, grouping) {
        const node = this.idOf(path);
        if (node < 0)
            return NO_EDGES;
        let list = lists.get(node);
        if (list === undefined) {
            const { starts, order } = grouping();
            const edges = [];
            for (let index = starts[node]; index < starts[node + 1]; index++)
                edges.push(this.edgeAt(order[index]));
            list = edges.length === 0 ? NO_EDGES : edges;
            lists.set(node, list);
        }
        return list;
    }
}

;// CONCATENATED MODULE: ./src/impact/graph/reference-edges.ts
/** A specifier with a script extension, as a `/// <reference path="…" />` directive has and a `types="…"` package name has not. */
const REFERENCED_FILE = /\.(?:d\.)?[cm]?[jt]sx?$/;
/**
 * Resolves `references` of `importer` and appends their edges to `sink`. A
 * resolution to many files gives one approximate edge per file. An edge
 * from the importer to itself, as a glob of its own folder gives, is dropped.
 */
function addReferenceEdges(resolver, importer, references, sink) {
    for (const reference of references) {
        const resolution = resolveReference(resolver, importer, reference);
        if (resolution.kind === 'unresolved') {
            sink.unresolved.push({ importer, reference, reason: resolution.reason });
            continue;
        }
        if (resolution.kind === 'external')
            continue;
        const targets = resolution.kind === 'file' ? [resolution.path] : resolution.paths;
        const approximate = reference.approximate || resolution.kind === 'files';
        for (const target of targets) {
            if (target === importer)
                continue;
            sink.edges.push({
                from: importer,
                to: target,
                kind: reference.kind,
                typeOnly: reference.typeOnly,
                approximate,
                specifier: reference.specifier,
                line: reference.line,
                via: resolution.via,
            });
        }
    }
}
function resolveReference(resolver, importer, reference) {
    if (reference.kind === 'reference')
        return resolveDirective(resolver, importer, reference.specifier);
    return resolver.resolve(importer, reference.specifier, optionsFor(reference));
}
/**
 * Options that make the resolver read the reference as its tool would:
 * globs and dynamic prefixes as patterns, `require` under the `require`
 * conditions, and a type-only reference as TypeScript resolves it.
 */
function optionsFor(reference) {
    if (reference.kind === 'glob')
        return { glob: true };
    if (reference.kind === 'dynamic-pattern')
        return { pattern: { suffix: reference.suffix ?? '' } };
    if (reference.typeOnly)
        return { conditions: 'types' };
    return { conditions: reference.kind === 'require' ? 'require' : 'import' };
}
/**
 * Resolves a reference directive. TypeScript reads `path="globals.d.ts"`
 * relative to the file even without `./`, but the scanner reports `path`
 * and `types` directives alike. So a specifier with a script extension is
 * tried as a relative path first, and as written when that fails.
 */
function resolveDirective(resolver, importer, specifier) {
    const bare = !specifier.startsWith('.') && !specifier.startsWith('/');
    if (bare && REFERENCED_FILE.test(specifier)) {
        const relative = resolver.resolve(importer, `./${specifier}`, { conditions: 'types' });
        if (relative.kind === 'file')
            return relative;
    }
    return resolver.resolve(importer, specifier, { conditions: 'types' });
}

;// CONCATENATED MODULE: ./src/impact/graph/file-records.ts





/** Resolves the references of `scan` into the record of its file. */
function resolveFileRecord(resolver, scan) {
    const sink = { edges: [], unresolved: [] };
    addReferenceEdges(resolver, scan.path, withJsxRuntime(resolver, scan.path, scan.references), sink);
    return { path: scan.path, edges: sink.edges, errors: scan.errors, unresolved: sink.unresolved.map(describeUnresolved), unreadable: false };
}
function unreadableRecord(path) {
    return { path, edges: [], errors: [], unresolved: [], unreadable: true };
}
/**
 * Builds the graph over `files` from the records, which must be in the
 * order of `files`. Warnings come as the build always listed them: config
 * problems from the resolver, scan errors, unreadable files, then
 * unresolved references.
 */
function assembleGraph(files, records, resolverWarnings) {
    const { table, notes } = splitRecords(files, records);
    return assembleFromTable(files, table, notes, resolverWarnings);
}
/** Builds the graph over `files` from an edge table over them and the notes of its files, in the order of `files`, with the warnings of `assembleGraph`. */
function assembleFromTable(files, table, notes, resolverWarnings) {
    const warnings = new CappedWarnings();
    for (const warning of resolverWarnings)
        warnings.add(warning);
    for (const note of notes)
        for (const error of note.errors)
            warnings.add(error);
    for (const note of notes) {
        if (note.unreadable)
            warnings.add(`${note.path}: tracked but unreadable in the work tree, so its imports are missing from the graph. Check out the file.`);
    }
    for (const note of notes)
        for (const message of note.unresolved)
            warnings.add(message);
    return { graph: graphFromTable(files, table), warnings: warnings.summary() };
}
/** Splits records into the edge table over `files` and the notes of the records that have errors, unresolved references or no text. */
function splitRecords(files, records) {
    const builder = new edge_table/* EdgeTableBuilder */.Nv(files);
    const notes = [];
    for (const record of records) {
        for (const edge of record.edges)
            builder.add(edge);
        if (hasNotes(record))
            notes.push(noteOf(record));
    }
    return { table: builder.finish(), notes };
}
function hasNotes(note) {
    return note.errors.length > 0 || note.unresolved.length > 0 || note.unreadable;
}
function noteOf({ path, errors, unresolved, unreadable }) {
    return { path, errors, unresolved, unreadable };
}
function describeUnresolved({ importer, reference, reason }) {
    return `${importer}:${reference.line}: unresolved ${reference.kind} "${reference.specifier}": ${reason}`;
}


/***/ }),

/***/ 58487:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   iD: () => (/* binding */ withPath),
/* harmony export */   sp: () => (/* binding */ withoutPath),
/* harmony export */   vt: () => (/* binding */ scanFlavorOf),
/* harmony export */   zJ: () => (/* binding */ scanCacheKey)
/* harmony export */ });
/* harmony import */ var _scan_file_kinds_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(32644);
/**
 * Scanner results stored by file content, so that a graph build scans only
 * the files whose content it has not seen before.
 */

/**
 * Returns how the scanner reads `path`: as `script`, `jsx-script`,
 * `declaration` or `component`, or undefined for files it does not scan.
 */
function scanFlavorOf(path) {
    const kind = (0,_scan_file_kinds_js__WEBPACK_IMPORTED_MODULE_0__/* .classifyPath */ .q)(path);
    if (kind.kind === 'other')
        return undefined;
    if (kind.kind === 'component')
        return 'component';
    if (kind.language.declarationFile)
        return 'declaration';
    return kind.language.jsx ? 'jsx-script' : 'script';
}
/** Key of a file's scan in a `ScanCache`. */
function scanCacheKey(blobSha, flavor) {
    return `${blobSha}:${flavor}`;
}
/** Removes the `path` prefix that the scanner puts on each error, for storing. An error without it keeps its text after `: `. */
function withoutPath(path, errors) {
    return errors.map((error) => (error.startsWith(`${path}:`) ? error.slice(path.length) : `: ${error}`));
}
/** Puts `path` back on stored errors, as the scanner formats them. */
function withPath(path, errors) {
    return errors.map((error) => `${path}${error}`);
}


/***/ }),

/***/ 15335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ isJsonObject),
/* harmony export */   o: () => (/* binding */ ConfigReader)
/* harmony export */ });
/* harmony import */ var _change_parse_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64818);
/* harmony import */ var _syntax_jsonc_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22011);
/**
 * Cached reading of JSON config files from the repository. Each problem is
 * logged once as a warning that names the file and the fix, and the caller
 * gets undefined in place of the broken file.
 */


function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class ConfigReader {
    view;
    warnings;
    jsonc = new Map();
    json = new Map();
    constructor(view, warnings) {
        this.view = view;
        this.warnings = warnings;
    }
    /**
     * Reads a tsconfig or jsconfig file, which TypeScript parses as JSON with
     * comments and trailing commas (see syntax/jsonc.ts). Returns undefined when the file is absent or
     * invalid, and logs a warning for the invalid case.
     */
    readJsonc(path) {
        if (this.jsonc.has(path))
            return this.jsonc.get(path);
        const value = this.parseJsonc(path);
        this.jsonc.set(path, value);
        return value;
    }
    /**
     * Reads a strict JSON file such as package.json, which Node and package
     * managers parse without comments. Returns undefined when the file is absent or invalid, and logs a
     * warning for the invalid case.
     */
    readJson(path) {
        if (this.json.has(path))
            return this.json.get(path);
        const value = this.parseJson(path);
        this.json.set(path, value);
        return value;
    }
    parseJsonc(path) {
        const text = this.view.readText(path);
        if (text === undefined)
            return undefined;
        let config;
        try {
            // TypeScript reads a file with only whitespace and comments as an empty config.
            config = (0,_syntax_jsonc_js__WEBPACK_IMPORTED_MODULE_1__/* .parseJsonc */ .p)(text) ?? {};
        }
        catch (error) {
            if (!(error instanceof _change_parse_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .TextSyntaxError */ .tE))
                throw error;
            this.warnings.add(`${path} line ${error.line}, column ${error.column}: invalid JSON: ${error.problem}. Fix the syntax; until then impact analysis ignores this file's options.`);
            return undefined;
        }
        if (!isJsonObject(config)) {
            this.warnings.add(`${path}: the top level is not a JSON object. Write the options as { "compilerOptions": { … } }.`);
            return undefined;
        }
        return config;
    }
    parseJson(path) {
        const text = this.view.readText(path);
        if (text === undefined)
            return undefined;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.warnings.add(`${path}: invalid JSON: ${message}. Fix the syntax; until then impact analysis ignores this file.`);
            return undefined;
        }
        if (!isJsonObject(value)) {
            this.warnings.add(`${path}: the top level is not a JSON object. Write the file as one object.`);
            return undefined;
        }
        return value;
    }
}


/***/ }),

/***/ 32655:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   gs: () => (/* binding */ lookupExports),
/* harmony export */   ji: () => (/* binding */ lookupImports),
/* harmony export */   lX: () => (/* binding */ normalizeExports)
/* harmony export */ });
/* harmony import */ var _config_reader_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15335);
/**
 * Lookup in package.json `exports` and `imports` maps, following the
 * resolution algorithm in Node's ESM documentation. Exact keys win over `*`
 * patterns, and the pattern with the longest prefix wins among patterns.
 * Conditions match in the object's key order, arrays list fallbacks, and
 * `null` excludes a subpath. The lookup only computes target strings, and
 * the caller maps them to tracked files.
 */

/** Looks up `subpath` (`.` or `./x`) in an `exports` field. */
function lookupExports(exportsField, subpath, conditions) {
    const map = normalizeExports(exportsField);
    if (typeof map === 'string')
        return { kind: 'invalid', reason: map };
    return lookupInMap(map, subpath, conditions, false);
}
/** Looks up a `#name` specifier in an `imports` field. */
function lookupImports(importsField, specifier, conditions) {
    if (!(0,_config_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .O)(importsField))
        return { kind: 'invalid', reason: '"imports" is not an object' };
    return lookupInMap(importsField, specifier, conditions, true);
}
/**
 * Turns the sugar forms of `exports` into a subpath map. A string, an array,
 * or an object of conditions is shorthand for the `.` entry. Returns a message
 * when the object mixes subpath keys and condition keys, which Node rejects.
 */
function normalizeExports(exportsField) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField) || exportsField === null) {
        return { '.': exportsField };
    }
    if (!(0,_config_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .O)(exportsField))
        return '"exports" is neither a string, an array nor an object';
    const keys = Object.keys(exportsField);
    const subpathKeys = keys.filter((key) => key.startsWith('.'));
    if (subpathKeys.length === 0)
        return { '.': exportsField };
    if (subpathKeys.length !== keys.length) {
        return '"exports" mixes subpath keys (starting with ".") and condition keys in one object';
    }
    return exportsField;
}
function lookupInMap(map, request, conditions, allowPackages) {
    const match = matchKey(map, request);
    if (!match)
        return { kind: 'no-match' };
    const collected = [];
    const problem = collectTargets(map[match.key], match.capture, conditions, allowPackages, collected);
    if (problem !== undefined)
        return { kind: 'invalid', reason: `"${match.key}": ${problem}` };
    if (collected.length === 0)
        return { kind: 'excluded', key: match.key };
    return { kind: 'targets', key: match.key, targets: collected };
}
/**
 * Finds the key for `request`: an exact key without `*` first, else the
 * pattern key whose text before `*` is longest, and on a tie the longer key.
 */
function matchKey(map, request) {
    if (Object.hasOwn(map, request) && !request.includes('*'))
        return { key: request };
    let best;
    for (const key of Object.keys(map)) {
        const star = key.indexOf('*');
        if (star < 0 || key.indexOf('*', star + 1) >= 0)
            continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        if (!request.startsWith(prefix) || request === prefix)
            continue;
        if (!request.endsWith(suffix) || request.length < key.length)
            continue;
        const better = !best || prefix.length > best.prefixLength || (prefix.length === best.prefixLength && key.length > best.key.length);
        if (better) {
            best = { key, capture: request.slice(prefix.length, request.length - suffix.length), prefixLength: prefix.length };
        }
    }
    return best && { key: best.key, capture: best.capture };
}
/**
 * Appends the targets of one map value to `collected`. An object matches
 * the first key in its own order that is `default` or an active condition,
 * and falls through to the next key when that branch yields nothing.
 * Returns a message for a target that Node would reject.
 */
function collectTargets(value, capture, conditions, allowPackages, collected) {
    if (value === null)
        return undefined;
    if (typeof value === 'string')
        return collectString(value, capture, allowPackages, collected);
    if (Array.isArray(value)) {
        let lastProblem;
        for (const entry of value) {
            lastProblem = collectTargets(entry, capture, conditions, allowPackages, collected) ?? lastProblem;
        }
        return collected.length === 0 ? lastProblem : undefined;
    }
    if ((0,_config_reader_js__WEBPACK_IMPORTED_MODULE_0__/* .isJsonObject */ .O)(value)) {
        for (const [condition, branch] of Object.entries(value)) {
            if (condition !== 'default' && !conditions.includes(condition))
                continue;
            const before = collected.length;
            const problem = collectTargets(branch, capture, conditions, allowPackages, collected);
            if (problem !== undefined)
                return problem;
            if (collected.length > before)
                return undefined;
        }
        return undefined;
    }
    return `target ${JSON.stringify(value)} is not a string, an array, an object or null`;
}
function collectString(target, capture, allowPackages, collected) {
    const substituted = capture === undefined ? target : target.replaceAll('*', capture);
    if (target.startsWith('./')) {
        collected.push({ kind: 'path', path: substituted });
        return undefined;
    }
    const isPackage = !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target);
    if (allowPackages && isPackage) {
        collected.push({ kind: 'package', specifier: substituted });
        return undefined;
    }
    return `target "${target}" must start with "./"`;
}


/***/ }),

/***/ 81713:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   Fl: () => (/* binding */ baseName),
/* harmony export */   JA: () => (/* binding */ relativeInside),
/* harmony export */   Qy: () => (/* binding */ selfAndAncestors),
/* harmony export */   uq: () => (/* binding */ describeFolder),
/* harmony export */   yS: () => (/* binding */ folderOf),
/* harmony export */   yz: () => (/* binding */ joinInRepository)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/**
 * Repository-relative POSIX paths: `''` is the repository root, folders have
 * no trailing slash, and no path starts with `/` or `..`.
 */

/**
 * Joins `relative` onto the repository folder `folder` and normalizes the
 * result. Returns undefined when `relative` is absolute or the result leaves
 * the repository.
 */
function joinInRepository(folder, relative) {
    if (relative.startsWith('/'))
        return undefined;
    const quick = joinPlainSegments(folder, relative);
    if (quick !== null)
        return quick;
    const joined = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(folder === '' ? relative : `${folder}/${relative}`);
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    if (joined === '.' || joined === './')
        return '';
    return joined.endsWith('/') ? joined.slice(0, -1) : joined;
}
/**
 * Joins the common specifiers, `./` and `../` prefixes followed by plain
 * names, without `posix.normalize`, which took about a tenth of the
 * resolution time in a CPU profile of a cold run on TanStack/query. Returns
 * null for anything else (`.` or `..` further on, empty segments, a trailing
 * slash), which the caller normalizes.
 */
function joinPlainSegments(folder, relative) {
    let base = folder;
    let rest = relative;
    if (rest.startsWith('./')) {
        rest = rest.slice(2);
    }
    else {
        while (rest.startsWith('../')) {
            if (base === '')
                return undefined;
            base = folderOf(base);
            rest = rest.slice(3);
        }
    }
    if (rest === '' || rest.startsWith('.') || rest.startsWith('/') || rest.endsWith('/') || rest.includes('/.') || rest.includes('//'))
        return null;
    return base === '' ? rest : `${base}/${rest}`;
}
/** Folder that contains `path`; `''` for a file at the root. */
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Last segment of `path`. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Returns whether `path` is `folder` itself or lies below it. */
function isInside(path, folder) {
    return folder === '' || path === folder || path.startsWith(`${folder}/`);
}
/** Path of `path` relative to `folder`, which must contain it (see `isInside`). */
function relativeInside(path, folder) {
    if (folder === '')
        return path;
    return path === folder ? '' : path.slice(folder.length + 1);
}
/** `folder` and each folder above it, deepest first, ending with the root `''`. */
function selfAndAncestors(folder) {
    const folders = [folder];
    let current = folder;
    while (current !== '') {
        current = folderOf(current);
        folders.push(current);
    }
    return folders;
}
/** Folder name for messages: the root reads as `the repository root`. */
function describeFolder(folder) {
    return folder === '' ? 'the repository root' : `${folder}/`;
}


/***/ }),

/***/ 11559:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ roundTo),
/* harmony export */   v: () => (/* binding */ saturatingScore)
/* harmony export */ });
/**
 * The curve that turns a factor's measured value into a score in 0..1.
 *
 * Every factor uses the saturating curve `1 - exp(-value / scale)`. It is 0
 * at 0, rises steeply for the first units, and approaches 1 without reaching
 * it, so one huge value cannot outweigh the other factors. The scale is the
 * value at which the score is 1 - 1/e, about 0.63. The score is 0.5 at
 * `scale * ln 2` (about 0.69 scales) and 0.95 at about 3 scales.
 */
/** Scores `value` on the saturating curve with the given scale, rounded to 3 decimals. */
function saturatingScore(value, scale) {
    if (!(scale > 0) || !Number.isFinite(scale))
        throw new RangeError(`The scale of a risk curve must be a positive number, got ${scale}`);
    if (!Number.isFinite(value) || value <= 0)
        return 0;
    return roundTo(1 - Math.exp(-value / scale), 3);
}
/** Rounds to the given number of decimals, so stored numbers carry no floating-point noise. */
function roundTo(value, decimals) {
    const factor = 10 ** decimals;
    return Math.round(value * factor) / factor;
}


/***/ }),

/***/ 81699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Yc: () => (/* binding */ deletedExportsFactor),
/* harmony export */   _6: () => (/* binding */ comparesExports)
/* harmony export */ });
/* unused harmony exports DELETED_EXPORTS_SCALE, isPublicModule, findDeletedExports */
/* harmony import */ var _curve_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11559);
/* harmony import */ var _detail_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5939);
/* harmony import */ var _detail_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(60333);
/* harmony import */ var _detail_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(25126);
/* harmony import */ var _factor_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(54497);
/**
 * Deleted exports: names that a public module exported at the base of the
 * change and no longer exports at its head. Importers outside the package
 * that use such a name break, often in repositories this one cannot test.
 */



/**
 * Deleted exports at which the score is 0.63. It is low because removing a
 * public name is a breaking change: one name scores 0.39, two 0.63 and five
 * 0.92.
 */
const DELETED_EXPORTS_SCALE = 2;
/** Script extensions whose exports are compared: TypeScript and JavaScript, declaration files included. */
const SCRIPT_MODULE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** Checks whether the path is a public module by either rule of `PublicModules`. */
function isPublicModule(path, publicModules) {
    return publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path);
}
/**
 * Collects the exports that each public TypeScript or JavaScript module lost
 * between base and head, from `removed`. A deleted module loses every export
 * and an added one loses none. Only modules that lost something are
 * returned. Throws when a module that `comparesExports` accepts has no
 * `removed`, which `withComparedExports` or `compareExports` sets.
 */
function findDeletedExports(modules, publicModules) {
    const results = [];
    for (const versions of modules) {
        if (!comparesExports(versions, publicModules))
            continue;
        if (versions.removed === undefined) {
            throw new Error(`The exports of ${versions.path} were not compared: set removed with compareExports from export-comparison.ts first.`);
        }
        const { names, wildcards } = versions.removed;
        if (names.length > 0 || wildcards.length > 0)
            results.push({ path: versions.path, names: [...names], wildcards: [...wildcards] });
    }
    return results;
}
/** Checks whether `findDeletedExports` compares the exports of these versions: a public script module that existed at the base. */
function comparesExports(versions, publicModules) {
    return SCRIPT_MODULE.test(versions.path) && isPublicModule(versions.path, publicModules) && versions.baseText !== null;
}
/**
 * Measures the deleted names of public modules. A removed `export * from`
 * counts as one, because the names behind it are not expanded.
 */
function deletedExportsFactor(modules, publicModules, weight) {
    const deleted = findDeletedExports(modules, publicModules);
    const count = deleted.reduce((sum, entry) => sum + removedCount(entry), 0);
    return (0,_factor_js__WEBPACK_IMPORTED_MODULE_0__/* .weighFactor */ .i)({
        id: 'deletedExports',
        value: count,
        unit: count === 1 ? 'export' : 'exports',
        score: (0,_curve_js__WEBPACK_IMPORTED_MODULE_1__/* .saturatingScore */ .v)(count, DELETED_EXPORTS_SCALE),
        detail: describe(deleted, count),
    }, weight);
}
function removedCount(entry) {
    return entry.names.length + entry.wildcards.length;
}
function describe(deleted, count) {
    // The module that lost the most comes first, and ties keep the input order.
    const top = [...deleted].sort((a, b) => removedCount(b) - removedCount(a))[0];
    if (top === undefined)
        return 'No public module lost an export.';
    const parts = [];
    if (top.names.length > 0)
        parts.push(`no longer exports ${(0,_detail_text_js__WEBPACK_IMPORTED_MODULE_2__/* .listNames */ .Zv)(top.names)}`);
    if (top.wildcards.length > 0)
        parts.push(`no longer re-exports everything from ${(0,_detail_text_js__WEBPACK_IMPORTED_MODULE_2__/* .listNames */ .Zv)(top.wildcards)}`);
    const total = `${(0,_detail_text_js__WEBPACK_IMPORTED_MODULE_3__/* .countOf */ .pq)(count, 'export', 'exports')} of public modules ${count === 1 ? 'was' : 'were'} deleted`;
    return `${total}; ${(0,_detail_text_js__WEBPACK_IMPORTED_MODULE_4__/* .quoteName */ .A)(top.path)} ${parts.join(' and ')}.`;
}


/***/ }),

/***/ 54497:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ weighFactor)
/* harmony export */ });
/* unused harmony export FACTOR_LABELS */
/* harmony import */ var _curve_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(11559);
/**
 * Assembly of a `RiskFactor` from what a factor measured, so every factor
 * rounds and weighs its score the same way.
 */

/** Row labels of the factors in reports. */
const FACTOR_LABELS = {
    diffSize: 'Diff size',
    diffSpread: 'Diff spread',
    fanIn: 'Fan-in',
    centrality: 'Centrality',
    churn: 'Churn',
    authors: 'Authors',
    uncoveredLines: 'Uncovered changed lines',
    sensitivePaths: 'Sensitive paths',
    deletedExports: 'Deleted exports',
};
/**
 * Builds the factor with its weight. The contribution is `score * weight`,
 * rounded to 3 decimals. A negative or non-finite weight is a `RangeError`,
 * because the settings layer is expected to reject it first.
 */
function weighFactor(measurement, weight) {
    if (!Number.isFinite(weight) || weight < 0) {
        throw new RangeError(`The weight of the risk factor ${measurement.id} must be a number of at least 0, got ${weight}`);
    }
    return {
        id: measurement.id,
        label: FACTOR_LABELS[measurement.id],
        value: measurement.value,
        unit: measurement.unit,
        score: measurement.score,
        weight,
        contribution: (0,_curve_js__WEBPACK_IMPORTED_MODULE_0__/* .roundTo */ .G)(measurement.score * weight, 3),
        detail: measurement.detail,
    };
}


/***/ }),

/***/ 32644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ scriptBlockLanguage),
/* harmony export */   q: () => (/* binding */ classifyPath)
/* harmony export */ });
/**
 * Decides from a file's name whether and how its text is scanned.
 */
const TYPESCRIPT = /\.[mc]?ts$/;
const JSX_SCRIPT = /\.(?:tsx|jsx|js|mjs|cjs)$/;
const COMPONENT = /\.(?:vue|svelte)$/;
/** `.d.ts`, `.d.mts`, `.d.cts`, and TypeScript 5's `.d.<extension>.ts` for files such as `styles.d.css.ts`. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[mc]?ts$/;
/** Returns how to scan the file at `path`; the extension is compared without regard to case. */
function classifyPath(path) {
    const name = path.toLowerCase();
    if (TYPESCRIPT.test(name))
        return { kind: 'script', language: { jsx: false, declarationFile: DECLARATION_FILE.test(name) } };
    if (JSX_SCRIPT.test(name))
        return { kind: 'script', language: { jsx: true, declarationFile: false } };
    if (COMPONENT.test(name))
        return { kind: 'component' };
    return { kind: 'other' };
}
/**
 * Returns the language of a `<script lang="...">` block. Vue and Svelte
 * accept `ts` and `typescript`; a missing `lang` means JavaScript.
 */
function scriptBlockLanguage(lang) {
    const value = (lang ?? 'js').toLowerCase();
    return { jsx: value !== 'ts' && value !== 'typescript', declarationFile: false };
}


/***/ }),

/***/ 20551:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImpactStage: () => (/* binding */ runImpactStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/run/crypto-on-demand.ts
var crypto_on_demand = __webpack_require__(12918);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/history.ts
/**
 * Git adapter for the recent history of files: how many commits touched each
 * path in a time window, and how many distinct people wrote them. Risk
 * analysis reads churn and author counts from it.
 */







/**
 * Maximum total length of the path arguments of one `git log` call. Windows
 * limits a whole command line to 32,767 characters (CreateProcess, as Raymond
 * Chen's "What is the command line length limit?" explains), the lowest limit
 * of the supported runners. The rest of the budget covers git's own path, the
 * options and the quoting that Node adds there.
 */
const PATH_ARGUMENTS_MAX_CHARACTERS = 16_000;
// `:(top,literal)` makes each pathspec repository-relative wherever `cwd` is,
// and stops git from reading `*`, `?` or `[` in a path as a wildcard.
const PATHSPEC_MAGIC = ':(top,literal)';
/**
 * Options of `git log` that pin what user configuration could change.
 * `--no-renames` and `--no-follow` stop git from tracing a renamed file back
 * to its old name (`diff.renames`, `log.follow`). `--root` lists the files of
 * a root commit (`log.showRoot`). `--no-relative` keeps paths relative to the
 * top folder (`diff.relative`). `--no-show-signature` keeps signature checks
 * out of the output (`log.showSignature`).
 */
const LOG_ARGUMENTS = [
    '-z',
    '--name-only',
    '--no-renames',
    '--no-follow',
    '--root',
    '--no-relative',
    '--no-show-signature',
    // Every non-merge commit that changed a path, also those on side branches
    // whose result the default history simplification would hide.
    '--full-history',
    '--no-merges',
    // A leading NUL makes every commit header start after an empty field, which
    // no path can produce, so a file name can never pass for a header.
    '--format=%x00%H %aE',
];
/**
 * Reads, for each path, the commits that changed it from `since` up to the
 * commit `until`, and their distinct authors. It runs one `git log` per chunk
 * of paths, which is one call unless the paths exceed
 * `PATH_ARGUMENTS_MAX_CHARACTERS`.
 *
 * Renames are not followed, so a moved file's history starts at the move.
 * `since` filters by committer date. Author addresses go through `.mailmap`
 * (`%aE`), are lowercased and are stored only as SHA-256 digests.
 * NOTE: an unsalted digest hides an address from readers of the output, but
 * anyone who guesses an address can confirm it by hashing it.
 *
 * A shallow clone returns the commits it has and sets `shallow`. It leaves
 * out the commits at the shallow boundary, because git has no parent to
 * compare them with and lists every file of their tree as changed.
 * Throws a `UserError` when `until` names no commit or `since` is empty.
 */
async function fileHistory(cwd, paths, options) {
    validateOptions(options);
    const { sha: until, shallow } = options.shallow === undefined ? await (0,git/* resolveCommitInClone */.W5)(cwd, options.until) : { sha: options.until, shallow: options.shallow };
    const requested = distinctPaths(paths);
    const boundary = shallow ? await shallowBoundary(cwd) : new Set();
    const tally = new HistoryTally(requested);
    for (const chunk of chunkPaths(requested, PATH_ARGUMENTS_MAX_CHARACTERS)) {
        const output = await (0,run_git/* runGitChecked */.lH)(cwd, [
            'log',
            ...LOG_ARGUMENTS,
            `--since=${options.since}`,
            '--end-of-options',
            until,
            '--',
            ...chunk.map(pathspecOf),
        ]);
        for (const commit of parseLog(output)) {
            if (!boundary.has(commit.sha))
                tally.add(commit);
        }
    }
    return { ...tally.result(), since: options.since, shallow };
}
function pathspecOf(path) {
    return (0,git_path/* hasEscapedBytes */.Bz)(path) ? (0,git_path/* bytePatternPathspec */.Lo)(path) : `${PATHSPEC_MAGIC}${path}`;
}
function validateOptions(options) {
    (0,git/* assertSafeRef */.xT)(options.until, 'end commit of the history window');
    if (options.since.trim() === '' || /[\u0000-\u001f\u007f]/.test(options.since)) {
        throw new errors/* UserError */.yo(`The start of the history window ${JSON.stringify(options.since)} is empty or contains a control character. ` +
            'Pass a date or a period that git log --since accepts, such as "90 days"');
    }
}
/** Reads the SHAs of the shallow boundary commits from the `shallow` file of the repository. */
async function shallowBoundary(cwd) {
    const location = (await (0,run_git/* runGitChecked */.lH)(cwd, ['rev-parse', '--git-path', 'shallow'])).toString('utf8').trim();
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, location), 'utf8');
    }
    catch (error) {
        // A repository that became complete between the two calls has no shallow file.
        if (error.code === 'ENOENT')
            return new Set();
        throw error;
    }
    return new Set(text.split('\n').filter((line) => line !== ''));
}
function distinctPaths(paths) {
    for (const path of paths) {
        // An empty literal pathspec would match the whole repository.
        if (path === '')
            throw new Error('fileHistory received an empty path; pass repository-relative file paths');
    }
    return [...new Set(paths)];
}
/**
 * Splits paths into groups whose pathspec arguments, magic prefix and one
 * separator each included, stay within `maxCharacters`. A single path longer
 * than that gets a group of its own.
 */
function chunkPaths(paths, maxCharacters) {
    const chunks = [];
    let current = [];
    let size = 0;
    for (const path of paths) {
        const cost = PATHSPEC_MAGIC.length + path.length + 1;
        if (current.length > 0 && size + cost > maxCharacters) {
            chunks.push(current);
            current = [];
            size = 0;
        }
        current.push(path);
        size += cost;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/**
 * Parses the output of `git log` with `LOG_ARGUMENTS`. Each commit is an
 * empty field, a `SHA EMAIL` field, then its paths as NUL-terminated fields.
 * Git separates the header from the first path with a line feed, which is
 * removed once, because a file name may itself start with one.
 */
function parseLog(output) {
    const commits = [];
    let current;
    let expectHeader = false;
    let firstPath = false;
    for (const field of (0,git_path/* splitNulFields */.ze)(output)) {
        if (field.length === 0) {
            expectHeader = true;
            continue;
        }
        if (expectHeader) {
            current = parseHeader(field.toString('utf8'));
            commits.push(current);
            expectHeader = false;
            firstPath = true;
            continue;
        }
        const bytes = firstPath && field[0] === LINE_FEED ? field.subarray(1) : field;
        firstPath = false;
        if (current !== undefined && bytes.length > 0)
            current.paths.push((0,git_path/* decodeGitPath */.yV)(bytes));
    }
    return commits;
}
const LINE_FEED = 0x0a;
function parseHeader(field) {
    const space = field.indexOf(' ');
    const sha = space < 0 ? field : field.slice(0, space);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        throw new Error(`Unexpected git log output: ${JSON.stringify(field.slice(0, 80))} is not a commit header`);
    }
    return { sha, email: space < 0 ? '' : field.slice(space + 1), paths: [] };
}
/** Hashes an address with SHA-256 (hex) after trimming and lowercasing it, so case variants count once. */
function hashEmail(email) {
    return (0,crypto_on_demand/* sha256Hex */.fg)(email.trim().toLowerCase());
}
/** Per-path and total counts over the commits of every chunk. A commit seen in two chunks counts once in the totals. */
class HistoryTally {
    #files = new Map();
    #commits = new Set();
    #authors = new Set();
    constructor(paths) {
        for (const path of paths)
            this.#files.set(path, { commits: 0, authors: new Set() });
    }
    add(commit) {
        const author = hashEmail(commit.email);
        let touched = false;
        for (const path of new Set(commit.paths)) {
            const file = this.#files.get(path);
            if (file === undefined)
                continue;
            file.commits += 1;
            file.authors.add(author);
            touched = true;
        }
        if (!touched)
            return;
        this.#commits.add(commit.sha);
        this.#authors.add(author);
    }
    result() {
        const files = [...this.#files].map(([path, file]) => ({ path, commits: file.commits, authors: [...file.authors].sort() }));
        return { files, commits: this.#commits.size, authors: [...this.#authors].sort() };
    }
}

// EXTERNAL MODULE: ./src/git/tree-view.ts + 1 modules
var tree_view = __webpack_require__(98037);
// EXTERNAL MODULE: ./src/impact/change/detect-change.ts + 5 modules
var detect_change = __webpack_require__(78323);
// EXTERNAL MODULE: ./src/impact/display-text.ts
var display_text = __webpack_require__(25126);
// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
;// CONCATENATED MODULE: ./src/impact/model.ts
/**
 * The data that the parts of impact analysis pass to each other: the change,
 * the module graph, the selection of tests and suites, the risk, and the
 * settings that `.github/testmaster.yml` gives them. Every part takes and
 * returns these plain values, so each can be tested without the others.
 */
/** Schedule tiers of suites, from the one that runs on every change to the rarest. */
const TIERS = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'];
// ------------------------------------------------------------------ the risk
const RISK_FACTORS = [
    'diffSize',
    'diffSpread',
    'fanIn',
    'centrality',
    'churn',
    'authors',
    'uncoveredLines',
    'sensitivePaths',
    'deletedExports',
];

;// CONCATENATED MODULE: ./src/impact/risk/strategy.ts
/**
 * Choice of the schedule tiers whose suites run now, from the risk level and
 * the run-all triggers. Suites of the other tiers keep their schedule.
 */


/** Tiers that run now at `high`: the continuous suites plus the hourly and daily ones. */
const HIGH_RISK_TIERS = ['continuous', 'hourly', 'daily'];
/**
 * Chooses the tiers: every tier when a run-all trigger fired or the level is
 * `critical`, `HIGH_RISK_TIERS` at `high`, and only `continuous` otherwise.
 * The reason is one sentence that names the level and score, or the first trigger.
 */
function chooseStrategy(level, score, runAllReasons) {
    const trigger = runAllReasons[0];
    if (trigger !== undefined) {
        const others = runAllReasons.length > 1 ? ` and ${runAllReasons.length - 1} more` : '';
        const file = trigger.file === '' ? '' : ` by ${(0,display_text/* quoteName */.A)(trigger.file)}`;
        return {
            tiers: [...TIERS],
            reason: `The run-all trigger ${(0,display_text/* quoteName */.A)(trigger.trigger)} fired${file}${others}, so suites of every tier run now.`,
        };
    }
    const measured = `The risk is ${level} (score ${formatScore(score)})`;
    if (level === 'critical')
        return { tiers: [...TIERS], reason: `${measured}, so suites of every tier run now.` };
    if (level === 'high') {
        return { tiers: [...HIGH_RISK_TIERS], reason: `${measured}, so hourly and daily suites run now as well as continuous ones.` };
    }
    return { tiers: ['continuous'], reason: `${measured}, so only continuous suites run now, and the other tiers keep their schedule.` };
}
/** Formats a score with one decimal, as reports show it: `42.5`. */
function formatScore(score) {
    return score.toFixed(1);
}

// EXTERNAL MODULE: ./src/impact/graph/edge-table.ts
var edge_table = __webpack_require__(1429);
;// CONCATENATED MODULE: ./src/impact/report/chart-edges.ts
/**
 * Choice of what the module chart shows. Impact flows from a changed module
 * to the files that import it, and on to the tests. The chart keeps one
 * shortest chain per affected test and, within the caps, the edges that the
 * most of those chains share.
 */

/** Caps that keep the chart readable in a pull-request comment. */
const DEFAULT_CHART_LIMITS = { nodes: 30, edges: 40 };
/**
 * Selects the nodes and edges of the chart:
 * 1. a breadth-first search from the changed modules along importer edges
 *    gives each reached file one shortest chain back to a change;
 * 2. each edge counts the affected tests whose chain crosses it;
 * 3. edges are taken by that count, nearer the change first on ties, while
 *    both caps hold, and only when the edge's imported end is shown, so
 *    every shown chain is connected to a change;
 * 4. changed modules that no test reaches fill the remaining node places.
 */
function selectChart(input, limits = DEFAULT_CHART_LIMITS) {
    const changed = new Set(input.changedPaths);
    const tests = new Set(input.testPaths);
    const index = input.graph.importerIndex;
    const chains = shortestChains([...changed].sort(), index);
    const counted = countTestsPerEdge(tests, chains, index);
    const shown = new Map();
    const node = (path) => ({ path, changed: changed.has(path), test: tests.has(path) });
    const edges = [];
    // Each counted link is named by its importer's node id.
    for (const link of rankEdges(counted, chains, index)) {
        // Each link not taken yet ends at a file not shown yet, so a full node cap ends the choice.
        if (edges.length >= limits.edges || shown.size >= limits.nodes)
            break;
        const imported = index.pathOf(chains.parent[link]);
        const importer = index.pathOf(link);
        const isRoot = chains.depth[chains.parent[link]] === 0;
        if (!shown.has(imported) && !isRoot)
            continue;
        const added = shown.has(imported) ? 1 : 2;
        if (shown.size + added > limits.nodes)
            continue;
        if (!shown.has(imported))
            shown.set(imported, node(imported));
        shown.set(importer, node(importer));
        edges.push({ imported, importer, typeOnly: chains.typeOnly[link] === 1, tests: chains.tests[link] });
    }
    const modules = changedModules(changed, tests, index);
    for (const path of modules) {
        if (shown.size >= limits.nodes)
            break;
        if (!shown.has(path))
            shown.set(path, node(path));
    }
    return {
        nodes: [...shown.values()],
        edges,
        hiddenEdges: counted.length - edges.length,
        hiddenChangedModules: modules.filter((path) => !shown.has(path)).length,
    };
}
/**
 * Searches breadth-first from `sources`, visiting the importers of each file
 * in path order with one visit per importing file. A file's link to itself
 * is not followed, and a changed path outside the graph reaches nothing.
 */
function shortestChains(sources, index) {
    const { starts, order, from, traits, nodeCount } = index;
    const chains = { depth: new Int32Array(nodeCount).fill(-1), parent: new Int32Array(nodeCount).fill(-1), typeOnly: new Uint8Array(nodeCount), tests: new Int32Array(nodeCount) };
    const queue = new Int32Array(nodeCount);
    let queued = 0;
    for (const source of sources) {
        const root = index.idOf(source);
        if (root < 0)
            continue;
        chains.depth[root] = 0;
        queue[queued++] = root;
    }
    // Several references from one file are adjacent in path order, and the link is type-only only if every one of them is.
    const visitImporters = (module, edgeIds, begin, end) => {
        for (let at = begin; at < end;) {
            const importer = from[edgeIds[at]];
            let typeOnly = 1;
            for (; at < end && from[edgeIds[at]] === importer; at += 1)
                if ((traits[edgeIds[at]] & edge_table/* TYPE_ONLY */.eI) === 0)
                    typeOnly = 0;
            if (importer === module || chains.depth[importer] !== -1)
                continue;
            chains.depth[importer] = chains.depth[module] + 1;
            chains.parent[importer] = module;
            chains.typeOnly[importer] = typeOnly;
            queue[queued++] = importer;
        }
    };
    for (let next = 0; next < queued; next += 1) {
        const module = queue[next];
        const begin = starts[module];
        const end = starts[module + 1];
        if (isSortedByImporter(index, order, from, begin, end)) {
            visitImporters(module, order, begin, end);
        }
        else {
            const sorted = sortedByImporter(index, begin, end);
            visitImporters(module, sorted, 0, sorted.length);
        }
    }
    return chains;
}
/** Checks whether the importers of the edges `order[begin]` to `order[end - 1]` are in path order. */
function isSortedByImporter(index, order, from, begin, end) {
    for (let at = begin + 1; at < end; at += 1) {
        const previous = from[order[at - 1]];
        const current = from[order[at]];
        if (previous !== current && index.pathOf(previous) > index.pathOf(current))
            return false;
    }
    return true;
}
/** Sorts the edge ids `order[begin]` to `order[end - 1]` by the importer's path; the sort is stable, so each importer's edges stay in order. */
function sortedByImporter(index, begin, end) {
    return [...index.order.subarray(begin, end)].sort((a, b) => compareText(index.pathOf(index.from[a]), index.pathOf(index.from[b])));
}
/** Walks each test's chain back to its changed module and counts the test on every link; returns the links counted, by importer node id. */
function countTestsPerEdge(tests, chains, index) {
    const counted = [];
    for (const test of tests) {
        const start = index.idOf(test);
        if (start < 0 || chains.depth[start] === -1)
            continue;
        for (let link = start; chains.parent[link] !== -1; link = chains.parent[link]) {
            if (chains.tests[link] === 0)
                counted.push(link);
            chains.tests[link] = chains.tests[link] + 1;
        }
    }
    return counted;
}
/**
 * Yields links by tests served, then by distance from the change, then by
 * path. A link never serves more tests than the link before it on its
 * chain, so every link comes after the links that connect it to the change.
 * Links that serve equally many tests are sorted only when the caller gets
 * to them, because the caps usually end the choice within the first few
 * groups, and the last group (one test each) contains most links.
 */
function* rankEdges(links, chains, index) {
    const byTests = new Map();
    for (const link of links) {
        const group = byTests.get(chains.tests[link]);
        if (group === undefined)
            byTests.set(chains.tests[link], [link]);
        else
            group.push(link);
    }
    const counts = [...byTests.keys()].sort((a, b) => b - a);
    const pathOf = (node) => index.pathOf(node);
    for (const count of counts) {
        yield* byTests.get(count).sort((a, b) => chains.depth[a] - chains.depth[b] || compareText(pathOf(chains.parent[a]), pathOf(chains.parent[b])) || compareText(pathOf(a), pathOf(b)));
    }
}
/**
 * Lists the changed files that the chart may show, sorted by path: modules
 * of the graph and tests. Other changed files, such as
 * documentation, are not modules.
 */
function changedModules(changed, tests, index) {
    const inGraph = new Set();
    const withoutImporters = new Set();
    for (const path of changed) {
        const node = index.idOf(path);
        if (node < 0)
            continue;
        if (index.starts[node + 1] > index.starts[node])
            inGraph.add(node);
        else
            withoutImporters.add(node);
    }
    // A changed file that no file imports is in the graph when it imports one. One pass over the importer column finds
    // them all, where the graph's imports index would group every edge first.
    if (withoutImporters.size > 0) {
        // `order` lists every edge id once, so its length is the edge count.
        for (let edge = 0; edge < index.order.length; edge += 1)
            if (withoutImporters.has(index.from[edge]))
                inGraph.add(index.from[edge]);
    }
    return [...changed].filter((path) => inGraph.has(index.idOf(path)) || tests.has(path)).sort(compareText);
}
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/impact/report/chart.ts
/**
 * The module chart of the report: changed modules, the files that import
 * them, and the affected tests at the end of the chains, as a Mermaid
 * flowchart within the caps of `selectChart`.
 */




const CLASSES = [
    { name: 'changed', fill: '#fde2e1', stroke: '#c62828' },
    { name: 'test', fill: '#e3f2fd', stroke: '#1565c0' },
];
/**
 * Builds the chart, or returns null when it would have no edge: without a
 * chain from a change to a test there is nothing to draw beyond the lists.
 * Changed modules have the class `changed`, affected tests `test`, and a
 * type-only link is a dotted arrow.
 */
function impactChart(result, limits = DEFAULT_CHART_LIMITS) {
    const selection = selectChart({
        changedPaths: result.changedFiles.filter((file) => file.status !== 'deleted').map((file) => file.path),
        testPaths: result.affectedTests.map((test) => test.path),
        graph: result.graph,
    }, limits);
    if (selection.edges.length === 0)
        return null;
    const ids = new Map(selection.nodes.map((node, index) => [node.path, `n${index}`]));
    const source = (0,mermaid/* flowchartSource */.Y0)({
        nodes: selection.nodes.map((node) => {
            const className = nodeClass(node);
            const label = (0,display_text/* displayText */.W)(node.path);
            return className === undefined ? { id: ids.get(node.path), label } : { id: ids.get(node.path), label, className };
        }),
        edges: selection.edges.map((edge) => ({ from: ids.get(edge.imported), to: ids.get(edge.importer), dotted: edge.typeOnly })),
        classes: CLASSES,
    });
    return { block: { kind: 'mermaid', source }, omitted: omittedSentence(selection.hiddenEdges, selection.hiddenChangedModules) };
}
function nodeClass(node) {
    if (node.changed)
        return 'changed';
    if (node.test)
        return 'test';
    return undefined;
}
function omittedSentence(edges, changedModules) {
    const parts = [];
    if (edges > 0)
        parts.push((0,count_text/* countOf */.pq)(edges, 'more edge', 'more edges'));
    if (changedModules > 0)
        parts.push((0,count_text/* countOf */.pq)(changedModules, 'more changed module', 'more changed modules'));
    if (parts.length === 0)
        return null;
    return `${parts.join(' and ')} not shown.`;
}

// EXTERNAL MODULE: ./src/report/control-characters.ts
var control_characters = __webpack_require__(90900);
;// CONCATENATED MODULE: ./src/impact/report/result.ts
/**
 * The findings of the impact stage as the report section reads them: the
 * change, the selection, the risk and the graph edges the chart draws.
 */
/** Checks whether every test runs because a run-all trigger fired. */
function runsAll(result) {
    return result.runAllReasons.length > 0;
}
/** Trigger of the run-all reason that the stage adds when the change could not be determined. */
const UNKNOWN_CHANGE_TRIGGER = 'change unknown';
/** Returns why the change could not be determined, or null when it was. */
function unknownChangeReason(result) {
    return result.runAllReasons.find((reason) => reason.trigger === UNKNOWN_CHANGE_TRIGGER)?.detail ?? null;
}
/**
 * Returns the risk level to report: `unknown` when the change could not be
 * determined, because the factors then measured nothing and the computed
 * level would read as low.
 */
function reportedRiskLevel(result) {
    return unknownChangeReason(result) === null ? result.risk.level : 'unknown';
}

;// CONCATENATED MODULE: ./src/impact/report/outputs.ts
/**
 * Action outputs of the impact stage, without the `impact-` prefix that the
 * run adds, and the argument lists for the test runners.
 *
 * Lists whose name ends in `-json` or that contain runner arguments are JSON
 * arrays. The others are newline-separated lists, which cannot hold a name
 * with a line break, so such names appear only in the JSON forms.
 */


/**
 * Builds the outputs:
 * - `affected-tests`: paths of the affected tests, one per line;
 * - `affected-tests-json`: the same paths as a JSON array, with none left out;
 * - `affected-packages`: names of the affected workspace packages, one per line;
 * - `suites`: JSON array of the selected suites whose tier runs now;
 * - `risk-level`: `low`, `medium`, `high` or `critical`, or `unknown` when the change could not be determined;
 * - `run-all`: `true` when a run-all trigger fired, else `false`;
 * - `run-all-reason`: one line per trigger with its file and detail, empty without run-all;
 * - `vitest-args`, `jest-args`: see `vitestArguments` and `jestArguments`.
 */
function impactOutputs(result) {
    const runAll = runsAll(result);
    const testPaths = result.affectedTests.map((test) => test.path);
    return {
        'affected-tests': lineList(testPaths),
        'affected-tests-json': JSON.stringify(testPaths),
        'affected-packages': lineList(result.affectedPackages),
        suites: JSON.stringify(suitesRunningNow(result)),
        'risk-level': reportedRiskLevel(result),
        'run-all': String(runAll),
        'run-all-reason': runAllReasonLines(result.runAllReasons),
        'vitest-args': JSON.stringify(vitestArguments(result.affectedTests, runAll)),
        'jest-args': JSON.stringify(jestArguments(result.affectedTests, runAll)),
    };
}
/** Joins names with line feeds, leaving out names that contain a line break. */
function lineList(names) {
    return names.filter((name) => !hasLineBreak(name)).join('\n');
}
/** Checks whether a name contains a character that ends a line in a newline list or in YAML. */
function hasLineBreak(name) {
    return /[\n\r\u0085\u2028\u2029]/.test(name);
}
/** Lists the suites whose tier the risk strategy runs now, as plain JSON objects. */
function suitesRunningNow(result) {
    const tiers = new Set(result.risk.strategy.tiers);
    return result.suites
        .filter((suite) => tiers.has(suite.tier))
        .map((suite) => ({ name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons: [...suite.reasons] }));
}
/**
 * Formats each trigger as `trigger (file): detail` on its own line, leaving
 * out an empty file or detail. Line breaks inside a part become spaces, so
 * each line is one trigger.
 */
function runAllReasonLines(reasons) {
    return reasons.map((reason) => (0,control_characters/* sanitizeLine */.g$)(runAllReasonText(reason))).join('\n');
}
function runAllReasonText(reason) {
    const file = reason.file === '' ? '' : ` (${reason.file})`;
    const detail = reason.detail === '' ? '' : `: ${reason.detail}`;
    return `${reason.trigger}${file}${detail}`;
}
/**
 * Builds the arguments for `vitest run`: the paths of the affected tests that
 * must run, or none when every test runs. Type-check-only tests are left out
 * because Vitest does not type-check them, and `tsc` checks them instead.
 * Vitest matches each argument as a substring of a test file's path relative
 * to the working folder, so run it from the repository root. A path may then
 * also select another test whose path contains it.
 * NOTE: with no affected test and no run-all the list is empty too, and an
 * empty list runs every test, so skip the step when `affected-tests` is empty
 * and `run-all` is `false`.
 */
function vitestArguments(tests, runAll) {
    return runAll ? [] : testsToRun(tests).map(asPathArgument);
}
/**
 * Builds the arguments for `jest --runTestsByPath`: the exact paths of the
 * affected tests that must run, or none when every test runs. The same notes apply as for
 * `vitestArguments`, except that Jest matches the paths exactly.
 */
function jestArguments(tests, runAll) {
    return runAll ? [] : testsToRun(tests).map(asPathArgument);
}
function testsToRun(tests) {
    return tests.filter((test) => test.need === 'run').map((test) => test.path);
}
/** Puts `./` in front of a path that starts with `-`, so the runner cannot read it as an option. */
function asPathArgument(path) {
    return path.startsWith('-') ? `./${path}` : path;
}

;// CONCATENATED MODULE: ./src/impact/report/result-json.ts
/** The JSON result of the impact stage: the `--json` output and the stage's entry in the `result` output. */

/** Copies the result into plain JSON data. The graph edges stay out, because the tests carry their own chains. */
function impactJson(result) {
    const tiers = new Set(result.risk.strategy.tiers);
    return {
        changedFiles: result.changedFiles.map((file) => ({ ...file })),
        affectedTests: result.affectedTests.map((test) => ({ ...test })),
        affectedModules: [...result.affectedModules],
        affectedPackages: [...result.affectedPackages],
        runAll: { enabled: runsAll(result), reasons: result.runAllReasons.map((reason) => ({ ...reason })) },
        suites: result.suites.map((suite) => ({ ...suite, runsOn: [...suite.runsOn], reasons: [...suite.reasons], runsNow: tiers.has(suite.tier) })),
        risk: {
            level: reportedRiskLevel(result),
            score: result.risk.score,
            factors: result.risk.factors.map((factor) => ({ ...factor })),
            strategy: { tiers: [...result.risk.strategy.tiers], reason: result.risk.strategy.reason },
        },
        notes: [...result.notes],
        warnings: [...result.warnings],
    };
}

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
;// CONCATENATED MODULE: ./src/impact/report/sections.ts
/**
 * The blocks of the impact report, one function per section. Paths are in
 * their `displayText` form, as plain text or code spans, which the renderers escape.
 */





function runAllBlocks(reasons) {
    if (reasons.length === 0)
        return [];
    return [
        { kind: 'heading', level: 4, text: 'Run-all triggers' },
        { kind: 'paragraph', text: 'Every test runs because these changes can affect any test:' },
        { kind: 'list', items: reasons.map(triggerItem) },
    ];
}
/** Formats a trigger as `lockfile: package-lock.json (dependencies changed)`, leaving out an empty file or detail. */
function triggerItem(reason) {
    const spans = [{ text: reason.trigger, style: 'bold' }];
    if (reason.file !== '')
        spans.push({ text: ': ' }, { text: (0,display_text/* displayText */.W)(reason.file), style: 'code' });
    if (reason.detail !== '')
        spans.push({ text: ` (${reason.detail})` });
    return spans;
}
function riskBlocks(risk) {
    const rows = risk.factors.map((factor) => [
        factor.label,
        formatValue(factor),
        factor.score.toFixed(2),
        formatNumber(factor.weight),
        factor.contribution.toFixed(1),
        factor.detail,
    ]);
    const totalWeight = risk.factors.reduce((sum, factor) => sum + factor.weight, 0);
    rows.push([[{ text: 'Total', style: 'bold' }], '', '', formatNumber(totalWeight), [{ text: formatScore(risk.score), style: 'bold' }], `Level ${risk.level}`]);
    return [
        { kind: 'heading', level: 4, text: `Risk: ${risk.level}` },
        {
            kind: 'table',
            header: ['Factor', 'Value', 'Score', 'Weight', 'Contribution', 'Detail'],
            align: ['left', 'right', 'right', 'right', 'right', 'left'],
            rows,
        },
    ];
}
/** Builds the risk section for a change that could not be determined. No factor measured anything, so it gives the reason instead of the table. */
function unknownRiskBlocks(reason) {
    return [
        { kind: 'heading', level: 4, text: 'Risk: unknown' },
        { kind: 'paragraph', text: `The change could not be determined, so its risk was not measured and every test runs. ${(0,issues/* endSentence */.H_)(reason)}` },
    ];
}
/** Formats a value with its unit: `1,204 lines`, `12.5% of modules`. */
function formatValue(factor) {
    const value = formatNumber(factor.value);
    return factor.unit.startsWith('%') ? `${value}${factor.unit}` : `${value} ${factor.unit}`;
}
function formatNumber(value) {
    return (0,count_text/* formatDecimal */.zJ)(value, 2);
}
function strategyBlocks(risk) {
    return [
        { kind: 'heading', level: 4, text: 'Strategy' },
        { kind: 'paragraph', text: risk.strategy.reason },
        { kind: 'paragraph', text: [{ text: 'Tiers that run now: ' }, ...joinCode(risk.strategy.tiers)] },
    ];
}
function suiteBlocks(suites, tiersNow) {
    if (suites.length === 0)
        return [];
    const now = new Set(tiersNow);
    const rows = suites.map((suite) => [
        [{ text: suite.name, style: 'code' }],
        suite.tier,
        now.has(suite.tier) ? 'yes' : 'no, on schedule',
        suite.runsOn.length === 0 ? '' : joinCode(suite.runsOn),
        reasonsCell(suite.reasons),
    ]);
    return [
        { kind: 'heading', level: 4, text: 'Selected suites' },
        { kind: 'table', header: ['Suite', 'Tier', 'Runs now', 'Runs on', 'Why'], rows },
    ];
}
const REASONS_PER_SUITE = 3;
function reasonsCell(reasons) {
    const listed = reasons.slice(0, REASONS_PER_SUITE).join('; ');
    const hidden = reasons.length - REASONS_PER_SUITE;
    return hidden > 0 ? `${listed} and ${(0,count_text/* formatCount */.B4)(hidden)} more` : listed;
}
/** Lists the affected tests in at most `limit` rows, followed by a paragraph that counts the rest. */
function affectedTestBlocks(tests, limit, runAll) {
    const heading = { kind: 'heading', level: 4, text: `Affected tests (${(0,count_text/* formatCount */.B4)(tests.length)})` };
    if (tests.length === 0) {
        const text = runAll ? 'No test was traced to the change; every test runs anyway.' : 'No test is affected by the change.';
        return [heading, { kind: 'paragraph', text }];
    }
    // Tests that must run come before those that only need a type check, each group by path.
    const sorted = [...tests].sort((a, b) => needOrder(a) - needOrder(b) || sections_compareText(a.path, b.path));
    const blocks = [
        heading,
        {
            kind: 'table',
            header: ['Test', 'Needs', 'Why'],
            rows: sorted.slice(0, limit).map((test) => [[{ text: (0,display_text/* displayText */.W)(test.path), style: 'code' }], test.need === 'run' ? 'run' : 'type check', evidenceText(test.evidence)]),
        },
    ];
    if (tests.length > limit)
        blocks.push({ kind: 'paragraph', text: `and ${(0,count_text/* countOf */.pq)(tests.length - limit, 'more test', 'more tests')}` });
    return blocks;
}
function needOrder(test) {
    return test.need === 'run' ? 0 : 1;
}
function evidenceText(evidence) {
    switch (evidence.kind) {
        case 'changed':
            return evidence.detail;
        case 'chain': {
            const changed = evidence.edges[evidence.edges.length - 1]?.to;
            if (changed === undefined)
                return 'imports a changed module';
            const steps = evidence.edges.length;
            const route = steps === 1 ? ' directly' : ` through ${(0,count_text/* countOf */.pq)(steps - 1, 'other file', 'other files')}`;
            return [{ text: 'imports ' }, { text: (0,display_text/* displayText */.W)(changed), style: 'code' }, { text: route + equivalenceText(evidence.runtimeEquivalent) }];
        }
        case 'trigger':
            return [{ text: `trigger ${evidence.trigger}: ` }, { text: (0,display_text/* displayText */.W)(evidence.file), style: 'code' }];
        case 'suite':
            return [{ text: 'suite ' }, { text: evidence.suite, style: 'code' }, { text: `: ${evidence.detail}` }];
    }
}
/** Says why a chain to a file whose run-time code did not change needs only a type check. */
function equivalenceText(equivalence) {
    if (equivalence === 'comments')
        return ', which changed only in comments or white space';
    if (equivalence === 'types')
        return ', which changed only in types';
    return '';
}
function listBlocks(heading, items) {
    if (items.length === 0)
        return [];
    return [{ kind: 'heading', level: 4, text: heading }, { kind: 'list', items: [...items] }];
}
/** Joins names as code spans separated by commas. */
function joinCode(names) {
    return names.flatMap((name, index) => [...(index > 0 ? [{ text: ', ' }] : []), { text: name, style: 'code' }]);
}
function sections_compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/impact/report/stage-report.ts
/**
 * Builds the impact `StageReport` for the sticky comment, the job summary
 * and the terminal: the headline, the sections, the action outputs and the
 * JSON result.
 */










const DEFAULT_IMPACT_REPORT_LIMITS = { affectedTests: 50, chart: DEFAULT_CHART_LIMITS };
/**
 * Builds the impact stage report (id `impact`). The stage informs and does
 * not gate, so its status is always `passed`. Sections come in order of
 * importance, because renderers that hit a size limit drop blocks from the end.
 */
function impactStageReport(result, limits = {}) {
    const { affectedTests, chart } = { ...DEFAULT_IMPACT_REPORT_LIMITS, ...limits };
    const unknownChange = unknownChangeReason(result);
    const blocks = [
        ...runAllBlocks(result.runAllReasons),
        ...(unknownChange === null ? riskBlocks(result.risk) : unknownRiskBlocks(unknownChange)),
        ...strategyBlocks(result.risk),
        ...suiteBlocks(result.suites, result.risk.strategy.tiers),
        ...affectedTestBlocks(result.affectedTests, affectedTests, runsAll(result)),
        ...chartBlocks(result, chart),
        ...listBlocks('Notes', result.notes),
        ...listBlocks('Warnings', result.warnings),
    ];
    return {
        id: 'impact',
        title: 'Impact',
        status: 'passed',
        headline: headline(result),
        blocks,
        annotations: [],
        outputs: impactOutputs(result),
        json: impactJson(result),
    };
}
/**
 * Writes the headline, such as `Risk high (score 52.3); 14 affected tests; run-all (lockfile)`.
 * When the change could not be determined, it states that and the first sentence of the reason instead.
 */
function headline(result) {
    const unknownChange = unknownChangeReason(result);
    if (unknownChange !== null)
        return `Risk unknown: ${asClause(unknownChange)}; running all tests`;
    const risk = `Risk ${result.risk.level} (score ${formatScore(result.risk.score)})`;
    const tests = (0,count_text/* countOf */.pq)(result.affectedTests.length, 'affected test', 'affected tests');
    const first = result.runAllReasons[0];
    if (first === undefined)
        return `${risk}; ${tests}; no run-all`;
    const others = result.runAllReasons.length > 1 ? ` and ${(0,count_text/* formatCount */.B4)(result.runAllReasons.length - 1)} more` : '';
    return `${risk}; ${tests}; run-all (${first.trigger}${others})`;
}
function chartBlocks(result, limits) {
    const chart = impactChart(result, limits);
    if (chart === null)
        return [];
    const blocks = [
        { kind: 'heading', level: 4, text: 'Module graph' },
        (0,mermaid/* chartReportBlock */.mx)(chart.block, 'Changed modules and the import chains to the affected tests (Mermaid)'),
    ];
    if (chart.omitted !== null)
        blocks.push({ kind: 'paragraph', text: chart.omitted });
    return blocks;
}
/** Turns the first sentence of `text` into a clause: no final period, and a lowercase first letter unless it starts an acronym. */
function asClause(text) {
    const sentence = text.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
    return /^[A-Z][a-z]/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}

// EXTERNAL MODULE: ./src/impact/risk/curve.ts
var curve = __webpack_require__(11559);
// EXTERNAL MODULE: ./src/impact/risk/factor.ts
var factor = __webpack_require__(54497);
;// CONCATENATED MODULE: ./src/impact/risk/history-text.ts
/**
 * Wording shared by the churn and authors details: the history window in
 * words, and the file with the most commits or authors.
 */

/** Describes the window: `in the last 90 days` for a period such as `90 days` or `90 days ago`, else `since "2024-01-31"`. */
function describeWindow(since) {
    const period = /^\s*(\d+)\s+(day|week|month|year)s?(\s+ago)?\s*$/i.exec(since);
    if (period === null)
        return `since ${(0,display_text/* quoteName */.A)(since)}`;
    const count = Number(period[1]);
    const unit = period[2].toLowerCase();
    return count === 1 ? `in the last ${unit}` : `in the last ${count} ${unit}s`;
}
/** Returns the file with the largest `measure`, the first one on ties, or undefined for no files. */
function busiestFile(files, measure) {
    let busiest;
    for (const file of files) {
        if (busiest === undefined || measure(file) > measure(busiest))
            busiest = file;
    }
    return busiest;
}

;// CONCATENATED MODULE: ./src/impact/risk/authors.ts
/**
 * Authors: how many distinct people wrote the commits that changed the
 * changed files in the history window. The factor assumes that code changed
 * by many people without a clear owner breaks more often.
 */




/**
 * Authors beyond the first at which the score is 0.63. This is a chosen
 * calibration: one author scores 0, two 0.28, four 0.63 and ten 0.95. The
 * first author does not count, because every changed file has at least the
 * author of the change.
 */
const AUTHORS_SCALE = 3;
/** Measures the distinct authors in the history. Null history contributes 0, as in `churnFactor`. */
function authorsFactor(history, weight) {
    if (history === null) {
        return (0,factor/* weighFactor */.i)({ id: 'authors', value: 0, unit: 'authors', score: 0, detail: 'Authors were not counted because no git history was read.' }, weight);
    }
    const authors = history.authors.length;
    return (0,factor/* weighFactor */.i)({
        id: 'authors',
        value: authors,
        unit: authors === 1 ? 'author' : 'authors',
        score: (0,curve/* saturatingScore */.v)(authors - 1, AUTHORS_SCALE),
        detail: describe(history),
    }, weight);
}
function describe(history) {
    const busiest = busiestFile(history.files, (file) => file.authors.length);
    const window = describeWindow(history.since);
    const shallow = history.shallow ? ' The clone is shallow, so older authors may be missing.' : '';
    if (busiest === undefined || busiest.authors.length === 0)
        return `No commit ${window} changed the changed files.${shallow}`;
    const total = `${(0,count_text/* countOf */.pq)(history.authors.length, 'author', 'authors')} changed the changed files ${window}`;
    return `${total}; ${(0,display_text/* quoteName */.A)(busiest.path)} has the most (${(0,count_text/* countOf */.pq)(busiest.authors.length, 'author', 'authors')}).${shallow}`;
}

;// CONCATENATED MODULE: ./src/impact/risk/centrality.ts
/**
 * Centrality: the share of the repository's modules that reach a changed
 * module through their imports, directly or through other modules. The graph
 * part computes it, and this factor only scores it.
 */



/**
 * Percentage points at which the score is 0.63. This is a chosen
 * calibration: a change reached by 2% of the modules scores 0.18, 10% scores
 * 0.63 and 30% scores 0.95.
 */
const CENTRALITY_SCALE = 10;
/** Scores the share as a percentage. A share outside 0..1 is a `RangeError`. */
function centralityFactor(input, weight) {
    if (!(input.share >= 0 && input.share <= 1)) {
        throw new RangeError(`The centrality share must be a number in 0..1, got ${input.share}`);
    }
    const percent = (0,curve/* roundTo */.G)(input.share * 100, 2);
    const detail = input.module === null || percent === 0
        ? 'No other repository module reaches a changed module.'
        : `${percent}% of the repository's modules reach a changed module; the most reached one is ${(0,display_text/* quoteName */.A)(input.module)}.`;
    return (0,factor/* weighFactor */.i)({ id: 'centrality', value: percent, unit: '% of modules', score: (0,curve/* saturatingScore */.v)(percent, CENTRALITY_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/churn.ts
/**
 * Churn: how many commits changed the changed files in the history window.
 * The factor assumes that files that change often are more likely to break
 * and that a change to them is more likely to collide with other work.
 */




/**
 * Commits at which the score is 0.63. This is a chosen calibration for
 * `DEFAULT_HISTORY_WINDOW`, 90 days: 5 commits score 0.28, 15 score 0.63 and 45
 * score 0.95. Commits of the change itself count too, so a new file scores
 * above 0.
 */
const CHURN_SCALE = 15;
/**
 * Measures the distinct commits that changed any changed file. Null history
 * means it was not read (no git history, or the caller skipped it), and the
 * factor then contributes 0.
 */
function churnFactor(history, weight) {
    if (history === null) {
        return (0,factor/* weighFactor */.i)({ id: 'churn', value: 0, unit: 'commits', score: 0, detail: 'Churn was not measured because no git history was read.' }, weight);
    }
    return (0,factor/* weighFactor */.i)({
        id: 'churn',
        value: history.commits,
        unit: history.commits === 1 ? 'commit' : 'commits',
        score: (0,curve/* saturatingScore */.v)(history.commits, CHURN_SCALE),
        detail: churn_describe(history),
    }, weight);
}
function churn_describe(history) {
    const busiest = busiestFile(history.files, (file) => file.commits);
    const window = describeWindow(history.since);
    const shallow = history.shallow ? ' The clone is shallow, so older commits may be missing.' : '';
    if (busiest === undefined || busiest.commits === 0)
        return `No commit ${window} changed the changed files.${shallow}`;
    const total = `${(0,count_text/* countOf */.pq)(history.commits, 'commit', 'commits')} ${window} changed the changed files`;
    return `${total}; ${(0,display_text/* quoteName */.A)(busiest.path)} changed most often (${(0,count_text/* countOf */.pq)(busiest.commits, 'commit', 'commits')}).${shallow}`;
}

// EXTERNAL MODULE: ./src/impact/risk/deleted-exports.ts
var deleted_exports = __webpack_require__(81699);
;// CONCATENATED MODULE: ./src/impact/risk/diff-size.ts
/**
 * Diff size: how many lines the change adds and deletes. Large changes are
 * harder to review and hide more mistakes.
 */



/**
 * Lines at which the score is 0.63. This is a chosen calibration, not a
 * measurement: 100 lines score 0.28, 300 lines 0.63 and 900 lines 0.95, so
 * every change of about a thousand lines or more counts as very large.
 */
const DIFF_SIZE_SCALE = 300;
/**
 * Lines that a binary file counts as. Git reports no line counts for binary
 * content, and a reviewer cannot read the change, so it counts as a
 * medium-sized text change rather than as nothing.
 */
const BINARY_FILE_LINES = 50;
/** Counts the lines that one changed file adds to the diff size. */
function changedLineCount(file) {
    return file.binary ? BINARY_FILE_LINES : file.addedLines + file.deletedLines;
}
/** Measures the added plus deleted lines of every changed file. */
function diffSizeFactor(files, weight) {
    let lines = 0;
    let largest;
    for (const file of files) {
        lines += changedLineCount(file);
        if (largest === undefined || changedLineCount(file) > changedLineCount(largest))
            largest = file;
    }
    return (0,factor/* weighFactor */.i)({ id: 'diffSize', value: lines, unit: 'lines', score: (0,curve/* saturatingScore */.v)(lines, DIFF_SIZE_SCALE), detail: diff_size_describe(lines, files, largest) }, weight);
}
function diff_size_describe(lines, files, largest) {
    if (largest === undefined)
        return 'The change contains no files.';
    const total = `${(0,count_text/* countOf */.pq)(lines, 'line', 'lines')} changed in ${(0,count_text/* countOf */.pq)(files.length, 'file', 'files')}`;
    const largestLines = largest.binary
        ? `binary, counted as ${(0,count_text/* countOf */.pq)(BINARY_FILE_LINES, 'line', 'lines')}`
        : (0,count_text/* countOf */.pq)(changedLineCount(largest), 'line', 'lines');
    return `${total}; the largest change is ${(0,display_text/* quoteName */.A)(largest.path)} (${largestLines}).`;
}

;// CONCATENATED MODULE: ./src/impact/risk/diff-spread.ts
/**
 * Diff spread: how many separate areas of the repository the change touches.
 * An area is a workspace package, or else a top-level folder. A change that
 * reaches across areas couples parts that usually change and ship apart.
 */



/**
 * Areas beyond the first at which the score is 0.63. This is a chosen
 * calibration: one area scores 0, two 0.39, three 0.63 and five 0.86,
 * because a change inside one package or folder is the common case.
 */
const DIFF_SPREAD_SCALE = 2;
/** Area of the files in the top folder of the repository (`package.json`, `README.md`). */
const TOP_LEVEL_AREA = '';
/**
 * Returns the area of a repository-relative path: the deepest workspace
 * package folder that contains it, else its top-level folder, else
 * `TOP_LEVEL_AREA` for a file in the top folder.
 */
function areaOf(path, packageFolders) {
    let area;
    for (const folder of packageFolders) {
        if (folder === '' || !path.startsWith(`${folder}/`))
            continue;
        if (area === undefined || folder.length > area.length)
            area = folder;
    }
    if (area !== undefined)
        return area;
    const slash = path.indexOf('/');
    return slash < 0 ? TOP_LEVEL_AREA : path.slice(0, slash);
}
/**
 * Measures the distinct areas among the changed paths. `packageFolders` are
 * the repository-relative folders of the workspace packages. The repository
 * root, if listed as `''`, is ignored because it contains everything.
 */
function diffSpreadFactor(paths, packageFolders, weight) {
    const filesPerArea = new Map();
    for (const path of paths) {
        const area = areaOf(path, packageFolders);
        filesPerArea.set(area, (filesPerArea.get(area) ?? 0) + 1);
    }
    const areas = filesPerArea.size;
    return (0,factor/* weighFactor */.i)({
        id: 'diffSpread',
        value: areas,
        unit: areas === 1 ? 'area' : 'areas',
        score: (0,curve/* saturatingScore */.v)(areas - 1, DIFF_SPREAD_SCALE),
        detail: diff_spread_describe(filesPerArea),
    }, weight);
}
function diff_spread_describe(filesPerArea) {
    if (filesPerArea.size === 0)
        return 'The change contains no files.';
    // The area with the most changed files comes first, and ties go in path order.
    const [area, files] = [...filesPerArea].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const name = area === TOP_LEVEL_AREA ? 'the top folder' : (0,display_text/* quoteName */.A)(area);
    const count = (0,count_text/* countOf */.pq)(filesPerArea.size, 'area', 'areas');
    return `The change touches ${count}; most changed files are in ${name} (${(0,count_text/* countOf */.pq)(files, 'file', 'files')}).`;
}

;// CONCATENATED MODULE: ./src/impact/risk/fan-in.ts
/**
 * Fan-in: the largest number of files that import one changed module
 * directly. A module with many importers spreads a mistake to all of them.
 */



/**
 * Importers at which the score is 0.63. This is a chosen calibration: 3
 * importers score 0.26, 10 score 0.63 and 30 score 0.95.
 */
const FAN_IN_SCALE = 10;
/**
 * Counts the distinct files with an edge to each changed path. A file's edge
 * to itself does not count. Every edge kind counts, type-only ones included,
 * because a changed type can break its importers' build. Only the edges
 * into the changed paths are read, not the whole graph.
 */
function directImporterCounts(changedPaths, importersOf) {
    const counts = new Map();
    for (const path of changedPaths) {
        if (counts.has(path))
            continue;
        const importers = new Set();
        for (const edge of importersOf(path))
            if (edge.from !== path)
                importers.add(edge.from);
        counts.set(path, importers.size);
    }
    return counts;
}
/** Measures the changed module with the most direct importers. */
function fanInFactor(changedPaths, importersOf, weight) {
    let top;
    for (const entry of directImporterCounts(changedPaths, importersOf)) {
        if (top === undefined || entry[1] > top[1])
            top = entry;
    }
    const importers = top?.[1] ?? 0;
    const detail = top === undefined || importers === 0
        ? 'No changed module is imported by another file.'
        : `${(0,display_text/* quoteName */.A)(top[0])} has the most direct importers: ${(0,count_text/* countOf */.pq)(importers, 'file', 'files')}.`;
    return (0,factor/* weighFactor */.i)({ id: 'fanIn', value: importers, unit: importers === 1 ? 'importer' : 'importers', score: (0,curve/* saturatingScore */.v)(importers, FAN_IN_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/level.ts
/**
 * Mapping of the total risk score to a level, and the checks on the weights
 * and levels that the settings give.
 */


/**
 * Returns the highest level whose threshold the score reaches: `critical`
 * from `levels.critical` on, then `high`, then `medium`, else `low`. A score
 * equal to a threshold belongs to the higher level.
 */
function riskLevel(score, levels) {
    if (score >= levels.critical)
        return 'critical';
    if (score >= levels.high)
        return 'high';
    if (score >= levels.medium)
        return 'medium';
    return 'low';
}
/**
 * Throws a `UserError` naming the setting when a weight is missing, negative
 * or not a number, or when the levels are not numbers with
 * `medium <= high <= critical`. Loading the config rejects these with the
 * file and line first, so this guards callers that build settings in code.
 */
function validateRiskSettings(risk) {
    for (const id of RISK_FACTORS) {
        const weight = risk.weights[id];
        if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
            throw new errors/* UserError */.yo(`impact.risk.weights.${id} is ${JSON.stringify(weight) ?? 'missing'}. Set it to a number of at least 0.`);
        }
    }
    const { medium, high, critical } = risk.levels;
    for (const [name, value] of Object.entries({ medium, high, critical })) {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new errors/* UserError */.yo(`impact.risk.levels.${name} is ${JSON.stringify(value) ?? 'missing'}. Set it to a number.`);
        }
    }
    if (!(medium <= high && high <= critical)) {
        throw new errors/* UserError */.yo(`impact.risk.levels must rise from medium to high to critical, got medium ${medium}, high ${high}, critical ${critical}. Reorder the thresholds.`);
    }
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/impact/risk/detail-text.ts
var detail_text = __webpack_require__(5939);
;// CONCATENATED MODULE: ./src/impact/risk/sensitive-paths.ts
/**
 * Sensitive paths: changed files that match the globs the repository marks
 * as sensitive (authentication, payments, database migrations, CI workflows).
 */




/**
 * Matching files at which the score is 0.63. It is 1 because one sensitive
 * file already deserves attention: one file scores 0.63, two 0.86 and
 * three 0.95.
 */
const SENSITIVE_PATHS_SCALE = 1;
/**
 * Lists the changed paths that match a glob, in the order of `paths`. Globs
 * use picomatch syntax and match names that start with a dot too, so
 * `config/**` also matches `config/.env`.
 */
function findSensitivePaths(paths, globs) {
    const matchers = globs.map((glob) => ({ glob, isMatch: picomatch_default()(glob, { dot: true }) }));
    const matches = [];
    for (const path of paths) {
        const matcher = matchers.find((candidate) => candidate.isMatch(path));
        if (matcher !== undefined)
            matches.push({ path, glob: matcher.glob });
    }
    return matches;
}
/** Measures how many changed paths match the sensitive globs. */
function sensitivePathsFactor(paths, globs, weight) {
    const matches = findSensitivePaths(paths, globs);
    return (0,factor/* weighFactor */.i)({
        id: 'sensitivePaths',
        value: matches.length,
        unit: matches.length === 1 ? 'file' : 'files',
        score: (0,curve/* saturatingScore */.v)(matches.length, SENSITIVE_PATHS_SCALE),
        detail: sensitive_paths_describe(matches, globs.length),
    }, weight);
}
function sensitive_paths_describe(matches, globCount) {
    if (globCount === 0)
        return 'No sensitive path globs are configured.';
    const first = matches[0];
    if (first === undefined)
        return 'No changed file matches a sensitive path glob.';
    const others = matches.length > 1 ? `; the others are ${(0,detail_text/* listNames */.Zv)(matches.slice(1).map((match) => match.path))}` : '';
    const count = (0,count_text/* countOf */.pq)(matches.length, 'changed file matches', 'changed files match');
    return `${count} a sensitive path glob: ${(0,display_text/* quoteName */.A)(first.path)} matches ${(0,display_text/* quoteName */.A)(first.glob)}${others}.`;
}

;// CONCATENATED MODULE: ./src/impact/risk/uncovered-lines.ts
/**
 * Uncovered lines: changed lines that no test executed, from the patch
 * coverage of the coverage stage. Untested changes reach users unchecked.
 */




/**
 * Uncovered changed lines at which the score is 0.63. This is a chosen
 * calibration: 10 lines score 0.28, 30 lines 0.63 and 90 lines 0.95.
 */
const UNCOVERED_LINES_SCALE = 30;
/**
 * Measures `total - covered`. Null coverage means it was not measured (no
 * coverage report in this run), and the factor then contributes 0. Counts
 * that are not whole numbers with `0 <= covered <= total` are a `RangeError`.
 */
function uncoveredLinesFactor(coverage, weight) {
    if (coverage === null) {
        return (0,factor/* weighFactor */.i)({ id: 'uncoveredLines', value: 0, unit: 'lines', score: 0, detail: 'Coverage of the changed lines was not measured in this run.' }, weight);
    }
    const { covered, total } = coverage;
    if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || covered > total) {
        throw new RangeError(`Changed-line coverage must have whole counts with 0 <= covered <= total, got ${covered} of ${total}`);
    }
    const uncovered = total - covered;
    const detail = total === 0
        ? 'No changed line is instrumented by the coverage reports.'
        : `${(0,count_text/* countOf */.pq)(uncovered, 'changed line', 'changed lines')} of ${(0,count_text/* formatCount */.B4)(total)} ${uncovered === 1 ? 'is' : 'are'} not covered by any test.`;
    return (0,factor/* weighFactor */.i)({ id: 'uncoveredLines', value: uncovered, unit: 'lines', score: (0,curve/* saturatingScore */.v)(uncovered, UNCOVERED_LINES_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/assess.ts
/**
 * The risk assessment of a change: every factor measured and weighed, their
 * sum, the level it reaches, and the tiers of suites to run now.
 */












/**
 * Measures every factor in `RISK_FACTORS` order, weighs it with
 * `settings.risk.weights`, and maps the total to a level with
 * `settings.risk.levels`. The total is rounded to one decimal before the
 * comparison, so the level always matches the score a report shows.
 * Throws a `UserError` when the weights or levels are invalid.
 */
function assessRisk(inputs, settings) {
    validateRiskSettings(settings.risk);
    const factors = explainCommentOnly(measureFactors(inputs, settings), inputs);
    const score = (0,curve/* roundTo */.G)(factors.reduce((sum, factor) => sum + factor.contribution, 0), 1);
    const level = riskLevel(score, settings.risk.levels);
    return { level, score, factors, strategy: chooseStrategy(level, score, inputs.runAllReasons) };
}
/**
 * Replaces the details of the factors that measured nothing because every
 * changed file differs only in comments or white space. Their details would
 * otherwise say that the change contains no files, next to a list of changed
 * files. Patch coverage is measured on the diff itself, so it keeps its own.
 */
function explainCommentOnly(factors, inputs) {
    const left = inputs.commentOnlyFiles ?? 0;
    if (inputs.files.length > 0 || left === 0)
        return factors;
    const files = left === 1 ? 'The only changed file differs' : `All ${left} changed files differ`;
    const detail = `${files} only in comments or white space, which cannot change what runs, so this factor adds no risk.`;
    return factors.map((factor) => (factor.id === 'uncoveredLines' || factor.contribution !== 0 ? factor : { ...factor, detail }));
}
function measureFactors(inputs, settings) {
    const weights = settings.risk.weights;
    const paths = inputs.files.map((file) => file.path);
    return [
        diffSizeFactor(inputs.files, weights.diffSize),
        diffSpreadFactor(paths, inputs.packageFolders, weights.diffSpread),
        fanInFactor(paths, inputs.importersOf, weights.fanIn),
        centralityFactor(inputs.centrality, weights.centrality),
        churnFactor(inputs.history, weights.churn),
        authorsFactor(inputs.history, weights.authors),
        uncoveredLinesFactor(inputs.coverage, weights.uncoveredLines),
        sensitivePathsFactor(paths, settings.sensitivePaths, weights.sensitivePaths),
        (0,deleted_exports/* deletedExportsFactor */.Yc)(inputs.modules, inputs.publicModules, weights.deletedExports),
    ];
}

// EXTERNAL MODULE: ./src/impact/risk/defaults.ts
var defaults = __webpack_require__(80184);
;// CONCATENATED MODULE: ./src/impact/risk/index.ts
/**
 * Risk assessment of a change. docs/risk.md describes the factors, curves and
 * defaults. The export comparison (export-comparison.ts, exported-names.ts)
 * is left out of this index, because it loads the syntax reader, which
 * callers import only when they compare exports.
 */
















;// CONCATENATED MODULE: ./src/impact/select/reverse-search.ts
/**
 * Breadth-first search from the changed files to every file that imports
 * them, directly or through other files. Each file is visited once and each
 * edge followed at most once, so a search is linear in files plus edges.
 * The search runs on node and edge ids, and makes edge objects only for the
 * chains that a caller asks for.
 */

/** `parents` value of a node the search did not reach; `walkImporters` compares with the literal. */
const UNREACHED = -1;
/** `parents` value of a node the search started from. */
const SOURCE = -2;
/**
 * The files a search reached. For each, the search keeps the edge from that
 * file towards the change through which it was first reached, and
 * breadth-first order makes following these edges a shortest chain.
 */
class Reach {
    index;
    parents;
    order;
    count;
    outside;
    to;
    constructor(index, 
    /** Per node id: the edge id it was first reached by, `SOURCE` or `UNREACHED`. */
    parents, 
    /** Reached node ids in the order the search reached them. */
    order, count, 
    /** Sources that are no node of the index, with the ids `index.nodeCount + i`. */
    outside) {
        this.index = index;
        this.parents = parents;
        this.order = order;
        this.count = count;
        this.outside = outside;
        this.to = index.to;
    }
    /** Returns whether the search reached `path`, or started from it. */
    has(path) {
        const id = this.idOf(path);
        return id >= 0 && this.parents[id] !== UNREACHED;
    }
    /** Returns whether the search reached `path` through an edge, that is, reached it and did not start from it. */
    hasChain(path) {
        const id = this.idOf(path);
        return id >= 0 && this.parents[id] >= 0;
    }
    /** Returns the chain of edges from `path` to the changed file that the search started from; empty for a source or a file not reached. */
    chainFrom(path) {
        const chain = [];
        const id = this.idOf(path);
        if (id < 0)
            return chain;
        const { parents, to, index } = this;
        for (let edge = parents[id]; edge >= 0; edge = parents[to[edge]])
            chain.push(index.edgeAt(edge));
        return chain;
    }
    /** Returns the reached paths, sources included, in the order the search reached them. */
    paths() {
        const paths = [];
        for (let position = 0; position < this.count; position++)
            paths.push(this.pathOf(this.order[position]));
        return paths;
    }
    /** Returns the ids below `limit` of the nodes the search reached or started from, in ascending order. */
    nodesBelow(limit) {
        const { parents } = this;
        const ids = [];
        for (let id = 0; id < limit; id++)
            if (parents[id] !== -1)
                ids.push(id);
        return ids;
    }
    idOf(path) {
        const id = this.index.idOf(path);
        if (id >= 0)
            return id;
        const outside = this.outside.indexOf(path);
        return outside < 0 ? -1 : this.index.nodeCount + outside;
    }
    pathOf(id) {
        return id < this.index.nodeCount ? this.index.pathOf(id) : this.outside[id - this.index.nodeCount];
    }
}
/**
 * Searches from `sources` over the importer edges of `index`, and over
 * type-only ones only when `followTypeOnly` is set. A source that is no node
 * of the index counts as reached and has no importers.
 */
function searchImporters(sources, index, followTypeOnly) {
    const outside = [];
    const ids = [];
    for (const source of sources) {
        let id = index.idOf(source);
        if (id < 0) {
            if (outside.includes(source))
                continue;
            id = index.nodeCount + outside.length;
            outside.push(source);
        }
        ids.push(id);
    }
    const parents = new Int32Array(index.nodeCount + outside.length).fill(UNREACHED);
    const queue = new Int32Array(parents.length);
    let count = 0;
    for (const id of ids) {
        if (parents[id] !== UNREACHED)
            continue;
        parents[id] = SOURCE;
        queue[count++] = id;
    }
    count = walkImporters(index, parents, queue, count, followTypeOnly ? 0 : edge_table/* TYPE_ONLY */.eI);
    return new Reach(index, parents, queue, count, outside);
}
/**
 * Runs the breadth-first walk from the first `count` nodes of `queue` and
 * returns the number of nodes queued in the end. An edge with a trait in
 * `skipped` is not followed. The loop runs once per search, mostly before
 * V8 optimizes it, so it reads only typed arrays and locals.
 */
function walkImporters(index, parents, queue, count, skipped) {
    const { starts, order, from, traits, nodeCount } = index;
    for (let next = 0; next < count; next++) {
        const node = queue[next];
        if (node >= nodeCount)
            continue;
        const end = starts[node + 1];
        for (let position = starts[node]; position < end; position++) {
            const edge = order[position];
            const importer = from[edge];
            if (parents[importer] !== -1 || (traits[edge] & skipped) !== 0)
                continue;
            parents[importer] = edge;
            queue[count++] = importer;
        }
    }
    return count;
}
/**
 * Joins the head graph with the base graph for deleted files. A deleted
 * file has no importers at head, so its importers come from the base tree,
 * limited to files that still exist at head. Those edges name the base tree
 * in `via`, and follow the head's own importers of the same path.
 */
function importersAcrossTrees(head, base, deleted) {
    if (base === undefined || deleted.size === 0)
        return head.importerIndex;
    const index = head.importerIndex;
    const nodes = [];
    const nodeIds = new Map();
    const added = [];
    for (const path of deleted) {
        let to = index.idOf(path);
        if (to < 0) {
            to = index.nodeCount + nodes.length;
            nodes.push(path);
            nodeIds.set(path, to);
        }
        for (const edge of base.importersOf(path)) {
            if (head.has(edge.from))
                added.push({ to, edge: { ...edge, via: `${edge.via}, in the base tree` } });
        }
    }
    return joinEdges(index, nodes, nodeIds, added);
}
/** Returns `index` with more nodes after its own and more edges, each listed after the target's own importers. */
function joinEdges(index, nodes, nodeIds, added) {
    const edgeCount = index.order.length;
    const nodeCount = index.nodeCount + nodes.length;
    const from = new Int32Array(edgeCount + added.length);
    const to = new Int32Array(edgeCount + added.length);
    const traits = new Uint8Array(edgeCount + added.length);
    from.set(index.from);
    to.set(index.to);
    traits.set(index.traits);
    const addedByTarget = new Map();
    added.forEach(({ to: target, edge }, offset) => {
        const id = edgeCount + offset;
        from[id] = index.idOf(edge.from);
        to[id] = target;
        traits[id] = edge.typeOnly ? edge_table/* TYPE_ONLY */.eI : 0;
        addedByTarget.set(target, [...(addedByTarget.get(target) ?? []), id]);
    });
    const starts = new Int32Array(nodeCount + 1);
    const order = new Int32Array(edgeCount + added.length);
    let position = 0;
    for (let node = 0; node < nodeCount; node++) {
        starts[node] = position;
        if (node < index.nodeCount)
            for (let own = index.starts[node]; own < index.starts[node + 1]; own++)
                order[position++] = index.order[own];
        for (const id of addedByTarget.get(node) ?? [])
            order[position++] = id;
    }
    starts[nodeCount] = position;
    return {
        nodeCount,
        idOf: (path) => {
            const id = index.idOf(path);
            return id >= 0 ? id : (nodeIds.get(path) ?? -1);
        },
        pathOf: (id) => (id < index.nodeCount ? index.pathOf(id) : nodes[id - index.nodeCount]),
        starts,
        order,
        from,
        to,
        traits,
        edgeAt: (id) => (id < edgeCount ? index.edgeAt(id) : added[id - edgeCount].edge),
    };
}

;// CONCATENATED MODULE: ./src/impact/select/explain.ts
/**
 * Explains why one file is or is not selected: the chain of imports from
 * it to a changed file, the trigger that widened the run, or why nothing
 * reaches it and what would make it a test.
 */



const VERBS = {
    import: 'imports',
    'side-effect': 'imports',
    're-export': 're-exports',
    require: 'requires',
    dynamic: 'imports dynamically',
    'dynamic-pattern': 'may import dynamically',
    glob: 'may import by glob',
    reference: 'references',
};
/**
 * Explains `path` in sentences. Paths in the sentences are in their
 * `displayText` form, and `Explanation.path` keeps the exact path.
 */
function explainPath(context, path) {
    const displayedPath = (0,display_text/* displayText */.W)(path);
    const isTest = context.tests.files.has(path);
    const change = context.changes.get(path);
    if (change?.status === 'deleted') {
        return { path, isTest, selected: false, lines: [`${displayedPath} was deleted in this change, so there is nothing of it to run.`] };
    }
    if (!context.head.has(path) && !change) {
        return { path, isTest, selected: false, lines: [`${displayedPath} is not a tracked file of the head tree, so nothing selects it.`] };
    }
    const affected = context.affectedTests.get(path);
    if (affected)
        return explainSelectedTest(context, affected);
    const explanation = { path, isTest, selected: false, lines: [] };
    const reached = context.reach.has(path) && !change;
    if (reached) {
        const edges = context.reach.chainFrom(path);
        explanation.evidence = { kind: 'chain', edges };
        explanation.lines.push(`${displayedPath} is not a test file. The change reaches it through ${count(edges.length, 'edge')}:`, ...chainLines(context, edges));
    }
    else if (change) {
        explanation.lines.push(`${displayedPath} ${changeText(change)} in this change, but it is not a test file.`);
    }
    else {
        const subject = isTest ? `${displayedPath} is a test file, but` : `${displayedPath} is not a test file, and`;
        explanation.lines.push(`${subject} no path from a changed file reaches it.`);
        addChangedImporter(context, explanation);
    }
    if (!isTest) {
        explanation.testPatterns = context.tests.patternsFor(path);
        explanation.lines.push('It would be a test file if it matched one of:', ...explanation.testPatterns.map((pattern) => `  ${pattern}`));
    }
    return explanation;
}
function explainSelectedTest(context, test) {
    const explanation = { path: test.path, isTest: true, selected: true, need: test.need, evidence: test.evidence, lines: [] };
    const evidence = test.evidence;
    const displayedPath = (0,display_text/* displayText */.W)(test.path);
    if (evidence.kind === 'changed') {
        explanation.lines.push(`${displayedPath} is a test file and ${evidence.detail}, so it runs.`);
    }
    else if (evidence.kind === 'chain') {
        const steps = count(evidence.edges.length, 'edge');
        let summary = `${displayedPath} is a test file that imports a changed file through ${steps}, so it runs:`;
        if (test.need === 'type-check') {
            summary = evidence.runtimeEquivalent
                ? `${displayedPath} is a test file that reaches only changes that cannot alter what runs, so it needs a type check, not a run:`
                : `${displayedPath} is a test file that reaches a changed file only through type-only imports, so it needs a type check, not a run:`;
        }
        explanation.lines.push(summary, ...chainLines(context, evidence.edges));
    }
    else if (evidence.kind === 'trigger') {
        explanation.lines.push((0,issues/* endSentence */.H_)(`${displayedPath} is a test file, and it runs because ${(0,display_text/* displayText */.W)(evidence.file)} changed (${evidence.trigger}): ${evidence.detail}`));
    }
    else {
        explanation.lines.push((0,issues/* endSentence */.H_)(`${displayedPath} is a test file of suite ${evidence.suite}: ${evidence.detail}`));
    }
    return explanation;
}
/** Finds the nearest changed file that imports the explained file, which is the usual reason a user expects it to be selected. */
function addChangedImporter(context, explanation) {
    const upward = searchImporters([explanation.path], context.importers, true);
    for (const candidate of upward.paths()) {
        if (candidate === explanation.path || !context.changes.has(candidate))
            continue;
        const edges = upward.chainFrom(candidate);
        explanation.changedImporter = { path: candidate, edges };
        explanation.lines.push(`The nearest changed file that imports it is ${(0,display_text/* displayText */.W)(candidate)}, ${count(edges.length, 'edge')} away, but a change selects only the files that import the changed file, not the files it imports:`, ...edges.map((edge) => `  ${describeEdge(edge)}`));
        return;
    }
}
function chainLines(context, edges) {
    const lines = edges.map((edge) => `  ${describeEdge(edge)}`);
    const last = edges[edges.length - 1];
    const change = last && context.changes.get(last.to);
    if (!last || !change)
        return lines;
    const runTime = change.runtimeEquivalent ? ', so its run-time code is unchanged' : '';
    lines.push(`  ${(0,display_text/* displayText */.W)(last.to)} ${changeText(change)}${runTime}`);
    return lines;
}
/** Describes a change in a few words, such as "changed only in comments or white space". */
function changeText(change) {
    if (change.runtimeEquivalent === 'comments')
        return 'changed only in comments or white space';
    if (change.runtimeEquivalent === 'types')
        return 'changed only in types';
    return `was ${change.status}`;
}
function describeEdge(edge) {
    const typeOnly = edge.typeOnly ? ', type-only' : '';
    return `${(0,display_text/* displayText */.W)(edge.from)}:${edge.line} ${VERBS[edge.kind]} ${(0,display_text/* displayText */.W)(edge.to)} ("${(0,display_text/* displayText */.W)(edge.specifier)}"${typeOnly}, via ${edge.via})`;
}
function count(value, noun) {
    return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

// EXTERNAL MODULE: ./src/impact/resolve/repo-path.ts
var repo_path = __webpack_require__(81713);
;// CONCATENATED MODULE: ./src/impact/select/package-owners.ts
/** Finds the workspace package that a repository file belongs to. */

class PackageOwners {
    byFolder = new Map();
    byName = new Map();
    ownerOfFolder = new Map();
    constructor(workspaces) {
        for (const workspace of workspaces) {
            this.byFolder.set(workspace.folder, workspace);
            this.byName.set(workspace.name, workspace);
        }
    }
    /** Returns the deepest workspace package whose folder contains `path`, or undefined for files outside every package. */
    ownerOf(path) {
        const folder = (0,repo_path/* folderOf */.yS)(path);
        if (this.ownerOfFolder.has(folder))
            return this.ownerOfFolder.get(folder);
        let owner;
        for (const candidate of (0,repo_path/* selfAndAncestors */.Qy)(folder)) {
            owner = this.byFolder.get(candidate);
            if (owner)
                break;
        }
        this.ownerOfFolder.set(folder, owner);
        return owner;
    }
    /** Returns the package named `name`, or whose folder is `name` (`packages/web`, `./packages/web/`). */
    find(name) {
        const named = this.byName.get(name);
        if (named)
            return named;
        const folder = name.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
        return this.byFolder.get(folder);
    }
}

;// CONCATENATED MODULE: ./src/impact/select/suites.ts
/**
 * Selects the configured suites that the change reaches: a suite is
 * selected when a changed file, an affected module or an affected test
 * matches one of its `paths` globs, or when the run widens to everything.
 */

/** Maximum number of reasons listed per suite. The rest are counted in one closing reason. */
const MAX_SUITE_REASONS = 5;
/** Returns the selected suites, in the order of the settings. */
function selectSuites(suites, candidates, runAllReasons) {
    if (runAllReasons.length > 0) {
        const reasons = capReasons(runAllReasons.map((reason) => `every suite runs: ${reason.trigger} ${reason.file} (${reason.detail})`));
        return suites.map((suite) => selected(suite, reasons));
    }
    const chosen = [];
    for (const suite of suites) {
        if (suite.paths.length === 0)
            continue;
        const isMatch = picomatch_default()([...suite.paths], { dot: true });
        const matches = candidates.filter((candidate) => isMatch(candidate.path));
        if (matches.length > 0)
            chosen.push(selected(suite, capReasons(matches.map((match) => `${match.path} (${match.role})`))));
    }
    return chosen;
}
function selected(suite, reasons) {
    return { name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons };
}
function capReasons(reasons) {
    if (reasons.length <= MAX_SUITE_REASONS)
        return reasons;
    const more = reasons.length - MAX_SUITE_REASONS;
    return [...reasons.slice(0, MAX_SUITE_REASONS), `and ${more} more`];
}

;// CONCATENATED MODULE: ./src/impact/select/triggers.ts
/**
 * Changes that no import chain describes but that can change how any test
 * runs: runner and compiler configs, setup files, dependencies and
 * environment files, plus the user's own trigger globs, which add to these.
 * A trigger widens the run to every test of the workspace package that
 * contains it, or to every test when no package contains it.
 */



/** vitest, vite and jest configs, including named variants such as `vitest.config.e2e.ts` and `vitest.e2e.config.ts`. */
const TEST_RUNNER_CONFIG = /^(?:vitest|vite|jest)(?:\.[\w-]+)?\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$/;
const VITEST_WORKSPACE = /^vitest\.workspace\.(?:[cm]?[jt]s|json)$/;
/** tsconfig.json, tsconfig.build.json, tsconfig-base.json, and jsconfig.json, which TypeScript reads the same way. */
const TYPESCRIPT_CONFIG = /^[tj]sconfig(?:[.-][\w.-]+)?\.json$/;
const ENV_FILE = /^\.env(?:\..+)?$/;
/** Returns every trigger that the change sets off, in the order of the changed files, then dependencies, then lockfiles. */
function findTriggers(input) {
    const hits = [];
    const scopeOf = (file) => {
        const owner = input.owners.ownerOf(file);
        return owner ? { kind: 'package', package: owner } : { kind: 'everything' };
    };
    const add = (trigger, file, detail) => hits.push({ reason: { trigger, file, detail }, scope: scopeOf(file) });
    const setupByPath = new Map(input.setupFiles.map((setup) => [setup.path, setup]));
    const userGlobs = input.userTriggers.map((glob) => ({ glob, isMatch: picomatch_default()(glob, { dot: true }) }));
    for (const change of input.changes) {
        const name = (0,repo_path/* baseName */.Fl)(change.path);
        if (TEST_RUNNER_CONFIG.test(name))
            add('test-runner config', change.path, 'a test-runner config changed, so every test it covers may run differently');
        if (VITEST_WORKSPACE.test(name))
            add('test-runner config', change.path, 'the vitest workspace file lists the projects that run');
        if (TYPESCRIPT_CONFIG.test(name))
            add('TypeScript config', change.path, 'compiler options and path mappings of the files it covers changed');
        if (ENV_FILE.test(name))
            add('.env file', change.path, 'tests may read the environment variables it sets');
        const setup = setupByPath.get(change.path);
        if (setup)
            add('setup file', change.path, `${setup.option} in ${setup.config} loads it before the tests`);
        const glob = userGlobs.find((entry) => entry.isMatch(change.path));
        if (glob)
            add('user trigger', change.path, `matches the impact trigger "${glob.glob}"`);
    }
    for (const dependency of input.dependencyChanges) {
        const runnerFields = dependency.fields.filter((field) => field === 'jest');
        const otherFields = dependency.fields.filter((field) => field !== 'jest');
        if (runnerFields.length > 0)
            add('test-runner config', dependency.manifest, 'the "jest" field of package.json changed');
        if (otherFields.length > 0)
            add('package.json dependencies', dependency.manifest, `changed ${otherFields.map((field) => `"${field}"`).join(', ')}`);
    }
    for (const lockfile of input.lockfiles) {
        for (const hit of lockfileHits(lockfile, input.owners))
            hits.push(hit);
    }
    return hits;
}
/**
 * Returns a trigger for each setup file and test-runner config that imports a
 * changed file, directly or through other files. The runner loads that code
 * before every test it covers, as it loads the setup file or config itself,
 * so such a change widens the run exactly as a change to them does.
 */
function findReachedTriggers(input) {
    const hits = [];
    const add = (trigger, file, loads, chain) => {
        const owner = input.owners.ownerOf(file);
        const reason = { trigger, file, detail: `${loads}, and it imports the changed ${describeChainEnd(chain)}` };
        hits.push({ reason, scope: owner ? { kind: 'package', package: owner } : { kind: 'everything' } });
    };
    for (const setup of input.setupFiles) {
        const chain = input.chainTo(setup.path);
        if (chain)
            add('setup file', setup.path, `${setup.option} in ${setup.config} loads it before the tests`, chain);
    }
    for (const file of input.files) {
        // Every runner config name contains one of these, and `includes` cuts no string out of the path.
        if (!file.includes('.config') && !file.includes('vitest.workspace.'))
            continue;
        if (!isRunnerConfig((0,repo_path/* baseName */.Fl)(file)))
            continue;
        const chain = input.chainTo(file);
        if (chain)
            add('test-runner config', file, 'the test runner reads this config', chain);
    }
    return hits;
}
/** Names the changed file at the end of a chain, and how many files lie between. */
function describeChainEnd(chain) {
    const changed = chain[chain.length - 1].to;
    const between = chain.length - 1;
    if (between === 0)
        return changed;
    return `${changed} through ${between === 1 ? '1 other file' : `${between} other files`}`;
}
function isRunnerConfig(name) {
    return TEST_RUNNER_CONFIG.test(name) || VITEST_WORKSPACE.test(name);
}
/**
 * Reads one lockfile change. Only packages whose resolved dependencies
 * changed are widened. A lockfile that could not be parsed, that did not
 * say which packages changed, or that names the root or a folder that is
 * not a workspace package widens to everything, because any test may then
 * load a changed dependency.
 */
function lockfileHits(lockfile, owners) {
    const everything = (detail) => ({
        reason: { trigger: 'lockfile', file: lockfile.file, detail },
        scope: { kind: 'everything' },
    });
    if (lockfile.parseError !== undefined)
        return [everything(`could not be parsed, so any package may have changed dependencies: ${lockfile.parseError.replace(/\.$/, '')}`)];
    if (lockfile.affectedPackages === null)
        return [everything('changed, and which packages it affects is unknown')];
    return lockfile.affectedPackages.map((name) => {
        const workspace = isRootPackage(name) ? undefined : owners.find(name);
        if (workspace === undefined && isRootPackage(name))
            return everything(rootDetail(lockfile));
        if (workspace === undefined) {
            return everything(`resolved dependencies of "${name}" changed, and no workspace package has that name or folder`);
        }
        return {
            reason: { trigger: 'lockfile', file: lockfile.file, detail: `resolved dependencies of ${workspace.name} changed` },
            scope: { kind: 'package', package: workspace },
        };
    });
}
/** Describes a change to the root package's dependencies, which serve every package's tests. */
function rootDetail(lockfile) {
    const names = lockfile.rootDependencies ?? [];
    const shown = names.slice(0, 5).map(display_text/* quoteName */.A).join(', ');
    const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
    const listed = names.length > 0 ? ` (${shown}${more})` : '';
    return `resolved dependencies of the root package changed${listed}; its tools, such as the test runner, and its hoisted packages can affect any test`;
}
function isRootPackage(name) {
    return name === '' || name === '.' || name === './';
}

;// CONCATENATED MODULE: ./src/impact/select/entry-changes.ts


/** Searches from the importers that each entry change can redirect. */
function searchEntryChanges(input) {
    return input.changes.map((change) => {
        const folder = (0,repo_path/* folderOf */.yS)(change.manifest);
        const belongs = (path) => belongsToPackage(path, folder, input.owners);
        // `type` and `imports` decide nothing about imports by the package's name.
        const byName = change.fields.some((field) => field !== 'type' && field !== 'imports');
        const redirects = (edge) => (byName && namesChangedSubpath(edge.specifier, change)) || (change.fields.includes('imports') && edge.specifier.startsWith('#') && belongs(edge.from));
        const starts = new Set();
        for (const graph of [input.head, input.base]) {
            for (const edge of graph?.edges ?? [])
                if (input.head.has(edge.from) && redirects(edge) && (input.followTypeOnly || !edge.typeOnly))
                    starts.add(edge.from);
        }
        if (change.fields.includes('type'))
            for (const path of input.head.files)
                if (path.endsWith('.js') && belongs(path))
                    starts.add(path);
        return { reach: searchImporters(starts, input.head.importerIndex, input.followTypeOnly), reason: entryReason(change, folder) };
    });
}
/** Checks whether `specifier` imports the package by name through a subpath whose resolution may have changed. */
function namesChangedSubpath(specifier, change) {
    return change.names.some((name) => {
        if (specifier !== name && !specifier.startsWith(`${name}/`))
            return false;
        if (change.subpaths === null)
            return true;
        const subpath = specifier === name ? '.' : `.${specifier.slice(name.length)}`;
        return change.subpaths.some((key) => matchesExportKey(subpath, key));
    });
}
/** Matches a subpath against an `exports` key, which may hold one `*` standing for any text. */
function matchesExportKey(subpath, key) {
    const star = key.indexOf('*');
    if (star < 0)
        return subpath === key || (key.endsWith('/') && subpath.startsWith(key));
    const prefix = key.slice(0, star);
    const suffix = key.slice(star + 1);
    return subpath.length >= prefix.length + suffix.length && subpath.startsWith(prefix) && subpath.endsWith(suffix);
}
/** Checks whether `path` lies in `folder` and not in a workspace package nested inside it. */
function belongsToPackage(path, folder, owners) {
    if (!(0,repo_path/* isInside */.FK)(path, folder))
        return false;
    const owner = owners.ownerOf(path)?.folder;
    return owner === undefined || owner === folder || !(0,repo_path/* isInside */.FK)(owner, folder);
}
function entryReason(change, folder) {
    const name = change.names.at(-1) ?? (folder === '' ? 'the root package' : `the package in ${folder}`);
    const fields = change.fields.map((field) => `"${field}"`).join(', ');
    return {
        trigger: 'package.json entry points',
        file: change.manifest,
        detail: `changed ${fields} of ${name}, which decide the files that its imports load, and this test reaches such an import`,
    };
}

;// CONCATENATED MODULE: ./src/impact/select/select-impact.ts






/**
 * Selects the affected tests of `input.changes`. Each test gets the first
 * evidence that applies, in this order:
 *
 * 1. the test file itself changed;
 * 2. it imports a changed file through edges that all run;
 * 3. a trigger widened the run to it;
 * 4. it reaches a changed file only through a type-only edge, or reaches
 *    only changed files whose change cannot alter what runs
 *    (`ChangedFile.runtimeEquivalent`). It then needs a type check, or a
 *    run when `settings.typeOnlyEdgesRun` is set and an edge is type-only.
 */
function selectImpact(input) {
    const changes = new Map(input.changes.map((change) => [change.path, change]));
    const deleted = new Set(input.changes.filter((change) => change.status === 'deleted').map((change) => change.path));
    const importers = importersAcrossTrees(input.head, input.base, deleted);
    const reach = searchImporters(changes.keys(), importers, true);
    const runtimeChanges = input.changes.filter((change) => change.runtimeEquivalent === undefined).map((change) => change.path);
    // At run time only the edges that load code are followed, unless type-only edges are configured to run.
    const followTypeOnly = input.settings.typeOnlyEdgesRun;
    const runtimeReach = followTypeOnly && runtimeChanges.length === changes.size ? reach : searchImporters(runtimeChanges, importers, followTypeOnly);
    const owners = new PackageOwners(input.workspaces);
    const hits = findTriggers({
        changes: input.changes,
        userTriggers: input.settings.triggers,
        setupFiles: input.tests.setupFiles,
        dependencyChanges: input.dependencyChanges,
        lockfiles: input.lockfiles,
        owners,
    });
    hits.push(...findReachedTriggers({
        setupFiles: input.tests.setupFiles,
        files: input.head.files,
        chainTo: (path) => (runtimeReach.hasChain(path) ? runtimeReach.chainFrom(path) : undefined),
        owners,
    }));
    const runAllReasons = hits.filter((hit) => hit.scope.kind === 'everything').map((hit) => hit.reason);
    const widenedPackages = widenings(hits);
    const entryReaches = searchEntryChanges({ changes: input.entryChanges ?? [], head: input.head, ...(input.base ? { base: input.base } : {}), owners, followTypeOnly });
    const affectedTests = chooseAffectedTests(input, { changes, reach, runtimeReach, entryReaches, runAllReasons, widenedPackages, owners });
    const affectedModules = reachedModules(reach, input.head, changes);
    const testsByPath = new Map(affectedTests.map((test) => [test.path, test]));
    const candidates = suiteCandidates(input.changes, affectedTests.filter((test) => !changes.has(test.path)), affectedModules.filter((path) => !testsByPath.has(path)));
    return {
        affectedModules,
        affectedTests,
        affectedPackages: packagesOf(candidates.paths, owners, new Set(input.workspaces.map((workspace) => workspace.folder)).size),
        runAll: { value: runAllReasons.length > 0, reasons: runAllReasons },
        widenedPackages,
        suites: selectSuites(input.settings.suites, input.settings.suites.length > 0 ? candidates.withRoles() : [], runAllReasons),
        notes: selectionNotes(input, deleted),
        explain: (path) => explainPath({ head: input.head, tests: input.tests, changes, affectedTests: testsByPath, reach, importers }, path),
    };
}
/** Lists the changed files, affected tests and affected modules, in that order: their paths, and on request their roles for the suites. */
function suiteCandidates(changes, tests, modules) {
    return {
        paths: [...changes.map((change) => change.path), ...tests.map((test) => test.path), ...modules],
        withRoles: () => [
            ...changes.map((change) => ({ path: change.path, role: 'changed' })),
            ...tests.map((test) => ({ path: test.path, role: 'affected test' })),
            ...modules.map((path) => ({ path, role: 'affected module' })),
        ],
    };
}
/**
 * Returns the head files that the search reached, without the changed ones,
 * sorted. When the head's files are sorted already, as `git ls-files` lists
 * them, the order of their ids is the sorted order, and no path is compared.
 */
function reachedModules(reach, head, changes) {
    const files = head.files;
    if (!isSorted(files))
        return reach.paths().filter((path) => !changes.has(path) && head.has(path)).sort();
    // The head graph's file ids are the indexes of `files`, and the search keeps them.
    const modules = [];
    for (const id of reach.nodesBelow(files.length))
        modules.push(files[id]);
    return changes.size === 0 ? modules : modules.filter((path) => !changes.has(path));
}
function isSorted(paths) {
    for (let index = 1; index < paths.length; index++)
        if (!(paths[index - 1] < paths[index]))
            return false;
    return true;
}
/** Goes through every test file once and keeps those with evidence, sorted by path. */
function chooseAffectedTests(input, context) {
    const widenedBy = new Map(context.widenedPackages.map((widening) => [widening.package.folder, widening.reasons[0]]));
    const triggerFor = (path) => {
        if (context.runAllReasons[0])
            return context.runAllReasons[0];
        return widenedBy.size > 0 ? widenedBy.get(context.owners.ownerOf(path)?.folder ?? '') : undefined;
    };
    const affected = [];
    for (const path of input.tests.files) {
        const test = evidenceFor(path, context, triggerFor);
        if (test)
            affected.push(test);
    }
    return affected.sort((left, right) => comparePaths(left.path, right.path));
}
function evidenceFor(path, context, triggerFor) {
    const change = context.changes.get(path);
    if (change && change.status !== 'deleted') {
        return { path, need: 'run', evidence: { kind: 'changed', detail: `was ${change.status} in this change` } };
    }
    if (context.runtimeReach.has(path)) {
        return { path, need: 'run', evidence: { kind: 'chain', edges: context.runtimeReach.chainFrom(path) } };
    }
    const entry = context.entryReaches.find((candidate) => candidate.reach.has(path));
    if (entry)
        return { path, need: 'run', evidence: { kind: 'trigger', ...entry.reason } };
    const trigger = triggerFor(path);
    if (trigger)
        return { path, need: 'run', evidence: { kind: 'trigger', ...trigger } };
    if (context.reach.has(path)) {
        const edges = context.reach.chainFrom(path);
        const target = edges.length > 0 ? context.changes.get(edges[edges.length - 1].to) : undefined;
        const equivalence = target?.runtimeEquivalent;
        return { path, need: 'type-check', evidence: { kind: 'chain', edges, ...(equivalence ? { runtimeEquivalent: equivalence } : {}) } };
    }
    return undefined;
}
/** Groups the package-scoped triggers by package, in the order of their first trigger. */
function widenings(hits) {
    const byFolder = new Map();
    for (const hit of hits) {
        if (hit.scope.kind !== 'package')
            continue;
        const workspace = hit.scope.package;
        const widening = byFolder.get(workspace.folder);
        if (widening)
            widening.reasons.push(hit.reason);
        else
            byFolder.set(workspace.folder, { package: workspace, reasons: [hit.reason] });
    }
    return [...byFolder.values()];
}
/** Returns the packages that contain `paths`, sorted by folder. It stops early once it found all `packageCount` packages. */
function packagesOf(paths, owners, packageCount) {
    const byFolder = new Map();
    for (const path of paths) {
        if (byFolder.size === packageCount)
            break;
        const owner = owners.ownerOf(path);
        if (owner)
            byFolder.set(owner.folder, owner);
    }
    return [...byFolder.values()].sort((left, right) => comparePaths(left.folder, right.folder));
}
function selectionNotes(input, deleted) {
    if (deleted.size === 0 || input.base !== undefined)
        return [];
    const files = deleted.size === 1 ? 'the deleted file' : `the ${deleted.size} deleted files`;
    return [
        `No base graph was given for ${files}, so tests that imported ${deleted.size === 1 ? 'it' : 'them'} are selected only when they changed too. Build the graph of the base tree to find them.`,
    ];
}
/** Orders paths by UTF-16 code units, as `Array.prototype.sort` does without a comparator, independent of the locale. */
function comparePaths(left, right) {
    if (left < right)
        return -1;
    if (left > right)
        return 1;
    return 0;
}

// EXTERNAL MODULE: ./src/impact/change/lockfile-names.ts
var lockfile_names = __webpack_require__(69171);
// EXTERNAL MODULE: ./src/impact/resolve/packages/exports-map.ts
var exports_map = __webpack_require__(32655);
// EXTERNAL MODULE: ./src/impact/change/parse-problem.ts
var parse_problem = __webpack_require__(64818);
;// CONCATENATED MODULE: ./src/impact/change/manifest-changes.ts
/**
 * Compares the dependency fields of two versions of a package.json. Only
 * the fields that decide what gets installed count, so an edit of
 * `scripts`, `version` or any other field is no dependency change.
 */


/** Fields that list a package's own dependencies. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/**
 * Fields that pin versions for the whole install: npm `overrides`, yarn
 * `resolutions` and `pnpm.overrides`. They take effect only in the root
 * package.json, where a change can affect every workspace package.
 */
const ROOT_WIDE_FIELDS = ['overrides', 'resolutions', 'pnpm.overrides'];
/**
 * Lists the dependency fields that differ between the base and head text of
 * one package.json, in the order of `DEPENDENCY_FIELDS` then
 * `ROOT_WIDE_FIELDS`. A null text is a file that does not exist on that
 * side, so every entry on the other side counts as changed. Invalid JSON,
 * or a field that is not an object, is a problem with its position.
 *
 * @param file repository path, for messages
 */
function diffManifestDependencies(base, head, file = 'package.json') {
    const baseFields = readFieldMaps(base, file, 'base');
    if (!baseFields.ok)
        return baseFields;
    const headFields = readFieldMaps(head, file, 'head');
    if (!headFields.ok)
        return headFields;
    const changes = [];
    for (const field of [...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS]) {
        const names = changedKeys(baseFields.maps[field], headFields.maps[field]);
        if (names.length > 0)
            changes.push({ field, rootWide: isRootWide(field), names });
    }
    return { ok: true, changes };
}
/**
 * Fields that decide which file an import of the package, or an import
 * inside it, loads: the package name, the entry points (`exports`, `main`,
 * `module`, `types`, `typings`, `browser`), the `imports` map of `#`
 * specifiers, and `type`, which decides how `.js` files are read.
 */
const ENTRY_FIELDS = ['name', 'exports', 'imports', 'main', 'module', 'types', 'typings', 'browser', 'type'];
/**
 * Lists the entry fields whose values differ between the base and head text
 * of one package.json. A null text is a file that does not exist on that
 * side. Text that is not a JSON object gives no fields, because
 * `diffManifestDependencies` reports it.
 */
function diffManifestEntryFields(base, head) {
    const before = readObject(base);
    const after = readObject(head);
    if (before === undefined || after === undefined)
        return { fields: [], names: [], subpaths: null };
    const fields = ENTRY_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
    const names = [...new Set([before['name'], after['name']].filter((name) => typeof name === 'string' && name !== ''))];
    return { fields, names, subpaths: changedSubpaths(fields, before, after) };
}
/** Fields that name the file of the package's main entry, `.`, when `exports` does not override them. */
const MAIN_ENTRY_FIELDS = new Set(['main', 'module', 'types', 'typings']);
/**
 * Returns the subpaths whose resolution the changed fields may alter, or null
 * for all of them. `type` and `imports` alter no subpath.
 */
function changedSubpaths(fields, before, after) {
    const subpaths = new Set();
    for (const field of fields) {
        if (field === 'type' || field === 'imports')
            continue;
        if (MAIN_ENTRY_FIELDS.has(field) || (field === 'browser' && typeof before[field] !== 'object' && typeof after[field] !== 'object')) {
            subpaths.add('.');
            continue;
        }
        if (field !== 'exports')
            return null;
        const keys = changedExportKeys(before['exports'], after['exports']);
        if (keys === null)
            return null;
        for (const key of keys)
            subpaths.add(key);
    }
    return [...subpaths].sort();
}
/**
 * Returns the `exports` keys whose targets differ, read with the resolver's
 * sugar rules, or null when one side is absent, null or invalid, so that
 * every subpath may have changed.
 */
function changedExportKeys(before, after) {
    if (before === undefined || after === undefined || before === null || after === null)
        return null;
    const left = (0,exports_map/* normalizeExports */.lX)(before);
    const right = (0,exports_map/* normalizeExports */.lX)(after);
    if (typeof left === 'string' || typeof right === 'string')
        return null;
    return changedKeys(left, right);
}
function readObject(text) {
    if (text === null)
        return {};
    try {
        return (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), 'package.json');
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return undefined;
        throw error;
    }
}
/**
 * Dependency ranges that a workspace package declares for install:
 * `dependencies`, `devDependencies` and `optionalDependencies`, with later
 * fields winning as package managers do. Peer dependencies are left out,
 * because the dependent package installs them. Entries whose range is not a
 * string are skipped. Throws `TextSyntaxError` for invalid JSON.
 */
function readDependencyRanges(text) {
    const manifest = (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), 'package.json');
    const ranges = new Map();
    for (const field of ['devDependencies', 'dependencies', 'optionalDependencies']) {
        for (const [name, range] of Object.entries((0,parse_problem/* objectField */.qV)(manifest, field, 'package.json'))) {
            if (typeof range === 'string')
                ranges.set(name, range);
        }
    }
    // fromEntries defines own properties, so a dependency named __proto__ stays a key.
    return Object.fromEntries(ranges);
}
function readFieldMaps(text, file, side) {
    const maps = Object.fromEntries([...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS].map((field) => [field, {}]));
    if (text === null)
        return { ok: true, maps };
    try {
        const manifest = (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), file);
        for (const field of DEPENDENCY_FIELDS)
            maps[field] = (0,parse_problem/* objectField */.qV)(manifest, field, file);
        maps.overrides = (0,parse_problem/* objectField */.qV)(manifest, 'overrides', file);
        maps.resolutions = (0,parse_problem/* objectField */.qV)(manifest, 'resolutions', file);
        maps['pnpm.overrides'] = (0,parse_problem/* objectField */.qV)((0,parse_problem/* objectField */.qV)(manifest, 'pnpm', file), 'overrides', `${file}.pnpm`);
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return { ok: false, problem: (0,parse_problem/* toParseProblem */.OL)(error, file, side) };
        throw error;
    }
    return { ok: true, maps };
}
function isRootWide(field) {
    return ROOT_WIDE_FIELDS.includes(field);
}
/** Keys whose values differ, compared as canonical JSON so key order inside nested overrides does not count. */
function changedKeys(base, head) {
    const names = new Set([...Object.keys(base), ...Object.keys(head)]);
    const valueOf = (map, name) => Object.hasOwn(map, name) ? canonicalJson(map[name]) : undefined;
    return [...names].filter((name) => valueOf(base, name) !== valueOf(head, name)).sort();
}
function compareKeys(left, right) {
    if (left < right)
        return -1;
    return left > right ? 1 : 0;
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item) ?? 'null').join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).sort(([left], [right]) => compareKeys(left, right));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/impact/stage/dependency-changes.ts
/**
 * Compares the base and head versions of changed package manifests and
 * lockfiles, for the triggers that widen the run.
 */





/** Trigger of the run-all reason for a package.json that is not valid JSON at the base or the head. */
const UNREADABLE_MANIFEST_TRIGGER = 'package.json unreadable';
/** Returns the changed files whose base version `compareDependencies` reads. */
function dependencyFiles(changes) {
    return changes.map((change) => change.path).filter((path) => isManifest(path) || isLockfile(path));
}
/** Compares the changed manifests and lockfiles. The lockfile parsers are loaded only when a lockfile changed. */
async function compareDependencies(changes, versions, workspaces) {
    const findings = { dependencyChanges: [], entryChanges: [], lockfiles: [], runAllReasons: [] };
    const paths = dependencyFiles(changes);
    const { diffLockfile } = paths.some(isLockfile) ? await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(546)]).then(__webpack_require__.bind(__webpack_require__, 26165)) : { diffLockfile: undefined };
    for (const path of paths) {
        if (isManifest(path))
            compareManifest(path, versions, findings);
        else
            compareLockfile(diffLockfile, path, versions, workspaces, findings);
    }
    return findings;
}
function compareManifest(path, versions, findings) {
    const diff = diffManifestDependencies(versions.base(path), versions.head(path), path);
    if (!diff.ok) {
        // A manifest that cannot be read may have changed anything, workspaces and
        // overrides included, which reach beyond its own package, so every test runs.
        findings.runAllReasons.push({
            trigger: UNREADABLE_MANIFEST_TRIGGER,
            file: path,
            detail: `${diff.problem.message}. Fix the JSON syntax of ${path}; until then every test runs.`,
        });
        return;
    }
    const fields = [...new Set(diff.changes.map((change) => change.field))];
    if (fields.length > 0)
        findings.dependencyChanges.push({ manifest: path, fields });
    const entry = diffManifestEntryFields(versions.base(path), versions.head(path));
    if (entry.fields.length > 0)
        findings.entryChanges.push({ manifest: path, ...entry });
}
function compareLockfile(diffLockfile, path, versions, workspaces, findings) {
    const diff = diffLockfile({ path, base: versions.base(path), head: versions.head(path), workspaces: lockfileWorkspaces(path, versions, workspaces) });
    if (diff.ok) {
        const root = diff.affected.find((workspace) => workspace.name === lockfile_names/* ROOT_PACKAGE */.W);
        findings.lockfiles.push({
            file: path,
            affectedPackages: diff.affected.map((workspace) => workspace.name),
            ...(root ? { rootDependencies: root.changedDependencies } : {}),
        });
        return;
    }
    findings.lockfiles.push({ file: path, affectedPackages: null, parseError: diff.problem.message });
}
/**
 * Returns the packages to compare in a lockfile: the workspace packages, each
 * with its dependency ranges at the head, plus the root package of the
 * lockfile's folder when it is not one of them. yarn v1 lockfiles record no
 * importers, so the ranges are what lets them tell the packages apart; a
 * package.json that cannot be read gives no ranges, and any change then
 * affects its package.
 */
function lockfileWorkspaces(lockfile, versions, workspaces) {
    const folder = (0,repo_path/* folderOf */.yS)(lockfile);
    const packages = [...workspaces];
    if (!workspaces.some((workspace) => workspace.folder === folder))
        packages.push({ name: lockfile_names/* ROOT_PACKAGE */.W, folder });
    if (external_node_path_.posix.basename(lockfile) !== 'yarn.lock')
        return packages;
    return packages.map((workspace) => {
        const dependencies = rangesAt(versions, workspace.folder === '' ? 'package.json' : `${workspace.folder}/package.json`);
        return dependencies ? { name: workspace.name, folder: workspace.folder, dependencies } : { name: workspace.name, folder: workspace.folder };
    });
}
function rangesAt(versions, manifest) {
    const text = versions.head(manifest);
    if (text === null)
        return undefined;
    try {
        return readDependencyRanges(text);
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return undefined;
        throw error;
    }
}
/** Checks whether `path` is a package.json of the repository, not one installed under node_modules. */
function isManifest(path) {
    return external_node_path_.posix.basename(path) === 'package.json' && !path.split('/').includes('node_modules');
}
function isLockfile(path) {
    return Object.hasOwn(lockfile_names/* LOCKFILE_NAMES */.d, external_node_path_.posix.basename(path));
}

// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(32644);
;// CONCATENATED MODULE: ./src/impact/change/equivalence/quick-check.ts
/**
 * A check that runs before the lexer and finds most code changes in one
 * pass over the characters. The lexer's first use in a process costs tens of
 * milliseconds while its code is still interpreted: about 60 ms for three
 * files of 73,000 characters on Node.js 20. A run with a warm scan cache
 * loads the lexer for nothing else.
 *
 * The pass knows strings, template literals and comments. It takes a `/`
 * for the start of a regular expression after a punctuator or a keyword
 * such as `return`, as a parser-less tokenizer does, and it does not know
 * JSX text. So a quote or comment marker inside JSX text, or a misread `/`,
 * can throw it off. Then it may call a change to comments a code change,
 * which costs selection but never safety, because it can only report
 * "differs", and the full comparison decides everything else.
 */

const KEYWORDS = new Set([
    'await', 'break', 'case', 'catch', 'continue', 'debugger', 'delete', 'do', 'else', 'finally', 'for', 'if', 'instanceof',
    'new', 'return', 'super', 'switch', 'throw', 'try', 'while', 'with', 'yield',
]);
/**
 * Operators that type syntax never contains, as `erasure-checks.ts` lists
 * them, longest first. `>=` is left out: `let a: Array<T>= b` has one.
 */
const OPERATORS = ['===', '!==', '**=', '&&=', '||=', '??=', '<<=', '==', '!=', '&&', '||', '??', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<=', '?.', '**', '@', '%', '^', '~'];
/** First characters of `OPERATORS`, so that other punctuation skips the search. */
const OPERATOR_STARTS = '=!*&|?<+-/%^~@';
/** Characters after which a keyword is a property name, as in `{ if: 1 }` or `delete(): void`. */
const NAME_FOLLOWERS = new Set([':', '?', '(', '<', ',', ';', '}']);
const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;
/**
 * Returns true when the two versions of the script at `path` certainly
 * differ at run time: their code differs, and for TypeScript, so do the
 * tokens that type erasure keeps. False means undecided, and always for a
 * declaration file, which emits nothing.
 */
function certainlyDiffersAtRunTime(path, base, head) {
    const kind = (0,file_kinds/* classifyPath */.q)(path);
    if (kind.kind !== 'script' || kind.language.declarationFile)
        return false;
    return certainlyDiffers(base, head, TYPESCRIPT_SOURCE.test(path));
}
function certainlyDiffers(base, head, typescript) {
    const left = digest(base);
    const right = digest(head);
    if (left.code === right.code)
        return false;
    return !typescript || left.valueOnly !== right.valueOnly;
}
function digest(text) {
    const scanner = new DigestScanner(text);
    while (scanner.pos < text.length)
        scanner.step();
    return scanner.finish();
}
/** One pass of `digest` over a text: each `step` consumes one token, one comment or one run of white space. */
class DigestScanner {
    text;
    pos = 0;
    code = [];
    valueOnly = [];
    /** Brace depth of each open template substitution, innermost last. */
    substitutions = [];
    braces = 0;
    /** Start of the code that has not been copied into `code` yet. */
    runStart = 0;
    constructor(text) {
        this.text = text;
    }
    step() {
        const { text, pos } = this;
        const char = text[pos];
        const next = text[pos + 1];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
            this.skip(pos + 1);
        else if (char === '/' && (next === '/' || next === '*'))
            this.skip(next === '/' ? lineEnd(text, pos) : blockCommentEnd(text, pos));
        else if (char === '"' || char === "'")
            this.pos = stringEnd(text, pos, char);
        else if (char === '`' || (char === '}' && this.closesSubstitution()))
            this.readTemplate(char);
        else if (char === '/' && regexCanStart(text, pos))
            this.readRegex();
        else if (isWordStart(char))
            this.readWord();
        else
            this.readPunctuation(char);
    }
    finish() {
        this.flush(this.pos);
        // Joined without a separator, so that formatting between tokens leaves the code equal.
        return { code: this.code.join(''), valueOnly: this.valueOnly.join(' ') };
    }
    /** Leaves out the text up to `end`: white space or a comment. */
    skip(end) {
        this.flush(this.pos);
        this.pos = end;
        this.runStart = end;
    }
    flush(end) {
        if (end > this.runStart)
            this.code.push(this.text.slice(this.runStart, end));
    }
    closesSubstitution() {
        const depth = this.substitutions[this.substitutions.length - 1];
        return depth !== undefined && depth === this.braces;
    }
    readTemplate(char) {
        if (char === '}')
            this.substitutions.pop();
        this.pos = templateEnd(this.text, this.pos + 1);
        if (this.text.startsWith('${', this.pos - 2))
            this.substitutions.push(this.braces);
    }
    /** A regular expression never occurs in a type, so erasure keeps it. */
    readRegex() {
        const end = regexEnd(this.text, this.pos);
        this.valueOnly.push(this.text.slice(this.pos, end));
        this.pos = end;
    }
    readWord() {
        const { text, pos } = this;
        const end = wordEnd(text, pos);
        const word = text.slice(pos, end);
        if (KEYWORDS.has(word) && !afterDot(text, pos) && !NAME_FOLLOWERS.has(nextVisible(text, end)))
            this.valueOnly.push(word);
        this.pos = end;
    }
    readPunctuation(char) {
        if (char === '{')
            this.braces++;
        else if (char === '}')
            this.braces--;
        const operator = OPERATOR_STARTS.includes(char) ? OPERATORS.find((candidate) => this.text.startsWith(candidate, this.pos)) : undefined;
        if (operator !== undefined && !(operator === '?.' && isDigit(this.text[this.pos + 2]))) {
            this.valueOnly.push(operator);
            this.pos += operator.length;
        }
        else {
            this.pos++;
        }
    }
}
/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);
const REGEX_AFTER_CHARACTERS = '(,=:[!&|?{};+-*%<>~^';
/** Returns whether the `/` at `pos` starts a regular expression, judged by the character or keyword before it. */
function regexCanStart(text, pos) {
    let index = pos - 1;
    while (index >= 0 && isSpace(text[index]))
        index--;
    if (index < 0)
        return true;
    const previous = text[index];
    if (REGEX_AFTER_CHARACTERS.includes(previous))
        return true;
    if (!isWordStart(previous) && !isDigit(previous))
        return false;
    let start = index;
    while (start > 0 && (isWordStart(text[start - 1]) || isDigit(text[start - 1])))
        start--;
    return REGEX_AFTER_WORDS.has(text.slice(start, index + 1));
}
/** Returns the offset after the regular expression at `pos` and its flags, or after the `/` alone when no `/` closes it on its line. */
function regexEnd(text, pos) {
    let index = pos + 1;
    let inClass = false;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === '\n')
            return pos + 1;
        else {
            if (char === '[')
                inClass = true;
            else if (char === ']')
                inClass = false;
            else if (char === '/' && !inClass)
                return wordEnd(text, index);
            index++;
        }
    }
    return pos + 1;
}
function isSpace(char) {
    return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
function lineEnd(text, pos) {
    const end = text.indexOf('\n', pos);
    return end === -1 ? text.length : end;
}
function blockCommentEnd(text, pos) {
    const end = text.indexOf('*/', pos + 2);
    return end === -1 ? text.length : end + 2;
}
/** Returns the offset after the string that starts with `quote` at `pos`. */
function stringEnd(text, pos, quote) {
    let index = pos + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === quote || char === '\n')
            return index + 1;
        else
            index++;
    }
    return index;
}
/** Returns the offset after the closing backtick or the `${` that ends this stretch of template text. */
function templateEnd(text, pos) {
    let index = pos;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === '`')
            return index + 1;
        else if (char === '$' && text[index + 1] === '{')
            return index + 2;
        else
            index++;
    }
    return index;
}
function isWordStart(char) {
    return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '$' || char === '#';
}
function wordEnd(text, pos) {
    let index = pos + 1;
    while (index < text.length && (isWordStart(text[index]) || isDigit(text[index])))
        index++;
    return index;
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
function afterDot(text, pos) {
    let index = pos - 1;
    while (index >= 0 && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r'))
        index--;
    return text[index] === '.';
}
function nextVisible(text, pos) {
    let index = pos;
    while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r'))
        index++;
    return text[index] ?? '';
}

;// CONCATENATED MODULE: ./src/impact/graph/graph-cache-key.ts
/**
 * Keys of the results that the resolved-graph cache keeps per pair of file
 * versions: equivalence verdicts and removed exports.
 */
/**
 * Returns the key of an equivalence verdict: the path, whose extension
 * decides how the versions are read, and the git blob SHAs of both
 * versions. Git has computed those already, so looking a verdict up hashes
 * no text and loads no hashing code. The tsconfig emit options that the
 * check also reads are fixed by the graph entry the verdict is stored in
 * (see `head-graph.ts`).
 */
function verdictKey(path, baseBlob, headBlob) {
    return `${path}\0${baseBlob}\0${headBlob}`;
}
/**
 * Returns the key of a removed-exports result: the path, whose extension
 * selects the syntax, the blob SHAs of both versions (`-` for a deleted
 * head) and the re-exported specifiers that the head lost.
 */
function removedExportsKey(path, baseBlob, headBlob, lostModules = []) {
    return [path, baseBlob, headBlob ?? '-', ...[...lostModules].sort()].join('\0');
}

// EXTERNAL MODULE: ./src/run/optimizer-tiering.ts
var optimizer_tiering = __webpack_require__(48967);
;// CONCATENATED MODULE: ./src/impact/stage/equivalent-changes.ts
/**
 * Marks the modified scripts whose change cannot alter what runs, so that
 * tests reaching only them need a type check, not a run. The stage reads
 * the base versions with its other base blobs, in one git process.
 *
 * The quick check decides most code changes. The full comparison, with the
 * lexer and the eraser, loads only for the rest: with a warm scan cache
 * nothing else in the run loads the lexer.
 */





/** Options for a file that no tsconfig covers: the compiler's defaults, which keep neither metadata nor unused imports. */
const DEFAULT_EMIT_OPTIONS = { emitDecoratorMetadata: false, keepValueImports: false };
/**
 * Paths whose base version the comparison needs: modified text scripts
 * that are not test files. A changed test file runs whatever changed in it,
 * so comparing its versions would cost time, up to loading the eraser, and
 * select nothing less.
 */
function equivalenceCandidates(files, isTest) {
    return files
        .filter((file) => file.status === 'modified' && !file.binary && (0,file_kinds/* classifyPath */.q)(file.path).kind === 'script' && !isTest(file.path))
        .map((file) => file.path);
}
/**
 * Returns `files` with `runtimeEquivalent` set where it applies. Renames are
 * a deletion plus an addition in the change, so a renamed file is never
 * compared.
 */
async function markEquivalentChanges(files, candidatePaths, sources, options = {}) {
    const undecided = [];
    for (const path of candidatePaths) {
        const baseText = sources.baseText(path);
        const headText = sources.headText(path);
        if (baseText === undefined || headText === undefined)
            continue;
        if (!options.lexerWarm && certainlyDiffersAtRunTime(path, baseText, headText))
            continue;
        undecided.push({ path, baseText, headText, options: sources.emitOptionsOf(path) ?? DEFAULT_EMIT_OPTIONS });
    }
    if (undecided.length === 0)
        return files;
    // The check loads sucrase and runs its first transforms once, for tens of milliseconds, so TurboFan's compiles of that code would cost more CPU time than they save.
    const equivalences = await (0,optimizer_tiering/* withDelayedOptimization */.G2)(() => compareUndecided(undecided, options.erase), optimizer_tiering/* SHORT_PHASE_BUDGET_FACTOR */.Bz);
    return files.map((file) => {
        const equivalence = equivalences.get(file.path);
        return equivalence ? { ...file, runtimeEquivalent: equivalence } : file;
    });
}
/** Runs the full comparison on the versions that the quick check left undecided, and returns the verdicts by path. */
async function compareUndecided(undecided, erase) {
    const { compareVersions } = await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(702), __webpack_require__.e(828)]).then(__webpack_require__.bind(__webpack_require__, 43828));
    const eraser = erase ?? (await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 35168))).eraseTypes;
    const equivalences = new Map();
    for (const versions of undecided) {
        const equivalence = await compareVersions(versions, eraser);
        if (equivalence)
            equivalences.set(versions.path, equivalence);
    }
    return equivalences;
}
/**
 * Returns `files` marked as `markEquivalentChanges` marks them, taking the
 * verdict of each pair of versions from `verdicts` where it is there and
 * adding the verdicts it computes. The caller keeps `verdicts` only while
 * the emit options cannot change (see `head-graph.ts`), because the key
 * contains the path and both blob SHAs but not the options. A file without
 * both SHAs is compared and its verdict not kept.
 */
async function markWithVerdicts(files, candidatePaths, sources, verdicts, options = {}) {
    const known = new Map();
    const unknownKeys = new Map();
    for (const path of candidatePaths) {
        const baseBlob = sources.baseBlob(path);
        const headBlob = sources.headBlob(path);
        const key = baseBlob === undefined || headBlob === undefined ? undefined : verdictKey(path, baseBlob, headBlob);
        const verdict = key === undefined ? undefined : verdicts.get(key);
        if (verdict === undefined)
            unknownKeys.set(path, key);
        else
            known.set(path, verdict);
    }
    const marked = unknownKeys.size === 0
        ? files
        : await markEquivalentChanges(files, [...unknownKeys.keys()], { ...sources, emitOptionsOf: await sources.loadEmitOptions() }, options);
    for (const file of marked) {
        const key = unknownKeys.get(file.path);
        // `markEquivalentChanges` leaves a file without both texts unmarked, and no verdict is kept for it.
        if (key !== undefined && sources.baseText(file.path) !== undefined && sources.headText(file.path) !== undefined) {
            verdicts.set(key, file.runtimeEquivalent ?? 'none');
        }
    }
    return marked.map((file) => {
        const verdict = known.get(file.path);
        return verdict === undefined || verdict === 'none' ? file : { ...file, runtimeEquivalent: verdict };
    });
}
/** Notes for the report: one per marked file, saying why its importers only need a type check. */
function equivalenceNotes(files) {
    const notes = [];
    for (const file of files) {
        if (file.runtimeEquivalent === 'comments') {
            notes.push(`${(0,display_text/* displayText */.W)(file.path)} changed only in comments or white space, so tests that reach only such changes need a type check, not a run.`);
        }
        else if (file.runtimeEquivalent === 'types') {
            notes.push(`${(0,display_text/* displayText */.W)(file.path)} changed only in types, which are erased before it runs, so tests that reach only such changes need a type check, not a run.`);
        }
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/impact/stage/explanation-blocks.ts

function explanationBlocks(explanations) {
    if (explanations.length === 0)
        return [];
    const blocks = [{ kind: 'heading', level: 3, text: 'Explanations' }];
    for (const explanation of explanations) {
        blocks.push({ kind: 'paragraph', text: [{ text: (0,display_text/* displayText */.W)(explanation.path), style: 'code' }] });
        blocks.push({ kind: 'list', items: explanation.lines });
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/impact/stage/explain-paths.ts
/**
 * Matching of the paths that `--explain` names to repository paths. Node
 * decodes a command-line argument that is not valid UTF-8 with one U+FFFD
 * per invalid sequence, while `decodeGitPath` keeps each invalid byte as a
 * lone surrogate, so such a path never equals the argument that names it.
 */
/**
 * Returns the repository path that `requested` names: itself when it is one
 * of `paths`, else the only path that it matches when each U+FFFD stands for
 * one or more bytes that are not UTF-8. Without exactly one match it returns
 * `requested`, which the explanation then reports as not tracked.
 */
function matchExplainPath(requested, paths) {
    if (!requested.includes(REPLACEMENT_CHARACTER) || paths.includes(requested))
        return requested;
    const pattern = new RegExp(`^${requested.split(REPLACEMENT_CHARACTER).map(escapeRegExp).join(INVALID_BYTES)}$`);
    const matches = new Set(paths.filter((path) => pattern.test(path)));
    return matches.size === 1 ? [...matches][0] : requested;
}
const REPLACEMENT_CHARACTER = '\uFFFD';
/** One U+FFFD, or a run of the lone surrogates U+DC80 to U+DCFF that stand for bytes 0x80 to 0xFF. */
const INVALID_BYTES = '(?:\\uFFFD|[\\uDC80-\\uDCFF]+)';
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/impact/stage/risk-inputs.ts

/** Changed modules whose reach is measured; each costs one walk of the reverse graph. */
const MAX_MEASURED_MODULES = 50;
/**
 * Returns the largest share of the repository's modules that reach one
 * changed module through the reverse graph, and that module. The modules with
 * the most direct importers are measured first, up to `MAX_MEASURED_MODULES`.
 * A module that reaches an already measured one is not walked. Every module
 * that reaches it reaches the measured one too, so its share is at most the
 * measured one's, and only a larger share replaces the result.
 */
function measureCentrality(graph, changes) {
    const candidates = changes
        .map((change) => change.path)
        .filter((path) => graph.importersOf(path).length > 0)
        .sort((a, b) => graph.importersOf(b).length - graph.importersOf(a).length || (a < b ? -1 : 1))
        .slice(0, MAX_MEASURED_MODULES);
    let best = { share: 0, module: null };
    const total = Math.max(graph.files.length, 1);
    const skipped = new Set();
    for (const [index, path] of candidates.entries()) {
        if (skipped.has(path))
            continue;
        const reaching = reachingModules(graph, path);
        for (const later of candidates.slice(index + 1))
            if (reaching.seen[graph.importerIndex.idOf(later)] === 1)
                skipped.add(later);
        const share = Math.min(reaching.count / total, 1);
        if (share > best.share)
            best = { share, module: path };
    }
    return best;
}
/**
 * Returns the importers for the fan-in: those of the head graph, and for a
 * deleted module the base graph's, which its importers had before the
 * change.
 */
function fanInImporters(head, base, changes) {
    const deleted = new Set(deletedPaths(changes));
    if (base === null || deleted.size === 0)
        return (path) => head.importersOf(path);
    return (path) => (deleted.has(path) ? [...head.importersOf(path), ...base.importersOf(path)] : head.importersOf(path));
}
/**
 * Measures the centrality of the change: the modules that exist at the head
 * in the head graph, the deleted ones in the base graph, and the larger of
 * the two shares.
 */
function measureChangeCentrality(head, base, changes) {
    const present = measureCentrality(head, changes);
    if (base === null)
        return present;
    const deleted = measureCentrality(base, changes.filter((change) => change.status === 'deleted'));
    return deleted.share > present.share ? deleted : present;
}
/**
 * Finds the public modules that still exist at the head and re-export from a
 * module the change deleted: each such module with the specifiers of those
 * re-exports, as written. A specifier that still resolves at the head, to a
 * file the change added in its place, is not lost.
 *
 * NOTE: only direct re-exports count. A public module that re-exports
 * `export *` from a private module, which in turn re-exported the deleted
 * one, loses names that are not counted.
 */
function findLostReExports(head, base, changes, publicModules) {
    const lost = new Map();
    for (const path of deletedPaths(changes)) {
        for (const edge of base.importersOf(path)) {
            const isPublic = publicModules.entryPoints.has(edge.from) || publicModules.importedFromOutside.has(edge.from);
            if (edge.kind !== 're-export' || !isPublic || !head.has(edge.from))
                continue;
            if (head.importsOf(edge.from).some((headEdge) => headEdge.specifier === edge.specifier))
                continue;
            const specifiers = lost.get(edge.from) ?? [];
            if (!specifiers.includes(edge.specifier))
                specifiers.push(edge.specifier);
            lost.set(edge.from, specifiers);
        }
    }
    return lost;
}
function deletedPaths(changes) {
    return changes.filter((change) => change.status === 'deleted').map((change) => change.path);
}
/**
 * Walks the nodes that reach `start` through the reverse graph, by node id so
 * that it makes no edge object. `seen` marks them and `start`, and `count`
 * leaves `start` out.
 */
function reachingModules(graph, start) {
    const index = graph.importerIndex;
    const { starts, order, from, nodeCount } = index;
    const seen = new Uint8Array(nodeCount);
    const first = index.idOf(start);
    if (first < 0)
        return { seen, count: 0 };
    const queue = new Int32Array(nodeCount);
    seen[first] = 1;
    queue[0] = first;
    let count = 1;
    for (let next = 0; next < count; next++) {
        const node = queue[next];
        for (let position = starts[node]; position < starts[node + 1]; position++) {
            const importer = from[order[position]];
            if (seen[importer] === 1)
                continue;
            seen[importer] = 1;
            queue[count++] = importer;
        }
    }
    return { seen, count: count - 1 };
}
/**
 * Finds the files that a file of another workspace package imports, which
 * are public modules like the entry points, in the order of `graph.files`.
 * It walks the edge table, so that it makes no edge object.
 */
function findImportedFromOutside(graph, workspaces) {
    const owners = new PackageOwners(workspaces);
    const { table } = graph;
    const ownerOf = new Array(table.nodes.length).fill(null);
    const ownerOfNode = (id) => {
        let owner = ownerOf[id];
        if (owner === null)
            ownerOf[id] = owner = owners.ownerOf(table.nodes[id]);
        return owner;
    };
    const imported = new Uint8Array(table.fileCount);
    for (let edge = 0; edge < table.edgeCount; edge++) {
        const target = table.to[edge];
        if (target < table.fileCount && imported[target] === 0 && ownerOfNode(table.from[edge]) !== ownerOfNode(target))
            imported[target] = 1;
    }
    const importedFromOutside = new Set();
    for (let id = 0; id < table.fileCount; id++)
        if (imported[id] === 1)
            importedFromOutside.add(table.nodes[id]);
    return importedFromOutside;
}
/**
 * Returns the public modules of a graph: the entry points, which are the
 * files that each workspace package's name resolves to, and the files that
 * another package imports.
 */
function findPublicModules(graph, workspaces, entryPoints) {
    return { entryPoints: new Set(entryPoints), importedFromOutside: findImportedFromOutside(graph, workspaces) };
}

// EXTERNAL MODULE: ./src/impact/graph/file-records.ts + 4 modules
var file_records = __webpack_require__(98630);
// EXTERNAL MODULE: ./src/impact/graph/scan-cache.ts
var scan_cache = __webpack_require__(58487);
;// CONCATENATED MODULE: ./src/impact/resolve/recording-view.ts
function emptyViewReads() {
    return { texts: new Set(), realPaths: new Map(), folders: new Map() };
}
/** Returns a view over `view` that adds each read to `reads`. Optional probes stay absent when `view` lacks them. */
function recordingView(view, reads) {
    const recording = {
        files: view.files,
        readText: (path) => {
            reads.texts.add(path);
            return view.readText(path);
        },
    };
    if (view.realPath) {
        const realPath = view.realPath.bind(view);
        recording.realPath = (path) => {
            const real = realPath(path);
            reads.realPaths.set(path, real ?? null);
            return real;
        };
    }
    if (view.hasFolderOnDisk) {
        const hasFolderOnDisk = view.hasFolderOnDisk.bind(view);
        recording.hasFolderOnDisk = (path) => {
            const present = hasFolderOnDisk(path);
            reads.folders.set(path, present);
            return present;
        };
    }
    return recording;
}
/**
 * Checks that every recorded disk probe gives the same answer on `view` now.
 * The view must offer the probes that were recorded; a probe it lacks
 * counts as a different answer.
 */
function probesStillHold(view, reads) {
    for (const [path, real] of reads.realPaths) {
        if (!view.realPath || (view.realPath(path) ?? null) !== real)
            return false;
    }
    for (const [path, present] of reads.folders) {
        if (!view.hasFolderOnDisk || view.hasFolderOnDisk(path) !== present)
            return false;
    }
    return true;
}

;// CONCATENATED MODULE: ./src/impact/stage/head-graph.ts






/**
 * Returns the head graph. The resolver, the scanner and the test discovery
 * are imported only when the stored entry cannot serve, so that a run that
 * reuses it loads none of them (nor the YAML reader that the resolver needs
 * for `pnpm-workspace.yaml`).
 */
async function loadHeadGraph(request) {
    // Without a store nothing is loaded or saved, so the head files are not collected.
    const head = request.store ? headFiles(request) : null;
    const stored = head !== null && request.store ? await request.store.loadGraph() : {};
    const notes = stored.note ? [stored.note] : [];
    const entry = stored.entry;
    if (head !== null && entry) {
        if (holdsSameFiles(entry, head) && probesStillHold(request.view, entry.reads)) {
            request.log.info(`Impact: reused the resolved graph of ${(0,count_text/* countOf */.pq)(head.paths.length, 'file', 'files')}.`);
            return fromEntry(request, entry, false, notes);
        }
        const updated = await updateEntry(request, entry, head);
        if (updated) {
            request.log.info(`Impact: reused the resolved graph and resolved ${(0,count_text/* countOf */.pq)(updated.changed, 'changed file', 'changed files')} again.`);
            return fromEntry(request, updated.entry, true, notes, updated.resolver);
        }
    }
    return { ...(await buildInFull(request, head)), notes };
}
/** Every view file with its blob SHA, and the settings, or null when a file has no SHA, because then no entry could describe its content. */
function headFiles(request) {
    const blobs = [];
    let sameWidth = true;
    for (const path of request.view.files) {
        const blob = request.blobHashes.get(path);
        if (blob === undefined)
            return null;
        sameWidth &&= blob.length === (blobs[0] ?? blob).length;
        blobs.push(blob);
    }
    const { include, exclude } = request.settings.tests;
    // The settings that change the graph or the test discovery, as canonical JSON.
    const settings = JSON.stringify({ headSource: request.headSource, include, exclude });
    return { paths: request.view.files, blobs, sameWidth, settings };
}
/**
 * Checks whether the entry was built from the head's files and settings.
 * The parser already rejected an entry of another cache version. Comparing
 * the lists took about 1.5 ms of CPU time on the 10,024 files of
 * bench/impact-speed's synthetic repository, where hashing them into a
 * SHA-256 key took about 9 ms. The blob SHAs are compared joined, which
 * splits no stored string: with as many SHAs of one width on each side,
 * equal joined texts mean equal SHAs.
 */
function holdsSameFiles(entry, head) {
    if (entry.settings !== head.settings || !sameList(entry.paths, head.paths))
        return false;
    return head.sameWidth ? entry.joinedBlobs() === head.blobs.join('') : sameList(entry.blobs(), head.blobs);
}
async function fromEntry(request, entry, changed, notes, resolver) {
    const { graph, warnings } = (0,file_records/* assembleFromTable */.TI)(request.view.files, entry.edges, entry.notes, entry.resolverWarnings);
    let created = resolver ? Promise.resolve(resolver) : undefined;
    return {
        graph,
        workspaces: entry.workspaces,
        warnings,
        tests: await cachedCatalog(request, entry),
        entryPoints: new Set(entry.entryPoints),
        importedFromOutside: new Set(entry.importedFromOutside),
        resolver: () => (created ??= Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 69639)).then(({ openResolver }) => openResolver(request.view))),
        verdicts: entry.verdicts,
        removedExports: entry.removedExports,
        scans: null,
        entry,
        entryChanged: changed,
        notes,
    };
}
/**
 * The stored test files and setup files. The descriptions of the rules,
 * which only `--explain` needs, come from a discovery over the same view,
 * loaded only then.
 */
async function cachedCatalog(request, entry) {
    const discover = request.explain ? (await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 31869))).discoverTestFiles : undefined;
    let patternsFor;
    return {
        files: new Set(entry.testFiles),
        setupFiles: entry.setupFiles,
        patternsFor: (path) => {
            if (!discover)
                throw new Error('The test rules were not loaded: the head graph was requested without explain.');
            patternsFor ??= discover({ view: request.view, settings: request.settings.tests }).patternsFor;
            return patternsFor(path);
        },
    };
}
/**
 * Rebuilds the records of the changed files of `entry`, when the argument
 * in the file header holds; returns undefined when it does not.
 */
async function updateEntry(request, entry, head) {
    if (entry.settings !== head.settings || entry.lateWarnings || entry.paths.length !== head.paths.length)
        return undefined;
    const storedBlobs = entry.blobs();
    const changed = [];
    for (let index = 0; index < head.paths.length; index++) {
        const path = head.paths[index];
        if (path !== entry.paths[index])
            return undefined;
        if (head.blobs[index] === storedBlobs[index])
            continue;
        if (entry.reads.texts.has(path))
            return undefined;
        changed.push(path);
    }
    if (!probesStillHold(request.view, entry.reads))
        return undefined;
    const reads = copyReads(entry.reads);
    const { openResolver } = await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 69639));
    const resolver = await openResolver(recordingView(request.view, reads));
    if (!sameList(resolver.warnings, entry.resolverWarnings))
        return undefined;
    const scripts = changed.filter((path) => (0,scan_cache/* scanFlavorOf */.vt)(path) !== undefined);
    const { scanRepositoryFiles } = await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(702), __webpack_require__.e(762)]).then(__webpack_require__.bind(__webpack_require__, 85762));
    // A commit's snapshot holds no text for a script whose scan is cached, so the scan comes from the cache by blob SHA, as in a full build.
    const scans = scripts.length > 0 ? await request.loadScans() : undefined;
    const run = scanRepositoryFiles({ files: scripts, readText: (path) => request.view.readText(path) }, request.blobHashes, scans);
    const rebuilt = new Map();
    for (const scan of run.scans)
        rebuilt.set(scan.path, (0,file_records/* resolveFileRecord */.KC)(resolver, scan));
    for (const path of run.unreadable)
        rebuilt.set(path, (0,file_records/* unreadableRecord */.k6)(path));
    if (resolver.warnings.length !== entry.resolverWarnings.length)
        return undefined;
    const { edges, notes } = replaceRecords(entry, new Set(changed), rebuilt);
    // Changed edges can change which files other packages import, so that set is measured again.
    const { graph } = (0,file_records/* assembleFromTable */.TI)(head.paths, edges, notes, entry.resolverWarnings);
    const importedFromOutside = [...findImportedFromOutside(graph, entry.workspaces)];
    return {
        entry: { ...entry, paths: [...head.paths], blobs: () => head.blobs, joinedBlobs: () => head.blobs.join(''), reads, edges, notes, importedFromOutside },
        resolver,
        changed: changed.length,
    };
}
async function buildInFull(request, head) {
    const cache = await request.loadScans();
    const [{ openResolver }, { buildModuleGraph }, { discoverTestFiles }] = await Promise.all([
        Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 69639)),
        Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(702), __webpack_require__.e(667), __webpack_require__.e(639), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 92708)),
        Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(869)]).then(__webpack_require__.bind(__webpack_require__, 31869)),
    ]);
    const reads = emptyViewReads();
    const recorded = recordingView(request.view, reads);
    const resolver = await openResolver(recorded);
    const upFrontWarnings = resolver.warnings.length;
    // The scanner reads the raw view: script texts are covered by their blob SHAs, and recording them would rule out every update.
    // Without a store the scan cache is empty and never saved, so the build records no entries, which would stay in memory until the run ends.
    const blobHashes = request.store ? request.blobHashes : undefined;
    const build = buildModuleGraph({ view: request.view, resolver, ...(blobHashes ? { blobHashes } : {}), cache });
    request.log.info(`Impact: scanned ${(0,count_text/* countOf */.pq)(build.scanned, 'file', 'files')}, reused ${(0,count_text/* countOf */.pq)(build.reused, 'cached scan', 'cached scans')}.`);
    const tests = discoverTestFiles({ view: recorded, settings: request.settings.tests });
    const entryPoints = findEntryPoints(resolver);
    const importedFromOutside = findImportedFromOutside(build.graph, build.workspaces);
    const entry = head === null
        ? null
        : {
            settings: head.settings,
            paths: [...head.paths],
            blobs: () => head.blobs,
            joinedBlobs: () => head.blobs.join(''),
            reads,
            resolverWarnings: [...build.resolverWarnings],
            lateWarnings: build.resolverWarnings.length > upFrontWarnings,
            workspaces: resolver.workspaces.map(({ name, folder, manifest }) => ({ name, folder, manifest })),
            edges: build.graph.table,
            notes: build.records.filter(file_records/* hasNotes */.Kk),
            testFiles: [...tests.files],
            setupFiles: tests.setupFiles.map(({ path, option, config }) => ({ path, option, config })),
            entryPoints: [...entryPoints],
            importedFromOutside: [...importedFromOutside],
            verdicts: new Map(),
            removedExports: new Map(),
        };
    return {
        graph: build.graph,
        workspaces: build.workspaces,
        warnings: build.warnings,
        tests,
        entryPoints,
        importedFromOutside,
        resolver: () => Promise.resolve(resolver),
        verdicts: entry?.verdicts ?? new Map(),
        removedExports: entry?.removedExports ?? new Map(),
        scans: { cache: build.cache, scanned: build.scanned },
        entry,
        entryChanged: entry !== null,
    };
}
/** Returns the files that the workspace package names resolve to, which are public modules. */
function findEntryPoints(resolver) {
    const entryPoints = new Set();
    for (const workspace of resolver.workspaces) {
        const resolution = resolver.resolve(workspace.manifest, workspace.name);
        if (resolution.kind === 'file')
            entryPoints.add(resolution.path);
    }
    return entryPoints;
}
/**
 * Replaces the edges and notes of the `changed` files of `entry` with those
 * of their new records (none for a file without a record). The paths are
 * the entry's, so the other files' edges are copied as integers.
 */
function replaceRecords(entry, changed, records) {
    const table = entry.edges;
    const builder = new edge_table/* EdgeTableBuilder */.Nv(entry.paths, table);
    const storedNotes = new Map(entry.notes.map((note) => [note.path, note]));
    const notes = [];
    let edge = 0;
    for (let file = 0; file < entry.paths.length; file++) {
        const start = edge;
        while (edge < table.edgeCount && table.from[edge] === file)
            edge++;
        const path = entry.paths[file];
        if (!changed.has(path)) {
            builder.copy(start, edge);
            const note = storedNotes.get(path);
            if (note)
                notes.push(note);
            continue;
        }
        const record = records.get(path);
        if (!record)
            continue;
        for (const added of record.edges)
            builder.add(added);
        if ((0,file_records/* hasNotes */.Kk)(record))
            notes.push({ path, errors: record.errors, unresolved: record.unresolved, unreadable: record.unreadable });
    }
    return { edges: builder.finish(), notes };
}
function copyReads(reads) {
    return { texts: new Set(reads.texts), realPaths: new Map(reads.realPaths), folders: new Map(reads.folders) };
}
function sameList(a, b) {
    return a.length === b.length && a.every((item, index) => item === b[index]);
}

;// CONCATENATED MODULE: ./src/impact/stage/removed-exports.ts
/**
 * The exports that changed public modules lost, taken from the results of
 * earlier runs where both versions are the same. Reading the export lists
 * of large modules was the most costly step of a warm run's risk: about
 * 40 ms of CPU time for three modules of vitest-dev/vitest.
 */


/**
 * Returns `modules` with `removed` set on each one whose exports the risk
 * compares, from `memo` or computed and added to it. The key contains the path
 * (whose extension selects the syntax), the blob SHAs of both texts and the
 * lost specifiers, which describe everything `compareExports` reads. A module
 * whose blob SHAs are not known is compared and its result not kept. The
 * comparison's code loads only on a miss.
 */
async function withRemovedExports(modules, publicModules, memo, blobs) {
    let comparison;
    const results = [];
    for (const versions of modules) {
        if (!(0,deleted_exports/* comparesExports */._6)(versions, publicModules)) {
            results.push(versions);
            continue;
        }
        const key = keyOf(versions, blobs);
        let removed = key === undefined ? undefined : memo.get(key);
        if (removed === undefined) {
            comparison ??= await Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(689)]).then(__webpack_require__.bind(__webpack_require__, 98689));
            removed = comparison.compareExports(versions);
            if (key !== undefined)
                memo.set(key, removed);
        }
        results.push({ ...versions, removed });
    }
    return results;
}
/** Returns the memo key of `versions`, or undefined when the blob SHA of one of its texts is not known. */
function keyOf(versions, blobs) {
    const baseBlob = blobs.base.get(versions.path);
    const headBlob = versions.headText === null ? null : blobs.head.get(versions.path);
    if (baseBlob === undefined || headBlob === undefined)
        return undefined;
    return removedExportsKey(versions.path, baseBlob, headBlob, versions.lostModules);
}

;// CONCATENATED MODULE: ./src/impact/stage/run-all-widening.ts
/**
 * Widening of the selection to every test for the reasons that the stage
 * finds itself, before or beside the selection: a change that could not be
 * determined, or a package.json that could not be read. Either way the stage
 * cannot tell what changed, so it runs everything.
 */




/**
 * Returns the selection as it is without `stageReasons`. With them, every
 * test runs with the first reason as its evidence, the reasons head the
 * run-all reasons, and every suite and the packages of every test are
 * selected, as a run-all trigger selects them.
 */
function widenSelection(stageReasons, selection, tests, settings, workspaces) {
    const first = stageReasons[0];
    if (first === undefined) {
        return {
            affectedTests: selection.affectedTests,
            affectedPackages: selection.affectedPackages.map((workspace) => workspace.name),
            runAllReasons: selection.runAll.reasons,
            suites: selection.suites,
        };
    }
    const runAllReasons = [...stageReasons, ...selection.runAll.reasons];
    const paths = [...tests.files].sort();
    const affectedTests = paths.map((path) => ({ path, need: 'run', evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail } }));
    return { affectedTests, affectedPackages: run_all_widening_packagesOf(paths, workspaces), runAllReasons, suites: selectSuites(settings.suites, [], runAllReasons) };
}
/**
 * Returns the explanation of a test file that a reason of the stage selects.
 * The selection has no record of these reasons, so the test is marked
 * selected here, with the reason first and the graph's explanation after it.
 * Other explanations stay as they are.
 */
function explainWidening(explanation, stageReasons) {
    const first = stageReasons[0];
    if (first === undefined || !explanation.isTest || explanation.selected)
        return explanation;
    // The detail names the file, so the sentence does not repeat it.
    const reason = (0,issues/* endSentence */.H_)(`${(0,display_text/* displayText */.W)(explanation.path)} is a test file, and every test runs because of ${first.trigger}: ${first.detail}`);
    return {
        ...explanation,
        selected: true,
        need: 'run',
        evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail },
        lines: [reason, ...explanation.lines],
    };
}
/** Names of the workspace packages that contain `paths`, sorted by folder as the selection sorts them. */
function run_all_widening_packagesOf(paths, workspaces) {
    const owners = new PackageOwners(workspaces);
    const byFolder = new Map();
    for (const path of paths) {
        const owner = owners.ownerOf(path);
        if (owner)
            byFolder.set(owner.folder, owner.name);
    }
    return [...byFolder.keys()].sort().map((folder) => byFolder.get(folder));
}

// EXTERNAL MODULE: ./src/git/working-tree-hash.ts
var working_tree_hash = __webpack_require__(61381);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/impact/resolve/disk-view.ts
/**
 * A `RepositoryView` over a checkout on disk. It reads tracked files only,
 * on first request, and never follows a path or symlink out of the root.
 * Paths are those of `decodeGitPath`, so a name that is not UTF-8 is read
 * by its exact bytes.
 */




/**
 * @param root folder of the checkout
 * @param files repository-relative POSIX paths from `git ls-files`, sorted
 */
function readDiskView(root, files) {
    const realRoot = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root));
    const tracked = new Set(files);
    /** Real repository path of `path`, or undefined when it is missing, malformed or resolves outside the root. */
    const realRepositoryPath = (path) => {
        if ((0,repo_path/* joinInRepository */.yz)('', path) !== path)
            return undefined;
        let real;
        try {
            real = realLocation(realRoot, path);
        }
        catch {
            return undefined;
        }
        const inside = (0,external_node_path_.relative)(realRoot, real);
        if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
            return undefined;
        return inside.split(external_node_path_.sep).join('/');
    };
    return {
        files,
        readText(path) {
            if (!tracked.has(path))
                return undefined;
            if ((0,repo_path/* joinInRepository */.yz)('', path) !== path)
                return undefined;
            const direct = readUnlessSymlink(disk_view_location(realRoot, path));
            if (direct !== SYMLINK)
                return direct;
            const real = realRepositoryPath(path);
            if (real === undefined)
                return undefined;
            try {
                return (0,external_node_fs_.readFileSync)(disk_view_location(realRoot, real), 'utf8');
            }
            catch {
                // A tracked file that is deleted, a folder, or unreadable in the work tree counts as absent.
                return undefined;
            }
        },
        realPath(path) {
            const real = realRepositoryPath(path);
            return real === undefined || real === path ? undefined : real;
        },
        hasFolderOnDisk(path) {
            if ((0,repo_path/* joinInRepository */.yz)('', path) !== path)
                return false;
            return (0,external_node_fs_.statSync)(disk_view_location(realRoot, path), { throwIfNoEntry: false })?.isDirectory() === true;
        },
    };
}
/** Marks a file that `readUnlessSymlink` left unread because it is a symlink. */
const SYMLINK = Symbol('symlink');
/**
 * Reads a file without resolving its real path first when it is not a
 * symlink, which is the common case. It returns `SYMLINK` for a symlink, so
 * that the caller resolves the link and checks that it stays in the repository. A missing or
 * unreadable file reads as undefined.
 *
 * NOTE: folders on the way are followed. A checkout never has a symlink in
 * place of a tracked file's folder, because git refuses to check out a path
 * beyond a symlink, so only a hand-made change to the work tree could send
 * a read elsewhere.
 */
function readUnlessSymlink(target) {
    try {
        // One call opens, reads and closes the file.
        return (0,external_node_fs_.readFileSync)(target, NO_FOLLOW_UTF8);
    }
    catch (error) {
        // A folder opens but cannot be read; a tracked path that is a folder in the work tree counts as absent.
        return error.code === 'ELOOP' ? SYMLINK : undefined;
    }
}
/**
 * Read options that fail with ELOOP on a symlink instead of following it.
 * Node's "File system flags" docs allow a number from `fs.constants` as the
 * flag, which @types/node types as a string only.
 */
const NO_FOLLOW_UTF8 = { encoding: 'utf8', flag: (external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW) };
/**
 * Returns the file system location of a repository path: a string, or for
 * a name that is not UTF-8 its exact bytes from `encodeGitPath`, because no
 * string would encode back to them.
 */
function disk_view_location(realRoot, path) {
    // Most paths are valid UTF-8, and checking for escapes costs less than encoding the path.
    if (!(0,git_path/* hasEscapedBytes */.Bz)(path))
        return locationOfName(realRoot, path);
    return Buffer.concat([Buffer.from(`${realRoot}${external_node_path_.sep}`, 'utf8'), (0,git_path/* encodeGitPath */.Gh)(path)]);
}
/**
 * Joins a repository path, which git keeps free of `.`, `..` and empty
 * segments, onto the real root. Plain concatenation gives what `resolve`
 * would, at a fraction of its cost, where the separator is `/`.
 */
function locationOfName(realRoot, path) {
    if (external_node_path_.sep !== '/')
        return (0,external_node_path_.resolve)(realRoot, path);
    if (path === '')
        return realRoot;
    return realRoot.endsWith('/') ? `${realRoot}${path}` : `${realRoot}/${path}`;
}
/**
 * Resolves the symlinks of a repository path. Node's JavaScript
 * `realpathSync` turns a Buffer into a string, so a name that is not UTF-8
 * goes through the native call, which keeps the bytes.
 */
function realLocation(realRoot, path) {
    const target = disk_view_location(realRoot, path);
    // The native call is one system call, while the JavaScript one runs lstat on every folder of the path.
    if (typeof target === 'string')
        return external_node_fs_.realpathSync.native(target);
    return (0,git_path/* decodeGitPath */.yV)(external_node_fs_.realpathSync.native(target, { encoding: 'buffer' }));
}

;// CONCATENATED MODULE: ./src/impact/stage/working-tree.ts





/**
 * Reads the tracked files of the working tree with their blob SHAs, plus the
 * untracked files a local change added, hashed as `git add` would hash them.
 * `index` is a listing that the change detection has just read, if any.
 */
async function readWorkingTree(root, scope, index) {
    const indexed = await (0,tree_view/* listIndexedFiles */.JC)(root, index);
    const blobHashes = new Map(indexed.map((file) => [file.path, file.blob]));
    const files = new Set(blobHashes.keys());
    if (scope.mode === 'local') {
        const untracked = scope.files.filter((change) => change.status === 'added' && !files.has(change.path)).map((change) => change.path);
        for (const path of untracked)
            files.add(path);
        for (const [path, blob] of await (0,working_tree_hash/* hashWorkingTreeFiles */.x)(root, untracked))
            blobHashes.set(path, blob);
    }
    for (const change of scope.files)
        if (change.status === 'deleted')
            files.delete(change.path);
    const view = readDiskView(root, [...files].sort());
    // The disk view reads a symlink's target, so its key must follow that text, not the link's own blob.
    for (const file of indexed)
        if (file.symlink && files.has(file.path))
            blobHashes.set(file.path, linkKey(view, blobHashes, file.path));
    const hiddenChanges = indexed.filter((file) => file.hiddenChange && files.has(file.path)).map((file) => file.path);
    return { view, blobHashes, ...(hiddenChanges.length > 0 ? { hiddenChanges } : {}) };
}
/**
 * Adds the files whose changes git hides (marked assume-unchanged or
 * skip-worktree, then edited) to a local change as modified files, because
 * the run reads and tests their current text. Their line counts are unknown
 * and count as 0, and a note names them.
 */
function withHiddenChanges(scope, hidden, notes) {
    const listed = new Set(scope.files.map((change) => change.path));
    const added = (hidden ?? []).filter((path) => !listed.has(path));
    if (added.length === 0)
        return scope;
    notes.push(`${(0,count_text/* countOf */.pq)(added.length, 'file', 'files')} marked assume-unchanged or skip-worktree ${added.length === 1 ? 'differs' : 'differ'} from the index and ${added.length === 1 ? 'counts' : 'count'} as modified: ${(0,detail_text/* listNames */.Zv)(added)}.`);
    const files = [...scope.files, ...added.map((path) => ({ path, status: 'modified', binary: false, addedLines: 0, deletedLines: 0 }))];
    return { ...scope, files: files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}
/** Checks whether a working-tree file now has another blob SHA than when the run listed it. */
async function changedDuringRun(root, scope, listed) {
    const now = (await readWorkingTree(root, scope)).blobHashes;
    if (now.size !== listed.size)
        return true;
    for (const [path, blob] of now)
        if (listed.get(path) !== blob)
            return true;
    return false;
}
/**
 * Cache key of a link that reads as absent: the SHA-1 of the text
 * `testmaster: unreadable link target` (a test checks the value), 40 hex
 * digits like a blob SHA, because the graph cache stores the keys of a tree
 * side by side at one width. Commit snapshots key such a link the same way.
 */
const UNREADABLE_LINK_KEY = 'b449207ba74391f0f2a4ca41d141ab0efea94826';
/**
 * Returns the key of the symlink at `path`: the blob SHA of the tracked file
 * it leads to, which the listing contains already, or else the SHA of the
 * text read through it. The listing's SHA is the one `git add` would store for
 * the file's current content, so it changes whenever that text does, and a
 * repository with links to its own files hashes nothing, which spares
 * loading node:crypto. A link's target, resolved to the end, is never a link
 * itself, so the keys already set for other links leave its entry as the
 * listing gave it.
 */
function linkKey(view, blobHashes, path) {
    const target = view.realPath?.(path);
    const blob = target === undefined ? undefined : blobHashes.get(target);
    return blob ?? contentKey(view.readText(path));
}
/**
 * Returns the git blob SHA of a text, as `git hash-object` gives it for the
 * same bytes, or a fixed key for a link whose target cannot be read. It keys
 * the caches for a tracked symlink by what the disk view reads through it.
 */
function contentKey(text) {
    if (text === undefined)
        return UNREADABLE_LINK_KEY;
    const bytes = Buffer.from(text, 'utf8');
    return (0,crypto_on_demand/* sha1Hex */.Ru)(`blob ${bytes.length}\0`, bytes);
}

;// CONCATENATED MODULE: ./src/impact/stage/tree-snapshot.ts
/**
 * A `RepositoryView` of a commit that is not checked out, such as the merge
 * base. The view's `readText` is synchronous, so the files it may be asked
 * for are read up front, in one `git cat-file --batch` process. They are the
 * configs that the resolver and the test discovery read, the script files
 * that the scan cache does not already cover, and the files the caller names,
 * such as the changed lockfiles.
 */




/** File names that the resolver and the test discovery read: package, TypeScript, workspace and test-runner configs. */
const CONFIG_NAME = /(^|\/)(package\.json|pnpm-workspace\.yaml|[jt]sconfig[^/]*\.json|(vite|vitest|jest)\.config\.[cm]?[jt]s|jest\.config\.json|vitest\.workspace\.[cm]?[jt]s)$/;
async function readTreeSnapshot(root, commit, cache, alsoRead = []) {
    const named = new Set(alsoRead);
    const listed = (await (0,tree_view/* listTreeEntries */.ld)(root, commit)).filter((entry) => !entry.submodule);
    const links = await followSymlinks(root, commit, listed);
    const entries = listed.map((entry) => (links.has(entry.path) ? { ...entry, blob: links.get(entry.path).blob } : entry));
    const blobHashes = new Map(entries.map((entry) => [entry.path, entry.blob]));
    const readPaths = entries.filter((entry) => named.has(entry.path) || CONFIG_NAME.test(entry.path) || needsScan(entry.path, entry.blob, cache)).map((entry) => entry.path);
    // A link is read as the file it points at; a link with no such file reads as absent.
    const sourceOf = (path) => (links.has(path) ? links.get(path).target : path);
    const sources = readPaths.map(sourceOf).filter((path) => path !== undefined);
    const contents = await (0,tree_view/* readBlobs */.b4)(root, commit, sources);
    const files = entries.map((entry) => entry.path).sort();
    return {
        blobHashes,
        view: {
            files,
            // NOTE: a file that is neither a config, an uncached script nor named by the caller reads as absent,
            // so an import of a JSON or asset file still resolves by name but its content is unknown.
            readText: (path) => {
                const source = sourceOf(path);
                return source === undefined ? undefined : contents.get(source)?.toString('utf8');
            },
        },
    };
}
/**
 * Follows each symlink of the tree to the tracked file it points at, as the
 * working tree's disk view reads the target through the link, so that the
 * link's scan is keyed by that file's blob. A link to a link is followed on,
 * up to the same depth that Linux allows a path lookup. A link whose target
 * leaves the repository, is no file of the tree, or is part of a loop or a
 * longer chain reads as absent.
 */
async function followSymlinks(root, commit, entries) {
    const followed = new Map();
    const links = entries.filter((entry) => entry.symlink);
    if (links.length === 0)
        return followed;
    const files = new Map(entries.filter((entry) => !entry.symlink).map((entry) => [entry.path, entry.blob]));
    const texts = await (0,tree_view/* readBlobs */.b4)(root, commit, links.map((link) => link.path));
    const nextHop = new Map();
    for (const link of links) {
        const text = texts.get(link.path)?.toString('utf8');
        nextHop.set(link.path, text === undefined ? undefined : (0,repo_path/* joinInRepository */.yz)((0,repo_path/* folderOf */.yS)(link.path), text));
    }
    for (const link of links) {
        const target = finalTarget(link.path, nextHop);
        const blob = target === undefined ? undefined : files.get(target);
        followed.set(link.path, blob === undefined ? { target: undefined, blob: UNREADABLE_LINK_KEY } : { target, blob });
    }
    return followed;
}
/** Linux's limit on links followed in one path lookup (MAXSYMLINKS in include/linux/namei.h). A longer chain fails there with ELOOP. */
const MAX_LINK_HOPS = 40;
/** Returns the path where the chain of links from `link` ends, or undefined for a loop, a chain too long, or a target outside the repository. */
function finalTarget(link, nextHop) {
    let path = link;
    for (let hop = 0; hop < MAX_LINK_HOPS && path !== undefined; hop += 1) {
        if (!nextHop.has(path))
            return path;
        path = nextHop.get(path);
    }
    return undefined;
}
function needsScan(path, blob, cache) {
    const flavor = (0,scan_cache/* scanFlavorOf */.vt)(path);
    if (flavor === undefined)
        return false;
    return !cache?.has((0,scan_cache/* scanCacheKey */.zJ)(blob, flavor));
}

;// CONCATENATED MODULE: ./src/impact/stage/run-impact-stage.ts
/**
 * The impact stage: detect the change, build the module graphs, select the
 * tests and suites, assess the risk and render the report section. Git and
 * the disk are read here, and each step below is one call into a part that
 * takes and returns plain data.
 */




















const SCRIPT_PATH = /\.([cm]?[jt]sx?|vue|svelte)$/;
async function runImpactStage(request) {
    const { root, settings, log } = request;
    let index;
    const found = await (0,detect_change/* detectChange */.A)(root, request.change, {
        ignoredPaths: cacheFilesInside(root, request.cacheStore),
        onWorkingTreeIndex: (listing) => {
            index = listing;
        },
    });
    for (const note of found.notes)
        log.info(note);
    const notes = [...found.notes];
    const scans = scanCacheLoader(request.cacheStore, notes);
    // A snapshot reads only the files named up front: the changed manifests and lockfiles, and the modified scripts that the equivalence check may compare.
    const comparable = settings.equivalentChangesRun ? [] : equivalenceCandidates(found.files, () => false);
    const workingTree = request.headSource === 'working-tree' ? await readWorkingTree(root, found, index) : null;
    const head = workingTree ?? (await readTreeSnapshot(root, found.headSha, await scans.load(), [...dependencyFiles(found.files), ...comparable]));
    const detected = workingTree ? withHiddenChanges(found, workingTree.hiddenChanges, notes) : found;
    const headGraph = await loadHeadGraph({
        view: head.view,
        blobHashes: head.blobHashes,
        settings,
        headSource: request.headSource,
        store: request.cacheStore,
        loadScans: scans.load,
        explain: (request.explain ?? []).length > 0,
        log,
    });
    notes.push(...headGraph.notes);
    const workspaces = headGraph.workspaces;
    const base = await buildBaseGraph(root, detected, scans.load);
    const baseBuild = base?.build ?? null;
    const tests = headGraph.tests;
    const compared = comparable.filter((path) => !tests.files.has(path));
    // One git process reads every base version that later steps may need: the risk compares the exports of the changed scripts that are public modules.
    const baseRead = new Set([...dependencyFiles(detected.files), ...compared, ...changedScriptsAtBase(detected)]);
    const baseBlobs = new Map();
    const baseTexts = detected.baseSha ? await (0,tree_view/* readBlobs */.b4)(root, detected.baseSha, [...baseRead], baseBlobs) : new Map();
    const memoSizes = headGraph.verdicts.size + headGraph.removedExports.size;
    const scope = compared.length === 0
        ? detected
        : {
            ...detected,
            files: await markWithVerdicts(detected.files, compared, equivalenceSources({ texts: baseTexts, blobs: baseBlobs }, head, headGraph.resolver), headGraph.verdicts, {
                lexerWarm: (headGraph.scans?.scanned ?? 0) > 0,
            }),
        };
    notes.push(...equivalenceNotes(scope.files));
    const dependencies = await compareDependencies(scope.files, { base: (path) => baseTexts.get(path)?.toString('utf8') ?? null, head: (path) => head.view.readText(path) ?? null }, workspaces);
    const selection = selectImpact({
        head: headGraph.graph,
        ...(baseBuild ? { base: baseBuild.graph } : {}),
        changes: scope.files,
        settings,
        tests,
        workspaces,
        dependencyChanges: dependencies.dependencyChanges,
        entryChanges: dependencies.entryChanges,
        lockfiles: dependencies.lockfiles,
    });
    notes.push(...selection.notes);
    // Only a run without test files reads git's config, so the usual run starts no process for it.
    const sparse = tests.files.size === 0 && workingTree !== null && (await (0,git/* isSparseCheckout */.PB)(root));
    const stageReasons = [...unknownChangeReasons(scope), ...noTestFileReasons(scope, tests.files.size, sparse), ...submoduleReasons(scope), ...dependencies.runAllReasons];
    const { affectedTests, affectedPackages, runAllReasons, suites } = widenSelection(stageReasons, selection, tests, settings, workspaces);
    // A change to comments or white space alone cannot break what runs, so it adds nothing to the risk.
    const riskScope = { ...scope, files: scope.files.filter((change) => change.runtimeEquivalent !== 'comments') };
    const history = await readHistory(root, riskScope, head.view, notes);
    const publicModules = { entryPoints: new Set(headGraph.entryPoints), importedFromOutside: new Set(headGraph.importedFromOutside) };
    if (base) {
        // A deleted module is public when it was public at the base.
        const basePublic = findPublicModules(base.build.graph, base.build.workspaces, findEntryPoints(base.resolver));
        for (const path of basePublic.entryPoints)
            publicModules.entryPoints.add(path);
        for (const path of basePublic.importedFromOutside)
            publicModules.importedFromOutside.add(path);
    }
    const baseGraph = base?.build.graph ?? null;
    const lostReExports = baseGraph ? findLostReExports(headGraph.graph, baseGraph, riskScope.files, publicModules) : new Map();
    const risk = assessRisk({
        files: riskScope.files,
        packageFolders: workspaces.map((workspace) => workspace.folder),
        importersOf: fanInImporters(headGraph.graph, baseGraph, riskScope.files),
        centrality: measureChangeCentrality(headGraph.graph, baseGraph, riskScope.files),
        history,
        coverage: request.coverage,
        modules: await withRemovedExports(await readModuleVersions(root, riskScope, head.view, publicModules, lostReExports, { paths: baseRead, texts: baseTexts, blobs: baseBlobs }), publicModules, headGraph.removedExports, { base: baseBlobs, head: head.blobHashes }),
        publicModules,
        runAllReasons,
        commentOnlyFiles: scope.files.length - riskScope.files.length,
    }, settings);
    const entryChanged = headGraph.entryChanged || headGraph.verdicts.size + headGraph.removedExports.size !== memoSizes;
    const saves = request.cacheStore !== null && (headGraph.scans !== null || baseBuild !== null || entryChanged);
    // A file saved while this run read it would be stored under the SHA of its earlier text, and reused once the text is back.
    const raced = saves && request.headSource === 'working-tree' && (await changedDuringRun(root, detected, head.blobHashes));
    if (raced) {
        notes.push('Files changed while impact analysis ran, so its caches were not saved; the next run builds them again.');
    }
    else {
        await saveCaches(request.cacheStore, { head: headGraph.scans, base: baseBuild, loaded: scans.loaded() }, entryChanged ? headGraph.entry : null, notes);
    }
    const result = {
        changedFiles: scope.files,
        affectedTests,
        affectedModules: selection.affectedModules,
        affectedPackages,
        runAllReasons,
        suites,
        risk,
        notes,
        warnings: [...headGraph.warnings.messages, ...moreWarnings(headGraph.warnings)],
        graph: headGraph.graph,
    };
    const knownPaths = [...head.view.files, ...scope.files.map((change) => change.path)];
    const explanations = (request.explain ?? []).map((path) => explainWidening(selection.explain(matchExplainPath(path, knownPaths)), stageReasons));
    const report = impactStageReport(result);
    report.blocks.push(...explanationBlocks(explanations));
    if (explanations.length > 0) {
        // `--json` carries the same sentences as the text report, one entry per file.
        report.json = { ...report.json, explanations: explanations.map(({ path, isTest, selected, lines }) => ({ path, isTest, selected, lines })) };
    }
    return { report, explanations };
}
/** Returns where the comparison reads both versions of a modified script and their blob SHAs, and how it loads the tsconfig options, which need the resolver. */
function equivalenceSources(base, head, resolver) {
    return {
        baseText: (path) => base.texts.get(path)?.toString('utf8'),
        headText: (path) => head.view.readText(path),
        baseBlob: (path) => base.blobs.get(path),
        headBlob: (path) => head.blobHashes.get(path),
        loadEmitOptions: async () => {
            const loaded = await resolver();
            return (path) => loaded.emitOptionsOf?.(path);
        },
    };
}
/** Returns the repository paths of the cache files, which the change leaves out. It is empty without cache files inside the repository. */
function cacheFilesInside(root, store) {
    const paths = [];
    for (const file of store?.files ?? []) {
        const path = (0,external_node_path_.relative)(root, file);
        if (path === '' || path.startsWith('..') || (0,external_node_path_.isAbsolute)(path))
            continue;
        paths.push(path.split(external_node_path_.sep).join('/'));
    }
    return paths;
}
/** Loads the scan cache on first use, once, and adds its note to `notes` then. */
function scanCacheLoader(store, notes) {
    let loading;
    let loaded = null;
    const load = () => (loading ??= (async () => {
        const stored = store ? await store.load() : { cache: new Map() };
        if (stored.note)
            notes.push(stored.note);
        loaded = stored.cache;
        return stored.cache;
    })());
    return { load, loaded: () => loaded };
}
/**
 * Builds the graph of the base tree, which finds the importers of deleted
 * files, and of files whose package.json changed (an import that no longer
 * resolves at the head); null when neither changed.
 */
async function buildBaseGraph(root, scope, loadScans) {
    if (!scope.baseSha || !scope.files.some((change) => change.status === 'deleted' || isManifest(change.path)))
        return null;
    const cache = await loadScans();
    const base = await readTreeSnapshot(root, scope.baseSha, cache);
    const [{ openResolver }, { buildModuleGraph }] = await Promise.all([Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(667), __webpack_require__.e(639)]).then(__webpack_require__.bind(__webpack_require__, 69639)), Promise.all(/* import() */[__webpack_require__.e(327), __webpack_require__.e(662), __webpack_require__.e(702), __webpack_require__.e(667), __webpack_require__.e(639), __webpack_require__.e(708)]).then(__webpack_require__.bind(__webpack_require__, 92708))]);
    const resolver = await openResolver(base.view);
    return { build: buildModuleGraph({ view: base.view, resolver, blobHashes: base.blobHashes, cache }), resolver };
}
/** Returns the run-all reason of a change that could not be determined (history missing after deepening), which heads the run-all reasons. */
function unknownChangeReasons(scope) {
    return scope.fullRunReason ? [{ trigger: UNKNOWN_CHANGE_TRIGGER, file: '', detail: scope.fullRunReason }] : [];
}
/**
 * Returns a run-all reason when a change meets a repository without any test
 * file that the selection can see. Such a repository tests with another
 * runner (`go test`, pytest) or names its tests in a way that the vitest and
 * jest configs do not show, and "no test is affected" would tell its
 * workflow to skip every test.
 */
function noTestFileReasons(scope, testFileCount, sparseCheckout) {
    if (testFileCount > 0 || scope.files.length === 0)
        return [];
    const detail = sparseCheckout
        ? 'no test file was found in the sparse checkout: the working tree leaves out tracked files, and tests outside it cannot be read. Add their folders with git sparse-checkout add, or pass --head HEAD to read the commit'
        : 'no test file was found: test files come from the vitest and jest configs and from impact.tests.include in .github/testmaster.yml, so tests of other runners are not traced';
    return [{ trigger: NO_TEST_FILES_TRIGGER, file: '', detail }];
}
const NO_TEST_FILES_TRIGGER = 'no test files';
/**
 * Returns a run-all reason per changed submodule. The graph does not read
 * the files inside a submodule, so a test that imports one of them cannot be
 * traced to the submodule's new commit.
 */
function submoduleReasons(scope) {
    return scope.files
        .filter((change) => change.submodule === true)
        .map((change) => ({
        trigger: 'submodule',
        file: change.path,
        detail: `the submodule ${(0,display_text/* quoteName */.A)(change.path)} changed, and the files inside a submodule are not part of the graph, so a test that imports them cannot be traced`,
    }));
}
/**
 * Reads churn and authors of the changed files that exist at the head; failures become a note, not an error.
 * NOTE: `fileHistory` passes paths as string arguments, so a path that is not UTF-8 reaches git
 * with U+FFFD in place of its bytes and counts no commits.
 */
async function readHistory(root, scope, view, notes) {
    const paths = scope.files.filter((change) => change.status !== 'deleted').map((change) => change.path);
    if (paths.length === 0 || view.files.length === 0)
        return null;
    try {
        const history = await fileHistory(root, paths, { since: defaults/* DEFAULT_HISTORY_WINDOW */.QM, until: scope.headSha, ...(scope.shallow === undefined ? {} : { shallow: scope.shallow }) });
        if (history.shallow)
            notes.push('The clone is shallow, so churn and authors count only the commits it contains.');
        return history;
    }
    catch (error) {
        notes.push(`Churn and authors were not measured: ${error.message}`);
        return null;
    }
}
/** Returns the changed scripts that exist at the base: modified and deleted ones. */
function changedScriptsAtBase(scope) {
    return scope.files.filter((change) => change.status !== 'added' && SCRIPT_PATH.test(change.path)).map((change) => change.path);
}
/**
 * Base and head text of the changed public script modules, for the
 * deleted-exports factor, plus the public modules that re-export a deleted
 * module (`lostReExports`, with the lost specifiers), changed or not.
 * Base versions go through git only when `alreadyRead` lacks their path.
 */
async function readModuleVersions(root, scope, view, publicModules, lostReExports, alreadyRead) {
    if (!scope.baseSha)
        return [];
    const changed = changedScriptsAtBase(scope).filter((path) => publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path));
    const paths = [...new Set([...changed, ...lostReExports.keys()])];
    if (paths.length === 0)
        return [];
    const unread = paths.filter((path) => !alreadyRead.paths.has(path));
    // The blob SHAs of the versions read here join `alreadyRead.blobs`, which keys the removed exports.
    const base = unread.length === 0 ? alreadyRead.texts : new Map([...alreadyRead.texts, ...(await (0,tree_view/* readBlobs */.b4)(root, scope.baseSha, unread, alreadyRead.blobs))]);
    const head = await headTextsOf(root, scope, view, paths);
    return paths.map((path) => ({
        path,
        baseText: base.get(path)?.toString('utf8') ?? null,
        headText: head.get(path) ?? null,
        ...(lostReExports.has(path) ? { lostModules: lostReExports.get(path) } : {}),
    }));
}
/**
 * Returns the head text of each path that exists at the head. A commit's
 * snapshot holds no text for a script whose scan was cached, so those are
 * read from the head commit; reading them as absent would count every
 * export of an unchanged module as deleted.
 */
async function headTextsOf(root, scope, view, paths) {
    const texts = new Map();
    const present = new Set(view.files);
    const missing = [];
    for (const path of paths) {
        const text = view.readText(path);
        if (text !== undefined)
            texts.set(path, text);
        else if (present.has(path))
            missing.push(path);
    }
    if (missing.length > 0)
        for (const [path, blob] of await (0,tree_view/* readBlobs */.b4)(root, scope.headSha, missing))
            texts.set(path, blob.toString('utf8'));
    return texts;
}
/**
 * Stores the scan cache when a build scanned files, and the resolved graph
 * when `graph` is given. A head graph from the resolved-graph cache scanned
 * nothing, and its scans stay in the stored file.
 */
async function saveCaches(store, builds, graph, notes) {
    if (!store)
        return;
    const { head, base, loaded } = builds;
    const cache = new Map(head ? head.cache : (loaded ?? []));
    if (base)
        for (const [key, scan] of base.cache)
            cache.set(key, scan);
    // Every entry of a build that scanned nothing came from the loaded cache, so
    // with the same count the two are equal, and writing the file again only costs time.
    const scanned = (head?.scanned ?? 0) + (base?.scanned ?? 0);
    const scansChanged = head ? !(scanned === 0 && cache.size === (loaded?.size ?? 0)) : scanned > 0;
    if (!scansChanged && !graph)
        return;
    const note = await store.save(scansChanged ? cache : null, graph ?? undefined);
    if (note)
        notes.push(note);
}
function moreWarnings(warnings) {
    const hidden = warnings.total - warnings.messages.length;
    return hidden > 0 ? [`${hidden} more warnings are not listed.`] : [];
}


/***/ })

};
