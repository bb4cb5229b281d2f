// The committed provider schema index (policy/catalog/schema/): well-formed, plausible, pinned to the packages the
// generator names, and answered correctly by the runtime loader and the test-side attribute helper. CI never runs
// the generator (it downloads hundreds of MB): these tests read what `npm run schema-index` committed.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseTfPluginDoc, PULUMI_PACKAGES as PULUMI_SOURCES, RAILWAY_SOURCE, TERRAFORM_PACKAGES } from '../../scripts/gen-schema-index.js';
import type { RailwaySource } from '../../scripts/gen-schema-index.js';
import { attributeFile, attributeTable, attributesOf, hasAttribute, normalizeAttributePath, SCHEMA_DIR } from '../../test/support/schema-attrs.js';
import { expandTokens, groupTokens } from './schema-format.js';
import type { Family, Tool, TypesIndex } from './schema-format.js';
import { canonicalToken, FAMILIES, isKnownDataSource, isKnownType, knownProviderOf, schemaSources, toolOf, typesOf } from './schema-index.js';

const TYPES_FILE = join(SCHEMA_DIR, 'types.json');
const index = JSON.parse(readFileSync(TYPES_FILE, 'utf8')) as TypesIndex;

/** Family, tool, and the range its resource count must fall in (the counts of the pinned versions, with slack). */
const COUNTS: [Family, Tool, number, number][] = [
  ['aws', 'terraform', 1400, 2000],
  ['aws', 'pulumi', 1500, 2200],
  ['google', 'terraform', 900, 1500],
  ['google', 'pulumi', 1200, 1900],
  ['azurerm', 'terraform', 900, 1500],
  ['azurerm', 'pulumi', 1800, 3000],
  ['kubernetes', 'terraform', 60, 120],
  ['kubernetes', 'pulumi', 400, 700],
  ['helm', 'terraform', 1, 5],
  ['railway', 'terraform', 5, 30],
];

const indexed = COUNTS.map(([family, tool]) => [family, tool] as const);

describe('the committed index', () => {
  test.for(COUNTS)('%s %s: between %i and %i resource types', ([family, tool, min, max]) => {
    const n = typesOf(family, tool).length;
    expect(n).toBeGreaterThanOrEqual(min);
    expect(n).toBeLessThanOrEqual(max);
  });

  test('names are sorted, unique and carry their family prefix or package', () => {
    for (const [family, tool] of indexed) {
      for (const kind of ['resources', 'dataSources'] as const) {
        const names = typesOf(family, tool, kind);
        expect(names, `${family} ${tool} ${kind}`).toEqual([...new Set(names)].sort());
        for (const name of names) expect(knownProviderOf(name), name).toBe(family);
      }
    }
  });

  test('every family the loader knows is indexed, with both tools where the provider has both', () => {
    expect(Object.keys(index.families)).toEqual([...FAMILIES]);
    expect(indexed).toEqual(FAMILIES.flatMap((f) => (['terraform', 'pulumi'] as const).filter((t) => index.families[f]?.[t]).map((t) => [f, t])));
  });

  test('every npm-derived family and tool is pinned to the package version the generator installs', () => {
    for (const [family, tool] of indexed) {
      if (family === 'railway') continue;
      const pinned = (tool === 'terraform' ? TERRAFORM_PACKAGES : PULUMI_SOURCES).filter((s) => s.family === family);
      expect(pinned.length, `${family} ${tool}`).toBeGreaterThan(0);
      expect(schemaSources(family, tool).map(({ package: name, version, upstream }) => ({ package: name, version, upstream }))).toEqual(
        pinned.map(({ package: name, version, upstream }) => ({ package: name, version, upstream })),
      );
      for (const source of schemaSources(family, tool)) expect(source.integrity, source.package).toMatch(/^sha512-/);
    }
    expect(index.format).toBe(1);
    expect(index.generated).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('each attribute file covers exactly the resource types of types.json', () => {
    for (const [family, tool] of indexed) {
      expect([...attributeTable(family, tool).keys()].sort(), `${family} ${tool}`).toEqual(typesOf(family, tool));
    }
  });

  test('attribute paths hold no list index or wildcard, and every nested path has its parent', () => {
    for (const [family, tool] of indexed) {
      for (const [type, paths] of attributeTable(family, tool)) {
        for (const path of paths) {
          expect(normalizeAttributePath(path), `${type} ${path}`).toBe(path);
          const parent = path.slice(0, path.lastIndexOf('.'));
          if (path.includes('.')) expect(paths.has(parent), `${type} ${path}: no ${parent}`).toBe(true);
        }
      }
    }
  });

  test('sizes stay small: types.json for start-up, the attribute files for the repository', () => {
    expect(statSync(TYPES_FILE).size).toBeLessThan(1_000_000);
    const total = indexed.reduce((n, [family, tool]) => n + statSync(attributeFile(family, tool)).size, 0);
    expect(total).toBeLessThan(15_000_000);
  });

  test('types.json parses in well under 10 ms (median of 9)', () => {
    const text = readFileSync(TYPES_FILE, 'utf8');
    const times: number[] = [];
    for (let i = 0; i < 9; i++) {
      const start = performance.now();
      JSON.parse(text);
      times.push(performance.now() - start);
    }
    // Measured about 1 ms on the development machine; the bound leaves room for a loaded CI runner.
    expect(times.sort((a, b) => a - b)[4]).toBeLessThan(10);
  });
});

describe('known types', () => {
  test.for([
    'aws_ebs_volume', 'aws_db_instance', 'aws_s3_bucket', 'aws_dynamodb_table', 'aws_instance',
    'google_compute_disk', 'google_sql_database_instance', 'google_storage_bucket', 'google_project',
    'google_api_gateway_api', // google-beta only
    'azurerm_managed_disk', 'azurerm_storage_account', 'azurerm_resource_group', 'azurerm_management_lock',
    'kubernetes_persistent_volume_claim_v1', 'kubernetes_persistent_volume_claim', 'kubernetes_stateful_set_v1', 'kubernetes_namespace_v1',
    'railway_service', 'railway_environment', 'railway_project', 'helm_release',
    'aws:ebs/volume:Volume', 'aws:rds/instance:Instance', 'aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2', 'pulumi:providers:aws',
    'gcp:compute/disk:Disk', 'gcp:sql/databaseInstance:DatabaseInstance', 'gcp:organizations/project:Project', 'pulumi:providers:gcp',
    'azure-native:storage:StorageAccount', 'azure-native:resources:ResourceGroup', 'azure-native:compute:Disk', 'azure-native:authorization:ManagementLockAtResourceGroupLevel',
    'kubernetes:core/v1:Namespace', 'kubernetes:core/v1:PersistentVolumeClaim', 'kubernetes:apps/v1:StatefulSet', 'kubernetes:helm.sh/v3:Release',
    'kubernetes:yaml/v2:ConfigGroup', 'pulumi:providers:kubernetes',
  ])('%s', (type) => {
    expect(isKnownType(type)).toBe(true);
  });

  test.for([
    'aws_ebs_volumes', 'aws_ebs_volume_', 'aws:ebs/volume:Volumes', 'aws:ebs:Volume', 'aws_provider', 'aws',
    'google_compute_disks', 'azure-native:storage:Storageaccount', 'kubernetes:core/v1:Volume', 'azure-native:storage/v20990101:NoSuchThing',
    // Railway volumes are a block of railway_service (docs/resources/service.md), not a resource of their own
    'railway_volume',
  ])('%s is not a resource type', (type) => {
    expect(isKnownType(type)).toBe(false);
  });

  test('data sources are apart from resources', () => {
    expect(isKnownDataSource('aws_iam_policy_document')).toBe(true);
    expect(isKnownType('aws_iam_policy_document')).toBe(false);
    expect(isKnownDataSource('aws_instance')).toBe(true); // a data source may share its resource's name
    expect(isKnownDataSource('aws_volume_attachment')).toBe(false);
    expect(isKnownDataSource('aws:ebs/volume:Volume')).toBe(false);
    expect(isKnownDataSource('helm_template')).toBe(true);
    expect(isKnownType('helm_template')).toBe(false);
  });
});

describe('knownProviderOf', () => {
  test.for([
    ['aws_ebs_volume', 'aws'], ['aws_anything_at_all', 'aws'], ['aws:ebs/volume:Volume', 'aws'], ['pulumi:providers:aws', 'aws'],
    ['google_compute_disk', 'google'], ['gcp:compute/disk:Disk', 'google'], ['azurerm_managed_disk', 'azurerm'],
    ['azure-native:storage:StorageAccount', 'azurerm'], ['kubernetes_namespace', 'kubernetes'], ['kubernetes:core/v1:Namespace', 'kubernetes'],
    ['railway_service', 'railway'], ['helm_release', 'helm'], ['kubernetes:helm.sh/v3:Release', 'kubernetes'], ['pulumi:providers:azure-native', 'azurerm'], ['google-beta_x', undefined], ['azure:storage/account:Account', undefined],
    ['aws-native:dynamodb:Table', undefined], ['awsx:ec2:Vpc', undefined], ['random_id', undefined], ['foo_disk', undefined],
    ['terraform_data', undefined], ['pulumi:pulumi:Stack', undefined], ['', undefined],
  ] as const)('%s → %s', ([type, family]) => {
    expect(knownProviderOf(type)).toBe(family);
  });

  test('the tool follows from the spelling', () => {
    expect(toolOf('aws_ebs_volume')).toBe('terraform');
    expect(toolOf('aws:ebs/volume:Volume')).toBe('pulumi');
    expect(FAMILIES).toEqual(['aws', 'google', 'azurerm', 'kubernetes', 'helm', 'railway']);
  });
});

describe('canonicalToken', () => {
  test.for([
    ['aws:s3/bucketV2:BucketV2', 'aws:s3/bucket:Bucket'],
    ['aws:s3/bucketVersioningV2:BucketVersioningV2', 'aws:s3/bucketVersioning:BucketVersioning'],
    ['aws:elasticloadbalancingv2/loadBalancer:LoadBalancer', 'aws:lb/loadBalancer:LoadBalancer'],
    ['aws:s3/bucket:Bucket', 'aws:s3/bucket:Bucket'],
    ['gcp:compute/autoscalar:Autoscalar', 'gcp:compute/autoscaler:Autoscaler'],
    // azure-native's versioned tokens, by rule (`versionlessAzureToken`) and, for renamed resources, from the map
    ['azure-native:storage/v20230101:StorageAccount', 'azure-native:storage:StorageAccount'],
    ['azure-native:storage/v20150501preview:StorageAccount', 'azure-native:storage:StorageAccount'],
    ['azure-native:analysisservices/v20170801beta:ServerDetails', 'azure-native:analysisservices:ServerDetails'],
    ['azure-native:agfoodplatform/v20200512preview:FarmBeatsModel', 'azure-native:agfoodplatform:DataManagerForAgricultureResource'],
    ['azure-native:storage/v20990101:NoSuchThing', 'azure-native:storage/v20990101:NoSuchThing'],
    // Kubernetes API versions alias one another both ways: each token stands for itself
    ['kubernetes:apps/v1beta1:Deployment', 'kubernetes:apps/v1beta1:Deployment'],
    ['kubernetes:apps/v1:Deployment', 'kubernetes:apps/v1:Deployment'],
    ['aws:ebs/volume:Volume', 'aws:ebs/volume:Volume'],
    ['aws_s3_bucket', 'aws_s3_bucket'],
    ['acme:x/y:Z', 'acme:x/y:Z'],
  ] as const)('%s → %s', ([token, canonical]) => {
    expect(canonicalToken(token)).toBe(canonical);
  });

  test('every alias maps to an indexed token that is not itself an alias', () => {
    for (const [family, tool] of indexed) {
      if (tool !== 'pulumi') continue;
      const tokens = new Set(typesOf(family, 'pulumi'));
      for (const [alias, target] of Object.entries(index.families[family]?.pulumi?.aliases ?? {})) {
        expect(tokens.has(target), `${alias} → ${target}`).toBe(true);
        expect(canonicalToken(target), target).toBe(target);
      }
    }
  });
});

describe('attributes', () => {
  test.for([
    ['aws_instance', 'root_block_device.delete_on_termination'],
    ['aws_instance', 'root_block_device.0.delete_on_termination'], // plan JSON nests blocks in lists
    ['aws_instance', 'ebs_block_device[0].delete_on_termination'],
    ['aws_instance', 'ebs_block_device.*.volume_id'],
    ['aws_instance', 'arn'], // computed only
    ['aws_instance', 'id'],
    ['aws_instance', 'get_password_data'], // cdktf calls it fetchPasswordData
    ['aws_dynamodb_table', 'point_in_time_recovery.enabled'],
    ['aws_db_instance', 'deletion_protection'],
    ['aws_s3_bucket', 'force_destroy'],
    ['aws:rds/instance:Instance', 'deletionProtection'],
    ['aws:ec2/instance:Instance', 'rootBlockDevice.deleteOnTermination'],
    ['aws:dynamodb/table:Table', 'pointInTimeRecovery.enabled'],
    ['aws:ebs/volume:Volume', 'arn'], // an output
    ['aws:s3/bucketV2:BucketV2', 'forceDestroy'],
    ['google_sql_database_instance', 'settings.backup_configuration.enabled'],
    ['google_sql_database_instance', 'deletion_protection'],
    ['google_compute_instance', 'attached_disk.source'],
    ['google_compute_instance', 'boot_disk.auto_delete'],
    ['gcp:sql/databaseInstance:DatabaseInstance', 'settings.backupConfiguration.enabled'],
    ['gcp:compute/disk:Disk', 'name'],
    ['azurerm_storage_account', 'blob_properties.delete_retention_policy.days'],
    ['azurerm_linux_virtual_machine', 'os_disk.caching'],
    ['azurerm_management_lock', 'lock_level'],
    ['azure-native:storage:BlobServiceProperties', 'deleteRetentionPolicy.days'],
    ['azure-native:storage/v20230101:StorageAccount', 'allowBlobPublicAccess'],
    ['kubernetes_stateful_set_v1', 'spec.persistent_volume_claim_retention_policy.when_deleted'],
    ['kubernetes_stateful_set_v1', 'spec.0.persistent_volume_claim_retention_policy.0.when_deleted'],
    ['kubernetes_persistent_volume_claim_v1', 'metadata.namespace'],
    ['kubernetes_persistent_volume_v1', 'spec.persistent_volume_reclaim_policy'],
    ['kubernetes:apps/v1:StatefulSet', 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted'],
    ['kubernetes:core/v1:PersistentVolume', 'spec.persistentVolumeReclaimPolicy'],
    ['kubernetes:core/v1:PersistentVolumeClaim', 'metadata.namespace'],
    ['kubernetes:batch/v1:CronJob', 'spec.jobTemplate.spec.template.spec.containers.env.valueFrom.configMapKeyRef.name'],
    ['railway_service', 'volume.mount_path'],
    ['railway_service', 'volume.id'],
    ['railway_project', 'default_environment.name'],
  ] as const)('%s has %s', ([type, path]) => {
    expect(hasAttribute(type, path)).toBe(true);
  });

  test.for([
    ['aws_instance', 'root_block_device.delete_on_terminate'],
    ['aws_instance', 'rootBlockDevice.deleteOnTermination'], // Pulumi's spelling on a Terraform type
    ['aws:rds/instance:Instance', 'deletion_protection'],
    ['aws_instance', 'instance_tags'], // the aws_instance data source's, not the resource's
    ['aws_no_such_type', 'id'],
    ['acme_disk', 'id'],
  ] as const)('%s has no %s', ([type, path]) => {
    expect(hasAttribute(type, path)).toBe(false);
  });

  test('paths are normalized: list indices and wildcards dropped', () => {
    expect(normalizeAttributePath('a.0.b.12.c')).toBe('a.b.c');
    expect(normalizeAttributePath('a[0].b[*].c')).toBe('a.b.c');
    expect(normalizeAttributePath('spec.*.x')).toBe('spec.x');
  });

  test('railway.json is the committed Railway source, normalized, and agrees with the index', () => {
    const source = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', RAILWAY_SOURCE), 'utf8')) as RailwaySource;
    const committed = JSON.parse(readFileSync(join(SCHEMA_DIR, 'railway.json'), 'utf8')) as { source: { version: string; upstream: string }; resources: Record<string, string[]> };
    expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(source.docs).toHaveLength(Object.keys(source.resources).length);
    expect(committed.source.version).toBe(source.tag);
    expect(committed.source.upstream).toContain(source.commit);
    expect(committed.resources).toEqual(source.resources);
    expect(typesOf('railway', 'terraform')).toEqual(Object.keys(source.resources).sort());
    for (const [type, paths] of Object.entries(source.resources)) expect([...(attributesOf(type) ?? [])], type).toEqual(paths);
  });

  test('tfplugindocs pages parse into dotted paths, nested blocks included', () => {
    const page = [
      '# railway_thing (Resource)', '', '## Schema', '', '### Required', '', '- `name` (String) Name.', '',
      '### Optional', '', '- `volume` (Attributes) Volume. (see [below for nested schema](#nestedatt--volume))', '',
      '<a id="nestedatt--volume"></a>', '### Nested Schema for `volume`', '', 'Required:', '', '- `mount_path` (String) Path.', '',
      '<a id="nestedatt--volume--limits"></a>', '### Nested Schema for `volume.limits`', '', '- `size` (Number) Size.', '',
      '## Import', '', '- `not_an_attribute` in prose',
    ].join('\n');
    expect(parseTfPluginDoc(page)).toEqual({ type: 'railway_thing', attributes: ['name', 'volume', 'volume.limits', 'volume.limits.size', 'volume.mount_path'] });
  });

  test('attributesOf reads an alias through its resource', () => {
    expect(attributesOf('aws:s3/bucketV2:BucketV2')).toBe(attributesOf('aws:s3/bucket:Bucket'));
    expect(attributesOf('acme:x/y:Z')).toBeUndefined();
  });
});

describe('token grouping', () => {
  test('groupTokens and expandTokens are inverse, for each token shape', () => {
    const tokens = ['aws:ebs/volume:Volume', 'aws:s3/bucket:Bucket', 'aws:s3/bucketV2:BucketV2'];
    expect(groupTokens('aws', tokens)).toEqual({ ebs: ['volume:Volume'], s3: ['bucket:Bucket', 'bucketV2:BucketV2'] });
    expect(expandTokens('aws', groupTokens('aws', tokens))).toEqual(tokens);
    const azure = ['azure-native:storage:StorageAccount', 'azure-native:storage:BlobContainer'];
    expect(expandTokens('azure-native', groupTokens('azure-native', azure))).toEqual([...azure].sort());
    const kubernetes = ['kubernetes:core/v1:Namespace', 'kubernetes:apps/v1:StatefulSet', 'kubernetes:helm.sh/v3:Release'];
    expect(groupTokens('kubernetes', kubernetes)).toEqual({ apps: ['v1:StatefulSet'], core: ['v1:Namespace'], 'helm.sh': ['v3:Release'] });
    expect(expandTokens('kubernetes', groupTokens('kubernetes', kubernetes))).toEqual([...kubernetes].sort());
    expect(() => groupTokens('aws', ['gcp:compute/disk:Disk'])).toThrow(/not a aws token/);
  });
});

describe('bundling', () => {
  test('esbuild inlines types.json, so a CommonJS bundle of the loader answers with no file beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-index-bundle-'));
    try {
      const result = await build({
        entryPoints: [join(import.meta.dirname, 'schema-index.ts')],
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        write: false,
        logLevel: 'silent',
      });
      const file = join(dir, 'schema-index.cjs');
      writeFileSync(file, result.outputFiles[0]?.contents ?? '');
      const bundled = createRequire(import.meta.url)(file) as typeof import('./schema-index.js');
      expect(bundled.isKnownType('aws_ebs_volume')).toBe(true);
      expect(bundled.canonicalToken('aws:s3/bucketV2:BucketV2')).toBe('aws:s3/bucket:Bucket');
      expect(bundled.typesOf('kubernetes', 'pulumi')).toEqual(typesOf('kubernetes', 'pulumi'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
