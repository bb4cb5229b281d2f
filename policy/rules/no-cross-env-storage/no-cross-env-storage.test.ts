import { describe, expect, test } from 'vitest';
import { flagged, runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import rule from './no-cross-env-storage.js';

const ATTACH = 'urn:pulumi:staging::app::aws:ec2/volumeAttachment:VolumeAttachment::staging-attach';
const SHARED_VOLUME = 'urn:pulumi:staging::app::aws:ebs/volume:Volume::shared-data';
const LOOKALIKE_VOLUME = 'urn:pulumi:staging::app::aws:ebs/volume:Volume::data';
const TF_ATTACH = 'aws_volume_attachment.storage_attachment';

// fixture (./fixtures)                                 resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['tf-staging-attaches-prod-volume.json',             [TF_ATTACH]],                          // created attachment → prod-tagged volume
  ['tf-untouched-attachment-to-prod-volume.json',      [TF_ATTACH]],                          // the same wiring, left untouched (warns)
  ['tf-staging-attaches-prod-data-source-volume.json', [TF_ATTACH]],                          // data.aws_ebs_volume.prod, read while planning
  ['tf-staging-mounts-prod-efs.json',                  ['aws_efs_mount_target.staging']],     // staging subnet, prod file system
  ['tf-unknown-volume-id.json',                        [TF_ATTACH]],                          // volume_id from a module output: cannot tell
  ['tf-same-env-attachment.json',                      []],
  ['tf-same-env-mount.json',                           []],
  ['pulumi-staging-attaches-prod-volume.json',         [ATTACH]],                             // propertyDependencies.volumeId → prod volume
  ['pulumi-staging-reads-prod-volume.json',            [ATTACH]],                             // aws.ebs.Volume.get(): a read step
  ['pulumi-lookalike-env-tag.json',                    [LOOKALIKE_VOLUME]],                   // env: "prоd" with a Cyrillic о
  ['pulumi-lookalike-env-key.json',                    [ATTACH, LOOKALIKE_VOLUME]],           // "еnv": "prod" with a Cyrillic е: still prod
  ['pulumi-non-ascii-labels.json',                     []],                                   // team: ünïcode-team; an unlinked volume env: 生产
  ['pulumi-same-env-attachment.json',                  []],
  ['pulumi-state-staging-attaches-prod-volume.json',   [ATTACH]],
  ['pulumi-state-same-env-attachment.json',            []],
  ['cdktf-staging-attaches-prod-volume.json',          ['aws_efs_mount_target.staging-files-mount', 'aws_volume_attachment.staging-attach']], // the incident synth
  ['cdktf-same-env-attachment.json',                   []],                                   // the fixed synth
  ['tf-staging-function-mounts-prod-file-system.json', ['aws_lambda_function.thumbnails']],  // a reference inside a nested block (file_system_config.0.arn)
] as const;

/** Account ids per environment, as a deploy-gate.yml would map them. */
const ACCOUNTS = { environments: { prod: { accounts: ['222222222222'] }, staging: { accounts: ['111111111111'] } } };

const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('a created staging attachment of a prod volume blocks; its environment comes from the instance it attaches', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-staging-attaches-prod-volume.json')).toMatchObject([
      { resource: TF_ATTACH, messageId: 'crossEnv', level: 'block', action: 'create', type: 'aws_volume_attachment' },
    ]);
    expect(yielded('tf-staging-attaches-prod-volume.json')).toEqual([{
      resource: TF_ATTACH, messageId: 'crossEnv',
      data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', target: 'aws_ebs_volume.storage', targetEnv: 'prod' },
    }]);
  });

  test('a state rule only warns about an attachment the plan leaves untouched', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-untouched-attachment-to-prod-volume.json')).toMatchObject([
      { resource: TF_ATTACH, messageId: 'crossEnv', level: 'warn', action: 'present' },
    ]);
  });

  test('a volume another stack owns, read as a data source, is the violation', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-staging-attaches-prod-data-source-volume.json')).toMatchObject([
      { resource: TF_ATTACH, messageId: 'crossEnv', level: 'block' },
    ]);
    expect(yielded('tf-staging-attaches-prod-data-source-volume.json')).toEqual([{
      resource: TF_ATTACH, messageId: 'crossEnv',
      data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', target: 'data.aws_ebs_volume.prod', targetEnv: 'prod' },
    }]);
  });

  test('a staging mount target of a prod file system', () => {
    expect(yielded('tf-staging-mounts-prod-efs.json')).toEqual([{
      resource: 'aws_efs_mount_target.staging', messageId: 'crossEnv',
      data: { sourceEnv: 'staging', verb: 'mounts', kind: 'file-system', target: 'aws_efs_file_system.shared', targetEnv: 'prod' },
    }]);
  });

  test('a volume id unknown until apply with no reference to follow cannot be told, and blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-unknown-volume-id.json')).toMatchObject([
      { resource: TF_ATTACH, messageId: 'cannotTell', level: 'block' },
    ]);
    expect(yielded('tf-unknown-volume-id.json')).toEqual([{
      resource: TF_ATTACH, messageId: 'cannotTell', data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', property: 'volume_id' },
    }]);
  });

  test.for([
    'pulumi-staging-attaches-prod-volume.json',
    'pulumi-staging-reads-prod-volume.json',
  ])('%s: Pulumi wiring by propertyDependencies, the attachment in the staging stack', (file) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([
      { resource: ATTACH, messageId: 'crossEnv', level: 'block', action: 'create', environment: 'staging' },
    ]);
    expect(yielded(file)).toEqual([{
      resource: ATTACH, messageId: 'crossEnv', data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', target: SHARED_VOLUME, targetEnv: 'prod' },
    }]);
  });

  test('an env tag spelled with look-alike characters is itself a finding, and matches no environment', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-lookalike-env-tag.json')).toMatchObject([
      { resource: LOOKALIKE_VOLUME, messageId: 'lookalike', level: 'block', environment: null },
    ]);
    expect(yielded('pulumi-lookalike-env-tag.json')).toEqual([
      { resource: LOOKALIKE_VOLUME, messageId: 'lookalike', data: { value: 'pr\u043ed', looksLike: 'prod', part: 'value' } },
    ]);
  });

  test('a tag key spelled with look-alike characters counts as that key, and is reported where it decides', () => {
    expect(yielded('pulumi-lookalike-env-key.json')).toEqual([
      { resource: LOOKALIKE_VOLUME, messageId: 'lookalike', data: { value: '\u0435nv', looksLike: 'env', part: 'key' } },
      { resource: ATTACH, messageId: 'crossEnv', data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', target: LOOKALIKE_VOLUME, targetEnv: 'prod' } },
    ]);
  });

  test('in a stack export (what exists now) it warns', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-state-staging-attaches-prod-volume.json')).toMatchObject([
      { resource: ATTACH, messageId: 'crossEnv', level: 'warn' },
    ]);
  });

  test('in a cdktf synth (the intended result) it blocks: the incident stack attaches and mounts prod storage', () => {
    expect(runFixture(rule, import.meta.dirname, 'cdktf-staging-attaches-prod-volume.json')).toMatchObject([
      { resource: 'aws_efs_mount_target.staging-files-mount', messageId: 'crossEnv', level: 'block', environment: 'staging' },
      { resource: 'aws_volume_attachment.staging-attach', messageId: 'crossEnv', level: 'block', environment: 'staging' },
    ]);
    expect(yielded('cdktf-staging-attaches-prod-volume.json')).toEqual([
      {
        resource: 'aws_efs_mount_target.staging-files-mount', messageId: 'crossEnv',
        data: { sourceEnv: 'staging', verb: 'mounts', kind: 'file-system', target: 'aws_efs_file_system.shared-files', targetEnv: 'prod' },
      },
      {
        resource: 'aws_volume_attachment.staging-attach', messageId: 'crossEnv',
        data: { sourceEnv: 'staging', verb: 'attaches', kind: 'volume', target: 'aws_ebs_volume.shared-data', targetEnv: 'prod' },
      },
    ]);
  });

  test('an ARN in an account that config maps to prod is prod; without that config it names no environment', () => {
    const file = 'tf-replica-of-db-in-another-account.json';
    expect(runFixture(rule, import.meta.dirname, file)).toEqual([]);
    const findings = runFixture(rule, import.meta.dirname, file, ACCOUNTS);
    expect(flagged(findings)).toEqual(['aws_db_instance.replica']);
    expect(findings).toMatchObject([{ messageId: 'crossEnv', level: 'block', environment: 'staging' }]);
    expect(findings[0]?.message).toContain('replicates database arn:aws:rds:us-west-2:222222222222:db:prod-orders of environment prod');
  });

  test('account config does not change what tags already decide', () => {
    for (const [file, expected] of cases) {
      expect(flagged(runFixture(rule, import.meta.dirname, file, ACCOUNTS))).toEqual([...expected].sort());
    }
  });
});
