export const id = 38;
export const ids = [38];
export const modules = {

/***/ 2038:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   readScanCacheFile: () => (/* binding */ readScanCacheFile),
/* harmony export */   writeScanCacheFile: () => (/* binding */ writeScanCacheFile)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _scan_cache_format_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(191);
/* harmony import */ var _run_output_folder_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3641);
/**
 * Reads and writes a scan cache file. This is the only module of the graph
 * that touches the disk.
 */




/**
 * Reads the cache at `path`. A missing file gives an empty cache without a
 * note, as on a first run. An unreadable, corrupt or outdated file gives an
 * empty cache and a note with the reason.
 */
function readScanCacheFile(path) {
    let text;
    try {
        text = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { cache: new Map() };
        const message = error instanceof Error ? error.message : String(error);
        return { cache: new Map(), note: `The scan cache ${path} could not be read (${message}); every file is scanned again.` };
    }
    const parsed = (0,_scan_cache_format_js__WEBPACK_IMPORTED_MODULE_2__/* .parseScanCache */ .RA)(text);
    return parsed.note === undefined ? parsed : { cache: parsed.cache, note: `${path}: ${parsed.note}` };
}
/**
 * Writes `cache` to `path`, creating its folder. The text goes to a
 * temporary file in the same folder that is then renamed over `path`, so a
 * reader sees the old file or the new one, never a partial write. Errors
 * are thrown after the temporary file is removed.
 */
function writeScanCacheFile(path, cache) {
    (0,_run_output_folder_js__WEBPACK_IMPORTED_MODULE_3__/* .makeParentFolders */ .e)(path);
    const temporary = `${path}.${process.pid}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(4).toString('hex')}.tmp`;
    try {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.writeFileSync)(temporary, (0,_scan_cache_format_js__WEBPACK_IMPORTED_MODULE_2__/* .serializeScanCache */ .c)(cache));
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.renameSync)(temporary, path);
    }
    catch (error) {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.rmSync)(temporary, { force: true });
        throw error;
    }
}


/***/ })

};
