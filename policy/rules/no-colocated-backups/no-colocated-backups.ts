import { protects } from '../../catalog/guards.js';
import { prop } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';
import type { Resource } from '../../model/plan.js';
import { checkBackupPlan } from './backup-plan.js';
import { checkLifecyclePolicy } from './dlm.js';
import { checkReplication } from './replication.js';
import { backupSettings, vaultSettings } from './settings.js';
import { backupsDeletedWithSource, checkSnapshotCopies, deletedWithoutBackup, vaultDeletedWithData } from './snapshots.js';

export default defineRule({
  id: 'no-colocated-backups',
  title: 'Block backups that die with the data or share its failure domain',
  severity: 'critical',
  defaultLevel: 'block',
  scope: 'state',
  concern: 'risk',
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
    deletableVault: '{address}: backup vault can be destroyed with its recovery points ({property})',
    unlockedVault: '{address}: backup vault has no vault lock, so its recovery points can be deleted by anyone who can reach it',
    noCopyElsewhere: '{address}: backup rule {ruleName} keeps its only copy in {vault}, in the same account and region as the data; add a copy action to another region or account',
    copyUnknown: '{address}: backup rule {ruleName}: the region or account of its copy (or of its vault) is unknown until apply, so whether the copy leaves the failure domain of the data cannot be checked',
    sameBucket: '{address}: replicates bucket {bucket} into itself or its own region and account',
    deletableBackupBucket: '{address}: backup bucket can be destroyed with everything in it (force_destroy)',
    deletedWithSource: '{address}: this backup of {source} is deleted in the same plan as {source} itself, so nothing would be left to restore from',
    deletedWithoutBackup: '{address}: deleted with no final snapshot while its automated backups go with it, so nothing is left to restore from',
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
      'tf-rds-deleted-with-its-backups.json',
      'tf-vault-deleted-with-its-data.json',
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
    yield* deletedWithoutBackup(context);
    yield* vaultDeletedWithData(context);
    for (const resource of plan.resources) {
      if (resource.mode !== 'managed') continue;
      const entry = catalog.view(resource.type, resource.properties).entry;
      if (!entry) continue;
      if (entry.role === 'data' && entry.data && catalog.judge(resource.type, resource.properties).holdsData) {
        yield* backupSettings(resource, entry);
        if (entry.data.kind === 'backup-vault') yield* vaultSettings(context, resource, entry);
        const deletable = (entry.guards ?? []).some((g) => g.deletion === 'refused' && protects(g, resource.properties) === false);
        if (entry.data.kind === 'bucket' && deletable && isBackupStore(resource)) yield { messageId: 'deletableBackupBucket', resource, data: {} };
      }
      const backup = entry.backup;
      if (backup?.by === 'snapshot') yield* checkSnapshotCopies(context, resource, backup);
      else if (backup?.by === 'plan') yield* checkBackupPlan(context, resource, backup);
      else if (backup?.by === 'schedule') yield* checkLifecyclePolicy(resource);
      else if (backup?.by === 'replication') yield* checkReplication(context, resource, backup);
    }
  },
});

/** A bucket whose name or tags say it keeps backups. */
function isBackupStore(resource: Resource): boolean {
  const tags = (prop(resource.properties, 'tags') ?? {}) as Record<string, unknown>;
  const text = `${resource.name} ${String(prop(resource.properties, 'bucket') ?? '')} ${Object.values(tags).join(' ')}`;
  return /backup/i.test(text);
}
