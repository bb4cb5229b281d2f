import { camelCase, prop } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';
import { isUnknown, type Properties, type Resource } from '../../model/plan.js';
import { destructiveGrants, list, parsePolicyDocument } from './iam.js';

// AWS managed policies that allow deleting anything.
const BLANKET_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|PowerUserAccess|AmazonEC2FullAccess|AmazonRDSFullAccess|AmazonS3FullAccess|AWSBackupFullAccess)$/;

export default defineRule({
  id: 'no-blanket-destroy-credentials',
  title: 'Block credentials that can destroy data everywhere',
  severity: 'high',
  defaultLevel: 'block',
  scope: 'state',
  concern: 'exposes',
  pulumiPolicyType: 'resource',
  rationale:
    'In the incident the CLI token an agent used for a staging fix could delete any volume in any environment. A credential whose grants reach ' +
    'destructive actions (`*`, ec2:DeleteVolume, rds:Delete*, s3:DeleteBucket, backup:DeleteRecoveryPoint…) on every resource, or on resources of ' +
    'several environments, turns any mistake into a cross-environment loss.',
  remediation:
    'Scope the policy to one environment: list the resource ARNs, or add a condition on `aws:ResourceTag/env`. Grant destructive actions only to a ' +
    'break-glass role that a person assumes, never to CI or agent credentials. Prefer deny statements for Delete* on production resources.',
  fix: 'Scope the grant to one environment; keep deletes for a break-glass role.',
  links: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourcetag',
  ],
  messages: {
    allResources: '{address} allows {actions} on every resource ({resources}) with no environment condition',
    crossEnv: '{address} allows {actions} on resources of several environments ({environments})',
    managedBlanket: '{address} attaches {policy}, which allows deleting data in every environment',
    cannotTell: '{address}: its policy document or attached policy is unknown until apply, so its grants cannot be checked',
  },
  planText: ['actions', 'resources'],
  examples: {
    bad: [
      'pulumi-agent-star-policy.json',
      'pulumi-policy-known-after-apply.json',
      'pulumi-state-role-with-cleanup-policy.json',
      'pulumi-state-admin-role-attachment.json',
      'pulumi-state-role-with-managed-admin-policy.json',
      'tf-delete-volume-anywhere.json',
      'tf-delete-prod-and-staging-volumes.json',
      'tf-admin-policy-attachment.json',
      'tf-admin-group-and-exclusive-attachments.json',
      'tf-policy-known-after-apply.json',
      'tf-attached-policy-known-after-apply.json',
      'cdktf-incident-ci-agent.json',
    ],
    good: [
      'pulumi-scoped-policy.json',
      'pulumi-state-role-with-log-policy.json',
      'tf-read-only-policy.json',
      'tf-roles-without-inline-policy.json',
      'tf-read-only-group-attachment.json',
      'cdktf-fixed-ci-agent.json',
    ],
  },
  *check({ plan, catalog, environmentOf, environmentOfValue, find }) {
    // A granted ARN that names a resource of this plan has that resource's environment (its tags, account, stack);
    // any other ARN only the account ids and name patterns of the config can place.
    const environmentOfArn = (arn: string) => {
      const target = find(arn) ?? (arn.endsWith('/*') ? find(arn.slice(0, -2)) : undefined);
      return target ? environmentOf(target) : environmentOfValue(arn);
    };
    for (const resource of plan.resources) {
      const managed = [...list(prop(resource.properties, 'policy_arn')), ...list(prop(resource.properties, 'managed_policy_arns'))]
        .filter((arn) => BLANKET_MANAGED.test(arn));
      for (const arn of managed) yield { messageId: 'managedBlanket', resource, data: { policy: arn.split('/').pop() ?? arn } };
      // An attached policy known only after apply could be AdministratorAccess: it cannot pass unchecked, unless it
      // is a policy of this plan (then that policy is judged on its own document).
      const attachesPlanPolicy = resource.references.some((r) => (r.property === 'policy_arn' || r.property === 'policyArn') && find(r.target));
      if (isUnknown(resource, 'policy_arn', 'policyArn') && !attachesPlanPolicy) {
        yield { messageId: 'cannotTell', resource, data: {} };
        continue;
      }
      const entry = catalog.entry(resource.type);
      if (!entry?.iam) continue;
      const everywhere = new Set<string>();
      const blanketPatterns = new Set<string>();
      const acrossEnvironments = new Map<string, Set<string>>();
      let unreadable = false;
      for (const property of entry.iam.documentProperties) {
        for (const raw of documentsAt(resource, property)) {
          const document = parsePolicyDocument(raw);
          if (raw === undefined || document === 'unknown') {
            unreadable = true;
            continue;
          }
          for (const grant of destructiveGrants(document)) {
            if (grant.allResources) {
              for (const action of grant.actions) everywhere.add(action);
              if (grant.everyResource) blanketPatterns.add(grant.everyResource);
              continue;
            }
            const environments = new Set<string>();
            for (const arn of grant.resources) {
              const name = environmentOfArn(arn).name;
              if (name) environments.add(name);
            }
            if (environments.size < 2) continue;
            for (const action of grant.actions) {
              const set = acrossEnvironments.get(action) ?? new Set<string>();
              for (const name of environments) set.add(name);
              acrossEnvironments.set(action, set);
            }
          }
        }
      }
      // One finding per kind and resource, however many statements repeat it.
      if (everywhere.size > 0) {
        yield { messageId: 'allResources', resource, data: { actions: [...everywhere].join(', '), resources: [...blanketPatterns].join(', ') } };
      }
      if (acrossEnvironments.size > 0) {
        const environments = new Set([...acrossEnvironments.values()].flatMap((s) => [...s]));
        yield { messageId: 'crossEnv', resource, data: { actions: [...acrossEnvironments.keys()].join(', '), environments: [...environments].sort().join(', ') } };
      }
      if (unreadable) yield { messageId: 'cannotTell', resource, data: {} };
    }
  },
});

/**
 * The policy documents at a catalog path (`policy`, `inline_policy.*.policy`): one entry per document, `undefined` for
 * one that is unknown until apply. An absent or empty document yields nothing: AWS reports a role without inline
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
    return isUnknown(resource, head, camelCase(head)) ? [undefined] : [];
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
