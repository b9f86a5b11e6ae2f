/**
 * The JSON form of the validate result: the `--json` output and the
 * `validate-result` action output. Positions use SARIF's conventions
 * (1-based, end column exclusive).
 */
import { countLevels, type ValidateResult } from './result.js';

export function validateJson(result: ValidateResult): unknown {
  return {
    passed: result.failing === 0 && result.errors.length === 0,
    filter: result.filter,
    failLevel: result.failLevel,
    baseSha: result.baseSha,
    headSha: result.headSha,
    filesChecked: result.filesChecked,
    counts: { ...countLevels(result.findings), total: result.findings.length, failing: result.failing, dropped: result.dropped },
    findings: result.findings.map((finding) => ({
      ruleId: finding.ruleId,
      level: finding.level,
      path: finding.path,
      startLine: finding.range.startLine,
      startColumn: finding.range.startColumn,
      endLine: finding.range.endLine,
      endColumn: finding.range.endColumn,
      message: finding.message,
      tool: finding.tool,
      fingerprint: finding.fingerprint,
      ...(finding.helpUri ? { helpUri: finding.helpUri } : {}),
      ...(finding.properties ? { properties: finding.properties } : {}),
    })),
    validators: result.validators,
    notes: result.notes,
    warnings: result.warnings,
    errors: result.errors,
    sarifFile: result.sarifFile,
  };
}
