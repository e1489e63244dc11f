/** A small appendix sheet as rows (title, document line, header, n tasks) for the Office adapter's tests. */
export interface AppendixRowsShape {
  /** The task text after "Nhiệm vụ số i". */
  taskTail: string;
  /** Every this many tasks has no lead agency. */
  noLeadEvery: number;
  coordinating: string;
}

export function appendixRows(n: number, shape: AppendixRowsShape): (string | number)[][] {
  const rows: (string | number)[][] = [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 1/KH-UBND ngày 10/01/2026)'],
    ['STT', 'Nhiệm vụ', 'Thời hạn', 'Cơ quan chủ trì', 'Cơ quan phối hợp'],
  ];
  for (let i = 1; i <= n; i++)
    rows.push([
      i,
      `Nhiệm vụ số ${i} ${shape.taskTail}`,
      i % 3 === 0 ? 'Tháng 3/2026' : 'Quý IV/2026',
      i % shape.noLeadEvery === 0 ? '' : 'Sở Tài chính',
      shape.coordinating,
    ]);
  return rows;
}
