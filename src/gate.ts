// The gate as a library: read plans, load config and approvals, evaluate. The CLI and the Action both call this.
import { readFile } from 'node:fs/promises';
import { InputError } from '../policy/adapters/input-error.js';
import { parseApprovals, REPOSITORY_PATTERN, sameRepository, type Approval } from '../policy/engine/approvals.js';
import { ConfigError, resolveConfig, type GateConfig } from '../policy/engine/config.js';
import { evaluate, type Unused } from '../policy/engine/evaluate.js';
import type { Plan } from '../policy/model/plan.js';
import { ruleIds, rules } from '../policy/rules/index.js';
import type { InputFormat } from './readers/detect.js';
import { mergeEventLogs, readInputs, type SkippedFile } from './readers/read-plan.js';
import type { GateReport } from './report/skipped.js';

export interface GateOptions {
  format?: InputFormat;
  config?: string;
  approvals?: string;
  /** Approvals gathered elsewhere (the Action reads them from the GitHub API). */
  extraApprovals?: Approval[];
  /**
   * The repository (`owner/name`) whose plans these are (resolveRepository: `--repository`, else GITHUB_REPOSITORY;
   * the Action's own repository). An approval clears a plan only when it was given for this repository; an
   * approvals file is refused without one.
   */
  repository?: string;
  source?: string;
  maxBytes?: number;
  /** How long to wait for a pipe (`-`, a FIFO, `<(…)`) to close, in milliseconds. */
  readTimeoutMs?: number;
  now?: Date;
}

export interface GateResult {
  /** The engine's report, with the files a directory held that are not plans (`skipped`). */
  report: GateReport;
  plans: Plan[];
}

export async function runGate(paths: string[], options: GateOptions = {}): Promise<GateResult> {
  const now = options.now ?? new Date();
  if (options.repository !== undefined && !REPOSITORY_PATTERN.test(options.repository)) {
    throw new RepositoryError(`'${options.repository}' is not a repository (owner/name)`);
  }
  const config = options.config ? await loadConfig(options.config, now) : resolveConfig({}, ruleIds);
  const loaded = options.approvals ? await loadApprovalsFile(options.approvals, now) : { approvals: [], keyPrefix: '' as const };
  // Before any plan is read: an approvals file the gate cannot bind to a repository is refused, not half-applied.
  if (options.approvals && options.repository === undefined) {
    throw new RepositoryError(
      `the approvals in ${options.approvals} cannot be checked: each approval names the repository it was given for, and the gate was not told which ` +
      'repository it gates. Pass --repository owner/name (on GitHub Actions, GITHUB_REPOSITORY is read); without it an approval copied from another ' +
      'repository could not be told from one given here',
    );
  }
  const fromFile = loaded.approvals;
  const approvals = [...fromFile, ...(options.extraApprovals ?? [])];
  const read: Plan[] = [];
  const skipped: SkippedFile[] = [];
  const heapBefore = process.memoryUsage().heapUsed;
  for (const path of paths) {
    const input = await readInputs(path, {
      ...(options.format ? { format: options.format } : {}),
      ...(options.source ? { source: options.source } : {}),
      ...(options.maxBytes ? { maxBytes: options.maxBytes } : {}),
      ...(options.readTimeoutMs ? { timeoutMs: options.readTimeoutMs } : {}),
    });
    read.push(...input.plans);
    skipped.push(...input.skipped);
  }
  // Files named one by one (a list or a glob) merge like a directory's: a preview and its event log are one stack.
  const plans = mergeEventLogs(read);
  if (process.memoryUsage().heapUsed - heapBefore > LARGE_READ) collectReadGarbage();
  const evaluated = evaluate(plans, { rules, config, approvals, now, ...(options.repository !== undefined ? { repository: options.repository } : {}) });
  // The engine knows places in lists; the gate knows the files they came from, and how each file spells the list's
  // key (`approvals[0]` under `approvals:`, `[0]` for a bare list).
  const unused = evaluated.unused.map((u): Unused => {
    if (u.kind === 'exemption') return options.config ? { ...u, file: options.config } : u;
    if (u.index >= fromFile.length || !options.approvals) return u;
    return { ...u, file: options.approvals, key: `${loaded.keyPrefix}[${u.index}]` };
  });
  const report: GateReport = { ...evaluated, unused, skipped };
  return { report, plans };
}

async function readStructured(file: string, what: SettingsError['what']): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new SettingsError(file, '', 'cannot read the file', what);
  }
  // Loaded here, not at start: most runs have neither --config nor --approvals.
  const { parse: parseYaml } = await import('yaml');
  try {
    // YAML is a superset of JSON, so one parser reads both spellings (and refuses repeated keys, as YAML 1.2 does).
    return parseYaml(text);
  } catch (error) {
    const { where, problem } = yamlProblem(error);
    throw new SettingsError(file, where, `not valid YAML or JSON: ${problem}`, what);
  }
}

/**
 * The yaml package's message is "<problem> at line 2, column 6:" followed by the line and a caret: the position
 * goes where every reader puts it (after the file name), the problem keeps no dangling colon.
 */
export function yamlProblem(error: unknown): { where: string; problem: string } {
  const first = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.trim();
  const at = /\s+at line (\d+), column (\d+):?$/.exec(first);
  const problem = (at ? first.slice(0, at.index) : first).replace(/[\s:]+$/, '');
  return { where: at ? `line ${at[1]}, column ${at[2]}` : '', problem: problem || 'it cannot be parsed' };
}

/**
 * An input that is not a plan but says how to judge one (the configuration, the approvals) is malformed: nothing
 * is allowed until it is fixed. The CLI's closing line names it, rather than speaking of an unreadable plan.
 */
export class SettingsError extends InputError {
  constructor(file: string, where: string, problem: string, readonly what: 'configuration' | 'approvals') {
    super(file, where, problem);
    this.name = 'SettingsError';
  }
}

/**
 * A configuration or approvals file that was read but says something invalid: each problem names its key path.
 * Exit 2 like an unreadable input (nothing is checked with a configuration the gate cannot trust), but worded apart.
 */
export class InvalidSettingsError extends SettingsError {
  constructor(file: string, what: 'configuration' | 'approvals', readonly problems: readonly string[]) {
    super(file, '', `invalid ${what}: ${problems.join('; ')}`, what);
    this.name = 'InvalidSettingsError';
  }
}

/** `now` is today for the exemption length limit (MAX_EXEMPTION_DAYS). */
export async function loadConfig(file: string, now: Date = new Date()): Promise<GateConfig> {
  try {
    return resolveConfig(await readStructured(file, 'configuration'), ruleIds, { now });
  } catch (error) {
    if (error instanceof ConfigError) throw new InvalidSettingsError(file, 'configuration', error.problems);
    throw error;
  }
}

/** `now` is today for an approval's `expires` limit (MAX_APPROVAL_DAYS). */
export async function loadApprovals(file: string, now: Date = new Date()): Promise<Approval[]> {
  return (await loadApprovalsFile(file, now)).approvals;
}

/** The approvals of a file, and how it spells their list's key ('' for a bare list, `approvals` under that key). */
async function loadApprovalsFile(file: string, now: Date): Promise<{ approvals: Approval[]; keyPrefix: '' | 'approvals' }> {
  const { approvals, problems, keyPrefix } = parseApprovals(await readStructured(file, 'approvals'), now);
  if (problems.length > 0) throw new InvalidSettingsError(file, 'approvals', problems);
  return { approvals, keyPrefix };
}

/**
 * The repository the gate runs for: `--repository` when given, else GITHUB_REPOSITORY (set on every GitHub Actions
 * runner), else none. Both given and different is an error: which one the approvals should be checked against is
 * then a guess, and the gate does not guess.
 */
export function resolveRepository(option: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  const fromEnv = env.GITHUB_REPOSITORY?.trim() || undefined;
  const chosen = option ?? fromEnv;
  if (chosen === undefined) return undefined;
  if (!REPOSITORY_PATTERN.test(chosen)) {
    throw new RepositoryError(`${option !== undefined ? '--repository' : 'GITHUB_REPOSITORY'} '${chosen}' is not a repository (owner/name)`);
  }
  if (option !== undefined && fromEnv !== undefined && !sameRepository(option, fromEnv)) {
    throw new RepositoryError(`--repository ${option} disagrees with GITHUB_REPOSITORY ${fromEnv}: approvals are checked against one repository, so say one`);
  }
  return chosen;
}

/**
 * The gate was not told which repository it gates (or was told two), so approvals cannot be bound to it: exit 2, like
 * an input it cannot read, since an approval it cannot check is never applied.
 */
export class RepositoryError extends InputError {
  constructor(problem: string) {
    super('', '', problem);
    this.message = problem;
    this.name = 'RepositoryError';
  }
}

/**
 * The texts of the inputs (as large as the files) and the parts of their documents the model does not keep are
 * garbage once the plans are read, but V8 collects its old generation only when it has grown past a limit set at
 * its last full collection, which a large read set high: the model, the rules and the report then grew on top of
 * the dead text, and a 185 MB plan peaked at 0.87 GB of RSS, of which the model after a full collection is some
 * 135 MB. One full collection here lets that memory be used again, for some 0.3 s of CPU at 100k resources. Only
 * when the read grew the heap by more than LARGE_READ (for a small heap it gains nothing), and only where Node can
 * give one: the `gc` of a new context while --expose-gc is set, V8's own collector; without it the run only takes
 * more memory. The flag is set back at once (V8 checks its flags against the code cache's at the next start).
 */
const LARGE_READ = 64 * 1024 * 1024;

function collectReadGarbage(): void {
  try {
    const v8 = process.getBuiltinModule('node:v8') as typeof import('node:v8');
    const vm = process.getBuiltinModule('node:vm') as typeof import('node:vm');
    v8.setFlagsFromString('--expose-gc');
    let gc: unknown;
    try {
      gc = vm.runInNewContext('gc');
    } finally {
      v8.setFlagsFromString('--no-expose-gc');
    }
    if (typeof gc === 'function') (gc as () => void)();
  } catch {
    // Without it the run only takes more memory.
  }
}
