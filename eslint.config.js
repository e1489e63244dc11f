/**
 * Lint for the code that talks to Office.js: the office-addins rules catch what the fake object model
 * cannot see (sync inside loops, reads before load or before sync, navigational loads), plus
 * TypeScript's recommended rules and React hooks hygiene for the pane; and the layer rules (below),
 * which fail `npm test` when a layer reaches where it must not. tests/lint/layers.test.ts proves each
 * of them fires.
 */
const tseslint = require('typescript-eslint');
const officeAddins = require('eslint-plugin-office-addins');
const reactHooks = require('eslint-plugin-react-hooks');

// ---- Layers -----------------------------------------------------------------------------------
// Built-in rules only: no-restricted-imports (what a file may import) and no-restricted-globals (the
// Office.js globals). A file gets one no-restricted-imports setting (flat config does not merge rule
// options), so each folder's block lists everything that folder may not import.

/** Office.js: only src/excel touches it. */
const OFFICE_GLOBALS = ['Office', 'Excel', 'OfficeExtension', 'OfficeCore', 'OfficeRuntime'].map((name) => ({
  name,
  message: 'Only src/excel touches Office.js: go through the WorkbookPort (src/workbookPort) or src/excel/officeStart.',
}));
/** Office.js types used by name (`Excel.Worksheet`), which no-restricted-globals does not see. */
const OFFICE_TYPE_NAMES = {
  selector: 'TSQualifiedName[left.name=/^(Office|Excel|OfficeExtension|OfficeCore|OfficeRuntime)$/]',
  message: 'Only src/excel touches Office.js types: the port contract (src/workbookPort) is plain TypeScript.',
};
const OFFICE_TYPES = { regex: '^(@types/)?office-js(/|$)', message: 'Office.js types belong to src/excel.' };
/** core/index.ts was removed: adapters import the engine module they use, there is no barrel. */
const NO_CORE_BARREL = {
  regex: '(^|/)core(/index)?$',
  message: 'There is no engine barrel: import the core module itself (e.g. ../core/scan/scanWorkbook).',
};
/** An import of one of these src folders, from any depth ("../excel/x", "../../files/y"). */
const layer = (folders, message) => ({ regex: `(^|/)(${folders.join('|')})(/|$)`, message });

/** src/core: nothing outside src/core; of packages only the pure libraries it uses. */
const CORE_IMPORTS = [
  { regex: '^node:', message: 'src/core is pure: no Node built-ins.' },
  {
    regex: '^(?!\\.|zod$|zod/|date-fns$|date-fns/)',
    message: 'src/core is pure: of packages only zod and date-fns (no react, Office, exceljs, Node).',
  },
];
/** Depth-aware: from src/core/x.ts "../" leaves the engine, from src/core/a/x.ts "../../" does. */
const coreEscape = (depth) => ({
  regex: `^${'\\.\\./'.repeat(depth)}`,
  message: 'src/core imports nothing outside src/core.',
});
const PANE_WORKBOOK = [
  layer(['excel'], 'The pane talks to workbooks only through the WorkbookPort (src/workbookPort).'),
  layer(['excelJsPort', 'files'], 'The pane talks to workbooks only through the WorkbookPort (src/workbookPort).'),
  { regex: '^exceljs(/|$)', message: 'The pane talks to workbooks only through the WorkbookPort.' },
];
const PANE_ENTRY_WORKBOOK = PANE_WORKBOOK.slice(1);
/**
 * The pane's reporting chunk makes the split workbooks and reads the returned ones (files other than
 * the open workbook, in the browser): it may use the browser-safe file adapters, never Office.js.
 */
const PANE_REPORTING_FILES = PANE_WORKBOOK.slice(0, 1);
const ADAPTER_NO_UI = [
  layer(['taskpane', 'playground'], 'The CLI and the file adapters never import the pane or the playground.'),
  layer(['excel', 'commands'], 'The CLI and the file adapters never import Office code.'),
  { regex: '^(react|react-dom|@fluentui/.*)(/|$)', message: 'The CLI and the file adapters have no UI.' },
];
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

module.exports = tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'scratch/**', '*.config.js', 'bin/**'] },
  {
    files: ['src/**/*.{ts,tsx}'],
    extends: [tseslint.configs.recommended],
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }] },
  },
  {
    // The code that touches Office.js (ExcelJS code elsewhere has similar method names but no batches).
    files: ['src/excel/**/*.ts', 'src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/playground/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  // The layer rules: one block per folder (see above).
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      ...restrict([NO_CORE_BARREL, OFFICE_TYPES]),
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS],
      'no-restricted-syntax': ['error', OFFICE_TYPE_NAMES],
    },
  },
  {
    files: ['src/core/*.ts'],
    rules: {
      ...restrict([coreEscape(1), ...CORE_IMPORTS]),
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  { files: ['src/core/*/**/*.ts'], rules: restrict([coreEscape(2), ...CORE_IMPORTS]) },
  { files: ['src/core/*/*/**/*.ts'], rules: restrict([coreEscape(3), ...CORE_IMPORTS]) },
  {
    files: ['src/core/*/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...OFFICE_GLOBALS, 'window', 'document', 'process', 'Buffer', 'require'],
    },
  },
  { files: ['src/taskpane/**/*.{ts,tsx}'], rules: restrict([NO_CORE_BARREL, OFFICE_TYPES, ...PANE_WORKBOOK]) },
  // The pane's entry wires the Office adapter to the pane: the one pane file that may import src/excel.
  { files: ['src/taskpane/index.tsx'], rules: restrict([NO_CORE_BARREL, OFFICE_TYPES, ...PANE_ENTRY_WORKBOOK]) },
  {
    files: ['src/taskpane/reporting/reportingEngine.ts'],
    rules: restrict([NO_CORE_BARREL, OFFICE_TYPES, ...PANE_REPORTING_FILES]),
  },
  {
    files: ['src/cli/**/*.ts', 'src/files/**/*.ts'],
    rules: restrict([NO_CORE_BARREL, OFFICE_TYPES, ...ADAPTER_NO_UI]),
  },
  // src/excel is the Office.js adapter: the Office globals and types are its own.
  {
    files: ['src/excel/**/*.ts'],
    rules: { ...restrict([NO_CORE_BARREL]), 'no-restricted-globals': 'off', 'no-restricted-syntax': 'off' },
  },
);
