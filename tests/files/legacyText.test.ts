/**
 * Text files in every encoding an office meets: UTF-8 (± BOM), UTF-16, Windows-1258, TCVN3 and VNI. Each
 * fixture is written in each encoding and read back: the legacy ones are found and converted, the others
 * never taken for one.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeLegacy } from '../../src/core/text/legacyEncodings/convert';
import { decodeTextBytes, decodeWindows1252 } from '../../src/files/readDelimited';
import { readWorkbookBuffer } from '../../src/files/readWorkbook';
import { legacyBytes, legacyRoundTrip, windows1258Bytes, windows1258RoundTrip } from '../helpers/legacyBytes';
import { scanGrid } from '../helpers/scan';
import { FIXTURES, seedPath } from '../helpers/seeds';

const TEXT_FIXTURES = [
  ...readdirSync(join(FIXTURES, 'seeds'))
    .filter((f) => f.endsWith('.tsv') || f.endsWith('.txt'))
    .map((f) => join(FIXTURES, 'seeds', f)),
  ...readdirSync(join(FIXTURES, 'family'))
    .filter((f) => f.endsWith('.tsv'))
    .map((f) => join(FIXTURES, 'family', f)),
];
const name = (path: string) => path.replace(/^.*[\\/]/, '');
const unicodeOf = (path: string) => readFileSync(path, 'utf8').normalize('NFC');
const read = (bytes: Uint8Array) => {
  const d = decodeTextBytes(bytes);
  return { legacy: d.legacy, text: (d.legacy ? decodeLegacy(d.text, d.legacy) : d.text).normalize('NFC') };
};

describe('text files are not taken for a legacy encoding', () => {
  it.each(TEXT_FIXTURES.map((p) => [name(p), p]))('%s in UTF-8, UTF-16 and Windows-1258', (_n, path) => {
    const text = unicodeOf(path);
    expect(read(new TextEncoder().encode(text))).toEqual({ legacy: null, text });
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]))).toEqual({ legacy: null, text });
    expect(read(new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]))).toEqual({ legacy: null, text });
    const w = read(windows1258Bytes(text));
    expect(w.legacy).toBeNull();
    expect(w.text).toBe(windows1258RoundTrip(text));
  });
});

describe('text files typed in TCVN3 or VNI are found and converted', () => {
  it.each(TEXT_FIXTURES.map((p) => [name(p), p]))('%s in TCVN3 and VNI', (_n, path) => {
    const text = unicodeOf(path);
    for (const enc of ['tcvn3', 'vni'] as const)
      expect(read(legacyBytes(text, enc))).toEqual({ legacy: enc, text: legacyRoundTrip(text, enc) });
  });

  it('finds TCVN3 kept as Unicode characters (a .VnTime sheet saved as "CSV UTF-8")', () => {
    const text = unicodeOf(seedPath('001', 'tsv'));
    const asShown = decodeWindows1252(legacyBytes(text, 'tcvn3'));
    expect(read(new TextEncoder().encode(asShown))).toEqual({ legacy: 'tcvn3', text: legacyRoundTrip(text, 'tcvn3') });
    expect(read(new Uint8Array([0xff, 0xfe, ...Buffer.from(asShown, 'utf16le')])).legacy).toBe('tcvn3');
  });
});

describe('Windows-1252, the characters legacy bytes are read as', () => {
  it('has its punctuation at 0x80–0x9F (Node reads the label as Latin-1)', () => {
    expect(decodeWindows1252(new Uint8Array([0x80, 0x85, 0x93, 0x94, 0x96, 0x97, 0x81, 0x41, 0xe0]))).toBe(
      '€…“”–—\u0081Aà',
    );
  });

  it("keeps a TCVN3 file's quotes, dashes and ellipsis, and its words in capitals", async () => {
    const text = '“Sở Tài chính” – tổng hợp…\tCÁC NHIỆM VỤ CỦA SỞ\tVụ Kế hoạch\n';
    const grid = await readWorkbookBuffer(legacyBytes(text, 'tcvn3'), 'x.tsv');
    expect(grid.sheets[0]!.rows[0]!.map((c) => c.text)).toEqual([
      '“Sở Tài chính” – tổng hợp…',
      'CÁC NHIỆM VỤ CỦA SỞ',
      'Vụ Kế hoạch',
    ]);
  });
});

describe('a seed appendix saved as a VNI or TCVN3 text file', () => {
  const path = seedPath('001', 'tsv');

  it.each(['vni', 'tcvn3'] as const)('reads as its UTF-8 twin in %s, and says what was converted', async (enc) => {
    const text = readFileSync(path, 'utf8');
    const twin = scanGrid(await readWorkbookBuffer(new TextEncoder().encode(legacyRoundTrip(text, enc)), 'pl.tsv'));
    const file = scanGrid(await readWorkbookBuffer(legacyBytes(text, enc), 'pl.tsv'));
    expect(file.tables.map((t) => t.tasks)).toEqual(twin.tables.map((t) => t.tasks));
    expect(file.tables[0]!.tasks.length).toBeGreaterThan(20);
    const finding = file.tables[0]!.issues.filter((i) => i.code === 'legacy-encoding');
    expect(finding).toHaveLength(1);
    expect(finding[0]).toMatchObject({ severity: 'info', params: { encoding: enc, sheet: 'pl' } });
    expect(finding[0]!.params.count).toBeGreaterThan(100);
    expect(finding[0]!.message).toMatch(/đã được đọc thành Unicode/);
    expect(twin.tables[0]!.issues.some((i) => i.code === 'legacy-encoding')).toBe(false);
  });
});
