import { awsCatalog } from './aws.js';
import { kubernetesCatalog, railwayCatalog } from './others.js';
import type { CatalogEntry, DataKind } from './types.js';
import { valueAt, type Properties, type Resource } from '../model/plan.js';

export type { CatalogEntry, DataKind, DataBearingType, ProtectionFlag, StorageLink } from './types.js';

/** How sure the catalog is that a resource holds data. */
export type DataVerdict =
  | { holdsData: true; kind: DataKind; known: true; entry?: CatalogEntry }
  /** Not in the catalog, but its name says storage: treated as data-bearing (fail closed). */
  | { holdsData: true; kind: DataKind | 'storage'; known: false }
  | { holdsData: false };

export interface CatalogOptions {
  /** Extra types (either tool's spelling) that hold data. */
  extraDataTypes?: Array<{ type: string; kind?: DataKind }>;
  /** Types that look like storage by name but hold nothing (e.g. `aws_ebs_default_kms_key`). */
  notDataTypes?: string[];
  /** Guess from type names (volume, disk, db, bucket…) when a type is unknown. Default true. */
  guessUnknownTypes?: boolean;
}

// A type name saying any of these is treated as data-bearing when the catalog does not know it.
// `[a-z]+db` catches dynamodb, cosmosdb, alloydb, mongodb…; vault, ledger, dataset and crypto keys hold data too.
const STORAGE_WORDS = /(^|[^a-z])(volume|disk|db|[a-z]+db|database|bucket|storage|snapshot|backup|filesystem|file_system|fileSystem|vault|key_vault|ledger|dataset|crypto_key|kms_key|postgresql|postgres|mysql|mariadb|mssql)s?([^a-z]|$)/i;
// Types whose name matches but which configure storage rather than hold it.
const NOT_DATA_SUFFIXES = /(policy|attachment|association|configuration|config|notification|acl|cors|logging|versioning|lifecycle|ownership|public_access_block|subnet_group|parameter_group|option_group|selection|plan|lock|accelerate|website|encryption|inventory|metric|analytics|replication|tagging|event_subscription|proxy|endpoint|role|permission|grant|mount_target|access_point|firewall_rule|virtual_network_rule|rule|user|login|extension|administrator|parameter)s?([^a-z]|$)/i;

export class Catalog {
  private readonly byType = new Map<string, CatalogEntry>();
  private readonly extra = new Map<string, DataKind>();
  private readonly notData: Set<string>;
  private readonly guess: boolean;

  constructor(options: CatalogOptions = {}, entries: CatalogEntry[] = [...awsCatalog, ...kubernetesCatalog, ...railwayCatalog]) {
    for (const entry of entries) {
      if (entry.terraform) this.byType.set(entry.terraform, entry);
      if (entry.pulumi) this.byType.set(entry.pulumi, entry);
    }
    for (const extra of options.extraDataTypes ?? []) this.extra.set(extra.type, extra.kind ?? 'volume');
    this.notData = new Set(options.notDataTypes ?? []);
    this.guess = options.guessUnknownTypes ?? true;
  }

  entry(type: string): CatalogEntry | undefined {
    return this.byType.get(type);
  }

  entries(): CatalogEntry[] {
    return [...new Set(this.byType.values())];
  }

  canonical(type: string): string | undefined {
    return this.byType.get(type)?.canonical;
  }

  dataVerdict(type: string): DataVerdict {
    if (this.notData.has(type)) return { holdsData: false };
    const extra = this.extra.get(type);
    if (extra) return { holdsData: true, kind: extra, known: true };
    const entry = this.byType.get(type);
    if (entry) return entry.data ? { holdsData: true, kind: entry.data.kind, known: true, entry } : { holdsData: false };
    if (this.guess && looksLikeStorage(type)) return { holdsData: true, kind: 'storage', known: false };
    return { holdsData: false };
  }

  holdsData(resource: Pick<Resource, 'type'>): boolean {
    return this.dataVerdict(resource.type).holdsData;
  }
}

export function looksLikeStorage(type: string): boolean {
  // Split a Pulumi token `pkg:module/name:Name` and a Terraform `provider_name` into words.
  const words = type.replace(/([a-z])([A-Z])/g, '$1_$2').replace(/[:/]/g, '_');
  return STORAGE_WORDS.test(words) && !NOT_DATA_SUFFIXES.test(words.replace(/^[a-z0-9]+_/i, ''));
}

/** Read a property by its Terraform name, falling back to Pulumi's camelCase spelling. */
export function prop(properties: Properties | undefined, snakePath: string): unknown {
  const snake = valueAt(properties, snakePath);
  if (snake !== undefined) return snake;
  return valueAt(properties, snakePath.split('.').map(camelCase).join('.'));
}

export function camelCase(snake: string): string {
  return snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}

/** The single or repeated block as a list: Terraform nests blocks as lists, Pulumi as lists or objects. */
export function blocks(value: unknown): Properties[] {
  if (Array.isArray(value)) return value.filter((v): v is Properties => typeof v === 'object' && v !== null);
  if (value && typeof value === 'object') return [value as Properties];
  return [];
}
