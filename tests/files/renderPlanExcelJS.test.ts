import { cellValue } from '../../src/files/renderPlanExcelJS';
import { isoToExcelSerial } from '../../src/core/isoDate';

describe('plan cells for ExcelJS (the playground workbook)', () => {
  it('writes a date as UTC midnight, so its serial is the day whatever the machine time zone', () => {
    // The tests run in the offices' time zone, UTC+7 (tests/setup/timeZone.js).
    expect(new Date(2026, 4, 1).getTimezoneOffset()).toBe(-420);
    const d = cellValue('2026-05-01', { header: 'Hạn', kind: 'date', width: 12 }) as Date;
    expect(d.toISOString()).toBe('2026-05-01T00:00:00.000Z');
    // ExcelJS's serial: days since 1899-12-30 by UTC time.
    expect(d.getTime() / 86400000 + 25569).toBe(isoToExcelSerial('2026-05-01'));
  });
});
