// Catalog lookups for the per-provider catalog tests: an entry or one of its guard fields, or a thrown error that
// names what is missing (so a renamed type fails the test that needs it, not a later assertion).
import { Catalog } from '../../policy/catalog/catalog.js';
import type { CatalogEntry, GuardField } from '../../policy/catalog/types.js';

export const catalog = new Catalog();

export function entryOf(type: string): CatalogEntry {
  const found = catalog.entry(type);
  if (!found) throw new Error(`no catalog entry for ${type}`);
  return found;
}

export function guardOf(type: string, path: string): GuardField {
  const found = entryOf(type).guards?.find((g) => g.path === path);
  if (!found) throw new Error(`${type} has no guard ${path}`);
  return found;
}
