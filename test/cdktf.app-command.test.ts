// The cdktf example run through its own `app` command, as `cdktf synth` runs it, and its output gated.
//
// What `cdktf synth` does (hashicorp/terraform-cdk, @cdktf/cli-core synth-stack.ts and commons config.ts, 0.21):
// reads cdktf.json in the project directory; sets CDKTF_CONTEXT_JSON to its `context`; runs `app` through a shell
// in that directory, with the caller's environment minus TF_VAR_*, NODE_OPTIONS given --max-old-space-size=4096,
// CDKTF_OUTDIR = the output directory (`output`, default cdktf.out) and CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS;
// then fails unless the app wrote <outdir>/manifest.json, and reads each stack's synthesizedStackPath from it.
// The cdktf CLI itself is not a dependency (nor is terraform): this test does those steps.
import { exec } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gateJson } from './support/gate-cli.js';
import { ENVS, type Variant } from '../stacks/example.js';
import { synthExample } from '../stacks/cdktf/app.js';
import { programErrors } from './support/language-host.js';

const ROOT = join(import.meta.dirname, '..');
const PROJECT = join(ROOT, 'stacks', 'cdktf');

interface CdktfJson {
  app: string;
  output?: string;
  context?: Record<string, unknown>;
}
interface Manifest {
  version: string;
  stacks: Record<string, { name: string; synthesizedStackPath: string; workingDirectory: string }>;
}

/** `cdktf synth` of the example for one variant, into a new directory; returns that directory. */
async function cdktfSynth(variant: Variant): Promise<{ outdir: string; stdout: string; stderr: string }> {
  const config = JSON.parse(readFileSync(join(PROJECT, 'cdktf.json'), 'utf8')) as CdktfJson;
  const outdir = mkdtempSync(join(tmpdir(), `deploy-gate-cdktf-app-${variant}-`));
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !k.startsWith('TF_VAR_')) env[k] = v;
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --max-old-space-size=4096`.trim();
  if (config.context) env.CDKTF_CONTEXT_JSON = JSON.stringify(config.context);
  env.CDKTF_OUTDIR = outdir;
  env.CDKTF_CONTINUE_SYNTH_ON_ERROR_ANNOTATIONS = 'true';
  env.DEPLOY_GATE_VARIANT = variant;
  const { stdout, stderr } = await promisify(exec)(config.app, { cwd: PROJECT, env, timeout: 120_000 });
  return { outdir, stdout, stderr };
}

const synths = new Map<Variant, { outdir: string; stdout: string; stderr: string }>();
beforeAll(async () => {
  // One after the other: both variants bundle into the same build/cdktf-main.mjs, as the app command says.
  for (const variant of ['incident', 'fixed'] as const) synths.set(variant, await cdktfSynth(variant));
}, 240_000);
afterAll(() => {
  for (const { outdir } of synths.values()) rmSync(outdir, { recursive: true, force: true });
});

function synth(variant: Variant): { outdir: string; stdout: string; stderr: string } {
  const s = synths.get(variant);
  if (!s) throw new Error(`no synth for ${variant}`);
  return s;
}

describe.each(['incident', 'fixed'] as const)('the %s variant through cdktf.json\'s app command', (variant) => {
  test('writes manifest.json and one stack per environment, quietly', () => {
    const { outdir, stderr } = synth(variant);
    expect(programErrors(stderr)).toBe('');
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.version).toBe('0.21.0');
    expect(Object.keys(manifest.stacks).sort()).toEqual([...ENVS].sort());
    for (const env of ENVS) {
      expect(manifest.stacks[env]).toMatchObject({ name: env, synthesizedStackPath: `stacks/${env}/cdk.tf.json` });
      expect(existsSync(join(outdir, 'stacks', env, 'cdk.tf.json'))).toBe(true);
    }
  });

  test.each(ENVS)('%s: exactly what the in-process synth writes', (env) => {
    const written = JSON.parse(readFileSync(join(synth(variant).outdir, 'stacks', env, 'cdk.tf.json'), 'utf8')) as unknown;
    expect(written).toEqual(synthExample(variant, env));
  });
});


describe('the synthesized folder through deploy-gate check', () => {
  test('incident: both stacks blocked, by the rules the incident broke', async () => {
    const { code, report } = await gateJson(synth('incident').outdir);
    expect(code).toBe(1);
    expect(report.stacks.map((s) => [s.stack, s.format, s.verdict]).sort()).toEqual([
      ['prod', 'cdktf-synth', 'block'],
      ['staging', 'cdktf-synth', 'block'],
    ]);
    const blockedRules = new Set(report.findings.filter((f) => f.level === 'block').map((f) => f.rule));
    expect([...blockedRules].sort()).toEqual([
      'no-blanket-destroy-credentials',
      'no-colocated-backups',
      'no-cross-env-storage',
      'require-delete-protection',
    ]);
    expect(report.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'no-cross-env-storage', resource: 'aws_volume_attachment.staging-attach', level: 'block' }),
        expect.objectContaining({ rule: 'require-delete-protection', resource: 'aws_ebs_volume.shared-data', level: 'block' }),
      ]),
    );
  });

  test('fixed: allowed', async () => {
    const { code, report } = await gateJson(synth('fixed').outdir);
    expect(report.findings.filter((f) => f.level === 'block')).toEqual([]);
    expect(report.stacks.map((s) => s.verdict)).toEqual(['allow', 'allow']);
    expect(code).toBe(0);
  });
});
