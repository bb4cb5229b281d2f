// Snapshots: deleted in the same plan as what they back up, or kept with no copy in another region or account.

import { prop } from '../../catalog/catalog.js';
import { effectiveValue, protects } from '../../catalog/guards.js';
import type { BackupSpec } from '../../catalog/types.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { displayName, type Resource } from '../../model/plan.js';
import { compareDomains, domainOf } from './domains.js';

type SnapshotSpec = Extract<BackupSpec, { by: 'snapshot' }>;

/**
 * A data store deleted with nothing to restore it from: no final snapshot, and its automated backups deleted with it
 * (or none kept at all). The switches are the entry's guard fields tagged `backup`.
 */
export function* deletedWithoutBackup(context: RuleContext) {
  for (const change of context.plan.changes) {
    if (!change.destroysObject || change.drift || !change.before) continue;
    // A read replica's backups are not the only copy: its source keeps the data.
    if (!context.catalog.judge(change.resource.type, change.before).holdsData) continue;
    const fields = context.catalog.view(change.resource.type, change.before).entry?.guards?.filter((g) => g.backup) ?? [];
    const final = fields.find((g) => g.backup === 'final-snapshot');
    if (!final || protects(final, change.before) !== false) continue;
    const kept = fields.find((g) => g.backup === 'kept-after-delete');
    const retention = fields.find((g) => g.backup === 'retention');
    const backupsGo = (kept !== undefined && protects(kept, change.before) === false) || (retention !== undefined && effectiveValue(retention, change.before) === 0);
    if (backupsGo) yield { messageId: 'deletedWithoutBackup' as const, resource: change.resource, change, data: {}, concern: 'destroys' as const };
  }
}

/** A backup vault deleted in the same plan as data its backup plans back up (through their selections). */
export function* vaultDeletedWithData(context: RuleContext) {
  const all = [...context.plan.resources, ...context.plan.changes.map((c) => c.resource)];
  const destroyed = (r: Resource) => context.changeOf(r)?.destroysObject === true;
  for (const change of context.plan.changes) {
    if (!change.destroysObject || change.drift || context.catalog.view(change.resource.type, change.before ?? change.resource.properties).entry?.data?.kind !== 'backup-vault') continue;
    const vault = change.resource;
    const plans = all.filter((r) => {
      const spec = context.catalog.view(r.type, r.properties).entry?.backup;
      if (spec?.by !== 'plan') return false;
      const name = prop(vault.properties, 'name');
      return spec.rules.some((rules) => blocksOf(r, rules).some((rule, i) =>
        context.resolve(r, `${rules}.${i}.${spec.vault}`).some((t) => t.kind === 'resource' && t.resource.address === vault.address) || (name !== undefined && prop(rule, spec.vault) === name)));
    });
    const sources = new Set<string>();
    for (const selection of all) {
      const spec = context.catalog.view(selection.type, selection.properties).entry?.backup;
      if (spec?.by !== 'selection') continue;
      if (!context.resolve(selection, spec.plan).some((t) => t.kind === 'resource' && plans.includes(t.resource))) continue;
      for (const target of context.resolve(selection, spec.resources)) {
        if (target.kind === 'resource' && destroyed(target.resource)) sources.add(displayName(target.resource.address));
      }
    }
    if (sources.size > 0) yield { messageId: 'deletedWithSource' as const, resource: vault, change, data: { source: [...sources].join(', ') }, concern: 'destroys' as const };
  }
}

function blocksOf(resource: Resource, path: string): Array<Record<string, unknown>> {
  const value = prop(resource.properties, path);
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null) : value && typeof value === 'object' ? [value as Record<string, unknown>] : [];
}

/** The incident's last step: the snapshot of a volume deleted in the same run as the volume. */
export function* backupsDeletedWithSource(context: RuleContext) {
  for (const change of context.plan.changes) {
    if (!change.destroysObject || change.drift) continue;
    const spec = context.catalog.view(change.resource.type, change.before ?? change.resource.properties).entry?.backup;
    if (spec?.by !== 'snapshot') continue;
    for (const target of context.resolve(change.resource, spec.source)) {
      if (target.kind !== 'resource' || target.resource === change.resource) continue;
      if (context.changeOf(target.resource)?.destroysObject) {
        yield { messageId: 'deletedWithSource' as const, resource: change.resource, change, data: { source: displayName(target.resource.address) }, concern: 'destroys' as const };
      }
    }
  }
}

/**
 * A snapshot kept beside its data: no copy in this plan (of the copy type its catalog entry names) whose source is
 * this snapshot and which lives in another region (its provider's region, or its ARN's) or another account.
 */
export function* checkSnapshotCopies(context: RuleContext, snapshot: Resource, spec: SnapshotSpec) {
  const kind = spec.copy;
  if (!kind) return;
  const copies = context.plan.resources.filter((r) =>
    r.mode === 'managed' && context.catalog.canonical(r.type) === kind.canonical && copiesFrom(context, r, snapshot, kind));
  let unknown: Resource | undefined;
  const same: string[] = [];
  for (const copy of copies) {
    // An EBS copy names the region of its source (source_region): it stands in when the snapshot's own region is not known.
    const sourceRegion = prop(copy.properties, 'source_region');
    const source = domainOf(snapshot, kind.arn, typeof sourceRegion === 'string' && sourceRegion ? sourceRegion : undefined);
    const verdict = compareDomains(source, domainOf(copy, kind.arn), true);
    if (verdict === 'elsewhere') return;
    if (verdict === 'unknown') unknown ??= copy;
    else same.push(displayName(copy.address));
  }
  if (unknown) yield { messageId: 'copyTargetUnknown' as const, resource: snapshot, data: { copy: displayName(unknown.address) } };
  else yield { messageId: 'snapshotNotCopied' as const, resource: snapshot, data: { copies: same.length > 0 ? same.join(', ') : 'none' } };
}

/** Whether `copy` copies `snapshot`: by reference, else by the snapshot's id, identifier or ARN. */
function copiesFrom(context: RuleContext, copy: Resource, snapshot: Resource, kind: NonNullable<SnapshotSpec['copy']>): boolean {
  if (context.resolve(copy, kind.source).some((t) => t.kind === 'resource' && t.resource.address === snapshot.address)) return true;
  const value = prop(copy.properties, kind.source);
  if (typeof value !== 'string' || !value) return false;
  return ['id', kind.arn, 'db_snapshot_identifier'].some((key) => prop(snapshot.properties, key) === value);
}
