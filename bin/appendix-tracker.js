#!/usr/bin/env node
'use strict';
// Runs the compiled command line (built by `npm install` through the "prepare" script).
const { main } = require('../dist/src/cli/main.js');
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
