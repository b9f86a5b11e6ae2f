/**
 * The validators the stage runs, behind one small interface each, so the
 * orchestration does not depend on how a validator is built.
 */
import picomatch from 'picomatch';
import { formatCount } from '../../report/count-text.js';
import type { FileChange } from '../../git/diff-parse.js';
import type { Logger } from '../../run/logger.js';
import { COMPLEXITY_RULES, complexityFindings, measureComplexity } from '../complexity/index.js';
import type { Finding, RuleMeta, SourceText } from '../model.js';
import { parseScript, scriptLanguageOf, type ParsedScript } from '../parse/parse-source.js';
import type { ReportedFinding } from '../report/result.js';
import { filterFindings } from '../scope/filter.js';
import { SECURITY_RULES, secretFindings, securityFindings } from '../security/index.js';
import { fingerprintFindings } from '../scope/fingerprint.js';
import type { ValidateSettings, ValidatorName } from '../settings.js';
import { STANDARDS_RULES } from '../standards/rules.js';
import { fileLengthFinding } from '../standards/file-length.js';
import { standardsFindings } from '../standards/standards.js';
import { applySuppressions } from '../suppress/apply.js';
import type { SourceComment } from '../suppress/directive.js';
import { scriptComments } from '../suppress/file-comments.js';
import { writeSarif } from '../sarif/index.js';
import { TOOL_VERSION } from '../../version.js';
import { readSarifFiles, runLinters, runTypes } from './project-validators.js';
import { SUPPRESS_RULES } from '../suppress/rules.js';
import { SYNTAX_RULES, syntaxFindings } from '../syntax/syntax-findings.js';
import { WORKFLOW_RULES } from '../workflow/rules.js';
import { isWorkflowFile } from '../workflow/workflow-files.js';
import { workflowFindings } from '../workflow/workflow-findings.js';

export interface FileCheckInput {
  source: SourceText;
  /** The same file at the merge base (its old path for a rename), or null when it is new. */
  base: SourceText | null;
  settings: ValidateSettings;
}

/**
 * Findings of one file, per validator that ran on it, and the parser's
 * comment list when it is a script that parsed. The stage keeps the comments
 * for suppressions rather than the syntax tree, which is many times larger.
 */
export interface FileCheck {
  findings: Partial<Record<ValidatorName, Finding[]>>;
  comments: SourceComment[] | null;
}

export interface ProjectCheckInput {
  root: string;
  settings: ValidateSettings;
  typesCacheDir: string | null;
  importedSarif: string[];
  /** Repository-relative paths of the only files whose type errors can be reported, or null when a finding in any file can be. */
  reportedFiles: string[] | null;
  log: Logger;
}

/** Outcome of a whole-project validator, for the validators table. */
export interface ProjectCheck {
  name: ValidatorName;
  status: 'ran' | 'skipped' | 'failed';
  detail: string;
  findings: Finding[];
  warnings: string[];
}

/** Runs the per-file validators that the settings switch on over one file. */
export function checkFile(input: FileCheckInput): FileCheck {
  const { source, settings } = input;
  const enabled = new Set(settings.validators);
  const findings: FileCheck['findings'] = {};
  const add = (name: ValidatorName, found: Finding[]): void => {
    findings[name] = [...(findings[name] ?? []), ...found];
  };

  const language = scriptLanguageOf(source.path);
  const script = language === null ? null : parsedOrNull(source);
  // typescript-estree (8.74, ast-converter.js) throws on the first parse
  // diagnostic of TypeScript's parser, so a TypeScript file that it parsed
  // has none, and the syntax validator's second parse is skipped. JavaScript
  // files still go through it, because it also reports TypeScript-only syntax there.
  const parsedTypeScript = script !== null && (language === 'ts' || language === 'tsx');
  if (enabled.has('syntax') && !parsedTypeScript) add('syntax', syntaxFindings(source));
  if (enabled.has('security')) {
    if (isWorkflowFile(source.path)) add('security', workflowFindings(source, settings.workflow));
    if (!secretsExcluded(settings)(source.path)) add('security', secretFindings(source));
  }

  if (script) {
    if (enabled.has('security')) add('security', securityFindings(script));
    if (enabled.has('complexity')) add('complexity', complexityOf(script, input.base, settings));
    if (enabled.has('standards')) add('standards', standardsFindings(script, settings.standards));
  } else if (enabled.has('standards')) {
    const length = fileLengthFinding(source, settings.standards);
    if (length) add('standards', [length]);
  }
  return { findings, comments: script ? scriptComments(script) : null };
}

/**
 * Measures the head and, when the file existed at the merge base, the base
 * version, so that findings show both values and a rise is reported even
 * when the function's header line did not change.
 */
function complexityOf(script: ParsedScript, base: SourceText | null, settings: ValidateSettings): Finding[] {
  const head = measureComplexity(script);
  const baseScript = base ? parsedOrNull(base) : null;
  const baseUnits = baseScript ? measureComplexity(baseScript) : null;
  return complexityFindings(head, baseUnits, settings.complexity, script.source.path);
}

function parsedOrNull(source: SourceText): ParsedScript | null {
  const outcome = parseScript(source);
  return outcome.ok ? outcome.script : null;
}

/** Runs the whole-project validators that the settings switch on, in a fixed order. */
export async function checkProject(input: ProjectCheckInput): Promise<ProjectCheck[]> {
  const checks = [await runTypes(input), await runLinters(input), await readSarifFiles(input)];
  return checks.filter((check): check is ProjectCheck => check !== null);
}

/** Lists every rule TestMaster itself reports, for SARIF's rule list. */
export function allRules(): RuleMeta[] {
  return [...SYNTAX_RULES, ...COMPLEXITY_RULES, ...SECURITY_RULES, ...WORKFLOW_RULES, ...STANDARDS_RULES, ...SUPPRESS_RULES];
}

export interface ScopeInput {
  findings: Finding[];
  /** Findings of the per-file validators at the merge base under their base paths, for the `new` filter; null in other modes. */
  baseFindings: Finding[] | null;
  changes: FileChange[];
  settings: ValidateSettings;
  headText: (path: string) => string | null;
  /** Text of a file at the merge base, by its base path. */
  baseText: (path: string) => string | null;
}

export interface ScopeOutcome {
  kept: ReportedFinding[];
  outsideFilter: number;
}

/** Fingerprints the findings and keeps those the filter mode reports. */
export function applyScope(input: ScopeInput): ScopeOutcome {
  const fingerprints = fingerprintFindings(input.findings, input.headText);
  const base = input.baseFindings ? { findings: input.baseFindings, fingerprints: fingerprintFindings(input.baseFindings, input.baseText) } : undefined;
  const result = filterFindings({
    findings: input.findings,
    changes: input.changes,
    mode: input.settings.filter,
    context: input.settings.context,
    fingerprints,
    ...(base ? { baseFindings: base } : {}),
  });
  const outsideFilter = Object.values(result.dropped).reduce((sum, count) => sum + count, 0);
  return { kept: result.kept.map((finding) => ({ ...finding, fingerprint: fingerprints.get(finding) ?? '' })), outsideFilter };
}

export interface SuppressionOutcome {
  kept: Finding[];
  suppressed: number;
  /** Findings about the comments themselves: a missing reason, or a suppression that matched nothing. */
  extra: Finding[];
}

/** Applies the suppression comments of the given files, using the syntax trees of scripts where they parsed. */
export function applySuppressionComments(
  findings: Finding[],
  texts: ReadonlyMap<string, string>,
  comments: ReadonlyMap<string, readonly SourceComment[]>,
): SuppressionOutcome {
  const sources = new Map<string, SourceText>();
  for (const [path, text] of texts) sources.set(path, { path, text });
  const result = applySuppressions(findings, sources, comments);
  return { kept: result.kept, suppressed: result.suppressed.length, extra: result.findings };
}

const secretMatchers = new WeakMap<ValidateSettings, (path: string) => boolean>();

/** Returns the matcher of the files the secret rule skips, compiled once per settings object. */
function secretsExcluded(settings: ValidateSettings): (path: string) => boolean {
  let matcher = secretMatchers.get(settings);
  if (!matcher) {
    matcher = settings.secrets.exclude.length === 0 ? () => false : picomatch(settings.secrets.exclude, { dot: true });
    secretMatchers.set(settings, matcher);
  }
  return matcher;
}

/** Home page written as the tool's `informationUri` in SARIF. */
const TESTMASTER_URI = 'https://github.com/testmaster/testmaster';

/**
 * Writes the reported findings as SARIF, one run per tool, cut to GitHub's
 * upload limits. Returns the log and one warning when findings were left out.
 */
export function sarifDocument(findings: readonly ReportedFinding[], rules: readonly RuleMeta[]): { log: unknown; warning: string | null } {
  const fingerprints = new Map<object, string>(findings.map((finding) => [finding, finding.fingerprint]));
  const output = writeSarif(findings, rules, { name: 'TestMaster', version: TOOL_VERSION, informationUri: TESTMASTER_URI }, {
    fingerprintOf: (finding) => fingerprints.get(finding) || undefined,
    category: 'testmaster',
  });
  const dropped = output.dropped.results;
  return {
    log: output.log,
    warning: dropped === 0 ? null : `The SARIF file leaves out the ${formatCount(dropped)} least severe findings to stay within GitHub's upload limits.`,
  };
}
