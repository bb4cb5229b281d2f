import type { CatalogEntry } from './types.js';

// AWS types under both names. Protection flags come from the provider docs (deletion_protection on
// RDS/DocDB/Neptune/Redshift/DynamoDB, force_destroy on S3 and Backup vaults, skip_final_snapshot on RDS).
const deletionProtection = { property: 'deletion_protection', safe: true, meaning: 'AWS refuses to delete it' } as const;
const noForceDestroy = { property: 'force_destroy', safe: 'absent', meaning: 'deleting it deletes every object it holds' } as const;

export const awsCatalog: CatalogEntry[] = [
  // Block storage
  { family: 'aws', canonical: 'aws.ebs.volume', terraform: 'aws_ebs_volume', pulumi: 'aws:ebs/volume:Volume', data: { kind: 'volume', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.ebs.snapshot', terraform: 'aws_ebs_snapshot', pulumi: 'aws:ebs/snapshot:Snapshot', data: { kind: 'snapshot', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.ebs.snapshot-copy', terraform: 'aws_ebs_snapshot_copy', pulumi: 'aws:ebs/snapshotCopy:SnapshotCopy', data: { kind: 'snapshot', protectionFlags: [] } },
  {
    family: 'aws', canonical: 'aws.ec2.volume-attachment', terraform: 'aws_volume_attachment', pulumi: 'aws:ec2/volumeAttachment:VolumeAttachment',
    links: [{ property: 'volume_id', kind: 'volume', verb: 'attaches' }],
  },
  // Relational databases
  {
    family: 'aws', canonical: 'aws.rds.instance', terraform: 'aws_db_instance', pulumi: 'aws:rds/instance:Instance',
    data: { kind: 'database', protectionFlags: [deletionProtection] },
    links: [{ property: 'replicate_source_db', kind: 'database', verb: 'replicates' }],
  },
  {
    family: 'aws', canonical: 'aws.rds.cluster', terraform: 'aws_rds_cluster', pulumi: 'aws:rds/cluster:Cluster',
    data: { kind: 'database', protectionFlags: [deletionProtection] },
  },
  { family: 'aws', canonical: 'aws.rds.cluster-instance', terraform: 'aws_rds_cluster_instance', pulumi: 'aws:rds/clusterInstance:ClusterInstance', data: { kind: 'database', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.rds.snapshot', terraform: 'aws_db_snapshot', pulumi: 'aws:rds/snapshot:Snapshot', data: { kind: 'database-snapshot', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.rds.cluster-snapshot', terraform: 'aws_db_cluster_snapshot', pulumi: 'aws:rds/clusterSnapshot:ClusterSnapshot', data: { kind: 'database-snapshot', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.rds.snapshot-copy', terraform: 'aws_db_snapshot_copy', pulumi: 'aws:rds/snapshotCopy:SnapshotCopy', data: { kind: 'database-snapshot', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.docdb.cluster', terraform: 'aws_docdb_cluster', pulumi: 'aws:docdb/cluster:Cluster', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  { family: 'aws', canonical: 'aws.neptune.cluster', terraform: 'aws_neptune_cluster', pulumi: 'aws:neptune/cluster:Cluster', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  {
    family: 'aws', canonical: 'aws.dynamodb.table', terraform: 'aws_dynamodb_table', pulumi: 'aws:dynamodb/table:Table',
    data: { kind: 'table', protectionFlags: [{ property: 'deletion_protection_enabled', safe: true, meaning: 'AWS refuses to delete it' }] },
  },
  // Object storage
  { family: 'aws', canonical: 'aws.s3.bucket', terraform: 'aws_s3_bucket', pulumi: 'aws:s3/bucket:Bucket', data: { kind: 'bucket', protectionFlags: [noForceDestroy] } },
  { family: 'aws', canonical: 'aws.s3.bucket-v2', pulumi: 'aws:s3/bucketV2:BucketV2', data: { kind: 'bucket', protectionFlags: [noForceDestroy] } },
  {
    family: 'aws', canonical: 'aws.s3.bucket-policy', terraform: 'aws_s3_bucket_policy', pulumi: 'aws:s3/bucketPolicy:BucketPolicy',
    links: [{ property: 'bucket', kind: 'bucket', verb: 'grants access to' }],
  },
  // Bucket settings that guard the data: versioning keeps overwritten and deleted objects, object lock keeps them undeletable.
  { family: 'aws', canonical: 'aws.s3.bucket-versioning', terraform: 'aws_s3_bucket_versioning', pulumi: 'aws:s3/bucketVersioning:BucketVersioning' },
  { family: 'aws', canonical: 'aws.s3.bucket-versioning', pulumi: 'aws:s3/bucketVersioningV2:BucketVersioningV2' },
  { family: 'aws', canonical: 'aws.s3.object-lock', terraform: 'aws_s3_bucket_object_lock_configuration', pulumi: 'aws:s3/bucketObjectLockConfiguration:BucketObjectLockConfiguration' },
  { family: 'aws', canonical: 'aws.s3.object-lock', pulumi: 'aws:s3/bucketObjectLockConfigurationV2:BucketObjectLockConfigurationV2' },
  {
    family: 'aws', canonical: 'aws.s3.bucket-replication', terraform: 'aws_s3_bucket_replication_configuration', pulumi: 'aws:s3/bucketReplicationConfig:BucketReplicationConfig',
    links: [{ property: 'bucket', kind: 'bucket', verb: 'replicates' }],
  },
  // File systems
  { family: 'aws', canonical: 'aws.efs.file-system', terraform: 'aws_efs_file_system', pulumi: 'aws:efs/fileSystem:FileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  {
    family: 'aws', canonical: 'aws.efs.mount-target', terraform: 'aws_efs_mount_target', pulumi: 'aws:efs/mountTarget:MountTarget',
    links: [{ property: 'file_system_id', kind: 'file-system', verb: 'mounts' }],
  },
  {
    family: 'aws', canonical: 'aws.efs.access-point', terraform: 'aws_efs_access_point', pulumi: 'aws:efs/accessPoint:AccessPoint',
    links: [{ property: 'file_system_id', kind: 'file-system', verb: 'mounts' }],
  },
  { family: 'aws', canonical: 'aws.fsx.lustre', terraform: 'aws_fsx_lustre_file_system', pulumi: 'aws:fsx/lustreFileSystem:LustreFileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.fsx.windows', terraform: 'aws_fsx_windows_file_system', pulumi: 'aws:fsx/windowsFileSystem:WindowsFileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.fsx.ontap', terraform: 'aws_fsx_ontap_file_system', pulumi: 'aws:fsx/ontapFileSystem:OntapFileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.fsx.openzfs', terraform: 'aws_fsx_openzfs_file_system', pulumi: 'aws:fsx/openZfsFileSystem:OpenZfsFileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  // Caches, warehouses, search
  { family: 'aws', canonical: 'aws.elasticache.cluster', terraform: 'aws_elasticache_cluster', pulumi: 'aws:elasticache/cluster:Cluster', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.elasticache.replication-group', terraform: 'aws_elasticache_replication_group', pulumi: 'aws:elasticache/replicationGroup:ReplicationGroup', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.memorydb.cluster', terraform: 'aws_memorydb_cluster', pulumi: 'aws:memorydb/cluster:Cluster', data: { kind: 'cache', protectionFlags: [] } },
  {
    family: 'aws', canonical: 'aws.redshift.cluster', terraform: 'aws_redshift_cluster', pulumi: 'aws:redshift/cluster:Cluster',
    data: { kind: 'warehouse', protectionFlags: [] },
  },
  { family: 'aws', canonical: 'aws.opensearch.domain', terraform: 'aws_opensearch_domain', pulumi: 'aws:opensearch/domain:Domain', data: { kind: 'search-domain', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.elasticsearch.domain', terraform: 'aws_elasticsearch_domain', pulumi: 'aws:elasticsearch/domain:Domain', data: { kind: 'search-domain', protectionFlags: [] } },
  // Backups
  { family: 'aws', canonical: 'aws.backup.vault', terraform: 'aws_backup_vault', pulumi: 'aws:backup/vault:Vault', data: { kind: 'backup-vault', protectionFlags: [noForceDestroy] } },
  { family: 'aws', canonical: 'aws.backup.vault-lock', terraform: 'aws_backup_vault_lock_configuration', pulumi: 'aws:backup/vaultLockConfiguration:VaultLockConfiguration' },
  { family: 'aws', canonical: 'aws.backup.plan', terraform: 'aws_backup_plan', pulumi: 'aws:backup/plan:Plan' },
  {
    family: 'aws', canonical: 'aws.backup.selection', terraform: 'aws_backup_selection', pulumi: 'aws:backup/selection:Selection',
    links: [{ property: 'resources', kind: 'volume', verb: 'backs up' }],
  },
  { family: 'aws', canonical: 'aws.dlm.lifecycle-policy', terraform: 'aws_dlm_lifecycle_policy', pulumi: 'aws:dlm/lifecyclePolicy:LifecyclePolicy' },
  // Keys and secrets: deleting a key makes everything encrypted with it unreadable.
  // AWS never deletes a KMS key at once: it schedules the deletion 7 to 30 days ahead, and it can be cancelled.
  { family: 'aws', canonical: 'aws.kms.key', terraform: 'aws_kms_key', pulumi: 'aws:kms/key:Key', data: { kind: 'key', protectionFlags: [{ property: 'deletion_window_in_days', safe: 'window', meaning: 'the deletion is scheduled and can be cancelled' }] } },
  // A secret is recoverable during its recovery window (30 days unless set); 0 deletes it at once.
  { family: 'aws', canonical: 'aws.secretsmanager.secret', terraform: 'aws_secretsmanager_secret', pulumi: 'aws:secretsmanager/secret:Secret', data: { kind: 'secret', protectionFlags: [{ property: 'recovery_window_in_days', safe: 'window', meaning: 'a deleted secret can be restored during the window' }] } },
  // More data stores, found missing by review: global and serverless variants, ledgers, archives, image registries.
  { family: 'aws', canonical: 'aws.kms.replica-key', terraform: 'aws_kms_replica_key', pulumi: 'aws:kms/replicaKey:ReplicaKey', data: { kind: 'key', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.kms.external-key', terraform: 'aws_kms_external_key', pulumi: 'aws:kms/externalKey:ExternalKey', data: { kind: 'key', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.dynamodb.global-table', terraform: 'aws_dynamodb_global_table', pulumi: 'aws:dynamodb/globalTable:GlobalTable', data: { kind: 'table', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.rds.global-cluster', terraform: 'aws_rds_global_cluster', pulumi: 'aws:rds/globalCluster:GlobalCluster', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  { family: 'aws', canonical: 'aws.glacier.vault', terraform: 'aws_glacier_vault', pulumi: 'aws:glacier/vault:Vault', data: { kind: 'backup-vault', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.elasticache.serverless-cache', terraform: 'aws_elasticache_serverless_cache', pulumi: 'aws:elasticache/serverlessCache:ServerlessCache', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.redshiftserverless.namespace', terraform: 'aws_redshiftserverless_namespace', pulumi: 'aws:redshiftserverless/namespace:Namespace', data: { kind: 'warehouse', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.qldb.ledger', terraform: 'aws_qldb_ledger', pulumi: 'aws:qldb/ledger:Ledger', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  { family: 'aws', canonical: 'aws.keyspaces.table', terraform: 'aws_keyspaces_table', pulumi: 'aws:keyspaces/table:Table', data: { kind: 'table', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.timestreamwrite.table', terraform: 'aws_timestreamwrite_table', pulumi: 'aws:timestreamwrite/table:Table', data: { kind: 'table', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.docdbelastic.cluster', terraform: 'aws_docdbelastic_cluster', pulumi: 'aws:docdbelastic/cluster:Cluster', data: { kind: 'database', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.dsql.cluster', terraform: 'aws_dsql_cluster', pulumi: 'aws:dsql/cluster:Cluster', data: { kind: 'database', protectionFlags: [{ property: 'deletion_protection_enabled', safe: true, meaning: 'AWS refuses to delete it' }] } },
  { family: 'aws', canonical: 'aws.dax.cluster', terraform: 'aws_dax_cluster', pulumi: 'aws:dax/cluster:Cluster', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws.ecr.repository', terraform: 'aws_ecr_repository', pulumi: 'aws:ecr/repository:Repository', data: { kind: 'bucket', protectionFlags: [noForceDestroy] } },
  // AWS Cloud Control (aws-native) names for the same stores.
  { family: 'aws', canonical: 'aws-native.ec2.volume', pulumi: 'aws-native:ec2:Volume', data: { kind: 'volume', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.rds.db-instance', pulumi: 'aws-native:rds:DbInstance', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  { family: 'aws', canonical: 'aws-native.rds.db-cluster', pulumi: 'aws-native:rds:DbCluster', data: { kind: 'database', protectionFlags: [deletionProtection] } },
  { family: 'aws', canonical: 'aws-native.dynamodb.table', pulumi: 'aws-native:dynamodb:Table', data: { kind: 'table', protectionFlags: [{ property: 'deletion_protection_enabled', safe: true, meaning: 'AWS refuses to delete it' }] } },
  { family: 'aws', canonical: 'aws-native.dynamodb.global-table', pulumi: 'aws-native:dynamodb:GlobalTable', data: { kind: 'table', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.s3.bucket', pulumi: 'aws-native:s3:Bucket', data: { kind: 'bucket', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.efs.file-system', pulumi: 'aws-native:efs:FileSystem', data: { kind: 'file-system', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.kms.key', pulumi: 'aws-native:kms:Key', data: { kind: 'key', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.elasticache.replication-group', pulumi: 'aws-native:elasticache:ReplicationGroup', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.opensearchservice.domain', pulumi: 'aws-native:opensearchservice:Domain', data: { kind: 'search-domain', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.redshift.cluster', pulumi: 'aws-native:redshift:Cluster', data: { kind: 'warehouse', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.memorydb.cluster', pulumi: 'aws-native:memorydb:Cluster', data: { kind: 'cache', protectionFlags: [] } },
  { family: 'aws', canonical: 'aws-native.backup.backup-vault', pulumi: 'aws-native:backup:BackupVault', data: { kind: 'backup-vault', protectionFlags: [] } },
  // Identity
  { family: 'aws', canonical: 'aws.iam.policy', terraform: 'aws_iam_policy', pulumi: 'aws:iam/policy:Policy', iam: { documentProperties: ['policy'] } },
  { family: 'aws', canonical: 'aws.iam.user-policy', terraform: 'aws_iam_user_policy', pulumi: 'aws:iam/userPolicy:UserPolicy', iam: { documentProperties: ['policy'] } },
  { family: 'aws', canonical: 'aws.iam.role-policy', terraform: 'aws_iam_role_policy', pulumi: 'aws:iam/rolePolicy:RolePolicy', iam: { documentProperties: ['policy'] } },
  { family: 'aws', canonical: 'aws.iam.group-policy', terraform: 'aws_iam_group_policy', pulumi: 'aws:iam/groupPolicy:GroupPolicy', iam: { documentProperties: ['policy'] } },
  { family: 'aws', canonical: 'aws.iam.role', terraform: 'aws_iam_role', pulumi: 'aws:iam/role:Role', iam: { documentProperties: ['inline_policy.*.policy', 'inline_policies.*.policy'] } },
  {
    family: 'aws', canonical: 'aws.iam.policy-attachment', terraform: 'aws_iam_user_policy_attachment', pulumi: 'aws:iam/userPolicyAttachment:UserPolicyAttachment',
    iam: { documentProperties: [] },
  },
  // Managed-policy attachments to roles and groups, and the exclusive attachment to users, roles and groups at once:
  // no document of their own; the credential rule reads their `policy_arn`.
  {
    family: 'aws', canonical: 'aws.iam.policy-attachment', terraform: 'aws_iam_role_policy_attachment', pulumi: 'aws:iam/rolePolicyAttachment:RolePolicyAttachment',
    iam: { documentProperties: [] },
  },
  {
    family: 'aws', canonical: 'aws.iam.policy-attachment', terraform: 'aws_iam_group_policy_attachment', pulumi: 'aws:iam/groupPolicyAttachment:GroupPolicyAttachment',
    iam: { documentProperties: [] },
  },
  {
    family: 'aws', canonical: 'aws.iam.policy-attachment', terraform: 'aws_iam_policy_attachment', pulumi: 'aws:iam/policyAttachment:PolicyAttachment',
    iam: { documentProperties: [] },
  },
];
