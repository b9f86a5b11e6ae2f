/**
 * The steps from the validators' raw findings to the reported ones:
 * suppression comments, rule levels, and the scope filter, with findings
 * that concern the whole project kept whatever the filter. Under `new`,
 * findings of validators that did not run on the merge base go through the
 * `file` filter instead.
 */
import type { FileChange } from '../../git/diff-parse.js';
import { applyRuleLevels } from '../gate/rule-levels.js';
import { compareFindings } from '../gate/fail-level.js';
import type { Finding, SourceText } from '../model.js';
import type { ReportedFinding, ValidateResult } from '../report/result.js';
import type { ValidateSettings } from '../settings.js';
import type { SourceComment } from '../suppress/directive.js';
import type { BaseProjectFindings } from './base-project-findings.js';
import { baseFileFindings } from './file-runs.js';
import { readWorkingTreeTexts } from './file-texts.js';
import { isProjectWide, messageFingerprint, withoutRepeatedSyntaxErrors } from './finding-sets.js';
import { applyScope, applySuppressionComments, type ProjectCheck } from './validators.js';

export interface ScopeRequest {
  root: string;
  settings: ValidateSettings;
  changes: readonly FileChange[];
  /** Texts the per-file validators read, by head path; files read for suppression comments are added to it. */
  headTexts: Map<string, string>;
  /** Merge-base texts of the changed files, by head path. */
  base: ReadonlyMap<string, SourceText>;
  comments: ReadonlyMap<string, readonly SourceComment[]>;
  findings: Finding[];
  project: readonly ProjectCheck[];
  /** Findings of the whole-project validators on the merge base, under `new`; null otherwise. */
  baseProject: BaseProjectFindings | null;
}

export interface ScopedFindings {
  findings: ReportedFinding[];
  dropped: ValidateResult['dropped'];
}

export function scopeFindings(request: ScopeRequest): ScopedFindings {
  const { root, settings, changes } = request;
  const all = withoutRepeatedSyntaxErrors(request.findings);
  const headText = textLookup(root, request.headTexts);
  // Outside nofilter, a finding in a file the change did not touch is dropped by the filter, so its file is not read for suppression comments.
  const inScope = settings.filter === 'nofilter' ? () => true : pathSet(changes);
  const suppression = applySuppressionComments(all, textsOf(all.filter((finding) => inScope(finding.path)), headText, request.headTexts), request.comments);

  const groups = splitByBase([...suppression.kept, ...suppression.extra], request.project, request.baseProject);
  const compared = applyRuleLevels(groups.compared, settings.rules);
  const uncompared = applyRuleLevels(groups.uncompared, settings.rules);
  const projectWide = [...compared.findings, ...uncompared.findings].filter(isProjectWide);
  const withBase = applyScope({
    findings: compared.findings.filter((finding) => !isProjectWide(finding)),
    baseFindings: baseFindingsOf(request),
    changes: [...changes],
    settings,
    headText,
    baseText: baseTextLookup(request),
  });
  const asFile = applyScope({
    findings: uncompared.findings.filter((finding) => !isProjectWide(finding)),
    baseFindings: null,
    changes: [...changes],
    settings: { ...settings, filter: 'file' },
    headText,
    baseText: () => null,
  });

  const wide = projectWide.map((finding) => ({ ...finding, fingerprint: messageFingerprint(finding) }));
  return {
    findings: [...withBase.kept, ...asFile.kept, ...wide].sort(compareFindings),
    dropped: {
      outsideFilter: withBase.outsideFilter + asFile.outsideFilter,
      suppressed: suppression.suppressed,
      turnedOff: compared.turnedOff + uncompared.turnedOff,
    },
  };
}

/** Runs the per-file validators on the merge-base texts and adds the whole-project findings of the base, with rule levels applied; null outside `new`. */
function baseFindingsOf(request: ScopeRequest): Finding[] | null {
  if (request.baseProject === null) return null;
  return applyRuleLevels([...baseFileFindings(request.base, request.settings), ...request.baseProject.findings], request.settings.rules).findings;
}

function baseTextLookup(request: ScopeRequest): (path: string) => string | null {
  const byOldPath = new Map(request.baseProject?.texts ?? []);
  for (const source of request.base.values()) byOldPath.set(source.path, source.text);
  return (path) => byOldPath.get(path) ?? null;
}

/**
 * Looks up the head text of a file, reading files that no per-file validator
 * read (a type error in an unchanged file) from the working tree on first use,
 * because the whole-project validators read the working tree.
 */
function textLookup(root: string, texts: Map<string, string>): (path: string) => string | null {
  const missing = new Set<string>();
  return (path) => {
    const known = texts.get(path);
    if (known !== undefined) return known;
    if (missing.has(path)) return null;
    const read = readWorkingTreeTexts(root, [path]).texts.get(path);
    if (read === undefined) {
      missing.add(path);
      return null;
    }
    texts.set(path, read);
    return read;
  };
}

/**
 * Splits the findings for the `new` filter: those whose validator has
 * findings at the merge base to pair with (every per-file validator, and the
 * whole-project validators that ran there), and the rest. Outside `new`
 * every finding is in the first group.
 */
function splitByBase(findings: Finding[], project: readonly ProjectCheck[], baseProject: BaseProjectFindings | null): { compared: Finding[]; uncompared: Finding[] } {
  if (baseProject === null) return { compared: findings, uncompared: [] };
  const withoutBase = new Set<Finding>();
  for (const check of project) {
    if (baseProject.compared.has(check.name)) continue;
    for (const finding of check.findings) withoutBase.add(finding);
  }
  const compared: Finding[] = [];
  const uncompared: Finding[] = [];
  for (const finding of findings) (withoutBase.has(finding) ? uncompared : compared).push(finding);
  return { compared, uncompared };
}

function pathSet(changes: readonly FileChange[]): (path: string) => boolean {
  const paths = new Set(changes.filter((change) => change.status !== 'deleted').map((change) => change.path));
  return (path) => paths.has(path);
}

/** Collects the texts whose suppression comments apply: every file read, plus the files of findings from whole-project validators. */
function textsOf(findings: readonly Finding[], lookup: (path: string) => string | null, read: ReadonlyMap<string, string>): Map<string, string> {
  const texts = new Map(read);
  for (const finding of findings) {
    if (texts.has(finding.path)) continue;
    const text = lookup(finding.path);
    if (text !== null) texts.set(finding.path, text);
  }
  return texts;
}
