export const id = 327;
export const ids = [327];
export const modules = {

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
            if (ASCII_IDENTIFIER_PART[code] === 0)
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
/** 1 for each ASCII code unit that continues an identifier: letters, digits, `$` and `_`. One load per character costs less than the comparisons while the code is not yet optimized. */
const ASCII_IDENTIFIER_PART = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++)
    ASCII_IDENTIFIER_PART[code] = isIdentifierPart(code) ? 1 : 0;
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
/** 1 for each ASCII code unit that starts an identifier: letters, `$` and `_`. */
const ASCII_IDENTIFIER_START = new Uint8Array(0x80);
for (let code = 0; code < 0x80; code++)
    ASCII_IDENTIFIER_START[code] = isIdentifierStart(code) ? 1 : 0;
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
            // Most tokens follow spaces or a line break. Skipping them here, with the text and position in locals, saves a pass through `scanAt` per token while the code is not yet optimized.
            // The loop checks the end before reading: `charCodeAt` past the end returns NaN, and V8 then discards the optimized code of the caller.
            const text = this.text;
            const end = this.end;
            let pos = this.pos;
            while (pos < end) {
                const space = text.charCodeAt(pos);
                if (space !== 0x20 && space !== 0x0a)
                    break;
                pos++;
            }
            this.pos = pos;
            this.tokenStart = pos;
            if (pos >= end)
                return (this.token = SyntaxKind.EndOfFileToken);
            const code = text.charCodeAt(pos);
            if (pos === 0 && code === 0x23) {
                const shebang = shebangEnd(text);
                if (shebang > 0) {
                    this.pos = shebang;
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
        // An ASCII letter, `$` or `_` starts an identifier or a keyword, the commonest tokens. Until V8 optimizes this method, the switch below compares `code` with its cases one by one.
        if (ASCII_IDENTIFIER_START[code] === 1)
            return scanIdentifier(this, code);
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







/***/ })

};
