import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as pulumi from '@pulumi/pulumi';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_CASES, type Env, type Variant } from '../example.js';
import {
  SECRET_SIG,
  isSecretValue,
  registrationsToPreview,
  registrationsToStackExport,
  runPulumiExample,
  runPulumiProgram,
  type Registration,
} from './run-in-process.js';

const P = 'urn:pulumi:staging::deploy-gate-example::';

/** The exact registrations expected, as `type::name`, sorted. `read:` marks a `.get` (external) read. */
function expectedNames(variant: Variant, env: Env): string[] {
  const common = [
    'aws:ec2/instance:Instance::E-app',
    'aws:ec2/volumeAttachment:VolumeAttachment::E-attach',
    'aws:efs/mountTarget:MountTarget::E-files-mount',
    'aws:rds/instance:Instance::app-db',
    'aws:backup/vault:Vault::backup-vault',
    'aws:backup/plan:Plan::backup-plan',
    'aws:backup/selection:Selection::backup-selection',
    'aws:s3/bucket:Bucket::app-data',
    'aws:iam/user:User::ci-agent',
    'aws:iam/policy:Policy::ci-agent-policy',
    'aws:iam/userPolicyAttachment:UserPolicyAttachment::ci-agent-policy-attach',
    'aws:iam/accessKey:AccessKey::ci-agent-key',
  ];
  const only =
    variant === 'incident'
      ? [
          `${env === 'prod' ? 'read:' : ''}aws:ebs/volume:Volume::shared-data`,
          `${env === 'prod' ? 'read:' : ''}aws:efs/fileSystem:FileSystem::shared-files`,
          'aws:iam/userPolicy:UserPolicy::ci-agent-cleanup',
        ]
      : [
          'aws:ebs/volume:Volume::E-data',
          'aws:efs/fileSystem:FileSystem::E-files',
          'pulumi:providers:aws::backup-dr',
          'aws:backup/vaultLockConfiguration:VaultLockConfiguration::backup-vault-lock',
          'aws:backup/vault:Vault::backup-vault-dr',
          'aws:backup/vaultLockConfiguration:VaultLockConfiguration::backup-vault-dr-lock',
          'aws:s3/bucketVersioning:BucketVersioning::app-data-versioning',
          'aws:s3/bucket:Bucket::app-backups',
          'aws:s3/bucketVersioning:BucketVersioning::app-backups-versioning',
        ];
  return [...common, ...only].map((n) => n.replace('::E-', `::${env}-`)).sort();
}

const names = (regs: Registration[]): string[] =>
  regs.map((r) => `${r.external ? 'read:' : ''}${r.type}::${r.name}`).sort();

function get(regs: Registration[], name: string, type?: string): Registration {
  const found = regs.filter((r) => r.name === name && (type === undefined || r.type === type));
  if (found.length !== 1) throw new Error(`expected one registration named ${name}, found ${found.length}`);
  return found[0]!;
}

const cases = EXAMPLE_CASES;

// Every case is run once, sequentially, in this one process: that itself checks that runs can be repeated.
const runs = new Map<string, Registration[]>();
async function run(variant: Variant, env: Env): Promise<Registration[]> {
  const key = `${variant}/${env}`;
  let regs = runs.get(key);
  if (!regs) {
    regs = await runPulumiExample({ variant, stack: env });
    runs.set(key, regs);
  }
  return regs;
}

describe('exampleProgram under mocks', () => {
  test.for(cases)('%s on %s registers exactly the expected resources', async ([variant, env]) => {
    const regs = await run(variant, env);
    expect(names(regs)).toEqual(expectedNames(variant, env));
    for (const r of regs) {
      expect(r.urn).toBe(`urn:pulumi:${env}::deploy-gate-example::${r.type}::${r.name}`);
      expect(r.parent).toBeUndefined(); // no Stack root under mocks
    }
  });

  test.for(cases)('%s on %s: every taggable resource is tagged with its env', async ([variant, env]) => {
    const regs = await run(variant, env);
    for (const r of regs) {
      const tags = r.outputs.tags as Record<string, string> | undefined;
      if (!tags) continue;
      const shared = variant === 'incident' && (r.name === 'shared-data' || r.name === 'shared-files');
      expect(tags.env, r.name).toBe(shared ? 'prod' : env);
    }
  });

  test('incident on staging: the staging instance is attached to the prod-tagged volume', async () => {
    const regs = await run('incident', 'staging');
    const volume = get(regs, 'shared-data');
    const instance = get(regs, 'staging-app');
    const attach = get(regs, 'staging-attach');
    expect(volume.inputs.tags).toEqual({ env: 'prod', Name: 'shared-data' });
    expect(instance.inputs.tags).toMatchObject({ env: 'staging' });
    expect(attach.inputs.volumeId).toBe(volume.id);
    expect(attach.inputs.volumeId).toBe('shared-data-id');
    expect(attach.inputs.instanceId).toBe(instance.id);
    expect(attach.propertyDependencies.volumeId).toEqual([volume.urn]);
    expect(attach.propertyDependencies.instanceId).toEqual([instance.urn]);
    expect(attach.dependencies).toEqual(expect.arrayContaining([volume.urn, instance.urn]));
    // The prod volume lives in the prod account; everything else of this stack in the staging account.
    expect(volume.outputs.arn).toBe('arn:aws:ec2:us-east-1:222222222222:volume/shared-data-id');
    expect(instance.outputs.arn).toBe('arn:aws:ec2:us-east-1:111111111111:instance/staging-app-id');
    // The EFS file system of prod is mounted from staging too.
    const mount = get(regs, 'staging-files-mount');
    expect(mount.inputs.fileSystemId).toBe(get(regs, 'shared-files').id);
    expect(get(regs, 'shared-files').inputs.tags).toMatchObject({ env: 'prod' });
    // Backups select only that volume.
    expect(get(regs, 'backup-selection').inputs.resources).toEqual([volume.outputs.arn]);
  });

  test('incident on prod: the shared volume and file system are reads of what staging owns', async () => {
    const regs = await run('incident', 'prod');
    const volume = get(regs, 'shared-data');
    expect(volume.external).toBe(true);
    expect(volume.id).toBe('shared-data-id');
    expect(volume.inputs).toEqual({});
    expect(volume.outputs.tags).toEqual({ env: 'prod', Name: 'shared-data' });
    expect(volume.outputs.arn).toBe('arn:aws:ec2:us-east-1:222222222222:volume/shared-data-id');
    const attach = get(regs, 'prod-attach');
    expect(attach.inputs.volumeId).toBe('shared-data-id');
    expect(attach.propertyDependencies.volumeId).toEqual([volume.urn]);
    expect(get(regs, 'shared-files').external).toBe(true);
  });

  test.for(['staging', 'prod'] as const)('incident on %s: nothing is protected, backups die with the data', async (env) => {
    const regs = await run('incident', env);
    for (const r of regs) {
      expect('protect' in r.options, r.name).toBe(false);
      expect('retainOnDelete' in r.options, r.name).toBe(false);
      expect('deleteBeforeReplace' in r.options, r.name).toBe(false);
      expect(r.options.ignoreChanges, r.name).toEqual([]);
      expect(r.provider, r.name).toBeUndefined();
    }
    expect(get(regs, 'app-db').inputs).toMatchObject({
      skipFinalSnapshot: true,
      deleteAutomatedBackups: true,
      backupRetentionPeriod: 0,
      deletionProtection: false,
    });
    expect(get(regs, 'app-db').inputs.finalSnapshotIdentifier).toBeUndefined();
    expect(get(regs, 'backup-vault').inputs.forceDestroy).toBe(true);
    const rules = get(regs, 'backup-plan').inputs.rules as Array<Record<string, unknown>>;
    expect(rules).toHaveLength(1);
    expect(rules[0]!.targetVaultName).toBe(`${env}-backup-vault`);
    expect(rules[0]!.copyActions).toBeUndefined();
    expect(get(regs, 'app-data').inputs).toMatchObject({ forceDestroy: true, tags: { env, contents: 'data,backups' } });
  });

  test.for(['staging', 'prod'] as const)('incident on %s: the CI token may do anything anywhere', async (env) => {
    const regs = await run('incident', env);
    const admin = JSON.parse(get(regs, 'ci-agent-policy').inputs.policy as string);
    expect(admin.Statement).toEqual([{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }]);
    const cleanup = JSON.parse(get(regs, 'ci-agent-cleanup').inputs.policy as string);
    expect(cleanup.Statement[0]).toMatchObject({ Effect: 'Allow', Resource: '*' });
    expect(cleanup.Statement[0].Action).toEqual(
      expect.arrayContaining(['ec2:DeleteVolume', 'rds:Delete*', 'backup:DeleteRecoveryPoint', 's3:DeleteBucket']),
    );
    expect(get(regs, 'ci-agent-policy-attach').inputs.policyArn).toBe(get(regs, 'ci-agent-policy').outputs.arn);
  });

  test.for(['staging', 'prod'] as const)('fixed on %s: protect is captured on exactly the data-bearing resources', async (env) => {
    const regs = await run('fixed', env);
    const isProtected = regs.filter((r) => r.options.protect === true).map((r) => r.name).sort();
    expect(isProtected).toEqual(
      [
        `${env}-data`,
        `${env}-files`,
        'app-db',
        'backup-vault',
        'backup-vault-lock',
        'backup-vault-dr',
        'backup-vault-dr-lock',
        'app-data',
        'app-backups',
      ].sort(),
    );
    // Options never set stay absent; set ones are captured as given.
    for (const r of regs) {
      expect('retainOnDelete' in r.options, r.name).toBe(false);
      if (!isProtected.includes(r.name)) expect('protect' in r.options, r.name).toBe(false);
    }
    expect(get(regs, 'app-db').options.ignoreChanges).toEqual(['engineVersion']);
  });

  test.for(['staging', 'prod'] as const)('fixed on %s: own volume, safe database, locked backups copied to another region', async (env) => {
    const regs = await run('fixed', env);
    const account = env === 'staging' ? '111111111111' : '222222222222';
    const volume = get(regs, `${env}-data`);
    expect(volume.inputs.tags).toEqual({ env, Name: `${env}-data` });
    expect(get(regs, `${env}-attach`).inputs.volumeId).toBe(volume.id);
    expect(get(regs, `${env}-attach`).propertyDependencies.volumeId).toEqual([volume.urn]);
    expect(get(regs, 'app-db').inputs).toMatchObject({
      deletionProtection: true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${env}-app-db-final`,
      deleteAutomatedBackups: false,
      backupRetentionPeriod: 14,
    });

    const dr = get(regs, 'backup-dr');
    expect(dr.type).toBe('pulumi:providers:aws');
    expect(dr.inputs.region).toBe('us-west-2');
    expect(dr.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
    const drRef = `${dr.urn}::${dr.id}`;
    const drVault = get(regs, 'backup-vault-dr');
    expect(drVault.provider).toBe(drRef);
    expect(get(regs, 'backup-vault-dr-lock').provider).toBe(drRef);
    expect(drVault.outputs.arn).toBe(`arn:aws:backup:us-west-2:${account}:backup-vault:${env}-backup-vault-dr`);
    expect(get(regs, 'backup-vault').inputs.forceDestroy).toBe(false);
    expect(get(regs, 'backup-vault').provider).toBeUndefined();

    const rules = get(regs, 'backup-plan').inputs.rules as Array<Record<string, unknown>>;
    expect(rules[0]!.targetVaultName).toBe(`${env}-backup-vault`);
    expect(rules[0]!.copyActions).toEqual([{ destinationVaultArn: drVault.outputs.arn, lifecycle: { deleteAfter: 35 } }]);
    expect(get(regs, 'backup-plan').propertyDependencies.rules).toEqual(
      expect.arrayContaining([get(regs, 'backup-vault').urn, drVault.urn]),
    );
    expect(get(regs, 'backup-selection').inputs.resources).toEqual([
      volume.outputs.arn,
      get(regs, `${env}-files`).outputs.arn,
      get(regs, 'app-db').outputs.arn,
    ]);
    expect(get(regs, 'backup-selection').inputs.iamRoleArn).toBe(
      `arn:aws:iam::${account}:role/service-role/AWSBackupDefaultServiceRole`,
    );

    expect(get(regs, 'app-data').inputs.forceDestroy).toBe(false);
    expect(get(regs, 'app-backups').inputs).toMatchObject({ forceDestroy: false, objectLockEnabled: true });
    expect(get(regs, 'app-backups').inputs.bucket).not.toBe(get(regs, 'app-data').inputs.bucket);
    expect(get(regs, 'app-data-versioning').inputs).toEqual({
      bucket: get(regs, 'app-data').id,
      versioningConfiguration: { status: 'Enabled' },
    });
  });

  test.for(['staging', 'prod'] as const)('fixed on %s: the CI token is scoped to its env and denied destruction', async (env) => {
    const regs = await run('fixed', env);
    const account = env === 'staging' ? '111111111111' : '222222222222';
    const doc = JSON.parse(get(regs, 'ci-agent-policy').inputs.policy as string);
    const allows = doc.Statement.filter((s: { Effect: string }) => s.Effect === 'Allow');
    for (const s of allows) {
      const actions = [s.Action].flat() as string[];
      expect(actions).not.toContain('*');
      expect(actions.some((a) => /:Delete/.test(a))).toBe(false);
    }
    const operate = doc.Statement.find((s: { Sid: string }) => s.Sid === 'OperateOwnEnvironmentOnly');
    expect(operate.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/env': env } });
    expect(operate.Resource).toEqual([
      `arn:aws:ec2:us-east-1:${account}:instance/*`,
      `arn:aws:ec2:us-east-1:${account}:volume/*`,
    ]);
    const deny = doc.Statement.find((s: { Effect: string }) => s.Effect === 'Deny');
    expect(deny.Action).toEqual(
      expect.arrayContaining(['ec2:DeleteVolume', 'rds:DeleteDBInstance', 'backup:DeleteRecoveryPoint', 's3:DeleteBucket']),
    );
    expect(get(regs, 'ci-agent').inputs.name).toBe(`ci-agent-${env}`);
  });

  test('the access key secret is a secret output, as the engine would mark it', async () => {
    const regs = await run('fixed', 'staging');
    const key = get(regs, 'ci-agent-key');
    expect(key.options.additionalSecretOutputs).toContain('secret');
    expect(isSecretValue(key.outputs.secret)).toBe(true);
    expect(key.inputs).toEqual({ user: 'ci-agent-staging' });
  });
});

describe('runPulumiProgram', () => {
  test('repeated and concurrent runs in one process give identical results', async () => {
    const first = await run('incident', 'staging');
    const again = await runPulumiExample({ variant: 'incident', stack: 'staging' });
    expect(again).toEqual(first);
    const [a, b, c] = await Promise.all([
      runPulumiExample({ variant: 'fixed', stack: 'prod' }),
      runPulumiExample({ variant: 'incident', stack: 'staging' }),
      runPulumiExample({ variant: 'fixed', stack: 'prod' }),
    ]);
    expect(a).toEqual(await run('fixed', 'prod'));
    expect(b).toEqual(first);
    expect(c).toEqual(a);
  });

  test('the project name goes into URNs', async () => {
    const regs = await runPulumiExample({ variant: 'fixed', stack: 'staging', project: 'other' });
    expect(regs.every((r) => r.urn.startsWith('urn:pulumi:staging::other::'))).toBe(true);
  });

  test('captures every resource option, parents, explicit dependencies and secret inputs', async () => {
    const regs = await runPulumiProgram(
      async () => {
        const aws = await import('@pulumi/aws');
        class Group extends pulumi.ComponentResource {
          constructor(name: string) {
            super('example:index:Group', name);
          }
        }
        const group = new Group('group');
        const volume = new aws.ebs.Volume(
          'vol',
          { availabilityZone: 'us-east-1a', size: 1 },
          { parent: group, retainOnDelete: true, protect: false, ignoreChanges: ['tags'], aliases: [{ name: 'old-vol' }] },
        );
        const instance = new aws.ec2.Instance('vm', { ami: 'ami-1', instanceType: 't3.micro' }, { dependsOn: [volume] });
        new aws.ec2.VolumeAttachment(
          'att',
          { deviceName: '/dev/sdf', volumeId: volume.id, instanceId: instance.id },
          { deleteBeforeReplace: true, deletedWith: instance },
        );
        new aws.rds.Instance('db', {
          instanceClass: 'db.t4g.micro',
          engine: 'postgres',
          username: 'app',
          password: pulumi.secret('hunter2'),
        });
      },
      { stack: 'staging' },
    );
    expect(names(regs)).toEqual(
      [
        'example:index:Group::group',
        'aws:ebs/volume:Volume::vol',
        'aws:ec2/instance:Instance::vm',
        'aws:ec2/volumeAttachment:VolumeAttachment::att',
        'aws:rds/instance:Instance::db',
      ].sort(),
    );
    const group = get(regs, 'group');
    expect(group.custom).toBe(false);
    const vol = get(regs, 'vol');
    expect(vol.parent).toBe(group.urn);
    expect(vol.urn).toBe(`${P}example:index:Group$aws:ebs/volume:Volume::vol`);
    expect(vol.options).toEqual({
      protect: false,
      retainOnDelete: true,
      ignoreChanges: ['tags'],
      aliases: [`${P}example:index:Group$aws:ebs/volume:Volume::old-vol`],
      additionalSecretOutputs: [],
    });
    const vm = get(regs, 'vm');
    expect(vm.dependencies).toEqual([vol.urn]);
    const att = get(regs, 'att');
    expect(att.options.deleteBeforeReplace).toBe(true);
    expect(att.options.deletedWith).toBe(vm.urn);
    const db = get(regs, 'db');
    expect(db.inputs.password).toEqual({ [SECRET_SIG]: '1b47061264138c4ac30d75fd1eb44270', value: 'hunter2' });
  });

  test('a program that throws rejects the run, and the next run is clean', async () => {
    await expect(
      runPulumiProgram(
        async () => {
          const aws = await import('@pulumi/aws');
          new aws.ebs.Volume('half-done', { availabilityZone: 'us-east-1a', size: 1 });
          throw new Error('boom');
        },
        { stack: 'staging' },
      ),
    ).rejects.toThrow('boom');
    expect(names(await runPulumiExample({ variant: 'incident', stack: 'staging' }))).toEqual(
      expectedNames('incident', 'staging'),
    );
  });

  test('index.ts (the CLI entry point) reads the variant from config and the env from the stack name', async () => {
    const regs = await runPulumiProgram(
      async () => {
        pulumi.runtime.setAllConfig({ 'deploy-gate-example:variant': 'incident' });
        try {
          await import('./index.js');
        } finally {
          pulumi.runtime.setAllConfig({});
        }
      },
      { stack: 'staging' },
    );
    expect(names(regs)).toEqual(expectedNames('incident', 'staging'));
  });
});

describe('registrationsToStackExport', () => {
  const fixture = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../test/fixtures/pulumi/driftadopter-aws-kms-ssm-lambda.stack-export.json', import.meta.url)),
      'utf8',
    ),
  );
  // apitype.ResourceV3 fields (pulumi-engine.md §6); every key we write must be one of them.
  const RESOURCE_V3 = new Set([
    'urn', 'custom', 'delete', 'id', 'type', 'inputs', 'outputs', 'parent', 'protect', 'taint', 'external',
    'dependencies', 'initErrors', 'provider', 'propertyDependencies', 'pendingReplacement', 'additionalSecretOutputs',
    'aliases', 'customTimeouts', 'importID', 'retainOnDelete', 'deletedWith', 'created', 'modified', 'sourcePosition',
    'stackTrace', 'ignoreChanges',
  ]);
  type Res = Record<string, unknown> & { urn: string; type: string };

  test('has the shape of a real `pulumi stack export`', async () => {
    const regs = await run('fixed', 'prod');
    const doc = registrationsToStackExport(regs, 'prod') as typeof fixture;
    expect(Object.keys(doc).sort()).toEqual(Object.keys(fixture).sort());
    expect(doc.version).toBe(3);
    expect(Object.keys(doc.deployment).sort()).toEqual(Object.keys(fixture.deployment).sort());
    expect(Object.keys(doc.deployment.manifest).sort()).toEqual(Object.keys(fixture.deployment.manifest).sort());
    // magic is sha256 of the CLI version, in the fixture as here
    for (const d of [doc, fixture]) {
      const m = d.deployment.manifest;
      expect(m.magic).toBe(createHash('sha256').update(m.version).digest('hex'));
    }
    expect(doc.deployment.secrets_providers.type).toBe('passphrase');
    expect(doc.deployment.secrets_providers.state.salt).toMatch(/^v1:[^:]+:v1:[^:]+:[^:]+$/);

    const resources = doc.deployment.resources as Res[];
    for (const r of [...resources, ...(fixture.deployment.resources as Res[])]) {
      for (const k of Object.keys(r)) expect(RESOURCE_V3.has(k), `${r.type} ${k}`).toBe(true);
      expect(r.protect === undefined || r.protect === true).toBe(true); // omitempty: never `protect: false`
    }

    const [root, defaultProvider, ...rest] = resources;
    const rootUrn = 'urn:pulumi:prod::deploy-gate-example::pulumi:pulumi:Stack::deploy-gate-example-prod';
    expect(root).toMatchObject({ urn: rootUrn, custom: false, type: 'pulumi:pulumi:Stack' });
    expect(root!.parent).toBeUndefined();
    expect(defaultProvider).toMatchObject({
      urn: 'urn:pulumi:prod::deploy-gate-example::pulumi:providers:aws::default_7_48_0',
      custom: true,
      type: 'pulumi:providers:aws',
      inputs: { __internal: {}, region: 'us-east-1', version: '7.48.0' },
    });
    expect(defaultProvider!.parent).toBeUndefined(); // as in the fixture: default providers have no parent
    const defaultRef = `${defaultProvider!.urn}::${defaultProvider!.id}`;
    expect(rest).toHaveLength(regs.length);
    for (const r of rest) expect(r.parent).toBe(rootUrn);

    const byName = (n: string): Res => rest.find((r) => r.urn.endsWith(`::${n}`))!;
    expect(byName('prod-data')).toMatchObject({ protect: true, provider: defaultRef, id: 'prod-data-id' });
    expect(byName('prod-data').inputs).toMatchObject({ __defaults: [], tags: { env: 'prod', Name: 'prod-data' } });
    expect(byName('prod-app').protect).toBeUndefined();
    const dr = byName('backup-dr');
    expect(dr.provider).toBeUndefined();
    expect(dr.inputs).toMatchObject({ region: 'us-west-2', version: '7.48.0' });
    expect(byName('backup-vault-dr').provider).toBe(`${dr.urn}::${dr.id}`);
    expect(byName('prod-attach').propertyDependencies).toMatchObject({ volumeId: [byName('prod-data').urn] });
    expect(byName('app-db').ignoreChanges).toEqual(['engineVersion']);

    // Dependencies come before dependents, as in a real snapshot.
    const index = new Map(resources.map((r, i) => [r.urn, i]));
    for (const [i, r] of resources.entries()) {
      for (const d of (r.dependencies as string[] | undefined) ?? []) expect(index.get(d)!).toBeLessThan(i);
      if (typeof r.provider === 'string') expect(index.get(r.provider.split('::').slice(0, -1).join('::'))!).toBeLessThan(i);
    }
  });

  test('encrypts secrets unless showSecrets, and never leaks the value', async () => {
    const regs = await run('fixed', 'staging');
    const hidden = JSON.stringify(registrationsToStackExport(regs, 'staging'));
    expect(hidden).not.toContain('EXAMPLEKEY');
    const key = (doc: object) =>
      ((doc as typeof fixture).deployment.resources as Res[]).find((r) => r.type === 'aws:iam/accessKey:AccessKey')!;
    const k = key(JSON.parse(hidden));
    expect((k.outputs as Record<string, unknown>).secret).toEqual({
      [SECRET_SIG]: '1b47061264138c4ac30d75fd1eb44270',
      ciphertext: expect.stringMatching(/^v1:[^:]+:[^:]+$/),
    });
    expect(k.additionalSecretOutputs).toEqual(['secret', 'sesSmtpPasswordV4']);
    const shown = key(registrationsToStackExport(regs, 'staging', { showSecrets: true }));
    expect((shown.outputs as Record<string, unknown>).secret).toEqual({
      [SECRET_SIG]: '1b47061264138c4ac30d75fd1eb44270',
      plaintext: JSON.stringify('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY'),
    });
  });

  test('marks reads as external and keeps the prod volume out of the prod stack\'s managed resources', async () => {
    const regs = await run('incident', 'prod');
    const doc = registrationsToStackExport(regs, 'prod') as typeof fixture;
    const vol = (doc.deployment.resources as Res[]).find((r) => r.urn.endsWith('::shared-data'))!;
    expect(vol).toMatchObject({ external: true, id: 'shared-data-id', custom: true });
    expect(vol.inputs).toEqual({});
  });
});

describe('registrationsToPreview', () => {
  const fixture = JSON.parse(
    readFileSync(
      fileURLToPath(new URL('../../test/fixtures/pulumi/driftadopter-aws-ssm-secret-inputs.preview.json', import.meta.url)),
      'utf8',
    ),
  );

  test('is the preview of a first `pulumi up`: a create per exported resource, a read per `.get`', async () => {
    const regs = await run('incident', 'prod');
    const preview = registrationsToPreview(regs, 'prod');
    expect(Object.keys(preview).sort()).toEqual(Object.keys(fixture).sort());
    const exported = (registrationsToStackExport(regs, 'prod') as { deployment: { resources: Array<{ urn: string }> } })
      .deployment.resources;
    expect(preview.steps.map((s) => s.urn)).toEqual(exported.map((r) => r.urn));
    expect(preview.steps[0]).toMatchObject({ op: 'create', urn: 'urn:pulumi:prod::deploy-gate-example::pulumi:pulumi:Stack::deploy-gate-example-prod' });
    const ops = Object.fromEntries(preview.steps.map((s) => [String(s.urn).split('::').pop(), s.op]));
    expect(ops['shared-data']).toBe('read');
    expect(ops['shared-files']).toBe('read');
    expect(ops['app-db']).toBe('create');
    expect(preview.changeSummary).toEqual({ create: preview.steps.filter((s) => s.op === 'create').length });
    for (const step of preview.steps) expect((step.newState as { urn: string }).urn).toBe(step.urn);
  });

  test('prints secrets as "[secret]", as preview --json does', async () => {
    const preview = registrationsToPreview(await run('fixed', 'staging'), 'staging');
    expect(JSON.stringify(preview)).not.toContain('EXAMPLEKEY');
    const key = preview.steps.find((s) => String(s.urn).endsWith('::ci-agent-key'))!;
    expect((key.newState as { outputs: Record<string, unknown> }).outputs.secret).toBe('[secret]');
  });

  test('drops a recorded stack root (cmd/run registers one), keeping its own', async () => {
    const regs = await run('fixed', 'prod');
    const root: Registration = {
      type: 'pulumi:pulumi:Stack',
      name: 'deploy-gate-example-prod',
      urn: 'urn:pulumi:prod::deploy-gate-example::pulumi:pulumi:Stack::deploy-gate-example-prod',
      custom: false,
      inputs: {},
      outputs: {},
      dependencies: [],
      propertyDependencies: {},
      options: { ignoreChanges: [], aliases: [], additionalSecretOutputs: [] },
    };
    const parented = regs.map((r) => ({ ...r, parent: root.urn }));
    expect(registrationsToPreview([root, ...parented], 'prod')).toEqual(registrationsToPreview(regs, 'prod'));
  });
});
