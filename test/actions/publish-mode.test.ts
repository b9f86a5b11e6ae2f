import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COVERAGE_GATE_OUTPUTS } from '../../src/actions/declared-outputs.js';
import { MAX_ARTIFACT_BYTES, readArtifactFile, withDeclaredOutputs } from '../../src/actions/publish-mode.js';
import { UserError } from '../../src/errors.js';
import type { StageReport } from '../../src/report/document.js';
import { temporaryFolder } from '../support/temporary-folder.js';

describe('readArtifactFile', () => {
  it('reads a file at the limit', () => {
    const folder = temporaryFolder('testmaster-artifact-');
    const path = join(folder, 'r.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_ARTIFACT_BYTES);
    expect(readArtifactFile(path, 'r.json')).toHaveLength(MAX_ARTIFACT_BYTES);
  });

  it('rejects a file over the limit before reading it', () => {
    const folder = temporaryFolder('testmaster-artifact-');
    const path = join(folder, 'r.json');
    writeFileSync(path, '');
    // A sparse file: its size is set without writing its bytes.
    truncateSync(path, MAX_ARTIFACT_BYTES + 1);
    const read = () => readArtifactFile(path, 'r.json');
    expect(read).toThrow(UserError);
    expect(read).toThrow(`result-file r.json has ${MAX_ARTIFACT_BYTES + 1} bytes, more than the ${MAX_ARTIFACT_BYTES} bytes (64 MiB) that publish mode reads`);
  });

  it.each([
    ['a folder', (folder: string) => mkdirSync(join(folder, 'r.json')), 'result-file r.json is not a regular file.'],
    ['a missing file', () => undefined, 'Could not read result-file r.json: ENOENT'],
    ['a FIFO', (folder: string) => execFileSync('mkfifo', [join(folder, 'r.json')]), 'result-file r.json is not a regular file.'],
    [
      'a symbolic link',
      (folder: string) => {
        writeFileSync(join(folder, 'target.json'), '{}');
        symlinkSync('target.json', join(folder, 'r.json'));
      },
      'result-file r.json is a symbolic link',
    ],
  ])('rejects %s', (_name, prepare, message) => {
    const folder = temporaryFolder('testmaster-artifact-');
    prepare(folder);
    expect(() => readArtifactFile(join(folder, 'r.json'), 'r.json')).toThrow(message);
  });
});

function stage(id: string, outputs: Record<string, string>): StageReport {
  return { id, title: id, status: 'passed', headline: '', blocks: [], annotations: [], outputs, json: null };
}

describe('withDeclaredOutputs', () => {
  it.each([
    ['keeps declared stage outputs', [stage('coverage', { lines: '80', passed: 'true' })], { coverage: { lines: '80', passed: 'true' } }],
    ['drops undeclared names', [stage('coverage', { lines: '80', 'a=b': 'x', forged: 'y' })], { coverage: { lines: '80' } }],
    ['drops stages the action lacks', [stage('impact', { 'run-all': 'false' })], { impact: {} }],
  ])('%s', (_name, stages, expected) => {
    const report = withDeclaredOutputs({ name: 'r', stages }, COVERAGE_GATE_OUTPUTS);
    expect(Object.fromEntries(report.stages.map((item) => [item.id, item.outputs]))).toEqual(expected);
  });

  it('keeps the first of two spellings of one name', () => {
    const report = withDeclaredOutputs(
      { name: 'r', stages: [stage('impact-run', { all: 'true' }), stage('impact', { 'run-all': 'false' })] },
      ['impact-run-all'],
    );
    expect(report.stages.map((item) => item.outputs)).toEqual([{ all: 'true' }, {}]);
  });
});
