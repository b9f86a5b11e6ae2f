export const id = 685;
export const ids = [685];
export const modules = {

/***/ 6769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ unmatchedReasons),
/* harmony export */   z: () => (/* binding */ findReports)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3916);
/* harmony import */ var _repository_bounds_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7848);





/** Folders never searched for reports: dependencies and version control. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);
/**
 * Finds coverage reports under `root` for paths and globs. Each glob is walked
 * from its static base folder only, so `packages/*\/coverage/lcov.info` does
 * not read the whole tree. Patterns may not leave the repository.
 */
async function findReports(root, patterns, options = {}) {
    const found = new Set();
    const unmatched = [];
    for (const pattern of patterns) {
        const matches = options.allowOutside && isOutside(root, pattern) ? await findOutside(pattern) : await findPattern(root, pattern);
        if (matches.length === 0)
            unmatched.push(pattern);
        for (const match of matches)
            found.add(match);
    }
    return { files: [...found].sort(), unmatched };
}
/**
 * Explains named reports that matched nothing for a cause other than a
 * missing file: `-`, which would mean standard input, and a folder.
 */
async function unmatchedReasons(root, patterns) {
    const reasons = [];
    for (const pattern of patterns) {
        if (pattern === '-') {
            reasons.push('A report cannot be read from standard input ("-"). Write the report to a file and name that file.');
            continue;
        }
        if (picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(pattern).isGlob)
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) ? pattern : (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, pattern);
        const stats = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path).catch(() => undefined);
        if (stats?.isDirectory()) {
            reasons.push(`Coverage report ${pattern} is a folder. Name the report file in it, such as ${pattern}/lcov.info, or a glob such as ${pattern}/**/lcov.info.`);
        }
    }
    return reasons;
}
function isOutside(root, pattern) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(pattern) && !(0,_repository_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideFolder */ .z)(root, pattern);
}
/** Finds an explicit file outside the repository; globs are not expanded there. */
async function findOutside(path) {
    try {
        return (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path)).isFile() ? [path] : [];
    }
    catch {
        return [];
    }
}
async function findPattern(root, pattern) {
    const normalized = normalizePattern(root, pattern);
    const scan = picomatch__WEBPACK_IMPORTED_MODULE_4___default().scan(normalized);
    if (!scan.isGlob) {
        return (await isFileInside(root, normalized)) ? [normalized] : [];
    }
    const matcher = picomatch__WEBPACK_IMPORTED_MODULE_4___default()(normalized, { dot: true });
    const base = scan.base;
    // The walk skips links inside the tree, but the base folder itself is opened
    // by name, so check that it does not lead out of the repository.
    if (base && !(await isInside(root, base)))
        return [];
    const matches = [];
    await walk(root, base, (path) => {
        if (matcher(path))
            matches.push(path);
    });
    return matches;
}
/** Turns a user pattern into a repository-relative POSIX pattern, rejecting ones outside the repository. */
function normalizePattern(root, pattern) {
    let value = pattern.trim().replaceAll('\\', '/');
    if ((0,node_path__WEBPACK_IMPORTED_MODULE_1__.isAbsolute)(value)) {
        if (!(0,_repository_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideFolder */ .z)(root, value)) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Report path "${pattern}" is outside the repository ${root}. Give a path inside the repository, relative to its root.`);
        }
        value = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(root, value).split(node_path__WEBPACK_IMPORTED_MODULE_1__.sep).join('/');
    }
    value = value.replace(/^(\.\/)+/, '');
    if (value.split('/').includes('..')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo(`Report path "${pattern}" contains "..". Give a path inside the repository, relative to its root.`);
    }
    return value;
}
async function walk(root, folder, visit) {
    let entries;
    try {
        entries = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, folder), { withFileTypes: true });
    }
    catch {
        return; // A base folder that does not exist simply matches nothing.
    }
    for (const entry of entries) {
        const path = folder ? `${folder}/${entry.name}` : entry.name;
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name))
                await walk(root, path, visit);
        }
        else if (entry.isFile()) {
            visit(path);
        }
    }
}
/** True for a regular file whose real path, after following links, is inside the repository. */
async function isFileInside(root, path) {
    try {
        return (await isInside(root, path)) && (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path))).isFile();
    }
    catch {
        return false;
    }
}
/** True when the real path of `path`, after following links, is inside the real repository root. */
async function isInside(root, path) {
    try {
        const [realRoot, realTarget] = await Promise.all([(0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)(root), (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.realpath)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(root, path))]);
        return (0,_repository_bounds_js__WEBPACK_IMPORTED_MODULE_3__/* .isInsideFolder */ .z)(realRoot, realTarget);
    }
    catch {
        return false;
    }
}


/***/ }),

/***/ 3309:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  y: () => (/* binding */ XmlByteScanner)
});

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-chars.ts
/**
 * Byte and code point classes of XML 1.0 (fifth edition): the `Char`,
 * `NameStartChar` and `NameChar` productions, and the UTF-8 sequence rules
 * the byte reader needs.
 */
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const QUOTE = 0x22;
const HASH = 0x23;
const AMPERSAND = 0x26;
const APOSTROPHE = 0x27;
const HYPHEN = 0x2d;
const SLASH = 0x2f;
const SEMICOLON = 0x3b;
const LT = 0x3c;
const EQUALS = 0x3d;
const GT = 0x3e;
const QUESTION = 0x3f;
const EXCLAMATION = 0x21;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** `NAME_BYTE[b]`: 1 for an ASCII name character, 2 for the first byte of a multi-byte UTF-8 sequence, 0 otherwise. */
const NAME_BYTE = new Uint8Array(256);
/** `NAME_START_BYTE[b]`: like `NAME_BYTE`, without digits, `-` and `.`, which cannot start a name. */
const NAME_START_BYTE = new Uint8Array(256);
for (let b = 0; b < 128; b++) {
    const letter = (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f || b === 0x3a;
    const other = (b >= 0x30 && b <= 0x39) || b === HYPHEN || b === 0x2e;
    NAME_START_BYTE[b] = letter ? 1 : 0;
    NAME_BYTE[b] = letter || other ? 1 : 0;
}
for (let b = 0xc0; b < 256; b++) {
    NAME_START_BYTE[b] = 2;
    NAME_BYTE[b] = 2;
}
/** True for the XML whitespace bytes: space, tab, line feed and carriage return. */
function isSpace(b) {
    return b === SPACE || b === LF || b === TAB || b === CR;
}
/** True for a byte below 0x20 that the `Char` production excludes (all but tab, line feed and carriage return). */
function isControl(b) {
    return b < SPACE && b !== TAB && b !== LF && b !== CR;
}
/** True for a code point that the `Char` production allows. */
function isXmlChar(code) {
    if (code < SPACE)
        return code === TAB || code === LF || code === CR;
    if (code <= 0xd7ff)
        return true;
    if (code < 0xe000)
        return false;
    if (code <= 0xfffd)
        return true;
    return code >= 0x10000 && code <= 0x10ffff;
}
/** True for a code point of 0x80 or above that `NameStartChar` allows. */
function isNameStartCodePoint(code) {
    return ((code >= 0xc0 && code <= 0xd6) ||
        (code >= 0xd8 && code <= 0xf6) ||
        (code >= 0xf8 && code <= 0x2ff) ||
        (code >= 0x370 && code <= 0x37d) ||
        (code >= 0x37f && code <= 0x1fff) ||
        (code >= 0x200c && code <= 0x200d) ||
        (code >= 0x2070 && code <= 0x218f) ||
        (code >= 0x2c00 && code <= 0x2fef) ||
        (code >= 0x3001 && code <= 0xd7ff) ||
        (code >= 0xf900 && code <= 0xfdcf) ||
        (code >= 0xfdf0 && code <= 0xfffd) ||
        (code >= 0x10000 && code <= 0xeffff));
}
/** True for a code point of 0x80 or above that `NameChar` allows. */
function isNameCodePoint(code) {
    return isNameStartCodePoint(code) || code === 0xb7 || (code >= 0x300 && code <= 0x36f) || (code >= 0x203f && code <= 0x2040);
}
/**
 * Returns how many bytes the UTF-8 sequence starting at `buffer[index]` takes:
 * the lead byte and the continuation bytes (0x80 to 0xBF) that follow it, up
 * to the length the lead byte announces. Returns 0 when the buffer ends
 * before the sequence does. A stray continuation byte or an invalid lead byte
 * counts as a sequence of 1, which decoding turns into U+FFFD.
 */
function sequenceLength(buffer, index, end) {
    const lead = buffer[index];
    let expected = 1;
    if (lead >= 0xf0)
        expected = lead <= 0xf4 ? 4 : 1;
    else if (lead >= 0xe0)
        expected = 3;
    else if (lead >= 0xc2)
        expected = 2;
    let length = 1;
    while (length < expected) {
        if (index + length >= end)
            return 0;
        if ((buffer[index + length] & 0xc0) !== 0x80)
            break;
        length++;
    }
    return length;
}
/** Decodes a complete, valid UTF-8 sequence of `length` bytes (2 to 4); returns -1 for an overlong or otherwise invalid one. */
function decodeSequence(buffer, index, length) {
    const lead = buffer[index];
    if (length === 2 && lead >= 0xc2 && lead <= 0xdf)
        return ((lead & 0x1f) << 6) | (buffer[index + 1] & 0x3f);
    if (length === 3 && lead >= 0xe0 && lead <= 0xef) {
        const code = ((lead & 0x0f) << 12) | ((buffer[index + 1] & 0x3f) << 6) | (buffer[index + 2] & 0x3f);
        return code >= 0x800 && (code < 0xd800 || code > 0xdfff) ? code : -1;
    }
    if (length === 4 && lead >= 0xf0 && lead <= 0xf4) {
        const code = ((lead & 0x07) << 18) | ((buffer[index + 1] & 0x3f) << 12) | ((buffer[index + 2] & 0x3f) << 6) | (buffer[index + 3] & 0x3f);
        return code >= 0x10000 && code <= 0x10ffff ? code : -1;
    }
    return -1;
}
/** True when the complete sequence at `index` is U+FFFE or U+FFFF, the two non-characters `Char` excludes below U+10000. */
function isExcludedNonCharacter(buffer, index, length) {
    return length === 3 && buffer[index] === 0xef && buffer[index + 1] === 0xbf && (buffer[index + 2] & 0xfe) === 0xbe;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-markup.ts
/**
 * The markup a coverage report may contain besides elements: comments,
 * CDATA sections, processing instructions, the XML declaration and a
 * DOCTYPE. Each scanner starts at the `<` and returns the index after the
 * construct's final `>`, or -1 when the buffer ends first.
 */

const CDATA_OPEN = Buffer.from('<![CDATA[');
const DOCTYPE_OPEN = Buffer.from('<!DOCTYPE');
const ENTITY_DECLARATION = Buffer.from('<!ENTITY');
/** Kinds of `<!` markup, by their opening bytes. */
const BANG_COMMENT = 1;
const BANG_CDATA = 2;
const BANG_DOCTYPE = 3;
/**
 * Tells which `<!` construct starts at `index`: a comment, a CDATA section or
 * a DOCTYPE. Returns 0 when the buffer ends before that is known.
 */
function bangKind(context, index) {
    const { buffer, end } = context;
    if (index + 2 >= end)
        return 0;
    if (buffer[index + 2] === HYPHEN) {
        if (index + 3 >= end)
            return 0;
        if (buffer[index + 3] === HYPHEN)
            return BANG_COMMENT;
        context.fail('invalid markup after "<!-"', index + 4);
    }
    for (const [opening, kind] of [
        [CDATA_OPEN, BANG_CDATA],
        [DOCTYPE_OPEN, BANG_DOCTYPE],
    ]) {
        let matched = 2;
        while (matched < opening.length && index + matched < end && buffer[index + matched] === opening[matched])
            matched++;
        if (matched === opening.length)
            return kind;
        if (index + matched >= end)
            return 0;
        if (matched > 2)
            context.fail(`invalid markup, expected ${opening.toString('latin1')}`, index + matched + 1);
    }
    return context.fail('invalid markup after "<!": expected a comment, a CDATA section or a DOCTYPE', index + 3);
}
/** Scans `<!-- ... -->`. XML forbids `--` inside a comment. */
function scanComment(context, index) {
    const { buffer, end } = context;
    for (let i = index + 4; i < end; i++) {
        if (buffer[i] === HYPHEN && i + 1 < end && buffer[i + 1] === HYPHEN) {
            if (i + 2 >= end)
                return -1;
            context.consumeByte(i);
            context.consumeByte(i + 1);
            if (buffer[i + 2] !== GT)
                context.fail('a comment contains "--", which XML allows only in the closing "-->"', i + 2);
            return i + 3;
        }
        if (buffer[i] === HYPHEN && i + 1 >= end)
            return -1;
        context.consumeByte(i);
    }
    return -1;
}
/** Scans `<![CDATA[ ... ]]>` and returns the index after it. The content is `buffer[index + 9, result - 3)`. */
function scanCdata(context, index) {
    const { buffer, end } = context;
    for (let i = index + CDATA_OPEN.length; i < end; i++) {
        if (buffer[i] === CLOSE_BRACKET && i + 2 < end && buffer[i + 1] === CLOSE_BRACKET && buffer[i + 2] === GT) {
            context.consumeByte(i);
            context.consumeByte(i + 1);
            context.consumeByte(i + 2);
            return i + 3;
        }
        if (buffer[i] === CLOSE_BRACKET && i + 2 >= end)
            return -1;
        context.consumeByte(i);
    }
    return -1;
}
/** Scans a processing instruction's data after its target, up to and including `?>`. */
function scanProcessingInstructionData(context, index) {
    const { buffer, end } = context;
    for (let i = index; i < end; i++) {
        if (buffer[i] === QUESTION) {
            if (i + 1 >= end)
                return -1;
            if (buffer[i + 1] === GT) {
                context.consumeByte(i);
                context.consumeByte(i + 1);
                return i + 2;
            }
        }
        context.consumeByte(i);
    }
    return -1;
}
/**
 * Scans a DOCTYPE up to its closing `>`, past quoted literals and an internal
 * subset in brackets, with the comments and processing instructions the
 * subset may contain. The declarations in the subset are not parsed, because
 * the reader rejects any DOCTYPE that declares entities and ignores the rest.
 */
function scanDoctype(context, index) {
    const { buffer, end } = context;
    let i = index + DOCTYPE_OPEN.length;
    if (i >= end)
        return -1;
    if (!isSpace(buffer[i]))
        context.fail('"<!DOCTYPE" must be followed by whitespace', i + 1);
    let quote = 0;
    let inSubset = false;
    for (; i < end; i++) {
        const b = buffer[i];
        if (quote !== 0) {
            if (b === quote)
                quote = 0;
        }
        else if (b === QUOTE || b === APOSTROPHE) {
            quote = b;
        }
        else if (inSubset && b === LT && i + 1 < end && buffer[i + 1] === QUESTION) {
            const next = scanProcessingInstructionData(context, i);
            if (next < 0)
                return -1;
            i = next - 1;
            continue;
        }
        else if (inSubset && b === LT && i + 3 < end && buffer[i + 1] === 0x21 && buffer[i + 2] === HYPHEN && buffer[i + 3] === HYPHEN) {
            const next = scanComment(context, i);
            if (next < 0)
                return -1;
            i = next - 1;
            continue;
        }
        else if (inSubset && b === LT && i + 3 >= end) {
            return -1;
        }
        else if (b === OPEN_BRACKET && !inSubset) {
            inSubset = true;
        }
        else if (b === CLOSE_BRACKET && inSubset) {
            inSubset = false;
        }
        else if (b === GT && !inSubset) {
            context.consumeByte(i);
            return i + 1;
        }
        context.consumeByte(i);
    }
    return -1;
}
/** True when `buffer[start, end)` contains `<!ENTITY`. */
function declaresEntities(buffer, start, end) {
    const found = buffer.indexOf(ENTITY_DECLARATION, start);
    return found >= 0 && found + ENTITY_DECLARATION.length <= end;
}
const DECLARATION = /^\s+version\s*=\s*(["'])1\.[0-9]+\1(?:\s+encoding\s*=\s*(["'])([A-Za-z][A-Za-z0-9._-]*)\2)?(?:\s+standalone\s*=\s*(["'])(?:yes|no)\4)?\s*$/;
/**
 * Parses the pseudo-attributes of an XML declaration, `buffer[start, end)`
 * between `<?xml` and `?>`. Returns the declared encoding, or undefined when
 * none is declared, and null when the declaration is malformed.
 */
function parseDeclaration(buffer, start, end) {
    const match = DECLARATION.exec(buffer.toString('latin1', start, end));
    if (!match)
        return null;
    return match[3];
}
/** True when the name `buffer[start, end)` is "xml" in any case, which only the XML declaration may use. */
function isXmlTarget(buffer, start, end) {
    return end - start === 3 && (buffer[start] | 0x20) === 0x78 && (buffer[start + 1] | 0x20) === 0x6d && (buffer[start + 2] | 0x20) === 0x6c;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-names.ts
/**
 * A table of element and attribute names already seen, so that a name that
 * repeats on every line of a report becomes a string once, and later
 * occurrences cost a hash and a byte comparison.
 */
const SLOT_COUNT = 1024;
/** Past this many names the table stops growing, so a report with millions of distinct names cannot fill memory through it. */
const MAX_ENTRIES = 512;
class NameTable {
    slots = new Array(SLOT_COUNT).fill(undefined);
    entryCount = 0;
    /**
     * Returns the name in `buffer[start, end)`, whose hash the caller computed
     * with `nextNameHash` over the same bytes.
     */
    lookup(buffer, start, end, hash) {
        const length = end - start;
        let slot = (hash ^ (hash >>> 11)) & (SLOT_COUNT - 1);
        for (;;) {
            const entry = this.slots[slot];
            if (entry === undefined)
                break;
            if (entry.hash === hash && entry.bytes.length === length && sameBytes(entry.bytes, buffer, start))
                return entry.name;
            slot = (slot + 1) & (SLOT_COUNT - 1);
        }
        const name = buffer.toString('utf8', start, end);
        if (this.entryCount < MAX_ENTRIES) {
            this.slots[slot] = { hash, bytes: Uint8Array.prototype.slice.call(buffer, start, end), name };
            this.entryCount++;
        }
        return name;
    }
}
/** Adds one byte to a name's hash. */
function nextNameHash(hash, b) {
    return (Math.imul(hash, 31) + b) | 0;
}
function sameBytes(bytes, buffer, start) {
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] !== buffer[start + i])
            return false;
    }
    return true;
}

// EXTERNAL MODULE: ./src/coverage/parsers/xml-syntax-error.ts
var xml_syntax_error = __webpack_require__(5453);
;// CONCATENATED MODULE: ./src/coverage/parsers/xml-references.ts
/** The five predefined entities of XML 1.0 and numeric character references (`&#233;`, `&#xE9;`). */

/**
 * Returns the code point a reference stands for, given the bytes between `&`
 * and `;` as `buffer[start, end)`. Returns -1 for an entity other than `lt`,
 * `gt`, `amp`, `apos` and `quot`, and for a character reference that is
 * malformed or names a code point that XML does not allow.
 */
function referenceCodePoint(buffer, start, end) {
    const first = buffer[start];
    if (first !== HASH)
        return predefinedEntity(buffer, start, end - start);
    const hex = buffer[start + 1] === 0x78;
    const digitsStart = start + (hex ? 2 : 1);
    if (digitsStart >= end)
        return -1;
    let code = 0;
    for (let i = digitsStart; i < end; i++) {
        const digit = digitValue(buffer[i], hex);
        if (digit < 0)
            return -1;
        code = code * (hex ? 16 : 10) + digit;
        // Past the largest code point the value can only grow, so stop before it loses precision.
        if (code > 0x10ffff)
            return -1;
    }
    return isXmlChar(code) ? code : -1;
}
/** Writes `code` as UTF-8 at `buffer[offset]` and returns the offset after it. */
function writeUtf8(buffer, offset, code) {
    if (code < 0x80) {
        buffer[offset] = code;
        return offset + 1;
    }
    if (code < 0x800) {
        buffer[offset] = 0xc0 | (code >> 6);
        buffer[offset + 1] = 0x80 | (code & 0x3f);
        return offset + 2;
    }
    if (code < 0x10000) {
        buffer[offset] = 0xe0 | (code >> 12);
        buffer[offset + 1] = 0x80 | ((code >> 6) & 0x3f);
        buffer[offset + 2] = 0x80 | (code & 0x3f);
        return offset + 3;
    }
    buffer[offset] = 0xf0 | (code >> 18);
    buffer[offset + 1] = 0x80 | ((code >> 12) & 0x3f);
    buffer[offset + 2] = 0x80 | ((code >> 6) & 0x3f);
    buffer[offset + 3] = 0x80 | (code & 0x3f);
    return offset + 4;
}
function predefinedEntity(buffer, start, length) {
    const a = buffer[start];
    const b = buffer[start + 1];
    if (length === 2 && b === 0x74) {
        if (a === 0x6c)
            return 0x3c; // lt
        if (a === 0x67)
            return 0x3e; // gt
    }
    else if (length === 3 && a === 0x61 && b === 0x6d && buffer[start + 2] === 0x70) {
        return 0x26; // amp
    }
    else if (length === 4 && buffer[start + 2] === 0x6f) {
        if (a === 0x61 && b === 0x70 && buffer[start + 3] === 0x73)
            return 0x27; // apos
        if (a === 0x71 && b === 0x75 && buffer[start + 3] === 0x74)
            return 0x22; // quot
    }
    return -1;
}
function digitValue(b, hex) {
    if (b >= 0x30 && b <= 0x39)
        return b - 0x30;
    if (!hex)
        return -1;
    if (b >= 0x61 && b <= 0x66)
        return b - 0x61 + 10;
    if (b >= 0x41 && b <= 0x46)
        return b - 0x41 + 10;
    return -1;
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-tag.ts
/**
 * Start tags as the byte reader hands them to handlers. Attribute values stay
 * as byte ranges in the reader's buffer until a handler reads
 * `tag.attributes`, so tags that no handler inspects create no strings.
 */


/** The value contains `&`, so references must be expanded. */
const VALUE_HAS_REFERENCE = 1;
/** The value contains a tab, line feed or carriage return, which become spaces. */
const VALUE_HAS_WHITESPACE = 2;
/** The value contains bytes of 0x80 and above, so it is decoded as UTF-8. */
const VALUE_HAS_NON_ASCII = 4;
const EMPTY = Buffer.alloc(0);
/** Strings of "0" to "9999", created when first needed, because most attribute values in coverage reports are small counts. */
const SMALL_NUMBERS = new Array(10000).fill(undefined);
/** The attributes of the start tag the reader read last, as names and byte ranges of its buffer. */
class AttributeList {
    buffer = EMPTY;
    /** Counts start tags, so that a tag can tell whether this list still describes it. */
    generation = 0;
    count = 0;
    names = [];
    starts = [];
    ends = [];
    flags = [];
    /** Empties the list for the next start tag, whose bytes are in `buffer`. */
    reset(buffer) {
        this.buffer = buffer;
        this.count = 0;
        this.generation++;
    }
    /** Adds an attribute whose value is `buffer[start, end)`, or returns false when the tag already has one of this name. */
    add(name, start, end, flags) {
        const count = this.count;
        for (let i = 0; i < count; i++) {
            if (this.names[i] === name)
                return false;
        }
        this.names[count] = name;
        this.starts[count] = start;
        this.ends[count] = end;
        this.flags[count] = flags;
        this.count = count + 1;
        return true;
    }
    /** Decodes every attribute into a new record. */
    toRecord() {
        const record = {};
        for (let i = 0; i < this.count; i++) {
            const name = this.names[i];
            const value = decodeValue(this.buffer, this.starts[i], this.ends[i], this.flags[i]);
            // Assigning "__proto__" would replace the record's prototype instead of adding a property.
            if (name === '__proto__')
                Object.defineProperty(record, name, { value, enumerable: true, writable: true, configurable: true });
            else
                record[name] = value;
        }
        return record;
    }
}
/** A start tag whose attributes are decoded on first access. */
class ScannedTag {
    name;
    isSelfClosing;
    list;
    generation;
    record = undefined;
    constructor(name, isSelfClosing, list, generation) {
        this.name = name;
        this.isSelfClosing = isSelfClosing;
        this.list = list;
        this.generation = generation;
    }
    get attributes() {
        if (this.record === undefined) {
            if (this.list.generation !== this.generation) {
                throw new Error(`the attributes of <${this.name}> were read after the XML reader moved past its start tag`);
            }
            this.record = this.list.toRecord();
        }
        return this.record;
    }
}
/** Decodes an attribute value that the reader has already checked for well-formedness. */
function decodeValue(buffer, start, end, flags) {
    if (flags === 0)
        return end - start <= 4 ? shortAsciiValue(buffer, start, end) : buffer.toString('latin1', start, end);
    if (flags === VALUE_HAS_NON_ASCII)
        return buffer.toString('utf8', start, end);
    // A reference is never shorter than the UTF-8 bytes of its character, so the decoded bytes fit in the value's length.
    const decoded = Buffer.allocUnsafe(end - start);
    let length = 0;
    for (let i = start; i < end; i++) {
        const b = buffer[i];
        if (b === AMPERSAND) {
            const semicolon = buffer.indexOf(0x3b, i);
            length = writeUtf8(decoded, length, referenceCodePoint(buffer, i + 1, semicolon));
            i = semicolon;
        }
        else if (b === TAB || b === LF || b === CR) {
            decoded[length++] = 0x20;
            if (b === CR && buffer[i + 1] === LF)
                i++;
        }
        else {
            decoded[length++] = b;
        }
    }
    return decoded.toString('utf8', 0, length);
}
/** Returns a value of at most 4 ASCII bytes, from the cache when it is a count such as "0" or "1234". */
function shortAsciiValue(buffer, start, end) {
    let number = 0;
    for (let i = start; i < end; i++) {
        const digit = buffer[i] - 0x30;
        if (digit < 0 || digit > 9)
            return buffer.toString('latin1', start, end);
        number = number * 10 + digit;
    }
    // "007" and the empty value are not the decimal form of their number.
    if (end === start || (buffer[start] === 0x30 && end - start > 1))
        return buffer.toString('latin1', start, end);
    return (SMALL_NUMBERS[number] ??= String(number));
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-scan-state.ts
/**
 * State of the byte-level XML scanner that every layer of it shares: the
 * buffer being scanned, the line and column, the document stage and the open
 * elements, with the errors that point at a position. The layers are
 * `XmlTextScanner` (character data and references), `XmlTagScanner` (start
 * and end tags) and `XmlByteScanner` (chunks, markup and the document).
 */




// Stages of the document.
const START = 0;
const PROLOG = 1;
const IN_ROOT = 2;
const EPILOG = 3;
const xml_scan_state_EMPTY = Buffer.alloc(0);
class XmlScanState {
    events;
    buffer = xml_scan_state_EMPTY;
    end = 0;
    /** Text collected between `beginText` and `endText` of the report reader, or undefined when nothing is collected. */
    captured = undefined;
    /** Absolute offset of `buffer[0]` in the input. */
    base = 0;
    received = 0;
    final = false;
    // Line and column: a column counts characters, that is, bytes that are not UTF-8 continuation bytes.
    line = 1;
    /** Absolute offset of the first byte of the current line. */
    lineStart = 0;
    /** UTF-8 continuation bytes between `lineStart` and the scan position. */
    lineContinuations = 0;
    /** Absolute offset after the last carriage return, so that CR LF counts as one line break. */
    crEnd = -1;
    /** Absolute offset after the construct reported last, where handler errors point. */
    eventEnd = 0;
    stage = START;
    sawDoctype = false;
    /** Absolute offset after a byte order mark, the only place an XML declaration may start. */
    documentStart = 0;
    stack = [];
    /** Number of `]` just before the scan position in text, to find `]]>`, which text must not contain. */
    textBrackets = 0;
    nameHash = 0;
    referenceCode = 0;
    names = new NameTable();
    attributes = new AttributeList();
    constructor(events) {
        this.events = events;
    }
    /** Total bytes received so far. */
    get byteCount() {
        return this.received;
    }
    /** Position of the last character of the construct reported last, or of the end of the input after `finish`. */
    get position() {
        return this.positionAt(this.eventEnd);
    }
    fail(message, index) {
        throw this.error('malformed', message, this.base + index);
    }
    consumeByte(index) {
        const b = this.buffer[index];
        if (b < SPACE) {
            if (b === LF || b === CR)
                this.newline(index, b);
            else if (b !== TAB)
                this.fail('disallowed character', index + 1);
        }
        else if ((b & 0xc0) === 0x80) {
            this.lineContinuations++;
        }
    }
    error(kind, message, absoluteEnd) {
        return new xml_syntax_error/* XmlSyntaxError */.R(kind, message, this.positionAt(absoluteEnd));
    }
    positionAt(absoluteEnd) {
        return { line: this.line, column: Math.max(1, absoluteEnd - this.lineStart - this.lineContinuations) };
    }
    newline(index, b) {
        const absolute = this.base + index;
        if (b === CR) {
            this.line++;
            this.crEnd = absolute + 1;
        }
        else if (this.crEnd !== absolute) {
            this.line++;
        }
        this.lineStart = absolute + 1;
        this.lineContinuations = 0;
    }
    /** Adds the continuation bytes of `buffer[from, to)` to the column count, before an error inside a construct. */
    countContinuations(from, to) {
        for (let i = from; i < to; i++) {
            if ((this.buffer[i] & 0xc0) === 0x80)
                this.lineContinuations++;
        }
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-text-scanner.ts
/** The layer of the byte-level XML scanner that reads character data and references. */




// Byte classes of character data inside the root element.
const TEXT_PLAIN = 0;
const TEXT_LT = 1;
const TEXT_NEWLINE = 2;
const TEXT_AMPERSAND = 3;
const TEXT_BRACKET = 4;
const TEXT_GT = 5;
const TEXT_NON_ASCII = 6;
const TEXT_CONTROL = 7;
const TEXT_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
    if (b >= 0x80)
        TEXT_BYTE[b] = TEXT_NON_ASCII;
    else if (b === LT)
        TEXT_BYTE[b] = TEXT_LT;
    else if (b === LF || b === CR)
        TEXT_BYTE[b] = TEXT_NEWLINE;
    else if (b === AMPERSAND)
        TEXT_BYTE[b] = TEXT_AMPERSAND;
    else if (b === 0x5d)
        TEXT_BYTE[b] = TEXT_BRACKET;
    else if (b === GT)
        TEXT_BYTE[b] = TEXT_GT;
    else if (isControl(b))
        TEXT_BYTE[b] = TEXT_CONTROL;
}
class XmlTextScanner extends XmlScanState {
    /** Scans character data inside the root element up to the next `<`, collecting it when the reader asks for text. */
    text(start) {
        const { buffer, end } = this;
        const capturing = this.captured !== undefined;
        let brackets = this.textBrackets;
        let segment = start;
        let i = start;
        for (; i < end; i++) {
            const b = buffer[i];
            const kind = TEXT_BYTE[b];
            if (kind === TEXT_PLAIN) {
                brackets = 0;
                continue;
            }
            if (kind === TEXT_LT)
                break;
            if (kind === TEXT_NEWLINE) {
                if (capturing && (b === CR || this.crEnd === this.base + i)) {
                    // Line breaks are normalised: CR LF and a lone CR become LF.
                    this.captured += buffer.toString('utf8', segment, i) + (b === CR ? '\n' : '');
                    segment = i + 1;
                }
                this.newline(i, b);
                brackets = 0;
            }
            else if (kind === TEXT_AMPERSAND) {
                const next = this.reference(i);
                if (next < 0)
                    break;
                if (capturing)
                    this.captured += buffer.toString('utf8', segment, i) + String.fromCodePoint(this.referenceCode);
                segment = next;
                i = next - 1;
                brackets = 0;
            }
            else if (kind === TEXT_BRACKET) {
                brackets++;
            }
            else if (kind === TEXT_GT) {
                if (brackets >= 2)
                    this.fail('the text contains "]]>", which XML allows only to close a CDATA section', i + 1);
                brackets = 0;
            }
            else if (kind === TEXT_NON_ASCII) {
                const length = sequenceLength(buffer, i, end);
                if (length === 0)
                    break;
                if (isExcludedNonCharacter(buffer, i, length))
                    this.fail('disallowed character', i + 1);
                this.lineContinuations += length - 1;
                i += length - 1;
                brackets = 0;
            }
            else {
                this.fail('disallowed character', i + 1);
            }
        }
        if (capturing && segment < i)
            this.captured += buffer.toString('utf8', segment, i);
        this.textBrackets = brackets;
        return i;
    }
    /** Scans the whitespace before and after the root element, where no text may appear. */
    outsideText(i) {
        const { buffer, end } = this;
        for (; i < end; i++) {
            const b = buffer[i];
            if (b === SPACE || b === TAB)
                continue;
            if (b === LF || b === CR) {
                this.newline(i, b);
                continue;
            }
            if (b === LT)
                break;
            if (this.base + i === this.documentStart && b >= 0x80 && (b < 0xc2 || b > 0xf4)) {
                throw new xml_syntax_error/* XmlSyntaxError */.R('not-utf8', 'the file does not start with UTF-8 text', { line: 1, column: 1 });
            }
            if (isControl(b))
                this.fail('disallowed character', i + 1);
            this.fail('text data outside of root node', i + 1);
        }
        return i;
    }
    /** Scans `&...;` at `i`. Returns the index after the `;` and sets `referenceCode`, or returns -1 when the buffer ends first. */
    reference(i) {
        const { buffer, end } = this;
        let p = i + 1;
        for (; p < end; p++) {
            const b = buffer[p];
            if (b === SEMICOLON)
                break;
            if (NAME_BYTE[b] === 0 && b !== HASH) {
                this.countContinuations(i, p + 1);
                this.fail('invalid entity or character reference, which must be "&name;" or "&#number;"', p + 1);
            }
        }
        if (p >= end)
            return -1;
        const code = p === i + 1 ? -1 : referenceCodePoint(buffer, i + 1, p);
        if (code < 0) {
            this.countContinuations(i, p);
            if (buffer[i + 1] !== HASH && p > i + 1)
                throw this.error('undefined-entity', 'undefined entity', this.base + p + 1);
            this.fail('invalid character reference: it must name a character that XML allows, in decimal or after "x" in hexadecimal', p + 1);
        }
        this.referenceCode = code;
        return p + 1;
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-tag-scanner.ts
/** The layer of the byte-level XML scanner that reads start and end tags and their attributes. */





/** `VALUE_BYTE[b]` is 0 for a byte that an attribute value may contain as it is, 1 for one that needs a closer look. */
const VALUE_BYTE = new Uint8Array(256);
for (let b = 0; b < 256; b++) {
    VALUE_BYTE[b] = b < SPACE || b >= 0x80 || b === QUOTE || b === APOSTROPHE || b === AMPERSAND || b === LT ? 1 : 0;
}
class XmlTagScanner extends XmlTextScanner {
    /** Scans a name at `p`. Returns the index after it and sets `nameHash`, or returns -1 when the buffer ends first. */
    scanName(p) {
        const { buffer, end } = this;
        let hash = 0;
        const start = p;
        while (p < end) {
            const b = buffer[p];
            const kind = p === start ? NAME_START_BYTE[b] : NAME_BYTE[b];
            if (kind === 1) {
                hash = nextNameHash(hash, b);
                p++;
                continue;
            }
            if (kind === 0) {
                if (p === start)
                    this.fail('invalid character at the start of a name', p + 1);
                this.nameHash = hash;
                return p;
            }
            const length = sequenceLength(buffer, p, end);
            if (length === 0)
                return -1;
            const code = decodeSequence(buffer, p, length);
            this.lineContinuations += length - 1;
            if (code < 0 || !(p === start ? isNameStartCodePoint(code) : isNameCodePoint(code))) {
                this.fail('invalid character in a name', p + length);
            }
            for (let k = 0; k < length; k++)
                hash = nextNameHash(hash, buffer[p + k]);
            p += length;
        }
        return -1;
    }
    skipSpace(p) {
        const { buffer, end } = this;
        for (; p < end; p++) {
            const b = buffer[p];
            if (b === SPACE || b === TAB)
                continue;
            if (b === LF || b === CR) {
                this.newline(p, b);
                continue;
            }
            break;
        }
        return p;
    }
    /** Scans a start tag, calls the handlers, and returns the index after its `>`. */
    startTag(i) {
        const { buffer, end } = this;
        if (this.stage === EPILOG)
            this.fail('a second root element follows the root element, but a document has one', i + 2);
        const nameEnd = this.scanName(i + 1);
        if (nameEnd < 0)
            return -1;
        const name = this.names.lookup(buffer, i + 1, nameEnd, this.nameHash);
        const list = this.attributes;
        list.reset(buffer);
        const generation = list.generation;
        let p = nameEnd;
        let isSelfClosing = false;
        for (;;) {
            const spaceStart = p;
            p = this.skipSpace(p);
            if (p >= end)
                return -1;
            const b = buffer[p];
            if (b === GT)
                break;
            if (b === SLASH) {
                if (p + 1 >= end)
                    return -1;
                if (buffer[p + 1] !== GT)
                    this.fail('expected ">" after "/" in a start tag', p + 2);
                isSelfClosing = true;
                p++;
                break;
            }
            if (p === spaceStart)
                this.fail('attributes must be separated by whitespace', p + 1);
            p = this.attribute(p, list);
            if (p < 0)
                return -1;
        }
        const tag = new ScannedTag(name, isSelfClosing, list, generation);
        this.eventEnd = this.base + p + 1;
        if (this.stage !== IN_ROOT) {
            this.stage = IN_ROOT;
            this.events.root(tag);
        }
        this.events.openTag(tag);
        if (isSelfClosing) {
            this.events.closeTag(tag);
            if (this.stack.length === 0)
                this.stage = EPILOG;
        }
        else {
            // Decoded now, because the buffer will have been reused by the time the end tag arrives.
            if (list.count > 0)
                void tag.attributes;
            this.stack.push(tag);
        }
        return p + 1;
    }
    /** Scans `name="value"` at `p` into `list`. Returns the index after the closing quote, or -1 when the buffer ends first. */
    attribute(p, list) {
        const { buffer, end } = this;
        const nameStart = p;
        p = this.scanName(p);
        if (p < 0)
            return -1;
        const name = this.names.lookup(buffer, nameStart, p, this.nameHash);
        p = this.skipSpace(p);
        if (p >= end)
            return -1;
        if (buffer[p] !== EQUALS)
            this.fail(`attribute "${name}" has no value: expected "="`, p + 1);
        p = this.skipSpace(p + 1);
        if (p >= end)
            return -1;
        const quote = buffer[p];
        if (quote !== QUOTE && quote !== APOSTROPHE)
            this.fail('unquoted attribute value', p + 1);
        const valueStart = p + 1;
        let flags = 0;
        let q = valueStart;
        for (; q < end; q++) {
            const b = buffer[q];
            if (VALUE_BYTE[b] === 0)
                continue;
            if (b === quote)
                break;
            if (b === QUOTE || b === APOSTROPHE)
                continue;
            if (b === AMPERSAND) {
                const next = this.reference(q);
                if (next < 0)
                    return -1;
                flags |= VALUE_HAS_REFERENCE;
                q = next - 1;
            }
            else if (b === LT) {
                this.fail('"<" in an attribute value, which XML allows only as "&lt;"', q + 1);
            }
            else if (b === TAB || b === LF || b === CR) {
                if (b !== TAB)
                    this.newline(q, b);
                flags |= VALUE_HAS_WHITESPACE;
            }
            else if (b >= 0x80) {
                const length = sequenceLength(buffer, q, end);
                if (length === 0)
                    return -1;
                if (isExcludedNonCharacter(buffer, q, length))
                    this.fail('disallowed character', q + 1);
                this.lineContinuations += length - 1;
                q += length - 1;
                flags |= VALUE_HAS_NON_ASCII;
            }
            else {
                this.fail('disallowed character', q + 1);
            }
        }
        if (q >= end)
            return -1;
        if (!list.add(name, valueStart, q, flags))
            this.fail(`duplicate attribute "${name}"`, q + 1);
        return q + 1;
    }
    /** Scans an end tag, checks that it closes the innermost open element, and calls the handler. */
    endTag(i) {
        const { buffer, end } = this;
        const nameEnd = this.scanName(i + 2);
        if (nameEnd < 0)
            return -1;
        const p = this.skipSpace(nameEnd);
        if (p >= end)
            return -1;
        if (buffer[p] !== GT)
            this.fail('expected ">" to end the end tag', p + 1);
        const name = this.names.lookup(buffer, i + 2, nameEnd, this.nameHash);
        const tag = this.stack[this.stack.length - 1];
        if (tag === undefined || tag.name !== name)
            this.fail('unexpected close tag', p + 1);
        this.eventEnd = this.base + p + 1;
        this.stack.pop();
        this.events.closeTag(tag);
        if (this.stack.length === 0)
            this.stage = EPILOG;
        return p + 1;
    }
}

;// CONCATENATED MODULE: ./src/coverage/parsers/xml-bytes.ts
/**
 * A streaming XML 1.0 reader that scans UTF-8 bytes, for coverage reports.
 *
 * It reads each chunk in place. A construct that a chunk cuts off (a tag, a
 * comment, a reference, a multi-byte character) is copied into a carry
 * buffer and scanned again from its start once more bytes arrive. The carry
 * buffer is scanned again only when it has doubled in length since the last
 * attempt, so a construct of n bytes costs O(n) however the input is split.
 *
 * It checks well-formedness: matching tags, names, quoted and unique
 * attributes, references, characters, and what may appear outside the root
 * element. It never fetches a DTD and does not read declarations in the
 * DOCTYPE. It does not check namespaces, and it decodes invalid UTF-8 in
 * text and attribute values as U+FFFD, like Node's UTF-8 decoder.
 */




class XmlByteScanner extends XmlTagScanner {
    carry = xml_scan_state_EMPTY;
    carryLength = 0;
    /** Length of the carry buffer at the last scan that stopped inside a construct. */
    attemptLength = 0;
    /** Scans one chunk. The chunk is not used after this returns. */
    write(chunk) {
        if (chunk.length === 0)
            return;
        if (this.carryLength === 0) {
            this.base = this.received;
            this.received += chunk.length;
            const stop = this.scan(chunk, chunk.length);
            if (stop < chunk.length)
                this.startCarry(chunk, stop);
            return;
        }
        this.appendToCarry(chunk);
        this.received += chunk.length;
        if (this.carryLength >= 2 * this.attemptLength)
            this.scanCarry();
    }
    /** Scans what the chunks left over and checks that the document is complete. */
    finish() {
        this.final = true;
        if (this.carryLength > 0)
            this.scanCarry();
        this.eventEnd = this.received;
        const open = this.stack[this.stack.length - 1];
        if (open)
            throw this.error('truncated', `unclosed tag: ${open.name}`, this.received);
        if (this.stage !== EPILOG)
            throw this.error('no-root', 'document must contain a root element', this.received);
    }
    startCarry(chunk, from) {
        const length = chunk.length - from;
        if (this.carry.length < length)
            this.carry = Buffer.allocUnsafe(Math.max(length, 4096));
        chunk.copy(this.carry, 0, from);
        this.carryLength = length;
        this.attemptLength = length;
    }
    appendToCarry(chunk) {
        const needed = this.carryLength + chunk.length;
        if (this.carry.length < needed) {
            const grown = Buffer.allocUnsafe(Math.max(needed, this.carry.length * 2));
            this.carry.copy(grown, 0, 0, this.carryLength);
            this.carry = grown;
        }
        chunk.copy(this.carry, this.carryLength);
        this.carryLength = needed;
    }
    scanCarry() {
        this.base = this.received - this.carryLength;
        const stop = this.scan(this.carry, this.carryLength);
        this.carry.copyWithin(0, stop, this.carryLength);
        this.carryLength -= stop;
        this.attemptLength = this.carryLength;
    }
    /** Scans `buffer[0, end)` and returns the index of the first byte of a construct that continues past `end`, or `end`. */
    scan(buffer, end) {
        this.buffer = buffer;
        this.end = end;
        let i = 0;
        if (this.stage === START) {
            i = this.startDocument();
            if (i < 0)
                return this.stopAt(0);
        }
        while (i < end) {
            let next;
            if (buffer[i] === LT) {
                const line = this.line;
                const lineStart = this.lineStart;
                const lineContinuations = this.lineContinuations;
                const crEnd = this.crEnd;
                next = this.markup(i);
                if (next < 0) {
                    this.line = line;
                    this.lineStart = lineStart;
                    this.lineContinuations = lineContinuations;
                    this.crEnd = crEnd;
                    return this.stopAt(i);
                }
            }
            else {
                next = this.stage === IN_ROOT ? this.text(i) : this.outsideText(i);
                if (next < end && buffer[next] !== LT)
                    return this.stopAt(next);
            }
            i = next;
        }
        return end;
    }
    /** Returns `index`, where the scan stopped inside a construct, unless the input has ended, which makes that an error. */
    stopAt(index) {
        if (!this.final)
            return index;
        for (let i = index; i < this.end; i++) {
            const b = this.buffer[i];
            if (b === LF || b === CR)
                this.newline(i, b);
            else if ((b & 0xc0) === 0x80)
                this.lineContinuations++;
        }
        const open = this.stack[this.stack.length - 1];
        if (open)
            throw this.error('truncated', `unclosed tag: ${open.name}`, this.received);
        if (this.stage === EPILOG)
            throw this.error('malformed', 'the file ends inside markup after the root element', this.received);
        throw this.error('truncated', 'the file ends inside markup before the root element', this.received);
    }
    /** Skips a UTF-8 byte order mark. Returns the index after it, or -1 when the chunk ends inside one. */
    startDocument() {
        const { buffer, end } = this;
        let i = 0;
        if (buffer[0] === 0xef) {
            if (end < 3 && !this.final && (end === 1 || buffer[1] === 0xbb))
                return -1;
            if (end >= 3 && buffer[1] === 0xbb && buffer[2] === 0xbf) {
                i = 3;
                this.lineContinuations += 2;
            }
        }
        this.stage = PROLOG;
        this.documentStart = this.base + i;
        return i;
    }
    markup(i) {
        const { buffer, end } = this;
        if (i + 1 >= end)
            return -1;
        const b = buffer[i + 1];
        if (b === SLASH)
            return this.endTag(i);
        if (b === QUESTION)
            return this.processingInstruction(i);
        if (b === EXCLAMATION) {
            const kind = bangKind(this, i);
            if (kind === 0)
                return -1;
            if (kind === BANG_COMMENT)
                return scanComment(this, i);
            if (kind === BANG_CDATA)
                return this.cdata(i);
            return this.doctype(i);
        }
        return this.startTag(i);
    }
    cdata(i) {
        if (this.stage !== IN_ROOT)
            this.fail('a CDATA section appears outside the root element', i + 3);
        const next = scanCdata(this, i);
        if (next < 0)
            return -1;
        if (this.captured !== undefined) {
            const text = this.buffer.toString('utf8', i + 9, next - 3);
            this.captured += text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
        }
        this.textBrackets = 0;
        return next;
    }
    /** Scans `<?target data?>`, or the XML declaration when the target is "xml" at the start of the document. */
    processingInstruction(i) {
        const { buffer, end } = this;
        const targetEnd = this.scanName(i + 2);
        if (targetEnd < 0)
            return -1;
        if (targetEnd >= end || (buffer[targetEnd] === QUESTION && targetEnd + 1 >= end))
            return -1;
        const afterTarget = buffer[targetEnd];
        const closesNow = afterTarget === QUESTION && buffer[targetEnd + 1] === GT;
        if (!closesNow && afterTarget !== SPACE && afterTarget !== TAB && afterTarget !== LF && afterTarget !== CR) {
            this.fail('invalid character after a processing instruction target', targetEnd + 1);
        }
        const isDeclaration = isXmlTarget(buffer, i + 2, targetEnd);
        if (isDeclaration && this.base + i !== this.documentStart) {
            this.fail('an XML declaration may appear only at the start of the file', targetEnd);
        }
        const next = scanProcessingInstructionData(this, targetEnd);
        if (next < 0)
            return -1;
        if (isDeclaration) {
            const encoding = parseDeclaration(buffer, targetEnd, next - 2);
            if (encoding === null)
                this.fail('invalid XML declaration: expected version="1.0" and optional encoding and standalone', next);
            this.eventEnd = this.base + next;
            this.events.xmlDeclaration(encoding);
        }
        return next;
    }
    doctype(i) {
        if (this.stage !== PROLOG || this.sawDoctype)
            this.fail('a DOCTYPE may appear only once, before the root element', i + 2);
        const next = scanDoctype(this, i);
        if (next < 0)
            return -1;
        this.eventEnd = this.base + next;
        this.events.doctype(declaresEntities(this.buffer, i, next));
        this.sawDoctype = true;
        return next;
    }
}


/***/ }),

/***/ 5453:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ XmlSyntaxError)
/* harmony export */ });
/** A well-formedness error at a position of the input. */
class XmlSyntaxError extends Error {
    kind;
    position;
    constructor(kind, message, position) {
        super(message);
        this.kind = kind;
        this.position = position;
        this.name = 'XmlSyntaxError';
    }
}


/***/ })

};
