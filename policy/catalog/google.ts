// Google Cloud (hashicorp/google and google-beta 6.50.0 via @cdktf/provider-google and -google-beta 16.12.1;
// @pulumi/gcp 9.37.0, which bridges google-beta 7.x), under both tools' names. Facts and defaults are from the providers' own docs in those packages
// (`<module>/<name>.d.ts` and `types/input.d.ts` of @pulumi/gcp, whose JSDoc carries the upstream docs) and
// ../shared/design/data-model.md (§ given). Types of this provider that are not listed here hold no data (see
// google-none.ts for those whose names suggest otherwise); catalog.schema.test.ts checks every name and path against
// the providers' schemas.
//
// Two things differ between the tools and are handled here:
// - @pulumi/gcp 9 (google-beta 7.x) gives about 900 resources a generic `deletionPolicy` (PREVENT fails the delete,
//   ABANDON forgets the resource without deleting it, DELETE — the default — deletes it), and a few a
//   `deletionProtection` that hashicorp/google 6.50 lacks. A path must exist for every name of an entry, so an entry
//   with such Pulumi-only guards is emitted twice under the same canonical name: once with the Terraform name, once
//   with the Pulumi token and the extra guards (`pulumiGuards`).
// - Durations written as strings ("86400s", "1h", "7d": KMS destroy_scheduled_duration, Secret Manager
//   version_destroy_ttl, Spanner version_retention_period, Pub/Sub retention, Backup and DR enforced retention) are
//   `more` guards with `duration: true`, compared in days (duration.ts).

import type { CatalogEntry, ContainerSpec, GuardField, Predicate } from './types.js';
import type { Properties } from '../model/plan.js';
import { googleNone } from './google-none.js';
import { protects } from './guards.js';
import { has, memberOf, read, readAll } from './read.js';
import { bigqueryTableExpirations, bigtableGcExpirations, gcsLifecycleExpirations, pubsubSubscriptionExpirations, secretExpirations } from './expiry.js';

/** Pub/Sub message retention: between 10 minutes and 31 days; only a cut to the minimum (or removal) counts. */
const pubsubRetention = (of: 'topic' | 'subscription', fallback: string): GuardField => ({
  path: 'message_retention_duration', protects: 'more', duration: true, default: fallback, weakAtOrBelow: 600 / 86_400, recovery: true,
  what: of === 'topic' ? 'the topic\'s message retention' : 'the backlog retention of unacknowledged messages',
  source: `@pulumi/gcp pubsub/${of}.d.ts messageRetentionDuration: cannot be more than 31 days or less than 10 minutes${of === 'subscription' ? '; defaults to 7 days' : '; unset, retention is controlled by the subscriptions'}`,
});

/** Secret Manager's delayed destruction of versions: unset, a destroyed version is gone at once. */
const versionDestroyTtl = (file: string): GuardField => ({
  path: 'version_destroy_ttl', protects: 'more', duration: true, default: '0s', weakAtOrBelow: 0, recovery: true,
  what: 'the delayed destruction of secret versions', source: `@pulumi/gcp ${file} versionDestroyTtl: for a secret with versionDestroyTtl > 0, version destruction does not happen immediately: the version is disabled and destroyed after the TTL`,
});

const PULUMI_DELETION_POLICY = '@pulumi/gcp 9.37.0 generic deletionPolicy (e.g. storage/bucket.d.ts, compute/disk.d.ts: Defaults to "DELETE"; PREVENT fails the delete, ABANDON leaves the resource in the API)';

/** Pulumi's generic deletionPolicy (google-beta 7.x): PREVENT refuses the delete, ABANDON deletes nothing in the API. */
const pulumiDeletionPolicy: GuardField = {
  path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], default: 'DELETE', deletion: 'refused', abandonedBy: ['ABANDON'],
  what: 'the deletion policy (PREVENT or ABANDON)', source: PULUMI_DELETION_POLICY,
};

/**
 * A provider-side deletion_protection that fails the destroy while true. `unsetInState: 'protects'` where the
 * provider documents that a null in its state fails the destroy too ("true or unset in state …", "unless false in
 * state …"); elsewhere a null in the state is read by the provider as false.
 */
const deletionProtection = (source: string, fallback?: boolean, unsetInState?: 'protects'): GuardField =>
  ({ path: 'deletion_protection', protects: true, ...(fallback !== undefined ? { default: fallback } : {}), ...(unsetInState ? { unsetInStateProtects: true as const } : {}), deletion: 'refused', what: 'deletion protection', source });

/** A member of something whose storage stays: named by a property; deleting the member loses nothing unique. */

type Rest = Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi'> & {
  /** Guards only the Pulumi token has (google-beta 7.x fields): the Pulumi token gets its own entry with them. */
  pulumiGuards?: readonly GuardField[];
};

/**
 * One entry for both tools, or two under one canonical name when the Pulumi token has guards Terraform lacks: the
 * Terraform name with the shared guards, the Pulumi token with those and its own. Aliases go with their tool.
 */
function g(canonical: string, terraform: string | undefined, pulumi: string | undefined, rest: Rest): CatalogEntry[] {
  const { pulumiGuards, aliases = [], ...shared } = rest;
  const base = { family: 'google', canonical, ...shared };
  const names = (tool: 'terraform' | 'pulumi') => {
    const own = aliases.filter((a) => a.includes(':') === (tool === 'pulumi'));
    return own.length > 0 ? { aliases: own } : {};
  };
  if (!pulumiGuards || !terraform || !pulumi) {
    return [{ ...base, ...(terraform ? { terraform } : {}), ...(pulumi ? { pulumi } : {}), ...(aliases.length > 0 ? { aliases } : {}), ...(pulumiGuards && pulumi ? { guards: [...(shared.guards ?? []), ...pulumiGuards] } : {}) }];
  }
  return [
    { ...base, terraform, ...names('terraform') },
    { ...base, pulumi, ...names('pulumi'), guards: [...(shared.guards ?? []), ...pulumiGuards] },
  ];
}

const SQL = '@pulumi/gcp sql/databaseInstance.d.ts, types/input.d.ts DatabaseInstanceSettings* (data-model.md §1.4)';
const GCS = '@pulumi/gcp storage/bucket.d.ts, types/input.d.ts Bucket* (data-model.md §1.4, §2.6)';

/** A project's deletion_policy: PREVENT (the default) fails the destroy, ABANDON deletes nothing in the API. */
const PROJECT_DELETION_POLICY: GuardField = {
  path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], default: 'PREVENT', deletion: 'refused',
  what: 'the project deletion policy', source: '@pulumi/gcp organizations/project.d.ts (data-model.md §1.4)',
};

// The project: deleting it deletes everything in it, but only with deletion_policy = DELETE (PREVENT, the default,
// fails the destroy; ABANDON deletes nothing). Children name it by `project`.
const project: CatalogEntry[] = g('google.project', 'google_project', 'gcp:organizations/project:Project', {
  role: 'container',
  container: {
    cascades: [{ by: 'parent-property', childProperty: 'project', parentProperty: 'project_id', childFamilies: ['google'] }],
    cascadesWhen: {
      attributes: ['deletion_policy'],
      reason: 'its deletion_policy is DELETE (PREVENT, the default, fails the destroy; ABANDON deletes nothing)',
      // Only PREVENT and ABANDON, exactly, keep the project: the provider accepts no other spelling (StringInSlice,
      // case-sensitive), so " DELETE " or "delete" is no policy a real project has, and is not read as a safe one.
      // Read through the guard, so a null in the state (pulumi-gcp before v8 had no field and deleted the project
      // unless skipDelete) is not taken for the default.
      test: (p) => protects(PROJECT_DELETION_POLICY, p) !== true,
    },
    unknownContents: 'data',
    reason: 'deleting a project deletes every resource in it, with all their data',
    source: '@pulumi/gcp organizations/project.d.ts deletionPolicy (data-model.md §1.4)',
  },
  guards: [PROJECT_DELETION_POLICY],
});

// A lien whose restrictions include resourcemanager.projects.delete makes every delete of its project fail (an
// org-policy-free guard platform teams put on prod projects); removing it lets the project, with all in it, go.
const lien: CatalogEntry[] = g('google.resource-manager.lien', 'google_resource_manager_lien', 'gcp:resourcemanager/lien:Lien', {
  role: 'guard',
  guardOf: {
    target: 'parent',
    removal: 'removing the lien lets the project, and every store in it, be deleted',
    when: {
      attributes: ['restrictions'], reason: 'its restrictions include resourcemanager.projects.delete',
      test: (p) => readAll(p, 'restrictions').flat().includes('resourcemanager.projects.delete'),
    },
  },
  note: 'source: @pulumi/gcp resourcemanager/lien.d.ts restrictions ("resourcemanager.projects.delete" is the only one supported); Resource Manager liens docs',
});

// Compute Engine. A disk named by boot_disk.source (an existing disk) is deleted with the instance while
// boot_disk.auto_delete is true (the default). A boot disk made from initialize_params holds the image it was built
// from: not counted, as for AWS root volumes. attached_disk has no auto_delete: attached disks stay (links).
const bootDiskCascade = {
  by: 'nested' as const, paths: ['boot_disk'], kind: 'volume' as const, label: 'boot disk',
  destroyed: {
    attributes: ['boot_disk.auto_delete', 'boot_disk.source', 'boot_disk.initialize_params.image', 'boot_disk.initialize_params.snapshot'],
    reason: 'it names an existing disk and auto_delete defaults to true',
    // The state records `source` for every boot disk (the self link of the disk the instance booted from), also for
    // one the instance built itself from initialize_params: only a disk that was not built from an image or a
    // snapshot is counted (hashicorp/google compute_instance boot_disk.source: "The name or self_link of the
    // existing disk", initialize_params: "Parameters for a new disk that will be created alongside the new instance").
    test: (d: Record<string, unknown>) => read(d, 'auto_delete') !== false && has(d, 'source') && !has(d, 'initialize_params.image', 'initialize_params.snapshot'),
  },
};
const instanceContainer = (source: string): CatalogEntry['container'] => ({
  cascades: [bootDiskCascade],
  unknownContents: 'none',
  reason: 'deleting an instance deletes its boot disk while boot_disk.auto_delete is true (the default)',
  source,
});
const INSTANCE = '@pulumi/gcp compute/instance.d.ts, types/input.d.ts InstanceBootDisk (autoDelete: Defaults to true)';

const compute: CatalogEntry[] = [
  ...g('google.compute.disk', 'google_compute_disk', 'gcp:compute/disk:Disk', {
    role: 'data', data: { kind: 'volume' },
    guards: [{ path: 'create_snapshot_before_destroy', protects: true, default: false, recovery: true, backup: 'final-snapshot', what: 'the snapshot taken before destroy', source: '@pulumi/gcp compute/disk.d.ts createSnapshotBeforeDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.region-disk', 'google_compute_region_disk', 'gcp:compute/regionDisk:RegionDisk', {
    role: 'data', data: { kind: 'volume' },
    guards: [{ path: 'create_snapshot_before_destroy', protects: true, default: false, recovery: true, backup: 'final-snapshot', what: 'the snapshot taken before destroy', source: '@pulumi/gcp compute/regionDisk.d.ts createSnapshotBeforeDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.snapshot', 'google_compute_snapshot', 'gcp:compute/snapshot:Snapshot', {
    role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'source_disk' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  // Instant snapshots live on the disk's own storage (zonal, not a backup): data, but no copy elsewhere.
  ...g('google.compute.instant-snapshot', 'google_compute_instant_snapshot', 'gcp:compute/instantSnapshot:InstantSnapshot', {
    role: 'data', data: { kind: 'snapshot' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.region-instant-snapshot', undefined, 'gcp:compute/regionInstantSnapshot:RegionInstantSnapshot', {
    role: 'data', data: { kind: 'snapshot' }, guards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.image', 'google_compute_image', 'gcp:compute/image:Image', { role: 'data', data: { kind: 'snapshot' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.compute.machine-image', 'google_compute_machine_image', 'gcp:compute/machineImage:MachineImage', { role: 'data', data: { kind: 'snapshot' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.compute.attached-disk', 'google_compute_attached_disk', 'gcp:compute/attachedDisk:AttachedDisk', {
    role: 'link', links: [{ property: 'disk', kind: 'volume', verb: 'attaches' }],
  }),
  ...g('google.compute.disk-async-replication', 'google_compute_disk_async_replication', 'gcp:compute/diskAsyncReplication:DiskAsyncReplication', {
    role: 'link', links: [{ property: 'primary_disk', kind: 'volume', verb: 'replicates' }],
  }),
  // A snapshot schedule attached to a disk: removing the attachment stops its scheduled snapshots.
  ...g('google.compute.disk-resource-policy-attachment', 'google_compute_disk_resource_policy_attachment', 'gcp:compute/diskResourcePolicyAttachment:DiskResourcePolicyAttachment', {
    role: 'guard', guardOf: { target: 'disk', removal: 'removing it detaches the snapshot schedule: the disk is no longer snapshotted' },
  }),
  ...g('google.compute.region-disk-resource-policy-attachment', 'google_compute_region_disk_resource_policy_attachment', 'gcp:compute/regionDiskResourcePolicyAttachment:RegionDiskResourcePolicyAttachment', {
    role: 'guard', guardOf: { target: 'disk', removal: 'removing it detaches the snapshot schedule: the disk is no longer snapshotted' },
  }),
  ...g('google.compute.instance', 'google_compute_instance', 'gcp:compute/instance:Instance', {
    role: 'container', container: instanceContainer(INSTANCE),
    guards: [deletionProtection(`${INSTANCE} deletionProtection: Defaults to false`, false)],
    links: [{ property: 'attached_disk.source', kind: 'volume', verb: 'attaches' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.instance-from-template', 'google_compute_instance_from_template', 'gcp:compute/instanceFromTemplate:InstanceFromTemplate', {
    role: 'container', container: instanceContainer('@pulumi/gcp compute/instanceFromTemplate.d.ts (same boot_disk block as compute/instance)'),
    guards: [deletionProtection('@pulumi/gcp compute/instanceFromTemplate.d.ts')],
    links: [{ property: 'attached_disk.source', kind: 'volume', verb: 'attaches' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.compute.instance-from-machine-image', 'google_compute_instance_from_machine_image', 'gcp:compute/instanceFromMachineImage:InstanceFromMachineImage', {
    role: 'container', container: instanceContainer('@pulumi/gcp compute/instanceFromMachineImage.d.ts (same boot_disk block as compute/instance)'),
    guards: [deletionProtection('@pulumi/gcp compute/instanceFromMachineImage.d.ts')],
    pulumiGuards: [pulumiDeletionPolicy],
    links: [{ property: 'attached_disk.source', kind: 'volume', verb: 'attaches' }],
  }),
  // A managed instance group's stateful disks outlive its VMs under delete_rule NEVER (the default); under
  // ON_PERMANENT_INSTANCE_DELETION they are deleted with each VM the group deletes for good: every VM when the group
  // is deleted, the VMs above the new size when it shrinks.
  ...['google_compute_instance_group_manager', 'google_compute_region_instance_group_manager'].flatMap((terraform) => {
    const regional = terraform.includes('region');
    return g(regional ? 'google.compute.region-instance-group-manager' : 'google.compute.instance-group-manager', terraform,
      regional ? 'gcp:compute/regionInstanceGroupManager:RegionInstanceGroupManager' : 'gcp:compute/instanceGroupManager:InstanceGroupManager', {
        role: 'container', container: statefulDisks(`@pulumi/gcp compute/${regional ? 'regionInstanceGroupManager' : 'instanceGroupManager'}.d.ts statefulDisks.deleteRule`),
      });
  }),
];

/** A managed instance group's stateful disks whose delete_rule deletes them with their VM. */
function statefulDisks(source: string): ContainerSpec {
  const deletedWithVm: Predicate = {
    attributes: ['stateful_disk.delete_rule'],
    reason: 'delete_rule ON_PERMANENT_INSTANCE_DELETION deletes the disk when its VM is deleted from the group for good',
    test: (d) => read(d, 'delete_rule') === 'ON_PERMANENT_INSTANCE_DELETION',
  };
  return {
    cascades: [{ by: 'nested', paths: ['stateful_disk', 'stateful_disks'], kind: 'volume', label: 'stateful disk', destroyed: deletedWithVm }],
    unknownContents: 'none',
    reason: 'deleting a managed instance group deletes its VMs, and stateful disks whose delete_rule is ON_PERMANENT_INSTANCE_DELETION with them ("NEVER - detach the disk when the VM is deleted, but do not delete the disk"; the default is NEVER)',
    source,
    scaleDown: {
      count: 'target_size',
      when: {
        attributes: ['stateful_disk.delete_rule'],
        reason: 'its stateful disks have delete_rule ON_PERMANENT_INSTANCE_DELETION: the disks of the VMs above the new size are deleted with them',
        test: (p) => [...readAll(p, 'stateful_disk'), ...readAll(p, 'stateful_disks')].some((d) => typeof d === 'object' && d !== null && read(d as Properties, 'delete_rule') === 'ON_PERMANENT_INSTANCE_DELETION'),
      },
    },
  };
}

// Cloud Storage. force_destroy deletes every object with the bucket; soft delete keeps deleted objects 7 days by
// default (0 disables it); versioning and a retention policy keep overwritten and deleted objects.
const storage: CatalogEntry[] = [
  ...g('google.storage.bucket', 'google_storage_bucket', 'gcp:storage/bucket:Bucket', {
    role: 'data', data: { kind: 'bucket' },
    guards: [
      { path: 'force_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a bucket that still holds objects', source: `${GCS} forceDestroy` },
      { path: 'versioning.enabled', protects: true, default: false, recovery: true, what: 'object versioning', source: `${GCS} BucketVersioning.enabled` },
      { path: 'soft_delete_policy.retention_duration_seconds', protects: 'more', default: 604800, deletion: 'recoverable', recovery: true, weakAtOrBelow: 0, what: 'soft delete (0 disables it)', source: `${GCS} BucketSoftDeletePolicy.retentionDurationSeconds: Default value is 604800` },
      // Unset: the bucket has no retention policy, so removing the block removes the hold (retention_policy is not computed).
      { path: 'retention_policy.retention_period', protects: 'more', default: 0, recovery: true, what: 'the bucket retention policy', source: `${GCS} BucketRetentionPolicy.retentionPeriod; GCS Bucket Lock: objects cannot be deleted or replaced until they reach the retention period` },
    ],
    expiry: {
      attributes: ['lifecycle_rule.action.type', 'lifecycle_rule.condition.age', 'lifecycle_rule.condition.with_state', 'lifecycle_rule.condition.matches_prefix', 'lifecycle_rule.condition.created_before'],
      expirations: gcsLifecycleExpirations,
      source: `${GCS} BucketLifecycleRule*`,
    },
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  // An object whose content the plan itself carries (source file, inline content) can be uploaded again.
  ...g('google.storage.bucket-object', 'google_storage_bucket_object', 'gcp:storage/bucketObject:BucketObject', {
    role: 'data',
    data: {
      kind: 'object',
      noUniqueData: [{ attributes: ['source', 'content'], presence: true, reason: 'the plan itself carries its content (source or content), so it can be uploaded again', test: (p) => has(p, 'source', 'content') }],
    },
    guards: [{ ...pulumiDeletionPolicy, source: '@pulumi/gcp storage/bucketObject.d.ts deletionPolicy: Defaults to "DELETE"' }],
  }),
  // Hierarchical-namespace folders: deleting one with force_destroy deletes the objects in it ("items within folder
  // if any will be force destroyed", storage/folder.d.ts).
  ...g('google.storage.folder', 'google_storage_folder', 'gcp:storage/folder:Folder', {
    role: 'data', data: { kind: 'object' },
    guards: [{ path: 'force_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a folder that still holds objects', source: '@pulumi/gcp storage/folder.d.ts forceDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  // A managed folder carries IAM policies for a prefix, not the objects under it: "If a non-empty managed folder is
  // deleted, any objects within the folder will remain in a simulated folder with the same name" (@pulumi/gcp
  // storage/managedFolder.d.ts forceDestroy; GCS JSON API managedFolders.delete allowNonEmpty).
  ...g('google.storage.managed-folder', 'google_storage_managed_folder', 'gcp:storage/managedFolder:ManagedFolder', {
    role: 'none',
    note: 'carries IAM policies for a prefix of a bucket; deleting it, even non-empty with force_destroy, leaves the objects under the prefix (managedFolders.delete allowNonEmpty: "a simulated folder with the same name is retained")',
  }),
];

// Relational databases.
const sql: CatalogEntry[] = [
  ...g('google.sql.database-instance', 'google_sql_database_instance', 'gcp:sql/databaseInstance:DatabaseInstance', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [memberOf('master_instance_name', 'it is a read replica: its data is a copy of its primary instance')] },
    guards: [
      deletionProtection(`${SQL} deletionProtection: Defaults to true`, true),
      { path: 'settings.deletion_protection_enabled', protects: true, default: false, deletion: 'refused', what: 'Cloud SQL (API-side) deletion protection', source: `${SQL} deletionProtectionEnabled: Defaults to false` },
      { path: 'settings.backup_configuration.enabled', protects: true, recovery: true, what: 'automated backups', source: SQL },
      { path: 'settings.backup_configuration.point_in_time_recovery_enabled', protects: true, recovery: true, what: 'point-in-time recovery', source: SQL },
      { path: 'settings.backup_configuration.backup_retention_settings.retained_backups', protects: 'more', recovery: true, backup: 'retention', what: 'backup retention', source: SQL },
      { path: 'settings.retain_backups_on_delete', protects: true, recovery: true, backup: 'kept-after-delete', what: 'backups kept after delete', source: `${SQL} retainBackupsOnDelete` },
    ],
    links: [{ property: 'master_instance_name', kind: 'database', verb: 'replicates' }],
    pulumiGuards: [
      { ...pulumiDeletionPolicy, source: '@pulumi/gcp sql/databaseInstance.d.ts deletionPolicy: Defaults to "DELETE"' },
      // google-beta 7.x only: a backup taken when the instance is deleted, kept retention_days.
      { path: 'settings.final_backup_config.enabled', protects: true, recovery: true, backup: 'final-snapshot', what: 'the final backup', source: '@pulumi/gcp types/input.d.ts DatabaseInstanceSettingsFinalBackupConfig.enabled' },
    ],
  }),
  // A database inside an instance; ABANDON leaves it in the API (e.g. for Postgres databases other users own).
  ...g('google.sql.database', 'google_sql_database', 'gcp:sql/database:Database', {
    role: 'data', data: { kind: 'database' },
    guards: [{ path: 'deletion_policy', protects: 'values', safeValues: ['ABANDON', 'PREVENT'], default: 'DELETE', deletion: 'refused', abandonedBy: ['ABANDON'], what: 'the deletion policy (ABANDON leaves the database in place)', source: '@pulumi/gcp sql/database.d.ts deletionPolicy: Defaults to DELETE' }],
  }),
  ...g('google.alloydb.cluster', 'google_alloydb_cluster', 'gcp:alloydb/cluster:Cluster', {
    role: 'data',
    data: { kind: 'database', noUniqueData: [memberOf('secondary_config.primary_cluster_name', 'it is a secondary cluster: its data is a copy of its primary cluster')] },
    guards: [
      { path: 'continuous_backup_config.enabled', protects: true, default: true, recovery: true, what: 'continuous backup (point-in-time recovery)', source: '@pulumi/gcp types/input.d.ts ClusterContinuousBackupConfig.enabled: If not set, defaults to true' },
      { path: 'continuous_backup_config.recovery_window_days', protects: 'more', default: 14, recovery: true, what: 'the point-in-time recovery window', source: '@pulumi/gcp types/input.d.ts ClusterContinuousBackupConfig.recoveryWindowDays: If not set, defaults to 14 days' },
      { path: 'automated_backup_policy.enabled', protects: true, recovery: true, what: 'automated backups', source: '@pulumi/gcp types/input.d.ts ClusterAutomatedBackupPolicy.enabled' },
      { path: 'automated_backup_policy.quantity_based_retention.count', protects: 'more', recovery: true, backup: 'retention', what: 'backup retention', source: '@pulumi/gcp types/input.d.ts ClusterAutomatedBackupPolicy' },
      // Terraform's deletion_policy is DEFAULT or FORCE (FORCE also deletes the instances); Pulumi adds PREVENT and ABANDON.
      { path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], deletion: 'refused', abandonedBy: ['ABANDON'], what: 'the deletion policy (PREVENT or ABANDON)', source: '@pulumi/gcp alloydb/cluster.d.ts deletionPolicy' },
    ],
    pulumiGuards: [deletionProtection('@pulumi/gcp alloydb/cluster.d.ts deletionProtection: true or unset in state fails the delete', true, 'protects')],
  }),
  ...g('google.alloydb.instance', 'google_alloydb_instance', 'gcp:alloydb/instance:Instance', {
    role: 'data', data: { kind: 'database', noUniqueData: [memberOf('cluster', 'it is an instance of a cluster: the data lives in the cluster storage, which stays')] },
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.alloydb.backup', 'google_alloydb_backup', 'gcp:alloydb/backup:Backup', {
    role: 'data', data: { kind: 'database-snapshot' }, backup: { by: 'snapshot', source: 'cluster_name' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.spanner.instance', 'google_spanner_instance', 'gcp:spanner/instance:Instance', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'instance', parentProperty: 'name', childFamilies: ['google'] }],
      // An instance exists to hold databases: with none in the plan, they were made elsewhere.
      unknownContents: 'data',
      reason: 'deleting a Spanner instance deletes its databases (and with force_destroy its backups)',
      source: '@pulumi/gcp spanner/instance.d.ts forceDestroy, spanner/database.d.ts enableDropProtection',
    },
    guards: [{ path: 'force_destroy', protects: false, default: false, recovery: true, what: 'keeping the instance\'s backups (force_destroy deletes them)', source: '@pulumi/gcp spanner/instance.d.ts forceDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.spanner.database', 'google_spanner_database', 'gcp:spanner/database:Database', {
    role: 'data', data: { kind: 'database' },
    guards: [
      deletionProtection('@pulumi/gcp spanner/database.d.ts deletionProtection: unless false in state, a delete fails', true, 'protects'),
      { path: 'enable_drop_protection', protects: true, default: false, deletion: 'refused', what: 'Spanner drop protection (all interfaces, and the parent instance)', source: '@pulumi/gcp spanner/database.d.ts enableDropProtection: Defaults to false' },
      // The point-in-time recovery window: between 1 hour (the default) and 7 days; only a cut to the minimum counts.
      { path: 'version_retention_period', protects: 'more', duration: true, default: '1h', weakAtOrBelow: 1 / 24, recovery: true, what: 'the point-in-time recovery window (version retention)', source: '@pulumi/gcp spanner/database.d.ts versionRetentionPeriod: between 1 hour and 7 days ("1d", "24h", "1440m", "86400s"); default 1h' },
    ],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.spanner.backup-schedule', 'google_spanner_backup_schedule', 'gcp:spanner/backupSchedule:BackupSchedule', {
    role: 'guard', guardOf: { target: 'database', removal: 'removing the schedule stops the backups it takes' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.oracle.autonomous-database', 'google_oracle_database_autonomous_database', 'gcp:oracledatabase/autonomousDatabase:AutonomousDatabase', {
    role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/autonomousDatabase.d.ts')], pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.oracle.cloud-vm-cluster', 'google_oracle_database_cloud_vm_cluster', 'gcp:oracledatabase/cloudVmCluster:CloudVmCluster', {
    role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/cloudVmCluster.d.ts')], pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.oracle.cloud-exadata-infrastructure', 'google_oracle_database_cloud_exadata_infrastructure', 'gcp:oracledatabase/cloudExadataInfrastructure:CloudExadataInfrastructure', {
    role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/cloudExadataInfrastructure.d.ts')], pulumiGuards: [pulumiDeletionPolicy],
    note: 'the hardware the VM clusters and their databases run on: treated as holding them (not verified whether a delete cascades)',
  }),
  ...g('google.oracle.db-system', undefined, 'gcp:oracledatabase/dbSystem:DbSystem', { role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/dbSystem.d.ts'), pulumiDeletionPolicy] }),
  ...g('google.oracle.exadb-vm-cluster', undefined, 'gcp:oracledatabase/exadbVmCluster:ExadbVmCluster', { role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/exadbVmCluster.d.ts'), pulumiDeletionPolicy] }),
  ...g('google.oracle.exascale-db-storage-vault', undefined, 'gcp:oracledatabase/exascaleDbStorageVault:ExascaleDbStorageVault', { role: 'data', data: { kind: 'volume' }, guards: [deletionProtection('@pulumi/gcp oracledatabase/exascaleDbStorageVault.d.ts'), pulumiDeletionPolicy] }),
  ...g('google.firebase.database-instance', 'google_firebase_database_instance', 'gcp:firebase/databaseInstance:DatabaseInstance', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  // Creates the project's default Firebase Storage bucket (beta); whether destroying it deletes the bucket is not
  // verified, so it is treated as the bucket.
  ...g('google.firebase.storage-default-bucket', undefined, 'gcp:firebase/storageDefaultBucket:StorageDefaultBucket', { role: 'data', data: { kind: 'bucket' } }),
  ...g('google.dataproc.metastore-service', 'google_dataproc_metastore_service', 'gcp:dataproc/metastoreService:MetastoreService', {
    role: 'data', data: { kind: 'database' }, guards: [deletionProtection('@pulumi/gcp dataproc/metastoreService.d.ts')], pulumiGuards: [pulumiDeletionPolicy],
  }),
];

// Wide-column, document and analytical stores.
const tables: CatalogEntry[] = [
  ...g('google.bigtable.instance', 'google_bigtable_instance', 'gcp:bigtable/instance:Instance', {
    role: 'data', data: { kind: 'table' },
    guards: [
      deletionProtection('@pulumi/gcp bigtable/instance.d.ts deletionProtection: unless false in state, a delete fails', true, 'protects'),
      { path: 'force_destroy', protects: false, default: false, recovery: true, what: 'keeping the instance\'s backups (force_destroy deletes them)', source: '@pulumi/gcp bigtable/instance.d.ts forceDestroy: Defaults to false' },
    ],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.bigtable.table', 'google_bigtable_table', 'gcp:bigtable/table:Table', {
    role: 'data', data: { kind: 'table' },
    guards: [{ path: 'deletion_protection', protects: 'values', safeValues: ['PROTECTED'], default: 'UNPROTECTED', deletion: 'refused', what: 'Bigtable deletion protection', source: '@pulumi/gcp bigtable/table.d.ts deletionProtection: If not provided, UNPROTECTED' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  // A GC policy deletes every cell of its column family older than max_age: data destroyed on a timer. Removing it
  // deletes nothing (cells are kept longer); ABANDON or PREVENT keep it in place.
  ...g('google.bigtable.gc-policy', 'google_bigtable_gc_policy', 'gcp:bigtable/gCPolicy:GCPolicy', {
    role: 'guard', guardOf: { target: 'table' },
    expiry: { attributes: ['max_age.duration', 'max_age.days', 'max_version.number', 'mode', 'gc_rules', 'column_family'], expirations: bigtableGcExpirations, source: '@pulumi/gcp bigtable/gcpolicy.d.ts maxAge: applies to all cells older than the given age' },
  }),
  ...g('google.bigquery.dataset', 'google_bigquery_dataset', 'gcp:bigquery/dataset:Dataset', {
    role: 'data', data: { kind: 'warehouse' },
    guards: [
      { path: 'delete_contents_on_destroy', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a dataset that still holds tables', source: '@pulumi/gcp bigquery/dataset.d.ts deleteContentsOnDestroy' },
      // The time travel window: rows changed or deleted within it can be read back (FOR SYSTEM_TIME AS OF) and
      // tables restored; 48 to 168 hours, 168 by default (written as a string of hours). Only a cut to the minimum
      // counts, as for Spanner's version retention.
      { path: 'max_time_travel_hours', protects: 'more', default: 168, weakAtOrBelow: 48, recovery: true, what: 'the time travel window (recovery of changed or deleted rows)', source: 'hashicorp/google bigquery_dataset max_time_travel_hours ("from 48 to 168 hours (2 to 7 days)"); BigQuery docs, time travel: "Seven days is the default"' },
    ],
    pulumiGuards: [pulumiDeletionPolicy],
    note: 'default_table_expiration_ms deletes new tables on a timer; not read as an expiry (it applies to tables created later)',
  }),
  // A view stores a query, not rows; a materialized view's rows are recomputed from its query; an external table's
  // rows live in the files it points at, which its delete leaves (BigQuery docs: "views", "external tables").
  ...g('google.bigquery.table', 'google_bigquery_table', 'gcp:bigquery/table:Table', {
    role: 'data',
    data: {
      kind: 'table',
      noUniqueData: [
        { attributes: ['view.query'], reason: 'it is a logical view: it stores a query the plan carries, not rows', test: (p) => has(p, 'view.query') },
        { attributes: ['materialized_view.query'], reason: 'it is a materialized view: its rows are computed from its query over tables that stay', test: (p) => has(p, 'materialized_view.query') },
        { attributes: ['external_data_configuration.source_uris'], reason: 'it is an external table: its rows live in the files it names, which stay', test: (p) => has(p, 'external_data_configuration.source_uris') },
      ],
    },
    guards: [deletionProtection('@pulumi/gcp bigquery/table.d.ts deletionProtection: unless false in state, a delete fails (data-model.md §1.4)', true, 'protects')],
    expiry: { attributes: ['expiration_time', 'time_partitioning.expiration_ms'], expirations: bigqueryTableExpirations, source: '@pulumi/gcp bigquery/table.d.ts expirationTime ("Expired tables will be deleted"), types/input.d.ts TableTimePartitioning.expirationMs' },
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.biglake.database', 'google_biglake_database', 'gcp:biglake/database:Database', { role: 'data', data: { kind: 'table' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.biglake.table', 'google_biglake_table', 'gcp:biglake/table:Table', { role: 'data', data: { kind: 'table' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.biglake.hive-database', undefined, 'gcp:biglake/hiveDatabase:HiveDatabase', { role: 'data', data: { kind: 'table' }, guards: [pulumiDeletionPolicy] }),
  ...g('google.biglake.hive-table', undefined, 'gcp:biglake/hiveTable:HiveTable', { role: 'data', data: { kind: 'table' }, guards: [pulumiDeletionPolicy] }),
  ...g('google.biglake.iceberg-table', undefined, 'gcp:biglake/icebergTable:IcebergTable', { role: 'data', data: { kind: 'table' }, guards: [pulumiDeletionPolicy] }),
  ...g('google.firestore.database', 'google_firestore_database', 'gcp:firestore/database:Database', {
    role: 'data', data: { kind: 'database' },
    guards: [
      { path: 'deletion_policy', protects: 'values', safeValues: ['ABANDON'], default: 'ABANDON', deletion: 'abandoned', what: 'the ABANDON deletion policy (a destroy leaves the database in place)', source: '@pulumi/gcp firestore/database.d.ts deletionPolicy: Defaults to ABANDON' },
      { path: 'delete_protection_state', protects: 'values', safeValues: ['DELETE_PROTECTION_ENABLED'], default: 'DELETE_PROTECTION_STATE_UNSPECIFIED', deletion: 'refused', what: 'Firestore delete protection', source: '@pulumi/gcp firestore/database.d.ts deleteProtectionState' },
      { path: 'point_in_time_recovery_enablement', protects: 'values', safeValues: ['POINT_IN_TIME_RECOVERY_ENABLED'], default: 'POINT_IN_TIME_RECOVERY_DISABLED', recovery: true, what: 'point-in-time recovery', source: '@pulumi/gcp firestore/database.d.ts pointInTimeRecoveryEnablement' },
    ],
  }),
  // A document written by the program: its fields are in the plan, so it can be written again.
  ...g('google.firestore.document', 'google_firestore_document', 'gcp:firestore/document:Document', {
    role: 'data',
    data: { kind: 'object', noUniqueData: [{ attributes: ['fields'], reason: 'the plan itself carries its fields, so it can be written again', test: (p) => has(p, 'fields') }] },
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.firestore.backup-schedule', 'google_firestore_backup_schedule', 'gcp:firestore/backupSchedule:BackupSchedule', {
    role: 'guard', guardOf: { target: 'database', removal: 'removing the schedule stops the backups it takes' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.healthcare.dataset', 'google_healthcare_dataset', 'gcp:healthcare/dataset:Dataset', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.healthcare.fhir-store', 'google_healthcare_fhir_store', 'gcp:healthcare/fhirStore:FhirStore', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.healthcare.dicom-store', 'google_healthcare_dicom_store', 'gcp:healthcare/dicomStore:DicomStore', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.healthcare.hl7-v2-store', 'google_healthcare_hl7_v2_store', 'gcp:healthcare/hl7Store:Hl7Store', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.healthcare.consent-store', 'google_healthcare_consent_store', 'gcp:healthcare/consentStore:ConsentStore', { role: 'data', data: { kind: 'database' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.looker.instance', 'google_looker_instance', 'gcp:looker/instance:Instance', {
    role: 'data', data: { kind: 'database' },
    // Terraform: DEFAULT or FORCE (FORCE deletes it with its nested resources); Pulumi adds PREVENT and ABANDON.
    guards: [{ path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], deletion: 'refused', abandonedBy: ['ABANDON'], what: 'the deletion policy (PREVENT or ABANDON)', source: '@pulumi/gcp looker/instance.d.ts deletionPolicy' }],
  }),
  ...g('google.vertex.featurestore', 'google_vertex_ai_featurestore', 'gcp:vertex/aiFeatureStore:AiFeatureStore', {
    role: 'data', data: { kind: 'table' },
    guards: [{ path: 'force_destroy', protects: false, deletion: 'refused', what: 'protection against deleting a featurestore that still holds entity types', source: '@pulumi/gcp vertex/aiFeatureStore.d.ts forceDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.vertex.feature-online-store', 'google_vertex_ai_feature_online_store', 'gcp:vertex/aiFeatureOnlineStore:AiFeatureOnlineStore', {
    role: 'data', data: { kind: 'table' },
    guards: [{ path: 'force_destroy', protects: false, deletion: 'refused', what: 'protection against deleting a store that still holds feature views', source: '@pulumi/gcp vertex/aiFeatureOnlineStore.d.ts forceDestroy' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.vertex.index', 'google_vertex_ai_index', 'gcp:vertex/aiIndex:AiIndex', { role: 'data', data: { kind: 'search-domain' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.vertex.dataset', 'google_vertex_ai_dataset', 'gcp:vertex/aiDataset:AiDataset', { role: 'data', data: { kind: 'table' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.discovery-engine.data-store', 'google_discovery_engine_data_store', 'gcp:discoveryengine/dataStore:DataStore', { role: 'data', data: { kind: 'search-domain' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.chronicle.data-table', undefined, 'gcp:chronicle/dataTable:DataTable', { role: 'data', data: { kind: 'table' }, guards: [pulumiDeletionPolicy] }),
];

// Caches, file systems, streams, queues.
const services: CatalogEntry[] = [
  // Redis keeps its data in memory; RDB/AOF persistence writes it to disk. Without persistence it is still the only
  // copy of what it holds (Memorystore is often a primary store), so it stays data; memcached is not (google-none.ts).
  ...g('google.redis.instance', 'google_redis_instance', 'gcp:redis/instance:Instance', {
    role: 'data', data: { kind: 'cache' },
    guards: [{ path: 'persistence_config.persistence_mode', protects: 'values', safeValues: ['RDB'], recovery: true, what: 'RDB persistence', source: '@pulumi/gcp types/input.d.ts InstancePersistenceConfig.persistenceMode' }],
    pulumiGuards: [deletionProtection('@pulumi/gcp redis/instance.d.ts deletionProtection: true or unset in state fails the delete', true, 'protects'), pulumiDeletionPolicy],
  }),
  ...g('google.redis.cluster', 'google_redis_cluster', 'gcp:redis/cluster:Cluster', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [{
        attributes: ['cross_cluster_replication_config.cluster_role'], reason: 'it is a secondary cluster: its data is a copy of its primary cluster',
        test: (p) => read(p, 'cross_cluster_replication_config.cluster_role') === 'SECONDARY',
      }],
    },
    guards: [{ path: 'deletion_protection_enabled', protects: true, default: true, deletion: 'refused', what: 'deletion protection', source: '@pulumi/gcp redis/cluster.d.ts deletionProtectionEnabled: Default value is true' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  // Memorystore for Valkey: a Valkey data set (RDB or AOF persistence, automated backups), a store like Redis above.
  ...g('google.memorystore.instance', 'google_memorystore_instance', 'gcp:memorystore/instance:Instance', {
    role: 'data',
    data: {
      kind: 'cache',
      noUniqueData: [{
        attributes: ['cross_instance_replication_config.instance_role'], reason: 'it is a secondary instance: its data is a copy of its primary instance',
        test: (p) => read(p, 'cross_instance_replication_config.instance_role') === 'SECONDARY',
      }],
    },
    guards: [{
      path: 'deletion_protection_enabled', protects: true, default: true, deletion: 'refused', what: 'deletion protection',
      source: 'Memorystore for Valkey deletion-protection docs ("disabled unless you use Terraform to create an instance"; when enabled, "attempts to delete the instance fail"); @pulumi/gcp memorystore/instance.d.ts deletionProtectionEnabled',
    }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.filestore.instance', 'google_filestore_instance', 'gcp:filestore/instance:Instance', {
    role: 'data', data: { kind: 'file-system' },
    guards: [{ path: 'deletion_protection_enabled', protects: true, deletion: 'refused', what: 'deletion protection', source: '@pulumi/gcp filestore/instance.d.ts deletionProtectionEnabled' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.filestore.backup', 'google_filestore_backup', 'gcp:filestore/backup:Backup', {
    role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'source_instance' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  // A snapshot lives inside its instance: deleting the instance deletes it.
  ...g('google.filestore.snapshot', 'google_filestore_snapshot', 'gcp:filestore/snapshot:Snapshot', { role: 'data', data: { kind: 'snapshot' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.netapp.volume', 'google_netapp_volume', 'gcp:netapp/volume:Volume', {
    role: 'data', data: { kind: 'volume' },
    guards: [
      // Terraform: DEFAULT or FORCE (FORCE also deletes nested snapshots); Pulumi adds PREVENT and ABANDON.
      { path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], deletion: 'refused', abandonedBy: ['ABANDON'], what: 'the deletion policy (PREVENT or ABANDON)', source: '@pulumi/gcp netapp/volume.d.ts deletionPolicy' },
      { path: 'backup_config.scheduled_backup_enabled', protects: true, recovery: true, what: 'scheduled backups', source: '@pulumi/gcp types/input.d.ts VolumeBackupConfig' },
    ],
  }),
  ...g('google.netapp.volume-snapshot', 'google_netapp_volume_snapshot', 'gcp:netapp/volumeSnapshot:VolumeSnapshot', { role: 'data', data: { kind: 'snapshot' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.netapp.backup', 'google_netapp_backup', 'gcp:netapp/backup:Backup', { role: 'data', data: { kind: 'snapshot' }, backup: { by: 'snapshot', source: 'source_volume' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.netapp.backup-vault', 'google_netapp_backup_vault', 'gcp:netapp/backupVault:BackupVault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [{ path: 'backup_retention_policy.backup_minimum_enforced_retention_days', protects: 'more', recovery: true, what: 'the minimum enforced retention of backups', source: '@pulumi/gcp types/input.d.ts BackupVaultBackupRetentionPolicy' }],
    // Not the generic Pulumi deletionPolicy: no-colocated-backups reads every deletion guard of a vault as "can be
    // destroyed with its recovery points", which an unset DELETE policy does not mean (the service refuses a vault
    // that still holds backups).
  }),
  ...g('google.netapp.backup-policy', 'google_netapp_backup_policy', 'gcp:netapp/backupPolicy:BackupPolicy', {
    role: 'guard', guardOf: { removal: 'removing the policy stops the scheduled backups of the volumes that use it' },
    guards: [{ path: 'enabled', protects: true, recovery: true, what: 'the backup schedule', source: '@pulumi/gcp netapp/backupPolicy.d.ts' }],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  // With delete_destination_volume = true, deleting the replication also deletes its destination volume.
  ...g('google.netapp.volume-replication', 'google_netapp_volume_replication', 'gcp:netapp/volumeReplication:VolumeReplication', {
    role: 'link', links: [{ property: 'volume_name', kind: 'volume', verb: 'replicates' }], pulumiGuards: [pulumiDeletionPolicy],
    note: 'delete_destination_volume = true deletes the destination volume with the replication',
  }),
  ...g('google.parallelstore.instance', 'google_parallelstore_instance', 'gcp:parallelstore/instance:Instance', { role: 'data', data: { kind: 'file-system' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.lustre.instance', 'google_lustre_instance', 'gcp:lustre/instance:Instance', { role: 'data', data: { kind: 'file-system' }, pulumiGuards: [pulumiDeletionPolicy] }),
  // A workstation's home directory is a persistent disk deleted with it unless its config's reclaim policy is RETAIN.
  ...g('google.workstations.workstation', 'google_workstations_workstation', 'gcp:workstations/workstation:Workstation', { role: 'data', data: { kind: 'volume' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.workstations.workstation-config', 'google_workstations_workstation_config', 'gcp:workstations/workstationConfig:WorkstationConfig', {
    role: 'guard', guardOf: {},
    guards: [{ path: 'persistent_directories.gce_pd.reclaim_policy', protects: 'values', safeValues: ['RETAIN'], default: 'DELETE', recovery: true, what: 'keeping home disks when a workstation is deleted (reclaim policy RETAIN)', source: '@pulumi/gcp types/input.d.ts WorkstationConfigPersistentDirectoryGcePd.reclaimPolicy: Defaults to DELETE' }],
  }),
  ...g('google.managed-kafka.cluster', 'google_managed_kafka_cluster', 'gcp:managedkafka/cluster:Cluster', { role: 'data', data: { kind: 'stream' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.managed-kafka.topic', 'google_managed_kafka_topic', 'gcp:managedkafka/topic:Topic', { role: 'data', data: { kind: 'stream' }, pulumiGuards: [pulumiDeletionPolicy] }),
  // Pub/Sub: the subscription holds the backlog (unacknowledged messages, 7 days by default); a topic keeps messages
  // only with message_retention_duration set, otherwise they are in its subscriptions.
  ...g('google.pubsub.subscription', 'google_pubsub_subscription', 'gcp:pubsub/subscription:Subscription', {
    role: 'data', data: { kind: 'queue' }, pulumiGuards: [pulumiDeletionPolicy],
    expiry: { attributes: ['expiration_policy', 'expiration_policy.ttl'], expirations: pubsubSubscriptionExpirations, source: '@pulumi/gcp pubsub/subscription.d.ts expirationPolicy: if not set, a default policy with ttl of 31 days' },
    // The backlog: unacknowledged messages older than this are deleted. 10 minutes to 31 days, 7 days by default.
    guards: [pubsubRetention('subscription', '604800s')],
    note: 'retain_acked_messages decides whether acknowledged messages are kept for the same retention'
  }),
  ...g('google.pubsub.topic', 'google_pubsub_topic', 'gcp:pubsub/topic:Topic', {
    role: 'data',
    data: {
      kind: 'stream',
      noUniqueData: [{
        attributes: ['message_retention_duration'], reason: 'it retains no messages (no message_retention_duration): they are kept by its subscriptions',
        test: (p) => !has(p, 'message_retention_duration'),
      }],
    },
    // Unset, the topic keeps nothing itself (its subscriptions do): removing the retention discards what it kept.
    guards: [pubsubRetention('topic', '0s')],
    pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.pubsub.lite-topic', 'google_pubsub_lite_topic', 'gcp:pubsub/liteTopic:LiteTopic', { role: 'data', data: { kind: 'stream' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.pubsub.lite-subscription', 'google_pubsub_lite_subscription', 'gcp:pubsub/liteSubscription:LiteSubscription', { role: 'data', data: { kind: 'queue' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.cloud-tasks.queue', 'google_cloud_tasks_queue', 'gcp:cloudtasks/queue:Queue', { role: 'data', data: { kind: 'queue' }, pulumiGuards: [pulumiDeletionPolicy] }),
  // Log buckets keep logs for retention_days (30 by default); a locked bucket cannot have its retention changed.
  ...[
    ['project', 'google_logging_project_bucket_config', 'gcp:logging/projectBucketConfig:ProjectBucketConfig'],
    ['folder', 'google_logging_folder_bucket_config', 'gcp:logging/folderBucketConfig:FolderBucketConfig'],
    ['organization', 'google_logging_organization_bucket_config', 'gcp:logging/organizationBucketConfig:OrganizationBucketConfig'],
    ['billing-account', 'google_logging_billing_account_bucket_config', 'gcp:logging/billingAccountBucketConfig:BillingAccountBucketConfig'],
  ].flatMap(([scope, terraform, pulumi]) => g(`google.logging.${scope}-bucket`, terraform, pulumi, {
    role: 'data', data: { kind: 'log' },
    guards: [
      { path: 'retention_days', protects: 'more', default: 30, recovery: true, what: 'log retention', source: `@pulumi/gcp logging/${scope === 'billing-account' ? 'billingAccount' : scope}BucketConfig.d.ts retentionDays` },
      ...(scope === 'project' ? [{ path: 'locked', protects: true, default: false, recovery: true, what: 'the bucket lock (retention cannot be changed)', source: '@pulumi/gcp logging/projectBucketConfig.d.ts locked' } satisfies GuardField] : []),
    ],
    ...(scope !== 'billing-account' ? { pulumiGuards: [pulumiDeletionPolicy] } : {}),
  })),
];

// Keys, secrets, registries. Cloud KMS never deletes a key: destroying a CryptoKey destroys its versions after
// destroy_scheduled_duration (30 days unless set at creation), and the key decrypts nothing once they are destroyed.
const keys: CatalogEntry[] = [
  ...g('google.kms.crypto-key', 'google_kms_crypto_key', 'gcp:kms/cryptoKey:CryptoKey', {
    role: 'data', data: { kind: 'key' }, pulumiGuards: [pulumiDeletionPolicy],
    // Versions wait this long in DESTROY_SCHEDULED, restorable, before their key material is destroyed.
    guards: [{
      path: 'destroy_scheduled_duration', protects: 'more', duration: true, default: '2592000s', weakAtOrBelow: 1, deletion: 'recoverable', recovery: true,
      what: 'the waiting period before key versions are destroyed', source: '@pulumi/gcp kms/cryptoKey.d.ts destroyScheduledDuration: if not specified at creation time, the default duration is 30 days; Cloud KMS destroy-restore docs (24 hours without it)',
    }],
    note: 'destroying it schedules the destruction of every version after destroy_scheduled_duration; data encrypted with it is lost once they are destroyed',
  }),
  ...g('google.kms.crypto-key-version', 'google_kms_crypto_key_version', 'gcp:kms/cryptoKeyVersion:CryptoKeyVersion', {
    role: 'data', data: { kind: 'key' }, pulumiGuards: [pulumiDeletionPolicy],
    guards: [{ path: 'state', protects: 'values', safeValues: ['ENABLED'], what: 'the key version being enabled (a disabled version decrypts nothing)', source: '@pulumi/gcp kms/cryptoKeyVersion.d.ts state' }],
    note: 'destroying it schedules the version\'s destruction after its key\'s destroy_scheduled_duration',
  }),
  ...g('google.secret-manager.secret', 'google_secret_manager_secret', 'gcp:secretmanager/secret:Secret', {
    role: 'data', data: { kind: 'secret' },
    expiry: { attributes: ['expire_time', 'ttl'], expirations: secretExpirations, source: '@pulumi/gcp secretmanager/secret.d.ts ttl, expireTime' },
    guards: [deletionProtection('@pulumi/gcp secretmanager/secret.d.ts deletionProtection: Defaults to false', false), versionDestroyTtl('secretmanager/secret.d.ts')],
  }),
  ...g('google.secret-manager.regional-secret', 'google_secret_manager_regional_secret', 'gcp:secretmanager/regionalSecret:RegionalSecret', {
    role: 'data', data: { kind: 'secret' },
    expiry: { attributes: ['expire_time', 'ttl'], expirations: secretExpirations, source: '@pulumi/gcp secretmanager/regionalSecret.d.ts ttl, expireTime' },
    guards: [deletionProtection('@pulumi/gcp secretmanager/regionalSecret.d.ts deletionProtection: Defaults to false', false), versionDestroyTtl('secretmanager/regionalSecret.d.ts')],
  }),
  // A version's data is in the plan (secret_data) and can be written again; DISABLE or ABANDON destroys nothing.
  ...[
    ['google.secret-manager.secret-version', 'google_secret_manager_secret_version', 'gcp:secretmanager/secretVersion:SecretVersion'],
    ['google.secret-manager.regional-secret-version', 'google_secret_manager_regional_secret_version', 'gcp:secretmanager/regionalSecretVersion:RegionalSecretVersion'],
  ].flatMap(([canonical, terraform, pulumi]) => g(canonical!, terraform, pulumi, {
    role: 'data',
    data: { kind: 'secret', noUniqueData: [{ attributes: ['secret_data'], reason: 'the plan itself carries the secret data, so the version can be written again', test: (p) => has(p, 'secret_data') }] },
    guards: [{ path: 'deletion_policy', protects: 'values', safeValues: ['DISABLE', 'ABANDON', 'PREVENT'], default: 'DELETE', deletion: 'refused', abandonedBy: ['DISABLE', 'ABANDON'], what: 'the deletion policy (DISABLE or ABANDON keeps the version)', source: '@pulumi/gcp secretmanager/secretVersion.d.ts deletionPolicy: Default is DELETE' }],
  })),
  ...g('google.artifact-registry.repository', 'google_artifact_registry_repository', 'gcp:artifactregistry/repository:Repository', {
    role: 'data', data: { kind: 'registry' }, pulumiGuards: [pulumiDeletionPolicy],
    note: 'cleanup_policies delete versions on a timer (older_than); not read as an expiry yet',
  }),
  ...g('google.sourcerepo.repository', 'google_sourcerepo_repository', 'gcp:sourcerepo/repository:Repository', { role: 'data', data: { kind: 'registry' }, pulumiGuards: [pulumiDeletionPolicy] }),
  ...g('google.secure-source-manager.repository', 'google_secure_source_manager_repository', 'gcp:securesourcemanager/repository:Repository', {
    role: 'data', data: { kind: 'registry' },
    guards: [{ path: 'deletion_policy', protects: 'values', safeValues: ['PREVENT', 'ABANDON'], deletion: 'refused', what: 'the deletion policy (PREVENT or ABANDON)', source: '@pulumi/gcp securesourcemanager/repository.d.ts deletionPolicy' }],
  }),
  ...g('google.dataform.repository', 'google_dataform_repository', 'gcp:dataform/repository:Repository', { role: 'data', data: { kind: 'registry' }, pulumiGuards: [pulumiDeletionPolicy] }),
];

// Backup and DR: vaults keep recovery points; plans and associations take them.
const backups: CatalogEntry[] = [
  ...g('google.backup-dr.backup-vault', 'google_backup_dr_backup_vault', 'gcp:backupdisasterrecovery/backupVault:BackupVault', {
    role: 'data', data: { kind: 'backup-vault' },
    guards: [
      { path: 'force_delete', protects: false, default: false, deletion: 'refused', what: 'protection against deleting a vault that still has data sources', source: '@pulumi/gcp backupdisasterrecovery/backupVault.d.ts forceDelete (deprecated)' },
      // Required: each backup cannot be deleted before this; any cut lets backups go sooner.
      { path: 'backup_minimum_enforced_retention_duration', protects: 'more', duration: true, recovery: true, what: 'the minimum enforced retention of backups', source: '@pulumi/gcp backupdisasterrecovery/backupVault.d.ts backupMinimumEnforcedRetentionDuration: the default and minimum enforced retention for each backup within the backup vault' },
    ],
  }),
  ...g('google.backup-dr.backup-plan', 'google_backup_dr_backup_plan', 'gcp:backupdisasterrecovery/backupPlan:BackupPlan', {
    role: 'guard', guardOf: { removal: 'removing the backup plan stops the backups it takes' }, pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.backup-dr.backup-plan-association', 'google_backup_dr_backup_plan_association', 'gcp:backupdisasterrecovery/backupPlanAssociation:BackupPlanAssociation', {
    role: 'link', links: [{ property: 'resource', kind: 'volume', verb: 'backs up' }], pulumiGuards: [pulumiDeletionPolicy],
  }),
  ...g('google.gke-backup.backup-plan', 'google_gke_backup_backup_plan', 'gcp:gkebackup/backupPlan:BackupPlan', {
    role: 'guard', guardOf: { target: 'cluster', removal: 'removing the backup plan stops the backups of the cluster (and deletes the backups it made)' },
    guards: [
      { path: 'retention_policy.backup_retain_days', protects: 'more', recovery: true, backup: 'retention', what: 'backup retention', source: '@pulumi/gcp types/input.d.ts BackupPlanRetentionPolicy' },
      { path: 'retention_policy.backup_delete_lock_days', protects: 'more', recovery: true, what: 'the backup delete lock', source: '@pulumi/gcp types/input.d.ts BackupPlanRetentionPolicy' },
    ],
  }),
];

// Kubernetes Engine: deleting a cluster deletes its nodes, their boot disks and local SSDs, and every workload with
// node-local data (emptyDir, local volumes). What the cluster runs is not in the plan.
const gke: CatalogEntry[] = g('google.container.cluster', 'google_container_cluster', 'gcp:container/cluster:Cluster', {
  role: 'container',
  container: {
    cascades: [],
    unknownContents: 'warn',
    reason: 'deleting a GKE cluster deletes its nodes with their local data and every workload it runs, which the plan does not show',
    source: '@pulumi/gcp container/cluster.d.ts (deletionProtection; "you must explicitly set deletionProtection = false" since 5.0)',
  },
  guards: [deletionProtection('@pulumi/gcp container/cluster.d.ts deletionProtection: only false in state lets a delete succeed', true, 'protects')],
  pulumiGuards: [pulumiDeletionPolicy],
  note: 'whether persistent disks of dynamically provisioned volumes outlive the cluster is not verified here',
});

// Memcached keeps nothing on disk, and a node pool's nodes keep only node-local scratch data that workloads must not
// rely on: deleting either deletes no data that is not a cache.
const caches: CatalogEntry[] = [
  ...g('google.memcache.instance', 'google_memcache_instance', 'gcp:memcache/instance:Instance', { role: 'none', note: 'Memorystore for Memcached has no persistence: its contents are a cache' }),
  ...g('google.container.node-pool', 'google_container_node_pool', 'gcp:container/nodePool:NodePool', { role: 'none', note: 'nodes keep only node-local scratch data (boot disks, local SSD, emptyDir); persistent volumes are separate disks' }),
];

// IAM on a whole project, folder or organization: a role granted there reaches every resource under it, which the
// credential rule judges by the role (roles/editor deletes every store of the project). Deleting one deletes no data.
const scopeGrants: CatalogEntry[] = ([
  ['project', 'project', 'projects', 'project'],
  ['folder', 'folder', 'folder', 'folder'],
  ['organization', 'organization', 'organizations', 'org_id'],
] as const).flatMap(([reach, tfScope, module, scope]) => (['member', 'binding', 'policy'] as const).flatMap((how) => {
  const token = `gcp:${module}/iAM${how[0]!.toUpperCase()}${how.slice(1)}:IAM${how[0]!.toUpperCase()}${how.slice(1)}`;
  return g(`google.${reach}.iam-${how}`, `google_${tfScope}_iam_${how}`, token, {
    role: 'none',
    roleGrant: how === 'policy' ? { roles: [], policyData: 'policy_data', reach, scope } : { roles: ['role'], reach, scope, condition: 'condition.expression' },
    note: `grants a role on a whole ${reach} (@pulumi/gcp ${module}/iAM${how[0]!.toUpperCase()}${how.slice(1)}.d.ts); judged by no-blanket-destroy-credentials`,
  });
}));

// IAM on one store: a grant of access to it, which no-cross-env-storage follows (a staging identity granted on a
// production bucket). Deleting the grant deletes no data.
const grants: CatalogEntry[] = ([
  ['google.storage.bucket-iam-binding', 'google_storage_bucket_iam_binding', 'gcp:storage/bucketIAMBinding:BucketIAMBinding', 'bucket', 'bucket'],
  ['google.storage.bucket-iam-member', 'google_storage_bucket_iam_member', 'gcp:storage/bucketIAMMember:BucketIAMMember', 'bucket', 'bucket'],
  ['google.storage.bucket-iam-policy', 'google_storage_bucket_iam_policy', 'gcp:storage/bucketIAMPolicy:BucketIAMPolicy', 'bucket', 'bucket'],
  ['google.bigquery.dataset-iam-binding', 'google_bigquery_dataset_iam_binding', 'gcp:bigquery/datasetIamBinding:DatasetIamBinding', 'dataset_id', 'warehouse'],
  ['google.bigquery.dataset-iam-member', 'google_bigquery_dataset_iam_member', 'gcp:bigquery/datasetIamMember:DatasetIamMember', 'dataset_id', 'warehouse'],
  ['google.bigquery.dataset-iam-policy', 'google_bigquery_dataset_iam_policy', 'gcp:bigquery/datasetIamPolicy:DatasetIamPolicy', 'dataset_id', 'warehouse'],
  ['google.bigquery.table-iam-binding', 'google_bigquery_table_iam_binding', 'gcp:bigquery/iamBinding:IamBinding', 'table_id', 'table'],
  ['google.bigquery.table-iam-member', 'google_bigquery_table_iam_member', 'gcp:bigquery/iamMember:IamMember', 'table_id', 'table'],
  ['google.bigquery.table-iam-policy', 'google_bigquery_table_iam_policy', 'gcp:bigquery/iamPolicy:IamPolicy', 'table_id', 'table'],
  ['google.secret-manager.secret-iam-binding', 'google_secret_manager_secret_iam_binding', 'gcp:secretmanager/secretIamBinding:SecretIamBinding', 'secret_id', 'secret'],
  ['google.secret-manager.secret-iam-member', 'google_secret_manager_secret_iam_member', 'gcp:secretmanager/secretIamMember:SecretIamMember', 'secret_id', 'secret'],
  ['google.secret-manager.secret-iam-policy', 'google_secret_manager_secret_iam_policy', 'gcp:secretmanager/secretIamPolicy:SecretIamPolicy', 'secret_id', 'secret'],
  ['google.kms.crypto-key-iam-binding', 'google_kms_crypto_key_iam_binding', 'gcp:kms/cryptoKeyIAMBinding:CryptoKeyIAMBinding', 'crypto_key_id', 'key'],
  ['google.kms.crypto-key-iam-member', 'google_kms_crypto_key_iam_member', 'gcp:kms/cryptoKeyIAMMember:CryptoKeyIAMMember', 'crypto_key_id', 'key'],
  ['google.kms.crypto-key-iam-policy', 'google_kms_crypto_key_iam_policy', 'gcp:kms/cryptoKeyIAMPolicy:CryptoKeyIAMPolicy', 'crypto_key_id', 'key'],
  ['google.artifact-registry.repository-iam-binding', 'google_artifact_registry_repository_iam_binding', 'gcp:artifactregistry/repositoryIamBinding:RepositoryIamBinding', 'repository', 'registry'],
  ['google.artifact-registry.repository-iam-member', 'google_artifact_registry_repository_iam_member', 'gcp:artifactregistry/repositoryIamMember:RepositoryIamMember', 'repository', 'registry'],
  ['google.artifact-registry.repository-iam-policy', 'google_artifact_registry_repository_iam_policy', 'gcp:artifactregistry/repositoryIamPolicy:RepositoryIamPolicy', 'repository', 'registry'],
  ['google.spanner.database-iam-binding', 'google_spanner_database_iam_binding', 'gcp:spanner/databaseIAMBinding:DatabaseIAMBinding', 'database', 'database'],
  ['google.spanner.database-iam-member', 'google_spanner_database_iam_member', 'gcp:spanner/databaseIAMMember:DatabaseIAMMember', 'database', 'database'],
  ['google.spanner.database-iam-policy', 'google_spanner_database_iam_policy', 'gcp:spanner/databaseIAMPolicy:DatabaseIAMPolicy', 'database', 'database'],
  ['google.bigtable.table-iam-binding', 'google_bigtable_table_iam_binding', 'gcp:bigtable/tableIamBinding:TableIamBinding', 'table', 'table'],
  ['google.bigtable.table-iam-member', 'google_bigtable_table_iam_member', 'gcp:bigtable/tableIamMember:TableIamMember', 'table', 'table'],
  ['google.bigtable.table-iam-policy', 'google_bigtable_table_iam_policy', 'gcp:bigtable/tableIamPolicy:TableIamPolicy', 'table', 'table'],
  ['google.pubsub.subscription-iam-binding', 'google_pubsub_subscription_iam_binding', 'gcp:pubsub/subscriptionIAMBinding:SubscriptionIAMBinding', 'subscription', 'queue'],
  ['google.pubsub.subscription-iam-member', 'google_pubsub_subscription_iam_member', 'gcp:pubsub/subscriptionIAMMember:SubscriptionIAMMember', 'subscription', 'queue'],
  ['google.pubsub.subscription-iam-policy', 'google_pubsub_subscription_iam_policy', 'gcp:pubsub/subscriptionIAMPolicy:SubscriptionIAMPolicy', 'subscription', 'queue'],
] as const).flatMap(([canonical, terraform, pulumi, property, kind]) => g(canonical, terraform, pulumi, { role: 'link', links: [{ property, kind, verb: 'grants access to' }] }));

export const googleCatalog: CatalogEntry[] = [...project, ...lien, ...scopeGrants, ...compute, ...storage, ...sql, ...tables, ...services, ...keys, ...backups, ...gke, ...caches, ...grants, ...googleNone];
