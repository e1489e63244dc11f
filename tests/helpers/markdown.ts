/**
 * What the docs tests read of a Markdown file, by hand and independent of the renderer the build uses
 * (marked): its ATX headings, its links and images, and the text of one section. Fenced code blocks
 * and inline code are left out, as they are neither headings nor links.
 */

export interface Heading {
  depth: number;
  /** The heading as a reader sees it: emphasis, code marks and link syntax removed. */
  text: string;
}

export interface MarkdownLink {
  target: string;
  image: boolean;
}

/** The Markdown with its fenced code blocks blanked (line count kept). */
function withoutFences(md: string): string {
  let inFence = false;
  return md
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) {
        inFence = !inFence;
        return '';
      }
      return inFence ? '' : line;
    })
    .join('\n');
}

/** Inline Markdown → the text it shows. */
export function plainInline(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__)(.*?)\1/g, '$2')
    .replace(/(\*|_)(.*?)\1/g, '$2')
    .trim();
}

export function headings(md: string): Heading[] {
  const out: Heading[] = [];
  for (const line of withoutFences(md).split('\n')) {
    const m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (m) out.push({ depth: m[1]!.length, text: plainInline(m[2]!) });
  }
  return out;
}

/** Every `[text](target)` and `![alt](target)` outside code (autolinks `<https://…>` are not relative). */
export function links(md: string): MarkdownLink[] {
  const text = withoutFences(md).replace(/`[^`\n]*`/g, '');
  return [...text.matchAll(/(!?)\[(?:[^\]\n]|\\\])*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => ({
    target: m[2]!,
    image: m[1] === '!',
  }));
}

/**
 * The section under the first heading whose text starts with `start`, up to the next heading of the same
 * or a higher level (its own subsections included). Throws when there is none, so a renamed section fails.
 */
export function section(md: string, start: string): string {
  const lines = md.split('\n');
  // Headings found where they are headings (not in a code block); the text is taken from the original.
  const outside = withoutFences(md).split('\n');
  const depthAt = (i: number) => /^(#{1,6})\s/.exec(outside[i]!)?.[1]!.length ?? 0;
  const at = outside.findIndex((l, i) => depthAt(i) > 0 && plainInline(l.replace(/^#+\s*/, '')).startsWith(start));
  if (at < 0) throw new Error(`no section “${start}”`);
  const depth = depthAt(at);
  const end = outside.findIndex((_, i) => i > at && depthAt(i) > 0 && depthAt(i) <= depth);
  return lines.slice(at, end < 0 ? undefined : end).join('\n');
}
