// Judgements over the Kubernetes entries (others.ts, kubernetes-more.ts) in both tools' shapes.
import { describe, expect, test } from 'vitest';
import { Catalog } from './catalog.js';
import { weakens } from './guards.js';

const catalog = new Catalog();

describe('kubernetes_manifest: data only when the object is a claim, a deleted volume or a snapshot', () => {
  test('a claim or a volume snapshot holds data; a Deployment does not', () => {
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } } }))
      .toMatchObject({ holdsData: true, kind: 'persistent-volume' });
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'snapshot.storage.k8s.io/v1', kind: 'VolumeSnapshot' } }).holdsData).toBe(true);
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'apps/v1', kind: 'Deployment' } }).holdsData).toBe(false);
  });

  test('a volume keeps its disk unless its reclaim policy is Delete; snapshot content unless its deletion policy is Delete', () => {
    expect(catalog.judge('kubernetes_manifest', { manifest: { kind: 'PersistentVolume', spec: {} } }).holdsData).toBe(false);
    expect(catalog.judge('kubernetes_manifest', { manifest: { kind: 'PersistentVolume', spec: { persistentVolumeReclaimPolicy: 'Delete' } } }).holdsData).toBe(true);
    expect(catalog.judge('kubernetes_manifest', { manifest: { kind: 'VolumeSnapshotContent', spec: { deletionPolicy: 'Retain' } } }).holdsData).toBe(false);
    expect(catalog.judge('kubernetes_manifest', { manifest: { kind: 'VolumeSnapshotContent', spec: { deletionPolicy: 'Delete' } } }).holdsData).toBe(true);
  });

  test('a manifest whose kind is unknown until apply is counted as data (cannot tell)', () => {
    expect(catalog.judge('kubernetes_manifest', {}).holdsData).toBe(true);
  });
});

describe('the storage API group', () => {
  test('a beta StorageClass guards its reclaim policy like the v1 one', () => {
    const field = catalog.entry('kubernetes:storage.k8s.io/v1beta1:StorageClass')?.guards?.[0];
    expect(field).toBeDefined();
    expect(weakens(field!, { reclaimPolicy: 'Retain' }, { reclaimPolicy: 'Delete' })).toBe(true);
    expect(weakens(field!, { reclaimPolicy: 'Delete' }, {})).toBe(false);
  });

  test('a VolumeAttachment links to its volume; CSI drivers, secrets and patches hold nothing', () => {
    expect(catalog.entry('kubernetes:storage.k8s.io/v1:VolumeAttachment')).toMatchObject({ role: 'link', links: [{ kind: 'persistent-volume', verb: 'attaches' }] });
    for (const type of ['kubernetes_csi_driver_v1', 'kubernetes:storage.k8s.io/v1beta1:CSIDriver', 'kubernetes_secret_v1', 'kubernetes:core/v1:Secret',
      'kubernetes:core/v1:PersistentVolumeClaimPatch', 'kubernetes:storagemigration.k8s.io/v1alpha1:StorageVersionMigration']) {
      expect(catalog.dataVerdict(type), type).toMatchObject({ holdsData: false, known: true });
    }
  });

  test('the core entries still judge as before: a hand-made volume is retained, a claim holds data', () => {
    expect(catalog.judge('kubernetes_persistent_volume_v1', { spec: [{ persistent_volume_reclaim_policy: 'Retain' }] }).holdsData).toBe(false);
    expect(catalog.judge('kubernetes:core/v1:PersistentVolume', { spec: { persistentVolumeReclaimPolicy: 'Delete' } }).holdsData).toBe(true);
    expect(catalog.judge('kubernetes:core/v1:PersistentVolumeClaim', { metadata: { name: 'data' } }).holdsData).toBe(true);
  });
});
