// Roles granted on a whole scope: a Google Cloud project, folder or organization IAM member, binding or policy, and an
// Azure role assignment (the catalog's `roleGrant` says where each keeps the role and the scope). A role that can
// delete data, granted on everything a project, folder, organization, subscription or management group holds, is a
// blanket credential however the grantee's own environment is spelled: the scope is the reach.
import { prop, readAll } from '../../catalog/catalog.js';
import type { RoleGrant } from '../../catalog/types.js';
import type { RuleContext } from '../../engine/define-rule.js';
import type { Resource } from '../../model/plan.js';

/**
 * Google Cloud roles that delete data, with what they delete. Basic roles: "Editor: all viewer permissions, plus
 * permissions for actions that modify state"; predefined ones from the role and permission index
 * (cloud.google.com/iam/docs/roles-permissions/<service>: storage.buckets.delete, storage.objects.delete,
 * cloudsql.instances.delete, bigquery.tables.delete and datasets.delete, compute.disks.delete and snapshots.delete,
 * spanner.databases.drop, bigtable.tables.delete, datastore.databases.delete, file.instances.delete,
 * redis.instances.delete, container.clusters.delete, cloudkms.cryptoKeyVersions.destroy, secretmanager.versions.destroy,
 * resourcemanager.projects.delete). Roles that only read (roles/viewer, *.viewer, *.objectViewer) are not listed.
 */
const GOOGLE_ROLES: Record<string, string> = {
  'roles/owner': 'every resource',
  'roles/editor': 'every resource',
  'roles/storage.admin': 'buckets and objects',
  'roles/storage.objectAdmin': 'objects',
  'roles/storage.objectUser': 'objects',
  'roles/cloudsql.admin': 'Cloud SQL instances',
  'roles/bigquery.admin': 'datasets and tables',
  'roles/bigquery.dataOwner': 'datasets and tables',
  'roles/bigquery.dataEditor': 'tables',
  'roles/compute.admin': 'disks, snapshots and images',
  'roles/compute.storageAdmin': 'disks, snapshots and images',
  'roles/compute.instanceAdmin.v1': 'disks',
  'roles/spanner.admin': 'Spanner instances and databases',
  'roles/spanner.databaseAdmin': 'Spanner databases',
  'roles/bigtable.admin': 'Bigtable instances and tables',
  'roles/datastore.owner': 'Firestore databases',
  'roles/file.editor': 'Filestore instances',
  'roles/redis.admin': 'Memorystore instances',
  'roles/alloydb.admin': 'AlloyDB clusters',
  'roles/container.admin': 'GKE clusters and the volumes in them',
  'roles/cloudkms.admin': 'key versions (data encrypted under them)',
  'roles/secretmanager.admin': 'secrets',
  'roles/resourcemanager.projectDeleter': 'projects',
};

/**
 * Azure built-in roles that delete data, by name and by the GUID of their role definition (the same in every tenant),
 * with what they delete; `data` marks roles whose destructive actions are data actions, which an ABAC condition can
 * narrow (Azure built-in roles reference, learn.microsoft.com/azure/role-based-access-control/built-in-roles: Owner
 * and Contributor `*`; User Access Administrator can assign itself Owner; the storage, SQL, Key Vault and compute
 * roles `…/delete` and `…/blobs/delete`). Reader and the `… Reader` roles are not listed.
 */
const AZURE_ROLES: ReadonlyArray<{ name: string; id: string; what: string; data?: true }> = [
  { name: 'Owner', id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635', what: 'every resource' },
  { name: 'Contributor', id: 'b24988ac-6180-42a0-ab88-20f7382dd24c', what: 'every resource' },
  { name: 'User Access Administrator', id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9', what: 'every resource (it can assign itself Owner)' },
  { name: 'Storage Account Contributor', id: '17d1049b-9a84-46fb-8f53-869881c3d3ab', what: 'storage accounts' },
  { name: 'Storage Blob Data Owner', id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b', what: 'blobs and containers', data: true },
  { name: 'Storage Blob Data Contributor', id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', what: 'blobs and containers', data: true },
  { name: 'SQL Server Contributor', id: '6d8ee4ec-f05a-4a1d-8b00-a9b17e38b437', what: 'SQL servers and databases' },
  { name: 'SQL DB Contributor', id: '9b7fa17d-e63e-47b0-bb0a-15c516ac86ec', what: 'SQL databases' },
  { name: 'Key Vault Administrator', id: '00482a5a-887f-4fb3-b363-3b7fe8e74483', what: 'keys, secrets and certificates', data: true },
  { name: 'Virtual Machine Contributor', id: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c', what: 'virtual machines and their disks' },
];

/**
 * Kubernetes' built-in user-facing ClusterRoles that delete data when bound cluster-wide (Kubernetes RBAC docs,
 * user-facing roles: cluster-admin "any action on any resource"; admin and edit read/write most objects, claims,
 * StatefulSets and Secrets included). A ClusterRole of the plan is judged by its own rules (`rules[].verbs`).
 */
const KUBERNETES_ROLES: Record<string, string> = {
  'cluster-admin': 'every object',
  admin: 'PersistentVolumeClaims, StatefulSets and Secrets',
  edit: 'PersistentVolumeClaims, StatefulSets and Secrets',
};

/** Resources whose delete destroys data, as a ClusterRole's rules name them (core and apps groups, or every resource). */
const KUBERNETES_DATA = /^(\*|persistentvolumeclaims|persistentvolumes|namespaces|statefulsets|secrets)$/;

export interface RoleFinding {
  messageId: 'roleOnScope';
  data: { role: string; scope: string; what: string };
}

/** What a role granted on a whole scope can delete, when the scope spans everything of an account or more. */
export function judgeRoleGrant(context: RuleContext, resource: Resource): RoleFinding[] {
  // The entry of what the resource is: a manifest or CustomResource ClusterRoleBinding is judged as its kind.
  const view = context.catalog.view(resource.type, resource.properties);
  const grant = view.entry?.roleGrant;
  if (!grant) return [];
  const bound = { ...resource, properties: view.properties ?? {} } as Resource;
  const scope = scopeOf(grant, bound);
  if (!scope) return [];
  const out: RoleFinding[] = [];
  for (const role of rolesOf(grant, bound)) {
    const what = grant.reach === 'azure-scope' ? azureRole(role, grant, bound) : grant.reach === 'cluster' ? kubernetesRole(context, role, grant) : google(role, grant, bound);
    if (what) out.push({ messageId: 'roleOnScope', data: { role: display(role), scope, what } });
  }
  return out;
}

/** The scope a grant spans, for messages, or undefined when it spans less than a whole account (an Azure resource group or resource). */
function scopeOf(grant: RoleGrant, resource: Resource): string | undefined {
  const value = prop(resource.properties, grant.scope);
  const id = typeof value === 'string' ? value.trim() : '';
  if (grant.reach === 'cluster') return 'every namespace of the cluster';
  if (grant.reach !== 'azure-scope') return `${grant.reach} ${id || '(unknown)'}`;
  // `/`, a management group, or a subscription itself; `/subscriptions/<id>/resourceGroups/…` spans one group.
  if (id === '/' || /^\/providers\/Microsoft\.Management\/managementGroups\/[^/]+\/?$/i.test(id)) return `management scope ${id}`;
  if (/^\/subscriptions\/[^/]+\/?$/i.test(id)) return `subscription ${id}`;
  return undefined;
}

function rolesOf(grant: RoleGrant, resource: Resource): string[] {
  const roles = grant.roles.flatMap((path) => readAll(resource.properties, path)).filter((r): r is string => typeof r === 'string' && r.trim() !== '');
  if (grant.policyData) {
    const document = prop(resource.properties, grant.policyData);
    try {
      const parsed = typeof document === 'string' ? (JSON.parse(document) as { bindings?: Array<{ role?: unknown }> }) : undefined;
      for (const binding of parsed?.bindings ?? []) if (typeof binding.role === 'string') roles.push(binding.role);
    } catch { /* a policy_data that is not JSON grants nothing this can read */ }
  }
  return [...new Set(roles.map((r) => r.trim()))];
}

function google(role: string, grant: RoleGrant, resource: Resource): string | undefined {
  const what = GOOGLE_ROLES[role];
  if (!what) return undefined;
  // An IAM condition on the resource the request names (`resource.name.startsWith("projects/_/buckets/staging-")`)
  // narrows the grant; one on the time or the request alone does not.
  const condition = grant.condition ? readAll(resource.properties, grant.condition).find((c) => typeof c === 'string' && /\bresource\.(name|type|service|matchTag)/.test(c)) : undefined;
  return condition ? undefined : what;
}

/** A built-in ClusterRole, or one of this plan (by name) whose rules allow delete, deletecollection or * on data. */
function kubernetesRole(context: RuleContext, role: string, grant: RoleGrant): string | undefined {
  if (KUBERNETES_ROLES[role]) return KUBERNETES_ROLES[role];
  const defined = grant.definedBy;
  if (!defined) return undefined;
  for (const resource of context.plan.resources) {
    const { entry, properties } = context.catalog.view(resource.type, resource.properties);
    if (entry?.canonical !== defined.canonical || readAll(properties, defined.name)[0] !== role) continue;
    const destroys = readAll(properties, defined.rules).some((rule) => {
      const list = (path: string) => readAll(rule as Record<string, unknown>, path).flat().filter((v): v is string => typeof v === 'string');
      return list('verbs').some((v) => v === '*' || v === 'delete' || v === 'deletecollection') && list('resources').some((r) => KUBERNETES_DATA.test(r));
    });
    if (destroys) return 'PersistentVolumeClaims, PersistentVolumes or namespaces';
  }
  return undefined;
}

function azureRole(role: string, grant: RoleGrant, resource: Resource): string | undefined {
  const guid = /roleDefinitions\/([0-9a-f-]{36})\/?$/i.exec(role)?.[1]?.toLowerCase();
  const known = AZURE_ROLES.find((r) => r.id === guid || r.name.toLowerCase() === role.toLowerCase());
  if (!known) return undefined;
  // An ABAC condition narrows data actions only (Azure ABAC: conditions apply to DataActions), never Owner's `*`.
  const condition = grant.condition ? prop(resource.properties, grant.condition) : undefined;
  if (known.data && typeof condition === 'string' && condition.trim() !== '') return undefined;
  return known.what;
}

function display(role: string): string {
  const guid = /roleDefinitions\/([0-9a-f-]{36})\/?$/i.exec(role)?.[1]?.toLowerCase();
  return AZURE_ROLES.find((r) => r.id === guid)?.name ?? role;
}
