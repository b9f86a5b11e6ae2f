import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChangeSet, FileChange } from '../../../src/git/diff-parse.js';
import { changedLines } from '../../../src/git/git.js';
import type { Finding } from '../../../src/validate/model.js';
import type { FilterMode } from '../../../src/validate/settings.js';
import { fingerprintFindings } from '../../../src/validate/scope/fingerprint.js';
import { type DropReason, filterFindings } from '../../../src/validate/scope/filter.js';
import { TestRepo } from '../../git/fixture.js';
import { findingAt, label } from './fixture.js';

const APP_BASE = [
  "import { run } from './run';",
  '',
  'export function start() {',
  '  eval(input);',
  '  return run();',
  '}',
  '',
  'export function stop() {',
  '  return 0;',
  '}',
  '',
].join('\n');

/** Adds lines 2, 10 and 13 to 15, so every base line moves down by one or two. */
const APP_HEAD = [
  "import { run } from './run';",
  '// a new comment',
  '',
  'export function start() {',
  '  eval(input);',
  '  return run();',
  '}',
  '',
  'export function stop() {',
  '  eval(other);',
  '  return 0;',
  '}',
  'export function again() {',
  '  eval(input);',
  '}',
  '',
].join('\n');

const RENAMED_BASE = ['const a = 1;', 'const b = 2;', '  debugger;', 'const c = 3;', 'const d = 4;', 'const e = 5;', 'const f = 6;', 'const g = 7;', ''].join('\n');
const RENAMED_HEAD = RENAMED_BASE.replace('const g = 7;', 'const g = 8;');

let repo: TestRepo;
let changes: ChangeSet;

beforeAll(async () => {
  repo = TestRepo.create('testmaster-scope-');
  repo.write('src/app.ts', APP_BASE);
  repo.write('src/old-name.ts', RENAMED_BASE);
  repo.write('src/gone.ts', 'eval(gone);\n');
  repo.write('src/untouched.ts', 'const keep = 1;\neval(keep);\n');
  repo.write('src/source.ts', 'const stay = 1;\neval(moved);\n');
  repo.commit('base');

  repo.git('switch', '--quiet', '--create', 'feature');
  repo.write('src/app.ts', APP_HEAD);
  repo.git('mv', 'src/old-name.ts', 'src/new-name.ts');
  repo.write('src/new-name.ts', RENAMED_HEAD);
  repo.git('rm', '--quiet', 'src/gone.ts');
  repo.write('src/source.ts', 'const stay = 1;\n');
  repo.write('src/target.ts', 'eval(moved);\n');
  repo.commit('feature');

  changes = await changedLines(repo.dir, 'main', 'feature');
});

afterAll(() => repo.remove());

/** Findings at the head revision, as validators would report them. */
function headFindings(): Finding[] {
  return [
    findingAt('src/app.ts', 'security/eval', 5),
    findingAt('src/app.ts', 'security/eval', 10),
    findingAt('src/app.ts', 'security/eval', 14),
    findingAt('src/app.ts', 'standards/max-function-lines', 9, 12),
    findingAt('src/app.ts', 'complexity/cyclomatic', 4, 4, { rose: 1 }),
    findingAt('src/app.ts', 'complexity/cyclomatic', 1, 1),
    findingAt('src/new-name.ts', 'security/debugger', 3),
    findingAt('src/new-name.ts', 'standards/naming', 8),
    findingAt('src/untouched.ts', 'security/eval', 2),
    findingAt('src/untouched.ts', 'complexity/cyclomatic', 1, 1, { rose: 1 }),
    findingAt('src/target.ts', 'security/eval', 1),
    findingAt('src/gone.ts', 'security/eval', 1),
  ];
}

/** Findings at the merge base, with base paths and line numbers. */
function baseFindings(): Finding[] {
  return [
    findingAt('src/app.ts', 'security/eval', 4),
    findingAt('src/old-name.ts', 'security/debugger', 3),
    findingAt('src/old-name.ts', 'standards/naming', 8),
    findingAt('src/gone.ts', 'security/eval', 1),
    findingAt('src/untouched.ts', 'security/eval', 2),
    findingAt('src/source.ts', 'security/eval', 2),
  ];
}

const NO_DROPS: Record<DropReason, number> = { unchangedFile: 0, outsideAddedLines: 0, outsideContext: 0, presentAtBase: 0 };

describe('filterFindings on a real diff', () => {
  const cases: { mode: FilterMode; context?: number; kept: string[]; dropped: Partial<Record<DropReason, number>> }[] = [
    {
      mode: 'added',
      kept: [
        'src/app.ts:10 security/eval',
        'src/app.ts:14 security/eval',
        'src/app.ts:9 standards/max-function-lines',
        'src/app.ts:4 complexity/cyclomatic',
        'src/new-name.ts:8 standards/naming',
        'src/target.ts:1 security/eval',
      ],
      dropped: { outsideAddedLines: 3, unchangedFile: 3 },
    },
    {
      mode: 'diff_context',
      context: 1,
      kept: [
        'src/app.ts:10 security/eval',
        'src/app.ts:14 security/eval',
        'src/app.ts:9 standards/max-function-lines',
        'src/app.ts:4 complexity/cyclomatic',
        'src/app.ts:1 complexity/cyclomatic',
        'src/new-name.ts:8 standards/naming',
        'src/target.ts:1 security/eval',
      ],
      dropped: { outsideContext: 2, unchangedFile: 3 },
    },
    {
      mode: 'diff_context',
      context: 2,
      kept: [
        'src/app.ts:10 security/eval',
        'src/app.ts:14 security/eval',
        'src/app.ts:9 standards/max-function-lines',
        'src/app.ts:4 complexity/cyclomatic',
        'src/app.ts:1 complexity/cyclomatic',
        'src/new-name.ts:8 standards/naming',
        'src/target.ts:1 security/eval',
      ],
      dropped: { outsideContext: 2, unchangedFile: 3 },
    },
    {
      mode: 'diff_context',
      context: 3,
      kept: [
        'src/app.ts:5 security/eval',
        'src/app.ts:10 security/eval',
        'src/app.ts:14 security/eval',
        'src/app.ts:9 standards/max-function-lines',
        'src/app.ts:4 complexity/cyclomatic',
        'src/app.ts:1 complexity/cyclomatic',
        'src/new-name.ts:8 standards/naming',
        'src/target.ts:1 security/eval',
      ],
      dropped: { outsideContext: 1, unchangedFile: 3 },
    },
    {
      mode: 'file',
      kept: [
        'src/app.ts:5 security/eval',
        'src/app.ts:10 security/eval',
        'src/app.ts:14 security/eval',
        'src/app.ts:9 standards/max-function-lines',
        'src/app.ts:4 complexity/cyclomatic',
        'src/app.ts:1 complexity/cyclomatic',
        'src/new-name.ts:3 security/debugger',
        'src/new-name.ts:8 standards/naming',
        'src/target.ts:1 security/eval',
      ],
      dropped: { unchangedFile: 3 },
    },
    {
      mode: 'nofilter',
      kept: headFindings().map(label),
      dropped: {},
    },
  ];

  it.each(cases)('$mode mode with context $context', ({ mode, context, kept, dropped }) => {
    const result = filterFindings({ findings: headFindings(), changes, mode, context: context ?? 0 });

    expect(result.kept.map(label)).toEqual(kept);
    expect(result.dropped).toEqual({ ...NO_DROPS, ...dropped });
  });

  it('new mode pairs by fingerprint', () => {
    const head = headFindings();
    const base = baseFindings();
    const headText = (path: string) => readText(join(repo.dir, path));
    const baseText = (path: string) => showText(`${changes.mergeBase}:${path}`);

    const result = filterFindings({
      findings: head,
      changes,
      mode: 'new',
      context: 0,
      fingerprints: fingerprintFindings(head, headText),
      baseFindings: { findings: base, fingerprints: fingerprintFindings(base, baseText) },
    });

    // Line 5 moved down from line 4, the renamed file's debugger line is
    // unchanged, and untouched.ts did not change: those three are old.
    // Line 14 repeats line 5's code, so it is the second occurrence and new.
    // target.ts received code from source.ts, which is not a rename, so it is new too.
    expect(result.kept.map(label)).toEqual([
      'src/app.ts:10 security/eval',
      'src/app.ts:14 security/eval',
      'src/app.ts:9 standards/max-function-lines',
      'src/app.ts:4 complexity/cyclomatic',
      'src/app.ts:1 complexity/cyclomatic',
      'src/new-name.ts:8 standards/naming',
      'src/untouched.ts:1 complexity/cyclomatic',
      'src/target.ts:1 security/eval',
      'src/gone.ts:1 security/eval',
    ]);
    expect(result.dropped).toEqual({ ...NO_DROPS, presentAtBase: 3 });
  });

  it('new mode needs fingerprints', () => {
    expect(() => filterFindings({ findings: headFindings(), changes, mode: 'new', context: 0 })).toThrow(
      /needs the fingerprints/,
    );
  });
});

describe('filterFindings edge cases', () => {
  it('accepts a bare file list', () => {
    const result = filterFindings({
      findings: [findingAt('a.ts', 'x/y', 3), findingAt('a.ts', 'x/y', 4)],
      changes: [{ path: 'a.ts', status: 'added', oldMode: '000000', newMode: '100644', binary: false, addedLines: [3], deletedRanges: [] }],
      mode: 'added',
      context: 0,
    });

    expect(result.kept.map(label)).toEqual(['a.ts:3 x/y']);
  });

  it('rejects a negative context', () => {
    expect(() => filterFindings({ findings: [], changes: [], mode: 'diff_context', context: -1 })).toThrow(RangeError);
  });

  it('ignores the added lines of binary files', () => {
    const result = filterFindings({
      findings: [findingAt('image.png', 'x/y', 1)],
      changes: [{ path: 'image.png', status: 'modified', oldMode: '100644', newMode: '100644', binary: true, addedLines: [], deletedRanges: [] }],
      mode: 'added',
      context: 0,
    });

    expect(result.dropped.outsideAddedLines).toBe(1);
  });
});

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

function showText(object: string): string | null {
  try {
    return repo.git('show', object);
  } catch {
    return null;
  }
}

describe('filterFindings on file statuses', () => {
  const statusChanges: FileChange[] = [
    { path: 'copy.ts', oldPath: 'original.ts', status: 'copied', oldMode: '100644', newMode: '100644', binary: false, addedLines: [], deletedRanges: [] },
    { path: 'link', status: 'typeChanged', oldMode: '100644', newMode: '120000', binary: false, addedLines: [1], deletedRanges: [] },
    { path: 'gone.ts', status: 'deleted', oldMode: '100644', newMode: '000000', binary: false, addedLines: [], deletedRanges: [{ start: 1, count: 2 }] },
  ];

  it('file mode keeps copies, not type changes', () => {
    const findings = [findingAt('copy.ts', 'x/y', 1), findingAt('link', 'x/y', 1), findingAt('gone.ts', 'x/y', 1)];
    const result = filterFindings({ findings, changes: statusChanges, mode: 'file', context: 0 });

    expect(result.kept.map(label)).toEqual(['copy.ts:1 x/y']);
    expect(result.dropped.unchangedFile).toBe(2);
  });

  it('new mode treats copied findings as new', () => {
    const inCopy = findingAt('copy.ts', 'x/y', 1);
    const atBase = findingAt('original.ts', 'x/y', 1);
    const result = filterFindings({
      findings: [inCopy],
      changes: statusChanges,
      mode: 'new',
      context: 0,
      fingerprints: new Map([[inCopy, 'same']]),
      baseFindings: { findings: [atBase], fingerprints: new Map([[atBase, 'same']]) },
    });

    expect(result.kept).toEqual([inCopy]);
  });

  it('pairs each base finding once', () => {
    const first = findingAt('a.ts', 'x/y', 1);
    const second = findingAt('a.ts', 'x/y', 2);
    const atBase = findingAt('a.ts', 'x/y', 1);
    const result = filterFindings({
      findings: [first, second],
      changes: [],
      mode: 'new',
      context: 0,
      fingerprints: new Map([[first, 'same'], [second, 'same']]),
      baseFindings: { findings: [atBase], fingerprints: new Map([[atBase, 'same']]) },
    });

    expect(result.kept).toEqual([second]);
    expect(result.dropped.presentAtBase).toBe(1);
  });

  it('new mode keeps risen values', () => {
    const risen = findingAt('a.ts', 'complexity/cyclomatic', 1, 1, { rose: 1, head: 14, base: 12 });
    const atBase = findingAt('a.ts', 'complexity/cyclomatic', 1, 1, { head: 12 });
    const result = filterFindings({
      findings: [risen],
      changes: [],
      mode: 'new',
      context: 0,
      fingerprints: new Map([[risen, 'same']]),
      baseFindings: { findings: [atBase], fingerprints: new Map([[atBase, 'same']]) },
    });

    expect(result.kept).toEqual([risen]);
  });

  it('handles a very wide context', () => {
    const result = filterFindings({
      findings: [findingAt('link', 'x/y', 2_000_000)],
      changes: statusChanges,
      mode: 'diff_context',
      context: 5_000_000,
    });

    expect(result.kept).toHaveLength(1);
  });
});
