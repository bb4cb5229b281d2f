// Plan shapes that hide a delete (modules, deposed objects, create_before_destroy, components, replacement sub-steps),
// guard flags spelled differently per type, and more grants judged by what they reach.
import type { Obj } from './envelopes.js';
import { ACCOUNT, policy, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const RDS = 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_db_instance shape)';

function rds(extra: Obj = {}): Obj {
  return {
    allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, db_name: 'orders', delete_automated_backups: true, deletion_protection: false,
    engine: 'postgres', engine_version: '16.4', final_snapshot_identifier: 'orders-final', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large',
    multi_az: true, replicate_source_db: '', skip_final_snapshot: false, storage_encrypted: true, storage_type: 'gp3', username: 'orders', ...tags({}), ...extra,
  };
}

function table(name: string): Obj {
  return {
    arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/${name}`, attribute: [{ name: 'pk', type: 'S' }], billing_mode: 'PAY_PER_REQUEST', deletion_protection_enabled: false,
    hash_key: 'pk', id: name, name, point_in_time_recovery: [{ enabled: false, recovery_period_in_days: 0 }], range_key: null, stream_enabled: false, table_class: 'STANDARD', ...tags({}),
  };
}

const ecr = (forceDelete: boolean): Obj => ({
  arn: `arn:aws:ecr:us-east-1:${ACCOUNT}:repository/api`, encryption_configuration: [{ encryption_type: 'AES256', kms_key: '' }], force_delete: forceDelete, id: 'api',
  image_scanning_configuration: [{ scan_on_push: true }], image_tag_mutability: 'IMMUTABLE', name: 'api', registry_id: ACCOUNT, repository_url: `${ACCOUNT}.dkr.ecr.us-east-1.amazonaws.com/api`, ...tags({}),
});

const vault = (forceDestroy: boolean): Obj => ({
  arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-vault:orders-vault`, force_destroy: forceDestroy, id: 'orders-vault', kms_key_arn: `arn:aws:kms:us-east-1:${ACCOUNT}:key/6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0`, name: 'orders-vault', recovery_points: 35, ...tags({}),
});

export function shapeCases(): CorpusCase[] {
  const P = { stack: 'staging', project: 'orders' };
  return [
    // ---- hidden deletes ----
    tf('module-removed-with-database', { class: 'rename-and-move', expect: 'block', rules: ['no-stateful-delete'], why: 'Removing the module "db" block deletes the database declared inside it: module.db.aws_db_instance.this is deleted with delete_because_no_resource_config (terraform-plans.md §1.4, module-block removal).', from: `terraform/tf111-mixed-destructive.plan.json (module.backup removal: module_address, child_modules); ${RDS}` }, [
      { module: 'module.db', type: 'aws_db_instance', name: 'this', actions: ['delete'], reason: DEL, before: rds() },
      { module: 'module.db', type: 'aws_db_subnet_group', name: 'this', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:subgrp:orders`, description: 'Managed by Terraform', id: 'orders', name: 'orders', subnet_ids: ['subnet-0a1b2c3d', 'subnet-0e4f5a6b'], ...tags({}) } },
    ]),
    tf('deposed-database-delete', { class: 'rename-and-move', expect: 'block', rules: ['no-stateful-delete'], why: 'A failed create_before_destroy left the old database deposed; this plan deletes the deposed object, which holds the data (terraform-plans.md §1.2: deposed entries are deletes of the old object).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['no-op'], before: rds({ id: 'db-ORDERSNEW', identifier: 'orders-v2', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-v2` }), after: rds({ id: 'db-ORDERSNEW', identifier: 'orders-v2', arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders-v2` }) },
      { type: 'aws_db_instance', name: 'orders', deposed: '5e1c9a2f', actions: ['delete'], before: rds() },
    ]),
    tf('table-replaced-create-before-destroy', { class: 'rename-and-move', expect: 'block', rules: ['no-stateful-delete'], why: 'A replacement with create_before_destroy (["create","delete"]) still deletes the old table once the new, empty one exists (terraform-plans.md §1.3).', from: 'real-world/tfcompliance-tf01220-dynamodb-kms-create.plan.json (aws_dynamodb_table shape)' }, [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['create', 'delete'], reason: 'replace_because_cannot_update', replacePaths: [['name']], before: table('orders'), after: { ...table('orders-v2'), arn: null, id: null }, unknown: ['arn', 'id'] },
    ]),
    pu('component-child-database-delete', { class: 'rename-and-move', expect: 'block', rules: ['no-stateful-delete'], why: 'A component (acme:index:Database) removed from the program deletes its child aws:rds/instance, whose URN carries the parent type (Pulumi URN format parent$type).' }, P, [
      { op: 'delete', type: 'aws:rds/instance:Instance', name: 'orders-db', parent: 'orders', parentType: 'acme:index:Database', old: { id: 'db-ORDERS', inputs: { allocatedStorage: 100, engine: 'postgres', identifier: 'orders', instanceClass: 'db.r6g.large', skipFinalSnapshot: true } } },
      { op: 'delete', type: 'acme:index:Database', name: 'orders', custom: false, old: { inputs: {} } },
    ]),
    pu('volume-replacement-steps', { class: 'rename-and-move', expect: 'block', rules: ['no-stateful-delete'], why: 'With --show-replacement-steps a replacement of an aws:ebs/volume is create-replacement, replace and delete-replaced: the old volume is destroyed (pulumi-engine.md §6).', from: 'pulumi/engine-delete-before-replace.events.ndjson (replacement sub-steps)' }, P, [
      { op: 'create-replacement', type: 'aws:ebs/volume:Volume', name: 'orders-data', diff: ['availabilityZone'], replace: ['availabilityZone'], old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } }, new: { inputs: { availabilityZone: 'us-east-1b', encrypted: true, size: 500, type: 'gp3' } } },
      { op: 'replace', type: 'aws:ebs/volume:Volume', name: 'orders-data', diff: ['availabilityZone'], replace: ['availabilityZone'], old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } }, new: { inputs: { availabilityZone: 'us-east-1b', encrypted: true, size: 500, type: 'gp3' } } },
      { op: 'delete-replaced', type: 'aws:ebs/volume:Volume', name: 'orders-data', old: { id: 'vol-0d4e5f6a7b8c9d0e1', inputs: { availabilityZone: 'us-east-1a', encrypted: true, size: 500, type: 'gp3' } } },
    ]),
    pu('pvc-delete', { class: 'cascade', expect: 'block', rules: ['no-stateful-delete'], why: 'Deleting a dynamically provisioned kubernetes:core/v1:PersistentVolumeClaim deletes its disk under the default reclaim policy Delete (data-model.md §0 row 1).' }, { stack: 'staging', project: 'cluster' }, [
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-postgres', old: { id: 'payments/data-postgres', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-postgres', namespace: 'payments' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' } } } },
    ]),

    // ---- guard flags with their own spelling ----
    tf('ecr-force-delete-on', { class: 'protection-removed', expect: 'block', rules: ['no-protection-downgrade'], why: 'aws_ecr_repository.force_delete (not force_destroy) false → true lets the next destroy delete the repository with its images (@pulumi/aws 7.48.0 ecr/repository.d.ts, data-model.md §2.5).' }, [
      { type: 'aws_ecr_repository', name: 'api', actions: ['update'], before: ecr(false), after: ecr(true) },
    ]),
    tf('ecr-tag-mutability-update', { class: 'protection-removed', expect: 'allow', why: 'An unrelated ECR update (image_tag_mutability) with force_delete left false changes no guard.' }, [
      { type: 'aws_ecr_repository', name: 'api', actions: ['update'], before: { ...ecr(false), image_tag_mutability: 'MUTABLE' }, after: ecr(false) },
    ]),
    pu('ecr-force-delete-on', { class: 'protection-removed', expect: 'block', rules: ['no-protection-downgrade'], why: 'aws:ecr/repository forceDelete false → true (@pulumi/aws 7.48.0 ecr/repository.d.ts).' }, P, [
      { op: 'update', type: 'aws:ecr/repository:Repository', name: 'api', diff: ['forceDelete'], old: { id: 'api', inputs: { name: 'api', forceDelete: false, imageTagMutability: 'IMMUTABLE' } }, new: { inputs: { name: 'api', forceDelete: true, imageTagMutability: 'IMMUTABLE' } } },
    ]),
    tf('backup-vault-force-destroy-on', { class: 'protection-removed', expect: 'block', rules: ['no-protection-downgrade'], why: 'aws_backup_vault.force_destroy false → true lets the vault be destroyed with its 35 recovery points (terraform-plans.md §6.1).' }, [
      { type: 'aws_backup_vault', name: 'orders', actions: ['update'], before: vault(false), after: vault(true) },
    ]),
    tf('rds-skip-final-snapshot-on', { class: 'protection-removed', expect: 'block', rules: ['no-protection-downgrade'], why: 'skip_final_snapshot false → true with delete_automated_backups = true: the next delete of the database leaves no recovery point (hashicorp/aws 6.25.0, terraform-plans.md §6.1).', from: RDS }, [
      { type: 'aws_db_instance', name: 'orders', actions: ['update'], before: rds({ deletion_protection: true }), after: rds({ deletion_protection: true, skip_final_snapshot: true }) },
    ]),

    // ---- more grants ----
    tf('cloud-control-role-inline-admin', { class: 'credentials', expect: 'block', rules: ['no-blanket-destroy-credentials'], why: 'A role CloudFormation assumes, with an inline_policy allowing "*" on "*": every deploy through it can delete any data in the account (issue #8 §5, "a Cloud Control role with an inline admin policy").', from: 'real-world/infracost-tf01411-create-update-noop.plan.json (aws_iam_role inline_policy shape)' }, [
      { type: 'aws_iam_role', name: 'deployer', actions: ['create'], before: null, unknown: ['arn', 'create_date', 'id', 'unique_id'],
        after: { assume_role_policy: policy([{ Effect: 'Allow', Principal: { Service: 'cloudformation.amazonaws.com' }, Action: 'sts:AssumeRole' }]), description: 'CloudFormation deploy role', force_detach_policies: false, inline_policy: [{ name: 'deploy', policy: policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]) }], max_session_duration: 3600, name: 'cfn-deployer', path: '/', permissions_boundary: null, ...tags({ env: 'staging' }) } },
    ]),
    pu('staging-role-reaches-only-prod', { class: 'credentials', expect: 'block', rules: ['no-blanket-destroy-credentials'], why: 'A staging stack\'s role may delete RDS instances only where aws:ResourceTag/env = prod: it reaches nothing of its own environment and all of prod (issue #8 §5).' }, { stack: 'staging', project: 'ci' }, [
      { op: 'create', type: 'aws:iam/rolePolicy:RolePolicy', name: 'ci-cleanup', new: { inputs: { name: 'cleanup', role: 'ci-deployer', policy: policy([{ Effect: 'Allow', Action: ['rds:DeleteDBInstance', 'rds:DeleteDBSnapshot'], Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } }]) } } },
    ]),
    pu('key-policy-open-schedule-deletion', { class: 'credentials', expect: 'block', rules: ['no-blanket-destroy-credentials'], why: 'A KMS key policy allowing kms:ScheduleKeyDeletion and kms:DisableKey to Principal "*": anyone can make the data under the key unreadable (issue #8 §5, resource policies; data-model.md §2.4).' }, { stack: 'staging', project: 'data' }, [
      { op: 'update', type: 'aws:kms/key:Key', name: 'orders-key', diff: ['policy'],
        old: { id: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', inputs: { description: 'orders data key', enableKeyRotation: true, policy: policy([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]) } },
        new: { inputs: { description: 'orders data key', enableKeyRotation: true, policy: policy([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }, { Sid: 'Ops', Effect: 'Allow', Principal: '*', Action: ['kms:ScheduleKeyDeletion', 'kms:DisableKey'], Resource: '*' }]) } } },
    ]),
    pu('key-policy-account-root-only', { class: 'credentials', expect: 'allow', why: 'The default key policy (the account root may use kms:*) delegates to IAM and opens the key to no foreign principal (AWS KMS default key policy).' }, { stack: 'staging', project: 'data' }, [
      { op: 'update', type: 'aws:kms/key:Key', name: 'orders-key', diff: ['description'],
        old: { id: '6f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', inputs: { description: 'orders data key', enableKeyRotation: true, policy: policy([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]) } },
        new: { inputs: { description: 'orders table key', enableKeyRotation: true, policy: policy([{ Sid: 'Root', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` }, Action: 'kms:*', Resource: '*' }]) } } },
    ]),
  ];
}
