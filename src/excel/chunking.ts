/**
 * How many rows to move per request. Excel on the web refuses requests and responses over 5 MB and
 * range reads over 5,000,000 cells; cell sizes vary from "1" to whole paragraphs, so the reader
 * starts small, measures what a cell costs, and sizes the next chunk to stay well inside the limit.
 */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const CELL_READ_LIMIT = 5_000_000;
/** What one chunk aims at: under half the limit, leaving room for JSON framing and estimate error. */
export const TARGET_CHUNK_BYTES = 2 * 1024 * 1024;
/** Every read response stays under this (2 MiB), well inside the web's limit. */
export const MAX_READ_RESPONSE_BYTES = 2 * 1024 * 1024;
/**
 * What a read chunk aims at: 80 % of MAX_READ_RESPONSE_BYTES, since its size is estimated from the
 * chunk before, and cells further down may be longer than those measured.
 */
const READ_TARGET_BYTES = Math.floor(MAX_READ_RESPONSE_BYTES * 0.8);
/**
 * The first chunk is read before any cell was measured: small enough that even cells of 32,767
 * characters (Excel's limit) read as values, texts and formats stay under the limit… nearly: 1,000 cells
 * of whole paragraphs (~500 characters) are about 1.5 MB in Vietnamese UTF-8.
 */
const FIRST_CHUNK_CELLS = 1_000;
const MAX_CHUNK_CELLS = 500_000;
/** A chunk never grows more than this many times over the one before: cells further down may be longer. */
const MAX_GROWTH = 4;

export class ChunkSizer {
  private bytesPerCell = 0;
  private lastCells = 0;

  constructor(private readonly columns: number) {}

  /** Rows for the next chunk, at most `remaining`. */
  nextRows(remaining: number): number {
    let cells = this.bytesPerCell > 0 ? Math.floor(READ_TARGET_BYTES / this.bytesPerCell) : FIRST_CHUNK_CELLS;
    if (this.lastCells > 0) cells = Math.min(cells, this.lastCells * MAX_GROWTH);
    const capped = Math.max(this.columns, Math.min(cells, MAX_CHUNK_CELLS, CELL_READ_LIMIT));
    return Math.max(1, Math.min(remaining, Math.floor(capped / Math.max(1, this.columns))));
  }

  /** Learn from a chunk just moved: its size in bytes and its cell count. The largest rate seen wins. */
  record(bytes: number, cells: number): void {
    if (cells > 0) this.bytesPerCell = Math.max(this.bytesPerCell, bytes / cells);
    this.lastCells = cells;
  }

  /**
   * Excel refused a chunk of `cells` as too large (its cells are longer than those before): they cost at
   * least the limit's share each, so the next try is well under half as many. False when one row was
   * already all there was to shrink to.
   */
  refused(cells: number): boolean {
    if (cells <= this.columns) return false;
    this.bytesPerCell = Math.max(this.bytesPerCell, WEB_PAYLOAD_LIMIT / cells);
    this.lastCells = Math.max(1, Math.floor(cells / MAX_GROWTH));
    return true;
  }
}

/** Excel's answer to a request or response over its limit (Excel on the web: 5 MB). */
export function isPayloadTooLarge(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded';
}

/** The UTF-8 bytes of a string: the limit is on bytes, and a Vietnamese letter is two or three of them. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      n += 4; // a surrogate pair: one character of four bytes
      i++;
    } else n += 3;
  }
  return n;
}

/** The size a value takes in the JSON of a request or response, in UTF-8 bytes. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value);
  return json === undefined ? 0 : utf8Length(json);
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
