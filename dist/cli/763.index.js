export const id = 763;
export const ids = [763];
export const modules = {

/***/ 763:
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
// EXTERNAL MODULE: ./src/git/default-branch.ts
var default_branch = __webpack_require__(6702);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(9347);
// EXTERNAL MODULE: ./src/report/markdown.ts + 1 modules
var report_markdown = __webpack_require__(3703);
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

// EXTERNAL MODULE: ./src/config/issues.ts
var config_issues = __webpack_require__(1012);
;// CONCATENATED MODULE: ./src/run/error-stage.ts

/**
 * The report of a stage that could not run because its input was invalid.
 * It carries the message in every channel, so the job summary, the comment
 * and the `result` output all show what to fix.
 */
function errorStage(id, title, error) {
    // Messages built to be quoted inside other sentences end without a period, so one is added here, once.
    const message = (0,config_issues/* endSentence */.H_)(error.message.trimEnd());
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
    };
}

// EXTERNAL MODULE: ./src/coverage/model.ts
var model = __webpack_require__(3307);
// EXTERNAL MODULE: ./src/config/validate.ts + 4 modules
var validate = __webpack_require__(2165);
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

;// CONCATENATED MODULE: ./src/config/merge.ts
/**
 * Resolves the configuration from its layers. Precedence, lowest first:
 * built-in defaults, the config file, then each override in the order given
 * (so a CLI flag listed after an action input wins).
 *
 * Mappings merge key by key and a metric set to null removes that metric's
 * threshold. A list replaces the list of the layer below it as a whole, so
 * setting `coverage.reports` drops the default report locations.
 */






/** Merges defaults, file and overrides. Throws `ConfigError` naming the flag or input of an invalid override. */
function resolveConfig(layers) {
    const config = defaultConfig();
    if (layers.file) {
        applyLayer(config, layers.file.values);
        config.file = layers.file.file;
    }
    for (const override of layers.overrides ?? []) {
        validateOverride(override);
        applyLayer(config, override.values);
    }
    return config;
}
function validateOverride(override) {
    const issues = (0,validate/* validateConfigInput */.t)(override.values);
    if (issues.length === 0)
        return;
    const lines = issues.map((issue) => `Invalid value from ${override.origin}: ${(0,config_issues/* endSentence */.H_)(`${(0,config_issues/* formatKeyPath */.K7)(issue.path)} ${issue.message}`)}`);
    throw new errors/* ConfigError */.xL(lines.join('\n'));
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

;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `.github/testmaster.yml` and layers it with the overrides. The YAML
 * parser and the validator load only when there is a file to read.
 */





/**
 * Reads the config file under `root`. Without `explicitPath`, a missing
 * `.github/testmaster.yml` returns null; a file the user named must exist.
 */
async function readConfigFile(root, explicitPath) {
    const file = explicitPath ?? DEFAULT_CONFIG_FILE;
    let text;
    try {
        text = await (0,promises_.readFile)(external_node_path_default().resolve(root, file), 'utf8');
    }
    catch (error) {
        if (isNotFound(error) && explicitPath === undefined)
            return null;
        if (isNotFound(error)) {
            throw new errors/* ConfigError */.xL(`Config file ${file} was not found. Check the path, which is relative to ${root}.`);
        }
        throw new errors/* ConfigError */.xL(`Config file ${file} could not be read: ${error.message}.`);
    }
    const { parseConfigText } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(374)]).then(__webpack_require__.bind(__webpack_require__, 4374));
    return { file, values: parseConfigText(text, file) };
}
function isNotFound(error) {
    return error?.code === 'ENOENT';
}
/** Reads the config file under `root` and resolves it with the overrides. */
async function loadConfig(root, options = {}) {
    const file = await readConfigFile(root, options.configPath);
    return resolveConfig({ file, overrides: options.overrides ?? [] });
}

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
            overrides: request.overrides,
        });
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        const stage = errorStage('config', 'Configuration', error);
        return { report: { name: DEFAULT_REPORT_NAME, stages: [stage] }, config: null, coverageFiles: null };
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
                const { runCoverageStage } = await Promise.all(/* import() */[__webpack_require__.e(752), __webpack_require__.e(20)]).then(__webpack_require__.bind(__webpack_require__, 8020));
                const result = await runCoverageStage({
                    root: request.root,
                    config,
                    ...(request.explicitReports && request.explicitReports.length > 0 ? { explicitReports: request.explicitReports } : {}),
                    trackedFiles,
                    diff: request.diff,
                    ...(request.noDiffReason ? { noDiffReason: request.noDiffReason } : {}),
                    base: await request.base(config),
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
/** Runs the impact stage; invalid input becomes an error stage, and a run without a change a skipped one. */
async function runImpact(request, config, patch) {
    if (!request.change) {
        return skippedStage('impact', 'Impact', request.noChangeReason ?? 'Impact analysis needs a change: pass --base REF, or run it on a pull request or push.');
    }
    try {
        const { runImpactStage } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(793), __webpack_require__.e(453)]).then(__webpack_require__.bind(__webpack_require__, 6538));
        const outcome = await runImpactStage({
            root: request.root,
            settings: config.impact,
            change: request.change,
            headSource: request.headSource ?? 'working-tree',
            cacheStore: request.scanCache?.(config) ?? null,
            coverage: patch,
            ...(request.explain ? { explain: request.explain } : {}),
            log: request.log,
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
        const { runValidateStage } = await Promise.all(/* import() */[__webpack_require__.e(815), __webpack_require__.e(215), __webpack_require__.e(332), __webpack_require__.e(752), __webpack_require__.e(793), __webpack_require__.e(368)]).then(__webpack_require__.bind(__webpack_require__, 4368));
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
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/impact/graph/scan-cache-format.ts
var scan_cache_format = __webpack_require__(191);
// EXTERNAL MODULE: ./src/run/output-folder.ts
var output_folder = __webpack_require__(3641);
;// CONCATENATED MODULE: ./src/impact/graph/scan-cache-file.ts
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
        text = (0,external_node_fs_.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return { cache: new Map() };
        const message = error instanceof Error ? error.message : String(error);
        return { cache: new Map(), note: `The scan cache ${path} could not be read (${message}); every file is scanned again.` };
    }
    const parsed = (0,scan_cache_format/* parseScanCache */.RA)(text);
    return parsed.note === undefined ? parsed : { cache: parsed.cache, note: `${path}: ${parsed.note}` };
}
/**
 * Writes `cache` to `path`, creating its folder. The text goes to a
 * temporary file in the same folder that is then renamed over `path`, so a
 * reader sees the old file or the new one, never a partial write. Errors
 * are thrown after the temporary file is removed.
 */
function writeScanCacheFile(path, cache) {
    (0,output_folder/* makeParentFolders */.e)(path);
    const temporary = `${path}.${process.pid}.${(0,external_node_crypto_.randomBytes)(4).toString('hex')}.tmp`;
    try {
        (0,external_node_fs_.writeFileSync)(temporary, (0,scan_cache_format/* serializeScanCache */.c)(cache));
        (0,external_node_fs_.renameSync)(temporary, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temporary, { force: true });
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/impact/stage/scan-cache-store.ts
/**
 * Storage of the scan cache between runs: a file for the CLI, the Actions
 * cache for the actions. Both return notes instead of throwing, because a
 * missing or broken cache only costs time.
 */


function fileScanCacheStore(path) {
    return {
        file: path,
        load: async () => readScanCacheFile(path),
        save: async (cache) => {
            if (!isReplaceable(path)) {
                return `The scan cache was not written: ${path} exists and is not a scan cache, so it is left as it is. Set impact.cache.path to a file of its own.`;
            }
            try {
                writeScanCacheFile(path, cache);
                return undefined;
            }
            catch (error) {
                return `The scan cache could not be written to ${path} (${error.message}); the next run scans every file again.`;
            }
        },
    };
}
/** Start of every file that `serializeScanCache` writes. */
const CACHE_FILE_START = '{"format":';
/**
 * Checks that writing the cache to `path` destroys nothing: the file is
 * absent, or is a scan cache already. The path comes from the config, which a
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
        return start.toString('utf8', 0, length) === CACHE_FILE_START;
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
;// CONCATENATED MODULE: ./src/validate/stage/types-cache-store.ts
/** Creates a store for a folder that stays on disk between runs, so nothing needs restoring or saving. */
function folderTypesCacheStore(folder) {
    return { folder, restore: async () => undefined, save: async () => undefined };
}

// EXTERNAL MODULE: ./src/cli/options.ts
var options = __webpack_require__(776);
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
    const { diff, noDiffReason } = keepReportPaths
        ? { diff: null, noDiffReason: 'Patch coverage was skipped: --no-path-mapping reads the reports without the repository.' }
        : await resolveDiff(root, parsed);
    const explicitReports = run.command === 'coverage' && parsed.positionals.length > 0 ? parsed.positionals.map((path) => argumentPath(parsed, path)) : undefined;
    const result = await runCheck({
        root,
        ...((0,options/* stringValue */.r$)(parsed, 'config') ? { configPath: (0,options/* stringValue */.r$)(parsed, 'config') } : {}),
        overrides: run.overrides,
        ...(explicitReports ? { explicitReports } : {}),
        ...(run.command === 'check' ? {} : { stages: [run.command] }),
        keepReportPaths,
        diff,
        ...(noDiffReason ? { noDiffReason } : {}),
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
        scanCache: (config) => (noCache || !config.impact.cache.enabled ? null : scanCacheInside(root, config.impact.cache.path, log)),
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
function scanCacheInside(root, path, log) {
    const target = (0,external_node_path_.resolve)(root, path);
    if (!(0,repository_bounds/* isInsideFolder */.z)(root, target)) {
        log.warning(`impact.cache.path ${(0,display_text/* quoteName */.A)(path)} lies outside the repository, so the scan cache is not used. Name a path inside it.`);
        return null;
    }
    return fileScanCacheStore(target);
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
    const { writeHtmlReport } = await Promise.all(/* import() */[__webpack_require__.e(215), __webpack_require__.e(784), __webpack_require__.e(48)]).then(__webpack_require__.bind(__webpack_require__, 9048));
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
/** Resolves the diff to gate: --base and --head, else the default branch against HEAD. */
async function resolveDiff(root, parsed) {
    const head = (0,options/* stringValue */.r$)(parsed, 'head') ?? 'HEAD';
    const explicitBase = (0,options/* stringValue */.r$)(parsed, 'base');
    const base = explicitBase ?? (await (0,default_branch/* findDefaultBaseRef */.L)(root));
    if (!base) {
        return {
            diff: null,
            noDiffReason: 'Patch coverage was skipped: no default branch was found to compare with. Pass --base REF.',
        };
    }
    if (!explicitBase && (await (0,git/* resolveCommit */.WL)(root, base)) === (await (0,git/* resolveCommit */.WL)(root, head))) {
        return { diff: null, noDiffReason: `Patch coverage was skipped: ${head} is the same commit as ${base}.` };
    }
    return { diff: { base, head, deepen: false } };
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
async function writeOutputs(run, report, failures) {
    const json = (0,options/* stringValue */.r$)(run.parsed, 'json');
    const toStdout = json === '-' || (0,options/* stringValue */.r$)(run.parsed, 'markdown') === '-';
    const color = !(0,options/* flagValue */.y6)(run.parsed, 'no-color') && run.env.NO_COLOR === undefined && run.stdout.isTTY === true;
    const text = renderTerminal(report, { color: color && !toStdout });
    (toStdout ? run.stderr : run.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
    if (json !== undefined) {
        const body = `${JSON.stringify(jsonResult(run.command, report), null, 2)}\n`;
        if (json === '-')
            run.stdout.write(body);
        else
            await attempt(failures, async () => writeFile(argumentPath(run.parsed, json), json, body));
    }
    const markdown = (0,options/* stringValue */.r$)(run.parsed, 'markdown');
    if (markdown === '-')
        run.stdout.write((0,report_markdown/* renderMarkdown */.Gc)(report));
    else if (markdown !== undefined)
        await attempt(failures, async () => writeFile(argumentPath(run.parsed, markdown), markdown, (0,report_markdown/* renderMarkdown */.Gc)(report)));
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

/***/ 2165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ validateConfigInput)
});

// UNUSED EXPORTS: describeExpected

// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/ucs2length.js
var ucs2length = __webpack_require__(6214);
// EXTERNAL MODULE: ./node_modules/ajv/dist/runtime/equal.js
var equal = __webpack_require__(4951);
;// CONCATENATED MODULE: ./src/config/generated/schema-validator.js
// Generated by scripts/config-validator.mjs from schema/testmaster.schema.json. Do not edit.


const validate = (/* unused pure expression or super */ null && (validate20));
/* harmony default export */ const schema_validator = (validate20);
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://testmaster.dev/schema/testmaster.schema.json","title":"TestMaster configuration","description":"Configuration of TestMaster, read from .github/testmaster.yml. Every key is optional; action inputs and CLI flags override the values set here.","type":"object","additionalProperties":false,"default":{},"properties":{"report":{"type":"object","additionalProperties":false,"default":{},"description":"How the results are published.","properties":{"name":{"type":"string","minLength":1,"maxLength":100,"default":"TestMaster","description":"Name of the report. It titles the check run and keys the sticky pull request comment, so two workflows with different names keep separate comments."}}},"stages":{"type":"array","items":{"enum":["coverage","impact","validate"]},"uniqueItems":true,"default":["coverage","impact","validate"],"description":"Stages to run, in order: coverage (the coverage gate), impact (affected tests, suites and risk) and validate (static validation of the changed lines).","minItems":1},"coverage":{"type":"object","additionalProperties":false,"default":{},"description":"The coverage gate.","properties":{"reports":{"type":"array","items":{"type":"string","minLength":1},"default":["coverage/lcov.info","coverage/coverage-final.json","coverage/cobertura-coverage.xml","coverage.xml","coverage/clover.xml","target/site/jacoco/jacoco.xml","build/reports/jacoco/test/jacocoTestReport.xml","coverage.out","cover.out","packages/*/coverage/lcov.info"],"description":"Coverage report files, as paths or globs relative to the repository root. Reports that match are merged. Setting this list replaces the default locations."},"format":{"enum":["auto","lcov","istanbul-json","istanbul-summary","cobertura","clover","jacoco","go"],"default":"auto","description":"Format of the reports. auto detects the format of each file from its content."},"thresholds":{"type":"object","additionalProperties":false,"default":{},"description":"Minimum coverage of the whole project, per metric. A metric without a threshold is reported but not gated.","properties":{"lines":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of lines that carry code that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"branches":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of branch outcomes (each side of an if, each case, each short-circuit operand) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"functions":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of functions and methods that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"statements":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of statements (Go: statements of the covered blocks) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"classes":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of classes (JaCoCo reports only: a class counts as covered when one of its methods ran) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."}}},"paths":{"type":"array","default":[],"description":"Thresholds for the files under a glob. A file that matches several globs is checked against each of them. A glob that matches no file fails its check.","items":{"type":"object","additionalProperties":false,"required":["glob","thresholds"],"properties":{"glob":{"type":"string","minLength":1,"default":"src/**","description":"Glob of repository-relative paths, matched with picomatch (dot files included)."},"thresholds":{"type":"object","additionalProperties":false,"default":{},"description":"Minimum coverage of the files that match the glob, per metric.","properties":{"lines":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of lines that carry code that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"branches":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of branch outcomes (each side of an if, each case, each short-circuit operand) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"functions":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of functions and methods that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"statements":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of statements (Go: statements of the covered blocks) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."},"classes":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of classes (JaCoCo reports only: a class counts as covered when one of its methods ran) that tests cover, from 0 to 100 with at most 2 decimals. null sets no threshold."}}}}}},"patch":{"type":"object","additionalProperties":false,"default":{},"description":"Coverage of the lines that the pull request changes.","properties":{"threshold":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Minimum percentage of the changed, instrumented lines that tests cover, from 0 to 100 with at most 2 decimals. null reports patch coverage without gating it."},"include":{"type":"array","items":{"type":"string","minLength":1},"default":["**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,svelte}","**/*.{py,go,rb,php,java,kt,kts,scala,groovy,cs,fs,vb,swift,dart,rs}","**/*.{c,cc,cpp,cxx,h,hh,hpp,m,mm}","**/*.{ex,exs,erl,clj,cljs,lua,sh}"],"description":"Globs of source files whose changed lines count. A changed file that matches, is not excluded and is missing from every report counts all its changed lines as uncovered."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"default":["**/*.{test,spec}.*","**/*_test.go","**/test_*.py","**/*_test.py","**/__tests__/**","**/__mocks__/**","**/test/**","**/tests/**","**/*.d.ts","**/dist/**","**/node_modules/**"],"description":"Globs of files whose changed lines never count, such as tests and build output."}}},"base":{"type":"object","additionalProperties":false,"default":{},"description":"Comparison with the coverage of the pull request's merge base.","properties":{"maxDrop":{"type":"object","additionalProperties":false,"default":{},"description":"Largest allowed drop per metric, in percentage points, compared with the base. A metric without a value is compared but not gated.","properties":{"lines":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Largest allowed drop of lines that carry code coverage, in percentage points with at most 2 decimals. null only reports the change."},"branches":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Largest allowed drop of branch outcomes (each side of an if, each case, each short-circuit operand) coverage, in percentage points with at most 2 decimals. null only reports the change."},"functions":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Largest allowed drop of functions and methods coverage, in percentage points with at most 2 decimals. null only reports the change."},"statements":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Largest allowed drop of statements (Go: statements of the covered blocks) coverage, in percentage points with at most 2 decimals. null only reports the change."},"classes":{"type":["number","null"],"minimum":0,"maximum":100,"multipleOf":0.01,"default":null,"description":"Largest allowed drop of classes (JaCoCo reports only: a class counts as covered when one of its methods ran) coverage, in percentage points with at most 2 decimals. null only reports the change."}}},"tolerance":{"type":"number","minimum":0,"maximum":100,"multipleOf":0.01,"default":0,"description":"Drop in percentage points that is ignored as noise, added to every maxDrop value."},"report":{"type":["string","null"],"minLength":1,"default":null,"description":"Path of a base summary or coverage report to compare with, instead of the summary that the action saved for the merge base. null uses the saved summary."}}},"pathMapping":{"type":"object","additionalProperties":false,"default":{},"description":"How file paths in the reports are mapped onto repository paths.","properties":{"stripPrefixes":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Prefixes removed from report paths, such as the absolute path of the CI workspace or a container mount."},"rewrite":{"type":"array","default":[],"description":"Prefix replacements applied in order, before stripPrefixes.","items":{"type":"object","additionalProperties":false,"required":["from","to"],"properties":{"from":{"type":"string","minLength":1,"default":"","description":"Prefix of the report path to replace."},"to":{"type":"string","default":"","description":"Replacement prefix, relative to the repository root."}}}},"roots":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Repository folders to try, in order, as the base of relative report paths (for example packages/api for a monorepo package)."}}},"html":{"type":"object","additionalProperties":false,"default":{},"description":"HTML coverage report written next to the results.","properties":{"enabled":{"type":"boolean","default":false,"description":"Whether to write an HTML report of the merged coverage."},"dir":{"type":"string","minLength":1,"default":".testmaster/coverage-html","description":"Folder of the HTML report, relative to the repository root."}}}}},"impact":{"type":"object","additionalProperties":false,"default":{},"description":"Impact analysis: which modules, tests and suites a change affects, and how risky it is.","properties":{"tests":{"type":"object","additionalProperties":false,"default":{},"description":"Test files, in addition to those that the vitest and jest configs of the repository name.","properties":{"include":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Globs of more test files, relative to the repository root."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Globs of files that are never tests, even when a test-runner config names them."}}},"triggers":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Globs of files whose change runs every test. They add to the built-in triggers (test-runner and TypeScript configs, setup files, package.json dependencies, lockfiles, .env files)."},"typeOnlyEdgesRun":{"type":"boolean","default":false,"description":"When true, a test that a change reaches only through type-only imports must run. When false it is marked as needing a type check only."},"equivalentChangesRun":{"type":"boolean","default":false,"description":"When true, a modified script that changed only in comments, white space or types counts as a run-time change, and the tests that reach it must run. When false those tests are marked as needing a type check only."},"suites":{"type":"array","default":[],"description":"Named suites that run when the change reaches their paths.","items":{"type":"object","additionalProperties":false,"required":["name","paths"],"properties":{"name":{"type":"string","minLength":1,"maxLength":100,"description":"Name of the suite, as the outputs and the report list it."},"paths":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Globs of the files the suite covers. A change to one of them, or to a file they import, selects the suite."},"tier":{"enum":["continuous","hourly","daily","weekly","monthly"],"default":"continuous","description":"Schedule tier: continuous suites run on every change, the others on their schedule or when the risk calls for them."},"runsOn":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"runs-on labels of the runner the suite needs, such as [self-hosted, gpu]."}}}},"sensitivePaths":{"type":"array","items":{"type":"string","minLength":1},"default":["**/auth/**","**/security/**","**/migrations/**","**/*.sql",".github/workflows/**"],"description":"Globs of sensitive files (authentication, migrations, CI workflows) whose change raises the risk."},"risk":{"type":"object","additionalProperties":false,"default":{},"description":"How the risk score is computed; docs/risk.md describes every factor.","properties":{"weights":{"type":"object","additionalProperties":false,"default":{},"description":"Weight of each risk factor. The defaults add up to 100, so the score runs from 0 to 100.","properties":{"diffSize":{"type":"number","minimum":0,"maximum":100,"default":15,"description":"Weight of changed lines."},"diffSpread":{"type":"number","minimum":0,"maximum":100,"default":8,"description":"Weight of top-level folders or workspace packages the change touches."},"fanIn":{"type":"number","minimum":0,"maximum":100,"default":12,"description":"Weight of direct importers of the most imported changed module."},"centrality":{"type":"number","minimum":0,"maximum":100,"default":12,"description":"Weight of share of modules that reach a changed module."},"churn":{"type":"number","minimum":0,"maximum":100,"default":8,"description":"Weight of recent commits to the changed files."},"authors":{"type":"number","minimum":0,"maximum":100,"default":5,"description":"Weight of recent distinct authors of the changed files."},"uncoveredLines":{"type":"number","minimum":0,"maximum":100,"default":12,"description":"Weight of changed lines that tests leave uncovered, when a coverage report is given."},"sensitivePaths":{"type":"number","minimum":0,"maximum":100,"default":15,"description":"Weight of changed files that match sensitivePaths."},"deletedExports":{"type":"number","minimum":0,"maximum":100,"default":13,"description":"Weight of exports removed from public modules."}}},"levels":{"type":"object","additionalProperties":false,"default":{},"description":"Lowest score of each risk level above low.","properties":{"medium":{"type":"number","minimum":0,"maximum":1000,"default":25,"description":"Lowest score rated medium."},"high":{"type":"number","minimum":0,"maximum":1000,"default":50,"description":"Lowest score rated high."},"critical":{"type":"number","minimum":0,"maximum":1000,"default":75,"description":"Lowest score rated critical."}}}}},"cache":{"type":"object","additionalProperties":false,"default":{},"description":"Cache of scanned imports, keyed by file content, so later runs scan only changed files.","properties":{"enabled":{"type":"boolean","default":true,"description":"Whether to read and write the cache."},"path":{"type":"string","minLength":1,"default":"node_modules/.cache/testmaster/impact-scan.json","description":"Cache file of the CLI, relative to the repository root and outside .git. An existing file there that is not a scan cache is never overwritten. The actions keep the cache in the Actions cache."}}}}},"validate":{"type":"object","additionalProperties":false,"default":{},"description":"Static validation: syntax, types, complexity, security, standards, other linters and SARIF, reported on the changed lines.","properties":{"validators":{"type":"array","items":{"enum":["syntax","types","complexity","security","standards","linters","sarif"]},"uniqueItems":true,"default":["syntax","types","complexity","security","standards","linters","sarif"],"description":"Validators to run. linters and sarif do nothing until validate.linters or validate.sarif name something."},"include":{"type":"array","items":{"type":"string","minLength":1},"default":["**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}","**/*.{json,jsonc,yml,yaml}","**/.env","**/.env.*"],"description":"Files the per-file validators read, as globs relative to the repository root. Type checking, linters and SARIF files are not limited by it."},"exclude":{"type":"array","items":{"type":"string","minLength":1},"default":["**/node_modules/**","**/dist/**","**/build/**","**/coverage/**","**/*.min.js","**/package-lock.json","**/pnpm-lock.yaml","**/yarn.lock"],"description":"Files the per-file validators skip, as globs relative to the repository root."},"filter":{"enum":["added","diff_context","file","nofilter","new"],"default":"added","description":"Which findings are reported: added (on added or changed lines), diff_context (those lines plus validate.context lines around them), file (anywhere in a changed file), nofilter (everywhere), new (absent at the merge base, matched by rule and content, so moved code is not new)."},"context":{"type":"integer","minimum":0,"maximum":1000,"default":3,"description":"Lines around each changed line that the diff_context filter keeps."},"failLevel":{"enum":["none","notice","warning","error"],"default":"error","description":"The lowest level of a reported finding that fails the stage; none never fails it. notice counts SARIF note findings."},"rules":{"type":"object","additionalProperties":{"enum":["error","warning","note","off"]},"propertyNames":{"minLength":1,"maxLength":200},"default":{},"description":"Level per rule id (security/eval) or per prefix (security/*): error, warning, note, or off to drop the rule. An exact id wins over a prefix, and a longer prefix over a shorter one."},"complexity":{"type":"object","additionalProperties":false,"default":{},"description":"Complexity limits per function, method, arrow function and class static block.","properties":{"cyclomatic":{"type":"integer","minimum":1,"default":10,"description":"Highest cyclomatic complexity, counted as ESLint's complexity rule counts it."},"cognitive":{"type":"integer","minimum":1,"default":15,"description":"Highest cognitive complexity, counted by SonarSource's definition as eslint-plugin-sonarjs counts it."}}},"standards":{"type":"object","additionalProperties":false,"default":{},"description":"Coding standards. Each limit is off until it is set.","properties":{"maxFileLines":{"type":["integer","null"],"minimum":1,"default":null,"description":"Most lines a file may have."},"maxFunctionLines":{"type":["integer","null"],"minimum":1,"default":null,"description":"Most lines a function may span, from its first line to its last."},"maxParameters":{"type":["integer","null"],"minimum":1,"default":null,"description":"Most parameters a function may declare; a TypeScript this parameter does not count."},"naming":{"type":"array","default":[],"description":"Patterns that exported names must match, per kind of symbol.","items":{"type":"object","additionalProperties":false,"required":["kind","pattern"],"properties":{"kind":{"enum":["function","class","variable","type","interface","enum"],"description":"Kind of exported symbol the pattern applies to."},"pattern":{"type":"string","minLength":1,"description":"JavaScript regular expression that the whole name must match."}}}},"bannedImports":{"type":"array","default":[],"description":"Modules that may not be imported, each with the advice shown in the finding.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"type":"string","minLength":1,"description":"Module specifier, or a glob of specifiers such as lodash/*."},"message":{"type":["string","null"],"minLength":1,"default":null,"description":"What to use instead."}}}}}},"types":{"type":"object","additionalProperties":false,"default":{},"description":"Type checking with the repository's own TypeScript.","properties":{"projects":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"tsconfig files to check, relative to the repository root. Empty finds them: the root tsconfig.json and its project references, else the tsconfig.json of each workspace package."},"compiler":{"enum":["auto","api","cli"],"default":"auto","description":"How to run the compiler: api loads TypeScript 5.x or older in-process, cli runs its command line (the only way for the native TypeScript 7 compiler), auto picks by version."},"incremental":{"type":"boolean","default":true,"description":"Keep incremental build information between runs, outside the repository, so later runs check only what changed."}}},"linters":{"type":"array","default":[],"description":"Other linters to run; their findings go through the same filter and report.","items":{"type":"object","additionalProperties":false,"required":["name","command","format"],"properties":{"name":{"type":"string","minLength":1,"maxLength":100,"description":"Tool name shown when the output names none."},"command":{"type":"array","minItems":1,"items":{"type":"string","minLength":1},"description":"Program and arguments, run in the repository root without a shell."},"format":{"enum":["sarif","checkstyle","eslint-json"],"description":"Format of what the linter writes."},"timeoutSeconds":{"type":"integer","minimum":1,"maximum":86400,"default":600,"description":"Seconds the linter may run before it is stopped and reported as failed."},"output":{"type":["string","null"],"minLength":1,"default":null,"description":"File the linter writes, relative to the repository root; standard output when absent."}}}},"sarif":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"SARIF 2.1.0 files written by other tools (CodeQL, Semgrep, ESLint), as paths or globs relative to the repository root."},"workflow":{"type":"object","additionalProperties":false,"default":{},"description":"The GitHub workflow rules.","properties":{"trustedActionOwners":{"type":"array","items":{"type":"string","minLength":1,"maxLength":100},"default":["actions","github"],"description":"Owners whose actions may be used by tag or branch instead of a full commit SHA. Setting this list replaces the default."},"knownRunnerLabels":{"type":"array","items":{"type":"string","minLength":1,"maxLength":100},"default":[],"description":"Custom labels of classic self-hosted runners that may follow self-hosted in runs-on without counting as a scale-set name."}}},"secrets":{"type":"object","additionalProperties":false,"default":{},"description":"The hard-coded secret rule.","properties":{"exclude":{"type":"array","items":{"type":"string","minLength":1},"default":[],"description":"Files never scanned for secrets, such as test fixtures with fake tokens, as globs relative to the repository root."}}}}}}};
const func1 = typeof ucs2length === 'function' ? ucs2length : ucs2length["default"];
const func0 = typeof equal === 'function' ? equal : equal["default"];
const func21 = Object.prototype.hasOwnProperty;

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://testmaster.dev/schema/testmaster.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "report") || (key0 === "stages")) || (key0 === "coverage")) || (key0 === "impact")) || (key0 === "validate"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.report !== undefined){
let data0 = data.report;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
for(const key1 in data0){
if(!(key1 === "name")){
const err1 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.report,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(func1(data1) > 100){
const err2 = {instancePath:instancePath+"/report/name",schemaPath:"#/properties/report/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.report.properties.name,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func1(data1) < 1){
const err3 = {instancePath:instancePath+"/report/name",schemaPath:"#/properties/report/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.report.properties.name,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
else {
const err4 = {instancePath:instancePath+"/report/name",schemaPath:"#/properties/report/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.report.properties.name.type,parentSchema:schema31.properties.report.properties.name,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath:instancePath+"/report",schemaPath:"#/properties/report/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.report.type,parentSchema:schema31.properties.report,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.stages !== undefined){
let data2 = data.stages;
if(Array.isArray(data2)){
if(data2.length < 1){
const err6 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.stages,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(!(((data3 === "coverage") || (data3 === "impact")) || (data3 === "validate"))){
const err7 = {instancePath:instancePath+"/stages/" + i0,schemaPath:"#/properties/stages/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.stages.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.stages.items.enum,parentSchema:schema31.properties.stages.items,data:data3};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
let i1 = data2.length;
let j0;
if(i1 > 1){
outer0:
for(;i1--;){
for(j0 = i1; j0--;){
if(func0(data2[i1], data2[j0])){
const err8 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/uniqueItems",keyword:"uniqueItems",params:{i: i1, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i1+" are identical)",schema:true,parentSchema:schema31.properties.stages,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/stages",schemaPath:"#/properties/stages/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.stages.type,parentSchema:schema31.properties.stages,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.coverage !== undefined){
let data4 = data.coverage;
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
for(const key2 in data4){
if(!((((((((key2 === "reports") || (key2 === "format")) || (key2 === "thresholds")) || (key2 === "paths")) || (key2 === "patch")) || (key2 === "base")) || (key2 === "pathMapping")) || (key2 === "html"))){
const err10 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data4.reports !== undefined){
let data5 = data4.reports;
if(Array.isArray(data5)){
const len1 = data5.length;
for(let i2=0; i2<len1; i2++){
let data6 = data5[i2];
if(typeof data6 === "string"){
if(func1(data6) < 1){
const err11 = {instancePath:instancePath+"/coverage/reports/" + i2,schemaPath:"#/properties/coverage/properties/reports/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.reports.items,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/coverage/reports/" + i2,schemaPath:"#/properties/coverage/properties/reports/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.reports.items.type,parentSchema:schema31.properties.coverage.properties.reports.items,data:data6};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/coverage/reports",schemaPath:"#/properties/coverage/properties/reports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.reports.type,parentSchema:schema31.properties.coverage.properties.reports,data:data5};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data4.format !== undefined){
let data7 = data4.format;
if(!((((((((data7 === "auto") || (data7 === "lcov")) || (data7 === "istanbul-json")) || (data7 === "istanbul-summary")) || (data7 === "cobertura")) || (data7 === "clover")) || (data7 === "jacoco")) || (data7 === "go"))){
const err14 = {instancePath:instancePath+"/coverage/format",schemaPath:"#/properties/coverage/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.coverage.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.coverage.properties.format.enum,parentSchema:schema31.properties.coverage.properties.format,data:data7};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data4.thresholds !== undefined){
let data8 = data4.thresholds;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
for(const key3 in data8){
if(!(((((key3 === "lines") || (key3 === "branches")) || (key3 === "functions")) || (key3 === "statements")) || (key3 === "classes"))){
const err15 = {instancePath:instancePath+"/coverage/thresholds",schemaPath:"#/properties/coverage/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.thresholds,data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data8.lines !== undefined){
let data9 = data8.lines;
if((!((typeof data9 == "number") && (isFinite(data9)))) && (data9 !== null)){
const err16 = {instancePath:instancePath+"/coverage/thresholds/lines",schemaPath:"#/properties/coverage/properties/thresholds/properties/lines/type",keyword:"type",params:{type: schema31.properties.coverage.properties.thresholds.properties.lines.type},message:"must be number,null",schema:schema31.properties.coverage.properties.thresholds.properties.lines.type,parentSchema:schema31.properties.coverage.properties.thresholds.properties.lines,data:data9};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 100 || isNaN(data9)){
const err17 = {instancePath:instancePath+"/coverage/thresholds/lines",schemaPath:"#/properties/coverage/properties/thresholds/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.thresholds.properties.lines,data:data9};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data9 < 0 || isNaN(data9)){
const err18 = {instancePath:instancePath+"/coverage/thresholds/lines",schemaPath:"#/properties/coverage/properties/thresholds/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.thresholds.properties.lines,data:data9};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
let res0;
if(( false || (res0 = data9/0.01, Math.abs(Math.round(res0) - res0) > 1e-9))){
const err19 = {instancePath:instancePath+"/coverage/thresholds/lines",schemaPath:"#/properties/coverage/properties/thresholds/properties/lines/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.thresholds.properties.lines,data:data9};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
}
if(data8.branches !== undefined){
let data10 = data8.branches;
if((!((typeof data10 == "number") && (isFinite(data10)))) && (data10 !== null)){
const err20 = {instancePath:instancePath+"/coverage/thresholds/branches",schemaPath:"#/properties/coverage/properties/thresholds/properties/branches/type",keyword:"type",params:{type: schema31.properties.coverage.properties.thresholds.properties.branches.type},message:"must be number,null",schema:schema31.properties.coverage.properties.thresholds.properties.branches.type,parentSchema:schema31.properties.coverage.properties.thresholds.properties.branches,data:data10};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 100 || isNaN(data10)){
const err21 = {instancePath:instancePath+"/coverage/thresholds/branches",schemaPath:"#/properties/coverage/properties/thresholds/properties/branches/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.thresholds.properties.branches,data:data10};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(data10 < 0 || isNaN(data10)){
const err22 = {instancePath:instancePath+"/coverage/thresholds/branches",schemaPath:"#/properties/coverage/properties/thresholds/properties/branches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.thresholds.properties.branches,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
let res1;
if(( false || (res1 = data10/0.01, Math.abs(Math.round(res1) - res1) > 1e-9))){
const err23 = {instancePath:instancePath+"/coverage/thresholds/branches",schemaPath:"#/properties/coverage/properties/thresholds/properties/branches/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.thresholds.properties.branches,data:data10};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
if(data8.functions !== undefined){
let data11 = data8.functions;
if((!((typeof data11 == "number") && (isFinite(data11)))) && (data11 !== null)){
const err24 = {instancePath:instancePath+"/coverage/thresholds/functions",schemaPath:"#/properties/coverage/properties/thresholds/properties/functions/type",keyword:"type",params:{type: schema31.properties.coverage.properties.thresholds.properties.functions.type},message:"must be number,null",schema:schema31.properties.coverage.properties.thresholds.properties.functions.type,parentSchema:schema31.properties.coverage.properties.thresholds.properties.functions,data:data11};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 100 || isNaN(data11)){
const err25 = {instancePath:instancePath+"/coverage/thresholds/functions",schemaPath:"#/properties/coverage/properties/thresholds/properties/functions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.thresholds.properties.functions,data:data11};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(data11 < 0 || isNaN(data11)){
const err26 = {instancePath:instancePath+"/coverage/thresholds/functions",schemaPath:"#/properties/coverage/properties/thresholds/properties/functions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.thresholds.properties.functions,data:data11};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
let res2;
if(( false || (res2 = data11/0.01, Math.abs(Math.round(res2) - res2) > 1e-9))){
const err27 = {instancePath:instancePath+"/coverage/thresholds/functions",schemaPath:"#/properties/coverage/properties/thresholds/properties/functions/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.thresholds.properties.functions,data:data11};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
if(data8.statements !== undefined){
let data12 = data8.statements;
if((!((typeof data12 == "number") && (isFinite(data12)))) && (data12 !== null)){
const err28 = {instancePath:instancePath+"/coverage/thresholds/statements",schemaPath:"#/properties/coverage/properties/thresholds/properties/statements/type",keyword:"type",params:{type: schema31.properties.coverage.properties.thresholds.properties.statements.type},message:"must be number,null",schema:schema31.properties.coverage.properties.thresholds.properties.statements.type,parentSchema:schema31.properties.coverage.properties.thresholds.properties.statements,data:data12};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 > 100 || isNaN(data12)){
const err29 = {instancePath:instancePath+"/coverage/thresholds/statements",schemaPath:"#/properties/coverage/properties/thresholds/properties/statements/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.thresholds.properties.statements,data:data12};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
if(data12 < 0 || isNaN(data12)){
const err30 = {instancePath:instancePath+"/coverage/thresholds/statements",schemaPath:"#/properties/coverage/properties/thresholds/properties/statements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.thresholds.properties.statements,data:data12};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
let res3;
if(( false || (res3 = data12/0.01, Math.abs(Math.round(res3) - res3) > 1e-9))){
const err31 = {instancePath:instancePath+"/coverage/thresholds/statements",schemaPath:"#/properties/coverage/properties/thresholds/properties/statements/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.thresholds.properties.statements,data:data12};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
}
if(data8.classes !== undefined){
let data13 = data8.classes;
if((!((typeof data13 == "number") && (isFinite(data13)))) && (data13 !== null)){
const err32 = {instancePath:instancePath+"/coverage/thresholds/classes",schemaPath:"#/properties/coverage/properties/thresholds/properties/classes/type",keyword:"type",params:{type: schema31.properties.coverage.properties.thresholds.properties.classes.type},message:"must be number,null",schema:schema31.properties.coverage.properties.thresholds.properties.classes.type,parentSchema:schema31.properties.coverage.properties.thresholds.properties.classes,data:data13};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 > 100 || isNaN(data13)){
const err33 = {instancePath:instancePath+"/coverage/thresholds/classes",schemaPath:"#/properties/coverage/properties/thresholds/properties/classes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.thresholds.properties.classes,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if(data13 < 0 || isNaN(data13)){
const err34 = {instancePath:instancePath+"/coverage/thresholds/classes",schemaPath:"#/properties/coverage/properties/thresholds/properties/classes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.thresholds.properties.classes,data:data13};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
let res4;
if(( false || (res4 = data13/0.01, Math.abs(Math.round(res4) - res4) > 1e-9))){
const err35 = {instancePath:instancePath+"/coverage/thresholds/classes",schemaPath:"#/properties/coverage/properties/thresholds/properties/classes/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.thresholds.properties.classes,data:data13};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/coverage/thresholds",schemaPath:"#/properties/coverage/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.thresholds.type,parentSchema:schema31.properties.coverage.properties.thresholds,data:data8};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data4.paths !== undefined){
let data14 = data4.paths;
if(Array.isArray(data14)){
const len2 = data14.length;
for(let i3=0; i3<len2; i3++){
let data15 = data14[i3];
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(data15.glob === undefined){
const err37 = {instancePath:instancePath+"/coverage/paths/" + i3,schemaPath:"#/properties/coverage/properties/paths/items/required",keyword:"required",params:{missingProperty: "glob"},message:"must have required property '"+"glob"+"'",schema:schema31.properties.coverage.properties.paths.items.required,parentSchema:schema31.properties.coverage.properties.paths.items,data:data15};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data15.thresholds === undefined){
const err38 = {instancePath:instancePath+"/coverage/paths/" + i3,schemaPath:"#/properties/coverage/properties/paths/items/required",keyword:"required",params:{missingProperty: "thresholds"},message:"must have required property '"+"thresholds"+"'",schema:schema31.properties.coverage.properties.paths.items.required,parentSchema:schema31.properties.coverage.properties.paths.items,data:data15};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
for(const key4 in data15){
if(!((key4 === "glob") || (key4 === "thresholds"))){
const err39 = {instancePath:instancePath+"/coverage/paths/" + i3,schemaPath:"#/properties/coverage/properties/paths/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.paths.items,data:data15};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data15.glob !== undefined){
let data16 = data15.glob;
if(typeof data16 === "string"){
if(func1(data16) < 1){
const err40 = {instancePath:instancePath+"/coverage/paths/" + i3+"/glob",schemaPath:"#/properties/coverage/properties/paths/items/properties/glob/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.paths.items.properties.glob,data:data16};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
else {
const err41 = {instancePath:instancePath+"/coverage/paths/" + i3+"/glob",schemaPath:"#/properties/coverage/properties/paths/items/properties/glob/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.paths.items.properties.glob.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.glob,data:data16};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data15.thresholds !== undefined){
let data17 = data15.thresholds;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
for(const key5 in data17){
if(!(((((key5 === "lines") || (key5 === "branches")) || (key5 === "functions")) || (key5 === "statements")) || (key5 === "classes"))){
const err42 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds,data:data17};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
if(data17.lines !== undefined){
let data18 = data17.lines;
if((!((typeof data18 == "number") && (isFinite(data18)))) && (data18 !== null)){
const err43 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/lines",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/lines/type",keyword:"type",params:{type: schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines.type},message:"must be number,null",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines,data:data18};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 100 || isNaN(data18)){
const err44 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/lines",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines,data:data18};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
if(data18 < 0 || isNaN(data18)){
const err45 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/lines",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines,data:data18};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
let res5;
if(( false || (res5 = data18/0.01, Math.abs(Math.round(res5) - res5) > 1e-9))){
const err46 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/lines",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/lines/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.lines,data:data18};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
}
if(data17.branches !== undefined){
let data19 = data17.branches;
if((!((typeof data19 == "number") && (isFinite(data19)))) && (data19 !== null)){
const err47 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/branches",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/branches/type",keyword:"type",params:{type: schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches.type},message:"must be number,null",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 > 100 || isNaN(data19)){
const err48 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/branches",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/branches/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(data19 < 0 || isNaN(data19)){
const err49 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/branches",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/branches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
let res6;
if(( false || (res6 = data19/0.01, Math.abs(Math.round(res6) - res6) > 1e-9))){
const err50 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/branches",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/branches/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.branches,data:data19};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
}
if(data17.functions !== undefined){
let data20 = data17.functions;
if((!((typeof data20 == "number") && (isFinite(data20)))) && (data20 !== null)){
const err51 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/functions",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/functions/type",keyword:"type",params:{type: schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions.type},message:"must be number,null",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions,data:data20};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 100 || isNaN(data20)){
const err52 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/functions",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/functions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions,data:data20};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
if(data20 < 0 || isNaN(data20)){
const err53 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/functions",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/functions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions,data:data20};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
let res7;
if(( false || (res7 = data20/0.01, Math.abs(Math.round(res7) - res7) > 1e-9))){
const err54 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/functions",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/functions/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.functions,data:data20};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
}
if(data17.statements !== undefined){
let data21 = data17.statements;
if((!((typeof data21 == "number") && (isFinite(data21)))) && (data21 !== null)){
const err55 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/statements",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/statements/type",keyword:"type",params:{type: schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements.type},message:"must be number,null",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements,data:data21};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 100 || isNaN(data21)){
const err56 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/statements",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/statements/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements,data:data21};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
if(data21 < 0 || isNaN(data21)){
const err57 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/statements",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/statements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements,data:data21};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
let res8;
if(( false || (res8 = data21/0.01, Math.abs(Math.round(res8) - res8) > 1e-9))){
const err58 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/statements",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/statements/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.statements,data:data21};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
}
}
if(data17.classes !== undefined){
let data22 = data17.classes;
if((!((typeof data22 == "number") && (isFinite(data22)))) && (data22 !== null)){
const err59 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/classes",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/classes/type",keyword:"type",params:{type: schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes.type},message:"must be number,null",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes,data:data22};
if(vErrors === null){
vErrors = [err59];
}
else {
vErrors.push(err59);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 100 || isNaN(data22)){
const err60 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/classes",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/classes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes,data:data22};
if(vErrors === null){
vErrors = [err60];
}
else {
vErrors.push(err60);
}
errors++;
}
if(data22 < 0 || isNaN(data22)){
const err61 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/classes",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/classes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes,data:data22};
if(vErrors === null){
vErrors = [err61];
}
else {
vErrors.push(err61);
}
errors++;
}
let res9;
if(( false || (res9 = data22/0.01, Math.abs(Math.round(res9) - res9) > 1e-9))){
const err62 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds/classes",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/properties/classes/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds.properties.classes,data:data22};
if(vErrors === null){
vErrors = [err62];
}
else {
vErrors.push(err62);
}
errors++;
}
}
}
}
else {
const err63 = {instancePath:instancePath+"/coverage/paths/" + i3+"/thresholds",schemaPath:"#/properties/coverage/properties/paths/items/properties/thresholds/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.paths.items.properties.thresholds.type,parentSchema:schema31.properties.coverage.properties.paths.items.properties.thresholds,data:data17};
if(vErrors === null){
vErrors = [err63];
}
else {
vErrors.push(err63);
}
errors++;
}
}
}
else {
const err64 = {instancePath:instancePath+"/coverage/paths/" + i3,schemaPath:"#/properties/coverage/properties/paths/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.paths.items.type,parentSchema:schema31.properties.coverage.properties.paths.items,data:data15};
if(vErrors === null){
vErrors = [err64];
}
else {
vErrors.push(err64);
}
errors++;
}
}
}
else {
const err65 = {instancePath:instancePath+"/coverage/paths",schemaPath:"#/properties/coverage/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.paths.type,parentSchema:schema31.properties.coverage.properties.paths,data:data14};
if(vErrors === null){
vErrors = [err65];
}
else {
vErrors.push(err65);
}
errors++;
}
}
if(data4.patch !== undefined){
let data23 = data4.patch;
if(data23 && typeof data23 == "object" && !Array.isArray(data23)){
for(const key6 in data23){
if(!(((key6 === "threshold") || (key6 === "include")) || (key6 === "exclude"))){
const err66 = {instancePath:instancePath+"/coverage/patch",schemaPath:"#/properties/coverage/properties/patch/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.patch,data:data23};
if(vErrors === null){
vErrors = [err66];
}
else {
vErrors.push(err66);
}
errors++;
}
}
if(data23.threshold !== undefined){
let data24 = data23.threshold;
if((!((typeof data24 == "number") && (isFinite(data24)))) && (data24 !== null)){
const err67 = {instancePath:instancePath+"/coverage/patch/threshold",schemaPath:"#/properties/coverage/properties/patch/properties/threshold/type",keyword:"type",params:{type: schema31.properties.coverage.properties.patch.properties.threshold.type},message:"must be number,null",schema:schema31.properties.coverage.properties.patch.properties.threshold.type,parentSchema:schema31.properties.coverage.properties.patch.properties.threshold,data:data24};
if(vErrors === null){
vErrors = [err67];
}
else {
vErrors.push(err67);
}
errors++;
}
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 100 || isNaN(data24)){
const err68 = {instancePath:instancePath+"/coverage/patch/threshold",schemaPath:"#/properties/coverage/properties/patch/properties/threshold/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.patch.properties.threshold,data:data24};
if(vErrors === null){
vErrors = [err68];
}
else {
vErrors.push(err68);
}
errors++;
}
if(data24 < 0 || isNaN(data24)){
const err69 = {instancePath:instancePath+"/coverage/patch/threshold",schemaPath:"#/properties/coverage/properties/patch/properties/threshold/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.patch.properties.threshold,data:data24};
if(vErrors === null){
vErrors = [err69];
}
else {
vErrors.push(err69);
}
errors++;
}
let res10;
if(( false || (res10 = data24/0.01, Math.abs(Math.round(res10) - res10) > 1e-9))){
const err70 = {instancePath:instancePath+"/coverage/patch/threshold",schemaPath:"#/properties/coverage/properties/patch/properties/threshold/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.patch.properties.threshold,data:data24};
if(vErrors === null){
vErrors = [err70];
}
else {
vErrors.push(err70);
}
errors++;
}
}
}
if(data23.include !== undefined){
let data25 = data23.include;
if(Array.isArray(data25)){
const len3 = data25.length;
for(let i4=0; i4<len3; i4++){
let data26 = data25[i4];
if(typeof data26 === "string"){
if(func1(data26) < 1){
const err71 = {instancePath:instancePath+"/coverage/patch/include/" + i4,schemaPath:"#/properties/coverage/properties/patch/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.patch.properties.include.items,data:data26};
if(vErrors === null){
vErrors = [err71];
}
else {
vErrors.push(err71);
}
errors++;
}
}
else {
const err72 = {instancePath:instancePath+"/coverage/patch/include/" + i4,schemaPath:"#/properties/coverage/properties/patch/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.patch.properties.include.items.type,parentSchema:schema31.properties.coverage.properties.patch.properties.include.items,data:data26};
if(vErrors === null){
vErrors = [err72];
}
else {
vErrors.push(err72);
}
errors++;
}
}
}
else {
const err73 = {instancePath:instancePath+"/coverage/patch/include",schemaPath:"#/properties/coverage/properties/patch/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.patch.properties.include.type,parentSchema:schema31.properties.coverage.properties.patch.properties.include,data:data25};
if(vErrors === null){
vErrors = [err73];
}
else {
vErrors.push(err73);
}
errors++;
}
}
if(data23.exclude !== undefined){
let data27 = data23.exclude;
if(Array.isArray(data27)){
const len4 = data27.length;
for(let i5=0; i5<len4; i5++){
let data28 = data27[i5];
if(typeof data28 === "string"){
if(func1(data28) < 1){
const err74 = {instancePath:instancePath+"/coverage/patch/exclude/" + i5,schemaPath:"#/properties/coverage/properties/patch/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.patch.properties.exclude.items,data:data28};
if(vErrors === null){
vErrors = [err74];
}
else {
vErrors.push(err74);
}
errors++;
}
}
else {
const err75 = {instancePath:instancePath+"/coverage/patch/exclude/" + i5,schemaPath:"#/properties/coverage/properties/patch/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.patch.properties.exclude.items.type,parentSchema:schema31.properties.coverage.properties.patch.properties.exclude.items,data:data28};
if(vErrors === null){
vErrors = [err75];
}
else {
vErrors.push(err75);
}
errors++;
}
}
}
else {
const err76 = {instancePath:instancePath+"/coverage/patch/exclude",schemaPath:"#/properties/coverage/properties/patch/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.patch.properties.exclude.type,parentSchema:schema31.properties.coverage.properties.patch.properties.exclude,data:data27};
if(vErrors === null){
vErrors = [err76];
}
else {
vErrors.push(err76);
}
errors++;
}
}
}
else {
const err77 = {instancePath:instancePath+"/coverage/patch",schemaPath:"#/properties/coverage/properties/patch/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.patch.type,parentSchema:schema31.properties.coverage.properties.patch,data:data23};
if(vErrors === null){
vErrors = [err77];
}
else {
vErrors.push(err77);
}
errors++;
}
}
if(data4.base !== undefined){
let data29 = data4.base;
if(data29 && typeof data29 == "object" && !Array.isArray(data29)){
for(const key7 in data29){
if(!(((key7 === "maxDrop") || (key7 === "tolerance")) || (key7 === "report"))){
const err78 = {instancePath:instancePath+"/coverage/base",schemaPath:"#/properties/coverage/properties/base/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.base,data:data29};
if(vErrors === null){
vErrors = [err78];
}
else {
vErrors.push(err78);
}
errors++;
}
}
if(data29.maxDrop !== undefined){
let data30 = data29.maxDrop;
if(data30 && typeof data30 == "object" && !Array.isArray(data30)){
for(const key8 in data30){
if(!(((((key8 === "lines") || (key8 === "branches")) || (key8 === "functions")) || (key8 === "statements")) || (key8 === "classes"))){
const err79 = {instancePath:instancePath+"/coverage/base/maxDrop",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop,data:data30};
if(vErrors === null){
vErrors = [err79];
}
else {
vErrors.push(err79);
}
errors++;
}
}
if(data30.lines !== undefined){
let data31 = data30.lines;
if((!((typeof data31 == "number") && (isFinite(data31)))) && (data31 !== null)){
const err80 = {instancePath:instancePath+"/coverage/base/maxDrop/lines",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/lines/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines.type},message:"must be number,null",schema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines,data:data31};
if(vErrors === null){
vErrors = [err80];
}
else {
vErrors.push(err80);
}
errors++;
}
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 > 100 || isNaN(data31)){
const err81 = {instancePath:instancePath+"/coverage/base/maxDrop/lines",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/lines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines,data:data31};
if(vErrors === null){
vErrors = [err81];
}
else {
vErrors.push(err81);
}
errors++;
}
if(data31 < 0 || isNaN(data31)){
const err82 = {instancePath:instancePath+"/coverage/base/maxDrop/lines",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/lines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines,data:data31};
if(vErrors === null){
vErrors = [err82];
}
else {
vErrors.push(err82);
}
errors++;
}
let res11;
if(( false || (res11 = data31/0.01, Math.abs(Math.round(res11) - res11) > 1e-9))){
const err83 = {instancePath:instancePath+"/coverage/base/maxDrop/lines",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/lines/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.lines,data:data31};
if(vErrors === null){
vErrors = [err83];
}
else {
vErrors.push(err83);
}
errors++;
}
}
}
if(data30.branches !== undefined){
let data32 = data30.branches;
if((!((typeof data32 == "number") && (isFinite(data32)))) && (data32 !== null)){
const err84 = {instancePath:instancePath+"/coverage/base/maxDrop/branches",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/branches/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches.type},message:"must be number,null",schema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches,data:data32};
if(vErrors === null){
vErrors = [err84];
}
else {
vErrors.push(err84);
}
errors++;
}
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 > 100 || isNaN(data32)){
const err85 = {instancePath:instancePath+"/coverage/base/maxDrop/branches",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/branches/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches,data:data32};
if(vErrors === null){
vErrors = [err85];
}
else {
vErrors.push(err85);
}
errors++;
}
if(data32 < 0 || isNaN(data32)){
const err86 = {instancePath:instancePath+"/coverage/base/maxDrop/branches",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/branches/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches,data:data32};
if(vErrors === null){
vErrors = [err86];
}
else {
vErrors.push(err86);
}
errors++;
}
let res12;
if(( false || (res12 = data32/0.01, Math.abs(Math.round(res12) - res12) > 1e-9))){
const err87 = {instancePath:instancePath+"/coverage/base/maxDrop/branches",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/branches/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.branches,data:data32};
if(vErrors === null){
vErrors = [err87];
}
else {
vErrors.push(err87);
}
errors++;
}
}
}
if(data30.functions !== undefined){
let data33 = data30.functions;
if((!((typeof data33 == "number") && (isFinite(data33)))) && (data33 !== null)){
const err88 = {instancePath:instancePath+"/coverage/base/maxDrop/functions",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/functions/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions.type},message:"must be number,null",schema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions,data:data33};
if(vErrors === null){
vErrors = [err88];
}
else {
vErrors.push(err88);
}
errors++;
}
if((typeof data33 == "number") && (isFinite(data33))){
if(data33 > 100 || isNaN(data33)){
const err89 = {instancePath:instancePath+"/coverage/base/maxDrop/functions",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/functions/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions,data:data33};
if(vErrors === null){
vErrors = [err89];
}
else {
vErrors.push(err89);
}
errors++;
}
if(data33 < 0 || isNaN(data33)){
const err90 = {instancePath:instancePath+"/coverage/base/maxDrop/functions",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/functions/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions,data:data33};
if(vErrors === null){
vErrors = [err90];
}
else {
vErrors.push(err90);
}
errors++;
}
let res13;
if(( false || (res13 = data33/0.01, Math.abs(Math.round(res13) - res13) > 1e-9))){
const err91 = {instancePath:instancePath+"/coverage/base/maxDrop/functions",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/functions/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.functions,data:data33};
if(vErrors === null){
vErrors = [err91];
}
else {
vErrors.push(err91);
}
errors++;
}
}
}
if(data30.statements !== undefined){
let data34 = data30.statements;
if((!((typeof data34 == "number") && (isFinite(data34)))) && (data34 !== null)){
const err92 = {instancePath:instancePath+"/coverage/base/maxDrop/statements",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/statements/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements.type},message:"must be number,null",schema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements,data:data34};
if(vErrors === null){
vErrors = [err92];
}
else {
vErrors.push(err92);
}
errors++;
}
if((typeof data34 == "number") && (isFinite(data34))){
if(data34 > 100 || isNaN(data34)){
const err93 = {instancePath:instancePath+"/coverage/base/maxDrop/statements",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/statements/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements,data:data34};
if(vErrors === null){
vErrors = [err93];
}
else {
vErrors.push(err93);
}
errors++;
}
if(data34 < 0 || isNaN(data34)){
const err94 = {instancePath:instancePath+"/coverage/base/maxDrop/statements",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/statements/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements,data:data34};
if(vErrors === null){
vErrors = [err94];
}
else {
vErrors.push(err94);
}
errors++;
}
let res14;
if(( false || (res14 = data34/0.01, Math.abs(Math.round(res14) - res14) > 1e-9))){
const err95 = {instancePath:instancePath+"/coverage/base/maxDrop/statements",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/statements/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.statements,data:data34};
if(vErrors === null){
vErrors = [err95];
}
else {
vErrors.push(err95);
}
errors++;
}
}
}
if(data30.classes !== undefined){
let data35 = data30.classes;
if((!((typeof data35 == "number") && (isFinite(data35)))) && (data35 !== null)){
const err96 = {instancePath:instancePath+"/coverage/base/maxDrop/classes",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/classes/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes.type},message:"must be number,null",schema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes,data:data35};
if(vErrors === null){
vErrors = [err96];
}
else {
vErrors.push(err96);
}
errors++;
}
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 > 100 || isNaN(data35)){
const err97 = {instancePath:instancePath+"/coverage/base/maxDrop/classes",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/classes/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes,data:data35};
if(vErrors === null){
vErrors = [err97];
}
else {
vErrors.push(err97);
}
errors++;
}
if(data35 < 0 || isNaN(data35)){
const err98 = {instancePath:instancePath+"/coverage/base/maxDrop/classes",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/classes/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes,data:data35};
if(vErrors === null){
vErrors = [err98];
}
else {
vErrors.push(err98);
}
errors++;
}
let res15;
if(( false || (res15 = data35/0.01, Math.abs(Math.round(res15) - res15) > 1e-9))){
const err99 = {instancePath:instancePath+"/coverage/base/maxDrop/classes",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/properties/classes/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop.properties.classes,data:data35};
if(vErrors === null){
vErrors = [err99];
}
else {
vErrors.push(err99);
}
errors++;
}
}
}
}
else {
const err100 = {instancePath:instancePath+"/coverage/base/maxDrop",schemaPath:"#/properties/coverage/properties/base/properties/maxDrop/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.base.properties.maxDrop.type,parentSchema:schema31.properties.coverage.properties.base.properties.maxDrop,data:data30};
if(vErrors === null){
vErrors = [err100];
}
else {
vErrors.push(err100);
}
errors++;
}
}
if(data29.tolerance !== undefined){
let data36 = data29.tolerance;
if((typeof data36 == "number") && (isFinite(data36))){
if(data36 > 100 || isNaN(data36)){
const err101 = {instancePath:instancePath+"/coverage/base/tolerance",schemaPath:"#/properties/coverage/properties/base/properties/tolerance/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.coverage.properties.base.properties.tolerance,data:data36};
if(vErrors === null){
vErrors = [err101];
}
else {
vErrors.push(err101);
}
errors++;
}
if(data36 < 0 || isNaN(data36)){
const err102 = {instancePath:instancePath+"/coverage/base/tolerance",schemaPath:"#/properties/coverage/properties/base/properties/tolerance/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.coverage.properties.base.properties.tolerance,data:data36};
if(vErrors === null){
vErrors = [err102];
}
else {
vErrors.push(err102);
}
errors++;
}
let res16;
if(( false || (res16 = data36/0.01, Math.abs(Math.round(res16) - res16) > 1e-9))){
const err103 = {instancePath:instancePath+"/coverage/base/tolerance",schemaPath:"#/properties/coverage/properties/base/properties/tolerance/multipleOf",keyword:"multipleOf",params:{multipleOf: 0.01},message:"must be multiple of 0.01",schema:0.01,parentSchema:schema31.properties.coverage.properties.base.properties.tolerance,data:data36};
if(vErrors === null){
vErrors = [err103];
}
else {
vErrors.push(err103);
}
errors++;
}
}
else {
const err104 = {instancePath:instancePath+"/coverage/base/tolerance",schemaPath:"#/properties/coverage/properties/base/properties/tolerance/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.coverage.properties.base.properties.tolerance.type,parentSchema:schema31.properties.coverage.properties.base.properties.tolerance,data:data36};
if(vErrors === null){
vErrors = [err104];
}
else {
vErrors.push(err104);
}
errors++;
}
}
if(data29.report !== undefined){
let data37 = data29.report;
if((typeof data37 !== "string") && (data37 !== null)){
const err105 = {instancePath:instancePath+"/coverage/base/report",schemaPath:"#/properties/coverage/properties/base/properties/report/type",keyword:"type",params:{type: schema31.properties.coverage.properties.base.properties.report.type},message:"must be string,null",schema:schema31.properties.coverage.properties.base.properties.report.type,parentSchema:schema31.properties.coverage.properties.base.properties.report,data:data37};
if(vErrors === null){
vErrors = [err105];
}
else {
vErrors.push(err105);
}
errors++;
}
if(typeof data37 === "string"){
if(func1(data37) < 1){
const err106 = {instancePath:instancePath+"/coverage/base/report",schemaPath:"#/properties/coverage/properties/base/properties/report/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.base.properties.report,data:data37};
if(vErrors === null){
vErrors = [err106];
}
else {
vErrors.push(err106);
}
errors++;
}
}
}
}
else {
const err107 = {instancePath:instancePath+"/coverage/base",schemaPath:"#/properties/coverage/properties/base/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.base.type,parentSchema:schema31.properties.coverage.properties.base,data:data29};
if(vErrors === null){
vErrors = [err107];
}
else {
vErrors.push(err107);
}
errors++;
}
}
if(data4.pathMapping !== undefined){
let data38 = data4.pathMapping;
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key9 in data38){
if(!(((key9 === "stripPrefixes") || (key9 === "rewrite")) || (key9 === "roots"))){
const err108 = {instancePath:instancePath+"/coverage/pathMapping",schemaPath:"#/properties/coverage/properties/pathMapping/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.pathMapping,data:data38};
if(vErrors === null){
vErrors = [err108];
}
else {
vErrors.push(err108);
}
errors++;
}
}
if(data38.stripPrefixes !== undefined){
let data39 = data38.stripPrefixes;
if(Array.isArray(data39)){
const len5 = data39.length;
for(let i6=0; i6<len5; i6++){
let data40 = data39[i6];
if(typeof data40 === "string"){
if(func1(data40) < 1){
const err109 = {instancePath:instancePath+"/coverage/pathMapping/stripPrefixes/" + i6,schemaPath:"#/properties/coverage/properties/pathMapping/properties/stripPrefixes/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.stripPrefixes.items,data:data40};
if(vErrors === null){
vErrors = [err109];
}
else {
vErrors.push(err109);
}
errors++;
}
}
else {
const err110 = {instancePath:instancePath+"/coverage/pathMapping/stripPrefixes/" + i6,schemaPath:"#/properties/coverage/properties/pathMapping/properties/stripPrefixes/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.pathMapping.properties.stripPrefixes.items.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.stripPrefixes.items,data:data40};
if(vErrors === null){
vErrors = [err110];
}
else {
vErrors.push(err110);
}
errors++;
}
}
}
else {
const err111 = {instancePath:instancePath+"/coverage/pathMapping/stripPrefixes",schemaPath:"#/properties/coverage/properties/pathMapping/properties/stripPrefixes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.pathMapping.properties.stripPrefixes.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.stripPrefixes,data:data39};
if(vErrors === null){
vErrors = [err111];
}
else {
vErrors.push(err111);
}
errors++;
}
}
if(data38.rewrite !== undefined){
let data41 = data38.rewrite;
if(Array.isArray(data41)){
const len6 = data41.length;
for(let i7=0; i7<len6; i7++){
let data42 = data41[i7];
if(data42 && typeof data42 == "object" && !Array.isArray(data42)){
if(data42.from === undefined){
const err112 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7,schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/required",keyword:"required",params:{missingProperty: "from"},message:"must have required property '"+"from"+"'",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.required,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items,data:data42};
if(vErrors === null){
vErrors = [err112];
}
else {
vErrors.push(err112);
}
errors++;
}
if(data42.to === undefined){
const err113 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7,schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/required",keyword:"required",params:{missingProperty: "to"},message:"must have required property '"+"to"+"'",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.required,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items,data:data42};
if(vErrors === null){
vErrors = [err113];
}
else {
vErrors.push(err113);
}
errors++;
}
for(const key10 in data42){
if(!((key10 === "from") || (key10 === "to"))){
const err114 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7,schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items,data:data42};
if(vErrors === null){
vErrors = [err114];
}
else {
vErrors.push(err114);
}
errors++;
}
}
if(data42.from !== undefined){
let data43 = data42.from;
if(typeof data43 === "string"){
if(func1(data43) < 1){
const err115 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7+"/from",schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/properties/from/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.properties.from,data:data43};
if(vErrors === null){
vErrors = [err115];
}
else {
vErrors.push(err115);
}
errors++;
}
}
else {
const err116 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7+"/from",schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/properties/from/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.properties.from.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.properties.from,data:data43};
if(vErrors === null){
vErrors = [err116];
}
else {
vErrors.push(err116);
}
errors++;
}
}
if(data42.to !== undefined){
let data44 = data42.to;
if(typeof data44 !== "string"){
const err117 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7+"/to",schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/properties/to/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.properties.to.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.properties.to,data:data44};
if(vErrors === null){
vErrors = [err117];
}
else {
vErrors.push(err117);
}
errors++;
}
}
}
else {
const err118 = {instancePath:instancePath+"/coverage/pathMapping/rewrite/" + i7,schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.items,data:data42};
if(vErrors === null){
vErrors = [err118];
}
else {
vErrors.push(err118);
}
errors++;
}
}
}
else {
const err119 = {instancePath:instancePath+"/coverage/pathMapping/rewrite",schemaPath:"#/properties/coverage/properties/pathMapping/properties/rewrite/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.pathMapping.properties.rewrite.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.rewrite,data:data41};
if(vErrors === null){
vErrors = [err119];
}
else {
vErrors.push(err119);
}
errors++;
}
}
if(data38.roots !== undefined){
let data45 = data38.roots;
if(Array.isArray(data45)){
const len7 = data45.length;
for(let i8=0; i8<len7; i8++){
let data46 = data45[i8];
if(typeof data46 === "string"){
if(func1(data46) < 1){
const err120 = {instancePath:instancePath+"/coverage/pathMapping/roots/" + i8,schemaPath:"#/properties/coverage/properties/pathMapping/properties/roots/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.roots.items,data:data46};
if(vErrors === null){
vErrors = [err120];
}
else {
vErrors.push(err120);
}
errors++;
}
}
else {
const err121 = {instancePath:instancePath+"/coverage/pathMapping/roots/" + i8,schemaPath:"#/properties/coverage/properties/pathMapping/properties/roots/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.pathMapping.properties.roots.items.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.roots.items,data:data46};
if(vErrors === null){
vErrors = [err121];
}
else {
vErrors.push(err121);
}
errors++;
}
}
}
else {
const err122 = {instancePath:instancePath+"/coverage/pathMapping/roots",schemaPath:"#/properties/coverage/properties/pathMapping/properties/roots/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.coverage.properties.pathMapping.properties.roots.type,parentSchema:schema31.properties.coverage.properties.pathMapping.properties.roots,data:data45};
if(vErrors === null){
vErrors = [err122];
}
else {
vErrors.push(err122);
}
errors++;
}
}
}
else {
const err123 = {instancePath:instancePath+"/coverage/pathMapping",schemaPath:"#/properties/coverage/properties/pathMapping/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.pathMapping.type,parentSchema:schema31.properties.coverage.properties.pathMapping,data:data38};
if(vErrors === null){
vErrors = [err123];
}
else {
vErrors.push(err123);
}
errors++;
}
}
if(data4.html !== undefined){
let data47 = data4.html;
if(data47 && typeof data47 == "object" && !Array.isArray(data47)){
for(const key11 in data47){
if(!((key11 === "enabled") || (key11 === "dir"))){
const err124 = {instancePath:instancePath+"/coverage/html",schemaPath:"#/properties/coverage/properties/html/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.coverage.properties.html,data:data47};
if(vErrors === null){
vErrors = [err124];
}
else {
vErrors.push(err124);
}
errors++;
}
}
if(data47.enabled !== undefined){
let data48 = data47.enabled;
if(typeof data48 !== "boolean"){
const err125 = {instancePath:instancePath+"/coverage/html/enabled",schemaPath:"#/properties/coverage/properties/html/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.coverage.properties.html.properties.enabled.type,parentSchema:schema31.properties.coverage.properties.html.properties.enabled,data:data48};
if(vErrors === null){
vErrors = [err125];
}
else {
vErrors.push(err125);
}
errors++;
}
}
if(data47.dir !== undefined){
let data49 = data47.dir;
if(typeof data49 === "string"){
if(func1(data49) < 1){
const err126 = {instancePath:instancePath+"/coverage/html/dir",schemaPath:"#/properties/coverage/properties/html/properties/dir/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.coverage.properties.html.properties.dir,data:data49};
if(vErrors === null){
vErrors = [err126];
}
else {
vErrors.push(err126);
}
errors++;
}
}
else {
const err127 = {instancePath:instancePath+"/coverage/html/dir",schemaPath:"#/properties/coverage/properties/html/properties/dir/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.coverage.properties.html.properties.dir.type,parentSchema:schema31.properties.coverage.properties.html.properties.dir,data:data49};
if(vErrors === null){
vErrors = [err127];
}
else {
vErrors.push(err127);
}
errors++;
}
}
}
else {
const err128 = {instancePath:instancePath+"/coverage/html",schemaPath:"#/properties/coverage/properties/html/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.properties.html.type,parentSchema:schema31.properties.coverage.properties.html,data:data47};
if(vErrors === null){
vErrors = [err128];
}
else {
vErrors.push(err128);
}
errors++;
}
}
}
else {
const err129 = {instancePath:instancePath+"/coverage",schemaPath:"#/properties/coverage/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.coverage.type,parentSchema:schema31.properties.coverage,data:data4};
if(vErrors === null){
vErrors = [err129];
}
else {
vErrors.push(err129);
}
errors++;
}
}
if(data.impact !== undefined){
let data50 = data.impact;
if(data50 && typeof data50 == "object" && !Array.isArray(data50)){
for(const key12 in data50){
if(!((((((((key12 === "tests") || (key12 === "triggers")) || (key12 === "typeOnlyEdgesRun")) || (key12 === "equivalentChangesRun")) || (key12 === "suites")) || (key12 === "sensitivePaths")) || (key12 === "risk")) || (key12 === "cache"))){
const err130 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact,data:data50};
if(vErrors === null){
vErrors = [err130];
}
else {
vErrors.push(err130);
}
errors++;
}
}
if(data50.tests !== undefined){
let data51 = data50.tests;
if(data51 && typeof data51 == "object" && !Array.isArray(data51)){
for(const key13 in data51){
if(!((key13 === "include") || (key13 === "exclude"))){
const err131 = {instancePath:instancePath+"/impact/tests",schemaPath:"#/properties/impact/properties/tests/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.tests,data:data51};
if(vErrors === null){
vErrors = [err131];
}
else {
vErrors.push(err131);
}
errors++;
}
}
if(data51.include !== undefined){
let data52 = data51.include;
if(Array.isArray(data52)){
const len8 = data52.length;
for(let i9=0; i9<len8; i9++){
let data53 = data52[i9];
if(typeof data53 === "string"){
if(func1(data53) < 1){
const err132 = {instancePath:instancePath+"/impact/tests/include/" + i9,schemaPath:"#/properties/impact/properties/tests/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.tests.properties.include.items,data:data53};
if(vErrors === null){
vErrors = [err132];
}
else {
vErrors.push(err132);
}
errors++;
}
}
else {
const err133 = {instancePath:instancePath+"/impact/tests/include/" + i9,schemaPath:"#/properties/impact/properties/tests/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.tests.properties.include.items.type,parentSchema:schema31.properties.impact.properties.tests.properties.include.items,data:data53};
if(vErrors === null){
vErrors = [err133];
}
else {
vErrors.push(err133);
}
errors++;
}
}
}
else {
const err134 = {instancePath:instancePath+"/impact/tests/include",schemaPath:"#/properties/impact/properties/tests/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.tests.properties.include.type,parentSchema:schema31.properties.impact.properties.tests.properties.include,data:data52};
if(vErrors === null){
vErrors = [err134];
}
else {
vErrors.push(err134);
}
errors++;
}
}
if(data51.exclude !== undefined){
let data54 = data51.exclude;
if(Array.isArray(data54)){
const len9 = data54.length;
for(let i10=0; i10<len9; i10++){
let data55 = data54[i10];
if(typeof data55 === "string"){
if(func1(data55) < 1){
const err135 = {instancePath:instancePath+"/impact/tests/exclude/" + i10,schemaPath:"#/properties/impact/properties/tests/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.tests.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err135];
}
else {
vErrors.push(err135);
}
errors++;
}
}
else {
const err136 = {instancePath:instancePath+"/impact/tests/exclude/" + i10,schemaPath:"#/properties/impact/properties/tests/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.tests.properties.exclude.items.type,parentSchema:schema31.properties.impact.properties.tests.properties.exclude.items,data:data55};
if(vErrors === null){
vErrors = [err136];
}
else {
vErrors.push(err136);
}
errors++;
}
}
}
else {
const err137 = {instancePath:instancePath+"/impact/tests/exclude",schemaPath:"#/properties/impact/properties/tests/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.tests.properties.exclude.type,parentSchema:schema31.properties.impact.properties.tests.properties.exclude,data:data54};
if(vErrors === null){
vErrors = [err137];
}
else {
vErrors.push(err137);
}
errors++;
}
}
}
else {
const err138 = {instancePath:instancePath+"/impact/tests",schemaPath:"#/properties/impact/properties/tests/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.tests.type,parentSchema:schema31.properties.impact.properties.tests,data:data51};
if(vErrors === null){
vErrors = [err138];
}
else {
vErrors.push(err138);
}
errors++;
}
}
if(data50.triggers !== undefined){
let data56 = data50.triggers;
if(Array.isArray(data56)){
const len10 = data56.length;
for(let i11=0; i11<len10; i11++){
let data57 = data56[i11];
if(typeof data57 === "string"){
if(func1(data57) < 1){
const err139 = {instancePath:instancePath+"/impact/triggers/" + i11,schemaPath:"#/properties/impact/properties/triggers/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.triggers.items,data:data57};
if(vErrors === null){
vErrors = [err139];
}
else {
vErrors.push(err139);
}
errors++;
}
}
else {
const err140 = {instancePath:instancePath+"/impact/triggers/" + i11,schemaPath:"#/properties/impact/properties/triggers/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.triggers.items.type,parentSchema:schema31.properties.impact.properties.triggers.items,data:data57};
if(vErrors === null){
vErrors = [err140];
}
else {
vErrors.push(err140);
}
errors++;
}
}
}
else {
const err141 = {instancePath:instancePath+"/impact/triggers",schemaPath:"#/properties/impact/properties/triggers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.triggers.type,parentSchema:schema31.properties.impact.properties.triggers,data:data56};
if(vErrors === null){
vErrors = [err141];
}
else {
vErrors.push(err141);
}
errors++;
}
}
if(data50.typeOnlyEdgesRun !== undefined){
let data58 = data50.typeOnlyEdgesRun;
if(typeof data58 !== "boolean"){
const err142 = {instancePath:instancePath+"/impact/typeOnlyEdgesRun",schemaPath:"#/properties/impact/properties/typeOnlyEdgesRun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.impact.properties.typeOnlyEdgesRun.type,parentSchema:schema31.properties.impact.properties.typeOnlyEdgesRun,data:data58};
if(vErrors === null){
vErrors = [err142];
}
else {
vErrors.push(err142);
}
errors++;
}
}
if(data50.equivalentChangesRun !== undefined){
let data59 = data50.equivalentChangesRun;
if(typeof data59 !== "boolean"){
const err143 = {instancePath:instancePath+"/impact/equivalentChangesRun",schemaPath:"#/properties/impact/properties/equivalentChangesRun/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.impact.properties.equivalentChangesRun.type,parentSchema:schema31.properties.impact.properties.equivalentChangesRun,data:data59};
if(vErrors === null){
vErrors = [err143];
}
else {
vErrors.push(err143);
}
errors++;
}
}
if(data50.suites !== undefined){
let data60 = data50.suites;
if(Array.isArray(data60)){
const len11 = data60.length;
for(let i12=0; i12<len11; i12++){
let data61 = data60[i12];
if(data61 && typeof data61 == "object" && !Array.isArray(data61)){
if(data61.name === undefined){
const err144 = {instancePath:instancePath+"/impact/suites/" + i12,schemaPath:"#/properties/impact/properties/suites/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.impact.properties.suites.items.required,parentSchema:schema31.properties.impact.properties.suites.items,data:data61};
if(vErrors === null){
vErrors = [err144];
}
else {
vErrors.push(err144);
}
errors++;
}
if(data61.paths === undefined){
const err145 = {instancePath:instancePath+"/impact/suites/" + i12,schemaPath:"#/properties/impact/properties/suites/items/required",keyword:"required",params:{missingProperty: "paths"},message:"must have required property '"+"paths"+"'",schema:schema31.properties.impact.properties.suites.items.required,parentSchema:schema31.properties.impact.properties.suites.items,data:data61};
if(vErrors === null){
vErrors = [err145];
}
else {
vErrors.push(err145);
}
errors++;
}
for(const key14 in data61){
if(!((((key14 === "name") || (key14 === "paths")) || (key14 === "tier")) || (key14 === "runsOn"))){
const err146 = {instancePath:instancePath+"/impact/suites/" + i12,schemaPath:"#/properties/impact/properties/suites/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.suites.items,data:data61};
if(vErrors === null){
vErrors = [err146];
}
else {
vErrors.push(err146);
}
errors++;
}
}
if(data61.name !== undefined){
let data62 = data61.name;
if(typeof data62 === "string"){
if(func1(data62) > 100){
const err147 = {instancePath:instancePath+"/impact/suites/" + i12+"/name",schemaPath:"#/properties/impact/properties/suites/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.impact.properties.suites.items.properties.name,data:data62};
if(vErrors === null){
vErrors = [err147];
}
else {
vErrors.push(err147);
}
errors++;
}
if(func1(data62) < 1){
const err148 = {instancePath:instancePath+"/impact/suites/" + i12+"/name",schemaPath:"#/properties/impact/properties/suites/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.suites.items.properties.name,data:data62};
if(vErrors === null){
vErrors = [err148];
}
else {
vErrors.push(err148);
}
errors++;
}
}
else {
const err149 = {instancePath:instancePath+"/impact/suites/" + i12+"/name",schemaPath:"#/properties/impact/properties/suites/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.suites.items.properties.name.type,parentSchema:schema31.properties.impact.properties.suites.items.properties.name,data:data62};
if(vErrors === null){
vErrors = [err149];
}
else {
vErrors.push(err149);
}
errors++;
}
}
if(data61.paths !== undefined){
let data63 = data61.paths;
if(Array.isArray(data63)){
if(data63.length < 1){
const err150 = {instancePath:instancePath+"/impact/suites/" + i12+"/paths",schemaPath:"#/properties/impact/properties/suites/items/properties/paths/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.impact.properties.suites.items.properties.paths,data:data63};
if(vErrors === null){
vErrors = [err150];
}
else {
vErrors.push(err150);
}
errors++;
}
const len12 = data63.length;
for(let i13=0; i13<len12; i13++){
let data64 = data63[i13];
if(typeof data64 === "string"){
if(func1(data64) < 1){
const err151 = {instancePath:instancePath+"/impact/suites/" + i12+"/paths/" + i13,schemaPath:"#/properties/impact/properties/suites/items/properties/paths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.suites.items.properties.paths.items,data:data64};
if(vErrors === null){
vErrors = [err151];
}
else {
vErrors.push(err151);
}
errors++;
}
}
else {
const err152 = {instancePath:instancePath+"/impact/suites/" + i12+"/paths/" + i13,schemaPath:"#/properties/impact/properties/suites/items/properties/paths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.suites.items.properties.paths.items.type,parentSchema:schema31.properties.impact.properties.suites.items.properties.paths.items,data:data64};
if(vErrors === null){
vErrors = [err152];
}
else {
vErrors.push(err152);
}
errors++;
}
}
}
else {
const err153 = {instancePath:instancePath+"/impact/suites/" + i12+"/paths",schemaPath:"#/properties/impact/properties/suites/items/properties/paths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.suites.items.properties.paths.type,parentSchema:schema31.properties.impact.properties.suites.items.properties.paths,data:data63};
if(vErrors === null){
vErrors = [err153];
}
else {
vErrors.push(err153);
}
errors++;
}
}
if(data61.tier !== undefined){
let data65 = data61.tier;
if(!(((((data65 === "continuous") || (data65 === "hourly")) || (data65 === "daily")) || (data65 === "weekly")) || (data65 === "monthly"))){
const err154 = {instancePath:instancePath+"/impact/suites/" + i12+"/tier",schemaPath:"#/properties/impact/properties/suites/items/properties/tier/enum",keyword:"enum",params:{allowedValues: schema31.properties.impact.properties.suites.items.properties.tier.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.impact.properties.suites.items.properties.tier.enum,parentSchema:schema31.properties.impact.properties.suites.items.properties.tier,data:data65};
if(vErrors === null){
vErrors = [err154];
}
else {
vErrors.push(err154);
}
errors++;
}
}
if(data61.runsOn !== undefined){
let data66 = data61.runsOn;
if(Array.isArray(data66)){
const len13 = data66.length;
for(let i14=0; i14<len13; i14++){
let data67 = data66[i14];
if(typeof data67 === "string"){
if(func1(data67) < 1){
const err155 = {instancePath:instancePath+"/impact/suites/" + i12+"/runsOn/" + i14,schemaPath:"#/properties/impact/properties/suites/items/properties/runsOn/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.suites.items.properties.runsOn.items,data:data67};
if(vErrors === null){
vErrors = [err155];
}
else {
vErrors.push(err155);
}
errors++;
}
}
else {
const err156 = {instancePath:instancePath+"/impact/suites/" + i12+"/runsOn/" + i14,schemaPath:"#/properties/impact/properties/suites/items/properties/runsOn/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.suites.items.properties.runsOn.items.type,parentSchema:schema31.properties.impact.properties.suites.items.properties.runsOn.items,data:data67};
if(vErrors === null){
vErrors = [err156];
}
else {
vErrors.push(err156);
}
errors++;
}
}
}
else {
const err157 = {instancePath:instancePath+"/impact/suites/" + i12+"/runsOn",schemaPath:"#/properties/impact/properties/suites/items/properties/runsOn/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.suites.items.properties.runsOn.type,parentSchema:schema31.properties.impact.properties.suites.items.properties.runsOn,data:data66};
if(vErrors === null){
vErrors = [err157];
}
else {
vErrors.push(err157);
}
errors++;
}
}
}
else {
const err158 = {instancePath:instancePath+"/impact/suites/" + i12,schemaPath:"#/properties/impact/properties/suites/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.suites.items.type,parentSchema:schema31.properties.impact.properties.suites.items,data:data61};
if(vErrors === null){
vErrors = [err158];
}
else {
vErrors.push(err158);
}
errors++;
}
}
}
else {
const err159 = {instancePath:instancePath+"/impact/suites",schemaPath:"#/properties/impact/properties/suites/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.suites.type,parentSchema:schema31.properties.impact.properties.suites,data:data60};
if(vErrors === null){
vErrors = [err159];
}
else {
vErrors.push(err159);
}
errors++;
}
}
if(data50.sensitivePaths !== undefined){
let data68 = data50.sensitivePaths;
if(Array.isArray(data68)){
const len14 = data68.length;
for(let i15=0; i15<len14; i15++){
let data69 = data68[i15];
if(typeof data69 === "string"){
if(func1(data69) < 1){
const err160 = {instancePath:instancePath+"/impact/sensitivePaths/" + i15,schemaPath:"#/properties/impact/properties/sensitivePaths/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.sensitivePaths.items,data:data69};
if(vErrors === null){
vErrors = [err160];
}
else {
vErrors.push(err160);
}
errors++;
}
}
else {
const err161 = {instancePath:instancePath+"/impact/sensitivePaths/" + i15,schemaPath:"#/properties/impact/properties/sensitivePaths/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.sensitivePaths.items.type,parentSchema:schema31.properties.impact.properties.sensitivePaths.items,data:data69};
if(vErrors === null){
vErrors = [err161];
}
else {
vErrors.push(err161);
}
errors++;
}
}
}
else {
const err162 = {instancePath:instancePath+"/impact/sensitivePaths",schemaPath:"#/properties/impact/properties/sensitivePaths/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.impact.properties.sensitivePaths.type,parentSchema:schema31.properties.impact.properties.sensitivePaths,data:data68};
if(vErrors === null){
vErrors = [err162];
}
else {
vErrors.push(err162);
}
errors++;
}
}
if(data50.risk !== undefined){
let data70 = data50.risk;
if(data70 && typeof data70 == "object" && !Array.isArray(data70)){
for(const key15 in data70){
if(!((key15 === "weights") || (key15 === "levels"))){
const err163 = {instancePath:instancePath+"/impact/risk",schemaPath:"#/properties/impact/properties/risk/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.risk,data:data70};
if(vErrors === null){
vErrors = [err163];
}
else {
vErrors.push(err163);
}
errors++;
}
}
if(data70.weights !== undefined){
let data71 = data70.weights;
if(data71 && typeof data71 == "object" && !Array.isArray(data71)){
for(const key16 in data71){
if(!(func21.call(schema31.properties.impact.properties.risk.properties.weights.properties, key16))){
const err164 = {instancePath:instancePath+"/impact/risk/weights",schemaPath:"#/properties/impact/properties/risk/properties/weights/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.risk.properties.weights,data:data71};
if(vErrors === null){
vErrors = [err164];
}
else {
vErrors.push(err164);
}
errors++;
}
}
if(data71.diffSize !== undefined){
let data72 = data71.diffSize;
if((typeof data72 == "number") && (isFinite(data72))){
if(data72 > 100 || isNaN(data72)){
const err165 = {instancePath:instancePath+"/impact/risk/weights/diffSize",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSize,data:data72};
if(vErrors === null){
vErrors = [err165];
}
else {
vErrors.push(err165);
}
errors++;
}
if(data72 < 0 || isNaN(data72)){
const err166 = {instancePath:instancePath+"/impact/risk/weights/diffSize",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSize,data:data72};
if(vErrors === null){
vErrors = [err166];
}
else {
vErrors.push(err166);
}
errors++;
}
}
else {
const err167 = {instancePath:instancePath+"/impact/risk/weights/diffSize",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSize/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSize.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSize,data:data72};
if(vErrors === null){
vErrors = [err167];
}
else {
vErrors.push(err167);
}
errors++;
}
}
if(data71.diffSpread !== undefined){
let data73 = data71.diffSpread;
if((typeof data73 == "number") && (isFinite(data73))){
if(data73 > 100 || isNaN(data73)){
const err168 = {instancePath:instancePath+"/impact/risk/weights/diffSpread",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSpread/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSpread,data:data73};
if(vErrors === null){
vErrors = [err168];
}
else {
vErrors.push(err168);
}
errors++;
}
if(data73 < 0 || isNaN(data73)){
const err169 = {instancePath:instancePath+"/impact/risk/weights/diffSpread",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSpread/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSpread,data:data73};
if(vErrors === null){
vErrors = [err169];
}
else {
vErrors.push(err169);
}
errors++;
}
}
else {
const err170 = {instancePath:instancePath+"/impact/risk/weights/diffSpread",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/diffSpread/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSpread.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.diffSpread,data:data73};
if(vErrors === null){
vErrors = [err170];
}
else {
vErrors.push(err170);
}
errors++;
}
}
if(data71.fanIn !== undefined){
let data74 = data71.fanIn;
if((typeof data74 == "number") && (isFinite(data74))){
if(data74 > 100 || isNaN(data74)){
const err171 = {instancePath:instancePath+"/impact/risk/weights/fanIn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/fanIn/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.fanIn,data:data74};
if(vErrors === null){
vErrors = [err171];
}
else {
vErrors.push(err171);
}
errors++;
}
if(data74 < 0 || isNaN(data74)){
const err172 = {instancePath:instancePath+"/impact/risk/weights/fanIn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/fanIn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.fanIn,data:data74};
if(vErrors === null){
vErrors = [err172];
}
else {
vErrors.push(err172);
}
errors++;
}
}
else {
const err173 = {instancePath:instancePath+"/impact/risk/weights/fanIn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/fanIn/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.fanIn.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.fanIn,data:data74};
if(vErrors === null){
vErrors = [err173];
}
else {
vErrors.push(err173);
}
errors++;
}
}
if(data71.centrality !== undefined){
let data75 = data71.centrality;
if((typeof data75 == "number") && (isFinite(data75))){
if(data75 > 100 || isNaN(data75)){
const err174 = {instancePath:instancePath+"/impact/risk/weights/centrality",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/centrality/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.centrality,data:data75};
if(vErrors === null){
vErrors = [err174];
}
else {
vErrors.push(err174);
}
errors++;
}
if(data75 < 0 || isNaN(data75)){
const err175 = {instancePath:instancePath+"/impact/risk/weights/centrality",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/centrality/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.centrality,data:data75};
if(vErrors === null){
vErrors = [err175];
}
else {
vErrors.push(err175);
}
errors++;
}
}
else {
const err176 = {instancePath:instancePath+"/impact/risk/weights/centrality",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/centrality/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.centrality.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.centrality,data:data75};
if(vErrors === null){
vErrors = [err176];
}
else {
vErrors.push(err176);
}
errors++;
}
}
if(data71.churn !== undefined){
let data76 = data71.churn;
if((typeof data76 == "number") && (isFinite(data76))){
if(data76 > 100 || isNaN(data76)){
const err177 = {instancePath:instancePath+"/impact/risk/weights/churn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/churn/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.churn,data:data76};
if(vErrors === null){
vErrors = [err177];
}
else {
vErrors.push(err177);
}
errors++;
}
if(data76 < 0 || isNaN(data76)){
const err178 = {instancePath:instancePath+"/impact/risk/weights/churn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/churn/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.churn,data:data76};
if(vErrors === null){
vErrors = [err178];
}
else {
vErrors.push(err178);
}
errors++;
}
}
else {
const err179 = {instancePath:instancePath+"/impact/risk/weights/churn",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/churn/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.churn.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.churn,data:data76};
if(vErrors === null){
vErrors = [err179];
}
else {
vErrors.push(err179);
}
errors++;
}
}
if(data71.authors !== undefined){
let data77 = data71.authors;
if((typeof data77 == "number") && (isFinite(data77))){
if(data77 > 100 || isNaN(data77)){
const err180 = {instancePath:instancePath+"/impact/risk/weights/authors",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/authors/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.authors,data:data77};
if(vErrors === null){
vErrors = [err180];
}
else {
vErrors.push(err180);
}
errors++;
}
if(data77 < 0 || isNaN(data77)){
const err181 = {instancePath:instancePath+"/impact/risk/weights/authors",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/authors/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.authors,data:data77};
if(vErrors === null){
vErrors = [err181];
}
else {
vErrors.push(err181);
}
errors++;
}
}
else {
const err182 = {instancePath:instancePath+"/impact/risk/weights/authors",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/authors/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.authors.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.authors,data:data77};
if(vErrors === null){
vErrors = [err182];
}
else {
vErrors.push(err182);
}
errors++;
}
}
if(data71.uncoveredLines !== undefined){
let data78 = data71.uncoveredLines;
if((typeof data78 == "number") && (isFinite(data78))){
if(data78 > 100 || isNaN(data78)){
const err183 = {instancePath:instancePath+"/impact/risk/weights/uncoveredLines",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/uncoveredLines/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.uncoveredLines,data:data78};
if(vErrors === null){
vErrors = [err183];
}
else {
vErrors.push(err183);
}
errors++;
}
if(data78 < 0 || isNaN(data78)){
const err184 = {instancePath:instancePath+"/impact/risk/weights/uncoveredLines",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/uncoveredLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.uncoveredLines,data:data78};
if(vErrors === null){
vErrors = [err184];
}
else {
vErrors.push(err184);
}
errors++;
}
}
else {
const err185 = {instancePath:instancePath+"/impact/risk/weights/uncoveredLines",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/uncoveredLines/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.uncoveredLines.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.uncoveredLines,data:data78};
if(vErrors === null){
vErrors = [err185];
}
else {
vErrors.push(err185);
}
errors++;
}
}
if(data71.sensitivePaths !== undefined){
let data79 = data71.sensitivePaths;
if((typeof data79 == "number") && (isFinite(data79))){
if(data79 > 100 || isNaN(data79)){
const err186 = {instancePath:instancePath+"/impact/risk/weights/sensitivePaths",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/sensitivePaths/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.sensitivePaths,data:data79};
if(vErrors === null){
vErrors = [err186];
}
else {
vErrors.push(err186);
}
errors++;
}
if(data79 < 0 || isNaN(data79)){
const err187 = {instancePath:instancePath+"/impact/risk/weights/sensitivePaths",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/sensitivePaths/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.sensitivePaths,data:data79};
if(vErrors === null){
vErrors = [err187];
}
else {
vErrors.push(err187);
}
errors++;
}
}
else {
const err188 = {instancePath:instancePath+"/impact/risk/weights/sensitivePaths",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/sensitivePaths/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.sensitivePaths.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.sensitivePaths,data:data79};
if(vErrors === null){
vErrors = [err188];
}
else {
vErrors.push(err188);
}
errors++;
}
}
if(data71.deletedExports !== undefined){
let data80 = data71.deletedExports;
if((typeof data80 == "number") && (isFinite(data80))){
if(data80 > 100 || isNaN(data80)){
const err189 = {instancePath:instancePath+"/impact/risk/weights/deletedExports",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/deletedExports/maximum",keyword:"maximum",params:{comparison: "<=", limit: 100},message:"must be <= 100",schema:100,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.deletedExports,data:data80};
if(vErrors === null){
vErrors = [err189];
}
else {
vErrors.push(err189);
}
errors++;
}
if(data80 < 0 || isNaN(data80)){
const err190 = {instancePath:instancePath+"/impact/risk/weights/deletedExports",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/deletedExports/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.deletedExports,data:data80};
if(vErrors === null){
vErrors = [err190];
}
else {
vErrors.push(err190);
}
errors++;
}
}
else {
const err191 = {instancePath:instancePath+"/impact/risk/weights/deletedExports",schemaPath:"#/properties/impact/properties/risk/properties/weights/properties/deletedExports/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.weights.properties.deletedExports.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights.properties.deletedExports,data:data80};
if(vErrors === null){
vErrors = [err191];
}
else {
vErrors.push(err191);
}
errors++;
}
}
}
else {
const err192 = {instancePath:instancePath+"/impact/risk/weights",schemaPath:"#/properties/impact/properties/risk/properties/weights/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.risk.properties.weights.type,parentSchema:schema31.properties.impact.properties.risk.properties.weights,data:data71};
if(vErrors === null){
vErrors = [err192];
}
else {
vErrors.push(err192);
}
errors++;
}
}
if(data70.levels !== undefined){
let data81 = data70.levels;
if(data81 && typeof data81 == "object" && !Array.isArray(data81)){
for(const key17 in data81){
if(!(((key17 === "medium") || (key17 === "high")) || (key17 === "critical"))){
const err193 = {instancePath:instancePath+"/impact/risk/levels",schemaPath:"#/properties/impact/properties/risk/properties/levels/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.risk.properties.levels,data:data81};
if(vErrors === null){
vErrors = [err193];
}
else {
vErrors.push(err193);
}
errors++;
}
}
if(data81.medium !== undefined){
let data82 = data81.medium;
if((typeof data82 == "number") && (isFinite(data82))){
if(data82 > 1000 || isNaN(data82)){
const err194 = {instancePath:instancePath+"/impact/risk/levels/medium",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/medium/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.medium,data:data82};
if(vErrors === null){
vErrors = [err194];
}
else {
vErrors.push(err194);
}
errors++;
}
if(data82 < 0 || isNaN(data82)){
const err195 = {instancePath:instancePath+"/impact/risk/levels/medium",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/medium/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.medium,data:data82};
if(vErrors === null){
vErrors = [err195];
}
else {
vErrors.push(err195);
}
errors++;
}
}
else {
const err196 = {instancePath:instancePath+"/impact/risk/levels/medium",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/medium/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.levels.properties.medium.type,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.medium,data:data82};
if(vErrors === null){
vErrors = [err196];
}
else {
vErrors.push(err196);
}
errors++;
}
}
if(data81.high !== undefined){
let data83 = data81.high;
if((typeof data83 == "number") && (isFinite(data83))){
if(data83 > 1000 || isNaN(data83)){
const err197 = {instancePath:instancePath+"/impact/risk/levels/high",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/high/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.high,data:data83};
if(vErrors === null){
vErrors = [err197];
}
else {
vErrors.push(err197);
}
errors++;
}
if(data83 < 0 || isNaN(data83)){
const err198 = {instancePath:instancePath+"/impact/risk/levels/high",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/high/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.high,data:data83};
if(vErrors === null){
vErrors = [err198];
}
else {
vErrors.push(err198);
}
errors++;
}
}
else {
const err199 = {instancePath:instancePath+"/impact/risk/levels/high",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/high/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.levels.properties.high.type,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.high,data:data83};
if(vErrors === null){
vErrors = [err199];
}
else {
vErrors.push(err199);
}
errors++;
}
}
if(data81.critical !== undefined){
let data84 = data81.critical;
if((typeof data84 == "number") && (isFinite(data84))){
if(data84 > 1000 || isNaN(data84)){
const err200 = {instancePath:instancePath+"/impact/risk/levels/critical",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/critical/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.critical,data:data84};
if(vErrors === null){
vErrors = [err200];
}
else {
vErrors.push(err200);
}
errors++;
}
if(data84 < 0 || isNaN(data84)){
const err201 = {instancePath:instancePath+"/impact/risk/levels/critical",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/critical/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.critical,data:data84};
if(vErrors === null){
vErrors = [err201];
}
else {
vErrors.push(err201);
}
errors++;
}
}
else {
const err202 = {instancePath:instancePath+"/impact/risk/levels/critical",schemaPath:"#/properties/impact/properties/risk/properties/levels/properties/critical/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema31.properties.impact.properties.risk.properties.levels.properties.critical.type,parentSchema:schema31.properties.impact.properties.risk.properties.levels.properties.critical,data:data84};
if(vErrors === null){
vErrors = [err202];
}
else {
vErrors.push(err202);
}
errors++;
}
}
}
else {
const err203 = {instancePath:instancePath+"/impact/risk/levels",schemaPath:"#/properties/impact/properties/risk/properties/levels/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.risk.properties.levels.type,parentSchema:schema31.properties.impact.properties.risk.properties.levels,data:data81};
if(vErrors === null){
vErrors = [err203];
}
else {
vErrors.push(err203);
}
errors++;
}
}
}
else {
const err204 = {instancePath:instancePath+"/impact/risk",schemaPath:"#/properties/impact/properties/risk/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.risk.type,parentSchema:schema31.properties.impact.properties.risk,data:data70};
if(vErrors === null){
vErrors = [err204];
}
else {
vErrors.push(err204);
}
errors++;
}
}
if(data50.cache !== undefined){
let data85 = data50.cache;
if(data85 && typeof data85 == "object" && !Array.isArray(data85)){
for(const key18 in data85){
if(!((key18 === "enabled") || (key18 === "path"))){
const err205 = {instancePath:instancePath+"/impact/cache",schemaPath:"#/properties/impact/properties/cache/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key18},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.impact.properties.cache,data:data85};
if(vErrors === null){
vErrors = [err205];
}
else {
vErrors.push(err205);
}
errors++;
}
}
if(data85.enabled !== undefined){
let data86 = data85.enabled;
if(typeof data86 !== "boolean"){
const err206 = {instancePath:instancePath+"/impact/cache/enabled",schemaPath:"#/properties/impact/properties/cache/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.impact.properties.cache.properties.enabled.type,parentSchema:schema31.properties.impact.properties.cache.properties.enabled,data:data86};
if(vErrors === null){
vErrors = [err206];
}
else {
vErrors.push(err206);
}
errors++;
}
}
if(data85.path !== undefined){
let data87 = data85.path;
if(typeof data87 === "string"){
if(func1(data87) < 1){
const err207 = {instancePath:instancePath+"/impact/cache/path",schemaPath:"#/properties/impact/properties/cache/properties/path/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.impact.properties.cache.properties.path,data:data87};
if(vErrors === null){
vErrors = [err207];
}
else {
vErrors.push(err207);
}
errors++;
}
}
else {
const err208 = {instancePath:instancePath+"/impact/cache/path",schemaPath:"#/properties/impact/properties/cache/properties/path/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.impact.properties.cache.properties.path.type,parentSchema:schema31.properties.impact.properties.cache.properties.path,data:data87};
if(vErrors === null){
vErrors = [err208];
}
else {
vErrors.push(err208);
}
errors++;
}
}
}
else {
const err209 = {instancePath:instancePath+"/impact/cache",schemaPath:"#/properties/impact/properties/cache/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.properties.cache.type,parentSchema:schema31.properties.impact.properties.cache,data:data85};
if(vErrors === null){
vErrors = [err209];
}
else {
vErrors.push(err209);
}
errors++;
}
}
}
else {
const err210 = {instancePath:instancePath+"/impact",schemaPath:"#/properties/impact/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.impact.type,parentSchema:schema31.properties.impact,data:data50};
if(vErrors === null){
vErrors = [err210];
}
else {
vErrors.push(err210);
}
errors++;
}
}
if(data.validate !== undefined){
let data88 = data.validate;
if(data88 && typeof data88 == "object" && !Array.isArray(data88)){
for(const key19 in data88){
if(!(func21.call(schema31.properties.validate.properties, key19))){
const err211 = {instancePath:instancePath+"/validate",schemaPath:"#/properties/validate/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key19},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate,data:data88};
if(vErrors === null){
vErrors = [err211];
}
else {
vErrors.push(err211);
}
errors++;
}
}
if(data88.validators !== undefined){
let data89 = data88.validators;
if(Array.isArray(data89)){
const len15 = data89.length;
for(let i16=0; i16<len15; i16++){
let data90 = data89[i16];
if(!(((((((data90 === "syntax") || (data90 === "types")) || (data90 === "complexity")) || (data90 === "security")) || (data90 === "standards")) || (data90 === "linters")) || (data90 === "sarif"))){
const err212 = {instancePath:instancePath+"/validate/validators/" + i16,schemaPath:"#/properties/validate/properties/validators/items/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.validators.items.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.validators.items.enum,parentSchema:schema31.properties.validate.properties.validators.items,data:data90};
if(vErrors === null){
vErrors = [err212];
}
else {
vErrors.push(err212);
}
errors++;
}
}
let i17 = data89.length;
let j1;
if(i17 > 1){
outer1:
for(;i17--;){
for(j1 = i17; j1--;){
if(func0(data89[i17], data89[j1])){
const err213 = {instancePath:instancePath+"/validate/validators",schemaPath:"#/properties/validate/properties/validators/uniqueItems",keyword:"uniqueItems",params:{i: i17, j: j1},message:"must NOT have duplicate items (items ## "+j1+" and "+i17+" are identical)",schema:true,parentSchema:schema31.properties.validate.properties.validators,data:data89};
if(vErrors === null){
vErrors = [err213];
}
else {
vErrors.push(err213);
}
errors++;
break outer1;
}
}
}
}
}
else {
const err214 = {instancePath:instancePath+"/validate/validators",schemaPath:"#/properties/validate/properties/validators/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.validators.type,parentSchema:schema31.properties.validate.properties.validators,data:data89};
if(vErrors === null){
vErrors = [err214];
}
else {
vErrors.push(err214);
}
errors++;
}
}
if(data88.include !== undefined){
let data91 = data88.include;
if(Array.isArray(data91)){
const len16 = data91.length;
for(let i18=0; i18<len16; i18++){
let data92 = data91[i18];
if(typeof data92 === "string"){
if(func1(data92) < 1){
const err215 = {instancePath:instancePath+"/validate/include/" + i18,schemaPath:"#/properties/validate/properties/include/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.include.items,data:data92};
if(vErrors === null){
vErrors = [err215];
}
else {
vErrors.push(err215);
}
errors++;
}
}
else {
const err216 = {instancePath:instancePath+"/validate/include/" + i18,schemaPath:"#/properties/validate/properties/include/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.include.items.type,parentSchema:schema31.properties.validate.properties.include.items,data:data92};
if(vErrors === null){
vErrors = [err216];
}
else {
vErrors.push(err216);
}
errors++;
}
}
}
else {
const err217 = {instancePath:instancePath+"/validate/include",schemaPath:"#/properties/validate/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.include.type,parentSchema:schema31.properties.validate.properties.include,data:data91};
if(vErrors === null){
vErrors = [err217];
}
else {
vErrors.push(err217);
}
errors++;
}
}
if(data88.exclude !== undefined){
let data93 = data88.exclude;
if(Array.isArray(data93)){
const len17 = data93.length;
for(let i19=0; i19<len17; i19++){
let data94 = data93[i19];
if(typeof data94 === "string"){
if(func1(data94) < 1){
const err218 = {instancePath:instancePath+"/validate/exclude/" + i19,schemaPath:"#/properties/validate/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.exclude.items,data:data94};
if(vErrors === null){
vErrors = [err218];
}
else {
vErrors.push(err218);
}
errors++;
}
}
else {
const err219 = {instancePath:instancePath+"/validate/exclude/" + i19,schemaPath:"#/properties/validate/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.exclude.items.type,parentSchema:schema31.properties.validate.properties.exclude.items,data:data94};
if(vErrors === null){
vErrors = [err219];
}
else {
vErrors.push(err219);
}
errors++;
}
}
}
else {
const err220 = {instancePath:instancePath+"/validate/exclude",schemaPath:"#/properties/validate/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.exclude.type,parentSchema:schema31.properties.validate.properties.exclude,data:data93};
if(vErrors === null){
vErrors = [err220];
}
else {
vErrors.push(err220);
}
errors++;
}
}
if(data88.filter !== undefined){
let data95 = data88.filter;
if(!(((((data95 === "added") || (data95 === "diff_context")) || (data95 === "file")) || (data95 === "nofilter")) || (data95 === "new"))){
const err221 = {instancePath:instancePath+"/validate/filter",schemaPath:"#/properties/validate/properties/filter/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.filter.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.filter.enum,parentSchema:schema31.properties.validate.properties.filter,data:data95};
if(vErrors === null){
vErrors = [err221];
}
else {
vErrors.push(err221);
}
errors++;
}
}
if(data88.context !== undefined){
let data96 = data88.context;
if(!(((typeof data96 == "number") && (!(data96 % 1) && !isNaN(data96))) && (isFinite(data96)))){
const err222 = {instancePath:instancePath+"/validate/context",schemaPath:"#/properties/validate/properties/context/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.validate.properties.context.type,parentSchema:schema31.properties.validate.properties.context,data:data96};
if(vErrors === null){
vErrors = [err222];
}
else {
vErrors.push(err222);
}
errors++;
}
if((typeof data96 == "number") && (isFinite(data96))){
if(data96 > 1000 || isNaN(data96)){
const err223 = {instancePath:instancePath+"/validate/context",schemaPath:"#/properties/validate/properties/context/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1000},message:"must be <= 1000",schema:1000,parentSchema:schema31.properties.validate.properties.context,data:data96};
if(vErrors === null){
vErrors = [err223];
}
else {
vErrors.push(err223);
}
errors++;
}
if(data96 < 0 || isNaN(data96)){
const err224 = {instancePath:instancePath+"/validate/context",schemaPath:"#/properties/validate/properties/context/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema31.properties.validate.properties.context,data:data96};
if(vErrors === null){
vErrors = [err224];
}
else {
vErrors.push(err224);
}
errors++;
}
}
}
if(data88.failLevel !== undefined){
let data97 = data88.failLevel;
if(!((((data97 === "none") || (data97 === "notice")) || (data97 === "warning")) || (data97 === "error"))){
const err225 = {instancePath:instancePath+"/validate/failLevel",schemaPath:"#/properties/validate/properties/failLevel/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.failLevel.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.failLevel.enum,parentSchema:schema31.properties.validate.properties.failLevel,data:data97};
if(vErrors === null){
vErrors = [err225];
}
else {
vErrors.push(err225);
}
errors++;
}
}
if(data88.rules !== undefined){
let data98 = data88.rules;
if(data98 && typeof data98 == "object" && !Array.isArray(data98)){
for(const key20 in data98){
const _errs213 = errors;
if(typeof key20 === "string"){
if(func1(key20) > 200){
const err226 = {instancePath:instancePath+"/validate/rules",schemaPath:"#/properties/validate/properties/rules/propertyNames/maxLength",keyword:"maxLength",params:{limit: 200},message:"must NOT have more than 200 characters",schema:200,parentSchema:schema31.properties.validate.properties.rules.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err226];
}
else {
vErrors.push(err226);
}
errors++;
}
if(func1(key20) < 1){
const err227 = {instancePath:instancePath+"/validate/rules",schemaPath:"#/properties/validate/properties/rules/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.rules.propertyNames,data:key20,propertyName:key20};
if(vErrors === null){
vErrors = [err227];
}
else {
vErrors.push(err227);
}
errors++;
}
}
var valid58 = _errs213 === errors;
if(!valid58){
const err228 = {instancePath:instancePath+"/validate/rules",schemaPath:"#/properties/validate/properties/rules/propertyNames",keyword:"propertyNames",params:{propertyName: key20},message:"property name must be valid",schema:schema31.properties.validate.properties.rules.propertyNames,parentSchema:schema31.properties.validate.properties.rules,data:data98};
if(vErrors === null){
vErrors = [err228];
}
else {
vErrors.push(err228);
}
errors++;
}
}
for(const key21 in data98){
let data99 = data98[key21];
if(!((((data99 === "error") || (data99 === "warning")) || (data99 === "note")) || (data99 === "off"))){
const err229 = {instancePath:instancePath+"/validate/rules/" + key21.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/validate/properties/rules/additionalProperties/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.rules.additionalProperties.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.rules.additionalProperties.enum,parentSchema:schema31.properties.validate.properties.rules.additionalProperties,data:data99};
if(vErrors === null){
vErrors = [err229];
}
else {
vErrors.push(err229);
}
errors++;
}
}
}
else {
const err230 = {instancePath:instancePath+"/validate/rules",schemaPath:"#/properties/validate/properties/rules/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.rules.type,parentSchema:schema31.properties.validate.properties.rules,data:data98};
if(vErrors === null){
vErrors = [err230];
}
else {
vErrors.push(err230);
}
errors++;
}
}
if(data88.complexity !== undefined){
let data100 = data88.complexity;
if(data100 && typeof data100 == "object" && !Array.isArray(data100)){
for(const key22 in data100){
if(!((key22 === "cyclomatic") || (key22 === "cognitive"))){
const err231 = {instancePath:instancePath+"/validate/complexity",schemaPath:"#/properties/validate/properties/complexity/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key22},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.complexity,data:data100};
if(vErrors === null){
vErrors = [err231];
}
else {
vErrors.push(err231);
}
errors++;
}
}
if(data100.cyclomatic !== undefined){
let data101 = data100.cyclomatic;
if(!(((typeof data101 == "number") && (!(data101 % 1) && !isNaN(data101))) && (isFinite(data101)))){
const err232 = {instancePath:instancePath+"/validate/complexity/cyclomatic",schemaPath:"#/properties/validate/properties/complexity/properties/cyclomatic/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.validate.properties.complexity.properties.cyclomatic.type,parentSchema:schema31.properties.validate.properties.complexity.properties.cyclomatic,data:data101};
if(vErrors === null){
vErrors = [err232];
}
else {
vErrors.push(err232);
}
errors++;
}
if((typeof data101 == "number") && (isFinite(data101))){
if(data101 < 1 || isNaN(data101)){
const err233 = {instancePath:instancePath+"/validate/complexity/cyclomatic",schemaPath:"#/properties/validate/properties/complexity/properties/cyclomatic/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.complexity.properties.cyclomatic,data:data101};
if(vErrors === null){
vErrors = [err233];
}
else {
vErrors.push(err233);
}
errors++;
}
}
}
if(data100.cognitive !== undefined){
let data102 = data100.cognitive;
if(!(((typeof data102 == "number") && (!(data102 % 1) && !isNaN(data102))) && (isFinite(data102)))){
const err234 = {instancePath:instancePath+"/validate/complexity/cognitive",schemaPath:"#/properties/validate/properties/complexity/properties/cognitive/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.validate.properties.complexity.properties.cognitive.type,parentSchema:schema31.properties.validate.properties.complexity.properties.cognitive,data:data102};
if(vErrors === null){
vErrors = [err234];
}
else {
vErrors.push(err234);
}
errors++;
}
if((typeof data102 == "number") && (isFinite(data102))){
if(data102 < 1 || isNaN(data102)){
const err235 = {instancePath:instancePath+"/validate/complexity/cognitive",schemaPath:"#/properties/validate/properties/complexity/properties/cognitive/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.complexity.properties.cognitive,data:data102};
if(vErrors === null){
vErrors = [err235];
}
else {
vErrors.push(err235);
}
errors++;
}
}
}
}
else {
const err236 = {instancePath:instancePath+"/validate/complexity",schemaPath:"#/properties/validate/properties/complexity/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.complexity.type,parentSchema:schema31.properties.validate.properties.complexity,data:data100};
if(vErrors === null){
vErrors = [err236];
}
else {
vErrors.push(err236);
}
errors++;
}
}
if(data88.standards !== undefined){
let data103 = data88.standards;
if(data103 && typeof data103 == "object" && !Array.isArray(data103)){
for(const key23 in data103){
if(!(((((key23 === "maxFileLines") || (key23 === "maxFunctionLines")) || (key23 === "maxParameters")) || (key23 === "naming")) || (key23 === "bannedImports"))){
const err237 = {instancePath:instancePath+"/validate/standards",schemaPath:"#/properties/validate/properties/standards/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key23},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.standards,data:data103};
if(vErrors === null){
vErrors = [err237];
}
else {
vErrors.push(err237);
}
errors++;
}
}
if(data103.maxFileLines !== undefined){
let data104 = data103.maxFileLines;
if((!(((typeof data104 == "number") && (!(data104 % 1) && !isNaN(data104))) && (isFinite(data104)))) && (data104 !== null)){
const err238 = {instancePath:instancePath+"/validate/standards/maxFileLines",schemaPath:"#/properties/validate/properties/standards/properties/maxFileLines/type",keyword:"type",params:{type: schema31.properties.validate.properties.standards.properties.maxFileLines.type},message:"must be integer,null",schema:schema31.properties.validate.properties.standards.properties.maxFileLines.type,parentSchema:schema31.properties.validate.properties.standards.properties.maxFileLines,data:data104};
if(vErrors === null){
vErrors = [err238];
}
else {
vErrors.push(err238);
}
errors++;
}
if((typeof data104 == "number") && (isFinite(data104))){
if(data104 < 1 || isNaN(data104)){
const err239 = {instancePath:instancePath+"/validate/standards/maxFileLines",schemaPath:"#/properties/validate/properties/standards/properties/maxFileLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.maxFileLines,data:data104};
if(vErrors === null){
vErrors = [err239];
}
else {
vErrors.push(err239);
}
errors++;
}
}
}
if(data103.maxFunctionLines !== undefined){
let data105 = data103.maxFunctionLines;
if((!(((typeof data105 == "number") && (!(data105 % 1) && !isNaN(data105))) && (isFinite(data105)))) && (data105 !== null)){
const err240 = {instancePath:instancePath+"/validate/standards/maxFunctionLines",schemaPath:"#/properties/validate/properties/standards/properties/maxFunctionLines/type",keyword:"type",params:{type: schema31.properties.validate.properties.standards.properties.maxFunctionLines.type},message:"must be integer,null",schema:schema31.properties.validate.properties.standards.properties.maxFunctionLines.type,parentSchema:schema31.properties.validate.properties.standards.properties.maxFunctionLines,data:data105};
if(vErrors === null){
vErrors = [err240];
}
else {
vErrors.push(err240);
}
errors++;
}
if((typeof data105 == "number") && (isFinite(data105))){
if(data105 < 1 || isNaN(data105)){
const err241 = {instancePath:instancePath+"/validate/standards/maxFunctionLines",schemaPath:"#/properties/validate/properties/standards/properties/maxFunctionLines/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.maxFunctionLines,data:data105};
if(vErrors === null){
vErrors = [err241];
}
else {
vErrors.push(err241);
}
errors++;
}
}
}
if(data103.maxParameters !== undefined){
let data106 = data103.maxParameters;
if((!(((typeof data106 == "number") && (!(data106 % 1) && !isNaN(data106))) && (isFinite(data106)))) && (data106 !== null)){
const err242 = {instancePath:instancePath+"/validate/standards/maxParameters",schemaPath:"#/properties/validate/properties/standards/properties/maxParameters/type",keyword:"type",params:{type: schema31.properties.validate.properties.standards.properties.maxParameters.type},message:"must be integer,null",schema:schema31.properties.validate.properties.standards.properties.maxParameters.type,parentSchema:schema31.properties.validate.properties.standards.properties.maxParameters,data:data106};
if(vErrors === null){
vErrors = [err242];
}
else {
vErrors.push(err242);
}
errors++;
}
if((typeof data106 == "number") && (isFinite(data106))){
if(data106 < 1 || isNaN(data106)){
const err243 = {instancePath:instancePath+"/validate/standards/maxParameters",schemaPath:"#/properties/validate/properties/standards/properties/maxParameters/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.maxParameters,data:data106};
if(vErrors === null){
vErrors = [err243];
}
else {
vErrors.push(err243);
}
errors++;
}
}
}
if(data103.naming !== undefined){
let data107 = data103.naming;
if(Array.isArray(data107)){
const len18 = data107.length;
for(let i20=0; i20<len18; i20++){
let data108 = data107[i20];
if(data108 && typeof data108 == "object" && !Array.isArray(data108)){
if(data108.kind === undefined){
const err244 = {instancePath:instancePath+"/validate/standards/naming/" + i20,schemaPath:"#/properties/validate/properties/standards/properties/naming/items/required",keyword:"required",params:{missingProperty: "kind"},message:"must have required property '"+"kind"+"'",schema:schema31.properties.validate.properties.standards.properties.naming.items.required,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items,data:data108};
if(vErrors === null){
vErrors = [err244];
}
else {
vErrors.push(err244);
}
errors++;
}
if(data108.pattern === undefined){
const err245 = {instancePath:instancePath+"/validate/standards/naming/" + i20,schemaPath:"#/properties/validate/properties/standards/properties/naming/items/required",keyword:"required",params:{missingProperty: "pattern"},message:"must have required property '"+"pattern"+"'",schema:schema31.properties.validate.properties.standards.properties.naming.items.required,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items,data:data108};
if(vErrors === null){
vErrors = [err245];
}
else {
vErrors.push(err245);
}
errors++;
}
for(const key24 in data108){
if(!((key24 === "kind") || (key24 === "pattern"))){
const err246 = {instancePath:instancePath+"/validate/standards/naming/" + i20,schemaPath:"#/properties/validate/properties/standards/properties/naming/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key24},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items,data:data108};
if(vErrors === null){
vErrors = [err246];
}
else {
vErrors.push(err246);
}
errors++;
}
}
if(data108.kind !== undefined){
let data109 = data108.kind;
if(!((((((data109 === "function") || (data109 === "class")) || (data109 === "variable")) || (data109 === "type")) || (data109 === "interface")) || (data109 === "enum"))){
const err247 = {instancePath:instancePath+"/validate/standards/naming/" + i20+"/kind",schemaPath:"#/properties/validate/properties/standards/properties/naming/items/properties/kind/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.standards.properties.naming.items.properties.kind.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.standards.properties.naming.items.properties.kind.enum,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items.properties.kind,data:data109};
if(vErrors === null){
vErrors = [err247];
}
else {
vErrors.push(err247);
}
errors++;
}
}
if(data108.pattern !== undefined){
let data110 = data108.pattern;
if(typeof data110 === "string"){
if(func1(data110) < 1){
const err248 = {instancePath:instancePath+"/validate/standards/naming/" + i20+"/pattern",schemaPath:"#/properties/validate/properties/standards/properties/naming/items/properties/pattern/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items.properties.pattern,data:data110};
if(vErrors === null){
vErrors = [err248];
}
else {
vErrors.push(err248);
}
errors++;
}
}
else {
const err249 = {instancePath:instancePath+"/validate/standards/naming/" + i20+"/pattern",schemaPath:"#/properties/validate/properties/standards/properties/naming/items/properties/pattern/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.standards.properties.naming.items.properties.pattern.type,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items.properties.pattern,data:data110};
if(vErrors === null){
vErrors = [err249];
}
else {
vErrors.push(err249);
}
errors++;
}
}
}
else {
const err250 = {instancePath:instancePath+"/validate/standards/naming/" + i20,schemaPath:"#/properties/validate/properties/standards/properties/naming/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.standards.properties.naming.items.type,parentSchema:schema31.properties.validate.properties.standards.properties.naming.items,data:data108};
if(vErrors === null){
vErrors = [err250];
}
else {
vErrors.push(err250);
}
errors++;
}
}
}
else {
const err251 = {instancePath:instancePath+"/validate/standards/naming",schemaPath:"#/properties/validate/properties/standards/properties/naming/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.standards.properties.naming.type,parentSchema:schema31.properties.validate.properties.standards.properties.naming,data:data107};
if(vErrors === null){
vErrors = [err251];
}
else {
vErrors.push(err251);
}
errors++;
}
}
if(data103.bannedImports !== undefined){
let data111 = data103.bannedImports;
if(Array.isArray(data111)){
const len19 = data111.length;
for(let i21=0; i21<len19; i21++){
let data112 = data111[i21];
if(data112 && typeof data112 == "object" && !Array.isArray(data112)){
if(data112.name === undefined){
const err252 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21,schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.validate.properties.standards.properties.bannedImports.items.required,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items,data:data112};
if(vErrors === null){
vErrors = [err252];
}
else {
vErrors.push(err252);
}
errors++;
}
for(const key25 in data112){
if(!((key25 === "name") || (key25 === "message"))){
const err253 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21,schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key25},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items,data:data112};
if(vErrors === null){
vErrors = [err253];
}
else {
vErrors.push(err253);
}
errors++;
}
}
if(data112.name !== undefined){
let data113 = data112.name;
if(typeof data113 === "string"){
if(func1(data113) < 1){
const err254 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21+"/name",schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.name,data:data113};
if(vErrors === null){
vErrors = [err254];
}
else {
vErrors.push(err254);
}
errors++;
}
}
else {
const err255 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21+"/name",schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.name.type,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.name,data:data113};
if(vErrors === null){
vErrors = [err255];
}
else {
vErrors.push(err255);
}
errors++;
}
}
if(data112.message !== undefined){
let data114 = data112.message;
if((typeof data114 !== "string") && (data114 !== null)){
const err256 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21+"/message",schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/properties/message/type",keyword:"type",params:{type: schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.message.type},message:"must be string,null",schema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.message.type,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.message,data:data114};
if(vErrors === null){
vErrors = [err256];
}
else {
vErrors.push(err256);
}
errors++;
}
if(typeof data114 === "string"){
if(func1(data114) < 1){
const err257 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21+"/message",schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/properties/message/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items.properties.message,data:data114};
if(vErrors === null){
vErrors = [err257];
}
else {
vErrors.push(err257);
}
errors++;
}
}
}
}
else {
const err258 = {instancePath:instancePath+"/validate/standards/bannedImports/" + i21,schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.standards.properties.bannedImports.items.type,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports.items,data:data112};
if(vErrors === null){
vErrors = [err258];
}
else {
vErrors.push(err258);
}
errors++;
}
}
}
else {
const err259 = {instancePath:instancePath+"/validate/standards/bannedImports",schemaPath:"#/properties/validate/properties/standards/properties/bannedImports/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.standards.properties.bannedImports.type,parentSchema:schema31.properties.validate.properties.standards.properties.bannedImports,data:data111};
if(vErrors === null){
vErrors = [err259];
}
else {
vErrors.push(err259);
}
errors++;
}
}
}
else {
const err260 = {instancePath:instancePath+"/validate/standards",schemaPath:"#/properties/validate/properties/standards/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.standards.type,parentSchema:schema31.properties.validate.properties.standards,data:data103};
if(vErrors === null){
vErrors = [err260];
}
else {
vErrors.push(err260);
}
errors++;
}
}
if(data88.types !== undefined){
let data115 = data88.types;
if(data115 && typeof data115 == "object" && !Array.isArray(data115)){
for(const key26 in data115){
if(!(((key26 === "projects") || (key26 === "compiler")) || (key26 === "incremental"))){
const err261 = {instancePath:instancePath+"/validate/types",schemaPath:"#/properties/validate/properties/types/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key26},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.types,data:data115};
if(vErrors === null){
vErrors = [err261];
}
else {
vErrors.push(err261);
}
errors++;
}
}
if(data115.projects !== undefined){
let data116 = data115.projects;
if(Array.isArray(data116)){
const len20 = data116.length;
for(let i22=0; i22<len20; i22++){
let data117 = data116[i22];
if(typeof data117 === "string"){
if(func1(data117) < 1){
const err262 = {instancePath:instancePath+"/validate/types/projects/" + i22,schemaPath:"#/properties/validate/properties/types/properties/projects/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.types.properties.projects.items,data:data117};
if(vErrors === null){
vErrors = [err262];
}
else {
vErrors.push(err262);
}
errors++;
}
}
else {
const err263 = {instancePath:instancePath+"/validate/types/projects/" + i22,schemaPath:"#/properties/validate/properties/types/properties/projects/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.types.properties.projects.items.type,parentSchema:schema31.properties.validate.properties.types.properties.projects.items,data:data117};
if(vErrors === null){
vErrors = [err263];
}
else {
vErrors.push(err263);
}
errors++;
}
}
}
else {
const err264 = {instancePath:instancePath+"/validate/types/projects",schemaPath:"#/properties/validate/properties/types/properties/projects/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.types.properties.projects.type,parentSchema:schema31.properties.validate.properties.types.properties.projects,data:data116};
if(vErrors === null){
vErrors = [err264];
}
else {
vErrors.push(err264);
}
errors++;
}
}
if(data115.compiler !== undefined){
let data118 = data115.compiler;
if(!(((data118 === "auto") || (data118 === "api")) || (data118 === "cli"))){
const err265 = {instancePath:instancePath+"/validate/types/compiler",schemaPath:"#/properties/validate/properties/types/properties/compiler/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.types.properties.compiler.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.types.properties.compiler.enum,parentSchema:schema31.properties.validate.properties.types.properties.compiler,data:data118};
if(vErrors === null){
vErrors = [err265];
}
else {
vErrors.push(err265);
}
errors++;
}
}
if(data115.incremental !== undefined){
let data119 = data115.incremental;
if(typeof data119 !== "boolean"){
const err266 = {instancePath:instancePath+"/validate/types/incremental",schemaPath:"#/properties/validate/properties/types/properties/incremental/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.validate.properties.types.properties.incremental.type,parentSchema:schema31.properties.validate.properties.types.properties.incremental,data:data119};
if(vErrors === null){
vErrors = [err266];
}
else {
vErrors.push(err266);
}
errors++;
}
}
}
else {
const err267 = {instancePath:instancePath+"/validate/types",schemaPath:"#/properties/validate/properties/types/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.types.type,parentSchema:schema31.properties.validate.properties.types,data:data115};
if(vErrors === null){
vErrors = [err267];
}
else {
vErrors.push(err267);
}
errors++;
}
}
if(data88.linters !== undefined){
let data120 = data88.linters;
if(Array.isArray(data120)){
const len21 = data120.length;
for(let i23=0; i23<len21; i23++){
let data121 = data120[i23];
if(data121 && typeof data121 == "object" && !Array.isArray(data121)){
if(data121.name === undefined){
const err268 = {instancePath:instancePath+"/validate/linters/" + i23,schemaPath:"#/properties/validate/properties/linters/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema31.properties.validate.properties.linters.items.required,parentSchema:schema31.properties.validate.properties.linters.items,data:data121};
if(vErrors === null){
vErrors = [err268];
}
else {
vErrors.push(err268);
}
errors++;
}
if(data121.command === undefined){
const err269 = {instancePath:instancePath+"/validate/linters/" + i23,schemaPath:"#/properties/validate/properties/linters/items/required",keyword:"required",params:{missingProperty: "command"},message:"must have required property '"+"command"+"'",schema:schema31.properties.validate.properties.linters.items.required,parentSchema:schema31.properties.validate.properties.linters.items,data:data121};
if(vErrors === null){
vErrors = [err269];
}
else {
vErrors.push(err269);
}
errors++;
}
if(data121.format === undefined){
const err270 = {instancePath:instancePath+"/validate/linters/" + i23,schemaPath:"#/properties/validate/properties/linters/items/required",keyword:"required",params:{missingProperty: "format"},message:"must have required property '"+"format"+"'",schema:schema31.properties.validate.properties.linters.items.required,parentSchema:schema31.properties.validate.properties.linters.items,data:data121};
if(vErrors === null){
vErrors = [err270];
}
else {
vErrors.push(err270);
}
errors++;
}
for(const key27 in data121){
if(!(((((key27 === "name") || (key27 === "command")) || (key27 === "format")) || (key27 === "timeoutSeconds")) || (key27 === "output"))){
const err271 = {instancePath:instancePath+"/validate/linters/" + i23,schemaPath:"#/properties/validate/properties/linters/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key27},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.linters.items,data:data121};
if(vErrors === null){
vErrors = [err271];
}
else {
vErrors.push(err271);
}
errors++;
}
}
if(data121.name !== undefined){
let data122 = data121.name;
if(typeof data122 === "string"){
if(func1(data122) > 100){
const err272 = {instancePath:instancePath+"/validate/linters/" + i23+"/name",schemaPath:"#/properties/validate/properties/linters/items/properties/name/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.validate.properties.linters.items.properties.name,data:data122};
if(vErrors === null){
vErrors = [err272];
}
else {
vErrors.push(err272);
}
errors++;
}
if(func1(data122) < 1){
const err273 = {instancePath:instancePath+"/validate/linters/" + i23+"/name",schemaPath:"#/properties/validate/properties/linters/items/properties/name/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.linters.items.properties.name,data:data122};
if(vErrors === null){
vErrors = [err273];
}
else {
vErrors.push(err273);
}
errors++;
}
}
else {
const err274 = {instancePath:instancePath+"/validate/linters/" + i23+"/name",schemaPath:"#/properties/validate/properties/linters/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.linters.items.properties.name.type,parentSchema:schema31.properties.validate.properties.linters.items.properties.name,data:data122};
if(vErrors === null){
vErrors = [err274];
}
else {
vErrors.push(err274);
}
errors++;
}
}
if(data121.command !== undefined){
let data123 = data121.command;
if(Array.isArray(data123)){
if(data123.length < 1){
const err275 = {instancePath:instancePath+"/validate/linters/" + i23+"/command",schemaPath:"#/properties/validate/properties/linters/items/properties/command/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema31.properties.validate.properties.linters.items.properties.command,data:data123};
if(vErrors === null){
vErrors = [err275];
}
else {
vErrors.push(err275);
}
errors++;
}
const len22 = data123.length;
for(let i24=0; i24<len22; i24++){
let data124 = data123[i24];
if(typeof data124 === "string"){
if(func1(data124) < 1){
const err276 = {instancePath:instancePath+"/validate/linters/" + i23+"/command/" + i24,schemaPath:"#/properties/validate/properties/linters/items/properties/command/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.linters.items.properties.command.items,data:data124};
if(vErrors === null){
vErrors = [err276];
}
else {
vErrors.push(err276);
}
errors++;
}
}
else {
const err277 = {instancePath:instancePath+"/validate/linters/" + i23+"/command/" + i24,schemaPath:"#/properties/validate/properties/linters/items/properties/command/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.linters.items.properties.command.items.type,parentSchema:schema31.properties.validate.properties.linters.items.properties.command.items,data:data124};
if(vErrors === null){
vErrors = [err277];
}
else {
vErrors.push(err277);
}
errors++;
}
}
}
else {
const err278 = {instancePath:instancePath+"/validate/linters/" + i23+"/command",schemaPath:"#/properties/validate/properties/linters/items/properties/command/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.linters.items.properties.command.type,parentSchema:schema31.properties.validate.properties.linters.items.properties.command,data:data123};
if(vErrors === null){
vErrors = [err278];
}
else {
vErrors.push(err278);
}
errors++;
}
}
if(data121.format !== undefined){
let data125 = data121.format;
if(!(((data125 === "sarif") || (data125 === "checkstyle")) || (data125 === "eslint-json"))){
const err279 = {instancePath:instancePath+"/validate/linters/" + i23+"/format",schemaPath:"#/properties/validate/properties/linters/items/properties/format/enum",keyword:"enum",params:{allowedValues: schema31.properties.validate.properties.linters.items.properties.format.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.validate.properties.linters.items.properties.format.enum,parentSchema:schema31.properties.validate.properties.linters.items.properties.format,data:data125};
if(vErrors === null){
vErrors = [err279];
}
else {
vErrors.push(err279);
}
errors++;
}
}
if(data121.timeoutSeconds !== undefined){
let data126 = data121.timeoutSeconds;
if(!(((typeof data126 == "number") && (!(data126 % 1) && !isNaN(data126))) && (isFinite(data126)))){
const err280 = {instancePath:instancePath+"/validate/linters/" + i23+"/timeoutSeconds",schemaPath:"#/properties/validate/properties/linters/items/properties/timeoutSeconds/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema31.properties.validate.properties.linters.items.properties.timeoutSeconds.type,parentSchema:schema31.properties.validate.properties.linters.items.properties.timeoutSeconds,data:data126};
if(vErrors === null){
vErrors = [err280];
}
else {
vErrors.push(err280);
}
errors++;
}
if((typeof data126 == "number") && (isFinite(data126))){
if(data126 > 86400 || isNaN(data126)){
const err281 = {instancePath:instancePath+"/validate/linters/" + i23+"/timeoutSeconds",schemaPath:"#/properties/validate/properties/linters/items/properties/timeoutSeconds/maximum",keyword:"maximum",params:{comparison: "<=", limit: 86400},message:"must be <= 86400",schema:86400,parentSchema:schema31.properties.validate.properties.linters.items.properties.timeoutSeconds,data:data126};
if(vErrors === null){
vErrors = [err281];
}
else {
vErrors.push(err281);
}
errors++;
}
if(data126 < 1 || isNaN(data126)){
const err282 = {instancePath:instancePath+"/validate/linters/" + i23+"/timeoutSeconds",schemaPath:"#/properties/validate/properties/linters/items/properties/timeoutSeconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema31.properties.validate.properties.linters.items.properties.timeoutSeconds,data:data126};
if(vErrors === null){
vErrors = [err282];
}
else {
vErrors.push(err282);
}
errors++;
}
}
}
if(data121.output !== undefined){
let data127 = data121.output;
if((typeof data127 !== "string") && (data127 !== null)){
const err283 = {instancePath:instancePath+"/validate/linters/" + i23+"/output",schemaPath:"#/properties/validate/properties/linters/items/properties/output/type",keyword:"type",params:{type: schema31.properties.validate.properties.linters.items.properties.output.type},message:"must be string,null",schema:schema31.properties.validate.properties.linters.items.properties.output.type,parentSchema:schema31.properties.validate.properties.linters.items.properties.output,data:data127};
if(vErrors === null){
vErrors = [err283];
}
else {
vErrors.push(err283);
}
errors++;
}
if(typeof data127 === "string"){
if(func1(data127) < 1){
const err284 = {instancePath:instancePath+"/validate/linters/" + i23+"/output",schemaPath:"#/properties/validate/properties/linters/items/properties/output/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.linters.items.properties.output,data:data127};
if(vErrors === null){
vErrors = [err284];
}
else {
vErrors.push(err284);
}
errors++;
}
}
}
}
else {
const err285 = {instancePath:instancePath+"/validate/linters/" + i23,schemaPath:"#/properties/validate/properties/linters/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.linters.items.type,parentSchema:schema31.properties.validate.properties.linters.items,data:data121};
if(vErrors === null){
vErrors = [err285];
}
else {
vErrors.push(err285);
}
errors++;
}
}
}
else {
const err286 = {instancePath:instancePath+"/validate/linters",schemaPath:"#/properties/validate/properties/linters/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.linters.type,parentSchema:schema31.properties.validate.properties.linters,data:data120};
if(vErrors === null){
vErrors = [err286];
}
else {
vErrors.push(err286);
}
errors++;
}
}
if(data88.sarif !== undefined){
let data128 = data88.sarif;
if(Array.isArray(data128)){
const len23 = data128.length;
for(let i25=0; i25<len23; i25++){
let data129 = data128[i25];
if(typeof data129 === "string"){
if(func1(data129) < 1){
const err287 = {instancePath:instancePath+"/validate/sarif/" + i25,schemaPath:"#/properties/validate/properties/sarif/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.sarif.items,data:data129};
if(vErrors === null){
vErrors = [err287];
}
else {
vErrors.push(err287);
}
errors++;
}
}
else {
const err288 = {instancePath:instancePath+"/validate/sarif/" + i25,schemaPath:"#/properties/validate/properties/sarif/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.sarif.items.type,parentSchema:schema31.properties.validate.properties.sarif.items,data:data129};
if(vErrors === null){
vErrors = [err288];
}
else {
vErrors.push(err288);
}
errors++;
}
}
}
else {
const err289 = {instancePath:instancePath+"/validate/sarif",schemaPath:"#/properties/validate/properties/sarif/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.sarif.type,parentSchema:schema31.properties.validate.properties.sarif,data:data128};
if(vErrors === null){
vErrors = [err289];
}
else {
vErrors.push(err289);
}
errors++;
}
}
if(data88.workflow !== undefined){
let data130 = data88.workflow;
if(data130 && typeof data130 == "object" && !Array.isArray(data130)){
for(const key28 in data130){
if(!((key28 === "trustedActionOwners") || (key28 === "knownRunnerLabels"))){
const err290 = {instancePath:instancePath+"/validate/workflow",schemaPath:"#/properties/validate/properties/workflow/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key28},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.workflow,data:data130};
if(vErrors === null){
vErrors = [err290];
}
else {
vErrors.push(err290);
}
errors++;
}
}
if(data130.trustedActionOwners !== undefined){
let data131 = data130.trustedActionOwners;
if(Array.isArray(data131)){
const len24 = data131.length;
for(let i26=0; i26<len24; i26++){
let data132 = data131[i26];
if(typeof data132 === "string"){
if(func1(data132) > 100){
const err291 = {instancePath:instancePath+"/validate/workflow/trustedActionOwners/" + i26,schemaPath:"#/properties/validate/properties/workflow/properties/trustedActionOwners/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners.items,data:data132};
if(vErrors === null){
vErrors = [err291];
}
else {
vErrors.push(err291);
}
errors++;
}
if(func1(data132) < 1){
const err292 = {instancePath:instancePath+"/validate/workflow/trustedActionOwners/" + i26,schemaPath:"#/properties/validate/properties/workflow/properties/trustedActionOwners/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners.items,data:data132};
if(vErrors === null){
vErrors = [err292];
}
else {
vErrors.push(err292);
}
errors++;
}
}
else {
const err293 = {instancePath:instancePath+"/validate/workflow/trustedActionOwners/" + i26,schemaPath:"#/properties/validate/properties/workflow/properties/trustedActionOwners/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners.items.type,parentSchema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners.items,data:data132};
if(vErrors === null){
vErrors = [err293];
}
else {
vErrors.push(err293);
}
errors++;
}
}
}
else {
const err294 = {instancePath:instancePath+"/validate/workflow/trustedActionOwners",schemaPath:"#/properties/validate/properties/workflow/properties/trustedActionOwners/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners.type,parentSchema:schema31.properties.validate.properties.workflow.properties.trustedActionOwners,data:data131};
if(vErrors === null){
vErrors = [err294];
}
else {
vErrors.push(err294);
}
errors++;
}
}
if(data130.knownRunnerLabels !== undefined){
let data133 = data130.knownRunnerLabels;
if(Array.isArray(data133)){
const len25 = data133.length;
for(let i27=0; i27<len25; i27++){
let data134 = data133[i27];
if(typeof data134 === "string"){
if(func1(data134) > 100){
const err295 = {instancePath:instancePath+"/validate/workflow/knownRunnerLabels/" + i27,schemaPath:"#/properties/validate/properties/workflow/properties/knownRunnerLabels/items/maxLength",keyword:"maxLength",params:{limit: 100},message:"must NOT have more than 100 characters",schema:100,parentSchema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels.items,data:data134};
if(vErrors === null){
vErrors = [err295];
}
else {
vErrors.push(err295);
}
errors++;
}
if(func1(data134) < 1){
const err296 = {instancePath:instancePath+"/validate/workflow/knownRunnerLabels/" + i27,schemaPath:"#/properties/validate/properties/workflow/properties/knownRunnerLabels/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels.items,data:data134};
if(vErrors === null){
vErrors = [err296];
}
else {
vErrors.push(err296);
}
errors++;
}
}
else {
const err297 = {instancePath:instancePath+"/validate/workflow/knownRunnerLabels/" + i27,schemaPath:"#/properties/validate/properties/workflow/properties/knownRunnerLabels/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels.items.type,parentSchema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels.items,data:data134};
if(vErrors === null){
vErrors = [err297];
}
else {
vErrors.push(err297);
}
errors++;
}
}
}
else {
const err298 = {instancePath:instancePath+"/validate/workflow/knownRunnerLabels",schemaPath:"#/properties/validate/properties/workflow/properties/knownRunnerLabels/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels.type,parentSchema:schema31.properties.validate.properties.workflow.properties.knownRunnerLabels,data:data133};
if(vErrors === null){
vErrors = [err298];
}
else {
vErrors.push(err298);
}
errors++;
}
}
}
else {
const err299 = {instancePath:instancePath+"/validate/workflow",schemaPath:"#/properties/validate/properties/workflow/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.workflow.type,parentSchema:schema31.properties.validate.properties.workflow,data:data130};
if(vErrors === null){
vErrors = [err299];
}
else {
vErrors.push(err299);
}
errors++;
}
}
if(data88.secrets !== undefined){
let data135 = data88.secrets;
if(data135 && typeof data135 == "object" && !Array.isArray(data135)){
for(const key29 in data135){
if(!(key29 === "exclude")){
const err300 = {instancePath:instancePath+"/validate/secrets",schemaPath:"#/properties/validate/properties/secrets/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key29},message:"must NOT have additional properties",schema:false,parentSchema:schema31.properties.validate.properties.secrets,data:data135};
if(vErrors === null){
vErrors = [err300];
}
else {
vErrors.push(err300);
}
errors++;
}
}
if(data135.exclude !== undefined){
let data136 = data135.exclude;
if(Array.isArray(data136)){
const len26 = data136.length;
for(let i28=0; i28<len26; i28++){
let data137 = data136[i28];
if(typeof data137 === "string"){
if(func1(data137) < 1){
const err301 = {instancePath:instancePath+"/validate/secrets/exclude/" + i28,schemaPath:"#/properties/validate/properties/secrets/properties/exclude/items/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema31.properties.validate.properties.secrets.properties.exclude.items,data:data137};
if(vErrors === null){
vErrors = [err301];
}
else {
vErrors.push(err301);
}
errors++;
}
}
else {
const err302 = {instancePath:instancePath+"/validate/secrets/exclude/" + i28,schemaPath:"#/properties/validate/properties/secrets/properties/exclude/items/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema31.properties.validate.properties.secrets.properties.exclude.items.type,parentSchema:schema31.properties.validate.properties.secrets.properties.exclude.items,data:data137};
if(vErrors === null){
vErrors = [err302];
}
else {
vErrors.push(err302);
}
errors++;
}
}
}
else {
const err303 = {instancePath:instancePath+"/validate/secrets/exclude",schemaPath:"#/properties/validate/properties/secrets/properties/exclude/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema31.properties.validate.properties.secrets.properties.exclude.type,parentSchema:schema31.properties.validate.properties.secrets.properties.exclude,data:data136};
if(vErrors === null){
vErrors = [err303];
}
else {
vErrors.push(err303);
}
errors++;
}
}
}
else {
const err304 = {instancePath:instancePath+"/validate/secrets",schemaPath:"#/properties/validate/properties/secrets/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.properties.secrets.type,parentSchema:schema31.properties.validate.properties.secrets,data:data135};
if(vErrors === null){
vErrors = [err304];
}
else {
vErrors.push(err304);
}
errors++;
}
}
}
else {
const err305 = {instancePath:instancePath+"/validate",schemaPath:"#/properties/validate/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.validate.type,parentSchema:schema31.properties.validate,data:data88};
if(vErrors === null){
vErrors = [err305];
}
else {
vErrors.push(err305);
}
errors++;
}
}
}
else {
const err306 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err306];
}
else {
vErrors.push(err306);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/config/globs.ts
/**
 * Checks the globs of a configuration layer that the schema cannot check:
 * picomatch syntax, and that globs matched against repository paths are
 * relative and stay inside the repository.
 */

/** Returns one issue per invalid glob in the layer. */
function findGlobIssues(input) {
    const issues = [];
    for (const field of listGlobFields(input)) {
        const message = globProblem(field.glob, field.repositoryRelative);
        if (message)
            issues.push({ path: field.path, message });
    }
    return issues;
}
/**
 * Returns what is wrong with a glob, or undefined when it is valid.
 * Report locations may be absolute or outside the repository, because CI jobs
 * sometimes write reports to a temporary folder, so only their syntax is checked.
 */
function globProblem(glob, repositoryRelative) {
    const syntax = syntaxProblem(glob);
    if (syntax)
        return syntax;
    if (!repositoryRelative)
        return undefined;
    if (/^([A-Za-z]:)?[\\/]/.test(glob)) {
        const relative = glob.replace(/^([A-Za-z]:)?[\\/]+/, '');
        return `is an absolute path (${JSON.stringify(glob)}), but globs match repository-relative paths. Write it relative to the repository root, such as ${JSON.stringify(relative || '**')}`;
    }
    if (glob.split(/[\\/]/).includes('..')) {
        return `contains a ".." segment (${JSON.stringify(glob)}), but globs match paths inside the repository. Remove the segment and write the glob from the repository root`;
    }
    return undefined;
}
function syntaxProblem(glob) {
    try {
        // strictBrackets makes picomatch reject an unclosed [, { or ( instead of matching it literally.
        picomatch_default().makeRe(glob, { strictBrackets: true, dot: true });
        return undefined;
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        // picomatch names the missing character and how to escape it.
        return `is not a valid glob (${JSON.stringify(glob)}): ${reason}`;
    }
}
function listGlobFields(input) {
    const fields = [...listImpactGlobFields(input), ...listValidateGlobFields(input)];
    const coverage = input.coverage;
    if (!coverage)
        return fields;
    coverage.reports?.forEach((glob, index) => {
        fields.push({ path: ['coverage', 'reports', index], glob, repositoryRelative: false });
    });
    coverage.paths?.forEach((rule, index) => {
        fields.push({ path: ['coverage', 'paths', index, 'glob'], glob: rule.glob, repositoryRelative: true });
    });
    for (const key of ['include', 'exclude']) {
        coverage.patch?.[key]?.forEach((glob, index) => {
            fields.push({ path: ['coverage', 'patch', key, index], glob, repositoryRelative: true });
        });
    }
    return fields;
}
function listImpactGlobFields(input) {
    const impact = input.impact;
    if (!impact)
        return [];
    const fields = [];
    const add = (path, glob) => {
        fields.push({ path, glob, repositoryRelative: true });
    };
    for (const key of ['include', 'exclude']) {
        impact.tests?.[key]?.forEach((glob, index) => add(['impact', 'tests', key, index], glob));
    }
    impact.triggers?.forEach((glob, index) => add(['impact', 'triggers', index], glob));
    impact.sensitivePaths?.forEach((glob, index) => add(['impact', 'sensitivePaths', index], glob));
    impact.suites?.forEach((suite, suiteIndex) => {
        suite.paths.forEach((glob, index) => add(['impact', 'suites', suiteIndex, 'paths', index], glob));
    });
    if (impact.cache?.path !== undefined)
        add(['impact', 'cache', 'path'], impact.cache.path);
    return fields;
}
function listValidateGlobFields(input) {
    const validate = input.validate;
    if (!validate)
        return [];
    const fields = [];
    const add = (path, glob) => {
        fields.push({ path, glob, repositoryRelative: true });
    };
    validate.include?.forEach((glob, index) => add(['validate', 'include', index], glob));
    validate.exclude?.forEach((glob, index) => add(['validate', 'exclude', index], glob));
    validate.sarif?.forEach((glob, index) => add(['validate', 'sarif', index], glob));
    validate.types?.projects?.forEach((glob, index) => add(['validate', 'types', 'projects', index], glob));
    validate.secrets?.exclude?.forEach((glob, index) => add(['validate', 'secrets', 'exclude', index], glob));
    validate.linters?.forEach((linter, index) => {
        if (typeof linter.output === 'string')
            add(['validate', 'linters', index, 'output'], linter.output);
    });
    return fields;
}

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(1012);
// EXTERNAL MODULE: ./src/impact/risk/defaults.ts
var defaults = __webpack_require__(184);
;// CONCATENATED MODULE: ./src/config/risk-levels.ts
/**
 * The order check on `impact.risk.levels`, made when the config loads so that
 * the error names the file and line. The schema checks each threshold alone,
 * and only the layer merged onto the defaults shows whether they rise.
 */

const LEVEL_ORDER = ['medium', 'high', 'critical'];
/**
 * Returns an issue when the thresholds that `data` sets, with the defaults
 * for the others, do not rise from medium to high to critical. Equal
 * thresholds are accepted: the higher level then starts at that score.
 */
function findUnorderedRiskLevels(data) {
    const written = data.impact?.risk?.levels ?? {};
    const levels = { ...defaults/* DEFAULT_RISK_LEVELS */.yJ, ...written };
    for (let index = 1; index < LEVEL_ORDER.length; index++) {
        const lower = LEVEL_ORDER[index - 1];
        const upper = LEVEL_ORDER[index];
        if (levels[upper] >= levels[lower])
            continue;
        // Point at a threshold that the layer wrote, so the line number leads to it.
        const blamed = written[upper] !== undefined ? upper : lower;
        const other = blamed === upper ? lower : upper;
        const relation = blamed === upper ? 'below' : 'above';
        const otherValue = `${levels[other]}${written[other] === undefined ? ', the default' : ''}`;
        const fix = blamed === upper ? `raise ${upper} or lower ${lower}` : `lower ${lower} or raise ${upper}`;
        return [
            {
                path: ['impact', 'risk', 'levels', blamed],
                message: `is ${levels[blamed]}, ${relation} impact.risk.levels.${other} (${otherValue}). ` +
                    `The thresholds must rise from medium to high to critical (defaults ${defaults/* DEFAULT_RISK_LEVELS */.yJ.medium}, ${defaults/* DEFAULT_RISK_LEVELS */.yJ.high} and ${defaults/* DEFAULT_RISK_LEVELS */.yJ.critical}), so ${fix}`,
            },
        ];
    }
    return [];
}

;// CONCATENATED MODULE: ./src/config/validate-section.ts
/** A rule id (`security/eval`), a prefix (`security/*`) or every rule (`*`). */
const RULE_KEY = /^(\*|[A-Za-z0-9@._-]+(\/[A-Za-z0-9@._-]+)*(\/\*)?)$/;
function findValidateIssues(input) {
    const validate = input.validate;
    if (!validate)
        return [];
    return [...namingIssues(validate), ...ruleKeyIssues(validate), ...linterNameIssues(validate)];
}
function namingIssues(validate) {
    const issues = [];
    validate.standards?.naming?.forEach((rule, index) => {
        try {
            new RegExp(rule.pattern, 'u');
        }
        catch (error) {
            issues.push({
                path: ['validate', 'standards', 'naming', index, 'pattern'],
                message: `is not a valid regular expression (${JSON.stringify(rule.pattern)}): ${error.message}. Write a JavaScript pattern such as "^[A-Z][A-Za-z0-9]*$"`,
            });
        }
    });
    return issues;
}
function ruleKeyIssues(validate) {
    return Object.keys(validate.rules ?? {})
        .filter((key) => !RULE_KEY.test(key))
        .map((key) => ({
        path: ['validate', 'rules', key],
        message: `is not a rule id or prefix. Write an id such as "security/eval", a prefix such as "security/*", or "*" for every rule`,
    }));
}
function linterNameIssues(validate) {
    const issues = [];
    const seen = new Set();
    validate.linters?.forEach((linter, index) => {
        if (seen.has(linter.name)) {
            issues.push({ path: ['validate', 'linters', index, 'name'], message: `repeats the linter name ${JSON.stringify(linter.name)}. Give each linter its own name` });
        }
        seen.add(linter.name);
    });
    return issues;
}

;// CONCATENATED MODULE: ./src/config/validate.ts





/**
 * Validates a parsed layer; returns its issues, empty when the layer is valid.
 * The schema is compiled ahead of time by scripts/config-validator.mjs, with
 * the Ajv options written there, so that no run pays for compiling it.
 */
function validateConfigInput(data) {
    if (!schema_validator(data))
        return issuesFromErrors(schema_validator.errors ?? []);
    const valid = data;
    return [
        ...findGlobIssues(valid),
        ...findDuplicateSuites(valid),
        ...findGitFolderPaths(valid),
        ...findUnorderedRiskLevels(valid),
        ...findValidateIssues(valid),
    ];
}
/** The scan cache must not be written into git's own folder, where it could replace HEAD or a hook. */
function findGitFolderPaths(data) {
    const path = data.impact?.cache?.path;
    if (path === undefined || !path.split(/[\\/]/).includes('.git'))
        return [];
    return [{ path: ['impact', 'cache', 'path'], message: `lies inside the .git folder (${JSON.stringify(path)}). Name a file of its own, such as node_modules/.cache/testmaster/impact-scan.json` }];
}
/** Suite names key the outputs and the report, so each may appear once. */
function findDuplicateSuites(data) {
    const issues = [];
    const seen = new Set();
    data.impact?.suites?.forEach((suite, index) => {
        if (seen.has(suite.name)) {
            issues.push({ path: ['impact', 'suites', index, 'name'], message: `repeats the suite name ${JSON.stringify(suite.name)}. Give each suite its own name` });
        }
        seen.add(suite.name);
    });
    return issues;
}
function issuesFromErrors(errors) {
    const issues = [];
    const seen = new Set();
    for (const error of errors) {
        const issue = issueFromError(error);
        // Several keywords can reject one value (type and range), and the first error is enough to report.
        const key = JSON.stringify(issue.path);
        if (seen.has(key))
            continue;
        seen.add(key);
        issues.push(issue);
    }
    return issues;
}
function issueFromError(error) {
    const path = parseInstancePath(error.instancePath);
    const parent = (error.parentSchema ?? {});
    switch (error.keyword) {
        case 'additionalProperties': {
            const key = String(error.params['additionalProperty']);
            return { path: [...path, key], message: unknownKeyMessage(key, Object.keys(parent.properties ?? {})) };
        }
        case 'required': {
            const key = String(error.params['missingProperty']);
            return { path, message: `is missing the required key "${key}"` };
        }
        case 'uniqueItems':
            return { path, message: `lists ${(0,issues/* describeValue */.bp)(itemAt(error.data, error.params['i']))} twice; list each value once` };
        case 'enum':
            return { path, message: enumMessage(error.data, parent.enum ?? []) };
        case 'minItems':
            return { path, message: `must list at least ${String(error.params['limit'])} item; got an empty list` };
        default:
            if (path.length === 0)
                return { path, message: topLevelMessage(error.data) };
            return { path, message: `must be ${describeExpected(parent)}; got ${(0,issues/* describeValue */.bp)(error.data)}` };
    }
}
/** Writes the message for a top level that is not a mapping, usually another file named by mistake. It never quotes the content. */
function topLevelMessage(value) {
    return `must be a mapping of settings such as "coverage:" and "impact:"; got ${(0,issues/* describeValue */.bp)(value)}. Check that the file is a TestMaster config`;
}
function unknownKeyMessage(key, allowed) {
    const suggestion = (0,issues/* nearestName */.qb)(key, allowed);
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    return `is not a known key. Allowed keys here: ${allowed.join(', ')}.${hint}`;
}
function enumMessage(value, accepted) {
    const names = accepted.map(String);
    const suggestion = typeof value === 'string' ? (0,issues/* nearestName */.qb)(value, names) : undefined;
    const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
    return `must be one of ${names.join(', ')}; got ${(0,issues/* describeValue */.bp)(value)}.${hint}`;
}
/** Describes what a schema node accepts, for example "a number from 0 to 100 with at most 2 decimals, or null". */
function describeExpected(node) {
    if (node.enum)
        return `one of ${node.enum.map(String).join(', ')}`;
    let types = [];
    if (Array.isArray(node.type))
        types = node.type;
    else if (node.type !== undefined)
        types = [node.type];
    const described = types.filter((type) => type !== 'null').map((type) => describeType(type, node));
    if (types.includes('null'))
        described.push('null');
    return described.length > 0 ? described.join(', or ') : 'a valid value';
}
function describeType(type, node) {
    switch (type) {
        case 'number':
        case 'integer':
            return describeNumber(node);
        case 'string':
            if (node.maxLength !== undefined)
                return `a string of 1 to ${node.maxLength} characters`;
            return node.minLength ? 'a non-empty string' : 'a string';
        case 'boolean':
            return 'true or false';
        case 'array':
            return 'a list';
        case 'object':
            return 'a mapping';
        default:
            return type;
    }
}
function describeNumber(node) {
    let text = 'a number';
    if (node.minimum !== undefined && node.maximum !== undefined)
        text += ` from ${node.minimum} to ${node.maximum}`;
    else if (node.minimum !== undefined)
        text += ` of at least ${node.minimum}`;
    if (node.multipleOf === 0.01)
        text += ' with at most 2 decimals';
    return text;
}
function parseInstancePath(pointer) {
    if (pointer === '')
        return [];
    return pointer
        .slice(1)
        .split('/')
        .map((segment) => segment.replaceAll('~1', '/').replaceAll('~0', '~'))
        .map((segment) => (/^(0|[1-9]\d*)$/.test(segment) ? Number(segment) : segment));
}
function itemAt(list, index) {
    return Array.isArray(list) && typeof index === 'number' ? list[index] : undefined;
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ findDefaultBaseRef)
/* harmony export */ });
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6148);

/** Branch names tried, in order, when the remote does not name its default branch. */
const USUAL_DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'];
/**
 * Finds the ref of the default branch to diff a local branch against:
 * `origin/HEAD` when the clone records it, else the first of origin/main,
 * origin/master, main and master that exists. Returns null when none does.
 */
async function findDefaultBaseRef(cwd) {
    const remoteHead = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead.exitCode === 0) {
        const ref = remoteHead.stdout.toString('utf8').trim();
        if (ref)
            return ref;
    }
    for (const candidate of USUAL_DEFAULT_BRANCHES) {
        const exists = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_0__/* .runGit */ .EO)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
        if (exists.exitCode === 0)
            return candidate;
    }
    return null;
}


/***/ }),

/***/ 4030:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bz: () => (/* binding */ hasEscapedBytes),
/* harmony export */   Cf: () => (/* binding */ quoteGitPath),
/* harmony export */   Gh: () => (/* binding */ encodeGitPath),
/* harmony export */   Lo: () => (/* binding */ bytePatternPathspec),
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
  CS: () => (/* binding */ listFiles),
  VF: () => (/* binding */ mergeBaseOfCommits),
  Hn: () => (/* binding */ repositoryRoot),
  WL: () => (/* binding */ resolveCommit),
  ZM: () => (/* binding */ workingTreeMatches)
});

// UNUSED EXPORTS: mergeBase, noMergeBaseError

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




/** Absolute path of the top folder of the working tree that contains `cwd`. */
async function repositoryRoot(cwd) {
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--show-toplevel']);
    if (result.exitCode !== 0) {
        throw new errors/* UserError */.yo(`${cwd} is not inside a git working tree (${(0,run_git/* oneLine */.TN)(result.stderr)}). Run TestMaster in a checkout of the repository, after actions/checkout`);
    }
    return result.stdout.toString('utf8').trimEnd();
}
/**
 * Rejects a ref that git could read as an option, and refs with control
 * characters, which no valid ref or revision contains.
 */
function assertSafeRef(ref, role = 'ref') {
    if (ref.length === 0) {
        throw new errors/* UserError */.yo(`The ${role} is empty. Pass a branch name, tag or commit SHA`);
    }
    if (ref.startsWith('-')) {
        throw new errors/* UserError */.yo(`The ${role} ${JSON.stringify(ref)} starts with "-", which git would read as an option. Pass a branch name, tag or commit SHA`);
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
    if (result.exitCode !== 0 || sha.length === 0) {
        throw new errors/* UserError */.yo(`The ref or commit ${JSON.stringify(ref)} was not found in the repository at ${cwd}. ` +
            'Check the spelling, fetch it (git fetch origin REF), or set fetch-depth: 0 on actions/checkout so the history contains it');
    }
    return sha;
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
    const result = await (0,run_git/* runGit */.EO)(cwd, ['merge-base', '--end-of-options', baseSha, headSha]);
    // git merge-base exits with 1 and prints nothing when there is no common ancestor.
    if (result.exitCode === 1 && result.stdout.length === 0)
        return null;
    if (result.exitCode !== 0) {
        throw new errors/* UserError */.yo(`git merge-base ${baseSha} ${headSha} failed: ${(0,run_git/* oneLine */.TN)(result.stderr)}`);
    }
    return result.stdout.toString('utf8').trim();
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
    return (0,git_path/* splitNulFields */.ze)(output).map(git_path/* decodeGitPath */.yV);
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
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3916);


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
/** Runs `runGitWithInput` and returns standard output, or throws `GitCommandError` on a non-zero exit. */
async function runGitWithInputChecked(cwd, args, input) {
    const result = await runGitWithInput(cwd, args, input);
    if (result.exitCode !== 0)
        throw new GitCommandError(args, result.exitCode, result.stderr);
    return result.stdout;
}
/**
 * Spawns git and collects its output. Standard output is read while the
 * input is written, so a large batch cannot fill both pipes and stall.
 */
function spawnGit(cwd, args, input, environment = {}) {
    return new Promise((resolve, reject) => {
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)('git', [...args], {
            cwd,
            env: { ...gitEnvironment(), ...environment },
            stdio: [input ? 'pipe' : 'ignore', 'pipe', 'pipe'],
        });
        const stdout = [];
        const stderr = [];
        child.stdout.on('data', (chunk) => stdout.push(chunk));
        child.stderr.on('data', (chunk) => stderr.push(chunk));
        child.on('error', (error) => {
            if (error.code === 'ENOENT') {
                reject(new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`git was not found on PATH or the folder ${cwd} does not exist. Install git and run TestMaster inside a checkout`, { cause: error }));
            }
            else {
                reject(error);
            }
        });
        child.on('close', (code, signal) => {
            resolve({
                stdout: Buffer.concat(stdout),
                stderr: Buffer.concat(stderr).toString('utf8'),
                exitCode: code ?? (signal ? 128 : 1),
            });
        });
        if (input) {
            // A git process that exits before it reads all input closes the pipe. Its
            // exit code and stderr report that failure, so EPIPE is not an error here.
            child.stdin.on('error', (error) => {
                if (error.code !== 'EPIPE')
                    reject(error);
            });
            child.stdin.end(input);
        }
    });
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

/***/ 191:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ parseScanCache),
/* harmony export */   c: () => (/* binding */ serializeScanCache)
/* harmony export */ });
/* unused harmony exports SCAN_CACHE_FORMAT, SCANNER_VERSION */
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(311);
/* harmony import */ var _scan_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1141);
/**
 * The JSON form of a `ScanCache`. Each reference is a tuple rather than an
 * object, so the field names are not repeated for every reference:
 *
 *     { "format": 1, "scanner": "0.1.0+scanner-2",
 *       "scans": { "<blob sha>:<flavor>": [[[kind, specifier, line, flags, suffix?], …], [error, …]?] } }
 *
 * `kind` is the index in `REFERENCE_KINDS`, and `flags` adds 1 for a
 * type-only reference and 2 for an approximate one. A cache written by another format or
 * scanner version, or one that fails any check, is discarded whole, because
 * a wrong reference would silently drop tests from the selection.
 */


/** Version of the JSON layout. Raise it whenever the layout changes. */
const SCAN_CACHE_FORMAT = 1;
/**
 * Version of the scanner that wrote the entries: the TestMaster version
 * plus the scanner's own output revision.
 *
 * NOTE: the revision is raised by hand. A scanner change that does not raise
 * it, made without a new TestMaster release, keeps serving the entries of
 * the scanner before it.
 */
const SCANNER_VERSION = `${_version_js__WEBPACK_IMPORTED_MODULE_1__/* .TOOL_VERSION */ .w}+scanner-${_scan_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SCANNER_REVISION */ .v}`;
/** Reference kinds by their number in the JSON form. New kinds go at the end, so old numbers keep their meaning. */
const REFERENCE_KINDS = [
    'import',
    'side-effect',
    're-export',
    'require',
    'dynamic',
    'dynamic-pattern',
    'glob',
    'reference',
];
const TYPE_ONLY = 1;
const APPROXIMATE = 2;
const KEY = /^(?:[0-9a-f]{40}|[0-9a-f]{64}):[a-z-]+$/;
/** Writes `cache` as compact JSON, with keys sorted so that equal caches give equal text. */
function serializeScanCache(cache) {
    const scans = {};
    for (const key of [...cache.keys()].sort()) {
        const entry = cache.get(key);
        const references = entry.references.map(toTuple);
        scans[key] = entry.errors.length > 0 ? [references, entry.errors] : [references];
    }
    return JSON.stringify({ format: SCAN_CACHE_FORMAT, scanner: SCANNER_VERSION, scans });
}
/**
 * Reads a cache written by `serializeScanCache`. Returns an empty cache with
 * a note when the text is not JSON, was written by another format or
 * scanner version, or has a malformed entry.
 */
function parseScanCache(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return discarded(`it is not valid JSON (${message})`);
    }
    if (!isRecord(document))
        return discarded('its top level is not a JSON object');
    if (document['format'] !== SCAN_CACHE_FORMAT) {
        return discarded(`it has format ${JSON.stringify(document['format'])}, and this version reads format ${SCAN_CACHE_FORMAT}`);
    }
    if (document['scanner'] !== SCANNER_VERSION) {
        return discarded(`it was written by scanner ${JSON.stringify(document['scanner'])}, and this is scanner ${SCANNER_VERSION}`);
    }
    const scans = document['scans'];
    if (!isRecord(scans))
        return discarded('"scans" is not a JSON object');
    const cache = new Map();
    for (const [key, value] of Object.entries(scans)) {
        const entry = KEY.test(key) ? toEntry(value) : undefined;
        if (entry === undefined)
            return discarded(`its entry ${JSON.stringify(key)} is malformed`);
        cache.set(key, entry);
    }
    return { cache };
}
function discarded(reason) {
    return { cache: new Map(), note: `The scan cache was discarded because ${reason}; every file is scanned again.` };
}
function toTuple(reference) {
    const flags = (reference.typeOnly ? TYPE_ONLY : 0) | (reference.approximate ? APPROXIMATE : 0);
    const tuple = [REFERENCE_KINDS.indexOf(reference.kind), reference.specifier, reference.line, flags];
    return reference.suffix === undefined ? tuple : [...tuple, reference.suffix];
}
function toEntry(value) {
    if (!Array.isArray(value) || value.length < 1 || value.length > 2)
        return undefined;
    const [tuples, errors = []] = value;
    if (!Array.isArray(tuples) || !Array.isArray(errors) || !errors.every((error) => typeof error === 'string'))
        return undefined;
    const references = [];
    for (const tuple of tuples) {
        const reference = toReference(tuple);
        if (reference === undefined)
            return undefined;
        references.push(reference);
    }
    return { references, errors: errors };
}
function toReference(tuple) {
    if (!Array.isArray(tuple) || tuple.length < 4 || tuple.length > 5)
        return undefined;
    const [kindIndex, specifier, line, flags, suffix] = tuple;
    const kind = typeof kindIndex === 'number' ? REFERENCE_KINDS[kindIndex] : undefined;
    if (kind === undefined || typeof specifier !== 'string')
        return undefined;
    if (!Number.isInteger(line) || line < 1)
        return undefined;
    if (!Number.isInteger(flags) || flags < 0 || flags > (TYPE_ONLY | APPROXIMATE))
        return undefined;
    if (suffix !== undefined && (typeof suffix !== 'string' || kind !== 'dynamic-pattern'))
        return undefined;
    const reference = {
        specifier,
        kind,
        typeOnly: (flags & TYPE_ONLY) !== 0,
        approximate: (flags & APPROXIMATE) !== 0,
        line: line,
    };
    if (suffix !== undefined)
        reference.suffix = suffix;
    return reference;
}
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
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

/***/ 6243:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ isIdentifierOrKeyword),
/* harmony export */   e: () => (/* binding */ expressionCanFollow)
/* harmony export */ });
/* harmony import */ var _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8708);
/**
 * Decides from the previous token whether an expression can start at the next
 * one. That is the context a tokenizer needs to tell a regular expression from
 * a division, and a JSX element from a less-than sign, without parsing.
 */

/** Keywords that an operand follows, as in `return /x/` or `typeof <T/>`. */
const OPERAND_KEYWORDS = new Set([
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.AwaitKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CaseKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DefaultKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DeleteKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.DoKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ElseKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.InKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.InstanceOfKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.NewKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ReturnKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ThrowKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TypeOfKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.VoidKeyword,
    _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.YieldKeyword,
]);
/**
 * Returns whether an expression can start after a token of `kind`.
 *
 * `allowedBefore` is the same result for the position of that token. It
 * distinguishes a prefix `!`, `++` or `--` from a postfix one such as TypeScript's
 * non-null `x!`. `afterDot` is true when the token follows `.` or `?.`, where
 * a keyword is a property name, as in `map.delete / 2`.
 *
 * The result is a guess in two places. After `)` it is false, because
 * `if (a) /x/.test(b)` is rare next to `(a + b) / 2`. After `}` it is true,
 * because a block ends there more often than an object literal.
 */
function expressionCanFollow(kind, allowedBefore, afterDot) {
    switch (kind) {
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.ExclamationToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.PlusPlusToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.MinusMinusToken:
            return allowedBefore;
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CloseParenToken:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.CloseBracketToken:
            return false;
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TemplateHead:
        case _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.TemplateMiddle:
            return true;
    }
    if (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstPunctuation && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastPunctuation)
        return true;
    if (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstKeyword && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastKeyword)
        return !afterDot && OPERAND_KEYWORDS.has(kind);
    // Identifiers, literals, template tails, regular expressions and closed JSX elements end an operand.
    return false;
}
/** Returns whether a token of `kind` can be a name: an identifier or any keyword. */
function isIdentifierOrKeyword(kind) {
    return kind === _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.Identifier || (kind >= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.FirstKeyword && kind <= _lexer_index_js__WEBPACK_IMPORTED_MODULE_0__/* .SyntaxKind */ .a6.LastKeyword);
}


/***/ }),

/***/ 2644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ scriptBlockLanguage),
/* harmony export */   q: () => (/* binding */ classifyPath)
/* harmony export */ });
/**
 * Decides from a file's name whether and how its text is scanned.
 */
const TYPESCRIPT = /\.[mc]?ts$/;
const JSX_SCRIPT = /\.(?:tsx|jsx|js|mjs|cjs)$/;
const COMPONENT = /\.(?:vue|svelte)$/;
/** `.d.ts`, `.d.mts`, `.d.cts`, and TypeScript 5's `.d.<extension>.ts` for files such as `styles.d.css.ts`. */
const DECLARATION_FILE = /\.d(?:\.[^./\\]+)?\.[mc]?ts$/;
/** Returns how to scan the file at `path`; the extension is compared without regard to case. */
function classifyPath(path) {
    const name = path.toLowerCase();
    if (TYPESCRIPT.test(name))
        return { kind: 'script', language: { jsx: false, declarationFile: DECLARATION_FILE.test(name) } };
    if (JSX_SCRIPT.test(name))
        return { kind: 'script', language: { jsx: true, declarationFile: false } };
    if (COMPONENT.test(name))
        return { kind: 'component' };
    return { kind: 'other' };
}
/**
 * Returns the language of a `<script lang="...">` block. Vue and Svelte
 * accept `ts` and `typescript`; a missing `lang` means JavaScript.
 */
function scriptBlockLanguage(lang) {
    const value = (lang ?? 'js').toLowerCase();
    return { jsx: value !== 'ts' && value !== 'typescript', declarationFile: false };
}


/***/ }),

/***/ 1141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* reexport */ SCANNER_REVISION),
  O: () => (/* binding */ scanModuleReferences)
});

// EXTERNAL MODULE: ./src/impact/scan/file-kinds.ts
var file_kinds = __webpack_require__(2644);
// EXTERNAL MODULE: ./src/impact/scan/expression-start.ts
var expression_start = __webpack_require__(6243);
// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(8708);
;// CONCATENATED MODULE: ./src/impact/scan/declarations.ts
/**
 * Recognizers for import and export declarations:
 * `import x from 'a'`, `import 'a'`, `import x = require('a')`,
 * `export * from 'a'`, `export { a } from 'a'`, and their `type` forms.
 */


/** Returns whether the token after `import` can start an import declaration, as opposed to `{ import: 1 }` or a class field. */
function startsImportDeclaration(kind) {
    return ((0,expression_start/* isIdentifierOrKeyword */._)(kind) || kind === lexer/* SyntaxKind */.a6.OpenBraceToken || kind === lexer/* SyntaxKind */.a6.AsteriskToken || kind === lexer/* SyntaxKind */.a6.StringLiteral);
}
/** Reads an import declaration; the stream is at the token after `import`, which `startsImportDeclaration` accepted. */
function readImportDeclaration(stream, references, reportError) {
    if (stream.is(lexer/* SyntaxKind */.a6.StringLiteral)) {
        references.add('side-effect', stream.value(), stream.tokenStart, false);
        stream.advance();
        return;
    }
    const generation = stream.generation;
    const typeOnly = readImportModifiers(stream);
    // A default or namespace binding makes the import a value import, unless an `import type` modifier was read.
    let hasValueBinding = false;
    if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !stream.is(lexer/* SyntaxKind */.a6.FromKeyword)) {
        hasValueBinding = true;
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.EqualsToken)) {
            stream.advance();
            readRequireAlias(stream, references, typeOnly, generation);
            return;
        }
        if (stream.is(lexer/* SyntaxKind */.a6.CommaToken))
            stream.advance();
    }
    else if (stream.is(lexer/* SyntaxKind */.a6.FromKeyword) && stream.peek(1)[0] === lexer/* SyntaxKind */.a6.FromKeyword) {
        // `import from from 'a'` imports a default named `from`.
        hasValueBinding = true;
        stream.advance();
    }
    let bindings;
    if (stream.is(lexer/* SyntaxKind */.a6.AsteriskToken)) {
        hasValueBinding = true;
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.AsKeyword))
            stream.advance();
        if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !stream.is(lexer/* SyntaxKind */.a6.FromKeyword))
            stream.advance();
    }
    else if (stream.is(lexer/* SyntaxKind */.a6.OpenBraceToken)) {
        bindings = readNamedBindings(stream);
        if (bindings.unclosed && stream.generation === generation)
            reportError(stream.tokenStart, "'}' expected.");
    }
    const allTyped = !hasValueBinding && bindings !== undefined && bindings.count > 0 && bindings.typeCount === bindings.count;
    readFromClause(stream, references, reportError, 'import', typeOnly || allTyped, generation);
}
/**
 * Reads `type` or `defer` after `import` and returns whether the import is
 * type-only. `type` is a binding name, not a modifier, in `import type from
 * 'a'`, `import type, { a } from 'a'` and `import type = require('a')`.
 */
function readImportModifiers(stream) {
    if (stream.is(lexer/* SyntaxKind */.a6.DeferKeyword)) {
        if (peekKind(stream) === lexer/* SyntaxKind */.a6.AsteriskToken)
            stream.advance();
        return false;
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.TypeKeyword))
        return false;
    const next = peekKind(stream);
    if (next === lexer/* SyntaxKind */.a6.CommaToken || next === lexer/* SyntaxKind */.a6.EqualsToken)
        return false;
    if (next === lexer/* SyntaxKind */.a6.FromKeyword) {
        // `import type from 'a'` is a default import named `type`; `import type from from 'a'` is type-only.
        const afterFrom = stream.peek(2)[1];
        if (afterFrom !== lexer/* SyntaxKind */.a6.FromKeyword && afterFrom !== lexer/* SyntaxKind */.a6.EqualsToken)
            return false;
    }
    stream.advance();
    return true;
}
/** Reads `require('a')` after `import x =`; any other right-hand side is a namespace alias and no reference. */
function readRequireAlias(stream, references, typeOnly, generation) {
    if (!stream.is(lexer/* SyntaxKind */.a6.RequireKeyword))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.StringLiteral) && !stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral))
        return;
    if (stream.generation === generation)
        references.add('require', stream.value(), stream.tokenStart, typeOnly);
    stream.advance();
}
/**
 * Reads an export declaration that names a module; the stream is at the
 * token after `export`. Other exports, such as `export const` or a local
 * `export { a }`, are left to the main loop.
 */
function readExportDeclaration(stream, references, reportError) {
    const generation = stream.generation;
    let typeOnly = false;
    if (stream.is(lexer/* SyntaxKind */.a6.TypeKeyword)) {
        const next = peekKind(stream);
        if (next !== lexer/* SyntaxKind */.a6.OpenBraceToken && next !== lexer/* SyntaxKind */.a6.AsteriskToken)
            return;
        typeOnly = true;
        stream.advance();
    }
    if (stream.is(lexer/* SyntaxKind */.a6.AsteriskToken)) {
        stream.advance();
        if (stream.is(lexer/* SyntaxKind */.a6.AsKeyword)) {
            stream.advance();
            if ((0,expression_start/* isIdentifierOrKeyword */._)(stream.token) || stream.is(lexer/* SyntaxKind */.a6.StringLiteral))
                stream.advance();
        }
        readFromClause(stream, references, reportError, 're-export', typeOnly, generation);
        return;
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenBraceToken))
        return;
    const bindings = readNamedBindings(stream);
    if (bindings.unclosed && stream.generation === generation)
        reportError(stream.tokenStart, "'}' expected.");
    // Without `from`, `export { a }` exports local bindings.
    if (!stream.is(lexer/* SyntaxKind */.a6.FromKeyword))
        return;
    const allTyped = bindings.count > 0 && bindings.typeCount === bindings.count;
    readFromClause(stream, references, reportError, 're-export', typeOnly || allTyped, generation);
}
/**
 * Reads `{ a, type b, c as d }` and counts the bindings and those marked
 * `type`. Leaves the stream after the `}`, or at `from` when the list ends
 * with `from '...'` and no `}`.
 */
function readNamedBindings(stream) {
    const bindings = { count: 0, typeCount: 0, unclosed: false };
    const depth = stream.depth;
    stream.advance();
    let words = 0;
    let firstIsType = false;
    const endBinding = () => {
        if (words === 0)
            return;
        bindings.count++;
        // `type a` and `type a as b` are marked; `type` alone and `type as b` rename a binding named `type`.
        if (firstIsType && (words === 2 || words === 4))
            bindings.typeCount++;
        words = 0;
    };
    for (;;) {
        const kind = stream.token;
        if (kind === lexer/* SyntaxKind */.a6.CloseBraceToken && stream.depth === depth - 1) {
            endBinding();
            stream.advance();
            return bindings;
        }
        if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            break;
        if (kind === lexer/* SyntaxKind */.a6.FromKeyword && peekKind(stream) === lexer/* SyntaxKind */.a6.StringLiteral && stream.depth === depth) {
            endBinding();
            bindings.unclosed = true;
            // The caller reports the missing `}`, so the stream must not report the `{` again at the end of the file.
            stream.abandonFrames(depth - 1);
            return bindings;
        }
        if (kind === lexer/* SyntaxKind */.a6.CommaToken)
            endBinding();
        else if ((0,expression_start/* isIdentifierOrKeyword */._)(kind) || kind === lexer/* SyntaxKind */.a6.StringLiteral) {
            if (words === 0)
                firstIsType = kind === lexer/* SyntaxKind */.a6.TypeKeyword;
            words++;
        }
        else
            break;
        stream.advance();
    }
    endBinding();
    return bindings;
}
/** Reads `from 'a'` and adds the reference, or reports what is missing. */
function readFromClause(stream, references, reportError, kind, typeOnly, generation) {
    if (!stream.is(lexer/* SyntaxKind */.a6.FromKeyword)) {
        if (stream.generation === generation)
            reportError(stream.tokenStart, "'from' expected.");
        return;
    }
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.StringLiteral)) {
        if (stream.generation === generation)
            reportError(stream.tokenStart, 'String literal expected.');
        return;
    }
    if (stream.generation === generation)
        references.add(kind, stream.value(), stream.tokenStart, typeOnly);
    stream.advance();
}
function peekKind(stream) {
    return stream.peek(1)[0];
}

;// CONCATENATED MODULE: ./src/impact/scan/line-counter.ts
/**
 * Maps text offsets to 1-based line numbers by counting LF characters, as git
 * and diff tools count lines. A CRLF pair is one line break, and a lone CR,
 * U+2028 or U+2029 does not start a line.
 */
class LineCounter {
    text;
    firstLine;
    offset = 0;
    line = 1;
    /** `firstLine` is the line number of offset 0, for a script block that starts inside a larger file. */
    constructor(text, firstLine = 1) {
        this.text = text;
        this.firstLine = firstLine;
    }
    /**
     * Returns the line of `offset`. Offsets usually grow from call to call, so
     * the count continues from the previous offset. A smaller offset, which
     * follows a rollback of the tokenizer, restarts the count from offset 0.
     */
    lineAt(offset) {
        if (offset < this.offset) {
            this.offset = 0;
            this.line = 1;
        }
        let newline = this.text.indexOf('\n', this.offset);
        while (newline !== -1 && newline < offset) {
            this.line++;
            newline = this.text.indexOf('\n', newline + 1);
        }
        this.offset = offset;
        return this.line + this.firstLine - 1;
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/string-argument.ts
/**
 * Reads the first argument of `require(...)` or `import(...)` when it is built
 * from string literals: 'a', `./x/${y}.json`, or './x/' + name + '.js'.
 */

/** Returns whether an argument starting with a token of `kind` can be read by `readStringArgument`. */
function startsStringArgument(kind) {
    return kind === lexer/* SyntaxKind */.a6.StringLiteral || kind === lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral || kind === lexer/* SyntaxKind */.a6.TemplateHead;
}
/**
 * Reads the first argument of a call: a `+` chain of operands that starts
 * with a string or template literal, up to the `,` or `)` that ends it. The
 * stream must be at the call's `(`.
 *
 * Returns undefined when the argument does not start with a literal, leaving
 * the stream at its first token, or when something other than `+` joins its
 * operands, as in `'./a'.concat(x)`.
 */
function readStringArgument(stream) {
    const generation = stream.generation;
    // The `(` has opened the call's frame, so its arguments are read at this depth.
    const depth = stream.depth;
    stream.advance();
    if (!startsStringArgument(stream.token))
        return undefined;
    const argument = { start: stream.tokenStart, dynamic: false, prefix: '', suffix: '' };
    for (;;) {
        if (!readOperand(stream, depth, argument))
            return undefined;
        if (stream.generation !== generation)
            return undefined;
        if (stream.is(lexer/* SyntaxKind */.a6.PlusToken) && stream.depth === depth) {
            stream.advance();
            continue;
        }
        if (endsArgument(stream, depth))
            return argument;
        return undefined;
    }
}
/** Returns whether the stream is at the `,` or `)` that ends an argument read at `depth`. */
function endsArgument(stream, depth) {
    if (stream.is(lexer/* SyntaxKind */.a6.CommaToken))
        return stream.depth === depth;
    // The `)` has already closed the call's frame.
    return stream.is(lexer/* SyntaxKind */.a6.CloseParenToken) && stream.depth === depth - 1;
}
/** Moves past the rest of the call's arguments to its `)`, whose frame is at `depth`. */
function skipToCallEnd(stream, depth) {
    while (!(stream.is(lexer/* SyntaxKind */.a6.CloseParenToken) && stream.depth === depth - 1)) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth - 1)
            return;
        stream.advance();
    }
}
/** Reads one operand of the `+` chain and folds it into `argument`; returns false when it cannot be read. */
function readOperand(stream, depth, argument) {
    switch (stream.token) {
        case lexer/* SyntaxKind */.a6.StringLiteral:
        case lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral:
            if (argument.dynamic)
                argument.suffix += stream.value();
            else
                argument.prefix += stream.value();
            stream.advance();
            return true;
        case lexer/* SyntaxKind */.a6.TemplateHead: {
            if (!argument.dynamic)
                argument.prefix += stream.value();
            argument.dynamic = true;
            const tail = readTemplateTail(stream, depth);
            if (tail === undefined)
                return false;
            argument.suffix = tail;
            return true;
        }
        default:
            argument.dynamic = true;
            argument.suffix = '';
            skipExpression(stream, depth);
            return true;
    }
}
/**
 * Moves from a template head to its tail and past it, and returns the tail's
 * text. The head opened a frame above `depth`, and the tail closes it.
 */
function readTemplateTail(stream, depth) {
    stream.advance();
    while (!(stream.is(lexer/* SyntaxKind */.a6.TemplateTail) && stream.depth === depth)) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth)
            return undefined;
        stream.advance();
    }
    const tail = stream.value();
    stream.advance();
    return tail;
}
/** Moves past an operand that is not a literal, up to the next `+`, `,` or `)` at `depth`. */
function skipExpression(stream, depth) {
    for (;;) {
        if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken) || stream.depth < depth)
            return;
        if (stream.depth === depth && (stream.is(lexer/* SyntaxKind */.a6.PlusToken) || stream.is(lexer/* SyntaxKind */.a6.CommaToken)))
            return;
        stream.advance();
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/module-calls.ts
/**
 * Recognizers for module references written as calls: `require('a')`,
 * `require.resolve('a')`, `import('a')` and `import.meta.glob('./*.ts')`.
 */



/** Promise methods: `import('a').then(...)` is a call at run time, while `import('a').Foo` names a type. */
const PROMISE_MEMBERS = new Set(['then', 'catch', 'finally']);
/** Vite's glob import functions; `globEager` is the form Vite 2 had. */
const GLOB_FUNCTIONS = new Set(['glob', 'globEager']);
/**
 * Reads `require('a')` or `require.resolve('a')`; the stream is at
 * `require`, which is not a property name. A concatenated or template
 * argument gives a 'dynamic-pattern' reference, as for `import()`.
 */
function readRequireCall(stream, references) {
    const generation = stream.generation;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.DotToken)) {
        stream.advance();
        if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || stream.value() !== 'resolve')
            return;
        stream.advance();
    }
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    const argument = readStringArgument(stream);
    if (argument === undefined || stream.generation !== generation)
        return;
    addCallReference(references, 'require', argument, false);
}
/**
 * Reads `import(...)`; the stream is at the `(`. `typeOnlyBefore` is true
 * when `typeof` came before `import`, as in `typeof import('a')`. A type
 * position is also guessed from a member access other than a promise method
 * after the call, as in `import('a').Foo`.
 */
function readImportCall(stream, references, typeOnlyBefore) {
    const generation = stream.generation;
    const depth = stream.depth;
    const argument = readStringArgument(stream);
    if (argument === undefined)
        return;
    // Import options follow a comma: import('./a.json', { with: { type: 'json' } }).
    skipToCallEnd(stream, depth);
    if (!stream.is(lexer/* SyntaxKind */.a6.CloseParenToken))
        return;
    stream.advance();
    let typeOnly = typeOnlyBefore;
    if (stream.is(lexer/* SyntaxKind */.a6.DotToken)) {
        stream.advance();
        typeOnly ||= (0,expression_start/* isIdentifierOrKeyword */._)(stream.token) && !PROMISE_MEMBERS.has(stream.value());
    }
    if (stream.generation !== generation)
        return;
    addCallReference(references, 'dynamic', argument, typeOnly);
}
/** Reads `import.meta.glob(...)`; the stream is at the `.` after `import`. Other `import.meta` uses are skipped. */
function readImportMeta(stream, references) {
    const generation = stream.generation;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || stream.value() !== 'meta')
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.DotToken))
        return;
    stream.advance();
    if (!stream.is(lexer/* SyntaxKind */.a6.Identifier) || !GLOB_FUNCTIONS.has(stream.value()))
        return;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.LessThanToken))
        skipTypeArguments(stream);
    if (!stream.is(lexer/* SyntaxKind */.a6.OpenParenToken))
        return;
    stream.advance();
    if (stream.is(lexer/* SyntaxKind */.a6.StringLiteral) || stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral)) {
        if (stream.generation === generation)
            references.add('glob', stream.value(), stream.tokenStart, false);
        stream.advance();
        return;
    }
    if (stream.is(lexer/* SyntaxKind */.a6.OpenBracketToken))
        readGlobList(stream, references, generation);
}
/** Adds each string literal of `['./a/*', './b/*']`; entries that are not literals are skipped. */
function readGlobList(stream, references, generation) {
    const depth = stream.depth;
    stream.advance();
    while (stream.depth >= depth && !stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken)) {
        const literal = stream.is(lexer/* SyntaxKind */.a6.StringLiteral) || stream.is(lexer/* SyntaxKind */.a6.NoSubstitutionTemplateLiteral);
        if (literal && stream.depth === depth && stream.generation === generation) {
            references.add('glob', stream.value(), stream.tokenStart, false);
        }
        stream.advance();
    }
}
/** Skips `<Type>` in `import.meta.glob<Type>(...)`; the scanner returns each `>` as its own token, so counting pairs works. */
function skipTypeArguments(stream) {
    let depth = 0;
    do {
        if (stream.is(lexer/* SyntaxKind */.a6.LessThanToken))
            depth++;
        else if (stream.is(lexer/* SyntaxKind */.a6.GreaterThanToken))
            depth--;
        else if (stream.is(lexer/* SyntaxKind */.a6.EndOfFileToken))
            return;
        stream.advance();
    } while (depth > 0);
}
function addCallReference(references, staticKind, argument, typeOnly) {
    if (!argument.dynamic) {
        references.add(staticKind, argument.prefix, argument.start, typeOnly);
        return;
    }
    // NOTE: an argument with no static prefix, such as `${base}/a.js` or name + '.js', is dropped, because no resolver can use ''.
    if (argument.prefix === '')
        return;
    references.addPattern(argument.prefix, argument.suffix, argument.start, typeOnly);
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-directives.ts
/**
 * Finds the references written in the comments before the first statement:
 * `/// <reference path="..." />` and `/// <reference types="..." />`
 * directives, and the `@jsxImportSource SOURCE` pragma, which makes the
 * compiler import `SOURCE/jsx-runtime` for the file's JSX. TypeScript reads
 * both only there, so later ones are ignored here too.
 */

const DIRECTIVE = /^\/\/\/\s*<reference\s/;
const ATTRIBUTE = /\b(path|types)\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/** The JSX import source pragma; TypeScript and esbuild take the word after it as the package or path. */
const JSX_IMPORT_SOURCE = /@jsxImportSource\s+([^\s*]+)/;
/**
 * Adds the reference directives found between offset `start`, where code may
 * begin, and offset `end`, the start of the first token.
 */
function readReferenceDirectives(text, start, end, references) {
    // From an offset other than 0, getLeadingCommentRanges collects comments only after a line break, which
    // `start` is at when it is not 0.
    const comments = (0,lexer/* getLeadingCommentRanges */.mp)(text, start);
    for (const comment of comments) {
        if (comment.pos >= end)
            break;
        const body = text.slice(comment.pos, comment.end);
        const source = JSX_IMPORT_SOURCE.exec(body);
        // TypeScript reads the pragma from block comments only; a line comment is read too, because an extra edge costs less than a missing one.
        if (source !== null)
            references.add('import', `${source[1].replace(/\/$/, '')}/jsx-runtime`, comment.pos + source.index, false);
        if (comment.kind !== lexer/* SyntaxKind */.a6.SingleLineCommentTrivia)
            continue;
        if (!DIRECTIVE.test(body))
            continue;
        const attribute = ATTRIBUTE.exec(body);
        if (attribute === null)
            continue;
        const specifier = attribute[2] ?? attribute[3];
        references.add('reference', specifier, comment.pos, attribute[1] === 'types');
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-limit.ts
/**
 * The offset where the scan of a script may stop. Every module reference starts with
 * a token whose text is written out in the file: `import`, `require`, the
 * `from` before the specifier of a re-export, or a `/// <reference` comment.
 * Past the last place where one of these words occurs no reference can
 * start, so the token stream need not read the rest of the file. In the
 * benchmark repositories that rest was half to two thirds of the bytes of a
 * module, because exports and function bodies follow the imports.
 */
/** Words that start a reference, or end one (`from` closes `export … from`). */
const REFERENCE_WORDS = ['import', 'require', '<reference'];
/** `from`, then white space or comments, then the opening quote of a specifier. A `from` not followed by a quote, as in `Array.from(x)`, ends no reference. */
const FROM_SPECIFIER = /from(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n\r]*)*['"`]/y;
/**
 * Returns the offset from which no reference can start in `text`: just past
 * the last occurrence of a reference word. A text with a backslash-`u`
 * escape gets its full length, because an identifier may spell `require`
 * with escapes, which a plain text search would not find.
 */
function referenceLimit(text) {
    if (text.includes('\\u'))
        return text.length;
    let limit = 0;
    for (const word of REFERENCE_WORDS) {
        const at = text.lastIndexOf(word);
        if (at >= 0)
            limit = Math.max(limit, at + word.length);
    }
    return Math.max(limit, lastFromSpecifier(text, limit));
}
/** End of the last `from` with a specifier after it that lies past `after`, or 0. Searching from the end finds it without reading the whole text. */
function lastFromSpecifier(text, after) {
    for (let at = text.lastIndexOf('from'); at >= after; at = text.lastIndexOf('from', at - 1)) {
        FROM_SPECIFIER.lastIndex = at;
        const match = FROM_SPECIFIER.exec(text);
        if (match !== null)
            return at + match[0].length;
        if (at === 0)
            break;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/impact/scan/reference-list.ts
class ReferenceList {
    lineAt;
    declarationFile;
    items = [];
    /**
     * `lineAt` maps an offset in the scanned text to a line of the original
     * file. In a declaration file every reference is type-only.
     */
    constructor(lineAt, declarationFile) {
        this.lineAt = lineAt;
        this.declarationFile = declarationFile;
    }
    get length() {
        return this.items.length;
    }
    truncate(length) {
        this.items.length = length;
    }
    add(kind, specifier, offset, typeOnly) {
        this.items.push({
            specifier,
            kind,
            typeOnly: typeOnly || this.declarationFile,
            approximate: kind === 'glob',
            line: this.lineAt(offset),
        });
    }
    /** Adds a 'dynamic-pattern' reference: `prefix` is the static text before the first substitution. */
    addPattern(prefix, suffix, offset, typeOnly) {
        this.items.push({
            specifier: prefix,
            kind: 'dynamic-pattern',
            typeOnly: typeOnly || this.declarationFile,
            approximate: true,
            suffix,
            line: this.lineAt(offset),
        });
    }
}

// EXTERNAL MODULE: ./src/impact/scan/token-stream.ts + 2 modules
var token_stream = __webpack_require__(7040);
;// CONCATENATED MODULE: ./src/impact/scan/scan-script.ts
/**
 * Scans the text of one script, a whole file or one `<script>` block, for
 * module references.
 */








/**
 * Returns the references in `text`, in source order, and adds syntax errors
 * to `errors`. `firstLine` is the line of the original file on which `text`
 * starts.
 */
function scanScript(text, language, errors, firstLine = 1) {
    const lines = new LineCounter(text, firstLine);
    const lineAt = (offset) => lines.lineAt(offset);
    const directives = new ReferenceList(lineAt, language.declarationFile);
    const references = new ReferenceList(lineAt, language.declarationFile);
    const start = codeStart(text);
    const stream = new token_stream/* TokenStream */.e(text, { jsx: language.jsx, start, errors, references, lineAt });
    const reportError = (offset, message) => errors.add(lineAt(offset), message);
    readReferenceDirectives(text, start, stream.tokenStart, directives);
    // Syntax errors past the limit go unreported: they cannot hide a reference.
    // A JSX guess still open at the limit is read to its end, because a
    // rollback would read the text inside it again as code.
    const limit = referenceLimit(text);
    while (stream.token !== lexer/* SyntaxKind */.a6.EndOfFileToken && (stream.tokenStart < limit || stream.guessingJsx)) {
        switch (stream.token) {
            case lexer/* SyntaxKind */.a6.ImportKeyword:
                if (stream.afterDot)
                    break;
                readImport(stream, references, reportError);
                continue;
            case lexer/* SyntaxKind */.a6.ExportKeyword:
                if (stream.afterDot)
                    break;
                stream.advance();
                readExportDeclaration(stream, references, reportError);
                continue;
            case lexer/* SyntaxKind */.a6.RequireKeyword:
                if (stream.afterDot)
                    break;
                readRequireCall(stream, references);
                continue;
        }
        stream.advance();
    }
    return directives.items.concat(references.items);
}
/**
 * Returns the offset of the line break after a `#!` line that follows a byte
 * order mark, or 0. The lexer, like TypeScript's scanner, skips a byte order
 * mark, and a `#!` line at offset 0, but reads `#!` after a byte order mark
 * as code, while Node.js 20 runs such a file when it is an ES module.
 */
function codeStart(text) {
    if (text.charCodeAt(0) !== 0xfeff || !text.startsWith('#!', 1))
        return 0;
    const newline = text.indexOf('\n');
    return newline === -1 ? text.length : newline;
}
/** Reads what follows `import`: a call, `import.meta`, or a declaration. */
function readImport(stream, references, reportError) {
    const afterTypeof = stream.previous === lexer/* SyntaxKind */.a6.TypeOfKeyword;
    stream.advance();
    if (stream.token === lexer/* SyntaxKind */.a6.OpenParenToken)
        readImportCall(stream, references, afterTypeof);
    else if (stream.token === lexer/* SyntaxKind */.a6.DotToken)
        readImportMeta(stream, references);
    else if (startsImportDeclaration(stream.token))
        readImportDeclaration(stream, references, reportError);
}

;// CONCATENATED MODULE: ./src/impact/scan/script-blocks.ts
/**
 * Finds the `<script>` blocks of a Vue or Svelte component: `<script>`,
 * `<script setup lang="ts">`, `<script context="module">` and
 * `<script module>`. Scripts inside `<template>` or `<svelte:head>` are page
 * scripts rather than component code, and are skipped, and so are scripts
 * inside HTML comments and those whose `type` is not JavaScript.
 *
 * NOTE: nothing outside the script blocks is read, so Vue's
 * `<script src="./a.ts">`, `@import` in `<style>`, and `import()` in a Svelte
 * markup expression are not reported.
 */

/** Attributes of a start tag; a quoted value may contain `>`, as in Vue's `generic="T extends Map<K, V>"`. */
const ATTRIBUTES = String.raw `((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*(/?)>`;
const TAGS = new RegExp(String.raw `<!--[\s\S]*?(?:-->|$)|<(/?)(template|svelte:head)\b${ATTRIBUTES}|<script\b${ATTRIBUTES}`, 'gi');
const SCRIPT_END = /<\/script\s*>/gi;
const script_blocks_ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `type` values that mark a script as JavaScript; `text/babel` is the in-browser JSX transform's. */
const SCRIPT_TYPES = /^(?:module|(?:text|application)\/(?:javascript|typescript|babel|jsx))$/i;
/** Returns the component's script blocks in file order. */
function findScriptBlocks(text) {
    const scan = { blocks: [], errors: [] };
    let containerDepth = 0;
    TAGS.lastIndex = 0;
    for (let match = TAGS.exec(text); match !== null; match = TAGS.exec(text)) {
        if (match[2] !== undefined) {
            // <template> or <svelte:head>, opening or closing; a self-closing one contains nothing.
            if (match[4] === '/')
                continue;
            containerDepth = match[1] === '/' ? Math.max(0, containerDepth - 1) : containerDepth + 1;
            continue;
        }
        if (match[5] === undefined)
            continue; // an HTML comment
        const attributes = readAttributes(match[5]);
        const contentStart = match.index + match[0].length;
        if (match[6] === '/')
            continue; // <script src="..." />
        SCRIPT_END.lastIndex = contentStart;
        const end = SCRIPT_END.exec(text);
        const contentEnd = end === null ? text.length : end.index;
        TAGS.lastIndex = end === null ? text.length : end.index + end[0].length;
        const line = lineOf(text, match.index);
        if (end === null)
            scan.errors.push({ line, message: "'<script>' has no matching '</script>'." });
        const type = attributes.get('type');
        if (containerDepth > 0 || (type !== undefined && !SCRIPT_TYPES.test(type)))
            continue;
        scan.blocks.push({
            content: text.slice(contentStart, contentEnd),
            line: lineOf(text, contentStart),
            language: (0,file_kinds/* scriptBlockLanguage */.B)(attributes.get('lang')),
        });
    }
    return scan;
}
function readAttributes(source) {
    const attributes = new Map();
    script_blocks_ATTRIBUTE.lastIndex = 0;
    for (let match = script_blocks_ATTRIBUTE.exec(source); match !== null; match = script_blocks_ATTRIBUTE.exec(source)) {
        attributes.set(match[1].toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
    }
    return attributes;
}
/** Returns the 1-based line of `offset`, counting LF as `LineCounter` does. */
function lineOf(text, offset) {
    let line = 1;
    for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1))
        line++;
    return line;
}

// EXTERNAL MODULE: ./src/impact/scan/syntax-errors.ts
var syntax_errors = __webpack_require__(6743);
;// CONCATENATED MODULE: ./src/impact/scan/scanner-revision.ts
/**
 * Revision of the scanner's output. Scan caches store it with each entry
 * and discard entries written by another revision.
 *
 * Raise it with every change that can change the references or errors
 * found in some file. The revisions so far:
 * 1. tokens from TypeScript 5.9's scanner;
 * 2. tokens from the lexer in ./lexer;
 * 3. the scan stops after the last word that can start a reference
 *    (./reference-limit.ts), so errors past it are no longer reported;
 * 4. the `@jsxImportSource` pragma gives a reference.
 */
const SCANNER_REVISION = 4;

;// CONCATENATED MODULE: ./src/impact/scan/index.ts
/**
 * Finds the module references in one source file, for the module graph of
 * impact analysis. It reads tokens with the lexer in ./lexer, which reads
 * them as TypeScript's scanner does without loading the `typescript`
 * package. References are recognized in the tokens without building a
 * syntax tree. `bench/impact-scan/README.md` has the measurements behind
 * that choice.
 */





/**
 * Returns every module reference in the file at `path` with content `text`.
 *
 * `.ts .tsx .mts .cts .js .jsx .mjs .cjs` files are scanned whole. In `.vue`
 * and `.svelte` files the `<script>` blocks are scanned, with lines counted
 * in the whole file. Other files have no references. Bad syntax does not
 * throw: the result has what could be found, and `errors` lists the problems.
 */
function scanModuleReferences(path, text) {
    const fileKind = (0,file_kinds/* classifyPath */.q)(path);
    if (fileKind.kind === 'other')
        return { references: [], errors: [] };
    const errors = new syntax_errors/* SyntaxErrorList */.O();
    if (fileKind.kind === 'script') {
        const references = scanScript(text, fileKind.language, errors);
        return { references, errors: errors.format(path) };
    }
    const components = findScriptBlocks(text);
    for (const error of components.errors)
        errors.add(error.line, error.message);
    const references = [];
    for (const block of components.blocks)
        references.push(...scanScript(block.content, block.language, errors, block.line));
    return { references, errors: errors.format(path) };
}


/***/ }),

/***/ 8708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  qE: () => (/* reexport */ LanguageVariant),
  Lp: () => (/* reexport */ Scanner),
  a6: () => (/* reexport */ SyntaxKind),
  mp: () => (/* reexport */ getLeadingCommentRanges),
  MC: () => (/* reexport */ isLineBreak),
  GF: () => (/* reexport */ isWhiteSpaceSingleLine)
});

// UNUSED EXPORTS: LexerMessage

;// CONCATENATED MODULE: ./src/impact/scan/lexer/character-classes.ts
/**
 * Character classes of JavaScript and TypeScript source: line breaks,
 * white space, digits, and the Unicode identifier characters.
 *
 * Outside ASCII, identifier characters are Unicode's ID_Start and
 * ID_Continue as the running V8 defines them, through `\p{...}` in regular
 * expressions. TypeScript 5.9 carries its own tables of those properties,
 * so a character added to Unicode after one of the two versions is read
 * differently by them.
 */
/** Returns whether `code` ends a line: LF, CR, U+2028 or U+2029. */
function isLineBreak(code) {
    return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}
/**
 * Returns whether `code` is white space within a line, by TypeScript's list,
 * which adds U+0085, U+200B and the byte order mark to ECMAScript's.
 */
function isWhiteSpaceSingleLine(code) {
    return (code === 0x20 ||
        code === 0x09 ||
        code === 0x0b ||
        code === 0x0c ||
        code === 0xa0 ||
        code === 0x85 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200b) ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff);
}
function isWhiteSpaceLike(code) {
    return isWhiteSpaceSingleLine(code) || isLineBreak(code);
}
function isDigit(code) {
    return code >= 0x30 && code <= 0x39;
}
function isOctalDigit(code) {
    return code >= 0x30 && code <= 0x37;
}
function isHexDigit(code) {
    return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}
const ID_START = /\p{ID_Start}/u;
const ID_CONTINUE = /\p{ID_Continue}/u;
/**
 * Classes of the non-ASCII characters of the Basic Multilingual Plane that
 * were looked up: 0 not yet, 1 neither start nor part, 2 part only, 3 start
 * and part. Testing a regular expression for each character of a non-ASCII
 * name would dominate the time of such files.
 */
const BMP_CLASSES = new Uint8Array(0x10000);
const NOT_IDENTIFIER = 1;
const PART_ONLY = 2;
const START_AND_PART = 3;
function classifyNonAscii(code) {
    // A `\u{...}` escape can name a value past the last code point.
    if (code > 0x10ffff)
        return NOT_IDENTIFIER;
    if (code < 0x10000) {
        const cached = BMP_CLASSES[code];
        if (cached !== 0)
            return cached;
    }
    const character = String.fromCodePoint(code);
    let found = NOT_IDENTIFIER;
    if (ID_START.test(character))
        found = START_AND_PART;
    else if (ID_CONTINUE.test(character))
        found = PART_ONLY;
    if (code < 0x10000)
        BMP_CLASSES[code] = found;
    return found;
}
/** Returns whether the code point `code` can start an identifier: a letter, `$`, `_`, or Unicode ID_Start. */
function isIdentifierStart(code) {
    if (code < 0x80)
        return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x24 || code === 0x5f;
    return classifyNonAscii(code) === START_AND_PART;
}
/** Returns whether the code point `code` can continue an identifier: a start character, a digit, or Unicode ID_Continue. */
function isIdentifierPart(code) {
    if (code < 0x80) {
        return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0x5f;
    }
    return classifyNonAscii(code) !== NOT_IDENTIFIER;
}
/** Returns the code point at `offset`, joining a surrogate pair; -1 past the end. */
function codePointAt(text, offset) {
    const code = text.charCodeAt(offset);
    if (code >= 0xd800 && code <= 0xdbff) {
        const low = text.charCodeAt(offset + 1);
        if (low >= 0xdc00 && low <= 0xdfff)
            return (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
    return Number.isNaN(code) ? -1 : code;
}
/** Returns how many UTF-16 code units the code point `code` takes. */
function charSize(code) {
    return code >= 0x10000 ? 2 : 1;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/syntax-kind.ts
/**
 * The kinds of token the lexer returns. Members carry the names of their
 * `ts.SyntaxKind` counterparts in TypeScript 5.9, so code written against
 * TypeScript's scanner reads the same, but the numbers differ. Only the
 * order is a contract: punctuation lies between `FirstPunctuation` and
 * `LastPunctuation`, and keywords between `FirstKeyword` and `LastKeyword`.
 */
var SyntaxKind;
(function (SyntaxKind) {
    SyntaxKind[SyntaxKind["Unknown"] = 0] = "Unknown";
    SyntaxKind[SyntaxKind["EndOfFileToken"] = 1] = "EndOfFileToken";
    // Trivia. The scanner skips comments, so these kinds appear only in comment ranges.
    SyntaxKind[SyntaxKind["SingleLineCommentTrivia"] = 2] = "SingleLineCommentTrivia";
    SyntaxKind[SyntaxKind["MultiLineCommentTrivia"] = 3] = "MultiLineCommentTrivia";
    /** A merge conflict marker met inside JSX text by `scanJsxToken`. */
    SyntaxKind[SyntaxKind["ConflictMarkerTrivia"] = 4] = "ConflictMarkerTrivia";
    /** U+FFFD outside a literal or comment: TypeScript takes the file for binary, and the scan ends there. */
    SyntaxKind[SyntaxKind["NonTextFileMarkerTrivia"] = 5] = "NonTextFileMarkerTrivia";
    // Literals.
    SyntaxKind[SyntaxKind["NumericLiteral"] = 6] = "NumericLiteral";
    SyntaxKind[SyntaxKind["BigIntLiteral"] = 7] = "BigIntLiteral";
    SyntaxKind[SyntaxKind["StringLiteral"] = 8] = "StringLiteral";
    SyntaxKind[SyntaxKind["JsxText"] = 9] = "JsxText";
    SyntaxKind[SyntaxKind["JsxTextAllWhiteSpaces"] = 10] = "JsxTextAllWhiteSpaces";
    SyntaxKind[SyntaxKind["RegularExpressionLiteral"] = 11] = "RegularExpressionLiteral";
    SyntaxKind[SyntaxKind["NoSubstitutionTemplateLiteral"] = 12] = "NoSubstitutionTemplateLiteral";
    SyntaxKind[SyntaxKind["TemplateHead"] = 13] = "TemplateHead";
    SyntaxKind[SyntaxKind["TemplateMiddle"] = 14] = "TemplateMiddle";
    SyntaxKind[SyntaxKind["TemplateTail"] = 15] = "TemplateTail";
    // Punctuation.
    SyntaxKind[SyntaxKind["OpenBraceToken"] = 16] = "OpenBraceToken";
    SyntaxKind[SyntaxKind["CloseBraceToken"] = 17] = "CloseBraceToken";
    SyntaxKind[SyntaxKind["OpenParenToken"] = 18] = "OpenParenToken";
    SyntaxKind[SyntaxKind["CloseParenToken"] = 19] = "CloseParenToken";
    SyntaxKind[SyntaxKind["OpenBracketToken"] = 20] = "OpenBracketToken";
    SyntaxKind[SyntaxKind["CloseBracketToken"] = 21] = "CloseBracketToken";
    SyntaxKind[SyntaxKind["DotToken"] = 22] = "DotToken";
    SyntaxKind[SyntaxKind["DotDotDotToken"] = 23] = "DotDotDotToken";
    SyntaxKind[SyntaxKind["SemicolonToken"] = 24] = "SemicolonToken";
    SyntaxKind[SyntaxKind["CommaToken"] = 25] = "CommaToken";
    SyntaxKind[SyntaxKind["QuestionDotToken"] = 26] = "QuestionDotToken";
    SyntaxKind[SyntaxKind["LessThanToken"] = 27] = "LessThanToken";
    SyntaxKind[SyntaxKind["LessThanSlashToken"] = 28] = "LessThanSlashToken";
    SyntaxKind[SyntaxKind["GreaterThanToken"] = 29] = "GreaterThanToken";
    SyntaxKind[SyntaxKind["LessThanEqualsToken"] = 30] = "LessThanEqualsToken";
    SyntaxKind[SyntaxKind["GreaterThanEqualsToken"] = 31] = "GreaterThanEqualsToken";
    SyntaxKind[SyntaxKind["EqualsEqualsToken"] = 32] = "EqualsEqualsToken";
    SyntaxKind[SyntaxKind["ExclamationEqualsToken"] = 33] = "ExclamationEqualsToken";
    SyntaxKind[SyntaxKind["EqualsEqualsEqualsToken"] = 34] = "EqualsEqualsEqualsToken";
    SyntaxKind[SyntaxKind["ExclamationEqualsEqualsToken"] = 35] = "ExclamationEqualsEqualsToken";
    SyntaxKind[SyntaxKind["EqualsGreaterThanToken"] = 36] = "EqualsGreaterThanToken";
    SyntaxKind[SyntaxKind["PlusToken"] = 37] = "PlusToken";
    SyntaxKind[SyntaxKind["MinusToken"] = 38] = "MinusToken";
    SyntaxKind[SyntaxKind["AsteriskToken"] = 39] = "AsteriskToken";
    SyntaxKind[SyntaxKind["AsteriskAsteriskToken"] = 40] = "AsteriskAsteriskToken";
    SyntaxKind[SyntaxKind["SlashToken"] = 41] = "SlashToken";
    SyntaxKind[SyntaxKind["PercentToken"] = 42] = "PercentToken";
    SyntaxKind[SyntaxKind["PlusPlusToken"] = 43] = "PlusPlusToken";
    SyntaxKind[SyntaxKind["MinusMinusToken"] = 44] = "MinusMinusToken";
    SyntaxKind[SyntaxKind["LessThanLessThanToken"] = 45] = "LessThanLessThanToken";
    SyntaxKind[SyntaxKind["AmpersandToken"] = 46] = "AmpersandToken";
    SyntaxKind[SyntaxKind["BarToken"] = 47] = "BarToken";
    SyntaxKind[SyntaxKind["CaretToken"] = 48] = "CaretToken";
    SyntaxKind[SyntaxKind["ExclamationToken"] = 49] = "ExclamationToken";
    SyntaxKind[SyntaxKind["TildeToken"] = 50] = "TildeToken";
    SyntaxKind[SyntaxKind["AmpersandAmpersandToken"] = 51] = "AmpersandAmpersandToken";
    SyntaxKind[SyntaxKind["BarBarToken"] = 52] = "BarBarToken";
    SyntaxKind[SyntaxKind["QuestionToken"] = 53] = "QuestionToken";
    SyntaxKind[SyntaxKind["ColonToken"] = 54] = "ColonToken";
    SyntaxKind[SyntaxKind["AtToken"] = 55] = "AtToken";
    SyntaxKind[SyntaxKind["QuestionQuestionToken"] = 56] = "QuestionQuestionToken";
    SyntaxKind[SyntaxKind["EqualsToken"] = 57] = "EqualsToken";
    SyntaxKind[SyntaxKind["PlusEqualsToken"] = 58] = "PlusEqualsToken";
    SyntaxKind[SyntaxKind["MinusEqualsToken"] = 59] = "MinusEqualsToken";
    SyntaxKind[SyntaxKind["AsteriskEqualsToken"] = 60] = "AsteriskEqualsToken";
    SyntaxKind[SyntaxKind["AsteriskAsteriskEqualsToken"] = 61] = "AsteriskAsteriskEqualsToken";
    SyntaxKind[SyntaxKind["SlashEqualsToken"] = 62] = "SlashEqualsToken";
    SyntaxKind[SyntaxKind["PercentEqualsToken"] = 63] = "PercentEqualsToken";
    SyntaxKind[SyntaxKind["LessThanLessThanEqualsToken"] = 64] = "LessThanLessThanEqualsToken";
    SyntaxKind[SyntaxKind["AmpersandEqualsToken"] = 65] = "AmpersandEqualsToken";
    SyntaxKind[SyntaxKind["BarEqualsToken"] = 66] = "BarEqualsToken";
    SyntaxKind[SyntaxKind["BarBarEqualsToken"] = 67] = "BarBarEqualsToken";
    SyntaxKind[SyntaxKind["AmpersandAmpersandEqualsToken"] = 68] = "AmpersandAmpersandEqualsToken";
    SyntaxKind[SyntaxKind["QuestionQuestionEqualsToken"] = 69] = "QuestionQuestionEqualsToken";
    SyntaxKind[SyntaxKind["CaretEqualsToken"] = 70] = "CaretEqualsToken";
    // Names.
    SyntaxKind[SyntaxKind["Identifier"] = 71] = "Identifier";
    /** `#name`, and a lone `#`, which is also reported as an invalid character. */
    SyntaxKind[SyntaxKind["PrivateIdentifier"] = 72] = "PrivateIdentifier";
    // Keywords: every word that TypeScript's scanner returns as a keyword, reserved or contextual.
    SyntaxKind[SyntaxKind["BreakKeyword"] = 73] = "BreakKeyword";
    SyntaxKind[SyntaxKind["CaseKeyword"] = 74] = "CaseKeyword";
    SyntaxKind[SyntaxKind["CatchKeyword"] = 75] = "CatchKeyword";
    SyntaxKind[SyntaxKind["ClassKeyword"] = 76] = "ClassKeyword";
    SyntaxKind[SyntaxKind["ConstKeyword"] = 77] = "ConstKeyword";
    SyntaxKind[SyntaxKind["ContinueKeyword"] = 78] = "ContinueKeyword";
    SyntaxKind[SyntaxKind["DebuggerKeyword"] = 79] = "DebuggerKeyword";
    SyntaxKind[SyntaxKind["DefaultKeyword"] = 80] = "DefaultKeyword";
    SyntaxKind[SyntaxKind["DeleteKeyword"] = 81] = "DeleteKeyword";
    SyntaxKind[SyntaxKind["DoKeyword"] = 82] = "DoKeyword";
    SyntaxKind[SyntaxKind["ElseKeyword"] = 83] = "ElseKeyword";
    SyntaxKind[SyntaxKind["EnumKeyword"] = 84] = "EnumKeyword";
    SyntaxKind[SyntaxKind["ExportKeyword"] = 85] = "ExportKeyword";
    SyntaxKind[SyntaxKind["ExtendsKeyword"] = 86] = "ExtendsKeyword";
    SyntaxKind[SyntaxKind["FalseKeyword"] = 87] = "FalseKeyword";
    SyntaxKind[SyntaxKind["FinallyKeyword"] = 88] = "FinallyKeyword";
    SyntaxKind[SyntaxKind["ForKeyword"] = 89] = "ForKeyword";
    SyntaxKind[SyntaxKind["FunctionKeyword"] = 90] = "FunctionKeyword";
    SyntaxKind[SyntaxKind["IfKeyword"] = 91] = "IfKeyword";
    SyntaxKind[SyntaxKind["ImportKeyword"] = 92] = "ImportKeyword";
    SyntaxKind[SyntaxKind["InKeyword"] = 93] = "InKeyword";
    SyntaxKind[SyntaxKind["InstanceOfKeyword"] = 94] = "InstanceOfKeyword";
    SyntaxKind[SyntaxKind["NewKeyword"] = 95] = "NewKeyword";
    SyntaxKind[SyntaxKind["NullKeyword"] = 96] = "NullKeyword";
    SyntaxKind[SyntaxKind["ReturnKeyword"] = 97] = "ReturnKeyword";
    SyntaxKind[SyntaxKind["SuperKeyword"] = 98] = "SuperKeyword";
    SyntaxKind[SyntaxKind["SwitchKeyword"] = 99] = "SwitchKeyword";
    SyntaxKind[SyntaxKind["ThisKeyword"] = 100] = "ThisKeyword";
    SyntaxKind[SyntaxKind["ThrowKeyword"] = 101] = "ThrowKeyword";
    SyntaxKind[SyntaxKind["TrueKeyword"] = 102] = "TrueKeyword";
    SyntaxKind[SyntaxKind["TryKeyword"] = 103] = "TryKeyword";
    SyntaxKind[SyntaxKind["TypeOfKeyword"] = 104] = "TypeOfKeyword";
    SyntaxKind[SyntaxKind["VarKeyword"] = 105] = "VarKeyword";
    SyntaxKind[SyntaxKind["VoidKeyword"] = 106] = "VoidKeyword";
    SyntaxKind[SyntaxKind["WhileKeyword"] = 107] = "WhileKeyword";
    SyntaxKind[SyntaxKind["WithKeyword"] = 108] = "WithKeyword";
    SyntaxKind[SyntaxKind["ImplementsKeyword"] = 109] = "ImplementsKeyword";
    SyntaxKind[SyntaxKind["InterfaceKeyword"] = 110] = "InterfaceKeyword";
    SyntaxKind[SyntaxKind["LetKeyword"] = 111] = "LetKeyword";
    SyntaxKind[SyntaxKind["PackageKeyword"] = 112] = "PackageKeyword";
    SyntaxKind[SyntaxKind["PrivateKeyword"] = 113] = "PrivateKeyword";
    SyntaxKind[SyntaxKind["ProtectedKeyword"] = 114] = "ProtectedKeyword";
    SyntaxKind[SyntaxKind["PublicKeyword"] = 115] = "PublicKeyword";
    SyntaxKind[SyntaxKind["StaticKeyword"] = 116] = "StaticKeyword";
    SyntaxKind[SyntaxKind["YieldKeyword"] = 117] = "YieldKeyword";
    SyntaxKind[SyntaxKind["AbstractKeyword"] = 118] = "AbstractKeyword";
    SyntaxKind[SyntaxKind["AccessorKeyword"] = 119] = "AccessorKeyword";
    SyntaxKind[SyntaxKind["AsKeyword"] = 120] = "AsKeyword";
    SyntaxKind[SyntaxKind["AssertsKeyword"] = 121] = "AssertsKeyword";
    SyntaxKind[SyntaxKind["AssertKeyword"] = 122] = "AssertKeyword";
    SyntaxKind[SyntaxKind["AnyKeyword"] = 123] = "AnyKeyword";
    SyntaxKind[SyntaxKind["AsyncKeyword"] = 124] = "AsyncKeyword";
    SyntaxKind[SyntaxKind["AwaitKeyword"] = 125] = "AwaitKeyword";
    SyntaxKind[SyntaxKind["BooleanKeyword"] = 126] = "BooleanKeyword";
    SyntaxKind[SyntaxKind["ConstructorKeyword"] = 127] = "ConstructorKeyword";
    SyntaxKind[SyntaxKind["DeclareKeyword"] = 128] = "DeclareKeyword";
    SyntaxKind[SyntaxKind["GetKeyword"] = 129] = "GetKeyword";
    SyntaxKind[SyntaxKind["InferKeyword"] = 130] = "InferKeyword";
    SyntaxKind[SyntaxKind["IntrinsicKeyword"] = 131] = "IntrinsicKeyword";
    SyntaxKind[SyntaxKind["IsKeyword"] = 132] = "IsKeyword";
    SyntaxKind[SyntaxKind["KeyOfKeyword"] = 133] = "KeyOfKeyword";
    SyntaxKind[SyntaxKind["ModuleKeyword"] = 134] = "ModuleKeyword";
    SyntaxKind[SyntaxKind["NamespaceKeyword"] = 135] = "NamespaceKeyword";
    SyntaxKind[SyntaxKind["NeverKeyword"] = 136] = "NeverKeyword";
    SyntaxKind[SyntaxKind["OutKeyword"] = 137] = "OutKeyword";
    SyntaxKind[SyntaxKind["ReadonlyKeyword"] = 138] = "ReadonlyKeyword";
    SyntaxKind[SyntaxKind["RequireKeyword"] = 139] = "RequireKeyword";
    SyntaxKind[SyntaxKind["NumberKeyword"] = 140] = "NumberKeyword";
    SyntaxKind[SyntaxKind["ObjectKeyword"] = 141] = "ObjectKeyword";
    SyntaxKind[SyntaxKind["SatisfiesKeyword"] = 142] = "SatisfiesKeyword";
    SyntaxKind[SyntaxKind["SetKeyword"] = 143] = "SetKeyword";
    SyntaxKind[SyntaxKind["StringKeyword"] = 144] = "StringKeyword";
    SyntaxKind[SyntaxKind["SymbolKeyword"] = 145] = "SymbolKeyword";
    SyntaxKind[SyntaxKind["TypeKeyword"] = 146] = "TypeKeyword";
    SyntaxKind[SyntaxKind["UndefinedKeyword"] = 147] = "UndefinedKeyword";
    SyntaxKind[SyntaxKind["UniqueKeyword"] = 148] = "UniqueKeyword";
    SyntaxKind[SyntaxKind["UnknownKeyword"] = 149] = "UnknownKeyword";
    SyntaxKind[SyntaxKind["UsingKeyword"] = 150] = "UsingKeyword";
    SyntaxKind[SyntaxKind["FromKeyword"] = 151] = "FromKeyword";
    SyntaxKind[SyntaxKind["GlobalKeyword"] = 152] = "GlobalKeyword";
    SyntaxKind[SyntaxKind["BigIntKeyword"] = 153] = "BigIntKeyword";
    SyntaxKind[SyntaxKind["OverrideKeyword"] = 154] = "OverrideKeyword";
    SyntaxKind[SyntaxKind["OfKeyword"] = 155] = "OfKeyword";
    SyntaxKind[SyntaxKind["DeferKeyword"] = 156] = "DeferKeyword";
    /** No token: a marker for callers that treat a whole JSX element as one operand. */
    SyntaxKind[SyntaxKind["JsxElement"] = 157] = "JsxElement";
    SyntaxKind[SyntaxKind["FirstPunctuation"] = 16] = "FirstPunctuation";
    SyntaxKind[SyntaxKind["LastPunctuation"] = 70] = "LastPunctuation";
    SyntaxKind[SyntaxKind["FirstKeyword"] = 73] = "FirstKeyword";
    SyntaxKind[SyntaxKind["LastKeyword"] = 156] = "LastKeyword";
})(SyntaxKind || (SyntaxKind = {}));
/** Whether `<` may open a JSX element, which changes how `</` and JSX text are read. */
var LanguageVariant;
(function (LanguageVariant) {
    LanguageVariant[LanguageVariant["Standard"] = 0] = "Standard";
    LanguageVariant[LanguageVariant["JSX"] = 1] = "JSX";
})(LanguageVariant || (LanguageVariant = {}));

;// CONCATENATED MODULE: ./src/impact/scan/lexer/scanner-state.ts
/**
 * The mutable state that the lexer's scanning functions share: the text, the
 * read position, and the current token. `Scanner` extends it with the public
 * methods, and each file of this folder reads one kind of token into it.
 */

/**
 * The errors the lexer reports: only those after which tokens end somewhere
 * else than in valid code, and so can hide or invent a reference. The texts
 * are TypeScript's diagnostic messages 1002, 1010, 1127, 1160, 1161 and 1185.
 */
const LexerMessage = {
    UnterminatedString: 'Unterminated string literal.',
    UnterminatedComment: "'*/' expected.",
    InvalidCharacter: 'Invalid character.',
    UnterminatedTemplate: 'Unterminated template literal.',
    UnterminatedRegularExpression: 'Unterminated regular expression literal.',
    MergeConflictMarker: 'Merge conflict marker encountered.',
};
/** The fields are internal to this folder's files. Callers use `Scanner`'s methods. */
class ScannerState {
    text = '';
    /** Offset where scanning stops: the text's length. */
    end = 0;
    /** Read position: the end of the current token once it is scanned. */
    pos = 0;
    /** Offset of the current token's first character, after trivia. */
    tokenStart = 0;
    /** Offset where the current token's trivia began. */
    fullStart = 0;
    token = SyntaxKind.Unknown;
    /**
     * Value of the last identifier, keyword or literal read. Like TypeScript's
     * scanner, punctuation leaves the previous value in place.
     */
    tokenValue = '';
    languageVariant = LanguageVariant.Standard;
    onError = undefined;
    error(message) {
        this.onError?.(message, this.tokenStart);
    }
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/trivia.ts
/**
 * Text between tokens that the scanner skips: comments, a `#!` line at the
 * start of the text, and merge conflict markers.
 */


/** Length of a conflict marker such as `<<<<<<<`. */
const CONFLICT_MARKER_LENGTH = 7;
/** Returns the offset after the line comment starting at `start`, before its line break. */
function skipLineComment(text, start, end) {
    let pos = start + 2;
    while (pos < end && !isLineBreak(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/**
 * Returns the offset after the `*` `/` that closes the block comment starting
 * at `start`, or `end` when none does.
 */
function skipBlockComment(text, start, end) {
    const close = text.indexOf('*/', start + 2);
    return close === -1 || close + 2 > end ? end : close + 2;
}
/** Skips the block comment at `state.pos`, and reports it when it has no end. */
function scanBlockComment(state) {
    const close = state.text.indexOf('*/', state.pos + 2);
    if (close === -1 || close + 2 > state.end) {
        state.pos = state.end;
        state.error(LexerMessage.UnterminatedComment);
        return;
    }
    state.pos = close + 2;
}
/** Returns the offset after a `#!` line at offset 0, or 0 when the text does not start with one. */
function shebangEnd(text) {
    if (text.charCodeAt(0) !== 0x23 || text.charCodeAt(1) !== 0x21)
        return 0;
    let pos = 2;
    // `.` in TypeScript's /^#!.*/ stops at LF, CR, U+2028 and U+2029.
    while (pos < text.length && !isLineBreak(text.charCodeAt(pos)))
        pos++;
    return pos;
}
/**
 * Returns whether a merge conflict marker starts at `pos`: seven `<`, `=`,
 * `|` or `>` at the start of a line, followed by a space unless they are `=`.
 */
function isConflictMarker(text, pos) {
    if (pos !== 0 && !isLineBreak(text.charCodeAt(pos - 1)))
        return false;
    if (pos + CONFLICT_MARKER_LENGTH >= text.length)
        return false;
    const code = text.charCodeAt(pos);
    for (let i = 1; i < CONFLICT_MARKER_LENGTH; i++)
        if (text.charCodeAt(pos + i) !== code)
            return false;
    return code === 0x3d || text.charCodeAt(pos + CONFLICT_MARKER_LENGTH) === 0x20;
}
/**
 * Reports the conflict marker at `state.pos` and skips it. After `<<<<<<<`
 * or `>>>>>>>` the rest of the line is skipped. After `|||||||` or `=======`
 * everything up to the next `=======` or `>>>>>>>` marker is skipped, so only
 * the first side of a conflict is read as code.
 */
function scanConflictMarker(state) {
    state.error(LexerMessage.MergeConflictMarker);
    state.pos = conflictMarkerEnd(state.text, state.pos, state.end);
}
function conflictMarkerEnd(text, start, end) {
    const marker = text.charCodeAt(start);
    let pos = start;
    if (marker === 0x3c || marker === 0x3e) {
        while (pos < end && !isLineBreak(text.charCodeAt(pos)))
            pos++;
        return pos;
    }
    while (pos < end) {
        const code = text.charCodeAt(pos);
        if ((code === 0x3d || code === 0x3e) && code !== marker && isConflictMarker(text, pos))
            break;
        pos++;
    }
    return pos;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/comment-ranges.ts
/**
 * The comments before a token, in place of TypeScript's
 * `ts.getLeadingCommentRanges`, for readers of directives such as
 * `/// <reference types="node" />`.
 */



/**
 * Returns the comments in the white space and comments that start at
 * `pos`, up to the first token. As TypeScript 5.9 does, it collects from
 * offset 0, after a `#!` line, or else only after the first line break,
 * because comments on the line of the previous token trail that token.
 */
function getLeadingCommentRanges(text, pos) {
    const comments = [];
    let collecting = false;
    if (pos === 0) {
        collecting = true;
        pos = shebangEnd(text);
    }
    while (pos < text.length) {
        const code = text.charCodeAt(pos);
        if (code === 0x2f) {
            const next = text.charCodeAt(pos + 1);
            if (next !== 0x2f && next !== 0x2a)
                break;
            const line = next === 0x2f;
            const end = line ? skipLineComment(text, pos, text.length) : skipBlockComment(text, pos, text.length);
            if (collecting)
                comments.push({ kind: line ? SyntaxKind.SingleLineCommentTrivia : SyntaxKind.MultiLineCommentTrivia, pos, end });
            pos = end;
            continue;
        }
        if (!isWhiteSpaceLike(code))
            break;
        // Only LF and CR start collecting, while U+2028 and U+2029 are skipped as white space.
        if (code === 0x0a || code === 0x0d)
            collecting = true;
        pos++;
    }
    return comments;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/escapes.ts
/**
 * Escape sequences in string and template literals, and the `\u` escapes
 * that identifiers may contain.
 */

/** Largest Unicode code point, the limit of a `\u{...}` escape. */
const MAX_CODE_POINT = 0x10ffff;
/**
 * Reads the escape sequence whose `\` is at `state.pos` and returns the text
 * it stands for.
 *
 * `decodeInvalid` chooses what a legacy octal escape such as `\07` or a
 * `\8` returns. When true, as in strings, it is the character, and when
 * false, as in a template that TypeScript's `scan()` reads, it is the
 * escape's own text. A malformed `\x`, `\u` or `\u{...}` returns its text in
 * both cases, as TypeScript 5.9 does.
 */
function scanEscapeSequence(state, decodeInvalid) {
    const text = state.text;
    const start = state.pos;
    state.pos++;
    if (state.pos >= state.end)
        return '';
    const code = text.charCodeAt(state.pos);
    state.pos++;
    switch (code) {
        case 0x30: // 0
            if (state.pos >= state.end || !isDigit(text.charCodeAt(state.pos)))
                return '\0';
            return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
        case 0x31: // 1
        case 0x32: // 2
        case 0x33: // 3
            return scanLegacyOctalEscape(state, start, 2, decodeInvalid);
        case 0x34: // 4
        case 0x35: // 5
        case 0x36: // 6
        case 0x37: // 7
            return scanLegacyOctalEscape(state, start, 1, decodeInvalid);
        case 0x38: // 8
        case 0x39: // 9
            return decodeInvalid ? String.fromCharCode(code) : text.substring(start, state.pos);
        case 0x62: // b
            return '\b';
        case 0x74: // t
            return '\t';
        case 0x6e: // n
            return '\n';
        case 0x76: // v
            return '\v';
        case 0x66: // f
            return '\f';
        case 0x72: // r
            return '\r';
        case 0x27: // '
            return "'";
        case 0x22: // "
            return '"';
        case 0x75: // u
            if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7b) {
                state.pos = start;
                return scanExtendedUnicodeEscape(state);
            }
            return scanFixedHexEscape(state, start, 6);
        case 0x78: // x
            return scanFixedHexEscape(state, start, 4);
        case 0x0d: // CR; a line continuation stands for nothing
            if (state.pos < state.end && text.charCodeAt(state.pos) === 0x0a)
                state.pos++;
            return '';
        case 0x0a:
        case 0x2028:
        case 0x2029:
            return '';
        default:
            return String.fromCharCode(code);
    }
}
/**
 * Reads up to `moreDigits` further octal digits of an escape such as `\17`
 * or `\177`, whose first digit is read.
 */
function scanLegacyOctalEscape(state, start, moreDigits, decodeInvalid) {
    for (let i = 0; i < moreDigits && state.pos < state.end && isOctalDigit(state.text.charCodeAt(state.pos)); i++)
        state.pos++;
    const escape = state.text.substring(start, state.pos);
    return decodeInvalid ? String.fromCharCode(parseInt(escape.slice(1), 8)) : escape;
}
/** Reads `\xHH` or `\uHHHH`, which ends at `start + length`; a short one returns its text up to the first non-hex digit. */
function scanFixedHexEscape(state, start, length) {
    const text = state.text;
    for (; state.pos < start + length; state.pos++) {
        if (!(state.pos < state.end && isHexDigit(text.charCodeAt(state.pos))))
            return text.substring(start, state.pos);
    }
    return String.fromCharCode(parseInt(text.substring(start + 2, state.pos), 16));
}
/**
 * Reads `\u{...}` at `state.pos` and returns its character, or its text when
 * it has no digits, exceeds U+10FFFF or lacks its `}`.
 */
function scanExtendedUnicodeEscape(state) {
    const text = state.text;
    const start = state.pos;
    state.pos += 3;
    const digitsStart = state.pos;
    while (state.pos < state.end && isHexDigit(text.charCodeAt(state.pos)))
        state.pos++;
    const value = state.pos > digitsStart ? parseInt(text.substring(digitsStart, state.pos), 16) : -1;
    let valid = value >= 0 && value <= MAX_CODE_POINT;
    if (state.pos < state.end && text.charCodeAt(state.pos) === 0x7d)
        state.pos++;
    else
        valid = false;
    return valid ? String.fromCodePoint(value) : text.substring(start, state.pos);
}
/**
 * Returns the code point of a `\u{...}` escape at `offset`, or -1 when none
 * with at least one hex digit starts there. The `}` is not checked.
 */
function peekExtendedUnicodeEscape(state, offset) {
    const text = state.text;
    if (text.charCodeAt(offset + 1) !== 0x75 || text.charCodeAt(offset + 2) !== 0x7b)
        return -1;
    let end = offset + 3;
    while (end < state.end && isHexDigit(text.charCodeAt(end)))
        end++;
    return end > offset + 3 ? parseInt(text.substring(offset + 3, end), 16) : -1;
}
/** Returns the code unit of a `\uHHHH` escape at `offset`, or -1 when none starts there. */
function peekUnicodeEscape(state, offset) {
    const text = state.text;
    if (offset + 5 >= state.end || text.charCodeAt(offset + 1) !== 0x75)
        return -1;
    for (let i = offset + 2; i < offset + 6; i++)
        if (!isHexDigit(text.charCodeAt(i)))
            return -1;
    return parseInt(text.substring(offset + 2, offset + 6), 16);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/keywords.ts
/**
 * The words that the lexer returns as keywords: the list of TypeScript 5.9's
 * scanner, which includes contextual words such as `type`, `from` and
 * `require`. Whether a keyword is used as a name is the caller's decision.
 */

const KEYWORDS = new Map([
    ['abstract', SyntaxKind.AbstractKeyword],
    ['accessor', SyntaxKind.AccessorKeyword],
    ['any', SyntaxKind.AnyKeyword],
    ['as', SyntaxKind.AsKeyword],
    ['asserts', SyntaxKind.AssertsKeyword],
    ['assert', SyntaxKind.AssertKeyword],
    ['async', SyntaxKind.AsyncKeyword],
    ['await', SyntaxKind.AwaitKeyword],
    ['bigint', SyntaxKind.BigIntKeyword],
    ['boolean', SyntaxKind.BooleanKeyword],
    ['break', SyntaxKind.BreakKeyword],
    ['case', SyntaxKind.CaseKeyword],
    ['catch', SyntaxKind.CatchKeyword],
    ['class', SyntaxKind.ClassKeyword],
    ['const', SyntaxKind.ConstKeyword],
    ['constructor', SyntaxKind.ConstructorKeyword],
    ['continue', SyntaxKind.ContinueKeyword],
    ['debugger', SyntaxKind.DebuggerKeyword],
    ['declare', SyntaxKind.DeclareKeyword],
    ['default', SyntaxKind.DefaultKeyword],
    ['defer', SyntaxKind.DeferKeyword],
    ['delete', SyntaxKind.DeleteKeyword],
    ['do', SyntaxKind.DoKeyword],
    ['else', SyntaxKind.ElseKeyword],
    ['enum', SyntaxKind.EnumKeyword],
    ['export', SyntaxKind.ExportKeyword],
    ['extends', SyntaxKind.ExtendsKeyword],
    ['false', SyntaxKind.FalseKeyword],
    ['finally', SyntaxKind.FinallyKeyword],
    ['for', SyntaxKind.ForKeyword],
    ['from', SyntaxKind.FromKeyword],
    ['function', SyntaxKind.FunctionKeyword],
    ['get', SyntaxKind.GetKeyword],
    ['global', SyntaxKind.GlobalKeyword],
    ['if', SyntaxKind.IfKeyword],
    ['implements', SyntaxKind.ImplementsKeyword],
    ['import', SyntaxKind.ImportKeyword],
    ['in', SyntaxKind.InKeyword],
    ['infer', SyntaxKind.InferKeyword],
    ['instanceof', SyntaxKind.InstanceOfKeyword],
    ['interface', SyntaxKind.InterfaceKeyword],
    ['intrinsic', SyntaxKind.IntrinsicKeyword],
    ['is', SyntaxKind.IsKeyword],
    ['keyof', SyntaxKind.KeyOfKeyword],
    ['let', SyntaxKind.LetKeyword],
    ['module', SyntaxKind.ModuleKeyword],
    ['namespace', SyntaxKind.NamespaceKeyword],
    ['never', SyntaxKind.NeverKeyword],
    ['new', SyntaxKind.NewKeyword],
    ['null', SyntaxKind.NullKeyword],
    ['number', SyntaxKind.NumberKeyword],
    ['object', SyntaxKind.ObjectKeyword],
    ['of', SyntaxKind.OfKeyword],
    ['out', SyntaxKind.OutKeyword],
    ['override', SyntaxKind.OverrideKeyword],
    ['package', SyntaxKind.PackageKeyword],
    ['private', SyntaxKind.PrivateKeyword],
    ['protected', SyntaxKind.ProtectedKeyword],
    ['public', SyntaxKind.PublicKeyword],
    ['readonly', SyntaxKind.ReadonlyKeyword],
    ['require', SyntaxKind.RequireKeyword],
    ['return', SyntaxKind.ReturnKeyword],
    ['satisfies', SyntaxKind.SatisfiesKeyword],
    ['set', SyntaxKind.SetKeyword],
    ['static', SyntaxKind.StaticKeyword],
    ['string', SyntaxKind.StringKeyword],
    ['super', SyntaxKind.SuperKeyword],
    ['switch', SyntaxKind.SwitchKeyword],
    ['symbol', SyntaxKind.SymbolKeyword],
    ['this', SyntaxKind.ThisKeyword],
    ['throw', SyntaxKind.ThrowKeyword],
    ['true', SyntaxKind.TrueKeyword],
    ['try', SyntaxKind.TryKeyword],
    ['type', SyntaxKind.TypeKeyword],
    ['typeof', SyntaxKind.TypeOfKeyword],
    ['undefined', SyntaxKind.UndefinedKeyword],
    ['unique', SyntaxKind.UniqueKeyword],
    ['unknown', SyntaxKind.UnknownKeyword],
    ['using', SyntaxKind.UsingKeyword],
    ['var', SyntaxKind.VarKeyword],
    ['void', SyntaxKind.VoidKeyword],
    ['while', SyntaxKind.WhileKeyword],
    ['with', SyntaxKind.WithKeyword],
    ['yield', SyntaxKind.YieldKeyword],
]);
/** Lengths of the shortest and longest keyword, so most identifiers skip the map. */
const MIN_KEYWORD_LENGTH = 2;
const MAX_KEYWORD_LENGTH = 11;
/**
 * Returns the keyword kind of `name`, or `Identifier`. The name is the
 * identifier's value with escapes decoded, so `\u0069f` is `if`, as in
 * TypeScript's scanner.
 */
function identifierOrKeyword(name) {
    const length = name.length;
    if (length < MIN_KEYWORD_LENGTH || length > MAX_KEYWORD_LENGTH)
        return SyntaxKind.Identifier;
    const first = name.charCodeAt(0);
    // Every keyword starts with a lowercase ASCII letter.
    if (first < 0x61 || first > 0x7a)
        return SyntaxKind.Identifier;
    return KEYWORDS.get(name) ?? SyntaxKind.Identifier;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/identifiers.ts
/**
 * Identifiers, keywords and private names (`#name`), including names
 * written with `\u0061` or `\u{61}` escapes.
 */





const BACKSLASH = 0x5c;
/**
 * Reads the rest of an identifier whose first code point `first` is at
 * `state.pos` and passed `isIdentifierStart`, and returns its kind. The value
 * is the text from the token start, so that a private name keeps its `#`.
 */
function scanIdentifier(state, first) {
    const text = state.text;
    const end = state.end;
    let pos = state.pos + charSize(first);
    let code = first;
    while (pos < end) {
        code = text.charCodeAt(pos);
        if (code < 0x80) {
            if (!isAsciiIdentifierPart(code))
                break;
            pos++;
            continue;
        }
        code = codePointAt(text, pos);
        if (!isIdentifierPart(code))
            break;
        pos += charSize(code);
    }
    state.pos = pos;
    state.tokenValue = text.substring(state.tokenStart, pos);
    if (code === BACKSLASH && pos < end)
        state.tokenValue += scanIdentifierParts(state);
    return identifierOrKeyword(state.tokenValue);
}
function isAsciiIdentifierPart(code) {
    return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x24 || code === 0x5f;
}
/**
 * Reads identifier characters and escapes that stand for them from
 * `state.pos`, and returns their value. It stops at anything else, including
 * an escape of a character that cannot be part of an identifier.
 */
function scanIdentifierParts(state) {
    const text = state.text;
    let result = '';
    let chunkStart = state.pos;
    while (state.pos < state.end) {
        const code = codePointAt(text, state.pos);
        if (isIdentifierPart(code)) {
            state.pos += charSize(code);
            continue;
        }
        if (code !== BACKSLASH)
            break;
        const escaped = readIdentifierEscape(state);
        if (escaped === undefined)
            break;
        result += text.substring(chunkStart, escaped.start) + escaped.value;
        chunkStart = state.pos;
    }
    return result + text.substring(chunkStart, state.pos);
}
/**
 * Reads the `\u` escape at `state.pos` when it stands for an identifier
 * part, and returns its offset and value. Otherwise it returns undefined
 * and leaves the position.
 */
function readIdentifierEscape(state) {
    const start = state.pos;
    const extended = peekExtendedUnicodeEscape(state, start);
    if (extended >= 0 && isIdentifierPart(extended))
        return { start, value: scanExtendedUnicodeEscape(state) };
    const unit = peekUnicodeEscape(state, start);
    if (!(unit >= 0 && isIdentifierPart(unit)))
        return undefined;
    state.pos += 6;
    return { start, value: String.fromCharCode(unit) };
}
/**
 * Reads a name that starts with an escape after `prefix`, which is '' or
 * the `#` of a private name, with `state.pos` at the `\`. Returns the name's
 * value, or undefined, leaving the position, when the escape does not
 * stand for an identifier start.
 */
function scanEscapedIdentifier(state, prefix) {
    const start = state.pos;
    const extended = peekExtendedUnicodeEscape(state, start);
    if (extended >= 0 && isIdentifierStart(extended))
        return prefix + scanExtendedUnicodeEscape(state) + scanIdentifierParts(state);
    const unit = peekUnicodeEscape(state, start);
    if (!(unit >= 0 && isIdentifierStart(unit)))
        return undefined;
    state.pos += 6;
    return prefix + String.fromCharCode(unit) + scanIdentifierParts(state);
}
/** Reads a `\` that starts an identifier, or reports it as an invalid character. */
function scanBackslash(state) {
    const name = scanEscapedIdentifier(state, '');
    if (name !== undefined) {
        state.tokenValue = name;
        return identifierOrKeyword(name);
    }
    state.error(LexerMessage.InvalidCharacter);
    state.pos++;
    return SyntaxKind.Unknown;
}
/**
 * Reads `#name` with `state.pos` at the `#`. A `#` before anything but a
 * name is reported as an invalid character and still returned as a private
 * name with the value `#`, as TypeScript's scanner does.
 */
function scanPrivateName(state) {
    const text = state.text;
    const afterHash = codePointAt(text, state.pos + 1);
    if (afterHash === BACKSLASH) {
        state.pos++;
        const name = scanEscapedIdentifier(state, '#');
        if (name !== undefined) {
            state.tokenValue = name;
            return SyntaxKind.PrivateIdentifier;
        }
        state.pos--;
    }
    if (isIdentifierStart(afterHash)) {
        state.pos++;
        scanIdentifier(state, afterHash);
    }
    else {
        state.tokenValue = '#';
        state.error(LexerMessage.InvalidCharacter);
        state.pos++;
    }
    return SyntaxKind.PrivateIdentifier;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/jsx.ts
/**
 * The tokens of JSX that differ from code: text between tags, and names
 * with `-` such as `data-id`. The caller knows when it is inside an element
 * and calls these instead of `scan()`.
 */





/**
 * Reads one token of an element's children from `state.pos`: `<`, `</`, `{`,
 * or text up to the next of those. Quotes, apostrophes and backticks in the
 * text are plain characters. The text's value is its raw text. Its kind is
 * `JsxTextAllWhiteSpaces` when it is white space that contains a line break.
 *
 * A conflict marker inside the text is reported at the start of the text,
 * skipped, and returned as `ConflictMarkerTrivia`. A `<` that starts the
 * token is never taken for a marker, as in TypeScript's scanner.
 */
function scanJsxToken(state) {
    const text = state.text;
    state.fullStart = state.tokenStart = state.pos;
    if (state.pos >= state.end)
        return SyntaxKind.EndOfFileToken;
    const first = text.charCodeAt(state.pos);
    if (first === 0x3c) {
        if (text.charCodeAt(state.pos + 1) === 0x2f) {
            state.pos += 2;
            return SyntaxKind.LessThanSlashToken;
        }
        state.pos++;
        return SyntaxKind.LessThanToken;
    }
    if (first === 0x7b) {
        state.pos++;
        return SyntaxKind.OpenBraceToken;
    }
    // -1 once a line break came before any other character, meaning all white space so far, spanning lines.
    let firstNonWhiteSpace = 0;
    let pos = state.pos;
    while (pos < state.end) {
        const code = text.charCodeAt(pos);
        if (code === 0x7b)
            break;
        if (code === 0x3c) {
            if (isConflictMarker(text, pos)) {
                state.pos = pos;
                scanConflictMarker(state);
                return SyntaxKind.ConflictMarkerTrivia;
            }
            break;
        }
        if (isLineBreak(code) && firstNonWhiteSpace === 0)
            firstNonWhiteSpace = -1;
        else if (!isWhiteSpaceLike(code))
            firstNonWhiteSpace = pos;
        pos++;
    }
    state.pos = pos;
    state.tokenValue = text.substring(state.fullStart, state.pos);
    return firstNonWhiteSpace === -1 ? SyntaxKind.JsxTextAllWhiteSpaces : SyntaxKind.JsxText;
}
/**
 * Extends the identifier or keyword just scanned with `-` and further
 * identifier characters, as in `data-id` or `aria-label`, and returns its
 * kind, which is `Identifier` unless the whole name is a keyword.
 */
function extendJsxIdentifier(state) {
    while (state.pos < state.end) {
        if (state.text.charCodeAt(state.pos) === 0x2d) {
            state.tokenValue += '-';
            state.pos++;
            continue;
        }
        const before = state.pos;
        state.tokenValue += scanIdentifierParts(state);
        if (state.pos === before)
            break;
    }
    return identifierOrKeyword(state.tokenValue);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/numbers.ts
/**
 * Numeric literals: decimal with fraction and exponent, `0x`, `0o` and `0b`
 * forms, numeric separators (`1_000`), BigInt (`10n`), and the legacy octal
 * (`0755`) and leading-zero decimal (`089`) forms of sloppy-mode scripts.
 *
 * Token boundaries follow TypeScript 5.9's scanner, malformed literals
 * included. The value is the number in decimal, as TypeScript gives it,
 * which keeps the hexadecimal digits of a `0x` BigInt.
 */



const UNDERSCORE = 0x5f;
const LOWERCASE_N = 0x6e;
/**
 * Reads a numeric literal at `state.pos`, which is at a digit, or at a `.`
 * before a digit.
 */
function scanNumber(state) {
    const text = state.text;
    const next = text.charCodeAt(state.pos + 1) | 0x20;
    if (text.charCodeAt(state.pos) === 0x30 && state.pos + 2 < state.end) {
        if (next === 0x78)
            return scanRadixNumber(state, 16); // x
        if (next === 0x62)
            return scanRadixNumber(state, 2); // b
        if (next === 0x6f)
            return scanRadixNumber(state, 8); // o
    }
    return scanDecimalNumber(state);
}
/** Reads `0x`, `0b` or `0o` and its digits, and a BigInt `n` after them. */
function scanRadixNumber(state, radix) {
    state.pos += 2;
    let digits = scanDigitsWithSeparators(state, radix);
    if (digits === '')
        digits = '0';
    if (state.text.charCodeAt(state.pos) === LOWERCASE_N) {
        state.pos++;
        // TypeScript keeps hexadecimal digits in a BigInt's value and converts binary and octal ones.
        state.tokenValue = radix === 16 ? `0x${digits.toLowerCase()}n` : `${BigInt(`0${radix === 2 ? 'b' : 'o'}${digits}`)}n`;
        return SyntaxKind.BigIntLiteral;
    }
    state.tokenValue = String(parseInt(digits, radix));
    return SyntaxKind.NumericLiteral;
}
/**
 * Reads digits of `radix` and the separators between them, and returns the
 * digits without separators. A separator in a wrong place is skipped, as in
 * TypeScript, which reports it but keeps it in the token.
 */
function scanDigitsWithSeparators(state, radix) {
    const text = state.text;
    let digits = '';
    let chunkStart = state.pos;
    for (;;) {
        const code = text.charCodeAt(state.pos);
        if (code === UNDERSCORE) {
            digits += text.substring(chunkStart, state.pos);
            state.pos++;
            chunkStart = state.pos;
            continue;
        }
        if (!isDigitOfRadix(code, radix))
            break;
        state.pos++;
    }
    return digits + text.substring(chunkStart, state.pos);
}
function isDigitOfRadix(code, radix) {
    if (radix === 16)
        return isHexDigit(code);
    if (radix === 8)
        return isOctalDigit(code);
    if (radix === 2)
        return code === 0x30 || code === 0x31;
    return isDigit(code);
}
/** Reads a decimal literal, or a legacy octal one such as `0755`. */
function scanDecimalNumber(state) {
    const text = state.text;
    const start = state.pos;
    let integer;
    if (text.charCodeAt(start) === 0x30 && text.charCodeAt(start + 1) !== UNDERSCORE) {
        const digitsEnd = skipDigits(state, start + 1);
        if (digitsEnd > start + 1) {
            state.pos = digitsEnd;
            if (allOctal(text, start + 1, digitsEnd)) {
                // A legacy octal literal ends after its digits: `0755.5` is `0755` and `.5`.
                state.tokenValue = String(parseInt(text.substring(start + 1, digitsEnd), 8));
                return SyntaxKind.NumericLiteral;
            }
            // A leading-zero decimal such as `089` takes no separators in its integer part.
            integer = text.substring(start, digitsEnd);
        }
    }
    const leadingZero = integer !== undefined;
    integer ??= scanDigitsWithSeparators(state, 10);
    let fraction;
    if (text.charCodeAt(state.pos) === 0x2e) {
        state.pos++;
        fraction = scanDigitsWithSeparators(state, 10);
    }
    let exponent = '';
    let scientific = false;
    const code = text.charCodeAt(state.pos);
    if (code === 0x45 || code === 0x65) {
        scientific = true;
        exponent = scanExponent(state);
    }
    if (integer === '')
        integer = '0';
    if (leadingZero || fraction !== undefined || scientific) {
        // TypeScript checks for a name after the literal except after a leading-zero decimal.
        if (!leadingZero)
            stopBeforeFollowingIdentifier(state);
        state.tokenValue = String(Number(`${integer}${fraction === undefined ? '' : `.${fraction}`}${exponent}`));
        return SyntaxKind.NumericLiteral;
    }
    let kind = SyntaxKind.NumericLiteral;
    state.tokenValue = String(Number(integer));
    if (text.charCodeAt(state.pos) === LOWERCASE_N) {
        state.pos++;
        state.tokenValue = `${integer}n`;
        kind = SyntaxKind.BigIntLiteral;
    }
    stopBeforeFollowingIdentifier(state);
    return kind;
}
function skipDigits(state, from) {
    let pos = from;
    while (pos < state.end && isDigit(state.text.charCodeAt(pos)))
        pos++;
    return pos;
}
function allOctal(text, from, to) {
    for (let i = from; i < to; i++)
        if (!isOctalDigit(text.charCodeAt(i)))
            return false;
    return true;
}
/**
 * Reads `e`, an optional sign and the exponent's digits, and returns them
 * for the value, or '' when no digit follows. The token then still ends
 * after the `e` and sign.
 */
function scanExponent(state) {
    const text = state.text;
    const start = state.pos;
    state.pos++;
    const sign = text.charCodeAt(state.pos);
    if (sign === 0x2b || sign === 0x2d)
        state.pos++;
    const signEnd = state.pos;
    const digits = scanDigitsWithSeparators(state, 10);
    return digits === '' ? '' : text.substring(start, signEnd) + digits;
}
/**
 * Handles a name right after a literal, as in `3in` or `1.5n`: a name that
 * is just `n` stays in the literal as an invalid BigInt suffix, and any
 * other name becomes the next token.
 */
function stopBeforeFollowingIdentifier(state) {
    if (!isIdentifierStart(codePointAt(state.text, state.pos)))
        return;
    const nameStart = state.pos;
    if (scanIdentifierParts(state) !== 'n')
        state.pos = nameStart;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/punctuation.ts

/**
 * Reads the punctuation token at `state.pos`, whose first code unit is
 * `code`, and returns its kind, or undefined when `code` starts no
 * punctuation. Comments, numbers starting with `.`, and conflict markers are
 * the caller's to rule out first.
 */
function scanPunctuation(state, code) {
    const text = state.text;
    const pos = state.pos;
    const next = text.charCodeAt(pos + 1);
    switch (code) {
        case 0x7b: // {
            return advance(state, 1, SyntaxKind.OpenBraceToken);
        case 0x7d: // }
            return advance(state, 1, SyntaxKind.CloseBraceToken);
        case 0x28: // (
            return advance(state, 1, SyntaxKind.OpenParenToken);
        case 0x29: // )
            return advance(state, 1, SyntaxKind.CloseParenToken);
        case 0x5b: // [
            return advance(state, 1, SyntaxKind.OpenBracketToken);
        case 0x5d: // ]
            return advance(state, 1, SyntaxKind.CloseBracketToken);
        case 0x3b: // ;
            return advance(state, 1, SyntaxKind.SemicolonToken);
        case 0x2c: // ,
            return advance(state, 1, SyntaxKind.CommaToken);
        case 0x3a: // :
            return advance(state, 1, SyntaxKind.ColonToken);
        case 0x7e: // ~
            return advance(state, 1, SyntaxKind.TildeToken);
        case 0x40: // @
            return advance(state, 1, SyntaxKind.AtToken);
        case 0x3e: // >
            return advance(state, 1, SyntaxKind.GreaterThanToken);
        case 0x2e: // .
            if (next === 0x2e && text.charCodeAt(pos + 2) === 0x2e)
                return advance(state, 3, SyntaxKind.DotDotDotToken);
            return advance(state, 1, SyntaxKind.DotToken);
        case 0x21: // !
            if (next !== 0x3d)
                return advance(state, 1, SyntaxKind.ExclamationToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.ExclamationEqualsEqualsToken);
            return advance(state, 2, SyntaxKind.ExclamationEqualsToken);
        case 0x3d: // =
            if (next === 0x3e)
                return advance(state, 2, SyntaxKind.EqualsGreaterThanToken);
            if (next !== 0x3d)
                return advance(state, 1, SyntaxKind.EqualsToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.EqualsEqualsEqualsToken);
            return advance(state, 2, SyntaxKind.EqualsEqualsToken);
        case 0x2b: // +
            if (next === 0x2b)
                return advance(state, 2, SyntaxKind.PlusPlusToken);
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.PlusEqualsToken);
            return advance(state, 1, SyntaxKind.PlusToken);
        case 0x2d: // -
            if (next === 0x2d)
                return advance(state, 2, SyntaxKind.MinusMinusToken);
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.MinusEqualsToken);
            return advance(state, 1, SyntaxKind.MinusToken);
        case 0x2a: // *
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.AsteriskEqualsToken);
            if (next !== 0x2a)
                return advance(state, 1, SyntaxKind.AsteriskToken);
            if (text.charCodeAt(pos + 2) === 0x3d)
                return advance(state, 3, SyntaxKind.AsteriskAsteriskEqualsToken);
            return advance(state, 2, SyntaxKind.AsteriskAsteriskToken);
        case 0x2f: // /
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.SlashEqualsToken);
            return advance(state, 1, SyntaxKind.SlashToken);
        case 0x25: // %
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.PercentEqualsToken);
            return advance(state, 1, SyntaxKind.PercentToken);
        case 0x5e: // ^
            if (next === 0x3d)
                return advance(state, 2, SyntaxKind.CaretEqualsToken);
            return advance(state, 1, SyntaxKind.CaretToken);
        case 0x26: // &
            return scanDoubled(state, next, SyntaxKind.AmpersandToken, SyntaxKind.AmpersandEqualsToken, SyntaxKind.AmpersandAmpersandToken, SyntaxKind.AmpersandAmpersandEqualsToken);
        case 0x7c: // |
            return scanDoubled(state, next, SyntaxKind.BarToken, SyntaxKind.BarEqualsToken, SyntaxKind.BarBarToken, SyntaxKind.BarBarEqualsToken);
        case 0x3f: // ?
            return scanQuestion(state, next);
        case 0x3c: // <
            return scanLessThan(state, next);
        default:
            return undefined;
    }
}
function advance(state, length, kind) {
    state.pos += length;
    return kind;
}
/** Reads `&`, `&=`, `&&` or `&&=`, or the same forms of `|`. */
function scanDoubled(state, next, single, assign, double, doubleAssign) {
    const code = state.text.charCodeAt(state.pos);
    if (next === code) {
        if (state.text.charCodeAt(state.pos + 2) === 0x3d)
            return advance(state, 3, doubleAssign);
        return advance(state, 2, double);
    }
    if (next === 0x3d)
        return advance(state, 2, assign);
    return advance(state, 1, single);
}
/** Reads `?`, `?.`, `??` or `??=`. In `a?.5:b`, `?.5` is `?` before a number. */
function scanQuestion(state, next) {
    const afterNext = state.text.charCodeAt(state.pos + 2);
    if (next === 0x2e && !(afterNext >= 0x30 && afterNext <= 0x39))
        return advance(state, 2, SyntaxKind.QuestionDotToken);
    if (next === 0x3f) {
        if (afterNext === 0x3d)
            return advance(state, 3, SyntaxKind.QuestionQuestionEqualsToken);
        return advance(state, 2, SyntaxKind.QuestionQuestionToken);
    }
    return advance(state, 1, SyntaxKind.QuestionToken);
}
/** Reads `<`, `<<`, `<<=`, `<=`, or in JSX `</` unless a comment follows the slash. */
function scanLessThan(state, next) {
    const afterNext = state.text.charCodeAt(state.pos + 2);
    if (next === 0x3c) {
        if (afterNext === 0x3d)
            return advance(state, 3, SyntaxKind.LessThanLessThanEqualsToken);
        return advance(state, 2, SyntaxKind.LessThanLessThanToken);
    }
    if (next === 0x3d)
        return advance(state, 2, SyntaxKind.LessThanEqualsToken);
    if (state.languageVariant === LanguageVariant.JSX && next === 0x2f && afterNext !== 0x2a) {
        return advance(state, 2, SyntaxKind.LessThanSlashToken);
    }
    return advance(state, 1, SyntaxKind.LessThanToken);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/regular-expressions.ts
/**
 * Regular expression literals, which the scanner first reads as `/` or `/=`
 * because only the caller knows whether an expression can start there.
 */


/**
 * Reads the regular expression whose `/` is at `state.tokenStart`: the body
 * up to a `/` outside a character class and not escaped, then the flags.
 * Flags are read as identifier characters, so `/x/v`, `/x/dgimsuy` and
 * invalid flags all end the token in the same place. No line break may
 * occur in the body. An unterminated one is reported, and ends where
 * TypeScript 5.9 ends it (see `unterminatedBodyEnd`).
 */
function scanRegularExpression(state) {
    const text = state.text;
    const bodyStart = state.tokenStart + 1;
    let pos = bodyStart;
    let inEscape = false;
    let inClass = false;
    let terminated = false;
    while (pos < state.end) {
        const code = text.charCodeAt(pos);
        if (isLineBreak(code))
            break;
        if (inEscape)
            inEscape = false;
        else if (code === 0x2f && !inClass) {
            terminated = true;
            break;
        }
        else if (code === 0x5b)
            inClass = true;
        else if (code === 0x5c)
            inEscape = true;
        // Classes do not nest here: in `/[[a]/]/v` the first `]` ends the class, as in TypeScript's scanner.
        else if (code === 0x5d)
            inClass = false;
        pos++;
    }
    if (terminated) {
        pos++;
        while (pos < state.end) {
            const code = codePointAt(text, pos);
            if (!isIdentifierPart(code))
                break;
            pos += charSize(code);
        }
        state.pos = pos;
    }
    else {
        state.pos = unterminatedBodyEnd(text, bodyStart, pos);
        state.error(LexerMessage.UnterminatedRegularExpression);
    }
    state.tokenValue = text.substring(state.tokenStart, state.pos);
}
/**
 * Returns where an unterminated regular expression ends. That is before the
 * first `)`, `]` or `}` that closes no group, class or quantifier of its
 * own, because that bracket more likely belongs to the code around it, or
 * else at the line break. Trailing white space and semicolons are left out.
 */
function unterminatedBodyEnd(text, bodyStart, bodyEnd) {
    let pos = bodyStart;
    let inEscape = false;
    let classDepth = 0;
    let inQuantifier = false;
    let groupDepth = 0;
    for (; pos < bodyEnd; pos++) {
        const code = text.charCodeAt(pos);
        if (inEscape)
            inEscape = false;
        else if (code === 0x5c)
            inEscape = true;
        else if (code === 0x5b)
            classDepth++;
        else if (code === 0x5d && classDepth > 0)
            classDepth--;
        else if (classDepth > 0)
            continue;
        else if (code === 0x7b)
            inQuantifier = true;
        else if (code === 0x7d && inQuantifier)
            inQuantifier = false;
        else if (inQuantifier)
            continue;
        else if (code === 0x28)
            groupDepth++;
        else if (code === 0x29 && groupDepth > 0)
            groupDepth--;
        else if (code === 0x29 || code === 0x5d || code === 0x7d)
            break;
    }
    while (pos > 0 && (isWhiteSpaceLike(text.charCodeAt(pos - 1)) || text.charCodeAt(pos - 1) === 0x3b))
        pos--;
    return pos;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/strings.ts
/**
 * String literals, and the attribute strings of JSX, which have no escapes
 * and may span lines.
 */


const strings_BACKSLASH = 0x5c;
/**
 * Reads the string literal whose quote is at `state.pos` and sets its value.
 * An unterminated string ends before the line break, or at the end of the
 * text for a JSX attribute string, and is reported.
 */
function scanString(state, jsxAttribute) {
    const text = state.text;
    const end = state.end;
    const quote = text.charCodeAt(state.pos);
    // A local position keeps the loop fast on long strings.
    let pos = state.pos + 1;
    let value = '';
    let chunkStart = pos;
    for (;;) {
        if (pos >= end) {
            state.pos = pos;
            state.error(LexerMessage.UnterminatedString);
            break;
        }
        const code = text.charCodeAt(pos);
        if (code === quote) {
            state.pos = pos + 1;
            state.tokenValue = value + text.substring(chunkStart, pos);
            return;
        }
        if (code === strings_BACKSLASH && !jsxAttribute) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            value += scanEscapeSequence(state, true);
            pos = state.pos;
            chunkStart = pos;
            continue;
        }
        if ((code === 0x0a || code === 0x0d) && !jsxAttribute) {
            state.pos = pos;
            state.error(LexerMessage.UnterminatedString);
            break;
        }
        pos++;
    }
    state.tokenValue = value + text.substring(chunkStart, pos);
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/templates.ts
/**
 * Template literals. `scan()` reads a template up to its end or its first
 * `${`. The text after a substitution's `}` is read again by
 * `reScanTemplateToken`, because only the caller knows which `}` ends a
 * substitution.
 */



/**
 * Reads template text from the backtick or `}` at `state.pos` up to a
 * backtick or `${`, sets the value, and returns the kind: a
 * no-substitution template or head after a backtick, a middle or tail
 * after `}`. CR and CRLF are LF in the value, as in a template's cooked
 * text. `decodeInvalid` is passed on to `scanEscapeSequence`.
 */
function scanTemplate(state, decodeInvalid) {
    const text = state.text;
    const end = state.end;
    const afterBacktick = text.charCodeAt(state.pos) === 0x60;
    // A local position keeps the loop fast on long templates, such as base64 data.
    let pos = state.pos + 1;
    let value = '';
    let chunkStart = pos;
    let kind;
    for (;;) {
        if (pos >= end) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            state.error(LexerMessage.UnterminatedTemplate);
            kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            break;
        }
        const code = text.charCodeAt(pos);
        if (code === 0x60) {
            value += text.substring(chunkStart, pos);
            pos++;
            kind = afterBacktick ? SyntaxKind.NoSubstitutionTemplateLiteral : SyntaxKind.TemplateTail;
            break;
        }
        if (code === 0x24 && pos + 1 < end && text.charCodeAt(pos + 1) === 0x7b) {
            value += text.substring(chunkStart, pos);
            pos += 2;
            kind = afterBacktick ? SyntaxKind.TemplateHead : SyntaxKind.TemplateMiddle;
            break;
        }
        if (code === 0x5c) {
            value += text.substring(chunkStart, pos);
            state.pos = pos;
            value += scanEscapeSequence(state, decodeInvalid);
            pos = state.pos;
            chunkStart = pos;
            continue;
        }
        if (code === 0x0d) {
            value += `${text.substring(chunkStart, pos)}\n`;
            pos++;
            if (pos < end && text.charCodeAt(pos) === 0x0a)
                pos++;
            chunkStart = pos;
            continue;
        }
        pos++;
    }
    state.pos = pos;
    state.tokenValue = value;
    return kind;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/scanner.ts
/**
 * The lexer's scanner: reads one token at a time from a text, skipping white
 * space and comments, with the methods that a caller uses to read the tokens
 * that depend on context: regular expressions, template continuations and
 * JSX.
 *
 * Its methods are the subset of TypeScript 5.9's `ts.Scanner` that the
 * import scanner used, with the same token boundaries, values and error
 * positions, so it could replace `ts.createScanner(ScriptTarget.Latest,
 * true)` without changing a reference.
 */











const REPLACEMENT_CHARACTER = 0xfffd;
class Scanner extends ScannerState {
    /** Sets the text to scan from offset `start`, and resets the current token. */
    setText(text, start = 0) {
        this.text = text;
        this.end = text.length;
        this.resetTokenState(start);
    }
    setLanguageVariant(variant) {
        this.languageVariant = variant;
    }
    /** Sets the function that receives the errors listed in `LexerMessage`. Scanning goes on after each. */
    setOnError(callback) {
        this.onError = callback;
    }
    /** Moves to `position` and clears the current token, so that the next `scan()` starts there. */
    resetTokenState(position) {
        this.pos = position;
        this.fullStart = position;
        this.tokenStart = position;
        this.token = SyntaxKind.Unknown;
        this.tokenValue = '';
    }
    getTokenStart() {
        return this.tokenStart;
    }
    getTokenEnd() {
        return this.pos;
    }
    getTokenValue() {
        return this.tokenValue;
    }
    /**
     * Runs `callback`, which may scan ahead, and then restores the position
     * and the current token. Errors met meanwhile still reach the callback
     * set by `setOnError`.
     */
    lookAhead(callback) {
        const { pos, fullStart, tokenStart, token, tokenValue } = this;
        try {
            return callback();
        }
        finally {
            this.pos = pos;
            this.fullStart = fullStart;
            this.tokenStart = tokenStart;
            this.token = token;
            this.tokenValue = tokenValue;
        }
    }
    /**
     * Reads the next token. A `/` or `/=` is returned as such, and the caller
     * calls `reScanSlashToken` where a regular expression can start. A `}` is
     * returned as such too, and the caller calls `reScanTemplateToken` where
     * it ends a template substitution. `>` is always a token of its own, so `>>` is two tokens.
     */
    scan() {
        this.fullStart = this.pos;
        for (;;) {
            this.tokenStart = this.pos;
            if (this.pos >= this.end)
                return (this.token = SyntaxKind.EndOfFileToken);
            const code = this.text.charCodeAt(this.pos);
            if (this.pos === 0 && code === 0x23) {
                const end = shebangEnd(this.text);
                if (end > 0) {
                    this.pos = end;
                    continue;
                }
            }
            const kind = this.scanAt(code);
            if (kind !== undefined)
                return (this.token = kind);
        }
    }
    /** Reads the token or trivia at `this.pos`, whose code unit is `code`. Returns undefined after trivia. */
    scanAt(code) {
        switch (code) {
            case 0x0a:
            case 0x0d:
            case 0x09:
            case 0x0b:
            case 0x0c:
            case 0x20:
                this.pos = skipAsciiWhiteSpace(this.text, this.pos + 1, this.end);
                return undefined;
            case 0x22:
            case 0x27:
                scanString(this, false);
                return SyntaxKind.StringLiteral;
            case 0x60:
                return scanTemplate(this, false);
            case 0x2f:
                return this.scanSlash();
            case 0x2e:
                if (isDigitCode(this.text.charCodeAt(this.pos + 1))) {
                    scanNumber(this);
                    return SyntaxKind.NumericLiteral;
                }
                return scanPunctuation(this, code);
            case 0x30:
            case 0x31:
            case 0x32:
            case 0x33:
            case 0x34:
            case 0x35:
            case 0x36:
            case 0x37:
            case 0x38:
            case 0x39:
                return scanNumber(this);
            case 0x3c:
            case 0x3d:
            case 0x3e:
            case 0x7c:
                if (isConflictMarker(this.text, this.pos)) {
                    scanConflictMarker(this);
                    return undefined;
                }
                return scanPunctuation(this, code);
            case 0x5c:
                return scanBackslash(this);
            case 0x23:
                return this.scanHash();
            default:
                return this.scanOther(code);
        }
    }
    /** Reads a comment, which is skipped, or `/` or `/=`. */
    scanSlash() {
        const next = this.text.charCodeAt(this.pos + 1);
        if (next === 0x2f) {
            this.pos = skipLineComment(this.text, this.pos, this.end);
            return undefined;
        }
        if (next === 0x2a) {
            scanBlockComment(this);
            return undefined;
        }
        return scanPunctuation(this, 0x2f);
    }
    /** Reads `#name`. A `#!` after the start of the text is one unknown character, as in TypeScript. */
    scanHash() {
        if (this.pos !== 0 && this.text.charCodeAt(this.pos + 1) === 0x21) {
            this.pos++;
            return SyntaxKind.Unknown;
        }
        return scanPrivateName(this);
    }
    /** Reads punctuation, an identifier, or a character that only Unicode classes place. */
    scanOther(code) {
        const punctuation = scanPunctuation(this, code);
        if (punctuation !== undefined)
            return punctuation;
        const codePoint = code >= 0xd800 ? codePointAt(this.text, this.pos) : code;
        if (isIdentifierStart(codePoint))
            return scanIdentifier(this, codePoint);
        if (isWhiteSpaceSingleLine(codePoint) || isLineBreak(codePoint)) {
            this.pos++;
            return undefined;
        }
        if (codePoint === REPLACEMENT_CHARACTER) {
            // TypeScript takes a file with U+FFFD for binary and reads no further.
            this.pos = this.end;
            return SyntaxKind.NonTextFileMarkerTrivia;
        }
        this.error(LexerMessage.InvalidCharacter);
        this.pos += codePoint >= 0x10000 ? 2 : 1;
        return SyntaxKind.Unknown;
    }
    /**
     * Reads the current `/` or `/=` token again as a regular expression, and
     * returns `RegularExpressionLiteral`. Any other current token is kept.
     */
    reScanSlashToken() {
        if (this.token !== SyntaxKind.SlashToken && this.token !== SyntaxKind.SlashEqualsToken)
            return this.token;
        scanRegularExpression(this);
        return (this.token = SyntaxKind.RegularExpressionLiteral);
    }
    /**
     * Reads the current `}` token again as the continuation of a template:
     * `TemplateMiddle` up to the next `${`, or `TemplateTail` up to the
     * backtick. Escapes are decoded as in a string, and so are the legacy
     * octal escapes that an untagged template may not contain.
     */
    reScanTemplateToken() {
        this.pos = this.tokenStart;
        return (this.token = scanTemplate(this, true));
    }
    /** Reads one token of JSX children: see `scanJsxToken` in jsx.ts. */
    scanJsxToken() {
        return (this.token = scanJsxToken(this));
    }
    /** Extends the current identifier or keyword to a JSX name such as `data-id`; other tokens are kept. */
    scanJsxIdentifier() {
        if (this.token < SyntaxKind.Identifier || this.token > SyntaxKind.LastKeyword)
            return this.token;
        return (this.token = extendJsxIdentifier(this));
    }
    /**
     * Reads a JSX attribute value: a string without escapes, which may span
     * lines, or else whatever `scan()` reads. For a string, the token start is
     * not moved, as in TypeScript's scanner.
     */
    scanJsxAttributeValue() {
        this.fullStart = this.pos;
        const code = this.text.charCodeAt(this.pos);
        if (code !== 0x22 && code !== 0x27)
            return this.scan();
        scanString(this, true);
        return (this.token = SyntaxKind.StringLiteral);
    }
}
/** Returns the offset of the first character from `pos` that is not ASCII white space or a line break. */
function skipAsciiWhiteSpace(text, pos, end) {
    while (pos < end) {
        const code = text.charCodeAt(pos);
        if (code !== 0x20 && code !== 0x0a && code !== 0x09 && code !== 0x0d && code !== 0x0b && code !== 0x0c)
            break;
        pos++;
    }
    return pos;
}
function isDigitCode(code) {
    return code >= 0x30 && code <= 0x39;
}

;// CONCATENATED MODULE: ./src/impact/scan/lexer/index.ts
/**
 * A lexer for JavaScript, TypeScript and JSX that does not load the
 * `typescript` package, which costs about 0.2 s and 48 MB per process.
 *
 * `Scanner` reads tokens as TypeScript 5.9's `ts.createScanner(Latest,
 * true)` does, and `SyntaxKind` names them as `ts.SyntaxKind` does, so code
 * written against TypeScript's scanner ports by changing its imports:
 *
 *     const scanner = new Scanner();
 *     scanner.setText(text);
 *     for (let kind = scanner.scan(); kind !== SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
 *       if (kind === SyntaxKind.StringLiteral) console.log(scanner.getTokenValue());
 *     }
 *
 * Like TypeScript's scanner it has no parser's context, which the caller
 * supplies: call `reScanSlashToken()` on `/` or `/=` where an expression can
 * start, `reScanTemplateToken()` on the `}` that ends a template
 * substitution, and the `scanJsx...` methods inside JSX elements. It skips
 * comments and reports only the errors in `LexerMessage`, which change
 * where tokens end.
 *
 * A scanner has mutable state and no asynchronous steps, so one instance
 * can be reused for text after text, but not by two readers at once.
 */







/***/ }),

/***/ 6743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O: () => (/* binding */ SyntaxErrorList)
/* harmony export */ });
/* unused harmony export MAX_LISTED_ERRORS */
/**
 * Collects the syntax problems met while scanning one file. The tokenizer can
 * step back and rescan a stretch of text, so the list can be cut back to an
 * earlier length.
 */
/** Errors listed per file at most; the rest are counted in one closing entry, so one garbled file cannot flood a report. */
const MAX_LISTED_ERRORS = 10;
class SyntaxErrorList {
    listed = [];
    total = 0;
    get size() {
        return this.total;
    }
    add(line, message) {
        if (this.listed.length < MAX_LISTED_ERRORS)
            this.listed.push({ line, message });
        this.total++;
    }
    /** Drops the errors added after the list had `size` entries. */
    truncate(size) {
        this.total = size;
        if (this.listed.length > size)
            this.listed.length = size;
    }
    /** Returns the errors as `path:line: message`, sorted by line, with a closing count of those not listed. */
    format(path) {
        const sorted = [...this.listed].sort((a, b) => a.line - b.line);
        const lines = sorted.map((error) => `${path}:${error.line}: ${error.message}`);
        const unlisted = this.total - this.listed.length;
        if (unlisted > 0)
            lines.push(`${path}: ${unlisted} more syntax errors are not listed.`);
        return lines;
    }
}


/***/ }),

/***/ 7040:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  e: () => (/* binding */ TokenStream)
});

// EXTERNAL MODULE: ./src/impact/scan/expression-start.ts
var expression_start = __webpack_require__(6243);
;// CONCATENATED MODULE: ./src/impact/scan/frames.ts
/**
 * The nesting that the tokenizer tracks: brackets, template substitutions and
 * JSX elements. Each open construct is one frame on a stack.
 */
var FrameKind;
(function (FrameKind) {
    FrameKind[FrameKind["Paren"] = 0] = "Paren";
    FrameKind[FrameKind["Bracket"] = 1] = "Bracket";
    FrameKind[FrameKind["Brace"] = 2] = "Brace";
    /** `${` inside a template literal: its `}` continues the template text. */
    FrameKind[FrameKind["TemplateSubstitution"] = 3] = "TemplateSubstitution";
    /** `{` inside a JSX element: its `}` returns to JSX attributes or children. */
    FrameKind[FrameKind["JsxExpression"] = 4] = "JsxExpression";
    /** Inside `<name ...`, before `>` or `/>`. */
    FrameKind[FrameKind["JsxAttributes"] = 5] = "JsxAttributes";
    /** Between `<name>` and `</name>`. */
    FrameKind[FrameKind["JsxChildren"] = 6] = "JsxChildren";
})(FrameKind || (FrameKind = {}));
/** Returns the text that opens a frame, for error messages. */
function openerText(kind) {
    switch (kind) {
        case FrameKind.Paren:
            return '(';
        case FrameKind.Bracket:
            return '[';
        case FrameKind.TemplateSubstitution:
            return '${';
        default:
            return '{';
    }
}
/** Returns the text that closes a frame of `kind`, for error messages. */
function closerText(kind) {
    switch (kind) {
        case FrameKind.Paren:
            return ')';
        case FrameKind.Bracket:
            return ']';
        default:
            return '}';
    }
}
/** Returns whether `closer` (`)`, `]` or `}`) closes a frame of `kind`. */
function closes(closer, kind) {
    return closerText(kind) === closer && kind !== FrameKind.JsxAttributes && kind !== FrameKind.JsxChildren;
}
function isJsxElement(kind) {
    return kind === FrameKind.JsxAttributes || kind === FrameKind.JsxChildren;
}

// EXTERNAL MODULE: ./src/impact/scan/lexer/index.ts + 15 modules
var lexer = __webpack_require__(8708);
;// CONCATENATED MODULE: ./src/impact/scan/jsx-elements.ts
/**
 * Reads JSX elements for the token stream: tag names, attributes, children
 * and closing tags. Code inside an element appears only in `{...}`, and the
 * stream reads that itself; text, names and attribute strings are skipped
 * here. Whatever is not well-formed JSX makes the stream roll its guess back.
 */



/** Tokens a type-parameter check reads in a parameter list at most; longer lists are read as JSX text. */
const MAX_PARAMETER_TOKENS = 1000;
/**
 * Returns whether the tokens after `<` are type parameters rather than a
 * JSX tag. The scanner is at the `<`, and the caller restores its position.
 *
 * In expressions, TypeScript accepts generic arrow functions in `.tsx` files
 * only as `<T,>`, `<T extends U>` or `<const T>`. Types have more forms,
 * such as `type F = <T>(x: T) => T` or `<T = U>() => T`, and the tokenizer
 * cannot tell a type from an expression. So `<T>(...)` counts as type
 * parameters when `=>` or `:` follows the parameters, and JSX such as
 * `<b>(beta)</b>` stays JSX.
 */
function startsTypeParameters(scanner) {
    const first = scanner.scan();
    if (first === lexer/* SyntaxKind */.a6.ConstKeyword)
        return true;
    if (!(0,expression_start/* isIdentifierOrKeyword */._)(first))
        return false;
    const second = scanner.scan();
    if (second === lexer/* SyntaxKind */.a6.CommaToken || second === lexer/* SyntaxKind */.a6.EqualsToken)
        return true;
    if (second === lexer/* SyntaxKind */.a6.ExtendsKeyword) {
        // `<T extends={...}>` and `<T extends>` are JSX attributes named `extends`.
        const third = scanner.scan();
        return third !== lexer/* SyntaxKind */.a6.EqualsToken && third !== lexer/* SyntaxKind */.a6.GreaterThanToken && third !== lexer/* SyntaxKind */.a6.SlashToken;
    }
    if (second !== lexer/* SyntaxKind */.a6.GreaterThanToken || scanner.scan() !== lexer/* SyntaxKind */.a6.OpenParenToken)
        return false;
    if (!skipParameters(scanner))
        return false;
    const afterParameters = scanner.scan();
    return afterParameters === lexer/* SyntaxKind */.a6.EqualsGreaterThanToken || afterParameters === lexer/* SyntaxKind */.a6.ColonToken;
}
/**
 * Moves past the `)` that closes the parameter list whose `(` the scanner is
 * at. Returns false at the end of the text or after `MAX_PARAMETER_TOKENS`
 * tokens, which bounds the cost of a `<b>(` in JSX text that no `)` follows.
 */
function skipParameters(scanner) {
    let depth = 1;
    for (let count = 0; count < MAX_PARAMETER_TOKENS; count++) {
        const kind = scanner.scan();
        if (kind === lexer/* SyntaxKind */.a6.OpenParenToken)
            depth++;
        else if (kind === lexer/* SyntaxKind */.a6.CloseParenToken && --depth === 0)
            return true;
        else if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            return false;
    }
    return false;
}
/** Reads the tag name after `<` and pushes the element's frame. The scanner is at the `<`, which is at `start`. */
function openElement(host, start) {
    const scanner = host.scanner;
    let kind = scanner.scan();
    if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
        host.push(FrameKind.JsxChildren, start, '');
        return;
    }
    const tagName = readTagName(scanner, kind);
    if (tagName === undefined)
        return host.rollBack(scanner.getTokenStart(), 'Identifier expected.');
    kind = scanner.scan();
    if (kind === lexer/* SyntaxKind */.a6.LessThanToken && !skipTypeArguments(scanner))
        return host.rollBack(start, "'>' expected.");
    if (kind !== lexer/* SyntaxKind */.a6.LessThanToken)
        scanner.resetTokenState(scanner.getTokenStart());
    host.push(FrameKind.JsxAttributes, start, tagName);
}
/** Reads on in the innermost element, whose frame is `frame`, until the stream has code to read or the element closes. */
function continueElement(host, frame) {
    if (frame.kind === FrameKind.JsxAttributes)
        readAttributes(host, frame);
    else
        readChildren(host, frame);
}
/**
 * Reads a tag name such as `div`, `my-element`, `Foo.Bar` or `svg:rect`,
 * whose first token is `kind`. Returns undefined when it is not a name.
 * The scanner is left on the name's last token.
 */
function readTagName(scanner, kind) {
    if (!(0,expression_start/* isIdentifierOrKeyword */._)(kind))
        return undefined;
    scanner.scanJsxIdentifier();
    let name = scanner.getTokenValue();
    for (;;) {
        const separatorStart = scanner.getTokenEnd();
        const separator = scanner.scan();
        if (separator !== lexer/* SyntaxKind */.a6.DotToken && separator !== lexer/* SyntaxKind */.a6.ColonToken) {
            scanner.resetTokenState(separatorStart);
            return name;
        }
        if (!(0,expression_start/* isIdentifierOrKeyword */._)(scanner.scan()))
            return undefined;
        scanner.scanJsxIdentifier();
        name += (separator === lexer/* SyntaxKind */.a6.DotToken ? '.' : ':') + scanner.getTokenValue();
    }
}
/** Skips TypeScript type arguments such as `<Select<Option> ...>`; the scanner is at their `<`. */
function skipTypeArguments(scanner) {
    let depth = 1;
    while (depth > 0) {
        const kind = scanner.scan();
        if (kind === lexer/* SyntaxKind */.a6.LessThanToken)
            depth++;
        else if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken)
            depth--;
        else if (kind === lexer/* SyntaxKind */.a6.EndOfFileToken)
            return false;
    }
    return true;
}
/** Reads attributes up to the end of the opening tag, or up to a `{` or an element as an attribute value. */
function readAttributes(host, frame) {
    const scanner = host.scanner;
    for (;;) {
        let kind = scanner.scan();
        const start = scanner.getTokenStart();
        if (kind === lexer/* SyntaxKind */.a6.GreaterThanToken) {
            frame.kind = FrameKind.JsxChildren;
            return;
        }
        if (kind === lexer/* SyntaxKind */.a6.SlashToken) {
            if (scanner.scan() !== lexer/* SyntaxKind */.a6.GreaterThanToken)
                return host.rollBack(start, "'>' expected.");
            return host.closeElement();
        }
        if (kind === lexer/* SyntaxKind */.a6.OpenBraceToken)
            return host.enterExpression(start);
        if (readTagName(scanner, kind) === undefined)
            return host.rollBack(start, 'Identifier expected.');
        const equalsStart = scanner.getTokenEnd();
        if (scanner.scan() !== lexer/* SyntaxKind */.a6.EqualsToken) {
            // An attribute without a value; the token belongs to the next round.
            scanner.resetTokenState(equalsStart);
            continue;
        }
        // Attribute strings have no escapes: "C:\" is a complete value.
        kind = scanner.scanJsxAttributeValue();
        const valueStart = scanner.getTokenStart();
        if (kind === lexer/* SyntaxKind */.a6.StringLiteral)
            continue;
        if (kind === lexer/* SyntaxKind */.a6.OpenBraceToken)
            return host.enterExpression(valueStart);
        if (kind === lexer/* SyntaxKind */.a6.LessThanToken)
            return openElement(host, valueStart);
        return host.rollBack(valueStart, "'{' or a string expected.");
    }
}
/** Reads JSX text up to a `{`, a child element or the closing tag. */
function readChildren(host, frame) {
    const scanner = host.scanner;
    for (;;) {
        const kind = scanner.scanJsxToken();
        const start = scanner.getTokenStart();
        switch (kind) {
            case lexer/* SyntaxKind */.a6.OpenBraceToken:
                return host.enterExpression(start);
            case lexer/* SyntaxKind */.a6.LessThanToken:
                return openElement(host, start);
            case lexer/* SyntaxKind */.a6.LessThanSlashToken:
                return readClosingTag(host, frame);
            case lexer/* SyntaxKind */.a6.EndOfFileToken:
                return host.rollBack(frame.start, `'<${frame.tagName}>' has no closing tag.`);
        }
    }
}
/** Reads `</name>` after `</`; a name other than the opening tag's rolls the guess back. */
function readClosingTag(host, frame) {
    const scanner = host.scanner;
    const start = scanner.getTokenStart();
    let kind = scanner.scan();
    let name = '';
    if (kind !== lexer/* SyntaxKind */.a6.GreaterThanToken) {
        const tagName = readTagName(scanner, kind);
        if (tagName === undefined)
            return host.rollBack(start, 'Identifier expected.');
        name = tagName;
        kind = scanner.scan();
    }
    if (kind !== lexer/* SyntaxKind */.a6.GreaterThanToken)
        return host.rollBack(start, "'>' expected.");
    if (name !== frame.tagName)
        return host.rollBack(start, `'</${name}>' does not match '<${frame.tagName}>'.`);
    host.closeElement();
}

;// CONCATENATED MODULE: ./src/impact/scan/token-stream.ts
/**
 * A token stream over the lexer's scanner that supplies the context the
 * scanner leaves to a parser: regular expressions, template literals, JSX
 * and bracket nesting. The module-reference recognizers read only the code
 * tokens it returns, so that text inside strings, comments, regular
 * expressions and JSX text never looks like code.
 *
 * JSX is recognized by guessing, as in a speculative parse. A `<` where an
 * expression can start opens an element. When the element turns out to be
 * malformed, for example a type such as `<T>(x: T) => T` that the guess did
 * not rule out, the stream steps back to that `<`. It then drops what it found
 * since, reports the problem, and reads the `<` as an operator.
 */




/**
 * Failed JSX guesses allowed per script. Each one can rescan the rest of the
 * text, so the cap bounds the time of a file full of them. Past the cap, `<`
 * is read as an operator.
 */
const MAX_JSX_ROLLBACKS = 64;
/**
 * The scanner of every stream. Sharing it is safe because a stream is read
 * to its end before the next one is created: scanning is synchronous.
 */
const sharedScanner = new lexer/* Scanner */.Lp();
class TokenStream {
    options;
    /** Kind of the current token. */
    token = lexer/* SyntaxKind */.a6.Unknown;
    /** Offset of the current token's first character. */
    tokenStart = 0;
    /** Kind of the code token before the current one; `Unknown` at the start and `JsxElement` after a closed element. */
    previous = lexer/* SyntaxKind */.a6.Unknown;
    /** True when the previous token was `.` or `?.`, so the current one is a property name. */
    afterDot = false;
    /** Grows by one on each rollback; a recognizer that saw it change must drop what it read. */
    generation = 0;
    scanner;
    frames = [];
    guesses = [];
    /** `<` offsets whose JSX guess failed: they are operators from now on. */
    rejectedGuesses = new Set();
    jsx;
    rollbacks = 0;
    expressionAllowed = true;
    /** Offset of the last scanner error kept, so an error met again when a token is scanned twice is kept once. */
    lastErrorOffset = -1;
    /**
     * Offset of the last rollback's error. Rescanning after a rollback can
     * guess again inside the same element and fail at the same place, as in
     * `<div><span></div>`, which is reported once.
     */
    lastRollbackErrorOffset = -1;
    muted = 0;
    finished = false;
    jsxHost = {
        scanner: sharedScanner,
        push: (kind, start, tagName) => this.push(kind, start, tagName),
        closeElement: () => this.closeElement(),
        enterExpression: (start) => this.enterExpression(start),
        rollBack: (offset, message) => this.rollBack(offset, message),
    };
    constructor(text, options) {
        this.options = options;
        this.jsx = options.jsx;
        this.scanner = sharedScanner;
        this.scanner.setLanguageVariant(options.jsx ? lexer/* LanguageVariant */.qE.JSX : lexer/* LanguageVariant */.qE.Standard);
        this.scanner.setOnError((message, tokenStart) => this.onScannerError(message, tokenStart));
        this.scanner.setText(text, options.start);
        this.readNext();
    }
    /** Offset just past the current token's last character. */
    get tokenEnd() {
        return this.scanner.getTokenEnd();
    }
    /** Number of open frames; recognizers compare it to find the end of an argument. */
    get depth() {
        return this.frames.length;
    }
    /**
     * Returns whether the current token is of `kind`. Recognizers use it rather
     * than comparing `token`, which TypeScript would keep narrowed across
     * `advance()` calls.
     */
    is(kind) {
        return this.token === kind;
    }
    /** Returns the current token's value: the decoded text of a literal, or the name of an identifier or keyword. */
    value() {
        return this.scanner.getTokenValue();
    }
    /**
     * Returns the kinds of the next `count` tokens without moving. They are
     * scanned without the stream's context, so a caller may compare them only
     * with names, punctuation other than `/`, `<` and `}`, and string literals.
     */
    peek(count) {
        return this.lookAhead(() => {
            const kinds = [];
            for (let i = 0; i < count; i++)
                kinds.push(this.scanner.scan());
            return kinds;
        });
    }
    /**
     * Drops the frames above `depth` without reporting them, for a recognizer
     * that has reported the missing closer itself, as with `import { a from 'x'`.
     * Frames of a JSX guess are kept, because a rollback needs them.
     */
    abandonFrames(depth) {
        const guess = this.guesses[this.guesses.length - 1];
        const floor = guess === undefined ? depth : Math.max(depth, guess.frameCount);
        if (this.frames.length > floor)
            this.frames.length = floor;
    }
    /** True while a `<` is read as the start of a JSX element that has not closed: references found meanwhile may be dropped by a rollback. */
    get guessingJsx() {
        return this.guesses.length > 0;
    }
    advance() {
        const expressionAllowed = (0,expression_start/* expressionCanFollow */.e)(this.token, this.expressionAllowed, this.afterDot);
        this.afterDot = this.token === lexer/* SyntaxKind */.a6.DotToken || this.token === lexer/* SyntaxKind */.a6.QuestionDotToken;
        this.previous = this.token;
        this.expressionAllowed = expressionAllowed;
        this.readNext();
    }
    /** Moves to the next code token, handling JSX elements and closing brackets on the way. */
    readNext() {
        if (this.finished)
            return;
        for (;;) {
            const top = this.frames[this.frames.length - 1];
            if (top !== undefined && isJsxElement(top.kind)) {
                continueElement(this.jsxHost, top);
                continue;
            }
            let kind = this.scanner.scan();
            const start = this.scanner.getTokenStart();
            switch (kind) {
                case lexer/* SyntaxKind */.a6.SlashToken:
                case lexer/* SyntaxKind */.a6.SlashEqualsToken:
                    if (this.expressionAllowed)
                        kind = this.scanner.reScanSlashToken();
                    break;
                case lexer/* SyntaxKind */.a6.LessThanToken:
                    if (this.startsJsxElement(start)) {
                        this.guesses.push(this.guessState(start));
                        openElement(this.jsxHost, start);
                        continue;
                    }
                    break;
                case lexer/* SyntaxKind */.a6.OpenParenToken:
                    this.push(FrameKind.Paren, start);
                    break;
                case lexer/* SyntaxKind */.a6.OpenBracketToken:
                    this.push(FrameKind.Bracket, start);
                    break;
                case lexer/* SyntaxKind */.a6.OpenBraceToken:
                    this.push(FrameKind.Brace, start);
                    break;
                case lexer/* SyntaxKind */.a6.TemplateHead:
                    this.push(FrameKind.TemplateSubstitution, start);
                    break;
                case lexer/* SyntaxKind */.a6.CloseParenToken:
                case lexer/* SyntaxKind */.a6.CloseBracketToken:
                case lexer/* SyntaxKind */.a6.CloseBraceToken: {
                    const closed = this.close(kind, start);
                    if (closed === undefined)
                        continue;
                    kind = closed;
                    break;
                }
                case lexer/* SyntaxKind */.a6.EndOfFileToken:
                    if (this.guesses.length > 0) {
                        const element = this.innermostElement();
                        this.rollBack(element.start, `'<${element.tagName}>' has no closing tag.`);
                        continue;
                    }
                    this.reportUnclosedFrames();
                    this.finished = true;
                    break;
            }
            this.token = kind;
            this.tokenStart = start;
            return;
        }
    }
    push(kind, start, tagName = '') {
        this.frames.push({ kind, start, tagName });
    }
    /**
     * Pops the frame that a closing bracket ends and returns the token to
     * surface: the bracket itself, or the template middle or tail that a `}`
     * continues. Returns undefined when no code token results, because the
     * brace ended a JSX expression or a JSX guess was rolled back.
     */
    close(kind, start) {
        let closer = '}';
        if (kind === lexer/* SyntaxKind */.a6.CloseParenToken)
            closer = ')';
        else if (kind === lexer/* SyntaxKind */.a6.CloseBracketToken)
            closer = ']';
        let top = this.frames[this.frames.length - 1];
        if (top === undefined || !closes(closer, top.kind)) {
            if (this.guesses.length > 0) {
                // Brackets inside a guessed JSX element do not pair up: the guess is the likelier mistake.
                this.rollBack(start, `Unexpected '${closer}'.`);
                return undefined;
            }
            top = this.recoverFromMismatch(closer, start);
            if (top === undefined)
                return kind;
        }
        switch (top.kind) {
            case FrameKind.TemplateSubstitution: {
                const continued = this.scanner.reScanTemplateToken();
                if (continued === lexer/* SyntaxKind */.a6.TemplateTail)
                    this.frames.pop();
                return continued;
            }
            case FrameKind.JsxExpression:
                this.frames.pop();
                return undefined;
            default:
                this.frames.pop();
                return kind;
        }
    }
    /**
     * Handles a closing bracket that does not match the innermost frame, as in
     * `f(a]`. When an enclosing frame matches, the frames above it are
     * reported as unclosed and dropped, and that frame is returned. Otherwise
     * the bracket is reported and ignored. The search stops at a template
     * substitution, because text after its `}` is template text, not code.
     */
    recoverFromMismatch(closer, start) {
        let index = this.frames.length - 1;
        while (index >= 0) {
            const frame = this.frames[index];
            if (closes(closer, frame.kind))
                break;
            if (frame.kind === FrameKind.TemplateSubstitution) {
                index = -1;
                break;
            }
            index--;
        }
        if (index < 0) {
            this.reportError(start, `Unexpected '${closer}'.`);
            return undefined;
        }
        for (let unclosed = this.frames.length - 1; unclosed > index; unclosed--)
            this.reportUnclosed(this.frames[unclosed]);
        this.frames.length = index + 1;
        return this.frames[index];
    }
    reportUnclosedFrames() {
        for (const frame of this.frames)
            this.reportUnclosed(frame);
        this.frames.length = 0;
    }
    reportUnclosed(frame) {
        this.reportError(frame.start, `'${openerText(frame.kind)}' has no matching '${closerText(frame.kind)}'.`);
    }
    reportError(offset, message) {
        this.options.errors.add(this.options.lineAt(offset), message);
    }
    /**
     * Keeps a lexer error, reported where the bad token, comment or literal
     * began. The lexer reports only errors that change where tokens end, and
     * so can hide or invent references.
     */
    onScannerError(message, tokenStart) {
        if (this.muted > 0 || tokenStart <= this.lastErrorOffset)
            return;
        this.lastErrorOffset = tokenStart;
        this.reportError(tokenStart, message);
    }
    /** Returns whether the `<` at `start` is guessed to open a JSX element. */
    startsJsxElement(start) {
        if (!this.jsx || !this.expressionAllowed || this.rejectedGuesses.has(start))
            return false;
        return !this.lookAhead(() => startsTypeParameters(this.scanner));
    }
    lookAhead(read) {
        this.muted++;
        try {
            return this.scanner.lookAhead(read);
        }
        finally {
            this.muted--;
        }
    }
    guessState(start) {
        return {
            start,
            frameCount: this.frames.length,
            referenceCount: this.options.references.length,
            errorCount: this.options.errors.size,
            lastErrorOffset: this.lastErrorOffset,
            lastRollbackErrorOffset: this.lastRollbackErrorOffset,
            previous: this.previous,
            afterDot: this.afterDot,
        };
    }
    /** Returns the innermost open JSX element; a guess is open, so there is one. */
    innermostElement() {
        for (let index = this.frames.length - 1;; index--) {
            const frame = this.frames[index];
            if (isJsxElement(frame.kind))
                return frame;
        }
    }
    /**
     * Steps back to the `<` of the innermost JSX guess, which the scanner then
     * reads again as an operator, and reports `message` at `offset`. A failure
     * always lies in the innermost guess, because the frames of inner guesses
     * sit on top of the stack.
     */
    rollBack(offset, message) {
        const guess = this.guesses.pop();
        this.rejectedGuesses.add(guess.start);
        this.frames.length = guess.frameCount;
        this.options.references.truncate(guess.referenceCount);
        this.options.errors.truncate(guess.errorCount);
        this.lastErrorOffset = guess.lastErrorOffset;
        this.lastRollbackErrorOffset = guess.lastRollbackErrorOffset;
        this.previous = guess.previous;
        this.afterDot = guess.afterDot;
        this.expressionAllowed = true;
        this.scanner.resetTokenState(guess.start);
        this.generation++;
        this.rollbacks++;
        if (this.rollbacks >= MAX_JSX_ROLLBACKS)
            this.jsx = false;
        if (offset === this.lastRollbackErrorOffset)
            return;
        this.lastRollbackErrorOffset = offset;
        this.reportError(offset, message);
    }
    /** Pops the innermost element; when it was a guess, code resumes after it as after an operand. */
    closeElement() {
        this.frames.pop();
        const guess = this.guesses[this.guesses.length - 1];
        if (guess === undefined || guess.frameCount !== this.frames.length)
            return;
        this.guesses.pop();
        this.previous = lexer/* SyntaxKind */.a6.JsxElement;
        this.afterDot = false;
        this.expressionAllowed = false;
    }
    /** Pushes the frame of a `{` in a JSX element, whose contents are code. */
    enterExpression(start) {
        this.push(FrameKind.JsxExpression, start);
        this.previous = lexer/* SyntaxKind */.a6.OpenBraceToken;
        this.afterDot = false;
        this.expressionAllowed = true;
    }
}


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

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Gc: () => (/* binding */ renderMarkdown)
});

// UNUSED EXPORTS: STATUS_EMOJI, joinMarkdown, renderBlockMarkdown, renderInlineMarkdown, renderReportHeader, renderStageHeading, renderStageMarkdown, renderTitleLine, stickyMarker

// EXTERNAL MODULE: ./src/report/mermaid.ts
var mermaid = __webpack_require__(9409);
// EXTERNAL MODULE: ./src/report/document.ts
var report_document = __webpack_require__(8101);
// EXTERNAL MODULE: ./src/report/control-characters.ts
var control_characters = __webpack_require__(900);
;// CONCATENATED MODULE: ./src/report/escape.ts
/**
 * Escaping of untrusted text (file paths, branch names, PR titles, rule
 * messages) for GitHub-flavoured Markdown in PR comments, check-run output and
 * job summaries.
 *
 * Three things can go wrong with raw text, and each function here handles all
 * of them for its context:
 * - Markdown syntax: links, emphasis, headings, quotes, list markers, tables.
 * - HTML: a tag or comment could open or close a `<details>` element, embed an
 *   image or forge the hidden marker of the sticky comment.
 * - GitHub's post-processing of the rendered HTML: `@user` and `@org/team`
 *   notify people, `#123` and `GH-123` link (and cross-reference) issues, and
 *   bare URLs and `www.` become links. GitHub decodes character references
 *   before it looks for mentions, so `&#64;` alone does not stop one. A
 *   zero-width space after the `@` (the fix Dependabot and Renovate use) does,
 *   and the text still reads the same.
 */

/** U+200B ZERO WIDTH SPACE, inserted where GitHub would start a mention, reference or autolink. */
const ZERO_WIDTH_SPACE = '\u200B';
// ASCII punctuation that starts or ends a Markdown construct in GFM, including
// `$` (GitHub math), gets a backslash; CommonMark allows one before any ASCII
// punctuation, so escaping one too many is harmless. `&`, `<` and `>` become
// entities instead, so no HTML tag, comment or character reference can start.
const MARKDOWN_SPECIAL = /[\\`*_[\](){}#+\-.!|~$=:^&<>]/g;
const HTML_ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
};
/**
 * Inserts a zero-width space at each place where GitHub would turn plain text
 * into a mention, an issue reference or a link.
 */
function breakAutolinks(text) {
    return (text
        // `@user`, `@org/team`, and `user@example.com` e-mail autolinks.
        .replace(/@/g, `@${ZERO_WIDTH_SPACE}`)
        // `#123` and `owner/repo#123`.
        .replace(/#(?=\d)/g, `#${ZERO_WIDTH_SPACE}`)
        // `GH-123`, matched case-insensitively like GitHub does.
        .replace(/\b(gh-)(?=\d)/gi, `$1${ZERO_WIDTH_SPACE}`)
        // `https://host` and every other `scheme://`.
        .replace(/:(?=\/\/)/g, `:${ZERO_WIDTH_SPACE}`)
        // `www.host` extended autolinks.
        .replace(/\b(www)(?=\.)/gi, `$1${ZERO_WIDTH_SPACE}`));
}
/**
 * Stops text from opening an HTML comment or declaration (`<!--`, `<!DOCTYPE`)
 * in places where entities do not work, such as code spans and code blocks.
 * This is what makes the sticky-comment marker impossible to forge.
 */
function breakHtmlComments(text) {
    return text.replace(/<!/g, `<${ZERO_WIDTH_SPACE}!`);
}
/**
 * Escapes untrusted text for use inline in Markdown: in a paragraph, heading,
 * list item, link text or table cell. Line breaks become spaces, so the text
 * can never start a new block, and `|` is escaped, so it cannot end a table
 * cell. Leading spaces are kept, so a caller that starts a line with the
 * result trims them first: four would open an indented code block.
 */
function escapeMarkdownText(text) {
    return breakAutolinks((0,control_characters/* sanitizeLine */.g$)(text)).replace(MARKDOWN_SPECIAL, (character) => character === '&' || character === '<' || character === '>' ? HTML_ENTITIES[character] : `\\${character}`);
}
/**
 * Escapes untrusted text for a GFM table cell. It is the same as
 * {@link escapeMarkdownText}, which already escapes `|` and removes line breaks;
 * the separate name keeps call sites explicit.
 */
function escapeTableCell(text) {
    return escapeMarkdownText(text);
}
/**
 * Escapes untrusted text for HTML content or a quoted attribute value, for
 * example inside `<summary>`, where Markdown is not parsed and backslash
 * escapes would show.
 */
function escapeHtmlText(text) {
    return breakAutolinks((0,control_characters/* sanitizeLine */.g$)(text)).replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}
function longestBacktickRun(text) {
    let longest = 0;
    for (const run of text.match(/`+/g) ?? [])
        longest = Math.max(longest, run.length);
    return longest;
}
/**
 * Wraps untrusted text in a Markdown code span. The fence is one backtick
 * longer than the longest run inside, and the content is padded with a space
 * when it starts or ends with a backtick or when CommonMark would strip its
 * own leading and trailing space. GitHub resolves no mentions inside code, and
 * entities show literally there, so only line breaks, control characters and
 * `<!` are changed. Returns an empty string for empty text, which has no code span.
 */
function markdownCodeSpan(text) {
    const content = breakHtmlComments((0,control_characters/* sanitizeLine */.g$)(text));
    if (content === '')
        return '';
    const fence = '`'.repeat(longestBacktickRun(content) + 1);
    const allSpaces = /^ +$/.test(content);
    const needsPadding = content.startsWith('`') || content.endsWith('`') || (!allSpaces && content.startsWith(' ') && content.endsWith(' '));
    const padding = needsPadding ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}
/**
 * Wraps untrusted text in a code span for a GFM table cell. GFM splits cells on
 * every `|` not preceded by a backslash, even inside code spans, and removes
 * that backslash before it parses the span, so `|` becomes `\|`. A `\` right
 * before a `|` cannot be written that way (the table parser would read `\\`
 * as an escaped backslash and split at the `|`), so such text falls back to
 * an HTML `<code>` element with escaped content.
 */
function tableCodeSpan(text) {
    const line = (0,control_characters/* sanitizeLine */.g$)(text);
    if (line.includes('\\|'))
        return `<code>${escapeMarkdownText(line)}</code>`;
    return markdownCodeSpan(line).replace(/\|/g, '\\|');
}
/**
 * Renders untrusted text as a fenced code block. The fence is at least three
 * backticks and longer than any backtick run inside, so no line of the text
 * can close it.
 */
function fencedCodeBlock(text) {
    const content = breakHtmlComments((0,control_characters/* sanitizeLines */.X$)(text)).replace(/\n$/, '');
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(content) + 1));
    return content === '' ? `${fence}\n${fence}` : `${fence}\n${content}\n${fence}`;
}
/**
 * Returns the URL in a form that is safe as a Markdown link destination and in
 * a quoted HTML attribute, or `undefined` unless it is an absolute `https:`
 * URL. Parentheses, backslashes, backticks and `&` are percent- or
 * entity-encoded because Markdown reads them inside a destination, and `|`
 * because it would end a table cell.
 */
function safeHttpsUrl(href) {
    let url;
    try {
        url = new URL(href);
    }
    catch {
        return undefined;
    }
    if (url.protocol !== 'https:')
        return undefined;
    return url.href
        .replace(/&/g, '&amp;')
        .replace(/\(/g, '%28')
        .replace(/\)/g, '%29')
        .replace(/\\/g, '%5C')
        .replace(/"/g, '%22')
        .replace(/'/g, '%27')
        .replace(/\|/g, '%7C')
        .replace(/`/g, '%60')
        .replace(/[<> ]/g, (character) => encodeURIComponent(character));
}

// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(333);
;// CONCATENATED MODULE: ./src/report/markdown.ts
/**
 * Rendering of the results model to GitHub-flavoured Markdown for the PR
 * comment, the check-run output and the job summary. Every piece of text from
 * the model goes through the escaping in `escape.ts`.
 */




const STATUS_EMOJI = {
    passed: '✅',
    failed: '❌',
    skipped: '⏭️',
    error: '⚠️',
};
/**
 * Returns the hidden marker line by which the publisher finds its own sticky
 * comment again: `<!-- testmaster:report=NAME -->`. NAME is the report name,
 * percent-encoded with `encodeURIComponent` and with `-` also encoded as `%2D`,
 * so the name can contain neither `--` nor `>` and cannot end the comment.
 * The marker is case-sensitive and always on a line of its own. No text
 * rendered by this module can contain it, because `<` in text becomes `&lt;`
 * and `<!` in code becomes `<`, U+200B, `!`.
 */
function stickyMarker(name) {
    const encoded = encodeURIComponent(name).replace(/-/g, '%2D');
    return `<!-- testmaster:report=${encoded} -->`;
}
function spanStyle(text, style, context) {
    if (context === 'html') {
        const escaped = escapeHtmlText(text);
        if (style === 'code')
            return `<code>${escaped}</code>`;
        if (style === 'bold')
            return `<b>${escaped}</b>`;
        if (style === 'italic')
            return `<i>${escaped}</i>`;
        return escaped;
    }
    if (style === 'code')
        return context === 'table' ? tableCodeSpan(text) : markdownCodeSpan(text);
    const escaped = escapeMarkdownText(text);
    // HTML tags instead of `**`/`_`, because emphasis delimiters next to escaped
    // punctuation often fail CommonMark's flanking rules and then show literally.
    if (style === 'bold')
        return `<b>${escaped}</b>`;
    if (style === 'italic')
        return `<i>${escaped}</i>`;
    return escaped;
}
function renderSpan(span, context) {
    if (span.text === '')
        return '';
    const styled = spanStyle(span.text, span.style, context);
    const url = span.href === undefined ? undefined : safeHttpsUrl(span.href);
    if (url === undefined)
        return styled;
    return context === 'html' ? `<a href="${url}">${styled}</a>` : `[${styled}](${url})`;
}
function renderInline(inline, context) {
    if (typeof inline === 'string') {
        return context === 'html' ? escapeHtmlText(inline) : escapeMarkdownText(inline);
    }
    return inline.map((span) => renderSpan(span, context)).join('');
}
/**
 * Renders inline content for the start of a Markdown line. Leading and
 * trailing spaces are removed because four leading spaces would start an
 * indented code block and two trailing ones a hard line break.
 */
function renderInlineMarkdown(inline) {
    return renderInline(inline, 'markdown').trim();
}
function alignmentCell(align) {
    if (align === 'left')
        return ':---';
    if (align === 'right')
        return '---:';
    if (align === 'center')
        return ':---:';
    return '---';
}
function tableRow(cells) {
    return `| ${cells.join(' | ')} |`;
}
function renderTableRow(row, columns) {
    const cells = [];
    for (let index = 0; index < columns; index += 1) {
        const cell = row[index];
        cells.push(cell === undefined ? '' : renderInline(cell, 'table').trim());
    }
    return tableRow(cells);
}
function renderTable(block, options) {
    const columns = block.header.length;
    // GFM has no table without a column; such a block renders as nothing.
    if (columns === 0)
        return '';
    const header = tableRow(block.header.map((cell) => escapeTableCell(cell).trim()));
    const delimiter = tableRow(block.header.map((_, index) => alignmentCell(block.align?.[index])));
    const shownRows = options.maxTableRows ?? block.rows.length;
    let rows = options.renderedRows?.get(block);
    if (rows === undefined) {
        rows = block.rows.map((row) => renderTableRow(row, columns));
        options.renderedRows?.set(block, rows);
    }
    const table = [header, delimiter, ...rows.slice(0, shownRows)].join('\n');
    const hidden = Math.max(0, block.rows.length - shownRows);
    if (hidden === 0)
        return table;
    return `${table}\n\n${(0,count_text/* countOf */.pq)(hidden, 'more row is', 'more rows are')} not shown.`;
}
function renderDetails(block, options) {
    // The summary sits inside an HTML block, where Markdown is not parsed, so it
    // is escaped as HTML. The blank line after it lets GitHub parse the content
    // as Markdown again.
    const summary = renderInline(block.summary, 'html').trim();
    const content = renderBlocks(block.blocks, options);
    const body = content === '' ? '' : `${content}\n\n`;
    return `<details>\n<summary>${summary}</summary>\n\n${body}</details>`;
}
/** Renders one block; tables, also those nested in details, obey `maxTableRows`. */
function renderBlockMarkdown(block, options = {}) {
    switch (block.kind) {
        case 'heading':
            return `${'#'.repeat(block.level)} ${renderInlineMarkdown(block.text)}`.trimEnd();
        case 'paragraph':
            return renderInlineMarkdown(block.text);
        case 'list':
            return block.items.map((item) => `- ${renderInlineMarkdown(item)}`.trimEnd()).join('\n');
        case 'table':
            return renderTable(block, options);
        case 'details':
            return renderDetails(block, options);
        case 'code':
            return fencedCodeBlock(block.text);
        case 'mermaid':
            return (0,mermaid/* renderMermaidMarkdown */.$r)(block, fencedCodeBlock);
    }
}
/** Joins rendered pieces with blank lines, leaving out empty ones. */
function joinMarkdown(pieces) {
    return pieces.filter((piece) => piece !== '').join('\n\n');
}
function renderBlocks(blocks, options) {
    return joinMarkdown(blocks.map((block) => renderBlockMarkdown(block, options)));
}
/** Renders the title line: the report name and its overall status. */
function renderTitleLine(report) {
    const status = (0,report_document/* overallStatus */.g)(report);
    return `## ${STATUS_EMOJI[status]} ${escapeMarkdownText(report.name).trim()}: ${status}`;
}
/** Renders the heading of a stage: its status emoji, title and headline. */
function renderStageHeading(stage) {
    const title = escapeMarkdownText(stage.title).trim();
    const headline = escapeMarkdownText(stage.headline).trim();
    return `### ${STATUS_EMOJI[stage.status]} ${title}${headline === '' ? '' : `: ${headline}`}`;
}
/** Returns the pieces that precede the stages: the sticky marker and the title line, as the options ask. */
function renderReportHeader(report, options = {}) {
    const pieces = [];
    if (options.stickyMarker === true)
        pieces.push(stickyMarker(report.name));
    if (options.title !== false)
        pieces.push(renderTitleLine(report));
    return pieces;
}
/** Renders one stage: its heading followed by its blocks. */
function renderStageMarkdown(stage, options = {}) {
    return joinMarkdown([renderStageHeading(stage), renderBlocks(stage.blocks, options)]);
}
/** Renders a whole report, without any length limit; see `fitMarkdown` for that. */
function renderMarkdown(report, options = {}) {
    const stages = report.stages.map((stage) => renderStageMarkdown(stage));
    return `${joinMarkdown([...renderReportHeader(report, options), ...stages])}\n`;
}


/***/ }),

/***/ 9409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ renderMermaidMarkdown),
/* harmony export */   Y0: () => (/* binding */ flowchartSource),
/* harmony export */   mx: () => (/* binding */ chartReportBlock)
/* harmony export */ });
/* unused harmony exports LABEL_MAX_CHARACTERS, mermaidLabel, isInertMermaidSource */
/* harmony import */ var _control_characters_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(900);
/**
 * A small subset of Mermaid flowchart syntax that is safe to build from
 * untrusted names, the check that a source uses only that subset, and the
 * report block that carries it.
 *
 * The Markdown renderers escape text but not Mermaid source, so safety is
 * decided here. Every label is quoted, and every character other than
 * letters, digits, marks, space, `.`, `_`, `/` and `-` becomes a Mermaid
 * entity code (`#35;` for `#`). So a label contains no quote, bracket,
 * backtick, `<`, `>`, `@`, `;`, `%` or line break, and cannot end itself,
 * start a Markdown string, an edge, a comment, an HTML tag or a mention, or
 * close the code fence. Node ids are generated (`n0`, `n1`, ...), never taken
 * from the input.
 */

/** Maximum characters of a label. A longer path keeps its end, which names the file. */
const LABEL_MAX_CHARACTERS = 60;
const ELLIPSIS = '…';
// Characters kept as they are. Everything else is written as `#<code point>;`.
const LABEL_SAFE = /^[\p{L}\p{N}\p{M} ._/-]$/u;
/**
 * Quotes untrusted text as a flowchart label: one line, at most
 * `LABEL_MAX_CHARACTERS` code points (a longer text keeps its end after `…`),
 * and every character outside the safe set as an entity code.
 */
function mermaidLabel(text) {
    const characters = Array.from((0,_control_characters_js__WEBPACK_IMPORTED_MODULE_0__/* .sanitizeLine */ .g$)(text));
    const shortened = characters.length > LABEL_MAX_CHARACTERS;
    const labelCharacters = shortened ? characters.slice(characters.length - (LABEL_MAX_CHARACTERS - 1)) : characters;
    const encoded = labelCharacters.map((character) => (LABEL_SAFE.test(character) ? character : `#${character.codePointAt(0)};`)).join('');
    return `"${shortened ? ELLIPSIS : ''}${encoded}"`;
}
const NODE_ID = /^n\d+$/;
const CLASS_NAME = /^[a-z][a-z0-9-]*$/;
const HEX_COLOR = /^#[0-9a-f]{3}([0-9a-f]{3})?$/;
/**
 * Writes a left-to-right flowchart. Throws a `RangeError` for a node id,
 * class name or colour outside the subset, because those come from code,
 * not from input.
 */
function flowchartSource(chart) {
    const lines = ['flowchart LR'];
    for (const node of chart.nodes) {
        requireMatch(node.id, NODE_ID, 'node id');
        const className = node.className === undefined ? '' : `:::${requireMatch(node.className, CLASS_NAME, 'class name')}`;
        lines.push(`  ${node.id}[${mermaidLabel(node.label)}]${className}`);
    }
    for (const edge of chart.edges) {
        lines.push(`  ${requireMatch(edge.from, NODE_ID, 'node id')} ${edge.dotted ? '-.->' : '-->'} ${requireMatch(edge.to, NODE_ID, 'node id')}`);
    }
    for (const style of chart.classes) {
        const name = requireMatch(style.name, CLASS_NAME, 'class name');
        lines.push(`  classDef ${name} fill:${requireMatch(style.fill, HEX_COLOR, 'colour')},stroke:${requireMatch(style.stroke, HEX_COLOR, 'colour')}`);
    }
    return lines.join('\n');
}
function requireMatch(value, pattern, role) {
    if (!pattern.test(value))
        throw new RangeError(`Invalid Mermaid ${role} ${JSON.stringify(value)}`);
    return value;
}
// One line of each form that `flowchartSource` writes.
const SOURCE_LINES = [
    /^flowchart LR$/,
    /^ {2}n\d+\["…?(?:[\p{L}\p{N}\p{M} ._/-]|#\d{1,7};)*"\](?::::[a-z][a-z0-9-]*)?$/u,
    /^ {2}n\d+ (?:-->|-\.->) n\d+$/,
    /^ {2}classDef [a-z][a-z0-9-]* fill:#[0-9a-f]{3}(?:[0-9a-f]{3})?,stroke:#[0-9a-f]{3}(?:[0-9a-f]{3})?$/,
];
/**
 * Checks that every line of `source` has a form that `flowchartSource`
 * writes. A renderer that draws a `MermaidBlock` from a stored report, such
 * as the artifact of a fork's run, checks this first and shows any other
 * source as plain code.
 */
function isInertMermaidSource(source) {
    const lines = source.split('\n');
    if (lines[0] !== 'flowchart LR')
        return false;
    return lines.every((line) => SOURCE_LINES.some((pattern) => pattern.test(line)));
}
/**
 * Renders the block as a fenced `mermaid` block for GitHub, which draws it
 * as a diagram. A source outside the subset is rendered as a plain code block
 * by `fallback`, so it shows as text and is never drawn.
 */
function renderMermaidMarkdown(block, fallback) {
    if (!isInertMermaidSource(block.source))
        return fallback(block.source);
    return `\`\`\`mermaid\n${block.source}\n\`\`\``;
}
/** Wraps the chart in a collapsed section, so a large chart does not push the tables down. */
function chartReportBlock(block, summary) {
    return { kind: 'details', summary, blocks: [block] };
}


/***/ }),

/***/ 3641:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ makeParentFolders)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Creates the missing folders above an output file one level at a time.
 * Node 20's `mkdirSync(path, { recursive: true })` never returns for a
 * missing folder under `/proc` (seen on Node 20.20 on Linux), so a user's
 * `--sarif /proc/x/out.sarif` would hang the run instead of failing with a
 * message.
 */


/** Creates the folder that will contain `file`, and the folders above it, where they are missing. */
function makeParentFolders(file) {
    const missing = [];
    for (let folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(file); !(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(folder); folder = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder)) {
        missing.push(folder);
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(folder) === folder)
            break;
    }
    for (const folder of missing.reverse())
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(folder);
}


/***/ })

};
