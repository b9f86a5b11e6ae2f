export const id = 334;
export const ids = [334];
export const modules = {

/***/ 7334:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  readScanCacheFile: () => (/* binding */ readScanCacheFile),
  writeScanCacheFile: () => (/* binding */ writeScanCacheFile)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/impact/scan/scanner-revision.ts
var scanner_revision = __webpack_require__(6052);
;// CONCATENATED MODULE: ./src/impact/graph/scan-cache-format.ts
/**
 * The JSON form of a `ScanCache`. Each reference is a tuple rather than an
 * object, so the field names are not repeated for every reference:
 *
 *     { "format": 1, "scanner": "0.1.0+scanner-2",
 *       "scans": { "<blob sha>:<flavor>": [[[kind, specifier, line, flags, suffix?], …], [error, …]?] } }
 *
 * `kind` is the index in `REFERENCE_KINDS`, and `flags` adds 1 for a
 * type-only reference and 2 for an approximate one. A cache written by another format or
 * scanner version, or one that fails any check, is discarded whole, because
 * a wrong reference would silently drop tests from the selection.
 */


/** Version of the JSON layout. Raise it whenever the layout changes. */
const SCAN_CACHE_FORMAT = 1;
/**
 * Version of the scanner that wrote the entries: the TestMaster version
 * plus the scanner's own output revision.
 *
 * NOTE: the revision is raised by hand. A scanner change that does not raise
 * it, made without a new TestMaster release, keeps serving the entries of
 * the scanner before it.
 */
const SCANNER_VERSION = `${version/* TOOL_VERSION */.w}+scanner-${scanner_revision/* SCANNER_REVISION */.v}`;
/** Reference kinds by their number in the JSON form. New kinds go at the end, so old numbers keep their meaning. */
const REFERENCE_KINDS = [
    'import',
    'side-effect',
    're-export',
    'require',
    'dynamic',
    'dynamic-pattern',
    'glob',
    'reference',
];
const TYPE_ONLY = 1;
const APPROXIMATE = 2;
const KEY = /^(?:[0-9a-f]{40}|[0-9a-f]{64}):[a-z-]+$/;
/** Writes `cache` as compact JSON, with keys sorted so that equal caches give equal text. */
function serializeScanCache(cache) {
    const scans = {};
    for (const key of [...cache.keys()].sort()) {
        const entry = cache.get(key);
        const references = entry.references.map(toTuple);
        scans[key] = entry.errors.length > 0 ? [references, entry.errors] : [references];
    }
    return JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: SCANNER_VERSION, scans });
}
/**
 * Reads a cache written by `serializeScanCache`. Returns an empty cache with
 * a note when the text is not JSON, was written by another format or
 * scanner version, or has a malformed entry.
 */
function parseScanCache(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return discarded(`it is not valid JSON (${message})`);
    }
    if (!isRecord(document))
        return discarded('its top level is not a JSON object');
    if (document['format'] !== SCAN_CACHE_FORMAT) {
        return discarded(`it has format ${JSON.stringify(document['format'])}, and this version reads format ${SCAN_CACHE_FORMAT}`);
    }
    if (document['scanner'] !== SCANNER_VERSION) {
        return discarded(`it was written by scanner ${JSON.stringify(document['scanner'])}, and this is scanner ${SCANNER_VERSION}`);
    }
    const scans = document['scans'];
    if (!isRecord(scans))
        return discarded('"scans" is not a JSON object');
    const cache = new Map();
    for (const [key, value] of Object.entries(scans)) {
        const entry = KEY.test(key) ? toEntry(value) : undefined;
        if (entry === undefined)
            return discarded(`its entry ${JSON.stringify(key)} is malformed`);
        cache.set(key, entry);
    }
    return { cache };
}
function discarded(reason) {
    return { cache: new Map(), note: `The scan cache was discarded because ${reason}; every file is scanned again.` };
}
function toTuple(reference) {
    const flags = (reference.typeOnly ? TYPE_ONLY : 0) | (reference.approximate ? APPROXIMATE : 0);
    const tuple = [REFERENCE_KINDS.indexOf(reference.kind), reference.specifier, reference.line, flags];
    return reference.suffix === undefined ? tuple : [...tuple, reference.suffix];
}
function toEntry(value) {
    if (!Array.isArray(value) || value.length < 1 || value.length > 2)
        return undefined;
    const [tuples, errors = []] = value;
    if (!Array.isArray(tuples) || !Array.isArray(errors) || !errors.every((error) => typeof error === 'string'))
        return undefined;
    const references = [];
    for (const tuple of tuples) {
        const reference = toReference(tuple);
        if (reference === undefined)
            return undefined;
        references.push(reference);
    }
    return { references, errors: errors };
}
function toReference(tuple) {
    if (!Array.isArray(tuple) || tuple.length < 4 || tuple.length > 5)
        return undefined;
    const [kindIndex, specifier, line, flags, suffix] = tuple;
    const kind = typeof kindIndex === 'number' ? REFERENCE_KINDS[kindIndex] : undefined;
    if (kind === undefined || typeof specifier !== 'string')
        return undefined;
    if (!Number.isInteger(line) || line < 1)
        return undefined;
    if (!Number.isInteger(flags) || flags < 0 || flags > (TYPE_ONLY | APPROXIMATE))
        return undefined;
    if (suffix !== undefined && (typeof suffix !== 'string' || kind !== 'dynamic-pattern'))
        return undefined;
    const reference = {
        specifier,
        kind,
        typeOnly: (flags & TYPE_ONLY) !== 0,
        approximate: (flags & APPROXIMATE) !== 0,
        line: line,
    };
    if (suffix !== undefined)
        reference.suffix = suffix;
    return reference;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/run/atomic-write.ts
var atomic_write = __webpack_require__(5806);
;// CONCATENATED MODULE: ./src/impact/graph/scan-cache-file.ts
/**
 * Reads and writes a scan cache file. This and `graph-cache-file.ts` are the
 * only modules of the graph that touch the disk.
 */



/**
 * Reads the cache at `path`. A missing file gives an empty cache without a
 * note, as on a first run. An unreadable, corrupt or outdated file gives an
 * empty cache and a note with the reason.
 */
function readScanCacheFile(path) {
    let text;
    try {
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { cache: new Map() };
        const message = error instanceof Error ? error.message : String(error);
        return { cache: new Map(), note: `The scan cache ${path} could not be read (${message}); every file is scanned again.` };
    }
    const parsed = parseScanCache(text);
    return parsed.note === undefined ? parsed : { cache: parsed.cache, note: `${path}: ${parsed.note}` };
}
/**
 * Writes `cache` to `path`, creating its folder, through a temporary file
 * that is renamed over `path`, so a reader never sees a partial write.
 */
function writeScanCacheFile(path, cache) {
    (0,atomic_write/* writeFileAtomically */.l)(path, serializeScanCache(cache));
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
 * 4. the `@jsxImportSource` pragma gives a reference;
 * 5. a reference word in a line comment, inside a longer word or after a
 *    dot no longer extends the scan, so fewer errors are reported;
 * 6. neither does one in a block comment that opens at the start of a line
 *    (./block-comment-test.ts).
 */
const SCANNER_REVISION = 6;


/***/ })

};
