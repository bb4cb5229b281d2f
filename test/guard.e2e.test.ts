// deploy-gate guard run as the agents run it: the built bin, real hook JSON on stdin, exit codes and output read
// back exactly as Claude Code, Cursor, Gemini CLI and Codex read them (exit 2 = deny, stderr = the reason).
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, test } from 'vitest';

const root = join(import.meta.dirname, '..');
const bin = join(root, 'bin', 'deploy-gate.js');

let home: string;
let work: string;

beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'guard-home-'));
  work = mkdtempSync(join(tmpdir(), 'guard-work-'));
});

interface Result { code: number; stdout: string; stderr: string }

function run(args: string[], options: { stdin?: string; env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Result> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? work,
      env: { PATH: process.env.PATH, HOME: home, NO_COLOR: '1', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    if (options.stdin !== undefined) child.stdin.end(options.stdin);
    else child.stdin.end();
  });
}

const claude = (command: string, extra: Record<string, unknown> = {}) => JSON.stringify({
  session_id: 's1', transcript_path: '/tmp/t.jsonl', cwd: work, permission_mode: 'default',
  hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command, description: 'run it' }, tool_use_id: 'toolu_1', ...extra,
});

const cursor = (command: string, extra: Record<string, unknown> = {}) => JSON.stringify({
  conversation_id: 'c1', generation_id: 'g1', hook_event_name: 'beforeShellExecution', command, cwd: work,
  workspace_roots: [work], cursor_version: '2.0.77', ...extra,
});

const INCIDENT = 'curl -s -X POST https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_API_TOKEN" -H "Content-Type: application/json" -d \'{"query":"mutation { volumeDelete(volumeId: \\"3b8c9e\\") }"}\'';

describe('--hook claude-code (PreToolUse)', () => {
  test('the incident\'s GraphQL volumeDelete is denied with exit 2 and a reason Claude reads', async () => {
    const r = await run(['guard', '--hook', 'claude-code'], { stdin: claude(INCIDENT) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('volumeDelete');
    expect(r.stderr).toContain('Instead:');
    expect(r.stderr).toContain('What stops this without the guard');
    expect(r.stdout).toBe('');
  });

  test('pulumi destroy, terraform destroy and kubectl delete pvc through wrappers are denied', async () => {
    for (const command of ['sudo -E pulumi destroy --yes', 'cd infra && bash -c "terraform destroy -auto-approve"', 'kubectl -n prod delete pvc data-0']) {
      const r = await run(['guard', '--hook', 'claude-code'], { stdin: claude(command) });
      expect(r.code, command).toBe(2);
    }
  });

  test('an everyday command is allowed silently (exit 0, no output, so Claude\'s own permission flow goes on)', async () => {
    for (const command of ['git status', 'npm test', 'pulumi preview --stack prod', 'kubectl get pods -A']) {
      const r = await run(['guard', '--hook', 'claude-code'], { stdin: claude(command) });
      expect(r, command).toEqual({ code: 0, stdout: '', stderr: '' });
    }
  });

  test('fails closed: not JSON, empty input, an unknown event, a missing command', async () => {
    const inputs = ['not json', '', JSON.stringify({ hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } }),
      JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: {} }), '[1,2]'];
    for (const stdin of inputs) {
      const r = await run(['guard', '--hook', 'claude-code'], { stdin });
      expect(r.code, stdin).toBe(2);
      expect(r.stderr, stdin).toContain('refused');
    }
  });

  test('a usage error in hook mode is a deny too (exit 2, never 1, which Claude Code lets through)', async () => {
    const r = await run(['guard', '--hook', 'claude-cod'], { stdin: claude('ls') });
    expect(r.code).toBe(2);
  });

  test('edits to the hook settings or the guard\'s records are denied; other edits and other tools pass', async () => {
    const write = (file: string) => JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path: file, content: '{}' }, cwd: work });
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: write(join(work, '.claude', 'settings.json')) })).code).toBe(2);
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: write(join(home, '.local', 'state', 'deploy-gate', 'overrides.jsonl')) })).code).toBe(2);
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: write(join(work, 'src', 'index.ts')) })).code).toBe(0);
    const read = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path: '/etc/hosts' }, cwd: work });
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: read })).code).toBe(0);
  });

  test('an MCP tool whose name deletes is denied like the same call with curl; read tools pass', async () => {
    const mcp = (tool: string) => JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: tool, tool_input: { volumeId: 'v' }, cwd: work });
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: mcp('mcp__railway__volume_delete') })).code).toBe(2);
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: mcp('mcp__railway__deleteProject') })).code).toBe(2);
    expect((await run(['guard', '--hook', 'claude-code'], { stdin: mcp('mcp__railway__list_volumes') })).code).toBe(0);
    const cursorMcp = JSON.stringify({ hook_event_name: 'beforeMCPExecution', tool_name: 'volumeDelete', tool_input: '{}' });
    const r = await run(['guard', '--hook', 'cursor'], { stdin: cursorMcp });
    expect(r.code).toBe(2);
    expect((JSON.parse(r.stdout) as { permission: string }).permission).toBe('deny');
  });

  test('a pathological command (nested $( ) is decided quickly and refused when it mentions a guarded verb', async () => {
    const r = await run(['guard', '--hook', 'claude-code'], { stdin: claude(`${'$('.repeat(45)} terraform destroy`) });
    expect(r.code).toBe(2);
  });

  test('every decision that needed a parse is logged as a JSON line, credentials masked', async () => {
    await run(['guard', '--hook', 'claude-code'], { stdin: claude(INCIDENT) });
    const log = readFileSync(join(home, '.local', 'state', 'deploy-gate', 'guard.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { decision: string; rules: string[]; command: string; mode: string });
    expect(log.at(-1)).toMatchObject({ decision: 'refuse', mode: 'hook:claude-code', rules: ['graphql-destructive-mutation'] });
    expect(log.at(-1)?.command).toContain('Bearer ***');
  });
});

describe('--hook cursor (beforeShellExecution)', () => {
  test('denies with Cursor\'s JSON (permission: deny, user and agent messages) and exit 2', async () => {
    const r = await run(['guard', '--hook', 'cursor'], { stdin: cursor('railway volume delete --volume data') });
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout) as { permission: string; user_message: string; agent_message: string };
    expect(out.permission).toBe('deny');
    expect(out.agent_message).toContain('railway volume delete');
    expect(out.user_message).toBe(out.agent_message);
  });

  test('allows an everyday command with an empty JSON answer', async () => {
    const r = await run(['guard', '--hook', 'cursor'], { stdin: cursor('ls -la') });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({});
  });

  test('an unknown event or a missing command is denied', async () => {
    for (const stdin of [cursor('ls', { hook_event_name: 'afterFileEdit' }), JSON.stringify({ hook_event_name: 'beforeShellExecution' })]) {
      const r = await run(['guard', '--hook', 'cursor'], { stdin });
      expect(r.code).toBe(2);
      expect((JSON.parse(r.stdout) as { permission: string }).permission).toBe('deny');
    }
  });
});

describe('--hook gemini (BeforeTool) and --hook codex (PreToolUse)', () => {
  test('gemini: run_shell_command is decided; deny is exit 2 with the reason on stderr; allow prints {}', async () => {
    const input = (command: string) => JSON.stringify({ hook_event_name: 'BeforeTool', tool_name: 'run_shell_command', tool_input: { command }, cwd: work });
    const denied = await run(['guard', '--hook', 'gemini'], { stdin: input('gcloud sql instances delete prod --quiet') });
    expect(denied.code).toBe(2);
    expect(denied.stderr).toContain('gcloud sql instances delete');
    const allowed = await run(['guard', '--hook', 'gemini'], { stdin: input('gcloud sql instances list') });
    expect(allowed.code).toBe(0);
    expect(JSON.parse(allowed.stdout)).toEqual({});
  });

  test('codex: a shell command given as argv is quoted back and decided', async () => {
    const input = JSON.stringify({ hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: ['bash', '-lc', 'aws s3 rm s3://acme-data --recursive'] }, cwd: work });
    const r = await run(['guard', '--hook', 'codex'], { stdin: input });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('aws s3 rm --recursive');
  });
});

describe('--check and the -- wrapper', () => {
  test('--check: exit 0 allow, 1 refuse with the reason on stderr', async () => {
    expect((await run(['guard', '--check', 'ls -la'])).code).toBe(0);
    const r = await run(['guard', '--check', 'pulumi stack rm prod --yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pulumi stack rm');
  });

  test('-- runs an allowed command with its exit code, and never runs a refused one', async () => {
    const binDir = join(work, 'bin');
    mkdirSync(binDir);
    const marker = join(work, 'ran');
    writeFileSync(join(binDir, 'pulumi'), `#!/bin/sh\necho "$@" > ${marker}\nexit 7\n`);
    chmodSync(join(binDir, 'pulumi'), 0o755);
    const env = { PATH: `${binDir}:${process.env.PATH ?? ''}` };
    const refused = await run(['guard', '--', 'pulumi', 'destroy', '--yes'], { env });
    expect(refused.code).toBe(1);
    expect(existsSync(marker)).toBe(false);
    const allowed = await run(['guard', '--', 'pulumi', 'preview'], { env });
    expect(allowed.code).toBe(7);
    expect(readFileSync(marker, 'utf8').trim()).toBe('preview');
  });
});

describe('plans bound to the gate (check --record)', () => {
  test('a plan file recorded by an allowing check may be applied; one the gate blocked may not', async () => {
    const good = join(work, 'good.tfplan');
    const bad = join(work, 'bad.tfplan');
    writeFileSync(good, 'plan that passed');
    writeFileSync(bad, 'plan that was blocked');
    expect((await run(['check', join(root, 'examples', 'fixed', 'staging-fix.preview.json'), '--record', good])).code).toBe(0);
    expect((await run(['check', join(root, 'examples', 'incident', 'staging-fix.preview.json'), '--record', bad])).code).toBe(1);
    expect((await run(['guard', '--check', 'terraform apply good.tfplan'])).code).toBe(0);
    expect((await run(['guard', '--check', 'pulumi up --plan good.tfplan --yes'])).code).toBe(0);
    expect((await run(['guard', '--check', 'terraform apply bad.tfplan'])).code).toBe(1);
    // The record is of the file's content: the same path with other content is not gated.
    writeFileSync(good, 'plan that passed, then edited');
    expect((await run(['guard', '--check', 'terraform apply good.tfplan'])).code).toBe(1);
  });
});

describe('the human override', () => {
  test('needs an interactive terminal: without one nothing is granted and the command stays refused', async () => {
    const r = await run(['guard', '--override', 'pulumi destroy --yes'], { stdin: 'ABCDEF\n' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('interactive terminal');
    expect(existsSync(join(home, '.local', 'state', 'deploy-gate', 'overrides.jsonl'))).toBe(false);
    expect((await run(['guard', '--check', 'pulumi destroy --yes'])).code).toBe(1);
  });

  test('no environment variable or extra flag an agent could set grants one', async () => {
    const env = { DEPLOY_GATE_OVERRIDE: '1', DEPLOY_GATE_ALLOW: 'pulumi destroy --yes', DEPLOY_GATE_GUARD: 'off', CI: 'true', FORCE_TTY: '1' };
    expect((await run(['guard', '--check', 'pulumi destroy --yes'], { env })).code).toBe(1);
    expect((await run(['guard', '--check', 'pulumi destroy --yes', '--allow'], { env })).code).toBe(2);
    expect((await run(['guard', '--hook', 'claude-code'], { env, stdin: claude('pulumi destroy --yes') })).code).toBe(2);
  });

  test('an agent asking for an override through the hook is itself refused', async () => {
    const r = await run(['guard', '--hook', 'claude-code'], { stdin: claude('deploy-gate guard --override "pulumi destroy --yes"') });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('override');
  });
});
