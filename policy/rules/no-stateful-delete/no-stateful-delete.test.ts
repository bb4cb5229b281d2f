import { describe, expect, test } from 'vitest';
import { runFixture, testFixtureTable, yieldedBy } from '../../../test/support/rule-harness.js';
import { Catalog } from '../../catalog/catalog.js';
import { unreadableContents } from './cascades.js';
import rule from './no-stateful-delete.js';

const VOLUME = 'urn:pulumi:prod::orders::aws:ebs/volume:Volume::data';
const BACKUPS = 'urn:pulumi:prod::orders::aws:ebs/volume:Volume::backups';
const DATABASE = 'urn:pulumi:prod::orders::aws:rds/instance:Instance::orders';

// fixture (./fixtures)                     resources that must be flagged: the exact set; [] means must pass
const cases = [
  ['tf-volume-block-removed.json',          ['aws_ebs_volume.data']],                          // ["delete"], delete_because_no_resource_config; the attachment holds no data
  ['tf-db-replace-create-first.json',       ['aws_db_instance.orders']],                       // ["create","delete"] (create_before_destroy)
  ['tf-db-replace-delete-first.json',       ['aws_db_instance.orders']],                       // ["delete","create"]
  ['tf-destroy-mode.json',                  ['aws_db_instance.orders', 'aws_ebs_volume.data']], // plan -destroy: no action_reason; the security group passes
  ['tf-deposed-volume.json',                ['aws_ebs_volume.data']],                          // the deposed old volume; the current one is no-op
  ['tf-railway-volume-removed.json',        ['railway_volume.postgres']],                      // a catalogued non-AWS volume
  ['tf-unknown-types-removed.json',         ['foo_disk.scratch']],                             // guessed from "disk"; local_file is not storage by name
  ['tf-update-tags.json',                   []],
  ['tf-forget-volume.json',                 []],                                               // ["forget"]: dropped from state, volume kept
  ['tf-create-forget-volume.json',          []],                                               // Terraform ["create","forget"]
  ['tf-opentofu-forget-create-volume.json', []],                                               // OpenTofu ["forget","create"]
  ['tf-delete-security-group.json',         []],                                               // holds no data
  ['pulumi-replace-volume.json',            [VOLUME]],
  ['pulumi-delete-replaced-volume.json',    [VOLUME]],                                         // --show-replacement-steps
  ['pulumi-delete-database.json',           [DATABASE]],
  ['pulumi-retained-delete.json',           [BACKUPS]],                                        // oldState.retainOnDelete
  ['pulumi-retained-replace.json',          [BACKUPS]],
  ['pulumi-create-volume.json',             []],
  // Containers: what their delete takes with it
  ['tf-namespace-with-claim-deleted.json',  ['kubernetes_namespace_v1.app']],                  // the untouched claim in it goes with it
  ['tf-namespace-deleted-claim-after-names-another.json', ['kubernetes_namespace_v1.app']],  // the claim is in app now, whatever `after` says
  ['tf-namespace-contents-unknown-deleted.json', ['kubernetes_namespace_v1.app']],             // only a config map in the plan: a warning
  ['tf-railway-service-volume-block-removed.json', ['railway_service.postgres']],             // update removing `volume`: volumeDelete
  ['tf-railway-environment-deleted.json',   ['railway_environment.staging']],                  // environmentDelete takes its volumes
  ['tf-instance-replaced-with-data-disk.json', ['aws_instance.ledger']],                       // ebs_block_device delete_on_termination true
  ['tf-instance-replaced-keeps-data-disk.json', []],                                           // … false: the disk survives
  ['tf-cloudformation-stack-with-table-deleted.json', ['aws_cloudformation_stack.orders']],    // a DynamoDB table without DeletionPolicy
  ['tf-cloudformation-stack-sensitive-template-deleted.json', ['aws_cloudformation_stack.orders']], // template_body sensitive: what it holds is hidden
  ['tf-manifest-lookalike-kind-deleted.json', ['kubernetes_manifest.payments']] ,                 // kind with a look-alike letter: no cluster serves it
  ['tf-cloudformation-stack-retained-table-deleted.json', []],                                 // YAML template, DeletionPolicy: Retain
  ['tf-read-replica-deleted.json',          []],
  ['tf-cloudformation-update-drops-table.json', ['aws_cloudformation_stack.orders']],        // update: the table leaves the template
  ['tf-statefulset-scaled-down-deletes-claims.json', ['kubernetes_stateful_set_v1.postgres']], // 3 → 1 with whenScaled Delete
  ['tf-statefulset-scaled-down-keeps-claims.json', []],                                     // 3 → 1 with whenScaled Retain                                               // replicate_source_db: no unique data
  ['tf-claim-deleted-storage-class-retains.json', ['kubernetes_persistent_volume_claim_v1.ledger']], // a warning: its class retains the disk
  ['tf-claim-deleted-storage-class-deletes.json', ['kubernetes_persistent_volume_claim_v1.ledger']], // its class deletes the disk
  ['pulumi-bucket-deleted-policy-abandon.json', []],                                         // deletionPolicy ABANDON: nothing deleted
  ['pulumi-staging-deletes-prod-volume.json', [                                                // the bundled incident
    'urn:pulumi:staging::shop::aws:ebs/snapshot:Snapshot::shared-data-nightly', 'urn:pulumi:staging::shop::aws:ebs/volume:Volume::shared-data']],
  ['tf-bigquery-view-deleted.json',        []],                                                // a view stores a query, not rows
  ['tf-bigquery-table-deleted.json',       ['google_bigquery_table.orders']],                  // a native table: its rows go
  ['tf-instance-image-boot-disk-deleted.json', []],                                            // boot disk built from an image; attached and scratch disks
  ['tf-object-sensitive-content-replaced.json', []],                                           // content masked as sensitive is still content the plan carries
  ['tf-crd-operator-kind-deleted.json',    ['kubernetes_manifest.cnpg_clusters']],             // a CRD deleted takes every object of its kind (CloudNativePG Cluster)
  ['pulumi-crd-operator-kind-deleted.json', ['urn:pulumi:staging::cluster::kubernetes:apiextensions.k8s.io/v1:CustomResourceDefinition::cnpg-clusters']],
  ['pulumi-crd-service-monitor-deleted.json', []],                                             // ServiceMonitors are scrape configuration: no data
  ['tf-global-cluster-deleted-member-stays.json', []],                                         // an Aurora global cluster holds no storage; its member stays
  ['tf-helm-upgrade-drops-claim.json',     ['helm_release.orders']],                          // the upgrade no longer renders the claim: Helm deletes it
  ['tf-helm-upgrade-keeps-claim.json',     []],                                               // the claim is still rendered: patched in place
  ['tf-claim-bound-to-retained-pv-deleted.json', ['kubernetes_persistent_volume_claim_v1.ledger_data']], // a warning: the PV it is bound to retains the disk
  ['tf-claim-bound-to-deleting-pv-deleted.json', ['kubernetes_persistent_volume_claim_v1.ledger_data']], // the PV it is bound to deletes the disk
  ['tf-managed-folder-force-destroy-deleted.json', []],                                       // a managed folder holds IAM policies; its objects stay
  ['tf-hns-folder-force-destroy-deleted.json', ['google_storage_folder.exports']],               // a folder with force_destroy takes its objects
  ['tf-mig-stateful-disks-deleted.json', ['google_compute_instance_group_manager.ledger']],   // stateful disks with delete_rule ON_PERMANENT_INSTANCE_DELETION
  ['tf-mig-stateful-disks-kept.json',   []],                                                   // delete_rule NEVER: the disks are detached and kept
  ['tf-mig-scaled-down-deletes-disks.json', ['google_compute_instance_group_manager.ledger']], // 3 → 1: the removed VMs' stateful disks go
  ['tf-mig-size-not-a-size.json', ['google_compute_instance_group_manager.ledger']],         // target_size -1 before: how many go cannot be told
  ['tf-helm-upgrade-manifest-unreadable.json', ['helm_release.orders']],                      // a new manifest that cannot be read may drop the claim
] as const;

/** What the rule yields before the engine renders it: the message id and the data reports interpolate. */
const yielded = (file: string) => yieldedBy(rule, import.meta.dirname, file);

describe(rule.id, () => {
  testFixtureTable(rule, import.meta.dirname, cases);

  test('a claim whose StorageClass (unchanged, in the plan) retains its volumes warns; one whose class deletes them blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-claim-deleted-storage-class-retains.json')).toMatchObject([
      { resource: 'kubernetes_persistent_volume_claim_v1.ledger', messageId: 'retainedBy', level: 'warn' },
    ]);
    expect(yielded('tf-claim-deleted-storage-class-retains.json')[0]).toMatchObject({ data: { holder: 'kubernetes_storage_class_v1.retained' } });
    expect(runFixture(rule, import.meta.dirname, 'tf-claim-deleted-storage-class-deletes.json')).toMatchObject([
      { resource: 'kubernetes_persistent_volume_claim_v1.ledger', messageId: 'blockRemoved', level: 'block' },
    ]);
  });

  test('a claim bound to a PersistentVolume of the plan that retains warns, naming the volume; one that deletes blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-claim-bound-to-retained-pv-deleted.json')).toMatchObject([
      { resource: 'kubernetes_persistent_volume_claim_v1.ledger_data', messageId: 'retainedBy', level: 'warn' },
    ]);
    expect(yielded('tf-claim-bound-to-retained-pv-deleted.json')[0]).toMatchObject({ data: { holder: 'kubernetes_persistent_volume_v1.ledger' } });
    expect(runFixture(rule, import.meta.dirname, 'tf-claim-bound-to-deleting-pv-deleted.json').map((f) => f.level)).toEqual(['block']);
  });

  test('a removed block is reported as blockRemoved, and blocks', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-volume-block-removed.json')).toMatchObject([
      { resource: 'aws_ebs_volume.data', messageId: 'blockRemoved', level: 'block', action: 'delete', type: 'aws_ebs_volume' },
    ]);
    expect(yielded('tf-volume-block-removed.json')).toEqual([
      { resource: 'aws_ebs_volume.data', messageId: 'blockRemoved', data: { action: 'delete', kind: 'volume' } },
    ]);
  });

  test.for([
    ['tf-db-replace-create-first.json', 'create,delete', 'replacement (create, then delete)'],
    ['tf-db-replace-delete-first.json', 'delete,create', 'replacement (delete, then create)'],
  ] as const)('%s: a replacement in either order destroys the database', ([file, action, words]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ messageId: 'destroys', level: 'block', action }]);
    const [finding] = yielded(file);
    expect(finding).toMatchObject({ resource: 'aws_db_instance.orders', messageId: 'destroys', data: { kind: 'database' } });
    // The message says why, in words, when Terraform gave an action_reason.
    expect(String(finding?.data.action)).toMatch(new RegExp(`^${words.replace(/[()]/g, '\\$&')}( because .+)?$`));
  });

  test('destroy mode has no action_reason: plain destroys, and deletion_protection is noted', () => {
    expect(yielded('tf-destroy-mode.json')).toEqual([
      { resource: 'aws_db_instance.orders', messageId: 'refusedByProvider', data: { action: 'delete', kind: 'database', guard: 'deletion protection' } },
      { resource: 'aws_ebs_volume.data', messageId: 'destroys', data: { action: 'delete', kind: 'volume'} },
    ]);
  });

  test('a deposed object is its own destroyed object', () => {
    expect(runFixture(rule, import.meta.dirname, 'tf-deposed-volume.json')).toMatchObject([{ messageId: 'destroys', level: 'block', action: 'delete' }]);
    expect(yielded('tf-deposed-volume.json')).toEqual([
      { resource: 'aws_ebs_volume.data', messageId: 'destroys', data: { action: 'delete', kind: 'volume'}, deposed: '5e2b7d1c' },
    ]);
  });

  test('a catalogued Railway volume is known; an unknown type named like storage cannot be told', () => {
    expect(yielded('tf-railway-volume-removed.json')).toEqual([
      { resource: 'railway_volume.postgres', messageId: 'blockRemoved', data: { action: 'delete', kind: 'volume' } },
    ]);
    expect(runFixture(rule, import.meta.dirname, 'tf-unknown-types-removed.json')).toMatchObject([
      { resource: 'foo_disk.scratch', messageId: 'cannotTell', level: 'block', type: 'foo_disk' },
    ]);
    expect(yielded('tf-unknown-types-removed.json')).toEqual([
      { resource: 'foo_disk.scratch', messageId: 'cannotTell', data: { action: 'delete', kind: 'storage' } },
    ]);
  });

  test('config decides unknown types: declared data-bearing, or guessing turned off', () => {
    const declared = runFixture(rule, import.meta.dirname, 'tf-unknown-types-removed.json', { dataTypes: { extra: [{ type: 'foo_disk', kind: 'volume' }] } });
    expect(declared).toMatchObject([{ resource: 'foo_disk.scratch', messageId: 'blockRemoved', level: 'block' }]);
    expect(runFixture(rule, import.meta.dirname, 'tf-unknown-types-removed.json', { dataTypes: { guessUnknown: false } })).toEqual([]);
  });

  test('Pulumi replace and delete', () => {
    expect(yielded('pulumi-replace-volume.json')).toEqual([
      { resource: VOLUME, messageId: 'destroys', data: { action: 'replacement', kind: 'volume'} },
    ]);
    expect(yielded('pulumi-delete-database.json')).toEqual([
      { resource: DATABASE, messageId: 'destroys', data: { action: 'delete', kind: 'database'} },
    ]);
  });

  test('with --show-replacement-steps the replacement is reported once, at delete-replaced', () => {
    expect(runFixture(rule, import.meta.dirname, 'pulumi-delete-replaced-volume.json')).toMatchObject([
      { resource: VOLUME, messageId: 'destroys', level: 'block', action: 'delete-replaced' },
    ]);
  });

  test.for([
    ['pulumi-retained-delete.json', 'delete', 'delete'],
    ['pulumi-retained-replace.json', 'replace', 'replacement'],
  ] as const)('%s: retainOnDelete is reported as retained, a warning (the cloud object stays, as with forget)', ([file, action, words]) => {
    expect(runFixture(rule, import.meta.dirname, file)).toMatchObject([{ resource: BACKUPS, messageId: 'retained', level: 'warn', action }]);
    expect(yielded(file)).toEqual([{ resource: BACKUPS, messageId: 'retained', data: { action: words, kind: 'volume' } }]);
  });

  test('a staging plan destroying production data says so', () => {
    expect(yielded('pulumi-staging-deletes-prod-volume.json').filter((f) => f.resource.endsWith('::shared-data'))).toEqual([{
      resource: 'urn:pulumi:staging::shop::aws:ebs/volume:Volume::shared-data',
      messageId: 'otherEnvironment',
      data: { action: 'delete', kind: 'volume', environment: 'prod', stack: 'staging', stackEnvironment: 'staging' },
    }]);
  });
});

describe('a container whose contents cannot be read', () => {
  // Each kind of cascade reads a field of a known shape; another shape says nothing of what the delete takes.
  const catalog = new Catalog();
  const context = { catalog } as unknown as Parameters<typeof unreadableContents>[0];
  const cases: Array<[string, string, Record<string, unknown>, string | undefined]> = [
    ['kubernetes:core/v1:Namespace', 'a name', { metadata: { name: 'orders' } }, undefined],
    ['kubernetes:core/v1:Namespace', 'no name', { metadata: {} }, 'it has no metadata.name, which its contents name it by'],
    ['kubernetes:core/v1:Namespace', 'a numeric name', { metadata: { name: 7 } }, 'metadata.name, which its contents name it by, is a number'],
    ['kubernetes:core/v1:Namespace', 'metadata a string', { metadata: 'x' }, 'metadata.name cannot be read from the plan (masked as sensitive, missing, or inside a value that is not a block)'],
    ['aws:cloudformation/stack:Stack', 'a template', { templateBody: '{"Resources":{}}' }, undefined],
    ['aws:cloudformation/stack:Stack', 'no template (templateUrl)', { templateUrl: 'https://example.com/t.json' }, undefined],
    ['aws:cloudformation/stack:Stack', 'a number for a template', { templateBody: 0 }, 'template_body is a number, not a template with Resources'],
    ['aws:cloudformation/stack:Stack', 'a word for a template', { templateBody: 'delete' }, 'template_body is the string "delete", not a template with Resources'],
    ['aws:ec2/instance:Instance', 'data disks as a string', { ebsBlockDevices: 'x' }, 'ebs_block_devices is the string "x", not a block'],
    ['aws:ec2/instance:Instance', 'no data disks', {}, undefined],
    ['kubernetes:helm.sh/v3:Release', 'names of kinds', { resourceNames: { 'PersistentVolumeClaim/v1': ['db/data'] } }, undefined],
    ['kubernetes:helm.sh/v3:Release', 'names that are not strings', { resourceNames: { 'PersistentVolumeClaim/v1': [false] } }, 'resource_names is an object, not a map of kinds to names'],
    ['kubernetes:helm.sh/v3:Release', 'names as a string', { resourceNames: 'x' }, 'resource_names is the string "x", not a map of kinds to names'],
    // Railway's volume is a nested attribute (`volume = { … }`): one object or none, never a list (found by the fuzzer).
    ['railway_service', 'a volume', { volume: { name: 'pgdata', mount_path: '/data' } }, undefined],
    ['railway_service', 'no volume', { volume: null }, undefined],
    ['railway_service', 'an empty list for the volume', { volume: [] }, 'volume is an empty list, not the one object it is'],
    ['railway_service', 'a list of volumes', { volume: [{ name: 'pgdata' }] }, 'volume is a list, not the one object it is'],
  ];
  test.each(cases)('%s with %s', (type, _what, properties, problem) => {
    const verdict = catalog.judge(type, properties);
    const spec = "entry" in verdict ? verdict.entry?.container : undefined;
    expect(spec, type).toBeDefined();
    expect(unreadableContents(context, properties, spec!.cascades)).toBe(problem);
  });
});
