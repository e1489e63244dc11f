/**
 * Runs one measure in a fresh child process, so every peak RSS is that run's alone, and turns any
 * failure (non-zero exit, out of memory, a signal, a timeout) into a failed run instead of a crash
 * of the bench.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Run {
  ok: boolean;
  /** Wall time: spawn to exit for the command line, the timed section for floor and engine. */
  ms: number;
  /** Peak resident memory of the child, MiB (null when it died before it could say). */
  peakRssMb: number | null;
  /** Why it failed: the telling line of its stderr, or how it ended. */
  error?: string;
  /** Extra figures of the mode (tasks found, output bytes, …), kept in the results file. */
  detail?: Record<string, number>;
  /** Set by the bench when the engine's task count differs from the file's: a bug, not a slow run. */
  wrongTaskCount?: boolean;
  /** Set by the bench when the engine read the file's shape wrong (tables, sections, repeats, splits). */
  misread?: string;
}

/** A child that runs longer than this is killed and reported as failed. */
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_S ?? 3600) * 1000;
/** Only the end of a child's stderr is kept: the last line is what the report shows. */
const STDERR_KEEP = 16384;

const BIN = join(__dirname, '..', '..', 'bin', 'appendix-tracker.js');
const PRELOAD = join(__dirname, 'maxRssPreload.js');

/** The line that says why a child died: V8's out-of-memory line if there is one, else the last line. */
export function tellingLine(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const fatal = lines.find((l) => /FATAL ERROR|heap out of memory/i.test(l));
  const how = signal ? `killed by ${signal}` : `exit code ${code}`;
  const line = fatal ?? lines[lines.length - 1];
  return line ? `${how}: ${line}` : how;
}

/** Collects the tail of a child's stderr. */
function stderrTail(child: ChildProcess): () => string {
  let tail = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (s: string) => {
    tail = (tail + s).slice(-STDERR_KEEP);
  });
  return () => tail;
}

/** Kills the child (by its own handle) if it outlives the timeout; returns the cancel function. */
function watchdog(child: ChildProcess, onTimeout: () => void): () => void {
  const timer = setTimeout(() => {
    onTimeout();
    child.kill('SIGKILL');
  }, TIMEOUT_MS);
  return () => clearTimeout(timer);
}

function toMb(kib: number): number {
  return Math.round(kib / 1024);
}

function readRss(file: string): number | null {
  if (!existsSync(file)) return null;
  const kib = Number(readFileSync(file, 'utf8'));
  rmSync(file, { force: true });
  return Number.isFinite(kib) && kib > 0 ? toMb(kib) : null;
}

/**
 * `node bin/appendix-tracker.js ARGS` as a user runs it: default heap, stdout into a file (not a pipe
 * the bench would have to drain), wall time from spawn to exit so start-up counts. Peak RSS comes from
 * the preload (see maxRssPreload.ts).
 */
export function runCli(args: string[], workDir: string): Promise<Run> {
  // Named by this bench's pid: two benches sharing the tmp dir must not read each other's files.
  const outFile = join(workDir, `cli-stdout-${process.pid}.txt`);
  const rssFile = join(workDir, `cli-maxrss-${process.pid}.txt`);
  rmSync(rssFile, { force: true });
  const out = openSync(outFile, 'w');
  return new Promise((resolve) => {
    let timedOut = false;
    let settled = false;
    const settle = (run: Run) => {
      if (settled) return;
      settled = true;
      cancel();
      closeSync(out);
      run.detail = { ...run.detail, outputBytes: statSync(outFile).size };
      rmSync(outFile, { force: true });
      resolve(run);
    };
    const t0 = performance.now();
    const child = spawn(process.execPath, ['-r', PRELOAD, BIN, ...args], {
      stdio: ['ignore', out, 'pipe'],
      env: { ...process.env, BENCH_MAXRSS_FILE: rssFile },
    });
    const stderr = stderrTail(child);
    const cancel = watchdog(child, () => (timedOut = true));
    child.on('exit', () => {
      // The clock stops at exit; 'close' (below) only waits for the stderr pipe to drain.
      const ms = performance.now() - t0;
      child.once('close', (code: number | null, signal: NodeJS.Signals | null) => {
        const peakRssMb = readRss(rssFile);
        if (code === 0 && !timedOut) settle({ ok: true, ms, peakRssMb });
        else {
          const error = timedOut ? `timed out after ${TIMEOUT_MS / 1000} s` : tellingLine(stderr(), code, signal);
          settle({ ok: false, ms, peakRssMb, error });
        }
      });
    });
    child.on('error', (e) => settle({ ok: false, ms: performance.now() - t0, peakRssMb: null, error: e.message }));
  });
}

/** What a forked measure (floorChild, engineChild) sends back. */
export interface ChildResult {
  ms: number;
  maxRssKb: number;
  [k: string]: number;
}

/** A compiled bench script forked with `args` (a file, or several) as its arguments; it times itself and sends a ChildResult. */
export function runForked(script: string, args: string | string[], execArgv: string[] = []): Promise<Run> {
  return new Promise((resolve) => {
    let timedOut = false;
    let result: ChildResult | null = null;
    const t0 = performance.now();
    const child = fork(join(__dirname, script), typeof args === 'string' ? [args] : args, {
      execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const stderr = stderrTail(child);
    const cancel = watchdog(child, () => (timedOut = true));
    child.on('message', (m) => (result = m as ChildResult));
    child.on('close', (code: number | null, signal: NodeJS.Signals | null) => {
      cancel();
      const got = result as ChildResult | null;
      if (code === 0 && got && !timedOut) {
        const { ms, maxRssKb, ...detail } = got;
        // The child's own clock counts; spawn to exit is kept to show what Node's start-up adds.
        resolve({ ok: true, ms, peakRssMb: toMb(maxRssKb), detail: { ...detail, processMs: performance.now() - t0 } });
      } else {
        const error = timedOut ? `timed out after ${TIMEOUT_MS / 1000} s` : tellingLine(stderr(), code, signal);
        resolve({ ok: false, ms: 0, peakRssMb: null, error });
      }
    });
    child.on('error', (e) => {
      cancel();
      resolve({ ok: false, ms: 0, peakRssMb: null, error: e.message });
    });
  });
}
