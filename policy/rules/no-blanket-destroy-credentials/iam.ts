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

export function parsePolicyDocument(raw: unknown): PolicyDocument | 'unknown' {
  if (typeof raw === 'string') {
    try {
      return JSON.parse(raw) as PolicyDocument;
    } catch {
      return 'unknown';
    }
  }
  if (raw && typeof raw === 'object') return raw as PolicyDocument;
  return 'unknown';
}

function list(value: string | string[] | undefined): string[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function matches(pattern: string, action: string): boolean {
  const regex = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'i');
  return regex.test(action);
}

/** Conditions on a resource or request tag scope a grant to one environment. */
function scopedByTag(statement: Statement): boolean {
  return Object.values(statement.Condition ?? {}).some((clause) =>
    Object.keys(clause ?? {}).some((key) => /^aws:(ResourceTag|RequestTag)\//i.test(key) || /^aws:ResourceAccount$/i.test(key)));
}

export interface DestructiveGrant {
  actions: string[];
  allResources: boolean;
  resources: string[];
}

export function destructiveGrants(document: PolicyDocument): DestructiveGrant[] {
  const statements = Array.isArray(document.Statement) ? document.Statement : document.Statement ? [document.Statement] : [];
  const grants: DestructiveGrant[] = [];
  for (const statement of statements) {
    if ((statement.Effect ?? 'Allow') !== 'Allow') continue;
    const actions = statement.NotAction !== undefined
      // Allow + NotAction grants everything not listed: destructive unless it excludes them all.
      ? DESTRUCTIVE_ACTIONS.filter((a) => !list(statement.NotAction).some((p) => matches(p, a))).length > 0 ? list(statement.NotAction).map((a) => `everything except ${a}`) : []
      : list(statement.Action).filter((pattern) => DESTRUCTIVE_ACTIONS.some((a) => matches(pattern, a)));
    if (actions.length === 0) continue;
    const resources = list(statement.Resource);
    const allResources = (resources.includes('*') || statement.NotResource !== undefined) && !scopedByTag(statement);
    grants.push({ actions, allResources, resources: resources.filter((r) => r !== '*') });
  }
  return grants;
}
