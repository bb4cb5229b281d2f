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
      { resource: 'aws_iam_user_policy.userpolicy', messageId: 'allResources', data: { actions: 'ec2:DetachVolume, ec2:DeleteVolume', resources: '*' } },
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
      resource: 'aws_iam_role_policy.cleanup', messageId: 'crossEnv', data: { actions: 'ec2:DetachVolume, ec2:DeleteVolume', environments: 'prod, staging' },
    }]);
  });

  test('ARNs of two accounts span environments once config maps the accounts; unmapped they name none', () => {
    const file = 'tf-delete-volumes-in-two-accounts.json';
    expect(runFixture(rule, import.meta.dirname, file)).toEqual([]);
    const findings = runFixture(rule, import.meta.dirname, file, ACCOUNTS);
    expect(findings).toMatchObject([{ resource: 'aws_iam_role_policy.cleanup', messageId: 'crossEnv', level: 'block' }]);
    expect(findings[0]?.message).toBe(
      'aws_iam_role_policy.cleanup allows ec2:DetachVolume, ec2:DeleteVolume on resources of several environments (prod, staging)');
  });

  test.for([
    ['tf-admin-policy-attachment.json', 'aws_iam_role_policy_attachment.admin', 'block'],
    ['pulumi-state-admin-role-attachment.json', EXPORTED_ATTACHMENT, 'warn'],
    ['pulumi-state-role-with-managed-admin-policy.json', EXPORTED_ROLE, 'warn'],
  ] as const)('%s: an AWS managed blanket policy', ([file, resource, level]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ resource, messageId: 'managedBlanket', level }]);
    expect(yielded(file)).toEqual([{ resource, messageId: 'managedBlanket', data: { policy: 'AdministratorAccess' } }]);
  });

  test('managed blanket policies attached to a group, and to the agent role through an exclusive aws_iam_policy_attachment', () => {
    const file = 'tf-admin-group-and-exclusive-attachments.json';
    expect(yielded(file)).toEqual([
      { resource: 'aws_iam_group_policy_attachment.power_user', messageId: 'managedBlanket', data: { policy: 'PowerUserAccess' } },
      { resource: 'aws_iam_policy_attachment.admin', messageId: 'managedBlanket', data: { policy: 'AdministratorAccess' } },
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
