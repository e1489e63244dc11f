import { CONTENT_KINDS, type ColumnEvidence, type ContentKind } from './columnEvidence';
import { isTaskTableMap, mapColumns } from './mapColumns';

/** Evidence where `kinds` give each column's shares; columns not listed have no cells. */
function evidence(...cols: Partial<Record<ContentKind, number>>[]): (col: number) => ColumnEvidence {
  return (col) => {
    const given = cols[col];
    if (!given) return { sampled: 0, shares: Object.fromEntries(CONTENT_KINDS.map((k) => [k, 0])) as never };
    return { sampled: 20, shares: { ...Object.fromEntries(CONTENT_KINDS.map((k) => [k, 0])), ...given } as never };
  };
}

describe('mapColumns', () => {
  it('maps by header words, content confirming, with reasons', () => {
    const m = mapColumns(
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời hạn'],
      evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { deadline: 1 }),
    );
    expect(m.fields).toEqual({ no: 0, task: 1, lead: 2, deadline: 3 });
    expect(m.reasons.lead).toEqual([
      { kind: 'header', words: 'co quan chu tri', weight: 1 },
      { kind: 'content', content: 'body', share: 1 },
    ]);
    expect(m.confidence.lead).toBe(1);
  });
  it('"Tiến độ thực hiện" holding years is the deadline, not the status', () => {
    const m = mapColumns(
      ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Tiến độ thực hiện'],
      evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { deadline: 1 }),
    );
    expect(m.fields.deadline).toBe(3);
    expect(m.fields.status).toBeUndefined();
  });
  it('the column of status words takes the status from a free-text progress column', () => {
    const m = mapColumns(
      ['TT', 'Tên nhiệm vụ', 'Trạng thái', 'Tình hình thực hiện', 'Thời hạn'],
      evidence({ stt: 1 }, { prose: 1 }, { status: 1 }, { prose: 0.8 }, { deadline: 1 }),
    );
    expect(m.fields.status).toBe(2);
  });
  it('maps an empty header cell over the numbering by its content', () => {
    const m = mapColumns(
      ['', 'Tên nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn'],
      evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { deadline: 1 }),
    );
    expect(m.fields.no).toBe(0);
    expect(m.reasons.no).toEqual([{ kind: 'content', content: 'stt', share: 1 }]);
  });
  it('reads lead words in any wording: the investor, the drafting body, a contact point', () => {
    for (const header of ['Chủ đầu tư', 'Cơ quan soạn thảo', 'Đơn vị /Cá nhân đầu mối', 'Cơ quan tiếp nhận, xử lý']) {
      const m = mapColumns(
        ['STT', 'Tên dự án', header, 'Thời gian thực hiện'],
        evidence({ stt: 1 }, { prose: 1 }, { body: 0.9 }, { deadline: 1 }),
      );
      expect({ header, lead: m.fields.lead }).toEqual({ header, lead: 2 });
    }
  });
  it('never takes a date of instruction for the deadline', () => {
    const m = mapColumns(
      ['TT', 'Tên nhiệm vụ', 'Ngày chỉ đạo', 'Đơn vị chủ trì'],
      evidence({ stt: 1 }, { prose: 1 }, { date: 1, deadline: 1 }, { body: 1 }),
    );
    expect(m.fields.deadline).toBeUndefined();
  });
  it('"Đánh giá" alone is a status only when its cells are status words', () => {
    const head = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đánh giá'];
    expect(mapColumns(head, evidence({ stt: 1 }, { prose: 1 }, { body: 1 })).fields.status).toBeUndefined();
    expect(mapColumns(head, evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { status: 0.9 })).fields.status).toBe(3);
  });
  it('a header contradicted by its cells loses the field ("Lãnh đạo chủ trì" holding people)', () => {
    const m = mapColumns(
      ['Nội dung', 'Lãnh đạo chủ trì/tham dự', 'Thời gian'],
      evidence({ prose: 1 }, { person: 0.9 }, { clock: 1 }),
    );
    expect(m.fields.lead).toBeUndefined();
    expect(isTaskTableMap(m)).toBe(false);
  });
  it('chooses jointly: each column one field, each field one column', () => {
    const m = mapColumns(
      ['Đơn vị thực hiện', 'Đơn vị phối hợp thực hiện', 'Nội dung'],
      evidence({ body: 1 }, { body: 1 }, { prose: 1 }),
    );
    expect(m.fields).toMatchObject({ lead: 0, coordinating: 1, task: 2 });
  });
  it('a kind of body alone ("Đơn vị") is the lead when its cells are bodies, not otherwise', () => {
    const head = ['STT', 'Nội dung', 'Đơn vị', 'Thời gian'];
    expect(mapColumns(head, evidence({ stt: 1 }, { prose: 1 }, { body: 0.9 }, { deadline: 1 })).fields.lead).toBe(2);
    expect(
      mapColumns(head, evidence({ stt: 1 }, { prose: 1 }, { person: 0.9 }, { deadline: 1 })).fields.lead,
    ).toBeUndefined();
  });
  it('a title with a word of supervision is the leader, not the lead ("Đồng chí phụ trách")', () => {
    for (const header of [
      'Đồng chí phụ trách',
      'Phó Chủ tịch phụ trách',
      'PCT UBND tỉnh phụ trách',
      'Lãnh đạo UBND tỉnh chỉ đạo',
      'Người chỉ đạo',
    ]) {
      const m = mapColumns(
        ['STT', 'Nhiệm vụ', 'Cơ quan chủ trì', header, 'Thời hạn'],
        evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { person: 0.9 }, { deadline: 1 }),
      );
      expect({ header, leader: m.fields.leader, lead: m.fields.lead }).toEqual({ header, leader: 3, lead: 2 });
    }
  });
  it('"Kết quả" holding status words is the status; holding products, the output', () => {
    const head = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời hạn', 'Kết quả'];
    const base = [{ stt: 1 }, { prose: 1 }, { body: 1 }, { deadline: 1 }];
    const statusWords = mapColumns(head, evidence(...base, { status: 0.9 }));
    expect([statusWords.fields.status, statusWords.fields.output]).toEqual([4, undefined]);
    const products = mapColumns(head, evidence(...base, { prose: 0.3 }));
    expect([products.fields.status, products.fields.output]).toEqual([undefined, 4]);
  });
  it('under a two-row "Thời gian: Bắt đầu | Kết thúc" the end is the deadline', () => {
    const m = mapColumns(
      ['STT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian Bắt đầu', 'Thời gian Kết thúc'],
      evidence({ stt: 1 }, { prose: 1 }, { body: 1 }, { deadline: 1 }, { deadline: 1 }),
    );
    expect(m.fields.deadline).toBe(4);
  });
});
