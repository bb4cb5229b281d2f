// The catalog against the providers' published schemas (policy/catalog/schema, scripts/gen-schema-index.ts): every
// type and attribute it names exists, and every type whose name suggests storage is classified explicitly.
import { describe, expect, test } from 'vitest';
import { camelCase, Catalog, nameWords } from './catalog.js';
import { plural } from './read.js';
import type { Cascade, CatalogEntry } from './types.js';
import { FAMILIES, isKnownType, knownProviderOf, schemaSources, typesOf } from './schema-index.js';
import { hasAttribute } from '../../test/support/schema-attrs.js';

const catalog = new Catalog();
const entries = catalog.entries();

/** Names the index cannot check, each with why: providers or packages it does not hold. */
const UNINDEXED: Array<[RegExp, string]> = [
  [/^aws-native:/, 'AWS Cloud Control (@pulumi/aws-native) is not in the index; its tokens are aliases of the classic AWS types'],
  [/^azure:/, 'the classic bridged Azure provider (@pulumi/azure) is not in the index; its entries are azurerm\'s, whose schema it bridges'],
  [/^kubernetes:apiextensions\.k8s\.io:CustomResource$|^kubernetes:snapshot\.storage\.k8s\.io\//, 'custom resources: Pulumi registers each as `kubernetes:<apiVersion>:<kind>` of a CRD the cluster defines (the CSI snapshot kinds are the external-snapshotter\'s CRDs), not a type of the provider schema'],
  [/^kubernetes:yaml:Config(File|Group)$/, 'the v1 yaml components of @pulumi/kubernetes: component resources whose rendered objects are resources of their own; the index holds the provider\'s resources (yaml/v2)'],
  [/^railway_volume$/, 'jamesprnich/terraform-provider-railway, another community Railway provider than the indexed one'],
];
const unindexed = (name: string) => UNINDEXED.some(([pattern]) => pattern.test(name));

function namesOf(entry: CatalogEntry): string[] {
  return [entry.terraform, entry.pulumi, ...(entry.aliases ?? [])].filter((n): n is string => n !== undefined);
}

/** Every attribute path an entry names, with the spellings that must exist: one of them per tool. */
function pathsOf(entry: CatalogEntry): string[][] {
  const out: string[][] = [];
  for (const guard of entry.guards ?? []) out.push(guard.pulumiPath ? [guard.path, guard.pulumiPath] : [guard.path]);
  for (const guard of entry.guards ?? []) for (const a of guard.appliesWhen?.attributes ?? []) out.push([a]);
  for (const spec of entry.data?.retainedBy ?? []) out.push([spec.property]);
  for (const predicate of entry.data?.noUniqueData ?? []) for (const a of predicate.attributes) out.push([a]);
  for (const a of entry.expiry?.attributes ?? []) out.push([a]);
  if (entry.guardOf?.target) out.push([entry.guardOf.target]);
  for (const a of entry.guardOf?.when?.attributes ?? []) out.push([a]);
  if (entry.roleGrant) {
    const grant = entry.roleGrant;
    for (const a of [...grant.roles, grant.scope, ...(grant.policyData ? [grant.policyData] : []), ...(grant.condition ? [grant.condition] : [])]) out.push([a]);
    // definedBy's paths belong to the defining entry's types (checked below).
  }
  for (const link of entry.links ?? []) out.push([link.property]);
  for (const a of entry.container?.cascadesWhen?.attributes ?? []) out.push([a]);
  for (const cascade of entry.container?.cascades ?? []) out.push(...cascadePaths(cascade));
  if (entry.container?.scaleDown) out.push([entry.container.scaleDown.count], ...entry.container.scaleDown.when.attributes.map((a) => [a]));
  // Policy documents: any one of the listed properties (entries shared by tools list each tool's name).
  const documents = (entry.iam?.documentProperties ?? []).map((p) => p.replaceAll('.*', ''));
  if (documents.length > 0) out.push(documents);
  for (const p of entry.iam?.policyArns ?? []) out.push([p]);
  if (entry.generic?.path) out.push([entry.generic.path]);
  return out;
}

function cascadePaths(cascade: Cascade): string[][] {
  switch (cascade.by) {
    case 'nested': return [[...cascade.paths], ...cascade.destroyed.attributes.map((a) => [a])];
    case 'inline': return [[cascade.path]];
    case 'template': return [[cascade.property]];
    case 'parent-property': return [[cascade.parentProperty]];
    case 'rendered': return [[cascade.manifest], ...(cascade.names ? [[cascade.names]] : [])];
    case 'kind': return [[cascade.group], [cascade.kind], [cascade.versions]];
  }
}

/** A path's spellings in one tool, as read.ts reads them: Terraform's as written; Pulumi's camel-cased, each segment singular or plural. */
function spellings(type: string, path: string): string[] {
  if (!type.includes(':')) return [path];
  return path.split('.').reduce<string[]>((acc, segment) => {
    const forms = [...new Set([camelCase(segment), plural(camelCase(segment))])];
    return acc.flatMap((prefix) => forms.map((f) => (prefix ? `${prefix}.${f}` : f)));
  }, ['']);
}

describe('the catalog names only types and attributes the providers publish', () => {
  test('every type name exists in the schema index (or is listed as not indexable, with why)', () => {
    const missing = entries.flatMap(namesOf).filter((name) => !unindexed(name) && !isKnownType(name));
    expect(missing).toEqual([]);
  });

  test('every attribute path exists for every type of its entry, in at least one spelling', () => {
    const missing: string[] = [];
    for (const entry of entries) {
      for (const type of namesOf(entry).filter((n) => !unindexed(n) && isKnownType(n))) {
        for (const alternatives of pathsOf(entry)) {
          if (!alternatives.some((path) => spellings(type, path).some((p) => hasAttribute(type, p)))) missing.push(`${type}: ${alternatives.join(' | ')}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('a role grant\'s definedBy names an entry whose types have its name and rules paths', () => {
    const missing: string[] = [];
    for (const entry of entries) {
      const defined = entry.roleGrant?.definedBy;
      if (!defined) continue;
      const by = entries.find((e) => e.canonical === defined.canonical);
      if (!by) { missing.push(`${entry.canonical}: no entry ${defined.canonical}`); continue; }
      for (const type of namesOf(by).filter((n) => !unindexed(n) && isKnownType(n))) {
        for (const path of [defined.name, `${defined.rules}.verbs`, `${defined.rules}.resources`]) {
          if (!spellings(type, path).some((p) => hasAttribute(type, p))) missing.push(`${type}: ${path}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('each name belongs to one entry only', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const entry of entries) for (const name of namesOf(entry)) {
      if (seen.has(name) && seen.get(name) !== entry.canonical) twice.push(name);
      seen.set(name, entry.canonical);
    }
    expect(twice).toEqual([]);
  });
});

/**
 * Words that make a type name suggest it stores data. Every published type whose name has one must have a catalog
 * entry (holds, contains, guards, links to, or holds none, with its note): nothing with such a name is left to a
 * default.
 */
const STORAGE_HINTS = new Set([
  'volume', 'volumes', 'disk', 'disks', 'db', 'database', 'databases', 'sql', 'mysql', 'postgresql', 'postgres', 'mariadb', 'mssql',
  'bucket', 'buckets', 'storage', 'snapshot', 'snapshots', 'backup', 'backups', 'vault', 'vaults', 'filesystem', 'file', 'share',
  'table', 'tables', 'dataset', 'cache', 'redis', 'memcached', 'elasticache', 'opensearch', 'elasticsearch', 'search', 'kafka', 'stream',
  'queue', 'repository', 'registry', 'archive', 'ledger', 'blob', 'cosmosdb', 'spanner', 'bigtable', 'firestore', 'datastore',
  'alloydb', 'bigquery', 'kms', 'secret', 'secrets', 'dynamodb', 'rds', 'aurora', 'docdb', 'neptune', 'redshift',
  'efs', 'fsx', 'ebs', 'glacier', 'keyspaces', 'timestream', 'memorydb', 'dax', 'netapp', 'warehouse', 'persistent',
]);

function suggestsStorage(type: string): boolean {
  const name = type.includes(':') ? type.split(':').slice(1).join('_') : type.split('_').slice(1).join('_');
  const words = nameWords(name.replace(/[/.]/g, '_'));
  return words.some((w) => STORAGE_HINTS.has(w) || /db$/.test(w));
}

describe('every type of the covered providers is classified', () => {
  for (const family of FAMILIES) {
    // Only what the index holds for the family (Helm and Railway have no Pulumi package of their own).
    for (const tool of (['terraform', 'pulumi'] as const).filter((t) => schemaSources(family, t).length > 0)) {
      test(`${family} (${tool}): every type whose name suggests storage has an entry`, () => {
        const unclassified = typesOf(family, tool).filter((type) => suggestsStorage(type) && catalog.entry(type) === undefined);
        expect(unclassified).toEqual([]);
      });
    }
  }

  test('every Helm type has an entry, whatever its name: hashicorp/helm\'s resources and Pulumi\'s kubernetes:helm.sh tokens', () => {
    const helm = [...typesOf('helm', 'terraform'), ...typesOf('kubernetes', 'pulumi').filter((t) => t.startsWith('kubernetes:helm.sh/'))];
    expect(helm).toEqual(['helm_release', 'kubernetes:helm.sh/v3:Chart', 'kubernetes:helm.sh/v3:Release', 'kubernetes:helm.sh/v4:Chart']);
    expect(helm.filter((type) => catalog.entry(type) === undefined)).toEqual([]);
    // A release uninstalls what it rendered; a Chart's objects are resources of their own (v2's Chart is v3's alias).
    expect(helm.map((type) => [type, catalog.entry(type)!.role])).toEqual([
      ['helm_release', 'container'], ['kubernetes:helm.sh/v3:Chart', 'none'], ['kubernetes:helm.sh/v3:Release', 'container'], ['kubernetes:helm.sh/v4:Chart', 'none'],
    ]);
    expect(catalog.entry('kubernetes:helm.sh/v2:Chart')?.pulumi).toBe('kubernetes:helm.sh/v3:Chart');
  });

  test('a published type without an entry holds none: no name guessing for covered providers', () => {
    expect(catalog.dataVerdict('aws_route_table')).toMatchObject({ holdsData: false, known: true });
    expect(knownProviderOf('aws_route_table')).toBe('aws');
  });

  test('an unknown provider is guessed from the last word of the type name, and the verdict says it cannot tell', () => {
    expect(catalog.dataVerdict('acme_disk')).toEqual({ holdsData: true, kind: 'storage', known: false });
    expect(catalog.dataVerdict('acme:storage/blobVolume:BlobVolume')).toMatchObject({ holdsData: true, known: false });
    expect(catalog.dataVerdict('acme_disk_attachment').holdsData).toBe(false);
    expect(catalog.dataVerdict('acme_postgres_cluster').holdsData).toBe(true);
  });
});
