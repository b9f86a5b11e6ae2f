export const id = 499;
export const ids = [499];
export const modules = {

/***/ 7499:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCoverageStage: () => (/* binding */ runCoverageStage)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/coverage/base-summary.ts
var base_summary = __webpack_require__(48792);
// EXTERNAL MODULE: ./src/git/commit-sha.ts
var commit_sha = __webpack_require__(71600);
// EXTERNAL MODULE: ./src/coverage/model.ts
var model = __webpack_require__(43307);
;// CONCATENATED MODULE: ./src/coverage/gate/metric-formats.ts
// This table mirrors what the parsers under src/coverage/parsers emit;
// update it when a parser starts or stops producing a metric.
const FORMATS_BY_METRIC = {
    lines: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco', 'go'],
    branches: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco'],
    functions: ['lcov', 'istanbul-json', 'istanbul-summary', 'cobertura', 'clover', 'jacoco'],
    statements: ['istanbul-json', 'istanbul-summary', 'clover', 'go'],
    classes: ['jacoco'],
};
/** Sentence for a metric that the reports lack, naming the formats that carry it. */
function notMeasuredMessage(metric, formats) {
    const read = formats.length > 0 ? [...new Set(formats)].join(', ') : 'none';
    return `${metric.charAt(0).toUpperCase()}${metric.slice(1)} are not measured by these reports (formats read: ${read}). Formats that carry ${metric}: ${FORMATS_BY_METRIC[metric].join(', ')}. Add such a report or remove the ${metric} threshold`;
}

;// CONCATENATED MODULE: ./src/coverage/gate/percent.ts
/** Hundredths of a percent in 100%. */
const SCALE = 10_000;
/**
 * Converts a percent with at most 2 decimals (a threshold, a maxDrop) to
 * hundredths of a percent. Throws on more decimals, which the config schema rejects.
 */
function toHundredths(percent) {
    const hundredths = Math.round(percent * 100);
    if (!Number.isFinite(percent) || Math.abs(hundredths - percent * 100) > 1e-6) {
        throw new RangeError(`Percent ${percent} has more than 2 decimals.`);
    }
    return hundredths;
}
/** Returns whether `covered / total >= threshold / 100`. A counter with no items always meets it. */
function meetsThreshold(counter, thresholdPercent) {
    if (counter.total === 0)
        return true;
    const threshold = toHundredths(thresholdPercent);
    // covered * 10000 >= threshold * total, in exact integers.
    return compareProducts(counter.covered, SCALE, threshold, counter.total) >= 0;
}
/** `covered / total` in hundredths of a percent, rounded down; null when there are no items. */
function percentHundredths(counter) {
    if (counter.total === 0)
        return null;
    const product = counter.covered * SCALE;
    // Subtracting the remainder first keeps the division exact; Math.floor(product / total)
    // can round up when the quotient falls just below an integer.
    if (Number.isSafeInteger(product))
        return (product - (product % counter.total)) / counter.total;
    return Number((BigInt(counter.covered) * BigInt(SCALE)) / BigInt(counter.total));
}
/** Returns the percent rounded down to 2 decimals as a number (89.99), or null when there are no items. */
function percentValue(counter) {
    const hundredths = percentHundredths(counter);
    return hundredths === null ? null : hundredths / 100;
}
/** Formats the percent rounded down, as "89.99%", or "no items" when the total is 0. */
function formatPercent(counter) {
    const hundredths = percentHundredths(counter);
    return hundredths === null ? 'no items' : `${formatHundredths(hundredths)}%`;
}
/** Formats the percent rounded down without the sign ("89.99") for action outputs, or "" when there are no items. */
function formatPercentNumber(counter) {
    const hundredths = counter ? percentHundredths(counter) : null;
    return hundredths === null ? '' : formatHundredths(hundredths);
}
/** Formats a threshold as given, without trailing zeros: 90 as "90%", 33.3 as "33.3%". */
function formatThreshold(percent) {
    return `${toHundredths(percent) / 100}%`;
}
/** Renders hundredths with exactly 2 decimals: 8999 as "89.99", -5 as "-0.05". */
function formatHundredths(hundredths) {
    const sign = hundredths < 0 ? '-' : '';
    const magnitude = Math.abs(hundredths);
    const whole = Math.floor(magnitude / 100);
    const fraction = String(magnitude % 100).padStart(2, '0');
    return `${sign}${whole}.${fraction}`;
}
/**
 * Compares `a * b` with `c * d` for non-negative integers. BigInt is used only
 * when a product could lose precision above 2^53.
 */
function compareProducts(a, b, c, d) {
    const left = a * b;
    const right = c * d;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right))
        return Math.sign(left - right);
    const exactLeft = BigInt(a) * BigInt(b);
    const exactRight = BigInt(c) * BigInt(d);
    if (exactLeft === exactRight)
        return 0;
    return exactLeft > exactRight ? 1 : -1;
}


// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./src/coverage/totals.ts
var coverage_totals = __webpack_require__(45531);
// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
;// CONCATENATED MODULE: ./src/coverage/gate/thresholds.ts
/** Global and per-path thresholds: one check per metric that has a threshold. */





/** Scope name of the global checks. */
const ALL_FILES = 'all files';
/** Checks the totals of all files against the global thresholds. */
function checkGlobalThresholds(totals, thresholds, formats) {
    return thresholdChecks('global', ALL_FILES, totals, thresholds, formats);
}
/**
 * Checks each path rule against the files matching its glob. A file that
 * matches several globs counts in each. A glob that matches no file fails,
 * because a typo in a glob would otherwise pass silently.
 */
function checkPathThresholds(files, rules, formats) {
    const checks = [];
    for (const rule of rules) {
        const isMatch = picomatch_default()(rule.glob, { dot: true });
        const matching = files.filter((file) => isMatch(file.path));
        if (matching.length === 0) {
            checks.push(noMatchCheck(rule.glob));
            continue;
        }
        checks.push(...thresholdChecks('path', rule.glob, (0,coverage_totals/* sumTotals */.L_)(matching), rule.thresholds, formats));
    }
    return checks;
}
function thresholdChecks(kind, scope, totals, thresholds, formats) {
    const checks = [];
    for (const metric of model/* METRICS */.Cb) {
        const threshold = thresholds[metric];
        if (threshold === undefined)
            continue;
        checks.push(checkMetric(kind, scope, metric, totals[metric], threshold, formats));
    }
    return checks;
}
/** Checks one counter against one threshold. */
function checkMetric(kind, scope, metric, counter, threshold, formats) {
    const base = { kind, scope, metric, threshold };
    const where = kind === 'global' ? '' : ` in ${scope}`;
    if (counter === null) {
        return { ...base, actual: null, condition: 'not-measured', passed: false, message: `${notMeasuredMessage(metric, formats)}.` };
    }
    if (counter.total === 0) {
        const message = `${capitalize(metric)}${where}: no items, so the ${formatThreshold(threshold)} threshold does not apply.`;
        return { ...base, actual: counter, condition: 'no-items', passed: true, message };
    }
    const passed = meetsThreshold(counter, threshold);
    const measured = `${(0,count_text/* formatCount */.B4)(counter.covered)} of ${(0,count_text/* formatCount */.B4)(counter.total)} (${formatPercent(counter)})`;
    const verdict = passed ? 'meets' : 'is below';
    const message = `${capitalize(metric)}${where}: ${measured} ${verdict} the ${formatThreshold(threshold)} threshold.`;
    return { ...base, actual: counter, condition: 'measured', passed, message };
}
function noMatchCheck(glob) {
    return {
        kind: 'path',
        scope: glob,
        metric: null,
        actual: null,
        threshold: null,
        condition: 'no-match',
        passed: false,
        message: `Path glob ${glob} matches no file in the coverage reports. Fix the glob or remove the rule.`,
    };
}
function capitalize(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

;// CONCATENATED MODULE: ./src/coverage/gate/delta.ts
/**
 * Comparison with the base: the change of each metric in percentage points,
 * computed from exact counts, and a failing check when a drop exceeds its
 * maxDrop plus the tolerance.
 */





/** Compares the totals with the base and checks every metric that has a maxDrop. */
function compareWithBase(totals, base, settings, 
/** Formats of the current reports, named when a metric with a maxDrop is missing. */
formats) {
    if ('missingReason' in base)
        return { found: false, reason: base.missingReason, checks: [] };
    const summary = base.summary;
    const deltas = [];
    for (const metric of model/* METRICS */.Cb) {
        const current = totals[metric];
        const previous = summary.totals[metric];
        if (!current || !previous || current.total === 0 || previous.total === 0)
            continue;
        deltas.push({ metric, current, base: previous, deltaHundredths: deltaHundredths(current, previous) });
    }
    const checks = [];
    for (const metric of model/* METRICS */.Cb) {
        const maxDrop = settings.maxDrop[metric];
        if (maxDrop === undefined)
            continue;
        checks.push(dropCheck(metric, totals[metric], summary, maxDrop, settings.tolerance, formats));
    }
    return { found: true, commit: summary.commit, createdAt: summary.createdAt, deltas, checks };
}
function dropCheck(metric, current, summary, maxDrop, tolerance, formats) {
    const previous = summary.totals[metric];
    const check = { kind: 'delta', scope: 'base', metric, actual: current, threshold: maxDrop };
    const label = capitalize(metric);
    if (current === null) {
        return { ...check, condition: 'not-measured', passed: false, message: `${notMeasuredMessage(metric, formats)}.` };
    }
    if (previous === null || previous.total === 0 || current.total === 0) {
        const reason = previous === null ? `${describeBase(summary.commit)} did not measure ${metric}` : `there are no ${metric} to compare`;
        return { ...check, condition: 'no-items', passed: true, message: `${label}: ${reason}, so the drop was not checked.` };
    }
    const allowed = toHundredths(maxDrop) + toHundredths(tolerance);
    const passed = !dropExceeds(current, previous, allowed);
    const change = formatDelta(deltaHundredths(current, previous));
    const comparison = `${formatPercent(current)} against ${formatPercent(previous)} on ${describeBase(summary.commit)}, a change of ${change} percentage points`;
    const limit = `the allowed drop of ${formatHundredths(allowed)} (maxDrop ${maxDrop} plus tolerance ${tolerance})`;
    const verdict = passed ? `is within ${limit}` : `exceeds ${limit}`;
    return { ...check, condition: 'measured', passed, message: `${label}: ${comparison}, which ${verdict}.` };
}
/**
 * Returns whether `base - current`, in hundredths of a percentage point, exceeds
 * `allowed`: 10000 * (b.covered * c.total - c.covered * b.total) > allowed * b.total * c.total.
 */
function dropExceeds(current, base, allowedHundredths) {
    const drop = 10000n * (BigInt(base.covered) * BigInt(current.total) - BigInt(current.covered) * BigInt(base.total));
    return drop > BigInt(allowedHundredths) * BigInt(base.total) * BigInt(current.total);
}
/**
 * Current minus base percent in hundredths of a percentage point, rounded
 * down, so a drop never shows smaller than it is. Both totals must be positive.
 */
function deltaHundredths(current, base) {
    const numerator = 10000n * (BigInt(current.covered) * BigInt(base.total) - BigInt(base.covered) * BigInt(current.total));
    const denominator = BigInt(current.total) * BigInt(base.total);
    let quotient = numerator / denominator;
    // BigInt division truncates toward zero; step down for a negative remainder.
    if (numerator % denominator !== 0n && numerator < 0n)
        quotient -= 1n;
    return Number(quotient);
}
/** Formats a delta with its sign: "+0.52", "-1.20", "0.00". */
function formatDelta(hundredths) {
    return hundredths > 0 ? `+${formatHundredths(hundredths)}` : formatHundredths(hundredths);
}
/** Shortens a commit SHA to 7 characters; a label that is not a SHA (a base report's path) stays whole. */
function shortSha(commit) {
    return (0,commit_sha/* isCommitSha */._)(commit) ? commit.slice(0, 7) : commit;
}
/** Names the base in a sentence: "base commit 1a2b3c4", or the label of a base report. */
function describeBase(commit) {
    return (0,commit_sha/* isCommitSha */._)(commit) ? `base commit ${shortSha(commit)}` : commit;
}

;// CONCATENATED MODULE: ./src/coverage/base-commit-warning.ts
/**
 * The warning for a base summary of a commit other than the merge base. Such
 * a summary is still used, because a near commit is often the best base at
 * hand, but its deltas then measure more or less than the branch's change.
 */


/** Returns the warning when the summary's commit is not the merge base, else null. */
function baseCommitWarning(check) {
    // A base report parsed in this run names no commit, so there is nothing to compare.
    if (!(0,commit_sha/* isCommitSha */._)(check.summaryCommit))
        return null;
    if (check.summaryCommit.toLowerCase() === check.mergeBase.toLowerCase())
        return null;
    const summary = shortSha(check.summaryCommit);
    const mergeBase = shortSha(check.mergeBase);
    return (`${check.summaryName} is of commit ${summary}, not of ${mergeBase}, the merge base of ${check.base} and ${check.head}. ` +
        `The change from base therefore compares ${check.head} with ${summary}, not with the point where the branch left ${check.base}, ` +
        `so it can include changes of other commits or leave out some of this branch. ` +
        `To compare with the branch point, write the summary on ${mergeBase} (testmaster coverage --write-summary FILE).`);
}

// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
;// CONCATENATED MODULE: ./src/coverage/head-commit.ts
/**
 * The check that a named head ref is the checked-out commit.
 *
 * Report paths are matched against the files of the working tree, not of the
 * head commit, and so are the parts that read files: go.mod files for Go
 * import paths and the sources of the HTML report. Matching paths against
 * `git ls-tree` of another commit would fix only the file list, and the
 * report would mix two trees. A report is also made by running the tests of
 * a checkout, so the sound request is to check that commit out, which this
 * check names as the fix.
 */



/**
 * Checks that `head` resolves to the commit that HEAD names; `flag` is how the
 * user named it, such as `--head`. A head of another commit is rejected before
 * any report is read, because the totals would come from the wrong files. A
 * head that does not resolve is returned as a problem instead: the reports
 * still give correct totals for the checked-out files, and only the parts
 * that need the head commit (the diff and the base) are lost.
 */
async function checkHeadIsCheckedOut(root, head, flag) {
    let headSha;
    try {
        headSha = await (0,git/* resolveCommit */.WL)(root, head);
    }
    catch (error) {
        if (error instanceof errors/* UserError */.yo)
            return new errors/* UserError */.yo(`${flag} ${JSON.stringify(head)}: ${error.message}`);
        throw error;
    }
    const checkedOut = await (0,git/* resolveCommit */.WL)(root, 'HEAD');
    if (headSha === checkedOut)
        return null;
    throw new errors/* UserError */.yo(`${flag} ${JSON.stringify(head)} is commit ${shortSha(headSha)}, but the checked-out commit is ${shortSha(checkedOut)}. ` +
        'Coverage reports are matched against the checked-out files, so files that only the head commit has would be dropped. ' +
        `Check out ${head} first (git checkout, or git worktree add for a second folder) and run the command there, or leave out ${flag}`);
}

// EXTERNAL MODULE: ./src/coverage/find-reports.ts
var find_reports = __webpack_require__(96769);
// EXTERNAL MODULE: ./src/coverage/columns.ts
var columns = __webpack_require__(117);
// EXTERNAL MODULE: ./src/coverage/count-arrays.ts
var count_arrays = __webpack_require__(78984);
;// CONCATENATED MODULE: ./src/coverage/line-hits.ts


/** Slots of a new builder; it doubles when a line lies past them. */
const INITIAL_CAPACITY = 64;
/**
 * Hit counts by line number, with `NOT_INSTRUMENTED` in every line not yet
 * reported. Every slot at or past `size` contains `NOT_INSTRUMENTED`, so
 * reporting a higher line only moves `size`. A parser that reads one file at a
 * time reuses one builder with `reset`.
 *
 * Counts are kept in an Int32Array, with the range of the counts tracked as
 * they are added, so that `build` copies them into the narrowest type with
 * one native `set` and no pass in JavaScript. Some counts do not fit an
 * Int32Array: negative counts other than `NOT_INSTRUMENTED`, fractions, and
 * counts above 2^31 - 1. The first of them moves the builder to a
 * Float64Array until the next `reset`, and `build` then finds the range with
 * a pass over the lines.
 */
class LineHitsBuilder {
    values = new Int32Array(0);
    /** The counts while any of them does not fit `values`, else null. */
    wide = null;
    /** One more than the highest line reported, the length of the built array. */
    size = 0;
    /** Lines that contain a count, so that `build` finds whether any slot below `size` is `NOT_INSTRUMENTED`. */
    instrumented = 0;
    /** Greatest count in `values`. */
    max = 0;
    /** Lines in `values` with a count above 0. */
    covered = 0;
    /** Empties the builder, or fills it with the counts of a file read earlier. */
    reset(values) {
        this.values.fill(model/* NOT_INSTRUMENTED */.Pq, 0, this.size);
        this.wide = null;
        this.size = 0;
        this.instrumented = 0;
        this.max = 0;
        this.covered = 0;
        if (!values || values.length === 0)
            return;
        this.reserve(values.length);
        this.size = values.length;
        for (let line = 0; line < values.length; line++) {
            const hits = values[line];
            if (hits !== model/* NOT_INSTRUMENTED */.Pq)
                this.add(line, hits);
        }
    }
    /** Adds `hits` to a line. The first report of a line replaces `NOT_INSTRUMENTED`. */
    add(line, hits) {
        if (line >= this.size)
            this.extend(line);
        if (this.wide) {
            const previous = this.wide[line];
            this.wide[line] = previous < 0 ? hits : previous + hits;
            return;
        }
        const previous = this.values[line];
        const value = previous < 0 ? hits : previous + hits;
        // One comparison rejects negatives and counts above 2^31 - 1, and the `| 0` comparison rejects fractions.
        // 2^31 - 1 is a literal, which a bundler cannot turn into a variable (see lcov-fast-records.ts).
        if (value >>> 0 > 0x7fffffff || (value | 0) !== value) {
            this.widen()[line] = value;
            return;
        }
        if (previous < 0)
            this.instrumented++;
        // Adds 1 when the line goes from no count or 0 to a count above 0: then previous - 1 and -value are negative.
        this.covered += ((previous - 1) & -value) >>> 31;
        if (value > this.max)
            this.max = value;
        this.values[line] = value;
    }
    /** Sets a line's hits to the lower of its count and `hits`, for formats where the least-run block decides a line. */
    addMinimum(line, hits) {
        if (line >= this.size)
            this.extend(line);
        // A lowered count may have been the maximum, which only a pass over the lines finds.
        const wide = this.wide ?? this.widen();
        const previous = wide[line];
        wide[line] = previous < 0 ? hits : Math.min(previous, hits);
    }
    /** Returns a copy of the counts at their exact length, in `arena` when one is given. */
    build(arena) {
        const size = this.size;
        if (this.wide)
            return arena ? arena.pack(this.wide, size) : (0,count_arrays/* narrowCopy */.zQ)(this.wide, size);
        // Every count is a non-negative 32-bit integer, and any line without one contains NOT_INSTRUMENTED (-1).
        const type = (0,count_arrays/* typeForRange */.ft)(this.instrumented < size ? model/* NOT_INSTRUMENTED */.Pq : 0, this.max, true);
        if (arena)
            return arena.packInt32(this.values, size, type);
        const target = new type(size);
        target.set(this.values.subarray(0, size));
        return target;
    }
    /** Returns the covered and instrumented lines from line 1 on, as `build` returns them. */
    count(lines) {
        if (this.wide)
            return { lines, ...countSlots(this.wide, this.size) };
        let covered = this.covered;
        let total = this.instrumented;
        // Line 0 is no source line, and totals leave it out.
        const first = this.size > 0 ? this.values[0] : model/* NOT_INSTRUMENTED */.Pq;
        if (first >= 0)
            total--;
        if (first > 0)
            covered--;
        return { lines, covered, total };
    }
    /** Moves the counts to a Float64Array, which stores any count. */
    widen() {
        const wide = new Float64Array(this.values.length);
        wide.set(this.values);
        this.wide = wide;
        return wide;
    }
    /** Moves `size` past `line`. Kept small, so that V8 inlines it into `add`, which calls it for most new lines. */
    extend(line) {
        if (line >= this.values.length)
            this.grow(line + 1);
        this.size = line + 1;
    }
    reserve(size) {
        if (this.values.length < size)
            this.grow(size);
    }
    grow(size) {
        const capacity = Math.max(size, this.values.length * 2, INITIAL_CAPACITY);
        const larger = new Int32Array(capacity).fill(model/* NOT_INSTRUMENTED */.Pq);
        larger.set(this.values);
        this.values = larger;
        if (this.wide) {
            const wide = new Float64Array(capacity).fill(model/* NOT_INSTRUMENTED */.Pq);
            wide.set(this.wide);
            this.wide = wide;
        }
    }
}
/** Counts the instrumented and covered slots of `values[1, size)`. */
function countSlots(values, size) {
    let covered = 0;
    let total = 0;
    for (let line = 1; line < size; line++) {
        const hits = values[line];
        if (hits < 0)
            continue;
        total++;
        if (hits > 0)
            covered++;
    }
    return { covered, total };
}

// EXTERNAL MODULE: ./src/coverage/record-tables.ts
var record_tables = __webpack_require__(62835);
;// CONCATENATED MODULE: ./src/coverage/parsers/branch-draft.ts


class BranchDraft {
    line = new columns/* NumberColumn */.oq();
    covered = new columns/* NumberColumn */.oq();
    total = new columns/* NumberColumn */.oq();
    /** Outcome counts per group, or null for count-only formats; only Clover lists them. */
    taken = [];
    /** Index of the groups by line, built only once a line comes out of ascending order. */
    index = null;
    /** Starts a draft with the groups of a table built earlier, for a file that the report names again. */
    static fromTable(table) {
        const draft = new BranchDraft();
        for (let group = 0; group < table.length; group++) {
            const start = table.takenStart[group];
            const end = table.takenStart[group + 1];
            const taken = end > start ? Array.from(table.taken.subarray(start, end)) : null;
            draft.append(table.line[group], table.covered[group], table.total[group], taken);
        }
        return draft;
    }
    /**
     * Adds branch outcomes to a line. A line reported twice (Cobertura lists a
     * line again in each class that compiles code onto it) keeps one group
     * whose counts are summed, because each listing counts other outcomes.
     */
    add(line, covered, total, taken) {
        const count = this.line.length;
        if (count === 0 || (this.line.at(count - 1) < line && !this.index)) {
            this.append(line, covered, total, taken);
            return;
        }
        const index = (this.index ??= this.indexLines());
        const group = index.get(line);
        if (group === undefined) {
            index.set(line, count);
            this.append(line, covered, total, taken);
            return;
        }
        this.covered.set(group, this.covered.at(group) + covered);
        this.total.set(group, this.total.at(group) + total);
        const previous = this.taken[group];
        this.taken[group] = previous && taken ? [...previous, ...taken] : null;
    }
    /** Builds the groups, ordered by line. */
    build(arena) {
        const order = Array.from({ length: this.line.length }, (_, index) => index);
        if (this.index)
            order.sort((a, b) => this.line.at(a) - this.line.at(b));
        const builder = new record_tables/* BranchTableBuilder */.iN();
        for (const group of order) {
            builder.add(this.line.at(group), this.covered.at(group), this.total.at(group), this.taken[group]);
        }
        return builder.build(arena);
    }
    append(line, covered, total, taken) {
        this.line.push(line);
        this.covered.push(covered);
        this.total.push(total);
        this.taken.push(taken);
    }
    indexLines() {
        const index = new Map();
        for (let group = 0; group < this.line.length; group++)
            index.set(this.line.at(group), group);
        return index;
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-attributes.ts
/** Typed reads of XML attributes, with errors that name the element, the attribute and the position. */

const REGENERATE_FIX = 'Regenerate the report with the coverage tool; hand edits and cut-off writes can lose or damage attributes';
/**
 * Parses a non-negative count. The fast path reads plain digits without a
 * regular expression or `Number()`; anything else goes through `Number()`, so
 * "2.0" or "1e3" still parse. Returns -1 for text that is not a finite
 * non-negative number.
 */
function parseCount(text) {
    const value = parseDigits(text, 0, text.length);
    if (value >= 0)
        return value;
    if (text.trim().length === 0)
        return -1;
    const number = Number(text);
    return Number.isFinite(number) && number >= 0 ? number : -1;
}
/**
 * Parses `text[start, end)` as plain decimal digits without copying it.
 * Returns -1 when the range is empty, contains anything else, or has 16 or more
 * digits, where doubles stop being exact.
 */
function parseDigits(text, start, end) {
    if (end <= start || end - start > 15)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Returns the attribute's text, or throws naming the element and the missing attribute. */
function requireAttribute(reader, tag, name) {
    const value = tag.attributes[name];
    if (value === undefined) {
        throw reader.error(`<${tag.name}> is missing the required attribute "${name}"`, REGENERATE_FIX);
    }
    return value;
}
/** Returns the attribute as a count, or throws when it is missing or not a non-negative integer up to 2^53 - 1. */
function requireCount(reader, tag, name) {
    return toCount(reader, tag, name, requireAttribute(reader, tag, name));
}
/** Returns the attribute as a count, `fallback` when it is missing, or throws when it is not a number. */
function optionalCount(reader, tag, name, fallback) {
    const text = tag.attributes[name];
    return text === undefined ? fallback : toCount(reader, tag, name, text);
}
/** Reads a line number attribute, which must be an integer from 1 to `MAX_LINE_NUMBER`. */
function requireLineNumber(reader, tag, name) {
    const line = requireCount(reader, tag, name);
    if (line < 1) {
        throw reader.error(`<${tag.name}> has ${name}="${tag.attributes[name]}", but a line number must be an integer of 1 or more`, REGENERATE_FIX);
    }
    return checkLineNumber(reader, tag, name, line);
}
/** Returns `line`, or throws when it is above `MAX_LINE_NUMBER`, before any array grows to reach it. */
function checkLineNumber(reader, tag, name, line) {
    if (line > model/* MAX_LINE_NUMBER */.yy) {
        throw reader.error(`<${tag.name}> has ${name}="${tag.attributes[name]}", which is above the maximum line number ${model/* MAX_LINE_NUMBER */.yy}`, 'No source file has that many lines; regenerate the report with the coverage tool');
    }
    return line;
}
/**
 * Returns a copy of `text` that shares no memory with the parser's input.
 * V8 stores a substring of 13 or more characters as a slice that keeps the
 * whole source string alive, so a path kept from each 64 KiB chunk would keep
 * every chunk in memory. Call it on every string the parsed report keeps.
 */
function detachString(text) {
    // Flattening the concatenation copies the characters into a new string, and the slice then refers to that copy only.
    return text.length < 13 ? text : (' ' + text).slice(1);
}
/** Reads an XML boolean the way .NET and Java tools write it ("true", "True", "TRUE"). */
function isTrue(text) {
    if (text === undefined || text.length !== 4)
        return false;
    return text === 'true' || text.toLowerCase() === 'true';
}
/**
 * Converts a count attribute. Coverage tools write counts as plain integers,
 * so a fraction or an exponent means the report was damaged or hand edited.
 * "2.0" is still accepted, because its value is an integer.
 */
function toCount(reader, tag, name, text) {
    const value = parseCount(text);
    if (value < 0) {
        throw reader.error(`<${tag.name}> has ${name}="${text}", which is not a non-negative number`, REGENERATE_FIX);
    }
    if (!Number.isInteger(value) || text.includes('e') || text.includes('E')) {
        throw reader.error(`<${tag.name}> has ${name}="${text}", which is not an integer in plain digits`, REGENERATE_FIX);
    }
    if (value > Number.MAX_SAFE_INTEGER) {
        throw reader.error(`<${tag.name}> has ${name}="${text}", which is above the maximum count ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, 'Counts above 2^53 - 1 cannot be added exactly; regenerate the report with the coverage tool');
    }
    return value;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/file-table.ts
/**
 * Per-file records that a parser fills while it reads, keyed by the path the
 * report wrote, so that a file the report splits over several elements
 * (Cobertura classes, JaCoCo classes and source files) becomes one record.
 */





/**
 * Number of drafts that keep their records in plain arrays. When one more
 * draft opens, the one opened longest ago is packed into typed arrays. XML
 * reports list a file's records in one place or in a few elements close
 * together (JaCoCo lists a package's classes, then its source files), so a
 * packed draft is rarely opened again. Before this limit, the plain arrays of
 * every file of a 100 MB report stayed on the heap until the end.
 * NOTE: a report that returns to more than 16 files in turn, again and again,
 * packs and reopens a draft on each return, at a cost that grows with the
 * records of that file.
 */
const OPEN_DRAFT_LIMIT = 16;
const NO_LINES = new LineHitsBuilder().build();
const NO_FUNCTIONS = new record_tables/* FunctionTableBuilder */["if"]().build();
const NO_STATEMENTS = new record_tables/* StatementTableBuilder */.tk().build();
const NO_BRANCHES = new BranchDraft().build();
/**
 * Records of one file. Each kind of record is open, in a builder that accepts
 * more, or packed, in a finished table in the report's arena. Adding to a
 * packed kind reopens it from its table.
 */
class FileDraft {
    path;
    onOpen;
    classes = [];
    summary = {};
    openLines = null;
    openFunctions = null;
    openStatements = null;
    openBranches = null;
    packedLines = null;
    packedFunctions = null;
    packedStatements = null;
    packedBranches = null;
    open = false;
    /** `onOpen` is called when the draft goes from packed, or new, to open. */
    constructor(path, onOpen = () => { }) {
        this.path = path;
        this.onOpen = onOpen;
    }
    get lines() {
        if (this.openLines)
            return this.openLines;
        this.markOpen();
        const builder = new LineHitsBuilder();
        if (this.packedLines)
            builder.reset(this.packedLines);
        this.packedLines = null;
        return (this.openLines = builder);
    }
    get functions() {
        if (this.openFunctions)
            return this.openFunctions;
        this.markOpen();
        const builder = new record_tables/* FunctionTableBuilder */["if"]();
        if (this.packedFunctions)
            for (const record of (0,record_tables/* functionRecords */.Rm)(this.packedFunctions))
                builder.add(record.name, record.line, record.hits);
        this.packedFunctions = null;
        return (this.openFunctions = builder);
    }
    get statements() {
        if (this.openStatements)
            return this.openStatements;
        this.markOpen();
        const builder = new record_tables/* StatementTableBuilder */.tk();
        if (this.packedStatements) {
            for (const record of (0,record_tables/* statementRecords */.mM)(this.packedStatements))
                builder.add(record.line, record.column, record.hits, record.weight);
        }
        this.packedStatements = null;
        return (this.openStatements = builder);
    }
    addLine(line, hits) {
        this.lines.add(line, hits);
    }
    /** Adds branch outcomes to a line; a line listed again sums into its first group (see `BranchDraft.add`). */
    addBranches(line, covered, total, taken) {
        this.branches().add(line, covered, total, taken);
    }
    /** Builds the branch groups recorded so far, ordered by line. */
    branchTable(arena) {
        return this.openBranches ? this.openBranches.build(arena) : (this.packedBranches ?? new BranchDraft().build(arena));
    }
    /** Moves every open kind of record into finished tables in `arena` and drops its builder. */
    pack(arena) {
        if (this.openLines)
            this.packedLines = this.openLines.build(arena);
        if (this.openFunctions)
            this.packedFunctions = this.openFunctions.build(arena);
        if (this.openStatements)
            this.packedStatements = this.openStatements.build(arena);
        if (this.openBranches)
            this.packedBranches = this.openBranches.build(arena);
        this.openLines = null;
        this.openFunctions = null;
        this.openStatements = null;
        this.openBranches = null;
        this.open = false;
    }
    // The finished tables, after `pack`. A kind with no records shares one empty table.
    finishedLines() {
        return this.packedLines ?? NO_LINES;
    }
    finishedFunctions() {
        return this.packedFunctions ?? NO_FUNCTIONS;
    }
    finishedStatements() {
        return this.packedStatements ?? NO_STATEMENTS;
    }
    finishedBranches() {
        return this.packedBranches ?? NO_BRANCHES;
    }
    branches() {
        if (this.openBranches)
            return this.openBranches;
        this.markOpen();
        const draft = this.packedBranches ? BranchDraft.fromTable(this.packedBranches) : new BranchDraft();
        this.packedBranches = null;
        return (this.openBranches = draft);
    }
    markOpen() {
        if (this.open)
            return;
        this.open = true;
        this.onOpen(this);
    }
}
class FileTable {
    drafts = new Map();
    arena = new columns/* ColumnArena */.mH();
    /** Drafts with open records, oldest first; at most `OPEN_DRAFT_LIMIT`. */
    openDrafts = [];
    onOpen = (draft) => {
        this.openDrafts.push(draft);
        if (this.openDrafts.length > OPEN_DRAFT_LIMIT)
            this.openDrafts.shift().pack(this.arena);
    };
    get size() {
        return this.drafts.size;
    }
    /** Returns the record for `path`, creating it on first use. */
    get(path) {
        let draft = this.drafts.get(path);
        if (!draft) {
            const ownPath = detachString(path);
            draft = new FileDraft(ownPath, this.onOpen);
            this.drafts.set(ownPath, draft);
        }
        return draft;
    }
    /**
     * Builds the files in the order the report first named them. A carried
     * metric that a file has no records of becomes an empty array, unless the
     * file has a summary counter for it.
     */
    toFiles(carried) {
        for (const draft of this.openDrafts)
            draft.pack(this.arena);
        this.openDrafts = [];
        const files = [];
        for (const draft of this.drafts.values())
            files.push(toFileCoverage(draft, carried));
        return files;
    }
}
function toFileCoverage(draft, carried) {
    const file = { path: draft.path };
    const hasSummary = (metric) => draft.summary[metric] !== undefined;
    if (carried.lines && !hasSummary('lines'))
        file.lines = draft.finishedLines();
    if (carried.branches && !hasSummary('branches'))
        file.branches = draft.finishedBranches();
    if (carried.functions && !hasSummary('functions'))
        file.functions = draft.finishedFunctions();
    if (carried.statements && !hasSummary('statements'))
        file.statements = draft.finishedStatements();
    if (carried.classes && !hasSummary('classes'))
        file.classes = draft.classes;
    if (Object.keys(draft.summary).length > 0)
        file.summary = draft.summary;
    return file;
}

// EXTERNAL MODULE: ./src/coverage/parsers/xml-bytes.ts + 8 modules
var xml_bytes = __webpack_require__(93309);
// EXTERNAL MODULE: ./src/coverage/parsers/xml-syntax-error.ts
var xml_syntax_error = __webpack_require__(55453);
;// CONCATENATED MODULE: ./src/coverage/parsers/xml-stream.ts
/**
 * A streaming XML reader for coverage reports, built on the byte scanner in
 * xml-bytes.ts.
 *
 * It feeds chunks to the scanner as they arrive and keeps no tree, so its own
 * memory is bounded by the largest tag, comment or DOCTYPE, not by the size
 * of the report. The format parsers keep only the records they return.
 * It rejects documents that declare entities. It never fetches a DOCTYPE's
 * external DTD, because the scanner loads no external resources at all.
 */



/** Encodings that UTF-8 decoding reads correctly. */
const UTF8_COMPATIBLE = new Set(['utf-8', 'utf8', 'us-ascii', 'ascii']);
const MALFORMED_FIX = 'Regenerate the report with the coverage tool, and check that nothing edited or cut it before this step';
const TRUNCATED_FIX = 'Check that the coverage step finished writing the report before this step read it';
/**
 * Reads one XML report and calls the format's handlers for every tag.
 * Every problem is thrown as a `ReportError` naming the report, line and column.
 */
class XmlReportReader {
    source;
    format;
    warnings = [];
    scanner;
    constructor(source, format) {
        this.source = source;
        this.format = format;
    }
    /**
     * Position of the construct the reader reported last (1-based line, and the
     * column of its last character), or of the end of the input after `read`.
     */
    get position() {
        return this.scanner?.position ?? { line: 1, column: 1 };
    }
    /** Returns a `ReportError` at the current position, for the caller to throw. */
    error(problem, fix) {
        return new errors/* ReportError */.$g(this.source, this.position, problem, fix);
    }
    /** Records a problem that does not stop parsing, with its position. */
    warn(problem) {
        const { line, column } = this.position;
        this.warnings.push(`${this.source} at line ${line}, column ${column}: ${problem}`);
    }
    /**
     * Starts collecting character data (text and CDATA) until `endText`.
     * Collection is off by default, so the whitespace between tags creates no strings.
     */
    beginText() {
        if (this.scanner)
            this.scanner.captured = '';
    }
    /** Stops collecting character data and returns what was collected. */
    endText() {
        const text = this.scanner?.captured ?? '';
        if (this.scanner)
            this.scanner.captured = undefined;
        return text;
    }
    /** Parses the whole input, calling `handlers` for every tag below and including the root. */
    async read(input, handlers) {
        const scanner = new xml_bytes/* XmlByteScanner */.y(this.documentEvents(handlers));
        this.scanner = scanner;
        try {
            for await (const chunk of input.chunks)
                scanner.write(chunk);
            if (scanner.byteCount === 0) {
                throw new errors/* ReportError */.$g(this.source, undefined, `the file is empty, but a ${this.format.name} report must contain a <${this.format.root}> element`, 'Check that the coverage step ran and wrote the report to this path');
            }
            scanner.finish();
        }
        catch (error) {
            if (error instanceof xml_syntax_error/* XmlSyntaxError */.R)
                throw this.syntaxError(error);
            throw error;
        }
    }
    documentEvents(handlers) {
        return {
            xmlDeclaration: (encoding) => this.checkEncoding(encoding),
            doctype: (declaresEntities) => this.checkDoctype(declaresEntities),
            root: (tag) => this.checkRoot(tag),
            openTag: handlers.openTag.bind(handlers),
            closeTag: handlers.closeTag.bind(handlers),
        };
    }
    checkEncoding(encoding) {
        if (encoding === undefined || UTF8_COMPATIBLE.has(encoding.toLowerCase()))
            return;
        throw this.error(`the XML declaration names encoding="${encoding}", but only UTF-8 reports are supported`, 'Configure the coverage tool to write UTF-8 (for example the outputEncoding of the JaCoCo report task), or convert the file with iconv');
    }
    /**
     * Rejects entity declarations, internal or external. The reader does not
     * expand them, so a report that relies on them would parse with missing
     * text. Rejecting them also rules out entity-expansion attacks.
     */
    checkDoctype(declaresEntities) {
        if (!declaresEntities)
            return;
        throw this.error('the DOCTYPE declares entities (<!ENTITY ...>), which TestMaster rejects and never expands', 'Remove the entity declarations from the DOCTYPE; coverage tools do not write them');
    }
    checkRoot(tag) {
        if (tag.name === this.format.root)
            return;
        throw this.error(`the root element is <${tag.name}>, but a ${this.format.name} report starts with <${this.format.root}>`, `Check that this file is a ${this.format.name} XML report, or set the format of the tool that wrote it`);
    }
    syntaxError(error) {
        const at = (problem, fix) => new errors/* ReportError */.$g(this.source, error.position, problem, fix);
        switch (error.kind) {
            case 'truncated':
                return at(`the report is truncated, because it ends before its root element closes (${error.message})`, TRUNCATED_FIX);
            case 'undefined-entity':
                return at('the report uses an entity reference that XML does not predefine, and TestMaster expands no others', 'Replace the reference with the character it stands for, or with a numeric reference such as &#233;');
            case 'no-root':
                return at(`the report has no root element, but a ${this.format.name} report must contain <${this.format.root}>`, MALFORMED_FIX);
            case 'not-utf8':
                return at('the file does not start with UTF-8 text (it may be UTF-16, compressed or binary)', `Write the ${this.format.name} report as UTF-8 XML, or decompress it first`);
            case 'malformed':
                return at(`the report is not well-formed XML: ${error.message}`, MALFORMED_FIX);
        }
    }
}
/** Throws when a report parsed without errors but lists no source files. */
function requireFiles(reader, fileCount, elementName) {
    if (fileCount > 0)
        return;
    throw reader.error(`the ${reader.format.name} report lists no source files (no <${elementName}> elements)`, "Check that the tests ran with coverage enabled and that the coverage tool's source or include settings match your source folders");
}

;// CONCATENATED MODULE: ./src/coverage/parsers/clover.ts
/**
 * Clover XML, as written by PHPUnit (php-code-coverage), OpenClover and
 * Istanbul (nyc, jest and vitest `clover` reporter).
 *
 * A line is instrumented when it has a `stmt` or `cond` entry. A `method`
 * entry marks a declaration and is not a line of its own, which matches how
 * PHPUnit counts: its `statements` counter excludes method entries and its
 * `elements` counter is statements + conditionals + methods.
 *
 * The dialects disagree on `cond` entries. OpenClover writes `truecount` and
 * `falsecount` as the hit counts of the two outcomes of one condition. Istanbul
 * 3.x (istanbul-reports lib/clover) writes the covered and the missed branches
 * of the line into them instead, counts `cond` lines as statements, and writes
 * no `method` entries, only the `methods` counters. Each file is read the
 * way its own `<metrics>` counters add up; see `readConditions`.
 */



class CloverHandlers {
    reader;
    files = new FileTable();
    sawCondition = false;
    sawFunctions = false;
    sawStatement = false;
    file = null;
    inClass = false;
    warnedTypes = new Set();
    constructor(reader) {
        this.reader = reader;
    }
    openTag(tag) {
        switch (tag.name) {
            case 'line':
                this.readLine(tag);
                break;
            case 'file':
                this.openFile(tag);
                break;
            case 'class':
                this.inClass = true;
                if (this.file)
                    this.file.hasClasses = true;
                break;
            case 'metrics':
                // Class, package and project counters are aggregates of the file counters.
                if (this.file && !this.inClass)
                    this.file.metrics = readFileMetrics(this.reader, tag);
                break;
            case 'packages':
                throw this.reader.error('the report has a <packages> element, which Cobertura reports have and Clover reports do not', 'Set the format of this report to cobertura');
        }
    }
    closeTag(tag) {
        switch (tag.name) {
            case 'file':
                if (this.file)
                    this.closeFile(this.file);
                this.file = null;
                break;
            case 'class':
                this.inClass = false;
                break;
        }
    }
    openFile(tag) {
        const path = tag.attributes.path ?? requireAttribute(this.reader, tag, 'name');
        this.file = { draft: this.files.get(path), conditions: [], statementLines: 0, methodLines: 0, hasClasses: false, metrics: null };
    }
    readLine(tag) {
        const file = this.file;
        if (!file) {
            throw this.reader.error('<line> appears outside a <file> element', 'Regenerate the report with the coverage tool');
        }
        const line = requireLineNumber(this.reader, tag, 'num');
        const type = requireAttribute(this.reader, tag, 'type');
        switch (type) {
            case 'stmt': {
                const hits = requireCount(this.reader, tag, 'count');
                file.draft.addLine(line, hits);
                file.draft.statements.add(line, 0, hits, 1);
                file.statementLines++;
                break;
            }
            case 'cond': {
                const trueCount = optionalCount(this.reader, tag, 'truecount', 0);
                const falseCount = optionalCount(this.reader, tag, 'falsecount', 0);
                const hits = optionalCount(this.reader, tag, 'count', trueCount + falseCount);
                file.draft.addLine(line, hits);
                file.conditions.push({ line, hits, trueCount, falseCount });
                break;
            }
            case 'method': {
                const name = detachString(tag.attributes.name ?? tag.attributes.signature ?? '');
                file.draft.functions.add(name, line, requireCount(this.reader, tag, 'count'));
                file.methodLines++;
                break;
            }
            default:
                this.warnUnknownType(type);
        }
    }
    closeFile(file) {
        this.readConditions(file);
        if (file.statementLines > 0 || file.conditions.length > 0)
            this.sawStatement = true;
        if (file.methodLines > 0) {
            this.sawFunctions = true;
        }
        else if (file.metrics && file.metrics.methods > 0) {
            // Istanbul writes no method entries, so its counters are the only function data.
            file.draft.summary.functions = { covered: Math.max(0, file.metrics.coveredMethods), total: file.metrics.methods };
        }
    }
    /**
     * Records the file's `cond` entries as branches and statements. Files that
     * Istanbul wrote (see `readsAsIstanbul`) carry covered outcomes in
     * `truecount` and uncovered ones in `falsecount`, and count `cond` lines as
     * statements. Otherwise each entry is one condition with two outcomes,
     * covered when taken at least once, as OpenClover writes them.
     */
    readConditions(file) {
        if (file.conditions.length === 0)
            return;
        this.sawCondition = true;
        const istanbul = readsAsIstanbul(file);
        for (const entry of file.conditions) {
            if (istanbul) {
                file.draft.addBranches(entry.line, entry.trueCount, entry.trueCount + entry.falseCount, null);
                file.draft.statements.add(entry.line, 0, entry.hits, 1);
            }
            else {
                const covered = (entry.trueCount > 0 ? 1 : 0) + (entry.falseCount > 0 ? 1 : 0);
                file.draft.addBranches(entry.line, covered, 2, [entry.trueCount, entry.falseCount]);
            }
        }
    }
    warnUnknownType(type) {
        if (this.warnedTypes.has(type))
            return;
        this.warnedTypes.add(type);
        this.reader.warn(`<line> has type="${type}", which is not stmt, cond or method, so lines of this type are left out`);
    }
}
/**
 * Istanbul's Clover writer (used by nyc, c8 and vitest) emits neither
 * `<class>` elements nor `method` lines, while PHPUnit and OpenClover emit
 * both. The structure decides rather than the file's `<metrics>`, because
 * Istanbul's counters do not always add up to its own line entries: it leaves
 * out a default parameter's branch on a line that has no statement.
 */
function readsAsIstanbul(file) {
    // Istanbul writes a <metrics> element for every file; a file without one is
    // read the OpenClover way.
    return !file.hasClasses && file.methodLines === 0 && file.metrics !== null;
}
/** Reads a file's counters; the method counters become the file's function summary, so they are checked like any count. */
function readFileMetrics(reader, tag) {
    const count = (name) => {
        const text = tag.attributes[name];
        return text === undefined ? -1 : Number(text);
    };
    return {
        statements: count('statements'),
        conditionals: count('conditionals'),
        coveredConditionals: count('coveredconditionals'),
        methods: optionalCount(reader, tag, 'methods', -1),
        coveredMethods: optionalCount(reader, tag, 'coveredmethods', -1),
    };
}
/** Parses a Clover XML report. */
const parseClover = async (input) => {
    const reader = new XmlReportReader(input.source, { name: 'Clover', root: 'coverage' });
    const handlers = new CloverHandlers(reader);
    await reader.read(input, handlers);
    requireFiles(reader, handlers.files.size, 'file');
    return {
        format: 'clover',
        source: input.source,
        files: handlers.files.toFiles({
            lines: true,
            branches: handlers.sawCondition,
            functions: handlers.sawFunctions,
            statements: handlers.sawStatement,
            classes: false,
        }),
        roots: [],
        warnings: reader.warnings,
    };
};

;// CONCATENATED MODULE: ./src/coverage/parsers/cobertura.ts
/**
 * Cobertura XML, as written by coverage.py, coverlet, Istanbul (nyc and
 * vitest), gcovr, simplecov-cobertura and scoverage.
 *
 * Totals come from the `<line>` and `<method>` details, never from the
 * report's own `line-rate`, `lines-covered` or `branches-valid` attributes.
 * On the real reports of coverage.py 7.6, coverlet 1.9, gcovr 5.0 and a .NET
 * tool that the tests read, the details add up to those attributes. They can
 * differ when several classes of one file list the same line, because
 * coverlet writes a class per async state machine or lambda. Such a line
 * counts once per file here, but once per class in a tool that sums classes.
 */




class CoberturaHandlers {
    reader;
    files = new FileTable();
    roots = [];
    sawBranch = false;
    sawMethod = false;
    file = null;
    method = null;
    inSources = false;
    constructor(reader) {
        this.reader = reader;
    }
    openTag(tag) {
        switch (tag.name) {
            case 'line':
                if (this.method)
                    this.readMethodLine(tag, this.method);
                else
                    this.readClassLine(tag);
                break;
            case 'method':
                this.openMethod(tag);
                break;
            case 'class':
                this.file = this.files.get(requireAttribute(this.reader, tag, 'filename'));
                break;
            case 'sources':
                this.inSources = true;
                break;
            case 'source':
                if (this.inSources)
                    this.reader.beginText();
                break;
            case 'project':
                throw this.reader.error('the report has a <project> element, which Clover reports have and Cobertura reports do not', 'Set the format of this report to clover');
        }
    }
    closeTag(tag) {
        switch (tag.name) {
            case 'method':
                this.closeMethod();
                break;
            case 'class':
                this.file = null;
                break;
            case 'sources':
                this.inSources = false;
                break;
            case 'source':
                if (this.inSources)
                    this.addRoot(this.reader.endText());
                break;
        }
    }
    /** Reads a class's `<line>`; this runs once per line of the report, so valid input skips the checked helpers. */
    readClassLine(tag) {
        const file = this.file;
        if (!file) {
            throw this.reader.error('<line> appears outside a <class> element', 'Regenerate the report with the coverage tool');
        }
        const attributes = tag.attributes;
        const lineText = attributes.number ?? '';
        let line = parseDigits(lineText, 0, lineText.length);
        if (line < 1 || line > model/* MAX_LINE_NUMBER */.yy)
            line = requireLineNumber(this.reader, tag, 'number');
        const hitsText = attributes.hits ?? '';
        let hits = parseDigits(hitsText, 0, hitsText.length);
        if (hits < 0)
            hits = requireCount(this.reader, tag, 'hits');
        file.lines.add(line, hits);
        const branch = attributes.branch;
        if (branch !== undefined && isTrue(branch))
            this.readBranches(tag, file, line);
    }
    /** Reads `condition-coverage="50% (1/2)"` into covered and total outcomes. */
    readBranches(tag, file, line) {
        const text = tag.attributes['condition-coverage'];
        if (text === undefined) {
            this.reader.warn(`<line number="${line}"> has branch="true" but no condition-coverage attribute, so its branches are left out`);
            return;
        }
        const open = text.indexOf('(');
        const slash = text.indexOf('/', open + 1);
        const close = text.indexOf(')', slash + 1);
        const covered = open >= 0 && slash > open ? parseDigits(text, open + 1, slash) : -1;
        const total = close > slash && slash >= 0 ? parseDigits(text, slash + 1, close) : -1;
        if (covered < 0 || total < 0 || covered > total) {
            throw this.reader.error(`<line number="${line}"> has condition-coverage="${text}", but the expected form is "50% (1/2)" with covered not above total`, 'Regenerate the report with the coverage tool');
        }
        this.sawBranch = true;
        file.addBranches(line, covered, total, null);
    }
    openMethod(tag) {
        if (!this.file) {
            throw this.reader.error('<method> appears outside a <class> element', 'Regenerate the report with the coverage tool');
        }
        this.sawMethod = true;
        this.method = { name: detachString(tag.attributes.name ?? ''), firstLine: 0, hits: 0, lineCount: 0 };
    }
    readMethodLine(tag, method) {
        const lineText = tag.attributes.number ?? '';
        let line = parseDigits(lineText, 0, lineText.length);
        if (line < 1 || line > model/* MAX_LINE_NUMBER */.yy)
            line = requireLineNumber(this.reader, tag, 'number');
        const hitsText = tag.attributes.hits ?? '';
        let hits = parseDigits(hitsText, 0, hitsText.length);
        if (hits < 0)
            hits = requireCount(this.reader, tag, 'hits');
        if (method.lineCount === 0 || line < method.firstLine)
            method.firstLine = line;
        if (hits > method.hits)
            method.hits = hits;
        method.lineCount++;
    }
    /**
     * Records the method. A method with no lines (a compiler-generated
     * constructor in coverlet output) has no source to cover, so it is left out
     * rather than counted as a function that never ran.
     */
    closeMethod() {
        const method = this.method;
        this.method = null;
        if (!method || method.lineCount === 0 || !this.file)
            return;
        this.file.functions.add(method.name, method.firstLine, method.hits);
    }
    /** Keeps a `<source>` root, trimmed because .NET tools pad it with line breaks. */
    addRoot(text) {
        const root = text.trim();
        if (root.length > 0)
            this.roots.push(detachString(root));
    }
}
/** Parses a Cobertura XML report. */
const parseCobertura = async (input) => {
    const reader = new XmlReportReader(input.source, { name: 'Cobertura', root: 'coverage' });
    const handlers = new CoberturaHandlers(reader);
    await reader.read(input, handlers);
    requireFiles(reader, handlers.files.size, 'class');
    return {
        format: 'cobertura',
        source: input.source,
        files: handlers.files.toFiles({
            lines: true,
            branches: handlers.sawBranch,
            functions: handlers.sawMethod,
            statements: false,
            classes: false,
        }),
        roots: handlers.roots,
        warnings: reader.warnings,
    };
};

;// CONCATENATED MODULE: ./src/coverage/parsers/detect.ts
/**
 * Recognises the format of a coverage report from its first bytes, so users
 * need not name it. Only content is used, never the file name.
 */


/** Bytes that `detectFormat` needs at most; more are ignored. */
const DETECTION_BYTES = 64 * 1024;
const JEST_FIRST_KEYS = /^\{\s*"(?:numFailedTestSuites|numFailedTests|numPassedTestSuites|numPassedTests|numPendingTestSuites|numRuntimeErrorTestSuites|numTotalTestSuites|numTotalTests|success|startTime|testResults|coverageMap|snapshot|wasInterrupted|openHandles)"\s*:/;
const ISTANBUL_FILE_KEY = /"(?:statementMap|fnMap|branchMap)"\s*:\s*\{/;
const SUMMARY_COUNTER = /"(?:lines|statements|functions|branches)"\s*:\s*\{\s*"(?:total|covered|skipped|pct)"\s*:/;
const LCOV_FIRST_LINE = /^(?:TN|SF|VER):/;
const GO_MODE_LINE = /^mode:\s*(?:set|count|atomic)\s*$/;
/** Returns the format of a report from its first bytes, or throws `ReportError` naming `source`. */
function detectFormat(head, source) {
    // latin1 maps each byte to one character, so a multi-byte character cut at the end of `head` cannot break decoding.
    let text = head.subarray(0, DETECTION_BYTES).toString('latin1');
    if (text.startsWith('\xEF\xBB\xBF'))
        text = text.slice(3);
    text = text.trimStart();
    const format = text.startsWith('<') ? detectXml(text) : text.startsWith('{') ? detectJson(text) : detectLineFormat(text);
    if (format)
        return format;
    throw unrecognised(source, text.length === 0);
}
function detectJson(text) {
    if (JEST_FIRST_KEYS.test(text))
        return 'istanbul-json';
    const fileKey = text.search(ISTANBUL_FILE_KEY);
    const summaryKey = text.search(SUMMARY_COUNTER);
    if (fileKey < 0 && summaryKey < 0)
        return null;
    if (summaryKey < 0)
        return 'istanbul-json';
    if (fileKey < 0)
        return 'istanbul-summary';
    return fileKey < summaryKey ? 'istanbul-json' : 'istanbul-summary';
}
function detectLineFormat(text) {
    for (const rawLine of text.split('\n')) {
        const line = rawLine.trim();
        if (line === '' || line.startsWith('#'))
            continue;
        if (GO_MODE_LINE.test(line))
            return 'go';
        if (LCOV_FIRST_LINE.test(line))
            return 'lcov';
        return null;
    }
    return null;
}
/** Skips the XML declaration, comments, processing instructions and DOCTYPE, then looks at the root element. */
function detectXml(text) {
    let rest = text;
    for (;;) {
        rest = rest.trimStart();
        if (rest.startsWith('<?')) {
            rest = afterMarker(rest, '?>');
        }
        else if (rest.startsWith('<!--')) {
            rest = afterMarker(rest, '-->');
        }
        else if (/^<!DOCTYPE/i.test(rest)) {
            if (/^<!DOCTYPE\s+report\b/i.test(rest))
                return 'jacoco';
            rest = afterDoctype(rest);
        }
        else {
            break;
        }
        if (rest === '')
            return null;
    }
    if (/^<report\b/.test(rest))
        return 'jacoco';
    if (!/^<coverage\b/.test(rest))
        return null;
    const rootEnd = rest.indexOf('>');
    const rootTag = rootEnd < 0 ? rest : rest.slice(0, rootEnd);
    if (/\bline-rate\s*=/.test(rootTag))
        return 'cobertura';
    if (/\bclover\s*=/.test(rootTag))
        return 'clover';
    const body = rest.slice(rootEnd + 1);
    const project = body.search(/<project\b/);
    const cobertura = body.search(/<(?:packages|sources)\b/);
    if (project >= 0 && (cobertura < 0 || project < cobertura))
        return 'clover';
    if (cobertura >= 0)
        return 'cobertura';
    return null;
}
/**
 * Skips a DOCTYPE, including an internal subset in brackets, whose
 * declarations contain `>` of their own. The parser then rejects entity
 * declarations with a message naming them, instead of "not recognised".
 */
function afterDoctype(text) {
    const close = text.indexOf('>');
    const open = text.indexOf('[');
    if (open < 0 || (close >= 0 && close < open))
        return afterMarker(text, '>');
    return afterMarker(afterMarker(text, ']'), '>');
}
function afterMarker(text, marker) {
    const end = text.indexOf(marker);
    return end < 0 ? '' : text.slice(end + marker.length);
}
function unrecognised(source, empty) {
    return new errors/* ReportError */.$g(source, undefined, empty ? 'the file is empty' : 'the coverage report format is not recognised', empty
        ? 'Check that the tests ran with coverage enabled and wrote the report'
        : `Supported formats are ${model/* REPORT_FORMATS */.EL.join(', ')}; if the file is one of them, name it with --format <format>`);
}

// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
;// CONCATENATED MODULE: ./src/coverage/parsers/decimal.ts
/** Integer parsing straight from ASCII bytes, so that report parsers create no string per number. */
/**
 * Parses `buffer[start, end)` as a non-negative decimal integer. Returns -1 when
 * the range is empty or contains anything but digits. Values above 2^53 lose
 * precision, but rounding never takes one below 2^53, so callers can reject
 * them by comparing the result with `Number.MAX_SAFE_INTEGER`.
 */
function parseUnsigned(buffer, start, end) {
    if (start >= end)
        return -1;
    let value = 0;
    for (let i = start; i < end; i++) {
        const digit = buffer[i] - 48;
        if (digit < 0 || digit > 9)
            return -1;
        value = value * 10 + digit;
    }
    return value;
}
/** Returns the index of `byte` in `buffer[start, end)`, or -1. */
function indexOfByte(buffer, byte, start, end) {
    for (let i = start; i < end; i++) {
        if (buffer[i] === byte)
            return i;
    }
    return -1;
}
/** Returns the index of the last `byte` in `buffer[start, end)`, or -1. */
function lastIndexOfByte(buffer, byte, start, end) {
    for (let i = end - 1; i >= start; i--) {
        if (buffer[i] === byte)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/byte-order-mark.ts
/** The UTF-8 byte order mark, which Windows tools write at the start of text files and the report readers skip. */
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf]);
/** Checks whether `buffer[start, end)` starts with a UTF-8 byte order mark. */
function startsWithByteOrderMark(buffer, start, end) {
    return end - start >= BYTE_ORDER_MARK.length && buffer.compare(BYTE_ORDER_MARK, 0, BYTE_ORDER_MARK.length, start, start + BYTE_ORDER_MARK.length) === 0;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/line-excerpt.ts
/** Quoting of report lines inside error messages. */
const MAX_EXCERPT = 80;
/** Returns the line `buffer[start, end)` as a quoted string, shortened to 80 characters. */
function lineExcerpt(buffer, start, end) {
    const text = buffer.toString('utf8', start, Math.min(end, start + MAX_EXCERPT * 4));
    const short = text.length > MAX_EXCERPT ? `${text.slice(0, MAX_EXCERPT)}…` : text;
    return JSON.stringify(short);
}

;// CONCATENATED MODULE: ./src/coverage/parsers/line-scanner.ts
/**
 * Splits a chunk stream into lines without decoding it, so that a report of
 * any size is read with memory bounded by its longest line.
 */
const LF = 10;
const CR = 13;
/** Line splitting state between chunks; `feed` is synchronous so V8 optimizes its loop. */
class LineSplitter {
    onLine;
    /** Bytes of a line that started in an earlier chunk and has not ended yet. */
    pending = [];
    lineNumber = 0;
    byteCount = 0;
    lastByte = -1;
    constructor(onLine) {
        this.onLine = onLine;
    }
    feed(chunk) {
        const length = chunk.length;
        if (length === 0)
            return;
        this.byteCount += length;
        this.lastByte = chunk[length - 1];
        let start = 0;
        if (this.pending.length > 0) {
            const newline = chunk.indexOf(LF);
            if (newline < 0) {
                this.pending.push(Buffer.from(chunk));
                return;
            }
            this.pending.push(chunk.subarray(0, newline));
            const line = Buffer.concat(this.pending);
            this.pending = [];
            this.emit(line, 0, line.length);
            start = newline + 1;
        }
        // A plain loop beats Buffer.indexOf here, because most coverage lines are
        // shorter than 20 bytes and each indexOf call is a native call.
        for (let i = start; i < length; i++) {
            if (chunk[i] !== LF)
                continue;
            this.emit(chunk, start, i);
            start = i + 1;
        }
        // Copied, because the reader refills the chunk's buffer.
        if (start < length)
            this.pending.push(Buffer.from(chunk.subarray(start)));
    }
    finish() {
        if (this.pending.length > 0) {
            const line = Buffer.concat(this.pending);
            this.pending = [];
            this.emit(line, 0, line.length);
        }
        return { lineCount: this.lineNumber, endsWithNewline: this.lastByte === LF, byteCount: this.byteCount };
    }
    emit(buffer, start, end) {
        if (end > start && buffer[end - 1] === CR)
            end--;
        this.onLine(buffer, start, end, ++this.lineNumber);
    }
}
/**
 * Calls `onBlock` with runs of whole lines, so that a parser can read each
 * byte once and find line ends as it parses. A line split across chunks is
 * joined into a block of its own.
 */
async function scanLineBlocks(chunks, onBlock) {
    let pending = [];
    let byteCount = 0;
    let lastByte = -1;
    for await (const chunk of chunks) {
        const length = chunk.length;
        if (length === 0)
            continue;
        byteCount += length;
        lastByte = chunk[length - 1];
        let start = 0;
        if (pending.length > 0) {
            const newline = chunk.indexOf(LF);
            if (newline < 0) {
                pending.push(Buffer.from(chunk));
                continue;
            }
            pending.push(chunk.subarray(0, newline + 1));
            const line = Buffer.concat(pending);
            pending = [];
            onBlock(line, 0, line.length);
            start = newline + 1;
        }
        const last = chunk.lastIndexOf(LF);
        if (last >= start) {
            onBlock(chunk, start, last + 1);
            start = last + 1;
        }
        // Copied, because the reader refills the chunk's buffer.
        if (start < length)
            pending.push(Buffer.from(chunk.subarray(start)));
    }
    if (pending.length > 0) {
        const line = Buffer.concat(pending);
        onBlock(line, 0, line.length);
    }
    return { endsWithNewline: lastByte === LF, byteCount };
}
/** Calls `onLine` for every line of the stream, in order. */
async function scanLines(chunks, onLine) {
    const splitter = new LineSplitter(onLine);
    for await (const chunk of chunks)
        splitter.feed(chunk);
    return splitter.finish();
}

;// CONCATENATED MODULE: ./src/coverage/parsers/go-profile.ts
/**
 * Parser for Go cover profiles (`go test -coverprofile`), including several
 * profiles concatenated into one file.
 *
 * Each block line is `importpath/file.go:startLine.startCol,endLine.endCol numStmt count`.
 * Statements are the blocks weighted by `numStmt`, so the total equals the
 * total line of `go tool cover -func`. Paths stay import paths; stripping the
 * module path is left to path mapping.
 */









const SPACE = 32;
const COLON = 58;
const COMMA = 44;
const DOT = 46;
const MODE_PREFIX = Buffer.from('mode:');
const MODES = new Set(['set', 'count', 'atomic']);
const COUNT_FIX = 'Counts above 2^53 - 1 cannot be added exactly; regenerate the profile with go test -coverprofile';
class GoProfileReader {
    source;
    mode;
    files = new Map();
    /** Sum of `numStmt` over distinct blocks, kept exact so that statement totals stay exact. */
    statementTotal = 0;
    constructor(source) {
        this.source = source;
    }
    readLine(buffer, start, end, lineNumber) {
        if (lineNumber === 1 && startsWithByteOrderMark(buffer, start, end))
            start += 3;
        while (end > start && (buffer[end - 1] === SPACE || buffer[end - 1] === 9))
            end--;
        if (start === end)
            return;
        if (end - start >= MODE_PREFIX.length && buffer.compare(MODE_PREFIX, 0, MODE_PREFIX.length, start, start + MODE_PREFIX.length) === 0) {
            this.readMode(buffer.toString('latin1', start + MODE_PREFIX.length, end).trim(), lineNumber);
            return;
        }
        if (this.mode === undefined) {
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, 'the Go cover profile has no "mode:" line before its first block', 'A profile written by go test -coverprofile starts with "mode: set", "mode: count" or "mode: atomic"; check that the file is complete');
        }
        this.readBlock(buffer, start, end, lineNumber);
    }
    readMode(mode, lineNumber) {
        if (!MODES.has(mode)) {
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `unknown cover mode ${JSON.stringify(mode)}`, 'Expected "mode: set", "mode: count" or "mode: atomic"');
        }
        if (this.mode !== undefined && this.mode !== mode) {
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `cover mode ${JSON.stringify(mode)} differs from the mode ${JSON.stringify(this.mode)} of the profile before it`, 'Concatenate only profiles written with the same -covermode');
        }
        this.mode = mode;
    }
    /** Reads `path:L1.C1,L2.C2 numStmt count` from the right, because paths may contain spaces or colons. */
    readBlock(buffer, start, end, lineNumber) {
        const countSpace = lastIndexOfByte(buffer, SPACE, start, end);
        const statementSpace = countSpace < 0 ? -1 : lastIndexOfByte(buffer, SPACE, start, countSpace);
        const colon = statementSpace < 0 ? -1 : lastIndexOfByte(buffer, COLON, start, statementSpace);
        const block = colon <= start ? null : parseBlock(buffer, colon + 1, statementSpace, countSpace, end);
        if (!block) {
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `invalid block ${lineExcerpt(buffer, start, end)}`, 'Expected <import path>/<file>.go:<start line>.<start column>,<end line>.<end column> <statements> <count>');
        }
        this.checkLimits(block, buffer, colon + 1, statementSpace, countSpace, end, lineNumber);
        const path = (0,git_path/* decodeGitPath */.yV)(buffer.subarray(start, colon));
        let file = this.files.get(path);
        if (!file) {
            file = { path, blocks: [], byRange: new Map() };
            this.files.set(path, file);
        }
        this.addBlock(file, block, buffer.toString('latin1', colon + 1, statementSpace), lineNumber);
    }
    /**
     * Rejects line numbers above `MAX_LINE_NUMBER`, before any array grows to
     * reach them, and counts above 2^53 - 1, where doubles stop being exact.
     */
    checkLimits(block, buffer, rangeStart, statementSpace, countSpace, end, lineNumber) {
        if (block.endLine > model/* MAX_LINE_NUMBER */.yy) {
            // endLine >= startLine, so this also covers the start line; the message names whichever is too large.
            const [startText = '', , endText = ''] = buffer.toString('latin1', rangeStart, statementSpace).split(/[.,]/);
            const text = block.startLine > model/* MAX_LINE_NUMBER */.yy ? startText : endText;
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `line number ${text} is above the maximum ${model/* MAX_LINE_NUMBER */.yy} in block ${lineExcerpt(buffer, rangeStart, end)}`, 'No source file has that many lines; regenerate the profile with go test -coverprofile');
        }
        if (block.statements > Number.MAX_SAFE_INTEGER) {
            const text = buffer.toString('latin1', statementSpace + 1, countSpace);
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `statement count ${text} is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, COUNT_FIX);
        }
        if (block.count > Number.MAX_SAFE_INTEGER) {
            const text = buffer.toString('latin1', countSpace + 1, end);
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `execution count ${text} is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, COUNT_FIX);
        }
    }
    /** Merges a repeated block as `go tool cover` does: set mode ORs the counts, count and atomic add them. */
    addBlock(file, block, range, lineNumber) {
        const index = file.byRange.get(range);
        if (index === undefined) {
            this.statementTotal += block.statements;
            if (this.statementTotal > Number.MAX_SAFE_INTEGER) {
                throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `the statement counts of the profile's blocks add up to more than ${Number.MAX_SAFE_INTEGER} (2^53 - 1), so totals would not be exact`, COUNT_FIX);
            }
            file.byRange.set(range, file.blocks.length);
            file.blocks.push(block);
            return;
        }
        const existing = file.blocks[index];
        if (existing.statements !== block.statements) {
            throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `block ${file.path}:${range} has ${block.statements} statements here but ${existing.statements} in an earlier line`, 'Merge only profiles of the same source code');
        }
        if (this.mode === 'set') {
            existing.count = existing.count > 0 || block.count > 0 ? 1 : 0;
        }
        else {
            existing.count += block.count;
        }
    }
    finish() {
        if (this.mode === undefined) {
            throw new errors/* ReportError */.$g(this.source, undefined, 'the Go cover profile has no "mode:" line', 'Check that the file was written by go test -coverprofile');
        }
        if (this.files.size === 0) {
            throw new errors/* ReportError */.$g(this.source, undefined, 'the Go cover profile has no blocks, so it covers no files', 'Check that the tests ran with -coverprofile on the packages you meant');
        }
        return [...this.files.values()].map(go_profile_toFileCoverage);
    }
}
/** Parses `L1.C1,L2.C2` plus the statement and count fields; returns null when any is invalid. */
function parseBlock(buffer, rangeStart, statementSpace, countSpace, end) {
    const comma = indexOfByte(buffer, COMMA, rangeStart, statementSpace);
    if (comma < 0)
        return null;
    const startDot = indexOfByte(buffer, DOT, rangeStart, comma);
    const endDot = indexOfByte(buffer, DOT, comma + 1, statementSpace);
    if (startDot < 0 || endDot < 0)
        return null;
    const block = {
        startLine: parseUnsigned(buffer, rangeStart, startDot),
        startColumn: parseUnsigned(buffer, startDot + 1, comma),
        endLine: parseUnsigned(buffer, comma + 1, endDot),
        endColumn: parseUnsigned(buffer, endDot + 1, statementSpace),
        statements: parseUnsigned(buffer, statementSpace + 1, countSpace),
        count: parseUnsigned(buffer, countSpace + 1, end),
    };
    if (block.startLine < 1 || block.endLine < block.startLine || block.startColumn < 0 || block.endColumn < 0)
        return null;
    if (block.statements < 0 || block.count < 0)
        return null;
    return block;
}
function go_profile_toFileCoverage(file) {
    const statements = new record_tables/* StatementTableBuilder */.tk();
    for (const block of file.blocks)
        statements.add(block.startLine, block.startColumn - 1, block.count, block.statements);
    // A line's hits are the minimum over the blocks that touch it. A line shared
    // by a run block and a block that never ran (the `if x {` line before an
    // unexecuted body) then counts as uncovered, so line coverage never hides
    // code that did not run.
    const lines = new LineHitsBuilder();
    for (const block of file.blocks) {
        for (let line = block.startLine; line <= block.endLine; line++)
            lines.addMinimum(line, block.count);
    }
    return { path: file.path, lines: lines.build(), statements: statements.build() };
}
const parseGoProfile = async (input) => {
    const reader = new GoProfileReader(input.source);
    const scan = await scanLines(input.chunks, (buffer, start, end, lineNumber) => {
        reader.readLine(buffer, start, end, lineNumber);
    });
    if (scan.byteCount === 0) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the file is empty', 'Check that go test ran with -coverprofile and wrote the profile');
    }
    if (!scan.endsWithNewline) {
        // go test ends every line with a newline; a cut last line could hold a wrong count.
        throw new errors/* ReportError */.$g(input.source, { line: scan.lineCount }, 'the last line has no line break, so the profile is truncated', 'Regenerate the profile and make sure it was written completely');
    }
    return { format: 'go', source: input.source, files: reader.finish(), roots: [], warnings: [] };
};

;// CONCATENATED MODULE: ./src/coverage/parsers/json-cursor.ts
/**
 * A pull reader over the bytes of a JSON document that is still arriving.
 *
 * Readers call its methods on the bytes buffered so far. When a value runs
 * past the end of the buffer, the cursor throws `NEED_MORE`; the driver in
 * `json-entries.ts` then rewinds to the last checkpoint, appends more bytes and
 * calls the reader again. Readers therefore change no shared state until they
 * have read a whole value.
 */



/** Thrown when the buffered bytes end inside a value; not an error. */
const NEED_MORE = Symbol('need more input');
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const json_cursor_COLON = 58;
const json_cursor_COMMA = 44;
const MINUS = 45;
const EMPTY = Buffer.alloc(0);
const NULL_BYTES = Buffer.from('null');
const TRUE_BYTES = Buffer.from('true');
const FALSE_BYTES = Buffer.from('false');
function isWhitespace(byte) {
    return byte === 32 || byte === 10 || byte === 13 || byte === 9;
}
class JsonCursor {
    source;
    buffer = EMPTY;
    pos = 0;
    /** Position the driver rewinds to when a read runs out of bytes. */
    checkpoint = 0;
    /** Offset in the file of `buffer[0]`. */
    base = 0;
    /** True once the stream has no more chunks, so running out of bytes means the file is truncated. */
    atEnd = false;
    /** Bounds of the last string read by `readStringRange`, without the quotes. */
    stringStart = 0;
    stringEnd = 0;
    stringHasEscapes = false;
    constructor(source) {
        this.source = source;
    }
    /**
     * Bytes that `append` copies chunks into, reused from one append to the
     * next. `buffer` is always its first `buffer.length` bytes. Allocating a new
     * buffer of several MiB per chunk leaves the old ones to the garbage
     * collector, which raised the peak memory of large reports.
     */
    storage = EMPTY;
    /**
     * Copies `chunk` after the buffered bytes, because the reader refills the
     * chunk's buffer. When the storage is full, the bytes before the checkpoint
     * are dropped first, and the storage grows only if the rest still does not fit.
     */
    append(chunk) {
        if (this.buffer.length + chunk.length > this.storage.length)
            this.compact(chunk.length);
        const length = this.buffer.length;
        chunk.copy(this.storage, length);
        this.buffer = this.storage.subarray(0, length + chunk.length);
    }
    compact(incoming) {
        const restStart = this.checkpoint;
        const restLength = this.buffer.length - restStart;
        this.base += restStart;
        this.pos -= restStart;
        this.checkpoint = 0;
        let target = this.storage;
        if (target.length < restLength + incoming)
            target = Buffer.allocUnsafe(Math.max(restLength + incoming, 2 * target.length));
        // copy() moves overlapping bytes correctly when the rest already lies in the storage buffer.
        this.buffer.copy(target, 0, restStart);
        this.storage = target;
        this.buffer = target.subarray(0, restLength);
    }
    /** Bytes after the checkpoint that a retry will read again. */
    get retained() {
        return this.buffer.length - this.checkpoint;
    }
    needMore() {
        if (this.atEnd) {
            throw new errors/* ReportError */.$g(this.source, { offset: this.base + this.buffer.length }, 'the JSON ends early, so the report is truncated', 'Regenerate the report and make sure it was written completely');
        }
        throw NEED_MORE;
    }
    fail(problem, fix = 'Check that the file is the coverage report you meant and that it is valid JSON') {
        throw new errors/* ReportError */.$g(this.source, { offset: this.base + this.pos }, problem, fix);
    }
    /**
     * Skips a UTF-8 byte order mark at the start of the file. RFC 8259 lets a
     * parser ignore one, and Windows tools write it: PowerShell 5.1's
     * `Set-Content -Encoding UTF8` does.
     */
    skipByteOrderMark() {
        if (this.base + this.pos !== 0)
            return;
        for (let index = 0; index < BYTE_ORDER_MARK.length; index++) {
            if (index >= this.buffer.length) {
                if (this.atEnd)
                    return;
                this.needMore();
            }
            if (this.buffer[index] !== BYTE_ORDER_MARK[index])
                return;
        }
        this.pos = BYTE_ORDER_MARK.length;
    }
    /** Skips whitespace and returns the next byte without consuming it. */
    peek() {
        const buffer = this.buffer;
        const end = buffer.length;
        let pos = this.pos;
        while (pos < end) {
            const byte = buffer[pos];
            if (!isWhitespace(byte)) {
                this.pos = pos;
                return byte;
            }
            pos++;
        }
        this.pos = pos;
        return this.needMore();
    }
    expect(byte) {
        if (this.peek() !== byte)
            this.fail(`expected ${JSON.stringify(String.fromCharCode(byte))} but found ${this.describeNext()}`);
        this.pos++;
    }
    /** Consumes `{` and returns false, or `}` of an empty object and returns true. */
    openObject() {
        this.expect(OPEN_BRACE);
        if (this.peek() === CLOSE_BRACE) {
            this.pos++;
            return true;
        }
        return false;
    }
    /** After a member or element: consumes `,` and returns true, or the closing byte and returns false. */
    next(close) {
        const byte = this.peek();
        this.pos++;
        if (byte === json_cursor_COMMA)
            return true;
        if (byte === close)
            return false;
        this.pos--;
        return this.fail(`expected "," or ${JSON.stringify(String.fromCharCode(close))} but found ${this.describeNext()}`);
    }
    nextMember() {
        return this.next(CLOSE_BRACE);
    }
    nextElement() {
        return this.next(CLOSE_BRACKET);
    }
    /** Reads a string and records its bounds in `stringStart`/`stringEnd`, without decoding it. */
    readStringRange() {
        if (this.peek() !== QUOTE)
            this.fail(`expected a string but found ${this.describeNext()}`);
        const buffer = this.buffer;
        const end = buffer.length;
        const start = this.pos + 1;
        let escapes = false;
        let pos = start;
        for (;;) {
            if (pos >= end)
                return this.needMore();
            const byte = buffer[pos];
            if (byte === QUOTE)
                break;
            if (byte === BACKSLASH) {
                escapes = true;
                pos += 2;
                continue;
            }
            if (byte < 32) {
                this.pos = pos;
                this.fail('control character inside a string');
            }
            pos++;
        }
        this.stringStart = start;
        this.stringEnd = pos;
        this.stringHasEscapes = escapes;
        this.pos = pos + 1;
    }
    readString() {
        this.readStringRange();
        return this.decodeString();
    }
    /** Decodes the string last read by `readStringRange`. */
    decodeString() {
        if (!this.stringHasEscapes)
            return this.buffer.toString('utf8', this.stringStart, this.stringEnd);
        try {
            return JSON.parse(this.buffer.toString('utf8', this.stringStart - 1, this.stringEnd + 1));
        }
        catch {
            this.pos = this.stringStart;
            return this.fail('invalid escape sequence in a string');
        }
    }
    /** Reads an object key and the colon after it; the key's bounds are in `stringStart`/`stringEnd`. */
    readKey() {
        this.readStringRange();
        this.expect(json_cursor_COLON);
    }
    /** True when the last key read equals `name` (ASCII, no escapes). */
    keyIs(name) {
        const length = this.stringEnd - this.stringStart;
        if (length !== name.length)
            return false;
        const buffer = this.buffer;
        const start = this.stringStart;
        for (let i = 0; i < length; i++) {
            if (buffer[start + i] !== name[i])
                return false;
        }
        return true;
    }
    /** Reads a number; `null` reads as 0, because JSON writes lost values (such as `Infinity`) as `null`. */
    readNumber() {
        // Plain integers take the fast path; a sign, fraction or exponent is read in full.
        const integer = this.readBoundedInteger(Number.MAX_VALUE);
        return integer >= 0 ? integer : this.readGeneralNumber();
    }
    /**
     * Reads a count: plain digits up to 2^53 - 1, or `null` as 0. Returns -1,
     * with the cursor left at the value for `failCount`, for anything else.
     * JSON.stringify writes every safe integer in plain digits, so a sign,
     * fraction or exponent means the value is not a count.
     */
    readCount() {
        return this.readBoundedInteger(Number.MAX_SAFE_INTEGER);
    }
    /** Reads a line number: plain digits up to `MAX_LINE_NUMBER`, or `null` as 0; returns -1 like `readCount`. */
    readLineNumber() {
        return this.readBoundedInteger(model/* MAX_LINE_NUMBER */.yy);
    }
    /**
     * Skips the value that `readCount` rejected when it is a negative integer,
     * and returns true; returns false, leaving the cursor, for anything else.
     */
    skipNegativeInteger() {
        const text = this.numberText();
        if (!/^-\d+$/.test(text))
            return false;
        this.pos += text.length;
        return true;
    }
    /** Throws for the value that `readCount` rejected; `valueName` names it, for example `the hit count of s["3"]`. */
    failCount(valueName) {
        const text = this.numberText();
        if (!isPlainDigits(text))
            this.fail(`${valueName} is ${text}, but a count must be a non-negative integer in plain digits`, 'Regenerate the report with the coverage tool; hand edits can damage counts');
        this.fail(`${valueName} is ${text}, which is above the maximum ${Number.MAX_SAFE_INTEGER} (2^53 - 1)`, 'Counts above 2^53 - 1 cannot be added exactly; regenerate the report with the coverage tool');
    }
    /** Throws for the value that `readLineNumber` rejected; `valueName` names it. */
    failLineNumber(valueName) {
        const text = this.numberText();
        if (!isPlainDigits(text))
            this.fail(`${valueName} is ${text}, but a line number must be a non-negative integer in plain digits`, 'Regenerate the report with the coverage tool; hand edits can damage line numbers');
        this.fail(`${valueName} is ${text}, which is above the maximum ${model/* MAX_LINE_NUMBER */.yy}`, 'No source file has that many lines; regenerate the report with the coverage tool');
    }
    /** Reads plain digits up to `max` in one pass; any other number is checked for JSON syntax and then rejected with -1. */
    readBoundedInteger(max) {
        if (this.peek() === 110) {
            this.readLiteral(NULL_BYTES);
            return 0;
        }
        const buffer = this.buffer;
        const end = buffer.length;
        const start = this.pos;
        let pos = start;
        let value = 0;
        for (;;) {
            if (pos >= end)
                return this.needMore();
            const digit = buffer[pos] - 48;
            if (digit < 0 || digit > 9)
                break;
            value = value * 10 + digit;
            pos++;
        }
        const stop = buffer[pos];
        if (pos > start && value <= max && (stop === json_cursor_COMMA || stop === CLOSE_BRACE || stop === CLOSE_BRACKET || isWhitespace(stop))) {
            this.pos = pos;
            return value;
        }
        // A syntax error, such as "1x", is reported as one before the value is rejected as a count.
        this.readGeneralNumber();
        this.pos = start;
        return -1;
    }
    /** Returns the text of the number at the cursor, for error messages. */
    numberText() {
        const buffer = this.buffer;
        let end = this.pos;
        while (end < buffer.length && end - this.pos < 80) {
            const byte = buffer[end];
            const numeric = (byte >= 48 && byte <= 57) || byte === MINUS || byte === 43 || byte === 46 || byte === 101 || byte === 69;
            if (!numeric)
                break;
            end++;
        }
        return buffer.toString('latin1', this.pos, end);
    }
    /** Slow path for numbers with a sign, fraction or exponent. */
    readGeneralNumber() {
        const buffer = this.buffer;
        const end = buffer.length;
        let pos = this.pos;
        for (;;) {
            if (pos >= end)
                return this.needMore();
            const byte = buffer[pos];
            const numeric = (byte >= 48 && byte <= 57) || byte === MINUS || byte === 43 || byte === 46 || byte === 101 || byte === 69;
            if (!numeric)
                break;
            pos++;
        }
        const text = buffer.toString('latin1', this.pos, pos);
        if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(text))
            this.fail(`expected a number but found ${this.describeNext()}`);
        this.pos = pos;
        return Number(text);
    }
    readLiteral(literal) {
        const end = this.pos + literal.length;
        if (end > this.buffer.length)
            this.needMore();
        if (this.buffer.compare(literal, 0, literal.length, this.pos, end) !== 0)
            this.fail(`invalid literal ${this.describeNext()}`);
        this.pos = end;
    }
    /** Skips one value of any type. Skipped containers are checked for balance only, not fully validated. */
    skipValue() {
        const first = this.peek();
        switch (first) {
            case QUOTE:
                this.readStringRange();
                return;
            case OPEN_BRACE:
            case OPEN_BRACKET:
                this.skipContainer();
                return;
            case 116:
                this.readLiteral(TRUE_BYTES);
                return;
            case 102:
                this.readLiteral(FALSE_BYTES);
                return;
            case 110:
                this.readLiteral(NULL_BYTES);
                return;
            default:
                this.readNumber();
        }
    }
    skipContainer() {
        const buffer = this.buffer;
        const end = buffer.length;
        let pos = this.pos;
        let depth = 0;
        let inString = false;
        for (;;) {
            if (pos >= end)
                return this.needMore();
            const byte = buffer[pos++];
            if (inString) {
                if (byte === BACKSLASH)
                    pos++;
                else if (byte === QUOTE)
                    inString = false;
            }
            else if (byte === QUOTE) {
                inString = true;
            }
            else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
                depth++;
            }
            else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
                depth--;
                if (depth === 0)
                    break;
            }
        }
        this.pos = pos;
    }
    /** Describes the next character for an error message; one character, so the message does not depend on chunking. */
    describeNext() {
        if (this.pos >= this.buffer.length)
            return 'the end of the input';
        const byte = this.buffer[this.pos];
        return byte >= 32 && byte < 127 ? JSON.stringify(String.fromCharCode(byte)) : `the byte 0x${byte.toString(16).padStart(2, '0')}`;
    }
}
function isPlainDigits(text) {
    if (text.length === 0)
        return false;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 48 || code > 57)
            return false;
    }
    return true;
}
const JSON_BYTES = { QUOTE, OPEN_BRACE, CLOSE_BRACE, OPEN_BRACKET, CLOSE_BRACKET, BACKSLASH };

;// CONCATENATED MODULE: ./src/coverage/parsers/json-entries.ts
/**
 * Streams the members of a JSON object whose values are read one at a time,
 * such as the map of file paths in Istanbul reports.
 *
 * Each member value is read from one contiguous buffer. When a value runs past
 * the bytes received so far, the driver keeps the unread bytes, waits until it
 * has at least twice as many and reads the value again. Memory is therefore
 * bounded by the largest member value, which `skip` avoids for values that are
 * not needed: those are skipped byte by byte across chunks.
 */


var Phase;
(function (Phase) {
    Phase[Phase["Root"] = 0] = "Root";
    Phase[Phase["FirstMember"] = 1] = "FirstMember";
    Phase[Phase["NextMember"] = 2] = "NextMember";
    Phase[Phase["Skipping"] = 3] = "Skipping";
    Phase[Phase["Done"] = 4] = "Done";
})(Phase || (Phase = {}));
class MemberWalker {
    visitor;
    phase = Phase.Root;
    depth = 0;
    skip = { depth: 0, inString: false, escaped: false };
    constructor(visitor) {
        this.visitor = visitor;
    }
    get done() {
        return this.phase === Phase.Done;
    }
    /** Reads one member, or one step of a skip; returns true once the root object is closed. */
    step(cursor) {
        switch (this.phase) {
            case Phase.Root:
                cursor.skipByteOrderMark();
                if (cursor.peek() !== JSON_BYTES.OPEN_BRACE)
                    cursor.fail(`expected a JSON object but found ${cursor.describeNext()}`);
                cursor.pos++;
                this.depth = 1;
                this.phase = Phase.FirstMember;
                return false;
            case Phase.FirstMember:
                if (cursor.peek() === JSON_BYTES.CLOSE_BRACE) {
                    cursor.pos++;
                    return this.closeObject();
                }
                this.readMember(cursor);
                return false;
            case Phase.NextMember:
                if (!cursor.nextMember())
                    return this.closeObject();
                this.readMember(cursor);
                return false;
            case Phase.Skipping:
                this.continueSkip(cursor);
                return false;
            case Phase.Done:
                return true;
        }
    }
    closeObject() {
        this.depth--;
        this.phase = this.depth === 0 ? Phase.Done : Phase.NextMember;
        return this.depth === 0;
    }
    readMember(cursor) {
        const key = cursor.readString();
        cursor.expect(58);
        const first = cursor.peek();
        const action = this.visitor.visitMember(key, this.depth - 1, cursor);
        if (action === 'parsed') {
            this.phase = Phase.NextMember;
        }
        else if (action === 'descend') {
            if (first !== JSON_BYTES.OPEN_BRACE)
                cursor.fail(`expected an object as the value of ${JSON.stringify(key)}`);
            cursor.pos++;
            this.depth++;
            this.phase = Phase.FirstMember;
        }
        else if (first === JSON_BYTES.OPEN_BRACE || first === JSON_BYTES.OPEN_BRACKET) {
            this.skip.depth = 0;
            this.skip.inString = false;
            this.skip.escaped = false;
            this.phase = Phase.Skipping;
            cursor.checkpoint = cursor.pos;
        }
        else {
            cursor.skipValue();
            this.phase = Phase.NextMember;
        }
    }
    /** Skips container bytes, keeping progress across chunks so a large skipped value is never buffered whole. */
    continueSkip(cursor) {
        const buffer = cursor.buffer;
        const end = buffer.length;
        const skip = this.skip;
        let pos = cursor.pos;
        while (pos < end) {
            const byte = buffer[pos++];
            if (skip.inString) {
                if (skip.escaped)
                    skip.escaped = false;
                else if (byte === JSON_BYTES.BACKSLASH)
                    skip.escaped = true;
                else if (byte === JSON_BYTES.QUOTE)
                    skip.inString = false;
            }
            else if (byte === JSON_BYTES.QUOTE) {
                skip.inString = true;
            }
            else if (byte === JSON_BYTES.OPEN_BRACE || byte === JSON_BYTES.OPEN_BRACKET) {
                skip.depth++;
            }
            else if (byte === JSON_BYTES.CLOSE_BRACE || byte === JSON_BYTES.CLOSE_BRACKET) {
                skip.depth--;
                if (skip.depth === 0) {
                    cursor.pos = pos;
                    this.phase = Phase.NextMember;
                    return;
                }
            }
        }
        cursor.pos = pos;
        cursor.checkpoint = pos;
        cursor.needMore();
    }
}
/** Runs steps until the input runs out; returns false when more bytes are needed. */
function runSteps(walker, cursor) {
    for (;;) {
        cursor.checkpoint = cursor.pos;
        try {
            if (walker.step(cursor))
                return true;
        }
        catch (error) {
            if (error !== NEED_MORE)
                throw error;
            cursor.pos = cursor.checkpoint;
            return false;
        }
    }
}
/** Rejects anything but whitespace after the root object. */
function checkTrailingBytes(cursor, buffer, from) {
    for (let i = from; i < buffer.length; i++) {
        const byte = buffer[i];
        if (byte !== 32 && byte !== 10 && byte !== 13 && byte !== 9) {
            throw new errors/* ReportError */.$g(cursor.source, { offset: cursor.base + i }, 'unexpected content after the end of the JSON object', 'The file must hold exactly one JSON object; check that two reports were not concatenated');
        }
    }
}
/** Walks the root object of the input, calling `visitor` for its members. */
async function visitJsonMembers(input, visitor) {
    const cursor = new JsonCursor(input.source);
    const walker = new MemberWalker(visitor);
    let wanted = 0;
    let byteCount = 0;
    for await (const chunk of input.chunks) {
        if (chunk.length === 0)
            continue;
        byteCount += chunk.length;
        if (walker.done) {
            checkTrailingBytes(cursor, chunk, 0);
            cursor.base += chunk.length;
            continue;
        }
        cursor.append(chunk);
        if (cursor.retained < wanted)
            continue;
        if (runSteps(walker, cursor)) {
            checkTrailingBytes(cursor, cursor.buffer, cursor.pos);
            cursor.base += cursor.buffer.length;
            cursor.buffer = Buffer.alloc(0);
            cursor.pos = cursor.checkpoint = 0;
        }
        else {
            wanted = 2 * cursor.retained;
        }
    }
    if (byteCount === 0) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the file is empty', 'Check that the tests ran with coverage enabled and wrote the report');
    }
    if (walker.done)
        return;
    cursor.atEnd = true;
    if (runSteps(walker, cursor)) {
        checkTrailingBytes(cursor, cursor.buffer, cursor.pos);
        return;
    }
    cursor.needMore();
}

;// CONCATENATED MODULE: ./src/coverage/parsers/istanbul-json.ts
/**
 * Parser for Istanbul `coverage-final.json` (nyc, Jest, Vitest, c8 and
 * `istanbul-lib-coverage`'s `CoverageMap.toJSON()`), and for the same map
 * nested as `coverageMap` in the output of `jest --json --coverage`.
 *
 * Counters follow `istanbul-lib-coverage` 3.2 `FileCoverage.toSummary()`:
 * statements, functions and branches are the entries of `s`, `f` and `b`, and
 * a line's hits are the maximum over the statements that start on it.
 */





const KEY = {
    path: Buffer.from('path'),
    statementMap: Buffer.from('statementMap'),
    fnMap: Buffer.from('fnMap'),
    branchMap: Buffer.from('branchMap'),
    s: Buffer.from('s'),
    f: Buffer.from('f'),
    b: Buffer.from('b'),
    data: Buffer.from('data'),
    start: Buffer.from('start'),
    line: Buffer.from('line'),
    column: Buffer.from('column'),
    name: Buffer.from('name'),
    decl: Buffer.from('decl'),
    loc: Buffer.from('loc'),
};
/** Top-level keys of `jest --json` output; a report that starts with one is read as Jest output. */
const JEST_KEYS = new Set([
    'numFailedTestSuites',
    'numFailedTests',
    'numPassedTestSuites',
    'numPassedTests',
    'numPendingTestSuites',
    'numPendingTests',
    'numRuntimeErrorTestSuites',
    'numTodoTests',
    'numTotalTestSuites',
    'numTotalTests',
    'openHandles',
    'snapshot',
    'startTime',
    'success',
    'testResults',
    'wasInterrupted',
    'coverageMap',
]);
const REQUIRED_MAPS = ['statementMap', 's', 'fnMap', 'f', 'branchMap', 'b'];
/** Detail of one file as read, indexed by the numeric ids Istanbul uses as keys. */
class FileCoverageBuilder {
    path;
    seen = new Set();
    statementLine = [];
    statementColumn = [];
    statementHits = [];
    functionName = [];
    functionLine = [];
    functionHits = [];
    branchLine = [];
    branchTaken = [];
    /** Hit counts below zero, read as 0, and the name of the first one. */
    negativeCounts = 0;
    firstNegative;
    /**
     * Builds the file's records. Lines are allocated at their final length,
     * because arrays grown by push() keep up to half their length as spare
     * capacity, which a large report holds for all of its files.
     */
    build(key, builders) {
        const statements = this.buildStatements(builders);
        let lastLine = 0;
        for (let i = 0; i < statements.length; i++)
            if (statements.line[i] > lastLine)
                lastLine = statements.line[i];
        const lines = new Float64Array(lastLine > 0 ? lastLine + 1 : 0).fill(model/* NOT_INSTRUMENTED */.Pq);
        for (let i = 0; i < statements.length; i++) {
            const line = statements.line[i];
            const hits = statements.hits[i];
            if (line >= 1 && lines[line] < hits)
                lines[line] = hits;
        }
        return { path: this.path ?? key, lines, statements, functions: this.buildFunctions(builders), branches: this.buildBranches(builders) };
    }
    buildStatements(builders) {
        const hitsById = this.statementHits;
        const builder = builders.statements;
        builder.reset();
        for (let id = 0; id < hitsById.length; id++) {
            const hits = hitsById[id];
            if (hits === undefined)
                continue;
            // A statement missing from statementMap still counts, as in istanbul-lib-coverage, but has no line.
            builder.add(this.statementLine[id] ?? 0, this.statementColumn[id] ?? 0, hits, 1);
        }
        return builder.build(builders.arena);
    }
    buildFunctions(builders) {
        const hitsById = this.functionHits;
        const builder = builders.functions;
        builder.reset();
        for (let id = 0; id < hitsById.length; id++) {
            const hits = hitsById[id];
            if (hits === undefined)
                continue;
            builder.add(this.functionName[id] ?? `(anonymous_${id})`, this.functionLine[id] ?? 0, hits);
        }
        return builder.build(builders.arena);
    }
    buildBranches(builders) {
        const takenById = this.branchTaken;
        const builder = builders.branches;
        builder.reset();
        for (let id = 0; id < takenById.length; id++) {
            const taken = takenById[id];
            if (taken === undefined)
                continue;
            builder.addOutcomes(this.branchLine[id] ?? 0, taken, 0, taken.length);
        }
        return builder.build(builders.arena);
    }
}
/**
 * Maximum Istanbul id. Ids index dense arrays, and istanbul-lib-instrument
 * numbers them from 0 in each file, so an id stays below the number of
 * statements, functions or branches of one file. A key such as "4000000000"
 * would otherwise make the builder walk billions of empty slots.
 */
const MAX_ID = 10_000_000;
/** Reads a member key that must be a numeric Istanbul id. */
function readId(cursor, mapName) {
    cursor.readKey();
    const id = cursor.stringHasEscapes ? -1 : parseUnsigned(cursor.buffer, cursor.stringStart, cursor.stringEnd);
    if (id < 0) {
        cursor.pos = cursor.stringStart;
        cursor.fail(`${mapName} has the key ${JSON.stringify(cursor.decodeString())}, but Istanbul keys are numeric ids`);
    }
    if (id > MAX_ID) {
        cursor.pos = cursor.stringStart;
        cursor.fail(`${mapName} has the id ${cursor.decodeString()}, which is above the maximum id ${MAX_ID}`, 'Istanbul numbers ids from 0 in each file; regenerate the report with the coverage tool');
    }
    return id;
}
function readLine(cursor) {
    const line = cursor.readLineNumber();
    if (line < 0)
        cursor.failLineNumber('the line number');
    return line;
}
/** Reads `{"line": L, "column": C}` and returns the line; the column goes to `columnOut[id]` when given. */
function readPosition(cursor, columnOut, id = 0) {
    let line = 0;
    if (cursor.openObject())
        return line;
    do {
        cursor.readKey();
        if (cursor.keyIs(KEY.line))
            line = readLine(cursor);
        else if (columnOut && cursor.keyIs(KEY.column))
            columnOut[id] = cursor.readNumber();
        else
            cursor.skipValue();
    } while (cursor.nextMember());
    return line;
}
/** Reads `{"start": {...}, "end": {...}}` and returns the start line; `end` is skipped. */
function readLocationStart(cursor, columnOut, id = 0) {
    let line = 0;
    if (cursor.openObject())
        return line;
    do {
        cursor.readKey();
        if (cursor.keyIs(KEY.start))
            line = readPosition(cursor, columnOut, id);
        else
            cursor.skipValue();
    } while (cursor.nextMember());
    return line;
}
function readStatementMap(cursor, file) {
    if (cursor.openObject())
        return;
    do {
        const id = readId(cursor, 'statementMap');
        file.statementLine[id] = readLocationStart(cursor, file.statementColumn, id);
    } while (cursor.nextMember());
}
function readFunctionMap(cursor, file) {
    if (cursor.openObject())
        return;
    do {
        const id = readId(cursor, 'fnMap');
        let declLine = 0;
        let locLine = 0;
        let line = 0;
        let name;
        if (!cursor.openObject()) {
            do {
                cursor.readKey();
                if (cursor.keyIs(KEY.name))
                    name = cursor.peek() === 34 ? cursor.readString() : (cursor.skipValue(), undefined);
                else if (cursor.keyIs(KEY.decl))
                    declLine = readLocationStart(cursor);
                else if (cursor.keyIs(KEY.loc))
                    locLine = readLocationStart(cursor);
                else if (cursor.keyIs(KEY.line))
                    line = readLine(cursor);
                else
                    cursor.skipValue();
            } while (cursor.nextMember());
        }
        if (name !== undefined)
            file.functionName[id] = name;
        file.functionLine[id] = declLine || locLine || line;
    } while (cursor.nextMember());
}
function readBranchMap(cursor, file) {
    if (cursor.openObject())
        return;
    do {
        const id = readId(cursor, 'branchMap');
        let line = 0;
        let locLine = 0;
        if (!cursor.openObject()) {
            do {
                cursor.readKey();
                if (cursor.keyIs(KEY.line))
                    line = readLine(cursor);
                else if (cursor.keyIs(KEY.loc))
                    locLine = readLocationStart(cursor);
                else
                    cursor.skipValue();
            } while (cursor.nextMember());
        }
        // istanbul-lib-coverage places a branch on `line`, falling back to the start of `loc`.
        file.branchLine[id] = line || locLine;
    } while (cursor.nextMember());
}
function readHitMap(cursor, out, mapName, file) {
    if (cursor.openObject())
        return;
    do {
        const id = readId(cursor, mapName);
        const hits = cursor.readCount();
        // Istanbul's summary counts any non-zero statement or function count as covered, a negative one included.
        out[id] = hits < 0 ? readNegativeCount(cursor, `the hit count of ${mapName}["${id}"]`, file, 1) : hits;
    } while (cursor.nextMember());
}
/**
 * Reads a negative count as `replacement`, or throws for any other value
 * that is not a count. V8 coverage converted by v8-to-istanbul (the v8
 * provider of vitest and c8) can write a negative count, as -4 in the branch
 * counts `[6, -4]`. Istanbul's own summary counts a negative statement or
 * function count as covered and a negative branch count as not covered, so
 * the callers replace it with 1 or 0 to keep the totals equal to the tool's.
 */
function readNegativeCount(cursor, valueName, file, replacement) {
    if (!cursor.skipNegativeInteger())
        cursor.failCount(valueName);
    file.negativeCounts++;
    file.firstNegative ??= valueName;
    return replacement;
}
/** Collects the counts of one `b` entry before they are copied into an array of their exact length. */
const branchCounts = [];
function readBranchHits(cursor, out, file) {
    if (cursor.openObject())
        return;
    do {
        const id = readId(cursor, 'b');
        let count = 0;
        cursor.expect(91);
        if (cursor.peek() === 93) {
            cursor.pos++;
        }
        else {
            do {
                const taken = cursor.readCount();
                // Istanbul's summary counts a branch as covered only when its count is above zero.
                branchCounts[count] = taken < 0 ? readNegativeCount(cursor, `the hit count of b["${id}"][${count}]`, file, 0) : taken;
                count++;
            } while (cursor.nextElement());
        }
        out[id] = branchCounts.slice(0, count);
    } while (cursor.nextMember());
}
/** Reads the members of one FileCoverage object, or of the `data` object that older writers wrap it in. */
function readFileMembers(cursor, file) {
    if (cursor.openObject())
        return;
    do {
        cursor.readKey();
        if (cursor.keyIs(KEY.statementMap)) {
            readStatementMap(cursor, file);
            file.seen.add('statementMap');
        }
        else if (cursor.keyIs(KEY.s)) {
            readHitMap(cursor, file.statementHits, 's', file);
            file.seen.add('s');
        }
        else if (cursor.keyIs(KEY.fnMap)) {
            readFunctionMap(cursor, file);
            file.seen.add('fnMap');
        }
        else if (cursor.keyIs(KEY.f)) {
            readHitMap(cursor, file.functionHits, 'f', file);
            file.seen.add('f');
        }
        else if (cursor.keyIs(KEY.branchMap)) {
            readBranchMap(cursor, file);
            file.seen.add('branchMap');
        }
        else if (cursor.keyIs(KEY.b)) {
            readBranchHits(cursor, file.branchTaken, file);
            file.seen.add('b');
        }
        else if (cursor.keyIs(KEY.path) && cursor.peek() === 34) {
            file.path = cursor.readString();
        }
        else if (cursor.keyIs(KEY.data) && cursor.peek() === 123) {
            readFileMembers(cursor, file);
        }
        else {
            cursor.skipValue();
        }
    } while (cursor.nextMember());
}
class IstanbulVisitor {
    source;
    files = [];
    /** Files with negative hit counts: the file key, the count, and the first one's name. */
    negativeCounts = [];
    builders = new record_tables/* FileTableBuilders */.xw();
    jest;
    sawCoverageMap = false;
    constructor(source) {
        this.source = source;
    }
    get isJest() {
        return this.jest === true;
    }
    visitMember(key, depth, cursor) {
        if (depth === 0) {
            this.jest ??= JEST_KEYS.has(key);
            if (this.jest) {
                if (key !== 'coverageMap')
                    return 'skip';
                this.sawCoverageMap = true;
                return 'descend';
            }
        }
        this.files.push(this.readFile(key, cursor));
        return 'parsed';
    }
    readFile(key, cursor) {
        const start = cursor.pos;
        if (cursor.peek() !== 123)
            cursor.fail(`the value of ${JSON.stringify(key)} is not an Istanbul file coverage object`, this.fixHint());
        const file = new FileCoverageBuilder();
        readFileMembers(cursor, file);
        const missing = REQUIRED_MAPS.filter((name) => !file.seen.has(name));
        if (missing.length > 0) {
            cursor.pos = start;
            cursor.fail(`the entry ${JSON.stringify(key)} has no ${missing.join(', ')}, so it is not Istanbul file coverage`, this.fixHint());
        }
        if (file.negativeCounts > 0)
            this.negativeCounts.push({ key, count: file.negativeCounts, first: file.firstNegative });
        return file.build(key, this.builders);
    }
    fixHint() {
        return 'Pass coverage-final.json (not coverage-summary.json) or the output of jest --json --coverage, or set --format';
    }
}
const parseIstanbulJson = async (input) => {
    const visitor = new IstanbulVisitor(input.source);
    await visitJsonMembers(input, visitor);
    if (visitor.isJest && !visitor.sawCoverageMap) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the Jest JSON output has no coverageMap', 'Run Jest with both --json and --coverage so the output contains coverage');
    }
    if (visitor.files.length === 0) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the Istanbul report covers no files', 'Check that the tests ran with coverage enabled and that this is the right file');
    }
    return { format: 'istanbul-json', source: input.source, files: visitor.files, roots: [], warnings: negativeCountWarnings(visitor.negativeCounts) };
};
/** Returns one warning for all negative hit counts of the report, naming the first few files. */
function negativeCountWarnings(files) {
    if (files.length === 0)
        return [];
    const total = files.reduce((sum, file) => sum + file.count, 0);
    const named = files.slice(0, 3).map((file) => `${file.first} of ${JSON.stringify(file.key)}`);
    const more = files.length > named.length ? ` and ${files.length - named.length} more files` : '';
    return [
        `${total} ${total === 1 ? 'hit count is' : 'hit counts are'} negative (${named.join(', ')}${more}). ` +
            'V8 coverage converted by v8-to-istanbul can write these. They count as Istanbul\'s own summary counts them: statements and functions as covered, branches as not covered.',
    ];
}

;// CONCATENATED MODULE: ./src/coverage/parsers/istanbul-summary.ts
/**
 * Parser for Istanbul `coverage-summary.json` (the `json-summary` reporter),
 * which carries per-file counters and no detail. The `total` entry is ignored
 * because totals are always recomputed from the files.
 */


const METRIC_KEYS = [
    [Buffer.from('lines'), 'lines'],
    [Buffer.from('statements'), 'statements'],
    [Buffer.from('functions'), 'functions'],
    [Buffer.from('branches'), 'branches'],
];
const TOTAL = Buffer.from('total');
const COVERED = Buffer.from('covered');
function readCounterField(cursor, field, path, metric) {
    const value = cursor.readCount();
    if (value < 0)
        cursor.failCount(`"${field}" of the ${metric} counter of ${JSON.stringify(path)}`);
    return value;
}
/** Reads `{"total": T, "covered": C, "skipped": S, "pct": P}`; `pct` may be the string "Unknown" and is ignored. */
function readCounter(cursor, path, metric) {
    const start = cursor.pos;
    let total = -1;
    let covered = -1;
    if (!cursor.openObject()) {
        do {
            cursor.readKey();
            if (cursor.keyIs(TOTAL))
                total = readCounterField(cursor, 'total', path, metric);
            else if (cursor.keyIs(COVERED))
                covered = readCounterField(cursor, 'covered', path, metric);
            else
                cursor.skipValue();
        } while (cursor.nextMember());
    }
    if (total < 0 || covered < 0 || covered > total) {
        cursor.pos = start;
        cursor.fail(`the ${metric} counter of ${JSON.stringify(path)} needs "total" and "covered" with 0 <= covered <= total`, 'Check that the file is a coverage-summary.json written by the json-summary reporter');
    }
    return { covered, total };
}
class SummaryVisitor {
    files = [];
    visitMember(key, _depth, cursor) {
        if (key === 'total')
            return 'skip';
        if (cursor.peek() !== 123)
            cursor.fail(`the value of ${JSON.stringify(key)} is not an object of coverage counters`);
        const summary = {};
        if (!cursor.openObject()) {
            do {
                cursor.readKey();
                const metric = METRIC_KEYS.find(([name]) => cursor.keyIs(name))?.[1];
                if (metric)
                    summary[metric] = readCounter(cursor, key, metric);
                else
                    cursor.skipValue();
            } while (cursor.nextMember());
        }
        if (Object.keys(summary).length === 0) {
            cursor.fail(`the entry ${JSON.stringify(key)} has none of lines, statements, functions or branches`, 'Pass a coverage-summary.json, or set --format if this is another kind of report');
        }
        this.files.push({ path: key, summary });
        return 'parsed';
    }
}
const parseIstanbulSummary = async (input) => {
    const visitor = new SummaryVisitor();
    await visitJsonMembers(input, visitor);
    if (visitor.files.length === 0) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the coverage summary lists no files', 'Check that the tests ran with coverage enabled and that this is the right file');
    }
    return { format: 'istanbul-summary', source: input.source, files: visitor.files, roots: [], warnings: [] };
};

;// CONCATENATED MODULE: ./src/coverage/parsers/jacoco.ts
/**
 * JaCoCo XML (report.dtd 1.1), including aggregate reports that nest
 * `<group>` elements per module.
 *
 * JaCoCo records whether bytecode instructions ran, not how often, so every
 * line hit count is 1 or 0. A file's path is its package folder and its
 * source file name (`com/example/Main.java`); path mapping later prepends the
 * module's source root. Classes and methods are attached to the file their
 * class names in `sourcefilename`, in the same package.
 */




class JacocoHandlers {
    reader;
    files = new FileTable();
    sawBranch = false;
    packageName = null;
    currentClass = null;
    method = null;
    sourceFile = null;
    constructor(reader) {
        this.reader = reader;
    }
    openTag(tag) {
        switch (tag.name) {
            case 'line':
                this.readLine(tag);
                break;
            case 'counter':
                this.readCounter(tag);
                break;
            case 'method':
                this.openMethod(tag);
                break;
            case 'class':
                this.openClass(tag);
                break;
            case 'sourcefile':
                this.sourceFile = this.files.get(this.pathOf(requireAttribute(this.reader, tag, 'name')));
                break;
            case 'package':
                this.packageName = requireAttribute(this.reader, tag, 'name');
                break;
        }
    }
    closeTag(tag) {
        switch (tag.name) {
            case 'method':
                this.closeMethod();
                break;
            case 'class':
                this.closeClass();
                break;
            case 'sourcefile':
                this.sourceFile = null;
                break;
            case 'package':
                this.packageName = null;
                break;
        }
    }
    /**
     * Reads a `<line>`; lines count when they hold instructions (mi + ci > 0).
     * This runs once per line of the report, so valid input skips the checked helpers.
     */
    readLine(tag) {
        const file = this.sourceFile;
        if (!file) {
            throw this.reader.error('<line> appears outside a <sourcefile> element', 'Regenerate the report with JaCoCo');
        }
        const attributes = tag.attributes;
        const lineText = attributes.nr ?? '';
        let line = parseDigits(lineText, 0, lineText.length);
        if (line < 1 || line > model/* MAX_LINE_NUMBER */.yy)
            line = requireLineNumber(this.reader, tag, 'nr');
        const missedInstructions = this.countOf(tag, 'mi', attributes.mi);
        const coveredInstructions = this.countOf(tag, 'ci', attributes.ci);
        if (missedInstructions + coveredInstructions > 0)
            file.lines.add(line, coveredInstructions > 0 ? 1 : 0);
        const missedBranches = this.countOf(tag, 'mb', attributes.mb);
        const coveredBranches = this.countOf(tag, 'cb', attributes.cb);
        if (missedBranches + coveredBranches > 0) {
            this.sawBranch = true;
            file.addBranches(line, coveredBranches, missedBranches + coveredBranches, null);
        }
    }
    /** Reads an optional counter attribute whose text the caller has already looked up. */
    countOf(tag, name, text) {
        if (text === undefined)
            return 0;
        const value = parseDigits(text, 0, text.length);
        return value >= 0 ? value : optionalCount(this.reader, tag, name, 0);
    }
    /** Reads only the counters of methods and classes; file, package and report counters are sums of them. */
    readCounter(tag) {
        const method = this.method;
        if (method) {
            const type = tag.attributes.type;
            if (type === 'METHOD')
                method.methodCovered = optionalCount(this.reader, tag, 'covered', 0);
            else if (type === 'INSTRUCTION')
                method.instructionsCovered = optionalCount(this.reader, tag, 'covered', 0);
            return;
        }
        const owner = this.currentClass;
        if (owner && tag.attributes.type === 'CLASS') {
            owner.classCounterCovered = optionalCount(this.reader, tag, 'covered', 0);
        }
    }
    openClass(tag) {
        const name = detachString(requireAttribute(this.reader, tag, 'name'));
        this.currentClass = { name, file: this.files.get(this.classFilePath(name, tag)), classCounterCovered: -1, methodCount: 0, anyMethodRan: false };
    }
    /**
     * Finds the file of a class. A class compiled without debug information
     * has no `sourcefilename`, so it gets a path made of its class name, which
     * keeps its methods in the totals that JaCoCo reports.
     */
    classFilePath(name, tag) {
        const sourceFileName = tag.attributes.sourcefilename;
        if (sourceFileName !== undefined)
            return this.pathOf(sourceFileName);
        this.reader.warn(`<class name="${name}"> has no sourcefilename (compiled without debug information), so it is reported as ${name}.class`);
        return `${name}.class`;
    }
    /**
     * Records the class unless it has no code: JaCoCo lists interfaces and
     * other classes without methods, but leaves them out of its CLASS counter.
     */
    closeClass() {
        const current = this.currentClass;
        this.currentClass = null;
        if (!current || (current.classCounterCovered < 0 && current.methodCount === 0))
            return;
        const covered = current.classCounterCovered >= 0 ? current.classCounterCovered > 0 : current.anyMethodRan;
        current.file.classes.push({ name: current.name, covered });
    }
    openMethod(tag) {
        if (!this.currentClass) {
            throw this.reader.error('<method> appears outside a <class> element', 'Regenerate the report with JaCoCo');
        }
        const line = tag.attributes.line === undefined ? 0 : checkLineNumber(this.reader, tag, 'line', optionalCount(this.reader, tag, 'line', 0));
        const name = `${requireAttribute(this.reader, tag, 'name')}${tag.attributes.desc ?? ''}`;
        this.method = { name, line, methodCovered: -1, instructionsCovered: 0 };
    }
    closeMethod() {
        const method = this.method;
        const owner = this.currentClass;
        this.method = null;
        if (!method || !owner)
            return;
        const ran = method.methodCovered >= 0 ? method.methodCovered > 0 : method.instructionsCovered > 0;
        owner.methodCount++;
        if (ran)
            owner.anyMethodRan = true;
        owner.file.functions.add(detachString(`${simpleClassName(owner.name)}.${method.name}`), method.line, ran ? 1 : 0);
    }
    /** Joins the package folder and a file name; the default package has an empty name. */
    pathOf(fileName) {
        const packageName = this.packageName;
        if (packageName === null) {
            throw this.reader.error(`"${fileName}" appears outside a <package> element`, 'Regenerate the report with JaCoCo');
        }
        return packageName.length > 0 ? `${packageName}/${fileName}` : fileName;
    }
}
/** "com/example/Outer$Inner" becomes "Outer$Inner". */
function simpleClassName(name) {
    return name.slice(name.lastIndexOf('/') + 1);
}
/** Parses a JaCoCo XML report. */
const parseJacoco = async (input) => {
    const reader = new XmlReportReader(input.source, { name: 'JaCoCo', root: 'report' });
    const handlers = new JacocoHandlers(reader);
    await reader.read(input, handlers);
    requireFiles(reader, handlers.files.size, 'sourcefile');
    return {
        format: 'jacoco',
        source: input.source,
        files: handlers.files.toFiles({
            lines: true,
            branches: handlers.sawBranch,
            functions: true,
            statements: false,
            classes: true,
        }),
        roots: [],
        warnings: reader.warnings,
    };
};

// EXTERNAL MODULE: ./src/coverage/name-column.ts
var name_column = __webpack_require__(85450);
;// CONCATENATED MODULE: ./src/coverage/arena-tables.ts
/**
 * Branch and function tables whose columns lie in one `ColumnArena` block and
 * are viewed on their first read.
 *
 * A table of typed-array views costs an object per column, and a large lcov
 * report has tens of thousands of files with about ten columns each. The
 * views survived the young generation and the scavenger copied them twice,
 * while a gate reads none of them: it needs only the counts, which these
 * tables carry from the moment they are built (`counter`).
 */



class ArenaBranchTable {
    length;
    block;
    lineView = null;
    coveredView = null;
    totalView = null;
    takenStartView = null;
    takenView = null;
    lineRef;
    takenStartRef;
    takenRef;
    coveredOutcomes;
    outcomes;
    constructor(length, block, refs) {
        this.length = length;
        this.block = block;
        this.lineRef = refs.line;
        this.takenStartRef = refs.takenStart;
        this.takenRef = refs.taken;
        this.coveredOutcomes = refs.coveredOutcomes;
        this.outcomes = refs.outcomes;
    }
    get line() {
        return (this.lineView ??= (0,columns/* viewColumn */.eB)(this.block, this.lineRef, this.length));
    }
    get covered() {
        return (this.coveredView ??= this.countOutcomes(true));
    }
    get total() {
        return (this.totalView ??= this.countOutcomes(false));
    }
    get takenStart() {
        return (this.takenStartView ??= (0,columns/* viewColumn */.eB)(this.block, this.takenStartRef, this.length + 1));
    }
    get taken() {
        return (this.takenView ??= (0,columns/* viewColumn */.eB)(this.block, this.takenRef, this.outcomes));
    }
    get counter() {
        return { covered: this.coveredOutcomes, total: this.outcomes };
    }
    /** Returns the number of outcomes in each group, or of those with hits above 0 when `coveredOnly` is set. */
    countOutcomes(coveredOnly) {
        const starts = this.takenStart;
        const taken = this.taken;
        const counts = new Array(this.length);
        for (let group = 0; group < this.length; group++) {
            let count = 0;
            for (let outcome = starts[group]; outcome < starts[group + 1]; outcome++)
                if (!coveredOnly || taken[outcome] > 0)
                    count++;
            counts[group] = count;
        }
        return (0,count_arrays/* narrowCopy */.zQ)(counts, this.length);
    }
}
class ArenaFunctionTable {
    length;
    block;
    nameColumn = null;
    lineView = null;
    hitsView = null;
    nameBytesRef;
    nameByteCount;
    nameEndsRef;
    lineRef;
    hitsRef;
    coveredFunctions;
    constructor(length, block, refs) {
        this.length = length;
        this.block = block;
        this.nameBytesRef = refs.nameBytes;
        this.nameByteCount = refs.nameByteCount;
        this.nameEndsRef = refs.nameEnds;
        this.lineRef = refs.line;
        this.hitsRef = refs.hits;
        this.coveredFunctions = refs.covered;
    }
    get name() {
        this.nameColumn ??= name_column/* NameColumn */.K.ofBytes((0,columns/* viewColumn */.eB)(this.block, this.nameBytesRef, this.nameByteCount), (0,columns/* viewColumn */.eB)(this.block, this.nameEndsRef, this.length));
        return this.nameColumn;
    }
    get line() {
        return (this.lineView ??= (0,columns/* viewColumn */.eB)(this.block, this.lineRef, this.length));
    }
    get hits() {
        return (this.hitsView ??= (0,columns/* viewColumn */.eB)(this.block, this.hitsRef, this.length));
    }
    get counter() {
        return { covered: this.coveredFunctions, total: this.length };
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/lcov-functions.ts
/**
 * Functions of the open lcov record, looked up by the UTF-8 bytes of their
 * names in a hash table of its own.
 *
 * A 100 MB report has 1.2 million FN and FNDA lines. Decoding each name into
 * a string for a Map, and keeping a record object per function, took about a
 * fifth of the parse with the garbage collection they caused. Here names stay
 * bytes from the line to the finished `NameColumn`, and the counts live in
 * arrays that one record reuses after another.
 */


const INITIAL_SLOTS = 1024;
const INITIAL_FUNCTIONS = 256;
/** Start value of a name hash, which is FNV-1a over the name's bytes. */
const NAME_HASH_SEED = 0x811c9dc5;
/** Folds one byte into a name hash. */
function hashNameByte(hash, byte) {
    return Math.imul(hash ^ byte, 0x01000193);
}
/**
 * Returns the hash that `RecordFunctions` takes for a name, given its FNV-1a
 * value and the OR of its bytes. The hash keeps 30 bits, which V8 stores as a
 * small integer. A name with bytes outside ASCII gets -1, and the table hashes
 * it again after decoding it.
 */
function finishNameHash(hash, bits) {
    return bits < 0x80 ? hash & 0x3fffffff : -1;
}
/** Returns the hash of the name in `buffer[start, end)` for `RecordFunctions`. */
function hashName(buffer, start, end) {
    let hash = NAME_HASH_SEED;
    let bits = 0;
    for (let i = start; i < end; i++) {
        const byte = buffer[i];
        bits |= byte;
        hash = hashNameByte(hash, byte);
    }
    return finishNameHash(hash, bits);
}
/**
 * Returns the key that `RecordFunctions` looks up a name by when its bytes are
 * not ASCII: the UTF-8 encoding of its decoded text, so that two byte
 * sequences that decode to one string, as invalid UTF-8 can, are one name.
 */
function decodedKey(buffer, start, end) {
    return Buffer.from(buffer.toString('utf8', start, end), 'utf8');
}
/** Returns the hash of a whole key buffer for `RecordFunctions`, which is never -1, even for bytes outside ASCII. */
function keyHash(key) {
    let hash = NAME_HASH_SEED;
    for (let i = 0; i < key.length; i++)
        hash = hashNameByte(hash, key[i]);
    return finishNameHash(hash, 0);
}
/**
 * One name can belong to several functions, such as two `area` methods of
 * two classes. Functions of one name form a chain in the order they were
 * added, and the n-th FNDA line of a name in a record counts the n-th
 * function of the chain (the last one once the chain runs out).
 */
class RecordFunctions {
    /** Names, each stored once: name `n` is `nameBytes[nameEnd[n - 1], nameEnd[n])`. */
    nameBytes = Buffer.allocUnsafe(4096);
    nameEnd = new Int32Array(INITIAL_FUNCTIONS);
    nameHash = [];
    /** Slot of the name in `slots`, so that `clear` frees only the slots in use. */
    nameSlot = [];
    firstFunction = [];
    lastFunction = [];
    namesakeCount = [];
    /** FNDA lines of the name so far in this record. */
    hitLines = [];
    nameCount = 0;
    /** Name after the one that the last FNDA line counted, which the next FNDA line names when they follow the FN lines' order. */
    nextCounted = 0;
    /**
     * Lines and hits of the functions, in typed arrays so that `build` copies
     * them with one native `set` each. Hits are Float64, which stores every
     * count up to 2^53 - 1 exactly.
     */
    functionLine = new Int32Array(INITIAL_FUNCTIONS);
    functionHits = new Float64Array(INITIAL_FUNCTIONS);
    /** Next function of the same name, or -1. */
    nextNamesake = [];
    functionCount = 0;
    /** Greatest line and hit count of the functions, and the functions with hits above 0. */
    maxLine = 0;
    maxHits = 0;
    coveredFunctions = 0;
    /** Open addressing table of name index + 1, 0 for a free slot; its length is a power of two. */
    slots = new Int32Array(INITIAL_SLOTS);
    /**
     * Hash and free slot of the name that the last `findName` did not find,
     * where `addName` inserts it. The name's bytes are passed to `addName`
     * rather than kept here: storing the read buffer in this long-lived object
     * took a write barrier call for every FN line (`perf`, Node 20.20.2).
     */
    keyHash = 0;
    keySlot = 0;
    get length() {
        return this.functionCount;
    }
    /** Forgets every function, keeping the capacity for the next record. */
    clear() {
        for (let index = 0; index < this.nameCount; index++)
            this.slots[this.nameSlot[index]] = 0;
        this.nameCount = 0;
        this.nextCounted = 0;
        this.functionCount = 0;
        this.maxLine = 0;
        this.maxHits = 0;
        this.coveredFunctions = 0;
    }
    /** Starts the record with the functions of a table built earlier, for a record that names a file again. */
    load(table) {
        this.clear();
        for (let i = 0; i < table.length; i++) {
            // The UTF-8 encoding of a decoded name is the key that `findName` looks names up by.
            const name = Buffer.from(table.name.at(i), 'utf8');
            const index = this.findName(name, 0, name.length, keyHash(name));
            const added = index < 0 ? this.addName(name, 0, name.length, table.line[i]) : this.appendNamesake(index, table.line[i]);
            this.addHits(added, table.hits[i]);
        }
    }
    /** FN: a function of the name in `buffer[start, end)`, whose `hashName` is `hash`, starts at `line`. */
    declare(buffer, start, end, hash, line) {
        if (hash < 0) {
            const key = decodedKey(buffer, start, end);
            this.declare(key, 0, key.length, keyHash(key), line);
            return;
        }
        const index = this.findName(buffer, start, end, hash);
        if (index < 0) {
            this.addName(buffer, start, end, line);
            return;
        }
        // A function counted by FNDA before its FN line has line 0 until now.
        const unplaced = this.findNamesake(index, 0);
        if (unplaced >= 0)
            this.setFunctionLine(unplaced, line);
        else if (this.findNamesake(index, line) < 0)
            this.appendNamesake(index, line);
    }
    /** FNDA: adds `hits` to the next function of the name. */
    count(buffer, start, end, hash, hits) {
        if (hash < 0) {
            const key = decodedKey(buffer, start, end);
            this.count(key, 0, key.length, keyHash(key), hits);
            return;
        }
        const index = this.findName(buffer, start, end, hash);
        if (index < 0) {
            // A function counted before or without its FN line; its line is unknown.
            const added = this.addName(buffer, start, end, 0);
            this.addHits(added, hits);
            this.hitLines[this.nameCount - 1] = 1;
            this.nextCounted = this.nameCount;
            return;
        }
        this.nextCounted = index + 1;
        const seen = this.hitLines[index];
        this.hitLines[index] = seen + 1;
        let target = this.firstFunction[index];
        for (let step = Math.min(seen, this.namesakeCount[index] - 1); step > 0; step--)
            target = this.nextNamesake[target];
        this.addHits(target, hits);
    }
    /**
     * FNDA: counts a line that names the name after the one the last FNDA line
     * counted, as lcov writes FNDA lines in the order of the FN lines. When
     * `buffer` at `start` contains that name and a line break, and the name
     * has one function, adds `hits` as `count` would and returns the position
     * after the line break. Else returns -1 and changes nothing. Comparing the
     * bytes with one name needs no hash and no table lookup.
     */
    countInOrder(buffer, start, end, hits) {
        const index = this.nextCounted;
        if (index >= this.nameCount || this.namesakeCount[index] !== 1)
            return -1;
        const nameStart = index === 0 ? 0 : this.nameEnd[index - 1];
        const length = this.nameEnd[index] - nameStart;
        const nameEnd = start + length;
        if (nameEnd >= end)
            return -1;
        const bytes = this.nameBytes;
        // Two bytes per pass, and byte codes as literals, for the reasons in lcov-fast-records.ts.
        let i = 0;
        for (; i + 1 < length; i += 2) {
            if (buffer[start + i] !== bytes[nameStart + i] || buffer[start + i + 1] !== bytes[nameStart + i + 1])
                return -1;
        }
        if (i < length && buffer[start + i] !== bytes[nameStart + i])
            return -1;
        let next = -1;
        const byte = buffer[nameEnd];
        if (byte === 10 /* LF */)
            next = nameEnd + 1;
        else if (byte === 13 /* CR */ && buffer[nameEnd + 1] === 10 /* LF */)
            next = nameEnd + 2;
        else
            return -1;
        this.nextCounted = index + 1;
        this.hitLines[index] = this.hitLines[index] + 1;
        this.addHits(this.firstFunction[index], hits);
        return next;
    }
    /**
     * FNA: returns the function of `name` at `line`, which it adds when the
     * record has none, for the caller to count the alias's hits with `addHits`.
     */
    functionAt(buffer, start, end, hash, line) {
        if (hash < 0) {
            const key = decodedKey(buffer, start, end);
            return this.functionAt(key, 0, key.length, keyHash(key), line);
        }
        const index = this.findName(buffer, start, end, hash);
        if (index < 0)
            return this.addName(buffer, start, end, line);
        const found = this.findNamesake(index, line);
        return found >= 0 ? found : this.appendNamesake(index, line);
    }
    /** Adds `hits`, a non-negative integer, to a function's count. */
    addHits(functionIndex, hits) {
        const previous = this.functionHits[functionIndex];
        const value = previous + hits;
        this.functionHits[functionIndex] = value;
        // Counts never go down, so a function becomes covered once, when its count leaves 0.
        this.coveredFunctions += +(previous === 0 && value > 0);
        if (value > this.maxHits)
            this.maxHits = value;
    }
    /**
     * Returns the functions as a table, by name in the order each name first
     * appeared, and the functions of one name in the order they were added.
     */
    build(arena) {
        const count = this.functionCount;
        const counts = { covered: this.coveredFunctions, maxLine: this.maxLine, maxHits: this.maxHits };
        if (count === this.nameCount) {
            // No name has a second function, so function n is the only one of name n and the names lie in order.
            return placeFunctions(arena, { nameBytes: this.nameBytes, nameEnds: this.nameEnd, lines: this.functionLine, hits: this.functionHits }, count, counts);
        }
        const bytes = Buffer.allocUnsafe(this.nameEnd[this.nameCount - 1] + this.extraNameBytes());
        const ends = new Int32Array(count);
        const lines = new Int32Array(count);
        const hits = new Float64Array(count);
        let written = 0;
        let position = 0;
        for (let index = 0; index < this.nameCount; index++) {
            const nameStart = index === 0 ? 0 : this.nameEnd[index - 1];
            const nameEnd = this.nameEnd[index];
            for (let f = this.firstFunction[index]; f >= 0; f = this.nextNamesake[f]) {
                position += this.nameBytes.copy(bytes, position, nameStart, nameEnd);
                ends[written] = position;
                lines[written] = this.functionLine[f];
                hits[written] = this.functionHits[f];
                written++;
            }
        }
        return placeFunctions(arena, { nameBytes: bytes, nameEnds: ends, lines, hits }, count, counts);
    }
    /** Bytes that the second and later functions of a name add to the name column. */
    extraNameBytes() {
        let extra = 0;
        for (let index = 0; index < this.nameCount; index++) {
            const namesakes = this.namesakeCount[index];
            if (namesakes > 1)
                extra += (namesakes - 1) * (this.nameEnd[index] - (index === 0 ? 0 : this.nameEnd[index - 1]));
        }
        return extra;
    }
    /** Returns the function of name `index` at `line`, or -1. */
    findNamesake(index, line) {
        for (let f = this.firstFunction[index]; f >= 0; f = this.nextNamesake[f]) {
            if (this.functionLine[f] === line)
                return f;
        }
        return -1;
    }
    /**
     * Returns the index of the name in `buffer[start, end)`, whose hash is
     * `hash` (0 or more), or -1 after remembering where `addName` inserts it.
     */
    findName(buffer, start, end, hash) {
        this.keyHash = hash;
        const slots = this.slots;
        const mask = slots.length - 1;
        for (let slot = hash & mask;; slot = (slot + 1) & mask) {
            const entry = slots[slot];
            if (entry === 0) {
                this.keySlot = slot;
                return -1;
            }
            const index = entry - 1;
            if (this.nameHash[index] === hash && this.nameEquals(index, buffer, start, end))
                return index;
        }
    }
    nameEquals(index, buffer, start, end) {
        const nameStart = index === 0 ? 0 : this.nameEnd[index - 1];
        if (this.nameEnd[index] - nameStart !== end - start)
            return false;
        const bytes = this.nameBytes;
        for (let i = 0; i < end - start; i++)
            if (bytes[nameStart + i] !== buffer[start + i])
                return false;
        return true;
    }
    /**
     * Adds the name in `key[keyStart, keyEnd)`, which the last `findName` looked
     * up and did not find, with one function at `line`, and returns that function.
     */
    addName(key, keyStart, keyEnd, line) {
        const index = this.nameCount;
        if (index === this.nameEnd.length)
            this.growNames();
        const nameStart = index === 0 ? 0 : this.nameEnd[index - 1];
        const length = keyEnd - keyStart;
        if (nameStart + length > this.nameBytes.length)
            this.growNameBytes(nameStart, nameStart + length);
        const bytes = this.nameBytes;
        // Two bytes per pass, as `countInOrder` compares them.
        let i = 0;
        for (; i + 1 < length; i += 2) {
            bytes[nameStart + i] = key[keyStart + i];
            bytes[nameStart + i + 1] = key[keyStart + i + 1];
        }
        if (i < length)
            bytes[nameStart + i] = key[keyStart + i];
        this.nameEnd[index] = nameStart + length;
        this.nameHash[index] = this.keyHash;
        this.hitLines[index] = 0;
        this.namesakeCount[index] = 1;
        const added = this.addFunction(line);
        this.firstFunction[index] = added;
        this.lastFunction[index] = added;
        this.nameCount = index + 1;
        this.slots[this.keySlot] = index + 1;
        this.nameSlot[index] = this.keySlot;
        // Keeps the table at most half full, so that probe runs stay short.
        if (this.nameCount * 2 > this.slots.length)
            this.rehash();
        return added;
    }
    appendNamesake(index, line) {
        const added = this.addFunction(line);
        this.nextNamesake[this.lastFunction[index]] = added;
        this.lastFunction[index] = added;
        this.namesakeCount[index] = this.namesakeCount[index] + 1;
        return added;
    }
    addFunction(line) {
        const added = this.functionCount++;
        if (added === this.functionLine.length)
            this.growFunctions();
        this.setFunctionLine(added, line);
        this.functionHits[added] = 0;
        this.nextNamesake[added] = -1;
        return added;
    }
    setFunctionLine(functionIndex, line) {
        this.functionLine[functionIndex] = line;
        if (line > this.maxLine)
            this.maxLine = line;
    }
    growFunctions() {
        const capacity = this.functionLine.length * 2;
        const lines = new Int32Array(capacity);
        lines.set(this.functionLine);
        this.functionLine = lines;
        const hits = new Float64Array(capacity);
        hits.set(this.functionHits);
        this.functionHits = hits;
    }
    growNames() {
        const ends = new Int32Array(this.nameEnd.length * 2);
        ends.set(this.nameEnd);
        this.nameEnd = ends;
    }
    growNameBytes(used, needed) {
        const larger = Buffer.allocUnsafe(Math.max(needed, this.nameBytes.length * 2));
        this.nameBytes.copy(larger, 0, 0, used);
        this.nameBytes = larger;
    }
    rehash() {
        const slots = new Int32Array(this.slots.length * 2);
        const mask = slots.length - 1;
        for (let index = 0; index < this.nameCount; index++) {
            let slot = this.nameHash[index] & mask;
            while (slots[slot] !== 0)
                slot = (slot + 1) & mask;
            slots[slot] = index + 1;
            this.nameSlot[index] = slot;
        }
        this.slots = slots;
    }
}
/** Copies the first `count` functions into one group of `arena`, as a table that views its columns when they are read. */
function placeFunctions(arena, columns, count, counts) {
    const nameByteCount = count === 0 ? 0 : columns.nameEnds[count - 1];
    // Three number columns of at most 8 bytes an element, and 7 bytes of alignment for each of the four columns.
    arena.openGroup(nameByteCount + count * 24 + 4 * 7);
    const refs = {
        nameBytes: arena.placeBytes(columns.nameBytes, nameByteCount),
        nameByteCount,
        nameEnds: arena.placeInt32(columns.nameEnds, count, (0,count_arrays/* typeForRange */.ft)(0, nameByteCount, true)),
        line: arena.placeInt32(columns.lines, count, (0,count_arrays/* typeForRange */.ft)(0, counts.maxLine, true)),
        hits: arena.placeFloat64(columns.hits, count, (0,count_arrays/* typeForRange */.ft)(0, counts.maxHits, true)),
        covered: counts.covered,
    };
    return new ArenaFunctionTable(count, arena.groupBlock, refs);
}

;// CONCATENATED MODULE: ./src/coverage/parsers/lcov-fast-records.ts
/**
 * Fast paths for the lcov records that make up nearly every line of a large
 * report: DA, BRDA, FN and FNDA with plain numbers. The reader picks one by
 * the line's first byte. Each reads a run of lines of its record type
 * straight from the bytes, each line up to and including its line break,
 * into the open record's builders. It stops before the first line of
 * another type, or before an unusual line, which the reader's general path
 * then reads, and reports if it is invalid. A run stores its line count in
 * `RecordBuilders.runLines` and returns the position after its last line, or
 * -1 when it read no line.
 *
 * One loop per run saves the call and the reader's dispatch of each line.
 *
 * Digits are read as `((buffer[pos] | 0) - 48) >>> 0`. That is the digit's
 * value for a digit, and above 9 for any other byte and past the end of the
 * buffer, so one unsigned comparison separates digits from other bytes.
 * A block ends with a line break or at the end of its buffer (see
 * `BlockHandler`), so the digit loops stop at the block's end without
 * comparing positions: there they read a line break, or the end of the
 * buffer.
 *
 * Byte codes are number literals, and the digit expression is written out
 * instead of called as a function. esbuild 0.28 writes module-level
 * constants as `var` bindings, and V8 (Node 20.20.2) loads and checks such
 * a binding, or a module-level function, at every use in an optimized loop
 * (`--print-opt-code`). A const enum would not help: tsc with
 * `isolatedModules`, which ncc runs for dist/, keeps its members as
 * property reads. Each digit loop reads two digits per pass, because V8
 * checks the buffer's map and reloads its length and data pointer after
 * the stack check of every pass.
 */


/**
 * Reads the run of `DA:<line>,<hits>[,<checksum>]` lines that starts at
 * `pos`, the start of a line that begins with `D`.
 */
function readLineHitsRun(builders, buffer, pos, end) {
    const lineHits = builders.lines;
    let lines = 0;
    let lineStart = pos;
    for (;;) {
        if (buffer[pos + 1] !== 65 /* A */ || buffer[pos + 2] !== 58 /* : */)
            break;
        pos += 3;
        let line = 0;
        let digits = pos;
        let byte = 0;
        let digit = 0;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            line = line * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            line = line * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === digits || byte !== 44 /* , */ || line < 1 || line > model/* MAX_LINE_NUMBER */.yy)
            break;
        pos++;
        let hits = 0;
        digits = pos;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            hits = hits * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            hits = hits * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === digits || hits > Number.MAX_SAFE_INTEGER)
            break;
        if (pos === end) {
            // The last line of a file without a final line break.
        }
        else if (byte === 10 /* LF */) {
            pos++;
        }
        else if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
            pos += 2;
        }
        else if (byte === 44 /* , */) {
            while (pos < end && buffer[pos] !== 10 /* LF */)
                pos++;
            pos++;
        }
        else {
            break;
        }
        lineHits.add(line, hits);
        lines++;
        lineStart = pos;
        if (pos >= end || buffer[pos] !== 68 /* D */)
            break;
    }
    return finishRun(builders, lines, lineStart);
}
/**
 * Reads the run of `BRDA:<line>,<block>,<branch>,<taken or ->` lines with
 * plain numbers that starts at `pos`, the start of a line that begins with
 * `B`. Anything else (an `e` block, an expression branch) ends the run.
 */
function readBranchRun(builders, buffer, pos, end) {
    const outcomes = builders.outcomes;
    let lines = 0;
    let lineStart = pos;
    for (;;) {
        if (buffer[pos + 1] !== 82 /* R */ || buffer[pos + 2] !== 68 /* D */ || buffer[pos + 3] !== 65 /* A */ || buffer[pos + 4] !== 58 /* : */)
            break;
        pos += 5;
        let byte = 0;
        let digit = 0;
        let line = 0;
        const lineDigits = pos;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            line = line * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            line = line * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === lineDigits || byte !== 44 /* , */ || line > model/* MAX_LINE_NUMBER */.yy)
            break;
        pos++;
        let block = 0;
        const blockDigits = pos;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            block = block * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            block = block * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === blockDigits || byte !== 44 /* , */ || block >= 1_000_000_000)
            break;
        pos++;
        let branch = 0;
        const branchDigits = pos;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            branch = branch * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            branch = branch * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === branchDigits || byte !== 44 /* , */ || branch >= 1_000_000)
            break;
        pos++;
        let taken = 0;
        const takenDigits = pos;
        if (buffer[pos] === 45 /* - */) {
            // A taken count of "-" means the branch's block never ran: 0 hits that still count in the total.
            pos++;
            byte = pos < end ? buffer[pos] : 10 /* LF */;
        }
        else {
            for (;;) {
                if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                    break;
                taken = taken * 10 + digit;
                if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                    pos++;
                    break;
                }
                taken = taken * 10 + digit;
                pos += 2;
            }
            byte = buffer[pos] | 0;
            if (pos === takenDigits || taken > Number.MAX_SAFE_INTEGER)
                break;
        }
        if (pos === end) {
            // The last line of a file without a final line break.
        }
        else if (byte === 10 /* LF */) {
            pos++;
        }
        else if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
            pos += 2;
        }
        else {
            break;
        }
        outcomes.add(line, block * 1_000_000 + branch, taken);
        lines++;
        lineStart = pos;
        if (pos >= end || buffer[pos] !== 66 /* B */)
            break;
    }
    if (lines > 0)
        builders.hasBranchRecords = true;
    return finishRun(builders, lines, lineStart);
}
/**
 * Reads the run of `FN:<line>,<name>` and `FNDA:<hits>,<name>` lines that
 * starts at `pos`, the start of a line that begins with `F`, hashing each
 * name while it looks for the line break. An FN name that contains a comma
 * (perhaps lcov 2's `FN:<line>,<end line>,<name>`) and a name that ends in a
 * space or tab end the run.
 */
function readFunctionRun(builders, buffer, pos, end) {
    const functions = builders.functions;
    let lines = 0;
    let lineStart = pos;
    run: for (;;) {
        if (buffer[pos + 1] !== 78 /* N */)
            break;
        pos += 2;
        const declaration = buffer[pos] === 58 /* : */;
        if (declaration) {
            pos++;
        }
        else if (buffer[pos] === 68 /* D */ && buffer[pos + 1] === 65 /* A */ && buffer[pos + 2] === 58 /* : */) {
            pos += 3;
        }
        else {
            break;
        }
        let number = 0;
        const digits = pos;
        let byte = 0;
        let digit = 0;
        for (;;) {
            if ((digit = ((buffer[pos] | 0) - 48) >>> 0) > 9)
                break;
            number = number * 10 + digit;
            if ((digit = ((buffer[pos + 1] | 0) - 48) >>> 0) > 9) {
                pos++;
                break;
            }
            number = number * 10 + digit;
            pos += 2;
        }
        byte = buffer[pos] | 0;
        if (pos === digits || byte !== 44 /* , */ || number > (declaration ? model/* MAX_LINE_NUMBER */.yy : Number.MAX_SAFE_INTEGER))
            break;
        pos++;
        if (!declaration) {
            const counted = functions.countInOrder(buffer, pos, end, number);
            if (counted >= 0) {
                lines++;
                pos = counted;
                lineStart = pos;
                if (pos >= end || buffer[pos] !== 70 /* F */)
                    break;
                continue;
            }
        }
        const nameStart = pos;
        let nameEnd = end;
        let next = end;
        let hash = NAME_HASH_SEED;
        let bits = 0;
        for (;;) {
            // Past the end of the buffer the byte reads as 0, so the end is checked only among the bytes up to the comma.
            byte = buffer[pos] | 0;
            if (byte <= 44 /* , */) {
                if (pos >= end)
                    break;
                if (byte === 10 /* LF */) {
                    nameEnd = pos;
                    next = pos + 1;
                    break;
                }
                if (byte === 13 /* CR */ && buffer[pos + 1] === 10 /* LF */) {
                    nameEnd = pos;
                    next = pos + 2;
                    break;
                }
                if (byte === 44 /* , */ && declaration)
                    break run;
            }
            bits |= byte;
            hash = hashNameByte(hash, byte);
            // Reads a second byte per pass. A byte that may end the name is left to the next pass.
            byte = buffer[pos + 1] | 0;
            if (byte <= 44 /* , */) {
                pos++;
                continue;
            }
            bits |= byte;
            hash = hashNameByte(hash, byte);
            pos += 2;
        }
        if (nameEnd === nameStart)
            break;
        const last = buffer[nameEnd - 1];
        if (last === 32 /* space */ || last === 9 /* tab */ || last === 13 /* CR */)
            break;
        if (declaration)
            functions.declare(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
        else
            functions.count(buffer, nameStart, nameEnd, finishNameHash(hash, bits), number);
        lines++;
        pos = next;
        lineStart = pos;
        if (pos >= end || buffer[pos] !== 70 /* F */)
            break;
    }
    if (lines > 0)
        builders.hasFunctionRecords = true;
    return finishRun(builders, lines, lineStart);
}
/** Stores the line count of a run and returns the position after it, or -1 when it read no line. */
function finishRun(builders, lines, next) {
    builders.runLines = lines;
    return lines === 0 ? -1 : next;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/branch-outcomes.ts
/**
 * Collects branch outcomes (lcov BRDA records) as flat arrays and groups them
 * per line at the end of a record. A report contains millions of outcomes, and
 * building the groups once, at their final size, keeps the heap and the
 * garbage collector's work far smaller than growing one small array per line
 * while parsing.
 */




/** Above this many outcomes on one line, duplicates are found with a Map instead of a linear search. */
const LINEAR_SEARCH_LIMIT = 32;
const NO_KEYS = { perOutcome: [], groupFirst: null };
/** Keys of consecutive outcomes whose `groupFirst` column lies in an arena block, viewed when a later record reopens the file. */
class PlacedFirstKeys {
    block;
    ref;
    length;
    perOutcome = null;
    view = null;
    constructor(block, ref, length) {
        this.block = block;
        this.ref = ref;
        this.length = length;
    }
    get groupFirst() {
        return (this.view ??= (0,columns/* viewColumn */.eB)(this.block, this.ref, this.length));
    }
}
/** Returns the key of `outcome`, an index into `table.taken` within `group`. */
function storedKeyAt(keys, table, group, outcome) {
    if (keys.perOutcome)
        return keys.perOutcome[outcome];
    return keys.groupFirst[group] + (outcome - table.takenStart[group]);
}
/** Stores the keys of `table`'s outcomes, the first entries of `keys`, in the smallest of the forms of `OutcomeKeys`. */
function compactKeys(keys, table, arena) {
    const count = table.takenStart[table.length];
    let consecutive = true;
    for (let group = 0; group < table.length; group++) {
        const start = table.takenStart[group];
        const end = table.takenStart[group + 1];
        for (let outcome = start; outcome < end; outcome++) {
            const key = keys[outcome];
            if (typeof key !== 'number')
                return { perOutcome: keys.slice(0, count), groupFirst: null };
            if (outcome > start && key !== keys[outcome - 1] + 1)
                consecutive = false;
        }
    }
    if (!consecutive)
        return { perOutcome: arena.pack(keys, count), groupFirst: null };
    const firsts = new Array(table.length);
    for (let group = 0; group < table.length; group++) {
        const start = table.takenStart[group];
        firsts[group] = start < table.takenStart[group + 1] ? keys[start] : 0;
    }
    return { perOutcome: null, groupFirst: arena.pack(firsts, table.length) };
}
/** Capacity of a new list; it doubles when an outcome does not fit. */
const branch_outcomes_INITIAL_CAPACITY = 256;
/**
 * Outcomes of the open record. A reader reuses one list for every record, so
 * its arrays keep their capacity and entries at or past `count` are stale.
 *
 * Lines and counts are kept in Int32Arrays, so that closing a record copies
 * them with one native `set` each. While outcomes arrive in line order with
 * numeric keys that go up within each line, as lcov writes them, `add` also
 * builds the groups and counts the covered outcomes, so that `build` places
 * the columns without a pass in JavaScript. Other orders are grouped when
 * the record closes.
 */
class BranchOutcomeList {
    lines = new Int32Array(branch_outcomes_INITIAL_CAPACITY);
    keys = [];
    taken = new Int32Array(branch_outcomes_INITIAL_CAPACITY);
    /** The counts once one of them is above 2^31 - 1, else null. */
    wideTaken = null;
    count = 0;
    sorted = true;
    /** Whether every key is a number above the key before it on the same line, so no line lists a key twice. */
    ascending = true;
    /** Whether every key is one more than the key before it on the same line. */
    consecutive = true;
    /** Greatest count in `taken`, so that the table's column type is known without a pass. */
    maxTaken = 0;
    coveredOutcomes = 0;
    lastLine = -1;
    lastKey = 0;
    maxFirstKey = 0;
    /** Groups of the outcomes while `ascending` holds: each group's line, first outcome and first key. */
    groupLine = new columns/* Int32Column */.n3();
    groupStart = new columns/* Int32Column */.n3();
    groupFirstKey = new columns/* Float64Column */.HD();
    /** Forgets every outcome. */
    clear() {
        this.count = 0;
        this.wideTaken = null;
        this.sorted = true;
        this.ascending = true;
        this.consecutive = true;
        this.maxTaken = 0;
        this.coveredOutcomes = 0;
        this.lastLine = -1;
        this.lastKey = 0;
        this.maxFirstKey = 0;
        this.groupLine.clear();
        this.groupStart.clear();
        this.groupFirstKey.clear();
    }
    /** Starts over with outcomes grouped earlier, so that a record that reopens a file merges into them. */
    load(table, keys) {
        this.clear();
        for (let group = 0; group < table.length; group++) {
            const line = table.line[group];
            for (let outcome = table.takenStart[group]; outcome < table.takenStart[group + 1]; outcome++) {
                this.add(line, storedKeyAt(keys, table, group, outcome), table.taken[outcome]);
            }
        }
    }
    /**
     * Adds one outcome; a later outcome with the same line and key adds its
     * count to the first. `line` is an integer from 0 to `MAX_LINE_NUMBER`,
     * `taken` an integer from 0 to 2^53 - 1, and a numeric key a non-negative
     * integer.
     */
    add(line, key, taken) {
        const count = this.count;
        if (count === this.lines.length)
            this.grow();
        if (line < this.lastLine)
            this.sorted = false;
        if (typeof key !== 'number') {
            this.ascending = false;
        }
        else if (line !== this.lastLine) {
            this.startGroup(line, count, key);
        }
        else if (key !== this.lastKey + 1) {
            this.consecutive = false;
            if (key <= this.lastKey)
                this.ascending = false;
        }
        if (typeof key === 'number')
            this.lastKey = key;
        this.lastLine = line;
        this.lines[count] = line;
        this.keys[count] = key;
        // 2^31 - 1 is a literal, which a bundler cannot turn into a variable (see lcov-fast-records.ts).
        if (taken <= 0x7fffffff && !this.wideTaken)
            this.taken[count] = taken;
        else
            this.storeWide(count, taken);
        if (taken > this.maxTaken)
            this.maxTaken = taken;
        this.coveredOutcomes += +(taken > 0);
        this.count = count + 1;
    }
    /**
     * Returns one group per line, in line order, with outcomes in the order they
     * first appeared, and their keys. `builder` is emptied first, so a parser
     * can reuse one.
     */
    build(builder, arena) {
        if (this.ascending && this.sorted)
            return this.placeGroups(arena);
        const inOrder = this.sorted ? this.groupInFileOrder(arena) : null;
        if (inOrder)
            return inOrder;
        const grouped = this.toGroups(builder, arena);
        return { table: grouped.table, keys: compactKeys(grouped.keys, grouped.table, arena) };
    }
    /** Returns the groups as `build` does, before their keys are compacted. */
    toGroups(builder = new record_tables/* BranchTableBuilder */.iN(), arena) {
        builder.reset();
        const order = this.sorted ? null : this.entryOrder();
        const count = this.count;
        const keys = [];
        let runStart = 0;
        while (runStart < count) {
            const line = this.lines[order ? order[runStart] : runStart];
            let runEnd = runStart + 1;
            while (runEnd < count && this.lines[order ? order[runEnd] : runEnd] === line)
                runEnd++;
            const taken = this.mergeGroup(order, runStart, runEnd, keys);
            builder.addOutcomes(line, taken, 0, taken.length);
            runStart = runEnd;
        }
        return { table: builder.build(arena), keys };
    }
    startGroup(line, count, key) {
        this.groupLine.push(line);
        this.groupStart.push(count);
        this.groupFirstKey.push(key);
        if (key > this.maxFirstKey)
            this.maxFirstKey = key;
    }
    /** Places the groups that `add` built, for outcomes in line order whose keys go up within each line. */
    placeGroups(arena) {
        const count = this.count;
        const groups = this.groupLine.length;
        const lastLine = groups > 0 ? this.groupLine.at(groups - 1) : 0;
        // The end of the last group; `clear` drops it with the rest.
        this.groupStart.push(count);
        // Two Int32 columns of at most 4 bytes an element, two of at most 8, and 7 bytes of alignment for each of the four.
        arena.openGroup(groups * 16 + 4 + count * 8 + 4 * 7);
        const takenType = (0,count_arrays/* typeForRange */.ft)(0, this.maxTaken, true);
        const refs = {
            line: arena.placeInt32(this.groupLine.values, groups, (0,count_arrays/* typeForRange */.ft)(0, lastLine, true)),
            takenStart: arena.placeInt32(this.groupStart.values, groups + 1, (0,count_arrays/* typeForRange */.ft)(0, count, true)),
            taken: this.wideTaken ? arena.placeAs(this.wideTaken, count, takenType) : arena.placeInt32(this.taken, count, takenType),
            coveredOutcomes: this.coveredOutcomes,
            outcomes: count,
        };
        const firstKeys = this.consecutive ? arena.placeFloat64(this.groupFirstKey.values, groups, (0,count_arrays/* typeForRange */.ft)(0, this.maxFirstKey, true)) : -1;
        const block = arena.groupBlock;
        const table = new ArenaBranchTable(groups, block, refs);
        if (!this.consecutive)
            return { table, keys: { perOutcome: arena.pack(this.keys, count), groupFirst: null } };
        return { table, keys: new PlacedFirstKeys(block, firstKeys, groups) };
    }
    /** Counts of the outcomes, in whichever array contains them. */
    takenValues() {
        return this.wideTaken ?? this.taken;
    }
    /** Stores a count above 2^31 - 1, or any count once one was, in `wideTaken`. */
    storeWide(index, taken) {
        if (!this.wideTaken) {
            this.wideTaken = new Float64Array(this.taken.length);
            this.wideTaken.set(this.taken.subarray(0, this.count));
        }
        this.wideTaken[index] = taken;
    }
    grow() {
        const capacity = this.lines.length * 2;
        const lines = new Int32Array(capacity);
        lines.set(this.lines);
        this.lines = lines;
        const taken = new Int32Array(capacity);
        taken.set(this.taken);
        this.taken = taken;
        if (this.wideTaken) {
            const wide = new Float64Array(capacity);
            wide.set(this.wideTaken);
            this.wideTaken = wide;
        }
    }
    /**
     * Groups outcomes that are already in line order, which is how lcov writes
     * them, in one pass that also compacts their keys. Returns null when a line
     * lists a key twice, as concatenated tracefiles can, or has more outcomes
     * than a linear search for that suits, so that `toGroups` merges them.
     * The column types follow from the ranges found here, so the columns are
     * copied without another pass.
     */
    groupInFileOrder(arena) {
        const { lines, keys, count } = this;
        const taken = this.takenValues();
        const { groupLine, groupStart, groupFirstKey } = this;
        groupLine.clear();
        groupStart.clear();
        groupFirstKey.clear();
        groupStart.push(0);
        let coveredOutcomes = 0;
        let maxFirstKey = 0;
        let numeric = true;
        let consecutive = true;
        let runStart = 0;
        while (runStart < count) {
            const line = lines[runStart];
            let covered = 0;
            let runEnd = runStart;
            // Keys that go up by one, as lcov numbers a block's branches, are distinct without a search.
            let ascending = true;
            do {
                const key = keys[runEnd];
                if (typeof key !== 'number')
                    numeric = false;
                if (runEnd > runStart) {
                    if (typeof key !== 'number' || key !== keys[runEnd - 1] + 1) {
                        consecutive = false;
                        ascending = false;
                    }
                    if (!ascending) {
                        if (runEnd - runStart > LINEAR_SEARCH_LIMIT)
                            return null;
                        for (let earlier = runStart; earlier < runEnd; earlier++)
                            if (keys[earlier] === key)
                                return null;
                    }
                }
                if (taken[runEnd] > 0)
                    covered++;
                runEnd++;
            } while (runEnd < count && lines[runEnd] === line);
            const firstKey = keys[runStart];
            groupLine.push(line);
            groupStart.push(runEnd);
            if (typeof firstKey === 'number') {
                groupFirstKey.push(firstKey);
                if (firstKey > maxFirstKey)
                    maxFirstKey = firstKey;
            }
            coveredOutcomes += covered;
            runStart = runEnd;
        }
        const groups = groupLine.length;
        // Two Int32 columns of at most 4 bytes an element, two of at most 8, and 7 bytes of alignment for each of the four.
        arena.openGroup(groups * 16 + 4 + count * 8 + 4 * 7);
        const refs = {
            line: arena.placeInt32(groupLine.values, groups, (0,count_arrays/* typeForRange */.ft)(0, groups > 0 ? groupLine.at(groups - 1) : 0, true)),
            takenStart: arena.placeInt32(groupStart.values, groups + 1, (0,count_arrays/* typeForRange */.ft)(0, count, true)),
            taken: arena.placeAs(taken, count, (0,count_arrays/* typeForRange */.ft)(0, this.maxTaken, true)),
            coveredOutcomes,
            outcomes: count,
        };
        const firstKeys = numeric && consecutive ? arena.placeFloat64(groupFirstKey.values, groups, (0,count_arrays/* typeForRange */.ft)(0, maxFirstKey, true)) : -1;
        const block = arena.groupBlock;
        const table = new ArenaBranchTable(groups, block, refs);
        if (!numeric)
            return { table, keys: { perOutcome: keys.slice(0, count), groupFirst: null } };
        if (!consecutive)
            return { table, keys: { perOutcome: arena.pack(keys, count), groupFirst: null } };
        return { table, keys: new PlacedFirstKeys(block, firstKeys, groups) };
    }
    /** Entry indices sorted by line, keeping file order within a line. */
    entryOrder() {
        const lines = this.lines;
        const order = new Array(this.count);
        for (let i = 0; i < order.length; i++)
            order[i] = i;
        return order.sort((a, b) => lines[a] - lines[b] || a - b);
    }
    /** Returns the outcome counts of entries `[start, end)` with repeated keys merged, and appends the distinct keys to `keysOut`. */
    mergeGroup(order, start, end, keysOut) {
        const firstKey = keysOut.length;
        const positions = end - start > LINEAR_SEARCH_LIMIT ? new Map() : null;
        // Distinct positions of each entry, counted first so the group's array can be allocated once.
        const entryPosition = new Array(end - start);
        for (let i = start; i < end; i++) {
            const key = this.keys[order ? order[i] : i];
            let position = positions ? (positions.get(key) ?? -1) : -1;
            if (!positions) {
                for (let k = firstKey; k < keysOut.length; k++) {
                    if (keysOut[k] === key) {
                        position = k - firstKey;
                        break;
                    }
                }
            }
            if (position < 0) {
                position = keysOut.length - firstKey;
                positions?.set(key, position);
                keysOut.push(key);
            }
            entryPosition[i - start] = position;
        }
        const taken = new Array(keysOut.length - firstKey).fill(0);
        const counts = this.takenValues();
        for (let i = start; i < end; i++)
            taken[entryPosition[i - start]] += counts[order ? order[i] : i];
        return taken;
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/lcov-file-state.ts
/**
 * Reading state of one source file in an lcov report. It contains the file's
 * tables as of its last closed record, and closes and reopens the file's
 * records.
 */





const lcov_file_state_NO_BRANCHES = (0,record_tables/* branchTable */.dx)([]);
const lcov_file_state_NO_FUNCTIONS = (0,record_tables/* functionTable */.nk)([]);
const lcov_file_state_NO_LINES = new Float64Array(0);
/** Returns the state of a file that the report has not named before. */
function newFileState(path) {
    return { path, lines: lcov_file_state_NO_LINES, coveredLines: 0, instrumentedLines: 0, open: false, branches: lcov_file_state_NO_BRANCHES, outcomeKeys: NO_KEYS, functions: lcov_file_state_NO_FUNCTIONS };
}
/**
 * Builders for the open record's tables, which the reader reuses from one
 * record to the next. Reading a DA, BRDA, FN or FNDA line with an ASCII name
 * creates no object, and each closed record costs one allocation of its final
 * size per table.
 */
class RecordBuilders {
    /** Storage of every closed record's tables. */
    arena = new columns/* ColumnArena */.mH();
    lines = new LineHitsBuilder();
    outcomes = new BranchOutcomeList();
    functions = new RecordFunctions();
    branches = new record_tables/* BranchTableBuilder */.iN();
    /**
     * Whether any record of the report carries branches (BRDA, BRF, BRH) or
     * functions (FN, FNDA, FNL, FNA, FNF, FNH). A report with none leaves the
     * metric undefined, so totals show it as absent rather than 0 of 0.
     */
    hasBranchRecords = false;
    hasFunctionRecords = false;
    /** Lines that the last run of lcov-fast-records.ts read. */
    runLines = 0;
    /** Empties the builders for a file's first record. */
    open(file) {
        this.lines.reset();
        this.outcomes.clear();
        this.functions.clear();
        file.open = true;
    }
    /** Fills the builders with a closed file's tables, for a later record that names it again. */
    reopen(file) {
        this.lines.reset(file.lines);
        this.outcomes.load(file.branches, file.outcomeKeys);
        this.functions.load(file.functions);
        file.open = true;
    }
    /** Builds the open record's lines, branches and functions into the file's final tables. */
    close(file) {
        if (!file.open)
            return;
        file.lines = this.lines.build(this.arena);
        const counted = this.lines.count(file.lines);
        file.coveredLines = counted.covered;
        file.instrumentedLines = counted.total;
        const grouped = this.outcomes.build(this.branches, this.arena);
        file.branches = grouped.table;
        file.outcomeKeys = grouped.keys;
        file.functions = this.functions.build(this.arena);
        file.open = false;
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/lcov-tags.ts
/**
 * Byte codes and record tags of the lcov tracefile format, and the helpers
 * that match them in a buffer without decoding it.
 */
const lcov_tags_COLON = 58;
const lcov_tags_COMMA = 44;
const HASH = 35;
const DASH = 45;
const lcov_tags_LF = 10;
const lcov_tags_CR = 13;
const lcov_tags_SPACE = 32;
const TAB = 9;
const D = 68;
const A = 65;
const B = 66;
const R = 82;
const F = 70;
const N = 78;
/** Packs a record tag of up to four ASCII letters into one number, for a fast switch. */
function tagCode(tag) {
    let code = 0;
    for (let i = 0; i < tag.length; i++)
        code = code * 256 + tag.charCodeAt(i);
    return code;
}
const TAG = {
    TN: tagCode('TN'),
    SF: tagCode('SF'),
    VER: tagCode('VER'),
    FN: tagCode('FN'),
    FNDA: tagCode('FNDA'),
    FNF: tagCode('FNF'),
    FNH: tagCode('FNH'),
    FNL: tagCode('FNL'),
    FNA: tagCode('FNA'),
    BRDA: tagCode('BRDA'),
    BRF: tagCode('BRF'),
    BRH: tagCode('BRH'),
    DA: tagCode('DA'),
    LF: tagCode('LF'),
    LH: tagCode('LH'),
};
const END_OF_RECORD = Buffer.from('end_of_record');
/**
 * Returns whether `buffer[start, end)` is `end_of_record`. The loop replaces
 * a call of `Buffer.prototype.compare`, whose JavaScript wrapper V8 compiled
 * with TurboFan in every run on the lcov input of bench/ (Node 20.20.2).
 */
function isEndOfRecord(buffer, start, end) {
    if (end - start !== END_OF_RECORD.length)
        return false;
    for (let i = 0; i < END_OF_RECORD.length; i++)
        if (buffer[start + i] !== END_OF_RECORD[i])
            return false;
    return true;
}
function packTag(buffer, start, end) {
    let code = 0;
    for (let i = start; i < end; i++)
        code = code * 256 + buffer[i];
    return code;
}
const KNOWN_TAGS = new Set(Object.values(TAG));
function isKnownTag(tag) {
    return KNOWN_TAGS.has(tag);
}

;// CONCATENATED MODULE: ./src/coverage/parsers/lcov.ts
/**
 * Parser for lcov tracefiles, in the record set of lcov 1.x and 2.x.
 *
 * Totals are always recomputed from DA, BRDA and FN/FNDA/FNL/FNA records. The
 * LF/LH, BRF/BRH and FNF/FNH summary lines are ignored because some writers
 * get them wrong.
 */











/** Maximum number of lines or runs of lines that one call of `readLines` reads. */
const MAX_STEPS_PER_CALL = 64;
const LINE_NUMBER_FIX = 'No source file has that many lines; regenerate the report with the coverage tool';
class LcovReader {
    source;
    files = new Map();
    builders = new RecordBuilders();
    current = null;
    indexedFunctions = new Map();
    lastLineClosedRecord = false;
    unknownTags = new Set();
    warnedLargeCount = false;
    warnings = [];
    constructor(source) {
        this.source = source;
    }
    lineNumber = 0;
    /**
     * Reads whole lines. DA, BRDA, FN and FNDA records, nearly every line of a
     * large report, take the fast paths of lcov-fast-records.ts.
     */
    readBlock(buffer, start, end) {
        let pos = start;
        // The line scanner delivers the first line whole, so a byte order mark lies entirely in the first block.
        if (this.lineNumber === 0 && startsWithByteOrderMark(buffer, start, end))
            pos += 3;
        while (pos < end)
            pos = this.readLines(buffer, pos, end);
    }
    /**
     * Reads up to `MAX_STEPS_PER_CALL` lines or runs of lines from `pos` on and
     * returns the position after them. Short calls let V8 compile this loop
     * once, as a whole function: with one call per 1 MiB block it compiled an
     * on-stack replacement version during the first block and the function
     * again after it (Node 20.20.2, `--trace-opt`). The store of `lineNumber`
     * after the loop has run before V8 compiles the function, so it has type
     * feedback and causes no deoptimization (`--trace-deopt`).
     */
    readLines(buffer, pos, end) {
        const builders = this.builders;
        let lineNumber = this.lineNumber;
        let inRecord = this.current !== null;
        for (let steps = 0; steps < MAX_STEPS_PER_CALL && pos < end; steps++) {
            lineNumber++;
            // The fast paths are called from here rather than from one dispatch
            // function, because V8 (Node 20.20.2) did not always inline such a
            // function, and then BRDA and FN lines took two calls each.
            let next = -1;
            if (inRecord) {
                const first = buffer[pos];
                if (first === D)
                    next = readLineHitsRun(builders, buffer, pos, end);
                else if (first === B)
                    next = readBranchRun(builders, buffer, pos, end);
                else if (first === F)
                    next = readFunctionRun(builders, buffer, pos, end);
            }
            // No store of `lastLineClosedRecord` here: a fast path runs only in an open record, whose SF line already cleared it.
            if (next >= 0) {
                lineNumber += builders.runLines - 1;
                pos = next;
                continue;
            }
            let lineEnd = pos;
            while (lineEnd < end && buffer[lineEnd] !== lcov_tags_LF)
                lineEnd++;
            const contentEnd = lineEnd > pos && buffer[lineEnd - 1] === lcov_tags_CR ? lineEnd - 1 : lineEnd;
            this.lineNumber = lineNumber;
            this.readLine(buffer, pos, contentEnd, lineNumber);
            inRecord = this.current !== null;
            pos = lineEnd + 1;
        }
        this.lineNumber = lineNumber;
        return pos;
    }
    readLine(buffer, start, end, lineNumber) {
        while (end > start && (buffer[end - 1] === 32 || buffer[end - 1] === 9))
            end--;
        while (start < end && (buffer[start] === 32 || buffer[start] === 9))
            start++;
        if (start === end)
            return;
        this.lastLineClosedRecord = false;
        if (buffer[start] === HASH)
            return;
        const colon = tagEnd(buffer, start, end);
        if (colon < 0) {
            this.readLineWithoutTag(buffer, start, end, lineNumber);
            return;
        }
        const tag = packTag(buffer, start, colon);
        const valueStart = colon + 1;
        if (tag === TAG.SF) {
            // Decoded as git decodes paths, so that a file name that is not UTF-8 matches the repository's file.
            this.openRecord((0,git_path/* decodeGitPath */.yV)(buffer.subarray(valueStart, end)));
            return;
        }
        if (tag === TAG.TN || tag === TAG.VER)
            return;
        if (!this.current) {
            if (isKnownTag(tag))
                this.fail(buffer, start, end, lineNumber, 'record before any SF line', 'Every record must follow an SF:<source file> line');
            this.warnUnknownTag(buffer, start, colon, lineNumber);
            return;
        }
        if (tag === TAG.BRDA || tag === TAG.BRF || tag === TAG.BRH)
            this.builders.hasBranchRecords = true;
        else if (tag === TAG.FN || tag === TAG.FNDA || tag === TAG.FNL || tag === TAG.FNA || tag === TAG.FNF || tag === TAG.FNH)
            this.builders.hasFunctionRecords = true;
        switch (tag) {
            case TAG.DA:
                this.readLineHits(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.BRDA:
                this.readBranch(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.FN:
                this.readFunction(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.FNDA:
                this.readFunctionHits(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.FNL:
                this.readFunctionLocation(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.FNA:
                this.readFunctionAlias(buffer, start, valueStart, end, lineNumber);
                return;
            case TAG.FNF:
            case TAG.FNH:
            case TAG.BRF:
            case TAG.BRH:
            case TAG.LF:
            case TAG.LH:
                if (parseUnsigned(buffer, valueStart, end) < 0) {
                    this.fail(buffer, start, end, lineNumber, 'invalid summary count', 'Expected a non-negative integer after the colon');
                }
                return;
            default:
                this.warnUnknownTag(buffer, start, colon, lineNumber);
        }
    }
    /** Checks the end of the input and returns the files. */
    finish(endsWithNewline) {
        if (this.current && !this.lastLineClosedRecord) {
            if (!endsWithNewline) {
                throw new errors/* ReportError */.$g(this.source, { line: this.lineNumber }, 'the file ends in the middle of a record, so the report is truncated', 'Regenerate the report and make sure it was written completely');
            }
            this.warnings.push(`${this.source}: the last record has no end_of_record line; it was read up to the end of the file`);
        }
        if (this.files.size === 0) {
            throw new errors/* ReportError */.$g(this.source, undefined, 'the lcov report contains no SF records, so it covers no files', 'Check that the tests ran with coverage enabled and that this is the right file');
        }
        if (this.current)
            this.builders.close(this.current);
        const files = [];
        const { hasBranchRecords, hasFunctionRecords } = this.builders;
        for (const file of this.files.values())
            files.push(fileCoverage(file, hasBranchRecords, hasFunctionRecords));
        return files;
    }
    readLineWithoutTag(buffer, start, end, lineNumber) {
        if (isEndOfRecord(buffer, start, end)) {
            if (this.current)
                this.builders.close(this.current);
            this.current = null;
            this.clearIndexedFunctions();
            this.lastLineClosedRecord = true;
            return;
        }
        this.fail(buffer, start, end, lineNumber, 'line is not an lcov record', 'Each line must be TAG:value or end_of_record');
    }
    openRecord(path) {
        if (path.length === 0)
            throw new errors/* ReportError */.$g(this.source, undefined, 'SF line without a path', 'Write SF:<source file>');
        // A record that ends without end_of_record is closed by the next SF line.
        if (this.current)
            this.builders.close(this.current);
        let file = this.files.get(path);
        if (file) {
            this.builders.reopen(file);
        }
        else {
            file = newFileState(path);
            this.files.set(path, file);
            this.builders.open(file);
        }
        this.current = file;
        this.clearIndexedFunctions();
    }
    /** DA:<line>,<hits>[,<checksum>] */
    readLineHits(buffer, start, from, end, lineNumber) {
        const comma = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const second = comma < 0 ? -1 : indexOfByte(buffer, lcov_tags_COMMA, comma + 1, end);
        const line = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
        const hitsEnd = second < 0 ? end : second;
        const hits = comma < 0 ? -1 : parseUnsigned(buffer, comma + 1, hitsEnd);
        if (line < 1 || hits < 0) {
            this.fail(buffer, start, end, lineNumber, 'invalid DA record', 'Expected DA:<line number from 1>,<hit count>');
        }
        this.checkLineNumber(buffer, start, end, lineNumber, from, comma);
        this.builders.lines.add(line, this.limitCount(hits, buffer, comma + 1, hitsEnd, lineNumber));
    }
    /**
     * BRDA:<line>,[e]<block>,<branch>,<taken>; the branch may be an expression
     * that contains commas. Line 0 is valid: coverage.py writes it for branches
     * that leave a function.
     */
    readBranch(buffer, start, from, end, lineNumber) {
        const first = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const second = first < 0 ? -1 : indexOfByte(buffer, lcov_tags_COMMA, first + 1, end);
        const last = lastIndexOfByte(buffer, lcov_tags_COMMA, from, end);
        const line = first < 0 ? -1 : parseUnsigned(buffer, from, first);
        // A taken count of "-" means the branch's block never ran: 0 hits that still count in the total.
        const notReached = last === end - 2 && buffer[end - 1] === DASH;
        const taken = notReached ? 0 : parseUnsigned(buffer, last + 1, end);
        if (line < 0 || second < 0 || last <= second || taken < 0) {
            this.fail(buffer, start, end, lineNumber, 'invalid BRDA record', 'Expected BRDA:<line number>,<block>,<branch>,<taken count or ->');
        }
        this.checkLineNumber(buffer, start, end, lineNumber, from, first);
        this.builders.outcomes.add(line, outcomeKey(buffer, first + 1, second, last), this.limitCount(taken, buffer, last + 1, end, lineNumber));
    }
    /** FN:<start line>,[<end line>,]<name>; lcov 2 added the optional end line. */
    readFunction(buffer, start, from, end, lineNumber) {
        const comma = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const line = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
        if (line < 0 || comma + 1 >= end) {
            this.fail(buffer, start, end, lineNumber, 'invalid FN record', 'Expected FN:<line number>,<function name>');
        }
        this.checkLineNumber(buffer, start, end, lineNumber, from, comma);
        let nameStart = comma + 1;
        const next = indexOfByte(buffer, lcov_tags_COMMA, nameStart, end);
        if (next > nameStart && next + 1 < end && parseUnsigned(buffer, nameStart, next) >= 0)
            nameStart = next + 1;
        this.builders.functions.declare(buffer, nameStart, end, hashName(buffer, nameStart, end), line);
    }
    /** FNDA:<hits>,<name> */
    readFunctionHits(buffer, start, from, end, lineNumber) {
        const comma = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const parsedHits = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
        if (parsedHits < 0 || comma + 1 >= end) {
            this.fail(buffer, start, end, lineNumber, 'invalid FNDA record', 'Expected FNDA:<hit count>,<function name>');
        }
        const hits = this.limitCount(parsedHits, buffer, from, comma, lineNumber);
        this.builders.functions.count(buffer, comma + 1, end, hashName(buffer, comma + 1, end), hits);
    }
    /** FNL:<index>,<start line>[,<end line>] */
    readFunctionLocation(buffer, start, from, end, lineNumber) {
        const comma = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const second = comma < 0 ? -1 : indexOfByte(buffer, lcov_tags_COMMA, comma + 1, end);
        const index = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
        const line = comma < 0 ? -1 : parseUnsigned(buffer, comma + 1, second < 0 ? end : second);
        if (index < 0 || line < 0 || (second >= 0 && parseUnsigned(buffer, second + 1, end) < 0)) {
            this.fail(buffer, start, end, lineNumber, 'invalid FNL record', 'Expected FNL:<function index>,<start line>[,<end line>]');
        }
        this.checkLineNumber(buffer, start, end, lineNumber, comma + 1, second < 0 ? end : second);
        this.indexedFunctions.set(index, { line, function: -1 });
    }
    /**
     * FNA:<index>,<hits>,<name>. Aliases of one index are one function,
     * because lcov 2 counts functions and not aliases in FNF and FNH. The
     * function takes its first alias's name and the sum of the aliases' hits.
     * NOTE: summing alias hits is an assumption; only whether the sum is above 0
     * is checked against lcov 2 output.
     */
    readFunctionAlias(buffer, start, from, end, lineNumber) {
        const comma = indexOfByte(buffer, lcov_tags_COMMA, from, end);
        const second = comma < 0 ? -1 : indexOfByte(buffer, lcov_tags_COMMA, comma + 1, end);
        const index = comma < 0 ? -1 : parseUnsigned(buffer, from, comma);
        const hits = second < 0 ? -1 : parseUnsigned(buffer, comma + 1, second);
        if (index < 0 || hits < 0 || second + 1 >= end) {
            this.fail(buffer, start, end, lineNumber, 'invalid FNA record', 'Expected FNA:<function index>,<hit count>,<function name>');
        }
        const indexed = this.indexedFunctions.get(index);
        if (!indexed) {
            this.fail(buffer, start, end, lineNumber, `FNA record for function index ${index} without an FNL line`, 'Write FNL:<index>,<start line> before the FNA lines of that index');
        }
        const functions = this.builders.functions;
        if (indexed.function < 0)
            indexed.function = functions.functionAt(buffer, second + 1, end, hashName(buffer, second + 1, end), indexed.line);
        functions.addHits(indexed.function, this.limitCount(hits, buffer, comma + 1, second, lineNumber));
    }
    /** Forgets the FNL indexes of the closed record. Only lcov 2 writes them, and clearing an empty Map still allocates a new table. */
    clearIndexedFunctions() {
        if (this.indexedFunctions.size > 0)
            this.indexedFunctions.clear();
    }
    warnUnknownTag(buffer, start, colon, lineNumber) {
        const tag = buffer.toString('latin1', start, colon);
        if (this.unknownTags.has(tag))
            return;
        this.unknownTags.add(tag);
        this.warnings.push(`${this.source} at line ${lineNumber}: unknown lcov record type ${JSON.stringify(tag)} was ignored`);
    }
    /** Rejects a line number in `buffer[from, to)` above `MAX_LINE_NUMBER`, before any array grows to reach it. */
    checkLineNumber(buffer, start, end, lineNumber, from, to) {
        if (parseUnsigned(buffer, from, to) <= model/* MAX_LINE_NUMBER */.yy)
            return;
        const text = buffer.toString('latin1', from, to);
        this.fail(buffer, start, end, lineNumber, `line number ${text} is above the maximum ${model/* MAX_LINE_NUMBER */.yy} in`, LINE_NUMBER_FIX);
    }
    /**
     * Returns a hit count, lowered to 2^53 - 1 when it is larger, where doubles
     * stop being exact. Real tracefiles hold such counts, for example
     * `DA:13,18446744073709551615` (2^64 - 1) in the test.lcov fixture of
     * coverallsapp/coverage-reporter. Only whether a count is above 0 enters
     * the totals, so lowering it changes no result. The first one is reported
     * as a warning.
     */
    limitCount(hits, buffer, from, to, lineNumber) {
        if (hits <= Number.MAX_SAFE_INTEGER)
            return hits;
        if (!this.warnedLargeCount) {
            this.warnedLargeCount = true;
            const text = buffer.toString('latin1', from, to);
            this.warnings.push(`${this.source} at line ${lineNumber}: the hit count ${text} is above 2^53 - 1 and was read as ${Number.MAX_SAFE_INTEGER}; later such counts are lowered without a warning`);
        }
        return Number.MAX_SAFE_INTEGER;
    }
    fail(buffer, start, end, lineNumber, problem, fix) {
        throw new errors/* ReportError */.$g(this.source, { line: lineNumber }, `${problem} ${lineExcerpt(buffer, start, end)}`, fix);
    }
}
/**
 * Returns the coverage of one file, with the branch and function tables only
 * where the report has such records. Each shape is one object literal,
 * because adding the properties one by one took a map transition per
 * property and file.
 */
function fileCoverage(file, withBranches, withFunctions) {
    const { path, lines, branches, functions } = file;
    const lineCounter = { lines, covered: file.coveredLines, total: file.instrumentedLines };
    if (withBranches && withFunctions)
        return { path, lines, lineCounter, branches, functions };
    if (withBranches)
        return { path, lines, lineCounter, branches };
    if (withFunctions)
        return { path, lines, lineCounter, functions };
    return { path, lines, lineCounter };
}
/** Maximum length of a record tag. lcov's own tags have at most four letters, and a longer one is reported as unknown. */
const MAX_TAG_LENGTH = 32;
/** Returns the position of the colon that ends the line's record tag, letters, digits and `_`, or -1 when the line has none. */
function tagEnd(buffer, start, end) {
    const limit = Math.min(end, start + MAX_TAG_LENGTH + 1);
    for (let pos = start; pos < limit; pos++) {
        const byte = buffer[pos];
        if (byte === lcov_tags_COLON)
            return pos > start ? pos : -1;
        const isTagByte = (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) || byte === 95;
        if (!isTagByte)
            return -1;
    }
    return -1;
}
/**
 * Returns a key for the `block,branch` fields of a BRDA record: a number when
 * both are small integers, which avoids a string per record, else the text.
 */
function outcomeKey(buffer, start, comma, end) {
    const block = parseUnsigned(buffer, start, comma);
    const branch = parseUnsigned(buffer, comma + 1, end);
    if (block >= 0 && branch >= 0 && branch < 1_000_000 && block < 1_000_000_000)
        return block * 1_000_000 + branch;
    return buffer.toString('latin1', start, end);
}
const parseLcov = async (input) => {
    const reader = new LcovReader(input.source);
    const scan = await scanLineBlocks(input.chunks, (buffer, start, end) => {
        reader.readBlock(buffer, start, end);
    });
    if (scan.byteCount === 0) {
        throw new errors/* ReportError */.$g(input.source, undefined, 'the file is empty', 'Check that the tests ran with coverage enabled and wrote the report');
    }
    const files = reader.finish(scan.endsWithNewline);
    return { format: 'lcov', source: input.source, files, roots: [], warnings: reader.warnings };
};

// EXTERNAL MODULE: ./src/run/v8-flags.ts
var v8_flags = __webpack_require__(39293);
;// CONCATENATED MODULE: ./src/coverage/young-generation.ts
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
        (0,v8_flags/* setV8Flag */.N1)(GROWTH_FACTOR_FLAG, 1, DEFAULT_GROWTH_FACTOR);
    try {
        return await work();
    }
    finally {
        if (--activeParses === 0)
            (0,v8_flags/* setV8Flag */.N1)(GROWTH_FACTOR_FLAG, DEFAULT_GROWTH_FACTOR, DEFAULT_GROWTH_FACTOR);
    }
}
function userSetSemiSpace() {
    const options = [...process.execArgv, process.env['NODE_OPTIONS'] ?? ''];
    return options.some((option) => option.includes('semi-space') || option.includes('semi_space'));
}

;// CONCATENATED MODULE: ./src/coverage/load-report.ts
/**
 * Filesystem adapter that opens a coverage report as a stream, recognises its
 * format when asked to and hands the chunks to the format's parser.
 */











/**
 * Read size. 1 MiB keeps the per-chunk work of the parsers small next to the
 * per-byte work, and the buffer small next to the memory target of
 * bench/README.md: 4 MiB chunks peaked 3 MiB higher.
 */
const CHUNK_BYTES = 1024 * 1024;
/** The parser of each format. */
const PARSERS = {
    lcov: parseLcov,
    'istanbul-json': parseIstanbulJson,
    'istanbul-summary': parseIstanbulSummary,
    cobertura: parseCobertura,
    clover: parseClover,
    jacoco: parseJacoco,
    go: parseGoProfile,
};
/** Reads the report at `path`; `auto` recognises the format from the first 64 KiB. */
async function loadReport(path, format) {
    const file = await openReport(path);
    const chunks = readChunks(file, path);
    try {
        const head = await readHead(chunks);
        const resolved = format === 'auto' ? detectFormat(Buffer.concat(head.chunks), path) : format;
        return await withSteadyYoungGeneration(() => PARSERS[resolved]({ source: path, chunks: replay(head.chunks, head.done ? null : chunks) }));
    }
    finally {
        await file.close();
    }
}
async function openReport(path) {
    try {
        return await (0,promises_.open)(path, 'r');
    }
    catch (error) {
        throw fileError(path, error);
    }
}
/**
 * Reads the file into one buffer, refilled for each chunk. A stream would
 * allocate a new buffer per chunk, and on a 100 MB report the buffers that wait
 * for the garbage collector raised the peak memory by about 30 MiB.
 * File system errors become `ReportError`s naming the file.
 */
async function* readChunks(file, path) {
    const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    for (;;) {
        let bytesRead;
        try {
            ({ bytesRead } = await file.read(buffer, 0, CHUNK_BYTES, null));
        }
        catch (error) {
            throw fileError(path, error);
        }
        if (bytesRead === 0)
            return;
        yield buffer.subarray(0, bytesRead);
    }
}
/**
 * Reads chunks until there are enough bytes to recognise the format. The
 * chunks are copied, because they are handed to the parser after later reads
 * have refilled the reader's buffer.
 */
async function readHead(chunks) {
    const head = [];
    let bytes = 0;
    while (bytes < DETECTION_BYTES) {
        const next = await chunks.next();
        if (next.done)
            return { chunks: head, done: true };
        head.push(Buffer.from(next.value));
        bytes += next.value.length;
    }
    return { chunks: head, done: false };
}
/** Yields the chunks already read, then the rest of the stream. */
async function* replay(head, rest) {
    yield* head;
    if (!rest)
        return;
    for (;;) {
        const next = await rest.next();
        if (next.done)
            return;
        yield next.value;
    }
}
function fileError(path, error) {
    const code = error?.code;
    switch (code) {
        case 'ENOENT':
            return new errors/* ReportError */.$g(path, undefined, 'the coverage report was not found', 'Check the path, and that the tests wrote the report before this step ran');
        case 'EISDIR':
            return new errors/* ReportError */.$g(path, undefined, 'the path is a folder, not a coverage report', 'Name the report file inside it, for example coverage/lcov.info');
        case 'EACCES':
        case 'EPERM':
            return new errors/* ReportError */.$g(path, undefined, 'the coverage report cannot be read: permission denied', 'Make the file readable by the user that runs TestMaster');
        default:
            return error instanceof Error ? error : new Error(String(error));
    }
}

;// CONCATENATED MODULE: ./src/coverage/merge.ts
/**
 * Merge of the coverage records that several reports (test shards, packages,
 * languages) give for the same repository file. Every step is linear in the
 * number of records: records are grouped by path, then by line, name or
 * position in maps. Only files that several reports name are merged, so the
 * record objects built from their tables here are few.
 */



/**
 * Merges records with equal `path` into one record per path, in the order the
 * paths first appear. A path with a single record returns that same object.
 */
function mergeFileCoverages(files) {
    const groups = new Map();
    for (const file of files) {
        const group = groups.get(file.path);
        if (group)
            group.push(file);
        else
            groups.set(file.path, [file]);
    }
    const merged = [];
    for (const group of groups.values()) {
        merged.push(group.length === 1 ? group[0] : mergeSamePath(group));
    }
    return merged;
}
/** Merges records of one file; the inputs are not modified. */
function mergeSamePath(group) {
    const first = group[0];
    if (!first)
        throw new Error('mergeSamePath needs at least one record');
    const result = { path: first.path };
    const lines = present(group, (file) => file.lines);
    const branches = present(group, (file) => file.branches);
    const functions = present(group, (file) => file.functions);
    const statements = present(group, (file) => file.statements);
    const classes = present(group, (file) => file.classes);
    if (lines.length > 0)
        result.lines = mergeLines(lines);
    if (branches.length > 0)
        result.branches = (0,record_tables/* branchTable */.dx)(mergeBranches(branches.map(record_tables/* branchGroups */.XX)));
    if (functions.length > 0)
        result.functions = (0,record_tables/* functionTable */.nk)(mergeFunctions(functions.map(record_tables/* functionRecords */.Rm)));
    if (statements.length > 0)
        result.statements = (0,record_tables/* statementTable */.Sd)(mergeStatements(statements.map(record_tables/* statementRecords */.mM)));
    if (classes.length > 0)
        result.classes = mergeClasses(classes);
    const summary = mergeSummaries(group, result);
    if (summary)
        result.summary = summary;
    return result;
}
function present(group, pick) {
    const values = [];
    for (const file of group) {
        const value = pick(file);
        if (value !== undefined)
            values.push(value);
    }
    return values;
}
/**
 * Adds hits per line. A line is instrumented when any report instruments it,
 * so a line that one shard never loaded still counts for the others.
 */
function mergeLines(sources) {
    let length = 0;
    for (const lines of sources)
        length = Math.max(length, lines.length);
    const merged = new Float64Array(length).fill(model/* NOT_INSTRUMENTED */.Pq);
    for (const lines of sources) {
        for (let line = 0; line < lines.length; line++) {
            const hits = lines[line];
            if (hits < 0)
                continue;
            const previous = merged[line];
            merged[line] = previous < 0 ? hits : previous + hits;
        }
    }
    return (0,count_arrays/* narrowCopy */.zQ)(merged, length);
}
/**
 * Merges branch groups line by line. A line can hold several conditions and
 * no format names them, so groups pair by their order on the line when both
 * reports split the line the same way. Formats split lines differently (lcov
 * puts every outcome of a line in one group, Istanbul one group per condition),
 * so otherwise the line's outcomes are compared as one flat list.
 */
function mergeBranches(sources) {
    const byLine = new Map();
    for (const groups of sources) {
        for (const [line, lineGroups] of groupByLine(groups)) {
            const existing = byLine.get(line);
            byLine.set(line, existing ? mergeLineGroups(existing, lineGroups) : lineGroups.map(copyBranchGroup));
        }
    }
    return [...byLine.keys()].sort((a, b) => a - b).flatMap((line) => byLine.get(line));
}
function groupByLine(groups) {
    const byLine = new Map();
    for (const group of groups) {
        const list = byLine.get(group.line);
        if (list)
            list.push(group);
        else
            byLine.set(group.line, [group]);
    }
    return byLine;
}
function mergeLineGroups(a, b) {
    const sameShape = a.length === b.length && a.every((group, index) => group.total === b[index].total);
    if (sameShape)
        return a.map((group, index) => combineBranchGroups(group, b[index]));
    return [combineBranchGroups(flattenLine(a), flattenLine(b))];
}
/** Combines a line's groups into one group with every outcome, in order. */
function flattenLine(groups) {
    const line = groups[0].line;
    const everyTaken = groups.every((group) => group.taken !== null);
    return {
        line,
        covered: groups.reduce((sum, group) => sum + group.covered, 0),
        total: groups.reduce((sum, group) => sum + group.total, 0),
        taken: everyTaken ? groups.flatMap((group) => group.taken) : null,
    };
}
function combineBranchGroups(a, b) {
    if (a.taken && b.taken && a.taken.length === b.taken.length) {
        const taken = a.taken.map((hits, index) => hits + b.taken[index]);
        return { line: a.line, covered: taken.filter((hits) => hits > 0).length, total: taken.length, taken };
    }
    // Without per-outcome counts on both sides, no data shows whether the two
    // reports covered the same outcomes or different ones. The larger covered
    // count is the union's lower bound, so the merge never claims coverage that
    // neither report shows.
    const total = Math.max(a.total, b.total);
    return { line: a.line, covered: Math.min(Math.max(a.covered, b.covered), total), total, taken: null };
}
function copyBranchGroup(group) {
    return { ...group, taken: group.taken ? [...group.taken] : null };
}
/**
 * Adds hits of functions with the same name and line. A record without a line
 * (line 0) joins the record of the same name when exactly one has a line.
 */
function mergeFunctions(sources) {
    const byKey = new Map();
    const keysByName = new Map();
    const add = (key, record) => {
        const existing = byKey.get(key);
        if (existing) {
            existing.hits += record.hits;
            return;
        }
        byKey.set(key, { ...record });
        const keys = keysByName.get(record.name);
        if (keys)
            keys.push(key);
        else
            keysByName.set(record.name, [key]);
    };
    // Records with a line go first, so that a line-less record finds its match
    // whatever the order of the reports.
    for (const records of sources) {
        for (const record of records)
            if (record.line > 0)
                add(functionKey(record.name, record.line), record);
    }
    for (const records of sources) {
        for (const record of records) {
            if (record.line > 0)
                continue;
            const withLine = (keysByName.get(record.name) ?? []).filter((key) => byKey.get(key).line > 0);
            add(withLine.length === 1 ? withLine[0] : functionKey(record.name, 0), record);
        }
    }
    return [...byKey.values()];
}
function functionKey(name, line) {
    return `${line}\u0000${name}`;
}
/**
 * Adds hits of statements at the same line and column. The weight is the
 * first record's, because the weight (statements in a Go block) depends on
 * the source, which all reports of one commit share.
 */
function mergeStatements(sources) {
    const byKey = new Map();
    for (const records of sources) {
        for (const record of records) {
            const key = `${record.line}:${record.column}`;
            const existing = byKey.get(key);
            if (existing)
                existing.hits += record.hits;
            else
                byKey.set(key, { ...record });
        }
    }
    return [...byKey.values()];
}
/** Merges classes by name; a class is covered when any report covers it. */
function mergeClasses(sources) {
    const byName = new Map();
    for (const records of sources) {
        for (const record of records) {
            const existing = byName.get(record.name);
            if (existing)
                existing.covered ||= record.covered;
            else
                byName.set(record.name, { ...record });
        }
    }
    return [...byName.values()];
}
/**
 * Combines summary counters for the metrics that no record carries in detail.
 * Two summaries of one file count the same source items, so the result takes
 * the larger total and the larger covered count, the union's lower bound,
 * rather than their sums, which would double the total. Where one report has
 * detail and another only a summary of a metric, the summary is dropped for
 * the same reason.
 */
function mergeSummaries(group, merged) {
    let summary;
    for (const metric of model/* METRICS */.Cb) {
        if (merged[metric] !== undefined)
            continue;
        for (const file of group) {
            const counter = file.summary?.[metric];
            if (!counter)
                continue;
            summary ??= {};
            const combined = summary[metric];
            if (!combined) {
                summary[metric] = { covered: counter.covered, total: counter.total };
                continue;
            }
            combined.total = Math.max(combined.total, counter.total);
            combined.covered = Math.min(Math.max(combined.covered, counter.covered), combined.total);
        }
    }
    return summary;
}

;// CONCATENATED MODULE: ./src/coverage/paths/go-modules.ts
/**
 * Reads the module path from the text of a `go.mod` file. It accepts the plain
 * form `module example.com/x`, the quoted forms with `"` or backquotes, and the
 * block form `module ( example.com/x )`. Returns `undefined` when the file
 * declares no module.
 */
function parseGoModulePath(goModText) {
    const tokens = goModText
        .split('\n')
        .map(stripLineComment)
        .join('\n')
        .split(/\s+/)
        .filter((token) => token !== '');
    const index = tokens.indexOf('module');
    if (index < 0)
        return undefined;
    let value = tokens[index + 1];
    if (value === '(')
        value = tokens[index + 2];
    if (value === undefined || value === ')')
        return undefined;
    return unquote(value);
}
/**
 * Strips the module path from a Go import-style file path, trying the longest
 * module path first because modules nest (`example.com/a` and `example.com/a/sub`).
 * Returns the repository-relative path the file has inside that module.
 */
function goModuleFilePath(importPath, modules) {
    let best;
    for (const module of modules) {
        if (!importPath.startsWith(`${module.modulePath}/`))
            continue;
        if (!best || module.modulePath.length > best.modulePath.length)
            best = module;
    }
    if (!best)
        return undefined;
    const inside = importPath.slice(best.modulePath.length + 1);
    return best.dir === '' ? inside : `${best.dir}/${inside}`;
}
function stripLineComment(line) {
    const comment = line.indexOf('//');
    return comment < 0 ? line : line.slice(0, comment);
}
function unquote(token) {
    const first = token[0];
    const last = token[token.length - 1];
    if (token.length >= 2 && (first === '"' || first === '`') && first === last) {
        return token.slice(1, -1);
    }
    return token;
}

;// CONCATENATED MODULE: ./src/coverage/paths/normalize.ts
/**
 * Normalization of the paths that coverage tools write into one POSIX form:
 * `/`-separated, without `.` segments, repeated slashes, drive letters or URI
 * syntax. Absolute paths keep one leading `/` and relative ones have none.
 */
const DRIVE_LETTER = /^[A-Za-z]:(?=\/|$)/;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/;
/**
 * Normalizes a report path, a configured prefix or a root. A backslash is a
 * Windows separator unless `backslash` is `'name'`, which keeps it as a
 * character of a POSIX file name.
 */
function normalizePath(raw, backslash = 'separator') {
    let path = isFileUri(raw) ? fileUriToPath(raw) : raw;
    if (backslash === 'separator')
        path = path.replace(/\\/g, '/');
    let absolute = path.startsWith('/');
    const drive = DRIVE_LETTER.exec(path);
    if (drive) {
        // The drive letter carries no information once paths are compared by suffix.
        path = path.slice(drive[0].length);
        absolute = true;
    }
    const segments = resolveDotSegments(path.split('/'), absolute);
    const joined = segments.join('/');
    return absolute ? `/${joined}` : joined;
}
/** Checks whether a normalized path is absolute. */
function isAbsolute(path) {
    return path.startsWith('/');
}
/** Checks whether a normalized relative path points above the folder it is relative to. */
function escapesRoot(path) {
    return path === '..' || path.startsWith('../');
}
/** Joins normalized paths; a later absolute part replaces what came before. */
function joinPaths(...parts) {
    let joined = '';
    for (const part of parts) {
        if (part === '')
            continue;
        joined = isAbsolute(part) || joined === '' ? part : `${joined}/${part}`;
    }
    return normalizePath(joined);
}
/**
 * Returns the part of `path` below `root`, or `undefined` when `path` is not inside
 * it. Both are normalized, and `root` `''` contains every relative path.
 */
function relativeTo(path, root) {
    if (root === '')
        return isAbsolute(path) ? undefined : path;
    if (root === '/')
        return isAbsolute(path) ? path.slice(1) : undefined;
    if (path === root)
        return '';
    return path.startsWith(`${root}/`) ? path.slice(root.length + 1) : undefined;
}
/** Folders from `folder` up to the repository root, deepest first, ending with `''`. */
function ancestorFolders(folder) {
    const folders = [];
    let current = normalizePath(folder);
    while (current !== '' && !escapesRoot(current) && !isAbsolute(current)) {
        folders.push(current);
        const slash = current.lastIndexOf('/');
        current = slash < 0 ? '' : current.slice(0, slash);
    }
    folders.push('');
    return folders;
}
/** Returns the folder part of a normalized path, or `''` for a bare name. */
function parentFolder(path) {
    const slash = path.lastIndexOf('/');
    if (slash < 0)
        return '';
    return slash === 0 ? '/' : path.slice(0, slash);
}
/** Checks whether a path contains `%XX` escapes, which are worth decoding as a second try. */
function hasPercentEscape(path) {
    return PERCENT_ESCAPE.test(path);
}
/** Decodes `%XX` escapes, or returns `undefined` when they do not form valid UTF-8. */
function decodePercentEscapes(path) {
    try {
        return decodeURIComponent(path);
    }
    catch {
        return undefined;
    }
}
function isFileUri(raw) {
    return /^file:/i.test(raw);
}
/**
 * Converts `file:///home/x`, `file://localhost/x`, `file:///C:/x` and
 * `file://server/share/x` to plain paths, decoding percent escapes. A UNC host
 * becomes the first folder of an absolute path.
 */
function fileUriToPath(uri) {
    let rest = uri.slice('file:'.length);
    if (rest.startsWith('//')) {
        rest = rest.slice(2);
        const slash = rest.indexOf('/');
        const host = slash < 0 ? rest : rest.slice(0, slash);
        const remainder = slash < 0 ? '' : rest.slice(slash);
        rest = host === '' || host.toLowerCase() === 'localhost' ? remainder : `/${host}${remainder}`;
    }
    const decoded = decodePercentEscapes(rest) ?? rest;
    // `file:///C:/x` leaves `/C:/x`, where the slash before the drive letter is URI syntax.
    return /^\/[A-Za-z]:(\/|$)/.test(decoded) ? decoded.slice(1) : decoded;
}
function resolveDotSegments(parts, absolute) {
    const segments = [];
    for (const part of parts) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..') {
            segments.push(part);
        }
        else if (segments.length > 0 && segments[segments.length - 1] !== '..') {
            segments.pop();
        }
        else if (!absolute) {
            segments.push('..');
        }
        // `..` at the top of an absolute path stays at the root, as in POSIX.
    }
    return segments;
}

;// CONCATENATED MODULE: ./src/coverage/paths/options.ts


function compileRewrites(options = {}) {
    const rewrites = [];
    for (const [index, rule] of (options.rewrite ?? []).entries()) {
        const from = normalizePath(rule.from);
        if (from === '') {
            throw new errors/* ConfigError */.xL(`coverage.pathMapping.rewrite[${index}].from is empty. Set it to the folder prefix that the report paths start with`);
        }
        rewrites.push({ from, to: normalizePath(rule.to) });
    }
    for (const prefix of options.stripPrefixes ?? []) {
        const from = normalizePath(prefix);
        if (from === '')
            continue;
        rewrites.push({ from, to: '' });
    }
    const roots = (options.roots ?? []).map((root) => normalizePath(root));
    return { rewrites, roots };
}
/**
 * Applies each rewrite whose `from` is a whole-segment prefix of the path, in
 * order, so a later rule applies to the output of an earlier one.
 */
function applyRewrites(path, rewrites) {
    let result = path;
    for (const { from, to } of rewrites) {
        const rest = stripFolderPrefix(result, from);
        if (rest === undefined)
            continue;
        result = normalizePath(to === '' ? rest : `${to}/${rest}`);
    }
    return result;
}
function stripFolderPrefix(path, prefix) {
    if (path === prefix)
        return '';
    if (prefix === '/')
        return isAbsolute(path) ? path.slice(1) : undefined;
    return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : undefined;
}

;// CONCATENATED MODULE: ./src/coverage/paths/resolver.ts



/** Source folders of JVM build layouts that JaCoCo's `package/File.java` paths are relative to. */
const DEFAULT_SOURCE_ROOTS = [
    'src/main/java',
    'src/test/java',
    'src/main/kotlin',
    'src/test/kotlin',
    'src/main/scala',
    'src/test/scala',
];
const UNMATCHED = { kind: 'unmatched', outside: false };
const OUTSIDE = { kind: 'unmatched', outside: true };
/**
 * Resolves the paths of one report onto tracked files. Everything that does
 * not depend on the single path is prepared once in the constructor.
 */
class ReportPathResolver {
    index;
    rewrites;
    repositoryRoot;
    /** Folders of the report file, deepest first, ending with the repository root `''`. */
    reportFolders;
    /** Report roots inside the repository, as repository-relative folders. */
    localRoots = [];
    /** Absolute report roots from another machine, only usable for suffix matching. */
    foreignRoots = [];
    sourceRoots;
    goModules;
    modulePath;
    constructor(report, context) {
        this.index = context.trackedFiles;
        this.rewrites = compileRewrites(context.options);
        this.repositoryRoot = context.repositoryRoot === undefined ? undefined : normalizePath(context.repositoryRoot);
        this.reportFolders = this.foldersOfReport(context.reportPath);
        this.goModules = context.goModules ?? [];
        this.modulePath = report.modulePath;
        this.sourceRoots = [...DEFAULT_SOURCE_ROOTS, ...this.rewrites.roots.filter((root) => !isAbsolute(root))];
        this.classifyRoots([...report.roots, ...(context.options?.roots ?? [])]);
    }
    /**
     * Maps one report path. A path with a backslash is first tried as a POSIX
     * name that contains it, and a second try decodes `%XX` escapes outside
     * `file:` URIs.
     */
    resolve(reportPath) {
        const posixName = this.trackedNameWithBackslash(reportPath);
        if (posixName !== undefined)
            return { kind: 'matched', path: posixName };
        const first = this.resolveVariant(reportPath);
        if (first.kind === 'matched' || /^file:/i.test(reportPath) || !hasPercentEscape(reportPath))
            return first;
        const decoded = decodePercentEscapes(reportPath);
        if (decoded === undefined || decoded === reportPath)
            return first;
        const second = this.resolveVariant(decoded);
        if (second.kind === 'matched')
            return second;
        return first.kind === 'ambiguous' ? first : second;
    }
    /**
     * Returns the tracked file whose POSIX name contains the report path's
     * backslashes as they stand, or `undefined`. Only a file that git tracks
     * under that exact name, from the runner's root or a folder of the report,
     * keeps the backslash. Every other path reads it as a Windows separator.
     */
    trackedNameWithBackslash(reportPath) {
        if (!reportPath.includes('\\') || /^file:/i.test(reportPath))
            return undefined;
        const path = normalizePath(reportPath, 'name');
        if (path === '' || escapesRoot(path))
            return undefined;
        const underRoot = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
        const candidates = underRoot !== undefined ? [underRoot] : isAbsolute(path) ? [] : this.reportFolders.map((folder) => (folder === '' ? path : `${folder}/${path}`));
        return candidates.find((candidate) => this.index.has(candidate));
    }
    resolveVariant(reportPath) {
        const path = applyRewrites(normalizePath(reportPath), this.rewrites.rewrites);
        if (path === '')
            return UNMATCHED;
        if (!isAbsolute(path) && escapesRoot(path))
            return this.resolveParentRelative(path);
        const underRoot = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
        if (underRoot !== undefined)
            return this.resolveUnderRoot(underRoot);
        for (const candidate of this.exactCandidates(path)) {
            if (this.index.has(candidate))
                return { kind: 'matched', path: candidate };
        }
        return this.resolveBySuffix(path);
    }
    /**
     * Resolves a path that starts with `..` only relative to the report's
     * folders. It is outside the repository when even the deepest folder cannot
     * hold it. It never goes to suffix matching, which would ignore the `..`.
     */
    resolveParentRelative(path) {
        const deepest = joinPaths(this.reportFolders[0], path);
        if (escapesRoot(deepest))
            return OUTSIDE;
        for (const folder of this.reportFolders) {
            const candidate = joinPaths(folder, path);
            if (escapesRoot(candidate))
                break;
            if (this.index.has(candidate))
                return { kind: 'matched', path: candidate };
        }
        return UNMATCHED;
    }
    /**
     * Resolves a path under the repository root the runner reported. Such a
     * path names one place, so it matches only that tracked file, ignoring
     * letter case as a second try. It never goes to suffix matching, which
     * would map `node_modules/pkg/src/x.ts` or a build copy onto a source file.
     */
    resolveUnderRoot(inside) {
        if (inside === '')
            return UNMATCHED;
        if (this.index.has(inside))
            return { kind: 'matched', path: inside };
        const folded = this.index.ignoringCase().matchSuffix(inside);
        if (folded.kind === 'unique' && folded.path.toLowerCase() === inside.toLowerCase()) {
            return { kind: 'matched', path: folded.path };
        }
        return UNMATCHED;
    }
    /** Repository-relative paths the report path may name, most likely first. */
    *exactCandidates(path) {
        if (isAbsolute(path))
            return;
        const fromGoMod = goModuleFilePath(path, this.goModules);
        if (fromGoMod !== undefined)
            yield* this.inside(fromGoMod);
        const insideModule = this.pathInsideReportModule(path);
        if (insideModule !== undefined) {
            for (const folder of this.reportFolders)
                yield* this.inside(joinPaths(folder, insideModule));
        }
        for (const root of this.localRoots)
            yield* this.inside(joinPaths(root, path));
        for (const folder of this.reportFolders)
            yield* this.inside(joinPaths(folder, path));
        for (const folder of this.reportFolders) {
            for (const root of this.sourceRoots)
                yield* this.inside(joinPaths(folder, root, path));
        }
    }
    *inside(candidate) {
        if (candidate !== '' && !isAbsolute(candidate) && !escapesRoot(candidate))
            yield candidate;
    }
    /**
     * Strips the module path that the report itself names (a Go profile's
     * module). The rest is relative to the module folder, which is unknown
     * without a `go.mod`, so callers try it against the report's folders.
     */
    pathInsideReportModule(path) {
        if (this.modulePath === undefined || !path.startsWith(`${this.modulePath}/`))
            return undefined;
        return path.slice(this.modulePath.length + 1);
    }
    /**
     * Matches by trailing segments. An absolute path may differ from the
     * repository in its leading folders (another machine, a container), but a
     * relative path must appear whole at the end of the tracked file.
     */
    resolveBySuffix(path) {
        const inputs = [];
        if (!isAbsolute(path)) {
            for (const root of this.foreignRoots)
                inputs.push(joinPaths(root, path));
            const fromGoMod = goModuleFilePath(path, this.goModules);
            if (fromGoMod !== undefined)
                inputs.push(fromGoMod);
            const insideModule = this.pathInsideReportModule(path);
            if (insideModule !== undefined)
                inputs.push(insideModule);
        }
        inputs.push(path);
        const exactCase = this.bestSuffixMatch(this.index, inputs);
        if (exactCase.kind !== 'none')
            return toResolution(exactCase);
        return toResolution(this.bestSuffixMatch(this.index.ignoringCase(), inputs));
    }
    bestSuffixMatch(index, inputs) {
        let best = { kind: 'none' };
        let bestSegments = 0;
        for (const input of inputs) {
            const match = index.matchSuffix(input);
            if (match.kind === 'none' || !isAcceptable(match, input))
                continue;
            if (match.segments > bestSegments) {
                best = match;
                bestSegments = match.segments;
            }
        }
        return best;
    }
    foldersOfReport(reportPath) {
        if (reportPath === undefined)
            return [''];
        let path = normalizePath(reportPath);
        if (isAbsolute(path)) {
            const inside = this.repositoryRoot === undefined ? undefined : relativeTo(path, this.repositoryRoot);
            if (inside === undefined)
                return [''];
            path = inside;
        }
        if (escapesRoot(path))
            return [''];
        return ancestorFolders(parentFolder(path));
    }
    classifyRoots(roots) {
        for (const raw of roots) {
            const root = normalizePath(raw);
            if (!isAbsolute(root)) {
                for (const folder of this.reportFolders)
                    this.pushUnique(this.localRoots, joinPaths(folder, root));
                continue;
            }
            const inside = this.repositoryRoot === undefined ? undefined : relativeTo(root, this.repositoryRoot);
            if (inside !== undefined)
                this.pushUnique(this.localRoots, inside);
            else
                this.pushUnique(this.foreignRoots, root);
        }
    }
    pushUnique(list, value) {
        if (!escapesRoot(value) && !list.includes(value))
            list.push(value);
    }
}
/**
 * Checks whether a suffix match is strong enough to use. A relative input must match
 * whole. An absolute one must share two segments or match a whole tracked
 * path, so `/usr/lib/node_modules/x/index.js` does not land on some
 * `index.js` by its name alone.
 */
function isAcceptable(match, input) {
    if (match.kind === 'none')
        return false;
    const inputSegments = input.split('/').filter((segment) => segment !== '').length;
    if (!isAbsolute(input))
        return match.segments === inputSegments;
    if (match.segments >= 2)
        return true;
    return match.kind === 'unique' && !match.path.includes('/');
}
function toResolution(match) {
    switch (match.kind) {
        case 'none':
            return UNMATCHED;
        case 'unique':
            return { kind: 'matched', path: match.path };
        case 'ambiguous':
            return { kind: 'ambiguous', candidates: match.candidates };
    }
}

;// CONCATENATED MODULE: ./src/coverage/paths/map-report.ts


/** Config key that users set when report paths do not match the repository. */
const PATH_MAPPING_KEY = 'coverage.pathMapping';
const EXAMPLE_COUNT = 3;
/**
 * Maps every file path of a report onto a tracked file. A report with files
 * of which none match is a `UserError`, because a gate over it would measure
 * nothing.
 */
function mapReportPaths(report, context) {
    const resolver = new ReportPathResolver(report, context);
    const result = { files: [], unmatched: [], ambiguous: [] };
    for (const file of report.files) {
        const resolution = resolver.resolve(file.path);
        switch (resolution.kind) {
            case 'matched':
                result.files.push({ ...file, path: resolution.path });
                break;
            case 'ambiguous':
                result.ambiguous.push({ reportPath: file.path, candidates: resolution.candidates });
                break;
            case 'unmatched':
                result.unmatched.push(file.path);
                break;
        }
    }
    if (report.files.length > 0 && result.files.length === 0) {
        throw noMatchError(report, context, result);
    }
    return result;
}
/** Writes one warning per ambiguous path, and one that counts the unmatched paths with examples. */
function mappingWarnings(source, result) {
    const warnings = [];
    for (const { reportPath, candidates } of result.ambiguous) {
        warnings.push(`${source}: the path ${shortPath(reportPath)} matches several repository files equally well (${candidates.join(', ')}) and was skipped. ` +
            `Add a rewrite or root under ${PATH_MAPPING_KEY} to choose one`);
    }
    if (result.unmatched.length > 0) {
        const examples = result.unmatched.slice(0, EXAMPLE_COUNT).map(shortPath).join(', ');
        warnings.push(`${source}: ${result.unmatched.length} path(s) matched no file in the repository and were skipped, for example ${examples}. ` +
            `Set ${PATH_MAPPING_KEY} if these files belong to the repository`);
    }
    return warnings;
}
/** Maximum characters of a report path quoted in a message. Report content is untrusted, and a path can be megabytes long. */
const MAX_QUOTED_PATH = 300;
/** Returns a path for a message, with the middle of a very long one left out and its length given. */
function shortPath(path) {
    if (path.length <= MAX_QUOTED_PATH)
        return path;
    return `${path.slice(0, MAX_QUOTED_PATH / 2)}…${path.slice(-MAX_QUOTED_PATH / 4)} (${path.length} characters)`;
}
function noMatchError(report, context, result) {
    const reportExamples = report.files.slice(0, EXAMPLE_COUNT).map((file) => shortPath(file.path));
    const repositoryExamples = context.trackedFiles.sample(EXAMPLE_COUNT);
    const ambiguity = result.ambiguous.length > 0
        ? ` ${result.ambiguous.length} path(s) matched several repository files equally well.`
        : '';
    return new errors/* UserError */.yo(`No file in ${report.source} matched a file in the repository.${ambiguity} ` +
        `Report paths: ${reportExamples.join(', ')}. ` +
        `Repository files: ${repositoryExamples.length > 0 ? repositoryExamples.join(', ') : '(none tracked)'}. ` +
        `Set ${PATH_MAPPING_KEY} (stripPrefixes, rewrite or roots) to map the report paths onto repository paths`);
}

;// CONCATENATED MODULE: ./src/coverage/paths/read-go-modules.ts



/**
 * Reads the module path of every tracked `go.mod` file. Symbolic links are
 * skipped, so a link in a pull request cannot make TestMaster read a file
 * outside the repository.
 */
async function readGoModules(repositoryRoot, trackedFiles) {
    const modules = [];
    for (const file of trackedFiles) {
        if (file !== 'go.mod' && !file.endsWith('/go.mod'))
            continue;
        const fullPath = (0,external_node_path_.join)(repositoryRoot, file);
        const stats = await (0,promises_.lstat)(fullPath).catch(() => undefined);
        if (!stats?.isFile())
            continue;
        const modulePath = parseGoModulePath(await (0,promises_.readFile)(fullPath, 'utf8'));
        if (modulePath === undefined)
            continue;
        modules.push({ dir: file === 'go.mod' ? '' : file.slice(0, -'/go.mod'.length), modulePath });
    }
    return modules;
}

;// CONCATENATED MODULE: ./src/coverage/same-run-reports.ts
/**
 * Choice among the reports that one Istanbul-based run (vitest, Jest, c8,
 * nyc) writes side by side. Their formats count items differently: clover's
 * statements are Istanbul's lines, while coverage-final.json has one record
 * per statement. A per-line merge of the two adds both counts, so default
 * discovery reads one of them per folder when both cover the same files.
 * A poorer report that covers other files (another language's tool writing
 * lcov.info beside vitest's coverage-final.json) is another run and is
 * merged. Reports that the user names are merged as given.
 */

/**
 * File names of Istanbul's reporters, richest first. coverage-final.json has
 * statements, branches and functions with positions, and lcov.info every
 * branch and function but no statements. Cobertura and clover drop branches
 * on lines without a statement, and clover's statements repeat the lines.
 * coverage-summary.json has totals only.
 */
const ISTANBUL_REPORT_NAMES = [
    'coverage-final.json',
    'lcov.info',
    'cobertura-coverage.xml',
    'clover.xml',
    'coverage-summary.json',
];
/** Keeps the richest Istanbul report of each folder and every other path. */
function chooseOneReportPerRun(paths) {
    const byFolder = new Map();
    for (const path of paths) {
        if (!ISTANBUL_REPORT_NAMES.includes(external_node_path_.posix.basename(path)))
            continue;
        const folder = external_node_path_.posix.dirname(path);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), path]);
    }
    const left = new Set();
    const skipped = [];
    for (const group of byFolder.values()) {
        if (group.length < 2)
            continue;
        const [richest, ...others] = [...group].sort((a, b) => rank(a) - rank(b));
        for (const path of others)
            left.add(path);
        skipped.push({ kept: richest, skipped: others });
    }
    return { kept: paths.filter((path) => !left.has(path)), skipped };
}
/**
 * Returns the candidates of `choice.skipped` that are the same run as the
 * report kept in their folder: every file they cover is a file that report
 * covers too. `filesOf` gives the repository paths that a report covers.
 */
function sameRunDuplicates(choice, filesOf) {
    return choice.skipped
        .map(({ kept, skipped }) => {
        const keptFiles = filesOf(kept);
        return { kept, skipped: skipped.filter((path) => keptFiles.size > 0 && isSubset(filesOf(path), keptFiles)) };
    })
        .filter((group) => group.skipped.length > 0);
}
function isSubset(files, of) {
    for (const file of files)
        if (!of.has(file))
            return false;
    return true;
}
/** Returns the log line that names the reports left out, the one read and how to read them all. */
function sameRunMessage(choice) {
    return (`Skipped ${choice.skipped.join(', ')}: ${choice.kept} in the same folder covers the same files in a richer format, so it is the same test run, ` +
        'and merging two formats of one run can count statements twice. ' +
        'To read several of them, name them in coverage.reports, the reports input or as REPORT arguments.');
}
function rank(path) {
    return ISTANBUL_REPORT_NAMES.indexOf(external_node_path_.posix.basename(path));
}

;// CONCATENATED MODULE: ./src/coverage/paths/tracked-index.ts
/**
 * Index of the repository's tracked files by every path suffix, built once per
 * run so that each report path costs a few map lookups, not a scan of the tree.
 */
/** Candidates kept per suffix for ambiguity warnings; the count stays exact. */
const MAX_CANDIDATES = 5;
class TrackedFileIndex {
    keyOf;
    files;
    suffixes = new Map();
    caseInsensitive;
    /**
     * @param files repository-relative POSIX paths, as `git ls-files` lists them
     * @param keyOf maps a path to its lookup key; the case-insensitive index lowercases
     */
    constructor(files, keyOf = (path) => path) {
        this.keyOf = keyOf;
        const unique = new Set(files);
        this.files = unique;
        for (const file of unique)
            this.addSuffixes(file);
    }
    get size() {
        return this.files.size;
    }
    has(path) {
        return this.files.has(path);
    }
    /** Up to `count` tracked files, for error messages. */
    sample(count) {
        const sample = [];
        for (const file of this.files) {
            if (sample.length >= count)
                break;
            sample.push(file);
        }
        return sample;
    }
    /**
     * Finds the tracked file that shares the longest run of trailing segments
     * with `path`. When several share that run, a file whose whole path is the
     * run wins, because the others have a segment that contradicts the report
     * path. Otherwise the match is ambiguous.
     */
    matchSuffix(path) {
        const segments = path.split('/').filter((segment) => segment !== '' && segment !== '..');
        let best;
        let bestKey = '';
        let bestLength = 0;
        let key = '';
        for (let length = 1; length <= segments.length; length++) {
            const segment = segments[segments.length - length];
            key = length === 1 ? this.keyOf(segment) : `${this.keyOf(segment)}/${key}`;
            const entry = this.suffixes.get(key);
            // A longer suffix can only match where this one did, so the search stops here.
            if (!entry)
                break;
            best = entry;
            bestKey = key;
            bestLength = length;
        }
        if (!best)
            return { kind: 'none' };
        if (best.exactCount === 1)
            return { kind: 'unique', path: best.exact, segments: bestLength };
        if (best.count === 1)
            return { kind: 'unique', path: best.paths[0], segments: bestLength };
        const exactOnes = best.exactCount > 1 ? best.paths.filter((path) => this.keyOf(path) === bestKey) : [];
        const candidates = exactOnes.length > 0 ? exactOnes : [...best.paths];
        return { kind: 'ambiguous', candidates, segments: bestLength };
    }
    /** Returns an index of the same files that ignores letter case, built on first use. */
    ignoringCase() {
        this.caseInsensitive ??= new TrackedFileIndex(this.files, (path) => path.toLowerCase());
        return this.caseInsensitive;
    }
    addSuffixes(file) {
        const segments = this.keyOf(file).split('/');
        let key = '';
        for (let length = 1; length <= segments.length; length++) {
            const segment = segments[segments.length - length];
            key = length === 1 ? segment : `${segment}/${key}`;
            let entry = this.suffixes.get(key);
            if (!entry) {
                entry = { paths: [], count: 0, exactCount: 0 };
                this.suffixes.set(key, entry);
            }
            entry.count++;
            if (entry.paths.length < MAX_CANDIDATES)
                entry.paths.push(file);
            if (length === segments.length) {
                // Two files that differ only in case share this key in the case-insensitive index.
                entry.exact ??= file;
                entry.exactCount++;
            }
        }
    }
}

;// CONCATENATED MODULE: ./src/coverage/collect.ts
/**
 * Collects coverage: finds the report files, parses each, maps its paths onto
 * the repository and merges everything into one record per file.
 */










/** Finds, parses, maps and merges the reports; throws `UserError` when none is found or none matches. */
async function collectCoverage(request) {
    const found = await (0,find_reports/* findReports */.z)(request.root, request.patterns, { allowOutside: request.patternsAreExplicit === true });
    if (request.patternsAreExplicit) {
        const reasons = await (0,find_reports/* unmatchedReasons */.h)(request.root, found.unmatched);
        if (reasons.length > 0)
            throw new errors/* UserError */.yo(reasons.join(' '));
    }
    if (found.files.length === 0)
        throw noReportError(request);
    if (request.patternsAreExplicit && found.unmatched.length > 0) {
        // A mistyped shard name must not let the gate pass on part of the data.
        throw new errors/* UserError */.yo(`Coverage report ${found.unmatched.join(', ')} was not found. Check the path; relative paths start at the folder the command runs in.`);
    }
    const warnings = [];
    if (!request.patternsAreDefaults) {
        for (const pattern of found.unmatched)
            warnings.push(`No report matched ${pattern}.`);
    }
    const loaded = [];
    const context = { index: request.trackedFiles ? new TrackedFileIndex(request.trackedFiles) : null };
    for (const reportPath of found.files)
        loaded.push(await loadAndMap(reportPath, request, context));
    const kept = request.patternsAreDefaults ? withoutSameRunDuplicates(loaded, request.log) : loaded;
    return {
        reports: kept.map((report) => report.reportPath),
        formats: [...new Set(kept.map((report) => report.format))],
        files: mergeFileCoverages(kept.flatMap((report) => report.files)),
        warnings: [...warnings, ...kept.flatMap((report) => report.warnings)],
    };
}
async function loadAndMap(reportPath, request, context) {
    const outside = (0,external_node_path_.isAbsolute)(reportPath);
    const location = outside ? reportPath : (0,external_node_path_.join)(request.root, reportPath);
    const report = await loadReport(location, request.format);
    request.log.info(`Read ${reportPath} (${report.format}, ${report.files.length} ${report.files.length === 1 ? 'file' : 'files'}).`);
    const warnings = report.warnings.map((warning) => namedWarning(warning, location, reportPath));
    const tracked = request.trackedFiles;
    if (!context.index || !tracked)
        return { reportPath, format: report.format, files: report.files, warnings };
    if (report.format === 'go' && !context.goModules)
        context.goModules = await readGoModules(request.root, tracked);
    const result = mapReportPaths({ ...report, source: reportPath }, {
        trackedFiles: context.index,
        ...(outside ? {} : { reportPath }),
        repositoryRoot: request.root,
        ...(context.goModules ? { goModules: context.goModules } : {}),
        options: request.pathMapping,
    });
    warnings.push(...mappingWarnings(reportPath, result));
    return { reportPath, format: report.format, files: result.files, warnings };
}
/**
 * Leaves out the poorer formats of one Istanbul run found in the default
 * locations: a report beside a richer one that covers the same files. Logs why.
 */
function withoutSameRunDuplicates(loaded, log) {
    const byPath = new Map(loaded.map((report) => [report.reportPath, report]));
    const filesOf = (path) => new Set(byPath.get(path)?.files.map((file) => file.path));
    const duplicates = sameRunDuplicates(chooseOneReportPerRun(loaded.map((report) => report.reportPath)), filesOf);
    for (const group of duplicates)
        log.info(sameRunMessage(group));
    const left = new Set(duplicates.flatMap((group) => group.skipped));
    return loaded.filter((report) => !left.has(report.reportPath));
}
/** Patterns quoted in full in the message for no report; a longer list ends with a count of the rest. */
const SHOWN_PATTERNS = 10;
function noReportError(request) {
    const hidden = request.patterns.length - SHOWN_PATTERNS;
    const looked = request.patterns.slice(0, SHOWN_PATTERNS).join(', ') + (hidden > 0 ? ` and ${(0,count_text/* formatCount */.B4)(hidden)} more patterns` : '');
    if (request.patternsAreDefaults) {
        return new errors/* UserError */.yo(`No coverage report was found in the usual locations (${looked}). ` +
            'Run your tests with coverage first, or name the reports: pass REPORT paths, the reports input, or coverage.reports in .github/testmaster.yml.');
    }
    return new errors/* UserError */.yo(`No coverage report matched ${looked} under ${request.root}. ` +
        'Check that the tests wrote their coverage report before this step and that the paths are relative to the repository root.');
}
/**
 * Names the report once in a parser warning. The streaming parsers already
 * start their warnings with the path they read, so that path is shortened
 * to the repository-relative one instead of being repeated.
 */
function namedWarning(warning, location, reportPath) {
    if (warning.startsWith(`${location} `) || warning.startsWith(`${location}:`))
        return `${reportPath}${warning.slice(location.length)}`;
    return `${reportPath}: ${warning}`;
}

// EXTERNAL MODULE: ./src/config/issues.ts
var issues = __webpack_require__(11012);
;// CONCATENATED MODULE: ./src/coverage/gate/patch.ts
/**
 * Patch coverage: how many of the lines a pull request changed are covered.
 * A changed line counts when the reports instrument it. A changed source file
 * that no report contains counts every changed line as uncovered, so adding
 * an untested file cannot raise patch coverage.
 */



/** Computes patch coverage and checks it against the threshold. */
function computePatchCoverage(input) {
    const byPath = new Map(input.files.map((file) => [file.path, file]));
    const isIncluded = input.include.length > 0 ? picomatch_default()([...input.include], { dot: true }) : () => false;
    const isExcluded = input.exclude.length > 0 ? picomatch_default()([...input.exclude], { dot: true }) : () => false;
    const files = [];
    const withoutLineData = [];
    const paths = [...input.changedLines.keys()].sort();
    for (const path of paths) {
        if (isExcluded(path))
            continue;
        const changed = uniqueSorted(input.changedLines.get(path) ?? []);
        const coverage = byPath.get(path);
        let result = null;
        if (coverage === undefined) {
            if (isIncluded(path))
                result = missingFileResult(path, withoutLines(changed, input.blankLines?.get(path)));
        }
        else if (coverage.lines === undefined) {
            withoutLineData.push(path);
        }
        else {
            result = reportedFileResult(path, changed, coverage.lines);
        }
        if (result && result.counter.total > 0)
            files.push(result);
    }
    const counter = sumCounters(files.map((file) => file.counter));
    return { counter, files, withoutLineData, check: patchCheck(counter, input.threshold) };
}
function reportedFileResult(path, changed, lines) {
    let covered = 0;
    let total = 0;
    const uncoveredLines = [];
    for (const line of changed) {
        const hits = lines[line];
        if (hits === undefined || hits < 0)
            continue;
        total++;
        if (hits > 0)
            covered++;
        else
            uncoveredLines.push(line);
    }
    return { path, counter: { covered, total }, uncovered: collapseRanges(uncoveredLines), missingFromReports: false };
}
function withoutLines(lines, removed) {
    if (!removed || removed.length === 0)
        return lines;
    const skip = new Set(removed);
    return lines.filter((line) => !skip.has(line));
}
function missingFileResult(path, changed) {
    return {
        path,
        counter: { covered: 0, total: changed.length },
        uncovered: collapseRanges(changed),
        missingFromReports: true,
    };
}
function patchCheck(counter, threshold) {
    if (threshold === null)
        return null;
    const base = { kind: 'patch', scope: 'changed lines', metric: 'lines', actual: counter, threshold };
    if (counter.total === 0) {
        const message = `Patch coverage: no changed lines are instrumented, so the ${formatThreshold(threshold)} threshold does not apply.`;
        return { ...base, condition: 'no-items', passed: true, message };
    }
    const passed = meetsThreshold(counter, threshold);
    const verdict = passed ? 'meets' : 'is below';
    const measured = `${(0,count_text/* formatCount */.B4)(counter.covered)} of ${(0,count_text/* formatCount */.B4)(counter.total)} changed lines (${formatPercent(counter)})`;
    return { ...base, condition: 'measured', passed, message: `Patch coverage: ${measured} ${verdict} the ${formatThreshold(threshold)} threshold.` };
}
/** The failed patch check of a run whose changed lines are unknown; `reason` gives the cause and the fix. */
function unmeasuredPatchCheck(threshold, reason) {
    return {
        kind: 'patch',
        scope: 'changed lines',
        metric: 'lines',
        actual: null,
        threshold,
        condition: 'not-measured',
        passed: false,
        message: `${(0,issues/* endSentence */.H_)(reason)} The ${formatThreshold(threshold)} patch threshold fails until patch coverage can be measured.`,
    };
}
/**
 * Returns the warning for a run where patch coverage does not apply, such as
 * a push. A patch threshold is named as not checked, so that it does not pass
 * unseen, but it does not fail: the run has no change to measure, and nothing
 * went wrong that a fix could address.
 */
function patchNotApplicableWarning(reason, threshold) {
    if (threshold === null)
        return reason;
    return `${(0,issues/* endSentence */.H_)(reason)} The ${formatThreshold(threshold)} patch threshold was not checked, so it neither passed nor failed.`;
}
/** Collapses line numbers into ranges of consecutive lines: [12, 13, 14, 15, 20] becomes 12-15 and 20. */
function collapseRanges(lines) {
    const ranges = [];
    for (const line of uniqueSorted(lines)) {
        const last = ranges.at(-1);
        if (last && line === last.end + 1)
            last.end = line;
        else
            ranges.push({ start: line, end: line });
    }
    return ranges;
}
/** Formats ranges as "12-15, 20". */
function formatRanges(ranges) {
    return ranges.map((range) => (range.start === range.end ? `${range.start}` : `${range.start}-${range.end}`)).join(', ');
}
/** Number of lines that the ranges span. */
function countRangeLines(ranges) {
    return ranges.reduce((sum, range) => sum + range.end - range.start + 1, 0);
}
function uniqueSorted(lines) {
    return [...new Set(lines)].sort((a, b) => a - b);
}
function sumCounters(counters) {
    const sum = { covered: 0, total: 0 };
    for (const counter of counters) {
        sum.covered += counter.covered;
        sum.total += counter.total;
    }
    return sum;
}

;// CONCATENATED MODULE: ./src/coverage/gate/evaluate.ts




/** Evaluates the gate. A missing base only adds a note; the other checks still run. */
function evaluateCoverageGate(input) {
    const { config, files, formats } = input;
    const totals = (0,coverage_totals/* sumTotals */.L_)(files);
    const checks = [
        ...checkGlobalThresholds(totals, config.thresholds, formats),
        ...checkPathThresholds(files, config.paths, formats),
    ];
    const patch = input.changedLines
        ? computePatchCoverage({ changedLines: input.changedLines, ...(input.blankLines ? { blankLines: input.blankLines } : {}), files, ...config.patch })
        : null;
    if (patch?.check)
        checks.push(patch.check);
    const unmeasured = patch ? null : unmeasuredPatchReason(input);
    if (unmeasured !== null && config.patch.threshold !== null)
        checks.push(unmeasuredPatchCheck(config.patch.threshold, unmeasured));
    const base = input.base ? compareWithBase(totals, input.base, config.base, formats) : null;
    if (base)
        checks.push(...base.checks);
    return { passed: checks.every((check) => check.passed), totals, checks, patch, base };
}
/** Returns why a run that should have patch coverage has none, or null when patch coverage does not apply. */
function unmeasuredPatchReason(input) {
    if (input.changedLinesUnreadable)
        return 'Patch coverage was not measured because the changed lines could not be read';
    if (!input.changedLines && input.patchUnknownReason)
        return input.patchUnknownReason;
    return null;
}

// EXTERNAL MODULE: ./src/git/deepen.ts
var deepen = __webpack_require__(13751);
;// CONCATENATED MODULE: ./src/coverage/changed-lines.ts
/**
 * The changed lines that patch coverage gates, read with git from the merge
 * base of the base and head refs to the head commit.
 */



/**
 * Reads the changed lines. A `UserError` becomes the outcome's problem
 * instead of an exception, so that the caller keeps the totals and threshold
 * checks it has already computed.
 */
async function readDiff(root, diff, log) {
    const notes = [];
    if (diff.problem)
        return { found: false, problem: diff.problem, notes };
    try {
        return { found: true, changed: await readChangedLines(root, diff, log, notes), notes };
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { found: false, problem: error, notes };
    }
}
async function readChangedLines(root, diff, log, notes) {
    if (diff.deepen && (await (0,git/* isShallow */.fE)(root))) {
        // The same search and notes as impact analysis, so that both stages of a run treat a shallow clone alike.
        const note = (line) => {
            notes.push(line);
            log.info(line);
        };
        await (0,deepen/* deepenUntilMergeBase */.b)(root, diff.base, diff.head, { log: note });
    }
    const changes = await (0,git/* changedLines */.MA)(root, diff.base, diff.head);
    log.info(`Changed files since merge base ${changes.mergeBase.slice(0, 12)}: ${changes.files.length}.`);
    const lines = new Map();
    const blank = new Map();
    for (const file of changes.files) {
        // Symbolic links (mode 120000) hold a target path, not code.
        if (file.status === 'deleted' || file.binary || file.newMode === '120000')
            continue;
        if (file.addedLines.length > 0)
            lines.set(file.path, file.addedLines);
        if (file.blankLines)
            blank.set(file.path, file.blankLines);
    }
    const paths = new Set(changes.files.flatMap((file) => (file.oldPath === undefined ? [file.path] : [file.path, file.oldPath])));
    return { lines, blank, mergeBase: changes.mergeBase, paths };
}

// EXTERNAL MODULE: ./src/config/defaults.ts + 2 modules
var defaults = __webpack_require__(96973);
;// CONCATENATED MODULE: ./src/coverage/config-change-warning.ts
/**
 * The config file sets the thresholds that gate a pull request, and the
 * action reads it from the pull request's own checkout. A change to it can
 * lower the gate that judges the same change, so the report warns about it.
 */


const INPUTS_ADVICE = 'To gate with values that a pull request cannot change, set them as action inputs (thresholds, patch-threshold, max-drop).';
/**
 * Returns the warning for a change that edits the config file at
 * `configFile`, or that deletes or moves the default config file when none
 * was read, or null when the change leaves the config alone.
 */
function configChangeWarning(root, configFile, changedPaths) {
    if (configFile === null) {
        if (!changedPaths.has(defaults/* DEFAULT_CONFIG_FILE */.Cu))
            return null;
        return `This change deletes or moves ${defaults/* DEFAULT_CONFIG_FILE */.Cu}, so this gate ran with the built-in defaults instead of its thresholds. Review that change. ${INPUTS_ADVICE}`;
    }
    const path = (0,external_node_path_.relative)(root, configFile).split(external_node_path_.sep).join('/');
    if (!changedPaths.has(path))
        return null;
    return `This change edits ${path}, which sets the thresholds of this gate, so it can change the gate that judges it. Review that file in the change. ${INPUTS_ADVICE}`;
}

;// CONCATENATED MODULE: ./src/report/json-text.ts
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
const PIECE_LENGTH = (/* unused pure expression or super */ null && (64 * 1024));
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

;// CONCATENATED MODULE: ./src/coverage/stage-report.ts
/**
 * Builds the coverage `StageReport` from the gate result: the headline, the
 * blocks of the PR comment and job summary, the annotations on uncovered
 * changed lines, the action outputs and the JSON result.
 */









const DEFAULT_REPORT_LIMITS = { patchFiles: 20, rangesPerFile: 10, failedChecks: 20 };
const ANNOTATION_TITLE = 'Uncovered changed lines';
/** Builds the coverage stage report (id `coverage`). */
function buildCoverageStageReport(input) {
    const limits = { ...DEFAULT_REPORT_LIMITS, ...input.limits };
    const { gate } = input;
    const problem = input.problem ? problemMessage(input.problem) : null;
    const blocks = [
        ...(problem !== null ? problemBlocks(problem) : []),
        ...failedChecksBlocks(gate.checks, limits.failedChecks),
        ...totalsBlocks(gate),
        ...failingPathBlocks(gate.checks),
        ...(gate.patch ? patchBlocks(gate.patch, limits) : []),
        ...(!gate.patch && problem !== null ? unmeasuredPatchBlocks() : []),
        ...(gate.base ? baseBlocks(gate.base, input.problem) : []),
        ...listBlocks('Notes', input.notes ?? []),
        ...listBlocks('Warnings', input.warnings),
    ];
    return {
        id: 'coverage',
        title: 'Coverage',
        status: stageStatus(gate, problem),
        headline: headline(gate, problem),
        blocks,
        annotations: gate.patch ? patchAnnotations(gate.patch) : [],
        outputs: { ...outputs(gate), ...(problem !== null ? { error: problem } : {}) },
        json: jsonResult(input, problem),
    };
}
/** Cause named in the patch and base parts of the report, which points to the invalid input at its top. */
const NOT_MEASURED_CAUSE = 'the invalid input above kept the diff from being read.';
/** Returns the problem's message as full sentences, as error stages show it. */
function problemMessage(problem) {
    return (0,issues/* endSentence */.H_)(problem.message.trimEnd());
}
function stageStatus(gate, problem) {
    if (problem !== null)
        return 'error';
    return gate.passed ? 'passed' : 'failed';
}
function problemBlocks(problem) {
    return [
        { kind: 'heading', level: 3, text: 'Invalid input' },
        { kind: 'paragraph', text: 'Patch coverage and the change from base were not measured. The totals and threshold checks below are complete.' },
        { kind: 'code', text: problem },
    ];
}
function unmeasuredPatchBlocks() {
    return [
        { kind: 'heading', level: 3, text: 'Patch coverage' },
        { kind: 'paragraph', text: `Not measured: ${NOT_MEASURED_CAUSE}` },
    ];
}
/** Formats the totals of lines and branches, and patch coverage when measured, for the headline. */
function summaryFigures(gate) {
    const figures = [];
    for (const metric of ['lines', 'branches']) {
        const counter = gate.totals[metric];
        if (counter)
            figures.push(`${metric} ${formatPercent(counter)}`);
    }
    if (gate.patch)
        figures.push(`patch ${formatPercent(gate.patch.counter)}`);
    return figures.length > 0 ? figures.join(', ') : 'no coverage data';
}
function headline(gate, problem) {
    const summary = summaryFigures(gate);
    if (problem !== null)
        return `Coverage incomplete: patch coverage and the change from base were not measured; ${summary}`;
    if (gate.passed)
        return `Coverage passed: ${summary}`;
    const failed = gate.checks.filter((check) => !check.passed).length;
    return `Coverage failed: ${failed} of ${gate.checks.length} checks failed; ${summary}`;
}
function failedChecksBlocks(checks, limit) {
    const failed = checks.filter((check) => !check.passed);
    if (failed.length === 0)
        return [];
    const items = failed.slice(0, limit).map((check) => check.message);
    if (failed.length > limit)
        items.push(`and ${plural(failed.length - limit, 'more failed check', 'more failed checks')}`);
    return [{ kind: 'heading', level: 3, text: 'Failed checks' }, { kind: 'list', items }];
}
function totalsBlocks(gate) {
    const globalChecks = new Map(gate.checks.filter((check) => check.kind === 'global').map((check) => [check.metric, check]));
    const deltaChecks = new Map(gate.checks.filter((check) => check.kind === 'delta').map((check) => [check.metric, check]));
    const deltas = gate.base?.found ? new Map(gate.base.deltas.map((delta) => [delta.metric, delta.deltaHundredths])) : null;
    const rows = [];
    for (const metric of model/* METRICS */.Cb) {
        const counter = gate.totals[metric];
        const check = globalChecks.get(metric);
        if (!counter && !check)
            continue;
        rows.push([
            capitalize(metric),
            counter ? `${(0,count_text/* formatCount */.B4)(counter.covered)} / ${(0,count_text/* formatCount */.B4)(counter.total)}` : 'not measured',
            counter ? formatPercent(counter) : '',
            check?.threshold != null ? formatThreshold(check.threshold) : '',
            deltas ? deltaCell(deltas.get(metric)) : '',
            metricStatus(check, deltaChecks.get(metric)),
        ]);
    }
    if (rows.length === 0)
        return [{ kind: 'paragraph', text: 'The reports contain no coverage data.' }];
    return [
        { kind: 'heading', level: 3, text: 'Totals' },
        {
            kind: 'table',
            header: ['Metric', 'Covered / total', 'Percent', 'Threshold', 'Change from base', 'Status'],
            align: ['left', 'right', 'right', 'right', 'right', 'left'],
            rows,
        },
    ];
}
function deltaCell(hundredths) {
    if (hundredths === undefined)
        return '';
    let arrow = '=';
    if (hundredths > 0)
        arrow = '▲';
    if (hundredths < 0)
        arrow = '▼';
    return `${arrow} ${formatDelta(hundredths)} pp`;
}
/** Status of a metric's row: its threshold check and its drop check, failed when either failed. */
function metricStatus(threshold, drop) {
    if (!threshold && !drop)
        return 'not gated';
    if (drop && !drop.passed && drop.condition === 'measured')
        return threshold && !threshold.passed ? 'failed' : 'failed (drop)';
    return threshold ? statusText(threshold) : statusText(drop);
}
function statusText(check) {
    if (check.condition === 'no-items')
        return 'passed (no items)';
    if (check.condition === 'not-measured')
        return 'failed (not measured)';
    return check.passed ? 'passed' : 'failed';
}
function failingPathBlocks(checks) {
    const failing = checks.filter((check) => check.kind === 'path' && !check.passed);
    if (failing.length === 0)
        return [];
    const rows = failing.map((check) => [
        [{ text: check.scope, style: 'code' }],
        check.metric ? capitalize(check.metric) : '',
        check.actual ? `${(0,count_text/* formatCount */.B4)(check.actual.covered)} / ${(0,count_text/* formatCount */.B4)(check.actual.total)}` : '',
        check.actual ? formatPercent(check.actual) : '',
        check.threshold !== null ? formatThreshold(check.threshold) : '',
        failureReason(check),
    ]);
    return [
        { kind: 'heading', level: 3, text: 'Paths below threshold' },
        {
            kind: 'table',
            header: ['Glob', 'Metric', 'Covered / total', 'Percent', 'Threshold', 'Problem'],
            align: ['left', 'left', 'right', 'right', 'right', 'left'],
            rows,
        },
    ];
}
function failureReason(check) {
    if (check.condition === 'no-match')
        return 'matches no file in the reports';
    if (check.condition === 'not-measured')
        return 'not measured by these reports';
    return 'below threshold';
}
function patchBlocks(patch, limits) {
    const blocks = [{ kind: 'heading', level: 3, text: 'Patch coverage' }, { kind: 'paragraph', text: patchSummary(patch) }];
    // Files with the most uncovered lines come first, so the cap drops the least important ones.
    const uncovered = patch.files
        .filter((file) => file.uncovered.length > 0)
        .sort((a, b) => countRangeLines(b.uncovered) - countRangeLines(a.uncovered) || compareText(a.path, b.path));
    const listed = uncovered.slice(0, limits.patchFiles);
    if (listed.length > 0) {
        blocks.push({
            kind: 'table',
            header: ['File', 'Uncovered changed lines', 'Note'],
            rows: listed.map((file) => [
                [{ text: file.path, style: 'code' }],
                rangesCell(file, limits.rangesPerFile),
                file.missingFromReports ? 'missing from every coverage report' : '',
            ]),
        });
    }
    const rest = uncovered.slice(limits.patchFiles);
    if (rest.length > 0) {
        const lines = rest.reduce((sum, file) => sum + countRangeLines(file.uncovered), 0);
        const files = plural(rest.length, 'more file', 'more files');
        blocks.push({ kind: 'paragraph', text: `Not listed: ${files} with ${plural(lines, 'uncovered changed line', 'uncovered changed lines')}.` });
    }
    if (patch.withoutLineData.length > 0) {
        blocks.push({
            kind: 'paragraph',
            text: `Changed lines of ${plural(patch.withoutLineData.length, 'file', 'files')} were not counted because their reports carry no line data: ${patch.withoutLineData.join(', ')}.`,
        });
    }
    return blocks;
}
function patchSummary(patch) {
    const counter = patch.counter;
    if (counter.total === 0)
        return 'No changed lines are instrumented.';
    const measured = `${(0,count_text/* formatCount */.B4)(counter.covered)} of ${(0,count_text/* formatCount */.B4)(counter.total)} changed lines are covered (${formatPercent(counter)})`;
    const check = patch.check;
    if (!check || check.threshold === null)
        return `${measured}. No patch threshold is set.`;
    return `${measured}; the threshold is ${formatThreshold(check.threshold)}: ${check.passed ? 'passed' : 'failed'}.`;
}
function rangesCell(file, limit) {
    const listedRanges = formatRanges(file.uncovered.slice(0, limit));
    const hidden = file.uncovered.length - limit;
    return hidden > 0 ? `${listedRanges} and ${plural(hidden, 'more range', 'more ranges')}` : listedRanges;
}
function baseBlocks(base, problem) {
    // The base was not read because of the problem at the top, whose message the reason repeats.
    if (!base.found && base.reason === problem?.message) {
        return [{ kind: 'paragraph', text: `The change from base was not measured: ${NOT_MEASURED_CAUSE}` }];
    }
    if (!base.found) {
        return [{ kind: 'paragraph', text: `${(0,issues/* endSentence */.H_)(base.reason)} The change from base was not checked; the other checks still ran.` }];
    }
    // A base report is measured in this run, so only saved summaries have a creation time worth showing.
    const created = (0,commit_sha/* isCommitSha */._)(base.commit) ? ` (summary created ${base.createdAt})` : '';
    return [{ kind: 'paragraph', text: `Changes are measured against ${describeBase(base.commit)}${created}.` }];
}
function listBlocks(title, items) {
    if (items.length === 0)
        return [];
    return [{ kind: 'heading', level: 3, text: title }, { kind: 'list', items: [...items] }];
}
function patchAnnotations(patch) {
    const annotations = [];
    for (const file of patch.files) {
        for (const range of file.uncovered) {
            const lines = range.start === range.end
                ? `Line ${range.start} was changed but no test covers it.`
                : `Lines ${range.start}-${range.end} were changed but no test covers them.`;
            const reason = file.missingFromReports ? ' No coverage report contains this file.' : '';
            annotations.push({
                path: file.path,
                startLine: range.start,
                endLine: range.end,
                level: 'warning',
                title: ANNOTATION_TITLE,
                message: `${lines}${reason}`,
            });
        }
    }
    return annotations;
}
function outputs(gate) {
    const result = {};
    for (const metric of model/* METRICS */.Cb)
        result[metric] = formatPercentNumber(gate.totals[metric]);
    result['patch'] = formatPercentNumber(gate.patch?.counter ?? null);
    result['passed'] = String(gate.passed);
    return result;
}
function jsonResult(input, problem) {
    const { gate } = input;
    return {
        ...(problem !== null ? { error: { name: input.problem.name, message: problem } } : {}),
        totals: totalsJson(gate.totals),
        gate: { passed: gate.passed, checks: gate.checks },
        patch: patchJsonOrReason(gate.patch, problem),
        base: gate.base ? baseJson(gate.base) : null,
        // One entry per file of the reports, which can be tens of thousands: made as the result is written.
        files: new JsonItems(input.files.length, (index) => fileJson(input.files[index])),
        notes: [...(input.notes ?? [])],
        warnings: [...input.warnings],
    };
}
function fileJson(file) {
    return { path: file.path, totals: totalsJson((0,coverage_totals/* fileTotals */.Ed)(file)) };
}
function totalsJson(totals) {
    const result = {};
    for (const metric of model/* METRICS */.Cb) {
        const counter = totals[metric];
        result[metric] = counter ? counterJson(counter) : null;
    }
    return result;
}
function counterJson(counter) {
    return { covered: counter.covered, total: counter.total, percent: percentValue(counter) };
}
/** Patch coverage, `{ measured: false, reason }` when invalid input kept it from being measured, or null when no diff was requested. */
function patchJsonOrReason(patch, problem) {
    if (patch)
        return patchJson(patch);
    return problem !== null ? { measured: false, reason: problem } : null;
}
function patchJson(patch) {
    return {
        ...counterJson(patch.counter),
        threshold: patch.check?.threshold ?? null,
        passed: patch.check?.passed ?? null,
        files: patch.files.map((file) => ({
            path: file.path,
            ...counterJson(file.counter),
            missingFromReports: file.missingFromReports,
            uncovered: formatRanges(file.uncovered),
            uncoveredRanges: file.uncovered,
        })),
        withoutLineData: patch.withoutLineData,
    };
}
function baseJson(base) {
    if (!base.found)
        return { found: false, reason: base.reason };
    const deltas = {};
    for (const delta of base.deltas)
        deltas[delta.metric] = delta.deltaHundredths / 100;
    return { found: true, commit: base.commit, createdAt: base.createdAt, deltas };
}
function plural(count, singular, pluralForm) {
    return `${(0,count_text/* formatCount */.B4)(count)} ${count === 1 ? singular : pluralForm}`;
}
function compareText(a, b) {
    if (a === b)
        return 0;
    return a < b ? -1 : 1;
}

// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/line-counts.ts
/**
 * Line counts of tracked files in the working tree, read by `git grep -c`,
 * which reads the files in parallel in git's own process. A file's count is
 * its number of lines, a last line without a line break included.
 */


/** Bytes of pathspec arguments per git call, well inside the argument limits of Linux, macOS and Windows. */
const ARGUMENT_BYTES_PER_CALL = 24 * 1024;
/**
 * Returns the line count of each of `paths` that git reads as text. A path is
 * missing from the result when git skipped it: a binary file, an empty file
 * (which has no line to count), a file missing from the working tree, or a
 * path that is not UTF-8, which cannot be passed as an argument unchanged.
 * Returns null when git failed, so that the caller can skip its check.
 */
async function countTrackedLines(root, paths) {
    const counts = new Map();
    for (const batch of argumentBatches(paths.filter((path) => !(0,git_path/* hasEscapedBytes */.Bz)(path)))) {
        // `:(literal)` keeps `*`, `?` and `[` in a path from being read as a glob.
        const result = await (0,run_git/* runGit */.EO)(root, ['grep', '-z', '-c', '-I', '--no-color', '-e', '', '--', ...batch.map((path) => `:(literal)${path}`)]);
        // Exit 1 means no line matched, which happens when every file is empty or binary.
        if (result.exitCode !== 0 && result.exitCode !== 1)
            return null;
        readCounts(result.stdout, counts);
    }
    return counts;
}
/** Reads `path NUL count LF` records into `counts`. */
function readCounts(output, counts) {
    let start = 0;
    while (start < output.length) {
        const separator = output.indexOf(0, start);
        const end = output.indexOf(10, separator + 1);
        if (separator < 0 || end < 0)
            return;
        counts.set((0,git_path/* decodeGitPath */.yV)(output.subarray(start, separator)), Number(output.toString('latin1', separator + 1, end)));
        start = end + 1;
    }
}
function* argumentBatches(paths) {
    let batch = [];
    let bytes = 0;
    for (const path of paths) {
        const size = Buffer.byteLength(path) + 12;
        if (batch.length > 0 && bytes + size > ARGUMENT_BYTES_PER_CALL) {
            yield batch;
            batch = [];
            bytes = 0;
        }
        batch.push(path);
        bytes += size;
    }
    if (batch.length > 0)
        yield batch;
}

;// CONCATENATED MODULE: ./src/coverage/stale-lines.ts
/**
 * The check for coverage on lines past the end of a source file, which is
 * what a report made before the file shrank looks like. Those lines still
 * count in the totals, because the gate measures the reports as they are,
 * but the warning names the files so that the user regenerates the reports.
 *
 * One line past the end is allowed. Some tools count the empty line after a
 * final line break, and flagging it would warn on fresh reports; a stale
 * report is rarely off by exactly one line.
 */

/** Files named in the warning; the rest are counted. */
const stale_lines_EXAMPLE_COUNT = 5;
/** Returns the files whose highest reported line lies more than one line past their end; files without a line count are not checked. */
function findStaleFiles(files, lineCounts) {
    const stale = [];
    for (const file of files) {
        const lineCount = lineCounts.get(file.path);
        if (lineCount === undefined)
            continue;
        const reportedLine = highestReportedLine(file);
        if (reportedLine > lineCount + 1)
            stale.push({ path: file.path, reportedLine, lineCount });
    }
    return stale;
}
/** Returns the warning for the stale files, or null when there are none. */
function staleLinesWarning(stale) {
    if (stale.length === 0)
        return null;
    if (stale.length === 1) {
        const [file] = stale;
        return (`The coverage report counts line ${(0,count_text/* formatCount */.B4)(file.reportedLine)} of ${file.path}, which has ${(0,count_text/* formatCount */.B4)(file.lineCount)} lines. ` +
            'The report is likely older than the file, and the line still counts in the totals. Run the tests again to write a fresh report');
    }
    const examples = stale.slice(0, stale_lines_EXAMPLE_COUNT).map((file) => `${file.path} (line ${(0,count_text/* formatCount */.B4)(file.reportedLine)} of ${(0,count_text/* formatCount */.B4)(file.lineCount)})`);
    const more = stale.length > stale_lines_EXAMPLE_COUNT ? `, and ${(0,count_text/* formatCount */.B4)(stale.length - stale_lines_EXAMPLE_COUNT)} more` : '';
    return (`The coverage reports count lines past the end of ${(0,count_text/* formatCount */.B4)(stale.length)} files: ${examples.join(', ')}${more}. ` +
        'The reports are likely older than these files, and those lines still count in the totals. Run the tests again to write fresh reports');
}
/** Returns the highest line number with a count, 0 when the file has no line coverage. */
function highestReportedLine(file) {
    const lines = file.lines;
    if (!lines)
        return 0;
    for (let line = lines.length - 1; line > 0; line--) {
        if (lines[line] >= 0)
            return line;
    }
    return 0;
}

;// CONCATENATED MODULE: ./src/coverage/working-folder.ts
/**
 * The part of a repository that an action step runs in when its
 * working-directory is a subfolder, such as one package of a monorepo. The
 * step's own reports sit there, and the changes of the other packages are
 * theirs to gate, so default report locations and patch coverage start at
 * that folder.
 */
/** Returns the default report patterns below `folder`, a repository-relative POSIX folder; `''` is the root. */
function defaultReportsIn(folder, patterns) {
    return folder === '' ? [...patterns] : patterns.map((pattern) => `${folder}/${pattern}`);
}
/** Returns the changed lines of the files below `folder`; `''` keeps every file. */
function changedLinesIn(folder, changedLines) {
    if (folder === '')
        return changedLines;
    const prefix = `${folder}/`;
    return new Map([...changedLines].filter(([path]) => path.startsWith(prefix)));
}
/** Returns the report note that names the folder patch coverage was limited to, or null for the root. */
function patchFolderNote(folder) {
    return folder === '' ? null : `Patch coverage counts the changed files under ${folder}, the working directory, only.`;
}

;// CONCATENATED MODULE: ./src/coverage/stage.ts

















/**
 * Start of a base summary of any version. No coverage report starts with a
 * "version" key, so a summary of another version is read as a summary and
 * rejected for its version, instead of failing as an unknown report format.
 */
const BASE_SUMMARY_SIGNATURE = /^\s*\{\s*"version"\s*:/;
/**
 * Runs the coverage gate. The young generation stays at its first size for
 * the whole stage, not only while reports are parsed (young-generation.ts):
 * the per-file totals and results that follow the parse would grow it too.
 */
async function runCoverageStage(request) {
    return withSteadyYoungGeneration(() => runCoverageGate(request));
}
async function runCoverageGate(request) {
    const { config, log } = request;
    const headProblem = request.namedHead !== undefined ? await checkHeadIsCheckedOut(request.root, request.namedHead, '--head') : null;
    const workingFolder = request.workingFolder ?? '';
    const configuredReports = config.coverage.reportsFromDefaults ? defaultReportsIn(workingFolder, config.coverage.reports) : config.coverage.reports;
    const coverage = await collectCoverage({
        root: request.root,
        patterns: request.explicitReports ?? configuredReports,
        patternsAreDefaults: !request.explicitReports && config.coverage.reportsFromDefaults,
        patternsAreExplicit: request.explicitReports !== undefined,
        format: config.coverage.format,
        trackedFiles: request.trackedFiles,
        pathMapping: config.coverage.pathMapping,
        log,
    });
    // A head that does not resolve is not looked for again, which would deepen a shallow clone in vain.
    const diff = headProblem ? unreadDiff(headProblem) : request.diff ? await readDiff(request.root, request.diff, log) : null;
    const changed = diff?.found ? diff.changed : null;
    const changedLines = changed ? changedLinesIn(workingFolder, changed.lines) : null;
    const folderNote = changed ? patchFolderNote(workingFolder) : null;
    // A base or head problem leaves the totals and threshold checks standing and takes away only what needs the diff.
    const problem = diff && !diff.found ? diff.problem : null;
    const warnings = [...coverage.warnings];
    if (request.trackedFiles) {
        const stale = await staleLines(request.root, coverage.files);
        if (stale !== null)
            warnings.push(stale);
    }
    if (request.diff?.note)
        warnings.push(request.diff.note);
    const configChange = changed ? configChangeWarning(request.root, config.filePath, changed.paths) : null;
    if (configChange !== null)
        warnings.push(configChange);
    const patchUnknown = !request.diff && request.diffUnknown === true ? (request.noDiffReason ?? 'The change is unknown.') : null;
    const patchGated = patchUnknown !== null && config.coverage.patch.threshold !== null;
    // A failed patch check carries the reason itself, so the warning would repeat it.
    if (!request.diff && request.noDiffReason && !patchGated) {
        warnings.push(patchNotApplicableWarning(request.noDiffReason, patchUnknown === null ? config.coverage.patch.threshold : null));
    }
    const base = await resolveBase(request, diff);
    const mismatch = changed ? baseCommitMismatch(request, changed.mergeBase, base) : null;
    if (mismatch !== null)
        warnings.push(mismatch);
    const gate = evaluateCoverageGate({
        files: coverage.files,
        formats: coverage.formats,
        config: config.coverage,
        changedLines,
        changedLinesUnreadable: problem !== null,
        blankLines: changed?.blank ?? new Map(),
        patchUnknownReason: patchUnknown,
        base,
    });
    const notes = [...(diff?.notes ?? []), ...(folderNote !== null ? [folderNote] : [])];
    const report = buildCoverageStageReport({ gate, files: coverage.files, notes, warnings, ...(problem ? { problem } : {}) });
    return { report, files: coverage.files, patch: gate.patch?.counter ?? null };
}
/** Returns the warning for coverage on lines past the end of their files, or null; a failed line count skips the check. */
async function staleLines(root, files) {
    if (files.length === 0)
        return null;
    const counts = await countTrackedLines(root, files.map((file) => file.path));
    return counts ? staleLinesWarning(findStaleFiles(files, counts)) : null;
}
function unreadDiff(problem) {
    return { found: false, problem, notes: [] };
}
/** Returns the warning for a base summary of a commit other than the merge base, or null. */
function baseCommitMismatch(request, mergeBase, base) {
    if (!request.diff || !base || !('summary' in base))
        return null;
    return baseCommitWarning({
        summaryCommit: base.summary.commit,
        mergeBase,
        base: request.diff.base,
        head: request.diff.head,
        summaryName: request.base.kind === 'report' ? `The base summary ${request.base.path}` : 'The base summary',
    });
}
/**
 * Returns the base to compare with. When the diff could not be read, the
 * base it names is in doubt, so a given base summary or report is not read
 * and the comparison is marked as not measured with the problem.
 */
async function resolveBase(request, diff) {
    const source = request.base;
    if (diff && !diff.found && source.kind !== 'none')
        return { missingReason: diff.problem.message };
    switch (source.kind) {
        case 'none':
            return { missingReason: source.reason };
        case 'summary':
            return { summary: source.summary };
        case 'report': {
            const summary = await readIfBaseSummary(request.root, source);
            if (summary)
                return { summary };
            const base = await collectCoverage({
                root: request.root,
                patterns: [source.path],
                patternsAreDefaults: false,
                patternsAreExplicit: source.explicit === true,
                format: request.config.coverage.format,
                trackedFiles: request.trackedFiles,
                pathMapping: request.config.coverage.pathMapping,
                log: request.log,
            });
            return {
                summary: (0,base_summary/* buildBaseSummary */.Ei)(base.files, {
                    commit: `the base report ${source.path}`,
                    createdAt: new Date(),
                    toolVersion: '',
                }),
            };
        }
    }
}
/**
 * Reads the base file as a base summary when it is one, as written by
 * `testmaster coverage --write-summary` or saved by the action. Returns null
 * for a coverage report, which the caller parses instead.
 */
async function readIfBaseSummary(root, source) {
    const found = await (0,find_reports/* findReports */.z)(root, [source.path], { allowOutside: source.explicit === true });
    const file = found.files[0];
    if (!file) {
        throw new errors/* UserError */.yo(`The base report ${source.path} was not found. Give the path of a coverage report or base summary of the base commit.`);
    }
    const path = (0,external_node_path_.isAbsolute)(file) ? file : (0,external_node_path_.join)(root, file);
    const handle = await (0,promises_.open)(path, 'r');
    try {
        const head = Buffer.alloc(512);
        const { bytesRead } = await handle.read(head, 0, head.length, 0);
        if (!BASE_SUMMARY_SIGNATURE.test(head.subarray(0, bytesRead).toString('utf8')))
            return null;
    }
    finally {
        await handle.close();
    }
    return (0,base_summary/* parseBaseSummary */.dt)(await (0,promises_.readFile)(path, 'utf8'), source.path);
}


/***/ })

};
