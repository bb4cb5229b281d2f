// The example Pulumi stacks started through Pulumi's own entry point, as `pulumi preview` starts them: the engine's
// reading of Pulumi.yaml and Pulumi.<stack>.yaml, then `node @pulumi/pulumi/cmd/run …` with the flags and env of the
// nodejs language host (test/support/language-host.ts), against a ResourceMonitor and Engine served over gRPC by
// this test (test/support/recording-monitor.ts). No Pulumi CLI, provider plugin or cloud account is needed.
//
// It proves three things: the layout of Pulumi.yaml runs (the compiled build/stacks/pulumi/index.js, typescript
// off), the program registers over the wire exactly what the in-process run under setMocks records
// (stacks/pulumi/run-in-process.ts, which the other stack tests use), and the gate judges the result as it should:
// the incident blocked, the fix allowed. Needs `npm run build` (npm test runs it).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gateJson, INCIDENT_STAGING_BLOCKS, type JsonReport } from './support/gate-cli.js';
import { EXAMPLE_CASES, type Env, type Variant } from '../stacks/example.js';
import { DEFAULT_PROJECT, registrationsToPreview, runPulumiExample, type Registration } from '../stacks/pulumi/run-in-process.js';
import { programErrors, programLocation, readProject, runProgram, stackConfig, type ProgramRun } from './support/language-host.js';
import { FEATURES } from './support/recording-monitor.js';

const ROOT = join(import.meta.dirname, '..');
const key = (variant: Variant, env: Env): string => `${variant}/${env}`;
const rootUrn = (env: Env): string => `urn:pulumi:${env}::${DEFAULT_PROJECT}::pulumi:pulumi:Stack::${DEFAULT_PROJECT}-${env}`;
const byUrn = (a: Registration, b: Registration): number => a.urn.localeCompare(b.urn);

const runs = new Map<string, ProgramRun>();
let work: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'deploy-gate-cmd-run-'));
  // The four runs at once: each is a node process that spends most of its time loading @pulumi/aws.
  await Promise.all(
    EXAMPLE_CASES.map(async ([variant, env]) => {
      runs.set(key(variant, env), await runProgram({ root: ROOT, stack: env, config: { variant }, dryRun: true }));
    }),
  );
}, 180_000);
afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

function run(variant: Variant, env: Env): ProgramRun {
  const r = runs.get(key(variant, env));
  if (!r) throw new Error(`no run for ${key(variant, env)}`);
  return r;
}

describe('Pulumi.yaml as the CLI reads it', () => {
  test('runs the compiled program, with TypeScript off', () => {
    const project = readProject(ROOT);
    expect(project.name).toBe(DEFAULT_PROJECT);
    expect(project.runtime).toEqual({ name: 'nodejs', options: { typescript: false } });
    // A file, so that cmd/run imports it and does not fall back to package.json's exports/main (the gate's own).
    expect(programLocation(ROOT, project.main)).toEqual({ pwd: join(ROOT, 'build', 'stacks', 'pulumi'), entryPoint: 'index.js' });
  });

  test('stack config reaches the program in the language host\'s key format', () => {
    expect(stackConfig(ROOT, DEFAULT_PROJECT, 'staging', { variant: 'fixed' })).toEqual({
      'deploy-gate-example:config:variant': 'fixed',
      'aws:config:region': 'us-east-1',
    });
  });

  test('the layout the issue reported (TypeScript through ts-node in an ES module repo) fails as reported (or, on Node 24, at its first import)', async () => {
    const old = await runProgram({
      root: ROOT,
      stack: 'staging',
      project: { name: DEFAULT_PROJECT, runtime: { name: 'nodejs', options: { typescript: true } }, main: 'stacks/pulumi/' },
      dryRun: true,
    });
    expect(old.exitCode).not.toBe(0);
    // Node 20 and 22 refuse the .ts file; Node 24 strips its types, then cannot resolve its `.js` imports.
    expect(old.stdout + old.stderr + old.monitor.logs.map((l) => l.message).join('\n')).toMatch(/ERR_UNKNOWN_FILE_EXTENSION|ERR_MODULE_NOT_FOUND/);
    // It failed before registering anything but the stack.
    expect(old.monitor.registrations.map((r) => r.type)).toEqual(['pulumi:pulumi:Stack']);
  });
});

describe.each(EXAMPLE_CASES)('%s on %s under cmd/run', (variant, env) => {
  test('exits 0 having logged no error, over the RPCs a real engine serves', () => {
    const r = run(variant, env);
    const detail = `${r.argv.join(' ')}\nstdout: ${r.stdout}\nstderr: ${r.stderr}`;
    expect(r.exitCode, detail).toBe(0);
    expect(r.monitor.errors).toEqual([]);
    expect(r.monitor.logs.filter((l) => l.severity === 'ERROR' || l.severity === 'WARNING')).toEqual([]);
    expect(programErrors(r.stderr)).toBe('');
    expect([...r.monitor.calls.keys()].sort()).toEqual(
      [
        'Engine/Log',
        'Engine/SetRootResource',
        'ResourceMonitor/Invoke',
        ...(variant === 'incident' && env === 'prod' ? ['ResourceMonitor/ReadResource'] : []),
        'ResourceMonitor/RegisterResource',
        'ResourceMonitor/RegisterResourceOutputs',
        'ResourceMonitor/SignalAndWaitForShutdown',
        'ResourceMonitor/SupportsFeature',
      ].sort(),
    );
    // The SDK asked about every feature it uses, and was told what a current engine supports.
    expect([...r.monitor.features.keys()].sort()).toEqual([...FEATURES].sort());
    // cmd/run found the entry point where Pulumi.yaml's main says, and ran it from the program directory.
    expect(r.monitor.logs.map((l) => l.message)).toContain(
      `Running program '${join(ROOT, 'build', 'stacks', 'pulumi', 'index.js')}' in pwd '${join(ROOT, 'build', 'stacks', 'pulumi')}' w/ args: `,
    );
  });

  test('registers the stack root first, and parents every resource to it', () => {
    const r = run(variant, env);
    const [first, ...rest] = r.monitor.registrations;
    expect(first).toMatchObject({ type: 'pulumi:pulumi:Stack', name: `${DEFAULT_PROJECT}-${env}`, custom: false, urn: rootUrn(env) });
    expect(r.monitor.rootUrn()).toBe(rootUrn(env));
    for (const reg of rest) expect(reg.parent, reg.name).toBe(rootUrn(env));
    expect(r.monitor.outputs.get(rootUrn(env))).toEqual({});
    // The only invoke is the account id (the fixed variant asks twice: the backup role and the CI policy).
    expect(r.monitor.invokes.map((i) => i.token)).toEqual(
      Array(variant === 'fixed' ? 2 : 1).fill('aws:index/getCallerIdentity:getCallerIdentity'),
    );
  });

  test('registers exactly what the in-process run under setMocks records', async () => {
    const r = run(variant, env);
    const overTheWire = r.monitor.registrations
      .filter((reg) => reg.type !== 'pulumi:pulumi:Stack')
      .map(({ parent: _parent, ...reg }) => reg)
      .sort(byUrn);
    const inProcess = [...(await runPulumiExample({ variant, stack: env }))].sort(byUrn);
    expect(overTheWire).toEqual(inProcess);
  });
});


/** The recording as the `pulumi preview --json` of a first `pulumi up`, written where the CLI can read it. */
function previewFile(variant: Variant, env: Env): string {
  const file = join(work, `${variant}-${env}.preview.json`);
  writeFileSync(file, JSON.stringify(registrationsToPreview(run(variant, env).monitor.registrations, env), null, 2));
  return file;
}

const blocked = (report: JsonReport): string[] =>
  [...new Set(report.findings.filter((f) => f.level === 'block').map((f) => `${f.rule} ${f.resource.split('::').pop()}`))].sort();

describe('the recording, as a preview, through deploy-gate check', () => {
  test('incident on staging is blocked for what the incident did', async () => {
    const { code, report } = await gateJson(previewFile('incident', 'staging'));
    expect(code).toBe(1);
    expect(report.stacks).toEqual([expect.objectContaining({ stack: 'staging', format: 'pulumi-preview', verdict: 'block' })]);
    // The same verdicts as the pack's mandatory violations for this stack (test/pack.stacks.test.ts).
    expect(blocked(report)).toEqual(INCIDENT_STAGING_BLOCKS);
  });

  test('incident on prod is blocked', async () => {
    const { code, report } = await gateJson(previewFile('incident', 'prod'));
    expect(code).toBe(1);
    // In prod, how well its own data is protected blocks too; the shared volume is only read here.
    expect(blocked(report)).toEqual([
      'no-blanket-destroy-credentials ci-agent-cleanup',
      'no-blanket-destroy-credentials ci-agent-policy',
      'no-colocated-backups app-data',
      'no-colocated-backups app-db',
      'no-colocated-backups backup-plan',
      'no-colocated-backups backup-vault',
      'require-delete-protection app-data',
      'require-delete-protection app-db',
      'require-delete-protection backup-vault',
    ]);
  });

  test.each(['staging', 'prod'] as const)('fixed on %s is allowed', async (env) => {
    const { code, report } = await gateJson(previewFile('fixed', env));
    expect(report.findings.filter((f) => f.level === 'block')).toEqual([]);
    expect(code).toBe(0);
  });
});
