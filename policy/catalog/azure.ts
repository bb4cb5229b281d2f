// Azure, under both tools' names: Terraform's hashicorp/azurerm (@cdktf/provider-azurerm 14.23.1 = provider 4.55.0)
// and Pulumi's azure-native (@pulumi/azure-native 3.28.0, the ARM REST API at each resource's default version).
// azure-native is not a bridged provider: its property names are ARM's (camelCase, nested `properties` flattened as
// its Args show), so its types have their own entries (canonical `azure-native.<module>.<name>`) with their own paths.
// Facts and defaults: the azurerm docs as the bridged @pulumi/azure 6.40.0 ships them in its JSDoc (`<module>/<name>.d.ts`,
// `types/input.d.ts`), the JSDoc of @pulumi/azure-native 3.28.0, and ../shared/design/data-model.md (§ given).
// Types of this provider that are not listed here hold no data (see azure-none.ts for those whose names suggest
// otherwise); catalog.schema.test.ts checks every name and path against the providers' schemas.
//
// Provider-level switches are configuration of the provider, not of any resource, so no entry reads them (notes say
// where they matter): `features.resource_group.prevent_deletion_if_contains_resources` (true from 3.0),
// `key_vault.purge_soft_delete_on_destroy` (true), `virtual_machine.delete_os_disk_on_deletion` (true),
// `template_deployment.delete_nested_items_during_deletion` (true), `log_analytics_workspace.permanently_delete_on_destroy`
// (false), `netapp.prevent_volume_destruction` (true), `recovery_service.purge_protected_items_from_vault_on_destroy`
// (false), `subscription.prevent_cancellation_on_destroy` (false) (data-model.md §1.3).

import type { CatalogEntry, DataKind, GuardField, Predicate } from './types.js';
import { azureNone } from './azure-none.js';
import { azureManagementPolicyExpirations, azureNativeManagementPolicyExpirations, ttlExpirations } from './expiry.js';
import { has, memberOf, read, readAll } from './read.js';

const AZ = (file: string) => `@pulumi/azure 6.40.0 ${file} (azurerm 4.x docs)`;
const AN = (file: string) => `@pulumi/azure-native 3.28.0 ${file}`;

/** A Cosmos DB account's backup is Periodic (the default when unset): only then does its retention count. */
const periodicBackup = (path: string): Predicate => ({
  attributes: [path], reason: 'the backup policy is Periodic (the default)',
  test: (p) => { const type = read(p, path); return type === undefined || type === null || type === '' || type === 'Periodic'; },
});

const tf = (canonical: string, terraform: string, rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi'>): CatalogEntry =>
  ({ family: 'azurerm', canonical, terraform, ...rest });
const an = (canonical: string, pulumi: string, rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi'>): CatalogEntry =>
  ({ family: 'azurerm', canonical, pulumi, ...rest });
/** Plain data entries: a type and its kind, nothing else known about it. */
const plain = (kind: DataKind, names: readonly string[], note?: string): CatalogEntry[] =>
  names.map((name) => ({
    family: 'azurerm', canonical: name, ...(name.includes(':') ? { pulumi: name } : { terraform: name }), role: 'data' as const, data: { kind }, ...(note ? { note } : {}),
  }));

/** A member of something whose data stays: named by a property; deleting the member loses nothing unique. */
const oneOf = (attribute: string, values: readonly string[], reason: string): Predicate =>
  ({ attributes: [attribute], reason, test: (p) => values.includes(String(read(p, attribute))) });

/**
 * A read replica of an Azure Database flexible server: created as one (create_mode Replica) and not promoted since.
 * Promoting a replica stops its replication and leaves create_mode as it was: azurerm promotes by updating
 * replication_role to None ("only can be updated to `None` for replica server", azurerm postgresql_flexible_server
 * and mysql_flexible_server docs), and the API's None means "No replication role assigned; the server operates
 * independently" (Azure REST ReplicationRole, @azure/arm-postgresql-flexible KnownReplicationRole). Such a server
 * holds data no other server has. Unset, the role says nothing and create_mode decides; set, only a replica's role
 * (PostgreSQL AsyncReplica, GeoAsyncReplica; MySQL Replica: KnownReplicationRole of @azure/arm-postgresql-flexible
 * and @azure/arm-mysql-flexible) keeps it a replica. Any other value (None, Primary, Source, or one the API never
 * writes, such as `NONE`: found by the long fuzz run) is read as a server of its own (fail closed).
 */
const REPLICA_ROLES: readonly string[] = ['AsyncReplica', 'GeoAsyncReplica', 'Replica'];
const flexibleReplica = (createMode: string, role: string): Predicate => ({
  attributes: [createMode, role],
  reason: 'it is a read replica (created as a replica and not promoted): its data is a copy of its source server',
  test: (p) => {
    if (read(p, createMode) !== 'Replica') return false;
    const value = read(p, role);
    return value === undefined || value === null || (typeof value === 'string' && REPLICA_ROLES.includes(value));
  },
});

/** Children name their resource group by `resource_group_name` (azure-native `resourceGroupName`). */
const RESOURCE_GROUP_REASON = 'deleting a resource group deletes every resource in it, whether or not the plan shows them';
const RESOURCE_GROUP_SOURCE = 'azurerm docs/r/resource_group (data-model.md §1.3)';

const lockLevel = (path: string, source: string): GuardField =>
  ({ path, protects: 'values', safeValues: ['CanNotDelete', 'ReadOnly'], deletion: 'refused', what: 'a delete lock', source });
const LOCK_REMOVAL = 'removing the lock lets everything under its scope be deleted';
const LOCK_SOURCE = AN('authorization/managementLockByScope.d.ts (level: CanNotDelete, ReadOnly)');

// Optional+Computed retention: leaving it out keeps the current value, so only a lower number is a cut (no default).
const retention = (path: string, source: string, rest: Partial<GuardField> = {}): GuardField =>
  ({ path, protects: 'more', recovery: true, backup: 'retention', what: 'backup retention', source, ...rest });

/**
 * Long-term retention of SQL backups, as ISO 8601 durations (weekly, monthly and yearly backups kept that long;
 * `PT0S`, the value the API reports when none is set, keeps none). `prefix` is the block that holds them.
 */
const LTR_SOURCE = 'Azure SQL LongTermRetentionPolicy (weeklyRetention, monthlyRetention, yearlyRetention: "in an ISO 8601 format", PT0S when unset)';
const longTermRetention = (prefix: string, source: string): GuardField[] => (['weekly', 'monthly', 'yearly'] as const).map((period) => ({
  path: `${prefix}${period}_retention`, protects: 'more', duration: true, default: 'PT0S', weakAtOrBelow: 0, recovery: true,
  what: `${period} long-term backup retention`, source: `${source}; ${LTR_SOURCE}`,
}));

const noPersistence = (paths: readonly string[], reason: string): Predicate =>
  ({ attributes: [...paths], reason, test: (p) => paths.every((path) => readAll(p, path).every((v) => v !== true && v !== 'true')) });

/** A Cosmos DB container, collection, table or graph whose time to live (seconds) expires items after their last write. */
const ttlTable = (name: string, path: string): CatalogEntry => ({
  family: 'azurerm', canonical: name, ...(name.includes(':') ? { pulumi: name } : { terraform: name }), role: 'data', data: { kind: 'table' },
  expiry: {
    attributes: [path], expirations: ttlExpirations(path),
    source: name.includes(':') ? AN('types/input.d.ts cosmosdb defaultTtl') : AZ('cosmosdb/sqlContainer.d.ts defaultTtl: items expire n seconds after their last modified time'),
  },
});

const storageAccountReason = 'deleting a storage account deletes every container, blob, share, table and queue in it';

export const azureCatalog: CatalogEntry[] = [
  // ---------------------------------------------------------------------------------------------------------------
  // Containers: resource groups, subscriptions, template deployments
  tf('azurerm.resource-group', 'azurerm_resource_group', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:core/resourceGroup:ResourceGroup'],
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn',
      reason: RESOURCE_GROUP_REASON,
      source: RESOURCE_GROUP_SOURCE,
    },
    note: 'the provider refuses to delete a group that still contains resources while features.resource_group.prevent_deletion_if_contains_resources is true (the default from azurerm 3.0; provider configuration, so not read here)',
  }),
  an('azure-native.resources.resource-group', 'azure-native:resources:ResourceGroup', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'resource_group_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn',
      reason: RESOURCE_GROUP_REASON,
      source: `${RESOURCE_GROUP_SOURCE}; azure-native has no guard against deleting a non-empty group (pulumi-azure-native#2522)`,
    },
  }),
  // Cancelling a subscription deletes everything in it (after Azure's grace period).
  tf('azurerm.subscription', 'azurerm_subscription', {
    role: 'container',
    container: {
      cascades: [],
      unknownContents: 'warn',
      reason: 'destroying it cancels the subscription, and Azure then deletes every resource in it',
      source: `${AZ('core/subscription.d.ts')}; features.subscription.prevent_cancellation_on_destroy defaults to false (data-model.md §1.3)`,
    },
  }),
  // features.template_deployment.delete_nested_items_during_deletion (true) deletes what the template deployed.
  tf('azurerm.resource-group-template-deployment', 'azurerm_resource_group_template_deployment', {
    role: 'container',
    container: {
      cascades: [],
      unknownContents: 'warn',
      reason: 'destroying it deletes the resources its ARM template deployed (features.template_deployment.delete_nested_items_during_deletion, true by default)',
      source: 'azurerm features block guide (data-model.md §1.3)',
    },
  }),
  // Deployment stacks: deleting one applies its actionOnUnmanage; `delete` deletes the resources it manages.
  ...['azure-native:resources:DeploymentStackAtResourceGroup', 'azure-native:resources:DeploymentStackAtSubscription', 'azure-native:resources:DeploymentStackAtManagementGroup']
    .map((name) => an(name, name, {
      role: 'container',
      container: {
        cascades: [],
        cascadesWhen: {
          attributes: ['action_on_unmanage.resources', 'action_on_unmanage.resource_groups'], reason: 'actionOnUnmanage deletes resources or resource groups',
          test: (p) => read(p, 'action_on_unmanage.resources') === 'delete' || read(p, 'action_on_unmanage.resource_groups') === 'delete',
        },
        unknownContents: 'warn',
        reason: 'deleting a deployment stack whose actionOnUnmanage is delete deletes the resources (and resource groups) it manages',
        source: AN('resources/deploymentStackAtResourceGroup.d.ts, types/input.d.ts resources.ActionOnUnmanageArgs'),
      },
    })),
  // A role assignment grants a role on a scope (a subscription, a management group, a resource group, a resource):
  // the credential rule judges the role by what it can delete and the scope by what it spans.
  tf('azurerm.authorization.role-assignment', 'azurerm_role_assignment', {
    aliases: ['azure:authorization/assignment:Assignment'],
    role: 'none', roleGrant: { roles: ['role_definition_name', 'role_definition_id'], reach: 'azure-scope', scope: 'scope', condition: 'condition' },
  }),
  an('azure-native.authorization.role-assignment', 'azure-native:authorization:RoleAssignment', {
    role: 'none', roleGrant: { roles: ['role_definition_id'], reach: 'azure-scope', scope: 'scope', condition: 'condition' },
  }),
  // Locks: CanNotDelete and ReadOnly both refuse deletes under the scope.
  tf('azurerm.management-lock', 'azurerm_management_lock', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:management/lock:Lock'],
    role: 'guard',
    guardOf: { target: 'scope', removal: LOCK_REMOVAL },
    guards: [lockLevel('lock_level', `${AZ('management/lock.d.ts')}; ${LOCK_SOURCE}`)],
  }),
  an('azure-native.authorization.lock-by-scope', 'azure-native:authorization:ManagementLockByScope', {
    role: 'guard', guardOf: { target: 'scope', removal: LOCK_REMOVAL }, guards: [lockLevel('level', LOCK_SOURCE)],
  }),
  an('azure-native.authorization.lock-resource-group', 'azure-native:authorization:ManagementLockAtResourceGroupLevel', {
    role: 'guard', guardOf: { target: 'resource_group_name', removal: LOCK_REMOVAL }, guards: [lockLevel('level', LOCK_SOURCE)],
  }),
  an('azure-native.authorization.lock-resource', 'azure-native:authorization:ManagementLockAtResourceLevel', {
    role: 'guard', guardOf: { target: 'resource_name', removal: LOCK_REMOVAL }, guards: [lockLevel('level', LOCK_SOURCE)],
  }),
  an('azure-native.authorization.lock-subscription', 'azure-native:authorization:ManagementLockAtSubscriptionLevel', {
    role: 'guard', guardOf: { removal: 'removing the lock lets every resource of the subscription be deleted' }, guards: [lockLevel('level', LOCK_SOURCE)],
  }),

  // ---------------------------------------------------------------------------------------------------------------
  // Storage accounts and what is in them
  // A locked immutability policy also makes Azure refuse to delete the account or container, but it is irreversible
  // WORM storage, not a deletion switch to recommend: counted for recovery, not as a deletion guard (the guard for
  // an account is a management lock, or the tool's protect / prevent_destroy).
  tf('azurerm.storage.account', 'azurerm_storage_account', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:storage/account:Account'],
    role: 'data', data: { kind: 'bucket' },
    guards: [
      { path: 'blob_properties.delete_retention_policy.days', protects: 'more', recovery: true, what: 'blob soft delete', source: AZ('types/input.d.ts storage.AccountBlobPropertiesDeleteRetentionPolicy') },
      { path: 'blob_properties.container_delete_retention_policy.days', protects: 'more', recovery: true, what: 'container soft delete', source: AZ('types/input.d.ts storage.AccountBlobPropertiesContainerDeleteRetentionPolicy') },
      { path: 'blob_properties.versioning_enabled', protects: true, default: false, recovery: true, what: 'blob versioning', source: AZ('types/input.d.ts storage.AccountBlobProperties') },
      { path: 'share_properties.retention_policy.days', protects: 'more', recovery: true, what: 'file share soft delete', source: AZ('types/input.d.ts storage.AccountSharePropertiesRetentionPolicy') },
      { path: 'immutability_policy.state', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'a locked account immutability policy', source: AZ('storage/account.d.ts immutabilityPolicy') },
    ],
    note: `${storageAccountReason}; blob and container soft delete keep deleted blobs and containers, not a deleted account`,
  }),
  an('azure-native.storage.account', 'azure-native:storage:StorageAccount', {
    role: 'data', data: { kind: 'bucket' },
    guards: [
      { path: 'immutable_storage_with_versioning.immutability_policy.state', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'a locked account immutability policy', source: AN('storage/storageAccount.d.ts') },
    ],
    note: `${storageAccountReason}; soft delete and versioning are separate resources (BlobServiceProperties, FileServiceProperties)`,
  }),
  an('azure-native.storage.blob-service-properties', 'azure-native:storage:BlobServiceProperties', {
    role: 'guard',
    guardOf: { target: 'account_name' },
    guards: [
      { path: 'delete_retention_policy.enabled', protects: true, recovery: true, what: 'blob soft delete', source: AN('storage/blobServiceProperties.d.ts') },
      { path: 'delete_retention_policy.days', protects: 'more', recovery: true, what: 'blob soft delete retention', source: AN('storage/blobServiceProperties.d.ts') },
      { path: 'container_delete_retention_policy.enabled', protects: true, recovery: true, what: 'container soft delete', source: AN('storage/blobServiceProperties.d.ts') },
      { path: 'container_delete_retention_policy.days', protects: 'more', recovery: true, what: 'container soft delete retention', source: AN('storage/blobServiceProperties.d.ts') },
      { path: 'is_versioning_enabled', protects: true, recovery: true, what: 'blob versioning', source: AN('storage/blobServiceProperties.d.ts') },
      { path: 'restore_policy.enabled', protects: true, recovery: true, what: 'point-in-time restore of block blobs', source: AN('storage/blobServiceProperties.d.ts') },
    ],
    note: 'the account\'s single blob service settings: what deleting the Pulumi resource does to them is not documented, so only changes to its fields are judged',
  }),
  an('azure-native.storage.file-service-properties', 'azure-native:storage:FileServiceProperties', {
    role: 'guard',
    guardOf: { target: 'account_name' },
    guards: [
      { path: 'share_delete_retention_policy.enabled', protects: true, recovery: true, what: 'file share soft delete', source: AN('storage/fileServiceProperties.d.ts') },
      { path: 'share_delete_retention_policy.days', protects: 'more', recovery: true, what: 'file share soft delete retention', source: AN('storage/fileServiceProperties.d.ts') },
    ],
  }),
  tf('azurerm.storage.container', 'azurerm_storage_container', { role: 'data', data: { kind: 'bucket' } }),
  an('azure-native.storage.blob-container', 'azure-native:storage:BlobContainer', {
    role: 'data', data: { kind: 'bucket' },
    guards: [{ path: 'immutability_policy.state', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'a locked immutability policy', source: AN('storage/blobContainer.d.ts') }],
  }),
  // A blob uploaded from a file or inline content the plan carries can be uploaded again.
  tf('azurerm.storage.blob', 'azurerm_storage_blob', {
    role: 'data',
    data: {
      kind: 'object',
      noUniqueData: [{
        attributes: ['source', 'source_content'], presence: true, reason: 'the plan itself carries its content (source or source_content), so it can be uploaded again',
        test: (p) => has(p, 'source', 'source_content'),
      }],
    },
  }),
  an('azure-native.storage.blob', 'azure-native:storage:Blob', {
    role: 'data',
    data: { kind: 'object', noUniqueData: [{ attributes: ['source'], presence: true, reason: 'the program carries its content (source asset), so it can be uploaded again', test: (p) => has(p, 'source') }] },
  }),
  tf('azurerm.storage.share', 'azurerm_storage_share', { role: 'data', data: { kind: 'file-system' } }),
  an('azure-native.storage.file-share', 'azure-native:storage:FileShare', { role: 'data', data: { kind: 'file-system' } }),
  tf('azurerm.storage.share-file', 'azurerm_storage_share_file', {
    role: 'data',
    data: { kind: 'object', noUniqueData: [{ attributes: ['source'], presence: true, reason: 'the plan itself carries its content (source file), so it can be uploaded again', test: (p) => has(p, 'source') }] },
  }),
  tf('azurerm.storage.table', 'azurerm_storage_table', { role: 'data', data: { kind: 'table' } }),
  an('azure-native.storage.table', 'azure-native:storage:Table', { role: 'data', data: { kind: 'table' } }),
  tf('azurerm.storage.queue', 'azurerm_storage_queue', { role: 'data', data: { kind: 'queue' } }),
  an('azure-native.storage.queue', 'azure-native:storage:Queue', { role: 'data', data: { kind: 'queue' } }),
  tf('azurerm.storage.data-lake-gen2-filesystem', 'azurerm_storage_data_lake_gen2_filesystem', { role: 'data', data: { kind: 'file-system' } }),
  tf('azurerm.storage.data-lake-gen2-path', 'azurerm_storage_data_lake_gen2_path', { role: 'data', data: { kind: 'object' }, note: 'a directory of a hierarchical namespace: the files under it go with it' }),
  // Lifecycle management: rules that delete base blobs some days after modification, creation or last access.
  tf('azurerm.storage.management-policy', 'azurerm_storage_management_policy', {
    role: 'guard',
    guardOf: { target: 'storage_account_id' },
    expiry: {
      attributes: ['rule.enabled', 'rule.actions.base_blob.delete_after_days_since_modification_greater_than', 'rule.actions.base_blob.delete_after_days_since_creation_greater_than',
        'rule.actions.base_blob.delete_after_days_since_last_access_time_greater_than', 'rule.filters.prefix_match', 'rule.filters.match_blob_index_tag'],
      expirations: azureManagementPolicyExpirations,
      source: AZ('types/input.d.ts storage.ManagementPolicyRule'),
    },
  }),
  an('azure-native.storage.management-policy', 'azure-native:storage:ManagementPolicy', {
    role: 'guard',
    guardOf: { target: 'account_name' },
    expiry: {
      attributes: ['policy.rules.enabled', 'policy.rules.definition.actions.base_blob.delete.days_after_modification_greater_than',
        'policy.rules.definition.actions.base_blob.delete.days_after_creation_greater_than', 'policy.rules.definition.actions.base_blob.delete.days_after_last_access_time_greater_than',
        'policy.rules.definition.filters.prefix_match', 'policy.rules.definition.filters.blob_index_match'],
      expirations: azureNativeManagementPolicyExpirations,
      source: AN('types/input.d.ts storage.ManagementPolicyBaseBlobArgs, DateAfterModificationArgs'),
    },
  }),
  // Time-based retention (WORM): blobs cannot be deleted or overwritten until their retention ends; a locked policy
  // cannot be removed or shortened.
  tf('azurerm.storage.container-immutability-policy', 'azurerm_storage_container_immutability_policy', {
    role: 'guard',
    guardOf: { target: 'storage_container_resource_manager_id', removal: 'removing an unlocked immutability policy lets the container\'s blobs be deleted or overwritten' },
    guards: [
      { path: 'immutability_period_in_days', protects: 'more', recovery: true, what: 'the immutability period', source: AZ('storage/containerImmutabilityPolicy.d.ts') },
      // Locked: "It will no longer be possible to delete the Storage Container or the Storage Account."
      { path: 'locked', protects: true, deletion: 'refused', what: 'a locked immutability policy', source: AZ('storage/containerImmutabilityPolicy.d.ts') },
    ],
  }),
  an('azure-native.storage.blob-container-immutability-policy', 'azure-native:storage:BlobContainerImmutabilityPolicy', {
    role: 'guard',
    guardOf: { target: 'container_name', removal: 'removing an unlocked immutability policy lets the container\'s blobs be deleted or overwritten' },
    guards: [{ path: 'immutability_period_since_creation_in_days', protects: 'more', recovery: true, what: 'the immutability period', source: AN('storage/blobContainerImmutabilityPolicy.d.ts') }],
  }),
  an('azure-native.storage.blob-container-legal-hold', 'azure-native:storage:BlobContainerLegalHold', {
    role: 'guard', guardOf: { target: 'container_name', removal: 'removing the legal hold lets the container\'s blobs be deleted or overwritten' },
  }),
  tf('azurerm.storage.object-replication', 'azurerm_storage_object_replication', {
    role: 'link', links: [{ property: 'source_storage_account_id', kind: 'bucket', verb: 'replicates' }],
  }),
  an('azure-native.storage.object-replication-policy', 'azure-native:storage:ObjectReplicationPolicy', {
    role: 'link', links: [{ property: 'account_name', kind: 'bucket', verb: 'replicates' }],
  }),
  tf('azurerm.storage.sync-cloud-endpoint', 'azurerm_storage_sync_cloud_endpoint', {
    role: 'link', links: [{ property: 'file_share_name', kind: 'file-system', verb: 'replicates' }],
  }),
  tf('azurerm.container-app.environment-storage', 'azurerm_container_app_environment_storage', {
    role: 'link', links: [{ property: 'share_name', kind: 'file-system', verb: 'mounts' }],
  }),

  // ---------------------------------------------------------------------------------------------------------------
  // Disks, snapshots, virtual machines
  tf('azurerm.compute.managed-disk', 'azurerm_managed_disk', { role: 'data', data: { kind: 'volume' } }),
  an('azure-native.compute.disk', 'azure-native:compute:Disk', { role: 'data', data: { kind: 'volume' } }),
  tf('azurerm.compute.snapshot', 'azurerm_snapshot', { role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'source_resource_id' } }),
  an('azure-native.compute.snapshot', 'azure-native:compute:Snapshot', { role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'creation_data.source_resource_id' } }),
  tf('azurerm.compute.data-disk-attachment', 'azurerm_virtual_machine_data_disk_attachment', {
    role: 'link', links: [{ property: 'managed_disk_id', kind: 'volume', verb: 'attaches' }],
  }),
  // A data disk the VM creates from a source disk or snapshot, and deletes with itself.
  tf('azurerm.compute.implicit-data-disk', 'azurerm_virtual_machine_implicit_data_disk_from_source', { role: 'data', data: { kind: 'volume' } }),
  // As with AWS's root volume, the OS disk (which the image built and delete_os_disk_on_deletion removes with
  // azurerm_linux/windows_virtual_machine) is not counted; data disks the VM deletes with itself are.
  tf('azurerm.compute.virtual-machine', 'azurerm_virtual_machine', {
    role: 'container',
    container: {
      cascades: [{
        by: 'nested', paths: ['storage_data_disk', 'storage_data_disks'], kind: 'volume', label: 'data disk',
        destroyed: { attributes: ['storage_data_disk.name'], reason: 'delete_data_disks_on_termination deletes every data disk', test: () => true },
      }],
      cascadesWhen: { attributes: ['delete_data_disks_on_termination'], reason: 'delete_data_disks_on_termination is true', test: (p) => read(p, 'delete_data_disks_on_termination') === true },
      unknownContents: 'none',
      reason: 'destroying the VM deletes its data disks when delete_data_disks_on_termination is true (default false)',
      source: AZ('compute/virtualMachine.d.ts deleteDataDisksOnTermination'),
    },
  }),
  an('azure-native.compute.virtual-machine', 'azure-native:compute:VirtualMachine', {
    role: 'container',
    container: {
      cascades: [{
        by: 'nested', paths: ['storage_profile.data_disks'], kind: 'volume', label: 'data disk',
        destroyed: { attributes: ['storage_profile.data_disks.delete_option'], reason: 'deleteOption Delete deletes the disk with the VM (default Detach)', test: (d) => read(d, 'delete_option') === 'Delete' },
      }],
      unknownContents: 'none',
      reason: 'deleting the VM deletes its data disks whose deleteOption is Delete (the default is Detach)',
      source: AN('types/input.d.ts compute.DataDiskArgs deleteOption'),
    },
  }),
  tf('azurerm.elastic-san.volume', 'azurerm_elastic_san_volume', { role: 'data', data: { kind: 'volume' } }),
  tf('azurerm.elastic-san.volume-group', 'azurerm_elastic_san_volume_group', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'volume_group_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a volume group holds Elastic SAN volumes', source: AZ('elasticsan/volumeGroup.d.ts'),
    },
  }),
  ...plain('volume', ['azure-native:elasticsan:Volume', 'azurerm_stack_hci_virtual_hard_disk', 'azure-native:azurestackhci:VirtualHardDisk', 'azure-native:devtestlab:Disk',
    'azure-native:networkcloud:Volume', 'azure-native:servicefabricmesh:Volume', 'azure-native:azurelargeinstance:AzureLargeStorageInstance',
    'azure-native:baremetalinfrastructure:AzureBareMetalStorageInstance', 'azure-native:networkcloud:StorageAppliance', 'azurerm_oracle_exascale_database_storage_vault']),
  ...plain('snapshot', ['azure-native:elasticsan:VolumeSnapshot', 'azure-native:azurestackhci:Snapshot', 'azure-native:containerstorage:Snapshot']),
  ...plain('persistent-volume', ['azure-native:containerstorage:Volume']),
  an('azure-native.elasticsan.volume-group', 'azure-native:elasticsan:VolumeGroup', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'volume_group_name', parentProperty: 'volume_group_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a volume group holds Elastic SAN volumes', source: AN('elasticsan/volumeGroup.d.ts'),
    },
  }),

  // ---------------------------------------------------------------------------------------------------------------
  // Key Vault: deleting a key makes everything encrypted with it unreadable. Soft delete is always on in Azure; but
  // azurerm purges a destroyed vault (features.key_vault.purge_soft_delete_on_destroy, true) unless purge
  // protection is on, so only purge protection keeps a Terraform destroy recoverable.
  tf('azurerm.key-vault', 'azurerm_key_vault', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:keyvault/keyVault:KeyVault'],
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'purge_protection_enabled', protects: true, default: false, deletion: 'recoverable', recovery: true, what: 'purge protection', source: AZ('keyvault/keyVault.d.ts') },
      { path: 'soft_delete_retention_days', protects: 'more', default: 90, recovery: true, what: 'the soft-delete retention', source: AZ('keyvault/keyVault.d.ts') },
    ],
    note: 'holds keys, secrets and certificates; a destroy purges it unless purge protection is on (features.key_vault.purge_soft_delete_on_destroy, true)',
  }),
  an('azure-native.keyvault.vault', 'azure-native:keyvault:Vault', {
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'properties.enable_purge_protection', protects: true, deletion: 'recoverable', recovery: true, what: 'purge protection', source: AN('types/input.d.ts keyvault.VaultPropertiesArgs') },
      { path: 'properties.soft_delete_retention_in_days', protects: 'more', recovery: true, what: 'the soft-delete retention', source: AN('types/input.d.ts keyvault.VaultPropertiesArgs') },
      { path: 'properties.enable_soft_delete', protects: true, deletion: 'recoverable', recovery: true, what: 'soft delete', source: AN('types/input.d.ts keyvault.VaultPropertiesArgs') },
    ],
  }),
  tf('azurerm.key-vault.managed-hsm', 'azurerm_key_vault_managed_hardware_security_module', {
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'purge_protection_enabled', protects: true, deletion: 'recoverable', recovery: true, what: 'purge protection', source: AZ('keyvault/managedHardwareSecurityModule.d.ts') },
      { path: 'soft_delete_retention_days', protects: 'more', recovery: true, what: 'the soft-delete retention', source: AZ('keyvault/managedHardwareSecurityModule.d.ts') },
    ],
  }),
  an('azure-native.keyvault.managed-hsm', 'azure-native:keyvault:ManagedHsm', {
    role: 'data', data: { kind: 'key' },
    guards: [
      { path: 'properties.enable_purge_protection', protects: true, deletion: 'recoverable', recovery: true, what: 'purge protection', source: AN('keyvault/managedHsm.d.ts') },
      { path: 'properties.soft_delete_retention_in_days', protects: 'more', recovery: true, what: 'the soft-delete retention', source: AN('keyvault/managedHsm.d.ts') },
    ],
  }),
  ...plain('key', ['azurerm_key_vault_key', 'azure-native:keyvault:Key', 'azurerm_key_vault_managed_hardware_security_module_key', 'azurerm_key_vault_certificate'],
    'keys and certificates live in their vault; a deleted one stays soft-deleted for the vault\'s soft_delete_retention_days unless the provider purges it on destroy (azurerm\'s features.key_vault purge settings, not read here)'),
  ...plain('secret', ['azurerm_key_vault_secret', 'azure-native:keyvault:Secret', 'azure-native:devtestlab:Secret', 'azure-native:servicefabricmesh:Secret',
    'azure-native:servicefabricmesh:SecretValue', 'azure-native:redhatopenshift:Secret']),
  tf('azurerm.key-vault.access-policy', 'azurerm_key_vault_access_policy', { role: 'link', links: [{ property: 'key_vault_id', kind: 'key', verb: 'grants access to' }] }),

  // ---------------------------------------------------------------------------------------------------------------
  // Azure SQL: a logical server holds its databases; deleting the server deletes them with their point-in-time
  // backups. A deleted database keeps its point-in-time backups for its short-term retention.
  tf('azurerm.mssql.server', 'azurerm_mssql_server', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:mssql/server:Server'],
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'server_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'data', reason: 'deleting a logical SQL server deletes every database on it', source: AZ('mssql/server.d.ts'),
    },
  }),
  an('azure-native.sql.server', 'azure-native:sql:Server', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'server_name', parentProperty: 'server_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a logical SQL server deletes every database on it', source: AN('sql/server.d.ts'),
    },
  }),
  tf('azurerm.mssql.database', 'azurerm_mssql_database', {
    // The classic bridged provider (@pulumi/azure) publishes azurerm's schema under its own tokens.
    aliases: ['azure:mssql/database:Database'],
    role: 'data',
    data: { kind: 'database', noUniqueData: [oneOf('create_mode', ['Secondary', 'OnlineSecondary'], 'it is a geo-replica (create_mode Secondary): its data is a copy of its primary')] },
    guards: [
      retention('short_term_retention_policy.retention_days', AZ('types/input.d.ts mssql.DatabaseShortTermRetentionPolicy'), { backup: 'kept-after-delete' }),
      ...longTermRetention('long_term_retention_policy.', AZ('types/input.d.ts mssql.DatabaseLongTermRetentionPolicy')),
    ],
    links: [{ property: 'creation_source_database_id', kind: 'database', verb: 'replicates' }],
    note: 'long-term retention backups (long_term_retention_policy, ISO 8601 durations) survive the database; cutting them to PT0S ends them'
  }),
  an('azure-native.sql.database', 'azure-native:sql:Database', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [oneOf('create_mode', ['Secondary', 'OnlineSecondary'], 'it is a geo-replica (createMode Secondary): its data is a copy of its primary')] },
    links: [{ property: 'source_database_id', kind: 'database', verb: 'replicates' }],
  }),
  an('azure-native.sql.backup-short-term-retention', 'azure-native:sql:BackupShortTermRetentionPolicy', {
    role: 'guard', guardOf: { target: 'database_name' },
    guards: [retention('retention_days', AN('sql/backupShortTermRetentionPolicy.d.ts'))],
  }),
  ...['azure-native:sql:BackupLongTermRetentionPolicy', 'azure-native:sql:LongTermRetentionPolicy'].map((name) =>
    an(name, name, {
      role: 'guard', guardOf: { target: 'database_name', removal: 'removing it stops new long-term retention backups of the database' },
      guards: longTermRetention('', AN(`sql/${name.split(':')[2]![0]!.toLowerCase()}${name.split(':')[2]!.slice(1)}.d.ts`)),
    })),
  an('azure-native:sql:ManagedInstanceLongTermRetentionPolicy', 'azure-native:sql:ManagedInstanceLongTermRetentionPolicy', {
    role: 'guard', guardOf: { target: 'database_name', removal: 'removing it stops new long-term retention backups of the database' },
    guards: longTermRetention('', AN('sql/managedInstanceLongTermRetentionPolicy.d.ts')),
  }),
  an('azure-native.sql.geo-backup-policy', 'azure-native:sql:GeoBackupPolicy', {
    role: 'guard', guardOf: { target: 'database_name' },
    guards: [{ path: 'state', protects: 'values', safeValues: ['Enabled'], recovery: true, what: 'geo-backups', source: AN('sql/geoBackupPolicy.d.ts') }],
  }),
  tf('azurerm.mssql.managed-instance', 'azurerm_mssql_managed_instance', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'managed_instance_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a managed instance deletes every database on it', source: AZ('mssql/managedInstance.d.ts'),
    },
  }),
  an('azure-native.sql.managed-instance', 'azure-native:sql:ManagedInstance', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'managed_instance_name', parentProperty: 'managed_instance_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a managed instance deletes every database on it', source: AN('sql/managedInstance.d.ts'),
    },
  }),
  tf('azurerm.mssql.managed-database', 'azurerm_mssql_managed_database', {
    role: 'data', data: { kind: 'database' },
    guards: [
      retention('short_term_retention_days', AZ('mssql/managedDatabase.d.ts'), { backup: 'kept-after-delete' }),
      ...longTermRetention('long_term_retention_policy.', AZ('types/input.d.ts mssql.ManagedDatabaseLongTermRetentionPolicy')),
    ],
  }),
  an('azure-native.sql.managed-database', 'azure-native:sql:ManagedDatabase', { role: 'data', data: { kind: 'database' } }),
  tf('azurerm.synapse.sql-pool', 'azurerm_synapse_sql_pool', {
    role: 'data', data: { kind: 'warehouse' },
    guards: [{ path: 'geo_backup_policy_enabled', protects: true, default: true, recovery: true, what: 'geo-backups', source: AZ('synapse/sqlPool.d.ts') }],
  }),
  ...plain('warehouse', ['azure-native:synapse:SqlPool']),

  // ---------------------------------------------------------------------------------------------------------------
  // PostgreSQL, MySQL, MariaDB
  tf('azurerm.postgresql.flexible-server', 'azurerm_postgresql_flexible_server', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [flexibleReplica('create_mode', 'replication_role')] },
    guards: [retention('backup_retention_days', AZ('postgresql/flexibleServer.d.ts (7 to 35 days)'))],
    links: [{ property: 'source_server_id', kind: 'database', verb: 'replicates' }],
  }),
  an('azure-native.dbforpostgresql.server', 'azure-native:dbforpostgresql:Server', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [flexibleReplica('create_mode', 'replication_role')] },
    guards: [retention('backup.backup_retention_days', AN('dbforpostgresql/server.d.ts'))],
    links: [{ property: 'source_server_resource_id', kind: 'database', verb: 'replicates' }],
  }),
  tf('azurerm.mysql.flexible-server', 'azurerm_mysql_flexible_server', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [flexibleReplica('create_mode', 'replication_role')] },
    guards: [retention('backup_retention_days', AZ('mysql/flexibleServer.d.ts'), { default: 7 })],
    links: [{ property: 'source_server_id', kind: 'database', verb: 'replicates' }],
  }),
  an('azure-native.dbformysql.server', 'azure-native:dbformysql:Server', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [flexibleReplica('create_mode', 'replication_role')] },
    guards: [retention('backup.backup_retention_days', AN('dbformysql/server.d.ts'))],
    links: [{ property: 'source_server_resource_id', kind: 'database', verb: 'replicates' }],
  }),
  tf('azurerm.postgresql.server', 'azurerm_postgresql_server', {
    role: 'data', data: { kind: 'database' }, guards: [retention('backup_retention_days', AZ('postgresql/server.d.ts'))], note: 'Single Server, retired by Azure',
  }),
  ...plain('database', [
    'azurerm_postgresql_flexible_server_database', 'azurerm_postgresql_database', 'azurerm_mysql_flexible_database',
    'azure-native:dbforpostgresql:Database', 'azure-native:dbforpostgresql:SingleServer', 'azure-native:dbforpostgresql:SingleServerDatabase',
    'azure-native:dbforpostgresql:ServerGroupCluster', 'azure-native:dbformysql:Database', 'azure-native:dbformysql:SingleServer',
    'azure-native:dbformysql:SingleServerDatabase', 'azure-native:dbformariadb:Server', 'azure-native:dbformariadb:Database',
    'azurerm_cosmosdb_postgresql_cluster', 'azurerm_oracle_autonomous_database', 'azurerm_oracle_autonomous_database_clone_from_backup',
    'azurerm_oracle_autonomous_database_clone_from_database', 'azurerm_confidential_ledger', 'azure-native:confidentialledger:Ledger',
    'azure-native:databasefleetmanager:FleetDatabase', 'azure-native:horizondb:HorizonDbCluster', 'azure-native:azurearcdata:PostgresInstance',
    'azure-native:azurearcdata:SqlManagedInstance', 'azure-native:workloads:SapDatabaseInstance',
  ]),
  ...plain('database-snapshot', ['azurerm_postgresql_flexible_server_backup', 'azure-native:dbforpostgresql:Backup', 'azure-native:dbforpostgresql:BackupsAutomaticAndOnDemand',
    'azure-native:dbformysql:LongRunningBackup', 'azurerm_oracle_autonomous_database_backup']),

  // ---------------------------------------------------------------------------------------------------------------
  // Cosmos DB: continuous backup keeps a deleted account restorable (within its tier's window); periodic backups
  // keep `retention_in_hours` of copies.
  tf('azurerm.cosmosdb.account', 'azurerm_cosmosdb_account', {
    role: 'data', data: { kind: 'database' },
    guards: [
      { path: 'backup.type', protects: 'values', safeValues: ['Continuous'], recovery: true, what: 'continuous backup (point-in-time restore)', source: AZ('types/input.d.ts cosmosdb.AccountBackup') },
      { path: 'backup.retention_in_hours', protects: 'more', recovery: true, backup: 'retention', appliesWhen: periodicBackup('backup.type'), what: 'periodic backup retention', source: AZ('types/input.d.ts cosmosdb.AccountBackup (8 to 720 hours, default 8)') },
    ],
  }),
  an('azure-native.cosmosdb.database-account', 'azure-native:cosmosdb:DatabaseAccount', {
    role: 'data', data: { kind: 'database' },
    guards: [
      { path: 'backup_policy.type', protects: 'values', safeValues: ['Continuous'], recovery: true, what: 'continuous backup (point-in-time restore)', source: AN('cosmosdb/databaseAccount.d.ts') },
      { path: 'backup_policy.periodic_mode_properties.backup_retention_interval_in_hours', protects: 'more', recovery: true, backup: 'retention', appliesWhen: periodicBackup('backup_policy.type'), what: 'periodic backup retention', source: AN('types/input.d.ts cosmosdb.PeriodicModePropertiesArgs') },
    ],
  }),
  ...plain('database', ['azurerm_cosmosdb_sql_database', 'azurerm_cosmosdb_mongo_database', 'azurerm_cosmosdb_gremlin_database', 'azurerm_cosmosdb_cassandra_keyspace',
    'azurerm_cosmosdb_cassandra_cluster', 'azurerm_cosmosdb_cassandra_datacenter',
    'azure-native:cosmosdb:SqlResourceSqlDatabase', 'azure-native:cosmosdb:MongoDBResourceMongoDBDatabase', 'azure-native:cosmosdb:GremlinResourceGremlinDatabase',
    'azure-native:cosmosdb:CassandraResourceCassandraKeyspace', 'azure-native:cosmosdb:DatabaseAccountSqlDatabase', 'azure-native:cosmosdb:DatabaseAccountMongoDBDatabase',
    'azure-native:cosmosdb:DatabaseAccountGremlinDatabase', 'azure-native:cosmosdb:DatabaseAccountCassandraKeyspace', 'azure-native:cosmosdb:CassandraCluster',
    'azure-native:cosmosdb:CassandraDataCenter', 'azure-native:cosmosdb:MongoCluster']),
  ...plain('table', ['azurerm_cosmosdb_table',
    'azure-native:cosmosdb:MongoDBResourceMongoDBCollection', 
    'azure-native:cosmosdb:GraphResourceGraph', 'azure-native:cosmosdb:CassandraResourceCassandraView',
    'azure-native:cosmosdb:TableResourceTable', 'azure-native:cosmosdb:DatabaseAccountSqlContainer', 'azure-native:cosmosdb:DatabaseAccountMongoDBCollection',
    'azure-native:cosmosdb:DatabaseAccountGremlinGraph', 'azure-native:cosmosdb:DatabaseAccountCassandraTable', 'azure-native:cosmosdb:DatabaseAccountTable',
    'azure-native:iotoperationsdataprocessor:Dataset']),

  // A time to live deletes items on a timer: setting or shortening it on a container with data deletes the older items.
  ttlTable('azurerm_cosmosdb_sql_container', 'default_ttl'),
  ttlTable('azurerm_cosmosdb_mongo_collection', 'default_ttl_seconds'),
  ttlTable('azurerm_cosmosdb_cassandra_table', 'default_ttl'),
  ttlTable('azurerm_cosmosdb_gremlin_graph', 'default_ttl'),
  ttlTable('azure-native:cosmosdb:SqlResourceSqlContainer', 'resource.default_ttl'),
  ttlTable('azure-native:cosmosdb:CassandraResourceCassandraTable', 'resource.default_ttl'),
  ttlTable('azure-native:cosmosdb:GremlinResourceGremlinGraph', 'resource.default_ttl'),
  // ---------------------------------------------------------------------------------------------------------------
  // Redis: without RDB or AOF persistence a cache's contents exist nowhere else but are a cache by configuration
  // (restarts and patching can drop them), so deleting one loses nothing the application may count on.
  tf('azurerm.redis.cache', 'azurerm_redis_cache', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [noPersistence(['redis_configuration.rdb_backup_enabled', 'redis_configuration.aof_backup_enabled'], 'it has no RDB or AOF persistence: its contents are a cache')],
    },
    guards: [{ path: 'redis_configuration.rdb_backup_enabled', protects: true, default: false, recovery: true, what: 'RDB backups', source: AZ('types/input.d.ts redis.CacheRedisConfiguration') }],
  }),
  an('azure-native.redis.redis', 'azure-native:redis:Redis', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [noPersistence(['redis_configuration.rdb_backup_enabled', 'redis_configuration.aof_backup_enabled'], 'it has no RDB or AOF persistence: its contents are a cache')],
    },
    guards: [{ path: 'redis_configuration.rdb_backup_enabled', protects: 'values', safeValues: ['true'], recovery: true, what: 'RDB backups', source: AN('types/input.d.ts redis.RedisCommonPropertiesRedisConfigurationArgs (string values)') }],
  }),
  tf('azurerm.redis.managed-redis', 'azurerm_managed_redis', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [{
        attributes: ['default_database.persistence_append_only_file_backup_frequency', 'default_database.persistence_redis_database_backup_frequency'],
        reason: 'it has no RDB or AOF persistence: its contents are a cache',
        test: (p) => !has(p, 'default_database.persistence_append_only_file_backup_frequency', 'default_database.persistence_redis_database_backup_frequency'),
      }],
    },
    note: 'removing or recreating its default_database block deletes the data in place, without deleting the resource (@pulumi/azure managedredis/managedRedis.d.ts): that update is not caught by this entry',
  }),
  tf('azurerm.redis.enterprise-cluster', 'azurerm_redis_enterprise_cluster', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'cluster_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Redis Enterprise cluster deletes its databases', source: AZ('redis/enterpriseCluster.d.ts'),
    },
  }),
  tf('azurerm.redis.enterprise-database', 'azurerm_redis_enterprise_database', {
    role: 'data',
    data: { kind: 'cache', noUniqueData: [memberOf('linked_database_id', 'it is a member of a geo-replicated group, whose other members keep the data')] },
  }),
  an('azure-native.redisenterprise.cluster', 'azure-native:redisenterprise:RedisEnterprise', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'cluster_name', parentProperty: 'cluster_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Redis Enterprise cluster deletes its databases', source: AN('redisenterprise/redisEnterprise.d.ts'),
    },
  }),
  an('azure-native.redisenterprise.database', 'azure-native:redisenterprise:Database', {
    role: 'data',
    data: { kind: 'cache', noUniqueData: [noPersistence(['persistence.aof_enabled', 'persistence.rdb_enabled'], 'it has no RDB or AOF persistence: its contents are a cache')] },
  }),
  ...plain('cache', ['azure-native:cosmosdb:GarnetCluster']),

  // ---------------------------------------------------------------------------------------------------------------
  // Backup vaults, policies and protected items
  tf('azurerm.recovery-services.vault', 'azurerm_recovery_services_vault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [
      { path: 'soft_delete_enabled', protects: true, default: true, recovery: true, what: 'soft delete of backup items', source: AZ('recoveryservices/vault.d.ts (deprecated: always on)') },
      { path: 'immutability', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'locked immutability', source: AZ('recoveryservices/vault.d.ts') },
    ],
    note: 'Azure refuses to delete a vault that still holds backup items; the provider purges them first only with features.recovery_service.purge_protected_items_from_vault_on_destroy (false)',
  }),
  an('azure-native.recoveryservices.vault', 'azure-native:recoveryservices:Vault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [
      { path: 'properties.security_settings.soft_delete_settings.soft_delete_state', protects: 'values', safeValues: ['Enabled', 'AlwaysON'], recovery: true, what: 'soft delete of backup items', source: AN('types/enums recoveryservices.SoftDeleteState') },
      { path: 'properties.security_settings.soft_delete_settings.soft_delete_retention_period_in_days', protects: 'more', recovery: true, what: 'soft-delete retention', source: AN('recoveryservices/vault.d.ts') },
      { path: 'properties.security_settings.immutability_settings.state', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'locked immutability', source: AN('types/enums recoveryservices.ImmutabilityState') },
    ],
  }),
  tf('azurerm.data-protection.backup-vault', 'azurerm_data_protection_backup_vault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [
      { path: 'soft_delete', protects: 'values', safeValues: ['On', 'AlwaysOn'], default: 'On', recovery: true, what: 'soft delete of backup data', source: AZ('dataprotection/backupVault.d.ts') },
      { path: 'retention_duration_in_days', protects: 'more', default: 14, recovery: true, what: 'soft-delete retention', source: AZ('dataprotection/backupVault.d.ts') },
      { path: 'immutability', protects: 'values', safeValues: ['Locked'], default: 'Disabled', recovery: true, what: 'locked immutability', source: AZ('dataprotection/backupVault.d.ts') },
    ],
  }),
  an('azure-native.dataprotection.backup-vault', 'azure-native:dataprotection:BackupVault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [
      { path: 'properties.security_settings.soft_delete_settings.state', protects: 'values', safeValues: ['On', 'AlwaysOn'], recovery: true, what: 'soft delete of backup data', source: AN('types/enums dataprotection.SoftDeleteState') },
      { path: 'properties.security_settings.soft_delete_settings.retention_duration_in_days', protects: 'more', recovery: true, what: 'soft-delete retention', source: AN('dataprotection/backupVault.d.ts') },
      { path: 'properties.security_settings.immutability_settings.state', protects: 'values', safeValues: ['Locked'], recovery: true, what: 'locked immutability', source: AN('types/enums dataprotection.ImmutabilityState') },
    ],
  }),
  ...plain('backup-vault', ['azurerm_netapp_backup_vault', 'azure-native:netapp:BackupVault', 'azure-native:netapp:ElasticBackupVault', 'azure-native:datareplication:Vault']),
  // A protected item or backup instance owns its recovery points: deleting it stops protection and deletes them
  // (soft-deleted first where the vault's soft delete is on). @pulumi/azure backup/protectedVM.d.ts: removing
  // sourceVmId "allows the source virtual machine to be deleted without having to remove the backup".
  tf('azurerm.backup.protected-vm', 'azurerm_backup_protected_vm', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'source_vm_id', kind: 'volume', verb: 'backs up' }] }),
  tf('azurerm.backup.protected-file-share', 'azurerm_backup_protected_file_share', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'source_storage_account_id', kind: 'file-system', verb: 'backs up' }] }),
  an('azure-native.recoveryservices.protected-item', 'azure-native:recoveryservices:ProtectedItem', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'properties.source_resource_id', kind: 'volume', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-disk', 'azurerm_data_protection_backup_instance_disk', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'disk_id', kind: 'volume', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-blob-storage', 'azurerm_data_protection_backup_instance_blob_storage', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'storage_account_id', kind: 'bucket', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-kubernetes-cluster', 'azurerm_data_protection_backup_instance_kubernetes_cluster', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'kubernetes_cluster_id', kind: 'persistent-volume', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-mysql-flexible-server', 'azurerm_data_protection_backup_instance_mysql_flexible_server', { role: 'data', data: { kind: 'database-snapshot' }, links: [{ property: 'server_id', kind: 'database', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-postgresql', 'azurerm_data_protection_backup_instance_postgresql', { role: 'data', data: { kind: 'database-snapshot' }, links: [{ property: 'database_id', kind: 'database', verb: 'backs up' }] }),
  tf('azurerm.data-protection.backup-instance-postgresql-flexible-server', 'azurerm_data_protection_backup_instance_postgresql_flexible_server', { role: 'data', data: { kind: 'database-snapshot' }, links: [{ property: 'server_id', kind: 'database', verb: 'backs up' }] }),
  an('azure-native.dataprotection.backup-instance', 'azure-native:dataprotection:BackupInstance', { role: 'data', data: { kind: 'snapshot' }, links: [{ property: 'properties.data_source_info.resourceID', kind: 'volume', verb: 'backs up' }] }),
  // Backup policies: how long recovery points are kept. Azure refuses to delete a policy that still protects items.
  tf('azurerm.backup.policy-vm', 'azurerm_backup_policy_vm', {
    role: 'guard', guardOf: {},
    guards: [
      { path: 'retention_daily.count', protects: 'more', recovery: true, what: 'daily backup retention', source: AZ('backup/policyVM.d.ts') },
      { path: 'retention_weekly.count', protects: 'more', recovery: true, what: 'weekly backup retention', source: AZ('backup/policyVM.d.ts') },
      { path: 'retention_monthly.count', protects: 'more', recovery: true, what: 'monthly backup retention', source: AZ('backup/policyVM.d.ts') },
      { path: 'retention_yearly.count', protects: 'more', recovery: true, what: 'yearly backup retention', source: AZ('backup/policyVM.d.ts') },
    ],
  }),
  tf('azurerm.backup.policy-file-share', 'azurerm_backup_policy_file_share', {
    role: 'guard', guardOf: {},
    guards: [
      { path: 'retention_daily.count', protects: 'more', recovery: true, what: 'daily backup retention', source: AZ('backup/policyFileShare.d.ts') },
      { path: 'retention_weekly.count', protects: 'more', recovery: true, what: 'weekly backup retention', source: AZ('backup/policyFileShare.d.ts') },
      { path: 'retention_monthly.count', protects: 'more', recovery: true, what: 'monthly backup retention', source: AZ('backup/policyFileShare.d.ts') },
    ],
  }),
  tf('azurerm.backup.policy-vm-workload', 'azurerm_backup_policy_vm_workload', {
    role: 'guard', guardOf: {},
    guards: [{ path: 'protection_policy.retention_daily.count', protects: 'more', recovery: true, what: 'daily backup retention', source: AZ('backup/policyVMWorkload.d.ts') }],
  }),
  ...['azurerm_data_protection_backup_policy_blob_storage', 'azurerm_data_protection_backup_policy_disk', 'azurerm_data_protection_backup_policy_kubernetes_cluster',
    'azurerm_data_protection_backup_policy_mysql_flexible_server', 'azurerm_data_protection_backup_policy_postgresql', 'azurerm_data_protection_backup_policy_postgresql_flexible_server',
    'azure-native:dataprotection:BackupPolicy', 'azure-native:recoveryservices:ProtectionPolicy', 'azurerm_netapp_backup_policy', 'azurerm_netapp_snapshot_policy',
    'azure-native:netapp:BackupPolicy', 'azure-native:netapp:SnapshotPolicy', 'azure-native:netapp:ElasticBackupPolicy', 'azure-native:netapp:ElasticSnapshotPolicy',
    'azure-native:web:WebAppBackupConfiguration', 'azure-native:web:WebAppBackupConfigurationSlot',
  ].map((name): CatalogEntry => ({
    family: 'azurerm', canonical: name, ...(name.includes(':') ? { pulumi: name } : { terraform: name }), role: 'guard', guardOf: {},
    note: 'a backup or snapshot schedule: its retention is written as ISO 8601 durations or rule lists, not compared here',
  })),
  tf('azurerm.recovery-services.resource-guard-association', 'azurerm_recovery_services_vault_resource_guard_association', {
    role: 'guard',
    guardOf: { target: 'vault_id', removal: 'removing it lets critical operations on the vault (disabling soft delete, stopping protection) proceed without the resource guard\'s approval' },
  }),
  ...['azure-native:dataprotection:ResourceGuard', 'azure-native:dataprotection:DppResourceGuardProxy', 'azure-native:recoveryservices:ResourceGuardProxy'].map((name) =>
    an(name, name, { role: 'guard', guardOf: { removal: 'removing it lets critical operations on the vault (disabling soft delete, stopping protection) proceed without approval' } })),

  // ---------------------------------------------------------------------------------------------------------------
  // NetApp Files: accounts hold capacity pools, pools hold volumes. The provider refuses to destroy a volume while
  // features.netapp.prevent_volume_destruction is true (the default): provider configuration, not read here.
  tf('azurerm.netapp.account', 'azurerm_netapp_account', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'account_name', parentProperty: 'name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a NetApp account holds capacity pools and their volumes', source: AZ('netapp/account.d.ts'),
    },
  }),
  tf('azurerm.netapp.pool', 'azurerm_netapp_pool', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'pool_name', parentProperty: 'name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a capacity pool holds NetApp volumes', source: AZ('netapp/pool.d.ts'),
    },
  }),
  tf('azurerm.netapp.volume', 'azurerm_netapp_volume', {
    role: 'data', data: { kind: 'volume' },
    note: 'the provider refuses to destroy it while features.netapp.prevent_volume_destruction is true (the default; provider configuration)',
  }),
  ...plain('volume', ['azurerm_netapp_volume_group_sap_hana', 'azurerm_netapp_volume_group_oracle', 'azure-native:netapp:CapacityPoolVolume', 'azure-native:netapp:VolumeGroup',
    'azure-native:netapp:CapacityPoolSubvolume', 'azure-native:netapp:ElasticVolume']),
  ...plain('snapshot', ['azurerm_netapp_snapshot', 'azure-native:netapp:CapacityPoolSnapshot', 'azure-native:netapp:Backup', 'azure-native:netapp:CapacityPoolBackup',
    'azure-native:netapp:ElasticSnapshot', 'azure-native:netapp:ElasticBackup']),
  ...['azure-native:netapp:Account', 'azure-native:netapp:ElasticAccount'].map((name) => an(name, name, {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'account_name', parentProperty: 'account_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a NetApp account holds capacity pools and their volumes', source: AN('netapp/account.d.ts'),
    },
  })),
  ...['azure-native:netapp:CapacityPool', 'azure-native:netapp:ElasticCapacityPool'].map((name) => an(name, name, {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'pool_name', parentProperty: 'pool_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'a capacity pool holds NetApp volumes', source: AN('netapp/capacityPool.d.ts'),
    },
  })),
  tf('azurerm.vmware.netapp-volume-attachment', 'azurerm_vmware_netapp_volume_attachment', { role: 'link', links: [{ property: 'netapp_volume_id', kind: 'volume', verb: 'attaches' }] }),

  // ---------------------------------------------------------------------------------------------------------------
  // File systems, registries, search, streams, queues, analytics
  ...plain('file-system', ['azurerm_managed_lustre_file_system', 'azure-native:storagecache:AmlFilesystem', 'azurerm_qumulo_file_system', 'azure-native:fileshares:FileShare',
    'azure-native:databoxedge:Share']),
  ...plain('snapshot', ['azure-native:fileshares:FileShareSnapshot']),
  ...plain('bucket', ['azure-native:databoxedge:StorageAccount', 'azure-native:discovery:StorageContainer', 'azure-native:discovery:StorageAsset']),
  tf('azurerm.container-registry', 'azurerm_container_registry', { role: 'data', data: { kind: 'registry' } }),
  an('azure-native.containerregistry.registry', 'azure-native:containerregistry:Registry', {
    role: 'data', data: { kind: 'registry' },
    guards: [{ path: 'policies.soft_delete_policy.status', protects: 'values', safeValues: ['enabled'], recovery: true, what: 'soft delete of deleted artifacts', source: AN('types/input.d.ts containerregistry.SoftDeletePolicyArgs') }],
  }),
  ...plain('registry', ['azure-native:containerregistry:ArchiveVersion', 'azure-native:machinelearningservices:Registry',
    'azure-native:machinelearningservices:RegistryCodeContainer', 'azure-native:machinelearningservices:RegistryCodeVersion',
    'azure-native:machinelearningservices:RegistryComponentContainer', 'azure-native:machinelearningservices:RegistryComponentVersion',
    'azure-native:machinelearningservices:RegistryDataContainer', 'azure-native:machinelearningservices:RegistryDataVersion',
    'azure-native:machinelearningservices:RegistryEnvironmentContainer', 'azure-native:machinelearningservices:RegistryEnvironmentVersion',
    'azure-native:machinelearningservices:RegistryModelContainer', 'azure-native:machinelearningservices:RegistryModelVersion',
    'azure-native:eventhub:SchemaRegistry', 'azure-native:deviceregistry:SchemaRegistry'],
  'holds what clients pushed or registered (images, models, schemas), which the plan does not carry'),
  ...plain('search-domain', ['azurerm_search_service', 'azure-native:search:Service', 'azurerm_elastic_cloud_elasticsearch']),
  ...plain('stream', ['azurerm_hdinsight_kafka_cluster', 'azurerm_eventhub', 'azure-native:eventhub:EventHub']),
  ...plain('queue', ['azurerm_servicebus_queue', 'azure-native:servicebus:Queue', 'azurerm_servicebus_topic', 'azure-native:servicebus:Topic',
    'azurerm_servicebus_subscription', 'azure-native:servicebus:Subscription'],
  'retains messages not yet consumed, which exist nowhere else'),
  tf('azurerm.eventhub.namespace', 'azurerm_eventhub_namespace', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'namespace_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a namespace deletes its event hubs and the events they retain', source: AZ('eventhub/eventHubNamespace.d.ts'),
    },
  }),
  tf('azurerm.servicebus.namespace', 'azurerm_servicebus_namespace', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'namespace_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a namespace deletes its queues and topics and the messages in them', source: AZ('servicebus/namespace.d.ts'),
    },
  }),
  ...['azure-native:eventhub:Namespace', 'azure-native:servicebus:Namespace'].map((name) => an(name, name, {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'namespace_name', parentProperty: 'namespace_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a namespace deletes its hubs, queues and topics and the messages in them', source: AN(`${name.split(':')[1]}/namespace.d.ts`),
    },
  })),
  tf('azurerm.kusto.cluster', 'azurerm_kusto_cluster', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'cluster_name', parentProperty: 'name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Data Explorer cluster deletes its databases', source: AZ('kusto/cluster.d.ts'),
    },
  }),
  an('azure-native.kusto.cluster', 'azure-native:kusto:Cluster', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'cluster_name', parentProperty: 'cluster_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Data Explorer cluster deletes its databases', source: AN('kusto/cluster.d.ts'),
    },
  }),
  ...plain('database', ['azurerm_kusto_database', 'azure-native:kusto:ReadWriteDatabase', 'azure-native:synapse:ReadWriteDatabase']),
  // AKS deletes its node resource group with the cluster, and the CSI driver creates dynamically provisioned disks
  // (persistent volumes, whatever their reclaim policy) in that group by default.
  tf('azurerm.kubernetes-cluster', 'azurerm_kubernetes_cluster', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'node_resource_group', childFamilies: ['azurerm'] }],
      unknownContents: 'warn',
      reason: 'deleting an AKS cluster deletes its node resource group, where the persistent volumes\' disks are created by default',
      source: `AKS FAQ (learn.microsoft.com/azure/aks/faq): "AKS automatically deletes the node resource group whenever the cluster is deleted"; ${AZ('containerservice/kubernetesCluster.d.ts nodeResourceGroup')}`,
    },
  }),
  an('azure-native.containerservice.managed-cluster', 'azure-native:containerservice:ManagedCluster', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'node_resource_group', childFamilies: ['azurerm'] }],
      unknownContents: 'warn',
      reason: 'deleting an AKS cluster deletes its node resource group, where the persistent volumes\' disks are created by default',
      source: `AKS FAQ (learn.microsoft.com/azure/aks/faq): "AKS automatically deletes the node resource group whenever the cluster is deleted"; ${AN('containerservice/managedCluster.d.ts nodeResourceGroup')}`,
    },
  }),
  tf('azurerm.synapse.workspace', 'azurerm_synapse_workspace', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'synapse_workspace_id', parentProperty: 'id', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Synapse workspace deletes its SQL pools and their data', source: AZ('synapse/workspace.d.ts'),
    },
  }),
  an('azure-native.synapse.workspace', 'azure-native:synapse:Workspace', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'workspace_name', parentProperty: 'workspace_name', childFamilies: ['azurerm'] }],
      unknownContents: 'warn', reason: 'deleting a Synapse workspace deletes its SQL pools and their data', source: AN('synapse/workspace.d.ts'),
    },
  }),
  // Deleting a Databricks workspace deletes its managed resource group, with the DBFS root storage account in it.
  ...[['azurerm.databricks.workspace', 'azurerm_databricks_workspace'], ['azure-native.databricks.workspace', 'azure-native:databricks:Workspace']].map(([canonical, name]) => ({
    family: 'azurerm', canonical: canonical!, ...(name!.includes(':') ? { pulumi: name! } : { terraform: name! }), role: 'container' as const,
    container: {
      cascades: [], unknownContents: 'data' as const,
      reason: 'deleting a Databricks workspace deletes its managed resource group, with the DBFS root storage account, notebooks and workspace files',
      source: 'Azure Databricks docs: the managed resource group is deleted with the workspace',
    },
  })),
  ...azureNone,
];
