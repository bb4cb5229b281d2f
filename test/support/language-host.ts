// Starts a Pulumi program the way `pulumi preview` / `pulumi up` do, minus the Go parts: what the engine and the
// nodejs language host (pulumi/pulumi sdk/nodejs/cmd/pulumi-language-nodejs/main.go) compute from Pulumi.yaml and
// Pulumi.<stack>.yaml, then `node <@pulumi/pulumi>/cmd/run <flags> <entry point>` against a recording monitor.
//
// From the sources:
// - Engine (getPwdMain): `main` is relative to the project root. A directory becomes the program directory with
//   entry point "."; a file gives its directory and its base name. No `main`: the root and ".".
// - Language host (Run / execRuntime / constructArguments): resolves `@pulumi/pulumi/cmd/run` from the program
//   directory (locateModule), and runs node with
//   `[nodeargs] <run> --monitor A --engine A [--sync DIR] --organization O --project P --root-directory R
//    --stack S --pwd <program dir> [--dry-run] --parallel N <entry point>`,
//   env = its own + PULUMI_CONFIG (JSON, keys as `<namespace>:config:<name>`) + PULUMI_CONFIG_SECRET_KEYS (JSON
//   array) + PULUMI_NODEJS_TYPESCRIPT=true when the runtime option `typescript` is true (its default) +
//   PULUMI_NODEJS_TSCONFIG_PATH for the option `tsconfig`.
// - Not reproduced: `--sync`, the directory of two named pipes for synchronous invokes (the SDK opens them only for
//   `invokeSync`, which the examples do not use), and `--tracing`.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import { startRecordingMonitor, type RecordingMonitor } from './recording-monitor.js';

export interface ProjectFile {
  name: string;
  runtime: { name: string; options: Record<string, unknown> };
  main?: string;
}

/** Pulumi.yaml's fields that decide how the program starts. `runtime` may be a string or `{name, options}`. */
export function readProject(root: string): ProjectFile {
  const doc = parse(readFileSync(join(root, 'Pulumi.yaml'), 'utf8')) as Record<string, unknown>;
  const runtime = doc.runtime;
  const name = typeof runtime === 'string' ? runtime : String((runtime as { name?: unknown }).name);
  const options = typeof runtime === 'object' && runtime !== null ? ((runtime as { options?: Record<string, unknown> }).options ?? {}) : {};
  return { name: String(doc.name), runtime: { name, options }, ...(typeof doc.main === 'string' ? { main: doc.main } : {}) };
}

/** The engine's getPwdMain: the program directory and the entry point for `main`. */
export function programLocation(root: string, main: string | undefined): { pwd: string; entryPoint: string } {
  if (main === undefined || main === '') return { pwd: root, entryPoint: '.' };
  if (isAbsolute(main)) throw new Error("project 'main' must be a relative path");
  const full = resolve(root, main);
  if (relative(root, full).startsWith('..')) throw new Error("project 'main' must be a subfolder");
  if (!existsSync(full)) throw new Error(`project 'main' could not be read: ${full} does not exist (run \`npm run build\`)`);
  return statSync(full).isDirectory() ? { pwd: full, entryPoint: '.' } : { pwd: dirname(full), entryPoint: basename(full) };
}

/**
 * The stack's config as the language host hands it to the program: Pulumi.<stack>.yaml's `config`, then
 * `overrides` (as `pulumi config set` would write them), keys namespaced (a bare key takes the project's name) and
 * written `<namespace>:config:<name>`. Values that are not strings are JSON, as the CLI passes them.
 */
export function stackConfig(root: string, project: string, stack: string, overrides: Record<string, string> = {}): Record<string, string> {
  const file = join(root, `Pulumi.${stack}.yaml`);
  const doc = existsSync(file) ? ((parse(readFileSync(file, 'utf8')) as { config?: Record<string, unknown> } | null) ?? {}) : {};
  const merged: Record<string, unknown> = { ...(doc.config ?? {}), ...overrides };
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(merged)) {
    const [namespace, name] = key.includes(':') ? [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)] : [project, key];
    out[`${namespace}:config:${name}`] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return out;
}

export interface ProgramRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** The command line, for failure messages. */
  argv: string[];
  monitor: RecordingMonitor;
}

export interface RunProgramOptions {
  root: string;
  stack: string;
  /** Config keys to set on top of Pulumi.<stack>.yaml, e.g. `{ variant: 'incident' }`. */
  config?: Record<string, string>;
  dryRun?: boolean;
  parallel?: number;
  organization?: string;
  timeoutMs?: number;
  /** Use this instead of reading `root`/Pulumi.yaml (to try another layout of the same project). */
  project?: ProjectFile;
}

/** Runs the project at `root` on `stack` through cmd/run against a fresh recording monitor (closed afterwards). */
export async function runProgram(opts: RunProgramOptions): Promise<ProgramRun> {
  const project = opts.project ?? readProject(opts.root);
  if (project.runtime.name !== 'nodejs') throw new Error(`runtime ${project.runtime.name}: only nodejs is run here`);
  const { pwd, entryPoint } = programLocation(opts.root, project.main);
  // locateModule: `require.resolve('@pulumi/pulumi/cmd/run')` run in the program directory.
  const runPath = createRequire(join(pwd, 'noop.js')).resolve('@pulumi/pulumi/cmd/run');
  const options = project.runtime.options;
  const typescript = options.typescript === undefined ? true : options.typescript === true;
  const nodeargs = typeof options.nodeargs === 'string' ? options.nodeargs.split(/\s+/).filter(Boolean) : [];

  const monitor = await startRecordingMonitor({ stack: opts.stack, project: project.name });
  const args = [
    runPath,
    '--monitor', monitor.monitorAddress,
    '--engine', monitor.engineAddress,
    '--organization', opts.organization ?? 'organization',
    '--project', project.name,
    '--root-directory', opts.root,
    '--stack', opts.stack,
    '--pwd', pwd,
    ...(opts.dryRun ? ['--dry-run'] : []),
    '--parallel', String(opts.parallel ?? 16),
    entryPoint,
  ];
  // The host's environment, without what an earlier Pulumi run may have left there, plus what the language host adds.
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('PULUMI_')) env[k] = v;
  env.PULUMI_CONFIG = JSON.stringify(stackConfig(opts.root, project.name, opts.stack, opts.config));
  env.PULUMI_CONFIG_SECRET_KEYS = '[]';
  if (typescript) env.PULUMI_NODEJS_TYPESCRIPT = 'true';
  if (typeof options.tsconfig === 'string') env.PULUMI_NODEJS_TSCONFIG_PATH = options.tsconfig;

  const argv = [process.execPath, ...nodeargs, ...args];
  try {
    const child = spawn(process.execPath, [...nodeargs, ...args], { cwd: opts.root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timeoutMs = opts.timeoutMs ?? 60_000;
    const { exitCode, signal } = await new Promise<{ exitCode: number | null; signal: NodeJS.Signals | null }>((done, fail) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        fail(new Error(`the program did not exit within ${timeoutMs} ms: ${argv.join(' ')}\n${stderr}`));
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        fail(e);
      });
      child.on('close', (code, sig) => {
        clearTimeout(timer);
        done({ exitCode: code, signal: sig });
      });
    });
    return { exitCode, signal, stdout, stderr, argv, monitor };
  } finally {
    await monitor.close();
  }
}

/**
 * What a process wrote to stderr, without Node's own runtime notices (`(node:PID) [DEP0040] DeprecationWarning: …`
 * and the `--trace-…` hint after it), which depend on the Node.js version and not on the program.
 */
export function programErrors(stderr: string): string {
  return stderr
    .split('\n')
    .filter((line) => line.trim() !== '' && !/^\(node:\d+\) (\[\w+\] )?\w*Warning: /.test(line) && !/^\(Use `node --trace-/.test(line))
    .join('\n');
}
