import {
  addTable,
  dismissTable,
  migrateColumnOverrides,
  nameReference,
  parseNameReference,
  resolveCorrections,
  setColumn,
  setHeaderRow,
  tableCorrectionSchema,
  type TableCorrection,
} from './corrections';

const table = { sheet: 'PL 1', range: 'A3:F40', headerRow: 4, headerHeight: 1 };

describe('stored table corrections', () => {
  it('reads and writes Name references, with quoted sheet names, and #REF! as nothing', () => {
    expect(nameReference("Kế hoạch's", 'A5:H80')).toBe("='Kế hoạch''s'!$A$5:$H$80");
    expect(parseNameReference("='Kế hoạch''s'!$A$5:$H$80")).toEqual({
      sheet: "Kế hoạch's",
      box: { top: 4, left: 0, bottom: 79, right: 7 },
    });
    expect(parseNameReference('PL!B2:C9')?.sheet).toBe('PL');
    expect(parseNameReference('=#REF!')).toBeNull();
    expect(parseNameReference("='PL'!#REF!")).toBeNull();
  });

  it('a person’s table follows its Name: header row and columns are offsets inside the range', () => {
    let cs = addTable([], 'PL 1', 'B5:E9');
    expect(cs[0]).toMatchObject({ name: 'AppendixTracker_T1', action: 'table', range: 'B5:E9' });
    // The engine proposes the header; no header row given yet.
    expect(resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'B5:E9' } }).tableOverrides).toEqual([
      { sheet: 'PL 1', range: 'B5:E9', action: 'table' },
    ]);
    const placed = resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'B5:E9' } }).placed;
    const mine = { sheet: 'PL 1', range: 'B5:E9', headerRow: 5, headerHeight: 1 };
    cs = setColumn(cs, placed, mine, 'lead', 'D');
    expect(cs[0]).toMatchObject({ headerOffset: 0, columns: [{ field: 'lead', offset: 2 }] });
    // Two rows inserted above: the Name now says B7:E11; everything moves with it.
    const moved = resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'B7:E11' } });
    expect(moved.tableOverrides).toEqual([{ sheet: 'PL 1', range: 'B7:E11', action: 'table', headerRow: 7 }]);
    expect(moved.columnOverrides).toEqual([{ sheet: 'PL 1', headerRow: 7, field: 'lead', column: 'D' }]);
    // A column inserted left of it: the lead column follows.
    const right = resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'C5:F9' } });
    expect(right.columnOverrides[0]!.column).toBe('E');
  });

  it('a deleted range (#REF!) or a missing Name drops the correction and reports it', () => {
    const cs = addTable([], 'PL 1', 'B5:E9');
    const r = resolveCorrections(cs, { AppendixTracker_T1: null });
    expect(r.tableOverrides).toEqual([]);
    expect(r.lost).toEqual(cs);
    expect(resolveCorrections(cs, {}).lost).toHaveLength(1);
  });

  it('moves a found table’s header row, says it has none, dismisses it', () => {
    let cs: TableCorrection[] = setHeaderRow([], [], table, 5);
    expect(cs[0]).toMatchObject({ action: 'table', range: 'A3:F40', headerOffset: 2 });
    expect(resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A3:F40' } }).tableOverrides).toEqual(
      [{ sheet: 'PL 1', range: 'A3:F40', action: 'table', headerRow: 5 }],
    );
    const placed = resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A3:F40' } }).placed;
    cs = setHeaderRow(cs, placed, { ...table, headerRow: 5 }, null);
    expect(cs).toHaveLength(1);
    expect(cs[0]!.headerOffset).toBeNull();
    expect(
      resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A3:F40' } }).tableOverrides[0],
    ).toEqual({ sheet: 'PL 1', range: 'A3:F40', action: 'table', headerRow: 0 });
    // A header row outside the table changes nothing.
    expect(setHeaderRow([], [], table, 99)).toEqual([]);
    const gone = dismissTable([], [], table);
    expect(gone[0]).toMatchObject({ action: 'ignore', range: 'A3:F40', name: 'AppendixTracker_T1' });
    expect(resolveCorrections(gone, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A3:F40' } })).toMatchObject({
      tableOverrides: [{ sheet: 'PL 1', range: 'A3:F40', action: 'ignore' }],
      columnOverrides: [],
    });
  });

  it('column corrections of a found table are keyed by its header row, which moves with the Name', () => {
    const cs = setColumn([], [], table, 'deadline', 'F');
    expect(cs[0]).toMatchObject({ action: 'found', headerOffset: 1, columns: [{ field: 'deadline', offset: 5 }] });
    const r = resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A13:F50' } });
    expect(r.tableOverrides).toEqual([]);
    expect(r.columnOverrides).toEqual([{ sheet: 'PL 1', headerRow: 14, field: 'deadline', column: 'F' }]);
    // A second correction of the same table updates the same entry; "none" is kept as null.
    const again = setColumn(
      cs,
      resolveCorrections(cs, { AppendixTracker_T1: { sheet: 'PL 1', address: 'A3:F40' } }).placed,
      table,
      'leader',
      null,
    );
    expect(again).toHaveLength(1);
    expect(again[0]!.columns).toEqual([
      { field: 'deadline', offset: 5 },
      { field: 'leader', offset: null },
    ]);
  });

  it('migrates the old stored shape: one correction per table, anchored on its header row', () => {
    const cs = migrateColumnOverrides([
      { sheet: 'S', headerRow: 5, field: 'lead', column: 'D' },
      { sheet: 'S', headerRow: 5, field: 'leader', column: null },
      { sheet: 'T', headerRow: 2, field: 'deadline', column: 'C' },
    ]);
    expect(cs.map((c) => tableCorrectionSchema.parse(c))).toHaveLength(2);
    expect(cs[0]).toMatchObject({ sheet: 'S', range: 'A5:D5', action: 'found', headerOffset: 0 });
    expect(resolveCorrections(cs, {}).columnOverrides).toEqual([
      { sheet: 'S', headerRow: 5, field: 'lead', column: 'D' },
      { sheet: 'S', headerRow: 5, field: 'leader', column: null },
      { sheet: 'T', headerRow: 2, field: 'deadline', column: 'C' },
    ]);
  });
});
