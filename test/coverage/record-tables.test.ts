import { describe, expect, it } from 'vitest';
import { ColumnArena } from '../../src/coverage/columns.js';
import { NameColumn } from '../../src/coverage/name-column.js';
import {
  BranchTableBuilder,
  branchGroups,
  branchTable,
  functionRecords,
  functionTable,
  statementRecords,
  statementTable,
} from '../../src/coverage/record-tables.js';

describe('record tables', () => {
  it('round-trip branch groups', () => {
    const groups = [
      { line: 3, covered: 1, total: 2, taken: [4, 0] },
      { line: 9, covered: 3, total: 4, taken: null },
      { line: 0, covered: 0, total: 1, taken: [0] },
    ];

    expect(branchGroups(branchTable(groups))).toEqual(groups);
  });

  it('read an empty taken list back as null', () => {
    expect(branchGroups(branchTable([{ line: 1, covered: 0, total: 2, taken: [] }]))[0]!.taken).toBeNull();
  });

  it('count covered outcomes in addOutcomes', () => {
    const builder = new BranchTableBuilder();
    builder.addOutcomes(7, [0, 5, 0, 2, 9], 1, 4);

    expect(branchGroups(builder.build())).toEqual([{ line: 7, covered: 2, total: 3, taken: [5, 0, 2] }]);
  });

  it('build the same rows with and without an arena', () => {
    const builder = new BranchTableBuilder();
    builder.add(1, 1, 2, [1, 0]);
    builder.add(2, 0, 2, null);

    expect(branchGroups(builder.build(new ColumnArena()))).toEqual(branchGroups(builder.build()));
  });

  it('start over after reset', () => {
    const builder = new BranchTableBuilder();
    builder.add(1, 1, 2, [1, 0]);
    builder.reset();
    builder.add(5, 1, 1, [3]);

    expect(branchGroups(builder.build())).toEqual([{ line: 5, covered: 1, total: 1, taken: [3] }]);
  });

  it('round-trip functions and statements', () => {
    const functions = [
      { name: 'render', line: 4, hits: 2 ** 40 },
      { name: '(anonymous_1)', line: 0, hits: 0 },
    ];
    const statements = [
      { line: 2, column: 4, hits: 1, weight: 1 },
      { line: 8, column: 2 ** 33, hits: 0, weight: 12 },
    ];

    expect(functionRecords(functionTable(functions))).toEqual(functions);
    expect(statementRecords(statementTable(statements))).toEqual(statements);
  });
});

describe('NameColumn', () => {
  it('reads back ASCII, multi-byte and lone-surrogate names', () => {
    const arena = new ColumnArena();
    const names = ['run', '', 'größe', '函数', 'emoji 😀', 'x'];

    const column = NameColumn.pack(names, names.length, arena);
    const lone = NameColumn.pack(['ok', 'bad \ud800'], 2);

    expect(column.length).toBe(names.length);
    expect(names.map((_, index) => column.at(index))).toEqual(names);
    expect([lone.at(0), lone.at(1)]).toEqual(['ok', 'bad \ud800']);
  });
});
