export const id = 689;
export const ids = [689];
export const modules = {

/***/ 98689:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  compareExports: () => (/* binding */ compareExports),
  withComparedExports: () => (/* binding */ withComparedExports)
});

// EXTERNAL MODULE: ./src/impact/risk/deleted-exports.ts
var deleted_exports = __webpack_require__(81699);
// EXTERNAL MODULE: ./src/impact/syntax/bindings.ts
var bindings = __webpack_require__(73144);
// EXTERNAL MODULE: ./src/impact/syntax/module-syntax.ts + 6 modules
var module_syntax = __webpack_require__(22662);
;// CONCATENATED MODULE: ./src/impact/risk/exported-names.ts
/**
 * The names a TypeScript or JavaScript module exports, read from its text
 * with the impact syntax reader. Only the module's own top-level statements
 * count: exports inside `declare module 'x' { ... }` or a namespace belong
 * to another scope.
 */


/** Name that `export = value` exports. */
const EXPORT_EQUALS = 'export=';
/**
 * Lists the exported names of a module. The file name only selects the
 * syntax (TypeScript for .ts, .mts, .cts and .tsx), and text with syntax
 * errors gives the exports that could be read. Re-exports from a specifier
 * in `lostModules` are left out, because the module they name no longer
 * exists, so an importer cannot get those names.
 *
 * NOTE: CommonJS exports (`module.exports = ...`, `exports.name = ...`) and
 * the UMD global of `export as namespace` are not listed.
 */
function listExportedNames(fileName, text, lostModules = new Set()) {
    const names = new Set();
    const wildcards = new Set();
    for (const statement of (0,module_syntax/* parseModule */.Y)(text, (0,module_syntax/* syntaxOptionsFor */.T)(fileName)).statements) {
        switch (statement.kind) {
            case 'export-names':
                if (statement.module !== undefined && lostModules.has(statement.module))
                    break;
                for (const name of statement.names)
                    names.add(name);
                break;
            case 'export-all':
                if (lostModules.has(statement.module))
                    break;
                wildcards.add(statement.module);
                break;
            case 'export-default':
                names.add('default');
                break;
            case 'export-equals':
                names.add(EXPORT_EQUALS);
                break;
            case 'variable':
                if (!statement.exported)
                    break;
                for (const { binding } of statement.declarations)
                    for (const name of (0,bindings/* bindingNames */.mf)(binding))
                        names.add(name);
                break;
        }
    }
    return { names: [...names].sort(), wildcards: [...wildcards].sort() };
}

;// CONCATENATED MODULE: ./src/impact/risk/export-comparison.ts
/**
 * The comparison of a module's export lists between base and head. It reads
 * both texts with the impact syntax reader, so callers load this module only
 * when a comparison is not cached: the reader and its lexer are about 90 kB
 * of bundled code, which a warm run need not load.
 */


/** Returns the exports of the base text that the head text no longer has. The result depends only on the path's extension, both texts and `lostModules`. */
function compareExports(versions) {
    const base = listExportedNames(versions.path, versions.baseText);
    const head = versions.headText === null ? { names: [], wildcards: [] } : listExportedNames(versions.path, versions.headText, new Set(versions.lostModules));
    return {
        names: base.names.filter((name) => !head.names.includes(name)),
        wildcards: base.wildcards.filter((specifier) => !head.wildcards.includes(specifier)),
    };
}
/** Returns `modules` with `removed` set on each module whose exports `findDeletedExports` compares and that has none yet. */
function withComparedExports(modules, publicModules) {
    return modules.map((versions) => (versions.removed === undefined && (0,deleted_exports/* comparesExports */._6)(versions, publicModules) ? { ...versions, removed: compareExports(versions) } : versions));
}


/***/ })

};
