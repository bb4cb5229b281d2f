// Plans no rule was written from (session 5 red team): forced-new replacements of stores, stores the corpus had not
// covered, provider-side delete guards that abandon rather than refuse, promoted replicas, the Pulumi classic azure
// package, claims whose StorageClass retains, and stateless or tag-only changes that must pass. Each `why` names the
// fact and its source; the expectations follow the rule mapping of test/corpus/README.md, not the code's output.
import type { Obj } from './envelopes.js';
import { ACCOUNT, ev, policy, ptags, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const S = { stack: 'staging', project: 'unseen' };
const K8S = { stack: 'staging', project: 'cluster' };
const AZ_SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const REPLACE = 'replace_because_cannot_update';

const block = (cls: CorpusCase['class'], why: string, rules = ['no-stateful-delete']) => ({ class: cls, expect: 'block' as const, rules, why });
const allow = (cls: CorpusCase['class'], why: string) => ({ class: cls, expect: 'allow' as const, why });

function auroraCluster(extra: Obj = {}): Obj {
  return {
    arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:billing`, backup_retention_period: 7, cluster_identifier: 'billing', database_name: 'billing',
    db_subnet_group_name: 'billing-db', delete_automated_backups: true, deletion_protection: false, engine: 'aurora-postgresql', engine_mode: 'provisioned',
    engine_version: '16.4', final_snapshot_identifier: 'billing-final', id: 'billing', kms_key_id: '', master_username: 'billing',
    replication_source_identifier: '', skip_final_snapshot: false, storage_encrypted: false, ...tags({}), ...extra,
  };
}

function ddbTable(hashKey: string, extra: Obj = {}): Obj {
  return {
    arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/carts`, attribute: [{ name: hashKey, type: 'S' }], billing_mode: 'PAY_PER_REQUEST',
    deletion_protection_enabled: false, hash_key: hashKey, id: 'carts', name: 'carts', point_in_time_recovery: [{ enabled: true, recovery_period_in_days: 35 }],
    range_key: null, server_side_encryption: [], stream_enabled: false, table_class: 'STANDARD', ttl: [{ attribute_name: '', enabled: false }], ...tags({}), ...extra,
  };
}

function efs(encrypted: boolean, extra: Obj = {}): Obj {
  return {
    arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0c1d2e3f4a5b6c7d8`, availability_zone_name: '', creation_token: 'uploads',
    dns_name: 'fs-0c1d2e3f4a5b6c7d8.efs.us-east-1.amazonaws.com', encrypted, id: 'fs-0c1d2e3f4a5b6c7d8', kms_key_id: '', lifecycle_policy: [],
    name: 'uploads', number_of_mount_targets: 2, owner_id: ACCOUNT, performance_mode: 'generalPurpose', protection: [{ replication_overwrite: 'ENABLED' }],
    provisioned_throughput_in_mibps: 0, size_in_bytes: [{ value: 53687091200, value_in_ia: 0, value_in_standard: 53687091200 }], throughput_mode: 'elastic', ...tags({}), ...extra,
  };
}

const cloudSql = (name: string, protection: boolean, extra: Obj = {}): Obj => ({
  connection_name: `acme:europe-west1:${name}`, database_version: 'POSTGRES_16', deletion_protection: protection, id: name, instance_type: 'CLOUD_SQL_INSTANCE',
  master_instance_name: '', name, project: 'acme', region: 'europe-west1', replica_configuration: [], self_link: `https://sqladmin.googleapis.com/sql/v1beta4/projects/acme/instances/${name}`,
  settings: [{ tier: 'db-custom-2-7680', deletion_protection_enabled: false, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true }] }],
  ...extra,
});

const pgFlex = (extra: Obj = {}): Obj => ({
  administrator_login: 'psqladmin', backup_retention_days: 7, create_mode: 'Default', delegated_subnet_id: '', fqdn: 'ledger.postgres.database.azure.com', geo_redundant_backup_enabled: false,
  id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger`, location: 'westeurope', name: 'ledger', public_network_access_enabled: false,
  replication_role: 'None', resource_group_name: 'ledger', sku_name: 'GP_Standard_D2s_v3', source_server_id: '', storage_mb: 65536, tags: {}, version: '16', zone: '1', ...extra,
});

const storageAccount = (kind: string, extra: Obj = {}): Obj => ({
  access_tier: 'Hot', account_kind: kind, account_replication_type: 'ZRS', account_tier: kind === 'BlockBlobStorage' ? 'Premium' : 'Standard',
  id: `${AZ_SUB}/resourceGroups/media/providers/Microsoft.Storage/storageAccounts/acmemedia`, is_hns_enabled: false, location: 'westeurope', min_tls_version: 'TLS1_2',
  name: 'acmemedia', primary_blob_endpoint: 'https://acmemedia.blob.core.windows.net/', resource_group_name: 'media', shared_access_key_enabled: true, tags: {}, ...extra,
});

const keyVault = (purgeProtection: boolean): Obj => ({
  enabled_for_disk_encryption: false, id: `${AZ_SUB}/resourceGroups/payments/providers/Microsoft.KeyVault/vaults/payments-kv`, location: 'westeurope', name: 'payments-kv',
  public_network_access_enabled: true, purge_protection_enabled: purgeProtection, rbac_authorization_enabled: true, resource_group_name: 'payments', sku_name: 'standard',
  soft_delete_retention_days: 90, tags: {}, tenant_id: '11111111-2222-3333-4444-555555555555', vault_uri: 'https://payments-kv.vault.azure.net/',
});

const kmeta = (name: string, namespace?: string): Obj[] => [{ annotations: {}, generate_name: '', labels: {}, name, ...(namespace ? { namespace } : {}), resource_version: '48213', uid: `7c1e2d3f-4a5b-4c6d-8e9f-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'a')}` }];
const storageClass = (name: string, reclaim: string): Obj => ({ allow_volume_expansion: true, id: name, metadata: kmeta(name), mount_options: [], parameters: { type: 'gp3' }, reclaim_policy: reclaim, storage_provisioner: 'ebs.csi.aws.com', volume_binding_mode: 'WaitForFirstConsumer' });
const claim = (storageClassName: string): Obj => ({
  id: 'ledger/data-ledger-0', metadata: kmeta('data-ledger-0', 'ledger'),
  spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: '100Gi' } }], selector: [], storage_class_name: storageClassName, volume_mode: 'Filesystem', volume_name: 'pvc-3b9e1f70' }],
  timeouts: null, wait_until_bound: true,
});

const noFilter = (): Obj[] => [{ and: [], object_size_greater_than: '', object_size_less_than: '', prefix: '', tag: [] }];
const s3Rule = (id: string, parts: Obj): Obj => ({
  abort_incomplete_multipart_upload: [], expiration: [], filter: noFilter(), id, noncurrent_version_expiration: [], noncurrent_version_transition: [],
  prefix: '', status: 'Enabled', transition: [], ...parts,
});
const s3Lifecycle = (rules: Obj[]): Obj => ({ bucket: 'acme-archive', expected_bucket_owner: '', id: 'acme-archive', rule: rules, timeouts: null, transition_default_minimum_object_size: 'all_storage_classes_128K' });
const deleteMarkers = s3Rule('expired-delete-markers', {
  expiration: [{ date: null, days: 0, expired_object_delete_marker: true }],
  noncurrent_version_expiration: [{ newer_noncurrent_versions: null, noncurrent_days: 365 }],
});
const secret = (window: number): Obj => ({
  arn: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:payments/stripe-AbCdEf`, description: 'Stripe API key', force_overwrite_replica_secret: false,
  id: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:payments/stripe-AbCdEf`, kms_key_id: '', name: 'payments/stripe', recovery_window_in_days: window, replica: [], ...tags({}),
});
const bucket = (extra: Obj = {}): Obj => ({
  arn: 'arn:aws:s3:::acme-archive', bucket: 'acme-archive', force_destroy: false, id: 'acme-archive', object_lock_enabled: false, region: 'us-east-1', ...tags({}), ...extra,
});

const IAM = 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_iam_role_policy, aws_iam_role_policy_attachment shapes)';
const ciRole = (): Obj => ({
  arn: `arn:aws:iam::${ACCOUNT}:role/ci-deployer`, assume_role_policy: policy([{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
  create_date: '2026-03-02T10:11:12Z', description: '', force_detach_policies: false, id: 'ci-deployer', max_session_duration: 3600, name: 'ci-deployer', path: '/', permissions_boundary: '',
  unique_id: 'AROAEXAMPLE7Z3K4N5P6Q', ...tags({ env: 'staging' }),
});
const grant = (name: string, statements: Obj[]) => [
  { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: ciRole(), after: ciRole() },
  { type: 'aws_iam_role_policy', name, actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: { id: `ci-deployer:${name}`, name, name_prefix: '', policy: policy(statements), role: 'ci-deployer' } },
];
const managed = (arn: string) => [
  { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: ciRole(), after: ciRole() },
  { type: 'aws_iam_role_policy_attachment', name: 'managed', actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: { policy_arn: arn, role: 'ci-deployer' } },
];

export function unseenCases(): CorpusCase[] {
  return [
    // ---- forced-new replacements of stores ----
    tf('rds-cluster-replaced-storage-encrypted', { ...block('store-without-storage-word', 'storage_encrypted of aws_rds_cluster is ForceNew: turning encryption on replaces the Aurora cluster, and the new cluster starts empty (hashicorp/aws rds cluster schema, storage_encrypted ForceNew; AWS: an unencrypted cluster cannot be encrypted in place).'), from: 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_rds_cluster shape)' }, [{
      type: 'aws_rds_cluster', name: 'billing', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['storage_encrypted']],
      before: auroraCluster(), after: auroraCluster({ storage_encrypted: true }), unknown: ['arn', 'id', 'kms_key_id'],
    }]),
    pu('rds-cluster-replaced-engine', block('store-without-storage-word', 'Changing engine of an aws:rds/cluster (aurora-mysql to aurora-postgresql) forces a replacement: the old cluster volume is deleted (@pulumi/aws 7.48.0 rds/cluster.d.ts engine, ForceNew in hashicorp/aws).'), S, [{
      op: 'replace', type: 'aws:rds/cluster:Cluster', name: 'billing', diff: ['engine'], replace: ['engine'],
      old: { id: 'billing', inputs: { clusterIdentifier: 'billing', databaseName: 'billing', engine: 'aurora-mysql', masterUsername: 'billing', skipFinalSnapshot: false, finalSnapshotIdentifier: 'billing-final', backupRetentionPeriod: 7, storageEncrypted: true } },
      new: { inputs: { clusterIdentifier: 'billing', databaseName: 'billing', engine: 'aurora-postgresql', masterUsername: 'billing', skipFinalSnapshot: false, finalSnapshotIdentifier: 'billing-final', backupRetentionPeriod: 7, storageEncrypted: true } },
    }]),
    tf('dynamodb-table-replaced-hash-key', block('store-without-storage-word', 'hash_key of aws_dynamodb_table forces a new resource: the table is deleted and recreated empty (hashicorp/aws 6.25.0 dynamodb_table docs: hash_key "Forces new resource").'), [{
      type: 'aws_dynamodb_table', name: 'carts', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['hash_key']],
      before: ddbTable('cart_id'), after: ddbTable('customer_id'), unknown: ['arn', 'id', 'stream_arn'],
    }]),
    pu('dynamodb-table-replaced-hash-key', block('store-without-storage-word', 'A change of hashKey replaces an aws:dynamodb/table: the table and its items are deleted (@pulumi/aws 7.48.0 dynamodb/table.d.ts hashKey: "Forces new resource").'), S, [{
      op: 'replace', type: 'aws:dynamodb/table:Table', name: 'carts', diff: ['hashKey'], replace: ['hashKey'],
      old: { id: 'carts', inputs: { name: 'carts', billingMode: 'PAY_PER_REQUEST', hashKey: 'cartId', attributes: [{ name: 'cartId', type: 'S' }], pointInTimeRecovery: { enabled: true } } },
      new: { inputs: { name: 'carts', billingMode: 'PAY_PER_REQUEST', hashKey: 'customerId', attributes: [{ name: 'customerId', type: 'S' }], pointInTimeRecovery: { enabled: true } } },
    }]),
    tf('efs-file-system-delete', block('storage-word', 'Deleting an aws_efs_file_system deletes every file in it (hashicorp/aws 6.25.0 efs_file_system; data-model.md §2.5).'), [{
      type: 'aws_efs_file_system', name: 'uploads', actions: ['delete'], reason: DEL, before: efs(true),
    }]),
    pu('efs-file-system-replaced-encrypted', block('storage-word', 'encrypted of aws:efs/fileSystem forces a new file system: the replacement deletes the old one and its files (@pulumi/aws 7.48.0 efs/fileSystem.d.ts encrypted; ForceNew in hashicorp/aws).'), S, [{
      op: 'replace', type: 'aws:efs/fileSystem:FileSystem', name: 'uploads', diff: ['encrypted'], replace: ['encrypted'],
      old: { id: 'fs-0c1d2e3f4a5b6c7d8', inputs: { creationToken: 'uploads', encrypted: false, performanceMode: 'generalPurpose', throughputMode: 'elastic' } },
      new: { inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic' } },
    }]),
    tf('ebs-volume-replaced-availability-zone', block('storage-word', 'availability_zone of aws_ebs_volume is ForceNew: moving the volume replaces it with an empty one (hashicorp/aws 6.25.0 ebs_volume).'), [{
      type: 'aws_ebs_volume', name: 'ledger', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['availability_zone']],
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0a9b8c7d6e5f40312`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id: 'vol-0a9b8c7d6e5f40312', iops: 3000, multi_attach_enabled: false, size: 200, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({}) },
      after: { availability_zone: 'us-east-1b', encrypted: true, final_snapshot: false, iops: 3000, multi_attach_enabled: false, size: 200, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({}) },
      unknown: ['arn', 'id'],
    }]),

    // ---- stores the corpus had not covered ----
    tf('elasticache-serverless-valkey-delete', block('store-without-storage-word', 'An aws_elasticache_serverless_cache (engine valkey, daily snapshots) is a keyed data set; deleting it destroys it (judgement as for Redis, README; ElastiCache API ServerlessCache: snapshots for Valkey, Redis OSS and Serverless Memcached).'), [{
      type: 'aws_elasticache_serverless_cache', name: 'sessions', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:serverlesscache:sessions`, daily_snapshot_time: '03:00', description: 'sessions', engine: 'valkey', id: 'sessions', major_engine_version: '8', name: 'sessions', snapshot_retention_limit: 7, status: 'available', ...tags({}) },
    }]),
    pu('elasticache-serverless-memcached-delete', block('store-without-storage-word', 'Unlike a memcached node cluster, a serverless memcached cache keeps snapshots ("Available for Valkey, Redis OSS and Serverless Memcached", ElastiCache API ServerlessCache.DailySnapshotTime): it persists data, and its delete destroys it.'), S, [{
      op: 'delete', type: 'aws:elasticache/serverlessCache:ServerlessCache', name: 'pages',
      old: { id: 'pages', inputs: { name: 'pages', engine: 'memcached', majorEngineVersion: '1.6', snapshotRetentionLimit: 3, dailySnapshotTime: '04:00' } },
    }]),
    tf('opensearch-domain-delete', block('store-without-storage-word', 'Deleting an aws_opensearch_domain deletes its indices (the domain holds them on its EBS volumes) (hashicorp/aws 6.25.0 opensearch_domain).'), [{
      type: 'aws_opensearch_domain', name: 'logs', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, domain_id: `${ACCOUNT}/logs`, domain_name: 'logs', ebs_options: [{ ebs_enabled: true, iops: 3000, throughput: 125, volume_size: 500, volume_type: 'gp3' }], endpoint: 'search-logs.us-east-1.es.amazonaws.com', engine_version: 'OpenSearch_2.15', id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, ...tags({}) },
    }]),
    pu('opensearch-domain-delete', block('store-without-storage-word', 'An aws:opensearch/domain delete deletes the domain\'s indices (@pulumi/aws 7.48.0 opensearch/domain.d.ts).'), S, [{
      op: 'delete', type: 'aws:opensearch/domain:Domain', name: 'logs',
      old: { id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, inputs: { domainName: 'logs', engineVersion: 'OpenSearch_2.15', ebsOptions: { ebsEnabled: true, volumeSize: 500, volumeType: 'gp3' } } },
    }]),
    tf('msk-cluster-delete', block('store-without-storage-word', 'Deleting an aws_msk_cluster deletes its brokers\' storage and every topic\'s retained records (hashicorp/aws 6.25.0 msk_cluster; Kafka retention: consumers replay from the log).'), [{
      type: 'aws_msk_cluster', name: 'events', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/events/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-2`, cluster_name: 'events', id: `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/events/6a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d-2`, kafka_version: '3.6.0', number_of_broker_nodes: 3, storage_mode: 'LOCAL', ...tags({}) },
    }]),
    pu('redshift-serverless-namespace-delete', block('store-without-storage-word', 'An aws:redshiftserverless/namespace is the collection of database objects and users of Redshift Serverless; deleting it deletes the data (@pulumi/aws 7.48.0 redshiftserverless/namespace.d.ts; Redshift Serverless docs: a namespace holds the data, a workgroup the compute).'), S, [{
      op: 'delete', type: 'aws:redshiftserverless/namespace:Namespace', name: 'analytics',
      old: { id: 'analytics', inputs: { namespaceName: 'analytics', dbName: 'analytics', adminUsername: 'admin' } },
    }]),
    tf('backup-vault-with-recovery-points-delete', block('store-without-storage-word', 'An aws_backup_vault holding 42 recovery points, deleted: the recovery points are the backups (force_destroy false makes the provider refuse while they exist, and the next step is to turn it on) (hashicorp/aws 6.25.0 backup_vault force_destroy, recovery_points).'), [{
      type: 'aws_backup_vault', name: 'orders', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:orders`, force_destroy: false, id: 'orders', kms_key_arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/2f1e0d9c-8b7a-4655-9443-3c2b1a0f9e8d`, name: 'orders', recovery_points: 42, timeouts: null, ...tags({}) },
    }]),
    tf('cloud-sql-instance-delete-protection-on', block('store-without-storage-word', 'A google_sql_database_instance delete with deletion_protection true: the plan means to destroy the database; the provider fails the destroy ("terraform destroy … will fail"), and the next step must not be to turn protection off (hashicorp/google 6.50.0 sql_database_instance deletion_protection).'), [{
      type: 'google_sql_database_instance', name: 'orders', actions: ['delete'], reason: DEL, before: cloudSql('orders', true),
    }]),
    pu('cloud-sql-instance-delete', block('store-without-storage-word', 'A gcp:sql/databaseInstance deleted with deletionProtection false and deletionPolicy DELETE (the default) deletes the instance and its databases (@pulumi/gcp 9.37.0 sql/databaseInstance.d.ts).'), { stack: 'staging', project: 'orders' }, [{
      op: 'delete', type: 'gcp:sql/databaseInstance:DatabaseInstance', name: 'orders',
      old: { id: 'orders', inputs: { name: 'orders', databaseVersion: 'POSTGRES_16', region: 'europe-west1', deletionProtection: false, settings: { tier: 'db-custom-2-7680', backupConfiguration: { enabled: true } } } },
    }]),
    tf('cloud-sql-read-replica-delete', allow('attribute-judgement', 'A google_sql_database_instance with master_instance_name is a read replica: its data is a copy of the primary, which stays (hashicorp/google 6.50.0 sql_database_instance master_instance_name).'), [{
      type: 'google_sql_database_instance', name: 'orders_replica', actions: ['delete'], reason: DEL,
      before: cloudSql('orders-replica', false, { instance_type: 'READ_REPLICA_INSTANCE', master_instance_name: 'orders', replica_configuration: [{ cascadable_replica: false, failover_target: false }] }),
    }, {
      type: 'google_sql_database_instance', name: 'orders', actions: ['no-op'], before: cloudSql('orders', true), after: cloudSql('orders', true),
    }]),
    tf('bigquery-dataset-delete-contents', block('store-without-storage-word', 'A google_bigquery_dataset deleted with delete_contents_on_destroy true deletes every table in it (hashicorp/google 6.50.0 bigquery_dataset delete_contents_on_destroy).'), [{
      type: 'google_bigquery_dataset', name: 'events', actions: ['delete'], reason: DEL,
      before: { dataset_id: 'events', default_table_expiration_ms: 0, delete_contents_on_destroy: true, effective_labels: {}, id: 'projects/acme/datasets/events', labels: {}, location: 'EU', max_time_travel_hours: '168', project: 'acme', self_link: 'https://bigquery.googleapis.com/bigquery/v2/projects/acme/datasets/events', terraform_labels: {} },
    }]),

    // ---- Pulumi gcp's generic deletionPolicy: ABANDON deletes nothing, DELETE does ----
    pu('gcs-bucket-delete-force-destroy', block('storage-word', 'A gcp:storage/bucket deleted with forceDestroy true deletes every object in it first (@pulumi/gcp 9.37.0 storage/bucket.d.ts forceDestroy).'), { stack: 'staging', project: 'media' }, [{
      op: 'delete', type: 'gcp:storage/bucket:Bucket', name: 'uploads',
      old: { id: 'acme-uploads', inputs: { name: 'acme-uploads', location: 'EU', forceDestroy: true, uniformBucketLevelAccess: true } },
    }]),
    pu('gcs-bucket-delete-policy-abandon', allow('attribute-judgement', 'With deletionPolicy "ABANDON" a gcp:storage/bucket delete "will remove the resource from Terraform management without updating or deleting the resource in the API": the bucket and its objects stay (@pulumi/gcp 9.x generic deletionPolicy doc, e.g. pub.dev pulumi_gcp deletionPolicy).'), { stack: 'staging', project: 'media' }, [{
      op: 'delete', type: 'gcp:storage/bucket:Bucket', name: 'uploads',
      old: { id: 'acme-uploads', inputs: { name: 'acme-uploads', location: 'EU', forceDestroy: false, deletionPolicy: 'ABANDON', uniformBucketLevelAccess: true } },
    }]),
    pu('spanner-instance-delete-policy-abandon', allow('attribute-judgement', 'A gcp:spanner/instance with deletionPolicy "ABANDON" is only removed from the stack: the instance and its databases stay in the API (@pulumi/gcp 9.x generic deletionPolicy doc).'), { stack: 'staging', project: 'ledger' }, [{
      op: 'delete', type: 'gcp:spanner/instance:Instance', name: 'ledger',
      old: { id: 'acme/ledger', inputs: { name: 'ledger', config: 'regional-europe-west1', displayName: 'ledger', processingUnits: 1000, forceDestroy: false, deletionPolicy: 'ABANDON' } },
    }]),
    pu('bigtable-instance-delete', block('store-without-storage-word', 'A gcp:bigtable/instance delete (deletionProtection false, deletionPolicy unset: DELETE) deletes its tables (@pulumi/gcp 9.37.0 bigtable/instance.d.ts).'), { stack: 'staging', project: 'events' }, [{
      op: 'delete', type: 'gcp:bigtable/instance:Instance', name: 'events',
      old: { id: 'projects/acme/instances/events', inputs: { name: 'events', deletionProtection: false, clusters: [{ clusterId: 'events-c1', numNodes: 3, storageType: 'SSD', zone: 'europe-west1-b' }] } },
    }]),
    pu('firestore-database-delete-policy-delete', block('store-without-storage-word', 'A gcp:firestore/database with deletionPolicy "DELETE" is deleted with every document (@pulumi/gcp 9.37.0 firestore/database.d.ts deletionPolicy; default ABANDON).'), { stack: 'staging', project: 'app' }, [{
      op: 'delete', type: 'gcp:firestore/database:Database', name: 'app',
      old: { id: 'projects/acme/databases/app', inputs: { name: 'app', locationId: 'eur3', type: 'FIRESTORE_NATIVE', deletionPolicy: 'DELETE', deleteProtectionState: 'DELETE_PROTECTION_DISABLED' } },
    }]),

    tf('memorystore-valkey-instance-delete', block('store-without-storage-word', 'A google_memorystore_instance (Memorystore for Valkey, persistence RDB) holds a Valkey data set; its delete destroys it (judgement as for Redis, README; Memorystore for Valkey docs). Its deletion protection is off here.'), [{
      type: 'google_memorystore_instance', name: 'sessions', actions: ['delete'], reason: DEL,
      before: { deletion_protection_enabled: false, effective_labels: {}, engine_version: 'VALKEY_8_0', id: 'projects/acme/locations/europe-west1/instances/sessions', instance_id: 'sessions', labels: {}, location: 'europe-west1', mode: 'CLUSTER_DISABLED', name: 'projects/acme/locations/europe-west1/instances/sessions', node_type: 'SHARED_CORE_NANO', persistence_config: [{ aof_config: [], mode: 'RDB', rdb_config: [{ rdb_snapshot_period: 'ONE_HOUR', rdb_snapshot_start_time: '' }] }], project: 'acme', shard_count: 1, terraform_labels: {} },
    }]),
    pu('memorystore-valkey-secondary-delete', allow('attribute-judgement', 'A gcp:memorystore/instance whose crossInstanceReplicationConfig.instanceRole is SECONDARY replicates its primary, which stays: its delete loses no unique data (@pulumi/gcp memorystore/instance.d.ts; Memorystore for Valkey cross-region replication docs).'), { stack: 'staging', project: 'sessions' }, [{
      op: 'delete', type: 'gcp:memorystore/instance:Instance', name: 'sessions-dr',
      old: { id: 'projects/acme/locations/europe-west4/instances/sessions-dr', inputs: { instanceId: 'sessions-dr', location: 'europe-west4', shardCount: 1, deletionProtectionEnabled: false, crossInstanceReplicationConfig: { instanceRole: 'SECONDARY', primaryInstance: { instance: 'projects/acme/locations/europe-west1/instances/sessions' } } } },
    }]),
    pu('memorystore-valkey-instance-delete', block('store-without-storage-word', 'A gcp:memorystore/instance (no replication role) deleted with deletionProtectionEnabled false destroys its Valkey data set (@pulumi/gcp memorystore/instance.d.ts).'), { stack: 'staging', project: 'sessions' }, [{
      op: 'delete', type: 'gcp:memorystore/instance:Instance', name: 'sessions',
      old: { id: 'projects/acme/locations/europe-west1/instances/sessions', inputs: { instanceId: 'sessions', location: 'europe-west1', shardCount: 1, deletionProtectionEnabled: false, persistenceConfig: { mode: 'AOF' } } },
    }]),

    // ---- Azure ----
    tf('postgresql-flexible-server-delete', block('store-without-storage-word', 'Deleting an azurerm_postgresql_flexible_server deletes its databases (hashicorp/azurerm 4.55.0 postgresql_flexible_server).'), [{
      type: 'azurerm_postgresql_flexible_server', name: 'ledger', actions: ['delete'], reason: DEL, before: pgFlex(),
    }]),
    tf('postgresql-flexible-promoted-replica-delete', block('attribute-judgement', 'A server created as a replica (create_mode Replica) and then promoted (replication_role updated to None: "only can be updated to None for replica server", hashicorp/azurerm postgresql_flexible_server docs) replicates nothing: "No replication role assigned; the server operates independently" (Azure REST KnownReplicationRole.None). Its delete destroys data no other server has.'), [{
      type: 'azurerm_postgresql_flexible_server', name: 'ledger_dr', actions: ['delete'], reason: DEL,
      before: pgFlex({ create_mode: 'Replica', name: 'ledger-dr', replication_role: 'None', source_server_id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger`, id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger-dr` }),
    }]),
    tf('postgresql-flexible-replica-delete', allow('attribute-judgement', 'An azurerm_postgresql_flexible_server with create_mode Replica still replicating (replication_role AsyncReplica) holds a copy of its source server, which stays (hashicorp/azurerm 4.55.0; Azure REST KnownReplicationRole.AsyncReplica).'), [{
      type: 'azurerm_postgresql_flexible_server', name: 'ledger_ro', actions: ['delete'], reason: DEL,
      before: pgFlex({ create_mode: 'Replica', name: 'ledger-ro', replication_role: 'AsyncReplica', source_server_id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger`, id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger-ro` }),
    }]),
    pu('azure-classic-postgresql-flexible-server-delete', block('store-without-storage-word', 'The classic Pulumi azure package publishes azurerm under its own tokens: azure:postgresql/flexibleServer:FlexibleServer is azurerm_postgresql_flexible_server, and its delete deletes the databases (@pulumi/azure 6.40.0 postgresql/flexibleServer.d.ts).'), S, [{
      op: 'delete', type: 'azure:postgresql/flexibleServer:FlexibleServer', name: 'ledger',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger`, inputs: { name: 'ledger', resourceGroupName: 'ledger', location: 'westeurope', skuName: 'GP_Standard_D2s_v3', version: '16', storageMb: 65536, backupRetentionDays: 7 } },
    }]),
    pu('azure-classic-managed-disk-delete', block('storage-word', 'azure:compute/managedDisk:ManagedDisk is the classic Pulumi azure token of azurerm_managed_disk: deleting it deletes the disk (@pulumi/azure 6.40.0 compute/managedDisk.d.ts).'), S, [{
      op: 'delete', type: 'azure:compute/managedDisk:ManagedDisk', name: 'ledger-data',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.Compute/disks/ledger-data`, inputs: { name: 'ledger-data', resourceGroupName: 'ledger', location: 'westeurope', storageAccountType: 'Premium_LRS', createOption: 'Empty', diskSizeGb: 256 } },
    }]),
    pu('azure-classic-network-security-group-delete', allow('storage-word', 'azure:network/networkSecurityGroup:NetworkSecurityGroup (azurerm_network_security_group) holds no data: deleting it changes traffic rules only.'), S, [{
      op: 'delete', type: 'azure:network/networkSecurityGroup:NetworkSecurityGroup', name: 'ledger-nsg',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.Network/networkSecurityGroups/ledger-nsg`, inputs: { name: 'ledger-nsg', resourceGroupName: 'ledger', location: 'westeurope' } },
    }]),
    tf('storage-account-replaced-account-kind', block('storage-word', 'Changing account_kind of an azurerm_storage_account forces a new account, except Storage to StorageV2: StorageV2 to BlockBlobStorage replaces it, deleting every container, share, queue and table (hashicorp/azurerm 4.55.0 storage_account account_kind).'), [{
      type: 'azurerm_storage_account', name: 'media', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['account_kind']],
      before: storageAccount('StorageV2'), after: storageAccount('BlockBlobStorage'), unknown: ['id', 'primary_blob_endpoint'],
    }]),
    tf('storage-account-kind-upgraded-in-place', allow('storage-word', 'account_kind Storage to StorageV2 "will not trigger a force new on the storage account, it will only upgrade the existing storage account" (hashicorp/azurerm 4.55.0 storage_account account_kind): an in-place update, no data lost.'), [{
      type: 'azurerm_storage_account', name: 'media', actions: ['update'], before: storageAccount('Storage'), after: storageAccount('StorageV2'),
    }]),
    pu('azure-native-storage-account-delete', block('storage-word', 'Deleting an azure-native:storage:StorageAccount deletes every blob, file share, queue and table in it (@pulumi/azure-native storage/storageAccount).'), { stack: 'staging', project: 'media' }, [{
      op: 'delete', type: 'azure-native:storage:StorageAccount', name: 'acmemedia',
      old: { id: `${AZ_SUB}/resourceGroups/media/providers/Microsoft.Storage/storageAccounts/acmemedia`, inputs: { accountName: 'acmemedia', resourceGroupName: 'media', location: 'westeurope', kind: 'StorageV2', sku: { name: 'Standard_ZRS' } } },
    }]),
    tf('key-vault-delete-purge-protection-off', block('store-without-storage-word', 'An azurerm_key_vault deleted without purge protection: azurerm\'s features.key_vault.purge_soft_delete_on_destroy defaults to true, so the vault and its keys are purged at once, and data encrypted under them cannot be read (data-model.md §1.3; hashicorp/azurerm features block).'), [{
      type: 'azurerm_key_vault', name: 'payments', actions: ['delete'], reason: DEL, before: keyVault(false),
    }]),
    tf('key-vault-delete-purge-protection-on', block('store-without-storage-word', 'With purge_protection_enabled the deleted azurerm_key_vault is soft-deleted for soft_delete_retention_days: the delete still removes the vault and every key, secret and certificate from use, recoverable only by hand (hashicorp/azurerm 4.55.0 key_vault).'), [{
      type: 'azurerm_key_vault', name: 'payments', actions: ['delete'], reason: DEL, before: keyVault(true),
    }]),
    pu('azure-native-key-vault-delete', block('store-without-storage-word', 'An azure-native:keyvault:Vault delete deletes the vault with its keys and secrets (soft delete keeps them recoverable for a while, purge protection off) (@pulumi/azure-native keyvault/vault).'), { stack: 'staging', project: 'payments' }, [{
      op: 'delete', type: 'azure-native:keyvault:Vault', name: 'payments-kv',
      old: { id: `${AZ_SUB}/resourceGroups/payments/providers/Microsoft.KeyVault/vaults/payments-kv`, inputs: { vaultName: 'payments-kv', resourceGroupName: 'payments', location: 'westeurope', properties: { tenantId: '11111111-2222-3333-4444-555555555555', sku: { family: 'A', name: 'standard' }, enableSoftDelete: true, softDeleteRetentionInDays: 7 } } },
    }]),

    // ---- Kubernetes: a claim's StorageClass decides its disk ----
    tf('k8s-pvc-delete-storage-class-retain', allow('cascade', 'The claim\'s StorageClass (in the plan, unchanged) has reclaimPolicy Retain, so its dynamically provisioned PV was created with Retain ("controls the reclaimPolicy for dynamically provisioned PersistentVolumes"; a StorageClass cannot be updated once created): deleting the claim releases the PV and keeps the disk (data-model.md §1.1; k8s StorageClass docs).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: claim('retained-gp3') },
      { type: 'kubernetes_storage_class_v1', name: 'retained', actions: ['no-op'], before: storageClass('retained-gp3', 'Retain'), after: storageClass('retained-gp3', 'Retain') },
    ]),
    tf('k8s-pvc-delete-storage-class-delete', block('cascade', 'The claim\'s StorageClass (in the plan) has reclaimPolicy Delete: deleting the claim deletes its PV and the EBS volume behind it (data-model.md §1.1).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: claim('gp3') },
      { type: 'kubernetes_storage_class_v1', name: 'gp3', actions: ['no-op'], before: storageClass('gp3', 'Delete'), after: storageClass('gp3', 'Delete') },
    ]),
    tf('k8s-namespace-delete-claim-storage-class-retain', allow('cascade', 'Deleting the namespace deletes the claim in it (untouched in the plan), but the claim\'s StorageClass (unchanged, in the plan) retains the volumes it provisions: the PV is released and its disk kept, as when the claim alone is deleted (k8s StorageClass reclaimPolicy; data-model.md §1.1).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: { id: 'ledger', metadata: kmeta('ledger'), timeouts: null, wait_for_default_service_account: false } },
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['no-op'], before: claim('retained-gp3'), after: claim('retained-gp3') },
      { type: 'kubernetes_storage_class_v1', name: 'retained', actions: ['no-op'], before: storageClass('retained-gp3', 'Retain'), after: storageClass('retained-gp3', 'Retain') },
    ]),
    pu('k8s-pvc-delete-storage-class-retain', allow('cascade', 'A kubernetes:core/v1:PersistentVolumeClaim whose StorageClass (a same step in the preview) retains its volumes: the PV stays Released with its disk (k8s StorageClass reclaimPolicy; data-model.md §1.1).'), K8S, [
      { op: 'same', type: 'kubernetes:storage.k8s.io/v1:StorageClass', name: 'retained-gp3', old: { id: 'retained-gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'retained-gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Retain', parameters: { type: 'gp3' } } }, new: { id: 'retained-gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'retained-gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Retain', parameters: { type: 'gp3' } } } },
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-ledger-0', old: { id: 'ledger/data-ledger-0', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-ledger-0', namespace: 'ledger' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '100Gi' } }, storageClassName: 'retained-gp3' } } } },
    ]),

    // ---- changes that destroy nothing and must pass ----
    tf('stateless-replacements', allow('storage-word', 'Replacing an aws_lb (name forces new), a new aws_launch_template version, an aws_lambda_function code update and an aws_security_group replacement (name_prefix) hold no data (hashicorp/aws 6.25.0).'), [{
      type: 'aws_lb', name: 'web', actions: ['create', 'delete'], reason: REPLACE, replacePaths: [['name']],
      before: { arn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, enable_deletion_protection: false, id: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, internal: false, load_balancer_type: 'application', name: 'web', subnets: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({ env: 'staging' }) },
      after: { enable_deletion_protection: false, internal: false, load_balancer_type: 'application', name: 'web-v2', subnets: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({ env: 'staging' }) },
      unknown: ['arn', 'id'],
    }, {
      type: 'aws_launch_template', name: 'web', actions: ['update'],
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:launch-template/lt-0a1b2c3d4e5f60718`, block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ delete_on_termination: 'true', encrypted: 'true', volume_size: 30, volume_type: 'gp3' }] }], id: 'lt-0a1b2c3d4e5f60718', image_id: 'ami-0a1b2c3d4e5f60718', instance_type: 't3.medium', latest_version: 4, name: 'web', ...tags({ env: 'staging' }) },
      after: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:launch-template/lt-0a1b2c3d4e5f60718`, block_device_mappings: [{ device_name: '/dev/xvda', ebs: [{ delete_on_termination: 'true', encrypted: 'true', volume_size: 30, volume_type: 'gp3' }] }], id: 'lt-0a1b2c3d4e5f60718', image_id: 'ami-0f9e8d7c6b5a40312', instance_type: 't3.medium', name: 'web', ...tags({ env: 'staging' }) },
      unknown: ['latest_version'],
    }, {
      type: 'aws_lambda_function', name: 'thumbnails', actions: ['update'],
      before: { arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:thumbnails`, filename: 'build/thumbnails.zip', function_name: 'thumbnails', handler: 'index.handler', id: 'thumbnails', memory_size: 512, role: `arn:aws:iam::${ACCOUNT}:role/thumbnails`, runtime: 'nodejs22.x', source_code_hash: 'n6pqbRqsC5F0u8t0Jd9gqQ0l2bWb1p2q3r4s5t6u7v8=', timeout: 30, ...tags({ env: 'staging' }) },
      after: { arn: `arn:aws:lambda:us-east-1:${ACCOUNT}:function:thumbnails`, filename: 'build/thumbnails.zip', function_name: 'thumbnails', handler: 'index.handler', id: 'thumbnails', memory_size: 512, role: `arn:aws:iam::${ACCOUNT}:role/thumbnails`, runtime: 'nodejs22.x', source_code_hash: 'Q2x7mZ4aB9cD0eF1gH2iJ3kL4mN5oP6qR7sT8uV9wX0=', timeout: 30, ...tags({ env: 'staging' }) },
    }, {
      type: 'aws_security_group', name: 'web', actions: ['create', 'delete'], reason: REPLACE, replacePaths: [['name_prefix']],
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:security-group/sg-0a1b2c3d4e5f60718`, description: 'web', id: 'sg-0a1b2c3d4e5f60718', name: 'web-20261101', name_prefix: 'web-', revoke_rules_on_delete: false, vpc_id: 'vpc-0a1b2c3d', ...tags({ env: 'staging' }) },
      after: { description: 'web', name_prefix: 'web-v2-', revoke_rules_on_delete: false, vpc_id: 'vpc-0a1b2c3d', ...tags({ env: 'staging' }) },
      unknown: ['arn', 'id', 'name'],
    }]),
    pu('stateless-replacements', allow('storage-word', 'Replacing an aws:lb/loadBalancer, an aws:lambda/function and an aws:ecs/taskDefinition, and updating an aws:ecs/service and an aws:iam/role, touch no data (@pulumi/aws 7.48.0).'), S, [
      { op: 'replace', type: 'aws:lb/loadBalancer:LoadBalancer', name: 'web', diff: ['name'], replace: ['name'], old: { id: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, inputs: { name: 'web', loadBalancerType: 'application', internal: false, enableDeletionProtection: false } }, new: { inputs: { name: 'web-v2', loadBalancerType: 'application', internal: false, enableDeletionProtection: false } } },
      { op: 'replace', type: 'aws:lambda/function:Function', name: 'thumbnails', diff: ['packageType'], replace: ['packageType'], old: { id: 'thumbnails', inputs: { name: 'thumbnails', packageType: 'Zip', runtime: 'nodejs22.x', handler: 'index.handler', role: `arn:aws:iam::${ACCOUNT}:role/thumbnails` } }, new: { inputs: { name: 'thumbnails', packageType: 'Image', imageUri: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/thumbnails:1.4.0`, role: `arn:aws:iam::${ACCOUNT}:role/thumbnails` } } },
      { op: 'replace', type: 'aws:ecs/taskDefinition:TaskDefinition', name: 'api', diff: ['containerDefinitions'], replace: ['containerDefinitions'], old: { id: 'api:41', inputs: { family: 'api', containerDefinitions: JSON.stringify([{ name: 'api', image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/api:2.3.0`, essential: true }]), requiresCompatibilities: ['FARGATE'], cpu: '512', memory: '1024', networkMode: 'awsvpc' } }, new: { inputs: { family: 'api', containerDefinitions: JSON.stringify([{ name: 'api', image: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/api:2.4.0`, essential: true }]), requiresCompatibilities: ['FARGATE'], cpu: '512', memory: '1024', networkMode: 'awsvpc' } } },
      { op: 'update', type: 'aws:ecs/service:Service', name: 'api', diff: ['taskDefinition'], old: { id: `arn:aws:ecs:us-east-1:${ACCOUNT}:service/main/api`, inputs: { name: 'api', cluster: 'main', desiredCount: 3, taskDefinition: 'api:41', launchType: 'FARGATE' } }, new: { inputs: { name: 'api', cluster: 'main', desiredCount: 3, taskDefinition: 'api:42', launchType: 'FARGATE' } } },
      { op: 'update', type: 'aws:iam/role:Role', name: 'api', diff: ['maxSessionDuration'], old: { id: 'api', inputs: { name: 'api', assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), maxSessionDuration: 3600 } }, new: { inputs: { name: 'api', assumeRolePolicy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), maxSessionDuration: 7200 } } },
    ]),
    tf('gke-node-pool-replaced', allow('storage-word', 'Replacing a google_container_node_pool (machine_type forces new) recreates nodes whose boot disks are rebuilt from the node image; PVs are separate disks that outlive nodes (hashicorp/google 6.50.0 container_node_pool; README judgement on root volumes).'), [{
      type: 'google_container_node_pool', name: 'default', actions: ['create', 'delete'], reason: REPLACE, replacePaths: [['node_config']],
      before: { cluster: 'projects/acme/locations/europe-west1/clusters/main', id: 'projects/acme/locations/europe-west1/clusters/main/nodePools/default', location: 'europe-west1', name: 'default', node_config: [{ disk_size_gb: 100, disk_type: 'pd-balanced', machine_type: 'e2-standard-4' }], node_count: 2, project: 'acme' },
      after: { cluster: 'projects/acme/locations/europe-west1/clusters/main', location: 'europe-west1', name: 'default', node_config: [{ disk_size_gb: 100, disk_type: 'pd-balanced', machine_type: 'n2-standard-4' }], node_count: 2, project: 'acme' },
      unknown: ['id'],
    }]),
    tf('data-stores-tags-only-update', allow('attribute-judgement', 'Tag-only in-place updates of an aws_rds_cluster, an aws_dynamodb_table and an aws_efs_file_system in staging change no data; their hygiene findings (no deletion protection) warn outside prod (issue #8 §7).'), [{
      type: 'aws_rds_cluster', name: 'billing', actions: ['update'], before: auroraCluster({ storage_encrypted: true, ...tags({ env: 'staging' }) }), after: auroraCluster({ storage_encrypted: true, ...tags({ env: 'staging', owner: 'billing-team' }) }),
    }, {
      type: 'aws_dynamodb_table', name: 'carts', actions: ['update'], before: ddbTable('cart_id', tags({ env: 'staging' })), after: ddbTable('cart_id', tags({ env: 'staging', owner: 'carts-team' })),
    }, {
      type: 'aws_efs_file_system', name: 'uploads', actions: ['update'], before: efs(true, tags({ env: 'staging' })), after: efs(true, tags({ env: 'staging', owner: 'media-team' })),
    }]),
    pu('data-stores-tags-only-update', allow('attribute-judgement', 'Tag-only updates of an aws:rds/instance and an aws:opensearch/domain in the staging stack change no data (@pulumi/aws 7.48.0).'), S, [
      { op: 'update', type: 'aws:rds/instance:Instance', name: 'orders', diff: ['tags'], old: { id: 'db-ORDERS', inputs: { identifier: 'orders', engine: 'postgres', instanceClass: 'db.r6g.large', allocatedStorage: 100, deletionProtection: true, skipFinalSnapshot: false, finalSnapshotIdentifier: 'orders-final', backupRetentionPeriod: 7, ...ptags({ env: 'staging' }) } }, new: { inputs: { identifier: 'orders', engine: 'postgres', instanceClass: 'db.r6g.large', allocatedStorage: 100, deletionProtection: true, skipFinalSnapshot: false, finalSnapshotIdentifier: 'orders-final', backupRetentionPeriod: 7, ...ptags({ env: 'staging', owner: 'orders-team' }) } } },
      { op: 'update', type: 'aws:opensearch/domain:Domain', name: 'logs', diff: ['tags'], old: { id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, inputs: { domainName: 'logs', engineVersion: 'OpenSearch_2.15', ...ptags({ env: 'staging' }) } }, new: { inputs: { domainName: 'logs', engineVersion: 'OpenSearch_2.15', ...ptags({ env: 'staging', owner: 'search-team' }) } } },
    ]),
    // ---- round 2: lifecycle look-alikes, guards turned off in place, more deletes ----
    tf('s3-lifecycle-expired-delete-markers-only', allow('destruction-without-delete', 'An S3 lifecycle rule whose expiration only sets expired_object_delete_marker (days 0 is Terraform\'s unset: S3 Days "must be a non-zero positive integer", and ExpiredObjectDeleteMarker "cannot be specified with Days or Date") removes delete markers that have no noncurrent versions, and expires noncurrent versions after 365 days: no live object is deleted (AWS S3 API LifecycleExpiration; README judgement on 365-day noncurrent expiry).'), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'archive', actions: ['update'],
      before: s3Lifecycle([s3Rule('abort-uploads', { abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] })]),
      after: s3Lifecycle([s3Rule('abort-uploads', { abort_incomplete_multipart_upload: [{ days_after_initiation: 7 }] }), deleteMarkers]),
    }]),
    tf('s3-inline-lifecycle-expired-delete-markers-only', allow('destruction-without-delete', 'The deprecated inline aws_s3_bucket lifecycle_rule with expiration { expired_object_delete_marker = true } (days 0: unset) removes only orphaned delete markers (AWS S3 API LifecycleExpiration; hashicorp/aws 6.25.0 s3_bucket lifecycle_rule).'), [{
      type: 'aws_s3_bucket', name: 'archive', actions: ['update'],
      before: bucket({ lifecycle_rule: [] }),
      after: bucket({ lifecycle_rule: [{ abort_incomplete_multipart_upload_days: 0, enabled: true, expiration: [{ date: '', days: 0, expired_object_delete_marker: true }], id: 'delete-markers', noncurrent_version_expiration: [{ days: 365 }], noncurrent_version_transition: [], prefix: '', tags: {}, transition: [] }] }),
    }]),
    tf('s3-inline-lifecycle-expire-everything-empty-tags', block('destruction-without-delete', 'An inline aws_s3_bucket lifecycle_rule with no prefix and an empty tags map expires every current object after 3 days: an empty map narrows nothing (hashicorp/aws 6.25.0 s3_bucket lifecycle_rule; S3 lifecycle docs: a rule without a filter applies to all objects).', ['no-protection-downgrade']), [{
      type: 'aws_s3_bucket', name: 'archive', actions: ['update'],
      before: bucket({ lifecycle_rule: [] }),
      after: bucket({ lifecycle_rule: [{ abort_incomplete_multipart_upload_days: 0, enabled: true, expiration: [{ date: '', days: 3, expired_object_delete_marker: false }], id: 'cleanup', noncurrent_version_expiration: [], noncurrent_version_transition: [], prefix: '', tags: {}, transition: [] }] }),
    }]),
    pu('s3-lifecycle-expired-delete-markers-only', allow('destruction-without-delete', 'An aws:s3/bucketLifecycleConfiguration rule with expiration.expiredObjectDeleteMarker only removes orphaned delete markers (AWS S3 API LifecycleExpiration; @pulumi/aws 7.48.0).'), S, [{
      op: 'create', type: 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', name: 'archive',
      new: { inputs: { bucket: 'acme-archive', rules: [{ id: 'expired-delete-markers', status: 'Enabled', filter: {}, expiration: { expiredObjectDeleteMarker: true }, noncurrentVersionExpiration: { noncurrentDays: 365 } }] } },
    }]),
    tf('s3-lifecycle-expire-tmp-prefix', allow('destruction-without-delete', 'A lifecycle rule that expires objects under the tmp/ prefix after 7 days deletes scratch files, not the bucket\'s data (README: only an empty filter that expires current objects blocks).'), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'archive', actions: ['create'],
      after: s3Lifecycle([s3Rule('tmp-7d', { expiration: [{ date: null, days: 7, expired_object_delete_marker: false }], filter: [{ and: [], object_size_greater_than: '', object_size_less_than: '', prefix: 'tmp/', tag: [] }] })]),
    }]),
    tf('secret-recovery-window-zeroed', block('protection-removed', 'recovery_window_in_days 30 → 0 on aws_secretsmanager_secret: the next delete is a force delete "without recovery" instead of a 30-day recoverable one (hashicorp/aws 6.25.0 secretsmanager_secret recovery_window_in_days: 0 forces deletion without recovery).', ['no-protection-downgrade']), [{
      type: 'aws_secretsmanager_secret', name: 'stripe', actions: ['update'], before: secret(30), after: secret(0),
    }]),
    tf('cloud-sql-api-deletion-protection-off', block('protection-removed', 'settings.deletion_protection_enabled true → false on google_sql_database_instance turns off Cloud SQL\'s own (API-side) deletion protection (hashicorp/google 6.50.0; Cloud SQL deletion-protection docs, data-model.md §1.4).', ['no-protection-downgrade']), [{
      type: 'google_sql_database_instance', name: 'orders', actions: ['update'],
      before: cloudSql('orders', true, { settings: [{ tier: 'db-custom-2-7680', deletion_protection_enabled: true, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true }] }] }),
      after: cloudSql('orders', true, { settings: [{ tier: 'db-custom-2-7680', deletion_protection_enabled: false, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true }] }] }),
    }]),
    tf('s3-bucket-delete-without-force-destroy', block('storage-word', 'An aws_s3_bucket delete with force_destroy false: the plan means to destroy the bucket; the provider fails on a non-empty bucket (BucketNotEmpty), and turning force_destroy on to retry would delete every object (hashicorp/aws 6.25.0 s3_bucket force_destroy; data-model.md §2.1).'), [{
      type: 'aws_s3_bucket', name: 'archive', actions: ['delete'], reason: DEL, before: bucket(),
    }]),
    tf('kms-key-delete', block('store-without-storage-word', 'Destroying an aws_kms_key schedules its deletion (deletion_window_in_days 7): after the window, everything encrypted under it cannot be decrypted (hashicorp/aws 6.25.0 kms_key; data-model.md §2.4).'), [{
      type: 'aws_kms_key', name: 'ledger', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a`, bypass_policy_lockout_safety_check: false, customer_master_key_spec: 'SYMMETRIC_DEFAULT', deletion_window_in_days: 7, description: 'ledger data key', enable_key_rotation: true, id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', is_enabled: true, key_id: '5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a', key_usage: 'ENCRYPT_DECRYPT', multi_region: false, rotation_period_in_days: 365, ...tags({}) },
    }]),
    tf('gcs-bucket-replaced-location', block('storage-word', 'location of google_storage_bucket forces a new bucket: the replacement deletes the old bucket, with force_destroy true its objects first (hashicorp/google 6.50.0 storage_bucket location, force_destroy).'), [{
      type: 'google_storage_bucket', name: 'exports', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['location']],
      before: { effective_labels: {}, force_destroy: true, id: 'acme-exports', labels: {}, location: 'US', name: 'acme-exports', project: 'acme', self_link: 'https://www.googleapis.com/storage/v1/b/acme-exports', storage_class: 'STANDARD', terraform_labels: {}, uniform_bucket_level_access: true, url: 'gs://acme-exports' },
      after: { effective_labels: {}, force_destroy: true, labels: {}, location: 'EU', name: 'acme-exports', project: 'acme', storage_class: 'STANDARD', terraform_labels: {}, uniform_bucket_level_access: true },
      unknown: ['id', 'self_link', 'url'],
    }]),
    tf('k8s-pvc-replaced-storage-class', block('cascade', 'storage_class_name of a PersistentVolumeClaim cannot change in place: the replacement deletes the claim, and its PV and disk under the default Delete reclaim policy (no StorageClass in the plan says otherwise) (data-model.md §0 row 1).'), [{
      type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['spec']],
      before: claim('gp2'), after: claim('gp3'), unknown: ['id'],
    }]),
    pu('k8s-deployment-delete', allow('cascade', 'A kubernetes:apps/v1:Deployment delete removes pods whose volumes are emptyDir or claims that outlive it: a Deployment owns no PersistentVolumeClaims (k8s Deployment API: no volumeClaimTemplates).'), K8S, [{
      op: 'delete', type: 'kubernetes:apps/v1:Deployment', name: 'api',
      old: { id: 'ledger/api', inputs: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace: 'ledger' }, spec: { replicas: 3, selector: { matchLabels: { app: 'api' } }, template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'ghcr.io/acme/ledger-api:2.4.0' }] } } } } },
    }]),
    pu('azure-classic-storage-container-delete', block('storage-word', 'azure:storage/container:Container is azurerm_storage_container: deleting it deletes every blob in it (@pulumi/azure 6.40.0 storage/container.d.ts).'), S, [{
      op: 'delete', type: 'azure:storage/container:Container', name: 'invoices',
      old: { id: 'https://acmemedia.blob.core.windows.net/invoices', inputs: { name: 'invoices', storageAccountName: 'acmemedia', containerAccessType: 'private' } },
    }]),
    pu('azure-classic-recovery-services-vault-delete', block('store-without-storage-word', 'azure:recoveryservices/vault:Vault is azurerm_recovery_services_vault (the module name runs the words of azurerm\'s prefix together): deleting the vault deletes the backups it holds (@pulumi/azure 6.40.0 recoveryservices/vault.d.ts).'), S, [{
      op: 'delete', type: 'azure:recoveryservices/vault:Vault', name: 'ledger-backups',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.RecoveryServices/vaults/ledger-backups`, inputs: { name: 'ledger-backups', resourceGroupName: 'ledger', location: 'westeurope', sku: 'Standard', softDeleteEnabled: true } },
    }]),
    pu('azure-classic-resource-group-tags-update', allow('cascade', 'A tag update of azure:core/resourceGroup:ResourceGroup changes no resource in it (@pulumi/azure 6.40.0 core/resourceGroup.d.ts).'), S, [{
      op: 'update', type: 'azure:core/resourceGroup:ResourceGroup', name: 'ledger', diff: ['tags'],
      old: { id: `${AZ_SUB}/resourceGroups/ledger`, inputs: { name: 'ledger', location: 'westeurope', tags: { env: 'staging' } } },
      new: { inputs: { name: 'ledger', location: 'westeurope', tags: { env: 'staging', owner: 'ledger-team' } } },
    }]),
    // ---- round 3: grants judged by what they reach ----
    tf('delete-every-table-of-the-account', { ...block('credentials', 'dynamodb:DeleteTable on arn:aws:dynamodb:us-east-1:111111111111:table/* reaches every table of the account, prod included, from a staging role: blanket (issue #8 §5).', ['no-blanket-destroy-credentials']), from: IAM }, grant('cleanup', [
      { Effect: 'Allow', Action: ['dynamodb:DescribeTable', 'dynamodb:DeleteTable'], Resource: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/*` },
    ])),
    tf('dynamodb-full-access-attached', { ...block('credentials', 'AmazonDynamoDBFullAccess grants dynamodb:* on "*", DeleteTable and DeleteBackup included (AWS managed policy reference, data-model.md §3).', ['no-blanket-destroy-credentials']), from: IAM }, managed('arn:aws:iam::aws:policy/AmazonDynamoDBFullAccess')),
    tf('s3-read-only-attached', { ...allow('credentials', 'AmazonS3ReadOnlyAccess grants s3:Get* and s3:List*: nothing destructive (AWS managed policy reference).'), from: IAM }, managed('arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess')),
    tf('delete-scoped-by-aws-resource-tag', { ...allow('credentials', 'secretsmanager:DeleteSecret on "*" only where aws:ResourceTag/env equals "staging", the role\'s own environment: a tag condition scopes the grant (issue #8 §5; iam-data: every service has aws:ResourceTag).'), from: IAM }, grant('rotate', [
      { Effect: 'Allow', Action: ['secretsmanager:DeleteSecret', 'secretsmanager:PutSecretValue'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'staging' } } },
    ])),
    pu('delete-every-db-instance', block('credentials', 'rds:DeleteDBInstance and rds:DeleteDBCluster on "*" from a staging role reach every database of the account: blanket (issue #8 §5).', ['no-blanket-destroy-credentials']), { stack: 'staging', project: 'ci' }, [
      { op: 'create', type: 'aws:iam/rolePolicy:RolePolicy', name: 'ci-db-cleanup', new: { inputs: { name: 'db-cleanup', role: 'ci-deployer', policy: policy([{ Effect: 'Allow', Action: ['rds:DeleteDBInstance', 'rds:DeleteDBCluster'], Resource: '*' }]) } } },
    ]),
    tf('lb-deletion-protection-off', allow('protection-removed', 'enable_deletion_protection true → false on an aws_lb turns off a guard on a load balancer, which holds no data: recreating it loses nothing (hashicorp/aws 6.25.0 lb).'), [{
      type: 'aws_lb', name: 'web', actions: ['update'],
      before: { arn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, enable_deletion_protection: true, id: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, internal: false, load_balancer_type: 'application', name: 'web', subnets: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({ env: 'staging' }) },
      after: { arn: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, enable_deletion_protection: false, id: `arn:aws:elasticloadbalancing:us-east-1:${ACCOUNT}:loadbalancer/app/web/0a1b2c3d4e5f6a7b`, internal: false, load_balancer_type: 'application', name: 'web', subnets: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({ env: 'staging' }) },
    }]),
    // ---- round 4: Pulumi forms, classes created or replaced by the plan, more stores ----
    tf('k8s-pvc-delete-storage-class-created-by-plan', block('cascade', 'The plan creates the StorageClass retained-gp3 (Retain) while it deletes a claim of that class name: the claim\'s volume was provisioned by an earlier class object, whose policy the plan does not show, so the default Delete is assumed and the disk goes (k8s StorageClass reclaimPolicy applies at provisioning; data-model.md §0 row 1).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: claim('retained-gp3') },
      { type: 'kubernetes_storage_class_v1', name: 'retained', actions: ['create'], before: null, after: storageClass('retained-gp3', 'Retain'), unknown: ['id'] },
    ]),
    tf('k8s-pvc-delete-storage-class-replaced-to-retain', block('cascade', 'reclaim_policy of a StorageClass cannot change in place ("the objects cannot be updated once they are created"): the plan replaces gp3 (Delete) by a Retain class while deleting a claim of it. The claim\'s PV was provisioned under Delete, so its disk goes (k8s storage-classes docs).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: claim('gp3') },
      { type: 'kubernetes_storage_class_v1', name: 'gp3', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['reclaim_policy']], before: storageClass('gp3', 'Delete'), after: storageClass('gp3', 'Retain'), unknown: ['id'] },
    ]),
    pu('k8s-pvc-delete-storage-class-delete', block('cascade', 'A kubernetes:core/v1:PersistentVolumeClaim deleted while its StorageClass (a same step) has reclaimPolicy Delete: the PV and its disk go (data-model.md §1.1).'), K8S, [
      { op: 'same', type: 'kubernetes:storage.k8s.io/v1:StorageClass', name: 'gp3', old: { id: 'gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Delete', parameters: { type: 'gp3' } } }, new: { id: 'gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Delete', parameters: { type: 'gp3' } } } },
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-ledger-0', old: { id: 'ledger/data-ledger-0', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-ledger-0', namespace: 'ledger' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '100Gi' } }, storageClassName: 'gp3' } } } },
    ]),
    pu('gcs-bucket-delete-policy-prevent', block('storage-word', 'A gcp:storage/bucket delete under deletionPolicy "PREVENT": the plan means to destroy the bucket; the provider fails the delete, and switching the policy to retry must not be the next step (@pulumi/gcp 9.x generic deletionPolicy doc).'), { stack: 'staging', project: 'media' }, [{
      op: 'delete', type: 'gcp:storage/bucket:Bucket', name: 'uploads',
      old: { id: 'acme-uploads', inputs: { name: 'acme-uploads', location: 'EU', forceDestroy: false, deletionPolicy: 'PREVENT', uniformBucketLevelAccess: true } },
    }]),
    pu('cloud-sql-instance-delete-policy-abandon', allow('attribute-judgement', 'A gcp:sql/databaseInstance with deletionPolicy "ABANDON" is removed from the stack without deleting the instance in the API (@pulumi/gcp 9.37.0 sql/databaseInstance.d.ts deletionPolicy).'), { stack: 'staging', project: 'orders' }, [{
      op: 'delete', type: 'gcp:sql/databaseInstance:DatabaseInstance', name: 'orders',
      old: { id: 'orders', inputs: { name: 'orders', databaseVersion: 'POSTGRES_16', region: 'europe-west1', deletionProtection: false, deletionPolicy: 'ABANDON', settings: { tier: 'db-custom-2-7680' } } },
    }]),
    pu('azure-native-postgresql-promoted-replica-delete', block('attribute-judgement', 'An azure-native:dbforpostgresql:Server created as a replica (createMode Replica) whose replicationRole is now None was promoted: "the server operates independently" (Azure REST ReplicationRole), so its delete destroys data no other server has.'), S, [{
      op: 'delete', type: 'azure-native:dbforpostgresql:Server', name: 'ledger-dr',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger-dr`, inputs: { serverName: 'ledger-dr', resourceGroupName: 'ledger', location: 'westeurope', createMode: 'Replica', replicationRole: 'None', sourceServerResourceId: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger` } },
    }]),
    pu('rds-cross-region-replica-delete', allow('attribute-judgement', 'An aws:rds/instance whose replicateSourceDb is the ARN of a primary in another region is a read replica of a database that stays (@pulumi/aws 7.48.0 rds/instance.d.ts replicateSourceDb: an ARN for a cross-region replica).'), S, [{
      op: 'delete', type: 'aws:rds/instance:Instance', name: 'orders-eu',
      old: { id: 'db-ORDERSEU', inputs: { identifier: 'orders-eu', instanceClass: 'db.r6g.large', replicateSourceDb: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, skipFinalSnapshot: true, storageEncrypted: true } },
    }]),
    pu('elasticache-valkey-replication-group-delete', block('store-without-storage-word', 'An aws:elasticache/replicationGroup with engine valkey is a keyed data set (a Redis fork); its delete destroys it (judgement as for Redis, README; @pulumi/aws 7.48.0 elasticache/replicationGroup.d.ts engine).'), S, [{
      op: 'delete', type: 'aws:elasticache/replicationGroup:ReplicationGroup', name: 'sessions',
      old: { id: 'sessions', inputs: { replicationGroupId: 'sessions', description: 'sessions', engine: 'valkey', engineVersion: '8.0', nodeType: 'cache.r7g.large', numCacheClusters: 2, snapshotRetentionLimit: 3 } },
    }]),
    tf('memorydb-cluster-delete', block('store-without-storage-word', 'An aws_memorydb_cluster is a durable in-memory database (multi-AZ transaction log); deleting it without final_snapshot_name destroys its data (hashicorp/aws 6.25.0 memorydb_cluster).'), [{
      type: 'aws_memorydb_cluster', name: 'carts', actions: ['delete'], reason: DEL,
      before: { acl_name: 'open-access', arn: `arn:aws:memorydb:us-east-1:${ACCOUNT}:cluster/carts`, engine: 'valkey', engine_version: '7.3', final_snapshot_name: null, id: 'carts', name: 'carts', node_type: 'db.r7g.large', num_replicas_per_shard: 1, num_shards: 2, snapshot_retention_limit: 7, tls_enabled: true, ...tags({}) },
    }]),
    tf('docdb-cluster-replaced-storage-encrypted', block('store-without-storage-word', 'storage_encrypted of aws_docdb_cluster is ForceNew: turning it on replaces the cluster, whose storage goes with the old one (hashicorp/aws docdb cluster schema, storage_encrypted ForceNew).'), [{
      type: 'aws_docdb_cluster', name: 'catalog', actions: ['delete', 'create'], reason: REPLACE, replacePaths: [['storage_encrypted']],
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:catalog`, backup_retention_period: 7, cluster_identifier: 'catalog', deletion_protection: false, engine: 'docdb', engine_version: '5.0.0', final_snapshot_identifier: 'catalog-final', id: 'catalog', master_username: 'catalog', skip_final_snapshot: false, storage_encrypted: false, ...tags({}) },
      after: { backup_retention_period: 7, cluster_identifier: 'catalog', deletion_protection: false, engine: 'docdb', engine_version: '5.0.0', final_snapshot_identifier: 'catalog-final', master_username: 'catalog', skip_final_snapshot: false, storage_encrypted: true, ...tags({}) },
      unknown: ['arn', 'id'],
    }]),
    // ---- round 5: protection hygiene in prod on unrelated updates ----
    tf('prod-opensearch-tags-update', allow('protection-hygiene', 'A tag update of a prod aws_opensearch_domain: OpenSearch has no deletion-protection setting (hashicorp/aws 6.25.0 opensearch_domain), so the only guard is prevent_destroy, which only --source can show: a warning, never a block (issue #8 §7).'), [{
      type: 'aws_opensearch_domain', name: 'logs', actions: ['update'],
      before: { arn: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, domain_id: `${ACCOUNT}/logs`, domain_name: 'logs', engine_version: 'OpenSearch_2.15', id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, ...tags({ env: 'prod' }) },
      after: { arn: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, domain_id: `${ACCOUNT}/logs`, domain_name: 'logs', engine_version: 'OpenSearch_2.15', id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, ...tags({ env: 'prod', owner: 'search-team' }) },
    }]),
    tf('prod-dynamodb-tags-update-unprotected', block('protection-hygiene', 'A tag update of a prod aws_dynamodb_table whose deletion_protection_enabled is false: the provider guard exists and is off, which blocks in a protected environment (issue #8 §7: unrelated updates; hashicorp/aws 6.25.0 deletion_protection_enabled).', ['require-delete-protection']), [{
      type: 'aws_dynamodb_table', name: 'carts', actions: ['update'], before: ddbTable('cart_id', tags({ env: 'prod' })), after: ddbTable('cart_id', tags({ env: 'prod', owner: 'carts-team' })),
    }]),
    pu('prod-efs-tags-update-unprotected', block('protection-hygiene', 'A tag update of an aws:efs/fileSystem in the prod stack without protect: EFS has no deletion-protection setting (@pulumi/aws 7.48.0 efs/fileSystem.d.ts), but Pulumi\'s protect resource option is the guard, and unlike Terraform\'s prevent_destroy the preview shows it (oldState.protect): a data store left unprotected in a protected environment blocks (issue #8 §7).', ['require-delete-protection']), { stack: 'prod', project: 'media' }, [{
      op: 'update', type: 'aws:efs/fileSystem:FileSystem', name: 'uploads', diff: ['tags'],
      old: { id: 'fs-0c1d2e3f4a5b6c7d8', inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic', ...ptags({ env: 'prod' }) } },
      new: { inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic', ...ptags({ env: 'prod', owner: 'media-team' }) } },
    }]),
    pu('prod-efs-tags-update-protected', allow('protection-hygiene', 'The same prod tag update with protect set on the aws:efs/fileSystem: the engine refuses to delete it, the guard a store without a provider setting can have (Pulumi docs, options/protect).'), { stack: 'prod', project: 'media' }, [{
      op: 'update', type: 'aws:efs/fileSystem:FileSystem', name: 'uploads', diff: ['tags'],
      old: { id: 'fs-0c1d2e3f4a5b6c7d8', protect: true, inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic', ...ptags({ env: 'prod' }) } },
      new: { protect: true, inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic', ...ptags({ env: 'prod', owner: 'media-team' }) } },
    }]),
    // ---- round 6: the same facts through Pulumi's engine event log ----
    ev('gcs-bucket-delete-policy-abandon', allow('attribute-judgement', 'An engine event log deleting a gcp:storage/bucket whose deletionPolicy is ABANDON: nothing is deleted in the API (@pulumi/gcp 9.x generic deletionPolicy doc).'), { stack: 'staging', project: 'media' }, [{
      op: 'delete', type: 'gcp:storage/bucket:Bucket', name: 'uploads',
      old: { id: 'acme-uploads', inputs: { name: 'acme-uploads', location: 'EU', forceDestroy: false, deletionPolicy: 'ABANDON', uniformBucketLevelAccess: true } },
    }]),
    ev('k8s-pvc-delete-storage-class-retain', allow('cascade', 'An engine event log deleting a PersistentVolumeClaim whose StorageClass (a same event) has reclaimPolicy Retain: the disk stays (k8s StorageClass reclaimPolicy; data-model.md §1.1).'), K8S, [
      { op: 'same', type: 'kubernetes:storage.k8s.io/v1:StorageClass', name: 'retained-gp3', old: { id: 'retained-gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'retained-gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Retain' } }, new: { id: 'retained-gp3', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'retained-gp3' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Retain' } } },
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-ledger-0', old: { id: 'ledger/data-ledger-0', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-ledger-0', namespace: 'ledger' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '100Gi' } }, storageClassName: 'retained-gp3' } } } },
    ]),
    ev('azure-classic-postgresql-flexible-server-delete', block('store-without-storage-word', 'An engine event log deleting azure:postgresql/flexibleServer:FlexibleServer (azurerm_postgresql_flexible_server under the classic Pulumi azure package) destroys its databases (@pulumi/azure 6.40.0).'), S, [{
      op: 'delete', type: 'azure:postgresql/flexibleServer:FlexibleServer', name: 'ledger',
      old: { id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.DBforPostgreSQL/flexibleServers/ledger`, inputs: { name: 'ledger', resourceGroupName: 'ledger', location: 'westeurope', skuName: 'GP_Standard_D2s_v3', version: '16' } },
    }]),
    // ---- round 7: renames and moves of the stores above ----
    tf('dynamodb-table-moved-into-module', allow('rename-and-move', 'A moved block from aws_dynamodb_table.carts to module.store.aws_dynamodb_table.carts: the change has previous_address and no-op actions, the table stays (terraform-plans.md §1.2).'), [
      { type: 'aws_dynamodb_table', name: 'carts', module: 'module.store', previousAddress: 'aws_dynamodb_table.carts', actions: ['no-op'], before: ddbTable('cart_id'), after: ddbTable('cart_id') },
    ]),
    tf('cloud-sql-for-each-key-renamed', block('rename-and-move', 'Renaming a for_each key of google_sql_database_instance.db from "eu" to "europe" without a moved block deletes the "eu" instance (delete_because_each_key) and creates an empty one (terraform-plans.md §1.4).'), [
      { type: 'google_sql_database_instance', name: 'db', index: 'eu', actions: ['delete'], reason: 'delete_because_each_key', before: cloudSql('orders-eu', false) },
      { type: 'google_sql_database_instance', name: 'db', index: 'europe', actions: ['create'], before: null, after: cloudSql('orders-europe', false), unknown: ['connection_name', 'id', 'self_link'] },
    ]),
    pu('opensearch-domain-renamed-without-alias', block('rename-and-move', 'Renaming a Pulumi aws:opensearch/domain resource without an alias changes its URN: the preview deletes the old domain with its indices and creates an empty one (Pulumi aliases docs).'), S, [
      { op: 'create', type: 'aws:opensearch/domain:Domain', name: 'search-logs', new: { inputs: { domainName: 'logs-v2', engineVersion: 'OpenSearch_2.15' } } },
      { op: 'delete', type: 'aws:opensearch/domain:Domain', name: 'logs', old: { id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/logs`, inputs: { domainName: 'logs', engineVersion: 'OpenSearch_2.15' } } },
    ]),
    // ---- round 8: deletion policies that disable or abandon ----
    tf('secret-version-delete-policy-disable', allow('attribute-judgement', 'A google_secret_manager_secret_version destroyed under deletion_policy "DISABLE" is disabled, not destroyed: "Setting DISABLE allows the resource to be disabled rather than deleted" (hashicorp/google 6.50.0 secret_manager_secret_version deletion_policy); the value stays recoverable by enabling the version.'), [{
      type: 'google_secret_manager_secret_version', name: 'stripe', actions: ['delete'], reason: DEL, sensitive: ['secret_data'],
      before: { create_time: '2026-05-02T08:00:00Z', deletion_policy: 'DISABLE', destroy_time: '', enabled: true, id: 'projects/acme/secrets/stripe/versions/3', is_secret_data_base64: false, name: 'projects/acme/secrets/stripe/versions/3', secret: 'projects/acme/secrets/stripe', secret_data: 'sk_live_0000000000', version: '3' },
    }]),
    tf('secret-version-delete-policy-delete', block('store-without-storage-word', 'The same google_secret_manager_secret_version under deletion_policy "DELETE" (the default) is destroyed, and its value is masked in the plan, so the plan cannot write it again (hashicorp/google 6.50.0).'), [{
      type: 'google_secret_manager_secret_version', name: 'stripe', actions: ['delete'], reason: DEL, sensitive: ['secret_data'],
      before: { create_time: '2026-05-02T08:00:00Z', deletion_policy: 'DELETE', destroy_time: '', enabled: true, id: 'projects/acme/secrets/stripe/versions/3', is_secret_data_base64: false, name: 'projects/acme/secrets/stripe/versions/3', secret: 'projects/acme/secrets/stripe', secret_data: 'sk_live_0000000000', version: '3' },
    }]),
  ];
}
