export const id = 419;
export const ids = [419];
export const modules = {

/***/ 43419:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runImpactStage: () => (/* binding */ runImpactStage)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/history.ts
/**
 * Git adapter for the recent history of files: how many commits touched each
 * path in a time window, and how many distinct people wrote them. Risk
 * analysis reads churn and author counts from it.
 */







/**
 * Maximum total length of the path arguments of one `git log` call. Windows
 * limits a whole command line to 32,767 characters (CreateProcess, as Raymond
 * Chen's "What is the command line length limit?" explains), the lowest limit
 * of the supported runners. The rest of the budget covers git's own path, the
 * options and the quoting that Node adds there.
 */
const PATH_ARGUMENTS_MAX_CHARACTERS = 16_000;
// `:(top,literal)` makes each pathspec repository-relative wherever `cwd` is,
// and stops git from reading `*`, `?` or `[` in a path as a wildcard.
const PATHSPEC_MAGIC = ':(top,literal)';
/**
 * Options of `git log` that pin what user configuration could change.
 * `--no-renames` and `--no-follow` stop git from tracing a renamed file back
 * to its old name (`diff.renames`, `log.follow`). `--root` lists the files of
 * a root commit (`log.showRoot`). `--no-relative` keeps paths relative to the
 * top folder (`diff.relative`). `--no-show-signature` keeps signature checks
 * out of the output (`log.showSignature`).
 */
const LOG_ARGUMENTS = [
    '-z',
    '--name-only',
    '--no-renames',
    '--no-follow',
    '--root',
    '--no-relative',
    '--no-show-signature',
    // Every non-merge commit that changed a path, also those on side branches
    // whose result the default history simplification would hide.
    '--full-history',
    '--no-merges',
    // A leading NUL makes every commit header start after an empty field, which
    // no path can produce, so a file name can never pass for a header.
    '--format=%x00%H %aE',
];
/**
 * Reads, for each path, the commits that changed it from `since` up to the
 * commit `until`, and their distinct authors. It runs one `git log` per chunk
 * of paths, which is one call unless the paths exceed
 * `PATH_ARGUMENTS_MAX_CHARACTERS`.
 *
 * Renames are not followed, so a moved file's history starts at the move.
 * `since` filters by committer date. Author addresses go through `.mailmap`
 * (`%aE`), are lowercased and are stored only as SHA-256 digests.
 * NOTE: an unsalted digest hides an address from readers of the output, but
 * anyone who guesses an address can confirm it by hashing it.
 *
 * A shallow clone returns the commits it has and sets `shallow`. It leaves
 * out the commits at the shallow boundary, because git has no parent to
 * compare them with and lists every file of their tree as changed.
 * Throws a `UserError` when `until` names no commit or `since` is empty.
 */
async function fileHistory(cwd, paths, options) {
    validateOptions(options);
    const until = await (0,git/* resolveCommit */.WL)(cwd, options.until);
    const requested = distinctPaths(paths);
    const shallow = await (0,git/* isShallow */.fE)(cwd);
    const boundary = shallow ? await shallowBoundary(cwd) : new Set();
    const tally = new HistoryTally(requested);
    for (const chunk of chunkPaths(requested, PATH_ARGUMENTS_MAX_CHARACTERS)) {
        const output = await (0,run_git/* runGitChecked */.lH)(cwd, [
            'log',
            ...LOG_ARGUMENTS,
            `--since=${options.since}`,
            '--end-of-options',
            until,
            '--',
            ...chunk.map(pathspecOf),
        ]);
        for (const commit of parseLog(output)) {
            if (!boundary.has(commit.sha))
                tally.add(commit);
        }
    }
    return { ...tally.result(), since: options.since, shallow };
}
function pathspecOf(path) {
    return (0,git_path/* hasEscapedBytes */.Bz)(path) ? (0,git_path/* bytePatternPathspec */.Lo)(path) : `${PATHSPEC_MAGIC}${path}`;
}
function validateOptions(options) {
    (0,git/* assertSafeRef */.xT)(options.until, 'end commit of the history window');
    if (options.since.trim() === '' || /[\u0000-\u001f\u007f]/.test(options.since)) {
        throw new errors/* UserError */.yo(`The start of the history window ${JSON.stringify(options.since)} is empty or contains a control character. ` +
            'Pass a date or a period that git log --since accepts, such as "90 days"');
    }
}
/** Reads the SHAs of the shallow boundary commits from the `shallow` file of the repository. */
async function shallowBoundary(cwd) {
    const location = (await (0,run_git/* runGitChecked */.lH)(cwd, ['rev-parse', '--git-path', 'shallow'])).toString('utf8').trim();
    let text;
    try {
        text = await (0,promises_.readFile)((0,external_node_path_.resolve)(cwd, location), 'utf8');
    }
    catch (error) {
        // A repository that became complete between the two calls has no shallow file.
        if (error.code === 'ENOENT')
            return new Set();
        throw error;
    }
    return new Set(text.split('\n').filter((line) => line !== ''));
}
function distinctPaths(paths) {
    for (const path of paths) {
        // An empty literal pathspec would match the whole repository.
        if (path === '')
            throw new Error('fileHistory received an empty path; pass repository-relative file paths');
    }
    return [...new Set(paths)];
}
/**
 * Splits paths into groups whose pathspec arguments, magic prefix and one
 * separator each included, stay within `maxCharacters`. A single path longer
 * than that gets a group of its own.
 */
function chunkPaths(paths, maxCharacters) {
    const chunks = [];
    let current = [];
    let size = 0;
    for (const path of paths) {
        const cost = PATHSPEC_MAGIC.length + path.length + 1;
        if (current.length > 0 && size + cost > maxCharacters) {
            chunks.push(current);
            current = [];
            size = 0;
        }
        current.push(path);
        size += cost;
    }
    if (current.length > 0)
        chunks.push(current);
    return chunks;
}
/**
 * Parses the output of `git log` with `LOG_ARGUMENTS`. Each commit is an
 * empty field, a `SHA EMAIL` field, then its paths as NUL-terminated fields.
 * Git separates the header from the first path with a line feed, which is
 * removed once, because a file name may itself start with one.
 */
function parseLog(output) {
    const commits = [];
    let current;
    let expectHeader = false;
    let firstPath = false;
    for (const field of (0,git_path/* splitNulFields */.ze)(output)) {
        if (field.length === 0) {
            expectHeader = true;
            continue;
        }
        if (expectHeader) {
            current = parseHeader(field.toString('utf8'));
            commits.push(current);
            expectHeader = false;
            firstPath = true;
            continue;
        }
        const bytes = firstPath && field[0] === LINE_FEED ? field.subarray(1) : field;
        firstPath = false;
        if (current !== undefined && bytes.length > 0)
            current.paths.push((0,git_path/* decodeGitPath */.yV)(bytes));
    }
    return commits;
}
const LINE_FEED = 0x0a;
function parseHeader(field) {
    const space = field.indexOf(' ');
    const sha = space < 0 ? field : field.slice(0, space);
    if (!/^[0-9a-f]{40}([0-9a-f]{24})?$/.test(sha)) {
        throw new Error(`Unexpected git log output: ${JSON.stringify(field.slice(0, 80))} is not a commit header`);
    }
    return { sha, email: space < 0 ? '' : field.slice(space + 1), paths: [] };
}
/** Hashes an address with SHA-256 (hex) after trimming and lowercasing it, so case variants count once. */
function hashEmail(email) {
    return (0,external_node_crypto_.createHash)('sha256').update(email.trim().toLowerCase(), 'utf8').digest('hex');
}
/** Per-path and total counts over the commits of every chunk. A commit seen in two chunks counts once in the totals. */
class HistoryTally {
    #files = new Map();
    #commits = new Set();
    #authors = new Set();
    constructor(paths) {
        for (const path of paths)
            this.#files.set(path, { commits: 0, authors: new Set() });
    }
    add(commit) {
        const author = hashEmail(commit.email);
        let touched = false;
        for (const path of new Set(commit.paths)) {
            const file = this.#files.get(path);
            if (file === undefined)
                continue;
            file.commits += 1;
            file.authors.add(author);
            touched = true;
        }
        if (!touched)
            return;
        this.#commits.add(commit.sha);
        this.#authors.add(author);
    }
    result() {
        const files = [...this.#files].map(([path, file]) => ({ path, commits: file.commits, authors: [...file.authors].sort() }));
        return { files, commits: this.#commits.size, authors: [...this.#authors].sort() };
    }
}

// EXTERNAL MODULE: ./src/git/tree-view.ts + 2 modules
var tree_view = __webpack_require__(98024);
// EXTERNAL MODULE: ./src/impact/change/detect-change.ts + 5 modules
var detect_change = __webpack_require__(78323);
;// CONCATENATED MODULE: ./src/impact/resolve/aliases/alias-rule.ts
/** Alias rules read from test-runner configs, and how each rewrites a specifier. */
/**
 * Rewrites `specifier` with `rule`. Returns the specifiers to try in order,
 * or undefined when the rule does not match. A string `find` matches the
 * specifier itself and any specifier that continues with `/` after it, as
 * `@rollup/plugin-alias` (which Vite uses) matches. A `find` that ends in
 * `/` also matches as a plain prefix.
 */
function rewriteWithAlias(rule, specifier) {
    if (rule.kind === 'vite') {
        const { find } = rule;
        const matches = specifier === find || specifier.startsWith(find.endsWith('/') ? find : `${find}/`);
        return matches ? [rule.replacement + specifier.slice(find.length)] : undefined;
    }
    const match = rule.pattern.exec(specifier);
    if (!match)
        return undefined;
    return rule.replacements.map((replacement) => replacement.replace(/\$(\d+)/g, (whole, group) => match[Number(group)] ?? ''));
}

;// CONCATENATED MODULE: ./src/impact/resolve/repo-path.ts
/**
 * Repository-relative POSIX paths: `''` is the repository root, folders have
 * no trailing slash, and no path starts with `/` or `..`.
 */

/**
 * Joins `relative` onto the repository folder `folder` and normalizes the
 * result. Returns undefined when `relative` is absolute or the result leaves
 * the repository.
 */
function joinInRepository(folder, relative) {
    if (relative.startsWith('/'))
        return undefined;
    const joined = external_node_path_.posix.normalize(folder === '' ? relative : `${folder}/${relative}`);
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    if (joined === '.' || joined === './')
        return '';
    return joined.endsWith('/') ? joined.slice(0, -1) : joined;
}
/** Folder that contains `path`; `''` for a file at the root. */
function folderOf(path) {
    const slash = path.lastIndexOf('/');
    return slash < 0 ? '' : path.slice(0, slash);
}
/** Last segment of `path`. */
function baseName(path) {
    return path.slice(path.lastIndexOf('/') + 1);
}
/** Returns whether `path` is `folder` itself or lies below it. */
function isInside(path, folder) {
    return folder === '' || path === folder || path.startsWith(`${folder}/`);
}
/** Path of `path` relative to `folder`, which must contain it (see `isInside`). */
function relativeInside(path, folder) {
    if (folder === '')
        return path;
    return path === folder ? '' : path.slice(folder.length + 1);
}
/** `folder` and each folder above it, deepest first, ending with the root `''`. */
function selfAndAncestors(folder) {
    const folders = [folder];
    let current = folder;
    while (current !== '') {
        current = folderOf(current);
        folders.push(current);
    }
    return folders;
}
/** Folder name for messages: the root reads as `the repository root`. */
function describeFolder(folder) {
    return folder === '' ? 'the repository root' : `${folder}/`;
}

// EXTERNAL MODULE: ./src/impact/change/parse-problem.ts
var parse_problem = __webpack_require__(64818);
// EXTERNAL MODULE: ./src/impact/syntax/jsonc.ts
var jsonc = __webpack_require__(22011);
;// CONCATENATED MODULE: ./src/impact/resolve/config-reader.ts
/**
 * Cached reading of JSON config files from the repository. Each problem is
 * logged once as a warning that names the file and the fix, and the caller
 * gets undefined in place of the broken file.
 */


function isJsonObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
class ConfigReader {
    view;
    warnings;
    jsonc = new Map();
    json = new Map();
    constructor(view, warnings) {
        this.view = view;
        this.warnings = warnings;
    }
    /**
     * Reads a tsconfig or jsconfig file, which TypeScript parses as JSON with
     * comments and trailing commas (see syntax/jsonc.ts). Returns undefined when the file is absent or
     * invalid, and logs a warning for the invalid case.
     */
    readJsonc(path) {
        if (this.jsonc.has(path))
            return this.jsonc.get(path);
        const value = this.parseJsonc(path);
        this.jsonc.set(path, value);
        return value;
    }
    /**
     * Reads a strict JSON file such as package.json, which Node and package
     * managers parse without comments. Returns undefined when the file is absent or invalid, and logs a
     * warning for the invalid case.
     */
    readJson(path) {
        if (this.json.has(path))
            return this.json.get(path);
        const value = this.parseJson(path);
        this.json.set(path, value);
        return value;
    }
    parseJsonc(path) {
        const text = this.view.readText(path);
        if (text === undefined)
            return undefined;
        let config;
        try {
            // TypeScript reads a file with only whitespace and comments as an empty config.
            config = (0,jsonc/* parseJsonc */.p)(text) ?? {};
        }
        catch (error) {
            if (!(error instanceof parse_problem/* TextSyntaxError */.tE))
                throw error;
            this.warnings.add(`${path} line ${error.line}, column ${error.column}: invalid JSON: ${error.problem}. Fix the syntax; until then impact analysis ignores this file's options.`);
            return undefined;
        }
        if (!isJsonObject(config)) {
            this.warnings.add(`${path}: the top level is not a JSON object. Write the options as { "compilerOptions": { … } }.`);
            return undefined;
        }
        return config;
    }
    parseJson(path) {
        const text = this.view.readText(path);
        if (text === undefined)
            return undefined;
        let value;
        try {
            value = JSON.parse(text);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.warnings.add(`${path}: invalid JSON: ${message}. Fix the syntax; until then impact analysis ignores this file.`);
            return undefined;
        }
        if (!isJsonObject(value)) {
            this.warnings.add(`${path}: the top level is not a JSON object. Write the file as one object.`);
            return undefined;
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/config-object.ts
/** Calls whose object arguments are the config: `defineConfig({…})`, `mergeConfig(a, {…})`. */
const CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject', 'mergeConfig']);
const MAX_DEPTH = 20;
/**
 * Finds the object literals that make up the default export (`export default`,
 * `export =` or `module.exports =`), in source order. A wrapper such as
 * `defineConfig` or `mergeConfig` contributes every object argument, and a
 * function contributes the object its first top-level `return` returns.
 * Returns an empty array when the export is not static.
 */
function exportedConfigObjects(source, context) {
    for (const statement of source.statements) {
        const exported = exportedExpression(statement);
        if (exported)
            return objectsOf(exported, context, 0);
    }
    return [];
}
/**
 * Returns `expression` as an object literal, following `await` and
 * top-level constants, or undefined when it is not one. The syntax tree
 * has already dropped parentheses and type assertions.
 */
function asObjectLiteral(expression, context) {
    const unwrapped = expression && unwrap(expression, context, 0);
    return unwrapped?.kind === 'object' ? unwrapped : undefined;
}
/** Returns `expression` as an array literal, following the same steps as `asObjectLiteral`. */
function asArrayLiteral(expression, context) {
    const unwrapped = expression && unwrap(expression, context, 0);
    return unwrapped?.kind === 'array' ? unwrapped : undefined;
}
/** Returns the value of the last property named `name`, because JavaScript keeps the last duplicate. */
function propertyValue(object, name) {
    let value;
    for (const property of object.properties) {
        if ((property.kind === 'property' || property.kind === 'shorthand') && property.name === name)
            value = property.value;
    }
    return value;
}
function exportedExpression(statement) {
    if (statement.kind === 'export-default' || statement.kind === 'export-equals')
        return statement.expression;
    if (statement.kind !== 'expression')
        return undefined;
    const expression = statement.expression;
    if (expression.kind !== 'binary' || expression.operator !== '=')
        return undefined;
    const target = expression.left;
    const isModuleExports = target.kind === 'member' && target.object.kind === 'identifier' && target.object.name === 'module' && target.name === 'exports';
    return isModuleExports ? expression.right : undefined;
}
function objectsOf(expression, context, depth) {
    if (depth > MAX_DEPTH)
        return [];
    const node = unwrap(expression, context, depth);
    if (node.kind === 'object')
        return [node];
    if (node.kind === 'call' && CONFIG_WRAPPERS.has(calleeText(node.callee))) {
        return node.arguments.flatMap((argument) => objectsOf(argument, context, depth + 1));
    }
    if (node.kind === 'function')
        return node.returned ? objectsOf(node.returned, context, depth + 1) : [];
    return [];
}
/** Strips `await` and follows identifiers to top-level constants. */
function unwrap(expression, context, depth) {
    let node = expression;
    for (let step = depth; step <= MAX_DEPTH; step++) {
        if (node.kind === 'unary' && node.operator === 'await') {
            node = node.operand;
            continue;
        }
        const constant = node.kind === 'identifier' ? context.constants.get(node.name) : undefined;
        if (!constant)
            return node;
        node = constant;
    }
    return node;
}
function calleeText(callee) {
    if (callee.kind === 'identifier')
        return callee.name;
    if (callee.kind === 'member')
        return callee.name;
    return '';
}

;// CONCATENATED MODULE: ./src/impact/syntax/type-skipping.ts
/** Words that start a type and need another type after them, as in `keyof T` or `readonly string[]`. */
const PREFIX_OPERATORS = new Set(['keyof', 'typeof', 'unique', 'readonly', 'infer', 'new', 'abstract', 'asserts']);
/**
 * Skips the type at the cursor. It stops at the first token that cannot
 * continue the type, such as `=`, `,`, `)`, `;`, or the `{` of a function
 * body after a return type. With `stopAtArrow`, as for the return type of
 * an arrow function, it also stops at `=>`.
 */
function skipType(cursor, stopAtArrow = false) {
    let expectOperand = true;
    // `A extends B ? C : D` opens a conditional whose `?` and `:` belong to the type.
    let openConditionals = 0;
    for (;;) {
        if (cursor.atEnd)
            return;
        if (expectOperand) {
            if (!skipTypeOperandStart(cursor))
                return;
            expectOperand = !endsOperand(cursor);
            continue;
        }
        if (cursor.is('.') || cursor.is('?.')) {
            cursor.advance();
            cursor.advance();
            continue;
        }
        if (cursor.is('<')) {
            if (!skipTypeArguments(cursor))
                return;
            continue;
        }
        if (cursor.is('(') && cursor.previous?.kind === 'name' && cursor.previous.value === 'import') {
            // An import type: `typeof import('./module').name`.
            cursor.skip();
            continue;
        }
        if (cursor.is('[') && !cursor.token.lineBreakBefore) {
            cursor.skip();
            continue;
        }
        // `=>` continues a function type only after its parameter list: `(value: T) => R`.
        const continuesFunctionType = cursor.is('=>') && !stopAtArrow && cursor.previous?.value === ')';
        if (cursor.is('|') || cursor.is('&') || continuesFunctionType || cursor.isKeyword('is')) {
            cursor.advance();
            expectOperand = true;
            continue;
        }
        if (cursor.isKeyword('extends')) {
            openConditionals++;
            cursor.advance();
            expectOperand = true;
            continue;
        }
        if (openConditionals > 0 && (cursor.is('?') || cursor.is(':'))) {
            if (cursor.is(':'))
                openConditionals--;
            cursor.advance();
            expectOperand = true;
            continue;
        }
        return;
    }
}
/**
 * Skips `<…>` at the cursor, type parameters or arguments, and returns
 * whether it found the closing `>`. It gives up at a `;`, at the end of the
 * text, or at a closer of an enclosing bracket, which show that the `<` was a
 * less-than sign.
 */
function skipTypeArguments(cursor) {
    let open = 0;
    for (;;) {
        const { kind, value } = cursor.token;
        if (kind === 'end')
            return false;
        if (kind === 'punctuation') {
            if (value === '<')
                open++;
            else if (value === '>' || value === '>>' || value === '>>>')
                open -= value.length;
            else if (value === '>=' || value === '>>=' || value === '>>>=')
                return false;
            else if (value === ';' || value === ')' || value === ']' || value === '}')
                return false;
        }
        if (open < 0)
            return false;
        if (cursor.isOpener())
            cursor.skip();
        else
            cursor.advance();
        if (open === 0)
            return true;
    }
}
/**
 * Consumes what starts a type operand: prefix words, a leading `|` or `&`,
 * and then the operand's first token or bracketed group. Returns false when
 * no type can start here.
 */
function skipTypeOperandStart(cursor) {
    while (cursor.is('|') || cursor.is('&') || cursor.is('...') || cursor.is('-') || isPrefixOperator(cursor))
        cursor.advance();
    if (cursor.is('<')) {
        // A generic function type: `<T>(value: T) => T`.
        return skipTypeArguments(cursor);
    }
    const { kind } = cursor.token;
    if (cursor.isOpener() || kind === 'template') {
        cursor.skip();
        return true;
    }
    if (kind === 'name' || kind === 'string' || kind === 'number') {
        cursor.advance();
        return true;
    }
    return false;
}
/** Returns whether the token just consumed ended an operand, which is false after a generic parameter list. */
function endsOperand(cursor) {
    const previous = cursor.previous;
    return !(previous?.kind === 'punctuation' && (previous.value === '>' || previous.value === '>>') && cursor.is('('));
}
/** Returns whether the current name is a prefix operator such as `keyof`, which it is only when a type follows it. */
function isPrefixOperator(cursor) {
    if (cursor.token.kind !== 'name' || !PREFIX_OPERATORS.has(cursor.token.value))
        return false;
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        return kind === 'name' || kind === 'string' || kind === 'number' || cursor.isOpener() || cursor.is('<');
    });
}

;// CONCATENATED MODULE: ./src/impact/syntax/literals.ts

/** Words that make the member after them a method: `async run() {}`, `get size() {}`. */
const METHOD_MODIFIERS = new Set(['async', 'get', 'set']);
function parseObjectLiteral(parser) {
    const start = parser.cursor.token.start;
    const properties = [];
    parser.parseDelimited(() => {
        const member = parseObjectMember(parser);
        if (member)
            properties.push(member);
    });
    return parser.finish(start, { kind: 'object', properties });
}
function parseArrayLiteral(parser) {
    const start = parser.cursor.token.start;
    const elements = [];
    // A comma that follows another comma, or the opening bracket, leaves a hole.
    let afterElement = false;
    parser.parseDelimited(() => {
        elements.push(parser.parseElement());
        afterElement = true;
    }, () => {
        if (!afterElement)
            elements.push(undefined);
        afterElement = false;
    });
    return parser.finish(start, { kind: 'array', elements });
}
/** Parses a template literal with substitutions; the current token is its head. */
function parseTemplateLiteral(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    const head = cursor.token.value;
    const spans = [];
    cursor.advance();
    while (!cursor.atEnd) {
        const expression = parser.parseExpression();
        // Tokens the expression left unread are skipped up to the `}` that continues the template.
        while (!cursor.atEnd && cursor.token.kind !== 'template-middle' && cursor.token.kind !== 'template-tail')
            cursor.skip();
        if (cursor.atEnd)
            break;
        spans.push({ expression, literal: cursor.token.value });
        const isTail = cursor.token.kind === 'template-tail';
        cursor.advance();
        if (isTail)
            break;
    }
    return parser.finish(start, { kind: 'template', head, spans });
}
function parseObjectMember(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    if (cursor.is('...'))
        return parser.parseElement();
    let isMethod = false;
    if (cursor.token.kind === 'name' && METHOD_MODIFIERS.has(cursor.token.value) && startsPropertyNameAfter(cursor)) {
        cursor.advance();
        isMethod = true;
    }
    if (cursor.consume('*'))
        isMethod = true;
    const nameToken = cursor.token;
    const name = parsePropertyName(parser);
    if (name === null)
        return undefined;
    if (isMethod || cursor.is('(') || cursor.is('<')) {
        skipMethodRest(cursor);
        return parser.finish(start, { kind: 'method', name });
    }
    if (cursor.consume(':')) {
        const value = parser.parseAssignment();
        return parser.finish(start, { kind: 'property', name, value });
    }
    // A shorthand property; `= value` gives a default, which only destructuring patterns use.
    if (nameToken.kind !== 'name' || name === undefined)
        return undefined;
    const value = parser.finish(start, { kind: 'identifier', name });
    if (cursor.consume('='))
        parser.parseAssignment();
    return parser.finish(start, { kind: 'shorthand', name, value });
}
/**
 * Parses a property name: an identifier or keyword, a string or number, or
 * a computed `[expression]`. Returns its text, undefined for a computed name
 * that is not a string literal or for a private name, or null when no
 * property name starts here.
 */
function parsePropertyName(parser) {
    const { cursor } = parser;
    const { kind, value } = cursor.token;
    if (kind === 'name' || kind === 'string' || kind === 'number') {
        cursor.advance();
        return value;
    }
    if (kind === 'private-name') {
        cursor.advance();
        return undefined;
    }
    if (!cursor.is('['))
        return null;
    let computed;
    parser.parseDelimited(() => {
        computed = parser.parseAssignment();
    });
    return computed?.kind === 'string' ? computed.value : undefined;
}
/** Returns whether a property name follows the current token, so that `get` in `{ get size() {} }` is a modifier but not in `{ get: 1 }`. */
function startsPropertyNameAfter(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        return kind === 'name' || kind === 'string' || kind === 'number' || kind === 'private-name' || cursor.is('[') || cursor.is('*');
    });
}
/** Skips type parameters, parameters, return type and body of a method. */
function skipMethodRest(cursor) {
    if (cursor.is('<'))
        skipTypeArguments(cursor);
    if (cursor.is('('))
        cursor.skip();
    if (cursor.consume(':'))
        skipType(cursor);
    if (cursor.is('{'))
        cursor.skip();
}

;// CONCATENATED MODULE: ./src/impact/syntax/bindings.ts


/**
 * Parses `const`, `let` or `var` and its declarations; the current token is
 * the keyword. Each declaration may have a type and an initializer.
 */
function parseVariableStatement(parser, exported) {
    const { cursor } = parser;
    const keyword = cursor.token.value;
    cursor.advance();
    const declarations = [];
    for (;;) {
        const binding = parseBinding(parser);
        if (binding === undefined)
            break;
        // `let value!: T` asserts that the variable is assigned before use.
        cursor.consume('!');
        if (parser.options.typeScript && cursor.consume(':'))
            skipType(cursor);
        const initializer = cursor.consume('=') ? parser.parseAssignment() : undefined;
        declarations.push({ binding, initializer });
        if (!cursor.consume(','))
            break;
    }
    return { kind: 'variable', keyword, exported, declarations };
}
/** Parses a binding, which is a name, `{ … }` or `[ … ]`. Returns undefined when none starts at the cursor. */
function parseBinding(parser) {
    const { cursor } = parser;
    if (cursor.token.kind === 'name') {
        const name = cursor.token.value;
        cursor.advance();
        return { kind: 'name', name };
    }
    const skip = () => {
        cursor.skip();
        return undefined;
    };
    if (cursor.is('{'))
        return parser.nested(() => parseObjectPattern(parser), skip);
    if (cursor.is('['))
        return parser.nested(() => parseArrayPattern(parser), skip);
    return undefined;
}
/** Lists the names that a binding declares, also inside nested patterns, in source order. */
function bindingNames(binding) {
    switch (binding.kind) {
        case 'name':
            return [binding.name];
        case 'object-pattern':
            return binding.elements.flatMap((element) => bindingNames(element.binding));
        case 'array-pattern':
            return binding.elements.flatMap((element) => (element === undefined ? [] : bindingNames(element)));
    }
}
function parseObjectPattern(parser) {
    const { cursor } = parser;
    const elements = [];
    parser.parseDelimited(() => {
        if (cursor.consume('...')) {
            const rest = parseBinding(parser);
            if (rest)
                elements.push({ property: undefined, binding: rest });
            return;
        }
        const property = parsePropertyName(parser);
        if (property === null)
            return;
        let binding;
        if (cursor.consume(':'))
            binding = parseBinding(parser);
        else if (property !== undefined)
            binding = { kind: 'name', name: property };
        if (cursor.consume('='))
            parser.parseAssignment();
        if (binding)
            elements.push({ property, binding });
    });
    return { kind: 'object-pattern', elements };
}
function parseArrayPattern(parser) {
    const { cursor } = parser;
    const elements = [];
    let afterElement = false;
    parser.parseDelimited(() => {
        cursor.consume('...');
        elements.push(parseBinding(parser));
        if (cursor.consume('='))
            parser.parseAssignment();
        afterElement = true;
    }, () => {
        if (!afterElement)
            elements.push(undefined);
        afterElement = false;
    });
    return { kind: 'array-pattern', elements };
}

;// CONCATENATED MODULE: ./src/impact/syntax/functions.ts

/**
 * Returns whether an arrow function starts at the cursor: `x =>`,
 * `(a, b) =>`, `async x =>`, `async (x) =>`, and in TypeScript `(x): T =>`
 * and `<T>(x: T) =>`.
 */
function isArrowStart(parser) {
    const { cursor } = parser;
    const { kind } = cursor.token;
    if (kind !== 'name' && !cursor.is('(') && !(cursor.is('<') && parser.options.typeScript))
        return false;
    if (cursor.is('(') && !mayStartParameters(cursor))
        return false;
    return cursor.lookAhead(() => {
        if (cursor.isKeyword('async') && !parser.nextIs('=>')) {
            cursor.advance();
            if (cursor.token.lineBreakBefore)
                return false;
        }
        return skipArrowHead(parser);
    });
}
/** Parses an arrow function; `isArrowStart` has accepted the cursor. */
function parseArrowFunction(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    if (cursor.isKeyword('async') && !parser.nextIs('=>'))
        cursor.advance();
    skipArrowHead(parser);
    const returned = cursor.is('{') ? readBodyReturn(parser) : parser.parseAssignment();
    return parser.finish(start, { kind: 'function', returned });
}
/** Parses `function name(…) { … }` or `async function`, and reads its first top-level `return`. */
function parseFunctionExpression(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    cursor.consume('async');
    cursor.advance();
    cursor.consume('*');
    if (cursor.token.kind === 'name' && !cursor.is('('))
        cursor.advance();
    if (cursor.is('<'))
        skipTypeArguments(cursor);
    if (cursor.is('('))
        cursor.skip();
    if (cursor.consume(':'))
        skipType(cursor);
    const returned = cursor.is('{') ? readBodyReturn(parser) : undefined;
    return parser.finish(start, { kind: 'function', returned });
}
/** Skips a class expression: name, heritage clauses and body. */
function skipClassExpression(parser) {
    const { cursor } = parser;
    const start = cursor.token.start;
    const depth = cursor.depth;
    cursor.advance();
    while (!cursor.atEnd && !(cursor.is('{') && cursor.depth === depth + 1))
        cursor.skip();
    if (cursor.is('{'))
        cursor.skip();
    return parser.other(start);
}
/**
 * Returns whether the `(` at the cursor may open a parameter list, judged
 * from the two tokens after it. It rules out most parenthesized
 * expressions, such as `((a))` and `(a + b)`, without scanning to the `)`,
 * which would make deeply nested parentheses take quadratic time.
 */
function mayStartParameters(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        if (cursor.is(')') || cursor.is('...') || cursor.is('{') || cursor.is('['))
            return true;
        if (cursor.token.kind !== 'name')
            return false;
        cursor.advance();
        return cursor.is(',') || cursor.is(':') || cursor.is('=') || cursor.is('?') || cursor.is(')');
    });
}
/**
 * Skips the parameters, the return type and the `=>` of an arrow function,
 * and returns whether the `=>` was there.
 */
function skipArrowHead(parser) {
    const { cursor } = parser;
    if (cursor.is('<') && !skipTypeArguments(cursor))
        return false;
    if (cursor.token.kind === 'name' && !cursor.is('('))
        cursor.advance();
    else if (cursor.is('('))
        cursor.skip();
    else
        return false;
    if (parser.options.typeScript && parser.arrowReturnTypeAllowed && cursor.consume(':'))
        skipType(cursor, true);
    if (!cursor.is('=>') || cursor.token.lineBreakBefore)
        return false;
    cursor.advance();
    return true;
}
/**
 * Reads the function body at the cursor's `{` up to its `}`, and returns the
 * value of the first `return` statement directly in it. Returns inside
 * nested blocks and functions are skipped, as TypeScript's tree would show
 * them as statements of those blocks.
 */
function readBodyReturn(parser) {
    const { cursor } = parser;
    const depth = cursor.depth;
    cursor.advance();
    let returned;
    let found = false;
    while (cursor.depth >= depth && !cursor.atEnd) {
        if (!found && cursor.isKeyword('return') && startsStatement(cursor)) {
            found = true;
            cursor.advance();
            const hasValue = !cursor.token.lineBreakBefore && !cursor.is(';') && !cursor.is('}');
            if (hasValue)
                returned = parser.parseExpression();
            continue;
        }
        cursor.skip();
    }
    if (!cursor.atEnd)
        cursor.advance();
    return returned;
}
/**
 * Returns whether the current token starts a statement of the block being
 * read, as `return` does after `{`, `;`, `}` or a line break, but not in
 * `if (x) return y`.
 */
function startsStatement(cursor) {
    const previous = cursor.previous;
    if (previous === undefined)
        return true;
    if (previous.kind === 'punctuation' && (previous.value === '{' || previous.value === ';' || previous.value === '}'))
        return true;
    const endsHead = (previous.kind === 'punctuation' && previous.value === ')') || (previous.kind === 'name' && (previous.value === 'else' || previous.value === 'do'));
    return cursor.token.lineBreakBefore && !endsHead;
}

;// CONCATENATED MODULE: ./src/impact/syntax/jsx-skipping.ts
/**
 * Skips the JSX element or fragment whose `<` is the current token, and
 * returns whether it found the element's end. When it did not, as for a
 * `<` that starts no element, the cursor is back where it was.
 */
function skipJsxElement(parser) {
    const { cursor } = parser;
    const state = cursor.save();
    const end = findElementEnd({ parser, text: cursor.text, state }, cursor.token.start);
    if (end === undefined) {
        cursor.restore(state);
        return false;
    }
    cursor.resumeAt(end, state);
    return true;
}
/** Returns the offset just past the element that starts at the `<` at `start`, or undefined when it does not end. */
function findElementEnd(walk, start) {
    const { text } = walk;
    let openElements = 0;
    let offset = start;
    for (;;) {
        if (text[offset] !== '<')
            return undefined;
        if (text[offset + 1] === '/') {
            const close = text.indexOf('>', offset);
            if (close === -1)
                return undefined;
            offset = close + 1;
            openElements--;
            if (openElements <= 0)
                return openElements === 0 ? offset : undefined;
        }
        else {
            const tag = readOpeningTag(walk, offset + 1);
            if (tag === undefined)
                return undefined;
            offset = tag.end;
            if (!tag.selfClosing)
                openElements++;
            else if (openElements === 0)
                return offset;
        }
        offset = skipChildren(walk, offset);
        if (offset === undefined)
            return undefined;
    }
}
/** Skips the text and `{…}` children from `offset` up to the next `<`, and returns its offset. */
function skipChildren(walk, start) {
    const { text } = walk;
    let offset = start;
    while (offset !== undefined && offset < text.length) {
        const char = text[offset];
        if (char === '<')
            return offset;
        offset = char === '{' ? skipCode(walk, offset) : offset + 1;
    }
    return undefined;
}
/** Reads the name and attributes of an opening tag after its `<`, up to `>` or `/>`. */
function readOpeningTag(walk, start) {
    const { text } = walk;
    let offset = start;
    while (offset !== undefined && offset < text.length) {
        const char = text[offset];
        if (char === '>')
            return { end: offset + 1, selfClosing: false };
        if (char === '/' && text[offset + 1] === '>')
            return { end: offset + 2, selfClosing: true };
        // A `<` in a tag means that this was no element, such as the type parameters of `<T,>(x: T) => x`.
        if (char === '<' || char === ';')
            return undefined;
        if (char === '{') {
            offset = skipCode(walk, offset);
        }
        else if (char === '"' || char === "'") {
            const close = text.indexOf(char, offset + 1);
            offset = close === -1 ? undefined : close + 1;
        }
        else {
            offset++;
        }
    }
    return undefined;
}
/** Reads the `{…}` code at `offset` with the parser, and returns the offset just past its `}`, or undefined when it has none. */
function skipCode(walk, offset) {
    const { parser } = walk;
    const { cursor } = parser;
    cursor.jumpTo(offset, walk.state);
    if (!cursor.is('{'))
        return undefined;
    parser.parseDelimited(() => {
        parser.parseExpression();
    });
    const closer = cursor.previous;
    return closer?.kind === 'punctuation' && closer.value === '}' ? closer.end : undefined;
}

;// CONCATENATED MODULE: ./src/impact/syntax/expression-parser.ts
/**
 * The expression parser: operators by precedence, calls, member access,
 * `new`, and the primary expressions. Literals with structure and functions
 * have files of their own. A construct the reader has no node for becomes
 * an `other` node that spans it, so that the parser always finds where an
 * expression ends, also without semicolons.
 */




const ASSIGNMENT_OPERATORS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=', '&&=', '||=', '??=']);
const expression_parser_PREFIX_OPERATORS = new Set(['!', '~', '+', '-', '++', '--']);
const PREFIX_KEYWORDS = new Set(['typeof', 'void', 'delete', 'await']);
/**
 * Expressions nested deeper than this are skipped instead of parsed, so that
 * text such as a thousand nested parentheses cannot overflow the stack.
 */
const MAX_NESTING = 200;
/** Keywords that start a statement, so that skipping stops at a line that begins with one. */
const STATEMENT_KEYWORDS = new Set(['export', 'import', 'const', 'let', 'var', 'function', 'class', 'interface', 'type', 'enum', 'declare', 'namespace']);
/** Binding power of each binary operator; a higher number binds tighter. */
const PRECEDENCE = {
    '??': 1,
    '||': 2,
    '&&': 3,
    '|': 4,
    '^': 5,
    '&': 6,
    '==': 7, '!=': 7, '===': 7, '!==': 7,
    '<': 8, '>': 8, '<=': 8, '>=': 8, instanceof: 8, in: 8,
    '<<': 9, '>>': 9, '>>>': 9,
    '+': 10, '-': 10,
    '*': 11, '/': 11, '%': 11,
    '**': 12,
};
class ExpressionParser {
    cursor;
    options;
    /**
     * False in the true branch of a conditional, outside brackets, where
     * `a ? (b) : c => d` must not read as an arrow `(b): c => d` with a return
     * type, as TypeScript's parser also decides.
     */
    arrowReturnTypeAllowed = true;
    nesting = 0;
    constructor(cursor, options) {
        this.cursor = cursor;
        this.options = options;
    }
    /** Parses an expression that may contain the comma operator, as inside parentheses. */
    parseExpression() {
        const start = this.cursor.token.start;
        let expression = this.parseAssignment();
        while (this.cursor.is(',')) {
            this.cursor.advance();
            const right = this.parseAssignment();
            expression = this.finish(start, { kind: 'binary', operator: ',', left: expression, right });
        }
        return expression;
    }
    /** Parses one expression without a top-level comma: an argument, an initializer or a property value. */
    parseAssignment() {
        return this.nested(() => this.readAssignment(), () => this.skipExpression());
    }
    /**
     * Runs `read` one nesting level deeper, or `fallback` when the nesting has
     * reached its maximum.
     */
    nested(read, fallback) {
        if (this.nesting >= MAX_NESTING)
            return fallback();
        this.nesting++;
        try {
            return read();
        }
        finally {
            this.nesting--;
        }
    }
    readAssignment() {
        if (isArrowStart(this))
            return parseArrowFunction(this);
        const start = this.cursor.token.start;
        const left = this.parseConditional();
        const operator = this.cursor.token.value;
        if (this.cursor.token.kind !== 'punctuation' || !ASSIGNMENT_OPERATORS.has(operator))
            return left;
        this.cursor.advance();
        const right = this.parseAssignment();
        return this.finish(start, { kind: 'binary', operator, left, right });
    }
    /** Parses the arguments of a call or `new`, with spread elements; the current token is the `(`. */
    parseArguments() {
        const items = [];
        this.parseDelimited(() => {
            items.push(this.parseElement());
        });
        return items;
    }
    /** Parses an element of a list: an expression or `...expression`. */
    parseElement() {
        const start = this.cursor.token.start;
        if (!this.cursor.consume('...'))
            return this.parseAssignment();
        const argument = this.parseAssignment();
        return this.finish(start, { kind: 'spread', argument });
    }
    /**
     * Reads the items of the list whose opener is the current token, calling
     * `parseItem` at the start of each item, and moves past the closer.
     * Commas between items are consumed here. Tokens that an item leaves
     * unread are skipped up to the next comma, so one unreadable item does not
     * spoil the rest.
     */
    parseDelimited(parseItem, onComma) {
        const cursor = this.cursor;
        // The opener's own frame counts, so the items sit at `depth` and its closer drops below it.
        const depth = cursor.depth;
        const allowed = this.arrowReturnTypeAllowed;
        this.arrowReturnTypeAllowed = true;
        cursor.advance();
        while (cursor.depth >= depth && !cursor.atEnd) {
            if (cursor.is(',')) {
                onComma?.();
                cursor.advance();
                continue;
            }
            const before = cursor.token;
            parseItem();
            if (cursor.token === before)
                cursor.skip();
            while (!cursor.atEnd && cursor.depth >= depth && !(cursor.depth === depth && cursor.is(',')))
                cursor.skip();
        }
        if (!cursor.atEnd)
            cursor.advance();
        this.arrowReturnTypeAllowed = allowed;
    }
    /** Builds a node that starts at `start` and ends with the last token consumed. */
    finish(start, fields) {
        const end = Math.max(start, this.cursor.previous?.end ?? start);
        return { ...fields, start, end, text: this.cursor.text.slice(start, end) };
    }
    /**
     * Skips tokens, brackets as a whole, up to the next `,`, `;` or closer, or
     * up to a line that starts with a declaration keyword, and returns them as
     * an `other` node.
     */
    skipExpression() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { depth } = cursor;
        while (!cursor.atEnd && cursor.depth >= depth && !cursor.is(',') && !cursor.is(';')) {
            const { kind, value, lineBreakBefore } = cursor.token;
            if (kind === 'template-middle' || kind === 'template-tail')
                break;
            if (lineBreakBefore && kind === 'name' && STATEMENT_KEYWORDS.has(value) && cursor.token.start > start)
                break;
            cursor.skip();
        }
        return this.other(start);
    }
    /** Returns an `other` node for the tokens from `start` up to the cursor. */
    other(start) {
        return this.finish(start, { kind: 'other' });
    }
    parseConditional() {
        const start = this.cursor.token.start;
        const condition = this.parseBinary(0);
        if (!this.cursor.is('?'))
            return condition;
        this.cursor.advance();
        const allowed = this.arrowReturnTypeAllowed;
        this.arrowReturnTypeAllowed = false;
        const whenTrue = this.parseAssignment();
        this.arrowReturnTypeAllowed = allowed;
        this.cursor.consume(':');
        const whenFalse = this.parseAssignment();
        return this.finish(start, { kind: 'conditional', condition, whenTrue, whenFalse });
    }
    parseBinary(minimumPrecedence) {
        const start = this.cursor.token.start;
        let left = this.parseUnary();
        for (;;) {
            const { token } = this.cursor;
            if (this.options.typeScript && !token.lineBreakBefore && (this.cursor.isKeyword('as') || this.cursor.isKeyword('satisfies'))) {
                // The tree has no node for `value as Type`; readers see the value.
                this.cursor.advance();
                skipType(this.cursor);
                continue;
            }
            const isOperator = token.kind === 'punctuation' || (token.kind === 'name' && !this.cursor.afterDot);
            const precedence = isOperator ? (PRECEDENCE[token.value] ?? 0) : 0;
            if (precedence === 0 || precedence <= minimumPrecedence)
                return left;
            this.cursor.advance();
            // `**` is right-associative: `a ** b ** c` is `a ** (b ** c)`.
            const right = this.parseBinary(token.value === '**' ? precedence - 1 : precedence);
            left = this.finish(start, { kind: 'binary', operator: token.value, left, right });
        }
    }
    parseUnary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { kind, value } = cursor.token;
        const isPrefix = (kind === 'punctuation' && expression_parser_PREFIX_OPERATORS.has(value)) || (kind === 'name' && PREFIX_KEYWORDS.has(value));
        if (isPrefix && this.hasOperandAfter()) {
            cursor.advance();
            const operand = this.nested(() => this.parseUnary(), () => this.skipExpression());
            return this.finish(start, { kind: 'unary', operator: value, operand });
        }
        if (cursor.is('<') && this.options.typeScript && !this.options.jsx) {
            // `<Type>value`, the older form of `value as Type`.
            skipTypeArguments(cursor);
            return this.parseUnary();
        }
        return this.parsePostfix();
    }
    /** Returns whether an operand follows the current token, so that `await` in `await(x)` is an operator but `{ await }` is a name. */
    hasOperandAfter() {
        if (this.cursor.token.kind === 'punctuation')
            return true;
        return this.cursor.lookAhead(() => {
            this.cursor.advance();
            const { kind, value, lineBreakBefore } = this.cursor.token;
            if (lineBreakBefore || kind === 'end')
                return false;
            return kind !== 'punctuation' || ['(', '[', '{', '!', '~', '+', '-', '/', '<', '`'].includes(value);
        });
    }
    parsePostfix() {
        const { cursor } = this;
        const start = cursor.token.start;
        let expression = this.parsePrimary();
        for (;;) {
            if (cursor.is('.') || cursor.is('?.')) {
                cursor.advance();
                const { kind, value } = cursor.token;
                if (kind === 'name' || kind === 'private-name') {
                    cursor.advance();
                    expression = this.finish(start, { kind: 'member', object: expression, name: value });
                }
                continue;
            }
            if (cursor.is('[')) {
                let index = this.other(cursor.token.start);
                this.parseDelimited(() => {
                    index = this.parseExpression();
                });
                expression = this.finish(start, { kind: 'element', object: expression, index });
                continue;
            }
            if (cursor.is('(')) {
                const args = this.parseArguments();
                expression = this.finish(start, { kind: 'call', callee: expression, arguments: args });
                continue;
            }
            const { kind, lineBreakBefore } = cursor.token;
            if (kind === 'template' || kind === 'template-head') {
                // A tagged template: its value depends on the tag function.
                cursor.skip();
                expression = this.other(start);
                continue;
            }
            if (this.options.typeScript && cursor.is('!') && !lineBreakBefore) {
                cursor.advance();
                continue;
            }
            if ((cursor.is('++') || cursor.is('--')) && !lineBreakBefore) {
                const operator = cursor.token.value;
                cursor.advance();
                expression = this.finish(start, { kind: 'unary', operator, operand: expression });
                continue;
            }
            if (this.options.typeScript && cursor.is('<') && this.startsTypeArguments()) {
                skipTypeArguments(cursor);
                continue;
            }
            return expression;
        }
    }
    /** Returns whether the `<` at the cursor opens the type arguments of a call, as in `f<T>(x)`, rather than a comparison. */
    startsTypeArguments() {
        return this.cursor.lookAhead(() => {
            if (!skipTypeArguments(this.cursor))
                return false;
            const { kind } = this.cursor.token;
            return this.cursor.is('(') || kind === 'template' || kind === 'template-head';
        });
    }
    parsePrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const { kind, value } = cursor.token;
        switch (kind) {
            case 'string':
            case 'template':
                cursor.advance();
                return this.finish(start, { kind: 'string', value });
            case 'template-head':
                return parseTemplateLiteral(this);
            case 'number':
                cursor.advance();
                return this.finish(start, { kind: 'number', value });
            case 'regex':
                cursor.advance();
                return this.finish(start, { kind: 'regex' });
            case 'name':
                return this.parseNamePrimary();
            case 'punctuation':
                return this.parsePunctuationPrimary();
            case 'end':
                return this.other(start);
            default:
                cursor.advance();
                return this.other(start);
        }
    }
    parseNamePrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        const name = cursor.token.value;
        if (name === 'function' || (name === 'async' && this.nextIs('function')))
            return parseFunctionExpression(this);
        if (name === 'class')
            return skipClassExpression(this);
        if (name === 'new')
            return this.parseNew();
        if (name === 'import' && this.nextIs('.')) {
            cursor.advance();
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            return this.finish(start, { kind: 'meta', keyword: 'import', name: property });
        }
        cursor.advance();
        return this.finish(start, { kind: 'identifier', name });
    }
    parsePunctuationPrimary() {
        const { cursor } = this;
        const start = cursor.token.start;
        switch (cursor.token.value) {
            case '(': {
                // Parentheses leave no node: `(a)` is `a`.
                let inner = this.other(start);
                this.parseDelimited(() => {
                    inner = this.parseExpression();
                });
                return inner;
            }
            case '[':
                return parseArrayLiteral(this);
            case '{':
                return parseObjectLiteral(this);
            case '/':
            case '/=':
                cursor.rescanAsRegex();
                return this.parsePrimary();
            case '<':
                // A JSX element. A `<` that starts none is consumed alone.
                if (!this.options.jsx || !skipJsxElement(this))
                    cursor.advance();
                return this.other(start);
            case '@':
                // A decorator before a class expression.
                cursor.advance();
                this.parsePostfix();
                return this.parsePrimary();
            default:
                // A token that cannot start an expression, such as `)` or `;`, is left for the caller.
                return this.other(start);
        }
    }
    parseNew() {
        const { cursor } = this;
        const start = cursor.token.start;
        cursor.advance();
        if (cursor.is('.')) {
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            return this.finish(start, { kind: 'meta', keyword: 'new', name: property });
        }
        let callee = this.parsePrimary();
        while (cursor.is('.') && !cursor.atEnd) {
            cursor.advance();
            const property = cursor.token.value;
            cursor.advance();
            callee = this.finish(callee.start, { kind: 'member', object: callee, name: property });
        }
        if (this.options.typeScript && cursor.is('<'))
            skipTypeArguments(cursor);
        const args = cursor.is('(') ? this.parseArguments() : [];
        return this.finish(start, { kind: 'new', callee, arguments: args });
    }
    /** Returns whether the token after the current one is `text` on the same line. */
    nextIs(text) {
        return this.cursor.lookAhead(() => {
            this.cursor.advance();
            return this.cursor.is(text) && !this.cursor.token.lineBreakBefore;
        });
    }
}

;// CONCATENATED MODULE: ./src/impact/syntax/module-declarations.ts
/**
 * Import and export declarations at the top level of a module. Each reader
 * starts at its keyword and consumes what it recognizes. The module reader
 * skips what is left of the statement, such as a function body or the type
 * of a type alias.
 */

/** Words before a declaration that do not change the name it declares. */
const DECLARATION_MODIFIERS = new Set(['declare', 'abstract', 'async']);
/** Declarations whose name follows their keyword. */
const NAMED_DECLARATIONS = new Set(['function', 'class', 'interface', 'type', 'enum', 'namespace']);
/**
 * Reads an import declaration. Returns undefined for `import(…)` and
 * `import.meta`, which are expressions, and for `import A = B.C`, which
 * names no module.
 */
function parseImportDeclaration(parser) {
    const { cursor } = parser;
    cursor.advance();
    if (cursor.is('(') || cursor.is('.'))
        return undefined;
    const declaration = { kind: 'import', module: '', defaultName: undefined, namespaceName: undefined, named: [] };
    if (isString(cursor)) {
        declaration.module = cursor.token.value;
        cursor.advance();
        return declaration;
    }
    if (cursor.isKeyword('type') && startsImportClause(cursor))
        cursor.advance();
    if (cursor.token.kind === 'name' && !(cursor.isKeyword('from') && nextIsString(cursor))) {
        declaration.defaultName = cursor.token.value;
        cursor.advance();
        if (cursor.consume('='))
            return readImportEquals(cursor, declaration);
        cursor.consume(',');
    }
    if (cursor.consume('*')) {
        cursor.consume('as');
        declaration.namespaceName = cursor.token.value;
        cursor.advance();
    }
    if (cursor.is('{')) {
        for (const { name, alias } of readSpecifierList(parser))
            declaration.named.push({ imported: name, local: alias ?? name });
    }
    if (!cursor.consume('from') || !isString(cursor))
        return undefined;
    declaration.module = cursor.token.value;
    cursor.advance();
    return declaration;
}
/** Reads the statement after `export`; the current token is `export`. */
function parseExportStatement(parser) {
    const { cursor } = parser;
    cursor.advance();
    if (cursor.consume('default')) {
        // `export default interface Shape {}` exports a type, which has no value to read.
        if (cursor.isKeyword('interface'))
            return { kind: 'export-default', expression: undefined };
        if (cursor.isKeyword('abstract'))
            cursor.advance();
        return { kind: 'export-default', expression: parser.parseAssignment() };
    }
    if (cursor.consume('='))
        return { kind: 'export-equals', expression: parser.parseAssignment() };
    // `export type { A }`, `export type * from 'm'` and `export type * as ns from 'm'` export names as the forms without `type` do.
    if (cursor.isKeyword('type') && (nextIs(cursor, '{') || nextIs(cursor, '*')))
        cursor.advance();
    if (cursor.is('*'))
        return readExportStar(cursor);
    if (cursor.is('{')) {
        const names = readSpecifierList(parser).map(({ name, alias }) => alias ?? name);
        if (!cursor.isKeyword('from') || !nextIsString(cursor))
            return { kind: 'export-names', names };
        cursor.advance();
        const module = cursor.token.value;
        cursor.advance();
        return { kind: 'export-names', names, module };
    }
    // `export as namespace Name` declares a global for scripts, not an export of the module.
    if (cursor.isKeyword('as'))
        return undefined;
    return readExportedDeclaration(parser);
}
/** Reads `export function f`, `export const a = …`, `export declare namespace N` and the like. */
function readExportedDeclaration(parser) {
    const { cursor } = parser;
    while (cursor.is('@')) {
        // A decorator: `export @sealed class C {}`.
        cursor.advance();
        parser.parseAssignment();
    }
    while (cursor.token.kind === 'name' && DECLARATION_MODIFIERS.has(cursor.token.value) && !nextIs(cursor, '='))
        cursor.advance();
    const keyword = cursor.token.kind === 'name' ? cursor.token.value : '';
    if (keyword === 'const' && nextIs(cursor, 'enum'))
        cursor.advance();
    else if (keyword === 'const' || keyword === 'let' || keyword === 'var')
        return parseVariableStatement(parser, true);
    if (keyword === 'import') {
        // `export import Alias = Namespace.Member`.
        cursor.advance();
        return nameAfter(cursor);
    }
    if (keyword === 'module') {
        // `export declare module 'x' {}` declares another module; `export module N {}` is a namespace.
        cursor.advance();
        return cursor.token.kind === 'name' ? nameAfter(cursor) : undefined;
    }
    if (cursor.token.kind === 'name' && NAMED_DECLARATIONS.has(cursor.token.value)) {
        cursor.advance();
        cursor.consume('*');
        return nameAfter(cursor);
    }
    return undefined;
}
/** Reads `export * from 'm'` or `export * as name from 'm'`; the current token is `*`. */
function readExportStar(cursor) {
    cursor.advance();
    if (cursor.consume('as')) {
        const name = cursor.token.value;
        cursor.advance();
        if (!cursor.consume('from') || cursor.token.kind !== 'string')
            return { kind: 'export-names', names: [name] };
        const module = cursor.token.value;
        cursor.advance();
        return { kind: 'export-names', names: [name], module };
    }
    if (!cursor.consume('from') || cursor.token.kind !== 'string')
        return undefined;
    const module = cursor.token.value;
    cursor.advance();
    return { kind: 'export-all', module };
}
/**
 * Reads `{ a, b as c, type T, "x" as y }` of an import or export. Names
 * may be strings. A trailing `from 'm'` is left for the caller.
 */
function readSpecifierList(parser) {
    const { cursor } = parser;
    const specifiers = [];
    parser.parseDelimited(() => {
        if (cursor.isKeyword('type') && startsSpecifierAfterType(cursor))
            cursor.advance();
        const { kind, value: name } = cursor.token;
        if (kind !== 'name' && kind !== 'string')
            return;
        cursor.advance();
        let alias;
        if (cursor.consume('as')) {
            alias = cursor.token.value;
            cursor.advance();
        }
        specifiers.push({ name, alias });
    });
    return specifiers;
}
function readImportEquals(cursor, declaration) {
    if (!cursor.consume('require') || !cursor.consume('(') || cursor.token.kind !== 'string')
        return undefined;
    declaration.module = cursor.token.value;
    cursor.advance();
    cursor.consume(')');
    return declaration;
}
/** Returns the declared name at the cursor as an export, or undefined when there is none, as in `export function (`. */
function nameAfter(cursor) {
    if (cursor.token.kind !== 'name')
        return undefined;
    const name = cursor.token.value;
    cursor.advance();
    return { kind: 'export-names', names: [name] };
}
/** After `import type`: whether `type` is a modifier, as in `import type { A }`, rather than a default import named `type`. */
function startsImportClause(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        if (cursor.is('{') || cursor.is('*'))
            return true;
        if (cursor.token.kind !== 'name' || cursor.is(','))
            return false;
        // `import type from 'x'` imports a default named `type`; `import type from from 'x'` is a type import of `from`.
        return !cursor.is('from') || !nextIsString(cursor);
    });
}
/** Inside `{ … }`: whether `type` is a modifier, as in `{ type A }`, rather than a name, as in `{ type }` or `{ type as t }`. */
function startsSpecifierAfterType(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        const { kind } = cursor.token;
        if (kind === 'string')
            return true;
        if (kind !== 'name')
            return false;
        if (!cursor.is('as'))
            return true;
        // `{ type as as x }` imports `as` as a type; `{ type as x }` imports `type`.
        cursor.advance();
        return cursor.is('as');
    });
}
function nextIs(cursor, text) {
    return cursor.lookAhead(() => {
        cursor.advance();
        return cursor.is(text);
    });
}
function nextIsString(cursor) {
    return cursor.lookAhead(() => {
        cursor.advance();
        return cursor.token.kind === 'string';
    });
}
/** Returns whether the current token is a string literal; a function, so that TypeScript does not keep the check narrowed across `advance()`. */
function isString(cursor) {
    return cursor.token.kind === 'string';
}

// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(98708);
;// CONCATENATED MODULE: ./src/impact/syntax/lexer-adapter.ts
/**
 * The token source of the syntax reader, built on the impact scanner's own
 * lexer (src/impact/scan/lexer/), so that reading configs and export lists
 * loads no part of the TypeScript compiler.
 *
 * The lexer keeps the token boundaries of TypeScript's scanner, which leaves
 * `>>`, `>=` and the like as single `>` tokens for a parser of type
 * arguments. The `TokenSource` contract wants operators whole, so this
 * adapter joins them, as `ts.Scanner.reScanGreaterToken` would.
 */

/** Operators that start with `>`, longest first. */
const GREATER_OPERATORS = ['>>>=', '>>>', '>>=', '>=', '>>'];
/** Creates a token source over `text`, starting at offset 0. */
function createTokenSource(text) {
    const scanner = new lexer/* Scanner */.Lp();
    scanner.setText(text);
    /** End of the token before the current one, where the trivia before the current token starts. */
    let previousEnd = 0;
    const current = (kind) => {
        const start = scanner.getTokenStart();
        const end = scanner.getTokenEnd();
        return {
            kind: tokenKindOf(kind),
            start,
            end,
            value: hasDecodedValue(kind) ? scanner.getTokenValue() : text.slice(start, end),
            lineBreakBefore: hasLineBreak(text, previousEnd, start),
        };
    };
    /** Widens a `>` token to the longest operator that starts there. */
    const greaterOperator = () => {
        const token = current(lexer/* SyntaxKind */.a6.GreaterThanToken);
        const operator = GREATER_OPERATORS.find((candidate) => text.startsWith(candidate, token.start));
        if (operator === undefined)
            return token;
        scanner.resetTokenState(token.start + operator.length);
        return { ...token, end: token.start + operator.length, value: operator };
    };
    const finish = (token) => {
        previousEnd = token.end;
        return token;
    };
    return {
        next(regexAllowed) {
            let kind = scanner.scan();
            if (regexAllowed && (kind === lexer/* SyntaxKind */.a6.SlashToken || kind === lexer/* SyntaxKind */.a6.SlashEqualsToken)) {
                kind = scanner.reScanSlashToken();
            }
            else if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
                return finish(greaterOperator());
            }
            return finish(current(kind));
        },
        continueTemplate() {
            return finish(current(scanner.reScanTemplateToken()));
        },
        reset(offset) {
            scanner.resetTokenState(offset);
            previousEnd = offset;
        },
    };
}
/** Returns whether the text between two tokens has a line break, which ends a statement where a semicolon may be left out. */
function hasLineBreak(text, from, to) {
    for (let offset = from; offset < to; offset++) {
        if ((0,lexer/* isLineBreak */.MC)(text.charCodeAt(offset)))
            return true;
    }
    return false;
}
function hasDecodedValue(kind) {
    return (kind === lexer/* SyntaxKind */.a6.Identifier ||
        kind === lexer/* SyntaxKind */.a6.PrivateIdentifier ||
        kind === lexer/* SyntaxKind */.a6.StringLiteral ||
        kind === lexer/* SyntaxKind */.a6.NumericLiteral ||
        kind === lexer/* SyntaxKind */.a6.BigIntLiteral ||
        kind === lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral ||
        kind === lexer/* SyntaxKind */.a6.TemplateHead ||
        kind === lexer/* SyntaxKind */.a6.TemplateMiddle ||
        kind === lexer/* SyntaxKind */.a6.TemplateTail ||
        (kind >= lexer/* SyntaxKind */.a6.FirstKeyword && kind <= lexer/* SyntaxKind */.a6.LastKeyword));
}
function tokenKindOf(kind) {
    switch (kind) {
        case lexer/* SyntaxKind */.a6.Identifier:
            return 'name';
        case lexer/* SyntaxKind */.a6.PrivateIdentifier:
            return 'private-name';
        case lexer/* SyntaxKind */.a6.StringLiteral:
            return 'string';
        case lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral:
            return 'template';
        case lexer/* SyntaxKind */.a6.TemplateHead:
            return 'template-head';
        case lexer/* SyntaxKind */.a6.TemplateMiddle:
            return 'template-middle';
        case lexer/* SyntaxKind */.a6.TemplateTail:
            return 'template-tail';
        case lexer/* SyntaxKind */.a6.NumericLiteral:
        case lexer/* SyntaxKind */.a6.BigIntLiteral:
            return 'number';
        case lexer/* SyntaxKind */.a6.RegularExpressionLiteral:
            return 'regex';
        case lexer/* SyntaxKind */.a6.EndOfFileToken:
            return 'end';
    }
    if (kind >= lexer/* SyntaxKind */.a6.FirstKeyword && kind <= lexer/* SyntaxKind */.a6.LastKeyword)
        return 'name';
    if (kind >= lexer/* SyntaxKind */.a6.FirstPunctuation && kind <= lexer/* SyntaxKind */.a6.LastPunctuation)
        return 'punctuation';
    return 'unknown';
}

;// CONCATENATED MODULE: ./src/impact/syntax/token-cursor.ts
/**
 * A cursor over the tokens of one text. It supplies the context that a
 * lexer leaves to its parser: it guesses from the previous token whether a
 * `/` starts a regular expression, tracks open brackets and template
 * substitutions, and rescans the `}` that continues a template literal.
 */

/** Keywords that an operand follows, as in `return /x/`, so a `/` after them starts a regular expression. */
const OPERAND_KEYWORDS = new Set([
    'await', 'case', 'default', 'delete', 'do', 'else', 'in', 'instanceof', 'new', 'of', 'return', 'throw', 'typeof', 'void', 'yield',
]);
const OPENERS = new Set(['(', '[', '{']);
const CLOSER_OF = { '(': ')', '[': ']', '{': '}', '${': '}' };
class TokenCursor {
    text;
    /** The current token. */
    token;
    /** The token before the current one, or undefined at the start. */
    previous;
    /** True when the previous token is `.` or `?.`, so the current name is a property name. */
    afterDot = false;
    source;
    /** Open brackets and template substitutions (`${`), innermost last. */
    frames = [];
    constructor(text) {
        this.text = text;
        this.source = createTokenSource(text);
        // A `#!` line is not JavaScript, and a lexer need not skip it.
        if (text.startsWith('#!')) {
            const lineEnd = text.search(/[\r\n]/);
            this.source.reset(lineEnd === -1 ? text.length : lineEnd);
        }
        this.token = this.source.next(true);
        this.enter(this.token);
    }
    /** Number of open brackets and template substitutions after the current token. */
    get depth() {
        return this.frames.length;
    }
    get atEnd() {
        return this.token.kind === 'end';
    }
    /** Returns whether the current token is the punctuation or name `text`, and not a string with that value. */
    is(text) {
        const { kind, value } = this.token;
        return value === text && (kind === 'punctuation' || kind === 'name');
    }
    /** Returns whether the current token is the name `word` in a position where it can be a keyword, not after a dot. */
    isKeyword(word) {
        return this.token.kind === 'name' && this.token.value === word && !this.afterDot;
    }
    /** Moves to the next token. */
    advance() {
        const token = this.token;
        if (token.kind === 'end')
            return;
        const regexAllowed = expressionCanFollow(token, this.afterDot);
        this.afterDot = token.kind === 'punctuation' && (token.value === '.' || token.value === '?.');
        this.previous = token;
        this.scan(regexAllowed);
    }
    /** Advances past the current token when it is `text`, and returns whether it was. */
    consume(text) {
        if (!this.is(text))
            return false;
        this.advance();
        return true;
    }
    /**
     * Reads the current `/` or `/=` again as a regular expression, for a
     * parser that has found that an operand starts here.
     */
    rescanAsRegex() {
        if (this.token.kind !== 'punctuation' || (this.token.value !== '/' && this.token.value !== '/='))
            return;
        this.source.reset(this.token.start);
        this.token = this.source.next(true);
    }
    /**
     * Skips the current token. An opening bracket or template head is skipped
     * together with everything up to its closer, and an unclosed one up to
     * the end of the text.
     */
    skip() {
        const depth = this.depth;
        const opens = this.isOpener();
        this.advance();
        if (!opens)
            return;
        while (this.depth >= depth && !this.atEnd)
            this.advance();
        // The current token is now the closer that brought the depth back, unless the text ended first.
        if (!this.atEnd)
            this.advance();
    }
    /** Returns whether the current token opens a bracket or a template substitution. */
    isOpener() {
        const { kind, value } = this.token;
        return kind === 'template-head' || (kind === 'punctuation' && OPENERS.has(value));
    }
    /** Runs `read` and then restores the cursor to where it was, returning what `read` returned. */
    lookAhead(read) {
        const saved = this.save();
        try {
            return read();
        }
        finally {
            this.restore(saved);
        }
    }
    /**
     * Moves the cursor to the token at `offset`, inside text that it did not
     * read token by token, such as a JSX element, with the open frames of
     * `state`.
     */
    jumpTo(offset, state) {
        this.restore(state);
        this.previous = undefined;
        this.afterDot = false;
        this.source.reset(offset);
        this.scan(true);
    }
    /**
     * Continues after an operand that ends at `offset` and that the cursor did
     * not read token by token, such as a JSX element. The open frames return
     * to those of `state`.
     */
    resumeAt(offset, state) {
        this.restore(state);
        // A token for the skipped operand becomes the previous token. Its kind ends an operand, so a `/` after it divides.
        this.previous = { kind: 'unknown', start: state.token.start, end: offset, value: '', lineBreakBefore: state.token.lineBreakBefore };
        this.afterDot = false;
        this.source.reset(offset);
        this.scan(false);
    }
    /** Returns the state that `restore` returns to. */
    save() {
        return { token: this.token, previous: this.previous, afterDot: this.afterDot, frames: [...this.frames] };
    }
    restore(state) {
        this.token = state.token;
        this.previous = state.previous;
        this.afterDot = state.afterDot;
        this.frames = [...state.frames];
        this.source.reset(state.token.end);
    }
    /** Scans the next token, continuing a template literal at a `}` that closes a substitution. */
    scan(regexAllowed) {
        let next = this.source.next(regexAllowed);
        if (next.kind === 'punctuation' && next.value === '}' && this.frames[this.frames.length - 1] === '${') {
            next = this.source.continueTemplate();
        }
        this.token = next;
        this.enter(next);
    }
    /** Updates the open frames for the token just scanned. */
    enter(token) {
        if (token.kind === 'template-head') {
            this.frames.push('${');
            return;
        }
        if (token.kind === 'template-tail') {
            this.frames.pop();
            return;
        }
        if (token.kind !== 'punctuation')
            return;
        if (OPENERS.has(token.value)) {
            this.frames.push(token.value);
            return;
        }
        if (token.value === ')' || token.value === ']' || token.value === '}')
            this.close(token.value);
    }
    /**
     * Pops the frame that `closer` ends. A closer that does not match the
     * innermost frame closes the nearest frame it matches, as in `f(a]`, or is
     * ignored when none matches before a template substitution.
     */
    close(closer) {
        for (let index = this.frames.length - 1; index >= 0; index--) {
            const frame = this.frames[index];
            if (CLOSER_OF[frame] === closer && frame !== '${') {
                this.frames.length = index;
                return;
            }
            if (frame === '${')
                return;
        }
    }
}
/**
 * Guesses from the token before it whether an operand can start at the next
 * token, which decides whether a `/` there starts a regular expression.
 * After `)` the guess is no, because `(a + b) / 2` is more common than
 * `if (a) /x/.test(b)`. After `}` it is yes, because blocks end more often
 * than object literals.
 */
function expressionCanFollow(token, afterDot) {
    switch (token.kind) {
        case 'punctuation':
            return token.value !== ')' && token.value !== ']';
        case 'template-head':
        case 'template-middle':
            return true;
        case 'name':
            return !afterDot && OPERAND_KEYWORDS.has(token.value);
        default:
            return false;
    }
}

;// CONCATENATED MODULE: ./src/impact/syntax/module-syntax.ts
/**
 * Reads the top-level statements of a JavaScript or TypeScript module that
 * impact analysis needs: imports, variable declarations, every export form
 * and `module.exports = …`. Other statements are skipped token by token,
 * with brackets skipped as a whole, so nothing inside a block, function,
 * class or namespace counts as top level.
 */




/**
 * Returns the syntax a file may use, from its name: TypeScript for .ts,
 * .mts, .cts and .tsx, and JSX for .tsx and every JavaScript file, as
 * TypeScript's compiler allows JSX in them.
 */
function syntaxOptionsFor(fileName) {
    const typeScript = /\.[cm]?tsx?$/.test(fileName);
    return { typeScript, jsx: !typeScript || fileName.endsWith('.tsx') };
}
/**
 * Parses `text` as a module. Text with syntax errors gives the statements
 * that could be read, and the tests in test/impact/syntax hold it to that.
 */
function parseModule(text, options) {
    const parser = new ExpressionParser(new TokenCursor(text), options);
    const { cursor } = parser;
    const statements = [];
    while (!cursor.atEnd) {
        const before = cursor.token;
        const statement = readStatement(parser);
        if (statement)
            statements.push(statement);
        if (cursor.token === before)
            cursor.skip();
    }
    return { statements };
}
/** Reads the statement at the cursor if it is one the tree has, or returns undefined and leaves the rest to skipping. */
function readStatement(parser) {
    const { cursor } = parser;
    if (cursor.token.kind !== 'name' || cursor.afterDot)
        return undefined;
    switch (cursor.token.value) {
        case 'import':
            return parseImportDeclaration(parser);
        case 'export':
            return parseExportStatement(parser);
        case 'const':
        case 'let':
        case 'var':
            return startsDeclaration(parser) ? parseVariableStatement(parser, false) : undefined;
        case 'module':
            return startsModuleExports(parser) ? { kind: 'expression', expression: parser.parseExpression() } : undefined;
        default:
            return undefined;
    }
}
/** Returns whether the `const`, `let` or `var` at the cursor starts a declaration, not `const enum` or a variable named `let`. */
function startsDeclaration(parser) {
    const { cursor } = parser;
    return cursor.lookAhead(() => {
        cursor.advance();
        return (cursor.token.kind === 'name' && !cursor.is('enum')) || cursor.is('{') || cursor.is('[');
    });
}
/** Returns whether `module.exports` starts at the cursor. */
function startsModuleExports(parser) {
    const { cursor } = parser;
    return cursor.lookAhead(() => {
        cursor.advance();
        if (!cursor.consume('.'))
            return false;
        return cursor.token.kind === 'name' && cursor.token.value === 'exports';
    });
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/static-value.ts
/**
 * Static evaluation of the string expressions that test-runner configs use
 * for alias targets: literals, templates, `+`, `__dirname`, `import.meta`,
 * `path.resolve`/`join`/`dirname`, `new URL(…, import.meta.url)` and
 * `fileURLToPath`. Paths are computed inside a virtual file system whose
 * root folder `VIRTUAL_ROOT` represents the repository root. Anything else,
 * such as an environment variable or a call to an unknown function, is
 * dynamic and evaluates to undefined.
 */



/** Absolute folder that represents the repository root during evaluation. */
const VIRTUAL_ROOT = '/__testmaster_repository_root__';
const PATH_MODULES = new Set(['path', 'node:path', 'path/posix', 'node:path/posix', 'pathe']);
const URL_MODULES = new Set(['url', 'node:url']);
const PATH_FUNCTIONS = new Set(['resolve', 'join', 'dirname', 'normalize']);
/** Guards against constants that refer to each other in a cycle. */
const static_value_MAX_DEPTH = 20;
/**
 * Parses a config file: TypeScript syntax for .ts, .mts and .cts, JavaScript
 * with JSX otherwise. The alias reader and the test-file discovery both read
 * every vitest config, so recent results are kept by path and text, and each
 * config is parsed once per run. Callers only read the returned tree.
 */
function parseConfigSource(path, text) {
    const key = `${path}\0${text}`;
    const known = parsedConfigs.get(key);
    if (known)
        return known;
    const parsed = parseModule(text, syntaxOptionsFor(path));
    if (parsedConfigs.size >= PARSED_CONFIGS_KEPT)
        parsedConfigs.delete(parsedConfigs.keys().next().value);
    parsedConfigs.set(key, parsed);
    return parsed;
}
/** Configs whose trees are kept; a repository with more parses the rest twice. vitest-dev/vitest has 167. */
const PARSED_CONFIGS_KEPT = 1024;
const parsedConfigs = new Map();
function createEvaluationContext(configPath, source) {
    const context = {
        configPath,
        pathModules: new Set(),
        urlModules: new Set(),
        pathFunctions: new Map(),
        urlFunctions: new Map(),
        constants: new Map(),
        imported: new Map(),
    };
    for (const statement of source.statements) {
        if (statement.kind === 'import')
            recordImport(statement, context);
        if (statement.kind === 'variable')
            recordVariables(statement, context);
    }
    return context;
}
/** Evaluates `expression` to a string, or returns undefined when it is dynamic. */
function evaluateString(expression, context, depth = 0) {
    if (depth > static_value_MAX_DEPTH)
        return undefined;
    const inner = (node) => evaluateString(node, context, depth + 1);
    // The syntax tree has no nodes for parentheses, `as`, `satisfies` and `!`, so they need no unwrapping here.
    switch (expression.kind) {
        case 'string':
            return expression.value;
        case 'template':
            return evaluateTemplate(expression, inner);
        case 'binary': {
            if (expression.operator !== '+')
                return undefined;
            const left = inner(expression.left);
            const right = inner(expression.right);
            return left === undefined || right === undefined ? undefined : left + right;
        }
        case 'identifier':
            return evaluateIdentifier(expression.name, context, inner);
        case 'member':
            return evaluatePropertyAccess(expression, inner, context);
        case 'new':
            return evaluateNewUrl(expression, inner);
        case 'call':
            return evaluateCall(expression, context, inner);
        default:
            return undefined;
    }
}
/**
 * Converts an evaluated absolute path inside `VIRTUAL_ROOT` to a repository
 * path. Returns undefined for any other string.
 */
function toRepositoryPath(value) {
    if (value === VIRTUAL_ROOT)
        return '';
    if (!value.startsWith(`${VIRTUAL_ROOT}/`))
        return undefined;
    return joinInRepository('', value.slice(VIRTUAL_ROOT.length + 1));
}
/** Converts a repository path to its absolute path under `VIRTUAL_ROOT`. */
function toVirtualPath(repositoryPath) {
    return repositoryPath === '' ? VIRTUAL_ROOT : `${VIRTUAL_ROOT}/${repositoryPath}`;
}
function evaluateTemplate(template, inner) {
    let text = template.head;
    for (const span of template.spans) {
        const value = inner(span.expression);
        if (value === undefined)
            return undefined;
        text += value + span.literal;
    }
    return text;
}
function evaluateIdentifier(name, context, inner) {
    const constant = context.constants.get(name);
    if (constant)
        return inner(constant);
    if (name === '__dirname')
        return toVirtualPath(folderOf(context.configPath));
    if (name === '__filename')
        return toVirtualPath(context.configPath);
    return undefined;
}
/** `import.meta.url`, `import.meta.dirname`, `import.meta.filename`, and `.pathname` or `.href` of a URL. */
function evaluatePropertyAccess(access, inner, context) {
    const property = access.name;
    if (access.object.kind === 'meta' && access.object.keyword === 'import') {
        if (property === 'url')
            return `file://${toVirtualPath(context.configPath)}`;
        if (property === 'dirname')
            return toVirtualPath(folderOf(context.configPath));
        if (property === 'filename')
            return toVirtualPath(context.configPath);
        return undefined;
    }
    if (property !== 'pathname' && property !== 'href')
        return undefined;
    const url = inner(access.object);
    if (url === undefined || !url.startsWith('file://'))
        return undefined;
    return property === 'href' ? url : decodeURIComponent(new URL(url).pathname);
}
/** `new URL(relative, base)` with a `file:` base, computed with the WHATWG URL parser. */
function evaluateNewUrl(expression, inner) {
    if (expression.callee.kind !== 'identifier' || expression.callee.name !== 'URL')
        return undefined;
    const [relative, base] = expression.arguments.map(inner);
    if (relative === undefined)
        return undefined;
    try {
        return new URL(relative, base).href;
    }
    catch {
        return undefined;
    }
}
function evaluateCall(call, context, inner) {
    const callee = calleeName(call.callee, context);
    if (callee === undefined)
        return undefined;
    if (callee === 'process.cwd') {
        // NOTE: process.cwd() is taken to be the config's folder, which holds only when the runner starts there.
        return call.arguments.length === 0 ? toVirtualPath(folderOf(context.configPath)) : undefined;
    }
    const values = call.arguments.map(inner);
    if (values.some((value) => value === undefined))
        return undefined;
    const args = values;
    if (callee === 'url.fileURLToPath') {
        return args[0]?.startsWith('file://') ? decodeURIComponent(new URL(args[0]).pathname) : undefined;
    }
    return applyPathFunction(callee.slice('path.'.length), args, context);
}
/** Names a supported callee as `path.<function>`, `url.fileURLToPath` or `process.cwd`, or returns undefined. */
function calleeName(callee, context) {
    if (callee.kind === 'identifier') {
        const pathFunction = context.pathFunctions.get(callee.name);
        if (pathFunction !== undefined && PATH_FUNCTIONS.has(pathFunction))
            return `path.${pathFunction}`;
        if (context.urlFunctions.get(callee.name) === 'fileURLToPath')
            return 'url.fileURLToPath';
        return undefined;
    }
    if (callee.kind !== 'member' || callee.object.kind !== 'identifier')
        return undefined;
    const object = callee.object.name;
    const member = callee.name;
    if (context.pathModules.has(object) && PATH_FUNCTIONS.has(member))
        return `path.${member}`;
    if (context.urlModules.has(object) && member === 'fileURLToPath')
        return 'url.fileURLToPath';
    if (object === 'process' && member === 'cwd')
        return 'process.cwd';
    return undefined;
}
/** Applies a path function in the virtual file system; `resolve` starts from the config's folder. */
function applyPathFunction(name, args, context) {
    switch (name) {
        case 'resolve':
            return args.reduce((current, segment) => (segment.startsWith('/') ? external_node_path_.posix.normalize(segment) : external_node_path_.posix.join(current, segment)), toVirtualPath(folderOf(context.configPath)));
        case 'join':
            return args.length === 0 ? undefined : external_node_path_.posix.join(...args);
        case 'dirname':
            return args[0] === undefined ? undefined : external_node_path_.posix.dirname(args[0]);
        case 'normalize':
            return args[0] === undefined ? undefined : external_node_path_.posix.normalize(args[0]);
        default:
            return undefined;
    }
}
function recordImport(statement, context) {
    const module = statement.module;
    const locals = [statement.defaultName, statement.namespaceName, ...statement.named.map((entry) => entry.local)];
    for (const local of locals)
        if (local !== undefined)
            context.imported.set(local, module);
    const isPath = PATH_MODULES.has(module);
    if (!isPath && !URL_MODULES.has(module))
        return;
    const modules = isPath ? context.pathModules : context.urlModules;
    const functions = isPath ? context.pathFunctions : context.urlFunctions;
    if (statement.defaultName !== undefined)
        modules.add(statement.defaultName);
    if (statement.namespaceName !== undefined)
        modules.add(statement.namespaceName);
    for (const { imported, local } of statement.named)
        functions.set(local, imported);
}
/** Records `const x = …`, `const path = require('path')` and `const { resolve } = require('path')`. */
function recordVariables(statement, context) {
    if (statement.keyword !== 'const')
        return;
    for (const { binding, initializer } of statement.declarations) {
        if (!initializer)
            continue;
        const required = requiredModule(initializer);
        const isPath = required !== undefined && PATH_MODULES.has(required);
        const isUrl = required !== undefined && URL_MODULES.has(required);
        if (binding.kind === 'name') {
            if (isPath)
                context.pathModules.add(binding.name);
            else if (isUrl)
                context.urlModules.add(binding.name);
            else
                context.constants.set(binding.name, initializer);
            continue;
        }
        if (binding.kind !== 'object-pattern' || (!isPath && !isUrl))
            continue;
        for (const element of binding.elements) {
            if (element.binding.kind !== 'name')
                continue;
            const imported = element.property ?? element.binding.name;
            (isPath ? context.pathFunctions : context.urlFunctions).set(element.binding.name, imported);
        }
    }
}
/** Returns the module name of `require('…')`, or undefined for any other expression. */
function requiredModule(expression) {
    if (expression.kind !== 'call' || expression.callee.kind !== 'identifier')
        return undefined;
    if (expression.callee.name !== 'require')
        return undefined;
    const [argument] = expression.arguments;
    return argument?.kind === 'string' ? argument.value : undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/jest-mapper.ts




const ROOT_DIR_TOKEN = '<rootDir>';
/** Reads the mapper from a parsed JSON config: jest.config.json or the `jest` field of package.json. */
function readJestJson(configPath, config, keyPrefix, warnings) {
    const mapper = config['moduleNameMapper'];
    if (mapper === undefined)
        return [];
    if (!isJsonObject(mapper)) {
        warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper must be an object of regular expressions to module names. Fix the value; until then it is ignored.`);
        return [];
    }
    const raw = [];
    for (const [key, value] of Object.entries(mapper)) {
        const replacements = typeof value === 'string' ? [value] : value;
        if (Array.isArray(replacements) && replacements.every((entry) => typeof entry === 'string')) {
            raw.push({ key, replacements });
        }
        else {
            warnings.add(`${configPath}: ${keyPrefix}moduleNameMapper["${key}"] must be a string or an array of strings. Fix the value; until then it is ignored.`);
        }
    }
    const rootDir = typeof config['rootDir'] === 'string' ? config['rootDir'] : undefined;
    const configFolder = folderOf(configPath);
    const rootFolder = rootDir === undefined ? configFolder : joinInRepository(configFolder, rootDir) ?? configFolder;
    return compileRules(configPath, rootFolder, raw, warnings);
}
/** Reads the mapper from a jest.config.js, .mjs, .cjs, .ts, .mts or .cts file. */
function readJestSource(configPath, text, warnings) {
    const source = parseConfigSource(configPath, text);
    const context = createEvaluationContext(configPath, source);
    const objects = exportedConfigObjects(source, context);
    if (objects.length === 0) {
        if (text.includes('moduleNameMapper')) {
            warnings.add(`${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so moduleNameMapper is skipped. Export the config as an object literal.`);
        }
        return [];
    }
    const raw = [];
    let rootFolder = folderOf(configPath);
    for (const object of objects) {
        const rootDirValue = propertyValue(object, 'rootDir');
        if (rootDirValue)
            rootFolder = evaluateRootDir(configPath, rootDirValue, context, warnings) ?? rootFolder;
        const mapper = asObjectLiteral(propertyValue(object, 'moduleNameMapper'), context);
        if (mapper)
            raw.push(...readMapperObject(configPath, mapper, context, warnings));
    }
    return compileRules(configPath, rootFolder, raw, warnings);
}
function readMapperObject(configPath, mapper, context, warnings) {
    const raw = [];
    for (const property of mapper.properties) {
        const key = property.kind === 'property' ? property.name : undefined;
        if (property.kind !== 'property' || key === undefined) {
            warnings.add(`${configPath}: moduleNameMapper entry ${property.text} is not a static value, so impact analysis skips it. Write each entry as "regular expression": "module name".`);
            continue;
        }
        const array = asArrayLiteral(property.value, context);
        const values = array
            ? array.elements.map((element) => element && evaluateString(element, context))
            : [evaluateString(property.value, context)];
        if (values.some((value) => value === undefined)) {
            warnings.add(`${configPath}: moduleNameMapper["${key}"] (${property.value.text}) is not a static value, so impact analysis skips it. Write the module name as a string literal with <rootDir>.`);
            continue;
        }
        raw.push({ key, replacements: values });
    }
    return raw;
}
/** Evaluates `rootDir`, relative to the config's folder, to the repository folder that `<rootDir>` expands to. */
function evaluateRootDir(configPath, value, context, warnings) {
    const evaluated = evaluateString(value, context);
    if (evaluated === undefined) {
        warnings.add(`${configPath}: rootDir (${value.text}) is not a static value, so <rootDir> expands to the config's folder. Write rootDir as a string literal.`);
        return undefined;
    }
    return toRepositoryPath(evaluated) ?? joinInRepository(folderOf(configPath), evaluated);
}
function compileRules(configPath, rootDir, raw, warnings) {
    const rules = [];
    for (const { key, replacements } of raw) {
        let pattern;
        try {
            pattern = new RegExp(key);
        }
        catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            warnings.add(`${configPath}: moduleNameMapper key "${key}" is not a valid regular expression (${message}). Fix the key; until then it is ignored.`);
            continue;
        }
        rules.push({
            kind: 'jest',
            pattern,
            replacements: replacements.map((replacement) => replacement.replaceAll(ROOT_DIR_TOKEN, toVirtualPath(rootDir))),
            label: `jest moduleNameMapper "${key}" in ${configPath}`,
        });
    }
    return rules;
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/vite-aliases.ts



const STATIC_FORMS = "a string literal, path.resolve(__dirname, '…') or fileURLToPath(new URL('…', import.meta.url))";
/** Sections that contain aliases: `resolve.alias` for vite and vitest, `test.alias` for vitest only. */
const ALIAS_SECTIONS = ['resolve', 'test'];
function readViteAliases(configPath, text, warnings) {
    const runner = /(?:^|\/)vitest\.config\.[^/]+$/.test(configPath) ? 'vitest' : 'vite';
    const source = parseConfigSource(configPath, text);
    const context = createEvaluationContext(configPath, source);
    const objects = exportedConfigObjects(source, context);
    if (objects.length === 0) {
        if (/\balias\b/.test(text)) {
            warnings.add(`${configPath}: the exported config is not an object literal that impact analysis can read without running the file, so its aliases are skipped. Export the config as an object literal or defineConfig({ … }).`);
        }
        return [];
    }
    const reader = new AliasReader(configPath, runner, context, warnings);
    for (const object of objects) {
        for (const section of ALIAS_SECTIONS) {
            const sectionObject = asObjectLiteral(propertyValue(object, section), context);
            const alias = sectionObject && propertyValue(sectionObject, 'alias');
            if (alias)
                reader.readAliasValue(alias, `${section}.alias`);
        }
    }
    return reader.rules;
}
class AliasReader {
    configPath;
    runner;
    context;
    warnings;
    rules = [];
    constructor(configPath, runner, context, warnings) {
        this.configPath = configPath;
        this.runner = runner;
        this.context = context;
        this.warnings = warnings;
    }
    readAliasValue(value, key) {
        const object = asObjectLiteral(value, this.context);
        if (object)
            return this.readObjectForm(object, key);
        const array = asArrayLiteral(value, this.context);
        if (array)
            return this.readArrayForm(array, key);
        // An imported value is not followed into its module. Such a module may
        // build the aliases at runtime, as vuejs/core's scripts/aliases.js does
        // from the package folders it lists with readdirSync, and reading only its
        // literal part would give a partial list that looks complete.
        const module = value.kind === 'identifier' ? this.context.imported.get(value.name) : undefined;
        if (module !== undefined) {
            this.warnings.add(`${this.configPath}: ${key} is ${value.text}, imported from "${module}", and impact analysis does not follow imports into other modules, so it skips these aliases. Imports through them still resolve where they name workspace packages or tsconfig paths. To have them read, write the aliases in ${this.configPath} as { find: replacement } or [{ find, replacement }] with string literals or path.resolve(__dirname, '…').`);
            return;
        }
        this.warnings.add(`${this.configPath}: ${key} is not an object or array literal, so impact analysis skips it. Write the aliases inline as { find: replacement } or [{ find, replacement }].`);
    }
    readObjectForm(object, key) {
        for (const property of object.properties) {
            if (property.kind !== 'property' || property.name === undefined) {
                this.warnDynamic(`${key} entry ${property.text}`, 'Write each alias as "find": replacement');
                continue;
            }
            this.addRule(property.name, property.value, `${key}["${property.name}"]`);
        }
    }
    readArrayForm(array, key) {
        array.elements.forEach((element, position) => {
            const entryKey = `${key}[${position}]`;
            const entry = element && asObjectLiteral(element, this.context);
            const find = entry && propertyValue(entry, 'find');
            const replacement = entry && propertyValue(entry, 'replacement');
            if (!find || !replacement) {
                this.warnDynamic(entryKey, 'Write each entry as { find: "…", replacement: … }');
                return;
            }
            if (find.kind === 'regex') {
                this.warnings.add(`${this.configPath}: ${entryKey}.find is a regular expression (${find.text}); impact analysis reads only string finds and skips this alias. Use a string find if the alias is a plain prefix.`);
                return;
            }
            const findText = evaluateString(find, this.context);
            if (findText === undefined) {
                this.warnDynamic(`${entryKey}.find`, 'Write find as a string literal');
                return;
            }
            this.addRule(findText, replacement, `${entryKey}.replacement`);
        });
    }
    addRule(find, value, key) {
        const replacement = evaluateString(value, this.context);
        if (replacement === undefined) {
            this.warnDynamic(`${key} (${value.text})`, `Write the replacement as ${STATIC_FORMS}`);
            return;
        }
        // A computed path that climbs above VIRTUAL_ROOT comes out as another absolute path, which
        // would otherwise read as relative to the Vite root. A literal "/src" really is one.
        const leavesRepository = value.kind !== 'string' && replacement.startsWith('/') && toRepositoryPath(replacement) === undefined;
        if (leavesRepository) {
            this.warnings.add(`${this.configPath}: ${key} (${value.text}) points outside the repository, so impact analysis skips this alias. Point it at a folder inside the repository if imports through it should count.`);
            return;
        }
        this.rules.push({
            kind: 'vite',
            find,
            replacement,
            rootFolder: folderOf(this.configPath),
            label: `${this.runner} alias "${find}" in ${this.configPath}`,
        });
    }
    warnDynamic(key, fix) {
        this.warnings.add(`${this.configPath}: ${key} is not a static value, so impact analysis skips this alias. ${fix}.`);
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/aliases/alias-scopes.ts



const SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
const VITEST_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`);
const VITE_CONFIGS = SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`);
const JEST_CONFIGS = [...SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];
class AliasScopes {
    index;
    view;
    reader;
    manifests;
    warnings;
    viteByFolder = new Map();
    jestByFolder = new Map();
    rulesByFolder = new Map();
    /** Reads every vite, vitest and jest config file up front, so that their warnings are complete. */
    constructor(index, view, reader, manifests, warnings) {
        this.index = index;
        this.view = view;
        this.reader = reader;
        this.manifests = manifests;
        this.warnings = warnings;
        for (const name of [...VITEST_CONFIGS, ...VITE_CONFIGS]) {
            for (const path of index.named(name))
                this.viteScope(folderOf(path));
        }
        for (const name of JEST_CONFIGS) {
            for (const path of index.named(name))
                this.jestScope(folderOf(path));
        }
    }
    /** Returns the rules that apply to `importer`, in the order they are tried. Cached per folder. */
    rulesFor(importer) {
        const folder = folderOf(importer);
        let rules = this.rulesByFolder.get(folder);
        if (!rules) {
            rules = [...(this.viteScope(folder)?.rules ?? []), ...(this.jestScope(folder)?.rules ?? [])];
            this.rulesByFolder.set(folder, rules);
        }
        return rules;
    }
    /** Returns the folder of the nearest vite or vitest config, which Vite treats as the root for `/src/x` specifiers. */
    viteRootFor(importer) {
        return this.viteScope(folderOf(importer))?.folder;
    }
    viteScope(folder) {
        if (this.viteByFolder.has(folder))
            return this.viteByFolder.get(folder);
        const configs = [firstTracked(this.index, folder, VITEST_CONFIGS), firstTracked(this.index, folder, VITE_CONFIGS)];
        let scope;
        if (configs.some((path) => path !== undefined)) {
            const rules = configs.flatMap((path) => (path === undefined ? [] : this.readSource(path, readViteAliases)));
            scope = { folder, rules };
        }
        else if (folder !== '') {
            scope = this.viteScope(folderOf(folder));
        }
        this.viteByFolder.set(folder, scope);
        return scope;
    }
    jestScope(folder) {
        if (this.jestByFolder.has(folder))
            return this.jestByFolder.get(folder);
        let scope;
        const configPath = firstTracked(this.index, folder, JEST_CONFIGS);
        const packageJest = configPath === undefined ? this.manifests.inFolder(folder)?.fields['jest'] : undefined;
        if (configPath?.endsWith('.json')) {
            const config = this.reader.readJson(configPath);
            scope = { folder, rules: config ? readJestJson(configPath, config, '', this.warnings) : [] };
        }
        else if (configPath !== undefined) {
            scope = { folder, rules: this.readSource(configPath, readJestSource) };
        }
        else if (packageJest !== undefined) {
            scope = { folder, rules: this.readPackageJest(folder, packageJest) };
        }
        else if (folder !== '') {
            scope = this.jestScope(folderOf(folder));
        }
        this.jestByFolder.set(folder, scope);
        return scope;
    }
    readPackageJest(folder, field) {
        const manifestPath = folder === '' ? 'package.json' : `${folder}/package.json`;
        if (typeof field !== 'object' || field === null || Array.isArray(field)) {
            this.warnings.add(`${manifestPath}: "jest" must be an object of jest options. Fix the field; until then it is ignored.`);
            return [];
        }
        return readJestJson(manifestPath, field, 'jest.', this.warnings);
    }
    readSource(path, read) {
        const text = this.view.readText(path);
        return text === undefined ? [] : read(path, text, this.warnings);
    }
}
function firstTracked(index, folder, names) {
    for (const name of names) {
        const path = folder === '' ? name : `${folder}/${name}`;
        if (index.has(path))
            return path;
    }
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/impact/resolve/file-sets.ts
/**
 * Files that a glob import (`import.meta.glob('./pages/*.tsx')`) or a
 * dynamic import with a static prefix and suffix (`./locales/${lang}.json`)
 * may load. Both walk only the folder below the static part of the pattern.
 */


/**
 * Tracked files that match `glob`, a repository-relative pattern, sorted.
 * Wildcards skip names that start with a dot unless the pattern spells the dot.
 */
function filesMatchingGlob(index, glob) {
    const { base } = picomatch_default().scan(glob);
    const isMatch = picomatch_default()(glob);
    const matches = [];
    for (const file of index.filesUnder(base)) {
        if (isMatch(file))
            matches.push(file);
    }
    return matches.sort();
}
/**
 * Tracked files whose path starts with `prefix` and ends with `suffix`,
 * sorted. The prefix is a repository path that may end inside a file name
 * (`src/locales/messages-`) or with `/`.
 */
function filesWithPrefix(index, prefix, suffix) {
    const folder = prefix.endsWith('/') ? prefix.slice(0, -1) : folderOf(prefix);
    const matches = [];
    for (const file of index.filesUnder(folder)) {
        if (file.startsWith(prefix) && file.endsWith(suffix) && file.length >= prefix.length + suffix.length) {
            matches.push(file);
        }
    }
    return matches.sort();
}

// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/specifier.ts
/** Parsing of bare specifiers (`lodash/fp`, `@scope/name/sub`) and Node builtins. */

/** Splits a bare specifier into package name and subpath; undefined for `@scope` alone or an empty name. */
function parseBareSpecifier(specifier) {
    const segments = specifier.split('/');
    const nameLength = specifier.startsWith('@') ? 2 : 1;
    if (segments.length < nameLength || segments.slice(0, nameLength).some((segment) => segment === '')) {
        return undefined;
    }
    const name = segments.slice(0, nameLength).join('/');
    const rest = segments.slice(nameLength).join('/');
    return { name, subpath: rest === '' ? '.' : `./${rest}` };
}
/**
 * Returns `node:<name>` when `specifier` names a module built into the Node
 * version that runs the resolver, with or without the `node:` prefix.
 */
function builtinModuleName(specifier) {
    if (!(0,external_node_module_.isBuiltin)(specifier))
        return undefined;
    return specifier.startsWith('node:') ? specifier : `node:${specifier}`;
}
/** Returns whether the specifier is relative to the importer: `.`, `..`, `./x` or `../x`. */
function isRelativeSpecifier(specifier) {
    return specifier === '.' || specifier === '..' || specifier.startsWith('./') || specifier.startsWith('../');
}
/** URL scheme of the specifier (`https:`, `data:`, `virtual:`), or undefined. */
function schemeOf(specifier) {
    return /^([a-z][a-z0-9+.-]*):/i.exec(specifier)?.[1]?.toLowerCase();
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolution.ts
function unresolved(reason) {
    return { kind: 'unresolved', reason };
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/tsconfig-file.ts

/** Template that TypeScript 5.5 and later replaces with the folder of the config being compiled. */
const CONFIG_DIR_TEMPLATE = '${configDir}';
/**
 * Resolves a path option written in the config at `declaredFolder`. A value
 * starting with `${configDir}` is relative to `configDir`, the folder of the
 * config being compiled. Returns undefined for a path outside the repository.
 */
function resolveTemplate(value, declaredFolder, configDir) {
    if (value.startsWith(CONFIG_DIR_TEMPLATE)) {
        const rest = value.slice(CONFIG_DIR_TEMPLATE.length).replace(/^\/+/, '');
        return joinInRepository(configDir, rest === '' ? '.' : rest);
    }
    return joinInRepository(declaredFolder, value);
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/path-mapping.ts
/**
 * Matching of a specifier against tsconfig `paths`, as TypeScript does it: a
 * key without `*` must equal the specifier and wins over patterns, and among
 * `*` patterns the one with the longest text before `*` wins.
 */

function matchPaths(paths, specifier) {
    const key = bestKey(Object.keys(paths.patterns), specifier);
    if (key === undefined)
        return undefined;
    const star = key.indexOf('*');
    const captured = star < 0 ? '' : specifier.slice(star, specifier.length - (key.length - star - 1));
    const candidates = [];
    for (const substitution of paths.patterns[key] ?? []) {
        const candidate = substitutePath(paths, substitution.replace('*', captured));
        if (candidate !== undefined)
            candidates.push(candidate);
    }
    return { key, candidates };
}
/** Finds the key that matches `specifier`, or returns undefined. */
function bestKey(keys, specifier) {
    if (keys.includes(specifier) && !specifier.includes('*'))
        return specifier;
    let best;
    let bestPrefix = -1;
    for (const key of keys) {
        const star = key.indexOf('*');
        if (star < 0 || key.indexOf('*', star + 1) >= 0)
            continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        const fits = specifier.length >= prefix.length + suffix.length && specifier.startsWith(prefix) && specifier.endsWith(suffix);
        if (fits && prefix.length > bestPrefix) {
            best = key;
            bestPrefix = prefix.length;
        }
    }
    return best;
}
/** Resolves one substitution against `paths.base`, or against the compiled config's folder for `${configDir}`. */
function substitutePath(paths, substitution) {
    return resolveTemplate(substitution, paths.base, paths.configDir);
}

;// CONCATENATED MODULE: ./src/impact/resolve/dynamic-imports.ts
/**
 * Resolves the specifiers that may name many files: globs such as
 * `import.meta.glob('./pages/*.tsx')`, and the static prefix and suffix of a
 * dynamic import such as `import(\`./locales/${lang}.json\`)`. The prefix or
 * the glob's folder may be relative, relative to the Vite root (`/src/…`), or
 * go through an alias. A prefix may also go through a tsconfig `paths` key
 * of the form `prefix/*`, or name a folder of a package in the repository.
 */







class DynamicImports {
    index;
    aliases;
    tsconfigs;
    locator;
    constructor(index, aliases, tsconfigs, locator) {
        this.index = index;
        this.aliases = aliases;
        this.tsconfigs = tsconfigs;
        this.locator = locator;
    }
    /** Resolves a glob to every tracked file that matches it, as `files`. The list is empty when none matches. */
    resolveGlob(importer, glob) {
        if (glob.startsWith('!')) {
            return unresolved(`glob "${glob}" in ${importer} is an exclusion; it selects files only together with other globs`);
        }
        const location = this.locate(importer, glob, false);
        if (!location) {
            return unresolved(`glob "${glob}" in ${importer} is neither relative, relative to the Vite root, nor aliased`);
        }
        const via = location.rule === undefined ? `glob "${glob}"` : `glob "${glob}" through ${location.rule}`;
        return { kind: 'files', paths: filesMatchingGlob(this.index, location.path), via };
    }
    /**
     * Resolves a prefix to every tracked file whose path starts with it and
     * ends with `suffix`, as `files`. The list is empty when none matches. A prefix that
     * names a whole package outside the repository (`lodash/` + x) is external.
     */
    resolvePrefix(importer, prefix, suffix) {
        const location = this.locate(importer, prefix, true);
        if (!location) {
            const bare = parseBareSpecifier(prefix);
            if (bare && prefix.startsWith(`${bare.name}/`))
                return { kind: 'external', packageName: bare.name };
            return unresolved(`dynamic import prefix "${prefix}" in ${importer} is neither relative, relative to the Vite root, aliased nor mapped by tsconfig paths`);
        }
        const described = `dynamic import prefix "${prefix}" with suffix "${suffix}"`;
        const via = location.rule === undefined ? described : `${described} through ${location.rule}`;
        return { kind: 'files', paths: filesWithPrefix(this.index, location.path, suffix), via };
    }
    locate(importer, specifier, allowPaths) {
        // joinInRepository drops a trailing slash, but for a prefix it separates `locales/` from `localesX.json`.
        const withTrailing = (path) => {
            if (path === undefined || path === '' || !specifier.endsWith('/'))
                return path;
            return `${path}/`;
        };
        if (isRelativeSpecifier(specifier)) {
            const path = withTrailing(joinInRepository(folderOf(importer), specifier));
            return path === undefined ? undefined : { path };
        }
        if (specifier.startsWith('/')) {
            const root = this.aliases.viteRootFor(importer) ?? '';
            const path = withTrailing(joinInRepository(root, specifier.slice(1)));
            return path === undefined ? undefined : { path, rule: `the Vite root ${root === '' ? 'at the repository root' : root}` };
        }
        const aliased = this.locateThroughAlias(importer, specifier, withTrailing);
        if (aliased || !allowPaths)
            return aliased;
        return this.locateThroughPaths(importer, specifier, withTrailing) ?? this.locateInPackage(importer, specifier, withTrailing);
    }
    /**
     * Maps `@acme/ui/icons/` to the folder of a package in the repository.
     * NOTE: this reads the subpath as a folder of the package and ignores
     * `exports`, which may map it elsewhere.
     */
    locateInPackage(importer, specifier, withTrailing) {
        const bare = parseBareSpecifier(specifier);
        if (!bare || !specifier.startsWith(`${bare.name}/`))
            return undefined;
        const located = this.locator.locate(bare.name, folderOf(importer));
        const path = located && withTrailing(joinInRepository(located.folder, specifier.slice(bare.name.length + 1)));
        return path === undefined || !located ? undefined : { path, rule: `${located.via} in ${located.folder}/` };
    }
    locateThroughAlias(importer, specifier, withTrailing) {
        for (const rule of this.aliases.rulesFor(importer)) {
            if (rule.kind !== 'vite')
                continue;
            const [target] = rewriteWithAlias(rule, specifier) ?? [];
            if (target === undefined)
                continue;
            let path = toRepositoryPath(target);
            if (path === undefined && target.startsWith('/'))
                path = joinInRepository(rule.rootFolder, target.slice(1));
            if (path === undefined && isRelativeSpecifier(target))
                path = joinInRepository(folderOf(importer), target);
            const located = withTrailing(path);
            return located === undefined ? undefined : { path: located, rule: rule.label };
        }
        return undefined;
    }
    /** Maps a prefix through a `paths` key that ends in `*`, such as `"@/*": ["./src/*"]`. */
    locateThroughPaths(importer, specifier, withTrailing) {
        const paths = this.tsconfigs.forFile(importer)?.paths;
        if (!paths)
            return undefined;
        let bestKey;
        for (const key of Object.keys(paths.patterns)) {
            if (!key.endsWith('*') || key.indexOf('*') !== key.length - 1)
                continue;
            const keyPrefix = key.slice(0, -1);
            if (specifier.startsWith(keyPrefix) && (bestKey === undefined || keyPrefix.length > bestKey.length - 1))
                bestKey = key;
        }
        const substitution = bestKey === undefined ? undefined : paths.patterns[bestKey]?.[0];
        if (bestKey === undefined || substitution === undefined || !substitution.endsWith('*'))
            return undefined;
        const captured = specifier.slice(bestKey.length - 1);
        const path = withTrailing(substitutePath(paths, substitution.slice(0, -1) + captured));
        return path === undefined ? undefined : { path, rule: `tsconfig paths "${bestKey}" in ${paths.declaredIn}` };
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/file-index.ts

/** Indexes already built, by the file list they index. */
const indexesByList = new WeakMap();
/**
 * Returns the index of `files`, built on the first request for that list.
 * The resolver and the test discovery of one run index the same list, and
 * an index never changes after its constructor, so they share it.
 */
function indexOfFiles(files) {
    let index = indexesByList.get(files);
    if (!index) {
        index = new FileIndex(files);
        indexesByList.set(files, index);
    }
    return index;
}
/**
 * Index of the tracked files, built once per file list so that each lookup
 * is a set or map access. Nothing here scans the whole file list after the
 * constructor.
 */
class FileIndex {
    fileSet;
    folders = new Map();
    byName = new Map();
    /** @param files repository-relative POSIX paths, as `git ls-files` lists them */
    constructor(files) {
        this.fileSet = new Set(files);
        this.folders.set('', { files: [], folders: [] });
        for (const file of this.fileSet)
            this.add(file);
    }
    has(path) {
        return this.fileSet.has(path);
    }
    /** Returns whether `folder` contains a tracked file at some depth. The root always counts as present. */
    hasFolder(folder) {
        return this.folders.has(folder);
    }
    /** Tracked files at any depth below `folder`, in no particular order. */
    *filesUnder(folder) {
        const pending = [folder];
        for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
            const entry = this.folders.get(next);
            if (!entry)
                continue;
            yield* entry.files;
            pending.push(...entry.folders);
        }
    }
    /** Tracked files whose last segment is `name`, in the order of the input list. */
    named(name) {
        return this.byName.get(name) ?? [];
    }
    add(file) {
        const name = baseName(file);
        const sameName = this.byName.get(name);
        if (sameName)
            sameName.push(file);
        else
            this.byName.set(name, [file]);
        this.entryFor(folderOf(file)).files.push(file);
    }
    /** Returns the folder's entry, creating it and linking it into each ancestor that is new. */
    entryFor(folder) {
        const existing = this.folders.get(folder);
        if (existing)
            return existing;
        const entry = { files: [], folders: [] };
        this.folders.set(folder, entry);
        this.entryFor(folderOf(folder)).folders.push(folder);
        return entry;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/module-file.ts
const TYPESCRIPT_IMPORTERS = /\.(?:[cm]?tsx?|vue|svelte|astro)$/;
/** Extensions probed for a path without one, TypeScript sources first. */
const TYPESCRIPT_ORDER = [
    '.ts', '.tsx', '.d.ts', '.js', '.jsx', '.mts', '.cts', '.d.mts', '.d.cts', '.mjs', '.cjs', '.json',
];
/** Extensions probed for a path without one from a JavaScript importer, JavaScript first. */
const JAVASCRIPT_ORDER = [
    '.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts', '.d.ts', '.d.mts', '.d.cts', '.json',
];
/**
 * TypeScript sources that a specifier with a JavaScript extension may name.
 * TypeScript resolves `./a.js` to `a.ts`, because the specifier names the
 * file that the compiler will emit.
 */
const SOURCE_FOR_OUTPUT = new Map([
    ['.js', ['.ts', '.tsx']],
    ['.jsx', ['.tsx']],
    ['.mjs', ['.mts']],
    ['.cjs', ['.cts']],
]);
/** Declaration files that a JavaScript extension may name when neither source nor output is tracked. */
const DECLARATION_FOR_OUTPUT = new Map([
    ['.js', ['.d.ts']],
    ['.jsx', ['.d.ts']],
    ['.mjs', ['.d.mts']],
    ['.cjs', ['.d.cts']],
]);
const JAVASCRIPT_EXTENSION = /\.(?:jsx?|mjs|cjs)$/;
function flavorOf(importer) {
    return TYPESCRIPT_IMPORTERS.test(importer) ? 'typescript' : 'javascript';
}
/**
 * Finds the tracked file that `path` names, without looking into folders.
 * The exact path wins, except that a TypeScript importer prefers `a.ts` or
 * `a.tsx` over a tracked `a.js`. Then come declaration files for a
 * JavaScript extension, then each probed extension appended to the whole
 * path, so that `./button.stories` finds `button.stories.tsx`.
 *
 * NOTE: TypeScript itself picks `a.d.ts` over a tracked `a.js`. This picks
 * `a.js`, because the JavaScript file is what runs and what a change edits.
 */
function findFileWithExtensions(index, path, flavor) {
    const javascriptExtension = JAVASCRIPT_EXTENSION.exec(path)?.[0];
    const stem = javascriptExtension === undefined ? path : path.slice(0, -javascriptExtension.length);
    const preferSource = flavor === 'typescript' && javascriptExtension !== undefined;
    if (!preferSource && index.has(path))
        return path;
    const sources = javascriptExtension === undefined ? [] : SOURCE_FOR_OUTPUT.get(javascriptExtension) ?? [];
    const source = module_file_firstTracked(index, stem, sources);
    if (source !== undefined)
        return source;
    if (index.has(path))
        return path;
    const declarations = javascriptExtension === undefined ? [] : DECLARATION_FOR_OUTPUT.get(javascriptExtension) ?? [];
    return (module_file_firstTracked(index, stem, declarations) ??
        module_file_firstTracked(index, path, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER));
}
/** Finds the `index` file of `folder` under the same extension order. */
function findFolderIndex(index, folder, flavor) {
    if (!index.hasFolder(folder))
        return undefined;
    const stem = folder === '' ? 'index' : `${folder}/index`;
    return module_file_firstTracked(index, stem, flavor === 'typescript' ? TYPESCRIPT_ORDER : JAVASCRIPT_ORDER);
}
function module_file_firstTracked(index, stem, extensions) {
    for (const extension of extensions) {
        if (index.has(stem + extension))
            return stem + extension;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/built-output.ts

/** Config files in a package folder that commonly hold the build's `outDir`, most specific first. */
const BUILD_CONFIG_NAMES = ['tsconfig.build.json', 'tsconfig.lib.json', 'tsconfig.json'];
/**
 * Source extensions to try per output extension, in order. Bundlers such as
 * tsup emit `.mjs` and `.cjs` from `.ts`, so those list `.ts` as well.
 */
const SOURCE_EXTENSIONS = [
    [/\.d\.ts$|\.jsx?$/, ['.ts', '.tsx', '.js', '.jsx']],
    [/\.d\.mts$|\.mjs$/, ['.mts', '.ts', '.tsx', '.mjs', '.js']],
    [/\.d\.cts$|\.cjs$/, ['.cts', '.ts', '.tsx', '.cjs', '.js']],
];
class BuiltOutputMapper {
    index;
    loader;
    constructor(index, loader) {
        this.index = index;
        this.loader = loader;
    }
    /** Finds the tracked source of `output`, a path inside `packageFolder` that is not tracked. */
    map(output, packageFolder) {
        if (!isInside(output, packageFolder))
            return undefined;
        return this.mapThroughOutDir(output, packageFolder) ?? this.mapToSameName(output, packageFolder);
    }
    mapThroughOutDir(output, packageFolder) {
        for (const config of this.buildConfigs(packageFolder)) {
            const outDir = config.outDir;
            if (!outDir || !isInside(output, outDir.path) || output === outDir.path)
                continue;
            const relative = relativeInside(output, outDir.path);
            const roots = config.rootDir ? [config.rootDir.path] : [`${packageFolder}/src`, packageFolder];
            for (const root of roots) {
                const stem = joinInRepository(root, relative);
                const source = stem === undefined ? undefined : this.sourceFor(stem);
                if (source !== undefined) {
                    return {
                        path: source,
                        note: `built output ${output} is not tracked; mapped to ${source} through outDir "${outDir.written}" in ${outDir.declaredIn}`,
                    };
                }
            }
        }
        return undefined;
    }
    /** Tries `src/` plus the output path with its first one, two, … segments dropped: `dist/esm/a.js` gives `src/esm/a`, `src/a`. */
    mapToSameName(output, packageFolder) {
        const segments = relativeInside(output, packageFolder).split('/');
        const sourceFolder = packageFolder === '' ? 'src' : `${packageFolder}/src`;
        for (let dropped = 1; dropped < segments.length; dropped++) {
            const stem = joinInRepository(sourceFolder, segments.slice(dropped).join('/'));
            const source = stem === undefined ? undefined : this.sourceFor(stem);
            if (source !== undefined) {
                return { path: source, note: `built output ${output} is not tracked; mapped to the same-name file ${source}` };
            }
        }
        return undefined;
    }
    /** Finds the tracked source of an output path: the same stem with a source extension, or the same name for assets. */
    sourceFor(outputPath) {
        for (const [pattern, extensions] of SOURCE_EXTENSIONS) {
            const match = pattern.exec(outputPath);
            if (!match)
                continue;
            const stem = outputPath.slice(0, match.index);
            return extensions.map((extension) => stem + extension).find((path) => this.index.has(path));
        }
        return this.index.has(outputPath) ? outputPath : undefined;
    }
    /** Lists the package's build configs and the projects they reference, without duplicates. */
    buildConfigs(packageFolder) {
        const configs = [];
        const seen = new Set();
        const add = (path) => {
            if (seen.has(path))
                return;
            seen.add(path);
            const config = this.loader.load(path);
            if (!config)
                return;
            configs.push(config);
            config.references.forEach(add);
        };
        for (const name of BUILD_CONFIG_NAMES)
            add(packageFolder === '' ? name : `${packageFolder}/${name}`);
        return configs;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/conditions.ts
/** Condition names active when the resolver evaluates package.json `exports` and `imports`. */
/**
 * Active conditions per mode; `default` always matches. `development` is on
 * for `import` and `require` because test runners and dev servers load the
 * development build. `types` follows TypeScript, which matches `types`,
 * `import` and `node` for an ESM import.
 */
const ACTIVE_CONDITIONS = {
    import: ['import', 'node', 'development'],
    require: ['require', 'node', 'development'],
    types: ['types', 'import', 'node'],
};
/** package.json entry fields tried in order when a package has no `exports`. */
const ENTRY_FIELDS = {
    import: ['module', 'main', 'types', 'typings'],
    require: ['main', 'types', 'typings'],
    types: ['types', 'typings', 'module', 'main'],
};

;// CONCATENATED MODULE: ./src/impact/resolve/packages/exports-map.ts
/**
 * Lookup in package.json `exports` and `imports` maps, following the
 * resolution algorithm in Node's ESM documentation. Exact keys win over `*`
 * patterns, and the pattern with the longest prefix wins among patterns.
 * Conditions match in the object's key order, arrays list fallbacks, and
 * `null` excludes a subpath. The lookup only computes target strings, and
 * the caller maps them to tracked files.
 */

/** Looks up `subpath` (`.` or `./x`) in an `exports` field. */
function lookupExports(exportsField, subpath, conditions) {
    const map = normalizeExports(exportsField);
    if (typeof map === 'string')
        return { kind: 'invalid', reason: map };
    return lookupInMap(map, subpath, conditions, false);
}
/** Looks up a `#name` specifier in an `imports` field. */
function lookupImports(importsField, specifier, conditions) {
    if (!isJsonObject(importsField))
        return { kind: 'invalid', reason: '"imports" is not an object' };
    return lookupInMap(importsField, specifier, conditions, true);
}
/**
 * Turns the sugar forms of `exports` into a subpath map. A string, an array,
 * or an object of conditions is shorthand for the `.` entry. Returns a message
 * when the object mixes subpath keys and condition keys, which Node rejects.
 */
function normalizeExports(exportsField) {
    if (typeof exportsField === 'string' || Array.isArray(exportsField) || exportsField === null) {
        return { '.': exportsField };
    }
    if (!isJsonObject(exportsField))
        return '"exports" is neither a string, an array nor an object';
    const keys = Object.keys(exportsField);
    const subpathKeys = keys.filter((key) => key.startsWith('.'));
    if (subpathKeys.length === 0)
        return { '.': exportsField };
    if (subpathKeys.length !== keys.length) {
        return '"exports" mixes subpath keys (starting with ".") and condition keys in one object';
    }
    return exportsField;
}
function lookupInMap(map, request, conditions, allowPackages) {
    const match = matchKey(map, request);
    if (!match)
        return { kind: 'no-match' };
    const collected = [];
    const problem = collectTargets(map[match.key], match.capture, conditions, allowPackages, collected);
    if (problem !== undefined)
        return { kind: 'invalid', reason: `"${match.key}": ${problem}` };
    if (collected.length === 0)
        return { kind: 'excluded', key: match.key };
    return { kind: 'targets', key: match.key, targets: collected };
}
/**
 * Finds the key for `request`: an exact key without `*` first, else the
 * pattern key whose text before `*` is longest, and on a tie the longer key.
 */
function matchKey(map, request) {
    if (Object.hasOwn(map, request) && !request.includes('*'))
        return { key: request };
    let best;
    for (const key of Object.keys(map)) {
        const star = key.indexOf('*');
        if (star < 0 || key.indexOf('*', star + 1) >= 0)
            continue;
        const prefix = key.slice(0, star);
        const suffix = key.slice(star + 1);
        if (!request.startsWith(prefix) || request === prefix)
            continue;
        if (!request.endsWith(suffix) || request.length < key.length)
            continue;
        const better = !best || prefix.length > best.prefixLength || (prefix.length === best.prefixLength && key.length > best.key.length);
        if (better) {
            best = { key, capture: request.slice(prefix.length, request.length - suffix.length), prefixLength: prefix.length };
        }
    }
    return best && { key: best.key, capture: best.capture };
}
/**
 * Appends the targets of one map value to `collected`. An object matches
 * the first key in its own order that is `default` or an active condition,
 * and falls through to the next key when that branch yields nothing.
 * Returns a message for a target that Node would reject.
 */
function collectTargets(value, capture, conditions, allowPackages, collected) {
    if (value === null)
        return undefined;
    if (typeof value === 'string')
        return collectString(value, capture, allowPackages, collected);
    if (Array.isArray(value)) {
        let lastProblem;
        for (const entry of value) {
            lastProblem = collectTargets(entry, capture, conditions, allowPackages, collected) ?? lastProblem;
        }
        return collected.length === 0 ? lastProblem : undefined;
    }
    if (isJsonObject(value)) {
        for (const [condition, branch] of Object.entries(value)) {
            if (condition !== 'default' && !conditions.includes(condition))
                continue;
            const before = collected.length;
            const problem = collectTargets(branch, capture, conditions, allowPackages, collected);
            if (problem !== undefined)
                return problem;
            if (collected.length > before)
                return undefined;
        }
        return undefined;
    }
    return `target ${JSON.stringify(value)} is not a string, an array, an object or null`;
}
function collectString(target, capture, allowPackages, collected) {
    const substituted = capture === undefined ? target : target.replaceAll('*', capture);
    if (target.startsWith('./')) {
        collected.push({ kind: 'path', path: substituted });
        return undefined;
    }
    const isPackage = !target.startsWith('../') && !target.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(target);
    if (allowPackages && isPackage) {
        collected.push({ kind: 'package', specifier: substituted });
        return undefined;
    }
    return `target "${target}" must start with "./"`;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/manifest.ts

class ManifestStore {
    index;
    reader;
    nearestByFolder = new Map();
    constructor(index, reader) {
        this.index = index;
        this.reader = reader;
    }
    /** Returns the package.json in `folder`, or undefined when it is untracked or invalid. */
    inFolder(folder) {
        const path = folder === '' ? 'package.json' : `${folder}/package.json`;
        if (!this.index.has(path))
            return undefined;
        const fields = this.reader.readJson(path);
        return fields && { path, folder, fields };
    }
    /**
     * Returns the nearest valid package.json at or above `folder`, which is the
     * package scope that Node uses for `#imports`. Cached per folder.
     */
    nearest(folder) {
        if (this.nearestByFolder.has(folder))
            return this.nearestByFolder.get(folder);
        const own = this.inFolder(folder);
        const found = own ?? (folder === '' ? undefined : this.nearest(folderOf(folder)));
        this.nearestByFolder.set(folder, found);
        return found;
    }
}
/** Returns a string field of the manifest, or undefined when it is missing or not a string. */
function stringField(manifest, field) {
    const value = manifest.fields[field];
    return typeof value === 'string' ? value : undefined;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/package-entry.ts






class PackageEntries {
    index;
    manifests;
    builtOutput;
    warnings;
    constructor(index, manifests, builtOutput, warnings) {
        this.index = index;
        this.manifests = manifests;
        this.builtOutput = builtOutput;
        this.warnings = warnings;
    }
    /** Resolves `subpath` (`.` or `./x`) of a located package. */
    resolve(located, subpath, mode) {
        const manifest = this.manifests.inFolder(located.folder);
        if (manifest && manifest.fields['exports'] !== undefined) {
            return this.resolveThroughExports(located, manifest, subpath, mode);
        }
        if (subpath === '.')
            return this.resolveEntryFields(located, manifest, mode);
        const target = joinInRepository(located.folder, subpath);
        const file = target === undefined ? undefined : this.fileForTarget(target, located.folder);
        if (file)
            return { kind: 'file', path: file.path, via: withNote(`${located.via} file "${subpath}"`, file) };
        return unresolved(`${located.via} has no tracked file for "${subpath}" in ${located.folder}/`);
    }
    /**
     * Finds the tracked file for a target path inside `packageFolder`: the
     * path itself or its TypeScript source, then a folder's index file, then
     * the source of untracked build output.
     */
    fileForTarget(target, packageFolder) {
        const direct = findFileWithExtensions(this.index, target, 'typescript') ?? findFolderIndex(this.index, target, 'typescript');
        if (direct !== undefined)
            return { path: direct };
        return this.builtOutput.map(target, packageFolder);
    }
    resolveThroughExports(located, manifest, subpath, mode) {
        const lookup = lookupExports(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS[mode]);
        switch (lookup.kind) {
            case 'no-match':
                return unresolved(`${located.via} does not export "${subpath}" (see "exports" in ${manifest.path})`);
            case 'excluded':
                return unresolved(`${located.via} excludes "${subpath}" under the ${mode} conditions (key "${lookup.key}" in ${manifest.path})`);
            case 'invalid':
                this.warnings.add(`${manifest.path}: invalid "exports": ${lookup.reason}. Fix the field as Node's documentation on package exports describes.`);
                return unresolved(`${manifest.path} has an invalid "exports" field: ${lookup.reason}`);
            case 'targets':
                break;
        }
        const tried = [];
        for (const target of lookup.targets) {
            if (target.kind !== 'path')
                continue;
            tried.push(target.path);
            const path = joinInRepository(located.folder, target.path);
            if (path === undefined || !isInside(path, located.folder))
                continue;
            const file = this.fileForTarget(path, located.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(`${located.via} exports "${lookup.key}"`, file) };
        }
        return unresolved(`${located.via} exports "${lookup.key}" as ${tried.join(', ')}, but no tracked file or source under src/ matches`);
    }
    resolveEntryFields(located, manifest, mode) {
        for (const field of ENTRY_FIELDS[mode]) {
            const value = manifest && stringField(manifest, field);
            const path = value === undefined ? undefined : joinInRepository(located.folder, value);
            if (path === undefined || !isInside(path, located.folder))
                continue;
            const file = this.fileForTarget(path, located.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(`${located.via} ${field} "${value}"`, file) };
        }
        const indexFile = findFolderIndex(this.index, located.folder, 'typescript');
        if (indexFile !== undefined)
            return { kind: 'file', path: indexFile, via: `${located.via} index file` };
        return unresolved(`${located.via} in ${located.folder}/ has no "exports", no entry field that matches a tracked file, and no index file`);
    }
}
/** Appends the build-output mapping note to a `via` text. */
function withNote(via, file) {
    return file.note === undefined ? via : `${via} (${file.note})`;
}

;// CONCATENATED MODULE: ./src/impact/resolve/packages/package-locator.ts

class PackageLocator {
    index;
    view;
    manifests;
    byName;
    realPaths = new Map();
    /** Whether each `node_modules` folder exists, tracked or on disk. */
    moduleFolders = new Map();
    constructor(index, view, workspaces, manifests) {
        this.index = index;
        this.view = view;
        this.manifests = manifests;
        this.byName = new Map(workspaces.map((workspace) => [workspace.name, workspace]));
    }
    /**
     * Locates package `name` for an importer in `fromFolder`. A workspace
     * package wins. Otherwise each `node_modules/<name>` from the importer's
     * folder up to the root is tried, as Node walks them, and the first that
     * is tracked or links to a tracked folder wins.
     */
    locate(name, fromFolder) {
        const workspace = this.byName.get(name);
        if (workspace)
            return { name, folder: workspace.folder, via: `workspace package ${name}` };
        const self = this.selfReference(name, fromFolder);
        if (self)
            return self;
        for (const folder of selfAndAncestors(fromFolder)) {
            if (!this.hasModuleFolder(folder))
                continue;
            const link = joinInRepository(folder, `node_modules/${name}`);
            if (link === undefined)
                continue;
            if (this.index.hasFolder(link))
                return { name, folder: link, via: `package ${name} tracked in ${link}` };
            const target = this.realPathOf(link);
            if (target !== undefined && target !== link && this.index.hasFolder(target)) {
                return { name, folder: target, via: `package ${name} through the symlink ${link} -> ${target}` };
            }
        }
        return undefined;
    }
    /**
     * Returns the package that contains `fromFolder` when `name` is its own
     * name and it has `exports`: Node lets a package import itself that way,
     * as in `import 'hono/jsx'` inside hono, before it looks in node_modules.
     */
    selfReference(name, fromFolder) {
        const scope = this.manifests?.nearest(fromFolder);
        if (scope === undefined || scope.fields['name'] !== name || scope.fields['exports'] === undefined)
            return undefined;
        return { name, folder: scope.folder, via: `package ${name} itself, through the "exports" of ${scope.path}` };
    }
    /**
     * Returns whether `folder/node_modules` exists, once per folder. Most
     * folders have none, and asking for the real path of every package name
     * in each of them cost more than resolving all the relative imports.
     */
    hasModuleFolder(folder) {
        const modules = folder === '' ? 'node_modules' : `${folder}/node_modules`;
        let present = this.moduleFolders.get(modules);
        if (present === undefined) {
            present = this.index.hasFolder(modules) || (this.view.hasFolderOnDisk?.(modules) ?? this.view.realPath !== undefined);
            this.moduleFolders.set(modules, present);
        }
        return present;
    }
    /** Calls `realPath` once per link, because on disk each call is a system call. */
    realPathOf(link) {
        if (this.realPaths.has(link))
            return this.realPaths.get(link);
        const target = this.view.realPath?.(link);
        this.realPaths.set(link, target);
        return target;
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/impact/resolve/packages/workspaces.ts
/**
 * Workspace packages declared by npm or yarn `workspaces` in the root
 * package.json and by `packages` in pnpm-workspace.yaml.
 */




const PNPM_WORKSPACE = 'pnpm-workspace.yaml';
/**
 * Lists the workspace packages, sorted by folder. A package is a folder
 * with a tracked package.json whose folder matches a workspace glob and no
 * `!` exclusion. A package without a `name` cannot be imported by name, so
 * it is left out. When two packages share a name, the first folder wins and
 * a warning names both.
 */
function discoverWorkspaces(index, manifests, view, warnings) {
    const globs = [...npmWorkspaceGlobs(manifests, warnings), ...pnpmWorkspaceGlobs(index, view, warnings)];
    if (globs.length === 0)
        return [];
    const includes = globs.filter((glob) => !glob.startsWith('!')).map(normalizeGlob);
    const excludes = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalizeGlob(glob.slice(1)));
    if (includes.length === 0)
        return [];
    const isIncluded = picomatch_default()(includes);
    const isExcluded = excludes.length > 0 ? picomatch_default()(excludes) : () => false;
    const folders = index
        .named('package.json')
        .map(folderOf)
        .filter((folder) => !folder.split('/').includes('node_modules'))
        .filter((folder) => isIncluded(folder === '' ? '.' : folder) && !isExcluded(folder))
        .sort();
    return namedPackages(folders, manifests, warnings);
}
function namedPackages(folders, manifests, warnings) {
    const packages = [];
    const byName = new Map();
    for (const folder of folders) {
        const manifest = manifests.inFolder(folder);
        const name = manifest && stringField(manifest, 'name');
        if (!manifest || name === undefined)
            continue;
        const earlier = byName.get(name);
        if (earlier) {
            warnings.add(`${manifest.path}: package name "${name}" is also used by ${earlier.manifest}. Rename one of them; impact analysis resolves "${name}" to ${earlier.folder}/.`);
            continue;
        }
        const entry = { name, folder, manifest: manifest.path };
        byName.set(name, entry);
        packages.push(entry);
    }
    return packages;
}
/** Globs from `workspaces` in the root package.json: an array, or `{ "packages": [...] }` as yarn allows. */
function npmWorkspaceGlobs(manifests, warnings) {
    const root = manifests.inFolder('');
    const field = root?.fields['workspaces'];
    if (!root || field === undefined)
        return [];
    const list = Array.isArray(field) ? field : field?.packages;
    if (Array.isArray(list) && list.every((entry) => typeof entry === 'string'))
        return list;
    warnings.add(`${root.path}: "workspaces" must be an array of globs or an object with a "packages" array of globs. Fix the field; until then impact analysis ignores it.`);
    return [];
}
function pnpmWorkspaceGlobs(index, view, warnings) {
    const text = index.has(PNPM_WORKSPACE) ? view.readText(PNPM_WORKSPACE) : undefined;
    if (text === undefined)
        return [];
    let document;
    try {
        document = (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        warnings.add(`${PNPM_WORKSPACE}: invalid YAML: ${message}. Fix the syntax; until then impact analysis ignores it.`);
        return [];
    }
    const list = document?.packages;
    if (list === undefined)
        return [];
    if (Array.isArray(list) && list.every((entry) => typeof entry === 'string'))
        return list;
    warnings.add(`${PNPM_WORKSPACE}: "packages" must be a list of globs. Fix the key; until then impact analysis ignores it.`);
    return [];
}
/** Strips the `./` prefix and trailing `/` that workspace globs may carry. */
function normalizeGlob(glob) {
    let normalized = glob.trim();
    while (normalized.startsWith('./'))
        normalized = normalized.slice(2);
    while (normalized.endsWith('/'))
        normalized = normalized.slice(0, -1);
    return normalized === '' ? '.' : normalized;
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolution-memo.ts
class ResolutionMemo {
    entries = new Map();
    /**
     * Returns the remembered resolution of `key` for `importer`, or computes
     * and remembers it. `key` must hold everything except the tsconfig that the
     * resolution reads of the importer: its folder, flavor, specifier and conditions.
     */
    resolve(key, importer, tsconfigOf, compute) {
        const entry = this.entries.get(key);
        if (entry?.shared)
            return entry.shared;
        const known = entry?.byTsconfig && entry.byTsconfig.get(tsconfigOf(importer));
        if (known)
            return known;
        const { resolution, readTsconfig } = compute();
        // A reason that names the importer does not fit the other files of the folder.
        if (resolution.kind === 'unresolved' && resolution.reason.includes(importer))
            return resolution;
        if (!readTsconfig) {
            this.entries.set(key, { shared: resolution });
        }
        else {
            const byTsconfig = entry?.byTsconfig ?? new Map();
            byTsconfig.set(tsconfigOf(importer), resolution);
            this.entries.set(key, { byTsconfig });
        }
        return resolution;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/file-membership.ts
/**
 * Whether a tsconfig compiles a file, from its `files`, `include` and
 * `exclude`, so that a file picks the project among `references` that owns
 * it. Follows TypeScript's defaults: without `files` and `include` the
 * config includes every file below its folder, and without `exclude` it
 * excludes node_modules, bower_components, jspm_packages and `outDir`.
 */


const DEFAULT_EXCLUDES = ['node_modules', 'bower_components', 'jspm_packages'];
function createMembershipTest(config) {
    const { files, include, exclude } = config.selection;
    const listed = new Set(files ?? []);
    let includes = include ?? [];
    if (include === undefined && files === undefined)
        includes = [config.folder === '' ? '**/*' : `${config.folder}/**/*`];
    const excludes = exclude ?? defaultExcludes(config);
    const isIncluded = globTest(includes.map(toGlob));
    // Built on the first included file, because many configs of a repository include none of the files asked about.
    let isExcluded;
    return (path) => listed.has(path) || (isIncluded(path) && !(isExcluded ??= globTest(excludes.map(toGlob)))(path));
}
/**
 * Returns a test whether a path matches any of `globs`, with the result of
 * `picomatch(globs)` under its default options: a non-empty path that equals
 * a glob or matches its regular expression. The expressions of globstar
 * patterns backtrack, so a glob with a static folder (`pkg/src/**`) is
 * compiled and run only for paths in that folder, which are the only ones
 * it can match.
 */
function globTest(globs) {
    if (globs.length === 0)
        return () => false;
    const patterns = globs.map((glob) => new GlobPattern(glob));
    return (path) => path !== '' && patterns.some((pattern) => pattern.matches(path));
}
class GlobPattern {
    glob;
    folder;
    regex;
    constructor(glob) {
        this.glob = glob;
        this.folder = staticFolder(glob);
    }
    matches(path) {
        if (path === this.glob)
            return true;
        if (this.folder !== undefined && path !== this.folder && !path.startsWith(`${this.folder}/`))
            return false;
        this.regex ??= picomatch_default().makeRe(this.glob);
        return this.regex.test(path);
    }
}
/**
 * Returns the leading segments of `glob` without wildcards, which every
 * matching path starts with, from `picomatch.scan`. Returns undefined when
 * there are none, or when the glob is negated or has escapes, because then
 * the folder text differs from the paths the glob matches.
 */
function staticFolder(glob) {
    const { base, negated, prefix } = picomatch_default().scan(glob);
    if (negated || (prefix !== '' && prefix !== './') || base === '' || base.includes('\\'))
        return undefined;
    return base;
}
function defaultExcludes(config) {
    const prefix = config.folder === '' ? '' : `${config.folder}/`;
    const excludes = DEFAULT_EXCLUDES.map((name) => prefix + name);
    if (config.outDir)
        excludes.push(config.outDir.path);
    return excludes;
}
/**
 * Turns an `include` or `exclude` entry into a glob. As in TypeScript, an
 * entry whose last segment has neither a wildcard nor a `.` names a folder
 * and covers every file below it. picomatch runs with `dot: false`, so
 * wildcards skip names that start with a dot unless the entry spells them.
 */
function toGlob(pattern) {
    if (pattern === '')
        return '**/*';
    const last = baseName(pattern);
    if (/[*?]/.test(last) || last.includes('.'))
        return pattern;
    return `${pattern}/**/*`;
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/config-scope.ts


const CONFIG_NAMES = ['tsconfig.json', 'jsconfig.json'];
class TsconfigScopes {
    index;
    loader;
    nearestByFolder = new Map();
    byFile = new Map();
    memberships = new Map();
    constructor(index, loader) {
        this.index = index;
        this.loader = loader;
    }
    /** Returns the config whose options apply to `file`, or undefined when no config is above it. Cached per file. */
    forFile(file) {
        if (this.byFile.has(file))
            return this.byFile.get(file);
        const nearestPath = this.nearestConfigPath(folderOf(file));
        const nearest = nearestPath === undefined ? undefined : this.loader.load(nearestPath);
        const chosen = nearest && (this.owningProject(nearest, file, new Set()) ?? nearest);
        this.byFile.set(file, chosen);
        return chosen;
    }
    /** Path of the nearest tsconfig.json or jsconfig.json at or above `folder`. Cached per folder. */
    nearestConfigPath(folder) {
        if (this.nearestByFolder.has(folder))
            return this.nearestByFolder.get(folder);
        let found;
        for (const name of CONFIG_NAMES) {
            const candidate = folder === '' ? name : `${folder}/${name}`;
            if (this.index.has(candidate)) {
                found = candidate;
                break;
            }
        }
        if (found === undefined && folder !== '')
            found = this.nearestConfigPath(folderOf(folder));
        this.nearestByFolder.set(folder, found);
        return found;
    }
    /** Searches `config` and then its references depth-first for the project that compiles `file`. */
    owningProject(config, file, visited) {
        if (visited.has(config.path))
            return undefined;
        visited.add(config.path);
        if (this.membership(config)(file))
            return config;
        for (const reference of config.references) {
            const referenced = this.loader.load(reference);
            const owner = referenced && this.owningProject(referenced, file, visited);
            if (owner)
                return owner;
        }
        return undefined;
    }
    membership(config) {
        let test = this.memberships.get(config.path);
        if (!test) {
            test = createMembershipTest(config);
            this.memberships.set(config.path, test);
        }
        return test;
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/extends-target.ts





function resolveExtendsTarget(configPath, target, context) {
    if (target.startsWith('./') || target.startsWith('../') || target.startsWith('/')) {
        return resolveRelativeTarget(configPath, target, context.index);
    }
    return resolvePackageTarget(configPath, target, context);
}
/** Resolves a relative target, which may omit `.json` because TypeScript appends it when the path as written is absent. */
function resolveRelativeTarget(configPath, target, index) {
    const path = joinInRepository(folderOf(configPath), target);
    if (path === undefined) {
        return {
            kind: 'missing',
            message: `${configPath}: extends "${target}" points outside the repository. Impact analysis reads only tracked files, so the options of that file are not applied.`,
        };
    }
    if (index.has(path))
        return { kind: 'file', path };
    if (!path.endsWith('.json') && index.has(`${path}.json`))
        return { kind: 'file', path: `${path}.json` };
    return {
        kind: 'missing',
        message: `${configPath}: extends "${target}" was not found at ${path}. Fix the path or add the file to git; until then its options are not applied.`,
    };
}
function resolvePackageTarget(configPath, target, context) {
    const bare = parseBareSpecifier(target);
    const located = bare && context.packages.locate(bare.name, folderOf(configPath));
    if (!bare || !located) {
        return {
            kind: 'missing',
            message: `${configPath}: extends "${target}" names a package in node_modules, which is not tracked, so impact analysis cannot read it. Paths and baseUrl set there are not applied; set them in a tracked config if imports depend on them.`,
        };
    }
    for (const candidate of packageCandidates(located.folder, bare.subpath, context.manifests)) {
        if (context.index.has(candidate))
            return { kind: 'file', path: candidate };
    }
    return {
        kind: 'missing',
        message: `${configPath}: extends "${target}" found ${located.via} in ${located.folder}/, but no tracked config file there matches. Fix the subpath or the package's "tsconfig" or "exports" field.`,
    };
}
function packageCandidates(folder, subpath, manifests) {
    const manifest = manifests.inFolder(folder);
    const candidates = [];
    const add = (relative) => {
        const path = relative === undefined ? undefined : joinInRepository(folder, relative);
        if (path !== undefined)
            candidates.push(path);
    };
    if (manifest?.fields['exports'] !== undefined) {
        const lookup = lookupExports(manifest.fields['exports'], subpath, ACTIVE_CONDITIONS.types);
        if (lookup.kind === 'targets') {
            for (const exportTarget of lookup.targets)
                if (exportTarget.kind === 'path')
                    add(exportTarget.path);
        }
    }
    if (subpath === '.') {
        add(manifest && stringField(manifest, 'tsconfig'));
        add('tsconfig.json');
    }
    else {
        add(subpath);
        if (!subpath.endsWith('.json'))
            add(`${subpath}.json`);
    }
    return candidates;
}

;// CONCATENATED MODULE: ./src/impact/resolve/tsconfig/tsconfig-loader.ts
/**
 * Loads tsconfig and jsconfig files with their `extends` chains. Options
 * merge as TypeScript merges them: each option of a later config replaces
 * the whole option of an earlier one, entries of an `extends` array apply in
 * order, and the extending config applies last. A path option stays relative
 * to the config that set it, except `${configDir}`, which is the folder of
 * the config being compiled.
 */




/** Options of the automatic JSX runtime, which are plain strings rather than paths. */
const JSX_OPTIONS = ['jsx', 'jsxImportSource'];
/** Options that decide what type erasure keeps at run time. */
const EMIT_OPTIONS = ['emitDecoratorMetadata', 'verbatimModuleSyntax', 'preserveValueImports'];
const PATH_OPTIONS = ['baseUrl', 'outDir', 'rootDir'];
const SELECTION_OPTIONS = ['files', 'include', 'exclude'];
class TsconfigLoader {
    index;
    reader;
    warnings;
    extendsContext;
    merged = new Map();
    loaded = new Map();
    constructor(index, reader, warnings, extendsContext) {
        this.index = index;
        this.reader = reader;
        this.warnings = warnings;
        this.extendsContext = extendsContext;
    }
    /**
     * Loads the config at `path` with its `extends` chain applied. Returns
     * undefined when the file is not tracked. An invalid file loads with no options, so that
     * it still counts as the nearest config of its folder.
     */
    load(path) {
        if (this.loaded.has(path))
            return this.loaded.get(path);
        const config = this.index.has(path) ? this.finish(path) : undefined;
        this.loaded.set(path, config);
        return config;
    }
    finish(path) {
        const folder = folderOf(path);
        const options = this.mergeChain(path, []);
        const resolvePath = (declared) => declared && this.resolveDeclaredPath(declared, folder);
        const baseUrl = resolvePath(options.baseUrl);
        const config = {
            path,
            folder,
            selection: {},
            references: this.readReferences(path),
        };
        if (baseUrl)
            config.baseUrl = baseUrl;
        const outDir = resolvePath(options.outDir);
        if (outDir)
            config.outDir = outDir;
        const rootDir = resolvePath(options.rootDir);
        if (rootDir)
            config.rootDir = rootDir;
        if (options.paths) {
            config.paths = {
                patterns: options.paths.value,
                base: baseUrl?.path ?? folderOf(options.paths.declaredIn),
                configDir: folder,
                declaredIn: options.paths.declaredIn,
            };
        }
        if (options.jsxImportSource && (options.jsx?.value === 'react-jsx' || options.jsx?.value === 'react-jsxdev')) {
            config.jsxRuntime = `${options.jsxImportSource.value}/jsx-runtime`;
        }
        config.emit = {
            emitDecoratorMetadata: options.emitDecoratorMetadata?.value === true,
            keepValueImports: options.verbatimModuleSyntax?.value === true || options.preserveValueImports?.value === true,
        };
        for (const key of SELECTION_OPTIONS) {
            const declared = options[key];
            if (!declared)
                continue;
            config.selection[key] = declared.value
                .map((pattern) => resolveTemplate(pattern, folderOf(declared.declaredIn), folder))
                .filter((pattern) => pattern !== undefined);
        }
        return config;
    }
    resolveDeclaredPath(declared, configDir) {
        const path = resolveTemplate(declared.value, folderOf(declared.declaredIn), configDir);
        return path === undefined ? undefined : { path, written: declared.value, declaredIn: declared.declaredIn };
    }
    /** Merges the options of `path` over those of the configs it extends; `visiting` detects cycles. */
    mergeChain(path, visiting) {
        const cached = this.merged.get(path);
        if (cached)
            return cached;
        const raw = this.reader.readJsonc(path) ?? {};
        let options = {};
        for (const target of this.extendsEntries(path, raw)) {
            const resolved = resolveExtendsTarget(path, target, this.extendsContext);
            if (resolved.kind === 'missing') {
                this.warnings.add(resolved.message);
                continue;
            }
            if (visiting.includes(resolved.path) || resolved.path === path) {
                this.warnings.add(`${path}: extends "${target}" leads back to ${resolved.path}, a loop. Remove one of the extends entries.`);
                continue;
            }
            options = { ...options, ...this.mergeChain(resolved.path, [...visiting, path]) };
        }
        options = { ...options, ...this.ownOptions(path, raw) };
        this.merged.set(path, options);
        return options;
    }
    extendsEntries(path, raw) {
        const field = raw['extends'];
        if (field === undefined)
            return [];
        if (typeof field === 'string')
            return [field];
        if (Array.isArray(field) && field.every((entry) => typeof entry === 'string'))
            return field;
        this.warnings.add(`${path}: "extends" must be a string or an array of strings. Fix the value; until then it is ignored.`);
        return [];
    }
    /** Reads the options this file sets itself, warning about values of the wrong type. */
    ownOptions(path, raw) {
        const own = {};
        const compilerOptions = raw['compilerOptions'];
        const compiler = isJsonObject(compilerOptions) ? compilerOptions : {};
        for (const key of [...PATH_OPTIONS, ...JSX_OPTIONS]) {
            const value = compiler[key];
            if (typeof value === 'string')
                own[key] = { value, declaredIn: path };
            else if (value !== undefined)
                this.warnWrongType(path, `compilerOptions.${key}`, 'a string');
        }
        for (const key of EMIT_OPTIONS) {
            const value = compiler[key];
            if (typeof value === 'boolean')
                own[key] = { value, declaredIn: path };
            else if (value !== undefined)
                this.warnWrongType(path, `compilerOptions.${key}`, 'true or false');
        }
        const paths = compiler['paths'];
        if (isPathsMap(paths))
            own.paths = { value: paths, declaredIn: path };
        else if (paths !== undefined) {
            this.warnWrongType(path, 'compilerOptions.paths', 'an object whose values are arrays of strings');
        }
        for (const key of SELECTION_OPTIONS) {
            const value = raw[key];
            if (Array.isArray(value) && value.every((entry) => typeof entry === 'string')) {
                own[key] = { value, declaredIn: path };
            }
            else if (value !== undefined) {
                this.warnWrongType(path, key, 'an array of strings');
            }
        }
        return own;
    }
    readReferences(path) {
        const field = this.reader.readJsonc(path)?.['references'];
        if (field === undefined)
            return [];
        if (!Array.isArray(field)) {
            this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
            return [];
        }
        const references = [];
        for (const entry of field) {
            const written = isJsonObject(entry) ? entry['path'] : undefined;
            if (typeof written !== 'string') {
                this.warnWrongType(path, 'references', 'an array of { "path": … } objects');
                continue;
            }
            const target = this.referenceTarget(path, written);
            if (target)
                references.push(target);
        }
        return references;
    }
    /** Finds the config that a reference names: a config file, or a folder that contains tsconfig.json. */
    referenceTarget(path, written) {
        const joined = joinInRepository(folderOf(path), written);
        if (joined !== undefined && joined.endsWith('.json') && this.index.has(joined))
            return joined;
        const inFolder = joined === undefined ? undefined : joinInRepository(joined, 'tsconfig.json');
        if (inFolder !== undefined && this.index.has(inFolder))
            return inFolder;
        this.warnings.add(`${path}: references entry "${written}" matches no tracked tsconfig file. Fix the path; until then files of that project use ${path}.`);
        return undefined;
    }
    warnWrongType(path, key, expected) {
        this.warnings.add(`${path}: "${key}" must be ${expected}. Fix the value; until then it is ignored.`);
    }
}
function isPathsMap(value) {
    if (!isJsonObject(value))
        return false;
    return Object.values(value).every((substitutions) => Array.isArray(substitutions) && substitutions.every((entry) => typeof entry === 'string'));
}

;// CONCATENATED MODULE: ./src/impact/resolve/warning-log.ts
/** Config problems found while resolving, each reported once and in the order found. */
class WarningLog {
    messages = [];
    seen = new Set();
    add(message) {
        if (this.seen.has(message))
            return;
        this.seen.add(message);
        this.messages.push(message);
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/resolver.ts






















class RepositoryResolver {
    workspaces;
    warnings;
    index;
    manifests;
    locator;
    loader;
    tsconfigs;
    entries;
    aliases;
    dynamicImports;
    warningLog = new WarningLog();
    memo = new ResolutionMemo();
    /** Count of importer tsconfig lookups. The memo compares it before and after a resolution to learn whether the result depends on the importer's tsconfig. */
    tsconfigLookups = 0;
    constructor(view) {
        const warnings = this.warningLog;
        this.warnings = warnings.messages;
        this.index = indexOfFiles(view.files);
        const reader = new ConfigReader(view, warnings);
        this.manifests = new ManifestStore(this.index, reader);
        this.workspaces = discoverWorkspaces(this.index, this.manifests, view, warnings);
        this.locator = new PackageLocator(this.index, view, this.workspaces, this.manifests);
        this.loader = new TsconfigLoader(this.index, reader, warnings, {
            index: this.index,
            manifests: this.manifests,
            packages: this.locator,
        });
        this.tsconfigs = new TsconfigScopes(this.index, this.loader);
        this.entries = new PackageEntries(this.index, this.manifests, new BuiltOutputMapper(this.index, this.loader), warnings);
        this.aliases = new AliasScopes(this.index, view, reader, this.manifests, warnings);
        this.dynamicImports = new DynamicImports(this.index, this.aliases, this.tsconfigs, this.locator);
        this.loadEveryTsconfig();
    }
    jsxRuntimeOf(importer) {
        return this.tsconfigs.forFile(importer)?.jsxRuntime;
    }
    emitOptionsOf(file) {
        return this.tsconfigs.forFile(file)?.emit;
    }
    resolve(importer, specifier, options = {}) {
        if (options.glob)
            return this.dynamicImports.resolveGlob(importer, specifier);
        if (options.pattern)
            return this.dynamicImports.resolvePrefix(importer, specifier, options.pattern.suffix ?? '');
        const mode = options.conditions ?? 'import';
        // A relative path costs a few set lookups to resolve, less than building and storing its key.
        if (isRelativeSpecifier(specifier))
            return this.resolveSpecifier(importer, specifier, mode, true);
        const key = `${mode}\0${flavorOf(importer)}\0${folderOf(importer)}\0${specifier}`;
        return this.memo.resolve(key, importer, (file) => this.tsconfigs.forFile(file), () => {
            const lookups = this.tsconfigLookups;
            const resolution = this.resolveSpecifier(importer, specifier, mode, true);
            return { resolution, readTsconfig: this.tsconfigLookups !== lookups };
        });
    }
    resolveSpecifier(importer, specifier, mode, useAliases) {
        if (specifier === '')
            return unresolved(`empty specifier in ${importer}`);
        if (specifier.startsWith('node:'))
            return { kind: 'external', packageName: specifier };
        const scheme = schemeOf(specifier);
        if (scheme !== undefined) {
            return unresolved(`"${specifier}" is a ${scheme}: URL or virtual module, not a repository file or package`);
        }
        const aliased = useAliases ? this.resolveThroughAliases(importer, specifier, mode) : undefined;
        if (aliased)
            return aliased;
        if (isRelativeSpecifier(specifier))
            return this.resolveRelative(importer, specifier);
        if (specifier.startsWith('/'))
            return this.resolveRootRelative(importer, specifier);
        const flavor = flavorOf(importer);
        this.tsconfigLookups++;
        const tsconfig = this.tsconfigs.forFile(importer);
        const mapped = tsconfig && this.resolveThroughPaths(tsconfig, specifier, flavor);
        if (mapped)
            return mapped;
        if (specifier.startsWith('#'))
            return this.resolveImportsField(importer, specifier, mode);
        const builtin = builtinModuleName(specifier);
        if (builtin !== undefined)
            return { kind: 'external', packageName: builtin };
        const fromBaseUrl = tsconfig && this.resolveFromBaseUrl(tsconfig, specifier, flavor);
        if (fromBaseUrl)
            return fromBaseUrl;
        return this.resolvePackage(folderOf(importer), specifier, mode);
    }
    /**
     * Applies the first alias rule that matches, as Vite and jest stop at the
     * first match. Each rewritten specifier is tried in order, and the last
     * failure is returned when none resolves.
     */
    resolveThroughAliases(importer, specifier, mode) {
        for (const rule of this.aliases.rulesFor(importer)) {
            const rewritten = rewriteWithAlias(rule, specifier);
            if (!rewritten)
                continue;
            let last = unresolved(`${rule.label} matches "${specifier}" but maps it to nothing`);
            for (const target of rewritten) {
                last = this.resolveAliasTarget(importer, specifier, target, rule, mode);
                if (last.kind !== 'unresolved')
                    return last;
            }
            return last;
        }
        return undefined;
    }
    /**
     * Resolves one rewritten specifier. A path inside the repository names a
     * file or folder. Vite reads another absolute path as relative to its root.
     * Anything else is a specifier that is resolved again from the importer,
     * without aliases, as the docs of both runners describe relative alias
     * values.
     */
    resolveAliasTarget(importer, specifier, target, rule, mode) {
        let path = toRepositoryPath(target);
        if (path === undefined && target.startsWith('/') && rule.kind === 'vite') {
            path = joinInRepository(rule.rootFolder, target.slice(1));
        }
        if (path !== undefined) {
            const file = this.fileAt(path, flavorOf(importer), specifier);
            if (file !== undefined)
                return { kind: 'file', path: file, via: rule.label };
            return unresolved(`${rule.label} maps "${specifier}" to ${path}, which matches no tracked file`);
        }
        if (target.startsWith('/'))
            return unresolved(`${rule.label} maps "${specifier}" to ${target}, outside the repository`);
        const resolved = this.resolveSpecifier(importer, target, mode, false);
        return resolved.kind === 'file' ? { ...resolved, via: `${rule.label}, then ${resolved.via}` } : resolved;
    }
    resolveRelative(importer, specifier) {
        const path = joinInRepository(folderOf(importer), specifier);
        if (path === undefined)
            return unresolved(`"${specifier}" in ${importer} points outside the repository`);
        const file = this.fileAt(path, flavorOf(importer), specifier);
        if (file !== undefined)
            return { kind: 'file', path: file, via: 'relative' };
        return unresolved(`no tracked file for "${specifier}" in ${importer}: ${path} matches no file with a TypeScript or JavaScript extension and no folder with an index file`);
    }
    /** `/src/x` is relative to the Vite root; outside Vite projects it is a file system path. */
    resolveRootRelative(importer, specifier) {
        const root = this.aliases.viteRootFor(importer);
        if (root === undefined) {
            return unresolved(`"${specifier}" in ${importer} is an absolute path, and no vite or vitest config above it sets a root`);
        }
        const path = joinInRepository(root, specifier.slice(1));
        const file = path === undefined ? undefined : this.fileAt(path, flavorOf(importer), specifier);
        if (file !== undefined)
            return { kind: 'file', path: file, via: `Vite root ${describeFolder(root)}` };
        return unresolved(`"${specifier}" in ${importer} matches no tracked file below the Vite root ${describeFolder(root)}`);
    }
    /** Tries each substitution of the best `paths` key; when none matches a file, TypeScript falls back to the other rules. */
    resolveThroughPaths(tsconfig, specifier, flavor) {
        const paths = tsconfig.paths;
        const match = paths && matchPaths(paths, specifier);
        if (!paths || !match)
            return undefined;
        for (const candidate of match.candidates) {
            const file = this.fileAt(candidate, flavor, specifier);
            if (file !== undefined) {
                return { kind: 'file', path: file, via: `tsconfig paths "${match.key}" in ${paths.declaredIn}` };
            }
        }
        return undefined;
    }
    resolveFromBaseUrl(tsconfig, specifier, flavor) {
        const baseUrl = tsconfig.baseUrl;
        const path = baseUrl && joinInRepository(baseUrl.path, specifier);
        const file = path === undefined ? undefined : this.fileAt(path, flavor, specifier);
        if (!baseUrl || file === undefined)
            return undefined;
        return { kind: 'file', path: file, via: `tsconfig baseUrl "${baseUrl.written}" in ${baseUrl.declaredIn}` };
    }
    /** Resolves `#name` through the `imports` field of the nearest package.json, Node's package scope. */
    resolveImportsField(importer, specifier, mode) {
        const manifest = this.manifests.nearest(folderOf(importer));
        if (!manifest)
            return unresolved(`"${specifier}" needs a package.json "imports" field, but no package.json is above ${importer}`);
        const field = manifest.fields['imports'];
        if (field === undefined)
            return unresolved(`${manifest.path} has no "imports" field for "${specifier}"`);
        const lookup = lookupImports(field, specifier, ACTIVE_CONDITIONS[mode]);
        if (lookup.kind === 'no-match')
            return unresolved(`"imports" in ${manifest.path} has no entry for "${specifier}"`);
        if (lookup.kind === 'excluded') {
            return unresolved(`"imports" in ${manifest.path} excludes "${specifier}" under the ${mode} conditions`);
        }
        if (lookup.kind === 'invalid') {
            this.warningLog.add(`${manifest.path}: invalid "imports": ${lookup.reason}. Fix the field as Node's documentation on subpath imports describes.`);
            return unresolved(`"imports" in ${manifest.path} is invalid: ${lookup.reason}`);
        }
        const via = `package.json imports "${lookup.key}" in ${manifest.path}`;
        let last = unresolved(`${via} points at no tracked file`);
        for (const target of lookup.targets) {
            if (target.kind === 'package') {
                const resolved = this.resolvePackage(manifest.folder, target.specifier, mode);
                if (resolved.kind === 'file')
                    return { ...resolved, via: `${via}, then ${resolved.via}` };
                if (resolved.kind === 'external')
                    return resolved;
                last = resolved;
                continue;
            }
            const path = joinInRepository(manifest.folder, target.path);
            const file = path === undefined ? undefined : this.entries.fileForTarget(path, manifest.folder);
            if (file)
                return { kind: 'file', path: file.path, via: withNote(via, file) };
        }
        return last;
    }
    /** Resolves a package in the repository to its files, and returns any other package as external. */
    resolvePackage(fromFolder, specifier, mode) {
        const bare = parseBareSpecifier(specifier);
        if (!bare)
            return unresolved(`"${specifier}" is not a valid package name`);
        const located = this.locator.locate(bare.name, fromFolder);
        if (!located)
            return { kind: 'external', packageName: bare.name };
        return this.entries.resolve(located, bare.subpath, mode);
    }
    /**
     * Finds the tracked file at `path` under TypeScript's extension rules, or
     * the index file when `path` is a folder. A specifier that ends in `/`, `.` or
     * `..` names a folder only. A Vite query such as `?raw` is dropped.
     */
    fileAt(path, flavor, specifier) {
        if (/(?:^|\/)\.{0,2}$/.test(specifier))
            return findFolderIndex(this.index, path, flavor);
        const file = findFileWithExtensions(this.index, path, flavor);
        if (file !== undefined)
            return file;
        const query = path.indexOf('?');
        if (query > 0)
            return this.fileAt(path.slice(0, query), flavor, specifier.slice(0, specifier.indexOf('?')));
        return findFolderIndex(this.index, path, flavor);
    }
    /**
     * Loads every tracked tsconfig.json and jsconfig.json and the projects
     * they reference, so that their warnings are complete after construction.
     */
    loadEveryTsconfig() {
        for (const name of ['tsconfig.json', 'jsconfig.json']) {
            for (const path of this.index.named(name)) {
                if (path.split('/').includes('node_modules'))
                    continue;
                const config = this.loader.load(path);
                for (const reference of config?.references ?? [])
                    this.loader.load(reference);
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/impact/resolve/index.ts

/**
 * Indexes the view's files and reads the configs that shape resolution:
 * workspace declarations, every tsconfig.json and jsconfig.json with their
 * `extends` chains, and the vite, vitest and jest configs.
 */
function createResolver(view) {
    return new RepositoryResolver(view);
}

;// CONCATENATED MODULE: ./src/impact/graph/capped-warnings.ts
/** Warnings of a graph build, listed up to a limit and counted in full. */
/** Maximum number of warnings listed, so that a repository with thousands of broken imports does not flood the report. */
const MAX_LISTED_WARNINGS = 100;
class CappedWarnings {
    messages = [];
    total = 0;
    add(message) {
        if (this.messages.length < MAX_LISTED_WARNINGS)
            this.messages.push(message);
        this.total++;
    }
    summary() {
        return { messages: [...this.messages], total: this.total };
    }
}

;// CONCATENATED MODULE: ./src/impact/graph/jsx-runtime-reference.ts
/** Files that TypeScript compiles as JSX. */
const JSX_FILE = /\.[jt]sx$/;
/**
 * Returns `references` plus the runtime import of the tsconfig that applies
 * to `path`, for a JSX file whose config names a `jsxImportSource`. The
 * import is added even to a file without JSX elements, which the compiler
 * leaves without it, because a selection may be too wide but not too narrow.
 */
function withJsxRuntime(resolver, path, references) {
    if (!JSX_FILE.test(path))
        return references;
    const runtime = resolver.jsxRuntimeOf?.(path);
    if (runtime === undefined)
        return references;
    return [...references, { specifier: runtime, kind: 'import', typeOnly: false, approximate: false, line: 1 }];
}

;// CONCATENATED MODULE: ./src/impact/graph/module-graph.ts
const NO_EDGES = Object.freeze([]);
/**
 * Builds a graph over `files` from `edges`. Both indexes are built here, in
 * one pass over the edges, so the cost is linear in files plus edges. An
 * edge whose endpoint is not in `files` is still indexed, because the
 * caller decides what the graph contains.
 */
function createModuleGraph(files, edges) {
    const fileSet = new Set(files);
    const importers = new Map();
    const imports = new Map();
    for (const edge of edges) {
        appendTo(importers, edge.to, edge);
        appendTo(imports, edge.from, edge);
    }
    return {
        files,
        edges,
        has: (path) => fileSet.has(path),
        importersOf: (path) => importers.get(path) ?? NO_EDGES,
        importsOf: (path) => imports.get(path) ?? NO_EDGES,
    };
}
function appendTo(index, key, edge) {
    const list = index.get(key);
    if (list)
        list.push(edge);
    else
        index.set(key, [edge]);
}

;// CONCATENATED MODULE: ./src/impact/graph/reference-edges.ts
/** A specifier with a script extension, as a `/// <reference path="…" />` directive has and a `types="…"` package name has not. */
const REFERENCED_FILE = /\.(?:d\.)?[cm]?[jt]sx?$/;
/**
 * Resolves `references` of `importer` and appends their edges to `sink`. A
 * resolution to many files gives one approximate edge per file. An edge
 * from the importer to itself, as a glob of its own folder gives, is dropped.
 */
function addReferenceEdges(resolver, importer, references, sink) {
    for (const reference of references) {
        const resolution = resolveReference(resolver, importer, reference);
        if (resolution.kind === 'unresolved') {
            sink.unresolved.push({ importer, reference, reason: resolution.reason });
            continue;
        }
        if (resolution.kind === 'external')
            continue;
        const targets = resolution.kind === 'file' ? [resolution.path] : resolution.paths;
        const approximate = reference.approximate || resolution.kind === 'files';
        for (const target of targets) {
            if (target === importer)
                continue;
            sink.edges.push({
                from: importer,
                to: target,
                kind: reference.kind,
                typeOnly: reference.typeOnly,
                approximate,
                specifier: reference.specifier,
                line: reference.line,
                via: resolution.via,
            });
        }
    }
}
function resolveReference(resolver, importer, reference) {
    if (reference.kind === 'reference')
        return resolveDirective(resolver, importer, reference.specifier);
    return resolver.resolve(importer, reference.specifier, optionsFor(reference));
}
/**
 * Options that make the resolver read the reference as its tool would:
 * globs and dynamic prefixes as patterns, `require` under the `require`
 * conditions, and a type-only reference as TypeScript resolves it.
 */
function optionsFor(reference) {
    if (reference.kind === 'glob')
        return { glob: true };
    if (reference.kind === 'dynamic-pattern')
        return { pattern: { suffix: reference.suffix ?? '' } };
    if (reference.typeOnly)
        return { conditions: 'types' };
    return { conditions: reference.kind === 'require' ? 'require' : 'import' };
}
/**
 * Resolves a reference directive. TypeScript reads `path="globals.d.ts"`
 * relative to the file even without `./`, but the scanner reports `path`
 * and `types` directives alike. So a specifier with a script extension is
 * tried as a relative path first, and as written when that fails.
 */
function resolveDirective(resolver, importer, specifier) {
    const bare = !specifier.startsWith('.') && !specifier.startsWith('/');
    if (bare && REFERENCED_FILE.test(specifier)) {
        const relative = resolver.resolve(importer, `./${specifier}`, { conditions: 'types' });
        if (relative.kind === 'file')
            return relative;
    }
    return resolver.resolve(importer, specifier, { conditions: 'types' });
}

// EXTERNAL MODULE: ./src/impact/scan/index.ts + 10 modules
var scan = __webpack_require__(61141);
// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(32644);
;// CONCATENATED MODULE: ./src/impact/graph/scan-cache.ts
/**
 * Scanner results stored by file content, so that a graph build scans only
 * the files whose content it has not seen before.
 */

/**
 * Returns how the scanner reads `path`: as `script`, `jsx-script`,
 * `declaration` or `component`, or undefined for files it does not scan.
 */
function scanFlavorOf(path) {
    const kind = (0,file_kinds/* classifyPath */.q)(path);
    if (kind.kind === 'other')
        return undefined;
    if (kind.kind === 'component')
        return 'component';
    if (kind.language.declarationFile)
        return 'declaration';
    return kind.language.jsx ? 'jsx-script' : 'script';
}
/** Key of a file's scan in a `ScanCache`. */
function scanCacheKey(blobSha, flavor) {
    return `${blobSha}:${flavor}`;
}
/** Removes the `path` prefix that the scanner puts on each error, for storing. An error without it keeps its text after `: `. */
function withoutPath(path, errors) {
    return errors.map((error) => (error.startsWith(`${path}:`) ? error.slice(path.length) : `: ${error}`));
}
/** Puts `path` back on stored errors, as the scanner formats them. */
function withPath(path, errors) {
    return errors.map((error) => `${path}${error}`);
}

;// CONCATENATED MODULE: ./src/impact/graph/scan-files.ts


/**
 * Scans every TypeScript, JavaScript, `.vue` and `.svelte` file of `view`.
 * A file with an entry in `blobHashes` whose key is in `cache` is not read.
 * The returned cache contains only this run's files, so entries of contents
 * that left the repository are dropped. A caller that builds two graphs and
 * wants to keep both sets of entries merges the two caches.
 *
 * `blobHashes` must describe the text that `view.readText` returns. A work
 * tree edit that is not staged makes the two differ, and then the stale
 * scan is reused.
 */
function scanRepositoryFiles(view, blobHashes, cache) {
    const run = { scans: [], cache: new Map(), scanned: 0, reused: 0, unreadable: [] };
    for (const path of view.files) {
        const flavor = scanFlavorOf(path);
        if (flavor === undefined)
            continue;
        const blobSha = blobHashes?.get(path);
        const key = blobSha === undefined ? undefined : scanCacheKey(blobSha, flavor);
        const cached = key === undefined ? undefined : cache?.get(key);
        if (key !== undefined && cached) {
            run.reused++;
            run.cache.set(key, cached);
            run.scans.push({ path, references: cached.references, errors: withPath(path, cached.errors) });
            continue;
        }
        const text = view.readText(path);
        if (text === undefined) {
            run.unreadable.push(path);
            continue;
        }
        const result = (0,scan/* scanModuleReferences */.O)(path, text);
        run.scanned++;
        if (key !== undefined)
            run.cache.set(key, { references: result.references, errors: withoutPath(path, result.errors) });
        run.scans.push({ path, references: result.references, errors: result.errors });
    }
    return run;
}

;// CONCATENATED MODULE: ./src/impact/graph/build-graph.ts
/**
 * Builds the module graph of one repository tree: scan every script file,
 * resolve each reference, and index the edges between repository files.
 */






/**
 * Builds the graph of `input.view`. Edges cross workspace package
 * boundaries at file level, because the resolver maps a package import to
 * the package's source file.
 */
function buildModuleGraph(input) {
    const resolver = input.resolver ?? createResolver(input.view);
    const run = scanRepositoryFiles(input.view, input.blobHashes, input.cache);
    const sink = { edges: [], unresolved: [] };
    for (const scan of run.scans)
        addReferenceEdges(resolver, scan.path, withJsxRuntime(resolver, scan.path, scan.references), sink);
    const warnings = new CappedWarnings();
    for (const warning of resolver.warnings)
        warnings.add(warning);
    for (const scan of run.scans)
        for (const error of scan.errors)
            warnings.add(error);
    for (const path of run.unreadable) {
        warnings.add(`${path}: tracked but unreadable in the work tree, so its imports are missing from the graph. Check out the file.`);
    }
    for (const entry of sink.unresolved)
        warnings.add(describeUnresolved(entry));
    return {
        graph: createModuleGraph(input.view.files, sink.edges),
        workspaces: resolver.workspaces,
        warnings: warnings.summary(),
        cache: run.cache,
        scanned: run.scanned,
        reused: run.reused,
    };
}
function describeUnresolved({ importer, reference, reason }) {
    return `${importer}:${reference.line}: unresolved ${reference.kind} "${reference.specifier}": ${reason}`;
}

// EXTERNAL MODULE: ./src/impact/graph/scan-cache-format.ts
var scan_cache_format = __webpack_require__(50191);
;// CONCATENATED MODULE: ./src/impact/graph/index.ts
/**
 * The module graph of impact analysis: which repository file imports which,
 * built from the scanner's references and the resolver, with a scan cache
 * keyed by file content.
 */






// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
;// CONCATENATED MODULE: ./src/impact/model.ts
/**
 * The data that the parts of impact analysis pass to each other: the change,
 * the module graph, the selection of tests and suites, the risk, and the
 * settings that `.github/testmaster.yml` gives them. Every part takes and
 * returns these plain values, so each can be tested without the others.
 */
/** Schedule tiers of suites, from the one that runs on every change to the rarest. */
const TIERS = ['continuous', 'hourly', 'daily', 'weekly', 'monthly'];
// ------------------------------------------------------------------ the risk
const RISK_FACTORS = [
    'diffSize',
    'diffSpread',
    'fanIn',
    'centrality',
    'churn',
    'authors',
    'uncoveredLines',
    'sensitivePaths',
    'deletedExports',
];

// EXTERNAL MODULE: ./src/impact/display-text.ts
var display_text = __webpack_require__(25126);
;// CONCATENATED MODULE: ./src/impact/risk/strategy.ts
/**
 * Choice of the schedule tiers whose suites run now, from the risk level and
 * the run-all triggers. Suites of the other tiers keep their schedule.
 */


/** Tiers that run now at `high`: the continuous suites plus the hourly and daily ones. */
const HIGH_RISK_TIERS = ['continuous', 'hourly', 'daily'];
/**
 * Chooses the tiers: every tier when a run-all trigger fired or the level is
 * `critical`, `HIGH_RISK_TIERS` at `high`, and only `continuous` otherwise.
 * The reason is one sentence that names the level and score, or the first trigger.
 */
function chooseStrategy(level, score, runAllReasons) {
    const trigger = runAllReasons[0];
    if (trigger !== undefined) {
        const others = runAllReasons.length > 1 ? ` and ${runAllReasons.length - 1} more` : '';
        const file = trigger.file === '' ? '' : ` by ${(0,display_text/* quoteName */.A)(trigger.file)}`;
        return {
            tiers: [...TIERS],
            reason: `The run-all trigger ${(0,display_text/* quoteName */.A)(trigger.trigger)} fired${file}${others}, so suites of every tier run now.`,
        };
    }
    const measured = `The risk is ${level} (score ${formatScore(score)})`;
    if (level === 'critical')
        return { tiers: [...TIERS], reason: `${measured}, so suites of every tier run now.` };
    if (level === 'high') {
        return { tiers: [...HIGH_RISK_TIERS], reason: `${measured}, so hourly and daily suites run now as well as continuous ones.` };
    }
    return { tiers: ['continuous'], reason: `${measured}, so only continuous suites run now, and the other tiers keep their schedule.` };
}
/** Formats a score with one decimal, as reports show it: `42.5`. */
function formatScore(score) {
    return score.toFixed(1);
}

;// CONCATENATED MODULE: ./src/impact/report/chart-edges.ts
/**
 * Choice of what the module chart shows. Impact flows from a changed module
 * to the files that import it, and on to the tests. The chart keeps one
 * shortest chain per affected test and, within the caps, the edges that the
 * most of those chains share.
 */
/** Caps that keep the chart readable in a pull-request comment. */
const DEFAULT_CHART_LIMITS = { nodes: 30, edges: 40 };
/**
 * Selects the nodes and edges of the chart:
 * 1. a breadth-first search from the changed modules along importer edges
 *    gives each reached file one shortest chain back to a change;
 * 2. each edge counts the affected tests whose chain crosses it;
 * 3. edges are taken by that count, nearer the change first on ties, while
 *    both caps hold, and only when the edge's imported end is shown, so
 *    every shown chain is connected to a change;
 * 4. changed modules that no test reaches fill the remaining node places.
 */
function selectChart(input, limits = DEFAULT_CHART_LIMITS) {
    const importers = importersByModule(input.edges);
    const changed = new Set(input.changedPaths);
    const tests = new Set(input.testPaths);
    const reached = shortestChains([...changed].sort(), importers);
    const ranked = rankEdges(countTestsPerEdge(tests, reached), reached);
    const shown = new Map();
    const node = (path) => ({ path, changed: changed.has(path), test: tests.has(path) });
    const edges = [];
    for (const edge of ranked) {
        if (edges.length >= limits.edges)
            break;
        const isRoot = reached.get(edge.imported)?.depth === 0;
        if (!shown.has(edge.imported) && !isRoot)
            continue;
        const added = shown.has(edge.imported) ? 1 : 2;
        if (shown.size + added > limits.nodes)
            continue;
        if (!shown.has(edge.imported))
            shown.set(edge.imported, node(edge.imported));
        shown.set(edge.importer, node(edge.importer));
        edges.push(edge);
    }
    const modules = changedModules(changed, tests, input.edges);
    for (const path of modules) {
        if (shown.size >= limits.nodes)
            break;
        if (!shown.has(path))
            shown.set(path, node(path));
    }
    return {
        nodes: [...shown.values()],
        edges,
        hiddenEdges: ranked.length - edges.length,
        hiddenChangedModules: modules.filter((path) => !shown.has(path)).length,
    };
}
/** Groups the importers of each module, sorted by path, with one entry per importing file. */
function importersByModule(edges) {
    const byModule = new Map();
    for (const edge of edges) {
        if (edge.from === edge.to)
            continue;
        let importers = byModule.get(edge.to);
        if (importers === undefined) {
            importers = new Map();
            byModule.set(edge.to, importers);
        }
        // Two files linked by several references are type-only only if every reference is.
        importers.set(edge.from, (importers.get(edge.from) ?? true) && edge.typeOnly);
    }
    const sorted = new Map();
    for (const [module, importers] of byModule) {
        sorted.set(module, [...importers].map(([path, typeOnly]) => ({ path, typeOnly })).sort((a, b) => compareText(a.path, b.path)));
    }
    return sorted;
}
function shortestChains(sources, importers) {
    const reached = new Map();
    const queue = [];
    for (const source of sources) {
        reached.set(source, { depth: 0, parent: null });
        queue.push(source);
    }
    for (let index = 0; index < queue.length; index += 1) {
        const module = queue[index];
        const depth = reached.get(module).depth;
        for (const importer of importers.get(module) ?? []) {
            if (reached.has(importer.path))
                continue;
            const parent = { imported: module, importer: importer.path, typeOnly: importer.typeOnly, tests: 0 };
            reached.set(importer.path, { depth: depth + 1, parent });
            queue.push(importer.path);
        }
    }
    return reached;
}
/** Walks each test's chain back to its changed module and counts the test on every edge. */
function countTestsPerEdge(tests, reached) {
    const counted = new Set();
    for (const test of tests) {
        let edge = reached.get(test)?.parent ?? null;
        while (edge !== null) {
            edge.tests += 1;
            counted.add(edge);
            edge = reached.get(edge.imported)?.parent ?? null;
        }
    }
    return [...counted];
}
/**
 * Orders edges by tests served, then by distance from the change, then by
 * path. An edge never serves more tests than the edge before it on its
 * chain, so every edge comes after the edges that connect it to the change.
 */
function rankEdges(edges, reached) {
    const depth = (edge) => reached.get(edge.importer)?.depth ?? 0;
    return edges.sort((a, b) => b.tests - a.tests || depth(a) - depth(b) || compareText(a.imported, b.imported) || compareText(a.importer, b.importer));
}
/**
 * Lists the changed files that the chart may show, sorted by path: modules
 * of the graph and tests. Other changed files, such as
 * documentation, are not modules.
 */
function changedModules(changed, tests, edges) {
    const inGraph = new Set();
    for (const edge of edges) {
        if (changed.has(edge.from))
            inGraph.add(edge.from);
        if (changed.has(edge.to))
            inGraph.add(edge.to);
    }
    return [...changed].filter((path) => inGraph.has(path) || tests.has(path)).sort(compareText);
}
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(39409);
;// CONCATENATED MODULE: ./src/impact/report/chart.ts
/**
 * The module chart of the report: changed modules, the files that import
 * them, and the affected tests at the end of the chains, as a Mermaid
 * flowchart within the caps of `selectChart`.
 */




const CLASSES = [
    { name: 'changed', fill: '#fde2e1', stroke: '#c62828' },
    { name: 'test', fill: '#e3f2fd', stroke: '#1565c0' },
];
/**
 * Builds the chart, or returns null when it would have no edge: without a
 * chain from a change to a test there is nothing to draw beyond the lists.
 * Changed modules have the class `changed`, affected tests `test`, and a
 * type-only link is a dotted arrow.
 */
function impactChart(result, limits = DEFAULT_CHART_LIMITS) {
    const selection = selectChart({
        changedPaths: result.changedFiles.filter((file) => file.status !== 'deleted').map((file) => file.path),
        testPaths: result.affectedTests.map((test) => test.path),
        edges: result.edges,
    }, limits);
    if (selection.edges.length === 0)
        return null;
    const ids = new Map(selection.nodes.map((node, index) => [node.path, `n${index}`]));
    const source = (0,mermaid/* flowchartSource */.Y0)({
        nodes: selection.nodes.map((node) => {
            const className = nodeClass(node);
            const label = (0,display_text/* displayText */.W)(node.path);
            return className === undefined ? { id: ids.get(node.path), label } : { id: ids.get(node.path), label, className };
        }),
        edges: selection.edges.map((edge) => ({ from: ids.get(edge.imported), to: ids.get(edge.importer), dotted: edge.typeOnly })),
        classes: CLASSES,
    });
    return { block: { kind: 'mermaid', source }, omitted: omittedSentence(selection.hiddenEdges, selection.hiddenChangedModules) };
}
function nodeClass(node) {
    if (node.changed)
        return 'changed';
    if (node.test)
        return 'test';
    return undefined;
}
function omittedSentence(edges, changedModules) {
    const parts = [];
    if (edges > 0)
        parts.push((0,count_text/* countOf */.pq)(edges, 'more edge', 'more edges'));
    if (changedModules > 0)
        parts.push((0,count_text/* countOf */.pq)(changedModules, 'more changed module', 'more changed modules'));
    if (parts.length === 0)
        return null;
    return `${parts.join(' and ')} not shown.`;
}

// EXTERNAL MODULE: ./src/report/control-characters.ts
var control_characters = __webpack_require__(90900);
;// CONCATENATED MODULE: ./src/impact/report/result.ts
/**
 * The findings of the impact stage as the report section reads them: the
 * change, the selection, the risk and the graph edges the chart draws.
 */
/** Checks whether every test runs because a run-all trigger fired. */
function runsAll(result) {
    return result.runAllReasons.length > 0;
}
/** Trigger of the run-all reason that the stage adds when the change could not be determined. */
const UNKNOWN_CHANGE_TRIGGER = 'change unknown';
/** Returns why the change could not be determined, or null when it was. */
function unknownChangeReason(result) {
    return result.runAllReasons.find((reason) => reason.trigger === UNKNOWN_CHANGE_TRIGGER)?.detail ?? null;
}
/**
 * Returns the risk level to report: `unknown` when the change could not be
 * determined, because the factors then measured nothing and the computed
 * level would read as low.
 */
function reportedRiskLevel(result) {
    return unknownChangeReason(result) === null ? result.risk.level : 'unknown';
}

;// CONCATENATED MODULE: ./src/impact/report/outputs.ts
/**
 * Action outputs of the impact stage, without the `impact-` prefix that the
 * run adds, and the argument lists for the test runners.
 *
 * Lists whose name ends in `-json` or that contain runner arguments are JSON
 * arrays. The others are newline-separated lists, which cannot hold a name
 * with a line break, so such names appear only in the JSON forms.
 */


/**
 * Builds the outputs:
 * - `affected-tests`: paths of the affected tests, one per line;
 * - `affected-tests-json`: the same paths as a JSON array, with none left out;
 * - `affected-packages`: names of the affected workspace packages, one per line;
 * - `suites`: JSON array of the selected suites whose tier runs now;
 * - `risk-level`: `low`, `medium`, `high` or `critical`, or `unknown` when the change could not be determined;
 * - `run-all`: `true` when a run-all trigger fired, else `false`;
 * - `run-all-reason`: one line per trigger with its file and detail, empty without run-all;
 * - `vitest-args`, `jest-args`: see `vitestArguments` and `jestArguments`.
 */
function impactOutputs(result) {
    const runAll = runsAll(result);
    const testPaths = result.affectedTests.map((test) => test.path);
    return {
        'affected-tests': lineList(testPaths),
        'affected-tests-json': JSON.stringify(testPaths),
        'affected-packages': lineList(result.affectedPackages),
        suites: JSON.stringify(suitesRunningNow(result)),
        'risk-level': reportedRiskLevel(result),
        'run-all': String(runAll),
        'run-all-reason': runAllReasonLines(result.runAllReasons),
        'vitest-args': JSON.stringify(vitestArguments(result.affectedTests, runAll)),
        'jest-args': JSON.stringify(jestArguments(result.affectedTests, runAll)),
    };
}
/** Joins names with line feeds, leaving out names that contain a line break. */
function lineList(names) {
    return names.filter((name) => !outputs_hasLineBreak(name)).join('\n');
}
/** Checks whether a name contains a character that ends a line in a newline list or in YAML. */
function outputs_hasLineBreak(name) {
    return /[\n\r\u0085\u2028\u2029]/.test(name);
}
/** Lists the suites whose tier the risk strategy runs now, as plain JSON objects. */
function suitesRunningNow(result) {
    const tiers = new Set(result.risk.strategy.tiers);
    return result.suites
        .filter((suite) => tiers.has(suite.tier))
        .map((suite) => ({ name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons: [...suite.reasons] }));
}
/**
 * Formats each trigger as `trigger (file): detail` on its own line, leaving
 * out an empty file or detail. Line breaks inside a part become spaces, so
 * each line is one trigger.
 */
function runAllReasonLines(reasons) {
    return reasons.map((reason) => (0,control_characters/* sanitizeLine */.g$)(runAllReasonText(reason))).join('\n');
}
function runAllReasonText(reason) {
    const file = reason.file === '' ? '' : ` (${reason.file})`;
    const detail = reason.detail === '' ? '' : `: ${reason.detail}`;
    return `${reason.trigger}${file}${detail}`;
}
/**
 * Builds the arguments for `vitest run`: the paths of the affected tests that
 * must run, or none when every test runs. Type-check-only tests are left out
 * because Vitest does not type-check them, and `tsc` checks them instead.
 * Vitest matches each argument as a substring of a test file's path relative
 * to the working folder, so run it from the repository root. A path may then
 * also select another test whose path contains it.
 * NOTE: with no affected test and no run-all the list is empty too, and an
 * empty list runs every test, so skip the step when `affected-tests` is empty
 * and `run-all` is `false`.
 */
function vitestArguments(tests, runAll) {
    return runAll ? [] : testsToRun(tests).map(asPathArgument);
}
/**
 * Builds the arguments for `jest --runTestsByPath`: the exact paths of the
 * affected tests that must run, or none when every test runs. The same notes apply as for
 * `vitestArguments`, except that Jest matches the paths exactly.
 */
function jestArguments(tests, runAll) {
    return runAll ? [] : testsToRun(tests).map(asPathArgument);
}
function testsToRun(tests) {
    return tests.filter((test) => test.need === 'run').map((test) => test.path);
}
/** Puts `./` in front of a path that starts with `-`, so the runner cannot read it as an option. */
function asPathArgument(path) {
    return path.startsWith('-') ? `./${path}` : path;
}

;// CONCATENATED MODULE: ./src/impact/report/result-json.ts
/** The JSON result of the impact stage: the `--json` output and the stage's entry in the `result` output. */

/** Copies the result into plain JSON data. The graph edges stay out, because the tests carry their own chains. */
function impactJson(result) {
    const tiers = new Set(result.risk.strategy.tiers);
    return {
        changedFiles: result.changedFiles.map((file) => ({ ...file })),
        affectedTests: result.affectedTests.map((test) => ({ ...test })),
        affectedModules: [...result.affectedModules],
        affectedPackages: [...result.affectedPackages],
        runAll: { enabled: runsAll(result), reasons: result.runAllReasons.map((reason) => ({ ...reason })) },
        suites: result.suites.map((suite) => ({ ...suite, runsOn: [...suite.runsOn], reasons: [...suite.reasons], runsNow: tiers.has(suite.tier) })),
        risk: {
            level: reportedRiskLevel(result),
            score: result.risk.score,
            factors: result.risk.factors.map((factor) => ({ ...factor })),
            strategy: { tiers: [...result.risk.strategy.tiers], reason: result.risk.strategy.reason },
        },
        notes: [...result.notes],
        warnings: [...result.warnings],
    };
}

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
;// CONCATENATED MODULE: ./src/impact/report/sections.ts
/**
 * The blocks of the impact report, one function per section. Paths are in
 * their `displayText` form, as plain text or code spans, which the renderers escape.
 */





function runAllBlocks(reasons) {
    if (reasons.length === 0)
        return [];
    return [
        { kind: 'heading', level: 4, text: 'Run-all triggers' },
        { kind: 'paragraph', text: 'Every test runs because these changes can affect any test:' },
        { kind: 'list', items: reasons.map(triggerItem) },
    ];
}
/** Formats a trigger as `lockfile: package-lock.json (dependencies changed)`, leaving out an empty file or detail. */
function triggerItem(reason) {
    const spans = [{ text: reason.trigger, style: 'bold' }];
    if (reason.file !== '')
        spans.push({ text: ': ' }, { text: (0,display_text/* displayText */.W)(reason.file), style: 'code' });
    if (reason.detail !== '')
        spans.push({ text: ` (${reason.detail})` });
    return spans;
}
function riskBlocks(risk) {
    const rows = risk.factors.map((factor) => [
        factor.label,
        formatValue(factor),
        factor.score.toFixed(2),
        formatNumber(factor.weight),
        factor.contribution.toFixed(1),
        factor.detail,
    ]);
    const totalWeight = risk.factors.reduce((sum, factor) => sum + factor.weight, 0);
    rows.push([[{ text: 'Total', style: 'bold' }], '', '', formatNumber(totalWeight), [{ text: formatScore(risk.score), style: 'bold' }], `Level ${risk.level}`]);
    return [
        { kind: 'heading', level: 4, text: `Risk: ${risk.level}` },
        {
            kind: 'table',
            header: ['Factor', 'Value', 'Score', 'Weight', 'Contribution', 'Detail'],
            align: ['left', 'right', 'right', 'right', 'right', 'left'],
            rows,
        },
    ];
}
/** Builds the risk section for a change that could not be determined. No factor measured anything, so it gives the reason instead of the table. */
function unknownRiskBlocks(reason) {
    return [
        { kind: 'heading', level: 4, text: 'Risk: unknown' },
        { kind: 'paragraph', text: `The change could not be determined, so its risk was not measured and every test runs. ${(0,issues/* endSentence */.H_)(reason)}` },
    ];
}
/** Formats a value with its unit: `1,204 lines`, `12.5% of modules`. */
function formatValue(factor) {
    const value = formatNumber(factor.value);
    return factor.unit.startsWith('%') ? `${value}${factor.unit}` : `${value} ${factor.unit}`;
}
function formatNumber(value) {
    return (0,count_text/* formatDecimal */.zJ)(value, 2);
}
function strategyBlocks(risk) {
    return [
        { kind: 'heading', level: 4, text: 'Strategy' },
        { kind: 'paragraph', text: risk.strategy.reason },
        { kind: 'paragraph', text: [{ text: 'Tiers that run now: ' }, ...joinCode(risk.strategy.tiers)] },
    ];
}
function suiteBlocks(suites, tiersNow) {
    if (suites.length === 0)
        return [];
    const now = new Set(tiersNow);
    const rows = suites.map((suite) => [
        [{ text: suite.name, style: 'code' }],
        suite.tier,
        now.has(suite.tier) ? 'yes' : 'no, on schedule',
        suite.runsOn.length === 0 ? '' : joinCode(suite.runsOn),
        reasonsCell(suite.reasons),
    ]);
    return [
        { kind: 'heading', level: 4, text: 'Selected suites' },
        { kind: 'table', header: ['Suite', 'Tier', 'Runs now', 'Runs on', 'Why'], rows },
    ];
}
const REASONS_PER_SUITE = 3;
function reasonsCell(reasons) {
    const listed = reasons.slice(0, REASONS_PER_SUITE).join('; ');
    const hidden = reasons.length - REASONS_PER_SUITE;
    return hidden > 0 ? `${listed} and ${(0,count_text/* formatCount */.B4)(hidden)} more` : listed;
}
/** Lists the affected tests in at most `limit` rows, followed by a paragraph that counts the rest. */
function affectedTestBlocks(tests, limit, runAll) {
    const heading = { kind: 'heading', level: 4, text: `Affected tests (${(0,count_text/* formatCount */.B4)(tests.length)})` };
    if (tests.length === 0) {
        const text = runAll ? 'No test was traced to the change; every test runs anyway.' : 'No test is affected by the change.';
        return [heading, { kind: 'paragraph', text }];
    }
    // Tests that must run come before those that only need a type check, each group by path.
    const sorted = [...tests].sort((a, b) => needOrder(a) - needOrder(b) || sections_compareText(a.path, b.path));
    const blocks = [
        heading,
        {
            kind: 'table',
            header: ['Test', 'Needs', 'Why'],
            rows: sorted.slice(0, limit).map((test) => [[{ text: (0,display_text/* displayText */.W)(test.path), style: 'code' }], test.need === 'run' ? 'run' : 'type check', evidenceText(test.evidence)]),
        },
    ];
    if (tests.length > limit)
        blocks.push({ kind: 'paragraph', text: `and ${(0,count_text/* countOf */.pq)(tests.length - limit, 'more test', 'more tests')}` });
    return blocks;
}
function needOrder(test) {
    return test.need === 'run' ? 0 : 1;
}
function evidenceText(evidence) {
    switch (evidence.kind) {
        case 'changed':
            return evidence.detail;
        case 'chain': {
            const changed = evidence.edges[evidence.edges.length - 1]?.to;
            if (changed === undefined)
                return 'imports a changed module';
            const steps = evidence.edges.length;
            const route = steps === 1 ? ' directly' : ` through ${(0,count_text/* countOf */.pq)(steps - 1, 'other file', 'other files')}`;
            return [{ text: 'imports ' }, { text: (0,display_text/* displayText */.W)(changed), style: 'code' }, { text: route + equivalenceText(evidence.runtimeEquivalent) }];
        }
        case 'trigger':
            return [{ text: `trigger ${evidence.trigger}: ` }, { text: (0,display_text/* displayText */.W)(evidence.file), style: 'code' }];
        case 'suite':
            return [{ text: 'suite ' }, { text: evidence.suite, style: 'code' }, { text: `: ${evidence.detail}` }];
    }
}
/** Says why a chain to a file whose run-time code did not change needs only a type check. */
function equivalenceText(equivalence) {
    if (equivalence === 'comments')
        return ', which changed only in comments or white space';
    if (equivalence === 'types')
        return ', which changed only in types';
    return '';
}
function listBlocks(heading, items) {
    if (items.length === 0)
        return [];
    return [{ kind: 'heading', level: 4, text: heading }, { kind: 'list', items: [...items] }];
}
/** Joins names as code spans separated by commas. */
function joinCode(names) {
    return names.flatMap((name, index) => [...(index > 0 ? [{ text: ', ' }] : []), { text: name, style: 'code' }]);
}
function sections_compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

;// CONCATENATED MODULE: ./src/impact/report/stage-report.ts
/**
 * Builds the impact `StageReport` for the sticky comment, the job summary
 * and the terminal: the headline, the sections, the action outputs and the
 * JSON result.
 */










const DEFAULT_IMPACT_REPORT_LIMITS = { affectedTests: 50, chart: DEFAULT_CHART_LIMITS };
/**
 * Builds the impact stage report (id `impact`). The stage informs and does
 * not gate, so its status is always `passed`. Sections come in order of
 * importance, because renderers that hit a size limit drop blocks from the end.
 */
function impactStageReport(result, limits = {}) {
    const { affectedTests, chart } = { ...DEFAULT_IMPACT_REPORT_LIMITS, ...limits };
    const unknownChange = unknownChangeReason(result);
    const blocks = [
        ...runAllBlocks(result.runAllReasons),
        ...(unknownChange === null ? riskBlocks(result.risk) : unknownRiskBlocks(unknownChange)),
        ...strategyBlocks(result.risk),
        ...suiteBlocks(result.suites, result.risk.strategy.tiers),
        ...affectedTestBlocks(result.affectedTests, affectedTests, runsAll(result)),
        ...chartBlocks(result, chart),
        ...listBlocks('Notes', result.notes),
        ...listBlocks('Warnings', result.warnings),
    ];
    return {
        id: 'impact',
        title: 'Impact',
        status: 'passed',
        headline: headline(result),
        blocks,
        annotations: [],
        outputs: impactOutputs(result),
        json: impactJson(result),
    };
}
/**
 * Writes the headline, such as `Risk high (score 52.3); 14 affected tests; run-all (lockfile)`.
 * When the change could not be determined, it states that and the first sentence of the reason instead.
 */
function headline(result) {
    const unknownChange = unknownChangeReason(result);
    if (unknownChange !== null)
        return `Risk unknown: ${asClause(unknownChange)}; running all tests`;
    const risk = `Risk ${result.risk.level} (score ${formatScore(result.risk.score)})`;
    const tests = (0,count_text/* countOf */.pq)(result.affectedTests.length, 'affected test', 'affected tests');
    const first = result.runAllReasons[0];
    if (first === undefined)
        return `${risk}; ${tests}; no run-all`;
    const others = result.runAllReasons.length > 1 ? ` and ${(0,count_text/* formatCount */.B4)(result.runAllReasons.length - 1)} more` : '';
    return `${risk}; ${tests}; run-all (${first.trigger}${others})`;
}
function chartBlocks(result, limits) {
    const chart = impactChart(result, limits);
    if (chart === null)
        return [];
    const blocks = [
        { kind: 'heading', level: 4, text: 'Module graph' },
        (0,mermaid/* chartReportBlock */.mx)(chart.block, 'Changed modules and the import chains to the affected tests (Mermaid)'),
    ];
    if (chart.omitted !== null)
        blocks.push({ kind: 'paragraph', text: chart.omitted });
    return blocks;
}
/** Turns the first sentence of `text` into a clause: no final period, and a lowercase first letter unless it starts an acronym. */
function asClause(text) {
    const sentence = text.split(/(?<=\.)\s/)[0].replace(/\.$/, '');
    return /^[A-Z][a-z]/.test(sentence) ? sentence[0].toLowerCase() + sentence.slice(1) : sentence;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./src/impact/resolve/disk-view.ts
/**
 * A `RepositoryView` over a checkout on disk. It reads tracked files only,
 * on first request, and never follows a path or symlink out of the root.
 * Paths are those of `decodeGitPath`, so a name that is not UTF-8 is read
 * by its exact bytes.
 */




/**
 * @param root folder of the checkout
 * @param files repository-relative POSIX paths from `git ls-files`, sorted
 */
function readDiskView(root, files) {
    const realRoot = (0,external_node_fs_.realpathSync)((0,external_node_path_.resolve)(root));
    const tracked = new Set(files);
    /** Real repository path of `path`, or undefined when it is missing, malformed or resolves outside the root. */
    const realRepositoryPath = (path) => {
        if (joinInRepository('', path) !== path)
            return undefined;
        let real;
        try {
            real = realLocation(realRoot, path);
        }
        catch {
            return undefined;
        }
        const inside = (0,external_node_path_.relative)(realRoot, real);
        if (inside === '..' || inside.startsWith(`..${external_node_path_.sep}`) || (0,external_node_path_.isAbsolute)(inside))
            return undefined;
        return inside.split(external_node_path_.sep).join('/');
    };
    return {
        files,
        readText(path) {
            if (!tracked.has(path))
                return undefined;
            if (joinInRepository('', path) !== path)
                return undefined;
            const direct = readUnlessSymlink(disk_view_location(realRoot, path));
            if (direct !== SYMLINK)
                return direct;
            const real = realRepositoryPath(path);
            if (real === undefined)
                return undefined;
            try {
                return (0,external_node_fs_.readFileSync)(disk_view_location(realRoot, real), 'utf8');
            }
            catch {
                // A tracked file that is deleted, a folder, or unreadable in the work tree counts as absent.
                return undefined;
            }
        },
        realPath(path) {
            const real = realRepositoryPath(path);
            return real === undefined || real === path ? undefined : real;
        },
        hasFolderOnDisk(path) {
            if (joinInRepository('', path) !== path)
                return false;
            return (0,external_node_fs_.statSync)(disk_view_location(realRoot, path), { throwIfNoEntry: false })?.isDirectory() === true;
        },
    };
}
/** Marks a file that `readUnlessSymlink` left unread because it is a symlink. */
const SYMLINK = Symbol('symlink');
/**
 * Reads a file without resolving its real path first when it is not a
 * symlink, which is the common case. It returns `SYMLINK` for a symlink, so
 * that the caller resolves the link and checks that it stays in the repository. A missing or
 * unreadable file reads as undefined.
 *
 * NOTE: folders on the way are followed. A checkout never has a symlink in
 * place of a tracked file's folder, because git refuses to check out a path
 * beyond a symlink, so only a hand-made change to the work tree could send
 * a read elsewhere.
 */
function readUnlessSymlink(target) {
    try {
        // One call opens, reads and closes the file.
        return (0,external_node_fs_.readFileSync)(target, NO_FOLLOW_UTF8);
    }
    catch (error) {
        // A folder opens but cannot be read; a tracked path that is a folder in the work tree counts as absent.
        return error.code === 'ELOOP' ? SYMLINK : undefined;
    }
}
/**
 * Read options that fail with ELOOP on a symlink instead of following it.
 * Node's "File system flags" docs allow a number from `fs.constants` as the
 * flag, which @types/node types as a string only.
 */
const NO_FOLLOW_UTF8 = { encoding: 'utf8', flag: (external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW) };
/**
 * Returns the file system location of a repository path: a string, or for
 * a name that is not UTF-8 its exact bytes from `encodeGitPath`, because no
 * string would encode back to them.
 */
function disk_view_location(realRoot, path) {
    // Most paths are valid UTF-8, and checking for escapes costs less than encoding the path.
    if (!(0,git_path/* hasEscapedBytes */.Bz)(path))
        return (0,external_node_path_.resolve)(realRoot, path);
    return Buffer.concat([Buffer.from(`${realRoot}${external_node_path_.sep}`, 'utf8'), (0,git_path/* encodeGitPath */.Gh)(path)]);
}
/**
 * Resolves the symlinks of a repository path. Node's JavaScript
 * `realpathSync` turns a Buffer into a string, so a name that is not UTF-8
 * goes through the native call, which keeps the bytes.
 */
function realLocation(realRoot, path) {
    const target = disk_view_location(realRoot, path);
    // The native call is one system call, while the JavaScript one runs lstat on every folder of the path.
    if (typeof target === 'string')
        return external_node_fs_.realpathSync.native(target);
    return (0,git_path/* decodeGitPath */.yV)(external_node_fs_.realpathSync.native(target, { encoding: 'buffer' }));
}

;// CONCATENATED MODULE: ./src/impact/risk/curve.ts
/**
 * The curve that turns a factor's measured value into a score in 0..1.
 *
 * Every factor uses the saturating curve `1 - exp(-value / scale)`. It is 0
 * at 0, rises steeply for the first units, and approaches 1 without reaching
 * it, so one huge value cannot outweigh the other factors. The scale is the
 * value at which the score is 1 - 1/e, about 0.63. The score is 0.5 at
 * `scale * ln 2` (about 0.69 scales) and 0.95 at about 3 scales.
 */
/** Scores `value` on the saturating curve with the given scale, rounded to 3 decimals. */
function saturatingScore(value, scale) {
    if (!(scale > 0) || !Number.isFinite(scale))
        throw new RangeError(`The scale of a risk curve must be a positive number, got ${scale}`);
    if (!Number.isFinite(value) || value <= 0)
        return 0;
    return roundTo(1 - Math.exp(-value / scale), 3);
}
/** Rounds to the given number of decimals, so stored numbers carry no floating-point noise. */
function roundTo(value, decimals) {
    const factor = 10 ** decimals;
    return Math.round(value * factor) / factor;
}

;// CONCATENATED MODULE: ./src/impact/risk/factor.ts
/**
 * Assembly of a `RiskFactor` from what a factor measured, so every factor
 * rounds and weighs its score the same way.
 */

/** Row labels of the factors in reports. */
const FACTOR_LABELS = {
    diffSize: 'Diff size',
    diffSpread: 'Diff spread',
    fanIn: 'Fan-in',
    centrality: 'Centrality',
    churn: 'Churn',
    authors: 'Authors',
    uncoveredLines: 'Uncovered changed lines',
    sensitivePaths: 'Sensitive paths',
    deletedExports: 'Deleted exports',
};
/**
 * Builds the factor with its weight. The contribution is `score * weight`,
 * rounded to 3 decimals. A negative or non-finite weight is a `RangeError`,
 * because the settings layer is expected to reject it first.
 */
function weighFactor(measurement, weight) {
    if (!Number.isFinite(weight) || weight < 0) {
        throw new RangeError(`The weight of the risk factor ${measurement.id} must be a number of at least 0, got ${weight}`);
    }
    return {
        id: measurement.id,
        label: FACTOR_LABELS[measurement.id],
        value: measurement.value,
        unit: measurement.unit,
        score: measurement.score,
        weight,
        contribution: roundTo(measurement.score * weight, 3),
        detail: measurement.detail,
    };
}

;// CONCATENATED MODULE: ./src/impact/risk/history-text.ts
/**
 * Wording shared by the churn and authors details: the history window in
 * words, and the file with the most commits or authors.
 */

/** Describes the window: `in the last 90 days` for a period such as `90 days` or `90 days ago`, else `since "2024-01-31"`. */
function describeWindow(since) {
    const period = /^\s*(\d+)\s+(day|week|month|year)s?(\s+ago)?\s*$/i.exec(since);
    if (period === null)
        return `since ${(0,display_text/* quoteName */.A)(since)}`;
    const count = Number(period[1]);
    const unit = period[2].toLowerCase();
    return count === 1 ? `in the last ${unit}` : `in the last ${count} ${unit}s`;
}
/** Returns the file with the largest `measure`, the first one on ties, or undefined for no files. */
function busiestFile(files, measure) {
    let busiest;
    for (const file of files) {
        if (busiest === undefined || measure(file) > measure(busiest))
            busiest = file;
    }
    return busiest;
}

;// CONCATENATED MODULE: ./src/impact/risk/authors.ts
/**
 * Authors: how many distinct people wrote the commits that changed the
 * changed files in the history window. The factor assumes that code changed
 * by many people without a clear owner breaks more often.
 */




/**
 * Authors beyond the first at which the score is 0.63. This is a chosen
 * calibration: one author scores 0, two 0.28, four 0.63 and ten 0.95. The
 * first author does not count, because every changed file has at least the
 * author of the change.
 */
const AUTHORS_SCALE = 3;
/** Measures the distinct authors in the history. Null history contributes 0, as in `churnFactor`. */
function authorsFactor(history, weight) {
    if (history === null) {
        return weighFactor({ id: 'authors', value: 0, unit: 'authors', score: 0, detail: 'Authors were not counted because no git history was read.' }, weight);
    }
    const authors = history.authors.length;
    return weighFactor({
        id: 'authors',
        value: authors,
        unit: authors === 1 ? 'author' : 'authors',
        score: saturatingScore(authors - 1, AUTHORS_SCALE),
        detail: describe(history),
    }, weight);
}
function describe(history) {
    const busiest = busiestFile(history.files, (file) => file.authors.length);
    const window = describeWindow(history.since);
    const shallow = history.shallow ? ' The clone is shallow, so older authors may be missing.' : '';
    if (busiest === undefined || busiest.authors.length === 0)
        return `No commit ${window} changed the changed files.${shallow}`;
    const total = `${(0,count_text/* countOf */.pq)(history.authors.length, 'author', 'authors')} changed the changed files ${window}`;
    return `${total}; ${(0,display_text/* quoteName */.A)(busiest.path)} has the most (${(0,count_text/* countOf */.pq)(busiest.authors.length, 'author', 'authors')}).${shallow}`;
}

;// CONCATENATED MODULE: ./src/impact/risk/centrality.ts
/**
 * Centrality: the share of the repository's modules that reach a changed
 * module through their imports, directly or through other modules. The graph
 * part computes it, and this factor only scores it.
 */



/**
 * Percentage points at which the score is 0.63. This is a chosen
 * calibration: a change reached by 2% of the modules scores 0.18, 10% scores
 * 0.63 and 30% scores 0.95.
 */
const CENTRALITY_SCALE = 10;
/** Scores the share as a percentage. A share outside 0..1 is a `RangeError`. */
function centralityFactor(input, weight) {
    if (!(input.share >= 0 && input.share <= 1)) {
        throw new RangeError(`The centrality share must be a number in 0..1, got ${input.share}`);
    }
    const percent = roundTo(input.share * 100, 2);
    const detail = input.module === null || percent === 0
        ? 'No other repository module reaches a changed module.'
        : `${percent}% of the repository's modules reach a changed module; the most reached one is ${(0,display_text/* quoteName */.A)(input.module)}.`;
    return weighFactor({ id: 'centrality', value: percent, unit: '% of modules', score: saturatingScore(percent, CENTRALITY_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/churn.ts
/**
 * Churn: how many commits changed the changed files in the history window.
 * The factor assumes that files that change often are more likely to break
 * and that a change to them is more likely to collide with other work.
 */




/**
 * Commits at which the score is 0.63. This is a chosen calibration for
 * `DEFAULT_HISTORY_WINDOW`, 90 days: 5 commits score 0.28, 15 score 0.63 and 45
 * score 0.95. Commits of the change itself count too, so a new file scores
 * above 0.
 */
const CHURN_SCALE = 15;
/**
 * Measures the distinct commits that changed any changed file. Null history
 * means it was not read (no git history, or the caller skipped it), and the
 * factor then contributes 0.
 */
function churnFactor(history, weight) {
    if (history === null) {
        return weighFactor({ id: 'churn', value: 0, unit: 'commits', score: 0, detail: 'Churn was not measured because no git history was read.' }, weight);
    }
    return weighFactor({
        id: 'churn',
        value: history.commits,
        unit: history.commits === 1 ? 'commit' : 'commits',
        score: saturatingScore(history.commits, CHURN_SCALE),
        detail: churn_describe(history),
    }, weight);
}
function churn_describe(history) {
    const busiest = busiestFile(history.files, (file) => file.commits);
    const window = describeWindow(history.since);
    const shallow = history.shallow ? ' The clone is shallow, so older commits may be missing.' : '';
    if (busiest === undefined || busiest.commits === 0)
        return `No commit ${window} changed the changed files.${shallow}`;
    const total = `${(0,count_text/* countOf */.pq)(history.commits, 'commit', 'commits')} ${window} changed the changed files`;
    return `${total}; ${(0,display_text/* quoteName */.A)(busiest.path)} changed most often (${(0,count_text/* countOf */.pq)(busiest.commits, 'commit', 'commits')}).${shallow}`;
}

// EXTERNAL MODULE: ./src/impact/risk/detail-text.ts
var detail_text = __webpack_require__(5939);
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
    for (const statement of parseModule(text, syntaxOptionsFor(fileName)).statements) {
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
                    for (const name of bindingNames(binding))
                        names.add(name);
                break;
        }
    }
    return { names: [...names].sort(), wildcards: [...wildcards].sort() };
}

;// CONCATENATED MODULE: ./src/impact/risk/deleted-exports.ts
/**
 * Deleted exports: names that a public module exported at the base of the
 * change and no longer exports at its head. Importers outside the package
 * that use such a name break, often in repositories this one cannot test.
 */




/**
 * Deleted exports at which the score is 0.63. It is low because removing a
 * public name is a breaking change: one name scores 0.39, two 0.63 and five
 * 0.92.
 */
const DELETED_EXPORTS_SCALE = 2;
/** Script extensions whose exports are compared: TypeScript and JavaScript, declaration files included. */
const SCRIPT_MODULE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
/** Checks whether the path is a public module by either rule of `PublicModules`. */
function isPublicModule(path, publicModules) {
    return publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path);
}
/**
 * Compares the exported names of each public TypeScript or JavaScript module
 * between base and head. A deleted module loses every export and an added
 * one loses none. Only modules that lost something are returned.
 */
function findDeletedExports(modules, publicModules) {
    const results = [];
    for (const versions of modules) {
        const { path, baseText, headText } = versions;
        if (!SCRIPT_MODULE.test(path) || !isPublicModule(path, publicModules) || baseText === null)
            continue;
        const base = listExportedNames(path, baseText);
        const head = headText === null ? { names: [], wildcards: [] } : listExportedNames(path, headText, new Set(versions.lostModules));
        const names = base.names.filter((name) => !head.names.includes(name));
        const wildcards = base.wildcards.filter((specifier) => !head.wildcards.includes(specifier));
        if (names.length > 0 || wildcards.length > 0)
            results.push({ path, names, wildcards });
    }
    return results;
}
/**
 * Measures the deleted names of public modules. A removed `export * from`
 * counts as one, because the names behind it are not expanded.
 */
function deletedExportsFactor(modules, publicModules, weight) {
    const deleted = findDeletedExports(modules, publicModules);
    const count = deleted.reduce((sum, entry) => sum + removedCount(entry), 0);
    return weighFactor({
        id: 'deletedExports',
        value: count,
        unit: count === 1 ? 'export' : 'exports',
        score: saturatingScore(count, DELETED_EXPORTS_SCALE),
        detail: deleted_exports_describe(deleted, count),
    }, weight);
}
function removedCount(entry) {
    return entry.names.length + entry.wildcards.length;
}
function deleted_exports_describe(deleted, count) {
    // The module that lost the most comes first, and ties keep the input order.
    const top = [...deleted].sort((a, b) => removedCount(b) - removedCount(a))[0];
    if (top === undefined)
        return 'No public module lost an export.';
    const parts = [];
    if (top.names.length > 0)
        parts.push(`no longer exports ${(0,detail_text/* listNames */.Zv)(top.names)}`);
    if (top.wildcards.length > 0)
        parts.push(`no longer re-exports everything from ${(0,detail_text/* listNames */.Zv)(top.wildcards)}`);
    const total = `${(0,count_text/* countOf */.pq)(count, 'export', 'exports')} of public modules ${count === 1 ? 'was' : 'were'} deleted`;
    return `${total}; ${(0,display_text/* quoteName */.A)(top.path)} ${parts.join(' and ')}.`;
}

;// CONCATENATED MODULE: ./src/impact/risk/diff-size.ts
/**
 * Diff size: how many lines the change adds and deletes. Large changes are
 * harder to review and hide more mistakes.
 */



/**
 * Lines at which the score is 0.63. This is a chosen calibration, not a
 * measurement: 100 lines score 0.28, 300 lines 0.63 and 900 lines 0.95, so
 * every change of about a thousand lines or more counts as very large.
 */
const DIFF_SIZE_SCALE = 300;
/**
 * Lines that a binary file counts as. Git reports no line counts for binary
 * content, and a reviewer cannot read the change, so it counts as a
 * medium-sized text change rather than as nothing.
 */
const BINARY_FILE_LINES = 50;
/** Counts the lines that one changed file adds to the diff size. */
function changedLineCount(file) {
    return file.binary ? BINARY_FILE_LINES : file.addedLines + file.deletedLines;
}
/** Measures the added plus deleted lines of every changed file. */
function diffSizeFactor(files, weight) {
    let lines = 0;
    let largest;
    for (const file of files) {
        lines += changedLineCount(file);
        if (largest === undefined || changedLineCount(file) > changedLineCount(largest))
            largest = file;
    }
    return weighFactor({ id: 'diffSize', value: lines, unit: 'lines', score: saturatingScore(lines, DIFF_SIZE_SCALE), detail: diff_size_describe(lines, files, largest) }, weight);
}
function diff_size_describe(lines, files, largest) {
    if (largest === undefined)
        return 'The change contains no files.';
    const total = `${(0,count_text/* countOf */.pq)(lines, 'line', 'lines')} changed in ${(0,count_text/* countOf */.pq)(files.length, 'file', 'files')}`;
    const largestLines = largest.binary
        ? `binary, counted as ${(0,count_text/* countOf */.pq)(BINARY_FILE_LINES, 'line', 'lines')}`
        : (0,count_text/* countOf */.pq)(changedLineCount(largest), 'line', 'lines');
    return `${total}; the largest change is ${(0,display_text/* quoteName */.A)(largest.path)} (${largestLines}).`;
}

;// CONCATENATED MODULE: ./src/impact/risk/diff-spread.ts
/**
 * Diff spread: how many separate areas of the repository the change touches.
 * An area is a workspace package, or else a top-level folder. A change that
 * reaches across areas couples parts that usually change and ship apart.
 */



/**
 * Areas beyond the first at which the score is 0.63. This is a chosen
 * calibration: one area scores 0, two 0.39, three 0.63 and five 0.86,
 * because a change inside one package or folder is the common case.
 */
const DIFF_SPREAD_SCALE = 2;
/** Area of the files in the top folder of the repository (`package.json`, `README.md`). */
const TOP_LEVEL_AREA = '';
/**
 * Returns the area of a repository-relative path: the deepest workspace
 * package folder that contains it, else its top-level folder, else
 * `TOP_LEVEL_AREA` for a file in the top folder.
 */
function areaOf(path, packageFolders) {
    let area;
    for (const folder of packageFolders) {
        if (folder === '' || !path.startsWith(`${folder}/`))
            continue;
        if (area === undefined || folder.length > area.length)
            area = folder;
    }
    if (area !== undefined)
        return area;
    const slash = path.indexOf('/');
    return slash < 0 ? TOP_LEVEL_AREA : path.slice(0, slash);
}
/**
 * Measures the distinct areas among the changed paths. `packageFolders` are
 * the repository-relative folders of the workspace packages. The repository
 * root, if listed as `''`, is ignored because it contains everything.
 */
function diffSpreadFactor(paths, packageFolders, weight) {
    const filesPerArea = new Map();
    for (const path of paths) {
        const area = areaOf(path, packageFolders);
        filesPerArea.set(area, (filesPerArea.get(area) ?? 0) + 1);
    }
    const areas = filesPerArea.size;
    return weighFactor({
        id: 'diffSpread',
        value: areas,
        unit: areas === 1 ? 'area' : 'areas',
        score: saturatingScore(areas - 1, DIFF_SPREAD_SCALE),
        detail: diff_spread_describe(filesPerArea),
    }, weight);
}
function diff_spread_describe(filesPerArea) {
    if (filesPerArea.size === 0)
        return 'The change contains no files.';
    // The area with the most changed files comes first, and ties go in path order.
    const [area, files] = [...filesPerArea].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const name = area === TOP_LEVEL_AREA ? 'the top folder' : (0,display_text/* quoteName */.A)(area);
    const count = (0,count_text/* countOf */.pq)(filesPerArea.size, 'area', 'areas');
    return `The change touches ${count}; most changed files are in ${name} (${(0,count_text/* countOf */.pq)(files, 'file', 'files')}).`;
}

;// CONCATENATED MODULE: ./src/impact/risk/fan-in.ts
/**
 * Fan-in: the largest number of files that import one changed module
 * directly. A module with many importers spreads a mistake to all of them.
 */



/**
 * Importers at which the score is 0.63. This is a chosen calibration: 3
 * importers score 0.26, 10 score 0.63 and 30 score 0.95.
 */
const FAN_IN_SCALE = 10;
/**
 * Counts the distinct files with an edge to each changed path. A file's edge
 * to itself does not count. Every edge kind counts, type-only ones included,
 * because a changed type can break its importers' build.
 */
function directImporterCounts(changedPaths, edges) {
    const importers = new Map();
    for (const path of changedPaths)
        importers.set(path, new Set());
    for (const edge of edges) {
        if (edge.from === edge.to)
            continue;
        importers.get(edge.to)?.add(edge.from);
    }
    return new Map([...importers].map(([path, files]) => [path, files.size]));
}
/** Measures the changed module with the most direct importers in the graph `edges`. */
function fanInFactor(changedPaths, edges, weight) {
    let top;
    for (const entry of directImporterCounts(changedPaths, edges)) {
        if (top === undefined || entry[1] > top[1])
            top = entry;
    }
    const importers = top?.[1] ?? 0;
    const detail = top === undefined || importers === 0
        ? 'No changed module is imported by another file.'
        : `${(0,display_text/* quoteName */.A)(top[0])} has the most direct importers: ${(0,count_text/* countOf */.pq)(importers, 'file', 'files')}.`;
    return weighFactor({ id: 'fanIn', value: importers, unit: importers === 1 ? 'importer' : 'importers', score: saturatingScore(importers, FAN_IN_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/level.ts
/**
 * Mapping of the total risk score to a level, and the checks on the weights
 * and levels that the settings give.
 */


/**
 * Returns the highest level whose threshold the score reaches: `critical`
 * from `levels.critical` on, then `high`, then `medium`, else `low`. A score
 * equal to a threshold belongs to the higher level.
 */
function riskLevel(score, levels) {
    if (score >= levels.critical)
        return 'critical';
    if (score >= levels.high)
        return 'high';
    if (score >= levels.medium)
        return 'medium';
    return 'low';
}
/**
 * Throws a `UserError` naming the setting when a weight is missing, negative
 * or not a number, or when the levels are not numbers with
 * `medium <= high <= critical`. Loading the config rejects these with the
 * file and line first, so this guards callers that build settings in code.
 */
function validateRiskSettings(risk) {
    for (const id of RISK_FACTORS) {
        const weight = risk.weights[id];
        if (typeof weight !== 'number' || !Number.isFinite(weight) || weight < 0) {
            throw new errors/* UserError */.yo(`impact.risk.weights.${id} is ${JSON.stringify(weight) ?? 'missing'}. Set it to a number of at least 0.`);
        }
    }
    const { medium, high, critical } = risk.levels;
    for (const [name, value] of Object.entries({ medium, high, critical })) {
        if (typeof value !== 'number' || !Number.isFinite(value)) {
            throw new errors/* UserError */.yo(`impact.risk.levels.${name} is ${JSON.stringify(value) ?? 'missing'}. Set it to a number.`);
        }
    }
    if (!(medium <= high && high <= critical)) {
        throw new errors/* UserError */.yo(`impact.risk.levels must rise from medium to high to critical, got medium ${medium}, high ${high}, critical ${critical}. Reorder the thresholds.`);
    }
}

;// CONCATENATED MODULE: ./src/impact/risk/sensitive-paths.ts
/**
 * Sensitive paths: changed files that match the globs the repository marks
 * as sensitive (authentication, payments, database migrations, CI workflows).
 */




/**
 * Matching files at which the score is 0.63. It is 1 because one sensitive
 * file already deserves attention: one file scores 0.63, two 0.86 and
 * three 0.95.
 */
const SENSITIVE_PATHS_SCALE = 1;
/**
 * Lists the changed paths that match a glob, in the order of `paths`. Globs
 * use picomatch syntax and match names that start with a dot too, so
 * `config/**` also matches `config/.env`.
 */
function findSensitivePaths(paths, globs) {
    const matchers = globs.map((glob) => ({ glob, isMatch: picomatch_default()(glob, { dot: true }) }));
    const matches = [];
    for (const path of paths) {
        const matcher = matchers.find((candidate) => candidate.isMatch(path));
        if (matcher !== undefined)
            matches.push({ path, glob: matcher.glob });
    }
    return matches;
}
/** Measures how many changed paths match the sensitive globs. */
function sensitivePathsFactor(paths, globs, weight) {
    const matches = findSensitivePaths(paths, globs);
    return weighFactor({
        id: 'sensitivePaths',
        value: matches.length,
        unit: matches.length === 1 ? 'file' : 'files',
        score: saturatingScore(matches.length, SENSITIVE_PATHS_SCALE),
        detail: sensitive_paths_describe(matches, globs.length),
    }, weight);
}
function sensitive_paths_describe(matches, globCount) {
    if (globCount === 0)
        return 'No sensitive path globs are configured.';
    const first = matches[0];
    if (first === undefined)
        return 'No changed file matches a sensitive path glob.';
    const others = matches.length > 1 ? `; the others are ${(0,detail_text/* listNames */.Zv)(matches.slice(1).map((match) => match.path))}` : '';
    const count = (0,count_text/* countOf */.pq)(matches.length, 'changed file matches', 'changed files match');
    return `${count} a sensitive path glob: ${(0,display_text/* quoteName */.A)(first.path)} matches ${(0,display_text/* quoteName */.A)(first.glob)}${others}.`;
}

;// CONCATENATED MODULE: ./src/impact/risk/uncovered-lines.ts
/**
 * Uncovered lines: changed lines that no test executed, from the patch
 * coverage of the coverage stage. Untested changes reach users unchecked.
 */




/**
 * Uncovered changed lines at which the score is 0.63. This is a chosen
 * calibration: 10 lines score 0.28, 30 lines 0.63 and 90 lines 0.95.
 */
const UNCOVERED_LINES_SCALE = 30;
/**
 * Measures `total - covered`. Null coverage means it was not measured (no
 * coverage report in this run), and the factor then contributes 0. Counts
 * that are not whole numbers with `0 <= covered <= total` are a `RangeError`.
 */
function uncoveredLinesFactor(coverage, weight) {
    if (coverage === null) {
        return weighFactor({ id: 'uncoveredLines', value: 0, unit: 'lines', score: 0, detail: 'Coverage of the changed lines was not measured in this run.' }, weight);
    }
    const { covered, total } = coverage;
    if (!Number.isInteger(covered) || !Number.isInteger(total) || covered < 0 || covered > total) {
        throw new RangeError(`Changed-line coverage must have whole counts with 0 <= covered <= total, got ${covered} of ${total}`);
    }
    const uncovered = total - covered;
    const detail = total === 0
        ? 'No changed line is instrumented by the coverage reports.'
        : `${(0,count_text/* countOf */.pq)(uncovered, 'changed line', 'changed lines')} of ${(0,count_text/* formatCount */.B4)(total)} ${uncovered === 1 ? 'is' : 'are'} not covered by any test.`;
    return weighFactor({ id: 'uncoveredLines', value: uncovered, unit: 'lines', score: saturatingScore(uncovered, UNCOVERED_LINES_SCALE), detail }, weight);
}

;// CONCATENATED MODULE: ./src/impact/risk/assess.ts
/**
 * The risk assessment of a change: every factor measured and weighed, their
 * sum, the level it reaches, and the tiers of suites to run now.
 */












/**
 * Measures every factor in `RISK_FACTORS` order, weighs it with
 * `settings.risk.weights`, and maps the total to a level with
 * `settings.risk.levels`. The total is rounded to one decimal before the
 * comparison, so the level always matches the score a report shows.
 * Throws a `UserError` when the weights or levels are invalid.
 */
function assessRisk(inputs, settings) {
    validateRiskSettings(settings.risk);
    const factors = explainCommentOnly(measureFactors(inputs, settings), inputs);
    const score = roundTo(factors.reduce((sum, factor) => sum + factor.contribution, 0), 1);
    const level = riskLevel(score, settings.risk.levels);
    return { level, score, factors, strategy: chooseStrategy(level, score, inputs.runAllReasons) };
}
/**
 * Replaces the details of the factors that measured nothing because every
 * changed file differs only in comments or white space. Their details would
 * otherwise say that the change contains no files, next to a list of changed
 * files. Patch coverage is measured on the diff itself, so it keeps its own.
 */
function explainCommentOnly(factors, inputs) {
    const left = inputs.commentOnlyFiles ?? 0;
    if (inputs.files.length > 0 || left === 0)
        return factors;
    const files = left === 1 ? 'The only changed file differs' : `All ${left} changed files differ`;
    const detail = `${files} only in comments or white space, which cannot change what runs, so this factor adds no risk.`;
    return factors.map((factor) => (factor.id === 'uncoveredLines' || factor.contribution !== 0 ? factor : { ...factor, detail }));
}
function measureFactors(inputs, settings) {
    const weights = settings.risk.weights;
    const paths = inputs.files.map((file) => file.path);
    return [
        diffSizeFactor(inputs.files, weights.diffSize),
        diffSpreadFactor(paths, inputs.packageFolders, weights.diffSpread),
        fanInFactor(paths, inputs.edges, weights.fanIn),
        centralityFactor(inputs.centrality, weights.centrality),
        churnFactor(inputs.history, weights.churn),
        authorsFactor(inputs.history, weights.authors),
        uncoveredLinesFactor(inputs.coverage, weights.uncoveredLines),
        sensitivePathsFactor(paths, settings.sensitivePaths, weights.sensitivePaths),
        deletedExportsFactor(inputs.modules, inputs.publicModules, weights.deletedExports),
    ];
}

// EXTERNAL MODULE: ./src/impact/risk/defaults.ts
var defaults = __webpack_require__(80184);
;// CONCATENATED MODULE: ./src/impact/risk/index.ts
/** Risk assessment of a change. docs/risk.md describes the factors, curves and defaults. */

















;// CONCATENATED MODULE: ./src/impact/select/reverse-search.ts
/** Searches from `sources` over the edges that `follow` accepts. */
function searchImporters(sources, importersOf, follow) {
    const reach = new Map();
    const queue = [];
    for (const source of sources) {
        if (reach.has(source))
            continue;
        reach.set(source, null);
        queue.push(source);
    }
    for (let next = 0; next < queue.length; next++) {
        for (const edge of importersOf(queue[next])) {
            if (reach.has(edge.from) || !follow(edge))
                continue;
            reach.set(edge.from, edge);
            queue.push(edge.from);
        }
    }
    return reach;
}
/** Returns the chain of edges from `path` to the changed file that the search started from; empty for a changed file. */
function chainFrom(reach, path) {
    const chain = [];
    for (let edge = reach.get(path); edge; edge = reach.get(edge.to))
        chain.push(edge);
    return chain;
}
/**
 * Joins the head graph with the base graph for deleted files. A deleted
 * file has no importers at head, so its importers come from the base tree,
 * limited to files that still exist at head. Those edges name the base tree in `via`.
 */
function importersAcrossTrees(head, base, deleted) {
    if (base === undefined || deleted.size === 0)
        return (path) => head.importersOf(path);
    const baseEdges = new Map();
    for (const path of deleted) {
        const edges = base
            .importersOf(path)
            .filter((edge) => head.has(edge.from))
            .map((edge) => ({ ...edge, via: `${edge.via}, in the base tree` }));
        baseEdges.set(path, edges);
    }
    return (path) => {
        const fromBase = baseEdges.get(path);
        return fromBase === undefined ? head.importersOf(path) : [...head.importersOf(path), ...fromBase];
    };
}

;// CONCATENATED MODULE: ./src/impact/select/explain.ts
/**
 * Explains why one file is or is not selected: the chain of imports from
 * it to a changed file, the trigger that widened the run, or why nothing
 * reaches it and what would make it a test.
 */



const VERBS = {
    import: 'imports',
    'side-effect': 'imports',
    're-export': 're-exports',
    require: 'requires',
    dynamic: 'imports dynamically',
    'dynamic-pattern': 'may import dynamically',
    glob: 'may import by glob',
    reference: 'references',
};
/**
 * Explains `path` in sentences. Paths in the sentences are in their
 * `displayText` form, and `Explanation.path` keeps the exact path.
 */
function explainPath(context, path) {
    const displayedPath = (0,display_text/* displayText */.W)(path);
    const isTest = context.tests.files.has(path);
    const change = context.changes.get(path);
    if (change?.status === 'deleted') {
        return { path, isTest, selected: false, lines: [`${displayedPath} was deleted in this change, so there is nothing of it to run.`] };
    }
    if (!context.head.has(path) && !change) {
        return { path, isTest, selected: false, lines: [`${displayedPath} is not a tracked file of the head tree, so nothing selects it.`] };
    }
    const affected = context.affectedTests.get(path);
    if (affected)
        return explainSelectedTest(context, affected);
    const explanation = { path, isTest, selected: false, lines: [] };
    const reached = context.reach.has(path) && !change;
    if (reached) {
        const edges = chainFrom(context.reach, path);
        explanation.evidence = { kind: 'chain', edges };
        explanation.lines.push(`${displayedPath} is not a test file. The change reaches it through ${count(edges.length, 'edge')}:`, ...chainLines(context, edges));
    }
    else if (change) {
        explanation.lines.push(`${displayedPath} ${changeText(change)} in this change, but it is not a test file.`);
    }
    else {
        const subject = isTest ? `${displayedPath} is a test file, but` : `${displayedPath} is not a test file, and`;
        explanation.lines.push(`${subject} no path from a changed file reaches it.`);
        addChangedImporter(context, explanation);
    }
    if (!isTest) {
        explanation.testPatterns = context.tests.patternsFor(path);
        explanation.lines.push('It would be a test file if it matched one of:', ...explanation.testPatterns.map((pattern) => `  ${pattern}`));
    }
    return explanation;
}
function explainSelectedTest(context, test) {
    const explanation = { path: test.path, isTest: true, selected: true, need: test.need, evidence: test.evidence, lines: [] };
    const evidence = test.evidence;
    const displayedPath = (0,display_text/* displayText */.W)(test.path);
    if (evidence.kind === 'changed') {
        explanation.lines.push(`${displayedPath} is a test file and ${evidence.detail}, so it runs.`);
    }
    else if (evidence.kind === 'chain') {
        const steps = count(evidence.edges.length, 'edge');
        let summary = `${displayedPath} is a test file that imports a changed file through ${steps}, so it runs:`;
        if (test.need === 'type-check') {
            summary = evidence.runtimeEquivalent
                ? `${displayedPath} is a test file that reaches only changes that cannot alter what runs, so it needs a type check, not a run:`
                : `${displayedPath} is a test file that reaches a changed file only through type-only imports, so it needs a type check, not a run:`;
        }
        explanation.lines.push(summary, ...chainLines(context, evidence.edges));
    }
    else if (evidence.kind === 'trigger') {
        explanation.lines.push((0,issues/* endSentence */.H_)(`${displayedPath} is a test file, and it runs because ${(0,display_text/* displayText */.W)(evidence.file)} changed (${evidence.trigger}): ${evidence.detail}`));
    }
    else {
        explanation.lines.push((0,issues/* endSentence */.H_)(`${displayedPath} is a test file of suite ${evidence.suite}: ${evidence.detail}`));
    }
    return explanation;
}
/** Finds the nearest changed file that imports the explained file, which is the usual reason a user expects it to be selected. */
function addChangedImporter(context, explanation) {
    const upward = searchImporters([explanation.path], context.importersOf, () => true);
    for (const candidate of upward.keys()) {
        if (candidate === explanation.path || !context.changes.has(candidate))
            continue;
        const edges = chainFrom(upward, candidate);
        explanation.changedImporter = { path: candidate, edges };
        explanation.lines.push(`The nearest changed file that imports it is ${(0,display_text/* displayText */.W)(candidate)}, ${count(edges.length, 'edge')} away, but a change selects only the files that import the changed file, not the files it imports:`, ...edges.map((edge) => `  ${describeEdge(edge)}`));
        return;
    }
}
function chainLines(context, edges) {
    const lines = edges.map((edge) => `  ${describeEdge(edge)}`);
    const last = edges[edges.length - 1];
    const change = last && context.changes.get(last.to);
    if (!last || !change)
        return lines;
    const runTime = change.runtimeEquivalent ? ', so its run-time code is unchanged' : '';
    lines.push(`  ${(0,display_text/* displayText */.W)(last.to)} ${changeText(change)}${runTime}`);
    return lines;
}
/** Describes a change in a few words, such as "changed only in comments or white space". */
function changeText(change) {
    if (change.runtimeEquivalent === 'comments')
        return 'changed only in comments or white space';
    if (change.runtimeEquivalent === 'types')
        return 'changed only in types';
    return `was ${change.status}`;
}
function describeEdge(edge) {
    const typeOnly = edge.typeOnly ? ', type-only' : '';
    return `${(0,display_text/* displayText */.W)(edge.from)}:${edge.line} ${VERBS[edge.kind]} ${(0,display_text/* displayText */.W)(edge.to)} ("${(0,display_text/* displayText */.W)(edge.specifier)}"${typeOnly}, via ${edge.via})`;
}
function count(value, noun) {
    return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

;// CONCATENATED MODULE: ./src/impact/select/package-owners.ts
/** Finds the workspace package that a repository file belongs to. */

class PackageOwners {
    byFolder = new Map();
    byName = new Map();
    ownerOfFolder = new Map();
    constructor(workspaces) {
        for (const workspace of workspaces) {
            this.byFolder.set(workspace.folder, workspace);
            this.byName.set(workspace.name, workspace);
        }
    }
    /** Returns the deepest workspace package whose folder contains `path`, or undefined for files outside every package. */
    ownerOf(path) {
        const folder = folderOf(path);
        if (this.ownerOfFolder.has(folder))
            return this.ownerOfFolder.get(folder);
        let owner;
        for (const candidate of selfAndAncestors(folder)) {
            owner = this.byFolder.get(candidate);
            if (owner)
                break;
        }
        this.ownerOfFolder.set(folder, owner);
        return owner;
    }
    /** Returns the package named `name`, or whose folder is `name` (`packages/web`, `./packages/web/`). */
    find(name) {
        const named = this.byName.get(name);
        if (named)
            return named;
        const folder = name.replace(/^(?:\.\/)+/, '').replace(/\/+$/, '');
        return this.byFolder.get(folder);
    }
}

;// CONCATENATED MODULE: ./src/impact/select/suites.ts
/**
 * Selects the configured suites that the change reaches: a suite is
 * selected when a changed file, an affected module or an affected test
 * matches one of its `paths` globs, or when the run widens to everything.
 */

/** Maximum number of reasons listed per suite. The rest are counted in one closing reason. */
const MAX_SUITE_REASONS = 5;
/** Returns the selected suites, in the order of the settings. */
function selectSuites(suites, candidates, runAllReasons) {
    if (runAllReasons.length > 0) {
        const reasons = capReasons(runAllReasons.map((reason) => `every suite runs: ${reason.trigger} ${reason.file} (${reason.detail})`));
        return suites.map((suite) => selected(suite, reasons));
    }
    const chosen = [];
    for (const suite of suites) {
        if (suite.paths.length === 0)
            continue;
        const isMatch = picomatch_default()([...suite.paths], { dot: true });
        const matches = candidates.filter((candidate) => isMatch(candidate.path));
        if (matches.length > 0)
            chosen.push(selected(suite, capReasons(matches.map((match) => `${match.path} (${match.role})`))));
    }
    return chosen;
}
function selected(suite, reasons) {
    return { name: suite.name, tier: suite.tier, runsOn: [...suite.runsOn], reasons };
}
function capReasons(reasons) {
    if (reasons.length <= MAX_SUITE_REASONS)
        return reasons;
    const more = reasons.length - MAX_SUITE_REASONS;
    return [...reasons.slice(0, MAX_SUITE_REASONS), `and ${more} more`];
}

;// CONCATENATED MODULE: ./src/impact/select/triggers.ts
/**
 * Changes that no import chain describes but that can change how any test
 * runs: runner and compiler configs, setup files, dependencies and
 * environment files, plus the user's own trigger globs, which add to these.
 * A trigger widens the run to every test of the workspace package that
 * contains it, or to every test when no package contains it.
 */


/** vitest, vite and jest configs, including named variants such as `vitest.config.e2e.ts` and `vitest.e2e.config.ts`. */
const TEST_RUNNER_CONFIG = /^(?:vitest|vite|jest)(?:\.[\w-]+)?\.config(?:\.[\w-]+)?\.(?:[cm]?[jt]s|json)$/;
const VITEST_WORKSPACE = /^vitest\.workspace\.(?:[cm]?[jt]s|json)$/;
/** tsconfig.json, tsconfig.build.json, tsconfig-base.json, and jsconfig.json, which TypeScript reads the same way. */
const TYPESCRIPT_CONFIG = /^[tj]sconfig(?:[.-][\w.-]+)?\.json$/;
const ENV_FILE = /^\.env(?:\..+)?$/;
/** Returns every trigger that the change sets off, in the order of the changed files, then dependencies, then lockfiles. */
function findTriggers(input) {
    const hits = [];
    const scopeOf = (file) => {
        const owner = input.owners.ownerOf(file);
        return owner ? { kind: 'package', package: owner } : { kind: 'everything' };
    };
    const add = (trigger, file, detail) => hits.push({ reason: { trigger, file, detail }, scope: scopeOf(file) });
    const setupByPath = new Map(input.setupFiles.map((setup) => [setup.path, setup]));
    const userGlobs = input.userTriggers.map((glob) => ({ glob, isMatch: picomatch_default()(glob, { dot: true }) }));
    for (const change of input.changes) {
        const name = baseName(change.path);
        if (TEST_RUNNER_CONFIG.test(name))
            add('test-runner config', change.path, 'a test-runner config changed, so every test it covers may run differently');
        if (VITEST_WORKSPACE.test(name))
            add('test-runner config', change.path, 'the vitest workspace file lists the projects that run');
        if (TYPESCRIPT_CONFIG.test(name))
            add('TypeScript config', change.path, 'compiler options and path mappings of the files it covers changed');
        if (ENV_FILE.test(name))
            add('.env file', change.path, 'tests may read the environment variables it sets');
        const setup = setupByPath.get(change.path);
        if (setup)
            add('setup file', change.path, `${setup.option} in ${setup.config} loads it before the tests`);
        const glob = userGlobs.find((entry) => entry.isMatch(change.path));
        if (glob)
            add('user trigger', change.path, `matches the impact trigger "${glob.glob}"`);
    }
    for (const dependency of input.dependencyChanges) {
        const runnerFields = dependency.fields.filter((field) => field === 'jest');
        const otherFields = dependency.fields.filter((field) => field !== 'jest');
        if (runnerFields.length > 0)
            add('test-runner config', dependency.manifest, 'the "jest" field of package.json changed');
        if (otherFields.length > 0)
            add('package.json dependencies', dependency.manifest, `changed ${otherFields.map((field) => `"${field}"`).join(', ')}`);
    }
    for (const lockfile of input.lockfiles) {
        for (const hit of lockfileHits(lockfile, input.owners))
            hits.push(hit);
    }
    return hits;
}
/**
 * Returns a trigger for each setup file and test-runner config that imports a
 * changed file, directly or through other files. The runner loads that code
 * before every test it covers, as it loads the setup file or config itself,
 * so such a change widens the run exactly as a change to them does.
 */
function findReachedTriggers(input) {
    const hits = [];
    const add = (trigger, file, loads, chain) => {
        const owner = input.owners.ownerOf(file);
        const reason = { trigger, file, detail: `${loads}, and it imports the changed ${describeChainEnd(chain)}` };
        hits.push({ reason, scope: owner ? { kind: 'package', package: owner } : { kind: 'everything' } });
    };
    for (const setup of input.setupFiles) {
        const chain = input.chainTo(setup.path);
        if (chain)
            add('setup file', setup.path, `${setup.option} in ${setup.config} loads it before the tests`, chain);
    }
    for (const file of input.files) {
        if (!isRunnerConfig(baseName(file)))
            continue;
        const chain = input.chainTo(file);
        if (chain)
            add('test-runner config', file, 'the test runner reads this config', chain);
    }
    return hits;
}
/** Names the changed file at the end of a chain, and how many files lie between. */
function describeChainEnd(chain) {
    const changed = chain[chain.length - 1].to;
    const between = chain.length - 1;
    if (between === 0)
        return changed;
    return `${changed} through ${between === 1 ? '1 other file' : `${between} other files`}`;
}
function isRunnerConfig(name) {
    return TEST_RUNNER_CONFIG.test(name) || VITEST_WORKSPACE.test(name);
}
/**
 * Reads one lockfile change. Only packages whose resolved dependencies
 * changed are widened. A lockfile that could not be parsed, that did not
 * say which packages changed, or that names the root or a folder that is
 * not a workspace package widens to everything, because any test may then
 * load a changed dependency.
 */
function lockfileHits(lockfile, owners) {
    const everything = (detail) => ({
        reason: { trigger: 'lockfile', file: lockfile.file, detail },
        scope: { kind: 'everything' },
    });
    if (lockfile.parseError !== undefined)
        return [everything(`could not be parsed, so any package may have changed dependencies: ${lockfile.parseError.replace(/\.$/, '')}`)];
    if (lockfile.affectedPackages === null)
        return [everything('changed, and which packages it affects is unknown')];
    return lockfile.affectedPackages.map((name) => {
        const workspace = isRootPackage(name) ? undefined : owners.find(name);
        if (workspace === undefined && isRootPackage(name))
            return everything(rootDetail(lockfile));
        if (workspace === undefined) {
            return everything(`resolved dependencies of "${name}" changed, and no workspace package has that name or folder`);
        }
        return {
            reason: { trigger: 'lockfile', file: lockfile.file, detail: `resolved dependencies of ${workspace.name} changed` },
            scope: { kind: 'package', package: workspace },
        };
    });
}
/** Describes a change to the root package's dependencies, which serve every package's tests. */
function rootDetail(lockfile) {
    const names = lockfile.rootDependencies ?? [];
    const shown = names.slice(0, 5).map((name) => `"${name}"`).join(', ');
    const more = names.length > 5 ? ` and ${names.length - 5} more` : '';
    const listed = names.length > 0 ? ` (${shown}${more})` : '';
    return `resolved dependencies of the root package changed${listed}; its tools, such as the test runner, and its hoisted packages can affect any test`;
}
function isRootPackage(name) {
    return name === '' || name === '.' || name === './';
}

;// CONCATENATED MODULE: ./src/impact/select/entry-changes.ts


/** Searches from the files of each package whose entry fields changed. */
function searchEntryChanges(input) {
    return input.changes.map((change) => {
        const folder = folderOf(change.manifest);
        const belongs = (path) => belongsToPackage(path, folder, input.owners);
        const starts = new Set(input.head.files.filter(belongs));
        for (const path of input.base?.files ?? [])
            if (belongs(path))
                starts.add(path);
        const reach = searchImporters(starts, importersInBothTrees(input.head, input.base), input.follow);
        return { reach, reason: entryReason(change, folder, input.owners) };
    });
}
/** Checks whether `path` lies in `folder` and not in a workspace package nested inside it. */
function belongsToPackage(path, folder, owners) {
    if (!isInside(path, folder))
        return false;
    const owner = owners.ownerOf(path)?.folder;
    return owner === undefined || owner === folder || !isInside(owner, folder);
}
/** Joins the importers at the head with those of the base tree that still exist at the head. */
function importersInBothTrees(head, base) {
    if (base === undefined)
        return (path) => head.importersOf(path);
    return (path) => {
        const fromBase = base
            .importersOf(path)
            .filter((edge) => head.has(edge.from))
            .map((edge) => ({ ...edge, via: `${edge.via}, in the base tree` }));
        return fromBase.length === 0 ? head.importersOf(path) : [...head.importersOf(path), ...fromBase];
    };
}
function entryReason(change, folder, owners) {
    const owner = owners.ownerOf(change.manifest);
    const name = owner && owner.folder === folder ? owner.name : folder === '' ? 'the root package' : `the package in ${folder}`;
    const fields = change.fields.map((field) => `"${field}"`).join(', ');
    return {
        trigger: 'package.json entry points',
        file: change.manifest,
        detail: `changed ${fields}, which decide the files that imports of ${name} load, and this test reaches a file of it`,
    };
}

;// CONCATENATED MODULE: ./src/impact/select/select-impact.ts






/**
 * Selects the affected tests of `input.changes`. Each test gets the first
 * evidence that applies, in this order:
 *
 * 1. the test file itself changed;
 * 2. it imports a changed file through edges that all run;
 * 3. a trigger widened the run to it;
 * 4. it reaches a changed file only through a type-only edge, or reaches
 *    only changed files whose change cannot alter what runs
 *    (`ChangedFile.runtimeEquivalent`). It then needs a type check, or a
 *    run when `settings.typeOnlyEdgesRun` is set and an edge is type-only.
 */
function selectImpact(input) {
    const changes = new Map(input.changes.map((change) => [change.path, change]));
    const deleted = new Set(input.changes.filter((change) => change.status === 'deleted').map((change) => change.path));
    const importersOf = importersAcrossTrees(input.head, input.base, deleted);
    const reach = searchImporters(changes.keys(), importersOf, () => true);
    const runtimeChanges = input.changes.filter((change) => change.runtimeEquivalent === undefined).map((change) => change.path);
    const followsAtRunTime = input.settings.typeOnlyEdgesRun ? () => true : (edge) => !edge.typeOnly;
    const runtimeReach = input.settings.typeOnlyEdgesRun && runtimeChanges.length === changes.size ? reach : searchImporters(runtimeChanges, importersOf, followsAtRunTime);
    const owners = new PackageOwners(input.workspaces);
    const hits = findTriggers({
        changes: input.changes,
        userTriggers: input.settings.triggers,
        setupFiles: input.tests.setupFiles,
        dependencyChanges: input.dependencyChanges,
        lockfiles: input.lockfiles,
        owners,
    });
    hits.push(...findReachedTriggers({
        setupFiles: input.tests.setupFiles,
        files: input.head.files,
        chainTo: (path) => (runtimeReach.get(path) ? chainFrom(runtimeReach, path) : undefined),
        owners,
    }));
    const runAllReasons = hits.filter((hit) => hit.scope.kind === 'everything').map((hit) => hit.reason);
    const widenedPackages = widenings(hits);
    const entryReaches = searchEntryChanges({ changes: input.entryChanges ?? [], head: input.head, ...(input.base ? { base: input.base } : {}), owners, follow: followsAtRunTime });
    const affectedTests = chooseAffectedTests(input, { changes, reach, runtimeReach, entryReaches, runAllReasons, widenedPackages, owners });
    const affectedModules = [...reach.keys()].filter((path) => !changes.has(path) && input.head.has(path)).sort();
    const testsByPath = new Map(affectedTests.map((test) => [test.path, test]));
    const candidates = [
        ...input.changes.map((change) => ({ path: change.path, role: 'changed' })),
        ...affectedTests.filter((test) => !changes.has(test.path)).map((test) => ({ path: test.path, role: 'affected test' })),
        ...affectedModules.filter((path) => !testsByPath.has(path)).map((path) => ({ path, role: 'affected module' })),
    ];
    return {
        affectedModules,
        affectedTests,
        affectedPackages: packagesOf(candidates.map((candidate) => candidate.path), owners),
        runAll: { value: runAllReasons.length > 0, reasons: runAllReasons },
        widenedPackages,
        suites: selectSuites(input.settings.suites, candidates, runAllReasons),
        notes: selectionNotes(input, deleted),
        explain: (path) => explainPath({ head: input.head, tests: input.tests, changes, affectedTests: testsByPath, reach, importersOf }, path),
    };
}
/** Goes through every test file once and keeps those with evidence, sorted by path. */
function chooseAffectedTests(input, context) {
    const widenedBy = new Map(context.widenedPackages.map((widening) => [widening.package.folder, widening.reasons[0]]));
    const triggerFor = (path) => {
        if (context.runAllReasons[0])
            return context.runAllReasons[0];
        return widenedBy.size > 0 ? widenedBy.get(context.owners.ownerOf(path)?.folder ?? '') : undefined;
    };
    const affected = [];
    for (const path of input.tests.files) {
        const test = evidenceFor(path, context, triggerFor);
        if (test)
            affected.push(test);
    }
    return affected.sort((left, right) => comparePaths(left.path, right.path));
}
function evidenceFor(path, context, triggerFor) {
    const change = context.changes.get(path);
    if (change && change.status !== 'deleted') {
        return { path, need: 'run', evidence: { kind: 'changed', detail: `was ${change.status} in this change` } };
    }
    if (context.runtimeReach.has(path)) {
        return { path, need: 'run', evidence: { kind: 'chain', edges: chainFrom(context.runtimeReach, path) } };
    }
    const entry = context.entryReaches.find((candidate) => candidate.reach.has(path));
    if (entry)
        return { path, need: 'run', evidence: { kind: 'trigger', ...entry.reason } };
    const trigger = triggerFor(path);
    if (trigger)
        return { path, need: 'run', evidence: { kind: 'trigger', ...trigger } };
    if (context.reach.has(path)) {
        const edges = chainFrom(context.reach, path);
        const target = edges.length > 0 ? context.changes.get(edges[edges.length - 1].to) : undefined;
        const equivalence = target?.runtimeEquivalent;
        return { path, need: 'type-check', evidence: { kind: 'chain', edges, ...(equivalence ? { runtimeEquivalent: equivalence } : {}) } };
    }
    return undefined;
}
/** Groups the package-scoped triggers by package, in the order of their first trigger. */
function widenings(hits) {
    const byFolder = new Map();
    for (const hit of hits) {
        if (hit.scope.kind !== 'package')
            continue;
        const workspace = hit.scope.package;
        const widening = byFolder.get(workspace.folder);
        if (widening)
            widening.reasons.push(hit.reason);
        else
            byFolder.set(workspace.folder, { package: workspace, reasons: [hit.reason] });
    }
    return [...byFolder.values()];
}
function packagesOf(paths, owners) {
    const byFolder = new Map();
    for (const path of paths) {
        const owner = owners.ownerOf(path);
        if (owner)
            byFolder.set(owner.folder, owner);
    }
    return [...byFolder.values()].sort((left, right) => comparePaths(left.folder, right.folder));
}
function selectionNotes(input, deleted) {
    if (deleted.size === 0 || input.base !== undefined)
        return [];
    const files = deleted.size === 1 ? 'the deleted file' : `the ${deleted.size} deleted files`;
    return [
        `No base graph was given for ${files}, so tests that imported ${deleted.size === 1 ? 'it' : 'them'} are selected only when they changed too. Build the graph of the base tree to find them.`,
    ];
}
/** Orders paths by UTF-16 code units, as `Array.prototype.sort` does without a comparator, independent of the locale. */
function comparePaths(left, right) {
    if (left < right)
        return -1;
    if (left > right)
        return 1;
    return 0;
}

;// CONCATENATED MODULE: ./src/impact/select/config-options.ts
/**
 * Read access to the options of a test-runner config. The config may be an
 * object literal in a JavaScript or TypeScript file, read through its syntax
 * tree without running the file, or a parsed JSON object such as
 * jest.config.json or the `jest` field of package.json. The readers of
 * vitest and jest options use this interface and need not know the form.
 */


/** Calls whose first object argument is the config, as in `defineProject({ … })`. */
const config_options_CONFIG_WRAPPERS = new Set(['defineConfig', 'defineProject']);
/** Options of an object literal in a config file. */
function astOptions(object, context, known) {
    return {
        strings(key) {
            const value = propertyValue(object, key);
            return value === undefined ? undefined : readStringList(value, context, known);
        },
        section(key) {
            const value = asObjectLiteral(propertyValue(object, key), context);
            return value && astOptions(value, context, known);
        },
        sections(key) {
            const array = asArrayLiteral(propertyValue(object, key), context);
            const objects = (array?.elements ?? []).map((element) => element && configObjectOf(element, context));
            return objects.filter((entry) => entry !== undefined).map((entry) => astOptions(entry, context, known));
        },
        isUnreadableList(key) {
            const value = propertyValue(object, key);
            return value !== undefined && asArrayLiteral(value, context) === undefined;
        },
        hasSpread() {
            return object.properties.some((property) => property.kind === 'spread');
        },
    };
}
/** Options of a parsed JSON object. */
function jsonOptions(object) {
    return {
        strings(key) {
            const value = object[key];
            if (value === undefined)
                return undefined;
            if (typeof value === 'string')
                return { values: [value], dynamic: false };
            if (!Array.isArray(value))
                return { values: [], dynamic: true };
            const values = value.filter((entry) => typeof entry === 'string');
            return { values, dynamic: values.length < value.length };
        },
        section(key) {
            const value = object[key];
            return isRecord(value) ? jsonOptions(value) : undefined;
        },
        sections(key) {
            const value = object[key];
            return Array.isArray(value) ? value.filter(isRecord).map(jsonOptions) : [];
        },
        isUnreadableList(key) {
            return object[key] !== undefined && !Array.isArray(object[key]);
        },
        hasSpread() {
            return false;
        },
    };
}
/**
 * Reads a string, a regular expression literal's pattern, an array of
 * those, a spread of a constant array or of a known list, and both branches
 * of a conditional (`ci ? a : b`), because either branch may be the one
 * that runs.
 */
function readStringList(expression, context, known) {
    const list = { values: [], dynamic: false };
    const pending = [expression];
    // Each step takes one node apart, and a constant that refers to itself stops at the step limit.
    for (let steps = 0; pending.length > 0 && steps < 1000; steps++) {
        const node = pending.pop();
        if (node === undefined) {
            // A hole, as in `[a, , b]`, which is no string.
            list.dynamic = true;
            continue;
        }
        const knownList = known.get(node.text);
        if (knownList) {
            list.values.push(...knownList);
            continue;
        }
        if (node.kind === 'conditional') {
            pending.push(node.whenFalse, node.whenTrue);
            continue;
        }
        if (node.kind === 'regex') {
            // Jest's testRegex and testPathIgnorePatterns may be written as /…/ literals, whose source is the pattern.
            list.values.push(node.text.slice(1, node.text.lastIndexOf('/')));
            continue;
        }
        const array = asArrayLiteral(node, context);
        if (array) {
            for (const element of [...array.elements].reverse())
                pending.push(element?.kind === 'spread' ? element.argument : element);
            continue;
        }
        const text = evaluateString(node, context);
        if (text === undefined)
            list.dynamic = true;
        else
            list.values.push(text);
    }
    if (pending.length > 0)
        list.dynamic = true;
    return list;
}
function configObjectOf(element, context) {
    const direct = asObjectLiteral(element, context);
    if (direct)
        return direct;
    if (element.kind !== 'call' || element.callee.kind !== 'identifier')
        return undefined;
    if (!config_options_CONFIG_WRAPPERS.has(element.callee.name))
        return undefined;
    return asObjectLiteral(element.arguments[0], context);
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

;// CONCATENATED MODULE: ./src/impact/select/setup-paths.ts
/**
 * Turns the path a runner config gives for a setup file into a tracked
 * repository file. Vitest resolves `setupFiles` and `globalSetup` against
 * its root, and jest resolves them against `rootDir`, so a relative value
 * is read from that folder, and an absolute one that the static evaluator
 * placed under the virtual repository root is mapped back.
 */



/**
 * Returns the tracked file that `value` names from `folder`, trying the
 * path as written, then with script extensions, then as a folder with an
 * index file. Returns undefined for a package name such as
 * `@testing-library/jest-dom` or a path outside the repository.
 *
 * NOTE: a setup file given as the name of a workspace package is not
 * followed into that package, so a change to it does not count as a setup change.
 */
function resolveSetupPath(value, folder, index) {
    const virtual = toRepositoryPath(value);
    const path = virtual ?? (value.startsWith('/') ? undefined : joinInRepository(folder, value));
    if (path === undefined)
        return undefined;
    if (index.has(path))
        return path;
    return findFileWithExtensions(index, path, 'typescript') ?? findFolderIndex(index, path, 'typescript');
}
/**
 * Resolves a folder option such as vitest's `root` or jest's `rootDir`
 * from `folder`, the config's folder. Returns undefined when it leaves the
 * repository.
 */
function resolveFolderOption(value, folder) {
    const virtual = toRepositoryPath(value);
    if (virtual !== undefined)
        return virtual;
    return value.startsWith('/') ? undefined : joinInRepository(folder, value);
}

;// CONCATENATED MODULE: ./src/impact/select/test-rules.ts
/**
 * Rules that decide whether a repository file is a test, as vitest and jest
 * decide it, plus the setup files that a runner loads before the tests.
 */



/** Vitest 4.1's `configDefaults.include` and `configDefaults.exclude`, from its `defaults` chunk. */
const VITEST_DEFAULT_INCLUDE = ['**/*.{test,spec}.?(c|m)[jt]s?(x)'];
const VITEST_DEFAULT_EXCLUDE = ['**/node_modules/**', '**/.git/**'];
/**
 * Jest 30's default `testMatch`, as jest's configuration docs give it. Jest
 * 29's default has no `?([mc])` part, so it matches a subset of these
 * files, because jest 30 added `.mjs`, `.cjs`, `.mts` and `.cts` tests.
 */
const JEST_DEFAULT_TEST_MATCH = [
    '**/__tests__/**/*.?([mc])[jt]s?(x)',
    '**/?(*.)+(spec|test).?([mc])[jt]s?(x)',
];
const JEST_DEFAULT_IGNORE = ['/node_modules/'];
/**
 * Returns a vitest rule: the file is below the folder and matches an include
 * glob and no exclude glob. Names that start with a dot match, as they do
 * in vitest's glob, which sets `dot: true`.
 */
function vitestRule(project) {
    const isIncluded = anyGlobMatcher(project.include);
    const isExcluded = project.exclude.length > 0 ? anyGlobMatcher(project.exclude) : () => false;
    const globs = project.include.map((glob) => JSON.stringify(glob)).join(', ');
    const excluded = project.exclude.length > 0 ? `, except ${project.exclude.map((glob) => JSON.stringify(glob)).join(', ')}` : '';
    return {
        source: project.source,
        description: `${project.includeLabel} ${globs}${excluded}, matched from ${describeFolder(project.folder)} (${project.source})`,
        folders: [project.folder],
        matches(path) {
            if (!isInside(path, project.folder))
                return false;
            const relative = relativeInside(path, project.folder);
            return isIncluded(relative) && !isExcluded(relative);
        },
    };
}
/**
 * Returns a jest rule. Jest matches `testMatch`, `testRegex` and
 * `testPathIgnorePatterns` against absolute paths, so the repository path
 * is placed under the virtual root that `<rootDir>` also expands to.
 */
function jestRule(project) {
    const isMatched = project.testRegex.length > 0
        ? (absolute) => project.testRegex.some((pattern) => pattern.test(absolute))
        : anyGlobMatcher(project.testMatch);
    return {
        source: project.source,
        description: `${project.label}, below ${project.roots.map(describeFolder).join(', ')} (${project.source})`,
        folders: project.roots,
        matches(path) {
            if (!project.roots.some((root) => isInside(path, root)))
                return false;
            const absolute = toVirtualPath(path);
            return isMatched(absolute) && !project.ignore.some((pattern) => pattern.test(absolute));
        },
    };
}
/** Returns the rule of the impact settings' `tests.include` globs, matched from the repository root. */
function settingsRule(include) {
    const isIncluded = anyGlobMatcher(include);
    return {
        source: 'settings',
        description: `impact settings tests.include ${include.map((glob) => JSON.stringify(glob)).join(', ')}`,
        folders: [''],
        matches: (path) => isIncluded(path),
    };
}
/**
 * Matchers by glob, shared by the rules of every config. The configs of one
 * repository repeat the same few globs, and compiling a glob costs far more
 * than looking it up.
 */
const matchersByGlob = new Map();
/** Returns a test whether a path matches any of `globs`, with the result of `picomatch(globs, { dot: true })`. */
function anyGlobMatcher(globs) {
    const matchers = globs.map((glob) => {
        let matcher = matchersByGlob.get(glob);
        if (!matcher) {
            matcher = picomatch_default()(glob, { dot: true });
            matchersByGlob.set(glob, matcher);
        }
        return matcher;
    });
    return (path) => matchers.some((matches) => matches(path));
}

;// CONCATENATED MODULE: ./src/impact/select/jest-config.ts
/**
 * Reads the test files and setup files of a jest config: jest.config.js,
 * .ts, .mjs, .cjs, .mts or .cts through the syntax reader of src/impact/syntax/, jest.config.json,
 * or the `jest` field of package.json.
 */







const jest_config_ROOT_DIR_TOKEN = '<rootDir>';
const SETUP_OPTIONS = ['setupFiles', 'setupFilesAfterEnv', 'setupFilesAfterEach', 'globalSetup', 'globalTeardown'];
/** Reads a JavaScript or TypeScript jest config. An export that is not an object literal falls back to jest's defaults with a warning. */
function readJestSourceConfig(path, text, index) {
    const source = parseConfigSource(path, text);
    const context = createEvaluationContext(path, source);
    const objects = exportedConfigObjects(source, context).map((object) => astOptions(object, context, new Map()));
    const reader = new JestOptionReader(path, '', index, text);
    if (objects.length === 0) {
        reader.config.warnings.push(`${path}: the exported config is not an object literal that impact analysis can read without running the file, so jest's default testMatch is assumed. Export the config as an object literal.`);
        reader.readProject(jsonOptions({}), folderOf(path));
        return reader.config;
    }
    for (const options of objects)
        reader.readConfig(options);
    return reader.config;
}
/**
 * Reads a parsed JSON config. `keyPrefix` is `jest.` for the `jest` field of
 * package.json, so that messages name the option as the user wrote it.
 */
function readJestJsonConfig(path, object, keyPrefix, index) {
    const reader = new JestOptionReader(path, keyPrefix, index);
    reader.readConfig(jsonOptions(object));
    return reader.config;
}
class JestOptionReader {
    keyPrefix;
    index;
    text;
    config;
    /** @param text the config file's source, when it is a script, for the paths of projects that cannot be read */
    constructor(path, keyPrefix, index, text) {
        this.keyPrefix = keyPrefix;
        this.index = index;
        this.text = text;
        this.config = { path, runner: 'jest', rules: [], setupFiles: [], warnings: [] };
    }
    /**
     * Reads the config's own options, then each inline object of `projects`,
     * whose `rootDir` defaults to the config's. Project entries that are
     * paths are covered by the configs in those folders.
     */
    readConfig(options) {
        const rootDir = this.readProject(options, folderOf(this.config.path));
        options.sections('projects').forEach((project, position) => {
            this.readProject(project, rootDir, `projects[${position}].`);
        });
        if (options.isUnreadableList('projects'))
            this.readUnreadableProjects(rootDir);
    }
    /**
     * Handles `projects` built at run time, such as `projects: getProjects()`.
     * Their test globs fall back to the config's own, and every path literal
     * of the file that names a tracked file counts as a setup file. That can
     * widen the run for a file the projects do not use, but a setup file that
     * only such a project names is never missed.
     */
    readUnreadableProjects(rootDir) {
        const found = new Set();
        for (const literal of pathLiterals(this.text ?? '')) {
            // Only names of files count: a folder such as roots' "<rootDir>/src" is no setup file.
            if (!/\.[A-Za-z0-9]+$/.test(literal))
                continue;
            // jest resolves a project's relative rootDir such as "." from the folder it runs in, which the config does
            // not name, so every folder from the config's rootDir up to the repository root is tried.
            for (const folder of selfAndAncestors(rootDir)) {
                const path = resolveFolderOption(literal.replaceAll(jest_config_ROOT_DIR_TOKEN, toVirtualPath(folder)), folder);
                if (path === undefined || !this.index.has(path) || path === this.config.path || found.has(path))
                    continue;
                found.add(path);
                this.config.setupFiles.push({ path, option: `${this.keyPrefix}projects`, config: this.config.path });
            }
        }
        this.config.warnings.push(`${this.config.path}: ${this.keyPrefix}projects is not a static list, so its projects' test globs are not read, and ${(0,count_text/* countOf */.pq)(found.size, 'tracked file', 'tracked files')} that the config's string literals name count as setup files. Write projects as an array of object literals.`);
    }
    /** Adds the rule and setup files of one project and returns its `rootDir`. */
    readProject(options, defaultRootDir, projectPrefix = '') {
        const prefix = `${this.keyPrefix}${projectPrefix}`;
        const rootDir = this.rootDir(options, defaultRootDir, prefix);
        const expand = (value) => value.replaceAll(jest_config_ROOT_DIR_TOKEN, toVirtualPath(rootDir));
        const roots = this.strings(options, 'roots', prefix) ?? [jest_config_ROOT_DIR_TOKEN];
        const regexValues = this.strings(options, 'testRegex', prefix) ?? [];
        const testRegex = this.patterns(regexValues, expand, `${prefix}testRegex`);
        const customMatch = this.strings(options, 'testMatch', prefix);
        const matchValues = customMatch ?? JEST_DEFAULT_TEST_MATCH;
        const ignoreValues = this.strings(options, 'testPathIgnorePatterns', prefix) ?? JEST_DEFAULT_IGNORE;
        // Jest uses testRegex in place of testMatch when it is set. The label quotes the values as written.
        let label;
        if (testRegex.length > 0)
            label = `${prefix}testRegex ${quoteAll(regexValues)}`;
        else if (customMatch)
            label = `${prefix}testMatch ${quoteAll(matchValues)}`;
        else
            label = `jest's default testMatch ${quoteAll(matchValues)}`;
        this.config.rules.push(jestRule({
            source: this.config.path,
            roots: roots.map((root) => resolveFolderOption(expand(root), rootDir)).filter((root) => root !== undefined),
            testMatch: matchValues.map(expand),
            testRegex,
            ignore: this.patterns(ignoreValues, expand, `${prefix}testPathIgnorePatterns`),
            label,
        }));
        this.addSetupFiles(options, rootDir, expand, prefix);
        return rootDir;
    }
    rootDir(options, defaultRootDir, prefix) {
        const value = options.strings('rootDir');
        if (!value)
            return defaultRootDir;
        const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], folderOf(this.config.path));
        if (folder !== undefined)
            return folder;
        this.config.warnings.push(`${this.config.path}: ${prefix}rootDir is not a static path inside the repository, so <rootDir> is taken to be ${describeFolder(defaultRootDir)}. Write rootDir as a string literal.`);
        return defaultRootDir;
    }
    /** Reads a list option. A partly dynamic list keeps the values it could read, and an unreadable one counts as unset. */
    strings(options, key, prefix) {
        const list = options.strings(key);
        if (!list)
            return undefined;
        if (list.dynamic) {
            const fallback = list.values.length > 0 ? 'the values it could read' : "jest's default";
            this.config.warnings.push(`${this.config.path}: ${prefix}${key} is not a static list of strings, so impact analysis uses ${fallback}. Write the values as string literals.`);
        }
        return list.values.length > 0 ? list.values : undefined;
    }
    patterns(values, expand, label) {
        const patterns = [];
        for (const value of values) {
            try {
                patterns.push(new RegExp(expand(value)));
            }
            catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                this.config.warnings.push(`${this.config.path}: ${label} "${value}" is not a valid regular expression (${message}), so it is ignored. Fix the pattern.`);
            }
        }
        return patterns;
    }
    addSetupFiles(options, rootDir, expand, prefix) {
        for (const option of SETUP_OPTIONS) {
            const list = options.strings(option);
            if (list?.dynamic) {
                this.config.warnings.push(`${this.config.path}: ${prefix}${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals with <rootDir>.`);
            }
            for (const value of list?.values ?? []) {
                const path = resolveSetupPath(expand(value), rootDir, this.index);
                if (path !== undefined)
                    this.config.setupFiles.push({ path, option: `${prefix}${option}`, config: this.config.path });
            }
        }
    }
}
function quoteAll(values) {
    return values.map((value) => JSON.stringify(value)).join(', ');
}
/** Quoted strings that look like file paths: `<rootDir>/…`, `./…` or `../…`. */
function pathLiterals(text) {
    const literals = [];
    for (const match of text.matchAll(/(['"`])((?:<rootDir>|\.{1,2})\/[^'"`\s]+)\1/g))
        literals.push(match[2]);
    return literals;
}

;// CONCATENATED MODULE: ./src/impact/select/vitest-config.ts
/**
 * Reads the test files and setup files of a vitest config, or of a vite
 * config that vitest reads when no vitest config sits beside it, through
 * the syntax reader of src/impact/syntax/.
 */






/** Names under which configs use vitest's defaults, as in `exclude: [...configDefaults.exclude, 'e2e/**']`. */
const VITEST_KNOWN_LISTS = new Map([
    ['configDefaults.include', VITEST_DEFAULT_INCLUDE],
    ['configDefaults.exclude', VITEST_DEFAULT_EXCLUDE],
    ['defaultInclude', VITEST_DEFAULT_INCLUDE],
    ['defaultExclude', VITEST_DEFAULT_EXCLUDE],
]);
const vitest_config_SETUP_OPTIONS = ['setupFiles', 'globalSetup'];
/**
 * Reads the config at `path`. An export that is not an object literal, and
 * options that are not static values, fall back to vitest's defaults with a
 * warning. Inline projects of `test.projects` (and the older `test.workspace`)
 * add a rule each. Project entries that name folders or config files are
 * covered by those configs themselves.
 *
 * NOTE: options an inline project would inherit through `extends: true`
 * are not merged into it, and `mergeConfig` with an imported config reads
 * only the object literals in this file.
 */
function readVitestConfig(path, text, index) {
    const config = { path, runner: 'vitest', rules: [], setupFiles: [], warnings: [] };
    const source = parseConfigSource(path, text);
    const context = createEvaluationContext(path, source);
    const objects = exportedConfigObjects(source, context).map((object) => astOptions(object, context, VITEST_KNOWN_LISTS));
    const configFolder = folderOf(path);
    if (objects.length === 0) {
        config.warnings.push(`${path}: the exported config is not an object literal that impact analysis can read without running the file, so vitest's default include is assumed. Export the config as an object literal or defineConfig({ … }).`);
        config.rules.push(vitestRule({
            source: path,
            folder: configFolder,
            include: VITEST_DEFAULT_INCLUDE,
            exclude: VITEST_DEFAULT_EXCLUDE,
            includeLabel: "vitest's default include",
        }));
        return config;
    }
    const reader = new VitestOptionReader(config, configFolder, index);
    const parts = objects.map((top) => ({ label: 'test', top, test: top.section('test') }));
    const root = reader.readProject(parts, configFolder);
    for (const part of parts) {
        for (const key of ['projects', 'workspace']) {
            part.test?.sections(key).forEach((project, position) => {
                reader.readProject([{ label: `test.${key}[${position}].test`, top: project, test: project.section('test') }], root);
            });
        }
    }
    return config;
}
class VitestOptionReader {
    config;
    configFolder;
    index;
    constructor(config, configFolder, index) {
        this.config = config;
        this.configFolder = configFolder;
        this.index = index;
    }
    /**
     * Adds the rule and setup files of one project, whose options may be
     * spread over several objects (`mergeConfig(a, b)`). Lists from the
     * objects are joined, as Vite's `mergeConfig` joins arrays, and the last
     * `root` wins. Returns the project's root folder.
     */
    readProject(parts, defaultRoot) {
        let root = defaultRoot;
        let dir;
        const include = [];
        const exclude = [];
        let hasInclude = false;
        let hasExclude = false;
        for (const part of parts) {
            const topLabel = part.label === 'test' ? 'root' : part.label.replace(/\.test$/, '.root');
            root = this.folderOption(part.test, 'root', `${part.label}.root`) ?? this.folderOption(part.top, 'root', topLabel) ?? root;
            dir = this.folderOption(part.test, 'dir', `${part.label}.dir`) ?? dir;
            const included = this.globs(part.test, 'include', `${part.label}.include`);
            const excluded = this.globs(part.test, 'exclude', `${part.label}.exclude`);
            if (included) {
                hasInclude = true;
                include.push(...included);
            }
            if (excluded) {
                hasExclude = true;
                exclude.push(...excluded);
            }
        }
        const label = parts[0]?.label ?? 'test';
        const spread = parts.find((part) => part.test?.hasSpread());
        if (!hasInclude && spread) {
            this.config.warnings.push(`${this.config.path}: ${spread.label} spreads an object that impact analysis does not read, so the include it may set is unknown and vitest's default include is assumed. Write include as a list of string literals in this config.`);
        }
        this.config.rules.push(vitestRule({
            source: this.config.path,
            folder: dir ?? root,
            include: hasInclude ? include : VITEST_DEFAULT_INCLUDE,
            exclude: hasExclude ? exclude : VITEST_DEFAULT_EXCLUDE,
            includeLabel: hasInclude ? `${label}.include` : "vitest's default include",
        }));
        for (const part of parts)
            this.addSetupFiles(part, root);
        return root;
    }
    /** Reads a list of globs. A partly dynamic list keeps the globs it could read, and an unreadable one counts as unset. */
    globs(options, key, label) {
        const list = options?.strings(key);
        if (!list)
            return undefined;
        if (list.dynamic) {
            const fallback = list.values.length > 0 ? 'the globs it could read' : "vitest's default";
            this.config.warnings.push(`${this.config.path}: ${label} is not a static list of strings, so impact analysis uses ${fallback}. Write the globs as string literals.`);
        }
        return list.values.length > 0 ? list.values : undefined;
    }
    /**
     * Reads `root` or `dir`, relative to the config's folder.
     *
     * NOTE: Vite and vitest resolve a relative `root` or `dir` against the
     * working folder, which this takes to be the config's folder, where the runner usually starts.
     */
    folderOption(options, key, label) {
        const value = options?.strings(key);
        if (!value)
            return undefined;
        const folder = value.values[0] === undefined || value.dynamic ? undefined : resolveFolderOption(value.values[0], this.configFolder);
        if (folder === undefined) {
            this.config.warnings.push(`${this.config.path}: ${label} is not a static path inside the repository, so impact analysis ignores it. Write it as a string literal relative to the config.`);
        }
        return folder;
    }
    addSetupFiles(part, root) {
        for (const option of vitest_config_SETUP_OPTIONS) {
            const list = part.test?.strings(option);
            if (list?.dynamic) {
                this.config.warnings.push(`${this.config.path}: ${part.label}.${option} is not a static list of paths, so a change to the files it names may not widen the run. Write the paths as string literals.`);
            }
            for (const value of list?.values ?? []) {
                const path = resolveSetupPath(value, root, this.index);
                if (path !== undefined)
                    this.config.setupFiles.push(setupFile(path, `${part.label}.${option}`, this.config.path));
            }
        }
    }
}
function setupFile(path, option, config) {
    return { path, option, config };
}

;// CONCATENATED MODULE: ./src/impact/select/test-files.ts
/**
 * Finds which tracked files are tests, from the vitest and jest configs of
 * the repository and the impact settings, and which files the runners load
 * as setup. Each workspace package, and each folder with its own config,
 * is read with its own config. The nearest vitest config and the nearest
 * jest config at or above a file decide for it, as a runner started in
 * that folder would. A config whose `root`, `dir` or `roots` point
 * elsewhere also decides for the files there.
 *
 * NOTE: a config in a fixture folder that the outer config excludes still
 * decides for the files below it, so fixture files named like tests count
 * as tests. `vitest.workspace` files are not read, but their projects'
 * configs are.
 */







const test_files_SCRIPT_EXTENSIONS = ['ts', 'mts', 'cts', 'js', 'mjs', 'cjs'];
/** Vitest reads vitest.config before vite.config in the same folder. */
const VITEST_CONFIG_NAMES = [
    ...test_files_SCRIPT_EXTENSIONS.map((extension) => `vitest.config.${extension}`),
    ...test_files_SCRIPT_EXTENSIONS.map((extension) => `vite.config.${extension}`),
];
const JEST_CONFIG_NAMES = [...test_files_SCRIPT_EXTENSIONS.map((extension) => `jest.config.${extension}`), 'jest.config.json'];
/** Returns the test files and setup files of `input.view`. */
function discoverTestFiles(input) {
    const index = indexOfFiles(input.view.files);
    const configs = readRunnerConfigs(input.view, index);
    const scopes = new RuleScopes(configs.values());
    const settingsRules = input.settings.include.length > 0 ? [settingsRule(input.settings.include)] : [];
    const isExcluded = input.settings.exclude.length > 0 ? picomatch_default()([...input.settings.exclude], { dot: true }) : () => false;
    const files = new Set();
    for (const path of input.view.files) {
        if (isExcluded(path))
            continue;
        const rules = scopes.rulesFor(path);
        if (rules.some((rule) => rule.matches(path)) || settingsRules.some((rule) => rule.matches(path)))
            files.add(path);
    }
    const excludeNote = input.settings.exclude.length > 0
        ? [`and outside impact settings tests.exclude ${input.settings.exclude.map((glob) => JSON.stringify(glob)).join(', ')}`]
        : [];
    return {
        files,
        setupFiles: [...configs.values()].flatMap((config) => config.setupFiles),
        patternsFor: (path) => {
            const rules = [...scopes.rulesFor(path), ...settingsRules];
            return [...rules.map((rule) => rule.description), ...excludeNote];
        },
        configs: [...configs.keys()].sort(),
        warnings: [...configs.values()].flatMap((config) => config.warnings),
    };
}
/**
 * Reads the runner configs of the repository, keyed by path: in each
 * folder the first vitest config of `VITEST_CONFIG_NAMES`, as vitest picks
 * it, and the first jest config, else a package.json with a `jest` field.
 * Configs of vendored packages under node_modules are skipped.
 */
function readRunnerConfigs(view, index) {
    const configs = new Map();
    const folders = new Set();
    for (const path of view.files) {
        if (!path.split('/').includes('node_modules'))
            folders.add(folderOf(path));
    }
    const firstIn = (folder, names) => names.map((name) => (folder === '' ? name : `${folder}/${name}`)).find((path) => index.has(path));
    for (const folder of folders) {
        const vitestPath = firstIn(folder, VITEST_CONFIG_NAMES);
        const vitestText = vitestPath === undefined ? undefined : view.readText(vitestPath);
        if (vitestPath !== undefined && vitestText !== undefined)
            configs.set(vitestPath, readVitestConfig(vitestPath, vitestText, index));
        const jestPath = firstIn(folder, JEST_CONFIG_NAMES);
        const jest = jestPath === undefined ? readPackageJest(view, index, folder) : readJestFile(view, index, jestPath);
        if (jest)
            configs.set(jest.path, jest);
    }
    return configs;
}
function readPackageJest(view, index, folder) {
    const path = folder === '' ? 'package.json' : `${folder}/package.json`;
    const jest = index.has(path) ? parseJson(view.readText(path))?.['jest'] : undefined;
    return isJsonObject(jest) ? readJestJsonConfig(path, jest, 'jest.', index) : undefined;
}
function readJestFile(view, index, path) {
    const text = view.readText(path);
    if (text === undefined)
        return undefined;
    if (!path.endsWith('.json'))
        return readJestSourceConfig(path, text, index);
    const object = parseJson(text);
    if (object)
        return readJestJsonConfig(path, object, '', index);
    return {
        path,
        runner: 'jest',
        rules: [],
        setupFiles: [],
        warnings: [`${path}: invalid JSON, so impact analysis reads no tests from it. Fix the syntax.`],
    };
}
/** Parses a JSON object, or returns undefined for anything else. The resolver already warns about a broken package.json. */
function parseJson(text) {
    if (text === undefined)
        return undefined;
    try {
        const value = JSON.parse(text);
        return isJsonObject(value) ? value : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * The rules that apply in each folder. A config's rules are placed at the
 * config's folder and at each folder they search (vitest's `dir` or root,
 * jest's `roots`). A file is decided by the rules of the deepest such
 * folder at or above it, separately for vitest and for jest, so a
 * package's own config wins over the root's. Below no config of either
 * runner, vitest's and jest's defaults apply from the repository root.
 * Cached per folder, so each folder is looked up once.
 */
class RuleScopes {
    placed = { vitest: new Map(), jest: new Map() };
    rulesByFolder = new Map();
    defaults = [
        vitestRule({
            source: 'defaults',
            folder: '',
            include: VITEST_DEFAULT_INCLUDE,
            exclude: VITEST_DEFAULT_EXCLUDE,
            includeLabel: "vitest's default include, as no vitest or jest config is above this file,",
        }),
        jestRule({
            source: 'defaults',
            roots: [''],
            testMatch: JEST_DEFAULT_TEST_MATCH,
            testRegex: [],
            ignore: JEST_DEFAULT_IGNORE.map((pattern) => new RegExp(pattern)),
            label: `jest's default testMatch ${JEST_DEFAULT_TEST_MATCH.map((glob) => JSON.stringify(glob)).join(', ')}`,
        }),
    ];
    constructor(configs) {
        for (const config of configs) {
            const folders = new Set([folderOf(config.path), ...config.rules.flatMap((rule) => rule.folders)]);
            for (const folder of folders) {
                const rules = this.placed[config.runner].get(folder);
                if (rules)
                    rules.push(...config.rules);
                else
                    this.placed[config.runner].set(folder, [...config.rules]);
            }
        }
    }
    rulesFor(path) {
        const folder = folderOf(path);
        let rules = this.rulesByFolder.get(folder);
        if (!rules) {
            rules = [...this.deepest(folder, this.placed.vitest), ...this.deepest(folder, this.placed.jest)];
            if (rules.length === 0)
                rules = this.defaults;
            this.rulesByFolder.set(folder, rules);
        }
        return rules;
    }
    deepest(folder, placed) {
        for (const candidate of selfAndAncestors(folder)) {
            const rules = placed.get(candidate);
            if (rules)
                return rules;
        }
        return [];
    }
}

;// CONCATENATED MODULE: ./src/impact/select/index.ts
/**
 * Test selection of impact analysis: which files are tests, and which tests,
 * packages and suites a change affects, with the evidence for each.
 */




;// CONCATENATED MODULE: ./src/impact/change/lock-graph.ts
/**
 * The resolved dependency graph of a lockfile, in a form that every lockfile
 * format maps to, and the comparison of one workspace package's closure
 * between two graphs.
 *
 * Nodes are compared by `id`, never by key. A key is where the format keeps
 * the entry (an install path for npm, a descriptor for yarn), and it can move
 * while the resolution stays the same, as when npm hoists a package.
 */
/** Id and key of the node for a repository folder, shared by every format. */
function folderNodeId(folder) {
    return `folder:${folder}`;
}
/** Id of an edge whose target the lockfile does not contain (an optional or peer dependency that was not installed). */
const UNRESOLVED = 'unresolved';
/**
 * Collects the edges reachable from the importer of `folder`. An edge into a
 * workspace package continues into that package's dependencies, because
 * loading the package loads them too. Empty when the graph has no importer
 * for `folder`.
 */
function closureOf(graph, folder) {
    const closure = { edges: new Map(), nodeIds: new Set() };
    const start = graph.importers.get(folder);
    if (start === undefined)
        return closure;
    const visited = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
        const node = graph.nodes.get(queue.pop());
        if (!node)
            continue;
        closure.nodeIds.add(node.id);
        for (const [name, targetKey] of node.dependencies) {
            const target = targetKey === null ? undefined : graph.nodes.get(targetKey);
            closure.edges.set(`${node.id}\0${name}\0${target?.id ?? UNRESOLVED}`, { from: node.id, name });
            if (targetKey !== null && target && !visited.has(targetKey)) {
                visited.add(targetKey);
                queue.push(targetKey);
            }
        }
    }
    return closure;
}
/**
 * Names of the dependencies whose resolution differs in the closure of
 * `folder` between the two graphs, sorted, or an empty list when the closure
 * is the same. An added or removed dependency counts, as does a dependency
 * that resolves to another version, integrity or peer set anywhere in the
 * closure.
 *
 * A changed package also changes the id on every edge that leaves it, so
 * those edges would name its unchanged dependencies. Only edges from nodes
 * that exist on both sides name a dependency, unless no edge does, as for a
 * workspace package that is new.
 */
function changedClosureNames(base, head, folder) {
    const before = closureOf(base, folder);
    const after = closureOf(head, folder);
    const differing = [
        ...[...before.edges].filter(([edge]) => !after.edges.has(edge)),
        ...[...after.edges].filter(([edge]) => !before.edges.has(edge)),
    ].map(([, source]) => source);
    if (differing.length === 0)
        return [];
    const fromKeptNodes = differing.filter((source) => before.nodeIds.has(source.from) && after.nodeIds.has(source.from));
    const naming = fromKeptNodes.length > 0 ? fromKeptNodes : differing;
    return [...new Set(naming.map((source) => source.name))].sort();
}
/** Creates a graph with no nodes, for a side where the lockfile does not exist. */
function emptyLockGraph() {
    return { nodes: new Map(), importers: new Map() };
}

;// CONCATENATED MODULE: ./src/impact/change/lockfile-npm.ts
/**
 * Reads `package-lock.json` and `npm-shrinkwrap.json` of lockfileVersion 2
 * and 3 (npm 7 and later). Their `packages` map is keyed by install path:
 * `""` is the root, `packages/a` a workspace folder, `node_modules/x` and
 * `packages/a/node_modules/x` installed packages. A workspace appears twice,
 * as its folder and as a link `node_modules/<name>` with `link: true` and
 * `resolved: "<folder>"`.
 */



/** Dependency fields of an installed package; a folder (root or workspace) adds `devDependencies`. */
const INSTALLED_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];
const FOLDER_FIELDS = [...INSTALLED_FIELDS, 'devDependencies'];
/** Builds the graph of an npm lockfile; throws `TextSyntaxError` when the text is not one. */
function parseNpmLockfile(text) {
    const lockfile = (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), 'the lockfile');
    const version = lockfile['lockfileVersion'];
    if (version !== 2 && version !== 3) {
        throw new parse_problem/* TextSyntaxError */.tE(`lockfileVersion ${JSON.stringify(version)} is not supported, because only versions 2 and 3 list every install path. Regenerate the lockfile with npm 7 or later`);
    }
    const packages = (0,parse_problem/* objectField */.qV)(lockfile, 'packages', 'the lockfile');
    const entries = new Map();
    for (const [location, entry] of Object.entries(packages))
        entries.set(location, (0,parse_problem/* expectObject */.Xk)(entry, `packages[${JSON.stringify(location)}]`));
    const graph = { nodes: new Map(), importers: new Map() };
    for (const [location, entry] of entries) {
        if (entry['link'] === true)
            continue;
        graph.nodes.set(location, buildNode(location, entry, entries));
        if (isFolderLocation(location))
            graph.importers.set(location, location);
    }
    return graph;
}
function buildNode(location, entry, entries) {
    const folder = isFolderLocation(location);
    const dependencies = new Map();
    for (const field of folder ? FOLDER_FIELDS : INSTALLED_FIELDS) {
        for (const name of Object.keys((0,parse_problem/* objectField */.qV)(entry, field, `packages[${JSON.stringify(location)}]`))) {
            if (!dependencies.has(name))
                dependencies.set(name, resolveFrom(location, name, entries));
        }
    }
    return { id: folder ? folderNodeId(location) : installedId(location, entry), dependencies };
}
/** Checks whether the install path is a folder of the repository rather than an installed package. */
function isFolderLocation(location) {
    return !location.split('/').includes('node_modules');
}
/** Name, version and integrity of an installed package; `name` is set for aliases (`npm:other@1`). */
function installedId(location, entry) {
    const name = typeof entry['name'] === 'string' ? entry['name'] : location.slice(location.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const version = typeof entry['version'] === 'string' ? entry['version'] : '';
    const source = [entry['integrity'], entry['resolved']].find((value) => typeof value === 'string') ?? '';
    return `${name}@${version}#${String(source)}`;
}
/**
 * Finds the entry that Node's module resolution loads for `name` from the
 * package at `location`: `<folder>/node_modules/<name>` for the package's own
 * folder and then each enclosing folder, skipping folders named
 * node_modules. A link entry leads to its target folder.
 */
function resolveFrom(location, name, entries) {
    let folder = location;
    while (folder !== null) {
        const candidate = folder === '' ? `node_modules/${name}` : `${folder}/node_modules/${name}`;
        const entry = entries.get(candidate);
        if (entry)
            return entry['link'] === true && typeof entry['resolved'] === 'string' ? entry['resolved'] : candidate;
        folder = folder === '' ? null : enclosingFolder(folder);
    }
    return null;
}
function enclosingFolder(folder) {
    let parent = folderOf(folder);
    while (baseName(parent) === 'node_modules')
        parent = folderOf(parent);
    return parent;
}

;// CONCATENATED MODULE: ./src/impact/change/yaml-text.ts


/**
 * Parses YAML text with the failsafe schema, so every scalar stays a string
 * and a version such as `1.10` is not read as the number 1.1. Throws
 * `TextSyntaxError` with the position of the first error, or without a
 * position when aliases expand too often.
 */
function parseYamlText(text) {
    const document = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', uniqueKeys: true });
    const error = document.errors[0];
    if (error) {
        const position = error.linePos?.[0];
        const problem = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new parse_problem/* TextSyntaxError */.tE(`invalid YAML (${problem})`, position?.line, position?.col);
    }
    try {
        return document.toJS({ maxAliasCount: 100 });
    }
    catch (error) {
        // The yaml package throws a ReferenceError when aliases expand past the count: an alias bomb.
        if (error instanceof ReferenceError && /alias/i.test(error.message)) {
            throw new parse_problem/* TextSyntaxError */.tE(`invalid YAML (${error.message.replace(/\.$/, '')})`);
        }
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/impact/change/lockfile-pnpm.ts
/**
 * Builds the graph of a `pnpm-lock.yaml` of lockfileVersion 6 (pnpm 8) or 9
 * (pnpm 9 and later). Both list each workspace folder under `importers`
 * (`.` for the root), with `{ specifier, version }` per dependency. A
 * `version` is either `link:<relative folder>` or a reference into the
 * package entries:
 *
 * - v6: `packages` is keyed `/<name>@<version>(<peers>)`, and a reference
 *   `<version>(<peers>)` means `/<name>@<reference>`. An alias or a non-registry
 *   package is referenced by its full key, which contains a `/`.
 * - v9: `snapshots` lists the resolved dependencies, keyed
 *   `<name>@<version>(<peers>)`, and `packages` lists the integrity, keyed
 *   without the peer suffix. An alias is referenced as `<real name>@<version>`.
 */




const IMPORTER_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
const lockfile_pnpm_ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];
/** Builds the graph; throws `TextSyntaxError` for text that is not a supported pnpm lockfile. */
function parsePnpmLockfile(text) {
    const lockfile = (0,parse_problem/* expectObject */.Xk)(parseYamlText(text), 'the lockfile');
    const major = lockfileMajor(lockfile['lockfileVersion']);
    const graph = { nodes: new Map(), importers: new Map() };
    addImporters(graph, lockfile, major);
    const entries = (0,parse_problem/* objectField */.qV)(lockfile, major === 9 ? 'snapshots' : 'packages', 'the lockfile');
    const packages = (0,parse_problem/* objectField */.qV)(lockfile, 'packages', 'the lockfile');
    for (const [key, value] of Object.entries(entries)) {
        const entry = (0,parse_problem/* optionalObject */.u9)(value, `the entry ${key}`);
        const metadata = major === 9 ? (0,parse_problem/* objectField */.qV)(packages, withoutPeers(key), 'packages') : entry;
        graph.nodes.set(key, {
            id: `${key}#${resolutionText(metadata['resolution'])}`,
            dependencies: resolveDependencies(entry, lockfile_pnpm_ENTRY_FIELDS, '', major, key),
        });
    }
    return graph;
}
function lockfileMajor(version) {
    const major = typeof version === 'string' ? Number.parseInt(version, 10) : Number.NaN;
    if (major === 6 || major === 9)
        return major;
    throw new parse_problem/* TextSyntaxError */.tE(`lockfileVersion ${JSON.stringify(version)} is not supported, because TestMaster reads versions 6 and 9 (pnpm 8 and later). Regenerate the lockfile with pnpm 8 or later`);
}
/**
 * Adds a node per importer. A lockfile without `importers` (v6 of a project
 * without workspaces) keeps the root's dependency fields at the top level.
 */
function addImporters(graph, lockfile, major) {
    const importers = lockfile['importers'] === undefined ? { '.': lockfile } : (0,parse_problem/* objectField */.qV)(lockfile, 'importers', 'the lockfile');
    for (const [path, value] of Object.entries(importers)) {
        const folder = joinInRepository('', path);
        if (folder === undefined)
            throw new parse_problem/* TextSyntaxError */.tE(`the importer ${JSON.stringify(path)} lies outside the lockfile's folder`);
        const importer = (0,parse_problem/* optionalObject */.u9)(value, `the importer ${path}`);
        const key = folderNodeId(folder);
        graph.nodes.set(key, { id: key, dependencies: resolveDependencies(importer, IMPORTER_FIELDS, folder, major, `importer ${path}`) });
        graph.importers.set(folder, key);
    }
}
/** Resolves the dependencies of an importer or entry; `folder` is where `link:` paths start. */
function resolveDependencies(owner, fields, folder, major, where) {
    const dependencies = new Map();
    for (const field of fields) {
        for (const [name, value] of Object.entries((0,parse_problem/* objectField */.qV)(owner, field, where))) {
            // Importers list `{ specifier, version }`; package entries list the reference alone.
            const reference = typeof value === 'string' ? value : (0,parse_problem/* expectObject */.Xk)(value, `${where} ${field}.${name}`)['version'];
            if (typeof reference !== 'string')
                throw new parse_problem/* TextSyntaxError */.tE(`${where} ${field}.${name} has no version`);
            dependencies.set(name, referenceKey(name, reference, folder, major));
        }
    }
    return dependencies;
}
/** Key of the node that a dependency reference points to. */
function referenceKey(name, reference, folder, major) {
    if (reference.startsWith('link:')) {
        const target = joinInRepository(folder, reference.slice('link:'.length));
        return target === undefined ? null : folderNodeId(target);
    }
    const bare = withoutPeers(reference);
    if (major === 6) {
        const fullKey = reference.startsWith('/') || reference.startsWith('file:') || bare.includes('/');
        return fullKey ? reference : `/${name}@${reference}`;
    }
    return bare.indexOf('@', 1) > 0 ? reference : `${name}@${reference}`;
}
/** Strips the peer suffix from a package key: `react-dom@18.2.0(react@18.2.0)` gives `react-dom@18.2.0`. */
function withoutPeers(key) {
    const open = key.indexOf('(');
    return open < 0 ? key : key.slice(0, open);
}
/**
 * Writes the `resolution` of an entry as stable text: integrity, tarball, or
 * git repository and commit, whichever the entry has.
 */
function resolutionText(resolution) {
    if (typeof resolution !== 'object' || resolution === null)
        return '';
    const fields = resolution;
    return Object.keys(fields)
        .sort()
        .map((key) => `${key}=${String(fields[key])}`)
        .join(',');
}

;// CONCATENATED MODULE: ./src/impact/change/yarn-classic-syntax.ts
/**
 * Parses the syntax of a yarn v1 lockfile (`# yarn lockfile v1`), which is
 * neither JSON nor YAML:
 *
 *   "@babel/core@^7.0.0", "@babel/core@^7.1.0":
 *     version "7.1.2"
 *     resolved "https://registry.yarnpkg.com/@babel/core/-/core-7.1.2.tgz#abc"
 *     integrity sha512-...
 *     dependencies:
 *       "@babel/parser" "^7.1.2"
 *
 * A line ending in `:` opens a block for one or more comma-separated keys,
 * and the lines indented below it fill the block. Other lines are
 * `key value`. Keys and values are bare words or JSON-style quoted strings,
 * and `#` starts a comment line.
 */

/**
 * Parses the text into nested blocks. Keys listed in one header share one
 * block object. Blocks have no prototype, so a key such as `__proto__` is an
 * ordinary entry.
 */
function parseYarnClassicSyntax(text) {
    const root = emptyBlock();
    const stack = [{ indent: -INDENT_STEP, block: root }];
    const lines = text.split('\n');
    lines.forEach((rawLine, index) => {
        const lineNumber = index + 1;
        const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
        const indent = line.length - line.trimStart().length;
        const content = line.slice(indent);
        if (content === '' || content.startsWith('#'))
            return;
        if (line.slice(0, indent).includes('\t'))
            throw new parse_problem/* TextSyntaxError */.tE('tabs are not allowed in indentation', lineNumber, 1);
        while (stack.length > 1 && stack[stack.length - 1].indent >= indent)
            stack.pop();
        const parent = stack[stack.length - 1];
        if (indent !== parent.indent + INDENT_STEP)
            throw new parse_problem/* TextSyntaxError */.tE('unexpected indentation', lineNumber, indent + 1);
        const cursor = new LineCursor(content, lineNumber, indent);
        const statement = yarn_classic_syntax_readStatement(cursor);
        if (statement.kind === 'block') {
            const block = emptyBlock();
            for (const key of statement.keys)
                parent.block[key] = block;
            stack.push({ indent, block });
        }
        else {
            parent.block[statement.key] = statement.value;
        }
    });
    return root;
}
/** Spaces per nesting level. Yarn v1 writes two per level, and its own tokenizer rejects an odd count. */
const INDENT_STEP = 2;
function emptyBlock() {
    return Object.create(null);
}
/** Reads `key[, key...]:` or `key value` from one line. */
function yarn_classic_syntax_readStatement(cursor) {
    const keys = [cursor.readWord()];
    for (;;) {
        cursor.skipSpaces();
        if (cursor.atEnd())
            throw cursor.error('a key has no value');
        if (cursor.peek() === ',') {
            cursor.advance();
            cursor.skipSpaces();
            keys.push(cursor.readWord());
            continue;
        }
        if (cursor.peek() === ':' && cursor.remaining() === 1)
            return { kind: 'block', keys };
        if (keys.length > 1)
            throw cursor.error('a list of keys must end with ":"');
        break;
    }
    const value = cursor.readWord();
    cursor.skipSpaces();
    if (!cursor.atEnd())
        throw cursor.error('unexpected text after the value');
    return { kind: 'value', key: keys[0], value };
}
/** Position inside one line, with errors that carry the 1-based line and column. */
class LineCursor {
    text;
    lineNumber;
    indent;
    position = 0;
    constructor(text, lineNumber, indent) {
        this.text = text;
        this.lineNumber = lineNumber;
        this.indent = indent;
    }
    atEnd() {
        return this.position >= this.text.length;
    }
    peek() {
        return this.text[this.position];
    }
    remaining() {
        return this.text.length - this.position;
    }
    advance() {
        this.position++;
    }
    skipSpaces() {
        while (this.peek() === ' ')
            this.position++;
    }
    /** Reads a quoted string, or a bare word up to a space, comma or the `:` that ends the line. */
    readWord() {
        if (this.peek() === '"')
            return this.readQuoted();
        const start = this.position;
        while (!this.atEnd()) {
            const char = this.peek();
            if (char === ' ' || char === ',' || (char === ':' && this.remaining() === 1))
                break;
            this.position++;
        }
        if (this.position === start)
            throw this.error('a key or value is missing');
        return this.text.slice(start, this.position);
    }
    error(problem) {
        return new parse_problem/* TextSyntaxError */.tE(problem, this.lineNumber, this.indent + this.position + 1);
    }
    readQuoted() {
        const start = this.position;
        this.position++;
        while (!this.atEnd() && this.peek() !== '"') {
            this.position += this.peek() === '\\' ? 2 : 1;
        }
        if (this.atEnd()) {
            this.position = start;
            throw this.error('a quoted string has no closing quote');
        }
        this.position++;
        try {
            return JSON.parse(this.text.slice(start, this.position));
        }
        catch {
            this.position = start;
            throw this.error('a quoted string has an invalid escape');
        }
    }
}

;// CONCATENATED MODULE: ./src/impact/change/lockfile-yarn-classic.ts
/**
 * Builds the graph of a yarn v1 lockfile. Entries are keyed by descriptor
 * (`name@range`), and several descriptors may share one entry. Unlike the
 * other formats, the file does not record workspaces: their dependency ranges
 * come from their package.json files, through `LockfileWorkspace.dependencies`.
 */



/** Dependency blocks of an entry; yarn v1 does not install peer dependencies. */
const lockfile_yarn_classic_ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];
/**
 * @param workspaces the workspace packages inside the lockfile's folder, with
 *   folders relative to it. A package without `dependencies` is treated as
 *   depending on every entry, so any change of the lockfile affects it.
 */
function parseYarnClassicLockfile(text, workspaces) {
    const root = parseYarnClassicSyntax(text);
    const keyByDescriptor = new Map();
    // Descriptors of one header share a block, and the first of them becomes the node key.
    const keyByBlock = new Map();
    for (const [descriptor, value] of Object.entries(root)) {
        const block = expectBlock(value, descriptor);
        const key = keyByBlock.get(block) ?? descriptor;
        keyByBlock.set(block, key);
        keyByDescriptor.set(descriptor, key);
    }
    const graph = { nodes: new Map(), importers: new Map() };
    for (const [block, key] of keyByBlock)
        graph.nodes.set(key, entryNode(key, block, keyByDescriptor));
    const workspaceFolders = new Map(workspaces.map((workspace) => [workspace.name, workspace.folder]));
    for (const workspace of workspaces) {
        const key = folderNodeId(workspace.folder);
        const dependencies = workspace.dependencies
            ? resolveWorkspaceRanges(workspace.dependencies, keyByDescriptor, workspaceFolders)
            : new Map([...keyByDescriptor].map(([descriptor, target]) => [descriptor, target]));
        graph.nodes.set(key, { id: key, dependencies });
        graph.importers.set(workspace.folder, key);
    }
    return graph;
}
function entryNode(key, block, keyByDescriptor) {
    const dependencies = new Map();
    for (const field of lockfile_yarn_classic_ENTRY_FIELDS) {
        const listed = block[field];
        if (listed === undefined)
            continue;
        for (const [name, range] of Object.entries(expectBlock(listed, `${key} ${field}`))) {
            if (typeof range !== 'string')
                throw new parse_problem/* TextSyntaxError */.tE(`the range of ${name} in ${key} ${field} is a block`);
            dependencies.set(name, keyByDescriptor.get(`${name}@${range}`) ?? null);
        }
    }
    const version = typeof block['version'] === 'string' ? block['version'] : '';
    const source = [block['integrity'], block['resolved']].find((value) => typeof value === 'string') ?? '';
    return { id: `${packageName(key)}@${version}#${String(source)}`, dependencies };
}
/**
 * Resolves a workspace's ranges. A range on another workspace package that the
 * lockfile does not list is the link to that package that yarn v1 makes.
 */
function resolveWorkspaceRanges(ranges, keyByDescriptor, workspaceFolders) {
    const dependencies = new Map();
    for (const [name, range] of Object.entries(ranges)) {
        const entry = keyByDescriptor.get(`${name}@${range}`);
        const workspaceFolder = workspaceFolders.get(name);
        dependencies.set(name, entry ?? (workspaceFolder !== undefined ? folderNodeId(workspaceFolder) : null));
    }
    return dependencies;
}
/** Package name of a descriptor: `@scope/name@^1` and `alias@npm:real@^1` give `@scope/name` and `alias`. */
function packageName(descriptor) {
    const at = descriptor.indexOf('@', 1);
    return at < 0 ? descriptor : descriptor.slice(0, at);
}
function expectBlock(value, where) {
    if (typeof value === 'string')
        throw new parse_problem/* TextSyntaxError */.tE(`${where} is a value where a block was expected`);
    return value;
}

;// CONCATENATED MODULE: ./src/impact/change/lockfile-yarn-berry.ts
/**
 * Builds the graph of a Yarn Berry (yarn 2 and later) lockfile. The file is
 * YAML with a `__metadata` entry. Each other entry is keyed by its
 * comma-separated descriptors (`lodash@npm:^4.17.20, lodash@npm:^4.17.21`)
 * and has a `resolution` (`lodash@npm:4.17.21`), a `checksum` and
 * `dependencies` of name and range. A workspace package is an entry whose
 * resolution is `<name>@workspace:<folder>`, with `.` for the root.
 */



/**
 * Dependency fields of an entry. Berry writes optional dependencies into
 * `dependencies` too. Peer dependencies are left out, because they resolve
 * to whatever the dependent package resolved, which its closure holds.
 */
const lockfile_yarn_berry_ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];
const WORKSPACE_RESOLUTION = /^(?:@[^/@]+\/)?[^@]+@workspace:(.+)$/;
/** Checks whether yarn.lock text is a Berry lockfile rather than a yarn v1 one. */
function isYarnBerryLockfile(text) {
    return /^__metadata:/m.test(text);
}
/** Builds the graph; throws `TextSyntaxError` when the text is not a Berry lockfile. */
function parseYarnBerryLockfile(text) {
    const lockfile = (0,parse_problem/* expectObject */.Xk)(parseYamlText(text), 'the lockfile');
    if (lockfile['__metadata'] === undefined)
        throw new parse_problem/* TextSyntaxError */.tE('the __metadata entry of a Yarn Berry lockfile is missing');
    const entries = new Map();
    const resolutionByDescriptor = new Map();
    for (const [descriptors, value] of Object.entries(lockfile)) {
        if (descriptors === '__metadata')
            continue;
        const entry = (0,parse_problem/* expectObject */.Xk)(value, `the entry ${JSON.stringify(descriptors)}`);
        const resolution = entry['resolution'];
        if (typeof resolution !== 'string')
            throw new parse_problem/* TextSyntaxError */.tE(`the entry ${JSON.stringify(descriptors)} has no resolution`);
        entries.set(resolution, entry);
        for (const descriptor of descriptors.split(','))
            resolutionByDescriptor.set(descriptor.trim(), resolution);
    }
    const graph = { nodes: new Map(), importers: new Map() };
    for (const [resolution, entry] of entries) {
        const folder = workspaceFolder(resolution);
        const key = folder === undefined ? resolution : folderNodeId(folder);
        graph.nodes.set(key, lockfile_yarn_berry_buildNode(resolution, entry, folder, resolutionByDescriptor));
        if (folder !== undefined)
            graph.importers.set(folder, key);
    }
    return graph;
}
function lockfile_yarn_berry_buildNode(resolution, entry, folder, resolutionByDescriptor) {
    const dependencies = new Map();
    for (const field of lockfile_yarn_berry_ENTRY_FIELDS) {
        for (const [name, range] of Object.entries((0,parse_problem/* objectField */.qV)(entry, field, `the entry ${resolution}`))) {
            const target = resolutionByDescriptor.get(`${name}@${String(range)}`);
            dependencies.set(name, target === undefined ? null : nodeKey(target));
        }
    }
    const checksum = typeof entry['checksum'] === 'string' ? entry['checksum'] : '';
    return { id: folder === undefined ? `${resolution}#${checksum}` : folderNodeId(folder), dependencies };
}
function nodeKey(resolution) {
    const folder = workspaceFolder(resolution);
    return folder === undefined ? resolution : folderNodeId(folder);
}
/** Folder of a workspace resolution relative to the lockfile, `''` for `.`; undefined for other resolutions. */
function workspaceFolder(resolution) {
    const folder = WORKSPACE_RESOLUTION.exec(resolution)?.[1];
    if (folder === undefined)
        return undefined;
    return folder === '.' ? '' : folder.replace(/^\.\//, '').replace(/\/$/, '');
}

;// CONCATENATED MODULE: ./src/impact/change/lockfile-diff.ts
/**
 * Finds the workspace packages whose resolved dependencies a lockfile change
 * affects. A package is affected when any package in its dependency closure,
 * direct or transitive, resolves to another version, integrity or peer set,
 * or when its own dependency set changed.
 *
 * The root package of the lockfile (the importer of the lockfile's own
 * folder) is always compared and reported under the name `''`, whether or
 * not it is a listed workspace package. A yarn v1 lockfile records no
 * importers, so there the root is compared only when `workspaces` lists the
 * lockfile's folder. Its dependencies are the tools that
 * run every package's tests (the test runner, the compiler, shared test
 * helpers that hoisting makes loadable from any package), so a change there,
 * even to a root-only dev tool, can change how any test runs.
 *
 * NOTE: the closure follows the declared dependencies only. Code that loads
 * a package it does not declare, which hoisting makes possible, is not seen.
 */







/** File names of the lockfiles that `diffLockfile` reads, with the package manager that writes each. */
const LOCKFILE_NAMES = {
    'package-lock.json': 'npm',
    'npm-shrinkwrap.json': 'npm',
    'yarn.lock': 'yarn',
    'pnpm-lock.yaml': 'pnpm',
};
/** Name under which `diffLockfile` reports the root package of the lockfile. */
const ROOT_PACKAGE = '';
/**
 * Compares the two versions of one lockfile. A text that cannot be parsed
 * gives a problem with the file, side and position, for the caller to run
 * every test. A workspace package outside the lockfile's folder is never
 * affected. Affected packages keep the order of `workspaces`.
 */
function diffLockfile(request) {
    const fileName = baseName(request.path);
    const manager = Object.hasOwn(LOCKFILE_NAMES, fileName)
        ? LOCKFILE_NAMES[fileName]
        : undefined;
    if (manager === undefined) {
        const names = Object.keys(LOCKFILE_NAMES).join(', ');
        return { ok: false, problem: { file: request.path, side: 'head', message: `${request.path} is not a lockfile that TestMaster reads; it reads ${names}` } };
    }
    const lockfileFolder = folderOf(request.path);
    const inside = request.workspaces
        .filter((workspace) => isInside(workspace.folder, lockfileFolder))
        .map((workspace) => ({ workspace, folder: relativeInside(workspace.folder, lockfileFolder) }));
    const relativeWorkspaces = inside.map(({ workspace, folder }) => ({ ...workspace, folder }));
    const base = readSide(manager, request, 'base', relativeWorkspaces);
    if (!base.ok)
        return base;
    const head = readSide(manager, request, 'head', relativeWorkspaces);
    if (!head.ok)
        return head;
    const affected = [];
    const rootChanges = changedClosureNames(base.graph, head.graph, '');
    if (rootChanges.length > 0)
        affected.push({ name: ROOT_PACKAGE, folder: lockfileFolder, changedDependencies: rootChanges });
    for (const { workspace, folder } of inside) {
        if (folder === '')
            continue;
        const changedDependencies = changedClosureNames(base.graph, head.graph, folder);
        if (changedDependencies.length > 0)
            affected.push({ name: workspace.name, folder: workspace.folder, changedDependencies });
    }
    return { ok: true, affected };
}
function readSide(manager, request, side, workspaces) {
    const text = request[side];
    if (text === null)
        return { ok: true, graph: emptyLockGraph() };
    try {
        return { ok: true, graph: parseLockfile(manager, text, workspaces) };
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return { ok: false, problem: (0,parse_problem/* toParseProblem */.OL)(error, request.path, side) };
        throw error;
    }
}
function parseLockfile(manager, text, workspaces) {
    switch (manager) {
        case 'npm':
            return parseNpmLockfile(text);
        case 'pnpm':
            return parsePnpmLockfile(text);
        case 'yarn':
            return isYarnBerryLockfile(text) ? parseYarnBerryLockfile(text) : parseYarnClassicLockfile(text, workspaces);
    }
}

;// CONCATENATED MODULE: ./src/impact/change/manifest-changes.ts
/**
 * Compares the dependency fields of two versions of a package.json. Only
 * the fields that decide what gets installed count, so an edit of
 * `scripts`, `version` or any other field is no dependency change.
 */

/** Fields that list a package's own dependencies. */
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'];
/**
 * Fields that pin versions for the whole install: npm `overrides`, yarn
 * `resolutions` and `pnpm.overrides`. They take effect only in the root
 * package.json, where a change can affect every workspace package.
 */
const ROOT_WIDE_FIELDS = ['overrides', 'resolutions', 'pnpm.overrides'];
/**
 * Lists the dependency fields that differ between the base and head text of
 * one package.json, in the order of `DEPENDENCY_FIELDS` then
 * `ROOT_WIDE_FIELDS`. A null text is a file that does not exist on that
 * side, so every entry on the other side counts as changed. Invalid JSON,
 * or a field that is not an object, is a problem with its position.
 *
 * @param file repository path, for messages
 */
function diffManifestDependencies(base, head, file = 'package.json') {
    const baseFields = readFieldMaps(base, file, 'base');
    if (!baseFields.ok)
        return baseFields;
    const headFields = readFieldMaps(head, file, 'head');
    if (!headFields.ok)
        return headFields;
    const changes = [];
    for (const field of [...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS]) {
        const names = changedKeys(baseFields.maps[field], headFields.maps[field]);
        if (names.length > 0)
            changes.push({ field, rootWide: isRootWide(field), names });
    }
    return { ok: true, changes };
}
/**
 * Fields that decide which file an import of the package, or an import
 * inside it, loads: the package name, the entry points (`exports`, `main`,
 * `module`, `types`, `typings`, `browser`), the `imports` map of `#`
 * specifiers, and `type`, which decides how `.js` files are read.
 */
const manifest_changes_ENTRY_FIELDS = ['name', 'exports', 'imports', 'main', 'module', 'types', 'typings', 'browser', 'type'];
/**
 * Lists the entry fields whose values differ between the base and head text
 * of one package.json, in the order of `ENTRY_FIELDS`. A null text is a file
 * that does not exist on that side. Text that is not a JSON object gives an
 * empty list, because `diffManifestDependencies` reports it.
 */
function diffManifestEntryFields(base, head) {
    const before = readObject(base);
    const after = readObject(head);
    if (before === undefined || after === undefined)
        return [];
    return manifest_changes_ENTRY_FIELDS.filter((field) => canonicalJson(before[field]) !== canonicalJson(after[field]));
}
function readObject(text) {
    if (text === null)
        return {};
    try {
        return (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), 'package.json');
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return undefined;
        throw error;
    }
}
/**
 * Dependency ranges that a workspace package declares for install:
 * `dependencies`, `devDependencies` and `optionalDependencies`, with later
 * fields winning as package managers do. Peer dependencies are left out,
 * because the dependent package installs them. Entries whose range is not a
 * string are skipped. Throws `TextSyntaxError` for invalid JSON.
 */
function readDependencyRanges(text) {
    const manifest = (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), 'package.json');
    const ranges = new Map();
    for (const field of ['devDependencies', 'dependencies', 'optionalDependencies']) {
        for (const [name, range] of Object.entries((0,parse_problem/* objectField */.qV)(manifest, field, 'package.json'))) {
            if (typeof range === 'string')
                ranges.set(name, range);
        }
    }
    // fromEntries defines own properties, so a dependency named __proto__ stays a key.
    return Object.fromEntries(ranges);
}
function readFieldMaps(text, file, side) {
    const maps = Object.fromEntries([...DEPENDENCY_FIELDS, ...ROOT_WIDE_FIELDS].map((field) => [field, {}]));
    if (text === null)
        return { ok: true, maps };
    try {
        const manifest = (0,parse_problem/* expectObject */.Xk)((0,parse_problem/* parseJsonText */.lk)(text), file);
        for (const field of DEPENDENCY_FIELDS)
            maps[field] = (0,parse_problem/* objectField */.qV)(manifest, field, file);
        maps.overrides = (0,parse_problem/* objectField */.qV)(manifest, 'overrides', file);
        maps.resolutions = (0,parse_problem/* objectField */.qV)(manifest, 'resolutions', file);
        maps['pnpm.overrides'] = (0,parse_problem/* objectField */.qV)((0,parse_problem/* objectField */.qV)(manifest, 'pnpm', file), 'overrides', `${file}.pnpm`);
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return { ok: false, problem: (0,parse_problem/* toParseProblem */.OL)(error, file, side) };
        throw error;
    }
    return { ok: true, maps };
}
function isRootWide(field) {
    return ROOT_WIDE_FIELDS.includes(field);
}
/** Keys whose values differ, compared as canonical JSON so key order inside nested overrides does not count. */
function changedKeys(base, head) {
    const names = new Set([...Object.keys(base), ...Object.keys(head)]);
    const valueOf = (map, name) => Object.hasOwn(map, name) ? canonicalJson(map[name]) : undefined;
    return [...names].filter((name) => valueOf(base, name) !== valueOf(head, name)).sort();
}
function compareKeys(left, right) {
    if (left < right)
        return -1;
    return left > right ? 1 : 0;
}
function canonicalJson(value) {
    if (Array.isArray(value))
        return `[${value.map((item) => canonicalJson(item) ?? 'null').join(',')}]`;
    if (typeof value === 'object' && value !== null) {
        const entries = Object.entries(value).sort(([left], [right]) => compareKeys(left, right));
        return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

;// CONCATENATED MODULE: ./src/impact/stage/dependency-changes.ts
/**
 * Compares the base and head versions of changed package manifests and
 * lockfiles, for the triggers that widen the run.
 */




/** Trigger of the run-all reason for a package.json that is not valid JSON at the base or the head. */
const UNREADABLE_MANIFEST_TRIGGER = 'package.json unreadable';
/** Returns the changed files whose base version `compareDependencies` reads. */
function dependencyFiles(changes) {
    return changes.map((change) => change.path).filter((path) => isManifest(path) || isLockfile(path));
}
function compareDependencies(changes, versions, workspaces) {
    const findings = { dependencyChanges: [], entryChanges: [], lockfiles: [], runAllReasons: [] };
    for (const path of dependencyFiles(changes)) {
        if (isManifest(path))
            compareManifest(path, versions, findings);
        else
            compareLockfile(path, versions, workspaces, findings);
    }
    return findings;
}
function compareManifest(path, versions, findings) {
    const diff = diffManifestDependencies(versions.base(path), versions.head(path), path);
    if (!diff.ok) {
        // A manifest that cannot be read may have changed anything, workspaces and
        // overrides included, which reach beyond its own package, so every test runs.
        findings.runAllReasons.push({
            trigger: UNREADABLE_MANIFEST_TRIGGER,
            file: path,
            detail: `${diff.problem.message}. Fix the JSON syntax of ${path}; until then every test runs.`,
        });
        return;
    }
    const fields = [...new Set(diff.changes.map((change) => change.field))];
    if (fields.length > 0)
        findings.dependencyChanges.push({ manifest: path, fields });
    const entryFields = diffManifestEntryFields(versions.base(path), versions.head(path));
    if (entryFields.length > 0)
        findings.entryChanges.push({ manifest: path, fields: entryFields });
}
function compareLockfile(path, versions, workspaces, findings) {
    const diff = diffLockfile({ path, base: versions.base(path), head: versions.head(path), workspaces: lockfileWorkspaces(path, versions, workspaces) });
    if (diff.ok) {
        const root = diff.affected.find((workspace) => workspace.name === ROOT_PACKAGE);
        findings.lockfiles.push({
            file: path,
            affectedPackages: diff.affected.map((workspace) => workspace.name),
            ...(root ? { rootDependencies: root.changedDependencies } : {}),
        });
        return;
    }
    findings.lockfiles.push({ file: path, affectedPackages: null, parseError: diff.problem.message });
}
/**
 * Returns the packages to compare in a lockfile: the workspace packages, each
 * with its dependency ranges at the head, plus the root package of the
 * lockfile's folder when it is not one of them. yarn v1 lockfiles record no
 * importers, so the ranges are what lets them tell the packages apart; a
 * package.json that cannot be read gives no ranges, and any change then
 * affects its package.
 */
function lockfileWorkspaces(lockfile, versions, workspaces) {
    const folder = external_node_path_.posix.dirname(lockfile) === '.' ? '' : external_node_path_.posix.dirname(lockfile);
    const packages = [...workspaces];
    if (!workspaces.some((workspace) => workspace.folder === folder))
        packages.push({ name: ROOT_PACKAGE, folder });
    if (external_node_path_.posix.basename(lockfile) !== 'yarn.lock')
        return packages;
    return packages.map((workspace) => {
        const dependencies = rangesAt(versions, workspace.folder === '' ? 'package.json' : `${workspace.folder}/package.json`);
        return dependencies ? { name: workspace.name, folder: workspace.folder, dependencies } : { name: workspace.name, folder: workspace.folder };
    });
}
function rangesAt(versions, manifest) {
    const text = versions.head(manifest);
    if (text === null)
        return undefined;
    try {
        return readDependencyRanges(text);
    }
    catch (error) {
        if (error instanceof parse_problem/* TextSyntaxError */.tE)
            return undefined;
        throw error;
    }
}
function isManifest(path) {
    return external_node_path_.posix.basename(path) === 'package.json' && !path.split('/').includes('node_modules');
}
function isLockfile(path) {
    return Object.hasOwn(LOCKFILE_NAMES, external_node_path_.posix.basename(path));
}

;// CONCATENATED MODULE: ./src/impact/change/equivalence/quick-check.ts
/**
 * A check that runs before the lexer and finds most code changes in one
 * pass over the characters. The lexer's first use in a process costs tens of
 * milliseconds while its code is still interpreted: about 60 ms for three
 * files of 73,000 characters on Node.js 20. A run with a warm scan cache
 * loads the lexer for nothing else.
 *
 * The pass knows strings, template literals and comments. It takes a `/`
 * for the start of a regular expression after a punctuator or a keyword
 * such as `return`, as a parser-less tokenizer does, and it does not know
 * JSX text. So a quote or comment marker inside JSX text, or a misread `/`,
 * can throw it off. Then it may call a change to comments a code change,
 * which costs selection but never safety, because it can only report
 * "differs", and the full comparison decides everything else.
 */

const KEYWORDS = new Set([
    'await', 'break', 'case', 'catch', 'continue', 'debugger', 'delete', 'do', 'else', 'finally', 'for', 'if', 'instanceof',
    'new', 'return', 'super', 'switch', 'throw', 'try', 'while', 'with', 'yield',
]);
/**
 * Operators that type syntax never contains, as `erasure-checks.ts` lists
 * them, longest first. `>=` is left out: `let a: Array<T>= b` has one.
 */
const OPERATORS = ['===', '!==', '**=', '&&=', '||=', '??=', '<<=', '==', '!=', '&&', '||', '??', '++', '--', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<=', '?.', '**', '@', '%', '^', '~'];
/** First characters of `OPERATORS`, so that other punctuation skips the search. */
const OPERATOR_STARTS = '=!*&|?<+-/%^~@';
/** Characters after which a keyword is a property name, as in `{ if: 1 }` or `delete(): void`. */
const NAME_FOLLOWERS = new Set([':', '?', '(', '<', ',', ';', '}']);
const TYPESCRIPT_SOURCE = /\.(?:[mc]?ts|tsx)$/i;
/**
 * Returns true when the two versions of the script at `path` certainly
 * differ at run time: their code differs, and for TypeScript, so do the
 * tokens that type erasure keeps. False means undecided, and always for a
 * declaration file, which emits nothing.
 */
function certainlyDiffersAtRunTime(path, base, head) {
    const kind = (0,file_kinds/* classifyPath */.q)(path);
    if (kind.kind !== 'script' || kind.language.declarationFile)
        return false;
    return certainlyDiffers(base, head, TYPESCRIPT_SOURCE.test(path));
}
function certainlyDiffers(base, head, typescript) {
    const left = digest(base);
    const right = digest(head);
    if (left.code === right.code)
        return false;
    return !typescript || left.valueOnly !== right.valueOnly;
}
function digest(text) {
    const scanner = new DigestScanner(text);
    while (scanner.pos < text.length)
        scanner.step();
    return scanner.finish();
}
/** One pass of `digest` over a text: each `step` consumes one token, one comment or one run of white space. */
class DigestScanner {
    text;
    pos = 0;
    code = [];
    valueOnly = [];
    /** Brace depth of each open template substitution, innermost last. */
    substitutions = [];
    braces = 0;
    /** Start of the code that has not been copied into `code` yet. */
    runStart = 0;
    constructor(text) {
        this.text = text;
    }
    step() {
        const { text, pos } = this;
        const char = text[pos];
        const next = text[pos + 1];
        if (char === ' ' || char === '\t' || char === '\n' || char === '\r')
            this.skip(pos + 1);
        else if (char === '/' && (next === '/' || next === '*'))
            this.skip(next === '/' ? lineEnd(text, pos) : blockCommentEnd(text, pos));
        else if (char === '"' || char === "'")
            this.pos = stringEnd(text, pos, char);
        else if (char === '`' || (char === '}' && this.closesSubstitution()))
            this.readTemplate(char);
        else if (char === '/' && regexCanStart(text, pos))
            this.readRegex();
        else if (isWordStart(char))
            this.readWord();
        else
            this.readPunctuation(char);
    }
    finish() {
        this.flush(this.pos);
        // Joined without a separator, so that formatting between tokens leaves the code equal.
        return { code: this.code.join(''), valueOnly: this.valueOnly.join(' ') };
    }
    /** Leaves out the text up to `end`: white space or a comment. */
    skip(end) {
        this.flush(this.pos);
        this.pos = end;
        this.runStart = end;
    }
    flush(end) {
        if (end > this.runStart)
            this.code.push(this.text.slice(this.runStart, end));
    }
    closesSubstitution() {
        const depth = this.substitutions[this.substitutions.length - 1];
        return depth !== undefined && depth === this.braces;
    }
    readTemplate(char) {
        if (char === '}')
            this.substitutions.pop();
        this.pos = templateEnd(this.text, this.pos + 1);
        if (this.text.startsWith('${', this.pos - 2))
            this.substitutions.push(this.braces);
    }
    /** A regular expression never occurs in a type, so erasure keeps it. */
    readRegex() {
        const end = regexEnd(this.text, this.pos);
        this.valueOnly.push(this.text.slice(this.pos, end));
        this.pos = end;
    }
    readWord() {
        const { text, pos } = this;
        const end = wordEnd(text, pos);
        const word = text.slice(pos, end);
        if (KEYWORDS.has(word) && !afterDot(text, pos) && !NAME_FOLLOWERS.has(nextVisible(text, end)))
            this.valueOnly.push(word);
        this.pos = end;
    }
    readPunctuation(char) {
        if (char === '{')
            this.braces++;
        else if (char === '}')
            this.braces--;
        const operator = OPERATOR_STARTS.includes(char) ? OPERATORS.find((candidate) => this.text.startsWith(candidate, this.pos)) : undefined;
        if (operator !== undefined && !(operator === '?.' && isDigit(this.text[this.pos + 2]))) {
            this.valueOnly.push(operator);
            this.pos += operator.length;
        }
        else {
            this.pos++;
        }
    }
}
/** Keywords after which a `/` starts a regular expression rather than a division. */
const REGEX_AFTER_WORDS = new Set(['return', 'typeof', 'case', 'do', 'else', 'in', 'of', 'new', 'delete', 'void', 'throw', 'yield', 'await']);
const REGEX_AFTER_CHARACTERS = '(,=:[!&|?{};+-*%<>~^';
/** Returns whether the `/` at `pos` starts a regular expression, judged by the character or keyword before it. */
function regexCanStart(text, pos) {
    let index = pos - 1;
    while (index >= 0 && isSpace(text[index]))
        index--;
    if (index < 0)
        return true;
    const previous = text[index];
    if (REGEX_AFTER_CHARACTERS.includes(previous))
        return true;
    if (!isWordStart(previous) && !isDigit(previous))
        return false;
    let start = index;
    while (start > 0 && (isWordStart(text[start - 1]) || isDigit(text[start - 1])))
        start--;
    return REGEX_AFTER_WORDS.has(text.slice(start, index + 1));
}
/** Returns the offset after the regular expression at `pos` and its flags, or after the `/` alone when no `/` closes it on its line. */
function regexEnd(text, pos) {
    let index = pos + 1;
    let inClass = false;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === '\n')
            return pos + 1;
        else {
            if (char === '[')
                inClass = true;
            else if (char === ']')
                inClass = false;
            else if (char === '/' && !inClass)
                return wordEnd(text, index);
            index++;
        }
    }
    return pos + 1;
}
function isSpace(char) {
    return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}
function lineEnd(text, pos) {
    const end = text.indexOf('\n', pos);
    return end === -1 ? text.length : end;
}
function blockCommentEnd(text, pos) {
    const end = text.indexOf('*/', pos + 2);
    return end === -1 ? text.length : end + 2;
}
/** Returns the offset after the string that starts with `quote` at `pos`. */
function stringEnd(text, pos, quote) {
    let index = pos + 1;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === quote || char === '\n')
            return index + 1;
        else
            index++;
    }
    return index;
}
/** Returns the offset after the closing backtick or the `${` that ends this stretch of template text. */
function templateEnd(text, pos) {
    let index = pos;
    while (index < text.length) {
        const char = text[index];
        if (char === '\\')
            index += 2;
        else if (char === '`')
            return index + 1;
        else if (char === '$' && text[index + 1] === '{')
            return index + 2;
        else
            index++;
    }
    return index;
}
function isWordStart(char) {
    return (char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z') || char === '_' || char === '$' || char === '#';
}
function wordEnd(text, pos) {
    let index = pos + 1;
    while (index < text.length && (isWordStart(text[index]) || isDigit(text[index])))
        index++;
    return index;
}
function isDigit(char) {
    return char !== undefined && char >= '0' && char <= '9';
}
function afterDot(text, pos) {
    let index = pos - 1;
    while (index >= 0 && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r'))
        index--;
    return text[index] === '.';
}
function nextVisible(text, pos) {
    let index = pos;
    while (index < text.length && (text[index] === ' ' || text[index] === '\t' || text[index] === '\n' || text[index] === '\r'))
        index++;
    return text[index] ?? '';
}

;// CONCATENATED MODULE: ./src/impact/stage/equivalent-changes.ts
/**
 * Marks the modified scripts whose change cannot alter what runs, so that
 * tests reaching only them need a type check, not a run. The stage reads
 * the base versions with its other base blobs, in one git process.
 *
 * The quick check decides most code changes. The full comparison, with the
 * lexer and the eraser, loads only for the rest: with a warm scan cache
 * nothing else in the run loads the lexer.
 */



/** Options for a file that no tsconfig covers: the compiler's defaults, which keep neither metadata nor unused imports. */
const DEFAULT_EMIT_OPTIONS = { emitDecoratorMetadata: false, keepValueImports: false };
/**
 * Paths whose base version the comparison needs: modified text scripts
 * that are not test files. A changed test file runs whatever changed in it,
 * so comparing its versions would cost time, up to loading the eraser, and
 * select nothing less.
 */
function equivalenceCandidates(files, isTest) {
    return files
        .filter((file) => file.status === 'modified' && !file.binary && (0,file_kinds/* classifyPath */.q)(file.path).kind === 'script' && !isTest(file.path))
        .map((file) => file.path);
}
/**
 * Returns `files` with `runtimeEquivalent` set where it applies. Renames are
 * a deletion plus an addition in the change, so a renamed file is never
 * compared.
 */
async function markEquivalentChanges(files, candidatePaths, sources, erase) {
    const undecided = [];
    for (const path of candidatePaths) {
        const baseText = sources.baseText(path);
        const headText = sources.headText(path);
        if (baseText === undefined || headText === undefined || certainlyDiffersAtRunTime(path, baseText, headText))
            continue;
        undecided.push({ path, baseText, headText, options: sources.emitOptionsOf(path) ?? DEFAULT_EMIT_OPTIONS });
    }
    if (undecided.length === 0)
        return files;
    const { compareVersions } = await __webpack_require__.e(/* import() */ 196).then(__webpack_require__.bind(__webpack_require__, 31196));
    const eraser = erase ?? (await __webpack_require__.e(/* import() */ 168).then(__webpack_require__.bind(__webpack_require__, 35168))).eraseTypes;
    const equivalences = new Map();
    for (const versions of undecided) {
        const equivalence = await compareVersions(versions, eraser);
        if (equivalence)
            equivalences.set(versions.path, equivalence);
    }
    return files.map((file) => {
        const equivalence = equivalences.get(file.path);
        return equivalence ? { ...file, runtimeEquivalent: equivalence } : file;
    });
}
/** Notes for the report: one per marked file, saying why its importers only need a type check. */
function equivalenceNotes(files) {
    const notes = [];
    for (const file of files) {
        if (file.runtimeEquivalent === 'comments') {
            notes.push(`${(0,display_text/* displayText */.W)(file.path)} changed only in comments or white space, so tests that reach only such changes need a type check, not a run.`);
        }
        else if (file.runtimeEquivalent === 'types') {
            notes.push(`${(0,display_text/* displayText */.W)(file.path)} changed only in types, which are erased before it runs, so tests that reach only such changes need a type check, not a run.`);
        }
    }
    return notes;
}

;// CONCATENATED MODULE: ./src/impact/stage/explanation-blocks.ts

function explanationBlocks(explanations) {
    if (explanations.length === 0)
        return [];
    const blocks = [{ kind: 'heading', level: 3, text: 'Explanations' }];
    for (const explanation of explanations) {
        blocks.push({ kind: 'paragraph', text: [{ text: (0,display_text/* displayText */.W)(explanation.path), style: 'code' }] });
        blocks.push({ kind: 'list', items: explanation.lines });
    }
    return blocks;
}

;// CONCATENATED MODULE: ./src/impact/stage/explain-paths.ts
/**
 * Matching of the paths that `--explain` names to repository paths. Node
 * decodes a command-line argument that is not valid UTF-8 with one U+FFFD
 * per invalid sequence, while `decodeGitPath` keeps each invalid byte as a
 * lone surrogate, so such a path never equals the argument that names it.
 */
/**
 * Returns the repository path that `requested` names: itself when it is one
 * of `paths`, else the only path that it matches when each U+FFFD stands for
 * one or more bytes that are not UTF-8. Without exactly one match it returns
 * `requested`, which the explanation then reports as not tracked.
 */
function matchExplainPath(requested, paths) {
    if (!requested.includes(REPLACEMENT_CHARACTER) || paths.includes(requested))
        return requested;
    const pattern = new RegExp(`^${requested.split(REPLACEMENT_CHARACTER).map(escapeRegExp).join(INVALID_BYTES)}$`);
    const matches = new Set(paths.filter((path) => pattern.test(path)));
    return matches.size === 1 ? [...matches][0] : requested;
}
const REPLACEMENT_CHARACTER = '\uFFFD';
/** One U+FFFD, or a run of the lone surrogates U+DC80 to U+DCFF that stand for bytes 0x80 to 0xFF. */
const INVALID_BYTES = '(?:\\uFFFD|[\\uDC80-\\uDCFF]+)';
function escapeRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/impact/stage/risk-inputs.ts

/** Changed modules whose reach is measured; each costs one walk of the reverse graph. */
const MAX_MEASURED_MODULES = 50;
/**
 * Returns the largest share of the repository's modules that reach one
 * changed module through the reverse graph, and that module. The modules with
 * the most direct importers are measured first, up to `MAX_MEASURED_MODULES`.
 */
function measureCentrality(graph, changes) {
    const candidates = changes
        .map((change) => change.path)
        .filter((path) => graph.importersOf(path).length > 0)
        .sort((a, b) => graph.importersOf(b).length - graph.importersOf(a).length || (a < b ? -1 : 1))
        .slice(0, MAX_MEASURED_MODULES);
    let best = { share: 0, module: null };
    const total = Math.max(graph.files.length, 1);
    for (const path of candidates) {
        const share = Math.min(countReachingModules(graph, path) / total, 1);
        if (share > best.share)
            best = { share, module: path };
    }
    return best;
}
/**
 * Returns the edges for the fan-in: those of the head graph, plus the base
 * graph's edges into each deleted module, which its importers had before the
 * change.
 */
function fanInEdges(head, base, changes) {
    if (base === null)
        return head.edges;
    const intoDeleted = deletedPaths(changes).flatMap((path) => base.importersOf(path));
    return intoDeleted.length === 0 ? head.edges : [...head.edges, ...intoDeleted];
}
/**
 * Measures the centrality of the change: the modules that exist at the head
 * in the head graph, the deleted ones in the base graph, and the larger of
 * the two shares.
 */
function measureChangeCentrality(head, base, changes) {
    const present = measureCentrality(head, changes);
    if (base === null)
        return present;
    const deleted = measureCentrality(base, changes.filter((change) => change.status === 'deleted'));
    return deleted.share > present.share ? deleted : present;
}
/**
 * Finds the public modules that still exist at the head and re-export from a
 * module the change deleted: each such module with the specifiers of those
 * re-exports, as written. A specifier that still resolves at the head, to a
 * file the change added in its place, is not lost.
 *
 * NOTE: only direct re-exports count. A public module that re-exports
 * `export *` from a private module, which in turn re-exported the deleted
 * one, loses names that are not counted.
 */
function findLostReExports(head, base, changes, publicModules) {
    const lost = new Map();
    for (const path of deletedPaths(changes)) {
        for (const edge of base.importersOf(path)) {
            const isPublic = publicModules.entryPoints.has(edge.from) || publicModules.importedFromOutside.has(edge.from);
            if (edge.kind !== 're-export' || !isPublic || !head.has(edge.from))
                continue;
            if (head.importsOf(edge.from).some((headEdge) => headEdge.specifier === edge.specifier))
                continue;
            const specifiers = lost.get(edge.from) ?? [];
            if (!specifiers.includes(edge.specifier))
                specifiers.push(edge.specifier);
            lost.set(edge.from, specifiers);
        }
    }
    return lost;
}
function deletedPaths(changes) {
    return changes.filter((change) => change.status === 'deleted').map((change) => change.path);
}
function countReachingModules(graph, start) {
    const seen = new Set([start]);
    const queue = [start];
    for (let index = 0; index < queue.length; index++) {
        for (const edge of graph.importersOf(queue[index])) {
            if (seen.has(edge.from))
                continue;
            seen.add(edge.from);
            queue.push(edge.from);
        }
    }
    return seen.size - 1;
}
/**
 * Finds the public modules: the files that each workspace package's name
 * resolves to, and the files that another package imports.
 */
function findPublicModules(graph, resolver) {
    const entryPoints = new Set();
    for (const workspace of resolver.workspaces) {
        const resolution = resolver.resolve(workspace.manifest, workspace.name);
        if (resolution.kind === 'file')
            entryPoints.add(resolution.path);
    }
    const owners = new PackageOwners(resolver.workspaces);
    const importedFromOutside = new Set();
    for (const path of graph.files) {
        const owner = owners.ownerOf(path);
        for (const edge of graph.importersOf(path)) {
            if (owners.ownerOf(edge.from) !== owner) {
                importedFromOutside.add(path);
                break;
            }
        }
    }
    return { entryPoints, importedFromOutside };
}

;// CONCATENATED MODULE: ./src/impact/stage/run-all-widening.ts
/**
 * Widening of the selection to every test for the reasons that the stage
 * finds itself, before or beside the selection: a change that could not be
 * determined, or a package.json that could not be read. Either way the stage
 * cannot tell what changed, so it runs everything.
 */




/**
 * Returns the selection as it is without `stageReasons`. With them, every
 * test runs with the first reason as its evidence, the reasons head the
 * run-all reasons, and every suite and the packages of every test are
 * selected, as a run-all trigger selects them.
 */
function widenSelection(stageReasons, selection, tests, settings, workspaces) {
    const first = stageReasons[0];
    if (first === undefined) {
        return {
            affectedTests: selection.affectedTests,
            affectedPackages: selection.affectedPackages.map((workspace) => workspace.name),
            runAllReasons: selection.runAll.reasons,
            suites: selection.suites,
        };
    }
    const runAllReasons = [...stageReasons, ...selection.runAll.reasons];
    const paths = [...tests.files].sort();
    const affectedTests = paths.map((path) => ({ path, need: 'run', evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail } }));
    return { affectedTests, affectedPackages: run_all_widening_packagesOf(paths, workspaces), runAllReasons, suites: selectSuites(settings.suites, [], runAllReasons) };
}
/**
 * Returns the explanation of a test file that a reason of the stage selects.
 * The selection has no record of these reasons, so the test is marked
 * selected here, with the reason first and the graph's explanation after it.
 * Other explanations stay as they are.
 */
function explainWidening(explanation, stageReasons) {
    const first = stageReasons[0];
    if (first === undefined || !explanation.isTest || explanation.selected)
        return explanation;
    // The detail names the file, so the sentence does not repeat it.
    const reason = (0,issues/* endSentence */.H_)(`${(0,display_text/* displayText */.W)(explanation.path)} is a test file, and every test runs because of ${first.trigger}: ${first.detail}`);
    return {
        ...explanation,
        selected: true,
        need: 'run',
        evidence: { kind: 'trigger', trigger: first.trigger, file: first.file, detail: first.detail },
        lines: [reason, ...explanation.lines],
    };
}
/** Names of the workspace packages that contain `paths`, sorted by folder as the selection sorts them. */
function run_all_widening_packagesOf(paths, workspaces) {
    const owners = new PackageOwners(workspaces);
    const byFolder = new Map();
    for (const path of paths) {
        const owner = owners.ownerOf(path);
        if (owner)
            byFolder.set(owner.folder, owner.name);
    }
    return [...byFolder.keys()].sort().map((folder) => byFolder.get(folder));
}

;// CONCATENATED MODULE: ./src/impact/stage/tree-snapshot.ts
/**
 * A `RepositoryView` of a commit that is not checked out, such as the merge
 * base. The view's `readText` is synchronous, so the files it may be asked
 * for are read up front, in one `git cat-file --batch` process. They are the
 * configs that the resolver and the test discovery read, the script files
 * that the scan cache does not already cover, and the files the caller names,
 * such as the changed lockfiles.
 */


/** File names that the resolver and the test discovery read: package, TypeScript, workspace and test-runner configs. */
const CONFIG_NAME = /(^|\/)(package\.json|pnpm-workspace\.yaml|[jt]sconfig[^/]*\.json|(vite|vitest|jest)\.config\.[cm]?[jt]s|jest\.config\.json|vitest\.workspace\.[cm]?[jt]s)$/;
async function readTreeSnapshot(root, commit, cache, alsoRead = []) {
    const named = new Set(alsoRead);
    const entries = (await (0,tree_view/* listTreeEntries */.ld)(root, commit)).filter((entry) => !entry.submodule);
    const blobHashes = new Map(entries.map((entry) => [entry.path, entry.blob]));
    const readPaths = entries.filter((entry) => named.has(entry.path) || CONFIG_NAME.test(entry.path) || needsScan(entry.path, entry.blob, cache)).map((entry) => entry.path);
    const contents = await (0,tree_view/* readBlobs */.b4)(root, commit, readPaths);
    const files = entries.map((entry) => entry.path).sort();
    return {
        blobHashes,
        view: {
            files,
            // NOTE: a file that is neither a config, an uncached script nor named by the caller reads as absent,
            // so an import of a JSON or asset file still resolves by name but its content is unknown.
            readText: (path) => contents.get(path)?.toString('utf8'),
        },
    };
}
function needsScan(path, blob, cache) {
    const flavor = scanFlavorOf(path);
    if (flavor === undefined)
        return false;
    return !cache?.has(scanCacheKey(blob, flavor));
}

;// CONCATENATED MODULE: ./src/impact/stage/run-impact-stage.ts
/**
 * The impact stage: detect the change, build the module graphs, select the
 * tests and suites, assess the risk and render the report section. Git and
 * the disk are read here, and each step below is one call into a part that
 * takes and returns plain data.
 */



















const SCRIPT_PATH = /\.([cm]?[jt]sx?|vue|svelte)$/;
async function runImpactStage(request) {
    const { root, settings, log } = request;
    const detected = await (0,detect_change/* detectChange */.A)(root, request.change, { ignoredPaths: cacheFileInside(root, request.cacheStore) });
    for (const note of detected.notes)
        log.info(note);
    const stored = request.cacheStore ? await request.cacheStore.load() : { cache: new Map() };
    const notes = [...detected.notes, ...(stored.note ? [stored.note] : [])];
    // A snapshot reads only the files named up front: the changed manifests and lockfiles, and the modified scripts that the equivalence check may compare.
    const comparable = settings.equivalentChangesRun ? [] : equivalenceCandidates(detected.files, () => false);
    const head = request.headSource === 'working-tree' ? await readWorkingTree(root, detected) : await readTreeSnapshot(root, detected.headSha, stored.cache, [...dependencyFiles(detected.files), ...comparable]);
    const resolver = createResolver(head.view);
    const headBuild = buildModuleGraph({ view: head.view, resolver, blobHashes: head.blobHashes, cache: stored.cache });
    log.info(`Impact: scanned ${(0,count_text/* countOf */.pq)(headBuild.scanned, 'file', 'files')}, reused ${(0,count_text/* countOf */.pq)(headBuild.reused, 'cached scan', 'cached scans')}.`);
    const base = await buildBaseGraph(root, detected, stored.cache);
    const baseBuild = base?.build ?? null;
    const tests = discoverTestFiles({ view: head.view, settings: settings.tests });
    const compared = comparable.filter((path) => !tests.files.has(path));
    const baseTexts = detected.baseSha ? await (0,tree_view/* readBlobs */.b4)(root, detected.baseSha, [...dependencyFiles(detected.files), ...compared]) : new Map();
    const scope = compared.length === 0 ? detected : { ...detected, files: await markEquivalentChanges(detected.files, compared, equivalenceSources(baseTexts, head.view, resolver)) };
    notes.push(...equivalenceNotes(scope.files));
    const dependencies = compareDependencies(scope.files, { base: (path) => baseTexts.get(path)?.toString('utf8') ?? null, head: (path) => head.view.readText(path) ?? null }, headBuild.workspaces);
    const selection = selectImpact({
        head: headBuild.graph,
        ...(baseBuild ? { base: baseBuild.graph } : {}),
        changes: scope.files,
        settings,
        tests,
        workspaces: headBuild.workspaces,
        dependencyChanges: dependencies.dependencyChanges,
        entryChanges: dependencies.entryChanges,
        lockfiles: dependencies.lockfiles,
    });
    notes.push(...selection.notes);
    const stageReasons = [...unknownChangeReasons(scope), ...dependencies.runAllReasons];
    const { affectedTests, affectedPackages, runAllReasons, suites } = widenSelection(stageReasons, selection, tests, settings, headBuild.workspaces);
    // A change to comments or white space alone cannot break what runs, so it adds nothing to the risk.
    const riskScope = { ...scope, files: scope.files.filter((change) => change.runtimeEquivalent !== 'comments') };
    const history = await readHistory(root, riskScope, head.view, notes);
    const publicModules = findPublicModules(headBuild.graph, resolver);
    if (base) {
        // A deleted module is public when it was public at the base.
        const basePublic = findPublicModules(base.build.graph, base.resolver);
        for (const path of basePublic.entryPoints)
            publicModules.entryPoints.add(path);
        for (const path of basePublic.importedFromOutside)
            publicModules.importedFromOutside.add(path);
    }
    const baseGraph = base?.build.graph ?? null;
    const lostReExports = baseGraph ? findLostReExports(headBuild.graph, baseGraph, riskScope.files, publicModules) : new Map();
    const risk = assessRisk({
        files: riskScope.files,
        packageFolders: headBuild.workspaces.map((workspace) => workspace.folder),
        edges: fanInEdges(headBuild.graph, baseGraph, riskScope.files),
        centrality: measureChangeCentrality(headBuild.graph, baseGraph, riskScope.files),
        history,
        coverage: request.coverage,
        modules: await readModuleVersions(root, riskScope, head.view, publicModules, lostReExports),
        publicModules,
        runAllReasons,
        commentOnlyFiles: scope.files.length - riskScope.files.length,
    }, settings);
    await saveCache(request.cacheStore, stored.cache, headBuild, baseBuild, notes);
    const result = {
        changedFiles: scope.files,
        affectedTests,
        affectedModules: selection.affectedModules,
        affectedPackages,
        runAllReasons,
        suites,
        risk,
        notes,
        warnings: [...headBuild.warnings.messages, ...moreWarnings(headBuild)],
        edges: headBuild.graph.edges,
    };
    const knownPaths = [...head.view.files, ...scope.files.map((change) => change.path)];
    const explanations = (request.explain ?? []).map((path) => explainWidening(selection.explain(matchExplainPath(path, knownPaths)), stageReasons));
    const report = impactStageReport(result);
    report.blocks.push(...explanationBlocks(explanations));
    if (explanations.length > 0) {
        // `--json` carries the same sentences as the text report, one entry per file.
        report.json = { ...report.json, explanations: explanations.map(({ path, isTest, selected, lines }) => ({ path, isTest, selected, lines })) };
    }
    return { report, explanations };
}
/** Where the comparison of a modified script's versions reads them, and the tsconfig options that apply to it. */
function equivalenceSources(baseTexts, view, resolver) {
    return {
        baseText: (path) => baseTexts.get(path)?.toString('utf8'),
        headText: (path) => view.readText(path),
        emitOptionsOf: (path) => resolver.emitOptionsOf?.(path),
    };
}
/** Returns the repository path of the scan cache file, which the change leaves out. It is empty without a cache file inside the repository. */
function cacheFileInside(root, store) {
    if (!store?.file)
        return [];
    const path = (0,external_node_path_.relative)(root, store.file);
    if (path === '' || path.startsWith('..') || (0,external_node_path_.isAbsolute)(path))
        return [];
    return [path.split(external_node_path_.sep).join('/')];
}
/** Reads the tracked files of the working tree with their blob SHAs, plus the untracked files a local change added. */
async function readWorkingTree(root, scope) {
    const indexed = await (0,tree_view/* listIndexedFiles */.JC)(root);
    const blobHashes = new Map(indexed.map((file) => [file.path, file.blob]));
    const files = new Set(blobHashes.keys());
    if (scope.mode === 'local') {
        for (const change of scope.files)
            if (change.status === 'added')
                files.add(change.path);
    }
    for (const change of scope.files)
        if (change.status === 'deleted')
            files.delete(change.path);
    return { view: readDiskView(root, [...files].sort()), blobHashes };
}
/**
 * Builds the graph of the base tree, which finds the importers of deleted
 * files, and of files whose package.json changed (an import that no longer
 * resolves at the head); null when neither changed.
 */
async function buildBaseGraph(root, scope, cache) {
    if (!scope.baseSha || !scope.files.some((change) => change.status === 'deleted' || isPackageManifest(change.path)))
        return null;
    const base = await readTreeSnapshot(root, scope.baseSha, cache);
    const resolver = createResolver(base.view);
    return { build: buildModuleGraph({ view: base.view, resolver, blobHashes: base.blobHashes, cache }), resolver };
}
function isPackageManifest(path) {
    return (path === 'package.json' || path.endsWith('/package.json')) && !path.split('/').includes('node_modules');
}
/** Returns the run-all reason of a change that could not be determined (history missing after deepening), which heads the run-all reasons. */
function unknownChangeReasons(scope) {
    return scope.fullRunReason ? [{ trigger: UNKNOWN_CHANGE_TRIGGER, file: '', detail: scope.fullRunReason }] : [];
}
/**
 * Reads churn and authors of the changed files that exist at the head; failures become a note, not an error.
 * NOTE: `fileHistory` passes paths as string arguments, so a path that is not UTF-8 reaches git
 * with U+FFFD in place of its bytes and counts no commits.
 */
async function readHistory(root, scope, view, notes) {
    const paths = scope.files.filter((change) => change.status !== 'deleted').map((change) => change.path);
    if (paths.length === 0 || view.files.length === 0)
        return null;
    try {
        const history = await fileHistory(root, paths, { since: defaults/* DEFAULT_HISTORY_WINDOW */.QM, until: scope.headSha });
        if (history.shallow)
            notes.push('The clone is shallow, so churn and authors count only the commits it contains.');
        return history;
    }
    catch (error) {
        notes.push(`Churn and authors were not measured: ${error.message}`);
        return null;
    }
}
/**
 * Base and head text of the changed public script modules, for the
 * deleted-exports factor, plus the public modules that re-export a deleted
 * module (`lostReExports`, with the lost specifiers), changed or not.
 */
async function readModuleVersions(root, scope, view, publicModules, lostReExports) {
    if (!scope.baseSha)
        return [];
    const changed = scope.files
        .filter((change) => change.status !== 'added' && SCRIPT_PATH.test(change.path))
        .map((change) => change.path)
        .filter((path) => publicModules.entryPoints.has(path) || publicModules.importedFromOutside.has(path));
    const paths = [...new Set([...changed, ...lostReExports.keys()])];
    if (paths.length === 0)
        return [];
    const base = await (0,tree_view/* readBlobs */.b4)(root, scope.baseSha, paths);
    return paths.map((path) => ({
        path,
        baseText: base.get(path)?.toString('utf8') ?? null,
        headText: view.readText(path) ?? null,
        ...(lostReExports.has(path) ? { lostModules: lostReExports.get(path) } : {}),
    }));
}
async function saveCache(store, loaded, head, base, notes) {
    if (!store)
        return;
    const cache = new Map(head.cache);
    if (base)
        for (const [key, scan] of base.cache)
            cache.set(key, scan);
    // Every entry of a build that scanned nothing came from the loaded cache, so
    // with the same count the two are equal, and writing the file again only costs time.
    const scanned = head.scanned + (base?.scanned ?? 0);
    if (scanned === 0 && cache.size === loaded.size)
        return;
    const note = await store.save(cache);
    if (note)
        notes.push(note);
}
function moreWarnings(build) {
    const hidden = build.warnings.total - build.warnings.messages.length;
    return hidden > 0 ? [`${hidden} more warnings are not listed.`] : [];
}


/***/ })

};
