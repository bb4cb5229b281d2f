// argv → exit code. Everything that can fail on input becomes exit 2 with one line naming the file.
import { writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { InputError } from '../../policy/adapters/input-error.js';
import { rules } from '../../policy/rules/index.js';
import { InvalidSettingsError, RepositoryError, resolveRepository, runGate, SettingsError } from '../gate.js';
import { INPUT_FORMATS, type InputFormat } from '../readers/detect.js';
import { renderJson } from '../report/json.js';
import { renderText } from '../report/text.js';
import { colorEnabled, DEFAULT_WIDTH, terminalWidth } from '../report/wrap.js';
import { EXIT, getExitCode } from './exit-code.js';
import type { Reported } from './explain.js';
import { engineFindingFor } from '../../policy/engine/engine-findings.js';
import { Renderer } from '../../policy/engine/render.js';
import { addGuardCommand } from './guard-command.js';

const OUTPUTS = ['text', 'json', 'markdown', 'sarif'] as const;
type Output = (typeof OUTPUTS)[number];

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
  /** The terminal's width (process.stdout.columns); undefined on a pipe or in CI, where the text report uses 100. */
  columns?: number;
}

export function packageVersion(): string {
  // Read as a file, not with require(): that would start Node's CommonJS loader and its path search on every run
  // (`--version` is set up whatever the command), some milliseconds of a cold start.
  for (const candidate of ['../../../package.json', '../../package.json']) {
    try {
      const pkg = JSON.parse(readFileSync(new URL(candidate, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
      if (pkg.name === 'deploy-gate' && typeof pkg.version === 'string') return pkg.version;
    } catch {
      // compiled (build/src/cli, build/cli) and source (src/cli) sit at different depths
    }
  }
  return '0.0.0';
}

export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.allow;
  const program = new Command('deploy-gate')
    .description('Blocks infrastructure changes that destroy data, before they are applied.')
    .version(packageVersion())
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });

  program.command('check')
    .description('Gate plans: pulumi preview --json, --event-log, stack export, terraform show -json, cdktf synth (files or directories)')
    .argument('<paths...>', 'plan files or directories (a directory gates every plan in it); - reads standard input')
    .addOption(new Option('--format <format>', 'force the input format instead of detecting it').choices([...INPUT_FORMATS]))
    .option('--config <file>', 'deploy-gate.yml: environments, rule levels, data types, exemptions')
    .option('--approvals <file>', 'approvals {fingerprint, repository, approver, reason, expires} for exact plans')
    .option('--repository <owner/name>', 'the repository these plans belong to (default: GITHUB_REPOSITORY): an approval given for another repository clears nothing')
    .option('--source <path>', 'Terraform sources (.tf or cdk.tf.json) to read lifecycle.prevent_destroy from')
    .addOption(new Option('--output <kind>', 'report format').choices([...OUTPUTS]).default('text'))
    .option('--out <file>', 'write the report to a file instead of stdout')
    .option('--max-bytes <n>', 'refuse inputs larger than this', parsePositiveInt)
    .option('--read-timeout <seconds>', 'give up on a pipe (-, a FIFO, <(…)) that has not closed after this long (default 1800)', parsePositiveInt)
    .option('--no-color', 'plain text even on a terminal')
    .option('--debug', 'show stack traces of internal errors')
    .option('--record <plan-file>', 'when the verdict is allow, record this saved plan file (tfplan, pulumi --save-plan) for deploy-gate guard')
    .action(async (paths: string[], opts: { format?: InputFormat; config?: string; approvals?: string; repository?: string; source?: string; output: Output; out?: string; maxBytes?: number; readTimeout?: number; color: boolean; debug?: boolean; record?: string }) => {
      const repository = resolveRepository(opts.repository, io.env);
      const { report, plans } = await runGate(paths, {
        ...(repository !== undefined ? { repository } : {}),
        ...(opts.format ? { format: opts.format } : {}),
        ...(opts.config ? { config: opts.config } : {}),
        ...(opts.approvals ? { approvals: opts.approvals } : {}),
        ...(opts.source ? { source: opts.source } : {}),
        ...(opts.maxBytes ? { maxBytes: opts.maxBytes } : {}),
        ...(opts.readTimeout ? { readTimeoutMs: opts.readTimeout * 1000 } : {}),
      });
      const color = colorEnabled({ flag: opts.color, isTTY: io.isTTY, env: io.env, toFile: Boolean(opts.out) });
      // The markdown and SARIF writers, like explain and the guard, are set up only when asked for: in the CLI
      // script (scripts/bundle-cli.ts) a module imported dynamically runs its top level on first import only.
      const rendered = opts.output === 'json' ? renderJson(report)
        : opts.output === 'markdown' ? (await import('../report/markdown.js')).renderMarkdown(report, { approveHint: 'file' })
          : opts.output === 'sarif' ? (await import('../report/sarif.js')).renderSarif(report, rules, packageVersion(), { locations: await (await import('../readers/source-positions.js')).locateFindings(report.findings, plans, opts.source), sourcesGiven: Boolean(opts.source) })
            : renderText(report, { color, width: opts.out ? DEFAULT_WIDTH : terminalWidth(io.isTTY ? io.columns : undefined, io.env) });
      if (opts.out) {
        await writeFile(opts.out, rendered).catch((error: NodeJS.ErrnoException) => {
          throw new ReportWriteError(opts.out ?? '', '', `cannot write the report (${error.code ?? error.message})`);
        });
        io.stderr(`deploy-gate: ${report.verdict} (report written to ${opts.out})\n`);
      } else {
        io.stdout(rendered);
      }
      exitCode = getExitCode(report);
      if (opts.record) await recordPlan(opts.record, paths, report, io);
    });

  program.command('rules')
    .description('List the rules with severity, default level and scope')
    .action(async () => io.stdout((await import('./explain.js')).renderRuleList(rules)));

  program.command('explain')
    .description('Explain one rule, engine finding or other pack\'s policy: why it exists, how to fix a finding, its messages, its page')
    .argument('<rule-id>', 'a rule id, plan-incomplete, rule-error, or <pack>/<policy> of another CrossGuard pack')
    .argument('[plans...]', 'for <pack>/<policy>: plans (event logs) whose reported messages to show')
    .action(async (id: string, plans: string[]) => {
      const { renderEngineExplain, renderExplain, renderForeignExplain } = await import('./explain.js');
      // deploy-gate's own pack reports its rules as deploy-gate/<rule>: that is the rule.
      const own = id.startsWith(`${OWN_PACK}/`) ? rules.find((r) => r.id === id.slice(OWN_PACK.length + 1)) : undefined;
      const rule = own ?? rules.find((r) => r.id === id);
      if (rule) {
        io.stdout(`${own ? `${id} is deploy-gate's own rule ${rule.id}, reported by its CrossGuard pack.\n\n` : ''}${renderExplain(rule)}`);
        return;
      }
      const engine = id.includes('/') ? undefined : engineFindingFor(id);
      if (engine) {
        io.stdout(renderEngineExplain(engine));
        return;
      }
      if (/^[^/\s]+\/[^/\s]+$/.test(id)) {
        const reported = plans.length > 0 ? await reportedBy(id, plans) : undefined;
        io.stdout(renderForeignExplain(id, reported));
        return;
      }
      io.stderr(`deploy-gate: unknown rule '${id}'. Known rules: ${rules.map((r) => r.id).join(', ')}; and the engine's plan-incomplete, rule-error, and <pack>/<policy> of other packs\n`);
      exitCode = EXIT.error;
    });

  addGuardCommand(program, io, (code) => { exitCode = code; });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version exit 0; every other usage problem is an error.
      return error.exitCode === 0 ? EXIT.allow : EXIT.error;
    }
    if (error instanceof InvalidSettingsError) {
      for (const problem of error.problems) io.stderr(`deploy-gate: ${error.file}: ${problem}\n`);
      io.stderr(`${closingLine(error)}\n`);
      return EXIT.error;
    }
    if (error instanceof InputError) {
      io.stderr(`deploy-gate: ${error.message}\n`);
      io.stderr(`${closingLine(error)}\n`);
      return EXIT.error;
    }
    io.stderr(`deploy-gate: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    if (argv.includes('--debug') && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT.error;
  }
}

/** `check --record`: binds a saved plan file (by sha256) to an allow verdict, for `deploy-gate guard`. */
async function recordPlan(planFile: string, checked: string[], report: { verdict: 'allow' | 'block'; fingerprint: string | null }, io: Io): Promise<void> {
  if (report.verdict !== 'allow') {
    io.stderr(`deploy-gate: ${planFile} not recorded: the gate blocked this plan, so deploy-gate guard will not let it be applied\n`);
    return;
  }
  // The guard's modules (its shell parser's glue, its tool tables) load only here, not on every check.
  const [{ sha256File }, { guardPaths, recordGatedPlan }] = await Promise.all([import('../guard/decide.js'), import('../guard/records.js')]);
  const hash = sha256File(planFile);
  if (hash === undefined) throw new InputError(planFile, '', 'cannot read the plan file to record');
  const paths = guardPaths(io.env);
  try {
    recordGatedPlan(paths, { sha256: hash, path: resolve(planFile), fingerprint: report.fingerprint, checked: checked.map((c) => resolve(c)), verdict: 'allow', recordedAt: new Date().toISOString() });
  } catch (error) {
    throw new InputError(paths.gatedPlans, '', `cannot write the plan record (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  io.stderr(`deploy-gate: recorded ${planFile} (sha256 ${hash.slice(0, 12)}…) as passing the gate; deploy-gate guard lets it be applied for 24 hours\n`);
}

/** The name deploy-gate's own CrossGuard pack reports its violations under (policy/crossguard/pack.ts). */
const OWN_PACK = 'deploy-gate';

/** The messages another pack reported for one policy in these plans, with the renderer's words. */
async function reportedBy(id: string, paths: string[]): Promise<Reported[]> {
  const { report } = await runGate(paths);
  const renderer = new Renderer(report);
  return report.findings.filter((f) => f.rule === id).map((f) => ({ stack: f.stack, resource: f.resource, level: f.level, message: renderer.message(f) }));
}

/** The report could not be written (--out): the verdict was reached but no one can read it. */
class ReportWriteError extends InputError {}

/** The last line after an input error: blocked, exit 2, and what must be fixed, naming the real cause. */
export function closingLine(error: InputError): string {
  if (error instanceof SettingsError) return `deploy-gate: blocked (exit 2): nothing is allowed until the ${error.what} file ${error.file} is fixed`;
  if (error instanceof RepositoryError) return 'deploy-gate: blocked (exit 2): no approval is applied until the gate knows the one repository it gates';
  if (error instanceof ReportWriteError) return `deploy-gate: blocked (exit 2): the report could not be written to ${error.file}, and a verdict no one can read is never an allow`;
  return `deploy-gate: blocked (exit 2): an input that cannot be read is never allowed; nothing is allowed until ${error.file || 'it'} can be read`;
}

function parsePositiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('must be a positive integer');
  return n;
}
