/** The corpus's manifest.json and README.md, from the one list in corpus.ts. */
import { CORPUS } from './corpus';

export interface ManifestEntry {
  file: string;
  what: string;
  user: string;
  expect: (typeof CORPUS)[number]['expect'];
}

export function corpusManifest(): string {
  const entries: ManifestEntry[] = CORPUS.map(({ file, what, user, expect }) => ({ file, what, user, expect }));
  return JSON.stringify(entries, null, 2) + '\n';
}

const cellText = (s: string) => s.replace(/\|/g, '\\|');

export function corpusReadme(sizes: Record<string, number>): string {
  const rows = CORPUS.map(
    (c) =>
      `| \`${c.file}\` | ${(sizes[c.file] ?? 0).toLocaleString('en')} | ${cellText(c.what)} | ${cellText(c.user)} |`,
  );
  return [
    '# Odd and hostile files',
    '',
    'Made by `npm run make:bad-corpus` (`scripts/make-bad-corpus.ts`, the list in',
    '`scripts/badCorpus/corpus.ts`); do not edit them by hand. `tests/files/badCorpus.test.ts` holds every',
    'reader to what the person must get (the `expect` of each entry in `manifest.json`), and checks that',
    'these files are exactly what the script makes. `npm run bench:corpus` runs each through the command',
    'line in its own process and reports its time, peak memory and exit status.',
    '',
    '| file | bytes | what it is | what the person must get |',
    '|---|---:|---|---|',
    ...rows,
    '',
  ].join('\n');
}
