// Renders the config reference table from schema/testmaster.schema.json and,
// with --write, replaces the table between the markers in README.md. A test
// checks that README.md contains what this script renders.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const START = '<!-- config-reference:start -->';
export const END = '<!-- config-reference:end -->';

/** Renders one table row per leaf property: key, type, default, description. */
export function renderReference(schema) {
  const rows = [];
  walk(schema, [], rows);
  const lines = ['| Key | Type | Default | Description |', '| --- | --- | --- | --- |'];
  for (const row of rows) lines.push(`| ${row.map(cell).join(' | ')} |`);
  return lines.join('\n');
}

function walk(node, path, rows) {
  if (node.type === 'object' && node.properties) {
    for (const [key, child] of Object.entries(node.properties)) walk(child, [...path, key], rows);
    return;
  }
  rows.push([`\`${path.join('.')}\``, typeName(node), `\`${JSON.stringify(node.default ?? null)}\``, node.description ?? '']);
}

function typeName(node) {
  if (node.enum) return node.enum.map((value) => `\`${value}\``).join(', ');
  if (Array.isArray(node.type)) return node.type.join(' or ');
  if (node.type === 'array') {
    if (node.items?.enum) return `list of ${node.items.enum.map((value) => `\`${value}\``).join(', ')}`;
    return `list of ${node.items?.type ?? 'objects'}s`;
  }
  return node.type ?? 'any';
}

function cell(text) {
  return String(text).replaceAll('|', '\\|').replaceAll('\n', ' ');
}

export function readmeWithReference(readme, reference) {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md lacks the ${START} and ${END} markers.`);
  return `${readme.slice(0, start + START.length)}\n${reference}\n${readme.slice(end)}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const schema = JSON.parse(readFileSync(join(root, 'schema/testmaster.schema.json'), 'utf8'));
  const reference = renderReference(schema);
  if (process.argv.includes('--write')) {
    const path = join(root, 'README.md');
    writeFileSync(path, readmeWithReference(readFileSync(path, 'utf8'), reference));
  } else {
    process.stdout.write(`${reference}\n`);
  }
}
