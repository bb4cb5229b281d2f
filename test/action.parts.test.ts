// The small pure parts of src/action: sticky-comment choice and fitting, gate-file warnings, event → PR, plan paths.
import { describe, expect, test } from 'vitest';
import { findStickyComment, fitComment, MARKER, upsertStickyComment } from '../src/action/comment.js';
import { pullRequestOf } from '../src/action/event.js';
import { gateFileWarnings } from '../src/action/gate-files.js';
import type { GitHubApi, IssueComment } from '../src/action/github-api.js';
import { planPaths } from '../src/action/run.js';

const bot = { login: 'github-actions[bot]', type: 'Bot' };
const human = { login: 'mia', type: 'User' };
const c = (id: number, user: IssueComment['user'], body: string): IssueComment => ({ id, body, user, html_url: `https://github.com/o/r/pull/1#issuecomment-${id}`, created_at: 't', updated_at: 't' });

describe('findStickyComment', () => {
  const ours = 'github-actions[bot]';

  test('only our own bot comment with the marker; the oldest if there are several', () => {
    expect(findStickyComment([c(1, human, MARKER), c(2, bot, 'no marker'), c(5, bot, `${MARKER}\nb`), c(3, bot, `${MARKER}\na`)], ours)?.id).toBe(3);
    expect(findStickyComment([c(1, human, MARKER), c(2, null, MARKER), c(3, bot, `quoting ${MARKER}`)], ours)).toBeUndefined();
  });

  test('another bot (an agent\'s GitHub App) cannot plant it, and the login must be a Bot\'s', () => {
    const agent = { login: 'helpful-agent[bot]', type: 'Bot' };
    expect(findStickyComment([c(1, agent, `${MARKER}\n## ✅ deploy-gate: allowed`)], ours)).toBeUndefined();
    expect(findStickyComment([c(1, agent, MARKER), c(2, bot, MARKER)], ours)?.id).toBe(2);
    expect(findStickyComment([c(1, { login: ours, type: 'User' }, MARKER)], ours)).toBeUndefined();
  });

  test('comment-author names the identity, compared case-insensitively', () => {
    const app = { login: 'Deploy-Gate-App[bot]', type: 'Bot' };
    expect(findStickyComment([c(1, bot, MARKER), c(2, app, MARKER)], 'deploy-gate-app[bot]')?.id).toBe(2);
    expect(findStickyComment([c(1, bot, MARKER)], 'GitHub-Actions[bot]')?.id).toBe(1);
  });
});

describe('upsertStickyComment', () => {
  const api = (overrides: Partial<GitHubApi>): GitHubApi => ({
    listIssueComments: async () => [], listReviews: async () => [], listFiles: async () => [], listCommits: async () => [],
    listEdits: async () => ({ comments: new Map(), reviews: new Map() }),
    getPermission: async () => null, getTeamMembershipState: async () => null,
    createIssueComment: async (_pr, body) => c(9, bot, body), updateIssueComment: async (_pr, id, body) => c(id, bot, body),
    ...overrides,
  });
  const pr = { owner: 'o', repo: 'r', number: 1, author: 'a' };

  test('updates ours, else creates; the body starts with the marker', async () => {
    expect(await upsertStickyComment(api({}), pr, 'report', [c(4, bot, MARKER)], 'github-actions[bot]')).toMatchObject({ action: 'updated', id: 4 });
    const created: string[] = [];
    expect(await upsertStickyComment(api({ createIssueComment: async (_pr, body) => (created.push(body), c(9, bot, body)) }), pr, 'report', [], 'github-actions[bot]')).toMatchObject({ action: 'created', id: 9, author: 'github-actions[bot]' });
    expect(created).toEqual([`${MARKER}\nreport`]);
  });

  test('a failed create names the likely cause', async () => {
    await expect(upsertStickyComment(api({ createIssueComment: async () => Promise.reject(new Error('Resource not accessible by integration')) }), pr, 'report', [], 'github-actions[bot]'))
      .rejects.toThrow('could not comment on PR #1: Resource not accessible by integration (the token needs pull-requests: write');
  });

  test('a failed update throws and never falls back to creating', async () => {
    let posted = false;
    const failing = api({ updateIssueComment: async () => Promise.reject(new Error('HTTP 500')), createIssueComment: async (_pr, body) => ((posted = true), c(9, bot, body)) });
    await expect(upsertStickyComment(failing, pr, 'report', [c(4, bot, MARKER)], 'github-actions[bot]')).rejects.toThrow(/could not update the deploy-gate comment .*issuecomment-4 \(by github-actions\[bot\]\): HTTP 500/);
    expect(posted).toBe(false);
  });
});

describe('fitComment', () => {
  test('a short body is left alone', () => {
    expect(fitComment('short', 'TAIL', 100)).toBe('short');
  });

  test('a long one is cut at a line, open fences and details are closed, and the tail is kept', () => {
    const body = ['## verdict', '<details><summary>x</summary>', '```mermaid', ...Array.from({ length: 200 }, (_, i) => `line ${i}`), '```', '</details>'].join('\n');
    const fitted = fitComment(body, '\nApprove: /deploy-gate approve X\n', 1000);
    expect(fitted.length).toBeLessThanOrEqual(1000);
    expect(fitted.startsWith('## verdict')).toBe(true);
    expect(fitted.split('\n').filter((l) => l.startsWith('```'))).toHaveLength(2);
    expect(fitted).toContain('</details>');
    expect(fitted).toContain('too long for a comment and was cut here; the file at the `report` output holds all of it');
    expect(fitted.endsWith('Approve: /deploy-gate approve X\n')).toBe(true);
  });
});

describe('gateFileWarnings', () => {
  test.for([
    ['.github/workflows/deploy.yml', true],
    ['.github/CODEOWNERS', true],
    ['CODEOWNERS', true],
    ['deploy-gate.yml', true],
    ['infra/deploy-gate.yaml', true],
    ['action.yml', true],
    ['policy/rules/no-stateful-delete/no-stateful-delete.ts', true],
    ['approvals.yml', true],
    ['ops/deploy-approvals.json', true],
    ['infra/main.tf', false],
    ['src/policy.ts', false],
    ['infra/modules/policy/main.tf', false],
    ['README.md', false],
  ] as const)('%s → %s', ([file, warns]) => {
    expect(gateFileWarnings([{ filename: file }]).length > 0).toBe(warns);
  });

  test('a workflow named deploy-gate.yml is reported as a workflow, not as the gate configuration', () => {
    const [warning] = gateFileWarnings([{ filename: '.github/workflows/deploy-gate.yml' }]);
    expect(warning).toContain('Workflows');
    expect(warning).not.toContain('The gate configuration');
  });

  test('approvals files count wherever they sit, also in an approvals/ folder', () => {
    for (const file of ['approvals/prod.yml', 'ops/Approvals/2026.json', 'deploy-gate.approvals.yaml']) expect(gateFileWarnings([{ filename: file }]), file).toHaveLength(1);
    expect(gateFileWarnings([{ filename: 'docs/approvals.md' }])).toEqual([]);
  });

  test('the file the `config` input names counts, whatever it is called, as a normalized path', () => {
    const files = [{ filename: 'ci/gate-policy.yml' }, { filename: 'infra/main.tf' }];
    expect(gateFileWarnings(files)).toEqual([]);
    for (const config of ['ci/gate-policy.yml', './ci/gate-policy.yml', 'ci/../ci/./gate-policy.yml', '/work/ws/ci/gate-policy.yml']) {
      const [warning] = gateFileWarnings(files, { config, workspace: '/work/ws' });
      expect(warning, config).toContain('The gate configuration: ci/gate-policy.yml.');
      expect(warning).not.toContain('infra/main.tf');
    }
    // A config outside the workspace (read from the base branch into RUNNER_TEMP) is no file of the PR.
    expect(gateFileWarnings(files, { config: '/tmp/runner/gate-policy.yml', workspace: '/work/ws' })).toEqual([]);
    expect(gateFileWarnings([{ filename: 'gate-policy.yml' }], { config: '../gate-policy.yml', workspace: '/work/ws' })).toEqual([]);
  });

  test('the warning lists the exact files under what they control, the configuration and approvals first', () => {
    const [warning] = gateFileWarnings([
      { filename: 'policy/rules/x.ts' }, { filename: '.github/workflows/gate.yml' }, { filename: 'ops/approvals.yml' }, { filename: 'ci/gate.yml' },
    ], { config: 'ci/gate.yml', workspace: '/w' });
    expect(warning).toBe(
      'This PR changes files that control the gate itself. The gate configuration: ci/gate.yml. Approvals: ops/approvals.yml. ' +
      'Workflows and repository settings (.github/): .github/workflows/gate.yml. deploy-gate\'s policy code (policy/): policy/rules/x.ts. ' +
      'A change to them can weaken the check that judged this PR; have a code owner review them before merging.',
    );
  });

  test('a rename away from a gate file counts, and the list is capped', () => {
    const [warning] = gateFileWarnings([{ filename: 'docs/old.yml', previous_filename: 'deploy-gate.yml' }, ...Array.from({ length: 12 }, (_, i) => ({ filename: `.github/workflows/w${String(i).padStart(2, '0')}.yml` }))]);
    expect(warning).toContain('deploy-gate.yml');
    expect(warning).toContain('The gate configuration: deploy-gate.yml.');
    expect(warning).toContain('And 3 more.');
  });
});

describe('pullRequestOf', () => {
  const pull = { number: 7, user: { login: 'dev', type: 'User' } };
  test.for([
    ['pull_request', { pull_request: pull }, { owner: 'o', repo: 'r', number: 7, author: 'dev' }],
    ['pull_request_review', { pull_request: pull, review: {} }, { owner: 'o', repo: 'r', number: 7, author: 'dev' }],
    ['issue_comment', { issue: { ...pull, pull_request: { url: 'x' } } }, { owner: 'o', repo: 'r', number: 7, author: 'dev' }],
    ['issue_comment', { issue: pull }, undefined],
    ['push', { pull_request: pull }, undefined],
    ['pull_request', {}, undefined],
  ] as const)('%s', ([event, payload, expected]) => {
    expect(pullRequestOf(event, payload, 'o/r')).toEqual(expected);
  });

  test('a GITHUB_REPOSITORY that is not owner/name in GitHub\'s characters names no PR, so no approval is read for it', () => {
    for (const repository of ['acme/infr\u0430', 'acme/in fra', 'acme/infra/extra', 'acme', '/infra']) {
      expect(pullRequestOf('pull_request', { pull_request: pull }, repository), repository).toBeUndefined();
    }
    expect(pullRequestOf('pull_request', { pull_request: pull }, 'Acme/infra.github.io')).toMatchObject({ owner: 'Acme', repo: 'infra.github.io' });
  });
});

describe('planPaths', () => {
  const env = (files: Record<string, string[]>) => ({
    workspace: '/work/ws',
    expandGlob: async (patterns: string[]) => (files[patterns[0] ?? ''] ?? []).filter((f) => !patterns.slice(1).some((n) => f.includes(n.slice(1).replace('*', '')))),
  });

  test('literal paths pass through; globs expand relative to the workspace, sorted and deduplicated', async () => {
    expect(await planPaths(['a.json', '/work/ws/b.json', '/elsewhere/c.json', 'plans/*.json', '!plans/old*', 'a.json'], env({ 'plans/*.json': ['/work/ws/plans/b.json', '/work/ws/plans/a.json', '/work/ws/plans/old.json'] })))
      .toEqual(['a.json', 'b.json', '/elsewhere/c.json', 'plans/a.json', 'plans/b.json']);
  });

  test('a glob that matches nothing is an InputError naming it', async () => {
    await expect(planPaths(['plans/*.json'], env({}))).rejects.toThrow('plans/*.json: the glob matched no file');
  });
});
