// Judging guard fields and lifecycle timers, the same way for every rule: whether a value protects, whether a
// change weakens it, whether a lifecycle change starts deleting live data. The fields themselves live in the catalog
// entries (GuardField, Expiry); nothing here names a provider type.

import type { Properties } from '../model/plan.js';
import { camelCase, nullAt, readAll, unreadable } from './read.js';
import { durationDays } from './duration.js';
import type { Expiry, GuardField } from './types.js';

/** The field's values (every repeated block's), from either spelling. Empty when unset. */
export function guardValues(field: GuardField, properties: Properties | undefined): unknown[] {
  // Terraform writes an unset string attribute as "": for a duration that is unset, not a length.
  const set = (v: unknown) => v !== null && !(field.duration && v === '');
  const values = readAll(properties, field.path).filter(set);
  if (values.length > 0 || !field.pulumiPath) return values;
  return readAll(properties, field.pulumiPath).filter(set);
}

/** A `more` field's value as a number: days for a duration string, else the number itself; undefined otherwise. */
export function amountOf(field: GuardField, value: unknown): number | undefined {
  if (field.duration) return durationDays(value);
  // A schema may type a count as a string (google 6.x writes a bucket's retention_period as "2592000"): a plain
  // decimal integer is that number; any other string says nothing.
  if (typeof value === 'string' && /^\s*\d+\s*$/.test(value)) return Number(value);
  return typeof value === 'number' ? value : undefined;
}

/**
 * The field's effective value: its value, else the provider's default. For `more` over repeated blocks, the
 * smallest (the weakest rule decides). `undefined` when unset with no default known (an Optional+Computed field).
 */
export function effectiveValue(field: GuardField, properties: Properties | undefined): unknown {
  // Masked as sensitive, or missing from a plan that writes every attribute: the value is not known, so it is read
  // as the weakest it may be. A default that does not protect (delete_automated_backups true) is that; a default
  // that protects (a volume's Retain) is not assumed: unknown (a masked reclaim policy is not Retain).
  if (unreadable(properties, field.path) && (!field.pulumiPath || readAll(properties, field.pulumiPath).length === 0 || unreadable(properties, field.pulumiPath))) {
    return field.default !== undefined && protectsWith(field, field.default) === false ? field.default : undefined;
  }
  const values = guardValues(field, properties);
  if (values.length === 0) return nullState(field, properties) ? undefined : field.default;
  if (field.protects === 'more') {
    // The weakest rule decides: the value with the smallest amount, kept as written (a duration stays a string).
    let weakest: { value: unknown; amount: number } | undefined;
    for (const value of values) {
      const amount = amountOf(field, value);
      if (amount !== undefined && (weakest === undefined || amount < weakest.amount)) weakest = { value, amount };
    }
    return weakest ? weakest.value : values[0];
  }
  return values[0];
}

/**
 * Whether a default that protects must not be assumed: the field is null (a provider writes its default into the
 * state, so a null there is read by the provider as no value: a state from a version before the field, or an edited
 * file), and the provider does not document that a null protects too (`unsetInStateProtects`). An absent key stays
 * the default: a tool that leaves unset inputs out (Pulumi at preview, Kubernetes before the field existed).
 */
function nullState(field: GuardField, properties: Properties | undefined): boolean {
  if (field.default === undefined || field.unsetInStateProtects || protectsWith(field, field.default) !== true) return false;
  return nullAt(properties, field.path) || (field.pulumiPath !== undefined && nullAt(properties, field.pulumiPath));
}

/** Whether a value protects; `undefined` when it cannot be told (unset, no default). */
export function protectsWith(field: GuardField, value: unknown): boolean | undefined {
  if (value === undefined) return undefined;
  switch (field.protects) {
    case true: return value === true;
    case false: return value !== true;
    case 'values': return typeof value === 'string' && (field.safeValues ?? []).includes(value);
    case 'more': {
      const amount = amountOf(field, value);
      return amount === undefined ? undefined : amount > (field.weakAtOrBelow ?? 0);
    }
  }
}

export function protects(field: GuardField, properties: Properties | undefined): boolean | undefined {
  return protectsWith(field, effectiveValue(field, properties));
}

/**
 * Whether a delete of an object with these properties is abandoned rather than carried out: a deletion guard of
 * kind `abandoned` protects (Firestore's ABANDON), or a field's value is one of its `abandonedBy` values (Pulumi gcp's
 * deletionPolicy ABANDON). The tool forgets the object and the provider deletes nothing.
 */
export function abandons(fields: readonly GuardField[] | undefined, properties: Properties | undefined): boolean {
  return (fields ?? []).some((field) => {
    if (field.deletion === 'abandoned') return protects(field, properties) === true;
    if (!field.abandonedBy) return false;
    const value = effectiveValue(field, properties);
    return typeof value === 'string' && field.abandonedBy.includes(value);
  });
}

/**
 * Whether going from `before` to `after` weakens the field. A field unset on both sides says nothing; a field left
 * out after (with no default) keeps its value (Optional+Computed), so only a value that protects less counts.
 */
export function weakens(field: GuardField, before: Properties | undefined, after: Properties | undefined): boolean {
  if (field.appliesWhen && (!before || !after || !field.appliesWhen.test(before) || !field.appliesWhen.test(after))) return false;
  const b = effectiveValue(field, before);
  const a = guardValues(field, after).length > 0 ? effectiveValue(field, after) : field.default;
  if (b === undefined || a === undefined) return false;
  if (field.protects === 'more') {
    const before = amountOf(field, b);
    const after = amountOf(field, a);
    if (before === undefined || after === undefined || after >= before) return false;
    return field.weakAtOrBelow === undefined || after <= field.weakAtOrBelow;
  }
  return protectsWith(field, b) === true && protectsWith(field, a) === false;
}

/** The shortest age in days after which every live object is deleted, or Infinity when nothing expires them all. */
export function shortestExpiry(expiry: Expiry, properties: Properties | undefined): { days: number; rule?: string } {
  if (!properties) return { days: Infinity };
  let best: { days: number; rule?: string } = { days: Infinity };
  for (const expiration of expiry.expirations(properties)) {
    if (expiration.everything && expiration.days < best.days) best = { days: expiration.days, rule: expiration.rule };
  }
  return best;
}

/** A lifecycle change that starts deleting every live object, or deletes them sooner than before. */
export function expiryShortened(expiry: Expiry, before: Properties | undefined, after: Properties | undefined): { days: number; rule?: string; before: number } | undefined {
  const a = shortestExpiry(expiry, after);
  const b = shortestExpiry(expiry, before);
  return a.days < b.days ? { ...a, before: b.days } : undefined;
}

/** The value as a message shows it: `unset` when absent. */
export function showGuardValue(field: GuardField, value: unknown): string {
  if (value === undefined || value === null) return field.default !== undefined ? `unset (${String(field.default)})` : 'unset';
  return String(value);
}

export type Tool = 'terraform' | 'pulumi' | 'cdktf';

/** A guard field's name as the tool spells it: `deletion_protection`, Pulumi's and cdktf's `deletionProtection`. */
export function guardName(field: GuardField, tool: Tool): string {
  const camel = field.path.split('.').map(camelCase).join('.');
  return tool === 'pulumi' ? field.pulumiPath ?? camel : tool === 'cdktf' ? camel : field.path;
}

/**
 * The setting that makes a guard protect, spelled as the tool that wrote the plan spells it: Terraform's
 * `deletion_protection = true`, Pulumi's `deletionProtection: true`. For fixes; from the catalog entry, so it never
 * names a flag the type does not have.
 * cdktf's constructs take the camelCase of the Terraform name (`deletionProtection: true`).
 */
export function guardSetting(field: GuardField, tool: Tool): string {
  const path = guardName(field, tool);
  const assign = (value: string) => (tool !== 'terraform' ? `\`${path}: ${value}\`` : `\`${path} = ${value}\``);
  switch (field.protects) {
    case true: return assign('true');
    case false: return assign('false');
    case 'values': return field.safeValues?.length ? assign(JSON.stringify(field.safeValues[0])) : `\`${path}\``;
    case 'more': return field.duration ? `\`${path}\` longer than ${showDays(field.weakAtOrBelow ?? 0)}` : `\`${path}\` above ${field.weakAtOrBelow ?? 0}`;
  }
}

/** A number of days as a person reads it: `0`, `10 minutes`, `1 hour`, `7 days`. */
function showDays(days: number): string {
  if (days === 0) return '0';
  const seconds = Math.round(days * 86_400);
  if (seconds % 86_400 === 0) return `${seconds / 86_400} day${seconds === 86_400 ? '' : 's'}`;
  if (seconds % 3600 === 0) return `${seconds / 3600} hour${seconds === 3600 ? '' : 's'}`;
  if (seconds % 60 === 0) return `${seconds / 60} minute${seconds === 60 ? '' : 's'}`;
  return `${seconds} seconds`;
}
