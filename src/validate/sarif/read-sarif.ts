/**
 * Reads a SARIF 2.1.0 log from any tool (CodeQL, Semgrep, ESLint's SARIF
 * formatter and others) into findings: every run, every result.
 *
 * Results of kind `pass` or `notApplicable`, results suppressed with status
 * `accepted` (or no status), and results whose `baselineState` is `absent`
 * are skipped, because they report no open problem. The level `none` becomes
 * `note`. Results that point outside the repository, or to no file, are
 * dropped, and each kind of drop is counted in one warning.
 */
import { UserError } from '../../errors.js';
import type { Finding } from '../model.js';
import type { ExternalReport, ReportContext } from '../external/report-context.js';
import { ruleIdWithPrefix, toolPrefix } from '../external/rule-id.js';
import { cachedTextLines, type LinesReader } from '../external/text-lines.js';
import { WarningTally } from '../external/warning-tally.js';
import { asArray, asObject, asString, asWebUrl, type JsonObject } from '../external/json-values.js';
import { ArtifactResolver } from './sarif-location.js';
import { messageOf } from './sarif-message.js';
import { rangeOfRegion, type ColumnKind } from './sarif-region.js';
import { levelOf, RuleCatalog } from './sarif-rules.js';

const FIX_OUTPUT = 'Check that the tool finished writing SARIF to this path and that nothing else wrote to the file';

/** Reads the findings of a SARIF 2.1.0 log; throws `UserError` naming the report for invalid input. */
export function readSarif(text: string, context: ReportContext): ExternalReport {
  const log = parseLog(text, context.reportPath);
  const runs = log.runs as unknown[];
  const reader = new SarifRunReader(context);
  runs.forEach((run, index) => reader.readRun(run, index));
  return { findings: reader.findings, warnings: reader.warnings() };
}

/** Parses the JSON and checks the parts every SARIF log has: an object, version 2.1.0, a `runs` array. */
function parseLog(text: string, reportPath: string): JsonObject {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new UserError(`${reportPath}: the SARIF file is not valid JSON (${reason}). ${FIX_OUTPUT}`, { cause: error });
  }
  const log = asObject(parsed);
  if (!log) {
    throw new UserError(`${reportPath}: a SARIF log is a JSON object with "version" and "runs", but the file contains ${describe(parsed)}. ${FIX_OUTPUT}`);
  }
  const version = log.version;
  if (version !== '2.1.0') {
    const found = version === undefined ? 'no "version"' : `"version": ${JSON.stringify(version)}`;
    throw new UserError(
      `${reportPath}: the SARIF log has ${found}, but TestMaster reads SARIF 2.1.0 only. Configure the tool to write SARIF 2.1.0, or convert the log to 2.1.0 first`,
    );
  }
  if (!Array.isArray(log.runs)) {
    throw new UserError(`${reportPath}: the SARIF log has no "runs" array, which SARIF 2.1.0 requires. ${FIX_OUTPUT}`);
  }
  return log;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

const SKIPPED_KINDS: ReadonlySet<string> = new Set(['pass', 'notApplicable']);

class SarifRunReader {
  readonly findings: Finding[] = [];
  private readonly tally: WarningTally;
  private readonly linesOf: LinesReader;

  constructor(private readonly context: ReportContext) {
    this.tally = new WarningTally(context.reportPath);
    this.linesOf = cachedTextLines(context.readText);
  }

  warnings(): string[] {
    return this.tally.lines();
  }

  readRun(value: unknown, index: number): void {
    const run = asObject(value);
    if (!run) throw new UserError(`${this.context.reportPath}: runs[${index}] is ${describe(value)}, but each run must be an object. ${FIX_OUTPUT}`);
    // A run whose results are null or absent did not produce results (SARIF 3.14.23).
    if (run.results === undefined || run.results === null) return;
    const results = asArray(run.results);
    if (!results) {
      throw new UserError(`${this.context.reportPath}: runs[${index}].results is ${describe(run.results)}, but it must be an array. ${FIX_OUTPUT}`);
    }

    const tool = this.toolNameOf(run, index);
    const scope: RunScope = {
      tool,
      prefix: toolPrefix(tool),
      catalog: new RuleCatalog(run),
      artifacts: new ArtifactResolver(run, this.context),
      columnKind: run.columnKind === 'unicodeCodePoints' ? 'unicodeCodePoints' : 'utf16CodeUnits',
      lineBreaks: lineBreaksOf(run),
    };
    results.forEach((result, resultIndex) => {
      const object = asObject(result);
      if (object) this.readResult(object, scope);
      else this.tally.add('results that are not JSON objects were skipped', `runs[${index}].results[${resultIndex}]`);
    });
  }

  private toolNameOf(run: JsonObject, index: number): string {
    const name = asString(asObject(asObject(run.tool)?.driver)?.name);
    if (name !== undefined && name.trim() !== '') return name;
    const fallback = this.context.toolName ?? 'sarif';
    this.tally.add(`runs without tool.driver.name were read as tool "${fallback}"`, `runs[${index}]`);
    return fallback;
  }

  private readResult(result: JsonObject, scope: RunScope): void {
    const rule = scope.catalog.resolve(result);
    const shownRule = rule.id ?? 'no rule id';
    if (!this.isOpen(result, shownRule)) return;

    const physical = asObject(asObject(asArray(result.locations)?.[0])?.physicalLocation);
    const artifact = asObject(physical?.artifactLocation);
    const located = artifact ? scope.artifacts.resolve(artifact) : undefined;
    if (!located) {
      this.tally.add('results without a file location were dropped', shownRule);
      return;
    }
    if (!located.inside) {
      if ('unsupported' in located) this.tally.add('results whose location is not a local file were dropped', located.unsupported);
      else if (located.missing) this.tally.add('results for files that are not in the repository were dropped', located.shown);
      else this.tally.add('results outside the repository were dropped', located.shown);
      return;
    }

    const path = located.path;
    const region = rangeOfRegion(asObject(physical?.region), () => this.linesOf(path, scope.lineBreaks), scope.columnKind);
    if (region.problem) this.tally.add(region.problem, `${path}, ${shownRule}`);

    const ruleId = ruleIdWithPrefix(scope.prefix, rule.id);
    const level = levelOf(result, rule.descriptor);
    const finding: Finding = {
      ruleId,
      level: level === 'none' ? 'note' : level,
      path,
      range: region.range,
      message: messageOf(result, rule.descriptor, rule.component, rule.id ?? ruleId),
      tool: scope.tool,
    };
    const helpUri = asWebUrl(rule.descriptor?.helpUri);
    if (helpUri !== undefined) finding.helpUri = helpUri;
    const severity = securitySeverityOf(rule.descriptor);
    if (severity !== undefined) finding.properties = { securitySeverity: severity };
    this.findings.push(finding);
  }

  /** False for results that report no open problem; counts each skip. */
  private isOpen(result: JsonObject, shownRule: string): boolean {
    const kind = asString(result.kind);
    if (kind !== undefined && SKIPPED_KINDS.has(kind)) {
      this.tally.add('results of kind pass or notApplicable were skipped', shownRule);
      return false;
    }
    if (result.baselineState === 'absent') {
      this.tally.add('results with baselineState "absent" were skipped', shownRule);
      return false;
    }
    const suppressions = asArray(result.suppressions) ?? [];
    const suppressed = suppressions.some((item) => {
      const status = asObject(item)?.status;
      return status === undefined || status === 'accepted';
    });
    if (suppressed) {
      this.tally.add('results suppressed in the SARIF log were skipped', shownRule);
      return false;
    }
    return true;
  }
}

interface RunScope {
  tool: string;
  /** Rule id prefix of `tool`. */
  prefix: string;
  catalog: RuleCatalog;
  artifacts: ArtifactResolver;
  columnKind: ColumnKind;
  lineBreaks: readonly string[];
}

/** SARIF's default line breaks (3.14.25) are CR LF and LF; a run may list others, as CodeQL adds U+2028 and U+2029. */
const SARIF_DEFAULT_LINE_BREAKS: readonly string[] = ['\r\n', '\n'];

function lineBreaksOf(run: JsonObject): readonly string[] {
  const listed = (asArray(run.newlineSequences) ?? []).filter((item): item is string => typeof item === 'string' && item.length > 0);
  return listed.length > 0 ? listed : SARIF_DEFAULT_LINE_BREAKS;
}

/** GitHub's `security-severity` rule property: a number from 0.0 to 10.0 written as a string. */
function securitySeverityOf(descriptor: JsonObject | undefined): number | undefined {
  const value = asObject(descriptor?.properties)?.['security-severity'];
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '') return undefined;
  const number = Number(value);
  return Number.isFinite(number) ? number : undefined;
}
