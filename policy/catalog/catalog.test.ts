import { describe, expect, test } from 'vitest';
import { Catalog, looksLikeStorage } from './catalog.js';

const catalog = new Catalog();

describe('which types hold data', () => {
  test.for([
    // catalogued, under both tools' names and their aliases
    ['aws_ebs_volume', true], ['aws:ebs/volume:Volume', true], ['aws_kms_replica_key', true], ['aws_dynamodb_global_table', true],
    ['aws_glacier_vault', true], ['aws_rds_global_cluster', false], ['aws-native:dynamodb:Table', true], ['railway_volume', true],
    ['kubernetes:core/v1:PersistentVolumeClaim', true], ['aws:s3/bucketV2:BucketV2', true], ['aws_s3_bucket_object', true],
    // stores whose names carry no storage word
    ['aws_sqs_queue', false], ['aws_kinesis_stream', true], ['aws_cognito_user_pool', true], ['aws_redshift_cluster', true],
    // configuration of storage, or nothing to do with it
    ['aws_security_group', false], ['aws_route_table', false], ['aws_db_subnet_group', false], ['aws_backup_vault_policy', false],
    ['aws_iam_role', false], ['aws_volume_attachment', false], ['aws_ebs_default_kms_key', false], ['aws_cloudwatch_log_group', false],
    // containers and guards hold no data themselves: their deletes are judged by what they contain or guard
    ['kubernetes_namespace_v1', false], ['aws_s3_bucket_versioning', false], ['railway_service', false],
  ] as const)('%s holds data: %s', ([type, holds]) => {
    expect(catalog.dataVerdict(type).holdsData).toBe(holds);
  });

  test('config can add types, declare types as holding none, and turn guessing off', () => {
    expect(new Catalog({ extraDataTypes: [{ type: 'acme_blob', kind: 'bucket' }] }).dataVerdict('acme_blob')).toMatchObject({ holdsData: true, kind: 'bucket' });
    expect(new Catalog({ notDataTypes: ['aws_kinesis_stream'] }).dataVerdict('aws_kinesis_stream').holdsData).toBe(false);
    expect(new Catalog({ guessUnknownTypes: false }).dataVerdict('foo_disk').holdsData).toBe(false);
  });
});

describe('attribute facts: a resource of a data type may hold no unique data', () => {
  test.for([
    ['aws_db_instance', { replicate_source_db: 'orders' }, false, 'read replica'],
    ['aws:rds/instance:Instance', { replicateSourceDb: 'orders' }, false, 'read replica'],
    ['aws_db_instance', { identifier: 'orders' }, true, ''],
    ['aws_elasticache_cluster', { engine: 'memcached' }, false, 'memcached'],
    ['aws_elasticache_cluster', { engine: 'redis' }, true, ''],
    ['aws_rds_cluster_instance', { cluster_identifier: 'orders' }, false, 'member of a cluster'],
    ['aws_s3_object', { bucket: 'b', key: 'k', source: 'dist/app.zip' }, false, 'carries its content'],
    ['aws:s3/bucketObjectv2:BucketObjectv2', { bucket: 'b', key: 'k', content: 'hello' }, false, 'carries its content'],
    ['aws_s3_object', { bucket: 'b', key: 'k' }, true, ''],
    ['kubernetes_persistent_volume_v1', { spec: [{ persistent_volume_reclaim_policy: 'Retain' }] }, false, 'Retain'],
    ['kubernetes:core/v1:PersistentVolume', { spec: { persistentVolumeReclaimPolicy: 'Delete' } }, true, ''],
  ] as const)('%s %j holds data: %s', ([type, properties, holds, reason]) => {
    const verdict = catalog.judge(type, properties);
    expect(verdict.holdsData).toBe(holds);
    if (!holds) expect(verdict).toMatchObject({ reason: expect.stringContaining(reason) });
  });
});

describe('the name guess, for providers the catalog does not cover', () => {
  test.for([
    ['foo_disk', true], ['acme:storage/blobVolume:BlobVolume', true], ['digitalocean_database_cluster', true], ['acme_postgres_instance', true],
    ['acme_disk_attachment', false], ['acme_bucket_policy', false], ['tls_private_key', false], ['local_file', false], ['acme_cluster', false],
  ] as const)('%s looks like storage: %s', ([type, looks]) => {
    expect(looksLikeStorage(type)).toBe(looks);
  });

  test('a guessed type says it cannot tell', () => {
    expect(catalog.dataVerdict('foo_disk')).toEqual({ holdsData: true, kind: 'storage', known: false });
  });
});
