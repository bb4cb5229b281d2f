// The Pulumi and cdktf examples must tell the same story: same names, same types, same protected resources.
import { describe, expect, test } from 'vitest';
import { synthExample } from './cdktf/app.js';
import { runPulumiExample } from './pulumi/run-in-process.js';

/** Pulumi type token -> Terraform type, for the types the examples use. */
const TF_TYPE: Record<string, string> = {
  'aws:ebs/volume:Volume': 'aws_ebs_volume',
  'aws:ec2/instance:Instance': 'aws_instance',
  'aws:ec2/volumeAttachment:VolumeAttachment': 'aws_volume_attachment',
  'aws:efs/fileSystem:FileSystem': 'aws_efs_file_system',
  'aws:efs/mountTarget:MountTarget': 'aws_efs_mount_target',
  'aws:rds/instance:Instance': 'aws_db_instance',
  'aws:backup/vault:Vault': 'aws_backup_vault',
  'aws:backup/vaultLockConfiguration:VaultLockConfiguration': 'aws_backup_vault_lock_configuration',
  'aws:backup/plan:Plan': 'aws_backup_plan',
  'aws:backup/selection:Selection': 'aws_backup_selection',
  'aws:s3/bucket:Bucket': 'aws_s3_bucket',
  'aws:s3/bucketVersioning:BucketVersioning': 'aws_s3_bucket_versioning',
  'aws:iam/user:User': 'aws_iam_user',
  'aws:iam/policy:Policy': 'aws_iam_policy',
  'aws:iam/userPolicy:UserPolicy': 'aws_iam_user_policy',
  'aws:iam/userPolicyAttachment:UserPolicyAttachment': 'aws_iam_user_policy_attachment',
  'aws:iam/accessKey:AccessKey': 'aws_iam_access_key',
};

type Blocks = Record<string, Record<string, Record<string, unknown>>>;

describe('Pulumi and cdktf examples match', () => {
  test.for([
    ['incident', 'staging'],
    ['incident', 'prod'],
    ['fixed', 'staging'],
    ['fixed', 'prod'],
  ] as const)('%s on %s', async ([variant, env]) => {
    const regs = await runPulumiExample({ variant, stack: env });
    const tf = synthExample(variant, env) as { resource: Blocks; data?: Blocks };
    const managed = regs.filter((r) => !r.external && !r.type.startsWith('pulumi:providers:'));
    const reads = regs.filter((r) => r.external);
    const flat = (blocks: Blocks | undefined): string[] =>
      Object.entries(blocks ?? {}).flatMap(([t, byName]) => Object.keys(byName).map((n) => `${t}.${n}`));

    expect(managed.map((r) => `${TF_TYPE[r.type] ?? r.type}.${r.name}`).sort()).toEqual(flat(tf.resource).sort());
    expect(reads.map((r) => `${TF_TYPE[r.type] ?? r.type}.${r.name}`).sort()).toEqual(
      flat(tf.data).filter((a) => a !== 'aws_caller_identity.current').sort(),
    );
    const protectedPulumi = managed.filter((r) => r.options.protect === true).map((r) => `${TF_TYPE[r.type]}.${r.name}`);
    const preventDestroy = Object.entries(tf.resource).flatMap(([t, byName]) =>
      Object.entries(byName)
        .filter(([, b]) => (b.lifecycle as { prevent_destroy?: boolean } | undefined)?.prevent_destroy === true)
        .map(([n]) => `${t}.${n}`),
    );
    expect(protectedPulumi.sort()).toEqual(preventDestroy.sort());
  });
});
