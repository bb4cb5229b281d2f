import { awsCatalog } from './aws.js';
import { awsMoreCatalog } from './aws-more.js';
import { googleCatalog } from './google.js';
import { azureCatalog } from './azure.js';
import { helmCatalog, kubernetesCatalog, railwayCatalog } from './others.js';
import { kubernetesMoreCatalog } from './kubernetes-more.js';
import type { CatalogEntry, DataKind, Predicate } from './types.js';
import { DEFAULT_EXTRA_KIND } from './types.js';
import type { Properties, Resource } from '../model/plan.js';
import { canonicalToken, isKnownModule, isKnownType } from './schema-index.js';
import { predicateUnreadable, read } from './read.js';

export type { CatalogEntry, DataKind, GuardField, Predicate, Role, StorageLink } from './types.js';
export { blocks, camelCase, has, predicateUnreadable, prop, read, readAll, unreadable } from './read.js';

/** How sure the catalog is that a resource holds data. */
export type DataVerdict =
  | { holdsData: true; kind: DataKind; known: true; entry?: CatalogEntry }
  /**
   * A type of a provider the catalog does not cover, whose name ends in a storage word, or (with `unreadable`) a
   * Kubernetes object whose apiVersion and kind no cluster serves: it cannot tell (fail closed).
   */
  | { holdsData: true; kind: DataKind | 'storage'; known: false; unreadable?: string }
  /** Holds no data: by its type, or (with `reason`) by an attribute fact of this resource. */
  | { holdsData: false; known: boolean; entry?: CatalogEntry; reason?: string };

/**
 * What a resource is, seen through its object's kind where its type is generic (`kubernetes_manifest`, a Pulumi
 * CustomResource): the type and entry to judge it by, and the properties that entry's paths read.
 */
export interface CatalogView {
  /** The resource's own type, or for a generic object the Pulumi token of its kind (`kubernetes:core/v1:Namespace`). */
  type: string;
  /** The effective entry; undefined when the catalog has none for the type (or the kind). */
  entry?: CatalogEntry;
  /** The properties the entry's paths read: the resource's own, or the object inside a generic one. */
  properties: Properties | undefined;
  /** For a generic resource: its own entry, the path of the object in its properties, and the kind when it is known. */
  generic?: { entry: CatalogEntry; path: string; kind?: string };
}

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

/** The lookup tables of a list of entries: built once per list (they are only read), see the constructor. */
interface EntryIndex {
  byType: ReadonlyMap<string, CatalogEntry>;
  /** Kubernetes entries by API group and kind (`apps StatefulSet`), for a kind in a version no entry names. */
  byKind: ReadonlyMap<string, CatalogEntry>;
  /** Generic entries that also stand for type names matching their `tokens`. */
  patterns: readonly CatalogEntry[];
  /** The generic entry whose properties are the object itself (a CustomResource): how an object on its own is seen. */
  objectEntry: CatalogEntry | undefined;
}

let defaultIndex: EntryIndex | undefined;

function indexEntries(entries: readonly CatalogEntry[]): EntryIndex {
  const byType = new Map<string, CatalogEntry>();
  const byKind = new Map<string, CatalogEntry>();
  const patterns: CatalogEntry[] = [];
  let objectEntry: CatalogEntry | undefined;
  for (const entry of entries) {
    for (const name of [entry.terraform, entry.pulumi, ...(entry.aliases ?? [])]) {
      if (name) byType.set(name, entry);
      const kind = name ? groupKind(name) : undefined;
      if (kind && !byKind.has(kind)) byKind.set(kind, entry);
    }
    if (entry.generic?.tokens) patterns.push(entry);
    if (entry.generic?.path === '') objectEntry ??= entry;
  }
  return { byType, byKind, patterns, objectEntry };
}

export class Catalog {
  private readonly byType: ReadonlyMap<string, CatalogEntry>;
  private readonly byKind: ReadonlyMap<string, CatalogEntry>;
  private readonly patterns: readonly CatalogEntry[];
  private readonly objectEntry: CatalogEntry | undefined;
  private readonly extra = new Map<string, DataKind>();
  private readonly notData: Set<string>;
  private readonly guess: boolean;
  private lowerCase?: Map<string, CatalogEntry>;
  /** patternEntry's answers by type: the entries and `published` are fixed for the catalog's life. */
  private readonly patternEntries = new Map<string, CatalogEntry | undefined>();
  /** entry's answers for types that are not a built-in entry's own name: the index is fixed for the catalog's life. */
  private readonly otherNames = new Map<string, CatalogEntry | undefined>();

  constructor(
    options: CatalogOptions = {},
    entries: readonly CatalogEntry[] = defaultEntries,
    /** Whether a type is published by a covered provider (the schema index); such types are never guessed. */
    private readonly published: (type: string) => boolean = isKnownType,
  ) {
    // The index of the built-in entries is built once per process and shared (it is only read): the CrossGuard pack
    // evaluates one resource at a time, and rebuilding it was most of the time an Analyze call took.
    const index = entries === defaultEntries ? (defaultIndex ??= indexEntries(defaultEntries)) : indexEntries(entries);
    this.byType = index.byType;
    this.byKind = index.byKind;
    this.patterns = index.patterns;
    this.objectEntry = index.objectEntry;
    for (const extra of options.extraDataTypes ?? []) this.extra.set(extra.type, extra.kind ?? DEFAULT_EXTRA_KIND);
    this.notData = new Set(options.notDataTypes ?? []);
    this.guess = options.guessUnknownTypes ?? true;
  }

  /** The entry of a type, under any of its names: also a Pulumi alias or a versioned azure-native token. */
  entry(type: string): CatalogEntry | undefined {
    const own = this.byType.get(type);
    if (own) return own;
    // A type under another name (or none) is looked up once: every rule asks for every resource's type, and the
    // classic azure names are worked out by splitting the token.
    let entry = this.otherNames.get(type);
    if (entry === undefined && !this.otherNames.has(type)) {
      entry = this.byType.get(canonicalToken(type)) ?? this.classicAzureEntry(type);
      if (this.otherNames.size < 10_000) this.otherNames.set(type, entry);
    }
    return entry;
  }

  /** The azurerm entry a classic Pulumi azure token stands for (classicAzureNames), when the catalog has one. */
  private classicAzureEntry(type: string): CatalogEntry | undefined {
    for (const name of classicAzureNames(type)) {
      const entry = this.byType.get(name);
      if (entry?.family === 'azurerm' && entry.terraform === name) return entry;
    }
    return undefined;
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

  /**
   * The entry a resource is judged by, and the properties its paths read. For most types, the type's own entry and
   * properties. For a generic Kubernetes object (an entry with `generic`), the entry of the object's kind, found by
   * the Pulumi token of its apiVersion and kind (then by group and kind in any version), with the object itself as
   * the properties: a `kubernetes_manifest` of kind Namespace is a namespace.
   */
  view(type: string, properties: Properties | undefined): CatalogView {
    const own = this.entry(type);
    const generic = own?.generic ? own : own ? undefined : this.patternEntry(type);
    // Written out, not spread: a view is made for every resource by most rules.
    if (!generic?.generic) return own ? { type, entry: own, properties } : { type, properties };
    const path = generic.generic.path;
    const value = path ? read(properties, path) : properties;
    const object = value && typeof value === 'object' && !Array.isArray(value) ? (value as Properties) : undefined;
    // A CustomResource-style token names its apiVersion and kind (`kubernetes:<apiVersion>:<kind>`) when the inputs do not.
    const named = own ? undefined : tokenKind(type);
    const apiVersion = text(object?.['apiVersion']) ?? named?.apiVersion;
    const kind = text(object?.['kind']) ?? named?.kind;
    if (!apiVersion || !kind) return { type, entry: generic, properties, generic: { entry: generic, path } };
    return this.ofKind(apiVersion, kind, object ?? {}, generic, path);
  }

  /**
   * A Kubernetes object on its own (apiVersion, kind, metadata, spec), such as one a Helm release rendered: what its
   * kind says, as a generic resource holding it would be judged. Undefined without an apiVersion and a kind.
   */
  viewObject(object: Properties): CatalogView | undefined {
    const apiVersion = text(object['apiVersion']);
    const kind = text(object['kind']);
    return apiVersion && kind && this.objectEntry ? this.ofKind(apiVersion, kind, object, this.objectEntry, '') : undefined;
  }

  /** What a Kubernetes object on its own holds (viewObject), with its attribute facts; undefined when it has no kind. */
  judgeObject(object: Properties): DataVerdict | undefined {
    const view = this.viewObject(object);
    return view ? this.judgeView(view, view.type) : undefined;
  }

  private ofKind(apiVersion: string, kind: string, object: Properties, generic: CatalogEntry, path: string): CatalogView {
    const token = kindToken(apiVersion, kind);
    const entry = this.entry(token) ?? this.byKind.get(groupKind(token) ?? '');
    return { type: token, ...(entry ? { entry } : {}), properties: object, generic: { entry: generic, path, kind } };
  }

  /** A generic entry whose `tokens` match a type that neither the catalog nor the schema index knows. */
  private patternEntry(type: string): CatalogEntry | undefined {
    let entry = this.patternEntries.get(type);
    if (entry === undefined && !this.patternEntries.has(type)) {
      entry = this.published(type) ? undefined : this.patterns.find((e) => e.generic?.tokens?.test(type));
      // Bounded: a plan names a few hundred types; past that, worked out each time.
      if (this.patternEntries.size < 10_000) this.patternEntries.set(type, entry);
    }
    return entry;
  }

  /** What a type holds, from its name alone. */
  dataVerdict(type: string): DataVerdict {
    return this.verdictOf(type, this.entry(type) ?? this.patternEntry(type));
  }

  private verdictOf(type: string, entry: CatalogEntry | undefined, guessName = type): DataVerdict {
    if (this.notData.has(type)) return { holdsData: false, known: true };
    const extra = this.extra.get(type);
    if (extra) return { holdsData: true, kind: extra, known: true };
    if (entry) return entry.role === 'data' && entry.data ? { holdsData: true, kind: entry.data.kind, known: true, entry } : { holdsData: false, known: true, entry };
    // A classic Pulumi azure token of a published azurerm type the catalog does not list holds none, as that type does.
    if (this.published(type) || classicAzureNames(type).some((name) => this.published(name))) return { holdsData: false, known: true };
    if (this.guess && looksLikeStorage(guessName)) return { holdsData: true, kind: 'storage', known: false };
    return { holdsData: false, known: false };
  }

  /** What this resource holds, from its type and its attributes (a read replica, a cache without persistence). */
  judge(type: string, properties: Properties | undefined): DataVerdict {
    return this.judgeView(this.view(type, properties), type);
  }

  private judgeView(view: CatalogView, type: string): DataVerdict {
    // The configuration's word on the resource's own type (dataTypes.extra / notData) comes before its kind.
    if (this.notData.has(type) || this.extra.has(type)) return this.dataVerdict(type);
    // A kind no entry names (a custom resource's): guessed from its group's first label and its kind
    // (`postgresql.cnpg.io` Cluster → postgresql_cluster), and then it cannot tell.
    const impossible = view.generic?.kind !== undefined ? impossibleKind(view.type) : undefined;
    if (impossible) return { holdsData: true, kind: 'storage', known: false, unreadable: impossible };
    const verdict = view.generic ? this.verdictOf(view.type, view.entry, customKindName(view.type)) : this.dataVerdict(type);
    if (!verdict.holdsData || !verdict.known || !verdict.entry) return verdict;
    const fact = noUniqueData(verdict.entry, view.properties);
    return fact ? { holdsData: false, known: true, entry: verdict.entry, reason: fact.reason } : verdict;
  }

  holdsData(resource: Pick<Resource, 'type' | 'properties'>): boolean {
    return this.judge(resource.type, resource.properties).holdsData;
  }
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The Pulumi token of a Kubernetes kind: `v1` + `Namespace` → `kubernetes:core/v1:Namespace`, `apps/v1` → `kubernetes:apps/v1:…`. */
export function kindToken(apiVersion: string, kind: string): string {
  return `kubernetes:${apiVersion.includes('/') ? apiVersion : `core/${apiVersion}`}:${kind}`;
}

// Kubernetes names: an API group is a DNS subdomain, a version a DNS label (v1, v1beta2), a kind an identifier
// (apimachinery validation; a CRD's names.kind is a DNS-1035 label once lower-cased). Only ASCII, so a look-alike letter makes a name no server has.
const GROUP = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VERSION = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const KIND = /^[A-Za-z]([-A-Za-z0-9]*[A-Za-z0-9])?$/;

/**
 * Why no cluster serves an object of this kind, or undefined: an apiVersion or kind that is not a valid name (a
 * look-alike letter, a space), or a kind a built-in API group and version does not have (`v1` has no `Database`; a
 * custom kind lives in its own group). Such an object was edited after it was planned: what it is cannot be told.
 */
function impossibleKind(token: string): string | undefined {
  // Split by hand, not by tokenKind: a kind with a look-alike letter is just what its pattern would not match.
  const at = token.lastIndexOf(':');
  if (!token.startsWith('kubernetes:') || at <= 'kubernetes:'.length) return undefined;
  const parsed = { apiVersion: token.slice('kubernetes:'.length, at), kind: token.slice(at + 1) };
  const [group, version] = parsed.apiVersion.includes('/') ? parsed.apiVersion.split('/', 2) as [string, string] : ['', parsed.apiVersion];
  const apiVersion = group ? `${group}/${version}` : version;
  if ((group && !GROUP.test(group)) || !VERSION.test(version) || parsed.apiVersion.split('/').length > 2) return `apiVersion "${visible(apiVersion)}" is not a Kubernetes API version`;
  if (!KIND.test(parsed.kind)) return `kind "${visible(parsed.kind)}" is not a Kubernetes kind`;
  if (isKnownModule(token) && !isKnownType(token)) return `the API ${group || 'core'}/${version} has no kind ${parsed.kind}`;
  return undefined;
}

/** A name with every character outside printable ASCII as `\u0430`: a look-alike letter shows as what it is. */
function visible(name: string): string {
  return name.replace(/[^\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** `kubernetes:<apiVersion>:<kind>` → its apiVersion and kind. */
function tokenKind(type: string): { apiVersion: string; kind: string } | undefined {
  const match = /^kubernetes:(.+):([A-Za-z0-9]+)$/.exec(type);
  return match ? { apiVersion: match[1]!, kind: match[2]! } : undefined;
}

/** `kubernetes:apps/v1:StatefulSet` → `apps StatefulSet`; undefined for other names. */
function groupKind(type: string): string | undefined {
  const match = /^kubernetes:([^/:]+)\/[^:]+:([A-Za-z0-9]+)$/.exec(type);
  return match ? `${match[1]} ${match[2]}` : undefined;
}

/** The name a custom kind is guessed by: its group's first label and its kind (`postgresql_PostgresCluster`). */
function customKindName(token: string): string {
  const match = /^kubernetes:(?:([^/:.]+)[^/:]*\/)?[^:]+:([A-Za-z0-9]+)$/.exec(token);
  return match ? `${match[1] ?? 'core'}_${match[2]}` : token;
}

/** The first attribute fact under which this resource holds no unique data. */
export function noUniqueData(entry: CatalogEntry, properties: Properties | undefined): Predicate | undefined {
  if (!properties) return undefined;
  // A fact that cannot be read (masked, or its attribute missing from a plan that writes every one) is not a fact.
  return entry.data?.noUniqueData?.find((p) => !predicateUnreadable(p, properties) && p.test(properties));
}

/**
 * Whether a predicate that makes a delete take data (a container's cascadesWhen, a scale-down's condition) may
 * hold: it does, or its attributes cannot be read, and then the delete is judged as the dangerous case (fail closed).
 */
export function mayHold(predicate: Predicate, properties: Properties): boolean {
  return predicateUnreadable(predicate, properties) || predicate.test(properties);
}

const defaultEntries: readonly CatalogEntry[] = [
  ...awsCatalog, ...awsMoreCatalog, ...googleCatalog, ...azureCatalog, ...kubernetesCatalog, ...kubernetesMoreCatalog, ...helmCatalog, ...railwayCatalog,
];

/** Every entry of the default catalog (for tools that read what the catalog knows, such as the fuzz oracle). */
export function catalogEntries(): readonly CatalogEntry[] {
  return defaultEntries;
}

/**
 * The azurerm type names a classic Pulumi azure token (`@pulumi/azure`, which bridges hashicorp/azurerm) may stand for.
 * The bridge names each resource `azure:<module>/<camelName>:<Name>` after the azurerm type, with the module either
 * kept in the name (`azure:postgresql/flexibleServer:FlexibleServer` = azurerm_postgresql_flexible_server,
 * `azure:storage/account:Account` = azurerm_storage_account) or left out (`azure:compute/managedDisk:ManagedDisk` =
 * azurerm_managed_disk, `azure:keyvault/keyVault:KeyVault` = azurerm_key_vault). The first name the catalog or the
 * schema index knows is the type; a token whose module the bridge respelled (`recoveryservices`) matches neither and
 * is guessed by its name, as before. Empty for other tokens.
 */
export function classicAzureNames(type: string): string[] {
  const match = /^azure:([a-z0-9]+)\/[A-Za-z0-9]+:([A-Z][A-Za-z0-9]*)$/.exec(type);
  if (!match) return [];
  const module = match[1]!;
  const snake = match[2]!.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2').toLowerCase();
  const respelled = CLASSIC_AZURE_MODULES[module];
  return [`azurerm_${module}_${snake}`, ...(respelled ? [`azurerm_${respelled}_${snake}`] : []), `azurerm_${snake}`];
}

/**
 * Modules of the classic azure package whose azurerm prefix has words the module name runs together:
 * `azure:keyvault/key:Key` = azurerm_key_vault_key, `azure:recoveryservices/vault:Vault` =
 * azurerm_recovery_services_vault, `azure:dataprotection/backupVault:BackupVault` = azurerm_data_protection_backup_vault.
 */
const CLASSIC_AZURE_MODULES: Readonly<Record<string, string>> = {
  keyvault: 'key_vault',
  recoveryservices: 'recovery_services',
  dataprotection: 'data_protection',
  loganalytics: 'log_analytics',
};

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
