import { camelCase, prop, type Catalog } from '../catalog/catalog.js';
import type { Change, Plan, Resource } from '../model/plan.js';
import { PULUMI_UNKNOWN } from '../model/redact.js';
import type { ResolvedTarget, RuleContext } from './define-rule.js';
import type { EnvironmentResolver } from './environment.js';

/** Builds the indexes every rule shares: by address, by cloud id/ARN/name, and references both ways. */
export function createContext(plan: Plan, catalog: Catalog, environments: EnvironmentResolver): RuleContext {
  const byKey = new Map<string, Resource>();
  const all = [...plan.resources, ...plan.changes.map((c) => c.resource)];
  for (const resource of all) {
    if (!byKey.has(resource.address)) byKey.set(resource.address, resource);
  }
  for (const resource of all) {
    for (const key of ['id', 'arn', 'name', 'bucket', 'identifier']) {
      const value = prop(resource.properties, key);
      if (typeof value === 'string' && value && value !== PULUMI_UNKNOWN && !byKey.has(value)) byKey.set(value, resource);
    }
  }
  const changes = new Map<string, Change>();
  for (const change of plan.changes) {
    const existing = changes.get(change.resource.address);
    // A replacement shown as create-replacement + delete-replaced: keep the destructive one.
    if (!existing || (change.destroysObject && !existing.destroysObject)) changes.set(change.resource.address, change);
  }
  const referrers = new Map<string, Array<{ resource: Resource; property: string }>>();
  for (const resource of all) {
    for (const reference of resource.references) {
      const target = byKey.get(reference.target);
      if (!target || target === resource) continue;
      if (referrers.get(target.address)?.some((r) => r.resource.address === resource.address)) continue;
      const list = referrers.get(target.address) ?? [];
      list.push({ resource, property: reference.property });
      referrers.set(target.address, list);
    }
  }
  const environmentCache = new Map<Resource, ReturnType<EnvironmentResolver['resolve']>>();

  const context: RuleContext = {
    plan,
    catalog,
    environmentOf(resource) {
      let info = environmentCache.get(resource);
      if (!info) {
        info = environments.resolve(resource, plan.stack);
        environmentCache.set(resource, info);
      }
      return info;
    },
    environmentOfValue: (value) => environments.fromValue(value),
    environments,
    planEnvironment: () => (plan.stack ? environments.fromStackName(plan.stack) : {}),
    find: (key) => byKey.get(key),
    changeOf: (resource) => changes.get(resource.address),
    referrers: (resource) => referrers.get(resource.address) ?? [],
    resolve(resource, property) {
      const out: ResolvedTarget[] = [];
      const seen = new Set<string>();
      // Catalog links name properties in Terraform's snake_case; Pulumi's propertyDependencies use camelCase (`volumeId`).
      const spellings = [property, property.split('.').map(camelCase).join('.')];
      for (const reference of resource.references) {
        if (!spellings.some((p) => reference.property === p || reference.property.startsWith(`${p}.`))) continue;
        const target = byKey.get(reference.target);
        if (target && !seen.has(target.address)) {
          seen.add(target.address);
          out.push({ kind: 'resource', resource: target, value: reference.target });
        }
      }
      if (out.length > 0) return out;
      const isUnknownPath = (u: string) => spellings.some((p) => u === p || u.startsWith(`${p}.`));
      const raw = prop(resource.properties, property);
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v.length > 0);
      if (raw !== undefined && values.length === 0 && resource.unknown.some(isUnknownPath)) {
        return [{ kind: 'unknown', value: property }];
      }
      for (const value of values) {
        if (value === PULUMI_UNKNOWN) {
          out.push({ kind: 'unknown', value: property });
          continue;
        }
        const target = byKey.get(value);
        if (target) out.push({ kind: 'resource', resource: target, value });
        else out.push({ kind: 'external', value, environment: environments.fromValue(value) });
      }
      if (out.length === 0 && resource.unknown.some(isUnknownPath)) {
        out.push({ kind: 'unknown', value: property });
      }
      return out;
    },
  };
  return context;
}
