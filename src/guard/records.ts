// The guard's files, all outside any working tree: the plans that passed the gate, the human overrides and the
// decision log (JSON lines under $XDG_STATE_HOME/deploy-gate, default ~/.local/state/deploy-gate).
import { appendFileSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export interface GuardPaths {
  stateDir: string;
  configDir: string;
  gatedPlans: string;
  overrides: string;
  log: string;
}

export function guardPaths(env: NodeJS.ProcessEnv = process.env): GuardPaths {
  const home = env.HOME || homedir();
  const stateDir = join(env.XDG_STATE_HOME || join(home, '.local', 'state'), 'deploy-gate');
  const configDir = join(env.XDG_CONFIG_HOME || join(home, '.config'), 'deploy-gate');
  return {
    stateDir,
    configDir,
    gatedPlans: join(stateDir, 'gated-plans.jsonl'),
    overrides: join(stateDir, 'overrides.jsonl'),
    log: join(stateDir, 'guard.jsonl'),
  };
}

/** Paths whose change would loosen the guard: its own files and the agents' hook settings. */
export function protectedPaths(paths: GuardPaths, env: NodeJS.ProcessEnv = process.env): string[] {
  const home = env.HOME || homedir();
  return [
    paths.stateDir, paths.configDir, '.local/state/deploy-gate', '.config/deploy-gate',
    join(home, '.claude', 'settings.json'), '.claude/settings.json', '.claude/settings.local.json',
    join(home, '.cursor', 'hooks.json'), '.cursor/hooks.json', '.gemini/settings.json', '.codex/hooks.json',
  ];
}

/** How long a recorded plan stays valid: a plan older than this is stale anyway. */
export const GATED_PLAN_MAX_AGE_MS = 24 * 60 * 60 * 1000;
/** How long a human override lasts. */
export const OVERRIDE_TTL_MS = 5 * 60 * 1000;

export interface GatedPlanRecord {
  sha256: string;
  path: string;
  /** The report's fingerprint (null when no finding needed one). */
  fingerprint: string | null;
  /** The plan reports gated (the JSON files passed to check). */
  checked: string[];
  verdict: 'allow';
  recordedAt: string;
}

export interface OverrideRecord {
  kind: 'grant' | 'use';
  sha256: string;
  command: string;
  at: string;
  expiresAt?: string;
  tty?: string;
}

function readLines<T>(file: string): T[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const out: T[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // A torn line is skipped; it can only ever make the guard stricter.
    }
  }
  return out;
}

function append(file: string, dir: string, value: unknown): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  appendFileSync(file, `${JSON.stringify(value)}\n`, { mode: 0o600 });
}

export function isGatedPlan(paths: GuardPaths, sha256: string, now: Date = new Date()): boolean {
  return readLines<GatedPlanRecord>(paths.gatedPlans).some((r) => r.sha256 === sha256 && r.verdict === 'allow'
    && now.getTime() - Date.parse(r.recordedAt) <= GATED_PLAN_MAX_AGE_MS && Date.parse(r.recordedAt) <= now.getTime() + 60_000);
}

export function recordGatedPlan(paths: GuardPaths, record: GatedPlanRecord): void {
  append(paths.gatedPlans, paths.stateDir, record);
}

export function commandHash(command: string): string {
  const { createHash } = process.getBuiltinModule('node:crypto') as typeof import('node:crypto');
  return createHash('sha256').update(command.trim()).digest('hex');
}

/** A live grant for exactly this command (not expired, not used since), or undefined. */
export function findOverride(paths: GuardPaths, command: string, now: Date = new Date()): OverrideRecord | undefined {
  const hash = commandHash(command);
  const records = readLines<OverrideRecord>(paths.overrides).filter((r) => r.sha256 === hash);
  let live: OverrideRecord | undefined;
  for (const r of records) {
    if (r.kind === 'grant') live = r;
    else if (r.kind === 'use' && live && Date.parse(r.at) >= Date.parse(live.at)) live = undefined;
  }
  if (!live?.expiresAt) return undefined;
  const expires = Date.parse(live.expiresAt);
  if (!(expires > now.getTime()) || expires - Date.parse(live.at) > OVERRIDE_TTL_MS) return undefined;
  return live;
}

export function writeOverride(paths: GuardPaths, record: OverrideRecord): void {
  append(paths.overrides, paths.stateDir, record);
}

export interface LogEntry {
  at: string;
  mode: string;
  decision: 'allow' | 'refuse';
  command: string;
  cwd?: string;
  rules?: string[];
  reasons?: string[];
  override?: boolean;
  error?: string;
}

/** Appends one decision to the JSON-lines log. Best effort: a log that cannot be written never changes a decision. */
export function logDecision(paths: GuardPaths, entry: LogEntry): void {
  try {
    append(paths.log, paths.stateDir, entry);
  } catch {
    // The decision stands; the log is a record, not a gate.
  }
}
