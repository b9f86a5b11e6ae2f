export const id = 892;
export const ids = [892];
export const modules = {

/***/ 6892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readGraphCacheFile: () => (/* binding */ readGraphCacheFile),
  writeGraphCacheFile: () => (/* binding */ writeGraphCacheFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/run/atomic-write.ts
var atomic_write = __webpack_require__(5806);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/impact/scan/scanner-revision.ts
var scanner_revision = __webpack_require__(6052);
;// CONCATENATED MODULE: ./src/impact/graph/graph-cache-format.ts
/**
 * The resolved-graph cache: the head graph of the last run with everything
 * later steps need from the resolver and the test discovery, so that a run
 * over the same files needs neither. Its JSON form names each repository
 * path once, in `paths`, and refers to it by index elsewhere:
 *
 *     { "format": 2, "kind": "resolved-graph", "version": "0.1.0+scanner-4+graph-1",
 *       "settings": "<JSON>", "paths": [path, …], "blobs": "<blob SHAs of paths, concatenated>",
 *       "reads": [path, …], "realPaths": [[path, real|null], …], "folders": [[path, bool], …],
 *       "resolverWarnings": [text, …], "lateWarnings": bool,
 *       "workspaces": [[name, folder, manifest], …], "vias": [text, …],
 *       "records": [[file, [to, kind, flags, specifier, line, via, to, …], [error, …], [unresolved, …], unreadable], …],
 *       "tests": [file, …], "setupFiles": [[path, option, config], …], "entryPoints": [path, …],
 *       "importedFromOutside": [file, …],
 *       "verdicts": [[key, "comments"|"types"|"none"], …],
 *       "removedExports": [[key, [name, …], [specifier, …]], …] }
 *
 * A record's edges are one flat list, six items per edge. With an array
 * per edge, `JSON.parse` allocated one more object per edge, and reading
 * the 1.6 MB entry of bench/impact-speed's synthetic repository took about
 * 65 ms of CPU time instead of 54 ms, most of it garbage collection.
 * An edge's `to` is a file index, or a path when the target is not one of
 * `paths`, and its `via` an index in `vias`, because a few long rule
 * descriptions repeat over thousands of edges. Records without edges,
 * errors or unresolved references are left out. The blob SHAs are one
 * string, split on first use. A document of another format or version, or
 * one that fails any check, is discarded whole.
 */


/** Version of the JSON layout. Raise it whenever the layout changes. */
const GRAPH_CACHE_FORMAT = 2;
/**
 * Revision of what the graph contains. Raise it with any change to the
 * resolver, the graph build, the test discovery or the equivalence check
 * that can change their output for the same files.
 *
 * NOTE: like the scanner revision, it is raised by hand. A resolver change
 * that does not raise it, made without a new TestMaster release, keeps
 * serving the graphs of the resolver before it.
 */
const GRAPH_REVISION = 1;
const GRAPH_CACHE_VERSION = `${version/* TOOL_VERSION */.w}+scanner-${scanner_revision/* SCANNER_REVISION */.v}+graph-${GRAPH_REVISION}`;
const EDGE_KINDS = ['import', 'side-effect', 're-export', 'require', 'dynamic', 'dynamic-pattern', 'glob', 'reference'];
const TYPE_ONLY = 1;
const APPROXIMATE = 2;
const VERDICTS = ['comments', 'types', 'none'];
function serializeGraphCache(entry) {
    const indexOf = new Map(entry.paths.map((path, index) => [path, index]));
    const fileRef = (path) => indexOf.get(path) ?? path;
    const vias = new Map();
    const viaRef = (via) => {
        let index = vias.get(via);
        if (index === undefined)
            vias.set(via, (index = vias.size));
        return index;
    };
    const records = entry.records
        .filter((record) => record.edges.length > 0 || record.errors.length > 0 || record.unresolved.length > 0 || record.unreadable)
        .map((record) => [
        fileRef(record.path),
        record.edges.flatMap((edge) => [fileRef(edge.to), EDGE_KINDS.indexOf(edge.kind), (edge.typeOnly ? TYPE_ONLY : 0) | (edge.approximate ? APPROXIMATE : 0), edge.specifier, edge.line, viaRef(edge.via)]),
        record.errors,
        record.unresolved,
        record.unreadable ? 1 : 0,
    ]);
    return JSON.stringify({
        format: GRAPH_CACHE_FORMAT,
        kind: 'resolved-graph',
        version: GRAPH_CACHE_VERSION,
        settings: entry.settings,
        paths: entry.paths,
        blobs: entry.blobs().join(''),
        reads: [...entry.reads.texts].sort(),
        realPaths: [...entry.reads.realPaths].sort(byFirst),
        folders: [...entry.reads.folders].sort(byFirst),
        resolverWarnings: entry.resolverWarnings,
        lateWarnings: entry.lateWarnings,
        workspaces: entry.workspaces.map(({ name, folder, manifest }) => [name, folder, manifest]),
        vias: [...vias.keys()],
        records,
        tests: entry.testFiles.map(fileRef),
        setupFiles: entry.setupFiles.map(({ path, option, config }) => [path, option, config]),
        entryPoints: [...entry.entryPoints].sort(),
        importedFromOutside: entry.importedFromOutside.map(fileRef),
        verdicts: [...entry.verdicts].sort(byFirst),
        removedExports: [...entry.removedExports].sort(byFirst).map(([key, { names, wildcards }]) => [key, names, wildcards]),
    });
}
/** Thrown inside `parseGraphCache` at the first check that fails. */
class MalformedEntry extends Error {
}
/**
 * Reads a document written by `serializeGraphCache`. Returns no entry, with
 * a note, when the text is not JSON, has another format or version, or
 * fails a check.
 */
function parseGraphCache(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        return discarded(`it is not valid JSON (${error.message})`);
    }
    if (!isRecord(document) || document['kind'] !== 'resolved-graph')
        return discarded('it is not a resolved-graph cache');
    if (document['format'] !== GRAPH_CACHE_FORMAT || document['version'] !== GRAPH_CACHE_VERSION) {
        return discarded(`it was written by version ${JSON.stringify(document['version'])} in format ${JSON.stringify(document['format'])}, and this is version ${GRAPH_CACHE_VERSION} in format ${GRAPH_CACHE_FORMAT}`);
    }
    try {
        return { entry: toEntry(document) };
    }
    catch (error) {
        if (error instanceof MalformedEntry)
            return discarded(`its field "${error.message}" is malformed`);
        throw error;
    }
}
function toEntry(document) {
    const paths = listOf(document, 'paths', (value) => stringOf(value, 'paths'));
    const blobs = splitBlobs(stringField(document, 'blobs'), paths.length);
    const pathAt = (value, field) => {
        if (typeof value === 'string')
            return value;
        if (Number.isInteger(value) && value >= 0 && value < paths.length)
            return paths[value];
        throw new MalformedEntry(field);
    };
    const vias = listOf(document, 'vias', (value) => stringOf(value, 'vias'));
    const viaAt = (value) => {
        const via = Number.isInteger(value) ? vias[value] : undefined;
        if (via === undefined)
            throw new MalformedEntry('records');
        return via;
    };
    return {
        settings: stringField(document, 'settings'),
        paths,
        blobs,
        reads: {
            texts: new Set(listOf(document, 'reads', (value) => stringOf(value, 'reads'))),
            realPaths: new Map(listOf(document, 'realPaths', (value) => tupleOf(value, 2, (item, index) => typeof item === 'string' || (index === 1 && item === null)))),
            folders: new Map(listOf(document, 'folders', (value) => tupleOf(value, 2, (item, index) => (index === 0 ? typeof item === 'string' : typeof item === 'boolean')))),
        },
        resolverWarnings: listOf(document, 'resolverWarnings', (value) => stringOf(value, 'resolverWarnings')),
        lateWarnings: booleanField(document, 'lateWarnings'),
        workspaces: listOf(document, 'workspaces', (value) => {
            const [name, folder, manifest] = tupleOf(value, 3, (item) => typeof item === 'string');
            return { name: name, folder: folder, manifest: manifest };
        }),
        records: listOf(document, 'records', (value) => toRecord(value, pathAt, viaAt)),
        testFiles: listOf(document, 'tests', (value) => pathAt(value, 'tests')),
        setupFiles: listOf(document, 'setupFiles', (value) => {
            const [path, option, config] = tupleOf(value, 3, (item) => typeof item === 'string');
            return { path: path, option: option, config: config };
        }),
        entryPoints: listOf(document, 'entryPoints', (value) => stringOf(value, 'entryPoints')),
        importedFromOutside: listOf(document, 'importedFromOutside', (value) => pathAt(value, 'importedFromOutside')),
        verdicts: new Map(listOf(document, 'verdicts', (value) => tupleOf(value, 2, (item, index) => typeof item === 'string' && (index === 0 || VERDICTS.includes(item))))),
        removedExports: new Map(listOf(document, 'removedExports', (value) => {
            const [key, names, wildcards] = tupleOf(value, 3, (item, index) => (index === 0 ? typeof item === 'string' : Array.isArray(item)));
            return [key, { names: stringsOf(names, 'removedExports'), wildcards: stringsOf(wildcards, 'removedExports') }];
        })),
    };
}
/** Returns a function that splits the concatenated blob SHAs of `count` files, all of one length (40 hex digits for SHA-1, 64 for SHA-256). */
function splitBlobs(text, count) {
    const width = count === 0 ? 0 : text.length / count;
    if (count === 0 ? text.length !== 0 : width !== 40 && width !== 64)
        throw new MalformedEntry('blobs');
    let blobs;
    return () => {
        if (blobs)
            return blobs;
        blobs = [];
        for (let offset = 0; offset < text.length; offset += width)
            blobs.push(text.slice(offset, offset + width));
        return blobs;
    };
}
function toRecord(value, pathAt, viaAt) {
    if (!Array.isArray(value) || value.length !== 5)
        throw new MalformedEntry('records');
    const [file, edges, errors, unresolved, unreadable] = value;
    const path = pathAt(file, 'records');
    if (!Array.isArray(edges) || edges.length % EDGE_FIELDS !== 0 || (unreadable !== 0 && unreadable !== 1))
        throw new MalformedEntry('records');
    const parsed = [];
    for (let offset = 0; offset < edges.length; offset += EDGE_FIELDS)
        parsed.push(toEdge(path, edges, offset, pathAt, viaAt));
    return {
        path,
        edges: parsed,
        errors: stringsOf(errors, 'records'),
        unresolved: stringsOf(unresolved, 'records'),
        unreadable: unreadable === 1,
    };
}
/** Items per edge in a record's flat list of edges. */
const EDGE_FIELDS = 6;
/** Reads the edge whose items start at `offset` of a record's flat list. */
function toEdge(from, items, offset, pathAt, viaAt) {
    const to = items[offset];
    const kindIndex = items[offset + 1];
    const flags = items[offset + 2];
    const specifier = items[offset + 3];
    const line = items[offset + 4];
    const via = items[offset + 5];
    const kind = typeof kindIndex === 'number' ? EDGE_KINDS[kindIndex] : undefined;
    const validFlags = Number.isInteger(flags) && flags >= 0 && flags <= (TYPE_ONLY | APPROXIMATE);
    if (kind === undefined || !validFlags || typeof specifier !== 'string' || !Number.isInteger(line) || line < 1) {
        throw new MalformedEntry('records');
    }
    return {
        from,
        to: pathAt(to, 'records'),
        kind,
        typeOnly: (flags & TYPE_ONLY) !== 0,
        approximate: (flags & APPROXIMATE) !== 0,
        specifier,
        line: line,
        via: viaAt(via),
    };
}
function listOf(document, field, item) {
    const value = document[field];
    if (!Array.isArray(value))
        throw new MalformedEntry(field);
    try {
        return value.map(item);
    }
    catch (error) {
        if (error instanceof MalformedEntry)
            throw new MalformedEntry(field);
        throw error;
    }
}
function tupleOf(value, length, valid) {
    if (!Array.isArray(value) || value.length !== length || !value.every(valid))
        throw new MalformedEntry('');
    return value;
}
function stringOf(value, field) {
    if (typeof value !== 'string')
        throw new MalformedEntry(field);
    return value;
}
function stringsOf(value, field) {
    if (!Array.isArray(value))
        throw new MalformedEntry(field);
    return value.map((item) => stringOf(item, field));
}
function stringField(document, field) {
    return stringOf(document[field], field);
}
function booleanField(document, field) {
    const value = document[field];
    if (typeof value !== 'boolean')
        throw new MalformedEntry(field);
    return value;
}
function byFirst(a, b) {
    return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0;
}
function discarded(reason) {
    return { note: `The resolved-graph cache was discarded because ${reason}; the graph is built again.` };
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/impact/graph/graph-cache-file.ts
/** Reads and writes the resolved-graph cache file. */



/**
 * Reads the entry at `path`. A missing file gives no entry and no note, as
 * on a first run. An unreadable, corrupt or outdated file gives no entry and
 * a note with the reason.
 */
function readGraphCacheFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return {};
        return { note: `The resolved-graph cache ${path} could not be read (${error.message}); the graph is built again.` };
    }
    const parsed = parseGraphCache(text);
    return parsed.note === undefined ? parsed : { note: `${path}: ${parsed.note}` };
}
/** Writes `entry` to `path` through a temporary file, creating its folder. */
function writeGraphCacheFile(path, entry) {
    (0,atomic_write/* writeFileAtomically */.l)(path, serializeGraphCache(entry));
}


/***/ }),

/***/ 6052:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ SCANNER_REVISION)
/* harmony export */ });
/**
 * Revision of the scanner's output. Scan caches store it with each entry
 * and discard entries written by another revision.
 *
 * Raise it with every change that can change the references or errors
 * found in some file. The revisions so far:
 * 1. tokens from TypeScript 5.9's scanner;
 * 2. tokens from the lexer in ./lexer;
 * 3. the scan stops after the last word that can start a reference
 *    (./reference-limit.ts), so errors past it are no longer reported;
 * 4. the `@jsxImportSource` pragma gives a reference.
 */
const SCANNER_REVISION = 4;


/***/ }),

/***/ 5806:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ writeFileAtomically)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _output_folder_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3641);
/**
 * Writes a file so that a reader sees the old content or the new one, never
 * a partial write: the text goes to a temporary file in the same folder,
 * which is then renamed over the target.
 */



/** Writes `text` to `path`, creating its folder. Errors are thrown after the temporary file is removed. */
function writeFileAtomically(path, text) {
    (0,_output_folder_js__WEBPACK_IMPORTED_MODULE_2__/* .makeParentFolders */ .e)(path);
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, text);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        throw error;
    }
}


/***/ })

};
