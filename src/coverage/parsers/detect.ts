/**
 * Recognises the format of a coverage report from its first bytes, so users
 * need not name it. Only content is used, never the file name.
 */
import { ReportError } from '../../errors.js';
import { REPORT_FORMATS, type ReportFormat } from '../model.js';

/** Bytes that `detectFormat` needs at most; more are ignored. */
export const DETECTION_BYTES = 64 * 1024;

const JEST_FIRST_KEYS = /^\{\s*"(?:numFailedTestSuites|numFailedTests|numPassedTestSuites|numPassedTests|numPendingTestSuites|numRuntimeErrorTestSuites|numTotalTestSuites|numTotalTests|success|startTime|testResults|coverageMap|snapshot|wasInterrupted|openHandles)"\s*:/;
const ISTANBUL_FILE_KEY = /"(?:statementMap|fnMap|branchMap)"\s*:\s*\{/;
const SUMMARY_COUNTER = /"(?:lines|statements|functions|branches)"\s*:\s*\{\s*"(?:total|covered|skipped|pct)"\s*:/;
const LCOV_FIRST_LINE = /^(?:TN|SF|VER):/;
const GO_MODE_LINE = /^mode:\s*(?:set|count|atomic)\s*$/;

/** Returns the format of a report from its first bytes, or throws `ReportError` naming `source`. */
export function detectFormat(head: Buffer, source: string): ReportFormat {
  // latin1 maps each byte to one character, so a multi-byte character cut at the end of `head` cannot break decoding.
  let text = head.subarray(0, DETECTION_BYTES).toString('latin1');
  if (text.startsWith('\xEF\xBB\xBF')) text = text.slice(3);
  text = text.trimStart();

  const format = text.startsWith('<') ? detectXml(text) : text.startsWith('{') ? detectJson(text) : detectLineFormat(text);
  if (format) return format;
  throw unrecognised(source, text.length === 0);
}

function detectJson(text: string): ReportFormat | null {
  if (JEST_FIRST_KEYS.test(text)) return 'istanbul-json';
  const fileKey = text.search(ISTANBUL_FILE_KEY);
  const summaryKey = text.search(SUMMARY_COUNTER);
  if (fileKey < 0 && summaryKey < 0) return null;
  if (summaryKey < 0) return 'istanbul-json';
  if (fileKey < 0) return 'istanbul-summary';
  return fileKey < summaryKey ? 'istanbul-json' : 'istanbul-summary';
}

function detectLineFormat(text: string): ReportFormat | null {
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (GO_MODE_LINE.test(line)) return 'go';
    if (LCOV_FIRST_LINE.test(line)) return 'lcov';
    return null;
  }
  return null;
}

/** Skips the XML declaration, comments, processing instructions and DOCTYPE, then looks at the root element. */
function detectXml(text: string): ReportFormat | null {
  let rest = text;
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      rest = afterMarker(rest, '?>');
    } else if (rest.startsWith('<!--')) {
      rest = afterMarker(rest, '-->');
    } else if (/^<!DOCTYPE/i.test(rest)) {
      if (/^<!DOCTYPE\s+report\b/i.test(rest)) return 'jacoco';
      rest = afterDoctype(rest);
    } else {
      break;
    }
    if (rest === '') return null;
  }
  if (/^<report\b/.test(rest)) return 'jacoco';
  if (!/^<coverage\b/.test(rest)) return null;

  const rootEnd = rest.indexOf('>');
  const rootTag = rootEnd < 0 ? rest : rest.slice(0, rootEnd);
  if (/\bline-rate\s*=/.test(rootTag)) return 'cobertura';
  if (/\bclover\s*=/.test(rootTag)) return 'clover';
  const body = rest.slice(rootEnd + 1);
  const project = body.search(/<project\b/);
  const cobertura = body.search(/<(?:packages|sources)\b/);
  if (project >= 0 && (cobertura < 0 || project < cobertura)) return 'clover';
  if (cobertura >= 0) return 'cobertura';
  return null;
}

/**
 * Skips a DOCTYPE, including an internal subset in brackets, whose
 * declarations contain `>` of their own. The parser then rejects entity
 * declarations with a message naming them, instead of "not recognised".
 */
function afterDoctype(text: string): string {
  const close = text.indexOf('>');
  const open = text.indexOf('[');
  if (open < 0 || (close >= 0 && close < open)) return afterMarker(text, '>');
  return afterMarker(afterMarker(text, ']'), '>');
}

function afterMarker(text: string, marker: string): string {
  const end = text.indexOf(marker);
  return end < 0 ? '' : text.slice(end + marker.length);
}

function unrecognised(source: string, empty: boolean): ReportError {
  return new ReportError(
    source,
    undefined,
    empty ? 'the file is empty' : 'the coverage report format is not recognised',
    empty
      ? 'Check that the tests ran with coverage enabled and wrote the report'
      : `Supported formats are ${REPORT_FORMATS.join(', ')}; if the file is one of them, name it with --format <format>`,
  );
}
