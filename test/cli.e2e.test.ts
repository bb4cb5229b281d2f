// The built CLI, run as a user runs it: command, output and exit code.
import { execFile, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'deploy-gate.js');
const incident = join(root, 'examples', 'incident', 'staging-fix.preview.json');
const fixtures = join(root, 'test', 'fixtures');
/** A day `days` from today (UTC), as an exemption's or an approval's `expires`: the gate reads the real clock. */
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return runWith({}, ...args);
}

/** The CLI with extra environment (COLUMNS, FORCE_COLOR): plain text at the CI width unless a test says otherwise. */
async function runWith(env: NodeJS.ProcessEnv, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [bin, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1', COLUMNS: '', FORCE_COLOR: undefined, GITHUB_REPOSITORY: undefined, ...env } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs the CLI through bash, so pipes, FIFOs and process substitution are made as a shell user makes them. */
async function shell(script: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn('bash', ['-c', script], { cwd: root, env: { ...process.env, NO_COLOR: '1', GATE: `${process.execPath} ${bin}` } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

function temp(name: string, content: string | Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-cli-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

describe('the bundled incident', () => {
  test('is blocked with exit 1, by the rules the incident broke, readably', async () => {
    // A relative path, as the README runs it, so the snapshot does not depend on where the clone lives.
    const { code, stdout } = await run('check', 'examples/incident/staging-fix.preview.json');
    expect(code).toBe(1);
    expect(stdout).toMatch(/^✖ BLOCKED/);
    expect(stdout).toContain('no-stateful-delete');
    expect(stdout).toContain('shared-data (aws:ebs/volume:Volume)');
    expect(stdout).toContain('no-blanket-destroy-credentials');
    expect(stdout).toContain('/deploy-gate approve sha256:');
    await expect(stdout).toMatchFileSnapshot('__snapshots__/incident.txt');
  });

  test.each([80, 120])('fits %i columns with a hanging indent, splitting no word and no hash', async (columns) => {
    const { code, stdout } = await runWith({ COLUMNS: String(columns) }, 'check', 'examples/incident/staging-fix.preview.json');
    expect(code).toBe(1);
    const fingerprint = /sha256:[0-9a-f]{64}/.exec(stdout)?.[0] ?? '';
    expect(fingerprint).not.toBe('');
    const lines = stdout.trimEnd().split('\n');
    // Only a line that carries the fingerprint (copied whole) may be wider than the terminal.
    for (const line of lines) if (!line.includes(fingerprint)) expect([...line].length, line).toBeLessThanOrEqual(columns);
    expect(lines.find((l) => l.startsWith('Fingerprint: '))).toBe(`Fingerprint: ${fingerprint}`);
    expect(lines).toContain(`  /deploy-gate approve ${fingerprint}`);
    // Every word of every message survives the wrap: unwrapping the text gives back the one-line message.
    const { stdout: json } = await run('check', 'examples/incident/staging-fix.preview.json', '--output', 'json');
    const flat = stdout.replace(/\n +/g, ' ');
    for (const f of (JSON.parse(json) as { findings: Array<{ message: string }> }).findings) expect(flat).toContain(f.message);
    // Continuation lines of a finding hang under its text, not under its label.
    expect(lines.filter((l) => /^ {11}\S/.test(l)).length).toBeGreaterThan(4);
    if (columns === 120) expect(lines.some((l) => [...l].length > 100)).toBe(true);
  });

  test('colour follows NO_COLOR and FORCE_COLOR as picocolors and supports-color do', async () => {
    const args = ['check', 'examples/incident/staging-fix.preview.json'];
    const ansi = /\u001b\[/;
    expect((await runWith({ NO_COLOR: '' }, ...args)).stdout).not.toMatch(ansi);
    expect((await runWith({ NO_COLOR: '', FORCE_COLOR: '1' }, ...args)).stdout).toMatch(ansi);
    expect((await runWith({ NO_COLOR: '', FORCE_COLOR: '0' }, ...args)).stdout).not.toMatch(ansi);
    expect((await runWith({ NO_COLOR: '1', FORCE_COLOR: '1' }, ...args)).stdout).not.toMatch(ansi);
    expect((await runWith({ NO_COLOR: '', FORCE_COLOR: '1' }, ...args, '--no-color')).stdout).not.toMatch(ansi);
  });

  test('`npm start` (the README\'s first command) shows the incident blocked and succeeds because it is', async () => {
    const { stdout } = await promisify(execFile)('npm', ['start', '--silent'], { cwd: root, env: { ...process.env, NO_COLOR: '1' } });
    expect(stdout).toMatch(/^✖ BLOCKED/m);
    expect(stdout).toContain('(exit code 1: 0 allow, 1 block, 2 unreadable; the demo expects 1)');
  });

  test('the same fix done safely (examples/fixed) is allowed with exit 0', async () => {
    const { code, stdout } = await run('check', 'examples/fixed/staging-fix.preview.json');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^✔ ALLOWED/);
  });

  test('--output json is the documented shape', async () => {
    const { code, stdout } = await run('check', incident, '--output', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { verdict: string; fingerprint: string; findings: Array<Record<string, unknown>> };
    expect(report.verdict).toBe('block');
    expect(report.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    for (const finding of report.findings) {
      expect(Object.keys(finding)).toEqual(expect.arrayContaining(['rule', 'level', 'resource', 'type', 'action', 'environment', 'message', 'remediation']));
    }
    expect(report.findings.find((f) => f.resource === 'urn:pulumi:staging::shop::aws:ebs/volume:Volume::shared-data')).toMatchObject({
      rule: 'no-stateful-delete', level: 'block', type: 'aws:ebs/volume:Volume', action: 'delete', environment: 'prod',
    });
  });

  test('an approval of its exact fingerprint clears it; any other fingerprint does not', async () => {
    const { stdout } = await run('check', incident, '--output', 'json');
    const { fingerprint } = JSON.parse(stdout) as { fingerprint: string };
    const good = temp('approvals.yml', `- fingerprint: "${fingerprint}"\n  repository: acme/shop\n  approver: alice\n  reason: retiring the shared volume after migration\n  expires: "${inDays(7)}"\n`);
    const approved = await run('check', incident, '--approvals', good, '--repository', 'acme/shop');
    expect(approved.code).toBe(0);
    expect(approved.stdout).toContain('approved by alice');
    const other = temp('approvals.json', JSON.stringify([{ fingerprint: `sha256:${'0'.repeat(64)}`, repository: 'acme/shop', approver: 'alice', reason: 'some other plan', expires: inDays(7) }]));
    expect((await run('check', incident, '--approvals', other, '--repository', 'acme/shop')).code).toBe(1);
  });

  test('an approval ends on its expires day: past it, it clears nothing and says so; one set too far ahead is refused', async () => {
    const { fingerprint } = JSON.parse((await run('check', incident, '--output', 'json')).stdout) as { fingerprint: string };
    const entry = (expires: string) => temp('approvals.yml', `- fingerprint: "${fingerprint}"\n  repository: acme/shop\n  approver: alice\n  reason: retiring the shared volume\n  expires: "${expires}"\n`);
    // The last day itself still counts (UTC), as an exemption's does.
    expect((await run('check', incident, '--approvals', entry(inDays(0)), '--repository', 'acme/shop')).code).toBe(0);
    const lapsed = await run('check', incident, '--approvals', entry(inDays(-1)), '--repository', 'acme/shop', '--output', 'json');
    expect(lapsed.code).toBe(1);
    expect((JSON.parse(lapsed.stdout) as { unused: unknown[] }).unused).toMatchObject([{ kind: 'approval', reason: 'expired', expires: inDays(-1), message: `the approval by alice of this plan expired on ${inDays(-1)} and no longer applies; a person approves the plan again, with a new date` }]);
    const far = entry(inDays(31));
    const refused = await run('check', incident, '--approvals', far, '--repository', 'acme/shop');
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`${far}: [0].expires: ${inDays(31)} is more than 30 days ahead, the longest an approval may run (until ${inDays(30)})`);
  });

  describe('an approval is bound to the repository it was given for', () => {
    const approvalsFor = async (repository: string) => {
      const { fingerprint } = JSON.parse((await run('check', incident, '--output', 'json')).stdout) as { fingerprint: string };
      return { fingerprint, file: temp('approvals.yml', `approvals:\n  - fingerprint: "${fingerprint}"\n    repository: ${repository}\n    approver: mia\n    reason: retiring the shared volume in ${repository}\n    expires: "${inDays(7)}"\n`) };
    };

    test('an approvals file copied from another repository, for the identical plan, clears nothing here', async () => {
      const { fingerprint, file } = await approvalsFor('acme/billing');
      // In the repository it was given for, it clears the plan: the approval is genuine, the plans identical.
      expect((await runWith({ GITHUB_REPOSITORY: 'acme/billing' }, 'check', incident, '--approvals', file)).code).toBe(0);
      const { code, stdout } = await runWith({ GITHUB_REPOSITORY: 'acme/shop' }, 'check', incident, '--approvals', file);
      expect(code).toBe(1);
      expect(stdout).toMatch(/^✖ BLOCKED/);
      expect(stdout).toContain(`Fingerprint: ${fingerprint}`);
      expect(stdout).toContain('    repository: acme/shop');
      const said = stdout.replace(/\n {4}/g, ' ');
      expect(said).toContain(`${file}: approvals[0]: the approval by mia names this plan's fingerprint but was given for acme/billing, not acme/shop`);
      const json = JSON.parse((await run('check', incident, '--approvals', file, '--repository', 'acme/shop', '--output', 'json')).stdout) as { verdict: string; repository: string; unused: Array<Record<string, unknown>> };
      expect(json.verdict).toBe('block');
      expect(json.repository).toBe('acme/shop');
      expect(json.unused).toMatchObject([{ kind: 'approval', index: 0, key: 'approvals[0]', fingerprint, repository: 'acme/billing', reason: 'repository', file }]);
      // The entry's place as the file spells it (a list under `approvals:`) in every format, never a bare `[0]`.
      const markdown = (await run('check', incident, '--approvals', file, '--repository', 'acme/shop', '--output', 'markdown')).stdout;
      expect(markdown).toContain(`- \`${file}: approvals[0]\`: the approval by mia names this plan's fingerprint but was given for acme/billing`);
      expect(markdown).toContain('for this fingerprint to the approvals file passed with `--approvals`, with repository `acme/shop`.');
      const sarif = JSON.parse((await run('check', incident, '--approvals', file, '--repository', 'acme/shop', '--output', 'sarif')).stdout) as { runs: Array<{ tool: { driver: { notifications: Array<{ id: string; shortDescription: { text: string } }> } }; invocations: Array<{ toolConfigurationNotifications: Array<{ message: { text: string } }> }> }> };
      expect(sarif.runs[0]!.tool.driver.notifications.find((d) => d.id === 'unused-approval')?.shortDescription.text).toBe('An approval of another fingerprint, given for another repository (or with none known), or past its last day, so it cleared nothing');
      const notes = sarif.runs[0]!.invocations[0]!.toolConfigurationNotifications.map((n) => n.message.text);
      expect(notes).toHaveLength(1);
      expect(notes[0]!.startsWith(`${file}: approvals[0]: the approval by mia names this plan's fingerprint`)).toBe(true);
    });

    test('without a repository to check against, an approvals file is refused with exit 2, saying what to pass', async () => {
      const { file } = await approvalsFor('acme/shop');
      const { code, stdout, stderr } = await run('check', incident, '--approvals', file);
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(stderr).toContain(`deploy-gate: the approvals in ${file} cannot be checked: each approval names the repository it was given for, and the gate was not told which repository it gates. Pass --repository owner/name`);
      expect(stderr).toContain('deploy-gate: blocked (exit 2): no approval is applied until the gate knows the one repository it gates');
      // Without approvals nothing needs a repository: local use is unchanged.
      expect((await run('check', incident)).code).toBe(1);
    });

    test('--repository and GITHUB_REPOSITORY must agree and be owner/name; an approval must name its repository', async () => {
      const { file } = await approvalsFor('acme/shop');
      const clash = await runWith({ GITHUB_REPOSITORY: 'acme/billing' }, 'check', incident, '--approvals', file, '--repository', 'acme/shop');
      expect(clash.code).toBe(2);
      expect(clash.stderr).toContain('--repository acme/shop disagrees with GITHUB_REPOSITORY acme/billing');
      // GitHub's names are case-insensitive: the same repository spelled in another case agrees.
      expect((await runWith({ GITHUB_REPOSITORY: 'Acme/Shop' }, 'check', incident, '--approvals', file, '--repository', 'acme/shop')).code).toBe(0);
      const lookalike = await run('check', incident, '--approvals', file, '--repository', 'acme/sh\u043ep');
      expect(lookalike.code).toBe(2);
      expect(lookalike.stderr).toContain("--repository 'acme/sh\u043ep' is not a repository (owner/name)");
      const unnamed = temp('approvals.yml', `- fingerprint: "sha256:${'a'.repeat(64)}"\n  approver: mia\n  reason: no repository named\n  expires: "${inDays(7)}"\n`);
      const missing = await run('check', incident, '--approvals', unnamed, '--repository', 'acme/shop');
      expect(missing.code).toBe(2);
      expect(missing.stderr).toContain(`deploy-gate: ${unnamed}: [0]: missing key 'repository'`);
    });
  });

  test('sarif and markdown outputs are written to --out', async () => {
    const out = temp('report.sarif', '');
    const { code, stderr } = await run('check', incident, '--output', 'sarif', '--out', out);
    expect(code).toBe(1);
    expect(stderr).toContain('block');
    const sarif = JSON.parse((await import('node:fs')).readFileSync(out, 'utf8')) as { version: string; runs: Array<{ results: Array<{ ruleId: string; level: string }> }> };
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0]?.results.some((r) => r.ruleId === 'no-stateful-delete' && r.level === 'error')).toBe(true);
  });
});

describe('fail closed: unreadable input exits 2 with one line naming the file, never a stack trace', () => {
  const cases: Array<[string, string, string | Buffer, RegExp]> = [
    ['invalid JSON', 'plan.json', '{"format_version": "1.2", ', /truncated/],
    ['garbage', 'plan.json', 'not json at all', /: not JSON, so not a plan: every plan the gate reads is a JSON object \(`pulumi preview --json`/],
    ['a README given as a plan', 'README.md', '# Plans\n\nRun `terraform show -json`.\n', /README\.md: not JSON, so not a plan: every plan the gate reads is a JSON object/],
    ['binary', 'plan.json', Buffer.from([0x00, 0xff, 0x13, 0x37]), /a binary file/],
    ['empty file', 'plan.json', '', /empty/],
    ['unknown shape', 'plan.json', '{"hello": "world"}', /cannot tell which tool wrote this/],
    ['future Terraform format', 'plan.json', '{"format_version": "2.0", "resource_changes": []}', /unsupported plan format 2\.0/],
    ['bad resource_changes', 'plan.json', '{"format_version": "1.2", "resource_changes": {"a": 1}}', /resource_changes.*expected a list/],
    ['unknown stack export version', 'state.json', '{"version": 4, "deployment": {"resources": []}}', /unsupported stack export version 4/],
    ['truncated event log', 'events.ndjson', '{"sequence":0,"timestamp":0,"preludeEvent":{"config":{}}}\n{"sequence":1,"timest', /truncated/],
  ];
  test.for(cases)('%s', async ([, name, content, problem]) => {
    const file = temp(name, content);
    const { code, stderr, stdout } = await run('check', file);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(file);
    expect(stderr).toMatch(problem);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('a missing file', async () => {
    const { code, stderr } = await run('check', '/nonexistent/plan.json');
    expect(code).toBe(2);
    expect(stderr).toContain('/nonexistent/plan.json');
  });

  test('a file over --max-bytes', async () => {
    const { code, stderr } = await run('check', incident, '--max-bytes', '100');
    expect(code).toBe(2);
    expect(stderr).toMatch(/over the 100-byte limit/);
  });

  test('an invalid config names the file and the key', async () => {
    const config = temp('deploy-gate.yml', 'rules:\n  no-such-rule: block\n');
    const { code, stderr } = await run('check', incident, '--config', config);
    expect(code).toBe(2);
    expect(stderr).toContain(`deploy-gate: ${config}: rules: unknown rule id 'no-such-rule'`);
    expect(stderr).toContain(`deploy-gate: blocked (exit 2): nothing is allowed until the configuration file ${config} is fixed`);
    // Not the wording of a file that could not be read: this one was read, and said something wrong.
    expect(stderr).not.toContain('cannot be read');
  });

  test('usage errors exit 2', async () => {
    expect((await run('check')).code).toBe(2);
    expect((await run('check', incident, '--output', 'xml')).code).toBe(2);
    expect((await run('explain', 'no-such-rule')).code).toBe(2);
  });
});

describe('fail closed: what a reviewer tried, each must not pass', () => {
  const volumeUrn = 'urn:pulumi:prod::shop::aws:ebs/volume:Volume::data';

  test('a destructive plan behind a symlinked folder is gated, not skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-link-'));
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'plans'));
    copyFileSync(incident, join(dir, 'real', 'staging.preview.json'));
    copyFileSync(join(fixtures, 'terraform', 'tfjson-basic.plan.json'), join(dir, 'plans', 'ok.plan.json'));
    symlinkSync(join(dir, 'real'), join(dir, 'plans', 'linked'));
    symlinkSync(join(dir, 'plans'), join(dir, 'plans', 'loop'));
    expect((await run('check', join(dir, 'plans'))).code).toBe(1);
  });

  test('a broken link in a plan folder is an input error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-link-'));
    symlinkSync(join(dir, 'missing'), join(dir, 'plan.json'));
    const { code, stderr } = await run('check', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('broken or looping link');
  });

  test('a forced --format that the content contradicts is refused', async () => {
    const { code, stderr } = await run('check', join(fixtures, 'terraform', 'snyk-tf122-s3-delete-update.plan.json'), '--format', 'pulumi-preview');
    expect(code).toBe(2);
    expect(stderr).toContain('this is terraform-plan output');
    const other = temp('x.json', '{"hello": 1}');
    expect((await run('check', other, '--format', 'pulumi-preview')).code).toBe(2);
  });

  test('an event log cut before its summaryEvent blocks as incomplete', async () => {
    const lines = readFileSync(join(fixtures, 'pulumi', 'engine-plain-delete.events.ndjson'), 'utf8').split('\n').filter((l) => l && !l.includes('summaryEvent'));
    const { code, stdout } = await run('check', temp('cut.ndjson', `${lines.join('\n')}\n`), '--output', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toContain('plan-incomplete');
  });

  test('an event log is recognised whatever its file name, even after a blank first line', async () => {
    const log = readFileSync(join(fixtures, 'pulumi', 'engine-policy-mandatory-violation.events.ndjson'), 'utf8');
    const { code, stdout } = await run('check', temp('pulumi-events.log', `\n${log}`), '--output', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).stacks[0].format).toBe('pulumi-events');
  });

  test('a preview whose changeSummary counts deletes it does not list blocks', async () => {
    const { code, stdout } = await run('check', temp('p.json', JSON.stringify({ steps: [], changeSummary: { delete: 2, replace: 1 } })), '--output', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.map((f: { rule: string }) => f.rule)).toEqual(['plan-incomplete', 'plan-incomplete']);
  });

  test('a delete step without oldState (the engine always writes one) cannot be read: exit 2, naming the step', async () => {
    // Guessing from the URN let container deletes pass whose contents only oldState shows (the long fuzz run).
    for (const step of [{ op: 'delete', urn: volumeUrn }, { op: 'replace', urn: volumeUrn, oldState: {} }, { op: 'delete', urn: volumeUrn, oldState: { urn: volumeUrn, custom: true, type: 'aws:ebs/volume:Volume' } },
      // A state that names no resource is not the object destroyed (the long fuzz run: `oldState = {"": []}`).
      { op: 'delete', urn: volumeUrn, oldState: { '': [] } }, { op: 'delete', urn: volumeUrn, oldState: { urn: volumeUrn, custom: true, outputs: { size: 100 } } },
      { op: 'delete', urn: volumeUrn, oldState: { type: 'aws:ebs/volume:Volume', custom: true, outputs: { size: 100 } } }]) {
      const { code, stderr } = await run('check', temp('p.json', JSON.stringify({ steps: [step] })));
      expect(code).toBe(2);
      expect(stderr).toMatch(/\/steps\/0(\/oldState)?\b.*what (it destroys|is destroyed) cannot be seen/);
    }
    // Inputs without outputs show what was asked, not what the provider wrote (a null guard went with the outputs).
    const inputsOnly = { op: 'delete', urn: volumeUrn, oldState: { urn: volumeUrn, custom: true, type: 'aws:ebs/volume:Volume', inputs: { size: 100 } } };
    const { code, stderr } = await run('check', temp('p.json', JSON.stringify({ steps: [inputsOnly] })));
    expect(code).toBe(2);
    expect(stderr).toMatch(/\/steps\/0\/oldState\b.*has no outputs: what its provider wrote .* cannot be seen/);
  });

  test('null where Terraform writes a list is an input error', async () => {
    const { code, stderr } = await run('check', temp('p.json', '{"format_version": "1.2", "resource_changes": null}'));
    expect(code).toBe(2);
    expect(stderr).toContain('/resource_changes');
  });

  test('errors describe a malformed value, never quote it', async () => {
    const { code, stderr } = await run('check', temp('p.json', '{"format_version": "1.2", "resource_changes": "password=Sup3rSecret!"}'));
    expect(code).toBe(2);
    expect(stderr).not.toContain('Sup3rSecret');
    const garbage = await run('check', temp('q.json', '{"a": "hunter2-secret" oops}'));
    expect(garbage.stderr).not.toContain('hunter2');
  });

  test('an unwritable --out is an error, not an internal error', async () => {
    const { code, stderr } = await run('check', incident, '--out', '/nonexistent/dir/report.txt');
    expect(code).toBe(2);
    expect(stderr).toContain('cannot write the report');
  });

  test('the fingerprint does not depend on how the plan path is spelled', async () => {
    const plan = join(fixtures, 'terraform', 'snyk-tf122-s3-delete-update.plan.json');
    const print = async (...args: string[]) => JSON.parse((await run('check', ...args, '--output', 'json')).stdout).fingerprint as string;
    const absolute = await print(plan);
    expect(absolute).toMatch(/^sha256:/);
    expect(await print('test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json')).toBe(absolute);
    expect(await print('./test/fixtures/terraform/../terraform/snyk-tf122-s3-delete-update.plan.json')).toBe(absolute);
  });

  test('an approval for a staging plan does not clear the same deletes in prod', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-fp-'));
    try {
      mkdirSync(join(dir, 'staging'));
      mkdirSync(join(dir, 'prod'));
      const plan = join(fixtures, 'terraform', 'snyk-tf122-s3-delete-update.plan.json');
      copyFileSync(plan, join(dir, 'staging', 'plan.json'));
      copyFileSync(plan, join(dir, 'prod', 'plan.json'));
      const staging = JSON.parse((await run('check', join(dir, 'staging', 'plan.json'), '--output', 'json')).stdout).fingerprint as string;
      const approvals = temp('approvals.yml', `- fingerprint: "${staging}"\n  repository: acme/infra\n  approver: alice\n  reason: staging bucket retired\n  expires: "${inDays(7)}"\n`);
      const repository = ['--repository', 'acme/infra'];
      expect((await run('check', join(dir, 'staging', 'plan.json'), '--approvals', approvals, ...repository)).code).toBe(0);
      expect((await run('check', join(dir, 'prod', 'plan.json'), '--approvals', approvals, ...repository)).code).toBe(1);
      expect((await run('check', dir, '--approvals', approvals, ...repository)).code).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a preview and an event log of the same stack: the log keeps the deletes the preview lacks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-merge-'));
    const urn = 'urn:pulumi:prod::shop::aws:ebs/volume:Volume::data';
    writeFileSync(join(dir, 'prod.preview.json'), JSON.stringify({ steps: [{ op: 'same', urn: 'urn:pulumi:prod::shop::aws:s3/bucket:Bucket::logs', oldState: { type: 'aws:s3/bucket:Bucket' }, newState: { type: 'aws:s3/bucket:Bucket' } }] }));
    const events = [
      { sequence: 1, timestamp: 0, resourcePreEvent: { metadata: { op: 'delete', urn, type: 'aws:ebs/volume:Volume', old: { type: 'aws:ebs/volume:Volume', urn, id: 'vol-1' } }, planning: true } },
      { sequence: 2, timestamp: 0, summaryEvent: { maybeCorrupt: false, durationSeconds: 1, resourceChanges: { delete: 1 }, PolicyPacks: {} } },
    ];
    writeFileSync(join(dir, 'prod.events.ndjson'), `${events.map((e) => JSON.stringify(e)).join('\n')}\n`);
    const { code, stdout } = await run('check', dir, '--output', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { stacks: unknown[]; findings: Array<{ rule: string; resource: string }> };
    expect(report.stacks).toHaveLength(1);
    expect(report.findings.map((f) => [f.rule, f.resource])).toContainEqual(['no-stateful-delete', urn]);
  });

  test('a Pulumi delete is judged by the type of the object it destroys, even when an alias changed the type', async () => {
    const urn = 'urn:pulumi:prod::shop::aws:rds/instance:Instance::db';
    const steps = [
      { op: 'delete', urn, oldState: { urn, type: 'aws:rds/instance:Instance', id: 'db-1' } },
      // Replaced under a new type: the old state carries its own URN (an alias), and it is that object that goes.
      { op: 'replace', urn: 'urn:pulumi:prod::shop::aws:s3/bucketV2:BucketV2::k', oldState: { urn: 'urn:pulumi:prod::shop::aws:kms/key:Key::k', type: 'aws:kms/key:Key' }, newState: { type: 'aws:s3/bucketV2:BucketV2' } },
    ];
    const { code, stdout } = await run('check', temp('p.json', JSON.stringify({ steps })), '--output', 'json');
    expect(code).toBe(1);
    expect(JSON.parse(stdout).findings.filter((f: { rule: string }) => f.rule === 'no-stateful-delete').map((f: { type: string }) => f.type).sort())
      .toEqual(['aws:kms/key:Key', 'aws:rds/instance:Instance']);
  });

  test('a state whose type contradicts its URN is refused, not judged by either', async () => {
    const urn = 'urn:pulumi:prod::shop::aws:rds/instance:Instance::db';
    const steps = [{ op: 'delete', urn, oldState: { type: 'aws:rds/instance:Instance', id: 'db-1' }, newState: { type: 'aws:ec2/securityGroup:SecurityGroup' } }];
    const { code, stderr } = await run('check', temp('p.json', JSON.stringify({ steps })));
    expect(code).toBe(2);
    expect(stderr).toContain('/steps/0 newState/type');
    expect(stderr).toContain('contradicts the URN');
  });
});

describe('input the way people pipe it (issue 10)', () => {
  const snyk = 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json';

  test('`check -` reads a pipe, and the verdict is the file\'s', async () => {
    const piped = await shell(`cat ${snyk} | $GATE check - --output json`);
    expect(piped.code).toBe(1);
    const fromFile = JSON.parse((await run('check', snyk, '--output', 'json')).stdout) as { findings: unknown[] };
    const fromPipe = JSON.parse(piped.stdout) as { stacks: Array<{ file: string }>; findings: unknown[] };
    expect(fromPipe.stacks[0]?.file).toBe('stdin');
    expect(fromPipe.findings.length).toBe(fromFile.findings.length);
  });

  test('/dev/stdin, a FIFO and process substitution are read by reading, not by their size', async () => {
    expect((await shell(`cat ${incident} | $GATE check /dev/stdin`)).code).toBe(1);
    expect((await shell(`$GATE check <(cat ${incident})`)).code).toBe(1);
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-fifo-'));
    const fifo = await shell(`mkfifo ${dir}/plan && (cat ${incident} > ${dir}/plan &) && $GATE check ${dir}/plan`);
    expect(fifo.code).toBe(1);
    expect(fifo.stdout).toMatch(/^✖ BLOCKED/);
  });

  test('a pipe over --max-bytes, or one that never closes within --read-timeout, exits 2', async () => {
    const big = await shell(`cat ${incident} | $GATE check - --max-bytes 1000`);
    expect(big.code).toBe(2);
    expect(big.stderr).toContain('stdin: more than 1000 bytes arrived');
    // A writer that never finishes: the gate gives up after --read-timeout, and the writer is then stopped.
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-hung-'));
    const hung = await shell(`mkfifo ${dir}/f; (printf '{"steps": ['; exec sleep 60) > ${dir}/f & writer=$!; $GATE check - --read-timeout 1 < ${dir}/f; code=$?; kill $writer; exit $code`);
    expect(hung.code).toBe(2);
    expect(hung.stderr).toContain('did not end within 1 s');
  });

  test('an empty pipe is an empty input: exit 2', async () => {
    const { code, stderr } = await shell('$GATE check - < /dev/null');
    expect(code).toBe(2);
    expect(stderr).toContain('stdin: the file is empty');
  });

  test('a printed plan is named, with the command that writes its JSON', async () => {
    const { code, stderr } = await run('check', 'test/fixtures/terraform/tf111-mixed-destructive.plan.txt');
    expect(code).toBe(2);
    expect(stderr).toContain('human-readable output of `terraform plan`');
    expect(stderr).toContain('terraform show -json PLANFILE > plan.json');
  });

  test('a mixed directory: stray JSON files are skipped and listed in every report format', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-mixed-'));
    copyFileSync(incident, join(dir, 'staging.preview.json'));
    writeFileSync(join(dir, 'package.json'), '{"name": "infra", "version": "1.0.0", "private": true}');
    writeFileSync(join(dir, 'tsconfig.json'), '{"compilerOptions": {"strict": true}}');
    copyFileSync(join(fixtures, 'real-world', 'expected.json'), join(dir, 'expected.json'));
    const json = await run('check', dir, '--output', 'json');
    expect(json.code).toBe(1);
    const report = JSON.parse(json.stdout) as { skipped: Array<{ file: string; reason: string }> };
    expect(report.skipped.map((s) => s.file.split('/').pop())).toEqual(['expected.json', 'package.json', 'tsconfig.json']);
    expect(report.skipped[0]?.reason).toContain('none of the fields');
    const text = await run('check', dir);
    expect(text.stdout).toContain('Skipped 3 files that are not plans:');
    expect(text.stdout).toMatch(/package\.json: cannot tell which tool wrote this/);
    expect((await run('check', dir, '--output', 'markdown')).stdout).toContain('<details><summary>Skipped 3 files that are not plans</summary>');
    const sarif = JSON.parse((await run('check', dir, '--output', 'sarif')).stdout) as { runs: Array<{ invocations: Array<{ toolExecutionNotifications: Array<{ message: { text: string } }> }> }> };
    expect(sarif.runs[0]?.invocations[0]?.toolExecutionNotifications.filter((n) => n.message.text.startsWith('not a plan, skipped'))).toHaveLength(3);
  });

  test('a directory of non-plans only is exit 2, naming what it saw', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-mixed-'));
    writeFileSync(join(dir, 'package.json'), '{"name": "infra"}');
    const { code, stderr } = await run('check', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('the directory holds no plan');
  });

  test('a plan with a repeated key exits 2 naming the key and where it is', async () => {
    const text = readFileSync(join(root, snyk), 'utf8').replace(/}\s*$/, ',"resource_changes":[]}');
    const file = temp('plan.json', text);
    const { code, stderr } = await run('check', file);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file} (/resource_changes (line `);
    expect(stderr).toContain('"resource_changes" appears twice');
  });
});

describe('config and directories', () => {
  test('a rule set to warn no longer blocks', async () => {
    const config = temp('deploy-gate.yml', 'rules:\n  no-stateful-delete: warn\n  no-colocated-backups: warn\n  no-blanket-destroy-credentials: "off"\n');
    const { code, stdout } = await run('check', incident, '--config', config);
    expect(code).toBe(0);
    expect(stdout).toContain('WARN');
  });

  test('an exemption with a reason and a future expiry clears one resource', async () => {
    const config = temp('deploy-gate.yml', [
      'exemptions:',
      '  - rule: no-blanket-destroy-credentials',
      '    resource: "urn:pulumi:staging::shop::aws:iam/policy:Policy::*"',
      '    reason: break-glass policy, tracked in SEC-42',
      `    expires: "${new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10)}"`,
    ].join('\n'));
    const { stdout } = await run('check', incident, '--config', config, '--output', 'json');
    const report = JSON.parse(stdout) as { findings: Array<{ rule: string; level: string }> };
    expect(report.findings.filter((f) => f.rule === 'no-blanket-destroy-credentials').map((f) => f.level)).toEqual(['exempt']);
  });

  test('environments.stacks may name a stack fully (org/project/stack)', async () => {
    const config = temp('deploy-gate.yml', 'environments:\n  staging:\n    stacks: [acme/shop/blue]\n');
    const plan = temp('blue.json', readFileSync(incident, 'utf8').replaceAll('urn:pulumi:staging::', 'urn:pulumi:blue::'));
    const { stdout } = await run('check', plan, '--config', config, '--output', 'json');
    expect(JSON.parse(stdout).findings.find((f: { resource: string }) => f.resource.endsWith('::shared-data')).message).toContain('from stack blue (environment staging)');
  });

  test('a directory gets one verdict per stack and one exit code', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-dir-'));
    mkdirSync(join(dir, 'plans'));
    copyFileSync(incident, join(dir, 'plans', 'staging.preview.json'));
    copyFileSync(join(fixtures, 'terraform', 'tfjson-basic.plan.json'), join(dir, 'plans', 'network.plan.json'));
    const { code, stdout } = await run('check', dir, '--output', 'json');
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { stacks: Array<{ verdict: string; format: string }> };
    expect(report.stacks.map((s) => [s.format, s.verdict]).sort()).toEqual([['pulumi-preview', 'block'], ['terraform-plan', 'allow']]);
  });
});

describe('--source: Terraform lifecycle, which plan JSON never holds', () => {
  const plan = join(root, 'policy', 'rules', 'require-delete-protection', 'fixtures', 'tf-volume-untouched-and-created.json');

  test('without sources, prevent_destroy (a volume\'s only guard) cannot be seen: a warning that says to pass --source', async () => {
    const { code, stdout } = await run('check', plan, '--output', 'json');
    expect(code).toBe(0);
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; resource: string; level: string; message: string }> }).findings;
    expect(findings.filter((f) => f.rule === 'require-delete-protection').map((f) => [f.resource, f.level])).toEqual([
      ['aws_ebs_volume.logs', 'warn'], ['aws_ebs_volume.storage', 'warn'],
    ]);
    expect(findings.every((f) => f.message.includes('pass them with --source'))).toBe(true);
  });

  test('with .tf sources (parsed by @cdktf/hcl2json), prevent_destroy protects it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-src-'));
    writeFileSync(join(dir, 'main.tf'), [
      'resource "aws_ebs_volume" "logs" {',
      '  availability_zone = "us-east-1a"',
      '  size              = 40',
      '  lifecycle {',
      '    prevent_destroy = true',
      '  }',
      '}',
      'resource "aws_ebs_volume" "storage" {',
      '  availability_zone = "us-east-1a"',
      '  size              = 10',
      '}',
    ].join('\n'));
    const { code, stdout } = await run('check', plan, '--source', dir, '--output', 'json');
    expect(code).toBe(0);
    const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; resource: string; level: string }> }).findings;
    expect(findings.filter((f) => f.rule === 'require-delete-protection').map((f) => [f.resource, f.level])).toEqual([['aws_ebs_volume.storage', 'warn']]);
  });

  test('module resources: prevent_destroy of the module that declares them, not of a root block of the same type and name', async () => {
    const modules = join(root, 'test', 'fixtures', 'modules');
    const protectedOnes = async (tree: string) => {
      const { code, stdout } = await run('check', join(modules, 'modules.plan.json'), '--source', join(modules, tree), '--output', 'json');
      const findings = (JSON.parse(stdout) as { findings: Array<{ rule: string; resource: string; level: string }> }).findings.filter((f) => f.rule === 'require-delete-protection');
      return { code, flagged: findings.map((f) => [f.resource, f.level]) };
    };
    expect(await protectedOnes('protected-in-modules')).toEqual({ code: 1, flagged: [
      ['aws_db_instance.main', 'block'], ['aws_ebs_volume.data', 'block'], ['module.vendor.aws_ebs_volume.data', 'warn'],
    ] });
    expect(await protectedOnes('protected-at-root')).toEqual({ code: 1, flagged: [
      ['module.archive.aws_ebs_volume.data', 'block'], ['module.db.aws_db_instance.main', 'block'], ['module.storage["logs"].aws_ebs_volume.data', 'block'],
      ['module.storage["logs"].module.cache[0].aws_ebs_volume.data["hot"]', 'block'], ['module.vendor.aws_ebs_volume.data', 'warn'],
    ] });
  });

  test('unparsable sources exit 2 naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-src-'));
    writeFileSync(join(dir, 'broken.tf'), 'resource "aws_ebs_volume" "x" {');
    const { code, stderr } = await run('check', plan, '--source', dir);
    expect(code).toBe(2);
    expect(stderr).toContain('broken.tf');
  });
});

describe('rules and explain', () => {
  test('rules lists every rule id', async () => {
    const { code, stdout } = await run('rules');
    expect(code).toBe(0);
    for (const id of ['no-stateful-delete', 'no-cross-env-storage', 'no-colocated-backups', 'require-delete-protection', 'no-protection-downgrade', 'no-blanket-destroy-credentials']) {
      expect(stdout).toContain(id);
    }
  });

  test('explain prints rationale and remediation', async () => {
    const { code, stdout } = await run('explain', 'no-stateful-delete');
    expect(code).toBe(0);
    expect(stdout).toContain('Why:');
    expect(stdout).toContain('How to fix:');
  });

  test.for(['plan-incomplete', 'rule-error'])('explain %s: the engine\'s own findings are explained like rules', async (id) => {
    const { code, stdout } = await run('explain', id);
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^${id}: `));
    expect(stdout).toContain('never approvable or exemptable');
  });

  test('explain <pack>/<policy>: another pack\'s policy, with what is known of it', async () => {
    const { code, stdout } = await run('explain', 'analyzerA/always-fails');
    expect(code).toBe(0);
    expect(stdout).toContain('the policy always-fails of the CrossGuard policy pack analyzerA');
  });
});

describe('configuration that says when it does nothing', () => {
  const fixed = join(root, 'examples', 'fixed', 'staging-fix.preview.json');
  const exemptionYaml = (fields: Record<string, string>) => `exemptions:\n  - ${Object.entries({ rule: 'no-stateful-delete', resource: 'aws_ebs_volume.scratch*', reason: 'rebuilt nightly', expires: inDays(30), ...fields }).map(([k, v]) => `${k}: "${v}"`).join('\n    ')}\n`;

  /** The lines a config error prints: exit 2, each problem on its own line naming the file and the key path. */
  async function configErrors(yaml: string): Promise<{ code: number; lines: string[]; file: string; stdout: string }> {
    const file = temp('deploy-gate.yml', yaml);
    const { code, stderr, stdout } = await run('check', fixed, '--config', file);
    return { code, file, stdout, lines: stderr.trim().split('\n') };
  }

  test('an impossible date is a configuration error naming the file and the key', async () => {
    for (const date of ['2027-02-30', '2027-13-01']) {
      const { code, lines, file, stdout } = await configErrors(exemptionYaml({ expires: date }));
      expect(code).toBe(2);
      expect(stdout).toBe('');
      expect(lines).toEqual([
        `deploy-gate: ${file}: exemptions[0].expires: ${date} is not a calendar date`,
        `deploy-gate: blocked (exit 2): nothing is allowed until the configuration file ${file} is fixed`,
      ]);
    }
    const notADate = await configErrors(exemptionYaml({ expires: 'end of sprint' }));
    expect(notADate.code).toBe(2);
    expect(notADate.lines[0]).toBe(`deploy-gate: ${notADate.file}: exemptions[0].expires: 'end of sprint' is not a date (YYYY-MM-DD)`);
  });

  test('an exemption more than 366 days ahead is an error, not an exemption that quietly never applies', async () => {
    const { code, lines, file } = await configErrors(exemptionYaml({ expires: '2099-01-01' }));
    expect(code).toBe(2);
    expect(lines[0]).toMatch(new RegExp(`^deploy-gate: ${file}: exemptions\\[0\\]\\.expires: 2099-01-01 is more than 366 days ahead, the longest an exemption may run \\(until \\d{4}-\\d{2}-\\d{2}\\)`));
  });

  test('a typo in a rule id is named with the nearest rule id', async () => {
    const underRules = await configErrors('rules:\n  no-statful-delete: warn\n');
    expect(underRules.code).toBe(2);
    expect(underRules.lines[0]).toBe(`deploy-gate: ${underRules.file}: rules: unknown rule id 'no-statful-delete'; did you mean no-stateful-delete?`);
    const inExemption = await configErrors(exemptionYaml({ rule: 'no-stateful-delte' }));
    expect(inExemption.code).toBe(2);
    expect(inExemption.lines[0]).toBe(`deploy-gate: ${inExemption.file}: exemptions[0].rule: unknown rule id 'no-stateful-delte'; did you mean no-stateful-delete?`);
  });

  test('an unknown data kind, level or key is named with the nearest valid one', async () => {
    const { code, lines, file } = await configErrors('dataTypes:\n  extra: [{ type: acme_blob_store, kind: databse }]\n  guesUnknown: false\nrules:\n  no-stateful-delete: wran\n');
    expect(code).toBe(2);
    expect(lines).toEqual([
      `deploy-gate: ${file}: rules.no-stateful-delete: unknown level 'wran' (one of block, warn, off); did you mean warn?`,
      `deploy-gate: ${file}: dataTypes: unknown key 'guesUnknown'; did you mean guessUnknown?`,
      expect.stringMatching(new RegExp(`^deploy-gate: ${file}: dataTypes\\.extra\\[0\\]\\.kind: unknown data kind 'databse' \\(one of volume, .*\\); did you mean database\\?$`)),
      `deploy-gate: blocked (exit 2): nothing is allowed until the configuration file ${file} is fixed`,
    ]);
  });

  test('a setting no resource or environment can match is an error', async () => {
    const { code, lines, file } = await configErrors('protectedEnvironments: [production]\ndataTypes:\n  notData: ["aws_ebs_volume.scratch"]\n');
    expect(code).toBe(2);
    expect(lines[0]).toBe(`deploy-gate: ${file}: protectedEnvironments[0]: 'production' can never match: findings name this environment 'prod' (names are compared in lower case, aliases resolved); did you mean prod?`);
    expect(lines[1]).toMatch(/dataTypes\.notData\[0\]: 'aws_ebs_volume\.scratch' is not a resource type name.*; did you mean aws_ebs_volume\?$/);
  });

  describe('an exemption or approval that cleared nothing is reported in every format, and the exit code stays', () => {
    const stale = `sha256:${'0'.repeat(64)}`;
    const volume = 'urn:pulumi:staging::shop::aws:ebs/volume:Volume::shared-data';
    const setup = () => {
      const config = temp('deploy-gate.yml', [
        'exemptions:',
        `  - { rule: no-stateful-delete, resource: "${volume}", reason: "retired with CHG-1", expires: "${inDays(30)}" }`,
        `  - { rule: no-stateful-delete, resource: "aws_ebs_volume.scratch*", reason: "rebuilt nightly", expires: "${inDays(30)}" }`,
        '  - { rule: no-colocated-backups, resource: "**", reason: "an old waiver", expires: "2020-01-01" }',
        '',
      ].join('\n'));
      const approvals = temp('approvals.yml', `- { fingerprint: "${stale}", repository: acme/shop, approver: carol, reason: "an earlier push", expires: "${inDays(7)}" }\n`);
      return { config, approvals };
    };

    test('text', async () => {
      const { config, approvals } = setup();
      const { code, stdout } = await run('check', incident, '--config', config, '--approvals', approvals, '--repository', 'acme/shop');
      // The incident still blocks (its other findings), exactly as without the unused entries: they change no exit code.
      expect(code).toBe(1);
      // Lines are wrapped to the width with a hanging indent: read the section as the sentences it holds.
      const section = stdout.slice(stdout.indexOf('2 exemptions and 1 approval cleared nothing:')).replace(/\n {4}/g, ' ');
      expect(section).toContain(`${config}: exemptions[1]: the exemption of no-stateful-delete for aws_ebs_volume.scratch* matched no finding`);
      expect(section).toContain(`${config}: exemptions[2]: the exemption of no-colocated-backups for ** expired on 2020-01-01 and no longer applies`);
      expect(section).toContain(`${approvals}: [0]: the approval by carol of ${stale} cleared nothing`);
      // The exemption that cleared the volume's deletion is used, so it is not listed.
      expect(section).not.toContain('exemptions[0]');
      expect(stdout).toMatch(/EXEMPT\s+no-stateful-delete/);
    });

    test('JSON', async () => {
      const { config, approvals } = setup();
      const { code, stdout } = await run('check', incident, '--config', config, '--approvals', approvals, '--repository', 'acme/shop', '--output', 'json');
      expect(code).toBe(1);
      const unused = (JSON.parse(stdout) as { unused: Array<Record<string, unknown>> }).unused;
      expect(unused.map(({ message: _, ...u }) => u)).toEqual([
        { kind: 'exemption', index: 1, rule: 'no-stateful-delete', resource: 'aws_ebs_volume.scratch*', expires: inDays(30), expired: false, file: config },
        { kind: 'exemption', index: 2, rule: 'no-colocated-backups', resource: '**', expires: '2020-01-01', expired: true, file: config },
        { kind: 'approval', index: 0, fingerprint: stale, repository: 'acme/shop', approver: 'carol', reason: 'fingerprint', expires: inDays(7), key: '[0]', file: approvals },
      ]);
      expect(unused[0]!.message).toBe('the exemption of no-stateful-delete for aws_ebs_volume.scratch* matched no finding, so it cleared nothing; remove it, or correct its rule, resource or stack');
    });

    test('SARIF: tool configuration notifications located in the file', async () => {
      const { config, approvals } = setup();
      const { code, stdout } = await run('check', incident, '--config', config, '--approvals', approvals, '--repository', 'acme/shop', '--output', 'sarif');
      expect(code).toBe(1);
      const sarif = JSON.parse(stdout) as { runs: Array<{ tool: { driver: { notifications: Array<{ id: string }> } }; invocations: Array<{ toolConfigurationNotifications: Array<{ level: string; descriptor: { id: string }; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }> }> }> };
      const notes = sarif.runs[0]!.invocations[0]!.toolConfigurationNotifications;
      // Each notification refers to a descriptor the driver declares.
      const declared = sarif.runs[0]!.tool.driver.notifications.map((d) => d.id);
      for (const note of notes) expect(declared).toContain(note.descriptor.id);
      expect(notes.map((n) => [n.level, n.descriptor.id, n.locations[0]!.physicalLocation.artifactLocation.uri])).toEqual([
        ['warning', 'unused-exemption', config], ['warning', 'expired-exemption', config], ['warning', 'unused-approval', approvals],
      ]);
      expect(notes[0]!.message.text).toBe(`${config}: exemptions[1]: the exemption of no-stateful-delete for aws_ebs_volume.scratch* matched no finding, so it cleared nothing; remove it, or correct its rule, resource or stack`);
    });

    test('Markdown', async () => {
      const { config, approvals } = setup();
      const { stdout } = await run('check', incident, '--config', config, '--approvals', approvals, '--repository', 'acme/shop', '--output', 'markdown');
      expect(stdout).toContain('<details><summary>⚠️ 2 exemptions and 1 approval cleared nothing</summary>');
      expect(stdout).toContain(`- \`${config}: exemptions[1]\`: the exemption of no-stateful-delete for aws\\_ebs\\_volume.scratch\\* matched no finding`);
      // A bare list's entry is `[0]`, as the file spells it.
      expect(stdout).toContain(`- \`${approvals}: [0]\`: the approval by carol of ${stale} cleared nothing`);
    });

    test('an allowed plan with an unused exemption still exits 0', async () => {
      const config = temp('deploy-gate.yml', exemptionYaml({}));
      const { code, stdout } = await run('check', fixed, '--config', config);
      expect(code).toBe(0);
      expect(stdout).toMatch(/^✔ ALLOWED/);
      expect(stdout).toContain('1 exemption cleared nothing:');
    });
  });
});

describe('the code cache of the bundled CLI (bin/deploy-gate.js loadCli, scripts/bundle-cli.ts)', () => {
  // A copy of the bin and build/cli/, so the cache can be removed or spoiled without touching the build.
  function copy(): { dir: string; bin: string; cache: string } {
    const dir = mkdtempSync(join(tmpdir(), 'deploy-gate-cache-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'build', 'cli'), { recursive: true });
    copyFileSync(bin, join(dir, 'bin', 'deploy-gate.js'));
    copyFileSync(join(root, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
    for (const name of readdirSync(join(root, 'build', 'cli'))) copyFileSync(join(root, 'build', 'cli', name), join(dir, 'build', 'cli', name));
    return { dir, bin: join(dir, 'bin', 'deploy-gate.js'), cache: join(dir, 'build', 'cli', 'deploy-gate.code-cache') };
  }
  const check = async (cli: string) => {
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [cli, 'check', incident, '--output', 'json'], { env: { ...process.env, NO_COLOR: '1' } });
      return { code: 0, stdout };
    } catch (error) {
      return { code: (error as { code: number }).code, stdout: (error as { stdout: string }).stdout };
    }
  };

  test('the build wrote a cache made of this bundle: it starts with the sha256 the bundle ends with', () => {
    const source = readFileSync(join(root, 'build', 'cli', 'deploy-gate.js'), 'utf8');
    const hash = /\/\/# deploy-gate-bundle sha256 ([0-9a-f]{64})$/.exec(source)?.[1];
    expect(hash).toBeDefined();
    expect(readFileSync(join(root, 'build', 'cli', 'deploy-gate.code-cache')).toString('latin1', 0, 64)).toBe(hash);
  });

  test('without a cache, with one of another bundle, or with garbage, the verdict is the same', async () => {
    const expected = await check(bin);
    expect(expected.code).toBe(1);
    const { dir, bin: copied, cache } = copy();
    try {
      rmSync(cache);
      expect(await check(copied)).toEqual(expected);
      // Another bundle's hash: the cache is not used, whatever V8 would say of its length.
      writeFileSync(cache, Buffer.concat([Buffer.from('0'.repeat(64), 'latin1'), readFileSync(join(root, 'build', 'cli', 'deploy-gate.code-cache')).subarray(64)]));
      expect(await check(copied)).toEqual(expected);
      // This bundle's hash over bytes V8 did not write: V8 refuses them, and the script compiles from its text.
      writeFileSync(cache, Buffer.concat([readFileSync(join(root, 'build', 'cli', 'deploy-gate.code-cache')).subarray(0, 64), Buffer.alloc(4096, 7)]));
      expect(await check(copied)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
