// src/action/pr-approvals.ts: who may approve, decided against an in-memory GitHub API.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { GitHubApi, IssueComment, Permission, PullRequestRef, PullReview } from '../src/action/github-api.js';
import { MARKER } from '../src/action/comment.js';
import { approveCommands, checkApprovals, collectClaims, committersOf, hiddenMarkup, renderApprovals, REVIEW_APPROVALS_OFF } from '../src/action/pr-approvals.js';
import { runGate } from '../src/gate.js';

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

/** No commit by anyone who claims. */
const NONE = new Set<string>();

/** Claims, with GitHub's edit record saying the `edited` ids (and only those) were edited. */
function claimsOf(comments: IssueComment[], reviews: PullReview[], edited: number[] = [], reviewApprovals = true) {
  const record = <T extends { id: number }>(items: T[]) => new Map(items.map((i) => [i.id, edited.includes(i.id)]));
  return collectClaims(comments, reviews, { comments: record(comments), reviews: record(reviews) }, { reviewApprovals });
}

function api(permissions: Record<string, Permission | Error>, teams: Record<string, string | Error> = {}): GitHubApi & { asked: string[] } {
  const asked: string[] = [];
  const fail = () => Promise.reject(new Error('not used'));
  return {
    asked,
    listIssueComments: fail, createIssueComment: fail, updateIssueComment: fail, listReviews: fail, listFiles: fail, listCommits: fail, listEdits: fail,
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
    // A lazy continuation line belongs to the quote (or list item) above it: someone quoted, not the commenter.
    [`> the author wrote\n/deploy-gate approve ${PRINT}`, []],
    [`- item\n/deploy-gate approve ${PRINT}`, []],
    [`1. item\n/deploy-gate approve ${PRINT}`, []],
    [`> quoted\n\n/deploy-gate approve ${PRINT}`, [PRINT]],
    [`ok\r/deploy-gate approve ${PRINT}`, [PRINT]],
  ] as const)('%j → %j', ([body, expected]) => {
    expect(approveCommands(body)).toEqual(expected);
  });
});

describe('approveCommands on any text', () => {
  test('never throws, and returns only arguments of lines that are exactly the command', () => {
    const line = fc.oneof(fc.string(), fc.constantFrom(`/deploy-gate approve ${PRINT}`, '> q', '- i', '```', '~~~', '    x', '', '<!--', '-->', '\t/deploy-gate approve x'));
    fc.assert(fc.property(fc.array(line, { maxLength: 12 }), fc.constantFrom('\n', '\r\n', '\r'), (lines, eol) => {
      const body = lines.join(eol);
      const found = approveCommands(body);
      const commandLines = body.split(/\r\n|\r|\n/).map((l) => l.trim()).filter((l) => /^\/deploy-gate approve[ \t]+\S+$/.test(l));
      for (const print of found) expect(commandLines.some((l) => l.split(/[ \t]+/)[2] === print)).toBe(true);
      expect(found.length).toBeLessThanOrEqual(commandLines.length);
      expect(typeof hiddenMarkup(body)).toBe('boolean');
    }), { numRuns: 500 });
  });
});

describe('hiddenMarkup: text a reader of the rendered comment may not see', () => {
  test.for([
    [`<!--\n/deploy-gate approve ${PRINT}\n-->`, true],
    [`<details><summary>notes</summary>\n\n/deploy-gate approve ${PRINT}\n\n</details>`, true],
    [`<DETAILS>\n/deploy-gate approve ${PRINT}`, true],
    [`LGTM<br>\n/deploy-gate approve ${PRINT}`, true],
    [`ok\n/deploy-gate approve ${PRINT}`, false],
    [`a < b and 3<4\n/deploy-gate approve ${PRINT}`, false],
    ['```html\n<details>\n```', false],
  ] as const)('%j → %j', ([body, expected]) => {
    expect(hiddenMarkup(body)).toBe(expected);
  });

  test('a claim in a body with HTML is refused whole', async () => {
    const claims = claimsOf([comment('writer', `<!-- /deploy-gate approve ${OTHER} -->\n/deploy-gate approve ${PRINT}`)], []);
    const check = await checkApprovals(api({ writer: { permission: 'write', role_name: 'write' } }), pr, PRINT, claims, [], NONE);
    expect(check.accepted).toEqual([]);
    expect(check.refused[0]?.reason).toMatch(/^the text has HTML/);
  });
});

describe('edits, apps and committers', () => {
  const write = { permission: 'write', role_name: 'write' };

  test('a review or comment GitHub says was edited never counts, nor one GitHub says nothing about', async () => {
    const edited = review('mia', 'APPROVED', `/deploy-gate approve ${PRINT}`);
    const unknown = comment('mia', `/deploy-gate approve ${PRINT}`);
    const record = { comments: new Map<number, boolean>(), reviews: new Map([[edited.id, true]]) };
    const check = await checkApprovals(api({ mia: write }), pr, PRINT, collectClaims([unknown], [edited], record, { reviewApprovals: true }), [], NONE);
    expect(check.accepted).toEqual([]);
    expect(check.refused.map((r) => [r.via, r.reason])).toEqual([
      ['comment', 'GitHub did not say whether the comment was edited, so it cannot count'],
      ['review', 'the review was edited after it was posted; post the command in a new comment'],
    ]);
  });

  test('when GitHub cannot be asked about edits, every claim is refused', async () => {
    const claims = collectClaims([comment('mia', `/deploy-gate approve ${PRINT}`)], [], { error: 'HTTP 502' });
    const check = await checkApprovals(api({ mia: write }), pr, PRINT, claims, [], NONE);
    expect(check.refused.map((r) => r.reason)).toEqual(['GitHub could not say whether the comment was edited (HTTP 502), so it cannot count']);
  });

  test('an APPROVED review does not approve unless review-approvals is on: GitHub cannot say an app posted it', async () => {
    const approved = review('mia', 'APPROVED', `looks right\n/deploy-gate approve ${PRINT}`);
    const off = await checkApprovals(api({ mia: write }), pr, PRINT, claimsOf([], [approved], [], false), [], NONE);
    expect(off.accepted).toEqual([]);
    expect(off.refused.map((r) => [r.login, r.via, r.reason])).toEqual([['mia', 'review', REVIEW_APPROVALS_OFF]]);
    // The same review with the input on, and the same line as a comment with it off, both count.
    const on = await checkApprovals(api({ mia: write }), pr, PRINT, claimsOf([], [approved], [], true), [], NONE);
    expect(on.accepted.map((a) => a.approver)).toEqual(['mia']);
    const asComment = await checkApprovals(api({ mia: write }), pr, PRINT, claimsOf([comment('mia', `/deploy-gate approve ${PRINT}`)], [approved], [], false), [], NONE);
    expect(asComment.accepted.map((a) => a.reason)).toEqual([expect.stringMatching(/by comment /)]);
  });

  test('a comment an app posted on a person\'s behalf is refused', async () => {
    const posted = { ...comment('mia', `/deploy-gate approve ${PRINT}`), via_app: 'some-agent' };
    const check = await checkApprovals(api({ mia: write }), pr, PRINT, claimsOf([posted], []), [], NONE);
    expect(check.refused.map((r) => r.reason)).toEqual(["the comment was posted by the GitHub App some-agent on the user's behalf: an app's token is not the person"]);
  });

  test('whoever authored or committed a commit of the PR cannot approve it; too many commits to list refuses all', async () => {
    const claims = claimsOf([comment('Pusher', `/deploy-gate approve ${PRINT}`), comment('mia', `/deploy-gate approve ${PRINT}`)], []);
    const committers = committersOf([{ author: 'agent-dev', committer: 'web-flow' }, { author: null, committer: 'pusher' }]);
    const github = api({ pusher: write, Pusher: write, mia: write });
    const check = await checkApprovals(github, pr, PRINT, claims, [], committers);
    expect(check.accepted.map((a) => a.approver)).toEqual(['mia']);
    expect(check.refused.map((r) => [r.login, r.reason])).toEqual([['Pusher', 'authored or committed a commit of this PR: whoever wrote the change cannot approve it']]);
    const many = committersOf(Array.from({ length: 250 }, () => ({ author: 'agent-dev', committer: 'agent-dev' })));
    const all = await checkApprovals(github, pr, PRINT, claims, [], many);
    expect(all.accepted).toEqual([]);
    expect(all.refused[0]?.reason).toMatch(/^the PR's committers could not be checked \(GitHub lists only 250 commits/);
  });
});

describe('checkApprovals', () => {
  test('accepts write, maintain and admin collaborators who did not open the PR', async () => {
    const claims = claimsOf([comment('writer', `/deploy-gate approve ${PRINT}`), comment('maint', `/deploy-gate approve ${PRINT}`)],
      [review('admin', 'APPROVED', `ok\n/deploy-gate approve ${PRINT}`)]);
    const check = await checkApprovals(api({
      writer: { permission: 'write', role_name: 'write' },
      maint: { permission: 'write', role_name: 'maintain' },
      admin: { permission: 'admin', role_name: 'admin' },
    }), pr, PRINT, claims, [], NONE);
    expect(check.refused).toEqual([]);
    expect(check.accepted.map((a) => [a.approver, a.fingerprint])).toEqual([['writer', PRINT], ['maint', PRINT], ['admin', PRINT]]);
    // Each is bound to the repository its claim was read from: the gate clears only that repository's plan with it.
    expect(new Set(check.accepted.map((a) => a.repository))).toEqual(new Set([`${pr.owner}/${pr.repo}`]));
    expect(pr.owner).toBe('acme');
    expect(check.accepted[2]?.reason).toMatch(/^approved on PR #7 by review https:\/\/github.com\/acme\/infra\/pull\/7#pullrequestreview-\d+$/);
  });

  test('refuses, with the reason, and asks the API only when the cheap checks pass', async () => {
    const github = api({ reader: { permission: 'read', role_name: 'triage' }, custom: { permission: 'read', role_name: 'custom-auditor' } });
    const claims = claimsOf([
      comment('agent-dev', `/deploy-gate approve ${PRINT}`), // the author, case-insensitively
      comment('renovate[bot]', `/deploy-gate approve ${PRINT}`, 'User'),
      comment('app', `/deploy-gate approve ${PRINT}`, 'Bot'),
      comment('stranger', `/deploy-gate approve ${PRINT}`),
      comment('reader', `/deploy-gate approve ${PRINT}`),
      comment('custom', `/deploy-gate approve ${PRINT}`),
      comment('writer', `/deploy-gate approve ${OTHER}`),
      comment('editor', `/deploy-gate approve ${PRINT}`, 'User', true),
    ], [review('reviewer', 'CHANGES_REQUESTED', `/deploy-gate approve ${PRINT}`)]);
    const check = await checkApprovals(github, pr, PRINT, claims, [], NONE);
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
    const claims = claimsOf(['listed', 'member', 'pending', 'outsider', 'unknowable'].map((l) => comment(l, `/deploy-gate approve ${PRINT}`)), []);
    const check = await checkApprovals(github, pr, PRINT, claims, [{ kind: 'user', login: 'listed' }, { kind: 'team', org: 'acme', slug: 'platform' }], NONE);
    expect(check.accepted.map((a) => a.approver)).toEqual(['listed', 'member']);
    expect(Object.fromEntries(check.refused.map((r) => [r.login, r.reason]))).toEqual({
      pending: 'is not in approvers nor an active member of a team listed there',
      outsider: 'is not in approvers nor an active member of a team listed there',
      unknowable: 'is not in approvers nor an active member of a team listed there; membership of acme/platform could not be checked (Resource not accessible by integration; the token needs organization members: read)',
    });
  });

  test('a permission lookup that fails refuses (fail closed) instead of throwing', async () => {
    const check = await checkApprovals(api({ flaky: new Error('HTTP 502') }), pr, PRINT, claimsOf([comment('flaky', `/deploy-gate approve ${PRINT}`)], []), [], NONE);
    expect(check.refused).toEqual([expect.objectContaining({ login: 'flaky', reason: 'their permission could not be checked (HTTP 502)' })]);
  });

  test('one person approving twice is one approval, checked once', async () => {
    const github = api({ mia: { permission: 'write', role_name: 'write' } });
    const claims = claimsOf([comment('mia', `/deploy-gate approve ${PRINT}`), comment('Mia', `/deploy-gate approve ${PRINT}`)], []);
    const check = await checkApprovals(github, pr, PRINT, claims, [], NONE);
    expect(check.accepted).toHaveLength(1);
    expect(github.asked).toEqual(['permission mia']);
  });

  test("the gate's own comment, which quotes the command, is not a claim", () => {
    expect(claimsOf([comment('github-actions[bot]', `${MARKER}\n\`\`\`\n/deploy-gate approve ${PRINT}\n\`\`\``, 'Bot')], [])).toEqual([]);
  });
});

describe('an accepted approval, in the gate', () => {
  const BLOCKED = 'test/fixtures/terraform/snyk-tf122-s3-delete-update.plan.json';

  test('clears the plan of the repository it was read from, and no other repository\'s identical plan', async () => {
    const { report: first } = await runGate([BLOCKED]);
    const claims = claimsOf([comment('mia', `/deploy-gate approve ${first.fingerprint}`)], []);
    const billing: PullRequestRef = { ...pr, repo: 'billing' };
    const { accepted } = await checkApprovals(api({ mia: { permission: 'write', role_name: 'maintain' } }), billing, first.fingerprint!, claims, [], NONE);
    expect(accepted).toMatchObject([{ approver: 'mia', repository: 'acme/billing' }]);

    const there = await runGate([BLOCKED], { extraApprovals: accepted, repository: 'acme/billing' });
    expect(there.report.verdict).toBe('allow');
    const here = await runGate([BLOCKED], { extraApprovals: accepted, repository: 'acme/infra' });
    expect(here.report.verdict).toBe('block');
    expect(here.report.fingerprint).toBe(first.fingerprint);
    expect(here.report.unused).toMatchObject([{ kind: 'approval', approver: 'mia', repository: 'acme/billing', reason: 'repository' }]);
    // Told no repository, the gate clears nothing with it (the Action always says which).
    expect((await runGate([BLOCKED], { extraApprovals: accepted })).report.verdict).toBe('block');
  });
});

describe('renderApprovals', () => {
  test('escapes what commenters wrote and links only GitHub URLs', () => {
    const text = renderApprovals({
      accepted: [{ fingerprint: PRINT, repository: 'acme/infra', approver: 'mia', reason: 'approved on PR #7 by comment https://github.com/acme/infra/pull/7#issuecomment-1' }],
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
