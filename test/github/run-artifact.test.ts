import { describe, expect, it } from 'vitest';
import { ReportError } from '../../src/errors.js';
import { createRunArtifact, parseRunArtifact, serializeRunArtifact } from '../../src/github/run-artifact.js';
import { SAMPLE_REPORT } from './sample-report.js';


const VALID = createRunArtifact({
  repository: 'octo-org/octo-repo',
  pullNumber: 7,
  headSha: 'a'.repeat(40),
  report: SAMPLE_REPORT,
});

function mutate(change: (artifact: Record<string, any>) => void): string {
  const copy = JSON.parse(JSON.stringify(VALID)) as Record<string, any>;
  change(copy);
  return JSON.stringify(copy);
}

describe('run artifact', () => {
  it('round-trips through JSON', () => {
    expect(parseRunArtifact(serializeRunArtifact(VALID), 'report.json')).toEqual(VALID);
  });

  it.each([
    ['invalid JSON', '{', /report\.json: is not valid JSON/],
    ['a newer version', mutate((a) => (a.version = 2)), /artifact version 2, but this TestMaster reads version 1/],
    ['another format', mutate((a) => (a.format = 'other')), /field format must be equal to constant/],
    ['a short SHA', mutate((a) => (a.headSha = 'abc')), /field headSha must match pattern/],
    ['a zero PR number', mutate((a) => (a.pullNumber = 0)), /field pullNumber must be >= 1/],
    ['a missing report', mutate((a) => delete a.report), /top level is missing property "report"/],
    ['an unknown top-level field', mutate((a) => (a.markdown = '<b>x</b>')), /unknown property "markdown"/],
    ['a bad status', mutate((a) => (a.report.stages[0].status = 'green')), /field report\.stages\.0\.status must be equal to one of the allowed values/],
    ['an unknown block kind', mutate((a) => (a.report.stages[0].blocks[0].kind = 'html')), /field report\.stages\.0\.blocks\.0/],
    ['raw HTML smuggled into a block', mutate((a) => (a.report.stages[0].blocks[1].html = '<img>')), /unknown property "html"/],
    ['a bad annotation line', mutate((a) => (a.report.stages[0].annotations[0].startLine = 0)), /annotations\.0\.startLine must be >= 1/],
    ['a non-string output', mutate((a) => (a.report.stages[0].outputs.x = 1)), /outputs\.x must be string/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseRunArtifact(text, 'report.json')).toThrow(ReportError);
    expect(() => parseRunArtifact(text, 'report.json')).toThrow(message);
  });
});
