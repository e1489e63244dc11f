/** The add-in's settings inside the workbook (Workbook.settings, ExcelApi 1.4): they travel with the file. */
import { parseStoredSettings, SETTINGS_KEY, type StoredSettings } from '../workbookPort/storedSettings';

export async function loadStoredSettings(context: Excel.RequestContext): Promise<StoredSettings | null> {
  const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  item.load('value');
  await context.sync();
  return item.isNullObject ? null : parseStoredSettings(item.value);
}

/** Queues the write; the caller's next sync stores it. */
export function queueStoredSettings(context: Excel.RequestContext, settings: StoredSettings): void {
  context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
}
