export const id = 469;
export const ids = [469];
export const modules = {

/***/ 1429:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nv: () => (/* binding */ EdgeTableBuilder),
/* harmony export */   U_: () => (/* binding */ KIND_STEP),
/* harmony export */   Wo: () => (/* binding */ EDGE_KINDS),
/* harmony export */   d0: () => (/* binding */ edgeAt),
/* harmony export */   eI: () => (/* binding */ TYPE_ONLY),
/* harmony export */   yF: () => (/* binding */ groupEdges)
/* harmony export */ });
/* unused harmony exports APPROXIMATE, traitsOf, tableFromEdges */
const EDGE_KINDS = ['import', 'side-effect', 're-export', 'require', 'dynamic', 'dynamic-pattern', 'glob', 'reference'];
const TYPE_ONLY = 1;
const APPROXIMATE = 2;
/** Traits per kind: the low two bits hold the flags. */
const KIND_STEP = 4;
const KIND_INDEX = new Map(EDGE_KINDS.map((kind, index) => [kind, index]));
/** Returns the traits value of an edge. */
function traitsOf(edge) {
    return KIND_INDEX.get(edge.kind) * KIND_STEP + (edge.typeOnly ? TYPE_ONLY : 0) + (edge.approximate ? APPROXIMATE : 0);
}
/** Makes the object of edge `id`. */
function edgeAt(table, id) {
    const traits = table.traits[id];
    return {
        from: table.nodes[table.from[id]],
        to: table.nodes[table.to[id]],
        kind: EDGE_KINDS[traits >> 2],
        typeOnly: (traits & TYPE_ONLY) !== 0,
        approximate: (traits & APPROXIMATE) !== 0,
        specifier: table.specifierTexts[table.specifiers[id]],
        line: table.lines[id],
        via: table.viaTexts[table.vias[id]],
    };
}
/** Builds the table of `edges` over `files`, in the order given. An edge end outside `files` becomes a node after them. */
function tableFromEdges(files, edges) {
    const builder = new EdgeTableBuilder(files);
    for (const edge of edges)
        builder.add(edge);
    return builder.finish();
}
/**
 * Collects edges into a table. Edges come from objects (`add`) or from
 * another table over the same files (`copy`), so that an update of a few
 * files copies the other edges as integers.
 */
class EdgeTableBuilder {
    base;
    nodes;
    nodeIds = new Map();
    specifierTexts = [];
    specifierIds = new Map();
    viaTexts = [];
    viaIds = new Map();
    columns = { from: [], to: [], traits: [], lines: [], specifiers: [], vias: [] };
    fileCount;
    /** Starts an empty table over `files`. With `base`, whose files must equal `files`, `copy` can take its edges. */
    constructor(files, base) {
        this.base = base;
        this.fileCount = files.length;
        this.nodes = base ? [...base.nodes] : [...files];
        this.nodes.forEach((path, id) => this.nodeIds.set(path, id));
        if (base) {
            base.specifierTexts.forEach((text, id) => this.specifierIds.set(text, id));
            this.specifierTexts.push(...base.specifierTexts);
            base.viaTexts.forEach((text, id) => this.viaIds.set(text, id));
            this.viaTexts.push(...base.viaTexts);
        }
    }
    add(edge) {
        this.push(this.nodeId(edge.from), this.nodeId(edge.to), traitsOf(edge), edge.line, intern(edge.specifier, this.specifierTexts, this.specifierIds), intern(edge.via, this.viaTexts, this.viaIds));
    }
    /** Copies the edges `start` to `end` (exclusive) of the base table. */
    copy(start, end) {
        const base = this.base;
        if (!base)
            throw new Error('EdgeTableBuilder.copy needs a base table.');
        for (let id = start; id < end; id++)
            this.push(base.from[id], base.to[id], base.traits[id], base.lines[id], base.specifiers[id], base.vias[id]);
    }
    finish() {
        const { columns } = this;
        return {
            nodes: this.nodes,
            fileCount: this.fileCount,
            edgeCount: columns.from.length,
            from: Int32Array.from(columns.from),
            to: Int32Array.from(columns.to),
            traits: Uint8Array.from(columns.traits),
            lines: Int32Array.from(columns.lines),
            specifiers: Int32Array.from(columns.specifiers),
            specifierTexts: this.specifierTexts,
            vias: Int32Array.from(columns.vias),
            viaTexts: this.viaTexts,
        };
    }
    push(from, to, traits, line, specifier, via) {
        const { columns } = this;
        columns.from.push(from);
        columns.to.push(to);
        columns.traits.push(traits);
        columns.lines.push(line);
        columns.specifiers.push(specifier);
        columns.vias.push(via);
    }
    nodeId(path) {
        let id = this.nodeIds.get(path);
        if (id === undefined) {
            id = this.nodes.length;
            this.nodes.push(path);
            this.nodeIds.set(path, id);
        }
        return id;
    }
}
function intern(text, texts, ids) {
    let id = ids.get(text);
    if (id === undefined) {
        id = texts.length;
        texts.push(text);
        ids.set(text, id);
    }
    return id;
}
/**
 * Returns, for each node id, where its edges start in `order`, plus one
 * entry for the end: the edges of node `n` are `order[starts[n]]` up to
 * `order[starts[n + 1]]`. `order` lists edge ids grouped by `key` (the
 * `from` or `to` column), in edge order within a group. A counting sort,
 * linear in nodes plus edges.
 */
function groupEdges(table, key) {
    const nodeCount = table.nodes.length;
    const starts = new Int32Array(nodeCount + 1);
    for (let id = 0; id < table.edgeCount; id++)
        starts[key[id] + 1] = starts[key[id] + 1] + 1;
    for (let node = 0; node < nodeCount; node++)
        starts[node + 1] = starts[node + 1] + starts[node];
    const next = starts.slice(0, nodeCount);
    const order = new Int32Array(table.edgeCount);
    for (let id = 0; id < table.edgeCount; id++) {
        const node = key[id];
        order[next[node]] = id;
        next[node] = next[node] + 1;
    }
    return { starts, order };
}


/***/ }),

/***/ 7469:
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
// EXTERNAL MODULE: ./src/impact/graph/edge-table.ts
var edge_table = __webpack_require__(1429);
;// CONCATENATED MODULE: ./src/impact/graph/graph-cache-edges.ts
/**
 * The edge columns of the resolved-graph cache (see `graph-cache-format.ts`
 * for the whole layout): an `EdgeTable` written as arrays of numbers and
 * read back into typed arrays, checking every number on the way.
 */

/** Largest valid traits value: the last kind with both flags. */
const MAX_TRAITS = (edge_table/* EDGE_KINDS */.Wo.length - 1) * edge_table/* KIND_STEP */.U_ + edge_table/* KIND_STEP */.U_ - 1;
/**
 * Returns the columns of `table`, whose edges must be grouped by importer
 * in file order, as every graph build and update makes them. Texts and
 * other nodes that no edge names any more (an update dropped the edges
 * that named them) are left out.
 */
function writeEdgeColumns(table) {
    const edgeCounts = new Array(table.fileCount).fill(0);
    let previous = 0;
    for (let id = 0; id < table.edgeCount; id++) {
        const from = table.from[id];
        if (from < previous || from >= table.fileCount)
            throw new Error(`Edge ${id} of the graph is not grouped by importer in file order, so the graph cache cannot store it.`);
        edgeCounts[from] = edgeCounts[from] + 1;
        previous = from;
    }
    const others = new Renumbering(table.fileCount);
    const specifiers = new Renumbering(0);
    const vias = new Renumbering(0);
    const to = [];
    const specifierIds = [];
    const viaIds = [];
    for (let id = 0; id < table.edgeCount; id++) {
        const target = table.to[id];
        to.push(target < table.fileCount ? target : others.idOf(target));
        specifierIds.push(specifiers.idOf(table.specifiers[id]));
        viaIds.push(vias.idOf(table.vias[id]));
    }
    return {
        edgeCounts,
        otherNodes: others.oldIds.map((node) => table.nodes[node]),
        to,
        traits: Array.from(table.traits),
        lines: Array.from(table.lines),
        specifiers: specifierIds,
        specifierTexts: specifiers.oldIds.map((index) => table.specifierTexts[index]),
        vias: viaIds,
        viaTexts: vias.oldIds.map((index) => table.viaTexts[index]),
    };
}
/** New ids, from `first` on, for the old ids in the order of their first use. */
class Renumbering {
    first;
    /** The old ids, in the order of their new ones. */
    oldIds = [];
    ids = new Map();
    constructor(first) {
        this.first = first;
    }
    idOf(old) {
        let id = this.ids.get(old);
        if (id === undefined) {
            id = this.first + this.oldIds.length;
            this.oldIds.push(old);
            this.ids.set(old, id);
        }
        return id;
    }
}
/**
 * Reads the edge columns of `document` over `paths`. Throws the error that
 * `malformed` makes, naming the field, at the first column of the wrong
 * length or value out of range.
 */
function readEdgeColumns(document, paths, malformed) {
    const edgeCounts = column(document, 'edgeCounts', paths.length, 2 ** 31, malformed);
    const otherNodes = stringList(document, 'otherNodes', malformed);
    const specifierTexts = stringList(document, 'specifierTexts', malformed);
    const viaTexts = stringList(document, 'viaTexts', malformed);
    let edgeCount = 0;
    for (let file = 0; file < edgeCounts.length; file++)
        edgeCount += edgeCounts[file];
    // Checked before the allocation below, so that a damaged count cannot ask for a huge array.
    if (edgeCount !== numbersOf(document, 'to', malformed).length)
        throw malformed('edgeCounts');
    const from = new Int32Array(edgeCount);
    let next = 0;
    for (let file = 0; file < edgeCounts.length; file++) {
        for (let count = edgeCounts[file]; count > 0; count--)
            from[next++] = file;
    }
    const nodes = otherNodes.length === 0 ? paths : [...paths, ...otherNodes];
    return {
        nodes,
        fileCount: paths.length,
        edgeCount,
        from,
        to: column(document, 'to', edgeCount, nodes.length, malformed),
        traits: Uint8Array.from(column(document, 'traits', edgeCount, MAX_TRAITS + 1, malformed)),
        // Lines are 1-based and end before 2^31, so that they fit an Int32Array.
        lines: column(document, 'lines', edgeCount, 2 ** 31, malformed, 1),
        specifiers: column(document, 'specifiers', edgeCount, specifierTexts.length, malformed),
        specifierTexts,
        vias: column(document, 'vias', edgeCount, viaTexts.length, malformed),
        viaTexts,
    };
}
/**
 * Returns the column `field` as an Int32Array after checking that it has
 * `length` integers from `min` up to `limit` (exclusive), at most 2^31.
 * The check compares instead of calling a test per item, because the loop
 * runs once per process, mostly before V8 optimizes it. On the 26,323 edges
 * of bench/impact-speed's synthetic repository, five columns took about
 * 2.6 ms of CPU time this way, and about 7 ms with a `for…of` loop and a
 * test function (Node.js 20).
 */
function column(document, field, length, limit, malformed, min = 0) {
    const values = numbersOf(document, field, malformed);
    if (values.length !== length)
        throw malformed(field);
    const column = new Int32Array(length);
    for (let index = 0; index < length; index++) {
        const value = values[index];
        // Rejects non-numbers too: `value | 0` is a number, so a string, null or boolean never equals it.
        if (!(value >= min && value < limit && value === (value | 0)))
            throw malformed(field);
        column[index] = value;
    }
    return column;
}
function numbersOf(document, field, malformed) {
    const value = document[field];
    if (!Array.isArray(value))
        throw malformed(field);
    return value;
}
/** Returns the strings of `field`, checked in an indexed loop for the reason `column` gives. */
function stringList(document, field, malformed) {
    const value = document[field];
    if (!Array.isArray(value))
        throw malformed(field);
    for (let index = 0; index < value.length; index++)
        if (typeof value[index] !== 'string')
            throw malformed(field);
    return value;
}

;// CONCATENATED MODULE: ./src/impact/graph/graph-cache-format.ts
/**
 * The resolved-graph cache: the head graph of the last run with everything
 * later steps need from the resolver and the test discovery, so that a run
 * over the same files needs neither. Its JSON form names each repository
 * path once, in `paths`, and refers to it by index elsewhere:
 *
 *     { "format": 3, "kind": "resolved-graph", "version": "0.1.0+scanner-4+graph-1",
 *       "settings": "<JSON>", "paths": [path, …], "blobs": "<blob SHAs of paths, concatenated>" | [sha, …],
 *       "reads": [path, …], "realPaths": [[path, real|null], …], "folders": [[path, bool], …],
 *       "resolverWarnings": [text, …], "lateWarnings": bool,
 *       "workspaces": [[name, folder, manifest], …],
 *       "edgeCounts": [count, …], "otherNodes": [path, …],
 *       "to": [node, …], "traits": [number, …], "lines": [line, …],
 *       "specifiers": [index, …], "specifierTexts": [text, …], "vias": [index, …], "viaTexts": [text, …],
 *       "notes": [[file, [error, …], [unresolved, …], unreadable], …],
 *       "tests": [file, …], "setupFiles": [[path, option, config], …], "entryPoints": [path, …],
 *       "importedFromOutside": [file, …],
 *       "verdicts": [[key, "comments"|"types"|"none"], …],
 *       "removedExports": [[key, [name, …], [specifier, …]], …] }
 *
 * The edges are columns of numbers, one entry per edge, as in `EdgeTable`.
 * So `JSON.parse` makes one array per column instead of one object per
 * edge, and the parser copies each into a typed array. Edges are
 * grouped by importer in the order of `paths`, so `edgeCounts` (one count
 * per path) replaces a column of importers. A node id below the number of
 * paths is a path's index, and a larger one indexes `otherNodes`, the edge
 * targets outside the paths. Specifiers and resolver rules repeat over
 * thousands of edges, so each is stored once in `specifierTexts` or
 * `viaTexts`. `notes` holds the scan errors, unresolved references and
 * unreadable flags of the files that have any. The blob SHAs are one
 * string, split on first use. A document of another format or version, or
 * one that fails any check, is discarded whole.
 */



/** Version of the JSON layout. Raise it whenever the layout changes. */
const GRAPH_CACHE_FORMAT = 3;
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
const VERDICTS = ['comments', 'types', 'none'];
function serializeGraphCache(entry) {
    const indexOf = new Map(entry.paths.map((path, index) => [path, index]));
    const fileRef = (path) => indexOf.get(path) ?? path;
    return JSON.stringify({
        format: GRAPH_CACHE_FORMAT,
        kind: 'resolved-graph',
        version: GRAPH_CACHE_VERSION,
        settings: entry.settings,
        paths: entry.paths,
        blobs: blobsField(entry),
        reads: [...entry.reads.texts].sort(),
        realPaths: [...entry.reads.realPaths].sort(byFirst),
        folders: [...entry.reads.folders].sort(byFirst),
        resolverWarnings: entry.resolverWarnings,
        lateWarnings: entry.lateWarnings,
        workspaces: entry.workspaces.map(({ name, folder, manifest }) => [name, folder, manifest]),
        ...writeEdgeColumns(entry.edges),
        notes: entry.notes.map((note) => [fileRef(note.path), note.errors, note.unresolved, note.unreadable ? 1 : 0]),
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
    const malformed = (field) => new MalformedEntry(field);
    const paths = stringList(document, 'paths', malformed);
    const { blobs, joinedBlobs } = readBlobsField(document.blobs, paths.length);
    const pathAt = (value, field) => {
        if (typeof value === 'string')
            return value;
        if (Number.isInteger(value) && value >= 0 && value < paths.length)
            return paths[value];
        throw new MalformedEntry(field);
    };
    return {
        settings: stringField(document, 'settings'),
        paths,
        blobs,
        joinedBlobs,
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
        edges: readEdgeColumns(document, paths, malformed),
        notes: listOf(document, 'notes', (value) => toNote(value, pathAt)),
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
/**
 * Returns the blob SHAs as one string when they all have the width of a
 * SHA-1 or SHA-256 object name, which reads fastest, else as a list. A
 * SHA-256 repository's symlinks are keyed by SHA-1 digests of their
 * targets, so its keys can differ in width.
 */
function blobsField(entry) {
    const blobs = entry.blobs();
    const width = blobs[0]?.length ?? 40;
    return (width === 40 || width === 64) && blobs.every((blob) => blob.length === width) ? entry.joinedBlobs() : [...blobs];
}
/** Reads the `blobs` field that `blobsField` wrote, for `count` paths. */
function readBlobsField(value, count) {
    if (Array.isArray(value)) {
        if (value.length !== count || !value.every((blob) => typeof blob === 'string'))
            throw new MalformedEntry('blobs');
        const list = value;
        return { blobs: () => list, joinedBlobs: () => list.join('') };
    }
    if (typeof value !== 'string')
        throw new MalformedEntry('blobs');
    return { blobs: splitBlobs(value, count), joinedBlobs: () => value };
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
function toNote(value, pathAt) {
    if (!Array.isArray(value) || value.length !== 4)
        throw new MalformedEntry('notes');
    const [file, errors, unresolved, unreadable] = value;
    if (unreadable !== 0 && unreadable !== 1)
        throw new MalformedEntry('notes');
    return { path: pathAt(file, 'notes'), errors: stringsOf(errors, 'notes'), unresolved: stringsOf(unresolved, 'notes'), unreadable: unreadable === 1 };
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
 * 4. the `@jsxImportSource` pragma gives a reference;
 * 5. a reference word in a line comment, inside a longer word or after a
 *    dot no longer extends the scan, so fewer errors are reported;
 * 6. neither does one in a block comment that opens at the start of a line
 *    (./block-comment-test.ts).
 */
const SCANNER_REVISION = 6;


/***/ })

};
