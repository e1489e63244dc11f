/**
 * The layer rules of eslint.config.js, run through ESLint's Node API on small snippets placed in each
 * folder: every rule fires on a violation and stays quiet on legal code, so the rules cannot rot.
 */
import path from 'node:path';
import { ESLint } from 'eslint';

const root = path.resolve(__dirname, '../..');
// The config is passed in (not looked up) so ESLint needs no dynamic import inside jest.
const config = require(path.join(root, 'eslint.config.js'));
const eslint = new ESLint({ cwd: root, overrideConfigFile: true, overrideConfig: config });

const LAYER_RULES = ['no-restricted-imports', 'no-restricted-globals', 'no-restricted-syntax'];

/** The layer-rule messages ESLint gives for `code` as if it stood at `file`. */
async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  return result!.messages.filter((m) => LAYER_RULES.includes(m.ruleId ?? '')).map((m) => `${m.ruleId}: ${m.message}`);
}

const use = (specifier: string) => `import * as m from '${specifier}';\nexport const x = m;\n`;

type Case = [file: string, code: string];

const violations: Record<string, Case[]> = {
  'src/core imports nothing outside src/core': [
    ['src/core/grid2.ts', use('../excel/readSheets')],
    ['src/core/scan/x.ts', use('../../workbookPort/workbookPort')],
    ['src/core/scan/x.ts', use('../../files/readWorkbook')],
    ['src/core/a/b/x.ts', use('../../../taskpane/i18n/strings')],
  ],
  'src/core uses no Node built-ins': [
    ['src/core/x.ts', use('node:fs')],
    ['src/core/text/x.ts', use('fs')],
    ['src/core/text/x.ts', use('path')],
  ],
  'src/core uses no UI, Office or workbook libraries': [
    ['src/core/plans/x.ts', use('react')],
    ['src/core/plans/x.ts', use('exceljs')],
    ['src/core/plans/x.ts', use('@fluentui/react-components')],
    ['src/core/plans/x.ts', use('office-js')],
    ['src/core/x.ts', 'export const w = window.location;\n'],
    ['src/core/scan/x.ts', 'export const e = process.env;\n'],
  ],
  'only src/excel touches Office.js': [
    ['src/taskpane/index.tsx', 'Office.onReady(() => undefined);\n'],
    ['src/taskpane/components/X.tsx', 'export const v = Office.context.displayLanguage;\n'],
    ['src/commands/commands.ts', 'Office.onReady(() => undefined);\n'],
    ['src/workbookPort/x.ts', 'export const run = () => Excel.run(async () => undefined);\n'],
    ['src/excelJsPort/x.ts', 'export type W = Excel.Worksheet;\n'],
    ['src/playground/x.ts', 'export const v = Office.context;\n'],
    ['src/files/x.ts', use('@types/office-js')],
  ],
  'the pane talks to workbooks only through the port': [
    ['src/taskpane/components/X.tsx', use('../../excel/officeWorkbookPort')],
    ['src/taskpane/state/x.ts', use('../../excelJsPort/excelJsWorkbookPort')],
    ['src/taskpane/state/x.ts', use('../../files/excelJsGrid')],
    ['src/taskpane/state/x.ts', use('exceljs')],
    ['src/taskpane/index.tsx', use('../files/readWorkbook')],
    ['src/taskpane/reporting/x.ts', use('../../files/splitWorkbook')],
    ['src/taskpane/reporting/reportingEngine.ts', use('../../excel/officeWorkbookPort')],
  ],
  'the CLI and the file adapters never import the pane, the playground or Office code': [
    ['src/cli/x.ts', use('../taskpane/i18n/strings')],
    ['src/cli/x.ts', use('../playground/Playground')],
    ['src/cli/x.ts', use('../excel/officeHost')],
    ['src/files/x.ts', use('../taskpane/components/App')],
    ['src/files/x.ts', use('../excel/writeCells')],
    ['src/files/x.ts', use('../commands/commands')],
    ['src/files/x.ts', use('react')],
  ],
  'there is no engine barrel': [
    ['src/files/x.ts', use('../core')],
    ['src/excel/x.ts', use('../core/index')],
  ],
};

const legal: Record<string, Case[]> = {
  'src/core within itself and its pure libraries': [
    ['src/core/x.ts', use('./grid')],
    ['src/core/scan/x.ts', use('../report/schema')],
    ['src/core/scan/x.ts', use('./scanOptions')],
    ['src/core/a/b/x.ts', use('../../grid')],
    ['src/core/report/x.ts', use('zod')],
    ['src/core/deadline/x.ts', use('date-fns')],
  ],
  'src/excel and its Office.js': [
    ['src/excel/x.ts', 'export const run = () => Excel.run(async () => undefined);\n'],
    ['src/excel/x.ts', 'Office.onReady(() => undefined);\n'],
    ['src/excel/x.ts', 'export type W = Excel.Worksheet;\n'],
    ['src/excel/x.ts', use('../workbookPort/workbookPort')],
  ],
  'the pane through the port, its entry wiring the adapter': [
    ['src/taskpane/state/x.ts', use('../../workbookPort/workbookPort')],
    ['src/taskpane/state/x.ts', use('../../core/scan/scanWorkbook')],
    ['src/taskpane/components/X.tsx', use('@fluentui/react-components')],
    ['src/taskpane/index.tsx', use('../excel/officeWorkbookPort')],
    ['src/taskpane/index.tsx', use('../excel/officeStart')],
    ['src/taskpane/reporting/reportingEngine.ts', use('../../files/splitWorkbook')],
    ['src/taskpane/reporting/reportingEngine.ts', use('../../excelJsPort/workbookFromBytes')],
  ],
  'the CLI and the file adapters': [
    ['src/cli/x.ts', use('../files/readWorkbook')],
    ['src/cli/x.ts', use('node:fs/promises')],
    ['src/files/x.ts', use('exceljs')],
    ['src/files/x.ts', use('../core/grid')],
  ],
  'the playground over the ExcelJS port and the pane': [
    ['src/playground/x.ts', use('../excelJsPort/excelJsWorkbookPort')],
    ['src/playground/x.ts', use('../taskpane/components/App')],
  ],
};

describe('layer rules fire on violations', () => {
  for (const [rule, cases] of Object.entries(violations))
    test.each(cases)(`${rule}: %s`, async (file, code) => {
      expect(await layerErrors(file, code)).not.toHaveLength(0);
    });
});

describe('layer rules stay quiet on legal code', () => {
  for (const [what, cases] of Object.entries(legal))
    test.each(cases)(`${what}: %s`, async (file, code) => {
      expect(await layerErrors(file, code)).toEqual([]);
    });
});
