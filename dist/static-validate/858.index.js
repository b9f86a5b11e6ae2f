export const id = 858;
export const ids = [858];
export const modules = {

/***/ 28858:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveConfig: () => (/* binding */ resolveConfig)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(83916);
/* harmony import */ var _apply_layer_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(47135);
/* harmony import */ var _issues_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(11012);
/* harmony import */ var _validate_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(22165);
/**
 * Resolves the configuration from its layers. Precedence, lowest first:
 * built-in defaults, the config file, then each override in the order given
 * (so a CLI flag listed after an action input wins).
 *
 * Each layer is applied by `apply-layer.ts`. A list replaces the list of
 * the layer below it as a whole, so setting `coverage.reports` drops the
 * default report locations.
 */




/** Merges defaults, file and overrides. Throws `ConfigError` naming the flag or input of an invalid override. */
function resolveConfig(layers) {
    const config = (0,_apply_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .configWithFile */ .X)(layers.file);
    for (const override of layers.overrides ?? []) {
        validateOverride(override);
        (0,_apply_layer_js__WEBPACK_IMPORTED_MODULE_1__/* .applyLayer */ .c)(config, override.values);
    }
    return config;
}
function validateOverride(override) {
    const issues = (0,_validate_js__WEBPACK_IMPORTED_MODULE_2__/* .validateConfigInput */ .t)(override.values);
    if (issues.length === 0)
        return;
    const lines = issues.map((issue) => `Invalid value from ${override.origin}: ${(0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .endSentence */ .H_)(`${(0,_issues_js__WEBPACK_IMPORTED_MODULE_3__/* .formatKeyPath */ .K7)(issue.path)} ${issue.message}`)}`);
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigError */ .xL(lines.join('\n'));
}


/***/ })

};
