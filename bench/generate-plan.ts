// A Terraform plan of N resources with the shapes real plans have (prior_state, planned_values, configuration,
// resource_changes with AWS attributes), for timing and memory measurements. Derived from the shapes of
// test/fixtures/terraform/checkov-tf01223-aws-55-stateful.plan.json. By default only resource_changes and
// planned_values, about 380 bytes a resource (100,000 resources: 38 MB); `full` adds prior_state and configuration.
export function generatePlan(resources: number, options: { deleteVolume?: boolean; full?: boolean } = {}): Record<string, unknown> {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const prior: unknown[] = [];
  const config: unknown[] = [];
  for (let i = 0; i < resources; i++) {
    const type = i % 3 === 0 ? 'aws_ebs_volume' : i % 3 === 1 ? 'aws_s3_bucket' : 'aws_security_group';
    const address = `${type}.r${i}`;
    const values = type === 'aws_ebs_volume'
      ? { size: 40 + (i % 7), id: `vol-${i.toString(16)}`, tags: { env: 'staging' } }
      : type === 'aws_s3_bucket'
        ? { force_destroy: false, id: `b-${i}`, tags: { env: 'staging' } }
        : { id: `sg-${i.toString(16)}`, ingress: [{ from_port: 443, cidr_blocks: ['10.0.0.0/8'] }] };
    const deleting = options.deleteVolume && i === 0;
    changes.push({
      address, mode: 'managed', type, name: `r${i}`, provider_name: 'aws',
      change: { actions: [deleting ? 'delete' : 'no-op'], before: values, after: deleting ? null : values, after_unknown: {} },
      ...(deleting ? { action_reason: 'delete_because_no_resource_config' } : {}),
    });
    prior.push({ address, mode: 'managed', type, name: `r${i}`, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} });
    if (!deleting) planned.push({ address, mode: 'managed', type, name: `r${i}`, values });
    if (!deleting) config.push({ address, mode: 'managed', type, name: `r${i}`, provider_config_key: 'aws', expressions: { tags: { constant_value: { env: 'staging' } } }, schema_version: 0 });
  }
  return {
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    ...(options.full ? {
      prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: { resources: prior } } },
      configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'us-east-1' } } } }, root_module: { resources: config } },
    } : {}),
    timestamp: '2026-01-01T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  };
}

// A realistic mix for whole-process timing (bench/process.bench.ts): data stores (RDS, DynamoDB, S3, EBS, EFS),
// links between them (volume attachments, bucket policies, replication), IAM (roles, policies, attachments),
// environments (an `env` tag of prod / staging / dev on every taggable resource) and some deletes (one resource in
// 200, a data store among them in one case out of four). Deterministic: the same N gives the same bytes.
const MIX = ['aws_db_instance', 'aws_dynamodb_table', 'aws_s3_bucket', 'aws_ebs_volume', 'aws_volume_attachment',
  'aws_s3_bucket_policy', 'aws_iam_role', 'aws_iam_policy', 'aws_iam_role_policy_attachment', 'aws_security_group',
  'aws_efs_file_system', 'aws_lambda_function', 'aws_instance', 'aws_s3_bucket_replication_configuration'] as const;
const ENVS = ['prod', 'staging', 'dev'] as const;

function mixedValues(type: string, i: number, env: string): Record<string, unknown> {
  const tags = { env, team: `team-${i % 17}`, Name: `${type}-${i}` };
  switch (type) {
    case 'aws_db_instance': return { identifier: `db-${i}`, engine: 'postgres', engine_version: '16.3', instance_class: 'db.t4g.medium', allocated_storage: 100, deletion_protection: env === 'prod', skip_final_snapshot: env !== 'prod', backup_retention_period: 7, storage_encrypted: true, username: 'app', password: null, tags, tags_all: tags, id: `db-${i}` };
    case 'aws_dynamodb_table': return { name: `t-${i}`, billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', attribute: [{ name: 'pk', type: 'S' }], deletion_protection_enabled: env === 'prod', point_in_time_recovery: [{ enabled: true }], tags, tags_all: tags, id: `t-${i}` };
    case 'aws_s3_bucket': return { bucket: `bucket-${env}-${i}`, force_destroy: false, object_lock_enabled: false, tags, tags_all: tags, id: `bucket-${env}-${i}`, arn: `arn:aws:s3:::bucket-${env}-${i}` };
    case 'aws_ebs_volume': return { availability_zone: 'us-east-1a', size: 40 + (i % 7), type: 'gp3', encrypted: true, final_snapshot: false, tags, tags_all: tags, id: `vol-${i.toString(16)}` };
    case 'aws_volume_attachment': return { device_name: '/dev/sdh', volume_id: `vol-${(i - 1).toString(16)}`, instance_id: `i-${i.toString(16)}`, skip_destroy: false, id: `vai-${i}` };
    case 'aws_s3_bucket_policy': return { bucket: `bucket-${env}-${i - 3}`, policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::bucket-${env}-${i - 3}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }), id: `bucket-${env}-${i - 3}` };
    case 'aws_iam_role': return { name: `role-${i}`, assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), max_session_duration: 3600, path: '/', tags, tags_all: tags, id: `role-${i}`, arn: `arn:aws:iam::123456789012:role/role-${i}` };
    case 'aws_iam_policy': return { name: `policy-${i}`, path: '/', policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 'dynamodb:GetItem', 'dynamodb:PutItem'], Resource: '*' }] }), tags, tags_all: tags, id: `arn:aws:iam::123456789012:policy/policy-${i}` };
    case 'aws_iam_role_policy_attachment': return { role: `role-${i - 2}`, policy_arn: `arn:aws:iam::123456789012:policy/policy-${i - 1}`, id: `role-${i - 2}-${i}` };
    case 'aws_security_group': return { name: `sg-${i}`, vpc_id: 'vpc-0abc', ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['10.0.0.0/8'], description: 'https' }], egress: [], tags, tags_all: tags, id: `sg-${i.toString(16)}` };
    case 'aws_efs_file_system': return { creation_token: `efs-${i}`, encrypted: true, performance_mode: 'generalPurpose', tags, tags_all: tags, id: `fs-${i.toString(16)}` };
    case 'aws_lambda_function': return { function_name: `fn-${i}`, runtime: 'nodejs20.x', handler: 'index.handler', role: `arn:aws:iam::123456789012:role/role-${i - 6}`, memory_size: 256, timeout: 30, environment: [{ variables: { TABLE: `t-${i - 11}`, STAGE: env } }], tags, tags_all: tags, id: `fn-${i}` };
    case 'aws_instance': return { ami: 'ami-0abcdef', instance_type: 't3.micro', subnet_id: 'subnet-0abc', vpc_security_group_ids: [`sg-${(i - 3).toString(16)}`], tags, tags_all: tags, id: `i-${i.toString(16)}` };
    default: return { bucket: `bucket-${env}-${i - 11}`, role: `arn:aws:iam::123456789012:role/role-${i - 7}`, rule: [{ id: 'all', status: 'Enabled', destination: [{ bucket: `arn:aws:s3:::replica-${env}-${i}`, storage_class: 'STANDARD' }] }], id: `bucket-${env}-${i - 11}` };
  }
}

function mixedResource(i: number): { type: string; env: string; action: 'no-op' | 'update' | 'create' | 'delete'; values: Record<string, unknown> } {
  const type = MIX[i % MIX.length] ?? 'aws_s3_bucket';
  const env = ENVS[Math.floor(i / MIX.length) % ENVS.length] ?? 'dev';
  // One in 200 deleted; one in 50 updated; one in 100 created; the rest unchanged, as in a real day-to-day plan.
  const action = i % 200 === 7 ? 'delete' : i % 50 === 3 ? 'update' : i % 100 === 11 ? 'create' : 'no-op';
  return { type, env, action, values: mixedValues(type, i, env) };
}

/** A `terraform show -json` plan (format 1.2) of N resources with the realistic mix, as text. */
export function generateMixedTerraformPlan(resources: number): string {
  const changes: unknown[] = [];
  const planned: unknown[] = [];
  const prior: unknown[] = [];
  for (let i = 0; i < resources; i++) {
    const { type, action, values } = mixedResource(i);
    const name = `r${i}`;
    const address = `${type}.${name}`;
    const after = action === 'delete' ? null : action === 'update' ? { ...values, tags_all: { ...(values.tags_all as object), touched: 'yes' } } : values;
    changes.push({
      address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws',
      change: {
        actions: [action], before: action === 'create' ? null : values, after,
        after_unknown: action === 'create' ? { id: true, arn: true } : {},
        before_sensitive: action === 'create' ? false : (type === 'aws_db_instance' ? { password: true } : {}),
        after_sensitive: after === null ? false : (type === 'aws_db_instance' ? { password: true } : {}),
      },
      ...(action === 'delete' ? { action_reason: 'delete_because_no_resource_config' } : {}),
    });
    if (action !== 'create') prior.push({ address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {} });
    if (after) planned.push({ address, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values: after, sensitive_values: {} });
  }
  return JSON.stringify({
    format_version: '1.2',
    terraform_version: '1.11.4',
    planned_values: { root_module: { resources: planned } },
    resource_changes: changes,
    prior_state: { format_version: '1.0', terraform_version: '1.11.4', values: { root_module: { resources: prior } } },
    configuration: { provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', expressions: { region: { constant_value: 'us-east-1' } } } }, root_module: {} },
    timestamp: '2026-01-01T00:00:00Z',
    applyable: true,
    complete: true,
    errored: false,
  });
}

// Terraform type → Pulumi AWS token (aws:<module>/<camel>:<Pascal>) for the mix above.
const PULUMI_TYPES: Record<string, string> = {
  aws_db_instance: 'aws:rds/instance:Instance', aws_dynamodb_table: 'aws:dynamodb/table:Table', aws_s3_bucket: 'aws:s3/bucket:Bucket',
  aws_ebs_volume: 'aws:ebs/volume:Volume', aws_volume_attachment: 'aws:ec2/volumeAttachment:VolumeAttachment',
  aws_s3_bucket_policy: 'aws:s3/bucketPolicy:BucketPolicy', aws_iam_role: 'aws:iam/role:Role', aws_iam_policy: 'aws:iam/policy:Policy',
  aws_iam_role_policy_attachment: 'aws:iam/rolePolicyAttachment:RolePolicyAttachment', aws_security_group: 'aws:ec2/securityGroup:SecurityGroup',
  aws_efs_file_system: 'aws:efs/fileSystem:FileSystem', aws_lambda_function: 'aws:lambda/function:Function', aws_instance: 'aws:ec2/instance:Instance',
  aws_s3_bucket_replication_configuration: 'aws:s3/bucketReplicationConfig:BucketReplicationConfig',
};
const camel = (key: string) => key.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
function camelize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(camelize);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [camel(k), k.startsWith('tags') || k === 'variables' ? v : camelize(v)]));
  return value;
}

/** A `pulumi preview --json` document of N resources with the realistic mix, as text. */
export function generateMixedPulumiPreview(resources: number): string {
  const stack = 'prod';
  const project = 'bench';
  const stackUrn = `urn:pulumi:${stack}::${project}::pulumi:pulumi:Stack::${project}-${stack}`;
  const provider = `urn:pulumi:${stack}::${project}::pulumi:providers:aws::default_7_48_0::4f1c2d3e-0000-4000-8000-000000000000`;
  const steps: unknown[] = [{ op: 'same', urn: stackUrn, oldState: { urn: stackUrn, custom: false, type: 'pulumi:pulumi:Stack' }, newState: { urn: stackUrn, custom: false, type: 'pulumi:pulumi:Stack' }, detailedDiff: null }];
  const summary: Record<string, number> = { same: 1 };
  for (let i = 0; i < resources; i++) {
    const { type: tfType, action, values } = mixedResource(i);
    const type = PULUMI_TYPES[tfType] ?? 'aws:s3/bucket:Bucket';
    const urn = `urn:pulumi:${stack}::${project}::${type}::r${i}`;
    const outputs = camelize(values) as Record<string, unknown>;
    const { id, arn: _arn, ...inputs } = outputs;
    const state = (withOutputs: boolean, extra: Record<string, unknown> = {}) => ({
      urn, custom: true, ...(withOutputs ? { id } : {}), type, inputs: { ...inputs, ...extra }, ...(withOutputs ? { outputs: { ...outputs, ...extra } } : {}),
      parent: stackUrn, provider, propertyDependencies: Object.fromEntries(Object.keys(inputs).map((k) => [k, []])),
      created: '2026-01-01T00:00:00Z', modified: '2026-01-01T00:00:00Z', sourcePosition: `project:///index.ts#${10 + (i % 900)},14`,
    });
    const op = action === 'no-op' ? 'same' : action;
    summary[op] = (summary[op] ?? 0) + 1;
    const step: Record<string, unknown> = { op, urn, provider };
    if (op !== 'create') step.oldState = state(true);
    if (op !== 'delete') step.newState = op === 'update' ? state(false, { description: 'touched' }) : state(op === 'same');
    if (op === 'update') { step.diffReasons = ['description']; step.detailedDiff = { description: { kind: 'add', inputDiff: true } }; } else step.detailedDiff = null;
    steps.push(step);
  }
  return JSON.stringify({ steps, duration: 1_000_000_000, changeSummary: summary });
}
