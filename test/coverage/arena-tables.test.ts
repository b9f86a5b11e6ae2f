import { describe, expect, it } from 'vitest';
import { ArenaBranchTable, ArenaFunctionTable } from '../../src/coverage/arena-tables.js';
import { ColumnArena } from '../../src/coverage/columns.js';
import { branchGroups, functionRecords } from '../../src/coverage/record-tables.js';
import { fileCounter } from '../../src/coverage/totals.js';

describe('ArenaBranchTable', () => {
  it('views its columns and carries its counts', () => {
    const arena = new ColumnArena();
    arena.openGroup(256);
    const table = new ArenaBranchTable(2, arena.groupBlock, {
      line: arena.place([3, 900], 2),
      takenStart: arena.place([0, 2, 5], 3),
      taken: arena.place([4, 0, 70_000, 1, 0], 5),
      coveredOutcomes: 3,
      outcomes: 5,
    });

    expect(branchGroups(table)).toEqual([
      { line: 3, covered: 1, total: 2, taken: [4, 0] },
      { line: 900, covered: 2, total: 3, taken: [70_000, 1, 0] },
    ]);
    expect(table.line).toBe(table.line);
    expect(fileCounter({ path: 'a.c', branches: table }, 'branches')).toEqual({ covered: 3, total: 5 });
  });
});

describe('ArenaFunctionTable', () => {
  it('views its columns and carries its counts', () => {
    const arena = new ColumnArena();
    arena.openGroup(256);
    const names = Buffer.from('mainé');
    const table = new ArenaFunctionTable(2, arena.groupBlock, {
      nameBytes: arena.placeBytes(names, names.length),
      nameByteCount: names.length,
      nameEnds: arena.place([4, 6], 2),
      line: arena.place([3, 12], 2),
      hits: arena.place([0, 2 ** 33], 2),
      covered: 1,
    });

    expect(functionRecords(table)).toEqual([
      { name: 'main', line: 3, hits: 0 },
      { name: 'é', line: 12, hits: 2 ** 33 },
    ]);
    expect(fileCounter({ path: 'a.c', functions: table }, 'functions')).toEqual({ covered: 1, total: 2 });
  });
});
