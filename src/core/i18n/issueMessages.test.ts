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
