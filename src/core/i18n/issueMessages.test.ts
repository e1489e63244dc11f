import { LANGS } from './lang';
import {
  ISSUE_CODES,
  ISSUE_DEFINITIONS,
  issueMessage,
  renderIssue,
  validIssueParams,
  type IssueCode,
  type IssueParamsOf,
} from './issueMessages';

/** Parameters for every code (the type makes the list complete). */
const SAMPLES: { [C in IssueCode]: IssueParamsOf<C> } = {
  'missing-column': { field: 'deadline' },
  'missing-lead': {},
  'multiple-leads': { count: 2, list: 'Sở Tài chính; Sở Tư pháp' },
  'vague-lead': { lead: 'Các sở, ban, ngành liên quan' },
  'lead-also-coordinating': { lead: 'Sở Y tế' },
  'missing-deadline': {},
  'unreadable-deadline': { text: 'Sớm' },
  'placeholder-deadline': { text: '01/01/1970' },
  'deadline-before-document': { due: '2026-01-31', document: '2026-03-15' },
  'deadline-before-start': { text: 'Từ 01/6/2026 đến 01/3/2026', start: '2026-06-01', due: '2026-03-01', from: 'cell' },
  'implausible-deadline': {
    text: 'Tháng 12/2206',
    due: '2206-12-31',
    anchor: '2026-03-15',
    anchorKind: 'document',
    direction: 'after',
    years: 180,
  },
  overdue: { due: '2026-04-30', days: 1 },
  'due-soon': { due: '2026-05-03', days: 2 },
  'missing-output': {},
  'missing-authority': {},
  'missing-leader': {},
  'numbering-gap': { no: '5', prev: '3', missing: '4' },
  'numbering-duplicate': { no: '6', firstRow: 9 },
  'numbering-order': { no: '5', prev: '6' },
  'spelling-variant': {
    text: 'Sở Văn hoá',
    count: 2,
    variants: '“Sở Văn hóa” ×2, “Sở Văn hoá” ×1',
    best: 'Sở Văn hóa',
  },
  'duplicate-task': { other: '7', otherRow: 12 },
  'continuation-merged': { row: 36, no: '23' },
  'template-row': {},
  'extra-lead-row': { lead: 'Sở Xây dựng', no: '4' },
  'repeated-header': {},
  'value-inherited': { field: 'deadline', value: 'Quý IV/2026' },
  'cell-error': { value: '#REF!' },
  'used-range-oversized': { sheet: 'Phụ lục', used: 'A1:XFD1048576', content: 'A1:I120' },
  'unreadable-cell': { value: '2958466', reason: 'date-out-of-range' },
  'legacy-encoding': { encoding: 'tcvn3', count: 42, sheet: 'Phụ lục', cell: 'A1' },
};

describe('issue messages, rendered from code and params', () => {
  it.each(ISSUE_CODES)('%s renders in every language from params its schema accepts', (code) => {
    const params = SAMPLES[code];
    expect(ISSUE_DEFINITIONS[code].params.parse(params)).toEqual(params);
    const texts = LANGS.map((lang) => issueMessage({ code, params }, lang));
    for (const t of texts) {
      expect(t.length).toBeGreaterThan(10);
      expect(t).not.toMatch(/undefined|\[object|\$\{/);
      for (const v of Object.values(params)) if (typeof v === 'number') expect(t).toContain(String(v));
    }
    expect(new Set(texts).size).toBe(LANGS.length);
  });

  it('resolves dates and field names for the language', () => {
    const due = SAMPLES['deadline-before-document'];
    expect(issueMessage({ code: 'deadline-before-document', params: due }, 'vi')).toBe(
      'Thời hạn 31/01/2026 sớm hơn ngày của văn bản (15/03/2026).',
    );
    expect(issueMessage({ code: 'deadline-before-document', params: due }, 'en')).toBe(
      "The deadline 2026-01-31 is earlier than the document's own date (2026-03-15).",
    );
    expect(issueMessage({ code: 'missing-column', params: { field: 'lead' } }, 'vi')).toBe(
      'Bảng không có cột “Cơ quan chủ trì”.',
    );
    expect(issueMessage({ code: 'value-inherited', params: SAMPLES['value-inherited'] }, 'en')).toBe(
      'The row has no deadline of its own; taken from the row above (merged cell): “Quý IV/2026”.',
    );
    expect(issueMessage({ code: 'multiple-leads', params: SAMPLES['multiple-leads'] }, 'vi')).toBe(
      'Ô chủ trì ghi 2 cơ quan (Sở Tài chính; Sở Tư pháp); mỗi nhiệm vụ nên có một cơ quan chủ trì.',
    );
  });

  it('says why a cell or a deadline cannot be read, naming the value, in each of its forms', () => {
    const msg = (code: IssueCode, params: Record<string, string | number>, lang: 'vi' | 'en' = 'vi') =>
      issueMessage({ code, params }, lang);
    expect(msg('unreadable-cell', SAMPLES['unreadable-cell'])).toBe(
      'Ô có số ngày 2958466 ngoài lịch của Excel (1900–9999): không đọc được thành ngày.',
    );
    expect(msg('unreadable-cell', { value: '10000-01-01', reason: 'date-out-of-range' }, 'en')).toBe(
      "The cell holds the date “10000-01-01”, outside Excel's calendar (1900–9999): it cannot be read as a date.",
    );
    expect(msg('unreadable-cell', { value: 'hôm qua', reason: 'not-a-date' })).toContain('“hôm qua”');
    expect(msg('unreadable-cell', { value: '', reason: 'no-cached-value' }, 'en')).toContain('never calculated');
    expect(msg('unreadable-cell', { value: 'NaN', reason: 'not-a-number' }, 'en')).toBe(
      'The cell holds “NaN”, which cannot be read as a number or a date.',
    );
    expect(msg('deadline-before-start', SAMPLES['deadline-before-start'])).toBe(
      'Thời hạn “Từ 01/6/2026 đến 01/3/2026” kết thúc (01/03/2026) trước khi bắt đầu (01/06/2026): không thể đúng, nên không dùng để tính trạng thái.',
    );
    expect(msg('deadline-before-start', { ...SAMPLES['deadline-before-start'], from: 'column' }, 'en')).toMatch(
      /^The start \(2026-06-01\) is later than the deadline/,
    );
    expect(msg('implausible-deadline', SAMPLES['implausible-deadline'])).toBe(
      'Thời hạn “Tháng 12/2206” (31/12/2206) sau ngày của văn bản (15/03/2026) 180 năm: có lẽ năm bị gõ nhầm, nên không dùng để tính trạng thái.',
    );
    expect(
      msg(
        'implausible-deadline',
        { ...SAMPLES['implausible-deadline'], direction: 'before', anchorKind: 'as-of' },
        'en',
      ),
    ).toContain('180 years before the as-of date');
  });

  it('refuses params that do not fit the code, and unknown codes', () => {
    expect(() => validIssueParams({ code: 'multiple-leads', params: { count: 2 } })).toThrow();
    expect(() => validIssueParams({ code: 'multiple-leads', params: { count: '2', list: 'a; b' } })).toThrow();
    expect(() => validIssueParams({ code: 'missing-lead', params: { extra: 1 } })).toThrow();
    expect(() => validIssueParams({ code: 'overdue', params: { due: '30/04/2026', days: 1 } })).toThrow();
    expect(() => validIssueParams({ code: 'no-such-code', params: {} })).toThrow(/no-such-code/);
    expect(validIssueParams({ code: 'overdue', params: SAMPLES.overdue })).toEqual(SAMPLES.overdue);
  });

  it('renders a finding into the contract issue, keeping its data', () => {
    const finding = {
      code: 'overdue',
      severity: 'warning',
      row: 7,
      column: 'E',
      no: '3',
      params: SAMPLES.overdue,
    } as const;
    expect(renderIssue(finding, 'en')).toEqual({ ...finding, message: 'Overdue: due 2026-04-30, 1 days late.' });
    expect(renderIssue(finding, 'vi').message).toBe('Quá hạn: hạn 30/04/2026, đã trễ 1 ngày.');
  });
});
