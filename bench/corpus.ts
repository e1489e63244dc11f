/**
 * `npm run bench:corpus`: every file of the odd-file corpus (tests/fixtures/bad) through the command line
 * as a user runs it (`appendix-tracker scan FILE --json`), each in a process of its own, against issue
 * 11's limits: done within 60 s (killed after that) and 1.5 GB peak memory, exit status 0 or 2, and at
 * most one line on stderr with no stack trace. Prints a Markdown table; exits 1 when a file misses a limit
 * and BENCH_STRICT=1.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CORPUS } from '../scripts/badCorpus/corpus';
import { isRefusalShape } from '../src/files/fileText';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'appendix-tracker.js');
const PRELOAD = join(__dirname, 'maxRssPreload.js');
const DIR = join(ROOT, 'tests', 'fixtures', 'bad');
const LIMIT_MS = Number(process.env.CORPUS_TIMEOUT_S ?? 60) * 1000;
const LIMIT_MB = 1536;

interface Result {
  file: string;
  code: number | null;
  signal: string | null;
  ms: number;
  peakMb: number | null;
  stderr: string;
  timedOut: boolean;
}

function run(file: string): Promise<Result> {
  const rssFile = join(tmpdir(), `corpus-maxrss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      ['-r', PRELOAD, BIN, 'scan', join(DIR, file), '--as-of', '2026-05-01', '--json'],
      { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, BENCH_MAXRSS_FILE: rssFile } },
    );
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (s: string) => (stderr = (stderr + s).slice(-8192)));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, LIMIT_MS);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const ms = performance.now() - t0;
      let peakMb: number | null = null;
      if (existsSync(rssFile)) {
        peakMb = Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024);
        rmSync(rssFile, { force: true });
      }
      resolve({ file, code, signal, ms, peakMb, stderr: stderr.trim(), timedOut });
    });
  });
}

function verdict(r: Result): string[] {
  const missed: string[] = [];
  if (r.timedOut) missed.push(`killed after ${LIMIT_MS / 1000} s`);
  else if (r.code !== 0 && r.code !== 2) missed.push(r.signal ? `killed by ${r.signal}` : `exit ${r.code}`);
  if (r.peakMb !== null && r.peakMb > LIMIT_MB) missed.push(`${r.peakMb} MB`);
  // One line, and at most the line of its cause (“Chi tiết: …”).
  if (r.stderr && !isRefusalShape(r.stderr.replace(/^appendix-tracker: /, '')))
    missed.push(`${r.stderr.split('\n').length} lines on stderr`);
  if (/^\s+at /m.test(r.stderr) || /heap out of memory/i.test(r.stderr)) missed.push('a crash text');
  return missed;
}

async function main(): Promise<void> {
  const only = process.env.CORPUS_FILES?.split(',');
  const results: [Result, string[]][] = [];
  for (const c of CORPUS) {
    if (only && !only.includes(c.file)) continue;
    const r = await run(c.file);
    results.push([r, verdict(r)]);
    process.stderr.write(`${c.file}: ${Math.round(r.ms)} ms\n`);
  }
  const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ').slice(0, 140);
  const out = [
    '| file | exit | time (s) | peak RSS (MB) | stderr | within limits |',
    '|---|---:|---:|---:|---|---|',
    ...results.map(
      ([r, missed]) =>
        `| \`${r.file}\` | ${r.timedOut ? 'killed' : (r.code ?? r.signal)} | ${(r.ms / 1000).toFixed(1)} | ${r.peakMb ?? '—'} | ${cell(r.stderr.split('\n')[0] ?? '')} | ${missed.length ? `**no**: ${missed.join(', ')}` : 'yes'} |`,
    ),
  ];
  process.stdout.write(out.join('\n') + '\n');
  const failed = results.filter(([, m]) => m.length).length;
  process.stdout.write(
    `\n${results.length - failed} of ${results.length} files within 60 s, 1.5 GB, one line, no crash\n`,
  );
  if (failed && process.env.BENCH_STRICT === '1') process.exitCode = 1;
}

void main();
