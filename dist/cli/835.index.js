export const id = 835;
export const ids = [835];
export const modules = {

/***/ 117:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   HD: () => (/* binding */ Float64Column),
/* harmony export */   eB: () => (/* binding */ viewColumn),
/* harmony export */   mH: () => (/* binding */ ColumnArena),
/* harmony export */   n3: () => (/* binding */ Int32Column),
/* harmony export */   oq: () => (/* binding */ NumberColumn)
/* harmony export */ });
/* harmony import */ var _count_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8984);
/**
 * Growable columns for parsers, and an arena that packs the finished columns
 * of many files into a few large typed arrays.
 *
 * Every typed array with a buffer of its own is a native allocation, and a
 * report has tens of thousands of files with several columns each. In a CPU
 * profile of the 100 MB lcov input of bench/, those allocations took about 15 %
 * of the parse. The arena copies finished columns into shared blocks and
 * returns views of them.
 */

/**
 * Numbers that a parser appends while it reads a file, in a plain array.
 * Plain arrays live in the JavaScript heap, where allocating and growing one
 * is cheaper than a typed array of its own, and XML parsers keep such
 * columns for every file of a report until the end. The finished column is
 * copied into a `ColumnArena` as a typed array of the narrowest type.
 */
class NumberColumn {
    /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
    values = [];
    length = 0;
    clear() {
        this.length = 0;
    }
    push(value) {
        if (this.length === this.values.length)
            this.values.push(value);
        else
            this.values[this.length] = value;
        this.length++;
    }
    at(index) {
        return this.values[index];
    }
    set(index, value) {
        this.values[index] = value;
    }
}
/**
 * A growable column of 32-bit signed integers. `ColumnArena.packInt32` copies
 * it into a narrower typed array with one native `set`, with no pass in
 * JavaScript.
 */
class Int32Column {
    /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
    values = new Int32Array(64);
    length = 0;
    clear() {
        this.length = 0;
    }
    /** Appends `value`, which must be an integer from -2^31 to 2^31 - 1. */
    push(value) {
        if (this.length === this.values.length) {
            const larger = new Int32Array(this.values.length * 2);
            larger.set(this.values);
            this.values = larger;
        }
        this.values[this.length++] = value;
    }
    at(index) {
        return this.values[index];
    }
}
/**
 * A growable column of numbers in a Float64Array, which stores every integer
 * up to 2^53 exactly. `ColumnArena.placeFloat64` copies it into a narrower
 * typed array with one native `set`, with no pass in JavaScript. It is a
 * class of its own beside `Int32Column`, so that each push site sees one
 * array type.
 */
class Float64Column {
    /** Backing store. The first `length` entries are the column, and `clear` keeps the rest as capacity. */
    values = new Float64Array(64);
    length = 0;
    clear() {
        this.length = 0;
    }
    push(value) {
        if (this.length === this.values.length) {
            const larger = new Float64Array(this.values.length * 2);
            larger.set(this.values);
            this.values = larger;
        }
        this.values[this.length++] = value;
    }
}
/** Bytes per arena block. */
const BLOCK_BYTES = 1024 * 1024;
/**
 * Returns an arena block that is not zeroed. Every column placed in it is
 * filled by the copy that places it, and no view covers the alignment gaps
 * between columns, so no byte that a report did not write is ever read.
 * `new ArrayBuffer` zeroes its memory with `calloc`, which on the 100 MB lcov
 * input of bench/ ran `memset` over reused heap memory for about 50 million
 * instructions, 1 % of the run (callgrind). Node allocates an unpooled
 * `allocUnsafeSlow` buffer with `malloc` instead.
 */
function uninitializedBlock(bytes) {
    return Buffer.allocUnsafeSlow(bytes).buffer;
}
/** Element types of placed columns, by the type code in a `ColumnRef`. */
const PLACED_TYPES = [Uint8Array, Int8Array, Uint16Array, Int16Array, Uint32Array, Int32Array, Float64Array];
/** Bytes per element of `PLACED_TYPES[code]`. */
const PLACED_SIZES = [1, 1, 2, 2, 4, 4, 8];
/**
 * Returns the index of `type` in `PLACED_TYPES`. It replaces `indexOf` and
 * reads of `BYTES_PER_ELEMENT`, a generic property load over seven
 * constructors, which together took about 0.3 % of the samples in a profile
 * of the 100 MB lcov input of bench/.
 */
function placedTypeCode(type) {
    if (type === Uint8Array)
        return 0;
    if (type === Int8Array)
        return 1;
    if (type === Uint16Array)
        return 2;
    if (type === Int16Array)
        return 3;
    if (type === Uint32Array)
        return 4;
    if (type === Int32Array)
        return 5;
    return 6;
}
/** Returns a view of the `length` elements of the column that `ref` places in `block`. */
function viewColumn(block, ref, length) {
    const type = PLACED_TYPES[ref % 8];
    return new type(block, Math.floor(ref / 8), length);
}
/**
 * Copies finished columns into shared blocks, each in the narrowest element
 * type that stores its values (see count-arrays.ts). A view keeps its whole
 * block alive, so one arena serves one report, whose files live and die
 * together. Columns longer than a quarter block get an array of their own.
 */
class ColumnArena {
    block = new ArrayBuffer(0);
    used = 0;
    stager = new _count_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnStager */ .ht();
    reserveView = (type, length) => this.reserve(type, length);
    /** Block of the group that `openGroup` opened, which is `block` unless the group needed one of its own. */
    group = new ArrayBuffer(0);
    groupUsed = 0;
    /** Place of the last column that `placeView` reserved. */
    placed = 0;
    placeView = (type, length) => {
        const code = placedTypeCode(type);
        const offset = this.reserveInGroup(PLACED_SIZES[code], length);
        this.placed = offset * 8 + code;
        return new type(this.group, offset, length);
    };
    /** Returns a copy of `source[0, length)`. */
    pack(source, length) {
        return this.stager.copy(source, length, this.reserveView);
    }
    /** Returns a copy of `source[0, length)` as `type`, which the caller knows stores every value exactly. */
    packAs(source, length, type) {
        return this.stager.copyAs(source, length, type, this.reserveView);
    }
    /**
     * Returns a copy of `source[0, length)` as `type`, which must store every
     * value exactly. V8 converts from an Int32Array with one native `set`, so
     * this needs no staging pass. It is a method of its own, because V8
     * deoptimized a copy method that received both plain arrays and Int32Arrays.
     */
    packInt32(source, length, type) {
        const target = this.reserve(type, length);
        target.set(source.subarray(0, length));
        return target;
    }
    /**
     * Starts a group of columns that lie in one block, `groupBlock`, so that a
     * table keeps one block and a `ColumnRef` per column instead of a view per
     * column. `maxBytes` must be at least the sum of the group's column sizes
     * plus 7 bytes of alignment per column. A group larger than a quarter
     * block gets a block of its own.
     */
    openGroup(maxBytes) {
        if (maxBytes > BLOCK_BYTES / 4) {
            this.group = uninitializedBlock(maxBytes);
            this.groupUsed = 0;
            return;
        }
        if (this.used + maxBytes > this.block.byteLength) {
            this.block = uninitializedBlock(BLOCK_BYTES);
            this.used = 0;
        }
        this.group = this.block;
        this.groupUsed = this.used;
    }
    /** Block of the columns placed since the last `openGroup`. */
    get groupBlock() {
        return this.group;
    }
    /** Copies `source[0, length)` into the open group as `type`, which must store every value exactly (see `packInt32`). */
    placeInt32(source, length, type) {
        const code = placedTypeCode(type);
        const offset = this.reserveInGroup(PLACED_SIZES[code], length);
        new type(this.group, offset, length).set(source.subarray(0, length));
        return offset * 8 + code;
    }
    /**
     * Copies `source[0, length)` into the open group as `type`, which must
     * store every value exactly. Like `placeInt32` it needs no staging pass,
     * and it is a method of its own for the same reason.
     */
    placeFloat64(source, length, type) {
        const code = placedTypeCode(type);
        const offset = this.reserveInGroup(PLACED_SIZES[code], length);
        new type(this.group, offset, length).set(source.subarray(0, length));
        return offset * 8 + code;
    }
    /** Copies the bytes `source[0, length)` into the open group as a Uint8Array column. */
    placeBytes(source, length) {
        const offset = this.reserveInGroup(1, length);
        new Uint8Array(this.group, offset, length).set(source.subarray(0, length));
        return offset * 8 + placedTypeCode(Uint8Array);
    }
    /** Copies `source[0, length)` into the open group in the narrowest type. */
    place(source, length) {
        this.stager.copy(source, length, this.placeView);
        return this.placed;
    }
    /** Copies `source[0, length)` into the open group as `type`, which the caller knows stores every value exactly. */
    placeAs(source, length, type) {
        this.stager.copyAs(source, length, type, this.placeView);
        return this.placed;
    }
    /** Returns the byte offset of `length` elements of `size` bytes in the open group. */
    reserveInGroup(size, length) {
        const offset = Math.ceil(this.groupUsed / size) * size;
        this.groupUsed = offset + length * size;
        if (this.groupUsed > this.group.byteLength)
            throw new RangeError(`column group of ${this.group.byteLength} bytes overflowed`);
        if (this.group === this.block)
            this.used = this.groupUsed;
        return offset;
    }
    /** Returns space for `length` elements of `type`, for a caller that fills all of it: in a block, it is not zeroed. */
    reserve(type, length) {
        const size = type.BYTES_PER_ELEMENT;
        const bytes = length * size;
        if (bytes > BLOCK_BYTES / 4)
            return new type(length);
        // A typed array view must start at a multiple of its element size.
        let offset = Math.ceil(this.used / size) * size;
        if (offset + bytes > this.block.byteLength) {
            this.block = uninitializedBlock(BLOCK_BYTES);
            offset = 0;
        }
        this.used = offset + bytes;
        return new type(this.block, offset, length);
    }
}


/***/ }),

/***/ 8984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ft: () => (/* binding */ typeForRange),
/* harmony export */   ht: () => (/* binding */ ColumnStager),
/* harmony export */   zQ: () => (/* binding */ narrowCopy)
/* harmony export */ });
/* unused harmony export narrowestType */
/**
 * The narrowest typed array that stores a column of numbers exactly.
 *
 * Most counts in a coverage report are small: line numbers of a few
 * thousand, branch outcomes of 2 to 6, hit counts below 2^31. Stored as
 * Float64 every value costs 8 bytes, while a column whose values fit in
 * 16-bit integers costs 2. Each finished column gets the smallest element
 * type that represents all of its values, so readers see the same numbers.
 */
/**
 * Returns the smallest element type that stores every value of a column
 * exactly, given its least and greatest value and whether all are integers.
 * Integers take an unsigned type when none is negative, and a signed one
 * otherwise, such as for the -1 that marks a line with no code. Fractions,
 * NaN and integers outside 32 bits take Float64.
 */
function typeForRange(min, max, integers) {
    if (!integers)
        return Float64Array;
    if (min >= 0) {
        if (max <= 0xff)
            return Uint8Array;
        if (max <= 0xffff)
            return Uint16Array;
        return max <= 0xffffffff ? Uint32Array : Float64Array;
    }
    if (min >= -0x80 && max <= 0x7f)
        return Int8Array;
    if (min >= -0x8000 && max <= 0x7fff)
        return Int16Array;
    return min >= -0x80000000 && max <= 0x7fffffff ? Int32Array : Float64Array;
}
/**
 * Copies columns into narrow typed arrays in two steps: a JavaScript loop
 * into a reused Int32Array that also finds the value range, then one native
 * `set` into the narrow array. A single loop that writes into arrays of seven
 * element types makes V8 fall back to its generic store, which made the
 * parse of the 100 MB lcov input of bench/ about 0.5 s slower. The staging
 * array is an Int32Array because V8's `set` converts from a Float64Array
 * about 17 times slower than from an Int32Array (Node 20.20.2, 6.2 million
 * elements into an Int8Array: 17 ms against 1 ms).
 */
class ColumnStager {
    staging = new Int32Array(1024);
    /** Returns a copy of `source[0, length)` in the narrowest type, in the array that `allocate` returns for that type. */
    copy(source, length, allocate) {
        const staging = this.reserve(length);
        let min = 0;
        let max = 0;
        let integers = true;
        for (let i = 0; i < length; i++) {
            const value = source[i];
            staging[i] = value;
            if (value < min)
                min = value;
            if (value > max)
                max = value;
            if (integers && !Number.isInteger(value))
                integers = false;
        }
        const type = typeForRange(min, max, integers);
        return this.fill(allocate(type, length), source, length);
    }
    /** Returns a copy of `source[0, length)` in an array of `type`, which must store every value exactly. */
    copyAs(source, length, type, allocate) {
        if (type !== Float64Array) {
            const staging = this.reserve(length);
            for (let i = 0; i < length; i++)
                staging[i] = source[i];
        }
        return this.fill(allocate(type, length), source, length);
    }
    /**
     * Copies into `target` from the staging array, which contains `source`'s
     * values wrapped to 32 bits. That is exact for every type but Float64, and
     * for Uint32 too, because `set` converts each value back with ToUint32.
     */
    fill(target, source, length) {
        if (!(target instanceof Float64Array)) {
            target.set(this.staging.subarray(0, length));
            return target;
        }
        for (let i = 0; i < length; i++)
            target[i] = source[i];
        return target;
    }
    reserve(length) {
        if (this.staging.length < length)
            this.staging = new Int32Array(Math.max(length, this.staging.length * 2));
        return this.staging;
    }
}
/** Returns the smallest element type that stores `source[0, length)` exactly (see `typeForRange`). */
function narrowestType(source, length) {
    let min = 0;
    let max = 0;
    let integers = true;
    for (let i = 0; i < length; i++) {
        const value = source[i];
        if (value < min)
            min = value;
        if (value > max)
            max = value;
        if (!Number.isInteger(value))
            integers = false;
    }
    return typeForRange(min, max, integers);
}
/** Returns a copy of `source[0, length)` in an array of its own, of the narrowest type. */
function narrowCopy(source, length) {
    return new ColumnStager().copy(source, length, (type, size) => new type(size));
}


/***/ }),

/***/ 5450:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ NameColumn)
/* harmony export */ });
/* harmony import */ var _count_arrays_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8984);

class NameColumn {
    bytes;
    ends;
    strings;
    /**
     * `ends[i]` is the byte offset where name `i` ends in `bytes`; the name
     * starts where name `i - 1` ends. `strings` contains the names themselves
     * instead when one of them cannot be stored as UTF-8 exactly.
     */
    constructor(bytes, ends, strings) {
        this.bytes = bytes;
        this.ends = ends;
        this.strings = strings;
    }
    /**
     * `bytes` as a Buffer, for decoding, created on the first `at`. A gate
     * reads no function names, and a Buffer per file would be one more object
     * for the garbage collector to copy while a large report is parsed.
     */
    decoder = null;
    /** Stores `names[0, count)`, in `arena` when one is given. */
    static pack(names, count, arena) {
        const ends = new Array(count);
        let byteCount = 0;
        for (let i = 0; i < count; i++) {
            const length = utf8Length(names[i]);
            // A lone surrogate, possible from a JSON \ud800 escape, would not come back from UTF-8.
            if (length < 0)
                return new NameColumn(Buffer.alloc(0), new Uint8Array(0), names.slice(0, count));
            byteCount += length;
            ends[i] = byteCount;
        }
        const view = arena ? arena.reserve(Uint8Array, byteCount) : new Uint8Array(byteCount);
        const bytes = Buffer.from(view.buffer, view.byteOffset, byteCount);
        let start = 0;
        for (let i = 0; i < count; i++) {
            writeName(bytes, names[i], start, ends[i]);
            start = ends[i];
        }
        return new NameColumn(bytes, arena ? arena.pack(ends, count) : (0,_count_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .narrowCopy */ .zQ)(ends, count), null);
    }
    /**
     * Stores names given as UTF-8 bytes: name `i` is `source[ends[i - 1], ends[i])`,
     * and the first one starts at 0. The bytes must be valid UTF-8, or `at`
     * returns other text than they encode.
     */
    static packBytes(source, ends, count, arena) {
        const byteCount = count === 0 ? 0 : ends[count - 1];
        const bytes = arena ? arena.reserve(Uint8Array, byteCount) : new Uint8Array(byteCount);
        bytes.set(source.subarray(0, byteCount));
        return new NameColumn(bytes, arena ? arena.pack(ends, count) : (0,_count_arrays_js__WEBPACK_IMPORTED_MODULE_0__/* .narrowCopy */ .zQ)(ends, count), null);
    }
    /** Reads names from UTF-8 `bytes` that a caller filled, where name `i` ends at `ends[i]` (see `packBytes`). */
    static ofBytes(bytes, ends) {
        return new NameColumn(bytes, ends, null);
    }
    get length() {
        return this.strings ? this.strings.length : this.ends.length;
    }
    at(index) {
        if (this.strings)
            return this.strings[index];
        const start = index === 0 ? 0 : this.ends[index - 1];
        const bytes = this.bytes;
        this.decoder ??= Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        return this.decoder.toString('utf8', start, this.ends[index]);
    }
}
/** Returns the UTF-8 length of `text`, or -1 when it contains a lone surrogate. */
function utf8Length(text) {
    let length = 0;
    for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code < 0x80)
            length += 1;
        else if (code < 0x800)
            length += 2;
        else if (code < 0xd800 || code > 0xdfff)
            length += 3;
        else if (code <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
            length += 4;
            i++;
        }
        else
            return -1;
    }
    return length;
}
/** Writes `name` into `bytes[start, end)`, where `end - start` is its UTF-8 length. */
function writeName(bytes, name, start, end) {
    if (end - start !== name.length) {
        bytes.write(name, start, end - start, 'utf8');
        return;
    }
    // ASCII: copying in a loop avoids a native call per name.
    for (let i = 0; i < name.length; i++)
        bytes[start + i] = name.charCodeAt(i);
}


/***/ }),

/***/ 2835:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Rm: () => (/* binding */ functionRecords),
/* harmony export */   Sd: () => (/* binding */ statementTable),
/* harmony export */   XX: () => (/* binding */ branchGroups),
/* harmony export */   dx: () => (/* binding */ branchTable),
/* harmony export */   iN: () => (/* binding */ BranchTableBuilder),
/* harmony export */   "if": () => (/* binding */ FunctionTableBuilder),
/* harmony export */   mM: () => (/* binding */ statementRecords),
/* harmony export */   nk: () => (/* binding */ functionTable),
/* harmony export */   tk: () => (/* binding */ StatementTableBuilder),
/* harmony export */   xw: () => (/* binding */ FileTableBuilders)
/* harmony export */ });
/* harmony import */ var _columns_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(117);
/* harmony import */ var _count_arrays_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8984);
/* harmony import */ var _name_column_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5450);
/**
 * Column storage for the branch groups, functions and statements of one file.
 *
 * A large report has millions of these records. Kept as one object each, they
 * made garbage collection about a third of the parse time of the 100 MB lcov
 * input of bench/, and an object costs several times the bytes of its numbers.
 * Here each field is one typed array per file, of the narrowest element type
 * that stores its values, which the parsers pack into a `ColumnArena`, so the
 * counts live outside the JavaScript heap. Record objects (`BranchGroup`, `FunctionRecord`,
 * `StatementRecord`) are built on demand, for merging and the HTML report.
 */



class BranchTableBuilder {
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    covered = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    total = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    takenStart = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    taken = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    constructor() {
        this.takenStart.push(0);
    }
    get length() {
        return this.line.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        for (const column of [this.line, this.covered, this.total, this.takenStart, this.taken])
            column.clear();
        this.takenStart.push(0);
    }
    /** Appends a group. `taken` lists its outcome counts, or is null when the format gives only counts. */
    add(line, covered, total, taken) {
        this.line.push(line);
        this.covered.push(covered);
        this.total.push(total);
        if (taken)
            for (let i = 0; i < taken.length; i++)
                this.taken.push(taken[i]);
        this.takenStart.push(this.taken.length);
    }
    /** Appends a group whose outcomes are the counts in `taken[start, end)`. Outcomes above 0 count as covered. */
    addOutcomes(line, taken, start, end) {
        let covered = 0;
        for (let i = start; i < end; i++) {
            const hits = taken[i];
            if (hits > 0)
                covered++;
            this.taken.push(hits);
        }
        this.line.push(line);
        this.covered.push(covered);
        this.total.push(end - start);
        this.takenStart.push(this.taken.length);
    }
    /** Returns a copy of the groups at their exact length, in `arena` when one is given. */
    build(arena) {
        return {
            length: this.line.length,
            line: packColumn(this.line, arena),
            covered: packColumn(this.covered, arena),
            total: packColumn(this.total, arena),
            takenStart: packColumn(this.takenStart, arena),
            taken: packColumn(this.taken, arena),
        };
    }
}
class FunctionTableBuilder {
    name = [];
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    hits = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    get length() {
        return this.name.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        this.name.length = 0;
        this.line.clear();
        this.hits.clear();
    }
    add(name, line, hits) {
        this.name.push(name);
        this.line.push(line);
        this.hits.push(hits);
    }
    build(arena) {
        return { length: this.name.length, name: _name_column_js__WEBPACK_IMPORTED_MODULE_1__/* .NameColumn */ .K.pack(this.name, this.name.length, arena), line: packColumn(this.line, arena), hits: packColumn(this.hits, arena) };
    }
}
class StatementTableBuilder {
    line = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    column = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    hits = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    weight = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .NumberColumn */ .oq();
    get length() {
        return this.line.length;
    }
    /** Empties the builder and keeps its capacity, for the next file. */
    reset() {
        for (const column of [this.line, this.column, this.hits, this.weight])
            column.clear();
    }
    add(line, column, hits, weight) {
        this.line.push(line);
        this.column.push(column);
        this.hits.push(hits);
        this.weight.push(weight);
    }
    build(arena) {
        return {
            length: this.line.length,
            line: packColumn(this.line, arena),
            column: packColumn(this.column, arena),
            hits: packColumn(this.hits, arena),
            weight: packColumn(this.weight, arena),
        };
    }
}
function packColumn(column, arena) {
    return arena ? arena.pack(column.values, column.length) : (0,_count_arrays_js__WEBPACK_IMPORTED_MODULE_2__/* .narrowCopy */ .zQ)(column.values, column.length);
}
/** One builder per table and an arena, which a parser reuses for every file of a report. */
class FileTableBuilders {
    arena = new _columns_js__WEBPACK_IMPORTED_MODULE_0__/* .ColumnArena */ .mH();
    branches = new BranchTableBuilder();
    functions = new FunctionTableBuilder();
    statements = new StatementTableBuilder();
}
/** Builds the record objects of a branch table, in table order. */
function branchGroups(table) {
    const groups = new Array(table.length);
    for (let i = 0; i < table.length; i++) {
        const start = table.takenStart[i];
        const end = table.takenStart[i + 1];
        groups[i] = {
            line: table.line[i],
            covered: table.covered[i],
            total: table.total[i],
            taken: end > start ? Array.from(table.taken.subarray(start, end)) : null,
        };
    }
    return groups;
}
function functionRecords(table) {
    const records = new Array(table.length);
    for (let i = 0; i < table.length; i++)
        records[i] = { name: table.name.at(i), line: table.line[i], hits: table.hits[i] };
    return records;
}
function statementRecords(table) {
    const records = new Array(table.length);
    for (let i = 0; i < table.length; i++) {
        records[i] = { line: table.line[i], column: table.column[i], hits: table.hits[i], weight: table.weight[i] };
    }
    return records;
}
/**
 * Builds a branch table from record objects. A group with an empty `taken`
 * list is stored with no outcomes, so it reads back with `taken: null`.
 */
function branchTable(groups) {
    const builder = new BranchTableBuilder();
    for (const group of groups)
        builder.add(group.line, group.covered, group.total, group.taken);
    return builder.build();
}
function functionTable(records) {
    const builder = new FunctionTableBuilder();
    for (const record of records)
        builder.add(record.name, record.line, record.hits);
    return builder.build();
}
function statementTable(records) {
    const builder = new StatementTableBuilder();
    for (const record of records)
        builder.add(record.line, record.column, record.hits, record.weight);
    return builder.build();
}


/***/ })

};
