// The example Pulumi program: the incident that deploy-gate exists to stop, and its repair. See ../example.ts.
//
// Resource names (logical names, i.e. the last part of the URN) per variant, for env E = staging | prod:
//   incident, E = staging: shared-data (EBS, tagged env=prod), staging-app, staging-attach, shared-files (EFS,
//     tagged env=prod), staging-files-mount, app-db, backup-vault, backup-plan, backup-selection, app-data,
//     ci-agent, ci-agent-policy, ci-agent-policy-attach, ci-agent-cleanup, ci-agent-key.
//   incident, E = prod: the same, except that shared-data and shared-files are only *read* (`.get`), because the
//     staging stack owns them; prod-app, prod-attach and prod-files-mount use them.
//   fixed: E-data, E-app, E-attach, E-files, E-files-mount, app-db, backup-dr (explicit provider, us-west-2),
//     backup-vault, backup-vault-lock, backup-vault-dr, backup-vault-dr-lock, backup-plan, backup-selection,
//     app-data, app-data-versioning, app-backups, app-backups-versioning, ci-agent, ci-agent-policy,
//     ci-agent-policy-attach, ci-agent-key.
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';
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

/** Physical ids of resources another stack owns (only `incident` on `prod` reads any). */
export interface ExistingIds {
  sharedDataVolumeId?: string;
  sharedFileSystemId?: string;
}

/** Creates the example resources in the current Pulumi stack. */
export function exampleProgram(variant: Variant, env: Env, existing: ExistingIds = {}): void {
  if (variant === 'incident') incident(env, existing);
  else fixed(env);
}

/** Whatever the account is (the mocks answer 111111111111 for staging, 222222222222 for prod). */
function accountId(): pulumi.Output<string> {
  return aws.getCallerIdentityOutput().accountId;
}

function app(env: Env): aws.ec2.Instance {
  return new aws.ec2.Instance(`${env}-app`, {
    ami: AMI,
    instanceType: 't3.micro',
    availabilityZone: AVAILABILITY_ZONE,
    subnetId: SUBNETS[env],
    tags: { env, Name: `${env}-app` },
  });
}

function incident(env: Env, existing: ExistingIds): void {
  // The production volume and file system. The staging stack adopted them long ago (tagged env=prod, declared
  // here with no protection); the prod stack only reads them. Deleting them from staging deletes prod's data.
  let sharedData: aws.ebs.Volume;
  let sharedFiles: aws.efs.FileSystem;
  if (env === 'staging') {
    sharedData = new aws.ebs.Volume('shared-data', {
      availabilityZone: AVAILABILITY_ZONE,
      size: 500,
      type: 'gp3',
      encrypted: true,
      tags: { env: 'prod', Name: 'shared-data' },
    });
    sharedFiles = new aws.efs.FileSystem('shared-files', {
      encrypted: true,
      tags: { env: 'prod', Name: 'shared-files' },
    });
  } else {
    sharedData = aws.ebs.Volume.get('shared-data', existing.sharedDataVolumeId ?? SHARED_IDS.volume);
    sharedFiles = aws.efs.FileSystem.get('shared-files', existing.sharedFileSystemId ?? SHARED_IDS.fileSystem);
  }

  const instance = app(env);
  new aws.ec2.VolumeAttachment(`${env}-attach`, {
    deviceName: '/dev/sdf',
    volumeId: sharedData.id,
    instanceId: instance.id,
  });
  new aws.efs.MountTarget(`${env}-files-mount`, {
    fileSystemId: sharedFiles.id,
    subnetId: SUBNETS[env],
  });

  // A database whose deletion takes every backup with it.
  new aws.rds.Instance('app-db', {
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

  // Backups in one vault that can be destroyed with its recovery points, in the same account and region, no lock.
  const vault = new aws.backup.Vault('backup-vault', {
    name: `${env}-backup-vault`,
    forceDestroy: true,
    tags: { env },
  });
  const plan = new aws.backup.Plan('backup-plan', {
    name: `${env}-daily`,
    rules: [
      {
        ruleName: 'daily',
        targetVaultName: vault.name,
        schedule: 'cron(0 5 * * ? *)',
        lifecycle: { deleteAfter: 7 },
      },
    ],
    tags: { env },
  });
  new aws.backup.Selection('backup-selection', {
    name: `${env}-volumes`,
    planId: plan.id,
    iamRoleArn: accountId().apply(backupRoleArn),
    resources: [sharedData.arn],
  });

  // The data bucket is also where the database dumps go: one bucket, force-destroyable, no versioning.
  new aws.s3.Bucket('app-data', {
    bucket: bucketName(env, 'app-data'),
    forceDestroy: true,
    tags: { env, contents: 'data,backups' },
  });

  // The CLI token the agent used: one user, allowed everything everywhere.
  const user = new aws.iam.User('ci-agent', { name: 'ci-agent', tags: { env } });
  const admin = new aws.iam.Policy('ci-agent-policy', {
    name: 'ci-agent-policy',
    policy: JSON.stringify(incidentAdminPolicy()),
    tags: { env },
  });
  new aws.iam.UserPolicyAttachment('ci-agent-policy-attach', { user: user.name, policyArn: admin.arn });
  new aws.iam.UserPolicy('ci-agent-cleanup', {
    name: 'ci-agent-cleanup',
    user: user.name,
    policy: JSON.stringify(incidentCleanupPolicy()),
  });
  new aws.iam.AccessKey('ci-agent-key', { user: user.name });
}

function fixed(env: Env): void {
  const protect = { protect: true } as const;

  // Each environment owns its own volume and file system, tagged with its own env.
  const data = new aws.ebs.Volume(
    `${env}-data`,
    {
      availabilityZone: AVAILABILITY_ZONE,
      size: env === 'prod' ? 500 : 100,
      type: 'gp3',
      encrypted: true,
      tags: { env, Name: `${env}-data` },
    },
    protect,
  );
  const files = new aws.efs.FileSystem(
    `${env}-files`,
    { encrypted: true, tags: { env, Name: `${env}-files` } },
    protect,
  );
  const instance = app(env);
  new aws.ec2.VolumeAttachment(`${env}-attach`, {
    deviceName: '/dev/sdf',
    volumeId: data.id,
    instanceId: instance.id,
  });
  new aws.efs.MountTarget(`${env}-files-mount`, { fileSystemId: files.id, subnetId: SUBNETS[env] });

  const db = new aws.rds.Instance(
    'app-db',
    {
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
    },
    { protect: true, ignoreChanges: ['engineVersion'] },
  );

  // Backups: a locked vault here, and a locked copy in another region.
  const dr = new aws.Provider('backup-dr', { region: DR_REGION });
  const vault = new aws.backup.Vault(
    'backup-vault',
    { name: `${env}-backup-vault`, forceDestroy: false, tags: { env } },
    protect,
  );
  new aws.backup.VaultLockConfiguration(
    'backup-vault-lock',
    { backupVaultName: vault.name, minRetentionDays: 7, maxRetentionDays: 365, changeableForDays: 3 },
    protect,
  );
  const drVault = new aws.backup.Vault(
    'backup-vault-dr',
    { name: `${env}-backup-vault-dr`, forceDestroy: false, tags: { env } },
    { provider: dr, protect: true },
  );
  new aws.backup.VaultLockConfiguration(
    'backup-vault-dr-lock',
    { backupVaultName: drVault.name, minRetentionDays: 7, maxRetentionDays: 365, changeableForDays: 3 },
    { provider: dr, protect: true },
  );
  const plan = new aws.backup.Plan('backup-plan', {
    name: `${env}-daily`,
    rules: [
      {
        ruleName: 'daily',
        targetVaultName: vault.name,
        schedule: 'cron(0 5 * * ? *)',
        lifecycle: { deleteAfter: 35 },
        copyActions: [{ destinationVaultArn: drVault.arn, lifecycle: { deleteAfter: 35 } }],
      },
    ],
    tags: { env },
  });
  new aws.backup.Selection('backup-selection', {
    name: `${env}-data`,
    planId: plan.id,
    iamRoleArn: accountId().apply(backupRoleArn),
    resources: [data.arn, files.arn, db.arn],
  });

  // Data and backups in separate, versioned buckets that refuse to be destroyed while they hold objects.
  const dataBucket = new aws.s3.Bucket(
    'app-data',
    { bucket: bucketName(env, 'app-data'), forceDestroy: false, tags: { env, contents: 'data' } },
    protect,
  );
  new aws.s3.BucketVersioning('app-data-versioning', {
    bucket: dataBucket.id,
    versioningConfiguration: { status: 'Enabled' },
  });
  const backupBucket = new aws.s3.Bucket(
    'app-backups',
    {
      bucket: bucketName(env, 'app-backups'),
      forceDestroy: false,
      objectLockEnabled: true,
      tags: { env, contents: 'backups' },
    },
    protect,
  );
  new aws.s3.BucketVersioning('app-backups-versioning', {
    bucket: backupBucket.id,
    versioningConfiguration: { status: 'Enabled' },
  });

  // The CI token: one user per environment, scoped to it, never allowed to destroy data.
  const user = new aws.iam.User('ci-agent', { name: `ci-agent-${env}`, tags: { env } });
  const policy = new aws.iam.Policy('ci-agent-policy', {
    name: `ci-agent-${env}-policy`,
    policy: pulumi
      .all([accountId(), vault.arn, dataBucket.arn])
      .apply(([acct, backupVaultArn, dataBucketArn]) =>
        JSON.stringify(fixedCiPolicy(env, { accountId: acct, region: REGION, backupVaultArn, dataBucketArn })),
      ),
    tags: { env },
  });
  new aws.iam.UserPolicyAttachment('ci-agent-policy-attach', { user: user.name, policyArn: policy.arn });
  new aws.iam.AccessKey('ci-agent-key', { user: user.name });
}
