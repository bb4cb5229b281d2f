// The Azure entries judged on both tools' shapes: Terraform's snake_case with nested blocks as lists, azure-native's
// camelCase with nested objects. Attribute facts, guard fields, lifecycle timers and a container's cascade.
import { describe, expect, test } from 'vitest';
import { catalog, entryOf as entry, guardOf as field } from '../../test/support/catalog-entries.js';
import { azureManagementPolicyExpirations, azureNativeManagementPolicyExpirations } from './expiry.js';
import { effectiveValue, expiryShortened, weakens } from './guards.js';
import { evaluate } from '../engine/evaluate.js';
import { withWords } from '../engine/render.js';
import { resolveConfig } from '../engine/config.js';
import { ruleIds } from '../rules/index.js';
import noStatefulDelete from '../rules/no-stateful-delete/no-stateful-delete.js';
import requireDeleteProtection from '../rules/require-delete-protection/require-delete-protection.js';
import { parsePlanText } from '../../src/readers/read-plan.js';


describe('the classic Pulumi azure package: its tokens are azurerm types', () => {
  test.for([
    ['azure:postgresql/flexibleServer:FlexibleServer', 'azurerm_postgresql_flexible_server'],
    ['azure:compute/managedDisk:ManagedDisk', 'azurerm_managed_disk'],
    ['azure:storage/container:Container', 'azurerm_storage_container'],
    ['azure:cosmosdb/account:Account', 'azurerm_cosmosdb_account'],
    ['azure:containerservice/kubernetesCluster:KubernetesCluster', 'azurerm_kubernetes_cluster'],
    ['azure:backup/policyVM:PolicyVM', 'azurerm_backup_policy_vm'],
    ['azure:keyvault/key:Key', 'azurerm_key_vault_key'],
    ['azure:recoveryservices/vault:Vault', 'azurerm_recovery_services_vault'],
    ['azure:dataprotection/backupVault:BackupVault', 'azurerm_data_protection_backup_vault'],
  ] as const)('%s is %s', ([token, terraform]) => {
    expect(catalog.entry(token)?.terraform).toBe(terraform);
  });

  test('one of a published azurerm type the catalog does not list holds none; a token that maps to nothing is guessed', () => {
    expect(catalog.dataVerdict('azure:network/networkSecurityGroup:NetworkSecurityGroup')).toEqual({ holdsData: false, known: true });
    expect(catalog.dataVerdict('azure:acme/widgetDisk:WidgetDisk')).toMatchObject({ holdsData: true, known: false });
    expect(catalog.entry('azure-native:storage:Account')).toBeUndefined();
  });
});

describe('attribute facts: what holds nothing unique', () => {
  test('a blob whose content the plan carries can be uploaded again; one without it is data', () => {
    expect(catalog.judge('azurerm_storage_blob', { name: 'a', source: 'dist/app.zip' }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_storage_blob', { name: 'a', source_content: 'hello' }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_storage_blob', { name: 'a', source_uri: 'https://x/y' })).toMatchObject({ holdsData: true, kind: 'object' });
    expect(catalog.judge('azure-native:storage:Blob', { blobName: 'a', source: { path: 'dist/app.zip' } }).holdsData).toBe(false);
    expect(catalog.judge('azure-native:storage:Blob', { blobName: 'a' }).holdsData).toBe(true);
  });

  test('a read replica holds a copy of its source server, in both tools', () => {
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica', source_server_id: '/x' }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'PointInTimeRestore', source_server_id: '/x' }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_postgresql_flexible_server', {}).holdsData).toBe(true);
    expect(catalog.judge('azure-native:dbforpostgresql:Server', { createMode: 'Replica' }).holdsData).toBe(false);
    // A promoted replica (replication_role updated to None) replicates nothing: it is a server of its own.
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica', replication_role: 'AsyncReplica' }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica', replication_role: 'None' }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_mysql_flexible_server', { create_mode: 'Replica', replication_role: 'None' }).holdsData).toBe(true);
    expect(catalog.judge('azure-native:dbforpostgresql:Server', { createMode: 'Replica', replicationRole: 'None' }).holdsData).toBe(true);
    expect(catalog.judge('azure-native:dbformysql:Server', { createMode: 'Replica', replicationRole: 'Replica' }).holdsData).toBe(false);
    // A role the API never writes (`NONE`, a look-alike letter) is no replica's: read as a server of its own.
    expect(catalog.judge('azure-native:dbforpostgresql:Server', { createMode: 'Replica', replicationRole: 'NONE' }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica', replication_role: 'Primary' }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica', replication_role: 'GeoAsyncReplica' }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_postgresql_flexible_server', { create_mode: 'Replica' }).holdsData).toBe(false);
    expect(catalog.judge('azure-native:dbformysql:Server', { createMode: 'Default' }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_mssql_database', { create_mode: 'Secondary' }).holdsData).toBe(false);
    expect(catalog.judge('azure-native:sql:Database', { createMode: 'OnlineSecondary' }).holdsData).toBe(false);
    expect(catalog.judge('azure-native:sql:Database', { createMode: 'Default' }).holdsData).toBe(true);
  });

  test('a Redis cache is data only with RDB or AOF persistence', () => {
    expect(catalog.judge('azurerm_redis_cache', { sku_name: 'Standard' })).toMatchObject({ holdsData: false, reason: expect.stringContaining('persistence') });
    expect(catalog.judge('azurerm_redis_cache', { redis_configuration: [{ rdb_backup_enabled: false }] }).holdsData).toBe(false);
    expect(catalog.judge('azurerm_redis_cache', { redis_configuration: [{ rdb_backup_enabled: true }] }).holdsData).toBe(true);
    expect(catalog.judge('azurerm_redis_cache', { redis_configuration: [{ aof_backup_enabled: true }] }).holdsData).toBe(true);
    // azure-native's redisConfiguration values are strings.
    expect(catalog.judge('azure-native:redis:Redis', { redisConfiguration: { rdbBackupEnabled: 'true' } }).holdsData).toBe(true);
    expect(catalog.judge('azure-native:redis:Redis', { redisConfiguration: { maxmemoryPolicy: 'allkeys-lru' } }).holdsData).toBe(false);
    expect(catalog.judge('azure-native:redisenterprise:Database', { persistence: { aofEnabled: true } }).holdsData).toBe(true);
    expect(catalog.judge('azure-native:redisenterprise:Database', {}).holdsData).toBe(false);
  });

  test('stores and vaults are data; settings, pools, inventory records and route tables are not', () => {
    for (const [type, kind] of [
      ['azurerm_storage_account', 'bucket'], ['azure-native:storage:StorageAccount', 'bucket'], ['azurerm_managed_disk', 'volume'],
      ['azure-native:compute:Disk', 'volume'], ['azurerm_key_vault', 'key'], ['azure-native:keyvault:Key', 'key'], ['azurerm_key_vault_secret', 'secret'],
      ['azurerm_cosmosdb_sql_container', 'table'], ['azurerm_recovery_services_vault', 'backup-vault'], ['azurerm_servicebus_queue', 'queue'],
      ['azure-native:eventhub:EventHub', 'stream'], ['azurerm_netapp_volume', 'volume'], ['azurerm_container_registry', 'registry'],
    ] as const) expect(catalog.dataVerdict(type)).toMatchObject({ holdsData: true, kind, known: true });
    for (const type of ['azurerm_mssql_firewall_rule', 'azurerm_route_table', 'azure-native:awsconnector:S3Bucket', 'azurerm_mssql_elasticpool',
      'azurerm_storage_account_network_rules', 'azurerm_log_analytics_workspace_table', 'azure-native:sql:FailoverGroup']) {
      expect(catalog.dataVerdict(type)).toMatchObject({ holdsData: false, known: true });
      expect(entry(type).note).toBeTruthy();
    }
  });
});

describe('guard fields', () => {
  test('turning purge protection off weakens a Key Vault; the soft-delete period counts only when cut', () => {
    const purge = field('azurerm_key_vault', 'purge_protection_enabled');
    expect(purge).toMatchObject({ deletion: 'recoverable', default: false });
    expect(weakens(purge, { purge_protection_enabled: true }, { purge_protection_enabled: false })).toBe(true);
    expect(weakens(purge, { purge_protection_enabled: false }, {})).toBe(false);
    const days = field('azurerm_key_vault', 'soft_delete_retention_days');
    expect(effectiveValue(days, {})).toBe(90);
    expect(weakens(days, { soft_delete_retention_days: 90 }, { soft_delete_retention_days: 7 })).toBe(true);
    const nativePurge = field('azure-native:keyvault:Vault', 'properties.enable_purge_protection');
    expect(weakens(nativePurge, { properties: { enablePurgeProtection: true } }, { properties: { enablePurgeProtection: false } })).toBe(true);
  });

  test('storage account soft delete and versioning, in Terraform\'s block lists and azure-native\'s objects', () => {
    const versioning = field('azurerm_storage_account', 'blob_properties.versioning_enabled');
    expect(weakens(versioning, { blob_properties: [{ versioning_enabled: true }] }, { blob_properties: [{ versioning_enabled: false }] })).toBe(true);
    expect(weakens(versioning, { blob_properties: [{ versioning_enabled: false }] }, { blob_properties: [{ versioning_enabled: true }] })).toBe(false);
    const softDelete = field('azurerm_storage_account', 'blob_properties.delete_retention_policy.days');
    expect(weakens(softDelete, { blob_properties: [{ delete_retention_policy: [{ days: 30 }] }] }, { blob_properties: [{ delete_retention_policy: [{ days: 7 }] }] })).toBe(true);
    const native = field('azure-native:storage:BlobServiceProperties', 'delete_retention_policy.days');
    expect(weakens(native, { deleteRetentionPolicy: { enabled: true, days: 30 } }, { deleteRetentionPolicy: { enabled: true, days: 1 } })).toBe(true);
    const nativeEnabled = field('azure-native:storage:BlobServiceProperties', 'delete_retention_policy.enabled');
    expect(weakens(nativeEnabled, { deleteRetentionPolicy: { enabled: true } }, { deleteRetentionPolicy: { enabled: false } })).toBe(true);
    expect(weakens(field('azure-native:storage:BlobServiceProperties', 'is_versioning_enabled'), { isVersioningEnabled: true }, { isVersioningEnabled: false })).toBe(true);
  });

  test('a delete lock guards its scope; lowering it to NotSpecified weakens it', () => {
    const tfLock = entry('azurerm_management_lock');
    expect(tfLock).toMatchObject({ role: 'guard', guardOf: { target: 'scope' } });
    expect(tfLock.guardOf?.removal).toMatch(/deleted/);
    const level = field('azurerm_management_lock', 'lock_level');
    expect(level.deletion).toBe('refused');
    expect(weakens(level, { lock_level: 'CanNotDelete' }, { lock_level: 'NotSpecified' })).toBe(true);
    expect(weakens(level, { lock_level: 'ReadOnly' }, { lock_level: 'CanNotDelete' })).toBe(false);
    const nativeLevel = field('azure-native:authorization:ManagementLockAtResourceGroupLevel', 'level');
    expect(weakens(nativeLevel, { level: 'CanNotDelete' }, { level: 'NotSpecified' })).toBe(true);
    expect(entry('azure-native:authorization:ManagementLockAtResourceGroupLevel').guardOf?.target).toBe('resource_group_name');
  });

  test('backup vault soft delete defaults to On: leaving it out is not a cut, turning it Off is', () => {
    const soft = field('azurerm_data_protection_backup_vault', 'soft_delete');
    expect(weakens(soft, {}, { soft_delete: 'Off' })).toBe(true);
    expect(weakens(soft, { soft_delete: 'On' }, {})).toBe(false);
    expect(weakens(field('azurerm_data_protection_backup_vault', 'retention_duration_in_days'), {}, { retention_duration_in_days: 14 })).toBe(false);
    const native = field('azure-native:dataprotection:BackupVault', 'properties.security_settings.soft_delete_settings.state');
    expect(weakens(native, { properties: { securitySettings: { softDeleteSettings: { state: 'AlwaysOn' } } } },
      { properties: { securitySettings: { softDeleteSettings: { state: 'Off' } } } })).toBe(true);
  });

  test('database backup retention: a cut weakens, Optional+Computed leaving it out does not', () => {
    const pg = field('azurerm_postgresql_flexible_server', 'backup_retention_days');
    expect(pg).toMatchObject({ backup: 'retention', recovery: true });
    expect(weakens(pg, { backup_retention_days: 35 }, { backup_retention_days: 7 })).toBe(true);
    expect(weakens(pg, { backup_retention_days: 35 }, {})).toBe(false);
    const native = field('azure-native:dbforpostgresql:Server', 'backup.backup_retention_days');
    expect(weakens(native, { backup: { backupRetentionDays: 30 } }, { backup: { backupRetentionDays: 7 } })).toBe(true);
    const sql = field('azurerm_mssql_database', 'short_term_retention_policy.retention_days');
    expect(weakens(sql, { short_term_retention_policy: [{ retention_days: 35 }] }, { short_term_retention_policy: [{ retention_days: 1 }] })).toBe(true);
  });
});

describe('lifecycle management policies that delete blobs on a timer', () => {
  test('Terraform: enabled rules with a base-blob delete action, filtered or not', () => {
    const rules = {
      storage_account_id: '/sa',
      rule: [
        { name: 'all', enabled: true, filters: [{ blob_types: ['blockBlob'] }], actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: 30 }] }] },
        { name: 'logs', enabled: true, filters: [{ prefix_match: ['logs/'] }], actions: [{ base_blob: [{ delete_after_days_since_creation_greater_than: 7 }] }] },
        { name: 'off', enabled: false, actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: 1 }] }] },
        { name: 'cool', enabled: true, actions: [{ base_blob: [{ tier_to_cool_after_days_since_modification_greater_than: 10 }] }] },
      ],
    };
    expect(azureManagementPolicyExpirations(rules)).toEqual([{ rule: 'all', days: 30, everything: true }, { rule: 'logs', days: 7, everything: false }]);
    expect(entry('azurerm_storage_management_policy').expiry?.expirations).toBe(azureManagementPolicyExpirations);
  });

  test('azure-native: policy.rules[].definition.actions.baseBlob.delete', () => {
    const policy = {
      accountName: 'sa',
      policy: {
        rules: [
          { name: 'all', enabled: true, type: 'Lifecycle', definition: { actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 90 } } }, filters: { blobTypes: ['blockBlob'] } } },
          { name: 'tmp', type: 'Lifecycle', definition: { actions: { baseBlob: { delete: { daysAfterCreationGreaterThan: 1 } } }, filters: { blobTypes: ['blockBlob'], prefixMatch: ['tmp/'] } } },
          { name: 'off', enabled: false, type: 'Lifecycle', definition: { actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: 1 } } } } },
          { name: 'archive', enabled: true, type: 'Lifecycle', definition: { actions: { baseBlob: { tierToArchive: { daysAfterModificationGreaterThan: 1 } } } } },
          { name: 'versions', enabled: true, type: 'Lifecycle', definition: { actions: { version: { delete: { daysAfterCreationGreaterThan: 1 } } } } },
        ],
      },
    };
    expect(azureNativeManagementPolicyExpirations(policy)).toEqual([{ rule: 'all', days: 90, everything: true }, { rule: 'tmp', days: 1, everything: false }]);
    expect(entry('azure-native:storage:ManagementPolicy').expiry?.expirations).toBe(azureNativeManagementPolicyExpirations);
  });
});

const now = new Date('2026-11-25T00:00:00Z');

const run = (plan: unknown) =>
  withWords(evaluate([parsePlanText(JSON.stringify(plan), 'plan.json')], { rules: [noStatefulDelete], config: resolveConfig({}, ruleIds), now }))
    .filter((f) => f.rule === noStatefulDelete.id);
const change = (address: string, type: string, actions: string[], before: unknown, after: unknown = null) =>
  ({ address, mode: 'managed', type, name: address.split('.')[1], provider_name: 'registry.terraform.io/hashicorp/azurerm', change: { actions, before, after } });
const planOf = (resources: unknown[], changes: unknown[]) =>
  ({ format_version: '1.2', terraform_version: '1.11.4', planned_values: { root_module: { resources } }, resource_changes: changes });

describe('Cosmos DB time to live', () => {
  test('setting or shortening a TTL deletes items on a timer; -1 and unset expire nothing', () => {
    const expiry = entry('azurerm_cosmosdb_sql_container').expiry!;
    expect(expiry.expirations({ default_ttl: -1 })).toEqual([]);
    expect(expiry.expirations({})).toEqual([]);
    expect(expiryShortened(expiry, { default_ttl: -1 }, { default_ttl: 86400 })).toMatchObject({ days: 1, before: Infinity });
    expect(expiryShortened(expiry, { default_ttl: 3600 }, { default_ttl: 86400 })).toBeUndefined();
    const native = entry('azure-native:cosmosdb:SqlResourceSqlContainer').expiry!;
    expect(expiryShortened(native, { resource: { id: 'orders' } }, { resource: { id: 'orders', defaultTtl: 7 * 86400 } })).toMatchObject({ days: 7 });
    expect(entry('azurerm_cosmosdb_mongo_collection').expiry?.expirations({ default_ttl_seconds: 172800 })).toEqual([{ rule: 'default_ttl_seconds', days: 2, everything: true }]);
  });
});

describe('containers', () => {
  test('deleting a resource group takes the storage account in it, which names it by resource_group_name', () => {
    const account = { name: 'logs', resource_group_name: 'rg-prod' };
    const group = change('azurerm_resource_group.prod', 'azurerm_resource_group', ['delete'], { name: 'rg-prod', location: 'westeurope' });
    const findings = run(planOf([], [group, change('azurerm_storage_account.logs', 'azurerm_storage_account', ['no-op'], account, account)]));
    expect(findings.map((f) => [f.resource, f.level])).toEqual([['azurerm_resource_group.prod', 'block']]);
    expect(findings[0]?.message).toContain('azurerm_storage_account.logs');
    // With nothing in the plan naming it, the group's contents are unknown: a warning, not a block.
    expect(run(planOf([], [group])).map((f) => [f.resource, f.level, f.messageId])).toEqual([['azurerm_resource_group.prod', 'warn', 'mayContainData']]);
  });

  test('a legacy VM deletes its data disks only with delete_data_disks_on_termination', () => {
    const vm = (flag: boolean) => ({ name: 'vm', delete_data_disks_on_termination: flag, storage_data_disk: [{ name: 'data', lun: 0, create_option: 'Empty' }] });
    expect(run(planOf([], [change('azurerm_virtual_machine.app', 'azurerm_virtual_machine', ['delete'], vm(true))])).map((f) => f.resource)).toEqual(['azurerm_virtual_machine.app']);
    expect(run(planOf([], [change('azurerm_virtual_machine.app', 'azurerm_virtual_machine', ['delete'], vm(false))]))).toEqual([]);
  });

  test('an azure-native VM deletes the data disks whose deleteOption is Delete', () => {
    const cascade = entry('azure-native:compute:VirtualMachine').container?.cascades[0];
    if (cascade?.by !== 'nested') throw new Error('expected a nested cascade');
    expect(cascade.destroyed.test({ deleteOption: 'Delete', name: 'data' })).toBe(true);
    expect(cascade.destroyed.test({ deleteOption: 'Detach', name: 'data' })).toBe(false);
    expect(cascade.destroyed.test({ name: 'data' })).toBe(false);
  });

  test('azure-native children name their group by resourceGroupName, the group by its own resourceGroupName input', () => {
    const spec = entry('azure-native:resources:ResourceGroup').container;
    expect(spec?.cascades[0]).toMatchObject({ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'resource_group_name' });
    expect(spec?.unknownContents).toBe('warn');
    expect(entry('azurerm_resource_group').note).toMatch(/prevent_deletion_if_contains_resources/);
  });
});

describe('clusters whose delete reaches storage the plan may not show', () => {
  test('AKS deletes its node resource group: disks that name it by resource_group_name go with the cluster', () => {
    for (const type of ['azurerm_kubernetes_cluster', 'azure-native:containerservice:ManagedCluster']) {
      expect(entry(type).container?.cascades[0]).toMatchObject({ by: 'parent-property', childProperty: 'resource_group_name', parentProperty: 'node_resource_group' });
      expect(entry(type).container?.unknownContents).toBe('warn');
    }
  });

  test('a Databricks workspace presumes data: its managed resource group holds the DBFS root storage', () => {
    expect(entry('azurerm_databricks_workspace').container).toMatchObject({ cascades: [], unknownContents: 'data' });
    expect(entry('azure-native:databricks:Workspace').container?.unknownContents).toBe('data');
  });

  test('a deployment stack cascades only when its actionOnUnmanage deletes', () => {
    const when = entry('azure-native:resources:DeploymentStackAtResourceGroup').container?.cascadesWhen;
    expect(when?.test({ actionOnUnmanage: { resources: 'delete' } })).toBe(true);
    expect(when?.test({ actionOnUnmanage: { resources: 'detach', resourceGroups: 'delete' } })).toBe(true);
    expect(when?.test({ actionOnUnmanage: { resources: 'detach' } })).toBe(false);
  });

  test('azure-native: deleting a resource group takes the account whose resourceGroupName names it (Pulumi preview)', () => {
    const urn = (type: string, name: string) => `urn:pulumi:prod::shop::${type}::${name}`;
    const state = (type: string, name: string, inputs: Record<string, unknown>) =>
      ({ urn: urn(type, name), custom: true, id: name, type, inputs, outputs: inputs, created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z' });
    const group = state('azure-native:resources:ResourceGroup', 'rg', { resourceGroupName: 'rg-shop', location: 'westeurope' });
    const account = state('azure-native:storage:StorageAccount', 'data', { accountName: 'shopdata', resourceGroupName: 'rg-shop', kind: 'StorageV2' });
    const preview = {
      steps: [
        { op: 'delete', urn: group.urn, oldState: group, detailedDiff: null },
        { op: 'same', urn: account.urn, oldState: account, newState: account, detailedDiff: null },
      ],
    };
    const findings = withWords(evaluate([parsePlanText(JSON.stringify(preview), 'preview.json')], { rules: [noStatefulDelete], config: resolveConfig({}, ruleIds), now }))
      .filter((f) => f.rule === noStatefulDelete.id);
    expect(findings.map((f) => [f.resource, f.level])).toEqual([[group.urn, 'block']]);
    expect(findings[0]?.message).toContain('bucket');
  });

  test('a Terraform storage account has no provider deletion switch: the gate asks for the sources (prevent_destroy), not WORM', () => {
    const account = { name: 'logs', resource_group_name: 'rg', immutability_policy: [] };
    const plan = planOf([{ address: 'azurerm_storage_account.logs', mode: 'managed', type: 'azurerm_storage_account', name: 'logs', provider_name: 'registry.terraform.io/hashicorp/azurerm', values: account }],
      [change('azurerm_storage_account.logs', 'azurerm_storage_account', ['create'], null, account)]);
    const findings = evaluate([parsePlanText(JSON.stringify(plan), 'plan.json')], { rules: [requireDeleteProtection], config: resolveConfig({}, ruleIds), now }).findings
      .filter((f) => f.rule === requireDeleteProtection.id);
    expect(findings.map((f) => f.messageId)).toEqual(['sourcesNeeded']);
    // A Key Vault has one: purge protection keeps a destroyed vault recoverable.
    const vault = { name: 'kv', purge_protection_enabled: false };
    const vaultPlan = planOf([{ address: 'azurerm_key_vault.kv', mode: 'managed', type: 'azurerm_key_vault', name: 'kv', provider_name: 'registry.terraform.io/hashicorp/azurerm', values: vault }],
      [change('azurerm_key_vault.kv', 'azurerm_key_vault', ['create'], null, vault)]);
    expect(withWords(evaluate([parsePlanText(JSON.stringify(vaultPlan), 'plan.json')], { rules: [requireDeleteProtection], config: resolveConfig({}, ruleIds), now }))
      .filter((f) => f.rule === requireDeleteProtection.id).map((f) => [f.messageId, f.message])).toEqual([['unprotected', expect.stringContaining('purge_protection_enabled is false')]]);
  });
});

describe('long-term retention of SQL backups (ISO 8601 durations)', () => {
  const ltr = (weekly: string, monthly = 'PT0S', yearly = 'PT0S') => ({ long_term_retention_policy: [{ weekly_retention: weekly, monthly_retention: monthly, yearly_retention: yearly, week_of_year: 1 }] });
  test('cut to PT0S or removed weakens it; kept or lengthened does not', () => {
    const weekly = field('azurerm_mssql_database', 'long_term_retention_policy.weekly_retention');
    expect(weakens(weekly, ltr('P4W'), ltr('PT0S'))).toBe(true);
    expect(weakens(weekly, ltr('P4W'), {})).toBe(true);
    expect(weakens(weekly, ltr('P4W'), ltr('P1W'))).toBe(false);
    expect(weakens(weekly, ltr('P1W'), ltr('P12W'))).toBe(false);
    expect(weakens(field('azurerm_mssql_managed_database', 'long_term_retention_policy.yearly_retention'), ltr('P1W', 'PT0S', 'P5Y'), ltr('P1W'))).toBe(true);
  });

  test('the separate azure-native policy resources carry the same guards', () => {
    const monthly = field('azure-native:sql:LongTermRetentionPolicy', 'monthly_retention');
    expect(weakens(monthly, { monthlyRetention: 'P1Y' }, { monthlyRetention: 'PT0S' })).toBe(true);
    expect(weakens(monthly, { monthlyRetention: 'P1Y' }, { monthlyRetention: 'P12M' })).toBe(false);
    expect(weakens(field('azure-native:sql:ManagedInstanceLongTermRetentionPolicy', 'weekly_retention'), { weeklyRetention: 'P2W' }, { weeklyRetention: 'PT0S' })).toBe(true);
  });
});

describe('Cosmos DB periodic backup retention counts only under the Periodic backup type', () => {
  test('a cut under Periodic weakens; moving to Continuous does not cut the retention, it changes the type', () => {
    const retention = field('azurerm_cosmosdb_account', 'backup.retention_in_hours');
    const periodic = (hours: number) => ({ backup: [{ type: 'Periodic', interval_in_minutes: 240, retention_in_hours: hours }] });
    expect(weakens(retention, periodic(720), periodic(8))).toBe(true);
    expect(weakens(retention, periodic(8), { backup: [{ type: 'Continuous', tier: 'Continuous30Days', retention_in_hours: 0 }] })).toBe(false);
    expect(weakens(retention, { backup: [{ type: 'Continuous', retention_in_hours: 0 }] }, periodic(8))).toBe(false);
    const native = field('azure-native:cosmosdb:DatabaseAccount', 'backup_policy.periodic_mode_properties.backup_retention_interval_in_hours');
    expect(weakens(native, { backupPolicy: { type: 'Periodic', periodicModeProperties: { backupRetentionIntervalInHours: 48 } } }, { backupPolicy: { type: 'Continuous', continuousModeProperties: { tier: 'Continuous7Days' } } })).toBe(false);
    expect(weakens(native, { backupPolicy: { type: 'Periodic', periodicModeProperties: { backupRetentionIntervalInHours: 48 } } }, { backupPolicy: { type: 'Periodic', periodicModeProperties: { backupRetentionIntervalInHours: 8 } } })).toBe(true);
  });
});
