// Credentials, environments, renames and moves.
import type { Obj } from './envelopes.js';
import { ACCOUNT, policy, ptags, pu, tags, tf, urnOfCase, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const IAM = 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_iam_role_policy, aws_iam_role_policy_attachment shapes)';
const EBS = 'terraform/infracost-tf1011-ebs-attachment.plan.json (aws_ebs_volume, aws_instance, aws_volume_attachment shapes)';

function role(name: string, env: string): Obj {
  return {
    arn: `arn:aws:iam::${ACCOUNT}:role/${name}`, assume_role_policy: policy([{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
    create_date: '2026-03-02T10:11:12Z', description: '', force_detach_policies: false, id: name, max_session_duration: 3600, name, path: '/', permissions_boundary: '',
    unique_id: 'AROAEXAMPLE7Z3K4N5P6Q', ...tags({ env }),
  };
}

const rolePolicy = (name: string, document: string): Obj => ({ id: `ci-deployer:${name}`, name, name_prefix: '', policy: document, role: 'ci-deployer' });
const attachment = (policyArn: string): Obj => ({ policy_arn: policyArn, role: 'ci-deployer' });

function volume(id: string, az: string, volumeTags: Record<string, string>, size = 500): Obj {
  return {
    arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/${id}`, availability_zone: az, encrypted: true, final_snapshot: false, id, iops: 3000, kms_key_id: '',
    multi_attach_enabled: false, outpost_arn: '', size, snapshot_id: '', throughput: 125, type: 'gp3', ...tags(volumeTags),
  };
}

function instance(instanceTags: Record<string, string>): Obj {
  return {
    ami: 'ami-0a1b2c3d4e5f60718', arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0b1c2d3e4f5a60718`, availability_zone: 'us-east-1a', ebs_block_device: [], id: 'i-0b1c2d3e4f5a60718',
    instance_type: 'm7g.large', root_block_device: [{ delete_on_termination: true, device_name: '/dev/xvda', encrypted: true, iops: 3000, kms_key_id: '', tags: {}, tags_all: {}, throughput: 125, volume_id: 'vol-0a9b8c7d6e5f4a3b2', volume_size: 20, volume_type: 'gp3' }],
    subnet_id: 'subnet-0a1b2c3d', vpc_security_group_ids: ['sg-0a1b2c3d'], ...tags(instanceTags),
  };
}

function crossEnvAttach(file: string, meta: Parameters<typeof tf>[1], volumeTags: Record<string, string>, instanceTags: Record<string, string>): CorpusCase {
  return tf(file, { ...meta, from: EBS }, [
    { type: 'aws_ebs_volume', name: 'shared', actions: ['no-op'], before: volume('vol-0c1d2e3f4a5b6c7d8', 'us-east-1a', volumeTags), after: volume('vol-0c1d2e3f4a5b6c7d8', 'us-east-1a', volumeTags) },
    { type: 'aws_instance', name: 'app', actions: ['no-op'], before: instance(instanceTags), after: instance(instanceTags) },
    { type: 'aws_volume_attachment', name: 'app_data', actions: ['create'], refs: { instance_id: 'aws_instance.app.id', volume_id: 'aws_ebs_volume.shared.id' }, before: null, after: { device_name: '/dev/sdf', force_detach: null, instance_id: 'i-0b1c2d3e4f5a60718', skip_destroy: null, stop_instance_before_detaching: null, volume_id: 'vol-0c1d2e3f4a5b6c7d8' }, unknown: ['id'] },
  ]);
}

function pulumiCrossEnv(file: string, meta: Parameters<typeof pu>[1], volumeTags: Record<string, string>, instanceTags: Record<string, string>): CorpusCase {
  const stack = { stack: 'staging', project: 'app' };
  return pu(file, meta, stack, [
    { op: 'read', type: 'aws:ebs/volume:Volume', name: 'shared-data', new: { id: 'vol-0c1d2e3f4a5b6c7d8', inputs: {}, outputs: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0c1d2e3f4a5b6c7d8`, availabilityZone: 'us-east-1a', encrypted: true, id: 'vol-0c1d2e3f4a5b6c7d8', size: 500, type: 'gp3', ...ptags(volumeTags) } } },
    { op: 'create', type: 'aws:ec2/instance:Instance', name: 'app', new: { inputs: { ami: 'ami-0a1b2c3d4e5f60718', instanceType: 'm7g.large', availabilityZone: 'us-east-1a', ...ptags(instanceTags) } } },
    { op: 'create', type: 'aws:ec2/volumeAttachment:VolumeAttachment', name: 'app-data', new: { inputs: { deviceName: '/dev/sdf', instanceId: '04da6b54-80e4-46f7-96ec-b56ff0331ba9', volumeId: 'vol-0c1d2e3f4a5b6c7d8' }, deps: { instanceId: ['app'], volumeId: ['shared-data'] } } },
  ]);
}

export function credentialCases(): CorpusCase[] {
  const block = (why: string) => ({ class: 'credentials' as const, expect: 'block' as const, rules: ['no-blanket-destroy-credentials'], why, from: IAM });
  const allow = (why: string) => ({ class: 'credentials' as const, expect: 'allow' as const, why, from: IAM });
  const P = { stack: 'staging', project: 'ci' };
  const proleInputs = { assumeRolePolicy: policy([{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }]), name: 'ci-deployer', ...ptags({ env: 'staging' }) };
  return [
    tf('delete-every-volume-of-the-account', block('ec2:DeleteVolume and ec2:DeleteSnapshot on arn:aws:ec2:us-east-1:111111111111:volume/* reach every volume of the account, prod included, from a staging role: blanket (issue #8 §5).'), [
      { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: role('ci-deployer', 'staging'), after: role('ci-deployer', 'staging') },
      { type: 'aws_iam_role_policy', name: 'cleanup', actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: rolePolicy('cleanup', policy([{ Effect: 'Allow', Action: ['ec2:DescribeVolumes', 'ec2:DeleteVolume', 'ec2:DeleteSnapshot'], Resource: [`arn:aws:ec2:us-east-1:${ACCOUNT}:volume/*`, `arn:aws:ec2:us-east-1::snapshot/*`] }])) },
    ]),
    tf('power-user-attached', block('PowerUserAccess allows every action except iam/organizations/account on Resource "*", every data-destroying action included (AWS managed policy reference, data-model.md §3).'), [
      { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: role('ci-deployer', 'staging'), after: role('ci-deployer', 'staging') },
      { type: 'aws_iam_role_policy_attachment', name: 'power', actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: attachment('arn:aws:iam::aws:policy/PowerUserAccess') },
    ]),
    tf('delete-scoped-by-ec2-resource-tag', allow('ec2:DeleteVolume on "*" only when ec2:ResourceTag/env equals "staging", the role\'s own environment: a service-specific tag condition scopes the grant (iam-data ec2 condition keys, issue #8 §5).'), [
      { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: role('ci-deployer', 'staging'), after: role('ci-deployer', 'staging') },
      { type: 'aws_iam_role_policy', name: 'cleanup', actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: rolePolicy('cleanup', policy([{ Effect: 'Allow', Action: ['ec2:DescribeVolumes'], Resource: '*' }, { Effect: 'Allow', Action: ['ec2:DetachVolume', 'ec2:DeleteVolume'], Resource: '*', Condition: { StringEquals: { 'ec2:ResourceTag/env': 'staging' } } }])) },
    ]),
    tf('read-only-attached', allow('ReadOnlyAccess grants no destructive action.'), [
      { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: role('ci-deployer', 'staging'), after: role('ci-deployer', 'staging') },
      { type: 'aws_iam_role_policy_attachment', name: 'read', actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: attachment('arn:aws:iam::aws:policy/ReadOnlyAccess') },
    ]),
    tf('bucket-policy-open-delete', block('A bucket policy granting s3:DeleteObject to Principal "*" lets anyone delete the data: a resource policy with a broad principal and a destructive action (issue #8 §5).'), [
      { type: 'aws_s3_bucket_policy', name: 'invoices', actions: ['update'],
        before: { bucket: 'acme-invoices', id: 'acme-invoices', policy: policy([{ Sid: 'AppRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-invoices/*' }]) },
        after: { bucket: 'acme-invoices', id: 'acme-invoices', policy: policy([{ Sid: 'AppRead', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:role/app` }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::acme-invoices/*' }, { Sid: 'Cleanup', Effect: 'Allow', Principal: '*', Action: ['s3:DeleteObject', 's3:DeleteObjectVersion'], Resource: 'arn:aws:s3:::acme-invoices/*' }]) } },
    ]),
    pu('tag-condition-admits-prod', block('A StringEquals aws:ResourceTag/env condition listing both "staging" and "prod" admits prod: a condition that admits several environments does not scope (issue #8 §5).'), P, [
      { op: 'create', type: 'aws:iam/rolePolicy:RolePolicy', name: 'ci-cleanup', new: { inputs: { name: 'cleanup', role: 'ci-deployer', policy: policy([{ Effect: 'Allow', Action: ['rds:DeleteDBInstance', 'rds:DeleteDBSnapshot'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': ['staging', 'prod'] } } }]) } } },
    ]),
    pu('rds-full-access-attached', block('AmazonRDSFullAccess grants rds:* on "*", including DeleteDBInstance and DeleteDBCluster (AWS managed policy reference, data-model.md §3).'), P, [
      { op: 'update', type: 'aws:iam/role:Role', name: 'ci-deployer', diff: ['tags'], old: { id: 'ci-deployer', inputs: proleInputs }, new: { inputs: { ...proleInputs, ...ptags({ env: 'staging', owner: 'platform' }) } } },
      { op: 'create', type: 'aws:iam/rolePolicyAttachment:RolePolicyAttachment', name: 'ci-rds', new: { inputs: { policyArn: 'arn:aws:iam::aws:policy/AmazonRDSFullAccess', role: 'ci-deployer' } } },
    ]),
    pu('read-objects-policy', allow('s3:GetObject and s3:ListBucket on one bucket destroy nothing.'), P, [
      { op: 'create', type: 'aws:iam/rolePolicy:RolePolicy', name: 'ci-read', new: { inputs: { name: 'read-artifacts', role: 'ci-deployer', policy: policy([{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::acme-artifacts', 'arn:aws:s3:::acme-artifacts/*'] }]) } } },
    ]),
  ];
}

export function environmentCases(): CorpusCase[] {
  const block = (why: string) => ({ class: 'environment' as const, expect: 'block' as const, rules: ['no-cross-env-storage'], why });
  const allow = (why: string) => ({ class: 'environment' as const, expect: 'allow' as const, why });
  return [
    crossEnvAttach('attach-volume-tagged-prod-with-spaces', block('The volume\'s tag Env = " PROD " is prod once trimmed and case-folded; a staging instance attaching it shares prod storage (issue #8 §6).'), { Env: ' PROD ', Name: 'orders-data' }, { env: 'staging' }),
    crossEnvAttach('attach-volume-lookalike-tag-key', block('The volume\'s tag key "еnv" starts with a Cyrillic е (U+0435); read as a confusable of "env" it says prod, so a staging instance attaches a prod volume (Unicode confusables, issue #8 §6).'), { 'еnv': 'prod', Name: 'orders-data' }, { env: 'staging' }),
    crossEnvAttach('attach-volume-same-env', allow('Both sides are staging ("Staging " on the volume is staging once trimmed): no sharing across environments.'), { Environment: 'Staging ', Name: 'scratch' }, { env: 'staging' }),
    tf('instance-non-ascii-name-tag', { ...allow('A real non-ASCII tag value (Name = "Zürich-Büro") on an instance that holds no data decides no finding and must pass (issue #8 §6).'), from: EBS }, [
      { type: 'aws_instance', name: 'office', actions: ['update'], before: instance({ env: 'staging', Name: 'zurich-office' }), after: instance({ env: 'staging', Name: 'Zürich-Büro' }) },
    ]),
    // Qualified spellings: a region, a colour or a number beside the environment's name, on either side.
    crossEnvAttach('attach-volume-tagged-prod-eu', block('The volume\'s tag env = "prod-eu" names prod with a region qualifier (one environment word, no other, no negation): a staging instance attaching it shares prod storage (issue #8 §6; docs/configuration.md, qualified spellings).'), { env: 'prod-eu', Name: 'orders-data' }, { env: 'staging' }),
    crossEnvAttach('attach-volume-prod-eu-from-prod-us', allow('Both sides are prod (env = "prod-eu" and "production-us"): two regions of one environment share no storage across environments (issue #8 §6).'), { env: 'prod-eu', Name: 'orders-data' }, { env: 'production-us' }),
    crossEnvAttach('attach-volume-non-prod-from-staging', allow('"non-prod" denies prod (a negation before the environment word) and names an environment of its own; the volume and a "non-prod" instance are the same environment (issue #8 §6).'), { env: 'non-prod', Name: 'scratch' }, { env: 'non-prod' }),
    pulumiCrossEnv('attach-volume-tagged-prod-us-east-1', block('A volume read from another stack, tagged Environment = "PROD_US_EAST_1", attached by a staging instance: the words of the value hold prod and only prod (issue #8 §6).'), { Environment: 'PROD_US_EAST_1' }, { Environment: 'staging' }),
    pulumiCrossEnv('attach-volume-stg2-from-staging', allow('env = "stg2" is staging numbered (a letter/digit boundary is a word break; stg is an alias of staging): attached from staging, nothing is shared across environments (issue #8 §6).'), { env: 'stg2' }, { Environment: 'staging' }),
    pulumiCrossEnv('attach-volume-tagged-production', block('A volume read from another stack with Environment = "Production" (an alias of prod) attached by a staging instance (issue #8 §6).'), { Environment: 'Production' }, { Environment: 'staging' }),
    pulumiCrossEnv('attach-volume-lookalike-tag-value', block('The volume\'s env tag is "prоd" with a Cyrillic о (U+043E): a confusable of prod, attached from staging (issue #8 §6).'), { env: 'prоd' }, { env: 'staging' }),
    pu('security-group-lookalike-tag', allow('A security group tagged env = "prоd" (Cyrillic о) holds no data and attaches none: the environment decides no finding here, so the look-alike must not block (issue #8 §6).'), { stack: 'staging', project: 'app' }, [
      { op: 'update', type: 'aws:ec2/securityGroup:SecurityGroup', name: 'web', diff: ['tags', 'tagsAll'], old: { id: 'sg-0a1b2c3d', inputs: { description: 'web', name: 'web', ...ptags({ env: 'staging' }) } }, new: { inputs: { description: 'web', name: 'web', ...ptags({ env: 'prоd' }) } } },
    ]),
    pu('compute-instance-non-ascii-label', allow('A GCE instance labelled owner = "jürgen" (GCP labels allow international characters) holds no data: a real non-ASCII label must pass (issue #8 §6).'), { stack: 'staging', project: 'app' }, [
      { op: 'update', type: 'gcp:compute/instance:Instance', name: 'worker', diff: ['labels'], old: { id: 'projects/acme/zones/europe-west1-b/instances/worker', inputs: { machineType: 'e2-standard-4', name: 'worker', zone: 'europe-west1-b', labels: { env: 'staging' } } }, new: { inputs: { machineType: 'e2-standard-4', name: 'worker', zone: 'europe-west1-b', labels: { env: 'staging', owner: 'jürgen' } } } },
    ]),
  ];
}

export function renameCases(): CorpusCase[] {
  const block = (why: string) => ({ class: 'rename-and-move' as const, expect: 'block' as const, rules: ['no-stateful-delete'], why, from: EBS });
  const allow = (why: string) => ({ class: 'rename-and-move' as const, expect: 'allow' as const, why, from: EBS });
  const v = (id: string, az: string, name: string) => volume(id, az, { Name: name });
  const vAfter = (az: string, name: string) => { const out = volume('', az, { Name: name }); delete out.id; delete out.arn; return out; };
  const P = { stack: 'staging', project: 'app' };
  const oldUrn = urnOfCase(P, 'aws:ebs/volume:Volume', 'orders-data');
  return [
    tf('volume-renamed-without-moved', block('Renaming aws_ebs_volume.data to aws_ebs_volume.orders_data with no moved block plans a delete of the old volume and a new, empty one (terraform-plans.md §1.3).'), [
      { type: 'aws_ebs_volume', name: 'data', actions: ['delete'], reason: DEL, before: v('vol-0d4e5f6a7b8c9d0e1', 'us-east-1a', 'orders-data') },
      { type: 'aws_ebs_volume', name: 'orders_data', actions: ['create'], before: null, after: vAfter('us-east-1a', 'orders-data'), unknown: ['arn', 'id', 'iops', 'kms_key_id', 'snapshot_id', 'throughput'] },
    ]),
    tf('volume-moved', allow('A moved block: the change has previous_address and no-op actions, the volume stays (terraform-plans.md §1.2).'), [
      { type: 'aws_ebs_volume', name: 'orders_data', previousAddress: 'aws_ebs_volume.data', actions: ['no-op'], before: v('vol-0d4e5f6a7b8c9d0e1', 'us-east-1a', 'orders-data'), after: v('vol-0d4e5f6a7b8c9d0e1', 'us-east-1a', 'orders-data') },
    ]),
    tf('database-forgotten', { ...allow('A removed block with lifecycle { destroy = false } plans ["forget"]: Terraform drops the database from state and the object stays (terraform-plans.md §1.3).'), from: 'terraform/tf111-mixed-destructive.plan.json (forget entry); terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_db_instance shape)' }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['forget'], reason: DEL, before: { allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, deletion_protection: true, engine: 'postgres', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', skip_final_snapshot: false, final_snapshot_identifier: 'orders-final', ...tags({}) } },
    ]),
    tf('count-index-shift-replaces-volumes', block('Dropping the first zone from a count-indexed list shifts every index: data[0] and data[1] are replaced in new zones (availability_zone forces replacement) and data[2] is deleted (terraform-plans.md §1.4 delete_because_count_index).'), [
      { type: 'aws_ebs_volume', name: 'data', index: 0, countExpression: 2, actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['availability_zone']], before: v('vol-0a0a0a0a0a0a0a0a0', 'us-east-1a', 'data'), after: vAfter('us-east-1b', 'data'), unknown: ['arn', 'id', 'iops', 'kms_key_id', 'snapshot_id', 'throughput'] },
      { type: 'aws_ebs_volume', name: 'data', index: 1, actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['availability_zone']], before: v('vol-0b0b0b0b0b0b0b0b0', 'us-east-1b', 'data'), after: vAfter('us-east-1c', 'data'), unknown: ['arn', 'id', 'iops', 'kms_key_id', 'snapshot_id', 'throughput'] },
      { type: 'aws_ebs_volume', name: 'data', index: 2, actions: ['delete'], reason: 'delete_because_count_index', before: v('vol-0c0c0c0c0c0c0c0c0', 'us-east-1c', 'data') },
    ]),
    tf('for-each-key-removed', block('Removing the "reports" key from a for_each map deletes aws_ebs_volume.data["reports"] (delete_because_each_key, terraform-plans.md §1.4).'), [
      { type: 'aws_ebs_volume', name: 'data', index: 'orders', actions: ['no-op'], before: v('vol-0e0e0e0e0e0e0e0e0', 'us-east-1a', 'orders'), after: v('vol-0e0e0e0e0e0e0e0e0', 'us-east-1a', 'orders') },
      { type: 'aws_ebs_volume', name: 'data', index: 'reports', actions: ['delete'], reason: 'delete_because_each_key', before: v('vol-0f0f0f0f0f0f0f0f0', 'us-east-1a', 'reports') },
    ]),
    pu('volume-renamed-without-alias', block('Renaming a Pulumi resource without an alias changes its URN: the preview deletes the old aws:ebs/volume and creates a new, empty one (Pulumi aliases docs).'), P, [
      { op: 'create', type: 'aws:ebs/volume:Volume', name: 'orders-data-v2', new: { inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } } },
      { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } } },
    ]),
    pu('volume-renamed-with-alias', allow('Renamed with aliases: [old URN]: the engine treats it as the same resource, a same step (--show-sames) and nothing deleted (Pulumi aliases docs).'), P, [
      { op: 'same', type: 'aws:ebs/volume:Volume', name: 'orders-data-v2', old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } }, new: { id: 'vol-0d4e5f6a7b8c9d0e1', aliases: [oldUrn], inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } } },
    ]),
    pu('volume-retain-on-delete', { ...allow('A delete step whose oldState.retainOnDelete is true: the engine drops the volume from the stack and leaves the cloud volume in place, like Terraform\'s forget (judgement, see README; pulumi/engine-retainondelete-delete.events.ndjson).'), from: 'pulumi/engine-retainondelete-delete.events.ndjson (retainOnDelete delete)' }, P, [
      { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: { id: 'vol-0d4e5f6a7b8c9d0e1', retainOnDelete: true, inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } } },
    ]),
  ];
}
