// `deploy-gate guard`: the agent command guard (src/guard/). Registered on the main program, and on a program of
// its own for bin/deploy-gate.js, which starts it without loading the plan gate (the guard runs before every
// command an agent runs, so its start-up is kept to commander and src/guard/run.ts; the shell parser loads later,
// only for command lines that mention a guarded tool or verb).
import { Command, CommanderError, Option } from 'commander';
import { EXIT_ERROR, EXIT_HOOK_DENY, HOOKS, runGuard, type GuardIo, type HookKind } from '../guard/run.js';

export interface GuardCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export function addGuardCommand(program: Command, io: GuardCliIo, setExit: (code: number) => void): Command {
  return program.command('guard')
    .description('Stop destructive commands an agent runs (pre-command hook, wrapper or check); see docs/guard.md')
    .addOption(new Option('--hook <agent>', 'read the agent\'s pre-command hook JSON on stdin and answer in its protocol').choices([...HOOKS]))
    .option('--check <command-line>', 'only decide: exit 0 allow, 1 refuse (the reason on stderr)')
    .option('--override <command-line>', 'a person at an interactive terminal allows this exact command once, for 5 minutes')
    .argument('[command...]', 'after --: the command to run when the guard allows it')
    .action(async (command: string[], opts: { hook?: HookKind; check?: string; override?: string }) => {
      setExit(await runGuard({
        ...(opts.hook ? { hook: opts.hook } : {}),
        ...(opts.check !== undefined ? { check: opts.check } : {}),
        ...(opts.override !== undefined ? { override: opts.override } : {}),
        command,
      }, processIo(io)));
    });
}

/** The process-backed parts of the guard's I/O (stdin, terminal, child processes). */
export function processIo(io: GuardCliIo): GuardIo {
  return {
    ...io,
    cwd: process.cwd(),
    interactive: Boolean(process.stdin.isTTY && process.stderr.isTTY),
    readStdin: (limit, timeoutMs) => new Promise<string>((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const timer = setTimeout(() => { cleanup(); reject(new Error(`no complete input within ${timeoutMs} ms`)); }, timeoutMs);
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) { cleanup(); reject(new Error(`input larger than ${limit} bytes`)); return; }
        chunks.push(chunk);
      };
      const onEnd = () => { cleanup(); resolve(Buffer.concat(chunks).toString('utf8')); };
      const onError = (error: Error) => { cleanup(); reject(error); };
      const cleanup = () => {
        clearTimeout(timer);
        process.stdin.off('data', onData).off('end', onEnd).off('error', onError);
        process.stdin.pause();
      };
      process.stdin.on('data', onData).on('end', onEnd).on('error', onError);
    }),
    readLine: async (prompt) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stderr });
      try {
        return await rl.question(prompt);
      } finally {
        rl.close();
      }
    },
    spawn: async (argv) => {
      const { spawn } = await import('node:child_process');
      const [file, ...args] = argv;
      if (!file) return EXIT_ERROR;
      return new Promise<number>((resolve) => {
        const child = spawn(file, args, { stdio: 'inherit' });
        child.on('error', (error) => { io.stderr(`deploy-gate guard: cannot run ${file}: ${error.message}\n`); resolve(127); });
        child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
      });
    },
  };
}

/** bin/deploy-gate.js calls this for `deploy-gate guard …`: the guard alone, without the plan gate's modules. */
export async function guardMain(argv: string[], io: GuardCliIo): Promise<number> {
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
