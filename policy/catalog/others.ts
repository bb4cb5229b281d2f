// Kubernetes (hashicorp/kubernetes, @pulumi/kubernetes), Helm, and Railway (terraform-community-providers/railway).
// Facts: ../shared/design/data-model.md §1.1 (Kubernetes), §1.5 (Helm), §1.6 (Railway).

import type { CatalogEntry, Predicate } from './types.js';
import { read, readAll } from './read.js';

const K8S = 'Kubernetes API docs: PersistentVolumeSpec, StatefulSetPersistentVolumeClaimRetentionPolicy (data-model.md §1.1)';

// A PersistentVolume created by hand defaults to Retain: its disk outlives the object. Only Retain keeps the disk:
// Delete takes it, Recycle scrubs it (rm -rf), and any other spelling ("DELETE", "retain") is a value the API server
// rejects (the enums are case-sensitive), so no cluster holds it: such a file is read as not retained (fail closed).
const retained: Predicate = {
  attributes: ['spec.persistent_volume_reclaim_policy'],
  reason: 'its reclaim policy is Retain: the disk behind it stays when the volume object is deleted',
  test: (p) => (read(p, 'spec.persistent_volume_reclaim_policy') ?? 'Retain') === 'Retain',
};

const k = (canonical: string, terraform: readonly string[], pulumi: string | undefined, rest: Omit<CatalogEntry, 'family' | 'canonical' | 'terraform' | 'pulumi' | 'aliases'>): CatalogEntry => ({
  family: 'kubernetes', canonical, terraform: terraform[0]!, ...(pulumi ? { pulumi } : {}), ...(terraform.length > 1 ? { aliases: terraform.slice(1) } : {}), ...rest,
});

export const kubernetesCatalog: CatalogEntry[] = [
  k('kubernetes.persistent-volume', ['kubernetes_persistent_volume_v1', 'kubernetes_persistent_volume'], 'kubernetes:core/v1:PersistentVolume', {
    role: 'data', data: { kind: 'persistent-volume', noUniqueData: [retained] },
    guards: [{ path: 'spec.persistent_volume_reclaim_policy', protects: 'values', safeValues: ['Retain'], default: 'Retain', recovery: true, what: 'the Retain reclaim policy', source: K8S }],
  }),
  // A claim's disk goes with it under the default Delete policy of dynamically provisioned volumes. A volume
  // provisioned for it takes the reclaim policy of its StorageClass, which cannot change once the class exists: when
  // the plan shows that class, unchanged since before, with Retain, the disk stays after the claim is deleted.
  k('kubernetes.persistent-volume-claim', ['kubernetes_persistent_volume_claim_v1', 'kubernetes_persistent_volume_claim'], 'kubernetes:core/v1:PersistentVolumeClaim', {
    role: 'data',
    data: {
      kind: 'persistent-volume',
      retainedBy: [{
        canonical: 'kubernetes.storage-class', property: 'spec.storage_class_name', key: 'metadata.name',
        reason: 'its StorageClass retains the volumes it provisions (reclaimPolicy Retain): the volume is released and its disk kept',
        source: `${K8S}; StorageClass reclaimPolicy "controls the reclaimPolicy for dynamically provisioned PersistentVolumes of this storage class", and a class's parameters cannot be updated once it is created (kubernetes.io/docs/concepts/storage/storage-classes)`,
      }, {
        // A claim bound to a volume the plan shows (spec.volume_name, a statically provisioned PV): the volume's own
        // policy decides what its delete does to the disk.
        canonical: 'kubernetes.persistent-volume', property: 'spec.volume_name', key: 'metadata.name',
        reason: 'the PersistentVolume it is bound to has reclaimPolicy Retain: the volume is released and its disk kept',
        source: `${K8S}; "the Retain reclaim policy allows for manual reclamation of the resource. When the PersistentVolumeClaim is deleted, the PersistentVolume still exists and the volume is considered released" (kubernetes.io/docs/concepts/storage/persistent-volumes)`,
      }],
    },
  }),
  k('kubernetes.storage-class', ['kubernetes_storage_class_v1', 'kubernetes_storage_class'], 'kubernetes:storage.k8s.io/v1:StorageClass', {
    role: 'guard',
    guardOf: { target: 'metadata.name' },
    guards: [{
      path: 'reclaim_policy', protects: 'values', safeValues: ['Retain'], default: 'Delete', recovery: true, prospective: true, what: 'the Retain reclaim policy of new volumes',
      source: `${K8S}; "PersistentVolumes that are dynamically created by a StorageClass will have the reclaim policy specified in the reclaimPolicy field of the class" (kubernetes.io/docs/concepts/storage/storage-classes): volumes already provisioned keep theirs`,
    }],
  }),
  // A StatefulSet deletes the claims of its volumeClaimTemplates only with whenDeleted = Delete (default Retain).
  k('kubernetes.stateful-set', ['kubernetes_stateful_set_v1', 'kubernetes_stateful_set'], 'kubernetes:apps/v1:StatefulSet', {
    role: 'container',
    container: {
      cascadesWhen: {
        attributes: ['spec.persistent_volume_claim_retention_policy.when_deleted'],
        reason: 'its persistentVolumeClaimRetentionPolicy.whenDeleted is Delete',
        // Only Retain (the default) keeps the claims; a value the API server rejects is not read as Retain.
        test: (p) => (read(p, 'spec.persistent_volume_claim_retention_policy.when_deleted') ?? 'Retain') !== 'Retain',
      },
      cascades: [{
        by: 'nested', paths: ['spec.volume_claim_template', 'spec.volume_claim_templates'], kind: 'persistent-volume', label: 'volume claim template',
        destroyed: { attributes: [], reason: 'every claim made from the template is deleted with the set', test: () => true },
      }],
      unknownContents: 'none',
      reason: 'deleting the set deletes the claims made from its templates, and with them their disks',
      source: K8S,
      scaleDown: {
        count: 'spec.replicas',
        when: {
          attributes: ['spec.persistent_volume_claim_retention_policy.when_scaled', 'spec.volume_claim_template'],
          reason: 'its persistentVolumeClaimRetentionPolicy.whenScaled is Delete: the claims of the pods above the new count are deleted',
          test: (p) => (read(p, 'spec.persistent_volume_claim_retention_policy.when_scaled') ?? 'Retain') !== 'Retain'
            && (readAll(p, 'spec.volume_claim_template').length > 0 || readAll(p, 'spec.volume_claim_templates').length > 0),
        },
      },
    },
    guards: [
      { path: 'spec.persistent_volume_claim_retention_policy.when_deleted', protects: 'values', safeValues: ['Retain'], default: 'Retain', recovery: true, what: 'claims kept when the set is deleted', source: K8S },
      { path: 'spec.persistent_volume_claim_retention_policy.when_scaled', protects: 'values', safeValues: ['Retain'], default: 'Retain', recovery: true, what: 'claims kept when the set scales down', source: K8S },
    ],
  }),
  // Deleting a namespace deletes every namespaced object in it, claims included (data-model.md §1.1).
  k('kubernetes.namespace', ['kubernetes_namespace_v1', 'kubernetes_namespace'], 'kubernetes:core/v1:Namespace', {
    role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'metadata.namespace', parentProperty: 'metadata.name', childFamilies: ['kubernetes', 'helm'] }],
      unknownContents: 'warn',
      reason: 'deleting a namespace deletes every object in it, claims included, and with them their disks',
      source: 'Kubernetes namespace deletion (data-model.md §1.1)',
    },
  }),
];

// Helm uninstalls what the release rendered: claims templated by the chart go, claims of StatefulSets stay unless
// the set's own whenDeleted is Delete (§1.5). The rendered objects are in the plan only as hashicorp/helm's
// `manifest` (with `experiments { manifest = true }`) or as the names Pulumi's Release records (`resourceNames`;
// its `manifest` output is declared but not filled by pulumi-kubernetes). Without them, it cannot tell: a warning.
// hashicorp/helm has no `resource_names` (@cdktf/provider-helm 12.1.2, hashicorp/helm 3.1.1, in the schema index),
// so the Terraform entry reads the manifest alone.
const HELM_RELEASE = {
  family: 'helm', canonical: 'helm.release', role: 'container',
  reason: 'uninstalling a release deletes the objects its chart rendered (claims templated by the chart among them; an object annotated helm.sh/resource-policy: keep stays)',
  source: 'helm/helm#3313, #8515, #6261 (data-model.md §1.5); hashicorp/terraform-provider-helm helm/manifest_json.go; pulumi-kubernetes helm_release.go resourceNames',
} as const;

export const helmCatalog: CatalogEntry[] = [
  {
    family: HELM_RELEASE.family, canonical: HELM_RELEASE.canonical, terraform: 'helm_release', role: HELM_RELEASE.role,
    container: { cascades: [{ by: 'rendered', manifest: 'manifest' }], unknownContents: 'warn', reason: HELM_RELEASE.reason, source: HELM_RELEASE.source },
  },
  {
    family: HELM_RELEASE.family, canonical: HELM_RELEASE.canonical, pulumi: 'kubernetes:helm.sh/v3:Release', role: HELM_RELEASE.role,
    container: { cascades: [{ by: 'rendered', manifest: 'manifest', names: 'resource_names' }], unknownContents: 'warn', reason: HELM_RELEASE.reason, source: HELM_RELEASE.source },
  },
  // Pulumi's Charts are components: the objects they render are resources of their own in the plan (the Chart's
  // children), each judged by its type, and deleting the Chart deletes them as steps of their own. v2's Chart is an
  // alias of v3's in the schema index.
  ...(['kubernetes:helm.sh/v3:Chart', 'kubernetes:helm.sh/v4:Chart'] as const).map((pulumi): CatalogEntry => ({
    family: 'helm', canonical: 'helm.chart', pulumi, role: 'none',
    note: 'a component whose rendered objects are resources of their own in the plan, each judged by its type (@pulumi/kubernetes helm/v3 and helm.sh/v4 Chart)',
  })),
];

export const railwayCatalog: CatalogEntry[] = [
  // Deleting a service calls volumeDelete for its inline volume; removing the `volume` block does too (§1.6).
  {
    family: 'railway', canonical: 'railway.service', terraform: 'railway_service', role: 'container',
    container: {
      cascades: [{ by: 'inline', path: 'volume', kind: 'volume' }],
      unknownContents: 'none',
      reason: 'the provider deletes the service\'s volume (volumeDelete) when the service is deleted or its volume block is removed',
      source: 'terraform-provider-railway internal/provider/resource_service.go at b1cd755 (data-model.md §1.6)',
    },
    links: [{ property: 'volume.name', kind: 'volume', verb: 'mounts' }],
  },
  // projectDelete and environmentDelete take the volumes of everything in them (treated so, data-model.md §1.6).
  {
    family: 'railway', canonical: 'railway.environment', terraform: 'railway_environment', role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'environment_id', parentProperty: 'id' }],
      unknownContents: 'data',
      reason: 'deleting an environment (environmentDelete) deletes the volumes of its services in it',
      source: 'terraform-provider-railway resource_environment.go, schema.graphql (data-model.md §1.6)',
    },
  },
  {
    family: 'railway', canonical: 'railway.project', terraform: 'railway_project', role: 'container',
    container: {
      cascades: [{ by: 'parent-property', childProperty: 'project_id', parentProperty: 'id' }],
      unknownContents: 'data',
      reason: 'deleting a project (projectDelete, without the 48-hour grace of projectScheduleDelete) deletes every service and volume in it',
      source: 'terraform-provider-railway resource_project.go, schema.graphql (data-model.md §1.6)',
    },
  },
  // A standalone volume exists only in another community provider (jamesprnich/terraform-provider-railway).
  { family: 'railway', canonical: 'railway.volume', terraform: 'railway_volume', role: 'data', data: { kind: 'volume' }, note: 'jamesprnich/terraform-provider-railway' },
];
