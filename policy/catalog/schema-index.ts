// Every resource type the providers people use publish, under both tools' names: read from schema/types.json, which
// scripts/gen-schema-index.ts derives from the providers' own npm packages (docs/catalog.md, "Provider schema index").
// A JSON import, not a file read: policy/ does no I/O, and esbuild inlines the file into the pack and Action bundles.
import index from './schema/types.json' with { type: 'json' };
import { expandTokens, FAMILIES, PULUMI_PACKAGES, versionlessAzureToken } from './schema-format.js';
import type { Family, SchemaSource, Tool, TypesIndex } from './schema-format.js';
import { memoize } from '../model/memo.js';

export type { Family, SchemaSource, Tool } from './schema-format.js';
export { FAMILIES } from './schema-format.js';

const TYPES = index as TypesIndex;

const TERRAFORM_PREFIX = /^([a-z0-9]+)_/;
const FAMILY_OF_PACKAGE = new Map(Object.entries(PULUMI_PACKAGES).map(([family, pkg]) => [pkg, family as Family]));

/** The tool whose naming a type string follows: Pulumi tokens have colons, Terraform names never do. */
export function toolOf(type: string): Tool {
  return type.includes(':') ? 'pulumi' : 'terraform';
}

/**
 * The indexed family a type belongs to, by its Terraform prefix (`aws_`, `google_`, `azurerm_`, `kubernetes_`,
 * `railway_`) or Pulumi package (`aws:`, `gcp:`, `azure-native:`, `kubernetes:`, and `pulumi:providers:<package>`),
 * whether or not the type itself exists. `undefined` for every other provider.
 */
export const knownProviderOf: (type: string) => Family | undefined = memoize(providerOf); // every rule asks, per resource

function providerOf(type: string): Family | undefined {
  if (toolOf(type) === 'terraform') {
    const prefix = TERRAFORM_PREFIX.exec(type)?.[1];
    return prefix !== undefined && (FAMILIES as readonly string[]).includes(prefix) && TYPES.families[prefix as Family]?.terraform ? (prefix as Family) : undefined;
  }
  const [pkg, module, name] = type.split(':');
  return FAMILY_OF_PACKAGE.get(pkg === 'pulumi' && module === 'providers' ? (name ?? '') : (pkg ?? ''));
}

interface Names {
  resources: ReadonlySet<string>;
  dataSources: ReadonlySet<string>;
}

const cache = new Map<string, Names>();

/** Built on first use per family and tool: the JSON holds compact names, the sets hold full ones. */
function names(family: Family, tool: Tool): Names {
  const key = `${family}.${tool}`;
  let found = cache.get(key);
  if (!found) {
    const entry = TYPES.families[family];
    if (tool === 'terraform') {
      const t = entry?.terraform;
      found = { resources: new Set(t?.resources.map((n) => t.prefix + n)), dataSources: new Set(t?.dataSources.map((n) => t.prefix + n)) };
    } else {
      const p = entry?.pulumi;
      const tokens = p ? expandTokens(p.package, p.modules) : [];
      if (p?.provider) tokens.push(p.provider);
      found = { resources: new Set(tokens.sort()), dataSources: new Set() };
    }
    cache.set(key, found);
  }
  return found;
}

/**
 * The sorted resource types of one family under one tool: Terraform names (`aws_ebs_volume`) or Pulumi tokens
 * (`aws:ebs/volume:Volume`, with the provider's `pulumi:providers:aws`). Terraform data sources on request.
 */
export function typesOf(family: Family, tool: Tool, kind: 'resources' | 'dataSources' = 'resources'): readonly string[] {
  return [...names(family, tool)[kind]];
}

/** The token a Pulumi alias stands for (`aws:s3/bucketV2:BucketV2` → `aws:s3/bucket:Bucket`); any other string as is. */
export const canonicalToken: (token: string) => string = memoize(canonicalOf); // once per resource per rule

function canonicalOf(token: string): string {
  const family = knownProviderOf(token);
  if (!family || toolOf(token) !== 'pulumi') return token;
  const aliased = TYPES.families[family]?.pulumi?.aliases[token];
  if (aliased) return aliased;
  const versionless = versionlessAzureToken(token);
  return versionless && names(family, 'pulumi').resources.has(versionless) ? versionless : token;
}

const modules = new Map<Family, ReadonlySet<string>>();

/**
 * Whether a provider of the index publishes the module of this Pulumi token (`kubernetes:core/v1:` for
 * `kubernetes:core/v1:Namespace`): a built-in Kubernetes API group and version, whose kinds are all in the index.
 */
export function isKnownModule(token: string): boolean {
  const family = knownProviderOf(token);
  if (!family || toolOf(token) !== 'pulumi') return false;
  let known = modules.get(family);
  if (!known) {
    known = new Set([...names(family, 'pulumi').resources].map((t) => t.slice(0, t.lastIndexOf(':') + 1)));
    modules.set(family, known);
  }
  return known.has(token.slice(0, token.lastIndexOf(':') + 1));
}

/**
 * Whether a provider of the index publishes this resource type (a Pulumi alias counts as its resource). Worked out
 * once per type: the index is read-only, so an answer never changes within a process.
 */
export const isKnownType: (type: string) => boolean = memoize(knownTypeOf);

function knownTypeOf(type: string): boolean {
  const family = knownProviderOf(type);
  if (!family) return false;
  const tool = toolOf(type);
  return names(family, tool).resources.has(tool === 'pulumi' ? canonicalToken(type) : type);
}

/** Whether a Terraform provider of the index publishes this data source (plans list them with `mode: "data"`). */
export function isKnownDataSource(type: string): boolean {
  const family = knownProviderOf(type);
  return family !== undefined && toolOf(type) === 'terraform' && names(family, 'terraform').dataSources.has(type);
}

/** Where the index of one family and tool came from (empty when not indexed). */
export function schemaSources(family: Family, tool: Tool): readonly SchemaSource[] {
  return TYPES.families[family]?.[tool]?.sources ?? [];
}

/** The date the index was generated (YYYY-MM-DD). A function: the CLI bundle reads the index on first use only. */
export function schemaGenerated(): string {
  return TYPES.generated;
}
