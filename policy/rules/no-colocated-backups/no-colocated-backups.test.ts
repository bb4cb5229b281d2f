import { describe, expect, test } from 'vitest';
import { flagged, runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './no-colocated-backups.js';

const DB = 'urn:pulumi:staging::app::aws:rds/instance:Instance::app-db';
const EXPORTED_DB = 'urn:pulumi:test::test::aws:rds/instance:Instance::tested-resource';
const PULUMI_PLAN = 'urn:pulumi:staging::app::aws:backup/plan:Plan::backup-plan';
const PULUMI_VAULT = 'urn:pulumi:staging::app::aws:backup/vault:Vault::backup-vault';
const REPLICATION = 'aws_s3_bucket_replication_configuration.backups';

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
  ['pulumi-snapshot-deleted-with-volume.json',           ['urn:pulumi:staging::shop::aws:ebs/snapshot:Snapshot::shared-data-nightly']], // the bundled incident
  ['pulumi-volume-deleted-snapshot-kept.json',           []],
  ['cdktf-incident-backups.json',                        ['aws_backup_plan.backup-plan', 'aws_backup_vault.backup-vault', 'aws_db_instance.app-db', 'aws_s3_bucket.app-data']],
  ['cdktf-fixed-backups.json',                           []],
] as const;

const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);
const RDS_MESSAGES = ['backupsDeletedWithData', 'noFinalSnapshot', 'noRetention'];

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('an RDS instance created with its backups in its blast radius: three findings, blocking', () => {
    const findings = runFixture(rule, import.meta.dirname, 'pulumi-rds-backups-deleted-with-data.json');
    expect(findings.map((f) => f.messageId).sort()).toEqual(RDS_MESSAGES);
    expect(findings.every((f) => f.level === 'block' && f.action === 'create' && f.resource === DB)).toBe(true);
  });

  test('the real stack export (provider defaults deleteAutomatedBackups and retention 0) only warns: it is what exists', () => {
    const findings = runFixture(rule, import.meta.dirname, 'pulumi-state-rds-instance-defaults.json');
    expect(findings.map((f) => f.messageId).sort()).toEqual(RDS_MESSAGES);
    expect(findings.every((f) => f.level === 'warn')).toBe(true);
  });

  test('a backup plan with no copy elsewhere names its rule and vault, in Terraform and Pulumi spellings', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-vault-without-copy.json')).toMatchObject([
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
    expect(runFixture(rule, import.meta.dirname, 'tf-copy-into-same-region.json')).toMatchObject([
      { resource: 'aws_backup_plan.daily', messageId: 'noCopyElsewhere', level: 'block', action: 'update' },
    ]);
  });

  test('a copy whose destination is unknown until apply cannot be checked', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-copy-to-vault-known-after-apply.json')).toMatchObject([
      { resource: 'aws_backup_plan.daily', messageId: 'copyUnknown', level: 'block' },
    ]);
    expect(yielded('tf-copy-to-vault-known-after-apply.json')).toEqual([
      { resource: 'aws_backup_plan.daily', messageId: 'copyUnknown', data: { ruleName: 'daily' } },
    ]);
  });

  test('a force-destroyable vault without a lock: both findings', () => {
    expect(yielded('tf-deletable-unlocked-vault.json')).toEqual([
      { resource: 'aws_backup_vault.main', messageId: 'deletableVault', data: {} },
      { resource: 'aws_backup_vault.main', messageId: 'unlockedVault', data: {} },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-deletable-unlocked-vault.json').map((f) => f.level)).toEqual(['block', 'block']);
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
      { resource: 'aws_backup_vault.backup-vault', messageId: 'deletableVault', data: {} },
      { resource: 'aws_backup_vault.backup-vault', messageId: 'unlockedVault', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'backupsDeletedWithData', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'noFinalSnapshot', data: {} },
      { resource: 'aws_db_instance.app-db', messageId: 'noRetention', data: {} },
      { resource: 'aws_s3_bucket.app-data', messageId: 'deletableBackupBucket', data: {} },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'cdktf-incident-backups.json').every((f) => f.level === 'block')).toBe(true);
  });
});
