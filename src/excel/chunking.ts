/**
 * How many rows to move per request. Excel on the web refuses requests and responses over 5 MB and
 * range reads over 5,000,000 cells; cell sizes vary from "1" to whole paragraphs, so the reader
 * starts small, measures what a cell costs, and sizes the next chunk to stay well inside the limit.
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/** What one chunk aims at: under half the limit, leaving room for JSON framing and estimate error. */
export const TARGET_CHUNK_BYTES = 2 * 1024 * 1024;
const FIRST_CHUNK_CELLS = 20_000;
const MAX_CHUNK_CELLS = 500_000;

export class ChunkSizer {
  private bytesPerCell = 0;

  constructor(private readonly columns: number) {}

  /** Rows for the next chunk, at most `remaining`. */
  nextRows(remaining: number): number {
    const cells = this.bytesPerCell > 0 ? Math.floor(TARGET_CHUNK_BYTES / this.bytesPerCell) : FIRST_CHUNK_CELLS;
    const capped = Math.max(this.columns, Math.min(cells, MAX_CHUNK_CELLS, CELL_READ_LIMIT));
    return Math.max(1, Math.min(remaining, Math.floor(capped / Math.max(1, this.columns))));
  }

  /** Learn from a chunk just moved: its size in bytes and its cell count. The largest rate seen wins. */
  record(bytes: number, cells: number): void {
    if (cells > 0) this.bytesPerCell = Math.max(this.bytesPerCell, bytes / cells);
  }
}

/** The size a value takes in the JSON of a request or response. */
export function payloadBytes(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/** Split rows into chunks of at most `targetBytes` of JSON each, for writing. */
export function chunkRowsByBytes<T>(rows: T[][], targetBytes = TARGET_CHUNK_BYTES): T[][][] {
  const chunks: T[][][] = [];
  let current: T[][] = [];
  let size = 0;
  for (const row of rows) {
    const b = payloadBytes(row);
    if (current.length > 0 && size + b > targetBytes) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(row);
    size += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
