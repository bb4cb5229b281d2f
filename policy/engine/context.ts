import { camelCase, prop, readAll, type Catalog } from '../catalog/catalog.js';
import type { Change, Plan, Resource } from '../model/plan.js';
import { PULUMI_UNKNOWN } from '../model/redact.js';
import type { ResolvedTarget, RuleContext } from './define-rule.js';
import type { EnvironmentResolver } from './environment.js';

/** Properties whose value names a resource the way other resources refer to it (cloud id, ARN, name). */
const ID_KEYS = ['id', 'arn', 'name', 'bucket', 'identifier'] as const;

/**
 * Builds the indexes every rule shares: by address, by cloud id/ARN/name, and references both ways. One pass over
 * the resources and changes builds the first two; the referrers index, which only the blast radius of a destructive
 * plan reads, is built on its first use.
 */
export function createContext(plan: Plan, catalog: Catalog, environments: EnvironmentResolver): RuleContext {
  // An address always wins over a cloud id that happens to spell it; among either, the first resource wins.
  const byAddress = new Map<string, Resource>();
  const byValue = new Map<string, Resource>();
  const index = (resource: Resource) => {
    if (!byAddress.has(resource.address)) byAddress.set(resource.address, resource);
    const properties = resource.properties as Record<string, unknown> | undefined;
    if (properties === null || typeof properties !== 'object') return;
    // `prop(properties, key)` for these one-word keys, whose snake_case and camelCase spellings are the same.
    for (const key of ID_KEYS) {
      if (!Object.hasOwn(properties, key)) continue;
      const value = properties[key];
      if (typeof value === 'string' && value && value !== PULUMI_UNKNOWN && !byValue.has(value)) byValue.set(value, resource);
    }
  };
  for (const resource of plan.resources) index(resource);
  const changes = new Map<string, Change>();
  for (const change of plan.changes) {
    // Readers put the same object in plan.resources and in its change: indexed once, it would change nothing again.
    if (byAddress.get(change.resource.address) !== change.resource) index(change.resource);
    const existing = changes.get(change.resource.address);
    // A replacement shown as create-replacement + delete-replaced: keep the destructive one.
    if (!existing || (change.destroysObject && !existing.destroysObject)) changes.set(change.resource.address, change);
  }
  const find = (key: string): Resource | undefined => byAddress.get(key) ?? byValue.get(key);

  let referrers: Map<string, Array<{ resource: Resource; property: string }>> | undefined;
  const referrersIndex = () => {
    if (referrers) return referrers;
    referrers = new Map();
    const add = (resource: Resource) => {
      for (const reference of resource.references) {
        const target = find(reference.target);
        if (!target || target === resource) continue;
        const list = referrers!.get(target.address);
        if (!list) referrers!.set(target.address, [{ resource, property: reference.property }]);
        else if (!list.some((r) => r.resource.address === resource.address)) list.push({ resource, property: reference.property });
      }
    };
    for (const resource of plan.resources) add(resource);
    for (const change of plan.changes) add(change.resource);
    return referrers;
  };
  let stackEnvironment: ReturnType<EnvironmentResolver['fromStackName']> | undefined;
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
    planEnvironment: () => (stackEnvironment ??= plan.stack ? environments.fromStackName(plan.stack) : {}),
    find,
    changeOf: (resource) => changes.get(resource.address),
    referrers: (resource) => referrersIndex().get(resource.address) ?? [],
    resolve(resource, property) {
      const out: ResolvedTarget[] = [];
      const seen = new Set<string>();
      // Catalog links name properties in Terraform's snake_case; Pulumi's propertyDependencies use camelCase (`volumeId`).
      const spellings = spellingsOf(property);
      // A reference inside a nested block carries its list index (`file_system_config.0.arn`); catalog paths do not,
      // and match every element. A path that names an index (`rule.1.target_vault_name`) matches that one only.
      const indexed = /(^|\.)\d+(\.|$)/.test(property);
      const unindexed = (path: string) => (indexed ? path : withoutIndices(path));
      for (const reference of resource.references) {
        const at = unindexed(reference.property);
        if (!spellings.some((p) => at === p || at.startsWith(`${p}.`))) continue;
        const target = find(reference.target);
        if (target && !seen.has(target.address)) {
          seen.add(target.address);
          out.push({ kind: 'resource', resource: target, value: reference.target });
        }
      }
      if (out.length > 0) return out;
      const isUnknownPath = (u: string) => spellings.some((p) => unindexed(u) === p || unindexed(u).startsWith(`${p}.`));
      // A path into nested blocks (`file_system_config.arn`, `attached_disk.source`) walks Terraform's block lists.
      const direct = prop(resource.properties, property);
      const raw = direct === undefined && !indexed && property.includes('.') ? readAll(resource.properties, property) : direct;
      const values = (Array.isArray(raw) ? raw : [raw]).filter((v): v is string => typeof v === 'string' && v.length > 0);
      if (raw !== undefined && values.length === 0 && resource.unknown.some(isUnknownPath)) {
        return [{ kind: 'unknown', value: property }];
      }
      for (const value of values) {
        if (value === PULUMI_UNKNOWN) {
          out.push({ kind: 'unknown', value: property });
          continue;
        }
        const target = find(value);
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

/** A catalog link's property in both spellings (Terraform's `volume_id`, Pulumi's `volumeId`), worked out once. */
const spellingCache = new Map<string, readonly string[]>();
/** A property path without its list indices: `attached_disk.0.source` → `attached_disk.source`. */
function withoutIndices(path: string): string {
  return path.includes('.') ? path.split('.').filter((segment) => !/^\d+$/.test(segment)).join('.') : path;
}

function spellingsOf(property: string): readonly string[] {
  let spellings = spellingCache.get(property);
  if (!spellings) {
    spellings = [property, property.split('.').map(camelCase).join('.')];
    spellingCache.set(property, spellings);
  }
  return spellings;
}
