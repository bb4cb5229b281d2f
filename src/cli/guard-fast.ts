// bin/deploy-gate.js starts `deploy-gate guard …` here: a few lines of argument parsing instead of commander, and
// no plan gate, because an agent pays this start-up on every command it runs. The options are the ones
// guard-command.ts declares for help; anything else is a usage error (exit 2, which a hook reads as deny).
import { processIo, type GuardCliIo } from '../guard/process-io.js';
import { EXIT_ERROR, HOOKS, runGuard, type GuardOptions, type HookKind } from '../guard/run.js';

export async function guardMain(argv: string[], io: GuardCliIo): Promise<number> {
  const options: GuardOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') { options.command = argv.slice(i + 1); break; }
    if (arg === '--help' || arg === '-h') {
      const { guardCommanderMain } = await import('./guard-command.js');
      return guardCommanderMain(['--help'], io);
    }
    const eq = arg.indexOf('=');
    const name = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (name !== '--hook' && name !== '--check' && name !== '--override') {
      io.stderr(`deploy-gate guard: unknown argument ${JSON.stringify(arg)} (see deploy-gate guard --help)\n`);
      return EXIT_ERROR;
    }
    const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) { io.stderr(`deploy-gate guard: ${name} needs a value\n`); return EXIT_ERROR; }
    if (name === '--hook') {
      if (!(HOOKS as readonly string[]).includes(value)) { io.stderr(`deploy-gate guard: --hook must be one of ${HOOKS.join(', ')}\n`); return EXIT_ERROR; }
      options.hook = value as HookKind;
    } else if (name === '--check') {
      options.check = value;
    } else {
      options.override = value;
    }
  }
  return runGuard(options, processIo(io));
}
