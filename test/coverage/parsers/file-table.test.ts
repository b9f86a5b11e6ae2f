import { describe, expect, it } from 'vitest';

import { FileTable } from '../../../src/coverage/parsers/file-table.js';
import { branchGroups } from '../../../src/coverage/record-tables.js';
import { withRecordObjects } from '../../support/coverage-records.js';

const NONE = { lines: false, branches: false, functions: false, statements: false, classes: false };

describe('FileTable', () => {
  it('merges one path into one file', () => {
    const table = new FileTable();
    table.get('a.py').addLine(2, 1);
    table.get('b.py').addLine(1, 0);
    table.get('a.py').addLine(2, 3);
    expect(table.size).toBe(2);
    expect(table.toFiles({ ...NONE, lines: true }).map(withRecordObjects)).toEqual([
      { path: 'a.py', lines: [-1, -1, 4] },
      { path: 'b.py', lines: [-1, 0] },
    ]);
  });

  it('sums branches of a repeated line', () => {
    const table = new FileTable();
    const draft = table.get('a.cs');
    draft.addBranches(5, 1, 2, null);
    draft.addBranches(9, 0, 2, null);
    draft.addBranches(5, 2, 2, null);
    draft.addBranches(3, 1, 4, null);
    expect(branchGroups(draft.branchTable())).toEqual([
      { line: 3, covered: 1, total: 4, taken: null },
      { line: 5, covered: 3, total: 4, taken: null },
      { line: 9, covered: 0, total: 2, taken: null },
    ]);
  });

  it('joins taken counts when both lists have them', () => {
    const draft = new FileTable().get('a.java');
    draft.addBranches(4, 1, 2, [3, 0]);
    draft.addBranches(4, 2, 2, [1, 1]);
    expect(branchGroups(draft.branchTable())).toEqual([{ line: 4, covered: 3, total: 4, taken: [3, 0, 1, 1] }]);
  });

  it('leaves metrics the report lacks undefined', () => {
    const table = new FileTable();
    table.get('a.js').addLine(1, 1);
    const [file] = table.toFiles({ ...NONE, lines: true, functions: true });
    expect(withRecordObjects(file!).functions).toEqual([]);
    expect(file!.branches).toBeUndefined();
    expect(file!.statements).toBeUndefined();
    expect(file!.classes).toBeUndefined();
  });

  it('prefers a summary to empty records', () => {
    const table = new FileTable();
    table.get('a.js').summary.functions = { covered: 1, total: 2 };
    const [file] = table.toFiles({ ...NONE, lines: true, functions: true });
    expect(file!.functions).toBeUndefined();
    expect(file!.summary).toEqual({ functions: { covered: 1, total: 2 } });
  });

  it('reopens a packed draft', () => {
    const table = new FileTable();
    const first = table.get('first.java');
    first.addLine(2, 1);
    first.addBranches(2, 1, 2, [1, 0]);
    first.functions.add('run', 2, 1);
    first.statements.add(2, 0, 1, 1);
    // Opening more drafts than stay open packs the first one.
    for (let i = 0; i < 40; i++) table.get(`other-${i}.java`).addLine(1, 0);

    first.addLine(2, 2);
    first.addLine(3, 0);
    first.addBranches(2, 0, 2, [0, 0]);
    first.functions.add('stop', 3, 0);
    first.statements.add(3, 0, 0, 1);
    const files = table.toFiles({ ...NONE, lines: true, branches: true, functions: true, statements: true });

    expect(files).toHaveLength(41);
    expect(withRecordObjects(files[0]!)).toEqual({
      path: 'first.java',
      lines: [-1, -1, 3, 0],
      branches: [{ line: 2, covered: 1, total: 4, taken: [1, 0, 0, 0] }],
      functions: [
        { name: 'run', line: 2, hits: 1 },
        { name: 'stop', line: 3, hits: 0 },
      ],
      statements: [
        { line: 2, column: 0, hits: 1, weight: 1 },
        { line: 3, column: 0, hits: 0, weight: 1 },
      ],
    });
    expect(withRecordObjects(files[40]!).lines).toEqual([-1, 0]);
  });
});
