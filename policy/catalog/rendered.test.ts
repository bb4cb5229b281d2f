// What a Helm release rendered, read from the plan (rendered.ts), and each object judged as its kind.
import { describe, expect, test } from 'vitest';
import { Catalog } from './catalog.js';
import { keptOnUninstall, objectLabel, renderedKinds, renderedObjects } from './rendered.js';

const catalog = new Catalog();
const pvc = { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data', namespace: 'db' }, spec: { accessModes: ['ReadWriteOnce'] } };
const deployment = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'db' }, spec: { replicas: 2 } };

describe('renderedObjects: the manifest of a release', () => {
  test('hashicorp/helm\'s JSON: one entry per object, keyed namespace/kind.group/apiVersion/name', () => {
    const manifest = JSON.stringify({ 'db/persistentvolumeclaim/v1/data': pvc, 'db/deployment.apps/apps/v1/web': deployment });
    expect(renderedObjects(manifest)).toEqual([pvc, deployment]);
  });

  test('multi-document YAML, as helm get manifest prints it; empty documents are skipped', () => {
    const text = '---\n# Source: app/templates/pvc.yaml\napiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\n  namespace: db\nspec:\n  accessModes: [ReadWriteOnce]\n---\n# Source: app/templates/empty.yaml\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: db\nspec:\n  replicas: 2\n';
    expect(renderedObjects(text)).toEqual([pvc, deployment]);
  });

  test('one object, a list, or a List kind\'s items', () => {
    expect(renderedObjects(pvc)).toEqual([pvc]);
    expect(renderedObjects([pvc, deployment])).toEqual([pvc, deployment]);
    expect(renderedObjects({ apiVersion: 'v1', kind: 'List', items: [pvc] })).toEqual([pvc]);
    expect(renderedObjects('{}')).toEqual([]);
  });

  test('absent or unreadable is undefined, never "nothing rendered"', () => {
    for (const value of [undefined, null, '', 'key: [unclosed', '{"a": 1}', JSON.stringify({ x: { kind: 'Service' } }), 42]) {
      expect(renderedObjects(value), JSON.stringify(value)).toBeUndefined();
    }
  });
});

describe('renderedKinds: Pulumi\'s resourceNames', () => {
  test('kinds grouped as Kind.group/apiVersion, names as namespace/name', () => {
    expect(renderedKinds({ 'PersistentVolumeClaim/v1': ['db/data'], 'StatefulSet.apps/apps/v1': ['db/postgres'] })).toEqual([
      { kind: 'PersistentVolumeClaim', apiVersion: 'v1', names: ['db/data'] },
      { kind: 'StatefulSet', apiVersion: 'apps/v1', names: ['db/postgres'] },
    ]);
    expect(renderedKinds(undefined)).toBeUndefined();
    expect(renderedKinds({ 'no-version': ['x'] })).toBeUndefined();
  });
});

describe('objects on their own, judged as their kind', () => {
  test('a claim holds data, a Deployment none; a StatefulSet is a container', () => {
    expect(catalog.judgeObject(pvc)).toMatchObject({ holdsData: true, kind: 'persistent-volume' });
    expect(catalog.judgeObject(deployment)).toMatchObject({ holdsData: false, known: true });
    expect(catalog.viewObject({ apiVersion: 'apps/v1', kind: 'StatefulSet' })?.entry?.role).toBe('container');
    expect(catalog.judgeObject({ metadata: {} })).toBeUndefined();
  });

  test('helm.sh/resource-policy: keep, and the label messages use', () => {
    expect(keptOnUninstall({ ...pvc, metadata: { ...pvc.metadata, annotations: { 'helm.sh/resource-policy': 'keep' } } })).toBe(true);
    expect(keptOnUninstall(pvc)).toBe(false);
    expect(objectLabel(pvc)).toBe('PersistentVolumeClaim db/data');
  });
});
