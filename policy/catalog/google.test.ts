// Google Cloud entries: judgements per role, in Terraform's and Pulumi's shapes.
import { describe, expect, test } from 'vitest';
import { catalog, entryOf as entry, guardOf as guard } from '../../test/support/catalog-entries.js';
import { abandons, expiryShortened, protects, shortestExpiry, weakens } from './guards.js';
import { MASK } from '../model/redact.js';


describe('data: attribute facts under which a resource holds nothing unique', () => {
  test.for([
    // A Cloud SQL read replica is a copy of its primary.
    ['google_sql_database_instance', { name: 'db-replica', master_instance_name: 'db' }, false],
    ['gcp:sql/databaseInstance:DatabaseInstance', { name: 'db-replica', masterInstanceName: 'db' }, false],
    ['google_sql_database_instance', { name: 'db', settings: [{ tier: 'db-f1-micro' }] }, true],
    // An object whose content the plan carries can be uploaded again.
    ['google_storage_bucket_object', { name: 'index.html', bucket: 'site', source: './index.html' }, false],
    ['gcp:storage/bucketObject:BucketObject', { name: 'config.json', bucket: 'site', content: '{}' }, false],
    ['google_storage_bucket_object', { name: 'upload.bin', bucket: 'site' }, true],
    // content is sensitive in the google provider: masked, it is still content the plan carries.
    ['google_storage_bucket_object', { name: 'robots.txt', bucket: 'site', content: MASK }, false],
    // Views, materialized views and external tables hold no rows of their own; a native table does.
    ['google_bigquery_table', { table_id: 'v', view: [{ query: 'SELECT 1', use_legacy_sql: false }] }, false],
    ['gcp:bigquery/table:Table', { tableId: 'mv', materializedView: { query: 'SELECT 1' } }, false],
    ['google_bigquery_table', { table_id: 'ext', external_data_configuration: [{ source_uris: ['gs://lake/orders/*.parquet'], source_format: 'PARQUET' }] }, false],
    ['google_bigquery_table', { table_id: 'orders', view: [], materialized_view: [], external_data_configuration: [] }, true],
    // A topic without message retention keeps its messages in its subscriptions.
    ['google_pubsub_topic', { name: 'events' }, false],
    ['gcp:pubsub/topic:Topic', { name: 'events', messageRetentionDuration: '86400s' }, true],
    ['google_pubsub_subscription', { name: 'worker', topic: 'events' }, true],
    // Secondary clusters and cluster members hold copies.
    ['gcp:redis/cluster:Cluster', { crossClusterReplicationConfig: { clusterRole: 'SECONDARY' } }, false],
    ['google_redis_cluster', { cross_cluster_replication_config: [{ cluster_role: 'PRIMARY' }] }, true],
    ['google_alloydb_cluster', { cluster_id: 'dr', secondary_config: [{ primary_cluster_name: 'projects/p/locations/l/clusters/main' }] }, false],
    ['gcp:alloydb/instance:Instance', { cluster: 'projects/p/locations/l/clusters/main', instanceType: 'READ_POOL' }, false],
    // A secret version's data is in the plan.
    ['google_secret_manager_secret_version', { secret: 'api-key', secret_data: 'value' }, false],
    ['gcp:firestore/document:Document', { collection: 'users', documentId: 'a', fields: '{}' }, false],
  ] as const)('%s %j holds data: %s', ([type, properties, holds]) => {
    expect(catalog.judge(type, properties).holdsData).toBe(holds);
  });

  test('storage types are data under both names; memcached, key rings, IAM and ACLs are not', () => {
    for (const type of ['google_compute_disk', 'gcp:compute/disk:Disk', 'google_bigquery_table', 'gcp:bigquery/dataset:Dataset', 'google_kms_crypto_key', 'gcp:spanner/database:Database', 'google_firestore_database', 'gcp:filestore/instance:Instance']) {
      expect(catalog.dataVerdict(type), type).toMatchObject({ holdsData: true, known: true });
    }
    for (const type of ['google_memcache_instance', 'gcp:memcache/instance:Instance', 'google_kms_key_ring', 'gcp:storage/bucketIAMMember:BucketIAMMember', 'google_storage_bucket_acl', 'google_sql_user']) {
      expect(catalog.dataVerdict(type), type).toMatchObject({ holdsData: false, known: true });
    }
    expect(catalog.dataVerdict('google_compute_disk')).toMatchObject({ kind: 'volume' });
    expect(catalog.dataVerdict('gcp:kms/cryptoKey:CryptoKey')).toMatchObject({ kind: 'key' });
  });
});

describe('guards: deletion protection, soft delete, backups', () => {
  test('Cloud SQL: the provider flag defaults to true, the API flag to false; both spellings of settings', () => {
    const terraformSide = guard('google_sql_database_instance', 'deletion_protection');
    expect(protects(terraformSide, {})).toBe(true);
    expect(weakens(terraformSide, {}, { deletion_protection: false })).toBe(true);
    const apiSide = guard('gcp:sql/databaseInstance:DatabaseInstance', 'settings.deletion_protection_enabled');
    expect(protects(apiSide, {})).toBe(false);
    expect(weakens(apiSide, { settings: [{ deletion_protection_enabled: true }] }, { settings: [{ deletion_protection_enabled: false }] })).toBe(true);
    expect(weakens(apiSide, { settings: { deletionProtectionEnabled: true } }, { settings: { deletionProtectionEnabled: false } })).toBe(true);
    const pitr = guard('google_sql_database_instance', 'settings.backup_configuration.point_in_time_recovery_enabled');
    expect(pitr.recovery).toBe(true);
    expect(weakens(pitr, { settings: { backupConfiguration: { pointInTimeRecoveryEnabled: true } } }, { settings: { backupConfiguration: { pointInTimeRecoveryEnabled: false } } })).toBe(true);
  });

  test('a bucket: force_destroy and soft delete (7 days by default; only 0 disables it)', () => {
    const force = guard('google_storage_bucket', 'force_destroy');
    expect(protects(force, {})).toBe(true);
    expect(weakens(force, { force_destroy: false }, { force_destroy: true })).toBe(true);
    const soft = guard('gcp:storage/bucket:Bucket', 'soft_delete_policy.retention_duration_seconds');
    expect(soft.deletion).toBe('recoverable');
    expect(protects(soft, {})).toBe(true);
    expect(weakens(soft, {}, { softDeletePolicy: { retentionDurationSeconds: 0 } })).toBe(true);
    expect(weakens(soft, { soft_delete_policy: [{ retention_duration_seconds: 7776000 }] }, { soft_delete_policy: [{ retention_duration_seconds: 604800 }] })).toBe(false);
    expect(weakens(guard('google_storage_bucket', 'versioning.enabled'), { versioning: [{ enabled: true }] }, { versioning: [{ enabled: false }] })).toBe(true);
  });

  test('a BigQuery dataset\'s time travel window: only a cut to its 48-hour minimum counts (the state writes hours as a string)', () => {
    const travel = guard('google_bigquery_dataset', 'max_time_travel_hours');
    expect(weakens(travel, { max_time_travel_hours: '168' }, { max_time_travel_hours: '48' })).toBe(true);
    expect(weakens(travel, {}, { maxTimeTravelHours: '48' })).toBe(true);                                  // from the default
    expect(weakens(travel, { max_time_travel_hours: '168' }, { max_time_travel_hours: '96' })).toBe(false);
    expect(weakens(travel, { max_time_travel_hours: '48' }, { max_time_travel_hours: '168' })).toBe(false);
  });

  test('Bigtable tables and Firestore databases protect by value; Firestore abandons by default', () => {
    const table = guard('gcp:bigtable/table:Table', 'deletion_protection');
    expect(protects(table, {})).toBe(false);
    expect(weakens(table, { deletionProtection: 'PROTECTED' }, { deletionProtection: 'UNPROTECTED' })).toBe(true);
    const policy = guard('google_firestore_database', 'deletion_policy');
    expect(protects(policy, {})).toBe(true);
    expect(weakens(policy, {}, { deletion_policy: 'DELETE' })).toBe(true);
  });

  test('the project refuses its destroy unless deletion_policy is DELETE, which is also when it cascades', () => {
    const project = entry('google_project');
    expect(project.role).toBe('container');
    const policy = guard('google_project', 'deletion_policy');
    expect(protects(policy, {})).toBe(true);
    expect(weakens(policy, { deletion_policy: 'PREVENT' }, { deletion_policy: 'DELETE' })).toBe(true);
    expect(weakens(policy, { deletion_policy: 'PREVENT' }, { deletion_policy: 'ABANDON' })).toBe(false);
    const when = project.container?.cascadesWhen;
    expect(when?.test({ project_id: 'p', deletion_policy: 'DELETE' })).toBe(true);
    expect(when?.test({ projectId: 'p' })).toBe(false);
    expect(when?.test({ projectId: 'p', deletionPolicy: 'ABANDON' })).toBe(false);
    expect(project.container?.cascades[0]).toMatchObject({ by: 'parent-property', childProperty: 'project', parentProperty: 'project_id' });
  });

  test('Pulumi-only guards (google-beta 7.x deletionPolicy) sit on the Pulumi token\'s twin entry, under the same canonical name', () => {
    const terraform = entry('google_storage_bucket');
    const pulumi = entry('gcp:storage/bucket:Bucket');
    expect(pulumi.canonical).toBe(terraform.canonical);
    expect(terraform.guards?.some((g) => g.path === 'deletion_policy')).toBe(false);
    const policy = guard('gcp:storage/bucket:Bucket', 'deletion_policy');
    expect(protects(policy, {})).toBe(false);
    expect(protects(policy, { deletionPolicy: 'PREVENT' })).toBe(true);
    expect(weakens(policy, { deletionPolicy: 'PREVENT' }, {})).toBe(true);
    // PREVENT fails the delete; ABANDON deletes nothing in the API ("remove the resource from Terraform management
    // without updating or deleting the resource in the API"): only ABANDON abandons.
    expect(abandons([policy], { deletionPolicy: 'ABANDON' })).toBe(true);
    expect(abandons([policy], { deletionPolicy: 'PREVENT' })).toBe(false);
    expect(abandons([policy], {})).toBe(false);
    expect(abandons(entry('gcp:spanner/instance:Instance').guards, { deletionPolicy: 'ABANDON' })).toBe(true);
    expect(abandons(entry('google_firestore_database').guards, {})).toBe(true);
    expect(protects(guard('gcp:redis/instance:Instance', 'deletion_protection'), {})).toBe(true);
    expect(entry('google_redis_instance').guards?.some((g) => g.path === 'deletion_protection')).toBe(false);
    const finalBackup = guard('gcp:sql/databaseInstance:DatabaseInstance', 'settings.final_backup_config.enabled');
    expect(finalBackup.backup).toBe('final-snapshot');
    expect(protects(finalBackup, { settings: { finalBackupConfig: { enabled: false } } })).toBe(false);
  });

  test('guard resources name what they guard', () => {
    expect(entry('google_compute_disk_resource_policy_attachment')).toMatchObject({ role: 'guard', guardOf: { target: 'disk' } });
    expect(entry('gcp:spanner/backupSchedule:BackupSchedule')).toMatchObject({ role: 'guard', guardOf: { target: 'database' } });
    const gke = guard('google_gke_backup_backup_plan', 'retention_policy.backup_retain_days');
    expect(weakens(gke, { retention_policy: [{ backup_retain_days: 30 }] }, { retention_policy: [{ backup_retain_days: 1 }] })).toBe(true);
  });
});

describe('containers: what a delete takes with it', () => {
  const boot = entry('google_compute_instance').container!.cascades[0]!;

  test('an instance deletes an existing disk used as its boot disk unless auto_delete is false', () => {
    if (boot.by !== 'nested') throw new Error('boot disk cascade is nested');
    expect(boot.destroyed.test({ source: 'projects/p/zones/z/disks/data' })).toBe(true);
    expect(boot.destroyed.test({ source: 'data', autoDelete: false })).toBe(false);
    expect(boot.destroyed.test({ auto_delete: false, source: 'data' })).toBe(false);
    // A boot disk made from an image holds the image: not counted.
    expect(boot.destroyed.test({ initialize_params: [{ image: 'debian-12' }] })).toBe(false);
  });

  test('attached disks are links, not cascades', () => {
    expect(entry('gcp:compute/instance:Instance').links).toEqual([{ property: 'attached_disk.source', kind: 'volume', verb: 'attaches' }]);
    expect(entry('google_compute_attached_disk')).toMatchObject({ role: 'link', links: [{ property: 'disk', kind: 'volume' }] });
  });

  test('IAM on one store is a grant of access to it, in both tools', () => {
    expect(entry('google_storage_bucket_iam_member').links).toEqual([{ property: 'bucket', kind: 'bucket', verb: 'grants access to' }]);
    expect(entry('gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding').links).toEqual([{ property: 'crypto_key_id', kind: 'key', verb: 'grants access to' }]);
    expect(catalog.dataVerdict('gcp:secretmanager/secretIamPolicy:SecretIamPolicy')).toMatchObject({ holdsData: false, known: true });
  });

  test('a GKE cluster warns that what it runs is not in the plan', () => {
    expect(entry('gcp:container/cluster:Cluster').container).toMatchObject({ cascades: [], unknownContents: 'warn' });
    expect(protects(guard('google_container_cluster', 'deletion_protection'), {})).toBe(true);
  });

  test('a null in the state is not the default that protects, unless the provider says a null protects too', () => {
    // The provider writes its default into the state on create; a null there is a state from before the field (or an
    // edited file), and the provider reads it as its zero value: "" is no deletion policy, false no protection.
    const policy = guard('google_project', 'deletion_policy');
    expect(protects(policy, {})).toBe(true); // absent: Pulumi leaves unset inputs out; the default applies
    expect(protects(policy, { deletion_policy: null })).toBeUndefined();
    expect(protects(policy, { deletionPolicy: null })).toBeUndefined();
    expect(protects(policy, { deletion_policy: 'PREVENT' })).toBe(true);
    expect(entry('google_project').container!.cascadesWhen!.test({ deletion_policy: null })).toBe(true);
    expect(entry('google_project').container!.cascadesWhen!.test({})).toBe(false);
    expect(protects(guard('google_sql_database_instance', 'deletion_protection'), { deletion_protection: null })).toBeUndefined();
    // "Only false in state lets a delete succeed" (GKE), "unless false in state, a delete fails" (BigQuery): null protects.
    expect(protects(guard('google_container_cluster', 'deletion_protection'), { deletion_protection: null })).toBe(true);
    expect(protects(guard('google_bigquery_table', 'deletion_protection'), { deletion_protection: null })).toBe(true);
    // A default that does not protect is what a null means anyway.
    expect(protects(guard('google_compute_instance', 'deletion_protection'), { deletion_protection: null })).toBe(false);
  });
});

describe('expiry: lifecycle rules that delete live objects', () => {
  const expiry = entry('google_storage_bucket').expiry!;

  test('Terraform block lists and Pulumi objects', () => {
    expect(shortestExpiry(expiry, { lifecycle_rule: [{ action: [{ type: 'Delete' }], condition: [{ age: 30 }] }] })).toEqual({ days: 30, rule: '0' });
    expect(shortestExpiry(expiry, { lifecycleRules: [{ action: { type: 'Delete' }, condition: { age: 3 } }] }).days).toBe(3);
    // A prefix narrows the rule: not every object expires.
    expect(shortestExpiry(expiry, { lifecycleRules: [{ action: { type: 'Delete' }, condition: { age: 3, matchesPrefixes: ['tmp/'] } }] }).days).toBe(Infinity);
    expect(shortestExpiry(expiry, { lifecycleRules: [{ action: { type: 'SetStorageClass' }, condition: { age: 1 } }] }).days).toBe(Infinity);
    // Noncurrent versions only: live objects stay.
    expect(shortestExpiry(expiry, { lifecycle_rule: [{ action: [{ type: 'Delete' }], condition: [{ num_newer_versions: 3 }] }] }).days).toBe(Infinity);
  });

  test('adding a delete rule on every object shortens the expiry', () => {
    const before = { lifecycleRules: [] };
    const after = { lifecycleRules: [{ action: { type: 'Delete' }, condition: { age: 1 } }] };
    expect(expiryShortened(expiry, before, after)).toEqual({ days: 1, rule: '0', before: Infinity });
  });
});

describe('expiry: Bigtable garbage collection deletes cells older than max_age', () => {
  const expiry = entry('google_bigtable_gc_policy').expiry!;

  test('max_age in both shapes, the deprecated days, and gc_rules JSON', () => {
    expect(shortestExpiry(expiry, { table: 't', column_family: 'cf', max_age: [{ duration: '168h' }] })).toEqual({ days: 7, rule: 'cf' });
    expect(shortestExpiry(expiry, { table: 't', columnFamily: 'cf', maxAge: { days: 3 } }).days).toBe(3);
    expect(shortestExpiry(expiry, { gc_rules: JSON.stringify({ mode: 'union', rules: [{ max_age: '10h' }, { max_version: 2 }] }) }).days).toBeCloseTo(10 / 24);
    expect(shortestExpiry(expiry, { gc_rules: JSON.stringify({ rules: [{ max_age: '48h' }] }) }).days).toBe(2);
  });

  test('versions only, or an intersection with max_version, keep the newest cell', () => {
    expect(shortestExpiry(expiry, { max_version: [{ number: 1 }] }).days).toBe(Infinity);
    expect(shortestExpiry(expiry, { mode: 'INTERSECTION', max_age: [{ duration: '24h' }], max_version: [{ number: 2 }] }).days).toBe(Infinity);
    expect(shortestExpiry(expiry, { mode: 'INTERSECTION', maxAge: { duration: '24h' }, maxVersions: [{ number: 2 }] }).days).toBe(Infinity);
    expect(shortestExpiry(expiry, { gc_rules: JSON.stringify({ mode: 'intersection', rules: [{ max_age: '24h' }, { max_version: 2 }] }) }).days).toBe(Infinity);
    expect(shortestExpiry(expiry, { gc_rules: 'not json' }).days).toBe(Infinity);
  });

  test('a shorter max_age is an expiry cut', () => {
    expect(expiryShortened(expiry, { max_age: [{ duration: '720h' }] }, { max_age: [{ duration: '24h' }] })).toMatchObject({ days: 1, before: 30 });
  });
});

describe('expiry: tables, partitions, secrets and subscriptions deleted on a timer', () => {
  test('a BigQuery table expiration date or partition expiration', () => {
    const expiry = entry('gcp:bigquery/table:Table').expiry!;
    expect(expiryShortened(expiry, { tableId: 't' }, { tableId: 't', expirationTime: 1798761600000 })).toMatchObject({ days: 0, rule: 'expiration_time' });
    expect(shortestExpiry(expiry, { time_partitioning: [{ type: 'DAY', expiration_ms: 7 * 86_400_000 }] })).toEqual({ days: 7, rule: 'time_partitioning.expiration_ms' });
    expect(shortestExpiry(expiry, { time_partitioning: [{ type: 'DAY' }] }).days).toBe(Infinity);
  });

  test('a secret with a ttl or an expire time', () => {
    const expiry = entry('google_secret_manager_secret').expiry!;
    expect(shortestExpiry(expiry, { secret_id: 's', ttl: '172800s' }).days).toBe(2);
    expect(shortestExpiry(expiry, { secretId: 's', expireTime: '2027-01-01T00:00:00Z' }).days).toBe(0);
    expect(shortestExpiry(expiry, { secret_id: 's' }).days).toBe(Infinity);
  });

  test('a subscription expires after 31 idle days unless its expiration policy says never', () => {
    const expiry = entry('google_pubsub_subscription').expiry!;
    expect(shortestExpiry(expiry, { name: 'worker' }).days).toBe(31);
    expect(shortestExpiry(expiry, { name: 'worker', expiration_policy: [{ ttl: '' }] }).days).toBe(Infinity);
    expect(expiryShortened(expiry, { expirationPolicy: { ttl: '' } }, { expirationPolicy: { ttl: '86400s' } })).toMatchObject({ days: 1, before: Infinity });
  });

  test('a bucket retention policy removed or cut is weakened, its period read whether written as a number or a string', () => {
    const retention = guard('google_storage_bucket', 'retention_policy.retention_period');
    expect(weakens(retention, { retention_policy: [{ is_locked: false, retention_period: '2592000' }] }, { retention_policy: [] })).toBe(true);
    expect(weakens(retention, { retention_policy: [{ retention_period: 2592000 }] }, { retention_policy: [{ retention_period: 86400 }] })).toBe(true);
    expect(weakens(retention, { retention_policy: [{ retention_period: '2592000' }] }, { retention_policy: [{ retention_period: '7776000' }] })).toBe(false);
    expect(weakens(retention, { retentionPolicy: { retentionPeriod: '2592000' } }, {})).toBe(true);
    expect(weakens(retention, { retention_policy: [] }, { retention_policy: [{ retention_period: '86400' }] })).toBe(false);
    expect(weakens(retention, { retention_policy: [{ retention_period: 'a month' }] }, { retention_policy: [] })).toBe(false);
  });

  test('a key version being disabled is a weakened guard', () => {
    const state = guard('google_kms_crypto_key_version', 'state');
    expect(weakens(state, { state: 'ENABLED' }, { state: 'DISABLED' })).toBe(true);
    expect(weakens(state, { state: 'ENABLED' }, {})).toBe(false);
  });
});

describe('duration guards: retention written as a duration string', () => {
  test.for([
    // Spanner's point-in-time window: only a cut to its 1-hour minimum (or removing it, back to the default) counts.
    ['google_spanner_database', 'version_retention_period', { version_retention_period: '7d' }, { version_retention_period: '1h' }, true],
    ['gcp:spanner/database:Database', 'version_retention_period', { versionRetentionPeriod: '168h' }, {}, true],
    ['google_spanner_database', 'version_retention_period', { version_retention_period: '7d' }, { version_retention_period: '3d' }, false],
    ['google_spanner_database', 'version_retention_period', { version_retention_period: '1h' }, { version_retention_period: '7d' }, false],
    // Pub/Sub: the backlog cut to the 10-minute minimum; a topic's retention removed.
    ['google_pubsub_subscription', 'message_retention_duration', { message_retention_duration: '604800s' }, { message_retention_duration: '600s' }, true],
    ['google_pubsub_subscription', 'message_retention_duration', { message_retention_duration: '' }, { message_retention_duration: '10m' }, true],
    ['google_pubsub_subscription', 'message_retention_duration', { message_retention_duration: '604800s' }, { message_retention_duration: '86400s' }, false],
    ['gcp:pubsub/topic:Topic', 'message_retention_duration', { messageRetentionDuration: '86400s' }, {}, true],
    ['google_pubsub_topic', 'message_retention_duration', { message_retention_duration: '86400s' }, { message_retention_duration: '2678400s' }, false],
    // Secret versions destroyed at once instead of after a delay.
    ['google_secret_manager_secret', 'version_destroy_ttl', { version_destroy_ttl: '2592000s' }, { version_destroy_ttl: '0s' }, true],
    ['gcp:secretmanager/regionalSecret:RegionalSecret', 'version_destroy_ttl', { versionDestroyTtl: '86400s' }, {}, true],
    ['google_secret_manager_secret', 'version_destroy_ttl', {}, { version_destroy_ttl: '86400s' }, false],
    // KMS: the waiting period cut to its 24-hour floor.
    ['google_kms_crypto_key', 'destroy_scheduled_duration', { destroy_scheduled_duration: '2592000s' }, { destroy_scheduled_duration: '86400s' }, true],
    ['google_kms_crypto_key', 'destroy_scheduled_duration', {}, { destroy_scheduled_duration: '604800s' }, false],
    // Backup and DR: any cut of the enforced retention lets backups be deleted sooner; an unreadable value says nothing.
    ['google_backup_dr_backup_vault', 'backup_minimum_enforced_retention_duration', { backup_minimum_enforced_retention_duration: '8640000s' }, { backup_minimum_enforced_retention_duration: '86400s' }, true],
    ['gcp:backupdisasterrecovery/backupVault:BackupVault', 'backup_minimum_enforced_retention_duration', { backupMinimumEnforcedRetentionDuration: '100d' }, { backupMinimumEnforcedRetentionDuration: '200d' }, false],
    ['google_backup_dr_backup_vault', 'backup_minimum_enforced_retention_duration', { backup_minimum_enforced_retention_duration: '8640000s' }, { backup_minimum_enforced_retention_duration: 'soon' }, false],
  ] as const)('%s %s: %o → %o weakens: %s', ([type, path, before, after, expected]) => {
    expect(weakens(guard(type, path), before, after)).toBe(expected);
  });

  test('the KMS waiting period is a deletion guard that protects at its 30-day default, and not at 24 hours', () => {
    const field = guard('google_kms_crypto_key', 'destroy_scheduled_duration');
    expect(field.deletion).toBe('recoverable');
    expect(protects(field, {})).toBe(true);
    expect(protects(field, { destroy_scheduled_duration: '86400s' })).toBe(false);
    expect(protects(field, { destroy_scheduled_duration: 'P30D' })).toBe(true);
  });
});
