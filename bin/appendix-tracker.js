#!/usr/bin/env node
'use strict';
// Runs the compiled command line (built by `npm install` through the "prepare" script).
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(0); // the reader (head, less) closed the pipe
  throw e;
});
const { main } = require('../dist/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
