export const id = 481;
export const ids = [481];
export const modules = {

/***/ 9623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  B1: () => (/* binding */ GITLINK_MODE),
  TJ: () => (/* binding */ readIndexListing),
  dP: () => (/* binding */ workingTreeMatchesIndex)
});

// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/index-refresh.ts
/**
 * Writes fresh file timestamps into the index after a listing that had to
 * read files to tell whether they changed.
 *
 * Why: git trusts a file's timestamps only when they are older than the
 * index. A checkout writes its files and the index within the same second,
 * and `touch` or a copy gives unchanged files new timestamps. Until some
 * command writes the index again, every `git ls-files -m` reads each such
 * file and hashes it: 33 ms of git CPU time per listing on vitest-dev/vitest
 * after its checkout, 4 ms after `git update-index --refresh`. The impact
 * stage's listing writes nothing, and its diff of the index does not either
 * (see `diffWorkingTree`), so without this step a fresh CI checkout paid that
 * cost in every run, and twice when it also diffed the working tree.
 *
 * Git does not say whether it read files, so the listing's duration
 * decides: a listing that took much longer per entry than stat calls alone
 * take gets one refresh, and the next run lists quickly. A wrong guess costs
 * one extra git process and changes no result, because a refresh only
 * rewrites timestamps of files whose content matches the index.
 */

/** Time that spawning git and walking the folders may take whatever the index holds, in milliseconds. */
const FIXED_ALLOWANCE_MS = 5;
/**
 * Time one entry may take, in milliseconds. Trusted timestamps cost 1.3 to
 * 3 µs per entry on the repositories of bench/impact-speed, and files read
 * again cost 10 to 38 µs, so 6 µs keeps a margin for a loaded machine.
 */
const PER_ENTRY_ALLOWANCE_MS = 0.006;
/** Returns whether a listing of `entries` index entries that took `elapsedMs` likely read files whose timestamps git could not trust. */
function listingReadFiles(elapsedMs, entries) {
    return elapsedMs > FIXED_ALLOWANCE_MS + PER_ENTRY_ALLOWANCE_MS * entries;
}
/**
 * Runs `git update-index -q --refresh` in `root`, unless `GIT_OPTIONAL_LOCKS`
 * is `0`, git's setting for processes that must not take the index lock
 * for work that is only an optimization. Failures are ignored: another git
 * process may hold the lock, or the repository may be read-only, and the
 * run's results never depend on the refresh.
 */
async function refreshIndexTimestamps(root, environment = process.env) {
    if (environment['GIT_OPTIONAL_LOCKS'] === '0')
        return;
    try {
        await (0,run_git/* runGit */.EO)(root, ['update-index', '-q', '--refresh']);
    }
    catch {
        // A git that cannot start failed the listing before this point; anything else here only loses the optimization.
    }
}

;// CONCATENATED MODULE: ./src/git/index-listing.ts
/**
 * The index, the working tree files that differ from it, and the untracked
 * files, read by one `git ls-files` process. A run on the working tree needs
 * all three, and each listing stats every tracked file or walks the folders,
 * so one process does what took two.
 */



/** File mode of a submodule entry. */
const GITLINK_MODE = '160000';
/**
 * Reads the listing from `git ls-files -c -s -v -m -d -o --exclude-standard -z`
 * records, without `-o` and its untracked paths unless `options.untracked`
 * is set. An untracked file's record is `? <path>`. An index record is
 * `<tag> <mode> <sha> <stage>\t<path>`, followed for a modified file by one
 * with the tag `C` and for a deleted file by one with `R` (and `C`). `-v`
 * writes a tag in lower case for assume-unchanged, and `S` marks
 * skip-worktree. A path with a merge conflict has one record per stage, and
 * only its first is kept, because the working tree file replaces it anyway.
 *
 * `-m` reads a file whose timestamps changed but whose size did not, and
 * does not report it when its content matches the index. Such a file keeps
 * the index SHA, which is what hashing it would give. This replaced a
 * separate `git diff-files` process.
 */
async function readIndexListing(root, options) {
    // Without -o, git does not walk the folders, which took about a fifth of the listing's CPU time on a generated repository of 10,000 files.
    const others = options.untracked ? ['-o', '--exclude-standard'] : [];
    // process.hrtime, because the first use of the global `performance` loads nine internal modules of Node.js.
    const started = process.hrtime.bigint();
    const output = await (0,run_git/* runGitChecked */.lH)(root, ['ls-files', '-c', '-s', '-v', '-m', '-d', ...others, '-z', '--full-name']);
    const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
    const listing = parseIndexListing(output);
    if (listingReadFiles(elapsedMs, listing.entries.length))
        await refreshIndexTimestamps(root);
    return listing;
}
/** Parses the records of `readIndexListing`'s command. */
function parseIndexListing(output) {
    const listing = { entries: [], changes: new Map(), untracked: [], unmerged: false };
    let previousPath;
    // The fields before the tab are ASCII, so decoding the record with its path gives them unchanged.
    for (const record of (0,git_path/* decodeNulFields */.Vj)(output)) {
        if (record.startsWith('? ')) {
            listing.untracked.push(record.slice(2));
            continue;
        }
        const tab = record.indexOf('\t');
        const [tag, mode, blob, stage] = record.slice(0, Math.max(tab, 0)).split(' ');
        if (tab < 0 || !tag || !mode || !blob || !stage)
            throw new Error(`unexpected git ls-files -s -v -m -d -o record: ${JSON.stringify(record)}`);
        const path = record.slice(tab + 1);
        const change = changeOfTag(tag);
        if (change !== undefined) {
            if (listing.changes.get(path) !== 'D')
                listing.changes.set(path, change);
            continue;
        }
        if (stage !== '0')
            listing.unmerged = true;
        if (path === previousPath)
            continue;
        listing.entries.push({ path, mode, blob, unchecked: tag === 'S' || tag !== tag.toUpperCase() });
        previousPath = path;
    }
    return listing;
}
/**
 * Checks whether `git diff --cached` against a commit prints what the same
 * diff against the working tree would. That holds when every tracked file
 * matches the index: none is modified, deleted or intent-to-add, and none
 * has a merge conflict. Files whose changes git hides (assume-unchanged,
 * skip-worktree) do not count: the working tree diff takes their index
 * version, as `--cached` does, so a sparse checkout keeps the quicker diff.
 * Submodules are left to the working tree diff, which compares their
 * checked-out commit rather than the one the index records.
 */
function workingTreeMatchesIndex(listing) {
    if (listing.changes.size > 0 || listing.unmerged)
        return false;
    return !listing.entries.some((entry) => entry.mode === GITLINK_MODE);
}
/** Returns the change that a tag of `ls-files -m -d` marks, or undefined for the tag of an index record. */
function changeOfTag(tag) {
    if (tag === 'C' || tag === 'c')
        return 'M';
    return tag === 'R' || tag === 'r' ? 'D' : undefined;
}


/***/ }),

/***/ 98037:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  JC: () => (/* binding */ listIndexedFiles),
  ld: () => (/* binding */ listTreeEntries),
  b4: () => (/* binding */ readBlobs)
});

// UNUSED EXPORTS: listTreeFiles

// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
;// CONCATENATED MODULE: ./src/git/cat-file-batch.ts
/**
 * Requests and output of `git cat-file --batch=<BATCH_FORMAT> -z`. Git replies to
 * each NUL-terminated request in order, with either `<request> missing` (or
 * `ambiguous`) on one line, or a header line, the object's bytes and a newline.
 */
/** Header format that `parseBatchOutput` reads; pass it as `--batch=<format>`. */
const BATCH_FORMAT = '%(objectname) %(objecttype) %(objectsize)';
/** Builds the standard input for `cat-file --batch -z`: each request followed by a NUL. */
function batchInput(requests) {
    const parts = [];
    for (const request of requests)
        parts.push(request, NUL);
    return Buffer.concat(parts);
}
/**
 * Splits the output into one entry per request, in request order, with null
 * for a request that names no object. The requests are needed because a
 * `missing` line repeats the request, which may contain a newline.
 */
function parseBatchOutput(output, requests) {
    const objects = [];
    let position = 0;
    for (const request of requests) {
        const unresolvedLength = unresolvedLineLength(output, position, request);
        if (unresolvedLength > 0) {
            objects.push(null);
            position += unresolvedLength;
            continue;
        }
        const headerEnd = output.indexOf(NEWLINE, position);
        if (headerEnd < 0)
            throw malformed('a header line has no newline', position);
        const header = output.toString('latin1', position, headerEnd);
        const match = HEADER.exec(header);
        if (!match)
            throw malformed(`unexpected header ${JSON.stringify(header)}`, position);
        const size = Number(match[3]);
        const contentStart = headerEnd + 1;
        const contentEnd = contentStart + size;
        if (output[contentEnd] !== NEWLINE)
            throw malformed(`the ${size}-byte object is truncated`, contentStart);
        objects.push({ id: match[1], type: match[2], content: output.subarray(contentStart, contentEnd) });
        position = contentEnd + 1;
    }
    if (position !== output.length)
        throw malformed('output continues after the last request', position);
    return objects;
}
const NUL = Buffer.of(0);
const NEWLINE = 0x0a;
const HEADER = /^([0-9a-f]{40}(?:[0-9a-f]{24})?) (\w+) (\d+)$/;
const UNRESOLVED_SUFFIXES = [' missing\n', ' ambiguous\n'].map((suffix) => Buffer.from(suffix, 'latin1'));
/** Length of the `<request> missing` or `<request> ambiguous` line at `position`, or 0 when none starts there. */
function unresolvedLineLength(output, position, request) {
    const echoEnd = position + request.length;
    if (!output.subarray(position, echoEnd).equals(request))
        return 0;
    for (const suffix of UNRESOLVED_SUFFIXES) {
        if (output.subarray(echoEnd, echoEnd + suffix.length).equals(suffix))
            return request.length + suffix.length;
    }
    return 0;
}
function malformed(problem, position) {
    return new Error(`unexpected git cat-file --batch output at byte ${position}: ${problem}`);
}

// EXTERNAL MODULE: ./src/git/commit-sha.ts
var commit_sha = __webpack_require__(71600);
// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/index-listing.ts + 1 modules
var index_listing = __webpack_require__(9623);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
// EXTERNAL MODULE: ./src/git/working-tree-hash.ts
var working_tree_hash = __webpack_require__(61381);
;// CONCATENATED MODULE: ./src/git/tree-view.ts
/**
 * Reads a commit's files without checking it out, and the tracked files of the
 * working tree with their blob SHAs. A blob SHA is the hash of a file's content,
 * so a cache of per-file results can key on it across commits. Paths are
 * repository-relative and decoded by `decodeGitPath`.
 */








/**
 * Lists every path in the tree of `revision` (a commit SHA or any ref),
 * whichever folder `cwd` is. Like `git ls-files`, the list contains symlinks
 * and the paths of submodules.
 */
async function listTreeFiles(cwd, revision) {
    return (await listTreeEntries(cwd, revision)).map((entry) => entry.path);
}
/** Lists the paths of `listTreeFiles` with their blob SHAs, from `<mode> <type> <sha>\t<path>` records. */
async function listTreeEntries(cwd, revision) {
    const tree = await resolveTree(cwd, revision);
    const output = await (0,run_git/* runGitChecked */.lH)(cwd, ['ls-tree', '-r', '-z', '--full-tree', tree]);
    const entries = [];
    // As in readIndex, the fields before the tab are ASCII.
    for (const record of (0,git_path/* decodeNulFields */.Vj)(output)) {
        const tab = record.indexOf('\t');
        const [mode, type, blob] = record.slice(0, Math.max(tab, 0)).split(' ');
        if (tab < 0 || !type || !blob)
            throw new Error(`unexpected git ls-tree record: ${JSON.stringify(record)}`);
        const path = record.slice(tab + 1);
        entries.push({ path, blob, submodule: type === 'commit', ...(mode === SYMLINK_MODE ? { symlink: true } : {}) });
    }
    return entries;
}
/**
 * Reads the content of `paths` in the tree of `revision`, through one
 * `git cat-file --batch` process for all of them. The map has an entry for
 * each path that names a blob (a file or a symlink, whose blob is the link
 * target). Paths that are missing, folders or submodules have no entry.
 * When `ids` is given, it receives the blob SHA of each path read.
 */
async function readBlobs(cwd, revision, paths, ids) {
    const blobs = new Map();
    // A path with a NUL byte cannot be in a git tree, and it would end the request early.
    const requested = [...new Set(paths)].filter((path) => !path.includes('\0'));
    if (requested.length === 0)
        return blobs;
    // A full SHA is checked by the same process that reads the blobs, with a first request for its tree, which saves one git process.
    const checkedInBatch = (0,commit_sha/* isCommitSha */._)(revision);
    const prefix = checkedInBatch ? revision : await resolveTree(cwd, revision);
    const checks = checkedInBatch ? [Buffer.from(`${revision}^{tree}`, 'latin1')] : [];
    const requests = requested.map((path) => Buffer.concat([Buffer.from(`${prefix}:`, 'latin1'), (0,git_path/* encodeGitPath */.Gh)(path)]));
    const output = await (0,run_git/* runGitWithInputChecked */.f6)(cwd, ['cat-file', `--batch=${BATCH_FORMAT}`, '-z', '--buffer'], batchInput([...checks, ...requests]));
    const objects = parseBatchOutput(output, [...checks, ...requests]);
    if (checkedInBatch && objects[0]?.type !== 'tree')
        throw revisionNotFound(cwd, revision);
    objects.slice(checks.length).forEach((object, index) => {
        if (object?.type !== 'blob')
            return;
        blobs.set(requested[index], object.content);
        ids?.set(requested[index], object.id);
    });
    return blobs;
}
/** File mode of a symbolic link entry. */
const SYMLINK_MODE = '120000';
/**
 * Lists the tracked files that exist in the working tree, sorted as git sorts
 * them, with the blob SHA of their current content. Files that match the index
 * keep the index's SHA. Modified files, and files marked assume-unchanged or
 * skip-worktree (whose changes git does not report), are hashed with `git hash-object`,
 * which applies the same clean filters and line-ending rules as `git add`.
 * Files deleted from the working tree are left out. A submodule keeps the
 * commit SHA that the index records. A caller that has just read the
 * index with `readIndexListing` passes that listing, and the index is not
 * read again.
 */
async function listIndexedFiles(cwd, listing) {
    const root = await (0,git/* repositoryRoot */.Hn)(cwd);
    const { entries, changes: changed } = listing ?? (await (0,index_listing/* readIndexListing */.TJ)(root, { untracked: false }));
    // git does not compare files marked assume-unchanged or skip-worktree with the index, so they are hashed here.
    const toHash = entries.filter((entry) => (changed.has(entry.path) || entry.unchecked) && entry.mode !== index_listing/* GITLINK_MODE */.B1);
    const hashes = await (0,working_tree_hash/* hashWorkingTreeFiles */.x)(root, toHash.map((entry) => entry.path));
    const files = [];
    for (const entry of entries) {
        const status = changed.get(entry.path);
        const symlink = entry.mode === SYMLINK_MODE ? { symlink: true } : {};
        if ((status === undefined && !entry.unchecked) || entry.mode === index_listing/* GITLINK_MODE */.B1) {
            files.push({ path: entry.path, blob: entry.blob, ...symlink });
            continue;
        }
        const hash = status === 'D' ? undefined : hashes.get(entry.path);
        const hidden = entry.unchecked && hash !== undefined && hash !== entry.blob ? { hiddenChange: true } : {};
        if (hash !== undefined)
            files.push({ path: entry.path, blob: hash, ...symlink, ...hidden });
    }
    return files;
}
/** Full SHA of the tree of `revision`; a missing revision is a `UserError`. */
async function resolveTree(cwd, revision) {
    (0,git/* assertSafeRef */.xT)(revision, 'revision');
    const result = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{tree}`]);
    const sha = result.stdout.toString('utf8').trim();
    if (result.exitCode !== 0 || sha.length === 0)
        throw revisionNotFound(cwd, revision);
    return sha;
}
function revisionNotFound(cwd, revision) {
    return new errors/* UserError */.yo(`The revision ${JSON.stringify(revision)} was not found in the repository at ${cwd}. ` +
        'Pass a commit SHA or ref that the clone contains, or fetch it first (git fetch origin REF)');
}


/***/ }),

/***/ 61381:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ hashWorkingTreeFiles)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _git_path_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(74030);
/* harmony import */ var _run_git_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16148);



/**
 * Computes the blob SHA that `git add` would store for each working tree file
 * in `paths` (repository-relative, under the repository root `root`).
 *
 * Regular files go through one `git hash-object --stdin-paths` process, which
 * applies the clean filters and line-ending rules of each path. That command
 * opens symlinks and hashes their targets, so each symlink is hashed from its
 * link text with `git hash-object --stdin` instead, one process per symlink.
 * Paths that are missing, folders or other special files have no entry.
 */
async function hashWorkingTreeFiles(root, paths) {
    const regularFiles = [];
    const symlinks = [];
    for (const path of paths) {
        const kind = await fileKind(root, path);
        if (kind === 'file')
            regularFiles.push(path);
        else if (kind === 'symlink')
            symlinks.push(path);
    }
    const hashes = new Map();
    await hashRegularFiles(root, regularFiles, hashes);
    for (const path of symlinks) {
        const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readlink)(fullPath(root, path), { encoding: 'buffer' });
        const output = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitWithInputChecked */ .f6)(root, ['hash-object', '-t', 'blob', '--no-filters', '--stdin'], target);
        hashes.set(path, output.toString('latin1').trim());
    }
    return hashes;
}
async function hashRegularFiles(root, paths, hashes) {
    if (paths.length === 0)
        return;
    // Quoting every path lets one line carry a path with a newline or a leading quote.
    const input = Buffer.from(paths.map((path) => `${(0,_git_path_js__WEBPACK_IMPORTED_MODULE_1__/* .quoteGitPath */ .Cf)(path)}\n`).join(''), 'latin1');
    const output = await (0,_run_git_js__WEBPACK_IMPORTED_MODULE_2__/* .runGitWithInputChecked */ .f6)(root, ['hash-object', '--stdin-paths'], input);
    const lines = output.toString('latin1').split('\n').filter((line) => line !== '');
    if (lines.length !== paths.length) {
        throw new Error(`git hash-object --stdin-paths returned ${lines.length} hashes for ${paths.length} paths`);
    }
    paths.forEach((path, index) => hashes.set(path, lines[index]));
}
async function fileKind(root, path) {
    try {
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.lstat)(fullPath(root, path));
        if (stats.isSymbolicLink())
            return 'symlink';
        return stats.isFile() ? 'file' : 'other';
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return 'other';
        throw error;
    }
}
/** Absolute path as bytes, so a path that is not UTF-8 reaches the filesystem unchanged. */
function fullPath(root, path) {
    return Buffer.concat([Buffer.from(`${root}/`, 'utf8'), (0,_git_path_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeGitPath */ .Gh)(path)]);
}


/***/ }),

/***/ 78323:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A: () => (/* binding */ detectChange)
});

// EXTERNAL MODULE: ./src/git/git.ts + 1 modules
var git = __webpack_require__(49347);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/git/default-branch.ts


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
    const remoteHead = await (0,run_git/* runGit */.EO)(cwd, ['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']);
    if (remoteHead.exitCode !== 0)
        return null;
    const ref = remoteHead.stdout.toString('utf8').trim();
    return ref === '' ? null : ref;
}
async function firstExisting(cwd, candidates) {
    for (const candidate of candidates) {
        const exists = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${candidate}^{commit}`]);
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
    (0,git/* assertSafeRef */.xT)(headRef, 'head');
    const upstream = await (0,run_git/* runGit */.EO)(cwd, ['rev-parse', '--quiet', '--abbrev-ref', `${headRef}@{upstream}`]);
    if (upstream.exitCode !== 0 || upstream.stdout.toString('utf8').trim() !== remoteHead)
        return false;
    const contained = await (0,run_git/* runGit */.EO)(cwd, ['merge-base', '--is-ancestor', '--end-of-options', headRef, remoteHead]);
    return contained.exitCode === 0;
}

// EXTERNAL MODULE: ./src/git/index-listing.ts + 1 modules
var index_listing = __webpack_require__(9623);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
;// CONCATENATED MODULE: ./src/impact/change/diff-records.ts

/**
 * Returns one changed file per raw record, in git's order. A raw record
 * without a numstat record is left out: git writes one for a working tree
 * file whose timestamp changed but whose content and mode did not, when the
 * index is not refreshed. A mode-only change has a numstat record of `0 0`.
 */
function parseDiffRecords(output) {
    const raw = [];
    const counts = new Map();
    const fields = (0,git_path/* splitNulFields */.ze)(output);
    for (let index = 0; index < fields.length; index++) {
        const field = fields[index];
        if (field[0] === COLON) {
            const path = fields[++index];
            if (path === undefined)
                throw malformed('a raw record has no path');
            raw.push({ path: (0,git_path/* decodeGitPath */.yV)(path), statusLetter: statusLetterOf(field), submodule: isGitlink(field) });
        }
        else {
            const { path, lineCounts } = parseNumstat(field);
            counts.set(path, lineCounts);
        }
    }
    const files = [];
    for (const record of raw) {
        const lineCounts = counts.get(record.path);
        if (lineCounts)
            files.push({ path: record.path, status: statusOf(record), ...lineCounts, ...(record.submodule ? { submodule: true } : {}) });
    }
    return files;
}
const COLON = 0x3a;
const TAB = 0x09;
/** Status letter of a raw header `:100644 100644 abc123 def456 M`; unmerged paths read `U`. */
function statusLetterOf(header) {
    const parts = header.toString('latin1').split(' ');
    const letter = parts[4]?.[0];
    if (parts.length !== 5 || letter === undefined)
        throw malformed(`unexpected raw header ${JSON.stringify(header.toString('latin1'))}`);
    return letter;
}
/** Checks whether a raw header `:<old mode> <new mode> ...` has a gitlink on either side. */
function isGitlink(header) {
    const [oldMode, newMode] = header.toString('latin1').slice(1).split(' ');
    return oldMode === GITLINK_MODE || newMode === GITLINK_MODE;
}
const GITLINK_MODE = '160000';
/**
 * Maps git's status letters to the model's statuses. A type change (a file
 * that became a symlink or a submodule) and an unmerged path are
 * modifications. Renames and copies cannot occur because of `--no-renames`.
 */
function statusOf(record) {
    switch (record.statusLetter) {
        case 'A':
            return 'added';
        case 'D':
            return 'deleted';
        case 'M':
        case 'T':
        case 'U':
            return 'modified';
        default:
            throw malformed(`unexpected status ${JSON.stringify(record.statusLetter)} for ${JSON.stringify(record.path)}`);
    }
}
function parseNumstat(field) {
    const firstTab = field.indexOf(TAB);
    const secondTab = firstTab < 0 ? -1 : field.indexOf(TAB, firstTab + 1);
    if (secondTab < 0)
        throw malformed(`unexpected numstat record ${JSON.stringify(field.toString('utf8'))}`);
    const added = field.toString('latin1', 0, firstTab);
    const deleted = field.toString('latin1', firstTab + 1, secondTab);
    const path = (0,git_path/* decodeGitPath */.yV)(field.subarray(secondTab + 1));
    if (added === '-' && deleted === '-') {
        return { path, lineCounts: { binary: true, addedLines: 0, deletedLines: 0 } };
    }
    if (!/^\d+$/.test(added) || !/^\d+$/.test(deleted)) {
        throw malformed(`unexpected line counts ${JSON.stringify(`${added} ${deleted}`)} for ${JSON.stringify(path)}`);
    }
    return { path, lineCounts: { binary: false, addedLines: Number(added), deletedLines: Number(deleted) } };
}
function malformed(problem) {
    return new Error(`unexpected git diff --raw --numstat output: ${problem}`);
}

// EXTERNAL MODULE: ./src/impact/change/untracked-files.ts + 1 modules
var untracked_files = __webpack_require__(50552);
;// CONCATENATED MODULE: ./src/impact/change/changed-files.ts
/**
 * The files that differ between two commits, or between a commit and the
 * working tree, read from `git diff` in one process per comparison.
 */




/**
 * Options that fix the output format and override settings that user or
 * repository configuration could change:
 * - `--no-renames` reports a rename as a deletion plus an addition, whatever `diff.renames` is set to.
 * - `--no-textconv` and `--no-ext-diff` keep configured drivers from running and from changing the counts.
 * - `--no-relative` keeps paths repository-relative under `diff.relative`.
 * - `--ignore-submodules=untracked` overrides an `ignore = all` that a pull
 *   request could put in .gitmodules to hide a submodule update. Untracked files
 *   inside a submodule's working tree still do not make it modified.
 * - `diff.autoRefreshIndex=true` makes a working tree diff compare content, so a
 *   file whose timestamp changed but whose content did not is not reported.
 */
const DIFF_OPTIONS = [
    '-c',
    'diff.autoRefreshIndex=true',
    'diff',
    '--no-renames',
    '--raw',
    '--numstat',
    '-z',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--no-relative',
    '--ignore-submodules=untracked',
];
/** Files that differ from `baseSha` to `headSha`, sorted by path. */
async function diffCommits(root, baseSha, headSha) {
    const output = await (0,run_git/* runGitChecked */.lH)(root, [...DIFF_OPTIONS, '--end-of-options', baseSha, headSha]);
    return sortByPath(parseDiffRecords(output));
}
/**
 * Files that differ from `baseSha` to the working tree, staged or not, plus
 * the untracked files that are not ignored, sorted by path.
 *
 * When every tracked file matches the index, the diff compares `baseSha`
 * with the index (`--cached`), which prints the same records without a
 * second stat of every tracked file.
 *
 * Git reads a file again on every listing while it cannot trust the
 * timestamps the index holds for it: after `touch` or a copy, and after a
 * checkout that wrote the file in the same second as the index. The diff of
 * the index writes nothing, and the working tree diff leaves the second case
 * as it is, so `readIndexListing` refreshes the index itself when its listing
 * took long enough to have read such files (see `index-refresh.ts`).
 */
async function diffWorkingTree(root, baseSha) {
    const index = await (0,index_listing/* readIndexListing */.TJ)(root, { untracked: true });
    const against = (0,index_listing/* workingTreeMatchesIndex */.dP)(index) ? ['--cached'] : [];
    const output = await (0,run_git/* runGitChecked */.lH)(root, [...DIFF_OPTIONS, ...against, '--end-of-options', baseSha]);
    const tracked = parseDiffRecords(output);
    const untracked = await (0,untracked_files/* describeUntrackedFiles */.G)(root, index.untracked);
    return { files: sortByPath(addUntracked(tracked, untracked)), index };
}
/**
 * Adds the untracked files to the diff. An untracked file whose path the diff
 * reports as deleted was removed from the index only (`git rm --cached`), so
 * it exists at both ends and counts as modified.
 */
function addUntracked(tracked, untracked) {
    const byPath = new Map(tracked.map((file) => [file.path, file]));
    for (const file of untracked) {
        const listed = byPath.get(file.path);
        if (listed === undefined) {
            byPath.set(file.path, file);
        }
        else if (listed.status === 'deleted') {
            // NOTE: the counts are an upper bound: every old line deleted, every current line added.
            byPath.set(file.path, {
                path: file.path,
                status: 'modified',
                binary: file.binary || listed.binary,
                addedLines: file.addedLines,
                deletedLines: listed.deletedLines,
            });
        }
    }
    return [...byPath.values()];
}
/**
 * Sorts by UTF-16 code units, for a stable order. It can differ from git's
 * byte order for characters above U+FFFF and for paths that are not UTF-8.
 */
function sortByPath(files) {
    return files.sort((left, right) => compareText(left.path, right.path));
}
function compareText(left, right) {
    if (left < right)
        return -1;
    return left > right ? 1 : 0;
}

// EXTERNAL MODULE: ./src/report/count-text.ts
var count_text = __webpack_require__(60333);
// EXTERNAL MODULE: ./src/impact/risk/detail-text.ts
var detail_text = __webpack_require__(5939);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __webpack_require__(83916);
// EXTERNAL MODULE: ./src/git/commit-sha.ts
var commit_sha = __webpack_require__(71600);
// EXTERNAL MODULE: ./src/git/ensure-commits.ts
var ensure_commits = __webpack_require__(32627);
;// CONCATENATED MODULE: ./src/impact/change/commit-lookup.ts
/**
 * Finding the commits that a change request names, with the fetches that a
 * shallow CI checkout needs. Missing history is a result with a reason, not
 * an exception, so the caller can fall back or run every test.
 */





/** Checks for the SHA that GitHub sends as `before` when a push creates a branch. */
function isZeroSha(value) {
    return /^0{40}(?:0{24})?$/.test(value);
}
/** Short form of a SHA for notes and messages. */
function shortSha(sha) {
    return sha.slice(0, 12);
}
/**
 * Resolves `ref` to a commit SHA. A full SHA that the clone lacks, as in a
 * shallow CI checkout, is fetched from the remote first, and the fetch adds
 * a note. When that fetch fails, the result contains the reason. A ref that
 * starts with `-`, and a missing ref that is not a full SHA, are a `UserError`.
 *
 * @param role what the ref is, for messages, such as `base ref`
 */
async function lookUpCommit(context, ref, role) {
    (0,git/* assertSafeRef */.xT)(ref, role);
    const present = await revParseCommit(context.root, ref);
    if (present !== null)
        return { found: true, sha: present };
    await rejectOtherObject(context.root, ref, role);
    if (!(0,commit_sha/* isCommitSha */._)(ref)) {
        // Only a full SHA can be fetched by itself, so resolveCommit rejects this ref with its "was not found" message.
        return { found: true, sha: await (0,git/* resolveCommit */.WL)(context.root, ref) };
    }
    try {
        await (0,ensure_commits/* ensureCommits */.n)(context.root, [ref], context.remote);
    }
    catch (error) {
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { found: false, reason: error.message };
    }
    context.notes.push(`Fetched the ${role} ${shortSha(ref)} from ${context.remote}, because the clone did not contain it.`);
    return { found: true, sha: await (0,git/* resolveCommit */.WL)(context.root, ref) };
}
/**
 * Throws a `UserError` when `ref` names an object of the clone that is no
 * commit, such as a tree or a blob SHA, or a tag of one. Fetching it as a
 * missing commit would fail with a message about the clone's history.
 */
async function rejectOtherObject(root, ref, role) {
    const typed = await (0,run_git/* runGit */.EO)(root, ['cat-file', '-t', '--end-of-options', ref]);
    const type = typed.stdout.toString('utf8').trim();
    if (typed.exitCode !== 0 || type === '' || type === 'commit')
        return;
    const kind = type === 'tag' ? 'a tag that points to no commit' : `a ${type}`;
    throw new errors/* UserError */.yo(`The ${role} "${ref}" names ${kind}, not a commit. Pass a commit SHA, or a branch or tag that points to a commit.`);
}
/** Like `lookUpCommit`, but a commit that cannot be fetched is a `UserError` too. */
async function requireCommit(context, ref, role) {
    const lookup = await lookUpCommit(context, ref, role);
    if (!lookup.found)
        throw new errors/* UserError */.yo(lookup.reason);
    return lookup.sha;
}
/**
 * Resolves HEAD like `requireCommit`. When HEAD names a branch without
 * commits (a new repository, or after `git switch --orphan`), the
 * `UserError` names the branch and the fix, instead of reporting HEAD as not found.
 */
async function requireHeadCommit(context) {
    const present = await revParseCommit(context.root, 'HEAD');
    if (present !== null)
        return present;
    const branch = await (0,run_git/* runGit */.EO)(context.root, ['symbolic-ref', '--quiet', '--short', 'HEAD']);
    const name = branch.stdout.toString('utf8').trim();
    if (branch.exitCode === 0 && name !== '') {
        throw new errors/* UserError */.yo(`HEAD names the branch ${name}, which has no commits yet, so there is no change to analyse. ` +
            'Commit the files first (git add -A, then git commit), or pass --head REF to analyse another commit.');
    }
    return requireCommit(context, 'HEAD', 'head');
}
/** SHA of the commit that is checked out, or null on a branch without commits. */
function revParseHead(root) {
    return revParseCommit(root, 'HEAD');
}
async function revParseCommit(root, ref) {
    const result = await (0,run_git/* runGit */.EO)(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
    const sha = result.stdout.toString('utf8').trim();
    return result.exitCode === 0 && sha.length > 0 ? sha : null;
}

// EXTERNAL MODULE: ./src/git/deepen.ts
var deepen = __webpack_require__(13751);
;// CONCATENATED MODULE: ./src/impact/change/merge-base-search.ts


/**
 * Finds the merge base of two commits, fetching more history step by step
 * while the clone is shallow. Each fetch adds a note. When no merge base can
 * be had (the fetch fails, there is no remote, or the histories are
 * unrelated), the result contains the reason and the fix.
 *
 * @param fetchCommits whether the deepening fetches name the two SHAs. A CI
 *   checkout fetched them by SHA, so they are the shallow boundaries to
 *   deepen and the remote has them. A local run leaves them out: the remote
 *   may lack local commits, and deepening the remote's branches reaches the
 *   clone's boundary.
 */
async function findMergeBase(search, base, head, fetchCommits) {
    const options = {
        remote: search.remote,
        log: (message) => search.notes.push(message),
        resolved: { baseSha: base.sha, headSha: head.sha },
        ...(fetchCommits ? { refspecs: [base.sha, head.sha] } : {}),
        ...(search.initialDeepen !== undefined ? { initialStep: search.initialDeepen } : {}),
        ...(search.maxDeepen !== undefined ? { maxDeepen: search.maxDeepen } : {}),
    };
    try {
        const all = await (0,deepen/* deepenUntilMergeBases */.S)(search.root, base.ref, head.ref, options);
        if (all.length > 1)
            return { found: false, reason: severalMergeBasesReason(base, head, all) };
        return { found: true, sha: all[0] };
    }
    catch (error) {
        // The refs resolved before this call, so a UserError here means the history is missing.
        if (!(error instanceof errors/* UserError */.yo))
            throw error;
        return { found: false, reason: error.message };
    }
}
/**
 * Explains a run of every test after criss-cross merges. With several merge
 * bases, a diff from any one of them can leave out a file that merging the
 * head into the base changes, so no single diff is the change.
 */
function severalMergeBasesReason(base, head, mergeBases) {
    const shown = mergeBases.map((sha) => sha.slice(0, 12)).join(', ');
    return (`${base.ref} and ${head.ref} have ${mergeBases.length} merge bases (${shown}), left by criss-cross merges, ` +
        'so a diff from one of them can miss files that the merge changes. Merge the base branch into the head branch to leave one merge base');
}

;// CONCATENATED MODULE: ./src/impact/change/detect-change.ts
/**
 * Detects what a pull request, a push or a local working tree changed: the
 * commit to compare from, the head commit, and the changed files. When the
 * history to compare with cannot be had, the scope has `baseSha: null` and a
 * `fullRunReason` that names the cause and the fix, so the run covers
 * everything. A `UserError` means invalid input: a ref that starts with `-`,
 * a branch or tag that does not exist, or a head commit that is neither in
 * the clone nor fetchable.
 */






/** Detects the change that `request` describes in the repository that contains `cwd`. */
async function detectChange(cwd, request, options = {}) {
    const remote = options.remote ?? 'origin';
    (0,git/* assertSafeRef */.xT)(remote, 'remote');
    const search = { root: await (0,git/* repositoryRoot */.Hn)(cwd), remote, notes: [] };
    if (options.initialDeepen !== undefined)
        search.initialDeepen = options.initialDeepen;
    if (options.maxDeepen !== undefined)
        search.maxDeepen = options.maxDeepen;
    const ignored = new Set(options.ignoredPaths ?? []);
    const comparison = await planComparison(search, request, ignored);
    const scope = await buildScope(search, comparison, options.onWorkingTreeIndex);
    return { ...scope, files: scope.files.filter((file) => !ignored.has(file.path)) };
}
function planComparison(search, request, ignored) {
    switch (request.kind) {
        case 'pull-request':
            return planPullRequest(search, request.baseRef, request.headRef);
        case 'unknown-base':
            return planUnknownBase(search, request.headRef, request.reason);
        case 'push':
            return planPush(search, request.before, request.after);
        case 'local':
            return planLocal(search, request.base, request.head, ignored);
    }
}
/**
 * Compares the head with its merge base with the base branch, not with the
 * base branch's tip: commits that landed on the base after the branch point
 * are not changes of the pull request.
 */
async function planPullRequest(search, baseRef, headRef) {
    const headSha = await requireCommit(search, headRef, 'head ref');
    const base = await lookUpCommit(search, baseRef, 'base ref');
    const mergeBase = base.found
        ? await findMergeBase(search, { ref: baseRef, sha: base.sha }, { ref: headRef, sha: headSha }, true)
        : base;
    return { mode: 'pull-request', base: mergeBase, headSha, workingTree: false };
}
async function planUnknownBase(search, headRef, reason) {
    const headSha = await requireCommit(search, headRef, 'head ref');
    return { mode: 'pull-request', base: { found: false, reason }, headSha, workingTree: false };
}
/**
 * Compares `before` with `after`. When the push created the branch, or
 * `before` is gone from the history (a force push), compares with the merge
 * base of the default branch instead.
 */
async function planPush(search, before, after) {
    const afterSha = await requireCommit(search, after, 'after commit');
    const plan = (base) => ({ mode: 'push', base, headSha: afterSha, workingTree: false });
    if (isZeroSha(before)) {
        return plan(await mergeBaseWithDefaultBranch(search, afterSha, 'The push created the branch'));
    }
    const beforeCommit = await lookUpCommit(search, before, 'before commit');
    if (beforeCommit.found)
        return plan(beforeCommit);
    search.notes.push(`The before commit ${shortSha(before)} of the push is not in the history, so the push is compared with the merge base of the default branch. ${beforeCommit.reason}`);
    const fallback = await mergeBaseWithDefaultBranch(search, afterSha, `The before commit ${shortSha(before)} of the push is missing`);
    if (fallback.found && fallback.sha === afterSha) {
        // The pushed commit is on the default branch, so the merge base hides every pushed change.
        return plan({
            found: false,
            reason: `The before commit ${shortSha(before)} of the push is missing, and the after commit ${shortSha(afterSha)} is on the default branch, ` +
                'so the pushed commits cannot be told apart. Set fetch-depth: 0 on actions/checkout so the clone contains the history of the push',
        });
    }
    return plan(fallback);
}
/**
 * Compares with the merge base of `base` (default: the default branch) and
 * the head. Without `head`, the working tree is compared, so uncommitted
 * and untracked files count too.
 */
async function planLocal(search, base, head, ignored) {
    const headRef = head ?? 'HEAD';
    // One process resolves both refs and their merge base when all is in the clone; otherwise each step below runs on its own.
    const pair = base !== undefined && isPlainRef(base) && isPlainRef(headRef) ? await (0,git/* resolveCommitPair */.S7)(search.root, base, headRef) : null;
    const headSha = pair?.headSha ?? (headRef === 'HEAD' ? await requireHeadCommit(search) : await requireCommit(search, headRef, 'head'));
    const plan = (found) => ({ mode: 'local', base: found, headSha, workingTree: head === undefined });
    if (head !== undefined)
        await noteUncommittedWork(search, headRef, headSha, ignored);
    for (const name of pair?.ambiguousRefs ?? [])
        search.notes.push(ambiguousRefNote(name));
    if (pair !== null && base !== undefined) {
        // No fetch ran, so the shallow flag that came with the commits still holds.
        if (pair.mergeBase !== undefined)
            return { ...plan({ found: true, sha: pair.mergeBase }), shallow: pair.shallow };
        return plan(await findMergeBase(search, { ref: base, sha: pair.baseSha }, { ref: headRef, sha: headSha }, false));
    }
    let baseRef = base;
    if (baseRef === undefined) {
        const defaultBase = await chooseDefaultBase(search.root, headRef);
        if (defaultBase.ref === null)
            return plan({ found: false, reason: defaultBase.reason });
        if (defaultBase.note)
            search.notes.push(defaultBase.note);
        baseRef = defaultBase.ref;
    }
    const baseCommit = await lookUpCommit(search, baseRef, base === undefined ? 'default branch' : 'base');
    if (!baseCommit.found)
        return plan(baseCommit);
    return plan(await findMergeBase(search, { ref: baseRef, sha: baseCommit.sha }, { ref: headRef, sha: headSha }, false));
}
/** Returns the note for a ref name that matches several refs: which one git took, and how to name another. */
function ambiguousRefNote(name) {
    return `The ref name "${name}" matches more than one ref, such as a tag and a branch. git resolved it in its lookup order (refs/tags before refs/heads before refs/remotes); name the one you mean in full, for example refs/heads/${name}.`;
}
/**
 * Checks whether a ref can go into `resolveCommitPair`: one that
 * `assertSafeRef` accepts and that is no range, whose `..` would change
 * what `rev-parse` prints.
 */
function isPlainRef(ref) {
    return ref.length > 0 && !ref.startsWith('-') && !ref.startsWith('^') && !ref.includes('..') && !/[\u0000-\u001f\u007f]/.test(ref);
}
/**
 * Notes the files with uncommitted changes when an explicit head is the
 * commit that is checked out, because a user who edits files and then names
 * HEAD (or runs `testmaster check`, which compares commits) may expect them
 * to count.
 */
async function noteUncommittedWork(search, headRef, headSha, ignored) {
    const checkedOut = await revParseHead(search.root);
    if (checkedOut !== headSha)
        return;
    const uncommitted = (await diffWorkingTree(search.root, headSha)).files.filter((file) => !ignored.has(file.path));
    if (uncommitted.length === 0)
        return;
    const one = uncommitted.length === 1;
    search.notes.push(`The change ends at the commit ${headRef}, so ${(0,count_text/* countOf */.pq)(uncommitted.length, 'file', 'files')} with uncommitted changes ${one ? 'is' : 'are'} left out: ` +
        `${(0,detail_text/* listNames */.Zv)(uncommitted.map((file) => file.path))}. Commit ${one ? 'it to include it' : 'them to include them'}; testmaster impact without --head compares the working tree instead.`);
}
/** Merge base of the default branch and `headSha`, or the reason there is none, starting with `situation`. */
async function mergeBaseWithDefaultBranch(search, headSha, situation) {
    const defaultRef = await findDefaultBaseRef(search.root);
    if (defaultRef === null) {
        return {
            found: false,
            reason: `${situation}, and no default branch (origin/HEAD, origin/main, origin/master, main or master) is in the clone to compare with. ` +
                'Set fetch-depth: 0 on actions/checkout so the clone contains the default branch',
        };
    }
    const defaultCommit = await lookUpCommit(search, defaultRef, 'default branch');
    const mergeBase = defaultCommit.found
        ? await findMergeBase(search, { ref: defaultRef, sha: defaultCommit.sha }, { ref: headSha, sha: headSha }, true)
        : defaultCommit;
    if (mergeBase.found)
        return mergeBase;
    return {
        found: false,
        reason: `${situation}, so it is compared with its merge base with ${defaultRef}, which was not found. ${mergeBase.reason}`,
    };
}
async function buildScope(search, comparison, onWorkingTreeIndex) {
    const scope = { mode: comparison.mode, headSha: comparison.headSha, notes: search.notes, ...(comparison.shallow === undefined ? {} : { shallow: comparison.shallow }) };
    if (!comparison.base.found) {
        return { ...scope, baseSha: null, files: [], fullRunReason: comparison.base.reason };
    }
    const baseSha = comparison.base.sha;
    if (!comparison.workingTree)
        return { ...scope, baseSha, files: await diffCommits(search.root, baseSha, comparison.headSha), fullRunReason: null };
    const diff = await diffWorkingTree(search.root, baseSha);
    onWorkingTreeIndex?.(diff.index);
    return { ...scope, baseSha, files: diff.files, fullRunReason: null };
}


/***/ }),

/***/ 64818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OL: () => (/* binding */ toParseProblem),
/* harmony export */   Xk: () => (/* binding */ expectObject),
/* harmony export */   lk: () => (/* binding */ parseJsonText),
/* harmony export */   qV: () => (/* binding */ objectField),
/* harmony export */   t$: () => (/* binding */ positionAt),
/* harmony export */   tE: () => (/* binding */ TextSyntaxError),
/* harmony export */   u9: () => (/* binding */ optionalObject)
/* harmony export */ });
/**
 * Problems in manifests and lockfiles that could not be read. The readers
 * return them instead of throwing, because a file that cannot be read widens
 * the run to every test and must never stop it.
 */
/** A syntax or structure problem that a reader throws and `toParseProblem` turns into a result. */
class TextSyntaxError extends Error {
    problem;
    line;
    column;
    constructor(problem, line, column) {
        super(problem);
        this.problem = problem;
        this.line = line;
        this.column = column;
        this.name = 'TextSyntaxError';
    }
}
/** Describes `error` as a problem of `file` on `side`. */
function toParseProblem(error, file, side) {
    let where = '';
    if (error.line !== undefined)
        where = ` at line ${error.line}`;
    if (error.line !== undefined && error.column !== undefined)
        where += `, column ${error.column}`;
    const problem = {
        file,
        side,
        // The head may be the working tree of a local run, so only the base is called a commit.
        message: `${file} at the ${side === 'base' ? 'base commit' : 'head'} could not be read${where}: ${error.problem}`,
    };
    if (error.line !== undefined)
        problem.line = error.line;
    if (error.column !== undefined)
        problem.column = error.column;
    return problem;
}
/** 1-based line and column of the UTF-16 offset `offset` in `text`. */
function positionAt(text, offset) {
    let line = 1;
    let lineStart = 0;
    for (let index = text.indexOf('\n'); index >= 0 && index < offset; index = text.indexOf('\n', index + 1)) {
        line++;
        lineStart = index + 1;
    }
    return { line, column: offset - lineStart + 1 };
}
/**
 * Parses JSON text, throwing `TextSyntaxError` with the position of a syntax
 * error. V8 names the offset in its message ("at position 42") on Node 20
 * and later, and reports a truncated text as "Unexpected end of JSON input".
 */
function parseJsonText(text) {
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    try {
        return JSON.parse(body);
    }
    catch (error) {
        if (!(error instanceof SyntaxError))
            throw error;
        const offset = /at position (\d+)/.exec(error.message)?.[1];
        const position = positionAt(body, offset === undefined ? body.length : Number(offset));
        const problem = error.message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
        throw new TextSyntaxError(`invalid JSON (${problem})`, position.line, position.column);
    }
}
/** Returns `value` as a plain object, or throws `TextSyntaxError` naming `where`. */
function expectObject(value, where) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new TextSyntaxError(`${where} is not an object`);
    }
    return value;
}
/**
 * Returns `value` as a plain object, with an empty object for a missing
 * value. YAML read with the failsafe schema gives `''` for a key without a
 * value, so that counts as missing too.
 */
function optionalObject(value, where) {
    return value === undefined || value === null || value === '' ? {} : expectObject(value, where);
}
/**
 * Returns the object at `key` of `parent` as `optionalObject` does, or throws
 * when it is another type. Only own properties count, so a key taken from the
 * file, such as `constructor`, never reads Object.prototype.
 */
function objectField(parent, key, where) {
    return optionalObject(Object.hasOwn(parent, key) ? parent[key] : undefined, `${where}.${key}`);
}


/***/ }),

/***/ 50552:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ describeUntrackedFiles),
  x: () => (/* binding */ listUntrackedFiles)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: ./src/git/git-path.ts
var git_path = __webpack_require__(74030);
// EXTERNAL MODULE: ./src/git/run-git.ts
var run_git = __webpack_require__(16148);
;// CONCATENATED MODULE: ./src/impact/change/content-stats.ts
/**
 * Line counts and the binary check for files that git has not diffed, such
 * as untracked files, following the rules of git's diff machinery so they
 * read the same as `git diff --numstat` counts.
 */
/**
 * Files above git's default `core.bigFileThreshold` of 512 MiB, which git
 * treats as binary without reading them.
 */
const BIG_FILE_BYTES = 512 * 1024 * 1024;
/** Bytes that git inspects for a NUL to call content binary (`FIRST_FEW_BYTES` in git's xdiff-interface.c). */
const BINARY_CHECK_BYTES = 8000;
/** Checks content the way git's `buffer_is_binary` does: binary when the first 8000 bytes contain a NUL. */
function looksBinary(content) {
    return content.subarray(0, BINARY_CHECK_BYTES).includes(0);
}
/** Number of lines as `git diff --numstat` counts an added file: a last line without a newline counts too. */
function countLines(content) {
    if (content.length === 0)
        return 0;
    let lines = 0;
    let position = content.indexOf(0x0a);
    while (position >= 0) {
        lines++;
        position = content.indexOf(0x0a, position + 1);
    }
    return content[content.length - 1] === 0x0a ? lines : lines + 1;
}

;// CONCATENATED MODULE: ./src/impact/change/untracked-files.ts
/**
 * Untracked files that are not ignored, as added files of a local run. Git has
 * no diff of them, so their line counts and binary flags follow git's rules
 * here (see content-stats.ts).
 */




/**
 * Lists the untracked files under `root` that .gitignore, .git/info/exclude
 * and core.excludesFile do not exclude, as `added` changes. A nested git
 * repository, which git lists as a folder, is one added path without lines,
 * like a submodule. A file removed between the listing and the read is left out.
 */
async function listUntrackedFiles(root) {
    const output = await (0,run_git/* runGitChecked */.lH)(root, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name']);
    return describeUntrackedFiles(root, (0,git_path/* decodeNulFields */.Vj)(output));
}
/** Describes untracked `paths` that git listed, as `listUntrackedFiles` does. */
async function describeUntrackedFiles(root, paths) {
    if (paths.length === 0)
        return [];
    const diffOff = await pathsWithDiffUnset(root, paths);
    const files = [];
    for (const path of paths) {
        const file = await describeUntrackedFile(root, path, diffOff.has(path));
        if (file)
            files.push(file);
    }
    return files;
}
async function describeUntrackedFile(root, listed, diffUnset) {
    if (listed.endsWith('/')) {
        return { path: listed.slice(0, -1), status: 'added', binary: false, addedLines: 0, deletedLines: 0 };
    }
    const location = Buffer.concat([Buffer.from(`${root}/`, 'utf8'), (0,git_path/* encodeGitPath */.Gh)(listed)]);
    const content = await readContent(location, diffUnset);
    if (content === undefined)
        return undefined;
    if (content === 'binary' || looksBinary(content)) {
        return { path: listed, status: 'added', binary: true, addedLines: 0, deletedLines: 0 };
    }
    return { path: listed, status: 'added', binary: false, addedLines: countLines(content), deletedLines: 0 };
}
/**
 * Reads what git would diff: a symlink's target, or a file's bytes. Returns
 * `binary` without reading when git would call the file binary anyway, and
 * undefined when the path is gone or is not a file.
 */
async function readContent(location, diffUnset) {
    try {
        const stats = await (0,promises_.lstat)(location);
        if (stats.isSymbolicLink())
            return await (0,promises_.readlink)(location, { encoding: 'buffer' });
        if (!stats.isFile())
            return undefined;
        if (diffUnset || stats.size > BIG_FILE_BYTES)
            return 'binary';
        return await (0,promises_.readFile)(location);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR')
            return undefined;
        throw error;
    }
}
/**
 * Paths whose `diff` attribute is unset (`-diff`, or the `binary` macro),
 * which git diffs as binary whatever they contain. One `git check-attr`
 * process reads all paths. With `-z`, its input is NUL-separated paths and
 * its output is `<path> NUL <attribute> NUL <value> NUL` per path.
 */
async function pathsWithDiffUnset(root, paths) {
    const input = Buffer.concat(paths.flatMap((path) => [(0,git_path/* encodeGitPath */.Gh)(path), Buffer.of(0)]));
    const output = await (0,run_git/* runGitWithInputChecked */.f6)(root, ['check-attr', '-z', '--stdin', 'diff'], input);
    const fields = (0,git_path/* splitNulFields */.ze)(output);
    const unset = new Set();
    for (let index = 0; index + 2 < fields.length; index += 3) {
        if (fields[index + 2].toString('latin1') === 'unset')
            unset.add((0,git_path/* decodeGitPath */.yV)(fields[index]));
    }
    return unset;
}


/***/ }),

/***/ 25126:
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

/***/ 5939:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zv: () => (/* binding */ listNames)
/* harmony export */ });
/* harmony import */ var _display_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(25126);
/* harmony import */ var _report_count_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(60333);
/**
 * Wording of factor details: counts with their noun, and names in double
 * quotes, in the visible form of `displayText`, so a name with spaces,
 * quotes or a line break reads as one value in every renderer.
 */




/** Joins up to `max` quoted names with commas and `and`, followed by `and N more` when some are left out. */
function listNames(names, max = 3) {
    const shown = names.slice(0, max).map(_display_text_js__WEBPACK_IMPORTED_MODULE_0__/* .quoteName */ .A);
    const hidden = names.length - shown.length;
    if (hidden > 0)
        return `${shown.join(', ')} and ${(0,_report_count_text_js__WEBPACK_IMPORTED_MODULE_1__/* .formatCount */ .B4)(hidden)} more`;
    if (shown.length <= 1)
        return shown.join('');
    return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}


/***/ }),

/***/ 22011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ parseJsonc)
/* harmony export */ });
/* harmony import */ var _change_parse_problem_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(64818);
/**
 * A reader of JSON with comments, the format of tsconfig.json and
 * jsconfig.json. Like TypeScript 5.9's config parser, it accepts `//` and
 * `/* *\/` comments, trailing commas, and JavaScript escapes and number forms
 * such as `0x10`, and it rejects single-quoted strings and unquoted property
 * names.
 */

/** Objects nested deeper than this are rejected, so that a hostile file cannot overflow the stack. */
const MAX_NESTING = 1000;
const NUMBER = /-?(?:0[xX][0-9a-fA-F]+|0[bB][01]+|0[oO][0-7]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const WORD = /[A-Za-z_$][\w$]*/y;
/** A string on one line, for messages. */
const STRING = /"(?:[^"\\\n\r]|\\.)*"?/y;
/** The rest of a line, from the `//` of a comment up to the line break. */
const LINE_REST = /[^\n\r\u2028\u2029]*/y;
const SIMPLE_ESCAPES = { b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };
/**
 * Parses `text` and returns its value, or undefined when the text contains
 * only whitespace and comments. Throws `TextSyntaxError` with the line and
 * column of the first error.
 */
function parseJsonc(text) {
    const strict = readStrictJson(text);
    if (strict !== NOT_STRICT)
        return strict;
    const reader = new JsoncReader(text);
    reader.skipTrivia();
    if (reader.atEnd())
        return undefined;
    const value = reader.readValue(0);
    reader.skipTrivia();
    if (!reader.atEnd())
        reader.fail(`unexpected ${reader.describeNext()} after the end of the value`);
    return value;
}
/** Marks a text that `readStrictJson` leaves to the reader below. */
const NOT_STRICT = Symbol('not strict JSON');
/**
 * Returns the value of `text` when it is strict JSON, or `NOT_STRICT`.
 * Strict JSON is a subset of this format, and `JSON.parse` gives the value
 * the reader below gives for it: the same escapes, numbers, last duplicate
 * key, and `__proto__` as an own property. It reads natively, where the
 * reader runs as script code: most tsconfig files have no comments (110 of
 * TanStack/query's 147), and reading them took about 6 ms in CPU profiles of
 * a cold impact run there. A text with more brackets than `MAX_NESTING` may nest deeper
 * than the reader allows, so the reader decides it.
 */
function readStrictJson(text) {
    if (text.length > MAX_NESTING && (text.match(/[[{]/g)?.length ?? 0) > MAX_NESTING)
        return NOT_STRICT;
    try {
        return JSON.parse(text);
    }
    catch {
        return NOT_STRICT;
    }
}
class JsoncReader {
    text;
    offset;
    constructor(text) {
        this.text = text;
        this.offset = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    }
    atEnd() {
        return this.offset >= this.text.length;
    }
    readValue(nesting) {
        const char = this.text[this.offset];
        if (char === '{')
            return this.readObject(nesting + 1);
        if (char === '[')
            return this.readArray(nesting + 1);
        if (char === '"')
            return this.readString();
        if (char === "'")
            this.fail('strings need double quotes');
        NUMBER.lastIndex = this.offset;
        const number = NUMBER.exec(this.text);
        if (number)
            return this.readNumber(number[0]);
        WORD.lastIndex = this.offset;
        const word = WORD.exec(this.text)?.[0];
        if (word === 'true' || word === 'false' || word === 'null') {
            this.offset += word.length;
            if (word === 'null')
                return null;
            return word === 'true';
        }
        return this.fail(`expected a value (a string, number, object, array, true, false or null) but found ${this.describeNext()}`);
    }
    /** Skips whitespace and comments. */
    skipTrivia() {
        const { text } = this;
        while (this.offset < text.length) {
            const char = text[this.offset];
            if (/\s/.test(char) || char === '\ufeff') {
                this.offset++;
            }
            else if (text.startsWith('//', this.offset)) {
                LINE_REST.lastIndex = this.offset;
                this.offset += LINE_REST.exec(text)[0].length;
            }
            else if (text.startsWith('/*', this.offset)) {
                const close = text.indexOf('*/', this.offset + 2);
                if (close === -1)
                    this.fail("the comment has no closing '*/'");
                this.offset = close + 2;
            }
            else {
                return;
            }
        }
    }
    /** Describes the text at the offset for a message: a quoted token or "the end of the file". */
    describeNext() {
        if (this.atEnd())
            return 'the end of the file';
        WORD.lastIndex = this.offset;
        STRING.lastIndex = this.offset;
        const token = WORD.exec(this.text)?.[0] ?? STRING.exec(this.text)?.[0] ?? this.text[this.offset];
        return `'${token.length > 40 ? `${token.slice(0, 40)}…` : token}'`;
    }
    /** Throws the error `problem` at the current offset. */
    fail(problem, offset = this.offset) {
        const { line, column } = (0,_change_parse_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .positionAt */ .t$)(this.text, offset);
        throw new _change_parse_problem_js__WEBPACK_IMPORTED_MODULE_0__/* .TextSyntaxError */ .tE(problem, line, column);
    }
    readObject(nesting) {
        if (nesting > MAX_NESTING)
            this.fail(`objects and arrays are nested more than ${MAX_NESTING} levels deep`);
        const object = {};
        this.offset++;
        for (;;) {
            this.skipTrivia();
            if (this.consume('}'))
                return object;
            if (this.text[this.offset] !== '"')
                this.fail(`expected a property name in double quotes or '}' but found ${this.describeNext()}`);
            const name = this.readString();
            this.skipTrivia();
            if (!this.consume(':'))
                this.fail(`expected ':' after the property name but found ${this.describeNext()}`);
            this.skipTrivia();
            // defineProperty, because assigning "__proto__" would change the prototype instead of adding a property.
            Object.defineProperty(object, name, { value: this.readValue(nesting), enumerable: true, writable: true, configurable: true });
            this.skipTrivia();
            if (this.consume('}'))
                return object;
            if (!this.consume(','))
                this.fail(`expected ',' or '}' after the property value but found ${this.describeNext()}`);
        }
    }
    readArray(nesting) {
        if (nesting > MAX_NESTING)
            this.fail(`objects and arrays are nested more than ${MAX_NESTING} levels deep`);
        const array = [];
        this.offset++;
        for (;;) {
            this.skipTrivia();
            if (this.consume(']'))
                return array;
            array.push(this.readValue(nesting));
            this.skipTrivia();
            if (this.consume(']'))
                return array;
            if (!this.consume(','))
                this.fail(`expected ',' or ']' after the array element but found ${this.describeNext()}`);
        }
    }
    readNumber(text) {
        const negative = text.startsWith('-');
        const value = Number(negative ? text.slice(1) : text);
        this.offset += text.length;
        return negative ? -value : value;
    }
    /** Reads a double-quoted string with JavaScript escapes; the offset is at its opening quote. */
    readString() {
        const start = this.offset;
        const { text } = this;
        let value = '';
        let index = start + 1;
        for (;;) {
            const char = text[index];
            if (char === undefined || char === '\n' || char === '\r')
                this.fail('the string has no closing double quote', start);
            if (char === '"')
                break;
            if (char !== '\\') {
                value += char;
                index++;
                continue;
            }
            const [decoded, length] = this.readEscape(index);
            value += decoded;
            index += length;
        }
        this.offset = index + 1;
        return value;
    }
    /** Decodes the escape sequence at `index` (its backslash) and returns the text and the sequence's length. */
    readEscape(index) {
        const { text } = this;
        const letter = text[index + 1];
        if (letter === undefined)
            this.fail('the string has no closing double quote', index);
        const simple = SIMPLE_ESCAPES[letter];
        if (simple !== undefined)
            return [simple, 2];
        if (letter === 'u' || letter === 'x') {
            const braced = letter === 'u' && text[index + 2] === '{' ? /^\{([0-9a-fA-F]{1,6})\}/.exec(text.slice(index + 2, index + 11)) : null;
            if (braced)
                return [String.fromCodePoint(Number.parseInt(braced[1], 16)), 2 + braced[0].length];
            const digits = letter === 'u' ? 4 : 2;
            const hex = text.slice(index + 2, index + 2 + digits);
            if (!new RegExp(`^[0-9a-fA-F]{${digits}}$`).test(hex))
                this.fail(`invalid escape sequence '\\${letter}${hex}'`, index);
            return [String.fromCharCode(Number.parseInt(hex, 16)), 2 + digits];
        }
        // A line break after a backslash continues the string on the next line.
        if (letter === '\n' || letter === '\r')
            return ['', text.startsWith('\r\n', index + 1) ? 3 : 2];
        // Any other escaped character stands for itself, as in JavaScript: `\"`, `\\`, `\/`.
        return [letter, 2];
    }
    consume(char) {
        if (this.text[this.offset] !== char)
            return false;
        this.offset++;
        return true;
    }
}


/***/ })

};
