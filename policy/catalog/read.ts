// Reading catalog paths out of a property bag. One catalog path (`point_in_time_recovery.enabled`) reads both tools'
// shapes: Terraform's snake_case keys with nested blocks as lists (`point_in_time_recovery: [{ enabled }]`), Pulumi's
// camelCase keys with nested blocks as objects or lists, and repeated blocks named in the plural (the Pulumi
// Terraform bridge pluralizes list blocks: `rule` → `rules`, `ebs_block_device` → `ebsBlockDevices`,
// `lifecycle_policy` → `lifecyclePolicies`). Paths are split and spelled once, then cached.

import type { Properties } from '../model/plan.js';

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

/** Spellings already worked out: the rules ask for the same catalog paths once per resource. */
const camelCases = new Map<string, string>();

export function camelCase(snake: string): string {
  if (!snake.includes('_')) return snake;
  let camel = camelCases.get(snake);
  if (camel === undefined) {
    camel = snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    // Bounded: callers pass catalog paths, a few hundred; anything beyond is worked out each time.
    if (camelCases.size < 10_000) camelCases.set(snake, camel);
  }
  return camel;
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

/** Every value at a catalog path, walking through lists at any step (Terraform block lists, repeated blocks); nulls are absent. */
export function readAll(properties: Properties | undefined, path: string): unknown[] {
  const { snake, camel, plural } = compile(path);
  let current: unknown[] = [properties];
  for (let i = 0; i < snake.length; i++) {
    const next: unknown[] = [];
    for (const value of current) {
      for (const item of Array.isArray(value) ? value : [value]) {
        const found = child(item, snake[i]!, camel[i]!, plural[i]);
        if (found !== undefined && found !== null) next.push(found);
      }
    }
    if (next.length === 0) return [];
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

/** The first value at a catalog path (a single nested block's field), or undefined. */
export function read(properties: Properties | undefined, path: string): unknown {
  return readAll(properties, path)[0];
}

/** Whether any of the paths is present (not undefined, not null). */
export function has(properties: Properties | undefined, ...paths: string[]): boolean {
  return paths.some((p) => readAll(properties, p).some((v) => v !== null && v !== undefined && v !== ''));
}

/** The single or repeated block as a list: Terraform nests blocks as lists, Pulumi as lists or objects. */
export function blocks(value: unknown): Properties[] {
  if (Array.isArray(value)) return value.filter((v): v is Properties => typeof v === 'object' && v !== null);
  if (value && typeof value === 'object') return [value as Properties];
  return [];
}
