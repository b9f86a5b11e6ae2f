export const id = 168;
export const ids = [168];
export const modules = {

/***/ 35168:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eraseTypes: () => (/* binding */ eraseTypes)
/* harmony export */ });
/**
 * Type erasure with sucrase, loaded on the first call only. Loading it takes
 * about 50 to 100 ms and the first transform about 20 ms more (measured with
 * sucrase 3.35 on Node.js 20). TypeScript's `transpileModule` would cost
 * 200 ms and more to load.
 */
let loading;
const eraseTypes = async (text, options) => {
    loading ??= __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 62413)).then((module) => module.transform);
    const transform = await loading;
    try {
        return transform(text, {
            transforms: options.jsx ? ['typescript', 'jsx'] : ['typescript'],
            jsxRuntime: 'preserve',
            // Class fields, optional chaining and the like stay as written, so only the types go.
            disableESTransforms: true,
            keepUnusedImports: options.keepValueImports,
        }).code;
    }
    catch {
        // sucrase throws on syntax it cannot parse. The caller then treats the change as a run-time change.
        return undefined;
    }
};


/***/ })

};
