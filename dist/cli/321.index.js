export const id = 321;
export const ids = [321];
export const modules = {

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ findDefaultBaseRef),
/* harmony export */   chooseDefaultBase: () => (/* binding */ chooseDefaultBase)
/* harmony export */ });
/* harmony import */ var _git_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9347);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6148);


/** Branch names tried, in order, when the remote does not name its default branch. */
const USUAL_DEFAULT_BRANCHES = ['origin/main', 'origin/master', 'main', 'master'];
/** Remote branches tried in place of an `origin/HEAD` that names the head's own upstream branch. */
const USUAL_REMOTE_DEFAULT_BRANCHES = ['origin/main', 'origin/master'];
/**
 * Finds the ref of the default branch to diff a local branch against:
 * `origin/HEAD` when the clone records it, else the first of origin/main,
 * origin/master, main and master that exists. Returns null when none does.
 */
async function findDefaultBaseRef(cwd) {
    const remoteHead = await readRemoteHead(cwd);
    if (remoteHead !== null)
        return remoteHead;
    return firstExisting(cwd, USUAL_DEFAULT_BRANCHES);
}
/**
 * Finds the default base for `headRef` like `findDefaultBaseRef`, except when
 * `origin/HEAD` names the upstream branch of `headRef` itself and that branch
 * already contains the head commit. A clone records the remote's checked-out
 * branch as `origin/HEAD`, so cloning a working repository that has a feature
 * branch checked out makes that feature branch the "default". Comparing with
 * it would find no committed change and select no tests without a warning.
 * In that case origin/main or origin/master is taken instead, with a note,
 * and when neither exists the base is unknown and the reason names the fix.
 * An `origin/HEAD` of origin/main or origin/master is kept, because then
 * the remote and the usual names agree that the head is on the default branch.
 */
async function chooseDefaultBase(cwd, headRef) {
    const remoteHead = await readRemoteHead(cwd);
    if (remoteHead === null) {
        const ref = await firstExisting(cwd, USUAL_DEFAULT_BRANCHES);
        if (ref !== null)
            return { ref, note: null };
        return {
            ref: null,
            reason: 'No default branch (origin/HEAD, origin/main, origin/master, main or master) was found to compare with. Pass --base REF with the branch to compare with, for example --base origin/main',
        };
    }
    if (!(await namesOwnUpstream(cwd, remoteHead, headRef)))
        return { ref: remoteHead, note: null };
    const situation = `origin/HEAD names ${remoteHead}, the upstream branch of ${headRef}, which contains ${headRef} already, so comparing with it finds no committed change`;
    const alternative = await firstExisting(cwd, USUAL_REMOTE_DEFAULT_BRANCHES);
    if (alternative !== null) {
        return { ref: alternative, note: `${situation}. ${headRef} is compared with ${alternative} instead. Pass --base REF to compare with another branch.` };
    }
    return {
        ref: null,
        reason: `${situation}, and neither origin/main nor origin/master exists to compare with instead. ` +
            'Pass --base REF with the branch to compare with, or point origin/HEAD at that branch with git remote set-head origin BRANCH. ' +
            "git remote set-head origin --auto points it at the remote's current default branch",
    };
}
/** Returns the short name of the ref that `origin/HEAD` points at, such as `origin/main`, or null when the clone has none. */
async function readRemoteHead(cwd) {
    const remoteHead = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead.exitCode !== 0)
        return null;
    const ref = remoteHead.stdout.toString('utf8').trim();
    return ref === '' ? null : ref;
}
async function firstExisting(cwd, candidates) {
    for (const candidate of candidates) {
        const exists = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
        if (exists.exitCode === 0)
            return candidate;
    }
    return null;
}
/**
 * Checks whether `remoteHead` is neither origin/main nor origin/master, is the
 * upstream branch of `headRef`, and contains the head commit. A detached head
 * or a commit SHA has no upstream branch, so it never matches.
 */
async function namesOwnUpstream(cwd, remoteHead, headRef) {
    if (USUAL_REMOTE_DEFAULT_BRANCHES.includes(remoteHead))
        return false;
    // rev-parse prints --end-of-options instead of reading it in this mode, so assertSafeRef guards the argument.
    (0,_git_js__WEBPACK_IMPORTED_MODULE_0__/* .assertSafeRef */ .xT)(headRef, 'head');
    const upstream = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['rev-parse', '--quiet', '--abbrev-ref', `${headRef}@{upstream}`]);
    if (upstream.exitCode !== 0 || upstream.stdout.toString('utf8').trim() !== remoteHead)
        return false;
    const contained = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_1__/* .runGit */ .EO)(cwd, ['merge-base', '--is-ancestor', '--end-of-options', headRef, remoteHead]);
    return contained.exitCode === 0;
}


/***/ })

};
