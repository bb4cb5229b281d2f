// The guard's configuration. A repository may only add protections (.deploy-gate/guard.json: `deny`); relaxing one
// is read only from the user's own configuration outside any working tree ($XDG_CONFIG_HOME/deploy-gate/guard.json:
// `allowCommands`, `allowRules`, and `deny` too), so a change an agent makes in the repository can never loosen it.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GuardPaths } from './records.js';

export interface GuardConfig {
  /** Command prefixes (as words, `make destroy`) refused wherever they run, in addition to the built-in tables. */
  deny: string[][];
  /** Exact command lines the user allows (user configuration only). */
  allowCommands: string[];
  /** Rule ids the user turns off (user configuration only; the guard's self-protection rules cannot be). */
  allowRules: string[];
  /** Log every decision, also the ones the pre-scan allows (user configuration only: `"log": "all"`). */
  logAll: boolean;
  /** Problems met while reading (an unreadable repository file denies what it would have protected). */
  problems: string[];
  /** Keys a repository file tried to relax with, ignored. */
  ignored: string[];
}

/** Rules no configuration turns off. */
export const FIXED_RULES: ReadonlySet<string> = new Set(['guard-self-protection', 'override-by-agent', 'look-alike-command', 'not-understood', 'config-unreadable']);

function readJson(file: string): { value?: unknown; missing?: true; error?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? { missing: true } : { error: `${file}: ${(error as Error).message}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `${file}: not JSON (${(error as Error).message})` };
  }
}

function strings(value: unknown, key: string, file: string, problems: string[]): string[] {
  if (value === undefined) return [];
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value as string[];
  problems.push(`${file}: ${key} must be a list of strings`);
  return [];
}

const words = (prefix: string) => prefix.trim().split(/\s+/).filter(Boolean);

/** The repository file nearest to the working directory, if any (at most 40 levels up). */
export function repoConfigFile(cwd: string): string | undefined {
  let dir = cwd;
  for (let i = 0; i < 40; i++) {
    const file = join(dir, '.deploy-gate', 'guard.json');
    try {
      readFileSync(file);
      return file;
    } catch {
      // keep climbing
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
  return undefined;
}

export function loadGuardConfig(paths: GuardPaths, cwd: string): GuardConfig {
  const config: GuardConfig = { deny: [], allowCommands: [], allowRules: [], logAll: false, problems: [], ignored: [] };
  const userFile = join(paths.configDir, 'guard.json');
  const user = readJson(userFile);
  if (user.error) config.problems.push(user.error);
  if (user.value !== undefined) {
    const o = (user.value && typeof user.value === 'object' && !Array.isArray(user.value) ? user.value : {}) as Record<string, unknown>;
    config.deny.push(...strings(o.deny, 'deny', userFile, config.problems).map(words));
    config.allowCommands.push(...strings(o.allowCommands, 'allowCommands', userFile, config.problems).map((c) => c.trim()));
    config.allowRules.push(...strings(o.allowRules, 'allowRules', userFile, config.problems).filter((r) => !FIXED_RULES.has(r)));
    config.logAll = o.log === 'all';
  }
  const repoFile = repoConfigFile(cwd);
  if (repoFile) {
    const repo = readJson(repoFile);
    if (repo.error) config.problems.push(repo.error);
    const o = (repo.value && typeof repo.value === 'object' && !Array.isArray(repo.value) ? repo.value : {}) as Record<string, unknown>;
    config.deny.push(...strings(o.deny, 'deny', repoFile, config.problems).map(words));
    for (const key of Object.keys(o)) if (key !== 'deny') config.ignored.push(`${repoFile}: ${key}`);
  }
  config.deny = config.deny.filter((d) => d.length > 0);
  return config;
}
