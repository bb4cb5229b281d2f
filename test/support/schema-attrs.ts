// Test-side half of the provider schema index: the attribute paths of every resource type, from the gzipped
// policy/catalog/schema/<family>.<tool>.attrs.json.gz files that scripts/gen-schema-index.ts writes. Never loaded at
// run time (they are megabytes once unpacked); tests use them to prove that every attribute the catalog names exists.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { canonicalToken, knownProviderOf, toolOf } from '../../policy/catalog/schema-index.js';
import type { Family, Tool } from '../../policy/catalog/schema-index.js';

export const SCHEMA_DIR = join(import.meta.dirname, '..', '..', 'policy', 'catalog', 'schema');

const tables = new Map<string, ReadonlyMap<string, ReadonlySet<string>>>();

export function attributeFile(family: Family, tool: Tool): string {
  return join(SCHEMA_DIR, `${family}.${tool}.attrs.json.gz`);
}

/** type → attribute paths for one family and tool; empty when the index has no such file. */
export function attributeTable(family: Family, tool: Tool): ReadonlyMap<string, ReadonlySet<string>> {
  const key = `${family}.${tool}`;
  let table = tables.get(key);
  if (!table) {
    const file = attributeFile(family, tool);
    const parsed = existsSync(file) ? (JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as Record<string, string[]>) : {};
    table = new Map(Object.entries(parsed).map(([type, paths]) => [type, new Set(paths)]));
    tables.set(key, table);
  }
  return table;
}

/** The attribute paths of one resource type (a Pulumi alias reads its resource's), or undefined when not indexed. */
export function attributesOf(type: string): ReadonlySet<string> | undefined {
  const family = knownProviderOf(type);
  if (!family) return undefined;
  const tool = toolOf(type);
  return attributeTable(family, tool).get(tool === 'pulumi' ? canonicalToken(type) : type);
}

/**
 * `root_block_device.0.delete_on_termination` → `root_block_device.delete_on_termination`: list indices (`.0`,
 * `[0]`) and wildcards (`*`) say which element, and the index stores each path once for all elements.
 */
export function normalizeAttributePath(path: string): string {
  return path
    .replace(/\[(\d+|\*)\]/g, '.')
    .split('.')
    .filter((segment) => segment !== '' && segment !== '*' && !/^\d+$/.test(segment))
    .join('.');
}

/** Whether a resource type has this attribute: a Terraform snake_case path or a Pulumi camelCase one. */
export function hasAttribute(type: string, path: string): boolean {
  return attributesOf(type)?.has(normalizeAttributePath(path)) ?? false;
}
