import { blocks, prop } from '../../catalog/catalog.js';
import { defineRule, type RuleContext } from '../../engine/define-rule.js';
import { accountOf, regionOfArn } from '../../engine/environment.js';
import type { Resource } from '../../model/plan.js';

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
    'zero retention, a force-destroyable or unlocked vault, and a backup plan with no copy to another region or account all fail the same way.',
  remediation:
    'Keep backups out of the blast radius: RDS `delete_automated_backups = false`, `skip_final_snapshot = false` with a final snapshot name, retention above 0; ' +
    'AWS Backup vaults without force_destroy and with a vault lock; every backup plan rule with a copy action to a vault in another region or account; ' +
    'backup buckets separate from data buckets, replicated elsewhere.',
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
    copyUnknown: '{address}: backup rule {ruleName} copies to a destination that is unknown until apply, so the failure domain cannot be checked',
    sameBucket: '{address}: replicates bucket {bucket} into itself or its own region and account',
    deletableBackupBucket: '{address}: backup bucket can be destroyed with everything in it (force_destroy)',
  },
  examples: {
    bad: ['pulumi-rds-backups-deleted-with-data.json', 'tf-vault-without-copy.json', 'cdktf-incident-backups.json'],
    good: ['pulumi-rds-backups-kept.json', 'tf-vault-with-cross-region-copy.json', 'cdktf-fixed-backups.json'],
  },
  *check(context) {
    const { plan, catalog } = context;
    for (const resource of plan.resources) {
      if (resource.mode !== 'managed') continue;
      const canonical = catalog.canonical(resource.type);
      const p = resource.properties;
      if (canonical === 'aws.rds.instance' || canonical === 'aws.rds.cluster' || canonical === 'aws.docdb.cluster' || canonical === 'aws.neptune.cluster') {
        if (prop(p, 'delete_automated_backups') === true) yield { messageId: 'backupsDeletedWithData', resource, data: {} };
        if (prop(p, 'skip_final_snapshot') === true) yield { messageId: 'noFinalSnapshot', resource, data: {} };
        if (prop(p, 'backup_retention_period') === 0) yield { messageId: 'noRetention', resource, data: {} };
      } else if (canonical === 'aws.backup.vault') {
        if (prop(p, 'force_destroy') === true) yield { messageId: 'deletableVault', resource, data: {} };
        if (!hasVaultLock(context, resource)) yield { messageId: 'unlockedVault', resource, data: {} };
      } else if (canonical === 'aws.backup.plan') {
        yield* checkBackupPlan(context, resource);
      } else if (canonical === 'aws.s3.bucket-replication') {
        const source = String(prop(p, 'bucket') ?? '');
        for (const rule of blocks(prop(p, 'rule'))) {
          for (const destination of blocks(prop(rule, 'destination'))) {
            const bucketArn = String(prop(destination, 'bucket') ?? '');
            if (bucketArn === source || bucketArn.endsWith(`:::${source}`)) yield { messageId: 'sameBucket', resource, data: { bucket: source } };
          }
        }
      } else if ((canonical === 'aws.s3.bucket' || canonical === 'aws.s3.bucket-v2') && prop(p, 'force_destroy') === true && isBackupStore(resource)) {
        yield { messageId: 'deletableBackupBucket', resource, data: {} };
      }
    }
  },
});

function* checkBackupPlan(context: RuleContext, resource: Resource) {
  const region = regionOf(context, resource);
  for (const [index, rule] of blocks(prop(resource.properties, 'rule')).entries()) {
    const ruleName = String(prop(rule, 'rule_name') ?? index);
    const vaultName = String(prop(rule, 'target_vault_name') ?? '');
    const vault = context.resolve(resource, `rule.${index}.target_vault_name`).find((t) => t.kind === 'resource') ?? undefined;
    const vaultResource = vault?.kind === 'resource' ? vault.resource : context.find(vaultName);
    const sourceAccount = accountOf(prop(vaultResource?.properties, 'arn'));
    const sourceRegion = regionOfArn(prop(vaultResource?.properties, 'arn')) ?? (vaultResource ? regionOf(context, vaultResource) : region);
    const copies = blocks(prop(rule, 'copy_action'));
    let elsewhere = false;
    let unknown = false;
    for (const [copyIndex, copy] of copies.entries()) {
      const destination = prop(copy, 'destination_vault_arn');
      const targets = context.resolve(resource, `rule.${index}.copy_action.${copyIndex}.destination_vault_arn`);
      const target = targets.find((t) => t.kind === 'resource');
      if (target?.kind === 'resource') {
        const targetRegion = regionOfArn(prop(target.resource.properties, 'arn')) ?? regionOf(context, target.resource);
        const targetAccount = accountOf(prop(target.resource.properties, 'arn'));
        if ((targetRegion && targetRegion !== sourceRegion) || (targetAccount && sourceAccount && targetAccount !== sourceAccount)) elsewhere = true;
        else if (!targetRegion) unknown = true;
      } else if (typeof destination === 'string' && destination.startsWith('arn:')) {
        if (regionOfArn(destination) !== sourceRegion || (sourceAccount && accountOf(destination) !== sourceAccount)) elsewhere = true;
      } else {
        unknown = true;
      }
    }
    if (elsewhere) continue;
    if (unknown) yield { messageId: 'copyUnknown' as const, resource, data: { ruleName } };
    else yield { messageId: 'noCopyElsewhere' as const, resource, data: { ruleName, vault: vaultResource?.address ?? (vaultName || 'its vault') } };
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

function regionOf(context: RuleContext, resource: Resource): string | undefined {
  const fromProvider = prop(resource.provider?.properties, 'region');
  if (typeof fromProvider === 'string') return fromProvider;
  const fromArn = regionOfArn(prop(resource.properties, 'arn'));
  if (fromArn) return fromArn;
  const fromProps = prop(resource.properties, 'region');
  return typeof fromProps === 'string' ? fromProps : undefined;
}

function isBackupStore(resource: Resource): boolean {
  const tags = (prop(resource.properties, 'tags') ?? {}) as Record<string, unknown>;
  const text = `${resource.name} ${String(prop(resource.properties, 'bucket') ?? '')} ${Object.values(tags).join(' ')}`;
  return /backup/i.test(text);
}
