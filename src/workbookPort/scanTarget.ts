/** Finding a plan's sheets by id: a plan names sheets as the scan read them, hosts look them up by id. */
import type { RangeAnchor } from '../core/plans/anchors';
import { HostError } from './hostError';
import type { ScanTarget, SheetRef } from './workbookPort';

/** The scanned sheet a plan calls `name`; a sheet the scan never saw is one that is gone. */
export function scannedSheet(target: ScanTarget, name: string): SheetRef {
  const ref = target.sheets.find((s) => s.name === name);
  if (!ref) throw sheetGone(name);
  return ref;
}

export function anchorsOn(target: ScanTarget, name: string): RangeAnchor[] {
  return target.anchors.filter((a) => a.sheet === name);
}

export function sheetGone(name: string): HostError {
  return new HostError('sheet-gone', `the sheet "${name}" of the last scan is no longer in the workbook`, name);
}

export function tableMoved(name: string, address: string): HostError {
  return new HostError(
    'table-moved',
    `${name}!${address} no longer holds what the scan read there (rows inserted or deleted since)`,
    name,
  );
}
