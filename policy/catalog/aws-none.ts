// AWS types whose names suggest storage but which hold no data of their own, each group with its reason. Listing
// them is what lets catalog.schema.test.ts prove every storage-looking type of the provider was looked at.

import type { CatalogEntry } from './types.js';

const group = (note: string, types: readonly string[]): CatalogEntry[] =>
  types.map((type) => ({ family: 'aws', canonical: type, ...(type.includes(':') ? { pulumi: type } : { terraform: type }), role: 'none' as const, note }));

export const awsNone: CatalogEntry[] = [
  ...group('configures a bucket (access, encryption, logging, notifications, reporting): deleting it deletes no object', [
    'aws_s3_bucket_acl', 'aws_s3_bucket_cors_configuration', 'aws_s3_bucket_logging', 'aws_s3_bucket_notification',
    'aws_s3_bucket_ownership_controls', 'aws_s3_bucket_public_access_block', 'aws_s3_bucket_website_configuration',
    'aws_s3_bucket_server_side_encryption_configuration', 'aws_s3_bucket_accelerate_configuration',
    'aws_s3_bucket_request_payment_configuration', 'aws_s3_bucket_intelligent_tiering_configuration', 'aws_s3_bucket_inventory',
    'aws_s3_bucket_metric', 'aws_s3_bucket_analytics_configuration', 'aws_s3_account_public_access_block',
    'aws_s3_bucket_abac', 'aws_s3_bucket_metadata_configuration',
  ]),
  ...group('configures a database (network, parameters, options, proxy, logins): deleting it deletes no data', [
    'aws_db_subnet_group', 'aws_db_parameter_group', 'aws_db_option_group', 'aws_rds_cluster_parameter_group', 'aws_db_proxy',
    'aws_db_proxy_endpoint', 'aws_db_proxy_target', 'aws_db_proxy_default_target_group', 'aws_db_event_subscription',
    'aws_db_instance_role_association', 'aws_rds_cluster_role_association', 'aws_rds_cluster_endpoint',
    'aws_docdb_subnet_group', 'aws_docdb_cluster_parameter_group', 'aws_docdb_event_subscription',
    'aws_neptune_subnet_group', 'aws_neptune_parameter_group', 'aws_neptune_cluster_parameter_group', 'aws_neptune_event_subscription',
    'aws_neptune_cluster_endpoint', 'aws_elasticache_subnet_group', 'aws_elasticache_parameter_group', 'aws_elasticache_user',
    'aws_elasticache_user_group', 'aws_elasticache_user_group_association', 'aws_redshift_subnet_group', 'aws_redshift_parameter_group',
    'aws_dynamodb_contributor_insights', 'aws_dynamodb_kinesis_streaming_destination', 'aws_dynamodb_tag',
    'aws_dynamodb_resource_policy', 'aws_dynamodb_table_export',
  ]),
  ...group('settings of the account or region, not a store: deleting them deletes no data', [
    'aws_ebs_default_kms_key', 'aws_ebs_encryption_by_default', 'aws_ebs_snapshot_block_public_access', 'aws_kms_alias', 'aws_kms_grant',
    'aws_kms_ciphertext', 'aws_kms_key_policy', 'aws_backup_vault_policy', 'aws_backup_vault_notifications', 'aws_backup_region_settings',
    'aws_backup_global_settings', 'aws_backup_report_plan', 'aws_backup_framework',
  ]),
  ...group('a copy of data kept elsewhere: its source holds the data (a cache in front of a table, a replica of a table)', [
    'aws_dax_cluster', 'aws_dax_subnet_group', 'aws_dax_parameter_group', 'aws_dynamodb_table_replica',
  ]),
  ...group('its whole content is in the plan (a table item written by the program), so it can be written again', ['aws_dynamodb_table_item']),
  ...group('operational logs that expire by their own retention setting; archive logs belong in a bucket, which is data', [
    'aws_cloudwatch_log_group', 'aws_cloudwatch_log_stream',
  ]),
];
