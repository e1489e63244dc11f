/**
 * The engine's reading of a workbook (the table search, the row and deadline rules, the checks), which
 * the pane needs only once it has read a workbook: its own chunk, loaded by useTracker while the first
 * read runs (see "Production bundle" in the README).
 */
export { scanWorkbook } from '../../core/scan/scanWorkbook';
export { checkSelection } from '../../core/scan/selection';
