/**
 * Which newer ExcelApi sets the host has. The manifest asks for ExcelApi 1.4 (reading, selecting,
 * settings); everything else is checked here at run time and the pane says what is unavailable.
 */
import type { Capability, HostCapabilities } from '../workbookPort/workbookPort';

export const CAPABILITY_SETS: Record<Capability, string> = {
  conditionalFormats: '1.6',
  multiAreaRanges: '1.9',
  pivotTables: '1.8',
  charts: '1.1',
  dataValidation: '1.8',
  changeEvents: '1.9',
  cellProperties: '1.9',
  mergedAreas: '1.13',
};

export function detectCapabilities(isSetSupported: (name: string, version: string) => boolean): HostCapabilities {
  const out = {} as HostCapabilities;
  for (const [cap, version] of Object.entries(CAPABILITY_SETS) as [Capability, string][]) {
    out[cap] = isSetSupported('ExcelApi', version);
  }
  return out;
}
