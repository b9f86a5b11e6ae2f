/**
 * Reads the output of ESLint's `json` formatter:
 * `[{ filePath, messages: [{ ruleId, severity, message, line, column,
 * endLine, endColumn, fatal }], source? }]`, and of `json-with-metadata`,
 * which wraps that array as `results` and adds `metadata.rulesMeta`, whose
 * `docs.url` becomes the finding's `helpUri`.
 *
 * ESLint's columns are 1-based UTF-16 code units and its `endColumn` is
 * exclusive, the same convention as the model, so ranges pass through.
 * Severity 2 is an error and 1 a warning. A fatal message (a parsing error)
 * has no rule id and becomes rule `fatal` at level error. Other messages
 * without a rule id and without a line, such as "File ignored because of a
 * matching ignore pattern", are counted in a warning instead of reported.
 * `suppressedMessages` are skipped, because inline comments disabled them.
 */
import { UserError } from '../../errors.js';
import type { Finding, SourceRange } from '../model.js';
import { asArray, asInteger, asObject, asString, asWebUrl, type JsonObject } from './json-values.js';
import type { ExternalReport, ReportContext } from './report-context.js';
import { resolveReportedPath } from './repository-path.js';
import { prefixedRuleId } from './rule-id.js';
import { cachedTextLines, TextLines } from './text-lines.js';
import { WarningTally } from './warning-tally.js';

const FIX = 'Run ESLint with --format json and check that nothing else printed to the same output';

/** Reads the findings of ESLint JSON output; throws `UserError` naming the report for invalid input. */
export function readEslintJson(text: string, context: ReportContext): ExternalReport {
  const { files, helpUris } = parseOutput(text, context.reportPath);
  const tool = context.toolName ?? 'eslint';
  const tally = new WarningTally(context.reportPath);
  const linesOf = cachedTextLines(context.readText);
  const findings: Finding[] = [];

  files.forEach((value, index) => {
    const file = asObject(value);
    const filePath = asString(file?.filePath);
    const messages = asArray(file?.messages);
    if (!file || filePath === undefined || !messages) {
      throw new UserError(`${context.reportPath}: entry [${index}] has no "filePath" string and "messages" array, which ESLint's JSON formatter writes for every file. ${FIX}`);
    }
    if (messages.length === 0) return;
    const resolved = resolveReportedPath(filePath, context);
    if (!resolved.inside) {
      const problem = resolved.missing ? 'files that are not in the repository were skipped with their messages' : 'files outside the repository were skipped with their messages';
      tally.add(problem, resolved.shown);
      return;
    }
    const path = resolved.path;
    const source = asString(file.source);
    const textOf = (): TextLines | undefined => linesOf(path) ?? (source === undefined ? undefined : new TextLines(source));
    for (const item of messages) {
      const message = asObject(item);
      if (!message) continue;
      const finding = findingOf(message, path, tool, textOf);
      const helpUri = finding ? helpUris.get(asString(message.ruleId) ?? '') : undefined;
      if (finding && helpUri !== undefined) finding.helpUri = helpUri;
      if (finding) findings.push(finding);
      else tally.add('messages without a rule id or line were skipped', asString(message.message) ?? path);
    }
  });
  return { findings, warnings: tally.lines() };
}

/** Parses the output into file entries, and the documentation URL of each rule that `json-with-metadata` describes. */
function parseOutput(text: string, reportPath: string): { files: unknown[]; helpUris: Map<string, string> } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${reportPath}: the ESLint output is not valid JSON (${reason}). ${FIX}`, { cause: error });
  }
  if (Array.isArray(parsed)) return { files: parsed, helpUris: new Map() };

  const wrapped = asObject(parsed);
  const results = asArray(wrapped?.results);
  if (!wrapped || !results) {
    const found = parsed === null ? 'null' : `a JSON ${typeof parsed}`;
    throw new UserError(
      `${reportPath}: ESLint's json formatter writes an array of files and json-with-metadata an object with "results", but this output is ${found}${wrapped ? ' without "results"' : ''}. ${FIX}`,
    );
  }
  const helpUris = new Map<string, string>();
  for (const [ruleId, meta] of Object.entries(asObject(asObject(wrapped.metadata)?.rulesMeta) ?? {})) {
    const url = asWebUrl(asObject(asObject(meta)?.docs)?.url);
    if (url !== undefined) helpUris.set(ruleId, url);
  }
  return { files: results, helpUris };
}

/** Converts one ESLint message to a finding; returns null for a message that names neither a rule nor a line. */
function findingOf(message: JsonObject, path: string, tool: string, textOf: () => TextLines | undefined): Finding | null {
  const fatal = message.fatal === true;
  const ruleId = asString(message.ruleId);
  const line = asInteger(message.line, 1);
  if (!fatal && ruleId === undefined && line === undefined) return null;

  return {
    ruleId: prefixedRuleId(tool, fatal && ruleId === undefined ? 'fatal' : ruleId),
    level: fatal || message.severity === 2 ? 'error' : 'warning',
    path,
    range: rangeOf(message, line ?? 1, textOf),
    message: (asString(message.message) ?? '').trim() || 'ESLint reported a problem without a message',
    tool,
  };
}

/** Computes the message's range. Without `endColumn` it runs to the end of `endLine` when the text is known. */
function rangeOf(message: JsonObject, startLine: number, textOf: () => TextLines | undefined): SourceRange {
  const startColumn = asInteger(message.column, 1) ?? 1;
  const endLine = Math.max(startLine, asInteger(message.endLine, 1) ?? startLine);
  let endColumn = asInteger(message.endColumn, 1);
  if (endColumn === undefined) endColumn = textOf()?.endColumnOf(endLine) ?? startColumn;
  if (endLine === startLine && endColumn < startColumn) endColumn = startColumn;
  return { startLine, startColumn, endLine, endColumn };
}
