import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import type { ReportContext } from '../../../src/validate/external/report-context.js';
import { readSarif } from '../../../src/validate/sarif/read-sarif.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** Builds a SARIF log with one run of the driver `Tool`, with the given results and extra run fields. */
function logOf(results: unknown[], run: Record<string, unknown> = {}): string {
  return JSON.stringify({
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'Tool', rules: [] } }, results, ...run }],
  });
}

function resultAt(uri: string, region: Record<string, unknown> | undefined, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const physicalLocation: Record<string, unknown> = { artifactLocation: { uri } };
  if (region) physicalLocation.region = region;
  return { ruleId: 'r1', message: { text: 'm' }, locations: [{ physicalLocation }], ...extra };
}

const CONTEXT: ReportContext = { root: '/repo', reportPath: 'reports/tool.sarif' };

describe('readSarif on tool-shaped logs', () => {
  it('reads a CodeQL log with rules in extensions', () => {
    const { findings, warnings } = readSarif(fixture('codeql-javascript.sarif'), CONTEXT);
    expect(warnings).toEqual([]);
    expect(findings).toEqual([
      {
        ruleId: 'codeql/js/sql-injection',
        level: 'error',
        path: 'src/db.js',
        range: { startLine: 12, startColumn: 18, endLine: 12, endColumn: 41 },
        message: 'This query string depends on a user-provided value.',
        tool: 'CodeQL',
        properties: { securitySeverity: 8.8 },
      },
      {
        ruleId: 'codeql/js/unused-local-variable',
        level: 'note',
        path: 'src/util.js',
        range: { startLine: 3, startColumn: 7, endLine: 4, endColumn: 2 },
        message: 'Unused variable tmp.',
        tool: 'CodeQL',
      },
    ]);
  });

  it('reads a Semgrep log with levels from rules', () => {
    const { findings } = readSarif(fixture('semgrep-python.sarif'), CONTEXT);
    expect(findings.map((finding) => [finding.ruleId, finding.level, finding.path, finding.range.startLine, finding.helpUri])).toEqual([
      [
        'semgrep-oss/python.django.security.injection.tainted-sql-string.tainted-sql-string',
        'error',
        'app/views.py',
        9,
        'https://semgrep.dev/r/python.django.security.injection.tainted-sql-string.tainted-sql-string',
      ],
      ['semgrep-oss/python.django.security.audit.django-debug-true', 'warning', 'app/settings.py', 21, 'https://semgrep.dev/r/python.django.security.audit.django-debug-true'],
    ]);
    expect(findings[0]!.tool).toBe('Semgrep OSS');
  });

  it('maps file URIs of the ESLint formatter', () => {
    const context = { root: '/home/runner/work/app/app', reportPath: '/home/runner/work/app/app/eslint.sarif' };
    const { findings, warnings } = readSarif(fixture('eslint-formatter.sarif'), context);
    expect(findings.map((finding) => [finding.ruleId, finding.level, finding.path, finding.range])).toEqual([
      ['eslint/no-unused-vars', 'error', 'src/index.js', { startLine: 1, startColumn: 7, endLine: 1, endColumn: 8 }],
      ['eslint/no-unused-vars', 'warning', 'src/my file.js', { startLine: 2, startColumn: 10, endLine: 2, endColumn: 11 }],
    ]);
    expect(findings[0]!.helpUri).toBe('https://eslint.org/docs/latest/rules/no-unused-vars');
    expect(warnings).toEqual(['/home/runner/work/app/app/eslint.sarif: results outside the repository were dropped (1, first: /tmp/outside.js)']);
  });
});

describe('readSarif paths', () => {
  const cases: { name: string; uri: string; uriBaseId?: string; run?: Record<string, unknown>; context?: Partial<ReportContext>; path: string | null }[] = [
    { name: 'relative to the root', uri: 'src/a.ts', path: 'src/a.ts' },
    { name: 'dot segments', uri: './src/../lib/a.ts', path: 'lib/a.ts' },
    { name: 'percent escapes', uri: 'src/a%23b%20c.ts', path: 'src/a#b c.ts' },
    { name: 'undefined %SRCROOT%', uri: 'src/a.ts', uriBaseId: '%SRCROOT%', path: 'src/a.ts' },
    {
      name: 'absolute base id',
      uri: 'a.ts',
      uriBaseId: 'SRC',
      run: { originalUriBaseIds: { SRC: { uri: 'file:///repo/packages/web/' } } },
      path: 'packages/web/a.ts',
    },
    {
      name: 'chained base ids',
      uri: 'a.ts',
      uriBaseId: 'PKG',
      run: { originalUriBaseIds: { ROOT: { uri: 'file:///repo/' }, PKG: { uri: 'packages/api/', uriBaseId: 'ROOT' } } },
      path: 'packages/api/a.ts',
    },
    {
      name: 'relative base without root entry',
      uri: 'a.ts',
      uriBaseId: 'PKG',
      run: { originalUriBaseIds: { PKG: { uri: 'packages/api/', uriBaseId: '%SRCROOT%' } } },
      path: 'packages/api/a.ts',
    },
    {
      name: 'looping base ids',
      uri: 'a.ts',
      uriBaseId: 'A',
      run: { originalUriBaseIds: { A: { uri: 'x/', uriBaseId: 'B' }, B: { uri: 'y/', uriBaseId: 'A' } } },
      path: null,
    },
    { name: 'file URI with localhost', uri: 'file://localhost/repo/src/a.ts', path: 'src/a.ts' },
    { name: 'file URI outside', uri: 'file:///etc/passwd', path: null },
    { name: 'network share', uri: 'file://server/repo/src/a.ts', path: null },
    { name: 'http URI', uri: 'https://example.com/a.ts', path: null },
    { name: 'escape above the root', uri: '../other/a.ts', path: null },
    { name: 'Windows drive URI', uri: 'file:///C:/work/repo/src/a.ts', context: { root: 'C:\\work\\repo' }, path: 'src/a.ts' },
    { name: 'Windows drive case', uri: 'file:///c:/Work/Repo/src/A.ts', context: { root: 'C:\\work\\repo' }, path: 'src/A.ts' },
    { name: 'Windows escaped colon', uri: 'file:///C%3A/work/repo/b.ts', context: { root: 'C:/work/repo/' }, path: 'b.ts' },
    {
      name: 'report folder fallback',
      uri: 'src/a.ts',
      context: { reportPath: 'packages/web/report.sarif', isFile: (path) => path === 'packages/web/src/a.ts' },
      path: 'packages/web/src/a.ts',
    },
    { name: 'missing relative file', uri: 'src/gone.ts', context: { isFile: () => false }, path: null },
    { name: 'missing absolute file', uri: 'file:///repo/gone.ts', context: { isFile: () => false }, path: null },
    { name: 'URI with spaces', uri: 'not a valid URI', context: { isFile: () => false }, path: null },
    {
      name: 'root before report folder',
      uri: 'src/a.ts',
      context: { reportPath: 'packages/web/report.sarif', isFile: (path) => path === 'src/a.ts' || path === 'packages/web/src/a.ts' },
      path: 'src/a.ts',
    },
  ];

  it.each(cases)('$name', ({ uri, uriBaseId, run, context, path }) => {
    const result = resultAt(uri, { startLine: 2 });
    if (uriBaseId) (result.locations as { physicalLocation: { artifactLocation: Record<string, unknown> } }[])[0]!.physicalLocation.artifactLocation.uriBaseId = uriBaseId;
    const { findings, warnings } = readSarif(logOf([result], run), { ...CONTEXT, ...context });
    expect(findings.map((finding) => finding.path)).toEqual(path === null ? [] : [path]);
    if (path === null) expect(warnings).toHaveLength(1);
  });

  it('reads the URI of artifacts by index', () => {
    const result = { ruleId: 'r1', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { index: 1 }, region: { startLine: 1 } } }] };
    const run = { artifacts: [{ location: { uri: 'a.ts' } }, { location: { uri: 'b.ts', uriBaseId: 'B' } }], originalUriBaseIds: { B: { uri: 'file:///repo/lib/' } } };
    const { findings } = readSarif(logOf([result], run), CONTEXT);
    expect(findings.map((finding) => finding.path)).toEqual(['lib/b.ts']);
  });

  it('names missing files in the warning', () => {
    const { warnings } = readSarif(logOf([resultAt('src/gone.ts', { startLine: 1 }), resultAt('src/gone2.ts', { startLine: 1 })]), { ...CONTEXT, isFile: () => false });
    expect(warnings).toEqual(['reports/tool.sarif: results for files that are not in the repository were dropped (2, first: src/gone.ts)']);
  });

  it('drops results without a location', () => {
    const { findings, warnings } = readSarif(logOf([{ ruleId: 'r1', message: { text: 'm' } }]), CONTEXT);
    expect(findings).toEqual([]);
    expect(warnings).toEqual(['reports/tool.sarif: results without a file location were dropped (1, first: r1)']);
  });
});

describe('readSarif regions', () => {
  const text = 'line one\r\nsecond line here\n\u{1F600}x = 1;\n';
  const cases: { name: string; region: Record<string, unknown> | undefined; run?: Record<string, unknown>; withText: boolean; range: number[]; warned?: boolean }[] = [
    { name: 'full region', region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 9 }, withText: false, range: [2, 3, 2, 9] },
    { name: 'end line defaults to start line', region: { startLine: 2, startColumn: 3, endColumn: 9 }, withText: false, range: [2, 3, 2, 9] },
    { name: 'whole line from text', region: { startLine: 2 }, withText: true, range: [2, 1, 2, 17] },
    { name: 'whole line before CR LF', region: { startLine: 1 }, withText: true, range: [1, 1, 1, 9] },
    { name: 'rest of line from text', region: { startLine: 2, startColumn: 8 }, withText: true, range: [2, 8, 2, 17] },
    { name: 'to end of a later line', region: { startLine: 1, startColumn: 6, endLine: 2 }, withText: true, range: [1, 6, 2, 17] },
    { name: 'whole line without text', region: { startLine: 2 }, withText: false, range: [2, 1, 2, 1] },
    { name: 'line end from snippet', region: { startLine: 2, startColumn: 3, snippet: { text: 'cond' } }, withText: false, range: [2, 3, 2, 7] },
    { name: 'char offset and length', region: { charOffset: 13, charLength: 4 }, withText: true, range: [2, 4, 2, 8] },
    { name: 'char offset without text', region: { charOffset: 13, charLength: 4 }, withText: false, range: [1, 1, 1, 1], warned: true },
    { name: 'byte offset after emoji', region: { byteOffset: 31, byteLength: 1 }, withText: true, range: [3, 3, 3, 4] },
    {
      name: 'code point columns',
      region: { startLine: 3, startColumn: 2, endColumn: 3 },
      run: { columnKind: 'unicodeCodePoints' },
      withText: true,
      range: [3, 3, 3, 4],
    },
    { name: 'backwards region', region: { startLine: 4, startColumn: 5, endLine: 3, endColumn: 1 }, withText: false, range: [4, 5, 4, 5], warned: true },
    { name: 'no region', region: undefined, withText: true, range: [1, 1, 1, 9], warned: true },
    { name: 'empty region', region: {}, withText: false, range: [1, 1, 1, 1], warned: true },
    { name: 'start line past 32 bits', region: { startLine: 1e308 }, withText: false, range: [1, 1, 1, 1], warned: true },
    { name: 'columns past 32 bits', region: { startLine: 2, startColumn: 2 ** 31, endColumn: 2 ** 53 }, withText: true, range: [2, 1, 2, 17] },
  ];

  it.each(cases)('$name', ({ region, run, withText, range, warned }) => {
    const readText = (path: string): string | undefined => (path === 'a.ts' ? text : undefined);
    const context: ReportContext = { ...CONTEXT, readText: withText ? readText : undefined };
    const { findings, warnings } = readSarif(logOf([resultAt('a.ts', region)], run), context);
    const found = findings[0]!.range;
    expect([found.startLine, found.startColumn, found.endLine, found.endColumn]).toEqual(range);
    expect(warnings.length > 0).toBe(warned ?? false);
  });

  it('splits lines by the run newlineSequences', () => {
    const crText = 'a\rbb\u2028ccc\n';
    const read = (run?: Record<string, unknown>) => {
      const { findings } = readSarif(logOf([resultAt('a.ts', { charOffset: 5, charLength: 1 })], run), { ...CONTEXT, readText: () => crText });
      return findings[0]!.range;
    };
    expect(read()).toEqual({ startLine: 1, startColumn: 6, endLine: 1, endColumn: 7 });
    expect(read({ newlineSequences: ['\r\n', '\n', '\u2028'] })).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 });
    expect(read({ newlineSequences: ['\r', '\u2028'] })).toEqual({ startLine: 3, startColumn: 1, endLine: 3, endColumn: 2 });
  });

  it('reads each file text once', () => {
    const reads: string[] = [];
    const context: ReportContext = { ...CONTEXT, readText: (path) => (reads.push(path), 'x\n') };
    readSarif(logOf([resultAt('a.ts', { startLine: 1 }), resultAt('a.ts', { startLine: 2 }), resultAt('b.ts', { startLine: 1, endColumn: 2 })]), context);
    expect(reads).toEqual(['a.ts']);
  });
});

describe('readSarif levels and kinds', () => {
  const rules = [
    { id: 'err', defaultConfiguration: { level: 'error' } },
    { id: 'plain' },
    { id: 'group', defaultConfiguration: { level: 'note' } },
  ];
  const cases: { name: string; extra: Record<string, unknown>; level: string | null }[] = [
    { name: 'own level wins', extra: { ruleId: 'err', level: 'note' }, level: 'note' },
    { name: 'rule default level', extra: { ruleId: 'err' }, level: 'error' },
    { name: 'rule by index', extra: { ruleId: undefined, ruleIndex: 0 }, level: 'error' },
    { name: 'rule by reference', extra: { ruleId: undefined, rule: { id: 'err' } }, level: 'error' },
    { name: 'hierarchical id', extra: { ruleId: 'group/sub' }, level: 'note' },
    { name: 'warning by default', extra: { ruleId: 'plain' }, level: 'warning' },
    { name: 'unknown rule', extra: { ruleId: 'missing' }, level: 'warning' },
    { name: 'level none', extra: { ruleId: 'err', level: 'none' }, level: 'note' },
    { name: 'informational kind', extra: { ruleId: 'err', kind: 'informational' }, level: 'note' },
    { name: 'review kind with level', extra: { ruleId: 'err', kind: 'review', level: 'warning' }, level: 'warning' },
    { name: 'pass skipped', extra: { ruleId: 'err', kind: 'pass' }, level: null },
    { name: 'notApplicable skipped', extra: { ruleId: 'err', kind: 'notApplicable' }, level: null },
    { name: 'accepted suppression', extra: { ruleId: 'err', suppressions: [{ kind: 'inSource' }] }, level: null },
    { name: 'rejected suppression', extra: { ruleId: 'err', suppressions: [{ kind: 'external', status: 'rejected' }] }, level: 'error' },
    { name: 'absent baseline', extra: { ruleId: 'err', baselineState: 'absent' }, level: null },
  ];

  it.each(cases)('$name', ({ extra, level }) => {
    const result = resultAt('a.ts', { startLine: 1 }, extra);
    const log = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Tool', rules } }, results: [result] }] });
    const { findings } = readSarif(log, CONTEXT);
    expect(findings.map((finding) => finding.level)).toEqual(level === null ? [] : [level]);
  });

  it('finds rules of an extension by name', () => {
    const log = JSON.stringify({
      version: '2.1.0',
      runs: [
        {
          tool: { driver: { name: 'Tool' }, extensions: [{ name: 'pack', rules: [{ id: 'x', defaultConfiguration: { level: 'error' }, helpUri: 'https://docs/x' }] }] },
          results: [resultAt('a.ts', { startLine: 1 }, { ruleId: undefined, rule: { index: 0, toolComponent: { name: 'pack' } } })],
        },
      ],
    });
    const [finding] = readSarif(log, CONTEXT).findings;
    expect(finding?.ruleId).toBe('tool/x');
    expect(finding?.level).toBe('error');
    expect(finding?.helpUri).toBe('https://docs/x');
  });

  it.each([
    ['https://docs.example/r1', 'https://docs.example/r1'],
    ['http://docs.example/r1', 'http://docs.example/r1'],
    ['javascript:alert(1)', undefined],
    ['file:///etc/passwd', undefined],
    ['not a url', undefined],
  ])('keeps the help link %s only when it is a web URL', (helpUri, expected) => {
    const log = JSON.stringify({
      version: '2.1.0',
      runs: [{ tool: { driver: { name: 'Tool', rules: [{ id: 'r1', helpUri }] } }, results: [resultAt('a.ts', { startLine: 1 })] }],
    });
    expect(readSarif(log, CONTEXT).findings[0]?.helpUri).toBe(expected);
  });
});

describe('readSarif messages', () => {
  const rule = {
    id: 'r1',
    shortDescription: { text: 'Short description.' },
    messageStrings: { default: { text: "'{0}' is read {1} times, {{literally}}." }, link: { text: 'See [the source](2).' } },
  };
  const cases: { name: string; message: unknown; text: string }[] = [
    { name: 'plain text', message: { text: 'Plain.' }, text: 'Plain.' },
    { name: 'message string with arguments', message: { id: 'default', arguments: ['x', '3'] }, text: "'x' is read 3 times, {literally}." },
    { name: 'missing argument kept', message: { id: 'default', arguments: ['x'] }, text: "'x' is read {1} times, {literally}." },
    { name: 'embedded link', message: { id: 'link' }, text: 'See the source.' },
    { name: 'escaped brackets', message: { text: 'Index \\[0\\] of [a value](1).' }, text: 'Index [0] of a value.' },
    { name: 'markdown only', message: { markdown: 'Use **this**.' }, text: 'Use **this**.' },
    { name: 'unknown id', message: { id: 'nope' }, text: 'Short description.' },
    { name: 'no message', message: undefined, text: 'Short description.' },
  ];

  it.each(cases)('$name', ({ message, text }) => {
    const result = { ...resultAt('a.ts', { startLine: 1 }), message };
    const log = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', rules: [rule], globalMessageStrings: {} } }, results: [result] }] });
    expect(readSarif(log, CONTEXT).findings[0]?.message).toBe(text);
  });

  it('uses global message strings', () => {
    const result = { ...resultAt('a.ts', { startLine: 1 }), message: { id: 'g', arguments: ['7'] } };
    const log = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'T', globalMessageStrings: { g: { text: 'Seven: {0}' } } } }, results: [result] }] });
    expect(readSarif(log, CONTEXT).findings[0]?.message).toBe('Seven: 7');
  });
});

describe('readSarif runs', () => {
  it('reads every run with its own tool', () => {
    const log = JSON.stringify({
      version: '2.1.0',
      runs: [
        { tool: { driver: { name: 'First' } }, results: [resultAt('a.ts', { startLine: 1 })] },
        { tool: { driver: { name: 'Second' } }, results: null },
        { tool: { driver: { name: 'Third' } }, results: [resultAt('b.ts', { startLine: 2 }), resultAt('c.ts', { startLine: 3 })] },
      ],
    });
    const { findings } = readSarif(log, CONTEXT);
    expect(findings.map((finding) => `${finding.tool} ${finding.ruleId} ${finding.path}`)).toEqual(['First first/r1 a.ts', 'Third third/r1 b.ts', 'Third third/r1 c.ts']);
  });

  it('names a run without driver name after the context tool', () => {
    const log = JSON.stringify({ version: '2.1.0', runs: [{ tool: {}, results: [resultAt('a.ts', { startLine: 1 })] }] });
    const { findings, warnings } = readSarif(log, { ...CONTEXT, toolName: 'Biome' });
    expect(findings[0]?.ruleId).toBe('biome/r1');
    expect(warnings).toEqual(['reports/tool.sarif: runs without tool.driver.name were read as tool "Biome" (1, first: runs[0])']);
  });

  it('accepts a byte order mark and no runs', () => {
    expect(readSarif('\uFEFF{"version":"2.1.0","runs":[]}', CONTEXT)).toEqual({ findings: [], warnings: [] });
  });
});

describe('readSarif invalid input', () => {
  const cases: { name: string; text: string; message: RegExp }[] = [
    { name: 'not JSON', text: '<xml/>', message: /^reports\/tool\.sarif: the SARIF file is not valid JSON \(.+\)\. Check that the tool finished/ },
    { name: 'truncated', text: '{"version":"2.1.0","runs":[', message: /not valid JSON/ },
    { name: 'an array', text: '[]', message: /^reports\/tool\.sarif: a SARIF log is a JSON object .* but the file contains an array/ },
    { name: 'old version', text: '{"version":"2.0.0","runs":[]}', message: /has "version": "2\.0\.0", but TestMaster reads SARIF 2\.1\.0 only\. Configure the tool/ },
    { name: 'no version', text: '{"runs":[]}', message: /has no "version"/ },
    { name: 'no runs', text: '{"version":"2.1.0"}', message: /has no "runs" array/ },
    { name: 'run not an object', text: '{"version":"2.1.0","runs":[7]}', message: /runs\[0\] is a number, but each run must be an object/ },
    { name: 'results not an array', text: '{"version":"2.1.0","runs":[{"results":{}}]}', message: /runs\[0\]\.results is an object, but it must be an array/ },
  ];

  it.each(cases)('$name', ({ text, message }) => {
    expect(() => readSarif(text, CONTEXT)).toThrow(UserError);
    expect(() => readSarif(text, CONTEXT)).toThrow(message);
  });
});
