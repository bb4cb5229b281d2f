// Reading catalog paths out of a property bag. One catalog path (`point_in_time_recovery.enabled`) reads both tools'
// shapes: Terraform's snake_case keys with nested blocks as lists (`point_in_time_recovery: [{ enabled }]`), Pulumi's
// camelCase keys with nested blocks as objects or lists, and repeated blocks named in the plural (the Pulumi
// Terraform bridge pluralizes list blocks: `rule` → `rules`, `ebs_block_device` → `ebsBlockDevices`,
// `lifecycle_policy` → `lifecyclePolicies`). Paths are split and spelled once, then cached.

import { EVERY_ATTRIBUTE, type Properties } from '../model/plan.js';
import { MASK } from '../model/redact.js';
import { memoize } from '../model/memo.js';

interface CompiledPath {
  snake: string[];
  camel: string[];
  plural: string[];
}

const compiled = new Map<string, CompiledPath>();

function compile(path: string): CompiledPath {
  let hit = compiled.get(path);
  if (!hit) {
    const snake = path.split('.');
    const camel = snake.map(camelCase);
    hit = { snake, camel, plural: camel.map(plural) };
    compiled.set(path, hit);
  }
  return hit;
}

/** Spellings worked out once each: the rules ask for the same catalog paths once per resource. */
const camelOf = memoize((snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()));

export function camelCase(snake: string): string {
  return snake.includes('_') ? camelOf(snake) : snake;
}

/** The bridge's plural of a camelCase name (inflection's rules for the endings it meets). */
export function plural(name: string): string {
  if (/^\d+$/.test(name) || name.endsWith('s')) return name;
  if (/[^aeiou]y$/.test(name)) return `${name.slice(0, -1)}ies`;
  if (/(x|ch|sh)$/.test(name)) return `${name}es`;
  return `${name}s`;
}

function child(value: unknown, snake: string, camel: string, many?: string): unknown {
  if (value === null || typeof value !== 'object') return undefined;
  const record = value as Record<string, unknown>;
  if (Object.hasOwn(record, snake)) return record[snake];
  if (camel !== snake && Object.hasOwn(record, camel)) return record[camel];
  if (many !== undefined && many !== camel && Object.hasOwn(record, many) && Array.isArray(record[many])) return record[many];
  return undefined;
}

/**
 * The value at a dotted path, exactly as written (numeric segments index lists), under either spelling at each step.
 * Does not walk through lists implicitly: `prop(p, 'rule.0.days')`.
 */
export function prop(properties: Properties | undefined, path: string): unknown {
  const { snake, camel } = compile(path);
  let current: unknown = properties;
  for (let i = 0; i < snake.length; i++) {
    current = child(current, snake[i]!, camel[i]!);
    if (current === undefined) return undefined;
  }
  return current;
}

/**
 * Whether a catalog path ends at a null, or runs into one on the way (`deletion_policy = null`, `retention_policy =
 * null`), through lists at any step: the key is there and says "no value", which is not the same as absent.
 */
export function nullAt(properties: Properties | undefined, path: string): boolean {
  const { snake, camel, plural } = compile(path);
  let current: unknown[] = [properties];
  for (let i = 0; i < snake.length; i++) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === null || typeof item !== 'object') continue;
        const found = child(item, snake[i]!, camel[i]!, plural[i]);
        if (found === null) return true;
        if (found !== undefined) next.push(found);
      }
    }
    current = next;
  }
  return false;
}

/** Every value at a catalog path, walking through lists at any step (Terraform block lists, repeated blocks); nulls are absent. */
export function readAll(properties: Properties | undefined, path: string): unknown[] {
  const { snake, camel, plural } = compile(path);
  // One list per step and nothing else: the rules read a few catalog paths of every resource, and the single-item
  // wrappers and the final flatMap and filter were garbage on every call.
  let current: unknown[] = [];
  collect(current, properties, snake[0]!, camel[0]!, plural[0]!);
  for (let i = 1; i < snake.length && current.length > 0; i++) {
    const next: unknown[] = [];
    for (let j = 0; j < current.length; j++) collect(next, current[j], snake[i]!, camel[i]!, plural[i]!);
    current = next;
  }
  // A list at the end is read as its items, and a list of nulls (`volume = [null]`) holds nothing: its items are
  // absent, as a null value is. `current` is this call's own list, returned as it is when nothing needs doing.
  let flat = true;
  for (let j = 0; j < current.length && flat; j++) if (Array.isArray(current[j])) flat = false;
  if (flat) return current;
  const out: unknown[] = [];
  for (const v of current) {
    if (!Array.isArray(v)) out.push(v);
    else for (const item of v as unknown[]) if (item !== null && item !== undefined) out.push(item);
  }
  return out;
}

/** The non-null values one step of a path finds in a value, or in each item of a list, pushed onto `into`. */
function collect(into: unknown[], value: unknown, snake: string, camel: string, many: string): void {
  if (Array.isArray(value)) {
    for (let k = 0; k < value.length; k++) {
      const found = child(value[k], snake, camel, many);
      if (found !== undefined && found !== null) into.push(found);
    }
    return;
  }
  const found = child(value, snake, camel, many);
  if (found !== undefined && found !== null) into.push(found);
}

/**
 * Whether the value at a catalog path cannot be read, so that neither it nor the provider's default may be assumed:
 * the path runs into a value masked as sensitive (Terraform's `before_sensitive`, a Pulumi secret), or the object is
 * one whose tool writes every attribute (marked EVERY_ATTRIBUTE: Terraform's `before`, which holds every attribute of
 * the provider's schema, null when unset) and a block on the path lacks the key altogether (an edited file, or a
 * provider version without the attribute, whose default is then not the catalog's), or, in any plan, a block on
 * the path is a plain value. A null, an empty block list or
 * a path absent from a tool that leaves unset inputs out (Pulumi) is unset, not unreadable.
 */
export function unreadable(properties: Properties | undefined, path: string): boolean {
  if (!properties) return false;
  const complete = (properties as Record<symbol, unknown>)[EVERY_ATTRIBUTE] === true;
  const { snake, camel, plural } = compile(path);
  let current: unknown[] = [properties];
  for (let i = 0; i < snake.length; i++) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        if (item === MASK) return true;
        if (item === null || item === undefined) continue;
        // A plain value where the path goes on into a block: no tool writes a block as a string or a number (a
        // secret or an unknown is masked or stripped before this), so it is an edited file and what the path names
        // cannot be read; neither it nor the default may be assumed (a StatefulSet whose `spec` is a string).
        if (typeof item !== 'object') return true;
        const found = child(item, snake[i]!, camel[i]!, plural[i]);
        if (found === undefined && complete) return true;
        if (found !== undefined && found !== null) next.push(found);
      }
    }
    current = next;
  }
  return current.some((v) => v === MASK || (Array.isArray(v) && v.includes(MASK)));
}

/** Whether a predicate cannot be judged: one of its attributes is masked, or every one of them is unreadable. */
export function predicateUnreadable(predicate: { attributes: readonly string[]; presence?: boolean }, properties: Properties | undefined): boolean {
  if (!properties || predicate.attributes.length === 0) return false;
  // A copy drops the EVERY_ATTRIBUTE mark (a symbol, not enumerable): only masks count for `some`.
  const masked = (path: string) => unreadable({ ...properties }, path);
  // A predicate that asks only whether an attribute is set reads a masked (sensitive) value as set: the plan marks
  // it sensitive because it holds one (an object's `content`, which the google provider declares sensitive).
  if (predicate.presence && predicate.attributes.some(masked)) return false;
  return predicate.attributes.some(masked) || predicate.attributes.every((path) => unreadable(properties, path));
}

/** The first value at a catalog path (a single nested block's field), or undefined. */
export function read(properties: Properties | undefined, path: string): unknown {
  return readAll(properties, path)[0];
}

/**
 * Whether any of the paths is present (not undefined, not null, not a blank string: no name, id or ARN is blank, so
 * `replicate_source_db = "  "` names no source and makes no read replica).
 */
export function has(properties: Properties | undefined, ...paths: string[]): boolean {
  return paths.some((p) => readAll(properties, p).some((v) => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '')));
}

/**
 * Whether any of the paths names another object: a non-blank string of printable ASCII. No cloud or cluster names
 * an object with other letters, so `replicate_source_db = "оrders"` (a Cyrillic о) names no source and makes no
 * read replica (found by the long fuzz run), as a blank one does not.
 */
export function names(properties: Properties | undefined, ...paths: string[]): boolean {
  return paths.some((p) => readAll(properties, p).some((v) => typeof v === 'string' && v.trim() !== '' && /^[\x20-\x7e]+$/.test(v)));
}

/** A fact of membership: the resource names the object it copies or belongs to (a replica's source, a cluster). */
export function memberOf(attribute: string, reason: string): { attributes: string[]; reason: string; test: (p: Properties) => boolean } {
  return { attributes: [attribute], reason, test: (p) => names(p, attribute) };
}

/** The single or repeated block as a list: Terraform nests blocks as lists, Pulumi as lists or objects. */
export function blocks(value: unknown): Properties[] {
  if (Array.isArray(value)) return value.filter((v): v is Properties => typeof v === 'object' && v !== null);
  if (value && typeof value === 'object') return [value as Properties];
  return [];
}
