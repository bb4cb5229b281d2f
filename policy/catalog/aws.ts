// AWS (hashicorp/aws via @cdktf/provider-aws 21.22.1 = provider 6.25.0; @pulumi/aws 7.48.0), under both tools'
// names. Facts and defaults are from the providers' own docs in those packages (`<module>/<name>.d.ts` of
// @pulumi/aws, `lib/<name>/index.d.ts` of @cdktf/provider-aws) and ../shared/design/data-model.md (§ given).
// Types of this provider that are not listed here hold no data (see aws-none.ts for those whose names suggest
// otherwise); catalog.schema.test.ts checks every name and path against the providers' schemas.

import type { CatalogEntry, GuardField } from './types.js';
import { awsNone } from './aws-none.js';
import { has, memberOf, read } from './read.js';
import { s3LifecycleExpirations } from './expiry.js';

const RDS = '@pulumi/aws rds/instance.d.ts, rds/cluster.d.ts (data-model.md §2.3)';
const GLOBAL_CLUSTER = 'groups regional clusters and keeps no storage of its own: it can be deleted only once its members are detached (DeleteGlobalCluster), and the members, which hold the data, stay';

const deletionProtection = (source: string): GuardField =>
  ({ path: 'deletion_protection', protects: true, default: false, deletion: 'refused', what: 'deletion protection', source });
const deletionProtectionEnabled = (source: string): GuardField =>
  ({ path: 'deletion_protection_enabled', protects: true, default: false, deletion: 'refused', what: 'deletion protection', source });
const finalSnapshot: GuardField = { path: 'skip_final_snapshot', protects: false, default: false, recovery: true, backup: 'final-snapshot', what: 'the final snapshot', source: RDS };
const automatedBackupsKept: GuardField = { path: 'delete_automated_backups', protects: false, default: true, recovery: true, backup: 'kept-after-delete', what: 'automated backups kept after delete', source: RDS };
// Optional+Computed: leaving it out keeps the current value, so only a lower number is a cut (no default).
const retention = (path: string, source: string): GuardField => ({ path, protects: 'more', recovery: true, backup: 'retention', what: 'backup retention', source });

/** FSx's final backup at delete, skipped when `skip_final_backup` is true; `skipped` is the default when unset. */
const fsxFinalBackup = (skipped: boolean, source: string): GuardField =>
  ({ path: 'skip_final_backup', protects: false, default: skipped, recovery: true, backup: 'final-snapshot', what: 'the final backup', source });

/** A member of something whose storage stays: named by a property; deleting the member loses nothing unique. */

const e = (canonical: string, terraform: string | undefined, pulumi: string | undefined, rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi'>): CatalogEntry =>
  ({ family: 'aws', canonical, ...(terraform ? { terraform } : {}), ...(pulumi ? { pulumi } : {}), ...rest });

export const awsCatalog: CatalogEntry[] = [
  // Block storage
  e('aws.ebs.volume', 'aws_ebs_volume', 'aws:ebs/volume:Volume', { role: 'data', data: { kind: 'volume' }, aliases: ['aws-native:ec2:Volume'] }),
  e('aws.ebs.snapshot', 'aws_ebs_snapshot', 'aws:ebs/snapshot:Snapshot', {
    role: 'data', data: { kind: 'snapshot' },
    backup: { by: 'snapshot', source: 'volume_id', copy: { canonical: 'aws.ebs.snapshot-copy', source: 'source_snapshot_id', arn: 'arn' } },
  }),
  e('aws.ebs.snapshot-copy', 'aws_ebs_snapshot_copy', 'aws:ebs/snapshotCopy:SnapshotCopy', { role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'source_snapshot_id' } }),
  e('aws.ebs.snapshot-import', 'aws_ebs_snapshot_import', 'aws:ebs/snapshotImport:SnapshotImport', { role: 'data', data: { kind: 'snapshot' } }),
  e('aws.ec2.volume-attachment', 'aws_volume_attachment', 'aws:ec2/volumeAttachment:VolumeAttachment', {
    role: 'link', links: [{ property: 'volume_id', kind: 'volume', verb: 'attaches' }],
  }),
  // An instance's data disks go with it unless delete_on_termination is false (default true, data-model.md §1.2).
  // The root volume holds the image the instance was built from: counted only when the issue of a team says so.
  e('aws.ec2.instance', 'aws_instance', 'aws:ec2/instance:Instance', {
    role: 'container',
    container: {
      cascades: [{
        by: 'nested', paths: ['ebs_block_device', 'ebs_block_devices'], kind: 'volume', label: 'data disk',
        destroyed: { attributes: ['ebs_block_device.delete_on_termination'], reason: 'delete_on_termination defaults to true', test: (d) => read(d, 'delete_on_termination') !== false },
      }],
      unknownContents: 'none',
      reason: 'terminating an instance deletes its attached block devices whose delete_on_termination is true (the default)',
      source: '@pulumi/aws types/input.d.ts ec2.InstanceEbsBlockDevice (data-model.md §1.2)',
    },
  }),
  // CloudFormation deletes every resource of the template whose DeletionPolicy is not Retain/Snapshot (data-model.md §1.2).
  e('aws.cloudformation.stack', 'aws_cloudformation_stack', 'aws:cloudformation/stack:Stack', {
    role: 'container',
    container: {
      cascades: [{ by: 'template', property: 'template_body' }],
      unknownContents: 'warn',
      reason: 'deleting a CloudFormation stack deletes the resources of its template unless their DeletionPolicy keeps them',
      source: 'AWS CloudFormation DeletionPolicy docs (data-model.md §1.2)',
    },
  }),
  // Relational databases
  e('aws.rds.instance', 'aws_db_instance', 'aws:rds/instance:Instance', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [memberOf('replicate_source_db', 'it is a read replica: its data is a copy of its source database')] },
    guards: [deletionProtection(RDS), finalSnapshot, automatedBackupsKept, retention('backup_retention_period', RDS)],
    links: [{ property: 'replicate_source_db', kind: 'database', verb: 'replicates' }],
    aliases: ['aws-native:rds:DbInstance'],
  }),
  e('aws.rds.cluster', 'aws_rds_cluster', 'aws:rds/cluster:Cluster', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [memberOf('replication_source_identifier', 'it is a replica cluster: its data is a copy of its source')] },
    guards: [deletionProtection(RDS), finalSnapshot, automatedBackupsKept, retention('backup_retention_period', RDS)],
    aliases: ['aws-native:rds:DbCluster'],
  }),
  e('aws.rds.cluster-instance', 'aws_rds_cluster_instance', 'aws:rds/clusterInstance:ClusterInstance', {
    role: 'data', data: { kind: 'database', noUniqueData: [memberOf('cluster_identifier', 'it is a member of a cluster: the data lives in the cluster volume, which stays')] },
  }),
  // A global cluster groups regional clusters and keeps no storage of its own: the API deletes it only once "the
  // primary and secondary clusters [are] already detached or destroyed" (RDS, DocumentDB and Neptune
  // DeleteGlobalCluster), and the provider's force_destroy detaches them ("remove DB Cluster members from Global
  // Cluster on destroy", rds/globalCluster.d.ts). The members hold the data and are judged as clusters.
  e('aws.rds.global-cluster', 'aws_rds_global_cluster', 'aws:rds/globalCluster:GlobalCluster', { role: 'none', note: GLOBAL_CLUSTER }),
  e('aws.rds.snapshot', 'aws_db_snapshot', 'aws:rds/snapshot:Snapshot', {
    role: 'data', data: { kind: 'database-snapshot' },
    backup: { by: 'snapshot', source: 'db_instance_identifier', copy: { canonical: 'aws.rds.snapshot-copy', source: 'source_db_snapshot_identifier', arn: 'db_snapshot_arn' } },
  }),
  e('aws.rds.cluster-snapshot', 'aws_db_cluster_snapshot', 'aws:rds/clusterSnapshot:ClusterSnapshot', { role: 'data', data: { kind: 'database-snapshot' }, backup: { by: 'snapshot', source: 'db_cluster_identifier' } }),
  e('aws.rds.snapshot-copy', 'aws_db_snapshot_copy', 'aws:rds/snapshotCopy:SnapshotCopy', { role: 'data', data: { kind: 'database-snapshot' }, backup: { by: 'snapshot', source: 'source_db_snapshot_identifier' } }),
  e('aws.rds.cluster-snapshot-copy', 'aws_rds_cluster_snapshot_copy', 'aws:rds/clusterSnapshotCopy:ClusterSnapshotCopy', { role: 'data', data: { kind: 'database-snapshot' } }),
  e('aws.docdb.cluster', 'aws_docdb_cluster', 'aws:docdb/cluster:Cluster', {
    role: 'data', data: { kind: 'database' },
    guards: [deletionProtection('@pulumi/aws docdb/cluster.d.ts'), { ...finalSnapshot, source: '@pulumi/aws docdb/cluster.d.ts' }, retention('backup_retention_period', '@pulumi/aws docdb/cluster.d.ts')],
  }),
  e('aws.docdb.cluster-instance', 'aws_docdb_cluster_instance', 'aws:docdb/clusterInstance:ClusterInstance', {
    role: 'data', data: { kind: 'database', noUniqueData: [memberOf('cluster_identifier', 'it is a member of a cluster: the data lives in the cluster volume, which stays')] },
  }),
  e('aws.docdb.cluster-snapshot', 'aws_docdb_cluster_snapshot', 'aws:docdb/clusterSnapshot:ClusterSnapshot', { role: 'data', data: { kind: 'database-snapshot' }, backup: { by: 'snapshot', source: 'db_cluster_identifier' } }),
  e('aws.docdb.global-cluster', 'aws_docdb_global_cluster', 'aws:docdb/globalCluster:GlobalCluster', { role: 'none', note: GLOBAL_CLUSTER }),
  e('aws.docdbelastic.cluster', 'aws_docdbelastic_cluster', 'aws:docdb/elasticCluster:ElasticCluster', { role: 'data', data: { kind: 'database' } }),
  e('aws.neptune.cluster', 'aws_neptune_cluster', 'aws:neptune/cluster:Cluster', {
    role: 'data', data: { kind: 'database' },
    guards: [deletionProtection('@pulumi/aws neptune/cluster.d.ts'), { ...finalSnapshot, source: '@pulumi/aws neptune/cluster.d.ts' }, retention('backup_retention_period', '@pulumi/aws neptune/cluster.d.ts')],
  }),
  e('aws.neptune.cluster-instance', 'aws_neptune_cluster_instance', 'aws:neptune/clusterInstance:ClusterInstance', {
    role: 'data', data: { kind: 'database', noUniqueData: [memberOf('cluster_identifier', 'it is a member of a cluster: the data lives in the cluster volume, which stays')] },
  }),
  e('aws.neptune.cluster-snapshot', 'aws_neptune_cluster_snapshot', 'aws:neptune/clusterSnapshot:ClusterSnapshot', { role: 'data', data: { kind: 'database-snapshot' }, backup: { by: 'snapshot', source: 'db_cluster_identifier' } }),
  e('aws.neptune.global-cluster', 'aws_neptune_global_cluster', 'aws:neptune/globalCluster:GlobalCluster', { role: 'none', note: GLOBAL_CLUSTER }),
  e('aws.neptunegraph.graph', 'aws_neptunegraph_graph', 'aws:neptunegraph/graph:Graph', { role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/aws neptunegraph/graph.d.ts')] }),
  e('aws.dsql.cluster', 'aws_dsql_cluster', 'aws:dsql/cluster:Cluster', { role: 'data', data: { kind: 'database' }, guards: [deletionProtectionEnabled('@pulumi/aws dsql/cluster.d.ts')] }),
  e('aws.qldb.ledger', 'aws_qldb_ledger', 'aws:qldb/ledger:Ledger', { role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/aws qldb/ledger.d.ts')] }),
  e('aws.lightsail.database', 'aws_lightsail_database', 'aws:lightsail/database:Database', {
    // lightsail/database.d.ts documents no default for skip_final_snapshot: none is assumed.
    role: 'data', data: { kind: 'database' }, guards: [{ path: 'skip_final_snapshot', protects: false, recovery: true, backup: 'final-snapshot', what: 'the final snapshot', source: '@pulumi/aws lightsail/database.d.ts' }],
  }),
  e('aws.lightsail.disk', 'aws_lightsail_disk', 'aws:lightsail/disk:Disk', { role: 'data', data: { kind: 'volume' } }),
  e('aws.timestreaminfluxdb.db-instance', 'aws_timestreaminfluxdb_db_instance', 'aws:timestreaminfluxdb/dbInstance:DbInstance', { role: 'data', data: { kind: 'database' } }),
  // Key-value and wide-column tables
  e('aws.dynamodb.table', 'aws_dynamodb_table', 'aws:dynamodb/table:Table', {
    role: 'data', data: { kind: 'table' },
    guards: [
      deletionProtectionEnabled('@pulumi/aws dynamodb/table.d.ts (data-model.md §2.2)'),
      { path: 'point_in_time_recovery.enabled', protects: true, default: false, recovery: true, what: 'point-in-time recovery', source: '@pulumi/aws dynamodb/table.d.ts (data-model.md §2.2)' },
    ],
  }),
  // Cloud Control's table has its own property names, and carries its resource policy inline.
  e('aws-native.dynamodb.table', undefined, 'aws-native:dynamodb:Table', {
    role: 'data', data: { kind: 'table' },
    guards: [deletionProtectionEnabled('aws-native dynamodb Table (CloudFormation AWS::DynamoDB::Table DeletionProtectionEnabled)')],
    iam: { kind: 'resource', documentProperties: ['resource_policy.policy_document'] },
  }),
  e('aws.dynamodb.global-table', 'aws_dynamodb_global_table', 'aws:dynamodb/globalTable:GlobalTable', { role: 'data', data: { kind: 'table' }, aliases: ['aws-native:dynamodb:GlobalTable'] }),
  e('aws.keyspaces.keyspace', 'aws_keyspaces_keyspace', 'aws:keyspaces/keyspace:Keyspace', { role: 'data', data: { kind: 'table' } }),
  e('aws.keyspaces.table', 'aws_keyspaces_table', 'aws:keyspaces/table:Table', {
    role: 'data', data: { kind: 'table' },
    // Continuous backups that restore the table to any second of the last 35 days; DISABLED is the default.
    guards: [{ path: 'point_in_time_recovery.status', protects: 'values', safeValues: ['ENABLED'], default: 'DISABLED', recovery: true, what: 'point-in-time recovery', source: '@pulumi/aws types/input.d.ts keyspaces.TablePointInTimeRecovery.status (ENABLED, DISABLED; default DISABLED); Keyspaces PITR docs' }],
  }),
  e('aws.timestreamwrite.database', 'aws_timestreamwrite_database', 'aws:timestreamwrite/database:Database', { role: 'data', data: { kind: 'database' } }),
  e('aws.timestreamwrite.table', 'aws_timestreamwrite_table', 'aws:timestreamwrite/table:Table', {
    role: 'data', data: { kind: 'table' },
    guards: [
      { path: 'retention_properties.memory_store_retention_period_in_hours', protects: 'more', recovery: true, what: 'memory store retention', source: '@pulumi/aws timestreamwrite/table.d.ts' },
      { path: 'retention_properties.magnetic_store_retention_period_in_days', protects: 'more', recovery: true, what: 'magnetic store retention', source: '@pulumi/aws timestreamwrite/table.d.ts' },
    ],
  }),
  // Object storage
  e('aws.s3.bucket', 'aws_s3_bucket', 'aws:s3/bucket:Bucket', {
    role: 'data', data: { kind: 'bucket' },
    guards: [
      { path: 'force_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a bucket that still holds objects', source: '@pulumi/aws s3/bucket.d.ts (data-model.md §2.1)' },
      { path: 'versioning.enabled', protects: true, default: false, recovery: true, what: 'versioning', source: '@pulumi/aws s3/bucket.d.ts (inline, deprecated)' },
    ],
    expiry: { attributes: ['lifecycle_rule.expiration.days', 'lifecycle_rule.expiration.date', 'lifecycle_rule.enabled', 'lifecycle_rule.prefix'], expirations: s3LifecycleExpirations, source: '@pulumi/aws s3/bucket.d.ts (inline lifecycle_rule, deprecated)' },
    aliases: ['aws:s3/bucketV2:BucketV2', 'aws-native:s3:Bucket'],
  }),
  e('aws.s3.directory-bucket', 'aws_s3_directory_bucket', 'aws:s3/directoryBucket:DirectoryBucket', {
    role: 'data', data: { kind: 'bucket' },
    guards: [{ path: 'force_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a bucket that still holds objects', source: '@pulumi/aws s3/directoryBucket.d.ts' }],
  }),
  e('aws.s3control.bucket', 'aws_s3control_bucket', 'aws:s3control/bucket:Bucket', { role: 'data', data: { kind: 'bucket' } }),
  e('aws.s3tables.table-bucket', 'aws_s3tables_table_bucket', 'aws:s3tables/tableBucket:TableBucket', { role: 'data', data: { kind: 'bucket' } }),
  e('aws.s3tables.table', 'aws_s3tables_table', 'aws:s3tables/table:Table', { role: 'data', data: { kind: 'table' } }),
  e('aws.s3tables.namespace', 'aws_s3tables_namespace', 'aws:s3tables/namespace:Namespace', { role: 'data', data: { kind: 'table' } }),
  // An object whose content the plan itself carries (source file, inline content) can be uploaded again.
  e('aws.s3.object', 'aws_s3_object', 'aws:s3/bucketObjectv2:BucketObjectv2', {
    role: 'data',
    data: {
      kind: 'object',
      noUniqueData: [{
        attributes: ['source', 'content', 'content_base64'], presence: true, reason: 'the plan itself carries its content (source or content), so it can be uploaded again',
        test: (p) => has(p, 'source', 'content', 'content_base64'),
      }],
    },
    aliases: ['aws_s3_bucket_object', 'aws:s3/bucketObject:BucketObject'],
  }),
  e('aws.s3.bucket-policy', 'aws_s3_bucket_policy', 'aws:s3/bucketPolicy:BucketPolicy', {
    role: 'link', links: [{ property: 'bucket', kind: 'bucket', verb: 'grants access to' }],
    iam: { kind: 'resource', documentProperties: ['policy', 'policy_document'] }, aliases: ['aws-native:s3:BucketPolicy'],
  }),
  // Bucket settings that guard the data: versioning keeps overwritten and deleted objects; removing the resource
  // suspends versioning (s3/bucketVersioning.d.ts). Object lock keeps objects undeletable.
  e('aws.s3.bucket-versioning', 'aws_s3_bucket_versioning', 'aws:s3/bucketVersioning:BucketVersioning', {
    role: 'guard',
    guardOf: { target: 'bucket', removal: 'removing it suspends versioning: overwritten and deleted objects are no longer kept' },
    guards: [
      { path: 'versioning_configuration.status', protects: 'values', safeValues: ['Enabled'], recovery: true, what: 'versioning', source: '@pulumi/aws s3/bucketVersioning.d.ts (data-model.md §2.1)' },
      { path: 'versioning_configuration.mfa_delete', protects: 'values', safeValues: ['Enabled'], what: 'MFA delete', source: '@pulumi/aws s3/bucketVersioning.d.ts' },
    ],
    aliases: ['aws:s3/bucketVersioningV2:BucketVersioningV2'],
  }),
  e('aws.s3.object-lock', 'aws_s3_bucket_object_lock_configuration', 'aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration', {
    role: 'guard',
    guardOf: { target: 'bucket', removal: 'removing it drops the default retention: new objects are no longer locked against deletion' },
    guards: [
      { path: 'rule.default_retention.mode', protects: 'values', safeValues: ['COMPLIANCE'], what: 'compliance-mode retention', source: '@pulumi/aws types/input.d.ts (data-model.md §2.1)' },
      { path: 'rule.default_retention.days', protects: 'more', recovery: true, what: 'default retention', source: '@pulumi/aws types/input.d.ts' },
      { path: 'rule.default_retention.years', protects: 'more', recovery: true, what: 'default retention', source: '@pulumi/aws types/input.d.ts' },
    ],
    aliases: ['aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2'],
  }),
  e('aws.s3.lifecycle', 'aws_s3_bucket_lifecycle_configuration', 'aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration', {
    role: 'guard',
    guardOf: { target: 'bucket' },
    expiry: {
      attributes: ['rule.status', 'rule.expiration.days', 'rule.expiration.date', 'rule.filter.prefix', 'rule.filter.and.prefix', 'rule.filter.tag', 'rule.filter.object_size_greater_than', 'rule.prefix'],
      expirations: s3LifecycleExpirations,
      source: '@pulumi/aws types/input.d.ts s3.BucketLifecycleConfigurationRule (data-model.md §2.1)',
    },
    aliases: ['aws:s3/bucketLifecycleConfigurationV2:BucketLifecycleConfigurationV2'],
  }),
  e('aws.s3.bucket-replication', 'aws_s3_bucket_replication_configuration', 'aws:s3/bucketReplicationConfig:BucketReplicationConfig', {
    role: 'link', links: [{ property: 'bucket', kind: 'bucket', verb: 'replicates' }],
    backup: { by: 'replication', source: 'bucket', rules: ['rule', 'rules'], destinations: 'destination', destinationBucket: 'bucket' },
  }),
  // File systems
  e('aws.efs.file-system', 'aws_efs_file_system', 'aws:efs/fileSystem:FileSystem', {
    role: 'data', data: { kind: 'file-system' }, aliases: ['aws-native:efs:FileSystem'],
    // Turning it off lets a replication overwrite the file system (efs/fileSystem.d.ts; no default documented).
    guards: [{ path: 'protection.replication_overwrite', protects: 'values', safeValues: ['ENABLED'], what: 'protection against replication overwrite', source: '@pulumi/aws efs/fileSystem.d.ts' }],
  }),
  e('aws.efs.backup-policy', 'aws_efs_backup_policy', 'aws:efs/backupPolicy:BackupPolicy', {
    role: 'guard',
    guardOf: { target: 'file_system_id', removal: 'removing it stops the automatic backups of the file system' },
    guards: [{ path: 'backup_policy.status', protects: 'values', safeValues: ['ENABLED'], recovery: true, what: 'automatic backups', source: '@pulumi/aws types/input.d.ts efs.BackupPolicyBackupPolicy (data-model.md §2.5)' }],
  }),
  e('aws.efs.mount-target', 'aws_efs_mount_target', 'aws:efs/mountTarget:MountTarget', {
    role: 'link', links: [{ property: 'file_system_id', kind: 'file-system', verb: 'mounts' }],
  }),
  e('aws.efs.access-point', 'aws_efs_access_point', 'aws:efs/accessPoint:AccessPoint', {
    role: 'link', links: [{ property: 'file_system_id', kind: 'file-system', verb: 'mounts' }],
  }),
  // FSx takes a final backup at delete unless skip_final_backup is true; the setting "must be applied separately
  // before attempting to delete the resource" (fsx_*_file_system docs), so turning it on is the step that makes the
  // next delete unrecoverable. Windows and OpenZFS take one by default; Lustre does not ("By default, Amazon FSx will
  // not take a final backup", DeleteFileSystemLustreConfiguration SkipFinalBackup, Default = true).
  e('aws.fsx.lustre', 'aws_fsx_lustre_file_system', 'aws:fsx/lustreFileSystem:LustreFileSystem', { role: 'data', data: { kind: 'file-system' }, guards: [fsxFinalBackup(true, 'FSx API DeleteFileSystemLustreConfiguration.SkipFinalBackup (Default = true)')] }),
  e('aws.fsx.windows', 'aws_fsx_windows_file_system', 'aws:fsx/windowsFileSystem:WindowsFileSystem', { role: 'data', data: { kind: 'file-system' }, guards: [fsxFinalBackup(false, 'FSx API DeleteFileSystemWindowsConfiguration.SkipFinalBackup ("By default, Amazon FSx for Windows takes a final backup"); fsx_windows_file_system skip_final_backup defaults to false')] }),
  e('aws.fsx.ontap', 'aws_fsx_ontap_file_system', 'aws:fsx/ontapFileSystem:OntapFileSystem', { role: 'data', data: { kind: 'file-system' } }),
  e('aws.fsx.ontap-volume', 'aws_fsx_ontap_volume', 'aws:fsx/ontapVolume:OntapVolume', { role: 'data', data: { kind: 'volume' }, guards: [fsxFinalBackup(false, 'FSx API DeleteVolumeOntapConfiguration.SkipFinalBackup (a final backup by default); fsx_ontap_volume skip_final_backup defaults to false')] }),
  e('aws.fsx.openzfs', 'aws_fsx_openzfs_file_system', 'aws:fsx/openZfsFileSystem:OpenZfsFileSystem', { role: 'data', data: { kind: 'file-system' }, guards: [fsxFinalBackup(false, 'FSx API DeleteFileSystemOpenZFSConfiguration.SkipFinalBackup ("By default, Amazon FSx for OpenZFS takes a final backup")')] }),
  e('aws.fsx.openzfs-volume', 'aws_fsx_openzfs_volume', 'aws:fsx/openZfsVolume:OpenZfsVolume', { role: 'data', data: { kind: 'volume' } }),
  e('aws.fsx.backup', 'aws_fsx_backup', 'aws:fsx/backup:Backup', { role: 'data', data: { kind: 'snapshot' } }),
  // Caches, warehouses, search, streams, queues: each keeps data no other resource holds.
  e('aws.elasticache.cluster', 'aws_elasticache_cluster', 'aws:elasticache/cluster:Cluster', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [
        { attributes: ['engine'], reason: 'memcached keeps nothing on disk: its contents are a cache', test: (p) => read(p, 'engine') === 'memcached' },
        memberOf('replication_group_id', 'it is a member of a replication group, which keeps the data'),
      ],
    },
  }),
  e('aws.elasticache.replication-group', 'aws_elasticache_replication_group', 'aws:elasticache/replicationGroup:ReplicationGroup', {
    role: 'data', data: { kind: 'cache' },
    guards: [{ path: 'snapshot_retention_limit', protects: 'more', recovery: true, what: 'snapshot retention', source: '@pulumi/aws elasticache/replicationGroup.d.ts' }],
    aliases: ['aws-native:elasticache:ReplicationGroup'],
  }),
  e('aws.elasticache.serverless-cache', 'aws_elasticache_serverless_cache', 'aws:elasticache/serverlessCache:ServerlessCache', { role: 'data', data: { kind: 'cache' } }),
  e('aws.memorydb.cluster', 'aws_memorydb_cluster', 'aws:memorydb/cluster:Cluster', { role: 'data', data: { kind: 'cache' }, aliases: ['aws-native:memorydb:Cluster'] }),
  e('aws.memorydb.snapshot', 'aws_memorydb_snapshot', 'aws:memorydb/snapshot:Snapshot', { role: 'data', data: { kind: 'snapshot' } }),
  e('aws.redshift.cluster', 'aws_redshift_cluster', 'aws:redshift/cluster:Cluster', {
    role: 'data', data: { kind: 'warehouse' },
    guards: [
      { path: 'skip_final_snapshot', protects: false, default: false, recovery: true, backup: 'final-snapshot', what: 'the final snapshot', source: '@pulumi/aws redshift/cluster.d.ts' },
      retention('automated_snapshot_retention_period', '@pulumi/aws redshift/cluster.d.ts'),
    ],
    aliases: ['aws-native:redshift:Cluster'],
  }),
  e('aws.redshift.snapshot', 'aws_redshift_cluster_snapshot', 'aws:redshift/clusterSnapshot:ClusterSnapshot', { role: 'data', data: { kind: 'snapshot' } }),
  e('aws.redshiftserverless.namespace', 'aws_redshiftserverless_namespace', 'aws:redshiftserverless/namespace:Namespace', { role: 'data', data: { kind: 'warehouse' } }),
  e('aws.redshiftserverless.snapshot', 'aws_redshiftserverless_snapshot', 'aws:redshiftserverless/snapshot:Snapshot', { role: 'data', data: { kind: 'snapshot' } }),
  e('aws.opensearch.domain', 'aws_opensearch_domain', 'aws:opensearch/domain:Domain', { role: 'data', data: { kind: 'search-domain' }, aliases: ['aws-native:opensearchservice:Domain'] }),
  e('aws.elasticsearch.domain', 'aws_elasticsearch_domain', 'aws:elasticsearch/domain:Domain', { role: 'data', data: { kind: 'search-domain' } }),
  e('aws.opensearchserverless.collection', 'aws_opensearchserverless_collection', 'aws:opensearch/serverlessCollection:ServerlessCollection', { role: 'data', data: { kind: 'search-domain' } }),
  e('aws.cloudsearch.domain', 'aws_cloudsearch_domain', 'aws:cloudsearch/domain:Domain', { role: 'data', data: { kind: 'search-domain' } }),
  e('aws.kinesis.stream', 'aws_kinesis_stream', 'aws:kinesis/stream:Stream', {
    role: 'data', data: { kind: 'stream' },
    guards: [{ path: 'retention_period', protects: 'more', default: 24, recovery: true, what: 'record retention (hours)', source: '@pulumi/aws kinesis/stream.d.ts' }],
  }),
  e('aws.kinesis.video-stream', 'aws_kinesis_video_stream', 'aws:kinesis/videoStream:VideoStream', {
    role: 'data', data: { kind: 'stream' },
    guards: [{ path: 'data_retention_in_hours', protects: 'more', default: 0, recovery: true, what: 'data retention (hours)', source: '@pulumi/aws kinesis/videoStream.d.ts' }],
  }),
  e('aws.msk.cluster', 'aws_msk_cluster', 'aws:msk/cluster:Cluster', { role: 'data', data: { kind: 'stream' } }),
  e('aws.msk.serverless-cluster', 'aws_msk_serverless_cluster', 'aws:msk/serverlessCluster:ServerlessCluster', { role: 'data', data: { kind: 'stream' } }),
  e('aws.mq.broker', 'aws_mq_broker', 'aws:mq/broker:Broker', { role: 'data', data: { kind: 'queue' } }),
  // Messages in transit (at most message_retention_seconds, 14 days, each deleted once consumed): not a system of
  // record, unlike a stream its consumers replay from (Kinesis, MSK) or a broker's persistent store.
  e('aws.sqs.queue', 'aws_sqs_queue', 'aws:sqs/queue:Queue', { role: 'none', note: 'holds messages in transit only, each deleted once consumed' }),
  e('aws.cognito.user-pool', 'aws_cognito_user_pool', 'aws:cognito/userPool:UserPool', {
    role: 'data', data: { kind: 'directory' },
    guards: [{ path: 'deletion_protection', protects: 'values', safeValues: ['ACTIVE'], default: 'INACTIVE', deletion: 'refused', what: 'deletion protection', source: '@pulumi/aws cognito/userPool.d.ts' }],
  }),
  e('aws.directoryservice.directory', 'aws_directory_service_directory', 'aws:directoryservice/directory:Directory', { role: 'data', data: { kind: 'directory' } }),
  e('aws.codecommit.repository', 'aws_codecommit_repository', 'aws:codecommit/repository:Repository', { role: 'data', data: { kind: 'registry' } }),
  e('aws.ecr.repository', 'aws_ecr_repository', 'aws:ecr/repository:Repository', {
    role: 'data', data: { kind: 'registry' },
    // force_delete, not force_destroy (data-model.md §2.5).
    guards: [{ path: 'force_delete', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a repository that still holds images', source: '@pulumi/aws ecr/repository.d.ts (data-model.md §2.5)' }],
  }),
  e('aws.sagemaker.feature-group', 'aws_sagemaker_feature_group', 'aws:sagemaker/featureGroup:FeatureGroup', { role: 'data', data: { kind: 'table' } }),
  // Backups
  e('aws.backup.vault', 'aws_backup_vault', 'aws:backup/vault:Vault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [{ path: 'force_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a vault that still holds recovery points', source: '@pulumi/aws backup/vault.d.ts' }],
  }),
  e('aws-native.backup.backup-vault', undefined, 'aws-native:backup:BackupVault', {
    role: 'data', data: { kind: 'backup-vault' }, iam: { kind: 'resource', documentProperties: ['access_policy'] },
  }),
  e('aws.backup.air-gapped-vault', 'aws_backup_logically_air_gapped_vault', 'aws:backup/logicallyAirGappedVault:LogicallyAirGappedVault', {
    role: 'data', data: { kind: 'backup-vault', locked: 'a logically air-gapped vault is locked in compliance mode by design, with its min/max retention' },
    guards: [{ path: 'min_retention_days', protects: 'more', recovery: true, what: 'the minimum retention of the vault', source: '@pulumi/aws backup/logicallyAirGappedVault.d.ts' }],
  }),
  e('aws.backup.vault-lock', 'aws_backup_vault_lock_configuration', 'aws:backup/vaultLockConfiguration:VaultLockConfiguration', {
    role: 'guard',
    guardOf: { target: 'backup_vault_name', removal: 'removing the lock lets the recovery points it kept be deleted' },
    guards: [{ path: 'min_retention_days', protects: 'more', recovery: true, what: 'the minimum retention of the vault lock', source: '@pulumi/aws backup/vaultLockConfiguration.d.ts (data-model.md §2.5)' }],
  }),
  e('aws.backup.plan', 'aws_backup_plan', 'aws:backup/plan:Plan', {
    role: 'guard',
    guardOf: { removal: 'removing the backup plan stops the backups it takes' },
    guards: [{ path: 'rule.lifecycle.delete_after', pulumiPath: 'rules.lifecycle.deleteAfter', protects: 'more', recovery: true, what: 'the retention of recovery points', source: '@pulumi/aws types/input.d.ts backup.PlanRuleLifecycle' }],
    // Terraform nests `rule` blocks with `copy_action` blocks; Pulumi's inputs are `rules[].copyActions[]`.
    backup: { by: 'plan', rules: ['rule', 'rules'], ruleName: 'rule_name', vault: 'target_vault_name', copies: ['copy_action', 'copy_actions'], destination: 'destination_vault_arn' },
  }),
  e('aws.backup.selection', 'aws_backup_selection', 'aws:backup/selection:Selection', {
    role: 'link', links: [{ property: 'resources', kind: 'volume', verb: 'backs up' }],
    backup: { by: 'selection', plan: 'plan_id', resources: 'resources' },
  }),
  e('aws.dlm.lifecycle-policy', 'aws_dlm_lifecycle_policy', 'aws:dlm/lifecyclePolicy:LifecyclePolicy', {
    role: 'guard',
    guardOf: { removal: 'removing the policy stops the snapshots it takes' },
    guards: [{ path: 'state', protects: 'values', safeValues: ['ENABLED'], default: 'ENABLED', recovery: true, what: 'the snapshot schedule', source: '@pulumi/aws dlm/lifecyclePolicy.d.ts' }],
    backup: { by: 'schedule' },
  }),
  e('aws.glacier.vault', 'aws_glacier_vault', 'aws:glacier/vault:Vault', { role: 'data', data: { kind: 'backup-vault' } }),
  e('aws.glacier.vault-lock', 'aws_glacier_vault_lock', 'aws:glacier/vaultLock:VaultLock', { role: 'guard', guardOf: { target: 'vault_name', removal: 'removing the lock lets the archives it kept be deleted' } }),
  // Keys and secrets: deleting a key makes everything encrypted with it unreadable. AWS never deletes a KMS key at
  // once: it schedules the deletion 7 to 30 days ahead (30 when unset), and it can be cancelled (data-model.md §2.4).
  e('aws.kms.key', 'aws_kms_key', 'aws:kms/key:Key', {
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'deletion_window_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the key deletion waiting period', source: '@pulumi/aws kms/key.d.ts (data-model.md §2.4)' },
      { path: 'is_enabled', protects: true, default: true, what: 'the key being enabled (a disabled key decrypts nothing)', source: '@pulumi/aws kms/key.d.ts (data-model.md §2.4)' },
    ],
    iam: { kind: 'resource', documentProperties: ['policy', 'key_policy'], computedDocument: true },
    aliases: ['aws-native:kms:Key'],
  }),
  // Resource policies of data stores, judged by the principals they admit (provider docs: kms_key_policy,
  // backup_vault_policy, dynamodb_resource_policy).
  e('aws.kms.key-policy', 'aws_kms_key_policy', 'aws:kms/keyPolicy:KeyPolicy', { role: 'link', links: [{ property: 'key_id', kind: 'key', verb: 'grants access to' }], iam: { kind: 'resource', documentProperties: ['policy'] } }),
  e('aws.backup.vault-policy', 'aws_backup_vault_policy', 'aws:backup/vaultPolicy:VaultPolicy', {
    role: 'link', links: [{ property: 'backup_vault_name', kind: 'backup-vault', verb: 'grants access to' }], iam: { kind: 'resource', documentProperties: ['policy'] },
  }),
  e('aws.dynamodb.resource-policy', 'aws_dynamodb_resource_policy', 'aws:dynamodb/resourcePolicy:ResourcePolicy', {
    role: 'link', links: [{ property: 'resource_arn', kind: 'table', verb: 'grants access to' }], iam: { kind: 'resource', documentProperties: ['policy'] },
  }),
  e('aws.kms.replica-key', 'aws_kms_replica_key', 'aws:kms/replicaKey:ReplicaKey', {
    role: 'data',
    data: { kind: 'key', noUniqueData: [memberOf('primary_key_arn', 'it is a replica of a multi-Region key: the same key material stays in the primary')] },
    guards: [{ path: 'deletion_window_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the key deletion waiting period', source: '@pulumi/aws kms/replicaKey.d.ts' }],
    iam: { kind: 'resource', documentProperties: ['policy'], computedDocument: true },
  }),
  e('aws.kms.external-key', 'aws_kms_external_key', 'aws:kms/externalKey:ExternalKey', {
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'deletion_window_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the key deletion waiting period', source: '@pulumi/aws kms/externalKey.d.ts' },
      { path: 'enabled', protects: true, default: true, what: 'the key being enabled (a disabled key decrypts nothing)', source: '@pulumi/aws kms/externalKey.d.ts' },
    ],
  }),
  // A deleted secret is recoverable during its recovery window (30 days unless set); 0 deletes it at once, for good.
  e('aws.secretsmanager.secret', 'aws_secretsmanager_secret', 'aws:secretsmanager/secret:Secret', {
    role: 'data', data: { kind: 'secret' },
    guards: [{ path: 'recovery_window_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the secret recovery window (at 0 a delete is immediate and cannot be undone)', source: '@pulumi/aws secretsmanager/secret.d.ts' }],
  }),
  e('aws.cloudhsm.cluster', 'aws_cloudhsm_v2_cluster', 'aws:cloudhsmv2/cluster:Cluster', { role: 'data', data: { kind: 'key' } }),
  e('aws.acmpca.certificate-authority', 'aws_acmpca_certificate_authority', 'aws:acmpca/certificateAuthority:CertificateAuthority', {
    role: 'data', data: { kind: 'key' },
    guards: [{ path: 'permanent_deletion_time_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the restore period of a deleted CA', source: '@pulumi/aws acmpca/certificateAuthority.d.ts' }],
  }),
  // Identity
  e('aws.iam.policy', 'aws_iam_policy', 'aws:iam/policy:Policy', { role: 'none', iam: { documentProperties: ['policy'] } }),
  e('aws.iam.user-policy', 'aws_iam_user_policy', 'aws:iam/userPolicy:UserPolicy', { role: 'none', iam: { documentProperties: ['policy'] } }),
  e('aws.iam.role-policy', 'aws_iam_role_policy', 'aws:iam/rolePolicy:RolePolicy', { role: 'none', iam: { documentProperties: ['policy'] } }),
  e('aws.iam.group-policy', 'aws_iam_group_policy', 'aws:iam/groupPolicy:GroupPolicy', { role: 'none', iam: { documentProperties: ['policy'] } }),
  e('aws.iam.role', 'aws_iam_role', 'aws:iam/role:Role', { role: 'none', iam: { documentProperties: ['inline_policy.*.policy', 'inline_policies.*.policy'] } }),
  // Cloud Control identities: inline `policies[].policyDocument` (an object), attached `managedPolicyArns`.
  e('aws-native.iam.identity', undefined, 'aws-native:iam:Role', {
    role: 'none', iam: { documentProperties: ['policies.*.policy_document'], policyArns: ['managed_policy_arns'] }, aliases: ['aws-native:iam:User', 'aws-native:iam:Group'],
  }),
  e('aws-native.iam.policy', undefined, 'aws-native:iam:RolePolicy', {
    role: 'none', iam: { documentProperties: ['policy_document'] }, aliases: ['aws-native:iam:UserPolicy', 'aws-native:iam:GroupPolicy', 'aws-native:iam:ManagedPolicy'],
  }),
  // Managed-policy attachments: no document of their own; the credential rule reads their `policy_arn`.
  e('aws.iam.user-policy-attachment', 'aws_iam_user_policy_attachment', 'aws:iam/userPolicyAttachment:UserPolicyAttachment', { role: 'none', iam: { documentProperties: [] } }),
  e('aws.iam.role-policy-attachment', 'aws_iam_role_policy_attachment', 'aws:iam/rolePolicyAttachment:RolePolicyAttachment', { role: 'none', iam: { documentProperties: [] } }),
  e('aws.iam.group-policy-attachment', 'aws_iam_group_policy_attachment', 'aws:iam/groupPolicyAttachment:GroupPolicyAttachment', { role: 'none', iam: { documentProperties: [] } }),
  e('aws.iam.policy-attachment', 'aws_iam_policy_attachment', 'aws:iam/policyAttachment:PolicyAttachment', { role: 'none', iam: { documentProperties: [] } }),
  // IAM Identity Center permission sets: their inline policy and attached managed policies become the role policy of
  // every account the set is assigned in, held by people and by CI that sign in through it (@pulumi/aws
  // ssoadmin/permissionSetInlinePolicy.d.ts inlinePolicy, ssoadmin/managedPolicyAttachment.d.ts managedPolicyArn).
  e('aws.ssoadmin.permission-set-inline-policy', 'aws_ssoadmin_permission_set_inline_policy', 'aws:ssoadmin/permissionSetInlinePolicy:PermissionSetInlinePolicy', { role: 'none', iam: { documentProperties: ['inline_policy'] } }),
  e('aws.ssoadmin.managed-policy-attachment', 'aws_ssoadmin_managed_policy_attachment', 'aws:ssoadmin/managedPolicyAttachment:ManagedPolicyAttachment', { role: 'none', iam: { documentProperties: [], policyArns: ['managed_policy_arn'] } }),
  // Repository policies are resource policies: a grant of ecr:BatchDeleteImage or ecr:DeleteRepository to any
  // principal lets anyone delete the images (@pulumi/aws ecr/repositoryPolicy.d.ts, ecrpublic/repositoryPolicy.d.ts).
  e('aws.ecr.repository-policy', 'aws_ecr_repository_policy', 'aws:ecr/repositoryPolicy:RepositoryPolicy', {
    role: 'link', links: [{ property: 'repository', kind: 'registry', verb: 'grants access to' }], iam: { kind: 'resource', documentProperties: ['policy'] },
  }),
  e('aws.ecrpublic.repository-policy', 'aws_ecrpublic_repository_policy', 'aws:ecrpublic/repositoryPolicy:RepositoryPolicy', {
    role: 'link', links: [{ property: 'repository_name', kind: 'registry', verb: 'grants access to' }], iam: { kind: 'resource', documentProperties: ['policy'] },
  }),
  // Compute that mounts a file system: a Lambda function through an EFS access point, an ECS task definition's EFS
  // volumes (@pulumi/aws lambda/function.d.ts fileSystemConfig.arn, types/input.d.ts ecs.TaskDefinitionVolumeEfsVolumeConfiguration).
  e('aws.lambda.function', 'aws_lambda_function', 'aws:lambda/function:Function', {
    role: 'link', links: [{ property: 'file_system_config.arn', kind: 'file-system', verb: 'mounts' }],
    note: 'holds no data: its code is in the plan (filename, s3_key, image_uri); it links to the EFS access point it mounts',
  }),
  e('aws.ecs.task-definition', 'aws_ecs_task_definition', 'aws:ecs/taskDefinition:TaskDefinition', {
    role: 'link', links: [{ property: 'volume.efs_volume_configuration.file_system_id', kind: 'file-system', verb: 'mounts' }],
    note: 'holds no data; it links to the EFS file systems its volumes mount',
  }),
  ...awsNone,
];

