// More Kubernetes entries (hashicorp/kubernetes 2.38.0 via @cdktf/provider-kubernetes 12.1.1; @pulumi/kubernetes
// 4.34.2), beyond the core ones in others.ts: the storage API group (CSI drivers and nodes, capacities, volume
// attachments and attribute classes, in every version the SDK ships), secrets, storage version migrations, the
// Pulumi List and Patch forms of the storage kinds, and `kubernetes_manifest`, which can be any object (a claim, a
// volume snapshot). Facts: Kubernetes API reference (storage.k8s.io/v1 kinds; PersistentVolumeSpec;
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

/** Objects a `kubernetes_manifest` can hold whose delete destroys data (the claim's disk, the snapshot's content). */
const MANIFEST_DATA_KINDS = new Set(['PersistentVolumeClaim', 'PersistentVolume', 'VolumeSnapshot', 'VolumeSnapshotContent']);

const manifestHoldsNothing: Predicate = {
  attributes: ['manifest'],
  reason: 'the manifest is not a claim, a volume or a volume snapshot (or its volume or snapshot content is retained on delete)',
  test: (p) => {
    const kind = read(p, 'manifest.kind');
    if (typeof kind !== 'string') return false; // unknown until apply: cannot tell
    if (!MANIFEST_DATA_KINDS.has(kind)) return true;
    // A hand-made PersistentVolume defaults to Retain; snapshot content says its own deletion policy.
    if (kind === 'PersistentVolume') return (read(p, 'manifest.spec.persistentVolumeReclaimPolicy') ?? 'Retain') !== 'Delete';
    if (kind === 'VolumeSnapshotContent') return read(p, 'manifest.spec.deletionPolicy') === 'Retain';
    return false;
  },
};

const storageClassReclaim: GuardField = {
  path: 'reclaim_policy', protects: 'values', safeValues: ['Retain'], default: 'Delete', recovery: true, what: 'the Retain reclaim policy of new volumes', source: K8S,
};

export const kubernetesMoreCatalog: CatalogEntry[] = [
  // The beta StorageClass (storage.k8s.io/v1beta1) is the same object as v1 in others.ts.
  k('kubernetes.storage-class-v1beta1', [], tokens(STORAGE, 'StorageClass', ['v1beta1']), {
    role: 'guard', guardOf: { target: 'metadata.name' }, guards: [storageClassReclaim],
  }),
  // A VolumeAttachment records that a volume is attached to a node: deleting it detaches the volume, which stays.
  k('kubernetes.volume-attachment', [], tokens(STORAGE, 'VolumeAttachment', ['v1', 'v1beta1', 'v1alpha1']), {
    role: 'link', links: [{ property: 'spec.source.persistent_volume_name', kind: 'persistent-volume', verb: 'attaches' }],
  }),
  // Any object: data when it is a claim, a volume that is deleted with it, or a volume snapshot.
  k('kubernetes.manifest', ['kubernetes_manifest'], [], {
    role: 'data', data: { kind: 'persistent-volume', noUniqueData: [manifestHoldsNothing] },
    note: 'a kubernetes_manifest that is a Namespace deletes everything in it as well; that cascade is not modelled here',
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
    ['kubernetes.yaml-config-file', [], ['kubernetes:yaml/v2:ConfigFile']],
  ]),
];

function none(note: string, types: ReadonlyArray<readonly [string, readonly string[], readonly string[]]>): CatalogEntry[] {
  return types.map(([canonical, terraform, pulumi]) => k(canonical, terraform, pulumi, { role: 'none', note }));
}
