#!/usr/bin/env node
// Runs the compiled CLI (npm ci builds it through the `prepare` script).
import { main } from '../build/src/cli/main.js';

const code = await main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
});
process.exitCode = code;
