import { awsCatalog } from './aws.js';
import { awsMoreCatalog } from './aws-more.js';
import { googleCatalog } from './google.js';
import { azureCatalog } from './azure.js';
import { helmCatalog, kubernetesCatalog, railwayCatalog } from './others.js';
import { kubernetesMoreCatalog } from './kubernetes-more.js';
import type { CatalogEntry, DataKind, Predicate } from './types.js';
import type { Properties, Resource } from '../model/plan.js';
import { canonicalToken, isKnownType } from './schema-index.js';

export type { CatalogEntry, DataKind, GuardField, Predicate, Role, StorageLink } from './types.js';
export { blocks, camelCase, has, prop, read, readAll } from './read.js';

/** How sure the catalog is that a resource holds data. */
export type DataVerdict =
  | { holdsData: true; kind: DataKind; known: true; entry?: CatalogEntry }
  /** A type of a provider the catalog does not cover, whose name ends in a storage word: it cannot tell (fail closed). */
  | { holdsData: true; kind: DataKind | 'storage'; known: false }
  /** Holds no data: by its type, or (with `reason`) by an attribute fact of this resource. */
  | { holdsData: false; known: boolean; entry?: CatalogEntry; reason?: string };

export interface CatalogOptions {
  /** Extra types (either tool's spelling) that hold data. */
  extraDataTypes?: Array<{ type: string; kind?: DataKind }>;
  /** Types that hold nothing although the catalog or the name guess says they do. */
  notDataTypes?: string[];
  /** Guess from the last word of a type name (volume, disk, bucket…) for providers the catalog does not cover. Default true. */
  guessUnknownTypes?: boolean;
}

/**
 * The last word of a type name of an unknown provider that says it stores data. Matched only on the last word
 * (`acme_disk`, `acme:storage/volume:Volume`), so `acme_disk_attachment` or `acme_bucket_policy` are not guessed.
 */
const STORAGE_LAST_WORDS = new Set([
  'volume', 'volumes', 'disk', 'disks', 'database', 'databases', 'db', 'bucket', 'buckets', 'snapshot', 'snapshots',
  'backup', 'backups', 'filesystem', 'share', 'vault', 'ledger', 'dataset', 'table', 'tables', 'keyspace', 'repository',
]);
/** `acme_postgres_cluster`, `acme_database_instance`: a server word after an engine word. */
const SERVER_WORDS = new Set(['cluster', 'instance', 'server', 'servers', 'node']);
const ENGINE_WORDS = new Set([
  'database', 'db', 'sql', 'postgres', 'postgresql', 'pg', 'mysql', 'mariadb', 'mssql', 'mongo', 'mongodb', 'redis',
  'valkey', 'cassandra', 'elasticsearch', 'opensearch', 'kafka', 'clickhouse', 'cockroach', 'timescale', 'neo4j',
]);

/** Families whose every published type the catalog classifies: no guessing for them. */
export const COVERED_FAMILIES = ['aws', 'google', 'azurerm', 'kubernetes', 'railway'] as const;

let defaultIndex: ReadonlyMap<string, CatalogEntry> | undefined;

function indexByType(entries: readonly CatalogEntry[]): ReadonlyMap<string, CatalogEntry> {
  const byType = new Map<string, CatalogEntry>();
  for (const entry of entries) {
    for (const name of [entry.terraform, entry.pulumi, ...(entry.aliases ?? [])]) {
      if (name) byType.set(name, entry);
    }
  }
  return byType;
}

export class Catalog {
  private readonly byType: ReadonlyMap<string, CatalogEntry>;
  private readonly extra = new Map<string, DataKind>();
  private readonly notData: Set<string>;
  private readonly guess: boolean;
  private lowerCase?: Map<string, CatalogEntry>;

  constructor(
    options: CatalogOptions = {},
    entries: readonly CatalogEntry[] = defaultEntries,
    /** Whether a type is published by a covered provider (the schema index); such types are never guessed. */
    private readonly published: (type: string) => boolean = isKnownType,
  ) {
    // The index of the built-in entries is built once per process and shared (it is only read): the CrossGuard pack
    // evaluates one resource at a time, and rebuilding it was most of the time an Analyze call took.
    this.byType = entries === defaultEntries ? (defaultIndex ??= indexByType(defaultEntries)) : indexByType(entries);
    for (const extra of options.extraDataTypes ?? []) this.extra.set(extra.type, extra.kind ?? 'volume');
    this.notData = new Set(options.notDataTypes ?? []);
    this.guess = options.guessUnknownTypes ?? true;
  }

  /** The entry of a type, under any of its names: also a Pulumi alias or a versioned azure-native token. */
  entry(type: string): CatalogEntry | undefined {
    return this.byType.get(type) ?? this.byType.get(canonicalToken(type));
  }

  /** By a name whose case may differ (CloudFormation's `DBInstance` for Cloud Control's `DbInstance`). */
  entryIgnoringCase(type: string): CatalogEntry | undefined {
    if (!this.lowerCase) {
      this.lowerCase = new Map();
      for (const [name, entry] of this.byType) this.lowerCase.set(name.toLowerCase(), entry);
    }
    return this.lowerCase.get(type.toLowerCase());
  }

  entries(): CatalogEntry[] {
    return [...new Set(this.byType.values())];
  }

  canonical(type: string): string | undefined {
    return this.entry(type)?.canonical;
  }

  /** What a type holds, from its name alone. */
  dataVerdict(type: string): DataVerdict {
    if (this.notData.has(type)) return { holdsData: false, known: true };
    const extra = this.extra.get(type);
    if (extra) return { holdsData: true, kind: extra, known: true };
    const entry = this.entry(type);
    if (entry) return entry.role === 'data' && entry.data ? { holdsData: true, kind: entry.data.kind, known: true, entry } : { holdsData: false, known: true, entry };
    if (this.published(type)) return { holdsData: false, known: true };
    if (this.guess && looksLikeStorage(type)) return { holdsData: true, kind: 'storage', known: false };
    return { holdsData: false, known: false };
  }

  /** What this resource holds, from its type and its attributes (a read replica, a cache without persistence). */
  judge(type: string, properties: Properties | undefined): DataVerdict {
    const verdict = this.dataVerdict(type);
    if (!verdict.holdsData || !verdict.known || !verdict.entry) return verdict;
    const fact = noUniqueData(verdict.entry, properties);
    return fact ? { holdsData: false, known: true, entry: verdict.entry, reason: fact.reason } : verdict;
  }

  holdsData(resource: Pick<Resource, 'type' | 'properties'>): boolean {
    return this.judge(resource.type, resource.properties).holdsData;
  }
}

/** The first attribute fact under which this resource holds no unique data. */
export function noUniqueData(entry: CatalogEntry, properties: Properties | undefined): Predicate | undefined {
  if (!properties) return undefined;
  return entry.data?.noUniqueData?.find((p) => p.test(properties));
}

const defaultEntries: readonly CatalogEntry[] = [
  ...awsCatalog, ...awsMoreCatalog, ...googleCatalog, ...azureCatalog, ...kubernetesCatalog, ...kubernetesMoreCatalog, ...helmCatalog, ...railwayCatalog,
];

/** The words of a type's own name, in lower case: `acme_disk` → [acme, disk]; `acme:storage/blobStore:BlobStore` → [blob, store]. */
export function nameWords(type: string): string[] {
  const name = type.includes(':') ? (type.split(':').pop() ?? type) : type;
  return name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').split(/[^A-Za-z0-9]+/).filter(Boolean).map((w) => w.toLowerCase());
}

/** For providers the catalog does not cover: the last word of the name says it stores data. */
export function looksLikeStorage(type: string): boolean {
  const words = nameWords(type);
  const last = words.at(-1) ?? '';
  if (STORAGE_LAST_WORDS.has(last) || /^[a-z]+db$/.test(last)) return true;
  const previous = words.at(-2) ?? '';
  return SERVER_WORDS.has(last) && (ENGINE_WORDS.has(previous) || /^[a-z]+db$/.test(previous));
}
