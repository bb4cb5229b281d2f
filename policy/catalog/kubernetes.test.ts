// Judgements over the Kubernetes entries (others.ts, kubernetes-more.ts) in both tools' shapes.
import { describe, expect, test } from 'vitest';
import { Catalog } from './catalog.js';
import { weakens } from './guards.js';

const catalog = new Catalog();

describe('generic objects are what their kind says (Catalog.view)', () => {
  test('a kubernetes_manifest is judged by the entry of its kind, reading the object inside it', () => {
    const namespace = catalog.view('kubernetes_manifest', { manifest: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } } });
    expect(namespace).toMatchObject({ type: 'kubernetes:core/v1:Namespace', entry: { canonical: 'kubernetes.namespace', role: 'container' }, properties: { metadata: { name: 'payments' } } });
    expect(namespace.generic).toMatchObject({ path: 'manifest', kind: 'Namespace', entry: { canonical: 'kubernetes.manifest' } });
    expect(catalog.view('kubernetes_manifest', { manifest: { apiVersion: 'apps/v1', kind: 'StatefulSet' } }).entry?.canonical).toBe('kubernetes.stateful-set');
    // A version no entry names falls back to the same group and kind.
    expect(catalog.view('kubernetes_manifest', { manifest: { apiVersion: 'storage.k8s.io/v1beta1', kind: 'StorageClass' } }).entry?.role).toBe('guard');
    expect(catalog.view('kubernetes_ebs_volume_like_nothing', {}).entry).toBeUndefined();
  });

  test('for every kind the catalog names, a manifest of that kind gets that kind\'s entry, and judges as the typed resource', () => {
    let checked = 0;
    for (const entry of catalog.entries()) {
      for (const token of [entry.pulumi, ...(entry.aliases ?? [])]) {
        // API kinds only: `group/version`; Pulumi's own components (yaml, helm.sh) are not objects a manifest can hold.
        const match = token ? /^kubernetes:([^:/]+\/v[0-9a-z]+):([A-Za-z0-9]+)$/.exec(token) : null;
        if (!match || entry.generic || /^(yaml|helm\.sh|kustomize)\//.test(match[1]!)) continue;
        const apiVersion = match[1]!.replace(/^core\//, '');
        const object = { apiVersion, kind: match[2]!, metadata: { name: 'x', namespace: 'ns' } };
        expect(catalog.view('kubernetes_manifest', { manifest: object }).entry, token).toBe(catalog.entry(token!));
        expect(catalog.judge('kubernetes_manifest', { manifest: object }), token).toEqual(catalog.judge(token!, object));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  test('a claim, a volume deleted with its disk or a volume snapshot holds data; a Deployment or a ConfigMap does not', () => {
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' } } }))
      .toMatchObject({ holdsData: true, kind: 'persistent-volume', known: true });
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'snapshot.storage.k8s.io/v1', kind: 'VolumeSnapshot' } })).toMatchObject({ holdsData: true, kind: 'snapshot' });
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'apps/v1', kind: 'Deployment' } })).toMatchObject({ holdsData: false, known: true });
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'v1', kind: 'ConfigMap', data: { a: 'b' } } })).toMatchObject({ holdsData: false, known: true });
  });

  test('the kind\'s attribute facts read the object: reclaim policy, snapshot deletion policy', () => {
    const manifest = (kind: string, apiVersion: string, spec: object) => ({ manifest: { apiVersion, kind, spec } });
    expect(catalog.judge('kubernetes_manifest', manifest('PersistentVolume', 'v1', {})).holdsData).toBe(false);
    expect(catalog.judge('kubernetes_manifest', manifest('PersistentVolume', 'v1', { persistentVolumeReclaimPolicy: 'Delete' })).holdsData).toBe(true);
    expect(catalog.judge('kubernetes_manifest', manifest('VolumeSnapshotContent', 'snapshot.storage.k8s.io/v1', { deletionPolicy: 'Retain' })).holdsData).toBe(false);
    expect(catalog.judge('kubernetes_manifest', manifest('VolumeSnapshotContent', 'snapshot.storage.k8s.io/v1', { deletionPolicy: 'Delete' })).holdsData).toBe(true);
  });

  test('a manifest whose kind is unknown until apply is counted as data (cannot tell)', () => {
    expect(catalog.judge('kubernetes_manifest', {}).holdsData).toBe(true);
    expect(catalog.judge('kubernetes_manifest', { manifest: { kind: 'PersistentVolumeClaim' } }).holdsData).toBe(true);
  });

  test('Pulumi CustomResources: the class token and `kubernetes:<apiVersion>:<kind>` tokens are judged by their kind', () => {
    expect(catalog.view('kubernetes:apiextensions.k8s.io:CustomResource', { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'x' } }).entry?.canonical).toBe('kubernetes.namespace');
    expect(catalog.judge('kubernetes:v1:PersistentVolumeClaim', { metadata: { name: 'data' } })).toMatchObject({ holdsData: true, known: true });
    expect(catalog.judge('kubernetes:v1:ConfigMap', { data: {} })).toMatchObject({ holdsData: false, known: true });
    // A published token keeps its own entry: never read as a custom resource.
    expect(catalog.view('kubernetes:core/v1:ConfigMap', {}).generic).toBeUndefined();
  });

  test('the configuration\'s dataTypes on the resource\'s own type come before its kind', () => {
    const claim = { manifest: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'scratch' } } };
    expect(new Catalog({ notDataTypes: ['kubernetes_manifest'] }).judge('kubernetes_manifest', claim).holdsData).toBe(false);
    expect(new Catalog({ extraDataTypes: [{ type: 'kubernetes:v1:ConfigMap' }] }).judge('kubernetes:v1:ConfigMap', { apiVersion: 'v1', kind: 'ConfigMap' }).holdsData).toBe(true);
  });

  test('a custom kind no entry names is guessed from its group and kind, and then cannot tell', () => {
    expect(catalog.judge('kubernetes:postgresql.cnpg.io/v1:Cluster', { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster' })).toEqual({ holdsData: true, kind: 'storage', known: false });
    expect(catalog.judge('kubernetes_manifest', { manifest: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster' } })).toMatchObject({ holdsData: true, known: false });
    expect(catalog.judge('kubernetes:monitoring.coreos.com/v1:ServiceMonitor', { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor' }).holdsData).toBe(false);
    expect(new Catalog({ guessUnknownTypes: false }).judge('kubernetes:postgresql.cnpg.io/v1:Cluster', {}).holdsData).toBe(false);
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

describe('an object no cluster serves cannot be told (an edited plan)', () => {
  const judge = (apiVersion: string, kind: string) => catalog.judge('kubernetes_manifest', { manifest: { apiVersion, kind, metadata: { name: 'x' } } });
  test('a kind a built-in API group and version does not have', () => {
    expect(judge('v1', 'Database')).toMatchObject({ holdsData: true, known: false, unreadable: 'the API core/v1 has no kind Database' });
    expect(judge('apps/v1', 'delete')).toMatchObject({ holdsData: true, known: false, unreadable: 'the API apps/v1 has no kind delete' });
  });
  test('an apiVersion or kind with a look-alike letter, a space or a stray slash', () => {
    expect(judge('postgresql.cnpg.\u0456o/v1', 'Cluster')).toMatchObject({ holdsData: true, known: false, unreadable: expect.stringContaining('is not a Kubernetes API version') });
    expect(judge('v1', 'N\u0430mespace')).toMatchObject({ holdsData: true, known: false, unreadable: 'kind "N\\u0430mespace" is not a Kubernetes kind' });
    expect(judge('apps/v1/x', 'StatefulSet')).toMatchObject({ unreadable: expect.stringContaining('is not a Kubernetes API version') });
    expect(judge('v1', 'Config Map')).toMatchObject({ unreadable: expect.stringContaining('is not a Kubernetes kind') });
  });
  test('real kinds, built-in and custom, are judged as before', () => {
    expect(judge('v1', 'ConfigMap')).toMatchObject({ holdsData: false, known: true });
    expect(judge('v1', 'PersistentVolumeClaim')).toMatchObject({ holdsData: true, known: true });
    expect(judge('postgresql.cnpg.io/v1', 'Cluster')).not.toHaveProperty('unreadable');
    expect(judge('example.com/v1alpha1', 'My-Widget')).not.toHaveProperty('unreadable');
    expect(catalog.judge('kubernetes:apps/v1:Deployment', { metadata: { name: 'web' } })).toMatchObject({ holdsData: false, known: true });
  });
});
