import type { ScannedFile } from '../report/schema';
import { fileTaskKeys, readTaskKey, taskKey, TASK_KEY_RE } from './taskKey';

function fileOf(tables: { sheet: string; texts: string[] }[]): ScannedFile {
  return {
    path: 'm.xlsx',
    error: null,
    tables: tables.map(({ sheet, texts }) => ({ sheet, tasks: texts.map((task) => ({ task })) })),
  } as unknown as ScannedFile;
}

describe('task key', () => {
  it('is a short key of sheet, text and occurrence, the same however the text is spelt', () => {
    const k = taskKey('PL 1', 'Xây dựng đề án văn hoá', 0);
    expect(k).toMatch(TASK_KEY_RE);
    expect(taskKey('pl 1', '  Xây dựng  đề án VĂN HÓA. ', 0)).toBe(k);
    expect(taskKey('PL 1', 'Xây dựng đề án văn hoá', 1)).not.toBe(k);
    expect(taskKey('PL 2', 'Xây dựng đề án văn hoá', 0)).not.toBe(k);
    expect(taskKey('PL 1', 'Xây dựng đề án văn hoá mới', 0)).not.toBe(k);
  });

  it('tells identical texts of a sheet apart by their order, across its tables, and nothing else', () => {
    const keys = fileTaskKeys(
      fileOf([
        { sheet: 'A', texts: ['Báo cáo định kỳ', 'Việc khác', 'Báo cáo định kỳ'] },
        { sheet: 'A', texts: ['Báo cáo định kỳ'] },
        { sheet: 'B', texts: ['Báo cáo định kỳ'] },
      ]),
    );
    expect(keys.flat().length).toBe(new Set(keys.flat()).size);
    expect(keys[0]![0]).toBe(taskKey('A', 'Báo cáo định kỳ', 0));
    expect(keys[0]![2]).toBe(taskKey('A', 'Báo cáo định kỳ', 1));
    expect(keys[1]![0]).toBe(taskKey('A', 'Báo cáo định kỳ', 2));
    expect(keys[2]![0]).toBe(taskKey('B', 'Báo cáo định kỳ', 0));
    // Rows moved or renumbered do not enter it; a task inserted before another text's does not change that text's key.
    const after = fileTaskKeys(fileOf([{ sheet: 'A', texts: ['Việc mới chèn', 'Việc khác', 'Báo cáo định kỳ'] }]));
    expect(after[0]![1]).toBe(keys[0]![1]);
    expect(after[0]![2]).toBe(keys[0]![0]);
  });

  it('reads a key back from a cell, and nothing that is not one', () => {
    const k = taskKey('A', 'x', 0);
    expect(readTaskKey(` ${k.toUpperCase()} `)).toBe(k);
    expect(readTaskKey('')).toBeNull();
    expect(readTaskKey('k123')).toBeNull();
    expect(readTaskKey('Đã hoàn thành')).toBeNull();
  });
});
