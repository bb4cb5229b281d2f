// IAM policy documents: just enough of the grammar to see which destructive actions reach which resources.

export interface Statement {
  Effect?: string;
  Action?: string | string[];
  NotAction?: string | string[];
  Resource?: string | string[];
  NotResource?: string | string[];
  Condition?: Record<string, Record<string, unknown>>;
}

/** Actions that destroy data or its backups. Wildcards in a policy are matched against this list. */
export const DESTRUCTIVE_ACTIONS = [
  'ec2:DeleteVolume', 'ec2:DeleteSnapshot', 'ec2:DetachVolume', 'ec2:TerminateInstances',
  'rds:DeleteDBInstance', 'rds:DeleteDBCluster', 'rds:DeleteDBSnapshot', 'rds:DeleteDBClusterSnapshot', 'rds:ModifyDBInstance',
  's3:DeleteBucket', 's3:DeleteObject', 's3:DeleteObjectVersion', 's3:PutLifecycleConfiguration',
  'dynamodb:DeleteTable', 'dynamodb:DeleteBackup',
  'elasticfilesystem:DeleteFileSystem',
  'backup:DeleteRecoveryPoint', 'backup:DeleteBackupVault', 'backup:DeleteBackupPlan', 'backup:DeleteBackupVaultLockConfiguration',
  'kms:ScheduleKeyDeletion', 'kms:DisableKey',
  'fsx:DeleteFileSystem', 'elasticache:DeleteCacheCluster', 'redshift:DeleteCluster', 'es:DeleteDomain',
];

export type PolicyDocument = { Statement?: Statement | Statement[] };

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

/** A string or a list of strings, as IAM and provider attributes allow, as a list (other values dropped). */
export function list(value: unknown): string[] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.filter((v): v is string => typeof v === 'string');
}

/** IAM wildcards: `*` any run of characters, `?` one character; action names are case-insensitive. */
function matches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${[...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('')}$`, 'i');
  return regex.test(action);
}

/**
 * A resource pattern that names no single account: `*`, `arn:aws:ec2:*:*:volume/*`, `arn:aws:s3:::*`. It reaches the
 * resources of every environment, as `*` does.
 */
export function coversEveryAccount(resource: string): boolean {
  if (resource === '*') return true;
  const parts = resource.split(':');
  if (parts.length < 6) return false;
  const account = parts[4] ?? '';
  const rest = parts.slice(5).join(':');
  return account.includes('*') || account.includes('?') || (account === '' && rest.startsWith('*'));
}

/**
 * Conditions on a resource or request tag, or on the resource account, scope a grant to one environment. Not when the
 * operator is `...IfExists` (an untagged resource passes) or `Null`, nor when a value is `*` (any tag passes).
 */
export function scopedByCondition(statement: Statement): boolean {
  const condition = statement.Condition;
  if (!condition || typeof condition !== 'object') return false;
  return Object.entries(condition).some(([operator, clause]) => {
    if (/IfExists$/i.test(operator) || /^Null$/i.test(operator) || !clause || typeof clause !== 'object') return false;
    return Object.entries(clause).some(([key, value]) =>
      (/^aws:(ResourceTag|RequestTag)\//i.test(key) || /^aws:ResourceAccount$/i.test(key)) && list(value).length > 0 && !list(value).includes('*'));
  });
}

export interface DestructiveGrant {
  /** The policy's own action patterns that reach destructive actions (`*`, `ec2:Delete*`…). */
  actions: string[];
  /** True when the grant reaches every resource: `*`, a wildcard account, or NotResource, with no scoping condition. */
  allResources: boolean;
  /** The pattern that made it reach every resource (`*`, `arn:aws:ec2:*:*:volume/*`, `NotResource`), when allResources. */
  everyResource?: string;
  /** Resource patterns of a grant that is not for every resource. */
  resources: string[];
}

export function statementsOf(document: PolicyDocument): Statement[] {
  const raw: unknown = document.Statement;
  const statements = Array.isArray(raw) ? raw : raw ? [raw] : [];
  return statements.filter((s): s is Statement => s !== null && typeof s === 'object' && !Array.isArray(s));
}

export function destructiveGrants(document: PolicyDocument): DestructiveGrant[] {
  const grants: DestructiveGrant[] = [];
  for (const statement of statementsOf(document)) {
    // Deny statements only take away. A missing Effect is invalid IAM; reading it as Allow fails closed.
    if ((statement.Effect ?? 'Allow') !== 'Allow') continue;
    const notActions = list(statement.NotAction);
    const actions = statement.NotAction !== undefined
      // Allow + NotAction grants everything not listed: destructive unless it excludes them all.
      ? DESTRUCTIVE_ACTIONS.some((a) => !notActions.some((p) => matches(p, a))) ? notActions.length ? notActions.map((a) => `everything except ${a}`) : ['everything'] : []
      : list(statement.Action).filter((pattern) => DESTRUCTIVE_ACTIONS.some((a) => matches(pattern, a)));
    if (actions.length === 0) continue;
    const resources = list(statement.Resource);
    const blanket = statement.NotResource !== undefined ? 'NotResource' : resources.find(coversEveryAccount);
    const scoped = scopedByCondition(statement);
    if (blanket !== undefined && !scoped) grants.push({ actions, allResources: true, everyResource: blanket, resources: [] });
    else grants.push({ actions, allResources: false, resources: resources.filter((r) => !coversEveryAccount(r)) });
  }
  return grants;
}
