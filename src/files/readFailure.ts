/**
 * Why a reader failed, told from what it threw, so that a file is never reported as "not a valid
 * .xlsx" when it is damaged (a zip cut short, a part that does not inflate) or when the reader ran out
 * of room (a RangeError: a string or array longer than the JavaScript engine allows). Pure: the command
 * line's reader (yauzl, zlib, saxes) and the browser's (ExcelJS over JSZip) both go through it.
 */
import { DamagedFileError } from './kind/byteSource';

export type ReadFailureCode = 'damaged-file' | 'reader-limit' | 'unreadable';

/** What yauzl, Node's zlib and JSZip say of a zip that is cut short or corrupt. */
const DAMAGED =
  /end of central directory|central directory|local file header|invalid (?:stored block|distance|code|block type|literal|relative offset|comment length|signature)|unexpected end|incorrect (?:header|data) check|too many (?:bytes|length)|not enough bytes|corrupt|crc32|truncated|end of data|premature close|unexpected eof|invalid zip|not a zip|size mismatch/i;

const LIMIT =
  /out of memory|allocation failed|invalid string length|invalid array length|array buffer allocation|maximum call stack|invalid typed array length/i;

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function readFailureCode(e: unknown): ReadFailureCode {
  if (e instanceof DamagedFileError) return 'damaged-file';
  if (e instanceof RangeError || LIMIT.test(messageOf(e))) return 'reader-limit';
  const code = (e as { code?: unknown } | null)?.code;
  if ((typeof code === 'string' && code.startsWith('Z_')) || DAMAGED.test(messageOf(e))) return 'damaged-file';
  return 'unreadable';
}

/** The cause in one line of at most 300 characters, for the message's “Details:” line. */
export function causeText(e: unknown): string {
  const name = e instanceof Error && e.name && e.name !== 'Error' ? `${e.name}: ` : '';
  const line = `${name}${messageOf(e)}`.split(/\r?\n/, 1)[0]!.trim();
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}
