/**
 * Cells the reader converted from a legacy Vietnamese encoding (TCVN3 by a .Vn* font, VNI by a VNI-*
 * font, either by the sheet's content or a text file's bytes): one finding per sheet and encoding, at
 * the first converted cell, so the person can convert the source to Unicode. Their values were read as
 * Unicode; the file is never changed.
 */
import { columnLetter } from '../a1';
import type { Finding } from '../report/schema';
import type { IssueFactory } from './issueFactory';
import { defineCheck } from './tableCheck';

export const legacyEncodingCheck = defineCheck({
  name: 'legacy encoding',
  codes: ['legacy-encoding'],
  run({ table, legacy = [] }, make: IssueFactory<'legacy-encoding'>): Finding[] {
    return legacy.map((l) => {
      const cell = `${columnLetter(l.col)}${l.row + 1}`;
      const issue = make.at('legacy-encoding', l.row + 1, null, null, {
        encoding: l.encoding,
        count: l.count,
        sheet: table.sheet,
        cell,
      });
      return { ...issue, column: columnLetter(l.col) };
    });
  },
});
