export const id = 411;
export const ids = [411];
export const modules = {

/***/ 8792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   buildBaseSummary: () => (/* binding */ buildBaseSummary),
/* harmony export */   d: () => (/* binding */ parseBaseSummary),
/* harmony export */   serializeBaseSummary: () => (/* binding */ serializeBaseSummary)
/* harmony export */ });
/* unused harmony export BASE_SUMMARY_VERSION */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3916);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3307);
/* harmony import */ var _totals_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5531);
/**
 * The base summary: a small versioned JSON file with the coverage counters of
 * one commit. The action saves it on pushes to the default branch and restores
 * it for a pull request's merge base, so delta checks need no base report.
 */



/** Format version this code writes and the only one it reads. */
const BASE_SUMMARY_VERSION = 1;
/** Builds the summary of merged files (with repository-relative paths). */
function buildBaseSummary(files, origin) {
    const perFile = files
        .map((file) => ({ path: file.path, totals: (0,_totals_js__WEBPACK_IMPORTED_MODULE_1__/* .fileTotals */ .Ed)(file) }))
        .sort((a, b) => comparePaths(a.path, b.path));
    return {
        version: BASE_SUMMARY_VERSION,
        commit: origin.commit,
        createdAt: origin.createdAt.toISOString(),
        toolVersion: origin.toolVersion,
        totals: (0,_totals_js__WEBPACK_IMPORTED_MODULE_1__/* .sumTotals */ .L_)(files),
        files: perFile,
    };
}
/** Serializes a summary as JSON text. */
function serializeBaseSummary(summary) {
    return `${JSON.stringify(summary)}\n`;
}
/**
 * Parses a base summary and rejects anything but the exact current format.
 * Throws `ReportError` naming the file and the field; `source` is the file's path.
 */
function parseBaseSummary(text, source) {
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(source, undefined, `is not valid JSON (${error.message})`, 'Delete the file so that a new base summary is saved');
    }
    return readSummary(new FieldReader(source), data);
}
function readSummary(reader, data) {
    const root = reader.object(data, '(root)');
    // The version comes first: a summary of another version may have other keys.
    if (root['version'] !== BASE_SUMMARY_VERSION) {
        reader.fail('version', `is ${JSON.stringify(root['version']) ?? 'missing'}, but this TestMaster version reads only version ${BASE_SUMMARY_VERSION}`);
    }
    reader.onlyKeys(root, '(root)', ['version', 'commit', 'createdAt', 'toolVersion', 'totals', 'files']);
    const commit = reader.string(root['commit'], 'commit');
    if (!/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(commit))
        reader.fail('commit', `is ${JSON.stringify(commit)}, not a full commit SHA`);
    const createdAt = reader.string(root['createdAt'], 'createdAt');
    if (Number.isNaN(Date.parse(createdAt)))
        reader.fail('createdAt', `is ${JSON.stringify(createdAt)}, not an ISO 8601 time`);
    const files = reader.array(root['files'], 'files').map((item, index) => readFile(reader, item, `files[${index}]`));
    return {
        version: BASE_SUMMARY_VERSION,
        commit,
        createdAt,
        toolVersion: reader.string(root['toolVersion'], 'toolVersion'),
        totals: readTotals(reader, root['totals'], 'totals'),
        files,
    };
}
function readFile(reader, data, field) {
    const file = reader.object(data, field);
    reader.onlyKeys(file, field, ['path', 'totals']);
    return { path: reader.string(file['path'], `${field}.path`), totals: readTotals(reader, file['totals'], `${field}.totals`) };
}
function readTotals(reader, data, field) {
    const totals = reader.object(data, field);
    reader.onlyKeys(totals, field, _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb);
    const result = {};
    for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_2__/* .METRICS */ .Cb) {
        if (!(metric in totals))
            reader.fail(`${field}.${metric}`, 'is missing; write null for a metric that was not measured');
        result[metric] = readCounter(reader, totals[metric], `${field}.${metric}`);
    }
    return result;
}
function readCounter(reader, data, field) {
    if (data === null)
        return null;
    const counter = reader.object(data, field);
    reader.onlyKeys(counter, field, ['covered', 'total']);
    const covered = reader.count(counter['covered'], `${field}.covered`);
    const total = reader.count(counter['total'], `${field}.total`);
    if (covered > total)
        reader.fail(`${field}.covered`, `is ${covered}, more than the total of ${total}`);
    return { covered, total };
}
/** Reads typed fields and throws a `ReportError` naming the field on the first mismatch. */
class FieldReader {
    source;
    constructor(source) {
        this.source = source;
    }
    fail(field, problem) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ReportError */ .$g(this.source, undefined, `field ${field} ${problem}`, 'The base summary is invalid; delete it so that a new one is saved on the next push to the default branch');
    }
    object(value, field) {
        if (value === null || typeof value !== 'object' || Array.isArray(value))
            this.fail(field, `must be an object, got ${kindOf(value)}`);
        return value;
    }
    array(value, field) {
        if (!Array.isArray(value))
            this.fail(field, `must be an array, got ${kindOf(value)}`);
        return value;
    }
    string(value, field) {
        if (typeof value !== 'string')
            this.fail(field, `must be a string, got ${kindOf(value)}`);
        return value;
    }
    count(value, field) {
        if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
            this.fail(field, `must be a non-negative integer, got ${JSON.stringify(value) ?? kindOf(value)}`);
        }
        return value;
    }
    onlyKeys(object, field, allowed) {
        const unknown = Object.keys(object).find((key) => !allowed.includes(key));
        if (unknown !== undefined)
            this.fail(field, `has the unknown key ${JSON.stringify(unknown)}; allowed keys: ${allowed.join(', ')}`);
    }
}
function kindOf(value) {
    if (value === null)
        return 'null';
    if (Array.isArray(value))
        return 'an array';
    return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}
function comparePaths(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}


/***/ }),

/***/ 5531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ed: () => (/* binding */ fileTotals),
/* harmony export */   L_: () => (/* binding */ sumTotals)
/* harmony export */ });
/* unused harmony exports fileCounter, emptyTotals */
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3307);

/** Counts one metric of one file from its detail records, or from its summary when it has none. */
function fileCounter(file, metric) {
    switch (metric) {
        case 'lines':
            return file.lines ? countedLines(file) ?? countLines(file.lines) : summaryCounter(file, metric);
        case 'branches':
            return file.branches ? countBranches(file.branches) : summaryCounter(file, metric);
        case 'functions':
            return file.functions ? countFunctions(file.functions) : summaryCounter(file, metric);
        case 'statements':
            return file.statements ? countStatements(file.statements) : summaryCounter(file, metric);
        case 'classes':
            return file.classes
                ? { covered: file.classes.filter((c) => c.covered).length, total: file.classes.length }
                : summaryCounter(file, metric);
    }
}
/** Per-metric counters of one file. */
function fileTotals(file) {
    return sumTotals([file]);
}
/**
 * Adds up every metric over the files; a metric that no file carries stays
 * `null`. V8 interprets this loop for the first thousands of files, and a
 * report can have tens of thousands. So the loop adds lines, branches and
 * functions into local sums, with no counter object per file and metric
 * and no small method that V8 would also compile on its own. It counts with
 * an index, because `for...of` calls an iterator's `next` for every file.
 */
function sumTotals(files) {
    const list = Array.isArray(files) ? files : [...files];
    let linesCovered = 0;
    let linesTotal = 0;
    let hasLines = false;
    let branchesCovered = 0;
    let branchesTotal = 0;
    let hasBranches = false;
    let functionsCovered = 0;
    let functionsTotal = 0;
    let hasFunctions = false;
    let withOtherMetrics = null;
    for (let index = 0; index < list.length; index++) {
        const file = list[index];
        const lines = file.lines;
        if (lines) {
            const counted = file.lineCounter;
            const counter = counted && counted.lines === lines ? counted : countLines(lines);
            linesCovered += counter.covered;
            linesTotal += counter.total;
            hasLines = true;
        }
        if (file.branches) {
            const counter = countBranches(file.branches);
            branchesCovered += counter.covered;
            branchesTotal += counter.total;
            hasBranches = true;
        }
        if (file.functions) {
            const counter = countFunctions(file.functions);
            functionsCovered += counter.covered;
            functionsTotal += counter.total;
            hasFunctions = true;
        }
        if (file.statements || file.classes || file.summary)
            (withOtherMetrics ??= []).push(file);
    }
    const totals = emptyTotals();
    if (hasLines)
        totals.lines = { covered: linesCovered, total: linesTotal };
    if (hasBranches)
        totals.branches = { covered: branchesCovered, total: branchesTotal };
    if (hasFunctions)
        totals.functions = { covered: functionsCovered, total: functionsTotal };
    if (withOtherMetrics)
        addOtherMetrics(totals, withOtherMetrics);
    return totals;
}
/** Adds the statements, classes and summary counters of `files`, which `sumTotals` leaves to this slower loop. */
function addOtherMetrics(totals, files) {
    for (const file of files) {
        for (const metric of _model_js__WEBPACK_IMPORTED_MODULE_0__/* .METRICS */ .Cb) {
            if (file[metric] && (metric === 'lines' || metric === 'branches' || metric === 'functions'))
                continue;
            const counter = fileCounter(file, metric);
            if (!counter)
                continue;
            const sum = (totals[metric] ??= { covered: 0, total: 0 });
            sum.covered += counter.covered;
            sum.total += counter.total;
        }
    }
}
function emptyTotals() {
    return { lines: null, branches: null, functions: null, statements: null, classes: null };
}
/** Returns the line counts that the parser stored with the file's current `lines`, or null. */
function countedLines(file) {
    const counted = file.lineCounter;
    if (!counted || counted.lines !== file.lines)
        return null;
    return { covered: counted.covered, total: counted.total };
}
/**
 * Counts instrumented and covered lines. Hit counts follow no pattern, so a
 * branch on each one is often mispredicted. In a microbenchmark with 6.2
 * million random counts in 12,892 typed arrays, as many as the 100 MB lcov
 * input of bench/ has, the branch-free loop for 32-bit elements took half the
 * time of the branching one or less (Node 20.20.2).
 */
function countLines(lines) {
    if (lines instanceof Float64Array || lines instanceof Uint32Array)
        return countWideLines(lines);
    let covered = 0;
    let total = 0;
    const length = lines.length;
    for (let line = 1; line < length; line++) {
        const hits = lines[line] | 0;
        // 1 when the sign bit is clear, and 1 when hits is not 0 (then hits or -hits has the sign bit set).
        const instrumented = (hits >>> 31) ^ 1;
        total += instrumented;
        covered += instrumented & ((hits | -hits) >>> 31);
    }
    return { covered, total };
}
/** Counts lines whose counts may lie outside the 32-bit signed range. */
function countWideLines(lines) {
    let covered = 0;
    let total = 0;
    for (let line = 1; line < lines.length; line++) {
        const hits = lines[line];
        if (hits < 0)
            continue;
        total++;
        if (hits > 0)
            covered++;
    }
    return { covered, total };
}
function countBranches(table) {
    const counted = table.counter;
    if (counted)
        return counted;
    let covered = 0;
    let total = 0;
    for (let i = 0; i < table.length; i++) {
        covered += table.covered[i];
        total += table.total[i];
    }
    return { covered, total };
}
function countFunctions(table) {
    const counted = table.counter;
    if (counted)
        return counted;
    let covered = 0;
    for (let i = 0; i < table.length; i++)
        if (table.hits[i] > 0)
            covered++;
    return { covered, total: table.length };
}
function countStatements(table) {
    let covered = 0;
    let total = 0;
    for (let i = 0; i < table.length; i++) {
        const weight = table.weight[i];
        total += weight;
        if (table.hits[i] > 0)
            covered += weight;
    }
    return { covered, total };
}
function summaryCounter(file, metric) {
    const counter = file.summary?.[metric];
    return counter ? { covered: counter.covered, total: counter.total } : null;
}


/***/ })

};
