// Plans no rule was written from (session 7 red team), on shapes the earlier rounds did not try: AWS stores with
// their own final-backup and recovery-window knobs (FSx, Secrets Manager), wrappers that hold no data (an Aurora global
// cluster, an EFS replication), Keyspaces, Glacier, Lightsail, MSK Serverless and DocumentDB Elastic; Azure Cosmos DB
// databases and containers, file shares and tables, flexible-server databases, virtual machines and their data disks
// (`delete_data_disks_on_termination`, azure-native `deleteOption`), Redis and VM backups; Google Filestore, AlloyDB
// instances, Bigtable tables and garbage collection, regional disks, Memorystore Redis and Memcached, bucket
// retention policies and Spanner drop protection; Kubernetes CustomResourceDefinitions (deleting one deletes every
// object of its kind); Pulumi event logs, retainOnDelete and replacements; Terraform moved, removed, -replace and
// count → for_each. Each has a benign twin (a resize up, a replica dropped, a tag, a rename with `moved`). Each `why`
// names the fact and its source; the expectations follow the rule mapping of test/corpus/README.md, not the code.
import type { Obj } from './envelopes.js';
import { ACCOUNT, ev, ptags, pu, tags, tf, type CorpusCase } from './helpers.js';
import { helmManifest, helmRelease, rendered, statefulSet } from './cases-cascades.js';

const DEL = 'delete_because_no_resource_config';
const S = { stack: 'staging', project: 'red7' };
const AZ_SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
const RG = `${AZ_SUB}/resourceGroups/data`;

const block = (cls: CorpusCase['class'], why: string, rules = ['no-stateful-delete']) => ({ class: cls, expect: 'block' as const, rules, why });
const allow = (cls: CorpusCase['class'], why: string) => ({ class: cls, expect: 'allow' as const, why });

// ---- AWS shapes ----
const auroraCluster = (extra: Obj = {}): Obj => ({
  arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, backup_retention_period: 7, cluster_identifier: 'orders', database_name: 'orders', deletion_protection: false, engine: 'aurora-postgresql',
  engine_version: '16.4', global_cluster_identifier: 'orders-global', id: 'orders', skip_final_snapshot: false, final_snapshot_identifier: 'orders-final', storage_encrypted: true, ...tags({}), ...extra,
});
const globalCluster = (): Obj => ({
  arn: `arn:aws:rds::${ACCOUNT}:global-cluster:orders-global`, database_name: 'orders', deletion_protection: false, engine: 'aurora-postgresql', engine_version: '16.4', force_destroy: true,
  global_cluster_identifier: 'orders-global', global_cluster_members: [{ db_cluster_arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, is_writer: true }], global_cluster_resource_id: 'cluster-4f5e6d7c8b9a',
  id: 'orders-global', source_db_cluster_identifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, storage_encrypted: true, timeouts: null, ...tags({}),
});
const fsxWindows = (skip: boolean, extra: Obj = {}): Obj => ({
  active_directory_id: 'd-9067a1b2c3', aliases: [], arn: `arn:aws:fsx:us-east-1:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f60718`, automatic_backup_retention_days: 7, copy_tags_to_backups: true,
  daily_automatic_backup_start_time: '05:00', deployment_type: 'MULTI_AZ_1', dns_name: 'amznfsxabc123.corp.example.com', final_backup_tags: {}, id: 'fs-0a1b2c3d4e5f60718', kms_key_id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/1d2c3b4a`,
  preferred_subnet_id: 'subnet-0a1b2c3d', security_group_ids: ['sg-0a1b2c3d'], skip_final_backup: skip, storage_capacity: 2048, storage_type: 'SSD', subnet_ids: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'],
  throughput_capacity: 64, timeouts: null, vpc_id: 'vpc-0a1b2c3d', weekly_maintenance_start_time: '7:05:00', ...tags({}), ...extra,
});
const ontapVolume = (size: number): Obj => ({
  arn: `arn:aws:fsx:us-east-1:${ACCOUNT}:volume/fs-0b1c2d3e4f5a6b7c8/fsvol-0a1b2c3d4e5f60718`, bypass_snaplock_enterprise_retention: false, copy_tags_to_backups: false, file_system_id: 'fs-0b1c2d3e4f5a6b7c8', final_backup_tags: {},
  id: 'fsvol-0a1b2c3d4e5f60718', junction_path: '/shared', name: 'shared', ontap_volume_type: 'RW', security_style: 'UNIX', size_in_megabytes: size, skip_final_backup: false, snapshot_policy: 'default',
  storage_efficiency_enabled: true, storage_virtual_machine_id: 'svm-0a1b2c3d4e5f60718', tiering_policy: [{ cooling_period: 31, name: 'AUTO' }], timeouts: null, uuid: '3b1c9f62-0f4e-11ef-9d1a-0a1b2c3d4e5f', volume_style: 'FLEXVOL', volume_type: 'ONTAP', ...tags({}),
});
const secret = (window: number): Obj => ({
  arn: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`, description: 'orders database credentials', force_overwrite_replica_secret: false, id: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`,
  kms_key_id: '', name: 'orders/db', name_prefix: '', policy: '', recovery_window_in_days: window, replica: [], ...tags({}),
});
const keyspacesTable = (pitr: string): Obj => ({
  arn: `arn:aws:cassandra:us-east-1:${ACCOUNT}:/keyspace/orders/table/events`, capacity_specification: [{ read_capacity_units: 0, throughput_mode: 'PAY_PER_REQUEST', write_capacity_units: 0 }],
  client_side_timestamps: [], comment: [{ message: '' }], default_time_to_live: 0, encryption_specification: [{ kms_key_identifier: '', type: 'AWS_OWNED_KMS_KEY' }], id: 'orders/events', keyspace_name: 'orders',
  point_in_time_recovery: [{ status: pitr }], schema_definition: [{ clustering_key: [{ name: 'at', order_by: 'DESC' }], column: [{ name: 'order_id', type: 'text' }, { name: 'at', type: 'timestamp' }, { name: 'body', type: 'text' }], partition_key: [{ name: 'order_id' }], static_column: [] }],
  table_name: 'events', timeouts: null, ttl: [], ...tags({}),
});
const pKeyspacesTable = (pitr: string): Obj => ({
  keyspaceName: 'orders', tableName: 'events', pointInTimeRecovery: { status: pitr },
  schemaDefinition: { columns: [{ name: 'order_id', type: 'text' }, { name: 'at', type: 'timestamp' }], partitionKeys: [{ name: 'order_id' }], clusteringKeys: [{ name: 'at', orderBy: 'DESC' }] },
});
const opensearch = (count: number): Obj => ({
  access_policies: '', advanced_options: {}, arn: `arn:aws:es:us-east-1:${ACCOUNT}:domain/search`, cluster_config: [{ dedicated_master_count: 3, dedicated_master_enabled: true, dedicated_master_type: 'm6g.large.search', instance_count: count, instance_type: 'r6g.large.search', zone_awareness_enabled: true, warm_enabled: false }],
  domain_id: `${ACCOUNT}/search`, domain_name: 'search', ebs_options: [{ ebs_enabled: true, iops: 3000, throughput: 125, volume_size: 200, volume_type: 'gp3' }], endpoint: 'search-abc123.us-east-1.es.amazonaws.com', engine_version: 'OpenSearch_2.13', id: `arn:aws:es:us-east-1:${ACCOUNT}:domain/search`, ...tags({}),
});
const replicationGroup = (clusters: number): Obj => ({
  arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions`, at_rest_encryption_enabled: 'true', automatic_failover_enabled: true, description: 'sessions', engine: 'redis', engine_version: '7.1', id: 'sessions',
  multi_az_enabled: true, node_type: 'cache.r7g.large', num_cache_clusters: clusters, replication_group_id: 'sessions', snapshot_retention_limit: 7, transit_encryption_enabled: true, ...tags({}),
});
const memorydb = (replicas: number): Obj => ({
  acl_name: 'open-access', arn: `arn:aws:memorydb:us-east-1:${ACCOUNT}:cluster/carts`, engine: 'valkey', engine_version: '7.2', id: 'carts', name: 'carts', node_type: 'db.r7g.large', num_replicas_per_shard: replicas, num_shards: 2,
  snapshot_retention_limit: 7, tls_enabled: true, ...tags({}),
});

// ---- Azure shapes ----
const cosmosContainer = (name: string, extra: Obj = {}): Obj => ({
  account_name: 'acme-orders', analytical_storage_ttl: null, autoscale_settings: [], conflict_resolution_policy: [{ conflict_resolution_path: '/_ts', conflict_resolution_procedure: '', mode: 'LastWriterWins' }], database_name: 'orders', default_ttl: -1,
  id: `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders/sqlDatabases/orders/containers/${name}`, indexing_policy: [{ composite_index: [], excluded_path: [], included_path: [{ path: '/*' }], indexing_mode: 'consistent', spatial_index: [] }],
  name, partition_key_kind: 'Hash', partition_key_paths: ['/customerId'], partition_key_version: 2, resource_group_name: 'data', throughput: 400, timeouts: null, unique_key: [], ...extra,
});
const share = (quota: number): Obj => ({
  access_tier: 'TransactionOptimized', acl: [], enabled_protocol: 'SMB', id: 'https://acmedata.file.core.windows.net/shared', metadata: {}, name: 'shared', quota,
  resource_manager_id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata/fileServices/default/shares/shared`, storage_account_id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata`, storage_account_name: null, timeouts: null, url: 'https://acmedata.file.core.windows.net/shared',
});
const vm = (deleteDataDisks: boolean): Obj => ({
  delete_data_disks_on_termination: deleteDataDisks, delete_os_disk_on_termination: true, id: `${RG}/providers/Microsoft.Compute/virtualMachines/ledger`, location: 'westeurope', name: 'ledger', network_interface_ids: [`${RG}/providers/Microsoft.Network/networkInterfaces/ledger`],
  resource_group_name: 'data', vm_size: 'Standard_D4s_v5', zones: [],
  storage_os_disk: [{ caching: 'ReadWrite', create_option: 'FromImage', disk_size_gb: 64, image_uri: '', managed_disk_id: `${RG}/providers/Microsoft.Compute/disks/ledger-os`, managed_disk_type: 'Premium_LRS', name: 'ledger-os', os_type: 'Linux', vhd_uri: '', write_accelerator_enabled: false }],
  storage_data_disk: [{ caching: 'ReadOnly', create_option: 'Empty', disk_size_gb: 1024, lun: 0, managed_disk_id: `${RG}/providers/Microsoft.Compute/disks/ledger-data`, managed_disk_type: 'Premium_LRS', name: 'ledger-data', vhd_uri: '', write_accelerator_enabled: false }],
  ...{ tags: {} },
});
const pVm = (deleteOption: string): Obj => ({
  vmName: 'ledger', resourceGroupName: 'data', location: 'westeurope', hardwareProfile: { vmSize: 'Standard_D4s_v5' },
  storageProfile: {
    osDisk: { name: 'ledger-os', createOption: 'FromImage', deleteOption: 'Delete', managedDisk: { storageAccountType: 'Premium_LRS' } },
    dataDisks: [{ name: 'ledger-data', lun: 0, createOption: 'Empty', diskSizeGB: 1024, deleteOption, managedDisk: { storageAccountType: 'Premium_LRS' } }],
  },
});
const redisCache = (capacity: number): Obj => ({
  capacity, family: 'P', hostname: 'acme-sessions.redis.cache.windows.net', id: `${RG}/providers/Microsoft.Cache/redis/acme-sessions`, location: 'westeurope', minimum_tls_version: '1.2', name: 'acme-sessions', non_ssl_port_enabled: false,
  port: 6379, public_network_access_enabled: false, redis_version: '6', replicas_per_master: 1, resource_group_name: 'data', shard_count: 0, sku_name: 'Premium', ssl_port: 6380, tags: {}, zones: [],
  redis_configuration: [{ aof_backup_enabled: false, maxmemory_policy: 'volatile-lru', rdb_backup_enabled: true, rdb_backup_frequency: 60, rdb_backup_max_snapshot_count: 1 }],
});
const managedDisk = (size: number): Obj => ({
  create_option: 'Empty', disk_iops_read_write: 5000, disk_mbps_read_write: 200, disk_size_gb: size, id: `${RG}/providers/Microsoft.Compute/disks/ledger-data`, location: 'westeurope', name: 'ledger-data',
  resource_group_name: 'data', storage_account_type: 'Premium_LRS', tags: {}, zone: '1',
});
const storageAccount = (replication: string): Obj => ({
  access_tier: 'Hot', account_kind: 'StorageV2', account_replication_type: replication, account_tier: 'Standard', id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata`, location: 'westeurope', min_tls_version: 'TLS1_2',
  name: 'acmedata', primary_blob_endpoint: 'https://acmedata.blob.core.windows.net/', resource_group_name: 'data', shared_access_key_enabled: true, tags: {},
  blob_properties: [{ change_feed_enabled: false, delete_retention_policy: [{ days: 14, permanent_delete_enabled: false }], container_delete_retention_policy: [{ days: 14 }], versioning_enabled: true }],
});

// ---- Google shapes ----
const filestore = (capacity: number, extra: Obj = {}): Obj => ({
  create_time: '2026-03-02T10:11:12Z', deletion_protection_enabled: false, deletion_protection_reason: '', description: 'shared media', effective_labels: {}, etag: 'Zx1', id: 'projects/acme/locations/europe-west1-b/instances/media',
  file_shares: [{ capacity_gb: capacity, name: 'media', nfs_export_options: [], source_backup: '' }], kms_key_name: '', labels: {}, location: 'europe-west1-b', name: 'media',
  networks: [{ connect_mode: 'DIRECT_PEERING', ip_addresses: ['10.0.0.2'], modes: ['MODE_IPV4'], network: 'default', reserved_ip_range: '10.0.0.0/29' }], project: 'acme', terraform_labels: {}, tier: 'BASIC_SSD', timeouts: null, ...extra,
});
const pFilestore = (tier = 'BASIC_SSD'): Obj => ({ name: 'media', location: 'europe-west1-b', tier, fileShares: { name: 'media', capacityGb: 2560 }, networks: [{ network: 'default', modes: ['MODE_IPV4'] }] });
const alloydbInstance = (type: string): Obj => ({
  annotations: {}, availability_type: 'REGIONAL', cluster: 'projects/acme/locations/europe-west1/clusters/orders', create_time: '2026-03-02T10:11:12Z', database_flags: {}, display_name: '', effective_annotations: {}, effective_labels: {},
  id: `projects/acme/locations/europe-west1/clusters/orders/instances/${type === 'PRIMARY' ? 'primary' : 'reads'}`, instance_id: type === 'PRIMARY' ? 'primary' : 'reads', instance_type: type, ip_address: '10.1.0.5', labels: {},
  machine_config: [{ cpu_count: 4, machine_type: 'n2-highmem-4' }], name: `projects/acme/locations/europe-west1/clusters/orders/instances/${type === 'PRIMARY' ? 'primary' : 'reads'}`, terraform_labels: {}, timeouts: null,
});
const bigtableTable = (protection: string): Obj => ({
  automated_backup_policy: [], change_stream_retention: '0s', column_family: [{ family: 'events', type: '' }], deletion_protection: protection, id: 'projects/acme/instances/telemetry/tables/events', instance_name: 'telemetry', name: 'events', project: 'acme', split_keys: [], timeouts: null,
});
const gcPolicy = (maxAge: Obj[], maxVersion: Obj[]): Obj => ({
  column_family: 'events', deletion_policy: '', gc_rules: '', id: 'events', ignore_warnings: false, instance_name: 'telemetry', max_age: maxAge, max_version: maxVersion, mode: '', project: 'acme', table: 'events', timeouts: null,
});
const redisInstance = (size: number): Obj => ({
  alternative_location_id: 'europe-west1-c', auth_enabled: true, authorized_network: 'projects/acme/global/networks/default', connect_mode: 'DIRECT_PEERING', current_location_id: 'europe-west1-b', display_name: 'sessions', effective_labels: {},
  host: '10.2.0.3', id: 'projects/acme/locations/europe-west1/instances/sessions', labels: {}, location_id: 'europe-west1-b', memory_size_gb: size, name: 'sessions', port: 6379, project: 'acme', read_replicas_mode: 'READ_REPLICAS_DISABLED',
  redis_version: 'REDIS_7_2', region: 'europe-west1', replica_count: 0, reserved_ip_range: '10.2.0.0/29', terraform_labels: {}, tier: 'STANDARD_HA', persistence_config: [{ persistence_mode: 'RDB', rdb_snapshot_period: 'ONE_HOUR', rdb_next_snapshot_time: '', rdb_snapshot_start_time: '' }],
});
const memcache = (): Obj => ({
  authorized_network: 'projects/acme/global/networks/default', discovery_endpoint: '10.3.0.2:11211', display_name: 'page-cache', effective_labels: {}, id: 'projects/acme/locations/europe-west1/instances/page-cache', labels: {}, memcache_full_version: 'memcached-1.6.15',
  memcache_version: 'MEMCACHE_1_6_15', name: 'page-cache', node_config: [{ cpu_count: 1, memory_size_mb: 4096 }], node_count: 3, project: 'acme', region: 'europe-west1', terraform_labels: {}, zones: [],
});
const regionDisk = (size: number): Obj => ({
  create_snapshot_before_destroy: false, create_snapshot_before_destroy_prefix: '', creation_timestamp: '2026-03-02T10:11:12.000-07:00', description: '', disk_id: '7264019384756102938', effective_labels: {}, id: 'projects/acme/regions/europe-west1/disks/ledger',
  label_fingerprint: '42WmSpB8rSM=', labels: {}, name: 'ledger', physical_block_size_bytes: 4096, project: 'acme', region: 'europe-west1', replica_zones: ['europe-west1-b', 'europe-west1-c'],
  self_link: 'https://www.googleapis.com/compute/v1/projects/acme/regions/europe-west1/disks/ledger', size, terraform_labels: {}, type: 'pd-ssd', users: [],
});
const bucket = (retention: Obj[]): Obj => ({
  effective_labels: {}, force_destroy: false, id: 'acme-ledger-archive', labels: {}, lifecycle_rule: [], location: 'EU', name: 'acme-ledger-archive', project: 'acme', public_access_prevention: 'enforced', retention_policy: retention,
  self_link: 'https://www.googleapis.com/storage/v1/b/acme-ledger-archive', storage_class: 'STANDARD', terraform_labels: {}, uniform_bucket_level_access: true, url: 'gs://acme-ledger-archive', versioning: [{ enabled: true }],
  soft_delete_policy: [{ effective_time: '2026-01-01T00:00:00Z', retention_duration_seconds: 604800 }],
});
const spannerDatabase = (dropProtection: boolean): Obj => ({
  database_dialect: 'GOOGLE_STANDARD_SQL', ddl: [], default_time_zone: '', deletion_protection: false, enable_drop_protection: dropProtection, encryption_config: [], id: 'ledger/orders', instance: 'ledger', name: 'orders', project: 'acme', state: 'READY', timeouts: null, version_retention_period: '1h',
});
const firestore = (state: string): Obj => ({
  app_engine_integration_mode: 'DISABLED', concurrency_mode: 'PESSIMISTIC', create_time: '2026-03-02T10:11:12Z', database_edition: 'STANDARD', delete_protection_state: state, deletion_policy: 'DELETE', earliest_version_time: '2026-12-01T00:00:00Z', etag: 'IJ2a',
  id: 'projects/acme/databases/orders', key_prefix: '', location_id: 'eur3', name: 'orders', point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_ENABLED', project: 'acme', timeouts: null, type: 'FIRESTORE_NATIVE', uid: '5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f', update_time: '2026-03-02T10:11:12Z', version_retention_period: '604800s',
});
const sqlInstance = (tier: string): Obj => ({
  connection_name: 'acme:europe-west1:orders', database_version: 'POSTGRES_16', deletion_protection: true, id: 'orders', instance_type: 'CLOUD_SQL_INSTANCE', master_instance_name: '', name: 'orders', project: 'acme', region: 'europe-west1',
  settings: [{ tier, deletion_protection_enabled: true, disk_autoresize: true, disk_size: 100, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true, start_time: '02:00', transaction_log_retention_days: 7 }] }],
});

// ---- Kubernetes shapes ----
/** A CustomResourceDefinition: as written in a manifest (`x-kubernetes-…`), or as @pulumi/kubernetes spells its inputs (`x_kubernetes_…`). */
const crd = (group: string, kind: string, plural: string, pulumi = false): Obj => ({
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: `${plural}.${group}` },
  spec: { group, scope: 'Namespaced', names: { kind, plural, singular: kind.toLowerCase(), listKind: `${kind}List` }, versions: [{ name: 'v1', served: true, storage: true, schema: { openAPIV3Schema: { type: 'object', [pulumi ? 'x_kubernetes_preserve_unknown_fields' : 'x-kubernetes-preserve-unknown-fields']: true } } }] },
});
const kmeta = (name: string, namespace?: string): Obj[] => [{ annotations: {}, generate_name: '', generation: 1, labels: {}, name, ...(namespace ? { namespace } : {}), resource_version: '61234', uid: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' }];
const pvc = (size: string): Obj => ({
  id: 'ledger/data-ledger-0', metadata: kmeta('data-ledger-0', 'ledger'), timeouts: null, wait_until_bound: true,
  spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: size } }], selector: [], storage_class_name: 'gp3', volume_mode: 'Filesystem', volume_name: 'pvc-3f1e2d4c-5b6a-4789-8a0b-1c2d3e4f5a6b' }],
});


// ---- Second batch: shapes ----
const keptClaim: Obj = { ...rendered.claim, metadata: { ...(rendered.claim.metadata as Obj), annotations: { 'helm.sh/resource-policy': 'keep' } } };
const upgraded = (manifest: string): Obj => ({ ...helmRelease(manifest), version: '2.5.0', metadata: [{ ...((helmRelease(manifest).metadata as Obj[])[0] as Obj), app_version: '2.5.0', revision: 4, version: '2.5.0' }] });
const grownSet = (whenDeleted: string): Obj => {
  const set = statefulSet(whenDeleted);
  const spec = (set.spec as Obj[])[0] as Obj;
  const template = ((spec.volume_claim_template as Obj[])[0] as Obj);
  const claimSpec = ((template.spec as Obj[])[0] as Obj);
  return { ...set, spec: [{ ...spec, volume_claim_template: [{ ...template, spec: [{ ...claimSpec, resources: [{ limits: {}, requests: { storage: '100Gi' } }] }] }] }] };
};
const ddbTtl = (enabled: boolean): Obj => ({
  arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/sessions`, attribute: [{ name: 'session_id', type: 'S' }], billing_mode: 'PAY_PER_REQUEST', deletion_protection_enabled: true, hash_key: 'session_id', id: 'sessions', name: 'sessions',
  point_in_time_recovery: [{ enabled: true, recovery_period_in_days: 35 }], range_key: null, replica: [], server_side_encryption: [], stream_enabled: false, stream_view_type: '', table_class: 'STANDARD',
  ttl: [{ attribute_name: enabled ? 'expires_at' : '', enabled }], ...tags({}),
});
const bqDataset = (expiration: number): Obj => ({ dataset_id: 'events', default_partition_expiration_ms: 0, default_table_expiration_ms: expiration, delete_contents_on_destroy: false, effective_labels: {}, id: 'projects/acme/datasets/events', labels: {}, location: 'EU', max_time_travel_hours: '168', project: 'acme', terraform_labels: {} });
const bqPartitioned = (expirationMs: number): Obj => ({
  creation_time: 1764000000000, dataset_id: 'events', deletion_protection: true, effective_labels: {}, etag: 'Zx2', expiration_time: 0, id: 'projects/acme/datasets/events/tables/clicks', labels: {}, project: 'acme',
  schema: JSON.stringify([{ name: 'at', type: 'TIMESTAMP' }, { name: 'url', type: 'STRING' }]), self_link: 'https://bigquery.googleapis.com/bigquery/v2/projects/acme/datasets/events/tables/clicks', table_id: 'clicks', terraform_labels: {}, type: 'TABLE', view: [],
  time_partitioning: [{ expiration_ms: expirationMs, field: 'at', require_partition_filter: false, type: 'DAY' }],
});
const ebsVolume = (finalSnapshot: boolean): Obj => ({ arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0c1d2e3f4a5b6c7d8`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: finalSnapshot, id: 'vol-0c1d2e3f4a5b6c7d8', iops: 3000, kms_key_id: '', multi_attach_enabled: false, outpost_arn: '', size: 500, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({ Name: 'ledger-data' }) });
const efs = (rules: Obj[]): Obj => ({
  arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f60718`, availability_zone_id: '', availability_zone_name: '', creation_token: 'media', dns_name: 'fs-0a1b2c3d4e5f60718.efs.us-east-1.amazonaws.com', encrypted: true, id: 'fs-0a1b2c3d4e5f60718', kms_key_id: '',
  lifecycle_policy: rules, number_of_mount_targets: 2, performance_mode: 'generalPurpose', protection: [{ replication_overwrite: 'ENABLED' }], throughput_mode: 'elastic', ...tags({}),
});
const encryptedGroup = (atRest: boolean): Obj => ({ ...replicationGroup(2), at_rest_encryption_enabled: atRest ? 'true' : 'false' });
const docdb = (skip: boolean): Obj => ({
  arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:catalog`, backup_retention_period: 7, cluster_identifier: 'catalog', deletion_protection: false, engine: 'docdb', engine_version: '5.0.0', final_snapshot_identifier: 'catalog-final', id: 'catalog',
  skip_final_snapshot: skip, storage_encrypted: true, ...tags({}),
});
const redshift = (skip: boolean): Obj => ({
  arn: `arn:aws:redshift:us-east-1:${ACCOUNT}:namespace:4e5f6a7b`, automated_snapshot_retention_period: 1, cluster_identifier: 'warehouse', cluster_type: 'multi-node', database_name: 'analytics', encrypted: 'true', final_snapshot_identifier: 'warehouse-final', id: 'warehouse',
  master_username: 'admin', node_type: 'ra3.xlplus', number_of_nodes: 2, skip_final_snapshot: skip, ...tags({}),
});
const bigtableInstance = (protection: boolean): Obj => ({
  cluster: [{ autoscaling_config: [], cluster_id: 'telemetry-c1', kms_key_name: '', node_scaling_factor: 'NodeScalingFactor1X', num_nodes: 3, state: 'READY', storage_type: 'SSD', zone: 'europe-west1-b' }], deletion_protection: protection, display_name: 'telemetry',
  effective_labels: {}, force_destroy: false, id: 'projects/acme/instances/telemetry', instance_type: 'PRODUCTION', labels: {}, name: 'telemetry', project: 'acme', terraform_labels: {},
});
const linuxVm = (sku: string): Obj => ({
  admin_username: 'ops', id: `${RG}/providers/Microsoft.Compute/virtualMachines/api`, location: 'westeurope', name: 'api', network_interface_ids: [`${RG}/providers/Microsoft.Network/networkInterfaces/api`], resource_group_name: 'data', size: 'Standard_D2s_v5', tags: {},
  os_disk: [{ caching: 'ReadWrite', disk_size_gb: 30, name: 'api-os', storage_account_type: 'Premium_LRS', write_accelerator_enabled: false }],
  source_image_reference: [{ offer: 'ubuntu-24_04-lts', publisher: 'Canonical', sku, version: 'latest' }],
});
const cosmosAccount = (backup: string): Obj => ({
  id: `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders`, kind: 'GlobalDocumentDB', location: 'westeurope', name: 'acme-orders', offer_type: 'Standard', resource_group_name: 'data', tags: {},
  consistency_policy: [{ consistency_level: 'Session', max_interval_in_seconds: 5, max_staleness_prefix: 100 }], geo_location: [{ failover_priority: 0, id: 'acme-orders-westeurope', location: 'westeurope', zone_redundant: false }],
  backup: [backup === 'Periodic' ? { interval_in_minutes: 240, retention_in_hours: 8, storage_redundancy: 'Geo', tier: '', type: 'Periodic' } : { interval_in_minutes: 0, retention_in_hours: 0, storage_redundancy: '', tier: 'Continuous30Days', type: 'Continuous' }],
});


// ---- Third batch: claims bound to volumes, namespaces, modules ----
const boundClaim = (volumeName: string, storageClass = ''): Obj => ({
  id: 'ledger/ledger-data', metadata: kmeta('ledger-data', 'ledger'), timeouts: null, wait_until_bound: true,
  spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: '200Gi' } }], selector: [], storage_class_name: storageClass, volume_mode: 'Filesystem', volume_name: volumeName }],
});
const staticPv = (policy: string): Obj => ({
  id: 'ledger-pv', metadata: [{ annotations: {}, generation: 1, labels: {}, name: 'ledger-pv', resource_version: '61200', uid: '2b3c4d5e-6f7a-4b8c-9d0e-1f2a3b4c5d6e' }], timeouts: null,
  spec: [{
    access_modes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, claim_ref: [{ name: 'ledger-data', namespace: 'ledger' }], mount_options: [], node_affinity: [], persistent_volume_reclaim_policy: policy,
    persistent_volume_source: [{ csi: [{ driver: 'ebs.csi.aws.com', fs_type: 'ext4', read_only: false, volume_attributes: {}, volume_handle: 'vol-0e1f2a3b4c5d6e7f8' }] }], storage_class_name: '', volume_mode: 'Filesystem',
  }],
});
const pBoundClaim = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'ledger-data', namespace: 'ledger' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '200Gi' } }, storageClassName: '', volumeName: 'ledger-pv' } };
const pStaticPv = (policy: string): Obj => ({
  apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'ledger-pv' },
  spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, claimRef: { name: 'ledger-data', namespace: 'ledger' }, persistentVolumeReclaimPolicy: policy, storageClassName: '', csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0e1f2a3b4c5d6e7f8', fsType: 'ext4' } },
});
const ns = (name: string): Obj => ({ id: name, metadata: [{ annotations: {}, generate_name: '', generation: 0, labels: {}, name, resource_version: '61100', uid: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f' }], timeouts: null, wait_for_default_service_account: false });
const pNamespace = { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ledger' } };
const pClaim = (storageClassName: string): Obj => ({ apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'ledger-data', namespace: 'ledger' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '200Gi' } }, storageClassName } });


// ---- Fourth batch: folders, lifecycle rules that are off or reach no data, snapshots ----
const gcsFolder = (forceDestroy: boolean): Obj => ({
  bucket: 'acme-ledger-archive', create_time: '2026-03-02T10:11:12Z', force_destroy: forceDestroy, id: 'acme-ledger-archive/exports/', metageneration: '1', name: 'exports/',
  self_link: 'https://www.googleapis.com/storage/v1/b/acme-ledger-archive/folders/exports%2F', timeouts: null, update_time: '2026-03-02T10:11:12Z',
});
const s3Rule = (status: string, extra: Obj): Obj => ({
  abort_incomplete_multipart_upload: [], expiration: [], filter: [{ and: [], object_size_greater_than: '', object_size_less_than: '', prefix: '', tag: [] }], id: 'cleanup', noncurrent_version_expiration: [], noncurrent_version_transition: [], prefix: '', status, transition: [], ...extra,
});
const s3Lifecycle = (rule: Obj): Obj => ({ bucket: 'acme-ledger', expected_bucket_owner: '', id: 'acme-ledger', rule: [rule], timeouts: null, transition_default_minimum_object_size: 'all_storage_classes_128K' });
const azurePolicy = (enabled: boolean): Obj => ({
  id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata/managementPolicies/default`, storage_account_id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata`, timeouts: null,
  rule: [{ name: 'expire-all', enabled, filters: [{ blob_types: ['blockBlob'], match_blob_index_tag: [], prefix_match: [] }], actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: 1, tier_to_cool_after_days_since_modification_greater_than: -1 }], snapshot: [], version: [] }] }],
});
const versioning = (mfa: string): Obj => ({ bucket: 'acme-ledger', expected_bucket_owner: '', id: 'acme-ledger', mfa: null, versioning_configuration: [{ mfa_delete: mfa, status: 'Enabled' }] });
const ddbStream = (enabled: boolean): Obj => ({ ...ddbTtl(false), stream_enabled: enabled, stream_view_type: enabled ? 'NEW_AND_OLD_IMAGES' : '', stream_arn: enabled ? `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/sessions/stream/2026-03-02T10:11:12.000` : '', stream_label: enabled ? '2026-03-02T10:11:12.000' : '' });
const snapshotManifest = (kind: string, spec: Obj): Obj => {
  const object = { apiVersion: 'snapshot.storage.k8s.io/v1', kind, metadata: { name: 'ledger-nightly', ...(kind === 'VolumeSnapshot' ? { namespace: 'ledger' } : {}) }, spec };
  return { computed_fields: null, field_manager: [], manifest: object, object, timeouts: [], wait: [], wait_for: null };
};


// ---- Fifth batch ----
const crdManifest = (object: Obj): Obj => ({ manifest: object, object, timeouts: null, wait: [], field_manager: [], computed_fields: null });
const mssqlDatabase = (extra: Obj): Obj => ({
  auto_pause_delay_in_minutes: 0, collation: 'SQL_Latin1_General_CP1_CI_AS', create_mode: 'Default', creation_source_database_id: '', elastic_pool_id: '', geo_backup_enabled: true,
  id: `${RG}/providers/Microsoft.Sql/servers/acme-sql-eu/databases/orders`, license_type: '', max_size_gb: 32, name: 'orders', read_replica_count: 0, read_scale: false, sku_name: 'GP_Gen5_2',
  server_id: `${RG}/providers/Microsoft.Sql/servers/acme-sql-eu`, storage_account_type: 'Geo', tags: {}, zone_redundant: false, ...extra,
});
const redisCluster = (): Obj => ({
  authorization_mode: 'AUTH_MODE_IAM_AUTH', create_time: '2026-03-02T10:11:12Z', deletion_protection_enabled: false, id: 'projects/acme/locations/europe-west1/clusters/sessions', name: 'sessions', node_type: 'REDIS_HIGHMEM_MEDIUM', project: 'acme', region: 'europe-west1',
  persistence_config: [{ aof_config: [], mode: 'RDB', rdb_config: [{ rdb_snapshot_period: 'ONE_HOUR', rdb_snapshot_start_time: '' }] }], replica_count: 1, shard_count: 3, transit_encryption_mode: 'TRANSIT_ENCRYPTION_MODE_SERVER_AUTHENTICATION', timeouts: null,
});
const s3Object = (content: string): Obj => ({
  acl: null, arn: 'arn:aws:s3:::acme-site/logo.png', bucket: 'acme-site', bucket_key_enabled: false, cache_control: '', content: null, content_base64: content, content_disposition: '', content_encoding: '', content_language: '', content_type: 'image/png',
  etag: 'a7b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5', force_destroy: false, id: 'logo.png', key: 'logo.png', kms_key_id: null, metadata: {}, object_lock_legal_hold_status: '', object_lock_mode: '', object_lock_retain_until_date: '', server_side_encryption: 'AES256', source: null, source_hash: null, storage_class: 'STANDARD', version_id: '', website_redirect: '', ...tags({}),
});


// ---- Sixth batch: managed instance groups with stateful disks ----
const mig = (deleteRule: string, size: number): Obj => ({
  base_instance_name: 'ledger', creation_timestamp: '2026-03-02T10:11:12.000-07:00', description: '', fingerprint: 'Zx1=', id: 'projects/acme/zones/europe-west1-b/instanceGroupManagers/ledger',
  instance_group: 'https://www.googleapis.com/compute/v1/projects/acme/zones/europe-west1-b/instanceGroups/ledger', list_managed_instances_results: 'PAGELESS', name: 'ledger', named_port: [], project: 'acme',
  self_link: 'https://www.googleapis.com/compute/v1/projects/acme/zones/europe-west1-b/instanceGroupManagers/ledger', stateful_disk: [{ delete_rule: deleteRule, device_name: 'ledger-data' }], stateful_external_ip: [], stateful_internal_ip: [],
  target_pools: [], target_size: size, timeouts: null, version: [{ instance_template: 'projects/acme/global/instanceTemplates/ledger-v3', name: 'primary', target_size: [] }], wait_for_instances: false, wait_for_instances_status: 'STABLE', zone: 'europe-west1-b',
});

export function red7Cases(): CorpusCase[] {
  return [
    // ---- AWS: wrappers that hold no data of their own, and the stores under them ----
    tf('rds-global-cluster-delete-members-stay', allow('attribute-judgement', 'An aws_rds_global_cluster deleted while its member aws_rds_cluster stays: the global cluster is a wrapper over regional clusters, "The primary and secondary clusters must already be detached or destroyed first" (RDS DeleteGlobalCluster API), and force_destroy = true makes the provider "remove DB Cluster members from Global Cluster on destroy" (@pulumi/aws rds/globalCluster.d.ts forceDestroy): the regional cluster and its data stay.'), [
      { type: 'aws_rds_global_cluster', name: 'orders', actions: ['delete'], reason: DEL, before: globalCluster() },
      { type: 'aws_rds_cluster', name: 'orders', actions: ['update'], before: auroraCluster(), after: auroraCluster({ global_cluster_identifier: '' }) },
    ]),
    pu('rds-global-cluster-delete-members-stay', allow('attribute-judgement', 'An aws:rds/globalCluster:GlobalCluster with forceDestroy deleted: the provider detaches its member clusters, then the RDS API deletes the empty global cluster ("primary and secondary clusters must already be detached", DeleteGlobalCluster); the regional cluster, which holds the data, is unchanged in the stack.'), S, [
      { op: 'delete', type: 'aws:rds/globalCluster:GlobalCluster', name: 'orders-global', old: { id: 'orders-global', inputs: { globalClusterIdentifier: 'orders-global', forceDestroy: true, sourceDbClusterIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders` } } },
      { op: 'same', type: 'aws:rds/cluster:Cluster', name: 'orders', old: { id: 'orders', inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', deletionProtection: true, skipFinalSnapshot: false } }, new: { id: 'orders', inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', deletionProtection: true, skipFinalSnapshot: false } } },
    ]),
    tf('rds-global-cluster-and-member-delete', block('store-without-storage-word', 'The global cluster deleted together with its only member aws_rds_cluster (skip_final_snapshot true): the member holds the data, and deleting it deletes the cluster volume (hashicorp/aws 6.25.0 rds_cluster).'), [
      { type: 'aws_rds_global_cluster', name: 'orders', actions: ['delete'], reason: DEL, before: globalCluster() },
      { type: 'aws_rds_cluster', name: 'orders', actions: ['delete'], reason: DEL, before: auroraCluster({ skip_final_snapshot: true }) },
    ]),
    tf('efs-replication-configuration-delete', allow('attribute-judgement', 'Deleting an aws_efs_replication_configuration ends replication: "the destination file system becomes Writeable and its replication overwrite protection is re-enabled" (EFS DeleteReplicationConfiguration API); the source and destination file systems both stay.'), [{
      type: 'aws_efs_replication_configuration', name: 'media', actions: ['delete'], reason: DEL,
      before: { creation_time: '2026-03-02T10:11:12Z', destination: [{ availability_zone_name: '', file_system_id: 'fs-0f1e2d3c4b5a69788', kms_key_id: '', region: 'eu-west-1', status: 'ENABLED' }], id: 'fs-0a1b2c3d4e5f60718', original_source_file_system_arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f60718`, source_file_system_arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0a1b2c3d4e5f60718`, source_file_system_id: 'fs-0a1b2c3d4e5f60718', source_file_system_region: 'us-east-1', timeouts: null },
    }]),

    // ---- AWS FSx: deletes, and the final backup turned off ----
    tf('fsx-windows-delete', block('storage-word', 'An aws_fsx_windows_file_system deleted: its file shares and their files go with it; the final backup FSx takes by default is a way back, not a guard against the delete (hashicorp/aws 6.25.0 fsx_windows_file_system; FSx DeleteFileSystem).'), [{
      type: 'aws_fsx_windows_file_system', name: 'shares', actions: ['delete'], reason: DEL, before: fsxWindows(false),
    }]),
    tf('fsx-windows-skip-final-backup-on', block('protection-removed', 'skip_final_backup false → true on an aws_fsx_windows_file_system: "By default, Amazon FSx for Windows takes a final backup on your behalf when the DeleteFileSystem operation is invoked … If you want to skip this backup, use this flag" (FSx DeleteFileSystemWindowsConfiguration); the provider default is false and the setting "must be applied separately before attempting to delete" (hashicorp/aws 6.25.0 fsx_windows_file_system), so this update is the step that makes the next delete unrecoverable, as skip_final_snapshot on RDS.', ['no-protection-downgrade']), [{
      type: 'aws_fsx_windows_file_system', name: 'shares', actions: ['update'], before: fsxWindows(false), after: fsxWindows(true),
    }]),
    pu('fsx-windows-skip-final-backup-off', allow('protection-removed', 'skipFinalBackup true → false on an aws:fsx/windowsFileSystem:WindowsFileSystem turns the final backup back on: a guard added, nothing destroyed (@pulumi/aws fsx/windowsFileSystem.d.ts skipFinalBackup).'), S, [{
      op: 'update', type: 'aws:fsx/windowsFileSystem:WindowsFileSystem', name: 'shares', diff: ['skipFinalBackup'],
      old: { id: 'fs-0a1b2c3d4e5f60718', inputs: { activeDirectoryId: 'd-9067a1b2c3', storageCapacity: 2048, subnetIds: ['subnet-0a1b2c3d'], throughputCapacity: 64, skipFinalBackup: true } },
      new: { inputs: { activeDirectoryId: 'd-9067a1b2c3', storageCapacity: 2048, subnetIds: ['subnet-0a1b2c3d'], throughputCapacity: 64, skipFinalBackup: false } },
    }]),
    pu('fsx-lustre-delete', block('storage-word', 'An aws:fsx/lustreFileSystem:LustreFileSystem (PERSISTENT_2) deleted: its files go, and for Lustre "By default, Amazon FSx will not take a final backup" (FSx DeleteFileSystemLustreConfiguration, SkipFinalBackup default true).'), S, [{
      op: 'delete', type: 'aws:fsx/lustreFileSystem:LustreFileSystem', name: 'scratch-results',
      old: { id: 'fs-0c1d2e3f4a5b6c7d8', inputs: { deploymentType: 'PERSISTENT_2', perUnitStorageThroughput: 250, storageCapacity: 2400, subnetIds: ['subnet-0a1b2c3d'], ...ptags({}) } },
    }]),
    tf('fsx-ontap-volume-delete', block('storage-word', 'An aws_fsx_ontap_volume deleted: the volume and its files are deleted from the file system; the final backup (skip_final_backup false) is a way back, not a guard (hashicorp/aws 6.25.0 fsx_ontap_volume).'), [{
      type: 'aws_fsx_ontap_volume', name: 'shared', actions: ['delete'], reason: DEL, before: ontapVolume(1048576),
    }]),
    tf('fsx-ontap-volume-grown', allow('storage-word', 'size_in_megabytes of an aws_fsx_ontap_volume raised from 1 TiB to 2 TiB is an in-place update: the volume and its files stay (hashicorp/aws 6.25.0 fsx_ontap_volume size_in_megabytes).'), [{
      type: 'aws_fsx_ontap_volume', name: 'shared', actions: ['update'], before: ontapVolume(1048576), after: ontapVolume(2097152),
    }]),

    // ---- AWS Secrets Manager ----
    tf('secret-delete-without-recovery', block('store-without-storage-word', 'An aws_secretsmanager_secret with recovery_window_in_days = 0 deleted: "0 … force deletion without recovery" (hashicorp/aws 6.25.0 secretsmanager_secret): the secret and its versions are gone at once.'), [{
      type: 'aws_secretsmanager_secret', name: 'orders_db', actions: ['delete'], reason: DEL, before: secret(0),
    }]),
    pu('secret-recovery-window-zeroed', block('destruction-without-delete', 'recoveryWindowInDays 30 → 0 on an aws:secretsmanager/secret:Secret: the next delete is immediate and cannot be undone (@pulumi/aws secretsmanager/secret.d.ts recoveryWindowInDays: "0 to force deletion without recovery").', ['no-protection-downgrade']), S, [{
      op: 'update', type: 'aws:secretsmanager/secret:Secret', name: 'orders-db', diff: ['recoveryWindowInDays'],
      old: { id: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`, inputs: { name: 'orders/db', recoveryWindowInDays: 30 } },
      new: { inputs: { name: 'orders/db', recoveryWindowInDays: 0 } },
    }]),
    pu('secret-recovery-window-raised', allow('destruction-without-delete', 'recoveryWindowInDays 7 → 30 on an aws:secretsmanager/secret:Secret lengthens the time a deleted secret can be restored: a guard raised (@pulumi/aws secretsmanager/secret.d.ts).'), S, [{
      op: 'update', type: 'aws:secretsmanager/secret:Secret', name: 'orders-db', diff: ['recoveryWindowInDays'],
      old: { id: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`, inputs: { name: 'orders/db', recoveryWindowInDays: 7 } },
      new: { inputs: { name: 'orders/db', recoveryWindowInDays: 30 } },
    }]),
    tf('secret-description-changed', allow('store-without-storage-word', 'Only the description of an aws_secretsmanager_secret changes, in place: the secret value stays (hashicorp/aws 6.25.0 secretsmanager_secret).'), [{
      type: 'aws_secretsmanager_secret', name: 'orders_db', actions: ['update'], before: secret(30), after: { ...secret(30), description: 'orders database credentials (rotated monthly)' },
    }]),

    // ---- AWS: Glacier, Lightsail, Keyspaces, MSK Serverless, DocumentDB Elastic, OpenSearch Serverless ----
    tf('glacier-vault-delete', block('store-without-storage-word', 'An aws_glacier_vault deleted: a vault holds archives, and the delete destroys the vault with what it keeps (hashicorp/aws 6.25.0 glacier_vault; S3 Glacier DeleteVault). A refused delete of a non-empty vault still blocks (README judgement: a delete the provider refuses still blocks).'), [{
      type: 'aws_glacier_vault', name: 'ledger', actions: ['delete'], reason: DEL,
      before: { access_policy: '', arn: `arn:aws:glacier:us-east-1:${ACCOUNT}:vaults/ledger-archive`, id: 'ledger-archive', location: `/${ACCOUNT}/vaults/ledger-archive`, name: 'ledger-archive', notification: [], ...tags({}) },
    }]),
    tf('lightsail-disk-delete', block('store-without-storage-word', 'An aws_lightsail_disk is a block storage disk: deleting it deletes its data (hashicorp/aws 6.25.0 lightsail_disk; Lightsail DeleteDisk).'), [{
      type: 'aws_lightsail_disk', name: 'data', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:lightsail:us-east-1:${ACCOUNT}:Disk/5e6f7a8b`, availability_zone: 'us-east-1a', created_at: '2026-03-02T10:11:12Z', id: 'wp-data', name: 'wp-data', size_in_gb: 64, support_code: '123456789012/vol-0a1b2c3d', ...tags({}) },
    }]),
    pu('lightsail-database-delete', block('store-without-storage-word', 'An aws:lightsail/database:Database deleted with skipFinalSnapshot true: the managed database and its data go with no snapshot (@pulumi/aws lightsail/database.d.ts).'), S, [{
      op: 'delete', type: 'aws:lightsail/database:Database', name: 'wp',
      old: { id: 'wp', inputs: { relationalDatabaseName: 'wp', blueprintId: 'mysql_8_0', bundleId: 'micro_2_0', masterDatabaseName: 'wordpress', masterUsername: 'admin', skipFinalSnapshot: true, ...ptags({}) } },
    }]),
    tf('keyspaces-table-delete', block('store-without-storage-word', 'An aws_keyspaces_table (Amazon Keyspaces, Cassandra-compatible) deleted: its rows go (hashicorp/aws 6.25.0 keyspaces_table; Keyspaces DeleteTable).'), [{
      type: 'aws_keyspaces_table', name: 'events', actions: ['delete'], reason: DEL, before: keyspacesTable('ENABLED'),
    }]),
    pu('keyspaces-table-delete', block('store-without-storage-word', 'An aws:keyspaces/table:Table deleted: the table and its rows go (@pulumi/aws keyspaces/table.d.ts).'), S, [{
      op: 'delete', type: 'aws:keyspaces/table:Table', name: 'events', old: { id: 'orders/events', inputs: pKeyspacesTable('ENABLED') },
    }]),
    tf('keyspaces-table-pitr-disabled', block('destruction-without-delete', 'point_in_time_recovery.status ENABLED → DISABLED on an aws_keyspaces_table: the continuous backups that restore the table to any second of the last 35 days are dropped (hashicorp/aws 6.25.0 keyspaces_table point_in_time_recovery; Keyspaces PITR docs), as DynamoDB PITR turned off.', ['no-protection-downgrade']), [{
      type: 'aws_keyspaces_table', name: 'events', actions: ['update'], before: keyspacesTable('ENABLED'), after: keyspacesTable('DISABLED'),
    }]),
    pu('keyspaces-table-pitr-enabled', allow('destruction-without-delete', 'pointInTimeRecovery.status DISABLED → ENABLED on an aws:keyspaces/table:Table: continuous backups start, a guard added (@pulumi/aws keyspaces/table.d.ts).'), S, [{
      op: 'update', type: 'aws:keyspaces/table:Table', name: 'events', diff: ['pointInTimeRecovery'], old: { id: 'orders/events', inputs: pKeyspacesTable('DISABLED') }, new: { inputs: pKeyspacesTable('ENABLED') },
    }]),
    tf('msk-serverless-cluster-delete', block('store-without-storage-word', 'An aws_msk_serverless_cluster deleted: its topics and the records they retain go with it (hashicorp/aws 6.25.0 msk_serverless_cluster; MSK Serverless retains records per topic retention).'), [{
      type: 'aws_msk_serverless_cluster', name: 'events', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/events/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-s1`, bootstrap_brokers_sasl_iam: 'boot-abc.c1.kafka-serverless.us-east-1.amazonaws.com:9098', client_authentication: [{ sasl: [{ iam: [{ enabled: true }] }] }], cluster_name: 'events', cluster_uuid: '0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-s1', id: `arn:aws:kafka:us-east-1:${ACCOUNT}:cluster/events/0a1b2c3d-4e5f-6a7b-8c9d-0e1f2a3b4c5d-s1`, timeouts: null, vpc_config: [{ security_group_ids: ['sg-0a1b2c3d'], subnet_ids: ['subnet-0a1b2c3d', 'subnet-4e5f6a7b'] }], ...tags({}) },
    }]),
    tf('docdb-elastic-cluster-delete', block('store-without-storage-word', 'An aws_docdbelastic_cluster deleted: the sharded DocumentDB Elastic cluster and its collections go (hashicorp/aws 6.25.0 docdbelastic_cluster).'), [{
      type: 'aws_docdbelastic_cluster', name: 'catalog', actions: ['delete'], reason: DEL,
      before: { admin_user_name: 'catalog', arn: `arn:aws:docdb-elastic:us-east-1:${ACCOUNT}:cluster/4e5f6a7b`, auth_type: 'PLAIN_TEXT', backup_retention_period: 7, endpoint: 'catalog-abc.us-east-1.docdb-elastic.amazonaws.com', id: `arn:aws:docdb-elastic:us-east-1:${ACCOUNT}:cluster/4e5f6a7b`, kms_key_id: 'AWS_OWNED_KMS_KEY', name: 'catalog', preferred_backup_window: '02:00-02:30', preferred_maintenance_window: 'sun:03:00-sun:03:30', shard_capacity: 2, shard_count: 2, subnet_ids: ['subnet-0a1b2c3d'], timeouts: null, vpc_security_group_ids: ['sg-0a1b2c3d'], ...tags({}) },
      sensitive: ['admin_user_password'],
    }]),
    tf('opensearch-serverless-collection-delete', block('store-without-storage-word', 'An aws_opensearchserverless_collection deleted: its indexes and documents go (hashicorp/aws 6.25.0 opensearchserverless_collection; OpenSearch Serverless DeleteCollection).'), [{
      type: 'aws_opensearchserverless_collection', name: 'logs', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:aoss:us-east-1:${ACCOUNT}:collection/0a1b2c3d4e5f`, collection_endpoint: 'https://0a1b2c3d4e5f.us-east-1.aoss.amazonaws.com', dashboard_endpoint: 'https://0a1b2c3d4e5f.us-east-1.aoss.amazonaws.com/_dashboards', description: '', id: '0a1b2c3d4e5f', kms_key_arn: 'auto', name: 'logs', standby_replicas: 'ENABLED', timeouts: null, type: 'SEARCH', ...tags({}) },
    }]),

    // ---- AWS: in-place changes of stores that destroy nothing ----
    tf('opensearch-domain-scaled-out', allow('attribute-judgement', 'cluster_config.instance_count 3 → 6 on an aws_opensearch_domain is a blue/green configuration change in place: the domain and its indices stay (hashicorp/aws 6.25.0 opensearch_domain; OpenSearch configuration changes).'), [{
      type: 'aws_opensearch_domain', name: 'search', actions: ['update'], before: opensearch(3), after: opensearch(6),
    }]),
    tf('redis-replication-group-replica-removed', allow('attribute-judgement', 'num_cache_clusters 3 → 2 on an aws_elasticache_replication_group removes one read replica in place: the primary and the group\'s data stay (hashicorp/aws 6.25.0 elasticache_replication_group num_cache_clusters).'), [{
      type: 'aws_elasticache_replication_group', name: 'sessions', actions: ['update'], before: replicationGroup(3), after: replicationGroup(2),
    }]),
    tf('memorydb-cluster-replicas-reduced', allow('attribute-judgement', 'num_replicas_per_shard 2 → 1 on an aws_memorydb_cluster removes a replica of each shard in place: every shard keeps its primary and its data (hashicorp/aws 6.25.0 memorydb_cluster; MemoryDB UpdateCluster ReplicaConfiguration).'), [{
      type: 'aws_memorydb_cluster', name: 'carts', actions: ['update'], before: memorydb(2), after: memorydb(1),
    }]),
    pu('ecr-lifecycle-expire-untagged', allow('destruction-without-delete', 'An aws:ecr/lifecyclePolicy:LifecyclePolicy whose only rule expires untagged images 14 days after push: tagged images, the ones deployments name, stay (ECR lifecycle policy parameters: tagStatus untagged; @pulumi/aws ecr/lifecyclePolicy.d.ts).'), S, [{
      op: 'create', type: 'aws:ecr/lifecyclePolicy:LifecyclePolicy', name: 'api',
      new: { inputs: { repository: 'api', policy: JSON.stringify({ rules: [{ rulePriority: 1, description: 'drop dangling layers', selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } }] }) } },
    }]),

    // ---- Azure: Cosmos DB databases and containers ----
    tf('cosmosdb-sql-database-delete', block('store-without-storage-word', 'An azurerm_cosmosdb_sql_database deleted: its containers and every item in them go, while the account stays (hashicorp/azurerm 4.55.0 cosmosdb_sql_database; Cosmos DB resource model: database → containers → items).'), [{
      type: 'azurerm_cosmosdb_sql_database', name: 'orders', actions: ['delete'], reason: DEL,
      before: { account_name: 'acme-orders', autoscale_settings: [], id: `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders/sqlDatabases/orders`, name: 'orders', resource_group_name: 'data', throughput: 400, timeouts: null },
    }]),
    tf('cosmosdb-sql-container-delete', block('store-without-storage-word', 'An azurerm_cosmosdb_sql_container deleted: the container\'s items go with it (hashicorp/azurerm 4.55.0 cosmosdb_sql_container).'), [{
      type: 'azurerm_cosmosdb_sql_container', name: 'carts', actions: ['delete'], reason: DEL, before: cosmosContainer('carts'),
    }]),
    pu('azure-native-cosmosdb-container-delete', block('store-without-storage-word', 'An azure-native:cosmosdb:SqlResourceSqlContainer deleted: the container and its items go (Cosmos DB SQL containers REST API, Delete).'), S, [{
      op: 'delete', type: 'azure-native:cosmosdb:SqlResourceSqlContainer', name: 'carts',
      old: { id: `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders/sqlDatabases/orders/containers/carts`, inputs: { accountName: 'acme-orders', databaseName: 'orders', containerName: 'carts', resourceGroupName: 'data', resource: { id: 'carts', partitionKey: { paths: ['/customerId'], kind: 'Hash' } } } },
    }]),
    tf('cosmosdb-sql-container-throughput-raised', allow('store-without-storage-word', 'throughput 400 → 1000 RU/s on an azurerm_cosmosdb_sql_container is an in-place update: the items stay (hashicorp/azurerm 4.55.0 cosmosdb_sql_container throughput).'), [{
      type: 'azurerm_cosmosdb_sql_container', name: 'carts', actions: ['update'], before: cosmosContainer('carts'), after: cosmosContainer('carts', { throughput: 1000 }),
    }]),
    tf('cosmosdb-sql-container-ttl-one-hour', block('destruction-without-delete', 'default_ttl -1 → 3600 on an azurerm_cosmosdb_sql_container: with -1 items never expire; with 3600 "items will expire n seconds after their last modified time", so every item not written in the last hour is deleted (hashicorp/azurerm 4.55.0 cosmosdb_sql_container default_ttl; Cosmos DB time to live).', ['no-protection-downgrade']), [{
      type: 'azurerm_cosmosdb_sql_container', name: 'carts', actions: ['update'], before: cosmosContainer('carts'), after: cosmosContainer('carts', { default_ttl: 3600 }),
    }]),
    tf('cosmosdb-container-count-to-for-each', block('rename-and-move', 'count → for_each without a moved block: the plan deletes azurerm_cosmosdb_sql_container.carts[0] (delete_because_no_resource_config) and creates .carts["carts"], an empty container: the items of the old one go (Terraform for_each docs; moved blocks).'), [
      { type: 'azurerm_cosmosdb_sql_container', name: 'carts', index: 0, actions: ['delete'], reason: 'delete_because_no_resource_config', before: cosmosContainer('carts') },
      { type: 'azurerm_cosmosdb_sql_container', name: 'carts', index: 'carts', actions: ['create'], before: null, after: cosmosContainer('carts'), unknown: ['id'] },
    ]),

    // ---- Azure: file shares, tables, flexible-server databases ----
    tf('storage-share-delete', block('storage-word', 'An azurerm_storage_share deleted: the SMB share and its files go (hashicorp/azurerm 4.55.0 storage_share). Share soft delete, where on, makes it recoverable for a while: still a delete of the data, as a Key Vault under soft delete (README judgement).'), [{
      type: 'azurerm_storage_share', name: 'shared', actions: ['delete'], reason: DEL, before: share(1024),
    }]),
    pu('azure-native-file-share-delete', block('storage-word', 'An azure-native:storage:FileShare deleted: the share\'s files go (Azure Files REST API, Delete Share).'), S, [{
      op: 'delete', type: 'azure-native:storage:FileShare', name: 'shared',
      old: { id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata/fileServices/default/shares/shared`, inputs: { accountName: 'acmedata', resourceGroupName: 'data', shareName: 'shared', shareQuota: 1024, enabledProtocols: 'SMB' } },
    }]),
    tf('storage-share-quota-raised', allow('storage-word', 'quota 1024 → 2048 GiB on an azurerm_storage_share is an in-place update: the files stay (hashicorp/azurerm 4.55.0 storage_share quota).'), [{
      type: 'azurerm_storage_share', name: 'shared', actions: ['update'], before: share(1024), after: share(2048),
    }]),
    tf('storage-share-forgotten', allow('rename-and-move', 'A removed block with lifecycle { destroy = false } plans ["forget"] for the azurerm_storage_share: Terraform drops it from state and the share stays (Terraform removed block docs; terraform-plans.md §1.3).'), [{
      type: 'azurerm_storage_share', name: 'shared', actions: ['forget'], reason: DEL, before: share(1024),
    }]),
    tf('storage-table-delete', block('storage-word', 'An azurerm_storage_table deleted: the table and its entities go (hashicorp/azurerm 4.55.0 storage_table; Azure Table storage Delete Table).'), [{
      type: 'azurerm_storage_table', name: 'audit', actions: ['delete'], reason: DEL,
      before: { acl: [], id: 'https://acmedata.table.core.windows.net/Tables(\'audit\')', name: 'audit', resource_manager_id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata/tableServices/default/tables/audit`, storage_account_name: 'acmedata', timeouts: null },
    }]),
    tf('postgresql-flexible-database-delete', block('store-without-storage-word', 'An azurerm_postgresql_flexible_server_database deleted: the database is dropped with its tables, while the server stays (hashicorp/azurerm 4.55.0 postgresql_flexible_server_database).'), [{
      type: 'azurerm_postgresql_flexible_server_database', name: 'orders', actions: ['delete'], reason: DEL,
      before: { charset: 'UTF8', collation: 'en_US.utf8', id: `${RG}/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg/databases/orders`, name: 'orders', server_id: `${RG}/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg`, timeouts: null },
    }]),
    pu('azure-native-postgresql-database-delete', block('store-without-storage-word', 'An azure-native:dbforpostgresql:Database deleted: the database on the flexible server is dropped with its tables (Azure Database for PostgreSQL Databases REST API, Delete).'), S, [{
      op: 'delete', type: 'azure-native:dbforpostgresql:Database', name: 'orders',
      old: { id: `${RG}/providers/Microsoft.DBforPostgreSQL/flexibleServers/acme-pg/databases/orders`, inputs: { databaseName: 'orders', resourceGroupName: 'data', serverName: 'acme-pg', charset: 'UTF8', collation: 'en_US.utf8' } },
    }]),
    tf('mysql-flexible-database-delete', block('store-without-storage-word', 'An azurerm_mysql_flexible_database deleted: the database is dropped with its tables (hashicorp/azurerm 4.55.0 mysql_flexible_database).'), [{
      type: 'azurerm_mysql_flexible_database', name: 'shop', actions: ['delete'], reason: DEL,
      before: { charset: 'utf8mb4', collation: 'utf8mb4_unicode_ci', id: `${RG}/providers/Microsoft.DBforMySQL/flexibleServers/acme-mysql/databases/shop`, name: 'shop', resource_group_name: 'data', server_name: 'acme-mysql', timeouts: null },
    }]),

    // ---- Azure: virtual machines and their disks ----
    tf('azure-vm-delete-with-data-disks', block('cascade', 'An azurerm_virtual_machine deleted with delete_data_disks_on_termination = true: "Should the Data Disks (either the Managed Disks / VHD Blobs) be deleted when the Virtual Machine is destroyed?" (hashicorp/azurerm 4.55.0 virtual_machine), so the 1 TiB ledger-data disk of storage_data_disk goes with the machine.'), [{
      type: 'azurerm_virtual_machine', name: 'ledger', actions: ['delete'], reason: DEL, before: vm(true),
    }]),
    tf('azure-vm-delete-keeps-data-disks', allow('cascade', 'The same azurerm_virtual_machine with delete_data_disks_on_termination = false (the default): the data disk is detached and stays; only the OS disk, rebuilt from the image, goes (hashicorp/azurerm 4.55.0 virtual_machine; README judgement on root disks).'), [{
      type: 'azurerm_virtual_machine', name: 'ledger', actions: ['delete'], reason: DEL, before: vm(false),
    }]),
    pu('azure-native-vm-delete-data-disk-delete-option', block('cascade', 'An azure-native:compute:VirtualMachine deleted whose storageProfile.dataDisks[0].deleteOption is Delete: "Specifies whether data disk should be deleted or detached upon VM deletion … Delete: the data disk is deleted when VM is deleted" (Azure Compute REST API DataDisk.deleteOption).'), S, [{
      op: 'delete', type: 'azure-native:compute:VirtualMachine', name: 'ledger', old: { id: `${RG}/providers/Microsoft.Compute/virtualMachines/ledger`, inputs: pVm('Delete') },
    }]),
    pu('azure-native-vm-delete-data-disk-detach-option', allow('cascade', 'The same machine with dataDisks[0].deleteOption Detach (the default for data disks): "the data disk is retained after VM is deleted" (Azure Compute REST API DataDisk.deleteOption); only the OS disk goes.'), S, [{
      op: 'delete', type: 'azure-native:compute:VirtualMachine', name: 'ledger', old: { id: `${RG}/providers/Microsoft.Compute/virtualMachines/ledger`, inputs: pVm('Detach') },
    }]),
    tf('azure-managed-disk-grown', allow('attribute-judgement', 'disk_size_gb 1024 → 2048 on an azurerm_managed_disk is an in-place resize (growing, never shrinking): the disk and its data stay (hashicorp/azurerm 4.55.0 managed_disk disk_size_gb).'), [{
      type: 'azurerm_managed_disk', name: 'ledger_data', actions: ['update'], before: managedDisk(1024), after: managedDisk(2048),
    }]),
    tf('azure-storage-account-to-grs', allow('storage-word', 'account_replication_type LRS → GRS on an azurerm_storage_account is an in-place update that adds a geo copy: the account and its blobs stay (hashicorp/azurerm 4.55.0 storage_account account_replication_type).'), [{
      type: 'azurerm_storage_account', name: 'data', actions: ['update'], before: storageAccount('LRS'), after: storageAccount('GRS'),
    }]),
    tf('azure-redis-cache-delete', block('store-without-storage-word', 'An azurerm_redis_cache (Premium, RDB persistence on) deleted: the cache\'s data set goes; a Redis data set is treated as a primary copy whatever its snapshots (README judgement on Redis; hashicorp/azurerm 4.55.0 redis_cache).'), [{
      type: 'azurerm_redis_cache', name: 'sessions', actions: ['delete'], reason: DEL, before: redisCache(1), sensitive: ['primary_access_key', 'primary_connection_string', 'secondary_access_key', 'secondary_connection_string'],
    }]),
    tf('azure-redis-cache-scaled-up', allow('store-without-storage-word', 'capacity 1 → 2 on a Premium azurerm_redis_cache scales it in place: the data set stays (hashicorp/azurerm 4.55.0 redis_cache capacity; Azure Cache for Redis scaling).'), [{
      type: 'azurerm_redis_cache', name: 'sessions', actions: ['update'], before: redisCache(1), after: redisCache(2), sensitive: ['primary_access_key', 'primary_connection_string', 'secondary_access_key', 'secondary_connection_string'],
    }]),
    tf('azure-backup-protected-vm-delete', block('backups', 'Deleting an azurerm_backup_protected_vm stops protection and deletes the VM\'s recovery points unless the provider feature recovery_service.vm_backup_stop_protection_and_retain_data_on_destroy is true (default false; hashicorp/azurerm 4.55.0 provider features, PR #25515): the backups of a VM that stays are destroyed.'), [{
      type: 'azurerm_backup_protected_vm', name: 'ledger', actions: ['delete'], reason: DEL,
      before: { backup_policy_id: `${RG}/providers/Microsoft.RecoveryServices/vaults/acme-vault/backupPolicies/daily`, exclude_disk_luns: [], id: `${RG}/providers/Microsoft.RecoveryServices/vaults/acme-vault/backupFabrics/Azure/protectionContainers/IaasVMContainer;iaasvmcontainerv2;data;ledger/protectedItems/VM;iaasvmcontainerv2;data;ledger`, include_disk_luns: [], protection_state: 'Protected', recovery_vault_name: 'acme-vault', resource_group_name: 'data', source_vm_id: `${RG}/providers/Microsoft.Compute/virtualMachines/ledger`, timeouts: null },
    }]),

    // ---- Google: Filestore ----
    tf('filestore-instance-delete', block('store-without-storage-word', 'A google_filestore_instance deleted: its NFS share and files go (hashicorp/google 6.50.0 filestore_instance; Filestore DeleteInstance).'), [{
      type: 'google_filestore_instance', name: 'media', actions: ['delete'], reason: DEL, before: filestore(2560),
    }]),
    pu('filestore-instance-delete', block('store-without-storage-word', 'A gcp:filestore/instance:Instance deleted: the share and its files go (@pulumi/gcp filestore/instance.d.ts).'), S, [{
      op: 'delete', type: 'gcp:filestore/instance:Instance', name: 'media', old: { id: 'projects/acme/locations/europe-west1-b/instances/media', inputs: pFilestore() },
    }]),
    tf('filestore-capacity-raised', allow('store-without-storage-word', 'file_shares.capacity_gb 2560 → 4096 on a google_filestore_instance is an in-place update: the share keeps its files (hashicorp/google 6.50.0 filestore_instance file_shares.capacity_gb; Filestore: capacity can be increased).'), [{
      type: 'google_filestore_instance', name: 'media', actions: ['update'], before: filestore(2560), after: filestore(4096),
    }]),
    tf('filestore-deletion-protection-off', block('protection-removed', 'deletion_protection_enabled true → false on a google_filestore_instance: the API-side guard that refuses the delete is turned off (hashicorp/google 6.50.0 filestore_instance deletion_protection_enabled).', ['no-protection-downgrade']), [{
      type: 'google_filestore_instance', name: 'media', actions: ['update'], before: filestore(2560, { deletion_protection_enabled: true, deletion_protection_reason: 'holds media' }), after: filestore(2560, { deletion_protection_enabled: false, deletion_protection_reason: '' }),
    }]),
    tf('filestore-replaced-by-request', block('rename-and-move', 'terraform plan -replace=google_filestore_instance.media plans ["delete","create"] with action_reason replace_by_request: the new instance starts empty and the files go (Terraform plan -replace; terraform-plans.md action_reason).'), [{
      type: 'google_filestore_instance', name: 'media', actions: ['delete', 'create'], reason: 'replace_by_request', before: filestore(2560), after: filestore(2560), unknown: ['create_time', 'etag', 'id'],
    }]),
    tf('filestore-moved', allow('rename-and-move', 'A moved block from google_filestore_instance.media to .shared_media: the plan shows previous_address and a no-op, nothing is destroyed (Terraform moved blocks; terraform-plans.md §moved).'), [{
      type: 'google_filestore_instance', name: 'shared_media', previousAddress: 'google_filestore_instance.media', actions: ['no-op'], before: filestore(2560), after: filestore(2560),
    }]),
    pu('filestore-retain-on-delete', allow('rename-and-move', 'A gcp:filestore/instance:Instance removed from the program with retainOnDelete: the engine drops it from the stack and leaves the instance and its files in place (Pulumi retainOnDelete docs; README judgement).'), S, [{
      op: 'delete', type: 'gcp:filestore/instance:Instance', name: 'media', old: { id: 'projects/acme/locations/europe-west1-b/instances/media', retainOnDelete: true, inputs: pFilestore() },
    }]),
    ev('filestore-tier-replaced', block('store-without-storage-word', 'A gcp:filestore/instance:Instance whose tier changes BASIC_SSD → ZONAL is replaced (tier forces a new instance, @pulumi/gcp filestore/instance.d.ts): the event log shows the replace step, and the new instance starts empty.'), S, [{
      op: 'replace', type: 'gcp:filestore/instance:Instance', name: 'media', diff: ['tier'], replace: ['tier'], old: { id: 'projects/acme/locations/europe-west1-b/instances/media', inputs: pFilestore('BASIC_SSD') }, new: { inputs: pFilestore('ZONAL') },
    }]),

    // ---- Google: AlloyDB instances, Bigtable, disks, caches ----
    tf('alloydb-primary-instance-delete', allow('attribute-judgement', 'A google_alloydb_instance (PRIMARY) deleted while its cluster stays: "When you delete an AlloyDB instance, it does not automatically delete the data in the storage layer … If you create the primary instance in the same cluster … the data becomes readily available" (AlloyDB docs, Delete an instance).'), [{
      type: 'google_alloydb_instance', name: 'primary', actions: ['delete'], reason: DEL, before: alloydbInstance('PRIMARY'),
    }]),
    pu('alloydb-read-pool-delete', allow('attribute-judgement', 'A gcp:alloydb/instance:Instance of type READ_POOL deleted: read pool nodes serve reads from the cluster storage, which stays (AlloyDB docs, Delete an instance).'), S, [{
      op: 'delete', type: 'gcp:alloydb/instance:Instance', name: 'reads',
      old: { id: 'projects/acme/locations/europe-west1/clusters/orders/instances/reads', inputs: { cluster: 'projects/acme/locations/europe-west1/clusters/orders', instanceId: 'reads', instanceType: 'READ_POOL', readPoolConfig: { nodeCount: 2 } } },
    }]),
    tf('bigtable-table-delete', block('store-without-storage-word', 'A google_bigtable_table deleted with deletion_protection UNPROTECTED: the table and its rows go (hashicorp/google 6.50.0 bigtable_table).'), [{
      type: 'google_bigtable_table', name: 'events', actions: ['delete'], reason: DEL, before: bigtableTable('UNPROTECTED'),
    }]),
    pu('bigtable-table-delete', block('store-without-storage-word', 'A gcp:bigtable/table:Table deleted: the rows go (@pulumi/gcp bigtable/table.d.ts).'), S, [{
      op: 'delete', type: 'gcp:bigtable/table:Table', name: 'events', old: { id: 'projects/acme/instances/telemetry/tables/events', inputs: { name: 'events', instanceName: 'telemetry', columnFamilies: [{ family: 'events' }], deletionProtection: 'UNPROTECTED' } },
    }]),
    tf('bigtable-gc-policy-max-age-one-hour', block('destruction-without-delete', 'A google_bigtable_gc_policy with max_age duration 1h on the events family: garbage collection deletes every cell older than an hour, the newest version included, so every row not written in the last hour empties (Bigtable garbage collection: "max age … cells older than the specified age are deleted"; hashicorp/google 6.50.0 bigtable_gc_policy max_age).', ['no-protection-downgrade']), [{
      type: 'google_bigtable_gc_policy', name: 'events', actions: ['create'], before: null, unknown: ['id'], after: gcPolicy([{ days: 0, duration: '1h' }], []),
    }]),
    tf('bigtable-gc-policy-keep-three-versions', allow('destruction-without-delete', 'A google_bigtable_gc_policy with max_version number 3: garbage collection keeps the three newest cells of each column and deletes only older versions; the current value of every row stays (Bigtable garbage collection, number of versions; hashicorp/google 6.50.0 bigtable_gc_policy max_version).'), [{
      type: 'google_bigtable_gc_policy', name: 'events', actions: ['create'], before: null, unknown: ['id'], after: gcPolicy([], [{ number: 3 }]),
    }]),
    tf('memorystore-redis-delete', block('store-without-storage-word', 'A google_redis_instance (STANDARD_HA, RDB persistence) deleted: its data set goes; Redis is treated as a primary copy (README judgement; hashicorp/google 6.50.0 redis_instance).'), [{
      type: 'google_redis_instance', name: 'sessions', actions: ['delete'], reason: DEL, before: redisInstance(5), sensitive: ['auth_string'],
    }]),
    tf('memorystore-redis-resized', allow('store-without-storage-word', 'memory_size_gb 5 → 10 on a STANDARD_HA google_redis_instance scales it in place: the data set stays (hashicorp/google 6.50.0 redis_instance memory_size_gb; Memorystore scaling).'), [{
      type: 'google_redis_instance', name: 'sessions', actions: ['update'], before: redisInstance(5), after: redisInstance(10), sensitive: ['auth_string'],
    }]),
    tf('memcache-instance-delete', allow('attribute-judgement', 'A google_memcache_instance deleted: Memorystore for Memcached keeps nothing on disk, its contents are a cache (hashicorp/google 6.50.0 memcache_instance; README judgement on memcached).'), [{
      type: 'google_memcache_instance', name: 'page_cache', actions: ['delete'], reason: DEL, before: memcache(),
    }]),
    ev('memcache-instance-delete', allow('attribute-judgement', 'A gcp:memcache/instance:Instance deleted, read from the engine event log: a cache with no persistence (@pulumi/gcp memcache/instance.d.ts).'), S, [{
      op: 'delete', type: 'gcp:memcache/instance:Instance', name: 'page-cache', old: { id: 'projects/acme/locations/europe-west1/instances/page-cache', inputs: { name: 'page-cache', region: 'europe-west1', nodeCount: 3, nodeConfig: { cpuCount: 1, memorySizeMb: 4096 } } },
    }]),
    tf('region-disk-delete', block('store-without-storage-word', 'A google_compute_region_disk deleted: the regional persistent disk and its data go (hashicorp/google 6.50.0 compute_region_disk).'), [{
      type: 'google_compute_region_disk', name: 'ledger', actions: ['delete'], reason: DEL, before: regionDisk(500),
    }]),
    pu('region-disk-delete', block('store-without-storage-word', 'A gcp:compute/regionDisk:RegionDisk deleted: its data goes (@pulumi/gcp compute/regionDisk.d.ts).'), S, [{
      op: 'delete', type: 'gcp:compute/regionDisk:RegionDisk', name: 'ledger', old: { id: 'projects/acme/regions/europe-west1/disks/ledger', inputs: { name: 'ledger', region: 'europe-west1', replicaZones: ['europe-west1-b', 'europe-west1-c'], size: 500, type: 'pd-ssd' } },
    }]),
    tf('region-disk-grown', allow('store-without-storage-word', 'size 500 → 1000 GB on a google_compute_region_disk resizes it in place (a disk can only grow): the data stays (hashicorp/google 6.50.0 compute_region_disk size).'), [{
      type: 'google_compute_region_disk', name: 'ledger', actions: ['update'], before: regionDisk(500), after: regionDisk(1000),
    }]),

    // ---- Google: retention, drop protection, delete protection, in-place changes ----
    tf('gcs-retention-policy-removed', block('destruction-without-delete', 'An unlocked retention_policy (30 days) removed from a google_storage_bucket: while it is in force "objects … cannot be deleted or replaced until they reach the age" of the period; without it every object can be deleted at once (GCS Bucket Lock docs; hashicorp/google 6.50.0 storage_bucket retention_policy).', ['no-protection-downgrade']), [{
      type: 'google_storage_bucket', name: 'ledger_archive', actions: ['update'], before: bucket([{ is_locked: false, retention_period: '2592000' }]), after: bucket([]),
    }]),
    tf('gcs-retention-policy-raised', allow('destruction-without-delete', 'retention_policy.retention_period 30 → 90 days on a google_storage_bucket: objects are held longer, a guard raised (hashicorp/google 6.50.0 storage_bucket retention_policy).'), [{
      type: 'google_storage_bucket', name: 'ledger_archive', actions: ['update'], before: bucket([{ is_locked: false, retention_period: '2592000' }]), after: bucket([{ is_locked: false, retention_period: '7776000' }]),
    }]),
    tf('spanner-drop-protection-off', block('protection-removed', 'enable_drop_protection true → false on a google_spanner_database: the API-side guard that refuses dropping the database (from every client, and the deletion of its instance) is turned off (hashicorp/google 6.50.0 spanner_database enable_drop_protection; Spanner database deletion protection docs).', ['no-protection-downgrade']), [{
      type: 'google_spanner_database', name: 'orders', actions: ['update'], before: spannerDatabase(true), after: spannerDatabase(false),
    }]),
    tf('spanner-drop-protection-on', allow('protection-removed', 'enable_drop_protection false → true on a google_spanner_database: a guard turned on (hashicorp/google 6.50.0 spanner_database).'), [{
      type: 'google_spanner_database', name: 'orders', actions: ['update'], before: spannerDatabase(false), after: spannerDatabase(true),
    }]),
    tf('firestore-delete-protection-off', block('protection-removed', 'delete_protection_state DELETE_PROTECTION_ENABLED → DELETE_PROTECTION_DISABLED on a google_firestore_database whose deletion_policy is DELETE: the guard that makes the API refuse the delete is off (hashicorp/google 6.50.0 firestore_database delete_protection_state).', ['no-protection-downgrade']), [{
      type: 'google_firestore_database', name: 'orders', actions: ['update'], before: firestore('DELETE_PROTECTION_ENABLED'), after: firestore('DELETE_PROTECTION_DISABLED'),
    }]),
    tf('cloud-sql-tier-raised', allow('attribute-judgement', 'settings.tier db-custom-2-7680 → db-custom-4-15360 on a google_sql_database_instance is an in-place update (a restart): the databases stay (hashicorp/google 6.50.0 sql_database_instance settings.tier).'), [{
      type: 'google_sql_database_instance', name: 'orders', actions: ['update'], before: sqlInstance('db-custom-2-7680'), after: sqlInstance('db-custom-4-15360'),
    }]),
    tf('sql-user-delete', allow('store-without-storage-word', 'A google_sql_user deleted: a login is removed, the databases and their rows stay (hashicorp/google 6.50.0 sql_user).'), [{
      type: 'google_sql_user', name: 'reporting', actions: ['delete'], reason: DEL,
      before: { deletion_policy: '', host: '', id: 'reporting//orders', instance: 'orders', name: 'reporting', password_policy: [], project: 'acme', sql_server_user_details: [], type: 'BUILT_IN', timeouts: null }, sensitive: ['password'],
    }]),

    // ---- Kubernetes: CRDs take every object of their kind ----
    tf('k8s-crd-operator-database-delete', block('cascade', 'A kubernetes_manifest CustomResourceDefinition clusters.postgresql.cnpg.io deleted: "When you delete a CustomResourceDefinition, the server will uninstall the RESTful API endpoint and delete all custom objects stored in it" (Kubernetes docs, Extend the Kubernetes API with CustomResourceDefinitions), so every CloudNativePG Cluster goes, and the operator\'s claims with them (their owner is the Cluster).'), [{
      type: 'kubernetes_manifest', name: 'cnpg_clusters', actions: ['delete'], reason: DEL,
      before: { manifest: crd('postgresql.cnpg.io', 'Cluster', 'clusters'), object: crd('postgresql.cnpg.io', 'Cluster', 'clusters'), timeouts: null, wait: [], field_manager: [], computed_fields: null },
    }]),
    pu('k8s-crd-operator-database-delete', block('cascade', 'A kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition for postgresql.cnpg.io Cluster deleted: the API server deletes every Cluster object of the kind (Kubernetes CRD docs, Delete a CustomResourceDefinition), each of which owns the claims of its Postgres instances.'), { stack: 'staging', project: 'cluster' }, [{
      op: 'delete', type: 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition', name: 'cnpg-clusters', old: { id: 'clusters.postgresql.cnpg.io', inputs: crd('postgresql.cnpg.io', 'Cluster', 'clusters', true) },
    }]),
    pu('k8s-crd-service-monitor-delete', allow('cascade', 'A CustomResourceDefinition for monitoring.coreos.com ServiceMonitor deleted: its objects are scrape configurations, which hold no data (Prometheus Operator API: ServiceMonitor); deleting them loses only configuration the program still holds.'), { stack: 'staging', project: 'cluster' }, [{
      op: 'delete', type: 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition', name: 'service-monitors', old: { id: 'servicemonitors.monitoring.coreos.com', inputs: crd('monitoring.coreos.com', 'ServiceMonitor', 'servicemonitors', true) },
    }]),
    tf('k8s-pvc-expanded', allow('cascade', 'spec.resources.requests.storage 100Gi → 200Gi on a kubernetes_persistent_volume_claim_v1 whose class allows expansion: the claim is resized in place and keeps its volume (Kubernetes docs, Expanding Persistent Volumes Claims).'), [{
      type: 'kubernetes_persistent_volume_claim_v1', name: 'data', actions: ['update'], before: pvc('100Gi'), after: pvc('200Gi'),
    }]),

    // ---- Pulumi event logs and replacements ----
    ev('azure-native-cosmosdb-container-delete', block('store-without-storage-word', 'An azure-native:cosmosdb:SqlResourceSqlContainer delete read from the engine event log (resourcePreEvent op delete): the container\'s items go.'), S, [{
      op: 'delete', type: 'azure-native:cosmosdb:SqlResourceSqlContainer', name: 'carts',
      old: { id: `${RG}/providers/Microsoft.DocumentDB/databaseAccounts/acme-orders/sqlDatabases/orders/containers/carts`, inputs: { accountName: 'acme-orders', databaseName: 'orders', containerName: 'carts', resourceGroupName: 'data', resource: { id: 'carts', partitionKey: { paths: ['/customerId'], kind: 'Hash' } } } },
    }]),
    pu('azure-native-file-share-renamed', block('rename-and-move', 'shareName of an azure-native:storage:FileShare changes, which replaces it (the name is part of its id): the old share and its files are deleted, the new one starts empty (Azure Files REST API; Pulumi replace step).'), S, [{
      op: 'replace', type: 'azure-native:storage:FileShare', name: 'shared', diff: ['shareName'], replace: ['shareName'],
      old: { id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata/fileServices/default/shares/shared`, inputs: { accountName: 'acmedata', resourceGroupName: 'data', shareName: 'shared', shareQuota: 1024 } },
      new: { inputs: { accountName: 'acmedata', resourceGroupName: 'data', shareName: 'team-shared', shareQuota: 1024 } },
    }]),
    pu('bigtable-table-renamed-with-alias', allow('rename-and-move', 'A gcp:bigtable/table:Table renamed in the program with aliases: [old URN]: the engine treats it as the same resource, a same step, nothing deleted (Pulumi aliases docs).'), S, [{
      op: 'same', type: 'gcp:bigtable/table:Table', name: 'telemetry-events',
      old: { id: 'projects/acme/instances/telemetry/tables/events', inputs: { name: 'events', instanceName: 'telemetry', columnFamilies: [{ family: 'events' }] } },
      new: { id: 'projects/acme/instances/telemetry/tables/events', aliases: ['urn:pulumi:staging::red7::gcp:bigtable/table:Table::events'], inputs: { name: 'events', instanceName: 'telemetry', columnFamilies: [{ family: 'events' }] } },
    }]),
    tf('keyspaces-table-moved-into-module', allow('rename-and-move', 'A moved block from aws_keyspaces_table.events to module.store.aws_keyspaces_table.events: the plan shows previous_address and a no-op inside the module (Terraform moved blocks, module refactoring).'), [{
      type: 'aws_keyspaces_table', name: 'events', module: 'module.store', previousAddress: 'aws_keyspaces_table.events', actions: ['no-op'], before: keyspacesTable('ENABLED'), after: keyspacesTable('ENABLED'),
    }]),

    // ---- Second batch: Helm upgrades, StatefulSet replacements, timers that reach only some data ----
    tf('helm-release-upgrade-drops-claim', block('cascade', 'A helm_release upgraded (chart 2.4.1 → 2.5.0) whose new manifest no longer renders the PersistentVolumeClaim orders-uploads: on upgrade Helm deletes the objects of the old release that the new one does not render (Helm upgrade: resources "not present in the target" are deleted, helm pkg/kube Client.Update), so the claim and its disk go under the default Delete reclaim policy (data-model.md §1.5).'), [{
      type: 'helm_release', name: 'orders', actions: ['update'],
      before: helmRelease(helmManifest([rendered.claim, rendered.deployment, rendered.service])), after: upgraded(helmManifest([rendered.deployment, rendered.service])),
    }]),
    tf('helm-release-upgrade-keeps-claim', allow('cascade', 'The same upgrade whose new manifest still renders the claim orders-uploads: Helm patches it in place and the disk stays (Helm three-way merge upgrade).'), [{
      type: 'helm_release', name: 'orders', actions: ['update'],
      before: helmRelease(helmManifest([rendered.claim, rendered.deployment, rendered.service])), after: upgraded(helmManifest([rendered.claim, rendered.deployment, rendered.service])),
    }]),
    tf('helm-release-delete-claim-kept-by-policy', allow('cascade', 'A helm_release uninstalled whose only claim carries the annotation helm.sh/resource-policy: keep: "this tells Helm to skip deleting this resource when a helm operation … would cause it to be deleted" (Helm docs, chart tips: resource policy), so the claim and its disk stay.'), [{
      type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(helmManifest([keptClaim, rendered.deployment, rendered.service])),
    }]),
    tf('k8s-statefulset-replaced-claims-retained', allow('cascade', 'A kubernetes_stateful_set_v1 replaced because its volume_claim_template changed (the field is immutable, so the provider plans delete and create) with when_deleted = Retain: the set\'s delete leaves its claims data-postgres-0…2, and the new set of the same name adopts claims of the same names (k8s StatefulSet docs: persistentVolumeClaimRetentionPolicy; stable storage).'), [{
      type: 'kubernetes_stateful_set_v1', name: 'postgres', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['spec', '0', 'volume_claim_template']], before: statefulSet('Retain'), after: grownSet('Retain'), unknown: ['id'],
    }]),
    tf('k8s-statefulset-replaced-claims-deleted', block('cascade', 'The same replacement with when_deleted = Delete: deleting the old set deletes its claims, so the new set starts with empty volumes (k8s StatefulSetPersistentVolumeClaimRetentionPolicy whenDeleted: Delete).'), [{
      type: 'kubernetes_stateful_set_v1', name: 'postgres', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['spec', '0', 'volume_claim_template']], before: statefulSet('Delete'), after: grownSet('Delete'), unknown: ['id'],
    }]),
    tf('dynamodb-ttl-enabled', allow('destruction-without-delete', 'ttl enabled on attribute expires_at of an aws_dynamodb_table: DynamoDB deletes only items whose expires_at timestamp has passed; "items that do not have the TTL attribute … are not deleted" (DynamoDB TTL docs): the expiry the application writes on each item, not a timer over the table (hashicorp/aws 6.25.0 dynamodb_table ttl).'), [{
      type: 'aws_dynamodb_table', name: 'sessions', actions: ['update'], before: ddbTtl(false), after: ddbTtl(true),
    }]),
    tf('bigquery-dataset-default-table-expiration-set', allow('destruction-without-delete', 'default_table_expiration_ms set to 30 days on a google_bigquery_dataset: "Once this property is set, all newly-created tables in the dataset will have an expirationTime … Changing the value will only affect new tables, not existing ones" (hashicorp/google 6.50.0 bigquery_dataset default_table_expiration_ms): no existing table gets a timer.'), [{
      type: 'google_bigquery_dataset', name: 'events', actions: ['update'], before: bqDataset(0), after: bqDataset(2592000000),
    }]),
    tf('bigquery-table-partition-expiration-set', block('destruction-without-delete', 'time_partitioning.expiration_ms set to 7 days on an existing google_bigquery_table partitioned by day: BigQuery deletes every partition older than a week, the table\'s history included ("Number of milliseconds for which to keep the storage for a partition", hashicorp/google 6.50.0 bigquery_table; BigQuery partition expiration applies to existing partitions).', ['no-protection-downgrade']), [{
      type: 'google_bigquery_table', name: 'clicks', actions: ['update'], before: bqPartitioned(0), after: bqPartitioned(604800000),
    }]),
    tf('ebs-volume-delete-with-final-snapshot', block('backups', 'An aws_ebs_volume deleted with final_snapshot = true: the volume goes and a snapshot is taken first; a final snapshot is a way back, not a guard against the delete (README judgement on final snapshots; hashicorp/aws 6.25.0 ebs_volume final_snapshot).'), [{
      type: 'aws_ebs_volume', name: 'ledger', actions: ['delete'], reason: DEL, before: ebsVolume(true),
    }]),
    tf('efs-lifecycle-transition-to-ia', allow('destruction-without-delete', 'lifecycle_policy transition_to_ia AFTER_30_DAYS added to an aws_efs_file_system moves cold files to Infrequent Access: a storage class, not a delete (hashicorp/aws 6.25.0 efs_file_system lifecycle_policy; EFS lifecycle management).'), [{
      type: 'aws_efs_file_system', name: 'media', actions: ['update'], before: efs([]), after: efs([{ transition_to_archive: '', transition_to_ia: 'AFTER_30_DAYS', transition_to_primary_storage_class: '' }]),
    }]),

    // ---- Second batch: stores replaced or guards turned off ----
    tf('s3-directory-bucket-force-destroy-delete', block('storage-word', 'An aws_s3_directory_bucket (S3 Express One Zone) deleted with force_destroy = true: the provider deletes every object first (hashicorp/aws 6.25.0 s3_directory_bucket force_destroy).'), [{
      type: 'aws_s3_directory_bucket', name: 'scratch', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:s3express:us-east-1:${ACCOUNT}:bucket/features--use1-az4--x-s3`, bucket: 'features--use1-az4--x-s3', data_redundancy: 'SingleAvailabilityZone', force_destroy: true, id: 'features--use1-az4--x-s3', location: [{ name: 'use1-az4', type: 'AvailabilityZone' }], type: 'Directory', ...tags({}) },
    }]),
    tf('redis-group-replaced-for-encryption', block('store-without-storage-word', 'at_rest_encryption_enabled false → true on an aws_elasticache_replication_group cannot be changed in place: the plan replaces the group, and the new one starts empty (hashicorp/aws 6.25.0 elasticache_replication_group at_rest_encryption_enabled, replace_paths).'), [{
      type: 'aws_elasticache_replication_group', name: 'sessions', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['at_rest_encryption_enabled']], before: encryptedGroup(false), after: encryptedGroup(true), unknown: ['arn', 'id'],
    }]),
    pu('memorydb-cluster-delete', block('store-without-storage-word', 'An aws:memorydb/cluster:Cluster deleted: MemoryDB is a durable primary database (a Multi-AZ transaction log), and its data set goes (@pulumi/aws memorydb/cluster.d.ts; MemoryDB docs).'), S, [{
      op: 'delete', type: 'aws:memorydb/cluster:Cluster', name: 'carts', old: { id: 'carts', inputs: { name: 'carts', nodeType: 'db.r7g.large', numShards: 2, aclName: 'open-access', engine: 'valkey', snapshotRetentionLimit: 7 } },
    }]),
    pu('rds-replica-cluster-delete', allow('attribute-judgement', 'An aws:rds/cluster:Cluster with replicationSourceIdentifier (a cross-region read replica cluster) deleted: its data is a copy of its source cluster, which stays (@pulumi/aws rds/cluster.d.ts replicationSourceIdentifier).'), S, [{
      op: 'delete', type: 'aws:rds/cluster:Cluster', name: 'orders-eu', old: { id: 'orders-eu', inputs: { clusterIdentifier: 'orders-eu', engine: 'aurora-postgresql', replicationSourceIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, skipFinalSnapshot: true } },
    }]),
    tf('docdb-skip-final-snapshot-on', block('protection-removed', 'skip_final_snapshot false → true on an aws_docdb_cluster: the next delete takes no final snapshot (hashicorp/aws 6.25.0 docdb_cluster skip_final_snapshot), as on RDS.', ['no-protection-downgrade']), [{
      type: 'aws_docdb_cluster', name: 'catalog', actions: ['update'], before: docdb(false), after: docdb(true), sensitive: ['master_password'],
    }]),
    tf('redshift-skip-final-snapshot-on', block('protection-removed', 'skip_final_snapshot false → true on an aws_redshift_cluster: the next delete takes no final snapshot (hashicorp/aws 6.25.0 redshift_cluster skip_final_snapshot).', ['no-protection-downgrade']), [{
      type: 'aws_redshift_cluster', name: 'warehouse', actions: ['update'], before: redshift(false), after: redshift(true), sensitive: ['master_password'],
    }]),
    tf('bigtable-instance-deletion-protection-off', block('protection-removed', 'deletion_protection true → false on a google_bigtable_instance: "Whether Terraform will be prevented from destroying the instance" is turned off, so the next destroy deletes its tables (hashicorp/google 6.50.0 bigtable_instance deletion_protection).', ['no-protection-downgrade']), [{
      type: 'google_bigtable_instance', name: 'telemetry', actions: ['update'], before: bigtableInstance(true), after: bigtableInstance(false),
    }]),
    tf('bigtable-table-deletion-protection-off', block('protection-removed', 'deletion_protection PROTECTED → UNPROTECTED on a google_bigtable_table: the API-side guard against deleting the table and its column families is off (hashicorp/google 6.50.0 bigtable_table deletion_protection).', ['no-protection-downgrade']), [{
      type: 'google_bigtable_table', name: 'events', actions: ['update'], before: bigtableTable('PROTECTED'), after: bigtableTable('UNPROTECTED'),
    }]),
    tf('filestore-delete-while-protected', block('store-without-storage-word', 'A google_filestore_instance deleted while deletion_protection_enabled is true: the API refuses, the apply fails half-way, and the usual next step is to turn the guard off and retry (README judgement: a delete the provider refuses still blocks).'), [{
      type: 'google_filestore_instance', name: 'media', actions: ['delete'], reason: DEL, before: filestore(2560, { deletion_protection_enabled: true, deletion_protection_reason: 'holds media' }),
    }]),
    tf('gcs-autoclass-enabled', allow('storage-word', 'autoclass.enabled false → true on a google_storage_bucket moves objects between storage classes by access: every object stays (hashicorp/google 6.50.0 storage_bucket autoclass).'), [{
      type: 'google_storage_bucket', name: 'ledger_archive', actions: ['update'], before: { ...bucket([]), autoclass: [{ enabled: false, terminal_storage_class: '' }] }, after: { ...bucket([]), autoclass: [{ enabled: true, terminal_storage_class: 'NEARLINE' }] },
    }]),

    // ---- Second batch: Azure ----
    pu('azure-native-sql-database-delete', block('store-without-storage-word', 'An azure-native:sql:Database deleted: the Azure SQL database and its tables go (Azure SQL Databases REST API, Delete); its point-in-time backups are a way back, not a guard.'), S, [{
      op: 'delete', type: 'azure-native:sql:Database', name: 'orders', old: { id: `${RG}/providers/Microsoft.Sql/servers/acme-sql/databases/orders`, inputs: { databaseName: 'orders', serverName: 'acme-sql', resourceGroupName: 'data', location: 'westeurope', sku: { name: 'GP_S_Gen5_2' } } },
    }]),
    tf('azure-managed-disk-zone-replaced', block('store-without-storage-word', 'zone "1" → "2" on an azurerm_managed_disk cannot change in place: the plan replaces the disk and the new one is empty (hashicorp/azurerm 4.55.0 managed_disk zone: "Changing this forces a new Managed Disk to be created").'), [{
      type: 'azurerm_managed_disk', name: 'ledger_data', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['zone']], before: managedDisk(1024), after: { ...managedDisk(1024), zone: '2' }, unknown: ['id'],
    }]),
    tf('azure-linux-vm-replaced-for-image', allow('cascade', 'An azurerm_linux_virtual_machine replaced because source_image_reference.sku changed: the only disk is the OS disk built from the image, rebuilt on replacement (README judgement on root disks; hashicorp/azurerm 4.55.0 linux_virtual_machine).'), [{
      type: 'azurerm_linux_virtual_machine', name: 'api', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['source_image_reference']], before: linuxVm('server'), after: linuxVm('server-gen1'), unknown: ['id'],
    }]),
    tf('cosmosdb-account-backup-to-continuous', allow('destruction-without-delete', 'backup.type Periodic → Continuous on an azurerm_cosmosdb_account is an in-place migration to point-in-time restore: a stronger backup, nothing deleted (hashicorp/azurerm 4.55.0 cosmosdb_account backup; Cosmos DB: migrate from periodic to continuous backup).'), [{
      type: 'azurerm_cosmosdb_account', name: 'orders', actions: ['update'], before: cosmosAccount('Periodic'), after: cosmosAccount('Continuous'), sensitive: ['primary_key', 'secondary_key'],
    }]),

    // ---- Second batch: event logs ----
    ev('k8s-claim-delete', block('cascade', 'A kubernetes:core/v1:PersistentVolumeClaim delete read from the engine event log: under the default Delete reclaim policy its volume goes with it (k8s persistent volumes docs).'), { stack: 'staging', project: 'cluster' }, [{
      op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'uploads',
      old: { id: 'media/uploads', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'uploads', namespace: 'media' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' } } },
    }]),
    ev('secret-delete-without-recovery', block('store-without-storage-word', 'An aws:secretsmanager/secret:Secret with recoveryWindowInDays 0 deleted, read from the engine event log: the secret is gone at once (@pulumi/aws secretsmanager/secret.d.ts).'), S, [{
      op: 'delete', type: 'aws:secretsmanager/secret:Secret', name: 'orders-db', old: { id: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:orders/db-AbCdEf`, inputs: { name: 'orders/db', recoveryWindowInDays: 0 } },
    }]),

    // ---- Third batch: claims bound to volumes the plan shows, namespaces over claims the tool keeps ----
    tf('k8s-claim-bound-to-retained-pv-delete', allow('cascade', 'A kubernetes_persistent_volume_claim_v1 bound (spec.volume_name) to the statically provisioned kubernetes_persistent_volume_v1 ledger-pv, which stays with persistent_volume_reclaim_policy Retain: "When the PersistentVolumeClaim is deleted, the PersistentVolume still exists and the volume is considered released" (kubernetes.io persistent volumes, Retain): the disk stays (a warning is welcome).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger_data', actions: ['delete'], reason: DEL, before: boundClaim('ledger-pv') },
      { type: 'kubernetes_persistent_volume_v1', name: 'ledger', actions: ['no-op'], before: staticPv('Retain'), after: staticPv('Retain') },
    ]),
    tf('k8s-claim-bound-to-deleting-pv-delete', block('cascade', 'The same claim bound to a volume whose reclaim policy is Delete: deleting the claim releases the volume, and Kubernetes deletes it and its disk (kubernetes.io persistent volumes, Delete; KEP-2644).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger_data', actions: ['delete'], reason: DEL, before: boundClaim('ledger-pv') },
      { type: 'kubernetes_persistent_volume_v1', name: 'ledger', actions: ['no-op'], before: staticPv('Delete'), after: staticPv('Delete') },
    ]),
    pu('k8s-claim-bound-to-retained-pv-delete', allow('cascade', 'A kubernetes:core/v1:PersistentVolumeClaim with spec.volumeName ledger-pv deleted while that PersistentVolume stays (a same step) with persistentVolumeReclaimPolicy Retain: the volume is released and the disk kept (kubernetes.io persistent volumes, Retain).'), { stack: 'staging', project: 'cluster' }, [
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'ledger-data', old: { id: 'ledger/ledger-data', inputs: pBoundClaim } },
      { op: 'same', type: 'kubernetes:core/v1:PersistentVolume', name: 'ledger-pv', old: { id: 'ledger-pv', inputs: pStaticPv('Retain') }, new: { id: 'ledger-pv', inputs: pStaticPv('Retain') } },
    ]),
    tf('k8s-namespace-delete-claim-on-retained-pv', allow('cascade', 'A kubernetes_namespace_v1 deleted with a claim in it (untouched) bound to the PersistentVolume ledger-pv, which stays with reclaim policy Retain: the namespace delete deletes the claim, the volume is released and the disk kept (kubernetes.io namespaces; persistent volumes, Retain).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: ns('ledger') },
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger_data', actions: ['no-op'], before: boundClaim('ledger-pv'), after: boundClaim('ledger-pv') },
      { type: 'kubernetes_persistent_volume_v1', name: 'ledger', actions: ['no-op'], before: staticPv('Retain'), after: staticPv('Retain') },
    ]),
    tf('k8s-claim-replaced-for-storage-class', block('cascade', 'storage_class_name gp2 → gp3 on a kubernetes_persistent_volume_claim_v1 cannot change in place (a claim\'s class is immutable): the plan replaces the claim, the old one and its dynamically provisioned disk go under the default Delete policy, and the new claim is empty (k8s PersistentVolumeClaim spec; hashicorp/kubernetes 2.38.0 persistent_volume_claim_v1).'), [{
      type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger_data', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['spec', '0', 'storage_class_name']], before: boundClaim('pvc-4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', 'gp2'), after: boundClaim('', 'gp3'), unknown: ['id'],
    }]),
    pu('k8s-claim-replaced-for-storage-class', block('cascade', 'A kubernetes:core/v1:PersistentVolumeClaim whose storageClassName changes is replaced (the field is immutable): the old claim and its disk go, the new one is empty (k8s PersistentVolumeClaim spec; Pulumi replace step).'), { stack: 'staging', project: 'cluster' }, [{
      op: 'replace', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'ledger-data', diff: ['spec'], replace: ['spec'], old: { id: 'ledger/ledger-data', inputs: pClaim('gp2') }, new: { inputs: pClaim('gp3') },
    }]),
    pu('k8s-namespace-delete-claim-retained-on-delete', block('cascade', 'A kubernetes:core/v1:Namespace deleted while the claim in it is removed from the program with retainOnDelete: the engine does not delete the claim, but the namespace delete does ("Deleting a namespace deletes everything in it", kubernetes.io namespaces), and its disk goes under the default Delete policy; retainOnDelete only stops Pulumi\'s own delete call (Pulumi retainOnDelete docs).'), { stack: 'staging', project: 'cluster' }, [
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'ledger-data', old: { id: 'ledger/ledger-data', retainOnDelete: true, inputs: pClaim('gp3') } },
      { op: 'delete', type: 'kubernetes:core/v1:Namespace', name: 'ledger', old: { id: 'ledger', inputs: pNamespace } },
    ]),
    tf('k8s-namespace-delete-claim-forgotten', block('cascade', 'A kubernetes_namespace_v1 deleted while the claim in it is forgotten (removed { destroy = false }): Terraform drops the claim from state without deleting it, but the namespace delete deletes every object in it, the claim included, and its disk goes (kubernetes.io namespaces; Terraform removed block docs).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: ns('ledger') },
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'ledger_data', actions: ['forget'], reason: DEL, before: boundClaim('pvc-4d5e6f7a-8b9c-4d0e-9f1a-2b3c4d5e6f7a', 'gp3') },
    ]),

    // ---- Third batch: Terraform refactors that also replace, and modules forgotten whole ----
    tf('filestore-moved-and-replaced', block('rename-and-move', 'A moved block from google_filestore_instance.media to .shared_media in the same plan that changes its tier: the plan shows previous_address and ["delete","create"] (replace_because_cannot_update): the move keeps nothing, the files go (Terraform moved blocks; terraform-plans.md).'), [{
      type: 'google_filestore_instance', name: 'shared_media', previousAddress: 'google_filestore_instance.media', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['tier']],
      before: filestore(2560), after: filestore(2560, { tier: 'ZONAL' }), unknown: ['create_time', 'etag', 'id'],
    }]),
    tf('module-removed-forgotten', allow('rename-and-move', 'removed { from = module.store, lifecycle { destroy = false } } (Terraform 1.7+): every resource of the module is planned ["forget"], dropped from state and left in the cloud, the Keyspaces table and the Filestore instance included (Terraform removed block docs).'), [
      { type: 'aws_keyspaces_table', name: 'events', module: 'module.store', actions: ['forget'], reason: 'delete_because_no_module', before: keyspacesTable('ENABLED') },
      { type: 'google_filestore_instance', name: 'media', module: 'module.store', actions: ['forget'], reason: 'delete_because_no_module', before: filestore(2560) },
    ]),

    // ---- Fourth batch: folders that hold objects and folders that only hold policies ----
    tf('gcs-managed-folder-force-destroy-delete', allow('storage-word', 'A google_storage_managed_folder deleted with force_destroy = true: a managed folder carries IAM policies for a prefix, and "If a non-empty managed folder is deleted, any objects within the folder will remain in a simulated folder with the same name" (hashicorp/google 6.50.0 storage_managed_folder force_destroy; GCS managedFolders.delete allowNonEmpty: "a simulated folder with the same name is retained").'), [{
      type: 'google_storage_managed_folder', name: 'exports', actions: ['delete'], reason: DEL, before: gcsFolder(true),
    }]),
    pu('gcs-managed-folder-delete', allow('storage-word', 'A gcp:storage/managedFolder:ManagedFolder with forceDestroy deleted: the objects under the prefix stay ("any objects within the folder will remain", @pulumi/gcp storage/managedFolder.d.ts forceDestroy).'), S, [{
      op: 'delete', type: 'gcp:storage/managedFolder:ManagedFolder', name: 'exports', old: { id: 'acme-ledger-archive/exports/', inputs: { bucket: 'acme-ledger-archive', name: 'exports/', forceDestroy: true } },
    }]),
    tf('gcs-hns-folder-force-destroy-delete', block('storage-word', 'A google_storage_folder (a hierarchical-namespace folder) deleted with force_destroy = true: "If set to true, items within folder if any will be force destroyed" (hashicorp/google 6.50.0 storage_folder force_destroy): its objects go.'), [{
      type: 'google_storage_folder', name: 'exports', actions: ['delete'], reason: DEL, before: gcsFolder(true),
    }]),
    tf('azure-datalake-filesystem-delete', block('storage-word', 'An azurerm_storage_data_lake_gen2_filesystem deleted: the hierarchical file system (a blob container) and every file in it go (hashicorp/azurerm 4.55.0 storage_data_lake_gen2_filesystem).'), [{
      type: 'azurerm_storage_data_lake_gen2_filesystem', name: 'lake', actions: ['delete'], reason: DEL,
      before: { ace: [], default_encryption_scope: '$account-encryption-key', group: '$superuser', id: 'https://acmedata.dfs.core.windows.net/lake', name: 'lake', owner: '$superuser', properties: {}, storage_account_id: `${RG}/providers/Microsoft.Storage/storageAccounts/acmedata`, timeouts: null },
    }]),
    tf('azure-share-file-from-source-delete', allow('attribute-judgement', 'An azurerm_storage_share_file uploaded from source (a file of the configuration): deleting it loses nothing the code cannot upload again (hashicorp/azurerm 4.55.0 storage_share_file source).'), [{
      type: 'azurerm_storage_share_file', name: 'motd', actions: ['delete'], reason: DEL,
      before: { content_disposition: '', content_encoding: '', content_md5: '', content_type: 'text/plain', id: 'https://acmedata.file.core.windows.net/shared/etc/motd', metadata: {}, name: 'motd', path: 'etc', source: 'files/motd', storage_share_id: 'https://acmedata.file.core.windows.net/shared', timeouts: null },
    }]),

    // ---- Fourth batch: lifecycle rules that are off, or reach no stored data ----
    tf('s3-lifecycle-expire-everything-disabled', allow('destruction-without-delete', 'An S3 lifecycle rule with an empty filter expiring objects after 1 day, but status = "Disabled": "If a rule is disabled, Amazon S3 doesn\'t perform any of the actions defined in the rule" (S3 lifecycle configuration elements, Status; hashicorp/aws 6.25.0 s3_bucket_lifecycle_configuration rule.status).'), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'ledger', actions: ['create'], before: null, unknown: ['id'], after: s3Lifecycle(s3Rule('Disabled', { expiration: [{ date: null, days: 1, expired_object_delete_marker: false }] })),
    }]),
    pu('s3-lifecycle-expire-everything-disabled', allow('destruction-without-delete', 'An aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration whose only rule expires every object after a day with status Disabled: S3 performs none of its actions (S3 lifecycle Status).'), S, [{
      op: 'create', type: 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', name: 'ledger',
      new: { inputs: { bucket: 'acme-ledger', rules: [{ id: 'cleanup', status: 'Disabled', filter: {}, expiration: { days: 1 } }] } },
    }]),
    tf('s3-lifecycle-expire-everything-enabled', block('destruction-without-delete', 'The same rule with status = "Enabled": every current object expires one day after creation (S3 lifecycle Expiration; hashicorp/aws 6.25.0 s3_bucket_lifecycle_configuration).', ['no-protection-downgrade']), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'ledger', actions: ['create'], before: null, unknown: ['id'], after: s3Lifecycle(s3Rule('Enabled', { expiration: [{ date: null, days: 1, expired_object_delete_marker: false }] })),
    }]),
    tf('s3-lifecycle-abort-multipart-only', allow('destruction-without-delete', 'An S3 lifecycle rule with an empty filter whose only action is abort_incomplete_multipart_upload after 1 day: it removes the parts of uploads never completed, which are not objects; no stored object expires (S3 lifecycle AbortIncompleteMultipartUpload).'), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'ledger', actions: ['create'], before: null, unknown: ['id'], after: s3Lifecycle(s3Rule('Enabled', { abort_incomplete_multipart_upload: [{ days_after_initiation: 1 }] })),
    }]),
    tf('azure-management-policy-delete-everything-disabled', allow('destruction-without-delete', 'An azurerm_storage_management_policy rule deleting every block blob a day after modification, with enabled = false: a disabled rule runs no action (hashicorp/azurerm 4.55.0 storage_management_policy rule.enabled; Azure lifecycle management).'), [{
      type: 'azurerm_storage_management_policy', name: 'data', actions: ['create'], before: null, unknown: ['id'], after: azurePolicy(false),
    }]),
    tf('s3-versioning-mfa-delete-disabled', block('destruction-without-delete', 'versioning_configuration.mfa_delete Enabled → Disabled on an aws_s3_bucket_versioning: with MFA delete on, permanently deleting an object version needs the root user\'s MFA code; turned off, any principal with s3:DeleteObjectVersion can erase the history (S3 MFA delete docs; hashicorp/aws 6.25.0 s3_bucket_versioning).', ['no-protection-downgrade']), [{
      type: 'aws_s3_bucket_versioning', name: 'ledger', actions: ['update'], before: versioning('Enabled'), after: versioning('Disabled'),
    }]),
    tf('dynamodb-stream-disabled', allow('destruction-without-delete', 'stream_enabled true → false on an aws_dynamodb_table: the change stream stops, and "the data in the stream continues to be readable for 24 hours"; the table and its items are untouched (DynamoDB Streams docs; hashicorp/aws 6.25.0 dynamodb_table stream_enabled).'), [{
      type: 'aws_dynamodb_table', name: 'sessions', actions: ['update'], before: ddbStream(true), after: ddbStream(false),
    }]),

    // ---- Fourth batch: CSI snapshots as generic manifests ----
    tf('k8s-snapshot-content-retained-delete', allow('attribute-judgement', 'A kubernetes_manifest VolumeSnapshotContent with deletionPolicy Retain deleted: "the underlying snapshot and VolumeSnapshotContent remain" in the storage system (Kubernetes volume snapshots docs, deletionPolicy).'), [{
      type: 'kubernetes_manifest', name: 'ledger_nightly', actions: ['delete'], reason: DEL,
      before: snapshotManifest('VolumeSnapshotContent', { deletionPolicy: 'Retain', driver: 'ebs.csi.aws.com', source: { snapshotHandle: 'snap-0a1b2c3d4e5f60718' }, volumeSnapshotRef: { name: 'ledger-nightly', namespace: 'ledger' } }),
    }]),
    tf('k8s-snapshot-content-delete-policy-delete', block('attribute-judgement', 'The same VolumeSnapshotContent with deletionPolicy Delete: deleting it deletes the snapshot in the storage system, the backup of the volume (Kubernetes volume snapshots docs, deletionPolicy).'), [{
      type: 'kubernetes_manifest', name: 'ledger_nightly', actions: ['delete'], reason: DEL,
      before: snapshotManifest('VolumeSnapshotContent', { deletionPolicy: 'Delete', driver: 'ebs.csi.aws.com', source: { snapshotHandle: 'snap-0a1b2c3d4e5f60718' }, volumeSnapshotRef: { name: 'ledger-nightly', namespace: 'ledger' } }),
    }]),

    // ---- Fifth batch: CRDs of kinds the catalog knows, Helm upgrades that drop a StatefulSet ----
    tf('k8s-crd-volume-snapshot-delete', block('cascade', 'A kubernetes_manifest CustomResourceDefinition volumesnapshots.snapshot.storage.k8s.io deleted: every VolumeSnapshot in the cluster is deleted with it, and with a class deletionPolicy of Delete (the default for dynamically made content) the snapshots in the storage system go too (Kubernetes CRD docs; volume snapshots docs).'), [{
      type: 'kubernetes_manifest', name: 'volume_snapshots', actions: ['delete'], reason: DEL,
      before: crdManifest(crd('snapshot.storage.k8s.io', 'VolumeSnapshot', 'volumesnapshots')),
    }]),
    tf('k8s-crd-certificate-delete', allow('cascade', 'A CustomResourceDefinition certificates.cert-manager.io deleted: its Certificate objects are requests for certificates that cert-manager can issue again; by default the Secrets they produced are not owned by them and stay (cert-manager docs: --enable-certificate-owner-ref defaults to false).'), [{
      type: 'kubernetes_manifest', name: 'certificates', actions: ['delete'], reason: DEL,
      before: crdManifest(crd('cert-manager.io', 'Certificate', 'certificates')),
    }]),
    tf('k8s-crd-operator-database-replaced', block('cascade', 'A kubernetes_manifest CustomResourceDefinition clusters.postgresql.cnpg.io replaced (["delete","create"]): the delete half removes every Cluster object of the kind before the definition is created again, so the databases go (Kubernetes CRD docs).'), [{
      type: 'kubernetes_manifest', name: 'cnpg_clusters', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['manifest']],
      before: crdManifest(crd('postgresql.cnpg.io', 'Cluster', 'clusters')), after: crdManifest({ ...crd('postgresql.cnpg.io', 'Cluster', 'clusters'), metadata: { name: 'clusters.postgresql.cnpg.io', labels: { 'app.kubernetes.io/version': '1.25.0' } } }),
    }]),
    ev('k8s-crd-operator-database-delete', block('cascade', 'The CloudNativePG Cluster CustomResourceDefinition deleted, read from the engine event log: every Cluster object, and the claims it owns, goes (Kubernetes CRD docs).'), { stack: 'staging', project: 'cluster' }, [{
      op: 'delete', type: 'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition', name: 'cnpg-clusters', old: { id: 'clusters.postgresql.cnpg.io', inputs: crd('postgresql.cnpg.io', 'Cluster', 'clusters', true) },
    }]),
    tf('helm-release-upgrade-drops-statefulset-retain', allow('cascade', 'A helm_release upgrade whose new manifest no longer renders the StatefulSet orders-db (whenDeleted Retain): Helm deletes the set, and its claims, made by the set from its templates and not part of the release, stay (StatefulSet persistentVolumeClaimRetentionPolicy whenDeleted Retain; data-model.md §1.5).'), [{
      type: 'helm_release', name: 'orders', actions: ['update'],
      before: helmRelease(helmManifest([rendered.statefulSet('Retain'), rendered.service])), after: upgraded(helmManifest([rendered.service])),
    }]),
    tf('helm-release-upgrade-drops-statefulset-delete', block('cascade', 'The same upgrade when the StatefulSet has whenDeleted Delete: Helm deletes the set and the set\'s delete deletes its claims (StatefulSetPersistentVolumeClaimRetentionPolicy whenDeleted Delete).'), [{
      type: 'helm_release', name: 'orders', actions: ['update'],
      before: helmRelease(helmManifest([rendered.statefulSet('Delete'), rendered.service])), after: upgraded(helmManifest([rendered.service])),
    }]),

    // ---- Fifth batch: replicas, caches and content the plan carries ----
    pu('docdb-global-cluster-delete', allow('attribute-judgement', 'An aws:docdb/globalCluster:GlobalCluster deleted: "The primary and secondary clusters must already be detached or deleted before attempting to delete a global cluster" (DocumentDB DeleteGlobalCluster API): the regional clusters, which hold the data, stay.'), S, [{
      op: 'delete', type: 'aws:docdb/globalCluster:GlobalCluster', name: 'catalog-global', old: { id: 'catalog-global', inputs: { globalClusterIdentifier: 'catalog-global', engine: 'docdb', sourceDbClusterIdentifier: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:catalog` } },
    }]),
    tf('mssql-geo-secondary-delete', allow('attribute-judgement', 'An azurerm_mssql_database with create_mode Secondary (a geo-replica of orders on another server) deleted: its data is a copy of the primary, which stays (hashicorp/azurerm 4.55.0 mssql_database create_mode; Azure SQL active geo-replication).'), [{
      type: 'azurerm_mssql_database', name: 'orders_secondary', actions: ['delete'], reason: DEL,
      before: mssqlDatabase({ create_mode: 'Secondary', creation_source_database_id: `${AZ_SUB}/resourceGroups/data-us/providers/Microsoft.Sql/servers/acme-sql/databases/orders`, secondary_type: 'Geo' }),
    }]),
    tf('mssql-database-scaled-up', allow('attribute-judgement', 'sku_name GP_Gen5_2 → GP_Gen5_4 and max_size_gb 32 → 64 on an azurerm_mssql_database scale it in place: the database and its rows stay (hashicorp/azurerm 4.55.0 mssql_database sku_name).'), [{
      type: 'azurerm_mssql_database', name: 'orders', actions: ['update'], before: mssqlDatabase({}), after: mssqlDatabase({ sku_name: 'GP_Gen5_4', max_size_gb: 64 }),
    }]),
    tf('memorystore-redis-cluster-delete', block('store-without-storage-word', 'A google_redis_cluster (RDB persistence) deleted with deletion_protection_enabled false: the cluster\'s data set goes; Redis is treated as a primary copy (README judgement; hashicorp/google 6.50.0 redis_cluster).'), [{
      type: 'google_redis_cluster', name: 'sessions', actions: ['delete'], reason: DEL, before: redisCluster(),
    }]),
    tf('s3-object-content-base64-replaced', allow('attribute-judgement', 'An aws_s3_object whose content_base64 is in the plan replaced: the object is written again from content the plan carries (hashicorp/aws 6.25.0 s3_object content_base64).'), [{
      type: 'aws_s3_object', name: 'logo', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['key']],
      before: s3Object('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), after: { ...s3Object('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='), key: 'img/logo.png', id: 'img/logo.png' }, unknown: ['arn', 'etag', 'id', 'version_id'],
    }]),
    tf('azure-blob-source-content-delete', allow('attribute-judgement', 'An azurerm_storage_blob written from source_content (the text is in the configuration) deleted: the code can write it again (hashicorp/azurerm 4.55.0 storage_blob source_content).'), [{
      type: 'azurerm_storage_blob', name: 'robots', actions: ['delete'], reason: DEL,
      before: { access_tier: 'Hot', content_md5: '', content_type: 'text/plain', id: 'https://acmedata.blob.core.windows.net/site/robots.txt', metadata: {}, name: 'robots.txt', parallelism: 8, size: 0, source: '', source_content: 'User-agent: *\nDisallow:', source_uri: '', storage_account_name: 'acmedata', storage_container_name: 'site', type: 'Block', url: 'https://acmedata.blob.core.windows.net/site/robots.txt' },
    }]),
    tf('cosmosdb-account-continuous-backup-delete', block('store-without-storage-word', 'An azurerm_cosmosdb_account with continuous backup deleted: the account and its databases go; a deleted account can be restored within the backup window, a way back as soft delete is, not a guard (README judgement; hashicorp/azurerm 4.55.0 cosmosdb_account; Cosmos DB restore a deleted account).'), [{
      type: 'azurerm_cosmosdb_account', name: 'orders', actions: ['delete'], reason: DEL, before: cosmosAccount('Continuous'), sensitive: ['primary_key', 'secondary_key'],
    }]),
    pu('gcs-hns-folder-force-destroy-delete', block('storage-word', 'A gcp:storage/folder:Folder deleted with forceDestroy: "items within folder if any will be force destroyed" (@pulumi/gcp storage/folder.d.ts forceDestroy).'), S, [{
      op: 'delete', type: 'gcp:storage/folder:Folder', name: 'exports', old: { id: 'acme-ledger-archive/exports/', inputs: { bucket: 'acme-ledger-archive', name: 'exports/', forceDestroy: true } },
    }]),

    // ---- Sixth batch: stateful managed instance groups ----
    tf('mig-delete-stateful-disks-deleted', block('cascade', 'A google_compute_instance_group_manager deleted whose stateful_disk ledger-data has delete_rule ON_PERMANENT_INSTANCE_DELETION: deleting the group deletes its VMs for good, and "ON_PERMANENT_INSTANCE_DELETION will delete the stateful disk when the VM is permanently deleted from the instance group" (hashicorp/google 6.50.0 compute_instance_group_manager stateful_disk.delete_rule).'), [{
      type: 'google_compute_instance_group_manager', name: 'ledger', actions: ['delete'], reason: DEL, before: mig('ON_PERMANENT_INSTANCE_DELETION', 3),
    }]),
    tf('mig-delete-stateful-disks-kept', allow('cascade', 'The same group with delete_rule NEVER (the default): "NEVER - detach the disk when the VM is deleted, but do not delete the disk" (hashicorp/google 6.50.0 compute_instance_group_manager stateful_disk.delete_rule): the stateful disks stay.'), [{
      type: 'google_compute_instance_group_manager', name: 'ledger', actions: ['delete'], reason: DEL, before: mig('NEVER', 3),
    }]),
    tf('mig-scaled-down-stateful-disks-deleted', block('cascade', 'target_size 3 → 1 on a google_compute_instance_group_manager whose stateful disks have delete_rule ON_PERMANENT_INSTANCE_DELETION: the two VMs removed are deleted for good, and their stateful disks with them (Compute Engine stateful MIGs: "the disk should be deleted after it is no longer used by the group, e.g. when the given instance … is deleted").'), [{
      type: 'google_compute_instance_group_manager', name: 'ledger', actions: ['update'], before: mig('ON_PERMANENT_INSTANCE_DELETION', 3), after: mig('ON_PERMANENT_INSTANCE_DELETION', 1),
    }]),
    tf('mig-scaled-down-stateful-disks-kept', allow('cascade', 'target_size 3 → 1 with delete_rule NEVER: the removed VMs\' stateful disks are detached and kept (hashicorp/google 6.50.0 compute_instance_group_manager stateful_disk.delete_rule).'), [{
      type: 'google_compute_instance_group_manager', name: 'ledger', actions: ['update'], before: mig('NEVER', 3), after: mig('NEVER', 1),
    }]),
    pu('region-mig-delete-stateful-disks-deleted', block('cascade', 'A gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager deleted whose statefulDisks deleteRule is ON_PERMANENT_INSTANCE_DELETION: the stateful disks are deleted with the VMs (@pulumi/gcp compute/regionInstanceGroupManager.d.ts statefulDisks.deleteRule).'), S, [{
      op: 'delete', type: 'gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager', name: 'ledger',
      old: { id: 'projects/acme/regions/europe-west1/instanceGroupManagers/ledger', inputs: { baseInstanceName: 'ledger', region: 'europe-west1', targetSize: 3, versions: [{ instanceTemplate: 'projects/acme/global/instanceTemplates/ledger-v3' }], statefulDisks: [{ deviceName: 'ledger-data', deleteRule: 'ON_PERMANENT_INSTANCE_DELETION' }] } },
    }]),
    pu('region-mig-scaled-up', allow('cascade', 'targetSize 3 → 5 on a gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager adds VMs: nothing is deleted (@pulumi/gcp compute/regionInstanceGroupManager.d.ts).'), S, [{
      op: 'update', type: 'gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager', name: 'ledger', diff: ['targetSize'],
      old: { id: 'projects/acme/regions/europe-west1/instanceGroupManagers/ledger', inputs: { baseInstanceName: 'ledger', region: 'europe-west1', targetSize: 3, versions: [{ instanceTemplate: 'projects/acme/global/instanceTemplates/ledger-v3' }], statefulDisks: [{ deviceName: 'ledger-data', deleteRule: 'ON_PERMANENT_INSTANCE_DELETION' }] } },
      new: { inputs: { baseInstanceName: 'ledger', region: 'europe-west1', targetSize: 5, versions: [{ instanceTemplate: 'projects/acme/global/instanceTemplates/ledger-v3' }], statefulDisks: [{ deviceName: 'ledger-data', deleteRule: 'ON_PERMANENT_INSTANCE_DELETION' }] } },
    }]),
  ];
}
