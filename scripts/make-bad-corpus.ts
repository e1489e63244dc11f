/**
 * Writes the odd-file corpus, tests/fixtures/bad/: every file of scripts/badCorpus/corpus.ts, its
 * manifest.json (what the corpus test holds each reader to) and its README.md (each file and what the
 * person must get). Deterministic: run it twice, get the same bytes (tests/files/badCorpus.test.ts
 * checks the committed files are what it makes).
 * Run: npm run make:bad-corpus
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from './badCorpus/corpus';
import { corpusManifest, corpusReadme } from './badCorpus/manifest';

const DIR = join(__dirname, '..', '..', 'tests', 'fixtures', 'bad');

function main(): void {
  mkdirSync(DIR, { recursive: true });
  const keep = new Set([...CORPUS.map((c) => c.file), 'manifest.json', 'README.md']);
  for (const f of readdirSync(DIR)) if (!keep.has(f)) rmSync(join(DIR, f));
  const sizes: Record<string, number> = {};
  for (const c of CORPUS) {
    const bytes = c.build();
    writeFileSync(join(DIR, c.file), bytes);
    sizes[c.file] = bytes.length;
  }
  writeFileSync(join(DIR, 'manifest.json'), corpusManifest());
  writeFileSync(join(DIR, 'README.md'), corpusReadme(sizes));
  process.stdout.write(`wrote ${CORPUS.length} files to ${DIR}\n`);
}

main();
