// What cannot be read is neither the value nor the provider's default (catalog/read.ts unreadable, guards.ts).
import { describe, expect, test } from 'vitest';
import { markEveryAttribute } from '../model/plan.js';
import { MASK } from '../model/redact.js';
import { Catalog, mayHold, predicateUnreadable, readAll, unreadable } from './catalog.js';
import { effectiveValue, protects } from './guards.js';

const catalog = new Catalog();
const pv = catalog.entry('kubernetes_persistent_volume_v1')!;
const reclaim = pv.guards![0]!;

describe('unreadable paths', () => {
  test('a path that runs into a masked value, at the leaf or above it', () => {
    expect(unreadable({ spec: MASK }, 'spec.persistent_volume_reclaim_policy')).toBe(true);
    expect(unreadable({ spec: [{ persistent_volume_reclaim_policy: MASK }] }, 'spec.persistent_volume_reclaim_policy')).toBe(true);
    expect(unreadable({ spec: [{ persistent_volume_reclaim_policy: 'Delete' }] }, 'spec.persistent_volume_reclaim_policy')).toBe(false);
  });

  test('a key missing from an object whose tool writes every attribute (Terraform before); null and [] are unset', () => {
    expect(unreadable(markEveryAttribute({ id: 'p' }), 'deletion_policy')).toBe(true);
    expect(unreadable(markEveryAttribute({ deletion_policy: null }), 'deletion_policy')).toBe(false);
    expect(unreadable(markEveryAttribute({ spec: [] }), 'spec.persistent_volume_reclaim_policy')).toBe(false);
    expect(unreadable(markEveryAttribute({ spec: [{}] }), 'spec.persistent_volume_reclaim_policy')).toBe(true);
    // Pulumi leaves unset inputs out: absent is unset, and the default applies.
    expect(unreadable({ id: 'p' }, 'deletion_policy')).toBe(false);
  });

  test('a plain value where the path goes on into a block, in any plan (an edited file: no tool writes a block so)', () => {
    expect(unreadable({ spec: 'delete' }, 'spec.persistent_volume_reclaim_policy')).toBe(true);
    expect(unreadable({ spec: [7] }, 'spec.persistent_volume_reclaim_policy')).toBe(true);
    expect(unreadable(markEveryAttribute({ spec: ['x'] }), 'spec.persistent_volume_reclaim_policy')).toBe(true);
    // The leaf itself may be any value: it is read, not walked through.
    expect(unreadable({ spec: { persistent_volume_reclaim_policy: 'Delete' } }, 'spec.persistent_volume_reclaim_policy')).toBe(false);
    expect(effectiveValue(reclaim, { spec: 'delete' })).toBeUndefined();
  });

  test('a guard that cannot be read protects neither by its value nor by its default', () => {
    expect(effectiveValue(reclaim, { spec: [{}] })).toBe('Retain');
    expect(effectiveValue(reclaim, { spec: MASK })).toBeUndefined();
    expect(protects(reclaim, { spec: MASK })).toBeUndefined();
    expect(protects(reclaim, markEveryAttribute({ spec: [{}] }))).toBeUndefined();
    // A default that does not protect is the weakest reading, so it stands: an RDS cluster's automated backups go.
    const kept = catalog.entry('aws_rds_cluster')!.guards!.find((g) => g.path === 'delete_automated_backups')!;
    expect(effectiveValue(kept, { delete_automated_backups: MASK })).toBe(true);
    expect(protects(kept, markEveryAttribute({ skip_final_snapshot: false }))).toBe(false);
  });

  test('a fact that cannot be read is no fact; a danger that cannot be read may hold', () => {
    expect(catalog.judge('kubernetes_persistent_volume_v1', { spec: [{}] }).holdsData).toBe(false);
    expect(catalog.judge('kubernetes_persistent_volume_v1', { spec: MASK }).holdsData).toBe(true);
    const project = catalog.entry('google_project')!.container!.cascadesWhen!;
    expect(predicateUnreadable(project, markEveryAttribute({ project_id: 'p' }))).toBe(true);
    expect(mayHold(project, markEveryAttribute({ project_id: 'p' }))).toBe(true);
    expect(mayHold(project, markEveryAttribute({ project_id: 'p', deletion_policy: 'PREVENT' }))).toBe(false);
  });

  test('a list of nulls holds nothing', () => {
    expect(readAll({ volume: [null] }, 'volume')).toEqual([]);
    expect(readAll({ volume: [null, { name: 'v' }] }, 'volume.name')).toEqual(['v']);
  });
});
