// The process-backed parts of the guard's I/O: standard input with a size and time limit, the terminal, children.
import { EXIT_ERROR, type GuardIo } from './run.js';

export interface GuardCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
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

