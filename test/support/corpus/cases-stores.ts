// Stores without a storage word, types with a storage word and no data, and attribute-level judgement.
import type { Obj } from './envelopes.js';
import { ACCOUNT, pu, ev, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const S = { stack: 'staging', project: 'shop' };

function rdsInstance(identifier: string, extra: Obj = {}): Obj {
  return {
    allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:${identifier}`, auto_minor_version_upgrade: true,
    backup_retention_period: 7, db_name: 'orders', db_subnet_group_name: 'orders-db', delete_automated_backups: true,
    deletion_protection: false, engine: 'postgres', engine_version: '16.4', final_snapshot_identifier: `${identifier}-final`,
    id: `db-${identifier.toUpperCase().replace(/-/g, '')}`, identifier, instance_class: 'db.r6g.large', multi_az: false,
    replicate_source_db: '', skip_final_snapshot: false, storage_encrypted: true, storage_type: 'gp3', username: 'orders',
    ...tags({}), ...extra,
  };
}

function prds(identifier: string, extra: Obj = {}): Obj {
  return {
    allocatedStorage: 100, backupRetentionPeriod: 7, dbName: 'orders', deleteAutomatedBackups: true, deletionProtection: false,
    engine: 'postgres', engineVersion: '16.4', finalSnapshotIdentifier: `${identifier}-final`, identifier, instanceClass: 'db.r6g.large',
    skipFinalSnapshot: false, storageEncrypted: true, storageType: 'gp3', username: 'orders', ...extra,
  };
}

export function storeCases(): CorpusCase[] {
  const store = (why: string) => ({ class: 'store-without-storage-word' as const, expect: 'block' as const, rules: ['no-stateful-delete'], why });
  const benign = (why: string) => ({ class: 'storage-word' as const, expect: 'allow' as const, why });
  return [
    tf('elasticache-replication-group-delete', store('A Redis replication group is the data store itself (snapshot_retention_limit shows persisted data); deleting it with no final_snapshot_identifier destroys the data set (aws_elasticache_replication_group, hashicorp/aws 6.25.0 schema).'), [{
      type: 'aws_elasticache_replication_group', name: 'sessions', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions`, at_rest_encryption_enabled: 'true', auto_minor_version_upgrade: 'true',
        automatic_failover_enabled: true, description: 'session store', engine: 'redis', engine_version: '7.1', final_snapshot_identifier: null,
        id: 'sessions', node_type: 'cache.r7g.large', num_cache_clusters: 2, port: 6379, replication_group_id: 'sessions',
        snapshot_retention_limit: 5, snapshot_window: '03:00-05:00', ...tags({}),
      },
    }]),
    tf('spanner-instance-delete', store('A Spanner instance holds its databases; deleting the instance deletes every database in it (google_spanner_instance, hashicorp/google 6.50.0; Spanner docs: deleting an instance deletes all its databases).'), [{
      type: 'google_spanner_instance', name: 'ledger', actions: ['delete'], reason: DEL,
      before: {
        config: 'regional-europe-west1', display_name: 'ledger', edition: 'STANDARD', force_destroy: false, id: 'acme-prod/ledger',
        labels: {}, name: 'ledger', num_nodes: 1, processing_units: 1000, project: 'acme-prod', state: 'READY', effective_labels: {}, terraform_labels: {},
      },
    }], { }),
    tf('bigtable-instance-replace', { ...store('Changing a Bigtable instance name forces replacement, and replacing the instance deletes its tables (google_bigtable_instance, hashicorp/google 6.50.0).'), from: 'real-world/tgc-tf172-compute-disk-create.plan.json (google attribute shapes)' }, [{
      type: 'google_bigtable_instance', name: 'events', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['name']],
      before: {
        cluster: [{ cluster_id: 'events-c1', kms_key_name: '', num_nodes: 3, storage_type: 'SSD', zone: 'europe-west1-b', autoscaling_config: [], state: 'READY' }],
        deletion_protection: false, display_name: 'events', force_destroy: false, id: 'projects/acme/instances/events', instance_type: 'PRODUCTION', labels: {},
        name: 'events', project: 'acme', effective_labels: {}, terraform_labels: {},
      },
      after: {
        cluster: [{ cluster_id: 'events-c1', kms_key_name: '', num_nodes: 3, storage_type: 'SSD', zone: 'europe-west1-b', autoscaling_config: [] }],
        deletion_protection: false, display_name: 'events', force_destroy: false, instance_type: 'PRODUCTION', labels: {},
        name: 'events-v2', project: 'acme', effective_labels: {}, terraform_labels: {},
      },
      unknown: ['id'],
    }]),
    tf('cosmosdb-account-delete', store('A Cosmos DB account holds every database and container in it; deleting the account deletes them (azurerm_cosmosdb_account, hashicorp/azurerm 4.55.0).'), [{
      type: 'azurerm_cosmosdb_account', name: 'catalog', actions: ['delete'], reason: DEL,
      before: {
        backup: [{ interval_in_minutes: 240, retention_in_hours: 8, storage_redundancy: 'Geo', tier: '', type: 'Periodic' }],
        consistency_policy: [{ consistency_level: 'Session', max_interval_in_seconds: 5, max_staleness_prefix: 100 }],
        geo_location: [{ failover_priority: 0, id: 'catalog-westeurope', location: 'westeurope', zone_redundant: false }],
        id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shop/providers/Microsoft.DocumentDB/databaseAccounts/catalog',
        kind: 'GlobalDocumentDB', location: 'westeurope', name: 'catalog', offer_type: 'Standard', resource_group_name: 'shop', tags: {},
      },
    }]),
    tf('firestore-database-delete-policy-delete', store('With deletion_policy = "DELETE" a destroy of google_firestore_database deletes the database and every document in it (hashicorp/google 6.50.0 schema doc for deletion_policy).'), [{
      type: 'google_firestore_database', name: 'app', actions: ['delete'], reason: DEL,
      before: {
        concurrency_mode: 'PESSIMISTIC', delete_protection_state: 'DELETE_PROTECTION_DISABLED', deletion_policy: 'DELETE', id: 'projects/acme/databases/app',
        location_id: 'eur3', name: 'app', point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_DISABLED', project: 'acme', type: 'FIRESTORE_NATIVE',
        uid: '5c8b2e8a-1b7f-4f53-9d1e-3a7a51f0c0de',
      },
    }]),
    tf('firestore-database-delete-policy-abandon', { class: 'attribute-judgement', expect: 'allow', why: 'The default deletion_policy "ABANDON" only removes google_firestore_database from state and leaves the database in Google Cloud (hashicorp/google 6.50.0 schema doc: "The default value is \'ABANDON\'").' }, [{
      type: 'google_firestore_database', name: 'app', actions: ['delete'], reason: DEL,
      before: {
        concurrency_mode: 'PESSIMISTIC', delete_protection_state: 'DELETE_PROTECTION_DISABLED', deletion_policy: 'ABANDON', id: 'projects/acme/databases/app',
        location_id: 'eur3', name: 'app', point_in_time_recovery_enablement: 'POINT_IN_TIME_RECOVERY_DISABLED', project: 'acme', type: 'FIRESTORE_NATIVE',
        uid: '5c8b2e8a-1b7f-4f53-9d1e-3a7a51f0c0de',
      },
    }]),
    tf('kinesis-stream-delete', store('A Kinesis stream keeps its records for retention_period hours (here 168) and consumers replay from it; deleting the stream discards every unexpired record (aws_kinesis_stream, hashicorp/aws 6.25.0).'), [{
      type: 'aws_kinesis_stream', name: 'clicks', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks`, encryption_type: 'KMS', enforce_consumer_deletion: false, id: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks`,
        kms_key_id: 'alias/aws/kinesis', name: 'clicks', retention_period: 168, shard_count: 4, shard_level_metrics: [],
        stream_mode_details: [{ stream_mode: 'PROVISIONED' }], ...tags({}),
      },
    }]),
    tf('cognito-user-pool-delete', store('A Cognito user pool is the user directory (accounts, attributes, password hashes); deleting it cannot be undone (aws_cognito_user_pool, hashicorp/aws 6.25.0; it has its own deletion_protection field).'), [{
      type: 'aws_cognito_user_pool', name: 'customers', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:cognito-idp:us-east-1:${ACCOUNT}:userpool/us-east-1_AbCdEf123`, auto_verified_attributes: ['email'], deletion_protection: 'INACTIVE',
        estimated_number_of_users: 48211, id: 'us-east-1_AbCdEf123', mfa_configuration: 'OFF', name: 'customers', username_attributes: ['email'], ...tags({}),
      },
    }]),
    tf('timestreamwrite-table-delete', store('A Timestream table holds the time series written to it (memory and magnetic store retention); deleting it deletes the data (aws_timestreamwrite_table, hashicorp/aws 6.25.0).'), [{
      type: 'aws_timestreamwrite_table', name: 'metrics', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:timestream:us-east-1:${ACCOUNT}:database/iot/table/metrics`, database_name: 'iot', id: 'metrics:iot',
        retention_properties: [{ magnetic_store_retention_period_in_days: 365, memory_store_retention_period_in_hours: 24 }], table_name: 'metrics', ...tags({}),
      },
    }]),
    tf('alloydb-cluster-delete', store('An AlloyDB cluster holds the database storage shared by its instances; deleting the cluster deletes the data (google_alloydb_cluster, hashicorp/google 6.50.0).'), [{
      type: 'google_alloydb_cluster', name: 'orders', actions: ['delete'], reason: DEL,
      before: {
        cluster_id: 'orders', cluster_type: 'PRIMARY', database_version: 'POSTGRES_15', deletion_policy: 'DEFAULT', id: 'projects/acme/locations/europe-west1/clusters/orders',
        location: 'europe-west1', name: 'projects/acme/locations/europe-west1/clusters/orders', network_config: [{ network: 'projects/acme/global/networks/default', allocated_ip_range: '' }],
        project: 'acme', labels: {}, effective_labels: {}, terraform_labels: {}, uid: '9c1d3b5e-0a5b-4e5e-9bd8-1e0f6b2e5f11',
      },
    }]),
    tf('mssql-server-delete', store('Deleting an Azure SQL logical server deletes every database on it (azurerm_mssql_server, hashicorp/azurerm 4.55.0; Azure SQL docs: deleting a server deletes its databases).'), [{
      type: 'azurerm_mssql_server', name: 'billing', actions: ['delete'], reason: DEL,
      before: {
        administrator_login: 'billingadmin', fully_qualified_domain_name: 'billing-sql.database.windows.net',
        id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/billing/providers/Microsoft.Sql/servers/billing-sql', location: 'westeurope',
        minimum_tls_version: '1.2', name: 'billing-sql', public_network_access_enabled: false, resource_group_name: 'billing', tags: {}, version: '12.0',
      },
    }]),
    tf('redshift-cluster-delete', store('A Redshift cluster is a data warehouse; with skip_final_snapshot = true its delete leaves no snapshot (aws_redshift_cluster, hashicorp/aws 6.25.0).'), [{
      type: 'aws_redshift_cluster', name: 'warehouse', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:redshift:us-east-1:${ACCOUNT}:cluster:warehouse`, automated_snapshot_retention_period: 1, cluster_identifier: 'warehouse',
        cluster_type: 'multi-node', database_name: 'analytics', encrypted: 'true', final_snapshot_identifier: null, id: 'warehouse', master_username: 'admin',
        node_type: 'ra3.xlplus', number_of_nodes: 2, skip_final_snapshot: true, ...tags({}),
      },
    }]),
    tf('sqs-queue-delete', { class: 'store-without-storage-word', expect: 'allow', why: 'An SQS queue holds messages in transit only (at most message_retention_seconds, 14 days, and each is deleted once consumed); a queue is not a system of record, so deleting one is not data loss (judgement, see README; aws_sqs_queue, hashicorp/aws 6.25.0).' }, [{
      type: 'aws_sqs_queue', name: 'jobs', actions: ['delete'], reason: DEL,
      before: {
        arn: `arn:aws:sqs:us-east-1:${ACCOUNT}:jobs`, delay_seconds: 0, fifo_queue: false, id: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/jobs`,
        max_message_size: 262144, message_retention_seconds: 345600, name: 'jobs', sqs_managed_sse_enabled: true, url: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/jobs`,
        visibility_timeout_seconds: 30, ...tags({}),
      },
    }]),

    pu('elasticache-replication-group-delete', store('A Redis replication group (aws:elasticache/replicationGroup) is the data store; its delete with no finalSnapshotIdentifier destroys the data set (@pulumi/aws 7.48.0 elasticache/replicationGroup.d.ts).'), S, [{
      op: 'delete', type: 'aws:elasticache/replicationGroup:ReplicationGroup', name: 'sessions',
      old: { id: 'sessions', inputs: { description: 'session store', engine: 'redis', engineVersion: '7.1', nodeType: 'cache.r7g.large', numCacheClusters: 2, replicationGroupId: 'sessions', snapshotRetentionLimit: 5, automaticFailoverEnabled: true } },
    }]),
    pu('spanner-instance-replace', store('Replacing a Spanner instance (gcp:spanner/instance) deletes its databases with it; a name change forces the replacement (@pulumi/gcp 9.37.0 spanner/instance.d.ts).'), { stack: 'staging', project: 'ledger' }, [{
      op: 'replace', type: 'gcp:spanner/instance:Instance', name: 'ledger', diff: ['name'], replace: ['name'],
      old: { id: 'acme/ledger', inputs: { config: 'regional-europe-west1', displayName: 'ledger', name: 'ledger', numNodes: 1, forceDestroy: false } },
      new: { inputs: { config: 'regional-europe-west1', displayName: 'ledger', name: 'ledger-v2', numNodes: 1, forceDestroy: false } },
    }]),
    pu('cosmosdb-account-delete', store('An azure-native Cosmos DB account (azure-native:documentdb:DatabaseAccount) holds every database in it; deleting it deletes them.'), { stack: 'staging', project: 'catalog' }, [{
      op: 'delete', type: 'azure-native:documentdb:DatabaseAccount', name: 'catalog',
      old: { id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/shop/providers/Microsoft.DocumentDB/databaseAccounts/catalog', inputs: { accountName: 'catalog', databaseAccountOfferType: 'Standard', kind: 'GlobalDocumentDB', location: 'westeurope', resourceGroupName: 'shop', locations: [{ locationName: 'westeurope', failoverPriority: 0 }] } },
    }]),
    pu('cognito-user-pool-delete', store('Deleting an aws:cognito/userPool deletes every user account in it (@pulumi/aws 7.48.0 cognito/userPool.d.ts).'), S, [{
      op: 'delete', type: 'aws:cognito/userPool:UserPool', name: 'customers',
      old: { id: 'us-east-1_AbCdEf123', inputs: { name: 'customers', autoVerifiedAttributes: ['email'], usernameAttributes: ['email'], deletionProtection: 'INACTIVE' } },
    }]),
    pu('kinesis-stream-delete', store('Deleting an aws:kinesis/stream discards every record still inside its retentionPeriod (@pulumi/aws 7.48.0 kinesis/stream.d.ts).'), S, [{
      op: 'delete', type: 'aws:kinesis/stream:Stream', name: 'clicks',
      old: { id: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/clicks`, inputs: { name: 'clicks', retentionPeriod: 168, shardCount: 4, encryptionType: 'KMS' } },
    }]),
    pu('alloydb-cluster-delete', store('Deleting a gcp:alloydb/cluster deletes the cluster storage its instances share (@pulumi/gcp 9.37.0 alloydb/cluster.d.ts).'), { stack: 'staging', project: 'orders' }, [{
      op: 'delete', type: 'gcp:alloydb/cluster:Cluster', name: 'orders',
      old: { id: 'projects/acme/locations/europe-west1/clusters/orders', inputs: { clusterId: 'orders', location: 'europe-west1', deletionPolicy: 'DEFAULT', networkConfig: { network: 'projects/acme/global/networks/default' } } },
    }]),
    pu('sqs-queue-delete', { class: 'store-without-storage-word', expect: 'allow', why: 'An aws:sqs/queue holds messages in transit (at most 14 days, deleted once consumed); deleting it is not data loss (judgement, see README).' }, S, [{
      op: 'delete', type: 'aws:sqs/queue:Queue', name: 'jobs',
      old: { id: `https://sqs.us-east-1.amazonaws.com/${ACCOUNT}/jobs`, inputs: { name: 'jobs', messageRetentionSeconds: 345600, visibilityTimeoutSeconds: 30 } },
    }]),
    ev('redshift-cluster-delete', store('An engine event log whose delete of an aws:redshift/cluster (skipFinalSnapshot true) destroys the warehouse (@pulumi/aws 7.48.0 redshift/cluster.d.ts).'), S, [{
      op: 'delete', type: 'aws:redshift/cluster:Cluster', name: 'warehouse',
      old: { id: 'warehouse', inputs: { clusterIdentifier: 'warehouse', clusterType: 'multi-node', databaseName: 'analytics', masterUsername: 'admin', nodeType: 'ra3.xlplus', numberOfNodes: 2, skipFinalSnapshot: true } },
    }]),

    // ---- storage words, no data ----
    tf('storage-bucket-iam-member-delete', benign('google_storage_bucket_iam_member is an IAM binding on a bucket; deleting it revokes a role and touches no object (hashicorp/google 6.50.0).'), [{
      type: 'google_storage_bucket_iam_member', name: 'reader', actions: ['delete'], reason: DEL,
      before: { bucket: 'b/acme-assets', condition: [], etag: 'CAE=', id: 'b/acme-assets/roles/storage.objectViewer/serviceAccount:cdn@acme.iam.gserviceaccount.com', member: 'serviceAccount:cdn@acme.iam.gserviceaccount.com', role: 'roles/storage.objectViewer' },
    }]),
    tf('s3-bucket-policy-update', { ...benign('Updating aws_s3_bucket_policy to add a Deny of non-TLS requests changes who may call S3, not what the bucket holds (hashicorp/aws 6.25.0).'), from: 'real-world/regula-tf119-cloudtrail-noop.plan.json (aws_s3_bucket_policy shape)' }, [{
      type: 'aws_s3_bucket_policy', name: 'assets', actions: ['update'],
      before: { bucket: 'acme-assets', id: 'acme-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'CdnRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/cdn` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-assets/*' }] }) },
      after: { bucket: 'acme-assets', id: 'acme-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'CdnRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/cdn` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-assets/*' }, { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::acme-assets', 'arn:aws:s3:::acme-assets/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }) },
    }]),
    tf('s3-bucket-tags-update', { ...benign('An in-place tag update of aws_s3_bucket leaves every object where it is (hashicorp/aws 6.25.0).'), from: 'terraform/snyk-tf122-s3-delete-update.plan.json (aws_s3_bucket shape)' }, [{
      type: 'aws_s3_bucket', name: 'assets', actions: ['update'],
      before: { arn: 'arn:aws:s3:::acme-assets', bucket: 'acme-assets', bucket_domain_name: 'acme-assets.s3.amazonaws.com', force_destroy: false, id: 'acme-assets', object_lock_enabled: false, ...tags({ team: 'web' }) },
      after: { arn: 'arn:aws:s3:::acme-assets', bucket: 'acme-assets', bucket_domain_name: 'acme-assets.s3.amazonaws.com', force_destroy: false, id: 'acme-assets', object_lock_enabled: false, ...tags({ team: 'web', cost_center: 'cc-204' }) },
    }]),
    tf('db-subnet-group-delete', { ...benign('aws_db_subnet_group only lists subnets a database may use; it holds no data (hashicorp/aws 6.25.0).'), from: 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_db_subnet_group shape)' }, [{
      type: 'aws_db_subnet_group', name: 'legacy', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:subgrp:legacy`, description: 'Managed by Terraform', id: 'legacy', name: 'legacy', subnet_ids: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({}) },
    }]),
    tf('ebs-default-kms-key-delete', benign('Deleting aws_ebs_default_kms_key resets the default key for new EBS volumes to the AWS managed key; existing volumes and their keys are untouched (hashicorp/aws 6.25.0 docs).'), [{
      type: 'aws_ebs_default_kms_key', name: 'this', actions: ['delete'], reason: DEL,
      before: { id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7e2c9d-3f1a-4c55-8e2b-9d6a1f4e7c30`, key_arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7e2c9d-3f1a-4c55-8e2b-9d6a1f4e7c30` },
    }]),
    tf('storage-account-network-rules-delete', benign('azurerm_storage_account_network_rules holds firewall rules of a storage account, no blobs (hashicorp/azurerm 4.55.0).'), [{
      type: 'azurerm_storage_account_network_rules', name: 'assets', actions: ['delete'], reason: DEL,
      before: { bypass: ['AzureServices'], default_action: 'Deny', id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web/providers/Microsoft.Storage/storageAccounts/acmeassets', ip_rules: ['203.0.113.0/24'], private_link_access: [], storage_account_id: '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web/providers/Microsoft.Storage/storageAccounts/acmeassets', virtual_network_subnet_ids: [] },
    }]),
    tf('kubernetes-storage-class-delete', benign('Deleting a StorageClass affects only future provisioning; existing PVs keep the reclaim policy copied into them at provisioning (kubernetes_storage_class_v1, hashicorp/kubernetes 2.38.0; k8s StorageClass docs).'), [{
      type: 'kubernetes_storage_class_v1', name: 'fast', actions: ['delete'], reason: DEL,
      before: { allow_volume_expansion: true, allowed_topologies: [], id: 'fast', metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'fast', resource_version: '48213', uid: '0d1c5e9a-7b4f-4c1e-9a2d-6f8e3b1c7a55' }], mount_options: [], parameters: { type: 'gp3' }, reclaim_policy: 'Delete', storage_provisioner: 'ebs.csi.aws.com', volume_binding_mode: 'WaitForFirstConsumer' },
    }]),
    tf('storage-bucket-force-destroy-delete', { class: 'storage-word', expect: 'block', rules: ['no-stateful-delete'], why: 'The twin of the bindings above: a google_storage_bucket with force_destroy = true is deleted with every object in it (hashicorp/google 6.50.0 force_destroy).', from: 'real-world/tgc-tf172-compute-disk-create.plan.json (google attribute shapes)' }, [{
      type: 'google_storage_bucket', name: 'assets', actions: ['delete'], reason: DEL,
      before: { default_event_based_hold: false, effective_labels: {}, force_destroy: true, id: 'acme-assets', labels: {}, lifecycle_rule: [], location: 'EU', name: 'acme-assets', project: 'acme', public_access_prevention: 'enforced', self_link: 'https://www.googleapis.com/storage/v1/b/acme-assets', storage_class: 'STANDARD', terraform_labels: {}, uniform_bucket_level_access: true, url: 'gs://acme-assets', versioning: [{ enabled: false }] },
    }]),
    pu('s3-bucket-force-destroy-delete', { class: 'storage-word', expect: 'block', rules: ['no-stateful-delete'], why: 'An aws:s3/bucket deleted with forceDestroy true takes every object with it, unrecoverably (@pulumi/aws 7.48.0 s3/bucket.d.ts).' }, S, [{
      op: 'delete', type: 'aws:s3/bucket:Bucket', name: 'assets',
      old: { id: 'acme-assets', inputs: { bucket: 'acme-assets', forceDestroy: true }, outputs: { arn: 'arn:aws:s3:::acme-assets', bucket: 'acme-assets', forceDestroy: true, id: 'acme-assets', region: 'us-east-1' } },
    }]),
    pu('s3-bucket-policy-delete', benign('Deleting an aws:s3/bucketPolicy changes access to the bucket, not its objects.'), S, [{
      op: 'delete', type: 'aws:s3/bucketPolicy:BucketPolicy', name: 'assets-policy',
      old: { id: 'acme-assets', inputs: { bucket: 'acme-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/cdn` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-assets/*' }] }) } },
    }]),
    pu('storage-bucket-iam-member-delete', benign('gcp:storage/bucketIAMMember is a role binding; deleting it deletes no object (@pulumi/gcp 9.37.0).'), { stack: 'staging', project: 'web' }, [{
      op: 'delete', type: 'gcp:storage/bucketIAMMember:BucketIAMMember', name: 'cdn-reader',
      old: { id: 'b/acme-assets/roles/storage.objectViewer/serviceAccount:cdn@acme.iam.gserviceaccount.com', inputs: { bucket: 'acme-assets', member: 'serviceAccount:cdn@acme.iam.gserviceaccount.com', role: 'roles/storage.objectViewer' } },
    }]),
    pu('rds-subnet-group-delete', benign('aws:rds/subnetGroup holds no data (@pulumi/aws 7.48.0).'), S, [{
      op: 'delete', type: 'aws:rds/subnetGroup:SubnetGroup', name: 'legacy',
      old: { id: 'legacy', inputs: { name: 'legacy', subnetIds: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'] } },
    }]),
    pu('ebs-default-kms-key-delete', benign('Deleting aws:ebs/defaultKmsKey only resets the default key for new volumes (@pulumi/aws 7.48.0).'), S, [{
      op: 'delete', type: 'aws:ebs/defaultKmsKey:DefaultKmsKey', name: 'default',
      old: { id: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7e2c9d-3f1a-4c55-8e2b-9d6a1f4e7c30`, inputs: { keyArn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/0b7e2c9d-3f1a-4c55-8e2b-9d6a1f4e7c30` } },
    }]),
    pu('kubernetes-storage-class-delete', benign('Deleting a kubernetes:storage.k8s.io/v1:StorageClass leaves existing PVs and their disks alone (k8s StorageClass docs).'), { stack: 'staging', project: 'cluster' }, [{
      op: 'delete', type: 'kubernetes:storage.k8s.io/v1:StorageClass', name: 'fast',
      old: { id: 'fast', inputs: { apiVersion: 'storage.k8s.io/v1', kind: 'StorageClass', metadata: { name: 'fast' }, provisioner: 'ebs.csi.aws.com', reclaimPolicy: 'Delete', parameters: { type: 'gp3' } } },
    }]),
    ev('s3-bucket-policy-update', benign('An engine event log updating an aws:s3/bucketPolicy: access only, no data.'), S, [{
      op: 'update', type: 'aws:s3/bucketPolicy:BucketPolicy', name: 'assets-policy', diff: ['policy'],
      old: { id: 'acme-assets', inputs: { bucket: 'acme-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/cdn` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-assets/*' }] }) } },
      new: { inputs: { bucket: 'acme-assets', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/cdn-v2` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-assets/*' }] }) } },
    }]),
  ];
}

export function attributeCases(): CorpusCase[] {
  const allow = (why: string) => ({ class: 'attribute-judgement' as const, expect: 'allow' as const, why });
  const block = (why: string) => ({ class: 'attribute-judgement' as const, expect: 'block' as const, rules: ['no-stateful-delete'], why });
  const RDS = 'terraform/checkov-tf01223-aws-55-stateful.plan.json and real-world/infracost-tf01411-create-update-noop.plan.json (aws_db_instance shape)';
  return [
    tf('rds-read-replica-delete', { ...allow('An aws_db_instance with replicate_source_db is a read replica: its data is a copy of the source, which stays (hashicorp/aws 6.25.0 replicate_source_db).'), from: RDS }, [{
      type: 'aws_db_instance', name: 'orders_replica', actions: ['delete'], reason: DEL,
      before: rdsInstance('orders-replica', { replicate_source_db: 'orders', backup_retention_period: 0, db_name: '', username: '', final_snapshot_identifier: null, skip_final_snapshot: true }),
    }, {
      type: 'aws_db_instance', name: 'orders', actions: ['no-op'],
      before: rdsInstance('orders', { deletion_protection: true, delete_automated_backups: false }), after: rdsInstance('orders', { deletion_protection: true, delete_automated_backups: false }),
    }]),
    tf('rds-primary-delete', { ...block('An aws_db_instance without replicate_source_db is a primary: its delete destroys the database (hashicorp/aws 6.25.0).'), from: RDS }, [{
      type: 'aws_db_instance', name: 'orders', actions: ['delete'], reason: DEL, before: rdsInstance('orders'),
    }]),
    tf('elasticache-memcached-delete', allow('An aws_elasticache_cluster with engine "memcached" is a cache without persistence (no snapshots: snapshot_* apply to Redis only, hashicorp/aws 6.25.0 docs); deleting it loses nothing that is not elsewhere.'), [{
      type: 'aws_elasticache_cluster', name: 'pages', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:cluster:pages`, az_mode: 'single-az', cluster_id: 'pages', engine: 'memcached', engine_version: '1.6.22', id: 'pages', node_type: 'cache.t4g.small', num_cache_nodes: 2, parameter_group_name: 'default.memcached1.6', port: 11211, snapshot_retention_limit: 0, ...tags({}) },
    }]),
    tf('elasticache-redis-delete', block('An aws_elasticache_cluster with engine "redis" and snapshot_retention_limit 5 keeps a persisted data set; its delete with no final_snapshot_identifier destroys it (hashicorp/aws 6.25.0; judgement: Redis is treated as a store, see README).'), [{
      type: 'aws_elasticache_cluster', name: 'queue', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:cluster:queue`, az_mode: 'single-az', cluster_id: 'queue', engine: 'redis', engine_version: '7.1', final_snapshot_identifier: null, id: 'queue', node_type: 'cache.r7g.large', num_cache_nodes: 1, parameter_group_name: 'default.redis7', port: 6379, snapshot_retention_limit: 5, snapshot_window: '03:00-04:00', ...tags({}) },
    }]),
    tf('rds-cluster-instance-delete-cluster-stays', allow('An aws_rds_cluster_instance holds no storage of its own: Aurora data lives in the cluster volume, and the aws_rds_cluster stays (no-op) (hashicorp/aws 6.25.0; Aurora storage docs).'), [{
      type: 'aws_rds_cluster_instance', name: 'reader', index: 1, actions: ['delete'], reason: 'delete_because_count_index',
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-1`, cluster_identifier: 'orders', engine: 'aurora-postgresql', engine_version: '16.4', id: 'orders-1', identifier: 'orders-1', instance_class: 'db.r6g.large', promotion_tier: 1, publicly_accessible: false, ...tags({}) },
    }, {
      type: 'aws_rds_cluster_instance', name: 'reader', index: 0, actions: ['no-op'], countExpression: 1, refs: { cluster_identifier: 'aws_rds_cluster.orders.id' },
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-0`, cluster_identifier: 'orders', engine: 'aurora-postgresql', engine_version: '16.4', id: 'orders-0', identifier: 'orders-0', instance_class: 'db.r6g.large', promotion_tier: 0, publicly_accessible: false, ...tags({}) },
      after: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-0`, cluster_identifier: 'orders', engine: 'aurora-postgresql', engine_version: '16.4', id: 'orders-0', identifier: 'orders-0', instance_class: 'db.r6g.large', promotion_tier: 0, publicly_accessible: false, ...tags({}) },
    }, {
      type: 'aws_rds_cluster', name: 'orders', actions: ['no-op'],
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, backup_retention_period: 7, cluster_identifier: 'orders', database_name: 'orders', deletion_protection: true, engine: 'aurora-postgresql', engine_version: '16.4', final_snapshot_identifier: 'orders-final', id: 'orders', master_username: 'orders', skip_final_snapshot: false, storage_encrypted: true, ...tags({}) },
      after: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, backup_retention_period: 7, cluster_identifier: 'orders', database_name: 'orders', deletion_protection: true, engine: 'aurora-postgresql', engine_version: '16.4', final_snapshot_identifier: 'orders-final', id: 'orders', master_username: 'orders', skip_final_snapshot: false, storage_encrypted: true, ...tags({}) },
    }]),
    tf('rds-cluster-and-instances-delete', block('When the aws_rds_cluster goes with its aws_rds_cluster_instance, the cluster volume and its data go (skip_final_snapshot = true) (hashicorp/aws 6.25.0).'), [{
      type: 'aws_rds_cluster_instance', name: 'writer', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-0`, cluster_identifier: 'orders', engine: 'aurora-postgresql', id: 'orders-0', identifier: 'orders-0', instance_class: 'db.r6g.large', ...tags({}) },
    }, {
      type: 'aws_rds_cluster', name: 'orders', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:orders`, backup_retention_period: 1, cluster_identifier: 'orders', database_name: 'orders', deletion_protection: false, engine: 'aurora-postgresql', engine_version: '16.4', final_snapshot_identifier: null, id: 'orders', master_username: 'orders', skip_final_snapshot: true, storage_encrypted: true, ...tags({}) },
    }]),
    tf('s3-object-content-delete', allow('An aws_s3_object whose content is written in the configuration carries its data in the plan itself; deleting it loses nothing the configuration cannot put back (hashicorp/aws 6.25.0 content).'), [{
      type: 'aws_s3_object', name: 'robots', actions: ['delete'], reason: DEL,
      before: { acl: null, bucket: 'acme-site', bucket_key_enabled: false, content: 'User-agent: *\nDisallow: /admin\n', content_type: 'text/plain', etag: '3f2a4c1e0b9d8a7e6f5c4b3a2d1e0f9a', force_destroy: false, id: 'robots.txt', key: 'robots.txt', server_side_encryption: 'AES256', source: null, storage_class: 'STANDARD', version_id: '', ...tags({}) },
    }]),
    tf('s3-object-source-replace', allow('An aws_s3_object uploaded from a local source file (a build artifact) is rebuilt from that file; replacing it loses nothing (hashicorp/aws 6.25.0 source).'), [{
      type: 'aws_s3_object', name: 'bundle', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['key']],
      before: { bucket: 'acme-site', bucket_key_enabled: false, content_type: 'application/javascript', etag: '9b1c6f0e2d3a4b5c6d7e8f9a0b1c2d3e', force_destroy: false, id: 'assets/app.3f9a.js', key: 'assets/app.3f9a.js', server_side_encryption: 'AES256', source: 'dist/app.js', source_hash: null, storage_class: 'STANDARD', ...tags({}) },
      after: { bucket: 'acme-site', bucket_key_enabled: false, content_type: 'application/javascript', etag: '0c2d7e1f3a4b5c6d7e8f9a0b1c2d3e4f', force_destroy: false, key: 'assets/app.7c1d.js', server_side_encryption: 'AES256', source: 'dist/app.js', source_hash: null, storage_class: 'STANDARD', ...tags({}) },
      unknown: ['id', 'version_id'],
    }]),
    pu('rds-read-replica-delete', allow('An aws:rds/instance with replicateSourceDb is a read replica of a source that stays (@pulumi/aws 7.48.0 rds/instance.d.ts).'), S, [{
      op: 'delete', type: 'aws:rds/instance:Instance', name: 'orders-replica',
      old: { id: 'db-ORDERSREPLICA', inputs: { identifier: 'orders-replica', instanceClass: 'db.r6g.large', replicateSourceDb: 'orders', skipFinalSnapshot: true, storageEncrypted: true } },
    }]),
    pu('rds-primary-delete', block('A primary aws:rds/instance (no replicateSourceDb) deleted: the database is destroyed (@pulumi/aws 7.48.0).'), S, [{
      op: 'delete', type: 'aws:rds/instance:Instance', name: 'orders', old: { id: 'db-ORDERS', inputs: prds('orders') },
    }]),
    pu('elasticache-memcached-delete', allow('An aws:elasticache/cluster with engine "memcached" has no persistence (@pulumi/aws 7.48.0 elasticache/cluster.d.ts: snapshots are Redis only).'), S, [{
      op: 'delete', type: 'aws:elasticache/cluster:Cluster', name: 'pages',
      old: { id: 'pages', inputs: { clusterId: 'pages', engine: 'memcached', engineVersion: '1.6.22', nodeType: 'cache.t4g.small', numCacheNodes: 2 } },
    }]),
    pu('elasticache-redis-delete', block('An aws:elasticache/cluster with engine "redis" and snapshots is a persisted store; its delete destroys it (judgement, see README).'), S, [{
      op: 'delete', type: 'aws:elasticache/cluster:Cluster', name: 'queue',
      old: { id: 'queue', inputs: { clusterId: 'queue', engine: 'redis', engineVersion: '7.1', nodeType: 'cache.r7g.large', numCacheNodes: 1, snapshotRetentionLimit: 5 } },
    }]),
    pu('rds-cluster-instance-delete', allow('Deleting one aws:rds/clusterInstance while its aws:rds/cluster stays (no step for it) leaves the Aurora cluster volume and its data in place.'), S, [{
      op: 'delete', type: 'aws:rds/clusterInstance:ClusterInstance', name: 'orders-reader-1',
      old: { id: 'orders-1', inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', identifier: 'orders-1', instanceClass: 'db.r6g.large', promotionTier: 1 } },
    }]),
    pu('rds-cluster-and-instance-delete', block('An aws:rds/cluster deleted with its instance and skipFinalSnapshot true destroys the cluster volume (@pulumi/aws 7.48.0 rds/cluster.d.ts).'), S, [{
      op: 'delete', type: 'aws:rds/clusterInstance:ClusterInstance', name: 'orders-writer',
      old: { id: 'orders-0', inputs: { clusterIdentifier: 'orders', engine: 'aurora-postgresql', identifier: 'orders-0', instanceClass: 'db.r6g.large' } },
    }, {
      op: 'delete', type: 'aws:rds/cluster:Cluster', name: 'orders',
      old: { id: 'orders', inputs: { clusterIdentifier: 'orders', databaseName: 'orders', engine: 'aurora-postgresql', masterUsername: 'orders', skipFinalSnapshot: true, deletionProtection: false, backupRetentionPeriod: 1 } },
    }]),
    pu('s3-object-content-delete', allow('An aws:s3/bucketObjectv2 whose content is in the program carries its data in the plan; deleting it loses nothing (@pulumi/aws 7.48.0 s3/bucketObjectv2.d.ts content).'), { stack: 'staging', project: 'site' }, [{
      op: 'delete', type: 'aws:s3/bucketObjectv2:BucketObjectv2', name: 'robots',
      old: { id: 'robots.txt', inputs: { bucket: 'acme-site', key: 'robots.txt', content: 'User-agent: *\nDisallow: /admin\n', contentType: 'text/plain' } },
    }]),
  ];
}
