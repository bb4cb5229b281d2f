// More AWS entries (hashicorp/aws 6.25.0 via @cdktf/provider-aws 21.22.1; @pulumi/aws 7.48.0), in the style of
// aws.ts: the stores, guards and links beyond the core ones, found by the storage words of their names
// (catalog.schema.test.ts) and among the types whose names hide a store or a timer that deletes data (an ECR or
// OpenSearch Serverless lifecycle, a SageMaker domain's home file system, a CloudTrail Lake store). Facts are from
// the providers' docs in those packages (`<module>/<name>.d.ts` of @pulumi/aws, `lib/<name>/index.d.ts` of
// @cdktf/provider-aws), named per field. The types of this provider that hold none are in aws-none.ts.

import type { CatalogEntry, GuardField } from './types.js';
import { memberOf, read } from './read.js';
import { ecrLifecycleExpirations, opensearchRetentionExpirations, s3LifecycleExpirations } from './expiry.js';

const e = (canonical: string, terraform: string | undefined, pulumi: string | undefined, rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi'>): CatalogEntry =>
  ({ family: 'aws', canonical, ...(terraform ? { terraform } : {}), ...(pulumi ? { pulumi } : {}), ...rest });

/** A replica of something whose copy stays: named by a property. */

/** `force_destroy`-style switches: while false, the provider refuses to delete a store that still holds data. */
const refusesNonEmpty = (path: string, what: string, source: string, fallback?: boolean): GuardField =>
  ({ path, protects: false, ...(fallback !== undefined ? { default: fallback } : {}), deletion: 'refused', what, source });

const KMS_WINDOW = (source: string): GuardField =>
  ({ path: 'deletion_window_in_days', protects: 'more', default: 30, deletion: 'recoverable', recovery: true, what: 'the key deletion waiting period', source });

export const awsMoreCatalog: CatalogEntry[] = [
  // Registries of code and packages: what was pushed or published exists nowhere else.
  e('aws.codeartifact.repository', 'aws_codeartifact_repository', 'aws:codeartifact/repository:Repository', {
    role: 'data', data: { kind: 'registry' }, note: 'packages published to it (or cached from upstreams) are deleted with it (@pulumi/aws codeartifact/repository.d.ts)',
  }),
  e('aws.codecatalyst.source-repository', 'aws_codecatalyst_source_repository', 'aws:codecatalyst/sourceRepository:SourceRepository', {
    role: 'data', data: { kind: 'registry' }, note: 'a Git repository hosted by CodeCatalyst (@pulumi/aws codecatalyst/sourceRepository.d.ts)',
  }),
  // The Pulumi and Terraform docs give force_destroy no text and no default: only its value is read.
  e('aws.ecrpublic.repository', 'aws_ecrpublic_repository', 'aws:ecrpublic/repository:Repository', {
    role: 'data', data: { kind: 'registry' },
    guards: [refusesNonEmpty('force_destroy', 'protection against deleting a repository that still holds images', '@cdktf/provider-aws lib/ecrpublic-repository/index.d.ts (no default documented)')],
  }),
  // ECR lifecycle rules expire images on a timer: a delete of data with no delete in the plan.
  e('aws.ecr.lifecycle-policy', 'aws_ecr_lifecycle_policy', 'aws:ecr/lifecyclePolicy:LifecyclePolicy', {
    role: 'guard',
    guardOf: { target: 'repository' },
    expiry: { attributes: ['policy'], expirations: ecrLifecycleExpirations, source: '@pulumi/aws ecr/lifecyclePolicy.d.ts, types/input.d.ts ecr.LifecyclePolicySelection' },
  }),
  // Buckets and vector stores
  e('aws.lightsail.bucket', 'aws_lightsail_bucket', 'aws:lightsail/bucket:Bucket', {
    role: 'data', data: { kind: 'bucket' },
    // "AWS by default will not delete a bucket which is not empty"; no default value is given for the field.
    guards: [refusesNonEmpty('force_delete', 'protection against deleting a bucket that still holds objects', '@pulumi/aws lightsail/bucket.d.ts')],
  }),
  e('aws.s3vectors.vector-bucket', 'aws_s3vectors_vector_bucket', 'aws:s3/vectorsVectorBucket:VectorsVectorBucket', {
    role: 'data', data: { kind: 'bucket' },
    guards: [refusesNonEmpty('force_destroy', 'protection against deleting a vector bucket that still holds indexes and vectors', '@pulumi/aws s3/vectorsVectorBucket.d.ts')],
  }),
  e('aws.s3vectors.index', 'aws_s3vectors_index', 'aws:s3/vectorsIndex:VectorsIndex', {
    role: 'data', data: { kind: 'table' }, note: 'holds the vectors written to it (@pulumi/aws s3/vectorsIndex.d.ts)',
  }),
  // S3 on Outposts: the same lifecycle rules as S3 (status defaults to Enabled).
  e('aws.s3control.bucket-lifecycle', 'aws_s3control_bucket_lifecycle_configuration', 'aws:s3control/bucketLifecycleConfiguration:BucketLifecycleConfiguration', {
    role: 'guard',
    guardOf: { target: 'bucket' },
    expiry: {
      attributes: ['rule.status', 'rule.expiration.days', 'rule.expiration.date', 'rule.filter.prefix', 'rule.filter.tags'],
      expirations: s3LifecycleExpirations,
      source: '@pulumi/aws types/input.d.ts s3control.BucketLifecycleConfigurationRule',
    },
  }),
  e('aws.s3control.bucket-policy', 'aws_s3control_bucket_policy', 'aws:s3control/bucketPolicy:BucketPolicy', {
    role: 'link', links: [{ property: 'bucket', kind: 'bucket', verb: 'grants access to' }],
  }),
  e('aws.s3tables.table-bucket-replication', 'aws_s3tables_table_bucket_replication', 'aws:s3tables/tableBucketReplication:TableBucketReplication', {
    role: 'link', links: [{ property: 'table_bucket_arn', kind: 'bucket', verb: 'replicates' }],
  }),
  e('aws.s3tables.table-replication', 'aws_s3tables_table_replication', 'aws:s3tables/tableReplication:TableReplication', {
    role: 'link', links: [{ property: 'table_arn', kind: 'table', verb: 'replicates' }],
  }),
  // S3 Files (Pulumi only in these versions): a file-system view of a bucket, whose objects hold the files.
  e('aws.s3.files-file-system', undefined, 'aws:s3/filesFileSystem:FilesFileSystem', {
    role: 'link', links: [{ property: 'bucket', kind: 'bucket', verb: 'mounts' }],
  }),
  // Storage Gateway: volumes hold block data (in AWS for cached volumes, on the gateway's disk for stored ones, with
  // snapshots in AWS); file shares put their files into the bucket named by location_arn.
  e('aws.storagegateway.cached-iscsi-volume', 'aws_storagegateway_cached_iscsi_volume', 'aws:storagegateway/cachesIscsiVolume:CachesIscsiVolume', { role: 'data', data: { kind: 'volume' } }),
  e('aws.storagegateway.stored-iscsi-volume', 'aws_storagegateway_stored_iscsi_volume', 'aws:storagegateway/storedIscsiVolume:StoredIscsiVolume', {
    role: 'data', data: { kind: 'volume' }, note: 'whether deleting a stored volume leaves the data on the gateway disk is not verified: treated as data',
  }),
  e('aws.storagegateway.nfs-file-share', 'aws_storagegateway_nfs_file_share', 'aws:storagegateway/nfsFileShare:NfsFileShare', {
    role: 'link', links: [{ property: 'location_arn', kind: 'bucket', verb: 'mounts' }],
  }),
  e('aws.storagegateway.smb-file-share', 'aws_storagegateway_smb_file_share', 'aws:storagegateway/smbFileShare:SmbFileShare', {
    role: 'link', links: [{ property: 'location_arn', kind: 'bucket', verb: 'mounts' }],
  }),
  // Block storage
  e('aws.ebs.volume-copy', undefined, 'aws:ebs/volumeCopy:VolumeCopy', {
    role: 'data', data: { kind: 'volume' }, note: 'a new volume copied from source_volume_id: once written to, it holds its own data (@pulumi/aws ebs/volumeCopy.d.ts)',
  }),
  e('aws.lightsail.disk-attachment', 'aws_lightsail_disk_attachment', 'aws:lightsail/disk_attachment:Disk_attachment', {
    role: 'link', links: [{ property: 'disk_name', kind: 'volume', verb: 'attaches' }],
  }),
  e('aws.finspace.kx-volume', 'aws_finspace_kx_volume', 'aws:finspace/kxVolume:KxVolume', { role: 'data', data: { kind: 'volume' } }),
  // Databases
  e('aws.finspace.kx-database', 'aws_finspace_kx_database', 'aws:finspace/kxDatabase:KxDatabase', { role: 'data', data: { kind: 'database' } }),
  e('aws.timestreaminfluxdb.db-cluster', 'aws_timestreaminfluxdb_db_cluster', 'aws:timestreaminfluxdb/dbCluster:DbCluster', { role: 'data', data: { kind: 'database' } }),
  // Aurora Limitless: the shard group holds the sharded tables' data.
  e('aws.rds.shard-group', 'aws_rds_shard_group', 'aws:rds/shardGroup:ShardGroup', { role: 'data', data: { kind: 'database' } }),
  // Oracle Database@AWS: VM clusters hold the databases; the Exadata infrastructure holds their storage servers. Whether
  // deleting the infrastructure is refused while VM clusters remain is not verified: treated as data.
  e('aws.odb.cloud-vm-cluster', 'aws_odb_cloud_vm_cluster', 'aws:odb/cloudVmCluster:CloudVmCluster', { role: 'data', data: { kind: 'database' } }),
  e('aws.odb.cloud-autonomous-vm-cluster', 'aws_odb_cloud_autonomous_vm_cluster', 'aws:odb/cloudAutonomousVmCluster:CloudAutonomousVmCluster', { role: 'data', data: { kind: 'database' } }),
  e('aws.odb.cloud-exadata-infrastructure', 'aws_odb_cloud_exadata_infrastructure', 'aws:odb/cloudExadataInfrastructure:CloudExadataInfrastructure', {
    role: 'data', data: { kind: 'database' }, note: 'hosts the storage of its VM clusters; treated as data (cascade not verified)',
  }),
  // Backups kept in another region: removing the replication stops them (the guard is on the source's recovery).
  e('aws.rds.automated-backups-replication', 'aws_db_instance_automated_backups_replication', 'aws:rds/instanceAutomatedBackupsReplication:InstanceAutomatedBackupsReplication', {
    role: 'guard',
    guardOf: { target: 'source_db_instance_arn', removal: 'removing it stops copying the database\'s automated backups to the other region' },
    guards: [{ path: 'retention_period', protects: 'more', default: 7, recovery: true, what: 'the retention of the replicated backups', source: '@pulumi/aws rds/instanceAutomatedBackupsReplication.d.ts' }],
  }),
  e('aws.redshift.snapshot-copy', 'aws_redshift_snapshot_copy', 'aws:redshift/snapshotCopy:SnapshotCopy', {
    role: 'guard',
    guardOf: { target: 'cluster_identifier', removal: 'removing it stops copying the cluster\'s snapshots to the other region' },
    guards: [{ path: 'retention_period', protects: 'more', recovery: true, what: 'the retention of the copied automated snapshots', source: '@pulumi/aws redshift/snapshotCopy.d.ts' }],
  }),
  // Snapshots
  e('aws.fsx.openzfs-snapshot', 'aws_fsx_openzfs_snapshot', 'aws:fsx/openZfsSnapshot:OpenZfsSnapshot', {
    role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'volume_id' },
  }),
  e('aws.kinesisanalyticsv2.application-snapshot', 'aws_kinesisanalyticsv2_application_snapshot', 'aws:kinesisanalyticsv2/applicationSnapshot:ApplicationSnapshot', {
    role: 'data', data: { kind: 'snapshot' }, note: 'the saved state of a Flink application, to restart it from (@pulumi/aws kinesisanalyticsv2/applicationSnapshot.d.ts)',
  }),
  // File systems and caches
  // Files written to the cache and not yet exported to its data repository exist only in the cache.
  e('aws.fsx.file-cache', 'aws_fsx_file_cache', 'aws:fsx/fileCache:FileCache', {
    role: 'data', data: { kind: 'cache' }, note: 'files written to the cache and not yet exported to its data repositories exist only there',
  }),
  // A data repository association deletes the files of its path in the file system only when asked to.
  e('aws.fsx.data-repository-association', 'aws_fsx_data_repository_association', 'aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation', {
    role: 'data',
    data: {
      kind: 'file-system',
      noUniqueData: [{
        attributes: ['delete_data_in_filesystem'],
        reason: 'delete_data_in_filesystem is not true (it defaults to false): deleting the association leaves the files in the file system',
        test: (p) => read(p, 'delete_data_in_filesystem') !== true,
      }],
    },
    links: [{ property: 'file_system_id', kind: 'file-system', verb: 'mounts' }],
    note: '@pulumi/aws fsx/dataRepositoryAssociation.d.ts: "Set to true to delete files from the file system upon deleting this data repository association. Defaults to `false`."',
  }),
  // Replicating into an existing file system overwrites it; removing the replication deletes neither file system.
  e('aws.efs.replication-configuration', 'aws_efs_replication_configuration', 'aws:efs/replicationConfiguration:ReplicationConfiguration', {
    role: 'link', links: [{ property: 'source_file_system_id', kind: 'file-system', verb: 'replicates' }],
    note: 'replicating into an existing destination file system overwrites it, which its protection.replication_overwrite = DISABLED allows (@pulumi/aws types/input.d.ts efs.FileSystemProtection); that is not modelled here',
  }),
  // A SageMaker domain's home file system (users' notebooks and files) is kept after the domain is deleted, unless
  // retention_policy.home_efs_file_system is Delete ("By default, all resources are retained", sagemaker/domain.d.ts).
  e('aws.sagemaker.domain', 'aws_sagemaker_domain', 'aws:sagemaker/domain:Domain', {
    role: 'data',
    data: {
      kind: 'file-system',
      noUniqueData: [{
        attributes: ['retention_policy.home_efs_file_system'],
        reason: 'its home file system is retained when the domain is deleted (retention_policy.home_efs_file_system is not Delete)',
        test: (p) => read(p, 'retention_policy.home_efs_file_system') !== 'Delete',
      }],
    },
    guards: [{
      path: 'retention_policy.home_efs_file_system', protects: 'values', safeValues: ['Retain'], default: 'Retain', recovery: true,
      what: 'the home file system kept after the domain is deleted', source: '@pulumi/aws types/input.d.ts sagemaker.DomainRetentionPolicy',
    }],
  }),
  // "When you delete a notebook instance, you lose all of your data … deletes the ML storage volume" (SageMaker API
  // reference, DeleteNotebookInstance): the notebooks and files under /home/ec2-user/SageMaker live on that volume.
  e('aws.sagemaker.notebook-instance', 'aws_sagemaker_notebook_instance', 'aws:sagemaker/notebookInstance:NotebookInstance', {
    role: 'data', data: { kind: 'volume' }, note: 'its ML storage volume is deleted with it (SageMaker API reference, DeleteNotebookInstance)',
  }),
  // A WorkSpace's user volume (D:) holds the user's files and goes with it.
  e('aws.workspaces.workspace', 'aws_workspaces_workspace', 'aws:workspaces/workspace:Workspace', {
    role: 'data', data: { kind: 'volume' }, note: 'its user volume holds the user\'s files (@pulumi/aws workspaces/workspace.d.ts)',
  }),
  // Keys
  e('aws.kms.replica-external-key', 'aws_kms_replica_external_key', 'aws:kms/replicaExternalKey:ReplicaExternalKey', {
    role: 'data',
    data: { kind: 'key', noUniqueData: [memberOf('primary_key_arn', 'it is a replica of a multi-Region key: the same key material stays in the primary')] },
    guards: [KMS_WINDOW('@pulumi/aws kms/replicaExternalKey.d.ts')],
  }),
  // Logs and archives kept as records
  e('aws.cloudtrail.event-data-store', 'aws_cloudtrail_event_data_store', 'aws:cloudtrail/eventDataStore:EventDataStore', {
    role: 'data', data: { kind: 'log' },
    guards: [
      { path: 'termination_protection_enabled', protects: true, default: true, deletion: 'refused', what: 'termination protection', source: '@pulumi/aws cloudtrail/eventDataStore.d.ts' },
      { path: 'retention_period', protects: 'more', default: 2555, recovery: true, what: 'the retention of the events', source: '@pulumi/aws cloudtrail/eventDataStore.d.ts' },
    ],
  }),
  // EventBridge archives keep events for replay ("By default, it archives indefinitely"; retention_days 0 is that
  // default, so the number is not a `more` guard).
  e('aws.cloudwatch.event-archive', 'aws_cloudwatch_event_archive', 'aws:cloudwatch/eventArchive:EventArchive', {
    role: 'data', data: { kind: 'log' }, note: 'archived events, kept to be replayed (@pulumi/aws cloudwatch/eventArchive.d.ts)',
  }),
  // SES Mail Manager archives (Pulumi only in these versions) keep the archived e-mail for their retention period.
  e('aws.mailmanager.archive', undefined, 'aws:mailmanager/archive:Archive', {
    role: 'data', data: { kind: 'log' }, note: 'archived e-mail (@pulumi/aws mailmanager/archive.d.ts)',
  }),
  // OpenSearch Serverless retention policies delete index documents older than MinIndexRetention.
  e('aws.opensearchserverless.lifecycle-policy', 'aws_opensearchserverless_lifecycle_policy', 'aws:opensearch/serverlessLifecyclePolicy:ServerlessLifecyclePolicy', {
    role: 'guard',
    guardOf: {},
    expiry: { attributes: ['policy', 'type'], expirations: opensearchRetentionExpirations, source: '@pulumi/aws opensearch/serverlessLifecyclePolicy.d.ts (AWS OpenSearch Serverless lifecycle policies)' },
  }),
];
