import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { coversEveryAccount, DESTRUCTIVE_ACTIONS, destructiveGrants, parsePolicyDocument, scopedByCondition, type Statement } from './iam.js';

const grantsOf = (...statements: Statement[]) => destructiveGrants({ Statement: statements });

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
    ['a JSON number', '42'],
    ['a JSON list', '[]'],
    ['a number', 42],
    ['undefined', undefined],
  ] as const)('%s is unknown, never a document', ([, raw]) => {
    expect(parsePolicyDocument(raw)).toBe('unknown');
  });
});

describe('destructiveGrants', () => {
  test('Action "*" on Resource "*" is a blanket grant', () => {
    expect(grantsOf({ Effect: 'Allow', Action: '*', Resource: '*' })).toEqual([
      { actions: ['*'], allResources: true, everyResource: '*', resources: [] },
    ]);
  });

  test('only patterns that reach a destructive action are kept, with IAM wildcards and any case', () => {
    expect(grantsOf({ Effect: 'Allow', Action: ['ec2:Describe*', 'EC2:deletevolume', 'rds:Delete*', 's3:GetObject', 'ec2:DeleteVolum?'], Resource: '*' }))
      .toMatchObject([{ actions: ['EC2:deletevolume', 'rds:Delete*', 'ec2:DeleteVolum?'], allResources: true }]);
    expect(grantsOf({ Effect: 'Allow', Action: ['ec2:Describe*', 's3:GetObject', 'logs:*'], Resource: '*' })).toEqual([]);
  });

  test('a missing Effect reads as Allow; Deny takes away, it never grants', () => {
    expect(grantsOf({ Action: 'ec2:DeleteVolume', Resource: '*' })).toMatchObject([{ allResources: true }]);
    expect(grantsOf({ Effect: 'Deny', Action: '*', Resource: '*' })).toEqual([]);
  });

  test('Allow with NotAction grants everything it does not list', () => {
    expect(grantsOf({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*' })).toEqual([
      { actions: ['everything except iam:*'], allResources: true, everyResource: '*', resources: [] },
    ]);
    expect(grantsOf({ Effect: 'Allow', NotAction: '*', Resource: '*' })).toEqual([]);
  });

  test.for([
    ['NotResource', { NotResource: 'arn:aws:ec2:us-east-1:111111111111:volume/vol-keep' }, 'NotResource'],
    ['a wildcard account', { Resource: 'arn:aws:ec2:*:*:volume/*' }, 'arn:aws:ec2:*:*:volume/*'],
    ['every bucket', { Resource: ['arn:aws:s3:::deploy-gate-example-staging-app-data', 'arn:aws:s3:::*'] }, 'arn:aws:s3:::*'],
  ] as Array<[string, Statement, string]>)('%s reaches every environment like "*"', ([, scope, everyResource]) => {
    expect(grantsOf({ Effect: 'Allow', Action: 's3:DeleteBucket', ...scope })).toMatchObject([{ allResources: true, everyResource }]);
  });

  test('named resources are listed for the environment check', () => {
    const resources = ['arn:aws:ec2:us-east-1:111111111111:volume/*', 'arn:aws:s3:::deploy-gate-example-staging-*'];
    expect(grantsOf({ Effect: 'Allow', Action: ['ec2:DeleteVolume', 's3:DeleteBucket'], Resource: resources })).toEqual([
      { actions: ['ec2:DeleteVolume', 's3:DeleteBucket'], allResources: false, resources },
    ]);
  });

  test.for([
    ['StringEquals on aws:ResourceTag/env', { StringEquals: { 'aws:ResourceTag/env': 'staging' } }, true],
    ['StringEquals on aws:ResourceAccount', { StringEquals: { 'aws:ResourceAccount': '111111111111' } }, true],
    ['ForAllValues on aws:RequestTag/env', { 'ForAllValues:StringEquals': { 'aws:RequestTag/env': ['staging'] } }, true],
    ['...IfExists: an untagged resource passes', { StringEqualsIfExists: { 'aws:ResourceTag/env': 'staging' } }, false],
    ['Null: any tagged resource passes', { Null: { 'aws:ResourceTag/env': 'false' } }, false],
    ['a "*" value: any tag passes', { StringLike: { 'aws:ResourceTag/env': '*' } }, false],
    ['another key', { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }, false],
  ] as const)('a condition %s scopes the grant: %s', ([, condition, scoped]) => {
    const statement: Statement = { Effect: 'Allow', Action: 'ec2:Delete*', Resource: '*', Condition: condition };
    expect(scopedByCondition(statement)).toBe(scoped);
    expect(grantsOf(statement)).toMatchObject([{ allResources: !scoped }]);
  });

  test('coversEveryAccount', () => {
    expect(['*', 'arn:aws:ec2:us-east-1:*:volume/*', 'arn:aws:s3:::*', 'arn:aws:s3:::*/*', 'arn:*:*:*:*:*'].every(coversEveryAccount)).toBe(true);
    expect(['arn:aws:ec2:us-east-1:111111111111:volume/*', 'arn:aws:s3:::prod-*', 'arn:aws:ec2:*:111111111111:volume/*', 'not-an-arn']
      .some(coversEveryAccount)).toBe(false);
  });
});

// Properties over generated statements: the building blocks are real IAM vocabulary plus noise.
const actionPattern = fc.oneof(
  fc.constantFrom(...DESTRUCTIVE_ACTIONS),
  fc.constantFrom('*', 'ec2:*', 'ec2:Delete*', 's3:Delete*', 'rds:*', 'ec2:Describe*', 's3:GetObject', 'logs:*', 'iam:PassRole', 'sts:AssumeRole'),
  fc.string(),
);
const resourcePattern = fc.oneof(
  fc.constantFrom('*', 'arn:aws:ec2:us-east-1:111111111111:volume/*', 'arn:aws:ec2:*:*:volume/*', 'arn:aws:s3:::bucket', 'arn:aws:s3:::*'),
  fc.string(),
);
const oneOrMany = <T>(arb: fc.Arbitrary<T>) => fc.oneof(arb, fc.array(arb, { maxLength: 4 }));
const condition = fc.dictionary(
  fc.constantFrom('StringEquals', 'StringLike', 'StringEqualsIfExists', 'Null', 'ForAnyValue:StringEquals', 'Bool'),
  fc.dictionary(fc.constantFrom('aws:ResourceTag/env', 'aws:RequestTag/env', 'aws:ResourceAccount', 'aws:SourceIp'),
    oneOrMany(fc.constantFrom('staging', 'prod', '*', '111111111111')), { maxKeys: 2 }),
  { maxKeys: 2 },
);
const statement = fc.record({
  Effect: fc.constantFrom('Allow', 'Deny'),
  Action: oneOrMany(actionPattern),
  NotAction: oneOrMany(actionPattern),
  Resource: oneOrMany(resourcePattern),
  NotResource: oneOrMany(resourcePattern),
  Condition: condition,
}, { requiredKeys: ['Effect'] });

describe('destructiveGrants properties', () => {
  test('a Deny statement never yields a grant, whatever it names', () => {
    fc.assert(fc.property(statement, (s) => {
      expect(grantsOf({ ...s, Effect: 'Deny' })).toEqual([]);
    }));
  });

  test('adding a destructive action to an Allow statement on Resource "*" with no condition always yields allResources', () => {
    fc.assert(fc.property(fc.array(actionPattern, { maxLength: 5 }), fc.constantFrom(...DESTRUCTIVE_ACTIONS), fc.boolean(),
      (actions, destructive, asList) => {
        const grants = grantsOf({ Effect: 'Allow', Action: [...actions, destructive], Resource: asList ? ['*'] : '*' });
        expect(grants).toHaveLength(1);
        expect(grants[0]).toMatchObject({ allResources: true, everyResource: '*' });
        expect(grants[0]?.actions).toContain(destructive);
      }));
  });

  test('a statement scoped by an exact env tag never yields allResources', () => {
    fc.assert(fc.property(statement, fc.constantFrom('staging', 'prod'), (s, env) => {
      const scoped = { ...s, Effect: 'Allow', Condition: { ...s.Condition, StringEquals: { 'aws:ResourceTag/env': env } } };
      expect(grantsOf(scoped).every((g) => !g.allResources)).toBe(true);
    }));
  });

  test('a document grants what its statements grant one by one, in order', () => {
    fc.assert(fc.property(fc.array(statement, { maxLength: 5 }), (statements) => {
      expect(grantsOf(...statements)).toEqual(statements.flatMap((s) => grantsOf(s)));
    }));
  });

  test('any JSON value, as text or as an object, is read without throwing', () => {
    fc.assert(fc.property(fc.oneof(fc.jsonValue(), fc.json(), fc.record({ Statement: fc.jsonValue() })), (raw) => {
      const document = parsePolicyDocument(raw);
      if (document !== 'unknown') expect(() => destructiveGrants(document)).not.toThrow();
    }));
  });
});
