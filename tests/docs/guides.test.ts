/**
 * Issue 12: the user guide (docs/huong-dan-su-dung.md) and the deployment guide (docs/deploy.md) exist,
 * the README links both, each has its sections, every relative link and image resolves to a file of the
 * repository (and an anchor to a heading of that file), and the user guide explains every finding the
 * engine can emit, every task state and every ExcelApi set the add-in checks for, so a new code, state
 * or set without a guide entry fails here.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { headingSlugger } from '../../addinHelp';
import { ISSUE_CODES, issueSeverity } from '../../src/core/i18n/issueMessages';
import { severityLabel, stateLabel } from '../../src/core/i18n/labels';
import { taskStateSchema } from '../../src/core/report/schema';
import { CAPABILITY_SETS } from '../../src/excel/capabilities';
import { headings, links, section } from '../helpers/markdown';

const ROOT = join(__dirname, '..', '..');
const GUIDE = 'docs/huong-dan-su-dung.md';
const DEPLOY = 'docs/deploy.md';
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/** Section headings each document must keep (the start of the heading's text). */
const REQUIRED: Record<string, string[]> = {
  [GUIDE]: [
    '1. Add-in làm được gì',
    '2. Mở add-in',
    '3. Quét sổ làm việc',
    '4. Sửa cách add-in đọc bảng',
    '4.1. Ánh xạ cột',
    '4.2. Chỉ ra bảng mà add-in bỏ sót',
    '4.3. Đổi dòng tiêu đề',
    '4.4. Bỏ một bảng không phải phụ lục',
    '5. Xem các vấn đề',
    '6. Đánh dấu',
    '7. Tổng hợp',
    '8. Thêm cột theo dõi',
    '9. Thiết lập',
    '10. Ý nghĩa từng vấn đề và cách sửa',
    '11. Cách add-in đọc thời hạn',
    '12. Cách add-in xác định tình trạng nhiệm vụ',
    '13. Phiên bản Excel',
    '14. Add-in lưu gì và cách gỡ bỏ',
    '15. Chu kỳ báo cáo hằng tháng',
    '15.1. Tách theo đơn vị',
    '15.3. Tổng hợp báo cáo',
    'In English',
  ],
  [DEPLOY]: [
    '1. Build',
    '2. Host the pages over https',
    'IIS on Windows Server',
    'nginx',
    'A ready-made static host',
    '3. Give the add-in to Excel',
    'Microsoft 365 admin center',
    'SharePoint app catalog',
    'Network shared-folder catalog',
    '4. Certificates',
    '5. Updating to a new version',
    '6. Removing it',
    '7. What the add-in reaches on the network',
  ],
};

/** Problems with a document's relative links: a missing file, a folder, an anchor no heading has. */
function linkProblems(file: string, md = read(file)): string[] {
  const problems: string[] = [];
  const anchorsOf = (target: string) => {
    const slug = headingSlugger();
    return new Set(headings(read(target)).map((h) => slug(h.text)));
  };
  for (const { target, image } of links(md)) {
    if (/^[a-z]+:/i.test(target)) continue;
    const [path, anchor] = target.split('#') as [string, string | undefined];
    const resolved = path ? resolve(ROOT, dirname(file), decodeURI(path)) : join(ROOT, file);
    const relative = resolved.slice(ROOT.length + 1);
    if (!resolved.startsWith(ROOT) || !existsSync(resolved)) problems.push(`${target}: no file ${relative}`);
    else if (!statSync(resolved).isFile()) problems.push(`${target}: ${relative} is not a file`);
    else if (image && !/\.(png|jpe?g|svg|gif)$/i.test(resolved)) problems.push(`${target}: not an image`);
    else if (anchor !== undefined && !anchorsOf(relative).has(decodeURIComponent(anchor).normalize('NFC')))
      problems.push(`${target}: no heading #${anchor} in ${relative}`);
  }
  return problems;
}

describe('the user guide and the deployment guide', () => {
  it('are linked from the README', () => {
    const targets = links(read('README.md')).map((l) => l.target.split('#')[0]);
    expect(targets).toEqual(expect.arrayContaining([GUIDE, DEPLOY]));
  });

  it.each([GUIDE, DEPLOY])('%s has its sections', (file) => {
    const titles = headings(read(file)).map((h) => h.text);
    const missing = REQUIRED[file]!.filter((start) => !titles.some((t) => t.startsWith(start)));
    expect(missing).toEqual([]);
  });

  it.each([GUIDE, DEPLOY, 'README.md'])('every relative link and image of %s resolves', (file) => {
    expect(linkProblems(file)).toEqual([]);
  });

  it('the link check can fail: a missing file, a missing anchor', () => {
    const slug = headingSlugger();
    expect(['1. Add-in làm được gì', '4.1. Ánh xạ cột', 'In English', 'In English'].map(slug)).toEqual([
      '1-add-in-làm-được-gì',
      '41-ánh-xạ-cột',
      'in-english',
      'in-english-1',
    ]);
    expect(
      linkProblems(
        GUIDE,
        '[ok](#1-add-in-làm-được-gì) [no](nope.md) [x](#no-such) ![z](screenshots/none.png) [d](deploy.md#nothing)',
      ),
    ).toEqual([
      'nope.md: no file docs/nope.md',
      '#no-such: no heading #no-such in docs/huong-dan-su-dung.md',
      'screenshots/none.png: no file docs/screenshots/none.png',
      'deploy.md#nothing: no heading #nothing in docs/deploy.md',
    ]);
    expect(links('[a](x.md) ![b](screenshots/y.png "t") `[c](z.md)` [d](#e)')).toEqual([
      { target: 'x.md', image: false },
      { target: 'screenshots/y.png', image: true },
      { target: '#e', image: false },
    ]);
  });

  it('the user guide explains every finding the engine can emit, with its severity', () => {
    const findings = section(read(GUIDE), '10. Ý nghĩa từng vấn đề');
    // Each entry names its code and severity: "(`missing-lead`, Lỗi)".
    const entries = [...findings.matchAll(/\(`([a-z0-9-]+)`, (Lỗi|Cảnh báo|Thông tin)\)/g)].map((m) => [m[1], m[2]]);
    const described = new Map(entries.map(([code, severity]) => [code, severity]));
    expect(ISSUE_CODES.filter((c) => !described.has(c))).toEqual([]);
    expect([...described.keys()].filter((c) => !(ISSUE_CODES as string[]).includes(c!))).toEqual([]);
    for (const code of ISSUE_CODES)
      expect([code, described.get(code)]).toEqual([code, severityLabel('vi', issueSeverity(code))]);
    expect(entries).toHaveLength(ISSUE_CODES.length);
  });

  it('the user guide names every task state as the pane and the sheets show it', () => {
    const states = section(read(GUIDE), '12. Cách add-in xác định tình trạng');
    const missing = taskStateSchema.options.map((s) => stateLabel('vi', s)).filter((label) => !states.includes(label));
    expect(missing).toEqual([]);
  });

  it('the user guide says what needs each ExcelApi set the add-in checks for', () => {
    const versions = section(read(GUIDE), '13. Phiên bản Excel');
    const sets = [...new Set(Object.values(CAPABILITY_SETS))].filter((v) => Number(v.split('.')[1]) > 4);
    expect(sets.filter((v) => !versions.includes(`ExcelApi ${v}`))).toEqual([]);
    expect(versions).toContain('ExcelApi 1.4');
  });

  it('the deployment guide cites Microsoft Learn for each way of deploying', () => {
    const doc = read(DEPLOY);
    for (const start of ['Microsoft 365 admin center', 'SharePoint app catalog', 'Network shared-folder catalog'])
      expect([start, section(doc, start)]).toEqual([start, expect.stringMatching(/https:\/\/learn\.microsoft\.com\//)]);
  });
});
