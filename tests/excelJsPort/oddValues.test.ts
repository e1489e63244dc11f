/**
 * The playground's ExcelJS port on the workbook of values no reader may stop on: the same warnings at
 * the same cells as the command line. Where ExcelJS loses the stored value before the engine sees it
 * (a serial of 1e12 becomes an invalid Date, a `t="d"` text NaN), the warning says what is left.
 */
import { scanWorkbook } from '../../src/core/scan/scanWorkbook';
import { ExcelJsWorkbookPort } from '../../src/excelJsPort/excelJsWorkbookPort';
import { readWorkbookBuffer } from '../../src/files/readWorkbook';
import { ODD_VALUE_FINDINGS, oddValuesWorkbook } from '../helpers/oddValuesWorkbook';
import { settings } from '../helpers/scan';

const S = settings({ asOf: '2026-05-01' });

describe('values that cannot be read, through the ExcelJS port', () => {
  it('gives the command line’s warnings at the same cells, and no state from them', async () => {
    const bytes = await oddValuesWorkbook();
    const port = await ExcelJsWorkbookPort.fromBytes(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
      'gia-tri-la.xlsx',
    );
    const read = await port.readWorkbook();
    const table = scanWorkbook(read.grid, read.name, S).tables[0]!;
    const cli = scanWorkbook(await readWorkbookBuffer(bytes, 'gia-tri-la.xlsx'), 'x', S).tables[0]!;
    const said = (t: typeof table) =>
      t.issues.filter((i) => i.code !== 'overdue').map((i) => [i.code, `${i.column}${i.row}`]);
    const expected = ODD_VALUE_FINDINGS.map(([code, cell]) => [code, cell]);
    expect(said(cli)).toEqual(expected);
    expect(said(table)).toEqual(expected);
    expect(table.tasks.map((t) => t.state)).toEqual(cli.tasks.map((t) => t.state));
    const params = (t: typeof table, row: number) => t.issues.find((i) => i.row === row)!.params;
    expect(params(table, 6)).toEqual({ value: '2958466', reason: 'date-out-of-range' });
    expect(params(table, 7)).toEqual({ value: '########', reason: 'not-a-date' });
    expect(params(cli, 7)).toEqual({ value: '1000000000000', reason: 'date-out-of-range' });
    expect(params(table, 8)).toEqual({ value: 'NaN', reason: 'not-a-number' });
    expect(params(cli, 8)).toEqual({ value: 'hôm qua', reason: 'not-a-date' });
  });
});
