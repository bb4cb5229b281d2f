import { describe, expect, test } from 'vitest';
import { runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './no-protection-downgrade.js';

const VOLUME = 'urn:pulumi:prod::orders::aws:ebs/volume:Volume::data';
const DATABASE = 'urn:pulumi:prod::orders::aws:rds/instance:Instance::orders';

// fixture (./fixtures)                 resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['pulumi-unprotect.json',             [VOLUME, DATABASE]],                           // protect dropped: `same` (volume), `update` (database)
  ['pulumi-protect-kept.json',          []],                                           // tags only; backupRetentionPeriod absent from new inputs is no cut
  ['tf-deletion-protection-off.json',   ['aws_db_instance.orders']],                   // deletion_protection true → false
  ['tf-force-destroy-on.json',          ['aws_s3_bucket.update_bucket']],              // force_destroy false → true
  ['tf-retention-cut.json',             ['aws_db_instance.orders']],                   // backup_retention_period 14 → 0
  ['tf-vault-lock-removed.json',        ['aws_backup_vault_lock_configuration.orders']], // lock block removed; the vault is no-op
  ['tf-retention-raised.json',          []],                                           // 7 → 14, deletion_protection turned on
  ['tf-kms-deletion-window-cut.json',   ['aws_kms_key.orders']],                       // deletion_window_in_days 30 → 7
  ['tf-secret-recovery-window-zero.json', ['aws_secretsmanager_secret.orders']],       // recovery_window_in_days 30 → 0; the key is no-op
  ['tf-key-and-secret-windows-kept.json', []],                                         // key 30 → unset (default 30); secret 7 → 30
  ['tf-lifecycle-expires-every-object.json', ['aws_s3_bucket_lifecycle_configuration.archive']], // a rule with an empty filter expiring after 1 day
  ['tf-lifecycle-expires-prefix-only.json', []],                                       // expires only tmp/: not every object
  ['tf-versioning-resource-removed.json', ['aws_s3_bucket_versioning.archive']],       // removing it suspends versioning; the bucket stays
  ['tf-dynamodb-pitr-off.json',           ['aws_dynamodb_table.orders']],              // point_in_time_recovery.enabled true → false
  ['tf-storage-class-replaced.json',      []],                                                 // reclaim_policy Retain → Delete: existing volumes keep Retain
  ['tf-project-lien-removed.json',        ['google_resource_manager_lien.keep_prod']],         // the lien that refused the project's delete is deleted
  ['tf-lifecycle-size-floor-zero.json',   ['aws_s3_bucket_lifecycle_configuration.archive']],  // a size floor of 0 bytes narrows nothing
  ['tf-fsx-skip-final-backup-on.json',    ['aws_fsx_windows_file_system.shares']],             // skip_final_backup false → true: the next delete takes no backup
  ['tf-keyspaces-pitr-off.json',          ['aws_keyspaces_table.events']],                     // point_in_time_recovery.status ENABLED → DISABLED
  ['tf-bucket-retention-policy-removed.json', ['google_storage_bucket.ledger_archive']],       // retention_policy block removed (period "2592000", a string in google 6.x)
  ['tf-bucket-retention-policy-raised.json', []],                                              // 30 → 90 days
] as const;

/** What the rule yields before the engine renders it: the message id and the data reports interpolate. */
const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('Pulumi: protect removed on a `same` step and on an `update` that also turns deletion protection off', () => {
    const findings = runFixture(rule, import.meta.dirname, 'pulumi-unprotect.json');
    expect(findings.every((f) => f.level === 'block')).toBe(true);
    expect(findings).toHaveLength(3);
    expect(yielded('pulumi-unprotect.json')).toEqual([
      { resource: VOLUME, messageId: 'toolProtectionRemoved', data: { guard: 'protect', action: 'same' } },
      {
        resource: DATABASE, messageId: 'providerProtectionRemoved',
        data: { what: 'deletion protection', property: 'deletion_protection', before: 'true', after: 'false' },
      },
      { resource: DATABASE, messageId: 'toolProtectionRemoved', data: { guard: 'protect', action: 'update' } },
    ]);
  });

  test.for([
    ['tf-deletion-protection-off.json', 'aws_db_instance.orders', { what: 'deletion protection', property: 'deletion_protection', before: 'true', after: 'false' }],
    ['tf-force-destroy-on.json', 'aws_s3_bucket.update_bucket', { what: 'protection against deleting a bucket that still holds objects', property: 'force_destroy', before: 'false', after: 'true' }],
    ['tf-retention-cut.json', 'aws_db_instance.orders', { what: 'backup retention', property: 'backup_retention_period', before: '14', after: '0' }],
    ['tf-kms-deletion-window-cut.json', 'aws_kms_key.orders', { what: 'the key deletion waiting period', property: 'deletion_window_in_days', before: '30', after: '7' }],
    [
      'tf-secret-recovery-window-zero.json', 'aws_secretsmanager_secret.orders',
      { what: 'the secret recovery window (at 0 a delete is immediate and cannot be undone)', property: 'recovery_window_in_days', before: '30', after: '0' },
    ],
  ] as const)('%s: names the property and both values', ([file, resource, data]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ resource, messageId: 'providerProtectionRemoved', level: 'block', action: 'update' }]);
    expect(yielded(file)).toEqual([{ resource, messageId: 'providerProtectionRemoved', data }]);
  });

  test('deleting the vault lock is guardRemoved, saying what the lock kept', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-vault-lock-removed.json')).toMatchObject([
      { resource: 'aws_backup_vault_lock_configuration.orders', messageId: 'guardRemoved', level: 'block', action: 'delete' },
    ]);
    expect(yielded('tf-vault-lock-removed.json')).toEqual([
      { resource: 'aws_backup_vault_lock_configuration.orders', messageId: 'guardRemoved', data: { action: 'delete', removal: 'removing the lock lets the recovery points it kept be deleted' } },
    ]);
  });
});
