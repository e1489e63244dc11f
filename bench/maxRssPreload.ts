/**
 * Preloaded into the command-line children (`node -r`): on exit, writes the process's peak resident
 * memory (KiB, as `process.resourceUsage().maxRSS` gives it) to the file named by BENCH_MAXRSS_FILE.
 * The bench reads that instead of /usr/bin/time, which CI machines may not have. Synchronous on
 * purpose: nothing asynchronous runs in an 'exit' handler.
 */
import { writeFileSync } from 'node:fs';

const target = process.env.BENCH_MAXRSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
