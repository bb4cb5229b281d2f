import { prop } from '../../catalog/catalog.js';
import { defineRule } from '../../engine/define-rule.js';
import { destructiveGrants, parsePolicyDocument } from './iam.js';

// AWS managed policies that allow deleting anything.
const BLANKET_MANAGED = /^arn:aws[a-z-]*:iam::aws:policy\/(AdministratorAccess|PowerUserAccess|AmazonEC2FullAccess|AmazonRDSFullAccess|AmazonS3FullAccess|AWSBackupFullAccess)$/;

export default defineRule({
  id: 'no-blanket-destroy-credentials',
  title: 'Block credentials that can destroy data everywhere',
  severity: 'high',
  defaultLevel: 'block',
  scope: 'state',
  pulumiPolicyType: 'resource',
  rationale:
    'In the incident the CLI token an agent used for a staging fix could delete any volume in any environment. A credential whose grants reach ' +
    'destructive actions (`*`, ec2:DeleteVolume, rds:Delete*, s3:DeleteBucket, backup:DeleteRecoveryPoint…) on every resource, or on resources of ' +
    'several environments, turns any mistake into a cross-environment loss.',
  remediation:
    'Scope the policy to one environment: list the resource ARNs, or add a condition on `aws:ResourceTag/env`. Grant destructive actions only to a ' +
    'break-glass role that a person assumes, never to CI or agent credentials. Prefer deny statements for Delete* on production resources.',
  links: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourcetag',
  ],
  messages: {
    allResources: '{address} allows {actions} on every resource (Resource "*") with no environment condition',
    crossEnv: '{address} allows {actions} on resources of several environments ({environments})',
    managedBlanket: '{address} attaches {policy}, which allows deleting data in every environment',
    cannotTell: '{address}: its policy document is unknown until apply, so its grants cannot be checked',
  },
  examples: {
    bad: ['pulumi-agent-star-policy.json', 'tf-delete-volume-anywhere.json'],
    good: ['pulumi-scoped-policy.json', 'tf-read-only-policy.json'],
  },
  *check({ plan, catalog, environmentOfValue }) {
    for (const resource of plan.resources) {
      const entry = catalog.entry(resource.type);
      const policyArn = prop(resource.properties, 'policy_arn');
      if (typeof policyArn === 'string' && BLANKET_MANAGED.test(policyArn)) {
        yield { messageId: 'managedBlanket', resource, data: { policy: policyArn.split('/').pop() ?? policyArn } };
        continue;
      }
      if (!entry?.iam) continue;
      for (const property of entry.iam.documentProperties) {
        const raw = prop(resource.properties, property);
        if (raw === undefined) {
          if (resource.unknown.includes(property)) yield { messageId: 'cannotTell', resource, data: {} };
          continue;
        }
        const document = parsePolicyDocument(raw);
        if (document === 'unknown') {
          yield { messageId: 'cannotTell', resource, data: {} };
          continue;
        }
        for (const grant of destructiveGrants(document)) {
          const actions = grant.actions.join(', ');
          if (grant.allResources) {
            yield { messageId: 'allResources', resource, data: { actions } };
            continue;
          }
          const envs = new Set<string>();
          for (const arn of grant.resources) {
            const env = environmentOfValue(arn).name;
            if (env) envs.add(env);
          }
          if (envs.size > 1) yield { messageId: 'crossEnv', resource, data: { actions, environments: [...envs].sort().join(', ') } };
        }
      }
    }
  },
});
