import { blocks, camelCase, prop } from '../../catalog/catalog.js';
import { defineRule, type RuleContext } from '../../engine/define-rule.js';
import { accountOf, regionOfArn } from '../../engine/environment.js';
import { displayName, isUnknown, type Properties, type Resource } from '../../model/plan.js';

export default defineRule({
  id: 'no-colocated-backups',
  title: 'Block backups that die with the data or share its failure domain',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'state',
  pulumiPolicyType: 'stack',
  rationale:
    'A backup that is deleted with its source, or kept in the same vault, bucket, account and region with no copy elsewhere, is not a backup: ' +
    'in the incident the backups lived on the volume that was deleted. Automated RDS backups deleted with the instance, a skipped final snapshot, ' +
    'zero retention, a force-destroyable or unlocked vault, a backup plan with no copy to another region or account, a snapshot with no copy in ' +
    'another region or account, and a Data Lifecycle Manager policy that never copies its snapshots out of their region all fail the same way.',
  remediation:
    'Keep backups out of the blast radius: RDS `delete_automated_backups = false`, `skip_final_snapshot = false` with a final snapshot name, retention above 0; ' +
    'AWS Backup vaults without force_destroy and with a vault lock; every backup plan rule with a copy action to a vault in another region or account; ' +
    'backup buckets separate from data buckets, replicated elsewhere.',
  fix: 'Keep backups out of the blast radius of the data: locked vaults, copies in another region or account.',
  links: [
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/vault-lock.html',
    'https://docs.aws.amazon.com/aws-backup/latest/devguide/cross-region-backup.html',
  ],
  messages: {
    backupsDeletedWithData: '{address}: automated backups are deleted together with the database (delete_automated_backups)',
    noFinalSnapshot: '{address}: deleting it takes no final snapshot (skip_final_snapshot)',
    noRetention: '{address}: backup retention is 0, so there are no automated backups',
    deletableVault: '{address}: backup vault can be destroyed with its recovery points (force_destroy)',
    unlockedVault: '{address}: backup vault has no vault lock, so its recovery points can be deleted by anyone who can reach it',
    noCopyElsewhere: '{address}: backup rule {ruleName} keeps its only copy in {vault}, in the same account and region as the data; add a copy action to another region or account',
    copyUnknown: '{address}: backup rule {ruleName}: the region or account of its copy (or of its vault) is unknown until apply, so whether the copy leaves the failure domain of the data cannot be checked',
    sameBucket: '{address}: replicates bucket {bucket} into itself or its own region and account',
    deletableBackupBucket: '{address}: backup bucket can be destroyed with everything in it (force_destroy)',
    deletedWithSource: '{address}: this backup of {source} is deleted in the same plan as {source} itself, so nothing would be left to restore from',
    snapshotNotCopied: '{address}: no copy of this snapshot is in another region or account (copies in this plan: {copies}), so it shares the failure domain of the data it backs up; add a snapshot copy under a provider of another region or account',
    dlmNoCrossRegionCopy: '{address}: schedule {schedule} of this lifecycle policy keeps its snapshots in {region}, the region of the volumes it backs up; add a cross-Region copy rule to another region',
    settingUnknown: '{address}: {property} is unknown until apply, so whether its backups survive cannot be checked',
    copyTargetUnknown: '{address}: the region or account of {copy} cannot be told from the plan (unknown until apply, or not a constant), so whether it leaves the failure domain of the data cannot be checked',
  },
  planText: ['ruleName', 'vault', 'bucket', 'schedule', 'copies', 'copy', 'source'],
  examples: {
    bad: [
      'pulumi-rds-backups-deleted-with-data.json',
      'pulumi-backup-plan-without-copy.json',
      'pulumi-state-rds-instance-defaults.json',
      'tf-vault-without-copy.json',
      'tf-copy-into-same-region.json',
      'tf-copy-to-vault-known-after-apply.json',
      'tf-deletable-unlocked-vault.json',
      'tf-backup-bucket-force-destroy.json',
      'tf-bucket-replicates-into-itself.json',
      'tf-bucket-replicates-within-its-region.json',
      'cdktf-incident-backups.json',
      'pulumi-snapshot-deleted-with-volume.json',
      'pulumi-rds-final-snapshot-unknown.json',
      'tf-snapshots-not-copied.json',
      'tf-snapshot-copied-within-its-region.json',
      'tf-snapshot-copy-region-not-constant.json',
      'tf-dlm-policy-without-cross-region-copy.json',
      'pulumi-dlm-policy-copies-within-its-region.json',
    ],
    good: [
      'pulumi-volume-deleted-snapshot-kept.json',
      'pulumi-rds-backups-kept.json',
      'pulumi-backup-plan-with-cross-region-copy.json',
      'pulumi-state-rds-backups-kept.json',
      'tf-vault-with-cross-region-copy.json',
      'tf-backup-bucket-replicated-to-another-region.json',
      'cdktf-fixed-backups.json',
      'tf-snapshots-copied-to-another-region.json',
      'tf-dlm-policy-with-cross-region-copy.json',
      'pulumi-snapshot-copied-to-another-region.json',
      'tf-snapshot-copy-region-from-variable.json',
    ],
  },
  *check(context) {
    const { plan, catalog } = context;
    yield* backupsDeletedWithSource(context);
    for (const resource of plan.resources) {
      if (resource.mode !== 'managed') continue;
      const canonical = catalog.canonical(resource.type);
      const p = resource.properties;
      if (canonical === 'aws.rds.instance' || canonical === 'aws.rds.cluster' || canonical === 'aws.docdb.cluster' || canonical === 'aws.neptune.cluster') {
        yield* unknownSettings(resource, ['delete_automated_backups', 'skip_final_snapshot', 'backup_retention_period']);
        if (prop(p, 'delete_automated_backups') === true) yield { messageId: 'backupsDeletedWithData', resource, data: {} };
        if (prop(p, 'skip_final_snapshot') === true) yield { messageId: 'noFinalSnapshot', resource, data: {} };
        if (prop(p, 'backup_retention_period') === 0) yield { messageId: 'noRetention', resource, data: {} };
      } else if (canonical === 'aws.backup.vault') {
        yield* unknownSettings(resource, ['force_destroy']);
        if (prop(p, 'force_destroy') === true) yield { messageId: 'deletableVault', resource, data: {} };
        if (!hasVaultLock(context, resource)) yield { messageId: 'unlockedVault', resource, data: {} };
      } else if (canonical === 'aws.backup.plan') {
        yield* checkBackupPlan(context, resource);
      } else if (canonical && SNAPSHOT_COPY.has(canonical)) {
        yield* checkSnapshotCopies(context, resource, SNAPSHOT_COPY.get(canonical)!);
      } else if (canonical === 'aws.dlm.lifecycle-policy') {
        yield* checkLifecyclePolicy(resource);
      } else if (canonical === 'aws.s3.bucket-replication') {
        yield* checkReplication(context, resource);
      } else if ((canonical === 'aws.s3.bucket' || canonical === 'aws.s3.bucket-v2') && prop(p, 'force_destroy') === true && isBackupStore(resource)) {
        yield { messageId: 'deletableBackupBucket', resource, data: {} };
      }
    }
  },
});

function* checkBackupPlan(context: RuleContext, resource: Resource) {
  // Terraform nests `rule` blocks with `copy_action` blocks; Pulumi's inputs are `rules[].copyActions[]`.
  const rulesKey = prop(resource.properties, 'rule') !== undefined ? 'rule' : 'rules';
  for (const [index, rule] of blocks(prop(resource.properties, rulesKey)).entries()) {
    const ruleName = String(prop(rule, 'rule_name') ?? index);
    const vaultName = prop(rule, 'target_vault_name');
    const vaultResource = resourceAt(context, resource, `${rulesKey}.${index}.target_vault_name`, vaultName);
    const source: FailureDomain = vaultResource
      ? domainOf(vaultResource)
      : { region: regionOf(resource), provider: resource.provider?.name };
    const copyKey = prop(rule, 'copy_action') !== undefined ? 'copy_action' : 'copy_actions';
    let elsewhere = false;
    let unknown = false;
    for (const [copyIndex, copy] of blocks(prop(rule, copyKey)).entries()) {
      const destination = prop(copy, 'destination_vault_arn');
      const target = resourceAt(context, resource, `${rulesKey}.${index}.${copyKey}.${copyIndex}.destination_vault_arn`, destination);
      const domain = target
        ? domainOf(target)
        : typeof destination === 'string' && destination.startsWith('arn:') ? { region: regionOfArn(destination), account: accountOf(destination) } : undefined;
      const verdict = domain ? compareDomains(source, domain, target !== undefined && vaultResource !== undefined) : 'unknown';
      if (verdict === 'elsewhere') elsewhere = true;
      else if (verdict === 'unknown') unknown = true;
    }
    if (elsewhere) continue;
    if (unknown) yield { messageId: 'copyUnknown' as const, resource, data: { ruleName } };
    else yield { messageId: 'noCopyElsewhere' as const, resource, data: { ruleName, vault: vaultResource?.address ?? (typeof vaultName === 'string' && vaultName ? vaultName : 'its vault') } };
  }
}

/** Region, account and provider configuration of a resource: what decides whether a copy shares its fate. */
interface FailureDomain {
  region?: string;
  account?: string;
  /** Provider configuration (`aws`, `aws.dr`, a Pulumi provider URN): one configuration means one account. */
  provider?: string;
}

function domainOf(resource: Resource): FailureDomain {
  const arn = prop(resource.properties, 'arn');
  return { region: regionOfArn(arn) ?? regionOf(resource), account: accountOf(arn), provider: resource.provider?.name };
}

function compareDomains(source: FailureDomain, target: FailureDomain, bothInPlan: boolean): 'elsewhere' | 'same' | 'unknown' {
  if (source.region && target.region && source.region !== target.region) return 'elsewhere';
  if (source.account && target.account && source.account !== target.account) return 'elsewhere';
  // An unknown region is not evidence of another region: a gate that cannot tell must say so, not pass.
  if (!source.region || !target.region) return 'unknown';
  if (source.account && target.account) return 'same';
  // Same region with an account unknown (an ARN known only after apply): two resources under one provider
  // configuration share its account; an ARN literal or another provider configuration may be another account.
  return bothInPlan && source.provider === target.provider ? 'same' : 'unknown';
}

/** The plan resource a property points at: by reference (address/URN), else by its id, ARN or name. */
function resourceAt(context: RuleContext, resource: Resource, path: string, value: unknown): Resource | undefined {
  const resolved = context.resolve(resource, path).find((t) => t.kind === 'resource');
  if (resolved?.kind === 'resource') return resolved.resource;
  return typeof value === 'string' && value ? context.find(value) : undefined;
}

function* checkReplication(context: RuleContext, resource: Resource) {
  const source = prop(resource.properties, 'bucket');
  const sourceName = typeof source === 'string' ? source : '';
  const sourceBucket = resourceAt(context, resource, 'bucket', source);
  const sourceBucketName = prop(sourceBucket?.properties, 'bucket');
  const bucket = sourceName || (typeof sourceBucketName === 'string' && sourceBucketName) || sourceBucket?.address || 'its bucket';
  const rulesKey = prop(resource.properties, 'rule') !== undefined ? 'rule' : 'rules';
  for (const [index, rule] of blocks(prop(resource.properties, rulesKey)).entries()) {
    for (const [destinationIndex, destination] of blocks(prop(rule, 'destination')).entries()) {
      const value = prop(destination, 'bucket');
      const arn = typeof value === 'string' ? value : '';
      const target = resourceAt(context, resource, `${rulesKey}.${index}.destination.${destinationIndex}.bucket`, value);
      // Both ends unknown until apply say nothing: only equal names or the same resource are "into itself".
      const itself = (sourceBucket !== undefined && target !== undefined && sourceBucket.address === target.address)
        || (sourceName !== '' && (arn === sourceName || arn.endsWith(`:::${sourceName}`)));
      // S3 ARNs carry no account: the provider configuration stands for it, as for backup vaults.
      const sameDomain = sourceBucket !== undefined && target !== undefined
        && compareDomains(domainOf(sourceBucket), domainOf(target), true) === 'same';
      if (itself || sameDomain) yield { messageId: 'sameBucket' as const, resource, data: { bucket } };
    }
  }
}

function hasVaultLock(context: RuleContext, vault: Resource): boolean {
  const name = prop(vault.properties, 'name');
  return context.plan.resources.some((r) => {
    if (context.catalog.canonical(r.type) !== 'aws.backup.vault-lock') return false;
    const target = context.resolve(r, 'backup_vault_name')[0];
    return (target?.kind === 'resource' && target.resource.address === vault.address) || (name !== undefined && prop(r.properties, 'backup_vault_name') === name);
  });
}

/**
 * The region a resource lives in: its ARN's, else its own `region` (AWS provider v6 and pulumi-aws v7 let any
 * resource override its provider's region; S3 buckets report theirs), else its provider configuration's.
 */
function regionOf(resource: Resource): string | undefined {
  const fromArn = regionOfArn(prop(resource.properties, 'arn'));
  if (fromArn) return fromArn;
  const fromProps = prop(resource.properties, 'region');
  if (typeof fromProps === 'string' && fromProps) return fromProps;
  const fromProvider = prop(resource.provider?.properties, 'region');
  return typeof fromProvider === 'string' && fromProvider ? fromProvider : undefined;
}

function isBackupStore(resource: Resource): boolean {
  const tags = (prop(resource.properties, 'tags') ?? {}) as Record<string, unknown>;
  const text = `${resource.name} ${String(prop(resource.properties, 'bucket') ?? '')} ${Object.values(tags).join(' ')}`;
  return /backup/i.test(text);
}

// The property of a snapshot that names what it backs up.
const SNAPSHOT_SOURCE: Record<string, string> = {
  'aws.ebs.snapshot': 'volume_id',
  'aws.rds.snapshot': 'db_instance_identifier',
  'aws.rds.cluster-snapshot': 'db_cluster_identifier',
};

/** The incident's last step: the snapshot of a volume deleted in the same run as the volume. */
function* backupsDeletedWithSource(context: RuleContext) {
  for (const change of context.plan.changes) {
    if (!change.destroysObject || change.drift) continue;
    const property = SNAPSHOT_SOURCE[context.catalog.canonical(change.resource.type) ?? ''];
    if (!property) continue;
    for (const target of context.resolve(change.resource, property)) {
      if (target.kind !== 'resource' || target.resource === change.resource) continue;
      if (context.changeOf(target.resource)?.destroysObject) {
        yield { messageId: 'deletedWithSource' as const, resource: change.resource, change, data: { source: displayName(target.resource.address) } };
      }
    }
  }
}

/** Snapshot types that need a copy elsewhere: the copy's type, the copy's property naming its source, and the ARN property of both. */
interface SnapshotCopyKind {
  copy: string;
  source: string;
  arn: string;
}

const SNAPSHOT_COPY = new Map<string, SnapshotCopyKind>([
  ['aws.ebs.snapshot', { copy: 'aws.ebs.snapshot-copy', source: 'source_snapshot_id', arn: 'arn' }],
  ['aws.rds.snapshot', { copy: 'aws.rds.snapshot-copy', source: 'source_db_snapshot_identifier', arn: 'db_snapshot_arn' }],
]);

/**
 * A snapshot kept beside its data: no copy in this plan (aws_ebs_snapshot_copy, aws_db_snapshot_copy) whose source is
 * this snapshot and which lives in another region (its provider's region, or its ARN's) or another account.
 */
function* checkSnapshotCopies(context: RuleContext, snapshot: Resource, kind: SnapshotCopyKind) {
  const copies = context.plan.resources.filter((r) =>
    r.mode === 'managed' && context.catalog.canonical(r.type) === kind.copy && copiesFrom(context, r, snapshot, kind));
  let unknown: Resource | undefined;
  const same: string[] = [];
  for (const copy of copies) {
    // An EBS copy names the region of its source (source_region): it stands in when the snapshot's own region is not known.
    const sourceRegion = prop(copy.properties, 'source_region');
    const source = snapshotDomain(snapshot, kind.arn, typeof sourceRegion === 'string' && sourceRegion ? sourceRegion : undefined);
    const verdict = compareDomains(source, snapshotDomain(copy, kind.arn), true);
    if (verdict === 'elsewhere') return;
    if (verdict === 'unknown') unknown ??= copy;
    else same.push(displayName(copy.address));
  }
  if (unknown) yield { messageId: 'copyTargetUnknown' as const, resource: snapshot, data: { copy: displayName(unknown.address) } };
  else yield { messageId: 'snapshotNotCopied' as const, resource: snapshot, data: { copies: same.length > 0 ? same.join(', ') : 'none' } };
}

/** Whether `copy` copies `snapshot`: by reference, else by the snapshot's id, identifier or ARN. */
function copiesFrom(context: RuleContext, copy: Resource, snapshot: Resource, kind: SnapshotCopyKind): boolean {
  if (context.resolve(copy, kind.source).some((t) => t.kind === 'resource' && t.resource.address === snapshot.address)) return true;
  const value = prop(copy.properties, kind.source);
  if (typeof value !== 'string' || !value) return false;
  return ['id', kind.arn, 'db_snapshot_identifier'].some((key) => prop(snapshot.properties, key) === value);
}

function snapshotDomain(resource: Resource, arnProperty: string, fallbackRegion?: string): FailureDomain {
  const arn = prop(resource.properties, arnProperty);
  // EBS snapshot ARNs carry no account (`arn:aws:ec2:us-east-1::snapshot/snap-…`); owner_id is the owning account.
  const owner = prop(resource.properties, 'owner_id');
  return {
    region: regionOfArn(arn) ?? regionOf(resource) ?? fallbackRegion,
    account: accountOf(arn) ?? (typeof owner === 'string' && /^\d{12}$/.test(owner) ? owner : undefined),
    provider: resource.provider?.name,
  };
}

/** A nested block (or list of blocks) under any of its spellings, with the dotted path of each element. */
function children(parent: { value: Properties; path: string }, names: string[]): Array<{ value: Properties; path: string }> {
  for (const key of names.flatMap((n) => [n, camelCase(n)])) {
    const value = parent.value[key];
    if (value === undefined || value === null) continue;
    const base = parent.path ? `${parent.path}.${key}` : key;
    if (Array.isArray(value)) return blocks(value).map((v) => ({ value: v, path: `${base}.${value.indexOf(v)}` }));
    return blocks(value).map((v) => ({ value: v, path: base }));
  }
  return [];
}

function unknownAt(resource: Resource, parentPath: string, names: string[]): boolean {
  return isUnknown(resource, ...names.flatMap((n) => [n, camelCase(n)]).map((k) => (parentPath ? `${parentPath}.${k}` : k)));
}

/**
 * Data Lifecycle Manager: every schedule (event-based policies: every action; default policies: the policy) needs a
 * cross-Region copy to a region other than the policy's own. Terraform nests `policy_details[0].schedule[].cross_region_copy_rule[]`;
 * Pulumi's inputs are `policyDetails.schedules[].crossRegionCopyRules[]`. A copy rule names its region in `target`
 * (newer providers also `target_region`), or an Outpost ARN.
 */
function* checkLifecyclePolicy(policy: Resource) {
  const region = regionOf(policy);
  const [details] = children({ value: policy.properties, path: '' }, ['policy_details']);
  if (!details) return;
  const units: Array<{ name: string; owner: { value: Properties; path: string }; copyBlocks: string[] }> = [];
  for (const [index, schedule] of children(details, ['schedule', 'schedules']).entries()) {
    units.push({ name: String(prop(schedule.value, 'name') ?? index), owner: schedule, copyBlocks: ['cross_region_copy_rule', 'cross_region_copy_rules'] });
  }
  for (const [index, action] of children(details, ['action', 'actions']).entries()) {
    units.push({ name: String(prop(action.value, 'name') ?? index), owner: action, copyBlocks: ['cross_region_copy', 'cross_region_copies'] });
  }
  if (units.length === 0 && prop(policy.properties, 'default_policy')) {
    units.push({ name: 'default', owner: details, copyBlocks: ['cross_region_copy_target', 'cross_region_copy_targets'] });
  }
  for (const unit of units) {
    let elsewhere = false;
    let unknown = unknownAt(policy, unit.owner.path, unit.copyBlocks);
    for (const copy of children(unit.owner, unit.copyBlocks)) {
      const target = prop(copy.value, 'target') ?? prop(copy.value, 'target_region');
      const targetRegion = typeof target === 'string' && target ? (target.startsWith('arn:') ? regionOfArn(target) : target) : undefined;
      if (!targetRegion || !region) {
        // A target (or own region) that is unknown says nothing; an absent target with nothing unknown is no copy.
        if (!region || unknownAt(policy, copy.path, ['target', 'target_region']) || (typeof target === 'string' && target)) unknown = true;
        continue;
      }
      if (targetRegion !== region) elsewhere = true;
    }
    if (elsewhere) continue;
    if (unknown) yield { messageId: 'copyTargetUnknown' as const, resource: policy, data: { copy: `the cross-Region copy of schedule ${unit.name}` } };
    else yield { messageId: 'dlmNoCrossRegionCopy' as const, resource: policy, data: { schedule: unit.name, region: region ?? 'its region' } };
  }
}

/** A setting the rule needs that is unknown at preview is a finding, never a pass (fail closed). */
function* unknownSettings(resource: Resource, properties: string[]) {
  for (const property of properties) {
    if (isUnknown(resource, property) || isUnknown(resource, camelCase(property))) {
      yield { messageId: 'settingUnknown' as const, resource, data: { property } };
    }
  }
}
