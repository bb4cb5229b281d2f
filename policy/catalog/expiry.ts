// Lifecycle rules that delete live data on a timer, read from either tool's shape. Each returns, per rule that
// expires current (live) objects, the age in days after which they are deleted and whether it applies to every
// object (no prefix, tag, suffix or size filter). Rules that only expire noncurrent versions, abort uploads or
// change storage class delete no live data and are not returned.

import type { Properties } from '../model/plan.js';
import { blocks, has, prop, read, readAll } from './read.js';

export interface Expiration {
  rule: string;
  days: number;
  everything: boolean;
}

/** A date instead of a number of days expires everything on that date: counted as 0 days. */
function days(value: unknown, date: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof date === 'string' && date) return 0;
  return undefined;
}

function ruleBlocks(properties: Properties, ...names: string[]): Properties[] {
  for (const name of names) {
    const value = prop(properties, name);
    if (value !== undefined && value !== null) return blocks(value);
  }
  return [];
}

/**
 * S3: `aws_s3_bucket_lifecycle_configuration.rule` (Pulumi `rules`) with `status = "Enabled"`, and the deprecated
 * inline `aws_s3_bucket.lifecycle_rule` (Pulumi `lifecycleRules`) with `enabled = true`. A rule's scope is its
 * `filter` (prefix, tag, `and`, object sizes) or the deprecated rule-level `prefix`.
 */
export function s3LifecycleExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  const rules = [...ruleBlocks(properties, 'rule', 'rules'), ...ruleBlocks(properties, 'lifecycle_rule', 'lifecycle_rules')];
  for (const [index, rule] of rules.entries()) {
    const status = prop(rule, 'status');
    const enabled = prop(rule, 'enabled');
    if (status !== undefined ? status !== 'Enabled' : enabled === false) continue;
    const expiration = blocks(prop(rule, 'expiration'))[0];
    const after = days(prop(expiration, 'days'), prop(expiration, 'date'));
    if (after === undefined) continue;
    const filtered = has(rule, 'prefix', 'tags', 'filter.prefix', 'filter.tag.key', 'filter.and.prefix', 'filter.and.tags',
      'filter.object_size_greater_than', 'filter.object_size_less_than', 'filter.and.object_size_greater_than', 'filter.and.object_size_less_than');
    out.push({ rule: String(prop(rule, 'id') ?? index), days: after, everything: !filtered });
  }
  return out;
}

/**
 * Google Cloud Storage: `google_storage_bucket.lifecycle_rule` (Pulumi `lifecycleRules`) whose `action.type` is
 * `Delete` and whose condition reaches live objects (not `with_state = "ARCHIVED"`, no noncurrent-only condition).
 */
export function gcsLifecycleExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  for (const [index, rule] of ruleBlocks(properties, 'lifecycle_rule', 'lifecycle_rules').entries()) {
    if (read(rule, 'action.type') !== 'Delete') continue;
    const condition = blocks(prop(rule, 'condition'))[0] ?? {};
    const state = prop(condition, 'with_state');
    if (state === 'ARCHIVED') continue;
    // Conditions on versions apply to noncurrent objects only (with_state left at its default).
    if (state !== 'LIVE' && has(condition, 'num_newer_versions', 'days_since_noncurrent_time', 'noncurrent_time_before')) continue;
    const after = days(prop(condition, 'age') ?? prop(condition, 'days_since_custom_time'), prop(condition, 'created_before') ?? prop(condition, 'custom_time_before'));
    if (after === undefined) continue;
    const filtered = has(condition, 'matches_prefix', 'matches_suffix', 'matches_storage_class');
    out.push({ rule: String(index), days: after, everything: !filtered });
  }
  return out;
}

/**
 * Azure: `azurerm_storage_management_policy.rule` (enabled) whose `actions.base_blob` deletes blobs some days after
 * modification, creation or last access; `filters.prefix_match` narrows it.
 */
export function azureManagementPolicyExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  for (const [index, rule] of ruleBlocks(properties, 'rule', 'rules').entries()) {
    if (prop(rule, 'enabled') === false) continue;
    const ages = ['delete_after_days_since_modification_greater_than', 'delete_after_days_since_creation_greater_than', 'delete_after_days_since_last_access_time_greater_than']
      .flatMap((field) => readAll(rule, `actions.base_blob.${field}`))
      .filter((v): v is number => typeof v === 'number' && v >= 0);
    if (ages.length === 0) continue;
    const filtered = has(rule, 'filters.prefix_match', 'filters.match_blob_index_tag');
    out.push({ rule: String(prop(rule, 'name') ?? index), days: Math.min(...ages), everything: !filtered });
  }
  return out;
}

/**
 * azure-native: `storage:ManagementPolicy.policy.rules[]` (enabled unless `enabled` is false) whose
 * `definition.actions.baseBlob.delete` deletes base blobs some days after modification, creation or last access;
 * `definition.filters.prefixMatch` or `blobIndexMatch` narrows it.
 */
export function azureNativeManagementPolicyExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  for (const [index, rule] of ruleBlocks(properties, 'policy.rules').entries()) {
    if (prop(rule, 'enabled') === false) continue;
    const ages = ['days_after_modification_greater_than', 'days_after_creation_greater_than', 'days_after_last_access_time_greater_than']
      .flatMap((field) => readAll(rule, `definition.actions.base_blob.delete.${field}`))
      .filter((v): v is number => typeof v === 'number' && v >= 0);
    if (ages.length === 0) continue;
    const filtered = has(rule, 'definition.filters.prefix_match', 'definition.filters.blob_index_match');
    out.push({ rule: String(prop(rule, 'name') ?? index), days: Math.min(...ages), everything: !filtered });
  }
  return out;
}

/**
 * A time to live in seconds at `path` (Cosmos DB containers, collections, tables, graphs): every item expires that
 * long after its last write; `-1` or unset expires nothing.
 */
export function ttlExpirations(path: string): (properties: Properties) => Expiration[] {
  return (properties) => {
    const seconds = read(properties, path);
    return typeof seconds === 'number' && seconds > 0 ? [{ rule: path, days: seconds / 86400, everything: true }] : [];
  };
}
