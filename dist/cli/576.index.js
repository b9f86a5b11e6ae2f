export const id = 576;
export const ids = [576];
export const modules = {

/***/ 576:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCommand: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: jsonResult

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(1012);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(9347);
// EXTERNAL MODULE: ./src/report/json-text.ts
var json_text = __webpack_require__(4216);
// EXTERNAL MODULE: ./src/report/document.ts
var report_document = __webpack_require__(8101);
// EXTERNAL MODULE: ./src/report/control-characters.ts
var control_characters = __webpack_require__(900);
;// CONCATENATED MODULE: ./src/report/terminal.ts
/**
 * Plain-text rendering of the results model for the CLI. Nothing is escaped
 * for Markdown, but every piece of text from the model has its control
 * characters replaced, so a file name cannot move the cursor, change colours
 * or reorder the line. Colour is an option the caller decides on; this module
 * never reads the environment.
 */


const STATUS_LABEL = {
    passed: 'PASS',
    failed: 'FAIL',
    skipped: 'SKIP',
    error: 'ERROR',
};
// SGR codes: 1 bold, 2 dim, 31 red, 32 green, 33 yellow, 35 magenta, 36 cyan.
const STATUS_COLOR = {
    passed: '32',
    failed: '31',
    skipped: '33',
    error: '35',
};
const INDENT = '  ';
function paint(text, code, style) {
    return style.color && text !== '' ? `\u001B[${code}m${text}\u001B[0m` : text;
}
function renderSpan(span, style) {
    const text = (0,control_characters/* sanitizeLine */.g$)(span.text);
    let rendered = text;
    if (span.style === 'code')
        rendered = paint(text, '36', style);
    if (span.style === 'bold')
        rendered = paint(text, '1', style);
    if (span.style === 'italic')
        rendered = paint(text, '3', style);
    if (span.href === undefined)
        return rendered;
    const href = (0,control_characters/* sanitizeLine */.g$)(span.href);
    return href === text ? rendered : `${rendered} (${href})`;
}
/** Renders inline content as one line of text; styles become colours only when enabled. */
function renderInlineText(inline, options = {}) {
    const style = { color: options.color === true };
    if (typeof inline === 'string')
        return (0,control_characters/* sanitizeLine */.g$)(inline);
    return inline.map((span) => renderSpan(span, style)).join('');
}
// Without colours, code points approximate the column width.
// NOTE: East Asian wide characters and emoji take two columns in most
// terminals, so tables that contain them are not aligned exactly.
function visibleWidth(text) {
    return [...text.replace(/\u001B\[[0-9;]*m/g, '')].length;
}
function pad(text, width, align) {
    const missing = Math.max(0, width - visibleWidth(text));
    if (align === 'right')
        return ' '.repeat(missing) + text;
    if (align === 'center') {
        const left = Math.floor(missing / 2);
        return ' '.repeat(left) + text + ' '.repeat(missing - left);
    }
    return text + ' '.repeat(missing);
}
function renderTable(block, options) {
    const columns = block.header.length;
    if (columns === 0)
        return [];
    const header = block.header.map((cell) => (0,control_characters/* sanitizeLine */.g$)(cell));
    const rows = block.rows.map((row) => Array.from({ length: columns }, (_, index) => {
        const cell = row[index];
        return cell === undefined ? '' : renderInlineText(cell, options);
    }));
    const widths = header.map((cell, index) => Math.max(visibleWidth(cell), ...rows.map((row) => visibleWidth(row[index] ?? ''))));
    const formatRow = (cells) => cells
        .map((cell, index) => pad(cell, widths[index] ?? 0, block.align?.[index]))
        .join('  ')
        .trimEnd();
    const rule = widths.map((width) => '-'.repeat(width)).join('  ');
    return [formatRow(header), rule, ...rows.map(formatRow)];
}
function renderBlockLines(block, options) {
    const style = { color: options.color === true };
    switch (block.kind) {
        case 'heading':
            return [paint(renderInlineText(block.text, options), '1', style)];
        case 'paragraph':
            return [renderInlineText(block.text, options)];
        case 'list':
            return block.items.map((item) => `- ${renderInlineText(item, options)}`);
        case 'table':
            return renderTable(block, options);
        case 'details':
            return [
                renderInlineText(block.summary, options),
                ...renderBlocksLines(block.blocks, options).map((line) => (line === '' ? '' : INDENT + line)),
            ];
        case 'code':
            // Tabs become spaces because a tab jumps to a tab stop the terminal chooses.
            return (0,control_characters/* sanitizeLines */.X$)(block.text)
                .replace(/\t/g, '    ')
                .replace(/\n$/, '')
                .split('\n')
                .map((line) => INDENT + INDENT + line);
        case 'mermaid':
            return renderBlockLines({ kind: 'code', text: block.source }, options);
    }
}
function renderBlocksLines(blocks, options) {
    const lines = [];
    for (const block of blocks) {
        const blockLines = renderBlockLines(block, options);
        if (blockLines.length === 0)
            continue;
        if (lines.length > 0)
            lines.push('');
        lines.push(...blockLines);
    }
    return lines;
}
function statusLabel(status, style) {
    return paint(`[${STATUS_LABEL[status]}]`, STATUS_COLOR[status], style);
}
/** Renders one stage: a status line with its title and headline, then its blocks indented. */
function renderStageText(stage, options = {}) {
    const style = { color: options.color === true };
    const headline = (0,control_characters/* sanitizeLine */.g$)(stage.headline);
    const title = paint((0,control_characters/* sanitizeLine */.g$)(stage.title), '1', style);
    const lines = [`${statusLabel(stage.status, style)} ${title}${headline === '' ? '' : `: ${headline}`}`];
    for (const line of renderBlocksLines(stage.blocks, options))
        lines.push(line === '' ? '' : INDENT + line);
    return lines.join('\n');
}
/** Renders the whole report for a terminal, ending with a newline. */
function renderTerminal(report, options = {}) {
    const style = { color: options.color === true };
    const status = (0,report_document/* overallStatus */.g)(report);
    const title = `${statusLabel(status, style)} ${paint((0,control_characters/* sanitizeLine */.g$)(report.name), '1', style)}: ${status}`;
    const stages = report.stages.map((stage) => renderStageText(stage, options));
    return `${[title, ...stages].join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/run/exit-code.ts


/**
 * Exit code of a finished run: 2 when a stage could not read its input,
 * 1 when a gate failed, 0 otherwise. Skipped stages do not fail a run.
 */
function exitCodeOf(report) {
    switch ((0,report_document/* overallStatus */.g)(report)) {
        case 'error':
            return errors/* EXIT */.dc.invalidInput;
        case 'failed':
            return errors/* EXIT */.dc.gateFailed;
        default:
            return errors/* EXIT */.dc.passed;
    }
}

;// CONCATENATED MODULE: ./src/run/error-stage.ts

/**
 * The report of a stage that could not run because its input was invalid.
 * It carries the message in every channel, so the job summary, the comment
 * and the `result` output all show what to fix.
 */
function errorStage(id, title, error) {
    // Messages built to be quoted inside other sentences end without a period, so one is added here, once.
    const message = (0,issues/* endSentence */.H_)(shortened(error.message.trimEnd()));
    return {
        id,
        title,
        status: 'error',
        headline: `${title} could not run: invalid input.`,
        blocks: [{ kind: 'code', text: message }],
        annotations: [],
        outputs: { error: message },
        json: { error: { name: error.name, message } },
    };
}
/** Builds the report of a stage that had nothing to work on, such as impact analysis without a change. */
function skippedStage(id, title, reason) {
    return {
        id,
        title,
        status: 'skipped',
        headline: `Skipped: ${reason}`,
        blocks: [{ kind: 'paragraph', text: reason }],
        annotations: [],
        outputs: { skipped: reason },
        json: { skipped: reason },
    };
}
/**
 * Characters of an error message that a report shows. Messages quote input,
 * and a job summary has a 1 MiB limit that one quoted line of a hostile
 * report could fill.
 */
const MAX_MESSAGE = 8_000;
function shortened(message) {
    if (message.length <= MAX_MESSAGE)
        return message;
    return `${message.slice(0, MAX_MESSAGE)}… (${message.length - MAX_MESSAGE} more characters left out)`;
}

;// CONCATENATED MODULE: ./src/run/logger.ts

/** Creates a logger that writes to a stream, for the CLI; debug lines appear only when `verbose` is set. */
function streamLogger(stream, verbose = false) {
    // Messages carry paths from pull requests, so control characters never reach the terminal.
    return {
        info: (message) => stream.write(`${(0,control_characters/* sanitizeLines */.X$)(message)}\n`),
        warning: (message) => stream.write(`warning: ${(0,control_characters/* sanitizeLines */.X$)(message)}\n`),
        debug: (message) => {
            if (verbose)
                stream.write(`debug: ${(0,control_characters/* sanitizeLines */.X$)(message)}\n`);
        },
    };
}
/** Creates a logger that keeps every line, for tests. */
function recordingLogger() {
    const lines = [];
    return {
        lines,
        info: (message) => lines.push(message),
        warning: (message) => lines.push(`warning: ${message}`),
        debug: (message) => lines.push(`debug: ${message}`),
    };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/config/defaults.ts + 1 modules
var defaults = __webpack_require__(6684);
// EXTERNAL MODULE: ./src/config/apply-layer.ts + 1 modules
var apply_layer = __webpack_require__(7135);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `.github/testmaster.yml` and layers it with the overrides. The YAML
 * parser and the validator load only when there is a file to read.
 */





/**
 * Reads the config file under `root`. Without `explicitPath`, a missing
 * `.github/testmaster.yml` returns null; a file the user named must exist.
 * A relative `explicitPath` starts at `explicitFolder`, which defaults to
 * `root`; the CLI passes the folder the command runs in.
 */
async function readConfigFile(root, explicitPath, explicitFolder = root) {
    const file = explicitPath ?? defaults/* DEFAULT_CONFIG_FILE */.Cu;
    const folder = explicitPath === undefined ? root : explicitFolder;
    const absolutePath = external_node_path_default().resolve(folder, file);
    let text;
    try {
        text = await (0,promises_.readFile)(absolutePath, 'utf8');
    }
    catch (error) {
        if (isNotFound(error) && explicitPath === undefined)
            return null;
        if (isNotFound(error)) {
            throw new errors/* ConfigError */.xL(`Config file ${file} was not found. Check the path, which is relative to ${folder}.`);
        }
        throw new errors/* ConfigError */.xL(`Config file ${file} could not be read: ${error.message}.`);
    }
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(165), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 4374));
    return { file, absolutePath, values: parseConfigText(text, file) };
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}
/** Reads the config file under `root` and resolves it with the overrides. */
async function loadConfig(root, options = {}) {
    const file = await readConfigFile(root, options.configPath, options.configFolder);
    const overrides = options.overrides ?? [];
    if (overrides.length === 0)
        return (0,apply_layer/* configWithFile */.X)(file);
    // The validator of the overrides is compiled from the whole schema, so it loads only when there are overrides to check.
    const { resolveConfig } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(165), __webpack_require__.e(858)]).then(__webpack_require__.bind(__webpack_require__, 8858));
    return resolveConfig({ file, overrides });
}

// EXTERNAL MODULE: ./src/run/optimizer-tiering.ts
var optimizer_tiering = __webpack_require__(8967);
;// CONCATENATED MODULE: ./src/run/run-check.ts
/**
 * Runs the configured stages on one repository and returns one combined
 * report. The CLI and both actions call this; they differ only in where the
 * inputs come from and where the report goes.
 */





const DEFAULT_REPORT_NAME = 'TestMaster';
async function runCheck(request) {
    let config;
    try {
        config = await loadConfig(request.root, {
            ...(request.configPath ? { configPath: request.configPath } : {}),
            ...(request.configFolder ? { configFolder: request.configFolder } : {}),
            overrides: request.overrides,
        });
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const stage = errorStage('config', 'Configuration', error);
        return { report: { name: nameWithoutConfig(request), stages: [stage] }, config: null, coverageFiles: null };
    }
    if (request.reportNameSuffix) {
        // The base-summary cache is keyed by the report name, so every later reader of the config sees the suffixed name.
        config = { ...config, report: { ...config.report, name: suffixedReportName(config.report.name, request.reportNameSuffix) } };
    }
    const stages = [];
    let coverageFiles = null;
    let patch = null;
    for (const name of request.stages ?? config.stages) {
        if (name === 'impact') {
            stages.push(await runImpact(request, config, patch));
            continue;
        }
        if (name === 'validate') {
            stages.push(await runValidate(request, config));
            continue;
        }
        if (name === 'coverage') {
            try {
                const trackedFiles = request.keepReportPaths ? null : await (0,git/* listFiles */.CS)(request.root);
                // Each stage is loaded when it runs, so that a command running one stage starts without the code of the others.
                const { runCoverageStage } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(685), __webpack_require__.e(835), __webpack_require__.e(251)]).then(__webpack_require__.bind(__webpack_require__, 5251));
                const result = await runCoverageStage({
                    root: request.root,
                    config,
                    ...(request.explicitReports && request.explicitReports.length > 0 ? { explicitReports: request.explicitReports } : {}),
                    trackedFiles,
                    diff: request.diff,
                    ...(request.noDiffReason ? { noDiffReason: request.noDiffReason } : {}),
                    ...(request.namedHead !== undefined ? { namedHead: request.namedHead } : {}),
                    ...(request.diffUnknown ? { diffUnknown: true } : {}),
                    base: await request.base(config),
                    ...(request.workingFolder ? { workingFolder: request.workingFolder } : {}),
                    log: request.log,
                });
                stages.push(result.report);
                coverageFiles = result.files;
                patch = result.patch;
            }
            catch (error) {
                if (!(error instanceof errors/* UserError */.yo))
                    throw error;
                stages.push(errorStage('coverage', 'Coverage', error));
            }
        }
    }
    return { report: { name: config.report.name, stages }, config, coverageFiles };
}
/**
 * Returns the report name of a run whose config could not be read: the name
 * that an input or flag sets, else the default with the action's suffix. A
 * required check keeps its name, so the error reaches the pull request.
 */
function nameWithoutConfig(request) {
    const named = request.overrides.findLast((override) => override.values.report?.name !== undefined)?.values.report?.name;
    return named ?? suffixedReportName(DEFAULT_REPORT_NAME, request.reportNameSuffix);
}
/** Appends the suffix of a single-stage action to a report name, when there is one. */
function suffixedReportName(name, suffix) {
    return suffix ? `${name} ${suffix}` : name;
}
/** Runs the impact stage; invalid input becomes an error stage, and a run without a change a skipped one. */
async function runImpact(request, config, patch) {
    if (!request.change) {
        return skippedStage('impact', 'Impact', request.noChangeReason ?? 'Impact analysis needs a change: pass --base REF, or run it on a pull request or push.');
    }
    try {
        const change = request.change;
        const outcome = await (0,optimizer_tiering/* withDelayedOptimization */.G2)(async () => {
            const { runImpactStage } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(396), __webpack_require__.e(551)]).then(__webpack_require__.bind(__webpack_require__, 551));
            return runImpactStage({
                root: request.root,
                settings: config.impact,
                change,
                headSource: request.headSource ?? 'working-tree',
                cacheStore: request.scanCache?.(config) ?? null,
                coverage: patch,
                ...(request.explain ? { explain: request.explain } : {}),
                log: request.log,
            });
        });
        return outcome.report;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return errorStage('impact', 'Impact', error);
    }
}
/** Runs the validate stage; invalid input becomes an error stage, and a run without a change a skipped one. */
async function runValidate(request, config) {
    if (!request.change) {
        return skippedStage('validate', 'Static validation', request.noChangeReason ?? 'Static validation needs a change: pass --base REF, or run it on a pull request or push.');
    }
    try {
        const { runValidateStage } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(815), __webpack_require__.e(215), __webpack_require__.e(332), __webpack_require__.e(396), __webpack_require__.e(685), __webpack_require__.e(25)]).then(__webpack_require__.bind(__webpack_require__, 5025));
        const outcome = await runValidateStage({
            root: request.root,
            settings: config.validate,
            change: request.change,
            headSource: request.headSource ?? 'working-tree',
            typesCache: request.validate?.typesCache ?? null,
            sarifOutput: request.validate?.sarifOutput ?? null,
            importedSarif: request.validate?.importedSarif ?? [],
            log: request.log,
        });
        return outcome.report;
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return errorStage('validate', 'Static validation', error);
    }
}

// EXTERNAL MODULE: ./src/impact/display-text.ts
var display_text = __webpack_require__(5126);
;// CONCATENATED MODULE: ./src/impact/stage/scan-cache-store.ts
/**
 * Storage of the scan cache and the resolved-graph cache between runs: two
 * files in one folder for the CLI, one entry of the Actions cache for the
 * actions. Both return notes instead of throwing, because a missing or
 * broken cache only costs time.
 */

/**
 * Returns the path of the resolved-graph cache that goes with the scan cache
 * at `scanPath`: `x.json` gives `x.graph.json` for runs on the working tree,
 * and `x.commit.graph.json` for runs on a commit (`--head`, `check`). Each
 * kind of run keeps its own graph, so alternating them reuses both.
 */
function graphCachePath(scanPath, headSource = 'working-tree') {
    const stem = scanPath.replace(/\.json$/, '');
    return headSource === 'commit' ? `${stem}.commit.graph.json` : `${stem}.graph.json`;
}
/**
 * Returns the CLI's store. The cache files' readers are imported on first
 * use, so that commands without impact analysis do not load them, and a run
 * that reuses the resolved graph does not load the scan cache's.
 */
function fileScanCacheStore(path, headSource = 'working-tree') {
    const graphPath = graphCachePath(path, headSource);
    return {
        // Both graph files are listed, so that neither counts as a change of a local run.
        files: [path, graphCachePath(path, 'working-tree'), graphCachePath(path, 'commit')],
        load: async () => (await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 7334))).readScanCacheFile(path),
        loadGraph: async () => (await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 7469))).readGraphCacheFile(graphPath),
        save: async (cache, graph) => {
            if (cache) {
                const { writeScanCacheFile } = await __webpack_require__.e(/* import() */ 334).then(__webpack_require__.bind(__webpack_require__, 7334));
                const note = writeUnlessForeign(path, 'scan cache', () => writeScanCacheFile(path, cache));
                if (note)
                    return note;
            }
            if (graph) {
                const { writeGraphCacheFile } = await __webpack_require__.e(/* import() */ 469).then(__webpack_require__.bind(__webpack_require__, 7469));
                return writeUnlessForeign(graphPath, 'resolved-graph cache', () => writeGraphCacheFile(graphPath, graph));
            }
            return undefined;
        },
    };
}
function writeUnlessForeign(path, what, write) {
    if (!isReplaceable(path)) {
        // Each later run finds the same file, so the note says that the cache stays off, and how to turn it back on.
        return `The ${what} is off: ${path} exists and is not a ${what}, so it is never overwritten, and every run builds it again. Move that file away, or set impact.cache.path to a file of its own.`;
    }
    try {
        write();
        return undefined;
    }
    catch (error) {
        return `The ${what} could not be written to ${path} (${error.message}); the next run builds it again.`;
    }
}
/** Start of every file that `serializeScanCache` and `serializeGraphCache` write. */
const CACHE_FILE_START = '{"format":';
/**
 * Checks that writing a cache to `path` destroys nothing: the file is
 * absent, or is a cache already. The path comes from the config, which a
 * pull request can change, so it could name a source file or git's own files.
 */
function isReplaceable(path) {
    let descriptor;
    try {
        descriptor = (0,external_node_fs_.openSync)(path, 'r');
    }
    catch (error) {
        return error.code === 'ENOENT';
    }
    try {
        const start = Buffer.alloc(CACHE_FILE_START.length);
        const length = (0,external_node_fs_.readSync)(descriptor, start, 0, start.length, 0);
        // An empty file, as a full disk or a killed copy leaves it, holds nothing to destroy.
        return length === 0 || start.toString('utf8', 0, length) === CACHE_FILE_START;
    }
    catch {
        return false;
    }
    finally {
        (0,external_node_fs_.closeSync)(descriptor);
    }
}

// EXTERNAL MODULE: ./src/coverage/repository-bounds.ts
var repository_bounds = __webpack_require__(7848);
// EXTERNAL MODULE: ./src/coverage/young-generation.ts
var young_generation = __webpack_require__(4701);
;// CONCATENATED MODULE: ./src/validate/stage/types-cache-store.ts
/** Creates a store for a folder that stays on disk between runs, so nothing needs restoring or saving. */
function folderTypesCacheStore(folder) {
    return { folder, restore: async () => undefined, save: async () => undefined };
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
// EXTERNAL MODULE: ./src/run/output-folder.ts
var output_folder = __webpack_require__(3641);
;// CONCATENATED MODULE: ./src/cli/run-command.ts
/**
 * Runs `check` or `coverage`: resolves the repository, the diff and the base,
 * runs the stages, and writes the report to the terminal and the requested files.
 */



















async function runCommand(run) {
    const log = streamLogger(run.stderr, (0,options/* flagValue */.y6)(run.parsed, 'verbose'));
    if ((0,options/* stringValue */.r$)(run.parsed, 'json') === '-' && (0,options/* stringValue */.r$)(run.parsed, 'markdown') === '-') {
        throw new errors/* UserError */.yo('--json - and --markdown - both write to standard output, where they would mix. Write one of them to a file.');
    }
    let outcome;
    try {
        outcome = await runStages(run, log);
    }
    catch (error) {
        // Invalid input found before the stages ran (a missing ref, a folder
        // outside any repository) still produces a report and the requested files.
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const stage = errorStage(run.command, STAGE_TITLES[run.command], error);
        const failures = [];
        await writeOutputs(run, { name: DEFAULT_REPORT_NAME, stages: [stage] }, failures);
        throwFailures(failures);
        return errors/* EXIT */.dc.invalidInput;
    }
    // Each output is attempted even when an earlier one fails, so that one bad path loses no other file.
    const { root, result } = outcome;
    const failures = [];
    await attempt(failures, () => writeHtml(run, root, result, log));
    await attempt(failures, () => writeSummary(run, root, result, log));
    await writeOutputs(run, result.report, failures);
    throwFailures(failures);
    return exitCodeOf(result.report);
}
/** Runs one output step and records its invalid-input error instead of throwing it. */
async function attempt(failures, step) {
    try {
        await step();
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        failures.push(error.message);
    }
}
/** Ends the command with exit code 2 and every recorded output error, after all outputs were tried. */
function throwFailures(failures) {
    if (failures.length > 0)
        throw new errors/* UserError */.yo(failures.join('\n'));
}
async function runStages(run, log) {
    const { parsed } = run;
    const folder = (0,external_node_path_.resolve)((0,options/* stringValue */.r$)(parsed, 'cwd') ?? '.');
    const keepReportPaths = run.command === 'coverage' && (0,options/* flagValue */.y6)(parsed, 'no-path-mapping');
    const root = keepReportPaths ? folder : await repositoryRootForCommand(run.command, folder);
    const { diff, noDiffReason, diffUnknown } = keepReportPaths
        ? { diff: null, noDiffReason: 'Patch coverage was skipped: --no-path-mapping reads the reports without the repository.' }
        : await resolveDiff(root, parsed);
    // Without the repository there are no commits to compare, and the reports keep their own paths.
    const namedHead = keepReportPaths ? undefined : (0,options/* stringValue */.r$)(parsed, 'head');
    const explicitReports = run.command === 'coverage' && parsed.positionals.length > 0 ? parsed.positionals.map((path) => (path === '-' ? path : argumentPath(parsed, path))) : undefined;
    const result = await runCheck({
        root,
        // Like every other path flag, --config starts at the folder the command runs in.
        ...((0,options/* stringValue */.r$)(parsed, 'config') ? { configPath: (0,options/* stringValue */.r$)(parsed, 'config'), configFolder: folder } : {}),
        overrides: run.overrides,
        ...(explicitReports ? { explicitReports } : {}),
        ...(run.command === 'check' ? {} : { stages: [run.command] }),
        keepReportPaths,
        diff,
        ...(noDiffReason ? { noDiffReason } : {}),
        ...(namedHead !== undefined ? { namedHead } : {}),
        ...(diffUnknown ? { diffUnknown } : {}),
        base: (config) => {
            const flag = (0,options/* stringValue */.r$)(parsed, 'base-report');
            return baseSource(config, flag === undefined ? undefined : argumentPath(parsed, flag));
        },
        ...impactOptions(run, root, log),
        ...validateOptions(run, root),
        log,
    });
    return { root, result };
}
const STAGE_TITLES = { check: 'Check', coverage: 'Coverage', impact: 'Impact', validate: 'Static validation' };
/**
 * Returns the change, head source, scan cache and explained files of the
 * impact stage. It compares `--head` with the merge base of `--base` or of the
 * default branch. Without `--head`, `impact` compares the working tree, so
 * uncommitted and untracked files count. `check` compares the commit HEAD
 * instead, the same change that patch coverage measures, because both stages
 * of one run must report one change, and the coverage diff reads commits only.
 */
function impactOptions(run, root, log) {
    const { parsed } = run;
    if (run.command === 'coverage')
        return {};
    const base = (0,options/* stringValue */.r$)(parsed, 'base');
    const head = (0,options/* stringValue */.r$)(parsed, 'head') ?? (run.command === 'check' ? 'HEAD' : undefined);
    const explain = run.command === 'impact' ? (0,options/* listValue */.a3)(parsed, 'explain') : [];
    const noCache = run.command === 'impact' && (0,options/* flagValue */.y6)(parsed, 'no-cache');
    return {
        change: { kind: 'local', ...(base ? { base } : {}), ...(head ? { head } : {}) },
        headSource: head ? 'commit' : 'working-tree',
        scanCache: (config) => (noCache || !config.impact.cache.enabled ? null : scanCacheInside(root, config.impact.cache.path, head ? 'commit' : 'working-tree', log)),
        ...(explain.length > 0 ? { explain: explain.map((path) => toRepositoryPath(root, argumentPath(parsed, path), path)) } : {}),
    };
}
/**
 * Returns the SARIF files and the type-check cache of the validate stage.
 * The cache folder sits under node_modules/.cache, which repositories ignore,
 * so the build information never shows up as an untracked change.
 */
function validateOptions(run, root) {
    if (run.command !== 'validate' && run.command !== 'check')
        return {};
    const sarif = (0,options/* stringValue */.r$)(run.parsed, 'sarif');
    const imported = run.command === 'validate' ? (0,options/* listValue */.a3)(run.parsed, 'import-sarif') : [];
    return {
        validate: {
            typesCache: folderTypesCacheStore((0,external_node_path_.resolve)(root, 'node_modules/.cache/testmaster/types')),
            ...(sarif !== undefined ? { sarifOutput: argumentPath(run.parsed, sarif) } : {}),
            importedSarif: imported.map((path) => argumentPath(run.parsed, path)),
        },
    };
}
/** Returns the scan cache file store, which the config may place only inside the repository, because a pull request can change the config. */
function scanCacheInside(root, path, headSource, log) {
    const target = (0,external_node_path_.resolve)(root, path);
    if (!(0,repository_bounds/* isInsideFolder */.z)(root, target)) {
        log.warning(`impact.cache.path ${(0,display_text/* quoteName */.A)(path)} lies outside the repository, so the scan cache is not used. Name a path inside it.`);
        return null;
    }
    return fileScanCacheStore(target, headSource);
}
/** Turns an `--explain` argument, already resolved against the command's folder, into a repository path. */
function toRepositoryPath(root, absolute, typed) {
    if (typed.trim() === '' || !(0,repository_bounds/* isInsideFolder */.z)(root, absolute) || absolute === root) {
        throw new errors/* UserError */.yo(`--explain ${(0,display_text/* quoteName */.A)(typed)} is not a file inside the repository at ${root}. Name a file path relative to the folder the command runs in.`);
    }
    return (0,external_node_path_.relative)(root, absolute).split(external_node_path_.sep).join('/');
}
/** Finds the repository root; outside a repository, the `coverage` error points at `--no-path-mapping`. */
async function repositoryRootForCommand(command, folder) {
    try {
        return await (0,git/* repositoryRoot */.Hn)(folder);
    }
    catch (error) {
        if (command !== 'coverage' || !(error instanceof errors/* UserError */.yo))
            throw error;
        throw new errors/* UserError */.yo(`${error.message}, or pass --no-path-mapping to read the reports without a repository.`);
    }
}
/** Writes the HTML report for `--html DIR` (relative to the command's folder) or `coverage.html` (relative to the root). */
async function writeHtml(run, root, result, log) {
    if (!result.coverageFiles)
        return;
    const flag = (0,options/* stringValue */.r$)(run.parsed, 'html');
    const config = result.config?.coverage.html;
    let dir;
    if (flag !== undefined)
        dir = argumentPath(run.parsed, flag);
    else if (config?.enabled)
        dir = (0,external_node_path_.resolve)(root, config.dir);
    else
        return;
    // Loaded here, like the stages, so that commands without coverage start without istanbul-reports.
    const { writeHtmlReport } = await Promise.all(/* import() */[__webpack_require__.e(215), __webpack_require__.e(784), __webpack_require__.e(835), __webpack_require__.e(48)]).then(__webpack_require__.bind(__webpack_require__, 9048));
    writeHtmlReport(root, result.coverageFiles, dir);
    log.info(`Wrote the HTML report to ${dir}.`);
}
async function writeSummary(run, root, result, log) {
    const summaryPath = (0,options/* stringValue */.r$)(run.parsed, 'write-summary');
    if (!summaryPath || !result.coverageFiles)
        return;
    // A summary names the commit it measured, so it needs the repository even with --no-path-mapping.
    const commit = await (0,git/* resolveCommit */.WL)(await (0,git/* repositoryRoot */.Hn)(root), 'HEAD');
    const { buildBaseSummary, serializeBaseSummary } = await __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 8792));
    const summary = buildBaseSummary(result.coverageFiles, { commit, createdAt: new Date(), toolVersion: version/* TOOL_VERSION */.w });
    writeFile(argumentPath(run.parsed, summaryPath), summaryPath, serializeBaseSummary(summary));
    log.info(`Wrote the base summary to ${summaryPath}.`);
}
/**
 * Resolves the diff to gate: --base and --head, else the default branch
 * against HEAD. A default branch that cannot be found leaves the change
 * unknown (`diffUnknown`), so a patch threshold fails as not measured
 * instead of passing on a diff that was never made.
 */
async function resolveDiff(root, parsed) {
    const head = (0,options/* stringValue */.r$)(parsed, 'head') ?? 'HEAD';
    const explicitBase = (0,options/* stringValue */.r$)(parsed, 'base');
    if (explicitBase)
        return { diff: { base: explicitBase, head, deepen: true } };
    const { chooseDefaultBase } = await __webpack_require__.e(/* import() */ 321).then(__webpack_require__.bind(__webpack_require__, 6702));
    const found = await chooseDefaultBase(root, head);
    if (found.ref === null) {
        return { diff: null, noDiffReason: `Patch coverage was not measured: ${(0,issues/* endSentence */.H_)(found.reason)}`, diffUnknown: true };
    }
    // A head that does not resolve goes on to the diff, whose problem keeps the totals (exit 2) instead of ending the run here.
    const headSha = await (0,git/* resolveCommit */.WL)(root, head).catch(() => null);
    if (headSha !== null && (await (0,git/* resolveCommit */.WL)(root, found.ref)) === headSha) {
        return { diff: null, noDiffReason: `Patch coverage was skipped: ${head} is the same commit as ${found.ref}.` };
    }
    return { diff: { base: found.ref, head, deepen: true, ...(found.note ? { note: found.note } : {}) } };
}
/**
 * Resolves a path argument as git resolves paths after `-C DIR`: against DIR
 * when the command names one, else against the current folder. An absolute
 * path stays as it is.
 */
function argumentPath(parsed, path) {
    return (0,external_node_path_.resolve)((0,options/* stringValue */.r$)(parsed, 'cwd') ?? '.', path);
}
function baseSource(config, flag) {
    if (flag)
        return { kind: 'report', path: flag, explicit: true };
    const report = config.coverage.base.report;
    if (report)
        return { kind: 'report', path: report };
    return {
        kind: 'none',
        reason: 'No base found: pass --base-report FILE or set coverage.base.report to compare with the base branch.',
    };
}
/** Writes the terminal report and the requested files. Their text is garbage at once, so the young generation need not grow for it (young-generation.ts). */
async function writeOutputs(run, report, failures) {
    await (0,young_generation/* withSteadyYoungGeneration */.$)(() => writeEveryOutput(run, report, failures));
}
async function writeEveryOutput(run, report, failures) {
    const json = (0,options/* stringValue */.r$)(run.parsed, 'json');
    const toStdout = json === '-' || (0,options/* stringValue */.r$)(run.parsed, 'markdown') === '-';
    const color = !(0,options/* flagValue */.y6)(run.parsed, 'no-color') && run.env.NO_COLOR === undefined && run.stdout.isTTY === true;
    const text = renderTerminal(report, { color: color && !toStdout });
    (toStdout ? run.stderr : run.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
    if (json !== undefined) {
        const result = jsonResult(run.command, report);
        if (json === '-') {
            (0,json_text/* writeJsonText */.j)(result, 2, (piece) => run.stdout.write(piece));
            run.stdout.write('\n');
        }
        else {
            await attempt(failures, async () => writeJsonFile(argumentPath(run.parsed, json), json, result));
        }
    }
    const markdown = (0,options/* stringValue */.r$)(run.parsed, 'markdown');
    if (markdown === undefined)
        return;
    // Loaded only for --markdown, like the stages, so that other runs start without the Markdown renderer.
    const { renderMarkdown } = await __webpack_require__.e(/* import() */ 703).then(__webpack_require__.bind(__webpack_require__, 3703));
    if (markdown === '-')
        run.stdout.write(renderMarkdown(report));
    else
        await attempt(failures, async () => writeFile(argumentPath(run.parsed, markdown), markdown, renderMarkdown(report)));
}
/**
 * `coverage` prints the coverage stage's own result (`totals`, `gate`, ...);
 * `check` prints every stage under `stages`.
 */
function jsonResult(command, report) {
    if (command !== 'check') {
        const stage = report.stages.find((candidate) => candidate.id === command) ?? report.stages[0];
        return stage?.json ?? null;
    }
    const code = exitCodeOf(report);
    return {
        name: report.name,
        passed: code === 0,
        stages: Object.fromEntries(report.stages.map((stage) => [stage.id, { status: stage.status, ...stage.json }])),
    };
}
function writeFile(target, typed, content) {
    try {
        (0,output_folder/* makeParentFolders */.e)(target);
        (0,external_node_fs_.writeFileSync)(target, content);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not write ${typed}: ${error.message}. Choose a writable path.`);
    }
}
/** Writes a JSON result in pieces (see json-text.ts), so that the text of a large result never exists whole. */
function writeJsonFile(target, typed, result) {
    let descriptor;
    try {
        (0,output_folder/* makeParentFolders */.e)(target);
        descriptor = (0,external_node_fs_.openSync)(target, 'w');
        const file = descriptor;
        (0,json_text/* writeJsonText */.j)(result, 2, (piece) => (0,external_node_fs_.writeSync)(file, piece));
        (0,external_node_fs_.writeSync)(file, '\n');
    }
    catch (error) {
        throw new errors/* UserError */.yo(`Could not write ${typed}: ${error.message}. Choose a writable path.`);
    }
    finally {
        if (descriptor !== undefined)
            (0,external_node_fs_.closeSync)(descriptor);
    }
}


/***/ }),

/***/ 7135:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  c: () => (/* binding */ applyLayer),
  X: () => (/* binding */ configWithFile)
});

// EXTERNAL MODULE: ./src/coverage/model.ts
var model = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/config/defaults.ts + 1 modules
var defaults = __webpack_require__(6684);
;// CONCATENATED MODULE: ./src/config/merge-validate.ts
/** Ten minutes: long enough for ESLint with type information on a large monorepo. */
const DEFAULT_LINTER_TIMEOUT_SECONDS = 600;
function applyValidateLayer(target, layer) {
    if (layer.validators !== undefined)
        target.validators = [...layer.validators];
    if (layer.include !== undefined)
        target.include = [...layer.include];
    if (layer.exclude !== undefined)
        target.exclude = [...layer.exclude];
    if (layer.filter !== undefined)
        target.filter = layer.filter;
    if (layer.context !== undefined)
        target.context = layer.context;
    if (layer.failLevel !== undefined)
        target.failLevel = layer.failLevel;
    if (layer.rules !== undefined)
        Object.assign(target.rules, layer.rules);
    Object.assign(target.complexity, layer.complexity);
    const standards = layer.standards;
    if (standards?.maxFileLines !== undefined)
        target.standards.maxFileLines = standards.maxFileLines;
    if (standards?.maxFunctionLines !== undefined)
        target.standards.maxFunctionLines = standards.maxFunctionLines;
    if (standards?.maxParameters !== undefined)
        target.standards.maxParameters = standards.maxParameters;
    if (standards?.naming !== undefined)
        target.standards.naming = standards.naming.map((rule) => ({ ...rule }));
    if (standards?.bannedImports !== undefined)
        target.standards.bannedImports = standards.bannedImports.map((rule) => (rule.message ? { name: rule.name, message: rule.message } : { name: rule.name }));
    const types = layer.types;
    if (types?.projects !== undefined)
        target.types.projects = [...types.projects];
    if (types?.compiler !== undefined)
        target.types.compiler = types.compiler;
    if (types?.incremental !== undefined)
        target.types.incremental = types.incremental;
    if (layer.linters !== undefined) {
        target.linters = layer.linters.map((linter) => ({
            name: linter.name,
            command: [...linter.command],
            format: linter.format,
            timeoutSeconds: linter.timeoutSeconds ?? DEFAULT_LINTER_TIMEOUT_SECONDS,
            ...(linter.output ? { output: linter.output } : {}),
        }));
    }
    if (layer.sarif !== undefined)
        target.sarif = [...layer.sarif];
    if (layer.workflow?.trustedActionOwners !== undefined)
        target.workflow.trustedActionOwners = [...layer.workflow.trustedActionOwners];
    if (layer.workflow?.knownRunnerLabels !== undefined)
        target.workflow.knownRunnerLabels = [...layer.workflow.knownRunnerLabels];
    if (layer.secrets?.exclude !== undefined)
        target.secrets.exclude = [...layer.secrets.exclude];
}

;// CONCATENATED MODULE: ./src/config/apply-layer.ts
/**
 * Applies one configuration layer onto a resolved configuration. Mappings
 * merge key by key and a metric set to null removes that metric's
 * threshold. A list replaces the list of the layer below it as a whole.
 */



/** Returns the built-in defaults with the config file, if any, applied. */
function configWithFile(file) {
    const config = (0,defaults/* defaultConfig */.sb)();
    if (file) {
        applyLayer(config, file.values);
        config.file = file.file;
        config.filePath = file.absolutePath;
    }
    return config;
}
function applyLayer(config, layer) {
    if (layer.report?.name !== undefined)
        config.report.name = layer.report.name;
    if (layer.stages !== undefined)
        config.stages = [...layer.stages];
    if (layer.impact)
        applyImpactLayer(config, layer.impact);
    if (layer.validate)
        applyValidateLayer(config.validate, layer.validate);
    const coverage = layer.coverage;
    if (!coverage)
        return;
    const target = config.coverage;
    if (coverage.reports !== undefined) {
        target.reports = [...coverage.reports];
        target.reportsFromDefaults = false;
    }
    if (coverage.format !== undefined)
        target.format = coverage.format;
    if (coverage.thresholds !== undefined)
        mergeMetricValues(target.thresholds, coverage.thresholds);
    if (coverage.paths !== undefined) {
        target.paths = coverage.paths.map((rule) => ({ glob: rule.glob, thresholds: mergeMetricValues({}, rule.thresholds) }));
    }
    const patch = coverage.patch;
    if (patch?.threshold !== undefined)
        target.patch.threshold = patch.threshold;
    if (patch?.include !== undefined)
        target.patch.include = [...patch.include];
    if (patch?.exclude !== undefined)
        target.patch.exclude = [...patch.exclude];
    const base = coverage.base;
    if (base?.maxDrop !== undefined)
        mergeMetricValues(target.base.maxDrop, base.maxDrop);
    if (base?.tolerance !== undefined)
        target.base.tolerance = base.tolerance;
    if (base?.report !== undefined)
        target.base.report = base.report;
    const mapping = coverage.pathMapping;
    if (mapping?.stripPrefixes !== undefined)
        target.pathMapping.stripPrefixes = [...mapping.stripPrefixes];
    if (mapping?.rewrite !== undefined)
        target.pathMapping.rewrite = mapping.rewrite.map((rule) => ({ ...rule }));
    if (mapping?.roots !== undefined)
        target.pathMapping.roots = [...mapping.roots];
    if (coverage.html?.enabled !== undefined)
        target.html.enabled = coverage.html.enabled;
    if (coverage.html?.dir !== undefined)
        target.html.dir = coverage.html.dir;
}
function applyImpactLayer(config, impact) {
    const target = config.impact;
    if (impact.tests?.include !== undefined)
        target.tests.include = [...impact.tests.include];
    if (impact.tests?.exclude !== undefined)
        target.tests.exclude = [...impact.tests.exclude];
    if (impact.triggers !== undefined)
        target.triggers = [...impact.triggers];
    if (impact.typeOnlyEdgesRun !== undefined)
        target.typeOnlyEdgesRun = impact.typeOnlyEdgesRun;
    if (impact.equivalentChangesRun !== undefined)
        target.equivalentChangesRun = impact.equivalentChangesRun;
    if (impact.suites !== undefined) {
        target.suites = impact.suites.map((suite) => ({
            name: suite.name,
            paths: [...suite.paths],
            tier: suite.tier ?? 'continuous',
            runsOn: [...(suite.runsOn ?? [])],
        }));
    }
    if (impact.sensitivePaths !== undefined)
        target.sensitivePaths = [...impact.sensitivePaths];
    Object.assign(target.risk.weights, impact.risk?.weights);
    Object.assign(target.risk.levels, impact.risk?.levels);
    if (impact.cache?.enabled !== undefined)
        target.cache.enabled = impact.cache.enabled;
    if (impact.cache?.path !== undefined)
        target.cache.path = impact.cache.path;
}
function mergeMetricValues(target, values) {
    for (const metric of model/* METRICS */.Cb) {
        const value = values[metric];
        if (value === undefined)
            continue;
        if (value === null)
            delete target[metric];
        else
            target[metric] = value;
    }
    return target;
}


/***/ }),

/***/ 6684:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Cu: () => (/* binding */ DEFAULT_CONFIG_FILE),
  sb: () => (/* binding */ defaultConfig)
});

// UNUSED EXPORTS: DEFAULT_PATCH_EXCLUDE, DEFAULT_PATCH_INCLUDE, DEFAULT_REPORTS, DEFAULT_SENSITIVE_PATHS

// EXTERNAL MODULE: ./src/impact/risk/defaults.ts
var defaults = __webpack_require__(184);
// EXTERNAL MODULE: ./src/validate/settings.ts
var settings = __webpack_require__(3269);
;// CONCATENATED MODULE: ./src/validate/defaults.ts
/**
 * Built-in defaults of the `validate` section. The `default` values in
 * `schema/testmaster.schema.json` repeat these for editors, and a test keeps
 * the two equal.
 */

/** Files the per-file validators read: scripts, JSON, YAML, env files and workflows. */
const DEFAULT_VALIDATE_INCLUDE = [
    '**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}',
    '**/*.{json,jsonc,yml,yaml}',
    '**/.env',
    '**/.env.*',
];
/** Dependencies, build output, minified bundles and lockfiles, which are not edited by hand. */
const DEFAULT_VALIDATE_EXCLUDE = [
    '**/node_modules/**',
    '**/dist/**',
    '**/build/**',
    '**/coverage/**',
    '**/*.min.js',
    '**/package-lock.json',
    '**/pnpm-lock.yaml',
    '**/yarn.lock',
];
/**
 * McCabe proposed 10 as the upper bound of cyclomatic complexity; SonarSource
 * uses 15 as the default threshold of cognitive complexity.
 */
const DEFAULT_CYCLOMATIC_THRESHOLD = 10;
const DEFAULT_COGNITIVE_THRESHOLD = 15;
function defaultValidateSettings() {
    return {
        validators: [...settings/* VALIDATORS */.wY],
        include: [...DEFAULT_VALIDATE_INCLUDE],
        exclude: [...DEFAULT_VALIDATE_EXCLUDE],
        filter: 'added',
        context: 3,
        failLevel: 'error',
        rules: {},
        complexity: { cyclomatic: DEFAULT_CYCLOMATIC_THRESHOLD, cognitive: DEFAULT_COGNITIVE_THRESHOLD },
        standards: { maxFileLines: null, maxFunctionLines: null, maxParameters: null, naming: [], bannedImports: [] },
        types: { projects: [], compiler: 'auto', incremental: true },
        linters: [],
        sarif: [],
        workflow: { trustedActionOwners: ['actions', 'github'], knownRunnerLabels: [] },
        secrets: { exclude: [] },
    };
}

;// CONCATENATED MODULE: ./src/config/defaults.ts
/**
 * Built-in defaults: the lowest layer of the configuration. The `default`
 * values in `schema/testmaster.schema.json` repeat these for editors, and a
 * test keeps the two equal.
 */


/** Config file read when the user names none. */
const DEFAULT_CONFIG_FILE = '.github/testmaster.yml';
/** Default report locations of common tools, tried in this order. */
const DEFAULT_REPORTS = [
    'coverage/lcov.info',
    'coverage/coverage-final.json',
    'coverage/cobertura-coverage.xml',
    'coverage.xml',
    'coverage/clover.xml',
    'target/site/jacoco/jacoco.xml',
    'build/reports/jacoco/test/jacocoTestReport.xml',
    'coverage.out',
    'cover.out',
    // Workspaces of a JavaScript monorepo write one report per package.
    'packages/*/coverage/lcov.info',
];
/** Source files whose changed lines count for patch coverage. */
const DEFAULT_PATCH_INCLUDE = [
    '**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte}',
    '**/*.{py,go,rb,php,java,kt,kts,scala,groovy,cs,fs,vb,swift,dart,rs}',
    '**/*.{c,cc,cpp,cxx,h,hh,hpp,m,mm}',
    '**/*.{ex,exs,erl,clj,cljs,lua,sh}',
];
/** Tests, type declarations and build output, whose changed lines never count. */
const DEFAULT_PATCH_EXCLUDE = [
    '**/*.{test,spec}.*',
    '**/*_test.go',
    '**/test_*.py',
    '**/*_test.py',
    '**/__tests__/**',
    '**/__mocks__/**',
    '**/test/**',
    '**/tests/**',
    '**/*.d.ts',
    '**/dist/**',
    '**/node_modules/**',
];
/** Files whose change raises the risk: authentication, security code, database migrations and CI workflows. */
const DEFAULT_SENSITIVE_PATHS = [
    '**/auth/**',
    '**/security/**',
    '**/migrations/**',
    '**/*.sql',
    '.github/workflows/**',
];
/** Returns a fresh copy of the configuration that applies when there is no file and no override. */
function defaultConfig() {
    return {
        report: { name: 'TestMaster' },
        stages: ['coverage', 'impact', 'validate'],
        coverage: {
            reports: [...DEFAULT_REPORTS],
            reportsFromDefaults: true,
            format: 'auto',
            thresholds: {},
            paths: [],
            patch: { threshold: null, include: [...DEFAULT_PATCH_INCLUDE], exclude: [...DEFAULT_PATCH_EXCLUDE] },
            base: { maxDrop: {}, tolerance: 0, report: null },
            pathMapping: { stripPrefixes: [], rewrite: [], roots: [] },
            html: { enabled: false, dir: '.testmaster/coverage-html' },
        },
        impact: {
            tests: { include: [], exclude: [] },
            triggers: [],
            typeOnlyEdgesRun: false,
            equivalentChangesRun: false,
            suites: [],
            sensitivePaths: [...DEFAULT_SENSITIVE_PATHS],
            risk: { weights: { ...defaults/* DEFAULT_RISK_WEIGHTS */.Ig }, levels: { ...defaults/* DEFAULT_RISK_LEVELS */.yJ } },
            cache: { enabled: true, path: 'node_modules/.cache/testmaster/impact-scan.json' },
        },
        validate: defaultValidateSettings(),
        file: null,
        filePath: null,
    };
}


/***/ }),

/***/ 1012:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H_: () => (/* binding */ endSentence),
/* harmony export */   K7: () => (/* binding */ formatKeyPath),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   qb: () => (/* binding */ nearestName)
/* harmony export */ });
/* harmony import */ var _report_count_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(333);

/** Renders a path as `coverage.paths[0].glob`. */
function formatKeyPath(path) {
    let text = '';
    for (const segment of path) {
        if (typeof segment === 'number')
            text += `[${segment}]`;
        else
            text += text === '' ? segment : `.${segment}`;
    }
    return text === '' ? 'the top level' : text;
}
/** Maximum length of a string that a message quotes. A longer one is described by its length, so an error never dumps a file's content. */
const QUOTED_STRING_MAX_CHARACTERS = 60;
/** Renders a value for a message: short strings quoted, long strings, lists and mappings named, others as JSON. */
function describeValue(value) {
    if (typeof value === 'string' && value.length > QUOTED_STRING_MAX_CHARACTERS) {
        return `a string of ${(0,_report_count_text_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(value.length)} characters`;
    }
    if (typeof value === 'string')
        return JSON.stringify(value);
    if (Array.isArray(value))
        return 'a list';
    if (value === null)
        return 'null';
    if (typeof value === 'object')
        return 'a mapping';
    return String(value);
}
/** Returns the candidate nearest to `value` by edit distance, or undefined when none is close. */
function nearestName(value, candidates) {
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = editDistance(value.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    // More than about a third of the letters changed reads as a different word.
    const limit = Math.max(2, Math.floor(value.length / 3));
    return bestDistance <= limit ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}
/** Ends a sentence with a period unless it already ends with punctuation. */
function endSentence(text) {
    return /[.?!]$/.test(text) ? text : `${text}.`;
}


/***/ }),

/***/ 7848:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ isInsideFolder)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** True when `path` is `folder` or lies below it; both must be absolute, with links already resolved. */
function isInsideFolder(folder, path) {
    const inside = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(folder, path);
    return !inside.startsWith('..') && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(inside);
}


/***/ }),

/***/ 4701:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ withSteadyYoungGeneration)
/* harmony export */ });
/* harmony import */ var _run_v8_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9293);
/**
 * Keeps V8's young generation at its current size while reports are parsed.
 *
 * V8 doubles the young generation's semi-spaces, up to 16 MiB each on 64-bit
 * Node 20, once as many bytes have survived scavenges as they contain. A
 * parser keeps a few objects per source file (the typed array views of its
 * tables), and these survivors move to the old generation anyway. On the
 * 100 MB lcov input of bench/ they grew the young generation to 2 x 16 MiB,
 * about a fifth of the peak RSS. With a growth factor of 1 the peak fell from
 * 179 to 141 MiB and the CPU time of the parse stayed the same (measured with
 * bench/, see bench/README.md).
 *
 * NOTE: Node documents that changing V8 flags after start-up may do nothing
 * or behave unpredictably. On Node 20.20.2 (V8 11.3) the young generation
 * measurably stayed at 2 MiB. Where a V8 version ignores the change, only the
 * peak memory is higher. A semi-space flag that the user passed to node is
 * left in effect.
 */

const GROWTH_FACTOR_FLAG = 'semi-space-growth-factor';
/** V8's default growth factor, restored when the last parse ends. */
const DEFAULT_GROWTH_FACTOR = 2;
/** Parses in progress; the flag is restored only when all of them end. */
let activeParses = 0;
/** Runs `work` with the young generation kept from growing. */
async function withSteadyYoungGeneration(work) {
    if (userSetSemiSpace())
        return work();
    if (activeParses++ === 0)
        (0,_run_v8_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .setV8Flag */ .N1)(GROWTH_FACTOR_FLAG, 1, DEFAULT_GROWTH_FACTOR);
    try {
        return await work();
    }
    finally {
        if (--activeParses === 0)
            (0,_run_v8_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .setV8Flag */ .N1)(GROWTH_FACTOR_FLAG, DEFAULT_GROWTH_FACTOR, DEFAULT_GROWTH_FACTOR);
    }
}
function userSetSemiSpace() {
    const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
    return options.some((option) => option.includes('semi-space') || option.includes('semi_space'));
}


/***/ }),

/***/ 4030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ hasEscapedBytes),
/* harmony export */   Cf: () => (/* binding */ quoteGitPath),
/* harmony export */   Gh: () => (/* binding */ encodeGitPath),
/* harmony export */   Lo: () => (/* binding */ bytePatternPathspec),
/* harmony export */   Vj: () => (/* binding */ decodeNulFields),
/* harmony export */   yV: () => (/* binding */ decodeGitPath),
/* harmony export */   ze: () => (/* binding */ splitNulFields)
/* harmony export */ });
/**
 * Paths in git's byte output. Git stores a path as bytes, and TestMaster keeps
 * it as a string. A path that is valid UTF-8 becomes its decoded text, the same
 * string that `listFiles` returns. In a path that is not valid UTF-8, each byte
 * outside a valid sequence becomes the lone surrogate U+DC80 + (byte - 0x80),
 * the "surrogateescape" scheme of Python's PEP 383. So every path decodes to a
 * distinct string, and `encodeGitPath` gives git the exact bytes back.
 *
 * Such a string prints with U+FFFD replacement characters on a terminal, and
 * `JSON.stringify` writes the escapes as `\udcXX`, which `JSON.parse` reads back.
 */
const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
/** Decodes one path from git's `-z` output; see the file comment for bytes that are not UTF-8. */
function decodeGitPath(bytes) {
    try {
        return strictDecoder.decode(bytes);
    }
    catch {
        return decodeWithEscapes(bytes);
    }
}
/** Encodes a path from `decodeGitPath` back to the bytes git stores. */
function encodeGitPath(path) {
    const parts = [];
    let runStart = 0;
    for (let index = 0; index < path.length; index++) {
        if (!isEscapedByte(path, index))
            continue;
        parts.push(Buffer.from(path.slice(runStart, index), 'utf8'), Buffer.of(path.charCodeAt(index) - ESCAPE_OFFSET));
        runStart = index + 1;
    }
    if (parts.length === 0)
        return Buffer.from(path, 'utf8');
    parts.push(Buffer.from(path.slice(runStart), 'utf8'));
    return Buffer.concat(parts);
}
/**
 * Quotes a path the way git's `unquote_c_style` reads it, as in the input of
 * `git hash-object --stdin-paths`: inside double quotes, with `"` and `\`
 * escaped and every byte outside printable ASCII written as a 3-digit octal
 * escape. A quoted line may then contain any path, even one with a newline.
 */
function quoteGitPath(path) {
    let quoted = '"';
    for (const byte of encodeGitPath(path)) {
        if (byte === 0x22 || byte === 0x5c)
            quoted += `\\${String.fromCharCode(byte)}`;
        else if (byte >= 0x20 && byte < 0x7f)
            quoted += String.fromCharCode(byte);
        else
            quoted += `\\${byte.toString(8).padStart(3, '0')}`;
    }
    return `${quoted}"`;
}
/** Splits NUL-terminated `-z` output into its fields; a missing final NUL still ends the last field. */
function splitNulFields(output) {
    const fields = [];
    let start = 0;
    while (start < output.length) {
        let end = output.indexOf(0, start);
        if (end < 0)
            end = output.length;
        fields.push(output.subarray(start, end));
        start = end + 1;
    }
    return fields;
}
/**
 * Splits `-z` output into fields as `splitNulFields` does, and decodes each
 * field as `decodeGitPath` does. A NUL byte cannot fall inside a UTF-8
 * sequence, so when the whole output is valid UTF-8 every field is too, and
 * one decode of the output serves all fields. That is the common case, and
 * several times faster than a decode per field on the 10,000 records of a
 * large index. Output with a byte that is not UTF-8 is decoded field by field.
 */
function decodeNulFields(output) {
    let text;
    try {
        text = strictDecoder.decode(output);
    }
    catch {
        return splitNulFields(output).map(decodeGitPath);
    }
    if (text.length === 0)
        return [];
    const fields = text.split('\0');
    if (text.endsWith('\0'))
        fields.pop();
    return fields;
}
/** Checks whether a path from `decodeGitPath` has bytes that are not valid UTF-8. Node encodes child process arguments as UTF-8, so it cannot pass such bytes. */
function hasEscapedBytes(path) {
    for (let index = 0; index < path.length; index++)
        if (isEscapedByte(path, index))
            return true;
    return false;
}
/**
 * Writes a pathspec for a path with escaped bytes, which Node cannot pass as
 * an argument: glob magic, with each escaped byte as `?` (one byte, never
 * `/`) and the glob characters of the rest escaped. It may match a few other
 * files that differ only in those bytes, so callers keep only the exact
 * paths from git's output.
 */
function bytePatternPathspec(path) {
    let pattern = '';
    for (let index = 0; index < path.length; index++) {
        const character = path[index];
        if (isEscapedByte(path, index))
            pattern += '?';
        else
            pattern += '*?[\\'.includes(character) ? `\\${character}` : character;
    }
    return `:(top,glob)${pattern}`;
}
/** `0xdc80 - 0x80`: adding it maps bytes 0x80..0xff to U+DC80..U+DCFF. */
const ESCAPE_OFFSET = 0xdc00;
/** Checks whether the code unit at `index` is an escaped byte and not the low half of a surrogate pair. */
function isEscapedByte(path, index) {
    const unit = path.charCodeAt(index);
    if (unit < 0xdc80 || unit > 0xdcff)
        return false;
    const previous = index > 0 ? path.charCodeAt(index - 1) : 0;
    return previous < 0xd800 || previous > 0xdbff;
}
function decodeWithEscapes(bytes) {
    let text = '';
    let runStart = 0;
    let index = 0;
    while (index < bytes.length) {
        const length = validSequenceLength(bytes, index);
        if (length > 0) {
            index += length;
            continue;
        }
        text += strictDecoder.decode(bytes.subarray(runStart, index));
        text += String.fromCharCode(ESCAPE_OFFSET + bytes[index]);
        index++;
        runStart = index;
    }
    return text + strictDecoder.decode(bytes.subarray(runStart));
}
/**
 * Length of the well-formed UTF-8 sequence that starts at `index`, or 0 when
 * the byte there starts none. The byte ranges are those of table 3-7 of the
 * Unicode Standard, which exclude overlong forms, surrogates and code points
 * above U+10FFFF.
 */
function validSequenceLength(bytes, index) {
    const first = bytes[index];
    if (first < 0x80)
        return 1;
    const inRange = (offset, low, high) => {
        const byte = bytes[index + offset];
        return byte !== undefined && byte >= low && byte <= high;
    };
    if (first >= 0xc2 && first <= 0xdf)
        return inRange(1, 0x80, 0xbf) ? 2 : 0;
    if (first >= 0xe0 && first <= 0xef) {
        const low = first === 0xe0 ? 0xa0 : 0x80;
        const high = first === 0xed ? 0x9f : 0xbf;
        return inRange(1, low, high) && inRange(2, 0x80, 0xbf) ? 3 : 0;
    }
    if (first >= 0xf0 && first <= 0xf4) {
        const low = first === 0xf0 ? 0x90 : 0x80;
        const high = first === 0xf4 ? 0x8f : 0xbf;
        return inRange(1, low, high) && inRange(2, 0x80, 0xbf) && inRange(3, 0x80, 0xbf) ? 4 : 0;
    }
    return 0;
}


/***/ }),

/***/ 9347:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  xT: () => (/* binding */ assertSafeRef),
  MA: () => (/* binding */ changedLines),
  Pp: () => (/* binding */ diffLines),
  fE: () => (/* binding */ isShallow),
  PB: () => (/* binding */ isSparseCheckout),
  CS: () => (/* binding */ listFiles),
  SI: () => (/* binding */ mergeBasesOfCommits),
  Hn: () => (/* binding */ repositoryRoot),
  WL: () => (/* binding */ resolveCommit),
  W5: () => (/* binding */ resolveCommitInClone),
  S7: () => (/* binding */ resolveCommitPair),
  ZM: () => (/* binding */ workingTreeMatches)
});

// UNUSED EXPORTS: mergeBase, mergeBaseOfCommits, noMergeBaseError

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(3916);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(4030);
;// CONCATENATED MODULE: ./src/git/diff-parse.ts
/**
 * Parses the output of `git diff --patch-with-raw -z --unified=0` into a change set.
 *
 * The raw section, NUL-separated because of `-z`, carries every path without
 * quoting, so the patch section's C-quoted headers are never parsed. Git writes
 * the patch sections in the same order as the raw entries, and the parser
 * pairs them by position. Paths are decoded as `decodeGitPath` decodes them, so
 * a name that is not valid UTF-8 still names its file.
 */

/**
 * Options of `git diff` that produce the input of `parseDiff`. Each flag pins
 * a setting that user configuration could otherwise change (`diff.external`,
 * `diff.relative`, `color.diff`, `diff.renames`, textconv drivers).
 */
const DIFF_ARGUMENTS = [
    '--patch-with-raw',
    '-z',
    '--unified=0',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '-M',
];
/** Parses `git diff` output made with `DIFF_ARGUMENTS` into one change per file. */
function parseDiff(output) {
    const bytes = typeof output === 'string' ? Buffer.from(output, 'utf8') : output;
    const { entries, patchStart } = parseRawSection(bytes);
    // Only the hunk headers and the first character of each line are read from the patch, so invalid UTF-8 in its content does no harm.
    const patches = splitPatchSections(bytes.subarray(patchStart).toString('utf8'));
    const changes = [];
    let next = 0;
    for (const entry of entries) {
        const count = changesFileType(entry) ? 2 : 1;
        const sections = patches.slice(next, next + count);
        if (sections.length !== count)
            throw sectionCountError(entries.length, patches.length);
        changes.push(buildFileChange(entry, sections.flat()));
        next += count;
    }
    if (next !== patches.length)
        throw sectionCountError(entries.length, patches.length);
    return changes;
}
/**
 * Checks whether git writes the pair as two patch sections, a deletion and
 * then a creation. Git splits every pair whose file type changes (regular file,
 * symlink, submodule), although the raw section lists it once.
 */
function changesFileType(entry) {
    const oldType = Number.parseInt(entry.oldMode, 8) & FILE_TYPE_MASK;
    const newType = Number.parseInt(entry.newMode, 8) & FILE_TYPE_MASK;
    return oldType !== 0 && newType !== 0 && oldType !== newType;
}
/** The `S_IFMT` bits of a git file mode. */
const FILE_TYPE_MASK = 0o170000;
function sectionCountError(entries, sections) {
    return new Error(`git diff returned ${entries} raw entries that do not pair with its ${sections} patch sections`);
}
/**
 * Reads `:oldmode newmode oldsha newsha STATUS\0path\0[path\0]` records. The
 * raw section ends where the patch begins, with `diff --git` after an empty
 * NUL-terminated field.
 */
function parseRawSection(bytes) {
    const entries = [];
    let position = 0;
    while (position < bytes.length && bytes[position] === COLON) {
        const header = readField(bytes, position);
        const first = readField(bytes, header.next);
        position = first.next;
        const entry = { ...parseRawHeader(header.value.toString('latin1')), path: (0,git_path/* decodeGitPath */.yV)(first.value) };
        if (entry.statusLetter === 'R' || entry.statusLetter === 'C') {
            const second = readField(bytes, position);
            position = second.next;
            entry.oldPath = entry.path;
            entry.path = (0,git_path/* decodeGitPath */.yV)(second.value);
        }
        entries.push(entry);
    }
    // With both raw and patch output, git separates the two with one more NUL.
    if (bytes[position] === 0)
        position++;
    return { entries, patchStart: position };
}
const COLON = 0x3a;
/** Reads `:oldmode newmode oldsha newsha STATUS[score]`. */
function parseRawHeader(text) {
    const [oldMode, newMode, , , status] = text.slice(1).split(' ');
    if (!oldMode || !newMode || !status) {
        throw new Error(`unexpected raw diff record: ${JSON.stringify(text)}`);
    }
    const header = { oldMode, newMode, statusLetter: status[0] };
    if (status.length > 1)
        header.score = Number(status.slice(1));
    return header;
}
function readField(bytes, start) {
    const end = bytes.indexOf(0, start);
    if (end < 0)
        throw new Error('truncated raw diff output: a field has no NUL terminator');
    return { value: bytes.subarray(start, end), next: end + 1 };
}
/** Splits the patch text into the header and hunk-header lines of each `diff --git` section. */
function splitPatchSections(patch) {
    const sections = [];
    if (patch.length === 0)
        return sections;
    const lines = patch.split('\n');
    if (lines[lines.length - 1] === '')
        lines.pop();
    let current;
    let remainingOld = 0;
    let remainingNew = 0;
    let nextNewLine = 0;
    for (const line of lines) {
        // Content lines are counted from the hunk header, so a changed line that
        // happens to read `diff --git` never starts a new section. They are not
        // kept, because only the hunk headers carry line numbers, except that a
        // blank added line leaves a marker with its number.
        if (remainingOld > 0 || remainingNew > 0) {
            if (line.startsWith('-'))
                remainingOld--;
            else if (line.startsWith('+')) {
                if (BLANK_ADDED_LINE.test(line))
                    current?.push(`${BLANK_MARKER}${nextNewLine}`);
                nextNewLine++;
                remainingNew--;
            }
            continue;
        }
        if (line.startsWith('diff --git ')) {
            current = [line];
            sections.push(current);
            continue;
        }
        if (!current)
            throw new Error(`unexpected line before the first diff header: ${JSON.stringify(line)}`);
        current.push(line);
        const hunk = parseHunkHeader(line);
        if (hunk) {
            remainingOld = hunk.oldCount;
            remainingNew = hunk.newCount;
            nextNewLine = hunk.newStart;
        }
    }
    return sections;
}
/** An added line with nothing but spaces, tabs and the `\r` of a CRLF line. */
const BLANK_ADDED_LINE = /^\+[ \t\r]*$/;
/**
 * Starts the marker of a blank added line in a section's line list. Git
 * treats content with a NUL byte as binary, so no line of a text patch starts with one.
 */
const BLANK_MARKER = '\0';
const HUNK_HEADER = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;
function parseHunkHeader(line) {
    const match = HUNK_HEADER.exec(line);
    if (!match)
        return undefined;
    return {
        oldStart: Number(match[1]),
        oldCount: match[2] === undefined ? 1 : Number(match[2]),
        newStart: Number(match[3]),
        newCount: match[4] === undefined ? 1 : Number(match[4]),
    };
}
const STATUS_BY_LETTER = {
    A: 'added',
    M: 'modified',
    D: 'deleted',
    R: 'renamed',
    C: 'copied',
    T: 'typeChanged',
};
function buildFileChange(entry, section) {
    const status = STATUS_BY_LETTER[entry.statusLetter];
    if (!status) {
        throw new Error(`unsupported diff status ${JSON.stringify(entry.statusLetter)} for ${entry.path}`);
    }
    const change = {
        path: entry.path,
        status,
        oldMode: entry.oldMode,
        newMode: entry.newMode,
        binary: false,
        addedLines: [],
        deletedRanges: [],
    };
    if (entry.oldPath !== undefined)
        change.oldPath = entry.oldPath;
    if ((status === 'renamed' || status === 'copied') && entry.score !== undefined) {
        change.similarity = entry.score;
    }
    collectHunks(section, change);
    return change;
}
/** Fills the binary flag and the changed lines from one patch section. */
function collectHunks(section, change) {
    let inHeader = true;
    for (const line of section) {
        if (line.startsWith(BLANK_MARKER)) {
            (change.blankLines ??= []).push(Number(line.slice(BLANK_MARKER.length)));
            continue;
        }
        const hunk = parseHunkHeader(line);
        if (hunk) {
            inHeader = false;
            addHunk(hunk, change);
            continue;
        }
        if (inHeader && line.startsWith('Binary files ') && line.endsWith(' differ')) {
            change.binary = true;
        }
    }
}
function addHunk(hunk, change) {
    if (hunk.oldCount > 0) {
        change.deletedRanges.push({ start: hunk.oldStart, count: hunk.oldCount });
    }
    for (let offset = 0; offset < hunk.newCount; offset++) {
        change.addedLines.push(hunk.newStart + offset);
    }
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(6148);
;// CONCATENATED MODULE: ./src/git/git.ts
/**
 * Git adapter: every function takes the working folder as its first argument
 * and runs git through `runGit`, never through a shell.
 */




/**
 * Top folders that git returned in this process. Asked from such a folder,
 * `git rev-parse --show-toplevel` returns the folder itself, so it is not
 * asked again: one run reads the root in the CLI, in the change detection
 * and in the file listing.
 */
const knownRoots = new Set();
/** Absolute path of the top folder of the working tree that contains `cwd`. */
async function repositoryRoot(cwd) {
    if (knownRoots.has(cwd))
        return cwd;
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--show-toplevel']);
    if (result.exitCode !== 0)
        throw new errors/* UserError */.yo(notRepositoryMessage(cwd, result.stderr));
    const root = result.stdout.toString('utf8').trimEnd();
    knownRoots.add(root);
    return root;
}
/**
 * Explains why `rev-parse --show-toplevel` failed. Git refuses a repository
 * owned by another user (`safe.directory`) with the same exit code as a
 * folder outside any repository, and the two need different fixes.
 */
function notRepositoryMessage(cwd, stderr) {
    if (/dubious ownership/i.test(stderr)) {
        return `git refuses to read the repository at ${cwd} because another user owns it (${(0,run_git/* oneLine */.TN)(stderr)}). Add it to safe.directory with git config --global --add safe.directory, or run TestMaster as the user who owns the checkout`;
    }
    return `${cwd} is not inside a git working tree (${(0,run_git/* oneLine */.TN)(stderr)}). Run TestMaster in a checkout of the repository, after actions/checkout`;
}
/**
 * Rejects a ref that git could read as an option, a range (`^main`,
 * `main..feat`), whose commits no single SHA stands for, and refs with
 * control characters, which no valid ref or revision contains.
 */
function assertSafeRef(ref, role = 'ref') {
    if (ref.length === 0) {
        throw new errors/* UserError */.yo(`The ${role} is empty. Pass a branch name, tag or commit SHA`);
    }
    if (ref.startsWith('-')) {
        throw new errors/* UserError */.yo(`The ${role} ${JSON.stringify(ref)} starts with "-", which git would read as an option. Pass a branch name, tag or commit SHA`);
    }
    if (ref.startsWith('^') || ref.includes('..')) {
        throw new errors/* UserError */.yo(`The ${role} ${JSON.stringify(ref)} names a range of commits, not one commit. Pass a branch name, tag or commit SHA`);
    }
    if (/[\u0000-\u001f\u007f]/.test(ref)) {
        throw new errors/* UserError */.yo(`The ${role} ${JSON.stringify(ref)} contains a control character. Pass a branch name, tag or commit SHA`);
    }
}
/** Full SHA of the commit that `ref` names; a missing ref or a ref to a non-commit is a `UserError`. */
async function resolveCommit(cwd, ref) {
    assertSafeRef(ref);
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const sha = result.stdout.toString('utf8').trim();
    if (result.exitCode !== 0 || sha.length === 0)
        throw commitNotFound(cwd, ref);
    return sha;
}
/**
 * Returns what `resolveCommit` and `isShallow` return, from one git
 * process: `rev-parse` prints the shallow flag on the first line and the
 * verified SHA on the second.
 */
async function resolveCommitInClone(cwd, ref) {
    assertSafeRef(ref);
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--is-shallow-repository', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const [shallow, sha = ''] = result.stdout.toString('utf8').trim().split('\n');
    if (result.exitCode !== 0 || !/^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(sha))
        throw commitNotFound(cwd, ref);
    return { sha, shallow: shallow === 'true' };
}
function commitNotFound(cwd, ref) {
    return new errors/* UserError */.yo(`The ref or commit ${JSON.stringify(ref)} was not found in the repository at ${cwd}. ` +
        'Check the spelling, fetch it (git fetch origin REF), or set fetch-depth: 0 on actions/checkout so the history contains it');
}
/**
 * Resolves two refs to commits, finds their merge base and checks whether
 * the clone is shallow, in one `git rev-parse` process in place of the
 * three of `resolveCommit` twice and `mergeBaseOfCommits`. `rev-parse B...H` prints both ends and then each
 * merge base after a `^`. With exactly one, it is the commit that
 * `git merge-base` returns. Returns null when either ref does not resolve
 * or the output has another form, so that the caller runs the separate
 * calls, which report each problem as before.
 */
async function resolveCommitPair(cwd, base, head) {
    const baseCommit = `${base}^{commit}`;
    const headCommit = `${head}^{commit}`;
    // --revs-only drops a ref that does not resolve instead of failing, so the line count shows it.
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--is-shallow-repository', '--revs-only', '--end-of-options', headCommit, baseCommit, `${baseCommit}...${headCommit}`]);
    if (result.exitCode !== 0)
        return null;
    const [shallow, headSha, baseSha, end1, end2, ...mergeBases] = result.stdout.toString('utf8').trim().split('\n');
    if (shallow !== 'true' && shallow !== 'false')
        return null;
    if (!isFullSha(headSha) || !isFullSha(baseSha) || !isFullSha(end1) || !isFullSha(end2))
        return null;
    if (!((end1 === headSha && end2 === baseSha) || (end1 === baseSha && end2 === headSha)))
        return null;
    if (!mergeBases.every((line) => line.startsWith('^') && isFullSha(line.slice(1))))
        return null;
    return {
        baseSha,
        headSha,
        shallow: shallow === 'true',
        ...(mergeBases.length === 1 ? { mergeBase: mergeBases[0].slice(1) } : {}),
        ambiguousRefs: ambiguousRefsOf(result.stderr),
    };
}
/** Returns the names of git's `warning: refname 'NAME' is ambiguous.` lines, once each, in order. */
function ambiguousRefsOf(stderr) {
    const names = [...stderr.matchAll(/^warning: refname '(.*)' is ambiguous\.$/gm)].map((match) => match[1]);
    return [...new Set(names)];
}
function isFullSha(text) {
    return text !== undefined && /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/.test(text);
}
/**
 * SHA of the best common ancestor of two refs, or `null` when the histories
 * share no commit, which in a shallow clone usually means too little history.
 */
async function mergeBase(cwd, base, head) {
    const baseSha = await resolveCommit(cwd, base);
    const headSha = await resolveCommit(cwd, head);
    return mergeBaseOfCommits(cwd, baseSha, headSha);
}
/** Like `mergeBase`, but takes SHAs that `resolveCommit` already returned. */
async function mergeBaseOfCommits(cwd, baseSha, headSha) {
    return (await mergeBasesOfCommits(cwd, baseSha, headSha))[0] ?? null;
}
/**
 * Returns every best common ancestor of two commits, as `git merge-base --all`
 * lists them, or none for unrelated histories. Criss-cross merges give more
 * than one. git's single answer is the first of this list.
 */
async function mergeBasesOfCommits(cwd, baseSha, headSha) {
    const result = await (0,run_git/* runGit */.EO)(cwd, ['merge-base', '--all', '--end-of-options', baseSha, headSha]);
    // git merge-base exits with 1 and prints nothing when there is no common ancestor.
    if (result.exitCode === 1 && result.stdout.length === 0)
        return [];
    if (result.exitCode !== 0) {
        throw new errors/* UserError */.yo(`git merge-base ${baseSha} ${headSha} failed: ${(0,run_git/* oneLine */.TN)(result.stderr)}`);
    }
    return result.stdout.toString('utf8').trim().split('\n');
}
/**
 * Changes that `headRef` makes on top of the merge base of the two refs, the
 * same as the three-dot `git diff base...head`, so commits that landed on the
 * base branch after the branch point are not reported as changes of the head.
 */
async function changedLines(cwd, baseRef, headRef) {
    const base = await resolveCommit(cwd, baseRef);
    const head = await resolveCommit(cwd, headRef);
    const mergeBaseSha = await mergeBaseOfCommits(cwd, base, head);
    if (mergeBaseSha === null) {
        throw await noMergeBaseError(cwd, baseRef, headRef);
    }
    return { mergeBase: mergeBaseSha, base, head, files: await diffLines(cwd, mergeBaseSha, head) };
}
/** Changes from commit `from` to commit `to`, or to the working tree when `to` is null, with their changed lines. */
async function diffLines(cwd, from, to) {
    const revisions = to === null ? [from] : [from, to];
    const output = await (0,run_git/* runGitChecked */.lH)(cwd, ['-c', 'core.quotePath=false', 'diff', ...DIFF_ARGUMENTS, '--end-of-options', ...revisions]);
    return parseDiff(output);
}
/** Tracked files as repository-relative POSIX paths, wherever in the tree `cwd` is. */
async function listFiles(cwd) {
    const output = await (0,run_git/* runGitChecked */.lH)(cwd, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--full-name', '--', ':(top)']);
    return (0,git_path/* decodeNulFields */.Vj)(output);
}
/**
 * Checks whether the working tree holds exactly the files of `sha`: no
 * tracked file differs from the commit, and there is no untracked file that
 * the ignore rules do not cover.
 */
async function workingTreeMatches(cwd, sha) {
    const diff = await (0,run_git/* runGit */.EO)(cwd, ['diff', '--quiet', '--no-ext-diff', '--no-textconv', '--end-of-options', sha, '--']);
    if (diff.exitCode === 1)
        return false;
    if (diff.exitCode !== 0)
        throw new run_git/* GitCommandError */.iR(['diff', '--quiet', sha], diff.exitCode, diff.stderr);
    const untracked = await (0,run_git/* runGitChecked */.lH)(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', ':(top)']);
    return untracked.length === 0;
}
/** Checks whether the repository is a shallow clone, whose history is cut at some depth. */
async function isShallow(cwd) {
    const output = await (0,run_git/* runGitChecked */.lH)(cwd, ['rev-parse', '--is-shallow-repository']);
    return output.toString('utf8').trim() === 'true';
}
/** Checks whether the working tree is a sparse checkout, which leaves some tracked files out of the working tree. */
async function isSparseCheckout(cwd) {
    const result = await (0,run_git/* runGit */.EO)(cwd, ['config', '--type=bool', '--get', 'core.sparseCheckout']);
    return result.exitCode === 0 && result.stdout.toString('utf8').trim() === 'true';
}
/** Builds the error for two refs without a common ancestor, with the fix that fits the clone. */
async function noMergeBaseError(cwd, baseRef, headRef) {
    const shallow = await isShallow(cwd);
    const names = `${JSON.stringify(baseRef)} and ${JSON.stringify(headRef)}`;
    if (shallow) {
        return new errors/* UserError */.yo(`No merge base of ${names} was found because the clone is shallow. ` +
            'Set fetch-depth: 0 on actions/checkout, or fetch more history with git fetch --deepen');
    }
    return new errors/* UserError */.yo(`${names} have no common ancestor. Compare the pull request against the branch it was created from`);
}


/***/ }),

/***/ 6148:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EO: () => (/* binding */ runGit),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   f6: () => (/* binding */ runGitWithInputChecked),
/* harmony export */   hl: () => (/* binding */ runGitWithEnvironment),
/* harmony export */   iR: () => (/* binding */ GitCommandError),
/* harmony export */   lH: () => (/* binding */ runGitChecked)
/* harmony export */ });
/* unused harmony export runGitWithInput */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);



/** A git command that exited with a status the caller did not expect. */
class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed with exit code ${exitCode}: ${oneLine(stderr)}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
/**
 * Runs git with an argument array and no shell, so refs and paths from a pull
 * request reach git as single arguments. Output is collected as bytes because
 * paths and patches need not be valid UTF-8 until the caller decodes them.
 */
function runGit(cwd, args) {
    return spawnGit(cwd, args, null);
}
/**
 * Runs git like `runGit` with extra environment variables, such as
 * `GIT_INDEX_FILE` for a command that must not touch the repository's index.
 */
function runGitWithEnvironment(cwd, args, environment) {
    return spawnGit(cwd, args, null, environment);
}
/**
 * Runs git like `runGit` and writes `input` to its standard input. Batch
 * commands (`cat-file --batch`, `hash-object --stdin-paths`) read their
 * requests this way, so one process serves any number of files.
 */
function runGitWithInput(cwd, args, input) {
    return spawnGit(cwd, args, input);
}
/**
 * Runs `runGitWithInput` and returns standard output. A batch command reads
 * objects or files that an earlier command listed, so a non-zero exit means
 * a damaged repository or a stopped git. That is reported as a `UserError`
 * that quotes git and names the check to run, caused by a `GitCommandError`.
 */
async function runGitWithInputChecked(cwd, args, input) {
    const result = await runGitWithInput(cwd, args, input);
    if (result.exitCode !== 0) {
        const failure = new GitCommandError(args, result.exitCode, result.stderr);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`git ${subcommandOf(args)} failed in ${cwd} with exit code ${result.exitCode} (${oneLine(result.stderr)}). Check the repository with git fsck and run TestMaster again`, { cause: failure });
    }
    return result.stdout;
}
/**
 * Spawns git and collects its output. Short local commands run with
 * `spawnSync`, because the engine awaits each git call before the next, so
 * nothing waits on the event loop meanwhile. A synchronous spawn costs the
 * parent less than half the CPU time of an asynchronous one, whose pipes are
 * streams (7 spawns measured with `process.cpuUsage`: 4.3 against 9.6 ms).
 * Commands that can run for long stay asynchronous, so that a signal handler
 * (the validate stage removes its checkout on SIGINT and SIGTERM) runs at
 * once instead of after git ends.
 */
function spawnGit(cwd, args, input, environment = {}) {
    const options = { cwd, env: { ...gitEnvironment(), ...environment } };
    return LONG_COMMANDS.has(subcommandOf(args)) ? spawnGitAsync(options, args, input) : spawnGitSync(options, args, input);
}
/** Commands that wait on the network (`fetch`) or write a whole tree of files (the export of a commit). */
const LONG_COMMANDS = new Set(['fetch', 'read-tree', 'checkout-index']);
/** Returns the git command of an argument list: the first word after the global options and their values. */
function subcommandOf(args) {
    for (let index = 0; index < args.length; index++) {
        const arg = args[index];
        if (arg === '-c' || arg === '-C')
            index++;
        else if (!arg.startsWith('-'))
            return arg;
    }
    return '';
}
async function spawnGitSync(options, args, input) {
    // No output limit: the asynchronous path has none either, and a listing of
    // a large repository's index runs to megabytes.
    const result = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)('git', [...args], { ...options, input: input ?? undefined, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'], maxBuffer: Infinity });
    await letSignalHandlersRun();
    const error = result.error;
    // A git process that exits before it reads all input closes the pipe. Its
    // exit code and stderr report that failure, so EPIPE is not an error here.
    if (error && error.code !== 'EPIPE')
        throw spawnFailure(error, options.cwd);
    return {
        stdout: result.stdout ?? Buffer.alloc(0),
        stderr: stderrText(result.stderr ?? Buffer.alloc(0), result.signal),
        exitCode: result.status ?? (result.signal ? 128 : 1),
    };
}
/**
 * Lets the event loop read a signal that reached this process while a
 * synchronous git ran, so that its handler runs before the caller reads a
 * result that the same signal may have cut short. The loop reads signals in
 * its poll phase, and the second `setImmediate` runs only after one.
 */
async function letSignalHandlersRun() {
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
}
/** Standard output is read while the input is written, so a large batch cannot fill both pipes and stall. */
function spawnGitAsync(options, args, input) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], { ...options, stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => reject(spawnFailure(error, options.cwd)));
        child.on('close', (code, signal) => {
            resolve({
                stdout: Buffer.concat(stdout),
                stderr: stderrText(Buffer.concat(stderr), signal),
                exitCode: code ?? (signal ? 128 : 1),
            });
        });
        if (input) {
            child.stdin.on('error', (error) => {
                if (error.code !== 'EPIPE')
                    reject(error);
            });
            child.stdin.end(input);
        }
    });
}
/** Returns git's error output, or the signal that ended git when it wrote none, so that a message never quotes an empty reason. */
function stderrText(stderr, signal) {
    const text = stderr.toString('utf8');
    return text.trim() === '' && signal ? `git was ended by ${signal}` : text;
}
/**
 * Turns a failed spawn into a message about the working folder or the git
 * binary. spawn reports a missing folder and a missing git with the same
 * ENOENT, so this function distinguishes them by looking at the folder.
 */
function spawnFailure(error, cwd) {
    if (error.code === 'ENOTDIR')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`${cwd} is not a folder. Run TestMaster in a checkout, or name one with -C`, { cause: error });
    if (error.code === 'ENAMETOOLONG')
        return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`The folder path ${cwd} is too long for the operating system. Name a shorter path with -C`, { cause: error });
    if (error.code !== 'ENOENT')
        return error;
    const message = isFolder(cwd)
        ? 'git was not found on PATH. Install git and run TestMaster inside a checkout'
        : `The folder ${cwd} does not exist. Run TestMaster in a checkout, or name one with -C`;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(message, { cause: error });
}
/** Runs git and returns its standard output, or throws `GitCommandError` on a non-zero exit. */
async function runGitChecked(cwd, args) {
    const result = await runGit(cwd, args);
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.stderr);
    return result.stdout;
}
/** Git's error output on one line, for quoting inside a sentence. */
function oneLine(stderr) {
    return stderr.trim().replace(/\s*\n\s*/g, ' ').replace(/\.$/, '');
}
/**
 * Keeps git from prompting for credentials (a prompt would hang a CI job) and
 * fixes the message language, so stderr reads the same on every runner.
 */
function gitEnvironment() {
    return {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        LC_ALL: 'C',
        LANGUAGE: 'C',
    };
}
function isFolder(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.statSync)(path, { throwIfNoEntry: false })?.isDirectory() === true;
}


/***/ }),

/***/ 5126:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ quoteName),
/* harmony export */   W: () => (/* binding */ displayText)
/* harmony export */ });
/**
 * The one visible form of a path or import specifier in the sentences,
 * tables and chart of the impact report. The JSON result keeps every path
 * exact, and the renderers escape this form once for their output: Markdown
 * escapes its syntax, Mermaid writes entity codes, and the terminal prints
 * it as it is.
 *
 * A path may contain any byte but NUL. Left raw, a line feed or tab would
 * become a space in every renderer, and a quote or backslash written as in
 * JSON would show its escape. So backslashes and quotes stay as they are,
 * each C0 control character becomes its Unicode control picture (U+2400 to
 * U+241F, and U+2421 for DEL), and a byte that is not UTF-8, which
 * `decodeGitPath` keeps as a lone surrogate, becomes U+FFFD.
 */
const C0_AND_DELETE = /[\u0000-\u001f\u007f]/g;
const LONE_SURROGATES = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL_PICTURES = 0x2400;
const DELETE_PICTURE = '\u2421';
const REPLACEMENT_CHARACTER = '\uFFFD';
/** Returns `text` as one visible line: control characters as control pictures, bytes that are not UTF-8 as U+FFFD. */
function displayText(text) {
    return text
        .replace(C0_AND_DELETE, (character) => (character === '\u007f' ? DELETE_PICTURE : String.fromCharCode(CONTROL_PICTURES + character.charCodeAt(0))))
        .replace(LONE_SURROGATES, REPLACEMENT_CHARACTER);
}
/** Returns `name` in double quotes, in its `displayText` form, for a name inside a sentence. */
function quoteName(name) {
    return `"${displayText(name)}"`;
}


/***/ }),

/***/ 184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ig: () => (/* binding */ DEFAULT_RISK_WEIGHTS),
/* harmony export */   QM: () => (/* binding */ DEFAULT_HISTORY_WINDOW),
/* harmony export */   yJ: () => (/* binding */ DEFAULT_RISK_LEVELS)
/* harmony export */ });
/**
 * Default weights and level thresholds of the risk score. docs/risk.md gives
 * the reasons and shows how `impact.risk` in `.github/testmaster.yml`
 * changes them.
 */
/**
 * Weight of each factor; they sum to 100, so the total score is 0..100.
 * Diff size and sensitive paths weigh most because they are the most direct
 * signals. Fan-in and centrality together (24) carry the reach of the change
 * through the import graph. History (churn 8, authors 5) weighs least
 * because its signal is indirect.
 */
const DEFAULT_RISK_WEIGHTS = {
    diffSize: 15,
    diffSpread: 8,
    fanIn: 12,
    centrality: 12,
    churn: 8,
    authors: 5,
    uncoveredLines: 12,
    sensitivePaths: 15,
    deletedExports: 13,
};
/** Lowest total score of each level above `low`. */
const DEFAULT_RISK_LEVELS = {
    medium: 25,
    high: 50,
    critical: 75,
};
/**
 * Window of git history that churn and authors read unless the settings give
 * another, in `git log --since` form. `CHURN_SCALE` is calibrated for it.
 */
const DEFAULT_HISTORY_WINDOW = '90 days';


/***/ }),

/***/ 333:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   pq: () => (/* binding */ countOf),
/* harmony export */   zJ: () => (/* binding */ formatDecimal)
/* harmony export */ });
/**
 * Numbers in report text, formatted as `toLocaleString('en-US')` formats them.
 * The first call of that loads ICU's locale data, 10 to 20 ms of every run.
 */
/** Formats a count with thousands separators: 17999 as "17,999". A fraction keeps up to three decimals. */
function formatCount(count) {
    return Number.isInteger(count) ? groupThousands(count) : formatDecimal(count, 3);
}
/** Formats a count with its noun: "1 file", "2 files". */
function countOf(count, singular, plural) {
    return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
/**
 * Formats `value` with up to `fractionDigits` decimals: 12.50 as "12.5".
 * It rounds the shortest decimal form half away from zero, as Intl does (1.005 gives "1.01", while `toFixed` gives "1.00").
 */
function formatDecimal(value, fractionDigits) {
    const shortest = String(Math.abs(value));
    if (!Number.isFinite(value) || shortest.includes('e'))
        return value.toLocaleString('en-US', { maximumFractionDigits: fractionDigits });
    const [whole = '0', fraction = ''] = shortest.split('.');
    let scaled = BigInt(whole + fraction.slice(0, fractionDigits).padEnd(fractionDigits, '0'));
    if ((fraction.charCodeAt(fractionDigits) || 0) >= 0x35)
        scaled += 1n;
    const digits = scaled.toString().padStart(fractionDigits + 1, '0');
    const integerPart = digits.slice(0, digits.length - fractionDigits);
    const decimals = digits.slice(digits.length - fractionDigits).replace(/0+$/, '');
    const text = `${groupThousands(Number(integerPart))}${decimals === '' ? '' : `.${decimals}`}`;
    return value < 0 ? `-${text}` : text;
}
function groupThousands(integer) {
    if (Math.abs(integer) >= 1e21)
        return String(integer);
    const digits = String(Math.abs(integer));
    let grouped = digits.slice(0, digits.length % 3 || 3);
    for (let index = grouped.length; index < digits.length; index += 3)
        grouped += `,${digits.slice(index, index + 3)}`;
    return integer < 0 ? `-${grouped}` : grouped;
}


/***/ }),

/***/ 8101:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ overallStatus)
/* harmony export */ });
/**
 * The results model that every stage returns and every renderer reads.
 *
 * Stages describe their report as structured blocks of plain text. Renderers
 * write Markdown for the PR comment, check run and job summary, and plain text
 * for the terminal. They escape every piece of text, so a file name or branch name from a
 * pull request can never inject Markdown, HTML or mentions.
 */
function overallStatus(report) {
    const statuses = report.stages.map((stage) => stage.status);
    if (statuses.includes('error'))
        return 'error';
    if (statuses.includes('failed'))
        return 'failed';
    if (statuses.length > 0 && statuses.every((status) => status === 'skipped'))
        return 'skipped';
    return 'passed';
}


/***/ }),

/***/ 4216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ JsonItems),
/* harmony export */   j: () => (/* binding */ writeJsonText)
/* harmony export */ });
/**
 * JSON text written in pieces, for results too large to build as one
 * string. The coverage result of a report with 13,000 files is about 6 MB
 * of JSON, and `JSON.stringify` returns it as one string, which is copied
 * again when a line break is appended and when it is written out. Written
 * in pieces of about 64 KiB, the text never exists whole.
 *
 * The pieces join to exactly what `JSON.stringify(value, null, indent)`
 * returns, for the values that results contain: plain objects and arrays,
 * strings, finite and non-finite numbers, booleans, null, undefined and
 * objects with a `toJSON` method.
 */
/**
 * A long array whose items are made one at a time, as they are written.
 * `writeJsonText` writes it item by item, so that its items never exist all
 * at once. `JSON.stringify` serializes it as an ordinary array, through
 * `toJSON`.
 */
class JsonItems {
    length;
    item;
    constructor(length, item) {
        this.length = length;
        this.item = item;
    }
    at(index) {
        return this.item(index);
    }
    toJSON() {
        return Array.from({ length: this.length }, (_, index) => this.item(index));
    }
}
/** Characters collected before `write` receives them. */
const PIECE_LENGTH = 64 * 1024;
/** Maximum array items per `JSON.stringify` call. Runs of small items, such as paths, reach it. */
const MAX_RUN_LENGTH = 4096;
/** Array items that the first `JSON.stringify` call of an array writes, before their text length is known. */
const FIRST_RUN_LENGTH = 16;
/**
 * Calls `write` with consecutive pieces of the JSON text of `value`, as
 * `JSON.stringify(value, null, indent)` formats it. Nothing is written for
 * a value that has no JSON text, such as undefined.
 */
function writeJsonText(value, indent, write) {
    const writer = new JsonWriter(' '.repeat(indent), write);
    const resolved = resolve(value, '');
    if (hasJsonText(resolved))
        writer.value(resolved, '');
    writer.flush();
}
class JsonWriter {
    indentUnit;
    write;
    buffer = '';
    wrappers = new Map();
    /** Array items for the next `JSON.stringify` call, from the text length of the last one. */
    runLength = FIRST_RUN_LENGTH;
    /** Line break before each member or item, empty when the text is compact (indent 0), as in `JSON.stringify`. */
    newline;
    /** Text between a member's key and its value. */
    colon;
    constructor(indentUnit, write) {
        this.indentUnit = indentUnit;
        this.write = write;
        this.newline = indentUnit === '' ? '' : '\n';
        this.colon = indentUnit === '' ? ':' : ': ';
    }
    /** Appends the JSON text of a value that `resolve` returned and that has JSON text. */
    value(value, indent) {
        if (value === null)
            this.append('null');
        else if (typeof value === 'string')
            this.append(JSON.stringify(value));
        else if (typeof value === 'number')
            this.append(Number.isFinite(value) ? String(value) : 'null');
        else if (typeof value === 'boolean')
            this.append(value ? 'true' : 'false');
        else if (Array.isArray(value))
            this.array(value, indent);
        else if (value instanceof JsonItems)
            this.array(value, indent);
        else
            this.object(value, indent);
    }
    flush() {
        if (this.buffer.length > 0)
            this.write(this.buffer);
        this.buffer = '';
    }
    array(items, indent) {
        if (items.length === 0) {
            this.append('[]');
            return;
        }
        const inner = indent + this.indentUnit;
        this.append('[');
        let index = 0;
        while (index < items.length) {
            const separator = `${index === 0 ? '' : ','}${this.newline}${inner}`;
            const run = this.nativeRun(items, index);
            if (run.items.length > 0) {
                this.append(separator + this.nativeItemsText(run.items, indent));
                index += run.items.length;
                continue;
            }
            this.append(separator);
            const item = resolve(run.next, String(index));
            // An array keeps its length: an item without JSON text is written as null.
            if (!hasJsonText(item))
                this.append('null');
            else
                this.value(item, inner);
            index += 1;
        }
        this.append(`${this.newline}${indent}]`);
    }
    /**
     * Collects the items from `start` on that `JSON.stringify` writes as the
     * writer would, up to the number that makes about half a piece of text.
     * An item with a `toJSON` method ends the run, because `JSON.stringify`
     * would pass it its index in the run rather than in `items`. That item is
     * returned as `next`.
     */
    nativeRun(items, start) {
        const run = [];
        const end = Math.min(items.length, start + this.runLength);
        for (let index = start; index < end; index++) {
            const item = items instanceof JsonItems ? items.at(index) : items[index];
            if (hasToJson(item))
                return { items: run, next: item };
            run.push(item);
        }
        return { items: run, next: undefined };
    }
    /**
     * Returns the JSON text of consecutive array items, joined as the array
     * joins them, from one `JSON.stringify` call. We wrote the 5.5 MB impact
     * result of bench/impact-speed's synthetic repository to /dev/null in new
     * Node 20 processes (medians of 6 runs). That took about 40 ms of CPU time
     * with one call per item, 27 ms with one call per run, and 22 ms with one
     * call for the whole text.
     *
     * The run is wrapped in one array per level of `indent`, so that
     * `JSON.stringify` indents its items as deep as they sit here, and the
     * text around the items is cut off. The next run's length is set from
     * this run's text, so that a run makes about half a piece.
     */
    nativeItemsText(run, indent) {
        const depth = this.indentUnit === '' ? 0 : indent.length / this.indentUnit.length;
        let wrapped = run;
        for (let level = 0; level < depth; level++)
            wrapped = [wrapped];
        const text = JSON.stringify(wrapped, null, this.indentUnit);
        const cut = this.wrapperLengths(depth);
        const itemLength = Math.max(1, (text.length - cut.before - cut.after) / run.length);
        this.runLength = Math.min(MAX_RUN_LENGTH, Math.max(1, Math.floor(PIECE_LENGTH / 2 / itemLength)));
        return text.slice(cut.before, text.length - cut.after);
    }
    /** Lengths of the text that a one-item array wrapped in `depth` arrays puts before and after its item, measured once per depth. */
    wrapperLengths(depth) {
        let lengths = this.wrappers.get(depth);
        if (lengths === undefined) {
            let wrapped = [0];
            for (let level = 0; level < depth; level++)
                wrapped = [wrapped];
            const text = JSON.stringify(wrapped, null, this.indentUnit);
            const at = text.indexOf('0');
            lengths = { before: at, after: text.length - at - 1 };
            this.wrappers.set(depth, lengths);
        }
        return lengths;
    }
    object(value, indent) {
        const inner = indent + this.indentUnit;
        let written = 0;
        this.append('{');
        for (const key of Object.keys(value)) {
            const member = resolve(value[key], key);
            if (!hasJsonText(member))
                continue;
            this.append(`${written === 0 ? '' : ','}${this.newline}${inner}${JSON.stringify(key)}${this.colon}`);
            this.value(member, inner);
            written++;
        }
        this.append(written === 0 ? '}' : `${this.newline}${indent}}`);
    }
    append(text) {
        // A long text goes out in a piece of its own, so pieces stay near PIECE_LENGTH.
        if (this.buffer.length > 0 && this.buffer.length + text.length > PIECE_LENGTH)
            this.flush();
        this.buffer += text;
        if (this.buffer.length >= PIECE_LENGTH)
            this.flush();
    }
}
/** Returns what JSON text shows of `value` under `key`: the result of its `toJSON` method when it has one. */
function resolve(value, key) {
    if (typeof value === 'bigint')
        throw new TypeError('Do not know how to serialize a BigInt');
    if (value instanceof JsonItems)
        return value;
    if (typeof value === 'object' && value !== null && typeof value.toJSON === 'function') {
        return value.toJSON(key);
    }
    return value;
}
/** Checks whether `value` is an object with a `toJSON` method, which `JSON.stringify` calls with the member's key or the item's index. */
function hasToJson(value) {
    return typeof value === 'object' && value !== null && typeof value.toJSON === 'function';
}
/** Checks whether a resolved value has JSON text; undefined, functions and symbols have none. */
function hasJsonText(value) {
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}


/***/ }),

/***/ 8967:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ SHORT_PHASE_BUDGET_FACTOR),
/* harmony export */   G2: () => (/* binding */ withDelayedOptimization)
/* harmony export */ });
/* unused harmony exports STAGE_BUDGET_FACTOR, interruptBudget */
/* harmony import */ var _v8_flags_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9293);
/**
 * Delays V8's optimizing compiler on Node.js 20 while the impact stage runs.
 *
 * Why: Node.js 20 ships V8 11.3, whose only optimizing tier is TurboFan, and
 * TurboFan compiles on background threads whose time counts in the process's
 * CPU time. The impact stage lasts a second or less, and many of its
 * functions (the lexer, the equivalence check, the cache readers) get hot
 * enough to be compiled, then run only a few milliseconds more. A larger
 * interrupt budget lets a function tier up only after that much more work,
 * so those phases stay in baseline code and the long ones still get
 * optimized. Cold impact runs took 20 % to 30 % less CPU time with 8 times
 * the default budget. With 16 times they took as much or slightly less
 * again, and 32 times was slower on two of four repositories (see
 * bench/impact-speed/README.md).
 *
 * A phase that runs once and briefly, such as the equivalence check with
 * sucrase, delays further inside the stage (`SHORT_PHASE_BUDGET_FACTOR`).
 *
 * The coverage stage is left at the default: reading a 100 MB lcov report
 * took about 8 % more CPU time with the larger budget, because its few hot
 * loops are optimized later. Older Node.js versions are not supported, and
 * Node.js 22 and later run V8 12 or newer, whose Maglev tier compiles
 * cheaply, and which no longer has this flag, so nothing changes there.
 */

/** V8 11.3's default `--interrupt-budget`, in bytes of bytecode executed. */
const DEFAULT_INTERRUPT_BUDGET = 67_584;
/** Budget factor for the impact stage as a whole. */
const STAGE_BUDGET_FACTOR = 16;
/**
 * Budget factor for a phase that runs once per process for tens of
 * milliseconds, long enough for TurboFan to compile its code and too short
 * to gain from it.
 */
const SHORT_PHASE_BUDGET_FACTOR = 64;
/** Factor in force now, which a nested phase restores when it settles. The factor 1 is V8's default. */
let activeFactor = 1;
/**
 * Returns the interrupt budget for `factor` times the default, for a version
 * string like `process.versions.node`, or undefined outside Node.js 20,
 * where the budget stays as it is.
 */
function interruptBudget(nodeVersion, factor) {
    const major = /^(\d+)\./.exec(nodeVersion)?.[1];
    if (major === undefined || Number(major) !== 20)
        return undefined;
    return DEFAULT_INTERRUPT_BUDGET * factor;
}
/**
 * Runs `work` with the budget at `factor` times the default, and restores
 * the factor that was in force before when it settles. Phases nest: the
 * equivalence check runs inside the impact stage.
 */
async function withDelayedOptimization(work, factor = STAGE_BUDGET_FACTOR) {
    const outerFactor = activeFactor;
    setBudget(factor);
    activeFactor = factor;
    try {
        return await work();
    }
    finally {
        setBudget(outerFactor);
        activeFactor = outerFactor;
    }
}
function setBudget(factor) {
    const budget = interruptBudget(process.versions.node, factor);
    if (budget !== undefined)
        (0,_v8_flags_js__WEBPACK_IMPORTED_MODULE_0__/* .setV8Flag */ .N1)('interrupt-budget', budget, DEFAULT_INTERRUPT_BUDGET);
}


/***/ })

};
