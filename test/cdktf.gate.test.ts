// The cdktf example app, synthesized in-process (no terraform binary) into a cdktf.out folder and gated with the
// built CLI on that folder, as a user would after `cdktf synth`.
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { writeSynth } from '../stacks/cdktf/app.js';

const root = join(import.meta.dirname, '..');

interface JsonReport {
  verdict: string;
  findings: Array<{ rule: string; level: string; resource: string }>;
  stacks: Array<{ stack: string; verdict: string; format: string }>;
}

async function gate(...args: string[]): Promise<{ code: number; report: JsonReport }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, [join(root, 'bin', 'deploy-gate.js'), 'check', ...args, '--output', 'json']);
    return { code: 0, report: JSON.parse(stdout) as JsonReport };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, report: JSON.parse(e.stdout) as JsonReport };
  }
}

function synth(variant: 'incident' | 'fixed'): string {
  const out = mkdtempSync(join(tmpdir(), `deploy-gate-cdktf-${variant}-`));
  writeSynth(variant, 'staging', out);
  writeSynth(variant, 'prod', out);
  // cdktf writes a manifest.json beside stacks/; the gate must skip it and read only the stacks.
  writeFileSync(join(out, 'manifest.json'), JSON.stringify({ version: '0.21.0', stacks: {} }));
  return out;
}

describe('cdktf synth output gated by deploy-gate check', () => {
  test('the incident variant is blocked, per stack, by the rules the incident broke', async () => {
    const { code, report } = await gate(synth('incident'));
    expect(code).toBe(1);
    expect(report.stacks.map((s) => [s.stack, s.format, s.verdict]).sort()).toEqual([
      ['prod', 'cdktf-synth', 'block'],
      ['staging', 'cdktf-synth', 'block'],
    ]);
    const blockedRules = new Set(report.findings.filter((f) => f.level === 'block').map((f) => f.rule));
    expect([...blockedRules].sort()).toEqual(['no-blanket-destroy-credentials', 'no-colocated-backups', 'no-cross-env-storage', 'require-delete-protection']);
    expect(report.findings).toEqual(expect.arrayContaining([
      expect.objectContaining({ rule: 'no-cross-env-storage', resource: 'aws_volume_attachment.staging-attach', level: 'block' }),
      expect.objectContaining({ rule: 'require-delete-protection', resource: 'aws_ebs_volume.shared-data', level: 'block' }),
    ]));
  });

  test('the fixed variant is allowed', async () => {
    const { code, report } = await gate(synth('fixed'));
    expect(report.findings.filter((f) => f.level === 'block')).toEqual([]);
    expect(code).toBe(0);
  });
});
