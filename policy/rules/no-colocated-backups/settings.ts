// Backup settings on the data resource itself and on vaults, read from the catalog's guard fields.

import { camelCase, read } from '../../catalog/catalog.js';
import { effectiveValue, guardValues, protects } from '../../catalog/guards.js';
import type { CatalogEntry } from '../../catalog/types.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { isUnknown, type Resource } from '../../model/plan.js';

const MESSAGE = { 'final-snapshot': 'noFinalSnapshot', 'kept-after-delete': 'backupsDeletedWithData', retention: 'noRetention' } as const;

/** Backups that die with the data: no final snapshot, automated backups deleted with it, no retention at all. */
export function* backupSettings(resource: Resource, entry: CatalogEntry) {
  for (const field of entry.guards ?? []) {
    if (!field.backup) continue;
    if (isUnknown(resource, field.path) || isUnknown(resource, field.path.split('.').map(camelCase).join('.'))) {
      yield { messageId: 'settingUnknown' as const, resource, data: { property: field.path } };
      continue;
    }
    // Only what the plan says: a retention left unset keeps the provider's (or the current) value.
    if (guardValues(field, resource.properties).length === 0) continue;
    if (field.backup === 'retention' ? effectiveValue(field, resource.properties) === 0 : protects(field, resource.properties) === false) {
      yield { messageId: MESSAGE[field.backup], resource, data: {} };
    }
  }
}

/** A backup vault that can be destroyed with its recovery points, or that no lock guards. */
export function* vaultSettings(context: RuleContext, resource: Resource, entry: CatalogEntry) {
  for (const field of entry.guards ?? []) {
    if (field.deletion !== 'refused') continue;
    if (isUnknown(resource, field.path) || isUnknown(resource, camelCase(field.path))) yield { messageId: 'settingUnknown' as const, resource, data: { property: field.path } };
    else if (protects(field, resource.properties) === false) yield { messageId: 'deletableVault' as const, resource, data: { property: field.path } };
  }
  if (!entry.data?.locked && !isGuarded(context, resource)) yield { messageId: 'unlockedVault' as const, resource, data: {} };
}

/** Whether a guard resource of the plan (a vault lock) names this resource as what it guards. */
function isGuarded(context: RuleContext, target: Resource): boolean {
  const name = read(target.properties, 'name');
  return context.plan.resources.some((r) => {
    const guardOf = context.catalog.view(r.type, r.properties).entry?.guardOf;
    if (!guardOf?.target) return false;
    const resolved = context.resolve(r, guardOf.target)[0];
    if (resolved?.kind === 'resource') return resolved.resource.address === target.address;
    return name !== undefined && read(r.properties, guardOf.target) === name;
  });
}
