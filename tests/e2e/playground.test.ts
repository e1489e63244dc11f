/**
 * End to end in Debian's Chromium (playwright-core, never a downloaded browser): the playground over
 * the bundled sample, as a person uses it. Needs the production build (`webpack --mode production`,
 * part of `npm test`) and /usr/bin/chromium (`apt-get install -y chromium`, done by .ci/run).
 */
import ExcelJS from 'exceljs';
import { oddFiles } from '../helpers/oddFiles';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import JSZip from 'jszip';
import { columnIndex } from '../../src/core/a1';
import { readSplitMarker } from '../../src/core/split/splitMarker';
import { readWorkbookBuffer } from '../../src/files/readWorkbook';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Server } from 'node:http';
import { startServer } from '../../scripts/servePlayground';
import { generateAppendix } from '../../bench/generateAppendix';
import { reportMeasure } from '../helpers/measures';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROOT = join(__dirname, '..', '..');
const WEB = join(ROOT, 'dist', 'web');
const SHOTS = process.env.SCREENSHOTS ? join(ROOT, 'docs', 'screenshots') : null;

let browser: Browser;
let server: Server;
let url: string;

beforeAll(async () => {
  if (!existsSync(join(WEB, 'index.html')))
    throw new Error('dist/web is missing: run "npx webpack --mode production" (npm test does) first');
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  ({ server, url } = await startServer(WEB, 0));
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((ok) => (server ? server.close(ok) : ok(null)));
});

/**
 * `bypassCSP`: for a test that injects its own tool (axe-core) into the page, which the policy rightly
 * blocks; `viewport`: the window's size (a desktop's by default).
 */
async function openPage(
  lang = 'vi',
  { bypassCSP = false, viewport = { width: 1400, height: 900 } } = {},
): Promise<{ page: Page; external: string[]; blocked: string[] }> {
  const context = await browser.newContext({
    viewport,
    acceptDownloads: true,
    bypassCSP,
  });
  const page = await context.newPage();
  const external: string[] = [];
  // Nothing may leave localhost.
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.hostname !== 'localhost' && u.hostname !== '127.0.0.1' && u.protocol !== 'blob:' && u.protocol !== 'data:') {
      external.push(u.href);
      return route.abort();
    }
    return route.continue();
  });
  // The page runs under the server's Content-Security-Policy: anything it blocks is reported here.
  const blocked: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
  });
  const response = await page.goto(`${url}?lang=${lang}`);
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page, external, blocked };
}

async function scanned(page: Page): Promise<void> {
  await page.getByTestId('scan').click();
  await page.getByTestId('table-card').first().waitFor();
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe('playground in Chromium', () => {
  it('opens the sample, scans, selects an issue cell, highlights, clears, summarises, downloads', async () => {
    const { page, external, blocked } = await openPage();
    const t0 = Date.now();
    await page.getByTestId('scan').waitFor();
    const paneReady = Date.now() - t0;
    await expect(
      page.getByTestId('sheet-tab').evaluateAll((els) => els.map((e) => e.getAttribute('data-name'))),
    ).resolves.toEqual(['PL NQ 89 (lãnh đạo)', 'PL KH 71', 'PL CTr TU', 'Kinh phí']);
    await shot(page, '1-opened');

    const t1 = Date.now();
    await scanned(page);
    const scanMs = Date.now() - t1;
    expect(await page.getByTestId('table-card').count()).toBe(3);
    expect(await page.getByTestId('totals').textContent()).toMatch(/^151 nhiệm vụ/);

    // Click an issue: the grid shows that cell selected, on its sheet.
    const issue = page.getByTestId('issue').first();
    const label = (await issue.textContent()) ?? '';
    const [, sheet, cell] = /^(.*?) · Ô ([A-Z]+\d+)/.exec(label.replace(/^(Lỗi|Cảnh báo|Thông tin)/, '')) ?? [];
    await issue.click();
    const selected = page.locator('[data-selected="true"]');
    await selected.waitFor();
    expect(await selected.getAttribute('data-address')).toBe(cell);
    expect(await page.getByTestId('sheet-view').getAttribute('data-sheet')).toBe(sheet);
    await shot(page, '2-scanned');

    // Highlight: overdue rows are coloured in the grid.
    await page.getByTestId('sheet-tab').first().click();
    await page.getByTestId('highlight').click();
    await page.getByTestId('legend').waitFor();
    const overdue = page.locator('[data-highlight="overdue"]');
    await overdue.first().waitFor();
    expect(await overdue.first().evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(248, 203, 173)');
    await shot(page, '3-highlighted');
    await page.getByTestId('clear').click();
    await page.getByTestId('legend').waitFor({ state: 'detached' });
    expect(await page.locator('[data-highlight]').count()).toBe(0);

    // Summarise: two new sheet tabs; the summary sheet's total counts every task.
    await page.getByTestId('summarise').click();
    await page.getByTestId('sheet-tab').filter({ hasText: 'Tổng hợp Phụ lục' }).waitFor();
    await page.getByTestId('sheet-tab').filter({ hasText: 'Tổng hợp Phụ lục' }).click();
    const totalLabel = page
      .locator('[data-sheet="Tổng hợp Phụ lục"] [data-address^="B"]', { hasText: 'Tổng cộng' })
      .first();
    await totalLabel.waitFor();
    const row = (await totalLabel.getAttribute('data-address'))!.slice(1);
    expect(await page.locator(`[data-address="C${row}"]`).textContent()).toBe('151');
    await shot(page, '4-summary');

    // Download, and read what was written with ExcelJS.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const file = join(tmpdir(), `playground-${Date.now()}.xlsx`);
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining(['PL NQ 89 (lãnh đạo)', 'Nhiệm vụ (tổng hợp)', 'Tổng hợp Phụ lục']),
    );
    const tasks = wb.getWorksheet('Nhiệm vụ (tổng hợp)')!;
    expect(tasks.rowCount).toBe(152);
    let total: unknown = null;
    wb.getWorksheet('Tổng hợp Phụ lục')!.eachRow((r) => {
      if (total === null && r.getCell(2).value === 'Tổng cộng') total = r.getCell(3).value;
    });
    expect(total).toBe(151);

    // English.
    await page.getByTestId('language').click();
    expect(await page.getByTestId('scan').textContent()).toBe('Rescan');
    expect(await page.getByTestId('totals').textContent()).toMatch(/^151 tasks/);
    expect(await page.getByTestId('download').textContent()).toBe('Download');
    await shot(page, '5-english');
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
    reportMeasure(`Chromium: pane usable ${paneReady} ms after load; sample scan ${scanMs} ms`);
  }, 120_000);

  // The steps the user guide (docs/huong-dan-su-dung.md) shows beyond the flow above: a mapping being
  // corrected, tracking columns added, the settings saved.
  it('offers the header columns for a field, adds tracking columns, saves the settings', async () => {
    const { page, external, blocked } = await openPage();
    await page.getByTestId('scan').waitFor();
    await scanned(page);
    const card = page.getByTestId('table-card').filter({ hasText: 'Trang "PL NQ 89 (lãnh đạo)"' });

    // The lead agency's dropdown lists "(không có)" and every header column of the table (A to G).
    const lead = card.getByRole('combobox', { name: 'Cột cho "Cơ quan chủ trì"' });
    await lead.scrollIntoViewIfNeeded();
    await lead.click();
    const options = page.getByRole('option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(
      expect.arrayContaining(['(không có)', expect.stringMatching(/^C: /), expect.stringMatching(/^G: /)]),
    );
    expect(await options.count()).toBe(8);
    await shot(page, '7-mapping');
    await page.keyboard.press('Escape');
    await options.first().waitFor({ state: 'detached' });

    // Tracking columns: H and I, right of A4:G56, with their headers on the header row; the table then has them.
    await card.getByRole('button', { name: 'Thêm cột theo dõi' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Đã thêm cột H (tình hình thực hiện) và I' }).waitFor();
    await page.getByTestId('sheet-tab').first().click();
    const header = page.locator('[data-sheet="PL NQ 89 (lãnh đạo)"] [data-address="H4"]');
    await header.waitFor();
    expect(await header.textContent()).toBe('Tình hình thực hiện');
    expect(await page.locator('[data-address="I4"]').textContent()).toBe('Ngày hoàn thành');
    await page.locator('[data-address="I4"]').scrollIntoViewIfNeeded();
    expect(await card.getByRole('button', { name: 'Thêm cột theo dõi' }).count()).toBe(0);
    expect(await card.getByRole('combobox', { name: 'Cột cho "Tình hình thực hiện"' }).textContent()).toContain('H: ');
    await shot(page, '9-tracking');

    // Settings: the agency → leader pairs come pre-filled from the table that has both columns; saved.
    await page.getByRole('button', { name: 'Thiết lập' }).click();
    const days = page.getByTestId('due-soon-days');
    await days.waitFor();
    expect(await page.getByRole('textbox', { name: /→ Lãnh đạo chỉ đạo$/ }).count()).toBeGreaterThan(0);
    await days.fill('14');
    await days.scrollIntoViewIfNeeded();
    await shot(page, '8-settings');
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByTestId('notice').filter({ hasText: 'Đã lưu thiết lập vào sổ làm việc.' }).waitFor();
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const { page } = await openPage('vi', { bypassCSP: true });
    await page.getByTestId('scan').waitFor();
    await scanned(page);
    await page.addScriptTag({ content: readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8') });
    const results = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (
              ctx: Document,
              opts: unknown,
            ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
          };
        }
      ).axe;
      // Fluent UI's focus manager (tabster) puts aria-hidden sentinel elements at the edges of toolbars and
      // tab lists; they only pass focus on and are not content, so they are left out of the check.
      return axe.run({ exclude: [['[data-tabster-dummy]']] } as unknown as Document, { resultTypes: ['violations'] });
    });
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(', ')}`,
      );
    expect(bad).toEqual([]);
  }, 60_000);

  it('opens a workbook dropped on the grid, and says clearly when a file is not a workbook', async () => {
    const { page } = await openPage('en');
    await page.getByTestId('scan').waitFor();
    // Drop the sample under another name: the tabs are the sample's and the pane starts afresh.
    const bytes = [...readFileSync(join(ROOT, 'assets', 'sample', 'phu-luc-mau.xlsx'))];
    const drop = await page.evaluateHandle((data) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([new Uint8Array(data)], 'dropped.xlsx', {
          type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        }),
      );
      return dt;
    }, bytes);
    await page.locator('section').first().dispatchEvent('drop', { dataTransfer: drop });
    await page.getByTestId('file-name').filter({ hasText: 'dropped.xlsx' }).waitFor();
    await scanned(page);
    expect(await page.getByTestId('totals').textContent()).toMatch(/^151 tasks/);
    // A text file and a Word document named .xlsx are refused, each with its own message; nothing else changes.
    const bad = join(tmpdir(), `not-a-workbook-${Date.now()}.xlsx`);
    require('node:fs').writeFileSync(bad, 'just text');
    await page.getByTestId('file-input').setInputFiles(bad);
    await page.getByText('is a text file (CSV, TSV), not a workbook').waitFor();
    const word = join(tmpdir(), `word-${Date.now()}.xlsx`);
    require('node:fs').writeFileSync(word, (await oddFiles()).find((f) => f.code === 'word-file')!.bytes);
    await page.getByTestId('file-input').setInputFiles(word);
    await page.getByText('is a Word document, not a workbook').waitFor();
    expect(await page.getByTestId('table-card').count()).toBe(3);
  }, 60_000);

  it('opens a 10,000-task workbook from disk and scans it', async () => {
    const file = join(tmpdir(), `appendix-10k-${Date.now()}.xlsx`);
    await generateAppendix(file, 10_000);
    const { page } = await openPage();
    await page.getByTestId('scan').waitFor();
    const t0 = Date.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('sheet-tab').filter({ hasText: 'Phụ lục' }).waitFor();
    await page.getByTestId('scan').waitFor();
    const opened = Date.now() - t0;
    const t1 = Date.now();
    await page.getByTestId('scan').click();
    await page.getByTestId('table-card').first().waitFor({ timeout: 60_000 });
    const scanMs = Date.now() - t1;
    expect(await page.getByTestId('totals').textContent()).toMatch(/^10000 nhiệm vụ/);
    reportMeasure(`Chromium: 10,000-task workbook opened in ${opened} ms, scanned in ${scanMs} ms`);
  }, 180_000);

  it('takes a range selected on the grid as a table, fixes a column, highlights, summarises; the correction survives a download', async () => {
    // A table no list knows: short rows, in words the engine does not recognise.
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Việc tuần');
    ws.addRows([
      ['Việc của tổ trong tuần'],
      [],
      ['Số', 'Việc', 'Ai làm', 'Khi nào'],
      ['1', 'Họp giao ban', 'Tổ 1', '05/05/2026'],
      ['2', 'Báo cáo tuần', 'Tổ 2', '08/05/2026'],
      ['3', 'Dọn kho', 'Tổ 3', '15/05/2026'],
      ['4', 'Kiểm kê', 'Tổ 1', '29/05/2026'],
    ]);
    const file = join(tmpdir(), `viec-tuan-${Date.now()}.xlsx`);
    await wb.xlsx.writeFile(file);
    const { page, external, blocked } = await openPage();
    await page.getByTestId('scan').waitFor();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('sheet-tab').filter({ hasText: 'Việc tuần' }).waitFor();
    await page.getByTestId('scan').click();
    await page.getByTestId('no-tables').waitFor();
    // Drag from A3 to D7 on the grid.
    const from = (await page.locator('[data-address="A3"]').boundingBox())!;
    const to = (await page.locator('[data-address="D7"]').boundingBox())!;
    await page.mouse.move(from.x + 5, from.y + 5);
    await page.mouse.down();
    await page.mouse.move(to.x + 5, to.y + 5, { steps: 5 });
    await page.mouse.up();
    await page.getByTestId('selection').filter({ hasText: 'A3:D7' }).waitFor();
    await page.getByTestId('selected-range').waitFor();
    await page.getByTestId('use-selection').click();
    const card = page.getByTestId('table-card');
    await card.getByTestId('found-by-user').waitFor();
    // Fix one column: the lead agency is "Ai làm".
    await card.getByRole('combobox', { name: 'Cột cho "Cơ quan chủ trì"' }).click();
    await page.getByRole('option', { name: 'C: Ai làm' }).click();
    await card.getByText('do bạn chọn').first().waitFor();
    expect(await page.getByTestId('totals').textContent()).toMatch(/^4 nhiệm vụ/);
    await page.getByTestId('highlight').click();
    await page.getByTestId('legend').waitFor();
    await page.getByTestId('summarise').click();
    await page.getByTestId('sheet-tab').filter({ hasText: 'Tổng hợp Phụ lục' }).waitFor();
    await page.getByTestId('sheet-tab').filter({ hasText: 'Việc tuần' }).click();
    await card.scrollIntoViewIfNeeded();
    await shot(page, '6-own-table');
    // Download and open again: the table and its column are still the person's.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = join(tmpdir(), `viec-tuan-saved-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const { page: again } = await openPage();
    await again.getByTestId('scan').waitFor();
    await again.getByTestId('file-input').setInputFiles(saved);
    await again.getByTestId('sheet-tab').filter({ hasText: 'Việc tuần' }).waitFor();
    await again.getByTestId('scan').click();
    // The person's table, and only it: the summary's task sheet written above is the add-in's own output.
    const reopened = again.getByTestId('table-card').filter({ has: again.getByTestId('found-by-user') });
    await reopened.waitFor();
    expect(await again.getByTestId('table-card').count()).toBe(1);
    await reopened.getByText('do bạn chọn').first().waitFor();
    expect(await reopened.getByRole('combobox', { name: 'Cột cho "Cơ quan chủ trì"' }).textContent()).toContain(
      'C: Ai làm',
    );
    expect(await reopened.textContent()).toContain('Trang "Việc tuần", vùng A3:D7');
    expect(await reopened.textContent()).toContain('4 nhiệm vụ');
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);
});

/** Issue 12: the pane's rough edges, in a real browser (kept apart from the walkthrough above). */
describe('the pane at task-pane width, and what it says after each action', () => {
  /** The task pane's width in Excel; the playground stacks the grid and the pane below its breakpoint. */
  const NARROW = { width: 350, height: 760 };

  /** Scrolls the issue list through; for every row: is its badge on one line and whole, its message whole? */
  async function issueRows(page: Page) {
    return page.evaluate(async () => {
      const list = document.querySelector<HTMLElement>('[role="list"]')!;
      const rows = new Map<string, { badgeWhole: boolean; badgeOneLine: boolean; messageWhole: boolean }>();
      for (let y = 0; y <= list.scrollHeight; y += 150) {
        list.scrollTop = y;
        await new Promise((r) => setTimeout(r, 30));
        for (const row of document.querySelectorAll<HTMLElement>('[data-testid="issue"]')) {
          const badge = row.querySelector<HTMLElement>('[data-testid="issue-badge"]')!;
          const message = row.querySelector<HTMLElement>('[data-testid="issue-message"]')!;
          const lineHeight = parseFloat(getComputedStyle(badge).lineHeight) || 16;
          rows.set(row.textContent ?? '', {
            badgeWhole: badge.scrollWidth <= badge.clientWidth,
            badgeOneLine: badge.getBoundingClientRect().height <= lineHeight + 4,
            messageWhole: message.scrollHeight <= message.clientHeight + 1,
          });
        }
      }
      list.scrollTop = 0;
      return [...rows.values()];
    });
  }

  it('at 350 px: grid and pane stack, nothing overflows, badges and messages whole, the list to the bottom, names whole', async () => {
    const { page, external, blocked } = await openPage('vi', { viewport: NARROW });
    await page.getByTestId('scan').waitFor();
    await scanned(page);
    // Nothing wider than the window, and the grid is there, above the pane, the full width.
    const widths = await page.evaluate(() => ({
      scroll: document.documentElement.scrollWidth,
      client: document.documentElement.clientWidth,
    }));
    expect(widths.scroll).toBeLessThanOrEqual(widths.client);
    const grid = (await page.getByTestId('sheet-view').boundingBox())!;
    const pane = (await page.getByTestId('pane').boundingBox())!;
    expect(await page.getByTestId('sheet-view').isVisible()).toBe(true);
    expect(grid.width).toBeGreaterThanOrEqual(NARROW.width - 2);
    expect(grid.height).toBeGreaterThanOrEqual(250);
    expect(pane.width).toBeGreaterThanOrEqual(NARROW.width - 2);
    expect(pane.y).toBeGreaterThanOrEqual(grid.y + grid.height);
    // The grid still works: a cell clicked is selected.
    await page.locator('[data-address="B6"]').click();
    await page.getByTestId('selection').filter({ hasText: 'B6' }).waitFor();

    // Every issue, information included: the badge on one line, never shrunk; the message whole.
    await page.getByTestId('filter-info').click();
    const rows = await issueRows(page);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.filter((r) => !r.badgeWhole || !r.badgeOneLine)).toEqual([]);
    expect(rows.filter((r) => !r.messageWhole)).toEqual([]);
    // With the pane's top at the top of the window, the list ends 8 px above the window's bottom.
    await page.evaluate(() =>
      window.scrollTo(0, document.querySelector('[data-pane-root]')!.getBoundingClientRect().top + window.scrollY),
    );
    const list = (await page.getByRole('list').boundingBox())!;
    expect(Math.abs(list.y + list.height - (NARROW.height - 8))).toBeLessThanOrEqual(2);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);

    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => {
      const pane = document.querySelector<HTMLElement>('[data-testid="pane"]')!;
      window.scrollTo(0, pane.getBoundingClientRect().top + window.scrollY - 260);
    });
    await shot(page, '7-narrow');

    // Settings: every agency and every leader shown whole, nothing wider than the pane.
    await page.getByRole('button', { name: 'Thiết lập' }).click();
    const leaders = page.getByRole('textbox', { name: /→ Lãnh đạo chỉ đạo$/ });
    await leaders.first().waitFor();
    const boxes = await leaders.evaluateAll((els) =>
      (els as HTMLTextAreaElement[]).map((e) => ({
        value: e.value,
        whole: e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1,
        right: e.getBoundingClientRect().right,
      })),
    );
    expect(boxes.some((b) => b.value.length > 30)).toBe(true);
    expect(boxes.filter((b) => !b.whole)).toEqual([]);
    expect(Math.max(...boxes.map((b) => b.right))).toBeLessThanOrEqual(NARROW.width);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);

  it('offers "Xóa đánh dấu" only while highlighted, counts the same in notice and legend, and opens each sheet a summary wrote', async () => {
    const { page, external, blocked } = await openPage();
    await page.getByTestId('scan').waitFor();
    const clear = page.getByTestId('clear');
    expect(await clear.isDisabled()).toBe(true);
    await scanned(page);
    expect(await clear.isDisabled()).toBe(true);
    await page.getByTestId('highlight').click();
    const legend = page.getByTestId('legend');
    await legend.waitFor();
    expect(await clear.isDisabled()).toBe(false);
    // The notice's numbers are the legend's (those above zero), kind by kind.
    const numbers = (s: string | null) => (s?.match(/\d+/g) ?? []).map(Number);
    const perKind = numbers(await legend.textContent());
    expect(perKind).toHaveLength(4);
    expect(numbers(await page.getByTestId('notice').textContent())).toEqual(perKind.filter((n) => n > 0));

    // Marks saved with the workbook are found when it is opened again, before any scan.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = join(tmpdir(), `highlighted-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const { page: again } = await openPage();
    await again.getByTestId('scan').waitFor();
    await again.getByTestId('file-input').setInputFiles(saved);
    await again.getByTestId('file-name').filter({ hasText: 'highlighted-' }).waitFor();
    await again.waitForFunction(() => !document.querySelector<HTMLButtonElement>('[data-testid="clear"]')?.disabled);
    await again.getByTestId('clear').click();
    await again.waitForFunction(() => document.querySelector<HTMLButtonElement>('[data-testid="clear"]')?.disabled);
    expect(await again.locator('[data-highlight]').count()).toBe(0);

    await clear.click();
    await legend.waitFor({ state: 'detached' });
    expect(await clear.isDisabled()).toBe(true);

    // The summary says what it wrote, and a button per sheet shows it in the grid.
    await page.getByTestId('summarise').click();
    const written = page.getByTestId('summary-written');
    await written.waitFor();
    const sheets = written.getByTestId('written-sheet');
    expect(await sheets.count()).toBe(2);
    expect(await sheets.nth(0).textContent()).toContain('“Nhiệm vụ (tổng hợp)”: 151 nhiệm vụ');
    expect(await sheets.nth(1).textContent()).toContain('“Tổng hợp Phụ lục”: tổng hợp theo cơ quan chủ trì');
    // ExcelJS writes no PivotTables or charts: said beside it, as a secondary note.
    expect(await written.getByTestId('written-lacks').textContent()).toContain('PivotTable');
    await sheets.nth(0).getByTestId('open-sheet').click();
    await page.locator('[data-testid="sheet-view"][data-sheet="Nhiệm vụ (tổng hợp)"]').waitFor();
    await sheets.nth(1).getByTestId('open-sheet').click();
    await page.locator('[data-testid="sheet-view"][data-sheet="Tổng hợp Phụ lục"]').waitFor();
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
  }, 120_000);
});

describe('the monthly reporting cycle in Chromium (issue 13)', () => {
  /** The "Tổng cộng" row of the summary sheet: its "Hoàn thành đúng hạn" count (column D), after a summary. */
  async function doneOnTime(page: Page): Promise<number> {
    await page.getByTestId('summarise').click();
    await page.getByTestId('summary-written').waitFor();
    await page.getByTestId('sheet-tab').filter({ hasText: 'Tổng hợp Phụ lục' }).click();
    const label = page.locator('[data-sheet="Tổng hợp Phụ lục"] [data-address^="B"]', { hasText: 'Tổng cộng' }).first();
    await label.waitFor();
    const row = (await label.getAttribute('data-address'))!.slice(1);
    return Number(await page.locator(`[data-sheet="Tổng hợp Phụ lục"] [data-address="D${row}"]`).textContent());
  }

  /**
   * A split workbook filled as an agency would: every task "Hoàn thành đúng hạn" with a result;
   * `renumber` also gives its tasks new STTs and puts them in the reverse order (their keys go with them),
   * and re-types its first task: a third of its words kept, the key cleared (a weak match, to review).
   */
  async function fillReturned(bytes: Uint8Array, name: string, renumber: boolean): Promise<string> {
    const marker = readSplitMarker(await readWorkbookBuffer(bytes, name))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    for (const m of marker.sheets) {
      const ws = wb.getWorksheet(m.sheet)!;
      const col = (letters: string | null) => (letters ? columnIndex(letters) + 1 : 0);
      const rows: number[] = [];
      for (let r = m.headerRow + 1; r <= ws.rowCount; r++) if (ws.getCell(r, col(m.columns.key)).value) rows.push(r);
      if (renumber) {
        const values = rows.map((r) => ws.getRow(r).values as ExcelJS.CellValue[]);
        values.reverse();
        rows.forEach((r, k) => {
          ws.getRow(r).values = values[k]!;
          if (m.columns.no) ws.getCell(r, col(m.columns.no)).value = String(100 + k);
        });
        const first = rows[0];
        if (first !== undefined && m.columns.task && marker.sheets.indexOf(m) === 0) {
          const words = String(ws.getCell(first, col(m.columns.task)).value ?? '').split(' ');
          ws.getCell(first, col(m.columns.task)).value = words.slice(0, Math.ceil(words.length / 3)).join(' ');
          ws.getCell(first, col(m.columns.key)).value = null;
        }
      }
      for (const r of rows) {
        ws.getCell(r, col(m.columns.status)).value = 'Hoàn thành đúng hạn';
        ws.getCell(r, col(m.columns.result)).value = `Đã hoàn thành (${name})`;
      }
    }
    const file = join(tmpdir(), `returned-${Date.now()}-${name}`);
    writeFileSync(file, new Uint8Array(await wb.xlsx.writeBuffer()));
    return file;
  }

  it('splits the sample, merges two returned files (one renumbered and reordered), applies, and the download holds it', async () => {
    const { page, external, blocked } = await openPage();
    await scanned(page);
    const before = await doneOnTime(page);
    await page.getByTestId('sheet-tab').first().click();

    // Split: every agency ticked, one .zip.
    await page.getByRole('button', { name: 'Tách theo đơn vị' }).click();
    await page.getByTestId('split-open').click();
    await page.getByTestId('split-agency').first().waitFor();
    const agencies = await page.getByTestId('split-agency').count();
    expect(agencies).toBeGreaterThan(2);
    await page.getByTestId('split-panel').scrollIntoViewIfNeeded();
    await shot(page, '10-split');
    const [zipDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('split-download').click(),
    ]);
    expect(zipDownload.suggestedFilename()).toBe('phu-luc-mau - tach theo don vi.zip');
    const zipFile = join(tmpdir(), `split-${Date.now()}.zip`);
    await zipDownload.saveAs(zipFile);
    const zip = await JSZip.loadAsync(readFileSync(zipFile));
    const names = Object.keys(zip.files);
    expect(names).toHaveLength(agencies);

    // Two agencies fill theirs; one renumbers and reorders its tasks.
    const files = [
      await fillReturned(await zip.file(names[0]!)!.async('uint8array'), names[0]!, false),
      await fillReturned(await zip.file(names[1]!)!.async('uint8array'), names[1]!, true),
    ];

    // At the task pane's width the merge's lists stay within the pane (nothing wider than the page).
    const narrow = (await openPage('vi', { viewport: { width: 350, height: 760 } })).page;
    await scanned(narrow);
    await narrow.getByRole('button', { name: 'Tổng hợp báo cáo' }).click();
    await narrow.getByTestId('merge-files').setInputFiles(files);
    await narrow.getByTestId('merge-change').first().waitFor({ timeout: 30_000 });
    await narrow.getByTestId('merge-review').first().waitFor();
    expect(
      await narrow.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth),
    ).toBe(true);
    await narrow.context().close();

    // Merge: both read, every task matched, the changes listed.
    await page.getByRole('button', { name: 'Tổng hợp báo cáo' }).click();
    await page.getByTestId('merge-files').setInputFiles(files);
    await page.getByTestId('merge-change').first().waitFor({ timeout: 30_000 });
    const fileLines = await page.getByTestId('merge-file').allTextContents();
    expect(fileLines).toHaveLength(2);
    for (const line of fileLines) {
      const [, tasks, matched] = /· (\d+) nhiệm vụ · khớp (\d+)/.exec(line)!;
      expect(matched).toBe(tasks);
      expect(line).toContain('tệp đã tách');
    }
    const statusChanges = await page
      .locator('[data-testid="merge-change"][data-field="status"]')
      .evaluateAll((els) =>
        els.map((e) => [
          e.getAttribute('data-sheet')!,
          e.getAttribute('data-address')!,
          String(e.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked),
        ]),
      );
    // The re-typed task's change waits for the person (unticked, its match to review); the others are ticked.
    expect(statusChanges.filter(([, , ticked]) => ticked === 'false')).toHaveLength(1);
    expect(statusChanges.length).toBeGreaterThan(1);
    await page.getByTestId('merge-changes-title').scrollIntoViewIfNeeded();
    await shot(page, '11-merge');

    await page.getByTestId('merge-apply').click();
    await page.getByTestId('notice').filter({ hasText: 'Đã ghi' }).waitFor({ timeout: 30_000 });
    // Rescanned at once: more tasks done on time in the summary.
    const after = await doneOnTime(page);
    expect(after).toBeGreaterThan(before);

    // Download the workbook and read the merged cells back.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download').click()]);
    const saved = join(tmpdir(), `merged-${Date.now()}.xlsx`);
    await download.saveAs(saved);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(saved) as unknown as ArrayBuffer);
    for (const [sheet, address, ticked] of statusChanges)
      expect(wb.getWorksheet(sheet)!.getCell(address!).value).toBe(ticked === 'true' ? 'Hoàn thành đúng hạn' : null);
    expect(external).toEqual([]);
    expect(blocked).toEqual([]);
  }, 180_000);
});
