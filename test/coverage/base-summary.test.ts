import { describe, expect, it } from 'vitest';
import { buildBaseSummary, parseBaseSummary, serializeBaseSummary } from '../../src/coverage/base-summary.js';
import { ReportError } from '../../src/errors.js';
import { fileWithCounts } from './gate/files.js';

const COMMIT = '0123456789abcdef0123456789abcdef01234567';
const FILE = '.testmaster/base-summary.json';

function sample() {
  return buildBaseSummary(
    [
      fileWithCounts('src/b.ts', 1, 4, { functions: [{ name: 'f', line: 1, hits: 0 }] }),
      fileWithCounts('src/a.ts', 3, 4),
    ],
    { commit: COMMIT, createdAt: new Date('2024-05-01T12:00:00Z'), toolVersion: '0.1.0' },
  );
}

describe('buildBaseSummary', () => {
  it('sums totals and sorts files', () => {
    const summary = sample();
    expect(summary.totals.lines).toEqual({ covered: 4, total: 8 });
    expect(summary.totals.functions).toEqual({ covered: 0, total: 1 });
    expect(summary.totals.branches).toBeNull();
    expect(summary.files.map((file) => file.path)).toEqual(['src/a.ts', 'src/b.ts']);
    expect(summary.createdAt).toBe('2024-05-01T12:00:00.000Z');
  });

  it('round-trips through JSON', () => {
    const summary = sample();
    expect(parseBaseSummary(serializeBaseSummary(summary), FILE)).toEqual(summary);
  });
});

describe('parseBaseSummary', () => {
  const valid = JSON.parse(serializeBaseSummary(sample())) as Record<string, unknown>;

  const cases: { name: string; data: unknown; message: RegExp }[] = [
    { name: 'newer version', data: { ...valid, version: 2 }, message: /field version is 2, but this TestMaster version reads only version 1/ },
    { name: 'missing version', data: { ...valid, version: undefined }, message: /field version is missing/ },
    { name: 'short commit', data: { ...valid, commit: 'abc123' }, message: /field commit is "abc123", not a full commit SHA/ },
    { name: 'bad time', data: { ...valid, createdAt: 'yesterday' }, message: /field createdAt is "yesterday", not an ISO 8601 time/ },
    { name: 'unknown key', data: { ...valid, extra: 1 }, message: /has the unknown key "extra"/ },
    { name: 'negative count', data: { ...valid, totals: { ...(valid['totals'] as object), lines: { covered: -1, total: 3 } } }, message: /field totals\.lines\.covered must be a non-negative integer, got -1/ },
    { name: 'covered over total', data: { ...valid, totals: { ...(valid['totals'] as object), lines: { covered: 4, total: 3 } } }, message: /field totals\.lines\.covered is 4, more than the total of 3/ },
    { name: 'missing metric', data: { ...valid, totals: { lines: null } }, message: /field totals\.branches is missing/ },
    { name: 'file path type', data: { ...valid, files: [{ path: 7, totals: valid['totals'] }] }, message: /field files\[0\]\.path must be a string, got a number/ },
    { name: 'array root', data: [], message: /must be an object, got an array/ },
  ];

  it.each(cases)('rejects $name', ({ data, message }) => {
    const parse = () => parseBaseSummary(JSON.stringify(data), FILE);
    expect(parse).toThrow(ReportError);
    expect(parse).toThrow(message);
    expect(parse).toThrow(FILE);
  });

  it('rejects invalid JSON', () => {
    expect(() => parseBaseSummary('{"version": 1', FILE)).toThrow(/base-summary\.json: is not valid JSON/);
  });
});
