// runGuard with an in-memory terminal: the override granted by a person (code typed back), used once, expired;
// the hook failing closed when its input never arrives or the decision throws.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { guardPaths, writeOverride, commandHash, findOverride } from './records.js';
import { runGuard, shellQuote, type GuardIo } from './run.js';

function io(overrides: Partial<GuardIo> = {}): GuardIo & { out: string[]; err: string[] } {
  const home = mkdtempSync(join(tmpdir(), 'guard-run-'));
  const out: string[] = [];
  const err: string[] = [];
  return {
    out, err,
    stdout: (t) => { out.push(t); },
    stderr: (t) => { err.push(t); },
    env: { HOME: home },
    cwd: home,
    readStdin: () => Promise.resolve(''),
    interactive: false,
    readLine: () => Promise.resolve(''),
    spawn: () => Promise.resolve(0),
    ...overrides,
  };
}

describe('override', () => {
  test('a person who types the code shown grants exactly that command once', async () => {
    const t = io({ interactive: true });
    t.readLine = () => Promise.resolve(/type this code: ([A-Z0-9]{6})/.exec(t.err.join(''))?.[1] ?? '');
    expect(await runGuard({ override: 'pulumi destroy --stack dev --yes' }, t)).toBe(0);
    expect(await runGuard({ check: 'pulumi destroy --stack dev' }, t)).toBe(1);
    expect(await runGuard({ check: 'pulumi destroy --stack dev --yes' }, t)).toBe(0);
    // Used once: the next identical command is refused again.
    expect(await runGuard({ check: 'pulumi destroy --stack dev --yes' }, t)).toBe(1);
  });

  test('a wrong code grants nothing', async () => {
    const t = io({ interactive: true, readLine: () => Promise.resolve('WRONG1') });
    expect(await runGuard({ override: 'terraform destroy' }, t)).toBe(1);
    expect(await runGuard({ check: 'terraform destroy' }, t)).toBe(1);
  });

  test('grants expire, and a grant claiming more than the 5-minute lifetime is ignored', () => {
    const paths = guardPaths({ HOME: mkdtempSync(join(tmpdir(), 'guard-grant-')) });
    const at = new Date('2026-01-01T10:00:00Z');
    writeOverride(paths, { kind: 'grant', sha256: commandHash('railway down'), command: 'railway down', at: at.toISOString(), expiresAt: new Date(at.getTime() + 5 * 60_000).toISOString() });
    expect(findOverride(paths, 'railway down', new Date('2026-01-01T10:04:00Z'))).toBeDefined();
    expect(findOverride(paths, 'railway down', new Date('2026-01-01T10:06:00Z'))).toBeUndefined();
    writeOverride(paths, { kind: 'grant', sha256: commandHash('railway down -y'), command: 'railway down -y', at: at.toISOString(), expiresAt: new Date(at.getTime() + 24 * 3600_000).toISOString() });
    expect(findOverride(paths, 'railway down -y', new Date('2026-01-01T10:01:00Z'))).toBeUndefined();
  });

  test('without an interactive terminal the override is refused before any code is shown', async () => {
    const t = io({ interactive: false, readLine: () => Promise.resolve('ANYTHING') });
    expect(await runGuard({ override: 'pulumi destroy' }, t)).toBe(2);
    expect(t.err.join('')).not.toContain('type this code');
  });
});

describe('hook fails closed', () => {
  test('input that never arrives is a deny within the budget', async () => {
    const t = io({ readStdin: () => new Promise(() => undefined) });
    expect(await runGuard({ hook: 'claude-code', budgetMs: 300 }, t)).toBe(2);
    expect(t.err.join('')).toContain('budget');
  });

  test('an input error is a deny, in Cursor\'s JSON too', async () => {
    const t = io({ readStdin: () => Promise.reject(new Error('EIO')) });
    expect(await runGuard({ hook: 'cursor' }, t)).toBe(2);
    expect(JSON.parse(t.out.join(''))).toMatchObject({ permission: 'deny' });
  });

  test('two modes at once, or none, is a usage error (a deny in hook mode)', async () => {
    expect(await runGuard({}, io())).toBe(2);
    expect(await runGuard({ hook: 'claude-code', check: 'ls' }, io())).toBe(2);
  });
});

test('shellQuote keeps plain words and quotes the rest so the shell reads them back as one word', () => {
  expect(shellQuote('pulumi')).toBe('pulumi');
  expect(shellQuote('a b')).toBe('\'a b\'');
  expect(shellQuote('it\'s')).toBe('\'it\'\\\'\'s\'');
  expect(shellQuote('')).toBe('\'\'');
});

describe('configuration', () => {
  test('the repository may add a refusal; its attempts to relax are ignored', async () => {
    const t = io();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(t.cwd, '.deploy-gate'));
    writeFileSync(join(t.cwd, '.deploy-gate', 'guard.json'), JSON.stringify({ deny: ['make nuke', 'npm run db:reset'], allowCommands: ['pulumi destroy'], allowRules: ['pulumi-destroy'] }));
    expect(await runGuard({ check: 'make nuke' }, t)).toBe(1);
    expect(await runGuard({ check: 'cd app && npm run db:reset -- --force' }, t)).toBe(1);
    expect(await runGuard({ check: 'make test' }, t)).toBe(0);
    expect(await runGuard({ check: 'pulumi destroy' }, t)).toBe(1);
  });

  test('the user\'s own configuration may relax an exact command or a rule, never the guard\'s self-protection', async () => {
    const t = io();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    const dir = join(t.env.HOME ?? '', '.config', 'deploy-gate');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'guard.json'), JSON.stringify({ allowCommands: ['pulumi destroy --stack scratch --yes'], allowRules: ['aws-delete', 'guard-self-protection'] }));
    expect(await runGuard({ check: 'pulumi destroy --stack scratch --yes' }, t)).toBe(0);
    expect(await runGuard({ check: 'pulumi destroy --stack prod --yes' }, t)).toBe(1);
    expect(await runGuard({ check: 'aws sqs delete-message --queue-url q --receipt-handle h' }, t)).toBe(0);
    expect(await runGuard({ check: 'rm ~/.local/state/deploy-gate/gated-plans.jsonl' }, t)).toBe(1);
  });

  test('an unreadable repository configuration refuses what it might have protected', async () => {
    const t = io();
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(join(t.cwd, '.deploy-gate'));
    writeFileSync(join(t.cwd, '.deploy-gate', 'guard.json'), '{ not json');
    expect(await runGuard({ check: 'pulumi preview' }, t)).toBe(1);
    expect(await runGuard({ check: 'ls' }, t)).toBe(0);
  });
});
