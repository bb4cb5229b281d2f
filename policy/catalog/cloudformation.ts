// CloudFormation facts: which template resources a stack delete deletes (DeletionPolicy and its defaults,
// data-model.md §1.2), with template types mapped onto the catalog through their Cloud Control and Pulumi names.

import type { Catalog } from './catalog.js';
import type { CatalogEntry } from './types.js';
import { yaml } from './yaml.js';

// CloudFormation keeps a resource whose DeletionPolicy is one of these; Snapshot keeps a snapshot of it.
const KEEPS = new Set(['Retain', 'RetainExceptOnCreate', 'Snapshot']);

/**
 * The data resources of a CloudFormation template (JSON or YAML) that a stack delete deletes: every resource whose
 * type the catalog knows as data and whose DeletionPolicy is not Retain, RetainExceptOnCreate or Snapshot. Without
 * one, RDS clusters and RDS instances outside a cluster default to Snapshot (data-model.md §1.2). `undefined` when
 * the template cannot be read (absent: a `template_url`; unknown until apply; not JSON nor YAML).
 */
export function templateData(catalog: Catalog, template: unknown): string[] | undefined {
  const document = parseTemplate(template);
  const resources = document && typeof document === 'object' ? (document as Record<string, unknown>).Resources : undefined;
  if (!resources || typeof resources !== 'object') return undefined;
  const out: string[] = [];
  for (const [name, value] of Object.entries(resources as Record<string, unknown>)) {
    if (!value || typeof value !== 'object') continue;
    const { Type: type, DeletionPolicy: policy, Properties: props } = value as Record<string, unknown>;
    if (typeof type !== 'string') continue;
    const entry = cloudFormationEntry(catalog, type);
    if (entry?.role !== 'data' || !entry.data) continue;
    if (typeof policy === 'string' && KEEPS.has(policy)) continue;
    const clusterMember = props && typeof props === 'object' && 'DBClusterIdentifier' in props;
    if (policy === undefined && (type === 'AWS::RDS::DBCluster' || (type === 'AWS::RDS::DBInstance' && !clusterMember))) continue;
    if (type === 'AWS::RDS::DBInstance' && clusterMember) continue;
    out.push(`${entry.data.kind} ${name} (${type})`);
  }
  return out;
}

/** The logical names of every resource of a template (any type); empty when it cannot be read. */
export function templateNames(template: unknown): string[] {
  const document = parseTemplate(template);
  const resources = document && typeof document === 'object' ? (document as Record<string, unknown>).Resources : undefined;
  return resources && typeof resources === 'object' ? Object.keys(resources) : [];
}

function parseTemplate(template: unknown): unknown {
  if (typeof template !== 'string' || template.trim() === '') return typeof template === 'object' ? template : undefined;
  try {
    return JSON.parse(template);
  } catch {
    try {
      // Intrinsic short forms (!Ref, !GetAtt…) are custom tags: kept as their plain values.
      return yaml().parse(template, { logLevel: 'silent', customTags: (tags) => tags });
    } catch {
      return undefined;
    }
  }
}

/** `AWS::DynamoDB::Table` → the catalog entry of `aws-native:dynamodb:Table` or `aws:dynamodb/table:Table`. */
function cloudFormationEntry(catalog: Catalog, type: string): CatalogEntry | undefined {
  const match = /^AWS::([A-Za-z0-9]+)::([A-Za-z0-9]+)$/.exec(type);
  if (!match) return undefined;
  const [, service, name] = match as unknown as [string, string, string];
  const lower = service.toLowerCase();
  return catalog.entryIgnoringCase(`aws-native:${lower}:${name}`)
    ?? catalog.entryIgnoringCase(`aws:${lower}/${name[0]!.toLowerCase()}${name.slice(1)}:${name}`);
}
