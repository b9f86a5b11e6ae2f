/**
 * Parses the YAML of `.github/testmaster.yml` with node ranges, so that
 * every schema or glob problem can name the line it sits on. `load.ts`
 * imports this module only when a config file exists, so a run without one
 * never loads the YAML parser.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import { ConfigError } from '../errors.js';
import { formatCount } from '../report/count-text.js';
import { endSentence, formatKeyPath, type ConfigIssue, type PathSegment } from './issues.js';
import type { ConfigInput } from './types.js';
import { validateConfigInput } from './validate.js';

/**
 * Parses and validates the text of a config file.
 * Throws `ConfigError` naming the file and line of every problem.
 */
export function parseConfigText(text: string, file: string): ConfigInput {
  const lineCounter = new LineCounter();
  // Merge keys (`<<: *name`) are YAML 1.1, which the yaml package reads only when asked; configs of
  // other tools (Docker Compose, GitLab CI) use them to share settings, so users expect them here too.
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, merge: true });
  if (document.errors.length > 0) throw syntaxError(document.errors, file, lineCounter);

  const badMerge = findBadMergeKey(document);
  if (badMerge !== undefined) {
    const position = lineCounter.linePos(badMerge);
    throw new ConfigError(
      `${file} line ${position.line}, column ${position.col}: invalid YAML: a merge key (<<) must name a mapping, such as <<: *defaults ` +
        'where &defaults marks a mapping of keys. Write the keys out, or point the merge key at such a mapping.',
    );
  }
  // An empty file, or one with only comments, sets nothing.
  const data: unknown = document.contents === null ? {} : toData(document, file);
  const issues = validateConfigInput(data);
  if (issues.length > 0) throw locatedError(issues, file, document, lineCounter);
  return data as ConfigInput;
}

/**
 * Returns the offset of the first merge key (`<<`) whose value is neither a
 * mapping, an alias of one, nor a list of those, which the YAML reader would
 * reject with an error that names no position.
 */
function findBadMergeKey(document: Document): number | undefined {
  let offset: number | undefined;
  const isMapping = (node: unknown): boolean => isMap(isAlias(node) ? node.resolve(document) : node);
  visit(document, {
    Pair(_, pair) {
      // With merge keys on, the reader gives a plain << key a symbol value; a quoted '<<' stays a string key.
      if (!isScalar(pair.key) || typeof pair.key.value !== 'symbol') return undefined;
      const value = pair.value;
      const valid = isSeq(value) ? value.items.every(isMapping) : isMapping(value);
      if (valid) return undefined;
      offset = pair.key.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

/** Converts the document to data; too many alias expansions (an alias bomb) are a config error. */
function toData(document: Document, file: string): unknown {
  try {
    return document.toJS({ maxAliasCount: 100 });
  } catch (error) {
    if (error instanceof ReferenceError && /alias/i.test(error.message)) {
      throw new ConfigError(
        `${file}: invalid YAML: ${error.message.replace(/\.$/, '')}. Write the values out instead of expanding aliases (*name) this many times.`,
      );
    }
    throw error;
  }
}

function syntaxError(errors: YAMLError[], file: string, lineCounter: LineCounter): ConfigError {
  const lines = errors.map((error) => {
    const position = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    const reason = error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, '');
    return `${file} line ${position.line}, column ${position.col}: invalid YAML: ${reason}.`;
  });
  return new ConfigError(listProblems(lines, file));
}

function locatedError(issues: ConfigIssue[], file: string, document: Document, lineCounter: LineCounter): ConfigError {
  const located = issues.map((issue) => ({ issue, line: lineOf(document, issue.path, lineCounter) }));
  located.sort((a, b) => a.line - b.line);
  const lines = located.map(
    ({ issue, line }) => `${file} line ${line}: ${endSentence(`${formatKeyPath(issue.path)} ${issue.message}`)}`,
  );
  return new ConfigError(listProblems(lines, file));
}

/** Maximum number of problems listed, one per line. More usually mean that the file is not a TestMaster config at all. */
const LISTED_PROBLEMS_MAX = 10;

function listProblems(lines: readonly string[], file: string): string {
  if (lines.length <= LISTED_PROBLEMS_MAX) return lines.join('\n');
  const hidden = lines.length - LISTED_PROBLEMS_MAX;
  return [
    ...lines.slice(0, LISTED_PROBLEMS_MAX),
    `${file}: ${formatCount(hidden)} more ${hidden === 1 ? 'problem is' : 'problems are'} not listed. Check that the file is a TestMaster config.`,
  ].join('\n');
}

/**
 * Finds the line of the deepest node on `keyPath`. For a mapping entry the key's
 * line is used, because a nested mapping's value starts on the next line.
 */
function lineOf(document: Document, keyPath: readonly PathSegment[], lineCounter: LineCounter): number {
  let node: unknown = document.contents;
  let offset = rangeStart(node) ?? 0;

  for (const segment of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) break;
      offset = rangeStart(pair.key) ?? offset;
      node = pair.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      if (item === undefined) break;
      offset = rangeStart(item) ?? offset;
      node = item;
    } else {
      break;
    }
  }
  return lineCounter.linePos(offset).line;
}

function rangeStart(node: unknown): number | undefined {
  if (node && typeof node === 'object' && 'range' in node) {
    const range = (node as { range?: [number, number, number] | null }).range;
    return range?.[0];
  }
  return undefined;
}
