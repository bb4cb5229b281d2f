#!/usr/bin/env node
// Runs the bundled CLI, build/cli/deploy-gate.js (npm ci builds it through the `prepare` script: tsc, then
// scripts/bundle-cli.ts): one file to load instead of the some 250 modules of the tsc output, see docs/performance.md.
// `deploy-gate guard` starts on its own path: it runs before every command an agent runs, so it loads neither the
// plan gate nor its rules, and in hook mode anything that goes wrong exits 2, which the agents read as "deny".
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
  let main;
  try {
    ({ main } = await import('../build/cli/deploy-gate.js'));
  } catch (error) {
    // A missing or broken build is never an allow, nor a block the user could mistake for a verdict: exit 2.
    process.stderr.write(`deploy-gate: internal error: cannot load the CLI (${error instanceof Error ? error.message : String(error)}); run npm run build\n`);
    process.exit(2);
  }
  process.exitCode = await main(argv, io);
}
