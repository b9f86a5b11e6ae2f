/**
 * Applies inline suppression comments to findings.
 *
 * A directive with a reason removes the findings it names that start on the
 * line it covers, or anywhere in the file for `testmaster-disable-file`. A
 * directive without a reason removes nothing and is reported as
 * `suppress/missing-reason`. Every rule pattern of a directive with a reason
 * that removed nothing is reported as `suppress/unused`. Findings of the
 * `suppress/` rules are never suppressed.
 *
 * Run it before the scope filter, so `suppress/unused` counts every finding of
 * the file. The scope filter then decides which suppress findings to show.
 */
import type { Finding, SourceRange, SourceText } from '../model.js';
import type { ParsedScript } from '../parse/parse-source.js';
import { type Directive, readDirective, ruleMatches, type SourceComment, targetLine } from './directive.js';
import { fileComments } from './file-comments.js';
import { INVALID, MISSING_REASON, UNUSED } from './rules.js';

export interface SuppressedFinding {
  finding: Finding;
  /** The reason written in the directive that suppressed it. */
  reason: string;
  /** Range of that directive's comment. */
  comment: SourceRange;
}

export interface SuppressionResult {
  /** Findings no directive suppressed, in input order. */
  kept: Finding[];
  suppressed: SuppressedFinding[];
  /** Findings about the directives: missing reasons, unused rules and unreadable directives. */
  findings: Finding[];
}

/** Findings about suppressions carry this tool name. */
const TOOL = 'testmaster';

/**
 * Applies the directives in `sources` to `findings`. Findings in files
 * missing from `sources` are kept. `parsed` gives the syntax trees of scripts
 * that parsed, whose comment lists are exact. Other files are scanned as text.
 */
export function applySuppressions(
  findings: readonly Finding[],
  sources: ReadonlyMap<string, SourceText>,
  parsed?: ReadonlyMap<string, ParsedScript | readonly SourceComment[]>,
): SuppressionResult {
  const result: SuppressionResult = { kept: [], suppressed: [], findings: [] };
  const directivesByPath = new Map<string, FileDirectives>();
  for (const [path, source] of sources) {
    directivesByPath.set(path, readFileDirectives(source, parsed?.get(path), result.findings));
  }

  for (const finding of findings) {
    const match = finding.ruleId.startsWith('suppress/') ? null : directivesByPath.get(finding.path)?.match(finding);
    if (match) result.suppressed.push({ finding, reason: match.reason!, comment: match.comment.range });
    else result.kept.push(finding);
  }

  for (const [path, directives] of directivesByPath) result.findings.push(...directives.unusedFindings(path));
  return result;
}

/** The directives with reasons in one file, and which of their rule patterns matched a finding. */
class FileDirectives {
  private readonly used = new Map<Directive, Set<string>>();

  constructor(private readonly directives: readonly Directive[]) {
    for (const directive of directives) this.used.set(directive, new Set());
  }

  /**
   * Returns the first directive that covers the finding, after marking every
   * covering directive's matching patterns as used, so a finding named by two
   * directives leaves neither unused.
   */
  match(finding: Finding): Directive | null {
    let first: Directive | null = null;
    for (const directive of this.directives) {
      if (!coversLine(directive, finding.range.startLine)) continue;
      const patterns = directive.rules.filter((pattern) => ruleMatches(pattern, finding.ruleId));
      if (patterns.length === 0) continue;
      for (const pattern of patterns) this.used.get(directive)!.add(pattern);
      first ??= directive;
    }
    return first;
  }

  unusedFindings(path: string): Finding[] {
    const findings: Finding[] = [];
    for (const directive of this.directives) {
      const used = this.used.get(directive)!;
      for (const pattern of directive.rules) {
        if (!used.has(pattern)) findings.push(unusedFinding(path, directive, pattern));
      }
    }
    return findings;
  }
}

/** Line and next-line directives come first, so a suppressed finding names the closest reason. */
function readFileDirectives(source: SourceText, parsed: ParsedScript | readonly SourceComment[] | undefined, problems: Finding[]): FileDirectives {
  const directives: Directive[] = [];
  for (const comment of fileComments(source, parsed)) {
    const outcome = readDirective(comment);
    if (outcome === null) continue;
    if (!outcome.ok) problems.push(directiveFinding(source.path, INVALID.id, INVALID.defaultLevel, outcome.comment, outcome.problem));
    else if (outcome.directive.reason === null) problems.push(missingReasonFinding(source.path, outcome.directive));
    else directives.push(outcome.directive);
  }
  directives.sort((a, b) => Number(a.kind === 'file') - Number(b.kind === 'file'));
  return new FileDirectives(directives);
}

function coversLine(directive: Directive, line: number): boolean {
  return directive.kind === 'file' || targetLine(directive) === line;
}

function missingReasonFinding(path: string, directive: Directive): Finding {
  const example = `${directive.name} ${directive.rules.join(', ')} -- why the finding does not apply`;
  const message = `This ${directive.name} comment gives no reason, so it suppresses nothing. Add the reason after --, as in: ${example}.`;
  return directiveFinding(path, MISSING_REASON.id, MISSING_REASON.defaultLevel, directive.comment, message);
}

function unusedFinding(path: string, directive: Directive, pattern: string): Finding {
  const where = directive.kind === 'file' ? 'in this file' : `on line ${targetLine(directive)}`;
  const message = `No ${pattern} finding is reported ${where}, so this ${directive.name} comment suppresses nothing for it. Remove ${pattern} from the comment.`;
  return directiveFinding(path, UNUSED.id, UNUSED.defaultLevel, directive.comment, message);
}

function directiveFinding(path: string, ruleId: string, level: Finding['level'], comment: SourceComment, message: string): Finding {
  return { ruleId, level, path, range: comment.range, message, tool: TOOL };
}
