export const id = 374;
export const ids = [374];
export const modules = {

/***/ 94374:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parseConfigText: () => (/* binding */ parseConfigText)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(38815);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(83916);
/* harmony import */ var _report_count_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(60333);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11012);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22165);
/**
 * Parses the YAML of `.github/testmaster.yml` with node ranges, so that
 * every schema or glob problem can name the line it sits on. `load.ts`
 * imports this module only when a config file exists, so a run without one
 * never loads the YAML parser.
 */





/**
 * Parses and validates the text of a config file.
 * Throws `ConfigError` naming the file and line of every problem.
 */
function parseConfigText(text, file) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_0__.LineCounter();
    // Merge keys (`<<: *name`) are YAML 1.1, which the yaml package reads only when asked; configs of
    // other tools (Docker Compose, GitLab CI) use them to share settings, so users expect them here too.
    const document = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
    if (document.errors.length > 0)
        throw syntaxError(document.errors, file, lineCounter);
    const badMerge = findBadMergeKey(document);
    if (badMerge !== undefined) {
        const position = lineCounter.linePos(badMerge);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file} line ${position.line}, column ${position.col}: invalid YAML: a merge key (<<) must name a mapping, such as <<: *defaults ` +
            'where &defaults marks a mapping of keys. Write the keys out, or point the merge key at such a mapping.');
    }
    // An empty file, or one with only comments, sets nothing.
    const data = document.contents === null ? {} : toData(document, file);
    const issues = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateConfigInput */ .t)(data);
    if (issues.length > 0)
        throw locatedError(issues, file, document, lineCounter);
    return data;
}
/**
 * Returns the offset of the first merge key (`<<`) whose value is neither a
 * mapping, an alias of one, nor a list of those, which the YAML reader would
 * reject with an error that names no position.
 */
function findBadMergeKey(document) {
    let offset;
    const isMapping = (node) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isAlias)(node) ? node.resolve(document) : node);
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__.visit)(document, {
        Pair(_, pair) {
            // With merge keys on, the reader gives a plain << key a symbol value; a quoted '<<' stays a string key.
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(pair.key) || typeof pair.key.value !== 'symbol')
                return undefined;
            const value = pair.value;
            const valid = (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(value) ? value.items.every(isMapping) : isMapping(value);
            if (valid)
                return undefined;
            offset = pair.key.range?.[0] ?? 0;
            return yaml__WEBPACK_IMPORTED_MODULE_0__.visit.BREAK;
        },
    });
    return offset;
}
/** Converts the document to data; too many alias expansions (an alias bomb) are a config error. */
function toData(document, file) {
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(`${file}: invalid YAML: ${error.message.replace(/\.$/, '')}. Write the values out instead of expanding aliases (*name) this many times.`);
        }
        throw error;
    }
}
function syntaxError(errors, file, lineCounter) {
    const lines = errors.map((error) => {
        const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
        const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
        return `${file} line ${position.line}, column ${position.col}: invalid YAML: ${reason}.`;
    });
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(listProblems(lines, file));
}
function locatedError(issues, file, document, lineCounter) {
    const located = issues.map((issue) => ({ issue, line: lineOf(document, issue.path, lineCounter) }));
    located.sort((a, b) => a.line - b.line);
    const lines = located.map(({ issue, line }) => `${file} line ${line}: ${(0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .endSentence */ .H_)(`${(0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(issue.path)} ${issue.message}`)}`);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ConfigError */ .xL(listProblems(lines, file));
}
/** Maximum number of problems listed, one per line. More usually mean that the file is not a TestMaster config at all. */
const LISTED_PROBLEMS_MAX = 10;
function listProblems(lines, file) {
    if (lines.length <= LISTED_PROBLEMS_MAX)
        return lines.join('\n');
    const hidden = lines.length - LISTED_PROBLEMS_MAX;
    return [
        ...lines.slice(0, LISTED_PROBLEMS_MAX),
        `${file}: ${(0,_report_count_text_js__WEBPACK_IMPORTED_MODULE_4__/* .formatCount */ .B4)(hidden)} more ${hidden === 1 ? 'problem is' : 'problems are'} not listed. Check that the file is a TestMaster config.`,
    ].join('\n');
}
/**
 * Finds the line of the deepest node on `keyPath`. For a mapping entry the key's
 * line is used, because a nested mapping's value starts on the next line.
 */
function lineOf(document, keyPath, lineCounter) {
    let node = document.contents;
    let offset = rangeStart(node) ?? 0;
    for (const segment of keyPath) {
        if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isMap)(node)) {
            const pair = node.items.find((item) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isPair)(item) && (0,yaml__WEBPACK_IMPORTED_MODULE_0__.isScalar)(item.key) && String(item.key.value) === String(segment));
            if (!pair)
                break;
            offset = rangeStart(pair.key) ?? offset;
            node = pair.value;
        }
        else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__.isSeq)(node) && typeof segment === 'number') {
            const item = node.items[segment];
            if (item === undefined)
                break;
            offset = rangeStart(item) ?? offset;
            node = item;
        }
        else {
            break;
        }
    }
    return lineCounter.linePos(offset).line;
}
function rangeStart(node) {
    if (node && typeof node === 'object' && 'range' in node) {
        const range = node.range;
        return range?.[0];
    }
    return undefined;
}


/***/ })

};
