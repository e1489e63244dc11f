/**
 * The two things the adapter takes from Office: a way to run a batch (Excel.run) and the API-set
 * check. Injected so tests can run the adapter on a fake object model.
 */
export type ExcelBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeHost {
  run: ExcelBatch;
  isSetSupported(name: string, version: string): boolean;
  /** The open workbook's file name, where the host knows it. */
  documentName(): string;
  /** Opens an .xlsx (base64) as a new workbook in Excel (Excel.createWorkbook, ExcelApi 1.8). */
  createWorkbook(base64: string): Promise<void>;
}

/** The real host, for the task pane running inside Excel. */
export function liveOfficeHost(): OfficeHost {
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    documentName: () => {
      const url = Office.context.document?.url ?? '';
      return url.replace(/^.*[\\/]/, '') || 'Workbook';
    },
    createWorkbook: (base64) => Excel.createWorkbook(base64),
  };
}
