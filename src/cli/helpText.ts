/**
 * `appendix-tracker --help`: how to use each command, in Vietnamese (the default) and English. A
 * command adds its entry to COMMAND_HELP; the options common to all are listed once, last.
 */
import type { Lang } from '../core/i18n/lang';
import { FIELD_NAMES } from './cliText';
import { DEFAULT_WIDTH, wrapWords } from './renderText';

type Text = Record<Lang, string>;

/** One option: how it is typed, and what it does (wrapped to the terminal's width where it is printed). */
export interface OptionHelp {
  flag: Text;
  text: Text;
}

export interface CommandHelp {
  command: string;
  /** After `appendix-tracker `: the command and its arguments. */
  usage: Text;
  summary: Text;
  options: OptionHelp[];
}

const SCAN_HELP: CommandHelp = {
  command: 'scan',
  usage: { vi: 'scan TỆP... [tùy chọn]', en: 'scan FILE... [options]' },
  summary: {
    vi: 'nhận diện các bảng phụ lục nhiệm vụ trong tệp, kiểm tra, in tổng hợp; có thể ghi sổ báo cáo .xlsx',
    en: 'find the appendix task tables in files, check them, print the summaries; optionally write a report workbook',
  },
  options: [
    {
      flag: { vi: 'TỆP', en: 'FILE' },
      text: {
        vi: 'tệp .xlsx, .csv hoặc .tsv chứa bảng nhiệm vụ của phụ lục; chương trình chỉ đọc, không ghi vào tệp',
        en: 'an .xlsx, .csv or .tsv file holding appendix (“Phụ lục”) task tables; never written to',
      },
    },
    {
      flag: { vi: '--as-of NGÀY', en: '--as-of DATE' },
      text: {
        vi: 'ngày tính quá hạn / sắp đến hạn, dạng 01/05/2026 hoặc 2026-05-01 (mặc định: hôm nay)',
        en: 'reference date for overdue / due soon, as 01/05/2026 (day first) or 2026-05-01 (default: today)',
      },
    },
    {
      flag: { vi: '--due-soon-days N', en: '--due-soon-days N' },
      text: {
        vi: 'số ngày được coi là “sắp đến hạn”, từ 0 đến 365 (mặc định: 7)',
        en: 'due-soon window in days, 0 to 365 (default: 7)',
      },
    },
    {
      flag: { vi: '--json', en: '--json' },
      text: {
        vi: 'in kết quả quét dạng JSON (định dạng phiên bản 1, xem docs/report-format.md) trên một dòng',
        en: 'print the scan report (contract version 1) as JSON, on one line',
      },
    },
    {
      flag: { vi: '--pretty', en: '--pretty' },
      text: { vi: 'đi kèm --json: thụt lề 2 dấu cách cho dễ đọc', en: 'with --json: indent by 2 spaces, for people' },
    },
    {
      flag: { vi: '--out TỆP.xlsx', en: '--out FILE.xlsx' },
      text: {
        vi: 'ghi thêm sổ báo cáo (nhiệm vụ, vấn đề, tổng hợp); không bao giờ ghi đè tệp đang quét, không ghi đè tệp đã có nếu không thêm --force',
        en: 'also write a report workbook (tasks, issues, summaries); never over a file being scanned, nor over an existing file unless --force',
      },
    },
    {
      flag: { vi: '--force', en: '--force' },
      text: {
        vi: 'đi kèm --out: thay thế sổ báo cáo nếu tệp đã có',
        en: 'with --out: replace the report workbook if it exists',
      },
    },
    {
      flag: { vi: '--leaders TỆP.json', en: '--leaders FILE.json' },
      text: {
        vi: 'đối tượng JSON {"cơ quan chủ trì": "lãnh đạo chỉ đạo"} cho các bảng không có cột lãnh đạo',
        en: 'a JSON object {"lead agency": "leader"}, for tables without a leader column',
      },
    },
    {
      flag: { vi: '--all', en: '--all' },
      text: {
        vi: 'liệt kê cả các mục thông tin (mặc định: chỉ đếm)',
        en: 'list informational findings too (default: counted, not listed)',
      },
    },
    {
      flag: { vi: '--no-limits', en: '--no-limits' },
      text: {
        vi: 'đọc vượt giới hạn đọc (2.000.000 ô, 200 MB khi giải nén, 1.000.000 ô gộp…; xem README): chỉ dùng với tệp tin cậy, trên máy đủ bộ nhớ',
        en: 'read a workbook past the read limits (2,000,000 cells, 200 MB uncompressed, 1,000,000 merged cells…; see README): only for a file you trust, with the memory',
      },
    },
    {
      flag: { vi: '--table VÙNG', en: '--table RANGE' },
      text: {
        vi: `coi vùng này là một bảng phụ lục ("Trang!A5:H80", "'Phụ lục 1'!A5:H80"); dùng được nhiều lần`,
        en: `take this range as an appendix table ("Sheet!A5:H80", "'My sheet'!A5:H80"); repeatable`,
      },
    },
    {
      flag: { vi: '--header-row N', en: '--header-row N' },
      text: {
        vi: 'sau một --table: dòng tiêu đề của bảng đó (số dòng trên trang tính, 0 = không có; mặc định: để chương trình đề xuất); trước mọi --table: mặc định cho các --table không có dòng riêng',
        en: 'after a --table: its header row (1-based sheet row, 0 = none; default: proposed); before any --table: the default for every --table without its own',
      },
    },
    {
      flag: { vi: '--map TRƯỜNG=CỘT,...', en: '--map FIELD=COL,...' },
      text: {
        vi: `chỉ định lại cột cho từng trường (lead=D,deadline=F,leader=- khi không có cột); sau một --table: cho bảng đó; trước mọi --table: cho mọi bảng tìm thấy. Trường: ${FIELD_NAMES}`,
        en: `re-point fields to columns (lead=D,deadline=F,leader=-); after a --table: for that table; before any --table: for every table found. Fields: ${FIELD_NAMES}`,
      },
    },
    {
      flag: { vi: '--ignore VÙNG', en: '--ignore RANGE' },
      text: {
        vi: 'bảng ở vùng này không phải phụ lục; dùng được nhiều lần',
        en: 'the table at this range is not an appendix; repeatable',
      },
    },
    {
      flag: { vi: '--config TỆP.json', en: '--config FILE.json' },
      text: {
        vi: 'các hiệu chỉnh theo từng tệp (xem README); tùy chọn trên dòng lệnh được ưu tiên hơn tệp này, tệp này được ưu tiên hơn các hiệu chỉnh mà add-in đã lưu trong sổ',
        en: 'JSON corrections per file (see README); flags win over it, it wins over the corrections stored in a workbook by the add-in',
      },
    },
  ],
};

/** The commands, in the order the help lists them. */
export const COMMAND_HELP: readonly CommandHelp[] = [SCAN_HELP];

/** Options every command takes. */
const COMMON_OPTIONS: OptionHelp[] = [
  {
    flag: { vi: '--lang vi|en', en: '--lang vi|en' },
    text: {
      vi: 'ngôn ngữ của thông báo, nhãn và tên trang tính (mặc định: vi)',
      en: 'language of messages, labels and sheet names (default: vi)',
    },
  },
  { flag: { vi: '-h, --help', en: '-h, --help' }, text: { vi: 'in cách dùng này', en: 'print this usage' } },
  {
    flag: { vi: '-v, --version', en: '-v, --version' },
    text: { vi: 'in phiên bản của chương trình', en: 'print the version' },
  },
];

const WORDS = {
  vi: {
    title: 'appendix-tracker: kiểm tra và theo dõi các phụ lục nhiệm vụ trong tệp Excel, CSV, TSV',
    usage: 'Cách dùng:',
    common: 'Tùy chọn chung:',
  },
  en: {
    title: 'appendix-tracker: checks and tracks appendix (“Phụ lục”) task tables in Excel, CSV and TSV files',
    usage: 'Usage:',
    common: 'Common options:',
  },
};

/** The narrowest a description is wrapped to, however narrow the terminal. */
const MIN_TEXT_WIDTH = 30;

/** The options as two columns, each description wrapped between words under its first line. */
function optionLines(options: readonly OptionHelp[], lang: Lang, flagWidth: number, width: number): string[] {
  const textWidth = Math.max(MIN_TEXT_WIDTH, width - flagWidth - 4);
  return options.flatMap(({ flag, text }) =>
    wrapWords(text[lang], textWidth).map((line, i) => `  ${(i === 0 ? flag[lang] : '').padEnd(flagWidth)}  ${line}`),
  );
}

/**
 * The whole usage text, or (for a known `command`) that command's part and the common options, fit
 * to `width` columns (the terminal's; 100 when it says none).
 */
export function helpText(lang: Lang, command?: string, width: number = DEFAULT_WIDTH): string {
  const w = WORDS[lang];
  const chosen = COMMAND_HELP.filter((c) => c.command === command);
  const commands = chosen.length ? chosen : COMMAND_HELP;
  const options = [...commands.flatMap((c) => c.options), ...COMMON_OPTIONS];
  const flagWidth = Math.max(...options.map((o) => o.flag[lang].length));
  const lead = `${w.usage} appendix-tracker `;
  const usage = [...commands.map((c) => c.usage[lang]), '--help | --version'].map(
    (u, i) => `${i === 0 ? lead : ' '.repeat(lead.length)}${u}`,
  );
  const sections = commands.flatMap((c) => [
    ...wrapWords(`${c.command}: ${c.summary[lang]}`, width),
    ...optionLines(c.options, lang, flagWidth, width),
    '',
  ]);
  return [
    ...wrapWords(w.title, width),
    '',
    ...usage,
    '',
    ...sections,
    w.common,
    ...optionLines(COMMON_OPTIONS, lang, flagWidth, width),
  ].join('\n');
}
