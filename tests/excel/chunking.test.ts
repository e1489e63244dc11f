import { ChunkSizer, payloadBytes, utf8Length, WEB_PAYLOAD_LIMIT } from '../../src/excel/chunking';

describe('chunks of a read from Excel on the web (5 MB per request)', () => {
  it('measures UTF-8 bytes, not characters', () => {
    for (const s of ['Sở Tài chính', 'Ủy ban nhân dân thành phố', 'a', '', '𝔸 emoji 😀', 'Thường xuyên'])
      expect(utf8Length(s)).toBe(Buffer.byteLength(s, 'utf8'));
    const values = [['Nhiệm vụ', 'Cơ quan chủ trì', 1, null]];
    expect(payloadBytes(values)).toBe(Buffer.byteLength(JSON.stringify(values), 'utf8'));
  });

  it('starts small, grows at most four times a chunk, and shrinks when Excel refuses longer cells', () => {
    const columns = 10;
    const sizer = new ChunkSizer(columns);
    let rows = sizer.nextRows(1_000_000);
    expect(rows * columns).toBeLessThanOrEqual(1_000);
    // Short cells first (20 bytes each as values, texts and formats), then whole paragraphs (6 KB each).
    let read = 0;
    let refusals = 0;
    let largest = 0;
    while (read < 60_000) {
      const cells = rows * columns;
      const bytes = cells * (read > 20_000 ? 6_000 : 20);
      if (bytes > WEB_PAYLOAD_LIMIT) {
        refusals++;
        expect(sizer.refused(cells)).toBe(true);
      } else {
        sizer.record(bytes, cells);
        read += rows;
        largest = Math.max(largest, rows);
      }
      const next = sizer.nextRows(1_000_000);
      expect(next).toBeLessThanOrEqual(rows * 4);
      rows = next;
    }
    expect(largest).toBeGreaterThan(1_000); // it did grow
    // A cell 300 times longer is found in a few tries (each at most 0.4 times the one refused).
    expect(refusals).toBeLessThanOrEqual(7);
  });
});
