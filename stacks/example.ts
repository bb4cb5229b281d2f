// Facts shared by the Pulumi and the cdktf example stacks, so that both tell the same story with the same names.
//
// The story: an AI agent doing a routine fix in the *staging* stack deleted a volume that production used. The
// staging stack had adopted that prod volume (tagged env=prod) and attached a staging instance to it; the backups
// lived in the same place as the data (same bucket; a force-destroyable vault with no copy elsewhere); and the CI
// token the agent used could delete anything in any environment. `incident` reproduces that, `fixed` is the repair.

export type Variant = 'incident' | 'fixed';
export type Env = 'staging' | 'prod';

export const ENVS: readonly Env[] = ['staging', 'prod'];
/** Every variant on every stack: the cases both example apps are tested on. */
export const EXAMPLE_CASES = [
  ['incident', 'staging'],
  ['incident', 'prod'],
  ['fixed', 'staging'],
  ['fixed', 'prod'],
] as const satisfies ReadonlyArray<readonly [Variant, Env]>;

/** Region of every resource except the cross-region backup copy. */
export const REGION = 'us-east-1';
/** Region of the second backup vault in `fixed`. */
export const DR_REGION = 'us-west-2';
export const AVAILABILITY_ZONE = 'us-east-1a';

/** One AWS account per environment (the mocks use these in ARNs; the cdktf stack reads the real one). */
export const ACCOUNTS: Readonly<Record<Env, string>> = { staging: '111111111111', prod: '222222222222' };

/** Existing subnets the instances and EFS mount targets go into (examples; not created by the stacks). */
export const SUBNETS: Readonly<Record<Env, string>> = {
  staging: 'subnet-0a1b2c3d4e5f60711',
  prod: 'subnet-0f9e8d7c6b5a40722',
};

/** Amazon Linux 2023 in us-east-1 (example value). */
export const AMI = 'ami-0c02fb55956c7d316';

export function isVariant(v: unknown): v is Variant {
  return v === 'incident' || v === 'fixed';
}

export function isEnv(v: unknown): v is Env {
  return v === 'staging' || v === 'prod';
}

/** Globally unique S3 bucket name for the example. */
export function bucketName(env: Env, purpose: 'app-data' | 'app-backups'): string {
  return `deploy-gate-example-${env}-${purpose}`;
}

export interface IamPolicyDocument {
  Version: '2012-10-17';
  Statement: Array<{
    Sid?: string;
    Effect: 'Allow' | 'Deny';
    Action: string | string[];
    Resource: string | string[];
    Condition?: Record<string, Record<string, string | string[]>>;
  }>;
}

/** incident: the CI token's managed policy. Anything, anywhere, in any environment. */
export function incidentAdminPolicy(): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }],
  };
}

/** incident: the "cleanup" inline policy someone added so the agent could tidy up staging. It is not scoped at all. */
export function incidentCleanupPolicy(): IamPolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'Cleanup',
        Effect: 'Allow',
        Action: ['ec2:DeleteVolume', 'rds:Delete*', 'backup:DeleteRecoveryPoint', 's3:DeleteBucket'],
        Resource: '*',
      },
    ],
  };
}

/** Destructive actions the fixed CI token may never perform, in any environment. */
export const DESTRUCTIVE_ACTIONS: readonly string[] = [
  'ec2:DeleteVolume',
  'ec2:DeleteSnapshot',
  'rds:DeleteDBInstance',
  'rds:DeleteDBCluster',
  'rds:DeleteDBSnapshot',
  'rds:DeleteDBInstanceAutomatedBackup',
  'elasticfilesystem:DeleteFileSystem',
  'backup:DeleteRecoveryPoint',
  'backup:DeleteBackupVault',
  'backup:DeleteBackupVaultLockConfiguration',
  'backup:DeleteBackupPlan',
  'backup:DeleteBackupSelection',
  'backup:UpdateRecoveryPointLifecycle',
  's3:DeleteBucket',
  's3:DeleteObjectVersion',
  's3:PutBucketVersioning',
  's3:PutLifecycleConfiguration',
];

/**
 * fixed: the CI token's policy, scoped to one environment. Values may be Pulumi-resolved strings or cdktf tokens.
 * Read-only describes anywhere; operating instances and volumes only where `aws:ResourceTag/env` is this env and
 * only in this account and region; backups may be started but never deleted; data objects may be read and written
 * in this env's data bucket only; every destructive action is denied explicitly.
 */
export function fixedCiPolicy(
  env: Env,
  refs: { accountId: string; region: string; backupVaultArn: string; dataBucketArn: string },
): IamPolicyDocument {
  const { accountId, region } = refs;
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'ReadOnly',
        Effect: 'Allow',
        Action: ['ec2:Describe*', 'rds:Describe*', 'elasticfilesystem:Describe*', 'backup:Describe*', 'backup:List*'],
        Resource: '*',
      },
      {
        Sid: 'OperateOwnEnvironmentOnly',
        Effect: 'Allow',
        Action: ['ec2:StartInstances', 'ec2:StopInstances', 'ec2:RebootInstances', 'ec2:AttachVolume', 'ec2:DetachVolume'],
        Resource: [
          `arn:aws:ec2:${region}:${accountId}:instance/*`,
          `arn:aws:ec2:${region}:${accountId}:volume/*`,
        ],
        Condition: { StringEquals: { 'aws:ResourceTag/env': env } },
      },
      {
        Sid: 'StartBackupsOwnVault',
        Effect: 'Allow',
        Action: ['backup:StartBackupJob'],
        Resource: [refs.backupVaultArn],
      },
      {
        Sid: 'AppDataObjects',
        Effect: 'Allow',
        Action: ['s3:GetObject', 's3:PutObject'],
        Resource: [`${refs.dataBucketArn}/*`],
      },
      { Sid: 'NeverDestroyData', Effect: 'Deny', Action: [...DESTRUCTIVE_ACTIONS], Resource: '*' },
    ],
  };
}

/** Backup service role, assumed to exist in each account (AWS creates it the first time Backup is used). */
export function backupRoleArn(accountId: string): string {
  return `arn:aws:iam::${accountId}:role/service-role/AWSBackupDefaultServiceRole`;
}

/**
 * Physical ids of the shared prod volume and file system. In `incident` the staging stack owns them; the prod stack
 * only reads them (`.get`, a Pulumi read / a Terraform data source), so deleting them from staging kills prod.
 * These defaults are the ids the in-process mocks give the staging resources (`<name>-id`).
 */
export const SHARED_IDS = { volume: 'shared-data-id', fileSystem: 'shared-files-id' } as const;
