// src/action/pr-approvals.ts: who may approve, decided against an in-memory GitHub API.
import { describe, expect, test } from 'vitest';
import type { GitHubApi, IssueComment, Permission, PullRequestRef, PullReview } from '../src/action/github-api.js';
import { MARKER } from '../src/action/comment.js';
import { approveCommands, checkApprovals, collectClaims, renderApprovals } from '../src/action/pr-approvals.js';

const PRINT = `sha256:${'a'.repeat(64)}`;
const OTHER = `sha256:${'b'.repeat(64)}`;
const pr: PullRequestRef = { owner: 'acme', repo: 'infra', number: 7, author: 'Agent-Dev' };

let nextId = 1;
function comment(login: string, body: string, type = 'User', edited = false): IssueComment {
  const id = nextId++;
  return { id, body, user: { login, type }, html_url: `https://github.com/acme/infra/pull/7#issuecomment-${id}`, created_at: 't0', updated_at: edited ? 't1' : 't0' };
}
function review(login: string, state: string, body: string): PullReview {
  const id = nextId++;
  return { id, body, state, user: { login, type: 'User' }, html_url: `https://github.com/acme/infra/pull/7#pullrequestreview-${id}` };
}

function api(permissions: Record<string, Permission | Error>, teams: Record<string, string | Error> = {}): GitHubApi & { asked: string[] } {
  const asked: string[] = [];
  const fail = () => Promise.reject(new Error('not used'));
  return {
    asked,
    listIssueComments: fail, createIssueComment: fail, updateIssueComment: fail, listReviews: fail, listFiles: fail,
    getPermission: async (_pr, login) => {
      asked.push(`permission ${login}`);
      const p = permissions[login];
      if (p instanceof Error) throw p;
      return p ?? null;
    },
    getTeamMembershipState: async (org, slug, login) => {
      asked.push(`team ${org}/${slug} ${login}`);
      const t = teams[`${org}/${slug}/${login}`];
      if (t instanceof Error) throw t;
      return t ?? null;
    },
  };
}

describe('approveCommands', () => {
  test.for([
    [`/deploy-gate approve ${PRINT}`, [PRINT]],
    [`LGTM\r\n  /deploy-gate approve ${PRINT}  \r\nthanks`, [PRINT]],
    [`/deploy-gate approve ${PRINT}\n/deploy-gate approve ${OTHER}`, [PRINT, OTHER]],
    [`please /deploy-gate approve ${PRINT}`, []],
    [`> /deploy-gate approve ${PRINT}`, []],
    [`/deploy-gate approve ${PRINT} because`, []],
    [`/deploy-gate approve`, []],
    [`/deploy-gate  approve ${PRINT}`, []],
    [`/Deploy-Gate approve ${PRINT}`, []],
    // Shown as code, it is an example (our own comment shows it that way for copying), not an approval.
    [`Do not approve yet, it would look like:\n\`\`\`\n/deploy-gate approve ${PRINT}\n\`\`\``, []],
    [`~~~text\n/deploy-gate approve ${PRINT}\n~~~\n/deploy-gate approve ${OTHER}`, [OTHER]],
    [`example:\n\n    /deploy-gate approve ${PRINT}`, []],
  ] as const)('%j → %j', ([body, expected]) => {
    expect(approveCommands(body)).toEqual(expected);
  });
});

describe('checkApprovals', () => {
  test('accepts write, maintain and admin collaborators who did not open the PR', async () => {
    const claims = collectClaims([comment('writer', `/deploy-gate approve ${PRINT}`), comment('maint', `/deploy-gate approve ${PRINT}`)],
      [review('admin', 'APPROVED', `ok\n/deploy-gate approve ${PRINT}`)]);
    const check = await checkApprovals(api({
      writer: { permission: 'write', role_name: 'write' },
      maint: { permission: 'write', role_name: 'maintain' },
      admin: { permission: 'admin', role_name: 'admin' },
    }), pr, PRINT, claims, []);
    expect(check.refused).toEqual([]);
    expect(check.accepted.map((a) => [a.approver, a.fingerprint])).toEqual([['writer', PRINT], ['maint', PRINT], ['admin', PRINT]]);
    expect(check.accepted[2]?.reason).toMatch(/^approved on PR #7 by review https:\/\/github.com\/acme\/infra\/pull\/7#pullrequestreview-\d+$/);
  });

  test('refuses, with the reason, and asks the API only when the cheap checks pass', async () => {
    const github = api({ reader: { permission: 'read', role_name: 'triage' }, custom: { permission: 'read', role_name: 'custom-auditor' } });
    const claims = collectClaims([
      comment('agent-dev', `/deploy-gate approve ${PRINT}`), // the author, case-insensitively
      comment('renovate[bot]', `/deploy-gate approve ${PRINT}`, 'User'),
      comment('app', `/deploy-gate approve ${PRINT}`, 'Bot'),
      comment('stranger', `/deploy-gate approve ${PRINT}`),
      comment('reader', `/deploy-gate approve ${PRINT}`),
      comment('custom', `/deploy-gate approve ${PRINT}`),
      comment('writer', `/deploy-gate approve ${OTHER}`),
      comment('editor', `/deploy-gate approve ${PRINT}`, 'User', true),
    ], [review('reviewer', 'CHANGES_REQUESTED', `/deploy-gate approve ${PRINT}`)]);
    const check = await checkApprovals(github, pr, PRINT, claims, []);
    expect(check.accepted).toEqual([]);
    expect(check.refused.map((r) => [r.login, r.reason.split(/[;:(]/)[0]?.trim()])).toEqual([
      ['agent-dev', 'opened this PR'],
      ['renovate[bot]', 'is a bot'],
      ['app', 'is a bot'],
      ['stranger', 'is not a collaborator of this repository'],
      ['reader', 'has triage permission'],
      ['custom', 'has custom-auditor permission'],
      ['writer', "names another fingerprint than this plan's"],
      ['editor', 'the comment was edited after it was posted'],
      ['reviewer', 'the review is changes requested, not an approval'],
    ]);
    expect(check.refused.find((r) => r.login === 'writer')?.named).toBe(OTHER);
    expect(github.asked).toEqual(['permission stranger', 'permission reader', 'permission custom']);
  });

  test('approvers: listed users, or active members of listed teams; membership errors refuse', async () => {
    const write = { permission: 'write', role_name: 'write' };
    const github = api({ listed: write, member: write, pending: write, outsider: write, unknowable: write }, {
      'acme/platform/member': 'active', 'acme/platform/pending': 'pending', 'acme/platform/unknowable': new Error('Resource not accessible by integration'),
    });
    const claims = collectClaims(['listed', 'member', 'pending', 'outsider', 'unknowable'].map((l) => comment(l, `/deploy-gate approve ${PRINT}`)), []);
    const check = await checkApprovals(github, pr, PRINT, claims, [{ kind: 'user', login: 'listed' }, { kind: 'team', org: 'acme', slug: 'platform' }]);
    expect(check.accepted.map((a) => a.approver)).toEqual(['listed', 'member']);
    expect(Object.fromEntries(check.refused.map((r) => [r.login, r.reason]))).toEqual({
      pending: 'is not in approvers nor an active member of a team listed there',
      outsider: 'is not in approvers nor an active member of a team listed there',
      unknowable: 'is not in approvers nor an active member of a team listed there; membership of acme/platform could not be checked (Resource not accessible by integration; the token needs organization members: read)',
    });
  });

  test('a permission lookup that fails refuses (fail closed) instead of throwing', async () => {
    const check = await checkApprovals(api({ flaky: new Error('HTTP 502') }), pr, PRINT, collectClaims([comment('flaky', `/deploy-gate approve ${PRINT}`)], []), []);
    expect(check.refused).toEqual([expect.objectContaining({ login: 'flaky', reason: 'their permission could not be checked (HTTP 502)' })]);
  });

  test('one person approving twice is one approval, checked once', async () => {
    const github = api({ mia: { permission: 'write', role_name: 'write' } });
    const claims = collectClaims([comment('mia', `/deploy-gate approve ${PRINT}`), comment('Mia', `/deploy-gate approve ${PRINT}`)], []);
    const check = await checkApprovals(github, pr, PRINT, claims, []);
    expect(check.accepted).toHaveLength(1);
    expect(github.asked).toEqual(['permission mia']);
  });

  test("the gate's own comment, which quotes the command, is not a claim", () => {
    expect(collectClaims([comment('github-actions[bot]', `${MARKER}\n\`\`\`\n/deploy-gate approve ${PRINT}\n\`\`\``, 'Bot')], [])).toEqual([]);
  });
});

describe('renderApprovals', () => {
  test('escapes what commenters wrote and links only GitHub URLs', () => {
    const text = renderApprovals({
      accepted: [{ fingerprint: PRINT, approver: 'mia', reason: 'approved on PR #7 by comment https://github.com/acme/infra/pull/7#issuecomment-1' }],
      refused: [
        { login: 'eve', via: 'comment', url: 'https://github.com/acme/infra/pull/7#issuecomment-2', named: 'sha256:`x`<img src=x onerror=alert(1)>', reason: "names another fingerprint than this plan's" },
        { login: 'mal<b>', via: 'review', url: 'javascript:alert(1)', reason: 'is a bot: @everyone' },
      ],
    });
    expect(text).toContain('<details><summary>Approvals</summary>');
    expect(text).toContain('✅ accepted: mia (approved on PR \\#7 by comment');
    expect(text).toContain('[comment](https://github.com/acme/infra/pull/7#issuecomment-2) (`` sha256:`x`<img src=x onerror=alert(1)> ``)');
    expect(text).toContain('mal&lt;b&gt; by review javascript:alert\\(1\\): is a bot: &#64;everyone');
    expect(text).not.toContain('](javascript');
  });

  test('nothing to say, nothing rendered', () => {
    expect(renderApprovals({ accepted: [], refused: [] })).toBe('');
  });
});
