// Destruction without a delete (timers, guards weakened or removed), protection removed, protection hygiene, backups.
import type { Obj } from './envelopes.js';
import { ACCOUNT, ptags, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const S = { stack: 'staging', project: 'data' };
const LIFECYCLE = 'real-world/checkov-tf157-s3-lifecycle-update.plan.json (aws_s3_bucket_lifecycle_configuration shape)';
const RDS = 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_db_instance shape)';
const DDB = 'real-world/tfcompliance-tf01220-dynamodb-kms-create.plan.json (aws_dynamodb_table, aws_kms_key shapes)';

const emptyFilter = (): Obj[] => [{ and: [], object_size_greater_than: '', object_size_less_than: '', prefix: '', tag: [] }];
const lifecycleRule = (id: string, parts: Obj): Obj => ({
  abort_incomplete_multipart_upload: [], expiration: [], filter: emptyFilter(), id, noncurrent_version_expiration: [], noncurrent_version_transition: [],
  prefix: '', status: 'Enabled', transition: [], ...parts,
});
const lifecycle = (rules: Obj[]): Obj => ({ bucket: 'acme-invoices', expected_bucket_owner: '', id: 'acme-invoices', rule: rules, timeouts: null, transition_default_minimum_object_size: 'all_storage_classes_128K' });
const abortUploads = lifecycleRule('abort-uploads', { abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] });

function table(pitr: boolean, protection = false): Obj {
  return {
    arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, attribute: [{ name: 'pk', type: 'S' }], billing_mode: 'PAY_PER_REQUEST', deletion_protection_enabled: protection,
    hash_key: 'pk', id: 'orders', name: 'orders', point_in_time_recovery: [{ enabled: pitr, recovery_period_in_days: pitr ? 35 : 0 }], range_key: null,
    server_side_encryption: [], stream_enabled: false, table_class: 'STANDARD', ttl: [{ attribute_name: '', enabled: false }], ...tags({}),
  };
}

function kmsKey(enabled: boolean, description = 'orders data key'): Obj {
  return {
    arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0`, bypass_policy_lockout_safety_check: false, customer_master_key_spec: 'SYMMETRIC_DEFAULT',
    deletion_window_in_days: 30, description, enable_key_rotation: true, id: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', is_enabled: enabled,
    key_id: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', key_usage: 'ENCRYPT_DECRYPT', multi_region: false, rotation_period_in_days: 365, ...tags({}),
  };
}

const versioning = (status: string): Obj => ({ bucket: 'acme-invoices', expected_bucket_owner: '', id: 'acme-invoices', mfa: null, versioning_configuration: [{ mfa_delete: '', status }] });
const objectLock = (mode: string, days: number): Obj => ({ bucket: 'acme-invoices', expected_bucket_owner: '', id: 'acme-invoices', object_lock_enabled: 'Enabled', rule: [{ default_retention: [{ days, mode, years: 0 }] }], token: null });
const vaultLock = (min: number): Obj => ({ backup_vault_arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:orders-vault`, backup_vault_name: 'orders-vault', changeable_for_days: 3, id: 'orders-vault', max_retention_days: 365, min_retention_days: min });
const efsPolicy = (status: string): Obj => ({ backup_policy: [{ status }], file_system_id: 'fs-0a1b2c3d4e5f60718', id: 'fs-0a1b2c3d4e5f60718' });
const AZ_SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const mgmtLock = (): Obj => ({ id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Authorization/locks/invoices-no-delete`, lock_level: 'CanNotDelete', name: 'invoices-no-delete', notes: 'Invoices must be kept 10 years', scope: `${AZ_SUB}/resourceGroups/invoices`, timeouts: null });

function gcsBucket(rules: Obj[]): Obj {
  return {
    default_event_based_hold: false, effective_labels: {}, enable_object_retention: false, force_destroy: false, id: 'acme-exports', labels: {}, lifecycle_rule: rules,
    location: 'EU', name: 'acme-exports', project: 'acme', public_access_prevention: 'enforced', rpo: 'DEFAULT', self_link: 'https://www.googleapis.com/storage/v1/b/acme-exports',
    soft_delete_policy: [{ effective_time: '2026-01-10T08:00:00.000Z', retention_duration_seconds: 604800 }], storage_class: 'STANDARD', terraform_labels: {},
    uniform_bucket_level_access: true, url: 'gs://acme-exports', versioning: [{ enabled: false }],
  };
}
const gcsRule = (type: string, age: number, storageClass = ''): Obj => ({
  action: [{ storage_class: storageClass, type }],
  condition: [{ age, created_before: '', custom_time_before: '', days_since_custom_time: 0, days_since_noncurrent_time: 0, matches_prefix: [], matches_storage_class: [], matches_suffix: [], noncurrent_time_before: '', num_newer_versions: 0, send_age_if_zero: false, send_days_since_custom_time_if_zero: false, send_days_since_noncurrent_time_if_zero: false, send_num_newer_versions_if_zero: false, with_state: 'ANY' }],
});

function azureAccount(versioning: boolean, retentionDays: number | null): Obj {
  return {
    access_tier: 'Hot', account_kind: 'StorageV2', account_replication_type: 'GRS', account_tier: 'Standard',
    blob_properties: [{
      change_feed_enabled: false, change_feed_retention_in_days: 0, container_delete_retention_policy: [], cors_rule: [], default_service_version: '', last_access_time_enabled: false,
      delete_retention_policy: retentionDays === null ? [] : [{ days: retentionDays, permanent_delete_enabled: false }], restore_policy: [], versioning_enabled: versioning,
    }],
    id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Storage/storageAccounts/acmeinvoices`, location: 'westeurope', min_tls_version: 'TLS1_2', name: 'acmeinvoices',
    resource_group_name: 'invoices', tags: {},
  };
}

function pvWith(policy: string): Obj {
  return {
    id: 'orders-archive', metadata: [{ annotations: {}, labels: {}, name: 'orders-archive', resource_version: '40921', uid: '0d1c5e9a-7b4f-4c1e-9a2d-0a0a0a0a0a0a' }],
    spec: [{
      access_modes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, claim_ref: [], mount_options: [], node_affinity: [], persistent_volume_reclaim_policy: policy,
      persistent_volume_source: [{ csi: [{ driver: 'ebs.csi.aws.com', fs_type: 'ext4', read_only: false, volume_attributes: {}, volume_handle: 'vol-0f3c9a7e5b1d2c4a6' }] }],
      storage_class_name: 'gp3', volume_mode: 'Filesystem',
    }],
    timeouts: null,
  };
}

function rds(extra: Obj = {}): Obj {
  return {
    allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, db_name: 'orders', delete_automated_backups: true, deletion_protection: true,
    engine: 'postgres', engine_version: '16.4', final_snapshot_identifier: 'orders-final', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large',
    multi_az: true, replicate_source_db: '', skip_final_snapshot: false, storage_encrypted: true, storage_type: 'gp3', username: 'orders', ...tags({}), ...extra,
  };
}

function sqlInstance(protection: boolean): Obj {
  return {
    connection_name: 'acme:europe-west1:orders', database_version: 'POSTGRES_16', deletion_protection: protection, id: 'orders', name: 'orders', project: 'acme', region: 'europe-west1',
    self_link: 'https://sqladmin.googleapis.com/sql/v1beta4/projects/acme/instances/orders',
    settings: [{ activation_policy: 'ALWAYS', availability_type: 'REGIONAL', backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true, start_time: '02:00', transaction_log_retention_days: 7, backup_retention_settings: [{ retained_backups: 7, retention_unit: 'COUNT' }] }], deletion_protection_enabled: false, disk_size: 100, disk_type: 'PD_SSD', edition: 'ENTERPRISE', tier: 'db-custom-4-16384', user_labels: {} }],
  };
}

function bucket(forceDestroy: boolean): Obj {
  return { arn: 'arn:aws:s3:::acme-invoices', bucket: 'acme-invoices', bucket_domain_name: 'acme-invoices.s3.amazonaws.com', force_destroy: forceDestroy, id: 'acme-invoices', object_lock_enabled: false, ...tags({}) };
}

// ---- Retention written as duration strings (Go-style "600s", "7d"; ISO 8601 "P4W", "PT0S") ----
const spanner = (retention: string): Obj => ({
  database_dialect: 'GOOGLE_STANDARD_SQL', ddl: [], default_time_zone: null, deletion_protection: true, enable_drop_protection: false, encryption_config: [],
  id: 'acme/orders/ledger', instance: 'orders', name: 'ledger', project: 'acme', state: 'READY', timeouts: null, version_retention_period: retention,
});

const subscription = (retention: string): Obj => ({
  ack_deadline_seconds: 20, bigquery_config: [], cloud_storage_config: [], dead_letter_policy: [], effective_labels: {}, enable_exactly_once_delivery: false,
  enable_message_ordering: false, expiration_policy: [{ ttl: '' }], filter: '', id: 'projects/acme/subscriptions/billing-worker', labels: {}, message_retention_duration: retention,
  message_transforms: [], name: 'billing-worker', project: 'acme', push_config: [], retain_acked_messages: false, retry_policy: [], terraform_labels: {}, timeouts: null,
  topic: 'projects/acme/topics/billing',
});

const mssqlDatabase = (weekly: string): Obj => ({
  auto_pause_delay_in_minutes: 0, collation: 'SQL_Latin1_General_CP1_CI_AS', create_mode: 'Default', creation_source_database_id: null, elastic_pool_id: '', enclave_type: '',
  geo_backup_enabled: true, id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql/databases/orders',
  identity: [], import: [], ledger_enabled: false, license_type: 'LicenseIncluded',
  long_term_retention_policy: [{ immutable_backups_enabled: false, monthly_retention: 'PT0S', week_of_year: 1, weekly_retention: weekly, yearly_retention: 'PT0S' }],
  max_size_gb: 32, name: 'orders', read_replica_count: 0, read_scale: false, server_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql',
  short_term_retention_policy: [{ backup_interval_in_hours: 12, retention_days: 7 }], sku_name: 'S1', storage_account_type: 'Geo', tags: {}, timeouts: null,
  transparent_data_encryption_enabled: true, zone_redundant: false,
});

const secret = (ttl?: string): Obj => ({
  labels: {}, replication: { auto: {} }, secretId: 'stripe-webhook', ...(ttl ? { versionDestroyTtl: ttl } : {}),
});

const topic = (retention: string): Obj => ({ labels: {}, messageRetentionDuration: retention, name: 'billing' });

const ltrPolicy = (weekly: string): Obj => ({
  databaseName: 'orders', monthlyRetention: 'P12M', policyName: 'default', resourceGroupName: 'orders', serverName: 'acme-sql', weekOfYear: 1, weeklyRetention: weekly, yearlyRetention: 'P5Y',
});

export function guardCases(): CorpusCase[] {
  const block = (why: string, from?: string) => ({ class: 'destruction-without-delete' as const, expect: 'block' as const, rules: ['no-protection-downgrade'], why, ...(from ? { from } : {}) });
  const allow = (why: string, from?: string) => ({ class: 'destruction-without-delete' as const, expect: 'allow' as const, why, ...(from ? { from } : {}) });
  return [
    // ---- Retention as duration strings ----
    tf('spanner-version-retention-cut', block('google_spanner_database.version_retention_period "7d" → "1h" cuts the point-in-time recovery window to its minimum: a bad write older than an hour can no longer be undone (@pulumi/gcp 9.37.0 spanner/database.d.ts versionRetentionPeriod, 1 hour to 7 days).'), [
      { type: 'google_spanner_database', name: 'ledger', actions: ['update'], before: spanner('7d'), after: spanner('1h') },
    ]),
    tf('spanner-version-retention-raised', allow('google_spanner_database.version_retention_period "1h" → "72h" lengthens the point-in-time recovery window: nothing is weakened.'), [
      { type: 'google_spanner_database', name: 'ledger', actions: ['update'], before: spanner('1h'), after: spanner('72h') },
    ]),
    tf('pubsub-backlog-retention-cut', block('google_pubsub_subscription.message_retention_duration "604800s" → "600s": unacknowledged messages older than 10 minutes (the minimum) are deleted from the backlog (@pulumi/gcp pubsub/subscription.d.ts, default 7 days).'), [
      { type: 'google_pubsub_subscription', name: 'billing_worker', actions: ['update'], before: subscription('604800s'), after: subscription('600s') },
    ]),
    tf('mssql-long-term-retention-zeroed', block('azurerm_mssql_database.long_term_retention_policy.weekly_retention "P12W" → "PT0S" ends the weekly long-term retention backups (ISO 8601 durations; PT0S keeps none: Azure SQL LongTermRetentionPolicy).'), [
      { type: 'azurerm_mssql_database', name: 'orders', actions: ['update'], before: mssqlDatabase('P12W'), after: mssqlDatabase('PT0S') },
    ]),
    tf('mssql-long-term-retention-shortened', allow('azurerm_mssql_database weekly long-term retention "P12W" → "P8W" still keeps weekly backups for two months: only a cut to PT0S (none) counts as destroying them.'), [
      { type: 'azurerm_mssql_database', name: 'orders', actions: ['update'], before: mssqlDatabase('P12W'), after: mssqlDatabase('P8W') },
    ]),
    pu('secret-version-destroy-delay-removed', block('Removing gcp:secretmanager/secret versionDestroyTtl ("2592000s") makes a destroyed secret version go at once instead of being disabled for 30 days (@pulumi/gcp secretmanager/secret.d.ts versionDestroyTtl).'), { stack: 'staging', project: 'billing' }, [
      { op: 'update', type: 'gcp:secretmanager/secret:Secret', name: 'stripe-webhook', diff: ['versionDestroyTtl'], old: { id: 'projects/acme/secrets/stripe-webhook', inputs: secret('2592000s') }, new: { id: 'projects/acme/secrets/stripe-webhook', inputs: secret() } },
    ]),
    pu('pubsub-topic-retention-raised', allow('gcp:pubsub/topic messageRetentionDuration "86400s" → "604800s" keeps published messages longer: nothing is weakened.'), { stack: 'staging', project: 'billing' }, [
      { op: 'update', type: 'gcp:pubsub/topic:Topic', name: 'billing', diff: ['messageRetentionDuration'], old: { id: 'projects/acme/topics/billing', inputs: topic('86400s') }, new: { id: 'projects/acme/topics/billing', inputs: topic('604800s') } },
    ]),
    pu('sql-long-term-retention-zeroed', block('An azure-native:sql:LongTermRetentionPolicy whose weeklyRetention goes "P4W" → "PT0S" stops keeping weekly long-term backups (ISO 8601; Azure SQL LongTermRetentionPolicy).'), { stack: 'staging', project: 'orders' }, [
      { op: 'update', type: 'azure-native:sql:LongTermRetentionPolicy', name: 'orders-ltr', diff: ['weeklyRetention'], old: { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql/databases/orders/backupLongTermRetentionPolicies/default', inputs: ltrPolicy('P4W') }, new: { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql/databases/orders/backupLongTermRetentionPolicies/default', inputs: ltrPolicy('PT0S') } },
    ]),
    pu('sql-long-term-retention-lengthened', allow('An azure-native:sql:LongTermRetentionPolicy weeklyRetention "P4W" → "P12W" keeps weekly backups longer: nothing is weakened.'), { stack: 'staging', project: 'orders' }, [
      { op: 'update', type: 'azure-native:sql:LongTermRetentionPolicy', name: 'orders-ltr', diff: ['weeklyRetention'], old: { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql/databases/orders/backupLongTermRetentionPolicies/default', inputs: ltrPolicy('P4W') }, new: { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/orders/providers/Microsoft.Sql/servers/acme-sql/databases/orders/backupLongTermRetentionPolicies/default', inputs: ltrPolicy('P12W') } },
    ]),

    // ---- S3 lifecycle ----
    tf('s3-lifecycle-expire-everything', block('A lifecycle rule with an empty filter and expiration.days = 1 deletes every object one day after it is written: destruction on a timer, with no delete in the plan (@pulumi/aws 7.48.0 s3.BucketLifecycleConfigurationRuleExpiration, data-model.md §2.1).', LIFECYCLE), [
      { type: 'aws_s3_bucket_lifecycle_configuration', name: 'invoices', actions: ['update'], before: lifecycle([abortUploads]), after: lifecycle([abortUploads, lifecycleRule('cleanup', { expiration: [{ date: null, days: 1, expired_object_delete_marker: false }] })]) },
    ]),
    tf('s3-lifecycle-created-expire-everything', block('A new aws_s3_bucket_lifecycle_configuration on an existing bucket that expires every object after 3 days: a create that destroys data (data-model.md §2.1).', LIFECYCLE), [
      { type: 'aws_s3_bucket_lifecycle_configuration', name: 'invoices', actions: ['create'], before: null, after: lifecycle([lifecycleRule('expire-all', { expiration: [{ date: null, days: 3, expired_object_delete_marker: false }] })]), unknown: ['id'] },
    ]),
    tf('s3-lifecycle-transition-only', allow('A rule that only transitions objects to GLACIER after 90 days moves data to a cheaper class and deletes nothing (data-model.md §2.1).', LIFECYCLE), [
      { type: 'aws_s3_bucket_lifecycle_configuration', name: 'invoices', actions: ['update'], before: lifecycle([abortUploads]), after: lifecycle([abortUploads, lifecycleRule('archive', { transition: [{ date: null, days: 90, storage_class: 'GLACIER' }] })]) },
    ]),
    tf('s3-lifecycle-noncurrent-versions-365-days', allow('Expiring only noncurrent versions after 365 days keeps every current object and a year of history (judgement: history older than the retention the team chose is not the data, see README).', LIFECYCLE), [
      { type: 'aws_s3_bucket_lifecycle_configuration', name: 'invoices', actions: ['update'], before: lifecycle([abortUploads]), after: lifecycle([abortUploads, lifecycleRule('old-versions', { noncurrent_version_expiration: [{ newer_noncurrent_versions: null, noncurrent_days: 365 }] })]) },
    ]),
    pu('s3-lifecycle-expire-everything', block('An aws:s3/bucketLifecycleConfiguration updated to expire every object (no filter) after 1 day (@pulumi/aws 7.48.0).'), S, [
      { op: 'update', type: 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', name: 'invoices-lifecycle', diff: ['rules'],
        old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', rules: [{ id: 'abort-uploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }] } },
        new: { inputs: { bucket: 'acme-invoices', rules: [{ id: 'abort-uploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }, { id: 'cleanup', status: 'Enabled', expiration: { days: 1 } }] } } },
    ]),
    pu('s3-lifecycle-transition-only', allow('An aws:s3/bucketLifecycleConfiguration that only transitions to GLACIER deletes nothing.'), S, [
      { op: 'update', type: 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', name: 'invoices-lifecycle', diff: ['rules'],
        old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', rules: [{ id: 'abort-uploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }] } },
        new: { inputs: { bucket: 'acme-invoices', rules: [{ id: 'abort-uploads', status: 'Enabled', abortIncompleteMultipartUpload: { daysAfterInitiation: 7 } }, { id: 'archive', status: 'Enabled', transitions: [{ days: 90, storageClass: 'GLACIER' }] }] } } },
    ]),

    // ---- DynamoDB PITR ----
    tf('dynamodb-pitr-off', block('point_in_time_recovery.enabled true → false drops the 35 days of continuous backups a restore would need (hashicorp/aws 6.25.0, data-model.md §2.2).', DDB), [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['update'], before: table(true), after: table(false) },
    ]),
    tf('dynamodb-pitr-on', allow('Turning point_in_time_recovery on adds a guard.', DDB), [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['update'], before: table(false), after: table(true) },
    ]),
    pu('dynamodb-pitr-off', block('aws:dynamodb/table pointInTimeRecovery.enabled true → false (@pulumi/aws 7.48.0 dynamodb/table.d.ts).'), S, [
      { op: 'update', type: 'aws:dynamodb/table:Table', name: 'orders', diff: ['pointInTimeRecovery'],
        old: { id: 'orders', inputs: { attributes: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST', hashKey: 'pk', name: 'orders', pointInTimeRecovery: { enabled: true } } },
        new: { inputs: { attributes: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST', hashKey: 'pk', name: 'orders', pointInTimeRecovery: { enabled: false } } } },
    ]),

    // ---- KMS ----
    tf('kms-key-disabled', block('aws_kms_key.is_enabled true → false makes every object encrypted under the key unreadable at once (KMS semantics; data-model.md §2.4 says to treat it as data-destroying).', DDB), [
      { type: 'aws_kms_key', name: 'orders', actions: ['update'], before: kmsKey(true), after: kmsKey(false) },
    ]),
    tf('kms-key-description-update', allow('Changing the description of an enabled aws_kms_key changes nothing about the data it protects.', DDB), [
      { type: 'aws_kms_key', name: 'orders', actions: ['update'], before: kmsKey(true), after: kmsKey(true, 'orders table key') },
    ]),
    pu('kms-key-disabled', block('aws:kms/key isEnabled true → false (@pulumi/aws 7.48.0 kms/key.d.ts).'), S, [
      { op: 'update', type: 'aws:kms/key:Key', name: 'orders-key', diff: ['isEnabled'],
        old: { id: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', inputs: { deletionWindowInDays: 30, description: 'orders data key', enableKeyRotation: true, isEnabled: true } },
        new: { inputs: { deletionWindowInDays: 30, description: 'orders data key', enableKeyRotation: true, isEnabled: false } } },
    ]),

    // ---- S3 versioning ----
    tf('s3-versioning-removed', block('Removing aws_s3_bucket_versioning suspends versioning on the bucket: overwritten and deleted objects are no longer kept (@pulumi/aws 7.48.0 s3/bucketVersioning.d.ts, data-model.md §2.1).', 'pulumi/driftadopter-aws-s3-iam-sg-replace.preview.json (versioningConfiguration shape)'), [
      { type: 'aws_s3_bucket_versioning', name: 'invoices', actions: ['delete'], reason: DEL, before: versioning('Enabled') },
    ]),
    tf('s3-versioning-suspended', block('versioning_configuration.status Enabled → Suspended: new overwrites and deletes destroy data for good (data-model.md §2.1).'), [
      { type: 'aws_s3_bucket_versioning', name: 'invoices', actions: ['update'], before: versioning('Enabled'), after: versioning('Suspended') },
    ]),
    tf('s3-versioning-enabled', allow('Creating aws_s3_bucket_versioning with status Enabled adds a guard.'), [
      { type: 'aws_s3_bucket_versioning', name: 'invoices', actions: ['create'], before: null, after: versioning('Enabled'), unknown: ['id'] },
    ]),
    pu('s3-versioning-suspended', block('aws:s3/bucketVersioning versioningConfiguration.status Enabled → Suspended.'), S, [
      { op: 'update', type: 'aws:s3/bucketVersioning:BucketVersioning', name: 'invoices-versioning', diff: ['versioningConfiguration'],
        old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', versioningConfiguration: { status: 'Enabled' } } },
        new: { inputs: { bucket: 'acme-invoices', versioningConfiguration: { status: 'Suspended' } } } },
    ]),
    pu('s3-versioning-v2-removed', block('Deleting a deprecated aws:s3/bucketVersioningV2 resource suspends versioning just like its successor (s3/bucketVersioningV2.d.ts).', 'pulumi/driftadopter-aws-s3-iam-sg-replace.preview.json (BucketVersioningV2 step)'), S, [
      { op: 'delete', type: 'aws:s3/bucketVersioningV2:BucketVersioningV2', name: 'invoices-versioning', old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', versioningConfiguration: { status: 'Enabled' } } } },
    ]),
    pu('s3-versioning-enabled', allow('aws:s3/bucketVersioning Suspended → Enabled adds a guard.'), S, [
      { op: 'update', type: 'aws:s3/bucketVersioning:BucketVersioning', name: 'invoices-versioning', diff: ['versioningConfiguration'],
        old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', versioningConfiguration: { status: 'Suspended' } } },
        new: { inputs: { bucket: 'acme-invoices', versioningConfiguration: { status: 'Enabled' } } } },
    ]),

    // ---- S3 Object Lock ----
    tf('s3-object-lock-weakened', block('Object Lock default retention COMPLIANCE 365 days → GOVERNANCE 1 day: new objects can be deleted by anyone with s3:BypassGovernanceRetention after a day (AWS Object Lock docs, data-model.md §2.1).'), [
      { type: 'aws_s3_bucket_object_lock_configuration', name: 'invoices', actions: ['update'], before: objectLock('COMPLIANCE', 365), after: objectLock('GOVERNANCE', 1) },
    ]),
    tf('s3-object-lock-removed', block('Removing aws_s3_bucket_object_lock_configuration drops the default retention: new objects are written unlocked and deletable (data-model.md §2.1).'), [
      { type: 'aws_s3_bucket_object_lock_configuration', name: 'invoices', actions: ['delete'], reason: DEL, before: objectLock('GOVERNANCE', 90) },
    ]),
    tf('s3-object-lock-raised', allow('Raising default retention from 90 to 365 days strengthens the lock.'), [
      { type: 'aws_s3_bucket_object_lock_configuration', name: 'invoices', actions: ['update'], before: objectLock('GOVERNANCE', 90), after: objectLock('GOVERNANCE', 365) },
    ]),
    pu('s3-object-lock-removed', block('Deleting an aws:s3/bucketObjectLockConfiguration drops default retention on the bucket.'), S, [
      { op: 'delete', type: 'aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration', name: 'invoices-lock', old: { id: 'acme-invoices', inputs: { bucket: 'acme-invoices', objectLockEnabled: 'Enabled', rule: { defaultRetention: { mode: 'GOVERNANCE', days: 90 } } } } },
    ]),

    // ---- AWS Backup vault lock ----
    tf('backup-vault-lock-removed', block('Removing aws_backup_vault_lock_configuration lets recovery points be deleted before any minimum retention (backup/vaultLockConfiguration.d.ts, data-model.md §2.5).'), [
      { type: 'aws_backup_vault_lock_configuration', name: 'orders', actions: ['delete'], reason: DEL, before: vaultLock(35) },
    ]),
    tf('backup-vault-lock-min-retention-cut', block('min_retention_days 35 → 1: recovery points may be deleted after a day (data-model.md §2.5).'), [
      { type: 'aws_backup_vault_lock_configuration', name: 'orders', actions: ['update'], before: vaultLock(35), after: vaultLock(1) },
    ]),
    tf('backup-vault-lock-added', allow('Adding a vault lock with min_retention_days = 35 adds a guard.'), [
      { type: 'aws_backup_vault_lock_configuration', name: 'orders', actions: ['create'], before: null, after: vaultLock(35), unknown: ['id', 'backup_vault_arn'] },
    ]),
    pu('backup-vault-lock-min-retention-cut', block('aws:backup/vaultLockConfiguration minRetentionDays 35 → 1.'), S, [
      { op: 'update', type: 'aws:backup/vaultLockConfiguration:VaultLockConfiguration', name: 'orders-vault-lock', diff: ['minRetentionDays'],
        old: { id: 'orders-vault', inputs: { backupVaultName: 'orders-vault', changeableForDays: 3, maxRetentionDays: 365, minRetentionDays: 35 } },
        new: { inputs: { backupVaultName: 'orders-vault', changeableForDays: 3, maxRetentionDays: 365, minRetentionDays: 1 } } },
    ]),

    // ---- EFS backup policy ----
    tf('efs-backup-policy-disabled', block('aws_efs_backup_policy.backup_policy.status ENABLED → DISABLED stops automatic backups of the file system (types/input.d.ts, data-model.md §2.5).'), [
      { type: 'aws_efs_backup_policy', name: 'shared', actions: ['update'], before: efsPolicy('ENABLED'), after: efsPolicy('DISABLED') },
    ]),
    tf('efs-backup-policy-enabled', allow('Creating an aws_efs_backup_policy with status ENABLED adds a guard.'), [
      { type: 'aws_efs_backup_policy', name: 'shared', actions: ['create'], before: null, after: efsPolicy('ENABLED'), unknown: ['id'] },
    ]),
    pu('efs-backup-policy-removed', block('Deleting an aws:efs/backupPolicy (ENABLED) removes the guard that backs the file system up (data-model.md §2.5).'), S, [
      { op: 'delete', type: 'aws:efs/backupPolicy:BackupPolicy', name: 'shared-backup', old: { id: 'fs-0a1b2c3d4e5f60718', inputs: { fileSystemId: 'fs-0a1b2c3d4e5f60718', backupPolicy: { status: 'ENABLED' } } } },
    ]),

    // ---- Azure management lock ----
    tf('azurerm-management-lock-removed', block('Removing an azurerm_management_lock with lock_level CanNotDelete makes the resource group and everything in it deletable (Azure resource locks docs).'), [
      { type: 'azurerm_management_lock', name: 'invoices', actions: ['delete'], reason: DEL, before: mgmtLock() },
    ]),
    tf('azurerm-management-lock-added', allow('Adding a CanNotDelete azurerm_management_lock adds a guard.'), [
      { type: 'azurerm_management_lock', name: 'invoices', actions: ['create'], before: null, after: mgmtLock(), unknown: ['id'] },
    ]),
    pu('azure-management-lock-removed', block('Deleting an azure:management/lock:Lock with lockLevel CanNotDelete (@pulumi/azure 6.40.0).'), { stack: 'staging', project: 'invoices' }, [
      { op: 'delete', type: 'azure:management/lock:Lock', name: 'invoices-no-delete', old: { id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Authorization/locks/invoices-no-delete`, inputs: { lockLevel: 'CanNotDelete', name: 'invoices-no-delete', notes: 'Invoices must be kept 10 years', scope: `${AZ_SUB}/resourceGroups/invoices` } } },
    ]),

    // ---- GCS lifecycle ----
    tf('gcs-lifecycle-delete-age-1', block('Adding a google_storage_bucket lifecycle_rule with action Delete and condition age = 1 deletes every object a day after it is written (GCS Object Lifecycle Management docs).', 'real-world/tgc-tf172-compute-disk-create.plan.json (google attribute shapes)'), [
      { type: 'google_storage_bucket', name: 'exports', actions: ['update'], before: gcsBucket([]), after: gcsBucket([gcsRule('Delete', 1)]) },
    ]),
    tf('gcs-lifecycle-set-storage-class', allow('A lifecycle_rule with action SetStorageClass COLDLINE after 30 days moves objects and deletes none (GCS lifecycle docs).'), [
      { type: 'google_storage_bucket', name: 'exports', actions: ['update'], before: gcsBucket([]), after: gcsBucket([gcsRule('SetStorageClass', 30, 'COLDLINE')]) },
    ]),
    pu('gcs-lifecycle-delete-age-1', block('A gcp:storage/bucket lifecycleRules entry with action.type Delete and condition.age 1 (@pulumi/gcp 9.37.0).'), { stack: 'staging', project: 'exports' }, [
      { op: 'update', type: 'gcp:storage/bucket:Bucket', name: 'exports', diff: ['lifecycleRules'],
        old: { id: 'acme-exports', inputs: { forceDestroy: false, location: 'EU', name: 'acme-exports', uniformBucketLevelAccess: true } },
        new: { inputs: { forceDestroy: false, location: 'EU', name: 'acme-exports', uniformBucketLevelAccess: true, lifecycleRules: [{ action: { type: 'Delete' }, condition: { age: 1 } }] } } },
    ]),

    // ---- Azure blob versioning and soft delete, GCS soft delete and versioning ----
    tf('azure-blob-versioning-and-soft-delete-off', block('azurerm_storage_account.blob_properties: versioning_enabled true → false and the 30-day delete_retention_policy removed: overwritten or deleted blobs are gone for good (Azure blob versioning and soft delete docs; hashicorp/azurerm 4.55.0).'), [
      { type: 'azurerm_storage_account', name: 'invoices', actions: ['update'], before: azureAccount(true, 30), after: azureAccount(false, null) },
    ]),
    tf('azure-blob-soft-delete-raised', allow('blob_properties.delete_retention_policy.days 7 → 30 keeps deleted blobs recoverable for longer.'), [
      { type: 'azurerm_storage_account', name: 'invoices', actions: ['update'], before: azureAccount(true, 7), after: azureAccount(true, 30) },
    ]),
    pu('azure-blob-versioning-off', block('azure:storage/account blobProperties.versioningEnabled true → false: previous blob versions stop being kept (@pulumi/azure 6.40.0 types/input.d.ts AccountBlobProperties).'), { stack: 'staging', project: 'invoices' }, [
      { op: 'update', type: 'azure:storage/account:Account', name: 'acmeinvoices', diff: ['blobProperties'],
        old: { id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Storage/storageAccounts/acmeinvoices`, inputs: { accountReplicationType: 'GRS', accountTier: 'Standard', location: 'westeurope', name: 'acmeinvoices', resourceGroupName: 'invoices', blobProperties: { versioningEnabled: true, deleteRetentionPolicy: { days: 30 } } } },
        new: { inputs: { accountReplicationType: 'GRS', accountTier: 'Standard', location: 'westeurope', name: 'acmeinvoices', resourceGroupName: 'invoices', blobProperties: { versioningEnabled: false, deleteRetentionPolicy: { days: 30 } } } } },
    ]),
    tf('gcs-soft-delete-off', block('google_storage_bucket.soft_delete_policy.retention_duration_seconds 604800 → 0 turns soft delete off: deleted objects can no longer be restored (GCS soft delete docs, data-model.md §1.4).', 'real-world/tgc-tf172-compute-disk-create.plan.json (google attribute shapes)'), [
      { type: 'google_storage_bucket', name: 'exports', actions: ['update'], before: gcsBucket([]), after: { ...gcsBucket([]), soft_delete_policy: [{ effective_time: '2026-01-10T08:00:00.000Z', retention_duration_seconds: 0 }] } },
    ]),
    pu('gcs-versioning-off', block('gcp:storage/bucket versioning.enabled true → false: overwrites and deletes stop keeping noncurrent versions (GCS object versioning docs).'), { stack: 'staging', project: 'exports' }, [
      { op: 'update', type: 'gcp:storage/bucket:Bucket', name: 'exports', diff: ['versioning'],
        old: { id: 'acme-exports', inputs: { forceDestroy: false, location: 'EU', name: 'acme-exports', versioning: { enabled: true } } },
        new: { inputs: { forceDestroy: false, location: 'EU', name: 'acme-exports', versioning: { enabled: false } } } },
    ]),

    // ---- Kubernetes PV reclaim policy ----
    tf('k8s-pv-reclaim-retain-to-delete', block('persistent_volume_reclaim_policy Retain → Delete: from now on, releasing the claim or deleting the PV deletes the disk (k8s PV docs, KEP-2644).'), [
      { type: 'kubernetes_persistent_volume_v1', name: 'archive', actions: ['update'], before: pvWith('Retain'), after: pvWith('Delete') },
    ]),
    tf('k8s-pv-reclaim-delete-to-retain', allow('persistent_volume_reclaim_policy Delete → Retain keeps the disk whatever happens to the claim.'), [
      { type: 'kubernetes_persistent_volume_v1', name: 'archive', actions: ['update'], before: pvWith('Delete'), after: pvWith('Retain') },
    ]),
    pu('k8s-pv-reclaim-retain-to-delete', block('kubernetes:core/v1:PersistentVolume persistentVolumeReclaimPolicy Retain → Delete (k8s PV docs).'), { stack: 'staging', project: 'cluster' }, [
      { op: 'update', type: 'kubernetes:core/v1:PersistentVolume', name: 'orders-archive', diff: ['spec'],
        old: { id: 'orders-archive', inputs: { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'orders-archive' }, spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, persistentVolumeReclaimPolicy: 'Retain', csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0f3c9a7e5b1d2c4a6' } } } },
        new: { inputs: { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'orders-archive' }, spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, persistentVolumeReclaimPolicy: 'Delete', csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0f3c9a7e5b1d2c4a6' } } } } },
    ]),

    // ---- RDS backup retention ----
    tf('rds-backup-retention-zero', block('backup_retention_period 7 → 0 turns automated backups off and deletes the existing ones (hashicorp/aws 6.25.0 "0 = automated backups off", data-model.md §2.3).', RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds(), after: rds({ backup_retention_period: 0 }) },
    ]),
    tf('rds-backup-retention-raised', allow('backup_retention_period 7 → 14 keeps backups longer.', RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds(), after: rds({ backup_retention_period: 14 }) },
    ]),
    pu('rds-backup-retention-zero', block('aws:rds/instance backupRetentionPeriod 7 → 0 (@pulumi/aws 7.48.0 rds/instance.d.ts).'), S, [
      { op: 'update', type: 'aws:rds/instance:Instance', name: 'orders', diff: ['backupRetentionPeriod'],
        old: { id: 'db-ORDERS', inputs: { backupRetentionPeriod: 7, deletionProtection: true, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', finalSnapshotIdentifier: 'orders-final' } },
        new: { inputs: { backupRetentionPeriod: 0, deletionProtection: true, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', finalSnapshotIdentifier: 'orders-final' } } },
    ]),
    pu('rds-backup-retention-raised', allow('aws:rds/instance backupRetentionPeriod 7 → 14.'), S, [
      { op: 'update', type: 'aws:rds/instance:Instance', name: 'orders', diff: ['backupRetentionPeriod'],
        old: { id: 'db-ORDERS', inputs: { backupRetentionPeriod: 7, deletionProtection: true, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', finalSnapshotIdentifier: 'orders-final' } },
        new: { inputs: { backupRetentionPeriod: 14, deletionProtection: true, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', finalSnapshotIdentifier: 'orders-final' } } },
    ]),
  ];
}

export function protectionCases(): CorpusCase[] {
  const down = (why: string, rules = ['no-protection-downgrade'], from?: string) => ({ class: 'protection-removed' as const, expect: 'block' as const, rules, why, ...(from ? { from } : {}) });
  const up = (why: string, from?: string) => ({ class: 'protection-removed' as const, expect: 'allow' as const, why, ...(from ? { from } : {}) });
  const P = { stack: 'staging', project: 'orders' };
  const tableInputs = (name: string) => ({ attributes: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST', hashKey: 'pk', name });
  return [
    pu('unprotect-and-replace-table', down('The program drops protect and changes the table name in one update: the engine honours the new protect value and replaces (deletes) the table (pulumi-engine.md, "unprotect-and-replace in one update").', ['no-stateful-delete', 'no-protection-downgrade']), P, [
      { op: 'replace', type: 'aws:dynamodb/table:Table', name: 'orders', diff: ['name'], replace: ['name'], old: { id: 'orders', protect: true, inputs: tableInputs('orders') }, new: { inputs: tableInputs('orders-v2') } },
    ]),
    pu('unprotect-only', down('A same step whose protect goes true → absent (shown because protect changed): the next update can delete the RDS instance without a word (pulumi-engine.md §6).', ['no-protection-downgrade'], 'pulumi/driftadopter-mixed-create-update-replace-delete.preview.json (same step)'), P, [
      { op: 'same', type: 'aws:rds/instance:Instance', name: 'orders-db', old: { id: 'db-ORDERS', protect: true, inputs: { engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', deletionProtection: false } }, new: { id: 'db-ORDERS', inputs: { engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', deletionProtection: false } } },
    ]),
    pu('ignore-protect-delete', down('With --ignore-protect the preview shows a delete of a protected aws:ebs/volume (oldState.protect true): the volume is destroyed (pulumi-engine.md §6).', ['no-stateful-delete']), P, [
      { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: { id: 'vol-0d4e5f6a7b8c9d0e1', protect: true, inputs: { availabilityZone: 'us-east-1a', size: 500, type: 'gp3', encrypted: true } } },
    ]),
    pu('protect-added', up('A same step whose protect goes absent → true adds Pulumi\'s own guard.', 'pulumi/driftadopter-mixed-create-update-replace-delete.preview.json (same step)'), P, [
      { op: 'same', type: 'aws:rds/instance:Instance', name: 'orders-db', old: { id: 'db-ORDERS', inputs: { engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', deletionProtection: true } }, new: { id: 'db-ORDERS', protect: true, inputs: { engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', deletionProtection: true } } },
    ]),
    pu('rds-cluster-deletion-protection-off', down('aws:rds/cluster deletionProtection true → false with skipFinalSnapshot true: the next delete goes through with no final snapshot (@pulumi/aws 7.48.0 rds/cluster.d.ts).'), P, [
      { op: 'update', type: 'aws:rds/cluster:Cluster', name: 'orders', diff: ['deletionProtection', 'skipFinalSnapshot'],
        old: { id: 'orders', inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', deletionProtection: true, skipFinalSnapshot: false, finalSnapshotIdentifier: 'orders-final' } },
        new: { inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', deletionProtection: false, skipFinalSnapshot: true, finalSnapshotIdentifier: 'orders-final' } } },
    ]),
    tf('rds-deletion-protection-off', down('aws_db_instance.deletion_protection true → false removes the guard AWS enforces on DeleteDBInstance (hashicorp/aws 6.25.0, terraform-plans.md §6.1).', ['no-protection-downgrade'], RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds(), after: rds({ deletion_protection: false }) },
    ]),
    tf('rds-deletion-protection-on', up('deletion_protection false → true adds the guard.', RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds({ deletion_protection: false }), after: rds() },
    ]),
    tf('cloud-sql-deletion-protection-off', down('google_sql_database_instance.deletion_protection true → false lets Terraform delete the instance (hashicorp/google 6.50.0; data-model.md §1.4).'), [
      { type: 'google_sql_database_instance', name: 'orders', actions: ['update'], before: sqlInstance(true), after: sqlInstance(false) },
    ]),
    tf('dynamodb-deletion-protection-off', down('aws_dynamodb_table.deletion_protection_enabled true → false (hashicorp/aws 6.25.0, data-model.md §2.2).', ['no-protection-downgrade'], DDB), [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['update'], before: table(true, true), after: table(true, false) },
    ]),
    tf('s3-force-destroy-on', down('aws_s3_bucket.force_destroy false → true: the next destroy deletes every object, including locked ones, unrecoverably (@pulumi/aws 7.48.0 s3/bucket.d.ts, data-model.md §2.1).', ['no-protection-downgrade'], 'terraform/snyk-tf122-s3-delete-update.plan.json (aws_s3_bucket shape)'), [
      { type: 'aws_s3_bucket', name: 'invoices', actions: ['update'], before: bucket(false), after: bucket(true) },
    ]),
    tf('s3-force-destroy-off', up('force_destroy true → false restores the refusal to delete a non-empty bucket.', 'terraform/snyk-tf122-s3-delete-update.plan.json (aws_s3_bucket shape)'), [
      { type: 'aws_s3_bucket', name: 'invoices', actions: ['update'], before: bucket(true), after: bucket(false) },
    ]),
  ];
}

export function hygieneCases(): CorpusCase[] {
  const dbCreate = (env: string, protection: boolean): Obj => ({
    allocated_storage: 100, backup_retention_period: 7, db_name: 'orders', delete_automated_backups: false, deletion_protection: protection, engine: 'postgres', engine_version: '16.4',
    final_snapshot_identifier: 'orders-final', identifier: 'orders', instance_class: 'db.r6g.large', multi_az: true, replicate_source_db: null, skip_final_snapshot: false,
    storage_encrypted: true, storage_type: 'gp3', username: 'orders', ...tags({ env }),
  });
  const tableInputs = { attributes: [{ name: 'pk', type: 'S' }], billingMode: 'PAY_PER_REQUEST', hashKey: 'pk', name: 'orders', deletionProtectionEnabled: false, pointInTimeRecovery: { enabled: true } };
  return [
    tf('prod-rds-create-without-deletion-protection', { class: 'protection-hygiene', expect: 'block', rules: ['require-delete-protection'], why: 'A database created in prod (tag env = prod) with deletion_protection = false: a protection finding blocks in a protected environment (issue #8 §7).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['create'], before: null, after: dbCreate('prod', false), unknown: ['arn', 'id'] },
    ]),
    tf('staging-rds-create-without-deletion-protection', { class: 'protection-hygiene', expect: 'allow', why: 'The same create in staging: a protection finding only warns outside protected environments (issue #8 §7).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['create'], before: null, after: dbCreate('staging', false), unknown: ['arn', 'id'] },
    ]),
    tf('prod-rds-create-fully-guarded', { class: 'protection-hygiene', expect: 'allow', why: 'A prod database with deletion_protection, a final snapshot and kept backups: only prevent_destroy is unknown, and a guard only the sources can show never blocks a plan read without --source (issue #8 §7).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['create'], before: null, after: dbCreate('prod', true), unknown: ['arn', 'id'] },
    ]),
    pu('prod-dynamodb-create-unprotected', { class: 'protection-hygiene', expect: 'block', rules: ['require-delete-protection'], why: 'A table created in stack prod with neither protect nor deletionProtectionEnabled: blocks in a protected environment (issue #8 §7).' }, { stack: 'prod', project: 'orders' }, [
      { op: 'create', type: 'aws:dynamodb/table:Table', name: 'orders', new: { inputs: { ...tableInputs, ...ptags({ env: 'prod' }) } } },
    ]),
    tf('prod-eu-rds-create-without-deletion-protection', { class: 'protection-hygiene', expect: 'block', rules: ['require-delete-protection'], why: 'A database created with tag env = "prod-eu" (prod with a region qualifier) and deletion_protection = false: prod is protected, and so is each of its regions (issue #8 §7; docs/configuration.md, qualified spellings).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['create'], before: null, after: dbCreate('prod-eu', false), unknown: ['arn', 'id'] },
    ]),
    tf('nonprod-eu-rds-create-without-deletion-protection', { class: 'protection-hygiene', expect: 'allow', why: 'The same create tagged env = "non-prod-eu": the negation denies prod, so the protection finding only warns (issue #8 §7).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['create'], before: null, after: dbCreate('non-prod-eu', false), unknown: ['arn', 'id'] },
    ]),
    pu('prod-us-stack-dynamodb-create-unprotected', { class: 'protection-hygiene', expect: 'block', rules: ['require-delete-protection'], why: 'An untagged table created in stack "orders-prod-us": the stack name\'s words hold prod and a region, so the plan\'s environment is prod and the unprotected table blocks (issue #8 §7).' }, { stack: 'orders-prod-us', project: 'orders' }, [
      { op: 'create', type: 'aws:dynamodb/table:Table', name: 'orders', new: { inputs: { ...tableInputs } } },
    ]),
    pu('staging-dynamodb-create-unprotected', { class: 'protection-hygiene', expect: 'allow', why: 'The same create in stack staging only warns (issue #8 §7).' }, { stack: 'staging', project: 'orders' }, [
      { op: 'create', type: 'aws:dynamodb/table:Table', name: 'orders', new: { inputs: { ...tableInputs, ...ptags({ env: 'staging' }) } } },
    ]),
  ];
}

export function backupCases(): CorpusCase[] {
  const block = (why: string, from?: string) => ({ class: 'backups' as const, expect: 'block' as const, rules: ['no-stateful-delete', 'no-colocated-backups'], why, ...(from ? { from } : {}) });
  const allow = (why: string, from?: string) => ({ class: 'backups' as const, expect: 'allow' as const, why, ...(from ? { from } : {}) });
  return [
    tf('rds-delete-with-its-backups', block('A database deleted with skip_final_snapshot = true and delete_automated_backups = true leaves no recovery point: the backups die with the data (hashicorp/aws 6.25.0, data-model.md §2.3).', RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['delete'], reason: DEL, before: rds({ deletion_protection: false, skip_final_snapshot: true, final_snapshot_identifier: null }) },
    ]),
    tf('dynamodb-and-backup-vault-delete', block('The table, its aws_backup_selection, plan and the force_destroy vault that holds its recovery points are all deleted in one plan (terraform-plans.md §6.2).', DDB), [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['delete'], reason: DEL, before: table(false) },
      { type: 'aws_backup_selection', name: 'orders', actions: ['delete'], reason: DEL, before: { condition: [], iam_role_arn: `arn:aws:iam::${ACCOUNT}:role/backup`, id: '8a7b6c5d-4e3f-4a2b-9c1d-0e1f2a3b4c5d', name: 'orders', not_resources: [], plan_id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', resources: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`], selection_tag: [] } },
      { type: 'aws_backup_plan', name: 'orders', actions: ['delete'], reason: DEL, before: { advanced_backup_setting: [], arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b`, id: '1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b', name: 'orders', rule: [{ completion_window: 180, copy_action: [], enable_continuous_backup: false, lifecycle: [{ cold_storage_after: 0, delete_after: 35, opt_in_to_archive_for_supported_resources: false }], recovery_point_tags: {}, rule_name: 'daily', schedule: 'cron(0 3 * * ? *)', schedule_expression_timezone: 'Etc/UTC', start_window: 60, target_vault_name: 'orders-vault' }], version: 'ZmQ2NzE4OTAtYmJlYy00', ...tags({}) } },
      { type: 'aws_backup_vault', name: 'orders', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:orders-vault`, force_destroy: true, id: 'orders-vault', kms_key_arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0`, name: 'orders-vault', recovery_points: 35, ...tags({}) } },
    ]),
    pu('volume-and-snapshot-delete', block('An aws:ebs/volume deleted together with the aws:ebs/snapshot taken of it: data and backup go in one plan (@pulumi/aws 7.48.0 ebs/snapshot.d.ts volumeId).', 'policy/rules/no-colocated-backups/fixtures/pulumi-snapshot-deleted-with-volume.json (derived from pulumi/driftadopter-aws-s3-iam-sg-replace.preview.json)'), S, [
      { op: 'delete', type: 'aws:ebs/snapshot:Snapshot', name: 'orders-data-nightly', old: { id: 'snap-0a1b2c3d4e5f60718', inputs: { volumeId: 'vol-0d4e5f6a7b8c9d0e1', description: 'nightly' }, deps: { volumeId: ['orders-data'] } } },
      { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', size: 500, type: 'gp3', encrypted: true } } },
    ]),
    tf('staging-rds-update-same-region-backups', allow('An unrelated instance_class update of a staging database whose automated backups stay in its own region: how well data is protected warns outside protected environments (issue #8 §7).', RDS), [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds({ ...tags({ env: 'staging' }) }), after: rds({ instance_class: 'db.r6g.xlarge', ...tags({ env: 'staging' }) }) },
    ]),
    pu('staging-rds-create-default-backups', allow('An aws:rds/instance created in stack staging with backups only in its region and deleteAutomatedBackups left at true: a hygiene warning, not a block (issue #8 §7).'), S, [
      { op: 'create', type: 'aws:rds/instance:Instance', name: 'orders', new: { inputs: { allocatedStorage: 100, backupRetentionPeriod: 7, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', finalSnapshotIdentifier: 'orders-final', deletionProtection: true, ...ptags({ env: 'staging' }) } } },
    ]),
  ];
}
