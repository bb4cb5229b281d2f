// The guard's front end: --check, the `-- command` wrapper, the agents' hooks and the human override. Every hook
// path fails closed: an error, unreadable input, an unknown event or a blown time budget is a deny.
import type { Decision } from './decide.js';
import { commandHash, findOverride, guardPaths, logDecision, OVERRIDE_TTL_MS, protectedPaths, writeOverride, type GuardPaths } from './records.js';
import { quote as shellQuote } from './args.js';
import { FIXED_RULES, loadGuardConfig } from './config.js';
import { DESTRUCTIVE_WORDS, identifierWords, needsParse, redact } from './text.js';

import type { HookKind } from './hooks.js';
export { HOOKS, type HookKind } from './hooks.js';

export interface GuardIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Whole standard input (hook mode). */
  readStdin: (limitBytes: number, timeoutMs: number) => Promise<string>;
  /** Interactive terminal on stdin and stderr (the override needs one). */
  interactive: boolean;
  /** Reads one line typed on the terminal. */
  readLine: (prompt: string) => Promise<string>;
  /** Runs a command (wrapper mode) and resolves with its exit code. */
  spawn: (argv: string[]) => Promise<number>;
}

export interface GuardOptions {
  hook?: HookKind;
  check?: string;
  override?: string;
  command?: string[];
  /** Milliseconds a decision may take (hook mode denies past it). */
  budgetMs?: number;
}

export const EXIT_ALLOW = 0;
export const EXIT_REFUSE = 1;
export const EXIT_ERROR = 2;
/** What Claude Code, Codex and Gemini CLI read as "block this tool call" (with the reason on stderr). */
export const EXIT_HOOK_DENY = 2;

const HOOK_BUDGET_MS = 4000;
const STDIN_LIMIT = 1024 * 1024;

export async function runGuard(options: GuardOptions, io: GuardIo): Promise<number> {
  const modes = [options.hook, options.check, options.override, options.command?.length ? options.command : undefined].filter((m) => m !== undefined);
  if (modes.length !== 1) {
    io.stderr('deploy-gate guard: give exactly one of --hook <agent>, --check <command line>, --override <command line>, or -- <command…>\n');
    return options.hook ? EXIT_HOOK_DENY : EXIT_ERROR;
  }
  const paths = guardPaths(io.env);
  if (options.hook) return runHook(options.hook, io, paths, options.budgetMs ?? HOOK_BUDGET_MS);
  if (options.check !== undefined) {
    try {
      const decision = await decideWithOverride(options.check, io.cwd, paths, io.env, 'check', options.budgetMs);
      if (decision.decision === 'refuse') { io.stderr(renderRefusal(decision, options.check)); return EXIT_REFUSE; }
      return EXIT_ALLOW;
    } catch (error) {
      io.stderr(`deploy-gate guard: internal error, refusing: ${message(error)}\n`);
      return EXIT_ERROR;
    }
  }
  if (options.override !== undefined) return runOverride(options.override, io, paths);
  return runWrapped(options.command ?? [], io, paths, options.budgetMs);
}

async function decideWithOverride(command: string, cwd: string, paths: GuardPaths, env: NodeJS.ProcessEnv, mode: string, budgetMs?: number): Promise<Decision & { override?: boolean }> {
  const config = loadGuardConfig(paths, cwd);
  // The common case: no guarded word at all. Decided here, without loading the parser or the tables.
  if (!needsParse(command, config.deny.map((d) => d[0] ?? ''))) {
    if (config.logAll) logDecision(paths, { at: new Date().toISOString(), mode, decision: 'allow', command: redact(command).slice(0, 4000), cwd });
    return { decision: 'allow', refusals: [], unknown: [], parsed: false };
  }
  const { decide } = await import('./decide.js');
  const { isGatedPlan } = await import('./records.js');
  let decision = await decide(command, {
    cwd,
    isGatedPlan: (sha) => isGatedPlan(paths, sha),
    protectedPaths: protectedPaths(paths, env),
    deny: config.deny,
    ...(budgetMs ? { budgetMs } : {}),
  });
  if (config.problems.length > 0 && decision.parsed) {
    // A configuration that cannot be read cannot add its protections: refuse what it might have covered.
    decision = { ...decision, decision: 'refuse', refusals: [...decision.refusals, { rule: 'config-unreadable', reason: `the guard's configuration cannot be read (${config.problems[0]})`, alternative: 'fix the file', command }] };
  }
  if (decision.decision === 'refuse') {
    // The user's own relaxations: an exact command line, or rules turned off (never the self-protection ones).
    const left = decision.refusals.filter((r) => !config.allowRules.includes(r.rule));
    if (config.allowCommands.includes(command.trim()) && !left.some((r) => FIXED_RULES.has(r.rule))) decision = { ...decision, decision: 'allow', refusals: [] };
    else if (left.length === 0) decision = { ...decision, decision: 'allow', refusals: [] };
  }
  let override = false;
  if (decision.decision === 'refuse') {
    const grant = findOverride(paths, command);
    if (grant) {
      writeOverride(paths, { kind: 'use', sha256: grant.sha256, command: redact(command), at: new Date().toISOString() });
      override = true;
    }
  }
  const final = override ? 'allow' : decision.decision;
  if (final === 'refuse' || override || decision.parsed || config.logAll) {
    logDecision(paths, {
      at: new Date().toISOString(), mode, decision: final, command: redact(command).slice(0, 4000), cwd,
      ...(decision.refusals.length ? { rules: decision.refusals.map((r) => r.rule), reasons: decision.refusals.map((r) => r.reason) } : {}),
      ...(override ? { override: true } : {}),
    });
  }
  return override ? { ...decision, decision: 'allow', override: true } : decision;
}

export function renderRefusal(decision: Decision, command: string): string {
  const lines = ['deploy-gate guard: refused.'];
  for (const r of decision.refusals) {
    lines.push(`- ${r.reason}${r.command && r.command !== command.trim() ? ` (in: ${r.command})` : ''}.`);
    lines.push(`  Instead: ${r.alternative}.`);
    if (r.token) lines.push(`  What stops this without the guard: ${r.token}.`);
  }
  lines.push(`A human can allow this exact command once, within ${OVERRIDE_TTL_MS / 60000} minutes, from their own terminal: deploy-gate guard --override '${command.replaceAll('\'', '\'\\\'\'')}'`);
  return `${lines.join('\n')}\n`;
}

// ——— hooks ———

interface HookRequest {
  /** A shell command to decide. */
  command?: string;
  /** A file an editing tool will write (decided against the protected paths only). */
  filePath?: string;
  cwd: string;
}

type HookParse = HookRequest | { allowTool: string } | { error: string } | { denyTool: string };


function parseHookInput(kind: HookKind, text: string, fallbackCwd: string): HookParse {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { error: 'the hook input is not JSON' };
  }
  if (!input || typeof input !== 'object' || Array.isArray(input)) return { error: 'the hook input is not a JSON object' };
  const o = input as Record<string, unknown>;
  const cwd = typeof o.cwd === 'string' && o.cwd ? o.cwd : fallbackCwd;
  const event = o.hook_event_name;
  if (kind === 'cursor') {
    if (event === 'beforeMCPExecution') {
      if (typeof o.tool_name !== 'string') return { error: 'the Cursor MCP hook input has no tool_name' };
      return identifierWords(o.tool_name).some((w) => DESTRUCTIVE_WORDS.has(w)) ? { denyTool: o.tool_name } : { allowTool: o.tool_name };
    }
    if (event !== 'beforeShellExecution') return { error: `unknown Cursor hook event ${JSON.stringify(event)} (expected beforeShellExecution)` };
    if (typeof o.command !== 'string') return { error: 'the Cursor hook input has no command string' };
    return { command: o.command, cwd };
  }
  const expected = kind === 'gemini' ? 'BeforeTool' : 'PreToolUse';
  if (event !== expected) return { error: `unknown ${kind} hook event ${JSON.stringify(event)} (expected ${expected})` };
  const tool = o.tool_name;
  if (typeof tool !== 'string') return { error: 'the hook input has no tool_name' };
  const toolInput = o.tool_input;
  if (!toolInput || typeof toolInput !== 'object') return { error: 'the hook input has no tool_input object' };
  const ti = toolInput as Record<string, unknown>;
  const shellTools = kind === 'gemini' ? ['run_shell_command'] : ['Bash', 'shell', 'exec_command', 'local_shell'];
  const editTools = kind === 'gemini' ? ['write_file', 'replace', 'edit'] : ['Write', 'Edit', 'MultiEdit', 'NotebookEdit', 'apply_patch'];
  if (shellTools.includes(tool)) {
    const command = ti.command;
    if (typeof command === 'string') return { command, cwd };
    // Codex's shell tool passes argv (["bash", "-lc", "…"]): quote it back into one command line.
    if (Array.isArray(command) && command.every((c) => typeof c === 'string')) return { command: (command as string[]).map(shellQuote).join(' '), cwd };
    return { error: `the ${tool} tool input has no command` };
  }
  if (editTools.includes(tool)) {
    const file = ti.file_path ?? ti.notebook_path ?? ti.path;
    if (typeof file === 'string') return { filePath: file, cwd };
    if (tool === 'apply_patch' && typeof ti.input === 'string') return { command: `: ${ti.input}`, cwd };
    return { error: `the ${tool} tool input has no file path` };
  }
  // MCP tools (mcp__server__tool): one whose name deletes is refused, like the same call made with curl.
  if (tool.startsWith('mcp__') && identifierWords(tool).some((w) => DESTRUCTIVE_WORDS.has(w))) return { denyTool: tool };
  return { allowTool: tool };
}

export { quote as shellQuote } from './args.js';

async function runHook(kind: HookKind, io: GuardIo, paths: GuardPaths, budgetMs: number): Promise<number> {
  const deny = (reason: string, command?: string): number => {
    const text = reason.endsWith('\n') ? reason : `${reason}\n`;
    if (kind === 'cursor') io.stdout(`${JSON.stringify({ permission: 'deny', user_message: text.trim(), agent_message: text.trim() })}\n`);
    io.stderr(text);
    if (command === undefined) logDecision(paths, { at: new Date().toISOString(), mode: `hook:${kind}`, decision: 'refuse', command: '', error: reason.slice(0, 500) });
    return EXIT_HOOK_DENY;
  };
  const allow = (): number => {
    if (kind === 'cursor' || kind === 'gemini') io.stdout('{}\n');
    return EXIT_ALLOW;
  };
  let timer: NodeJS.Timeout | undefined;
  const overBudget = new Promise<number>((resolve) => {
    timer = setTimeout(() => resolve(deny(`deploy-gate guard: refused: the decision took longer than its ${budgetMs} ms budget`)), budgetMs);
  });
  const work = (async (): Promise<number> => {
    let text: string;
    try {
      text = await io.readStdin(STDIN_LIMIT, budgetMs);
    } catch (error) {
      return deny(`deploy-gate guard: refused: cannot read the hook input (${message(error)})`);
    }
    const request = parseHookInput(kind, text, io.cwd);
    if ('error' in request) return deny(`deploy-gate guard: refused: ${request.error}`);
    if ('allowTool' in request) return allow();
    if ('denyTool' in request) {
      logDecision(paths, { at: new Date().toISOString(), mode: `hook:${kind}`, decision: 'refuse', command: `MCP tool ${request.denyTool}`, rules: ['mcp-destructive-tool'] });
      return deny(`deploy-gate guard: refused: the MCP tool ${request.denyTool} deletes, removes or destroys by its name. Instead: use its read/list tools to inspect; a person runs the destructive one. What stops this without the guard: an MCP server configured with a read-only or environment-scoped token.`, request.denyTool);
    }
    if (request.filePath !== undefined) {
      const hit = protectedPaths(paths, io.env).find((p) => request.filePath!.includes(p));
      if (hit) return deny(`deploy-gate guard: refused: the edit writes ${request.filePath}, which holds the guard's records, its configuration or the agent's hook settings; a human edits these files`, request.filePath);
      return allow();
    }
    const command = request.command ?? '';
    const decision = await decideWithOverride(command, request.cwd, paths, io.env, `hook:${kind}`, Math.max(100, budgetMs - 500));
    if (decision.decision === 'refuse') return deny(renderRefusal(decision, command), command);
    return allow();
  })().catch((error: unknown) => deny(`deploy-gate guard: refused: internal error (${message(error)})`));
  try {
    return await Promise.race([work, overBudget]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

// ——— wrapper ———

async function runWrapped(argv: string[], io: GuardIo, paths: GuardPaths, budgetMs?: number): Promise<number> {
  const command = argv.map(shellQuote).join(' ');
  let decision: Decision;
  try {
    decision = await decideWithOverride(command, io.cwd, paths, io.env, 'wrap', budgetMs);
  } catch (error) {
    io.stderr(`deploy-gate guard: internal error, not running the command: ${message(error)}\n`);
    return EXIT_ERROR;
  }
  if (decision.decision === 'refuse') { io.stderr(renderRefusal(decision, command)); return EXIT_REFUSE; }
  return io.spawn(argv);
}

// ——— human override ———

/** Letters a person reads without confusing them (no 0/O, 1/l/I). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

async function runOverride(command: string, io: GuardIo, paths: GuardPaths): Promise<number> {
  if (!io.interactive) {
    io.stderr('deploy-gate guard: an override must be confirmed by a person on an interactive terminal; none is attached, so nothing was granted\n');
    return EXIT_ERROR;
  }
  const { decide } = await import('./decide.js');
  const { isGatedPlan } = await import('./records.js');
  const decision = await decide(command, { cwd: io.cwd, isGatedPlan: (sha) => isGatedPlan(paths, sha), protectedPaths: protectedPaths(paths, io.env) });
  if (decision.decision === 'allow') {
    io.stderr('deploy-gate guard: the guard already allows this command; no override needed\n');
    return EXIT_ALLOW;
  }
  io.stderr(renderRefusal(decision, command).split('\nA human can')[0] + '\n');
  const { randomInt } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  let code = '';
  for (let i = 0; i < 6; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  io.stderr(`\nTo allow exactly this command once in the next ${OVERRIDE_TTL_MS / 60000} minutes:\n  ${command}\ntype this code: ${code}\n`);
  const typed = (await io.readLine('code: ')).trim().toUpperCase();
  if (typed !== code) {
    io.stderr('deploy-gate guard: the code does not match; nothing was granted\n');
    logDecision(paths, { at: new Date().toISOString(), mode: 'override', decision: 'refuse', command: redact(command), error: 'wrong confirmation code' });
    return EXIT_REFUSE;
  }
  const now = new Date();
  writeOverride(paths, {
    kind: 'grant', sha256: commandHash(command), command: redact(command), at: now.toISOString(),
    expiresAt: new Date(now.getTime() + OVERRIDE_TTL_MS).toISOString(), tty: io.env.SSH_TTY ?? 'tty',
  });
  logDecision(paths, { at: now.toISOString(), mode: 'override', decision: 'allow', command: redact(command), override: true, rules: decision.refusals.map((r) => r.rule) });
  io.stderr(`deploy-gate guard: granted once, until ${new Date(now.getTime() + OVERRIDE_TTL_MS).toLocaleTimeString()}, for exactly that command\n`);
  return EXIT_ALLOW;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
