/** A1 addressing: 0-based column index ⇄ letters, and ranges. */

export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** "B7" from 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  return `${cellAddress(top, left)}:${cellAddress(bottom, right)}`;
}

/** A rectangle of cells: 0-based, inclusive. */
export interface CellBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const RANGE_RE = /^\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/;

/** "B7", "B7:D9", "$B$7:$D$9", "'Sheet 1'!B7:D9" → the box it names; null when it is not such an address. */
export function parseRangeAddress(address: string): CellBox | null {
  const m = RANGE_RE.exec(address.trim().replace(/^.*!/, ''));
  if (!m) return null;
  const top = Number(m[2]) - 1;
  const left = columnIndex(m[1]!);
  return { top, left, bottom: m[4] ? Number(m[4]) - 1 : top, right: m[3] ? columnIndex(m[3]) : left };
}
