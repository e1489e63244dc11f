/**
 * Bytes as base64, as Excel.createWorkbook takes a workbook: in pieces (String.fromCharCode takes a
 * bounded number of arguments), then the platform's btoa.
 */
const PIECE = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += PIECE) binary += String.fromCharCode(...bytes.subarray(i, i + PIECE));
  return btoa(binary);
}
