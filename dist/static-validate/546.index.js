export const id = 546;
export const ids = [546];
export const modules = {

/***/ 26165:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  LOCKFILE_NAMES: () => (/* reexport */ lockfile_names/* LOCKFILE_NAMES */.d),
  ROOT_PACKAGE: () => (/* reexport */ lockfile_names/* ROOT_PACKAGE */.W),
  diffLockfile: () => (/* binding */ diffLockfile)
});

// EXTERNAL MODULE: ./src/impact/resolve/repo-path.ts
var repo_path = __webpack_require__(81713);
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

// EXTERNAL MODULE: ./src/impact/change/parse-problem.ts
var parse_problem = __webpack_require__(64818);
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
    let parent = (0,repo_path/* folderOf */.yS)(folder);
    while ((0,repo_path/* baseName */.Fl)(parent) === 'node_modules')
        parent = (0,repo_path/* folderOf */.yS)(parent);
    return parent;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
;// CONCATENATED MODULE: ./src/impact/change/yaml-text.ts


/**
 * Parses YAML text with the failsafe schema, so every scalar stays a string
 * and a version such as `1.10` is not read as the number 1.1. Throws
 * `TextSyntaxError` with the position of the first error, or without a
 * position when aliases expand too often.
 */
function parseYamlText(text) {
    const document = (0,dist.parseDocument)(text, { schema: 'failsafe', uniqueKeys: true });
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
const ENTRY_FIELDS = ['dependencies', 'optionalDependencies'];
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
            dependencies: resolveDependencies(entry, ENTRY_FIELDS, '', major, key),
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
        const folder = (0,repo_path/* joinInRepository */.yz)('', path);
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
        const target = (0,repo_path/* joinInRepository */.yz)(folder, reference.slice('link:'.length));
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
        const statement = readStatement(cursor);
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
function readStatement(cursor) {
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

// EXTERNAL MODULE: ./src/impact/change/lockfile-names.ts
var lockfile_names = __webpack_require__(69171);
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









/**
 * Compares the two versions of one lockfile. A text that cannot be parsed
 * gives a problem with the file, side and position, for the caller to run
 * every test. A workspace package outside the lockfile's folder is never
 * affected. Affected packages keep the order of `workspaces`.
 */
function diffLockfile(request) {
    const fileName = (0,repo_path/* baseName */.Fl)(request.path);
    const manager = Object.hasOwn(lockfile_names/* LOCKFILE_NAMES */.d, fileName)
        ? lockfile_names/* LOCKFILE_NAMES */.d[fileName]
        : undefined;
    if (manager === undefined) {
        const names = Object.keys(lockfile_names/* LOCKFILE_NAMES */.d).join(', ');
        return { ok: false, problem: { file: request.path, side: 'head', message: `${request.path} is not a lockfile that TestMaster reads; it reads ${names}` } };
    }
    const lockfileFolder = (0,repo_path/* folderOf */.yS)(request.path);
    const inside = request.workspaces
        .filter((workspace) => (0,repo_path/* isInside */.FK)(workspace.folder, lockfileFolder))
        .map((workspace) => ({ workspace, folder: (0,repo_path/* relativeInside */.JA)(workspace.folder, lockfileFolder) }));
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
        affected.push({ name: lockfile_names/* ROOT_PACKAGE */.W, folder: lockfileFolder, changedDependencies: rootChanges });
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


/***/ })

};
