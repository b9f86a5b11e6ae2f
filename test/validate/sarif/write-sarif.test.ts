import { gunzipSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Finding, FindingLevel, RuleMeta } from '../../../src/validate/model.js';
import { readSarif } from '../../../src/validate/sarif/read-sarif.js';
import { CONTENT_FINGERPRINT_KEY, uriOfPath, writeSarif } from '../../../src/validate/sarif/write-sarif.js';

const TOOL = { name: 'TestMaster', version: '1.4.0', informationUri: 'https://example.test/testmaster' };

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    ruleId: 'security/eval',
    level: 'error',
    path: 'src/a.ts',
    range: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 },
    message: 'eval runs a string as code.',
    tool: 'testmaster',
    ...overrides,
  };
}

const RULES: RuleMeta[] = [
  { id: 'security/eval', defaultLevel: 'error', summary: 'Dynamic code evaluation', help: 'Replace eval with a parser.', helpUri: 'https://example.test/rules/eval' },
];

describe('writeSarif structure', () => {
  const findings = [
    finding(),
    finding({ ruleId: 'types/TS2322', tool: 'typescript', level: 'error', path: 'src/b c#1.ts', message: 'Type mismatch.' }),
    finding({ ruleId: 'complexity/cyclomatic', level: 'warning', properties: { head: 14, base: 9, threshold: 10 } }),
    finding({ ruleId: 'eslint/no-undef', tool: 'ESLint', level: 'note', helpUri: 'https://eslint.org/docs/latest/rules/no-undef' }),
  ];
  const { log, dropped } = writeSarif(findings, RULES, TOOL, { fingerprintOf: (item) => `${item.ruleId}:hash`, category: 'testmaster' });

  it('writes one run per tool, own tool first', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual(['TestMaster', 'ESLint', 'typescript']);
    expect(log.runs[0]!.tool.driver).toMatchObject({ version: '1.4.0', semanticVersion: '1.4.0', informationUri: 'https://example.test/testmaster' });
    expect(log.runs[1]!.tool.driver.version).toBeUndefined();
    expect(log.runs.map((run) => run.automationDetails?.id)).toEqual(['testmaster/', 'testmaster/', 'testmaster/']);
  });

  it('writes rules with metadata and indexes', () => {
    const own = log.runs[0]!;
    expect(own.results.map((result) => [result.ruleId, result.ruleIndex, result.level])).toEqual([
      ['security/eval', 0, 'error'],
      ['complexity/cyclomatic', 1, 'warning'],
    ]);
    expect(own.tool.driver.rules[0]).toEqual({
      id: 'security/eval',
      name: 'security/eval',
      shortDescription: { text: 'Dynamic code evaluation' },
      fullDescription: { text: 'Dynamic code evaluation' },
      help: { text: 'Replace eval with a parser.' },
      helpUri: 'https://example.test/rules/eval',
      defaultConfiguration: { level: 'error' },
    });
    expect(own.tool.driver.rules[1]).toEqual({ id: 'complexity/cyclomatic', name: 'complexity/cyclomatic', shortDescription: { text: 'complexity/cyclomatic' } });
    expect(log.runs[1]!.tool.driver.rules[0]?.helpUri).toBe('https://eslint.org/docs/latest/rules/no-undef');
  });

  it('writes locations, fingerprints and properties', () => {
    const [first, second] = log.runs[0]!.results;
    expect(first!.locations).toEqual([
      { physicalLocation: { artifactLocation: { uri: 'src/a.ts', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5, endLine: 3, endColumn: 12 } } },
    ]);
    expect(first!.partialFingerprints).toEqual({ [CONTENT_FINGERPRINT_KEY]: 'security/eval:hash' });
    expect(first!.partialFingerprints).not.toHaveProperty('primaryLocationLineHash');
    expect(second!.properties).toEqual({ head: 14, base: 9, threshold: 10 });
    expect(log.runs[2]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('src/b%20c%231.ts');
  });

  it('reports nothing dropped', () => {
    expect(dropped).toMatchObject({ results: 0, runs: [], byLimit: { runs: 0, resultsPerRun: 0, size: 0 } });
    expect(dropped.gzipBytes).toBe(gzipSync(JSON.stringify(log)).length);
    expect(log.runs.every((run) => run.invocations[0]!.toolExecutionNotifications.length === 0 && run.properties === undefined)).toBe(true);
  });

  it('reads back as the same findings', () => {
    const { findings: read } = readSarif(JSON.stringify(log), { root: '/repo', reportPath: 'out.sarif' });
    const shape = (item: Finding) => [item.path, item.level, item.message, item.range];
    expect(read.map(shape).sort()).toEqual(findings.map(shape).sort());
  });
});

describe('writeSarif limits', () => {
  const levels: FindingLevel[] = ['note', 'warning', 'error'];

  it('keeps the most severe results of a run', () => {
    const many = Array.from({ length: 9 }, (_, index) => finding({ level: levels[index % 3]!, range: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 } }));
    const { log, dropped } = writeSarif(many, RULES, TOOL, { limits: { maxResultsPerRun: 4 } });
    const run = log.runs[0]!;
    expect(run.results.map((result) => [result.level, result.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['error', 3],
      ['error', 6],
      ['error', 9],
      ['warning', 2],
    ]);
    expect(dropped).toMatchObject({ results: 5, byLevel: { error: 0, warning: 2, note: 3 }, byLimit: { runs: 0, resultsPerRun: 5, size: 0 } });
    expect(run.properties).toEqual({ resultsLeftOut: { count: 5, error: 0, warning: 2, note: 3 } });
    expect(run.invocations[0]!.toolExecutionNotifications[0]!.message.text).toBe(
      '5 less severe results were left out (0 errors, 2 warnings, 3 notes) to stay within GitHub code scanning limits on results per run and file size.',
    );
  });

  it('orders by security severity within a level', () => {
    const items = [finding({ path: 'a.ts', properties: { securitySeverity: 5 } }), finding({ path: 'b.ts', properties: { securitySeverity: 9.1 } }), finding({ path: 'c.ts' })];
    const { log } = writeSarif(items, [], TOOL);
    expect(log.runs[0]!.results.map((result) => result.locations[0]!.physicalLocation.artifactLocation.uri)).toEqual(['b.ts', 'a.ts', 'c.ts']);
  });

  it('leaves out the runs with the least severe findings', () => {
    const items = [
      finding({ tool: 'alpha', level: 'note' }),
      finding({ tool: 'beta', level: 'error' }),
      finding({ tool: 'gamma', level: 'warning' }),
      finding({ tool: 'delta', level: 'note' }),
      finding({ tool: 'delta', level: 'note' }),
    ];
    const { log, dropped } = writeSarif(items, [], TOOL, { limits: { maxRuns: 3 } });
    expect(log.runs.map((run) => run.tool.driver.name)).toEqual(['TestMaster', 'beta', 'gamma']);
    expect(dropped.runs).toEqual(['alpha', 'delta']);
    expect(dropped).toMatchObject({ results: 3, byLevel: { error: 0, warning: 0, note: 3 }, byLimit: { runs: 3 } });
    expect(log.runs[0]!.invocations[0]!.toolExecutionNotifications.map((notification) => notification.message.text)).toEqual([
      'The run of alpha with 1 results was left out, because GitHub code scanning accepts at most 3 runs per file.',
      'The run of delta with 2 results was left out, because GitHub code scanning accepts at most 3 runs per file.',
    ]);
    expect(log.runs[0]!.properties).toEqual({ runsLeftOut: [{ tool: 'alpha', results: 1 }, { tool: 'delta', results: 2 }] });
  });

  it('shrinks to the compressed size limit', () => {
    // Random messages do not compress, so the size grows with the number of results.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed.toString(36));
    const items = Array.from({ length: 2000 }, (_, index) =>
      finding({ level: levels[index % 3]!, message: Array.from({ length: 12 }, random).join(' '), range: { startLine: index + 1, startColumn: 1, endLine: index + 1, endColumn: 2 } }),
    );
    const unlimited = writeSarif(items, RULES, TOOL);
    const limit = Math.floor(unlimited.dropped.gzipBytes / 2);
    const { log, dropped } = writeSarif(items, RULES, TOOL, { limits: { maxGzipBytes: limit } });
    expect(dropped.gzipBytes).toBeLessThanOrEqual(limit);
    expect(gzipSync(JSON.stringify(log)).length).toBe(dropped.gzipBytes);
    expect(dropped.byLimit.size).toBe(dropped.results);
    expect(dropped.results).toBeGreaterThan(1000 - 1);
    const kept = log.runs[0]!.results;
    expect(kept.length + dropped.results).toBe(2000);
    // Notes go first, then warnings; every error stays.
    expect(dropped.byLevel).toMatchObject({ note: 667, error: 0 });
    expect(kept.filter((result) => result.level === 'error')).toHaveLength(666);
    expect(kept.filter((result) => result.level === 'note')).toHaveLength(0);
    expect(JSON.parse(gunzipSync(gzipSync(JSON.stringify(log))).toString()).runs[0].properties.resultsLeftOut.count).toBe(dropped.results);
  });

  it('writes an empty run for no findings', () => {
    const { log } = writeSarif([], RULES, TOOL);
    expect(log.runs).toHaveLength(1);
    expect(log.runs[0]!.results).toEqual([]);
    expect(log.runs[0]!.tool.driver.rules).toEqual([]);
  });
});

describe('uriOfPath', () => {
  it.each([
    ['src/a.ts', 'src/a.ts'],
    ['src/my file.ts', 'src/my%20file.ts'],
    ['a/#1?.ts', 'a/%231%3F.ts'],
    ['50%/x.ts', '50%25/x.ts'],
    ['@scope/pkg+x/é.ts', '@scope/pkg+x/%C3%A9.ts'],
    // Byte 0xff of a name that is not UTF-8, as decodeGitPath gives it.
    ['src/b\udcff é.ts', 'src/b%FF%20%C3%A9.ts'],
  ])('%s', (path, uri) => {
    expect(uriOfPath(path)).toBe(uri);
  });
});
