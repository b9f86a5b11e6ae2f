export const id = 48;
export const ids = [48];
export const modules = {

/***/ 117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ColumnArena),
/* harmony export */   o: () => (/* binding */ NumberColumn)
/* harmony export */ });
/* harmony import */ var _count_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8984);
/**
 * Growable columns for parsers, and an arena that packs the finished columns
 * of many files into a few large typed arrays.
 *
 * Every typed array with a buffer of its own is a native allocation, and a
 * report has tens of thousands of files with several columns each. In a CPU
 * profile of the 100 MB lcov input of bench/, those allocations took about 15 %
 * of the parse. The arena copies finished columns into shared blocks and
 * returns views of them.
 */

/**
 * Numbers that a parser appends while it reads a file, in a plain array.
 * Plain arrays live in the JavaScript heap, where allocating and growing one
 * is cheaper than a typed array of its own, and XML parsers keep such
 * columns for every file of a report until the end. The finished column is
 * copied into a `ColumnArena` as a typed array of the narrowest type.
 */
class NumberColumn {
    /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
    values = [];
    length = 0;
    clear() {
        this.length = 0;
    }
    push(value) {
        if (this.length === this.values.length)
            this.values.push(value);
        else
            this.values[this.length] = value;
        this.length++;
    }
    at(index) {
        return this.values[index];
    }
    set(index, value) {
        this.values[index] = value;
    }
}
/** Bytes per arena block. */
const BLOCK_BYTES = 1024 * 1024;
/**
 * Copies finished columns into shared blocks, each in the narrowest element
 * type that stores its values (see count-arrays.ts). A view keeps its whole
 * block alive, so one arena serves one report, whose files live and die
 * together. Columns longer than a quarter block get an array of their own.
 */
class ColumnArena {
    block = new ArrayBuffer(0);
    used = 0;
    stager = new _count_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnStager */ .ht();
    reserveView = (type, length) => this.reserve(type, length);
    /** Returns a copy of `source[0, length)`. */
    pack(source, length) {
        return this.stager.copy(source, length, this.reserveView);
    }
    /** Returns zeroed space for `length` elements of `type`, for a caller that fills it. */
    reserve(type, length) {
        const size = type.BYTES_PER_ELEMENT;
        const bytes = length * size;
        if (bytes > BLOCK_BYTES / 4)
            return new type(length);
        // A typed array view must start at a multiple of its element size.
        let offset = Math.ceil(this.used / size) * size;
        if (offset + bytes > this.block.byteLength) {
            this.block = new ArrayBuffer(BLOCK_BYTES);
            offset = 0;
        }
        this.used = offset + bytes;
        return new type(this.block, offset, length);
    }
}


/***/ }),

/***/ 8984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ht: () => (/* binding */ ColumnStager),
/* harmony export */   zQ: () => (/* binding */ narrowCopy)
/* harmony export */ });
/* unused harmony exports typeForRange, narrowestType */
/**
 * The narrowest typed array that stores a column of numbers exactly.
 *
 * Most counts in a coverage report are small: line numbers of a few
 * thousand, branch outcomes of 2 to 6, hit counts below 2^31. Stored as
 * Float64 every value costs 8 bytes, while a column whose values fit in
 * 16-bit integers costs 2. Each finished column gets the smallest element
 * type that represents all of its values, so readers see the same numbers.
 */
/**
 * Returns the smallest element type that stores every value of a column
 * exactly, given its least and greatest value and whether all are integers.
 * Integers take an unsigned type when none is negative, and a signed one
 * otherwise, such as for the -1 that marks a line with no code. Fractions,
 * NaN and integers outside 32 bits take Float64.
 */
function typeForRange(min, max, integers) {
    if (!integers)
        return Float64Array;
    if (min >= 0) {
        if (max <= 0xff)
            return Uint8Array;
        if (max <= 0xffff)
            return Uint16Array;
        return max <= 0xffffffff ? Uint32Array : Float64Array;
    }
    if (min >= -0x80 && max <= 0x7f)
        return Int8Array;
    if (min >= -0x8000 && max <= 0x7fff)
        return Int16Array;
    return min >= -0x80000000 && max <= 0x7fffffff ? Int32Array : Float64Array;
}
/**
 * Copies columns into narrow typed arrays in two steps: a JavaScript loop
 * into a reused Float64Array that also finds the value range, then one native
 * `set` into the narrow array. A single loop that writes into arrays of seven
 * element types makes V8 fall back to its generic store, which made the
 * parse of the 100 MB lcov input of bench/ about 0.5 s slower.
 */
class ColumnStager {
    staging = new Float64Array(1024);
    /** Returns a copy of `source[0, length)` in the narrowest type, in the array that `allocate` returns for that type. */
    copy(source, length, allocate) {
        if (this.staging.length < length)
            this.staging = new Float64Array(Math.max(length, this.staging.length * 2));
        const staging = this.staging;
        let min = 0;
        let max = 0;
        let integers = true;
        for (let i = 0; i < length; i++) {
            const value = source[i];
            staging[i] = value;
            if (value < min)
                min = value;
            if (value > max)
                max = value;
            if (integers && !Number.isInteger(value))
                integers = false;
        }
        const target = allocate(typeForRange(min, max, integers), length);
        target.set(staging.subarray(0, length));
        return target;
    }
}
/** Returns the smallest element type that stores `source[0, length)` exactly (see `typeForRange`). */
function narrowestType(source, length) {
    let min = 0;
    let max = 0;
    let integers = true;
    for (let i = 0; i < length; i++) {
        const value = source[i];
        if (value < min)
            min = value;
        if (value > max)
            max = value;
        if (!Number.isInteger(value))
            integers = false;
    }
    return typeForRange(min, max, integers);
}
/** Returns a copy of `source[0, length)` in an array of its own, of the narrowest type. */
function narrowCopy(source, length) {
    return new ColumnStager().copy(source, length, (type, size) => new type(size));
}


/***/ }),

/***/ 9048:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   writeHtmlReport: () => (/* binding */ writeHtmlReport)
/* harmony export */ });
/* unused harmony export toIstanbulData */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var istanbul_lib_coverage__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9377);
/* harmony import */ var istanbul_lib_coverage__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(istanbul_lib_coverage__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var istanbul_lib_report__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4761);
/* harmony import */ var istanbul_lib_report__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(istanbul_lib_report__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3784);
/* harmony import */ var istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3307);
/* harmony import */ var _record_tables_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(6961);
/* harmony import */ var _repository_bounds_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7848);




// The HTML reporter is imported by path because `istanbul-reports` loads its
// reporters with a computed require, which the bundle cannot follow.




/**
 * Converts a merged file to Istanbul's file coverage data so that
 * `istanbul-reports` can render it. Formats without statements get one
 * statement per instrumented line; branch outcomes without locations point at
 * their line. The HTML report is a view for people; the gate never reads it.
 */
function toIstanbulData(file, absolutePath) {
    const data = {
        path: absolutePath,
        statementMap: {},
        s: {},
        fnMap: {},
        f: {},
        branchMap: {},
        b: {},
    };
    addStatements(file, data);
    addFunctions(file, data);
    addBranches(file, data);
    return data;
}
function lineRange(line, column = 0) {
    return { start: { line, column }, end: { line, column: Number.MAX_SAFE_INTEGER } };
}
function addStatements(file, data) {
    let id = 0;
    if (file.statements) {
        for (const statement of (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_6__/* .statementRecords */ .mM)(file.statements)) {
            data.statementMap[id] = lineRange(statement.line, statement.column);
            data.s[id] = statement.hits;
            id++;
        }
        return;
    }
    const lines = file.lines ?? new Float64Array(0);
    for (let line = 1; line < lines.length; line++) {
        const hits = lines[line];
        if (hits === _model_js__WEBPACK_IMPORTED_MODULE_7__/* .NOT_INSTRUMENTED */ .Pq)
            continue;
        data.statementMap[id] = lineRange(line);
        data.s[id] = hits;
        id++;
    }
}
function addFunctions(file, data) {
    if (!file.functions)
        return;
    (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_6__/* .functionRecords */ .Rm)(file.functions).forEach((fn, id) => {
        const range = lineRange(Math.max(fn.line, 1));
        data.fnMap[id] = { name: fn.name, decl: range, loc: range, line: Math.max(fn.line, 1) };
        data.f[id] = fn.hits;
    });
}
function addBranches(file, data) {
    if (!file.branches)
        return;
    (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_6__/* .branchGroups */ .XX)(file.branches).forEach((group, id) => {
        const range = lineRange(group.line);
        // Formats that only count outcomes (Cobertura, JaCoCo) get one synthetic
        // hit per covered outcome, which keeps the covered/total ratio intact.
        const taken = group.taken ?? Array.from({ length: group.total }, (_, index) => (index < group.covered ? 1 : 0));
        data.branchMap[id] = {
            loc: range,
            type: 'branch',
            locations: taken.map(() => range),
            line: group.line,
        };
        data.b[id] = taken;
    });
}
/**
 * Writes an Istanbul HTML report of the merged files to `outputDir`. Sources
 * are read only from inside `root`; a file that cannot be read is shown
 * without its source text.
 */
function writeHtmlReport(root, files, outputDir) {
    const map = istanbul_lib_coverage__WEBPACK_IMPORTED_MODULE_2___default().createCoverageMap({});
    for (const file of files) {
        map.addFileCoverage(toIstanbulData(file, (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, file.path)));
    }
    const context = istanbul_lib_report__WEBPACK_IMPORTED_MODULE_3___default().createContext({
        dir: outputDir,
        coverageMap: map,
        defaultSummarizer: 'nested',
        sourceFinder: (path) => readSourceInside(root, path),
    });
    new (istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_4___default())({}).execute(context);
}
function readSourceInside(root, path) {
    try {
        // Real paths, so a tracked symbolic link cannot lead the report out of the repository.
        if (!(0,_repository_bounds_js__WEBPACK_IMPORTED_MODULE_5__/* .isInsideFolder */ .z)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path)))
            return '';
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}


/***/ }),

/***/ 6961:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  iN: () => (/* binding */ BranchTableBuilder),
  xw: () => (/* binding */ FileTableBuilders),
  "if": () => (/* binding */ FunctionTableBuilder),
  tk: () => (/* binding */ StatementTableBuilder),
  XX: () => (/* binding */ branchGroups),
  dx: () => (/* binding */ branchTable),
  Rm: () => (/* binding */ functionRecords),
  nk: () => (/* binding */ functionTable),
  mM: () => (/* binding */ statementRecords),
  Sd: () => (/* binding */ statementTable)
});

// EXTERNAL MODULE: ./src/coverage/columns.ts
var columns = __webpack_require__(117);
// EXTERNAL MODULE: ./src/coverage/count-arrays.ts
var count_arrays = __webpack_require__(8984);
;// CONCATENATED MODULE: ./src/coverage/name-column.ts

class NameColumn {
    bytes;
    ends;
    strings;
    /**
     * `ends[i]` is the byte offset where name `i` ends in `bytes`; the name
     * starts where name `i - 1` ends. `strings` contains the names themselves
     * instead when one of them cannot be stored as UTF-8 exactly.
     */
    constructor(bytes, ends, strings) {
        this.bytes = bytes;
        this.ends = ends;
        this.strings = strings;
    }
    /** Stores `names[0, count)`, in `arena` when one is given. */
    static pack(names, count, arena) {
        const ends = new Array(count);
        let byteCount = 0;
        for (let i = 0; i < count; i++) {
            const length = utf8Length(names[i]);
            // A lone surrogate, possible from a JSON \ud800 escape, would not come back from UTF-8.
            if (length < 0)
                return new NameColumn(Buffer.alloc(0), new Uint8Array(0), names.slice(0, count));
            byteCount += length;
            ends[i] = byteCount;
        }
        const view = arena ? arena.reserve(Uint8Array, byteCount) : new Uint8Array(byteCount);
        const bytes = Buffer.from(view.buffer, view.byteOffset, byteCount);
        let start = 0;
        for (let i = 0; i < count; i++) {
            writeName(bytes, names[i], start, ends[i]);
            start = ends[i];
        }
        return new NameColumn(bytes, arena ? arena.pack(ends, count) : (0,count_arrays/* narrowCopy */.zQ)(ends, count), null);
    }
    get length() {
        return this.strings ? this.strings.length : this.ends.length;
    }
    at(index) {
        if (this.strings)
            return this.strings[index];
        const start = index === 0 ? 0 : this.ends[index - 1];
        return this.bytes.toString('utf8', start, this.ends[index]);
    }
}
/** Returns the UTF-8 length of `text`, or -1 when it contains a lone surrogate. */
function utf8Length(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            length += 1;
        else if (code < 0x800)
            length += 2;
        else if (code < 0xd800 || code > 0xdfff)
            length += 3;
        else if (code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            length += 4;
            i++;
        }
        else
            return -1;
    }
    return length;
}
/** Writes `name` into `bytes[start, end)`, where `end - start` is its UTF-8 length. */
function writeName(bytes, name, start, end) {
    if (end - start !== name.length) {
        bytes.write(name, start, end - start, 'utf8');
        return;
    }
    // ASCII: copying in a loop avoids a native call per name.
    for (let i = 0; i < name.length; i++)
        bytes[start + i] = name.charCodeAt(i);
}

;// CONCATENATED MODULE: ./src/coverage/record-tables.ts
/**
 * Column storage for the branch groups, functions and statements of one file.
 *
 * A large report has millions of these records. Kept as one object each, they
 * made garbage collection about a third of the parse time of the 100 MB lcov
 * input of bench/, and an object costs several times the bytes of its numbers.
 * Here each field is one typed array per file, of the narrowest element type
 * that stores its values, which the parsers pack into a `ColumnArena`, so the
 * counts live outside the JavaScript heap. Record objects (`BranchGroup`, `FunctionRecord`,
 * `StatementRecord`) are built on demand, for merging and the HTML report.
 */



class BranchTableBuilder {
    line = new columns/* NumberColumn */.o();
    covered = new columns/* NumberColumn */.o();
    total = new columns/* NumberColumn */.o();
    takenStart = new columns/* NumberColumn */.o();
    taken = new columns/* NumberColumn */.o();
    constructor() {
        this.takenStart.push(0);
    }
    get length() {
        return this.line.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        for (const column of [this.line, this.covered, this.total, this.takenStart, this.taken])
            column.clear();
        this.takenStart.push(0);
    }
    /** Appends a group. `taken` lists its outcome counts, or is null when the format gives only counts. */
    add(line, covered, total, taken) {
        this.line.push(line);
        this.covered.push(covered);
        this.total.push(total);
        if (taken)
            for (let i = 0; i < taken.length; i++)
                this.taken.push(taken[i]);
        this.takenStart.push(this.taken.length);
    }
    /** Appends a group whose outcomes are the counts in `taken[start, end)`. Outcomes above 0 count as covered. */
    addOutcomes(line, taken, start, end) {
        let covered = 0;
        for (let i = start; i < end; i++) {
            const hits = taken[i];
            if (hits > 0)
                covered++;
            this.taken.push(hits);
        }
        this.line.push(line);
        this.covered.push(covered);
        this.total.push(end - start);
        this.takenStart.push(this.taken.length);
    }
    /** Returns a copy of the groups at their exact length, in `arena` when one is given. */
    build(arena) {
        return {
            length: this.line.length,
            line: packColumn(this.line, arena),
            covered: packColumn(this.covered, arena),
            total: packColumn(this.total, arena),
            takenStart: packColumn(this.takenStart, arena),
            taken: packColumn(this.taken, arena),
        };
    }
}
class FunctionTableBuilder {
    name = [];
    line = new columns/* NumberColumn */.o();
    hits = new columns/* NumberColumn */.o();
    get length() {
        return this.name.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        this.name.length = 0;
        this.line.clear();
        this.hits.clear();
    }
    add(name, line, hits) {
        this.name.push(name);
        this.line.push(line);
        this.hits.push(hits);
    }
    build(arena) {
        return { length: this.name.length, name: NameColumn.pack(this.name, this.name.length, arena), line: packColumn(this.line, arena), hits: packColumn(this.hits, arena) };
    }
}
class StatementTableBuilder {
    line = new columns/* NumberColumn */.o();
    column = new columns/* NumberColumn */.o();
    hits = new columns/* NumberColumn */.o();
    weight = new columns/* NumberColumn */.o();
    get length() {
        return this.line.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        for (const column of [this.line, this.column, this.hits, this.weight])
            column.clear();
    }
    add(line, column, hits, weight) {
        this.line.push(line);
        this.column.push(column);
        this.hits.push(hits);
        this.weight.push(weight);
    }
    build(arena) {
        return {
            length: this.line.length,
            line: packColumn(this.line, arena),
            column: packColumn(this.column, arena),
            hits: packColumn(this.hits, arena),
            weight: packColumn(this.weight, arena),
        };
    }
}
function packColumn(column, arena) {
    return arena ? arena.pack(column.values, column.length) : (0,count_arrays/* narrowCopy */.zQ)(column.values, column.length);
}
/** One builder per table and an arena, which a parser reuses for every file of a report. */
class FileTableBuilders {
    arena = new columns/* ColumnArena */.m();
    branches = new BranchTableBuilder();
    functions = new FunctionTableBuilder();
    statements = new StatementTableBuilder();
}
/** Builds the record objects of a branch table, in table order. */
function branchGroups(table) {
    const groups = new Array(table.length);
    for (let i = 0; i < table.length; i++) {
        const start = table.takenStart[i];
        const end = table.takenStart[i + 1];
        groups[i] = {
            line: table.line[i],
            covered: table.covered[i],
            total: table.total[i],
            taken: end > start ? Array.from(table.taken.subarray(start, end)) : null,
        };
    }
    return groups;
}
function functionRecords(table) {
    const records = new Array(table.length);
    for (let i = 0; i < table.length; i++)
        records[i] = { name: table.name.at(i), line: table.line[i], hits: table.hits[i] };
    return records;
}
function statementRecords(table) {
    const records = new Array(table.length);
    for (let i = 0; i < table.length; i++) {
        records[i] = { line: table.line[i], column: table.column[i], hits: table.hits[i], weight: table.weight[i] };
    }
    return records;
}
/**
 * Builds a branch table from record objects. A group with an empty `taken`
 * list is stored with no outcomes, so it reads back with `taken: null`.
 */
function branchTable(groups) {
    const builder = new BranchTableBuilder();
    for (const group of groups)
        builder.add(group.line, group.covered, group.total, group.taken);
    return builder.build();
}
function functionTable(records) {
    const builder = new FunctionTableBuilder();
    for (const record of records)
        builder.add(record.name, record.line, record.hits);
    return builder.build();
}
function statementTable(records) {
    const builder = new StatementTableBuilder();
    for (const record of records)
        builder.add(record.line, record.column, record.hits, record.weight);
    return builder.build();
}


/***/ })

};
