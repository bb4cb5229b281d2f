// Containers whose delete takes data with it, and their look-alikes.
import type { Obj } from './envelopes.js';
import { ACCOUNT, pu, tags, tf, type CorpusCase } from './helpers.js';

const DEL = 'delete_because_no_resource_config';
const K8S = { stack: 'staging', project: 'cluster' };

const kmeta = (name: string, namespace?: string, labels: Obj = {}, generateName = true): Obj[] => [{
  annotations: {}, ...(generateName ? { generate_name: '' } : {}), labels, name, ...(namespace ? { namespace } : {}),
  resource_version: String(40000 + name.length * 97), uid: `0d1c5e9a-7b4f-4c1e-9a2d-${name.padEnd(12, '0').slice(0, 12).replace(/[^0-9a-f]/g, 'a')}`,
}];

const namespace = (name: string): Obj => ({ id: name, metadata: kmeta(name), timeouts: null, wait_for_default_service_account: false });

const pvc = (name: string, ns: string, volumeName: string): Obj => ({
  id: `${ns}/${name}`, metadata: kmeta(name, ns),
  spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: '50Gi' } }], selector: [], storage_class_name: 'gp3', volume_mode: 'Filesystem', volume_name: volumeName }],
  timeouts: null, wait_until_bound: true,
});

const configMap = (name: string, ns: string): Obj => ({ binary_data: {}, data: { 'LOG_LEVEL': 'info' }, id: `${ns}/${name}`, immutable: false, metadata: kmeta(name, ns) });

export function statefulSet(whenDeleted: string | null): Obj {
  return {
    id: 'payments/postgres', metadata: kmeta('postgres', 'payments'),
    spec: [{
      min_ready_seconds: 0,
      persistent_volume_claim_retention_policy: whenDeleted ? [{ when_deleted: whenDeleted, when_scaled: 'Retain' }] : [],
      pod_management_policy: 'OrderedReady', replicas: '3', revision_history_limit: 10,
      selector: [{ match_expressions: [], match_labels: { app: 'postgres' } }], service_name: 'postgres',
      template: [{ metadata: [{ annotations: {}, generate_name: '', labels: { app: 'postgres' }, name: '', namespace: '' }], spec: [{ container: [{ image: 'postgres:16', name: 'postgres', volume_mount: [{ mount_path: '/var/lib/postgresql/data', name: 'data', read_only: false }] }] }] }],
      update_strategy: [{ rolling_update: [{ partition: 0 }], type: 'RollingUpdate' }],
      volume_claim_template: [{ metadata: [{ annotations: {}, labels: {}, name: 'data', namespace: 'payments' }], spec: [{ access_modes: ['ReadWriteOnce'], resources: [{ limits: {}, requests: { storage: '50Gi' } }], selector: [], storage_class_name: 'gp3', volume_mode: 'Filesystem', volume_name: '' }] }],
    }],
    timeouts: null, wait_for_rollout: true,
  };
}

function pstatefulSet(whenDeleted: string | null): Obj {
  return {
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'postgres', namespace: 'payments' },
    spec: {
      ...(whenDeleted ? { persistentVolumeClaimRetentionPolicy: { whenDeleted, whenScaled: 'Retain' } } : {}),
      replicas: 3, selector: { matchLabels: { app: 'postgres' } }, serviceName: 'postgres',
      template: { metadata: { labels: { app: 'postgres' } }, spec: { containers: [{ image: 'postgres:16', name: 'postgres', volumeMounts: [{ mountPath: '/var/lib/postgresql/data', name: 'data' }] }] } },
      volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' } }],
    },
  };
}

/** A kubernetes_manifest as Terraform's plan holds it: the object under `manifest`, its applied copy under `object`. */
const manifest = (object: Obj): Obj => ({ computed_fields: null, field_manager: [], manifest: object, object, timeouts: [], wait: [], wait_for: null });

const PVC_OBJECT: Obj = {
  apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-postgres', namespace: 'payments' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' },
};

function pv(policy: string): Obj {
  return {
    id: 'orders-archive', metadata: kmeta('orders-archive', undefined, {}, false),
    spec: [{
      access_modes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, claim_ref: [], mount_options: [], node_affinity: [],
      persistent_volume_reclaim_policy: policy,
      persistent_volume_source: [{ csi: [{ driver: 'ebs.csi.aws.com', fs_type: 'ext4', read_only: false, volume_attributes: {}, volume_handle: 'vol-0f3c9a7e5b1d2c4a6' }] }],
      storage_class_name: 'gp3', volume_mode: 'Filesystem',
    }],
    timeouts: null,
  };
}

const tableTemplate = (deletionPolicy?: string) => JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: {
    OrdersTable: {
      Type: 'AWS::DynamoDB::Table',
      ...(deletionPolicy ? { DeletionPolicy: deletionPolicy, UpdateReplacePolicy: deletionPolicy } : {}),
      Properties: { TableName: 'orders', BillingMode: 'PAY_PER_REQUEST', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }] },
    },
    OrdersTopic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders-events' } },
  },
  Outputs: { TableName: { Value: { Ref: 'OrdersTable' } } },
}, null, 2);

const topicOnlyTemplate = () => JSON.stringify({
  AWSTemplateFormatVersion: '2010-09-09',
  Resources: { OrdersTopic: { Type: 'AWS::SNS::Topic', Properties: { TopicName: 'orders-events' } } },
}, null, 2);

function cfnStack(template: string): Obj {
  return {
    capabilities: [], disable_rollback: false, iam_role_arn: '', id: `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/orders/5f0c1e2a-7b3d-11ee-9c1a-0a1b2c3d4e5f`,
    name: 'orders', notification_arns: [], on_failure: null, outputs: { TableName: 'orders' }, parameters: {}, policy_body: '', policy_url: null,
    template_body: template, template_url: null, timeout_in_minutes: 0, timeouts: null, ...tags({}),
  };
}

function instance(dataDisk: boolean | null, ami = 'ami-0a1b2c3d4e5f60718'): Obj {
  return {
    ami, arn: `arn:aws:ec2:us-east-1:${ACCOUNT}:instance/i-0a1b2c3d4e5f60718`, associate_public_ip_address: false, availability_zone: 'us-east-1a',
    ebs_block_device: dataDisk === null ? [] : [{ delete_on_termination: dataDisk, device_name: '/dev/sdf', encrypted: true, iops: 3000, kms_key_id: '', snapshot_id: '', tags: {}, tags_all: {}, throughput: 125, volume_id: 'vol-0d4e5f6a7b8c9d0e1', volume_size: 500, volume_type: 'gp3' }],
    ebs_optimized: true, ephemeral_block_device: [], id: 'i-0a1b2c3d4e5f60718', instance_type: 'm7g.large', key_name: '', monitoring: false,
    root_block_device: [{ delete_on_termination: true, device_name: '/dev/xvda', encrypted: true, iops: 3000, kms_key_id: '', tags: {}, tags_all: {}, throughput: 125, volume_id: 'vol-0a9b8c7d6e5f4a3b2', volume_size: 20, volume_type: 'gp3' }],
    subnet_id: 'subnet-0a1b2c3d', user_data_replace_on_change: false, vpc_security_group_ids: ['sg-0a1b2c3d'], ...tags({ Name: 'search-node' }),
  };
}

const afterInstance = (dataDisk: boolean | null): Obj => {
  const v = instance(dataDisk, 'ami-0f9e8d7c6b5a40312');
  const ebs = (v.ebs_block_device as Obj[]).map((d) => ({ ...d, volume_id: null, iops: 3000 }));
  const root = (v.root_block_device as Obj[]).map((d) => ({ ...d, volume_id: null }));
  return { ...v, arn: null, id: null, ebs_block_device: ebs, root_block_device: root };
};

const RAILWAY_PROJECT = '5b3f8a0e-6c1d-4f2a-9e7b-2d4c6a8e0f13';
function railwayService(volume: boolean, image = 'postgres:16'): Obj {
  return {
    config_path: null, cron_schedule: null, id: 'c7e1a2b3-4d5e-4f60-8a9b-0c1d2e3f4a5b', name: 'postgres', project_id: RAILWAY_PROJECT,
    regions: [{ num_replicas: 1, region: 'us-west2' }], root_directory: null, source_image: image, source_image_registry_password: null, source_image_registry_username: null, source_repo: null, source_repo_branch: null,
    volume: volume ? { id: '0f1e2d3c-4b5a-4968-8776-a5b4c3d2e1f0', mount_path: '/var/lib/postgresql/data', name: 'pgdata', size: 5000 } : null,
  };
}

const AZ_SUB = '/subscriptions/00000000-0000-0000-0000-000000000000';
function storageAccount(rg: string): Obj {
  return {
    access_tier: 'Hot', account_kind: 'StorageV2', account_replication_type: 'GRS', account_tier: 'Standard', id: `${AZ_SUB}/resourceGroups/${rg}/providers/Microsoft.Storage/storageAccounts/acmeinvoices`,
    location: 'westeurope', min_tls_version: 'TLS1_2', name: 'acmeinvoices', primary_blob_endpoint: 'https://acmeinvoices.blob.core.windows.net/', resource_group_name: rg, tags: {},
  };
}

const googleProject = (policy: string | null): Obj => ({
  auto_create_network: true, billing_account: '01A2B3-C4D5E6-F7A8B9', deletion_policy: policy, effective_labels: {}, folder_id: '', id: 'projects/acme-analytics',
  labels: {}, name: 'acme-analytics', number: '418203947561', org_id: '123456789012', project_id: 'acme-analytics', tags: null, terraform_labels: {},
});

// ---- Helm releases: what the release rendered, when the plan shows it ----
/**
 * hashicorp/helm's JSON manifest (experiments { manifest = true }): one entry per rendered object, keyed
 * namespace/kind.group/apiVersion/name (terraform-provider-helm helm/manifest_json.go); attribute names from its
 * docs/resources/release.md (the Helm provider is not in the schema index).
 */
export function helmManifest(objects: Obj[]): string {
  const entries = objects.map((o) => {
    const meta = o.metadata as Obj;
    const [group, version] = String(o.apiVersion).includes('/') ? String(o.apiVersion).split('/') : ['', String(o.apiVersion)];
    const groupKind = `${String(o.kind).toLowerCase()}${group ? `.${group}` : ''}`;
    return [`${String(meta.namespace)}/${groupKind}/${version}/${String(meta.name)}`, o] as const;
  });
  return JSON.stringify(Object.fromEntries(entries));
}

export const helmRelease = (manifest: string | null): Obj => ({
  atomic: false, chart: 'orders', cleanup_on_fail: false, create_namespace: false, dependency_update: false, description: null, devel: null,
  disable_crd_hooks: false, disable_openapi_validation: false, disable_webhooks: false, force_update: false, id: 'orders', keyring: null, lint: false,
  manifest, max_history: 0, metadata: [{ app_version: '2.4.1', chart: 'orders', first_deployed: 1764400000, last_deployed: 1764400000, name: 'orders', namespace: 'payments', notes: '', revision: 3, values: '{}', version: '2.4.1' }],
  name: 'orders', namespace: 'payments', pass_credentials: false, postrender: [], recreate_pods: false, render_subchart_notes: true, replace: false,
  repository: 'https://charts.example.com', reset_values: false, reuse_values: false, set: [], set_list: [], set_sensitive: [], skip_crds: false,
  status: 'deployed', timeout: 300, values: [], verify: false, version: '2.4.1', wait: true, wait_for_jobs: false,
});

export const rendered = {
  claim: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'orders-uploads', namespace: 'payments', labels: { 'app.kubernetes.io/instance': 'orders' } }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '20Gi' } }, storageClassName: 'gp3' } },
  deployment: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'orders-api', namespace: 'payments' }, spec: { replicas: 2, selector: { matchLabels: { app: 'orders-api' } }, template: { metadata: { labels: { app: 'orders-api' } }, spec: { containers: [{ name: 'api', image: 'ghcr.io/acme/orders-api:2.4.1' }] } } } },
  service: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'orders-api', namespace: 'payments' }, spec: { ports: [{ port: 80, targetPort: 8080 }], selector: { app: 'orders-api' } } },
  config: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'orders-config', namespace: 'payments' }, data: { LOG_LEVEL: 'info' } },
  statefulSet: (whenDeleted: string | null) => ({ ...pstatefulSet(whenDeleted), metadata: { name: 'orders-db', namespace: 'payments' } }),
};

/** A Release's state: resourceNames and status are outputs the provider records, not inputs. */
const pulumiRelease = (resourceNames: Record<string, string[]>): { id: string; inputs: Obj; outputs: Obj } => {
  const inputs = { chart: 'orders', name: 'orders', namespace: 'payments', repositoryOpts: { repo: 'https://charts.example.com' }, values: {}, version: '2.4.1' };
  return {
    id: 'payments/orders', inputs,
    outputs: { ...inputs, id: 'payments/orders', resourceNames, status: { appVersion: '2.4.1', chart: 'orders', name: 'orders', namespace: 'payments', revision: 3, status: 'deployed', version: '2.4.1' } },
  };
};

export function cascadeCases(): CorpusCase[] {
  const block = (why: string) => ({ class: 'cascade' as const, expect: 'block' as const, rules: ['no-stateful-delete'], why });
  const allow = (why: string) => ({ class: 'cascade' as const, expect: 'allow' as const, why });
  return [
    // ---- Kubernetes namespaces ----
    tf('k8s-namespace-delete-with-pvc', block('Deleting a Namespace deletes every namespaced object in it, so the PVC payments/data-postgres (left in the configuration, untouched) goes, and with the default Delete reclaim policy its disk (data-model.md §1.1).'), [
      { type: 'kubernetes_namespace_v1', name: 'payments', actions: ['delete'], reason: DEL, before: namespace('payments') },
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'data', actions: ['no-op'], before: pvc('data-postgres', 'payments', 'pvc-6a1f0c2e'), after: pvc('data-postgres', 'payments', 'pvc-6a1f0c2e') },
    ]),
    tf('k8s-legacy-namespace-delete-with-statefulset', block('A legacy kubernetes_namespace deleted while a StatefulSet with volumeClaimTemplates lives in it: the namespace delete removes the claims the StatefulSet created, whatever its retention policy (data-model.md §1.1).'), [
      { type: 'kubernetes_namespace', name: 'payments', actions: ['delete'], reason: DEL, before: namespace('payments') },
      { type: 'kubernetes_stateful_set_v1', name: 'postgres', actions: ['no-op'], before: statefulSet('Retain'), after: statefulSet('Retain') },
    ]),
    tf('k8s-namespace-delete-with-config-map', allow('A Namespace holding only a ConfigMap (whose data is in the configuration) takes no stored data with it (data-model.md §1.1).'), [
      { type: 'kubernetes_namespace_v1', name: 'preview', actions: ['delete'], reason: DEL, before: namespace('preview') },
      { type: 'kubernetes_config_map_v1', name: 'settings', actions: ['delete'], reason: DEL, before: configMap('settings', 'preview') },
    ]),
    tf('k8s-namespace-delete-empty', allow('An empty Namespace (nothing in the plan or prior state lives in it) holds no data.'), [
      { type: 'kubernetes_namespace_v1', name: 'sandbox', actions: ['delete'], reason: DEL, before: namespace('sandbox') },
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'data', actions: ['no-op'], before: pvc('data-postgres', 'payments', 'pvc-6a1f0c2e'), after: pvc('data-postgres', 'payments', 'pvc-6a1f0c2e') },
    ]),
    pu('k8s-namespace-delete-with-pvc', { ...block('A kubernetes:core/v1:Namespace delete (preview --show-sames) while a PersistentVolumeClaim lives in it: the claim and, by the default Delete reclaim policy, its disk go (data-model.md §1.1).'), from: 'pulumi/driftadopter-mixed-create-update-replace-delete.preview.json (same steps)' }, { ...K8S, hiddenSames: 0 }, [
      { op: 'delete', type: 'kubernetes:core/v1:Namespace', name: 'payments', old: { id: 'payments', inputs: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } } } },
      { op: 'same', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-postgres', old: { id: 'payments/data-postgres', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-postgres', namespace: 'payments' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' } } }, new: { id: 'payments/data-postgres', inputs: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data-postgres', namespace: 'payments' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '50Gi' } }, storageClassName: 'gp3' } } } },
    ]),
    pu('k8s-namespace-delete-with-config-map', allow('A kubernetes:core/v1:Namespace deleted with only a ConfigMap in it holds no stored data.'), K8S, [
      { op: 'delete', type: 'kubernetes:core/v1:Namespace', name: 'preview', old: { id: 'preview', inputs: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'preview' } } } },
      { op: 'delete', type: 'kubernetes:core/v1:ConfigMap', name: 'settings', old: { id: 'preview/settings', inputs: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'preview' }, data: { LOG_LEVEL: 'info' } } } },
    ]),

    // ---- Generic objects: a kubernetes_manifest or a Pulumi CustomResource is what its kind says ----
    tf('k8s-manifest-namespace-delete-with-pvc', block('A kubernetes_manifest whose manifest is a Namespace is a namespace: deleting it deletes the PersistentVolumeClaim (itself a kubernetes_manifest, left untouched) that lives in it, and with the default Delete reclaim policy its disk (data-model.md §1.1).'), [
      { type: 'kubernetes_manifest', name: 'payments', actions: ['delete'], reason: DEL, before: manifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } }) },
      { type: 'kubernetes_manifest', name: 'data', actions: ['no-op'], before: manifest(PVC_OBJECT), after: manifest(PVC_OBJECT) },
    ]),
    tf('k8s-manifest-config-map-delete', allow('A kubernetes_manifest whose manifest is a ConfigMap holds only the settings written in the configuration: deleting it destroys no stored data.'), [
      { type: 'kubernetes_manifest', name: 'settings', actions: ['delete'], reason: DEL, before: manifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'payments' }, data: { LOG_LEVEL: 'info' } }) },
    ]),
    tf('k8s-manifest-namespace-delete-with-config-map', allow('A kubernetes_manifest Namespace deleted with only a ConfigMap manifest in it takes no stored data with it (data-model.md §1.1).'), [
      { type: 'kubernetes_manifest', name: 'preview', actions: ['delete'], reason: DEL, before: manifest({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'preview' } }) },
      { type: 'kubernetes_manifest', name: 'settings', actions: ['delete'], reason: DEL, before: manifest({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'preview' }, data: { LOG_LEVEL: 'info' } }) },
    ]),
    tf('k8s-manifest-statefulset-delete-retention-delete', block('A kubernetes_manifest StatefulSet with persistentVolumeClaimRetentionPolicy.whenDeleted Delete deletes the claims of its volumeClaimTemplates when it is deleted (k8s API StatefulSetPersistentVolumeClaimRetentionPolicy, data-model.md §1.1).'), [
      { type: 'kubernetes_manifest', name: 'postgres', actions: ['delete'], reason: DEL, before: manifest(pstatefulSet('Delete')) },
    ]),
    pu('k8s-custom-resource-namespace-delete-with-pvc', block('A kubernetes:apiextensions.k8s.io:CustomResource whose inputs are a Namespace is judged as a Namespace: its delete takes the PersistentVolumeClaim in it, and its disk (data-model.md §1.1).'), K8S, [
      { op: 'delete', type: 'kubernetes:apiextensions.k8s.io:CustomResource', name: 'payments', old: { id: 'payments', inputs: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'payments' } } } },
      { op: 'same', type: 'kubernetes:core/v1:PersistentVolumeClaim', name: 'data-postgres', old: { id: 'payments/data-postgres', inputs: PVC_OBJECT }, new: { id: 'payments/data-postgres', inputs: PVC_OBJECT } },
    ]),
    pu('k8s-custom-resource-config-map-delete', allow('A CustomResource-style kubernetes:v1:ConfigMap (as yaml.ConfigFile registers an object it has no class for) is a ConfigMap: its delete destroys no stored data.'), K8S, [
      { op: 'delete', type: 'kubernetes:v1:ConfigMap', name: 'settings', old: { id: 'payments/settings', inputs: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'payments' }, data: { LOG_LEVEL: 'info' } } } },
    ]),
    pu('k8s-custom-resource-operator-database-delete', block('A custom resource of a database operator (kubernetes:postgresql.cnpg.io/v1:Cluster, CloudNativePG) is a kind no provider schema describes; its group and kind say PostgreSQL cluster, so the gate cannot tell and fails closed rather than pass the delete of a database.'), K8S, [
      { op: 'delete', type: 'kubernetes:postgresql.cnpg.io/v1:Cluster', name: 'orders-db', old: { id: 'payments/orders-db', inputs: { apiVersion: 'postgresql.cnpg.io/v1', kind: 'Cluster', metadata: { name: 'orders-db', namespace: 'payments' }, spec: { instances: 3, storage: { size: '50Gi' } } } } },
    ]),
    pu('k8s-custom-resource-service-monitor-delete', allow('A custom resource that only configures scraping (kubernetes:monitoring.coreos.com/v1:ServiceMonitor) holds no data: its delete passes.'), K8S, [
      { op: 'delete', type: 'kubernetes:monitoring.coreos.com/v1:ServiceMonitor', name: 'orders', old: { id: 'payments/orders', inputs: { apiVersion: 'monitoring.coreos.com/v1', kind: 'ServiceMonitor', metadata: { name: 'orders', namespace: 'payments' }, spec: { endpoints: [{ port: 'metrics' }], selector: { matchLabels: { app: 'orders' } } } } } },
    ]),

    // ---- Helm releases ----
    tf('helm-release-with-claim-deleted', block('Destroying a helm_release uninstalls it, and Helm deletes what the chart rendered: the manifest (experiments.manifest) holds a PersistentVolumeClaim templated by the chart, whose disk goes with it under the default Delete reclaim policy (helm/helm#8515, data-model.md §1.5).'), [
      { type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(helmManifest([rendered.claim, rendered.deployment, rendered.service])) },
    ]),
    tf('helm-release-stateless-deleted', allow('A helm_release whose manifest renders only a Deployment, a Service and a ConfigMap: uninstalling it destroys no stored data.'), [
      { type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(helmManifest([rendered.deployment, rendered.service, rendered.config])) },
    ]),
    tf('helm-release-statefulset-claims-deleted', block('The release renders a StatefulSet with volumeClaimTemplates and persistentVolumeClaimRetentionPolicy.whenDeleted Delete: uninstalling deletes the set, and the set deletes its claims (k8s StatefulSetPersistentVolumeClaimRetentionPolicy, data-model.md §1.1, §1.5).'), [
      { type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(helmManifest([rendered.statefulSet('Delete'), rendered.service])) },
    ]),
    tf('helm-release-statefulset-claims-kept', allow('The release renders a StatefulSet with volumeClaimTemplates and the default retention (Retain): Helm does not delete the claims the set created (helm/helm#3313), and the set keeps them, so the data stays.'), [
      { type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(helmManifest([rendered.statefulSet(null), rendered.service])) },
    ]),
    tf('helm-release-without-manifest-deleted', allow('Without experiments.manifest the plan does not show what the release rendered: the delete warns that it cannot tell, and does not block (issue #8 §7: what the plan cannot show warns).'), [
      { type: 'helm_release', name: 'orders', actions: ['delete'], reason: DEL, before: helmRelease(null) },
    ]),
    pu('helm-release-with-claim-deleted', block('A kubernetes:helm.sh/v3:Release deleted whose resourceNames list a PersistentVolumeClaim: the uninstall deletes the claim the chart templated, and its disk (pulumi-kubernetes helm_release.go resourceNames; data-model.md §1.5).'), K8S, [
      { op: 'delete', type: 'kubernetes:helm.sh/v3:Release', name: 'orders', old: pulumiRelease({ 'Deployment.apps/apps/v1': ['payments/orders-api'], 'PersistentVolumeClaim/v1': ['payments/orders-uploads'], 'Service/v1': ['payments/orders-api'] }) },
    ]),
    pu('helm-release-stateless-deleted', allow('A kubernetes:helm.sh/v3:Release whose resourceNames list only a Deployment, a Service and a ConfigMap: its uninstall destroys no stored data.'), K8S, [
      { op: 'delete', type: 'kubernetes:helm.sh/v3:Release', name: 'orders', old: pulumiRelease({ 'ConfigMap/v1': ['payments/orders-config'], 'Deployment.apps/apps/v1': ['payments/orders-api'], 'Service/v1': ['payments/orders-api'] }) },
    ]),

    // ---- StatefulSets and volumes ----
    tf('k8s-statefulset-delete-retention-delete', block('A StatefulSet with persistent_volume_claim_retention_policy.when_deleted = "Delete" deletes its PVCs when it is deleted (k8s API StatefulSetPersistentVolumeClaimRetentionPolicy, data-model.md §1.1).'), [
      { type: 'kubernetes_stateful_set_v1', name: 'postgres', actions: ['delete'], reason: DEL, before: statefulSet('Delete') },
    ]),
    tf('k8s-statefulset-delete-retention-retain', allow('With when_deleted = "Retain" (the default) the PVCs of a deleted StatefulSet stay, and with them the data (data-model.md §1.1).'), [
      { type: 'kubernetes_stateful_set_v1', name: 'postgres', actions: ['delete'], reason: DEL, before: statefulSet('Retain') },
    ]),
    pu('k8s-statefulset-delete-retention-delete', block('A kubernetes:apps/v1:StatefulSet with whenDeleted "Delete" takes its PVCs with it (data-model.md §1.1).'), K8S, [
      { op: 'delete', type: 'kubernetes:apps/v1:StatefulSet', name: 'postgres', old: { id: 'payments/postgres', inputs: pstatefulSet('Delete') } },
    ]),
    pu('k8s-statefulset-delete-default-retention', allow('A StatefulSet with no persistentVolumeClaimRetentionPolicy uses the default Retain: its PVCs survive the delete (data-model.md §1.1).'), K8S, [
      { op: 'delete', type: 'kubernetes:apps/v1:StatefulSet', name: 'postgres', old: { id: 'payments/postgres', inputs: pstatefulSet(null) } },
    ]),
    tf('k8s-pv-delete-reclaim-delete', block('A PersistentVolume with reclaim policy Delete: since Kubernetes 1.31 (KEP-2644, HonorPVReclaimPolicy beta, on by default) deleting the PV deletes the backing EBS volume.'), [
      { type: 'kubernetes_persistent_volume_v1', name: 'archive', actions: ['delete'], reason: DEL, before: pv('Delete') },
    ]),
    tf('k8s-pv-delete-reclaim-retain', allow('A PersistentVolume with reclaim policy Retain: deleting the PV object leaves the backing volume and its data (k8s PV docs, data-model.md §1.1).'), [
      { type: 'kubernetes_persistent_volume_v1', name: 'archive', actions: ['delete'], reason: DEL, before: pv('Retain') },
    ]),
    tf('k8s-pvc-delete-dynamic', block('Deleting a dynamically provisioned PVC deletes its PV and disk under the default StorageClass reclaimPolicy Delete (data-model.md §0 row 1).'), [
      { type: 'kubernetes_persistent_volume_claim_v1', name: 'data', actions: ['delete'], reason: DEL, before: pvc('data-postgres', 'payments', 'pvc-6a1f0c2e') },
    ]),
    pu('k8s-pv-delete-reclaim-delete', block('A kubernetes:core/v1:PersistentVolume with persistentVolumeReclaimPolicy Delete is deleted with its disk (KEP-2644, Kubernetes ≥ 1.31).'), K8S, [
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolume', name: 'orders-archive', old: { id: 'orders-archive', inputs: { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'orders-archive' }, spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, persistentVolumeReclaimPolicy: 'Delete', csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0f3c9a7e5b1d2c4a6', fsType: 'ext4' }, storageClassName: 'gp3' } } } },
    ]),
    pu('k8s-pv-delete-reclaim-retain', allow('A kubernetes:core/v1:PersistentVolume with Retain: the disk survives the delete of the PV object.'), K8S, [
      { op: 'delete', type: 'kubernetes:core/v1:PersistentVolume', name: 'orders-archive', old: { id: 'orders-archive', inputs: { apiVersion: 'v1', kind: 'PersistentVolume', metadata: { name: 'orders-archive' }, spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '200Gi' }, persistentVolumeReclaimPolicy: 'Retain', csi: { driver: 'ebs.csi.aws.com', volumeHandle: 'vol-0f3c9a7e5b1d2c4a6', fsType: 'ext4' }, storageClassName: 'gp3' } } } },
    ]),

    // ---- CloudFormation ----
    tf('cloudformation-stack-delete-table', block('Deleting an aws_cloudformation_stack deletes the template\'s AWS::DynamoDB::Table, which has no DeletionPolicy (default Delete; AWS CloudFormation DeletionPolicy docs, data-model.md §1.2).'), [
      { type: 'aws_cloudformation_stack', name: 'orders', actions: ['delete'], reason: DEL, before: cfnStack(tableTemplate()) },
    ]),
    tf('cloudformation-stack-delete-table-retained', allow('The template\'s AWS::DynamoDB::Table has DeletionPolicy Retain: CloudFormation keeps the table when the stack is deleted (AWS DeletionPolicy docs).'), [
      { type: 'aws_cloudformation_stack', name: 'orders', actions: ['delete'], reason: DEL, before: cfnStack(tableTemplate('Retain')) },
    ]),
    tf('cloudformation-stack-update-drops-table', block('An in-place update whose new template_body no longer contains the AWS::DynamoDB::Table deletes the table: DeletionPolicy applies to resources removed from the template on update (AWS DeletionPolicy docs, data-model.md §1.2).'), [
      { type: 'aws_cloudformation_stack', name: 'orders', actions: ['update'], before: cfnStack(tableTemplate()), after: cfnStack(topicOnlyTemplate()) },
    ]),
    pu('cloudformation-stack-delete-table', block('Deleting an aws:cloudformation/stack whose templateBody holds an AWS::DynamoDB::Table without DeletionPolicy deletes the table.'), { stack: 'staging', project: 'orders' }, [
      { op: 'delete', type: 'aws:cloudformation/stack:Stack', name: 'orders', old: { id: `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/orders/5f0c1e2a-7b3d-11ee-9c1a-0a1b2c3d4e5f`, inputs: { name: 'orders', templateBody: tableTemplate() } } },
    ]),
    pu('cloudformation-stack-delete-table-retained', allow('An aws:cloudformation/stack whose table has DeletionPolicy Retain: the table outlives the stack.'), { stack: 'staging', project: 'orders' }, [
      { op: 'delete', type: 'aws:cloudformation/stack:Stack', name: 'orders', old: { id: `arn:aws:cloudformation:us-east-1:${ACCOUNT}:stack/orders/5f0c1e2a-7b3d-11ee-9c1a-0a1b2c3d4e5f`, inputs: { name: 'orders', templateBody: tableTemplate('Retain') } } },
    ]),

    // ---- EC2 instance block devices ----
    tf('ec2-instance-replace-data-disk-deleted', { ...block('Replacing an aws_instance terminates it, and an ebs_block_device with delete_on_termination = true (500 GiB data disk) is destroyed with it (data-model.md §1.2).'), from: 'terraform/infracost-tf1011-ebs-attachment.plan.json (aws_instance shape)' }, [
      { type: 'aws_instance', name: 'search', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['ami']], before: instance(true), after: afterInstance(true), unknown: ['arn', 'id'] },
    ]),
    tf('ec2-instance-replace-data-disk-kept', { ...allow('With ebs_block_device.delete_on_termination = false the data disk survives termination; only the root disk (rebuilt from the AMI) goes (judgement on root volumes, see README).'), from: 'terraform/infracost-tf1011-ebs-attachment.plan.json (aws_instance shape)' }, [
      { type: 'aws_instance', name: 'search', actions: ['delete', 'create'], reason: 'replace_because_cannot_update', replacePaths: [['ami']], before: instance(false), after: afterInstance(false), unknown: ['arn', 'id'] },
    ]),
    tf('ec2-instance-delete-root-only', { ...allow('An aws_instance with only its root volume: the root disk holds the image the instance boots from and is rebuilt by the replacement (judgement, see README).'), from: 'terraform/infracost-tf1011-ebs-attachment.plan.json (aws_instance shape)' }, [
      { type: 'aws_instance', name: 'search', actions: ['delete'], reason: DEL, before: instance(null) },
    ]),
    pu('ec2-instance-replace-data-disk-deleted', block('An aws:ec2/instance replaced with an ebsBlockDevices entry whose deleteOnTermination is true destroys that data disk (@pulumi/aws 7.48.0 types/input.d.ts ec2.InstanceEbsBlockDevice).'), S(), [
      { op: 'replace', type: 'aws:ec2/instance:Instance', name: 'search', diff: ['ami'], replace: ['ami'],
        old: { id: 'i-0a1b2c3d4e5f60718', inputs: { ami: 'ami-0a1b2c3d4e5f60718', instanceType: 'm7g.large', ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 500, volumeType: 'gp3', deleteOnTermination: true }], rootBlockDevice: { volumeSize: 20, deleteOnTermination: true } } },
        new: { inputs: { ami: 'ami-0f9e8d7c6b5a40312', instanceType: 'm7g.large', ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 500, volumeType: 'gp3', deleteOnTermination: true }], rootBlockDevice: { volumeSize: 20, deleteOnTermination: true } } } },
    ]),
    pu('ec2-instance-replace-data-disk-kept', allow('An aws:ec2/instance replaced with deleteOnTermination false on its data disk keeps the disk.'), S(), [
      { op: 'replace', type: 'aws:ec2/instance:Instance', name: 'search', diff: ['ami'], replace: ['ami'],
        old: { id: 'i-0a1b2c3d4e5f60718', inputs: { ami: 'ami-0a1b2c3d4e5f60718', instanceType: 'm7g.large', ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 500, volumeType: 'gp3', deleteOnTermination: false }], rootBlockDevice: { volumeSize: 20, deleteOnTermination: true } } },
        new: { inputs: { ami: 'ami-0f9e8d7c6b5a40312', instanceType: 'm7g.large', ebsBlockDevices: [{ deviceName: '/dev/sdf', volumeSize: 500, volumeType: 'gp3', deleteOnTermination: false }], rootBlockDevice: { volumeSize: 20, deleteOnTermination: true } } } },
    ]),

    // ---- Railway ----
    tf('railway-service-delete-with-volume', block('Deleting a railway_service with a volume calls serviceDelete then volumeDelete: the volume is gone (terraform-provider-railway internal/provider/resource_service.go, data-model.md §1.6).'), [
      { type: 'railway_service', sensitive: ['source_image_registry_password'], name: 'postgres', actions: ['delete'], reason: DEL, before: railwayService(true) },
    ]),
    tf('railway-service-update-removes-volume', block('An in-place update of railway_service that removes its volume block calls volumeDelete ("Delete volume if it was removed"): data destroyed by an update (resource_service.go, data-model.md §1.6).'), [
      { type: 'railway_service', sensitive: ['source_image_registry_password'], name: 'postgres', actions: ['update'], before: railwayService(true), after: railwayService(false) },
    ]),
    tf('railway-service-update-image', allow('An update of railway_service that changes only source_image keeps its volume (resource_service.go calls volumeDelete only when the block is removed).'), [
      { type: 'railway_service', sensitive: ['source_image_registry_password'], name: 'postgres', actions: ['update'], before: railwayService(true), after: railwayService(true, 'postgres:17') },
    ]),
    tf('railway-service-delete-without-volume', allow('A railway_service with no volume keeps no data of its own: its code and image are elsewhere (docs/resources/service.md).'), [
      { type: 'railway_service', sensitive: ['source_image_registry_password'], name: 'worker', actions: ['delete'], reason: DEL, before: { ...railwayService(false, 'ghcr.io/acme/worker:1.4.2'), name: 'worker', id: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' } },
    ]),
    tf('railway-environment-delete', block('Deleting a railway_environment calls environmentDelete, which takes the environment\'s volume instances (the postgres service\'s pgdata) with it (resource_environment.go; data-model.md §1.6 treats it as destroying every volume inside).'), [
      { type: 'railway_environment', name: 'staging', actions: ['delete'], reason: DEL, before: { id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0a', name: 'staging', project_id: RAILWAY_PROJECT } },
      { type: 'railway_service', sensitive: ['source_image_registry_password'], name: 'postgres', actions: ['no-op'], before: railwayService(true), after: railwayService(true) },
    ]),
    tf('railway-project-delete', block('Deleting a railway_project calls projectDelete (not the 48-hour projectScheduleDelete): every service, volume and backup in it goes (resource_project.go, schema.graphql; data-model.md §1.6).'), [
      { type: 'railway_project', name: 'shop', actions: ['delete'], reason: DEL, before: { default_environment: { id: '7d8e9f0a-1b2c-4d3e-8f4a-5b6c7d8e9f0b', name: 'production' }, description: 'shop', has_pr_deploys: false, id: RAILWAY_PROJECT, name: 'shop', private: true, workspace_id: null } },
    ]),

    // ---- Azure resource groups ----
    tf('azurerm-resource-group-delete-with-storage', block('Deleting an azurerm_resource_group deletes every resource nested in it, here the storage account acmeinvoices, and the provider\'s features.resource_group.prevent_deletion_if_contains_resources guard is set to false (azurerm docs, data-model.md §1.3).'), [
      { type: 'azurerm_resource_group', name: 'invoices', actions: ['delete'], reason: DEL, before: { id: `${AZ_SUB}/resourceGroups/invoices`, location: 'westeurope', managed_by: '', name: 'invoices', tags: {}, timeouts: null } },
      { type: 'azurerm_storage_account', name: 'invoices', actions: ['no-op'], before: storageAccount('invoices'), after: storageAccount('invoices') },
    ], { providerExpressions: { azurerm: { features: [{ resource_group: [{ prevent_deletion_if_contains_resources: { constant_value: false } }] }] } } }),
    tf('azurerm-resource-group-delete-empty', allow('An azurerm_resource_group with nothing in it, deleted under azurerm 4.x whose default prevent_deletion_if_contains_resources = true makes the provider refuse to delete a group that still contains resources (azurerm features-block guide).'), [
      { type: 'azurerm_resource_group', name: 'scratch', actions: ['delete'], reason: DEL, before: { id: `${AZ_SUB}/resourceGroups/scratch`, location: 'westeurope', managed_by: '', name: 'scratch', tags: {}, timeouts: null } },
    ], { providerExpressions: { azurerm: { features: [{}] } } }),
    pu('azure-native-resource-group-delete-with-storage', block('An azure-native:resources:ResourceGroup delete takes the StorageAccount inside it; azure-native has no prevent-deletion guard (pulumi-azure-native issue #2522, data-model.md §1.3).'), { stack: 'staging', project: 'invoices', hiddenSames: 0 }, [
      { op: 'delete', type: 'azure-native:resources:ResourceGroup', name: 'invoices', old: { id: `${AZ_SUB}/resourceGroups/invoices`, inputs: { location: 'westeurope', resourceGroupName: 'invoices' } } },
      { op: 'same', type: 'azure-native:storage:StorageAccount', name: 'acmeinvoices', old: { id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Storage/storageAccounts/acmeinvoices`, inputs: { accountName: 'acmeinvoices', kind: 'StorageV2', location: 'westeurope', resourceGroupName: 'invoices', sku: { name: 'Standard_GRS' } } }, new: { id: `${AZ_SUB}/resourceGroups/invoices/providers/Microsoft.Storage/storageAccounts/acmeinvoices`, inputs: { accountName: 'acmeinvoices', kind: 'StorageV2', location: 'westeurope', resourceGroupName: 'invoices', sku: { name: 'Standard_GRS' } } } },
    ]),
    pu('azure-native-resource-group-tags-update', allow('A tag update of an azure-native:resources:ResourceGroup deletes nothing.'), { stack: 'staging', project: 'invoices' }, [
      { op: 'update', type: 'azure-native:resources:ResourceGroup', name: 'invoices', diff: ['tags'],
        old: { id: `${AZ_SUB}/resourceGroups/invoices`, inputs: { location: 'westeurope', resourceGroupName: 'invoices', tags: { owner: 'billing' } } },
        new: { inputs: { location: 'westeurope', resourceGroupName: 'invoices', tags: { owner: 'finance' } } } },
    ]),

    // ---- Google projects ----
    tf('google-project-delete-policy-delete', block('A google_project with deletion_policy = "DELETE" is shut down on destroy with everything in it (hashicorp/google 6.50.0 project deletion_policy, data-model.md §1.4).'), [
      { type: 'google_project', name: 'analytics', actions: ['delete'], reason: DEL, before: googleProject('DELETE') },
    ]),
    tf('google-project-delete-policy-prevent', allow('deletion_policy = "PREVENT" (the default) makes the provider refuse the destroy, so the apply fails before anything is deleted: no data loss to block (a warning that the apply will fail is welcome) (hashicorp/google 6.50.0).'), [
      { type: 'google_project', name: 'analytics', actions: ['delete'], reason: DEL, before: googleProject('PREVENT') },
    ]),
    tf('google-project-delete-policy-abandon', allow('deletion_policy = "ABANDON" removes the project from state and leaves it running (hashicorp/google 6.50.0).'), [
      { type: 'google_project', name: 'analytics', actions: ['delete'], reason: DEL, before: googleProject('ABANDON') },
    ]),
    // A state written before the field existed holds it as null: hashicorp/google before 6.0 and pulumi-gcp before v8
    // had no deletion_policy and deleted the project unless skip_delete; the provider reads a null as "", not PREVENT.
    tf('google-project-delete-policy-null-in-state', block('A google_project whose state holds deletion_policy = null (written by a provider before 6.0, which had no such field): the provider\'s Delete reads the null as "", which is neither PREVENT nor ABANDON, and shuts the project down with everything in it; the schema\'s default PREVENT is written only when an object is created (hashicorp/google 6.50.0 resource_google_project.go).'), [
      { type: 'google_project', name: 'analytics', actions: ['delete'], reason: DEL, before: googleProject(null) },
    ]),
    pu('google-project-delete-policy-null-in-state', block('A gcp:organizations/project whose outputs hold deletionPolicy null, as a state from pulumi-gcp before v8 (no such field; projects were deleted unless skipDelete) does: the bridged provider reads the null as no policy and deletes the project, so the default PREVENT is not assumed.'), { stack: 'staging', project: 'analytics' }, [
      { op: 'delete', type: 'gcp:organizations/project:Project', name: 'analytics', old: { id: 'projects/acme-analytics', inputs: { billingAccount: '01A2B3-C4D5E6-F7A8B9', name: 'acme-analytics', orgId: '123456789012', projectId: 'acme-analytics' }, outputs: { billingAccount: '01A2B3-C4D5E6-F7A8B9', deletionPolicy: null, id: 'projects/acme-analytics', name: 'acme-analytics', orgId: '123456789012', projectId: 'acme-analytics' } } },
    ]),
    pu('google-project-delete-policy-delete', block('A gcp:organizations/project with deletionPolicy "DELETE" is shut down on delete with everything in it (@pulumi/gcp 9.37.0).'), { stack: 'staging', project: 'analytics' }, [
      { op: 'delete', type: 'gcp:organizations/project:Project', name: 'analytics', old: { id: 'projects/acme-analytics', inputs: { billingAccount: '01A2B3-C4D5E6-F7A8B9', deletionPolicy: 'DELETE', name: 'acme-analytics', orgId: '123456789012', projectId: 'acme-analytics' } } },
    ]),
    pu('google-project-delete-policy-prevent', allow('A gcp:organizations/project with deletionPolicy "PREVENT": the provider refuses the delete, nothing is destroyed.'), { stack: 'staging', project: 'analytics' }, [
      { op: 'delete', type: 'gcp:organizations/project:Project', name: 'analytics', old: { id: 'projects/acme-analytics', inputs: { billingAccount: '01A2B3-C4D5E6-F7A8B9', deletionPolicy: 'PREVENT', name: 'acme-analytics', orgId: '123456789012', projectId: 'acme-analytics' } } },
    ]),
  ];
}

function S() {
  return { stack: 'staging', project: 'search' };
}

