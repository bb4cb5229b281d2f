// Wrappers: programs that run another program (`sudo`, `env`, `timeout`, `docker run`, `uv run`…), each with the
// options that take a value, and what it runs. The one home of these facts: the Judge (decide.ts) follows a
// wrapper to the program it runs, and the shell reader (shell.ts stdoutOf) follows one to what it prints.

import type { Word } from './shell.js';
import { toolFor } from './tools.js';

/** What a wrapper runs: a program's words, a script, nothing guarded, something it cannot tell, or itself as a tool. */
export type Next = { argv: Word[] } | { script: string } | { stop: true } | { unknown: string } | { asTool: true };

export type Wrapper = (rest: Word[]) => Next;

/** Index of the first word that is not an option, given the options that take a value. */
function afterOptions(rest: Word[], valued: readonly string[]): number | { unknown: string } {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]?.value;
    if (v === undefined) return { unknown: 'a wrapper option computed at run time' };
    if (v === '--') return i + 1;
    if (!v.startsWith('-') || v === '-') return i;
    if (valued.includes(v)) { i++; continue; }
    // -n5 / --adjustment=5 carry their value
  }
  return rest.length;
}

function from(rest: Word[], index: number | { unknown: string }): Next {
  if (typeof index !== 'number') return index;
  return { argv: rest.slice(index) };
}

export const isAssignment = (v: string | undefined) => {
  if (v === undefined) return false;
  const eq = v.indexOf('=');
  if (eq <= 0) return false;
  for (let i = 0; i < eq; i++) {
    const c = v[i] ?? '';
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_')) return false;
  }
  return true;
};

const sudo: Wrapper = (rest) => {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]?.value;
    if (v === undefined) return { unknown: 'a sudo option computed at run time' };
    if (v === '--') return { argv: rest.slice(i + 1) };
    if (v === '-e' || v === '--edit' || v === '-l' || v === '--list' || v === '-v' || v === '-k' || v === '-K') return { stop: true };
    if (['-u', '-g', '-h', '-p', '-C', '-D', '-r', '-t', '-U', '-T', '--user', '--group', '--host', '--prompt', '--chdir', '--role', '--type', '--other-user', '--command-timeout', '--close-from'].includes(v)) { i++; continue; }
    if (v.startsWith('-')) continue;
    if (isAssignment(v)) continue;
    return { argv: rest.slice(i) };
  }
  return { stop: true };
};

const env: Wrapper = (rest) => {
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]?.value;
    if (v === undefined) return { unknown: 'an env argument computed at run time' };
    if (v === '--') continue;
    if (v === '-S' || v === '--split-string') {
      const s = rest[i + 1]?.value;
      if (s === undefined) return { unknown: 'env -S with a string computed at run time' };
      return { script: [s, ...rest.slice(i + 2).map((w) => w.value ?? '')].join(' ') };
    }
    if (v.startsWith('--split-string=')) return { script: [v.slice(15), ...rest.slice(i + 1).map((w) => w.value ?? '')].join(' ') };
    if (v.startsWith('-S') && v.length > 2) return { script: [v.slice(2), ...rest.slice(i + 1).map((w) => w.value ?? '')].join(' ') };
    if (v === '-u' || v === '--unset' || v === '-C' || v === '--chdir') { i++; continue; }
    if (v.startsWith('-')) continue;
    if (isAssignment(v)) continue;
    return { argv: rest.slice(i) };
  }
  return { stop: true };
};

const simple = (valued: readonly string[] = []): Wrapper => (rest) => from(rest, afterOptions(rest, valued));

/** timeout [opts] DURATION cmd … */
const timeout: Wrapper = (rest) => {
  const i = afterOptions(rest, ['-s', '--signal', '-k', '--kill-after']);
  if (typeof i !== 'number') return i;
  return { argv: rest.slice(i + 1) };
};

/** Runners whose command follows `--` (or the first positional when there is none). */
const dashDash = (valued: readonly string[] = [], positionalsBefore = 0): Wrapper => (rest) => {
  const dd = rest.findIndex((w) => w.value === '--');
  if (dd >= 0) return { argv: rest.slice(dd + 1) };
  let i = afterOptions(rest, valued);
  if (typeof i !== 'number') return i;
  for (let skipped = 0; skipped < positionalsBefore; skipped++) {
    const next = afterOptions(rest.slice(i + 1), valued);
    if (typeof next !== 'number') return next;
    i = i + 1 + next;
  }
  return { argv: rest.slice(i) };
};

/** A subcommand that runs a program: `npm exec`, `uv run`, `bundle exec`. */
const sub = (words: readonly string[], then: Wrapper, passThrough?: (name: string) => boolean, isTool = false, runsBins = false): Wrapper => (rest) => {
  const first = rest[0]?.value;
  if (first === undefined) return rest.length > 0 ? { unknown: 'a subcommand computed at run time' } : isTool ? { asTool: true } : { stop: true };
  if (words.includes(first)) return then(rest.slice(1));
  if (passThrough?.(first)) return { argv: rest };
  // `yarn run pulumi destroy`, `pnpm run cdktf destroy`: run also runs a package's binary when no script has its name.
  if (runsBins && first === 'run' && rest[1]?.value !== undefined && passThrough?.(rest[1].value)) return { argv: rest.slice(1) };
  return isTool ? { asTool: true } : { stop: true };
};

/**
 * The package managers' options that come before the subcommand (`pnpm --filter infra exec …`, `npm -w infra exec
 * …`, `yarn --cwd infra …`): skipped, with the values of those that take one, before the subcommand is read.
 */
const globals = (valued: readonly string[], then: Wrapper): Wrapper => (rest) => {
  let i = 0;
  while (i < rest.length) {
    const v = rest[i]?.value;
    if (v === undefined || !v.startsWith('-') || v === '-' || v === '--') break;
    i += valued.includes(v) ? 2 : 1;
  }
  return then(rest.slice(i));
};

/** npx pulumi@3 destroy, npx -p cdktf-cli cdktf destroy */
const npx: Wrapper = (rest) => {
  // The package runners' workspace options take a value too (`npm exec --workspace infra -- cdktf destroy`).
  const i = afterOptions(rest, ['-p', '--package', '-c', '--call', '--workspace', '--filter', '-F', '--prefix', '--dir', '-C', '--cwd']);
  if (typeof i !== 'number') return i;
  const call = rest.findIndex((w) => w.value === '-c' || w.value === '--call');
  if (call >= 0) {
    const s = rest[call + 1]?.value;
    return s === undefined ? { unknown: 'npx -c with a string computed at run time' } : { script: s };
  }
  const argv = rest.slice(i);
  const pkg = argv[0]?.value;
  if (pkg === undefined) return argv.length > 0 ? { unknown: 'a package computed at run time' } : { stop: true };
  return { argv: [{ value: binOf(pkg), text: argv[0]?.text ?? pkg }, ...argv.slice(1)] };
};

function binOf(pkg: string): string {
  let name = pkg;
  const at = name.lastIndexOf('@');
  if (at > 0) name = name.slice(0, at);
  if (name === 'cdktf-cli') return 'cdktf';
  if (name === '@pulumi/pulumi' || name === '@pulumi/cli') return 'pulumi';
  if (name.startsWith('@')) name = name.slice(name.indexOf('/') + 1);
  return name;
}

const guardedBin = (name: string) => Boolean(toolFor(name.toLowerCase()));

/** ssh [opts] host [command…]: the remote command is a shell string. */
const ssh: Wrapper = (rest) => {
  const i = afterOptions(rest, ['-p', '-i', '-l', '-o', '-F', '-J', '-L', '-R', '-D', '-E', '-b', '-c', '-e', '-m', '-O', '-Q', '-S', '-w', '-W', '-B', '-P']);
  if (typeof i !== 'number') return i;
  const remote = rest.slice(i + 1);
  if (remote.length === 0) return { stop: true };
  if (remote.some((w) => w.value === undefined)) return { unknown: 'an ssh remote command computed at run time' };
  return { script: remote.map((w) => w.value).join(' ') };
};

const watch: Wrapper = (rest) => {
  const i = afterOptions(rest, ['-n', '--interval', '-d', '-q', '--equexit']);
  if (typeof i !== 'number') return i;
  const cmd = rest.slice(i);
  if (cmd.some((w) => w.value === undefined)) return { unknown: 'a watched command computed at run time' };
  return { script: cmd.map((w) => w.value).join(' ') };
};

const stringFlag = (flags: readonly string[], otherwise: Wrapper): Wrapper => (rest) => {
  // -c, or a cluster of short flags ending in it (script -qc 'cmd').
  const short = flags.filter((f) => f.length === 2).map((f) => f[1]);
  const matches = (v: string) => flags.includes(v) || (v.startsWith('-') && !v.startsWith('--') && short.includes(v[v.length - 1]));
  const at = rest.findIndex((w) => w.value !== undefined && matches(w.value));
  if (at >= 0) {
    const s = rest[at + 1]?.value;
    return s === undefined ? { unknown: 'a command string computed at run time' } : { script: s };
  }
  return otherwise(rest);
};

const flock: Wrapper = stringFlag(['-c', '--command'], (rest) => {
  const i = afterOptions(rest, ['-w', '--timeout', '-E', '--conflict-exit-code']);
  if (typeof i !== 'number') return i;
  return { argv: rest.slice(i + 1) };
});

/**
 * su [options] [-] [user [args]] runs `-c COMMAND` through the user's shell (util-linux su(1): `-c`, `--command`,
 * `--session-command`); without one it starts a login shell, which reads nothing from the command line.
 */
const SU_STRING = ['-c', '--command', '--session-command'];
const commandEquals = (rest: Word[]): Next | undefined => {
  for (const w of rest) {
    const v = w.value;
    for (const f of ['--command=', '--session-command=']) if (v?.startsWith(f)) return { script: v.slice(f.length) };
  }
  return undefined;
};
const su: Wrapper = (rest) => commandEquals(rest) ?? stringFlag(SU_STRING, () => ({ stop: true }))(rest);

/** runuser -u USER [--] COMMAND [args] runs the program directly; runuser [-] USER -c COMMAND as su does (runuser(1)). */
const runuser: Wrapper = (rest) => {
  const eq = commandEquals(rest);
  if (eq) return eq;
  return stringFlag(SU_STRING, (r) => {
    if (!r.some((w) => w.value === '-u' || w.value === '--user' || w.value?.startsWith('--user='))) return { stop: true };
    return from(r, afterOptions(r, ['-u', '--user', '-g', '--group', '-G', '--supp-group', '-s', '--shell', '-w', '--whitelist-environment']));
  })(rest);
};

/**
 * tmux: `new-session`/`new-window`/`split-window`/`respawn-*`/`run-shell`/`display-popup` run their last words as a
 * shell command, `send-keys` types its words into a shell (Enter and C-m end the line), and `tmux -c CMD` runs CMD
 * as a shell would (tmux(1)).
 */
const TMUX_RUNS = new Set(['new-session', 'new', 'new-window', 'neww', 'split-window', 'splitw', 'respawn-pane', 'respawnp', 'respawn-window', 'respawnw', 'run-shell', 'run', 'display-popup', 'popup']);
const TMUX_KEYS = new Set(['send-keys', 'send']);
const tmux: Wrapper = (rest) => {
  let i = 0;
  for (; i < rest.length; i++) {
    const v = rest[i]?.value;
    if (v === undefined) return { unknown: 'a tmux argument computed at run time' };
    if (v === '-c') { const s = rest[i + 1]?.value; return s === undefined ? { unknown: 'a tmux -c command computed at run time' } : { script: s }; }
    if (!v.startsWith('-')) break;
    if (v === '-L' || v === '-S' || v === '-f' || v === '-T') i++;
  }
  const cmd = rest[i]?.value;
  if (cmd === undefined || (!TMUX_RUNS.has(cmd) && !TMUX_KEYS.has(cmd))) return { stop: true };
  const valued = ['-s', '-n', '-t', '-c', '-x', '-y', '-F', '-e', '-l', '-N', '-w', '-h', '-b', '-E', '-T', '-d'].filter((f) => !(TMUX_KEYS.has(cmd) && f === '-l'));
  let j = i + 1;
  for (; j < rest.length; j++) {
    const v = rest[j]?.value;
    if (v === undefined) return { unknown: 'a tmux argument computed at run time' };
    if (v === '--') { j++; break; }
    if (!v.startsWith('-') || v === '-') break;
    // -d, -P, -A, -k, -h, -v are flags for the session commands; those below take a value.
    if (['-s', '-n', '-t', '-c', '-x', '-y', '-F', '-e', '-l', '-N', '-T'].includes(v) && valued.includes(v)) j++;
  }
  const words = rest.slice(j);
  if (words.some((w) => w.value === undefined)) return { unknown: 'a command tmux runs, computed at run time' };
  const text = TMUX_KEYS.has(cmd)
    ? words.map((w) => w.value!).map((k) => (k === 'Enter' || k === 'C-m' || k === 'KPEnter' ? '\n' : k)).join(' ')
    : words.map((w) => w.value!).join(' ');
  return text.trim() === '' ? { stop: true } : { script: text };
};

/** screen [options] [cmd [args]]: -X stuff TEXT types TEXT into the session; otherwise the command runs. */
const screen: Wrapper = (rest) => {
  const valuedLetters = new Set(['S', 'c', 'p', 't', 'e', 'h', 's', 'T', 'X', 'L']);
  for (let i = 0; i < rest.length; i++) {
    const v = rest[i]?.value;
    if (v === undefined) return { unknown: 'a screen argument computed at run time' };
    if (v === '-X') {
      const what = rest.slice(i + 1).map((w) => w.value);
      if (what.some((x) => x === undefined)) return { unknown: 'a screen -X command computed at run time' };
      return what[0] === 'stuff' ? { script: (what.slice(1) as string[]).join(' ').replaceAll('^M', '\n') } : { stop: true };
    }
    if (!v.startsWith('-')) return { argv: rest.slice(i) };
    // A cluster of flags ending in one that takes a value (-dmS name): the next word is that value.
    if (v.length >= 2 && !v.startsWith('--') && valuedLetters.has(v[v.length - 1] ?? '') && v !== '-ls' && v !== '-wipe') i++;
  }
  return { stop: true };
};

/** chroot [--userspec=… --groups=…] NEWROOT [COMMAND [ARG…]]: without a command it starts a shell. */
const chroot: Wrapper = (rest) => {
  const i = afterOptions(rest, []);
  if (typeof i !== 'number') return i;
  const cmd = rest.slice(i + 1);
  return cmd.length > 0 ? { argv: cmd } : { stop: true };
};

const deployGate: Wrapper = (rest) => {
  if (rest[0]?.value !== 'guard') return { stop: true };
  const dd = rest.findIndex((w) => w.value === '--');
  return dd >= 0 ? { argv: rest.slice(dd + 1) } : { stop: true };
};

/** Images whose entrypoint is a guarded CLI: `docker run amazon/aws-cli s3 rb …` runs `aws s3 rb …`. */
const IMAGE_ENTRYPOINTS: [string, string][] = [
  ['aws-cli', 'aws'], ['pulumi/pulumi', 'pulumi'], ['hashicorp/terraform', 'terraform'], ['opentofu/opentofu', 'tofu'],
  ['bitnami/kubectl', 'kubectl'], ['alpine/k8s', ''], ['curlimages/curl', 'curl'], ['alpine/helm', 'helm'], ['railwayapp/cli', 'railway'],
];

/** docker/podman run [opts] IMAGE [cmd…] and exec [opts] CONTAINER cmd…: what runs inside still counts. */
const container: Wrapper = (rest) => {
  const sub = rest[0]?.value;
  if (sub === 'container' || sub === 'compose') return container(rest.slice(1));
  // Not running a program: the CLI itself, judged as a tool (tools.ts containerCli: deleting volumes).
  if (sub !== 'run' && sub !== 'exec') return { asTool: true };
  const valued = ['-e', '--env', '-v', '--volume', '-w', '--workdir', '--name', '--entrypoint', '-p', '--publish', '--network', '--net', '-u', '--user', '--env-file', '--platform', '-l', '--label', '--mount', '-h', '--hostname', '--add-host', '--cpus', '-m', '--memory', '--pull', '--restart', '--device', '--cap-add', '--cap-drop', '--security-opt', '--ulimit', '--log-driver', '--log-opt', '--tmpfs', '--gpus', '--pid', '--ipc', '--dns'];
  const args = rest.slice(1);
  const at = afterOptions(args, valued);
  if (typeof at !== 'number') return at;
  const target = args[at]?.value;
  if (target === undefined) return args.length > at ? { unknown: 'a container image computed at run time' } : { stop: true };
  const cmd = args.slice(at + 1);
  const entrypointFlag = args.slice(0, at).findIndex((w) => w.value === '--entrypoint');
  const entrypoint = entrypointFlag >= 0 ? args[entrypointFlag + 1] : undefined;
  if (entrypoint) return { argv: [entrypoint, ...cmd] };
  if (sub === 'run') {
    const image = target.toLowerCase();
    const known = IMAGE_ENTRYPOINTS.find(([fragment]) => image.includes(fragment));
    if (known && known[1] && cmd[0]?.value !== known[1]) return { argv: [{ value: known[1], text: target }, ...cmd] };
  }
  return cmd.length > 0 ? { argv: cmd } : { stop: true };
};

/**
 * Wrappers whose program writes to the wrapper's own standard output, unchanged: what `sudo echo …` prints is what
 * `echo …` prints (shell.ts follows them to tell what a pipeline stage writes to the next one).
 */
export const KEEPS_STDOUT: ReadonlySet<string> = new Set(['sudo', 'doas', 'run0', 'command', 'builtin', 'exec', 'nohup', 'time', 'chronic', 'setsid', 'nice', 'ionice', 'env', 'stdbuf', 'timeout', 'unbuffer']);

export const WRAPPERS: Record<string, Wrapper> = {
  docker: container,
  podman: container,
  nerdctl: container,
  sudo,
  doas: simple(['-u', '-C']),
  run0: simple(['-u', '--user']),
  env,
  su,
  runuser,
  // Multi-call binaries: `busybox rm -rf /x` runs the applet rm (`busybox --list` runs nothing).
  busybox: (rest) => (rest[0]?.value?.startsWith('-') ? { stop: true } : { argv: rest }),
  toybox: (rest) => (rest[0]?.value?.startsWith('-') ? { stop: true } : { argv: rest }),
  // `command -v x` only prints where x is; a `-v` after the program's name is the program's (`docker run -v …`).
  command: (rest) => {
    const start = afterOptions(rest, []);
    const own = typeof start === 'number' ? rest.slice(0, start) : rest;
    return own.some((w) => w.value === '-v' || w.value === '-V') ? { stop: true } : from(rest, start);
  },
  builtin: simple(),
  exec: simple(['-a']),
  nohup: simple(),
  time: simple(['-o', '-f', '--output', '--format']),
  nice: simple(['-n', '--adjustment']),
  ionice: simple(['-c', '-n', '--class', '--classdata']),
  timeout,
  stdbuf: simple(['-i', '-o', '-e']),
  setsid: simple(),
  unbuffer: simple(),
  chronic: simple(),
  caffeinate: simple(['-t', '-w']),
  flock,
  xargs: simple(['-n', '-L', '-P', '-s', '-d', '-E', '-I', '-a', '--max-args', '--max-lines', '--max-procs', '--delimiter', '--arg-file', '--replace', '--max-chars', '--eof']),
  parallel: (rest) => dashDash(['-j', '--jobs', '-S'])(rest.filter((w) => w.value !== ':::')),
  watch,
  strace: simple(['-o', '-e', '-s', '-p', '-u']),
  ltrace: simple(['-o', '-e', '-s', '-p', '-u']),
  script: stringFlag(['-c', '--command'], () => ({ stop: true })),
  'nix-shell': stringFlag(['--run', '--command'], () => ({ stop: true })),
  nix: sub(['develop', 'shell'], stringFlag(['-c', '--command'], (rest) => dashDash()(rest))),
  devbox: sub(['run'], simple()),
  direnv: sub(['exec'], (rest) => ({ argv: rest.slice(1) })),
  dotenv: dashDash(['-e', '-c', '-v']),
  'dotenv-cli': dashDash(['-e', '-c', '-v']),
  op: sub(['run'], dashDash(['--env-file'])),
  doppler: sub(['run'], stringFlag(['--command'], dashDash(['-p', '--project', '-c', '--config']))),
  infisical: sub(['run'], stringFlag(['--command'], dashDash(['--env', '--path', '--projectId']))),
  'aws-vault': sub(['exec'], dashDash(['--duration', '--region', '--mfa-token'], 1)),
  granted: sub(['exec'], dashDash([])),
  uv: sub(['run'], simple(['--with', '--python', '-p', '--project', '--directory', '--env-file'])),
  uvx: npx,
  poetry: sub(['run'], simple()),
  pipenv: sub(['run'], simple()),
  pdm: sub(['run'], simple()),
  pipx: sub(['run'], npx),
  hatch: sub(['run'], simple()),
  bundle: sub(['exec'], simple()),
  mise: sub(['exec', 'x'], dashDash()),
  rtx: sub(['exec', 'x'], dashDash()),
  asdf: sub(['exec'], simple()),
  npx,
  pnpx: npx,
  bunx: npx,
  npm: globals(['-w', '--workspace', '--prefix'], sub(['exec', 'x'], (rest) => npx(rest.filter((w) => w.value !== '--')))),
  pnpm: globals(['--filter', '-F', '--dir', '-C', '--workspace-concurrency', '--reporter', '--loglevel'], sub(['exec', 'dlx'], npx, guardedBin, false, true)),
  yarn: globals(['--cwd'], (rest) => (rest[0]?.value === 'workspace' ? (rest.length > 2 ? WRAPPERS.yarn!(rest.slice(2)) : { stop: true }) : sub(['exec', 'dlx'], npx, guardedBin, false, true)(rest))),
  bun: sub(['x'], npx, undefined, true),
  ssh,
  tmux,
  screen,
  chroot,
  'systemd-run': simple(['-u', '--unit', '-p', '--property', '--description', '--slice', '-E', '--setenv', '-M', '--machine', '-H', '--host', '--uid', '--gid', '--nice', '--working-directory', '--timer-property', '--path-property', '--socket-property', '--on-active', '--on-boot', '--on-startup', '--on-unit-active', '--on-unit-inactive', '--on-calendar']),
  nsenter: simple(['-t', '--target', '-S', '--setuid', '-G', '--setgid']),
  unshare: simple(['--map-user', '--map-group', '--propagation', '--setgroups', '-S', '--setuid', '-G', '--setgid', '-R', '--root', '-w', '--wd']),
  // vagrant ssh [name] -c CMD runs CMD on the machine (vagrant ssh --help: -c, --command).
  vagrant: sub(['ssh'], stringFlag(['-c', '--command'], () => ({ stop: true }))),
  'deploy-gate': deployGate,
  'deploy-gate.js': deployGate,
};
