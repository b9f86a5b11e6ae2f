export const id = 48;
export const ids = [48];
export const modules = {

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
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(3307);
/* harmony import */ var _record_tables_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2835);
/* harmony import */ var _repository_bounds_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7848);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(3916);
/* harmony import */ var _run_output_folder_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3641);




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
        for (const statement of (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .statementRecords */ .mM)(file.statements)) {
            data.statementMap[id] = lineRange(statement.line, statement.column);
            data.s[id] = statement.hits;
            id++;
        }
        return;
    }
    const lines = file.lines ?? new Float64Array(0);
    for (let line = 1; line < lines.length; line++) {
        const hits = lines[line];
        if (hits === _model_js__WEBPACK_IMPORTED_MODULE_9__/* .NOT_INSTRUMENTED */ .Pq)
            continue;
        data.statementMap[id] = lineRange(line);
        data.s[id] = hits;
        id++;
    }
}
function addFunctions(file, data) {
    if (!file.functions)
        return;
    (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .functionRecords */ .Rm)(file.functions).forEach((fn, id) => {
        const range = lineRange(Math.max(fn.line, 1));
        data.fnMap[id] = { name: fn.name, decl: range, loc: range, line: Math.max(fn.line, 1) };
        data.f[id] = fn.hits;
    });
}
function addBranches(file, data) {
    if (!file.branches)
        return;
    (0,_record_tables_js__WEBPACK_IMPORTED_MODULE_5__/* .branchGroups */ .XX)(file.branches).forEach((group, id) => {
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
    try {
        // Made here one level at a time: the reporter's own recursive mkdir never returns under /proc on Node 20.
        (0,_run_output_folder_js__WEBPACK_IMPORTED_MODULE_8__/* .makeParentFolders */ .e)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(outputDir, 'index.html'));
        new (istanbul_reports_lib_html_index_js__WEBPACK_IMPORTED_MODULE_4___default())({}).execute(context);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .yo(`Could not write the HTML report to ${outputDir}: ${error.message}. Choose a folder that can be created and written.`);
    }
}
function readSourceInside(root, path) {
    try {
        // Real paths, so a tracked symbolic link cannot lead the report out of the repository.
        if (!(0,_repository_bounds_js__WEBPACK_IMPORTED_MODULE_6__/* .isInsideFolder */ .z)((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(root), (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(path)))
            return '';
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path, 'utf8');
    }
    catch {
        return '';
    }
}


/***/ })

};
