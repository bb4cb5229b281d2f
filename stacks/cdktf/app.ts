// The example stacks as a cdktf app: the same incident and fix as ../pulumi/program.ts (see ../example.ts).
//
// Provider classes are imported one by one from their subpaths: the @cdktf/provider-aws package root loads every
// AWS resource class (about 2.7 s and 565 MB).
//
// Terraform addresses per variant, for env E = staging | prod (the stack is named E):
//   incident, E = staging: aws_ebs_volume.shared-data (tags env=prod), aws_instance.staging-app,
//     aws_volume_attachment.staging-attach (volume_id = ${aws_ebs_volume.shared-data.id}),
//     aws_efs_file_system.shared-files (tags env=prod), aws_efs_mount_target.staging-files-mount,
//     aws_db_instance.app-db, aws_backup_vault.backup-vault, aws_backup_plan.backup-plan,
//     aws_backup_selection.backup-selection, aws_s3_bucket.app-data, aws_iam_user.ci-agent,
//     aws_iam_policy.ci-agent-policy, aws_iam_user_policy_attachment.ci-agent-policy-attach,
//     aws_iam_user_policy.ci-agent-cleanup, aws_iam_access_key.ci-agent-key;
//     data.aws_caller_identity.current.
//   incident, E = prod: the same, except that the shared volume and file system are data sources
//     (data.aws_ebs_volume.shared-data, data.aws_efs_file_system.shared-files): staging owns them.
//   fixed: aws_ebs_volume.E-data, aws_instance.E-app, aws_volume_attachment.E-attach, aws_efs_file_system.E-files,
//     aws_efs_mount_target.E-files-mount, aws_db_instance.app-db, aws_backup_vault.backup-vault,
//     aws_backup_vault_lock_configuration.backup-vault-lock, aws_backup_vault.backup-vault-dr (provider aws.dr,
//     us-west-2), aws_backup_vault_lock_configuration.backup-vault-dr-lock, aws_backup_plan.backup-plan (copy_action
//     to the dr vault), aws_backup_selection.backup-selection, aws_s3_bucket.app-data,
//     aws_s3_bucket_versioning.app-data-versioning, aws_s3_bucket.app-backups,
//     aws_s3_bucket_versioning.app-backups-versioning, aws_iam_user.ci-agent, aws_iam_policy.ci-agent-policy,
//     aws_iam_user_policy_attachment.ci-agent-policy-attach, aws_iam_access_key.ci-agent-key;
//     data.aws_caller_identity.current. `lifecycle.prevent_destroy` on the volume, file system, database, both
//     vaults, both vault locks and both buckets.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, LocalBackend, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider/index.js';
import { BackupPlan } from '@cdktf/provider-aws/lib/backup-plan/index.js';
import { BackupSelection } from '@cdktf/provider-aws/lib/backup-selection/index.js';
import { BackupVault } from '@cdktf/provider-aws/lib/backup-vault/index.js';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration/index.js';
import { DataAwsCallerIdentity } from '@cdktf/provider-aws/lib/data-aws-caller-identity/index.js';
import { DataAwsEbsVolume } from '@cdktf/provider-aws/lib/data-aws-ebs-volume/index.js';
import { DataAwsEfsFileSystem } from '@cdktf/provider-aws/lib/data-aws-efs-file-system/index.js';
import { DbInstance } from '@cdktf/provider-aws/lib/db-instance/index.js';
import { EbsVolume } from '@cdktf/provider-aws/lib/ebs-volume/index.js';
import { EfsFileSystem } from '@cdktf/provider-aws/lib/efs-file-system/index.js';
import { EfsMountTarget } from '@cdktf/provider-aws/lib/efs-mount-target/index.js';
import { IamAccessKey } from '@cdktf/provider-aws/lib/iam-access-key/index.js';
import { IamPolicy } from '@cdktf/provider-aws/lib/iam-policy/index.js';
import { IamUser } from '@cdktf/provider-aws/lib/iam-user/index.js';
import { IamUserPolicy } from '@cdktf/provider-aws/lib/iam-user-policy/index.js';
import { IamUserPolicyAttachment } from '@cdktf/provider-aws/lib/iam-user-policy-attachment/index.js';
import { Instance } from '@cdktf/provider-aws/lib/instance/index.js';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket/index.js';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning/index.js';
import { VolumeAttachment } from '@cdktf/provider-aws/lib/volume-attachment/index.js';
import {
  AMI,
  AVAILABILITY_ZONE,
  DR_REGION,
  REGION,
  SHARED_IDS,
  SUBNETS,
  backupRoleArn,
  bucketName,
  fixedCiPolicy,
  incidentAdminPolicy,
  incidentCleanupPolicy,
  type Env,
  type Variant,
} from '../example.js';

export type { Env, Variant } from '../example.js';

/** One environment's stack. Its name is the environment (`staging` | `prod`), as the Pulumi stacks are named. */
export class ExampleStack extends TerraformStack {
  constructor(scope: Construct, readonly variant: Variant, readonly env: Env) {
    super(scope, env);
    new LocalBackend(this, { path: `terraform.${env}.tfstate` });
    new AwsProvider(this, 'aws', { region: REGION });
    if (variant === 'incident') this.incident();
    else this.fixed();
  }

  private accountId(): string {
    return new DataAwsCallerIdentity(this, 'current').accountId;
  }

  private app(): Instance {
    const env = this.env;
    return new Instance(this, `${env}-app`, {
      ami: AMI,
      instanceType: 't3.micro',
      availabilityZone: AVAILABILITY_ZONE,
      subnetId: SUBNETS[env],
      tags: { env, Name: `${env}-app` },
    });
  }

  private incident(): void {
    const env = this.env;
    const accountId = this.accountId();

    // The production volume and file system: owned (and unprotected) by the staging stack, only read by prod.
    let sharedData: { id: string; arn: string };
    let sharedFilesId: string;
    if (env === 'staging') {
      sharedData = new EbsVolume(this, 'shared-data', {
        availabilityZone: AVAILABILITY_ZONE,
        size: 500,
        type: 'gp3',
        encrypted: true,
        tags: { env: 'prod', Name: 'shared-data' },
      });
      sharedFilesId = new EfsFileSystem(this, 'shared-files', {
        encrypted: true,
        tags: { env: 'prod', Name: 'shared-files' },
      }).id;
    } else {
      sharedData = new DataAwsEbsVolume(this, 'shared-data', {
        filter: [{ name: 'volume-id', values: [SHARED_IDS.volume] }],
      });
      sharedFilesId = new DataAwsEfsFileSystem(this, 'shared-files', { fileSystemId: SHARED_IDS.fileSystem }).id;
    }

    const instance = this.app();
    new VolumeAttachment(this, `${env}-attach`, {
      deviceName: '/dev/sdf',
      volumeId: sharedData.id,
      instanceId: instance.id,
    });
    new EfsMountTarget(this, `${env}-files-mount`, { fileSystemId: sharedFilesId, subnetId: SUBNETS[env] });

    new DbInstance(this, 'app-db', {
      identifier: `${env}-app-db`,
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t4g.micro',
      allocatedStorage: 20,
      username: 'app',
      manageMasterUserPassword: true,
      skipFinalSnapshot: true,
      deleteAutomatedBackups: true,
      backupRetentionPeriod: 0,
      deletionProtection: false,
      tags: { env },
    });

    const vault = new BackupVault(this, 'backup-vault', {
      name: `${env}-backup-vault`,
      forceDestroy: true,
      tags: { env },
    });
    const plan = new BackupPlan(this, 'backup-plan', {
      name: `${env}-daily`,
      rule: [
        {
          ruleName: 'daily',
          targetVaultName: vault.name,
          schedule: 'cron(0 5 * * ? *)',
          lifecycle: { deleteAfter: 7 },
        },
      ],
      tags: { env },
    });
    new BackupSelection(this, 'backup-selection', {
      name: `${env}-volumes`,
      planId: plan.id,
      iamRoleArn: backupRoleArn(accountId),
      resources: [sharedData.arn],
    });

    new S3Bucket(this, 'app-data', {
      bucket: bucketName(env, 'app-data'),
      forceDestroy: true,
      tags: { env, contents: 'data,backups' },
    });

    const user = new IamUser(this, 'ci-agent', { name: 'ci-agent', tags: { env } });
    const admin = new IamPolicy(this, 'ci-agent-policy', {
      name: 'ci-agent-policy',
      policy: JSON.stringify(incidentAdminPolicy()),
      tags: { env },
    });
    new IamUserPolicyAttachment(this, 'ci-agent-policy-attach', { user: user.name, policyArn: admin.arn });
    new IamUserPolicy(this, 'ci-agent-cleanup', {
      name: 'ci-agent-cleanup',
      user: user.name,
      policy: JSON.stringify(incidentCleanupPolicy()),
    });
    new IamAccessKey(this, 'ci-agent-key', { user: user.name });
  }

  private fixed(): void {
    const env = this.env;
    const accountId = this.accountId();
    const preventDestroy = { preventDestroy: true };

    const data = new EbsVolume(this, `${env}-data`, {
      availabilityZone: AVAILABILITY_ZONE,
      size: env === 'prod' ? 500 : 100,
      type: 'gp3',
      encrypted: true,
      tags: { env, Name: `${env}-data` },
      lifecycle: preventDestroy,
    });
    const files = new EfsFileSystem(this, `${env}-files`, {
      encrypted: true,
      tags: { env, Name: `${env}-files` },
      lifecycle: preventDestroy,
    });
    const instance = this.app();
    new VolumeAttachment(this, `${env}-attach`, {
      deviceName: '/dev/sdf',
      volumeId: data.id,
      instanceId: instance.id,
    });
    new EfsMountTarget(this, `${env}-files-mount`, { fileSystemId: files.id, subnetId: SUBNETS[env] });

    const db = new DbInstance(this, 'app-db', {
      identifier: `${env}-app-db`,
      engine: 'postgres',
      engineVersion: '16.3',
      instanceClass: 'db.t4g.micro',
      allocatedStorage: 20,
      username: 'app',
      manageMasterUserPassword: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${env}-app-db-final`,
      deleteAutomatedBackups: false,
      backupRetentionPeriod: 14,
      deletionProtection: true,
      tags: { env },
      lifecycle: { preventDestroy: true, ignoreChanges: ['engine_version'] },
    });

    const dr = new AwsProvider(this, 'aws-dr', { region: DR_REGION, alias: 'dr' });
    const vault = new BackupVault(this, 'backup-vault', {
      name: `${env}-backup-vault`,
      forceDestroy: false,
      tags: { env },
      lifecycle: preventDestroy,
    });
    new BackupVaultLockConfiguration(this, 'backup-vault-lock', {
      backupVaultName: vault.name,
      minRetentionDays: 7,
      maxRetentionDays: 365,
      changeableForDays: 3,
      lifecycle: preventDestroy,
    });
    const drVault = new BackupVault(this, 'backup-vault-dr', {
      provider: dr,
      name: `${env}-backup-vault-dr`,
      forceDestroy: false,
      tags: { env },
      lifecycle: preventDestroy,
    });
    new BackupVaultLockConfiguration(this, 'backup-vault-dr-lock', {
      provider: dr,
      backupVaultName: drVault.name,
      minRetentionDays: 7,
      maxRetentionDays: 365,
      changeableForDays: 3,
      lifecycle: preventDestroy,
    });
    const plan = new BackupPlan(this, 'backup-plan', {
      name: `${env}-daily`,
      rule: [
        {
          ruleName: 'daily',
          targetVaultName: vault.name,
          schedule: 'cron(0 5 * * ? *)',
          lifecycle: { deleteAfter: 35 },
          copyAction: [{ destinationVaultArn: drVault.arn, lifecycle: { deleteAfter: 35 } }],
        },
      ],
      tags: { env },
    });
    new BackupSelection(this, 'backup-selection', {
      name: `${env}-data`,
      planId: plan.id,
      iamRoleArn: backupRoleArn(accountId),
      resources: [data.arn, files.arn, db.arn],
    });

    const dataBucket = new S3Bucket(this, 'app-data', {
      bucket: bucketName(env, 'app-data'),
      forceDestroy: false,
      tags: { env, contents: 'data' },
      lifecycle: preventDestroy,
    });
    new S3BucketVersioningA(this, 'app-data-versioning', {
      bucket: dataBucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    const backupBucket = new S3Bucket(this, 'app-backups', {
      bucket: bucketName(env, 'app-backups'),
      forceDestroy: false,
      objectLockEnabled: true,
      tags: { env, contents: 'backups' },
      lifecycle: preventDestroy,
    });
    new S3BucketVersioningA(this, 'app-backups-versioning', {
      bucket: backupBucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });

    const user = new IamUser(this, 'ci-agent', { name: `ci-agent-${env}`, tags: { env } });
    const policy = new IamPolicy(this, 'ci-agent-policy', {
      name: `ci-agent-${env}-policy`,
      // Tokens inside the JSON string synthesize as ${…} interpolations in the policy string.
      policy: JSON.stringify(
        fixedCiPolicy(env, { accountId, region: REGION, backupVaultArn: vault.arn, dataBucketArn: dataBucket.arn }),
      ),
      tags: { env },
    });
    new IamUserPolicyAttachment(this, 'ci-agent-policy-attach', { user: user.name, policyArn: policy.arn });
    new IamAccessKey(this, 'ci-agent-key', { user: user.name });
  }
}

/**
 * An App holding the one stack for this variant and env. `outdir` defaults to a new temporary directory, because
 * `new App()` creates its outdir at once (cdktf's default would be ./cdktf.out in the working directory).
 * Validation is skipped on synth: no provider schemas or terraform binary are needed.
 */
export function buildExampleApp(variant: Variant, env: Env, outdir?: string): App {
  const app = new App({
    outdir: outdir ?? mkdtempSync(join(tmpdir(), 'deploy-gate-cdktf-')),
    skipValidation: true,
    hclOutput: false,
  });
  new ExampleStack(app, variant, env);
  return app;
}

/**
 * Synthesizes like `cdktf synth` does into `dir` (manifest.json and stacks/<env>/cdk.tf.json) and returns the path
 * of the stack's cdk.tf.json. Note: the environment variable SYNTH_HCL_OUTPUT=true would make cdktf write HCL instead.
 */
export function writeSynth(variant: Variant, env: Env, dir: string): string {
  buildExampleApp(variant, env, dir).synth();
  return join(dir, 'stacks', env, 'cdk.tf.json');
}

/** The parsed cdk.tf.json of the stack, exactly as `app.synth()` writes it ("//" metadata included). */
export function synthExample(variant: Variant, env: Env): Record<string, unknown> {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-cdktf-'));
  try {
    return JSON.parse(readFileSync(writeSynth(variant, env, dir), 'utf8')) as Record<string, unknown>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
