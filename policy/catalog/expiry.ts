// Lifecycle rules that delete live data on a timer, read from either tool's shape. Each returns, per rule that
// expires current (live) objects, the age in days after which they are deleted and whether it applies to every
// object (no prefix, tag, suffix or size filter). Rules that only expire noncurrent versions, abort uploads or
// change storage class delete no live data and are not returned.

import type { Properties } from '../model/plan.js';
import { blocks, has, prop, read, readAll } from './read.js';
import { durationDays } from './duration.js';

export interface Expiration {
  rule: string;
  days: number;
  everything: boolean;
}

/** Whether a field is set: Terraform writes unset ones as 0, "" or [] (and Pulumi leaves them out). */
function isSet(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return value !== undefined && value !== null && value !== '' && value !== 0 && value !== false;
}

/** Whether a filter value narrows a rule: set, and not an empty map, list or blank string. */
function narrows(value: unknown): boolean {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return Object.keys(value).length > 0;
  return isSet(value) && !(typeof value === 'string' && value.trim() === '');
}

/** Whether a minimum object size narrows a rule: set, and not a floor of zero bytes or less (numbers or strings). */
function floorNarrows(value: unknown): boolean {
  if (!narrows(value)) return false;
  const bytes = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  return !(Number.isFinite(bytes) && bytes <= 0);
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
 * `filter` (prefix, tag, `and`, object sizes) or the deprecated rule-level `prefix`. The same shape serves S3 on
 * Outposts (`aws_s3control_bucket_lifecycle_configuration`, whose `status` defaults to Enabled and whose filter has a
 * `tags` map).
 */
export function s3LifecycleExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  const rules = [...ruleBlocks(properties, 'rule', 'rules'), ...ruleBlocks(properties, 'lifecycle_rule', 'lifecycle_rules')];
  for (const [index, rule] of rules.entries()) {
    const status = prop(rule, 'status');
    const enabled = prop(rule, 'enabled');
    if (status !== undefined ? status !== 'Enabled' : enabled === false) continue;
    const expiration = blocks(prop(rule, 'expiration'))[0];
    // S3's Days "must be a non-zero positive integer", and an expiration that only sets ExpiredObjectDeleteMarker
    // "cannot be specified with Days or Date" (S3 API LifecycleExpiration): Terraform writes that unset Days as 0.
    // Such a rule removes delete markers with no noncurrent versions, no live object.
    const count = prop(expiration, 'days');
    const after = days(typeof count === 'number' && count > 0 ? count : undefined, prop(expiration, 'date'));
    if (after === undefined) continue;
    // Terraform writes unset filter fields as "", [], {} (a rule's tags map) or 0: only a set one narrows the rule.
    // A size floor of 0 bytes ("greater than 0") leaves out only empty objects, which hold nothing: it narrows no
    // data (S3 ObjectSizeGreaterThan: "Minimum object size to which the rule applies", in bytes).
    const filtered = ['prefix', 'tags', 'filter.prefix', 'filter.tags', 'filter.tag.key', 'filter.and.prefix', 'filter.and.tags',
      'filter.object_size_less_than', 'filter.and.object_size_less_than']
      .some((path) => readAll(rule, path).some(narrows))
      || ['filter.object_size_greater_than', 'filter.and.object_size_greater_than'].some((path) => readAll(rule, path).some(floorNarrows));
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
    // Terraform's JSON writes every condition field, unset ones as 0, "" or []: only a set one narrows the rule.
    const setAt = (field: string) => readAll(condition, field).some(isSet);
    if (state !== 'LIVE' && ['num_newer_versions', 'days_since_noncurrent_time', 'noncurrent_time_before'].some(setAt)) continue;
    const age = [prop(condition, 'age'), prop(condition, 'days_since_custom_time')].find((v) => typeof v === 'number' && v > 0) ?? (prop(condition, 'age') === 0 ? 0 : undefined);
    const date = [prop(condition, 'created_before'), prop(condition, 'custom_time_before')].find(isSet);
    const after = days(age, date);
    if (after === undefined) continue;
    const filtered = ['matches_prefix', 'matches_suffix', 'matches_storage_class'].some(setAt);
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

/** A policy document given as a JSON string (Terraform, Pulumi) or as an object (Pulumi inputs); undefined when unreadable. */
function policyDocument(value: unknown): Record<string, unknown> | undefined {
  if (typeof value === 'string') {
    try {
      const parsed: unknown = JSON.parse(value);
      return parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * ECR: `aws_ecr_lifecycle_policy.policy`, a JSON document whose `rules` with `action.type = "expire"` delete images.
 * `sinceImagePushed` (and the pull or transition ages) expires images `countNumber` days old; only a
 * `sinceImagePushed` rule with `tagStatus = "any"` reaches every image. `imageCountMoreThan` keeps the newest images
 * and deletes the rest at any age: returned as 0 days, never as reaching every image (the newest stay).
 */
export function ecrLifecycleExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  const document = policyDocument(prop(properties, 'policy'));
  for (const [index, rule] of list(document?.['rules']).entries()) {
    if (!rule || typeof rule !== 'object') continue;
    const { action, selection, rulePriority } = rule as Record<string, unknown>;
    if ((action as Record<string, unknown> | undefined)?.['type'] !== 'expire' || !selection || typeof selection !== 'object') continue;
    const { countType, countNumber, tagStatus } = selection as Record<string, unknown>;
    if (typeof countNumber !== 'number') continue;
    const name = String(rulePriority ?? index);
    if (countType === 'imageCountMoreThan') out.push({ rule: name, days: 0, everything: false });
    else if (typeof countType === 'string' && countType.startsWith('since')) {
      out.push({ rule: name, days: countNumber, everything: countType === 'sinceImagePushed' && tagStatus === 'any' });
    }
  }
  return out;
}

/**
 * OpenSearch Serverless: `aws_opensearchserverless_lifecycle_policy` of `type = "retention"`, whose `policy` JSON
 * `Rules` delete the documents of the matched indexes after `MinIndexRetention` (`"81d"`, `"24h"`);
 * `NoMinIndexRetention: true` keeps them. A rule reaches every index of a collection when each of its `Resource`
 * patterns is `index/<collection>/*`.
 */
export function opensearchRetentionExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  const type = prop(properties, 'type');
  if (type !== undefined && type !== 'retention') return out;
  const document = policyDocument(prop(properties, 'policy'));
  for (const [index, rule] of list(document?.['Rules']).entries()) {
    if (!rule || typeof rule !== 'object') continue;
    const { MinIndexRetention: retention, NoMinIndexRetention: keep, Resource: resources, ResourceType: resourceType } = rule as Record<string, unknown>;
    if (keep === true || (resourceType !== undefined && resourceType !== 'index') || typeof retention !== 'string') continue;
    const match = /^(\d+)([dh])$/.exec(retention.trim());
    if (!match) continue;
    const amount = Number(match[1]);
    const patterns = list(resources).filter((r): r is string => typeof r === 'string');
    out.push({ rule: String(index), days: match[2] === 'h' ? amount / 24 : amount, everything: patterns.length > 0 && patterns.every((r) => /^index\/[^/*]+\/\*$/.test(r)) });
  }
  return out;
}

/** One gc_rules JSON node: the age after which it deletes every cell, or undefined when it keeps the newest one. */
function gcRuleDays(rule: unknown): number | undefined {
  if (!rule || typeof rule !== 'object') return undefined;
  const node = rule as { max_age?: unknown; mode?: unknown; rules?: unknown };
  if (node.max_age !== undefined) return durationDays(node.max_age);
  if (!Array.isArray(node.rules)) return undefined;
  const ages = node.rules.map(gcRuleDays);
  // Intersection: a cell goes only when every rule applies; any rule that keeps the newest cell keeps it.
  if (String(node.mode ?? '').toLowerCase() === 'intersection') return ages.every((a) => a !== undefined) && ages.length > 0 ? Math.max(...(ages as number[])) : undefined;
  const defined = ages.filter((a): a is number => a !== undefined);
  return defined.length > 0 ? Math.min(...defined) : undefined;
}

/**
 * Bigtable: `google_bigtable_gc_policy.max_age` (`duration`, or the deprecated `days`) deletes every cell older than
 * the age, the newest version included; `max_version` keeps the newest versions. With `mode = "INTERSECTION"` and a
 * `max_version`, a cell goes only when both apply, so the newest cell stays. `gc_rules` is the same as JSON.
 * A GC policy applies to one column family: the whole family's older data, reported as everything.
 */
export function bigtableGcExpirations(properties: Properties): Expiration[] {
  const rulesJson = read(properties, 'gc_rules');
  if (typeof rulesJson === 'string' && rulesJson.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(rulesJson);
    } catch {
      return [];
    }
    const after = gcRuleDays(parsed);
    return after === undefined ? [] : [{ rule: String(read(properties, 'column_family') ?? 'gc_rules'), days: after, everything: true }];
  }
  const age = blocks(prop(properties, 'max_age'))[0];
  const after = durationDays(prop(age, 'duration')) ?? (typeof prop(age, 'days') === 'number' ? (prop(age, 'days') as number) : undefined);
  if (after === undefined) return [];
  if (String(read(properties, 'mode') ?? '').toUpperCase() === 'INTERSECTION' && has(properties, 'max_version.number')) return [];
  return [{ rule: String(read(properties, 'column_family') ?? 'max_age'), days: after, everything: true }];
}

/** An RFC 3339 timestamp or epoch milliseconds: a fixed date deletes everything then, counted as 0 days (as `days`). */
function isDate(value: unknown): boolean {
  return (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value) && value > 0);
}

/**
 * BigQuery tables: `expiration_time` (epoch ms) deletes the whole table on that date; `time_partitioning.expiration_ms`
 * deletes every partition older than that many milliseconds.
 */
export function bigqueryTableExpirations(properties: Properties): Expiration[] {
  const out: Expiration[] = [];
  if (isDate(read(properties, 'expiration_time'))) out.push({ rule: 'expiration_time', days: 0, everything: true });
  const partitions = read(properties, 'time_partitioning.expiration_ms');
  if (typeof partitions === 'number' && partitions > 0) out.push({ rule: 'time_partitioning.expiration_ms', days: partitions / 86_400_000, everything: true });
  return out;
}

/** Secret Manager secrets: `expire_time` deletes the secret on that date, `ttl` ("86400s") that long after creation. */
export function secretExpirations(properties: Properties): Expiration[] {
  if (isDate(read(properties, 'expire_time'))) return [{ rule: 'expire_time', days: 0, everything: true }];
  const ttl = durationDays(read(properties, 'ttl'));
  return ttl === undefined ? [] : [{ rule: 'ttl', days: ttl, everything: true }];
}

/**
 * Pub/Sub subscriptions are deleted, backlog and all, after `expiration_policy.ttl` without activity: 31 days when
 * the block is left out, never when ttl is "".
 */
export function pubsubSubscriptionExpirations(properties: Properties): Expiration[] {
  const policy = blocks(prop(properties, 'expiration_policy'))[0];
  if (!policy) return [{ rule: 'expiration_policy (default)', days: 31, everything: true }];
  const ttl = prop(policy, 'ttl');
  if (ttl === '' || ttl === undefined || ttl === null) return [];
  const days = durationDays(ttl);
  return days === undefined ? [] : [{ rule: 'expiration_policy', days, everything: true }];
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
