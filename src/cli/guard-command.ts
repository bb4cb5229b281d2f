// `deploy-gate guard` on the main program (help, and main() callers). bin/deploy-gate.js starts the guard through
// guard-fast.ts instead, without commander or the plan gate: it runs before every command an agent runs.
import { Command, CommanderError, Option } from 'commander';
import { HOOKS, type HookKind } from '../guard/hooks.js';
import type { GuardCliIo } from '../guard/process-io.js';


export function addGuardCommand(program: Command, io: GuardCliIo, setExit: (code: number) => void): Command {
  return program.command('guard')
    .description('Stop destructive commands an agent runs (pre-command hook, wrapper or check); see docs/guard.md')
    .addOption(new Option('--hook <agent>', 'read the agent\'s pre-command hook JSON on stdin and answer in its protocol').choices([...HOOKS]))
    .option('--check <command-line>', 'only decide: exit 0 allow, 1 refuse (the reason on stderr)')
    .option('--override <command-line>', 'a person at an interactive terminal allows this exact command once, for 5 minutes')
    .argument('[command...]', 'after --: the command to run when the guard allows it')
    .action(async (command: string[], opts: { hook?: HookKind; check?: string; override?: string }) => {
      // Loaded when the command runs: `deploy-gate check` defines this command on every start.
      const [{ runGuard }, { processIo }] = await Promise.all([import('../guard/run.js'), import('../guard/process-io.js')]);
      setExit(await runGuard({
        ...(opts.hook ? { hook: opts.hook } : {}),
        ...(opts.check !== undefined ? { check: opts.check } : {}),
        ...(opts.override !== undefined ? { override: opts.override } : {}),
        command,
      }, processIo(io)));
    });
}

/** The guard alone on a commander program (used for --help from the fast path). */
export async function guardCommanderMain(argv: string[], io: GuardCliIo): Promise<number> {
  const { EXIT_ERROR, EXIT_HOOK_DENY } = await import('../guard/run.js');
  let exitCode = 0;
  const hookMode = argv.some((a) => a === '--hook' || a.startsWith('--hook='));
  const program = new Command('deploy-gate')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  addGuardCommand(program, io, (code) => { exitCode = code; });
  try {
    await program.parseAsync(['guard', ...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : hookMode ? EXIT_HOOK_DENY : EXIT_ERROR;
    io.stderr(`deploy-gate guard: internal error, refusing: ${error instanceof Error ? error.message : String(error)}\n`);
    return hookMode ? EXIT_HOOK_DENY : EXIT_ERROR;
  }
}
