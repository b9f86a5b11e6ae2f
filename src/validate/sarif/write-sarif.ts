/**
 * Writes findings as a SARIF 2.1.0 log that GitHub code scanning accepts.
 *
 * - One run per tool: findings whose `tool` is the writer's own tool go to
 *   the first run, and every other tool (TypeScript, a linter, a SARIF
 *   producer) gets a run of its own. Runs then differ by driver name, which
 *   code scanning requires of runs in one file.
 * - Paths are relative URIs with `uriBaseId` `%SRCROOT%`, which code
 *   scanning reads as the root of the checkout.
 * - A caller's content fingerprint goes to `partialFingerprints` under
 *   `testmasterContent/v1`. The writer never fills `primaryLocationLineHash`:
 *   GitHub's upload action computes that key from the checked-out file and
 *   warns when an uploaded value differs from its own.
 * - GitHub's limits (sarif-limits.ts) are enforced by leaving out the least
 *   severe results. Each run records what it lost in a tool execution
 *   notification and in `properties`, and the caller gets a summary.
 */
import { gzipSync } from 'node:zlib';
import type { Finding, RuleMeta } from '../model.js';
import { compareBySeverity, countLevels, GITHUB_SARIF_LIMITS, type LevelCounts, type SarifLimits } from './sarif-limits.js';
import type { SarifLog, SarifNotification, SarifReportingDescriptor, SarifResult, SarifRun } from './sarif-log-types.js';
import { encodeGitPath, hasEscapedBytes } from '../../git/git-path.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of the caller's content fingerprint in `partialFingerprints`. */
export const CONTENT_FINGERPRINT_KEY = 'testmasterContent/v1';
/** Id of the notification that reports left-out results. */
export const DROPPED_NOTIFICATION_ID = 'testmaster/results-left-out';

export interface SarifTool {
  name: string;
  version: string;
  informationUri: string;
}

export interface WriteSarifOptions {
  /** Returns a stable content fingerprint of a finding, or undefined when it has none. */
  fingerprintOf?: (finding: Finding) => string | undefined;
  /** Category of the analysis; written as `automationDetails.id` `<category>/` of every run. */
  category?: string;
  /** Overrides of GitHub's limits, for tests and for other consumers. */
  limits?: Partial<SarifLimits>;
}

/** Summary of the results the writer left out to stay within the limits. */
export interface SarifDropSummary {
  /** Findings left out, of every cause. */
  results: number;
  byLevel: LevelCounts;
  /** Tools whose whole run was left out because a file can contain only `maxRuns` runs. */
  runs: string[];
  /** Findings left out because of each limit. */
  byLimit: { runs: number; resultsPerRun: number; size: number };
  /** Size of the written log after gzip compression, in bytes. */
  gzipBytes: number;
}

export interface SarifOutput {
  log: SarifLog;
  dropped: SarifDropSummary;
}

interface RunDraft {
  tool: string;
  /** Kept findings, most severe first. */
  findings: Finding[];
  dropped: Finding[];
}

/** Builds the SARIF log of `findings`, using `rules` for rule metadata and `tool` for the first run's driver. */
export function writeSarif(findings: readonly Finding[], rules: readonly RuleMeta[], tool: SarifTool, options: WriteSarifOptions = {}): SarifOutput {
  const limits = { ...GITHUB_SARIF_LIMITS, ...options.limits };
  const drafts = groupByTool(findings, tool.name);
  const byLimit = { runs: 0, resultsPerRun: 0, size: 0 };

  const { kept, leftOut } = limitRuns(drafts, limits.maxRuns);
  for (const draft of leftOut) byLimit.runs += draft.findings.length;
  for (const draft of kept) byLimit.resultsPerRun += limitResults(draft, limits.maxResultsPerRun);

  const ruleMetas = new Map(rules.map((rule) => [rule.id, rule]));
  const build = (): SarifLog => buildLog(kept, leftOut, ruleMetas, tool, options, limits.maxRuns);
  let log = build();
  let gzipBytes = gzipSize(log);
  while (gzipBytes > limits.maxGzipBytes) {
    const removed = shrinkToSize(kept, gzipBytes, limits.maxGzipBytes);
    if (removed === 0) break;
    byLimit.size += removed;
    log = build();
    gzipBytes = gzipSize(log);
  }

  const droppedFindings = [...leftOut.flatMap((draft) => draft.findings), ...kept.flatMap((draft) => draft.dropped)];
  return {
    log,
    dropped: {
      results: droppedFindings.length,
      byLevel: countLevels(droppedFindings),
      runs: leftOut.map((draft) => draft.tool),
      byLimit,
      gzipBytes,
    },
  };
}

/** Splits findings into runs: the writer's own tool first, then other tools by name. */
function groupByTool(findings: readonly Finding[], ownTool: string): RunDraft[] {
  const byTool = new Map<string, Finding[]>([[ownTool, []]]);
  for (const finding of findings) {
    const tool = finding.tool.toLowerCase() === ownTool.toLowerCase() ? ownTool : finding.tool;
    const list = byTool.get(tool);
    if (list) list.push(finding);
    else byTool.set(tool, [finding]);
  }
  const others = [...byTool.keys()].filter((name) => name !== ownTool).sort();
  return [ownTool, ...others].map((name) => ({ tool: name, findings: [...byTool.get(name)!].sort(compareBySeverity), dropped: [] }));
}

/**
 * Keeps the writer's own run and the other runs with the most severe
 * findings, up to `maxRuns` runs in all.
 */
function limitRuns(drafts: RunDraft[], maxRuns: number): { kept: RunDraft[]; leftOut: RunDraft[] } {
  if (drafts.length <= maxRuns) return { kept: drafts, leftOut: [] };
  const [own, ...others] = drafts;
  const ranked = [...others].sort((left, right) => compareRunSeverity(left, right) || (left.tool < right.tool ? -1 : 1));
  const keptOthers = new Set(ranked.slice(0, Math.max(0, maxRuns - 1)));
  return {
    kept: [own!, ...others.filter((draft) => keptOthers.has(draft))],
    leftOut: others.filter((draft) => !keptOthers.has(draft)),
  };
}

/** Ranks runs by their number of errors, then warnings, then notes, most first. */
function compareRunSeverity(left: RunDraft, right: RunDraft): number {
  const a = countLevels(left.findings);
  const b = countLevels(right.findings);
  return b.error - a.error || b.warning - a.warning || b.note - a.note;
}

/** Moves the least severe findings beyond `maxResults` to `dropped`; returns how many moved. */
function limitResults(draft: RunDraft, maxResults: number): number {
  if (draft.findings.length <= maxResults) return 0;
  const removed = draft.findings.splice(maxResults);
  // concat, not push(...removed): more findings than a call takes arguments can be removed.
  draft.dropped = draft.dropped.concat(removed);
  return removed.length;
}

/**
 * Drops the least severe findings across all runs, in proportion to how far
 * the log is over the size limit, with a 10% margin. Returns how many went.
 */
function shrinkToSize(drafts: RunDraft[], gzipBytes: number, maxGzipBytes: number): number {
  const all = drafts.flatMap((draft) => draft.findings.map((finding) => ({ draft, finding })));
  if (all.length === 0) return 0;
  const keepCount = Math.min(all.length - 1, Math.floor(all.length * (maxGzipBytes / gzipBytes) * 0.9));
  all.sort((left, right) => compareBySeverity(left.finding, right.finding));
  const removed = all.slice(Math.max(0, keepCount));
  const removedSet = new Set(removed.map((item) => item.finding));
  for (const draft of drafts) {
    const before = draft.findings.length;
    draft.findings = draft.findings.filter((finding) => !removedSet.has(finding));
    if (draft.findings.length < before) draft.dropped = draft.dropped.concat(removed.filter((item) => item.draft === draft).map((item) => item.finding));
  }
  return removed.length;
}

function gzipSize(log: SarifLog): number {
  return gzipSync(JSON.stringify(log)).length;
}

function buildLog(kept: RunDraft[], leftOut: RunDraft[], ruleMetas: Map<string, RuleMeta>, tool: SarifTool, options: WriteSarifOptions, maxRuns: number): SarifLog {
  const runs = kept.map((draft, index) => buildRun(draft, ruleMetas, tool, options, index === 0 ? leftOut : [], maxRuns));
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
}

function buildRun(
  draft: RunDraft,
  ruleMetas: Map<string, RuleMeta>,
  tool: SarifTool,
  options: WriteSarifOptions,
  leftOutRuns: RunDraft[],
  maxRuns: number,
): SarifRun {
  const rules: SarifReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  const results = draft.findings.map((finding) => {
    let index = ruleIndex.get(finding.ruleId);
    if (index === undefined) {
      index = rules.length;
      ruleIndex.set(finding.ruleId, index);
      rules.push(descriptorOf(finding, ruleMetas.get(finding.ruleId)));
    }
    return resultOf(finding, index, options.fingerprintOf);
  });

  const own = draft.tool === tool.name;
  const driver: SarifRun['tool']['driver'] = { name: draft.tool, rules };
  if (own) {
    driver.version = tool.version;
    if (/^\d+\.\d+\.\d+(?:[-+].*)?$/.test(tool.version)) driver.semanticVersion = tool.version;
    driver.informationUri = tool.informationUri;
  }
  const notifications = notificationsOf(draft, leftOutRuns, maxRuns);
  const run: SarifRun = {
    tool: { driver },
    invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
    columnKind: 'utf16CodeUnits',
    results,
  };
  if (options.category !== undefined) run.automationDetails = { id: `${options.category.replace(/\/+$/, '')}/` };
  const properties = propertiesOf(draft, leftOutRuns);
  if (properties) run.properties = properties;
  return run;
}

function descriptorOf(finding: Finding, meta: RuleMeta | undefined): SarifReportingDescriptor {
  if (!meta) {
    const descriptor: SarifReportingDescriptor = { id: finding.ruleId, name: finding.ruleId, shortDescription: { text: finding.ruleId } };
    if (finding.helpUri !== undefined) descriptor.helpUri = finding.helpUri;
    return descriptor;
  }
  const descriptor: SarifReportingDescriptor = {
    id: meta.id,
    name: meta.id,
    shortDescription: { text: meta.summary },
    fullDescription: { text: meta.summary },
    help: { text: meta.help },
    defaultConfiguration: { level: meta.defaultLevel },
  };
  const helpUri = meta.helpUri ?? finding.helpUri;
  if (helpUri !== undefined) descriptor.helpUri = helpUri;
  return descriptor;
}

function resultOf(finding: Finding, ruleIndex: number, fingerprintOf: WriteSarifOptions['fingerprintOf']): SarifResult {
  const { startLine, startColumn, endLine, endColumn } = finding.range;
  const result: SarifResult = {
    ruleId: finding.ruleId,
    ruleIndex,
    level: finding.level,
    // SARIF requires message text; an empty message would leave the alert without one.
    message: { text: finding.message.trim() === '' ? finding.ruleId : finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: uriOfPath(finding.path), uriBaseId: '%SRCROOT%' },
          region: { startLine, startColumn, endLine, endColumn },
        },
      },
    ],
  };
  const fingerprint = fingerprintOf?.(finding);
  if (fingerprint !== undefined) result.partialFingerprints = { [CONTENT_FINGERPRINT_KEY]: fingerprint };
  if (finding.properties && Object.keys(finding.properties).length > 0) result.properties = { ...finding.properties };
  return result;
}

/** Converts a repository path to a relative URI reference, percent-encoding each segment so that `#`, `?`, `%` and spaces survive. */
export function uriOfPath(path: string): string {
  return path
    .split('/')
    .map((segment) => (hasEscapedBytes(segment) ? percentEncodeBytes(segment) : encodeURIComponent(segment).replace(/%40/g, '@').replace(/%2B/g, '+')))
    .join('/');
}

/**
 * Percent-encodes the exact bytes of a name that is not valid UTF-8, which
 * `encodeURIComponent` rejects. A reader that decodes the URI gets the
 * file's bytes back.
 */
function percentEncodeBytes(segment: string): string {
  let encoded = '';
  for (const byte of encodeGitPath(segment)) {
    const character = String.fromCharCode(byte);
    encoded += byte < 0x80 && /[A-Za-z0-9\-._~@+]/.test(character) ? character : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return encoded;
}

function notificationsOf(draft: RunDraft, leftOutRuns: RunDraft[], maxRuns: number): SarifNotification[] {
  const notifications: SarifNotification[] = [];
  if (draft.dropped.length > 0) {
    const counts = countLevels(draft.dropped);
    notifications.push({
      level: 'warning',
      descriptor: { id: DROPPED_NOTIFICATION_ID },
      message: {
        text:
          `${draft.dropped.length} less severe results were left out (${counts.error} errors, ${counts.warning} warnings, ${counts.note} notes) ` +
          'to stay within GitHub code scanning limits on results per run and file size.',
      },
    });
  }
  for (const other of leftOutRuns) {
    notifications.push({
      level: 'warning',
      descriptor: { id: DROPPED_NOTIFICATION_ID },
      message: { text: `The run of ${other.tool} with ${other.findings.length} results was left out, because GitHub code scanning accepts at most ${maxRuns} runs per file.` },
    });
  }
  return notifications;
}

function propertiesOf(draft: RunDraft, leftOutRuns: RunDraft[]): Record<string, unknown> | undefined {
  if (draft.dropped.length === 0 && leftOutRuns.length === 0) return undefined;
  const properties: Record<string, unknown> = {};
  if (draft.dropped.length > 0) properties.resultsLeftOut = { count: draft.dropped.length, ...countLevels(draft.dropped) };
  if (leftOutRuns.length > 0) properties.runsLeftOut = leftOutRuns.map((other) => ({ tool: other.tool, results: other.findings.length }));
  return properties;
}
