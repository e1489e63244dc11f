/**
 * `xl/sharedStrings.xml` → the strings by index. A rich-text item reads as its runs joined; phonetic
 * guides (`rPh`) are not part of the text. Cells refer to these strings; they are never copied.
 */
import { parseXmlStream } from './xmlEvents';

export async function readSharedStrings(chunks: AsyncIterable<string>): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await parseXmlStream(chunks, {
    open(name, _a, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 't') inText = !selfClosing && phonetic === 0;
      else if (name === 'rPh') phonetic++;
    },
    text(t) {
      if (inText) current += t;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}
