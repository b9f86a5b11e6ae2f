// Writes script-chunks.json into an ncc bundle folder: the chunks that the
// CLI may load as plain scripts with a code cache (src/cli/code-cache/).
//
// A chunk qualifies when it has webpack's three `export const` header lines
// and no other module syntax: no `import` or `export` statement, no
// `import.meta` and no `import()`. A script cannot run a dynamic import
// without a module loader, and on Node.js 20 the loader callback is lost when
// V8 takes a script from a code cache. A text search would also match these
// words in comments and strings, where webpack's output has many, so the
// chunk is parsed with TypeScript here, at build time, and the CLI only
// reads the list.
//
// Usage: node scripts/script-chunks.mjs FOLDER
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** Name of the list in the bundle folder; src/cli/code-cache/chunk-loader.ts reads it. */
export const SCRIPT_CHUNKS_FILE = 'script-chunks.json';

/** The header that chunk-loader.ts turns into a function body. Keep the two in step. */
const CHUNK_HEADER = /^export const id = [^;\n]+;\nexport const ids = (\[[^\]\n]*\]);\nexport const modules = /;

/** Returns the reason `text` cannot run as a script, or undefined when it can. */
export function moduleSyntaxIn(name, text) {
  if (!CHUNK_HEADER.test(text)) return 'no webpack chunk header';
  const file = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  if (file.parseDiagnostics.length > 0) return `syntax error: ${ts.flattenDiagnosticMessageText(file.parseDiagnostics[0].messageText, ' ')}`;
  const headerStatements = file.statements.slice(0, 3);
  const otherExports = file.statements.slice(3).some((statement) => isModuleStatement(statement));
  if (otherExports || headerStatements.some((statement) => !ts.isVariableStatement(statement))) return 'another import or export statement';
  return firstImportExpression(file);
}

function isModuleStatement(statement) {
  if (ts.isImportDeclaration(statement) || ts.isExportDeclaration(statement) || ts.isExportAssignment(statement)) return true;
  return ts.canHaveModifiers(statement) && (ts.getModifiers(statement) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
}

function firstImportExpression(file) {
  let found;
  const visit = (node) => {
    if (found !== undefined) return;
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      found = `import() at line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
      return;
    }
    if (ts.isMetaProperty(node) && node.keywordToken === ts.SyntaxKind.ImportKeyword) {
      found = `import.meta at line ${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Writes the list for the bundle in `folder` and returns the chunks left out, with their reasons. */
export function writeScriptChunkList(folder) {
  const chunks = [];
  const leftOut = [];
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.js') || name === 'index.js') continue;
    const reason = moduleSyntaxIn(name, readFileSync(join(folder, name), 'utf8'));
    if (reason === undefined) chunks.push(name);
    else leftOut.push(`${name}: ${reason}`);
  }
  writeFileSync(join(folder, SCRIPT_CHUNKS_FILE), `${JSON.stringify({ chunks }, null, 2)}\n`);
  return leftOut;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('Usage: node scripts/script-chunks.mjs FOLDER');
    process.exit(2);
  }
  for (const line of writeScriptChunkList(folder)) console.log(`left out ${line}`);
}
