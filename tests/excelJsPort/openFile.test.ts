import { ExcelJsWorkbookPort } from '../../src/excelJsPort/excelJsWorkbookPort';
import { TextFileError } from '../../src/excelJsPort/workbookFromBytes';
import { FileReadError } from '../../src/files/fileReadError';
import { openFailureText } from '../../src/playground/playgroundText';
import { corruptPartWorkbook, oddFiles, truncatedWorkbook, workbookBytes } from '../helpers/oddFiles';

async function failure(p: Promise<unknown>): Promise<unknown> {
  return p.then(
    () => null,
    (x: unknown) => x,
  );
}

describe('opening a file in the browser (the playground, over ExcelJS)', () => {
  it('refuses every kind the command line refuses, with the same code and message, whatever the name', async () => {
    for (const { name, code, bytes } of await oddFiles()) {
      const e = await failure(ExcelJsWorkbookPort.fromBytes(bytes, 'dropped.xlsx'));
      expect(e).toBeInstanceOf(FileReadError);
      expect([name, (e as FileReadError).code]).toEqual([name, code]);
      expect(openFailureText(e, 'dropped.xlsx', 'en')).toBe((e as FileReadError).messageEn);
      expect(openFailureText(e, 'dropped.xlsx', 'vi')).toBe((e as FileReadError).messageVi);
    }
  });

  it('opens a workbook under another name, and says a text file is one', async () => {
    const port = await ExcelJsWorkbookPort.fromBytes(await workbookBytes(), 'phu-luc.csv');
    expect(port.visibleSheets().map((s) => s.name)).toEqual(['Phụ lục']);
    const e = await failure(
      ExcelJsWorkbookPort.fromBytes(new TextEncoder().encode('STT,Nhiệm vụ\n1,Việc\n'), 'a.xlsx'),
    );
    expect(e).toBeInstanceOf(TextFileError);
    expect(openFailureText(e, 'a.xlsx', 'vi')).toMatch(/^"a\.xlsx" là tệp văn bản \(CSV, TSV\)/);
    expect(openFailureText(e, 'a.xlsx', 'en')).toMatch(/is a text file \(CSV, TSV\), not a workbook/);
  });

  it('says a truncated workbook and a corrupt part are damaged, with ExcelJS’s cause on a second line', async () => {
    for (const bytes of [await truncatedWorkbook(), await corruptPartWorkbook()]) {
      const e = (await failure(ExcelJsWorkbookPort.fromBytes(bytes, 'hong.xlsx'))) as FileReadError;
      expect(e).toBeInstanceOf(FileReadError);
      expect(e.code).toBe('damaged-file');
      expect(openFailureText(e, 'hong.xlsx', 'vi')).toMatch(
        /^Tệp “hong\.xlsx” bị hỏng hoặc không đầy đủ.*\nChi tiết: .+/,
      );
    }
  });

  it('never hides the cause of an error it has no message for', () => {
    expect(openFailureText(new Error('boom'), 'x.xlsx', 'en')).toBe(
      '"x.xlsx" is not a readable .xlsx file.\nDetails: boom',
    );
    expect(openFailureText(new Error('boom'), 'x.xlsx', 'vi')).toBe(
      '"x.xlsx" không phải tệp .xlsx đọc được.\nChi tiết: boom',
    );
  });
});
