/**
 * XML parts as a stream of events through saxes: element names without their namespace prefix
 * ("x:c" → "c", as some producers write them), attributes as written, text with entities decoded.
 * Malformed XML throws, with saxes's line and column.
 */
import { SaxesParser } from 'saxes';

export interface XmlHandler {
  open?(name: string, attributes: Record<string, string>, selfClosing: boolean): void;
  close?(name: string): void;
  text?(text: string): void;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

function parser(h: XmlHandler): SaxesParser {
  const p = new SaxesParser();
  const { open, close, text } = h;
  if (open) p.on('opentag', (t) => open(localName(t.name), t.attributes as Record<string, string>, t.isSelfClosing));
  if (close) p.on('closetag', (t) => close(localName(t.name)));
  if (text) {
    p.on('text', text);
    p.on('cdata', text);
  }
  return p;
}

/** Feed a part's text chunks through the handler. */
export async function parseXmlStream(chunks: AsyncIterable<string>, h: XmlHandler): Promise<void> {
  const p = parser(h);
  for await (const chunk of chunks) p.write(chunk);
  p.close();
}

export function parseXmlText(xml: string, h: XmlHandler): void {
  parser(h).write(xml).close();
}
