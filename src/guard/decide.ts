// command line → allow or refuse. The shell parse gives the simple commands; each is unwrapped (sudo, env, timeout,
// xargs, npx, bash -c, eval, ssh, …) down to the program that runs, and that program's table (tools.ts) says what it
// may not do. Anything the guard cannot follow is refused when the command mentions a guarded tool or verb.
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import type { Parser } from 'web-tree-sitter';
import { basename, clip, loadParser, parseScript, type ParseBudget, type SimpleCommand, type Stdin, type Word } from './shell.js';
import { lexSimple } from './simple-lex.js';
import { fold, hasNonAscii, mentionedWord, needsParse } from './text.js';
import { otherProgram, TOOLS, toolFor, type Refusal, type ToolContext } from './tools.js';
import { isAssignment, WRAPPERS } from './wrappers.js';

export interface DecideOptions {
  cwd: string;
  /** sha256 → whether a plan with that hash passed the gate (records.ts). */
  isGatedPlan: (sha256: string) => boolean;
  /** Paths whose change would loosen the guard (its records, its config, the agents' hook settings). */
  protectedPaths: string[];
  /** Milliseconds the whole decision may take before what is left counts as not understood. */
  budgetMs?: number;
  /** Command prefixes (as words) refused in addition to the tables (config.ts). */
  deny?: string[][];
}

export interface RefusalAt extends Refusal {
  /** The simple command that drew it. */
  command: string;
}

export interface Decision {
  decision: 'allow' | 'refuse';
  refusals: RefusalAt[];
  /** What the guard could not follow (only refuses when the command mentions a guarded tool or verb). */
  unknown: string[];
  /** False when the command line held no guarded word and was allowed without a parse. */
  parsed: boolean;
}

/** Bash reserved words (and `time`'s companions) that never name a program when they start a command. */
const RESERVED = new Set(['then', 'do', 'else', 'elif', 'fi', 'done', 'esac', 'if', 'while', 'until', 'for', 'case', 'select', 'function', '{', '}', '!', '[[', ']]', 'in', 'coproc']);
const MAX_DEPTH = 8;
const MAX_NODES = 50_000;
const SHELLS = new Set(['bash', 'sh', 'zsh', 'dash', 'ksh', 'mksh', 'ash', 'fish', 'rbash', 'yash', 'posh']);
const READ_ONLY = new Set(['cat', 'less', 'more', 'head', 'tail', 'grep', 'egrep', 'rg', 'ls', 'stat', 'wc', 'diff', 'file', 'bat', 'jq', 'yq', 'sha256sum', 'shasum', 'test', '[', 'realpath', 'readlink', 'dirname', 'basename', 'echo', 'printf']);

export async function decide(command: string, options: DecideOptions): Promise<Decision> {
  command = command.replaceAll('\u0000', '');
  if (!needsParse(command, (options.deny ?? []).map((d) => d[0] ?? '').filter(Boolean))) return { decision: 'allow', refusals: [], unknown: [], parsed: false };
  const started = performance.now();
  const budget: ParseBudget = { deadline: started + (options.budgetMs ?? 1500), nodes: MAX_NODES };
  // Plain one-command lines (and the shell strings inside them) are read without the grammar (simple-lex.ts); the
  // first line that needs it stops the judge, and the whole line is judged again with the parser loaded.
  let judge = new Judge(undefined, budget, options);
  try {
    judge.script(command, { kind: 'none' }, 0);
  } catch (error) {
    if (!(error instanceof NeedsParser)) throw error;
    judge = new Judge(await loadParser(), budget, options);
    judge.script(command, { kind: 'none' }, 0);
  }
  if (performance.now() > budget.deadline) judge.unknown.push('a command the guard could not finish reading within its time budget');
  if (judge.refusals.length > 0) return { decision: 'refuse', refusals: judge.refusals, unknown: judge.unknown, parsed: true };
  if (judge.unknown.length > 0) {
    // A line the guard cannot follow is refused when it names a guarded tool or verb, or one of the paths that
    // protect the guard itself (nested here-documents around `sed -i … .claude/settings.json`: the long fuzz run).
    // The words as the shell reads them count too: `$'\x70\x73\x71\x6c' -f cleanup.sql` names psql only once
    // decoded (the long fuzz run).
    const mention = mentionedWord(command) ?? mentionedWord(judge.seen.join(' ')) ?? options.protectedPaths.find((p) => p !== '' && command.includes(p));
    if (mention) {
      return {
        decision: 'refuse',
        refusals: [{
          rule: 'not-understood',
          reason: `the guard cannot follow ${judge.unknown[0]}, and the command mentions "${mention}"`,
          alternative: 'write the command out literally (no computed command names, no encoded or nested strings) so it can be checked',
          command: clip(command),
        }],
        unknown: judge.unknown,
        parsed: true,
      };
    }
  }
  return { decision: 'allow', refusals: [], unknown: judge.unknown, parsed: true };
}

/** Thrown by a judge without a parser at the first text that needs one: decide() loads it and starts again. */
class NeedsParser extends Error {}
function needsParser(): never {
  throw new NeedsParser('this command line needs the shell parser');
}


class Judge {
  readonly refusals: RefusalAt[] = [];
  /** The words of every command judged, as the shell reads them (bounded), for what a line it cannot follow names. */
  readonly seen: string[] = [];
  private seenBytes = 0;
  readonly unknown: string[] = [];

  constructor(private readonly parser: Parser | undefined, private readonly budget: ParseBudget, private readonly options: DecideOptions) {}

  script(text: string, stdin: Stdin, depth: number): void {
    if (depth > MAX_DEPTH) { this.unknown.push(`shell strings nested more than ${MAX_DEPTH} deep`); return; }
    // Bash drops NUL bytes from what it reads: `des<NUL>troy` runs destroy (found by the fuzz run).
    text = text.replaceAll('\u0000', '');
    if (performance.now() > this.budget.deadline) return;
    const parsed = lexSimple(text, stdin) ?? parseScript(this.parser ?? needsParser(), text, this.budget, stdin);
    this.unknown.push(...parsed.unknown);
    for (const a of parsed.assignments) this.environment(a.name, a.value, parsed.commands[0] ?? { words: [], writes: [], stdin, text });
    for (const command of parsed.commands) this.command(command.words, command, depth);
  }

  private refuse(refusal: Refusal, command: SimpleCommand): void {
    if (this.refusals.some((r) => r.rule === refusal.rule && r.command === clip(command.text))) return;
    this.refusals.push({ ...refusal, command: clip(command.text) });
  }

  private command(words: Word[], command: SimpleCommand, depth: number): void {
    for (const w of words) {
      if (w.value === undefined || this.seenBytes > 65_536) continue;
      this.seen.push(w.value);
      this.seenBytes += w.value.length;
    }
    // A word computed at run time is most often empty (an unset variable, \`\${X:-}\`): `pulumi stack rm\${X:-} prod`
    // runs `pulumi stack rm prod`. Read the command a second time with every expansion empty, for what that run
    // would do; only its refusals count (found by the long fuzz run).
    if (words.some((w) => w.value === undefined && w.empty !== undefined)) {
      const unknown = this.unknown.length;
      const emptied = words.flatMap((w): Word[] => (w.value !== undefined ? [w] : w.empty === '' && !/['"]/.test(w.text) ? [] : [{ value: w.empty, text: w.text }]));
      if (emptied.every((w) => w.value !== undefined)) this.command(emptied, command, depth);
      this.unknown.length = unknown;
    }
    this.protectedPaths(words, command);
    for (const w of words) {
      const eq = w.value?.indexOf('=') ?? -1;
      if (w.value && eq > 0 && isAssignment(w.value)) this.environment(w.value.slice(0, eq), w.value.slice(eq + 1), command);
    }
    let argv = words;
    for (let hops = 0; hops < 24 && argv.length > 0; hops++) {
      const head = argv[0];
      if (!head) return;
      if (head.value === undefined) {
        this.unknown.push(`a command whose name is computed when it runs (${clip(head.text, 40)})`);
        return;
      }
      // A command named by the empty string runs nothing (bash: command not found): `"$(which x)" destroy` read with
      // its expansion empty.
      if (head.value === '') return;
      const raw = basename(head.value);
      let name = fold(raw);
      if (name.endsWith('.exe')) name = name.slice(0, -4);
      const rest = argv.slice(1);
      if (isAssignment(head.value)) {
        // `time A=1 pulumi destroy` runs pulumi with A set; after `exec` or as `\\A=1` bash would look for a program
        // named "A=1" instead. Either way what follows is the command to judge (found by the long fuzz run).
        argv = rest;
        continue;
      }
      if (RESERVED.has(head.value)) {
        // The grammar read a reserved word as a program: `time if true; then pulumi destroy; fi` becomes the commands
        // `time if true`, `then pulumi destroy` and `fi`, and `time { curl …; }` the command `time` with `{` and
        // curl as words. Bash runs what follows the word: judge that, and count the line as not understood (found by
        // the fuzzer). After a wrapper too: past `time`, `{` is a group, not a program.
        this.unknown.push(`shell syntax the guard does not follow ("${clip(head.value, 20)}" read as a command)`);
        argv = rest;
        continue;
      }
      const denied = this.options.deny?.find((prefix) => prefix.every((word, i) => {
        const v = i === 0 ? name : argv[i]?.value;
        return v !== undefined && v.toLowerCase() === word.toLowerCase();
      }));
      if (denied) {
        this.refuse({ rule: 'configured-deny', reason: `"${denied.join(' ')}" is refused by the guard's configuration`, alternative: 'ask a person to run it' }, command);
      }
      if (hasNonAscii(raw) && name !== raw.toLowerCase() && (toolFor(name) || SHELLS.has(name) || (Object.hasOwn(WRAPPERS, name) && WRAPPERS[name]) || name === 'eval')) {
        this.refuse({ rule: 'look-alike-command', reason: `"${raw}" spells ${name} with look-alike (non-ASCII) letters`, alternative: `type ${name} in plain ASCII` }, command);
      }
      if (SHELLS.has(name)) { this.shell(rest, command, depth); return; }
      if (name === 'at' || name === 'batch' || name === 'crontab') { this.scheduled(name, rest, command, depth); return; }
      if (name === 'eval' || name === 'source' || name === '.') {
        if (name !== 'eval') return; // a script file: not read (see docs/guard.md)
        if (rest.some((w) => w.value === undefined)) { this.unknown.push('eval of a string computed at run time'); return; }
        this.script(rest.map((w) => w.value).join(' '), command.stdin, depth + 1);
        return;
      }
      if (name === 'trap') {
        // `trap 'cmd' EXIT`: the first operand is a script the shell runs on the signal (`-` or '' resets).
        let i = 0;
        while (i < rest.length && rest[i]!.value?.startsWith('-') && rest[i]!.value !== '-') if (rest[i++]!.value === '--') break;
        const operands = rest.slice(i);
        const action = operands[0];
        if (!action || operands.length < 2 || action.value === '-' || action.value === '') return;
        if (action.value === undefined) { this.unknown.push('a trap whose command is computed at run time'); return; }
        this.script(action.value, { kind: 'none' }, depth + 1);
        return;
      }
      if (name === 'alias') {
        // `alias tfd='terraform destroy'; tfd`: the alias is called by a name the guard cannot tie to it, so its
        // body is judged where it is defined, as the command it will run.
        for (const w of rest) {
          if (w.value === undefined) { this.unknown.push('an alias whose body is computed at run time'); continue; }
          const eq = w.value.indexOf('=');
          if (eq > 0) this.script(w.value.slice(eq + 1), { kind: 'none' }, depth + 1);
        }
        return;
      }
      if (name === 'find') { this.findExec(rest, command, depth); this.tool('find', rest, command, depth); return; }
      if ((name === 'deploy-gate' || name === 'deploy-gate.js') && rest.some((w) => w.value === '--override' || w.value?.startsWith('--override='))) {
        this.refuse({ rule: 'override-by-agent', reason: 'deploy-gate guard --override is for a person at their own terminal; an agent may not grant itself an override', alternative: 'ask the user to run the override, or to run the command themselves' }, command);
        return;
      }
      // Own keys only: a command named `__proto__` or `constructor` is not a wrapper (found by the fuzzer).
      const wrapper = Object.hasOwn(WRAPPERS, name) ? WRAPPERS[name] : undefined;
      if (wrapper) {
        const next = wrapper(rest);
        // Nothing more runs through it (`npm run destroy`, `make`-like subcommands): its own words still count.
        if ('stop' in next) { this.other(name, rest, command); return; }
        if ('asTool' in next) { const tool = toolFor(name); if (tool) this.tool(tool, rest, command, depth); return; }
        if ('unknown' in next) { this.unknown.push(next.unknown); return; }
        if ('script' in next) { this.script(next.script, command.stdin, depth + 1); return; }
        argv = next.argv;
        continue;
      }
      const tool = toolFor(name);
      if (tool) this.tool(tool, rest, command, depth);
      else this.other(name, rest, command);
      return;
    }
  }

  /** Variables that change what a guarded tool does: TF_CLI_ARGS(_apply) can add -destroy to every apply. */
  private environment(name: string, value: string | undefined, command: SimpleCommand): void {
    if (!name.startsWith('TF_CLI_ARGS')) return;
    if (value === undefined || value.includes('destroy') || value.includes('-replace') || value.includes('-auto-approve')) {
      this.refuse({ rule: 'terraform-cli-args', reason: `${name}${value === undefined ? ' is set to a value computed at run time, and it' : `=${clip(value, 40)}`} adds arguments to every terraform command (it can turn an apply into a destroy)`, alternative: 'write the arguments on the terraform command line, where the guard can read them' }, command);
    }
  }

  /** A program with no table of its own: only its subcommand words are read (tools.ts otherProgram). */
  private other(name: string, rest: Word[], command: SimpleCommand): void {
    otherProgram(name, rest.map((w) => w.value), this.context(rest, command, 0));
  }

  private tool(tool: string, rest: Word[], command: SimpleCommand, depth: number): void {
    const check = Object.hasOwn(TOOLS, tool) ? TOOLS[tool] : undefined;
    if (!check) return;
    const ctx = this.context(rest, command, depth);
    if (command.stdin.kind === 'decoded' && (tool.startsWith('python') || tool === 'node' || tool === 'perl' || tool === 'ruby')) {
      this.refuse({ rule: 'obfuscated-command', reason: `${tool} runs code decoded by ${command.stdin.by} at run time, which the guard cannot read`, alternative: 'run the code as plain text' }, command);
    }
    check(rest.map((w) => w.value), ctx);
    // kubectl exec … -- cmd, docker exec … cmd: what runs inside still counts.
    if ((tool === 'kubectl' || tool === 'oc') && rest[0]?.value === 'exec') {
      const dd = rest.findIndex((w) => w.value === '--');
      if (dd >= 0) this.command(rest.slice(dd + 1), command, depth + 1);
    }
  }

  private context(rest: Word[], command: SimpleCommand, depth: number): ToolContext {
    return {
      refuse: (r) => this.refuse(r, command),
      unknown: (what) => this.unknown.push(what),
      script: (text, opts) => {
        const unknown = this.unknown.length;
        this.script(text, { kind: 'none' }, depth + 1);
        if (opts?.refusalsOnly) this.unknown.length = unknown;
      },
      gatedPlan: (path) => this.gatedPlan(path),
      readSmallFile: (path) => this.readSmallFile(path),
      stdinText: command.stdin.kind === 'text' ? command.stdin.text : undefined,
      stdinFile: command.stdin.kind === 'unknown' ? command.stdin.path : undefined,
      texts: rest.map((w) => w.text),
    };
  }

  private shell(rest: Word[], command: SimpleCommand, depth: number): void {
    let commandString = false;
    for (let i = 0; i < rest.length; i++) {
      const w = rest[i];
      const v = w?.value;
      if (v === undefined) {
        if (commandString) { this.unknown.push('a shell command string computed at run time'); return; }
        return; // a script path computed at run time: a script file is not read
      }
      if (v === '--') continue;
      if ((v.startsWith('-') || v.startsWith('+')) && v.length > 1 && !v.startsWith('--')) {
        if (v.slice(1).includes('c')) commandString = true;
        // -o/-O take an option name, also at the end of a cluster (bash -euo pipefail -c '…').
        if (v.endsWith('o') || v.endsWith('O')) i++;
        continue;
      }
      if (v.startsWith('--')) { if (v === '--rcfile' || v === '--init-file') i++; continue; }
      if (commandString) { this.script(v, command.stdin, depth + 1); return; }
      return; // bash script.sh: a script file is not read
    }
    if (commandString) return;
    // No -c and no script: the shell reads its commands from standard input.
    const stdin = command.stdin;
    if (stdin.kind === 'text') this.script(stdin.text, { kind: 'none' }, depth + 1);
    else if (stdin.kind === 'decoded') this.refuse({ rule: 'obfuscated-command', reason: `a shell runs commands decoded by ${stdin.by} at run time, which the guard cannot read`, alternative: 'run the command as plain text' }, command);
    else if (stdin.kind === 'unknown') this.unknown.push(`a shell reading its commands from ${stdin.from}`);
  }

  /**
   * at and batch run the commands they read on standard input later; `crontab -` (or crontab with no file) installs
   * the table it reads there, each line's command run on its schedule. What the command line shows of them is judged
   * as commands now (at -f FILE and a crontab file are files, not read).
   */
  private scheduled(name: string, rest: Word[], command: SimpleCommand, depth: number): void {
    if (name === 'crontab') {
      const args = rest.map((w) => w.value);
      if (args.some((a) => a === '-l' || a === '-r' || a === '-e' || a === '-ir')) return;
      const file = args.filter((a) => a === undefined || !a.startsWith('-') || a === '-');
      if (file.length > 0 && file.at(-1) !== '-') return;
    } else if (rest.some((w) => w.value === '-f' || w.value === '-l' || w.value === '-r' || w.value === '-d' || w.value === '-c')) {
      return;
    }
    const stdin = command.stdin;
    if (stdin.kind === 'unknown') { this.unknown.push(`${name} reading its commands from ${stdin.from}`); return; }
    if (stdin.kind === 'decoded') { this.refuse({ rule: 'obfuscated-command', reason: `${name} schedules commands decoded by ${stdin.by} at run time, which the guard cannot read`, alternative: 'schedule the command as plain text' }, command); return; }
    if (stdin.kind !== 'text') return;
    if (name !== 'crontab') { this.script(stdin.text, { kind: 'none' }, depth + 1); return; }
    for (const line of stdin.text.split('\n')) {
      const t = line.trim();
      if (t === '' || t.startsWith('#')) continue;
      const fields = t.split(/[ \t]+/);
      // `@daily cmd`, or five time fields then the command; a NAME=value line sets a variable.
      const skip = t.startsWith('@') ? 1 : fields.length > 5 && !/^[A-Za-z_][A-Za-z0-9_]*=/.test(fields[0] ?? '') ? 5 : -1;
      if (skip > 0) this.script(fields.slice(skip).join(' '), { kind: 'none' }, depth + 1);
    }
  }

  private findExec(rest: Word[], command: SimpleCommand, depth: number): void {
    for (let i = 0; i < rest.length; i++) {
      const v = rest[i]?.value;
      if (v === '-exec' || v === '-execdir' || v === '-ok' || v === '-okdir') {
        let j = i + 1;
        while (j < rest.length && rest[j]?.value !== ';' && rest[j]?.value !== '+') j++;
        this.command(rest.slice(i + 1, j), command, depth + 1);
        i = j;
      }
    }
  }

  private protectedPaths(words: Word[], command: SimpleCommand): void {
    const name = words[0]?.value ? basename(words[0].value) : undefined;
    if (name === 'deploy-gate' || name === 'deploy-gate.js') return;
    const readOnly = name !== undefined && READ_ONLY.has(name) && !words.some((w) => w.value === '-i' || w.value?.startsWith('--in-place'));
    const hit = (w: Word) => w.value !== undefined && this.options.protectedPaths.some((p) => w.value!.includes(p));
    const written = command.writes.find(hit);
    const touched = readOnly ? undefined : words.slice(1).find(hit);
    const target = written ?? touched;
    if (target) {
      this.refuse({
        rule: 'guard-self-protection',
        reason: `the command ${written ? 'writes to' : 'touches'} ${clip(target.value ?? target.text, 60)}, which holds the guard's records, its configuration or the agent's hook settings`,
        alternative: 'a human edits these files; deploy-gate check --record writes plan records',
      }, command);
    }
  }

  private gatedPlan(path: string): 'gated' | 'not-gated' | 'unreadable' {
    const full = isAbsolute(path) ? path : resolve(this.options.cwd, path);
    const hash = sha256File(full);
    if (hash === undefined) return 'unreadable';
    return this.options.isGatedPlan(hash) ? 'gated' : 'not-gated';
  }

  private readSmallFile(path: string): string | undefined {
    const full = isAbsolute(path) ? path : resolve(this.options.cwd, path);
    try {
      if (statSync(full).size > 256 * 1024) return undefined;
      return readFileSync(full, 'utf8');
    } catch {
      return undefined;
    }
  }
}

export function sha256File(path: string): string | undefined {
  try {
    // node:crypto is loaded only here, on the path that checks a plan.
    const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
    return createHash('sha256').update(readFileSync(path)).digest('hex');
  } catch {
    return undefined;
  }
}

