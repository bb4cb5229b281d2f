// The shape of policy/catalog/schema/types.json and how its compact names expand, shared by the generator
// (scripts/gen-schema-index.ts) and the loader (schema-index.ts), so that the two cannot disagree.

/**
 * A provider family: one cloud or platform, under both tools' names (`google` is Pulumi's `gcp`). `helm` is
 * hashicorp/helm (`helm_*`, Terraform only): Pulumi's Helm resources are tokens of its kubernetes package
 * (`kubernetes:helm.sh/v3:Release`), so they are indexed with `kubernetes`.
 */
export type Family = 'aws' | 'google' | 'azurerm' | 'kubernetes' | 'helm' | 'railway';
export type Tool = 'terraform' | 'pulumi';

export const FAMILIES: readonly Family[] = ['aws', 'google', 'azurerm', 'kubernetes', 'helm', 'railway'];

/** The Pulumi package of each family that has one: the part of a token before the first colon. */
export const PULUMI_PACKAGES: Readonly<Partial<Record<Family, string>>> = { aws: 'aws', google: 'gcp', azurerm: 'azure-native', kubernetes: 'kubernetes' };

export interface SchemaSource {
  /** npm package, or the repository for a provider without one (Railway). */
  package: string;
  version: string;
  /** The upstream provider or API the package binds. */
  upstream: string;
  /** The npm tarball's integrity, as `npm pack` reported it. */
  integrity?: string;
}

export interface TerraformTypes {
  /** The packages read, merged (Google's GA and beta providers both name their types `google_*`). */
  sources: SchemaSource[];
  /** `aws_`: stripped from every name below. */
  prefix: string;
  resources: string[];
  dataSources: string[];
}

export interface PulumiTypes {
  sources: SchemaSource[];
  package: string;
  /** `pulumi:providers:<package>` when the SDK ships a provider resource. */
  provider?: string;
  /** Tokens grouped by module: see `groupTokens`. */
  modules: Record<string, string[]>;
  /** Alias token → the token of the resource that declares it (besides the Azure rule of `versionlessAzureToken`). */
  aliases: Record<string, string>;
}

export interface TypesIndex {
  format: 1;
  /** Date the index was generated (YYYY-MM-DD). */
  generated: string;
  families: Partial<Record<Family, { terraform?: TerraformTypes; pulumi?: PulumiTypes }>>;
}

const TOKEN = /^([^:]+):([^:]+):([^:]+)$/;

/**
 * `aws:ebs/volume:Volume` → module `ebs`, entry `volume:Volume`; `azure-native:storage:StorageAccount` → module
 * `storage`, entry `StorageAccount`; `kubernetes:core/v1:Namespace` → module `core`, entry `v1:Namespace`.
 */
export function groupTokens(packageName: string, tokens: Iterable<string>): Record<string, string[]> {
  const modules: Record<string, string[]> = {};
  for (const token of [...tokens].sort()) {
    const [, pkg, middle = '', name = ''] = TOKEN.exec(token) ?? [];
    if (pkg !== packageName) throw new Error(`${token}: not a ${packageName} token`);
    const slash = middle.indexOf('/');
    (modules[slash < 0 ? middle : middle.slice(0, slash)] ??= []).push(slash < 0 ? name : `${middle.slice(slash + 1)}:${name}`);
  }
  return modules;
}

/** The inverse of `groupTokens`. */
export function expandTokens(packageName: string, modules: Record<string, string[]>): string[] {
  const tokens: string[] = [];
  for (const [module, entries] of Object.entries(modules)) {
    for (const entry of entries) tokens.push(entry.includes(':') ? `${packageName}:${module}/${entry}` : `${packageName}:${module}:${entry}`);
  }
  return tokens.sort();
}

/**
 * `azure-native:storage/v20230101:StorageAccount` → `azure-native:storage:StorageAccount`. azure-native 3.x ships each
 * resource at its default API version only and declares every older versioned token as an alias (31,000 of them),
 * all of this form: the index keeps the rule instead of the list, and the generator checks that it holds.
 */
export function versionlessAzureToken(token: string): string | undefined {
  const m = /^azure-native:([^:/]+)\/v\d{8}[a-z]*:(\w+)$/.exec(token);
  return m ? `azure-native:${m[1]}:${m[2]}` : undefined;
}
