// Data Lifecycle Manager schedules that never copy their snapshots out of their region. The field names are those
// of aws_dlm_lifecycle_policy (Terraform) and aws.dlm.LifecyclePolicy (Pulumi), the only `schedule` backup type.

import { blocks, camelCase, prop } from '../../catalog/catalog.js';
import { regionOfArn } from '../../engine/environment.js';
import { isUnknown, type Properties, type Resource } from '../../model/plan.js';
import { regionOf } from './domains.js';

/** A nested block (or list of blocks) under any of its spellings, with the dotted path of each element. */
function children(parent: { value: Properties; path: string }, names: string[]): Array<{ value: Properties; path: string }> {
  for (const key of names.flatMap((n) => [n, camelCase(n)])) {
    const value = parent.value[key];
    if (value === undefined || value === null) continue;
    const base = parent.path ? `${parent.path}.${key}` : key;
    if (Array.isArray(value)) return blocks(value).map((v) => ({ value: v, path: `${base}.${value.indexOf(v)}` }));
    return blocks(value).map((v) => ({ value: v, path: base }));
  }
  return [];
}

function unknownAt(resource: Resource, parentPath: string, names: string[]): boolean {
  return isUnknown(resource, ...names.flatMap((n) => [n, camelCase(n)]).map((k) => (parentPath ? `${parentPath}.${k}` : k)));
}

/**
 * Data Lifecycle Manager: every schedule (event-based policies: every action; default policies: the policy) needs a
 * cross-Region copy to a region other than the policy's own. Terraform nests `policy_details[0].schedule[].cross_region_copy_rule[]`;
 * Pulumi's inputs are `policyDetails.schedules[].crossRegionCopyRules[]`. A copy rule names its region in `target`
 * (newer providers also `target_region`), or an Outpost ARN.
 */
export function* checkLifecyclePolicy(policy: Resource) {
  const region = regionOf(policy);
  const [details] = children({ value: policy.properties, path: '' }, ['policy_details']);
  if (!details) return;
  const units: Array<{ name: string; owner: { value: Properties; path: string }; copyBlocks: string[] }> = [];
  for (const [index, schedule] of children(details, ['schedule', 'schedules']).entries()) {
    units.push({ name: String(prop(schedule.value, 'name') ?? index), owner: schedule, copyBlocks: ['cross_region_copy_rule', 'cross_region_copy_rules'] });
  }
  for (const [index, action] of children(details, ['action', 'actions']).entries()) {
    units.push({ name: String(prop(action.value, 'name') ?? index), owner: action, copyBlocks: ['cross_region_copy', 'cross_region_copies'] });
  }
  if (units.length === 0 && prop(policy.properties, 'default_policy')) {
    units.push({ name: 'default', owner: details, copyBlocks: ['cross_region_copy_target', 'cross_region_copy_targets'] });
  }
  for (const unit of units) {
    let elsewhere = false;
    let unknown = unknownAt(policy, unit.owner.path, unit.copyBlocks);
    for (const copy of children(unit.owner, unit.copyBlocks)) {
      const target = prop(copy.value, 'target') ?? prop(copy.value, 'target_region');
      const targetRegion = typeof target === 'string' && target ? (target.startsWith('arn:') ? regionOfArn(target) : target) : undefined;
      if (!targetRegion || !region) {
        // A target (or own region) that is unknown says nothing; an absent target with nothing unknown is no copy.
        if (!region || unknownAt(policy, copy.path, ['target', 'target_region']) || (typeof target === 'string' && target)) unknown = true;
        continue;
      }
      if (targetRegion !== region) elsewhere = true;
    }
    if (elsewhere) continue;
    if (unknown) yield { messageId: 'copyTargetUnknown' as const, resource: policy, data: { copy: `the cross-Region copy of schedule ${unit.name}` } };
    else yield { messageId: 'dlmNoCrossRegionCopy' as const, resource: policy, data: { schedule: unit.name, region: region ?? 'its region' } };
  }
}

