#!/usr/bin/env node
// Runs the bundled CLI, build/cli/deploy-gate.js (npm ci builds it through the `prepare` script: tsc, then
// scripts/bundle-cli.ts): one file to load instead of the some 250 modules of the tsc output, with V8's code cache
// of it (loadCli below), see docs/performance.md.
// `deploy-gate guard` starts on its own path: it runs before every command an agent runs, so it loads neither the
// plan gate nor its rules, and in hook mode anything that goes wrong exits 2, which the agents read as "deny".
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const argv = process.argv.slice(2);
const io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  isTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  columns: process.stdout.columns,
};

if (argv[0] === 'guard') {
  const hookMode = argv.some((a) => a === '--hook' || a.startsWith('--hook='));
  const failClosed = (error) => {
    process.stderr.write(`deploy-gate guard: refused: internal error (${error instanceof Error ? error.message : String(error)})\n`);
    process.exit(2);
  };
  process.on('uncaughtException', failClosed);
  process.on('unhandledRejection', failClosed);
  try {
    const { guardMain } = await import('../build/guard/guard.js');
    const code = await guardMain(argv.slice(1), io);
    // Exit as soon as the answer is written: nothing the guard started may keep an agent waiting.
    process.stdout.write('', () => process.stderr.write('', () => process.exit(code)));
  } catch (error) {
    failClosed(error);
  }
} else {
  let cli;
  try {
    cli = loadCli();
  } catch (error) {
    // A missing or broken build is never an allow, nor a block the user could mistake for a verdict: exit 2.
    process.stderr.write(`deploy-gate: internal error: cannot load the CLI (${error instanceof Error ? error.message : String(error)}); run npm run build\n`);
    process.exit(2);
  }
  process.exitCode = await cli.main(argv, io);
  if (process.env.DEPLOY_GATE_CODE_CACHE === 'write') {
    // Never changes the verdict's exit code: a cache that cannot be written only leaves starts slower.
    try {
      cli.writeCache();
    } catch (error) {
      process.stderr.write(`deploy-gate: the code cache was not written (${error instanceof Error ? error.message : String(error)})\n`);
    }
  }
}

/**
 * build/cli/deploy-gate.js is one script (scripts/bundle-cli.ts) whose value is a CommonJS-style wrapper: compiled
 * here as a vm.Script with V8's code cache of it, build/cli/deploy-gate.code-cache, so that a start deserializes
 * the bytecode of what a check runs instead of parsing and compiling 600 kB of JavaScript (Node 20 has no compile
 * cache for modules). The cache is used only for the bundle it was made of: it starts with the sha256 that the
 * bundle's last line ends with (V8 checks a cache against its source by length only). V8 refuses a cache of another
 * V8 version or other flags; the script then compiles from its text, as it would without one.
 * DEPLOY_GATE_CODE_CACHE=write (what the build runs) writes the cache of this run once the check is done.
 */
function loadCli() {
  const url = new URL('../build/cli/deploy-gate.js', import.meta.url);
  const file = fileURLToPath(url);
  const cacheFile = fileURLToPath(new URL('../build/cli/deploy-gate.code-cache', import.meta.url));
  // ASCII, which the build checks: latin1 reads it as it is, without decoding UTF-8.
  const source = readFileSync(file, 'latin1');
  const hash = /\n\/\/# deploy-gate-bundle sha256 ([0-9a-f]{64})$/.exec(source.slice(-100))?.[1];
  if (!hash) throw new Error(`${file} does not end with its sha256 line`);
  let cachedData;
  try {
    const cache = readFileSync(cacheFile);
    if (cache.length > 64 && cache.toString('latin1', 0, 64) === hash) cachedData = cache.subarray(64);
  } catch {
    // No cache (removed, or never written): compiled from the text.
  }
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, url.href, (specifier) => import(specifier));
  if (typeof module.exports.main !== 'function') throw new Error(`${file} exports no main()`);
  return {
    main: module.exports.main,
    writeCache() {
      const temporary = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temporary, Buffer.concat([Buffer.from(hash, 'latin1'), script.createCachedData()]));
      renameSync(temporary, cacheFile);
    },
  };
}
