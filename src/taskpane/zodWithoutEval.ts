/**
 * zod compiles object parsers with `new Function` where the page allows eval, and probes for it once.
 * The add-in's pages allow no eval (addinCsp.js), and a strict policy reports even the swallowed probe
 * as a violation: parse without the compiled fast path (the same results, a little slower). Imported
 * first by each page's entry, before anything parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
