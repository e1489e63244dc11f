/** The engine's public surface: what adapters, the command line and the task pane use. */
export * from './grid';
export * from './a1';
export * from './isoDate';
export * from './report/schema';
export { scanWorkbook } from './scan/scanWorkbook';
export { buildReport, unreadableFile, validatedReport } from './scan/buildReport';
export { scanSettingsSchema, type ScanSettings, type ScanSettingsInput } from './scan/scanOptions';
export { recognizeTables, type RecognizedTable } from './recognize/recognizeTables';
export { mergeSummaryRows } from './summarize/mergeSummaryRows';
export { completionRate } from './summarize/summaryRow';
export { issueMessage, ISSUE_DEFINITIONS, type IssueCode, type Lang } from './i18n/issueMessages';
