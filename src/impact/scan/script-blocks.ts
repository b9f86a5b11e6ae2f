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
import { scriptBlockLanguage, type ScriptLanguage } from './file-kinds.js';

export interface ScriptBlock {
  /** The text between `<script ...>` and `</script>`. */
  content: string;
  /** 1-based line of the file on which `content` starts. */
  line: number;
  language: ScriptLanguage;
}

export interface ScriptBlockScan {
  blocks: ScriptBlock[];
  /** Problems with their 1-based line, such as a `<script>` without `</script>`. */
  errors: { line: number; message: string }[];
}

/** Attributes of a start tag; a quoted value may contain `>`, as in Vue's `generic="T extends Map<K, V>"`. */
const ATTRIBUTES = String.raw`((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>\x60]+))?)*)\s*(/?)>`;
const TAGS = new RegExp(String.raw`<!--[\s\S]*?(?:-->|$)|<(/?)(template|svelte:head)\b${ATTRIBUTES}|<script\b${ATTRIBUTES}`, 'gi');
const SCRIPT_END = /<\/script\s*>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** `type` values that mark a script as JavaScript; `text/babel` is the in-browser JSX transform's. */
const SCRIPT_TYPES = /^(?:module|(?:text|application)\/(?:javascript|typescript|babel|jsx))$/i;

/** Returns the component's script blocks in file order. */
export function findScriptBlocks(text: string): ScriptBlockScan {
  const scan: ScriptBlockScan = { blocks: [], errors: [] };
  let containerDepth = 0;
  TAGS.lastIndex = 0;
  for (let match = TAGS.exec(text); match !== null; match = TAGS.exec(text)) {
    if (match[2] !== undefined) {
      // <template> or <svelte:head>, opening or closing; a self-closing one contains nothing.
      if (match[4] === '/') continue;
      containerDepth = match[1] === '/' ? Math.max(0, containerDepth - 1) : containerDepth + 1;
      continue;
    }
    if (match[5] === undefined) continue; // an HTML comment

    const attributes = readAttributes(match[5]);
    const contentStart = match.index + match[0].length;
    if (match[6] === '/') continue; // <script src="..." />
    SCRIPT_END.lastIndex = contentStart;
    const end = SCRIPT_END.exec(text);
    const contentEnd = end === null ? text.length : end.index;
    TAGS.lastIndex = end === null ? text.length : end.index + end[0].length;

    const line = lineOf(text, match.index);
    if (end === null) scan.errors.push({ line, message: "'<script>' has no matching '</script>'." });
    const type = attributes.get('type');
    if (containerDepth > 0 || (type !== undefined && !SCRIPT_TYPES.test(type))) continue;
    scan.blocks.push({
      content: text.slice(contentStart, contentEnd),
      line: lineOf(text, contentStart),
      language: scriptBlockLanguage(attributes.get('lang')),
    });
  }
  return scan;
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  ATTRIBUTE.lastIndex = 0;
  for (let match = ATTRIBUTE.exec(source); match !== null; match = ATTRIBUTE.exec(source)) {
    attributes.set(match[1]!.toLowerCase(), match[2] ?? match[3] ?? match[4] ?? '');
  }
  return attributes;
}

/** Returns the 1-based line of `offset`, counting LF as `LineCounter` does. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let newline = text.indexOf('\n'); newline !== -1 && newline < offset; newline = text.indexOf('\n', newline + 1)) line++;
  return line;
}
