// AWS types whose names suggest storage but which hold no data of their own, each group with its reason. Listing
// them is what lets catalog.schema.test.ts prove every storage-looking type of the provider was looked at. Each item
// is a Terraform name, a Pulumi token (a type only one tool has), or `[terraform, pulumi, ...aliases]` for one type
// under both tools' names (the deprecated Pulumi `…V2` tokens of the S3 bucket settings as aliases).

import type { CatalogEntry } from './types.js';

type Names = string | readonly [string, ...string[]];

function entry(names: Names, note: string): CatalogEntry {
  const [first, ...rest] = typeof names === 'string' ? [names] : names;
  const pulumiOnly = first.includes(':');
  const [pulumi, ...aliases] = pulumiOnly ? [first, ...rest] : rest;
  return {
    family: 'aws', canonical: first, role: 'none', note,
    ...(pulumiOnly ? {} : { terraform: first }),
    ...(pulumi ? { pulumi } : {}),
    ...(aliases.length > 0 ? { aliases } : {}),
  };
}

const group = (note: string, types: readonly Names[]): CatalogEntry[] => types.map((names) => entry(names, note));

export const awsNone: CatalogEntry[] = [
  ...group('configures a bucket (access, encryption, logging, notifications, reporting): deleting it deletes no object', [
    ['aws_s3_bucket_acl', 'aws:s3/bucketAcl:BucketAcl', 'aws:s3/bucketAclV2:BucketAclV2'],
    ['aws_s3_bucket_cors_configuration', 'aws:s3/bucketCorsConfiguration:BucketCorsConfiguration', 'aws:s3/bucketCorsConfigurationV2:BucketCorsConfigurationV2'],
    ['aws_s3_bucket_logging', 'aws:s3/bucketLogging:BucketLogging', 'aws:s3/bucketLoggingV2:BucketLoggingV2'],
    ['aws_s3_bucket_notification', 'aws:s3/bucketNotification:BucketNotification'],
    ['aws_s3_bucket_ownership_controls', 'aws:s3/bucketOwnershipControls:BucketOwnershipControls'],
    ['aws_s3_bucket_public_access_block', 'aws:s3/bucketPublicAccessBlock:BucketPublicAccessBlock'],
    ['aws_s3_bucket_website_configuration', 'aws:s3/bucketWebsiteConfiguration:BucketWebsiteConfiguration', 'aws:s3/bucketWebsiteConfigurationV2:BucketWebsiteConfigurationV2'],
    ['aws_s3_bucket_server_side_encryption_configuration', 'aws:s3/bucketServerSideEncryptionConfiguration:BucketServerSideEncryptionConfiguration', 'aws:s3/bucketServerSideEncryptionConfigurationV2:BucketServerSideEncryptionConfigurationV2'],
    ['aws_s3_bucket_accelerate_configuration', 'aws:s3/bucketAccelerateConfiguration:BucketAccelerateConfiguration', 'aws:s3/bucketAccelerateConfigurationV2:BucketAccelerateConfigurationV2'],
    ['aws_s3_bucket_request_payment_configuration', 'aws:s3/bucketRequestPaymentConfiguration:BucketRequestPaymentConfiguration', 'aws:s3/bucketRequestPaymentConfigurationV2:BucketRequestPaymentConfigurationV2'],
    ['aws_s3_bucket_intelligent_tiering_configuration', 'aws:s3/bucketIntelligentTieringConfiguration:BucketIntelligentTieringConfiguration'],
    ['aws_s3_bucket_inventory', 'aws:s3/inventory:Inventory'], ['aws_s3_bucket_metric', 'aws:s3/bucketMetric:BucketMetric'],
    ['aws_s3_bucket_analytics_configuration', 'aws:s3/analyticsConfiguration:AnalyticsConfiguration'],
    ['aws_s3_account_public_access_block', 'aws:s3/accountPublicAccessBlock:AccountPublicAccessBlock'],
    ['aws_s3_bucket_abac', 'aws:s3/bucketAbac:BucketAbac'],
    ['aws_s3_bucket_metadata_configuration', 'aws:s3/bucketMetadataConfiguration:BucketMetadataConfiguration'],
    ['aws_s3control_directory_bucket_access_point_scope', 'aws:s3control/directoryBucketAccessPointScope:DirectoryBucketAccessPointScope'],
    ['aws_s3control_storage_lens_configuration', 'aws:s3control/storageLensConfiguration:StorageLensConfiguration'],
    ['aws_shield_drt_access_log_bucket_association', 'aws:shield/drtAccessLogBucketAssociation:DrtAccessLogBucketAssociation'],
    ['aws_lightsail_bucket_access_key', 'aws:lightsail/bucketAccessKey:BucketAccessKey'],
    ['aws_lightsail_bucket_resource_access', 'aws:lightsail/bucketResourceAccess:BucketResourceAccess']
  ]),
  ...group('configures a database, cache, warehouse or search domain (network, parameters, options, proxy, logins, endpoints, events, reservations): deleting it deletes no data', [
    ['aws_db_subnet_group', 'aws:rds/subnetGroup:SubnetGroup'],
    ['aws_db_parameter_group', 'aws:rds/parameterGroup:ParameterGroup'],
    ['aws_db_option_group', 'aws:rds/optionGroup:OptionGroup'],
    ['aws_rds_cluster_parameter_group', 'aws:rds/clusterParameterGroup:ClusterParameterGroup'],
    ['aws_db_proxy', 'aws:rds/proxy:Proxy'], ['aws_db_proxy_endpoint', 'aws:rds/proxyEndpoint:ProxyEndpoint'],
    ['aws_db_proxy_target', 'aws:rds/proxyTarget:ProxyTarget'],
    ['aws_db_proxy_default_target_group', 'aws:rds/proxyDefaultTargetGroup:ProxyDefaultTargetGroup'],
    ['aws_db_event_subscription', 'aws:rds/eventSubscription:EventSubscription'],
    ['aws_db_instance_role_association', 'aws:rds/roleAssociation:RoleAssociation'],
    ['aws_rds_cluster_role_association', 'aws:rds/clusterRoleAssociation:ClusterRoleAssociation'],
    ['aws_rds_cluster_endpoint', 'aws:rds/clusterEndpoint:ClusterEndpoint'],
    ['aws_rds_certificate', 'aws:rds/certificate:Certificate'],
    ['aws_rds_custom_db_engine_version', 'aws:rds/customDbEngineVersion:CustomDbEngineVersion'],
    ['aws_rds_reserved_instance', 'aws:rds/reservedInstance:ReservedInstance'],
    ['aws_rds_integration', 'aws:rds/integration:Integration'], ['aws_docdb_subnet_group', 'aws:docdb/subnetGroup:SubnetGroup'],
    ['aws_docdb_cluster_parameter_group', 'aws:docdb/clusterParameterGroup:ClusterParameterGroup'],
    ['aws_docdb_event_subscription', 'aws:docdb/eventSubscription:EventSubscription'],
    ['aws_neptune_subnet_group', 'aws:neptune/subnetGroup:SubnetGroup'],
    ['aws_neptune_parameter_group', 'aws:neptune/parameterGroup:ParameterGroup'],
    ['aws_neptune_cluster_parameter_group', 'aws:neptune/clusterParameterGroup:ClusterParameterGroup'],
    ['aws_neptune_event_subscription', 'aws:neptune/eventSubscription:EventSubscription'],
    ['aws_neptune_cluster_endpoint', 'aws:neptune/clusterEndpoint:ClusterEndpoint'],
    ['aws_elasticache_subnet_group', 'aws:elasticache/subnetGroup:SubnetGroup'],
    ['aws_elasticache_parameter_group', 'aws:elasticache/parameterGroup:ParameterGroup'],
    ['aws_elasticache_user', 'aws:elasticache/user:User'], ['aws_elasticache_user_group', 'aws:elasticache/userGroup:UserGroup'],
    ['aws_elasticache_user_group_association', 'aws:elasticache/userGroupAssociation:UserGroupAssociation'],
    ['aws_elasticache_reserved_cache_node', 'aws:elasticache/reservedCacheNode:ReservedCacheNode'],
    ['aws_memorydb_acl', 'aws:memorydb/acl:Acl'], ['aws_memorydb_parameter_group', 'aws:memorydb/parameterGroup:ParameterGroup'],
    ['aws_memorydb_subnet_group', 'aws:memorydb/subnetGroup:SubnetGroup'], ['aws_memorydb_user', 'aws:memorydb/user:User'],
    ['aws_redshift_subnet_group', 'aws:redshift/subnetGroup:SubnetGroup'],
    ['aws_redshift_parameter_group', 'aws:redshift/parameterGroup:ParameterGroup'],
    ['aws_redshift_authentication_profile', 'aws:redshift/authenticationProfile:AuthenticationProfile'],
    ['aws_redshift_cluster_iam_roles', 'aws:redshift/clusterIamRoles:ClusterIamRoles'],
    ['aws_redshift_endpoint_access', 'aws:redshift/endpointAccess:EndpointAccess'],
    ['aws_redshift_endpoint_authorization', 'aws:redshift/endpointAuthorization:EndpointAuthorization'],
    ['aws_redshift_event_subscription', 'aws:redshift/eventSubscription:EventSubscription'],
    ['aws_redshift_hsm_client_certificate', 'aws:redshift/hsmClientCertificate:HsmClientCertificate'],
    ['aws_redshift_hsm_configuration', 'aws:redshift/hsmConfiguration:HsmConfiguration'],
    ['aws_redshift_integration', 'aws:redshift/integration:Integration'],
    ['aws_redshift_logging', 'aws:redshift/logging:Logging'], ['aws_redshift_partner', 'aws:redshift/partner:Partner'],
    ['aws_redshift_usage_limit', 'aws:redshift/usageLimit:UsageLimit'], 'aws:redshift/idcApplication:IdcApplication',
    'aws:redshift/namespaceRegistration:NamespaceRegistration',
    ['aws_dynamodb_contributor_insights', 'aws:dynamodb/contributorInsights:ContributorInsights'],
    ['aws_dynamodb_kinesis_streaming_destination', 'aws:dynamodb/kinesisStreamingDestination:KinesisStreamingDestination'],
    ['aws_dynamodb_tag', 'aws:dynamodb/tag:Tag'],
    ['aws_elasticsearch_domain_saml_options', 'aws:elasticsearch/domainSamlOptions:DomainSamlOptions'],
    ['aws_elasticsearch_vpc_endpoint', 'aws:elasticsearch/vpcEndpoint:VpcEndpoint'],
    ['aws_opensearch_authorize_vpc_endpoint_access', 'aws:opensearch/authorizeVpcEndpointAccess:AuthorizeVpcEndpointAccess'],
    ['aws_opensearch_domain_saml_options', 'aws:opensearch/domainSamlOptions:DomainSamlOptions'],
    ['aws_opensearch_inbound_connection_accepter', 'aws:opensearch/inboundConnectionAccepter:InboundConnectionAccepter'],
    ['aws_opensearch_outbound_connection', 'aws:opensearch/outboundConnection:OutboundConnection'],
    ['aws_opensearch_package', 'aws:opensearch/package:Package'],
    ['aws_opensearch_package_association', 'aws:opensearch/packageAssociation:PackageAssociation'],
    ['aws_opensearch_vpc_endpoint', 'aws:opensearch/vpcEndpoint:VpcEndpoint'], 'aws:opensearch/application:Application',
    'aws:opensearch/serverlessSecurityConfig:ServerlessSecurityConfig',
    'aws:opensearch/serverlessSecurityPolicy:ServerlessSecurityPolicy',
    'aws:opensearch/serverlessVpcEndpoint:ServerlessVpcEndpoint',
    'aws:opensearch/serverlessCollectionGroup:ServerlessCollectionGroup', ['aws_odb_network', 'aws:odb/network:Network'],
    ['aws_odb_network_peering_connection', 'aws:odb/networkPeeringConnection:NetworkPeeringConnection'],
    'aws:odb/iamRoleAssociation:IamRoleAssociation'
  ]),
  ...group('an access policy, permission or share of a store (who may read, write or see it): deleting it deletes no data', [
    ['aws_ecr_registry_policy', 'aws:ecr/registryPolicy:RegistryPolicy'],
    ['aws_codeartifact_repository_permissions_policy', 'aws:codeartifact/repositoryPermissionsPolicy:RepositoryPermissionsPolicy'],
    ['aws_efs_file_system_policy', 'aws:efs/fileSystemPolicy:FileSystemPolicy'],
    ['aws_secretsmanager_secret_policy', 'aws:secretsmanager/secretPolicy:SecretPolicy'],
    ['aws_sqs_queue_policy', 'aws:sqs/queuePolicy:QueuePolicy'],
    ['aws_sqs_queue_redrive_allow_policy', 'aws:sqs/redriveAllowPolicy:RedriveAllowPolicy'],
    ['aws_sqs_queue_redrive_policy', 'aws:sqs/redrivePolicy:RedrivePolicy'],
    ['aws_snapshot_create_volume_permission', 'aws:ec2/snapshotCreateVolumePermission:SnapshotCreateVolumePermission'],
    ['aws_s3tables_table_bucket_policy', 'aws:s3tables/tableBucketPolicy:TableBucketPolicy'],
    ['aws_s3tables_table_policy', 'aws:s3tables/tablePolicy:TablePolicy'],
    ['aws_s3vectors_vector_bucket_policy', 'aws:s3/vectorsVectorBucketPolicy:VectorsVectorBucketPolicy'],
    'aws:s3/filesFileSystemPolicy:FilesFileSystemPolicy',
    ['aws_elasticsearch_domain_policy', 'aws:elasticsearch/domainPolicy:DomainPolicy'],
    ['aws_opensearch_domain_policy', 'aws:opensearch/domainPolicy:DomainPolicy'],
    'aws:opensearch/serverlessAccessPolicy:ServerlessAccessPolicy',
    ['aws_redshift_resource_policy', 'aws:redshift/resourcePolicy:ResourcePolicy'],
    ['aws_redshift_data_share_authorization', 'aws:redshift/dataShareAuthorization:DataShareAuthorization'],
    ['aws_redshift_data_share_consumer_association', 'aws:redshift/dataShareConsumerAssociation:DataShareConsumerAssociation'],
    ['aws_redshift_snapshot_copy_grant', 'aws:redshift/snapshotCopyGrant:SnapshotCopyGrant'],
    ['aws_schemas_registry_policy', 'aws:schemas/registryPolicy:RegistryPolicy'],
    ['aws_msk_scram_secret_association', 'aws:msk/scramSecretAssociation:ScramSecretAssociation'],
    ['aws_msk_single_scram_secret_association', 'aws:msk/singleScramSecretAssociation:SingleScramSecretAssociation'],
    ['aws_ram_resource_share', 'aws:ram/resourceShare:ResourceShare'],
    ['aws_ram_resource_share_accepter', 'aws:ram/resourceShareAccepter:ResourceShareAccepter'],
    'aws:ram/resourceShareAssociationsExclusive:ResourceShareAssociationsExclusive',
    ['aws_servicecatalog_portfolio_share', 'aws:servicecatalog/portfolioShare:PortfolioShare'],
    ['aws_auditmanager_framework_share', 'aws:auditmanager/frameworkShare:FrameworkShare']
  ]),
  ...group('settings of the account or region, not a store: deleting them deletes no data', [
    ['aws_ebs_default_kms_key', 'aws:ebs/defaultKmsKey:DefaultKmsKey'],
    ['aws_ebs_encryption_by_default', 'aws:ebs/encryptionByDefault:EncryptionByDefault'],
    ['aws_ebs_snapshot_block_public_access', 'aws:ebs/snapshotBlockPublicAccess:SnapshotBlockPublicAccess'],
    ['aws_ebs_fast_snapshot_restore', 'aws:ebs/fastSnapshotRestore:FastSnapshotRestore'],
    ['aws_kms_alias', 'aws:kms/alias:Alias'], ['aws_kms_grant', 'aws:kms/grant:Grant'],
    ['aws_kms_ciphertext', 'aws:kms/ciphertext:Ciphertext'],
    ['aws_backup_vault_notifications', 'aws:backup/vaultNotifications:VaultNotifications'],
    ['aws_backup_region_settings', 'aws:backup/regionSettings:RegionSettings'],
    ['aws_backup_global_settings', 'aws:backup/globalSettings:GlobalSettings'],
    ['aws_backup_report_plan', 'aws:backup/reportPlan:ReportPlan'], ['aws_backup_framework', 'aws:backup/framework:Framework'],
    ['aws_ecr_registry_scanning_configuration', 'aws:ecr/registryScanningConfiguration:RegistryScanningConfiguration'],
    ['aws_ecr_repository_creation_template', 'aws:ecr/repositoryCreationTemplate:RepositoryCreationTemplate'],
    ['aws_ecr_pull_through_cache_rule', 'aws:ecr/pullThroughCacheRule:PullThroughCacheRule'],
    ['aws_secretsmanager_secret_rotation', 'aws:secretsmanager/secretRotation:SecretRotation'],
    ['aws_bedrockagentcore_token_vault_cmk', 'aws:bedrock/agentcoreTokenVaultCmk:AgentcoreTokenVaultCmk'],
    ['aws_connect_instance_storage_config', 'aws:connect/instanceStorageConfig:InstanceStorageConfig'],
    'aws:cloudwatch/logStorageTierPolicy:LogStorageTierPolicy',
    'aws:cloudwatch/logS3TableIntegrationSource:LogS3TableIntegrationSource',
    'aws:observabilityadmin/s3TableIntegration:S3TableIntegration'
  ]),
  ...group('tests restores: it restores recovery points into temporary resources and deletes those; the recovery points stay', [
    ['aws_backup_restore_testing_plan', 'aws:backup/restoreTestingPlan:RestoreTestingPlan'],
    ['aws_backup_restore_testing_selection', 'aws:backup/restoreTestingSelection:RestoreTestingSelection']
  ]),
  ...group('a copy of data kept elsewhere: its source holds the data (a cache in front of a table, a replica or index of a table, the secondaries of a global datastore)', [
    ['aws_dax_cluster', 'aws:dax/cluster:Cluster'], ['aws_dax_subnet_group', 'aws:dax/subnetGroup:SubnetGroup'],
    ['aws_dax_parameter_group', 'aws:dax/parameterGroup:ParameterGroup'],
    ['aws_dynamodb_table_replica', 'aws:dynamodb/tableReplica:TableReplica'],
    'aws:dynamodb/globalSecondaryIndex:GlobalSecondaryIndex',
    ['aws_elasticache_global_replication_group', 'aws:elasticache/globalReplicationGroup:GlobalReplicationGroup'],
    ['aws_memorydb_multi_region_cluster', 'aws:memorydb/multiRegionCluster:MultiRegionCluster']
  ]),
  // A version's value lives in its secret (aws_secretsmanager_secret, data). Deleting the version resource leaves the
  // AWSCURRENT version active (secretsmanager/secretVersion.d.ts); older versions are deprecated by rotation anyway.
  ...group('a version of a secret: the secret keeps its current value when the version resource is deleted', [
    ['aws_secretsmanager_secret_version', 'aws:secretsmanager/secretVersion:SecretVersion'],
  ]),
  ...group('its whole content is in the plan (a table item written by the program), so it can be written again', [
    ['aws_dynamodb_table_item', 'aws:dynamodb/tableItem:TableItem']
  ]),
  ...group('operational logs that expire by their own retention setting; archive logs belong in a bucket, which is data', [
    ['aws_cloudwatch_log_group', 'aws:cloudwatch/logGroup:LogGroup'],
    ['aws_cloudwatch_log_stream', 'aws:cloudwatch/logStream:LogStream']
  ]),
  ...group('an export or a transfer: it copies data to a destination and holds none itself; deleting it deletes neither side', [
    ['aws_dynamodb_table_export', 'aws:dynamodb/tableExport:TableExport'],
    ['aws_rds_export_task', 'aws:rds/exportTask:ExportTask'],
    ['aws_datasync_location_azure_blob', 'aws:datasync/locationAzureBlob:LocationAzureBlob'],
    ['aws_datasync_location_efs', 'aws:datasync/efsLocation:EfsLocation'],
    ['aws_datasync_location_fsx_lustre_file_system', 'aws:datasync/locationFsxLustre:LocationFsxLustre'],
    ['aws_datasync_location_fsx_ontap_file_system', 'aws:datasync/locationFsxOntapFileSystem:LocationFsxOntapFileSystem'],
    ['aws_datasync_location_fsx_openzfs_file_system', 'aws:datasync/fsxOpenZfsFileSystem:FsxOpenZfsFileSystem'],
    ['aws_datasync_location_fsx_windows_file_system', 'aws:datasync/locationFsxWindows:LocationFsxWindows'],
    ['aws_datasync_location_object_storage', 'aws:datasync/locationObjectStorage:LocationObjectStorage']
  ]),
  ...group('sends records on to a destination and keeps none of its own once delivered (a delivery stream, a consumer, an event stream)', [
    ['aws_kinesis_firehose_delivery_stream', 'aws:kinesis/firehoseDeliveryStream:FirehoseDeliveryStream'],
    ['aws_kinesis_stream_consumer', 'aws:kinesis/streamConsumer:StreamConsumer'],
    ['aws_cloudwatch_metric_stream', 'aws:cloudwatch/metricStream:MetricStream'],
    ['aws_pinpoint_event_stream', 'aws:pinpoint/eventStream:EventStream'], ['aws_qldb_stream', 'aws:qldb/stream:Stream'],
    ['aws_rds_cluster_activity_stream', 'aws:rds/clusterActivityStream:ClusterActivityStream'],
    ['aws_rekognition_stream_processor', 'aws:rekognition/streamProcessor:StreamProcessor']
  ]),
  ...group('a queue of jobs, sessions or contacts, not a message store', [
    ['aws_batch_job_queue', 'aws:batch/jobQueue:JobQueue'], ['aws_media_convert_queue', 'aws:mediaconvert/queue:Queue'],
    ['aws_gamelift_game_session_queue', 'aws:gamelift/gameSessionQueue:GameSessionQueue'],
    ['aws_connect_queue', 'aws:connect/queue:Queue']
  ]),
  ...group('a cache or buffer rebuilt from its source (an API cache, a CDN cache policy, the local disks of a storage gateway)', [
    ['aws_appsync_api_cache', 'aws:appsync/apiCache:ApiCache'],
    ['aws_cloudfront_cache_policy', 'aws:cloudfront/cachePolicy:CachePolicy'],
    ['aws_storagegateway_cache', 'aws:storagegateway/cache:Cache'],
    ['aws_storagegateway_working_storage', 'aws:storagegateway/workingStorage:WorkingStorage']
  ]),
  ...group('metadata over data kept elsewhere (table definitions over S3 objects, schema definitions the program declares): deleting it deletes no data file', [
    ['aws_athena_database', 'aws:athena/database:Database'],
    ['aws_glue_catalog_database', 'aws:glue/catalogDatabase:CatalogDatabase'],
    ['aws_glue_catalog_table', 'aws:glue/catalogTable:CatalogTable'],
    ['aws_cleanrooms_configured_table', 'aws:cleanrooms/configuredTable:ConfiguredTable'],
    ['aws_glue_registry', 'aws:glue/registry:Registry'], ['aws_schemas_registry', 'aws:schemas/registry:Registry'],
    'aws:agentregistry/registry:Registry', 'aws:bedrock/agentcoreRegistry:AgentcoreRegistry'
  ]),
  ...group('maintains an Iceberg table (compaction, snapshot retention, orphan-file removal): it deletes old snapshots and unreferenced files, never the current table', [
    ['aws_glue_catalog_table_optimizer', 'aws:glue/catalogTableOptimizer:CatalogTableOptimizer']
  ]),
  ...group('points at code hosted elsewhere (a Git repository it reviews or clones): deleting it deletes no commit', [
    ['aws_codegurureviewer_repository_association', 'aws:codegurureviewer/repositoryAssociation:RepositoryAssociation'],
    ['aws_sagemaker_code_repository', 'aws:sagemaker/codeRepository:CodeRepository']
  ]),
  ...group('serves or arranges storage that lives in another resource (an SVM, an access point, an association, a key store, an archive filter, a snapshot schedule)', [
    ['aws_fsx_ontap_storage_virtual_machine', 'aws:fsx/ontapStorageVirtualMachine:OntapStorageVirtualMachine'],
    ['aws_fsx_s3_access_point_attachment', 'aws:fsx/s3AccessPointAttachment:S3AccessPointAttachment'],
    ['aws_storagegateway_file_system_association', 'aws:storagegateway/fileSystemAssociation:FileSystemAssociation'],
    ['aws_kms_custom_key_store', 'aws:kms/customKeyStore:CustomKeyStore'],
    ['aws_accessanalyzer_archive_rule', 'aws:accessanalyzer/archiveRule:ArchiveRule'],
    ['aws_redshift_snapshot_schedule', 'aws:redshift/snapshotSchedule:SnapshotSchedule'],
    ['aws_redshift_snapshot_schedule_association', 'aws:redshift/snapshotScheduleAssociation:SnapshotScheduleAssociation'],
    ['aws_redshift_scheduled_action', 'aws:redshift/scheduledAction:ScheduledAction'],
    ['aws_rds_instance_state', 'aws:rds/instanceDesiredState:InstanceDesiredState']
  ]),
  ...group('networking or filtering, not storage: the table is a route table, the SQL a match set', [
    ['aws_route_table', 'aws:ec2/routeTable:RouteTable'],
    ['aws_default_route_table', 'aws:ec2/defaultRouteTable:DefaultRouteTable'],
    ['aws_route_table_association', 'aws:ec2/routeTableAssociation:RouteTableAssociation'],
    ['aws_main_route_table_association', 'aws:ec2/mainRouteTableAssociation:MainRouteTableAssociation'],
    ['aws_vpc_endpoint_route_table_association', 'aws:ec2/vpcEndpointRouteTableAssociation:VpcEndpointRouteTableAssociation'],
    ['aws_ec2_local_gateway_route_table_vpc_association', 'aws:ec2/localGatewayRouteTableVpcAssociation:LocalGatewayRouteTableVpcAssociation'],
    'aws:ec2/localGatewayRouteTable:LocalGatewayRouteTable',
    'aws:ec2/localGatewayRouteTableVirtualInterfaceGroupAssociation:LocalGatewayRouteTableVirtualInterfaceGroupAssociation',
    ['aws_ec2_transit_gateway_route_table', 'aws:ec2transitgateway/routeTable:RouteTable'],
    ['aws_ec2_transit_gateway_route_table_association', 'aws:ec2transitgateway/routeTableAssociation:RouteTableAssociation'],
    ['aws_ec2_transit_gateway_route_table_propagation', 'aws:ec2transitgateway/routeTablePropagation:RouteTablePropagation'],
    ['aws_ec2_transit_gateway_default_route_table_association', 'aws:ec2transitgateway/defaultRouteTableAssociation:DefaultRouteTableAssociation'],
    ['aws_ec2_transit_gateway_default_route_table_propagation', 'aws:ec2transitgateway/defaultRouteTablePropagation:DefaultRouteTablePropagation'],
    ['aws_ec2_transit_gateway_policy_table', 'aws:ec2transitgateway/policyTable:PolicyTable'],
    ['aws_ec2_transit_gateway_policy_table_association', 'aws:ec2transitgateway/policyTableAssociation:PolicyTableAssociation'],
    'aws:ec2transitgateway/policyTableEntry:PolicyTableEntry',
    ['aws_networkmanager_transit_gateway_route_table_attachment', 'aws:networkmanager/transitGatewayRouteTableAttachment:TransitGatewayRouteTableAttachment'],
    ['aws_waf_sql_injection_match_set', 'aws:waf/sqlInjectionMatchSet:SqlInjectionMatchSet'],
    ['aws_wafregional_sql_injection_match_set', 'aws:wafregional/sqlInjectionMatchSet:SqlInjectionMatchSet']
  ]),

];
