/** The JSON file an option names (`--config`, `--leaders`), read whole: a file that cannot be read or parsed is a UsageError. */
import { readFile } from 'node:fs/promises';
import { FileReadError } from '../files/fileReadError';
import { causeText } from '../files/readFailure';
import { UsageError } from './usageError';

export async function readJsonFile(path: string, option: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError({ kind: 'option-file-unreadable', option, error: FileReadError.fromFileSystem(path, e) });
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new UsageError({ kind: 'option-file-not-json', option, path, detail: causeText(e) });
  }
}
