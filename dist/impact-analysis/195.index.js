export const id = 195;
export const ids = [195];
export const modules = {

/***/ 26195:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidateStage: () => (/* binding */ runValidateStage)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
// EXTERNAL MODULE: ./src/impact/change/detect-change.ts + 5 modules
var detect_change = __webpack_require__(78323);
// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
;// CONCATENATED MODULE: ./src/validate/gate/fail-level.ts
const LEVEL_RANK = { note: 1, warning: 2, error: 3 };
const FAIL_RANK = { none: Number.POSITIVE_INFINITY, notice: 1, warning: 2, error: 3 };
/** Returns the findings at or above the fail level; the stage fails when any are left. */
function failingFindings(findings, failLevel) {
    const threshold = FAIL_RANK[failLevel];
    return findings.filter((finding) => LEVEL_RANK[finding.level] >= threshold);
}
/** Compares findings for display: the most severe first, then by path, line and column. */
function compareFindings(left, right) {
    return (LEVEL_RANK[right.level] - LEVEL_RANK[left.level] ||
        compareText(left.path, right.path) ||
        left.range.startLine - right.range.startLine ||
        left.range.startColumn - right.range.startColumn ||
        compareText(left.ruleId, right.ruleId));
}
/** Compares by UTF-16 code units, the order git and GitHub list paths in. */
function compareText(left, right) {
    if (left === right)
        return 0;
    return left < right ? -1 : 1;
}

// EXTERNAL MODULE: ./src/report/check-output.ts
var check_output = __webpack_require__(3614);
;// CONCATENATED MODULE: ./src/validate/report/result.ts
function countLevels(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.level] += 1;
    return counts;
}

;// CONCATENATED MODULE: ./src/validate/report/result-json.ts
/**
 * The JSON form of the validate result: the `--json` output and the
 * `validate-result` action output. Positions use SARIF's conventions
 * (1-based, end column exclusive).
 */

function validateJson(result) {
    return {
        passed: result.failing === 0 && result.errors.length === 0,
        filter: result.filter,
        failLevel: result.failLevel,
        baseSha: result.baseSha,
        headSha: result.headSha,
        filesChecked: result.filesChecked,
        counts: { ...countLevels(result.findings), total: result.findings.length, failing: result.failing, dropped: result.dropped },
        findings: result.findings.map((finding) => ({
            ruleId: finding.ruleId,
            level: finding.level,
            path: finding.path,
            startLine: finding.range.startLine,
            startColumn: finding.range.startColumn,
            endLine: finding.range.endLine,
            endColumn: finding.range.endColumn,
            message: finding.message,
            tool: finding.tool,
            fingerprint: finding.fingerprint,
            ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
            ...(finding.properties ? { properties: finding.properties } : {}),
        })),
        validators: result.validators,
        notes: result.notes,
        warnings: result.warnings,
        errors: result.errors,
        sarifFile: result.sarifFile,
    };
}

;// CONCATENATED MODULE: ./src/validate/report/stage-report.ts
/**
 * Builds the validate `StageReport` for the sticky comment, the job summary,
 * the check run and the terminal. Blocks come in order of importance, because
 * renderers that hit a GitHub size limit drop blocks from the end.
 */




/**
 * 100 rows of at most 240 characters each keep the table under half of a
 * comment's 65,536 characters. 1,000 annotations take 20 requests of 50.
 * The SARIF file and the JSON result list every finding.
 */
const DEFAULT_VALIDATE_REPORT_LIMITS = { tableRows: 100, annotations: 1000 };
/** Characters of a message kept in the table; annotations and JSON keep the whole message. */
const TABLE_MESSAGE_CHARACTERS = 160;
const ANNOTATION_LEVEL = { error: 'failure', warning: 'warning', note: 'notice' };
const FILTER_SCOPE = {
    added: 'on added and changed lines',
    diff_context: 'on changed lines and the lines around them',
    file: 'in changed files',
    nofilter: 'in the repository',
    new: 'new since the merge base',
};
function validateStageReport(result, limits = {}) {
    const { tableRows, annotations } = { ...DEFAULT_VALIDATE_REPORT_LIMITS, ...limits };
    const blocks = [
        ...errorBlocks(result.errors),
        { kind: 'paragraph', text: summaryLine(result) },
        ...findingBlocks(result.findings, tableRows),
        ...annotationLimitBlocks(result.findings.length, annotations),
        validatorTable(result),
        ...droppedBlocks(result),
        ...listBlocks('Notes', result.notes),
        ...listBlocks('Warnings', result.warnings),
    ];
    return {
        id: 'validate',
        title: 'Static validation',
        status: statusOf(result),
        headline: headline(result),
        blocks,
        annotations: result.findings.slice(0, annotations).map(annotationOf),
        outputs: validateOutputs(result),
        json: validateJson(result),
    };
}
function statusOf(result) {
    if (result.errors.length > 0)
        return 'error';
    return result.failing > 0 ? 'failed' : 'passed';
}
function headline(result) {
    if (result.errors.length > 0)
        return `Static validation had invalid input: ${result.errors[0]}`;
    const scope = FILTER_SCOPE[result.filter];
    if (result.findings.length === 0)
        return `No findings ${scope}.`;
    const counts = levelText(result.findings);
    if (result.failLevel === 'none')
        return `${counts} ${scope}; the fail level is none, so none fails the gate.`;
    if (result.failing === 0)
        return `${counts} ${scope}, none at the fail level (${result.failLevel}).`;
    return `${counts} ${scope}; ${(0,count_text/* countOf */.pq)(result.failing, 'finding fails', 'findings fail')} the gate.`;
}
function summaryLine(result) {
    const checked = (0,count_text/* countOf */.pq)(result.filesChecked, 'file', 'files');
    const base = result.baseSha ? ` against ${result.baseSha.slice(0, 12)}` : '';
    return `Checked ${checked} with the ${result.filter} filter${base}; fail level ${result.failLevel}.`;
}
function levelText(findings) {
    const counts = countLevels(findings);
    const parts = [];
    if (counts.error > 0)
        parts.push((0,count_text/* countOf */.pq)(counts.error, 'error', 'errors'));
    if (counts.warning > 0)
        parts.push((0,count_text/* countOf */.pq)(counts.warning, 'warning', 'warnings'));
    if (counts.note > 0)
        parts.push((0,count_text/* countOf */.pq)(counts.note, 'note', 'notes'));
    return parts.join(', ');
}
function findingBlocks(findings, rows) {
    if (findings.length === 0)
        return [];
    const shown = findings.slice(0, rows);
    const blocks = [
        {
            kind: 'table',
            header: ['Level', 'Rule', 'Location', 'Message'],
            rows: shown.map((finding) => [
                finding.level,
                // The rule's documentation link goes into the annotation, so that the table stays narrow in a terminal.
                [{ text: finding.ruleId, style: 'code' }],
                [{ text: locationOf(finding), style: 'code' }],
                (0,check_output/* clipText */.gL)(finding.message.replace(/\s+/g, ' '), TABLE_MESSAGE_CHARACTERS),
            ]),
        },
    ];
    if (findings.length > shown.length) {
        blocks.push({
            kind: 'paragraph',
            text: `${(0,count_text/* formatCount */.B4)(findings.length - shown.length)} more findings are left out of this table; the JSON result and the SARIF file list them all.`,
        });
    }
    return blocks;
}
function annotationLimitBlocks(total, limit) {
    if (total <= limit)
        return [];
    return [
        {
            kind: 'paragraph',
            text: `The check run annotates the ${(0,count_text/* formatCount */.B4)(limit)} most severe findings; ${(0,count_text/* formatCount */.B4)(total - limit)} more are in the JSON result and the SARIF file.`,
        },
    ];
}
function validatorTable(result) {
    return {
        kind: 'details',
        summary: 'Validators',
        blocks: [
            {
                kind: 'table',
                header: ['Validator', 'Status', 'Findings', 'Detail'],
                align: ['left', 'left', 'right', 'left'],
                rows: result.validators.map((run) => [run.name, run.status, (0,count_text/* formatCount */.B4)(run.findings), run.detail]),
            },
        ],
    };
}
function droppedBlocks(result) {
    const { outsideFilter, suppressed, turnedOff } = result.dropped;
    const items = [];
    if (outsideFilter > 0)
        items.push(`${(0,count_text/* countOf */.pq)(outsideFilter, 'finding', 'findings')} outside the ${result.filter} filter`);
    if (suppressed > 0)
        items.push(`${(0,count_text/* countOf */.pq)(suppressed, 'finding', 'findings')} suppressed by a comment with a reason`);
    if (turnedOff > 0)
        items.push(`${(0,count_text/* countOf */.pq)(turnedOff, 'finding', 'findings')} of rules turned off in validate.rules`);
    return items.length === 0 ? [] : [{ kind: 'details', summary: 'Not reported', blocks: [{ kind: 'list', items }] }];
}
function errorBlocks(errors) {
    if (errors.length === 0)
        return [];
    return [{ kind: 'heading', level: 4, text: 'Errors' }, { kind: 'list', items: [...errors] }];
}
function listBlocks(title, items) {
    if (items.length === 0)
        return [];
    return [{ kind: 'heading', level: 4, text: title }, { kind: 'list', items: [...items] }];
}
function locationOf(finding) {
    return `${finding.path}:${finding.range.startLine}:${finding.range.startColumn}`;
}
function annotationOf(finding) {
    const { range } = finding;
    return {
        path: finding.path,
        startLine: range.startLine,
        endLine: range.endLine,
        ...(range.startLine === range.endLine ? { startColumn: range.startColumn, endColumn: range.endColumn } : {}),
        level: ANNOTATION_LEVEL[finding.level],
        title: finding.ruleId,
        message: finding.helpUri ? `${finding.message}\n\n${finding.helpUri}` : finding.message,
    };
}
function validateOutputs(result) {
    const counts = countLevels(result.findings);
    return {
        findings: String(result.findings.length),
        errors: String(counts.error),
        warnings: String(counts.warning),
        notes: String(counts.note),
        failing: String(result.failing),
        'sarif-file': result.sarifFile ?? '',
        result: JSON.stringify(validateJson(result)),
    };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/tree-view.ts + 1 modules
var tree_view = __webpack_require__(98037);
;// CONCATENATED MODULE: ./src/validate/stage/file-texts.ts
/**
 * Reads the text of the files to validate, from the working tree or from a
 * commit. Files that cannot be text are skipped with a reason: symbolic links
 * (never followed, so a link cannot make TestMaster read outside the
 * repository), binary files, files above the size limit and invalid UTF-8.
 */




/**
 * Largest file the per-file validators read. Hand-written source files stay
 * far below it; above it are generated bundles and data files, whose parse
 * would cost more than the findings are worth.
 */
const MAX_TEXT_BYTES = 2 * 1024 * 1024;
/** Git's own rule: a file with a NUL byte in its first 8,000 bytes is binary. */
const BINARY_PROBE_BYTES = 8000;
/** Reads repository paths from the working tree under `root`. */
function readWorkingTreeTexts(root, paths) {
    const result = { texts: new Map(), skipped: new Map() };
    for (const path of paths) {
        const outcome = readWorkingTreeFile(root, path);
        if (typeof outcome === 'string')
            result.texts.set(path, outcome);
        else
            result.skipped.set(path, outcome.skip);
    }
    return result;
}
/**
 * Whether the folder that holds `fullPath` is `root` or lies under it once
 * symbolic links resolve. O_NOFOLLOW guards only the last component, so a
 * committed link to a folder (`ext -> /etc`) would otherwise lead outside.
 */
function folderInsideRoot(root, fullPath) {
    const realRoot = (0,external_node_fs_.realpathSync)(root, { encoding: 'buffer' });
    const folder = (0,external_node_fs_.realpathSync)(fullPath.subarray(0, fullPath.lastIndexOf(0x2f)), { encoding: 'buffer' });
    return folder.equals(realRoot) || (folder.length > realRoot.length && folder[realRoot.length] === 0x2f && folder.subarray(0, realRoot.length).equals(realRoot));
}
/** Reads repository paths from the tree of `revision`; a path absent there is `missing`. */
async function readRevisionTexts(root, revision, paths) {
    const result = { texts: new Map(), skipped: new Map() };
    const blobs = await (0,tree_view/* readBlobs */.b4)(root, revision, paths);
    for (const path of paths) {
        const blob = blobs.get(path);
        const outcome = blob === undefined ? { skip: 'missing' } : decodeText(blob);
        if (typeof outcome === 'string')
            result.texts.set(path, outcome);
        else
            result.skipped.set(path, outcome.skip);
    }
    return result;
}
function readWorkingTreeFile(root, path) {
    const fullPath = Buffer.concat([Buffer.from(`${(0,external_node_path_.join)(root)}/`, 'utf8'), (0,git_path/* encodeGitPath */.Gh)(path)]);
    let descriptor;
    try {
        if (!folderInsideRoot(root, fullPath))
            return { skip: 'symlink' };
        descriptor = (0,external_node_fs_.openSync)(fullPath, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NOFOLLOW);
    }
    catch (error) {
        return { skip: error.code === 'ELOOP' ? 'symlink' : 'missing' };
    }
    try {
        const stats = (0,external_node_fs_.fstatSync)(descriptor);
        if (!stats.isFile())
            return { skip: 'missing' };
        if (stats.size > MAX_TEXT_BYTES)
            return { skip: 'too-large' };
        const buffer = Buffer.alloc(stats.size);
        let offset = 0;
        while (offset < buffer.length) {
            const read = (0,external_node_fs_.readSync)(descriptor, buffer, offset, buffer.length - offset, offset);
            if (read === 0)
                break;
            offset += read;
        }
        return decodeText(buffer.subarray(0, offset));
    }
    finally {
        (0,external_node_fs_.closeSync)(descriptor);
    }
}
/** Decodes UTF-8 and drops a byte order mark, or returns the reason the bytes are skipped. */
function decodeText(bytes) {
    if (bytes.length > MAX_TEXT_BYTES)
        return { skip: 'too-large' };
    if (bytes.subarray(0, BINARY_PROBE_BYTES).includes(0))
        return { skip: 'binary' };
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch {
        return { skip: 'not-utf8' };
    }
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

;// CONCATENATED MODULE: ./src/validate/parse/function-nodes.ts
/** Tells whether `node` is a function with a body: the nodes ESLint starts a code path for and esquery's `:function` matches. */
function isFunctionNode(node) {
    return node.type === 'FunctionDeclaration' || node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression';
}

// EXTERNAL MODULE: ./node_modules/@typescript-eslint/typescript-estree/dist/index.js
var dist = __webpack_require__(10332);
;// CONCATENATED MODULE: ./src/validate/complexity/syntax-walk.ts
/**
 * A depth-first walk over an ESTree that calls `enter` before a node's
 * children and `exit` after them, in the order ESLint visits nodes.
 *
 * The order matters: eslint-plugin-sonarjs keeps nesting in counters that
 * rise and fall as nodes are entered and left, and one of its quirks (see
 * cognitive.ts) leaks a level to every node visited later in the function.
 * So the walk uses typescript-eslint's visitor keys, which ESLint also uses
 * with @typescript-eslint/parser, through typescript-estree's
 * `simpleTraverse`. That traversal only reports entries; a node is left when
 * the next entered node is not inside it, which the stack of open nodes shows.
 */

/** Walks `root` without changing it: `parse` sets no `parent` fields, so the walk passes each parent along. */
function walkSyntax(root, visitor) {
    const open = [];
    const closeUntil = (parent) => {
        while (open.length > 0 && open[open.length - 1].node !== parent) {
            const closed = open.pop();
            visitor.exit(closed.node, closed.parent);
        }
    };
    (0,dist.simpleTraverse)(root, {
        enter(node, parent) {
            const parentNode = parent ?? null;
            closeUntil(parentNode);
            visitor.enter(node, parentNode);
            open.push({ node, parent: parentNode });
        },
    });
    closeUntil(null);
}

;// CONCATENATED MODULE: ./src/validate/complexity/cognitive.ts


/** Counts the cognitive complexity of every function node in the program. */
function countCognitive(program) {
    const scores = new Map();
    const frames = [];
    const nestingNodes = new Set();
    const countedLogicalExpressions = new Set();
    walkSyntax(program, {
        enter(node, parent) {
            // The plugin raises the nesting when it enters a nesting node and
            // before it opens a function. So when a branch of `? :` is itself a
            // function, the raise goes to the enclosing function, while the lowering
            // on exit goes to the inner one. The enclosing function keeps the extra
            // level for the rest of its body, and so do the numbers the plugin
            // reports. This walk keeps that order to report the same numbers.
            if (nestingNodes.has(node))
                raiseNesting(1);
            if (isFunctionNode(node))
                frames.push({ node, nesting: 0, score: 0 });
            scoreNode(node, parent);
        },
        exit(node) {
            if (nestingNodes.has(node)) {
                raiseNesting(-1);
                nestingNodes.delete(node);
            }
            if (isFunctionNode(node)) {
                const frame = frames.pop();
                if (frame)
                    scores.set(frame.node, frame.score);
            }
        },
    });
    return scores;
    function raiseNesting(by) {
        const frame = frames.at(-1);
        if (frame)
            frame.nesting += by;
    }
    function addStructural() {
        const frame = frames.at(-1);
        if (frame)
            frame.score += frame.nesting + 1;
    }
    function addFlat(points = 1) {
        const frame = frames.at(-1);
        if (frame)
            frame.score += points;
    }
    function nestInside(...nodes) {
        for (const node of nodes)
            if (node)
                nestingNodes.add(node);
    }
    function scoreNode(node, parent) {
        switch (node.type) {
            case 'IfStatement':
                scoreIf(node, parent);
                return;
            case 'ForStatement':
            case 'ForInStatement':
            case 'ForOfStatement':
            case 'WhileStatement':
            case 'DoWhileStatement':
                addStructural();
                nestInside(node.body);
                return;
            case 'SwitchStatement':
                addStructural();
                nestInside(...node.cases);
                return;
            case 'CatchClause':
                addStructural();
                nestInside(node.body);
                return;
            case 'ConditionalExpression':
                addStructural();
                nestInside(node.consequent, node.alternate);
                return;
            case 'BreakStatement':
            case 'ContinueStatement':
                if (node.label)
                    addFlat();
                return;
            case 'LogicalExpression':
                scoreLogicalChain(node, parent);
                return;
            default:
                return;
        }
    }
    function scoreIf(node, parent) {
        const isElseIf = parent?.type === 'IfStatement' && parent.alternate === node;
        if (isElseIf)
            addFlat();
        else
            addStructural();
        nestInside(node.consequent);
        if (node.alternate && node.alternate.type !== 'IfStatement') {
            nestInside(node.alternate);
            addFlat();
        }
    }
    function scoreLogicalChain(node, parent) {
        if (parent?.type === 'JSXExpressionContainer') {
            const rendered = sameOperatorChain(node, node.operator);
            if (rendered) {
                for (const member of rendered)
                    countedLogicalExpressions.add(member);
                return;
            }
        }
        if (countedLogicalExpressions.has(node))
            return;
        let previousOperator = null;
        for (const member of logicalChain(node)) {
            countedLogicalExpressions.add(member);
            if (member.operator === '&&' && previousOperator !== '&&')
                addFlat();
            previousOperator = member.operator;
        }
    }
}
/** Lists the LogicalExpressions of a chain in source order of their operators. */
function logicalChain(node) {
    if (node.type !== 'LogicalExpression')
        return [];
    return [...logicalChain(node.left), node, ...logicalChain(node.right)];
}
/**
 * Returns the chain below a JSX short circuit such as `{a && b && <B />}` when every
 * operator in it is `operator` and no operand is a `? :`; otherwise null.
 */
function sameOperatorChain(node, operator) {
    if (node.type === 'ConditionalExpression')
        return null;
    if (node.type !== 'LogicalExpression')
        return [];
    if (node.operator !== operator)
        return null;
    const left = sameOperatorChain(node.left, operator);
    const right = sameOperatorChain(node.right, operator);
    if (!left || !right)
        return null;
    return [...left, node, ...right];
}

;// CONCATENATED MODULE: ./src/validate/complexity/cyclomatic.ts


const LOGICAL_ASSIGNMENT_OPERATORS = new Set(['&&=', '||=', '??=']);
/**
 * Counts the cyclomatic complexity of every unit in the program. Keys are
 * function and StaticBlock nodes, and for a class field's initializer the
 * PropertyDefinition node, because a field whose value is an arrow function
 * is two units in ESLint: the initializer (always 1) and the arrow.
 */
function countCyclomatic(program) {
    const counts = new Map();
    const units = [];
    walkSyntax(program, {
        enter(node, parent) {
            const initializerOf = fieldOfInitializer(node, parent);
            if (initializerOf)
                openUnit(initializerOf);
            if (isFunctionNode(node) || node.type === 'StaticBlock')
                openUnit(node);
            const current = units.at(-1);
            if (current && addsPath(node))
                counts.set(current, (counts.get(current) ?? 1) + 1);
        },
        exit(node, parent) {
            if (isFunctionNode(node) || node.type === 'StaticBlock')
                units.pop();
            if (fieldOfInitializer(node, parent))
                units.pop();
        },
    });
    return counts;
    function openUnit(unit) {
        units.push(unit);
        counts.set(unit, 1);
    }
}
/** Returns the PropertyDefinition whose value is `node`, or null. */
function fieldOfInitializer(node, parent) {
    return parent?.type === 'PropertyDefinition' && parent.value === node ? parent : null;
}
function addsPath(node) {
    switch (node.type) {
        case 'IfStatement':
        case 'ForStatement':
        case 'ForInStatement':
        case 'ForOfStatement':
        case 'WhileStatement':
        case 'DoWhileStatement':
        case 'CatchClause':
        case 'ConditionalExpression':
        case 'LogicalExpression':
        case 'AssignmentPattern':
            return true;
        case 'SwitchCase':
            return node.test !== null;
        case 'AssignmentExpression':
            return LOGICAL_ASSIGNMENT_OPERATORS.has(node.operator);
        case 'MemberExpression':
        case 'CallExpression':
            return node.optional;
        default:
            return false;
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
;// CONCATENATED MODULE: ./src/validate/parse/parse-source.ts
/**
 * Parses TypeScript and JavaScript into the ESTree shape that ESLint and its
 * plugins see, so that rules written on it count what ESLint counts.
 *
 * typescript-estree is the parser of typescript-eslint. It is called without
 * a program, so no type information is built and one file parses on its own.
 */

const LANGUAGE_BY_EXTENSION = {
    ts: 'ts',
    mts: 'ts',
    cts: 'ts',
    tsx: 'tsx',
    js: 'jsx',
    mjs: 'js',
    cjs: 'js',
    jsx: 'jsx',
};
/** The language of a script file from its extension, or null when it is not a script. */
function scriptLanguageOf(path) {
    if (path.endsWith('.d.ts') || path.endsWith('.d.mts') || path.endsWith('.d.cts'))
        return 'ts';
    const dot = path.lastIndexOf('.');
    if (dot < 0)
        return null;
    return LANGUAGE_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? null;
}
/**
 * Parses one script. `.js` files are read with JSX enabled, as ESLint's
 * default parser options for React projects do; plain JavaScript never
 * depends on the difference except for `<` casts, which JavaScript lacks.
 */
function parseScript(source, language = scriptLanguageOf(source.path) ?? 'ts') {
    try {
        const program = (0,dist.parse)(source.text, {
            comment: true,
            loc: true,
            range: true,
            tokens: false,
            jsx: language === 'tsx' || language === 'jsx',
            filePath: source.path,
            errorOnUnknownASTType: false,
        });
        return { ok: true, script: { source, language, program } };
    }
    catch (error) {
        return { ok: false, error: syntaxErrorOf(source, error) };
    }
}
/** typescript-estree throws a TSError with 1-based `lineNumber` and 0-based `column`. */
function syntaxErrorOf(source, error) {
    if (error instanceof Error && 'lineNumber' in error && 'column' in error) {
        const line = Number(error.lineNumber);
        const column = Number(error.column) + 1;
        const location = error;
        const end = location.location?.end;
        return {
            source,
            message: error.message,
            range: {
                startLine: line,
                startColumn: column,
                endLine: end ? end.line : line,
                endColumn: end ? end.column + 1 : column + 1,
            },
        };
    }
    throw error;
}
/** The SARIF range of an ESTree node: ESTree lines count from 1 and columns from 0. */
function rangeOfNode(node) {
    return {
        startLine: node.loc.start.line,
        startColumn: node.loc.start.column + 1,
        endLine: node.loc.end.line,
        endColumn: node.loc.end.column + 1,
    };
}

;// CONCATENATED MODULE: ./src/validate/complexity/function-units.ts
/**
 * Finds the units that complexity is measured for, in source order, and
 * names them so that the same function can be found again in another
 * revision of the file.
 *
 * Units are functions (declarations, expressions, arrows, including methods,
 * getters, setters, constructors and arrow functions in class fields),
 * class static blocks, and class field values that are not functions, which
 * ESLint's `complexity` rule measures as implicit functions.
 */




const ANONYMOUS = '<anonymous>';
/** Lists the measured units of a program in the order their first tokens appear. */
function findFunctionUnits(program, text) {
    const units = [];
    const scopes = [{ qualifiedName: '', uses: new Map() }];
    const scopeOwners = [];
    walkSyntax(program, {
        enter(node, parent) {
            const unit = describeUnit(node, parent, text);
            if (unit) {
                const qualifiedName = qualifiedSegment(unit.name);
                units.push({ ...unit, qualifiedName, fingerprint: fingerprintOf(node, text) });
                openScope(node, qualifiedName);
                return;
            }
            if (node.type === 'ClassDeclaration' || node.type === 'ClassExpression') {
                openScope(node, qualifiedSegment(classNameOf(node, parent)));
            }
        },
        exit(node) {
            if (scopeOwners.at(-1) === node) {
                scopeOwners.pop();
                scopes.pop();
            }
        },
    });
    return units;
    /**
     * Returns the qualified name for a child named `name` of the current scope.
     * The first child with a name keeps it and later ones get `#2`, `#3` and so
     * on. Nameless ones are numbered from `<anonymous>#1`.
     */
    function qualifiedSegment(name) {
        const scope = scopes[scopes.length - 1];
        const use = (scope.uses.get(name) ?? 0) + 1;
        scope.uses.set(name, use);
        const segment = name === ANONYMOUS || use > 1 ? `${name}#${use}` : name;
        return scope.qualifiedName === '' ? segment : `${scope.qualifiedName}.${segment}`;
    }
    function openScope(node, qualifiedName) {
        scopeOwners.push(node);
        scopes.push({ qualifiedName, uses: new Map() });
    }
}
/**
 * Hashes the unit's text with each run of white space as one space, so
 * reindenting or moving a unit keeps its fingerprint. Returns the first 16
 * hex digits of the SHA-256.
 */
function fingerprintOf(node, text) {
    return (0,external_node_crypto_.createHash)('sha256').update(compactSource(node, text)).digest('hex').slice(0, 16);
}
function describeUnit(node, parent, text) {
    if (isFunctionNode(node))
        return describeFunction(node, parent, text);
    if (node.type === 'StaticBlock') {
        const header = { ...rangeOfNode(node), endLine: node.loc.start.line, endColumn: node.loc.start.column + 7 };
        return { kind: 'static-block', node, field: null, name: 'static {}', range: rangeOfNode(node), header };
    }
    if (parent?.type === 'PropertyDefinition' && parent.value === node) {
        return {
            kind: 'field-initializer',
            node,
            field: parent,
            name: propertyKeyName(parent, text),
            range: rangeOfNode(node),
            header: rangeOfNode(parent.key),
        };
    }
    return null;
}
function describeFunction(node, parent, text) {
    const base = { node, field: null, range: rangeOfNode(node) };
    const fallbackHeader = firstLineOf(node, text);
    if (parent && (parent.type === 'MethodDefinition' || parent.type === 'Property') && parent.value === node) {
        const kind = accessorKind(parent.kind, parent.type === 'Property' && !parent.method);
        const key = propertyKeyName(parent, text);
        let name = key;
        if (kind === 'getter')
            name = `get ${key}`;
        if (kind === 'setter')
            name = `set ${key}`;
        return { ...base, kind: kind ?? (node.type === 'ArrowFunctionExpression' ? 'arrow' : 'function'), name, header: rangeOfNode(parent.key) };
    }
    const kind = node.type === 'ArrowFunctionExpression' ? 'arrow' : 'function';
    if (parent?.type === 'PropertyDefinition' && parent.value === node) {
        return { ...base, kind, name: propertyKeyName(parent, text), header: rangeOfNode(parent.key) };
    }
    if (node.id)
        return { ...base, kind, name: node.id.name, header: rangeOfNode(node.id) };
    const binding = bindingOf(node, parent, text);
    if (binding)
        return { ...base, kind, name: binding.name, header: binding.header };
    const name = parent?.type === 'ExportDefaultDeclaration' ? 'default' : ANONYMOUS;
    return { ...base, kind, name, header: fallbackHeader };
}
/**
 * Returns the unit kind that a property's `kind` implies, or null for a plain
 * property such as `{ run: () => {} }` whose value keeps its own kind.
 */
function accessorKind(kind, isPlainProperty) {
    if (kind === 'constructor')
        return 'constructor';
    if (kind === 'get')
        return 'getter';
    if (kind === 'set')
        return 'setter';
    return isPlainProperty ? null : 'method';
}
/** The variable, parameter or assignment target a nameless function is stored in. */
function bindingOf(node, parent, text) {
    if (parent?.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier') {
        return { name: parent.id.name, header: rangeOfNode(parent.id) };
    }
    if ((parent?.type === 'AssignmentExpression' || parent?.type === 'AssignmentPattern') && parent.right === node) {
        if (parent.left.type === 'Identifier')
            return { name: parent.left.name, header: rangeOfNode(parent.left) };
        if (parent.left.type === 'MemberExpression') {
            return { name: compactSource(parent.left, text), header: rangeOfNode(parent.left) };
        }
    }
    return null;
}
function classNameOf(node, parent) {
    if (node.id)
        return node.id.name;
    if (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
        return parent.id.name;
    return parent?.type === 'ExportDefaultDeclaration' ? 'default' : '<class>';
}
/** The name of a property, method or field key: `size`, `#size`, `'a-b'` as `a-b`, or `[Symbol.iterator]`. */
function propertyKeyName(property, text) {
    const key = property.key;
    if (property.computed)
        return `[${compactSource(key, text)}]`;
    if (key.type === 'Identifier')
        return key.name;
    if (key.type === 'PrivateIdentifier')
        return `#${key.name}`;
    if (key.type === 'Literal')
        return String(key.value);
    return compactSource(key, text);
}
/** Returns the source text of a node on one line, with runs of white space as one space. */
function compactSource(node, text) {
    return text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
}
/** Returns the range of a node's first line, from its first character to the end of that line. */
function firstLineOf(node, text) {
    const start = node.range[0];
    const lineEnd = text.indexOf('\n', start);
    const firstLineEnd = Math.min(lineEnd < 0 ? text.length : lineEnd, node.range[1]);
    const length = text.slice(start, firstLineEnd).replace(/\r$/, '').length;
    const line = node.loc.start.line;
    const column = node.loc.start.column + 1;
    return { startLine: line, startColumn: column, endLine: line, endColumn: column + Math.max(length, 1) };
}

;// CONCATENATED MODULE: ./src/validate/complexity/measure.ts



/** Lists every measured unit of the script in source order with both complexities. */
function measureComplexity(script) {
    const { program } = script;
    const cyclomatic = countCyclomatic(program);
    const cognitive = countCognitive(program);
    return findFunctionUnits(program, script.source.text).map((unit) => ({
        kind: unit.kind,
        name: unit.name,
        qualifiedName: unit.qualifiedName,
        range: unit.range,
        header: unit.header,
        fingerprint: unit.fingerprint,
        cyclomatic: cyclomatic.get(unit.field ?? unit.node) ?? 1,
        cognitive: unit.kind === 'static-block' || unit.kind === 'field-initializer' ? null : (cognitive.get(unit.node) ?? 0),
    }));
}

;// CONCATENATED MODULE: ./src/validate/complexity/match-units.ts
/**
 * Pairs units of one kind in four passes, each over the units that earlier
 * passes left unpaired, taking candidates in source order:
 * 1. equal qualified name and fingerprint: the unit is unchanged;
 * 2. equal fingerprint: the unit is unchanged but moved, or renumbered, as
 *    nameless callbacks are after one is inserted before them;
 * 3. equal qualified name: the unit changed in place;
 * 4. equal name: the unit changed and moved to another scope, or its
 *    scope was renamed.
 */
const PASSES = [
    (head, base) => head.qualifiedName === base.qualifiedName && head.fingerprint === base.fingerprint,
    (head, base) => head.fingerprint === base.fingerprint,
    (head, base) => head.qualifiedName === base.qualifiedName,
    (head, base) => head.name === base.name,
];
/**
 * Returns the base unit of each head unit in head order, or null for a unit
 * without a counterpart in the base, which the change added or renamed.
 */
function matchBaseUnits(head, base) {
    const matches = new Map();
    const unpairedBase = [...base];
    for (const sameUnit of PASSES) {
        for (const unit of head) {
            if (matches.has(unit))
                continue;
            const index = unpairedBase.findIndex((other) => other.kind === unit.kind && sameUnit(unit, other));
            if (index < 0)
                continue;
            matches.set(unit, unpairedBase[index]);
            unpairedBase.splice(index, 1);
        }
    }
    return new Map(head.map((unit) => [unit, matches.get(unit) ?? null]));
}

;// CONCATENATED MODULE: ./src/validate/complexity/findings.ts

const COMPLEXITY_RULES = [
    {
        id: 'complexity/cyclomatic',
        defaultLevel: 'warning',
        summary: 'Function with a cyclomatic complexity above the configured maximum.',
        help: 'Cyclomatic complexity counts the independent paths through a function, as ESLint\'s `complexity` rule does: ' +
            '1, plus one for each if, loop, catch, `? :`, case with a test, `&&`, `||`, `??`, logical assignment, ' +
            'default value and optional chain. Split the function or replace branches with lookups to lower it.',
        helpUri: 'https://eslint.org/docs/latest/rules/complexity',
    },
    {
        id: 'complexity/cognitive',
        defaultLevel: 'warning',
        summary: 'Function with a cognitive complexity above the configured maximum.',
        help: 'Cognitive complexity, as defined by SonarSource and counted like eslint-plugin-sonarjs, rates how hard a ' +
            'function is to read: each branch or loop costs more the deeper it is nested. Return early, extract nested ' +
            'blocks into named functions and simplify conditions to lower it.',
        helpUri: 'https://sonarsource.github.io/rspec/#/rspec/S3776',
    },
];
const UNIT_LABELS = {
    function: 'Function',
    arrow: 'Arrow function',
    method: 'Method',
    getter: 'Getter',
    setter: 'Setter',
    constructor: 'Constructor',
    'static-block': 'Class static block',
    'field-initializer': 'Class field initializer',
};
/**
 * Reports each unit of `head` whose complexity is above the maximum in
 * `settings`, one finding per metric.
 *
 * `base` contains the units of the file at the base revision, or null when
 * there is none (a new file, or no base given). The finding's range is the
 * unit's header, its name, so line filters keep findings on functions whose
 * name line changed. Properties:
 * - `head`, `base`, `threshold`: the values; `base` is null for a unit
 *   without a match in the base (see `matchBaseUnits`);
 * - `rose`: 1 when the unit exists in the base with a lower value, else 0.
 *   A scope filter keeps these even when the header line is untouched;
 * - `function`: the qualified name of the unit.
 */
function complexityFindings(head, base, settings, path) {
    const matches = base ? matchBaseUnits(head, base) : null;
    const findings = [];
    for (const unit of head) {
        const baseUnit = matches?.get(unit) ?? null;
        for (const metric of ['cyclomatic', 'cognitive']) {
            const finding = findingFor(unit, baseUnit, metric, settings[metric], path, matches !== null);
            if (finding)
                findings.push(finding);
        }
    }
    return findings;
}
function findingFor(unit, baseUnit, metric, threshold, path, hasBase) {
    const value = unit[metric];
    if (value === null || value <= threshold)
        return null;
    const baseValue = baseUnit ? baseUnit[metric] : null;
    const rose = baseValue !== null && value > baseValue;
    return {
        ruleId: `complexity/${metric}`,
        level: 'warning',
        path,
        range: unit.header,
        message: `${UNIT_LABELS[unit.kind]} '${unit.qualifiedName}' has a ${metric} complexity of ${value}` +
            `${baseNote(baseValue, hasBase)}, above the maximum of ${threshold}.`,
        tool: 'testmaster',
        helpUri: COMPLEXITY_RULES.find((rule) => rule.id === `complexity/${metric}`)?.helpUri,
        properties: { head: value, base: baseValue, threshold, rose: rose ? 1 : 0, function: unit.qualifiedName },
    };
}
function baseNote(baseValue, hasBase) {
    if (!hasBase)
        return '';
    if (baseValue === null)
        return ' (new in this change)';
    return ` (${baseValue} at the base)`;
}

;// CONCATENATED MODULE: ./src/validate/complexity/index.ts
/**
 * Complexity validator: measures cyclomatic and cognitive complexity per
 * function and reports the functions above the configured maximums.
 */




;// CONCATENATED MODULE: ./src/validate/scope/changed-files.ts
/** Statuses whose file exists in the head tree with content the pull request wrote or moved. */
const CHANGED_CONTENT_STATUSES = new Set(['added', 'modified', 'renamed', 'copied']);
/** Indexes the changes by head path. Accepts a whole change set or its list of files. */
function indexChanges(changes) {
    const files = 'files' in changes ? changes.files : changes;
    const byHeadPath = new Map();
    const renamedFrom = new Map();
    for (const change of files) {
        if (change.status === 'deleted')
            continue;
        byHeadPath.set(change.path, change);
        if (change.status === 'renamed' && change.oldPath !== undefined)
            renamedFrom.set(change.oldPath, change.path);
    }
    return { byHeadPath, renamedFrom };
}
/** Checks whether the change wrote or moved the file's content, the test of the `file` filter mode. */
function hasChangedContent(change) {
    return change !== undefined && CHANGED_CONTENT_STATUSES.has(change.status);
}

;// CONCATENATED MODULE: ./src/validate/scope/new-findings.ts
/**
 * Returns a check that consumes one base twin per call: two identical head
 * findings need two base findings to both count as old, although the
 * occurrence index in the fingerprint already separates most such pairs.
 */
function pairWithBase(base, renamedFrom) {
    const remaining = new Map();
    for (const finding of base.findings) {
        const fingerprint = base.fingerprints.get(finding);
        if (fingerprint === undefined) {
            throw new Error(`merge base finding ${finding.ruleId} in ${finding.path} has no fingerprint`);
        }
        const key = pairKey(renamedFrom.get(finding.path) ?? finding.path, fingerprint);
        remaining.set(key, (remaining.get(key) ?? 0) + 1);
    }
    return (headPath, fingerprint) => {
        const key = pairKey(headPath, fingerprint);
        const count = remaining.get(key) ?? 0;
        if (count === 0)
            return true;
        remaining.set(key, count - 1);
        return false;
    };
}
function pairKey(path, fingerprint) {
    return `${path}\0${fingerprint}`;
}

;// CONCATENATED MODULE: ./src/validate/scope/filter.ts


/** Name of the finding property that marks a measured value that rose in the change; its value is 1. */
const ROSE_PROPERTY = 'rose';
/** Splits findings into those the filter mode keeps and counts of the rest by reason. */
function filterFindings(input) {
    const dropped = {
        unchangedFile: 0,
        outsideAddedLines: 0,
        outsideContext: 0,
        presentAtBase: 0,
    };
    const decide = decider(input, indexChanges(input.changes));
    const kept = [];
    for (const finding of input.findings) {
        const reason = decide(finding);
        if (reason === null)
            kept.push(finding);
        else
            dropped[reason]++;
    }
    return { kept, dropped };
}
function decider(input, changed) {
    switch (input.mode) {
        case 'nofilter':
            return () => null;
        case 'file':
            return (finding) => (hasChangedContent(changed.byHeadPath.get(finding.path)) ? null : 'unchangedFile');
        case 'added':
            return lineDecider(changed, 0, 'outsideAddedLines');
        case 'diff_context':
            return lineDecider(changed, checkedContext(input.context), 'outsideContext');
        case 'new':
            return newDecider(input, changed);
    }
}
function checkedContext(context) {
    if (!Number.isInteger(context) || context < 0) {
        throw new RangeError(`diff_context needs a context of 0 or more whole lines, not ${context}`);
    }
    return context;
}
function lineDecider(changed, context, outside) {
    const spansByPath = new Map();
    for (const [path, change] of changed.byHeadPath)
        spansByPath.set(path, widenedSpans(change.addedLines, context));
    return (finding) => {
        const change = changed.byHeadPath.get(finding.path);
        if (change === undefined)
            return 'unchangedFile';
        if (hasRisen(finding))
            return null;
        return rangeTouches(finding, spansByPath.get(finding.path)) ? null : outside;
    };
}
/** Merges the added lines, each widened by `context` lines, into ascending spans that neither overlap nor touch. */
function widenedSpans(addedLines, context) {
    const spans = [];
    for (const line of [...addedLines].sort((a, b) => a - b)) {
        const first = line - context;
        const last = line + context;
        const previous = spans[spans.length - 1];
        if (previous && first <= previous.last + 1)
            previous.last = Math.max(previous.last, last);
        else
            spans.push({ first, last });
    }
    return spans;
}
/** Finds the first span that ends at or after the range's start by binary search, then compares its start with the range's end. */
function rangeTouches(finding, spans) {
    const { startLine, endLine } = finding.range;
    let low = 0;
    let high = spans.length;
    while (low < high) {
        const middle = (low + high) >>> 1;
        if (spans[middle].last < startLine)
            low = middle + 1;
        else
            high = middle;
    }
    const span = spans[low];
    return span !== undefined && span.first <= endLine;
}
function hasRisen(finding) {
    const value = finding.properties?.[ROSE_PROPERTY];
    return value === 1 || value === '1' || value === 'true';
}
function newDecider(input, changed) {
    const { fingerprints, baseFindings } = input;
    if (fingerprints === undefined || baseFindings === undefined) {
        throw new Error('the new filter mode needs the fingerprints of the findings and the merge base findings');
    }
    const isNew = pairWithBase(baseFindings, changed.renamedFrom);
    return (finding) => {
        const fingerprint = fingerprints.get(finding);
        if (fingerprint === undefined)
            throw new Error(`finding ${finding.ruleId} in ${finding.path} has no fingerprint`);
        if (isNew(finding.path, fingerprint) || hasRisen(finding))
            return null;
        return 'presentAtBase';
    };
}

;// CONCATENATED MODULE: ./src/validate/security/ast-walk.ts

/** Keys that hold positions or back links, never child nodes. */
const SKIPPED_KEYS = new Set(['parent', 'loc', 'range', 'type', 'tokens', 'comments']);
function walkProgram(program, visitors) {
    walkNode(program, visitors);
}
/** Walks a subtree; the ancestors handed to visitors start at `root`. */
function walkNode(root, visitors) {
    const ancestors = [];
    const visit = (node) => {
        for (const visitor of visitors)
            visitor(node, ancestors);
        ancestors.push(node);
        for (const child of childrenOf(node))
            visit(child);
        ancestors.pop();
    };
    visit(root);
}
function childrenOf(node) {
    const children = [];
    const record = node;
    // for...in avoids the arrays Object.entries allocates, which dominated the walk on large bundles.
    for (const key in record) {
        if (SKIPPED_KEYS.has(key))
            continue;
        const value = record[key];
        if (typeof value !== 'object' || value === null)
            continue;
        if (Array.isArray(value)) {
            for (const item of value)
                if (isNode(item))
                    children.push(item);
        }
        else if (isNode(value)) {
            children.push(value);
        }
    }
    // Key order is the order typescript-estree set the fields in, which is not always source order (decorators, for example).
    let sorted = true;
    for (let index = 1; index < children.length && sorted; index += 1) {
        sorted = children[index - 1].range[0] <= children[index].range[0];
    }
    return sorted ? children : children.sort((a, b) => a.range[0] - b.range[0]);
}
function isNode(value) {
    return typeof value === 'object' && value !== null && typeof value.type === 'string';
}
/** The innermost function around a node, or the program for top-level code. */
function enclosingScope(ancestors) {
    for (let index = ancestors.length - 1; index >= 0; index -= 1) {
        const node = ancestors[index];
        if (isFunctionNode(node) || node.type === 'Program')
            return node;
    }
    throw new Error('A node outside a program has no scope');
}
/** Functions and the program around a node, innermost first. */
function enclosingScopes(ancestors) {
    return ancestors.filter((node) => isFunctionNode(node) || node.type === 'Program').reverse();
}

;// CONCATENATED MODULE: ./src/validate/security/expressions.ts
/** Removes TypeScript-only wrappers (`x as T`, `x!`, `<T>x`, `x satisfies T`) and `await`, which do not change the value's source. */
function unwrapExpression(node) {
    let current = node;
    for (;;) {
        switch (current.type) {
            case 'TSAsExpression':
            case 'TSNonNullExpression':
            case 'TSTypeAssertion':
            case 'TSSatisfiesExpression':
            case 'AwaitExpression':
                current = current.type === 'AwaitExpression' ? current.argument : current.expression;
                break;
            case 'ChainExpression':
                current = current.expression;
                break;
            default:
                return current;
        }
    }
}
/** Returns the name of a non-computed or string-literal property key, or null for computed keys. */
function expressions_propertyKeyName(key, computed) {
    if (!computed && key.type === 'Identifier')
        return key.name;
    if (key.type === 'Literal' && typeof key.value === 'string')
        return key.value;
    if (key.type === 'TemplateLiteral' && key.expressions.length === 0)
        return key.quasis[0]?.value.cooked ?? null;
    return null;
}
/** Returns the property name that a member expression reads: `a.b` and `a['b']` give `b`. */
function memberName(node) {
    return expressions_propertyKeyName(node.property, node.computed);
}
/** Returns the dotted path of an expression made of identifiers and property reads, such as `process.env.X`. */
function dottedPath(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Identifier')
        return [expression.name];
    if (expression.type === 'ThisExpression')
        return ['this'];
    if (expression.type === 'MemberExpression') {
        const name = memberName(expression);
        const object = dottedPath(expression.object);
        return name !== null && object ? [...object, name] : null;
    }
    return null;
}
/** Returns the last name in a callee or assignment target: `a.b.c` gives `c`, `f` gives `f`. */
function lastName(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Identifier')
        return expression.name;
    if (expression.type === 'MemberExpression')
        return memberName(expression);
    return null;
}
/** True for a string literal, a template literal without expressions, a `+` of those, or a `?:` choosing between them. */
function isConstantString(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Literal')
        return typeof expression.value === 'string';
    if (expression.type === 'ConditionalExpression') {
        return isConstantString(expression.consequent) && isConstantString(expression.alternate);
    }
    if (expression.type === 'TemplateLiteral')
        return expression.expressions.every(isConstantString);
    if (expression.type === 'BinaryExpression' && expression.operator === '+') {
        return isConstantString(expression.left) && isConstantString(expression.right);
    }
    return false;
}
/** True for a literal of any kind or a template literal whose parts are constant. */
function isConstantValue(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Literal')
        return true;
    if (expression.type === 'Identifier' && expression.name === 'undefined')
        return true;
    return isConstantString(expression);
}
/**
 * True when an expression certainly yields a string that mixes in a
 * non-constant part: a template literal with a non-constant expression, or a
 * `+` with a string on one side and a non-constant value on the other.
 */
function isBuiltString(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'TemplateLiteral')
        return !isConstantString(expression);
    if (expression.type === 'BinaryExpression' && expression.operator === '+') {
        const hasString = containsStringPart(expression);
        return hasString && !isConstantString(expression);
    }
    return false;
}
function containsStringPart(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Literal')
        return typeof expression.value === 'string';
    if (expression.type === 'TemplateLiteral')
        return true;
    if (expression.type === 'BinaryExpression' && expression.operator === '+') {
        return containsStringPart(expression.left) || containsStringPart(expression.right);
    }
    return false;
}
/** Returns the value of a string literal or of a template literal without expressions. */
function staticString(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Literal' && typeof expression.value === 'string')
        return expression.value;
    if (expression.type === 'TemplateLiteral' && expression.expressions.length === 0) {
        return expression.quasis[0]?.value.cooked ?? null;
    }
    return null;
}
/** Splits `sessionToken`, `SESSION_TOKEN` and `session-token` into lower-case words. */
function wordsOfName(name) {
    return name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word.length > 0)
        .map((word) => word.toLowerCase());
}

;// CONCATENATED MODULE: ./src/validate/security/module-bindings.ts


/**
 * Module names as rules compare them: without the `node:` scheme, and with the
 * promise and fs-extra variants of `fs` folded into `fs`, because their
 * functions take the same path arguments.
 */
function normalizeModuleName(name) {
    const bare = name.startsWith('node:') ? name.slice('node:'.length) : name;
    if (bare === 'fs/promises' || bare === 'fs-extra' || bare === 'graceful-fs')
        return 'fs';
    if (bare === 'child_process/promises')
        return 'child_process';
    return bare;
}
/**
 * Collects bindings from imports, `require` calls, dynamic `await import()`
 * and `promisify` wrappers anywhere in the file. Shadowing by an inner
 * declaration of the same name is not tracked.
 */
function collectModuleBindings(program) {
    const bindings = new Map();
    walkProgram(program, [
        (node) => {
            if (node.type === 'ImportDeclaration')
                addImport(node, bindings);
            if (node.type === 'VariableDeclarator' && node.init)
                addDeclarator(node.id, node.init, bindings);
        },
    ]);
    return bindings;
}
function addImport(node, bindings) {
    const module = normalizeModuleName(node.source.value);
    for (const specifier of node.specifiers) {
        if (specifier.type === 'ImportSpecifier') {
            const imported = expressions_propertyKeyName(specifier.imported, false);
            const path = imported === null || imported === 'default' ? [] : [imported];
            bindings.set(specifier.local.name, { module, path });
        }
        else {
            // A default import of a CommonJS built-in is its whole exports object, like a namespace import.
            bindings.set(specifier.local.name, { module, path: [] });
        }
    }
}
function addDeclarator(target, init, bindings) {
    const reference = resolveModuleReference(init, bindings) ?? promisifiedReference(init, bindings);
    if (!reference)
        return;
    bindPattern(target, reference, bindings);
}
function bindPattern(target, reference, bindings) {
    if (target.type === 'Identifier') {
        bindings.set(target.name, reference);
        return;
    }
    if (target.type !== 'ObjectPattern')
        return;
    for (const property of target.properties) {
        if (property.type !== 'Property')
            continue;
        const key = expressions_propertyKeyName(property.key, property.computed);
        if (key === null)
            continue;
        const value = property.value.type === 'AssignmentPattern' ? property.value.left : property.value;
        bindPattern(value, { module: reference.module, path: [...reference.path, key] }, bindings);
    }
}
/** `util.promisify(exec)` and `promisify(cp.exec)` keep the reference of the wrapped function. */
function promisifiedReference(init, bindings) {
    const call = unwrapExpression(init);
    if (call.type !== 'CallExpression' || call.arguments.length !== 1)
        return null;
    const callee = resolveModuleReference(call.callee, bindings);
    const isPromisify = (callee?.module === 'util' && callee.path.join('.') === 'promisify') ||
        (call.callee.type === 'Identifier' && call.callee.name === 'promisify');
    return isPromisify ? resolveModuleReference(call.arguments[0], bindings) : null;
}
/**
 * The module export an expression refers to: a bound name, a property read on
 * one, `require('m')`, `require('m').x` or `(await import('m')).x`.
 */
function resolveModuleReference(node, bindings) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Identifier')
        return bindings.get(expression.name) ?? null;
    if (expression.type === 'MemberExpression') {
        const name = memberName(expression);
        const object = resolveModuleReference(expression.object, bindings);
        return name !== null && object ? { module: object.module, path: [...object.path, name] } : null;
    }
    if (expression.type === 'CallExpression' && isRequireCall(expression)) {
        return { module: normalizeModuleName(staticString(expression.arguments[0])), path: [] };
    }
    if (expression.type === 'ImportExpression') {
        const source = staticString(expression.source);
        return source === null ? null : { module: normalizeModuleName(source), path: [] };
    }
    return null;
}
function isRequireCall(call) {
    return (call.callee.type === 'Identifier' &&
        call.callee.name === 'require' &&
        call.arguments.length === 1 &&
        staticString(call.arguments[0]) !== null);
}
/**
 * The function a callee names, as `module.function`, with `default` and the
 * `promises` namespace of fs dropped: `fs.promises.readFile` gives `fs.readFile`.
 */
function calleeName(callee, bindings) {
    const reference = resolveModuleReference(callee, bindings);
    if (!reference)
        return null;
    const path = reference.path.filter((part, index) => {
        if (part === 'default' && index === 0)
            return false;
        return !(reference.module === 'fs' && part === 'promises' && index === 0);
    });
    return path.length === 0 ? reference.module : `${reference.module}.${path.join('.')}`;
}

;// CONCATENATED MODULE: ./src/validate/security/rules.ts
/** Page that documents every rule; each rule links to its own anchor there. */
const SECURITY_DOCS_URL = 'https://github.com/testmaster/testmaster/blob/main/docs/validate/security.md';
const SECURITY_RULE_IDS = {
    dynamicCode: 'security/dynamic-code',
    shellCommand: 'security/shell-command',
    tlsVerification: 'security/tls-verification-disabled',
    weakHash: 'security/weak-hash',
    insecureRandom: 'security/insecure-random',
    unsafeHtml: 'security/unsafe-html',
    pathTraversal: 'security/path-traversal',
    hardcodedSecret: 'security/hardcoded-secret',
};
/** The anchor of a rule in the docs page: the rule name after `security/`, which is also the heading text. */
function helpUriOf(id) {
    return `${SECURITY_DOCS_URL}#${id.slice('security/'.length)}`;
}
const SECURITY_RULES = [
    {
        id: SECURITY_RULE_IDS.dynamicCode,
        defaultLevel: 'warning',
        summary: 'Code is built and run at run time with eval, Function, a string timer or the vm module.',
        help: 'Text that reaches eval, new Function, setTimeout or setInterval with a string, or vm with non-literal code runs with the full rights of the process, so any attacker-controlled part becomes code. Call a function directly, parse data with JSON.parse, or pass a function to the timer.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.dynamicCode),
    },
    {
        id: SECURITY_RULE_IDS.shellCommand,
        defaultLevel: 'error',
        summary: 'A shell command is built from a template literal or a string concatenation with variables.',
        help: 'child_process.exec, execSync, and spawn or execFile with `shell: true` hand the whole string to /bin/sh or cmd.exe, so quotes, semicolons and `$(...)` inside a variable run as commands. Pass the program and an argument array to execFile or spawn without a shell.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.shellCommand),
    },
    {
        id: SECURITY_RULE_IDS.tlsVerification,
        defaultLevel: 'error',
        summary: 'TLS certificate or host name verification is turned off.',
        help: 'Without certificate and host name checks any machine on the network path can read and change the traffic. Remove the option; to trust a private certificate authority, pass it with the `ca` option or NODE_EXTRA_CA_CERTS.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.tlsVerification),
    },
    {
        id: SECURITY_RULE_IDS.weakHash,
        defaultLevel: 'warning',
        summary: 'A hash is computed with MD4, MD5 or SHA-1, whose collisions are practical to find.',
        help: 'Collisions for MD5 and SHA-1 can be computed, so they cannot protect integrity or identify content an attacker supplies. Use SHA-256 or stronger; for passwords use scrypt, argon2 or bcrypt. Where the hash only keys a cache, suppress the finding with that reason.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.weakHash),
    },
    {
        id: SECURITY_RULE_IDS.insecureRandom,
        defaultLevel: 'warning',
        summary: 'Math.random() produces a token, id, key, salt, nonce, password or session value.',
        help: 'Math.random() is not a cryptographic generator: its output can be predicted from a few earlier values. Use crypto.randomBytes, crypto.randomUUID or crypto.getRandomValues for anything an attacker must not guess.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.insecureRandom),
    },
    {
        id: SECURITY_RULE_IDS.unsafeHtml,
        defaultLevel: 'warning',
        summary: 'A non-constant value is written as HTML with innerHTML, outerHTML, insertAdjacentHTML, document.write or dangerouslySetInnerHTML.',
        help: 'Markup in the value is parsed and its scripts and event handlers run, which is cross-site scripting when any part comes from a user. Set textContent, build elements with the DOM API or JSX, or sanitize the HTML with a maintained sanitizer first.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.unsafeHtml),
    },
    {
        id: SECURITY_RULE_IDS.pathTraversal,
        defaultLevel: 'error',
        summary: 'Request data reaches a file system path without path.basename or a check.',
        help: 'A request value such as `../../etc/passwd` walks out of the intended folder and reads, writes or deletes any file the process can reach. Take path.basename of the value, or resolve it against the root folder and reject it unless it stays inside.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.pathTraversal),
    },
    {
        id: SECURITY_RULE_IDS.hardcodedSecret,
        defaultLevel: 'error',
        summary: 'A credential, token or private key is written in the file.',
        help: 'Anyone who can read the repository or its history can use the secret. Revoke it at its issuer now, because removing it from the file does not remove it from the history, then load the new value from the environment or a secret store.',
        helpUri: helpUriOf(SECURITY_RULE_IDS.hardcodedSecret),
    },
];
const RULES_BY_ID = new Map(SECURITY_RULES.map((rule) => [rule.id, rule]));
/** Builds a finding of a security rule at its default level; the stage applies the configured level later. */
function securityFinding(id, path, range, message) {
    const rule = RULES_BY_ID.get(id);
    if (!rule)
        throw new Error(`Unknown security rule ${id}`);
    const finding = { ruleId: id, level: rule.defaultLevel, path, range, message, tool: 'testmaster' };
    if (rule.helpUri)
        finding.helpUri = rule.helpUri;
    return finding;
}

;// CONCATENATED MODULE: ./src/validate/security/rule-context.ts


function reportNode(context, id, node, message) {
    context.findings.push(securityFinding(id, context.script.source.path, rangeOfNode(node), message));
}
/** The source text of a node, shortened for messages so that long expressions stay readable. */
function snippetOf(context, node, maxLength = 40) {
    const text = context.script.source.text.slice(node.range[0], node.range[1]).replace(/\s+/g, ' ');
    return text.length <= maxLength ? text : `${text.slice(0, maxLength - 1)}…`;
}

;// CONCATENATED MODULE: ./src/validate/security/dynamic-code.ts




/** Objects through which browser and Node.js code reach the global functions. */
const GLOBAL_OBJECTS = new Set(['window', 'globalThis', 'self', 'global']);
const VM_FUNCTIONS = new Set(['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction', 'Script']);
const dynamicCodeRule = (context) => (node) => {
    if (node.type !== 'CallExpression' && node.type !== 'NewExpression')
        return;
    const message = dynamicCodeMessage(context, node);
    if (message)
        reportNode(context, SECURITY_RULE_IDS.dynamicCode, node, message);
};
function dynamicCodeMessage(context, node) {
    const global = globalName(node.callee);
    const [first] = node.arguments;
    if (global === 'eval' && node.type === 'CallExpression') {
        return 'eval() runs its argument as code; call the function you need directly, or use JSON.parse for data.';
    }
    if (global === 'Function' && first) {
        return 'The Function constructor compiles its arguments as code, like eval(); write the function in the source instead.';
    }
    if ((global === 'setTimeout' || global === 'setInterval') && first && isStringArgument(first)) {
        return `${global}() with a string argument evaluates it as code; pass a function instead.`;
    }
    const name = calleeName(node.callee, context.bindings);
    if (name?.startsWith('vm.') && VM_FUNCTIONS.has(name.slice('vm.'.length)) && first && !isConstantString(first)) {
        return `${name}() compiles code that is not a string literal; vm is no security boundary, so run only code from the source tree.`;
    }
    return null;
}
/** `eval`, `window.eval` and `globalThis.eval` all give `eval`. */
function globalName(callee) {
    const path = dottedPath(callee);
    if (!path)
        return null;
    if (path.length === 1)
        return path[0];
    if (path.length === 2 && GLOBAL_OBJECTS.has(path[0]))
        return path[1];
    return null;
}
function isStringArgument(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Literal')
        return typeof expression.value === 'string';
    if (expression.type === 'TemplateLiteral')
        return true;
    if (expression.type === 'BinaryExpression' && expression.operator === '+') {
        return isStringArgument(expression.left) || isStringArgument(expression.right);
    }
    return false;
}

;// CONCATENATED MODULE: ./src/validate/security/insecure-random.ts





/** Whole words of a name that mark a value as secret or guess-sensitive; `id` matches `userId` but not `idle`. */
const SECRET_WORDS = new Set([
    'token', 'secret', 'password', 'passwd', 'pwd', 'passphrase', 'nonce', 'salt', 'key', 'apikey',
    'session', 'sid', 'otp', 'totp', 'pin', 'id', 'ids', 'uid', 'uuid', 'guid', 'csrf', 'xsrf', 'iv',
    'verifier', 'challenge', 'credential', 'credentials', 'auth', 'cookie', 'ticket',
]);
/** Expression kinds through which a random number keeps flowing to its consumer. */
const PASS_THROUGH = new Set([
    'BinaryExpression', 'UnaryExpression', 'TemplateLiteral', 'ArrayExpression', 'ConditionalExpression',
    'LogicalExpression', 'TSAsExpression', 'TSNonNullExpression', 'ChainExpression', 'SpreadElement',
    'AwaitExpression', 'SequenceExpression', 'TaggedTemplateExpression',
]);
function isSecretLikeName(name) {
    return wordsOfName(name).some((word) => SECRET_WORDS.has(word));
}
const insecureRandomRule = (context) => {
    /** Variables per function that hold a random value under a neutral name. */
    const randomVariables = new Map();
    return (node, ancestors) => {
        const isRandomCall = node.type === 'CallExpression' && dottedPath(node.callee)?.join('.') === 'Math.random';
        const isRandomVariable = node.type === 'Identifier' &&
            randomVariables.size > 0 &&
            randomVariables.get(enclosingScope(ancestors))?.has(node.name) === true &&
            !isDeclarationName(node, ancestors);
        if (!isRandomCall && !isRandomVariable)
            return;
        const consumer = consumerOf(node, ancestors);
        if (!consumer)
            return;
        if (isSecretLikeName(consumer.name)) {
            const source = isRandomCall ? 'Math.random()' : `\`${node.name}\`, which stores a Math.random() value,`;
            reportNode(context, SECURITY_RULE_IDS.insecureRandom, node, `${source} flows into ${consumer.kind} \`${consumer.name}\`, but its output is predictable; use crypto.randomBytes, crypto.randomUUID or crypto.getRandomValues.`);
        }
        else if (consumer.kind === 'variable' && isRandomCall) {
            const scope = enclosingScope(ancestors);
            let names = randomVariables.get(scope);
            if (!names)
                randomVariables.set(scope, (names = new Set()));
            names.add(consumer.name);
        }
    };
};
/** Walks up from the random value through pass-through expressions to the node that consumes it. */
function consumerOf(start, ancestors) {
    let child = start;
    for (let index = ancestors.length - 1; index >= 0; index -= 1) {
        const parent = ancestors[index];
        const consumer = consumerAt(parent, child, ancestors.slice(0, index));
        if (consumer !== undefined)
            return consumer;
        if (!flowsThrough(parent, child))
            return null;
        child = parent;
    }
    return null;
}
/** Returns the consumer when `parent` takes the value, undefined when the value flows on, and null when it stops. */
function consumerAt(parent, child, above) {
    switch (parent.type) {
        case 'VariableDeclarator':
            return parent.init === child && parent.id.type === 'Identifier' ? { kind: 'variable', name: parent.id.name } : null;
        case 'AssignmentExpression': {
            const name = parent.right === child ? lastName(parent.left) : null;
            return name ? { kind: parent.left.type === 'Identifier' ? 'variable' : 'property', name } : null;
        }
        case 'Property': {
            const name = parent.value === child ? expressions_propertyKeyName(parent.key, parent.computed) : null;
            return name ? { kind: 'property', name } : null;
        }
        case 'PropertyDefinition': {
            const name = parent.value === child ? expressions_propertyKeyName(parent.key, parent.computed) : null;
            return name ? { kind: 'property', name } : null;
        }
        case 'ReturnStatement':
            return returnConsumer(above);
        case 'ArrowFunctionExpression':
            return parent.body === child ? functionConsumer(parent, above) : null;
        case 'CallExpression':
        case 'NewExpression':
            return callConsumer(parent, child);
        default:
            return undefined;
    }
}
/** Calls on the value (`.toString(36)`, `.slice(2)`) pass it on; a call that takes it as an argument consumes it. */
function callConsumer(call, child) {
    if (call.callee === child)
        return undefined;
    const path = dottedPath(call.callee);
    // Math.floor(Math.random() * n), String(...) and Number(...) transform the value without consuming it.
    if (path && (path[0] === 'Math' || path.join('.') === 'String' || path.join('.') === 'Number'))
        return undefined;
    const name = lastName(call.callee);
    return name ? { kind: 'function', name } : null;
}
function flowsThrough(parent, child) {
    if (PASS_THROUGH.has(parent.type))
        return true;
    if (parent.type === 'MemberExpression')
        return parent.object === child;
    if (parent.type === 'CallExpression' || parent.type === 'NewExpression')
        return true;
    return false;
}
function returnConsumer(above) {
    for (let index = above.length - 1; index >= 0; index -= 1) {
        const node = above[index];
        if (isFunctionNode(node))
            return functionConsumer(node, above.slice(0, index));
    }
    return null;
}
/** The name of a function: its own, or that of the variable, property or method it is stored in. */
function functionConsumer(fn, above) {
    if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id) {
        return { kind: 'the return value of', name: fn.id.name };
    }
    const holder = above[above.length - 1];
    if (holder?.type === 'VariableDeclarator' && holder.id.type === 'Identifier')
        return { kind: 'the return value of', name: holder.id.name };
    if ((holder?.type === 'Property' || holder?.type === 'MethodDefinition' || holder?.type === 'PropertyDefinition') && holder.value === fn) {
        const name = expressions_propertyKeyName(holder.key, holder.computed);
        return name ? { kind: 'the return value of', name } : null;
    }
    return null;
}
/** True where the identifier names something rather than reading the variable: a declaration, a property key or `a.name`. */
function isDeclarationName(node, ancestors) {
    const parent = ancestors[ancestors.length - 1];
    if (parent?.type === 'VariableDeclarator')
        return parent.id === node;
    if (parent?.type === 'MemberExpression')
        return parent.property === node && !parent.computed;
    if (parent?.type === 'Property')
        return parent.key === node && !parent.computed && !parent.shorthand;
    return false;
}

;// CONCATENATED MODULE: ./src/validate/security/path-sinks.ts


/** fs functions and the indexes of their path arguments. */
const FS_PATH_ARGUMENTS = new Map([
    ...['readFile', 'writeFile', 'appendFile', 'createReadStream', 'createWriteStream', 'unlink', 'rm', 'rmdir', 'open', 'opendir', 'readdir', 'mkdir', 'truncate', 'readJson', 'readJSON', 'writeJson', 'writeJSON', 'outputFile', 'outputJson', 'remove', 'emptyDir', 'ensureFile', 'ensureDir'].flatMap((name) => [[name, [0]], [`${name}Sync`, [0]]]),
    ...['copyFile', 'cp', 'rename', 'link', 'symlink', 'copy', 'move'].flatMap((name) => [
        [name, [0, 1]],
        [`${name}Sync`, [0, 1]],
    ]),
]);
/** Names of Express and Fastify response objects. */
const RESPONSE_NAMES = new Set(['res', 'response', 'reply']);
/** Returns the sink that a call is, with the indexes of its path arguments, or null for any other call. */
function pathSinkOf(call, bindings) {
    const resolved = calleeName(call.callee, bindings);
    if (resolved?.startsWith('fs.')) {
        const name = resolved.slice('fs.'.length);
        const pathArguments = FS_PATH_ARGUMENTS.get(name);
        return pathArguments ? { name: resolved, pathArguments } : null;
    }
    const path = dottedPath(call.callee);
    if (!path || path.length !== 2 || !RESPONSE_NAMES.has(path[0]))
        return null;
    const method = path[1];
    if (method !== 'sendFile' && method !== 'download')
        return null;
    return hasRootOption(call) ? null : { name: path.join('.'), pathArguments: [0] };
}
/** Express's `res.sendFile(path, { root })` rejects paths with `..`, so a `root` option makes the call safe. */
function hasRootOption(call) {
    return call.arguments.slice(1).some((argument) => {
        const options = unwrapExpression(argument);
        return (options.type === 'ObjectExpression' &&
            options.properties.some((property) => property.type === 'Property' && expressions_propertyKeyName(property.key, property.computed) === 'root'));
    });
}

;// CONCATENATED MODULE: ./src/validate/security/request-sources.ts

const REQUEST_NAMES = new Set(['req', 'request']);
const CONTEXT_NAMES = new Set(['ctx', 'context']);
/** Properties of an Express or Fastify request, or of Koa's `ctx.request`, that carry client input. */
const REQUEST_FIELDS = new Set([
    'params', 'query', 'body', 'headers', 'cookies', 'signedCookies', 'files', 'file', 'path', 'url', 'originalUrl', 'raw',
]);
/** Properties of a Koa context that carry client input. */
const CONTEXT_FIELDS = new Set(['params', 'query', 'querystring', 'path', 'url', 'originalUrl', 'headers', 'header', 'cookies']);
/** Methods of Hono's `c.req` that return client input. */
const HONO_METHODS = new Set(['param', 'query', 'queries', 'header', 'json', 'text', 'parseBody', 'formData', 'valid', 'arrayBuffer', 'blob']);
/** Fields of Hono's `c.req` that carry client input. */
const HONO_FIELDS = new Set(['path', 'url']);
/** Methods of an Express request that return client input: `req.param('x')`, `req.get('X-File')`, `req.header('X-File')`. */
const EXPRESS_METHODS = new Set(['param', 'get', 'header']);
/** True when a property path such as `req.query.file` starts with request data. */
function isRequestDataPath(path) {
    const [first, second, third] = path;
    if (first === undefined || second === undefined)
        return false;
    if (REQUEST_NAMES.has(first) && REQUEST_FIELDS.has(second))
        return true;
    if (CONTEXT_NAMES.has(first)) {
        if (CONTEXT_FIELDS.has(second))
            return true;
        if ((second === 'request' || second === 'req') && third !== undefined)
            return REQUEST_FIELDS.has(third);
    }
    return second === 'req' && third !== undefined && HONO_FIELDS.has(third);
}
/** True for a property read that starts with request data. */
function isRequestDataMember(node) {
    const path = dottedPrefix(node);
    return path !== null && isRequestDataPath(path);
}
/** True for calls that return request data: `c.req.param('id')`, `req.get('X-File')`. */
function isRequestDataCall(node) {
    const path = dottedPath(node.callee);
    if (!path || path.length < 2)
        return false;
    const method = path[path.length - 1];
    const receiver = path.slice(0, -1);
    if (receiver.length === 2 && receiver[1] === 'req')
        return HONO_METHODS.has(method);
    if (receiver.length === 1 && REQUEST_NAMES.has(receiver[0]))
        return EXPRESS_METHODS.has(method);
    if (receiver.length === 2 && CONTEXT_NAMES.has(receiver[0]) && receiver[1] === 'request')
        return EXPRESS_METHODS.has(method);
    return false;
}
/**
 * Returns the request fields that destructuring takes from an object, when that
 * object is a request or a context: `const { query } = req` takes `query`.
 * Returns null when the object is neither.
 */
function requestFieldsOf(object) {
    const path = dottedPath(unwrapExpression(object));
    if (!path)
        return null;
    if (path.length === 1 && REQUEST_NAMES.has(path[0]))
        return REQUEST_FIELDS;
    if (path.length === 1 && CONTEXT_NAMES.has(path[0]))
        return CONTEXT_FIELDS;
    if (path.length === 2 && CONTEXT_NAMES.has(path[0]) && (path[1] === 'request' || path[1] === 'req'))
        return REQUEST_FIELDS;
    if (path.length === 2 && path[1] === 'req')
        return HONO_FIELDS;
    return null;
}
/** Returns the maximum leading run of plain property names: `req.query[key].x` gives `req.query`. */
function dottedPrefix(node) {
    const expression = unwrapExpression(node);
    if (expression.type !== 'MemberExpression')
        return dottedPath(expression);
    const object = dottedPrefix(expression.object);
    if (!object)
        return null;
    const whole = dottedPath(expression);
    return whole ?? object;
}

;// CONCATENATED MODULE: ./src/validate/security/path-traversal.ts







/** path functions whose result keeps the taint of any argument. */
const PATH_PROPAGATORS = new Set(['join', 'resolve', 'normalize', 'toNamespacedPath', 'format']);
const GLOBAL_PROPAGATORS = new Set(['String', 'decodeURI', 'decodeURIComponent', 'unescape']);
const CHECKING_CALL = /assert|check|validat|ensure|verify|saniti[sz]|guard/i;
const pathTraversalRule = (context) => {
    const states = new Map();
    const tracker = new TaintTracker(context, states);
    return (node, ancestors) => {
        switch (node.type) {
            case 'VariableDeclarator':
                tracker.declare(node, ancestors);
                break;
            case 'AssignmentExpression':
                tracker.assign(node, ancestors);
                break;
            case 'ForOfStatement':
            case 'ForInStatement':
                tracker.declareLoopVariable(node, ancestors);
                break;
            case 'IfStatement':
            case 'ConditionalExpression':
                tracker.markChecked(node.test, ancestors);
                break;
            case 'ExpressionStatement':
                tracker.markAssertion(node.expression, ancestors);
                break;
            case 'CallExpression':
                checkSink(context, tracker, node, ancestors);
                break;
            default:
                break;
        }
    };
};
class TaintTracker {
    context;
    states;
    constructor(context, states) {
        this.context = context;
        this.states = states;
    }
    /** Returns the source text of the request data in an expression, or null when it contains none. */
    taintOf(node, ancestors) {
        const expression = unwrapExpression(node);
        switch (expression.type) {
            case 'Identifier': {
                const state = this.lookup(expression.name, ancestors);
                return typeof state === 'object' ? state.source : null;
            }
            case 'MemberExpression':
                if (isRequestDataMember(expression))
                    return snippetOf(this.context, expression);
                return this.taintOf(expression.object, ancestors);
            case 'CallExpression':
                return this.callTaint(expression, ancestors);
            case 'TemplateLiteral':
                return this.firstTaint(expression.expressions, ancestors);
            case 'BinaryExpression':
                return expression.operator === '+' ? this.firstTaint([expression.left, expression.right], ancestors) : null;
            case 'LogicalExpression':
                return this.firstTaint([expression.left, expression.right], ancestors);
            case 'ConditionalExpression':
                return this.conditionalTaint(expression, ancestors);
            default:
                return null;
        }
    }
    callTaint(call, ancestors) {
        if (isRequestDataCall(call))
            return snippetOf(this.context, call);
        const args = call.arguments.filter((argument) => argument.type !== 'SpreadElement');
        const pathFunction = pathFunctionName(calleeName(call.callee, this.context.bindings));
        if (pathFunction === 'basename')
            return null;
        if (pathFunction !== null)
            return PATH_PROPAGATORS.has(pathFunction) ? this.firstTaint(args, ancestors) : null;
        const global = dottedPath(call.callee);
        if (global?.length === 1 && GLOBAL_PROPAGATORS.has(global[0]))
            return this.firstTaint(args, ancestors);
        // A method called on a tainted value, such as `.trim()` or `.toString()`, returns tainted data.
        if (call.callee.type === 'MemberExpression')
            return this.taintOf(call.callee.object, ancestors);
        return null;
    }
    firstTaint(nodes, ancestors) {
        for (const node of nodes) {
            const source = this.taintOf(node, ancestors);
            if (source !== null)
                return source;
        }
        return null;
    }
    declare(node, ancestors) {
        if (!node.init)
            return;
        const source = this.taintOf(node.init, ancestors);
        const scope = enclosingScope(ancestors);
        if (source !== null) {
            this.bindAll(node.id, { source }, scope);
            return;
        }
        const fields = requestFieldsOf(node.init);
        if (fields && node.id.type === 'ObjectPattern') {
            this.bindRequestFields(node.id, fields, snippetOf(this.context, node.init), scope);
            return;
        }
        this.bindAll(node.id, 'clean', scope);
    }
    /** `for (const file of req.body.files)` and `for (const key in req.query)` taint the loop variable. */
    declareLoopVariable(node, ancestors) {
        const source = this.taintOf(node.right, ancestors);
        if (source === null)
            return;
        const target = node.left.type === 'VariableDeclaration' ? node.left.declarations[0]?.id : node.left;
        // The loop variable belongs to the function around the loop, like a `var` would.
        if (target)
            this.bindAll(target, { source }, enclosingScope(ancestors));
    }
    assign(node, ancestors) {
        if (node.left.type !== 'Identifier')
            return;
        const source = this.taintOf(node.right, ancestors);
        if (node.operator !== '=' && source === null)
            return;
        const scope = this.scopeDeclaring(node.left.name, ancestors) ?? enclosingScope(ancestors);
        this.set(scope, node.left.name, source === null ? 'clean' : { source });
    }
    /** Marks tainted variables used as call arguments or receivers inside a test as checked. */
    markChecked(test, ancestors) {
        this.markOperands(this.checkOperands(test), ancestors);
    }
    /** Call arguments and receivers inside a test, the operands a check looks at. */
    checkOperands(test) {
        const operands = [];
        walkProgramPart(test, (node) => {
            if (node.type !== 'CallExpression')
                return;
            // fs.existsSync(file) tests that the file exists, not that the path stays inside a folder.
            if (calleeName(node.callee, this.context.bindings)?.startsWith('fs.'))
                return;
            operands.push(...node.arguments);
            if (node.callee.type === 'MemberExpression')
                operands.push(node.callee.object);
        });
        return operands;
    }
    /** `isSafe(name) ? name : fallback` checks `name` before using it, so the result is clean. */
    conditionalTaint(expression, ancestors) {
        const checked = this.checkOperands(expression.test).some((operand) => {
            const unwrapped = unwrapExpression(operand);
            return unwrapped.type === 'Identifier' && this.taintOf(unwrapped, ancestors) !== null;
        });
        return checked ? null : this.firstTaint([expression.consequent, expression.alternate], ancestors);
    }
    markAssertion(statement, ancestors) {
        const call = unwrapExpression(statement);
        if (call.type !== 'CallExpression')
            return;
        const name = lastName(call.callee);
        if (name !== null && CHECKING_CALL.test(name))
            this.markOperands(call.arguments, ancestors);
    }
    markOperands(operands, ancestors) {
        for (const operand of operands) {
            const expression = unwrapExpression(operand);
            if (expression.type !== 'Identifier')
                continue;
            const scope = this.scopeDeclaring(expression.name, ancestors);
            if (scope && typeof this.lookup(expression.name, ancestors) === 'object')
                this.set(scope, expression.name, 'checked');
        }
    }
    bindAll(pattern, state, scope) {
        walkProgramPart(pattern, (node, parent) => {
            if (node.type !== 'Identifier' || !isBindingIdentifier(node, parent))
                return;
            this.set(scope, node.name, state);
        });
    }
    bindRequestFields(pattern, fields, object, scope) {
        for (const property of pattern.properties) {
            if (property.type !== 'Property')
                continue;
            const key = expressions_propertyKeyName(property.key, property.computed);
            const state = key !== null && fields.has(key) ? { source: `${object}.${key}` } : 'clean';
            this.bindAll(property.value, state, scope);
        }
    }
    lookup(name, ancestors) {
        for (const scope of enclosingScopes(ancestors)) {
            const state = this.states.get(scope)?.get(name);
            if (state !== undefined)
                return state;
        }
        return undefined;
    }
    scopeDeclaring(name, ancestors) {
        return enclosingScopes(ancestors).find((scope) => this.states.get(scope)?.has(name));
    }
    set(scope, name, state) {
        let names = this.states.get(scope);
        if (!names)
            this.states.set(scope, (names = new Map()));
        names.set(name, state);
    }
}
function checkSink(context, tracker, call, ancestors) {
    const sink = pathSinkOf(call, context.bindings);
    if (!sink)
        return;
    for (const index of sink.pathArguments) {
        const argument = call.arguments[index];
        if (!argument)
            continue;
        const source = tracker.taintOf(argument, ancestors);
        if (source === null)
            continue;
        reportNode(context, SECURITY_RULE_IDS.pathTraversal, argument, `Request data from ${source} reaches the path of ${sink.name}() without path.basename or a check, so a value such as ../../etc/passwd escapes the intended folder.`);
    }
}
/** `path.join`, `path.posix.join` and an imported `join` all give `join`; null for anything outside the path module. */
function pathFunctionName(resolved) {
    if (!resolved?.startsWith('path.'))
        return null;
    const parts = resolved.split('.').slice(1);
    if (parts[0] === 'posix' || parts[0] === 'win32')
        parts.shift();
    return parts.length === 1 ? parts[0] : null;
}
/** Identifiers in a pattern that bind a name, not property keys or default values. */
function isBindingIdentifier(node, parent) {
    if (parent?.type === 'Property')
        return parent.value === node;
    if (parent?.type === 'AssignmentPattern')
        return parent.left === node;
    return true;
}
/** Walks a subtree, handing each node its parent; used on tests and patterns. */
function walkProgramPart(root, visit) {
    walkNode(root, [(node, ancestors) => visit(node, ancestors[ancestors.length - 1])]);
}

;// CONCATENATED MODULE: ./src/validate/security/const-initializers.ts


class ConstInitializers {
    byScope = new Map();
    constructor(program) {
        walkProgram(program, [
            (node, ancestors) => {
                if (node.type !== 'VariableDeclaration' || node.kind !== 'const')
                    return;
                const scope = enclosingScope(ancestors);
                for (const declarator of node.declarations) {
                    if (declarator.id.type !== 'Identifier' || !declarator.init)
                        continue;
                    let names = this.byScope.get(scope);
                    if (!names)
                        this.byScope.set(scope, (names = new Map()));
                    names.set(declarator.id.name, declarator.init);
                }
            },
        ]);
    }
    /**
     * Returns the expression an identifier was initialized with, following chains of
     * constants up to a few steps, or the expression itself when it is no
     * constant's name. Shadowing inside blocks of the same function is not distinguished.
     */
    resolve(node, ancestors) {
        let current = unwrapExpression(node);
        for (let step = 0; step < 4 && current.type === 'Identifier'; step += 1) {
            const init = this.lookup(current.name, ancestors);
            if (!init)
                break;
            current = unwrapExpression(init);
        }
        return current;
    }
    lookup(name, ancestors) {
        for (const scope of enclosingScopes(ancestors)) {
            const init = this.byScope.get(scope)?.get(name);
            if (init)
                return init;
        }
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/validate/security/shell-command.ts





/** Functions that always run their command string through a shell. */
const ALWAYS_SHELL = new Set(['child_process.exec', 'child_process.execSync']);
/** Functions that run a shell only when an options object sets `shell`; `execa` alone is execa 5's default export. */
const OPTIONAL_SHELL = new Set([
    'child_process.spawn',
    'child_process.spawnSync',
    'child_process.execFile',
    'child_process.execFileSync',
    'execa.execa',
    'execa.execaSync',
    'execa',
    'execa.execaCommand',
    'execa.execaCommandSync',
    'execa.command',
    'execa.commandSync',
]);
const shellCommandRule = (context) => {
    // Built on the first child_process or execa call, because most files have none and the index costs a walk.
    let cachedConstants;
    return (node, ancestors) => {
        if (node.type !== 'CallExpression')
            return;
        const name = calleeName(node.callee, context.bindings);
        if (!name || (!ALWAYS_SHELL.has(name) && !OPTIONAL_SHELL.has(name)))
            return;
        const [command] = node.arguments;
        if (!command || command.type === 'SpreadElement')
            return;
        const constants = (cachedConstants ??= new ConstInitializers(context.script.program));
        if (ALWAYS_SHELL.has(name)) {
            checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
        }
        else if (enablesShell(node.arguments, constants, ancestors)) {
            checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
            checkArguments(context, name, node.arguments[1], constants, ancestors);
        }
        else {
            checkShellProgram(context, name, command, node.arguments[1], constants, ancestors);
        }
    };
};
/** Programs that run their `-c` (or `/c`, `-Command`) argument as a shell command. */
const SHELL_PROGRAMS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'cmd', 'cmd.exe', 'powershell', 'powershell.exe', 'pwsh']);
const COMMAND_FLAGS = new Set(['-c', '/c', '/C', '-Command', '-command']);
/** `spawn('sh', ['-c', command])` starts a shell explicitly, so the argument after `-c` is a shell command. */
function checkShellProgram(context, name, program, args, constants, ancestors) {
    const programName = staticString(constants.resolve(program, ancestors));
    if (programName === null || !SHELL_PROGRAMS.has(programName.slice(programName.lastIndexOf('/') + 1)))
        return;
    if (!args)
        return;
    const array = constants.resolve(args, ancestors);
    if (array.type !== 'ArrayExpression')
        return;
    const flagIndex = array.elements.findIndex((element) => {
        const flag = element && element.type !== 'SpreadElement' ? staticString(element) : null;
        return flag !== null && COMMAND_FLAGS.has(flag);
    });
    const command = array.elements[flagIndex + 1];
    if (flagIndex < 0 || !command || command.type === 'SpreadElement')
        return;
    checkCommand(context, name, command, constants.resolve(command, ancestors), constants, ancestors);
}
function checkCommand(context, name, command, value, constants, ancestors) {
    if (!isBuiltString(value) || partsAreConstant(value, constants, ancestors))
        return;
    const construction = unwrapExpression(value).type === 'TemplateLiteral' ? 'a template literal' : 'string concatenation';
    const shortName = name.slice(name.lastIndexOf('.') + 1);
    reportNode(context, SECURITY_RULE_IDS.shellCommand, command, `${shortName}() runs a shell command built with ${construction} from non-constant values; pass the program and an argument array to execFile or spawn without a shell.`);
}
/** True when every part of a template literal or `+` chain is a constant string or names one: `'ls ' + DIR` after `const DIR = 'src'`. */
function partsAreConstant(value, constants, ancestors) {
    const expression = unwrapExpression(value);
    const parts = expression.type === 'TemplateLiteral'
        ? expression.expressions
        : expression.type === 'BinaryExpression' && expression.operator === '+'
            ? [expression.left, expression.right]
            : null;
    if (!parts)
        return isConstantString(constants.resolve(expression, ancestors));
    return parts.every((part) => partsAreConstant(part, constants, ancestors));
}
/** With a shell, every argument in the array becomes part of the command line. */
function checkArguments(context, name, args, constants, ancestors) {
    if (!args)
        return;
    const array = constants.resolve(args, ancestors);
    if (array.type !== 'ArrayExpression')
        return;
    const shortName = name.slice(name.lastIndexOf('.') + 1);
    for (const element of array.elements) {
        if (!element || isConstantString(constants.resolve(element, ancestors)))
            continue;
        reportNode(context, SECURITY_RULE_IDS.shellCommand, element, `${shortName}() with \`shell: true\` joins this non-constant argument into a shell command; drop the shell option so the argument is passed as is.`);
    }
}
/** True when an options object among the arguments sets `shell` to anything but `false`, `undefined` or an empty string. */
function enablesShell(args, constants, ancestors) {
    return args.slice(1).some((argument) => {
        const value = constants.resolve(argument, ancestors);
        if (value.type !== 'ObjectExpression')
            return false;
        return value.properties.some((property) => {
            if (property.type !== 'Property' || expressions_propertyKeyName(property.key, property.computed) !== 'shell')
                return false;
            const shell = unwrapExpression(property.value);
            if (shell.type === 'Literal')
                return Boolean(shell.value);
            return !(shell.type === 'Identifier' && shell.name === 'undefined');
        });
    });
}

;// CONCATENATED MODULE: ./src/validate/security/tls-verification.ts



const TLS_ENV_NAME = 'NODE_TLS_REJECT_UNAUTHORIZED';
const tlsVerificationRule = (context) => (node) => {
    let message = null;
    // Method shorthand such as `checkServerIdentity() {}` is a Property of kind `init` too.
    if (node.type === 'Property' && node.kind === 'init') {
        message = disablingMessage(expressions_propertyKeyName(node.key, node.computed), node.value, false);
    }
    else if (node.type === 'AssignmentExpression' && node.operator === '=' && node.left.type === 'MemberExpression') {
        message = disablingMessage(lastName(node.left), node.right, isProcessEnv(node.left));
    }
    if (message)
        reportNode(context, SECURITY_RULE_IDS.tlsVerification, node, message);
};
function disablingMessage(name, value, onProcessEnv) {
    const literal = literalValue(value);
    if ((name === 'rejectUnauthorized' || name === 'strictSSL') && literal === false) {
        return `\`${name}: false\` accepts any certificate, so a machine in the network path can read and change the traffic; remove it, and pass a private CA with the \`ca\` option.`;
    }
    if (name === TLS_ENV_NAME && (literal === '0' || literal === 0)) {
        const where = onProcessEnv ? 'for the whole process' : 'for the child process';
        return `${TLS_ENV_NAME}=0 turns off certificate checks ${where}; remove it, and trust a private CA with NODE_EXTRA_CA_CERTS.`;
    }
    if (name === 'checkServerIdentity' && acceptsEveryHost(value)) {
        return 'checkServerIdentity returns nothing, so every host name is accepted; remove it, or return an Error when tls.checkServerIdentity does.';
    }
    return null;
}
function literalValue(node) {
    const expression = unwrapExpression(node);
    return expression.type === 'Literal' ? expression.value : undefined;
}
function isProcessEnv(target) {
    const path = dottedPath(target);
    return path !== null && path.length === 3 && path[0] === 'process' && path[1] === 'env';
}
/** A function whose body is empty or only returns `undefined`, `null` or `void 0`: tls treats that as a match. */
function acceptsEveryHost(node) {
    const fn = unwrapExpression(node);
    if (fn.type !== 'ArrowFunctionExpression' && fn.type !== 'FunctionExpression')
        return false;
    if (fn.body.type !== 'BlockStatement')
        return isNothing(fn.body);
    return fn.body.body.every((statement) => statement.type === 'ReturnStatement' && (!statement.argument || isNothing(statement.argument)));
}
function isNothing(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'Identifier')
        return expression.name === 'undefined';
    if (expression.type === 'Literal')
        return expression.value === null;
    return expression.type === 'UnaryExpression' && expression.operator === 'void' && expression.argument.type === 'Literal';
}

;// CONCATENATED MODULE: ./src/validate/security/unsafe-html.ts



const HTML_PROPERTIES = new Set(['innerHTML', 'outerHTML']);
const REACT_PROP = 'dangerouslySetInnerHTML';
const SANITIZER = /saniti[sz]e|purify|escape|^createHTML$/i;
const FIX = 'set textContent or build the elements, or sanitize the value with a maintained HTML sanitizer first.';
const unsafeHtmlRule = (context) => (node) => {
    switch (node.type) {
        case 'AssignmentExpression':
            checkAssignment(context, node);
            break;
        case 'CallExpression':
            checkCall(context, node);
            break;
        case 'JSXAttribute':
            if (node.name.type === 'JSXIdentifier' && node.name.name === REACT_PROP && node.value?.type === 'JSXExpressionContainer') {
                checkReactValue(context, node.value.expression);
            }
            break;
        case 'Property':
            if (expressions_propertyKeyName(node.key, node.computed) === REACT_PROP)
                checkReactValue(context, node.value);
            break;
        default:
            break;
    }
};
/** Tells whether a value is a literal or the result of a sanitizer. */
function isSafeHtml(node) {
    const expression = unwrapExpression(node);
    if (expression.type === 'CallExpression') {
        const name = lastName(expression.callee);
        return name !== null && SANITIZER.test(name);
    }
    return isConstantValue(expression);
}
function checkAssignment(context, node) {
    if (node.operator !== '=' && node.operator !== '+=')
        return;
    if (node.left.type !== 'MemberExpression')
        return;
    const property = lastName(node.left);
    if (property === null || !HTML_PROPERTIES.has(property) || isSafeHtml(node.right))
        return;
    reportNode(context, SECURITY_RULE_IDS.unsafeHtml, node.right, `A non-constant value is assigned to ${property}, so markup in it runs; ${FIX}`);
}
function checkCall(context, node) {
    const name = lastName(node.callee);
    if (name === 'insertAdjacentHTML' && node.callee.type === 'MemberExpression') {
        const html = node.arguments[1];
        if (html && !isSafeHtml(html)) {
            reportNode(context, SECURITY_RULE_IDS.unsafeHtml, html, `insertAdjacentHTML() parses a non-constant value as markup; ${FIX}`);
        }
        return;
    }
    const path = dottedPath(node.callee)?.join('.');
    if (path !== 'document.write' && path !== 'document.writeln' && path !== 'window.document.write' && path !== 'window.document.writeln')
        return;
    for (const argument of node.arguments) {
        if (isSafeHtml(argument))
            continue;
        reportNode(context, SECURITY_RULE_IDS.unsafeHtml, argument, `${name}() writes a non-constant value into the page as markup; ${FIX}`);
    }
}
/** `{ __html: value }` is checked on `value`; any other expression is reported whole, because its `__html` is unknown. */
function checkReactValue(context, value) {
    const expression = unwrapExpression(value);
    if (expression.type === 'JSXEmptyExpression')
        return;
    if (expression.type === 'ObjectExpression') {
        for (const property of expression.properties) {
            if (property.type !== 'Property' || expressions_propertyKeyName(property.key, property.computed) !== '__html')
                continue;
            if (isSafeHtml(property.value))
                continue;
            reportNode(context, SECURITY_RULE_IDS.unsafeHtml, property.value, `dangerouslySetInnerHTML renders a non-constant __html value as markup; ${FIX}`);
        }
        return;
    }
    if (isSafeHtml(expression))
        return;
    reportNode(context, SECURITY_RULE_IDS.unsafeHtml, expression, `dangerouslySetInnerHTML renders a value whose __html is not constant; ${FIX}`);
}

;// CONCATENATED MODULE: ./src/validate/security/weak-hash.ts




/** Algorithm names as OpenSSL and Web Crypto spell them, lower-cased. */
const WEAK_ALGORITHMS = new Set(['md4', 'md5', 'sha1', 'sha-1', 'md5-sha1', 'rsa-md5', 'rsa-sha1']);
const weakHashRule = (context) => (node) => {
    if (node.type !== 'CallExpression')
        return;
    const [algorithm] = node.arguments;
    if (!algorithm)
        return;
    const name = staticString(algorithm);
    if (name === null || !WEAK_ALGORITHMS.has(name.toLowerCase()))
        return;
    if (!isHashCall(node.callee, calleeName(node.callee, context.bindings)))
        return;
    reportNode(context, SECURITY_RULE_IDS.weakHash, algorithm, `${name} is broken for collision resistance; use sha256 or stronger, or scrypt or argon2 for passwords.`);
};
function isHashCall(callee, resolved) {
    if (resolved === 'crypto.createHash' || resolved === 'crypto.subtle.digest' || resolved === 'crypto.webcrypto.subtle.digest')
        return true;
    // The Web Crypto API is a global in browsers and in Node.js 19 and later, so `crypto.subtle` needs no import.
    const path = dottedPath(callee)?.join('.');
    return path === 'crypto.subtle.digest' || path === 'globalThis.crypto.subtle.digest' || path === 'window.crypto.subtle.digest';
}

;// CONCATENATED MODULE: ./src/validate/security/security-findings.ts









const SCRIPT_RULES = [
    dynamicCodeRule,
    shellCommandRule,
    tlsVerificationRule,
    weakHashRule,
    insecureRandomRule,
    unsafeHtmlRule,
    pathTraversalRule,
];
/**
 * Returns the findings of every script rule, at each rule's default level,
 * sorted by position. Hard-coded secrets are not among them: run
 * secretFindings on the file's text for those, on scripts and other files alike.
 */
function securityFindings(script) {
    const context = { script, bindings: collectModuleBindings(script.program), findings: [] };
    walkProgram(script.program, SCRIPT_RULES.map((rule) => rule(context)));
    return context.findings.sort((a, b) => a.range.startLine - b.range.startLine ||
        a.range.startColumn - b.range.startColumn ||
        a.ruleId.localeCompare(b.ruleId));
}

;// CONCATENATED MODULE: ./src/validate/security/secret-entropy.ts
/**
 * Measures that separate generated secrets from placeholders and words:
 * Shannon entropy, character classes, runs and ascending sequences.
 */
/** Shannon entropy of the string's characters in bits per character: 0 for `aaaa`, log2(62) ≈ 5.95 at most for base62. */
function shannonEntropy(value) {
    if (value.length === 0)
        return 0;
    const counts = new Map();
    for (const character of value)
        counts.set(character, (counts.get(character) ?? 0) + 1);
    let entropy = 0;
    const length = [...value].length;
    for (const count of counts.values()) {
        const probability = count / length;
        entropy -= probability * Math.log2(probability);
    }
    return entropy;
}
/** Counts which of lower-case letters, upper-case letters, digits and other characters occur. */
function characterClassCount(value) {
    const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];
    return classes.filter((pattern) => pattern.test(value)).length;
}
/** Words that mark a value as a stand-in; matched case-insensitively anywhere in the value. */
const PLACEHOLDER_WORDS = [
    'example', 'xxxx', 'placeholder', 'changeme', 'change_me', 'your', 'dummy', 'sample', 'redacted', 'replace',
    'insert', 'todo', 'fixme', 'abc123', '****', '....', '<', '>', '${', '{{', '$(',
];
/** Python's `%(name)s` and Windows' `%NAME%` substitutions. */
const SUBSTITUTION = /%\([A-Za-z_]+\)s|^%[A-Za-z_][A-Za-z0-9_]*%$/;
/** Finds a placeholder word in a value, or returns null. Safe on whole tokens, whose fixed parts may repeat digits. */
function placeholderWord(value) {
    const lower = value.toLowerCase();
    const word = PLACEHOLDER_WORDS.find((candidate) => lower.includes(candidate));
    if (word !== undefined)
        return word;
    return SUBSTITUTION.exec(value)?.[0] ?? null;
}
/** Measures the maximum run of one repeated character (5 in `abbbbbc`). */
function longestRepeat(value) {
    let longest = 0;
    let run = 0;
    for (let index = 0; index < value.length; index += 1) {
        run = index > 0 && value[index] === value[index - 1] ? run + 1 : 1;
        longest = Math.max(longest, run);
    }
    return longest;
}
/** Measures the maximum run of characters that each follow the previous one in code order (`abcdef`, `123456`), up or down. */
function longestSequence(value) {
    let longest = 1;
    let up = 1;
    let down = 1;
    for (let index = 1; index < value.length; index += 1) {
        const step = value.charCodeAt(index) - value.charCodeAt(index - 1);
        up = step === 1 ? up + 1 : 1;
        down = step === -1 ? down + 1 : 1;
        longest = Math.max(longest, up, down);
    }
    return longest;
}
/** Shortest run of equal or of consecutive characters that marks a stand-in such as `000000` or `abcdef`. */
const PLACEHOLDER_RUN = 6;
/**
 * Explains why a token-shaped value is a stand-in, or returns null when it
 * looks generated. A run of 6 equal or 6 consecutive characters occurs in a
 * random 64-character hex string with a probability of about one in ten
 * thousand, and far less often in base62, so real tokens pass.
 */
function placeholderReason(value) {
    const word = placeholderWord(value);
    if (word !== null)
        return `contains ${word}`;
    if (longestRepeat(value) >= PLACEHOLDER_RUN)
        return 'repeats one character';
    if (longestSequence(value) >= PLACEHOLDER_RUN)
        return 'contains a character sequence';
    return null;
}

;// CONCATENATED MODULE: ./src/validate/security/secret-assignments.ts
/**
 * Generic secrets: a value assigned to a name that says password, secret,
 * token, API key or credential, when the value has high entropy.
 *
 * `name = value`, `name: value`, `name := value` and `name => value` are
 * recognized, with the name optionally quoted (JSON, YAML, .env, INI, TOML
 * and most programming languages). In script files the value must be
 * quoted, so that `token = getToken()` is no candidate. In other files a
 * bare value counts too, unless it contains brackets, as code in Markdown does.
 */

/** Minimum length of a generic secret value. */
const MIN_GENERIC_LENGTH = 12;
/**
 * Minimum Shannon entropy in bits per character for values of two or more
 * character classes. Random strings of 20 to 50 characters from base62 or
 * base64 score about 3.9 to 5, while readable words and identifiers mostly
 * score below 3.5. Shorter values cannot reach it, because n characters
 * score at most log2(n), so the bar is 75% of that maximum when lower.
 */
const MIN_GENERIC_ENTROPY = 3.5;
/** Values of a single character class, such as long lower-case words, need more. */
const MIN_SINGLE_CLASS_ENTROPY = 4.0;
/** Hex strings draw on 16 symbols, so random ones of 32 to 64 characters score only about 3.6 to 3.9. */
const MIN_HEX_ENTROPY = 3.0;
function minimumEntropy(value) {
    if (/^[0-9a-f]+$/i.test(value) && /[0-9]/.test(value) && /[a-f]/i.test(value))
        return MIN_HEX_ENTROPY;
    if (characterClassCount(value) < 2)
        return MIN_SINGLE_CLASS_ENTROPY;
    return Math.min(MIN_GENERIC_ENTROPY, 0.75 * Math.log2(value.length));
}
const SECRET_NAME = String.raw `(?:password|passwd|passphrase|pwd|secret|token|api[_-]?key|apikey|access[_-]?key|auth[_-]?key|private[_-]?key|encryption[_-]?key|signing[_-]?key|credentials?)`;
const ASSIGNMENT = new RegExp(String.raw `(?<![A-Za-z0-9_])(?<name>[A-Za-z0-9_.-]{0,40}${SECRET_NAME}[A-Za-z0-9_.-]{0,40})["']?[ \t]*(?::=|=>|=|:)[ \t]*(?<quote>["'\x60]?)(?<value>[^\s"'\x60,;]{1,500})\k<quote>`, 'gi');
/** Last words of a name that say the value is about the secret rather than the secret: `token_url`, `passwordField`. */
const DESCRIPTIVE_SUFFIXES = new Set([
    'url', 'uri', 'endpoint', 'file', 'path', 'dir', 'name', 'env', 'type', 'length', 'len', 'field', 'header', 'prefix',
    'suffix', 'format', 'id', 'label', 'placeholder', 'hint', 'regex', 'pattern', 'policy', 'count', 'ttl', 'expiry',
    'expires', 'timeout', 'key', 'ref', 'arn', 'version', 'mode', 'kind', 'hash', 'digest', 'input', 'required',
]);
/** Files whose values are code, so a bare value is an expression, not a string. */
const SCRIPT_EXTENSIONS = /\.(?:[cm]?[jt]sx?|py|rb|go|java|kt|kts|scala|cs|php|rs|swift|c|cc|cpp|h|hpp|lua|dart|groovy|gradle)$/i;
function findGenericSecrets(path, text) {
    const requireQuotes = SCRIPT_EXTENSIONS.test(path);
    const secrets = [];
    for (const match of text.matchAll(ASSIGNMENT)) {
        const { name, quote, value } = match.groups;
        if (quote === '' && (requireQuotes || /[(){}[\]<>]/.test(value)))
            continue;
        if (!isSecretName(name))
            continue;
        const entropy = shannonEntropy(value);
        if (!looksGenerated(value, entropy))
            continue;
        const start = match.index + match[0].length - quote.length - value.length;
        secrets.push({ name, start, end: start + value.length, entropy });
    }
    return secrets;
}
function isSecretName(name) {
    const words = name
        .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
        .split(/[^A-Za-z0-9]+/)
        .filter((word) => word.length > 0);
    const last = words[words.length - 1]?.toLowerCase();
    // `api_key` and `private_key` end in `key` but are secrets themselves.
    if (last === 'key')
        return /(?:api|access|auth|private|secret|encryption|signing)[_.-]?key$/i.test(name);
    return last === undefined || !DESCRIPTIVE_SUFFIXES.has(last);
}
function looksGenerated(value, entropy) {
    if (value.length < MIN_GENERIC_LENGTH)
        return false;
    // Generated secrets are printable ASCII; other characters mark templates such as `⟦slot⟧` or prose.
    if (!/^[\x21-\x7e]+$/.test(value))
        return false;
    if (placeholderReason(value) !== null)
        return false;
    // References and readable names: `process.env.TOKEN`, `$TOKEN`, `/run/secrets/x`, `https://…`, `SOME_CONSTANT`, `refresh-token-v2`.
    if (/^[$\\/.~]/.test(value) || value.includes('://'))
        return false;
    if (/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+$/.test(value))
        return false;
    if (/^[A-Z0-9]+(?:_[A-Z0-9]+)+$/.test(value))
        return false;
    if (/^[a-z][a-z0-9]*(?:[-_.][a-z][a-z0-9]*)+$/.test(value))
        return false;
    // Lower-case paths and ids such as `security/hardcoded-secret` or `team/app-name`.
    if (/^[a-z0-9]+(?:[-_.][a-z0-9]+)*(?:\/[a-z0-9]+(?:[-_.][a-z0-9]+)*)+$/.test(value))
        return false;
    // camelCase and PascalCase words, perhaps ending in an acronym, also behind one punctuation character: `passwordInput`, `?InterpolationInJSX`.
    if (/^[^A-Za-z0-9]?(?:[a-z]{2,}|[A-Z][a-z]+)(?:[A-Z][a-z]+)*(?:[A-Z][a-z]+|[A-Z]{2,6})$/.test(value))
        return false;
    return entropy >= minimumEntropy(value);
}

;// CONCATENATED MODULE: ./src/validate/security/secret-formats.ts
/**
 * Token formats that issuers document or that their tokens visibly follow,
 * each with a pattern and the part of a match that must look generated.
 */
/** Everything after the first `_` or `-`, as in `ghp_<random>`. */
const afterPrefix = (secret) => secret.slice(secret.search(/[_-]/) + 1);
/** Everything after the last `_` or `-`, as in `xoxb-<team>-<bot>-<random>`. */
const afterLastSeparator = (secret) => secret.slice(Math.max(secret.lastIndexOf('-'), secret.lastIndexOf('_')) + 1);
const SECRET_FORMATS = [
    {
        // Classic and app tokens: ghp_ personal, gho_ OAuth, ghu_ user-to-server, ghs_ server-to-server, ghr_ refresh; 36 base62 characters follow.
        kind: 'GitHub token',
        pattern: /(?<![A-Za-z0-9_])gh[pousr]_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
        randomPart: afterPrefix,
    },
    {
        kind: 'GitHub fine-grained personal access token',
        pattern: /(?<![A-Za-z0-9_])github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}(?![A-Za-z0-9_])/g,
        randomPart: afterLastSeparator,
    },
    {
        // AKIA is a long-term access key id, ASIA a temporary one from STS.
        kind: 'AWS access key id',
        pattern: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g,
        randomPart: (secret) => secret.slice(4),
    },
    {
        // A secret access key is 40 base64 characters with no prefix, so only a nearby name identifies it.
        kind: 'AWS secret access key',
        pattern: /(?:aws_?secret_?access_?key|aws_?secret_?key|secret_?access_?key)["']?\s*(?:=|:|=>)\s*["']?(?<secret>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])/gi,
        randomPart: (secret) => secret,
    },
    {
        // b bot, a app-level, p user, r refresh, s workspace; the numeric team and user ids come first.
        kind: 'Slack token',
        pattern: /(?<![A-Za-z0-9])xox[baprs]-[0-9]{8,}-[0-9A-Za-z-]{8,}(?![A-Za-z0-9-])/g,
        randomPart: afterLastSeparator,
    },
    {
        kind: 'Stripe live secret key',
        pattern: /(?<![A-Za-z0-9])[sr]k_live_[0-9A-Za-z]{24,247}(?![A-Za-z0-9])/g,
        randomPart: (secret) => secret.slice('sk_live_'.length),
    },
    {
        kind: 'Google API key',
        pattern: /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])/g,
        randomPart: (secret) => secret.slice(4),
    },
    {
        kind: 'npm access token',
        pattern: /(?<![A-Za-z0-9_])npm_[A-Za-z0-9]{36}(?![A-Za-z0-9_])/g,
        randomPart: afterPrefix,
    },
    {
        // PyPI API tokens are macaroons: `pypi-` and base64 that always starts with `AgE` (version and location fields).
        kind: 'PyPI API token',
        pattern: /(?<![A-Za-z0-9_-])pypi-AgE[A-Za-z0-9_-]{60,}(?![A-Za-z0-9_-])/g,
        randomPart: (secret) => secret.slice(-40),
    },
    {
        kind: 'JSON Web Token',
        pattern: /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}(?![A-Za-z0-9_-])/g,
        randomPart: (secret) => secret.slice(secret.lastIndexOf('.') + 1),
        accept: isSignedJwt,
    },
];
/** True when the header decodes to JSON with an `alg` other than `none`, and the payload is not jwt.io's published sample. */
function isSignedJwt(token) {
    const [header, payload] = token.split('.');
    const headerJson = decodeBase64UrlJson(header ?? '');
    const payloadJson = decodeBase64UrlJson(payload ?? '');
    if (!headerJson || typeof headerJson.alg !== 'string' || headerJson.alg.toLowerCase() === 'none')
        return false;
    return !(payloadJson?.sub === '1234567890' && payloadJson.name === 'John Doe');
}
function decodeBase64UrlJson(part) {
    try {
        const parsed = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : null;
    }
    catch {
        return null;
    }
}
/**
 * PEM private keys. The block counts only when its body holds at least 64
 * base64 characters, so `-----BEGIN PRIVATE KEY-----\n...\n` in docs passes.
 * Inside JSON or a string literal the line breaks may be written as `\n`.
 */
const PRIVATE_KEY_PATTERN = /-----BEGIN (?<label>(?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----(?<body>[\s\S]{0,20000}?)-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g;
const MIN_PRIVATE_KEY_BODY = 64;
/** Extracts the base64 characters of a PEM body, dropping headers such as `Proc-Type:` and written `\n` escapes. */
function pemBase64(body) {
    return body
        .replace(/\\[nr]/g, '\n')
        .split(/\r?\n/)
        .filter((line) => !line.includes(':'))
        .join('')
        .replace(/[^A-Za-z0-9+/=]/g, '');
}

;// CONCATENATED MODULE: ./src/validate/parse/line-index.ts
const SCRIPT_LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;
class LineIndex {
    text;
    /** Offset of the first character of each line; `lineStarts[0]` is 0. */
    lineStarts = [0];
    /** Offset just after the last character that is not whitespace, computed on first use. */
    contentEnd;
    constructor(text, breaks = 'git') {
        this.text = text;
        if (breaks === 'script') {
            for (const match of text.matchAll(SCRIPT_LINE_BREAK))
                this.lineStarts.push(match.index + match[0].length);
            return;
        }
        for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
            this.lineStarts.push(index + 1);
        }
    }
    /** 1-based line and column of `offset`; an offset past the end is clamped to the end of the text. */
    position(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.lineStarts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.lineStarts[middle] <= clamped)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: clamped - this.lineStarts[low] + 1 };
    }
    /** Converts the offsets `start` and exclusive `end` into a range, which is empty when `end <= start`. */
    range(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
    }
    /**
     * Like `range`, but a range that starts in the whitespace at the end of the
     * text, such as a parser's "expected '}'" at the end of the file, moves to
     * the last character that is not whitespace. A line after the last line
     * would never match a changed line, and an annotation there has no text.
     */
    rangeInText(start, end) {
        this.contentEnd ??= this.text.trimEnd().length;
        const { contentEnd } = this;
        if (start < contentEnd || contentEnd === 0)
            return this.range(start, end);
        return this.range(contentEnd - 1, contentEnd);
    }
}

;// CONCATENATED MODULE: ./src/validate/security/secret-findings.ts





/**
 * Minimum entropy of a known format's random part. Generated parts of 16 or
 * more characters score about 3.3 to 5; the format alone already marks
 * a secret, so the bar only drops patterns such as `abababab`.
 */
const MIN_FORMAT_ENTROPY = 2.5;
/** Minimum entropy of a PEM body; DER-encoded keys in base64 score above 5, while `MIIE...` stand-ins score far lower. */
const MIN_PRIVATE_KEY_ENTROPY = 4.5;
/**
 * Returns one finding per secret in the text, sorted by position, at the
 * rule's default level. Text with a NUL character is treated as binary and
 * yields nothing.
 */
function secretFindings(source) {
    if (source.text.includes('\u0000'))
        return [];
    const matches = [...privateKeyMatches(source.text), ...formatMatches(source.text)];
    for (const generic of findGenericSecrets(source.path, source.text)) {
        if (matches.some((match) => overlaps(match, generic)))
            continue;
        const value = source.text.slice(generic.start, generic.end);
        matches.push({
            kind: `secret in \`${generic.name}\``,
            start: generic.start,
            end: generic.end,
            // A generic secret has no public prefix, so none of its characters are shown.
            masked: `(${value.length} characters)`,
            properties: { kind: 'generic', entropy: Math.round(generic.entropy * 100) / 100 },
        });
    }
    const positions = new LineIndex(source.text);
    return matches
        .sort((a, b) => a.start - b.start)
        .map((match) => Object.assign(securityFinding(SECURITY_RULE_IDS.hardcodedSecret, source.path, positions.range(match.start, match.end), `Hard-coded ${match.kind} ${match.masked}; revoke it at its issuer and load it from the environment or a secret store.`), { properties: match.properties }));
}
function formatMatches(text) {
    const matches = [];
    for (const format of SECRET_FORMATS) {
        for (const match of text.matchAll(format.pattern)) {
            const secret = match.groups?.secret ?? match[0];
            const start = match.index + match[0].length - secret.length;
            if (!isGenerated(format, secret))
                continue;
            if (matches.some((other) => overlaps(other, { start, end: start + secret.length })))
                continue;
            matches.push({
                kind: format.kind,
                start,
                end: start + secret.length,
                masked: maskOf(secret),
                properties: { kind: format.kind },
            });
        }
    }
    return matches;
}
function isGenerated(format, secret) {
    const random = format.randomPart(secret);
    if (placeholderReason(random) !== null || placeholderWord(secret) !== null)
        return false;
    if (shannonEntropy(random) < MIN_FORMAT_ENTROPY)
        return false;
    return format.accept ? format.accept(secret) : true;
}
function privateKeyMatches(text) {
    const matches = [];
    for (const match of text.matchAll(PRIVATE_KEY_PATTERN)) {
        const { label, body } = match.groups;
        const base64 = pemBase64(body);
        // Real key bodies hold runs such as `AAAAA` (OpenSSH's length fields), so the placeholder checks of tokens do not apply.
        if (base64.length < MIN_PRIVATE_KEY_BODY || shannonEntropy(base64) < MIN_PRIVATE_KEY_ENTROPY)
            continue;
        matches.push({
            kind: 'private key',
            start: match.index,
            end: match.index + match[0].length,
            masked: `(${label} block, ${base64.length} base64 characters)`,
            properties: { kind: 'private key' },
        });
    }
    return matches;
}
/** Masks a secret of a known format as its first four characters, which its public prefix fills, and its length: `ghp_… (40 characters)`. */
function maskOf(secret) {
    return `${secret.slice(0, 4)}… (${secret.length} characters)`;
}
function overlaps(a, b) {
    return a.start < b.end && b.start < a.end;
}

;// CONCATENATED MODULE: ./src/validate/security/index.ts
/**
 * Security rules for TypeScript and JavaScript, and the hard-coded secret
 * detector for any text file. docs/validate/security.md documents each rule.
 */




;// CONCATENATED MODULE: ./src/validate/scope/source-lines.ts
/**
 * Lines of source text the way ESTree locations and ESLint count them:
 * `\r\n`, `\n`, `\r`, U+2028 and U+2029 each end a line.
 */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;
/**
 * Returns the lines of `text` without their line breaks. A text that ends
 * with a line break yields an empty last element, as ESLint's
 * `SourceCode#lines` does.
 */
function splitSourceLines(text) {
    return text.split(LINE_BREAK);
}
/**
 * Counts lines as an editor shows them: a line break at the end of the file
 * ends the last line and does not start another one. Empty text has no lines.
 */
function countSourceLines(text) {
    if (text.length === 0)
        return 0;
    const lines = splitSourceLines(text);
    return lines.length > 1 && lines[lines.length - 1] === '' ? lines.length - 1 : lines.length;
}

;// CONCATENATED MODULE: ./src/validate/scope/fingerprint.ts
/**
 * Content fingerprints of findings, so a finding keeps its identity when the
 * lines above it change or its code moves within the file.
 *
 * A fingerprint is the SHA-256 of three parts: the rule id, the text of the
 * lines the finding covers with every run of white space collapsed to one
 * space, and the occurrence index of that (rule id, text) pair among the
 * findings of the same file in position order. The path and the line numbers
 * are left out on purpose: the scope filter pairs fingerprints per file and
 * maps renamed files to their old path itself.
 */


/**
 * Computes the fingerprint of every finding. When the file's text is not
 * available, the finding's message stands in for the covered lines, so the
 * fingerprint still separates findings but changes whenever the message does.
 */
function fingerprintFindings(findings, fileText) {
    const fingerprints = new Map();
    for (const [path, group] of groupByPath(findings)) {
        const lines = readLines(fileText, path);
        const occurrences = new Map();
        for (const finding of sortByPosition(group)) {
            const content = lines ? coveredText(lines, finding) : `message:${finding.message}`;
            const key = `${finding.ruleId}\0${content}`;
            const index = occurrences.get(key) ?? 0;
            occurrences.set(key, index + 1);
            fingerprints.set(finding, hashParts([finding.ruleId, content, String(index)]));
        }
    }
    return fingerprints;
}
function groupByPath(findings) {
    const groups = new Map();
    for (const finding of findings) {
        const group = groups.get(finding.path);
        if (group)
            group.push(finding);
        else
            groups.set(finding.path, [finding]);
    }
    return groups;
}
/** Orders by start, then end, then rule id, so the occurrence index does not depend on the validators' order. */
function sortByPosition(findings) {
    return [...findings].sort((a, b) => a.range.startLine - b.range.startLine ||
        a.range.startColumn - b.range.startColumn ||
        a.range.endLine - b.range.endLine ||
        a.range.endColumn - b.range.endColumn ||
        fingerprint_compareText(a.ruleId, b.ruleId) ||
        fingerprint_compareText(a.message, b.message));
}
function fingerprint_compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}
function readLines(fileText, path) {
    const text = fileText(path);
    return text === null ? null : splitSourceLines(text);
}
/** The covered lines joined by one space, with white space collapsed; lines past the end of the file are empty. */
function coveredText(lines, finding) {
    const first = Math.max(1, finding.range.startLine);
    const last = Math.max(first, finding.range.endLine);
    return lines
        .slice(first - 1, last)
        .join(' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function hashParts(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts) {
        hash.update(String(part.length));
        hash.update(':');
        hash.update(part);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/validate/standards/rules.ts
const MAX_FILE_LINES = {
    id: 'standards/max-file-lines',
    defaultLevel: 'warning',
    summary: 'A file has more lines than the configured maximum.',
    help: 'Every line counts, blank and comment lines included, and a line break at the end of the file does not start another line, ' +
        'as ESLint max-lines counts with its default options. Split the file by concept.',
};
const MAX_FUNCTION_LINES = {
    id: 'standards/max-function-lines',
    defaultLevel: 'warning',
    summary: 'A function spans more lines than the configured maximum.',
    help: 'A function spans the lines from its first to its last, blank and comment lines included. A method counts from its ' +
        'decorators and name. Functions called where they are defined (IIFEs) are not checked, as ESLint max-lines-per-function ' +
        'does by default. Move named steps into functions of their own.',
};
const MAX_PARAMETERS = {
    id: 'standards/max-parameters',
    defaultLevel: 'warning',
    summary: 'A function declares more parameters than the configured maximum.',
    help: 'Every parameter counts, including rest and defaulted ones, except a TypeScript this parameter, which only declares a type. ' +
        'Pass related values as one object.',
};
const NAMING = {
    id: 'standards/naming',
    defaultLevel: 'warning',
    summary: 'An exported name does not match the naming pattern configured for its kind.',
    help: 'Patterns apply to exported functions, classes, variables, type aliases, interfaces and enums, by kind. A variable ' +
        'initialized with a function or arrow function counts as a function, and one initialized with a class expression as a ' +
        'class. Patterns are not anchored: write ^ and $ to match the whole name. Rename the symbol or change the pattern.',
};
const BANNED_IMPORT = {
    id: 'standards/banned-import',
    defaultLevel: 'error',
    summary: 'A module is imported that the configuration bans.',
    help: 'Static imports, export-from, require, import() and import = require() with a literal specifier are checked against ' +
        'the banned names, which are globs of specifiers: lodash bans only lodash itself, lodash/** also bans its subpaths. ' +
        'Use what the finding names instead.',
};
const STANDARDS_RULES = [MAX_FILE_LINES, MAX_FUNCTION_LINES, MAX_PARAMETERS, NAMING, BANNED_IMPORT];

;// CONCATENATED MODULE: ./src/validate/standards/file-length.ts


/**
 * Checks the file's length. The finding covers the lines past the maximum,
 * as ESLint max-lines reports them, so the filter keeps it when the change
 * added lines there.
 */
function fileLengthFinding(source, settings) {
    const max = settings.maxFileLines;
    if (max === null)
        return null;
    const count = countSourceLines(source.text);
    if (count <= max)
        return null;
    const lastLine = splitSourceLines(source.text)[count - 1] ?? '';
    return {
        ruleId: MAX_FILE_LINES.id,
        level: MAX_FILE_LINES.defaultLevel,
        path: source.path,
        range: { startLine: max + 1, startColumn: 1, endLine: count, endColumn: lastLine.length + 1 },
        message: `The file has ${count} ${count === 1 ? 'line' : 'lines'}, more than the maximum of ${max}.`,
        tool: 'testmaster',
        properties: { lines: count, max },
    };
}

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/validate/standards/banned-imports.ts




const compiledMatchers = new WeakMap();
/** Compiles the globs once per settings array. Raises a UserError that names the setting when a name is empty. */
function matchersOf(banned) {
    let matchers = compiledMatchers.get(banned);
    if (!matchers) {
        matchers = banned.map((entry, index) => {
            if (entry.name.trim().length === 0) {
                throw new errors/* UserError */.yo(`validate.standards.bannedImports[${index}].name is empty. Write the module specifier or glob to ban, such as lodash or lodash/**.`);
            }
            return { entry, matches: picomatch_default()(entry.name, { dot: true }) };
        });
        compiledMatchers.set(banned, matchers);
    }
    return matchers;
}
/** Returns the specifier of a node that imports a module, or null when the node imports none or computes its specifier. */
function importSource(node) {
    switch (node.type) {
        case 'ImportDeclaration':
        case 'ExportAllDeclaration':
            return withSpecifier(node.source);
        case 'ExportNamedDeclaration':
            return node.source ? withSpecifier(node.source) : null;
        case 'ImportExpression':
            return withSpecifier(node.source);
        case 'CallExpression':
            return banned_imports_isRequireCall(node) ? withSpecifier(node.arguments[0]) : null;
        case 'TSImportEqualsDeclaration':
            return node.moduleReference.type === 'TSExternalModuleReference' ? withSpecifier(node.moduleReference.expression) : null;
        case 'TSImportType':
            return node.argument.type === 'TSLiteralType' ? withSpecifier(node.argument.literal) : null;
        default:
            return null;
    }
}
function banned_imports_isRequireCall(node) {
    return node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments.length >= 1;
}
/** Reads a string literal, or a template literal without substitutions; returns null for any other node. */
function withSpecifier(node) {
    if (node.type === 'Literal' && typeof node.value === 'string')
        return { literal: node, specifier: node.value };
    if (node.type === 'TemplateLiteral' && node.expressions.length === 0) {
        return { literal: node, specifier: node.quasis[0].value.cooked ?? '' };
    }
    return null;
}
/** Checks one import node; the first banned entry that matches names the finding. */
function bannedImportFinding(path, node, banned) {
    if (banned.length === 0)
        return null;
    const matchers = matchersOf(banned);
    const source = importSource(node);
    if (source === null)
        return null;
    const match = matchers.find((matcher) => matcher.matches(source.specifier));
    if (!match)
        return null;
    const advice = match.entry.message?.trim();
    const message = advice
        ? `Importing '${source.specifier}' is banned. ${advice}`
        : `Importing '${source.specifier}' is banned by the pattern '${match.entry.name}' in validate.standards.bannedImports.`;
    return {
        ruleId: BANNED_IMPORT.id,
        level: BANNED_IMPORT.defaultLevel,
        path,
        range: rangeOfNode(source.literal),
        message,
        tool: 'testmaster',
        properties: { pattern: match.entry.name },
    };
}

;// CONCATENATED MODULE: ./src/validate/standards/functions.ts

/**
 * The node types ESLint 10's max-params checks. Abstract methods and method
 * overload signatures (TSEmptyBodyFunctionExpression) are not among them, so
 * their implementations are checked in their place.
 */
const FUNCTION_TYPES = new Set([
    'FunctionDeclaration',
    'FunctionExpression',
    'ArrowFunctionExpression',
    'TSDeclareFunction',
    'TSFunctionType',
]);
function functions_isFunctionNode(node) {
    return FUNCTION_TYPES.has(node.type);
}
/** Describes a function node; `parent` is its parent in the tree. */
function functions_describeFunction(node, parent, positions, text) {
    const owner = methodOwner(node, parent);
    const nameNode = owner ? owner.key : nameNodeOf(node, parent);
    const name = nameNode ? nameText(nameNode, owner?.computed ?? false) : null;
    let kind = KIND_BY_TYPE[node.type] ?? 'function';
    if (owner)
        kind = methodKind(owner);
    return {
        node,
        description: describeKind(kind, name),
        nameRange: nameNode ? rangeOfNode(nameNode) : headRange(node, positions, text),
        spanNode: owner ?? node,
        immediatelyInvoked: parent?.type === 'CallExpression' && parent.callee === node,
    };
}
const KIND_BY_TYPE = { ArrowFunctionExpression: 'arrow function', TSFunctionType: 'function type' };
function describeKind(kind, name) {
    if (kind === 'constructor')
        return kind;
    return name === null ? `anonymous ${kind}` : `${kind} '${name}'`;
}
/** The method definition or object property whose value is this function, when the function is a method or accessor. */
function methodOwner(node, parent) {
    if (parent === undefined)
        return null;
    if ((parent.type === 'MethodDefinition' || parent.type === 'TSAbstractMethodDefinition') && parent.value === node)
        return parent;
    if (parent.type === 'Property' && parent.value === node && (parent.method || parent.kind !== 'init'))
        return parent;
    return null;
}
function methodKind(owner) {
    if (owner.kind === 'get')
        return 'getter';
    if (owner.kind === 'set')
        return 'setter';
    if (owner.kind === 'constructor')
        return 'constructor';
    return 'method';
}
/** The identifier that names a function: its own id, or what it is assigned to. */
function nameNodeOf(node, parent) {
    if ('id' in node && node.id)
        return node.id;
    if (parent === undefined)
        return null;
    if (parent.type === 'VariableDeclarator' && parent.init === node && parent.id.type === 'Identifier')
        return parent.id;
    if (parent.type === 'TSTypeAliasDeclaration' && parent.typeAnnotation === node)
        return parent.id;
    if ((parent.type === 'PropertyDefinition' || parent.type === 'Property') && parent.value === node)
        return parent.key;
    if (parent.type === 'AssignmentExpression' && parent.right === node) {
        if (parent.left.type === 'Identifier')
            return parent.left;
        if (parent.left.type === 'MemberExpression' && !parent.left.computed)
            return parent.left.property;
    }
    return null;
}
function nameText(node, computed) {
    if (node.type === 'Identifier' && !computed)
        return node.name;
    if (node.type === 'PrivateIdentifier')
        return `#${node.name}`;
    if (node.type === 'Literal' && (typeof node.value === 'string' || typeof node.value === 'number'))
        return String(node.value);
    return null;
}
/** From the function's start to the end of the last token before its body: `function (a, b)` or `(a, b) =>`. */
function headRange(node, positions, text) {
    const body = 'body' in node ? node.body : null;
    if (!body)
        return rangeOfNode(node);
    let end = body.range[0];
    while (end > node.range[0] && /\s/.test(text[end - 1]))
        end--;
    return positions.range(node.range[0], end);
}
/** Writes a count with its noun, in the plural unless the count is 1. */
function countOf(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
/** Upper-cases the first letter of a description, to start a message with it. */
function capitalize(description) {
    return description.charAt(0).toUpperCase() + description.slice(1);
}

;// CONCATENATED MODULE: ./src/validate/standards/function-length.ts


/** Node types with a body, the ones ESLint's max-lines-per-function checks. */
const FUNCTIONS_WITH_BODY = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);
/** Checks one function against the maximum. Signatures and function types, which have no body, are skipped. */
function functionLengthFinding(path, info, max) {
    if (info.immediatelyInvoked)
        return null;
    if (!FUNCTIONS_WITH_BODY.has(info.node.type))
        return null;
    const lines = info.spanNode.loc.end.line - info.spanNode.loc.start.line + 1;
    if (lines <= max)
        return null;
    return {
        ruleId: MAX_FUNCTION_LINES.id,
        level: MAX_FUNCTION_LINES.defaultLevel,
        path,
        range: info.nameRange,
        message: `${capitalize(info.description)} spans ${countOf(lines, 'line')}, more than the maximum of ${max}.`,
        tool: 'testmaster',
        properties: { lines, max },
    };
}

;// CONCATENATED MODULE: ./src/validate/standards/naming.ts



const compiledRules = new WeakMap();
/**
 * Compiles the patterns once per settings array, with the `u` flag. Raises a
 * UserError that names the setting when a pattern is not a valid regular
 * expression.
 */
function compileNamingRules(rules) {
    const cached = compiledRules.get(rules);
    if (cached)
        return cached;
    const compiled = rules.map((rule, index) => {
        try {
            return { kind: rule.kind, pattern: rule.pattern, expression: new RegExp(rule.pattern, 'u') };
        }
        catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new errors/* UserError */.yo(`validate.standards.naming[${index}].pattern ${JSON.stringify(rule.pattern)} is not a valid regular expression ` +
                `(${reason}). Fix the pattern for ${rule.kind} names in the configuration.`, { cause: error });
        }
    });
    compiledRules.set(rules, compiled);
    return compiled;
}
/** Checks every exported symbol of the program against the rules for its kind. Each (kind, name) pair is reported once. */
function namingFindings(path, program, rules) {
    if (rules.length === 0)
        return [];
    const compiled = compileNamingRules(rules);
    const findings = [];
    const seen = new Set();
    for (const symbol of exportedSymbols(program)) {
        const key = `${symbol.kind}\0${symbol.name}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        for (const rule of compiled) {
            if (rule.kind !== symbol.kind || rule.expression.test(symbol.name))
                continue;
            findings.push({
                ruleId: NAMING.id,
                level: NAMING.defaultLevel,
                path,
                range: rangeOfNode(symbol.node),
                message: `Exported ${symbol.kind} '${symbol.name}' does not match the naming pattern ${rule.pattern} set for ${symbol.kind} names.`,
                tool: 'testmaster',
                properties: { pattern: rule.pattern },
            });
        }
    }
    return findings;
}
/** Lists the symbols a module exports from its own top-level declarations, in source order. */
function exportedSymbols(program) {
    const localKinds = topLevelKinds(program);
    const symbols = [];
    for (const statement of program.body) {
        if (statement.type === 'ExportNamedDeclaration') {
            if (statement.declaration)
                symbols.push(...declaredSymbols(statement.declaration));
            else if (statement.source === null)
                symbols.push(...specifierSymbols(statement.specifiers, localKinds));
        }
        else if (statement.type === 'ExportDefaultDeclaration') {
            symbols.push(...declaredSymbols(statement.declaration));
        }
    }
    return symbols;
}
/** Maps every name the module declares at the top level, exported or not, to its kind, for `export { name }`. */
function topLevelKinds(program) {
    const kinds = new Map();
    for (const statement of program.body) {
        const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
        if (!declaration)
            continue;
        for (const symbol of declaredSymbols(declaration))
            if (!kinds.has(symbol.name))
                kinds.set(symbol.name, symbol.kind);
    }
    return kinds;
}
function declaredSymbols(node) {
    switch (node.type) {
        case 'FunctionDeclaration':
        case 'TSDeclareFunction':
            return node.id ? [{ kind: 'function', name: node.id.name, node: node.id }] : [];
        case 'ClassDeclaration':
            return node.id ? [{ kind: 'class', name: node.id.name, node: node.id }] : [];
        case 'TSTypeAliasDeclaration':
            return [{ kind: 'type', name: node.id.name, node: node.id }];
        case 'TSInterfaceDeclaration':
            return [{ kind: 'interface', name: node.id.name, node: node.id }];
        case 'TSEnumDeclaration':
            return [{ kind: 'enum', name: node.id.name, node: node.id }];
        case 'VariableDeclaration':
            return node.declarations.flatMap(variableSymbols);
        default:
            return [];
    }
}
function variableSymbols(declarator) {
    if (declarator.id.type === 'Identifier') {
        return [{ kind: initializerKind(declarator.init), name: declarator.id.name, node: declarator.id }];
    }
    return boundIdentifiers(declarator.id).map((identifier) => ({ kind: 'variable', name: identifier.name, node: identifier }));
}
function initializerKind(init) {
    if (init?.type === 'ArrowFunctionExpression' || init?.type === 'FunctionExpression')
        return 'function';
    if (init?.type === 'ClassExpression')
        return 'class';
    return 'variable';
}
/** Lists the identifiers a destructuring pattern binds. */
function boundIdentifiers(pattern) {
    switch (pattern.type) {
        case 'Identifier':
            return [pattern];
        case 'ObjectPattern':
            return pattern.properties.flatMap((property) => property.type === 'RestElement' ? boundIdentifiers(property.argument) : boundIdentifiers(property.value));
        case 'ArrayPattern':
            return pattern.elements.flatMap((element) => (element ? boundIdentifiers(element) : []));
        case 'RestElement':
            return boundIdentifiers(pattern.argument);
        case 'AssignmentPattern':
            return boundIdentifiers(pattern.left);
        default:
            return [];
    }
}
/** Lists the names of `export { local as exported }` whose local declaration is in this module, with its kind. */
function specifierSymbols(specifiers, localKinds) {
    const symbols = [];
    for (const specifier of specifiers) {
        if (specifier.local.type !== 'Identifier')
            continue;
        const kind = localKinds.get(specifier.local.name);
        const name = specifier.exported.type === 'Identifier' ? specifier.exported.name : String(specifier.exported.value);
        if (kind === undefined || name === 'default')
            continue;
        symbols.push({ kind, name, node: specifier.exported });
    }
    return symbols;
}

;// CONCATENATED MODULE: ./src/validate/standards/parameters.ts


/**
 * Checks one function, declared function signature or function type. The
 * finding covers the counted parameters, from the first to the last.
 */
function parameterCountFinding(path, info, max) {
    const counted = info.node.params.filter((parameter) => !isThisParameter(parameter));
    if (counted.length <= max)
        return null;
    const first = counted[0];
    const last = counted[counted.length - 1];
    return {
        ruleId: MAX_PARAMETERS.id,
        level: MAX_PARAMETERS.defaultLevel,
        path,
        range: {
            startLine: first.loc.start.line,
            startColumn: first.loc.start.column + 1,
            endLine: last.loc.end.line,
            endColumn: last.loc.end.column + 1,
        },
        message: `${capitalize(info.description)} declares ${countOf(counted.length, 'parameter')}, more than the maximum of ${max}.`,
        tool: 'testmaster',
        properties: { parameters: counted.length, max },
    };
}
function isThisParameter(parameter) {
    return parameter.type === 'Identifier' && parameter.name === 'this';
}

;// CONCATENATED MODULE: ./src/validate/standards/standards.ts
/**
 * Runs the standards rules on one parsed script in one walk of its tree.
 */








/**
 * Returns the findings of every standards rule that the settings switch on:
 * file length, then naming, then functions and imports in tree order. Raises
 * a UserError when a naming pattern is not a valid regular expression.
 */
function standardsFindings(script, settings) {
    const { path, text } = script.source;
    const findings = [];
    const fileLength = fileLengthFinding(script.source, settings);
    if (fileLength)
        findings.push(fileLength);
    findings.push(...namingFindings(path, script.program, settings.naming));
    const { maxFunctionLines, maxParameters, bannedImports } = settings;
    const checksFunctions = maxFunctionLines !== null || maxParameters !== null;
    if (!checksFunctions && bannedImports.length === 0)
        return findings;
    const positions = new LineIndex(text, 'script');
    const nodeFindings = [];
    (0,dist.simpleTraverse)(script.program, {
        enter(node, parent) {
            const banned = bannedImportFinding(path, node, bannedImports);
            if (banned)
                nodeFindings.push(banned);
            if (!checksFunctions || !functions_isFunctionNode(node))
                return;
            const info = functions_describeFunction(node, parent, positions, text);
            const length = maxFunctionLines === null ? null : functionLengthFinding(path, info, maxFunctionLines);
            if (length)
                nodeFindings.push(length);
            const parameters = maxParameters === null ? null : parameterCountFinding(path, info, maxParameters);
            if (parameters)
                nodeFindings.push(parameters);
        },
    });
    return [...findings, ...nodeFindings];
}

;// CONCATENATED MODULE: ./src/validate/suppress/directive.ts
const DIRECTIVE_NAMES = {
    'testmaster-disable-line': 'line',
    'testmaster-disable-next-line': 'nextLine',
    'testmaster-disable-file': 'file',
};
const DIRECTIVE_START = /^testmaster-disable\S*/;
const REASON_SEPARATOR = /(?:^|\s)--(?:\s|$)/;
const RULE_PATTERN = /^(?:[\w@./-]+\*?|\*)$/;
/** Reads the directive in a comment; returns null when the comment is not one. */
function readDirective(comment) {
    const body = comment.text.replace(/^[\s*]+/, '');
    const start = DIRECTIVE_START.exec(body);
    if (!start)
        return null;
    const name = start[0];
    const kind = DIRECTIVE_NAMES[name];
    if (kind === undefined) {
        return { ok: false, comment, problem: `${name} is not a suppression directive. Use ${Object.keys(DIRECTIVE_NAMES).join(', ')}.` };
    }
    const rest = body.slice(name.length);
    const separator = REASON_SEPARATOR.exec(rest);
    const rulesText = separator ? rest.slice(0, separator.index) : rest;
    const reasonText = separator ? rest.slice(separator.index + separator[0].length) : '';
    const rules = rulesText.split(/[\s,]+/).filter((rule) => rule.length > 0);
    if (rules.length === 0) {
        return { ok: false, comment, problem: `${name} names no rule. Write the rule ids it suppresses, such as ${name} security/eval -- reason.` };
    }
    const invalid = rules.find((rule) => !RULE_PATTERN.test(rule));
    if (invalid !== undefined) {
        return { ok: false, comment, problem: `${name} names the invalid rule id ${JSON.stringify(invalid)}. A * may only end an id.` };
    }
    const reason = collapseSpace(reasonText.replace(/\*+$/, ''));
    return { ok: true, directive: { kind, name, rules, reason: reason.length > 0 ? reason : null, comment } };
}
/** Checks a rule id against one pattern of a directive: the same id, or the prefix before a trailing `*`. */
function ruleMatches(pattern, ruleId) {
    return pattern.endsWith('*') ? ruleId.startsWith(pattern.slice(0, -1)) : ruleId === pattern;
}
/** Returns the line that a `line` or `nextLine` directive covers. */
function targetLine(directive) {
    return directive.kind === 'nextLine' ? directive.comment.range.endLine + 1 : directive.comment.range.startLine;
}
function collapseSpace(text) {
    return text.replace(/\s+/g, ' ').trim();
}

;// CONCATENATED MODULE: ./src/validate/suppress/text-comments.ts


/** Characters after which a quote opens a string; elsewhere, as in `don't`, it is part of a word. */
const QUOTE_OPENERS = new Set([' ', '\t', ':', '[', '{', ',', '=', '(']);
/**
 * Finds `#` comments line by line. A `#` starts a comment at the start of a
 * line or after white space, as YAML and POSIX shells require. Lines inside a
 * YAML block scalar are read like any other line, so a directive can sit
 * inside a workflow's `run:` script as a shell comment.
 */
function hashComments(text) {
    const comments = [];
    splitSourceLines(text).forEach((line, index) => {
        const column = hashCommentStart(line);
        if (column < 0)
            return;
        const range = { startLine: index + 1, startColumn: column + 1, endLine: index + 1, endColumn: line.length + 1 };
        comments.push({ text: line.slice(column + 1), range });
    });
    return comments;
}
/** Returns the index of the `#` that starts a comment in the line, or -1. */
function hashCommentStart(line) {
    let quote = null;
    for (let index = 0; index < line.length; index++) {
        const character = line[index];
        const previous = index === 0 ? ' ' : line[index - 1];
        if (quote !== null) {
            // YAML escapes a single quote by doubling it, and in shells `'a''b'` joins two quoted strings.
            if (character === '\\' && quote === '"')
                index++;
            else if (character === "'" && quote === "'" && line[index + 1] === "'")
                index++;
            else if (character === quote)
                quote = null;
            continue;
        }
        if ((character === '"' || character === "'") && QUOTE_OPENERS.has(previous))
            quote = character;
        else if (character === '#' && (index === 0 || previous === ' ' || previous === '\t'))
            return index;
    }
    return -1;
}
/**
 * Finds `//` and block comments, skipping strings in single quotes, double
 * quotes and backticks. Template substitutions are not followed, so a
 * backtick inside `${...}` ends the template early.
 */
function slashComments(text) {
    const comments = [];
    const positions = new LineIndex(text, 'script');
    let index = 0;
    while (index < text.length) {
        const character = text[index];
        if (character === '"' || character === "'" || character === '`') {
            index = stringEnd(text, index, character);
        }
        else if (character === '/' && text[index + 1] === '/') {
            const end = lineEnd(text, index);
            comments.push({ text: text.slice(index + 2, end), range: positions.range(index, end) });
            index = end;
        }
        else if (character === '/' && text[index + 1] === '*') {
            const close = text.indexOf('*/', index + 2);
            const end = close < 0 ? text.length : close + 2;
            comments.push({ text: text.slice(index + 2, close < 0 ? end : close), range: positions.range(index, end) });
            index = end;
        }
        else {
            index++;
        }
    }
    return comments;
}
/** Returns the index after the closing quote. A line break ends a quoted string that is not a template. */
function stringEnd(text, start, quote) {
    let index = start + 1;
    while (index < text.length) {
        const character = text[index];
        if (character === '\\')
            index += 2;
        else if (character === quote)
            return index + 1;
        else if (quote !== '`' && (character === '\n' || character === '\r'))
            return index;
        else
            index++;
    }
    return text.length;
}
function lineEnd(text, start) {
    const lineBreak = /[\n\r\u2028\u2029]/g;
    lineBreak.lastIndex = start;
    const match = lineBreak.exec(text);
    return match ? match.index : text.length;
}

;// CONCATENATED MODULE: ./src/validate/suppress/file-comments.ts
/**
 * The comments of one file, from the parser where the file parsed and from a
 * text scanner chosen by the file's extension otherwise.
 */


/** Extensions and file names whose comments start with `#`. */
const HASH_EXTENSIONS = new Set(['yml', 'yaml', 'sh', 'bash', 'zsh', 'py', 'rb', 'toml', 'pl', 'r', 'ps1', 'tf']);
const HASH_FILE_NAMES = new Set(['Dockerfile', 'Makefile', '.gitignore', '.npmrc', '.env']);
/** Extensions of C-like languages whose comments are `//` and block comments, besides scripts. */
const SLASH_EXTENSIONS = new Set(['go', 'java', 'c', 'h', 'cc', 'cpp', 'hpp', 'cs', 'rs', 'kt', 'kts', 'swift', 'scala', 'dart', 'php', 'jsonc']);
/**
 * Returns the comments of a file: the parser's list where the file parsed
 * (a syntax tree, or the list taken from one earlier), else a scan of the
 * text. JSON (`.json`) has no comments, and files of other unknown kinds yield none.
 */
function fileComments(source, parsed) {
    if (Array.isArray(parsed))
        return [...parsed];
    if (parsed)
        return scriptComments(parsed);
    const kind = commentStyle(source.path);
    if (kind === 'hash')
        return hashComments(source.text);
    if (kind === 'slash')
        return slashComments(source.text);
    return [];
}
/** Returns the comments of a parsed script, so a caller can keep them without the whole syntax tree. */
function scriptComments(script) {
    return (script.program.comments ?? []).map((comment) => ({ text: comment.value, range: rangeOfNode(comment) }));
}
function commentStyle(path) {
    if (scriptLanguageOf(path) !== null)
        return 'slash';
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (HASH_FILE_NAMES.has(name))
        return 'hash';
    const dot = name.lastIndexOf('.');
    const extension = dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
    if (HASH_EXTENSIONS.has(extension))
        return 'hash';
    if (SLASH_EXTENSIONS.has(extension))
        return 'slash';
    return 'none';
}

;// CONCATENATED MODULE: ./src/validate/suppress/rules.ts
const MISSING_REASON = {
    id: 'suppress/missing-reason',
    defaultLevel: 'warning',
    summary: 'A suppression comment gives no reason, so it suppresses nothing.',
    help: 'Every testmaster-disable comment must say why the finding does not apply, after a standalone --, for example ' +
        '`// testmaster-disable-next-line security/eval -- the input is a constant`. Until it does, the findings it names are reported.',
};
const UNUSED = {
    id: 'suppress/unused',
    defaultLevel: 'note',
    summary: 'A suppression comment names a rule that reports nothing where the comment applies.',
    help: 'The code no longer triggers the rule, or the rule id or line is wrong. Remove the rule from the comment, ' +
        'or the whole comment, so it cannot hide a future finding.',
};
const INVALID = {
    id: 'suppress/invalid',
    defaultLevel: 'warning',
    summary: 'A comment that starts with testmaster-disable cannot be read as a suppression.',
    help: 'Write testmaster-disable-line, testmaster-disable-next-line or testmaster-disable-file, then rule ids or prefix globs ' +
        'such as security/*, then -- and the reason.',
};
const SUPPRESS_RULES = [MISSING_REASON, UNUSED, INVALID];

;// CONCATENATED MODULE: ./src/validate/suppress/apply.ts



/** Findings about suppressions carry this tool name. */
const TOOL = 'testmaster';
/**
 * Applies the directives in `sources` to `findings`. Findings in files
 * missing from `sources` are kept. `parsed` gives the syntax trees of scripts
 * that parsed, whose comment lists are exact. Other files are scanned as text.
 */
function applySuppressions(findings, sources, parsed) {
    const result = { kept: [], suppressed: [], findings: [] };
    const directivesByPath = new Map();
    for (const [path, source] of sources) {
        directivesByPath.set(path, readFileDirectives(source, parsed?.get(path), result.findings));
    }
    for (const finding of findings) {
        const match = finding.ruleId.startsWith('suppress/') ? null : directivesByPath.get(finding.path)?.match(finding);
        if (match)
            result.suppressed.push({ finding, reason: match.reason, comment: match.comment.range });
        else
            result.kept.push(finding);
    }
    for (const [path, directives] of directivesByPath)
        result.findings.push(...directives.unusedFindings(path));
    return result;
}
/** The directives with reasons in one file, and which of their rule patterns matched a finding. */
class FileDirectives {
    directives;
    used = new Map();
    constructor(directives) {
        this.directives = directives;
        for (const directive of directives)
            this.used.set(directive, new Set());
    }
    /**
     * Returns the first directive that covers the finding, after marking every
     * covering directive's matching patterns as used, so a finding named by two
     * directives leaves neither unused.
     */
    match(finding) {
        let first = null;
        for (const directive of this.directives) {
            if (!coversLine(directive, finding.range.startLine))
                continue;
            const patterns = directive.rules.filter((pattern) => ruleMatches(pattern, finding.ruleId));
            if (patterns.length === 0)
                continue;
            for (const pattern of patterns)
                this.used.get(directive).add(pattern);
            first ??= directive;
        }
        return first;
    }
    unusedFindings(path) {
        const findings = [];
        for (const directive of this.directives) {
            const used = this.used.get(directive);
            for (const pattern of directive.rules) {
                if (!used.has(pattern))
                    findings.push(unusedFinding(path, directive, pattern));
            }
        }
        return findings;
    }
}
/** Line and next-line directives come first, so a suppressed finding names the closest reason. */
function readFileDirectives(source, parsed, problems) {
    const directives = [];
    for (const comment of fileComments(source, parsed)) {
        const outcome = readDirective(comment);
        if (outcome === null)
            continue;
        if (!outcome.ok)
            problems.push(directiveFinding(source.path, INVALID.id, INVALID.defaultLevel, outcome.comment, outcome.problem));
        else if (outcome.directive.reason === null)
            problems.push(missingReasonFinding(source.path, outcome.directive));
        else
            directives.push(outcome.directive);
    }
    directives.sort((a, b) => Number(a.kind === 'file') - Number(b.kind === 'file'));
    return new FileDirectives(directives);
}
function coversLine(directive, line) {
    return directive.kind === 'file' || targetLine(directive) === line;
}
function missingReasonFinding(path, directive) {
    const example = `${directive.name} ${directive.rules.join(', ')} -- why the finding does not apply`;
    const message = `This ${directive.name} comment gives no reason, so it suppresses nothing. Add the reason after --, as in: ${example}.`;
    return directiveFinding(path, MISSING_REASON.id, MISSING_REASON.defaultLevel, directive.comment, message);
}
function unusedFinding(path, directive, pattern) {
    const where = directive.kind === 'file' ? 'in this file' : `on line ${targetLine(directive)}`;
    const message = `No ${pattern} finding is reported ${where}, so this ${directive.name} comment suppresses nothing for it. Remove ${pattern} from the comment.`;
    return directiveFinding(path, UNUSED.id, UNUSED.defaultLevel, directive.comment, message);
}
function directiveFinding(path, ruleId, level, comment, message) {
    return { ruleId, level, path, range: comment.range, message, tool: TOOL };
}

;// CONCATENATED MODULE: ./src/validate/external/rule-id.ts
/**
 * Rule ids of findings from other tools. The model prefixes every rule id
 * with its validator, so a tool's rule `no-undef` becomes `eslint/no-undef`
 * and CodeQL's `js/sql-injection` becomes `codeql/js/sql-injection`.
 */
/** Converts a tool name to its rule id prefix: lower case, with each run of characters other than letters, digits, `.`, `_` and `-` turned into one `-`. */
function toolPrefix(toolName) {
    const slug = toolName
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^-+|-+$/g, '');
    return slug.length > 0 ? slug : 'external';
}
/** Rule id of a finding: the tool prefix, a slash, and the tool's own id, or `unknown` when the tool gave none. */
function prefixedRuleId(toolName, ruleId) {
    return ruleIdWithPrefix(toolPrefix(toolName), ruleId);
}
/** Same as `prefixedRuleId` with the prefix computed once, for readers that convert many results of one tool. */
function ruleIdWithPrefix(prefix, ruleId) {
    const own = ruleId === undefined || ruleId.trim() === '' ? 'unknown' : ruleId.trim();
    return `${prefix}/${own}`;
}

;// CONCATENATED MODULE: ./src/validate/external/text-lines.ts
/**
 * Line and column arithmetic on a file's text, for regions that tools give
 * as offsets or without an end column. Columns are 1-based UTF-16 code
 * units, as in the model.
 */
/** The line terminators of ECMAScript, which TypeScript and ESLint count lines by. */
const SCRIPT_LINE_BREAKS = ['\r\n', '\n', '\r', '\u2028', '\u2029'];
class TextLines {
    text;
    /** Offset in UTF-16 code units where each line starts. */
    starts = [0];
    /** Offset where each line's text ends, before its line break. */
    ends = [];
    /** Splits `text` into lines at any of `lineBreaks` (SARIF's `run.newlineSequences` for a SARIF run). */
    constructor(text, lineBreaks = SCRIPT_LINE_BREAKS) {
        this.text = text;
        // Longer sequences first, so that CR LF is one break and not CR and then LF.
        const breaks = lineBreaks.filter((item) => item.length > 0).sort((left, right) => right.length - left.length);
        const firstCodes = new Set(breaks.map((item) => item.charCodeAt(0)));
        for (let i = 0; i < text.length; i++) {
            if (!firstCodes.has(text.charCodeAt(i)))
                continue;
            const found = breaks.find((item) => text.startsWith(item, i));
            if (found === undefined)
                continue;
            this.ends.push(i);
            i += found.length - 1;
            this.starts.push(i + 1);
        }
        this.ends.push(text.length);
    }
    get lineCount() {
        return this.starts.length;
    }
    /** Column just after the last character of a 1-based line, before its line break; 1 for a line past the end. */
    endColumnOf(line) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return 1;
        return this.ends[line - 1] - start + 1;
    }
    /** 1-based line and column of a UTF-16 offset; offsets past the end clamp to the end. */
    positionAt(offset) {
        const clamped = Math.max(0, Math.min(offset, this.text.length));
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= clamped)
                low = middle;
            else
                high = middle - 1;
        }
        return { line: low + 1, column: clamped - this.starts[low] + 1 };
    }
    /** UTF-16 offset of a UTF-8 byte offset, for regions given in bytes. */
    offsetOfByte(byteOffset) {
        let bytes = 0;
        let i = 0;
        while (i < this.text.length && bytes < byteOffset) {
            const code = this.text.codePointAt(i);
            bytes += utf8Length(code);
            i += code > 0xffff ? 2 : 1;
        }
        return i;
    }
    /** UTF-16 offset of an offset counted in Unicode code points. */
    offsetOfCodePoint(codePointOffset) {
        let i = 0;
        for (let count = 0; count < codePointOffset && i < this.text.length; count++) {
            i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        return i;
    }
    /** UTF-16 column of a 1-based column counted in code points on a 1-based line. */
    columnOfCodePoint(line, codePointColumn) {
        const start = this.starts[line - 1];
        if (start === undefined)
            return codePointColumn;
        let i = start;
        for (let count = 1; count < codePointColumn && i < this.text.length; count++) {
            i += this.text.codePointAt(i) > 0xffff ? 2 : 1;
        }
        return i - start + 1;
    }
}
/** Number of bytes that UTF-8 takes for a code point. */
function utf8Length(code) {
    if (code < 0x80)
        return 1;
    if (code < 0x800)
        return 2;
    if (code < 0x10000)
        return 3;
    return 4;
}
/** Reads each file once through `readText`; returns undefined for unknown files and when no reader is given. */
function cachedTextLines(readText) {
    const texts = new Map();
    const lines = new Map();
    return (path, lineBreaks = SCRIPT_LINE_BREAKS) => {
        if (!readText)
            return undefined;
        if (!texts.has(path))
            texts.set(path, readText(path));
        const text = texts.get(path);
        if (text === undefined)
            return undefined;
        const key = `${lineBreaks.join('\0')}\0\0${path}`;
        let found = lines.get(key);
        if (!found) {
            found = new TextLines(text, lineBreaks);
            lines.set(key, found);
        }
        return found;
    };
}

;// CONCATENATED MODULE: ./src/validate/external/warning-tally.ts
/**
 * Counts repeated problems of a report by kind, so that a report with ten
 * thousand results outside the repository yields one warning, not ten
 * thousand.
 */
class WarningTally {
    reportPath;
    entries = new Map();
    constructor(reportPath) {
        this.reportPath = reportPath;
    }
    /**
     * Counts one occurrence. `problem` is a sentence without its count, such
     * as "results outside the repository were dropped", and `example` names
     * the first occurrence.
     */
    add(problem, example) {
        const entry = this.entries.get(problem);
        if (entry)
            entry.count++;
        else
            this.entries.set(problem, { count: 1, example });
    }
    /** Returns one line per problem, in the order they first occurred. */
    lines() {
        const lines = [];
        for (const [problem, { count, example }] of this.entries) {
            lines.push(`${this.reportPath}: ${problem} (${count}, first: ${example})`);
        }
        return lines;
    }
}

;// CONCATENATED MODULE: ./src/validate/external/json-values.ts
/**
 * Checked reads of parsed JSON, for reports that may hold any shape. Each
 * returns undefined for a value of the wrong type, so readers skip bad
 * optional fields instead of throwing on them.
 */
function asObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
function asArray(value) {
    return Array.isArray(value) ? value : undefined;
}
function asString(value) {
    return typeof value === 'string' ? value : undefined;
}
/**
 * Largest line, column, offset or index that a report may give: the largest
 * 32-bit signed integer. GitHub's APIs and SARIF consumers read positions as
 * 32-bit integers, and `1e308` is an integer to JavaScript, which would put
 * `1e+308` into annotations and the SARIF output.
 */
const MAX_REPORT_INTEGER = 2 ** 31 - 1;
/** A whole number from `minimum` to `MAX_REPORT_INTEGER`, or undefined. */
function asInteger(value, minimum = 0) {
    return typeof value === 'number' && Number.isInteger(value) && value >= minimum && value <= MAX_REPORT_INTEGER ? value : undefined;
}
/**
 * An http or https URL, or undefined. Help links of other tools reach the
 * check run, the comment and the SARIF output, where a `javascript:` or
 * `file:` link must not appear.
 */
function asWebUrl(value) {
    const text = asString(value);
    if (text === undefined || !URL.canParse(text))
        return undefined;
    const { protocol } = new URL(text);
    return protocol === 'https:' || protocol === 'http:' ? text : undefined;
}
/** The element of an array field at an index, as an object. */
function objectAt(array, index) {
    if (index === undefined)
        return undefined;
    return asObject(asArray(array)?.[index]);
}

;// CONCATENATED MODULE: ./src/validate/external/repository-path.ts
/**
 * Maps the file paths that other tools report (absolute, relative, Windows,
 * `file://` URIs) to repository-relative POSIX paths.
 *
 * Relative paths resolve against the repository root first, because linters
 * and scanners usually run there and GitHub code scanning reads relative
 * URIs the same way. When the caller can tell which files exist, a relative
 * path that is no file under the root is tried against the report's folder
 * next, which covers tools run inside a subfolder that write their report
 * there. When neither is a file, the path counts as missing, because a
 * finding on a file that is not in the checkout cannot be shown on a line.
 */

const WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
/** Turns backslashes into slashes and removes a trailing slash, except from `/` and `C:/`. */
function toPosixPath(path) {
    const slashed = path.replace(/\\/g, '/');
    if (slashed === '/' || /^[A-Za-z]:\/$/.test(slashed))
        return slashed;
    return slashed.endsWith('/') ? slashed.slice(0, -1) : slashed;
}
/** True for `/x`, `C:\x`, `C:/x` and UNC paths `\\server\share`. */
function isAbsolutePath(path) {
    return path.startsWith('/') || path.startsWith('\\\\') || WINDOWS_DRIVE.test(path);
}
/**
 * Returns the repository-relative path of an absolute path, or null when it
 * lies outside the root. Roots with a drive letter compare without case,
 * as Windows file systems do.
 */
function relativeToRoot(absolute, root) {
    const rootPath = toPosixPath(root);
    const path = normalizeAbsolute(toPosixPath(absolute));
    const windows = WINDOWS_DRIVE.test(rootPath);
    const comparedPath = windows ? path.toLowerCase() : path;
    const comparedRoot = windows ? rootPath.toLowerCase() : rootPath;
    const prefix = comparedRoot.endsWith('/') ? comparedRoot : `${comparedRoot}/`;
    if (!comparedPath.startsWith(prefix))
        return null;
    const relative = path.slice(prefix.length);
    return relative.length > 0 ? relative : null;
}
/** Normalises `.` and `..` segments of an absolute POSIX or drive-letter path. */
function normalizeAbsolute(path) {
    const drive = /^[A-Za-z]:/.exec(path);
    if (!drive)
        return external_node_path_.posix.normalize(path);
    return drive[0] + external_node_path_.posix.normalize(path.slice(2));
}
/** Joins a relative path to an absolute folder and normalises it. */
function joinAbsolute(folder, relative) {
    return normalizeAbsolute(`${toPosixPath(folder)}/${relative.replace(/\\/g, '/')}`);
}
/** Absolute folder of the report, from a report path that may be relative to the root. */
function reportFolder(context) {
    const report = toPosixPath(context.reportPath);
    const absolute = isAbsolutePath(report) ? report : joinAbsolute(context.root, report);
    return external_node_path_.posix.dirname(absolute);
}
/**
 * Resolves a path as a linter printed it: absolute paths must lie under the
 * root, and relative paths follow the order in this file's header.
 */
function resolveReportedPath(reported, context) {
    if (isAbsolutePath(reported))
        return requireFile(insideOrNot(reported, context.root), context);
    return resolveRelative(reported, context);
}
/** Marks a repository path as missing when the caller can check files and the path is not a file. */
function requireFile(resolved, context) {
    if (!resolved.inside || !context.isFile || context.isFile(resolved.path))
        return resolved;
    return { inside: false, shown: resolved.path, missing: true };
}
/** Resolves a relative path against the root, then against the report's folder when the caller can check files. */
function resolveRelative(relative, context) {
    const fromRoot = insideOrNot(joinAbsolute(context.root, relative), context.root);
    if (!context.isFile || (fromRoot.inside && context.isFile(fromRoot.path)))
        return fromRoot;
    const fromReport = insideOrNot(joinAbsolute(reportFolder(context), relative), context.root);
    if (fromReport.inside && context.isFile(fromReport.path))
        return fromReport;
    return requireFile(fromRoot, context);
}
/** Maps an absolute path to the repository, or marks it as outside. */
function insideOrNot(absolute, root) {
    const path = relativeToRoot(absolute, root);
    return path === null ? { inside: false, shown: absolute } : { inside: true, path };
}

;// CONCATENATED MODULE: ./src/validate/sarif/sarif-location.ts


/** Maximum length of a chain of `uriBaseId`s; a longer chain counts as a loop. */
const MAX_BASE_DEPTH = 16;
const URI_SCHEME = /^([A-Za-z][A-Za-z0-9+.-]*):/;
const sarif_location_WINDOWS_DRIVE = /^[A-Za-z]:[\\/]/;
class ArtifactResolver {
    run;
    context;
    baseIds;
    /** Resolved locations by base id and URI, because a log repeats the same few files in thousands of results. */
    cache = new Map();
    constructor(run, context) {
        this.run = run;
        this.context = context;
        this.baseIds = asObject(run.originalUriBaseIds);
    }
    /** Resolves an `artifactLocation`, or returns undefined when it names no URI at all. */
    resolve(artifactLocation) {
        let uri = asString(artifactLocation.uri);
        let baseId = asString(artifactLocation.uriBaseId);
        if (uri === undefined) {
            const artifact = objectAt(this.run.artifacts, typeof artifactLocation.index === 'number' ? artifactLocation.index : undefined);
            const location = asObject(artifact?.location);
            uri = asString(location?.uri);
            baseId = asString(location?.uriBaseId);
        }
        if (uri === undefined)
            return undefined;
        const key = `${baseId ?? ''}\0${uri}`;
        let located = this.cache.get(key);
        if (!located) {
            located = this.resolveUri(uri, baseId);
            this.cache.set(key, located);
        }
        return located;
    }
    resolveUri(uri, baseId) {
        const target = this.locate(uri, baseId, 0);
        if ('unsupported' in target)
            return { inside: false, unsupported: target.unsupported };
        if ('absolute' in target)
            return requireFile(insideOrNot(target.absolute, this.context.root), this.context);
        return resolveRelative(target.relative, this.context);
    }
    /** Resolves a URI reference against its base id, following the chain of bases. */
    locate(uri, baseId, depth) {
        const absolute = absolutePathOf(uri);
        if (absolute !== undefined)
            return absolute;
        const relative = decodePercent(uri);
        if (baseId === undefined)
            return { relative };
        const base = this.baseOf(baseId, depth);
        if ('unsupported' in base)
            return base;
        if ('absolute' in base)
            return { absolute: joinAbsolute(base.absolute, relative) };
        return { relative: base.relative === '' ? relative : `${base.relative}/${relative}` };
    }
    baseOf(baseId, depth) {
        if (depth >= MAX_BASE_DEPTH)
            return { unsupported: `uriBaseId ${baseId} is part of a loop of originalUriBaseIds` };
        const entry = asObject(this.baseIds?.[baseId]);
        const uri = asString(entry?.uri);
        if (uri === undefined)
            return { relative: '' };
        const base = this.locate(uri, asString(entry?.uriBaseId), depth + 1);
        if ('relative' in base)
            return { relative: base.relative.replace(/\/+$/, '') };
        return base;
    }
}
/**
 * Converts a `file:` URI, or an absolute path written as a URI, to an
 * absolute path. Returns `{ unsupported }` for other schemes and undefined
 * for a relative reference.
 */
function absolutePathOf(uri) {
    if (sarif_location_WINDOWS_DRIVE.test(uri))
        return { absolute: uri };
    const scheme = URI_SCHEME.exec(uri)?.[1];
    if (scheme === undefined)
        return uri.startsWith('/') ? { absolute: decodePercent(uri) } : undefined;
    if (scheme.toLowerCase() !== 'file')
        return { unsupported: uri };
    let rest = uri.slice(scheme.length + 1);
    if (rest.startsWith('//')) {
        const slash = rest.indexOf('/', 2);
        const host = slash < 0 ? rest.slice(2) : rest.slice(2, slash);
        // A host other than localhost names a network share, which is never inside a checkout.
        if (host !== '' && host.toLowerCase() !== 'localhost')
            return { unsupported: uri };
        rest = slash < 0 ? '/' : rest.slice(slash);
    }
    const path = decodePercent(rest);
    // `file:///C:/src` has the path `/C:/src`; the drive letter starts the file-system path.
    if (/^\/[A-Za-z]:([\\/]|$)/.test(path))
        return { absolute: path.slice(1) };
    return isAbsolutePath(path) ? { absolute: path } : { unsupported: uri };
}
/** Decodes `%20`-style escapes; text with a malformed escape stays as written. */
function decodePercent(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}

;// CONCATENATED MODULE: ./src/validate/sarif/sarif-message.ts
/**
 * The plain text of a SARIF message (SARIF 2.1.0 section 3.11): its own
 * text, or a message string of the rule or tool component that its `id`
 * names, with `{0}`-style placeholders filled from `arguments` and embedded
 * links `[text](target)` reduced to their text.
 */

/** Builds the message of a result; falls back to the rule's short description, then to the rule id. */
function messageOf(result, descriptor, component, ruleId) {
    const message = asObject(result.message);
    const template = templateOf(message, descriptor, component);
    if (template !== undefined) {
        const args = (asArray(message?.arguments) ?? []).map((item) => (typeof item === 'string' ? item : String(item)));
        const text = stripEmbeddedLinks(fillPlaceholders(template, args)).trim();
        if (text.length > 0)
            return text;
    }
    const summary = asString(asObject(descriptor?.shortDescription)?.text);
    return summary ?? ruleId;
}
/** The message's text or Markdown, or the message string its `id` names in the rule, then in the component. */
function templateOf(message, descriptor, component) {
    if (!message)
        return undefined;
    const text = asString(message.text);
    if (text !== undefined)
        return text;
    const id = asString(message.id);
    if (id !== undefined) {
        const fromRule = asObject(asObject(descriptor?.messageStrings)?.[id]);
        const fromComponent = asObject(asObject(component?.globalMessageStrings)?.[id]);
        const found = fromRule ?? fromComponent;
        const foundText = asString(found?.text) ?? asString(found?.markdown);
        if (foundText !== undefined)
            return foundText;
    }
    return asString(message.markdown);
}
/**
 * Replaces `{n}` with argument n. In a message string `{{` and `}}` stand for
 * literal braces (SARIF 3.11.5); a placeholder without an argument stays as written.
 */
function fillPlaceholders(template, args) {
    return template.replace(/\{\{|\}\}|\{(\d+)\}/g, (match, index) => {
        if (match === '{{')
            return '{';
        if (match === '}}')
            return '}';
        const value = args[Number(index)];
        return value ?? match;
    });
}
/**
 * Reduces embedded links `[text](target)` to `text` and unescapes `\[` and
 * `\]` (SARIF 3.11.6). CodeQL writes such links to related locations, as in
 * "depends on a [user-provided value](1)".
 */
function stripEmbeddedLinks(text) {
    return text.replace(/\\([[\]])|\[((?:\\.|[^\]\\])*)\]\([^)]*\)/g, (match, escaped, linkText) => {
        if (escaped !== undefined)
            return escaped;
        return (linkText ?? '').replace(/\\([[\]])/g, '$1');
    });
}

;// CONCATENATED MODULE: ./src/validate/sarif/sarif-region.ts

const LINE_ONE = { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
function rangeOfRegion(region, textOf, columnKind) {
    if (!region) {
        const text = textOf();
        const range = { ...LINE_ONE, endColumn: text ? text.endColumnOf(1) : 1 };
        return { range, problem: 'results without a region were placed on line 1' };
    }
    const startLine = asInteger(region.startLine, 1);
    if (startLine !== undefined)
        return checkOrder(lineRegion(region, startLine, textOf, columnKind));
    return checkOrder(offsetRegion(region, textOf(), columnKind));
}
function lineRegion(region, startLine, textOf, columnKind) {
    const endLine = asInteger(region.endLine, 1) ?? startLine;
    let startColumn = asInteger(region.startColumn, 1) ?? 1;
    let endColumn = asInteger(region.endColumn, 1);
    const text = endColumn === undefined || columnKind === 'unicodeCodePoints' ? textOf() : undefined;
    if (text && columnKind === 'unicodeCodePoints') {
        startColumn = text.columnOfCodePoint(startLine, startColumn);
        if (endColumn !== undefined)
            endColumn = text.columnOfCodePoint(endLine, endColumn);
    }
    if (endColumn === undefined)
        endColumn = sarif_region_lineEnd(region, startLine, endLine, startColumn, text);
    return { range: { startLine, startColumn, endLine, endColumn } };
}
/** Column after the end of `endLine`: from the file's text, else from a one-line snippet, else the start column. */
function sarif_region_lineEnd(region, startLine, endLine, startColumn, text) {
    if (text)
        return text.endColumnOf(endLine);
    const snippet = asString(asObject(region.snippet)?.text);
    if (snippet !== undefined && endLine === startLine && !/[\r\n]/.test(snippet))
        return startColumn + snippet.length;
    // NOTE: without text the end of the line is unknown, so the range marks only its start column.
    return startColumn;
}
function offsetRegion(region, text, columnKind) {
    const charOffset = asInteger(region.charOffset);
    const byteOffset = asInteger(region.byteOffset);
    if (charOffset === undefined && byteOffset === undefined) {
        return { range: { ...LINE_ONE }, problem: 'regions without startLine, charOffset or byteOffset were placed on line 1' };
    }
    if (!text) {
        return { range: { ...LINE_ONE }, problem: 'regions given as offsets were placed on line 1, because the file text was not available' };
    }
    let start;
    let end;
    if (charOffset !== undefined) {
        const length = asInteger(region.charLength) ?? 0;
        const codePoints = columnKind === 'unicodeCodePoints';
        start = codePoints ? text.offsetOfCodePoint(charOffset) : charOffset;
        end = codePoints ? text.offsetOfCodePoint(charOffset + length) : charOffset + length;
    }
    else {
        const length = asInteger(region.byteLength) ?? 0;
        start = text.offsetOfByte(byteOffset);
        end = text.offsetOfByte(byteOffset + length);
    }
    const from = text.positionAt(start);
    const to = text.positionAt(end);
    return { range: { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column } };
}
/** Collapses a range whose end comes before its start onto its start. */
function checkOrder(outcome) {
    const { range } = outcome;
    const backwards = range.endLine < range.startLine || (range.endLine === range.startLine && range.endColumn < range.startColumn);
    if (!backwards)
        return outcome;
    return {
        range: { ...range, endLine: range.startLine, endColumn: range.startColumn },
        problem: outcome.problem ?? 'regions ending before they start were cut to their start',
    };
}

;// CONCATENATED MODULE: ./src/validate/sarif/sarif-rules.ts

const SARIF_LEVELS = new Set(['none', 'note', 'warning', 'error']);
/** The rules of one run's driver and extensions, looked up by index or id. */
class RuleCatalog {
    driver;
    extensions;
    byId = new Map();
    constructor(run) {
        const tool = asObject(run.tool);
        this.driver = asObject(tool?.driver);
        this.extensions = (asArray(tool?.extensions) ?? []).map(asObject).filter((item) => item !== undefined);
        // The driver goes first, so its rules win over an extension's rule of the same id.
        for (const component of [this.driver, ...this.extensions]) {
            if (component)
                this.indexRules(component);
        }
    }
    indexRules(component) {
        for (const item of asArray(component.rules) ?? []) {
            const descriptor = asObject(item);
            const id = asString(descriptor?.id);
            if (descriptor && id !== undefined && !this.byId.has(id))
                this.byId.set(id, { descriptor, component });
        }
    }
    /** Resolves `ruleId`, `ruleIndex` and `rule` (with its `toolComponent`) of a result. */
    resolve(result) {
        const reference = asObject(result.rule);
        const component = this.componentOf(asObject(reference?.toolComponent));
        const index = asInteger(result.ruleIndex) ?? asInteger(reference?.index);
        const indexed = objectAt(component?.rules, index);
        const id = asString(result.ruleId) ?? asString(reference?.id) ?? asString(indexed?.id);
        if (indexed)
            return { id, descriptor: indexed, component };
        const found = id === undefined ? undefined : this.findById(id);
        return { id, descriptor: found?.descriptor, component: found?.component ?? component };
    }
    /** The driver, or the extension a `toolComponentReference` names by index, name or guid. */
    componentOf(reference) {
        if (!reference)
            return this.driver;
        const index = asInteger(reference.index);
        if (index !== undefined)
            return this.extensions[index] ?? this.driver;
        const name = asString(reference.name);
        const guid = asString(reference.guid);
        const named = this.extensions.find((item) => (name !== undefined && item.name === name) || (guid !== undefined && item.guid === guid));
        return named ?? this.driver;
    }
    /**
     * Finds a rule by id. Rule ids are hierarchical (SARIF 3.27.5), so a
     * result's `CA2101/1` falls back to the rule `CA2101` when no rule has the
     * whole id.
     */
    findById(id) {
        let candidate = id;
        for (;;) {
            const found = this.byId.get(candidate);
            if (found)
                return found;
            const slash = candidate.lastIndexOf('/');
            if (slash <= 0)
                return undefined;
            candidate = candidate.slice(0, slash);
        }
    }
}
/**
 * The level of a result (SARIF 3.27.10): its own `level`; `none` when its
 * `kind` is other than `fail`; the rule's `defaultConfiguration.level`; or
 * `warning`.
 */
function levelOf(result, descriptor) {
    const own = asString(result.level);
    if (own !== undefined && SARIF_LEVELS.has(own))
        return own;
    const kind = asString(result.kind) ?? 'fail';
    if (kind !== 'fail')
        return 'none';
    const configured = asString(asObject(descriptor?.defaultConfiguration)?.level);
    if (configured !== undefined && SARIF_LEVELS.has(configured))
        return configured;
    return 'warning';
}

;// CONCATENATED MODULE: ./src/validate/sarif/read-sarif.ts
/**
 * Reads a SARIF 2.1.0 log from any tool (CodeQL, Semgrep, ESLint's SARIF
 * formatter and others) into findings: every run, every result.
 *
 * Results of kind `pass` or `notApplicable`, results suppressed with status
 * `accepted` (or no status), and results whose `baselineState` is `absent`
 * are skipped, because they report no open problem. The level `none` becomes
 * `note`. Results that point outside the repository, or to no file, are
 * dropped, and each kind of drop is counted in one warning.
 */









const FIX_OUTPUT = 'Check that the tool finished writing SARIF to this path and that nothing else wrote to the file';
/** Reads the findings of a SARIF 2.1.0 log; throws `UserError` naming the report for invalid input. */
function readSarif(text, context) {
    const log = parseLog(text, context.reportPath);
    const runs = log.runs;
    const reader = new SarifRunReader(context);
    runs.forEach((run, index) => reader.readRun(run, index));
    return { findings: reader.findings, warnings: reader.warnings() };
}
/** Parses the JSON and checks the parts every SARIF log has: an object, version 2.1.0, a `runs` array. */
function parseLog(text, reportPath) {
    let parsed;
    try {
        parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* UserError */.yo(`${reportPath}: the SARIF file is not valid JSON (${reason}). ${FIX_OUTPUT}`, { cause: error });
    }
    const log = asObject(parsed);
    if (!log) {
        throw new errors/* UserError */.yo(`${reportPath}: a SARIF log is a JSON object with "version" and "runs", but the file contains ${describe(parsed)}. ${FIX_OUTPUT}`);
    }
    const version = log.version;
    if (version !== '2.1.0') {
        const found = version === undefined ? 'no "version"' : `"version": ${JSON.stringify(version)}`;
        throw new errors/* UserError */.yo(`${reportPath}: the SARIF log has ${found}, but TestMaster reads SARIF 2.1.0 only. Configure the tool to write SARIF 2.1.0, or convert the log to 2.1.0 first`);
    }
    if (!Array.isArray(log.runs)) {
        throw new errors/* UserError */.yo(`${reportPath}: the SARIF log has no "runs" array, which SARIF 2.1.0 requires. ${FIX_OUTPUT}`);
    }
    return log;
}
function describe(value) {
    if (Array.isArray(value))
        return 'an array';
    if (value === null)
        return 'null';
    return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
const SKIPPED_KINDS = new Set(['pass', 'notApplicable']);
class SarifRunReader {
    context;
    findings = [];
    tally;
    linesOf;
    constructor(context) {
        this.context = context;
        this.tally = new WarningTally(context.reportPath);
        this.linesOf = cachedTextLines(context.readText);
    }
    warnings() {
        return this.tally.lines();
    }
    readRun(value, index) {
        const run = asObject(value);
        if (!run)
            throw new errors/* UserError */.yo(`${this.context.reportPath}: runs[${index}] is ${describe(value)}, but each run must be an object. ${FIX_OUTPUT}`);
        // A run whose results are null or absent did not produce results (SARIF 3.14.23).
        if (run.results === undefined || run.results === null)
            return;
        const results = asArray(run.results);
        if (!results) {
            throw new errors/* UserError */.yo(`${this.context.reportPath}: runs[${index}].results is ${describe(run.results)}, but it must be an array. ${FIX_OUTPUT}`);
        }
        const tool = this.toolNameOf(run, index);
        const scope = {
            tool,
            prefix: toolPrefix(tool),
            catalog: new RuleCatalog(run),
            artifacts: new ArtifactResolver(run, this.context),
            columnKind: run.columnKind === 'unicodeCodePoints' ? 'unicodeCodePoints' : 'utf16CodeUnits',
            lineBreaks: lineBreaksOf(run),
        };
        results.forEach((result, resultIndex) => {
            const object = asObject(result);
            if (object)
                this.readResult(object, scope);
            else
                this.tally.add('results that are not JSON objects were skipped', `runs[${index}].results[${resultIndex}]`);
        });
    }
    toolNameOf(run, index) {
        const name = asString(asObject(asObject(run.tool)?.driver)?.name);
        if (name !== undefined && name.trim() !== '')
            return name;
        const fallback = this.context.toolName ?? 'sarif';
        this.tally.add(`runs without tool.driver.name were read as tool "${fallback}"`, `runs[${index}]`);
        return fallback;
    }
    readResult(result, scope) {
        const rule = scope.catalog.resolve(result);
        const shownRule = rule.id ?? 'no rule id';
        if (!this.isOpen(result, shownRule))
            return;
        const physical = asObject(asObject(asArray(result.locations)?.[0])?.physicalLocation);
        const artifact = asObject(physical?.artifactLocation);
        const located = artifact ? scope.artifacts.resolve(artifact) : undefined;
        if (!located) {
            this.tally.add('results without a file location were dropped', shownRule);
            return;
        }
        if (!located.inside) {
            if ('unsupported' in located)
                this.tally.add('results whose location is not a local file were dropped', located.unsupported);
            else if (located.missing)
                this.tally.add('results for files that are not in the repository were dropped', located.shown);
            else
                this.tally.add('results outside the repository were dropped', located.shown);
            return;
        }
        const path = located.path;
        const region = rangeOfRegion(asObject(physical?.region), () => this.linesOf(path, scope.lineBreaks), scope.columnKind);
        if (region.problem)
            this.tally.add(region.problem, `${path}, ${shownRule}`);
        const ruleId = ruleIdWithPrefix(scope.prefix, rule.id);
        const level = levelOf(result, rule.descriptor);
        const finding = {
            ruleId,
            level: level === 'none' ? 'note' : level,
            path,
            range: region.range,
            message: messageOf(result, rule.descriptor, rule.component, rule.id ?? ruleId),
            tool: scope.tool,
        };
        const helpUri = asWebUrl(rule.descriptor?.helpUri);
        if (helpUri !== undefined)
            finding.helpUri = helpUri;
        const severity = securitySeverityOf(rule.descriptor);
        if (severity !== undefined)
            finding.properties = { securitySeverity: severity };
        this.findings.push(finding);
    }
    /** False for results that report no open problem; counts each skip. */
    isOpen(result, shownRule) {
        const kind = asString(result.kind);
        if (kind !== undefined && SKIPPED_KINDS.has(kind)) {
            this.tally.add('results of kind pass or notApplicable were skipped', shownRule);
            return false;
        }
        if (result.baselineState === 'absent') {
            this.tally.add('results with baselineState "absent" were skipped', shownRule);
            return false;
        }
        const suppressions = asArray(result.suppressions) ?? [];
        const suppressed = suppressions.some((item) => {
            const status = asObject(item)?.status;
            return status === undefined || status === 'accepted';
        });
        if (suppressed) {
            this.tally.add('results suppressed in the SARIF log were skipped', shownRule);
            return false;
        }
        return true;
    }
}
/** SARIF's default line breaks (3.14.25) are CR LF and LF; a run may list others, as CodeQL adds U+2028 and U+2029. */
const SARIF_DEFAULT_LINE_BREAKS = ['\r\n', '\n'];
function lineBreaksOf(run) {
    const listed = (asArray(run.newlineSequences) ?? []).filter((item) => typeof item === 'string' && item.length > 0);
    return listed.length > 0 ? listed : SARIF_DEFAULT_LINE_BREAKS;
}
/** GitHub's `security-severity` rule property: a number from 0.0 to 10.0 written as a string. */
function securitySeverityOf(descriptor) {
    const value = asObject(descriptor?.properties)?.['security-severity'];
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string' || value.trim() === '')
        return undefined;
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./src/validate/sarif/sarif-limits.ts
const GITHUB_SARIF_LIMITS = {
    maxRuns: 20,
    maxResultsPerRun: 25_000,
    // GitHub states "10 MB"; 10,000,000 bytes stays below it whether MB means 10^6 or 2^20 bytes.
    maxGzipBytes: 10_000_000,
};
const sarif_limits_LEVEL_RANK = { error: 3, warning: 2, note: 1 };
/** Higher for findings that code scanning should keep and show first: level, then GitHub's `securitySeverity`. */
function severityOf(finding) {
    const security = finding.properties?.securitySeverity;
    return [sarif_limits_LEVEL_RANK[finding.level], typeof security === 'number' ? security : -1];
}
/**
 * Orders findings most severe first, then by path, position and rule id, so
 * that equal input always gives the same output and cuts always remove the
 * least severe findings.
 */
function compareBySeverity(left, right) {
    const [leftLevel, leftSecurity] = severityOf(left);
    const [rightLevel, rightSecurity] = severityOf(right);
    return (rightLevel - leftLevel ||
        rightSecurity - leftSecurity ||
        sarif_limits_compareText(left.path, right.path) ||
        left.range.startLine - right.range.startLine ||
        left.range.startColumn - right.range.startColumn ||
        sarif_limits_compareText(left.ruleId, right.ruleId));
}
function sarif_limits_compareText(left, right) {
    if (left < right)
        return -1;
    if (left > right)
        return 1;
    return 0;
}
function sarif_limits_countLevels(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const finding of findings)
        counts[finding.level]++;
    return counts;
}

;// CONCATENATED MODULE: ./src/validate/sarif/write-sarif.ts
/**
 * Writes findings as a SARIF 2.1.0 log that GitHub code scanning accepts.
 *
 * - One run per tool: findings whose `tool` is the writer's own tool go to
 *   the first run, and every other tool (TypeScript, a linter, a SARIF
 *   producer) gets a run of its own. Runs then differ by driver name, which
 *   code scanning requires of runs in one file.
 * - Paths are relative URIs with `uriBaseId` `%SRCROOT%`, which code
 *   scanning reads as the root of the checkout.
 * - A caller's content fingerprint goes to `partialFingerprints` under
 *   `testmasterContent/v1`. The writer never fills `primaryLocationLineHash`:
 *   GitHub's upload action computes that key from the checked-out file and
 *   warns when an uploaded value differs from its own.
 * - GitHub's limits (sarif-limits.ts) are enforced by leaving out the least
 *   severe results. Each run records what it lost in a tool execution
 *   notification and in `properties`, and the caller gets a summary.
 */



const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of the caller's content fingerprint in `partialFingerprints`. */
const CONTENT_FINGERPRINT_KEY = 'testmasterContent/v1';
/** Id of the notification that reports left-out results. */
const DROPPED_NOTIFICATION_ID = 'testmaster/results-left-out';
/** Builds the SARIF log of `findings`, using `rules` for rule metadata and `tool` for the first run's driver. */
function writeSarif(findings, rules, tool, options = {}) {
    const limits = { ...GITHUB_SARIF_LIMITS, ...options.limits };
    const drafts = groupByTool(findings, tool.name);
    const byLimit = { runs: 0, resultsPerRun: 0, size: 0 };
    const { kept, leftOut } = limitRuns(drafts, limits.maxRuns);
    for (const draft of leftOut)
        byLimit.runs += draft.findings.length;
    for (const draft of kept)
        byLimit.resultsPerRun += limitResults(draft, limits.maxResultsPerRun);
    const ruleMetas = new Map(rules.map((rule) => [rule.id, rule]));
    const build = () => buildLog(kept, leftOut, ruleMetas, tool, options, limits.maxRuns);
    let log = build();
    let gzipBytes = gzipSize(log);
    while (gzipBytes > limits.maxGzipBytes) {
        const removed = shrinkToSize(kept, gzipBytes, limits.maxGzipBytes);
        if (removed === 0)
            break;
        byLimit.size += removed;
        log = build();
        gzipBytes = gzipSize(log);
    }
    const droppedFindings = [...leftOut.flatMap((draft) => draft.findings), ...kept.flatMap((draft) => draft.dropped)];
    return {
        log,
        dropped: {
            results: droppedFindings.length,
            byLevel: sarif_limits_countLevels(droppedFindings),
            runs: leftOut.map((draft) => draft.tool),
            byLimit,
            gzipBytes,
        },
    };
}
/** Splits findings into runs: the writer's own tool first, then other tools by name. */
function groupByTool(findings, ownTool) {
    const byTool = new Map([[ownTool, []]]);
    for (const finding of findings) {
        const tool = finding.tool.toLowerCase() === ownTool.toLowerCase() ? ownTool : finding.tool;
        const list = byTool.get(tool);
        if (list)
            list.push(finding);
        else
            byTool.set(tool, [finding]);
    }
    const others = [...byTool.keys()].filter((name) => name !== ownTool).sort();
    return [ownTool, ...others].map((name) => ({ tool: name, findings: [...byTool.get(name)].sort(compareBySeverity), dropped: [] }));
}
/**
 * Keeps the writer's own run and the other runs with the most severe
 * findings, up to `maxRuns` runs in all.
 */
function limitRuns(drafts, maxRuns) {
    if (drafts.length <= maxRuns)
        return { kept: drafts, leftOut: [] };
    const [own, ...others] = drafts;
    const ranked = [...others].sort((left, right) => compareRunSeverity(left, right) || (left.tool < right.tool ? -1 : 1));
    const keptOthers = new Set(ranked.slice(0, Math.max(0, maxRuns - 1)));
    return {
        kept: [own, ...others.filter((draft) => keptOthers.has(draft))],
        leftOut: others.filter((draft) => !keptOthers.has(draft)),
    };
}
/** Ranks runs by their number of errors, then warnings, then notes, most first. */
function compareRunSeverity(left, right) {
    const a = sarif_limits_countLevels(left.findings);
    const b = sarif_limits_countLevels(right.findings);
    return b.error - a.error || b.warning - a.warning || b.note - a.note;
}
/** Moves the least severe findings beyond `maxResults` to `dropped`; returns how many moved. */
function limitResults(draft, maxResults) {
    if (draft.findings.length <= maxResults)
        return 0;
    const removed = draft.findings.splice(maxResults);
    // concat, not push(...removed): more findings than a call takes arguments can be removed.
    draft.dropped = draft.dropped.concat(removed);
    return removed.length;
}
/**
 * Drops the least severe findings across all runs, in proportion to how far
 * the log is over the size limit, with a 10% margin. Returns how many went.
 */
function shrinkToSize(drafts, gzipBytes, maxGzipBytes) {
    const all = drafts.flatMap((draft) => draft.findings.map((finding) => ({ draft, finding })));
    if (all.length === 0)
        return 0;
    const keepCount = Math.min(all.length - 1, Math.floor(all.length * (maxGzipBytes / gzipBytes) * 0.9));
    all.sort((left, right) => compareBySeverity(left.finding, right.finding));
    const removed = all.slice(Math.max(0, keepCount));
    const removedSet = new Set(removed.map((item) => item.finding));
    for (const draft of drafts) {
        const before = draft.findings.length;
        draft.findings = draft.findings.filter((finding) => !removedSet.has(finding));
        if (draft.findings.length < before)
            draft.dropped = draft.dropped.concat(removed.filter((item) => item.draft === draft).map((item) => item.finding));
    }
    return removed.length;
}
function gzipSize(log) {
    return (0,external_node_zlib_.gzipSync)(JSON.stringify(log)).length;
}
function buildLog(kept, leftOut, ruleMetas, tool, options, maxRuns) {
    const runs = kept.map((draft, index) => buildRun(draft, ruleMetas, tool, options, index === 0 ? leftOut : [], maxRuns));
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}
function buildRun(draft, ruleMetas, tool, options, leftOutRuns, maxRuns) {
    const rules = [];
    const ruleIndex = new Map();
    const results = draft.findings.map((finding) => {
        let index = ruleIndex.get(finding.ruleId);
        if (index === undefined) {
            index = rules.length;
            ruleIndex.set(finding.ruleId, index);
            rules.push(descriptorOf(finding, ruleMetas.get(finding.ruleId)));
        }
        return resultOf(finding, index, options.fingerprintOf);
    });
    const own = draft.tool === tool.name;
    const driver = { name: draft.tool, rules };
    if (own) {
        driver.version = tool.version;
        if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(tool.version))
            driver.semanticVersion = tool.version;
        driver.informationUri = tool.informationUri;
    }
    const notifications = notificationsOf(draft, leftOutRuns, maxRuns);
    const run = {
        tool: { driver },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        columnKind: 'utf16CodeUnits',
        results,
    };
    if (options.category !== undefined)
        run.automationDetails = { id: `${options.category.replace(/\/+$/, '')}/` };
    const properties = propertiesOf(draft, leftOutRuns);
    if (properties)
        run.properties = properties;
    return run;
}
function descriptorOf(finding, meta) {
    if (!meta) {
        const descriptor = { id: finding.ruleId, name: finding.ruleId, shortDescription: { text: finding.ruleId } };
        if (finding.helpUri !== undefined)
            descriptor.helpUri = finding.helpUri;
        return descriptor;
    }
    const descriptor = {
        id: meta.id,
        name: meta.id,
        shortDescription: { text: meta.summary },
        fullDescription: { text: meta.summary },
        help: { text: meta.help },
        defaultConfiguration: { level: meta.defaultLevel },
    };
    const helpUri = meta.helpUri ?? finding.helpUri;
    if (helpUri !== undefined)
        descriptor.helpUri = helpUri;
    return descriptor;
}
function resultOf(finding, ruleIndex, fingerprintOf) {
    const { startLine, startColumn, endLine, endColumn } = finding.range;
    const result = {
        ruleId: finding.ruleId,
        ruleIndex,
        level: finding.level,
        // SARIF requires message text; an empty message would leave the alert without one.
        message: { text: finding.message.trim() === '' ? finding.ruleId : finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation: { uri: uriOfPath(finding.path), uriBaseId: '%SRCROOT%' },
                    region: { startLine, startColumn, endLine, endColumn },
                },
            },
        ],
    };
    const fingerprint = fingerprintOf?.(finding);
    if (fingerprint !== undefined)
        result.partialFingerprints = { [CONTENT_FINGERPRINT_KEY]: fingerprint };
    if (finding.properties && Object.keys(finding.properties).length > 0)
        result.properties = { ...finding.properties };
    return result;
}
/** Converts a repository path to a relative URI reference, percent-encoding each segment so that `#`, `?`, `%` and spaces survive. */
function uriOfPath(path) {
    return path
        .split('/')
        .map((segment) => ((0,git_path/* hasEscapedBytes */.Bz)(segment) ? percentEncodeBytes(segment) : encodeURIComponent(segment).replace(/%40/g, '@').replace(/%2B/g, '+')))
        .join('/');
}
/**
 * Percent-encodes the exact bytes of a name that is not valid UTF-8, which
 * `encodeURIComponent` rejects. A reader that decodes the URI gets the
 * file's bytes back.
 */
function percentEncodeBytes(segment) {
    let encoded = '';
    for (const byte of (0,git_path/* encodeGitPath */.Gh)(segment)) {
        const character = String.fromCharCode(byte);
        encoded += byte < 0x80 && /[A-Za-z0-9\-._~@+]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
    }
    return encoded;
}
function notificationsOf(draft, leftOutRuns, maxRuns) {
    const notifications = [];
    if (draft.dropped.length > 0) {
        const counts = sarif_limits_countLevels(draft.dropped);
        notifications.push({
            level: 'warning',
            descriptor: { id: DROPPED_NOTIFICATION_ID },
            message: {
                text: `${draft.dropped.length} less severe results were left out (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes) ` +
                    'to stay within GitHub code scanning limits on results per run and file size.',
            },
        });
    }
    for (const other of leftOutRuns) {
        notifications.push({
            level: 'warning',
            descriptor: { id: DROPPED_NOTIFICATION_ID },
            message: { text: `The run of ${other.tool} with ${other.findings.length} results was left out, because GitHub code scanning accepts at most ${maxRuns} runs per file.` },
        });
    }
    return notifications;
}
function propertiesOf(draft, leftOutRuns) {
    if (draft.dropped.length === 0 && leftOutRuns.length === 0)
        return undefined;
    const properties = {};
    if (draft.dropped.length > 0)
        properties.resultsLeftOut = { count: draft.dropped.length, ...sarif_limits_countLevels(draft.dropped) };
    if (leftOutRuns.length > 0)
        properties.runsLeftOut = leftOutRuns.map((other) => ({ tool: other.tool, results: other.findings.length }));
    return properties;
}

;// CONCATENATED MODULE: ./src/validate/sarif/index.ts
/** SARIF 2.1.0 in and out: the reader of other tools' logs and the writer for GitHub code scanning. */




// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
// EXTERNAL MODULE: ./src/coverage/find-reports.ts
var find_reports = __webpack_require__(96769);
// EXTERNAL MODULE: ./src/coverage/parsers/xml-bytes.ts + 8 modules
var xml_bytes = __webpack_require__(93309);
// EXTERNAL MODULE: ./src/coverage/parsers/xml-syntax-error.ts
var xml_syntax_error = __webpack_require__(55453);
;// CONCATENATED MODULE: ./src/validate/external/read-checkstyle.ts
/**
 * Reads checkstyle XML (`<checkstyle><file name><error line column severity
 * message source/></file></checkstyle>`), the report format of Checkstyle,
 * ESLint's `checkstyle` formatter, PHP_CodeSniffer, ktlint and many others.
 *
 * It streams the bytes through the XML scanner of the coverage parsers, so
 * no tree is built. That scanner expands only the five predefined entities
 * and numeric references, never fetches a DTD, and this reader rejects
 * documents that declare entities.
 *
 * The format has no end positions, so a finding runs from its column to the
 * end of its line when the file's text is known, and marks only its column
 * otherwise. A missing or zero line or column counts as 1.
 * NOTE: Checkstyle itself counts columns with tabs expanded to its tabWidth
 * (8 by default); such columns are read as they are, not converted.
 */








const UTF8_NAMES = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const LEVEL_BY_SEVERITY = { error: 'error', warning: 'warning', info: 'note', ignore: null };
/** Reads the findings of a checkstyle XML report; throws `UserError` naming the report and position for invalid input. */
function readCheckstyle(input, context) {
    return readCheckstyleChunks([typeof input === 'string' ? Buffer.from(input, 'utf8') : input], context);
}
/**
 * Reads a checkstyle report given in chunks, so a large report need not be
 * one buffer. A chunk is not used after the next one is requested.
 */
function readCheckstyleChunks(chunks, context) {
    const reader = new CheckstyleReader(context);
    const scanner = new xml_bytes/* XmlByteScanner */.y(reader);
    reader.scanner = scanner;
    try {
        for (const chunk of chunks)
            scanner.write(chunk);
        if (scanner.byteCount === 0)
            throw reader.error('the file is empty, but a checkstyle report contains a <checkstyle> element');
        scanner.finish();
    }
    catch (error) {
        if (error instanceof xml_syntax_error/* XmlSyntaxError */.R)
            throw reader.syntaxError(error);
        throw error;
    }
    return { findings: reader.findings, warnings: reader.tally.lines() };
}
class CheckstyleReader {
    context;
    findings = [];
    tally;
    scanner;
    tool;
    linesOf;
    /** Repository path of the open `<file>`, null when it lies outside, undefined outside any `<file>`. */
    file = undefined;
    constructor(context) {
        this.context = context;
        this.tally = new WarningTally(context.reportPath);
        this.tool = context.toolName ?? 'checkstyle';
        this.linesOf = cachedTextLines(context.readText);
    }
    xmlDeclaration(encoding) {
        if (encoding !== undefined && !UTF8_NAMES.has(encoding.toLowerCase())) {
            throw this.error(`the XML declaration names encoding="${encoding}", but only UTF-8 reports are read`, 'Configure the linter to write UTF-8, or convert the file with iconv');
        }
    }
    doctype(declaresEntities) {
        if (declaresEntities) {
            throw this.error('the DOCTYPE declares entities, which TestMaster rejects and never expands', 'Remove the <!ENTITY> declarations; linters do not write them');
        }
    }
    root(tag) {
        if (tag.name !== 'checkstyle') {
            throw this.error(`the root element is <${tag.name}>, but a checkstyle report starts with <checkstyle>`, 'Check that the linter writes the checkstyle format, or set the format of this linter');
        }
    }
    openTag(tag) {
        if (tag.name === 'file')
            this.openFile(tag);
        else if (tag.name === 'error')
            this.readError(tag);
    }
    closeTag(tag) {
        if (tag.name === 'file')
            this.file = undefined;
    }
    openFile(tag) {
        const name = tag.attributes.name;
        if (name === undefined || name === '')
            throw this.error('<file> has no name attribute', 'Regenerate the report with the linter');
        const resolved = resolveReportedPath(name, this.context);
        if (resolved.inside) {
            this.file = resolved.path;
        }
        else {
            this.file = null;
            const problem = resolved.missing ? 'files that are not in the repository were skipped with their errors' : 'files outside the repository were skipped with their errors';
            this.tally.add(problem, resolved.shown);
        }
    }
    readError(tag) {
        if (this.file === undefined)
            throw this.error('<error> appears outside a <file> element', 'Regenerate the report with the linter');
        if (this.file === null)
            return;
        const attributes = tag.attributes;
        const severity = (attributes.severity ?? 'warning').toLowerCase();
        const level = severity in LEVEL_BY_SEVERITY ? LEVEL_BY_SEVERITY[severity] : 'warning';
        if (level === null)
            return;
        const path = this.file;
        const line = this.positiveNumber(tag, 'line');
        const column = this.positiveNumber(tag, 'column');
        const endColumn = this.linesOf(path)?.endColumnOf(line) ?? column;
        this.findings.push({
            ruleId: prefixedRuleId(this.tool, attributes.source),
            level,
            path,
            range: { startLine: line, startColumn: column, endLine: line, endColumn: Math.max(column, endColumn) },
            message: (attributes.message ?? '').trim() || (attributes.source ?? 'No message'),
            tool: this.tool,
        });
    }
    /** Reads a line or column attribute; missing or 0 reads as 1, other non-numbers throw. */
    positiveNumber(tag, name) {
        const text = tag.attributes[name];
        if (text === undefined || text.trim() === '')
            return 1;
        const value = Number(text);
        if (!Number.isInteger(value) || value < 0 || value > MAX_REPORT_INTEGER) {
            throw this.error(`<${tag.name}> has ${name}="${text}", but it must be a whole number up to ${MAX_REPORT_INTEGER}`, 'Regenerate the report with the linter');
        }
        return Math.max(1, value);
    }
    error(problem, fix = 'Regenerate the report with the linter') {
        const position = this.scanner?.position;
        const where = position ? ` at ${(0,errors/* formatPosition */.Ld)(position)}` : '';
        return new errors/* UserError */.yo(`${this.context.reportPath}${where}: ${problem}. ${fix}`);
    }
    syntaxError(error) {
        const where = ` at ${(0,errors/* formatPosition */.Ld)(error.position)}`;
        const problem = error.kind === 'undefined-entity'
            ? 'the report uses an entity reference that XML does not predefine, and TestMaster expands no others'
            : error.kind === 'not-utf8'
                ? 'the file does not start with UTF-8 text (it may be UTF-16, compressed or binary)'
                : `the checkstyle report is not well-formed XML (${error.message})`;
        const fix = error.kind === 'truncated' ? 'Check that the linter finished writing the report before this step read it' : 'Regenerate the report with the linter';
        return new errors/* UserError */.yo(`${this.context.reportPath}${where}: ${problem}. ${fix}`, { cause: error });
    }
}

;// CONCATENATED MODULE: ./src/validate/external/read-eslint-json.ts
/**
 * Reads the output of ESLint's `json` formatter:
 * `[{ filePath, messages: [{ ruleId, severity, message, line, column,
 * endLine, endColumn, fatal }], source? }]`, and of `json-with-metadata`,
 * which wraps that array as `results` and adds `metadata.rulesMeta`, whose
 * `docs.url` becomes the finding's `helpUri`.
 *
 * ESLint's columns are 1-based UTF-16 code units and its `endColumn` is
 * exclusive, the same convention as the model, so ranges pass through.
 * Severity 2 is an error and 1 a warning. A fatal message (a parsing error)
 * has no rule id and becomes rule `fatal` at level error. Other messages
 * without a rule id and without a line, such as "File ignored because of a
 * matching ignore pattern", are counted in a warning instead of reported.
 * `suppressedMessages` are skipped, because inline comments disabled them.
 */






const read_eslint_json_FIX = 'Run ESLint with --format json and check that nothing else printed to the same output';
/** Reads the findings of ESLint JSON output; throws `UserError` naming the report for invalid input. */
function readEslintJson(text, context) {
    const { files, helpUris } = parseOutput(text, context.reportPath);
    const tool = context.toolName ?? 'eslint';
    const tally = new WarningTally(context.reportPath);
    const linesOf = cachedTextLines(context.readText);
    const findings = [];
    files.forEach((value, index) => {
        const file = asObject(value);
        const filePath = asString(file?.filePath);
        const messages = asArray(file?.messages);
        if (!file || filePath === undefined || !messages) {
            throw new errors/* UserError */.yo(`${context.reportPath}: entry [${index}] has no "filePath" string and "messages" array, which ESLint's JSON formatter writes for every file. ${read_eslint_json_FIX}`);
        }
        if (messages.length === 0)
            return;
        const resolved = resolveReportedPath(filePath, context);
        if (!resolved.inside) {
            const problem = resolved.missing ? 'files that are not in the repository were skipped with their messages' : 'files outside the repository were skipped with their messages';
            tally.add(problem, resolved.shown);
            return;
        }
        const path = resolved.path;
        const source = asString(file.source);
        const textOf = () => linesOf(path) ?? (source === undefined ? undefined : new TextLines(source));
        for (const item of messages) {
            const message = asObject(item);
            if (!message)
                continue;
            const finding = findingOf(message, path, tool, textOf);
            const helpUri = finding ? helpUris.get(asString(message.ruleId) ?? '') : undefined;
            if (finding && helpUri !== undefined)
                finding.helpUri = helpUri;
            if (finding)
                findings.push(finding);
            else
                tally.add('messages without a rule id or line were skipped', asString(message.message) ?? path);
        }
    });
    return { findings, warnings: tally.lines() };
}
/** Parses the output into file entries, and the documentation URL of each rule that `json-with-metadata` describes. */
function parseOutput(text, reportPath) {
    let parsed;
    try {
        parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new errors/* UserError */.yo(`${reportPath}: the ESLint output is not valid JSON (${reason}). ${read_eslint_json_FIX}`, { cause: error });
    }
    if (Array.isArray(parsed))
        return { files: parsed, helpUris: new Map() };
    const wrapped = asObject(parsed);
    const results = asArray(wrapped?.results);
    if (!wrapped || !results) {
        const found = parsed === null ? 'null' : `a JSON ${typeof parsed}`;
        throw new errors/* UserError */.yo(`${reportPath}: ESLint's json formatter writes an array of files and json-with-metadata an object with "results", but this output is ${found}${wrapped ? ' without "results"' : ''}. ${read_eslint_json_FIX}`);
    }
    const helpUris = new Map();
    for (const [ruleId, meta] of Object.entries(asObject(asObject(wrapped.metadata)?.rulesMeta) ?? {})) {
        const url = asWebUrl(asObject(asObject(meta)?.docs)?.url);
        if (url !== undefined)
            helpUris.set(ruleId, url);
    }
    return { files: results, helpUris };
}
/** Converts one ESLint message to a finding; returns null for a message that names neither a rule nor a line. */
function findingOf(message, path, tool, textOf) {
    const fatal = message.fatal === true;
    const ruleId = asString(message.ruleId);
    const line = asInteger(message.line, 1);
    if (!fatal && ruleId === undefined && line === undefined)
        return null;
    return {
        ruleId: prefixedRuleId(tool, fatal && ruleId === undefined ? 'fatal' : ruleId),
        level: fatal || message.severity === 2 ? 'error' : 'warning',
        path,
        range: rangeOf(message, line ?? 1, textOf),
        message: (asString(message.message) ?? '').trim() || 'ESLint reported a problem without a message',
        tool,
    };
}
/** Computes the message's range. Without `endColumn` it runs to the end of `endLine` when the text is known. */
function rangeOf(message, startLine, textOf) {
    const startColumn = asInteger(message.column, 1) ?? 1;
    const endLine = Math.max(startLine, asInteger(message.endLine, 1) ?? startLine);
    let endColumn = asInteger(message.endColumn, 1);
    if (endColumn === undefined)
        endColumn = textOf()?.endColumnOf(endLine) ?? startColumn;
    if (endLine === startLine && endColumn < startColumn)
        endColumn = startColumn;
    return { startLine, startColumn, endLine, endColumn };
}

;// CONCATENATED MODULE: ./src/validate/external/parse-linter-output.ts



/** Reads a report in `format`; throws `UserError` naming `context.reportPath` when it is not valid in that format. */
function parseLinterOutput(output, format, context) {
    switch (format) {
        case 'sarif':
            return readSarif(output.toString('utf8'), context);
        case 'checkstyle':
            return readCheckstyle(output, context);
        case 'eslint-json':
            return readEslintJson(output.toString('utf8'), context);
    }
}

;// CONCATENATED MODULE: ./src/validate/external/repository-files.ts
/**
 * File-system access for the report readers: the text of repository files
 * and whether a path is a file. Paths are repository-relative; the readers
 * only pass paths that resolved inside the root.
 */


/** Files larger than this are treated as unknown, because a linter finding never needs the text of a huge generated file. */
const repository_files_MAX_TEXT_BYTES = 16 * 1024 * 1024;
function repositoryFiles(root) {
    // A path inside the root can still lead outside through a committed symbolic link, so files are compared by their real paths.
    const statOf = (path) => (insideRoot(root, path) ? (0,external_node_fs_.statSync)((0,external_node_path_.join)(root, path), { throwIfNoEntry: false }) : undefined);
    return {
        readText(path) {
            const stats = statOf(path);
            if (!stats?.isFile() || stats.size > repository_files_MAX_TEXT_BYTES)
                return undefined;
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
            }
            catch {
                return undefined;
            }
        },
        isFile(path) {
            return statOf(path)?.isFile() ?? false;
        },
    };
}
/** Whether `path` is under `root` once symbolic links resolve; false for a path that does not exist. */
function insideRoot(root, path) {
    try {
        const realRoot = (0,external_node_fs_.realpathSync)(root);
        const real = (0,external_node_fs_.realpathSync)((0,external_node_path_.join)(root, path));
        return real.startsWith(realRoot.endsWith(external_node_path_.sep) ? realRoot : `${realRoot}${external_node_path_.sep}`);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/validate/external/read-report-file.ts
/**
 * Reads a report file that another tool wrote (the `validate.sarif` files,
 * or any report in a format the linter readers know) with the repository's
 * files at hand, so regions given as offsets or without an end column get
 * exact ranges.
 */





/** Reads `reportPath` (absolute, or relative to `root`) in `format`; throws `UserError` when it is missing or invalid. */
function readReportFile(root, reportPath, format, toolName) {
    const absolute = (0,external_node_path_.isAbsolute)(reportPath) ? reportPath : (0,external_node_path_.join)(root, reportPath);
    let bytes;
    try {
        bytes = (0,external_node_fs_.readFileSync)(absolute);
    }
    catch (error) {
        const code = error.code;
        let problem = `could not be read (${code ?? String(error)})`;
        if (code === 'ENOENT')
            problem = 'was not found';
        else if (code === 'EISDIR')
            problem = 'is a folder, not a file';
        throw new errors/* UserError */.yo(`The ${format} report ${reportPath} ${problem}. Check that the step that writes it ran before this one, and that the path is relative to the repository root`, {
            cause: error,
        });
    }
    const files = repositoryFiles(root);
    const context = { root, reportPath, readText: files.readText, isFile: files.isFile };
    return parseLinterOutput(bytes, format, toolName === undefined ? context : { ...context, toolName });
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./src/validate/external/run-linter.ts
/**
 * Runs a repository's own linter and reads its findings.
 *
 * The command runs without a shell, in the repository root. A non-zero exit
 * code is normal, because linters exit with 1 when they report problems.
 * Only a command that cannot start, that runs past the timeout, that is
 * killed by a signal, or whose output cannot be read in the configured
 * format is an error.
 */






/** Ten minutes: long enough for a type-aware ESLint run on a large monorepo, short enough to stop a hung process within a CI job. */
const DEFAULT_LINTER_TIMEOUT_MS = 10 * 60 * 1000;
/** Largest standard output read; bigger reports should go to a file through the `output` setting. */
const DEFAULT_MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** Characters of standard error quoted in an error message. */
const STDERR_EXCERPT = 1000;
/** Runs the linter's command and returns its findings; throws `UserError` naming the command and the fix. */
async function runLinter(root, settings, log, options = {}) {
    const [program, ...args] = settings.command;
    if (program === undefined || program === '') {
        throw new errors/* UserError */.yo(`The linter "${settings.name}" has an empty command. Set its command to the program and its arguments, such as ["npx", "eslint", "--format", "json", "."]`);
    }
    const commandLine = showCommand(settings.command);
    const outputPath = settings.output === undefined ? undefined : (0,external_node_path_.isAbsolute)(settings.output) ? settings.output : (0,external_node_path_.join)(root, settings.output);
    const before = outputPath === undefined ? undefined : modifiedTime(outputPath);
    log.info(`Running the linter ${settings.name}: ${commandLine}`);
    const started = Date.now();
    const exit = await execute(program, args, root, commandLine, settings.name, options);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (exit.stderr.trim() !== '')
        log.debug(`${settings.name} standard error: ${exit.stderr.slice(0, STDERR_EXCERPT)}`);
    const output = outputPath === undefined ? exit.stdout : readOutputFile(outputPath, settings, commandLine, exit, before, log);
    const reportPath = settings.output ?? `standard output of ${settings.name}`;
    if (output.toString('utf8').trim() === '') {
        throw new errors/* UserError */.yo(`The linter ${settings.name} (${commandLine}) exited with code ${exit.exitCode} and ${settings.output === undefined ? 'printed nothing' : `left ${settings.output} empty`}${stderrNote(exit)}. ` +
            `Check that the command ${settings.output === undefined ? `prints ${settings.format} to standard output` : `writes ${settings.format} to ${settings.output}`}`);
    }
    const files = repositoryFiles(root);
    let report;
    try {
        report = parseLinterOutput(output, settings.format, { root, reportPath, toolName: settings.name, readText: files.readText, isFile: files.isFile });
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        throw new errors/* UserError */.yo(`The output of the linter ${settings.name} (${commandLine}, exit code ${exit.exitCode}) is not valid ${settings.format}: ${error.message}${stderrNote(exit)}. ` +
            `Check that the command writes ${settings.format} output, or change the linter's format setting`, { cause: error });
    }
    for (const warning of report.warnings)
        log.warning(warning);
    log.info(`The linter ${settings.name} exited with code ${exit.exitCode} after ${seconds} s and reported ${report.findings.length} findings`);
    return report;
}
/** Runs the program and resolves with its exit, or rejects with a `UserError` when it cannot start, times out or dies. */
function execute(program, args, root, commandLine, name, options) {
    const timeout = options.timeoutMs ?? DEFAULT_LINTER_TIMEOUT_MS;
    const maxBuffer = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT_BYTES;
    const started = Date.now();
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)(program, args, { cwd: root, timeout, killSignal: 'SIGKILL', maxBuffer, encoding: 'buffer', windowsHide: true }, (error, stdout, stderr) => {
            const stderrText = stderr.toString('utf8');
            if (!error) {
                resolve({ exitCode: 0, stdout, stderr: stderrText });
                return;
            }
            const failure = failureOf(error, { program, commandLine, name, root, timeout, maxBuffer, elapsed: Date.now() - started, stderr: stderrText });
            if (failure)
                reject(failure);
            else
                resolve({ exitCode: typeof error.code === 'number' ? error.code : 1, stdout, stderr: stderrText });
        });
    });
}
/** Builds the error for a process that failed to start or to finish; returns null for an ordinary non-zero exit. */
function failureOf(error, context) {
    const { commandLine, name } = context;
    const code = error.code;
    if (code === 'ENOENT') {
        return new errors/* UserError */.yo(`The linter ${name} could not start: ${commandLine} was not found (or the folder ${context.root} does not exist). Install the program, or give its path in the linter's command; commands run without a shell`, { cause: error });
    }
    if (code === 'EACCES') {
        return new errors/* UserError */.yo(`The linter ${name} could not start: ${commandLine} is not executable. Make the file executable, or run it through its interpreter`, { cause: error });
    }
    if (code === 'EINVAL' && /\.(cmd|bat)$/i.test(context.program)) {
        return new errors/* UserError */.yo(`The linter ${name} could not start: ${commandLine} is a batch file, which Node runs only through a shell, and commands run without one. Give node and the linter's script instead, such as ["node", "node_modules/eslint/bin/eslint.js", ...]`, { cause: error });
    }
    if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') {
        return new errors/* UserError */.yo(`The linter ${name} (${commandLine}) printed more than ${context.maxBuffer} bytes. Make it write the report to a file, and set the linter's output setting to that file`, { cause: error });
    }
    if (error.killed && context.elapsed >= context.timeout) {
        return new errors/* UserError */.yo(`The linter ${name} (${commandLine}) timed out after ${context.timeout / 1000} s and was stopped. Lint fewer files, or raise the timeout`, { cause: error });
    }
    if (typeof code !== 'number' && error.signal) {
        return new errors/* UserError */.yo(`The linter ${name} (${commandLine}) was killed by ${error.signal}${stderrNote({ stderr: context.stderr })}. Run the command locally to see why`, { cause: error });
    }
    if (typeof code !== 'number') {
        return new errors/* UserError */.yo(`The linter ${name} could not run ${commandLine}: ${error.message}`, { cause: error });
    }
    return null;
}
/** Reads the report file the linter wrote, and warns when the file predates the run. */
function readOutputFile(path, settings, commandLine, exit, before, log) {
    const after = modifiedTime(path);
    if (after === undefined) {
        throw new errors/* UserError */.yo(`The linter ${settings.name} (${commandLine}) exited with code ${exit.exitCode} but did not write ${settings.output}${stderrNote(exit)}. Check that the command writes its report to that path, relative to the repository root`);
    }
    if (before !== undefined && after === before) {
        log.warning(`The linter ${settings.name} did not rewrite ${settings.output}, so its findings may be from an earlier run`);
    }
    return (0,external_node_fs_.readFileSync)(path);
}
function modifiedTime(path) {
    return (0,external_node_fs_.statSync)(path, { throwIfNoEntry: false })?.mtimeMs;
}
/** Formats the command as a reader would type it, quoting arguments that contain spaces or quotes. */
function showCommand(command) {
    return command.map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part))).join(' ');
}
function stderrNote(exit) {
    const text = exit.stderr.trim();
    if (text === '')
        return '';
    const excerpt = text.length > STDERR_EXCERPT ? `${text.slice(0, STDERR_EXCERPT)}…` : text;
    return ` (standard error: ${excerpt.replace(/\s*\n\s*/g, ' ')})`;
}

;// CONCATENATED MODULE: ./src/validate/external/index.ts







// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(98995);
// EXTERNAL MODULE: ./src/run/output-folder.ts
var output_folder = __webpack_require__(73641);
;// CONCATENATED MODULE: ./src/validate/types/api-check.ts
/**
 * Checks one project in this process with the repository's own TypeScript
 * compiler API (TypeScript 4.x and 5.x), reporting what
 * `tsc --noEmit -p <tsconfig>` reports for the files the project owns.
 *
 * One difference from `tsc`: an import into a referenced project reads that
 * project's source files instead of its built declaration files, as editors
 * do (`useSourceOfProjectReferenceRedirect`, the tsserver mode). A fresh
 * checkout therefore needs no `tsc -b` before the check, and nothing is
 * written into the repository. The referenced project's own files are
 * checked when that project's turn comes, not in each project that
 * references it.
 */



/** Loads the compiler API from a package folder, through a require rooted at `root` so that the repository's copy is used. */
function loadTypeScript(root, packageFolder) {
    const require = (0,external_node_module_.createRequire)((0,external_node_path_.join)(root, 'package.json'));
    return require((0,external_node_path_.join)(packageFolder, 'lib', 'typescript.js'));
}
/** Checks one project and returns its diagnostics, sorted and without duplicates. */
function checkProjectWithApi(ts, check) {
    const configProblems = [];
    const parsed = parseProject(ts, check, configProblems);
    if (parsed === undefined)
        return configProblems.map((diagnostic) => toTypeDiagnostic(ts, diagnostic));
    const program = createCheckProgram(ts, parsed, check.buildInfoFile);
    const ownedBySkippedProjects = referencedProjectFiles(ts, underlyingProgram(program).getResolvedProjectReferences());
    const isOwn = (diagnostic) => diagnostic.file === undefined || !ownedBySkippedProjects.has(normalizedPath(ts, diagnostic.file.fileName));
    const semanticFiles = check.semanticFiles ? sourceFilesAt(ts, underlyingProgram(program), check.semanticFiles) : null;
    const diagnostics = collectDiagnostics(program, isOwn, semanticFiles);
    if (check.buildInfoFile !== null)
        program.emit();
    return ts.sortAndDeduplicateDiagnostics(diagnostics).map((diagnostic) => toTypeDiagnostic(ts, diagnostic));
}
/** Parses the tsconfig with `--noEmit` on top, as `tsc --noEmit -p` does; undefined when the file cannot be read at all. */
function parseProject(ts, check, problems) {
    const host = {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: (diagnostic) => problems.push(diagnostic),
    };
    const overrides = { noEmit: true };
    if (check.buildInfoFile !== null) {
        overrides.incremental = true;
        overrides.tsBuildInfoFile = check.buildInfoFile;
    }
    return ts.getParsedCommandLineOfConfigFile(check.tsconfig, overrides, host);
}
/**
 * Creates the program. With build info it is a builder program, which
 * reuses the semantic diagnostics of unchanged files from the previous run.
 * The host writes nothing but that build info file.
 */
function createCheckProgram(ts, parsed, buildInfoFile) {
    const host = buildInfoFile === null ? ts.createCompilerHost(parsed.options) : ts.createIncrementalCompilerHost(parsed.options);
    tuneHostLikeTsc(ts, host, buildInfoFile === null);
    // The redirect wraps the host's file lookups, so it is set only where there are references to redirect.
    if ((parsed.projectReferences?.length ?? 0) > 0)
        Object.assign(host, { useSourceOfProjectReferenceRedirect: () => true });
    host.writeFile = (fileName, text) => {
        if (buildInfoFile === null || normalizedPath(ts, fileName) !== normalizedPath(ts, buildInfoFile))
            return;
        // A build info file that cannot be written only makes the next run slower, so the error is dropped.
        try {
            (0,output_folder/* makeParentFolders */.e)(buildInfoFile);
            ts.sys.writeFile(buildInfoFile, text);
        }
        catch {
            // NOTE: the run still reports every diagnostic; only the incremental reuse is lost.
        }
    };
    const input = {
        rootNames: parsed.fileNames,
        options: parsed.options,
        projectReferences: parsed.projectReferences,
        configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
        host,
    };
    // With `incremental` or `composite` in the tsconfig, `tsc --noEmit` writes
    // build info into the repository. A plain program is never emitted, so it
    // writes nothing, and its options stay as the tsconfig sets them.
    return buildInfoFile === null ? ts.createProgram(input) : ts.createIncrementalProgram(input);
}
/**
 * Sets up the host as `tsc` does (TypeScript 5.9 `performCompilation`):
 * JSDoc in TypeScript files is parsed only where type errors need it, and a
 * non-incremental host caches file reads and existence checks. Either step
 * is skipped on versions without it. Without them the same check costs
 * measurably more CPU time than `tsc`.
 */
function tuneHostLikeTsc(ts, host, cacheFileSystem) {
    const parseForTypeErrors = ts.JSDocParsingMode?.ParseForTypeErrors;
    if (parseForTypeErrors !== undefined)
        host.jsDocParsingMode = parseForTypeErrors;
    const useCache = ts.changeCompilerHostLikeToUseCache;
    if (!cacheFileSystem || typeof useCache !== 'function')
        return;
    const currentDirectory = host.getCurrentDirectory();
    const caseSensitive = host.useCaseSensitiveFileNames();
    useCache(host, (fileName) => {
        const absolute = (0,external_node_path_.resolve)(currentDirectory, fileName).replaceAll('\\', '/');
        return (caseSensitive ? absolute : absolute.toLowerCase());
    });
}
/**
 * Collects diagnostics in the order and with the early stops of `tsc`
 * (TypeScript 5.9 `emitFilesAndReportErrors`): semantic diagnostics only
 * when there are no syntax or option errors, and declaration diagnostics
 * only when declarations would be emitted.
 */
function collectDiagnostics(program, isOwn, semanticFiles) {
    const options = program.getCompilerOptions();
    const all = program.getConfigFileParsingDiagnostics().filter(isOwn);
    const configCount = all.length;
    all.push(...program.getSyntacticDiagnostics().filter(isOwn));
    if (all.length !== configCount)
        return all;
    all.push(...program.getOptionsDiagnostics().filter(isOwn));
    all.push(...program.getGlobalDiagnostics().filter(isOwn));
    if (all.length === configCount)
        all.push(...perFile(semanticFiles, (file) => program.getSemanticDiagnostics(file)).filter(isOwn));
    const emitsDeclarations = options.declaration === true || options.composite === true;
    if (emitsDeclarations && all.length === configCount) {
        all.push(...perFile(semanticFiles, (file) => program.getDeclarationDiagnostics(file)).filter(isOwn));
    }
    return all;
}
/**
 * Calls `diagnosticsOf` once for the whole program, or once per file of the
 * list. Checking a file on its own gives the diagnostics that a full check
 * gives for it.
 */
// NOTE: the few diagnostics that depend on the order in which files are
// checked, such as some circularity errors, may land in another file than in
// a full check.
function perFile(files, diagnosticsOf) {
    if (files === null)
        return [...diagnosticsOf()];
    const found = [];
    for (const file of files)
        found.push(...diagnosticsOf(file));
    return found;
}
/** Finds the program's source files at the given paths; a path the program does not contain is left out. */
function sourceFilesAt(ts, program, paths) {
    const wanted = new Set(paths.map((path) => normalizedPath(ts, path)));
    return program.getSourceFiles().filter((file) => wanted.has(normalizedPath(ts, file.fileName)));
}
function underlyingProgram(program) {
    return 'getProgram' in program ? program.getProgram() : program;
}
/** Files of the referenced projects, transitively, whose diagnostics belong to those projects. */
function referencedProjectFiles(ts, references) {
    const files = new Set();
    const visit = (list) => {
        for (const reference of list ?? []) {
            if (reference === undefined)
                continue;
            for (const fileName of reference.commandLine.fileNames)
                files.add(normalizedPath(ts, fileName));
            visit(reference.references);
        }
    };
    visit(references);
    return files;
}
function normalizedPath(ts, fileName) {
    const normalized = ts.sys.resolvePath(fileName).replaceAll('\\', '/');
    return ts.sys.useCaseSensitiveFileNames ? normalized : normalized.toLowerCase();
}
const CATEGORY_NAMES = { 0: 'warning', 1: 'error', 2: 'suggestion', 3: 'message' };
/** Converts a compiler diagnostic; `start` plus `length` become a full range in 1-based UTF-16 columns. */
function toTypeDiagnostic(ts, diagnostic) {
    const file = diagnostic.file;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    const base = { code: diagnostic.code, category: CATEGORY_NAMES[diagnostic.category] ?? 'error', message };
    if (file === undefined)
        return { ...base, file: null, start: null, end: null };
    if (diagnostic.start === undefined)
        return { ...base, file: file.fileName, start: null, end: null };
    const start = ts.getLineAndCharacterOfPosition(file, diagnostic.start);
    const end = ts.getLineAndCharacterOfPosition(file, diagnostic.start + (diagnostic.length ?? 0));
    return {
        ...base,
        file: file.fileName,
        start: { line: start.line + 1, column: start.character + 1 },
        end: { line: end.line + 1, column: end.character + 1 },
    };
}

// EXTERNAL MODULE: ./src/impact/syntax/jsonc.ts
var jsonc = __webpack_require__(22011);
;// CONCATENATED MODULE: ./src/validate/types/build-info-option.ts
/**
 * Tells whether a tsconfig turns on build info (`incremental` or
 * `composite`) through its `extends` chain, so that the CLI check can
 * redirect that build info out of the repository and otherwise skip the
 * cost of writing it.
 */




/** Chains longer than this are treated as unknown; TypeScript reports the cycle itself. */
const MAX_EXTENDS_DEPTH = 32;
/**
 * Returns false only when the config chain was read completely and sets
 * neither option to true. Returns true when one is set, and also when a file
 * in the chain cannot be read or resolved, because then only the compiler
 * can decide.
 */
function mayWriteBuildInfo(tsconfig) {
    const options = effectiveOptions(tsconfig, 0);
    if (options === null)
        return true;
    return options.incremental === true || options.composite === true;
}
/** Merges the two options along the chain, the extending config last; null when a link cannot be read. */
function effectiveOptions(tsconfig, depth) {
    if (depth > MAX_EXTENDS_DEPTH)
        return null;
    let config;
    try {
        config = ((0,jsonc/* parseJsonc */.p)((0,external_node_fs_.readFileSync)(tsconfig, 'utf8')) ?? {});
    }
    catch {
        return null;
    }
    const merged = {};
    const bases = typeof config.extends === 'string' ? [config.extends] : Array.isArray(config.extends) ? config.extends : [];
    for (const base of bases) {
        if (typeof base !== 'string')
            return null;
        const basePath = resolveExtends(tsconfig, base);
        const baseOptions = basePath === null ? null : effectiveOptions(basePath, depth + 1);
        if (baseOptions === null)
            return null;
        Object.assign(merged, baseOptions);
    }
    const own = config.compilerOptions ?? {};
    if ('incremental' in own)
        merged.incremental = own.incremental;
    if ('composite' in own)
        merged.composite = own.composite;
    return merged;
}
/** Resolves an `extends` entry: a relative or absolute path, or a package path found from the config's folder. */
function resolveExtends(tsconfig, base) {
    const folder = (0,external_node_path_.dirname)(tsconfig);
    if (base.startsWith('.') || (0,external_node_path_.isAbsolute)(base)) {
        const path = (0,external_node_path_.resolve)(folder, base);
        return path.endsWith('.json') ? path : `${path}.json`;
    }
    const require = (0,external_node_module_.createRequire)((0,external_node_path_.join)(folder, 'tsconfig.json'));
    for (const candidate of [base, `${base}.json`, `${base}/tsconfig.json`]) {
        try {
            return require.resolve(candidate);
        }
        catch {
            // Try the next form, as TypeScript does for package paths.
        }
    }
    return null;
}

;// CONCATENATED MODULE: ./src/validate/types/cli-output.ts
/**
 * Reads the diagnostics that `tsc` and `tsgo` print with `--pretty false`:
 *
 *   src/a.ts(3,7): error TS2322: Type 'string' is not assignable to type 'number'.
 *     Continuation of the message chain, indented.
 *   error TS5023: Unknown compiler option 'strictt'.
 *
 * The CLI prints only a start position, so `end` stays null. File names are
 * relative to the folder the compiler ran in.
 */

const WITH_POSITION = /^(.+)\((\d+),(\d+)\): (error|warning|suggestion|message) TS(\d+): (.*)$/;
const WITHOUT_POSITION = /^(error|warning|suggestion|message) TS(\d+): (.*)$/;
const CONTINUATION = /^\s+\S/;
/** Parses CLI output; `cwd` is the absolute folder the compiler ran in. */
function parseCliOutput(output, cwd) {
    const diagnostics = [];
    const otherLines = [];
    let current = null;
    for (const line of output.split(/\r?\n/)) {
        const diagnostic = parseHeadLine(line, cwd);
        if (diagnostic) {
            diagnostics.push(diagnostic);
            current = diagnostic;
        }
        else if (current !== null && CONTINUATION.test(line)) {
            current.message += `\n${line.trimEnd()}`;
        }
        else {
            current = null;
            if (line.trim() !== '')
                otherLines.push(line);
        }
    }
    return { diagnostics, otherLines };
}
function parseHeadLine(line, cwd) {
    const positioned = WITH_POSITION.exec(line);
    if (positioned) {
        const [, file, lineNumber, column, category, code, message] = positioned;
        return {
            code: Number(code),
            category: category,
            file: (0,external_node_path_.resolve)(cwd, file),
            start: { line: Number(lineNumber), column: Number(column) },
            end: null,
            message: message,
        };
    }
    const global = WITHOUT_POSITION.exec(line);
    if (global) {
        const [, category, code, message] = global;
        return { code: Number(code), category: category, file: null, start: null, end: null, message: message };
    }
    return null;
}

;// CONCATENATED MODULE: ./src/validate/types/cli-check.ts
/**
 * Checks one project by running the compiler's command-line program
 * without a shell: `tsc` of any TypeScript version, or `tsgo` of the native
 * TypeScript 7 compiler, which has no JavaScript API.
 */


/** Output larger than this is cut off by Node.js and the run fails. 256 MiB fits millions of diagnostics. */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;
/** Builds the arguments after the entry script: `tsc --noEmit -p` with machine-readable output and build info outside the repository. */
function cliArguments(check) {
    const args = ['-p', check.tsconfig, '--noEmit', '--pretty', 'false'];
    if (check.buildInfoFile !== null)
        args.push('--incremental', '--tsBuildInfoFile', check.buildInfoFile);
    return args;
}
/**
 * Runs the compiler on one project. Exit codes 1 and 2 mean that
 * diagnostics were reported; any other non-zero exit without a parsed
 * diagnostic is a failure of the compiler itself.
 */
function checkProjectWithCli(check) {
    return new Promise((resolve) => {
        const args = [check.entry, ...cliArguments(check)];
        (0,external_node_child_process_.execFile)(process.execPath, args, { cwd: check.root, maxBuffer: MAX_OUTPUT_BYTES, encoding: 'utf8' }, (error, stdout, stderr) => {
            const parsed = parseCliOutput(stdout, check.root);
            let exitCode = 0;
            if (error !== null)
                exitCode = typeof error.code === 'number' ? error.code : null;
            const reportedDiagnostics = exitCode === 0 || ((exitCode === 1 || exitCode === 2) && parsed.diagnostics.length > 0);
            if (reportedDiagnostics) {
                resolve({ ok: true, diagnostics: parsed.diagnostics });
                return;
            }
            const detail = [stderr.trim(), ...parsed.otherLines].filter((line) => line !== '').join('\n').slice(0, 2000);
            const status = error?.message.split('\n')[0] ?? 'no diagnostics';
            resolve({ ok: false, reason: `${check.entry} failed on ${check.tsconfig} (${status})${detail === '' ? '' : `: ${detail}`}` });
        });
    });
}

;// CONCATENATED MODULE: ./src/validate/types/type-check-model.ts
/** Prefix of every rule id this validator reports, as in `types/TS2322`. */
const TYPES_RULE_PREFIX = 'types/';
/** Tool name on every finding. */
const TYPES_TOOL = 'typescript';

;// CONCATENATED MODULE: ./src/validate/types/diagnostic-findings.ts
/**
 * Turns compiler diagnostics into findings: the rule id from the error code,
 * the level from the category, the path relative to the repository, and a
 * full range.
 */


const LEVEL_BY_CATEGORY = {
    error: 'error',
    warning: 'warning',
    suggestion: 'note',
    message: 'note',
};
/**
 * Maps diagnostics to findings. A diagnostic in a file outside the root or
 * under a `node_modules` folder (declaration files of dependencies, the
 * compiler's own lib files) is dropped and counted, because the pull request
 * cannot fix it there. A diagnostic without a file is kept and placed on
 * line 1 of the tsconfig, the file whose options or file list caused it.
 */
/** Name of the finding property that marks a diagnostic of the whole project; its value is 1. */
const PROJECT_WIDE_PROPERTY = 'projectWide';
function diagnosticsToFindings(diagnostics, mapping) {
    const findings = [];
    let outside = 0;
    for (const diagnostic of diagnostics) {
        const path = diagnostic.file === null ? mapping.tsconfig : repositoryPath(mapping.root, diagnostic.file);
        if (path === null) {
            outside++;
            continue;
        }
        findings.push({
            ruleId: `${TYPES_RULE_PREFIX}TS${diagnostic.code}`,
            level: LEVEL_BY_CATEGORY[diagnostic.category],
            path,
            range: diagnostic_findings_rangeOf(diagnostic, mapping),
            message: diagnostic.message,
            tool: TYPES_TOOL,
            // A diagnostic without a file (a missing root file, an invalid option) stops tsc before its semantic checks, so the stage reports it whatever the filter.
            properties: diagnostic.file === null ? { project: mapping.tsconfig, [PROJECT_WIDE_PROPERTY]: 1 } : { project: mapping.tsconfig },
        });
    }
    return { findings, outside };
}
/** Returns the POSIX path of `file` relative to `root`, or null when it lies outside the root or under node_modules. */
function repositoryPath(root, file) {
    const relativePath = (0,external_node_path_.relative)(root, file);
    if (relativePath === '' || (0,external_node_path_.isAbsolute)(relativePath))
        return null;
    const segments = relativePath.split(external_node_path_.sep === '\\' ? /[\\/]/ : '/');
    if (segments[0] === '..' || segments.includes('node_modules'))
        return null;
    return segments.join('/');
}
function diagnostic_findings_rangeOf(diagnostic, mapping) {
    const start = diagnostic.start;
    if (start === null)
        return { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const end = diagnostic.end ?? estimatedEnd(diagnostic.file, start, mapping);
    return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column };
}
/**
 * Estimates the end of a diagnostic that has only a start, as the CLI
 * prints it. The end follows the string literal or word at the start, which
 * covers the identifier, keyword, number or quoted tsconfig key that most
 * diagnostics point at. Otherwise the range is one character long.
 */
function estimatedEnd(file, start, mapping) {
    const text = file === null ? null : (mapping.lineText?.(file, start.line) ?? null);
    return { line: start.line, column: text === null ? start.column + 1 : tokenEndColumn(text, start.column) };
}
const WORD_CHARACTER = /[\p{ID_Continue}$\u200c\u200d]/u;
const QUOTES = new Set(['"', "'", '`']);
/**
 * Returns the exclusive end column of the token that starts at `column`
 * (1-based, UTF-16). A token is a string closed on the same line or a run of
 * word characters. Returns `column + 1` when neither starts there.
 */
function tokenEndColumn(lineText, column) {
    const startIndex = column - 1;
    if (startIndex >= lineText.length)
        return column + 1;
    const first = lineText[startIndex];
    if (QUOTES.has(first))
        return stringEndColumn(lineText, startIndex) ?? column + 1;
    let index = startIndex;
    while (index < lineText.length && WORD_CHARACTER.test(lineText[index]))
        index++;
    return index === startIndex ? column + 1 : index + 1;
}
/** Returns the column after the closing quote of the string opened at `openIndex`, or null when it stays open on this line. */
function stringEndColumn(lineText, openIndex) {
    const quote = lineText[openIndex];
    for (let index = openIndex + 1; index < lineText.length; index++) {
        if (lineText[index] === '\\')
            index++;
        else if (lineText[index] === quote)
            return index + 2;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/validate/types/file-lines.ts
/**
 * Reads single lines of files for diagnostics that carry only a start
 * position, caching each file's lines for the rest of the run.
 */

/** Creates a reader that returns line `line` (1-based) of an absolute file, or null when it cannot be read. */
function createLineReader() {
    const cache = new Map();
    return (file, line) => {
        if (!cache.has(file))
            cache.set(file, file_lines_readLines(file));
        return cache.get(file)?.[line - 1] ?? null;
    };
}
function file_lines_readLines(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8').split(/\r\n|[\n\r\u2028\u2029]/);
    }
    catch {
        return null;
    }
}

;// CONCATENATED MODULE: ./src/validate/types/declared-compiler.ts
const COMPILER_PACKAGES = ['typescript', '@typescript/native-preview'];
const DEPENDENCY_FIELDS = ['dependencies', 'devDependencies', 'optionalDependencies'];
/**
 * Returns the first package.json, at the root or next to a tsconfig.json,
 * that declares a compiler, or null. Workspace packages without a
 * tsconfig.json are not read, because the check has nothing to compile there.
 */
function findCompilerDeclaration(tree) {
    for (const folder of ['', ...tree.tsconfigFolders().filter((folder) => folder !== '')]) {
        const manifest = folder === '' ? 'package.json' : `${folder}/package.json`;
        const compiler = declaredCompiler(tree.readText(manifest));
        if (compiler !== null)
            return { manifest, compiler };
    }
    return null;
}
function declaredCompiler(text) {
    if (text === null)
        return null;
    let manifest;
    try {
        manifest = JSON.parse(text);
    }
    catch {
        // A broken package.json fails the install step itself, which names the file.
        return null;
    }
    if (typeof manifest !== 'object' || manifest === null)
        return null;
    for (const field of DEPENDENCY_FIELDS) {
        const dependencies = manifest[field];
        if (typeof dependencies !== 'object' || dependencies === null)
            continue;
        const found = COMPILER_PACKAGES.find((name) => Object.hasOwn(dependencies, name));
        if (found)
            return found;
    }
    return null;
}

;// CONCATENATED MODULE: ./src/validate/types/locate-compiler.ts
/**
 * Finds the repository's own TypeScript compiler, the way Node.js resolves
 * a package from the repository root: `typescript`, then the native preview
 * `@typescript/native-preview` (the Go compiler, `tsgo`).
 */



const TYPESCRIPT = 'typescript';
const NATIVE_PREVIEW = '@typescript/native-preview';
const INSTALL_HINT = `Add TypeScript to the repository's devDependencies (npm install --save-dev typescript) and install dependencies before validation, or remove "types" from validate.validators.`;
/** Looks up both compiler packages from `root` and picks one for `mode`. */
function locateCompiler(root, mode) {
    return chooseCompiler(findPackage(root, TYPESCRIPT), findPackage(root, NATIVE_PREVIEW), mode);
}
/**
 * Picks the compiler. The repository's `typescript` comes first, because it
 * is what its own `tsc` runs: through the API for 5.x and older, through
 * the CLI for TypeScript 7, whose package has no JavaScript API. The native
 * preview is used when `typescript` is missing, or has no API in `api` mode.
 */
function chooseCompiler(typescript, nativePreview, mode) {
    if (mode === 'api') {
        if (typescript?.hasApi)
            return chosen(typescript, 'api');
        const found = typescript ?? nativePreview;
        const reason = found
            ? `validate.types.compiler is "api", but ${found.name} ${found.version} at ${found.folder} has no JavaScript compiler API. Set validate.types.compiler to "auto" or "cli" to run its command-line program.`
            : `no TypeScript compiler was found from the repository root. ${INSTALL_HINT}`;
        return { ok: false, reason, notFound: !found };
    }
    if (typescript && mode === 'auto' && typescript.hasApi)
        return chosen(typescript, 'api');
    for (const candidate of [typescript, nativePreview]) {
        if (candidate?.cliEntry)
            return chosen(candidate, 'cli');
    }
    const broken = typescript ?? nativePreview;
    const reason = broken
        ? `${broken.name} ${broken.version} at ${broken.folder} has no command-line program. Reinstall it (npm install --save-dev ${broken.name}).`
        : `no TypeScript compiler was found from the repository root. ${INSTALL_HINT}`;
    return { ok: false, reason, notFound: !broken };
}
function chosen(found, mode) {
    const native = found.name === NATIVE_PREVIEW || !found.hasApi;
    return {
        ok: true,
        compiler: { package: found, info: { kind: native ? 'native' : 'typescript', mode, version: found.version, path: found.folder } },
    };
}
/** The major version number of a semver string, or NaN. */
function majorVersion(version) {
    return Number.parseInt(version, 10);
}
/**
 * Finds `name` in the node_modules folders that Node.js searches from
 * `root`, reading its package.json directly so that an `exports` map that
 * hides package.json does not matter.
 */
function findPackage(root, name) {
    const require = (0,external_node_module_.createRequire)((0,external_node_path_.join)((0,external_node_path_.resolve)(root), 'package.json'));
    for (const modulesFolder of require.resolve.paths(name) ?? []) {
        const manifestPath = (0,external_node_path_.join)(modulesFolder, name, 'package.json');
        if (!(0,external_node_fs_.existsSync)(manifestPath))
            continue;
        return describePackage(name, (0,external_node_path_.dirname)(manifestPath), (0,external_node_fs_.readFileSync)(manifestPath, 'utf8'));
    }
    return null;
}
function describePackage(name, folder, manifestText) {
    const manifest = JSON.parse(manifestText);
    const version = typeof manifest.version === 'string' ? manifest.version : '0.0.0';
    const apiFile = (0,external_node_path_.join)(folder, 'lib', 'typescript.js');
    const hasApi = name === TYPESCRIPT && majorVersion(version) < 7 && (0,external_node_fs_.existsSync)(apiFile);
    const binName = name === TYPESCRIPT ? 'tsc' : 'tsgo';
    const bin = manifest.bin;
    const binPath = typeof bin === 'string' ? bin : bin?.[binName];
    const cliEntry = typeof binPath === 'string' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(folder, binPath)) ? (0,external_node_path_.join)(folder, binPath) : null;
    return { name, version, folder, hasApi, cliEntry };
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var yaml_dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/validate/types/project-discovery.ts
/**
 * Finds the tsconfig files to check, from file contents alone:
 *
 * - the configured projects, or else the root tsconfig.json, or else, in a
 *   monorepo without one, the tsconfig.json of every workspace package;
 * - then every project those reference, transitively, as `tsc -b` builds
 *   them;
 * - minus solution-style configs (`"files": []` with `references`), which
 *   own no files and exist only to list their references.
 */




const ROOT_TSCONFIG = 'tsconfig.json';
/** Finds the projects to check: `configured` when it is not empty, else what the repository declares. */
function discoverProjects(tree, configured) {
    const problems = [];
    const starts = configured.length > 0 ? configured.map(normalizePath) : defaultStarts(tree, problems);
    const projects = followReferences(tree, starts, problems);
    return { projects, problems };
}
function defaultStarts(tree, problems) {
    if (tree.readText(ROOT_TSCONFIG) !== null)
        return [ROOT_TSCONFIG];
    const globs = workspaceGlobs(tree, problems);
    if (globs.length === 0)
        return [];
    const isIncluded = picomatch_default()(globs.filter((glob) => !glob.startsWith('!')).map(normalizeGlob));
    const excluded = globs.filter((glob) => glob.startsWith('!')).map((glob) => normalizeGlob(glob.slice(1)));
    const isExcluded = excluded.length > 0 ? picomatch_default()(excluded) : () => false;
    return tree
        .tsconfigFolders()
        .filter((folder) => folder !== '' && isIncluded(folder) && !isExcluded(folder))
        .sort()
        .map((folder) => `${folder}/${ROOT_TSCONFIG}`);
}
/** Workspace globs from `workspaces` in package.json (an array, or yarn's `{ packages }`) and `packages` in pnpm-workspace.yaml. */
function workspaceGlobs(tree, problems) {
    const globs = [];
    const manifestText = tree.readText('package.json');
    if (manifestText !== null) {
        const manifest = parseOrNote(() => JSON.parse(manifestText), 'package.json', problems);
        const field = manifest?.workspaces;
        const list = Array.isArray(field) ? field : field?.packages;
        if (Array.isArray(list))
            globs.push(...list.filter((entry) => typeof entry === 'string'));
    }
    const pnpmText = tree.readText('pnpm-workspace.yaml');
    if (pnpmText !== null) {
        const document = parseOrNote(() => (0,yaml_dist.parse)(pnpmText), 'pnpm-workspace.yaml', problems);
        const list = document?.packages;
        if (Array.isArray(list))
            globs.push(...list.filter((entry) => typeof entry === 'string'));
    }
    return globs;
}
/** Walks references breadth-first from `starts`, keeping every config that owns files. */
function followReferences(tree, starts, problems) {
    const projects = [];
    const seen = new Set();
    const queue = [...starts];
    while (queue.length > 0) {
        const path = queue.shift();
        if (seen.has(path))
            continue;
        seen.add(path);
        const text = tree.readText(path);
        if (text === null) {
            problems.push(`${path}: tsconfig file not found. Fix the path in validate.types.projects or in the "references" that name it.`);
            continue;
        }
        const config = parseOrNote(() => (0,jsonc/* parseJsonc */.p)(text), path, problems);
        const shape = configShape(config);
        if (!shape.solutionStyle)
            projects.push(path);
        for (const reference of shape.references) {
            const target = referenceTarget(path, reference);
            if (target === null) {
                problems.push(`${path}: the reference "${reference}" points outside the repository, so it is not checked.`);
            }
            else {
                queue.push(target);
            }
        }
    }
    return projects;
}
/** Reads `files` and `references` of a parsed tsconfig; anything malformed counts as absent, as the compiler reports it. */
function configShape(config) {
    const object = (typeof config === 'object' && config !== null ? config : {});
    const references = Array.isArray(object.references)
        ? object.references
            .map((entry) => entry?.path)
            .filter((path) => typeof path === 'string')
        : [];
    const solutionStyle = Array.isArray(object.files) && object.files.length === 0 && references.length > 0;
    return { solutionStyle, references };
}
/**
 * Resolves a reference as TypeScript 5.9 does: a path ending in `.json`
 * names a tsconfig file, and any other path names a folder containing
 * tsconfig.json. Returns null when the target leaves the repository.
 */
function referenceTarget(from, reference) {
    const joined = external_node_path_.posix.normalize(external_node_path_.posix.join(external_node_path_.posix.dirname(from), reference.replaceAll('\\', '/')));
    if (joined === '..' || joined.startsWith('../') || external_node_path_.posix.isAbsolute(joined))
        return null;
    if (joined.endsWith('.json'))
        return joined;
    return joined === '.' ? ROOT_TSCONFIG : `${joined}/${ROOT_TSCONFIG}`;
}
function parseOrNote(parse, path, problems) {
    try {
        return parse();
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        problems.push(`${path}: cannot be parsed (${message}). Fix the syntax; until then its references are not followed.`);
        return null;
    }
}
function normalizePath(path) {
    const normalized = external_node_path_.posix.normalize(path.replaceAll('\\', '/'));
    return normalized.startsWith('./') ? normalized.slice(2) : normalized;
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

;// CONCATENATED MODULE: ./src/validate/types/project-tree.ts
/**
 * The file-system side of project discovery: reads files and lists the
 * folders that hold a tsconfig.json.
 */


/** Folders deeper than this below the root are not searched for workspace tsconfig files. */
const MAX_DEPTH = 8;
/** Creates a tree over the folder `root`. Folders named node_modules and dot-folders are skipped. */
function fileSystemProjectTree(root) {
    return {
        readText: (path) => readTextOrNull((0,external_node_path_.join)(root, path)),
        tsconfigFolders: () => listTsconfigFolders(root),
    };
}
function readTextOrNull(file) {
    try {
        return (0,external_node_fs_.readFileSync)(file, 'utf8');
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
            return null;
        throw error;
    }
}
function listTsconfigFolders(root) {
    const folders = [];
    const visit = (folder, depth) => {
        const entries = (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, folder), { withFileTypes: true });
        if (entries.some((entry) => entry.isFile() && entry.name === 'tsconfig.json'))
            folders.push(folder);
        if (depth >= MAX_DEPTH)
            return;
        for (const entry of entries) {
            if (!entry.isDirectory() || entry.name === 'node_modules' || entry.name.startsWith('.'))
                continue;
            visit(folder === '' ? entry.name : `${folder}/${entry.name}`, depth + 1);
        }
    };
    visit('', 0);
    return folders;
}

;// CONCATENATED MODULE: ./src/validate/types/run-type-check.ts
/**
 * Type-checks a repository with its own TypeScript and tsconfig files and
 * returns the diagnostics as findings. See docs/validate/types.md for the
 * semantics of project references and incremental runs.
 */














/**
 * Runs the check. Resolves with `skippedReason` set, and no findings, when no
 * compiler or no tsconfig is found. Throws UserError when a configured
 * project does not exist or when a package.json declares a compiler that is
 * not installed, and Error when the compiler itself fails.
 */
async function runTypeCheck(request) {
    const started = performance.now();
    const root = (0,external_node_path_.resolve)(request.root);
    const elapsed = () => Math.round(performance.now() - started);
    const choice = locateCompiler(root, request.settings.compiler);
    if (!choice.ok) {
        if (choice.notFound)
            rejectMissingInstall(root);
        return { findings: [], compiler: null, projects: [], durationMs: elapsed(), skippedReason: choice.reason };
    }
    const compiler = choice.compiler;
    const projects = findProjects(root, request);
    if (projects.length === 0) {
        const reason = 'no tsconfig.json was found at the repository root or in a workspace package. List the tsconfig files in validate.types.projects.';
        return { findings: [], compiler: compiler.info, projects: [], durationMs: elapsed(), skippedReason: reason };
    }
    const checker = await createProjectChecker(root, compiler, request);
    try {
        const outcomes = [];
        const findings = new FindingSet();
        const lineText = createLineReader();
        for (const tsconfig of projects) {
            const projectStarted = performance.now();
            const diagnostics = await checker.check(tsconfig);
            const mapped = diagnosticsToFindings(diagnostics, { root, tsconfig, lineText });
            findings.addAll(mapped.findings);
            const durationMs = Math.round(performance.now() - projectStarted);
            outcomes.push({ tsconfig, diagnostics: mapped.findings.length, durationMs });
            request.log?.info(`types: ${tsconfig}: ${(0,count_text/* countOf */.pq)(mapped.findings.length, 'diagnostic', 'diagnostics')} in ${durationMs} ms (${compiler.info.kind} ${compiler.info.version}, ${compiler.info.mode})`);
            if (mapped.outside > 0)
                request.log?.debug(`types: ${tsconfig}: dropped ${mapped.outside} diagnostics in files outside the repository or under node_modules`);
        }
        return { findings: findings.list(), compiler: compiler.info, projects: outcomes, durationMs: elapsed() };
    }
    finally {
        checker.dispose();
    }
}
/**
 * Throws when the repository declares a compiler that is not installed: the
 * dependencies were not installed before validation, and a skip would let
 * every type error pass.
 */
function rejectMissingInstall(root) {
    const declared = findCompilerDeclaration(fileSystemProjectTree(root));
    if (declared === null)
        return;
    throw new errors/* UserError */.yo(`${declared.manifest} declares ${declared.compiler}, but it is not installed under ${root}, so the types validator could not run. ` +
        'Install the dependencies (npm ci) in a step before validation, or remove "types" from validate.validators.');
}
/** The configured projects, each of which must exist, or the discovered ones; discovery problems are logged as warnings. */
function findProjects(root, request) {
    for (const project of request.settings.projects) {
        if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, project))) {
            throw new errors/* UserError */.yo(`validate.types.projects: ${project} was not found under ${root}. Fix the path or remove it from the list.`);
        }
    }
    const discovered = discoverProjects(fileSystemProjectTree(root), request.settings.projects);
    for (const problem of discovered.problems)
        request.log?.warning(`types: ${problem}`);
    return discovered.projects;
}
/**
 * Creates the checker for the chosen mode. Build info goes to the caller's
 * cache folder when incremental checking is on. Otherwise the CLI gets a
 * temporary folder, removed afterwards, so that it never writes into the
 * repository.
 */
async function createProjectChecker(root, compiler, request) {
    const incrementalDir = request.settings.incremental ? request.cacheDir : null;
    if (compiler.info.mode === 'api') {
        const ts = loadTypeScript(root, compiler.package.folder);
        return {
            check: async (tsconfig) => checkProjectWithApi(ts, {
                tsconfig: (0,external_node_path_.join)(root, tsconfig),
                buildInfoFile: incrementalDir === null ? null : buildInfoPath(incrementalDir, tsconfig, compiler),
                semanticFiles: request.onlyFiles ? request.onlyFiles.map((path) => (0,external_node_path_.join)(root, path)) : null,
            }),
            dispose: () => undefined,
        };
    }
    const entry = compiler.package.cliEntry;
    if (entry === null)
        throw new Error(`${compiler.package.name} at ${compiler.package.folder} has no command-line program`);
    const scratchDir = incrementalDir === null ? (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'testmaster-types-')) : null;
    return {
        check: async (tsconfig) => {
            const outcome = await checkProjectWithCli({
                root,
                tsconfig: (0,external_node_path_.join)(root, tsconfig),
                entry,
                buildInfoFile: cliBuildInfoFile(incrementalDir, scratchDir, (0,external_node_path_.join)(root, tsconfig), tsconfig, compiler),
            });
            if (!outcome.ok)
                throw new Error(outcome.reason);
            return outcome.diagnostics;
        },
        dispose: () => {
            if (scratchDir !== null)
                (0,external_node_fs_.rmSync)(scratchDir, { recursive: true, force: true });
        },
    };
}
/**
 * Picks where the CLI writes build info: the cache folder when incremental
 * checking is on, and the scratch folder when the project may turn build
 * info on itself. Returns null otherwise, which saves its serialization.
 */
function cliBuildInfoFile(incrementalDir, scratchDir, tsconfigPath, tsconfig, compiler) {
    if (incrementalDir !== null)
        return buildInfoPath(incrementalDir, tsconfig, compiler);
    return mayWriteBuildInfo(tsconfigPath) ? buildInfoPath(scratchDir, tsconfig, compiler) : null;
}
/** Names one build info file per project and compiler, so that switching compilers never reads another's format. */
function buildInfoPath(cacheDir, tsconfig, compiler) {
    const project = tsconfig.replaceAll(/[^\w.-]+/g, '_');
    const tool = `${compiler.info.kind}-${compiler.info.version}-${compiler.info.mode}`.replaceAll(/[^\w.-]+/g, '_');
    return (0,external_node_path_.join)(cacheDir, `${project}.${tool}.tsbuildinfo`);
}
/** Findings without the duplicates that arise when two projects share a file. */
class FindingSet {
    byKey = new Map();
    addAll(findings) {
        for (const finding of findings) {
            const { range } = finding;
            const key = [finding.ruleId, finding.path, range.startLine, range.startColumn, range.endLine, range.endColumn, finding.message].join('\u0000');
            if (!this.byKey.has(key))
                this.byKey.set(key, finding);
        }
    }
    list() {
        return [...this.byKey.values()];
    }
}

;// CONCATENATED MODULE: ./src/validate/types/index.ts
/**
 * The types validator: type-checks a repository with its own TypeScript
 * compiler and tsconfig files and reports diagnostics as `types/TS<code>`
 * findings.
 */






;// CONCATENATED MODULE: ./src/validate/stage/project-validators.ts
/**
 * The validators that read the whole project: the type checker, the
 * configured linters and other tools' SARIF files. Each runs on its own, so
 * that invalid input of one (an unreadable SARIF file, a linter that cannot
 * start) is reported as that validator's failure and the others still run.
 */





/**
 * Type-checks with the repository's own TypeScript. A repository without a
 * compiler or a tsconfig skips the validator with the reason, and a missing
 * compiler also logs a warning. A configured project that does not exist, or
 * a declared compiler that is not installed, fails it.
 */
async function runTypes(input) {
    const { settings, root, log } = input;
    if (!settings.validators.includes('types'))
        return null;
    try {
        const result = await runTypeCheck({ root, settings: settings.types, cacheDir: input.typesCacheDir, onlyFiles: input.reportedFiles, log });
        if (result.skippedReason && result.compiler === null) {
            // No compiler and none declared: a repository that may not use TypeScript, so the skip stays, but visibly.
            const warning = (0,issues/* endSentence */.H_)(`The types validator was skipped: ${result.skippedReason}`);
            log.warning(warning);
            return { name: 'types', status: 'skipped', detail: result.skippedReason, findings: [], warnings: [warning] };
        }
        if (result.skippedReason)
            return { name: 'types', status: 'skipped', detail: result.skippedReason, findings: [], warnings: [] };
        const compiler = result.compiler ? `TypeScript ${result.compiler.version} (${result.compiler.mode})` : 'TypeScript';
        const projects = result.projects.length === 1 ? result.projects[0].tsconfig : `${result.projects.length} projects`;
        const seconds = (result.durationMs / 1000).toFixed(1);
        return { name: 'types', status: 'ran', detail: `${compiler}, ${projects}, ${seconds} s`, findings: result.findings, warnings: [] };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { name: 'types', status: 'failed', detail: error.message, findings: [], warnings: [] };
    }
}
async function runLinters(input) {
    const { settings, root, log } = input;
    if (!settings.validators.includes('linters') || settings.linters.length === 0)
        return null;
    const check = { name: 'linters', status: 'ran', detail: '', findings: [], warnings: [] };
    const failures = [];
    for (const linter of settings.linters) {
        try {
            const report = await runLinter(root, linter, log, linter.timeoutSeconds ? { timeoutMs: linter.timeoutSeconds * 1000 } : {});
            // A loop, not push(...list): a report can hold more findings than a call takes arguments.
            for (const finding of report.findings)
                check.findings.push(finding);
            check.warnings.push(...report.warnings);
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            failures.push((0,issues/* endSentence */.H_)(error.message));
        }
    }
    check.detail = settings.linters.map((linter) => linter.name).join(', ');
    if (failures.length > 0) {
        check.status = 'failed';
        check.detail = failures.join(' ');
    }
    return check;
}
/**
 * Reads the SARIF files of other tools. Files the config names must lie
 * inside the repository, because a pull request can change the config.
 * Files named on the command line or in a workflow input may lie anywhere.
 */
async function readSarifFiles(input) {
    const { settings, root } = input;
    if (!settings.validators.includes('sarif'))
        return null;
    if (settings.sarif.length === 0 && input.importedSarif.length === 0)
        return null;
    const check = { name: 'sarif', status: 'ran', detail: '', findings: [], warnings: [] };
    const failures = [];
    const found = await (0,find_reports/* findReports */.z)(root, settings.sarif);
    for (const pattern of found.unmatched)
        check.warnings.push(`validate.sarif ${JSON.stringify(pattern)} matched no file.`);
    const files = [...found.files, ...input.importedSarif];
    for (const file of files) {
        try {
            const report = readReportFile(root, file, 'sarif');
            // A loop, not push(...list): a report can hold more findings than a call takes arguments.
            for (const finding of report.findings)
                check.findings.push(finding);
            check.warnings.push(...report.warnings);
        }
        catch (error) {
            if (!(error instanceof errors/* UserError */.yo))
                throw error;
            failures.push((0,issues/* endSentence */.H_)(error.message));
        }
    }
    check.detail = files.length === 1 ? files[0] : `${files.length} files`;
    if (failures.length > 0) {
        check.status = 'failed';
        check.detail = failures.join(' ');
    }
    return check;
}

;// CONCATENATED MODULE: ./src/validate/syntax/json-dialect.ts
/**
 * The JSON dialect of each `.json` file: JSON with comments (JSONC) for the
 * files that their tools read that way, strict JSON for every other one.
 * JSONC accepts comments and trailing commas.
 */
/**
 * File names read as JSONC by their tools: TypeScript (tsconfig, jsconfig),
 * VS Code (.vscode folder, workspace files), Dev Containers, ESLint's legacy
 * config and TypeDoc. The list is an allow-list; a tool missing from it gets
 * strict JSON.
 */
const JSONC_FILE_NAMES = [
    /^tsconfig(?:\..*)?\.json$/,
    /^jsconfig(?:\..*)?\.json$/,
    /^\.?devcontainer\.json$/,
    /^\.eslintrc\.json$/,
    /^typedoc\.json$/,
];
/** Returns the dialect of `path`, or null when it is not a JSON file. */
function json_dialect_jsonDialectOf(path) {
    const lower = path.toLowerCase();
    const name = lower.slice(lower.lastIndexOf('/') + 1);
    if (name.endsWith('.jsonc') || name.endsWith('.code-workspace'))
        return 'jsonc';
    if (!name.endsWith('.json'))
        return null;
    if (/(?:^|\/)\.vscode\/[^/]+$/.test(lower))
        return 'jsonc';
    return JSONC_FILE_NAMES.some((pattern) => pattern.test(name)) ? 'jsonc' : 'json';
}

;// CONCATENATED MODULE: ./src/validate/syntax/json-syntax.ts
const STRICT_NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
/** A run of characters that reads as one word in a message: a number, literal or bare name. */
const WORD = /[\w$.+-]+/y;
/** A `//` comment up to the line break. */
const LINE_COMMENT = /\/\/[^\r\n]*/y;
const JSON_WHITESPACE = new Set([' ', '\t', '\n', '\r']);
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
class JsonSyntaxFound extends Error {
    error;
    constructor(error) {
        super(error.message);
        this.error = error;
    }
}
/** Returns the first syntax error of `text` read as `dialect`, or null when it parses. */
function findJsonSyntaxError(text, dialect) {
    try {
        new JsonChecker(text, dialect).check();
        return null;
    }
    catch (error) {
        if (error instanceof JsonSyntaxFound)
            return error.error;
        throw error;
    }
}
class JsonChecker {
    text;
    dialect;
    offset;
    stack = [];
    /** Offset of the last comma read, for the message about a trailing comma. */
    lastComma = -1;
    constructor(text, dialect) {
        this.text = text;
        this.dialect = dialect;
        this.offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    check() {
        this.skipTrivia();
        // An empty JSONC file, or one with only comments, is an empty configuration to VS Code and TypeScript.
        if (this.atEnd() && this.dialect === 'jsonc')
            return;
        let state = 'value';
        for (;;) {
            this.skipTrivia();
            state = this.step(state);
            if (state === 'afterValue' && this.stack.length === 0)
                break;
        }
        this.skipTrivia();
        if (!this.atEnd())
            this.failAtToken(`Unexpected ${this.describeToken()} after the end of the JSON value.`);
    }
    step(state) {
        switch (state) {
            case 'value':
                return this.readValue();
            case 'firstKeyOrEnd':
                if (this.consume('}'))
                    return this.close();
                return this.readKey();
            case 'firstValueOrEnd':
                if (this.consume(']'))
                    return this.close();
                return this.readValue();
            case 'key':
                return this.readKey();
            case 'afterValue':
                return this.readSeparator();
        }
    }
    readValue() {
        const char = this.text[this.offset];
        if (char === '{' || char === '[') {
            this.stack.push(char);
            this.offset++;
            return char === '{' ? 'firstKeyOrEnd' : 'firstValueOrEnd';
        }
        if (char === '"') {
            this.readString();
            return 'afterValue';
        }
        this.readScalar();
        return 'afterValue';
    }
    readKey() {
        if (this.text[this.offset] === "'")
            this.failAtToken('Property names need double quotes in JSON.');
        if (this.text[this.offset] !== '"') {
            this.failAtToken(`Expected a property name in double quotes but found ${this.describeToken()}.`);
        }
        this.readString();
        this.skipTrivia();
        if (!this.consume(':'))
            this.failAtToken(`Expected ':' after the property name but found ${this.describeToken()}.`);
        return 'value';
    }
    /** Reads the `,` or closing bracket after a value inside an object or array. */
    readSeparator() {
        const container = this.stack[this.stack.length - 1];
        const closing = container === '{' ? '}' : ']';
        if (this.consume(closing))
            return this.close();
        if (this.consume(',')) {
            this.lastComma = this.offset - 1;
            this.skipTrivia();
            if (this.text[this.offset] === closing) {
                if (this.dialect === 'json')
                    this.fail(`Trailing comma before '${closing}' is not allowed in JSON.`, this.lastComma, this.lastComma + 1);
                this.offset++;
                return this.close();
            }
            return container === '{' ? 'key' : 'value';
        }
        const after = container === '{' ? 'a property value' : 'an array element';
        this.failAtToken(`Expected ',' or '${closing}' after ${after} but found ${this.describeToken()}.`);
    }
    close() {
        this.stack.pop();
        return 'afterValue';
    }
    /** Reads a number, `true`, `false` or `null`. */
    readScalar() {
        const start = this.offset;
        WORD.lastIndex = start;
        const word = WORD.exec(this.text)?.[0];
        if (word === 'true' || word === 'false' || word === 'null') {
            this.offset += word.length;
            return;
        }
        STRICT_NUMBER.lastIndex = start;
        const number = STRICT_NUMBER.exec(this.text)?.[0];
        if (number !== undefined && number === word) {
            this.offset += number.length;
            return;
        }
        if (word !== undefined && /^[-+.\d]/.test(word))
            this.failAtToken(`Invalid number '${shorten(word)}'.`);
        if (this.text[start] === "'")
            this.failAtToken('Strings need double quotes in JSON.');
        this.failAtToken(`Expected a value (a string, number, object, array, true, false or null) but found ${this.describeToken()}.`);
    }
    /** Reads a double-quoted string; the offset is at its opening quote. */
    readString() {
        const start = this.offset;
        const { text } = this;
        let index = start + 1;
        for (;;) {
            const code = text.charCodeAt(index);
            if (index >= text.length || code === 0x0a || code === 0x0d) {
                this.fail('The string has no closing double quote.', start, index);
            }
            if (code === 0x22)
                break;
            if (code < 0x20) {
                const hex = code.toString(16).toUpperCase().padStart(4, '0');
                this.fail(`Control character U+${hex} in a string; write it as an escape such as \\u${hex}.`, index, index + 1);
            }
            index += code === 0x5c ? this.escapeLength(index) : 1;
        }
        this.offset = index + 1;
    }
    /** Length of the escape sequence whose backslash is at `index`; throws when it is invalid. */
    escapeLength(index) {
        const letter = this.text[index + 1];
        if (letter !== undefined && SIMPLE_ESCAPES.has(letter))
            return 2;
        if (letter === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(index + 2, index + 6)))
            return 6;
        const end = letter === 'u' ? index + 2 + (/^[0-9a-fA-F]*/.exec(this.text.slice(index + 2, index + 6))?.[0].length ?? 0) : index + 2;
        const sequence = this.text.slice(index, Math.min(end, this.text.length));
        this.fail(`Invalid escape sequence '${sequence}' in a string.`, index, Math.min(end, this.text.length));
    }
    /** Skips whitespace, and comments in JSONC; a comment in strict JSON is an error. */
    skipTrivia() {
        const { text } = this;
        while (this.offset < text.length) {
            if (JSON_WHITESPACE.has(text[this.offset])) {
                this.offset++;
                continue;
            }
            const end = this.commentEnd();
            if (end === null)
                return;
            if (this.dialect === 'json') {
                this.fail('Comments are not allowed in JSON; remove the comment, or use a .jsonc file if the tool reads JSON with comments.', this.offset, end);
            }
            this.offset = end;
        }
    }
    /** Returns the offset after the comment that starts at the offset, or null when no comment starts there. */
    commentEnd() {
        const { text, offset } = this;
        if (text.startsWith('//', offset)) {
            LINE_COMMENT.lastIndex = offset;
            return offset + LINE_COMMENT.exec(text)[0].length;
        }
        if (!text.startsWith('/*', offset))
            return null;
        const close = text.indexOf('*/', offset + 2);
        if (close < 0)
            this.fail("The comment has no closing '*/'.", offset, offset + 2);
        return close + 2;
    }
    atEnd() {
        return this.offset >= this.text.length;
    }
    consume(char) {
        if (this.text[this.offset] !== char)
            return false;
        this.offset++;
        return true;
    }
    /** Describes the token at the offset for a message: a quoted word, string or character, or "the end of the file". */
    describeToken() {
        if (this.atEnd())
            return 'the end of the file';
        return `'${shorten(this.text.slice(this.offset, this.tokenEnd()))}'`;
    }
    tokenEnd() {
        const { text, offset } = this;
        const quote = text[offset];
        if (quote === '"' || quote === "'") {
            const close = text.slice(offset + 1).search(new RegExp(`[${quote}\\r\\n]`));
            if (close >= 0 && text[offset + 1 + close] === quote)
                return offset + close + 2;
        }
        WORD.lastIndex = offset;
        const word = WORD.exec(text)?.[0];
        if (word)
            return offset + word.length;
        // One code point, so a surrogate pair is never split.
        return offset + String.fromCodePoint(text.codePointAt(offset)).length;
    }
    /** Throws `message` for the token at the offset, or for the end of the text. */
    failAtToken(message) {
        if (!this.atEnd())
            this.fail(message, this.offset, this.tokenEnd());
        this.fail(message, this.text.length, this.text.length);
    }
    fail(message, start, end) {
        throw new JsonSyntaxFound({ message, start, end });
    }
}
function shorten(token) {
    return token.length > 40 ? `${token.slice(0, 40)}…` : token;
}

;// CONCATENATED MODULE: ./src/validate/syntax/docs-uri.ts
/** Base of the rule documentation links; a validator appends its page and the rule's anchor. */
const VALIDATE_DOCS_URI = 'https://github.com/testmaster/testmaster/blob/main/docs/validate/';
/**
 * Builds the link to a rule's section of `docs/validate/<page>.md`. GitHub's anchor
 * for a heading such as "`workflow/permissions`" drops the backticks and the
 * slash: `workflowpermissions`.
 */
function ruleDocsUri(page, ruleId) {
    return `${VALIDATE_DOCS_URI}${page}.md#${ruleId.toLowerCase().replace(/[^a-z0-9_-]/g, '')}`;
}

;// CONCATENATED MODULE: ./src/validate/syntax/rules.ts

const SYNTAX_RULE_IDS = {
    typescript: 'syntax/typescript',
    json: 'syntax/json',
    yaml: 'syntax/yaml',
};
/** Name of the tool in findings of the syntax validator. */
const SYNTAX_TOOL = 'testmaster';
const SYNTAX_RULES = [
    {
        id: SYNTAX_RULE_IDS.typescript,
        defaultLevel: 'error',
        summary: 'TypeScript or JavaScript that the TypeScript parser rejects.',
        help: 'The file does not parse, so it cannot be compiled, bundled or run. Every parse error of the file is reported with the ' +
            'TypeScript diagnostic code in `properties.code`. In JavaScript files, TypeScript-only syntax such as type annotations ' +
            'is reported too, because Node.js rejects it. Fix the code at the reported range.',
        helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.typescript),
    },
    {
        id: SYNTAX_RULE_IDS.json,
        defaultLevel: 'error',
        summary: 'JSON that does not parse, or JSON with comments that does not parse.',
        help: 'Strict JSON (RFC 8259) for `.json` files; comments and trailing commas are accepted only in files that their tools read ' +
            'as JSON with comments, such as tsconfig.json, jsconfig.json, .vscode/*.json and *.jsonc. Only the first error is ' +
            'reported, because the rest of the file cannot be read reliably after it.',
        helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.json),
    },
    {
        id: SYNTAX_RULE_IDS.yaml,
        defaultLevel: 'error',
        summary: 'YAML that does not parse, including duplicate mapping keys.',
        help: 'Errors of the `yaml` package (YAML 1.2) in any document of the file, with duplicate keys in a mapping as errors, and its ' +
            'warnings at warning level. GitHub Actions rejects a workflow with such errors. Fix the text at the reported range.',
        helpUri: ruleDocsUri('syntax', SYNTAX_RULE_IDS.yaml),
    },
];

// EXTERNAL MODULE: ./node_modules/typescript/lib/typescript.js
var typescript = __webpack_require__(35672);
var typescript_default = /*#__PURE__*/__webpack_require__.n(typescript);
;// CONCATENATED MODULE: ./src/validate/syntax/script-syntax.ts
/**
 * Syntax errors of TypeScript and JavaScript files, every one of them rather
 * than the first, from TypeScript's own parser.
 *
 * `SourceFile.parseDiagnostics` is internal to TypeScript but has kept its
 * name and meaning from TypeScript 2 through 5.9, and the type checker reads
 * it the same way. For JavaScript files a program of that one file adds the
 * diagnostics that `getSyntacticDiagnostics` reports for TypeScript-only
 * syntax (codes 8002 to 8017, such as type annotations), because Node.js
 * rejects that syntax too. The program has no lib and resolves no imports, so
 * it costs a few milliseconds and never reads the disk.
 *
 * Grammar errors that only the type checker reports, such as a `with`
 * statement in strict mode or `await` outside an async function, are left to
 * the types validator.
 */



const SCRIPT_KIND_BY_EXTENSION = {
    ts: (typescript_default()).ScriptKind.TS,
    mts: (typescript_default()).ScriptKind.TS,
    cts: (typescript_default()).ScriptKind.TS,
    tsx: (typescript_default()).ScriptKind.TSX,
    // TypeScript parses JSX in every JavaScript file, as bundlers for React projects read `.js`.
    js: (typescript_default()).ScriptKind.JS,
    mjs: (typescript_default()).ScriptKind.JS,
    cjs: (typescript_default()).ScriptKind.JS,
    jsx: (typescript_default()).ScriptKind.JSX,
};
/** Returns the TypeScript script kind of `path` from its extension, or null when it is not a script. */
function script_syntax_scriptKindOf(path) {
    const dot = path.lastIndexOf('.');
    if (dot < 0 || dot < path.lastIndexOf('/'))
        return null;
    return SCRIPT_KIND_BY_EXTENSION[path.slice(dot + 1).toLowerCase()] ?? null;
}
/** Parses the script and returns a finding for each syntax error, in the order of their positions. */
function scriptSyntaxFindings(source, scriptKind) {
    const isJavaScript = scriptKind === (typescript_default()).ScriptKind.JS || scriptKind === (typescript_default()).ScriptKind.JSX;
    // The program of a JavaScript file looks its file up by name, so the name is absolute and fixed.
    const fileName = isJavaScript ? `/input.${scriptKind === (typescript_default()).ScriptKind.JSX ? 'jsx' : 'js'}` : source.path;
    const sourceFile = typescript_default().createSourceFile(fileName, source.text, (typescript_default()).ScriptTarget.Latest, false, scriptKind);
    const diagnostics = isJavaScript ? javaScriptSyntacticDiagnostics(sourceFile) : parseDiagnosticsOf(sourceFile);
    const lines = new LineIndex(source.text);
    const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.typescript)?.helpUri;
    return [...diagnostics]
        .sort((left, right) => (left.start ?? 0) - (right.start ?? 0))
        .map((diagnostic) => {
        const start = diagnostic.start ?? 0;
        const finding = {
            ruleId: SYNTAX_RULE_IDS.typescript,
            level: 'error',
            path: source.path,
            // A zero-length diagnostic, such as "'}' expected." at the end of the file, becomes an empty region at that point.
            range: lines.rangeInText(start, start + (diagnostic.length ?? 0)),
            message: `${typescript_default().flattenDiagnosticMessageText(diagnostic.messageText, ' ')} (TS${diagnostic.code})`,
            tool: SYNTAX_TOOL,
            properties: { code: diagnostic.code },
        };
        if (helpUri)
            finding.helpUri = helpUri;
        return finding;
    });
}
/** Reads the parser's diagnostics from the internal field that `createSourceFile` fills. */
function parseDiagnosticsOf(sourceFile) {
    const diagnostics = sourceFile.parseDiagnostics;
    return diagnostics ?? [];
}
/** Parse errors plus TypeScript-only syntax in a JavaScript file, from a program of that one file. */
function javaScriptSyntacticDiagnostics(sourceFile) {
    const fileName = sourceFile.fileName;
    const host = {
        getSourceFile: (name) => (name === fileName ? sourceFile : undefined),
        getDefaultLibFileName: () => 'lib.d.ts',
        writeFile: () => undefined,
        getCurrentDirectory: () => '/',
        getCanonicalFileName: (name) => name,
        useCaseSensitiveFileNames: () => true,
        getNewLine: () => '\n',
        fileExists: (name) => name === fileName,
        readFile: () => undefined,
    };
    const program = typescript_default().createProgram({
        rootNames: [fileName],
        options: { allowJs: true, noLib: true, noResolve: true, types: [], noEmit: true },
        host,
    });
    return program.getSyntacticDiagnostics(sourceFile);
}

;// CONCATENATED MODULE: ./src/validate/syntax/yaml-syntax.ts
/**
 * Errors and warnings of YAML files from the `yaml` package, in every
 * document of a multi-document file. A duplicate key in a mapping is an error
 * (the package's `uniqueKeys` default), because GitHub Actions and most YAML
 * readers reject it or silently keep one of the values.
 */



const STACK_OVERFLOW = /maximum call stack size exceeded/i;
/**
 * Parses every document of the file and returns a finding for each error and
 * warning, in the order of their positions. Throws a RangeError when the
 * package runs out of stack on deeply nested collections.
 */
function yamlSyntaxFindings(source) {
    const documents = (0,yaml_dist.parseAllDocuments)(source.text, { prettyErrors: false, uniqueKeys: true });
    const problems = [];
    // An empty file parses to an empty stream, which has errors and warnings too.
    for (const document of Array.isArray(documents) ? documents : [documents]) {
        for (const problem of document.errors) {
            // The package reports its own stack overflow on deeply nested flow
            // collections as an error, but the text may be valid, so the caller
            // gets the overflow as the script parsers throw it.
            if (problem.code === 'RESOURCE_EXHAUSTION' && STACK_OVERFLOW.test(problem.message))
                throw new RangeError(problem.message);
            problems.push({ problem, level: 'error' });
        }
        for (const problem of document.warnings)
            problems.push({ problem, level: 'warning' });
    }
    const lines = new LineIndex(source.text);
    const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.yaml)?.helpUri;
    return problems
        .sort((left, right) => left.problem.pos[0] - right.problem.pos[0])
        .map(({ problem, level }) => {
        const finding = {
            ruleId: SYNTAX_RULE_IDS.yaml,
            level,
            path: source.path,
            range: lines.rangeInText(problem.pos[0], problem.pos[1]),
            message: yaml_syntax_messageOf(problem),
            tool: SYNTAX_TOOL,
            properties: { code: problem.code },
        };
        if (helpUri)
            finding.helpUri = helpUri;
        return finding;
    });
}
/** Returns the package's message as one sentence; `prettyErrors: false` keeps the position out of it. */
function yaml_syntax_messageOf(problem) {
    const message = problem.message.trim();
    return /[.!?]$/.test(message) ? message : `${message}.`;
}

;// CONCATENATED MODULE: ./src/validate/syntax/syntax-findings.ts







/** Tells whether the syntax validator reads `path`: a script, JSON, JSONC or YAML file by its extension. */
function isSyntaxChecked(path) {
    return scriptKindOf(path) !== null || jsonDialectOf(path) !== null || isYamlPath(path);
}
/**
 * Returns the syntax errors of one file, chosen by its extension: every
 * parse error of a script, the first error of a JSON file, and every error
 * and warning of a YAML file. Other files return no findings.
 */
function syntaxFindings(source) {
    const scriptKind = script_syntax_scriptKindOf(source.path);
    if (scriptKind !== null)
        return scriptSyntaxFindings(source, scriptKind);
    const dialect = json_dialect_jsonDialectOf(source.path);
    if (dialect !== null)
        return jsonSyntaxFindings(source, dialect);
    if (isYamlPath(source.path))
        return yamlSyntaxFindings(source);
    return [];
}
function jsonSyntaxFindings(source, dialect) {
    const error = findJsonSyntaxError(source.text, dialect);
    if (error === null)
        return [];
    const finding = {
        ruleId: SYNTAX_RULE_IDS.json,
        level: 'error',
        path: source.path,
        range: new LineIndex(source.text).rangeInText(error.start, error.end),
        message: error.message,
        tool: SYNTAX_TOOL,
        properties: { dialect },
    };
    const helpUri = SYNTAX_RULES.find((rule) => rule.id === SYNTAX_RULE_IDS.json)?.helpUri;
    if (helpUri)
        finding.helpUri = helpUri;
    return [finding];
}
function isYamlPath(path) {
    return /\.ya?ml$/i.test(path);
}

;// CONCATENATED MODULE: ./src/validate/workflow/rules.ts

const WORKFLOW_RULE_IDS = {
    expressionInjection: 'workflow/expression-injection',
    untrustedCheckout: 'workflow/untrusted-checkout',
    permissions: 'workflow/permissions',
    unpinnedAction: 'workflow/unpinned-action',
    runnerLabelMix: 'workflow/runner-label-mix',
};
/** Name of the tool in findings of the workflow validator. */
const WORKFLOW_TOOL = 'testmaster';
function rule(id, defaultLevel, summary, help) {
    return { id, defaultLevel, summary, help, helpUri: ruleDocsUri('workflow', id) };
}
const WORKFLOW_RULES = [
    rule(WORKFLOW_RULE_IDS.expressionInjection, 'error', 'Untrusted `${{ }}` expression expanded inside a `run:` script or a github-script `script:`.', 'GitHub replaces `${{ }}` with its text before the shell or github-script runs the script, so an issue title, branch ' +
        'name or input that contains quotes and commands runs as code with the job\'s token and secrets. Pass the value ' +
        'through `env:` and read the environment variable in the script, quoted: `env: TITLE: ${{ github.event.issue.title }}` ' +
        'and `echo "$TITLE"`.'),
    rule(WORKFLOW_RULE_IDS.untrustedCheckout, 'error', '`pull_request_target` or `workflow_run` workflow that checks out the pull request\'s code.', 'These triggers run with the base repository\'s secrets and a token that can write, even for pull requests from forks. ' +
        'Checking out the pull request\'s head and then building or testing it runs the fork\'s code with those rights. Run ' +
        'the build in a `pull_request` workflow, and pass its results to the privileged workflow as an artifact that is read as data.'),
    rule(WORKFLOW_RULE_IDS.permissions, 'warning', 'Job without `permissions` at workflow or job level, or `permissions: write-all`.', 'Without a `permissions` key the GITHUB_TOKEN gets the repository\'s default permissions, which are read and write ' +
        'access to most scopes in repositories created before February 2023 and wherever an administrator chose it. Set `permissions:` at the top ' +
        'of the workflow to the least the jobs need, such as `contents: read`, and widen it per job.'),
    rule(WORKFLOW_RULE_IDS.unpinnedAction, 'warning', 'Third-party action, reusable workflow or Docker image not pinned to a full commit SHA or image digest.', 'A tag or branch can be moved to other code at any time by whoever controls the repository, and a compromised tag then ' +
        'runs in every workflow that uses it. Pin `uses:` to the full 40-character commit SHA, with the version in a comment ' +
        '(`owner/repo@<sha> # v1.2.3`), and a `docker://` image to its `@sha256:` digest. Actions of the `actions` and ' +
        '`github` organizations are exempt, because GitHub publishes them.'),
    rule(WORKFLOW_RULE_IDS.runnerLabelMix, 'warning', '`runs-on` list that mixes `self-hosted` with a label that is not a default self-hosted runner label.', 'Runners of an Actions Runner Controller scale set answer only to the scale set\'s name, used alone as `runs-on: ' +
        '<name>`; a list that adds `self-hosted` or other labels never matches them, and the job waits in the queue. Use the ' +
        'scale set name alone, or, for classic self-hosted runners with custom labels, list those labels in the rule\'s known labels.'),
];

;// CONCATENATED MODULE: ./src/validate/workflow/workflow-files.ts
/** Classification of the files that the workflow rules read. */
/**
 * Classifies `path`: `workflow` for a YAML file directly inside a `.github/workflows` folder,
 * `action` for an action's metadata file (`action.yml` or `action.yaml` in
 * any folder), null for any other file. Workflows of nested folders, such as
 * `packages/x/.github/workflows/`, count too: GitHub runs only the root ones,
 * but those files are usually copied there.
 */
function workflowFileKind(path) {
    if (/(?:^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(path))
        return 'workflow';
    if (/(?:^|\/)action\.ya?ml$/i.test(path))
        return 'action';
    return null;
}
/** Tells whether `workflowFindings` reads `path`: a GitHub Actions workflow or an action's metadata file. */
function isWorkflowFile(path) {
    return workflowFileKind(path) !== null;
}

;// CONCATENATED MODULE: ./src/validate/workflow/expressions.ts
/**
 * Finds GitHub Actions expressions (`${{ ... }}`) in a YAML value's source
 * text and the context properties they read, such as
 * `github.event.issue.title`.
 *
 * The expression language is GitHub's: string literals in single quotes with
 * `''` as the escape, property access with `.name`, `['name']`, `[0]` and the
 * `*` filter, function calls, and the operators `! == != < <= > >= && ||`.
 * Context and property names are case-insensitive, so paths come back in
 * lower case.
 */
/**
 * Returns the expressions in `text` between `from` and `to`. An expression
 * without its closing `}}` is skipped, because GitHub rejects the workflow.
 */
function findExpressions(text, from = 0, to = text.length) {
    const spans = [];
    let index = text.indexOf('${{', from);
    while (index >= 0 && index < to) {
        const close = closingBraces(text, index + 3, to);
        if (close < 0)
            break;
        spans.push({ start: index, end: close + 2, body: text.slice(index + 3, close) });
        index = text.indexOf('${{', close + 2);
    }
    return spans;
}
/** Offset of the `}}` that closes an expression whose body starts at `from`, skipping string literals; -1 when none does. */
function closingBraces(text, from, to) {
    let inString = false;
    for (let index = from; index < to - 1; index++) {
        const char = text[index];
        if (char === "'") {
            // Inside a string, `''` is an escaped quote: toggling twice keeps the string open.
            inString = !inString;
        }
        else if (!inString && char === '}' && text[index + 1] === '}') {
            return index;
        }
    }
    return -1;
}
const TOKEN = /\s*(?:'((?:[^']|'')*)'|([A-Za-z_][A-Za-z0-9_-]*)|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|0x[0-9a-fA-F]+)|(==|!=|<=|>=|&&|\|\||[!<>()[\],.*]))/y;
function tokenize(body) {
    const tokens = [];
    TOKEN.lastIndex = 0;
    while (TOKEN.lastIndex < body.length) {
        const start = TOKEN.lastIndex;
        const match = TOKEN.exec(body);
        if (!match) {
            // An unknown character: skip it, so that the rest of the expression is still read.
            TOKEN.lastIndex = start + 1;
            continue;
        }
        if (match[1] !== undefined)
            tokens.push({ kind: 'string', text: match[1].replace(/''/g, "'") });
        else if (match[2] !== undefined)
            tokens.push({ kind: 'name', text: match[2] });
        else if (match[3] !== undefined)
            tokens.push({ kind: 'number', text: match[3] });
        else if (match[4] !== undefined)
            tokens.push({ kind: 'punctuation', text: match[4] });
    }
    return tokens;
}
/** Lists the context properties that the expression `body` reads. */
function contextReferences(body) {
    const tokens = tokenize(body);
    const references = [];
    /** Function name of each open parenthesis, or null for a grouping one. */
    const calls = [];
    let index = 0;
    while (index < tokens.length) {
        const token = tokens[index];
        const next = tokens[index + 1];
        if (token.kind === 'name' && next?.text === '(') {
            calls.push(token.text.toLowerCase());
            index += 2;
        }
        else if (token.kind === 'name' && !isLiteralName(token.text)) {
            const [path, after] = readPath(tokens, index);
            references.push({ path, enclosingFunction: innermostCall(calls) });
            index = after;
        }
        else {
            if (token.text === '(')
                calls.push(null);
            if (token.text === ')')
                calls.pop();
            index++;
        }
    }
    return references;
}
function isLiteralName(name) {
    return ['true', 'false', 'null', 'nan', 'infinity'].includes(name.toLowerCase());
}
function innermostCall(calls) {
    for (let index = calls.length - 1; index >= 0; index--) {
        if (calls[index] !== null)
            return calls[index];
    }
    return null;
}
/** Reads the property path that starts with the name at `start`; returns it and the index of the token after it. */
function readPath(tokens, start) {
    const segments = [tokens[start].text.toLowerCase()];
    let index = start + 1;
    for (;;) {
        const token = tokens[index];
        const next = tokens[index + 1];
        if (token?.text === '.' && next && (next.kind === 'name' || next.text === '*')) {
            segments.push(next.text.toLowerCase());
            index += 2;
        }
        else if (token?.text === '[' && next && tokens[index + 2]?.text === ']' && next.kind !== 'punctuation') {
            segments.push(next.kind === 'string' ? next.text.toLowerCase() : '*');
            index += 3;
        }
        else if (token?.text === '[' && next?.text === '*' && tokens[index + 2]?.text === ']') {
            segments.push('*');
            index += 3;
        }
        else {
            return [segments.join('.'), index];
        }
    }
}

;// CONCATENATED MODULE: ./src/validate/workflow/untrusted-contexts.ts
/**
 * Context properties whose text an outside contributor chooses: anyone who
 * can open an issue or pull request, comment, push a branch to a fork, or
 * write a commit message. `*` matches one path segment (an array index or an object key).
 *
 * Sources: GitHub's "Security hardening for GitHub Actions" guide (its list
 * of untrusted input) and the webhook payload reference for each event.
 * Numbers, SHAs, ids and repository names are left out: their format is
 * fixed, so they cannot carry shell code.
 */
const UNTRUSTED_PATTERNS = [
    // Issues, pull requests and discussions.
    'github.event.issue.title',
    'github.event.issue.body',
    'github.event.pull_request.title',
    'github.event.pull_request.body',
    'github.event.discussion.title',
    'github.event.discussion.body',
    // Comments and reviews.
    'github.event.comment.body',
    'github.event.review.body',
    'github.event.review_comment.body',
    // Branch names, labels and default branches of a fork.
    'github.head_ref',
    'github.event.pull_request.head.ref',
    'github.event.pull_request.head.label',
    'github.event.pull_request.head.repo.default_branch',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.pull_requests.*.head.ref',
    // A fork's description and homepage, which its owner writes freely.
    'github.event.pull_request.head.repo.description',
    'github.event.pull_request.head.repo.homepage',
    'github.event.workflow_run.head_repository.description',
    'github.event.workflow_run.head_repository.homepage',
    // Commit messages and author names and emails, which a pusher sets freely.
    'github.event.head_commit.message',
    'github.event.head_commit.author.name',
    'github.event.head_commit.author.email',
    'github.event.head_commit.committer.name',
    'github.event.head_commit.committer.email',
    'github.event.commits.*.message',
    'github.event.commits.*.author.name',
    'github.event.commits.*.author.email',
    'github.event.commits.*.committer.name',
    'github.event.commits.*.committer.email',
    'github.event.workflow_run.head_commit.message',
    'github.event.workflow_run.head_commit.author.name',
    'github.event.workflow_run.head_commit.author.email',
    'github.event.workflow_run.head_commit.committer.name',
    'github.event.workflow_run.head_commit.committer.email',
    'github.event.workflow_run.display_title',
    // Wiki page names of the gollum event.
    'github.event.pages.*.page_name',
    'github.event.pages.*.title',
    // Free-form payloads: repository_dispatch and workflow_dispatch inputs.
    'github.event.client_payload',
    'github.event.inputs',
].map((pattern) => pattern.split('.'));
/**
 * Tells whether reading `path` can yield outside-controlled text: the path is an
 * untrusted property, lies inside one, or contains one, as `toJSON(github.event)` does.
 */
function isUntrustedContext(path) {
    const segments = path.split('.');
    return UNTRUSTED_PATTERNS.some((pattern) => {
        const shared = Math.min(pattern.length, segments.length);
        for (let index = 0; index < shared; index++) {
            const segment = segments[index];
            const expected = pattern[index];
            if (segment !== expected && segment !== '*' && expected !== '*')
                return false;
        }
        return true;
    });
}

;// CONCATENATED MODULE: ./src/validate/workflow/yaml-nodes.ts
/**
 * Reads a workflow's YAML tree while keeping each node's source range, so a
 * rule can point at the exact key or value it is about.
 */

/** Parses a workflow or action file; returns null when the YAML has errors, which the syntax validator reports. */
function parseWorkflowYaml(text) {
    const document = (0,yaml_dist.parseDocument)(text, { prettyErrors: false, uniqueKeys: true });
    return document.errors.length > 0 ? null : document;
}
/** `node` with an alias replaced by the node its anchor marks. */
function resolved(document, node) {
    if ((0,yaml_dist.isAlias)(node))
        return node.resolve(document) ?? undefined;
    return (node ?? undefined);
}
/** Returns the pair of `map` whose key is the string `key`, or undefined. */
function pairOf(map, key) {
    if (!(0,yaml_dist.isMap)(map))
        return undefined;
    return map.items.find((pair) => (0,yaml_dist.isScalar)(pair.key) && String(pair.key.value) === key);
}
/** Returns the value of `key` in `map`, with aliases resolved in both. */
function yaml_nodes_valueOf(document, map, key) {
    return resolved(document, pairOf(resolved(document, map), key)?.value);
}
/** Returns the string form of a scalar node (numbers and booleans too), or undefined for a collection or missing node. */
function scalarText(node) {
    if (!(0,yaml_dist.isScalar)(node) || node.value === null || node.value === undefined)
        return undefined;
    return String(node.value);
}
/** Returns the items of a sequence node with aliases resolved, or nothing for any other node. */
function sequenceItems(document, node) {
    if (!(0,yaml_dist.isSeq)(node))
        return [];
    return node.items.map((item) => resolved(document, item)).filter((item) => item !== undefined);
}
/** Returns the start and end offsets of a node's text, without a trailing comment. */
function nodeSpan(node) {
    const [start, valueEnd] = node.range ?? [0, 0];
    return [start, valueEnd];
}
/** Lists the jobs of a workflow in file order, skipping jobs that are not mappings. */
function jobsOf(document) {
    const jobs = yaml_nodes_valueOf(document, document.contents, 'jobs');
    if (!(0,yaml_dist.isMap)(jobs))
        return [];
    const result = [];
    for (const pair of jobs.items) {
        const job = resolved(document, pair.value);
        if ((0,yaml_dist.isScalar)(pair.key) && (0,yaml_dist.isMap)(job))
            result.push({ id: String(pair.key.value), key: pair.key, job });
    }
    return result;
}
/** Lists the step mappings of a job, or of a composite action's `runs`. */
function stepsOf(document, owner) {
    return sequenceItems(document, yaml_nodes_valueOf(document, owner, 'steps')).filter((step) => (0,yaml_dist.isMap)(step));
}
/** Lists every step of a workflow's jobs, or of a composite action, in file order. */
function allSteps(document, kind) {
    if (kind === 'action')
        return stepsOf(document, yaml_nodes_valueOf(document, document.contents, 'runs'));
    return jobsOf(document).flatMap(({ job }) => stepsOf(document, job));
}

;// CONCATENATED MODULE: ./src/validate/workflow/workflow-context.ts



const DEFAULT_WORKFLOW_OPTIONS = {
    trustedActionOwners: ['actions', 'github'],
    knownRunnerLabels: [],
};
/** Builds a finding of `ruleId` for the text between the offsets `start` and `end`, at the rule's default level. */
function findingAt(context, ruleId, [start, end], message, properties) {
    const rule = WORKFLOW_RULES.find((candidate) => candidate.id === ruleId);
    const finding = {
        ruleId,
        level: rule.defaultLevel,
        path: context.source.path,
        range: context.lines.range(start, end),
        message,
        tool: WORKFLOW_TOOL,
    };
    if (rule.helpUri)
        finding.helpUri = rule.helpUri;
    if (properties)
        finding.properties = properties;
    return finding;
}
/** Builds a finding of `ruleId` for a node's text, without the line break and indentation that end a block collection's range. */
function findingAtNode(context, ruleId, node, message, properties) {
    const [start, end] = nodeSpan(node);
    let trimmedEnd = end;
    while (trimmedEnd > start && /\s/.test(context.source.text[trimmedEnd - 1]))
        trimmedEnd--;
    return findingAt(context, ruleId, [start, trimmedEnd], message, properties);
}

;// CONCATENATED MODULE: ./src/validate/workflow/expression-injection.ts
/**
 * `workflow/expression-injection`: untrusted `${{ }}` expressions expanded
 * into a `run:` script or the `script:` of actions/github-script.
 *
 * An expression is untrusted when it reads an outside-controlled context
 * property (see untrusted-contexts.ts) or a string input: `inputs.<name>`
 * or `github.event.inputs.<name>`. Inputs declared with type `boolean`,
 * `number`, `choice` or `environment` under `workflow_call` or
 * `workflow_dispatch` are trusted, because GitHub checks their values
 * against the type. A composite action's inputs have no type, so all of them
 * count. A reference whose innermost enclosing call is `contains`,
 * `startsWith` or `endsWith` is trusted, because those return a boolean.
 *
 * NOTE: values that pass through `env`, step outputs or job outputs are not
 * followed, so `${{ steps.x.outputs.title }}` is never reported even when it
 * contains an issue title.
 */






const BOOLEAN_FUNCTIONS = new Set(['contains', 'startswith', 'endswith']);
const TYPED_INPUT_TYPES = new Set(['boolean', 'number', 'choice', 'environment']);
function expressionInjectionFindings(context) {
    const { document } = context;
    const typedInputs = typedInputNames(context);
    const findings = [];
    for (const step of allSteps(document, context.kind)) {
        const run = yaml_nodes_valueOf(document, step, 'run');
        if (run)
            findings.push(...scriptFindings(context, run, 'run script', typedInputs));
        const script = githubScriptOf(document, step);
        if (script)
            findings.push(...scriptFindings(context, script, 'github-script script', typedInputs));
    }
    return findings;
}
/** Returns the `with.script` node of an actions/github-script step. */
function githubScriptOf(document, step) {
    const uses = scalarText(yaml_nodes_valueOf(document, step, 'uses'));
    if (!uses?.toLowerCase().startsWith('actions/github-script@'))
        return undefined;
    return yaml_nodes_valueOf(document, yaml_nodes_valueOf(document, step, 'with'), 'script');
}
function scriptFindings(context, node, place, typedInputs) {
    const [start, end] = nodeSpan(node);
    const findings = [];
    for (const expression of findExpressions(context.source.text, start, end)) {
        const untrusted = contextReferences(expression.body).filter((reference) => isUntrustedReference(reference, typedInputs));
        if (untrusted.length === 0)
            continue;
        const names = [...new Set(untrusted.map((reference) => reference.path))].join(', ');
        const runsAs = place === 'run script' ? 'shell code' : 'JavaScript';
        findings.push(findingAt(context, WORKFLOW_RULE_IDS.expressionInjection, [expression.start, expression.end], `${names} is expanded into the ${place}, so text that an outside contributor controls can run as ${runsAs}. ` +
            'Pass it through an `env:` variable and read the variable in the script instead.', { contexts: names }));
    }
    return findings;
}
function isUntrustedReference(reference, typedInputs) {
    if (reference.enclosingFunction !== null && BOOLEAN_FUNCTIONS.has(reference.enclosingFunction))
        return false;
    const segments = reference.path.split('.');
    if (segments[0] === 'inputs')
        return segments.length === 1 || !typedInputs.has(segments[1]);
    const isEventInput = segments.length > 3 && segments[0] === 'github' && segments[1] === 'event' && segments[2] === 'inputs';
    if (isEventInput)
        return !typedInputs.has(segments[3]);
    return isUntrustedContext(reference.path);
}
/**
 * Names (lower case) of the inputs whose every declaration, under
 * `workflow_call` and `workflow_dispatch`, has a type that GitHub checks.
 */
function typedInputNames(context) {
    const { document } = context;
    if (context.kind !== 'workflow')
        return new Set();
    const on = yaml_nodes_valueOf(document, document.contents, 'on');
    const typed = new Set();
    const untyped = new Set();
    for (const trigger of ['workflow_call', 'workflow_dispatch']) {
        const inputs = yaml_nodes_valueOf(document, yaml_nodes_valueOf(document, on, trigger), 'inputs');
        if (!(0,yaml_dist.isMap)(inputs))
            continue;
        for (const pair of inputs.items) {
            const name = scalarText(pair.key)?.toLowerCase();
            if (name === undefined)
                continue;
            const type = scalarText(yaml_nodes_valueOf(document, pair.value, 'type'))?.toLowerCase();
            (type !== undefined && TYPED_INPUT_TYPES.has(type) ? typed : untyped).add(name);
        }
    }
    for (const name of untyped)
        typed.delete(name);
    return typed;
}

;// CONCATENATED MODULE: ./src/validate/workflow/triggers.ts
/** The events that trigger a workflow, from its `on:` key in any of its three forms. */


/** Event names of `on:` (a string, a list, or a mapping of event to settings), in lower case. */
function triggersOf(document) {
    const on = yaml_nodes_valueOf(document, document.contents, 'on');
    const names = [];
    if ((0,yaml_dist.isScalar)(on))
        names.push(scalarText(on));
    if ((0,yaml_dist.isSeq)(on))
        names.push(...on.items.map((item) => scalarText(resolved(document, item))));
    if ((0,yaml_dist.isMap)(on))
        names.push(...on.items.map((pair) => scalarText(pair.key)));
    return new Set(names.filter((name) => name !== undefined).map((name) => name.toLowerCase()));
}

;// CONCATENATED MODULE: ./src/validate/workflow/permissions.ts




const WRITE_ALL_VALUES = new Set(['write-all', 'write']);
function permissionsFindings(context) {
    const { document } = context;
    if (context.kind !== 'workflow')
        return [];
    const findings = [];
    const topLevel = pairOf(document.contents, 'permissions');
    const triggers = triggersOf(document);
    const inheritsPermissions = triggers.size === 1 && triggers.has('workflow_call');
    if (topLevel)
        findings.push(...writeAllFindings(context, topLevel.value, 'The workflow'));
    for (const { id, key, job } of jobsOf(document)) {
        const jobLevel = pairOf(job, 'permissions');
        if (jobLevel) {
            findings.push(...writeAllFindings(context, jobLevel.value, `Job '${id}'`));
        }
        else if (!topLevel && !inheritsPermissions) {
            findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.permissions, key, `Job '${id}' runs with the repository's default GITHUB_TOKEN permissions, which can include write access, because ` +
                'neither the workflow nor the job sets `permissions`. Add `permissions:` with the scopes it needs, such as `contents: read`.', { job: id }));
        }
    }
    return findings;
}
function writeAllFindings(context, value, owner) {
    const node = resolved(context.document, value);
    const text = scalarText(node)?.toLowerCase();
    if (node === undefined || text === undefined || !WRITE_ALL_VALUES.has(text))
        return [];
    return [
        findingAtNode(context, WORKFLOW_RULE_IDS.permissions, node, `${owner} grants the GITHUB_TOKEN write access to every scope (\`permissions: ${scalarText(node)}\`). ` +
            'List only the scopes it needs, such as `contents: read` and `pull-requests: write`.'),
    ];
}

;// CONCATENATED MODULE: ./src/validate/workflow/runner-label-mix.ts
/**
 * `workflow/runner-label-mix`: a `runs-on` list that mixes `self-hosted` with
 * a label that a plain self-hosted runner does not have.
 *
 * Runners of an Actions Runner Controller scale set are selected only by the
 * scale set's name, given alone (`runs-on: arc-runner-set`); GitHub's ARC
 * documentation says that additional labels cannot target them. So a list
 * with `self-hosted` and any label other than the default labels of a
 * self-hosted runner (`linux`, `windows`, `macos`, `x64`, `arm`, `arm64`) is
 * reported: it is either a scale set name that never matches, or a custom
 * label of a classic runner, which the `knownRunnerLabels` option accepts.
 * Both the list form and the `labels:` of the `group:` form are read. Labels
 * written as expressions are skipped, because their value is known only at
 * run time.
 */




/** The labels that GitHub gives every self-hosted runner: `self-hosted`, its operating system and its architecture. */
const DEFAULT_SELF_HOSTED_LABELS = ['self-hosted', 'linux', 'windows', 'macos', 'x64', 'arm', 'arm64'];
function runnerLabelMixFindings(context) {
    const { document } = context;
    if (context.kind !== 'workflow')
        return [];
    const accepted = new Set([...DEFAULT_SELF_HOSTED_LABELS, ...context.options.knownRunnerLabels.map((label) => label.toLowerCase())]);
    const findings = [];
    for (const { id, job } of jobsOf(document)) {
        const list = labelList(document, yaml_nodes_valueOf(document, job, 'runs-on'));
        if (!list)
            continue;
        const labels = sequenceItems(document, list)
            .map((item) => scalarText(item))
            .filter((label) => label !== undefined && !label.includes('${{'));
        if (!labels.some((label) => label.toLowerCase() === 'self-hosted'))
            continue;
        const others = labels.filter((label) => !accepted.has(label.toLowerCase()));
        if (others.length === 0)
            continue;
        const named = others.map((label) => `'${label}'`).join(', ');
        findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.runnerLabelMix, list, `Job '${id}' asks for 'self-hosted' together with ${named}. A runner scale set answers only to its name alone ` +
            `(runs-on: ${others[0]}), so this job would wait for a runner that never comes; if ${named} are custom labels of ` +
            'classic self-hosted runners, add them to the known runner labels.', { job: id, labels: others.join(',') }));
    }
    return findings;
}
/** Returns the sequence node of `runs-on`: the value itself, or the `labels:` of the group form. */
function labelList(document, runsOn) {
    if ((0,yaml_dist.isMap)(runsOn))
        return yaml_nodes_valueOf(document, runsOn, 'labels');
    return runsOn;
}

;// CONCATENATED MODULE: ./src/validate/workflow/unpinned-action.ts



const COMMIT_SHA = /^[0-9a-f]{40}$/i;
const IMAGE_DIGEST = /@sha256:[0-9a-f]{64}$/i;
function unpinnedActionFindings(context) {
    const { document } = context;
    const usesNodes = [];
    if (context.kind === 'workflow') {
        for (const { job } of jobsOf(document)) {
            const reusable = yaml_nodes_valueOf(document, job, 'uses');
            if (reusable)
                usesNodes.push(reusable);
        }
    }
    for (const step of allSteps(document, context.kind)) {
        const uses = yaml_nodes_valueOf(document, step, 'uses');
        if (uses)
            usesNodes.push(uses);
    }
    usesNodes.sort((left, right) => (left.range?.[0] ?? 0) - (right.range?.[0] ?? 0));
    const trustedOwners = new Set(context.options.trustedActionOwners.map((owner) => owner.toLowerCase()));
    const findings = [];
    for (const node of usesNodes) {
        const uses = scalarText(node)?.trim();
        if (uses === undefined)
            continue;
        const problem = pinProblem(uses, trustedOwners);
        if (problem !== null)
            findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.unpinnedAction, node, problem, { uses }));
    }
    return findings;
}
/** Explains why `uses` is not pinned, as the finding's message; returns null when it is pinned or trusted. */
function pinProblem(uses, trustedOwners) {
    if (uses.startsWith('./') || uses.startsWith('../') || uses.includes('${{'))
        return null;
    if (uses.toLowerCase().startsWith('docker://')) {
        if (IMAGE_DIGEST.test(uses))
            return null;
        return `Docker image '${uses}' is not pinned to a digest. Append '@sha256:<digest>' so that the same image runs every time.`;
    }
    const at = uses.lastIndexOf('@');
    const owner = uses.split('/')[0].toLowerCase();
    if (trustedOwners.has(owner))
        return null;
    if (at < 0)
        return `'${uses}' has no ref. Pin it to a full commit SHA: '${uses}@<40-character SHA>'.`;
    const ref = uses.slice(at + 1);
    if (COMMIT_SHA.test(ref))
        return null;
    return (`'${uses.slice(0, at)}' is used at '${ref}', which its owner can move to other code. ` +
        'Pin it to the full 40-character commit SHA of that version, with the version in a comment.');
}

;// CONCATENATED MODULE: ./src/validate/workflow/untrusted-checkout.ts





const PRIVILEGED_TRIGGERS = ['pull_request_target', 'workflow_run'];
/** Context paths, as prefixes, that name the pull request's head commit, branch or fork. */
const PULL_REQUEST_HEAD_PREFIXES = [
    'github.event.pull_request.head',
    'github.head_ref',
    'github.event.workflow_run.head_branch',
    'github.event.workflow_run.head_sha',
    'github.event.workflow_run.head_commit',
    'github.event.workflow_run.head_repository',
    'github.event.workflow_run.pull_requests',
];
/** A shell command on one line that fetches or checks out a pull request's head. */
const SCRIPT_CHECKOUT = /\bgh\s+pr\s+checkout\b[^\n]*|\bgit\s+(?:fetch|checkout|switch)\b[^\n]*?(?:refs\/pull\/|\bpull\/(?:\$\{\{[^}]*\}\}|[^\s/]+)\/(?:head|merge)\b|\$\{\{\s*github\.(?:head_ref|event\.pull_request\.head\.|event\.workflow_run\.head_))[^\n]*/gi;
function untrustedCheckoutFindings(context) {
    const { document } = context;
    if (context.kind !== 'workflow')
        return [];
    const triggers = triggersOf(document);
    const trigger = PRIVILEGED_TRIGGERS.find((name) => triggers.has(name));
    if (trigger === undefined)
        return [];
    const findings = [];
    for (const { id, job } of jobsOf(document)) {
        const message = `Job '${id}' checks out the pull request's code in a ${trigger} workflow, which runs with the base repository's ` +
            'secrets and a token that can write. Build the pull request in a pull_request workflow instead.';
        for (const step of stepsOf(document, job)) {
            const checkedOut = pullRequestCheckoutInput(context, document, step);
            if (checkedOut)
                findings.push(findingAtNode(context, WORKFLOW_RULE_IDS.untrustedCheckout, checkedOut, message, { trigger, job: id }));
            for (const span of scriptCheckouts(context, yaml_nodes_valueOf(document, step, 'run'))) {
                findings.push(findingAt(context, WORKFLOW_RULE_IDS.untrustedCheckout, span, message, { trigger, job: id }));
            }
        }
    }
    return findings;
}
/** Returns the `ref:` or `repository:` node of an actions/checkout step that points at the pull request's head, or undefined. */
function pullRequestCheckoutInput(context, document, step) {
    const uses = scalarText(yaml_nodes_valueOf(document, step, 'uses'))?.toLowerCase();
    if (!uses?.startsWith('actions/checkout@'))
        return undefined;
    const inputs = yaml_nodes_valueOf(document, step, 'with');
    for (const name of ['ref', 'repository']) {
        const node = yaml_nodes_valueOf(document, inputs, name);
        if (node && readsPullRequestHead(context.source.text, node))
            return node;
    }
    return undefined;
}
/** Returns the offsets of each command in a `run:` script that fetches or checks out the pull request's head. */
function scriptCheckouts(context, run) {
    if (!run)
        return [];
    const [start, end] = nodeSpan(run);
    const script = context.source.text.slice(start, end);
    return [...script.matchAll(SCRIPT_CHECKOUT)].map((match) => {
        const commandStart = start + match.index;
        return [commandStart, commandStart + match[0].trimEnd().length];
    });
}
function readsPullRequestHead(text, node) {
    if (/\brefs\/pull\//i.test(scalarText(node) ?? ''))
        return true;
    const [start, end] = nodeSpan(node);
    return findExpressions(text, start, end).some((expression) => contextReferences(expression.body).some(({ path }) => PULL_REQUEST_HEAD_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}.`))));
}

;// CONCATENATED MODULE: ./src/validate/workflow/workflow-findings.ts












const RULES = [
    expressionInjectionFindings,
    untrustedCheckoutFindings,
    permissionsFindings,
    unpinnedActionFindings,
    runnerLabelMixFindings,
];
/**
 * Returns the findings of every workflow rule for one file, sorted by
 * position. A file that `isWorkflowFile` rejects, or whose YAML does not
 * parse (the syntax validator reports that), returns no findings.
 */
function workflowFindings(source, options = {}) {
    const kind = workflowFileKind(source.path);
    if (kind === null)
        return [];
    const document = parseWorkflowYaml(source.text);
    if (document === null)
        return [];
    const context = {
        source,
        kind,
        document,
        lines: new LineIndex(source.text),
        options: { ...DEFAULT_WORKFLOW_OPTIONS, ...options },
    };
    return withoutRepeats(RULES.flatMap((rule) => rule(context))).sort((left, right) => left.range.startLine - right.range.startLine || left.range.startColumn - right.range.startColumn);
}
/**
 * Drops a finding equal to an earlier one in rule, range and message. A YAML
 * alias (`- *step`) repeats its anchored node, so the rules visit the same
 * text twice, but it is one place to fix.
 */
function withoutRepeats(findings) {
    const seen = new Set();
    return findings.filter((finding) => {
        const { startLine, startColumn, endLine, endColumn } = finding.range;
        const key = JSON.stringify([finding.ruleId, startLine, startColumn, endLine, endColumn, finding.message]);
        if (seen.has(key))
            return false;
        seen.add(key);
        return true;
    });
}

;// CONCATENATED MODULE: ./src/validate/stage/validators.ts
/**
 * The validators the stage runs, behind one small interface each, so the
 * orchestration does not depend on how a validator is built.
 */




















/** Runs the per-file validators that the settings switch on over one file. */
function checkFile(input) {
    const { source, settings } = input;
    const enabled = new Set(settings.validators);
    const findings = {};
    const add = (name, found) => {
        findings[name] = [...(findings[name] ?? []), ...found];
    };
    const language = scriptLanguageOf(source.path);
    const script = language === null ? null : parsedOrNull(source);
    // typescript-estree (8.74, ast-converter.js) throws on the first parse
    // diagnostic of TypeScript's parser, so a TypeScript file that it parsed
    // has none, and the syntax validator's second parse is skipped. JavaScript
    // files still go through it, because it also reports TypeScript-only syntax there.
    const parsedTypeScript = script !== null && (language === 'ts' || language === 'tsx');
    if (enabled.has('syntax') && !parsedTypeScript)
        add('syntax', syntaxFindings(source));
    if (enabled.has('security')) {
        if (isWorkflowFile(source.path))
            add('security', workflowFindings(source, settings.workflow));
        if (!secretsExcluded(settings)(source.path))
            add('security', secretFindings(source));
    }
    if (script) {
        if (enabled.has('security'))
            add('security', securityFindings(script));
        if (enabled.has('complexity'))
            add('complexity', complexityOf(script, input.base, settings));
        if (enabled.has('standards'))
            add('standards', standardsFindings(script, settings.standards));
    }
    else if (enabled.has('standards')) {
        const length = fileLengthFinding(source, settings.standards);
        if (length)
            add('standards', [length]);
    }
    return { findings, comments: script ? scriptComments(script) : null };
}
/**
 * Measures the head and, when the file existed at the merge base, the base
 * version, so that findings show both values and a rise is reported even
 * when the function's header line did not change.
 */
function complexityOf(script, base, settings) {
    const head = measureComplexity(script);
    const baseScript = base ? parsedOrNull(base) : null;
    const baseUnits = baseScript ? measureComplexity(baseScript) : null;
    return complexityFindings(head, baseUnits, settings.complexity, script.source.path);
}
function parsedOrNull(source) {
    const outcome = parseScript(source);
    return outcome.ok ? outcome.script : null;
}
/** Runs the whole-project validators that the settings switch on, in a fixed order. */
async function checkProject(input) {
    const checks = [await runTypes(input), await runLinters(input), await readSarifFiles(input)];
    return checks.filter((check) => check !== null);
}
/** Lists every rule TestMaster itself reports, for SARIF's rule list. */
function allRules() {
    return [...SYNTAX_RULES, ...COMPLEXITY_RULES, ...SECURITY_RULES, ...WORKFLOW_RULES, ...STANDARDS_RULES, ...SUPPRESS_RULES];
}
/** Fingerprints the findings and keeps those the filter mode reports. */
function applyScope(input) {
    const fingerprints = fingerprintFindings(input.findings, input.headText);
    const base = input.baseFindings ? { findings: input.baseFindings, fingerprints: fingerprintFindings(input.baseFindings, input.baseText) } : undefined;
    const result = filterFindings({
        findings: input.findings,
        changes: input.changes,
        mode: input.settings.filter,
        context: input.settings.context,
        fingerprints,
        ...(base ? { baseFindings: base } : {}),
    });
    const outsideFilter = Object.values(result.dropped).reduce((sum, count) => sum + count, 0);
    return { kept: result.kept.map((finding) => ({ ...finding, fingerprint: fingerprints.get(finding) ?? '' })), outsideFilter };
}
/** Applies the suppression comments of the given files, using the syntax trees of scripts where they parsed. */
function applySuppressionComments(findings, texts, comments) {
    const sources = new Map();
    for (const [path, text] of texts)
        sources.set(path, { path, text });
    const result = applySuppressions(findings, sources, comments);
    return { kept: result.kept, suppressed: result.suppressed.length, extra: result.findings };
}
const secretMatchers = new WeakMap();
/** Returns the matcher of the files the secret rule skips, compiled once per settings object. */
function secretsExcluded(settings) {
    let matcher = secretMatchers.get(settings);
    if (!matcher) {
        matcher = settings.secrets.exclude.length === 0 ? () => false : picomatch_default()(settings.secrets.exclude, { dot: true });
        secretMatchers.set(settings, matcher);
    }
    return matcher;
}
/** Home page written as the tool's `informationUri` in SARIF. */
const TESTMASTER_URI = 'https://github.com/testmaster/testmaster';
/**
 * Writes the reported findings as SARIF, one run per tool, cut to GitHub's
 * upload limits. Returns the log and one warning when findings were left out.
 */
function sarifDocument(findings, rules) {
    const fingerprints = new Map(findings.map((finding) => [finding, finding.fingerprint]));
    const output = writeSarif(findings, rules, { name: 'TestMaster', version: version/* TOOL_VERSION */.w, informationUri: TESTMASTER_URI }, {
        fingerprintOf: (finding) => fingerprints.get(finding) || undefined,
        category: 'testmaster',
    });
    const dropped = output.dropped.results;
    return {
        log: output.log,
        warning: dropped === 0 ? null : `The SARIF file leaves out the ${(0,count_text/* formatCount */.B4)(dropped)} least severe findings to stay within GitHub's upload limits.`,
    };
}

;// CONCATENATED MODULE: ./src/validate/stage/file-runs.ts

/** Reason shown in the notes for a file skipped because of its nesting. */
const TOO_DEEP_TEXT = 'nested too deeply to analyse';
/**
 * Runs the per-file validators, or returns null when the file's code is
 * nested so deeply (thousands of brackets) that a parser or tree walk ran
 * out of stack: one such file must not end the whole run.
 */
function checkFileOrNull(input) {
    try {
        return checkFile(input);
    }
    catch (error) {
        if (error instanceof RangeError && /call stack/i.test(error.message))
            return null;
        throw error;
    }
}
function runFileValidators(texts, base, settings) {
    const runs = { findings: [], counts: new Map(), comments: new Map(), tooDeep: [] };
    for (const [path, text] of texts) {
        const check = checkFileOrNull({ source: { path, text }, base: base.get(path) ?? null, settings });
        if (!check) {
            runs.tooDeep.push(path);
            continue;
        }
        if (check.comments)
            runs.comments.set(path, check.comments);
        for (const [name, findings] of Object.entries(check.findings)) {
            // A loop, not push(...findings): one file can give more findings than a call takes arguments.
            for (const finding of findings)
                runs.findings.push(finding);
            runs.counts.set(name, (runs.counts.get(name) ?? 0) + findings.length);
        }
    }
    return runs;
}
/** Runs the per-file validators on the merge-base texts; the findings keep their base paths, which the `new` filter maps through renames. */
function baseFileFindings(base, settings) {
    const findings = [];
    for (const source of base.values()) {
        const check = checkFileOrNull({ source, base: null, settings });
        for (const list of Object.values(check?.findings ?? {}))
            for (const finding of list)
                findings.push(finding);
    }
    return findings;
}

// EXTERNAL MODULE: ./src/impact/change/untracked-files.ts + 1 modules
var untracked_files = __webpack_require__(50552);
;// CONCATENATED MODULE: ./src/validate/stage/line-changes.ts



async function readLineChanges(request) {
    const { root, baseSha, headSha } = request;
    const changes = await (0,git/* diffLines */.Pp)(root, baseSha, headSha);
    if (headSha !== null)
        return changes;
    const listed = new Set(changes.map((change) => change.path));
    for (const file of await (0,untracked_files/* listUntrackedFiles */.x)(root)) {
        if (listed.has(file.path))
            continue;
        changes.push(untrackedChange(root, file.path, file.binary));
    }
    return changes;
}
/** Describes an untracked file as an added file whose every line is new. */
function untrackedChange(root, path, binary) {
    const change = { path, status: 'added', oldMode: '000000', newMode: '100644', binary, addedLines: [], deletedRanges: [] };
    if (binary)
        return change;
    const text = readWorkingTreeTexts(root, [path]).texts.get(path);
    if (text === undefined)
        return change;
    const lineCount = text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    change.addedLines = Array.from({ length: lineCount }, (_, index) => index + 1);
    return change;
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/export-tree.ts
/**
 * Writes the files of one commit into a folder outside the working tree. The
 * repository's index, working tree and worktree list stay untouched, because
 * git reads the commit's tree into an index file of its own and checks that
 * index out into the folder. No hook runs: checkout-index has none, and read-tree
 * runs with an empty hooks path.
 */


/**
 * Checks out `sha` into `folder`, an empty folder that exists. `indexFile`
 * names a file that git may create; it must lie outside `folder`, so that
 * the checkout contains the commit's files only.
 */
async function exportTree(root, sha, folder, indexFile) {
    const environment = { GIT_INDEX_FILE: indexFile };
    // read-tree would run the repository's post-index-change hook for the private index.
    await checked(root, ['-c', `core.hooksPath=${NO_HOOKS}`, 'read-tree', '--end-of-options', sha], environment);
    // The trailing separator makes checkout-index write under the folder rather than beside it.
    await checked(root, [`--work-tree=${folder}`, 'checkout-index', '--all', '--force', `--prefix=${(0,external_node_path_.join)(folder, '/')}`], environment);
}
/** A hooks folder that holds no hook: the null device on every platform git runs on. */
const NO_HOOKS = process.platform === 'win32' ? 'NUL' : '/dev/null';
async function checked(root, args, environment) {
    const result = await (0,run_git/* runGitWithEnvironment */.hl)(root, args, environment);
    if (result.exitCode !== 0)
        throw new run_git/* GitCommandError */.iR(args, result.exitCode, result.stderr);
}

;// CONCATENATED MODULE: ./src/validate/stage/commit-checkout.ts
/**
 * A temporary checkout of one commit, for running the whole-project
 * validators (the type checker, the linters) on a commit that is not in the
 * working tree: the merge base for the `new` filter, or a head commit that
 * the working tree does not match.
 *
 * The checkout borrows the head's installed dependencies: every
 * `node_modules` folder of the working tree is linked into the same folder
 * of the checkout, where that folder exists. Installing the base's own
 * dependencies would take minutes and the network. So a pull request that
 * upgrades a dependency has its base checked against the new version.
 */





const DEPENDENCY_FOLDER = 'node_modules';
/**
 * Checks out `sha` into a temporary folder, calls `use` with its path, and
 * removes the folder afterwards, also when `use` throws. With `stable`, the
 * folder's path depends on the repository's path only, so that it is the same
 * in every run: TypeScript's build info names files relative to itself, and
 * a checkout at a new path each run would miss the incremental cache.
 */
async function withCommitCheckout(root, sha, use, stable = false) {
    const parent = stable ? stableFolder(root) : (0,external_node_fs_.mkdtempSync)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'testmaster-base-'));
    const remove = () => (0,external_node_fs_.rmSync)(parent, { recursive: true, force: true });
    const stopOnSignal = removeOnSignal(remove);
    try {
        const folder = (0,external_node_path_.join)(parent, 'tree');
        (0,external_node_fs_.mkdirSync)(folder);
        await exportTree(root, sha, folder, (0,external_node_path_.join)(parent, 'index'));
        linkDependencies(root, folder);
        return await use(folder);
    }
    finally {
        stopOnSignal();
        remove();
    }
}
/** Creates the empty folder of the stable checkout of `root`, removing what an interrupted run left there. */
function stableFolder(root) {
    const digest = (0,external_node_crypto_.createHash)('sha256').update(root).digest('hex').slice(0, 16);
    const folder = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `testmaster-head-${digest}`);
    (0,external_node_fs_.rmSync)(folder, { recursive: true, force: true });
    (0,external_node_fs_.mkdirSync)(folder);
    return folder;
}
const CANCEL_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Removes the checkout when the process is interrupted, where `finally`
 * blocks do not run, and then ends the process with the same signal, as it
 * would have ended without the handler. Returns the function that takes the
 * handlers off again.
 */
function removeOnSignal(remove) {
    const handler = (signal) => {
        stop();
        remove();
        process.kill(process.pid, signal);
    };
    const stop = () => {
        for (const signal of CANCEL_SIGNALS)
            process.off(signal, handler);
    };
    for (const signal of CANCEL_SIGNALS)
        process.once(signal, handler);
    return stop;
}
/** Links each `node_modules` folder of the working tree into the checkout, for the folders both have. */
function linkDependencies(root, checkout) {
    for (const folder of [checkout, ...subfolders(checkout)]) {
        const installed = (0,external_node_path_.join)(root, (0,external_node_path_.relative)(checkout, folder), DEPENDENCY_FOLDER);
        const target = (0,external_node_path_.join)(folder, DEPENDENCY_FOLDER);
        // statSync follows links, so a node_modules that is itself a link to a folder is linked too.
        if ((0,external_node_fs_.existsSync)(installed) && !(0,external_node_fs_.existsSync)(target) && (0,external_node_fs_.statSync)(installed).isDirectory())
            (0,external_node_fs_.symlinkSync)(installed, target, 'dir');
    }
}
/** Lists every folder below `folder` as absolute paths. A checkout writes tracked files only, so no `.git` folder occurs. */
function subfolders(folder) {
    const found = [];
    for (const entry of (0,external_node_fs_.readdirSync)(folder, { withFileTypes: true })) {
        if (!entry.isDirectory() || entry.name === DEPENDENCY_FOLDER)
            continue;
        const path = (0,external_node_path_.join)(folder, entry.name);
        found.push(path, ...subfolders(path));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/validate/stage/finding-sets.ts
/**
 * Steps over the combined findings of all validators that need no I/O:
 * dropping repeated syntax errors, and telling project-wide findings apart.
 */


/**
 * Drops a type checker's syntax error (codes 1000 to 1999) where the syntax
 * validator reported one at the same place, so one typo is one finding.
 */
function withoutRepeatedSyntaxErrors(findings) {
    const syntaxAt = new Set(findings.filter((finding) => finding.ruleId === 'syntax/typescript').map(placeOf));
    if (syntaxAt.size === 0)
        return findings;
    return findings.filter((finding) => !(/^types\/TS1\d{3}$/.test(finding.ruleId) && syntaxAt.has(placeOf(finding))));
}
function placeOf(finding) {
    return `${finding.path}\0${finding.range.startLine}\0${finding.range.startColumn}`;
}
/** Fingerprints a finding that has no lines of its own by its rule, file and message. */
function messageFingerprint(finding) {
    return (0,external_node_crypto_.createHash)('sha256').update(`${finding.ruleId}\0${finding.path}\0${finding.message}`).digest('hex');
}
/** Tells whether a finding concerns the whole project, such as a type check stopped by an invalid option; no filter drops it. */
function isProjectWide(finding) {
    return finding.properties?.[PROJECT_WIDE_PROPERTY] === 1;
}

;// CONCATENATED MODULE: ./src/validate/stage/base-project-findings.ts
/**
 * The whole-project validators run a second time, on the merge base, for the
 * `new` filter. A type error or a linter finding that was already there
 * before the change has a twin with the same fingerprint at the base, so the
 * filter drops it, wherever in the repository it lies.
 *
 * Only validators that reported something at the head run again: with no
 * head finding, the base has nothing to take away. SARIF files of other tools
 * describe the head alone, and a validator that fails on the base has no
 * base findings to compare with. Their findings are filtered as with the
 * `file` filter instead, with a note in the report.
 */





/** Validators that can run on a checkout of the merge base. */
const RERUNNABLE = new Set(['types', 'linters']);
async function projectFindingsAtBase(request) {
    const outcome = { findings: [], compared: new Set(), texts: new Map(), notes: [], warnings: [] };
    const rerun = request.headChecks.filter((check) => RERUNNABLE.has(check.name) && check.status === 'ran' && check.findings.some((finding) => !isProjectWide(finding)));
    noteUncompared(request.headChecks, outcome);
    if (rerun.length === 0)
        return outcome;
    const names = rerun.map((check) => check.name);
    request.log.info(`Validate: running ${names.join(' and ')} on the merge base ${request.baseSha.slice(0, 12)} for the new filter.`);
    try {
        await withCommitCheckout(request.root, request.baseSha, async (folder) => {
            for (const name of names)
                await runAtBase(name, { ...request, folder }, outcome);
            outcome.texts = readWorkingTreeTexts(folder, [...new Set(outcome.findings.map((finding) => finding.path))]).texts;
        });
    }
    catch (error) {
        // The checkout itself failed (a missing object in a partial clone, a full disk): no validator could compare.
        outcome.compared.clear();
        outcome.findings = [];
        outcome.warnings.push(`The merge base could not be checked out for the new filter (${error.message}), so findings of ${names.join(' and ')} are filtered as with the file filter.`);
    }
    if (outcome.compared.size > 0)
        outcome.notes.push(`The new filter compared ${[...outcome.compared].join(' and ')} with ${(0,count_text/* countOf */.pq)(outcome.findings.length, 'finding', 'findings')} on the merge base.`);
    return outcome;
}
async function runAtBase(name, request, outcome) {
    const input = { root: request.folder, settings: request.settings, typesCacheDir: null, importedSarif: [], reportedFiles: null, log: request.log };
    const check = name === 'types' ? await runTypes(input) : await runLinters(input);
    if (check === null || check.status === 'failed') {
        const reason = check ? `: ${check.detail.replace(/\.$/, '')}` : '';
        outcome.warnings.push(`The ${name} validator failed on the merge base${reason}. Its findings are filtered as with the file filter.`);
        return;
    }
    // A validator skipped at the base (no tsconfig there yet) had nothing to report, so every head finding of it is new.
    outcome.compared.add(name);
    for (const finding of check.findings)
        if (!isProjectWide(finding))
            outcome.findings.push(finding);
}
function noteUncompared(headChecks, outcome) {
    const sarif = headChecks.find((check) => check.name === 'sarif' && check.findings.length > 0);
    if (sarif)
        outcome.notes.push('SARIF files describe the head only, so the new filter keeps their findings in changed files, as the file filter does.');
}

;// CONCATENATED MODULE: ./src/validate/gate/rule-levels.ts
function applyRuleLevels(findings, rules) {
    const outcome = { findings: [], turnedOff: 0 };
    for (const finding of findings) {
        const setting = levelSettingOf(finding.ruleId, rules);
        if (setting === 'off') {
            outcome.turnedOff += 1;
            continue;
        }
        outcome.findings.push(setting === undefined || setting === finding.level ? finding : { ...finding, level: setting });
    }
    return outcome;
}
/** Finds the setting that applies to `ruleId`, or undefined when the config sets none. */
function levelSettingOf(ruleId, rules) {
    if (Object.hasOwn(rules, ruleId))
        return rules[ruleId];
    const segments = ruleId.split('/');
    for (let length = segments.length - 1; length >= 1; length -= 1) {
        const key = `${segments.slice(0, length).join('/')}/*`;
        if (Object.hasOwn(rules, key))
            return rules[key];
    }
    return Object.hasOwn(rules, '*') ? rules['*'] : undefined;
}

;// CONCATENATED MODULE: ./src/validate/stage/scope-findings.ts






function scopeFindings(request) {
    const { root, settings, changes } = request;
    const all = withoutRepeatedSyntaxErrors(request.findings);
    const headText = textLookup(root, request.headTexts);
    // Outside nofilter, a finding in a file the change did not touch is dropped by the filter, so its file is not read for suppression comments.
    const inScope = settings.filter === 'nofilter' ? () => true : pathSet(changes);
    const suppression = applySuppressionComments(all, textsOf(all.filter((finding) => inScope(finding.path)), headText, request.headTexts), request.comments);
    const groups = splitByBase([...suppression.kept, ...suppression.extra], request.project, request.baseProject);
    const compared = applyRuleLevels(groups.compared, settings.rules);
    const uncompared = applyRuleLevels(groups.uncompared, settings.rules);
    const projectWide = [...compared.findings, ...uncompared.findings].filter(isProjectWide);
    const withBase = applyScope({
        findings: compared.findings.filter((finding) => !isProjectWide(finding)),
        baseFindings: baseFindingsOf(request),
        changes: [...changes],
        settings,
        headText,
        baseText: baseTextLookup(request),
    });
    const asFile = applyScope({
        findings: uncompared.findings.filter((finding) => !isProjectWide(finding)),
        baseFindings: null,
        changes: [...changes],
        settings: { ...settings, filter: 'file' },
        headText,
        baseText: () => null,
    });
    const wide = projectWide.map((finding) => ({ ...finding, fingerprint: messageFingerprint(finding) }));
    return {
        findings: [...withBase.kept, ...asFile.kept, ...wide].sort(compareFindings),
        dropped: {
            outsideFilter: withBase.outsideFilter + asFile.outsideFilter,
            suppressed: suppression.suppressed,
            turnedOff: compared.turnedOff + uncompared.turnedOff,
        },
    };
}
/** Runs the per-file validators on the merge-base texts and adds the whole-project findings of the base, with rule levels applied; null outside `new`. */
function baseFindingsOf(request) {
    if (request.baseProject === null)
        return null;
    return applyRuleLevels([...baseFileFindings(request.base, request.settings), ...request.baseProject.findings], request.settings.rules).findings;
}
function baseTextLookup(request) {
    const byOldPath = new Map(request.baseProject?.texts ?? []);
    for (const source of request.base.values())
        byOldPath.set(source.path, source.text);
    return (path) => byOldPath.get(path) ?? null;
}
/**
 * Looks up the head text of a file, reading files that no per-file validator
 * read (a type error in an unchanged file) from the working tree on first use,
 * because the whole-project validators read the working tree.
 */
function textLookup(root, texts) {
    const missing = new Set();
    return (path) => {
        const known = texts.get(path);
        if (known !== undefined)
            return known;
        if (missing.has(path))
            return null;
        const read = readWorkingTreeTexts(root, [path]).texts.get(path);
        if (read === undefined) {
            missing.add(path);
            return null;
        }
        texts.set(path, read);
        return read;
    };
}
/**
 * Splits the findings for the `new` filter: those whose validator has
 * findings at the merge base to pair with (every per-file validator, and the
 * whole-project validators that ran there), and the rest. Outside `new`
 * every finding is in the first group.
 */
function splitByBase(findings, project, baseProject) {
    if (baseProject === null)
        return { compared: findings, uncompared: [] };
    const withoutBase = new Set();
    for (const check of project) {
        if (baseProject.compared.has(check.name))
            continue;
        for (const finding of check.findings)
            withoutBase.add(finding);
    }
    const compared = [];
    const uncompared = [];
    for (const finding of findings)
        (withoutBase.has(finding) ? uncompared : compared).push(finding);
    return { compared, uncompared };
}
function pathSet(changes) {
    const paths = new Set(changes.filter((change) => change.status !== 'deleted').map((change) => change.path));
    return (path) => paths.has(path);
}
/** Collects the texts whose suppression comments apply: every file read, plus the files of findings from whole-project validators. */
function textsOf(findings, lookup, read) {
    const texts = new Map(read);
    for (const finding of findings) {
        if (texts.has(finding.path))
            continue;
        const text = lookup(finding.path);
        if (text !== null)
            texts.set(finding.path, text);
    }
    return texts;
}

;// CONCATENATED MODULE: ./src/validate/stage/run-validate-stage.ts
/**
 * The validate stage: detect the change, read the files, run the validators,
 * apply suppression comments, rule levels and the scope filter, gate on the
 * fail level and render the report. Git, the disk and child processes are
 * reached here and in the validators' adapters; every other step takes and
 * returns plain data.
 */
















/** Validators that read one file at a time; the others read the whole project. */
const FILE_VALIDATORS = ['syntax', 'complexity', 'security', 'standards'];
const SKIP_TEXT = {
    symlink: 'symbolic links are not followed',
    binary: 'binary',
    'too-large': 'larger than 2 MiB',
    'not-utf8': 'not valid UTF-8',
    missing: 'not readable',
};
async function runValidateStage(request) {
    const { root, settings, log } = request;
    const scope = await (0,detect_change/* detectChange */.A)(root, request.change);
    for (const note of scope.notes)
        log.info(note);
    const notes = [...scope.notes];
    const warnings = [];
    const errors = [];
    const { changes, filter } = await readChanges(request, scope, warnings);
    const effective = { ...settings, filter };
    const paths = await filesToValidate(root, effective, changes);
    const head = await readHeadTexts(request, scope, paths);
    const base = await readBaseTexts(root, scope, changes, head.texts, filter);
    reportSkippedFiles(head, notes);
    log.info(`Validate: reading ${(0,count_text/* countOf */.pq)(head.texts.size, 'file', 'files')} with the ${filter} filter.`);
    const fileRuns = runFileValidators(head.texts, base, effective);
    if (fileRuns.tooDeep.length > 0)
        notes.push(`Skipped ${(0,count_text/* countOf */.pq)(fileRuns.tooDeep.length, 'file', 'files')} (${TOO_DEEP_TEXT}): ${listOf(fileRuns.tooDeep)}.`);
    const filesChecked = head.texts.size;
    const { project, baseProject } = await runWholeProject(request, scope, effective, changes, { notes, warnings, errors }, head.texts);
    const scoped = scopeFindings({
        root,
        settings: effective,
        changes,
        headTexts: head.texts,
        base,
        comments: fileRuns.comments,
        findings: [...fileRuns.findings, ...project.flatMap((check) => check.findings)],
        project,
        baseProject,
    });
    const findings = scoped.findings;
    const result = {
        filter,
        context: effective.context,
        failLevel: effective.failLevel,
        baseSha: scope.baseSha,
        headSha: scope.headSha,
        filesChecked,
        findings,
        failing: failingFindings(findings, effective.failLevel).length,
        dropped: scoped.dropped,
        validators: validatorRuns(effective, fileRuns.counts, project),
        notes,
        warnings,
        errors,
        sarifFile: null,
    };
    if (request.sarifOutput)
        attachSarif(result, request.sarifOutput);
    return { report: validateStageReport(result), result };
}
/**
 * Runs the whole-project validators on the head and, under `new`, on the
 * merge base. Every filter but nofilter reports findings in changed files
 * only, so with no changed file they have nothing to report and do not run.
 */
async function runWholeProject(request, scope, settings, changes, messages, headTexts) {
    const { filter } = settings;
    const project = filter !== 'nofilter' && changes.length === 0 ? [] : await runProjectValidatorsOnHead(request, scope, settings, reportedFiles(filter, changes), messages.notes, headTexts);
    for (const check of project) {
        messages.warnings.push(...check.warnings);
        if (check.status === 'failed')
            messages.errors.push(check.detail);
    }
    if (filter !== 'new' || scope.baseSha === null)
        return { project, baseProject: null };
    const baseProject = await projectFindingsAtBase({ root: request.root, baseSha: scope.baseSha, settings, headChecks: project, log: request.log });
    messages.notes.push(...baseProject.notes);
    messages.warnings.push(...baseProject.warnings);
    return { project, baseProject };
}
/**
 * Runs the whole-project validators on the head commit. When the working
 * tree does not contain exactly that commit (the merge commit that a pull
 * request workflow checks out, uncommitted edits under `check`, another
 * branch under `--head`), they run on a temporary checkout of it, because
 * their line numbers must match the lines the scope filter compares. The
 * checkout keeps one path per repository, so the incremental type-check
 * cache still applies.
 */
async function runProjectValidatorsOnHead(request, scope, settings, reported, notes, headTexts) {
    const wantsHeadCheckout = headSourceOf(request, scope) === 'commit' && projectValidatorsRun(request.root, settings);
    if (!wantsHeadCheckout || (await (0,git/* workingTreeMatches */.ZM)(request.root, scope.headSha)))
        return runProjectValidators(request, settings, reported, notes);
    notes.push(`The working tree differs from the head commit ${scope.headSha.slice(0, 12)}, so the type checker and the linters ran on a temporary checkout of that commit.`);
    return withCommitCheckout(request.root, scope.headSha, async (folder) => {
        const checks = await runProjectValidators({ ...request, root: folder }, settings, reported, notes);
        // The texts of the files they report on, for suppression comments and fingerprints, come from the same commit.
        const paths = new Set(checks.flatMap((check) => check.findings.map((finding) => finding.path)).filter((path) => !headTexts.has(path)));
        for (const [path, text] of readWorkingTreeTexts(folder, [...paths]).texts)
            headTexts.set(path, text);
        return checks;
    }, true);
}
/**
 * Tells whether a whole-project validator that reads files will run: linters
 * that the settings name, or the type checker when the repository has a
 * compiler. Without one, a checkout of the head commit would be written for
 * nothing, and on a large repository that costs seconds.
 */
function projectValidatorsRun(root, settings) {
    if (settings.validators.includes('linters') && settings.linters.length > 0)
        return true;
    return settings.validators.includes('types') && locateCompiler(root, settings.types.compiler).ok;
}
/** Runs the validators that read the whole project, restoring and saving the type checker's cache around them. */
async function runProjectValidators(request, settings, reported, notes) {
    const cache = settings.validators.includes('types') && settings.types.incremental ? request.typesCache : null;
    const restored = await cache?.restore();
    if (restored)
        notes.push(restored);
    const checks = await checkProject({
        root: request.root,
        settings,
        typesCacheDir: cache?.folder ?? null,
        importedSarif: request.importedSarif,
        reportedFiles: reported,
        log: request.log,
    });
    const saved = await cache?.save();
    if (saved)
        notes.push(saved);
    return checks;
}
/**
 * Lists the files whose findings the filter can keep: the changed files for
 * `added`, `diff_context` and `file`, and null (any file) for `nofilter` and
 * `new`, where a change can raise a type error in a file it did not touch.
 */
function reportedFiles(filter, changes) {
    if (filter === 'nofilter' || filter === 'new')
        return null;
    return changes.filter((change) => change.status !== 'deleted').map((change) => change.path);
}
function headSourceOf(request, scope) {
    return scope.mode === 'local' ? request.headSource : 'commit';
}
/**
 * Reads the changed lines. Without a merge base there is no diff to filter
 * on, so the stage reports every finding (nofilter) with a warning, rather than
 * guessing which lines changed.
 */
async function readChanges(request, scope, warnings) {
    if (scope.baseSha === null) {
        const reason = scope.fullRunReason ?? 'no merge base was found';
        warnings.push(`The change could not be determined (${reason.replace(/\.$/, '')}), so findings in every file are reported.`);
        return { changes: [], filter: 'nofilter' };
    }
    const headSha = headSourceOf(request, scope) === 'commit' ? scope.headSha : null;
    const changes = await readLineChanges({ root: request.root, baseSha: scope.baseSha, headSha });
    return { changes, filter: request.settings.filter };
}
/** Lists the files the per-file validators read: changed files, or every tracked file for `nofilter`, within include and exclude. */
async function filesToValidate(root, settings, changes) {
    const candidates = settings.filter === 'nofilter' ? await (0,git/* listFiles */.CS)(root) : changes.filter((change) => change.status !== 'deleted').map((change) => change.path);
    const included = picomatch_default()(settings.include, { dot: true });
    const excluded = settings.exclude.length > 0 ? picomatch_default()(settings.exclude, { dot: true }) : () => false;
    return candidates.filter((path) => included(path) && !excluded(path));
}
async function readHeadTexts(request, scope, paths) {
    if (headSourceOf(request, scope) === 'working-tree')
        return readWorkingTreeTexts(request.root, paths);
    return readRevisionTexts(request.root, scope.headSha, paths);
}
/**
 * Reads the merge-base version of the changed files, keyed by their head path,
 * for complexity comparisons and the `new` filter. A renamed file is read at its old path.
 */
async function readBaseTexts(root, scope, changes, headTexts, filter) {
    const byHeadPath = new Map();
    if (scope.baseSha === null)
        return byHeadPath;
    const oldPaths = new Map();
    for (const change of changes) {
        if (!headTexts.has(change.path) || change.status === 'added')
            continue;
        oldPaths.set(change.path, change.oldPath ?? change.path);
    }
    if (filter === 'nofilter' && oldPaths.size === 0)
        return byHeadPath;
    const read = await readRevisionTexts(root, scope.baseSha, [...new Set(oldPaths.values())]);
    for (const [headPath, oldPath] of oldPaths) {
        const text = read.texts.get(oldPath);
        if (text !== undefined)
            byHeadPath.set(headPath, { path: oldPath, text });
    }
    return byHeadPath;
}
function reportSkippedFiles(head, notes) {
    const byReason = new Map();
    for (const [path, reason] of head.skipped)
        byReason.set(reason, [...(byReason.get(reason) ?? []), path]);
    for (const [reason, paths] of byReason) {
        notes.push(`Skipped ${(0,count_text/* countOf */.pq)(paths.length, 'file', 'files')} (${SKIP_TEXT[reason]}): ${listOf(paths)}.`);
    }
}
function listOf(paths) {
    return paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
}
function validatorRuns(settings, counts, project) {
    const runs = [];
    for (const name of FILE_VALIDATORS) {
        if (!settings.validators.includes(name))
            continue;
        runs.push({ name, status: 'ran', detail: 'changed files', findings: counts.get(name) ?? 0 });
    }
    for (const check of project)
        runs.push({ name: check.name, status: check.status, detail: check.detail, findings: check.findings.length });
    return runs;
}
/** Writes the reported findings as SARIF. A failed write keeps the findings: the report still lists them, and the stage ends with exit code 2. */
function attachSarif(result, path) {
    const document = sarifDocument(result.findings, allRules());
    try {
        (0,output_folder/* makeParentFolders */.e)(path);
        (0,external_node_fs_.writeFileSync)(path, `${JSON.stringify(document.log)}\n`);
    }
    catch (error) {
        result.errors.push(`Could not write the SARIF file ${path}: ${error.message}. Choose a writable path.`);
        return;
    }
    result.sarifFile = path;
    if (document.warning)
        result.warnings.push(document.warning);
}


/***/ })

};
