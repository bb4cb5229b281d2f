// More Kubernetes entries (hashicorp/kubernetes 2.38.0 via @cdktf/provider-kubernetes 12.1.1; @pulumi/kubernetes
// 4.34.2), beyond the core ones in others.ts: the storage API group (CSI drivers and nodes, capacities, volume
// attachments and attribute classes, in every version the SDK ships), secrets, storage version migrations, the
// Pulumi List and Patch forms of the storage kinds, CSI volume snapshots, and the generic objects (`kubernetes_manifest`,
// Pulumi's CustomResource), which are whatever their kind says (Catalog.view). Facts: Kubernetes API reference (storage.k8s.io/v1 kinds; PersistentVolumeSpec;
// snapshot.storage.k8s.io VolumeSnapshotContent.spec.deletionPolicy) and ../shared/design/data-model.md §1.1.

import type { CatalogEntry, GuardField, Predicate } from './types.js';
import { read } from './read.js';

const K8S = 'Kubernetes API docs: PersistentVolumeSpec, StorageClass (data-model.md §1.1)';

/** One type under its Terraform names (first canonical, then the `_v1` twin) and its Pulumi tokens (the first is `pulumi`, the others aliases). */
const k = (canonical: string, terraform: readonly string[], pulumi: readonly string[], rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi' | 'aliases'>): CatalogEntry => {
  const names = [...terraform.slice(1), ...pulumi.slice(1)];
  return {
    family: 'kubernetes', canonical,
    ...(terraform[0] ? { terraform: terraform[0] } : {}),
    ...(pulumi[0] ? { pulumi: pulumi[0] } : {}),
    ...(names.length > 0 ? { aliases: names } : {}),
    ...rest,
  };
};

const STORAGE = 'kubernetes:storage.k8s.io';
/** A kind's Pulumi tokens in the given versions, with or without the List/Patch suffix. */
const tokens = (group: string, kind: string, versions: readonly string[], suffix = ''): string[] => versions.map((v) => `${group}/${v}:${kind}${suffix}`);
const listsAndPatches = (group: string, kind: string, versions: readonly string[]): string[] => [...tokens(group, kind, versions, 'List'), ...tokens(group, kind, versions, 'Patch')];

const SNAPSHOTS = 'external-snapshotter CRDs: VolumeSnapshot, VolumeSnapshotContent.spec.deletionPolicy (data-model.md §1.1)';

const snapshotContentRetained: Predicate = {
  attributes: ['spec.deletion_policy'],
  reason: 'its deletionPolicy is Retain: the snapshot in the storage system stays when the object is deleted',
  test: (p) => read(p, 'spec.deletion_policy') === 'Retain',
};

const storageClassReclaim: GuardField = {
  path: 'reclaim_policy', protects: 'values', safeValues: ['Retain'], default: 'Delete', recovery: true, what: 'the Retain reclaim policy of new volumes', source: K8S,
};

export const kubernetesMoreCatalog: CatalogEntry[] = [
  // A ClusterRoleBinding grants its ClusterRole in every namespace (a RoleBinding only in its own, and is not a
  // blanket grant): the credential rule judges the role (Kubernetes RBAC docs, RoleBinding and ClusterRoleBinding).
  k('kubernetes.rbac.cluster-role-binding', ['kubernetes_cluster_role_binding_v1', 'kubernetes_cluster_role_binding'], ['kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding'], {
    role: 'none',
    roleGrant: { roles: ['role_ref.name'], reach: 'cluster', scope: 'metadata.name', definedBy: { canonical: 'kubernetes.rbac.cluster-role', name: 'metadata.name', rules: 'rule' } },
  }),
  // A ClusterRole only defines permissions (its rules); a binding grants them.
  k('kubernetes.rbac.cluster-role', ['kubernetes_cluster_role_v1', 'kubernetes_cluster_role'], ['kubernetes:rbac.authorization.k8s.io/v1:ClusterRole'], {
    role: 'none', note: 'defines permissions (rule.verbs, rule.resources) that a ClusterRoleBinding grants; deleting it deletes no data',
  }),
  // The beta StorageClass (storage.k8s.io/v1beta1) is the same object as v1 in others.ts.
  k('kubernetes.storage-class-v1beta1', [], tokens(STORAGE, 'StorageClass', ['v1beta1']), {
    role: 'guard', guardOf: { target: 'metadata.name' }, guards: [storageClassReclaim],
  }),
  // A VolumeAttachment records that a volume is attached to a node: deleting it detaches the volume, which stays.
  k('kubernetes.volume-attachment', [], tokens(STORAGE, 'VolumeAttachment', ['v1', 'v1beta1', 'v1alpha1']), {
    role: 'link', links: [{ property: 'spec.source.persistent_volume_name', kind: 'persistent-volume', verb: 'attaches' }],
  }),
  // Generic objects: each is what its kind says (Catalog.view). The entry's own role is the verdict while the kind is
  // unknown until apply: treated as data (cannot tell).
  k('kubernetes.manifest', ['kubernetes_manifest'], [], {
    role: 'data', data: { kind: 'persistent-volume' }, generic: { path: 'manifest' },
    note: 'judged as the typed resource of its manifest\'s kind: a Namespace contains, a claim holds data, a ConfigMap holds none; data while the kind is unknown',
  }),
  // Pulumi registers a CustomResource as `kubernetes:<apiVersion>:<kind>` (its inputs carry apiVersion, kind,
  // metadata and spec), and yaml.ConfigFile renders objects of kinds it has no class for the same way.
  k('kubernetes.custom-resource', [], ['kubernetes:apiextensions.k8s.io:CustomResource'], {
    role: 'data', data: { kind: 'persistent-volume' }, generic: { path: '', tokens: /^kubernetes:[^:]+:[A-Za-z0-9]+$/ },
    note: 'judged by its kind; a kind no entry names (a custom resource of an operator) is guessed from its group and kind, and then cannot tell',
  }),
  // Deleting a CustomResourceDefinition deletes every object of its kind in the cluster ("the server will uninstall
  // the RESTful API endpoint and delete all custom objects stored in it", Kubernetes docs: Extend the Kubernetes API
  // with CustomResourceDefinitions, Delete a CustomResourceDefinition): its delete is judged by what that kind holds
  // (an operator's database Cluster is guessed to hold data; a ServiceMonitor holds none). kubernetes_manifest
  // objects of this kind reach it through Catalog.view.
  k('kubernetes.custom-resource-definition', [], [
    'kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition', 'kubernetes:apiextensions.k8s.io/v1beta1:CustomResourceDefinition',
  ], {
    role: 'container',
    container: {
      cascades: [{ by: 'kind', group: 'spec.group', kind: 'spec.names.kind', versions: 'spec.versions.name' }],
      unknownContents: 'none',
      reason: 'deleting a CustomResourceDefinition deletes every object of its kind, in every namespace',
      source: 'Kubernetes docs: Extend the Kubernetes API with CustomResourceDefinitions (Delete a CustomResourceDefinition)',
    },
  }),
  // CSI snapshots (the external-snapshotter's CRDs, so Pulumi sees them as CustomResources): a VolumeSnapshot's
  // content follows its class's deletionPolicy (Delete for dynamically made content); content says its own.
  k('kubernetes.volume-snapshot', [], ['kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshot', 'kubernetes:snapshot.storage.k8s.io/v1beta1:VolumeSnapshot'], {
    role: 'data', data: { kind: 'snapshot' }, note: SNAPSHOTS,
  }),
  k('kubernetes.volume-snapshot-content', [], ['kubernetes:snapshot.storage.k8s.io/v1:VolumeSnapshotContent', 'kubernetes:snapshot.storage.k8s.io/v1beta1:VolumeSnapshotContent'], {
    role: 'data', data: { kind: 'snapshot', noUniqueData: [snapshotContentRetained] }, note: SNAPSHOTS,
  }),
  ...none('registers a CSI driver or node with the cluster, or reports its capacity: deleting it deletes no volume', [
    ['kubernetes.csi-driver', ['kubernetes_csi_driver_v1', 'kubernetes_csi_driver'], [...tokens(STORAGE, 'CSIDriver', ['v1', 'v1beta1']), ...listsAndPatches(STORAGE, 'CSIDriver', ['v1', 'v1beta1'])]],
    ['kubernetes.csi-node', [], [...tokens(STORAGE, 'CSINode', ['v1', 'v1beta1']), ...listsAndPatches(STORAGE, 'CSINode', ['v1', 'v1beta1'])]],
    ['kubernetes.csi-storage-capacity', [], [...tokens(STORAGE, 'CSIStorageCapacity', ['v1', 'v1beta1']), ...listsAndPatches(STORAGE, 'CSIStorageCapacity', ['v1', 'v1beta1'])]],
  ]),
  ...none('a class of volume attributes (IOPS, throughput) that claims may name: deleting it changes no volume', [
    ['kubernetes.volume-attributes-class', [], [...tokens(STORAGE, 'VolumeAttributesClass', ['v1', 'v1beta1', 'v1alpha1']), ...listsAndPatches(STORAGE, 'VolumeAttributesClass', ['v1', 'v1beta1', 'v1alpha1'])]],
  ]),
  ...none('rewrites stored objects in their newest API version: it deletes none', [
    ['kubernetes.storage-version-migration', [], [
      ...tokens('kubernetes:storagemigration.k8s.io', 'StorageVersionMigration', ['v1', 'v1beta1', 'v1alpha1']),
      ...listsAndPatches('kubernetes:storagemigration.k8s.io', 'StorageVersionMigration', ['v1', 'v1beta1', 'v1alpha1']),
    ]],
  ]),
  // A Secret's content is in the plan (data, string_data, binary_data) or made by the cluster (service-account
  // tokens, issued again): deleting one loses nothing that cannot be applied again.
  ...none('its content is in the plan, or generated by the cluster (a service-account token): it can be created again', [
    ['kubernetes.secret', ['kubernetes_secret_v1', 'kubernetes_secret'], ['kubernetes:core/v1:Secret', 'kubernetes:core/v1:SecretList', 'kubernetes:core/v1:SecretPatch']],
    ['kubernetes.secret-data', ['kubernetes_secret_v1_data'], []],
  ]),
  // Pulumi Patch resources change fields of an object that exists; deleting one gives up those fields, never the
  // object. The List kinds carry the objects they list in `items`.
  ...none('a Patch of an existing object (deleting it gives the fields back, never deletes the object), or a List of objects that hold no data (classes, attachments)', [
    ['kubernetes.persistent-volume-patch', [], ['kubernetes:core/v1:PersistentVolumePatch', 'kubernetes:core/v1:PersistentVolumeClaimPatch']],
    ['kubernetes.storage-lists-and-patches', [], [...listsAndPatches(STORAGE, 'StorageClass', ['v1', 'v1beta1']), ...listsAndPatches(STORAGE, 'VolumeAttachment', ['v1', 'v1beta1', 'v1alpha1'])]],
  ]),
  // The Lists of volumes and claims create the objects in `items`: treated as the objects themselves.
  k('kubernetes.persistent-volume-claim-list', [], ['kubernetes:core/v1:PersistentVolumeClaimList', 'kubernetes:core/v1:PersistentVolumeList'], {
    role: 'data', data: { kind: 'persistent-volume' },
    note: 'what deleting a List resource does to its items is not verified: treated as deleting the claims or volumes it lists',
  }),
  // The objects a ConfigFile renders are resources of their own in the plan (its children), each judged by its type.
  ...none('a component whose rendered objects are resources of their own in the plan, each judged by its type', [
    ['kubernetes.yaml-config-file', [], ['kubernetes:yaml/v2:ConfigFile', 'kubernetes:yaml:ConfigFile', 'kubernetes:yaml:ConfigGroup']],
  ]),
];

function none(note: string, types: ReadonlyArray<readonly [string, readonly string[], readonly string[]]>): CatalogEntry[] {
  return types.map(([canonical, terraform, pulumi]) => k(canonical, terraform, pulumi, { role: 'none', note }));
}
