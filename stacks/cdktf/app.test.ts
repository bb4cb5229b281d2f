import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { EXAMPLE_CASES, type Env, type Variant } from '../example.js';
import { synthExample, writeSynth } from './app.js';

type Block = Record<string, unknown>;
type Config = {
  '//': { metadata: Block };
  provider: { aws: Block[] };
  resource: Record<string, Record<string, Block>>;
  data?: Record<string, Record<string, Block>>;
  terraform: Block;
};

const synths = new Map<string, Config>();
function synth(variant: Variant, env: Env): Config {
  const key = `${variant}/${env}`;
  let c = synths.get(key);
  if (!c) {
    c = synthExample(variant, env) as Config;
    synths.set(key, c);
  }
  return c;
}

const addresses = (blocks: Record<string, Record<string, Block>> | undefined, prefix = ''): string[] =>
  Object.entries(blocks ?? {})
    .flatMap(([type, byName]) => Object.keys(byName).map((name) => `${prefix}${type}.${name}`))
    .sort();

function resource(c: Config, type: string, name: string): Block {
  const r = c.resource[type]?.[name];
  if (!r) throw new Error(`no ${type}.${name}`);
  return r;
}

/** The exact Terraform addresses expected (managed resources, then data sources). */
function expected(variant: Variant, env: Env): { resources: string[]; data: string[] } {
  const common = [
    'aws_instance.E-app',
    'aws_volume_attachment.E-attach',
    'aws_efs_mount_target.E-files-mount',
    'aws_db_instance.app-db',
    'aws_backup_vault.backup-vault',
    'aws_backup_plan.backup-plan',
    'aws_backup_selection.backup-selection',
    'aws_s3_bucket.app-data',
    'aws_iam_user.ci-agent',
    'aws_iam_policy.ci-agent-policy',
    'aws_iam_user_policy_attachment.ci-agent-policy-attach',
    'aws_iam_access_key.ci-agent-key',
  ];
  const shared = ['aws_ebs_volume.shared-data', 'aws_efs_file_system.shared-files'];
  const only =
    variant === 'incident'
      ? [...(env === 'staging' ? shared : []), 'aws_iam_user_policy.ci-agent-cleanup']
      : [
          'aws_ebs_volume.E-data',
          'aws_efs_file_system.E-files',
          'aws_backup_vault_lock_configuration.backup-vault-lock',
          'aws_backup_vault.backup-vault-dr',
          'aws_backup_vault_lock_configuration.backup-vault-dr-lock',
          'aws_s3_bucket_versioning.app-data-versioning',
          'aws_s3_bucket.app-backups',
          'aws_s3_bucket_versioning.app-backups-versioning',
        ];
  const data = ['aws_caller_identity.current', ...(variant === 'incident' && env === 'prod' ? shared : [])];
  return {
    resources: [...common, ...only].map((a) => a.replace('.E-', `.${env}-`)).sort(),
    data: data.map((a) => `data.${a}`).sort(),
  };
}

const cases = EXAMPLE_CASES;

describe('cdktf example app', () => {
  test.for(cases)('%s on %s synthesizes exactly the expected addresses', ([variant, env]) => {
    const c = synth(variant, env);
    expect(addresses(c.resource)).toEqual(expected(variant, env).resources);
    expect(addresses(c.data, 'data.')).toEqual(expected(variant, env).data);
    expect(c['//'].metadata).toEqual({ backend: 'local', stackName: env, version: '0.21.0' });
    expect(c.terraform.backend).toEqual({ local: { path: `terraform.${env}.tfstate` } });
  });

  test('has the top-level shape of a real cdktf 0.21 synth', () => {
    const fixture = JSON.parse(
      readFileSync(
        fileURLToPath(new URL('../../test/fixtures/terraform/cdktf021-aws-stateful-prod.cdk.tf.json', import.meta.url)),
        'utf8',
      ),
    );
    const c = synth('fixed', 'prod');
    expect(Object.keys(c).filter((k) => k !== 'data')).toEqual(Object.keys(fixture));
    expect(c.terraform.required_providers).toEqual(fixture.terraform.required_providers);
    const vol = resource(c, 'aws_ebs_volume', 'prod-data');
    expect(vol['//']).toEqual({ metadata: { path: 'prod/prod-data', uniqueId: 'prod-data' } });
  });

  test.for(cases)('%s on %s: every tagged resource carries its env', ([variant, env]) => {
    const c = synth(variant, env);
    for (const [type, byName] of Object.entries(c.resource)) {
      for (const [name, r] of Object.entries(byName)) {
        const tags = r.tags as Record<string, string> | undefined;
        if (!tags) continue;
        const shared = variant === 'incident' && (name === 'shared-data' || name === 'shared-files');
        expect(tags.env, `${type}.${name}`).toBe(shared ? 'prod' : env);
      }
    }
  });

  test('incident on staging: the staging instance is attached to the prod-tagged volume', () => {
    const c = synth('incident', 'staging');
    expect(resource(c, 'aws_ebs_volume', 'shared-data').tags).toEqual({ env: 'prod', Name: 'shared-data' });
    expect(resource(c, 'aws_instance', 'staging-app').tags).toMatchObject({ env: 'staging' });
    expect(resource(c, 'aws_volume_attachment', 'staging-attach')).toMatchObject({
      volume_id: '${aws_ebs_volume.shared-data.id}',
      instance_id: '${aws_instance.staging-app.id}',
    });
    expect(resource(c, 'aws_efs_mount_target', 'staging-files-mount').file_system_id).toBe(
      '${aws_efs_file_system.shared-files.id}',
    );
    expect(resource(c, 'aws_backup_selection', 'backup-selection').resources).toEqual([
      '${aws_ebs_volume.shared-data.arn}',
    ]);
  });

  test('incident on prod: the shared volume is a data source, owned by the staging stack', () => {
    const c = synth('incident', 'prod');
    expect(c.data?.aws_ebs_volume?.['shared-data']?.filter).toEqual([{ name: 'volume-id', values: ['shared-data-id'] }]);
    expect(resource(c, 'aws_volume_attachment', 'prod-attach').volume_id).toBe('${data.aws_ebs_volume.shared-data.id}');
  });

  test.for(['staging', 'prod'] as const)('incident on %s: no lifecycle protection, destructive provider flags', (env) => {
    const c = synth('incident', env);
    for (const [type, byName] of Object.entries(c.resource)) {
      for (const [name, r] of Object.entries(byName)) expect(r.lifecycle, `${type}.${name}`).toBeUndefined();
    }
    expect(resource(c, 'aws_db_instance', 'app-db')).toMatchObject({
      skip_final_snapshot: true,
      delete_automated_backups: true,
      backup_retention_period: 0,
      deletion_protection: false,
    });
    expect(resource(c, 'aws_backup_vault', 'backup-vault').force_destroy).toBe(true);
    const rule = (resource(c, 'aws_backup_plan', 'backup-plan').rule as Block[])[0]!;
    expect(rule.target_vault_name).toBe('${aws_backup_vault.backup-vault.name}');
    expect(rule.copy_action).toBeUndefined();
    expect(resource(c, 'aws_s3_bucket', 'app-data').force_destroy).toBe(true);
    const admin = JSON.parse(resource(c, 'aws_iam_policy', 'ci-agent-policy').policy as string);
    expect(admin.Statement).toEqual([{ Sid: 'Everything', Effect: 'Allow', Action: '*', Resource: '*' }]);
    const cleanup = JSON.parse(resource(c, 'aws_iam_user_policy', 'ci-agent-cleanup').policy as string);
    expect(cleanup.Statement[0].Action).toContain('ec2:DeleteVolume');
    expect(c.provider.aws).toEqual([{ region: 'us-east-1' }]);
  });

  test.for(['staging', 'prod'] as const)('fixed on %s: prevent_destroy on exactly the data-bearing resources', (env) => {
    const c = synth('fixed', env);
    const prevented = Object.entries(c.resource)
      .flatMap(([type, byName]) =>
        Object.entries(byName)
          .filter(([, r]) => (r.lifecycle as Block | undefined)?.prevent_destroy === true)
          .map(([name]) => `${type}.${name}`),
      )
      .sort();
    expect(prevented).toEqual(
      [
        `aws_ebs_volume.${env}-data`,
        `aws_efs_file_system.${env}-files`,
        'aws_db_instance.app-db',
        'aws_backup_vault.backup-vault',
        'aws_backup_vault_lock_configuration.backup-vault-lock',
        'aws_backup_vault.backup-vault-dr',
        'aws_backup_vault_lock_configuration.backup-vault-dr-lock',
        'aws_s3_bucket.app-data',
        'aws_s3_bucket.app-backups',
      ].sort(),
    );
    expect(resource(c, 'aws_db_instance', 'app-db').lifecycle).toEqual({
      prevent_destroy: true,
      ignore_changes: ['engine_version'],
    });
  });

  test.for(['staging', 'prod'] as const)('fixed on %s: provider flags, cross-region copy, scoped CI policy', (env) => {
    const c = synth('fixed', env);
    expect(resource(c, 'aws_volume_attachment', `${env}-attach`).volume_id).toBe(`\${aws_ebs_volume.${env}-data.id}`);
    expect(resource(c, 'aws_db_instance', 'app-db')).toMatchObject({
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: `${env}-app-db-final`,
      delete_automated_backups: false,
      backup_retention_period: 14,
    });
    expect(c.provider.aws).toEqual([{ region: 'us-east-1' }, { alias: 'dr', region: 'us-west-2' }]);
    expect(resource(c, 'aws_backup_vault', 'backup-vault')).toMatchObject({ force_destroy: false });
    expect(resource(c, 'aws_backup_vault', 'backup-vault').provider).toBeUndefined();
    expect(resource(c, 'aws_backup_vault', 'backup-vault-dr').provider).toBe('aws.dr');
    expect(resource(c, 'aws_backup_vault_lock_configuration', 'backup-vault-dr-lock').provider).toBe('aws.dr');
    const rule = (resource(c, 'aws_backup_plan', 'backup-plan').rule as Block[])[0]!;
    expect(rule.copy_action).toEqual([
      { destination_vault_arn: '${aws_backup_vault.backup-vault-dr.arn}', lifecycle: { delete_after: 35 } },
    ]);
    expect(resource(c, 'aws_s3_bucket', 'app-backups')).toMatchObject({ force_destroy: false, object_lock_enabled: true });
    expect(resource(c, 'aws_s3_bucket_versioning', 'app-data-versioning')).toMatchObject({
      bucket: '${aws_s3_bucket.app-data.id}',
      versioning_configuration: { status: 'Enabled' },
    });
    const doc = JSON.parse(resource(c, 'aws_iam_policy', 'ci-agent-policy').policy as string);
    const operate = doc.Statement.find((s: { Sid: string }) => s.Sid === 'OperateOwnEnvironmentOnly');
    expect(operate.Condition).toEqual({ StringEquals: { 'aws:ResourceTag/env': env } });
    expect(operate.Resource[0]).toBe('arn:aws:ec2:us-east-1:${data.aws_caller_identity.current.account_id}:instance/*');
    expect(doc.Statement.find((s: { Effect: string }) => s.Effect === 'Deny').Action).toContain('ec2:DeleteVolume');
  });

  test('writeSynth writes <dir>/stacks/<env>/cdk.tf.json as cdktf.out does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-cdktf-test-'));
    try {
      const path = writeSynth('incident', 'staging', dir);
      expect(path).toBe(join(dir, 'stacks', 'staging', 'cdk.tf.json'));
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(synth('incident', 'staging'));
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
      expect(manifest.stacks.staging.synthesizedStackPath).toBe('stacks/staging/cdk.tf.json');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(existsSync(dir)).toBe(false);
  });
});
