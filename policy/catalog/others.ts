import type { CatalogEntry } from './types.js';

// Kubernetes: a PersistentVolume with reclaimPolicy Delete loses its disk with it; a claim owns the binding.
export const kubernetesCatalog: CatalogEntry[] = [
  { family: 'kubernetes', canonical: 'kubernetes.persistent-volume', terraform: 'kubernetes_persistent_volume', pulumi: 'kubernetes:core/v1:PersistentVolume', data: { kind: 'persistent-volume', protectionFlags: [] } },
  { family: 'kubernetes', canonical: 'kubernetes.persistent-volume-v1', terraform: 'kubernetes_persistent_volume_v1', data: { kind: 'persistent-volume', protectionFlags: [] } },
  { family: 'kubernetes', canonical: 'kubernetes.persistent-volume-claim', terraform: 'kubernetes_persistent_volume_claim', pulumi: 'kubernetes:core/v1:PersistentVolumeClaim', data: { kind: 'persistent-volume', protectionFlags: [] } },
  { family: 'kubernetes', canonical: 'kubernetes.persistent-volume-claim-v1', terraform: 'kubernetes_persistent_volume_claim_v1', data: { kind: 'persistent-volume', protectionFlags: [] } },
  { family: 'kubernetes', canonical: 'kubernetes.stateful-set', terraform: 'kubernetes_stateful_set', pulumi: 'kubernetes:apps/v1:StatefulSet', data: { kind: 'persistent-volume', protectionFlags: [] } },
];

// Railway, as the community Terraform provider (terraform-community-providers/railway) names its types.
// The incident's platform: a volume is mounted into a service, and deleting the volume deletes its data.
export const railwayCatalog: CatalogEntry[] = [
  { family: 'railway', canonical: 'railway.volume', terraform: 'railway_volume', data: { kind: 'volume', protectionFlags: [] } },
  {
    family: 'railway', canonical: 'railway.service', terraform: 'railway_service',
    links: [{ property: 'volume.name', kind: 'volume', verb: 'mounts' }],
  },
  { family: 'railway', canonical: 'railway.environment', terraform: 'railway_environment' },
];
