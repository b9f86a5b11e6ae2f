export const id = 48;
export const ids = [48];
export const modules = {

/***/ 117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ ColumnArena),
/* harmony export */   o: () => (/* binding */ NumberColumn)
/* harmony export */ });
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
 * copied into a `ColumnArena` as a typed array.
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
/** Elements per arena block: 1 MiB of Int32 values or 2 MiB of Float64 values. */
const BLOCK_ELEMENTS = 256 * 1024;
/**
 * Copies finished columns into shared blocks. A view keeps its whole block
 * alive, so one arena serves one report, whose files live and die together.
 * Columns longer than a quarter block get an array of their own.
 */
class ColumnArena {
    floatBlock = new Float64Array(0);
    floatUsed = 0;
    intBlock = new Int32Array(0);
    intUsed = 0;
    /** Returns a copy of `source[0, length)`. */
    float64(source, length) {
        const view = this.reserveFloat64(length);
        copyInto(view, source, length);
        return view;
    }
    /** Returns zeroed space for `length` values, for a caller that fills it. */
    reserveFloat64(length) {
        if (length > BLOCK_ELEMENTS / 4)
            return new Float64Array(length);
        if (this.floatUsed + length > this.floatBlock.length) {
            this.floatBlock = new Float64Array(BLOCK_ELEMENTS);
            this.floatUsed = 0;
        }
        const view = this.floatBlock.subarray(this.floatUsed, this.floatUsed + length);
        this.floatUsed += length;
        return view;
    }
    /** Returns a copy of `source[0, length)`. */
    int32(source, length) {
        if (length > BLOCK_ELEMENTS / 4) {
            const own = new Int32Array(length);
            copyInto(own, source, length);
            return own;
        }
        if (this.intUsed + length > this.intBlock.length) {
            this.intBlock = new Int32Array(BLOCK_ELEMENTS);
            this.intUsed = 0;
        }
        const view = this.intBlock.subarray(this.intUsed, this.intUsed + length);
        copyInto(view, source, length);
        this.intUsed += length;
        return view;
    }
}
function copyInto(target, source, length) {
    for (let i = 0; i < length; i++)
        target[i] = source[i];
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
/* harmony import */ var _record_tables_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2835);
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

/***/ 2835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ functionRecords),
/* harmony export */   Sd: () => (/* binding */ statementTable),
/* harmony export */   XX: () => (/* binding */ branchGroups),
/* harmony export */   dx: () => (/* binding */ branchTable),
/* harmony export */   iN: () => (/* binding */ BranchTableBuilder),
/* harmony export */   "if": () => (/* binding */ FunctionTableBuilder),
/* harmony export */   mM: () => (/* binding */ statementRecords),
/* harmony export */   nk: () => (/* binding */ functionTable),
/* harmony export */   tk: () => (/* binding */ StatementTableBuilder),
/* harmony export */   xw: () => (/* binding */ FileTableBuilders)
/* harmony export */ });
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(117);
/**
 * Column storage for the branch groups, functions and statements of one file.
 *
 * A large report has millions of these records. Kept as one object each, they
 * made garbage collection about a third of the parse time of the 100 MB lcov
 * input of bench/, and an object costs several times the bytes of its numbers.
 * Here each field is one typed array per file, which the parsers pack into a
 * `ColumnArena`, so the counts live outside the JavaScript heap. Record objects (`BranchGroup`, `FunctionRecord`,
 * `StatementRecord`) are built on demand, for merging and the HTML report.
 */

class BranchTableBuilder {
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    covered = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    total = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    takenStart = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    taken = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
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
            line: int32Copy(this.line, arena),
            covered: float64Copy(this.covered, arena),
            total: float64Copy(this.total, arena),
            takenStart: int32Copy(this.takenStart, arena),
            taken: float64Copy(this.taken, arena),
        };
    }
}
class FunctionTableBuilder {
    name = [];
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    hits = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
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
        // slice() drops the spare capacity that push() leaves in the names array.
        return { length: this.name.length, name: this.name.slice(), line: int32Copy(this.line, arena), hits: float64Copy(this.hits, arena) };
    }
}
class StatementTableBuilder {
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    column = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    hits = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
    weight = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .o();
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
            line: int32Copy(this.line, arena),
            column: float64Copy(this.column, arena),
            hits: float64Copy(this.hits, arena),
            weight: float64Copy(this.weight, arena),
        };
    }
}
function int32Copy(column, arena) {
    return arena ? arena.int32(column.values, column.length) : Int32Array.from(column.values.slice(0, column.length));
}
function float64Copy(column, arena) {
    return arena ? arena.float64(column.values, column.length) : Float64Array.from(column.values.slice(0, column.length));
}
/** One builder per table and an arena, which a parser reuses for every file of a report. */
class FileTableBuilders {
    arena = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnArena */ .m();
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
        records[i] = { name: table.name[i], line: table.line[i], hits: table.hits[i] };
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
