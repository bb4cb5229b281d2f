import { describe, expect, test } from 'vitest';
import { runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './no-colocated-backups.js';

// Findings about how well data is protected block only in protected environments (prod by default): these tests
// protect every environment (and put untagged resources in prod by name), so they check what blocks there;
// `levels` below checks the default.
const PROTECTED = { protectedEnvironments: ['prod', 'staging', 'dev', 'test'], environments: { prod: { namePatterns: ['.'] } } };

const DB = 'urn:pulumi:staging::app::aws:rds/instance:Instance::app-db';
const EXPORTED_DB = 'urn:pulumi:test::test::aws:rds/instance:Instance::tested-resource';
const PULUMI_PLAN = 'urn:pulumi:staging::app::aws:backup/plan:Plan::backup-plan';
const PULUMI_VAULT = 'urn:pulumi:staging::app::aws:backup/vault:Vault::backup-vault';
const REPLICATION = 'aws_s3_bucket_replication_configuration.backups';
const EBS_SNAPSHOT = 'aws_ebs_snapshot.example_snapshot';
const DLM = 'aws_dlm_lifecycle_policy.example';
const PULUMI_DLM = 'urn:pulumi:staging::app::aws:dlm/lifecyclePolicy:LifecyclePolicy::daily-snapshots';

// fixture (./fixtures)                                   resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['pulumi-rds-backups-deleted-with-data.json',          [DB]],                          // deleteAutomatedBackups, skipFinalSnapshot, retention 0
  ['pulumi-rds-backups-kept.json',                       []],
  ['pulumi-backup-plan-without-copy.json',               [PULUMI_PLAN]],                 // rules[].copyActions absent
  ['pulumi-backup-plan-with-cross-region-copy.json',     []],                            // copyActions → us-west-2 vault ARN
  ['pulumi-state-rds-instance-defaults.json',            [EXPORTED_DB]],                 // the real pulumi-aws export, provider defaults
  ['pulumi-state-rds-backups-kept.json',                 []],
  ['tf-vault-without-copy.json',                         ['aws_backup_plan.daily']],     // locked vault, no copy_action
  ['tf-vault-with-cross-region-copy.json',               []],                            // copy_action → us-west-2 vault ARN
  ['tf-copy-into-same-region.json',                      ['aws_backup_plan.daily']],     // copy_action → same account and region
  ['tf-copy-to-vault-known-after-apply.json',            ['aws_backup_plan.daily']],     // copy_action ARN from a module output
  ['tf-deletable-unlocked-vault.json',                   ['aws_backup_vault.main']],     // force_destroy, no vault lock
  ['tf-backup-bucket-force-destroy.json',                ['aws_s3_bucket.backups']],
  ['tf-bucket-replicates-into-itself.json',              [REPLICATION]],
  ['tf-bucket-replicates-within-its-region.json',        [REPLICATION]],                 // another bucket, same provider and region
  ['tf-backup-bucket-replicated-to-another-region.json', []],                            // replica bucket under provider aws.dr (us-west-2)
  ['pulumi-rds-final-snapshot-unknown.json',            [DB]],                          // skipFinalSnapshot unknown at preview: cannot verify
  ['pulumi-snapshot-deleted-with-volume.json',           ['urn:pulumi:staging::shop::aws:ebs/snapshot:Snapshot::shared-data-nightly']], // the bundled incident
  ['pulumi-volume-deleted-snapshot-kept.json',           []],
  ['cdktf-incident-backups.json',                        ['aws_backup_plan.backup-plan', 'aws_backup_vault.backup-vault', 'aws_db_instance.app-db', 'aws_s3_bucket.app-data']],
  ['cdktf-fixed-backups.json',                           []],
  ['tf-snapshots-not-copied.json',                       ['aws_db_snapshot.orders', EBS_SNAPSHOT]], // no aws_ebs_snapshot_copy / aws_db_snapshot_copy
  ['tf-snapshots-copied-to-another-region.json',         []],                            // both copies under provider aws.dr (us-west-2)
  ['tf-snapshot-copied-within-its-region.json',          [EBS_SNAPSHOT]],                // existing snapshot, new copy under the same provider
  ['tf-snapshot-copy-region-not-constant.json',          [EBS_SNAPSHOT]],                // the copy's provider region is local.dr_region
  ['tf-snapshot-copy-region-from-variable.json',         []],                                   // region = var.dr_region, value recorded in the plan
  ['pulumi-snapshot-copied-to-another-region.json',      []],                            // SnapshotCopy under an explicit us-west-2 provider
  ['tf-dlm-policy-without-cross-region-copy.json',       [DLM]],                         // schedule without cross_region_copy_rule
  ['tf-dlm-policy-with-cross-region-copy.json',          []],                            // cross_region_copy_rule target us-west-2
  ['pulumi-dlm-policy-copies-within-its-region.json',    [PULUMI_DLM]],                  // crossRegionCopyRules target = its own us-east-1
  ['tf-rds-deleted-with-its-backups.json', ['aws_db_instance.orders']],                 // skip_final_snapshot + delete_automated_backups, deleted
  ['tf-vault-deleted-with-its-data.json', ['aws_backup_vault.orders']],                  // the vault of the table's backup plan, deleted with the table
] as const;

const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);
const RDS_MESSAGES = ['backupsDeletedWithData', 'noFinalSnapshot', 'noRetention'];

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('an RDS instance created with its backups in its blast radius: three findings, blocking', () => {
    const findings = runFixture(rule, import.meta.dirname, 'pulumi-rds-backups-deleted-with-data.json', PROTECTED);
    expect(findings.map((f) => f.messageId).sort()).toEqual(RDS_MESSAGES);
    expect(findings.every((f) => f.level === 'block' && f.action === 'create' && f.resource === DB)).toBe(true);
  });

  test('the real stack export (provider defaults deleteAutomatedBackups and retention 0) only warns: it is what exists', () => {
    const findings = runFixture(rule, import.meta.dirname, 'pulumi-state-rds-instance-defaults.json', PROTECTED);
    expect(findings.map((f) => f.messageId).sort()).toEqual(RDS_MESSAGES);
    expect(findings.every((f) => f.level === 'warn')).toBe(true);
  });

  test('a backup plan with no copy elsewhere names its rule and vault, in Terraform and Pulumi spellings', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-vault-without-copy.json', PROTECTED)).toMatchObject([
      { resource: 'aws_backup_plan.daily', messageId: 'noCopyElsewhere', level: 'block', action: 'create' },
    ]);
    expect(yielded('tf-vault-without-copy.json')).toEqual([
      { resource: 'aws_backup_plan.daily', messageId: 'noCopyElsewhere', data: { ruleName: 'daily', vault: 'aws_backup_vault.main' } },
    ]);
    expect(yielded('pulumi-backup-plan-without-copy.json')).toEqual([
      { resource: PULUMI_PLAN, messageId: 'noCopyElsewhere', data: { ruleName: 'daily', vault: PULUMI_VAULT } },
    ]);
  });

  test('a copy into the same account and region is no copy elsewhere; the plan update blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-copy-into-same-region.json', PROTECTED)).toMatchObject([
      { resource: 'aws_backup_plan.daily', messageId: 'noCopyElsewhere', level: 'block', action: 'update' },
    ]);
  });

  test('a copy whose destination is unknown until apply cannot be checked', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-copy-to-vault-known-after-apply.json', PROTECTED)).toMatchObject([
      { resource: 'aws_backup_plan.daily', messageId: 'copyUnknown', level: 'block' },
    ]);
    expect(yielded('tf-copy-to-vault-known-after-apply.json')).toEqual([
      { resource: 'aws_backup_plan.daily', messageId: 'copyUnknown', data: { ruleName: 'daily' } },
    ]);
  });

  test('a force-destroyable vault without a lock: both findings', () => {
    expect(yielded('tf-deletable-unlocked-vault.json')).toEqual([
      { resource: 'aws_backup_vault.main', messageId: 'deletableVault', data: { property: 'force_destroy' } },
      { resource: 'aws_backup_vault.main', messageId: 'unlockedVault', data: {} },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-deletable-unlocked-vault.json', PROTECTED).map((f) => f.level)).toEqual(['block', 'block']);
  });

  test('backup buckets: force_destroy, and replication into itself or its own region', () => {
    expect(yielded('tf-backup-bucket-force-destroy.json')).toEqual([
      { resource: 'aws_s3_bucket.backups', messageId: 'deletableBackupBucket', data: {} },
    ]);
    for (const file of ['tf-bucket-replicates-into-itself.json', 'tf-bucket-replicates-within-its-region.json']) {
      expect(yielded(file)).toEqual([
        { resource: REPLICATION, messageId: 'sameBucket', data: { bucket: 'deploy-gate-example-staging-app-backups' } },
      ]);
    }
  });

  test('the incident synth: every way the backups die with the data', () => {
    expect(yielded('cdktf-incident-backups.json')).toEqual([
      { resource: 'aws_backup_plan.backup-plan', messageId: 'noCopyElsewhere', data: { ruleName: 'daily', vault: 'aws_backup_vault.backup-vault' } },
      { resource: 'aws_backup_vault.backup-vault', messageId: 'deletableVault', data: { property: 'force_destroy' } },
      { resource: 'aws_backup_vault.backup-vault', messageId: 'unlockedVault', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'backupsDeletedWithData', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'noFinalSnapshot', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'noRetention', data: {} },
      { resource: 'aws_s3_bucket.app-data', messageId: 'deletableBackupBucket', data: {} },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'cdktf-incident-backups.json', PROTECTED).every((f) => f.level === 'block')).toBe(true);
  });

  test('snapshots with no copy elsewhere: EBS and RDS, blocking when the plan creates them', () => {
    expect(yielded('tf-snapshots-not-copied.json')).toEqual([
      { resource: 'aws_db_snapshot.orders', messageId: 'snapshotNotCopied', data: { copies: 'none' } },
      { resource: EBS_SNAPSHOT, messageId: 'snapshotNotCopied', data: { copies: 'none' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-snapshots-not-copied.json', PROTECTED).every((f) => f.level === 'block' && f.action === 'create')).toBe(true);
  });

  test('a copy in the same region and account is no copy elsewhere; the snapshot is untouched, so it only warns', () => {
    expect(yielded('tf-snapshot-copied-within-its-region.json')).toEqual([
      { resource: EBS_SNAPSHOT, messageId: 'snapshotNotCopied', data: { copies: 'aws_ebs_snapshot_copy.example_snapshot_copy' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-snapshot-copied-within-its-region.json', PROTECTED)).toMatchObject([
      { resource: EBS_SNAPSHOT, messageId: 'snapshotNotCopied', level: 'warn' },
    ]);
  });

  test('a copy whose region cannot be read from the plan is a caution, not a pass', () => {
    expect(yielded('tf-snapshot-copy-region-not-constant.json')).toEqual([
      { resource: EBS_SNAPSHOT, messageId: 'copyTargetUnknown', data: { copy: 'aws_ebs_snapshot_copy.example_snapshot_dr' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-snapshot-copy-region-not-constant.json', PROTECTED)).toMatchObject([
      { resource: EBS_SNAPSHOT, messageId: 'copyTargetUnknown', level: 'block', action: 'create' },
    ]);
  });

  test('a lifecycle policy whose schedules copy nothing out of its region, in Terraform and Pulumi spellings', () => {
    expect(yielded('tf-dlm-policy-without-cross-region-copy.json')).toEqual([
      { resource: DLM, messageId: 'dlmNoCrossRegionCopy', data: { schedule: '2 weeks of daily snapshots', region: 'us-east-1' } },
    ]);
    expect(yielded('pulumi-dlm-policy-copies-within-its-region.json')).toEqual([
      { resource: PULUMI_DLM, messageId: 'dlmNoCrossRegionCopy', data: { schedule: 'daily', region: 'us-east-1' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'pulumi-dlm-policy-copies-within-its-region.json', PROTECTED)).toMatchObject([
      { resource: PULUMI_DLM, messageId: 'dlmNoCrossRegionCopy', level: 'block', action: 'create' },
    ]);
  });
});
