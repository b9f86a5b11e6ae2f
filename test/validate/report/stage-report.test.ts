import { describe, expect, it } from 'vitest';
import type { FindingLevel } from '../../../src/validate/model.js';
import type { ReportedFinding, ValidateResult } from '../../../src/validate/report/result.js';
import { validateStageReport } from '../../../src/validate/report/stage-report.js';

function finding(index: number, level: FindingLevel, line = index + 1): ReportedFinding {
  return {
    ruleId: `rule/${level}`,
    level,
    path: 'src/a.ts',
    range: { startLine: line, startColumn: 3, endLine: line, endColumn: 9 },
    message: `Problem ${index}.`,
    tool: 'testmaster',
    fingerprint: `f${index}`,
  };
}

function result(findings: ReportedFinding[], overrides: Partial<ValidateResult> = {}): ValidateResult {
  return {
    filter: 'added',
    context: 3,
    failLevel: 'error',
    baseSha: 'a'.repeat(40),
    headSha: 'b'.repeat(40),
    filesChecked: 2,
    findings,
    failing: findings.filter((item) => item.level === 'error').length,
    dropped: { outsideFilter: 4, suppressed: 1, turnedOff: 0 },
    validators: [{ name: 'syntax', status: 'ran', detail: 'changed files', findings: findings.length }],
    notes: [],
    warnings: [],
    errors: [],
    sarifFile: null,
    ...overrides,
  };
}

describe('validateStageReport', () => {
  it.each([
    { name: 'no findings', findings: [], status: 'passed', headline: 'No findings on added and changed lines.' },
    { name: 'warnings only', findings: [finding(0, 'warning')], status: 'passed', headline: '1 warning on added and changed lines, none at the fail level (error).' },
    {
      name: 'an error',
      findings: [finding(0, 'error'), finding(1, 'note')],
      status: 'failed',
      headline: '1 error, 1 note on added and changed lines; 1 finding fails the gate.',
    },
  ])('$name', ({ findings, status, headline }) => {
    const report = validateStageReport(result(findings));

    expect(report.status).toBe(status);
    expect(report.headline).toBe(headline);
  });

  it('invalid input makes an error stage and keeps findings', () => {
    const report = validateStageReport(result([finding(0, 'warning')], { errors: ['The linter lint (lint) could not start.'] }));

    expect(report.status).toBe('error');
    expect(report.blocks[0]).toEqual({ kind: 'heading', level: 4, text: 'Errors' });
    expect(report.annotations).toHaveLength(1);
    expect(JSON.parse(report.outputs.result!).passed).toBe(false);
  });

  it('annotations carry columns on one line', () => {
    const report = validateStageReport(result([finding(0, 'error', 7)]));

    expect(report.annotations).toEqual([
      { path: 'src/a.ts', startLine: 7, endLine: 7, startColumn: 3, endColumn: 9, level: 'failure', title: 'rule/error', message: 'Problem 0.' },
    ]);
  });

  it('counts findings beyond the limits', () => {
    const findings = Array.from({ length: 7 }, (_, index) => finding(index, 'warning'));

    const report = validateStageReport(result(findings), { tableRows: 5, annotations: 3 });

    expect(report.annotations).toHaveLength(3);
    const texts = report.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
    expect(texts).toContain('2 more findings are left out of this table; the JSON result and the SARIF file list them all.');
    expect(texts).toContain('The check run annotates the 3 most severe findings; 4 more are in the JSON result and the SARIF file.');
  });

  it('outputs count levels', () => {
    const report = validateStageReport(result([finding(0, 'error'), finding(1, 'warning'), finding(2, 'warning')], { sarifFile: '/tmp/out.sarif' }));

    expect(report.outputs).toMatchObject({ findings: '3', errors: '1', warnings: '2', notes: '0', failing: '1', 'sarif-file': '/tmp/out.sarif' });
  });
});
