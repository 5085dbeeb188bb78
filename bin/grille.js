#!/usr/bin/env node
// Entry point of the `grille` command; the TypeScript build (npm ci runs it) writes out/.
'use strict';
// A closed pipe (`grille … | head`) is a normal end, not a crash.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});
// `main` returns the exit code, or a promise of it for a command that reads asynchronously (import).
const code = require('../out/server/src/cli/main.js').main(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else code.then((value) => (process.exitCode = value));
