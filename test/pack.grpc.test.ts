// The CrossGuard pack, driven over gRPC exactly as `pulumi preview --policy-pack policy` drives it:
// GetAnalyzerInfo, Configure, one Analyze per registered resource, then AnalyzeStack.
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rules } from '../policy/rules/index.js';
import { analyzeRequest, analyzerResource, fromExport, secretValue, UNKNOWN_STRING, type ResourceSpec } from './support/analyzer-requests.js';
import { PACK_DIR, REPO_ROOT, startPack, type Diagnostic, type PackClient } from './support/pack-client.js';

const STACK = 'staging';
const PROJECT = 'aws-cascading-deps';
const urn = (type: string, name: string) => `urn:pulumi:${STACK}::${PROJECT}::${type}::${name}`;
const AWS = { type: 'pulumi:providers:aws', urn: urn('pulumi:providers:aws', 'default_7_48_0'), name: 'default_7_48_0', properties: { region: 'us-east-1' } };

const VOLUME = 'aws:ebs/volume:Volume';
const ATTACHMENT = 'aws:ec2/volumeAttachment:VolumeAttachment';
const INSTANCE = 'aws:ec2/instance:Instance';

const volume = (name: string, options: ResourceSpec['options'] = {}, tags: Record<string, string> = { env: 'staging' }): ResourceSpec => ({
  type: VOLUME, urn: urn(VOLUME, name), provider: AWS, options,
  properties: { availabilityZone: 'us-east-1a', size: 100, type: 'gp3', encrypted: true, tags, id: `${name}-id` },
});

const by = (policy: string, diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.policyName === policy);
const levels = (diagnostics: Diagnostic[]) => diagnostics.map((d) => `${d.policyName}:${d.enforcementLevel}`);

// The prior state: the real `pulumi stack export` of shared/fixtures/pulumi (AWS KMS/SSM/Lambda, v3.218.0), moved to
// stack `staging`, plus a protected EBS volume `old-data` shaped like the fixture's resources. The KMS key is
// marked protected so that unprotecting it can be seen.
const FIXTURE = join(REPO_ROOT, 'test', 'fixtures', 'pulumi', 'driftadopter-aws-kms-ssm-lambda.stack-export.json');
const fixtureText = readFileSync(FIXTURE, 'utf8').replaceAll('urn:pulumi:test-d67e0b53::', `urn:pulumi:${STACK}::`);
interface ExportedResource { urn: string; type: string; custom?: boolean; id?: string; inputs?: Record<string, unknown>; outputs?: Record<string, unknown>; parent?: string; provider?: string; protect?: boolean; propertyDependencies?: Record<string, string[]> }
const exported = JSON.parse(fixtureText) as { deployment: { resources: ExportedResource[] } };
const priorResources = exported.deployment.resources;
const providerRef = priorResources.find((r) => r.type === 'pulumi:providers:aws')!;
const OLD_DATA = urn(VOLUME, 'old-data');
const KMS_KEY = urn('aws:kms/key:Key', 'app-key');
priorResources.find((r) => r.urn === KMS_KEY)!.protect = true;
priorResources.push({
  urn: OLD_DATA, custom: true, id: 'vol-0a1b2c3d4e5f60718', type: VOLUME,
  inputs: { availabilityZone: 'us-east-1a', size: 500, type: 'gp3', tags: { env: 'staging', Name: 'old-data' } },
  outputs: { arn: 'arn:aws:ec2:us-east-1:111111111111:volume/vol-0a1b2c3d4e5f60718', availabilityZone: 'us-east-1a', id: 'vol-0a1b2c3d4e5f60718', size: 500, type: 'gp3', tags: { env: 'staging', Name: 'old-data' } },
  parent: priorResources[0]!.urn, provider: `${providerRef.urn}::${providerRef.id}`, protect: true,
});

/** The program after the change, as AnalyzeStack sees it: the exported resources that are still registered. */
function stillRegistered(exclude: string[], overrides: Record<string, Partial<ResourceSpec>> = {}): ResourceSpec[] {
  return priorResources
    .filter((r) => !r.type.startsWith('pulumi:pulumi:') && !r.type.startsWith('pulumi:providers:') && !exclude.includes(r.urn))
    .map((r) => ({
      type: r.type, urn: r.urn, properties: fromExport(r.outputs ?? {}) as Record<string, unknown>, provider: AWS, options: { protect: r.protect === true },
      ...(r.parent ? { parent: r.parent } : {}),
      ...overrides[r.urn],
    }));
}

let work: string;
let priorStatePath: string;
const ENVIRONMENTS = { prod: { accounts: ['222222222222'] }, staging: { accounts: ['111111111111'] } };
const allPolicies = (properties: Record<string, unknown>) => Object.fromEntries(rules.map((r) => [r.id, { properties }]));

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'deploy-gate-pack-'));
  priorStatePath = join(work, 'staging.stack-export.json');
  writeFileSync(priorStatePath, JSON.stringify(exported));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the pack, as the engine drives it', () => {
  let pack: PackClient;
  beforeAll(async () => {
    pack = await startPack();
  });
  afterAll(async () => {
    await pack?.close();
  });

  test('GetAnalyzerInfo lists exactly the registry rules, with their metadata, levels and config schemas', async () => {
    const info = await pack.getAnalyzerInfo();
    const version = (JSON.parse(readFileSync(join(PACK_DIR, 'package.json'), 'utf8')) as { version: string }).version;
    expect(info).toMatchObject({ name: 'deploy-gate', version, supportsConfig: true });
    expect(version).toBe((JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version);
    const level = { block: 'MANDATORY', warn: 'ADVISORY', off: 'DISABLED' } as const;
    const severity = { low: 1, medium: 2, high: 3, critical: 4 } as const;
    expect(info.policies.map((p) => ({ ...p, configSchema: Object.keys(p.configSchema ?? {}).sort() }))).toEqual(
      rules.map((rule) => ({
        name: rule.id,
        description: rule.title,
        enforcementLevel: level[rule.defaultLevel],
        policyType: rule.scope === 'change' ? 'stack' : rule.pulumiPolicyType,
        severity: severity[rule.severity],
        remediationSteps: rule.remediation,
        url: rule.links[0],
        configSchema: ['dataTypes', 'environments', 'exemptions', 'tagKeys', ...(rule.scope === 'change' ? ['priorState'] : [])].sort(),
      })),
    );
    // The same shapes as deploy-gate.yml, so one document can be pasted into --policy-pack-config.
    const schema = info.policies[0]!.configSchema!;
    expect(schema.environments).toMatchObject({ type: 'object', additionalProperties: { type: 'object', additionalProperties: false } });
    expect(schema).not.toHaveProperty('enforcementLevel');
  });

  test('without a prior state, it says once (advisory) that deletions are left to the plan gate', async () => {
    await pack.configure(allPolicies({ environments: ENVIRONMENTS }));
    const diagnostics = await pack.analyzeStack(stillRegistered([OLD_DATA]).map(analyzerResource));
    expect(levels(diagnostics)).toEqual(['no-stateful-delete:ADVISORY']);
    expect(diagnostics[0]!.message).toMatch(/left to the plan gate.*deploy-gate check.*pulumi preview --json/s);
  });

  describe('configured with environments and a prior state', () => {
    // The stack is staging, protected here, so findings about how well data is protected are mandatory (by default
    // they block only in prod: 'in an environment the config does not protect' checks that).
    const configured = () => pack.configure({
      ...allPolicies({ environments: ENVIRONMENTS, protectedEnvironments: ['prod', 'staging'] }),
      'no-stateful-delete': { properties: { environments: ENVIRONMENTS, priorState: priorStatePath } },
      'no-protection-downgrade': { properties: { environments: ENVIRONMENTS, priorState: priorStatePath } },
    });
    beforeAll(configured);

    test('an unprotected volume: exactly one mandatory require-delete-protection', async () => {
      const diagnostics = await pack.analyze(analyzeRequest(volume('data')));
      expect(diagnostics).toEqual([
        expect.objectContaining({ policyName: 'require-delete-protection', policyPackName: 'deploy-gate', enforcementLevel: 'MANDATORY', severity: 3 }),
      ]);
      expect(diagnostics[0]!.message).toMatch(/volume data .* has no delete protection/);
    });

    test('in an environment the config does not protect, a missing guard is advisory', async () => {
      await pack.configure(allPolicies({ environments: ENVIRONMENTS }));
      expect(levels(await pack.analyze(analyzeRequest(volume('data'))))).toEqual(['require-delete-protection:ADVISORY']);
      await configured();
    });

    test('a protected volume: nothing', async () => {
      expect(await pack.analyze(analyzeRequest(volume('data', { protect: true })))).toEqual([]);
    });

    test('a component (no provider) named like storage is not a data store; a custom resource of that type is', async () => {
      const database = { type: 'acme:index:Database', urn: urn('acme:index:Database', 'orders') };
      expect(await pack.analyze(analyzeRequest(database))).toEqual([]);
      expect(by('require-delete-protection', await pack.analyzeStack([analyzerResource(database)]))).toEqual([]);
      const custom = { ...database, provider: { type: 'pulumi:providers:acme', urn: urn('pulumi:providers:acme', 'default'), name: 'default', properties: {} } };
      expect(levels(await pack.analyze(analyzeRequest(custom)))).toEqual(['require-delete-protection:MANDATORY']);
    });

    test('an unknown value is a mandatory "cannot verify", never the SDK\'s advisory "can\'t run policy"', async () => {
      const db = analyzeRequest({
        type: 'aws:rds/instance:Instance', urn: urn('aws:rds/instance:Instance', 'app-db'), provider: AWS,
        properties: { identifier: UNKNOWN_STRING, engine: 'postgres', deletionProtection: UNKNOWN_STRING, password: secretValue('hunter2') },
      });
      const diagnostics = await pack.analyze(db);
      expect(levels(diagnostics)).toEqual(['require-delete-protection:MANDATORY']);
      expect(diagnostics[0]!.message).toMatch(/deletionProtection is unknown until apply, so its delete protection cannot be verified/);
      expect(JSON.stringify(diagnostics)).not.toContain('hunter2');
    });

    test('an unknown storage id in a stack: mandatory cannot-tell for the attachment', async () => {
      const attachment: ResourceSpec = {
        type: ATTACHMENT, urn: urn(ATTACHMENT, 'staging-attach'), provider: AWS,
        properties: { deviceName: '/dev/sdf', volumeId: UNKNOWN_STRING, instanceId: UNKNOWN_STRING, tags: { env: 'staging' } },
      };
      const diagnostics = by('no-cross-env-storage', await pack.analyzeStack([analyzerResource(attachment)]));
      expect(diagnostics.map((d) => [d.enforcementLevel, d.urn])).toEqual([['MANDATORY', urn(ATTACHMENT, 'staging-attach')]]);
      expect(diagnostics[0]!.message).toMatch(/unknown until apply/);
    });

    test('a staging attachment whose propertyDependencies point at a prod-tagged volume: no-cross-env-storage on the attachment', async () => {
      const prodVolume = volume('shared-data', { protect: true }, { env: 'prod', Name: 'shared-data' });
      const instance: ResourceSpec = { type: INSTANCE, urn: urn(INSTANCE, 'staging-app'), provider: AWS, properties: { id: 'i-0123', tags: { env: 'staging' } } };
      const attachment: ResourceSpec = {
        type: ATTACHMENT, urn: urn(ATTACHMENT, 'staging-attach'), provider: AWS,
        // At preview the ids are not known yet: only propertyDependencies say what the attachment points at.
        properties: { deviceName: '/dev/sdf', volumeId: UNKNOWN_STRING, instanceId: UNKNOWN_STRING },
        propertyDependencies: { volumeId: [prodVolume.urn], instanceId: [instance.urn] },
        dependencies: [prodVolume.urn, instance.urn],
      };
      const diagnostics = await pack.analyzeStack([prodVolume, instance, attachment].map(analyzerResource));
      const crossEnv = by('no-cross-env-storage', diagnostics);
      expect(crossEnv.map((d) => [d.enforcementLevel, d.urn])).toEqual([['MANDATORY', attachment.urn]]);
      expect(crossEnv[0]!.message).toMatch(/\(staging\) attaches volume .*shared-data of environment prod/);
    });

    test('a volume of the prior state that the program no longer registers: mandatory no-stateful-delete naming its URN', async () => {
      const diagnostics = await pack.analyzeStack(stillRegistered([OLD_DATA]).map(analyzerResource));
      expect(by('no-stateful-delete', diagnostics).map((d) => [d.enforcementLevel, d.urn])).toEqual([['MANDATORY', OLD_DATA]]);
      expect(by('no-stateful-delete', diagnostics)[0]!.message).toMatch(/volume old-data .*: the delete destroys the data it holds/);
      expect(by('no-protection-downgrade', diagnostics)).toEqual([]);
    });

    test('a resource renamed with an alias is not a delete; unprotecting one is a downgrade', async () => {
      const renamed = urn(VOLUME, 'archive-data');
      const current = [
        ...stillRegistered([OLD_DATA], { [KMS_KEY]: { options: { protect: false } } }),
        { ...volume('archive-data', { protect: true, aliases: [OLD_DATA] }), urn: renamed },
      ];
      const diagnostics = await pack.analyzeStack(current.map(analyzerResource));
      expect(by('no-stateful-delete', diagnostics)).toEqual([]);
      expect(by('no-protection-downgrade', diagnostics).map((d) => [d.enforcementLevel, d.urn])).toEqual([['MANDATORY', KMS_KEY]]);
    });

    test('an exemption in the pack config clears only its resource', async () => {
      await pack.configure({
        'require-delete-protection': { properties: { protectedEnvironments: ['staging'], exemptions: [{ resource: urn(VOLUME, 'scratch-*'), reason: 'rebuilt from the image every night', expires: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10) }] } },
      });
      expect(await pack.analyze(analyzeRequest(volume('scratch-1')))).toEqual([]);
      expect(levels(await pack.analyze(analyzeRequest(volume('data'))))).toEqual(['require-delete-protection:MANDATORY']);
    });

    test('an expired exemption does not apply, and the pack says so once', async () => {
      await pack.configure({
        'require-delete-protection': { properties: { protectedEnvironments: ['staging'], exemptions: [{ resource: urn(VOLUME, 'scratch-*'), reason: 'rebuilt nightly', expires: '2020-01-01' }] } },
      });
      const first = await pack.analyze(analyzeRequest(volume('scratch-2')));
      expect(levels(first).sort()).toEqual(['require-delete-protection:ADVISORY', 'require-delete-protection:MANDATORY']);
      expect(first.find((d) => d.enforcementLevel === 'ADVISORY')!.message).toContain('expired on 2020-01-01');
      expect(levels(await pack.analyze(analyzeRequest(volume('scratch-3'))))).toEqual(['require-delete-protection:MANDATORY']);
    });

    test('an invalid pack config is a mandatory violation, not a silent pass', async () => {
      await pack.configure({ 'require-delete-protection': { properties: { environments: { prod: { namePatterns: ['(unclosed'] } } } } });
      const diagnostics = await pack.analyze(analyzeRequest(volume('data', { protect: true })));
      expect(levels(diagnostics)).toEqual(['require-delete-protection:MANDATORY']);
      expect(diagnostics[0]!.message).toMatch(/pack config of require-delete-protection is invalid.*namePatterns/s);
    });

    test('a prior state that cannot be read, or belongs to another stack, blocks with a clear message', async () => {
      await pack.configure({ 'no-stateful-delete': { properties: { priorState: join(work, 'missing.json') } } });
      let diagnostics = by('no-stateful-delete', await pack.analyzeStack(stillRegistered([]).map(analyzerResource)));
      expect(diagnostics.map((d) => d.enforcementLevel)).toEqual(['MANDATORY']);
      expect(diagnostics[0]!.message).toMatch(/cannot read the prior state .*missing\.json/);

      const other = join(work, 'other.stack-export.json');
      writeFileSync(other, fixtureText.replaceAll(`urn:pulumi:${STACK}::`, 'urn:pulumi:prod::'));
      await pack.configure({ 'no-stateful-delete': { properties: { priorState: other } } });
      diagnostics = by('no-stateful-delete', await pack.analyzeStack(stillRegistered([]).map(analyzerResource)));
      expect(diagnostics.map((d) => d.enforcementLevel)).toEqual(['MANDATORY']);
      expect(diagnostics[0]!.message).toMatch(/is of stack prod, but this deployment is of stack staging/);
    });
  });

  describe('malformed requests never crash it', () => {
    const survives = async (attempt: () => Promise<unknown>) => {
      await attempt().catch(() => undefined);
      // The next call still works (staging is not protected by default: the missing guard is advisory).
      expect(levels(await pack.analyze(analyzeRequest(volume('after'))))).toEqual(['require-delete-protection:ADVISORY']);
    };
    beforeAll(async () => {
      await pack.configure({});
    });

    test('missing type, name and urn', async () => {
      await survives(() => pack.analyze(analyzeRequest({ type: '', urn: '', properties: { size: 1 } })));
    });

    test('garbage properties', async () => {
      await survives(() => pack.analyze(analyzeRequest({
        type: VOLUME, urn: urn(VOLUME, 'garbage'),
        properties: { tags: 5, size: 'huge', '': { deeply: [null, [true, { x: UNKNOWN_STRING }]] }, bogus: { '4dabf18193072939515e22adb298388d': 'not-a-signature' } },
      })));
    });

    test('no options at all (an old CLI)', async () => {
      const request = analyzeRequest(volume('no-options'));
      request.clearOptions();
      await survives(() => pack.analyze(request));
    });

    test('unknown resource types, and a stack with dangling references and duplicate URNs', async () => {
      expect(await pack.analyze(analyzeRequest({ type: 'acme:widgets/gizmo:Gizmo', urn: urn('acme:widgets/gizmo:Gizmo', 'g') }))).toEqual([]);
      await survives(() => pack.analyzeStack([
        analyzerResource({ type: 'acme:widgets/gizmo:Gizmo', urn: urn('acme:widgets/gizmo:Gizmo', 'g'), parent: 'urn:nowhere', dependencies: ['urn:gone'], propertyDependencies: { volumeId: ['urn:gone'] } }),
        analyzerResource({ type: ATTACHMENT, urn: urn(ATTACHMENT, 'dup'), properties: { volumeId: 'vol-x' } }),
        analyzerResource({ type: ATTACHMENT, urn: urn(ATTACHMENT, 'dup'), properties: { volumeId: 42 } }),
      ]));
      await survives(() => pack.analyzeStack([]));
    });
  });

  test('secret property values never reach a diagnostic (the SDK unwraps secrets before the pack sees them)', async () => {
    await pack.configure(allPolicies({ environments: ENVIRONMENTS }));
    const S = secretValue;
    const specs: ResourceSpec[] = [
      { type: VOLUME, urn: urn(VOLUME, 'look'), provider: AWS, options: { protect: true }, properties: { size: 1, tags: { env: S('prоd-hunter2') } } },
      { type: ATTACHMENT, urn: urn(ATTACHMENT, 'att'), provider: AWS, properties: { deviceName: '/dev/sdf', volumeId: S('arn:aws:ec2:us-east-1:222222222222:volume/hunter2'), instanceId: 'i-1', tags: { env: 'staging' } } },
      { type: 'aws:iam/policy:Policy', urn: urn('aws:iam/policy:Policy', 'pol'), provider: AWS, properties: { policy: S(JSON.stringify({ Statement: [{ Effect: 'Allow', Action: 'ec2:DeleteVolume', Resource: ['arn:aws:ec2:us-east-1:222222222222:volume/hunter2', 'arn:aws:ec2:us-east-1:111111111111:volume/hunter2b'] }] })) } },
      { type: 'aws:s3/bucketReplicationConfig:BucketReplicationConfig', urn: urn('aws:s3/bucketReplicationConfig:BucketReplicationConfig', 'rep'), provider: AWS, properties: { bucket: S('hunter2-bucket'), role: 'r', rules: [{ status: 'Enabled', destination: { bucket: S('arn:aws:s3:::hunter2-bucket') } }] } },
      { type: 'aws:backup/plan:Plan', urn: urn('aws:backup/plan:Plan', 'bp'), provider: AWS, properties: { name: 'p', rules: [{ ruleName: S('hunter2-rule'), targetVaultName: S('hunter2-vault'), schedule: 'cron(0 0 * * ? *)' }] } },
      { type: 'aws:dlm/lifecyclePolicy:LifecyclePolicy', urn: urn('aws:dlm/lifecyclePolicy:LifecyclePolicy', 'dlm'), provider: AWS, properties: { executionRoleArn: 'x', description: 'd', policyDetails: { resourceTypes: ['VOLUME'], targetTags: { a: 'b' }, schedules: [{ name: S('hunter2-sched'), createRule: { interval: 24 }, retainRule: { count: 1 } }] } } },
    ];
    const diagnostics: Diagnostic[] = [];
    for (const spec of specs) diagnostics.push(...await pack.analyze(analyzeRequest(spec)));
    diagnostics.push(...await pack.analyzeStack(specs.map(analyzerResource)));
    // The findings are still there, named by URN; only the property values are hidden.
    expect(new Set(diagnostics.map((d) => d.policyName))).toEqual(new Set(['no-cross-env-storage', 'no-colocated-backups', 'no-blanket-destroy-credentials', 'no-stateful-delete']));
    expect(diagnostics.filter((d) => d.message.includes('hunter2'))).toEqual([]);
  });

  test('stdout carries the port and nothing else', () => {
    expect(pack.stdout()).toMatch(/^\d+\n$/);
  });
});

describe('under the Pulumi CLI (PULUMI_NODEJS_STACK set), with no priorState configured', () => {
  // A stand-in `pulumi` on PATH: records its arguments, then prints the export (or fails).
  const install = (dir: string, body: string) => {
    const bin = join(work, dir);
    mkdirSync(bin, { recursive: true });
    writeFileSync(join(bin, 'pulumi'), `#!/bin/sh\necho "$@" > "${join(work, `${dir}.args`)}"\n${body}\n`);
    chmodSync(join(bin, 'pulumi'), 0o755);
  };
  const cliEnv = (dir: string) => ({
    PULUMI_NODEJS_STACK: STACK, PULUMI_NODEJS_PROJECT: PROJECT, PULUMI_NODEJS_ORGANIZATION: 'acme',
    PATH: `${join(work, dir)}${delimiter}${process.env.PATH ?? ''}`,
  });

  test('it runs `pulumi stack export --stack <org/project/stack>` and judges deletions against it', async () => {
    install('cli-ok', `cat "${priorStatePath}"`);
    const pack = await startPack({ env: cliEnv('cli-ok') });
    try {
      const diagnostics = await pack.analyzeStack(stillRegistered([OLD_DATA]).map(analyzerResource));
      expect(by('no-stateful-delete', diagnostics).map((d) => [d.enforcementLevel, d.urn])).toEqual([['MANDATORY', OLD_DATA]]);
      expect(readFileSync(join(work, 'cli-ok.args'), 'utf8').trim()).toBe(`stack export --stack acme/${PROJECT}/${STACK}`);
      expect(pack.stdout()).toMatch(/^\d+\n$/);
    } finally {
      await pack.close();
    }
  });

  test('a failing `pulumi stack export` is tolerated: one advisory note naming the failure', async () => {
    install('cli-fails', 'echo "error: no stack named staging" >&2; exit 1');
    const pack = await startPack({ env: cliEnv('cli-fails') });
    try {
      const diagnostics = await pack.analyzeStack(stillRegistered([OLD_DATA]).map(analyzerResource));
      expect(levels(diagnostics)).toEqual(['no-stateful-delete:ADVISORY']);
      expect(diagnostics[0]!.message).toMatch(/pulumi stack export --stack acme\/aws-cascading-deps\/staging failed.*no stack named staging/s);
    } finally {
      await pack.close();
    }
  });
});
