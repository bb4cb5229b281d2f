// What each guarded tool may not do, as tables: a tool's verbs and flags that destroy data, each with a reason,
// the safe alternative and the scoped credential that would stop the same call without the guard.
import { has, isOn, parseArgs, quote, values, type Arg, type ParsedArgs } from './args.js';
import { destructiveMutations, destructiveSql, hostOf, isLoopback, remoteTargets, scanCode } from './api.js';
import { DESTRUCTIVE_WORDS, identifierWords } from './text.js';

export interface Refusal {
  /** Stable id of what was refused (for logs and tests). */
  rule: string;
  reason: string;
  alternative: string;
  /** The credential that stops this even without the guard. */
  token?: string;
}

/** What a tool check can ask of the guard. */
export interface ToolContext {
  refuse(refusal: Refusal): void;
  /** Something that matters to the decision is computed at run time or cannot be read. */
  unknown(what: string): void;
  /** A shell command hidden inside an argument (ssh host 'cmd', watch 'cmd', code that shells out). */
  script(text: string, options?: { refusalsOnly?: boolean }): void;
  /** Whether a plan file passed the gate (`deploy-gate check --record`), by its path as written. */
  gatedPlan(path: string): 'gated' | 'not-gated' | 'unreadable';
  /** Reads a small file named by the command (curl -d @body.json), relative to the working directory. */
  readSmallFile(path: string): string | undefined;
  /** Standard input when the command line shows it (here-document, echo … |), else undefined. */
  stdinText: string | undefined;
  /** The file standard input is redirected from (`< drop.sql`), when the command line names it literally. */
  stdinFile?: string | undefined;
  /** The arguments as written, for those computed at run time (`"$HOME"`) as their source text. */
  texts: readonly string[];
}

type Check = (args: Arg[], ctx: ToolContext) => void;

const TOKENS = {
  pulumi: 'a Pulumi access token whose team role cannot delete stacks or update this stack (Pulumi Cloud custom roles), and protect: true on stateful resources',
  terraform: 'cloud credentials for the plan that can read but not delete (a read-only role for plan, the apply role kept for CI)',
  aws: 'an IAM role or session policy that denies Delete*, Terminate* and s3:DeleteObject (a permission boundary or SCP)',
  gcloud: 'a service account without the *.delete permissions (roles/viewer or a custom role)',
  az: 'an identity without */delete actions, and a CanNotDelete lock on the resource group',
  kubectl: 'a Kubernetes RBAC role without the delete verb on persistentvolumes, persistentvolumeclaims and namespaces',
  railway: 'a Railway token that cannot reach production (a project token for another environment)',
  api: 'an API token scoped to read or to one environment; never a personal or team token with delete rights',
  sql: 'a database role without DROP/TRUNCATE/DELETE on production (GRANT SELECT, INSERT, UPDATE only)',
} as const;

const PULUMI_COMMANDS = new Set([
  'about', 'ai', 'cancel', 'config', 'console', 'convert', 'deployment', 'destroy', 'dn', 'down', 'env', 'gen-completion',
  'help', 'import', 'install', 'login', 'logout', 'logs', 'new', 'org', 'package', 'plugin', 'policy', 'preview', 'pre',
  'refresh', 'schema', 'stack', 'state', 'template', 'up', 'update', 'version', 'watch', 'whoami',
]);
const PULUMI_VALUES = [
  '-s', '--stack', '-C', '--cwd', '--color', '--config-file', '-c', '--config', '--secrets-provider', '-m', '--message',
  '--plan', '--save-plan', '-t', '--target', '--target-replace', '--replace', '--exclude', '--policy-pack',
  '--policy-pack-config', '-p', '--parallel', '--tracing', '-v', '--verbose', '--exec-kind', '--exec-agent', '--suppress-outputs-file',
  '--import-file', '--attach-debugger', '--otel-traces', '--profiling', '--memprofilerate',
];

function firstKnown(parsed: ParsedArgs, known: Set<string>): { index: number; value: string } | { dynamic: true } | undefined {
  for (let i = 0; i < parsed.positionals.length; i++) {
    const p = parsed.positionals[i];
    if (p === undefined) return { dynamic: true };
    if (known.has(p.toLowerCase())) return { index: i, value: p.toLowerCase() };
  }
  return undefined;
}

const pulumi: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: PULUMI_VALUES });
  const found = firstKnown(parsed, PULUMI_COMMANDS);
  if (found && 'dynamic' in found) { ctx.unknown('a pulumi command computed at run time'); return; }
  const cmd = found?.value;
  const sub = found ? parsed.positionals[found.index + 1]?.toLowerCase() : undefined;
  if (has(parsed, '--ignore-protect')) {
    ctx.refuse({ rule: 'pulumi-ignore-protect', reason: '--ignore-protect deletes resources marked protect: true', alternative: 'keep protect on; unprotect one resource on purpose in code review, then run a gated plan', token: TOKENS.pulumi });
  }
  const force = cmd !== 'logs' && cmd !== 'watch' && (has(parsed, '--skip-preview') || has(parsed, '-f'));
  if (force) {
    ctx.refuse({ rule: 'pulumi-skip-preview', reason: '--skip-preview/-f applies changes no one has seen', alternative: 'pulumi preview --save-plan plan.json, deploy-gate check it with --record plan.json, then pulumi up --plan plan.json', token: TOKENS.pulumi });
  }
  if (has(parsed, '--target-replace')) {
    ctx.refuse({ rule: 'pulumi-target-replace', reason: '--target-replace replaces (deletes and recreates) the resource, protected or not, outside a gated plan', alternative: 'preview the replacement with --save-plan, gate it, and apply that plan', token: TOKENS.pulumi });
  }
  if (cmd === 'destroy' || cmd === 'down' || cmd === 'dn') {
    if (has(parsed, '--preview-only')) return;
    ctx.refuse({ rule: 'pulumi-destroy', reason: 'pulumi destroy deletes every resource of the stack, data included', alternative: 'pulumi destroy --preview-only to see what it would delete; a human runs the destroy', token: TOKENS.pulumi });
  } else if (cmd === 'up' || cmd === 'update') {
    const plans = values(parsed, '--plan');
    if (plans.length === 0) {
      ctx.refuse({ rule: 'pulumi-up-without-gated-plan', reason: 'pulumi up without --plan applies whatever the program does now, which no gate has checked', alternative: 'pulumi preview --save-plan plan.json --json > preview.json; deploy-gate check preview.json --record plan.json; pulumi up --plan plan.json', token: TOKENS.pulumi });
    } else {
      gatedPlanCheck(plans, ctx, 'pulumi up --plan');
    }
  } else if (cmd === 'stack' && (sub === 'rm' || sub === 'remove')) {
    ctx.refuse({ rule: 'pulumi-stack-rm', reason: 'pulumi stack rm deletes the stack and its state (with --force, while resources still exist)', alternative: 'pulumi stack ls / pulumi stack export to inspect; a human removes stacks', token: TOKENS.pulumi });
  } else if (cmd === 'state' && (sub === 'delete' || sub === 'unprotect')) {
    ctx.refuse({ rule: `pulumi-state-${sub}`, reason: sub === 'delete' ? 'pulumi state delete drops resources from the state, so the next update can orphan or recreate them' : 'pulumi state unprotect removes the protection that stops a delete', alternative: 'change protect in code and run a gated plan; pulumi stack export to inspect the state', token: TOKENS.pulumi });
  } else if (cmd === 'env' && (sub === 'rm' || sub === 'remove')) {
    ctx.refuse({ rule: 'pulumi-env-rm', reason: 'pulumi env rm deletes an ESC environment and the secrets in it', alternative: 'pulumi env get to inspect; a human deletes environments', token: TOKENS.pulumi });
  }
};

function gatedPlanCheck(plans: Arg[], ctx: ToolContext, what: string): void {
  for (const plan of plans) {
    if (plan === undefined) {
      ctx.refuse({ rule: 'plan-not-gated', reason: `${what} names a plan file computed at run time, so the guard cannot check that it passed the gate`, alternative: 'name the plan file literally' });
      continue;
    }
    const state = ctx.gatedPlan(plan);
    if (state === 'unreadable') {
      ctx.refuse({ rule: 'plan-not-gated', reason: `${what} ${plan}: the plan file cannot be read, so the guard cannot check that it passed the gate`, alternative: 'create the plan first, then deploy-gate check … --record <plan file>' });
    } else if (state === 'not-gated') {
      ctx.refuse({ rule: 'plan-not-gated', reason: `${what} ${plan}: this exact plan file (by its sha256) was never recorded as passing the gate`, alternative: `deploy-gate check <plan JSON> --record ${plan}, then run it again` });
    }
  }
}

const TF_COMMANDS = new Set([
  'apply', 'console', 'destroy', 'fmt', 'force-unlock', 'get', 'graph', 'import', 'init', 'login', 'logout', 'metadata',
  'output', 'plan', 'providers', 'refresh', 'show', 'state', 'taint', 'test', 'untaint', 'validate', 'version', 'workspace',
  'modules', 'query', 'stacks',
]);
const TF_VALUES = ['-var', '-var-file', '-target', '-replace', '-parallelism', '-lock-timeout', '-state', '-state-out', '-backup', '-input', '-lock', '-exclude', '-out', '-generate-config-out'];

function terraformLike(tool: string): Check {
  return (args, ctx) => {
    const parsed = parseArgs(args, { values: TF_VALUES, singleDashLong: true });
    const found = firstKnown(parsed, TF_COMMANDS);
    if (found && 'dynamic' in found) { ctx.unknown(`a ${tool} command computed at run time`); return; }
    if (!found) return;
    const after = parsed.positionals.slice(found.index + 1);
    const sub = after[0]?.toLowerCase();
    if (found.value === 'destroy') {
      ctx.refuse({ rule: 'terraform-destroy', reason: `${tool} destroy deletes every resource in the state, data included`, alternative: `${tool} plan -destroy to see what it would delete; a human runs the destroy`, token: TOKENS.terraform });
    } else if (found.value === 'apply') {
      if (isOn(parsed, '-destroy', '--destroy')) {
        ctx.refuse({ rule: 'terraform-apply-destroy', reason: `${tool} apply -destroy deletes every resource in the state`, alternative: `${tool} plan -destroy -out to review; a human applies it`, token: TOKENS.terraform });
        return;
      }
      if (isOn(parsed, '-refresh-only', '--refresh-only')) return;
      if (after.length === 0) {
        ctx.refuse({ rule: 'terraform-apply-without-gated-plan', reason: `${tool} apply without a saved plan file applies a plan no gate has checked`, alternative: `${tool} plan -out=tfplan; ${tool} show -json tfplan > plan.json; deploy-gate check plan.json --record tfplan; ${tool} apply tfplan`, token: TOKENS.terraform });
      } else {
        gatedPlanCheck(after, ctx, `${tool} apply`);
      }
    } else if (found.value === 'state' && (sub === 'rm' || sub === 'remove')) {
      ctx.refuse({ rule: 'terraform-state-rm', reason: `${tool} state rm forgets resources, so the next apply can recreate or orphan them`, alternative: `a removed block in code (Terraform 1.7+) reviewed and gated like any change`, token: TOKENS.terraform });
    } else if (found.value === 'state' && sub === 'push' && isOn(parsed, '-force', '--force')) {
      ctx.refuse({ rule: 'terraform-state-push-force', reason: `${tool} state push -force overwrites the remote state even with an older serial or another lineage: resources it no longer tracks are orphaned or recreated`, alternative: `${tool} state pull to inspect; a human pushes state`, token: TOKENS.terraform });
    } else if (found.value === 'workspace' && sub === 'delete' && isOn(parsed, '-force', '--force')) {
      ctx.refuse({ rule: 'terraform-workspace-delete-force', reason: `${tool} workspace delete -force drops a workspace whose state still tracks resources`, alternative: `${tool} workspace show / state list; a human deletes workspaces`, token: TOKENS.terraform });
    }
  };
}

const cdktf: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-a', '--app', '-o', '--output', '--var', '--var-file', '--parallelism'] });
  const cmd = parsed.positionals[0];
  if (cmd === undefined && parsed.positionals.length > 0) { ctx.unknown('a cdktf command computed at run time'); return; }
  if (cmd === 'destroy') {
    ctx.refuse({ rule: 'cdktf-destroy', reason: 'cdktf destroy deletes every resource of the stacks, data included', alternative: 'cdktf diff; a human runs the destroy', token: TOKENS.terraform });
  } else if (cmd === 'deploy' || cmd === 'apply') {
    ctx.refuse({ rule: 'cdktf-deploy-without-gated-plan', reason: 'cdktf deploy plans and applies in one step, so no gate sees the plan', alternative: 'cdktf synth; terraform -chdir=cdktf.out/stacks/<stack> plan -out=tfplan; deploy-gate check (terraform show -json tfplan) --record tfplan; terraform apply tfplan', token: TOKENS.terraform });
  }
};

const terragrunt: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['--terragrunt-working-dir', '--working-dir', '--terragrunt-config', '--config'] });
  const positionals = parsed.positionals.filter((p) => p !== 'run-all' && p !== 'run' && p !== 'stack');
  const all = parsed.positionals.includes('run-all') || has(parsed, '--all');
  terraformLike(all ? 'terragrunt run --all' : 'terragrunt')([...positionals, ...flagWords(parsed), ...parsed.rest], ctx);
};

function flagWords(parsed: ParsedArgs): string[] {
  const out: string[] = [];
  for (const [name, vals] of parsed.flags) {
    for (const v of vals) out.push(v === undefined ? name : `${name}=${v}`);
  }
  return out;
}

/** The values given to any of `names` in the raw arguments (`--sql X`, `--sql=X`), in order; undefined where computed. */
function rawValues(args: readonly Arg[], names: readonly string[]): Arg[] {
  const out: Arg[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === undefined) continue;
    if (names.includes(a)) { if (i + 1 < args.length) out.push(args[i + 1]); i++; continue; }
    const eq = a.indexOf('=');
    if (eq > 0 && names.includes(a.slice(0, eq))) out.push(a.slice(eq + 1));
  }
  return out;
}

/**
 * The command lines in an SSM `commands` parameter: the quoted strings of its list (`commands=["a","b"]`,
 * `{"commands":["a"]}`), or the shorthand's value (`commands=a`). One pass over the text.
 */
function ssmCommands(text: string): string[] {
  const at = text.indexOf('commands');
  if (at < 0) return [];
  let i = at + 8;
  while (i < text.length && (text[i] === '"' || text[i] === '\'' || text[i] === ' ' || text[i] === ':' || text[i] === '=')) i++;
  if (text[i] !== '[') return [text.slice(i).replace(/[,}]+$/, '')].filter((c) => c.trim() !== '');
  const out: string[] = [];
  for (i++; i < text.length && text[i] !== ']'; i++) {
    const q = text[i];
    if (q !== '"' && q !== '\'') continue;
    let value = '';
    for (i++; i < text.length && text[i] !== q; i++) {
      if (text[i] === '\\' && i + 1 < text.length) { value += text[++i]; continue; }
      value += text[i];
    }
    out.push(value);
  }
  return out;
}

/** SQL a cloud CLI sends to a database through its API, judged as a SQL shell's would be (the database is never this machine). */
function sentSql(what: string, sql: readonly Arg[], ctx: ToolContext, token: string): void {
  for (const text of sql) {
    if (text === undefined) { ctx.unknown(`${what} runs SQL computed at run time`); continue; }
    const hit = destructiveSql(text, true);
    if (hit) {
      ctx.refuse({ rule: 'sql-drop', reason: `${what} runs ${hit} through the provider's API, which deletes data`, alternative: 'run it against a copy, inside a transaction you can roll back; a human runs it on production', token });
      return;
    }
  }
}

/** AWS operations that run SQL or PartiQL they are given: RDS Data API, Redshift Data API, Athena, DynamoDB PartiQL. */
const AWS_SQL_FLAGS: Readonly<Record<string, readonly string[]>> = {
  'execute-statement': ['--sql', '--statement'],
  'batch-execute-statement': ['--sql', '--sqls', '--statements'],
  'start-query-execution': ['--query-string'],
};

const AWS_VALUES = ['--profile', '--region', '--output', '--endpoint-url', '--query', '--color', '--ca-bundle', '--cli-read-timeout', '--cli-connect-timeout', '--cli-binary-format'];

/**
 * The arguments as text, with the files the call sends read in (the AWS CLI's `file://`/`fileb://` values, and the
 * value of `filesFlag` such as kubectl's `--patch-file`), for the weakening tables; undefined when one cannot be read.
 */
function sentText(args: readonly (string | undefined)[], ctx: ToolContext, filesFlag?: string): string | undefined {
  const out: string[] = [];
  for (const [i, a] of args.entries()) {
    if (a === undefined) continue;
    out.push(a);
    const file = /^(?:file|fileb):\/\/(.+)$/.exec(a)?.[1]
      ?? (filesFlag && args[i - 1] === filesFlag ? a : filesFlag && a.startsWith(`${filesFlag}=`) ? a.slice(filesFlag.length + 1) : undefined);
    if (file) {
      const text = ctx.readSmallFile(file);
      if (text === undefined) return undefined;
      out.push(text);
    }
  }
  return out.join(' ');
}

/**
 * Calls that destroy data, or take away what would bring it back, without deleting anything (issue #8's
 * "destruction without a delete", as the rules judge it in a plan): `when` reads what the call sends.
 */
const AWS_WEAKENINGS: ReadonlyArray<{ ops: readonly string[]; when?: (sent: string) => boolean; reason: string }> = [
  { ops: ['schedule-key-deletion'], reason: 'schedules the KMS key for deletion: after the waiting period nothing encrypted with it can ever be read again' },
  { ops: ['disable-key'], reason: 'disables the KMS key: nothing encrypted with it can be read until it is enabled again' },
  { ops: ['put-bucket-versioning'], when: (t) => /suspended/i.test(t), reason: 'suspends versioning: overwritten and deleted objects are no longer kept' },
  { ops: ['update-continuous-backups'], when: (t) => /pointintimerecoveryenabled"?\s*[=:]\s*false/i.test(t), reason: 'turns off point-in-time recovery, and its continuous backups are deleted' },
  { ops: ['modify-db-instance', 'modify-db-cluster'], when: (t) => /--backup-retention-period(?:=|\s+)0\b/.test(t), reason: 'sets the backup retention to 0 days, which deletes the automated backups' },
  // `Expiration` of current objects; `NoncurrentVersionExpiration` only prunes old versions and passes, as in plans.
  { ops: ['put-bucket-lifecycle-configuration', 'put-bucket-lifecycle'], when: (t) => /\bexpiration\b/i.test(t), reason: 'sets a lifecycle rule that expires objects: they are deleted on a timer' },
];

const aws: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: AWS_VALUES });
  const [service, op] = parsed.positionals;
  if (parsed.positionals.length > 0 && (service === undefined || (parsed.positionals.length > 1 && op === undefined))) {
    ctx.unknown('an aws service or operation computed at run time');
    return;
  }
  if (!service || !op) return;
  const opWords = op.toLowerCase().split('-');
  if (opWords.some((w) => w === 'delete' || w === 'terminate' || w === 'purge')) {
    ctx.refuse({ rule: 'aws-delete', reason: `aws ${service} ${op} deletes or terminates resources or their data`, alternative: `describe/list first (aws ${service} ${op.replace(/^[a-z]+-/, 'describe-')} …); a human deletes`, token: TOKENS.aws });
  }
  if (service === 's3') {
    if (op === 'rb' && isOn(parsed, '--force')) ctx.refuse({ rule: 'aws-s3-rb-force', reason: 'aws s3 rb --force deletes every object and then the bucket', alternative: 'aws s3 ls s3://bucket --recursive --summarize; a human empties buckets', token: TOKENS.aws });
    if (op === 'rm' && isOn(parsed, '--recursive') && !isOn(parsed, '--dryrun')) ctx.refuse({ rule: 'aws-s3-rm-recursive', reason: 'aws s3 rm --recursive deletes every object under the prefix', alternative: 'aws s3 rm --recursive --dryrun to list what it would delete', token: TOKENS.aws });
    if ((op === 'sync' || op === 'mv') && isOn(parsed, '--delete') && !isOn(parsed, '--dryrun')) ctx.refuse({ rule: 'aws-s3-sync-delete', reason: `aws s3 ${op} --delete deletes destination objects missing from the source`, alternative: `add --dryrun to see what it would delete`, token: TOKENS.aws });
  }
  if (has(parsed, '--no-deletion-protection', '--no-deletion-protection-enabled', '--no-disable-api-termination', '--no-enable-termination-protection')) {
    ctx.refuse({ rule: 'aws-protection-off', reason: 'turns off deletion/termination protection, the guard that stops a delete', alternative: 'change protection in IaC through a gated plan', token: TOKENS.aws });
  }
  // ecs execute-command --command CMD runs it in the task's container.
  if (service === 'ecs' && op === 'execute-command') {
    for (const remote of rawValues(args, ['--command'])) {
      if (remote === undefined) ctx.unknown('a command aws ecs execute-command runs, computed at run time');
      else ctx.script(remote);
    }
  }
  // ssm send-command with a shell document (AWS-RunShellScript, AWS-RunPowerShellScript): its `commands` parameter
  // runs on every targeted instance (`--parameters 'commands=["rm -rf /var/lib/mysql"]'` or the JSON form).
  if (service === 'ssm' && op === 'send-command') {
    for (const p of rawValues(args, ['--parameters'])) {
      if (p === undefined) { ctx.unknown('the commands aws ssm send-command runs, computed at run time'); continue; }
      for (const line of ssmCommands(p)) ctx.script(line);
    }
  }
  const sqlFlags = AWS_SQL_FLAGS[op.toLowerCase()];
  if (sqlFlags) sentSql(`aws ${service} ${op}`, rawValues(args, sqlFlags), ctx, TOKENS.aws);
  // Writes that delete: DynamoDB batch-write-item's DeleteRequest and transact-write-items' Delete entries.
  if (op === 'batch-write-item' || op === 'transact-write-items') {
    const sent = sentText(args, ctx);
    if (sent === undefined) ctx.unknown(`the file aws ${service} ${op} sends cannot be read`);
    else if (/"?DeleteRequest"?\s*[:=]/.test(sent) || (op === 'transact-write-items' && /"?Delete"?\s*[:=]/.test(sent))) {
      ctx.refuse({ rule: 'aws-delete', reason: `aws ${service} ${op} deletes the items its DeleteRequest/Delete entries name`, alternative: 'aws dynamodb get-item/query to inspect; a human deletes', token: TOKENS.aws });
    }
  }
  const weakening = AWS_WEAKENINGS.find((w) => w.ops.includes(op.toLowerCase()));
  if (weakening) {
    const sent = weakening.when ? sentText(args, ctx) : '';
    if (sent === undefined) ctx.unknown(`the file aws ${service} ${op} sends cannot be read`);
    else if (!weakening.when || weakening.when(sent)) {
      ctx.refuse({ rule: 'aws-data-weakened', reason: `aws ${service} ${op} ${weakening.reason}`, alternative: 'make the change in IaC, where a gated plan shows it; a human runs it', token: TOKENS.aws });
    }
  }
};

const GCLOUD_VALUES = ['--project', '--region', '--zone', '--format', '--account', '--configuration', '--filter', '--limit', '--verbosity', '--impersonate-service-account', '--location'];

const gcloud: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: GCLOUD_VALUES });
  const path = parsed.positionals;
  if (path.slice(0, 5).includes(undefined)) { ctx.unknown('a gcloud command computed at run time'); }
  const all = path.filter((p): p is string => p !== undefined).map((p) => p.toLowerCase());
  // A release track (`gcloud alpha storage rm`, `gcloud beta sql instances delete`) runs the same command.
  const words = all[0] === 'alpha' || all[0] === 'beta' || all[0] === 'preview' ? all.slice(1) : all;
  // set-disk-auto-delete names a setting, not a delete: it makes the disk go with its instance (judged below).
  const deleting = words.find((w) => (w.split('-').includes('delete') && w !== 'set-disk-auto-delete') || (w === 'destroy' && words.includes('kms')));
  if (words.includes('set-disk-auto-delete') && !has(parsed, '--no-auto-delete')) {
    ctx.refuse({ rule: 'gcloud-data-weakened', reason: 'gcloud compute instances set-disk-auto-delete makes the disk deleted with its instance', alternative: 'keep auto-delete off on data disks (--no-auto-delete); make the change in IaC through a gated plan', token: TOKENS.gcloud });
  }
  // restore-backup overwrites the instance's data with the backup's: what was written since is lost.
  if (words.includes('restore-backup')) {
    ctx.refuse({ rule: 'gcloud-delete', reason: 'gcloud sql instances restore-backup overwrites the instance\'s data with the backup (everything written since is lost)', alternative: 'restore into a new instance (--restore-instance) and compare; a human restores production', token: TOKENS.gcloud });
  }
  // gcloud compute ssh VM --command CMD, or `-- CMD`: the command runs on the machine.
  if (words.includes('ssh')) {
    for (const remote of rawValues(args, ['--command'])) {
      if (remote === undefined) ctx.unknown('a command gcloud ssh runs remotely, computed at run time');
      else ctx.script(remote);
    }
    if (parsed.rest.length > 0) {
      if (parsed.rest.some((r) => r === undefined)) ctx.unknown('a command gcloud ssh runs remotely, computed at run time');
      else ctx.script((parsed.rest as string[]).join(' '));
    }
  }
  if (deleting) {
    ctx.refuse({ rule: 'gcloud-delete', reason: `gcloud ${words.slice(0, words.indexOf(deleting) + 1).join(' ')} deletes resources or their data`, alternative: 'describe/list first; a human deletes', token: TOKENS.gcloud });
  } else if (words[0] === 'storage' && (words[1] === 'rm') && (has(parsed, '-r', '-R', '--recursive') || words.some((w) => w.includes('*')))) {
    ctx.refuse({ rule: 'gcloud-storage-rm-recursive', reason: 'gcloud storage rm -r deletes every object under the path', alternative: 'gcloud storage ls -r to list it; a human deletes', token: TOKENS.gcloud });
  }
  if (words.includes('execute-sql')) sentSql(`gcloud ${words.slice(0, words.indexOf('execute-sql') + 1).join(' ')}`, rawValues(args, ['--sql']), ctx, TOKENS.gcloud);
  if (words[0] === 'storage' && words[1] === 'rsync' && has(parsed, '--delete-unmatched-destination-objects')) {
    ctx.refuse({ rule: 'gcloud-storage-rm-recursive', reason: 'gcloud storage rsync --delete-unmatched-destination-objects deletes every destination object missing from the source', alternative: 'add --dry-run to see what it would delete; a human deletes', token: TOKENS.gcloud });
  }
  if (has(parsed, '--no-deletion-protection')) ctx.refuse({ rule: 'gcloud-protection-off', reason: '--no-deletion-protection turns off the guard that stops a delete', alternative: 'change protection in IaC through a gated plan', token: TOKENS.gcloud });
  // Guards of the data turned off by an update: versioning, soft delete, automated backups.
  const off = ['--no-versioning', '--clear-soft-delete', '--no-backup', '--no-enable-point-in-time-recovery'].find((f) => has(parsed, f));
  if (off) ctx.refuse({ rule: 'gcloud-data-weakened', reason: `${off} turns off what keeps deleted or overwritten data recoverable`, alternative: 'make the change in IaC through a gated plan', token: TOKENS.gcloud });
};

const gsutil: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-o', '-h', '-p', '-u'] });
  const words = parsed.positionals.filter((p): p is string => p !== undefined);
  const rm = words.indexOf('rm');
  if (rm >= 0 && (has(parsed, '-r', '-R', '-a') || words.slice(rm + 1).some((w) => w.includes('*')))) {
    ctx.refuse({ rule: 'gsutil-rm-recursive', reason: 'gsutil rm -r deletes every object under the path (and the bucket with it)', alternative: 'gsutil ls -r to list it; a human deletes', token: TOKENS.gcloud });
  }
  // rsync -d deletes destination objects missing from the source (gsutil help rsync); -n is its dry run.
  const rsync = args.indexOf('rsync');
  if (rsync >= 0 && args.slice(rsync + 1).some((a) => a !== undefined && /^-[a-zA-Z]*d/.test(a) && !a.startsWith('--')) && !args.slice(rsync + 1).some((a) => a !== undefined && /^-[a-zA-Z]*n/.test(a) && !a.startsWith('--'))) {
    ctx.refuse({ rule: 'gsutil-rm-recursive', reason: 'gsutil rsync -d deletes every destination object missing from the source', alternative: 'gsutil rsync -n -d to list what it would delete; a human deletes', token: TOKENS.gcloud });
  }
};

const az: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['--subscription', '-g', '--resource-group', '-n', '--name', '-o', '--output', '--query'] });
  const path = parsed.positionals;
  if (path.slice(0, 4).includes(undefined)) ctx.unknown('an az command computed at run time');
  const words = path.filter((p): p is string => p !== undefined).map((p) => p.toLowerCase());
  const deleting = words.find((w) => { const parts = w.split('-'); return parts.includes('delete') || parts.includes('purge'); });
  if (deleting) {
    ctx.refuse({ rule: 'az-delete', reason: `az ${words.slice(0, words.indexOf(deleting) + 1).join(' ')} deletes resources or their data`, alternative: 'az … show/list first; a human deletes', token: TOKENS.az });
  }
  // az vm run-command invoke/create --scripts CMD…: the script runs on the machine.
  if (words.includes('run-command')) {
    for (const remote of rawValues(args, ['--scripts', '--script'])) {
      if (remote === undefined) ctx.unknown('a script az vm run-command runs, computed at run time');
      else ctx.script(remote);
    }
  }
  // `az storage blob sync --delete-destination true` deletes destination blobs missing from the source.
  if (rawValues(args, ['--delete-destination']).some((v) => v?.toLowerCase() === 'true')) {
    ctx.refuse({ rule: 'az-delete', reason: 'az storage … sync --delete-destination true deletes every destination blob missing from the source', alternative: 'sync without --delete-destination; a human deletes', token: TOKENS.az });
  }
  // Blob soft delete, container soft delete and versioning turned off: deleted or overwritten data is not kept.
  const off = ['--enable-delete-retention', '--enable-container-delete-retention', '--enable-versioning'].find((f) => values(parsed, f).some((v) => v?.toLowerCase() === 'false') || args.some((a, i) => a === f && args[i + 1]?.toLowerCase() === 'false'));
  if (off) ctx.refuse({ rule: 'az-data-weakened', reason: `${off} false turns off what keeps deleted or overwritten blobs recoverable`, alternative: 'make the change in IaC through a gated plan', token: TOKENS.az });
};

const K8S_GUARDED = new Set([
  'pv', 'persistentvolume', 'persistentvolumes', 'pvc', 'persistentvolumeclaim', 'persistentvolumeclaims', 'ns', 'namespace',
  'namespaces', 'crd', 'crds', 'customresourcedefinition', 'customresourcedefinitions', 'volumesnapshot', 'volumesnapshots',
  'vs', 'volumesnapshotcontent', 'volumesnapshotcontents',
]);
/**
 * Custom resources of database and storage operators (kind names, plurals and their registered short names): the
 * operator deletes the database, its topics or its tenant, and with them usually the volume claims, when the
 * resource goes. Zalando (postgresql, pg), CloudNativePG and Cluster API (cluster), Crunchy (postgrescluster),
 * Percona (pxc, psmdb, perconapgcluster), MongoDB (mongodbcommunity, mdbc, mongodb), MySQL Operator
 * (innodbcluster), Redis operators, RabbitMQ (rabbitmqcluster, rmq), Strimzi (kafka, kafkatopic, kt), ECK
 * (elasticsearch, es), K8ssandra (cassandradatacenter, cassdc, k8ssandracluster), Scylla, Altinity ClickHouse
 * (clickhouseinstallation, chi), MinIO (tenant), Vitess, TiDB, KubeDB (postgres, mysql, mariadb, redis).
 */
const K8S_DATA_OPERATOR_KINDS = new Set([
  'postgresql', 'postgresqls', 'pg', 'cluster', 'clusters', 'postgrescluster', 'postgresclusters', 'perconaxtradbcluster',
  'perconaxtradbclusters', 'pxc', 'perconaservermongodb', 'perconaservermongodbs', 'psmdb', 'perconapgcluster',
  'perconapgclusters', 'mongodbcommunity', 'mdbc', 'mongodb', 'mongodbs', 'innodbcluster', 'innodbclusters', 'redis',
  'redisfailover', 'redisfailovers', 'rediscluster', 'redisclusters', 'redisenterprisecluster', 'redisenterpriseclusters',
  'rec', 'rabbitmqcluster', 'rabbitmqclusters', 'rmq', 'kafka', 'kafkas', 'kafkatopic', 'kafkatopics', 'kt',
  'elasticsearch', 'elasticsearches', 'es', 'cassandradatacenter', 'cassandradatacenters', 'cassdc', 'k8ssandracluster',
  'k8ssandraclusters', 'scyllacluster', 'scyllaclusters', 'clickhouseinstallation', 'clickhouseinstallations', 'chi',
  'tenant', 'tenants', 'vitesscluster', 'vitessclusters', 'tidbcluster', 'tidbclusters', 'postgres', 'postgreses',
  'mysql', 'mysqls', 'mariadb', 'mariadbs',
]);
const KUBECTL_VALUES = ['-n', '--namespace', '--context', '--cluster', '--user', '--kubeconfig', '-l', '--selector', '-f', '--filename', '-o', '--output', '-c', '--container', '-s', '--server', '--token', '--as', '--as-group', '--field-selector', '--grace-period', '--timeout', '--cascade', '-k', '--kustomize', '--chunk-size', '--request-timeout'];

const kubectl: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: KUBECTL_VALUES });
  const [cmd, ...rest] = parsed.positionals;
  if (cmd === undefined && parsed.positionals.length > 0) { ctx.unknown('a kubectl command computed at run time'); return; }
  // A patch that makes a volume or a StatefulSet's claims go with their owner: deleted later, without a delete here.
  if (cmd === 'patch') {
    const sent = sentText(args, ctx, '--patch-file');
    if (sent === undefined) ctx.unknown('the patch kubectl patch sends cannot be read');
    else if (/persistentVolumeReclaimPolicy"?\s*:\s*"?Delete|when(?:Deleted|Scaled)"?\s*:\s*"?Delete/.test(sent)) {
      ctx.refuse({ rule: 'kubectl-retention-weakened', reason: 'kubectl patch sets a Delete reclaim or retention policy: the disks are deleted with their claim or StatefulSet', alternative: 'keep Retain; make the change in IaC through a gated plan', token: TOKENS.kubectl });
    }
    return;
  }
  // replace --force deletes the objects and creates them again (a claim's volume goes with it); apply --prune deletes
  // the selected objects missing from the manifests. Neither shows which kinds.
  if ((cmd === 'replace' && has(parsed, '--force')) || (cmd === 'apply' && has(parsed, '--prune'))) {
    ctx.refuse({ rule: 'kubectl-delete-manifest', reason: cmd === 'replace' ? 'kubectl replace --force deletes the objects and re-creates them: a volume claim re-created this way loses its volume' : 'kubectl apply --prune deletes every selected object the manifests no longer hold, which may be a volume claim or a namespace', alternative: 'kubectl diff -f first; kubectl apply without --prune/--force; a human deletes', token: TOKENS.kubectl });
    return;
  }
  if (cmd !== 'delete') return;
  if (has(parsed, '-f', '--filename', '-k', '--kustomize')) {
    ctx.refuse({ rule: 'kubectl-delete-manifest', reason: 'kubectl delete -f/-k deletes whatever the manifests hold, which the guard cannot see (it may be a namespace or a volume claim)', alternative: 'kubectl delete <kind> <name> for kinds that hold no data, or kubectl diff -f first', token: TOKENS.kubectl });
    return;
  }
  const first = rest[0];
  if (first === undefined && rest.length > 0) { ctx.unknown('a kubectl delete of a kind computed at run time'); return; }
  const kinds = new Set<string>();
  for (const r of first ? [first, ...rest.slice(1).filter((x) => x?.includes('/'))] : []) {
    if (!r) continue;
    for (const part of r.split(',')) kinds.add((part.split('/')[0] ?? '').split('.')[0]?.toLowerCase() ?? '');
  }
  const operated = [...kinds].find((k) => K8S_DATA_OPERATOR_KINDS.has(k));
  if (operated) {
    ctx.refuse({ rule: 'kubectl-delete-storage', reason: `kubectl delete ${operated} deletes a database or storage operator's resource: the operator deletes the database (and usually its volume claims) with it`, alternative: 'kubectl get/describe it; set the operator\'s retain or deletion-protection option; a human deletes', token: TOKENS.kubectl });
    return;
  }
  const hit = [...kinds].find((k) => K8S_GUARDED.has(k));
  if (hit) {
    ctx.refuse({ rule: 'kubectl-delete-storage', reason: `kubectl delete ${hit} deletes ${hit.startsWith('n') ? 'a namespace and every volume claim in it' : hit.startsWith('c') ? 'a CRD and every custom resource of that kind (operators delete their databases with them)' : 'volumes or their claims, and with a Delete reclaim policy the disks'}`, alternative: 'kubectl get/describe it; set persistentVolumeReclaimPolicy: Retain; a human deletes', token: TOKENS.kubectl });
  }
};

const helm: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-n', '--namespace', '--kube-context', '--kubeconfig'] });
  const cmd = parsed.positionals[0];
  if (cmd === 'uninstall' || cmd === 'delete' || cmd === 'del' || cmd === 'un') {
    if (isOn(parsed, '--dry-run')) return;
    ctx.refuse({ rule: 'helm-uninstall', reason: 'helm uninstall deletes every object of the release, including its volume claims', alternative: 'helm uninstall --dry-run to list them; a human uninstalls', token: TOKENS.kubectl });
  }
};

const railway: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-s', '--service', '-e', '--environment', '-p', '--project'] });
  const words = parsed.positionals.slice(0, 3);
  if (words.includes(undefined)) { ctx.unknown('a railway command computed at run time'); return; }
  const w = words.map((x) => (x ?? '').toLowerCase());
  if (w[0] === 'run' || w[0] === 'shell') {
    // railway run [opts] -- cmd: the command runs with the project's variables (and its tokens) set.
    const cmd = parsed.rest.length > 0 ? parsed.rest : parsed.positionals.slice(1);
    if (cmd.some((c) => c === undefined)) ctx.unknown('a railway run command computed at run time');
    else if (cmd.length > 0) ctx.script((cmd as string[]).map(quote).join(' '));
    return;
  }
  if (w[0] === 'down') {
    ctx.refuse({ rule: 'railway-down', reason: 'railway down removes the latest deployment of the service', alternative: 'railway status / railway logs; a human takes services down', token: TOKENS.railway });
  } else if (w.some((x) => x === 'delete' || x === 'remove' || x === 'rm')) {
    ctx.refuse({ rule: 'railway-delete', reason: `railway ${w.join(' ').trim()} deletes ${w[0] === 'volume' ? 'a volume and the data on it' : 'a Railway resource'}`, alternative: 'railway volume list / railway status; a human deletes', token: TOKENS.railway });
  }
};

/** Other platform CLIs: a destructive verb among the first words of the command path. */
/**
 * The command a platform CLI runs on a remote machine or a one-off container: `heroku run CMD`, `fly ssh console -C
 * CMD`, `doctl compute ssh NAME --ssh-command CMD`. Judged as a command of its own.
 */
function remoteCommand(tool: string, words: string[], parsed: ParsedArgs, args: readonly Arg[]): Arg[] {
  if (tool === 'heroku' && words[0] === 'run') return [[...parsed.positionals.slice(1), ...parsed.rest].some((a) => a === undefined) ? undefined : [...parsed.positionals.slice(1), ...parsed.rest].map((a) => quote(a!)).join(' ')];
  if ((tool === 'fly' || tool === 'flyctl') && words[0] === 'ssh') return rawValues(args, ['-C', '--command']);
  if (tool === 'doctl' && words.includes('ssh')) return rawValues(args, ['--ssh-command']);
  return [];
}

/** Words of a CLI command that runs the SQL it is given (`turso db shell DB "SQL"`, `wrangler d1 execute --command`). */
const SQL_RUNNERS = new Set(['shell', 'execute', 'exec', 'query', 'sql', 'client']);

/**
 * SQL given on the command line of a platform CLI or an unknown program that runs it (`wrangler d1 execute DB
 * --remote --command "DROP TABLE t"`, `turso db shell DB "DROP TABLE t"`): the arguments holding a space are read
 * as SQL. Wrangler's D1 runs against the local copy unless --remote is given.
 */
function sqlArguments(tool: string, words: readonly string[], args: readonly Arg[], ctx: ToolContext): boolean {
  if (!words.some((w) => SQL_RUNNERS.has(w))) return false;
  if (tool === 'wrangler' && !args.includes('--remote')) return false;
  for (const a of args) {
    if (a === undefined || !a.includes(' ')) continue;
    const hit = destructiveSql(a, true);
    if (hit) {
      ctx.refuse({ rule: 'sql-drop', reason: `${tool} ${words.slice(0, 3).join(' ')} runs ${hit}, which deletes data, on the platform's database`, alternative: 'run it against a branch or a copy; a human runs it on production', token: TOKENS.sql });
      return true;
    }
  }
  return false;
}

function platform(tool: string, extra: (words: string[], parsed: ParsedArgs) => string | undefined = () => undefined): Check {
  return (args, ctx) => {
    const parsed = parseArgs(args, { values: ['-a', '--app', '-c', '--config', '--project-ref', '--project', '-p', '--org', '--account', '--region', '-r', '--context'] });
    const head = parsed.positionals.slice(0, 4);
    if (head[0] === undefined && head.length > 0) { ctx.unknown(`a ${tool} command computed at run time`); return; }
    const words = head.filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
    for (const remote of remoteCommand(tool, words, parsed, args)) {
      if (remote === undefined) ctx.unknown(`a command ${tool} runs remotely, computed at run time`);
      else ctx.script(remote);
    }
    sqlArguments(tool, words, args, ctx);
    const parts = words.flatMap((x) => x.split(/[:-]/));
    const verb = parts.find((p) => p === 'delete' || p === 'destroy' || p === 'remove' || p === 'rm' || p === 'purge' || p === 'drop');
    // A server rebuilt or reinstalled from an image has its disk overwritten (hcloud server rebuild, linode-cli
    // linodes rebuild, doctl compute droplet-action rebuild, scw … reinstall).
    const rebuild = parts.find((p) => p === 'rebuild' || p === 'reinstall');
    const special = extra(words, parsed) ?? (rebuild && !verb ? 'reinstalls the server from an image, overwriting its disk and the data on it' : undefined);
    if (verb || special) {
      ctx.refuse({ rule: `${tool}-delete`, reason: `${tool} ${words.join(' ')} ${special ?? 'deletes a resource or its data'}`, alternative: `list/show it first; a human deletes`, token: TOKENS.api });
    }
  };
}

/** gh: `gh api -X DELETE …`, `gh api graphql -f query='mutation { deleteRepository… }'`, `gh repo delete`. */
const gh: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-X', '--method', '-R', '--repo', '-H', '--header', '-f', '-F', '--field', '--raw-field', '--jq', '-q', '--template', '-t', '--input', '-p', '--preview', '--hostname', '--cache'] });
  const words = parsed.positionals.slice(0, 3);
  if (words[0] === undefined && words.length > 0) { ctx.unknown('a gh command computed at run time'); return; }
  if (words[0] === 'api') {
    const method = values(parsed, '-X', '--method')[0];
    if (method?.toUpperCase() === 'DELETE') {
      ctx.refuse({ rule: 'http-delete', reason: `gh api sends an HTTP DELETE to ${words[1] ?? 'the GitHub API'}`, alternative: 'gh api (GET) to inspect; a human deletes', token: 'a fine-grained GitHub token with read-only repository permissions' });
    }
    for (const field of values(parsed, '-f', '-F', '--field', '--raw-field')) {
      if (field !== undefined && destructiveMutations(field).length > 0) {
        ctx.refuse({ rule: 'graphql-destructive-mutation', reason: `gh api graphql sends a mutation ${destructiveMutations(field).map((h) => h.field).join(', ')}, which deletes`, alternative: 'run the query (read) form to inspect; a human runs destructive mutations', token: 'a fine-grained GitHub token with read-only repository permissions' });
      }
    }
    return;
  }
  const w = words.filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
  if (w.slice(0, 2).some((x) => x === 'delete' || x === 'archive') && !(w[0] === 'cache' || w[0] === 'run')) {
    ctx.refuse({ rule: 'gh-delete', reason: `gh ${w.slice(0, 2).join(' ')} deletes a GitHub resource`, alternative: 'gh … view/list to inspect; a human deletes', token: 'a fine-grained GitHub token without administration or delete rights' });
  }
};

/** A path where services keep their data: under /var (not /var/tmp), /srv, /data, /opt or /mnt. */
function serviceDataPath(path: string): boolean {
  if (path.startsWith('/var/tmp/')) return false;
  return ['/var/', '/srv/', '/data/', '/opt/', '/mnt/'].some((d) => path.startsWith(d));
}

const sqlClient = (tool: string, codeFlags: string[]): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: [...codeFlags, '-h', '--host', '-U', '--username', '-u', '--user', '-d', '--dbname', '-p', '--port', '-f', '--file', '-D', '--database', ...(tool === 'sqlcmd' ? ['-S', '-P'] : [])] });
  const code = values(parsed, ...codeFlags);
  const texts: string[] = [];
  for (const c of code) {
    if (c === undefined) { ctx.unknown(`${tool} runs SQL computed at run time`); continue; }
    texts.push(c);
  }
  if (tool === 'sqlite3' || tool === 'redis-cli') texts.push(parsed.positionals.filter((p): p is string => p !== undefined).join(' '));
  if (code.length === 0 && ctx.stdinText !== undefined) texts.push(ctx.stdinText);
  // `psql -h prod < drop.sql`: the file on standard input is read as the SQL file of -f is.
  if (code.length === 0 && ctx.stdinText === undefined && ctx.stdinFile !== undefined) {
    const text = ctx.readSmallFile(ctx.stdinFile);
    if (text === undefined) ctx.unknown(`${tool} runs the SQL in ${ctx.stdinFile}, which the guard cannot read`);
    else texts.push(text);
  }
  // The SQL file the shell runs (psql -f, cqlsh -f, sqlcmd -i, clickhouse-client --queries-file), read as curl's @file is.
  const fileFlags = tool === 'psql' || tool === 'cqlsh' ? ['-f', '--file'] : tool === 'sqlcmd' ? ['-i'] : tool === 'clickhouse-client' ? ['--queries-file'] : [];
  for (const file of fileFlags.length > 0 ? rawValues(args, fileFlags) : []) {
    const text = file === undefined || file === '-' ? undefined : ctx.readSmallFile(file);
    if (text === undefined) ctx.unknown(`${tool} runs the SQL in ${file ?? 'a file computed at run time'}, which the guard cannot read`);
    else texts.push(text);
  }
  const hosts = [...values(parsed, '-h', '--host'), ...parsed.positionals.filter((p) => p?.includes('://')).map((p) => (p ? hostOf(p) : undefined))];
  // cqlsh takes its host as the first word; sqlcmd as -S [tcp:]host[\instance][,port].
  if (tool === 'cqlsh' && parsed.positionals.length > 0) hosts.push(parsed.positionals[0]);
  if (tool === 'sqlcmd') hosts.push(...values(parsed, '-S').map((s) => s?.replace(/^tcp:/i, '').split(/[\\,]/)[0]));
  // sqlite3's database is a file on this machine: a scratch or project file passes, one where services keep their
  // data (/var/lib/grafana/grafana.db, /srv/app/prod.sqlite) is that service's production data.
  const sqliteFile = tool === 'sqlite3' ? parsed.positionals[0] : undefined;
  const local = tool === 'sqlite3' ? !(sqliteFile !== undefined && serviceDataPath(sqliteFile)) : (hosts.length > 0 && hosts.every((h) => isLoopback(h)));
  for (const text of texts) {
    const hit = destructiveSql(text, tool !== 'redis-cli' && !tool.startsWith('mongo'));
    if (hit && !local) {
      ctx.refuse({ rule: 'sql-drop', reason: `${tool} runs ${hit}, which deletes data, against a database that is not visibly this machine`, alternative: 'run it inside a transaction you can roll back, against a copy; a human runs it on production', token: TOKENS.sql });
      return;
    }
  }
};

// ——— HTTP clients ———

const HTTP_METHODS = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

interface HttpRequest {
  methods: Arg[];
  urls: Arg[];
  headers: Arg[];
  bodies: Arg[];
}

function judgeRequest(tool: string, req: HttpRequest, ctx: ToolContext): void {
  const urls = req.urls.filter((u): u is string => u !== undefined);
  if (req.urls.some((u) => u === undefined)) ctx.unknown(`${tool} to an address computed at run time`);
  const remote = urls.length === 0 ? ['(no address)'] : remoteTargets(urls.map((u) => (u.includes('://') ? u : `http://${u}`)));
  if (remote.length === 0) return;
  const where = remote.map((u) => hostOf(u) ?? u).join(', ');
  const overrides: string[] = [];
  for (const h of req.headers) {
    if (h === undefined) continue;
    const colon = h.indexOf(':');
    if (colon < 0) continue;
    const name = h.slice(0, colon).trim().toLowerCase();
    if (name === 'x-http-method-override' || name === 'x-http-method' || name === 'x-method-override') overrides.push(h.slice(colon + 1).trim());
  }
  const bodies: string[] = [];
  const graphql = urls.some((u) => u.toLowerCase().includes('graphql'));
  const unreadable = (what: string) => {
    // A body the guard cannot read, sent to a GraphQL endpoint, may be the mutation itself: refuse outright.
    if (graphql) ctx.refuse({ rule: 'not-understood', reason: `${tool} sends ${what} to the GraphQL endpoint at ${where}; the guard cannot read it, so it cannot tell a query from a deleting mutation`, alternative: 'put the query text in the command literally', token: TOKENS.api });
    else ctx.unknown(`${tool} sends ${what}`);
  };
  for (const b of req.bodies) {
    if (b === undefined) { unreadable('a body computed at run time'); continue; }
    if (b.startsWith('@')) {
      const file = b.slice(1);
      const text = file === '-' ? ctx.stdinText : ctx.readSmallFile(file);
      if (text === undefined) unreadable(file === '-' ? 'its standard input' : `the file ${file}`);
      else bodies.push(text);
    } else {
      bodies.push(b);
    }
  }
  for (const body of bodies) {
    // Rails/Laravel style `_method=DELETE` in a form body.
    const lower = body.toLowerCase();
    const at = lower.indexOf('_method=delete');
    if (at >= 0) overrides.push('DELETE');
  }
  for (const url of urls) if (url.toLowerCase().includes('_method=delete')) overrides.push('DELETE');
  const method = req.methods.find((m) => m !== undefined)?.toUpperCase();
  if (req.methods.some((m) => m === undefined)) ctx.unknown(`${tool} with an HTTP method computed at run time`);
  if (method === 'DELETE' || overrides.some((o) => o.toUpperCase() === 'DELETE')) {
    ctx.refuse({ rule: 'http-delete', reason: `${tool} sends an HTTP DELETE${method === 'DELETE' ? '' : ' (as a method override)'} to ${where}`, alternative: 'GET the resource to inspect it; a human deletes through the provider console or a reviewed change', token: TOKENS.api });
  }
  // An RPC-style call sent with POST (or a body): the path names a method that deletes (Twirp/Connect
  // `/pkg.Volumes/DeleteVolume`, a Google custom method `…/instances/db-1:delete`, `/projects/1/destroy`).
  const sends = (method !== undefined && method !== 'GET' && method !== 'HEAD') || (method === undefined && req.bodies.length > 0);
  if (sends) {
    for (const url of urls) {
      const path = (url.includes('://') ? url.slice(url.indexOf('://') + 3) : url).split(/[?#]/)[0] ?? '';
      const segment = path.split('/').slice(1).pop() ?? '';
      const custom = segment.includes(':') ? segment.slice(segment.lastIndexOf(':') + 1) : undefined;
      const named = custom !== undefined ? (DESTRUCTIVE_WORDS.has(custom.toLowerCase()) ? custom : undefined)
        : !segment.includes('.') || /^[A-Za-z0-9_]+$/.test(segment.split('.').pop() ?? '') && segment.split('.').length > 2 ? destructiveMethod(segment) : undefined;
      if (named) {
        ctx.refuse({ rule: 'http-delete', reason: `${tool} calls ${named} at ${where} (an RPC-style method that deletes)`, alternative: 'call the get/list method to inspect; a human deletes', token: TOKENS.api });
        break;
      }
    }
  }
  for (const text of [...bodies, ...urls]) {
    const hits = destructiveMutations(text);
    if (hits.length > 0) {
      ctx.refuse({ rule: 'graphql-destructive-mutation', reason: `${tool} sends a GraphQL mutation ${hits.map((h) => h.field).join(', ')} to ${where}, which deletes`, alternative: 'run the query (read) form to inspect; a human runs destructive mutations', token: TOKENS.api });
      return;
    }
  }
}

const CURL_VALUES = ['-X', '--request', '-H', '--header', '-d', '--data', '--data-raw', '--data-binary', '--data-ascii', '--data-urlencode', '--json', '-F', '--form', '--form-string', '-u', '--user', '-o', '--output', '-A', '--user-agent', '-e', '--referer', '-b', '--cookie', '-c', '--cookie-jar', '-T', '--upload-file', '--url', '-K', '--config', '-m', '--max-time', '--connect-timeout', '-x', '--proxy', '-w', '--write-out', '--resolve', '--cacert', '--cert', '--key', '-E', '-r', '--range', '--retry', '--oauth2-bearer', '-U', '--proxy-user', '--variable', '--expand-data', '--expand-url'];

/**
 * The arguments a curl config file holds (`-K FILE`, `--config FILE`; curl's own format: one option a line, with or
 * without its dashes, its value after blanks, `=` or `:`, double-quoted with backslash escapes or bare; `#` comments),
 * as command-line arguments. undefined when a line cannot be read as one.
 */
export function curlConfigArgs(text: string): string[] | undefined {
  const out: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const name = /^-{0,2}([A-Za-z0-9][A-Za-z0-9-]*)/.exec(line);
    if (!name) return undefined;
    let rest = line.slice(name[0].length).replace(/^[ \t]*[=:]?[ \t]*/, '');
    let value: string | undefined;
    if (rest.startsWith('"')) {
      value = '';
      let i = 1;
      for (; i < rest.length && rest[i] !== '"'; i++) {
        if (rest[i] === '\\' && i + 1 < rest.length) {
          const next = rest[++i]!;
          value += next === 'n' ? '\n' : next === 't' ? '\t' : next === 'r' ? '\r' : next;
        } else value += rest[i];
      }
      if (i >= rest.length) return undefined; // an unclosed quote
    } else if (rest !== '') {
      value = rest.split(/[ \t]/)[0];
      rest = '';
    }
    const flag = name[1]!.length === 1 && !name[0].startsWith('--') ? `-${name[1]}` : `--${name[1]}`;
    out.push(flag);
    if (value !== undefined) out.push(value);
  }
  return out;
}

const curl: Check = (args, ctx) => {
  // A config file adds its options to the command line (`request = DELETE`, `url = …`): read, and judged with them.
  const configs = values(parseArgs(args, { values: CURL_VALUES }), '-K', '--config');
  if (configs.length > 0) {
    const added: string[] = [];
    for (const file of configs) {
      const text = file === undefined ? undefined : file === '-' ? ctx.stdinText : ctx.readSmallFile(file);
      const more = text === undefined ? undefined : curlConfigArgs(text);
      // A config naming another config is not followed: what it adds is not known.
      if (more?.some((a) => a === '-K' || a === '--config')) { ctx.unknown(`curl's config file ${file} names another config file`); return; }
      if (!more) { ctx.unknown(`curl reads options from ${file === undefined ? 'a config file named at run time' : `the config file ${file}`}, which the guard cannot read`); return; }
      added.push(...more);
    }
    const without: Arg[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-K' || args[i] === '--config') { i++; continue; }
      if (typeof args[i] === 'string' && (args[i]!.startsWith('--config=') || /^-K./.test(args[i]!))) continue;
      without.push(args[i]);
    }
    curl([...without, ...added], ctx);
    return;
  }
  const parsed = parseArgs(args, { values: CURL_VALUES });
  const bodies = values(parsed, '-d', '--data', '--data-binary', '--data-ascii', '--data-urlencode', '--json', '-F', '--form', '--expand-data');
  // --data-raw and --form-string never read a file, even when the value starts with @.
  for (const raw of values(parsed, '--data-raw', '--form-string')) bodies.push(raw === undefined ? raw : raw.startsWith('@') ? ` ${raw}` : raw);
  judgeRequest('curl', {
    methods: values(parsed, '-X', '--request'),
    urls: [...parsed.positionals, ...values(parsed, '--url', '--expand-url'), ...parsed.rest],
    headers: values(parsed, '-H', '--header'),
    bodies,
  }, ctx);
};

const wget: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-O', '--output-document', '-o', '--output-file', '--header', '--method', '--post-data', '--body-data', '--post-file', '--body-file', '-U', '--user-agent', '--user', '--password', '-P', '-e'] });
  const files = values(parsed, '--post-file', '--body-file').map((f) => (f === undefined ? undefined : `@${f}`));
  judgeRequest('wget', {
    methods: values(parsed, '--method'),
    urls: parsed.positionals,
    headers: values(parsed, '--header'),
    bodies: [...values(parsed, '--post-data', '--body-data'), ...files],
  }, ctx);
};

/** httpie and xh: `http [flags] [METHOD] URL [items]`, items being Header:value, field=value, field:=json. */
const httpie = (tool: string): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-a', '--auth', '-A', '--auth-type', '--raw', '-o', '--output', '--session', '--session-read-only', '--verify', '--cert', '--cert-key', '--timeout', '--proxy', '-p', '--print', '--pretty', '-s', '--style', '--format-options', '--response-charset', '--response-mime'] });
  const pos = [...parsed.positionals];
  const methods: Arg[] = [];
  if (pos.length > 1 && (pos[0] === undefined || HTTP_METHODS.has(pos[0].toUpperCase()))) methods.push(pos.shift());
  const url = pos.shift();
  const headers: Arg[] = [];
  const bodies: Arg[] = [...values(parsed, '--raw')];
  for (const item of pos) {
    if (item === undefined) { bodies.push(undefined); continue; }
    const sep = firstSeparator(item);
    if (sep === ':') headers.push(item);
    else if (sep === '=@' || sep === ':=@') bodies.push(`@${item.slice(item.indexOf('@') + 1)}`);
    else bodies.push(item);
  }
  judgeRequest(tool, { methods, urls: url === undefined && parsed.positionals.length === 0 ? [] : [url], headers, bodies }, ctx);
};

function firstSeparator(item: string): string | undefined {
  for (let i = 0; i < item.length; i++) {
    const c = item[i];
    if (c === ':') return item[i + 1] === '=' ? (item[i + 2] === '@' ? ':=@' : ':=') : ':';
    if (c === '=') return item[i + 1] === '@' ? '=@' : '=';
    if (c === '@') return '@';
  }
  return undefined;
}

/** Inline scripts: node -e, python -c, deno eval, bun -e, ruby -e, perl -e, php -r (or code on standard input). */
const inline = (tool: string, codeFlags: string[], evalWord?: string): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: codeFlags });
  const codes = values(parsed, ...codeFlags);
  if (evalWord && parsed.positionals[0] === evalWord) codes.push(...parsed.positionals.slice(1, 2));
  // `python -` / `node` with no script reads the program from standard input.
  const fromStdin = codes.length === 0 && (parsed.positionals.length === 0 || parsed.positionals[0] === '-');
  if (fromStdin && ctx.stdinText !== undefined) codes.push(ctx.stdinText);
  for (const code of codes) {
    if (code === undefined) { ctx.unknown(`${tool} runs code computed at run time`); continue; }
    judgeCode(tool, code, ctx);
  }
  // Framework command runners, whose subcommands are read as an unknown program's: `python manage.py flush`,
  // `php artisan migrate:fresh`.
  const script = parsed.positionals[0];
  const runner = script === undefined ? undefined : script.split('/').pop();
  if (codes.length === 0 && (runner === 'manage.py' || runner === 'artisan')) otherProgram(runner, parsed.positionals.slice(1), ctx);
};

function judgeCode(tool: string, code: string, ctx: ToolContext): void {
  const found = scanCode(code);
  const remote = remoteTargets(found.urls);
  const where = found.urls.length === 0 ? 'an address the guard cannot see' : remote.map((u) => hostOf(u) ?? u).join(', ');
  const local = found.urls.length > 0 && remote.length === 0;
  if (found.mutations.length > 0 && !local) {
    ctx.refuse({ rule: 'graphql-destructive-mutation', reason: `${tool} code sends a GraphQL mutation ${found.mutations.map((m) => m.field).join(', ')} to ${where}, which deletes`, alternative: 'run the query (read) form to inspect; a human runs destructive mutations', token: TOKENS.api });
  }
  if (found.httpDelete && !local) {
    ctx.refuse({ rule: 'http-delete', reason: `${tool} code sends an HTTP DELETE to ${where}`, alternative: 'GET the resource to inspect it; a human deletes', token: TOKENS.api });
  }
  if (found.sdkCalls.length > 0) {
    ctx.refuse({ rule: 'sdk-destructive-call', reason: `${tool} code calls ${[...new Set(found.sdkCalls)].slice(0, 3).join(', ')}, which deletes data or the resource holding it`, alternative: 'call the describe/get/list form to inspect; a human deletes', token: TOKENS.api });
  }
  // A directory tree removed by the language's own call: judged by its target as `rm -r` is.
  if (found.recursiveRemove) {
    const what = found.literals.map((l) => dataTarget(l)).find((t) => t !== undefined);
    if (what) ctx.refuse({ rule: 'rm-data', reason: `${tool} code removes ${what} recursively, and nothing restores it`, alternative: 'delete the one file or build folder meant; a person removes data directories', token: 'an unprivileged user that does not own the data directory (the database runs as its own user)' });
  }
  // SQL strings handed to a database driver, judged as a SQL shell's would be: a SQLite file in the project or code
  // that names only this machine passes.
  if (found.databaseDriver) {
    const sqlite = code.includes('sqlite') && !found.literals.some((l) => serviceDataPath(l));
    const onlyLocal = found.literals.some((l) => isLoopback(l) || isLoopback(hostOf(l))) && !found.literals.some((l) => l.includes('://') && !isLoopback(hostOf(l)));
    if (!sqlite && !onlyLocal) {
      for (const l of found.literals) {
        const hit = destructiveSql(l, true);
        if (hit) {
          ctx.refuse({ rule: 'sql-drop', reason: `${tool} code sends ${hit} to a database through its driver, and the database is not visibly this machine`, alternative: 'run it against a copy, inside a transaction you can roll back; a human runs it on production', token: TOKENS.sql });
          break;
        }
      }
    }
  }
  for (const s of found.shellStrings) ctx.script(s);
}

/**
 * Paths whose recursive delete destroys data no plan shows. Everything under the default data directories of the
 * databases and container runtimes (their packages' and official images' defaults); the top-level directories
 * themselves (or all they hold: `/home/*`), never what is below them (`/home/me/app/dist` is a build folder).
 */
const DATA_DIRS = [
  '/var/lib/postgresql', '/var/lib/pgsql', '/var/lib/mysql', '/var/lib/mariadb', '/var/lib/mongodb', '/var/lib/mongo', '/var/lib/redis',
  '/var/lib/docker', '/var/lib/containerd', '/var/lib/containers', '/var/lib/elasticsearch', '/var/lib/opensearch', '/var/lib/cassandra',
  '/var/lib/etcd', '/var/lib/clickhouse', '/var/lib/rabbitmq', '/var/lib/kafka', '/var/lib/minio', '/var/lib/influxdb', '/var/lib/neo4j',
  '/var/lib/kubelet', '/var/lib/rancher',
];
const TOP_DIRS = ['/home', '/root', '/srv', '/data', '/mnt', '/opt', '/var', '/var/lib', '/etc', '/usr', '/boot', '/bin', '/lib', '/sbin'];
const HOME_WORDS = ['~', '$HOME', '${HOME}', '~/*', '$HOME/*', '${HOME}/*'];

/**
 * Directory names the databases give their data (their packages' and images' defaults, and the names volumes are
 * mounted under): `/data/postgresql` on a Fly volume, `/srv/mysql`, `/mnt/disks/pgdata`.
 */
const DATA_DIR_NAMES = new Set(['postgresql', 'postgres', 'pgsql', 'pgdata', 'mysql', 'mariadb', 'mongodb', 'mongo', 'redis', 'elasticsearch', 'opensearch', 'cassandra', 'clickhouse', 'etcd', 'rabbitmq', 'kafka', 'minio', 'influxdb', 'neo4j']);
/** Top-level directories outside the users' homes and scratch space, where a database's named directory is its data. */
const SERVICE_ROOTS = ['/data/', '/srv/', '/mnt/', '/opt/', '/var/'];

/** What a recursive delete of this literal target destroys, or undefined. */
function dataTarget(target: string): string | undefined {
  const t = target.length > 1 ? target.replace(/\/+$/, '') : target;
  if (t === '/' || t === '/*' || /^\/\.{1,2}$/.test(t)) return 'the whole file system';
  if (HOME_WORDS.includes(t)) return 'the home directory';
  const top = TOP_DIRS.find((d) => t === d || t === `${d}/*`);
  if (top) return `${t} (a top-level directory, with everything in it)`;
  const dir = DATA_DIRS.find((d) => t === d || t.startsWith(`${d}/`));
  if (dir) return `${t} (${dir === t ? 'a data directory' : `under the data directory ${dir}`})`;
  // Logs, caches and scratch space named after a database hold none of its data (`/var/log/postgresql`).
  const scratch = ['/var/tmp/', '/var/log/', '/var/cache/'].some((r) => t.startsWith(r));
  const named = SERVICE_ROOTS.some((r) => t.startsWith(r)) && !scratch ? t.split('/').find((part) => DATA_DIR_NAMES.has(part)) : undefined;
  return named ? `${t} (a ${named} data directory)` : undefined;
}

/** rm -r of the root, a home directory or a database's data directory (`rm -rf /var/lib/postgresql/data`). */
const rm: Check = (args, ctx) => {
  const parsed = parseArgs(args, {});
  const noRoot = has(parsed, '--no-preserve-root');
  if (!has(parsed, '-r', '-R', '--recursive') && !noRoot) return;
  let options = true;
  for (const [i, arg] of args.entries()) {
    if (options && arg === '--') { options = false; continue; }
    if (options && arg !== undefined && arg.startsWith('-') && arg !== '-') continue;
    // A target computed at run time is read by its source text: only the home spellings tell what it is.
    const target = arg ?? (ctx.texts[i] ?? '').replace(/^"(.*)"$/, '$1');
    const what = dataTarget(target);
    if (what || noRoot) {
      ctx.refuse({ rule: 'rm-data', reason: `rm -r deletes ${what ?? 'the whole file system (--no-preserve-root)'}, and nothing restores it`, alternative: 'delete the one file or build folder meant; a person removes data directories', token: 'an unprivileged user that does not own the data directory (the database runs as its own user)' });
      return;
    }
  }
};

/** BigQuery's bq: `bq rm` deletes a dataset (with -r, every table in it), a table, a view or a model. */
const bq: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['--project_id', '--location', '--dataset_id', '--api', '--format'] });
  const first = parsed.positionals[0];
  if (first === undefined && parsed.positionals.length > 0) { ctx.unknown('a bq command computed at run time'); return; }
  // bq query 'SQL' (or from standard input): DROP, TRUNCATE, DELETE/UPDATE without WHERE in BigQuery's SQL.
  if (first === 'query') {
    const sql = parsed.positionals.slice(1);
    sentSql('bq query', sql.length > 0 ? [sql.some((q) => q === undefined) ? undefined : sql.join(' ')] : ctx.stdinText !== undefined ? [ctx.stdinText] : [], ctx, TOKENS.gcloud);
  }
  if (first === 'rm') {
    const what = parsed.positionals[1];
    ctx.refuse({ rule: 'gcloud-delete', reason: `bq rm deletes ${has(parsed, '-d', '--dataset') ? `the dataset${has(parsed, '-r', '--recursive') ? ' and every table in it' : ''}` : 'the table, view or model'}${what ? ` ${what}` : ''}, with its data`, alternative: 'bq show / bq ls to inspect; a human deletes', token: TOKENS.gcloud });
  }
};

/** Backup tools whose commands delete snapshots (the copies that outlive the data): restic, borg and kopia. */
const backupCli = (tool: string): Check => (args, ctx) => {
  const words = parseArgs(args, { values: ['-r', '--repo', '--repository', '-p', '--password-file', '--config-file'] }).positionals.slice(0, 3);
  if (words[0] === undefined && words.length > 0) { ctx.unknown(`a ${tool} command computed at run time`); return; }
  const w = words.filter((x): x is string => x !== undefined).map((x) => x.toLowerCase());
  const deleting = w.find((x) => x === 'forget' || x === 'prune' || x === 'delete' || x === 'compact');
  if (deleting) {
    ctx.refuse({ rule: 'backup-delete', reason: `${tool} ${w.slice(0, w.indexOf(deleting) + 1).join(' ')} deletes backup snapshots, the copies that outlive the data`, alternative: `${tool} snapshots / list to inspect; a person decides what backups to delete`, token: `a ${tool} repository key or storage credential that can add snapshots but not delete them (append-only)` });
  }
};

/**
 * Programs that destroy a disk or volume's contents below any file: a new file system, a wiped signature or
 * partition table, a discarded or overwritten block device, a removed logical volume. Only the device target
 * matters for dd and shred (`of=/dev/…`, `shred /dev/…`); the others have no harmless form.
 */
const diskWipe = (tool: string): Check => (args, ctx) => {
  const device = (a: Arg) => a === undefined || a.startsWith('/dev/') || a.startsWith('of=/dev/');
  if (tool === 'dd' && !args.some((a) => a === undefined || a.startsWith('of=/dev/'))) return;
  if (tool === 'shred' && !args.some((a) => a === undefined || a.startsWith('/dev/'))) return;
  if (tool === 'sgdisk' && !args.some((a) => a === '--zap-all' || a === '-Z' || a === '--zap' || a === '-z' || a === '--clear' || a === '-o')) return;
  if (args.some((a) => a === '--help' || a === '-h' || a === '--version' || a === '-V') && !args.some((a) => a !== undefined && device(a))) return;
  const target = args.find((a) => a !== undefined && device(a)) ?? args.filter((a) => a !== undefined && !a.startsWith('-')).at(-1);
  ctx.refuse({ rule: 'disk-wipe', reason: `${tool} destroys what is stored on ${target ?? 'the device'}, below any file, and nothing restores it`, alternative: 'lsblk / blkid to inspect; a person wipes or formats disks', token: 'an unprivileged user without access to block devices (no root, not in the disk group)' });
};

/**
 * rsync with --delete (or --delete-before/-during/-after/-delay/-excluded, --del): files at the destination that the
 * source lacks are deleted. Refused when the destination (local, or `host:path`) is one `rm -r` may not delete: a
 * data directory, a top-level directory, a home (`rsync -a --delete empty/ /var/lib/postgresql/`).
 */
const rsync: Check = (args, ctx) => {
  const deleting = args.some((a) => a !== undefined && (a === '--del' || a.startsWith('--delete') || a === '--remove-source-files'));
  if (!deleting || args.some((a) => a === '-n' || a === '--dry-run' || (a !== undefined && /^-[a-zA-Z]*n[a-zA-Z]*$/.test(a)))) return;
  const operands = args.filter((a, i) => a === undefined || (!a.startsWith('-') && !['-e', '--rsh', '--exclude', '--include', '--filter', '-f', '--files-from', '--exclude-from', '--include-from', '--rsync-path', '--backup-dir', '--log-file', '--password-file', '--chmod', '--chown', '--timeout', '--contimeout', '--port', '--max-size', '--min-size', '--bwlimit'].includes(args[i - 1] ?? '')));
  const dest = operands.at(-1);
  if (operands.length < 2 || dest === undefined) return;
  const colon = dest.indexOf(':');
  const path = colon > 0 && !dest.slice(0, colon).includes('/') ? dest.slice(colon + 1) || '~' : dest;
  const what = dataTarget(path);
  if (what) {
    ctx.refuse({ rule: 'rm-data', reason: `rsync --delete deletes every file in ${what} that the source does not have, and nothing restores it`, alternative: 'rsync -n (--dry-run) --delete to list what it would delete; a person removes data directories', token: 'an unprivileged user that does not own the data directory (the database runs as its own user)' });
  }
};

/**
 * rclone: `purge`, `delete`, `deletefile`, `rmdir(s)`, `cleanup` delete objects or their old versions; `sync` makes
 * the destination match the source, deleting what the source lacks (rclone docs: "Make source and dest identical,
 * modifying destination only"). `--dry-run`/`-n` only lists.
 */
const rclone: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['--config', '--filter', '--include', '--exclude', '--filter-from', '--exclude-from', '--include-from', '--transfers', '--checkers', '--log-file', '--log-level', '--backup-dir', '--suffix', '--bwlimit', '--max-age', '--min-age', '--max-size', '--min-size'] });
  const cmd = parsed.positionals[0];
  if (cmd === undefined) { if (parsed.positionals.length > 0) ctx.unknown('an rclone command computed at run time'); return; }
  const c = cmd.toLowerCase();
  if (has(parsed, '--dry-run', '-n')) return;
  const deleting = ['purge', 'delete', 'deletefile', 'rmdir', 'rmdirs', 'cleanup'].includes(c) ? `rclone ${c} deletes ${c === 'cleanup' ? 'old versions and trashed files' : 'the objects'} at ${parsed.positionals[1] ?? 'the remote'}`
    : c === 'sync' || c === 'bisync' ? `rclone ${c} deletes every file at ${parsed.positionals[2] ?? 'the destination'} that the source does not have` : undefined;
  if (deleting) ctx.refuse({ rule: 'rclone-delete', reason: deleting, alternative: `rclone ${c} --dry-run to list what it would delete; rclone copy to add without deleting; a human deletes`, token: 'a storage credential that can write but not delete (no DeleteObject)' });
};

/**
 * pg_restore --clean (-c) drops every object it restores before re-creating it; mongorestore --drop drops each
 * collection first: what the database held is replaced by the dump. Allowed only against this machine.
 */
const restoreOver = (tool: 'pg_restore' | 'mongorestore'): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-h', '--host', '-d', '--dbname', '-U', '--username', '-p', '--port', '-f', '--file', '-j', '--jobs', '-n', '--schema', '-t', '--table', '-I', '--index', '-T', '--trigger', '-S', '--superuser', '--role', '-L', '--use-list', '-F', '--format', '--uri', '--db', '--collection', '-u', '--authenticationDatabase', '--nsInclude', '--nsExclude', '--nsFrom', '--nsTo', '--archive', '--gzip'] });
  const clean = tool === 'pg_restore' ? has(parsed, '-c', '--clean') : has(parsed, '--drop');
  if (!clean) return;
  const hosts = [...values(parsed, '-h', '--host'), ...[...values(parsed, '-d', '--dbname', '--uri'), ...parsed.positionals].filter((v) => v === undefined || v.includes('://')).map((v) => (v === undefined ? undefined : hostOf(v)))];
  if (hosts.length > 0 && hosts.every((h) => isLoopback(h))) return;
  ctx.refuse({ rule: 'sql-drop', reason: `${tool} ${tool === 'pg_restore' ? '--clean drops every object it restores' : '--drop drops every collection it restores'} before loading the dump, on a server that is not visibly this machine: what the database held since the dump is lost`, alternative: 'restore into a new database and switch over; a human restores production', token: TOKENS.sql });
};

/** Words that name a delete in an unknown program's subcommands (`turso db destroy`, `cbt deletetable`, `db:drop`). */
const DELETE_PARTS = ['delete', 'destroy', 'drop', 'purge', 'wipe', 'erase', 'truncate', 'nuke', 'terminate'];
const DELETE_WORDS = new Set([...DELETE_PARTS, 'del', 'rb']);
/**
 * Programs that take free text or whose such words delete nothing the guard is for: text tools (`grep delete`,
 * `echo destroy`), version control (`git stash drop`: a local stash), file listing. Judged by nothing here.
 */
const TEXT_PROGRAMS = new Set([
  'echo', 'printf', 'grep', 'egrep', 'fgrep', 'rg', 'ag', 'ack', 'sed', 'awk', 'gawk', 'cat', 'bat', 'less', 'more', 'head', 'tail',
  'wc', 'sort', 'uniq', 'cut', 'tr', 'jq', 'yq', 'test', '[', '[[', 'true', 'false', 'man', 'help', 'which', 'type', 'whereis',
  'tar', 'zip', 'unzip', '7z', 'ls', 'tree', 'touch', 'mkdir', 'cp', 'mv', 'ln', 'chmod', 'chown', 'stat', 'file', 'du', 'df', 'tee', 'diff', 'patch', 'read',
  'git', 'hg', 'svn', 'jj', 'deploy-gate', 'deploy-gate.js', 'tldr', 'apropos', 'open', 'code', 'vim', 'vi', 'nano', 'emacs', 'export', 'set', 'unset', 'alias', 'printenv', 'cd',
]);

/**
 * A program the guard has no table for, whose subcommand words (up to four, before the first option, path or
 * value) name a delete: `turso db destroy prod`, `vault kv metadata delete secret/x`, `cbt deletetable t`,
 * `rclone purge remote:b`, `make destroy`, `npm run db:drop`. What it deletes cannot be told, so it is refused: a
 * person runs it, or the guard's configuration allows it (`allow` in docs/guard.md). Text tools are not judged.
 */
/** Package managers, whose `rm -r`/`remove -r` removes a dependency from several packages, not stored data. */
const PACKAGE_MANAGERS = new Set(['npm', 'pnpm', 'yarn', 'bun', 'cargo', 'pip', 'pip3', 'pipx', 'uv', 'poetry', 'pdm', 'brew', 'gem', 'composer', 'go', 'conda', 'mamba', 'apt', 'apt-get', 'dnf', 'yum', 'apk', 'pacman', 'zypper', 'snap', 'flatpak', 'nix', 'nix-env', 'helm', 'asdf', 'mise']);
const recursiveFlag = (a: Arg) => a !== undefined && (a === '-r' || a === '-R' || a === '-rf' || a === '-fr' || a === '-Rf' || a === '-rmr' || (a.startsWith('--recursive') && !a.endsWith('=false')));

export function otherProgram(name: string, args: readonly Arg[], ctx: ToolContext): void {
  if (TEXT_PROGRAMS.has(name)) return;
  // A bulk remove by a storage tool the guard has no table for: `rm` (or Hadoop's `-rm`) with a recursive flag or a
  // wildcard address: `mc rm --recursive --force local/b`, `b2 rm --recursive b2://b`, `azcopy rm URL --recursive`,
  // `s5cmd rm 's3://b/*'`, `hdfs dfs -rm -r /data`. One file or object removed passes, as `aws s3 rm` of one key does.
  if (!PACKAGE_MANAGERS.has(name)) {
    const head = args.slice(0, 6);
    const rmAt = head.findIndex((a) => a === 'rm' || a === '-rm' || a === '-rmr' || a === 'remove');
    if (rmAt >= 0 && (args[rmAt] === '-rmr' || args.some(recursiveFlag) || args.slice(rmAt + 1).some((a) => a !== undefined && a.includes('://') && a.includes('*')))) {
      ctx.refuse({ rule: 'unknown-program-delete', reason: `${name} ${args[rmAt]} removes recursively (every object or file under the path), and the guard does not know ${name}, so it cannot tell what it destroys`, alternative: 'list the path first; remove the one object meant; a person runs bulk deletes, or allows the line in the user\'s guard configuration (allowCommands)', token: TOKENS.api });
      return;
    }
    // Mirroring that deletes at the destination: `azcopy sync … --delete-destination=true`, `s3cmd sync
    // --delete-removed`, `mc mirror --remove`.
    const syncAt = head.findIndex((a) => a === 'sync' || a === 'mirror');
    const deleteFlag = args.find((a) => a !== undefined && (a.startsWith('--delete') || a === '--remove') && !a.endsWith('=false') && !a.endsWith('=prompt'));
    if (syncAt >= 0 && deleteFlag && !args.some((a) => a === '--dry-run' || a === '-n' || a === '--dryrun')) {
      ctx.refuse({ rule: 'unknown-program-delete', reason: `${name} ${args[syncAt]} ${deleteFlag} deletes what the destination holds and the source lacks, and the guard does not know ${name}, so it cannot tell what it destroys`, alternative: 'run it with its dry-run option first; a person runs deleting syncs, or allows the line in the user\'s guard configuration (allowCommands)', token: TOKENS.api });
      return;
    }
  }
  const words: string[] = [];
  for (const arg of args) {
    if (arg === undefined || words.length >= 4) break;
    if (arg.startsWith('-')) { if (words.length > 0) break; continue; }
    if (arg.includes('/') || arg.includes('.') || arg.includes('=') || arg.includes(' ')) break;
    words.push(arg.toLowerCase());
  }
  if (sqlArguments(name, words, args, ctx)) return;
  // A program whose own name says it deletes: aws-nuke / azure-nuke / gcp-nuke (they only list unless
  // --no-dry-run), cloud-nuke (deletes every resource it finds, after a prompt that --force skips; inspect-* lists).
  const nameParts = name.split(/[-_.]/);
  const dryRunByDefault = name.endsWith('-nuke') && name !== 'cloud-nuke';
  if (nameParts.length > 1 && nameParts.some((p) => DELETE_WORDS.has(p)) && !args.some((a) => a === '--dry-run' || a === '--dryrun') && !(dryRunByDefault && !args.includes('--no-dry-run')) && !(words[0]?.startsWith('inspect'))) {
    ctx.refuse({ rule: 'unknown-program-delete', reason: `${name} says by its name that it deletes ("${nameParts.find((p) => DELETE_WORDS.has(p))}"), and the guard does not know it, so it cannot tell what it destroys`, alternative: 'run its dry-run or inspect form; a person runs it, or allows the line in the user\'s guard configuration (allowCommands)', token: TOKENS.api });
    return;
  }
  // A mode option that deletes (`kafka-topics.sh --delete --topic t`, `--drop`, `--purge`, `--destroy`, `--wipe`).
  const mode = args.find((a) => a === '--delete' || a === '--delete-all' || a === '--drop' || a === '--purge' || a === '--destroy' || a === '--wipe' || a === '--truncate');
  if (mode && !PACKAGE_MANAGERS.has(name)) {
    ctx.refuse({ rule: 'unknown-program-delete', reason: `${name} ${mode} reads as a command that deletes, and the guard does not know ${name}, so it cannot tell what it destroys`, alternative: 'the program\'s list/describe form to inspect; a person runs the delete, or allows the line in the user\'s guard configuration (allowCommands)', token: TOKENS.api });
    return;
  }
  const hit = words.find((w) => DELETE_WORDS.has(w) || w.split(/[:_-]/).some((p) => DELETE_WORDS.has(p) || DELETE_PARTS.some((d) => p.startsWith(d) && p.length > d.length && p.length <= d.length + 12)))
    ?? databaseReset(name, words, args);
  if (!hit) return;
  const shown = `${name} ${words.slice(0, words.indexOf(hit) + 1).join(' ')}`;
  ctx.refuse({ rule: 'unknown-program-delete', reason: `${shown} reads as a command that deletes ("${hit}"), and the guard does not know ${name}, so it cannot tell what it destroys`, alternative: `the program's list/show form to inspect; a person runs the delete, or allows the line in the user's guard configuration (allowCommands)`, token: TOKENS.api });
}

/** Words that, said of a database or its migrations, empty it and build it again. */
const RESET_PARTS = new Set(['reset', 'fresh', 'refresh', 'replant']);
const DATABASE_PARTS = new Set(['db', 'database', 'migrate', 'migration', 'migrations', 'schema', 'seed']);

/**
 * The web frameworks' database resets: `rails db:reset` / `db:schema:load` / `db:seed:replant`, `prisma migrate
 * reset`, `prisma db push --force-reset`, `artisan migrate:fresh` / `migrate:refresh`, `manage.py flush` /
 * `reset_db`, `sequelize db:migrate:undo:all`: each drops or empties the tables and builds them again, so the data in
 * them is lost (the frameworks' own docs warn of it). Returns the word that says so.
 */
function databaseReset(name: string, words: readonly string[], args: readonly Arg[]): string | undefined {
  if (args.includes('--force-reset')) return '--force-reset';
  if (name === 'manage.py' && words[0] === 'flush') return 'flush';
  const all = words.flatMap((w) => w.split(/[:_-]/));
  const database = all.some((p) => DATABASE_PARTS.has(p));
  if (!database) return undefined;
  return words.find((w) => {
    const parts = w.split(/[:_-]/);
    return parts.some((p) => RESET_PARTS.has(p)) || (parts.includes('schema') && parts.includes('load')) || (parts.includes('undo') && parts.includes('all'));
  });
}

/** What `find` runs on each file it finds that removes it (`-exec rm {} +`, `-execdir shred -u {} ;`). */
const FIND_REMOVERS = new Set(['rm', 'shred', 'unlink', 'rmdir']);

/**
 * find over a data directory that removes what it finds: `find /var/lib/postgresql -delete`, `-exec rm -rf {} +`.
 * The start points are the arguments before the first expression (`-name`, `(`, `!`), after -H/-L/-P; each is judged
 * as `rm -r` would judge it (dataTarget). What -exec runs is judged as a command of its own as well (decide.ts).
 */
const find: Check = (args, ctx) => {
  let i = 0;
  while (args[i] === '-H' || args[i] === '-L' || args[i] === '-P' || args[i]?.startsWith('-D') || args[i]?.startsWith('-O')) i++;
  const starts: Array<{ path: string; index: number }> = [];
  for (; i < args.length; i++) {
    const arg = args[i];
    if (arg !== undefined && (arg.startsWith('-') || arg === '(' || arg === '!' || arg === ',')) break;
    starts.push({ path: arg ?? (ctx.texts[i] ?? '').replace(/^"(.*)"$/, '$1'), index: i });
  }
  const removes = args.slice(i).some((a, k, rest) => a === '-delete'
    || ((a === '-exec' || a === '-execdir' || a === '-ok' || a === '-okdir') && FIND_REMOVERS.has((rest[k + 1] ?? '').split('/').pop()!)));
  if (!removes) return;
  for (const { path } of starts.length > 0 ? starts : [{ path: '.', index: -1 }]) {
    const what = dataTarget(path);
    if (what) {
      ctx.refuse({ rule: 'rm-data', reason: `find … ${args.includes('-delete') ? '-delete' : '-exec rm'} deletes what it finds in ${what}, and nothing restores it`, alternative: 'find without -delete to list what matches; delete the one file or build folder meant; a person removes data directories', token: 'an unprivileged user that does not own the data directory (the database runs as its own user)' });
      return;
    }
  }
};

/**
 * PostgreSQL's dropdb and MySQL's `mysqladmin drop`: they drop a whole database. Allowed only against a database
 * that is visibly this machine (-h localhost, a loopback address), as the SQL shells are (sqlClient).
 */
const dropDatabase = (tool: 'dropdb' | 'mysqladmin'): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-h', '--host', '-U', '--username', '-u', '--user', '-p', '--port', '--maintenance-db', '-S', '--socket', '-P'] });
  const words = parsed.positionals.map((p) => p?.toLowerCase());
  if (tool === 'mysqladmin' && !words.some((w) => w === 'drop' || w === undefined)) return;
  const hosts = values(parsed, '-h', '--host');
  if (hosts.length > 0 && hosts.every((h) => isLoopback(h))) return;
  const name = tool === 'dropdb' ? parsed.positionals.at(-1) : words[words.indexOf('drop') + 1];
  ctx.refuse({ rule: 'sql-drop', reason: `${tool === 'dropdb' ? 'dropdb' : 'mysqladmin drop'} drops the database${name ? ` ${name}` : ''} with all its data, on a server that is not visibly this machine`, alternative: 'take a dump first and drop a copy; a human drops production databases', token: TOKENS.sql });
};

/**
 * docker / podman / nerdctl: deleting volumes (`volume rm|prune`, `compose down -v`, `system prune --volumes`) deletes
 * the data the containers stored in them. Running a program inside a container is the container wrapper's
 * (wrappers.ts); other subcommands build, list and run, and delete no stored data.
 */
function containerCli(tool: string): Check {
  return (args, ctx) => {
    const parsed = parseArgs(args, { values: ['-f', '--file', '-p', '--project-name', '--context', '-H', '--host', '--log-level', '--config', '--filter', '--env-file', '--profile', '--project-directory', '-t', '--timeout'] });
    const words = parsed.positionals.slice(0, 3);
    if (words[0] === undefined && words.length > 0) { ctx.unknown(`a ${tool} command computed at run time`); return; }
    const [a0, b0, c0] = words.map((w) => w?.toLowerCase());
    // `docker container rm` is `docker rm`.
    const [a, b] = a0 === 'container' ? [b0, c0] : [a0, b0];
    const volumes = has(parsed, '-v', '--volumes');
    let what: string | undefined;
    // rm -v deletes the container's anonymous volumes: where an image's VOLUME keeps its data when no named volume
    // was given (the official postgres, mysql and mongo images all declare one), docker container rm(1).
    // Its -f is --force there, not compose's --file: `rm -fv` is -f and -v.
    const rmVolumes = volumes || args.some((x) => x !== undefined && x.startsWith('-') && !x.startsWith('--') && x.includes('v'));
    if ((a === 'rm' || a === 'remove' || (a === 'compose' && b === 'rm') || (tool.endsWith('compose') && a === 'rm')) && rmVolumes) what = `${tool} ${a === 'compose' ? 'compose ' : ''}rm -v deletes the container's anonymous volumes and the data stored in them (an image's VOLUME, such as a database's data directory)`;
    else if (a === 'volume' && (b === 'rm' || b === 'remove' || b === 'prune')) what = `${tool} volume ${b} deletes the volume${b === 'prune' ? 's no container uses' : ''} and the data stored in it`;
    else if ((a === 'compose' && b === 'down' && volumes) || (tool.endsWith('compose') && a === 'down' && volumes)) what = `${tool} ${a === 'compose' ? 'compose ' : ''}down -v deletes the project's named volumes and the data stored in them`;
    else if (a === 'system' && b === 'prune' && volumes) what = `${tool} system prune --volumes deletes every volume no container uses, with its data`;
    if (what) ctx.refuse({ rule: 'container-volume-delete', reason: what, alternative: `${tool} volume ls / inspect to look; ${tool} compose down without -v stops the project and keeps its data; a person deletes volumes`, token: 'a rootless or restricted container runtime socket the agent cannot reach' });
  };
}

/**
 * Words of an Ansible module's name that say it manages stored data, so that `state=absent` deletes it:
 * postgresql_db, mysql_db, postgresql_table, docker_volume, ec2_vol, ec2_snapshot, rds_instance, s3_bucket, lvol,
 * zfs, filesystem (wipes the signature), parted (removes the partition), azure_rm_storageaccount, gcp_compute_disk…
 */
const ANSIBLE_DATA_WORDS = new Set([
  'db', 'database', 'databases', 'table', 'schema', 'keyspace', 'collection', 'volume', 'vol', 'lvol', 'lv', 'vg', 'zfs',
  'filesystem', 'parted', 'disk', 'snapshot', 'backup', 'bucket', 'instance', 'cluster', 'rds', 's3', 'efs', 'dynamodb',
  'redshift', 'elasticache', 'storageaccount', 'resourcegroup', 'dataset', 'pvc', 'vault',
]);
/** Modules that run a command line on the hosts: judged as the command they run. */
const ANSIBLE_COMMAND_MODULES = new Set(['shell', 'command', 'raw', 'script']);

/**
 * ansible's ad-hoc form, `ansible HOSTS -m MODULE -a ARGS`: a command module's line is judged as a command
 * (`-m shell -a "pulumi destroy"`; `command` is the default module); `state=absent` deletes what the module manages,
 * refused when that is data (a database, a volume, a bucket: ANSIBLE_DATA_WORDS, a file module path that `rm -r`
 * would not be allowed to delete, a Kubernetes kind the kubectl table guards). Playbooks are files and not read.
 */
const ansible: Check = (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-m', '--module-name', '-a', '--args', '-i', '--inventory', '-u', '--user', '-e', '--extra-vars', '-f', '--forks', '-l', '--limit', '--become-user', '--become-method', '-T', '--timeout', '-B', '--background', '-P', '--poll', '-M', '--module-path', '-c', '--connection', '--private-key', '--key-file', '--vault-password-file', '--vault-id', '-t', '--tree'] });
  const module = values(parsed, '-m', '--module-name').at(-1) ?? 'command';
  const moduleArgs = values(parsed, '-a', '--args');
  if (module === undefined || moduleArgs.some((a) => a === undefined)) { ctx.unknown('an ansible module or its arguments computed at run time'); return; }
  const text = (moduleArgs as string[]).join(' ');
  const short = (module.split('.').pop() ?? module).toLowerCase();
  if (ANSIBLE_COMMAND_MODULES.has(short) || short === 'win_shell' || short === 'win_command') {
    if (text.trim() !== '' && short !== 'script') ctx.script(text);
    return;
  }
  if (!/\bstate\s*[=:]\s*["']?absent\b/i.test(text)) return;
  const field = (key: string) => new RegExp(`(?:^|[\\s,{])["']?${key}["']?\\s*[=:]\\s*["']?([^\\s"',}]+)`, 'i').exec(text)?.[1];
  let what: string | undefined;
  if (short === 'file') {
    const path = field('path') ?? field('dest') ?? field('name');
    const target = path ? dataTarget(path) : undefined;
    if (target) what = target;
  } else if (short === 'k8s' || short === 'k8s_v1') {
    const kind = field('kind')?.toLowerCase();
    if (kind && (K8S_GUARDED.has(kind) || K8S_DATA_OPERATOR_KINDS.has(kind))) what = `the Kubernetes ${kind} and what it holds`;
  } else if (identifierWords(short).some((w) => ANSIBLE_DATA_WORDS.has(w))) {
    what = `what ${module} manages (${field('name') ?? field('path') ?? 'its target'}) with its data`;
  }
  if (what) {
    ctx.refuse({ rule: 'ansible-absent', reason: `ansible -m ${module} with state=absent deletes ${what}`, alternative: 'run it with --check --diff to see what it would remove; a human removes data', token: 'an inventory user without rights over the data (no become to the database or storage owner)' });
  }
};

/**
 * PowerShell (`pwsh -Command …`, `powershell …`): the command text is read as code (Invoke-RestMethod -Method
 * Delete, GraphQL mutations, SDK names) and as a command line (`pwsh -c "terraform destroy"`). A parameter may be
 * any unambiguous prefix of its name; -EncodedCommand (-e, -ec, -enc…) is code decoded at run time. Windows
 * PowerShell reads a first bare word as -Command; pwsh reads it as -File (a script, not read).
 */
const powershell = (tool: string): Check => (args, ctx) => {
  const valued = ['executionpolicy', 'ep', 'ex', 'configurationname', 'workingdirectory', 'wd', 'windowstyle', 'w', 'outputformat', 'o', 'of', 'inputformat', 'if', 'inp', 'version', 'v', 'psconsolefile', 'settingsfile', 'custompipename'];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === undefined) { ctx.unknown(`${tool} arguments computed at run time`); return; }
    const name = a.startsWith('-') || a.startsWith('/') ? a.slice(1).toLowerCase() : undefined;
    if (name === undefined || name === '') {
      if (tool === 'pwsh') return; // a script file
      const rest = args.slice(i);
      if (rest.some((r) => r === undefined)) { ctx.unknown(`${tool} runs a command computed at run time`); return; }
      judgePowerShell(tool, (rest as string[]).join(' '), ctx);
      return;
    }
    if (name === 'ec' || (name.length >= 1 && 'encodedcommand'.startsWith(name))) {
      ctx.refuse({ rule: 'obfuscated-command', reason: `${tool} -EncodedCommand runs code decoded at run time, which the guard cannot read`, alternative: 'run the command as plain text' });
      return;
    }
    if ((name.length >= 1 && 'command'.startsWith(name)) || name === 'commandwithargs' || name === 'cwa') {
      const rest = args.slice(i + 1);
      if (rest.some((r) => r === undefined)) { ctx.unknown(`${tool} runs a command computed at run time`); return; }
      const code = (rest as string[]).join(' ');
      if (code === '-' && ctx.stdinText !== undefined) judgePowerShell(tool, ctx.stdinText, ctx);
      else judgePowerShell(tool, code, ctx);
      return;
    }
    if ('file'.startsWith(name)) return;
    if (valued.includes(name)) i++;
  }
  if (args.length === 0 && ctx.stdinText !== undefined) judgePowerShell(tool, ctx.stdinText, ctx);
};

function judgePowerShell(tool: string, code: string, ctx: ToolContext): void {
  judgeCode(tool, code, ctx);
  // Read as a command line for the programs it runs; PowerShell's own syntax (`$x = 1`, `@{…}`) is not bash, so
  // what bash could not follow in it does not count.
  ctx.script(code, { refusalsOnly: true });
}

/** A gRPC (or Connect/Twirp) method whose name deletes: DeleteVolume, volumes.v1.Volumes/DropTable, PurgeQueue. */
function destructiveMethod(path: string): string | undefined {
  const method = path.split(/[/.]/).filter(Boolean).pop() ?? '';
  return identifierWords(method).some((w) => DESTRUCTIVE_WORDS.has(w)) ? method : undefined;
}

/**
 * grpcurl ADDRESS METHOD, grpc_cli call ADDRESS METHOD, buf curl URL: a call whose method name deletes is refused,
 * as a GraphQL mutation field of that name is (`storage.v1.VolumeService/DeleteVolume`). Calls to this machine pass.
 */
const grpc = (tool: 'grpcurl' | 'grpc_cli' | 'buf'): Check => (args, ctx) => {
  const parsed = parseArgs(args, { values: ['-d', '-H', '-rpc-header', '-reflect-header', '-import-path', '-proto', '-protoset', '-cert', '-key', '-cacert', '-authority', '-servername', '-max-time', '-connect-timeout', '-keepalive-time', '-max-msg-sz', '-format', '-user-agent', '--data', '--header', '-H', '--schema', '--protocol', '--user-agent', '--cert', '--key', '--cacert', '--metadata', '--channel_creds_type', '--call_creds'], singleDashLong: tool === 'grpcurl' });
  const pos = parsed.positionals;
  if (tool === 'buf' && pos[0] !== 'curl') return;
  const rest = tool === 'grpcurl' ? pos : pos.slice(1);
  if (rest.some((p) => p === undefined)) { ctx.unknown(`${tool} to a method or address computed at run time`); return; }
  const words = rest as string[];
  const address = tool === 'buf' ? words[0] : words[0];
  const method = tool === 'buf' ? words[0] : words[1];
  if (!method || !address || isLoopback(hostOf(address.includes('://') ? address : `grpc://${address}`))) return;
  const hit = destructiveMethod(tool === 'buf' ? (method.split('://')[1] ?? method).split('/').slice(1).join('/') : method);
  if (hit) ctx.refuse({ rule: 'grpc-destructive-call', reason: `${tool} calls the RPC method ${hit} on ${hostOf(address.includes('://') ? address : `grpc://${address}`) ?? address}, which deletes`, alternative: 'call the Get/List method to inspect; a human runs destructive calls', token: TOKENS.api });
};

export const TOOLS: Record<string, Check> = {
  grpcurl: grpc('grpcurl'),
  grpc_cli: grpc('grpc_cli'),
  buf: grpc('buf'),
  pulumi,
  terraform: terraformLike('terraform'),
  tofu: terraformLike('tofu'),
  opentofu: terraformLike('opentofu'),
  terragrunt,
  cdktf,
  aws,
  gcloud,
  gsutil,
  az,
  kubectl,
  oc: kubectl,
  kubecolor: kubectl,
  helm,
  railway,
  fly: platform('fly'),
  flyctl: platform('flyctl'),
  // pg:copy overwrites the target database with the source's data; pg:backups:restore replaces the database with the
  // backup (everything written since is lost): Heroku's pg plugin confirms both as destructive.
  heroku: platform('heroku', (w) => (w.some((x) => x === 'pg:reset' || x === 'apps:destroy') ? 'resets or destroys data'
    : w.some((x) => x === 'pg:copy') ? 'overwrites the target database with a copy of the source (the target\'s data is lost)'
      : w.some((x) => x === 'pg:backups:restore') || (w.includes('pg:backups') && w.includes('restore')) ? 'replaces the database with a backup (everything written since is lost)' : undefined)),
  doctl: platform('doctl'),
  vercel: platform('vercel'),
  netlify: platform('netlify'),
  supabase: platform('supabase', (w, p) => (w[0] === 'db' && w[1] === 'reset' && has(p, '--linked', '--db-url') ? 'resets a remote database' : undefined)),
  // branches reset replaces a branch's databases with its parent's latest data and schema (Neon: Reset from parent).
  neonctl: platform('neonctl', (w) => ((w[0] === 'branches' || w[0] === 'branch') && w[1] === 'reset' ? 'replaces the branch\'s data with its parent\'s' : undefined)),
  neon: platform('neon', (w) => ((w[0] === 'branches' || w[0] === 'branch') && w[1] === 'reset' ? 'replaces the branch\'s data with its parent\'s' : undefined)),
  pscale: platform('pscale'),
  wrangler: platform('wrangler'),
  // database:set replaces everything at the path with the file's data (at `/`, the whole Realtime Database).
  firebase: platform('firebase', (w) => (w[0] === 'database:set' ? `replaces the data at ${w[1] ?? 'the path'} with the file's` : undefined)),
  render: platform('render'),
  eksctl: platform('eksctl'),
  hcloud: platform('hcloud'),
  scw: platform('scw'),
  oci: platform('oci'),
  'linode-cli': platform('linode-cli'),
  // Deployment frameworks whose `remove`/`destroy` deletes every resource of a stage or app (its tables and buckets).
  sst: platform('sst'),
  serverless: platform('serverless'),
  sls: platform('sls'),
  cdk: platform('cdk'),
  kamal: platform('kamal'),
  // Vault / OpenBao: `secrets disable` removes the engine and all its data; delete/destroy as for any platform.
  vault: platform('vault', (w) => (w[0] === 'secrets' && w[1] === 'disable' ? 'disables the secrets engine: all its secrets are revoked and its data is removed' : undefined)),
  bao: platform('bao', (w) => (w[0] === 'secrets' && w[1] === 'disable' ? 'disables the secrets engine: all its secrets are revoked and its data is removed' : undefined)),
  ansible,
  rsync,
  rclone,
  pg_restore: restoreOver('pg_restore'),
  mongorestore: restoreOver('mongorestore'),
  pwsh: powershell('pwsh'),
  powershell: powershell('powershell'),
  gh,
  curl,
  wget,
  http: httpie('http'),
  https: httpie('https'),
  xh: httpie('xh'),
  xhs: httpie('xhs'),
  curlie: curl,
  node: inline('node', ['-e', '--eval', '-p', '--print']),
  nodejs: inline('nodejs', ['-e', '--eval', '-p', '--print']),
  deno: inline('deno', ['--eval'], 'eval'),
  bun: inline('bun', ['-e', '--eval', '-p', '--print']),
  python: inline('python', ['-c']),
  python3: inline('python3', ['-c']),
  ruby: inline('ruby', ['-e']),
  perl: inline('perl', ['-e', '-E']),
  php: inline('php', ['-r']),
  psql: sqlClient('psql', ['-c', '--command']),
  mysql: sqlClient('mysql', ['-e', '--execute']),
  mariadb: sqlClient('mariadb', ['-e', '--execute']),
  sqlite3: sqlClient('sqlite3', ['-cmd']),
  mongosh: sqlClient('mongosh', ['--eval']),
  mongo: sqlClient('mongo', ['--eval']),
  'redis-cli': sqlClient('redis-cli', []),
  rm,
  find,
  bq,
  restic: backupCli('restic'),
  borg: backupCli('borg'),
  kopia: backupCli('kopia'),
  mkfs: diskWipe('mkfs'),
  mke2fs: diskWipe('mke2fs'),
  wipefs: diskWipe('wipefs'),
  blkdiscard: diskWipe('blkdiscard'),
  lvremove: diskWipe('lvremove'),
  vgremove: diskWipe('vgremove'),
  pvremove: diskWipe('pvremove'),
  sgdisk: diskWipe('sgdisk'),
  dd: diskWipe('dd'),
  shred: diskWipe('shred'),
  sqlcmd: sqlClient('sqlcmd', ['-Q', '-q']),
  'clickhouse-client': sqlClient('clickhouse-client', ['--query', '-q']),
  cqlsh: sqlClient('cqlsh', ['-e', '--execute']),
  dropdb: dropDatabase('dropdb'),
  mysqladmin: dropDatabase('mysqladmin'),
  docker: containerCli('docker'),
  podman: containerCli('podman'),
  nerdctl: containerCli('nerdctl'),
  'docker-compose': containerCli('docker-compose'),
  'podman-compose': containerCli('podman-compose'),
};

/** python3.12 → python3, node20 → node: versioned interpreter names. */
export function toolFor(name: string): string | undefined {
  // Own keys only: a command named `constructor` or `__proto__` must not find Object.prototype's members.
  if (Object.hasOwn(TOOLS, name)) return name;
  const digits = (rest: string) => rest.length > 0 && [...rest].every((c) => (c >= '0' && c <= '9') || c === '.');
  if (name.startsWith('python') && digits(name.slice(6))) return 'python3';
  if (name.startsWith('node') && digits(name.slice(4))) return 'node';
  if (name.endsWith('.exe') || name.endsWith('.cmd')) return toolFor(name.slice(0, -4));
  // mkfs.ext4, mkfs.xfs, mkfs.vfat: one program per file system, all of them mkfs.
  if (name.startsWith('mkfs.')) return 'mkfs';
  return undefined;
}

