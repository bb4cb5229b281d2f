// Judgements over the AWS entries (aws.ts, aws-more.ts, aws-none.ts), in both tools' shapes: Terraform plan JSON
// (snake_case, nested blocks as lists) and Pulumi inputs (camelCase, nested blocks as objects, repeated blocks plural).
import { describe, expect, test } from 'vitest';
import { catalog, entryOf, guardOf as guard } from '../../test/support/catalog-entries.js';
import { ecrLifecycleExpirations, opensearchRetentionExpirations, s3LifecycleExpirations } from './expiry.js';
import { expiryShortened, protects, weakens } from './guards.js';


describe('attribute facts: what holds no unique data', () => {
  test('an RDS read replica holds a copy; a primary holds the data', () => {
    expect(catalog.judge('aws_db_instance', { replicate_source_db: 'db-primary' })).toMatchObject({ holdsData: false, reason: expect.stringContaining('read replica') });
    expect(catalog.judge('aws:rds/instance:Instance', { replicateSourceDb: 'db-primary' }).holdsData).toBe(false);
    expect(catalog.judge('aws_db_instance', { replicate_source_db: null, engine: 'postgres' })).toMatchObject({ holdsData: true, kind: 'database' });
    expect(catalog.judge('aws:rds/instance:Instance', { engine: 'postgres' }).holdsData).toBe(true);
    // A source no cloud could name (a look-alike letter, a control character) makes no read replica.
    expect(catalog.judge('aws_db_instance', { replicate_source_db: '\u043erders', engine: 'postgres' }).holdsData).toBe(true);
    expect(catalog.judge('aws_db_instance', { replicate_source_db: 'orders\u0000', engine: 'postgres' }).holdsData).toBe(true);
    expect(catalog.judge('aws_db_instance', { replicate_source_db: 'arn:aws:rds:us-east-1:111111111111:db:orders' }).holdsData).toBe(false);
  });

  test('an ElastiCache memcached node keeps nothing; a Redis node outside a replication group does', () => {
    expect(catalog.judge('aws_elasticache_cluster', { engine: 'memcached' })).toMatchObject({ holdsData: false, reason: expect.stringContaining('memcached') });
    expect(catalog.judge('aws:elasticache/cluster:Cluster', { engine: 'memcached' }).holdsData).toBe(false);
    expect(catalog.judge('aws_elasticache_cluster', { engine: 'redis' }).holdsData).toBe(true);
    expect(catalog.judge('aws:elasticache/cluster:Cluster', { engine: 'redis', replicationGroupId: 'rg-1' }).holdsData).toBe(false);
  });

  test('a member of a cluster whose volume stays holds nothing unique', () => {
    expect(catalog.judge('aws_rds_cluster_instance', { cluster_identifier: 'aurora-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws:rds/clusterInstance:ClusterInstance', { clusterIdentifier: 'aurora-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws:docdb/clusterInstance:ClusterInstance', { clusterIdentifier: 'docs-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws_neptune_cluster_instance', { cluster_identifier: 'graph-1' }).holdsData).toBe(false);
    // The cluster itself holds the data.
    expect(catalog.judge('aws_rds_cluster', { engine: 'aurora-postgresql' }).holdsData).toBe(true);
  });

  test('an S3 object whose content the plan carries can be uploaded again; one without can not', () => {
    expect(catalog.judge('aws_s3_object', { bucket: 'b', key: 'k', source: 'build/app.zip' }).holdsData).toBe(false);
    expect(catalog.judge('aws_s3_bucket_object', { bucket: 'b', key: 'k', content: 'hello' }).holdsData).toBe(false);
    expect(catalog.judge('aws:s3/bucketObjectv2:BucketObjectv2', { bucket: 'b', key: 'k', contentBase64: 'aGVsbG8=' }).holdsData).toBe(false);
    expect(catalog.judge('aws_s3_object', { bucket: 'b', key: 'k', source: null, content: '' })).toMatchObject({ holdsData: true, kind: 'object' });
  });

  test('a multi-Region replica key shares its material with the primary', () => {
    expect(catalog.judge('aws_kms_replica_external_key', { primary_key_arn: 'arn:aws:kms:eu-west-1:1:key/mrk-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws:kms/replicaKey:ReplicaKey', { primaryKeyArn: 'arn:aws:kms:eu-west-1:1:key/mrk-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws_kms_key', { description: 'k' }).holdsData).toBe(true);
  });

  test('an FSx data repository association destroys files only with delete_data_in_filesystem', () => {
    expect(catalog.judge('aws_fsx_data_repository_association', { file_system_id: 'fs-1' }).holdsData).toBe(false);
    expect(catalog.judge('aws_fsx_data_repository_association', { file_system_id: 'fs-1', delete_data_in_filesystem: true })).toMatchObject({ holdsData: true, kind: 'file-system' });
    expect(catalog.judge('aws:fsx/dataRepositoryAssociation:DataRepositoryAssociation', { fileSystemId: 'fs-1', deleteDataInFilesystem: true }).holdsData).toBe(true);
  });

  test('a SageMaker domain takes its home file system only under the Delete retention policy', () => {
    expect(catalog.judge('aws_sagemaker_domain', { domain_name: 'd' }).holdsData).toBe(false);
    expect(catalog.judge('aws_sagemaker_domain', { retention_policy: [{ home_efs_file_system: 'Delete' }] }).holdsData).toBe(true);
    expect(catalog.judge('aws:sagemaker/domain:Domain', { retentionPolicy: { homeEfsFileSystem: 'Delete' } }).holdsData).toBe(true);
    expect(catalog.judge('aws:sagemaker/domain:Domain', { retentionPolicy: { homeEfsFileSystem: 'Retain' } }).holdsData).toBe(false);
  });

  test('stores whose names carry no storage word are data', () => {
    for (const type of ['aws_sagemaker_notebook_instance', 'aws:workspaces/workspace:Workspace', 'aws_s3vectors_index', 'aws:cloudtrail/eventDataStore:EventDataStore']) {
      expect(catalog.dataVerdict(type), type).toMatchObject({ holdsData: true, known: true });
    }
  });

  test('the types named for storage that hold none say so, under both names', () => {
    for (const type of ['aws_dynamodb_table_replica', 'aws:dynamodb/tableReplica:TableReplica', 'aws_route_table', 'aws:ec2/routeTable:RouteTable',
      'aws:s3/bucketAclV2:BucketAclV2', 'aws_backup_restore_testing_plan', 'aws:backup/restoreTestingSelection:RestoreTestingSelection', 'aws_glue_catalog_table']) {
      expect(catalog.dataVerdict(type), type).toMatchObject({ holdsData: false, known: true });
      expect(entryOf(type).note, type).toBeTruthy();
    }
  });
});

describe('guard fields: what weakening looks like', () => {
  test('turning deletion protection off weakens it, in either spelling; leaving it on or unset on both sides does not', () => {
    const field = guard('aws_db_instance', 'deletion_protection');
    expect(weakens(field, { deletion_protection: true }, { deletion_protection: false })).toBe(true);
    expect(weakens(field, { deletionProtection: true }, { deletionProtection: false })).toBe(true);
    // Removed from the configuration: the provider's default (false) applies.
    expect(weakens(field, { deletion_protection: true }, {})).toBe(true);
    expect(weakens(field, { deletion_protection: true }, { deletion_protection: true })).toBe(false);
    expect(weakens(field, {}, {})).toBe(false);
    expect(field.deletion).toBe('refused');
  });

  test('DynamoDB point-in-time recovery turned off weakens recovery (Terraform block list, Pulumi object)', () => {
    const field = guard('aws_dynamodb_table', 'point_in_time_recovery.enabled');
    expect(weakens(field, { point_in_time_recovery: [{ enabled: true }] }, { point_in_time_recovery: [{ enabled: false }] })).toBe(true);
    expect(weakens(field, { pointInTimeRecovery: { enabled: true } }, { pointInTimeRecovery: { enabled: false } })).toBe(true);
    expect(weakens(field, { pointInTimeRecovery: { enabled: false } }, { pointInTimeRecovery: { enabled: true } })).toBe(false);
    expect(protects(field, {})).toBe(false);
  });

  test('backup retention: a cut weakens, a rise does not, and a field left out keeps its value (no default)', () => {
    const field = guard('aws_db_instance', 'backup_retention_period');
    expect(weakens(field, { backup_retention_period: 7 }, { backup_retention_period: 0 })).toBe(true);
    expect(weakens(field, { backupRetentionPeriod: 7 }, { backupRetentionPeriod: 1 })).toBe(true);
    expect(weakens(field, { backup_retention_period: 7 }, { backup_retention_period: 14 })).toBe(false);
    expect(weakens(field, { backup_retention_period: 7 }, {})).toBe(false);
    const replicated = guard('aws_db_instance_automated_backups_replication', 'retention_period');
    expect(weakens(replicated, {}, { retention_period: 3 })).toBe(true);
  });

  test('S3 versioning suspended weakens; the status reads from both shapes', () => {
    const field = guard('aws_s3_bucket_versioning', 'versioning_configuration.status');
    expect(weakens(field, { versioning_configuration: [{ status: 'Enabled' }] }, { versioning_configuration: [{ status: 'Suspended' }] })).toBe(true);
    expect(weakens(field, { versioningConfiguration: { status: 'Enabled' } }, { versioningConfiguration: { status: 'Suspended' } })).toBe(true);
    expect(weakens(field, { versioningConfiguration: { status: 'Suspended' } }, { versioningConfiguration: { status: 'Enabled' } })).toBe(false);
    expect(catalog.entry('aws:s3/bucketVersioningV2:BucketVersioningV2')?.guardOf?.removal).toContain('suspends versioning');
  });

  test('the KMS deletion window: a cut weakens, counting an unset window as its default of 30 days', () => {
    const field = guard('aws_kms_key', 'deletion_window_in_days');
    expect(weakens(field, { deletion_window_in_days: 30 }, { deletion_window_in_days: 7 })).toBe(true);
    expect(weakens(field, {}, { deletionWindowInDays: 7 })).toBe(true);
    expect(weakens(field, { deletion_window_in_days: 7 }, {})).toBe(false);
    expect(field.deletion).toBe('recoverable');
    const external = guard('aws:kms/replicaExternalKey:ReplicaExternalKey', 'deletion_window_in_days');
    expect(weakens(external, { deletionWindowInDays: 30 }, { deletionWindowInDays: 10 })).toBe(true);
  });

  test('CloudTrail Lake: termination protection is on by default; shortening retention weakens', () => {
    const termination = guard('aws_cloudtrail_event_data_store', 'termination_protection_enabled');
    expect(protects(termination, {})).toBe(true);
    expect(weakens(termination, {}, { termination_protection_enabled: false })).toBe(true);
    const retention = guard('aws:cloudtrail/eventDataStore:EventDataStore', 'retention_period');
    expect(weakens(retention, {}, { retentionPeriod: 90 })).toBe(true);
    expect(weakens(retention, { retentionPeriod: 90 }, { retentionPeriod: 365 })).toBe(false);
  });

  test('force_destroy and force_delete protect while false', () => {
    expect(weakens(guard('aws_lightsail_bucket', 'force_delete'), { force_delete: false }, { force_delete: true })).toBe(true);
    expect(protects(guard('aws:s3/vectorsVectorBucket:VectorsVectorBucket', 'force_destroy'), { forceDestroy: true })).toBe(false);
    expect(protects(guard('aws_ecrpublic_repository', 'force_destroy'), { force_destroy: false })).toBe(true);
  });
});

describe('lifecycle timers: expirations of live data', () => {
  test('S3 lifecycle configuration, Terraform shape: an enabled rule without a filter expires everything', () => {
    const tf = {
      bucket: 'logs',
      rule: [
        { id: 'all', status: 'Enabled', filter: [{}], expiration: [{ days: 30 }] },
        { id: 'tmp', status: 'Enabled', filter: [{ prefix: 'tmp/' }], expiration: [{ days: 1 }] },
        { id: 'off', status: 'Disabled', expiration: [{ days: 1 }] },
        { id: 'old-versions', status: 'Enabled', noncurrent_version_expiration: [{ noncurrent_days: 5 }] },
      ],
    };
    expect(s3LifecycleExpirations(tf)).toEqual([{ rule: 'all', days: 30, everything: true }, { rule: 'tmp', days: 1, everything: false }]);
  });

  test('S3 lifecycle configuration, Pulumi shape: rules, objects, camelCase; a date counts as 0 days', () => {
    const pulumi = {
      bucket: 'logs',
      rules: [
        { id: 'by-date', status: 'Enabled', expiration: { date: '2027-01-01T00:00:00Z' } },
        { id: 'tagged', status: 'Enabled', filter: { tag: { key: 'tier', value: 'tmp' } }, expiration: { days: 3 } },
        { id: 'big', status: 'Enabled', filter: { objectSizeGreaterThan: 1024 }, expiration: { days: 3 } },
      ],
    };
    expect(s3LifecycleExpirations(pulumi)).toEqual([
      { rule: 'by-date', days: 0, everything: true }, { rule: 'tagged', days: 3, everything: false }, { rule: 'big', days: 3, everything: false },
    ]);
  });

  test('the deprecated inline bucket lifecycle_rule, both shapes', () => {
    // A minimum size of 0 bytes leaves out only empty objects: it narrows nothing; a real floor does.
    const sized = (floor: unknown) => ({ rule: [{ id: 'sized', status: 'Enabled', expiration: [{ days: 1 }], filter: [{ object_size_greater_than: floor, prefix: '' }] }] });
    expect(s3LifecycleExpirations(sized('0'))).toEqual([{ rule: 'sized', days: 1, everything: true }]);
    expect(s3LifecycleExpirations(sized(0))).toEqual([{ rule: 'sized', days: 1, everything: true }]);
    expect(s3LifecycleExpirations(sized('1048576'))).toEqual([{ rule: 'sized', days: 1, everything: false }]);
    expect(s3LifecycleExpirations({ rules: [{ id: 'p', status: 'Enabled', expiration: { days: 1 }, filter: { and: { objectSizeGreaterThan: 0, prefix: 'tmp/' } } }] })).toEqual([{ rule: 'p', days: 1, everything: false }]);
    expect(s3LifecycleExpirations({ lifecycle_rule: [{ id: 'x', enabled: true, expiration: [{ days: 7 }] }] })).toEqual([{ rule: 'x', days: 7, everything: true }]);
    expect(s3LifecycleExpirations({ lifecycleRules: [{ enabled: true, prefix: 'logs/', expiration: { days: 7 } }] })).toEqual([{ rule: '0', days: 7, everything: false }]);
    expect(s3LifecycleExpirations({ lifecycleRules: [{ enabled: false, expiration: { days: 7 } }] })).toEqual([]);
    // Days 0 is Terraform's unset (S3 Days "must be a non-zero positive integer"): a delete-marker rule expires nothing live.
    expect(s3LifecycleExpirations({ rule: [{ id: 'm', status: 'Enabled', expiration: [{ date: null, days: 0, expired_object_delete_marker: true }] }] })).toEqual([]);
    expect(s3LifecycleExpirations({ lifecycle_rule: [{ id: 'm', enabled: true, expiration: [{ date: '', days: 0, expired_object_delete_marker: true }] }] })).toEqual([]);
    // An empty tags map or a blank prefix narrows nothing.
    expect(s3LifecycleExpirations({ lifecycle_rule: [{ id: 'x', enabled: true, prefix: '', tags: {}, expiration: [{ days: 3 }] }] })).toEqual([{ rule: 'x', days: 3, everything: true }]);
    expect(s3LifecycleExpirations({ lifecycle_rule: [{ id: 'x', enabled: true, tags: { tier: 'scratch' }, expiration: [{ days: 3 }] }] })).toEqual([{ rule: 'x', days: 3, everything: false }]);
  });

  test('a lifecycle that starts expiring every object is a cut from never; narrowing it to a prefix is not', () => {
    const expiry = entryOf('aws:s3/bucketLifecycleConfiguration:BucketLifecycleConfiguration').expiry!;
    expect(expiryShortened(expiry, { rules: [] }, { rules: [{ id: 'a', status: 'Enabled', expiration: { days: 10 } }] })).toEqual({ days: 10, rule: 'a', before: Infinity });
    expect(expiryShortened(expiry, { rules: [] }, { rules: [{ id: 'a', status: 'Enabled', filter: { prefix: 'tmp/' }, expiration: { days: 10 } }] })).toBeUndefined();
  });

  test('S3 on Outposts: status defaults to Enabled; a tags filter narrows the rule', () => {
    const expiry = entryOf('aws_s3control_bucket_lifecycle_configuration').expiry!;
    expect(expiry.expirations({ rule: [{ id: 'a', expiration: [{ days: 5 }] }] })).toEqual([{ rule: 'a', days: 5, everything: true }]);
    expect(expiry.expirations({ rules: [{ id: 'b', filter: { tags: { k: 'v' } }, expiration: { days: 5 } }] })).toEqual([{ rule: 'b', days: 5, everything: false }]);
  });

  test('ECR lifecycle policy: expiring any image by age reaches every image; count and untagged rules do not', () => {
    const policy = JSON.stringify({
      rules: [
        { rulePriority: 1, selection: { tagStatus: 'untagged', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 14 }, action: { type: 'expire' } },
        { rulePriority: 2, selection: { tagStatus: 'tagged', tagPrefixList: ['v'], countType: 'imageCountMoreThan', countNumber: 30 }, action: { type: 'expire' } },
        { rulePriority: 3, selection: { tagStatus: 'any', countType: 'sinceImagePushed', countUnit: 'days', countNumber: 90 }, action: { type: 'expire' } },
      ],
    });
    expect(ecrLifecycleExpirations({ repository: 'app', policy })).toEqual([
      { rule: '1', days: 14, everything: false }, { rule: '2', days: 0, everything: false }, { rule: '3', days: 90, everything: true },
    ]);
    // Pulumi also takes the document as an object.
    expect(ecrLifecycleExpirations({ policy: { rules: [{ rulePriority: 1, selection: { tagStatus: 'any', countType: 'sinceImagePushed', countNumber: 3 }, action: { type: 'expire' } }] } }))
      .toEqual([{ rule: '1', days: 3, everything: true }]);
    expect(ecrLifecycleExpirations({ policy: '{not json' })).toEqual([]);
    expect(entryOf('aws:ecr/lifecyclePolicy:LifecyclePolicy').guardOf?.target).toBe('repository');
  });

  test('OpenSearch Serverless retention: a whole collection after MinIndexRetention; NoMinIndexRetention keeps', () => {
    const policy = JSON.stringify({
      Rules: [
        { ResourceType: 'index', Resource: ['index/logs/*'], MinIndexRetention: '30d' },
        { ResourceType: 'index', Resource: ['index/sales/orders*'], MinIndexRetention: '48h' },
        { ResourceType: 'index', Resource: ['index/audit/*'], NoMinIndexRetention: true },
      ],
    });
    expect(opensearchRetentionExpirations({ type: 'retention', policy })).toEqual([
      { rule: '0', days: 30, everything: true }, { rule: '1', days: 2, everything: false },
    ]);
  });
});
