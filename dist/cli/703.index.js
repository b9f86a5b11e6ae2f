export const id = 703;
export const ids = [703];
export const modules = {

/***/ 3703:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  renderMarkdown: () => (/* binding */ renderMarkdown)
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


/***/ })

};
