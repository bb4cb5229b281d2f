// `deploy-gate check <path> --output json` through the real bin, as a user runs it: the exit code and the report.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');

export interface JsonReport {
  verdict: string;
  findings: Array<{ rule: string; level: string; resource: string }>;
  stacks: Array<{ stack: string; verdict: string; format: string }>;
}

export async function gateJson(path: string): Promise<{ code: number; report: JsonReport }> {
  const args = [join(ROOT, 'bin', 'deploy-gate.js'), 'check', path, '--output', 'json'];
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args);
    return { code: 0, report: JSON.parse(stdout) as JsonReport };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, report: JSON.parse(e.stdout) as JsonReport };
  }
}

/**
 * What the incident's staging stack must be blocked for, as `rule resource-name`: the same facts whether the pack
 * judges the stack at preview (test/pack.stacks.test.ts) or the plan gate judges its preview (test/pulumi.cmd-run.test.ts).
 */
export const INCIDENT_STAGING_BLOCKS = [
  'no-blanket-destroy-credentials ci-agent-cleanup', // inline policy: ec2:DeleteVolume, rds:Delete*… on "*"
  'no-blanket-destroy-credentials ci-agent-policy', //  Action "*" on Resource "*"
  'no-cross-env-storage backup-selection', //           staging backup selection over the prod volume
  'no-cross-env-storage staging-attach', //             staging instance attaches the prod volume
  'no-cross-env-storage staging-files-mount', //        staging mount target on the prod file system
  'require-delete-protection shared-data', //           the prod volume the agent deleted: no protect
  'require-delete-protection shared-files', //          the prod file system: no protect
];

/** Any `deploy-gate` command through the real bin, plain text at the CI width: its exit code and both streams. */
export async function runCli(args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'deploy-gate.js'), ...args], {
      cwd: ROOT, env: { ...process.env, NO_COLOR: '1', COLUMNS: '', FORCE_COLOR: undefined, GITHUB_REPOSITORY: undefined, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}
