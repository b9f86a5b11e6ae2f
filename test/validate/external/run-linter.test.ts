import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../../src/errors.js';
import { recordingLogger } from '../../../src/run/logger.js';
import { readReportFile } from '../../../src/validate/external/read-report-file.js';
import { runLinter } from '../../../src/validate/external/run-linter.js';
import type { LinterSettings } from '../../../src/validate/settings.js';
import { temporaryFolder } from '../../support/temporary-folder.js';

const NODE = process.execPath;

/** Builds a linter that runs `script` in Node. */
function nodeLinter(script: string, format: LinterSettings['format'], extra: Partial<LinterSettings> = {}): LinterSettings {
  return { name: 'fake', command: [NODE, '-e', script], format, ...extra };
}

function repository(): string {
  const root = temporaryFolder('testmaster-linter-');
  mkdirSync(join(root, 'src'));
  writeFileSync(join(root, 'src', 'a.js'), 'const a = 1;\nlet b = 2;\n');
  return root;
}

const ESLINT_OUTPUT = (root: string) =>
  JSON.stringify([{ filePath: join(root, 'src', 'a.js'), messages: [{ ruleId: 'no-unused-vars', severity: 2, message: "'b' is unused.", line: 2, column: 5 }] }]);

describe('runLinter', () => {
  it('reads stdout of a linter that exits with 1', async () => {
    const root = repository();
    const log = recordingLogger();
    const script = `process.stdout.write(${JSON.stringify(ESLINT_OUTPUT(root))}); process.exit(1);`;
    const report = await runLinter(root, nodeLinter(script, 'eslint-json'), log);
    expect(report.findings).toEqual([
      { ruleId: 'fake/no-unused-vars', level: 'error', path: 'src/a.js', range: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 11 }, message: "'b' is unused.", tool: 'fake' },
    ]);
    expect(log.lines[0]).toMatch(/^Running the linter fake: .+ -e /);
    expect(log.lines.at(-1)).toMatch(/^The linter fake exited with code 1 after [\d.]+ s and reported 1 findings$/);
  });

  it('runs in the repository root', async () => {
    const root = repository();
    const script = `process.stdout.write(JSON.stringify([{ filePath: 'src/a.js', messages: [{ ruleId: process.cwd() === ${JSON.stringify(root)} ? 'in-root' : 'elsewhere', severity: 1, message: 'm', line: 1 }] }]))`;
    const report = await runLinter(root, nodeLinter(script, 'eslint-json'), recordingLogger());
    expect(report.findings.map((finding) => finding.ruleId)).toEqual(['fake/in-root']);
  });

  it('reads the output file', async () => {
    const root = repository();
    const sarif = JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'Biome' } }, results: [{ ruleId: 'lint/x', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'src/a.js' }, region: { startLine: 1 } } }] }] }] });
    const script = `require('fs').mkdirSync('out'); require('fs').writeFileSync('out/lint.sarif', ${JSON.stringify(sarif)}); console.log('done'); process.exit(3);`;
    const report = await runLinter(root, nodeLinter(script, 'sarif', { output: 'out/lint.sarif' }), recordingLogger());
    expect(report.findings.map((finding) => [finding.ruleId, finding.path, finding.range.endColumn])).toEqual([['biome/lint/x', 'src/a.js', 13]]);
  });

  it('reads checkstyle and logs its warnings', async () => {
    const root = repository();
    const xml = `<checkstyle><file name="src/a.js"><error line="1" column="7" severity="warning" message="m" source="s"/></file><file name="/elsewhere/b.js"><error line="1"/></file></checkstyle>`;
    const log = recordingLogger();
    const report = await runLinter(root, nodeLinter(`process.stdout.write(${JSON.stringify(xml)})`, 'checkstyle'), log);
    expect(report.findings.map((finding) => [finding.ruleId, finding.range])).toEqual([['fake/s', { startLine: 1, startColumn: 7, endLine: 1, endColumn: 13 }]]);
    expect(log.lines).toContain('warning: standard output of fake: files outside the repository were skipped with their errors (1, first: /elsewhere/b.js)');
  });

  const failures: { name: string; settings: (root: string) => LinterSettings; timeoutMs?: number; message: RegExp }[] = [
    { name: 'empty command', settings: () => ({ name: 'fake', command: [], format: 'sarif' }), message: /^The linter "fake" has an empty command\. Set its command/ },
    {
      name: 'missing program',
      settings: () => ({ name: 'fake', command: ['testmaster-no-such-linter', '--json'], format: 'sarif' }),
      message: /^The linter fake could not start: testmaster-no-such-linter --json was not found .*Install the program/,
    },
    { name: 'timeout', settings: () => nodeLinter('setTimeout(() => {}, 20000)', 'sarif'), timeoutMs: 300, message: /timed out after 0\.3 s and was stopped\. Lint fewer files, or raise the timeout/ },
    {
      name: 'unparsable output',
      settings: () => nodeLinter("console.log('Oops! Something went wrong!'); console.error('config not found'); process.exit(2)", 'eslint-json'),
      message: /^The output of the linter fake \(.+, exit code 2\) is not valid eslint-json: standard output of fake: the ESLint output is not valid JSON .*\(standard error: config not found\)\. Check that the command writes eslint-json/,
    },
    { name: 'no output', settings: () => nodeLinter("console.error('crashed'); process.exit(2)", 'sarif'), message: /exited with code 2 and printed nothing \(standard error: crashed\)\. Check that the command prints sarif to standard output/ },
    { name: 'missing output file', settings: () => nodeLinter('process.exit(1)', 'sarif', { output: 'lint.sarif' }), message: /exited with code 1 but did not write lint\.sarif\. Check that the command writes its report/ },
    { name: 'killed by signal', settings: () => nodeLinter("process.kill(process.pid, 'SIGKILL')", 'sarif'), message: /was killed by SIGKILL\. Run the command locally/ },
  ];

  it.each(failures)('rejects $name', async ({ settings, timeoutMs, message }) => {
    const root = repository();
    const error: unknown = await runLinter(root, settings(root), recordingLogger(), timeoutMs === undefined ? {} : { timeoutMs }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(message);
  });

  it('warns about a stale output file', async () => {
    const root = repository();
    writeFileSync(join(root, 'old.sarif'), '{"version":"2.1.0","runs":[]}');
    const log = recordingLogger();
    await runLinter(root, nodeLinter('process.exit(0)', 'sarif', { output: 'old.sarif' }), log);
    expect(log.lines).toContain('warning: The linter fake did not rewrite old.sarif, so its findings may be from an earlier run');
  });
});

describe('runLinter with ESLint', () => {
  it('reads the findings of ESLint 10', async () => {
    const root = temporaryFolder('testmaster-eslint-');
    cpSync(join(import.meta.dirname, 'fixtures', 'eslint', 'project'), root, { recursive: true });
    const eslint = join(import.meta.dirname, '..', '..', '..', 'node_modules', 'eslint', 'bin', 'eslint.js');
    const settings: LinterSettings = { name: 'ESLint', command: [NODE, eslint, '--format', 'json-with-metadata', '.'], format: 'eslint-json' };
    const report = await runLinter(root, settings, recordingLogger());
    expect(report.warnings).toEqual([]);
    expect(report.findings.map((finding) => `${finding.ruleId} ${finding.level} ${finding.path}:${finding.range.startLine}:${finding.range.startColumn}`)).toEqual([
      'eslint/fatal error src/broken.js:2:3',
      'eslint/complexity warning src/math.js:1:8',
      'eslint/no-unused-vars error src/math.js:7:7',
      'eslint/no-var warning src/math.js:8:1',
      'eslint/eqeqeq warning src/math.js:8:38',
      'eslint/no-undef error src/math.js:8:59',
      'eslint/no-undef error src/my file.js:3:21',
    ]);
  });
});

describe('readReportFile', () => {
  it('reads a SARIF file with the repository text', () => {
    const root = repository();
    const sarif = { version: '2.1.0', runs: [{ tool: { driver: { name: 'Scanner' } }, results: [{ ruleId: 'x', message: { text: 'm' }, locations: [{ physicalLocation: { artifactLocation: { uri: 'a.js' }, region: { charOffset: 19, charLength: 1 } } }] }] }] };
    writeFileSync(join(root, 'src', 'scan.sarif'), JSON.stringify(sarif));
    const report = readReportFile(root, 'src/scan.sarif', 'sarif');
    expect(report.findings.map((finding) => [finding.ruleId, finding.path, finding.range])).toEqual([['scanner/x', 'src/a.js', { startLine: 2, startColumn: 7, endLine: 2, endColumn: 8 }]]);
  });

  it('rejects a missing file', () => {
    const root = repository();
    expect(() => readReportFile(root, 'missing.sarif', 'sarif')).toThrow(UserError);
    expect(() => readReportFile(root, 'missing.sarif', 'sarif')).toThrow(/^The sarif report missing\.sarif was not found\. Check that the step that writes it ran/);
  });
});
